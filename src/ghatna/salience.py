"""Who a pronoun refers to: the person most recently in focus.

Hindi news refers back with उन्होंने/उसने/उनका; the referent is nearly always the person last named
as the subject (X ने …, X का कहना …) of the latest sentence that names a person, otherwise that
sentence's first person: Hindi puts the subject first, and a sentence's later persons are mostly
objects (X की Y से मुलाकात). With no person in reach, the last speaker is meant.
"""

from __future__ import annotations

import re

_SUBJECT = re.compile(r"\s*(?:ने|का कहना|की राय|के मुताबिक|के अनुसार)")
_SENTENCE_END = re.compile(r"[।?!\n]|\.(?!\d)")
_ANTECEDENT_WINDOW = 600  # characters: a pronoun refers to someone recently spoken of


def antecedent(text: str, mentions: list[tuple[int, int, str, str]], pos: int, previous: str | None) -> str | None:
    """The entity id a pronoun at `pos` refers to (`mentions`: start, end, entity id, type)."""
    # a group or an organization that was the subject since the last person (`विपक्षी दलों ने … कहा।
    # उन्होंने … मांग की`) is meant: उन्होंने is plural as well as honorific
    near = [m for m in mentions if m[1] <= pos and pos - m[1] <= _ANTECEDENT_WINDOW]
    subjects = [m for m in near if m[3] in ("PERSON", "ORG") and _SUBJECT.match(text, m[1])]
    if subjects and subjects[-1][3] == "ORG" and not any(m[3] == "PERSON" and m[0] > subjects[-1][1] for m in near):
        return subjects[-1][2]
    persons = [m for m in near if m[3] == "PERSON"]
    if not persons:
        return previous
    # the latest sentence that names a person holds the referent: its subject, else its first person
    last = persons[-1]
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, last[0])]
    sentence = [m for m in persons if m[0] >= (starts[-1] if starts else 0)]
    subject = next((m[2] for m in sentence if _SUBJECT.match(text, m[1])), None)
    if subject:
        return subject
    return sentence[0][2]
