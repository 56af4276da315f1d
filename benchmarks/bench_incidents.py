"""Benchmark the shipped incident tagger on the held-out 20% of the Hindi disaster corpus.

    python benchmarks/bench_incidents.py [--model src/ghatna/models/hi_incidents] [--data ../shared/datasets]

Test documents are fixed in training/incident_split.json (never trained on, never used for model
selection). Each document's text goes through ghatna's own segmenter and the model, as in the
pipeline; predicted spans are mapped back to the corpus's tokens. A predicted trigger is correct when
its token span overlaps a gold trigger's and the types are equal (each gold trigger counts once);
exact-span F1 and untyped (trigger only) F1 are printed beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for `training` (corpus reading and scoring shared with training)

FIRE_BEST = 39.71
FIRE_NOTE = "FIRE 2018 best Hindi system: F 39.71 (a different test set: the FIRE 2018 test data is not available here)"


def main(argv: list[str] | None = None) -> int:
    from training.incidents import evaluate

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=ROOT / "src" / "ghatna" / "models" / "hi_incidents")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--part", default="test", choices=("test", "dev"))
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    s = evaluate(args.data, args.model, args.part)
    took = time.perf_counter() - t0
    if args.json:
        print(json.dumps(s, indent=1))
        return 0
    meta = json.loads((args.model / "meta.json").read_text(encoding="utf-8")).get("ghatna_incidents", {})
    if args.part == "dev" and meta.get("refit"):
        print("note: this model was refitted on train + dev; its dev scores are not held-out scores "
              f"(the dev run scored overlap F1 {meta.get('dev_overlap_f')})")
    where = "held-out test" if args.part == "test" else "dev"
    print(f"hi_incidents on the {where} split: {s['documents']} documents ({took:.1f} s)\n")
    print(f"{'trigger + type':32} {'P':>6} {'R':>6} {'F1':>6}  {'tp/pred/gold':>14}")
    rows = [("overlap match (headline)", s["overlap"]), ("exact span match", s["exact"]),
            ("trigger only, any type", s["untyped"])]
    for name, m in rows:
        print(f"{name:32} {100 * m['p']:6.2f} {100 * m['r']:6.2f} {100 * m['f']:6.2f}  "
              f"{m['tp']:>4}/{m['pred']}/{m['gold']}")
    print(f"{FIRE_NOTE}\n")
    print(f"{'per type (overlap)':32} {'P':>6} {'R':>6} {'F1':>6}  {'gold':>5}")
    for t, m in sorted(s["per_type"].items(), key=lambda kv: -kv[1]["gold"]):
        print(f"{t:32} {100 * m['p']:6.2f} {100 * m['r']:6.2f} {100 * m['f']:6.2f}  {m['gold']:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
