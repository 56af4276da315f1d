"""Who a pronoun refers to: the person most recently in focus.

Hindi news refers back with उन्होंने/उसने/उनका; the referent is nearly always the person last named
as a subject (X ने …, X का कहना …) or the last speaker, within a few sentences.
"""

from __future__ import annotations

import re

_SUBJECT = re.compile(r"\s*(?:ने|का कहना|की राय|के मुताबिक|के अनुसार)")
_ANTECEDENT_WINDOW = 600  # characters: a pronoun refers to someone recently spoken of


def antecedent(text: str, mentions: list[tuple[int, int, str, str]], pos: int, previous: str | None) -> str | None:
    """The person a pronoun at `pos` refers to: the nearest earlier person who was a subject or the
    last speaker, else the nearest earlier person."""
    persons = [m for m in mentions if m[1] <= pos and m[3] == "PERSON" and pos - m[1] <= _ANTECEDENT_WINDOW]
    for m in reversed(persons):
        if m[2] == previous or _SUBJECT.match(text, m[1]):
            return m[2]
    return persons[-1][2] if persons else previous

