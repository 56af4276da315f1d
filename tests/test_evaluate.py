"""Tests of the scorer's matching rules, on tiny hand-written gold records and Articles (no NLP)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from ghatna.evaluate import (
    ArticleScore,
    GoldArticle,
    TaskScore,
    align_entities,
    evaluate_dir,
    load_gold,
    name_key,
    overlaps,
    render_report,
    score_article,
    surviving_boilerplate,
)
from ghatna.schema import Article, Entity, Event, Mention, Quote, Removed, Source, Span, TimeExpr

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"

TEXT = (
    "भारत के प्रधानमंत्री राम शर्मा ने सोमवार को काठमांडू में नेपाल की राष्ट्रपति सीता थापा से मुलाकात की।\n"
    "शर्मा ने कहा कि दोनों देश मिलकर बाढ़ राहत पर काम करेंगे।\n"
    "सरकार ने इस यात्रा का स्वागत किया।"
)

GOLD: dict[str, Any] = {
    "id": "toy",
    "text_file": "toy.txt",
    "published": "2026-03-04",
    "boilerplate": ["ये भी पढ़ें: पहाड़ों में भारी बर्फबारी", "होम", "खेल"],
    "entities": [
        {"key": "sharma", "type": "PERSON", "name": "राम शर्मा", "mentions": ["राम शर्मा", "शर्मा"]},
        {"key": "india", "type": "GPE", "name": "भारत", "mentions": ["भारत"]},
        {"key": "thapa", "type": "PERSON", "name": "सीता थापा", "mentions": ["सीता थापा"]},
        {"key": "nepal", "type": "GPE", "name": "नेपाल", "mentions": ["नेपाल"]},
        {"key": "kathmandu", "type": "GPE", "name": "काठमांडू", "mentions": ["काठमांडू"]},
        {"key": "govt", "type": "ORG", "name": "सरकार", "mentions": ["सरकार"], "optional": True},
    ],
    "events": [
        {
            "type": "CONSULT",
            "source": ["sharma", "india"],
            "target": ["thapa", "nepal"],
            "location": "kathmandu",
            "date": "2026-03-02",
            "evidence": "राम शर्मा ने सोमवार को काठमांडू में नेपाल की राष्ट्रपति सीता थापा से मुलाकात की",
        },
        {"type": "SUPPORT", "source": ["govt"], "target": [], "evidence": "सरकार ने इस यात्रा का स्वागत किया"},
        {"type": "COOPERATE", "source": ["india"], "target": ["nepal"], "optional": True},
    ],
    "forbidden_events": [{"type": "ASSAULT", "source": [], "target": ["nepal"], "why": "only in a link"}],
    "quotes": [{"speaker": "sharma", "text": "दोनों देश मिलकर बाढ़ राहत पर काम करेंगे", "direct": False}],
    "times": [{"text": "सोमवार", "value": "2026-03-02"}],
}


def gold(**changes: Any) -> GoldArticle:
    data = {**GOLD, **changes}
    return GoldArticle.model_validate(
        {**data, "gold_path": Path("toy.gold.json"), "text_path": Path("toy.txt")}
    )


def span(s: str, text: str = TEXT) -> dict[str, Any]:
    start = text.index(s)
    return {"start": start, "end": start + len(s), "text": s}


def entity(eid: str, etype: str, *forms: str, name: str | None = None) -> Entity:
    mentions = [Mention(**span(f), sentence=0) for f in forms]
    return Entity(id=eid, type=etype, name=name or forms[0], mentions=mentions)


def event(eid: str, etype: str, source: str | None, target: str | None, **kw: Any) -> Event:
    return Event(
        id=eid, type=etype, source=source, target=target, trigger=Span(**span("मुलाकात")), sentence=0, **kw
    )


def quote(qid: str, speaker: str | None, s: str) -> Quote:
    return Quote(id=qid, speaker=speaker, direct=False, **span(s))


ENTITIES = [
    entity("e1", "PERSON", "राम शर्मा", "शर्मा"),
    entity("e2", "GPE", "भारत"),
    entity("e3", "PERSON", "सीता थापा"),
    entity("e4", "GPE", "नेपाल"),
    entity("e5", "GPE", "काठमांडू"),
]


def article(**fields: Any) -> Article:
    return Article(id="sha", text=fields.pop("text", TEXT), **{"entities": ENTITIES, **fields})


# -- normalization and entity alignment ----------------------------------------------------------


def test_name_key_ignores_punctuation_spacing_and_normal_form() -> None:
    assert name_key("“राम  शर्मा,”") == name_key("राम शर्मा")
    precomposed, decomposed = "\u095e्रांस", "\u092b\u093c्रांस"  # फ़्रांस both ways
    assert precomposed != decomposed and name_key(precomposed) == name_key(decomposed)


def test_alignment_by_mention_or_name_and_type_strict() -> None:
    ents = [
        entity("a", "PERSON", "शर्मा"),  # a gold mention
        entity("b", "ORG", "शर्मा"),  # right text, wrong type
        entity("c", "GPE", "काठमांडू", name="नेपाल"),  # its name aligns too
        entity("d", "PERSON", "मुलाकात"),
    ]
    alignment = align_entities(gold().entities, article(entities=ents))
    assert alignment == {
        "a": {"sharma"},
        "b": set(),
        "c": {"kathmandu", "nepal"},
        "d": set(),
    }


def test_entity_scores_optional_duplicates_and_spurious() -> None:
    ents = [
        *ENTITIES[:4],  # kathmandu missed
        entity("x", "PERSON", "शर्मा"),  # a split cluster of sharma: duplicate, not a false positive
        entity("y", "ORG", "सरकार"),  # optional: neither rewarded nor penalized
        entity("z", "LOC", "बाढ़"),  # spurious
    ]
    score = score_article(gold(), article(entities=ents)).entities
    assert (score.tp, score.fp, score.fn, score.duplicates) == (4, 1, 1, 2)
    assert score.missed == ["kathmandu (GPE)"] and score.spurious == ["बाढ़ (LOC)"]
    assert score.precision == pytest.approx(0.8) and score.recall == pytest.approx(0.8)


# -- events ----------------------------------------------------------------------------------------


def events_score(*events: Event, **gold_changes: Any) -> ArticleScore:
    return score_article(gold(**gold_changes), article(events=list(events)))


def test_consult_is_symmetric_other_types_are_not() -> None:
    swapped = events_score(event("v1", "CONSULT", "e3", "e1"))
    assert swapped.events.tp == 1
    accuse = {"type": "ACCUSE", "source": ["sharma"], "target": ["thapa"]}
    reversed_accuse = events_score(event("v1", "ACCUSE", "e3", "e1"), events=[accuse])
    assert (reversed_accuse.events.tp, reversed_accuse.events.fp) == (0, 1)


def test_role_resolves_to_any_acceptable_key() -> None:
    by_country = events_score(event("v1", "CONSULT", "e2", "e4"))  # भारत -> नेपाल
    assert by_country.events.tp == 1
    wrong = events_score(event("v1", "CONSULT", "e2", "e5"))  # target काठमांडू is not acceptable
    assert (wrong.events.tp, wrong.events.fp) == (0, 1)


def test_empty_gold_role_matches_anything_even_none() -> None:
    govt = entity("g", "ORG", "सरकार")
    for target in (None, "e1", "e9"):
        scored = score_article(
            gold(), article(entities=[*ENTITIES, govt], events=[event("v", "SUPPORT", "g", target)])
        )
        assert scored.events.tp == 1, target


def test_duplicate_events_count_once() -> None:
    scored = events_score(event("v1", "CONSULT", "e1", "e3"), event("v2", "CONSULT", "e2", "e4"))
    assert (scored.events.tp, scored.events.fp, scored.events.duplicates) == (1, 0, 1)


def test_one_system_event_credits_one_gold_event() -> None:
    twice = [{"type": "REQUEST", "source": ["sharma"], "target": ["thapa"]}] * 2
    scored = events_score(event("v1", "REQUEST", "e1", "e3"), events=twice)
    assert (scored.events.tp, scored.events.fn) == (1, 1)


def test_optional_gold_event_neither_rewarded_nor_penalized() -> None:
    scored = events_score(event("v1", "COOPERATE", "e2", "e4"))
    assert (scored.events.tp, scored.events.fp, scored.events.fn) == (0, 0, 2)


def test_forbidden_event_is_a_false_positive_and_listed() -> None:
    scored = events_score(event("v1", "ASSAULT", None, "e4"))
    assert scored.events.fp == 1 and len(scored.forbidden_produced) == 1
    # an event matching a gold event is not forbidden, even if a looser forbidden pattern fits it
    allowed = {"type": "ASSAULT", "source": ["india"], "target": ["nepal"]}
    scored = events_score(event("v1", "ASSAULT", "e2", "e4"), events=[allowed])
    assert scored.events.tp == 1 and scored.forbidden_produced == []


def test_negated_and_non_plover_events_are_not_scored() -> None:
    scored = events_score(event("v1", "ASSAULT", None, "e4", negated=True), event("v2", "FLOOD", None, None))
    assert (scored.events.fp, scored.events_not_scored) == (0, 2)


def test_location_and_date_accuracy_on_matched_events() -> None:
    right = events_score(event("v1", "CONSULT", "e1", "e3", location="e5", date="2026-03-02"))
    assert (right.event_location.correct, right.event_location.total) == (1, 1)
    assert right.event_date.accuracy == 1.0
    wrong = events_score(event("v1", "CONSULT", "e1", "e3", location="e4", date="2026-03"))
    assert wrong.event_location.accuracy == 0.0 and wrong.event_date.accuracy == 0.0
    unmatched = events_score(event("v1", "ACCUSE", "e1", "e3", location="e5"))
    assert unmatched.event_location.total == 0


# -- quotes and times ------------------------------------------------------------------------------


def test_overlap_is_half_of_the_shorter() -> None:
    assert overlaps("abcd", "cdxyz")  # "cd" = half of "abcd"
    assert not overlaps("abcd", "dxyz")
    assert overlaps("a b\ncd", "abcd")  # whitespace does not count


def test_quote_needs_speaker_and_overlap() -> None:
    part = quote("q1", "e1", "मिलकर बाढ़ राहत पर काम करेंगे")  # the shorter, fully inside the gold text
    assert score_article(gold(), article(quotes=[part])).quotes.tp == 1
    other_speaker = quote("q1", "e3", "मिलकर बाढ़ राहत पर काम करेंगे")
    assert score_article(gold(), article(quotes=[other_speaker])).quotes.fp == 1
    little = quote("q1", "e1", "शर्मा ने कहा कि दोनों")  # shares only "दोनों"
    assert score_article(gold(), article(quotes=[little])).quotes.tp == 0


def test_times_need_equal_value_and_overlapping_text() -> None:
    def times(*items: TimeExpr) -> TaskScore:
        return score_article(gold(), article(times=list(items))).times

    right = TimeExpr(value="2026-03-02", **span("सोमवार को"))
    assert times(right).tp == 1
    assert times(TimeExpr(value="2026-03-09", **span("सोमवार"))).fp == 1
    duration = TimeExpr(value="P1D", kind="duration", **span("सोमवार"))
    assert (times(duration).fp, times(duration).fn) == (0, 1)


# -- cleaning: boilerplate and story loss ----------------------------------------------------------


def test_boilerplate_recall() -> None:
    kept = "ये भी पढ़ें:\nपहाड़ों में भारी बर्फबारी"  # broken over two lines: still survives
    assert surviving_boilerplate(GOLD["boilerplate"], TEXT + "\n" + kept) == [GOLD["boilerplate"][0]]
    # a short menu item survives only on a line that is mostly boilerplate, not inside the story
    assert surviving_boilerplate(["होम", "खेल"], "होम  खेल\nखेल मंत्री ने कहा") == ["होम", "खेल"]
    assert surviving_boilerplate(["होम", "खेल"], "खेल मंत्री ने कहा") == []
    score = score_article(gold(), article(text=TEXT + "\nहोम")).boilerplate
    assert score is not None and score.recall == pytest.approx(2 / 3)


def test_boilerplate_precision_over_removed_spans() -> None:
    removed = [
        Removed(start=0, end=10, text="ये भी पढ़ें: पहाड़ों में भारी बर्फबारी", reason="related-link"),
        Removed(start=10, end=20, text="होम खेल मनोरंजन", reason="nav"),
        Removed(start=20, end=30, text="नेपाल में चुनाव", reason="caption"),  # not gold boilerplate
        Removed(start=30, end=40, text="रीता वर्मा, दिल्ली", reason="byline"),  # kept as metadata
        Removed(start=40, end=41, text="\n", reason="blank"),
    ]
    src = Source(byline="रीता वर्मा, दिल्ली")
    score = score_article(gold(), article(removed=removed, source=src)).boilerplate
    assert score is not None and (score.removed_spans, score.removed_on_boilerplate) == (3, 2)
    assert score.removed_elsewhere == ["नेपाल में चुनाव"]


def test_story_loss_lists_missing_gold_strings() -> None:
    cut = TEXT.replace("सरकार ने इस यात्रा का स्वागत किया।", "")
    loss = score_article(gold(), article(text=cut.replace("सीता थापा", "सीता  \nथापा"))).story_loss
    assert loss is not None and loss.lost == ["सरकार", "सरकार ने इस यात्रा का स्वागत किया"]  # optional too
    moved = score_article(gold(), article(text=cut, source=Source(title="सरकार ने इस यात्रा का स्वागत किया")))
    assert moved.story_loss is not None and moved.story_loss.count == 0
    assert moved.story_loss.in_metadata == ["सरकार", "सरकार ने इस यात्रा का स्वागत किया"]


# -- loading, running, reporting -------------------------------------------------------------------


def write_gold(folder: Path, data: dict[str, Any], text: str = TEXT) -> Path:
    (folder / data["text_file"]).write_text(text, encoding="utf-8")
    path = folder / f"{data['id']}.gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"entities": [{"key": "x", "type": "NORP", "name": "रूसी", "mentions": []}]}, "toy.gold.json"),
        ({"quotes": [{"speaker": "nobody", "text": "…"}]}, "undefined entity keys: nobody"),
        ({"text_file": "missing.txt"}, "not found"),
    ],
)
def test_load_gold_rejects_malformed_gold(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    write_gold(tmp_path, GOLD)
    (tmp_path / "toy.gold.json").write_text(
        json.dumps({**GOLD, **change}, ensure_ascii=False), encoding="utf-8"
    )
    with pytest.raises(ValueError, match=message):
        load_gold(tmp_path)


def test_load_gold_rejects_bad_json(tmp_path: Path) -> None:
    (tmp_path / "bad.gold.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.gold\.json"):
        load_gold(tmp_path)


@pytest.mark.skipif(not (DATASETS / "dev").is_dir(), reason="shared dev set absent")
def test_load_gold_parses_the_dev_set() -> None:
    golds = load_gold(DATASETS / "dev")
    assert len(golds) == len(list((DATASETS / "dev").glob("*.gold.json")))
    assert all(g.text_path.is_file() and g.entities for g in golds)


class FakeExtractor:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, str | None]] = []

    def extract(self, text_or_html: str, *, published: Any = None, source: str | None = None) -> Article:
        self.calls.append((text_or_html, published, source))
        if "बिगड़ा" in text_or_html:
            raise RuntimeError("boom")
        return article(events=[event("v1", "CONSULT", "e1", "e3")])


def test_evaluate_dir_runs_extractor_and_micro_averages(tmp_path: Path) -> None:
    write_gold(tmp_path, GOLD)
    write_gold(tmp_path, {**GOLD, "id": "toy2", "text_file": "toy2.txt"}, text="बिगड़ा लेख")
    progress: list[tuple[int, int, str]] = []
    fake = FakeExtractor()
    report = evaluate_dir(tmp_path, fake, progress=lambda *a: progress.append(a))

    assert fake.calls[0][0] == TEXT and str(fake.calls[0][1]) == "2026-03-04"
    assert fake.calls[0][2] is not None and fake.calls[0][2].endswith("toy.txt")
    assert progress == [(1, 2, "toy"), (2, 2, "toy2")]
    ok, failed = report.articles
    assert ok.error is None and failed.error == "RuntimeError: boom" and failed.story_loss is None
    assert (report.micro.events.tp, report.micro.events.fn) == (1, 3)
    assert (report.micro.entities.tp, report.micro.entities.fn) == (5, 5)
    assert report.micro.errors == 1

    data = json.loads(report.to_json())
    assert data["micro"]["events"]["recall"] == pytest.approx(0.25)
    console = Console(record=True, width=200)
    render_report(report, console)
    assert "micro-average" in console.export_text()


def first(keys: list[str]) -> str | None:
    return keys[0] if keys else None


def oracle(g: GoldArticle) -> Article:
    """An Article that states exactly the gold annotation, first acceptable key per role."""
    text = g.text_path.read_text(encoding="utf-8")

    def at(s: str) -> dict[str, Any]:
        start = max(text.find(s), 0)
        return {"start": start, "end": start + len(s), "text": s}

    return Article(
        id="oracle",
        text=text,
        entities=[
            Entity(
                id=e.key,
                type=e.type,
                name=e.name,
                mentions=[Mention(**at(m), sentence=0) for m in e.mentions],
            )
            for e in g.entities
        ],
        events=[
            Event(
                id=f"v{i}",
                type=e.type,
                source=first(e.source),
                target=first(e.target),
                location=e.location,
                date=e.date,
                trigger=Span(**at(e.evidence or "")),
                sentence=0,
            )
            for i, e in enumerate(g.events)
        ],
        quotes=[
            Quote(id=f"q{i}", speaker=q.speaker, direct=q.direct, **at(q.text))
            for i, q in enumerate(g.quotes)
        ],
        times=[TimeExpr(value=t.value, **at(t.text)) for t in g.times],
    )


@pytest.mark.skipif(not (DATASETS / "dev").is_dir(), reason="shared dev set absent")
def test_an_oracle_scores_perfectly_on_the_dev_set() -> None:
    """The rules and the gold agree: stating the annotation back gets full marks."""
    for g in load_gold(DATASETS / "dev"):
        scored = score_article(g, oracle(g))
        for task in ("entities", "events", "quotes", "times"):
            counts = getattr(scored, task)
            assert (counts.fp, counts.fn) == (0, 0), (g.id, task, counts.missed, counts.spurious)
        assert scored.forbidden_produced == [], g.id
        assert scored.event_location.accuracy in (None, 1.0) and scored.event_date.accuracy in (None, 1.0)
