"""Hindi phrase grammar for event roles: the clause around a predicate, and the phrases its case
markers pick out (`X ने`, `X द्वारा`, `X से`, `X की … की`, coordinated and possessed phrases,
relative pronouns, unmarked subjects, places marked by में)."""

from __future__ import annotations

import re
from itertools import pairwise

from ghatna.events.lexicon import INTENT, PARTICIPLE_VALA, Predicate, load_lexicon, match_predicate
from ghatna.events.tokens import Mention, Tok
from ghatna.grammar import AUXILIARIES as _AUX
from ghatna.grammar import COORDINATORS as _COORD
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.grammar import POSTPOSITIONS as _POSTPOSITIONS
from ghatna.grammar import RELATIONS
from ghatna.normalize import fold
from ghatna.resolve.gazetteer import entity_nouns

_CLAUSE_BREAK = {"कि", "जबकि", "लेकिन", "मगर", "क्योंकि", "हालांकि", "हालाँकि", "जो", "जिसने", "जिन्होंने", "जिसे",
                 "जिन्हें", "जिनको", "जिसको", "बल्कि", ";", "।", "?", "!"}
# relative pronouns that open a clause, and the case they stand in inside it
_RELATIVE_CASE = {"जिन्होंने": "ने", "जिसने": "ने", "जिन्हें": "को", "जिसे": "को", "जिनको": "को", "जिसको": "को"}
_DASHES = {"-", "–", "—"}
# second words of compound postpositions (के मुताबिक, के बाद, के लिए …)
_COMPOUND_HEADS = frozenset(fold(w) for w in (
    "मुताबिक", "मुताबिक़", "अनुसार", "लिए", "बाद", "पहले", "साथ", "बारे", "दौरान", "ओर", "तरफ़", "खिलाफ", "ख़िलाफ़",
    "विरुद्ध", "बीच", "पास", "जरिए", "ज़रिए", "बजाय", "कारण", "चलते", "सामने", "पीछे", "तहत", "बावजूद", "अलावा",
    "प्रति", "बदले", "हाथों", "नेतृत्व", "बाहर", "अंदर", "अन्दर", "भीतर", "ऊपर", "नीचे", "आगे", "निकट", "नज़दीक",
    "नजदीक", "करीब", "क़रीब",
))
_RELATIVE_DETERMINERS = {"जिस", "जिन"}
_LETTERS = frozenset(fold(w) for w in ("पत्र", "चिट्ठी", "चिठ्ठी", "खत", "ख़त", "ज्ञापन", "संदेश", "ईमेल"))
_SENDING = frozenset(fold(w) for w in ("लिखकर", "लिख", "भेजकर", "भेज", "सौंपकर", "सौंप", "देकर"))
_LED_BY = {"नेतृत्व", "अगुवाई", "अध्यक्षता", "निगरानी"}
_CORRELATIVES = {"उन", "उस", "उन्हीं", "उसी"}
_QUANTIFIERS = {"सैकड़ों", "सैकडों", "हजारों", "हज़ारों", "लाखों", "दर्जनों", "कई", "कुछ", "सभी", "तमाम"}
_GENITIVE_PRONOUNS = {"उनकी", "उसकी", "उनका", "उसका", "उनके", "उसके"}
_OBJECT_PRONOUNS = {"को": {"उन्हें", "उसे", "उनको", "उसको"}, "से": {"उनसे", "उससे"}}
SUBJUNCTIVE_PASSIVE = {"जाए", "जाये", "जाएं", "जाएँ", "जायें"}
_PASSIVE = SUBJUNCTIVE_PASSIVE | {
    "गया", "गई", "गए", "गये", "जाएगा", "जाएगी", "जाएंगे", "जाता", "जाती", "जाते", "जाना", "जाने",
}
# the bare stem जा is passive before a progressive, perfective or modal auxiliary (`किया जा रहा है`,
# `किया जा चुका है`, `किया जा सकता है`)
_PASSIVE_STEM_AUX = re.compile(r"^(?:रह|चुक|सक)(?:ा|ी|े|ें|ता|ती|ते|ेगा|ेगी|ेंगे)$")
_VECTORS = {"दिया", "दी", "दिए", "दिये", "दीं", "लिया", "ली", "लिए", "लिये", "डाला", "डाली", "डाले"}
AGENT_MARKERS = (("द्वारा",), ("की", "ओर", "से"), ("की", "तरफ़", "से"), ("की", "तरफ", "से"))
_AGENT_SE = {m[:2] for m in AGENT_MARKERS if len(m) == 3}
_ACTORS = {"PERSON", "ORG", "GPE"}  # who can be asked, warned or accused (not a place or a building)
_MODIFIER_REACH = 5  # words of title or modifier between a coordinator and the name it joins
_POSSESSOR_REACH = 4  # words between a possessor's genitive and the postposition of its phrase
# heads of a subject phrase through which its owner acts (`A और B के नेता मिले`)
_ACTING_FOR = frozenset(fold(w) for w in (
    "नेता", "नेताओं", "प्रतिनिधि", "प्रतिनिधियों", "प्रतिनिधिमंडल", "प्रतिनिधिमंडलों", "अधिकारी", "अधिकारियों",
    "मंत्री", "मंत्रियों", "राष्ट्रपति", "प्रधानमंत्री", "राष्ट्राध्यक्ष", "राष्ट्राध्यक्षों", "राजदूत", "राजदूतों",
    "राजनयिक", "राजनयिकों", "दूत", "वार्ताकार", "वार्ताकारों", "सरकार", "सरकारें", "सरकारों", "सेना", "सेनाएं",
    "सेनाओं", "सैनिक", "सैनिकों", "शीर्ष", "विदेश",
))


def clause_span(toks: list[Tok], i: int, end: int) -> tuple[int, int]:
    """Token range of the clause around a predicate: from the last clause break before it to its end."""
    start = i
    while start > 0 and toks[start - 1].text not in _CLAUSE_BREAK:
        start -= 1
        if toks[start].text in _RELATIVE_DETERMINERS:  # `…, चीन जिस आरोप को अस्वीकार करता है`: the
            while start > 0 and toks[start - 1].text not in _CLAUSE_BREAK | {","}:  # subject precedes जिस
                start -= 1
            break
    stop = end
    while stop < len(toks) and toks[stop].text not in _CLAUSE_BREAK:
        stop += 1
    return start, stop


def _mention_before(toks: list[Tok], k: int, mentions: list[Mention]) -> Mention | None:
    """The entity mention that ends right before token k (the head of the phrase there)."""
    if k <= 0:
        return None
    end = toks[k - 1].end
    return next((m for m in mentions if m[1] == end), None)


def _conjuncts(toks: list[Tok], k: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a coordinated phrase ending before token k: `X, Y और Z` → [X, Y, Z]."""
    head = _mention_before(toks, k, mentions)
    if head is None:
        return []
    found = [head]
    idx = next(t for t, tok in enumerate(toks) if tok.start == head[0])
    while (c := _coordinator_before(toks, idx)) is not None:
        prev = _mention_before(toks, c, mentions)
        if prev is None or prev in found:
            break
        found.insert(0, prev)
        idx = next(t for t, tok in enumerate(toks) if tok.start == prev[0])
    return found


def _coordinator_before(toks: list[Tok], idx: int) -> int | None:
    """The coordinator joining a conjunct that starts at token idx to the one before it; a few words
    of its own (a title: `… और संयुक्त राष्ट्र महासचिव बान की मून ने`) may stand between."""
    for c in range(idx - 1, max(0, idx - 1 - _MODIFIER_REACH), -1):
        if toks[c].text in _COORD:
            return c if c > 0 else None
        if toks[c].text in _POSTPOSITIONS - _GENITIVE or toks[c].text in _CLAUSE_BREAK:
            return None  # a genitive may stand in the title: `… और राज ठाकरे की पार्टी एमएनएस ने`
    return None


def marked_by(toks: list[Tok], lo: int, hi: int, marker: tuple[str, ...], mentions: list[Mention]) -> list[Mention]:
    """Mentions in tokens [lo, hi) followed by the postposition sequence `marker`, nearest to hi first."""
    for k in range(hi - len(marker), lo - 1, -1):
        if marker == ("से",) and k >= 2 and (toks[k - 2].text, toks[k - 1].text) in _AGENT_SE:
            continue  # `X की ओर से`: on behalf of X, the agent
        if all(k + m < len(toks) and toks[k + m].text == w for m, w in enumerate(marker)):
            head = _before_parenthesis(toks, lo, k)
            found = _conjuncts(toks, head, mentions) or _possessor(toks, lo, head, mentions)
            if found:
                return found
    return []


def addressee(toks: list[Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """`X को पत्र लिखकर … की मांग की`, `X को ज्ञापन सौंपकर …`: whom the letter that makes the demand
    (or the complaint, the threat) was written or handed to."""
    for k in range(lo + 1, i - 1):
        if toks[k].text in _LETTERS and toks[k + 1].text in _SENDING:
            return marked_by(toks, lo, k, ("को",), mentions)
    return []


def opposed_by_participle(toks: list[Tok], lo: int, actor: Mention, mentions: list[Mention]) -> list[Mention]:
    """`X का विरोध करने वाले सैकड़ों प्रदर्शनकारियों ने नारे लगाए`: protesters described as opposing X
    protest against X. The target of the participle (`… करने वाले`) before the actor's phrase."""
    k = next((t for t, tok in enumerate(toks) if tok.start == actor[0]), 0) - 1
    while k >= lo and (toks[k].text in _QUANTIFIERS or toks[k].text.isdigit()):
        k -= 1
    if k <= lo or toks[k].text not in PARTICIPLE_VALA:
        return []
    lexicon = load_lexicon()
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        for pred in lexicon.by_first.get(toks[j].text, ()):
            if pred.type in {"PROTEST", "ACCUSE"} and match_predicate(toks, j, pred) == k:
                for marker in pred.targets:
                    found = (genitive_target(toks, lo, j, mentions) if marker == ("की",)
                             else marked_by(toks, lo, j, marker, mentions))
                    if found:
                        return found
    return []


def _before_parenthesis(toks: list[Tok], lo: int, k: int) -> int:
    """`प्रदर्शनकारियों - जिनमें कुछ कुर्द थे - ने`: the phrase a postposition marks ends before an
    aside set off by dashes."""
    if k - 1 <= lo or toks[k - 1].text not in _DASHES:
        return k
    j = next((j for j in range(k - 2, lo - 1, -1) if toks[j].text in _DASHES), None)
    return j if j is not None else k


def _possessor(toks: list[Tok], lo: int, k: int, mentions: list[Mention]) -> list[Mention]:
    """`तालिबान के लोगों को`, `सीरिया की क्षेत्रीय अखंडता की`: a phrase whose head is no actor stands for
    the actor that owns it, a genitive a few words before the postposition. Not a relative or an
    associate (`X के पिता ने`, `X के वकील ने`): they act for themselves."""
    if k - 1 >= lo and toks[k - 1].text in RELATIONS:
        return []
    for j in range(k - 1, max(lo, k - _POSSESSOR_REACH) - 1, -1):
        if toks[j].text == "में" and j >= 2 and toks[j - 1].text in _LED_BY and toks[j - 2].text in _GENITIVE:
            return _conjuncts(toks, j - 2, mentions)  # `X के नेतृत्व में जांच को`: the X-led inquiry
        if toks[j].text in _POSTPOSITIONS - _GENITIVE:
            break  # the phrase starts after another phrase's postposition
        if toks[j].text in _GENITIVE and j < k - 1:
            if toks[j + 1].text in _COMPOUND_HEADS:
                return []  # `X के मुताबिक कई नेताओं को`: an adverbial, no owner of the phrase
            return _conjuncts(toks, j, mentions)
    # `अमेरिकी प्रतिबंधों को`: a state named as the adjective of the head noun owns the phrase
    return _adjective_owner(toks, lo, k, mentions)


def _adjective_owner(toks: list[Tok], lo: int, k: int, mentions: list[Mention]) -> list[Mention]:
    """`अमेरिकी प्रतिबंधों को/की`: a state named as the adjective of the head noun before token k owns
    the phrase."""
    owner = _mention_before(toks, k - 1, mentions) if k - 1 > lo else None
    if owner is not None and owner[3] == "GPE" and toks[k - 1].text not in _POSTPOSITIONS:
        return [owner]
    return []


def genitive_target(toks: list[Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """`X की प्रशंसा`, `X के प्रयासों की सराहना`: the nearest genitive phrase before the trigger."""
    for k in range(i - 1, lo - 1, -1):
        if toks[k].text in _GENITIVE and k + 1 < i and toks[k + 1].text in _COMPOUND_HEADS:
            continue  # `X की अदालत के सामने हत्या`: a compound postposition (where), not whose
        if toks[k].text in _GENITIVE:
            found = _conjuncts(toks, k, mentions) or _adjective_owner(toks, lo, k, mentions)
            if found:
                return _coordinated_owners(toks, lo, found, mentions) + found
        elif toks[k].text in {"ने", "को", "से", "पर"}:
            return []
    return []


def _coordinated_owners(toks: list[Tok], lo: int, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """`X की नीतियों और … Y के निर्णय की निंदा`: the owners of the earlier conjuncts (X), when the
    phrase that names the target coordinates possessed nouns."""
    k = next(t for t, tok in enumerate(toks) if tok.start == found[0][0]) - 1
    while k > lo and toks[k].text not in _COORD:
        if toks[k].text in {"ने", "को", "से", "पर"} or toks[k].text in _CLAUSE_BREAK:
            return []
        k -= 1
    # before the coordinator: `<owner> का/की/के <one or two words>`
    for g in (k - 2, k - 3):
        if g > lo and toks[g].text in _GENITIVE and (owner := _conjuncts(toks, g, mentions)):
            return [m for m in owner if m not in found]
    return []


def unmarked_subject(toks: list[Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """The unmarked subject: the clause's first mention, when its phrase takes no postposition
    (`रूस यूक्रेन से बात करेगा`; not `असद और उनकी पत्नी को …`, whose phrase ends in को), or the
    owner of an intention (`X का उद्देश्य Y को तबाह करना है`: X's aim)."""
    starts = {tok.start: t for t, tok in enumerate(toks)}
    ends = {tok.end: t for t, tok in enumerate(toks)}
    first = next((m for m in mentions if m[0] in starts and lo <= starts[m[0]] < i), None)
    if first is not None:  # the longest phrase starting there: `मिस्र की नई सरकार`, not `मिस्र`
        first = max((m for m in mentions if m[0] == first[0] and m[1] <= toks[i].start), key=lambda m: m[1],
                    default=first)
    if first is None or first[1] not in ends:
        return []
    for m in mentions:  # `X का इरादा/उद्देश्य …`
        e = ends.get(m[1])
        if e is not None and lo <= e < i - 2 and toks[e + 1].text in _GENITIVE and _intent_noun(toks, e + 2, i):
            return _conjuncts(toks, e + 1, mentions) or [m]
    e = ends[first[1]]
    k = e + 1
    while k < i and toks[k].text in _COORD:  # a coordinated phrase: find where it ends
        k += 1
        while k < i and toks[k].text not in _POSTPOSITIONS and toks[k].text not in _COORD:
            k += 1
    if k + 2 < i and toks[k].text in _GENITIVE and toks[k + 1].text in _ACTING_FOR \
            and toks[k + 2].text not in _POSTPOSITIONS:
        return _conjuncts(toks, k, mentions)  # `तुर्की और जर्मनी के नेता … मिले`: the owners act
    if k < len(toks) and toks[k].text in _POSTPOSITIONS:
        return []
    return _conjuncts(toks, k, mentions) or [first]


def _intent_noun(toks: list[Tok], k: int, i: int) -> bool:
    """An intention noun at token k (one modifier allowed before it: कथित उद्देश्य)."""
    return any(toks[j].text in INTENT for j in range(k, min(k + 2, i)))


def relative_clause(toks: list[Tok], lo: int, mentions: list[Mention]) -> tuple[str, Mention | None] | None:
    """A clause opened by a relative pronoun (`X, जिन्होंने …`, `Y थे जिन्हें X ने निशाना बनाया`): the
    case the pronoun stands in, and the mention it refers to, the phrase just before it."""
    if lo == 0 or toks[lo - 1].text not in _RELATIVE_CASE:
        return None
    case = _RELATIVE_CASE[toks[lo - 1].text]
    k = lo - 1
    while k > 0 and (toks[k - 1].text in _AUX or toks[k - 1].text in {",", "-"}):
        k -= 1
    before = _mention_before(toks, k, mentions)
    if before is None:  # extraposed: `उन विद्रोहियों की निंदा की, जिन्होंने …` (उन … जो)
        starts = {tok.start: t for t, tok in enumerate(toks)}
        before = next((m for m in reversed(mentions) if m[0] in starts and 0 < starts[m[0]] < k
                       and toks[starts[m[0]] - 1].text in _CORRELATIVES), None)
    return case, before


def is_participle(toks: list[Tok], end: int) -> bool:
    """`… करते हुए`, `… करके`: an adverbial participle, whose agent is that of the clause after it."""
    return end < len(toks) and toks[end].text in {"हुए", "हुये"} and toks[end - 1].text.endswith("ते")


def has_object_pronoun(toks: list[Tok], lo: int, i: int, pred: Predicate, genitive: bool = False) -> bool:
    """A third-person pronoun marked as the predicate's target: `उन्हें`, `उन पर`, `उनसे`, `उनके खिलाफ` (in reported
    speech, the speaker: `X का कहना है कि सेना ने उन्हें निशाना बनाया`) or, with `genitive`, the owner
    right before the trigger (`उनकी निंदा की`)."""
    words = [t.text for t in toks[lo:i]]
    pairs = set(pairwise(words))
    if genitive and ("की",) in pred.targets and words[-1:] and words[-1] in _GENITIVE_PRONOUNS:
        return True  # `उनकी निंदा`, `उसकी आलोचना`
    for marker in pred.targets:
        if len(marker) == 1 and any(w in _OBJECT_PRONOUNS.get(marker[0], ()) for w in words):
            return True
        if len(marker) == 1 and any((p, marker[0]) in pairs for p in ("उन", "उस")):
            return True
        if len(marker) == 2 and marker[0] == "के" and any((p, marker[1]) in pairs for p in ("उनके", "उसके")):
            return True  # `उनके खिलाफ प्रदर्शन किया`
    return False


def is_passive(toks: list[Tok], end: int) -> bool:
    """`हमला किया गया`, `शरण दिए जाने`, `कर्फ्यू लगा दिया गया`, `गिरफ़्तार किया जा चुका है`: a form of
    जाना right after the predicate (or after its vector verb)."""
    if end < len(toks) and toks[end].text in _VECTORS:
        end += 1
    if end + 1 < len(toks) and toks[end].text == "जा":
        return bool(_PASSIVE_STEM_AUX.match(toks[end + 1].text))
    return end < len(toks) and toks[end].text in _PASSIVE


def complement_topic(toks: list[Tok], end: int, mentions: list[Mention]) -> list[Mention]:
    """`X ने चेतावनी दी कि Y को …`: what a warning, demand or accusation is about is the first actor of
    the clause it introduces."""
    k = end
    while k < len(toks) and toks[k].text in _AUX | {","}:
        k += 1
    if k >= len(toks) or toks[k].text != "कि":
        return []
    after = [m for m in mentions if m[0] >= toks[k].end and m[3] in _ACTORS]
    return after[:1]


def pronoun_agent(toks: list[Tok], lo: int, i: int) -> Tok | None:
    """The ergative pronoun (उन्होंने …) of the clause before the predicate, if any."""
    return next((t for t in toks[lo:i] if t.text in {"उन्होंने", "उसने", "इन्होंने", "इसने"}), None)


def place_of(toks: list[Tok], lo: int, hi: int, mentions: list[Mention], roles: set[str]) -> str | None:
    generics = entity_nouns().place_generics
    for k in range(lo, min(hi, len(toks) - 1)):
        if toks[k + 1].text == "में":
            m = _mention_before(toks, k + 1, mentions)
            if m is None and toks[k].text in generics:  # `रखाइन प्रांत में`
                m = _mention_before(toks, k, mentions)
            if m and m[3] in {"GPE", "LOC", "FAC"} and m[2] not in roles:
                return m[2]
    return None
