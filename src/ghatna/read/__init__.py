"""Readers: files, directories, JSONL and strings become `Document`s for the pipeline.

A `Document` holds the input exactly as read (`input`; every offset in the output refers to it)
and the text the pipeline cleans (`body`: the input itself for plain text, the article body for
HTML, with `body_map` taking body offsets back to the input).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ghatna.errors import InputError
from ghatna.read.decode import decode
from ghatna.read.html import looks_like_html, read_html
from ghatna.schema import OffsetMap, Removed, Source

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
MAX_BYTES = 10 * 1024 * 1024  # one article; a longer input is refused, not read into memory
SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}


@dataclass
class Document:
    input: str
    body: str
    source: Source
    body_map: OffsetMap | None = None  # None: body is the input itself
    removed: list[Removed] = field(default_factory=list)  # dropped before cleaning (HTML outside body)


@dataclass
class Failure:
    """An input that could not be read; a batch reports it and goes on."""

    path: str
    error: str


def from_string(text: str, *, path: str | None = None, encoding: str | None = None, **meta: str | None) -> Document:
    """A document from text or HTML held in memory (`meta`: title, published, url, site)."""
    if not text.strip():
        raise InputError("empty input")
    if looks_like_html(text):
        page = read_html(text)
        source = Source(
            path=path, format="html", encoding=encoding, title=meta.get("title") or page.title,
            published=parse_published(meta.get("published") or page.published), site=meta.get("site") or page.site,
            url=meta.get("url") or page.url, byline=page.byline,
        )
        return Document(text, page.text, source, page.offsets, page.removed)
    source = Source(
        path=path, format="text", encoding=encoding, title=meta.get("title"),
        published=parse_published(meta.get("published")), site=meta.get("site"), url=meta.get("url"),
    )
    return Document(text, text, source)


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from `YYYY-MM-DD` (a time after it is ignored); `InputError` otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    match = _ISO_DATE.match(value)
    try:
        if not match:
            raise ValueError
        return dt.date(*map(int, match.groups()))
    except ValueError:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from None


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Failure]:
    """The documents of one file: one for text or HTML, one per line for JSONL."""
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        yield from read_jsonl(path, max_bytes)
        return
    try:
        yield _read_single(path, max_bytes)
    except InputError as err:
        yield Failure(str(path), str(err))


def _read_single(path: Path, max_bytes: int) -> Document:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one article")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(err.strerror or str(err)) from None
    text, encoding = decode(data)
    return from_string(text, path=str(path), encoding=encoding)


def read_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Failure]:
    """One document per line: an object with `text` or `html`, and optional metadata fields."""
    try:
        fh = path.open("rb")
    except OSError as err:
        yield Failure(str(path), err.strerror or str(err))
        return
    with fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                if len(raw) > max_bytes:
                    raise InputError(f"line is over the {max_bytes / 1e6:.0f} MB limit for one article")
                yield _jsonl_document(raw, where)
            except InputError as err:
                yield Failure(where, str(err))


def _jsonl_document(raw: bytes, where: str) -> Document:
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"not JSON: {err}") from None
    if not isinstance(record, dict):
        raise InputError("a JSONL line must be an object with a 'text' or 'html' field")
    content = record.get("html") or record.get("text")
    if not isinstance(content, str):
        raise InputError("no 'text' or 'html' string field")
    meta = {k: record.get(k) for k in ("title", "published", "url", "site")}
    meta = {k: str(v) for k, v in meta.items() if v not in (None, "")}
    doc = from_string(content, path=where, **meta)
    doc.source.format = "jsonl"
    return doc


def iter_paths(target: Path) -> Iterator[Path]:
    """Readable files under a directory (sorted, hidden files skipped), or the file itself."""
    if not target.is_dir():
        yield target
        return
    found = []
    for root, dirs, files in os.walk(target):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        ]
    yield from sorted(found, key=lambda p: p.relative_to(target).parts)


def read_path(target: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Failure]:
    """Every document of a file or directory, in order; unreadable ones as `Failure`s."""
    if not target.exists():
        yield Failure(str(target), "no such file or directory")
        return
    for path in iter_paths(target):
        yield from read_file(path, max_bytes)
