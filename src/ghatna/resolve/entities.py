"""From name spans to entities: one per real-world referent of the article, linked to the KB.

Mentions come from two places: the trained NER (any person, organization or place) and the knowledge
base (known actors and places, demonyms, metonyms such as क्रेमलिन). They are merged, titles are
split off names (रूसी राष्ट्रपति व्लादिमीर पुतिन → title राष्ट्रपति, country Russia, name
व्लादिमीर पुतिन), and mentions are grouped:

- mentions linked to one KB record are one entity (रूस, रूसी → Russia);
- a person's shorter mention joins the fuller name it is part of (अल-शारा → अहमद अल-शारा);
- a bare title (राष्ट्रपति ने …) refers back to the last person holding that title in the article,
  or to the KB's holder of that office for the country the context names.

Unlinked names get an English name by transliteration and try a cross-script match against the KB's
English names of the same type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from ghatna.events.lexicon import opens_predicate
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.grammar import RELATIONS
from ghatna.institutions import load as institutions
from ghatna.kb import KnowledgeBase, Record
from ghatna.kb.keys import key
from ghatna.normalize import fold
from ghatna.resolve.acronyms import is_acronym
from ghatna.resolve.gazetteer import Hit, entity_nouns, find
from ghatna.resolve.groups import Group, find_groups, groups
from ghatna.resolve.org_names import ORG_HEADS, org_runs
from ghatna.resolve.persons import given_name_runs, is_word, name_echoes, role_names, surname_echoes, variant
from ghatna.schema import Entity, Mention, Sentence

# NER labels of the model → ghatna entity types
_NER_TYPES = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC"}
# offices a country has one holder of at a time: only these name a person by title and country alone
# (a country has many ambassadors, ministers, spokespeople and commanders)
_UNIQUE_OFFICES = frozenset({
    "title:president", "title:vice-president", "title:prime-minister", "title:chancellor", "title:head-of-government",
    "title:foreign-minister", "title:defence-minister", "title:interior-minister", "title:finance-minister",
    "title:king", "title:queen", "title:emir", "title:sultan", "title:supreme-leader", "title:crown-prince",
    "title:army-chief", "title:navy-chief", "title:air-force-chief", "title:national-security-adviser",
})
_RELATIONS = frozenset(key(w) for w in RELATIONS)  # kinship words: a role before a name (बहनोई विनोद)
# parts of speech a one-word name never has
_NOT_NAMES = frozenset({"ADJ", "ADV", "VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
_FEATURES = frozenset(key(w) for w in (
    "नदी", "घाटी", "तट", "सागर", "महासागर", "झील", "पहाड़", "पहाड़ी", "पर्वत", "पर्वतों", "द्वीप", "क्षेत्र", "इलाके",
    "इलाका", "इलाक़े", "रेगिस्तान", "जंगल", "खाड़ी", "दर्रा", "सीमा",
))
_DIRECTIONS = frozenset(key(w) for w in (  # `पश्चिमी बर्मा`, `उत्तर-पूर्वी सीरिया`: a region of a state
    "उत्तरी", "दक्षिणी", "पूर्वी", "पश्चिमी", "उत्तर-पूर्वी", "उत्तर-पश्चिमी", "दक्षिण-पूर्वी", "दक्षिण-पश्चिमी",
    "पूर्वोत्तर", "पूर्वोत्तरी", "मध्य",
))
_NAMED = frozenset(key(w) for w in ("नाम", "नामक", "नामी"))  # `X नाम के …`: the word "name" after a name
_LIGHT_REACH = 4  # words after a predicate noun where its light verb may stand
_CROSS_SCRIPT_MIN = 0.88  # similarity a transliterated name needs to link to a KB name of another script


@dataclass
class _Mention:
    start: int
    end: int
    type: str
    sentence: int
    record: Record | None = None
    titles: list[Record] = field(default_factory=list)
    country: str | None = None  # from the context of its title (रूसी राष्ट्रपति X, सीरिया के राष्ट्रपति X)
    bare_title: bool = False  # a title standing for a person (राष्ट्रपति ने कहा)
    group: Group | None = None  # an unnamed group (विद्रोहियों)
    entity: int = -1


@dataclass
class _Entity:
    mentions: list[_Mention]
    type: str
    record: Record | None
    titles: list[Record] = field(default_factory=list)
    country: str | None = None
    group: Group | None = None


def resolve(
    text: str,
    sentences: list[Sentence],
    ner: list[tuple[int, int, str]],
    kb: KnowledgeBase,
    published: dt.date | None = None,
    tags: Mapping[int, str] | None = None,
) -> list[Entity]:
    """Entities of the article. `ner`: (start, end, label) spans of the model, offsets into `text`;
    `tags`: the tagger's UPOS of each token, by start offset."""
    tags = tags or {}
    mentions: list[_Mention] = []
    # a role followed by a surname the article gives someone in full also introduces a name
    surnames = {w[-1] for s, e, label in ner if label in ("PERSON", "PER") and len(w := key(text[s:e]).split()) > 1}
    for n, sentence in enumerate(sentences):
        hits = find(kb, text, sentence.tokens)
        spans = [(s, e, label) for s, e, label in ner if sentence.start <= s and e <= sentence.end]
        found = _sentence_mentions(text, n, sentence, hits, spans, kb, tags, surnames)
        surnames.update(w[-1] for m in found if m.type == "PERSON" and len(w := _words(text, m)) > 1)
        mentions.extend(found)
    mentions = sorted(_with_name_echoes(text, sentences, mentions, tags), key=lambda m: m.start)
    entities = _group(text, mentions, kb, published)
    return [_entity(i, ent, text, kb) for i, ent in enumerate(entities)]


def _sentence_mentions(
    text: str,
    n: int,
    sentence: Sentence,
    hits: list[Hit],
    spans: list[tuple[int, int, str]],
    kb: KnowledgeBase,
    tags: Mapping[int, str],
    surnames: set[str],
) -> list[_Mention]:
    toks = sentence.tokens
    tok_at = {s: i for i, (s, _) in enumerate(toks)}
    tok_end = {e: i for i, (_, e) in enumerate(toks)}
    found: list[_Mention] = []
    titles = [h for h in hits if h.title]
    actors = [h for h in hits if not h.title]
    taken: set[int] = set()  # token indexes already in a mention

    spans = _with_org_names(text, toks, spans, hits, kb, tags)
    # NER spans first, with titles and country words at their start split off
    for s, e, label in sorted(spans):
        kind = _NER_TYPES.get(label)
        if kind is None or s not in tok_at or e not in tok_end:
            continue
        first, last = tok_at[s], tok_end[e]
        context: str | None = None
        held: list[Record] = []
        while first <= last:
            hit = next((h for h in hits if h.first == first and h.last <= last), None)
            if hit is None:
                break
            if hit.title:
                held.extend(hit.records[:1])
            elif kind == "PERSON" and hit.last < last and hit.records[0].iso3:
                context = hit.records[0].iso3
                found.append(_Mention(hit.start, hit.end, hit.records[0].type, n, hit.records[0]))
            else:
                break
            first = hit.last + 1
        if first > last:
            continue
        if " ".join(key(text[a:b]) for a, b in toks[first:last + 1]) in groups():
            continue  # `माओवादियों`: an unnamed group (found as one below), whatever the model says
        cleaned = _clean_span(text, toks, first, last, kind, kb, tags)
        if cleaned is None:
            taken.update(range(tok_at[s], last + 1))
            continue
        first, last, kind, record = cleaned
        start, end = toks[first][0], toks[last][1]
        mention = _Mention(start, end, record.type if record else kind, n, record, held)
        mention.country = context
        found.append(mention)
        taken.update(range(tok_at[s], last + 1))

    # KB names the model missed
    for hit in actors:
        if taken.intersection(range(hit.first, hit.last + 1)):
            continue
        record = hit.records[0]
        found.append(_Mention(hit.start, hit.end, record.type, n, record))
        taken.update(range(hit.first, hit.last + 1))

    # names the model missed right after a role or title (प्रमुख वार्ताकार तबन डेंग ने)
    words = [key(text[s:e]) for s, e in toks]
    nouns = entity_nouns()
    roles = {h.last for h in titles if not taken.intersection(range(h.first, h.last + 1))}
    roles |= {i for i, w in enumerate(words) if (w in nouns.person_roles or w in _RELATIONS) and i not in taken}
    flags = [tags.get(s) == "PROPN" or w in surnames for (s, _), w in zip(toks, words, strict=True)]
    for first, last in role_names(words, flags, roles, taken, nouns.common | nouns.person_roles):
        found.append(_Mention(toks[first][0], toks[last][1], "PERSON", n))
        taken.update(range(first, last + 1))
    # and names opened by a foreign given name (लिंडसे ग्राहम ने)
    given = {i for i, (s, e) in enumerate(toks) if fold(text[s:e]) in nouns.given_names}
    not_names = taken | {i for i, (s, _) in enumerate(toks) if tags.get(s) in _NOT_NAMES}
    for first, last in given_name_runs(words, given, not_names, nouns.common | nouns.person_roles):
        found.append(_Mention(toks[first][0], toks[last][1], "PERSON", n))
        taken.update(range(first, last + 1))

    # unnamed groups (विद्रोहियों, सीरियाई विद्रोही)
    for first, last, group in find_groups(words, taken):
        if first > 0 and words[first - 1] in _GENITIVE:
            continue  # सीरिया के शरणार्थियों: the possessor stands for the phrase (ghatna.events)
        mention = _Mention(toks[first][0], toks[last][1], "ORG", n, group=group)
        mention.country = _context_country(text, toks, first, found)
        found.append(mention)
        taken.update(range(first, last + 1))

    # titles: attached to the person they precede, else standing for a person
    found.sort(key=lambda m: m.start)
    for hit in titles:
        if taken.intersection(range(hit.first, hit.last + 1)):
            continue
        after = next((m for m in found if m.start >= hit.end and m.type == "PERSON"), None)
        gap = text[hit.end:after.start] if after else None
        if after is not None and not gap.strip():
            after.titles.append(hit.records[0])
            after.country = after.country or _context_country(text, toks, hit.first, found)
            continue
        bare = _Mention(hit.start, hit.end, "PERSON", n, None, [hit.records[0]], bare_title=True)
        bare.country = _context_country(text, toks, hit.first, found)
        found.append(bare)
    return sorted(found, key=lambda m: m.start)


def _with_org_names(
    text: str, toks: list[tuple[int, int]], spans: list[tuple[int, int, str]], hits: list[Hit], kb: KnowledgeBase,
    tags: Mapping[int, str],
) -> list[tuple[int, int, str]]:
    """The model's spans with the organization names it split (`अराकान रोहिंग्या` + `रक्षा सेना`) as one
    ORG span each (ghatna.resolve.org_names)."""
    inside = {i for s, e, label in spans if label in _NER_TYPES for i, (a, b) in enumerate(toks) if s <= a and b <= e}
    inside |= {i for h in hits if not h.title for i in range(h.first, h.last + 1)}
    words = [key(text[a:b]) for a, b in toks]
    named = [(tags.get(a) == "PROPN" or i in inside) and tags.get(a) not in _NOT_NAMES and is_word(words[i])
             for i, (a, _) in enumerate(toks)]

    def country(i: int) -> bool:
        if any(h.first <= i <= h.last and h.records[0].type == "GPE" for h in hits):
            return True
        record = _kb_record(kb, words[i])
        return record is not None and record.type == "GPE"

    for first, last in org_runs(words, named, country):
        start, end = toks[first][0], toks[last][1]
        if any(s < end and e > start and not (start <= s and e <= end) for s, e, _ in spans):
            continue  # a span of the model runs across the name's edge
        if any(h.first <= last and h.last >= first and not first <= h.first <= h.last <= last for h in hits):
            continue  # a longer name the KB knows: `पाकिस्तान मुस्लिम लीग नवाज़`
        known = _kb_record(kb, text[start:toks[last - 1][1]]) if words[last] in ORG_HEADS else None
        if known is not None and known.type == "ORG":
            continue  # `कांग्रेस पार्टी`: the known organization and its kind
        spans = [(s, e, label) for s, e, label in spans if not (start <= s and e <= end)] + [(start, end, "ORG")]
    return spans


def _with_name_echoes(
    text: str, sentences: list[Sentence], mentions: list[_Mention], tags: Mapping[int, str]
) -> list[_Mention]:
    """`mentions` with the full names again, and the surnames standing alone, of the people named in
    full, where no mention has them (`_group` joins them to the person). A full name found again
    replaces the one-word pieces of it the model tagged (`ओकोन्क्वो` of `ओकोन्क्वो बालेवा`)."""
    named = [_words(text, m) for m in mentions if m.type == "PERSON" and not m.bare_title]
    full = [w for w in named if len(w) > 1]
    names, surnames = {" ".join(w) for w in full}, {w[-1] for w in full}
    surnames |= {w[0] for w in named if len(w) == 1}  # a one-word name the model found once (री)
    owners: dict[str, set[str]] = {}
    for w in full:
        owners.setdefault(w[0], set()).add(w[-1])
    given = {first for first, last in owners.items() if len(last) == 1} - surnames  # one person's only
    found: list[_Mention] = []
    pieces: set[int] = set()  # id() of one-word person mentions inside a full name found again
    common = entity_nouns().common
    for n, sentence in enumerate(sentences):
        toks = sentence.tokens
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        piece = [m for m in inside if m.type == "PERSON" and not m.bare_title and len(_words(text, m)) == 1]
        blocked = {i for i, (s, e) in enumerate(toks) for m in inside if m.start < e and s < m.end and m not in piece}
        words = [key(text[s:e]) for s, e in toks]
        for first, last in name_echoes(words, names, blocked):
            echo = _Mention(toks[first][0], toks[last][1], "PERSON", n)
            found.append(echo)
            pieces.update(id(m) for m in piece if echo.start <= m.start and m.end <= echo.end)
        taken = {i for i, (s, e) in enumerate(toks) for m in inside if m.start < e and s < m.end} | blocked
        flags = [tags.get(s) == "PROPN" for s, _ in toks]
        for i in surname_echoes(words, flags, surnames, taken, common, given):
            found.append(_Mention(toks[i][0], toks[i][1], "PERSON", n))
    return [m for m in mentions if id(m) not in pieces] + found


def _clean_span(
    text: str, toks: list[tuple[int, int]], first: int, last: int, kind: str, kb: KnowledgeBase,
    tags: Mapping[int, str],
) -> tuple[int, int, str, Record | None] | None:
    """Fix what the model's span says with what Hindi and the KB know, or None for no name at all.

    A KB name decides the type (क्रेमलिन is an ORG whatever the model says); a trailing generic place
    noun is not part of a place name (रखाइन प्रांत → रखाइन), nor an honorific part of a person's (श्री
    पार्क → पार्क); a name + facility noun is a FAC (अडियाला
    जेल); a spelled-out acronym (जेयूआई) is an ORG; a span of only common nouns and modifiers, or a
    country + one of its institutions (जर्मनी सरकार: the country acting), is no entity of its own.
    """
    nouns = entity_nouns()
    words = [key(text[s:e]) for s, e in toks[first:last + 1]]
    if all(w in nouns.common or w in nouns.modifiers for w in words):
        return None
    if kind in ("GPE", "LOC") and len(words) > 1 and words[-1] in nouns.place_generics:
        last -= 1
        words = words[:-1]
    while len(words) > 1 and words[-1] in _NAMED:  # `अला नाम के एक शिक्षक`: "named Ala"
        last, words = last - 1, words[:-1]
    honored = False  # श्री पार्क is a person, whatever पार्क means otherwise
    while kind == "PERSON" and len(words) > 1 and (words[0] in nouns.honorifics or words[0] in _RELATIONS):
        # श्री पार्क → पार्क; बहनोई विनोद (brother-in-law Vinod) → विनोद
        first, words, honored = first + 1, words[1:], True
    record = _kb_record(kb, text[toks[first][0]:toks[last][1]])
    if record is not None:
        return first, last, record.type, record
    if first == last and tags.get(toks[first][0]) in _NOT_NAMES:
        return None  # a lone adjective, pronoun or verb the model took for a name (गंभीर, एक-दूसरे)
    if first == last and opens_predicate([fold(text[s:e]) for s, e in toks[first:first + 1 + _LIGHT_REACH]]):
        return None  # the noun of an event predicate (मुबारकबाद दी, धमकी दी)
    if kind == "ORG" and (tuple(words) in _institution_forms() or _institution_of_country(words, kb)):
        return None  # a state's organ, named or not (`जर्मनी सरकार`, `विदेश मंत्रालय`): ghatna.institutions
    if kind == "LOC" and not (_natural_feature(text, toks, last) or words[-1] in _FEATURES or words[0] in _DIRECTIONS):
        kind = "GPE"  # an unknown place in the news is a town, district or state, not a region or a feature
    if not honored and len(words) > 1 and any(tuple(words[k:]) in nouns.facility_heads for k in range(1, len(words))):
        return first, last, "FAC", None
    if len(words) == 1 and is_acronym(text[toks[first][0]:toks[last][1]]):
        return first, last, "ORG", None
    if len(words) > 1 and fold(text[toks[first][0]:toks[first][1]]) in nouns.given_names:
        return first, last, "PERSON", None  # `मैक्सिन वाटर्स`, `कैथरीन मेयोर्गा`: a given name opens a person's name
    return first, last, kind, None


def _natural_feature(text: str, toks: list[tuple[int, int]], last: int) -> bool:
    """`X नदी`, `X घाटी`, `X क्षेत्र`: the place after which a noun of a natural or non-political area follows."""
    return last + 1 < len(toks) and key(text[toks[last + 1][0]:toks[last + 1][1]]) in _FEATURES


@cache
def _institution_forms() -> frozenset[tuple[str, ...]]:
    return frozenset(f for inst in institutions() for f in inst.forms)


def _institution_of_country(words: list[str], kb: KnowledgeBase) -> bool:
    forms = _institution_forms()
    for k in range(1, len(words)):
        head = words[k + 1:] if words[k] in _GENITIVE else words[k:]
        if tuple(head) in forms and any(r.iso3 for r in kb.lookup(" ".join(words[:k]))):
            return True
    return False


def _context_country(text: str, toks: list[tuple[int, int]], first: int, found: list[_Mention]) -> str | None:
    """The country a title belongs to: `रूसी राष्ट्रपति`, `सीरिया के राष्ट्रपति`, `अमेरिका की विदेश मंत्री`."""
    k = first - 1
    if k >= 0 and text[toks[k][0]:toks[k][1]] in _GENITIVE:
        k -= 1
    if k < 0:
        return None
    end = toks[k][1]
    owner = next((m for m in found if m.end == end and m.record is not None), None)
    if owner is None:
        return None
    return owner.record.iso3 or owner.record.country or None


def _kb_record(kb: KnowledgeBase, name: str) -> Record | None:
    """The KB record a name span denotes, if any."""
    found = kb.lookup(name)
    return found[0] if found else None


def _group(text: str, mentions: list[_Mention], kb: KnowledgeBase, published: dt.date | None) -> list[_Entity]:
    entities: list[_Entity] = []
    by_record: dict[str, int] = {}
    for m in mentions:
        if m.group is not None:
            _join_group(entities, m)
            continue
        if m.bare_title:
            target = _title_referent(m, entities, kb, published)
            if target is None:
                continue
            if isinstance(target, Record):
                m.record = target
            else:
                _join(entities, target, m)
                continue
        if m.record is not None:
            if m.record.id in by_record:
                _join(entities, by_record[m.record.id], m)
                continue
            known = _same_person(text, m, entities) if m.type == "PERSON" else None
            if known is not None and entities[known].record is None:
                entities[known].record = m.record
                by_record[m.record.id] = known
                _join(entities, known, m)
                continue
            by_record[m.record.id] = len(entities)
            entities.append(_Entity([], m.type if m.type != "PERSON" else "PERSON", m.record))
            _join(entities, len(entities) - 1, m)
            continue
        known = _same_person(text, m, entities) if m.type == "PERSON" else _same_name(text, m, entities)
        if known is None and m.type != "PERSON" and len(_words(text, m)) == 1:
            # a lone surname the model typed as a place or group (डेंग) still names the person
            known = _same_person(text, m, entities)
            if known is not None:
                m.type = "PERSON"
        if known is None:
            entities.append(_Entity([], m.type, None))
            known = len(entities) - 1
        _join(entities, known, m)
    return [e for e in entities if e.mentions]


def _join_group(entities: list[_Entity], m: _Mention) -> None:
    """A group mention joins the last entity of that group (of the same country, if it names one)."""
    for i in range(len(entities) - 1, -1, -1):
        ent = entities[i]
        if ent.group == m.group and (m.country is None or ent.country in (None, m.country)):
            _join(entities, i, m)
            return
    entities.append(_Entity([], "ORG", None, group=m.group))
    _join(entities, len(entities) - 1, m)


def _join(entities: list[_Entity], i: int, m: _Mention) -> None:
    ent = entities[i]
    ent.mentions.append(m)
    m.entity = i
    for title in m.titles:
        if title not in ent.titles:
            ent.titles.append(title)
    ent.country = ent.country or m.country


def _words(text: str, m: _Mention) -> list[str]:
    return key(text[m.start:m.end]).split()


def _same_person(text: str, m: _Mention, entities: list[_Entity]) -> int | None:
    """An earlier person this mention names in part or in full (surname, given name, full name)."""
    words = _words(text, m)
    if not words:
        return None
    for i in range(len(entities) - 1, -1, -1):
        ent = entities[i]
        if ent.type != "PERSON":
            continue
        for other in ent.mentions:
            if other.bare_title:
                continue
            theirs = _words(text, other)
            if words == theirs or (len(words) < len(theirs) and _subsequence(words, theirs)):
                return i
            if len(words) == 1 < len(theirs) and variant(words[0], theirs[-1]):
                return i  # मशार, after रिएक मचार
            if len(theirs) < len(words) and _subsequence(theirs, words) and _consistent(text, words, ent):
                return i
    return None


def _consistent(text: str, words: list[str], ent: _Entity) -> bool:
    """A fuller name joins a person only if none of their names contradicts it: तबन डेंग is not
    हियाल डेंग, though both are "डेंग"."""
    names = [_words(text, m) for m in ent.mentions if not m.bare_title]
    return all(_subsequence(n, words) or _subsequence(words, n) for n in names)


def _subsequence(short: list[str], long: list[str]) -> bool:
    """`short` is the surname, the given name or a contiguous part of `long`."""
    n = len(short)
    return any(long[k:k + n] == short for k in range(len(long) - n + 1))


def _same_name(text: str, m: _Mention, entities: list[_Entity]) -> int | None:
    words = _words(text, m)
    for i, ent in enumerate(entities):
        if ent.type == m.type and any(_words(text, o) == words for o in ent.mentions):
            return i
    return None


def _title_referent(
    m: _Mention, entities: list[_Entity], kb: KnowledgeBase, published: dt.date | None
) -> int | Record | None:
    """Who a bare title stands for: the last person with that title (and country, if the context names
    one) in the article, else the KB's holder of that office for the context's country."""
    office = m.titles[0]
    for i in range(len(entities) - 1, -1, -1):
        ent = entities[i]
        if ent.type != "PERSON" or office not in ent.titles:
            continue
        if m.country and (ent.country or (ent.record.country if ent.record else None)) not in (m.country, None):
            continue
        return i
    # the KB's holder of the office on the article's date; with no date, "the president" may be any
    if m.country and office.id in _UNIQUE_OFFICES and published is not None:
        holders = kb.holders(office.id, m.country, on=published.isoformat())
        if holders:
            return holders[0]
    return None


def _entity(i: int, ent: _Entity, text: str, kb: KnowledgeBase) -> Entity:
    from ghatna.translit import romanize

    if ent.group is not None:
        return _group_entity(i, ent, text)
    record = ent.record
    names = [m for m in ent.mentions if not m.bare_title] or ent.mentions
    longest = max(names, key=lambda m: (m.end - m.start, -m.start))
    name = record.name_hi if record and record.name_hi and any(
        key(text[m.start:m.end]) == key(record.name_hi) for m in names
    ) else text[longest.start:longest.end]
    kind = ent.type
    if record is None and kind in ("PERSON", "LOC", "GPE"):
        # a full name a KB person bears, however spelt (इवो/एवो मोरालेस), even where the model typed it a place
        record = _cross_script(kb, name)
        kind = record.type if record else kind
    country = (record.iso3 or record.country) if record else None
    country = country or ent.country
    sector = record.sector if record and record.sector else next((t.sector for t in ent.titles if t.sector), "")
    titles = [t.name_hi for t in ent.titles if t.name_hi]
    return Entity(
        id=f"e{i}",
        type=kind if kind in ("PERSON", "ORG", "GPE", "LOC", "FAC") else "ORG",
        name=name,
        name_en=(record.name_en if record and record.name_en else romanize(name)),
        mentions=_public_mentions(ent, text),
        titles=titles,
        country=country,
        actor=(country or "") + (sector or "") or None,
        kb_id=record.id if record else None,
        wikidata=record.qid or None if record else None,
        confidence=0.9 if record else 0.7,
    )


def _group_entity(i: int, ent: _Entity, text: str) -> Entity:
    group = ent.group
    assert group is not None
    longest = max(ent.mentions, key=lambda m: (m.end - m.start, -m.start))
    return Entity(
        id=f"e{i}",
        type="ORG",
        name=text[longest.start:longest.end],
        name_en=group.name_en,
        mentions=_public_mentions(ent, text),
        country=ent.country,
        actor=(ent.country or "") + group.sector,
        kb_id=group.id,
        confidence=0.6,
    )


def _public_mentions(ent: _Entity, text: str) -> list[Mention]:
    return [Mention(start=m.start, end=m.end, text=text[m.start:m.end], sentence=m.sentence) for m in ent.mentions]


def _cross_script(kb: KnowledgeBase, name: str) -> Record | None:
    """A KB person whose English name the Hindi spelling matches closely (no Hindi alias needed).
    Only a full name links so: a surname alone (शर्मा, सिंह) is shared by too many people."""
    from ghatna.translit import best_match

    if len(name.split()) < 2:
        return None
    people = _people_by_english(kb)
    if not people:
        return None
    found = best_match(name, list(people), _CROSS_SCRIPT_MIN)
    return people[found[0]] if found else None


@cache
def _people_by_english(kb: KnowledgeBase) -> dict[str, Record]:
    return {r.name_en: r for r in kb if r.type == "PERSON" and r.name_en}
