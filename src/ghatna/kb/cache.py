"""The compiled KB on disk: a checked and indexed `KnowledgeBase`, pickled in the user's cache directory.

Parsing, checking and keying ~25,000 names takes most of a second; unpickling the result takes a tenth
of that. The cache is keyed by the KB files (path, size, modification time) and by the code that reads
them, so an edited file or a new ghatna version is read again; a damaged or unwritable cache is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ENV_CACHE = "GHATNA_CACHE_DIR"
_KEEP = 4  # compiled KBs kept (a user with extra files alternates between a few)
_HERE = Path(__file__).parent
_CODE = [*(_HERE / n for n in ("base.py", "keys.py", "model.py", "tsv.py")), _HERE.parent / "normalize.py"]

T = TypeVar("T")


def cache_dir() -> Path:
    """$GHATNA_CACHE_DIR, else $XDG_CACHE_HOME/ghatna, else ~/.cache/ghatna."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ghatna"


def cached(signatures: tuple[tuple[str, int, int], ...], build: Callable[[], T]) -> T:
    """The object `build()` returns for these files, from the disk cache when it is there."""
    code = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in _CODE if p.exists()]
    digest = hashlib.sha256(repr((sys.version_info[:2], code, signatures)).encode()).hexdigest()[:24]
    directory = cache_dir()
    path = directory / f"kb-{digest}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:  # missing, damaged, or written by another version: build it again
        pass
    value = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=directory, suffix=".tmp", delete=False) as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
        old = sorted(directory.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[_KEEP:]
        for stale in old:
            stale.unlink(missing_ok=True)
    except OSError:  # a read-only home: work without the cache
        pass
    return value
