"""Helpers shared by the generators: ids from English names, TSV writing, de-duplication by lookup key."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.kb.keys import key  # noqa: E402

DATA = ROOT / "src" / "ghatna" / "kb" / "data"
GAZETTEER = ROOT.parent / "shared" / "datasets" / "gazetteers" / "country-names-hi-en.tsv"


def slug(name: str) -> str:
    """`São Tomé` → `sao-tome`: the readable part of a stable id."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def unique(names: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """`names` without empties and without any whose lookup key repeats an earlier one or `exclude`'s."""
    seen = {key(n) for n in exclude if n}
    out = []
    for name in names:
        name = unicodedata.normalize("NFC", name.strip())
        if name and key(name) not in seen:
            seen.add(key(name))
            out.append(name)
    return out


def write_tsv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]], comment: str) -> int:
    """Write the rows; with `--check` on the command line, only compare them with the file and exit 1
    when it is out of date (the test suite runs the generators this way)."""
    lines = [f"# {line}".rstrip() for line in comment.strip().splitlines()]
    lines.append("\t".join(columns))
    count = 0
    for row in rows:
        cells = [row.get(c, "") for c in columns]
        assert all("\t" not in c and "\n" not in c for c in cells), row
        lines.append("\t".join(cells))
        count += 1
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv[1:]:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            sys.exit(f"{path} is out of date: run python kb_tools/{Path(sys.argv[0]).name}")
    else:
        path.write_text(text, encoding="utf-8")
    return count
