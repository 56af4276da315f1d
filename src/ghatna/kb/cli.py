"""`ghatna kb search NAME` and `ghatna kb add FILE`: inspect and extend the knowledge base."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ghatna.kb.base import DATA_DIR, KnowledgeBase, kb_files, user_dir
from ghatna.kb.model import Record
from ghatna.kb.tsv import KBError

kb_app = typer.Typer(
    help="Inspect and extend the knowledge base of actors and places (docs/knowledge-base.md).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> typer.Exit:
    """One unwrapped `ghatna: error: …` line on stderr, then exit status 1."""
    Console(stderr=True, highlight=False).print(f"ghatna: error: {message}", markup=False, soft_wrap=True)
    return typer.Exit(1)


def _load() -> KnowledgeBase:
    try:
        return KnowledgeBase.load()
    except KBError as e:
        raise _fail(str(e)) from None


@kb_app.command()
def search(
    name: Annotated[str, typer.Argument(help="A name in Hindi or English, or part of one.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many records to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Find records whose names match NAME: exact matches first, then fuzzy ones, with their score."""
    kb = _load()
    hits = kb.search(name, limit)
    if as_json:
        for record, score in hits:
            sys.stdout.write(json.dumps({**record.to_dict(), "score": round(score, 1)}, ensure_ascii=False) + "\n")
        return
    if not hits:
        raise _fail(f"nothing in the knowledge base matches {name!r}")
    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True)
    for column in ("type", "Hindi", "English", "country", "sector", "office / dates", "score"):
        table.add_column(column, overflow="fold")
    for record, score in hits:
        table.add_row(
            record.id, record.type, record.name_hi, record.name_en, record.country or record.iso3, record.sector,
            _office(kb, record), f"{score:.0f}",
        )
    Console(highlight=False).print(table)


def _office(kb: KnowledgeBase, record: Record) -> str:
    if not record.office:
        return record.subtype
    title = kb.get(record.office)
    name = title.name_en if title else record.office
    return f"{name} {record.start or '?'}–{record.end}"


@kb_app.command()
def add(
    file: Annotated[Path, typer.Argument(help="A KB file (TSV with a header row) to add to your knowledge base.")],
) -> None:
    """Check FILE against the whole knowledge base and copy it into the user KB directory."""
    if not file.is_file():
        raise _fail(f"{file}: no such file")
    target_dir = user_dir()
    if file.suffix != ".tsv":
        raise _fail(f"{file}: a KB file must be named *.tsv")
    # A file of the same name in the user directory is being replaced: check without it.
    others = [p for p in kb_files(target_dir) if p.name != file.name]
    try:
        kb = KnowledgeBase.from_files([*kb_files(DATA_DIR), *others, file])
    except KBError as e:
        raise _fail(str(e)) from None
    count = sum(1 for r in kb if r.source.startswith(f"{file}:"))
    target = target_dir / file.name
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        if not (target.exists() and target.samefile(file)):  # re-adding the installed file only checks it
            shutil.copyfile(file, target)
    except OSError as e:
        raise _fail(f"{target}: cannot write: {e.strerror}") from None
    typer.echo(f"added {count} record(s) from {file} to {target}")
