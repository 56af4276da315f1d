"""Normalization and cleaning keep every character traceable to the input."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ghatna.clean import clean
from ghatna.normalize import fold, normalize, to_ascii_digits

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _canon(text: str) -> str:
    """What must agree between a cleaned segment and its input: the visible characters, NFC."""
    return unicodedata.normalize("NFC", "".join(_INVISIBLE.sub("", text).split()))


def _assert_traceable(source: str, text: str, segments) -> None:
    previous_end = 0
    for cs, ce, is_, ie in segments:
        assert 0 <= cs < ce <= len(text) and 0 <= is_ <= ie <= len(source)
        assert cs >= previous_end, "segments are sorted and disjoint"
        previous_end = ce
        assert _canon(text[cs:ce]) == _canon(source[is_:ie]), (text[cs:ce], source[is_:ie])
    covered = sum(ce - cs for cs, ce, _, _ in segments)
    assert covered == len(text), "every cleaned character is mapped"


def test_whitespace_and_lines() -> None:
    source = "  पहली\tपंक्ति  \r\n\r\n\u00a0दूसरी   पंक्ति \n"
    text, offsets = normalize(source)
    assert text == "पहली पंक्ति\nदूसरी पंक्ति"
    start, in_start = text.index("दूसरी"), source.index("दूसरी")
    assert offsets.to_input(start, start + 5) == (in_start, in_start + 5)
    # the line break stands for the whole run of blanks it replaced
    newline = text.index("\n")
    assert offsets.to_input(newline, newline + 1) == (source.index("ति  ") + 2, in_start)


def test_invisible_characters_and_nfc() -> None:
    # precomposed nukta letter (U+095B) and a ZWJ inside a word
    text, _ = normalize("\u095bरूर क्\u200dया")
    assert text == "ज\u093cरूर क्या"
    assert unicodedata.is_normalized("NFC", text)


def test_fold_and_digits() -> None:
    assert fold("ज़रूरी") == fold("जरूरी")
    assert fold("Getty  Images") == "getty images"
    assert to_ascii_digits("२८ जनवरी २०२६") == "28 जनवरी 2026"


_hindi = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
_noise = st.sampled_from(["\r\n", "\n", "\r", " ", "\t", "\u00a0", "\u200d", "\u200c", "\ufeff", "\u2028", "।", ".",
                          "“", "”", ":", "और पढ़ें: ", "इमेज स्रोत", "(बीबीसी हिन्दी के एंड्रॉएड ऐप ", "फ़ॉलो करें)"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.text(_hindi, max_size=8), _noise, st.text(max_size=4)), max_size=40).map("".join))
def test_cleaning_never_raises_and_maps_back(source: str) -> None:
    result = clean(source)
    _assert_traceable(source, result.text, result.offsets.segments)
    for removed in result.removed:
        assert source[removed.start:removed.end] == removed.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaning_arbitrary_unicode(source: str) -> None:
    result = clean(source)
    _assert_traceable(source, result.text, result.offsets.segments)


def test_fold_reads_the_ergative_misspelt_with_an_anusvara() -> None:
    from ghatna.normalize import fold

    assert fold("यादव नें कहा") == "यादव ने कहा" and fold("में") == "में"
