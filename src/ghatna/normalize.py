"""Unicode and whitespace normalization of Hindi text, with an offset map back to the input.

The cleaned text is NFC; invisible format characters (ZWJ, ZWNJ, zero-width space, soft hyphen,
bidi marks, stray controls) are dropped; every run of spaces becomes one space; every line break
(CRLF, CR, U+2028 …) becomes one `\\n`; lines are stripped and blank lines dropped. Devanagari digits stay as written:
`to_ascii_digits` is how later stages read them.
"""

from __future__ import annotations

import re
import unicodedata

from ghatna.offsets import TextBuilder
from ghatna.schema import OffsetMap

_BREAK = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPACE = " \t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# A word is a run of anything that is neither a space nor a line break.
_CHUNK = re.compile(f"[^{_SPACE}{_BREAK}]+")
_HAS_BREAK = re.compile(f"[{_BREAK}]")
_FORMAT = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
)
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_NUKTA_FOLD = str.maketrans({"\u093c": None, "\u0901": "\u0902"})  # nukta gone, chandrabindu → anusvara


def normalize_word(word: str) -> str:
    """The normalized form of one whitespace-free chunk (may be empty)."""
    if _FORMAT.search(word):
        word = _FORMAT.sub("", word)
    if not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    return word


def normalize(text: str) -> tuple[str, OffsetMap]:
    """Normalize `text`; the map takes offsets of the result back to offsets of `text`."""
    out = TextBuilder()
    gap_start = 0  # where the whitespace before the next word began
    for match in _CHUNK.finditer(text):
        word = normalize_word(match.group())
        if not word:  # only format characters: part of the surrounding gap
            continue
        start, end = match.span()
        if len(out):
            separator = "\n" if _HAS_BREAK.search(text, gap_start, start) else " "
            if start - gap_start == 1 and text[gap_start] == separator:
                out.copy(separator, gap_start)
            else:
                out.replace(separator, gap_start, start)
        if word == match.group():
            out.copy(word, start)
        else:
            out.replace(word, start, end)
        gap_start = end
    return out.build()


def to_ascii_digits(text: str) -> str:
    """`२८` → `28`: how numbers written in Devanagari digits are read."""
    return text.translate(_DEVANAGARI_DIGITS)


# misspellings common enough in Hindi news to read as the word meant: the ergative written with an
# anusvara (`पंकज यादव नें बताया`)
_MISSPELT = {"नें": "ने"}


def fold(text: str) -> str:
    """A matching key: normalized, nukta and chandrabindu folded, Latin lower-cased, digits ASCII, common
    misspellings of function words corrected."""
    words = (normalize_word(w) for w in text.split())
    folded = to_ascii_digits(" ".join(w for w in words if w).translate(_NUKTA_FOLD).casefold())
    if not any(wrong in folded for wrong in _MISSPELT):
        return folded
    return " ".join(_MISSPELT.get(w, w) for w in folded.split(" "))
