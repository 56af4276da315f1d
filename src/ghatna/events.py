"""PLOVER event coding from Hindi grammar.

A predicate from the event lexicon (`data/events.tsv`: a noun or verb with the light verb that
completes it, the PLOVER type, the postpositions that mark its target) is found in a sentence; its
roles come from Hindi case marking around it:

- source: the phrase marked by ने (perfective agent), by द्वारा / की ओर से (passive agent), or else the
  unmarked subject of the clause;
- target: the phrase marked by the predicate's own postpositions (X से मुलाकात, X की प्रशंसा, X पर
  हमला, X को धमकी, X के खिलाफ प्रदर्शन);
- location: a place marked by में in the sentence; date: a date expression of the sentence.

Roles resolve to entities through their mentions; coordinated phrases (X और Y ने …) give one event per
conjunct. Negation (नहीं, न) and modality (future or intended, hypothetical, reported) are read from
the predicate's surroundings. One real-world event stated twice (same type, source and target) is
one event.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise

from ghatna.grammar import AUXILIARIES as _AUX
from ghatna.grammar import COORDINATORS as _COORD
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.grammar import NEGATORS as _NEGATION
from ghatna.grammar import POSTPOSITIONS as _POSTPOSITIONS
from ghatna.normalize import fold
from ghatna.salience import antecedent
from ghatna.schema import Entity, Event, Sentence, Span, TimeExpr

# (start, end, entity id, entity type)
Mention = tuple[int, int, str, str]

_PARTICLES = {"भी", "ही", "तो", "नहीं", "न", "ना", "कड़ी", "कडी", "तीखी", "कड़े", "जमकर", "खुलकर", "फिर", "से"}
_CLAUSE_BREAK = {"कि", "जबकि", "लेकिन", "मगर", "क्योंकि", "हालांकि", "हालाँकि", "जो", "जिसने", "जिन्होंने", "जिसे",
                 "जिन्हें", "जिनको", "जिसको", "बल्कि", ";", "।", "?", "!"}
# relative pronouns that open a clause, and the case they stand in inside it
_RELATIVE_CASE = {"जिन्होंने": "ने", "जिसने": "ने", "जिन्हें": "को", "जिसे": "को", "जिनको": "को", "जिसको": "को"}
_DASHES = {"-", "–", "—"}
# second words of compound postpositions (के मुताबिक, के बाद, के लिए …)
_COMPOUND_HEADS = frozenset(fold(w) for w in (
    "मुताबिक", "मुताबिक़", "अनुसार", "लिए", "बाद", "पहले", "साथ", "बारे", "दौरान", "ओर", "तरफ़", "खिलाफ", "ख़िलाफ़",
    "विरुद्ध", "बीच", "पास", "जरिए", "ज़रिए", "बजाय", "कारण", "चलते", "सामने", "पीछे", "तहत", "बावजूद", "अलावा",
    "प्रति", "बदले", "हाथों", "नेतृत्व",
))
_RELATIVE_DETERMINERS = {"जिस", "जिन"}
_LED_BY = {"नेतृत्व", "अगुवाई", "अध्यक्षता", "निगरानी"}
_CORRELATIVES = {"उन", "उस", "उन्हीं", "उसी"}
_DEMONSTRATIVES = {"इस", "उस", "इन", "उन", "यह", "वह", "ये", "वे", "ऐसी", "ऐसे"}
_PARTICIPLE_VALA = {"वाले", "वाला", "वाली", "वालों"}
_QUANTIFIERS = {"सैकड़ों", "सैकडों", "हजारों", "हज़ारों", "लाखों", "दर्जनों", "कई", "कुछ", "सभी", "तमाम"}
_BY_COURTS = {"sentence", "convict"}  # modes of COERCE only a court performs
_COURT_WORDS = ("अदालत", "कोर्ट", "न्यायालय", "ट्रिब्यूनल", "न्यायाधिकरण")
_SUBJUNCTIVE_PASSIVE = {"जाए", "जाये", "जाएं", "जाएँ", "जायें"}
_MODAL_CAN = re.compile(r"^(?:सक|पा)(?:ता|ती|ते|ें|े|ेगा|ेगी|ेंगे)$")
_OBJECT_PRONOUNS = {"को": {"उन्हें", "उसे", "उनको", "उसको"}, "से": {"उनसे", "उससे"}}
_DATIVE_PRONOUNS = {"मुझे", "हमें", "तुम्हें", "उन्हें", "उसे", "इन्हें", "इसे", "आपको", "मुझको", "हमको"}
_FIRST_PERSON = {"मैं", "मैंने", "हम", "हमने", "हमलोग", "हमलोगों", "हम लोग"}
_PASSIVE = _SUBJUNCTIVE_PASSIVE | {
    "गया", "गई", "गए", "गये", "जाएगा", "जाएगी", "जाएंगे", "जाता", "जाती", "जाते", "जाना", "जाने",
}
_FUTURE = re.compile(r"(?:गा|गी|गे|गीं)$")
_INTENT = {"चाहते", "चाहता", "चाहती", "चाहा", "योजना", "कोशिश", "प्रयास", "तैयार", "इरादा", "इच्छा", "उद्देश्य",
           "लक्ष्य", "मकसद", "मक़सद", "मंशा"}
_CONDITIONAL = {"अगर", "यदि", "बशर्ते", "तो"}
_AGENT_MARKERS = (("द्वारा",), ("की", "ओर", "से"), ("की", "तरफ़", "से"), ("की", "तरफ", "से"))
_AGENT_SE = {m[:2] for m in _AGENT_MARKERS if len(m) == 3}
# predicates whose target may be the topic of the clause they introduce (X ने चेतावनी दी कि Y …)
_COMMUNICATIVE = {"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT"}
# after the light verb की, these words show it is the verb "did" and not the genitive "of"
_VERBAL_AFTER_KI = {"है", "हैं", "था", "थी", "थीं", "थे", "गई", "गयी", "गईं", "जा", "जाएगी", "जाती", "जानी", "और",
                    "तथा", ",", "।", ".", "?", "!", "तो", "लेकिन", "जबकि", "हो", "होगी", "कि", "\"", "”"}
_QUOTES = {"'", '"', "’", "”", "‘", "“"}
_SAY = frozenset(fold(w) for w in ("कहा", "कहे", "कही", "कहेंगे", "कहेगा", "कहेगी", "कहते", "कहती", "कहता"))
_MODIFIER_REACH = 4  # words of title or modifier between a coordinator and the name it joins
_POSSESSOR_REACH = 4  # words between a possessor's genitive and the postposition of its phrase
# events complete with an actor alone: protests, mobilizations, and measures laid on a place or a
# population rather than on an actor (curfews, bans, censorship)
_NEEDS_NO_TARGET = {"PROTEST", "MOBILIZE"}
_RESPONSES = {"REQUEST", "REJECT"}  # with no target stated, they answer the other party (`_other_party`)
_ANSWERING = tuple(fold(w) for w in (  # the demands, appeals and refusals among them
    "इनकार", "इंकार", "खंडन", "खारिज", "ख़ारिज", "ठुकरा", "अस्वीकार", "नकार", "मना", "मांग", "माँग", "अपील", "आग्रह",
    "अनुरोध", "निवेदन", "गुहार", "आह्वान",
))
_PARTY_REACH = 2  # sentences back where that party is looked for
# heads of a subject phrase through which its owner acts (`A और B के नेता मिले`)
_ACTING_FOR = frozenset(fold(w) for w in (
    "नेता", "नेताओं", "प्रतिनिधि", "प्रतिनिधियों", "प्रतिनिधिमंडल", "प्रतिनिधिमंडलों", "अधिकारी", "अधिकारियों",
    "मंत्री", "मंत्रियों", "राष्ट्रपति", "प्रधानमंत्री", "राष्ट्राध्यक्ष", "राष्ट्राध्यक्षों", "राजदूत", "राजदूतों",
    "राजनयिक", "राजनयिकों", "दूत", "वार्ताकार", "वार्ताकारों", "सरकार", "सरकारें", "सरकारों", "सेना", "सेनाएं",
    "सेनाओं", "सैनिक", "सैनिकों", "शीर्ष", "विदेश",
))
_RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}  # done with each other when both actors are the subject
_MODES_NEED_NO_TARGET = {"curfew", "ban", "censor", "martial-law", "alert"}
_NOMINAL_REACH = 8  # tokens before a bare noun trigger where its actors may stand
_LIGHT_WINDOW = 3  # tokens allowed between a noun trigger and its light verb (particles, negation)


@dataclass(frozen=True)
class Predicate:
    type: str
    mode: str | None
    cameo: str | None
    trigger: tuple[str, ...]  # folded tokens
    light: frozenset[tuple[str, ...]]  # folded forms of the completing verb (one or two words); empty: none
    nominal: bool  # a bare noun mention, without a verb (lower confidence)
    targets: tuple[tuple[str, ...], ...]  # postposition sequences marking the target, preferred first
    gloss: str


# the request a verb of saying makes with a purpose clause
_ASKED_TO = Predicate(
    type="REQUEST", mode=None, cameo="10", trigger=("कहा",), light=frozenset(), nominal=False,
    targets=(("से",), ("को",)), gloss="asked",
)


@dataclass
class Lexicon:
    by_first: dict[str, list[Predicate]] = field(default_factory=dict)

    def add(self, predicate: Predicate) -> None:
        self.by_first.setdefault(predicate.trigger[0], []).append(predicate)


@cache
def load_lexicon() -> Lexicon:
    files = resources.files("ghatna.data")
    light = tomllib.loads(files.joinpath("light_verbs.toml").read_text("utf-8"))
    classes = {
        name: frozenset(tuple(fold(f).split()) for f in table["forms"])
        for name, table in light.items()
        if isinstance(table, dict) and "forms" in table
    }
    lexicon = Lexicon()
    rows = csv.DictReader(files.joinpath("events.tsv").read_text("utf-8").splitlines(), delimiter="\t")
    for row in rows:
        targets = tuple(tuple(t.split()) for t in row["target"].split("|") if t.strip() and t.strip() != "-")
        for trigger in row["trigger"].split("|"):
            words = tuple(fold(w) for w in trigger.split())
            if not words:
                continue
            for kind in row["light"].split("|"):
                kind = kind.strip()
                if kind == "verb":
                    heads = [(*words[:-1], form) for form in verb_forms(words[-1], light)]
                    forms: frozenset[tuple[str, ...]] = frozenset()
                elif kind == "noun":
                    heads, forms = [words], frozenset()
                else:
                    heads, forms = [words], classes.get(kind, frozenset())
                    if not forms:
                        continue
                for head in heads:
                    lexicon.add(Predicate(
                        type=row["type"].strip(), mode=row.get("mode") or None, cameo=row.get("cameo") or None,
                        trigger=head, light=forms, nominal=kind == "noun",
                        targets=targets, gloss=row.get("gloss_en") or row["type"].lower(),
                    ))
    return lexicon


def verb_forms(stem: str, light: dict) -> list[str]:
    """Inflected forms of a plain verb stem (मिल → मिला, मिले, मिलेंगे …; बता → बताया …)."""
    endings = light.get("verb_endings", {})
    irregular = {fold(k): v for k, v in endings.get("irregular", {}).items()}
    if stem in irregular:
        return [fold(f) for f in irregular[stem]]
    vowel_final = stem[-1] in "ाीूेैोौ" or stem[-1] in "आईऊएऐओऔ"
    suffixes = endings.get("vowel" if vowel_final else "consonant", [""])
    return sorted({fold(stem + s) for s in suffixes})


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str  # folded


def code_events(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    entities: list[Entity],
    times: list[TimeExpr],
    quoted: list[tuple[int, int, str | None]] = (),
) -> list[Event]:
    """Events of the article, one per (type, source, target), in text order."""
    lexicon = load_lexicon()
    by_id = {e.id: e for e in entities}
    events: dict[tuple[str, str | None, str | None, str], Event] = {}
    for n, sentence in enumerate(sentences):
        toks = [_Tok(s, e, fold(text[s:e])) for s, e in sentence.tokens]
        sent_mentions = [m for m in mentions if sentence.start <= m[0] and m[1] <= sentence.end]
        i = 0
        while i < len(toks):
            matches = [(pred, end) for pred in lexicon.by_first.get(toks[i].text, ())
                       if (end := _match(toks, i, pred)) is not None]
            if not matches and _asked_to(toks, i):
                matches = [(_ASKED_TO, i + 1)]
            if not matches:
                i += 1
                continue
            # the longest reading wins (छापा मारा over मारा); equal readings of several types compete
            best = max(len(p.trigger) * 10 + (e - i) for p, e in matches)
            readings = [(p, e) for p, e in matches if len(p.trigger) * 10 + (e - i) == best]
            pred, end = readings[0]
            embedded = _embedded(toks, end)
            if embedded == "drop":
                i = end
                continue
            found = _roles(text, toks, i, end, pred, sent_mentions, mentions, n, sentence, times, quoted)
            for event in found:
                if _interview(event, by_id):
                    continue
                if event.target is None and _answers(pred):
                    event.target = _other_party(event, events.values())
                    if event.target is None:
                        continue
                    event.confidence = max(0.1, event.confidence - 0.2)
                if embedded == "intended":
                    event.modality = "intended"
                pred = _disambiguate([p for p, _ in readings], event, by_id)
                event.type, event.mode, event.cameo = pred.type, pred.mode, pred.cameo
                # one record per event: the same predicate with the same actors is one event told twice;
                # another predicate (`इनकार किया`, later `ठुकरा दिया`) is another event
                key = (event.type, event.source, event.target, pred.trigger[0])
                if key not in events or events[key].confidence < event.confidence:
                    event.gist_en = _gist(event, pred, by_id)
                    events[key] = event
            i = end
    ordered = sorted(events.values(), key=lambda e: e.trigger.start)
    for i, event in enumerate(ordered):
        event.id = f"v{i}"
    return ordered


def _answers(pred: Predicate) -> bool:
    """A demand, an appeal or a refusal: said to someone even where the clause does not name them."""
    return pred.type in _RESPONSES and not pred.nominal and any(w.startswith(_ANSWERING) for w in pred.trigger)


def _other_party(event: Event, earlier: Iterable[Event]) -> str | None:
    """Whom a demand or a refusal with no stated target answers: the other party of the latest event
    (in this or the previous two sentences) that involved its source. `B ने A पर आरोप लगाया … A ने
    इनकार किया और … रिहाई की मांग की`: A's denial and demand answer B."""
    for other in sorted(earlier, key=lambda e: e.trigger.start, reverse=True):
        if other.trigger.start >= event.trigger.start or event.sentence - other.sentence > _PARTY_REACH:
            continue
        roles = {other.source, other.target}
        if event.source in roles and None not in roles:
            return (roles - {event.source}).pop()
    return None


def _interview(event: Event, entities: dict[str, Entity]) -> bool:
    """Talking to a news agency or a paper (`एएफ़पी से बात करते हुए`) is an interview, not a CONSULT."""
    roles = (entities.get(event.source or ""), entities.get(event.target or ""))
    return event.type == "CONSULT" and any(e is not None and (e.actor or "").endswith("MED") for e in roles)


def _match(toks: list[_Tok], i: int, pred: Predicate) -> int | None:
    """End token index (exclusive) of the predicate at token i, or None."""
    n = len(pred.trigger)
    if any(i + k >= len(toks) or toks[i + k].text != w for k, w in enumerate(pred.trigger)):
        return None
    j = i + n
    if not pred.light:
        return j
    for k in range(j, min(len(toks), j + _LIGHT_WINDOW + 1)):
        for size in (2, 1):
            words = tuple(t.text for t in toks[k:k + size])
            if len(words) == size and words in pred.light:
                if words == ("की",) and k + 1 < len(toks) and toks[k + 1].text not in _VERBAL_AFTER_KI:
                    return None  # `हिंसा की घटनाएं`: the genitive, not "did"
                return k + size
        if toks[k].text not in _PARTICLES:
            break
    return None


def _asked_to(toks: list[_Tok], i: int) -> bool:
    """`X ने Y से Z करने के लिए कहा`, `Y को लौटने को कहा`: a verb of saying with a purpose clause is a
    request to Y."""
    if toks[i].text not in _SAY:
        return False
    k = i - 1
    while k >= 0 and toks[k].text in {"भी", "ही"}:
        k -= 1
    if k >= 1 and toks[k - 1].text == "के" and toks[k].text == "लिए":
        k -= 2
    elif k >= 0 and toks[k].text == "को":
        k -= 1
    else:
        return False
    return k >= 0 and toks[k].text.endswith("ने")


def _embedded(toks: list[_Tok], end: int) -> str | None:
    """An infinitive that is the complement of a noun (`हमला करने का आरोप`, `मिलने की इच्छा`) states no
    event of its own: "drop" it, or "intended" when the noun is an intention or a plan."""
    last = toks[end - 1].text
    while end < len(toks) and toks[end].text in _QUOTES:  # `'धमकाने' का आरोप`
        end += 1
    following = toks[end].text if end < len(toks) else ""
    if not last.endswith(("ने", "ना")):
        return None
    if following in _PARTICIPLE_VALA:  # `कब्जा करने वाले बल`: an attribute, not a clause
        return "drop"
    if last.endswith("ना") and following in {"", "।", ".", ",", ";", "और", "तथा"}:
        return "drop"  # `… प्रशिक्षण और सलाह देना।`: a verbal noun naming an activity, not an event
    if following not in _GENITIVE:
        return None
    governor = toks[end + 1].text if end + 1 < len(toks) else ""
    return "intended" if governor in _INTENT else "drop"


def _disambiguate(readings: list[Predicate], event: Event, entities: dict[str, Entity]) -> Predicate:
    """One predicate, several types (प्रतिबंध लगाया: sanctions or a ban): a state acting against another
    state is SANCTION; against anyone else, the other reading."""
    if len(readings) == 1:
        return readings[0]
    target = entities.get(event.target or "")
    state_target = target is not None and target.type == "GPE"
    for pred in readings:
        if (pred.type == "SANCTION") == state_target:
            return pred
    return readings[0]


def _clause(toks: list[_Tok], i: int, end: int) -> tuple[int, int]:
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


def _mention_before(toks: list[_Tok], k: int, mentions: list[Mention]) -> Mention | None:
    """The entity mention that ends right before token k (the head of the phrase there)."""
    if k <= 0:
        return None
    end = toks[k - 1].end
    return next((m for m in mentions if m[1] == end), None)


def _conjuncts(toks: list[_Tok], k: int, mentions: list[Mention]) -> list[Mention]:
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


def _coordinator_before(toks: list[_Tok], idx: int) -> int | None:
    """The coordinator joining a conjunct that starts at token idx to the one before it; a few words
    of its own (a title: `… और संयुक्त राष्ट्र महासचिव बान की मून ने`) may stand between."""
    for c in range(idx - 1, max(0, idx - 1 - _MODIFIER_REACH), -1):
        if toks[c].text in _COORD:
            return c if c > 0 else None
        if toks[c].text in _POSTPOSITIONS or toks[c].text in _CLAUSE_BREAK:
            return None
    return None


def _marked(toks: list[_Tok], lo: int, hi: int, marker: tuple[str, ...], mentions: list[Mention]) -> list[Mention]:
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


def _opposed(toks: list[_Tok], lo: int, actor: Mention, mentions: list[Mention]) -> list[Mention]:
    """`X का विरोध करने वाले सैकड़ों प्रदर्शनकारियों ने नारे लगाए`: protesters described as opposing X
    protest against X. The target of the participle (`… करने वाले`) before the actor's phrase."""
    k = next((t for t, tok in enumerate(toks) if tok.start == actor[0]), 0) - 1
    while k >= lo and (toks[k].text in _QUANTIFIERS or toks[k].text.isdigit()):
        k -= 1
    if k <= lo or toks[k].text not in _PARTICIPLE_VALA:
        return []
    lexicon = load_lexicon()
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        for pred in lexicon.by_first.get(toks[j].text, ()):
            if pred.type in {"PROTEST", "ACCUSE"} and _match(toks, j, pred) == k:
                for marker in pred.targets:
                    found = (_genitive_target(toks, lo, j, mentions) if marker == ("की",)
                             else _marked(toks, lo, j, marker, mentions))
                    if found:
                        return found
    return []


def _before_parenthesis(toks: list[_Tok], lo: int, k: int) -> int:
    """`प्रदर्शनकारियों - जिनमें कुछ कुर्द थे - ने`: the phrase a postposition marks ends before an
    aside set off by dashes."""
    if k - 1 <= lo or toks[k - 1].text not in _DASHES:
        return k
    j = next((j for j in range(k - 2, lo - 1, -1) if toks[j].text in _DASHES), None)
    return j if j is not None else k


def _possessor(toks: list[_Tok], lo: int, k: int, mentions: list[Mention]) -> list[Mention]:
    """`तालिबान के लोगों को`, `सीरिया की क्षेत्रीय अखंडता की`: a phrase whose head is no actor stands for
    the actor that owns it, a genitive a few words before the postposition."""
    for j in range(k - 1, max(lo, k - _POSSESSOR_REACH) - 1, -1):
        if toks[j].text == "में" and j >= 2 and toks[j - 1].text in _LED_BY and toks[j - 2].text in _GENITIVE:
            return _conjuncts(toks, j - 2, mentions)  # `X के नेतृत्व में जांच को`: the X-led inquiry
        if toks[j].text in _POSTPOSITIONS - _GENITIVE:
            return []
        if toks[j].text in _GENITIVE and j < k - 1:
            if toks[j + 1].text in _COMPOUND_HEADS:
                return []  # `X के मुताबिक कई नेताओं को`: an adverbial, no owner of the phrase
            return _conjuncts(toks, j, mentions)
    return []


def _genitive_target(toks: list[_Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """`X की प्रशंसा`, `X के प्रयासों की सराहना`: the nearest genitive phrase before the trigger."""
    for k in range(i - 1, lo - 1, -1):
        if toks[k].text in _GENITIVE:
            found = _conjuncts(toks, k, mentions)
            if found:
                return _coordinated_owners(toks, lo, found, mentions) + found
        elif toks[k].text in {"ने", "को", "से", "पर"}:
            return []
    return []


def _coordinated_owners(toks: list[_Tok], lo: int, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
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


def _subject(toks: list[_Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """The unmarked subject: the clause's first mention, when its phrase takes no postposition
    (`रूस यूक्रेन से बात करेगा`; not `असद और उनकी पत्नी को …`, whose phrase ends in को), or the
    owner of an intention (`X का उद्देश्य Y को तबाह करना है`: X's aim)."""
    starts = {tok.start: t for t, tok in enumerate(toks)}
    ends = {tok.end: t for t, tok in enumerate(toks)}
    first = next((m for m in mentions if m[0] in starts and lo <= starts[m[0]] < i), None)
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


def _intent_noun(toks: list[_Tok], k: int, i: int) -> bool:
    """An intention noun at token k (one modifier allowed before it: कथित उद्देश्य)."""
    return any(toks[j].text in _INTENT for j in range(k, min(k + 2, i)))


def _roles(
    text: str, toks: list[_Tok], i: int, end: int, pred: Predicate, mentions: list[Mention],
    all_mentions: list[Mention], n: int, sentence: Sentence, times: list[TimeExpr],
    quoted: list[tuple[int, int, str | None]],
) -> list[Event]:
    lo, hi = _clause(toks, i, end)
    if pred.nominal:  # a bare noun's actors stand right before it (`A और B के बीच हुआ समझौता`)
        if i > 0 and toks[i - 1].text in _DEMONSTRATIVES:
            return []  # `इस बातचीत में`: the talks already told of
        lo, hi = max(lo, i - _NOMINAL_REACH), end
    if pred.mode == "meet" and not pred.light and (
        _marked(toks, lo, i, ("को",), mentions) or any(t.text in _DATIVE_PRONOUNS for t in toks[lo:i])
    ):
        return []  # `Y को X से मदद मिलती है`: with a dative, मिलना is "to get", not "to meet"
    passive = _passive(toks, end)
    # a passive takes no ने agent: in `जिन्हें X ने पकड़ा है उन्हें रिहा किया जाए`, X did the arresting
    sources = [] if passive else _marked(toks, lo, i, ("ने",), mentions)
    confidence = 0.8 if not pred.nominal else 0.5
    if not sources:
        for marker in _AGENT_MARKERS:
            sources = _marked(toks, lo, hi, marker, mentions)
            if sources:
                break
    if not sources and _participle(toks, end):  # `X से बात करते हुए Y ने कहा`: the main clause's agent
        sources = _marked(toks, end, hi, ("ने",), mentions)[:1]
    relative = _relative(toks, lo, mentions)
    if not sources and relative is not None and relative[0] == "ने":
        if relative[1] is None:
            return []  # `… जिन्होंने Y का समर्थन किया`: an agent stated but not named
        sources = [relative[1]]
    if not sources and (speaker := _first_person_speaker(toks, lo, i, quoted)):
        sources = [m for m in all_mentions if m[2] == speaker and m[1] <= toks[i].start][-1:]
    if not sources and _pronoun_agent(toks, lo, i):
        ref = antecedent(text, all_mentions, toks[i].start, None)
        sources = [m for m in all_mentions if m[2] == ref][-1:] if ref else []
        confidence -= 0.1
    targets: list[Mention] = []
    for marker in pred.targets:
        if marker == ("की",):
            targets = _genitive_target(toks, lo, i, mentions)
        else:
            targets = _marked(toks, lo, hi, marker, mentions)
        if not targets and relative is not None and relative[1] is not None and relative[0] == marker[-1]:
            targets = [relative[1]]
        targets = [t for t in targets if t not in sources]
        if marker == ("के", "बीच") and not sources and len(targets) > 1:
            sources, targets = targets[:1], targets[1:]  # `A और B के बीच समझौता`: between the two
        if targets:
            break
    if not sources and passive and pred.mode in _BY_COURTS:
        sources = _court(text, all_mentions, toks[i].start)
    if not sources and not passive:
        sources = [s for s in _subject(toks, lo, i, mentions) if s not in targets]
        confidence -= 0.1
    if pred.type in _RECIPROCAL and not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # `A और B मिले`: they met each other
    speaker = _speaker_at(toks[i].start, quoted)
    speaker_mention = [m for m in all_mentions if m[2] == speaker and m[1] <= toks[i].start][-1:]
    if pred.type in _RECIPROCAL and targets and not sources and not passive:
        sources = [m for m in speaker_mention if m[2] not in {t[2] for t in targets}]  # X ने कहा कि Y
        confidence -= 0.2  # से वार्ता चल रही है: X's side is in the talks
    if not targets and speaker_mention and _object_pronoun(toks, lo, i, pred):
        targets = [m for m in speaker_mention if m not in sources]  # X का कहना है कि सेना ने उन्हें …
    if not targets and pred.type == "PROTEST" and sources:
        targets = _opposed(toks, lo, sources[0], mentions)
    if not targets and pred.type in _COMMUNICATIVE:
        targets = [m for m in _complement_topic(toks, end, mentions) if m not in sources]
        confidence -= 0.1
    # an actor acting on nobody stated is rarely an event an analyst would code; a noun alone
    # (बातचीत, हमले) needs both its actors to be one
    complete = pred.type in _NEEDS_NO_TARGET or pred.mode in _MODES_NEED_NO_TARGET
    answers = _answers(pred)  # its target may be the other party (code_events)
    if not targets and (pred.nominal or not (complete or answers) or not sources):
        return []
    if not sources and (pred.nominal or not passive):
        return []  # an active clause whose agent is no actor we know (`अनुराग … के साथ काम कर रहे हैं`)
    # a negator inside the trigger is part of its meaning (बातचीत नहीं की: REJECT), not a negation of it
    negated = not any(w in _NEGATION for w in pred.trigger) and any(
        t.text in _NEGATION for t in toks[max(lo, i - 1):end + 1]
    )
    trigger = Span(start=toks[i].start, end=toks[end - 1].end, text=text[toks[i].start:toks[end - 1].end])
    date = next((t for t in times if t.kind == "date" and sentence.start <= t.start < sentence.end), None)
    location = _location(toks, lo, hi, mentions, {m[2] for m in sources + targets})
    events = []
    for src in sources or [None]:
        for tgt in targets or [None]:
            if src and tgt and src[2] == tgt[2]:
                continue
            events.append(Event(
                id="", type=pred.type, mode=pred.mode, cameo=pred.cameo,
                source=src[2] if src else None, target=tgt[2] if tgt else None,
                location=location, date=date.value if date else None,
                date_precision=date.precision if date else None, trigger=trigger, sentence=n, negated=negated,
                modality=_modality(toks, lo, hi, end, trigger.start, quoted), confidence=max(0.1, confidence),
                evidence=f"lexicon:{'+'.join(pred.trigger)}",
            ))
    return events


def _relative(toks: list[_Tok], lo: int, mentions: list[Mention]) -> tuple[str, Mention | None] | None:
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


def _court(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The court named last before `pos`: who hands down a sentence stated in the passive."""
    courts = [m for m in mentions if m[1] <= pos and any(w in text[m[0]:m[1]] for w in _COURT_WORDS)]
    return courts[-1:]


def _participle(toks: list[_Tok], end: int) -> bool:
    """`… करते हुए`, `… करके`: an adverbial participle, whose agent is that of the clause after it."""
    return end < len(toks) and toks[end].text in {"हुए", "हुये"} and toks[end - 1].text.endswith("ते")


def _first_person_speaker(
    toks: list[_Tok], lo: int, i: int, quoted: list[tuple[int, int, str | None]]
) -> str | None:
    """`"हम विद्रोहियों से अपील करते हैं," X ने कहा`: in a quote, "we" and "I" are its speaker."""
    if not any(t.text in _FIRST_PERSON for t in toks[lo:i]):
        return None
    return _speaker_at(toks[i].start, quoted)


def _speaker_at(pos: int, quoted: list[tuple[int, int, str | None]]) -> str | None:
    return next((who for s, e, who in quoted if s <= pos < e), None)


def _object_pronoun(toks: list[_Tok], lo: int, i: int, pred: Predicate) -> bool:
    """In reported speech a third-person object pronoun marked as the predicate's target (`उन्हें`,
    `उन पर`, `उनसे`) refers to the speaker: `X का कहना है कि सेना ने उन्हें निशाना बनाया`."""
    words = [t.text for t in toks[lo:i]]
    pairs = set(pairwise(words))
    for marker in pred.targets:
        if len(marker) == 1 and any(w in _OBJECT_PRONOUNS.get(marker[0], ()) for w in words):
            return True
        if len(marker) == 1 and any((p, marker[0]) in pairs for p in ("उन", "उस")):
            return True
    return False


def _passive(toks: list[_Tok], end: int) -> bool:
    """`हमला किया गया`, `शरण दिए जाने`: a form of जाना right after the predicate."""
    return end < len(toks) and toks[end].text in _PASSIVE


def _complement_topic(toks: list[_Tok], end: int, mentions: list[Mention]) -> list[Mention]:
    """`X ने चेतावनी दी कि Y को …`: what a warning, demand or accusation is about is the first actor of
    the clause it introduces."""
    k = end
    while k < len(toks) and toks[k].text in _AUX | {","}:
        k += 1
    if k >= len(toks) or toks[k].text != "कि":
        return []
    after = [m for m in mentions if m[0] >= toks[k].end]
    return after[:1]


def _pronoun_agent(toks: list[_Tok], lo: int, i: int) -> bool:
    return any(t.text in {"उन्होंने", "उसने", "इन्होंने", "इसने"} for t in toks[lo:i])


def _location(toks: list[_Tok], lo: int, hi: int, mentions: list[Mention], roles: set[str]) -> str | None:
    for k in range(lo, min(hi, len(toks) - 1)):
        if toks[k + 1].text == "में":
            m = _mention_before(toks, k + 1, mentions)
            if m and m[3] in {"GPE", "LOC", "FAC"} and m[2] not in roles:
                return m[2]
    return None


def _modality(toks: list[_Tok], lo: int, hi: int, end: int, start: int, quoted) -> str:
    words = {t.text for t in toks[lo:hi]}
    if words & _CONDITIONAL and ("अगर" in words or "यदि" in words):
        return "hypothetical"
    tail = [t.text for t in toks[end - 1:min(hi, end + 3)]]
    # `रिहा किया जाए` (should be released), `सहयोग कर सकते हैं` (could cooperate): not said to happen
    if tail[1:2] and (tail[1] in _SUBJUNCTIVE_PASSIVE or _MODAL_CAN.match(tail[1])):
        return "hypothetical"
    if any(s <= start < e for s, e, _ in quoted):
        return "reported"
    if any(_FUTURE.search(w) for w in tail) or words & _INTENT:
        return "intended"
    return "asserted"


def _gist(event: Event, pred: Predicate, entities: dict[str, Entity]) -> str:
    def name(entity_id: str | None) -> str:
        entity = entities.get(entity_id or "")
        if entity is None:
            return "someone"
        label = entity.name_en or entity.name
        return f"{label} ({entity.country})" if entity.country and entity.type == "PERSON" else label

    parts = [name(event.source), ("did not " if event.negated else "") + pred.gloss]
    if event.target:
        parts.append(name(event.target))
    if event.location:
        parts.append(f"in {name(event.location)}")
    if event.date:
        parts.append(f"on {event.date}")
    if event.modality != "asserted":
        parts.append(f"({event.modality})")
    return " ".join(parts)
