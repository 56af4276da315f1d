"""Readers for the shared corpora, producing spaCy Docs in ghatna's label scheme.

NER labels: PERSON, ORG, LOC (all place names; split into GPE/LOC after the NER
by the `ghatna_gpe` component, see gpe.py), DATE (all temporal expressions) and
NUM (numeric expressions). UD v1 (HDTB) labels and features are mapped to UD 2.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))

# IL-NER (IJCNLP tags) and HiNER (original tags) -> ghatna labels; others become O.
NER_MAP = {
    "NEP": "PERSON",
    "NEO": "ORG",
    "NEL": "LOC",
    "NETI": "DATE",
    "NEN": "NUM",
    "PERSON": "PERSON",
    "ORGANIZATION": "ORG",
    "LOCATION": "LOC",
    "TIMEX": "DATE",
    "NUMEX": "NUM",
}

# UD v1 -> UD 2 relation and UPOS changes (HDTB's UD 2.x release made the same moves).
DEPREL_MAP = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "auxpass": "aux:pass",
    "neg": "advmod",
    "csubjpass": "csubj:pass",
    "mwe": "fixed",
    "name": "flat",
    "foreign": "flat:foreign",
}
UPOS_MAP = {"CONJ": "CCONJ"}
# HDTB-UD1 features are Paninian (Case=D/O, Gender=M, TAM in Aspect); keep the
# UD 2 ones that HDTB 2.x has, with UD 2 values. "Any"/"0" mean unspecified.
FEAT_MAP = {
    "Case": {"D": "Nom", "O": "Acc"},
    "Gender": {"M": "Masc", "F": "Fem"},
    "Number": {"Sg": "Sing", "Pl": "Plur"},
    "Person": {"1": "1", "2": "2", "2H": "2", "3": "3", "3H": "3"},
    "Voice": {"Active": "Act", "Passive": "Pass"},
}


def norm_text(text: str) -> str:
    """NFC, without zero-width joiners (HDTB has them, ghatna's cleaner drops them)."""
    return unicodedata.normalize("NFC", text).translate(ZW)


def _clean_words(words: list[str]) -> list[str]:
    return [norm_text(w) or "_" for w in words]


def read_columns(path: Path, sep: str = "\t") -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a blank-line-separated two-column file."""
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        parts = line.split(sep)
        if len(parts) < 2:
            parts = line.split()
        if len(parts) < 2:
            continue
        sent.append((parts[0], parts[-1].strip()))
    if sent:
        yield sent


def fix_iob(tags: list[str]) -> list[str]:
    """Map to ghatna labels and repair malformed tags (`-NEL`, `I-` after `O`)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, label = tag.partition("-")
        label = NER_MAP.get(label, "")
        if not label:
            new = "O"
        elif prefix == "B":
            new = f"B-{label}"
        else:  # "I" or malformed "" prefix: continue a same-label entity, else start one
            new = f"I-{label}" if prev != "O" and prev[2:] == label else f"B-{label}"
        out.append(new)
        prev = new
    return out


def ner_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    for sent in read_columns(path):
        words = _clean_words([w for w, _ in sent])
        doc = Doc(vocab, words=words)
        biluo = iob_to_biluo(fix_iob([t for _, t in sent]))
        doc.ents = biluo_tags_to_spans(doc, biluo)
        yield doc


def hiner_split(index: int) -> str:
    """Fixed HiNER split: blocks of 100 sentences, every 5th block is held out."""
    return "test" if (index // 100) % 5 == 4 else "train"


def _feats(raw: str) -> str:
    keep = []
    for item in raw.split("|"):
        key, _, val = item.partition("=")
        mapped = FEAT_MAP.get(key, {}).get(val)
        if mapped:
            keep.append(f"{key}={mapped}")
    return "|".join(sorted(set(keep)))


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    sent: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # skip multiword ranges and empty nodes
                sent.append(cols)
    if sent:
        yield sent


def ud_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    for rows in read_conllu(path):
        words = _clean_words([r[1] for r in rows])
        heads = [int(r[6]) - 1 if r[6] != "0" else i for i, r in enumerate(rows)]
        deps = [DEPREL_MAP.get(r[7], r[7]) for r in rows]
        yield Doc(
            vocab,
            words=words,
            lemmas=[norm_text(r[2]) if r[2] != "_" else w for r, w in zip(rows, words, strict=True)],
            pos=[UPOS_MAP.get(r[3], r[3]) for r in rows],
            tags=[r[4] for r in rows],
            morphs=[_feats(r[5]) for r in rows],
            heads=heads,
            deps=["ROOT" if d == "root" else d for d in deps],
            sent_starts=[True] + [False] * (len(rows) - 1),
        )


def sha256(paths: Iterable[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
