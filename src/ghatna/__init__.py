"""ghatna: structured, traceable knowledge from Hindi news articles.

    import ghatna
    article = ghatna.extract(text_or_html, published="2026-01-29")
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

try:
    __version__ = version("ghatna")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from ghatna.pipeline import Extractor
    from ghatna.schema import Article

__all__ = ["Article", "Extractor", "__version__", "extract"]


def __getattr__(name: str):  # import the pipeline lazily: `ghatna --version` must stay instant
    if name == "Extractor":
        from ghatna.pipeline import Extractor

        return Extractor
    if name == "Article":
        from ghatna.schema import Article

        return Article
    raise AttributeError(name)


@cache
def _default_extractor() -> Extractor:
    from ghatna.pipeline import Extractor

    return Extractor()


def extract(text_or_html: str, *, published: str | dt.date | None = None, source: str | None = None) -> Article:
    """Extract one article with a shared default `Extractor` (loaded on first use)."""
    return _default_extractor().extract(text_or_html, published=published, source=source)
