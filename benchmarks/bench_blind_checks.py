"""Extraction figures on articles annotated blind, beside the dev set (`ghatna evaluate`).

    python benchmarks/bench_blind_checks.py [--data ../shared/datasets] [--set SET] [--keep DIR]

SET is one of bbc, ntrex, bbc2 … bbc8, ntrex2 … ntrex5 (default: all).

`benchmarks/data/blind_checks/blind_checks.json` holds 82 news articles annotated in the format of
shared/docs/GOLD-FORMAT.md by helper sessions that never ran ghatna (their brief:
`data/blind_checks/BRIEF.md`), in thirteen sets of BBC Hindi (`bbc…`) and NTREX translated agency news
(`ntrex…`): `bbc` and `ntrex` (8 each) annotated in the second session, `bbc2`, `ntrex2`, `bbc3`, `ntrex3`
(6 each) in the third, `bbc4` … `bbc8`, `ntrex4`, `ntrex5` (6 each) in the fourth. The repository may not
hold dataset text, so every string of the gold (entity names and mentions, quotes, times, evidence,
boilerplate) is stored as a `[start, end]` span of the article's text,
and the text itself is named by its source: a BBC Hindi record's `text`, or an NTREX record's Hindi
sentences joined with spaces, paragraph by paragraph (`paragraphs`: sentences per paragraph), paragraphs
joined with newlines. This script rebuilds the gold files from the shared datasets in a temporary folder
and scores the pipeline on them exactly as `ghatna evaluate` does.

How the checks were used (docs/events-and-quotes.md "Blind checks"): each set was scored blind once, with
the code of its day, before its errors were read; rules were then written from the errors of `bbc`, `ntrex`,
`bbc2`, `ntrex2`, `bbc3`, `ntrex3`, `bbc6` and `bbc7` (grammar, tested on our own sentences). `bbc4`,
`bbc5`, `bbc8`, `ntrex4` and `ntrex5` were held out: scored once at the end of the fourth session, their
errors unread.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from rich.console import Console

from ghatna import Extractor
from ghatna.evaluate import evaluate_dir, render_report

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
CHECKS = Path(__file__).resolve().parent / "data" / "blind_checks" / "blind_checks.json"
# gold fields stored as spans of the article text: (section, field)
_SPANS = {("entities", "name"), ("entities", "mentions"), ("events", "evidence"), ("forbidden_events", "evidence"),
          ("quotes", "text"), ("times", "text")}


def article_text(source: dict, data: Path) -> str:
    """The article text a check was annotated on, rebuilt from the shared datasets."""
    with (data / source["file"]).open(encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines if line.strip())
        if "id" in source:
            return next(r["text"] for r in records if r["id"] == source["id"])
        record = next(r for r in records if r["doc_id"] == source["doc_id"])
    sentences, paragraphs, k = record["hi_sentences"], [], 0
    for count in source["paragraphs"]:
        paragraphs.append(" ".join(sentences[k:k + count]))
        k += count
    return "\n".join(paragraphs)


def gold_file(gold: dict, text: str, text_file: str) -> dict:
    """The gold record with its spans replaced by the strings they cover."""
    out = dict(gold, text_file=text_file, boilerplate=[text[s:e] for s, e in gold.get("boilerplate", [])])
    for section, field in _SPANS:
        for item in out.get(section, []):
            value = item.get(field)
            if value and isinstance(value[0], list):
                item[field] = [text[s:e] for s, e in value]
            elif value:
                item[field] = text[value[0]:value[1]]
    return out


def build(folder: Path, data: Path, which: str | None) -> int:
    """Write `NAME.txt` and `NAME.gold.json` for each check into `folder`; the number written."""
    articles = json.loads(CHECKS.read_text("utf-8"))["articles"]
    chosen = [a for a in articles if which in (None, a["set"])]
    for article in chosen:
        text = article_text(article["source"], data)
        name = article["id"]
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = gold_file(article["gold"], text, f"{name}.txt")
        (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared datasets folder")
    sets = sorted({a["set"] for a in json.loads(CHECKS.read_text("utf-8"))["articles"]})
    parser.add_argument("--set", choices=sets, help="one set (default: all)")
    parser.add_argument("--keep", type=Path, help="write the rebuilt gold folder here instead of a temporary one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        count = build(folder, args.data, args.set)
        print(f"{count} blind-check articles rebuilt from {args.data}")
        render_report(evaluate_dir(folder, Extractor()), Console(highlight=False, width=100))


if __name__ == "__main__":
    main()
