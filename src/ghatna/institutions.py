"""A state's institutions as actors: "पाकिस्तानी सेना", "बर्मा सरकार", "रूस के विदेश मंत्रालय" act for
their country, and a bare "सरकार ने …" later in the article refers back to the government named last.

Event coding treats such a phrase as a mention of the country's entity (the PLOVER actor is the
country with a sector); the nouns and their sectors are data (`data/institutions.tsv`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.kb import KnowledgeBase
from ghatna.kb.keys import key
from ghatna.resolve.gazetteer import entity_nouns
from ghatna.schema import Entity, Sentence
from ghatna.schema import Mention as EntityMention

Mention = tuple[int, int, str, str]  # start, end, entity id, entity type
# institution nouns that denote people, not an organ: officials or soldiers who speak are unnamed persons
_PEOPLE = frozenset((key(w),) for w in ("अधिकारी", "अधिकारियों", "सैनिक", "सैनिकों", "जवान", "जवानों", "फौजी", "फ़ौजी"))


@dataclass(frozen=True)
class Institution:
    forms: tuple[tuple[str, ...], ...]  # keyed words, longest first
    name_en: str
    sector: str


@cache
def load() -> tuple[Institution, ...]:
    lines = resources.files("ghatna.data").joinpath("institutions.tsv").read_text("utf-8").splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return tuple(
        Institution(
            forms=tuple(sorted({tuple(key(f).split()) for f in row["forms"].split("|")}, key=len, reverse=True)),
            name_en=row["name_en"],
            sector=row["sector"],
        )
        for row in rows
    )


def _at(words: list[str], k: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """The institution noun, or office title (`अमेरिकी राजदूत`: the state acting through its
    envoy), starting at token k: its name and its length in tokens."""
    for inst in load():
        for form in inst.forms:
            if tuple(words[k:k + len(form)]) == form:
                return inst.name_en, len(form)
    for size in (3, 2, 1):
        if k + size <= len(words) and (titles := kb.title(" ".join(words[k:k + size]))):
            return titles[0].id, size
    return None


def institution_mentions(
    text: str, sentences: list[Sentence], mentions: list[Mention], entities: list[Entity], kb: KnowledgeBase
) -> list[Mention]:
    """Extra mentions, typed ORG, that stand for a country's entity: `<country> [के] <institution or
    office>` phrases (unless the phrase is already a mention of its own, as `अमेरिकी राष्ट्रपति ट्रंप`
    is of Trump), and later bare `<institution>` nouns that refer back to the last such phrase, or,
    with none, to the country the article names most."""
    countries = {e.id for e in entities if e.type == "GPE" and e.country and e.kb_id == e.country}
    ends = {m[1]: m for m in mentions if m[2] in countries}
    last: dict[str, str] = {}  # institution → entity id of the country it was last named for
    taken = {m[1] for m in mentions if m[2] not in countries}
    others = set(taken)  # ends of actors that are no state: `हमास के प्रवक्ता` is Hamas's
    by_end = {m[1]: m for m in mentions if m[2] not in countries and m[3] == "ORG"}
    # a bare institution never named with its country (फौज ने …) is the article's main country's
    main = max((e for e in entities if e.id in countries), key=lambda e: len(e.mentions), default=None)
    main = main.id if main else None
    modifiers = entity_nouns().modifiers
    found: list[Mention] = []
    for sentence in sentences:
        toks = sentence.tokens
        words = [key(text[s:e]) for s, e in toks]
        k = 0
        while k < len(toks):
            hit = _at(words, k, kb)
            if hit is None:
                k += 1
                continue
            named = by_end.get(toks[k + hit[1] - 1][1])
            if named is not None:  # a KB institution (बर्मा सरकार as the government of Myanmar)
                last[hit[0]] = named[2]
                k += hit[1]
                continue
            inst, size = hit
            j = k
            while j > 0 and words[j - 1] in modifiers:  # `मिस्र की नई सरकार`
                j -= 1
            j = j - 1 if j > 0 and words[j - 1] in _GENITIVE else j
            owner = ends.get(toks[j - 1][1]) if j > 0 else None
            end = toks[k + size - 1][1]
            if end in taken or (owner is None and j > 0 and toks[j - 1][1] in others):
                k += size  # the title heads a named person's mention, or belongs to a party or a group
                continue
            if owner is not None:
                last[inst] = owner[2]
                found.append((owner[0], end, owner[2], "ORG"))
            elif inst in last or main:
                found.append((toks[k][0], end, last.get(inst, main), "ORG"))
            k += size
    return found


def speaking_institutions(
    text: str, sentences: list[Sentence], phrases: list[tuple[int, int]], mentions: list[Mention],
    entities: list[Entity],
) -> list[Entity]:
    """ORG entities for the state organs that speak (`पुलिस ने कहा कि …`, `चीन के विदेश मंत्रालय ने
    बताया …`, `अदालत का कहना है …`): a speaker phrase whose head is an institution noun and that names no
    person. One entity per institution and owner: the state or place the phrase names, else the country
    the article names most. Events keep the organ as its state (`institution_mentions`); a quote
    needs the speaker itself, as an analyst records it."""
    countries = {e.id: e for e in entities if e.type == "GPE" and e.country and e.kb_id == e.country}
    by_id = {e.id: e for e in entities}
    main = max(countries.values(), key=lambda e: len(e.mentions), default=None)
    found: dict[tuple[str, str | None], Entity] = {}
    for start, end in phrases:
        inside = [m for m in mentions if start <= m[0] and m[1] <= end]
        if any(m[3] == "PERSON" for m in inside) or any(m[1] == end for m in inside):
            continue  # a person speaks, or a named organization
        spans = [(s.start() + start, s.end() + start) for s in re.finditer(r"\S+", text[start:end])]
        words = [key(text[s:e]) for s, e in spans]
        hit = next(((inst, len(form)) for inst in load() for form in inst.forms
                    if len(form) <= len(words) and tuple(words[-len(form):]) == form and form not in _PEOPLE), None)
        if hit is None:
            continue
        inst, size = hit
        head = len(spans) - size
        k = head - 1 if head > 0 and words[head - 1] in _GENITIVE else head
        # its owner: the state or place named right before it (`चीन के विदेश मंत्रालय`, `लखनऊ की पुलिस`)
        owned = next((m for m in inside if m[3] == "GPE" and k > 0 and m[1] == spans[k - 1][1]), None)
        owner = by_id[owned[2]] if owned else None
        holder = owner or main  # whose organ it is: the place named, else the article's main country
        first = owned[0] if owned else spans[head][0]
        sentence = next(n for n, x in enumerate(sentences) if x.start <= first < x.end)
        mention = EntityMention(start=first, end=end, text=text[first:end], sentence=sentence)
        ident = (inst.name_en, owner.id if owner else None)
        if ident in found:
            found[ident].mentions.append(mention)
            continue
        found[ident] = Entity(
            id="", type="ORG", name=mention.text, titles=[], mentions=[mention],
            name_en=inst.name_en.format(country=holder.name_en if holder else "").strip(),
            country=holder.country if holder else None,
            actor=f"{holder.country if holder else ''}{inst.sector}",
        )
    return list(found.values())
