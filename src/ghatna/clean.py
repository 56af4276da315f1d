"""Boilerplate removal for Hindi news, line by line, with every removal recorded.

Cues live in `data/boilerplate.toml` (see the comments there). `clean` normalizes the text, decides
which lines and spans are not story text, removes them, and returns the cleaned text with a map back
to its input and the list of what went, in input offsets.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ghatna.normalize import fold, normalize
from ghatna.offsets import TextBuilder, compose
from ghatna.schema import OffsetMap, Removed

_TERMINAL = re.compile(r"(?:[।॥.?!…]+[\"'”’)\]]*|:)\s*$")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_TRAILING_PUNCT = re.compile(r"[\s:।.,\-–—|•·]+$")


@dataclass(frozen=True)
class LineRule:
    reason: str
    match: str
    cues: tuple[str, ...]
    max_words: int | None = None
    heading: bool = False
    unterminated: bool = False
    keep_as: str | None = None

    def applies(self, folded: str, words: int, terminated: bool) -> bool:
        if (self.max_words and words > self.max_words) or (self.unterminated and terminated):
            return False
        if self.match == "equals":
            return _TRAILING_PUNCT.sub("", folded) in self.cues
        if self.match == "contains":
            return any(cue in folded for cue in self.cues)
        return any(_starts_with(folded, cue) for cue in self.cues)


def _starts_with(line: str, cue: str) -> bool:
    if not line.startswith(cue):
        return False
    rest = line[len(cue):]
    # "और पढ़ें: …" or "और पढ़ें" alone, but not "और पढ़ेंगे"
    return not rest or not cue[-1].isalnum() or not (rest[0].isalnum() or "\u0900" <= rest[0] <= "\u097f")


@dataclass(frozen=True)
class SpanRule:
    reason: str
    pattern: re.Pattern[str]
    keep_as: str | None = None


@dataclass(frozen=True)
class Cues:
    lines: tuple[LineRule, ...]
    spans: tuple[SpanRule, ...]
    nav_min_lines: int
    nav_max_words: int
    teaser_max_words: int


@cache
def load_cues(path: str | None = None) -> Cues:
    """Read the cue file (the packaged one by default), folding the line cues once."""
    if path is None:
        raw = resources.files("ghatna.data").joinpath("boilerplate.toml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    data = tomllib.loads(raw)
    lines = tuple(
        LineRule(
            reason=r["reason"],
            match=r["match"],
            cues=tuple(fold(c) + (" " if c.endswith(" ") else "") for c in r["cues"]),
            max_words=r.get("max_words"),
            heading=r.get("heading", False),
            unterminated=r.get("unterminated", False),
            keep_as=r.get("keep_as"),
        )
        for r in data.get("line", [])
    )
    spans = tuple(
        SpanRule(reason=r["reason"], pattern=re.compile(r["pattern"]), keep_as=r.get("keep_as"))
        for r in data.get("span", [])
    )
    return Cues(
        lines=lines,
        spans=spans,
        nav_min_lines=data["navigation"]["min_lines"],
        nav_max_words=data["navigation"]["max_words"],
        teaser_max_words=data["teaser"]["max_words"],
    )


@dataclass
class Cleaned:
    text: str
    offsets: OffsetMap
    removed: list[Removed]
    kept: dict[str, str] = field(default_factory=dict)  # byline / dateline text, by kind


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def terminated(self) -> bool:
        return bool(_TERMINAL.search(self.text))


def clean(text: str, cues: Cues | None = None) -> Cleaned:
    """Normalize `text` and remove its boilerplate; offsets in the result refer to `text`."""
    cues = cues or load_cues()
    norm, norm_map = normalize(text)
    cuts = _span_cuts(norm, cues) + _line_cuts(norm, cues)
    cuts = _disjoint(cuts)

    kept: dict[str, str] = {}
    removed: list[Removed] = []
    for start, end, reason, keep_as in cuts:
        in_start, in_end = norm_map.to_input(start, end)
        removed.append(Removed(start=in_start, end=in_end, text=text[in_start:in_end], reason=reason))
        if keep_as and keep_as not in kept:
            kept[keep_as] = _TRAILING_PUNCT.sub("", norm[start:end].strip())

    # Cut the spans out, then normalize again: a cut can leave a blank line or a double space.
    rest = TextBuilder()
    pos = 0
    for start, end, _, _ in cuts:
        rest.copy(norm[pos:start], pos)
        pos = end
    rest.copy(norm[pos:], pos)
    cut_text, cut_map = rest.build()
    final, final_map = normalize(cut_text)
    offsets = compose(compose(final_map, cut_map), norm_map)
    return Cleaned(text=final, offsets=offsets, removed=removed, kept=kept)


Cut = tuple[int, int, str, str | None]  # start, end, reason, keep_as


def _span_cuts(text: str, cues: Cues) -> list[Cut]:
    return [
        (m.start(), m.end(), rule.reason, rule.keep_as)
        for rule in cues.spans
        for m in rule.pattern.finditer(text)
        if m.end() > m.start()
    ]


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for part in text.split("\n"):
        lines.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return lines


def _line_cuts(text: str, cues: Cues) -> list[Cut]:
    lines = _lines(text)
    reasons: list[tuple[str, str | None] | None] = [None] * len(lines)
    in_related_list = False
    for i, line in enumerate(lines):
        folded = fold(line.text)
        rule = next((r for r in cues.lines if r.applies(folded, line.words, line.terminated)), None)
        if rule:
            reasons[i] = (rule.reason, rule.keep_as)
            in_related_list = rule.heading and _is_heading(line)
        elif in_related_list and _link_like(line, cues.teaser_max_words):
            reasons[i] = ("related-link", None)
        else:
            in_related_list = False
            if i > 0 and _link_like(line, cues.teaser_max_words) and _ELLIPSIS.search(line.text):
                reasons[i] = ("teaser", None)
    _mark_navigation(lines, reasons, cues)
    cuts: list[Cut] = []
    for line, why in zip(lines, reasons, strict=True):
        if why:
            # take the line break with the line, so no blank line is left behind
            end = line.end + 1 if line.end < len(text) else line.end
            cuts.append((line.start, end, why[0], why[1]))
    return cuts


def _is_heading(line: _Line) -> bool:
    """A bare "ये भी पढ़ें" heading, as opposed to "ये भी पढ़ें: <one title>"."""
    return line.words <= 5 and ":" not in line.text and "-" not in line.text


def _link_like(line: _Line, max_words: int) -> bool:
    return 0 < line.words <= max_words and not line.terminated


def _mark_navigation(lines: list[_Line], reasons: list, cues: Cues) -> None:
    """Menus: runs of very short unpunctuated lines at the top or bottom of the page."""

    def short(line: _Line) -> bool:
        return line.words <= cues.nav_max_words and not line.terminated

    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        run = []
        for i in order:
            if reasons[i] is not None:  # already boilerplate: the menu may continue past it
                continue
            if not short(lines[i]):
                break
            run.append(i)
        if len(run) >= cues.nav_min_lines:
            for i in run:
                reasons[i] = ("navigation", None)


def _disjoint(cuts: list[Cut]) -> list[Cut]:
    """Sort the cuts and merge overlaps, keeping the first reason."""
    out: list[Cut] = []
    for cut in sorted(cuts):
        if out and cut[0] < out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], max(last[1], cut[1]), last[2], last[3])
        else:
            out.append(cut)
    return out
