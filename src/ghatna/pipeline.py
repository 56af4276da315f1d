"""The Extractor: loads ghatna's resources once and runs the stages over each document, in order."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from ghatna import __version__
from ghatna.annotate import MODEL_DIR, Annotation, Annotator
from ghatna.clean import Cues, clean, load_cues
from ghatna.events import code_events
from ghatna.incidents import IncidentDetector, agent_in_clause, find_incidents, plover_events
from ghatna.institutions import institution_mentions, speaking_institutions
from ghatna.kb import KnowledgeBase
from ghatna.offsets import compose
from ghatna.quotes import attribute, find_quotes, without_reports
from ghatna.read import Document, from_string, parse_published
from ghatna.resolve.entities import resolve
from ghatna.resolve.groups import KB_PREFIX as GROUP_PREFIX
from ghatna.schema import Article, Entity, Event, Quote, Removed, StageInfo
from ghatna.segment import segment
from ghatna.times import find_times

_UNTERMINATED = re.compile(r"[^।॥.?!…:\"'”’)]\s*$")
_TITLE_MAX_WORDS = 25


class Extractor:
    """Turns article text or HTML into `Article` records; build once, call many times."""

    def __init__(
        self,
        *,
        cues_path: str | Path | None = None,
        kb_paths: tuple[Path, ...] = (),
        model_dir: Path = MODEL_DIR,
    ) -> None:
        """`cues_path`: a boilerplate cue file instead of the packaged one; `kb_paths`: extra knowledge-base
        files or folders; `model_dir`: a spaCy pipeline instead of the packaged one."""
        self.cues: Cues = load_cues(str(cues_path) if cues_path else None)
        self.kb = KnowledgeBase.load(kb_paths)
        self.annotator = Annotator(model_dir)
        self.incidents = IncidentDetector()
        model = self.annotator.version if self.annotator.available else "none"
        self.stages = [
            StageInfo(name="read", version=__version__),
            StageInfo(name="clean", version=f"{__version__}+cues.{_digest(repr(self.cues))[:8]}"),
            StageInfo(name="segment", version=__version__),
            StageInfo(name="annotate", version=model),
            StageInfo(name="resolve", version=f"{__version__}+kb.{len(self.kb)}"),
            StageInfo(name="times", version=__version__),
            StageInfo(name="quotes", version=__version__),
            StageInfo(name="events", version=__version__),
            StageInfo(name="incidents", version=self.incidents.version if self.incidents.available else "none"),
        ]

    def extract(
        self, text_or_html: str, *, published: str | dt.date | None = None, source: str | None = None
    ) -> Article:
        """Extract an article from text or HTML held in memory.

        `published` is the reference date for relative times when the input states none;
        `source` is the input's path or URL, recorded in `Article.source`.
        """
        return self.extract_document(from_string(text_or_html, path=source), published=published)

    def extract_document(self, doc: Document, *, published: str | dt.date | None = None) -> Article:
        """Extract an article from a document produced by a reader."""
        cleaned = clean(doc.body, self.cues)
        offsets, removed = cleaned.offsets, list(doc.removed)
        if doc.body_map is not None:  # cleaned → body → input
            offsets = compose(offsets, doc.body_map)
            for cut in cleaned.removed:
                start, end = doc.body_map.to_input(cut.start, cut.end)
                removed.append(Removed(start=start, end=end, text=doc.input[start:end], reason=cut.reason))
        else:
            removed.extend(cleaned.removed)
        removed.sort(key=lambda r: (r.start, r.end))

        src = doc.source.model_copy()
        src.published = src.published or parse_published(published)
        src.byline = src.byline or cleaned.kept.get("byline")
        src.dateline = src.dateline or cleaned.kept.get("dateline")
        src.title = src.title or _title(cleaned.text)

        text = cleaned.text
        sentences = segment(text)
        annotation = self.annotator.annotate(text, sentences) if self.annotator.available else Annotation([], [])
        tags = {t.start: t.pos for t in annotation.tokens}
        entities = resolve(text, sentences, annotation.entities, self.kb, src.published, tags)
        mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
        times = find_times(text, sentences, src.published)
        candidates = find_quotes(text, sentences)
        # state organs that speak (पुलिस ने कहा) are speakers of their own; in events they act for their state
        organs = speaking_institutions(
            text, sentences, [c.speaker for c in candidates if c.speaker and not c.pronoun], mentions, entities)
        organs = [o.model_copy(update={"id": f"e{len(entities) + i}"}) for i, o in enumerate(organs)]
        quotes = attribute(candidates, text, sorted(mentions + [(m.start, m.end, o.id, o.type) for o in organs
                                                                 for m in o.mentions]))
        quotes = without_reports(quotes, {e.id for e in entities if e.actor and e.actor.endswith("MED")})
        entities = entities + [o for o in organs if any(q.speaker == o.id for q in quotes)]
        # in events, a state's organs and officials act for the state
        mentions = sorted(mentions + institution_mentions(text, sentences, mentions, entities, self.kb))
        quoted = [(q.start, q.end, q.speaker, q.direct) for q in quotes]
        events = code_events(text, sentences, mentions, entities, times, quoted)
        incidents = find_incidents(text, sentences, entities, times, self.incidents)
        # an actor counts only as the agent of the incident's own clause; a victim stays without one
        readings = [(e, agent_in_clause(text, e, entities)) for e in plover_events(text, incidents, entities)]
        actors = [e if agent else e.model_copy(update={"source": None}) for e, agent in readings if agent or e.target]
        events = _merge_events(events, incidents + actors)
        entities, events, quotes = _drop_idle_groups(entities, events, quotes)
        return Article(
            id=_digest(text),
            source=src,
            text=text,
            removed=removed,
            offsets=offsets,
            sentences=sentences,
            entities=entities,
            events=events,
            quotes=quotes,
            times=times,
            pipeline=list(self.stages),
        )


def _merge_events(coded: list[Event], incidents: list[Event]) -> list[Event]:
    """Lexicon events and incidents in text order, renumbered. An incident's PLOVER reading is left out
    where the lexicon already coded that type in that sentence (`X ने Y पर हमला किया` is both), or that
    type by the same actor anywhere in the article (the attack told again, now with its target)."""
    coded_in = {(e.type, e.sentence) for e in coded} | {(e.type, e.source) for e in coded if e.source}
    merged = coded + [e for e in incidents if not {(e.type, e.sentence), (e.type, e.source)} & coded_in]
    merged.sort(key=lambda e: e.trigger.start)
    return [e.model_copy(update={"id": f"v{i}"}) for i, e in enumerate(merged)]


def _drop_idle_groups(
    entities: list[Entity], events: list[Event], quotes: list[Quote]
) -> tuple[list[Entity], list[Event], list[Quote]]:
    """Unnamed groups (`resolve.groups`) stay only where an event or a quote gives them a role; the
    entities left are renumbered and every reference follows."""
    used = {e.source for e in events} | {e.target for e in events} | {q.speaker for q in quotes}
    kept = [e for e in entities if not (e.kb_id or "").startswith(GROUP_PREFIX) or e.id in used]
    new_id = {e.id: f"e{i}" for i, e in enumerate(kept)}

    def ref(old: str | None) -> str | None:
        return new_id.get(old) if old else None

    entities = [e.model_copy(update={"id": new_id[e.id]}) for e in kept]
    events = [e.model_copy(update={"source": ref(e.source), "target": ref(e.target), "location": ref(e.location)})
              for e in events]
    quotes = [q.model_copy(update={"speaker": ref(q.speaker)}) for q in quotes]
    return entities, events, quotes


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _title(text: str) -> str | None:
    """A plain-text article's first line is its headline when it is short and unpunctuated."""
    first = text.split("\n", 1)[0]
    if "\n" in text and len(first.split()) <= _TITLE_MAX_WORDS and _UNTERMINATED.search(first):
        return first
    return None
