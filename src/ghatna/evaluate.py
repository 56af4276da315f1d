"""Score the pipeline against gold articles (docs/evaluation.md; gold format: GOLD-FORMAT.md).

Everything that decides a match is a small pure function over gold records and an `Article`, so the
rules can be unit-tested without running any NLP. `evaluate_dir` is the only function that calls the
extractor.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field, model_validator
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ghatna.schema import PLOVER_TYPES, Article, EntityType, Event, PloverType

GOLD_SUFFIX = ".gold.json"
DISTINCTIVE_WORDS = 3  # a boilerplate string this long cannot plausibly occur in the story by chance

# --------------------------------------------------------------------------------------------------
# Gold records: GOLD-FORMAT.md read unchanged (unknown extra fields such as `why` are ignored)


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class GoldEntity(_Gold):
    key: str
    type: EntityType
    name: str
    mentions: list[str] = Field(default_factory=list)
    optional: bool = False


class GoldForbidden(_Gold):
    type: PloverType
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)


class GoldEvent(GoldForbidden):
    location: str | None = None
    date: str | None = None
    evidence: str | None = None
    optional: bool = False


class GoldQuote(_Gold):
    speaker: str | None
    text: str
    direct: bool = True
    optional: bool = False


class GoldTime(_Gold):
    text: str
    value: str
    optional: bool = False


class GoldArticle(_Gold):
    """One parsed `NAME.gold.json`, with the paths of itself and of the article file beside it."""

    id: str
    text_file: str
    published: dt.date | None = None
    boilerplate: list[str] = Field(default_factory=list)
    entities: list[GoldEntity] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    forbidden_events: list[GoldForbidden] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    times: list[GoldTime] = Field(default_factory=list)
    gold_path: Path
    text_path: Path

    @model_validator(mode="after")
    def _keys_resolve(self) -> GoldArticle:
        known = {e.key for e in self.entities}
        if len(known) != len(self.entities):
            raise ValueError("duplicate entity keys")
        used = [k for ev in (*self.events, *self.forbidden_events) for k in (*ev.source, *ev.target)]
        used += [ev.location for ev in self.events if ev.location]
        used += [q.speaker for q in self.quotes if q.speaker]
        if unknown := sorted(set(used) - known):
            raise ValueError(f"undefined entity keys: {', '.join(unknown)}")
        return self


def parse_gold(path: Path) -> GoldArticle:
    """Parse one gold file; any problem is a `ValueError` naming the file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("top level is not a JSON object")
        text_path = path.parent / str(raw.get("text_file", ""))
        gold = GoldArticle.model_validate({**raw, "gold_path": path, "text_path": text_path})
    except (OSError, ValueError, ValidationError) as exc:  # JSON and UTF-8 errors are ValueErrors
        raise ValueError(f"{path.name}: malformed gold: {exc}") from exc
    if not gold.text_path.is_file():
        raise ValueError(f"{path.name}: text_file {gold.text_file!r} not found beside it")
    return gold


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """All `*.gold.json` of `gold_dir`, sorted by file name."""
    paths = sorted(Path(gold_dir).glob(f"*{GOLD_SUFFIX}"))
    if not paths:
        raise ValueError(f"{gold_dir}: no *{GOLD_SUFFIX} files")
    return [parse_gold(p) for p in paths]


# --------------------------------------------------------------------------------------------------
# Normalization and text comparison


def squeeze(text: str) -> str:
    """NFC, without format characters (ZWJ/ZWNJ) and without any whitespace.

    Dropping whitespace entirely (not just collapsing it) makes containment robust to a cleaner
    that joins lines or adds the missing space in "देंगे.बीबीसी".
    """
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def name_key(text: str) -> str:
    """Form used to compare entity names and mentions: NFC, punctuation stripped, spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(c for c in text if (cat := unicodedata.category(c))[0] != "P" and cat != "Cf")
    return " ".join(kept.split()).casefold()


def common_run(a: str, b: str) -> int:
    """Length of the longest common substring of `a` and `b`."""
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def overlaps(a: str, b: str) -> bool:
    """The quote rule: the texts share a run of at least half of the shorter one's characters.

    Both are squeezed first. Two spans of one document overlap exactly by a common substring, so this
    is span overlap without needing gold offsets (gold gives only strings).
    """
    a, b = squeeze(a), squeeze(b)
    return bool(a and b) and 2 * common_run(a, b) >= min(len(a), len(b))


# --------------------------------------------------------------------------------------------------
# Report records


class _Report(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


class Counts(_Report):
    """Match counts of one task. `duplicates`: system items that matched an already-credited gold item
    (or an optional one); they are neither true nor false positives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0

    @computed_field
    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field
    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


class TaskScore(Counts):
    missed: list[str] = Field(default_factory=list, description="required gold items not found")
    spurious: list[str] = Field(default_factory=list, description="system items counted as false positives")


class Accuracy(_Report):
    correct: int = 0
    total: int = 0

    @computed_field
    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)


class BoilerplateScore(_Report):
    gold: int = Field(0, description="gold boilerplate strings")
    surviving: list[str] = Field(default_factory=list, description="gold boilerplate still in the cleaned text")
    removed_spans: int = Field(
        0, description="Article.removed spans scored (non-blank, not title/byline/dateline/site)"
    )
    removed_on_boilerplate: int = Field(0, description="of those, spans overlapping a gold boilerplate string")
    removed_elsewhere: list[str] = Field(default_factory=list)

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.gold - len(self.surviving), self.gold)

    @computed_field
    @property
    def precision(self) -> float | None:
        return _ratio(self.removed_on_boilerplate, self.removed_spans)


class StoryLoss(_Report):
    checked: int = 0
    lost: list[str] = Field(default_factory=list, description="gold strings absent from the cleaned text")
    in_metadata: list[str] = Field(
        default_factory=list, description="absent from the text but kept as title, byline, dateline or site"
    )

    @computed_field
    @property
    def count(self) -> int:
        return len(self.lost)


class ArticleScore(_Report):
    id: str
    gold_path: str
    error: str | None = Field(None, description="the extractor failed; tasks scored as if it produced nothing")
    boilerplate: BoilerplateScore | None = None
    story_loss: StoryLoss | None = None
    entities: TaskScore
    events: TaskScore
    quotes: TaskScore
    times: TaskScore
    event_location: Accuracy
    event_date: Accuracy
    forbidden_produced: list[str] = Field(default_factory=list)
    events_not_scored: int = Field(0, description="negated, hypothetical or non-PLOVER system events")


class MicroAverage(_Report):
    entities: Counts
    events: Counts
    quotes: Counts
    times: Counts
    event_location: Accuracy
    event_date: Accuracy
    boilerplate_recall: Accuracy
    boilerplate_precision: Accuracy
    story_loss: int
    forbidden_produced: int
    errors: int


class EvalReport(_Report):
    gold_dir: str
    articles: list[ArticleScore]
    micro: MicroAverage

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


# --------------------------------------------------------------------------------------------------
# Boilerplate and story loss


def _coverage(line: str, patterns: Iterable[str]) -> float:
    """Share of the (squeezed) line's characters covered by occurrences of the patterns."""
    covered = [False] * len(line)
    for p in patterns:
        start = line.find(p) if p else -1
        while start >= 0:
            covered[start : start + len(p)] = [True] * len(p)
            start = line.find(p, start + 1)
    return sum(covered) / len(line) if line else 0.0


def surviving_boilerplate(boilerplate: Sequence[str], text: str) -> list[str]:
    """Gold boilerplate strings still present in the cleaned text.

    A distinctive string (DISTINCTIVE_WORDS words or more) survives if it occurs anywhere. A short one
    (a menu item such as "भारत") survives only inside a line made at least half of boilerplate, since
    the same word may well belong to the story.
    """
    whole = squeeze(text)
    lines = [squeeze(line) for line in text.splitlines()]
    patterns = [squeeze(b) for b in boilerplate]

    def survives(b: str, p: str) -> bool:
        if len(b.split()) >= DISTINCTIVE_WORDS:
            return p in whole
        return any(p in line and _coverage(line, patterns) >= 0.5 for line in lines)

    return [b for b, p in zip(boilerplate, patterns, strict=True) if p and survives(b, p)]


def _metadata(article: Article) -> list[str]:
    src = article.source
    return [squeeze(s) for s in (src.title, src.byline, src.dateline, src.site) if s]


def score_boilerplate(gold: GoldArticle, article: Article) -> BoilerplateScore:
    """Recall: share of gold boilerplate strings absent from the cleaned text.

    Precision: share of `Article.removed` spans that overlap some gold boilerplate string (the
    `overlaps` rule on their texts). Blank spans and spans that are the title, byline, dateline or
    site are not scored: gold does not annotate those, and the article keeps them in `Source`.
    """
    meta = _metadata(article)
    boiler = [b for b in gold.boilerplate if squeeze(b)]
    spans = [r.text for r in article.removed if squeeze(r.text) not in ("", *meta)]
    elsewhere = [s for s in spans if not any(overlaps(s, b) for b in boiler)]
    return BoilerplateScore(
        gold=len(boiler),
        surviving=surviving_boilerplate(boiler, article.text),
        removed_spans=len(spans),
        removed_on_boilerplate=len(spans) - len(elsewhere),
        removed_elsewhere=elsewhere,
    )


def story_strings(gold: GoldArticle) -> list[str]:
    """Gold strings that must survive cleaning: mentions, names, quote texts, event evidence."""
    strings = [s for e in gold.entities for s in (e.name, *e.mentions)]
    strings += [q.text for q in gold.quotes] + [ev.evidence for ev in gold.events if ev.evidence]
    return list(dict.fromkeys(s for s in strings if squeeze(s)))


def score_story_loss(gold: GoldArticle, article: Article) -> StoryLoss:
    strings, whole, meta = story_strings(gold), squeeze(article.text), _metadata(article)
    absent = [s for s in strings if squeeze(s) not in whole]
    in_meta = [s for s in absent if any(squeeze(s) in m for m in meta)]
    return StoryLoss(checked=len(strings), lost=[s for s in absent if s not in in_meta], in_metadata=in_meta)


# --------------------------------------------------------------------------------------------------
# Matching


Alignment = dict[str, frozenset[str]]  # system entity id -> gold entity keys it aligns to


def align_entities(gold_entities: Sequence[GoldEntity], article: Article) -> Alignment:
    """Each system entity's gold keys: a mention text or its name equals (by `name_key`) a gold mention
    or name, and the types agree. Optional gold entities align too."""
    index: dict[tuple[str, str], set[str]] = {}
    for g in gold_entities:
        for form in (g.name, *g.mentions):
            index.setdefault((g.type, name_key(form)), set()).add(g.key)
    alignment: Alignment = {}
    for e in article.entities:
        forms = {name_key(m.text) for m in e.mentions} | {name_key(e.name)}
        alignment[e.id] = frozenset(k for f in forms for k in index.get((e.type, f), ()))
    return alignment


def resolve(entity_id: str | None, alignment: Alignment) -> frozenset[str]:
    return alignment.get(entity_id, frozenset()) if entity_id else frozenset()


def role_matches(gold_keys: Sequence[str], system_keys: frozenset[str]) -> bool:
    """An empty gold role (unstated actor) matches anything; otherwise any acceptable key will do."""
    return not gold_keys or bool(system_keys.intersection(gold_keys))


def event_matches(event: Event, gold: GoldForbidden, alignment: Alignment) -> bool:
    """Same type, and source/target resolve into the gold roles; CONSULT also matches swapped."""
    if event.type != gold.type:
        return False
    src, tgt = resolve(event.source, alignment), resolve(event.target, alignment)
    if role_matches(gold.source, src) and role_matches(gold.target, tgt):
        return True
    return gold.type == "CONSULT" and role_matches(gold.source, tgt) and role_matches(gold.target, src)


def is_scored_event(event: Event) -> bool:
    """Gold codes PLOVER events said to have happened (or to be reported, intended)."""
    return event.type in PLOVER_TYPES and not event.negated and event.modality != "hypothetical"


def quote_matches(speaker: str | None, text: str, gold: GoldQuote, alignment: Alignment) -> bool:
    speaker_ok = gold.speaker is None or gold.speaker in resolve(speaker, alignment)
    return speaker_ok and overlaps(text, gold.text)


def time_matches(text: str, value: str, gold: GoldTime) -> bool:
    """Equal normalized value, and the system span overlaps the gold text by the quote rule."""
    return value == gold.value and overlaps(text, gold.text)


def max_matching(candidates: Sequence[set[int]], required: set[int]) -> dict[int, int]:
    """Maximum one-to-one assignment of system items to required gold items (Kuhn's algorithm), so one
    system item never credits two gold items and one gold item is credited once."""
    owner: dict[int, int] = {}  # gold index -> system index

    def claim(s: int, seen: set[int]) -> bool:
        for g in candidates[s] & required:
            if g not in seen:
                seen.add(g)
                if g not in owner or claim(owner[g], seen):
                    owner[g] = s
                    return True
        return False

    for s in range(len(candidates)):
        claim(s, set())
    return {s: g for g, s in owner.items()}


def score_task(
    candidates: Sequence[set[int]],
    optional: Sequence[bool],
    system_labels: Sequence[str],
    gold_labels: Sequence[str],
) -> tuple[TaskScore, dict[int, int]]:
    """P/R counts from the gold items each system item matches (`candidates[i]`, indices into gold).

    TP: size of the maximum matching with required gold items. A system item outside it that still
    matches some gold item (required or optional) is a duplicate, not counted; one matching nothing is
    a false positive. Unmatched required gold items are false negatives.
    """
    required = {i for i, opt in enumerate(optional) if not opt}
    assigned = max_matching(candidates, required)
    credited = set(assigned.values())
    spurious = [i for i, c in enumerate(candidates) if not c]
    score = TaskScore(
        tp=len(assigned),
        fp=len(spurious),
        fn=len(required - credited),
        duplicates=len(candidates) - len(assigned) - len(spurious),
        missed=[gold_labels[i] for i in sorted(required - credited)],
        spurious=[system_labels[i] for i in spurious],
    )
    return score, assigned


def _entity_label(article: Article, entity_id: str | None) -> str:
    names = {e.id: e.name for e in article.entities}
    return names.get(entity_id, entity_id) if entity_id else "?"


def _event_label(article: Article, e: Event) -> str:
    roles = f"{_entity_label(article, e.source)} -> {_entity_label(article, e.target)}"
    return f"{e.type} {roles} [{e.trigger.text}]"


def _gold_event_label(ev: GoldForbidden) -> str:
    return f"{ev.type} {'|'.join(ev.source) or '*'} -> {'|'.join(ev.target) or '*'}"


def score_entities(gold: GoldArticle, article: Article, alignment: Alignment) -> TaskScore:
    index = {g.key: i for i, g in enumerate(gold.entities)}
    candidates = [{index[k] for k in alignment[e.id]} for e in article.entities]
    score, _ = score_task(
        candidates,
        [g.optional for g in gold.entities],
        [f"{e.name} ({e.type})" for e in article.entities],
        [f"{g.key} ({g.type})" for g in gold.entities],
    )
    return score


def score_events(
    gold: GoldArticle, article: Article, alignment: Alignment
) -> tuple[TaskScore, Accuracy, Accuracy, list[str]]:
    """Events P/R/F1, location and date accuracy on matched pairs, and the forbidden events produced.

    A system event that matches a gold event is never forbidden, even if a looser forbidden pattern
    (empty roles) fits it too; any other event matching a forbidden pattern is listed (it is already a
    false positive for matching no gold event).
    """
    events = [e for e in article.events if is_scored_event(e)]
    candidates = [{i for i, g in enumerate(gold.events) if event_matches(e, g, alignment)} for e in events]
    labels = [_event_label(article, e) for e in events]
    score, assigned = score_task(
        candidates, [g.optional for g in gold.events], labels, [_gold_event_label(g) for g in gold.events]
    )
    location, date = Accuracy(), Accuracy()
    for s, g in assigned.items():
        ev, gev = events[s], gold.events[g]
        if gev.location:
            location.total += 1
            location.correct += gev.location in resolve(ev.location, alignment)
        if gev.date:
            date.total += 1
            date.correct += ev.date == gev.date
    forbidden = [
        f"{labels[i]} ~ {_gold_event_label(f)}"
        for i, e in enumerate(events)
        if not candidates[i] and (f := forbidden_match(e, gold.forbidden_events, alignment))
    ]
    return score, location, date, forbidden


def forbidden_match(event: Event, forbidden: Sequence[GoldForbidden], alignment: Alignment) -> GoldForbidden | None:
    return next((f for f in forbidden if event_matches(event, f, alignment)), None)


def score_quotes(gold: GoldArticle, article: Article, alignment: Alignment) -> TaskScore:
    candidates = [
        {i for i, g in enumerate(gold.quotes) if quote_matches(q.speaker, q.text, g, alignment)} for q in article.quotes
    ]
    score, _ = score_task(
        candidates,
        [g.optional for g in gold.quotes],
        [f"{_entity_label(article, q.speaker)}: {q.text}" for q in article.quotes],
        [f"{g.speaker}: {g.text}" for g in gold.quotes],
    )
    return score


def score_times(gold: GoldArticle, article: Article) -> TaskScore:
    """Only date expressions are scored: gold does not annotate durations or sets."""
    times = [t for t in article.times if t.kind == "date"]
    candidates = [{i for i, g in enumerate(gold.times) if time_matches(t.text, t.value, g)} for t in times]
    score, _ = score_task(
        candidates,
        [g.optional for g in gold.times],
        [f"{t.text} = {t.value}" for t in times],
        [f"{g.text} = {g.value}" for g in gold.times],
    )
    return score


# --------------------------------------------------------------------------------------------------
# Articles, directories, report


def _empty_article() -> Article:
    return Article(id="", text="")


def score_article(gold: GoldArticle, article: Article, *, error: str | None = None) -> ArticleScore:
    """Score one article. With `error` (the extractor failed), `article` is ignored: every task is
    scored as if nothing was produced, and cleaning is not scored."""
    if error is not None:
        article = _empty_article()
    alignment = align_entities(gold.entities, article)
    events, location, date, forbidden = score_events(gold, article, alignment)
    return ArticleScore(
        id=gold.id,
        gold_path=str(gold.gold_path),
        error=error,
        boilerplate=None if error else score_boilerplate(gold, article),
        story_loss=None if error else score_story_loss(gold, article),
        entities=score_entities(gold, article, alignment),
        events=events,
        quotes=score_quotes(gold, article, alignment),
        times=score_times(gold, article),
        event_location=location,
        event_date=date,
        forbidden_produced=forbidden,
        events_not_scored=sum(not is_scored_event(e) for e in article.events),
    )


def _sum_counts(items: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in items:
        total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        total.duplicates += c.duplicates
    return total


def _sum_accuracy(items: Iterable[Accuracy]) -> Accuracy:
    items = list(items)
    return Accuracy(correct=sum(a.correct for a in items), total=sum(a.total for a in items))


def micro_average(scores: Sequence[ArticleScore]) -> MicroAverage:
    """Counts summed over articles; boilerplate recall/precision pooled over strings/spans."""
    bps = [s.boilerplate for s in scores if s.boilerplate]
    return MicroAverage(
        entities=_sum_counts(s.entities for s in scores),
        events=_sum_counts(s.events for s in scores),
        quotes=_sum_counts(s.quotes for s in scores),
        times=_sum_counts(s.times for s in scores),
        event_location=_sum_accuracy(s.event_location for s in scores),
        event_date=_sum_accuracy(s.event_date for s in scores),
        boilerplate_recall=Accuracy(
            correct=sum(b.gold - len(b.surviving) for b in bps), total=sum(b.gold for b in bps)
        ),
        boilerplate_precision=Accuracy(
            correct=sum(b.removed_on_boilerplate for b in bps), total=sum(b.removed_spans for b in bps)
        ),
        story_loss=sum(s.story_loss.count for s in scores if s.story_loss),
        forbidden_produced=sum(len(s.forbidden_produced) for s in scores),
        errors=sum(s.error is not None for s in scores),
    )


class SupportsExtract(Protocol):
    def extract(
        self, text_or_html: str, *, published: str | dt.date | None = None, source: str | None = None
    ) -> Article: ...


Progress = Callable[[int, int, str], None]  # (articles done, total, article id)


def evaluate_dir(gold_dir: Path, extractor: SupportsExtract, progress: Progress | None = None) -> EvalReport:
    """Run `extractor` on every gold article of `gold_dir` and score it.

    An extractor exception is recorded in `ArticleScore.error` (and the article scored as empty) so one
    bad article does not hide the figures of the others.
    """
    golds = load_gold(gold_dir)
    scores: list[ArticleScore] = []
    for n, gold in enumerate(golds, 1):
        raw = gold.text_path.read_bytes().decode("utf-8")
        try:
            article = extractor.extract(raw, published=gold.published, source=str(gold.text_path))
            scores.append(score_article(gold, article))
        except Exception as exc:  # reported per article, see docstring
            scores.append(score_article(gold, _empty_article(), error=f"{type(exc).__name__}: {exc}"))
        if progress:
            progress(n, len(golds), gold.id)
    return EvalReport(gold_dir=str(gold_dir), articles=scores, micro=micro_average(scores))


TASKS = ("entities", "events", "quotes", "times")


def _pct(x: float | None) -> str:
    return "–" if x is None else str(round(100 * x))


def _prf(c: Counts) -> str:
    return " ".join(f"{_pct(v):>3}" for v in (c.precision, c.recall, c.f1))


def _acc(a: Accuracy) -> str:
    return f"{a.correct}/{a.total}" if a.total else "–"


def _table(title: str, headers: Sequence[str]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("article", overflow="fold")
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True)
    return table


def render_report(report: EvalReport, console: Console) -> None:
    """Two tables (extraction; cleaning and event details), each with per-article rows and the
    micro-average, then the lost strings, kept boilerplate and forbidden events of each article.
    Split in two so that the tables fit an 80-column terminal."""
    m = report.micro
    extraction = _table("Extraction: precision, recall, F1 (%)", [f"{t}\n  P   R  F1" for t in TASKS])
    cleaning = _table(
        "Cleaning and events",
        ["boiler\nR %", "boiler\nP %", "story\nlost", "forbid.\nevents", "event\nloc", "event\ndate"],
    )
    for s in report.articles:
        name = escape(s.id) + (" [red](error)[/red]" if s.error else "")
        extraction.add_row(name, *(_prf(getattr(s, t)) for t in TASKS))
        bp = s.boilerplate
        cleaning.add_row(
            name,
            _pct(bp.recall) if bp else "–",
            _pct(bp.precision) if bp else "–",
            str(s.story_loss.count) if s.story_loss else "–",
            str(len(s.forbidden_produced)),
            _acc(s.event_location),
            _acc(s.event_date),
        )
    extraction.add_section()
    extraction.add_row("micro-average", *(_prf(getattr(m, t)) for t in TASKS), style="bold")
    cleaning.add_section()
    cleaning.add_row(
        "micro-average",
        _pct(m.boilerplate_recall.accuracy),
        _pct(m.boilerplate_precision.accuracy),
        str(m.story_loss),
        str(m.forbidden_produced),
        _acc(m.event_location),
        _acc(m.event_date),
        style="bold",
    )
    console.print(extraction, cleaning)
    for s in report.articles:
        notes = [f"error: {s.error}"] if s.error else []
        if s.story_loss and s.story_loss.lost:
            notes.append("lost: " + " | ".join(s.story_loss.lost))
        if s.boilerplate and s.boilerplate.surviving:
            notes.append("boilerplate kept: " + " | ".join(s.boilerplate.surviving))
        notes += [f"forbidden: {f}" for f in s.forbidden_produced]
        for note in notes:
            console.print(f"[bold]{escape(s.id)}[/bold] {escape(note)}", highlight=False, soft_wrap=True)
