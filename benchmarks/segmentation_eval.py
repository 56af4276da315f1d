"""Scoring of sentence boundaries, shared by benchmarks/bench_segmentation.py and tests/test_segment.py.

A boundary is a sentence's end offset (just after its last character, closing quote included).

- hi-pud: the `# text =` lines of test.conllu joined with single spaces into one running text; every
  sentence end except the end of the text is a gold boundary; all predicted ends are scored.
- BBC Hindi: benchmarks/data/bbc_sentence_boundaries.json holds hand-annotated boundaries as offsets
  into an article's NFC-normalized `text` (no text is stored). Each group has a window `[start, end)`;
  gold boundaries lie inside it and a prediction counts only if `start < offset <= end`. The segmenter
  runs on the whole NFC article text, so its context is real. Groups marked `heldout` were annotated
  after the segmenter was finished and are reported separately as well.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
BBC_ANNOTATIONS = REPO / "benchmarks" / "data" / "bbc_sentence_boundaries.json"

Segmenter = Callable[[str], Iterable[object]]  # returns objects with an `end` attribute


@dataclass
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __str__(self) -> str:
        counts = f"tp {self.tp}, fp {self.fp}, fn {self.fn}"
        return f"P {self.precision:.4f}  R {self.recall:.4f}  F1 {self.f1:.4f}  ({counts})"


def score(pred: set[int], gold: set[int]) -> Score:
    return Score(len(pred & gold), len(pred - gold), len(gold - pred))


def hipud_text(data: Path = DEFAULT_DATA) -> tuple[str, set[int]]:
    """The joined hi-pud test text and its gold boundaries."""
    path = data / "ud" / "hi-pud" / "test.conllu"
    sents = [line[len("# text = ") :].strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    text, gold, pos = " ".join(sents), set(), 0
    for s in sents:
        pos += len(s)
        gold.add(pos)
        pos += 1
    gold.discard(len(text))
    return text, gold


def score_hipud(segment: Segmenter, data: Path = DEFAULT_DATA) -> Score:
    text, gold = hipud_text(data)
    pred = {s.end for s in segment(text)} - {len(text)}  # type: ignore[attr-defined]
    return score(pred, gold)


def bbc_articles(data: Path = DEFAULT_DATA) -> dict[str, str]:
    """BBC Hindi articles by id, NFC-normalized."""
    with open(data / "news" / "bbc-hindi.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {str(r["id"]): unicodedata.normalize("NFC", r["text"]) for r in rows}


def load_bbc_annotations(path: Path = BBC_ANNOTATIONS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["groups"]


def score_bbc(
    segment: Segmenter, data: Path = DEFAULT_DATA, path: Path = BBC_ANNOTATIONS, heldout: bool | None = None
) -> Score:
    """Boundary P/R/F1 over the annotated windows; `heldout` True/False restricts to those groups."""
    articles = bbc_articles(data)
    total = Score(0, 0, 0)
    cache: dict[str, set[int]] = {}
    for g in load_bbc_annotations(path):
        if heldout is not None and g.get("heldout", False) != heldout:
            continue
        aid, (lo, hi) = str(g["article"]), g["window"]
        if aid not in cache:
            cache[aid] = {s.end for s in segment(articles[aid])}  # type: ignore[attr-defined]
        pred = {e for e in cache[aid] if lo < e <= hi}
        gold = set(g["boundaries"])
        assert all(lo < e <= hi for e in gold), f"boundary outside its window in group {g}"
        total += score(pred, gold)
    return total
