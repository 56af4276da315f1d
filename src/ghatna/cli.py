"""The `ghatna` command line: extract, schema, evaluate."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from ghatna import __version__
from ghatna.errors import GhatnaError
from ghatna.kb.cli import kb_app

app = typer.Typer(
    name="ghatna",
    help="Structured, traceable knowledge from Hindi news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(kb_app, name="kb")
err = Console(stderr=True, highlight=False)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ghatna {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """ghatna turns raw Hindi news (text, HTML, JSONL) into Article records."""


def _say(line: str) -> None:
    """One unwrapped line on stderr: errors must stay one line each, whatever the terminal width."""
    err.print(line, markup=False, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    _say(f"ghatna: error: {message}")
    return typer.Exit(code)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl (one per line) or pretty.")] = Format.json,
    published: Annotated[
        str | None, typer.Option(help="Reference date YYYY-MM-DD for inputs that state none.")
    ] = None,
    max_mb: Annotated[float, typer.Option(help="Refuse a single article larger than this many MB.")] = 10.0,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Extract Articles from FILEs, DIRectories or - (stdin), in input order."""
    from ghatna.pipeline import Extractor
    from ghatna.read import Failure, parse_published

    try:
        parse_published(published)
    except GhatnaError as e:
        raise _fail(str(e), 2) from None
    max_bytes = int(max_mb * 1e6)
    extractor = Extractor()
    failures: list[Failure] = []
    written = 0
    with ExitStack() as stack:
        sink: TextIO = stack.enter_context(out.open("w", encoding="utf-8")) if out else sys.stdout
        writer = _Writer(sink, fmt)
        for item in _documents(inputs, max_bytes, exclude=out):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            try:
                article = extractor.extract_document(item, published=published)
            except GhatnaError as e:
                failures.append(Failure(item.source.path or "-", str(e)))
                continue
            except Exception as e:  # a bug must not stop a batch; it is reported with the failures
                if debug:
                    traceback.print_exc()
                failures.append(Failure(item.source.path or "-", f"internal error: {type(e).__name__}: {e}"))
                continue
            writer.write(article)
            written += 1
        writer.close()
    for failure in failures:
        _say(f"ghatna: error: {failure.path}: {failure.error}")
    if failures:
        if written:
            _say(f"ghatna: {written} article(s) extracted, {len(failures)} input(s) failed")
        raise typer.Exit(1)


def _documents(inputs: list[str], max_bytes: int, exclude: Path | None = None) -> Iterator:
    """Documents of every input in order, with a progress bar on stderr when there are many files.

    `exclude` is the output file: when it lies inside an input folder it must not be read back.
    """
    from ghatna.read import Failure, from_string, iter_paths, read_file
    from ghatna.read.decode import decode

    paths: list[Path | None] = []
    for name in inputs:
        if name == "-":
            paths.append(None)
        elif not Path(name).exists():
            yield Failure(name, "no such file or directory")
        else:
            skip = exclude.resolve() if exclude else None
            paths.extend(p for p in iter_paths(Path(name)) if p.resolve() != skip)
    many = len(paths) > 1 and err.is_terminal
    from rich.progress import Progress

    with Progress(console=err, transient=True, disable=not many) as progress:
        task = progress.add_task("extracting", total=len(paths))
        for path in paths:
            if path is None:
                data = sys.stdin.buffer.read(max_bytes + 1)
                try:
                    if len(data) > max_bytes:
                        raise GhatnaError(f"standard input is over the {max_bytes / 1e6:.0f} MB limit")
                    text, encoding = decode(data)
                    yield from_string(text, path="-", encoding=encoding)
                except GhatnaError as e:
                    yield Failure("-", str(e))
            else:
                yield from read_file(path, max_bytes)
            progress.advance(task)


class _Writer:
    """Writes Articles as they come: nothing is held back, so an interrupted run keeps its output."""

    def __init__(self, sink: TextIO, fmt: Format) -> None:
        self.sink, self.fmt, self.count = sink, fmt, 0
        self.console = Console(file=sink, highlight=False) if fmt is Format.pretty else None

    def write(self, article) -> None:
        if self.fmt is Format.jsonl:
            self.sink.write(article.to_json() + "\n")
        elif self.fmt is Format.json:
            # one article: an object; several: an array, streamed
            if self.count == 1:
                self.sink.write("[\n" + self._held + ",\n")
            elif self.count > 1:
                self.sink.write(",\n")
            if self.count == 0:
                self._held = article.to_json(indent=2)
            else:
                self.sink.write(article.to_json(indent=2))
        else:
            from ghatna.render import render_article

            render_article(article, self.console)
        self.sink.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt is Format.json:
            if self.count == 1:
                self.sink.write(self._held + "\n")
            elif self.count > 1:
                self.sink.write("\n]\n")


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema of the Article record (ghatna.article/1)."""
    from ghatna.schema import json_schema

    text = json_schema() + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.gold.json files and their articles.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the full report as JSON.")] = None,
) -> None:
    """Score the pipeline against gold-annotated articles (see docs/evaluation.md)."""
    from rich.progress import Progress

    from ghatna.evaluate import evaluate_dir, load_gold, render_report
    from ghatna.pipeline import Extractor

    if not gold_dir.is_dir():
        raise _fail(f"{gold_dir}: not a directory", 2)
    try:
        total = len(load_gold(gold_dir))
    except (GhatnaError, ValueError) as e:
        raise _fail(str(e), 2) from None
    if not total:
        raise _fail(f"{gold_dir}: no *.gold.json files", 2)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("evaluating", total=total)
        report = evaluate_dir(gold_dir, Extractor(), progress=lambda *_: progress.advance(task))
    render_report(report, Console(highlight=False))
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")
