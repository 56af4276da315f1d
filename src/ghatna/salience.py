"""Who a pronoun refers to: the person most recently in focus.

Hindi news refers back with उन्होंने/उसने/उनका; the referent is nearly always the person last named
as the subject (X ने …, X का कहना …) of the latest sentence that names a person, otherwise that
sentence's first person: Hindi puts the subject first, and a sentence's later persons are mostly
objects (X की Y से मुलाकात). A sentence that names persons only as possessors of things or as objects
(`उस पर X की तस्वीर थी`) is passed over for the one before; the possessor of an event or a speech
(`X की Y से मुलाकात`, `X का भाषण`) is its agent. With no person in reach, the last speaker is meant.
"""

from __future__ import annotations

import re

from ghatna.grammar import GENITIVE
from ghatna.normalize import fold

_SUBJECT = re.compile(r"\s*(?:ने|नें|का कहना|की राय|के मुताबिक|के अनुसार)")
_OBLIQUE = re.compile(r"\s*(का|की|के|को|से|पर|में)(?!\S)")  # a possessor or an object, not the subject
_SENTENCE_END = re.compile(r"[।?!\n]|\.(?!\d)")
# what a person says or does as the possessor of a noun (`री का भाषण`, `मोदी की यात्रा`)
_SPEECH_NOUNS = frozenset(fold(w) for w in (
    "भाषण", "बयान", "टिप्पणी", "संबोधन", "इंटरव्यू", "साक्षात्कार", "पत्र", "ट्वीट", "दौरा", "दौरे", "यात्रा", "कहना",
))
_EVENT_NOUN_REACH = 6  # words between a genitive and the event noun it is the agent of
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
    # the latest sentence that names a person holds the referent: its subject, else its first person;
    # a sentence naming persons only as possessors or objects (`उस पर कसाब की तस्वीर थी`) is passed over
    while True:
        last = persons[-1]
        starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, last[0])]
        begin = starts[-1] if starts else 0
        sentence = [m for m in persons if m[0] >= begin]
        subject = next((m[2] for m in sentence if _SUBJECT.match(text, m[1])), None)
        if subject:
            return subject
        if not all(_oblique(text, m[1]) for m in sentence) or len(sentence) == len(persons):
            return sentence[0][2]
        persons = persons[:-len(sentence)]


def _oblique(text: str, end: int) -> bool:
    """A person mention ending at `end` is a possessor or an object, not the agent: followed by a
    postposition, unless a genitive of an event or speech noun (`अल-शारा की पुतिन से मुलाकात`: al-Sharaa
    met; `री का भाषण`: Ri spoke)."""
    found = _OBLIQUE.match(text, end)
    if found is None:
        return False
    if found.group(1) in GENITIVE:
        from ghatna.events.lexicon import load_lexicon  # here: ghatna.events imports this module

        lexicon = load_lexicon()
        after = _SENTENCE_END.split(text[found.end():found.end() + 80], maxsplit=1)[0]
        words = [fold(w) for w in after.split()[:_EVENT_NOUN_REACH]]
        return not any(lexicon.by_first.get(w) or w in _SPEECH_NOUNS for w in words)
    return True
