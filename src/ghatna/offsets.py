"""Building text while remembering where every character came from.

A `TextBuilder` appends pieces of output text, each tied to a range of its input: a *copy* (the same
characters, mapped one to one) or a *replacement* (a normalization, mapped as a block). Stages that
rewrite text chain their maps with `compose`, so the final cleaned text still maps to the raw input.
"""

from __future__ import annotations

from bisect import bisect_right

from ghatna.schema import OffsetMap

Segment = tuple[int, int, int, int]  # clean_start, clean_end, input_start, input_end


class TextBuilder:
    """Accumulates output text and its segments, merging adjacent copies."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[list[int]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, text: str, input_start: int) -> None:
        """Append `text`, which is exactly the input at `input_start`."""
        if not text:
            return
        n = len(text)
        last = self._segments[-1] if self._segments else None
        if last and last[1] == self._length and last[3] == input_start and last[1] - last[0] == last[3] - last[2]:
            last[1] += n
            last[3] += n
        else:
            self._segments.append([self._length, self._length + n, input_start, input_start + n])
        self._parts.append(text)
        self._length += n

    def replace(self, text: str, input_start: int, input_end: int) -> None:
        """Append `text` as the normalized form of the input range `[input_start, input_end)`."""
        if not text:
            return
        self._segments.append([self._length, self._length + len(text), input_start, input_end])
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        segments = [(a, b, c, d) for a, b, c, d in self._segments]
        return "".join(self._parts), OffsetMap(segments=segments)


def identity(length: int) -> OffsetMap:
    return OffsetMap(segments=[(0, length, 0, length)] if length else [])


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """Chain `outer` (text C → text B) with `inner` (text B → text A) into C → A."""
    inner_starts = [s[0] for s in inner.segments]
    out: list[Segment] = []
    for cs, ce, bs, be in outer.segments:
        if ce - cs != be - bs:  # a block stays a block
            a_start, a_end = inner.to_input(bs, be)
            out.append((cs, ce, a_start, a_end))
            continue
        # A copy may straddle several inner segments: split it where they meet.
        i = max(0, bisect_right(inner_starts, bs) - 1)
        pos = bs
        while pos < be:
            if i >= len(inner.segments):
                a = inner.to_input(pos, be)
                out.append((cs + pos - bs, ce, a[0], a[1]))
                break
            ibs, ibe, ias, iae = inner.segments[i]
            if pos >= ibe:
                i += 1
                continue
            stop = min(be, ibe)
            c0, c1 = cs + pos - bs, cs + stop - bs
            if ibe - ibs == iae - ias:
                out.append((c0, c1, ias + pos - ibs, ias + stop - ibs))
            elif pos == ibs and stop == ibe:
                out.append((c0, c1, ias, iae))
            else:  # part of a normalized block: map to the whole block
                out.append((c0, c1, ias, iae))
            pos = stop
            i += 1
    return OffsetMap(segments=_merge(out))


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[list[int]] = []
    for cs, ce, is_, ie in segments:
        last = merged[-1] if merged else None
        if (
            last
            and last[1] == cs
            and last[3] == is_
            and last[1] - last[0] == last[3] - last[2]
            and ce - cs == ie - is_
        ):
            last[1], last[3] = ce, ie
        else:
            merged.append([cs, ce, is_, ie])
    return [(a, b, c, d) for a, b, c, d in merged]
