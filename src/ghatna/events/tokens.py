"""The two shapes event coding works on: a sentence token (folded text with its offsets) and an
entity mention (start, end, entity id, entity type)."""

from __future__ import annotations

from dataclasses import dataclass

# (start, end, entity id, entity type)
Mention = tuple[int, int, str, str]


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str  # folded
# a quote of the article: (start, end, speaker entity id or None, direct: in quotation marks)
Quoted = tuple[int, int, str | None, bool]
