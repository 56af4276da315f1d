"""Print the record counts of the packaged KB as Markdown tables (for docs/knowledge-base.md), and the
time a fresh process takes to load it. Run: python kb_tools/kb_stats.py
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import common  # noqa: F401  (puts src/ on sys.path)

from ghatna.kb import DATA_DIR, KnowledgeBase
from ghatna.kb.base import _load, _read
from ghatna.kb.cache import ENV_CACHE
from ghatna.kb.keys import _word_key, key


def main() -> None:
    files = sorted(DATA_DIR.glob("*.tsv"))
    with tempfile.TemporaryDirectory() as cache:
        os.environ[ENV_CACHE] = cache
        began = time.perf_counter()
        kb = KnowledgeBase.from_files(files)
        cold = time.perf_counter() - began
        for memo in (_load, _read, key, _word_key):
            memo.cache_clear()
        began = time.perf_counter()
        KnowledgeBase.from_files(files)
        warm = time.perf_counter() - began
    by_file = Counter(Path(r.source.rpartition(":")[0]).name for r in kb)
    by_type = Counter(r.type for r in kb)
    names = sum(len(r.names) for r in kb)
    print("| file | records |\n| --- | ---: |")
    for name, count in sorted(by_file.items()):
        print(f"| `{name}` | {count:,} |")
    print(f"| **total** | **{len(kb):,}** |\n")
    print("| type | records |\n| --- | ---: |")
    for name, count in by_type.most_common():
        print(f"| {name} | {count:,} |")
    people = [r for r in kb if r.type == "PERSON"]
    print(f"\n{names:,} names in all; {len(kb.countries)} countries and territories; "
          f"{sum(1 for r in people if r.office)} of {len(people)} people with an office "
          f"({sum(1 for r in people if r.current)} in office, {sum(1 for r in people if r.end)} past); "
          f"{sum(1 for r in kb if r.qid)} records with a Wikidata id.")
    print(f"Loaded in {cold:.2f} s the first time (parse, check, index, write the compiled KB), "
          f"then in {warm:.2f} s (the compiled KB).")


if __name__ == "__main__":
    main()
