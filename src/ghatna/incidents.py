"""Incidents: man-made and natural disasters (attacks, shoot-outs, riots, collisions, fires, floods,
earthquakes, storms …) found by a trained trigger tagger, with place, date and casualties.

The tagger (`models/hi_incidents`, built by `training/incidents.py` from the FIRE 2018 EventXtract-IL
Hindi disaster corpus) is a spaCy NER whose labels are the corpus's 28 incident types, kept as the
corpus names them (FLOODS, EARTHQUAKE, TERRORIST_ATTACK, …). It runs on a `Doc` made from ghatna's
own tokens, so its spans are spans of the cleaned text. Words that were nearly always triggers in
training, and hand-written seed words, are added where it found nothing (`add_cues`); ambiguous trigger
words (हादसे, तूफान, हमले …) take the article's type (`harmonize`). Arguments come from rules over the
other stages' output, because they are already there and the corpus's argument spans are few:

- location: the GPE/LOC/FAC mention of the sentence nearest the trigger (one marked by में first);
- date: the date expression of the sentence nearest the trigger;
- casualties: a number followed, within a few words, by a death or injury phrase (`10 लोगों की मौत`,
  `50 घायल`); the schema has no field for them, so they go into `gist_en`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from ghatna.normalize import fold
from ghatna.packaged_model import PackagedModel, doc_words
from ghatna.schema import Entity, Event, Mention, Sentence, Span, TimeExpr

__all__ = [
    "INCIDENT_TYPES",
    "MODEL_DIR",
    "PLOVER_OF",
    "IncidentDetector",
    "agent_in_clause",
    "casualties",
    "doc_words",
    "find_incidents",
    "plover_events",
]

MODEL_DIR = Path(str(resources.files("ghatna").joinpath("models", "hi_incidents")))
EVIDENCE = "model:hi_incidents"
# Written beside the spaCy pipeline by training: the types each trigger word had in the training data
# ("surface_types"), the words that were a trigger nearly every time they occurred ("cues"), and the
# article-type classifier ("doc_types", "vote_weight").
LEXICON_FILE = "incident_lexicon.json"

# corpus type -> English gloss for gist_en
INCIDENT_TYPES: dict[str, str] = {
    "TERRORIST_ATTACK": "Terrorist attack",
    "SUICIDE_ATTACK": "Suicide attack",
    "NORMAL_BOMBING": "Bombing",
    "SHOOT_OUT": "Shoot-out",
    "ARMED_CONFLICTS": "Armed conflict",
    "RIOTS": "Riot",
    "VEHICULAR_COLLISION": "Road accident",
    "TRAIN_COLLISION": "Train accident",
    "AVIATION_HAZARD": "Air accident",
    "TRANSPORT_HAZARDS": "Transport accident",
    "INDUSTRIAL_ACCIDENT": "Industrial accident",
    "FIRE": "Fire",
    "FOREST_FIRE": "Forest fire",
    "FLOODS": "Flood",
    "LAND_SLIDE": "Landslide",
    "AVALANCHES": "Avalanche",
    "EARTHQUAKE": "Earthquake",
    "TSUNAMI": "Tsunami",
    "VOLCANO": "Volcanic eruption",
    "STORM": "Storm",
    "CYCLONE": "Cyclone",
    "HURRICANE": "Hurricane",
    "TORNADO": "Tornado",
    "BLIZZARD": "Blizzard",
    "HAIL_STORMS": "Hailstorm",
    "HEAT_WAVE": "Heat wave",
    "COLD_WAVE": "Cold wave",
    "DROUGHT": "Drought",
}

# Hand-written, unambiguous incident words and spelling variants (not taken from the corpus): cues for
# words the training data has too rarely or not at all (a corpus has one spelling of टॉरनेडो, news has four).
SEED_CUES: dict[str, str] = {
    **dict.fromkeys(["टॉरनेडो", "टोरनेडो", "टॉर्नेडो", "टोर्नेडो", "टारनेडो", "बवंडर"], "TORNADO"),
    **dict.fromkeys(["सुनामी", "त्सुनामी"], "TSUNAMI"),
    **dict.fromkeys(["ज्वालामुखी विस्फोट", "ज्वालामुखी फटने", "ज्वालामुखी फटा", "ज्वालामुखी"], "VOLCANO"),
    **dict.fromkeys(["हिमस्खलन", "एवलांच", "एवलांश"], "AVALANCHES"),
    **dict.fromkeys(["भूस्खलन", "लैंडस्लाइड"], "LAND_SLIDE"),
    **dict.fromkeys(["भूकंप", "भूकम्प", "जलजला", "भूकंप के झटके"], "EARTHQUAKE"),
    **dict.fromkeys(["बाढ़", "सैलाब"], "FLOODS"),
    **dict.fromkeys(["चक्रवात", "चक्रवाती तूफान", "साइक्लोन"], "CYCLONE"),
    **dict.fromkeys(["हरिकेन", "हरीकेन", "हरिकेन तूफान"], "HURRICANE"),
    **dict.fromkeys(["बर्फीला तूफान", "बर्फीले तूफान", "बर्फ़ीला तूफ़ान", "बर्फ़ीले तूफ़ान"], "BLIZZARD"),
    **dict.fromkeys(["ओलावृष्टि", "ओले गिरे", "ओले गिरने"], "HAIL_STORMS"),
    **dict.fromkeys(["शीतलहर", "शीत लहर"], "COLD_WAVE"),
    **dict.fromkeys(["लू", "हीट वेव"], "HEAT_WAVE"),
    **dict.fromkeys(["सूखा पड़ा", "सूखे की मार"], "DROUGHT"),
    **dict.fromkeys(["अग्निकांड", "अगलगी"], "FIRE"),
    **dict.fromkeys(["दावानल", "जंगल में आग", "जंगलों में आग"], "FOREST_FIRE"),
    **dict.fromkeys(["आत्मघाती हमला", "आत्मघाती हमले", "आत्मघाती विस्फोट", "फिदायीन हमला", "फिदायीन हमले"],
                    "SUICIDE_ATTACK"),
    **dict.fromkeys(["आतंकी हमला", "आतंकी हमले", "आतंकवादी हमला", "आतंकवादी हमले"], "TERRORIST_ATTACK"),
    **dict.fromkeys(["बम विस्फोट", "बम धमाका", "बम धमाके", "सीरियल ब्लास्ट"], "NORMAL_BOMBING"),
    **dict.fromkeys(["मुठभेड़", "गोलीबारी", "फायरिंग"], "SHOOT_OUT"),
    **dict.fromkeys(["दंगा", "दंगे", "सांप्रदायिक हिंसा", "पथराव"], "RIOTS"),
    **dict.fromkeys(["सड़क हादसा", "सड़क हादसे", "सड़क दुर्घटना"], "VEHICULAR_COLLISION"),
    **dict.fromkeys(["रेल हादसा", "रेल हादसे", "ट्रेन हादसा", "ट्रेन हादसे", "रेल दुर्घटना", "पटरी से उतर"],
                    "TRAIN_COLLISION"),
    **dict.fromkeys(["विमान हादसा", "विमान हादसे", "विमान दुर्घटना", "प्लेन क्रैश", "विमान दुर्घटनाग्रस्त"],
                    "AVIATION_HAZARD"),
}

_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_DEFAULT_CONFIDENCE = 0.6  # used when the model's meta carries no dev-set precision for a type

_NUMBER_WORDS = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
    "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15,
    "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40,
    "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90, "सौ": 100, "दर्जन": 12,
}
_MULTIPLIERS = {"सौ": 100, "हजार": 1000, "हज़ार": 1000, "लाख": 100_000}
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
# a casualty phrase is a number, at most this many words, then the cue (10 लोगों की मौत, 4 जवान शहीद)
_CUE_REACH = 4
_DEAD = re.compile(r"^(?:की मौत|की मृत्यु|की जान|मारे गए|मारे गये|मारे जा|मौत|मृत|मरे|शहीद|ने दम तोड़|जिंदा जल|ज़िंदा जल)")
_HURT = re.compile(r"^(?:घायल|जख्मी|ज़ख्मी|चोटिल|ज़ख़्मी)")
# "the death toll rose to N": the cue comes first
_TOLL = re.compile(r"(?:मृतकों|मरने वालों|मृतक)\s+की\s+संख्या\s+(?:बढ़कर\s+|अब\s+)?(\S+)")


@dataclass(frozen=True)
class Casualties:
    dead: int | None = None
    injured: int | None = None


def _number(words: list[str], i: int) -> tuple[int, int] | None:
    """The number starting at word `i` (`10`, `१०`, `दस`, `2 हजार`) and the index after it."""
    w = words[i].translate(_DIGITS).replace(",", "")
    if w.isdigit() and len(w) < 7:
        value = int(w)
    elif w in _NUMBER_WORDS:
        value = _NUMBER_WORDS[w]
    else:
        return None
    j = i + 1
    if j < len(words) and words[j] in _MULTIPLIERS:
        value *= _MULTIPLIERS[words[j]]
        j += 1
    return value, j


def casualties(sentence_text: str) -> Casualties:
    """Dead and injured counts stated in a sentence (the largest of each)."""
    words = sentence_text.split()
    dead: list[int] = []
    hurt: list[int] = []
    for i in range(len(words)):
        found = _number(words, i)
        if found is None:
            continue
        value, j = found
        for k in range(j, min(len(words), j + _CUE_REACH)):
            tail = " ".join(words[k : k + 4]).strip(",।.")
            if _DEAD.match(tail):
                dead.append(value)
                break
            if _HURT.match(tail):
                hurt.append(value)
                break
            if _number(words, k) is not None:  # the next number owns what follows
                break
    for m in _TOLL.finditer(sentence_text):
        found = _number([m.group(1).strip(",।.")], 0)
        if found:
            dead.append(found[0])
    return Casualties(max(dead) if dead else None, max(hurt) if hurt else None)


def widen_vectors(nlp):  # a spacy.Language, returned with float32 static vectors
    """The packaged floret table is stored in float16 to halve its size on disk (see
    training/incidents.py: `store_half_vectors`); spaCy loads such a table but cannot compute with it,
    so it is cast back to float32 once, at load time."""
    vectors = nlp.vocab.vectors
    data = getattr(vectors, "data", None)
    if data is not None and getattr(data, "dtype", None) is not None and data.dtype.itemsize < 4:
        vectors.data = data.astype("float32")
    return nlp


class IncidentDetector(PackagedModel):
    """Runs the packaged incident tagger, with its lexicon of cue words and per-type precision."""

    name = "incident model"

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        super().__init__(model_dir)

    @cached_property
    def nlp(self):  # a spacy.Language
        nlp = super().nlp
        return widen_vectors(nlp)

    @cached_property
    def lexicon(self) -> dict[str, Any]:
        path = self.model_dir / LEXICON_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    @cached_property
    def _cues(self) -> dict[str, str]:
        learned = self.lexicon.get("cues", {})
        if not self.lexicon.get("seed_cues", True):
            return dict(learned)
        labels = set(self.nlp.get_pipe("ner").labels)
        veto = set(self.lexicon.get("seed_veto", ()))  # seeds the training data has often and rarely annotated
        seeds = {fold(k): v for k, v in SEED_CUES.items() if v in labels}
        return {**{k: v for k, v in seeds.items() if k not in veto}, **learned}  # learned cues win

    @cached_property
    def _precision(self) -> dict[str, float]:
        # per-type precision on the dev slice, recorded at training time: the confidence of a trigger
        return self.nlp.meta.get("ghatna_incidents", {}).get("dev_precision", {})

    def triggers(self, text: str, sentences: list[Sentence]) -> list[tuple[int, int, str, int]]:
        """(start, end, type, sentence index) of every incident trigger, in text order."""
        if not any(s.tokens for s in sentences):
            return []
        sent_of = [n for n, s in enumerate(sentences) for _ in s.tokens]
        doc, offsets = self.doc(text, sentences)
        words = [t.text for t in doc]
        starts = [bool(t.is_sent_start) for t in doc]
        doc = self.run(doc)
        found = [(e.start, e.end, e.label_) for e in doc.ents]
        keys = [fold(w) for w in words]
        found = add_cues(keys, found, self._cues)
        doc_type = doc_type_scores(keys, starts, self.lexicon.get("doc_types", {}))
        found = harmonize(keys, found, self.lexicon.get("surface_types", {}), doc_type,
                          self.lexicon.get("vote_weight", 0.0), self.lexicon.get("backoff_below", 0))
        return [(offsets[s][0], offsets[e - 1][1], label, sent_of[s]) for s, e, label in found]

    def find(
        self, text: str, sentences: list[Sentence], entities: list[Entity], times: list[TimeExpr]
    ) -> list[Event]:
        """One `Event` per incident trigger, with its place, date and casualties."""
        events: list[Event] = []
        for n, (start, end, label, sent) in enumerate(self.triggers(text, sentences)):
            sentence = sentences[sent]
            place = _nearest_place(text, sentence, sent, start, entities)
            when = _nearest(times, sentence, start, lambda t: t.kind == "date")
            event = Event(
                id=f"inc{n}",
                type=label,
                trigger=Span(start=start, end=end, text=text[start:end]),
                sentence=sent,
                location=place.id if place else None,
                date=when.value if when else None,
                date_precision=when.precision if when else None,
                confidence=round(self._precision.get(label, _DEFAULT_CONFIDENCE), 3),
                evidence=EVIDENCE,
            )
            event.gist_en = _gist(label, place, event.date, casualties(sentence.text))
            events.append(event)
        return events


def add_cues(keys: list[str], found: list[tuple[int, int, str]], cues: dict[str, str]) -> list[tuple[int, int, str]]:
    """Add the words that were a trigger nearly every time in training where the model found none."""
    if not cues:
        return found
    taken = [False] * len(keys)
    for s, e, _ in found:
        taken[s:e] = [True] * (e - s)
    longest = max(len(c.split()) for c in cues)
    added = list(found)
    i = 0
    while i < len(keys):
        for n in range(min(longest, len(keys) - i), 0, -1):
            label = cues.get(" ".join(keys[i : i + n]))
            if label and not any(taken[i : i + n]):
                added.append((i, i + n, label))
                i += n - 1
                break
        i += 1
    return sorted(added)


def doc_type_scores(keys: list[str], starts: list[bool], model: dict) -> dict[str, float]:
    """Probabilities of the article's main incident type: complement naive Bayes over its words.

    Complement NB (Rennie et al. 2003) scores a type by how badly the *other* types' word counts
    explain the article, which keeps large types (STORM) from swallowing small ones (HURRICANE,
    CYCLONE); counts are log-damped; the headline (the first sentence) counts `head_weight` times.
    """
    if not model:
        return {}
    alpha, head, vocab = model["alpha"], model["head_weight"], model["vocab_size"]
    counts, totals = model["counts"], model["totals"]
    grand = sum(totals.values())
    bag: Counter[str] = Counter()
    sentence = -1
    for key, start in zip(keys, starts, strict=True):
        sentence += start
        if key in counts:
            bag[key] += head if sentence == 0 else 1
    word_totals = {w: sum(counts[w].values()) for w in bag}
    scores = {}
    for t in model["prior"]:
        rest = math.log(grand - totals[t] + alpha * vocab)
        scores[t] = -sum(math.log1p(c) * (math.log(word_totals[w] - counts[w].get(t, 0) + alpha) - rest)
                         for w, c in bag.items())
    top = max(scores.values())
    z = sum(math.exp(v - top) for v in scores.values())
    return {t: math.exp(v - top) / z for t, v in scores.items()}


def harmonize(
    keys: list[str],
    found: list[tuple[int, int, str]],
    surface_types: dict[str, dict[str, int]],
    doc_type: dict[str, float] | None = None,
    vote_weight: float = 0.0,
    backoff_below: int = 0,
) -> list[tuple[int, int, str]]:
    """Give an ambiguous trigger word (हादसे, आग, तूफान, हमले …) the article's type.

    The tagger sees a few words either side, but the type of `हादसे` (road, train, industrial …) is set
    by the article: over the training data 92% of an article's triggers share its most frequent type.
    A word seen in training with several types takes, among those, the one the article-level classifier
    (`doc_type_scores`) prefers; without it, the one most of the article's triggers have.
    """
    votes = Counter(label for _, _, label in found)
    out = []
    for s, e, label in found:
        seen = candidate_types(keys[s:e], surface_types, backoff_below)
        if len(seen) > 1:
            if doc_type:
                share = {t: doc_type.get(t, 0.0) + vote_weight * votes[t] / len(found) for t in seen}
                label = max(seen, key=lambda t: (share[t], t == label))
            else:
                best = max(seen, key=lambda t: (votes[t], t == label, seen[t]))
                if votes[best] > votes[label]:
                    label = best
        out.append((s, e, label))
    return out


def candidate_types(
    words: list[str], surface_types: dict[str, dict[str, int]], backoff_below: int = 0
) -> dict[str, int]:
    """The types a trigger can take: those its words were annotated with in training.

    A phrase seen as a trigger fewer than `backoff_below` times (`इस हादसे`, `लगी आग`, `आग लग गई`) also
    takes the types each of its words was seen with on its own (`हादसे`, `आग`): a handful of examples
    of the phrase say less about its type than the many of its head word. Without back-off (0), a
    phrase never seen takes the types of its last word.
    """
    full = surface_types.get(" ".join(words)) or {}
    if not backoff_below:
        return full or surface_types.get(words[-1]) or {}
    if sum(full.values()) >= backoff_below:
        return full
    seen = Counter(full)
    for word in words:
        seen.update(surface_types.get(word) or {})
    return dict(seen)


# man-made violent incidents as PLOVER events: type, mode, CAMEO code (as in data/events.tsv)
PLOVER_OF: dict[str, tuple[str, str | None, str]] = {
    "TERRORIST_ATTACK": ("ASSAULT", None, "180"),
    "SUICIDE_ATTACK": ("ASSAULT", "suicide-attack", "1831"),
    "NORMAL_BOMBING": ("ASSAULT", "explosives", "183"),
    "SHOOT_OUT": ("ASSAULT", "firearms", "193"),
    "ARMED_CONFLICTS": ("ASSAULT", None, "190"),
    "RIOTS": ("PROTEST", "riot", "145"),
}
_ACTOR_TYPES = {"PERSON", "ORG"}
# X ने / X द्वारा / X की ओर से …, or X के आतंकियों ने: the actor of the sentence's attack
_AGENT = re.compile(r"\s*(?:के\s+(?:आतंकि?यों|आतंकवादियों|उग्रवादियों|हमलावरों|नक्सलियों|लड़ाकों|समर्थकों)\s+)?"
                    r"(?:ने|द्वारा|की\s+ओर\s+से|की\s+तरफ\s+से)(?!\S)")
# X ने (इस / हमले की) जिम्मेदारी ली: a claim of responsibility anywhere in the article
_CLAIM = re.compile(r"\s*ने\s+(?:\S+\s+){0,4}?(?:जिम्मेदारी|ज़िम्मेदारी|जिम्मेवारी)\s+(?:ली|लेते|लेने|ले\s+ली)")


def plover_events(text: str, incidents: list[Event], entities: list[Entity]) -> list[Event]:
    """PLOVER ASSAULT (PROTEST for riots) for each man-made violent incident whose actor is stated.

    The actor is a PERSON/ORG mention of the trigger's sentence marked as agent (X ने, X द्वारा, X की ओर
    से, X के आतंकियों ने) before the trigger, or else one that claims responsibility (X ने … जिम्मेदारी
    ली) anywhere in the article. Incidents with no stated actor stay incidents only.
    """
    actors = [(m, e) for e in entities if e.type in _ACTOR_TYPES for m in e.mentions]
    claimed = next((e for m, e in sorted(actors, key=lambda a: a[0].start)
                    if _CLAIM.match(text, m.end, min(len(text), m.end + 80))), None)
    out: list[Event] = []
    for incident in incidents:
        if incident.type not in PLOVER_OF:
            continue
        marked = [(m, e) for m, e in actors
                  if m.sentence == incident.sentence and m.end <= incident.trigger.start
                  and _AGENT.match(text, m.end, min(len(text), m.end + 40))]
        actor = max(marked, key=lambda a: a[0].start)[1] if marked else claimed
        victim = _victim(text, incident, actors) if incident.type != "RIOTS" else None
        if actor is None and victim is None:
            continue
        plover, mode, cameo = PLOVER_OF[incident.type]
        event = incident.model_copy(update={
            "id": f"{incident.id}p", "type": plover, "mode": mode, "cameo": cameo,
            "source": actor.id if actor else None, "target": victim.id if victim else None,
            "evidence": f"{EVIDENCE}+rule:{'actor' if actor else 'victim'}",
        })
        who = (actor.name_en or actor.name) if actor else "someone"
        if victim is not None:
            who += f" against {victim.name_en or victim.name}"
        event.gist_en = f"{who}: {incident.gist_en[0].lower()}{incident.gist_en[1:]}" if incident.gist_en else who
        out.append(event)
    return out


# `X की … हमले में मौत हो गई`, `हमले में X घायल हो गए`: the person the attack killed or wounded
_KILLED_IN = re.compile(r"\s*में\s+(?:\S+\s+){0,4}?(?:मौत|मृत्यु|मारे|मारा|घायल|जख्मी|ज़ख्मी|हत्या)")


def _victim(text: str, incident: Event, actors: list[tuple[Mention, Entity]]) -> Entity | None:
    """The person an attack killed or wounded, named in its sentence: the owner of the death before the
    trigger (`X की … हमले में मौत`), or the person right after it (`हमले में X की मौत`, `… X घायल`)."""
    if not _KILLED_IN.match(text, incident.trigger.end):
        return None
    people = [(m, e) for m, e in actors if e.type == "PERSON" and m.sentence == incident.sentence]
    before = [(m, e) for m, e in people if m.end <= incident.trigger.start and text[m.end:m.end + 4].strip() == "की"]
    after = [(m, e) for m, e in people if m.start >= incident.trigger.end and m.start - incident.trigger.end < 40]
    found = before[-1:] or after[:1]
    return found[0][1] if found else None


_CLAUSE_BREAK = re.compile(r"[,।;:]|\b(?:कि|जो|जिस|जिसमें|जिन्होंने|लेकिन|जबकि)\b")
# `हमला करने का आरोप`, `हमले की आशंका`: an incident only alleged, feared or planned did not happen
_UNREALIZED = re.compile(
    r"\s*(?:\S+ने\s+)?(?:का|की|के)\s+(?:आरोप|दावा|आशंका|ख़तरा|खतरा|डर|धमकी|साज़िश|साजिश|योजना|कोशिश|प्रयास)"
)
_AGENT_REACH = 40  # characters between an incident's stated agent and its trigger
_OBJECT = re.compile(r"\s*(?:\S+\s+)?को\s")  # `हमले को टाल दिया`: the incident is another verb's object
# the incident noun is the predicate (`X ने हमला किया`, `… हमले को अंजाम दिया`, `गोलीबारी की`), not an
# argument of another verb (`X ने हिंसा समाप्त करने की अपील की`, `X ने हमले की कड़ी निंदा की`): की is
# the verb only where a verb's auxiliary, a conjunction or the clause end follows it
_PREDICATE = re.compile(
    r"\s*(?:भी\s+|ही\s+)?(?:कर|किया|किए|किये|की(?=\s*(?:है|हैं|था|थी|थीं|थे|गई|गयी|गईं|जा|और|तथा|तो|लेकिन|जबकि|[,।.?!]|$))|कीं|करके|करते|करने|"
    r"करवाया|कराया|करवाई|कराई|बोल|बोला|बोली|बोले|हुआ|हुई|हुए|फैलाई|फैलाया|भड़काई|भड़काया|को\s+अंजाम|चलाई|चलाईं|चलाया|"
    r"बरसाई|बरसाए|दागे|दागी|दागा|उड़ा|उड़ाया|उड़ाई|मारा|मारी|मारे|[,।.]|$)"
)


def agent_in_clause(text: str, event: Event, entities: list[Entity]) -> bool:
    """An incident's actor counts only when it is the agent of the incident's own clause, close before
    the trigger: the subject of another verb in the sentence did not commit it, nor did anyone an
    incident that is the object of another verb (averted, foiled)."""
    if _OBJECT.match(text, event.trigger.end) or not _PREDICATE.match(text, event.trigger.end):
        return False
    entity = next((e for e in entities if e.id == event.source), None)
    before = [m for m in (entity.mentions if entity else []) if m.end <= event.trigger.start]
    if not before:
        return False
    gap = text[before[-1].end:event.trigger.start]
    return len(gap) <= _AGENT_REACH and not _CLAUSE_BREAK.search(gap)


_default: IncidentDetector | None = None


def find_incidents(
    text: str,
    sentences: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    detector: IncidentDetector | None = None,
) -> list[Event]:
    """Incidents of the article (empty when the model is not installed), without those only alleged,
    feared or planned; see `IncidentDetector.find`."""
    global _default
    if detector is None:
        _default = _default or IncidentDetector()
        detector = _default
    if not detector.available:
        return []
    return [i for i in detector.find(text, sentences, entities, times) if not _UNREALIZED.match(text, i.trigger.end)]


def _nearest_place(text: str, sentence: Sentence, n: int, at: int, entities: list[Entity]) -> Entity | None:
    """The place mention of the sentence nearest the trigger; one followed by में ("in") wins."""
    best: tuple[tuple[int, int], Entity] | None = None
    for entity in entities:
        if entity.type not in _PLACE_TYPES:
            continue
        for m in entity.mentions:
            if m.sentence != n and not (sentence.start <= m.start and m.end <= sentence.end):
                continue
            marked = text[m.end : m.end + 4].strip().startswith("में")
            key = (0 if marked else 1, abs(m.start - at))
            if best is None or key < best[0]:
                best = (key, entity)
    return best[1] if best else None


def _nearest(times: list[TimeExpr], sentence: Sentence, at: int, keep) -> TimeExpr | None:
    inside = [t for t in times if sentence.start <= t.start and t.end <= sentence.end and keep(t)]
    return min(inside, key=lambda t: abs(t.start - at), default=None)


def _gist(label: str, place: Entity | None, date: str | None, toll: Casualties) -> str:
    parts = [INCIDENT_TYPES.get(label, label.replace("_", " ").capitalize())]
    if place:
        parts.append(f"in {place.name_en or place.name}")
    if date:
        parts.append(f"on {date}")
    gist = " ".join(parts)
    if toll.dead is not None:
        gist += f", {toll.dead} dead"
    if toll.injured is not None:
        gist += f", {toll.injured} injured"
    return gist
