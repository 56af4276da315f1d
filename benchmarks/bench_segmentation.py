"""Sentence-boundary benchmark of ghatna.segment: hi-pud (joined text) and hand-annotated BBC Hindi.

    python benchmarks/bench_segmentation.py [--data ../shared/datasets]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import segmentation_eval as ev

from ghatna.segment import segment


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ev.DEFAULT_DATA, help="shared datasets folder")
    args = ap.parse_args()

    print(f"hi-pud test, joined text:        {ev.score_hipud(segment, args.data)}")
    groups = ev.load_bbc_annotations()
    n_held = sum(1 for g in groups if g.get("heldout"))
    print(f"BBC Hindi, hand-annotated, all ({len(groups)} windows): {ev.score_bbc(segment, args.data)}")
    print(f"  of which held out ({n_held} windows):        "
          f"{ev.score_bbc(segment, args.data, heldout=True)}")

    texts = list(ev.bbc_articles(args.data).values())
    size = sum(len(t.encode("utf-8")) for t in texts)
    n, dt = 0, float("inf")
    for _ in range(3):  # best of three: the machine may be busy
        t0 = time.perf_counter()
        n = sum(len(segment(t)) for t in texts)
        dt = min(dt, time.perf_counter() - t0)
    print(f"throughput: {size / dt / 1e6:.2f} MB/s UTF-8 "
          f"({len(texts)} BBC articles, {n} sentences, {dt:.2f} s)")


if __name__ == "__main__":
    main()
