"""Throughput of the whole pipeline on real news, one CPU core: articles and characters per CPU second.

    taskset -c 1 env OMP_NUM_THREADS=1 python benchmarks/bench_pipeline.py [--data ../shared/datasets] [--limit N]

Every article of `news/bbc-hindi.jsonl` (its `text`) and `news/ntrex-hi-en.jsonl` (its Hindi sentences,
one per line) goes through `Extractor.extract`, read to Article, as a user's run would. Loading the
models is timed apart. An article the pipeline refuses (empty text) or fails on is counted and named;
every event trigger and quote of the rest is checked to be the text it points at.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ghatna import Extractor
from ghatna.errors import GhatnaError

ROOT = Path(__file__).resolve().parents[1]


def articles(data: Path) -> list[tuple[str, str]]:
    """(name, text) of the shared news articles."""
    found = []
    with (data / "news" / "bbc-hindi.jsonl").open(encoding="utf-8") as lines:
        found += [(f"bbc-{r['id']}", r["text"]) for r in map(json.loads, lines)]
    with (data / "news" / "ntrex-hi-en.jsonl").open(encoding="utf-8") as lines:
        found += [(f"ntrex-{r['doc_id']}", "\n".join(r["hi_sentences"])) for r in map(json.loads, lines)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    todo = articles(args.data)[: args.limit]

    start = time.process_time()
    extractor = Extractor()
    extractor.extract("भारत ने कहा।")  # the models load lazily, on the first article
    load = time.process_time() - start

    refused, failed, chars, events, quotes = [], [], 0, 0, 0
    start = time.process_time()
    for name, text in todo:
        try:
            article = extractor.extract(text)
        except GhatnaError as error:
            refused.append(f"{name} ({error})")
            continue
        except Exception as error:  # a benchmark reports failures instead of stopping
            failed.append(f"{name} ({type(error).__name__}: {error})")
            continue
        chars += len(text)
        events += len(article.events)
        quotes += len(article.quotes)
        assert all(article.text[e.trigger.start:e.trigger.end] == e.trigger.text for e in article.events), name
        assert all(article.text[q.start:q.end] == q.text for q in article.quotes), name
    spent = time.process_time() - start
    done = len(todo) - len(refused) - len(failed)
    print(f"{done} articles ({chars:,} characters) in {spent:.1f} CPU s after {load:.1f} s of loading: "
          f"{done / spent:.1f} articles and {chars / spent:,.0f} characters per CPU second; "
          f"{events:,} events, {quotes:,} quotes")
    print(f"refused: {len(refused)} {refused}")
    print(f"failed: {len(failed)} {failed}")


if __name__ == "__main__":
    main()
