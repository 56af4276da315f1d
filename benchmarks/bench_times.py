"""Benchmark of the `times` stage (ghatna.times): time P/R/F1 on the gold dev set and on a held-out set
of hand-annotated news passages (benchmarks/data/times_heldout.json; offsets and values only).

    python benchmarks/bench_times.py [--data ../shared/datasets] [-v]

Dev: every gold article is read, cleaned and segmented as `ghatna evaluate` does (the annotation
stages are skipped), `Article.times` is set by `find_times`, and the times are scored by
`ghatna.evaluate.score_article` (dates only).
Held-out: each passage is a window `[start, end)` of a news document's text (NTREX: its Hindi
sentences joined by "\\n"; BBC Hindi: its `text`; hindi-newspapers-2020: the file, published on the
file's date); the system's dates inside the window are matched one-to-one to the gold ones by equal
value and overlapping offsets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from functools import cache
from pathlib import Path

from ghatna.clean import clean, load_cues
from ghatna.evaluate import Counts, load_gold, score_article
from ghatna.read import from_string
from ghatna.schema import Article, TimeExpr
from ghatna.segment import segment
from ghatna.times import find_times

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
HELDOUT = Path(__file__).resolve().parent / "data" / "times_heldout.json"


def read_article(raw: str, published: dt.date | None) -> Article:
    """The cleaned text and sentences the pipeline hands the times stage (read → clean → segment),
    without the annotation stages, whose models the times stage does not need."""
    doc = from_string(raw)
    text = clean(doc.body, load_cues()).text
    source = doc.source.model_copy(update={"published": doc.source.published or published})
    return Article(id="", text=text, sentences=segment(text), source=source)


def score_dev(data: Path, *, verbose: bool = False) -> Counts:
    total = Counts()
    for gold in load_gold(data / "dev"):
        article = read_article(gold.text_path.read_bytes().decode("utf-8"), gold.published)
        article.times = find_times(article.text, article.sentences, article.source.published)
        s = score_article(gold, article).times
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        if verbose and (s.missed or s.spurious):
            print(f"  {gold.id}: missed {s.missed} spurious {s.spurious}")
    return total


@cache
def news_texts(data: Path) -> dict[str, str]:
    """Document id → text for the two JSONL corpora: `ntrex:<doc_id>` and `bbc:<id>`."""
    texts: dict[str, str] = {}
    with open(data / "news" / "ntrex-hi-en.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            texts[f"ntrex:{doc['doc_id']}"] = "\n".join(doc["hi_sentences"])
    with open(data / "news" / "bbc-hindi.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            texts[f"bbc:{doc['id']}"] = doc["text"]
    return texts


def load_text(data: Path, doc_id: str) -> str:
    """The text a held-out passage indexes: `paper:<path>` is a file of hindi-newspapers-2020."""
    if doc_id.startswith("paper:"):
        return (data / "news" / "hindi-newspapers-2020" / doc_id.removeprefix("paper:")).read_text("utf-8")
    return news_texts(data)[doc_id]


def _overlap(t: TimeExpr, g: dict) -> bool:
    return t.start < g["end"] and g["start"] < t.end


def score_heldout(data: Path, *, verbose: bool = False) -> Counts:
    total = Counts()
    for passage in json.loads(HELDOUT.read_text(encoding="utf-8"))["passages"]:
        text = load_text(data, passage["doc"])
        published = dt.date.fromisoformat(passage["published"]) if passage.get("published") else None
        lo, hi = passage["start"], passage["end"]
        system = [
            t for t in find_times(text, segment(text), published)
            if t.kind == "date" and lo <= t.start and t.end <= hi
        ]
        gold = passage["times"]
        matched = {i for i, t in enumerate(system) for g in gold if t.value == g["value"] and _overlap(t, g)}
        found = {j for j, g in enumerate(gold) for t in system if t.value == g["value"] and _overlap(t, g)}
        total.tp += len(found)
        total.fp += len(system) - len(matched)
        total.fn += len(gold) - len(found)
        if verbose and (len(found) < len(gold) or len(matched) < len(system)):
            missed = [f"{text[g['start']:g['end']]}={g['value']}" for j, g in enumerate(gold) if j not in found]
            spurious = [f"{t.text}={t.value}" for i, t in enumerate(system) if i not in matched]
            print(f"  {passage['doc']}: missed {missed} spurious {spurious}")
    return total


def _line(name: str, c: Counts) -> str:
    def pct(x: float | None) -> str:
        return "  –  " if x is None else f"{100 * x:5.1f}"

    return f"{name:<9} P {pct(c.precision)}  R {pct(c.recall)}  F1 {pct(c.f1)}   (tp {c.tp}, fp {c.fp}, fn {c.fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared datasets folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    args = ap.parse_args()
    print(_line("dev", score_dev(args.data, verbose=args.verbose)))
    print(_line("held-out", score_heldout(args.data, verbose=args.verbose)))


if __name__ == "__main__":
    main()
