"""HTML to article text, traceable to the characters of the HTML source.

trafilatura decides what the article body is and reads the metadata. It returns plain text without
positions, so each line it returns is found again among the page's visible text, which a small
parser collects with the source offset of every character. The body text then maps back to the HTML.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

import trafilatura

from ghatna.errors import InputError
from ghatna.offsets import TextBuilder
from ghatna.schema import OffsetMap, Removed

_SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "select"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
}
# precomposed nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ ऩ ऱ ऴ) → their base letters
_NUKTA_BASE = dict(zip("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u0929\u0931\u0934",
                       "कखगजडढफयनरळ", strict=True))
_FORMAT = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_MIN_BODY_WORDS = 5
_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<!--)", re.IGNORECASE)
_HAS_BLOCK_TAGS = re.compile(r"<(?:p|div|article|br|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.match(text)) or len(_HAS_BLOCK_TAGS.findall(text[:20000])) >= 2


@dataclass
class HtmlBody:
    text: str
    offsets: OffsetMap  # body text → HTML source
    removed: list[Removed]  # visible page text that is not the article body
    title: str | None
    published: str | None
    site: str | None
    url: str | None
    byline: str | None


class _VisibleText(HTMLParser):
    """Collects visible characters with their source ranges; a block tag breaks the text with '\\n'."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skip = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _break(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            pos = self._pos()
            self.chars.append("\n")
            self.starts.append(pos)
            self.ends.append(pos)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":
            self.skip = 0
        elif tag in _SKIP:
            self.skip += 1
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        pos = self._pos()
        self.chars.extend(data)
        self.starts.extend(range(pos, pos + len(data)))
        self.ends.extend(range(pos + 1, pos + len(data) + 1))

    def _reference(self, raw: str) -> None:
        if self.skip:
            return
        pos = self._pos()
        end = pos + len(raw) + (1 if self.source.startswith(";", pos + len(raw)) else 0)
        for ch in unescape(self.source[pos:end]):
            self.chars.append(ch)
            self.starts.append(pos)
            self.ends.append(end)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)


def read_html(source: str) -> HtmlBody:
    """Extract the article body of an HTML page; `InputError` when it has none."""
    body = trafilatura.extract(
        source, include_comments=False, include_tables=False, include_images=False,
        include_links=False, deduplicate=False, favor_recall=True,
    )
    if not body or len(body.split()) < _MIN_BODY_WORDS:  # a menu or a lone link is no article
        raise InputError("HTML with no article body")
    meta = trafilatura.extract_metadata(source, extensive=False)
    visible = _VisibleText(source)
    visible.feed(source)
    visible.close()
    text, offsets, used = _align(body.split("\n"), visible)
    return HtmlBody(
        text=text,
        offsets=offsets,
        removed=_unused_blocks(visible, used, source),
        title=meta.title if meta else None,
        published=meta.date if meta else None,
        site=meta.sitename if meta else None,
        url=meta.url if meta else None,
        byline=meta.author if meta else None,
    )


def _align(lines: list[str], visible: _VisibleText) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    """Find each body line among the visible characters, in order, ignoring whitespace."""
    keep = [i for i, ch in enumerate(visible.chars) if _key(ch)]
    squeezed = "".join(_key(visible.chars[i]) for i in keep)
    out = TextBuilder()
    used: list[tuple[int, int]] = []  # ranges of visible-character indexes taken into the body
    cursor = 0
    prev_end_src = 0
    for line in lines:
        target = "".join(map(_key, line))
        if not target:
            continue
        found = squeezed.find(target, cursor)
        if found < 0:  # trafilatura changed the line: anchor it by its ends
            head, tail = squeezed.find(target[:20], cursor), squeezed.find(target[-20:], cursor)
            if head < 0 or tail < head:
                continue  # not on the page at all (trafilatura invented it): nothing to trace it to
            found, stop = head, tail + min(20, len(target))
        else:
            stop = found + len(target)
        first, last = keep[found], keep[stop - 1]
        if len(out):
            out.replace("\n", prev_end_src, visible.starts[first])
        for k in range(first, last + 1):
            ch, start, end = visible.chars[k], visible.starts[k], visible.ends[k]
            if end - start == 1 and visible.source[start] == ch:
                out.copy(ch, start)
            else:
                out.replace(" " if ch == "\n" else ch, start, end)
        used.append((first, last + 1))
        prev_end_src = visible.ends[last]
        cursor = stop
    text, offsets = out.build()
    if not text.strip():
        raise InputError("HTML with no article body")
    return text, offsets, used


def _key(ch: str) -> str:
    """One character's comparison key: trafilatura may recompose nukta letters or drop invisibles."""
    if ch.isspace() or ch == "\u093c" or _FORMAT.match(ch):
        return ""
    return _NUKTA_BASE.get(ch, ch)


def _unused_blocks(visible: _VisibleText, used: list[tuple[int, int]], source: str) -> list[Removed]:
    """Visible lines of the page that did not go into the body: menus, related links, footers."""
    removed = []
    used_starts = [u[0] for u in used]
    pos = 0
    for block in "".join(visible.chars).split("\n"):
        start, end = pos, pos + len(block)
        pos = end + 1
        lead = len(block) - len(block.lstrip())
        start, end = start + lead, start + len(block.rstrip())
        if start >= end:
            continue
        i = bisect_right(used_starts, start) - 1
        if i >= 0 and used[i][0] <= start < used[i][1]:
            continue
        s, e = visible.starts[start], visible.ends[end - 1]
        removed.append(Removed(start=s, end=e, text=source[s:e], reason="outside-article-body"))
    return removed
