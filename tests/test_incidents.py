"""The incident tagger: loads from package data, types incidents in sentences written for these tests,
builds Events with place, date and casualties, trains end to end (`--tiny`), and reaches its
held-out score on the Hindi disaster corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from ghatna.incidents import (
    MODEL_DIR,
    IncidentDetector,
    candidate_types,
    casualties,
    find_incidents,
    harmonize,
    plover_events,
    widen_vectors,
)
from ghatna.schema import Entity, Event, Mention, Span, TimeExpr
from ghatna.segment import segment

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets"
HELD_OUT_F1 = 0.60


@pytest.fixture(scope="module")
def detector() -> IncidentDetector:
    d = IncidentDetector()
    assert d.available, f"no trained incident model at {MODEL_DIR}"
    return d


def _types(detector: IncidentDetector, text: str) -> set[str]:
    return {label for _, _, label, _ in detector.triggers(text, segment(text))}


def test_loads_from_package_data(detector: IncidentDetector) -> None:
    labels = set(detector.nlp.get_pipe("ner").labels)
    assert {"FLOODS", "EARTHQUAKE", "TERRORIST_ATTACK", "FIRE", "SHOOT_OUT"} <= labels
    assert detector.version.startswith("hi_incidents-")


# Sentences written for these tests (not corpus text).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("असम के कई जिलों में भारी बारिश के बाद आई बाढ़ से हजारों लोग बेघर हो गए हैं।", {"FLOODS"}),
        ("नेपाल में रविवार सुबह 6.1 तीव्रता का भूकंप आया, जिससे कई इमारतें गिर गईं।", {"EARTHQUAKE"}),
        ("शहर के भीड़भाड़ वाले बाजार में हुए बम विस्फोट में सात लोगों की मौत हो गई।",
         {"NORMAL_BOMBING", "TERRORIST_ATTACK", "SUICIDE_ATTACK"}),
        ("दिल्ली की एक कपड़ा फैक्ट्री में देर रात भीषण आग लग गई और दमकल की दस गाड़ियां मौके पर पहुंचीं।",
         {"FIRE", "INDUSTRIAL_ACCIDENT"}),
        ("अमेरिका के ओक्लाहोमा में आए टोरनेडो ने कई घर उड़ा दिए।", {"TORNADO"}),  # a spelling seen only in the seeds
    ],
)
def test_incident_types(detector: IncidentDetector, text: str, expected: set[str]) -> None:
    found = _types(detector, text)
    assert found & expected, found


def test_no_incident_in_plain_news(detector: IncidentDetector) -> None:
    text = "वित्त मंत्री ने संसद में नया बजट पेश किया और किसानों के लिए नई योजना की घोषणा की।"
    assert _types(detector, text) == set()


def test_events_have_place_date_and_casualties(detector: IncidentDetector) -> None:
    text = "केरल में 15 अगस्त को आई बाढ़ में 10 लोगों की मौत हो गई और 50 घायल हुए।"
    sentences = segment(text)
    s = text.index("केरल")
    kerala = Entity(id="e0", type="GPE", name="केरल", name_en="Kerala",
                    mentions=[Mention(start=s, end=s + 4, text="केरल", sentence=0)])
    d = text.index("15 अगस्त")
    times = [TimeExpr(start=d, end=d + 8, text="15 अगस्त", value="2018-08-15", precision="day")]
    events = find_incidents(text, sentences, [kerala], times, detector)
    floods = [e for e in events if e.type == "FLOODS"]
    assert floods, events
    e = floods[0]
    assert text[e.trigger.start:e.trigger.end] == e.trigger.text == "बाढ़"
    assert (e.location, e.date, e.date_precision, e.sentence) == ("e0", "2018-08-15", "day", 0)
    assert e.evidence == "model:hi_incidents"
    assert 0 < e.confidence <= 1
    assert e.gist_en == "Flood in Kerala on 2018-08-15, 10 dead, 50 injured"


def test_casualty_patterns() -> None:
    assert casualties("हादसे में 10 लोगों की मौत हो गई").dead == 10
    assert casualties("धमाके में दो जवान शहीद और 12 घायल हुए").dead == 2
    assert casualties("धमाके में दो जवान शहीद और 12 घायल हुए").injured == 12
    assert casualties("मृतकों की संख्या बढ़कर 25 हो गई है").dead == 25
    assert casualties("2 हजार लोग बेघर हो गए") == casualties("")


def _incident(text: str, trigger: str, type_: str) -> Event:
    s = text.index(trigger)
    return Event(id="inc0", type=type_, trigger=Span(start=s, end=s + len(trigger), text=trigger), sentence=0,
                 gist_en="Terrorist attack in Kashmir", evidence="model:hi_incidents")


def test_violent_incident_with_stated_actor_becomes_assault() -> None:
    text = "लश्कर के आतंकियों ने सोमवार को बाजार में हमला किया।"
    org = Entity(id="e1", type="ORG", name="लश्कर", name_en="Lashkar",
                 mentions=[Mention(start=0, end=5, text="लश्कर", sentence=0)])
    [event] = plover_events(text, [_incident(text, "हमला", "TERRORIST_ATTACK")], [org])
    assert (event.type, event.source, event.cameo, event.trigger.text) == ("ASSAULT", "e1", "180", "हमला")
    assert event.gist_en == "Lashkar: terrorist attack in Kashmir"
    # no stated actor, or a natural disaster: no PLOVER event
    assert plover_events(text, [_incident(text, "हमला", "TERRORIST_ATTACK")], []) == []
    assert plover_events(text, [_incident(text, "हमला", "FLOODS")], [org]) == []


def test_an_attack_that_killed_a_named_person_is_an_assault_on_them() -> None:
    text = "पूर्व मंत्री ओकोन्क्वो बालेवा की शुक्रवार को एक आत्मघाती हमले में मौत हो गई।"
    s = text.index("ओकोन्क्वो")
    person = Entity(id="e3", type="PERSON", name="ओकोन्क्वो बालेवा", name_en="Okonkwo Baleva",
                    mentions=[Mention(start=s, end=s + 16, text=text[s:s + 16], sentence=0)])
    [event] = plover_events(text, [_incident(text, "आत्मघाती हमले", "SUICIDE_ATTACK")], [person])
    assert (event.type, event.source, event.target) == ("ASSAULT", None, "e3")


def test_riot_with_claimed_actor_becomes_protest() -> None:
    text = "शहर में दंगा भड़क गया। पुलिस के मुताबिक संगठन ने इस हिंसा की जिम्मेदारी ली है।"
    s = text.index("संगठन")
    org = Entity(id="e2", type="ORG", name="संगठन", mentions=[Mention(start=s, end=s + 5, text="संगठन", sentence=1)])
    [event] = plover_events(text, [_incident(text, "दंगा", "RIOTS")], [org])
    assert (event.type, event.mode, event.source) == ("PROTEST", "riot", "e2")


def test_rare_phrase_backs_off_to_its_words_types() -> None:
    """A phrase seen as a trigger only a few times (`इस हादसे`, once, in a bombing story) may also take
    the types of its words (`हादसे`: road, train …); a phrase seen often keeps its own."""
    seen = {"इस हादसे": {"SUICIDE_ATTACK": 1}, "हादसे": {"VEHICULAR_COLLISION": 30, "TRAIN_COLLISION": 12},
            "चक्रवाती तूफान": {"CYCLONE": 15, "STORM": 2}, "तूफान": {"STORM": 140, "HURRICANE": 50}}
    assert set(candidate_types(["इस", "हादसे"], seen)) == {"SUICIDE_ATTACK"}  # no back-off: as before
    assert set(candidate_types(["इस", "हादसे"], seen, 10)) == {"SUICIDE_ATTACK", "VEHICULAR_COLLISION",
                                                                "TRAIN_COLLISION"}
    assert set(candidate_types(["चक्रवाती", "तूफान"], seen, 10)) == {"CYCLONE", "STORM"}
    assert set(candidate_types(["भीषण", "हादसे"], seen)) == {"VEHICULAR_COLLISION", "TRAIN_COLLISION"}
    keys = ["ट्रेन", "पटरी", "से", "उतरी", "इस", "हादसे", "में"]
    doc_type = {"TRAIN_COLLISION": 0.9, "VEHICULAR_COLLISION": 0.1}
    assert harmonize(keys, [(4, 6, "SUICIDE_ATTACK")], seen, doc_type) == [(4, 6, "SUICIDE_ATTACK")]
    assert harmonize(keys, [(4, 6, "SUICIDE_ATTACK")], seen, doc_type, backoff_below=10) == [(4, 6, "TRAIN_COLLISION")]


def test_float16_vectors_are_widened_at_load(detector: IncidentDetector) -> None:
    """training/incidents.py stores the floret table in float16 (size budget); spaCy loads it but cannot
    compute with it, so the detector casts it back to float32."""
    from types import SimpleNamespace

    import numpy

    assert detector.nlp.vocab.vectors.data.dtype == numpy.float32
    half = numpy.arange(6, dtype=numpy.float16).reshape(2, 3)
    nlp = SimpleNamespace(vocab=SimpleNamespace(vectors=SimpleNamespace(data=half)))
    assert widen_vectors(nlp).vocab.vectors.data.dtype == numpy.float32
    assert (nlp.vocab.vectors.data == half).all()


def test_shipped_model_size() -> None:
    assert sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file()) <= 30_000_000


def test_empty_text(detector: IncidentDetector) -> None:
    assert find_incidents("", [], [], [], detector) == []


def test_tiny_training_runs_end_to_end(tmp_path: Path) -> None:
    """`--tiny` trains one epoch on a small slice (under 2 minutes) and writes a loadable model."""
    if not DATA.is_dir():
        pytest.skip("../shared/datasets is not present")
    out = tmp_path / "model"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "training.incidents", "--tiny", "--data", str(DATA), "--out", str(out),
         "--work", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    tiny = IncidentDetector(out)
    assert tiny.available
    assert tiny.nlp.meta["ghatna_incidents"]["tiny"] is True
    text = "बाढ़ से कई गांव डूब गए।"
    assert isinstance(tiny.triggers(text, segment(text)), list)


@pytest.mark.xfail(
    strict=True,
    reason="issue 4 target not reached yet: held-out F1 0.599 < 0.60 (docs/incidents.md); "
    "strict, so this fails as soon as the target is met and the mark must go",
)
def test_held_out_f1() -> None:
    """Trigger + type F1 (overlap match) on the fixed held-out 20% (training/incident_split.json)."""
    if not DATA.is_dir():
        pytest.skip("../shared/datasets is not present")
    sys.path.insert(0, str(ROOT))
    from training.incidents import evaluate

    scores = evaluate(DATA, MODEL_DIR, "test")
    assert scores["documents"] >= 100
    assert scores["overlap"]["f"] >= HELD_OUT_F1, scores["overlap"]
