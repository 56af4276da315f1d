"""Coding one article's events: each lexicon predicate with its roles (`phrases`, `discourse`),
negation, modality (asserted, intended, reported, hypothetical), location, date and an English gist."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ghatna.events.discourse import (
    BY_COURTS,
    accuser,
    both_parties,
    court_of,
    demonstrative_agent,
    denies_accusation,
    first_person_speaker,
    inherit_setting,
    is_answer,
    is_interview,
    judged_event,
    judged_party,
    other_party,
    pair_mentions,
    quote_start,
    refers_to_statement,
    speaker_at,
    statement_author,
)
from ghatna.events.evaluative import GLOSS, evaluative_events
from ghatna.events.lexicon import (
    ASKED_TO,
    INTENT,
    Predicate,
    embedded_infinitive,
    is_asked_to,
    load_lexicon,
    match_predicate,
)
from ghatna.events.phrases import (
    AGENT_MARKERS,
    SUBJUNCTIVE_PASSIVE,
    addressee,
    clause_span,
    complement_topic,
    genitive_target,
    has_object_pronoun,
    is_participle,
    is_passive,
    marked_by,
    opposed_by_participle,
    place_of,
    pronoun_agent,
    relative_clause,
    unmarked_subject,
)
from ghatna.events.tokens import Mention, Quoted, Tok
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.grammar import NEGATORS as _NEGATION
from ghatna.normalize import fold
from ghatna.salience import antecedent
from ghatna.schema import Entity, Event, Sentence, Span, TimeExpr

_INTERROGATIVES = {"क्यों", "क्या", "कैसे", "कब", "कौन", "किसने", "किसे", "किसको", "कहां", "कहाँ"}
_DISPLAY = frozenset(fold(w) for w in ("प्रदर्शन", "प्रदर्शनों"))  # also "display, performance" (of a thing)
_DEMONSTRATIVES = {"इस", "उस", "इन", "उन", "यह", "वह", "ये", "वे", "ऐसी", "ऐसे"}
_MODAL_CAN = re.compile(r"^(?:सक|पा)(?:ता|ती|ते|ें|े|ेगा|ेगी|ेंगे)$")
_DATIVE_PRONOUNS = {"मुझे", "हमें", "तुम्हें", "उन्हें", "उसे", "इन्हें", "इसे", "आपको", "मुझको", "हमको"}
_FUTURE = re.compile(r"(?:गा|गी|गे|गीं)$")
_CONDITIONAL = {"अगर", "यदि", "बशर्ते", "तो"}
# predicates whose target may be the topic of the clause they introduce (X ने चेतावनी दी कि Y …)
_COMMUNICATIVE = {"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT"}
# events complete with an actor alone: protests, mobilizations, and measures laid on a place or a
# population rather than on an actor (curfews, bans, censorship)
_NEEDS_NO_TARGET = {"PROTEST", "MOBILIZE"}
_OCCURRED = {"हुए", "हुई", "हुआ", "हुये", "हुयी"}  # `… हुई बैठक`: a meeting that took place
_SPEECH_ACTS = {"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT"}  # said again and again, each an act
_JUDGING = {"ACCUSE", "SUPPORT"}  # criticism and praise may judge a statement, and so its author
_RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}  # done with each other when both actors are the subject
_MODES_NEED_NO_TARGET = {"curfew", "ban", "censor", "martial-law", "alert"}
_NOMINAL_REACH = 8  # tokens before a bare noun trigger where its actors may stand


def code_events(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    entities: list[Entity],
    times: list[TimeExpr],
    quoted: Sequence[Quoted] = (),
) -> list[Event]:
    """Events of the article, one per (type, source, target), in text order."""
    lexicon = load_lexicon()
    by_id = {e.id: e for e in entities}
    events: dict[tuple[str, str | None, str | None, str], Event] = {}
    for n, sentence in enumerate(sentences):
        toks = [Tok(s, e, fold(text[s:e])) for s, e in sentence.tokens]
        sent_mentions = [m for m in mentions if sentence.start <= m[0] and m[1] <= sentence.end]
        i = 0
        while i < len(toks):
            matches = [(pred, end) for pred in lexicon.by_first.get(toks[i].text, ())
                       if (end := match_predicate(toks, i, pred)) is not None]
            if not matches and is_asked_to(toks, i):
                matches = [(ASKED_TO, i + 1)]
            if not matches:
                i += 1
                continue
            # the longest reading wins (छापा मारा over मारा); equal readings of several types compete
            best = max(len(p.trigger) * 10 + (e - i) for p, e in matches)
            readings = [(p, e) for p, e in matches if len(p.trigger) * 10 + (e - i) == best]
            pred, end = readings[0]
            embedded = embedded_infinitive(toks, end)
            if embedded == "drop":
                i = end
                continue
            found = _roles(text, toks, i, end, pred, sent_mentions, mentions, n, sentence, times, quoted)
            if not found and pred.type in _RECIPROCAL and (pair := both_parties(toks, i, events.values())):
                # `दोनों नेताओं ने … पर सहमति जताई`: the two parties of the latest bilateral event
                found = _roles(text, toks, i, end, pred, sent_mentions, mentions, n, sentence, times, quoted,
                               parties=pair_mentions(pair, mentions, toks[i].start))
            for event in found:
                if is_interview(event, by_id):
                    continue
                if event.target is None and pred.type in _JUDGING and (judged := judged_event(toks, 0, i)):
                    event.target = judged_party(event, judged, events.values())  # the attacker, the parties
                    if event.target is None:
                        continue
                elif event.target is None and is_answer(pred):
                    denial = pred.type == "REJECT" and denies_accusation(toks, 0, i)
                    if denial:
                        event.target = accuser(event, events.values())  # the denial answers the accuser
                    event.target = event.target or other_party(event, events.values())
                    if event.target is None and not denial:
                        continue  # a denial of accusations is an event even when the accuser is unnamed
                    event.confidence = max(0.1, event.confidence - 0.2)
                if embedded == "intended":
                    event.modality = "intended"
                pred = _disambiguate([p for p, _ in readings], event, by_id)
                event.type, event.mode, event.cameo = pred.type, pred.mode, pred.cameo
                # one record per event: the same type with the same actors is one event told twice
                # (headline `बातचीत की`, body `मुलाकात की`); but a speech act by another predicate
                # (`इनकार किया`, later `ठुकरा दिया`) is another act
                key = (event.type, event.source, event.target, pred.trigger[0] if pred.type in _SPEECH_ACTS else "")
                if key not in events or _fuller(event, events[key]):
                    event.gist_en = _gist(event, pred.gloss, by_id)
                    events[key] = event
            i = end
    coded = {(e.type, e.source, e.target) for e in events.values()}
    for event in evaluative_events(text, sentences, mentions, quoted):
        key = (event.type, event.source, event.target, event.evidence or "")
        if (event.type, event.source, event.target) not in coded and key not in events:
            event.gist_en = _gist(event, GLOSS[event.type], by_id)
            events[key] = event
    ordered = sorted(events.values(), key=lambda e: e.trigger.start)
    inherit_setting(ordered, text, sentences, mentions, times)
    for i, event in enumerate(ordered):
        event.id = f"v{i}"
    return ordered


def _fuller(new: Event, old: Event) -> bool:
    """Which telling of one event to keep: the more confident, then the one that says where and when."""
    return (new.confidence, new.date is not None, new.location is not None) > (
        old.confidence, old.date is not None, old.location is not None)


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


def _roles(
    text: str, toks: list[Tok], i: int, end: int, pred: Predicate, mentions: list[Mention],
    all_mentions: list[Mention], n: int, sentence: Sentence, times: list[TimeExpr],
    quoted: list[Quoted],
    parties: tuple[Mention, Mention] | None = None,
) -> list[Event]:
    lo, hi = clause_span(toks, i, end)
    if pred.nominal:  # a bare noun's actors stand right before it (`A और B के बीच हुआ समझौता`)
        if any(t.text in _DEMONSTRATIVES for t in toks[max(0, i - 3):i]):
            return []  # `इस बातचीत में`, `इस तरह की बातचीत`: talks already told of, or a kind of talks
        happened = i > 0 and toks[i - 1].text in _OCCURRED  # `… के बीच हुए शिखर सम्मेलन में`
        if end < len(toks) and toks[end].text == "में" and not happened:
            return []  # `बातचीत में सहयोग`: the setting of another predicate
        lo, hi = max(lo, i - _NOMINAL_REACH), end
    if pred.trigger[0] in _DISPLAY and i > 1 and toks[i - 1].text in _GENITIVE and not any(
        m[1] == toks[i - 2].end for m in mentions
    ):
        return []  # `मौजूदगी का प्रदर्शन`: a display of something, not a demonstration by someone
    if pred.mode == "meet" and not pred.light and (
        marked_by(toks, lo, i, ("को",), mentions) or any(t.text in _DATIVE_PRONOUNS for t in toks[lo:i])
    ):
        return []  # `Y को X से मदद मिलती है`: with a dative, मिलना is "to get", not "to meet"
    passive = is_passive(toks, end)
    # a passive takes no ने agent: in `जिन्हें X ने पकड़ा है उन्हें रिहा किया जाए`, X did the arresting
    sources = [] if passive else marked_by(toks, lo, i, ("ने",), mentions)
    confidence = 0.8 if not pred.nominal else 0.5
    if not sources:
        for marker in AGENT_MARKERS:
            sources = marked_by(toks, lo, hi, marker, mentions)
            if sources:
                break
    if not sources and is_participle(toks, end):  # `X से बात करते हुए Y ने कहा`: the main clause's agent
        sources = marked_by(toks, end, hi, ("ने",), mentions)[:1]
    relative = relative_clause(toks, lo, mentions)
    if not sources and relative is not None and relative[0] == "ने":
        if relative[1] is None:
            return []  # `… जिन्होंने Y का समर्थन किया`: an agent stated but not named
        sources = [relative[1]]
    if not sources and (speaker := first_person_speaker(toks, lo, i, quoted)):
        sources = [m for m in all_mentions if m[2] == speaker and m[1] <= toks[i].start][-1:]
    if not sources and (sources := demonstrative_agent(toks, lo, i, all_mentions)):
        confidence -= 0.1
    if not sources and (pronoun := pronoun_agent(toks, lo, i)):
        # the person in focus before the pronoun: names between it and the predicate are its objects
        ref = antecedent(text, all_mentions, pronoun.start, None)
        sources = [m for m in all_mentions if m[2] == ref][-1:] if ref else []
        confidence -= 0.1
    targets: list[Mention] = []
    for marker in pred.targets:
        if marker == ("की",):
            targets = genitive_target(toks, lo, i, mentions)
        else:
            targets = marked_by(toks, lo, i, marker, mentions)  # Hindi states a predicate's arguments before it
        if not targets and relative is not None and relative[1] is not None and relative[0] == marker[-1]:
            targets = [relative[1]]
        targets = [t for t in targets if t not in sources]
        if marker == ("के", "बीच") and (not sources or pred.nominal) and len(targets) > 1:
            # `A और B के बीच समझौता`: between the two (`X ने A और B के बीच वार्ता की योजना पर चर्चा की`: not X's)
            sources, targets = targets[:1], targets[1:]
        if targets:
            break
    if not sources and passive and pred.mode in BY_COURTS:
        sources = court_of(text, all_mentions, toks[i].start)
    if not sources and not passive:
        sources = [s for s in unmarked_subject(toks, lo, i, mentions) if s not in targets]
        confidence -= 0.1
    if parties and not sources and not targets:
        sources, targets = [parties[0]], [parties[1]]
    if pred.type in _RECIPROCAL and not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # `A और B मिले`: they met each other
    speaker = speaker_at(toks[i].start, quoted)
    speaker_mention = [m for m in all_mentions if m[2] == speaker and m[1] <= toks[i].start][-1:]
    if pred.type in _RECIPROCAL and targets and not sources and not passive:
        sources = [m for m in speaker_mention if m[2] not in {t[2] for t in targets}]  # X ने कहा कि Y
        confidence -= 0.2  # से वार्ता चल रही है: X's side is in the talks
    if not targets and speaker_mention and has_object_pronoun(toks, lo, i, pred):
        # `X का कहना है कि सेना ने उन्हें …`: "them" is the speaker, unless the quote named others before
        acting = {s[2] for s in sources}
        earlier = [m for m in mentions if quote_start(toks[i].start, quoted) <= m[0] and m[1] <= toks[i].start
                   and m[2] not in acting]
        targets = [m for m in earlier[-1:] or speaker_mention if m[2] not in acting]
    if not targets and sources and not speaker_mention and has_object_pronoun(toks, lo, i, pred, genitive=True):
        # `उत्तर कोरिया ने … उनकी निंदा की`: him, her, them: the person in focus, not the agent
        ref = antecedent(text, [m for m in all_mentions if m[2] not in {s[2] for s in sources}], toks[i].start, None)
        targets = [m for m in all_mentions if m[2] == ref and m[1] <= toks[i].start][-1:]
        confidence -= 0.1
    if not targets and pred.type == "PROTEST" and sources:
        targets = opposed_by_participle(toks, lo, sources[0], mentions)
    if not targets and pred.type in _COMMUNICATIVE:
        targets = [m for m in addressee(toks, lo, i, mentions) if m not in sources]
        if not targets:
            targets = [m for m in complement_topic(toks, end, mentions) if m not in sources]
            confidence -= 0.1
    if not targets and pred.type in _JUDGING and sources and refers_to_statement(toks, lo, i):
        # `भाजपा ने इसकी आलोचना की`, `इस बयान पर ऐतराज जताया`: the author of the statement
        author = statement_author(toks[i].start, quoted, {s[2] for s in sources})
        targets = [m for m in all_mentions if m[2] == author][:1]
    # an actor acting on nobody stated is rarely an event an analyst would code; a noun alone
    # (बातचीत, हमले) needs both its actors to be one
    complete = pred.type in _NEEDS_NO_TARGET or pred.mode in _MODES_NEED_NO_TARGET
    if not targets and pred.mode in _MODES_NEED_NO_TARGET and (place := place_of(toks, lo, hi, mentions, set())):
        targets = [m for m in mentions if m[2] == place][-1:]  # `कश्मीर में कर्फ्यू लगा`: on Kashmir
    # its target may be the other party, or a party to the event it judges (code_events)
    answers = is_answer(pred) or (pred.type in _JUDGING and judged_event(toks, lo, i) is not None)
    if not targets and (pred.nominal or not (complete or answers) or not (sources or pred.type == "PROTEST")):
        return []
    if not sources and (pred.nominal or not passive) and pred.type != "PROTEST":
        return []  # an active clause whose agent is no actor we know (`अनुराग … के साथ काम कर रहे हैं`)
    # a negator inside the trigger is part of its meaning (बातचीत नहीं की: REJECT), not a negation of it
    negated = not any(w in _NEGATION for w in pred.trigger) and any(
        t.text in _NEGATION for t in toks[max(lo, i - 1):end + 1]
    )
    trigger = Span(start=toks[i].start, end=toks[end - 1].end, text=text[toks[i].start:toks[end - 1].end])
    date = next((t for t in times if t.kind == "date" and sentence.start <= t.start < sentence.end), None)
    location = place_of(toks, lo, hi, mentions, {m[2] for m in sources + targets})
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


def _modality(toks: list[Tok], lo: int, hi: int, end: int, start: int, quoted) -> str:
    words = {t.text for t in toks[lo:hi]}
    if words & _CONDITIONAL and ("अगर" in words or "यदि" in words):
        return "hypothetical"
    in_quote = any(s <= start < e for s, e, _, _ in quoted)
    if not in_quote and toks[-1].text == "?" and any(t.text in _INTERROGATIVES for t in toks):
        return "hypothetical"  # `… क्यों मारा जाता है?`: a question asks, it does not say it happened
    tail = [t.text for t in toks[end - 1:min(hi, end + 3)]]
    # `रिहा किया जाए` (should be released), `सहयोग कर सकते हैं` (could cooperate): not said to happen
    if tail[1:2] and tail[1] == "जा":
        tail = tail[1:]  # `किया जा सकता है`: the modal follows the passive stem
    if tail[1:2] and (tail[1] in SUBJUNCTIVE_PASSIVE or _MODAL_CAN.match(tail[1])):
        return "hypothetical"
    if in_quote:
        return "reported"
    if any(_FUTURE.search(w) for w in tail) or words & INTENT:
        return "intended"
    return "asserted"


def _gist(event: Event, gloss: str, entities: dict[str, Entity]) -> str:
    def name(entity_id: str | None) -> str:
        entity = entities.get(entity_id or "")
        if entity is None:
            return "someone"
        label = entity.name_en or entity.name
        return f"{label} ({entity.country})" if entity.country and entity.type == "PERSON" else label

    parts = [name(event.source), ("did not " if event.negated else "") + gloss]
    if event.target:
        parts.append(name(event.target))
    if event.location:
        parts.append(f"in {name(event.location)}")
    if event.date:
        parts.append(f"on {event.date}")
    if event.modality != "asserted":
        parts.append(f"({event.modality})")
    return " ".join(parts)
