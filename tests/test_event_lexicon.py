"""The event lexicon (data/events.tsv) and the light-verb table it relies on (data/light_verbs.toml)."""

from __future__ import annotations

import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "ghatna" / "data"
EVENTS = DATA / "events.tsv"
LIGHT_VERBS = DATA / "light_verbs.toml"

PLOVER = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
HEADER = ["type", "mode", "cameo", "trigger", "light", "target", "gloss_en"]
TARGETS = {"से", "को", "पर", "की", "के साथ", "के खिलाफ", "के विरुद्ध", "के विरोध में", "के बीच", "के प्रति", "तक", "-"}
NOT_CLASSES = {"verb_endings", "progressive", "passive", "vector", "auxiliary", "negation"}
REQUIRED_CLASSES = [
    "कर", "हो", "दे", "ले", "लगा", "जता", "उठा", "बोल", "रख", "भेज", "बना", "ठहरा", "कस", "चला", "मांग", "माँग",
    "दिखा", "पहुंचा", "ला", "छेड़", "ठुकरा", "लौटा", "जारी",
]


def nfc(s: str) -> bool:
    return unicodedata.normalize("NFC", s) == s


@pytest.fixture(scope="module")
def light_verbs() -> dict:
    raw = LIGHT_VERBS.read_text(encoding="utf-8")
    assert nfc(raw), "light_verbs.toml is not NFC"
    return tomllib.loads(raw)


@pytest.fixture(scope="module")
def classes(light_verbs: dict) -> dict[str, list[str]]:
    return {k: v["forms"] for k, v in light_verbs.items() if k not in NOT_CLASSES}


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    raw = EVENTS.read_text(encoding="utf-8")
    assert nfc(raw), "events.tsv is not NFC"
    assert "\r" not in raw
    lines = raw.rstrip("\n").split("\n")
    assert lines[0].split("\t") == HEADER
    out = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        assert len(cells) == len(HEADER), f"line {n}: {len(cells)} columns: {line!r}"
        out.append(cells)
    return out


# --- light_verbs.toml ---------------------------------------------------------------------------------


def test_required_light_verb_classes(classes):
    for name in REQUIRED_CLASSES:
        assert name in classes, name
        assert classes[name], name


def test_light_verb_forms_are_clean(classes):
    for name, forms in classes.items():
        assert isinstance(forms, list) and forms, name
        assert len(forms) == len(set(forms)), f"{name}: duplicate forms"
        for f in forms:
            assert f and f == f.strip() and "  " not in f, (name, f)
            assert nfc(f), (name, f)


def test_core_forms_and_spelling_variants(classes):
    for form in ["किया", "की", "किए", "किये", "कीं", "करेगा", "करेंगे", "करूंगा", "करूँगा", "करता", "करने", "कर",
                 "करके", "करें", "करवाया", "कराई"]:
        assert form in classes["कर"], form
    for form in ["दिया", "दी", "दिए", "दिये", "देंगे", "देकर"]:
        assert form in classes["दे"], form
    for form in ["लिया", "ली", "लिए", "लिये", "लेंगे"]:
        assert form in classes["ले"], form
    for form in ["हुआ", "हुई", "हुए", "हुये", "होगा", "होगी", "होंगे"]:
        assert form in classes["हो"], form
    for form in ["लगाया", "लगाई", "लगाए", "लगाये", "लगाएगा", "लगाकर", "लगाने"]:
        assert form in classes["लगा"], form
    for form in ["मांगा", "माँगा", "मांगी", "माँगी", "मांगे"]:
        assert form in classes["मांग"], form
    assert "जारी किया" in classes["जारी"] and "जारी की" in classes["जारी"]


def test_auxiliary_tables(light_verbs):
    assert {"रहा", "रही", "रहे"} <= set(light_verbs["progressive"]["forms"])
    assert {"गया", "गई", "गए", "गये"} <= set(light_verbs["passive"]["forms"])
    assert "नहीं" in light_verbs["negation"]["forms"]


def inflect(light_verbs: dict, stem: str) -> set[str]:
    endings = light_verbs["verb_endings"]
    irregular = endings["irregular"]
    last = stem.split()[-1]
    head = stem[: len(stem) - len(last)]
    if last in irregular:
        return {head + f for f in irregular[last]}
    kind = "vowel" if last[-1] in "ाोूआ" else "consonant"
    return {head + last + e for e in endings[kind]}


def test_verb_endings(light_verbs):
    endings = light_verbs["verb_endings"]
    for e in endings["consonant"] + endings["vowel"]:
        assert nfc(e)
    mil = inflect(light_verbs, "मिल")
    assert {"मिला", "मिले", "मिली", "मिलीं", "मिलेगा", "मिलेगी", "मिलेंगे", "मिलता", "मिलती", "मिलते", "मिलने", "मिलना",
            "मिलकर", "मिलें"} <= mil
    bata = inflect(light_verbs, "बता")
    assert {"बताया", "बताई", "बताए", "बताये", "बताएगा", "बताकर"} <= bata
    assert {"वापस बुलाया", "वापस बुलाए"} <= inflect(light_verbs, "वापस बुला")
    assert {"गया", "गए", "गये"} <= inflect(light_verbs, "जा")


# --- events.tsv ---------------------------------------------------------------------------------------


def test_types_modes_cameo_gloss(rows):
    for r in rows:
        typ, mode, cameo, gloss = r[0], r[1], r[2], r[6]
        assert typ in PLOVER, r
        assert mode == mode.strip() and " " not in mode, r
        assert cameo == "" or cameo.isdigit(), r
        assert gloss and gloss.isascii() and gloss == gloss.strip(), r


def test_triggers_are_clean(rows):
    for r in rows:
        trigger = r[3]
        assert trigger, r
        for alt in trigger.split("|"):
            assert alt and alt == alt.strip() and "  " not in alt, r
            assert nfc(alt), r
            assert any("\u0900" <= ch <= "\u097f" for ch in alt), r


def test_light_classes_exist(rows, classes):
    for r in rows:
        for part in r[4].split("|"):
            assert part in classes or part in ("verb", "noun"), r
        parts = r[4].split("|")
        if "noun" in parts or "verb" in parts:
            assert len(parts) == 1, f"noun/verb rows stand alone: {r}"


def test_verb_rows_inflect(rows, light_verbs):
    for r in rows:
        if r[4] == "verb":
            for alt in r[3].split("|"):
                assert len(inflect(light_verbs, alt)) > 5, r


def test_targets(rows):
    for r in rows:
        parts = r[5].split("|")
        assert len(parts) == len(set(parts)), r
        for part in parts:
            assert part in TARGETS, r
        if "-" in parts:
            assert parts == ["-"], r


def test_no_duplicates(rows):
    keys = Counter((r[3], r[4], r[0]) for r in rows)
    assert not [k for k, n in keys.items() if n > 1]
    # nor the same alternative trigger + light class listed twice for one type
    seen: dict[tuple[str, str, str], int] = {}
    for i, r in enumerate(rows):
        for alt in r[3].split("|"):
            for light in r[4].split("|"):
                key = (alt, light, r[0])
                assert key not in seen, (key, rows[seen[key]], r)
                seen[key] = i


def test_breadth(rows):
    assert len(rows) >= 300
    counts = Counter(r[0] for r in rows)
    for typ in PLOVER:
        assert counts[typ] >= 8, (typ, counts[typ])


@pytest.mark.parametrize(
    ("trigger", "light", "typ"),
    [
        ("मुलाकात", "कर", "CONSULT"),
        ("बातचीत", "हो", "CONSULT"),
        ("मिल", "verb", "CONSULT"),
        ("प्रशंसा", "कर", "SUPPORT"),
        ("आरोप", "लगा", "ACCUSE"),
        ("निंदा", "कर", "ACCUSE"),
        ("धमकी", "दे", "THREATEN"),
        ("हमला", "कर", "ASSAULT"),
        ("गिरफ्तार", "कर", "COERCE"),
        ("हिरासत में", "ले", "COERCE"),
        ("रिहा", "कर", "CONCEDE"),
        ("तैनात", "कर", "MOBILIZE"),
        ("खारिज", "कर", "REJECT"),
        ("ठुकरा", "verb", "REJECT"),
        ("प्रदर्शन", "कर", "PROTEST"),
        ("समझौते पर हस्ताक्षर", "कर", "AGREE"),
        ("वापस बुला", "verb", "SANCTION"),
        ("संबंध", "तोड़", "SANCTION"),
        ("आत्मसमर्पण", "कर", "RETREAT"),
        ("मदद", "दे", "AID"),
        ("सहयोग", "कर", "COOPERATE"),
        ("अपील", "कर", "REQUEST"),
    ],
)
def test_core_entries_present(rows, trigger, light, typ):
    assert any(r[0] == typ and trigger in r[3].split("|") and light in r[4].split("|") for r in rows)
