"""Sentence and token segmentation for Hindi news.

One regex cuts the text into tokens; sentences are then cut after terminator tokens. Everything that
must not end a sentence (abbreviations, initials, decimals, URLs, emails) is swallowed into a single
token by the tokenizer, so a standalone `.` token is a full stop unless its context says otherwise.

Rules, and why:
- `।` `॥` `?` `!` always end a sentence (unless a comma follows: `"क्या?", उसने पूछा`).
- `.` ends one too, even with no following space (BBC Hindi writes `…है.काबुल…`).
- Closing quotes and brackets right after a terminator belong to the sentence they close (`…है।”`).
  A straight quote (`"`, `'`, or `''` standing for `"`) right after a terminator is a closer if it is
  followed by a space, or a quotation of its kind is open on the line, or no later quote on the line
  could close it; otherwise it opens the next sentence (`…कहा, "हाँ है."फिर…` vs `…आए."अब चलें," …`).
- An ellipsis (`...`, `…`) is not a sentence end: mid-line it mostly marks a trailing-off quote, a
  headline pause or an elided quotation. A line end after it still ends the sentence.
- `1. ` opening a sentence is list numbering, not a sentence.
- A newline always ends a sentence (the interface promises sentences never cross lines).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ghatna.schema import Sentence

__all__ = ["segment", "tokenize"]

_W = r"[\w\u0900-\u0963\u0970-\u097F\u200c\u200d]"  # word character: \w misses Devanagari marks
_CONS = r"[\u0915-\u0939\u0958-\u095F]\u093C?(?:\u094D[\u0915-\u0939\u0958-\u095F]\u093C?)*"  # क, प्र
_URL_TAIL = r"(?=[.,;:!?।)\]'’”\"]*(?:\s|$))"  # trailing punctuation is not part of a URL

_STRONG = frozenset("।॥?!")
_CLOSERS = frozenset(["”", "’", "’’", ")", "]", "}", "»"])
_STRAIGHT = {'"': '"', "''": '"', "'": "'"}  # token -> quote kind; `''` is a typewriter double quote
# Typographic double quotes also open/close a quotation that a straight `"` may close (BBC mixes them).
_OPEN_DOUBLE = frozenset(["“", "‘‘"])
_CLOSE_DOUBLE = frozenset(["”", "’’"])
_NO_BREAK_AFTER = frozenset(",;:")


@cache
def _abbreviations() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(always, only-before-another-initial, never) abbreviations from data/abbreviations.txt."""
    always: list[str] = []
    ambiguous: list[str] = []
    never: list[str] = []
    text = resources.files("ghatna").joinpath("data/abbreviations.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            kind = {"~": ambiguous, "!": never}.get(entry[0], always)
            kind.append(entry.lstrip("~!"))
    return tuple(always), tuple(ambiguous), tuple(never)


def _alternation(entries: tuple[str, ...]) -> str:
    # Longest first so `ई.पू.` wins over `ई.`; Latin entries match in any case.
    ordered = sorted(entries, key=len, reverse=True)
    return "|".join(f"(?i:{re.escape(e)})" if e.isascii() else re.escape(e) for e in ordered)


@cache
def _token_re() -> re.Pattern[str]:
    always, ambiguous, never = _abbreviations()
    # a bare consonant cluster is an initial (क., प्र.) unless it is a word (न.)
    cons = rf"(?!(?:{_alternation(never)})){_CONS}" if never else _CONS
    # An initial: a Latin letter, a bare consonant cluster or a one-dot abbreviation (ए, के, डॉ…).
    # Vowel-final words like है/थे are not initials, so `…थे.ए.के. सिंह` still breaks after थे.
    singles = tuple(e[:-1] for e in always + ambiguous if e.count(".") == 1)
    initial = rf"(?:[A-Za-z]|{cons}|{_alternation(singles)})\."
    word = rf"{_W}+(?:[-‐‑'’]{_W}+)*"  # words, hyphenated names (अल-शारा) and numbers
    parts = [
        # fast path for the common case, a word starting with a letter and not followed by `.@:/`
        # (atomic, so it cannot backtrack into a shorter word); the rest needs the alternatives below
        rf"(?!\d)(?>{word})(?![.@:/])",
        rf"(?:https?://|www\.)[^\s<>\"“”]+?{_URL_TAIL}",  # URL
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # email
        rf"(?<!{_W})[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|in|gov|edu|info|io|uk)\b"
        rf"(?:/[^\s<>\"“”]*?{_URL_TAIL})?",  # bare domain
        r"\d+(?:[.,/:]\d+)+",  # 3.5, 2,000, 28/01/2026, 10:30 (\d covers Devanagari digits)
        rf"(?<!{_W})(?:{initial}){{2,}}",  # chains of initials: ए.के., जी.डी.पी., U.N.
        rf"(?<!{_W})(?:{_alternation(always)})",
        rf"(?<!{_W})(?:{_alternation(ambiguous)})(?=\s?{initial})" if ambiguous else None,
        rf"(?<!{_W})(?:[A-Z]|{cons})\.",  # single initial: J., क., प्र.
        word,
        r"\.{2,}|…",  # ellipsis
        r"''|‘‘|’’",  # doubled single quotes used as a double quote (BBC: `कहा,''…''`)
        r"\S",  # any other punctuation or symbol, one character each
    ]
    return re.compile("|".join(p for p in parts if p))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Tokens of `text[start:end]` as `(start, end)` offsets into `text`."""
    return [m.span() for m in _token_re().finditer(text, start, len(text) if end is None else end)]


def segment(text: str) -> list[Sentence]:
    """Sentences of `text`, each with its tokens; offsets are into `text`."""
    toks = tokenize(text)
    sentences: list[Sentence] = []
    n = len(toks)
    first = 0  # index of the current sentence's first token
    quote_open = {'"': False, "'": False}
    i = 0
    while i < n:
        s, e = toks[i]
        ch = text[s:e]
        last = i  # the sentence ends after token `last` if we decide to break
        brk = False
        if ch in _STRAIGHT:
            kind = _STRAIGHT[ch]
            quote_open[kind] = not _closes(text, s, e, quote_open[kind])
        elif ch in _OPEN_DOUBLE or ch in _CLOSE_DOUBLE:
            quote_open['"'] = ch in _OPEN_DOUBLE
        elif ch in _STRONG or ch == ".":
            # absorb attached terminators and closing quotes/brackets: `?!`, `।”`, `."`
            j = i + 1
            while j < n and toks[j][0] == toks[j - 1][1]:
                c = text[toks[j][0] : toks[j][1]]
                if c in _STRAIGHT:
                    if not _closes(text, toks[j][0], toks[j][1], quote_open[_STRAIGHT[c]]):
                        break  # it opens the next sentence: `…आए."अब…`
                    quote_open[_STRAIGHT[c]] = False
                elif c in _CLOSE_DOUBLE:
                    quote_open['"'] = False
                elif c not in _STRONG and c != "." and c not in _CLOSERS:
                    break
                j += 1
            last = j - 1
            nxt = text[toks[j][0]] if j < n else ""
            brk = not (
                (nxt in _NO_BREAK_AFTER and toks[j][0] == toks[last][1])
                or (ch == "." and nxt.isascii() and nxt.islower())  # `e.g. this`-style English prose
                or (ch == "." and i == first + 1 and text[toks[first][0] : s].isdigit())  # list item `1. `
            )
        # a newline between this token and the next is a hard boundary
        newline = last + 1 >= n or text.find("\n", toks[last][1], toks[last + 1][0]) != -1
        if brk or newline:
            ss, se = toks[first][0], toks[last][1]
            # offsets are valid by construction; skipping pydantic validation halves the run time
            sentences.append(
                Sentence.model_construct(start=ss, end=se, text=text[ss:se], tokens=toks[first : last + 1])
            )
            first = last + 1
        if newline:  # quote tracking restarts with each line: a stray quote must not leak further
            quote_open = {'"': False, "'": False}
        i = last + 1
    return sentences


def _closes(text: str, s: int, e: int, is_open: bool) -> bool:
    """Whether the straight quote at `text[s:e]` closes a quotation."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isspace() or before in "([{":
        return after.isspace() and is_open  # ` " ` is ambiguous: trust the open/closed state
    if after.isspace() or after in ".,;:!?।)]}":
        return True
    if is_open:
        return True
    # `…है."विजय…` with no quotation open (lost to a stray quote or a line break): it opens a quotation
    # only if a later quote on the line can close it, i.e. one not preceded by a space
    line_end = text.find("\n", e)
    nxt = text.find(text[s:e], e, len(text) if line_end == -1 else line_end)
    return nxt == -1 or text[nxt - 1].isspace()
