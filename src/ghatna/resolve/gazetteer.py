"""Knowledge-base names found in text: the longest run of tokens that is a KB name or title.

Names are compared by the KB's matching key (`ghatna.kb.keys.key`), word by word, so spelling
variants meet and a hyphenated token (अल-शारा) matches a name written with a space or a dash.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ghatna.kb import KnowledgeBase, Record
from ghatna.kb.keys import key
from ghatna.normalize import fold

_MAX_WORDS = 8


@dataclass(frozen=True)
class EntityNouns:
    """Common nouns that shape entity spans (data/entity_nouns.toml)."""

    facility_heads: frozenset[tuple[str, ...]]
    place_generics: frozenset[str]
    modifiers: frozenset[str]
    common: frozenset[str]  # never a name alone: everyday words, and every form of the light verbs
    person_roles: frozenset[str]  # roles that introduce their holder's name (वार्ताकार X, मौलवी X)
    honorifics: frozenset[str]  # courtesy words before a name, not part of it (श्री, श्रीमती)
    given_names: frozenset[str]  # foreign given names as Hindi news spells them (लिंडसे, मैक्सिन), folded


@cache
def entity_nouns() -> EntityNouns:
    data = resources.files("ghatna.data")
    nouns = tomllib.loads(data.joinpath("entity_nouns.toml").read_text("utf-8"))
    light = tomllib.loads(data.joinpath("light_verbs.toml").read_text("utf-8"))
    tables = [t for t in light.values() if isinstance(t, dict)]
    verb_forms = {f for table in tables for f in table.get("forms", ()) if " " not in f}
    return EntityNouns(
        facility_heads=frozenset(tuple(key(w).split()) for w in nouns["facility_heads"]),
        place_generics=frozenset(key(w) for w in nouns["place_generics"]),
        modifiers=frozenset(key(w) for w in nouns["modifiers"]),
        common=frozenset(key(w) for w in [*nouns["common"], *verb_forms]),
        person_roles=frozenset(key(w) for w in nouns["person_roles"]),
        honorifics=frozenset(key(w) for w in nouns["honorifics"]),
        # folded, not keyed: keys merge ॉ with ा, and जॉन (John) would be जान (life)
        given_names=frozenset(fold(w) for w in _given_names(data.joinpath("given_names.tsv").read_text("utf-8"))),
    )


def _given_names(table: str) -> list[str]:
    """Devanagari spellings of `given_names.tsv` (English name, TAB, spellings separated by spaces)."""
    rows = (line.split("\t", 1) for line in table.splitlines() if line.strip() and not line.startswith("#"))
    return [spelling for row in rows if len(row) == 2 for spelling in row[1].split()]


@dataclass(frozen=True)
class Hit:
    """A KB name in the text: token range [first, last] and the records it names."""

    start: int
    end: int
    first: int
    last: int
    records: tuple[Record, ...]
    title: bool  # the name is a TITLE (an office), not an actor


@dataclass(frozen=True)
class _Index:
    names: dict[tuple[str, ...], tuple[Record, ...]]
    titles: dict[tuple[str, ...], tuple[Record, ...]]


@cache
def _index(kb: KnowledgeBase) -> _Index:
    names: dict[tuple[str, ...], list[Record]] = {}
    titles: dict[tuple[str, ...], list[Record]] = {}
    common = entity_nouns().common
    for record in kb:
        is_title = record.type == "TITLE"
        table = titles if is_title else names
        for name in record.names:
            words = tuple(key(name).split())
            # a one-word name that is also an everyday word is matched only inside a longer name
            if not words or len(words) > _MAX_WORDS or (len(words) == 1 and words[0] in common and not is_title):
                continue
            hits = table.setdefault(words, [])
            if record not in hits:
                hits.append(record)
    order = {"country": 0}
    return _Index(
        names={k: tuple(sorted(v, key=lambda r: (order.get(r.subtype, 1), not r.iso3))) for k, v in names.items()},
        titles={k: tuple(v) for k, v in titles.items()},
    )


def find(kb: KnowledgeBase, text: str, tokens: list[tuple[int, int]]) -> list[Hit]:
    """Longest KB names and titles over `tokens` (offsets into `text`), left to right, not overlapping."""
    index = _index(kb)
    # each token's key may be several words (a dash becomes a space); remember which token they belong to
    words: list[str] = []
    owner: list[int] = []
    for t, (s, e) in enumerate(tokens):
        for w in key(text[s:e]).split():
            words.append(w)
            owner.append(t)
    hits: list[Hit] = []
    w = 0
    while w < len(words):
        found = None
        if w == 0 or owner[w - 1] != owner[w]:  # a name starts at a token start
            for n in range(min(_MAX_WORDS, len(words) - w), 0, -1):
                end_w = w + n - 1
                if end_w + 1 < len(words) and owner[end_w + 1] == owner[end_w]:
                    continue  # ... and ends at a token end
                seq = tuple(words[w:w + n])
                for table, is_title in ((index.names, False), (index.titles, True)):
                    if seq in table:
                        first, last = owner[w], owner[end_w]
                        found = Hit(tokens[first][0], tokens[last][1], first, last, table[seq], is_title)
                        break
                if found:
                    break
        if found:
            hits.append(found)
            w = next((k for k in range(w, len(words)) if owner[k] > found.last), len(words))
        else:
            w += 1
    return hits
