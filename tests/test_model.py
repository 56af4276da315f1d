"""The shipped Hindi pipeline: loads from package data, gives sensible analyses of
sentences written for these tests, and the training command runs end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets"
MODEL = ROOT / "src" / "ghatna" / "models" / "hi_ghatna"


def _model_dir() -> Path:
    """The model as installed package data (falls back to the source tree)."""
    try:
        import ghatna

        path = Path(ghatna.__file__).parent / "models" / "hi_ghatna"
        if path.exists():
            return path
    except ImportError:
        pass
    return MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    path = _model_dir()
    assert (path / "meta.json").exists(), f"no trained model at {path}"
    return spacy.load(path)


def _doc(nlp: Language, text: str) -> Doc:
    """Pre-tokenized Doc (ghatna tokenizes itself); punctuation split off by hand."""
    words = text.replace("।", " ।").replace(",", " ,").split()
    return nlp(Doc(nlp.vocab, words=words))


def test_loads_from_package_data(nlp: Language) -> None:
    assert nlp.lang == "hi"
    for name in ("morphologizer", "parser", "ner", "trainable_lemmatizer"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) >= {"PERSON", "ORG", "GPE", "LOC"}
    assert "CC BY-NC-SA" in nlp.meta["license"]


def test_entities(nlp: Language) -> None:
    doc = _doc(nlp, "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में राष्ट्रपति से मुलाकात की ।")
    ents = {e.text: e.label_ for e in doc.ents}
    assert any("मोदी" in t and lab == "PERSON" for t, lab in ents.items()), ents
    assert any("दिल्ली" in t and lab in {"GPE", "LOC"} for t, lab in ents.items()), ents

    doc = _doc(nlp, "भारतीय जनता पार्टी और कांग्रेस के नेताओं ने पटना में चुनाव आयोग से शिकायत की ।")
    labels = {e.label_ for e in doc.ents}
    assert "ORG" in labels, [(e.text, e.label_) for e in doc.ents]


def test_tags_and_heads(nlp: Language) -> None:
    doc = _doc(nlp, "राम ने बाज़ार से दो किलो आम खरीदे और घर लौट गया ।")
    assert [t.text for t in doc][:3] == ["राम", "ने", "बाज़ार"]
    assert doc[1].pos_ == "ADP" and doc[1].dep_ == "case" and doc[1].head.i == 0
    assert doc[3].pos_ == "ADP" and doc[3].head.i == 2
    assert doc[-1].pos_ == "PUNCT"
    assert sum(t.dep_ == "ROOT" for t in doc) == 1
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.pos_ == "VERB", [(t.text, t.pos_, t.dep_) for t in doc]
    assert doc[0].head == root and doc[0].dep_ == "nsubj"
    assert "Case=" in str(doc[2].morph) or doc[2].morph  # features are predicted


def test_hyphenated_name_stays_one_token(nlp: Language) -> None:
    words = ["सीरिया", "के", "नेता", "अल-शारा", "ने", "मॉस्को", "का", "दौरा", "किया", "।"]
    doc = Doc(nlp.vocab, words=words)
    for _, proc in nlp.pipeline:  # the way ghatna runs the components
        doc = proc(doc)
    assert len(doc) == len(words)
    assert any(e.label_ == "PERSON" and "अल-शारा" in e.text for e in doc.ents), doc.ents
    assert any(e.label_ == "GPE" and e.text == "मॉस्को" for e in doc.ents), doc.ents


@pytest.mark.skipif(not (DATA / "ud" / "hdtb-ud1").exists(), reason="shared datasets not present")
def test_training_command_tiny(tmp_path: Path) -> None:
    pytest.importorskip("floret")
    out = tmp_path / "model"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    cmd = [
        sys.executable,
        "-m",
        "training.build",
        "--data",
        str(DATA),
        "--out",
        str(out),
        "--work",
        str(tmp_path / "work"),
        "--tiny",
    ]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, timeout=900)
    nlp = spacy.load(out)
    assert {"ner", "parser", "morphologizer"} <= set(nlp.pipe_names)
    assert nlp.meta["ghatna_training"]["data_sha256"]
    doc = nlp(Doc(nlp.vocab, words=["राम", "घर", "गया", "।"]))
    assert len(doc) == 4


def test_preset_sentence_boundaries_are_kept(nlp: Language) -> None:
    """ghatna segments sentences itself; the parser must respect `sent_starts`."""
    first = ["बारिश", "के", "कारण", "मैच", "रद्द", "हो", "गया", "।"]
    second = ["दर्शक", "निराश", "होकर", "घर", "लौटे", "।"]
    starts = [True] + [False] * (len(first) - 1) + [True] + [False] * (len(second) - 1)
    doc = nlp(Doc(nlp.vocab, words=first + second, sent_starts=starts))
    sents = list(doc.sents)
    assert [len(s) for s in sents] == [len(first), len(second)]
    assert all(sum(t.dep_ == "ROOT" for t in s) == 1 for s in sents)


def test_pipe_matches_single_calls(nlp: Language) -> None:
    words = ["मुंबई", "में", "भारी", "बारिश", "हुई", "।"]
    single = nlp(Doc(nlp.vocab, words=words))
    batched = next(nlp.pipe([Doc(nlp.vocab, words=words)]))
    assert [t.pos_ for t in single] == [t.pos_ for t in batched]
    assert [(e.text, e.label_) for e in single.ents] == [(e.text, e.label_) for e in batched.ents]
