"""Readers: encodings, HTML bodies traced to their source, JSONL, directories."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ghatna.errors import InputError
from ghatna.read import Document, Failure, read_path
from ghatna.read.decode import decode
from ghatna.read.html import read_html

STORY = "प्रधानमंत्री ने सोमवार को नई दिल्ली में किसानों के प्रतिनिधियों से मुलाक़ात की।"

PAGE = f"""<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8">
<title>किसानों से मिले प्रधानमंत्री - समाचार</title>
<meta property="og:site_name" content="समाचार">
<meta property="article:published_time" content="2026-03-02T10:00:00+05:30">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><ul><li><a href="/">होम</a></li><li><a href="/desh">देश</a></li><li><a href="/khel">खेल</a></li></ul></nav>
<article><h1>किसानों से मिले प्रधानमंत्री</h1>
<p>{STORY} बैठक में फ़सलों के दाम &amp; बीमा पर चर्चा हुई।</p>
<p>किसान नेताओं ने कहा कि सरकार ने उनकी कई माँगें मान ली हैं। अगली बैठक अगले महीने होगी।</p>
<p>कृषि मंत्री ने बताया कि नई योजना का मसौदा &#x905;गले सप्ताह तक तैयार हो जाएगा।</p>
<aside><h2>ये भी पढ़ें</h2><ul><li><a href="/a">राजधानी में बारिश</a></li></ul></aside>
</article><footer><p>© 2026 समाचार. सर्वाधिकार सुरक्षित.</p></footer></body></html>"""


def test_decode_utf8_bom_and_utf16() -> None:
    assert decode(codecs.BOM_UTF8 + STORY.encode())[0] == STORY
    assert decode(STORY.encode("utf-16"))[0] == STORY
    assert decode(STORY.encode()) == (STORY, "utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (STORY.encode()[:-1] + b"\xff" + STORY.encode(), "invalid UTF-8 at byte"),
    ],
)
def test_decode_refuses_non_text(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


def test_html_body_maps_to_source_characters() -> None:
    page = read_html(PAGE)
    assert page.text.startswith("किसानों से मिले प्रधानमंत्री\n")
    assert "होम" not in page.text and "ये भी पढ़ें" not in page.text and "not text" not in page.text
    assert "दाम & बीमा" in page.text and "अगले सप्ताह" in page.text  # references decoded
    start = page.text.index(STORY)
    s, e = page.offsets.to_input(start, start + len(STORY))
    assert PAGE[s:e] == STORY
    amp = page.text.index("&")
    assert PAGE[slice(*page.offsets.to_input(amp, amp + 1))] == "&amp;"
    assert page.title and page.site == "समाचार" and page.published == "2026-03-02"
    reasons = {r.text for r in page.removed}
    assert {"होम", "ये भी पढ़ें", "राजधानी में बारिश"} <= reasons
    assert all(PAGE[r.start:r.end] == r.text for r in page.removed)


def test_html_without_body_is_refused() -> None:
    with pytest.raises(InputError, match="no article body"):
        read_html("<html><body><nav><a href='/'>होम</a></nav></body></html>")


def _docs(path: Path) -> list[Document | Failure]:
    return list(read_path(path))


def test_jsonl_lines_in_order_and_bad_lines_reported(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": STORY, "published": "2026-03-02", "title": "एक"}, ensure_ascii=False),
        "{not json",
        json.dumps({"html": PAGE}, ensure_ascii=False),
        json.dumps({"body": STORY}, ensure_ascii=False),
        "",
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = _docs(path)
    assert [type(d).__name__ for d in docs] == ["Document", "Failure", "Document", "Failure", "Failure"]
    first, bad = docs[0], docs[1]
    assert first.source.published.isoformat() == "2026-03-02" and first.source.path.endswith(":1")
    assert bad.path.endswith(":2") and "not JSON" in bad.error
    assert docs[2].source.format == "jsonl" and docs[2].body.startswith("किसानों")


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "1.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    docs = _docs(tmp_path)
    assert [Path(d.source.path if isinstance(d, Document) else d.path).name for d in docs] == [
        "1.html", "2.txt", "empty.txt",
    ]
    assert isinstance(docs[2], Failure) and docs[2].error == "empty input"


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 100, encoding="utf-8")
    (failure,) = list(read_path(path, max_bytes=1000))
    assert isinstance(failure, Failure) and "limit" in failure.error
