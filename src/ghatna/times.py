"""The `times` stage: a Hindi date grammar (docs/times.md).

A handful of regex rules over the vocabulary in `data/time_words.toml` propose candidate expressions;
the longest candidates win where they overlap, and each is normalized to an ISO 8601 value:

- absolute dates (28 जनवरी 2026, 28/01/2026, २८ जनवरी), month + year (दिसंबर 2011), years in year
  context (वर्ष 2011, सन 1947, 2011 में), ranges (1 से 3 मार्च: one date per day named);
- expressions whose value depends on the published date (आज, कल, परसों, पिछले बुधवार, इस साल जून में,
  पिछले सप्ताह, a day and month without a year, a month alone): resolved against it, with
  `relative_to` set; without a published date they are dropped (a day + month becomes XXXX-MM-DD);
- durations (14 वर्षों, तीन दिन): `kind="duration"` with values such as `P14Y`, never dates.

An unresolvable candidate still claims its span, so `पिछले साल 15 दिसंबर` without a published date
yields nothing rather than a wrong `XXXX-12-15`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from ghatna.schema import Precision, Sentence, TimeExpr

__all__ = ["find_times"]

Tense = Literal["past", "future", "present"]

_W = r"[\w\u0900-\u0963\u0970-\u097F\u200c\u200d]"  # word character: \w misses Devanagari marks
_B, _E = rf"(?<!{_W})", rf"(?!{_W})"  # word boundaries
_SP = r"[ \u00a0]+"
_OPT_SP = r"[ \u00a0]*"
_DIGITS = "0123456789०१२३४५६७८९"
_DIGIT = r"[0-9०-९]"
_NUM_START = r"(?<![0-9०-९])(?<![0-9०-९][.,])"  # not inside 1,500 or 3.5 (but "है.12 सितंबर" is fine)
_NUM_END = r"(?![0-9०-९]|[.,][0-9०-९])"
_DAY = rf"{_NUM_START}{_DIGIT}{{1,2}}{_NUM_END}"
_YEAR = rf"{_NUM_START}(?<![0-9०-९][/-])[12१२]{_DIGIT}{{3}}(?![0-9०-९]|[.,][0-9०-९]|[-–/][0-9०-९])"
_TENSE_SLACK = dt.timedelta(days=31)
_NUKTA = "\u093c"
# Consonant → its precomposed nukta letter (क → क़ U+0958 …), which NFC always decomposes.
_PRECOMPOSED = {unicodedata.normalize("NFC", chr(c))[0]: chr(c) for c in range(0x958, 0x960)}
_YEAR_DEV = str.maketrans("०१२३४५६७८९", "0123456789")
_RANGE_JOIN = rf"{_OPT_SP}(?:-|–|से|और|व|तथा){_OPT_SP}"
_WORD = re.compile(f"{_W}+")
_VERB_GROUP = 3  # words at the end of a clause that may hold its finite verb (किया जा रहा है: 4 → 3 read)
# Generic uses of आज/कल: "आज तक" (to date), "आज के दौर में" (nowadays), "बेहतर कल" (a better future),
# "कल-कारखाने" (factories).
_DEICTIC_NOT_AFTER = re.compile(r"^(?:-|\s*(?:तक|के\s+(?:दौर|समय|ज़माने|जमाने|युग|दिन)|का\s+दिन))")
_DEICTIC_NOT_BEFORE = re.compile(r"(?:बेहतर|सुनहरे|सुनहरा|उज्ज्वल|आने\s+वाले|आज|-)\s*$")


# --------------------------------------------------------------------------------------------------
# Vocabulary


def _pattern(word: str) -> str:
    """A vocabulary word as a regex: spaces match any run of blanks, and a nukta is optional and may
    be precomposed (फ़ as फ + ़ in NFC text, or U+095E in text that skipped normalization)."""
    out = []
    for part in unicodedata.normalize("NFC", word).split():
        regex = ""
        for char in part.replace(_NUKTA, ""):
            nukta_form = _PRECOMPOSED.get(char)
            regex += f"(?:{char}{_NUKTA}?|{nukta_form})" if nukta_form else re.escape(char)
        out.append(regex)
    return _SP.join(out)


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(_pattern(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _strip_nukta(word: str) -> str:
    """The lookup key of a matched word: NFC, no nukta, single spaces."""
    return " ".join(unicodedata.normalize("NFC", word).replace(_NUKTA, "").split())


@dataclass(frozen=True)
class _Vocab:
    raw: dict[str, Any]
    lookup: dict[str, dict[str, Any]]  # table -> nukta-free spelling -> value

    def value(self, table: str, word: str) -> Any:
        return self.lookup[table][_strip_nukta(word)]

    def words(self, table: str) -> list[str]:
        return list(self.lookup[table])


@cache
def _vocab() -> _Vocab:
    raw = tomllib.loads(resources.files("ghatna.data").joinpath("time_words.toml").read_text("utf-8"))

    def invert(table: dict[str, list[str]], cast: Callable[[str], Any] = int) -> dict[str, Any]:
        return {_strip_nukta(w): cast(k) for k, ws in table.items() for w in ws}

    units = raw["units"]
    lookup = {
        "month": invert(raw["months"]),
        "weekday": invert(raw["weekdays"]),
        "modifier": invert(raw["modifiers"]),
        "period": invert({u: v["period"] for u, v in units.items()}, str),
        "count": invert({u: v["count"] for u, v in units.items()}, str),
        "number": {_strip_nukta(w): n for w, n in raw["numbers"].items()},
        "deictic": {_strip_nukta(w): n for w, n in raw["deictic"]["fixed"].items()},
        "tensed": {_strip_nukta(w): n for w, n in raw["deictic"]["tensed"].items()},
    }
    return _Vocab(raw, lookup)


# --------------------------------------------------------------------------------------------------
# Candidates and rules


@dataclass
class _Context:
    text: str
    sentences: list[Sentence]
    starts: list[int]
    published: dt.date | None
    # (end offset, year, month or 0) of the explicit dates, years and months of the text
    years: list[tuple[int, int, int]] = field(default_factory=list)

    def anchor_year(self, offset: int, month: int) -> int | None:
        """The year of an explicit date earlier in the same clause (2004: 26 दिसंबर को …; a
        timeline's `YEAR:` heading does not end the clause). Narration moves forward: a month
        earlier than the anchor's falls in the next year (28 दिसंबर 2019 से 3 जनवरी तक)."""
        start, _ = self.sentence(offset)
        before = [(end, year, m) for end, year, m in self.years if start < end <= offset]
        if not before:
            return None
        end, year, anchor_month = before[-1]
        if _clause_break().search(self.text, end + self.text.startswith(":", end), offset):
            return None
        return year + (0 < month < anchor_month)

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        if 0 <= i < len(self.sentences) and offset < self.sentences[i].end:
            return self.sentences[i].start, self.sentences[i].end
        return 0, len(self.text)


@dataclass
class _Candidate:
    start: int
    end: int
    times: list[TimeExpr]  # empty: the span is claimed but its value is not determined


Rule = Callable[[re.Match[str], _Context], _Candidate | None]


def _expr(ctx: _Context, start: int, end: int, value: str, precision: Precision | None, *,
          kind: Literal["date", "duration"] = "date", relative: bool = False) -> TimeExpr:
    return TimeExpr(start=start, end=end, text=ctx.text[start:end], value=value, precision=precision,
                    kind=kind, relative_to=ctx.published if relative else None)


def _int(digits: str) -> int:
    return int(digits.translate(_YEAR_DEV))


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` (or `XXXX-MM-DD` without a year) if the day exists."""
    if not 1 <= month <= 12 or day < 1 or day > calendar.monthrange(year or 2000, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _closest_year(pub: dt.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a day/month the text gives without one: the nearest to publication (news names
    dates near its own) among those the tense allows: not after publication in a past-tense clause,
    not before it in a future one, give or take `_TENSE_SLACK` (a story may be published late)."""
    def when(year: int) -> dt.date:
        return dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))

    ref = pub if day else pub.replace(day=1)
    years = [pub.year - 1, pub.year, pub.year + 1]
    if tense == "past":
        years = [y for y in years if when(y) <= ref + _TENSE_SLACK]
    elif tense == "future":
        years = [y for y in years if when(y) >= ref - _TENSE_SLACK]
    return min(years, key=lambda y: (abs((when(y) - ref).days), y > pub.year))


def _day_number(day: str) -> int:
    """A day of the month in digits (28, २८) or words (छह)."""
    if day[0] in _DIGITS:
        return _int(day)
    number = _vocab().value("number", day)
    return number if isinstance(number, int) and number > 1 else 0


def _day_month(m: re.Match[str], ctx: _Context, year: int | None) -> list[TimeExpr] | None:
    """One date per day named (`1 से 3 मार्च` → two); None if a day does not exist; [] for a day in
    words with no year to resolve it (`सात फ़रवरी` in an undated text)."""
    month = _vocab().value("month", m["month"])
    year = year or ctx.anchor_year(m.start(), month)
    relative = year is None and ctx.published is not None
    if year is None and ctx.published is None and m["day"][0] not in _DIGITS:
        return []
    if relative:
        assert ctx.published is not None
        year = _closest_year(ctx.published, month, _day_number(m["day"]), _local_tense(m, ctx))
    out = []
    for group in ("day1", "day"):
        if m[group] is None:
            continue
        value = _iso_day(year, month, _day_number(m[group]))
        if value is None:
            return None
        end = m.end() if group == "day" else m.end(group)
        out.append(_expr(ctx, m.start(group), end, value, "day", relative=relative))
    return out


def _rule_dmy(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    year = _int(m["year"]) if m["year"] else None
    times = _day_month(m, ctx, year)
    return None if times is None else _Candidate(m.start(), m.end(), times)


def _rule_numeric(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    value = _iso_day(_int(m["year"]), _int(m["month"]), _int(m["day"]))
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, "day")]) if value else None


def _rule_month_year(m: re.Match[str], ctx: _Context) -> _Candidate:
    value = f"{_int(m['year']):04d}-{_vocab().value('month', m['month']):02d}"
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, "month")])


def _rule_month(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """A month without a year (`अगस्त में`, `पिछले अगस्त`): the year comes from the published date."""
    if m["mod"] is None and _month_alone_guard().search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    month = _vocab().value("month", m["month"])
    anchor = ctx.anchor_year(m.start(), month)
    if m["mod"] is None and anchor is not None:
        value = f"{anchor:04d}-{month:02d}"
        return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, "month")])
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    pub = ctx.published
    if m["mod"] is None:
        year = _closest_year(pub, month, None, _local_tense(m, ctx))
    else:  # पिछले अगस्त: the last August before this month; अगले: the next after; इस: this year's
        shift = _vocab().value("modifier", m["mod"])
        year = pub.year + {-1: -(month >= pub.month), 0: 0, 1: month <= pub.month}[shift]
    value = f"{year:04d}-{month:02d}"
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, "month", relative=True)])


def _rule_relative_date(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """`इस साल जून`, `पिछले साल 15 दिसंबर`: a month or day in a year named relative to publication."""
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    year = ctx.published.year + _vocab().value("modifier", m["mod"])
    month = _vocab().value("month", m["month"])
    if m["day"] is None:
        value: str | None = f"{year:04d}-{month:02d}"
    else:
        value = _iso_day(year, month, _int(m["day"]))
    if value is None:
        return None
    precision: Precision = "day" if m["day"] else "month"
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, precision, relative=True)])


def _rule_year(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    """A four-digit year, kept only in year context (docs/times.md: years); `2004:` opening a line
    is a timeline heading."""
    year = _int(m["year"])
    words = _vocab().raw["years"]
    if not (m["before"] or m["after"]):
        lo, hi = words["bare_range"]
        postposition, not_after, not_before = _year_guards()
        tail, head = ctx.text[m.end():m.end() + 80], ctx.text[max(0, m.start() - 12):m.start()]
        heading = tail.startswith(":") and (m.start() == 0 or ctx.text[m.start() - 1] == "\n")
        if not lo <= year <= hi or not_before.search(head):
            return None
        if not heading and (not postposition.match(tail) or not_after.match(tail)):
            return None
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), f"{year:04d}", "year")])


def _rule_weekday(m: re.Match[str], ctx: _Context) -> _Candidate:
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    pub, wd = ctx.published, _vocab().value("weekday", m["weekday"])
    direction = _vocab().value("modifier", m["mod"]) if m["mod"] else None
    back = (pub.isoweekday() - wd) % 7  # days back to the latest such day on or before publication
    ahead = (wd - pub.isoweekday()) % 7
    if direction == -1:
        date = pub - dt.timedelta(days=back or 7)
    elif direction == 1:
        date = pub + dt.timedelta(days=ahead or 7)
    elif _tense(m, ctx)[0] == "future":
        date = pub + dt.timedelta(days=ahead)
    else:  # past, present or unknown: news mostly reports what happened
        date = pub - dt.timedelta(days=back)
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), date.isoformat(), "day", relative=True)])


def _rule_deictic(m: re.Match[str], ctx: _Context) -> _Candidate | None:
    after, before = ctx.text[m.end("word"):m.end("word") + 30], ctx.text[max(0, m.start() - 20):m.start()]
    if _DEICTIC_NOT_AFTER.match(after) or _DEICTIC_NOT_BEFORE.search(before):
        return None
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    vocab = _vocab()
    word = _strip_nukta(m["word"])
    if word in vocab.lookup["deictic"]:
        offset = vocab.lookup["deictic"][word]
    else:
        tense = _tense(m, ctx)[0]
        if tense not in ("past", "future"):
            return _Candidate(m.start(), m.end(), [])  # कल without a tense: yesterday or tomorrow?
        offset = vocab.lookup["tensed"][word] * (-1 if tense == "past" else 1)
    date = ctx.published + dt.timedelta(days=offset)
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), date.isoformat(), "day", relative=True)])


def _rule_from_today(m: re.Match[str], ctx: _Context) -> _Candidate:
    """`आज से 136 साल पहले`: the same day N units before (or after) publication."""
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    amount = _amount(m["number"])
    unit = _vocab().value("count", m["unit"])
    if amount != int(amount) or unit not in "YMWD":
        return _Candidate(m.start(), m.end(), [])
    n = int(amount) * (-1 if _strip_nukta(m["dir"]) in ("पहले", "पूर्व") else 1)
    pub = ctx.published
    if unit in "YM":
        date = _add_months(pub, 12 * n if unit == "Y" else n)
    else:
        date = pub + dt.timedelta(days=n * (7 if unit == "W" else 1))
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), date.isoformat(), "day", relative=True)])


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier if negative), clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _amount(number: str) -> float:
    """A count in digits (14, १४, 2.5) or words (चौदह, ढाई)."""
    if number[0] in _DIGITS:
        return float(number.translate(_YEAR_DEV))
    return float(_vocab().value("number", number))


def _rule_period(m: re.Match[str], ctx: _Context) -> _Candidate:
    """`पिछले साल`, `इस महीने`, `अगले सप्ताह`: the period before, of or after publication."""
    if ctx.published is None:
        return _Candidate(m.start(), m.end(), [])
    pub = ctx.published
    shift = _vocab().value("modifier", m["mod"])
    unit = _vocab().value("period", m["unit"])
    precision: Precision | None
    if unit == "Y":
        value, precision = f"{pub.year + shift:04d}", "year"
    elif unit == "M":
        value, precision = _add_months(pub, shift).isoformat()[:7], "month"
    else:  # week: ISO week date, which `Precision` has no name for
        year, week, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
        value, precision = f"{year:04d}-W{week:02d}", None
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, precision, relative=True)])


def _rule_duration(m: re.Match[str], ctx: _Context) -> _Candidate:
    unit = _vocab().value("count", m["unit"])
    shown = f"{_amount(m['number']):g}"
    value = f"PT{shown}H" if unit == "H" else f"P{shown}{unit}"
    return _Candidate(m.start(), m.end(), [_expr(ctx, m.start(), m.end(), value, None, kind="duration")])


# --------------------------------------------------------------------------------------------------
# Tense of the clause around an expression


def _chunk_tense(chunk: str) -> Tense | None:
    """The tense of the finite verb group that ends a clause fragment (its last few words).

    Only the end is read: Hindi is verb-final, and earlier words like the genitive की or a noun in
    -ाई would pass for verbs.
    """
    cues = _vocab().raw["tense"]
    words = _WORD.findall(chunk)
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _VERB_GROUP), -1):
        word, prev = words[i], words[i - 1] if i else ""
        if word in cues["present"]:
            # "X वाला है" (about to) and "जा रहा है" announce a future event
            if prev in ("वाला", "वाली", "वाले") or (prev in ("रहा", "रही", "रहे") and words[i - 2:i - 1] == ["जा"]):
                return "future"
            if prev in ("रहा", "रही", "रहे"):
                return "present"
            return _word_tense(prev, cues) or ("past" if prev in cues["past_final"] else "present")
        if tense := _word_tense(word, cues):
            return tense
        if i == len(words) - 1 and word in cues["past_final"]:
            return "past"
    return None


def _word_tense(word: str, cues: dict[str, list[str]]) -> Tense | None:
    if word in cues["future"] or word.endswith(tuple(cues["future_suffix"])):
        return "future"
    if word in cues["past"] or word.endswith(tuple(cues["past_suffix"])):
        return "past"
    return None


def _tense(m: re.Match[str], ctx: _Context) -> tuple[Tense | None, bool]:
    """(tense, local): the verb that follows the expression in its sentence (Hindi is verb-final),
    clause by clause; failing that, the verb before it. `local` is true when the verb is in the very
    clause fragment of the expression, i.e. not in a later clause that may not govern it."""
    start, end = ctx.sentence(m.start())
    clause_break = _clause_break()
    for i, chunk in enumerate(clause_break.split(ctx.text[m.end():end])):
        if tense := _chunk_tense(chunk):
            return tense, i == 0
    for chunk in reversed(clause_break.split(ctx.text[start:m.start()])):
        if tense := _chunk_tense(chunk):
            return tense, False
    return None, False


@cache
def _boundary() -> re.Pattern[str]:
    return re.compile(rf"{_SP}{_alt(_vocab().raw['tense']['boundaries'])}{_E}")


@cache
def _clause_break() -> re.Pattern[str]:
    words = _alt(_vocab().raw["tense"]["clause_breaks"])
    return re.compile(rf"[,;:!?।|()\"'“”‘’—–]|\s-\s|{_B}{words}{_E}")


def _local_tense(m: re.Match[str], ctx: _Context) -> Tense | None:
    """The tense that places a date without a year before or after publication: only the verb of
    its own clause, and not for a bound of a period (15 अप्रैल तक रोक लगा दी है: a past act, a
    future date)."""
    if _boundary().match(ctx.text, m.end()):
        return None
    tense, local = _tense(m, ctx)
    return tense if local and tense != "present" else None


# --------------------------------------------------------------------------------------------------
# The grammar


@cache
def _rules() -> list[tuple[re.Pattern[str], Rule]]:
    v = _vocab()
    raw = v.raw
    month = rf"(?P<month>{_alt(v.words('month'))}){_E}"
    mod = rf"(?P<mod>{_alt(v.words('modifier'))}){_SP}"
    year_unit = _alt(raw["units"]["Y"]["period"])
    month_word = rf"(?:{_SP}(?:महीने|माह))?"
    day_part = rf"(?:{_SP}{_alt(raw['day_parts'])}{_E})?"
    postposition = rf"(?={_SP}{_alt(raw['years']['postpositions'])}{_E})"
    number = rf"(?P<number>{_NUM_START}{_DIGIT}{{1,3}}(?:\.{_DIGIT})?{_NUM_END}|{_B}{_alt(v.words('number'))}{_E})"
    return [
        (re.compile(rf"{_B}{mod}{year_unit}(?:{_SP}(?P<day>{_DAY}))?{_SP}{month}"), _rule_relative_date),
        (re.compile(
            rf"(?:(?P<day1>{_DAY}){_RANGE_JOIN})?(?P<day>{_DAY}|{_B}{_alt(v.words('number'))}){_SP}{month}"
            rf"(?:,?{_SP}(?:सन्?{_SP})?(?P<year>{_YEAR}))?"
        ), _rule_dmy),
        (re.compile(rf"{_B}{month}{_SP}(?P<day>{_DAY}),{_OPT_SP}(?P<year>{_YEAR})"), _rule_dmy),
        (re.compile(
            rf"{_NUM_START}(?P<day>{_DIGIT}{{1,2}})(?P<sep>[/.-])(?P<month>{_DIGIT}{{1,2}})(?P=sep)"
            rf"(?P<year>{_DIGIT}{{4}}){_NUM_END}"
        ), _rule_numeric),
        (re.compile(
            rf"{_NUM_START}(?P<year>{_DIGIT}{{4}})-(?P<month>{_DIGIT}{{2}})-(?P<day>{_DIGIT}{{2}}){_NUM_END}"
        ), _rule_numeric),
        (re.compile(rf"{_B}{month}{month_word},?{_SP}(?P<year>{_YEAR})"), _rule_month_year),
        (re.compile(rf"{_B}(?:{mod})?{month}{month_word}{postposition}"), _rule_month),
        (re.compile(
            rf"(?:{_B}(?P<before>{_alt(raw['years']['before'])}){_SP})?(?P<year>{_YEAR})"
            rf"(?:{_SP}(?P<after>{_alt(raw['years']['after'])})(?!{_W}))?"
        ), _rule_year),
        (re.compile(rf"{_B}(?:{mod})?(?P<weekday>{_alt(v.words('weekday'))}){_E}{day_part}"), _rule_weekday),
        (re.compile(
            rf"{_B}(?P<word>{_alt([*v.words('deictic'), *v.words('tensed')])}){_E}{day_part}"
        ), _rule_deictic),
        (re.compile(rf"{_B}{mod}(?P<unit>{_alt(v.words('period'))}){_E}"), _rule_period),
        (re.compile(
            rf"{_B}आज{_SP}से{_SP}{number}{_SP}(?P<unit>{_alt(v.words('count'))}){_SP}(?P<dir>पहले|पूर्व|बाद){_E}"
        ), _rule_from_today),
        (re.compile(
            rf"(?:{_B}{_alt(raw['modifiers']['-1'])}{_SP})?{number}{_SP}(?P<unit>{_alt(v.words('count'))}){_E}"
            rf"(?!{_SP}(?:पहले|पूर्व|बाद|पुरान|वर्षीय))"
        ), _rule_duration),
    ]


@cache
def _year_guards() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(postposition after, count words after, count or calendar words before) for a bare year."""
    words = _vocab().raw["years"]
    more_years = rf"(?:{_OPT_SP}(?:,|-|–|{_alt(words['joins'])}){_OPT_SP}{_YEAR})*"  # 1994, 2001 और 2008 में
    return (
        re.compile(rf"{more_years}{_SP}{_alt(words['postpositions'])}{_E}"),
        re.compile(rf"{_SP}{_alt(words['not_after'])}{_E}"),
        re.compile(rf"{_alt(words['not_before'])}{_SP}$"),
    )


@cache
def _month_alone_guard() -> re.Pattern[str]:
    return re.compile(rf"{_B}{_alt(_vocab().raw['month_alone']['not_after'])}{_SP}$")


# --------------------------------------------------------------------------------------------------
# Entry point


def find_times(text: str, sentences: list[Sentence], published: dt.date | None) -> list[TimeExpr]:
    """Date expressions and durations of `text`, in text order, with offsets into `text`.

    `sentences` (from the segment stage) bound the clause whose verb decides the tense of कल, परसों
    and weekdays; `published` is the reference date of every relative expression (none without it).
    """
    ctx = _Context(text, sentences, [s.start for s in sentences], published)
    matches = [(m, rule) for pattern, rule in _rules() for m in pattern.finditer(text)]
    # A first pass finds the explicit years that anchor a day or month named without one.
    ctx.years = [
        (t.end, int(t.value[:4]), int(t.value[5:7] or 0))
        for t in _select(matches, ctx)
        if t.kind == "date" and t.relative_to is None and t.value[:4].isdigit()
    ]
    return _select(matches, ctx)


def _select(matches: list[tuple[re.Match[str], Rule]], ctx: _Context) -> list[TimeExpr]:
    """The rules' candidates; the longest win where they overlap (the earlier rule on a tie)."""
    candidates = [cand for m, rule in matches if (cand := rule(m, ctx)) is not None]
    order = sorted(range(len(candidates)), key=lambda i: (-(candidates[i].end - candidates[i].start), i))
    kept: list[_Candidate] = []
    for i in order:
        c = candidates[i]
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted((t for c in kept for t in c.times), key=lambda t: (t.start, t.end))
