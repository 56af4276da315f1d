"""`KnowledgeBase`: the packaged KB files plus the user's, checked together and indexed for lookup."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from ghatna.kb.cache import cached
from ghatna.kb.keys import key
from ghatna.kb.model import Record
from ghatna.kb.tsv import KBError, read_file

DATA_DIR = Path(__file__).parent / "data"
ENV_DIR = "GHATNA_KB_DIR"


def user_dir() -> Path:
    """Where `ghatna kb add` puts user files and where they are loaded from: $GHATNA_KB_DIR or ~/.local/share."""
    return Path(os.environ.get(ENV_DIR) or Path.home() / ".local" / "share" / "ghatna" / "kb")


def kb_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.tsv")) if directory.is_dir() else []


class KnowledgeBase:
    """Records by id, and an index from the matching key of every name to the records it names."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.records: dict[str, Record] = {}
        for record in records:
            if (first := self.records.get(record.id)) is not None:
                raise KBError(f"{record.source}: duplicate id {record.id!r}, already defined at {first.source}")
            self.records[record.id] = record
        self.countries = {r.iso3: r for r in self.records.values() if r.iso3}
        self.titles = {r.id: r for r in self.records.values() if r.type == "TITLE"}
        self._check_references()
        self._index: dict[str, list[Record]] = {}
        self._title_index: dict[str, list[Record]] = {}
        for record in self.records.values():
            index = self._title_index if record.type == "TITLE" else self._index
            for name in record.names:
                hits = index.setdefault(key(name), [])
                if not hits or hits[-1] is not record:  # one record's names often share a key
                    hits.append(record)
        for hits in self._index.values():  # a country before a namesake (Georgia, the US state)
            hits.sort(key=lambda r: not r.iso3)
        self._names: dict[str, list[Record]] | None = None  # both indexes, built for the first search

    @classmethod
    def load(cls, extra: Sequence[Path] = (), *, user: Path | None = None) -> KnowledgeBase:
        """The packaged KB, the files of the user directory and `extra` files (or folders of *.tsv).

        Loading is cached, in memory and on disk (`ghatna.kb.cache`), on the files' paths, sizes and
        modification times, so repeated calls are free and an edited file is read again.
        """
        files = [*kb_files(DATA_DIR), *kb_files(user or user_dir())]
        for path in extra:
            files.extend(kb_files(path) if path.is_dir() else [path])
        return cls.from_files(files)

    @classmethod
    def from_files(cls, files: Sequence[Path]) -> KnowledgeBase:
        """Exactly these files (cached like `load`)."""
        return _load(tuple(_signature(f) for f in files))

    # ---- lookup -------------------------------------------------------------------------------

    def get(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def lookup(self, name: str) -> list[Record]:
        """Records one of whose names (Hindi, English, aliases, demonyms) has the same key as `name`; those
        whose own Hindi or English name it is come before those that have it as an alias (`कांग्रेस` is the
        Indian party's name and only an alias of the US Congress, `अमेरिकी कांग्रेस`)."""
        wanted = key(name)
        found = self._index.get(wanted, ())
        return sorted(found, key=lambda r: wanted not in (key(r.name_hi), key(r.name_en)))

    def title(self, name: str) -> list[Record]:
        """TITLE records named `name` ("राष्ट्रपति", "विदेश मंत्री", "foreign minister")."""
        return list(self._title_index.get(key(name), ()))

    def holders(self, office: str, country: str = "", on: str = "", org: str = "") -> list[Record]:
        """People who held `office` (a TITLE id) for `country` and/or `org`, in office first, then by latest
        start; `on` (an ISO date) keeps those in office that day."""
        found = [
            r for r in self.records.values()
            if r.office == office and (not country or r.country == country) and (not org or r.org == org)
            and (not on or ((not r.start or r.start[: len(on)] <= on) and (not r.end or on[: len(r.end)] <= r.end)))
        ]
        return sorted(found, key=lambda r: (not r.current, _neg(r.start)))

    def search(self, query: str, limit: int = 10) -> list[tuple[Record, float]]:
        """The records (titles included) whose names best match `query`, best first, with a score out of
        100: exact key matches score 100; others mostly by shared words (so "putin" finds "vladimir
        putin"), partly by whole-string similarity (so a misspelling finds its name)."""
        from rapidfuzz import process  # only the CLI searches: keep `import ghatna.kb` light

        if self._names is None:
            self._names = {k: [*self._index.get(k, ()), *self._title_index.get(k, ())]
                           for k in {**self._index, **self._title_index}}
        wanted = key(query)
        best: dict[str, tuple[Record, float]] = {r.id: (r, 100.0) for r in self._names.get(wanted, ())}
        for choice, score, _ in process.extract(wanted, list(self._names), scorer=_similarity, limit=limit * 4):
            for record in self._names[choice]:
                if record.id not in best or best[record.id][1] < score:
                    best[record.id] = (record, round(float(score), 1))
        return sorted(best.values(), key=lambda pair: -pair[1])[:limit]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self):
        return iter(self.records.values())

    # ---- checks across files ------------------------------------------------------------------

    def _check_references(self) -> None:
        for r in self.records.values():
            if r.country and r.country not in self.countries:
                raise KBError(f"{r.source}: unknown country {r.country!r}: no record has iso3 {r.country}")
            if r.office and r.office not in self.titles:
                raise KBError(f"{r.source}: unknown office {r.office!r}: no TITLE record has that id")
            for column in ("capital", "org"):
                ref = getattr(r, column)
                if ref and ref not in self.records:
                    raise KBError(f"{r.source}: unknown {column} {ref!r}: no record has that id")


def _similarity(a: str, b: str, **_: object) -> float:
    from rapidfuzz import fuzz

    return 0.85 * fuzz.token_set_ratio(a, b) + 0.15 * fuzz.ratio(a, b)


def _neg(iso: str) -> str:
    """A sort key that puts later dates first."""
    return "".join(chr(0x7F - ord(c)) for c in iso) if iso else "\x7f"


def _signature(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as e:
        raise KBError(f"{path}: cannot read: {e.strerror}") from None
    return str(path), stat.st_size, stat.st_mtime_ns


@lru_cache(maxsize=8)
def _load(signatures: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    return cached(signatures, lambda: KnowledgeBase(r for signature in signatures for r in _read(signature)))


@lru_cache(maxsize=64)
def _read(signature: tuple[str, int, int]) -> tuple[Record, ...]:
    """One file's records, parsed once per version of the file (user files are checked against the rest)."""
    return tuple(read_file(Path(signature[0])))
