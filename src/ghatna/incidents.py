"""Incidents: man-made and natural disasters (attacks, shoot-outs, riots, collisions, fires, floods,
earthquakes, storms …) found by a trained trigger tagger, with place, date and casualties.

The tagger (`models/hi_incidents`, built by `training/incidents.py` from the FIRE 2018 EventXtract-IL
Hindi disaster corpus) is a spaCy NER whose labels are the corpus's 28 incident types, kept as the
corpus names them (FLOODS, EARTHQUAKE, TERRORIST_ATTACK, …). It runs on a `Doc` made from ghatna's
own tokens, so its spans are spans of the cleaned text. Arguments come from rules over the other
stages' output, because they are already there and the corpus's argument spans are too few to train on:

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

from ghatna.errors import GhatnaError
from ghatna.normalize import fold
from ghatna.schema import Entity, Event, Sentence, Span, TimeExpr

__all__ = ["INCIDENT_TYPES", "MODEL_DIR", "IncidentDetector", "casualties", "doc_words", "find_incidents"]

MODEL_DIR = Path(str(resources.files("ghatna").joinpath("models", "hi_incidents")))
EVIDENCE = "model:hi_incidents"
# Written beside the spaCy pipeline by training: the types each trigger word had in the training data
# ("surface_types") and the words that were a trigger nearly every time they occurred ("cues").
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


def doc_words(text: str, sentences: list[Sentence]) -> tuple[list[str], list[bool], list[bool], list[tuple[int, int]]]:
    """Words, spaces, sentence starts and character offsets of a spaCy `Doc` over ghatna's tokens.

    Shared with training so that the model is trained on exactly the tokens it sees at run time.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    offsets: list[tuple[int, int]] = []
    for sentence in sentences:
        for k, (s, e) in enumerate(sentence.tokens):
            words.append(text[s:e])
            spaces.append(e < len(text) and text[e : e + 1].isspace())
            starts.append(k == 0)
            offsets.append((s, e))
    return words, spaces, starts, offsets


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


class IncidentDetector:
    """Runs the packaged incident tagger; `available` is False when the package was built without it."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.model_dir = model_dir

    @property
    def available(self) -> bool:
        return (self.model_dir / "config.cfg").is_file()

    @cached_property
    def nlp(self):  # a spacy.Language; spaCy is imported only when needed
        import spacy

        if not self.available:
            raise GhatnaError(f"the incident model is missing from {self.model_dir}; reinstall ghatna")
        return spacy.load(self.model_dir)

    @property
    def version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('name', 'hi_incidents')}-{meta.get('version', '0')}"

    @cached_property
    def lexicon(self) -> dict[str, dict]:
        path = self.model_dir / LEXICON_FILE
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    @cached_property
    def _precision(self) -> dict[str, float]:
        # per-type precision on the dev slice, recorded at training time: the confidence of a trigger
        return self.nlp.meta.get("ghatna_incidents", {}).get("dev_precision", {})

    def triggers(self, text: str, sentences: list[Sentence]) -> list[tuple[int, int, str, int]]:
        """(start, end, type, sentence index) of every incident trigger, in text order."""
        from spacy.tokens import Doc

        words, spaces, starts, offsets = doc_words(text, sentences)
        if not words:
            return []
        sent_of = [n for n, s in enumerate(sentences) for _ in s.tokens]
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        found = [(e.start, e.end, e.label_) for e in doc.ents]
        keys = [fold(w) for w in words]
        found = add_cues(keys, found, self.lexicon.get("cues", {}))
        doc_type = doc_type_scores(keys, starts, self.lexicon.get("doc_types", {}))
        found = harmonize(keys, found, self.lexicon.get("surface_types", {}), doc_type)
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
    """Log-probabilities of the article's main incident type: multinomial naive Bayes over its words.

    The headline (the first sentence) counts `head_weight` times: it names the incident.
    """
    if not model:
        return {}
    alpha, head, vocab = model["alpha"], model["head_weight"], model["vocab_size"]
    counts, totals = model["counts"], model["totals"]
    bag: Counter[str] = Counter()
    sentence = -1
    for key, start in zip(keys, starts, strict=True):
        sentence += start
        if key in counts:
            bag[key] += head if sentence == 0 else 1
    scores = {}
    for t, n in model["prior"].items():
        denominator = math.log(totals[t] + alpha * vocab)
        scores[t] = math.log(n) + sum(c * (math.log(counts[w].get(t, 0) + alpha) - denominator) for w, c in bag.items())
    return scores


def harmonize(
    keys: list[str],
    found: list[tuple[int, int, str]],
    surface_types: dict[str, dict[str, int]],
    doc_type: dict[str, float] | None = None,
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
        seen = surface_types.get(" ".join(keys[s:e])) or surface_types.get(keys[e - 1]) or {}
        if len(seen) > 1:
            if doc_type:
                label = max(seen, key=lambda t: (doc_type.get(t, -math.inf), t == label))
            else:
                best = max(seen, key=lambda t: (votes[t], t == label, seen[t]))
                if votes[best] > votes[label]:
                    label = best
        out.append((s, e, label))
    return out


_default: IncidentDetector | None = None


def find_incidents(
    text: str,
    sentences: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    detector: IncidentDetector | None = None,
) -> list[Event]:
    """Incidents of the article (empty when the model is not installed); see `IncidentDetector.find`."""
    global _default
    if detector is None:
        _default = _default or IncidentDetector()
        detector = _default
    if not detector.available:
        return []
    return detector.find(text, sentences, entities, times)


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
