"""Reading KB files: tab-separated, a header row naming the columns, `|` between list items.

Every problem is a `KBError` naming the file, the line and what is wrong, so that a user who writes a
file by hand can fix it without reading code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ghatna.errors import GhatnaError
from ghatna.kb.model import SECTORS, TYPES, Record


class KBError(GhatnaError):
    """A knowledge-base file is malformed or conflicts with another one."""


COLUMNS = (
    "id", "type", "name_hi", "name_en", "aliases", "qid", "country", "sector", "subtype",
    "office", "org", "start", "end", "iso2", "iso3", "capital", "demonyms",
)
REQUIRED = ("id", "type")
_LISTS = {"aliases", "demonyms"}
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
_QID = re.compile(r"Q[1-9][0-9]*")
_ISO2 = re.compile(r"[A-Z]{2}")
_ISO3 = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def read_file(path: Path) -> Iterator[Record]:
    """The records of one file, each checked on its own (cross-file checks are `KnowledgeBase`'s)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise KBError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise KBError(f"{path}: cannot read: {e.strerror}") from None
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{path}:{number}"
        if header is None:
            header = _header(cells, where)
            continue
        if len(cells) != len(header):
            hint = "cells are separated by tabs, not spaces" if len(cells) == 1 else "empty cells need their tabs too"
            raise KBError(f"{where}: {len(cells)} tab-separated columns, the header has {len(header)} ({hint})")
        yield _record(dict(zip(header, cells, strict=True)), where)
    if header is None:
        raise KBError(f"{path}: empty file: expected a header row such as 'id<TAB>type<TAB>name_hi<TAB>name_en'")


def _header(cells: list[str], where: str) -> list[str]:
    for name in cells:
        if name not in COLUMNS:
            raise KBError(f"{where}: unknown column {name!r} in the header (known: {', '.join(COLUMNS)})")
    if len(set(cells)) != len(cells):
        raise KBError(f"{where}: a column appears twice in the header")
    missing = [c for c in REQUIRED if c not in cells]
    if missing or not {"name_hi", "name_en"} & set(cells):
        raise KBError(f"{where}: the header needs the columns id, type and name_hi or name_en")
    return cells


def _record(row: dict[str, str], where: str) -> Record:
    def bad(message: str) -> KBError:
        return KBError(f"{where}: {message}")

    values: dict[str, object] = {}
    for column, cell in row.items():
        if column in _LISTS:
            values[column] = tuple(_nfc(x.strip()) for x in cell.split("|") if x.strip())
        else:
            values[column] = _nfc(cell)
    rid, rtype = row["id"], row["type"]
    if not _ID.fullmatch(rid):
        raise bad(f"bad id {rid!r}: letters, digits and . _ : - only, starting with a letter or digit")
    if rtype not in TYPES:
        raise bad(f"unknown type {rtype!r} (known: {', '.join(sorted(TYPES))})")
    name_hi, name_en = row.get("name_hi", ""), row.get("name_en", "")
    if not name_hi and not name_en:
        raise bad("no name: name_hi or name_en must be filled")
    if name_hi and not _DEVANAGARI.search(name_hi):
        raise bad(f"name_hi {name_hi!r} has no Devanagari letters (are the columns swapped?)")
    if _DEVANAGARI.search(name_en):
        raise bad(f"name_en {name_en!r} is written in Devanagari (are the columns swapped?)")
    sector = row.get("sector", "")
    if sector and sector not in SECTORS:
        raise bad(f"unknown sector {sector!r} (known: {', '.join(SECTORS)})")
    qid = row.get("qid", "")
    if qid and not _QID.fullmatch(qid):
        raise bad(f"bad Wikidata id {qid!r}: expected Q followed by digits")
    country = row.get("country", "")
    if country and not _ISO3.fullmatch(country):
        raise bad(f"bad country code {country!r}: expected ISO 3166-1 alpha-3 such as IND")
    for column, pattern in (("iso2", _ISO2), ("iso3", _ISO3)):
        if row.get(column) and not pattern.fullmatch(row[column]):
            raise bad(f"bad {column} code {row[column]!r}")
    start, end = (_date(row.get(c, ""), c, where) for c in ("start", "end"))
    if start and end and end < start:
        raise bad(f"end {row['end']} is before start {row['start']}")
    if (row.get("start") or row.get("end")) and not row.get("office"):
        raise bad("start/end dates need an office")
    return Record(**values, source=where)  # type: ignore[arg-type]


def _date(text: str, column: str, where: str) -> str:
    """`text` checked as YYYY, YYYY-MM or YYYY-MM-DD; returned padded for ordering (2020 → 2020-00-00)."""
    if not text:
        return ""
    match = _DATE.fullmatch(text)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(g) if g else 0 for g in match.groups())
        date(year, month or 1, day or 1)
    except ValueError:
        raise KBError(f"{where}: bad {column} date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
