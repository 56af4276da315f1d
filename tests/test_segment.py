"""Tests of ghatna.segment on hand-written sentences, plus boundary F1 on hi-pud and annotated BBC Hindi."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ghatna.segment import segment, tokenize

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets"
sys.path.insert(0, str(REPO / "benchmarks"))

import segmentation_eval as ev  # noqa: E402


def sents(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def toks(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("बारिश हुई। सड़कें भर गईं॥ लोग घरों में रहे।", ["बारिश हुई।", "सड़कें भर गईं॥", "लोग घरों में रहे।"]),
        ("क्या वह आएगा? ज़रूर आएगा! चलो।", ["क्या वह आएगा?", "ज़रूर आएगा!", "चलो।"]),
        ("मंत्री दिल्ली पहुंचे.बैठक कल होगी.", ["मंत्री दिल्ली पहुंचे.", "बैठक कल होगी."]),  # no space
        ("उन्होंने कहा, “हम तैयार हैं।” फिर वे चले गए।", ["उन्होंने कहा, “हम तैयार हैं।”", "फिर वे चले गए।"]),
        ('उसने कहा, "सब ठीक है." अगले दिन बात हुई.', ['उसने कहा, "सब ठीक है."', "अगले दिन बात हुई."]),
        ("नारा था 'आगे बढ़ो हम साथ हैं.'नेता चुप रहे.", ["नारा था 'आगे बढ़ो हम साथ हैं.'", "नेता चुप रहे."]),
        ('वे लौट आए."अब आराम करेंगे," उन्होंने कहा.', ["वे लौट आए.", '"अब आराम करेंगे," उन्होंने कहा.']),
        ("उसने कहा,''मैं जाऊंगा.''सब हंसे.", ["उसने कहा,''मैं जाऊंगा.''", "सब हंसे."]),
        ('"क्या तुम आओगे?", उसने पूछा.', ['"क्या तुम आओगे?", उसने पूछा.']),
        ("डॉ. मनमोहन सिंह और प्रो. वर्मा आए.", ["डॉ. मनमोहन सिंह और प्रो. वर्मा आए."]),
        ("श्री. शर्मा ने रु. 500 दिए.", ["श्री. शर्मा ने रु. 500 दिए."]),
        ("यह मंदिर 300 ई.पू. में बना और 1200 ई. में टूटा.", ["यह मंदिर 300 ई.पू. में बना और 1200 ई. में टूटा."]),
        ("ए.के. सिंह और बी. सी. रॉय मिले.", ["ए.के. सिंह और बी. सी. रॉय मिले."]),
        ("बैठक खत्म हुई.ए.के. सिंह लौटे.", ["बैठक खत्म हुई.", "ए.के. सिंह लौटे."]),
        ("U.N. की रिपोर्ट आई. यह अहम है.", ["U.N. की रिपोर्ट आई.", "यह अहम है."]),
        ("विकास दर 3.5 प्रतिशत रही और 2,000 नौकरियां बनीं.", ["विकास दर 3.5 प्रतिशत रही और 2,000 नौकरियां बनीं."]),
        ("मकान no. 12 में रहते हैं.", ["मकान no. 12 में रहते हैं."]),
        ("देखें www.example.com/hindi या a.b@example.org पर.",
         ["देखें www.example.com/hindi या a.b@example.org पर."]),
        ("पहली पंक्ति बिना विराम\nदूसरी पंक्ति।", ["पहली पंक्ति बिना विराम", "दूसरी पंक्ति।"]),
        ("वह बोला... और चुप हो गया.", ["वह बोला... और चुप हो गया."]),  # ellipsis mid-line
        ("इंतज़ार…\nफिर जवाब आया.", ["इंतज़ार…", "फिर जवाब आया."]),
        ("सूची:\n1. पहला काम.\n2. दूसरा काम.", ["सूची:", "1. पहला काम.", "2. दूसरा काम."]),
        ("उसने कहा, ‘‘हम जीतेंगे.\"टीम लौटी.", ["उसने कहा, ‘‘हम जीतेंगे.\"", "टीम लौटी."]),  # mixed quotes
        ('उसने कहा, "हम\nजीतेंगे."टीम लौटी.', ['उसने कहा, "हम', 'जीतेंगे."', "टीम लौटी."]),  # quote lost to \n
        ("अब कुछ नहीं बचा न. चलो घर.", ["अब कुछ नहीं बचा न.", "चलो घर."]),  # न is a word, not an initial
        ("सामने आई. यह खबर थी.", ["सामने आई.", "यह खबर थी."]),  # आई only an initial before another
        ("आई. के. गुजराल आए.", ["आई. के. गुजराल आए."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_offsets_and_whitespace() -> None:
    text = "  पहला वाक्य है.  दूसरा वाक्य।\n\n तीसरा "
    out = segment(text)
    assert [s.text for s in out] == ["पहला वाक्य है.", "दूसरा वाक्य।", "तीसरा"]
    for s in out:
        assert text[s.start : s.end] == s.text
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert s.tokens[0][0] == s.start and s.tokens[-1][1] == s.end
    assert segment("") == [] and segment(" \n ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("अल-शारा ने उत्तर-पूर्वी इलाके का दौरा किया।",
         ["अल-शारा", "ने", "उत्तर-पूर्वी", "इलाके", "का", "दौरा", "किया", "।"]),
        ("उसने कहा, “ठीक है” (शायद): हाँ।",
         ["उसने", "कहा", ",", "“", "ठीक", "है", "”", "(", "शायद", ")", ":", "हाँ", "।"]),
        ("3.5 फ़ीसदी, 2,000 लोग, 28/01/2026 को",
         ["3.5", "फ़ीसदी", ",", "2,000", "लोग", ",", "28/01/2026", "को"]),
        ("२८/०१/२०२६ को ३.५ लाख", ["२८/०१/२०२६", "को", "३.५", "लाख"]),
        ("डॉ. ए.के. सिंह U.N. में", ["डॉ.", "ए.के.", "सिंह", "U.N.", "में"]),
        ("हुए.काबुल में", ["हुए", ".", "काबुल", "में"]),
        ("लिंक https://example.com/a?b=1. आगे", ["लिंक", "https://example.com/a?b=1", ".", "आगे"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


def test_tokenize_range() -> None:
    text = "पहला वाक्य। दूसरा वाक्य।"
    start = text.index("दूसरा")
    assert [text[a:b] for a, b in tokenize(text, start)] == ["दूसरा", "वाक्य", "।"]
    assert [text[a:b] for a, b in tokenize(text, 0, 4)] == ["पहला"]


needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"shared datasets not found at {DATA}")


@needs_data
def test_hipud_boundary_f1() -> None:
    score = ev.score_hipud(segment, DATA)
    assert score.f1 >= 0.99, str(score)


@needs_data
def test_bbc_annotated_boundary_f1() -> None:
    assert sum(len(g["boundaries"]) for g in ev.load_bbc_annotations()) >= 50
    score = ev.score_bbc(segment, DATA)
    assert score.f1 >= 0.97, str(score)


def test_invariants_on_arbitrary_text() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    alphabet = st.sampled_from(list("कखडॉेिा़्ं अआ1२.।॥?!,:;\"'“”‘’()-\n…/@aZ"))

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.text(alphabet, max_size=60))
    def check(text: str) -> None:
        out = segment(text)
        assert [t for s in out for t in s.tokens] == tokenize(text)  # every token in exactly one sentence
        for s in out:
            assert s.text == text[s.start : s.end] and s.text.strip() == s.text and "\n" not in s.text

    check()
