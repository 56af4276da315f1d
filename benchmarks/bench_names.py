"""Benchmark of cross-script name matching (ghatna.translit): top-1 accuracy of picking a Hindi
name's English form among all the English names of a file.

    python benchmarks/bench_names.py [--data ../shared/datasets] [-v]

Cricketers (names/cricketers.en-hi.tsv): rows are deduplicated by player id; players whose
`english_name` is itself in Devanagari are left out (they are not English names). The candidates are
the distinct English names of the remaining players; each Hindi column (`hindi_name`, usually
initials + surname, and `hindi_long_name`, the full name) is scored separately: a query is correct
when the best candidate is the row's `english_name`.
Election candidates (names/election-candidates.en-hi.tsv): the same with `name_hindi` →
`name_english` over the distinct English names of the file (English names compared case-folded).
This file lists many names more than once in different forms ("R. Shanmugam", "shanmugam r"), so a
second figure also counts a prediction with the same words in another order as correct.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ghatna.translit import NameIndex

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
DEVANAGARI = re.compile(r"[\u0900-\u097f]")


@dataclass
class Result:
    label: str
    total: int = 0
    correct: int = 0
    same_words: int = 0  # correct, or another entry with the same words (R. Shanmugam / Shanmugam R)
    candidates: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (hindi, gold, predicted)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def cricketer_pairs(data: Path) -> dict[str, list[tuple[str, str]]]:
    """Column → [(hindi, english)], one pair per player."""
    players = {r["id"]: r for r in _read(data / "names" / "cricketers.en-hi.tsv")}
    rows = [r for r in players.values() if not DEVANAGARI.search(r["english_name"])]
    return {
        col: [(r[col], r["english_name"]) for r in rows if r[col].strip()] for col in ("hindi_name", "hindi_long_name")
    }


def election_pairs(data: Path) -> list[tuple[str, str]]:
    rows = _read(data / "names" / "election-candidates.en-hi.tsv")
    pairs = {(r["name_hindi"].strip(), r["name_english"].strip()) for r in rows}
    return sorted((h, e) for h, e in pairs if h and e and not DEVANAGARI.search(e))


def _words(name: str) -> list[str]:
    """The name's words, case-folded and sorted: the same name in another order or punctuation."""
    return sorted(re.findall(r"[^\W\d_]+", name.casefold()))


def score(label: str, pairs: Iterable[tuple[str, str]], *, fold_case: bool = False) -> Result:
    pairs = list(pairs)
    norm = str.casefold if fold_case else str
    candidates = sorted({norm(e) for _, e in pairs})
    index = NameIndex(candidates)
    result = Result(label, candidates=len(candidates))
    for hindi, english in pairs:
        best = index.best(hindi)
        result.total += 1
        if best and best[0] == norm(english):
            result.correct += 1
            result.same_words += 1
        elif best and _words(best[0]) == _words(english):
            result.same_words += 1
        else:
            result.errors.append((hindi, english, best[0] if best else "-"))
    return result


def report(result: Result, examples: int) -> None:
    print(
        f"{result.label}: top-1 {result.accuracy:.3f} ({result.correct}/{result.total}) "
        f"among {result.candidates} English names; counting entries with the same words as correct: "
        f"{result.same_words / result.total:.3f}"
    )
    for hindi, gold, predicted in result.errors[:examples]:
        print(f"    {hindi}  gold: {gold}  got: {predicted}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every error, not a sample")
    args = parser.parse_args()
    examples = 10**9 if args.verbose else 5
    started = time.perf_counter()
    for column, pairs in cricketer_pairs(args.data).items():
        report(score(f"cricketers {column}", pairs), examples)
    report(score("election-candidates name_hindi", election_pairs(args.data), fold_case=True), examples)
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
