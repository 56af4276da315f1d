"""Print the record counts of the packaged KB as Markdown tables (for docs/knowledge-base.md), and the
time a fresh process takes to load it. Run: python kb_tools/kb_stats.py
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import common  # noqa: F401  (puts src/ on sys.path)

from ghatna.kb import DATA_DIR, KnowledgeBase


def main() -> None:
    began = time.perf_counter()
    kb = KnowledgeBase.from_files(sorted(DATA_DIR.glob("*.tsv")))
    elapsed = time.perf_counter() - began
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
    print(f"Loaded in {elapsed:.2f} s (parse, check and index).")


if __name__ == "__main__":
    main()
