"""The `times` stage (ghatna.times): one test per construction of the Hindi date grammar, on sentences
written for these tests, then the time F1 on the gold dev set and the hand-annotated held-out passages."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ghatna.schema import TimeExpr
from ghatna.segment import segment
from ghatna.times import find_times

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

THU = dt.date(2026, 1, 29)  # a Thursday
SUN = dt.date(2018, 9, 30)  # a Sunday


def run(text: str, published: dt.date | None = None) -> list[TimeExpr]:
    found = find_times(text, segment(text), published)
    for t in found:
        assert text[t.start:t.end] == t.text  # offsets index the text passed in
    return found


def dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in run(text, published) if t.kind == "date"]


# --------------------------------------------------------------------------------------------------
# Absolute dates


def test_day_month_year() -> None:
    [t] = run("सीरिया के राष्ट्रपति ने 28 जनवरी 2026 को मॉस्को का दौरा किया।")
    assert (t.text, t.value, t.precision, t.kind, t.relative_to) == ("28 जनवरी 2026", "2026-01-28", "day", "date", None)
    assert dates("बैठक 5 मार्च, 2019 को हुई थी।") == [("5 मार्च, 2019", "2019-03-05")]


def test_devanagari_digits() -> None:
    assert dates("२८ जनवरी २०२६ को बैठक हुई।") == [("२८ जनवरी २०२६", "2026-01-28")]


@pytest.mark.parametrize(("spelling", "month"), [
    ("अक्टूबर", "10"), ("अक्तूबर", "10"), ("फ़रवरी", "02"), ("फरवरी", "02"), ("\u095eरवरी", "02"),
    ("सितम्बर", "09"), ("सितंबर", "09"), ("नवम्बर", "11"), ("दिसम्बर", "12"),
])
def test_month_spelling_variants(spelling: str, month: str) -> None:
    assert dates(f"चुनाव {spelling} 2019 में हुए थे।") == [(f"{spelling} 2019", f"2019-{month}")]


def test_numeric_dates_are_day_first() -> None:
    for text in ("28/01/2026", "28-01-2026", "28.01.2026", "२८/०१/२०२६"):
        assert dates(f"आदेश {text} को जारी हुआ।") == [(text, "2026-01-28")]
    assert dates("आदेश 31/02/2026 को जारी हुआ।") == []  # no such day


def test_month_and_year() -> None:
    [t] = run("दिसंबर 2011 में पाकिस्तानी तालिबान से बातचीत शुरू हुई थी।")
    assert (t.text, t.value, t.precision) == ("दिसंबर 2011", "2011-12", "month")


def test_day_range_gives_one_date_per_day() -> None:
    assert dates("सम्मेलन 1 से 3 मार्च 2026 तक चलेगा।") == [("1", "2026-03-01"), ("3 मार्च 2026", "2026-03-03")]


def test_day_in_words_with_a_year() -> None:
    assert dates("छह अगस्त 1945 को हिरोशिमा पर हमला हुआ।") == [("छह अगस्त 1945", "1945-08-06")]


# --------------------------------------------------------------------------------------------------
# Years


@pytest.mark.parametrize(("text", "span"), [
    ("दक्षिण सूडान वर्ष 2011 में स्वतंत्र हुआ।", "वर्ष 2011"),
    ("साल 2011 में वह अलग हुआ।", "साल 2011"),
    ("सन 1947 में देश आज़ाद हुआ।", "सन 1947"),
    ("यह मंदिर 1947 ई. में बना।", "1947 ई."),
    ("सीरिया में 2011 से 3,60,000 से अधिक लोग मारे गए हैं।", "2011"),
    ("2011 के चुनाव में वह हारे।", "2011"),
])
def test_years_in_year_context(text: str, span: str) -> None:
    assert [(t.text, t.precision) for t in run(text)] == [(span, "year")]


@pytest.mark.parametrize("text", [
    "हमलों में 2000 लोग मारे गए।",
    "करीब 1,500 लोग जमा हुए।",
    "विकास दर 3.5 प्रतिशत रही।",
    "करीब 2000 से ज़्यादा लोग घायल हुए।",
    "1990 के दशक में यह शुरू हुआ।",
    "संवत 2075 में मंदिर बना।",
])
def test_numbers_that_are_not_years(text: str) -> None:
    assert dates(text) == []


def test_a_list_of_years_shares_its_postposition() -> None:
    assert [t.value for t in run("ताजमहल पर 1994, 2001 और 2008 में लेप लगाया गया।")] == ["1994", "2001", "2008"]


def test_timeline_heading_year_anchors_the_dates_of_its_line() -> None:
    assert dates("2004: 26 दिसंबर को आए भूकंप से सुनामी आई।") == [("2004", "2004"), ("26 दिसंबर", "2004-12-26")]


# --------------------------------------------------------------------------------------------------
# Relative expressions, resolved against the published date


def test_weekday_follows_the_tense() -> None:
    assert dates("बुधवार को दोनों नेताओं ने मुलाकात की।", THU) == [("बुधवार", "2026-01-28")]
    assert dates("गुरुवार को दोनों नेताओं ने मुलाकात की।", THU) == [("गुरुवार", "2026-01-29")]
    assert dates("सोमवार को वे दिल्ली जाएंगे।", THU) == [("सोमवार", "2026-02-02")]
    [t] = run("गुरुवार सुबह धमाका हुआ।", THU)
    assert (t.text, t.value, t.relative_to) == ("गुरुवार सुबह", "2026-01-29", THU)


def test_weekday_with_a_modifier() -> None:
    assert dates("पिछले बुधवार को बैठक हुई थी।", THU) == [("पिछले बुधवार", "2026-01-28")]
    assert dates("पिछले गुरुवार को बैठक हुई थी।", THU) == [("पिछले गुरुवार", "2026-01-22")]
    assert dates("अगले सोमवार को बैठक होगी।", THU) == [("अगले सोमवार", "2026-02-02")]


@pytest.mark.parametrize(("text", "value"), [
    ("कल प्रधानमंत्री ने भाषण दिया था।", "2026-01-28"),
    ("कल प्रधानमंत्री ने भाषण दिया।", "2026-01-28"),
    ("कल प्रधानमंत्री भाषण देंगे।", "2026-01-30"),
    ("कल रात संसद में बहस होगी।", "2026-01-30"),
    ("परसों मतदान होगा।", "2026-01-31"),
    ("परसों सीमा पर हमला हुआ।", "2026-01-27"),
    ("आज सुबह बाज़ार बंद रहे।", "2026-01-29"),
])
def test_kal_and_parson_follow_the_tense(text: str, value: str) -> None:
    assert [t.value for t in run(text, THU)] == [value]


def test_kal_that_is_not_a_day() -> None:
    assert dates("शहर के कल-कारखाने बंद हैं।", THU) == []
    assert dates("आज तक किसी ने ज़िम्मेदारी नहीं ली।", THU) == []


@pytest.mark.parametrize(("text", "value"), [
    ("पिछले सप्ताह सेना ने दो शहर छुड़ाए।", "2018-W38"),
    ("पिछले हफ़्ते सेना ने दो शहर छुड़ाए।", "2018-W38"),
    ("पिछले महीने चुनाव हुए।", "2018-08"),
    ("बीते साल चुनाव हुए।", "2017"),
    ("अगले साल चुनाव होंगे।", "2019"),
    ("इस महीने की शुरुआत में रिपोर्ट आई।", "2018-09"),
    ("इस साल जून में हिंसा भड़की थी।", "2018-06"),
    ("पिछले साल 15 दिसंबर को लड़ाई शुरू हुई।", "2017-12-15"),
    ("आज से 136 साल पहले गीजर का जन्म हुआ था।", "1882-09-30"),
])
def test_periods_relative_to_publication(text: str, value: str) -> None:
    [t] = run(text, SUN)
    assert (t.value, t.relative_to) == (value, SUN)


def test_day_and_month_without_a_year() -> None:
    # the nearest year to publication, unless the clause's tense rules it out
    assert dates("चीन पर 6 नवंबर को होने वाले चुनाव में दखल का आरोप है।", SUN) == [("6 नवंबर", "2018-11-06")]
    assert dates("15 दिसंबर को हमला हुआ था।", SUN) == [("15 दिसंबर", "2017-12-15")]
    # a bound of a period ("until") is not placed by the verb
    assert dates("विदेशियों के आने पर 15 अप्रैल तक रोक लगा दी है।", dt.date(2020, 3, 12)) == [
        ("15 अप्रैल", "2020-04-15")
    ]
    # without a published date the year stays unspecified
    assert dates("अगले दौर की बातचीत 7 फ़रवरी को होगी।") == [("7 फ़रवरी", "XXXX-02-07")]


def test_month_alone() -> None:
    assert dates("अगस्त में सरकार ने जांच के आदेश दिए।", SUN) == [("अगस्त", "2018-08")]
    assert dates("दिसंबर में चुनाव होंगे।", SUN) == [("दिसंबर", "2018-12")]
    assert dates("पिछले अगस्त में उन्होंने कहा था।", SUN) == [("पिछले अगस्त", "2018-08")]
    assert dates("लोकतंत्र की मार्च को कोई रोक नहीं सकता।", SUN) == []  # a march, not March


def test_no_published_date_no_relative_output() -> None:
    text = ("बुधवार को बैठक हुई। कल वे लौट आए थे। पिछले साल चुनाव हुए। अगस्त में जांच हुई। "
            "इस साल जून में हिंसा हुई। पिछले साल 15 दिसंबर को लड़ाई शुरू हुई। सात फ़रवरी को बातचीत होगी।")
    assert dates(text) == []


# --------------------------------------------------------------------------------------------------
# Durations


@pytest.mark.parametrize(("text", "span", "value"), [
    ("रूस, 14 वर्षों तक चले खूनी गृहयुद्ध के दौरान साथ रहा।", "14 वर्षों", "P14Y"),
    ("वह दो साल से जेल में है।", "दो साल", "P2Y"),
    ("तीन दिन के लिए कर्फ़्यू लगाया गया।", "तीन दिन", "P3D"),
    ("10 सालों में शहर बदल गया।", "10 सालों", "P10Y"),
    ("पिछले 24 घंटों में 50 मामले आए।", "पिछले 24 घंटों", "PT24H"),
    ("डेढ़ महीने तक बातचीत चली।", "डेढ़ महीने", "P1.5M"),
])
def test_durations_are_never_dates(text: str, span: str, value: str) -> None:
    [t] = run(text, SUN)
    assert (t.text, t.value, t.kind, t.precision) == (span, value, "duration", None)


def test_ago_is_neither_a_duration_nor_a_date() -> None:
    assert run("पांच साल पहले वे अपने घरों को लौटे थे।", SUN) == []


# --------------------------------------------------------------------------------------------------
# Gold dev set and held-out passages


@pytest.fixture
def bench() -> ModuleType:
    if not DATASETS.is_dir():
        pytest.skip("../shared/datasets is not present")
    sys.path.insert(0, str(BENCHMARKS))
    import bench_times

    return bench_times


def test_dev_time_f1(bench: ModuleType) -> None:
    counts = bench.score_dev(DATASETS)
    assert counts.f1 is not None and counts.f1 >= 0.9, counts


def test_heldout_time_f1(bench: ModuleType) -> None:
    counts = bench.score_heldout(DATASETS)
    assert counts.f1 is not None and counts.f1 >= 0.9, counts
