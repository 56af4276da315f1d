"""The Article record: ghatna's versioned output (`ghatna.article/1`).

Every extracted fact carries character offsets into `Article.text` (the cleaned text); `Article.offsets`
maps those back to the input as it was read, and `Article.removed` lists what cleaning took out.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "ghatna.article/1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PLOVER_TYPES: tuple[str, ...] = PloverType.__args__  # type: ignore[attr-defined]
Modality = Literal["asserted", "intended", "reported", "hypothetical"]
Precision = Literal["day", "month", "year", "decade", "century"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A half-open character range `[start, end)` of the cleaned text, with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Source(_Record):
    """Where the article came from and what its input said about itself."""

    path: str | None = Field(None, description="file path, URL or other locator of the input")
    format: Literal["text", "html", "jsonl"] = "text"
    encoding: str | None = Field(None, description="encoding the input bytes were decoded with")
    title: str | None = None
    published: dt.date | None = Field(None, description="publication date; the reference date of relative times")
    site: str | None = None
    url: str | None = None
    byline: str | None = Field(None, description="author line removed from the story text")
    dateline: str | None = Field(None, description="place/date/agency line removed from the story text")


class Removed(_Record):
    """A span of the input left out of the cleaned text, and why."""

    start: int = Field(ge=0, description="offset into the input")
    end: int = Field(ge=0)
    text: str
    reason: str = Field(description="cue class, e.g. related-link, caption, share-bar, footer")


class OffsetMap(_Record):
    """Maps cleaned-text offsets to input offsets.

    `segments` are `[clean_start, clean_end, input_start, input_end]`, sorted and non-overlapping. A
    segment of equal lengths is copied character for character; one of unequal lengths is a
    normalization (e.g. CRLF → LF, a run of spaces → one space) and maps as a block.
    """

    segments: list[tuple[int, int, int, int]] = Field(default_factory=list)

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        """Input range covering the cleaned range `[start, end)`."""
        if not self.segments:
            return start, end
        return self._point(start, left=True), self._point(end, left=False)

    def _point(self, offset: int, *, left: bool) -> int:
        starts = [s[0] for s in self.segments]
        i = max(0, bisect_right(starts, offset) - 1)
        if not left and i > 0 and offset == self.segments[i][0]:
            i -= 1  # an end offset belongs to the segment it closes
        cs, ce, is_, ie = self.segments[i]
        if offset >= ce:
            return ie
        if ce - cs == ie - is_:
            return is_ + (offset - cs)
        return is_ if left or offset == cs else ie


class Sentence(Span):
    """A sentence of the cleaned text and the tokens it was cut into (as `[start, end]` pairs)."""

    tokens: list[tuple[int, int]] = Field(default_factory=list)


class Mention(Span):
    sentence: int = Field(description="index into Article.sentences")


class Entity(_Record):
    id: str
    type: EntityType
    name: str = Field(description="best Hindi form")
    name_en: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list, description="roles and titles, e.g. राष्ट्रपति")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    actor: str | None = Field(None, description="CAMEO/PLOVER-style actor code: country + sector")
    kb_id: str | None = None
    wikidata: str | None = None
    confidence: float = Field(1.0, ge=0, le=1)


class Event(_Record):
    id: str
    type: str = Field(description="a PLOVER type or an incident type")
    mode: str | None = None
    cameo: str | None = None
    source: str | None = Field(None, description="entity id")
    target: str | None = Field(None, description="entity id")
    location: str | None = Field(None, description="entity id")
    date: str | None = Field(None, description="ISO 8601 at the precision known")
    date_precision: Precision | None = None
    trigger: Span
    sentence: int
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = Field(1.0, ge=0, le=1)
    gist_en: str | None = None
    evidence: str | None = Field(None, description="the rule or model that produced the event")


class Quote(Span):
    id: str
    speaker: str | None = Field(None, description="entity id")
    direct: bool = Field(description="quoted words (true) or reported speech (false)")
    cue: Span | None = Field(None, description="the speech verb or marker that attributes it")


class TimeExpr(Span):
    value: str = Field(description="ISO 8601: 2026-01-28, 2026-01, 2026, XXXX-08-21, or a duration P14Y")
    precision: Precision | None = None
    kind: Literal["date", "duration", "set"] = "date"
    relative_to: dt.date | None = Field(None, description="reference date a relative expression was resolved against")


class StageInfo(_Record):
    name: str
    version: str


class Article(_Record):
    """One input article and everything extracted from it."""

    schema_version: Literal["ghatna.article/1"] = Field(SCHEMA_VERSION, alias="schema")
    id: str = Field(description="sha256 of the cleaned text")
    source: Source = Field(default_factory=Source)
    language: str = "hi"
    text: str = Field(description="the cleaned story text every offset refers to")
    removed: list[Removed] = Field(default_factory=list)
    offsets: OffsetMap = Field(default_factory=OffsetMap)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    pipeline: list[StageInfo] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> str:
    """The JSON Schema of `Article`, as published by `ghatna schema`."""
    schema = Article.model_json_schema(by_alias=True)
    schema["$id"] = f"https://ghatna.invalid/schema/{SCHEMA_VERSION}.json"
    schema["title"] = SCHEMA_VERSION
    return json.dumps(schema, ensure_ascii=False, indent=2)
