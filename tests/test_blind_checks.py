"""The blind-check gold (benchmarks/data/blind_checks) rebuilds from the shared datasets into valid
gold files whose strings all occur in their articles."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ghatna.evaluate import load_gold

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_blind_checks.py"


def test_blind_checks_rebuild_into_valid_gold(datasets: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_blind_checks", _BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.build(tmp_path, datasets, None) == 82
    golds = load_gold(tmp_path)
    assert len(golds) == 82
    for gold in golds:
        text = gold.text_path.read_text("utf-8")
        assert all(m in text for e in gold.entities for m in e.mentions)
        assert all(q.text in text for q in gold.quotes)
        assert all(part in text for e in gold.events if e.evidence for part in e.evidence.split(" ... "))
        assert sum(not e.optional for e in gold.entities) > 0
