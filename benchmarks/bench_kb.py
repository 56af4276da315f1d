"""Knowledge-base size and load time: cold (parse, check, index) and warm (the compiled cache).

    python benchmarks/bench_kb.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from ghatna.kb import KnowledgeBase

_LOAD = "import time; t = time.perf_counter(); from ghatna.kb import KnowledgeBase; KnowledgeBase.load(); " \
        "print(time.perf_counter() - t)"


def _fresh_process(cache: str) -> float:
    env = {**os.environ, "GHATNA_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", _LOAD], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = _fresh_process(cache)  # empty cache: parses and writes it
        warm = statistics.median(_fresh_process(cache) for _ in range(5))
    began = time.perf_counter()
    kb = KnowledgeBase.load()
    names = sum(len(r.names) for r in kb)
    print(f"records {len(kb):,}  names {names:,}  (in-process load {time.perf_counter() - began:.2f} s)")
    print(f"load in a fresh process: cold {cold:.2f} s, warm (compiled cache, median of 5) {warm:.2f} s")


if __name__ == "__main__":
    main()
