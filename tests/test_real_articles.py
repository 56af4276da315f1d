"""The whole pipeline over real news it was not written for: no article may fail, and every span of
every output must be the text it claims to be, with references that resolve."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghatna import Extractor
from ghatna.schema import Article

_ARTICLES = 40  # BBC Hindi articles, spread over the file


@pytest.fixture(scope="module")
def articles(datasets: Path) -> list[Article]:
    lines = (datasets / "news" / "bbc-hindi.jsonl").read_text("utf-8").splitlines()
    step = max(1, len(lines) // _ARTICLES)
    texts = [json.loads(line)["text"] for line in lines[::step]]
    extractor = Extractor()
    return [extractor.extract(text) for text in texts if text.strip()]


def test_every_article_is_extracted(articles: list[Article]) -> None:
    assert len(articles) >= _ARTICLES - 1
    assert sum(len(a.events) for a in articles) > 0 and sum(len(a.quotes) for a in articles) > 0


def test_every_span_is_its_text_and_every_reference_resolves(articles: list[Article]) -> None:
    for article in articles:
        ids = {e.id for e in article.entities}
        for entity in article.entities:
            for m in entity.mentions:
                assert article.text[m.start:m.end] == m.text
        for event in article.events:
            assert article.text[event.trigger.start:event.trigger.end] == event.trigger.text
            assert {event.source, event.target, event.location} - {None} <= ids
            assert 0 <= event.sentence < len(article.sentences)
        for quote in article.quotes:
            assert article.text[quote.start:quote.end] == quote.text
            assert quote.speaker is None or quote.speaker in ids
