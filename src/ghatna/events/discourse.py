"""Roles that come from beyond the clause: the speaker of a quote (`हम` in a quote, the party to
talks it reports), the other party a demand or a refusal answers, the court that hands down a
sentence stated in the passive; and interviews, which are no consultation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from ghatna.events.lexicon import Predicate
from ghatna.events.phrases import place_of
from ghatna.events.tokens import Mention, Quoted, Tok
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.normalize import fold
from ghatna.schema import Entity, Event, Sentence, TimeExpr

BY_COURTS = {"sentence", "convict", "acquit"}  # modes only a court performs (sentencing, acquittal)
_COURT_WORDS = ("अदालत", "कोर्ट", "न्यायालय", "ट्रिब्यूनल", "न्यायाधिकरण")
_JUDGES_COURT = re.compile(r"\s+(?:की|के)\s+(?:" + "|".join(_COURT_WORDS) + r")")
_REPORTED_SELF = {"वह", "वे", "उन्होंने", "उसने"}
_FIRST_PERSON = {"मैं", "मैंने", "हम", "हमने", "हमलोग", "हमलोगों", "हम लोग"}
_RESPONSES = {"REQUEST", "REJECT"}  # with no target stated, they answer the other party (`other_party`)
_ANSWERING = tuple(fold(w) for w in (  # the demands, appeals and refusals among them
    "इनकार", "इंकार", "खंडन", "खारिज", "ख़ारिज", "ठुकरा", "अस्वीकार", "नकार", "मना", "मांग", "माँग", "अपील", "आग्रह",
    "अनुरोध", "निवेदन", "गुहार", "आह्वान",
    "आरोप", "दाव", "खबर", "रिपोर्ट",  # `आरोपों को बेबुनियाद बताया`: a denial of what was claimed
))
_PARTY_REACH = 2
_PARTIES = frozenset(fold(w) for w in (
    "नेताओं", "नेता", "पक्षों", "पक्ष", "देशों", "देश", "मंत्रियों", "सरकारों", "प्रतिनिधिमंडलों", "राष्ट्रों",
))
_THREAD = 10  # sentences back where an event of the same story thread lends its date and place
_SETTING_REACH = 3  # sentences back where a date or a place is taken from the text itself
_STATEMENT_REACH = 4  # tokens before a judging predicate where "this (statement)" may stand
_ATTACKS = (
    "हमले", "हमलों", "हमला", "हिंसा", "हत्या", "हत्याओं", "धमाके", "धमाकों", "विस्फोट", "विस्फोटों", "गोलीबारी",
    "बमबारी", "नरसंहार", "कत्लेआम", "क़त्लेआम",
)
_AGREEMENTS = ("समझौते", "समझौता", "समझौतों", "युद्धविराम", "युद्ध विराम", "संघर्षविराम", "संघर्ष विराम", "करार", "संधि", "डील")
# event nouns a judging predicate may take as its object, and the kind of event they name
_JUDGED = {fold(w): "ASSAULT" for w in _ATTACKS} | {fold(w).split()[-1]: "AGREE" for w in _AGREEMENTS}
_ACCUSATIONS = frozenset(fold(w) for w in ("आरोप", "आरोपों", "इल्जाम", "इल्ज़ाम", "इल्जामों", "दावे", "दावों"))
_THIS = {"इस", "उस"}
_MODIFIERS_REACH = 3  # words between "this" and its noun (`इस चरमपंथी संगठन ने`)
# nouns that refer back to an actor of a kind: "this organization", "this country", "this leader"
_KIND_NOUNS = {fold(w): kind for kind, words in (
    ("ORG", ("संगठन", "समूह", "गुट", "दल", "पार्टी", "सेना", "संस्था", "संस्थान", "कंपनी", "एजेंसी", "मोर्चा")),
    ("GPE", ("देश", "राष्ट्र", "मुल्क")),
    ("PERSON", ("नेता", "व्यक्ति", "शख्स", "शख़्स", "अधिकारी")),
) for w in words}
_THIS_OF = {"इसकी", "इसका", "इसके", "इनकी", "इनका", "इनके"}
_DEMONSTRATIVE = {"इस", "इन", "उस", "उन", "ऐसे", "ऐसी"}
_STATEMENTS = frozenset(fold(w) for w in (
    "बयान", "बयानों", "टिप्पणी", "टिप्पणियों", "भाषण", "दावे", "दावा", "दावों", "ट्वीट", "पोस्ट", "धमकी", "चेतावनी",
))


def is_answer(pred: Predicate) -> bool:
    """A demand, an appeal or a refusal: said to someone even where the clause does not name them."""
    return pred.type in _RESPONSES and not pred.nominal and any(w.startswith(_ANSWERING) for w in pred.trigger)


def other_party(event: Event, earlier: Iterable[Event]) -> str | None:
    """Whom a demand or a refusal with no stated target answers: the other party of the latest event
    (in this or the previous two sentences) that involved its source. `B ने A पर आरोप लगाया … A ने
    इनकार किया और … रिहाई की मांग की`: A's denial and demand answer B."""
    for other in _told_before(event, earlier):
        if event.sentence - other.sentence > _PARTY_REACH:
            continue
        roles = {other.source, other.target}
        if event.source in roles and None not in roles:
            return (roles - {event.source}).pop()
    return None


def demonstrative_agent(toks: list[Tok], lo: int, i: int, mentions: list[Mention]) -> list[Mention]:
    """`इस संगठन ने`, `इस विद्रोही सेना ने`, `उस देश ने`: "this organization/country" as the agent is the
    latest actor of that kind named before it."""
    for k in range(lo, i - 2):
        if toks[k].text not in _THIS:
            continue
        for j in range(k + 1, min(k + 1 + _MODIFIERS_REACH, i - 1)):
            kind = _KIND_NOUNS.get(toks[j].text)
            if kind is not None and toks[j + 1].text == "ने":
                return [m for m in mentions if m[1] <= toks[k].start and m[3] == kind][-1:]
    return []


def denies_accusation(toks: list[Tok], lo: int, i: int) -> bool:
    """`X ने (इन) आरोपों का खंडन किया`, `आरोपों से इनकार किया`, `आरोपों को बेबुनियाद बताया` (the
    accusation opens the predicate): the refusal answers an accusation."""
    return any(t.text in _ACCUSATIONS for t in toks[max(lo, i - _STATEMENT_REACH):i + 1])


def accuser(event: Event, earlier: Iterable[Event]) -> str | None:
    """Who made the accusation a denial answers: the source of the latest ACCUSE against the denier."""
    for other in _told_before(event, earlier):
        if other.type == "ACCUSE" and other.target == event.source:
            return other.source
    return None


def judged_event(toks: list[Tok], lo: int, i: int) -> str | None:
    """The kind of event a judging predicate judges, when its genitive object names one: `X ने हमले की
    (कड़े शब्दों में) निंदा की` (an ASSAULT), `X ने युद्धविराम का स्वागत किया` (an AGREE)."""
    window = toks[max(lo, i - _STATEMENT_REACH - 1):i]
    for a, b in pairwise(window):
        if b.text in _GENITIVE and (kind := _JUDGED.get(a.text)):
            return kind
    return None


def judged_party(event: Event, kind: str, earlier: Iterable[Event]) -> str | None:
    """Whom judging an event judges: the agent of the latest attack told before it (reactions to an
    attack often follow a long account of it), or a party to the latest agreement other than the judge."""
    for other in _told_before(event, earlier):
        if other.type != kind:
            continue
        parties = [other.source] if kind == "ASSAULT" else [other.source, other.target]
        party = next((p for p in parties if p is not None and p != event.source), None)
        if party is not None:
            return party
    return None


def _told_before(event: Event, earlier: Iterable[Event]) -> list[Event]:
    """The events told before `event`, the latest first."""
    before = [e for e in earlier if e.trigger.start < event.trigger.start]
    return sorted(before, key=lambda e: e.trigger.start, reverse=True)


def is_interview(event: Event, entities: dict[str, Entity]) -> bool:
    """Talking to a news agency or a paper (`एएफ़पी से बात करते हुए`) is an interview, not a CONSULT."""
    roles = (entities.get(event.source or ""), entities.get(event.target or ""))
    return event.type == "CONSULT" and any(e is not None and (e.actor or "").endswith("MED") for e in roles)


def court_of(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The court named last before `pos`: who hands down a sentence stated in the passive; a judge whose
    court it is (`न्यायमूर्ति X की अदालत`) stands for it."""
    courts = [m for m in mentions if m[1] <= pos and (
        any(w in text[m[0]:m[1]] for w in _COURT_WORDS) or _JUDGES_COURT.match(text, m[1]))]
    return courts[-1:]


def first_person_speaker(toks: list[Tok], lo: int, i: int, quoted: list[Quoted]) -> str | None:
    """`"हम विद्रोहियों से अपील करते हैं," X ने कहा`: in a quote, "we" and "I" are its speaker; in reported
    speech, which shifts the person, so are "he" and "they" (`X ने बताया कि वे चुनाव का बहिष्कार करेंगे`)."""
    quote = next((q for q in quoted if q[0] <= toks[i].start < q[1]), None)
    if quote is None:
        return None
    subjects = _FIRST_PERSON if quote[3] else _FIRST_PERSON | _REPORTED_SELF
    return quote[2] if any(t.text in subjects for t in toks[lo:i]) else None


def speaker_at(pos: int, quoted: list[Quoted]) -> str | None:
    return next((who for s, e, who, _ in quoted if s <= pos < e), None)


def quote_start(pos: int, quoted: list[Quoted]) -> int:
    return next((s for s, e, _, _ in quoted if s <= pos < e), pos)


def refers_to_statement(toks: list[Tok], lo: int, i: int) -> bool:
    """The predicate judges something said: `इसकी आलोचना`, `इस बयान पर ऐतराज`, `उनकी इस टिप्पणी की निंदा`."""
    window = [t.text for t in toks[max(lo, i - _STATEMENT_REACH):i]]
    if any(w in _THIS_OF for w in window):
        return True
    return any(a in _DEMONSTRATIVE and b in _STATEMENTS for a, b in pairwise(window))


def statement_author(pos: int, quoted: list[Quoted], exclude: set[str]) -> str | None:
    """Whose statement "this statement" is: the speaker the article quotes most (a story about a remark
    quotes its author at length, often after a lede that reports the reactions first), other than
    `exclude`; ties go to the speaker quoted last before `pos`."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for start, _, who, _ in quoted:
        if who is not None and who not in exclude:
            counts[who] = counts.get(who, 0) + 1
            last[who] = max(last.get(who, -1), start if start < pos else -1)
    return max(counts, key=lambda w: (counts[w], last[w]), default=None)


def both_parties(toks: list[Tok], i: int, earlier: Iterable[Event]) -> tuple[str, str] | None:
    """`दोनों नेताओं/पक्षों/देशों ने …` before token i: the source and target of the latest event with both."""
    if not any(a == "दोनों" and b in _PARTIES for a, b in pairwise(t.text for t in toks[:i])):
        return None
    prior = [e for e in earlier if e.source and e.target and e.trigger.start < toks[i].start]
    last = max(prior, key=lambda e: e.trigger.start, default=None)
    return (last.source, last.target) if last else None


def pair_mentions(pair: tuple[str, str], mentions: list[Mention], pos: int) -> tuple[Mention, Mention] | None:
    """The latest mentions before `pos` of the two parties `both_parties` found."""
    first = [m for m in mentions if m[2] == pair[0] and m[1] <= pos]
    second = [m for m in mentions if m[2] == pair[1] and m[1] <= pos]
    return (first[-1], second[-1]) if first and second else None


def inherit_setting(
    events: list[Event], text: str, sentences: list[Sentence], mentions: list[Mention], times: list[TimeExpr]
) -> None:
    """An event whose clause states no date or place takes them from the story around it, at a lower
    confidence: from the latest earlier event that shares an actor and states them (one story thread:
    `X ने Y से मुलाकात की … दोनों ने सहमति जताई`), else from the two sentences before (the latest date
    expression, the latest place marked by में)."""
    @cache  # sentences are read only where an event needs them
    def place(n: int) -> str | None:
        return _sentence_place(text, sentences[n], mentions)

    @cache
    def date(n: int) -> TimeExpr | None:
        s = sentences[n]
        return next((t for t in reversed(times) if t.kind == "date" and s.start <= t.start < s.end), None)

    for k, event in enumerate(events):
        if event.date and event.location:
            continue
        actors = {event.source, event.target} - {None}
        thread = [e for e in events[:k] if actors & {e.source, e.target} and event.sentence - e.sentence <= _THREAD]
        before = range(event.sentence - 1, max(-1, event.sentence - 1 - _SETTING_REACH), -1)
        if event.date is None:
            prior = next((e for e in reversed(thread) if e.date), None)
            near = None if prior else next((date(n) for n in before if date(n)), None)
            if prior or near:
                event.date = prior.date if prior else near.value
                event.date_precision = prior.date_precision if prior else near.precision
                event.confidence = max(0.1, event.confidence - 0.05)
        if event.location is None:
            prior = next((e for e in reversed(thread) if e.location), None)
            near = None if prior else next((place(n) for n in before if place(n)), None)
            if (prior or near) and (found := prior.location if prior else near) not in actors:
                event.location = found
                event.confidence = max(0.1, event.confidence - 0.05)


def _sentence_place(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    toks = [Tok(s, e, fold(text[s:e])) for s, e in sentence.tokens]
    inside = [m for m in mentions if sentence.start <= m[0] and m[1] <= sentence.end]
    return place_of(toks, 0, len(toks), inside, set())
