"""The `ghatna` command end to end: real processes, real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "article.txt"
STORY = "राज्य सरकार ने बाढ़ प्रभावित ज़िलों के लिए राहत पैकेज की घोषणा की।"


def _lines(stream: bytes) -> list[str]:
    return stream.decode().strip().splitlines()


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("ghatna ")


def test_extract_example_json() -> None:
    result = run_cli("extract", str(EXAMPLE), "--published", "2025-03-12")
    assert result.returncode == 0, result.stderr.decode()
    article = json.loads(result.stdout)
    assert article["schema"] == "ghatna.article/1"
    assert article["source"]["published"] == "2025-03-12"
    assert "ये भी पढ़ें" not in article["text"] and "इमेज स्रोत" not in article["text"]
    assert {r["reason"] for r in article["removed"]} >= {"related-link", "caption", "footer", "dateline"}
    source = EXAMPLE.read_text(encoding="utf-8")
    for sentence in article["sentences"]:  # every sentence traces back to the file
        segs = article["offsets"]["segments"]
        start = next(s for s in segs if s[0] <= sentence["start"] < s[1])
        if start[1] - start[0] == start[3] - start[2] and sentence["end"] <= start[1]:
            offset = start[2] + sentence["start"] - start[0]
            assert source[offset:offset + len(sentence["text"])] == sentence["text"]


def test_directory_jsonl_in_input_order(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{STORY} यह लेख संख्या {i} है।", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli("extract", str(tmp_path), "--format", "jsonl", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["text"].split()[-2] for a in articles] == ["0", "1", "2"]


def test_json_format_gives_an_array_for_many(tmp_path: Path) -> None:
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("extract", str(tmp_path))
    assert len(json.loads(result.stdout)) == 2


def test_stdin_and_pretty() -> None:
    result = run_cli("extract", "-", "--format", "pretty", stdin=STORY.encode())
    assert result.returncode == 0
    assert "राहत पैकेज" in result.stdout.decode()


def test_schema_is_json_schema() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert schema["title"] == "ghatna.article/1"
    assert {"text", "offsets", "entities", "events", "quotes", "times"} <= set(schema["properties"])


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": ("empty.txt", b""),
        "binary": ("binary.txt", bytes(range(256)) * 64),
        "invalid UTF-8": ("broken.txt", STORY.encode() + b"\xc3\x28" + STORY.encode()),
        "HTML with no article body": ("nav.html", "<html><body><nav><a href='/'>होम</a></nav></body></html>".encode()),
        "not JSON": ("lines.jsonl", b'{"text": "x"\n'),
    }
    paths = {}
    for message, (name, data) in files.items():
        paths[message] = tmp_path / name
        paths[message].write_bytes(data)
    return paths


@pytest.mark.parametrize(
    "message", ["empty", "binary", "invalid UTF-8", "HTML with no article body", "not JSON"]
)
def test_bad_input_one_line_error(tmp_path: Path, message: str) -> None:
    path = _bad_inputs(tmp_path)[message]
    result = run_cli("extract", str(path))
    stderr = result.stderr.decode()
    assert result.returncode != 0
    assert message.lower() in stderr.lower()
    assert "Traceback" not in stderr and len(_lines(result.stderr)) == 1
    assert result.stdout == b""


def test_fifty_megabyte_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = (STORY + "\n").encode()
    with path.open("wb") as fh:
        fh.write(line * (50_000_000 // len(line) + 1))
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert "over the 10 MB limit" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_batch_continues_past_bad_files(tmp_path: Path) -> None:
    _bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 1
    assert len(_lines(result.stdout)) == 1 and json.loads(result.stdout)["text"] == STORY
    errors = _lines(result.stderr)
    assert len(errors) == 6 and errors[-1].startswith("ghatna: 1 article(s) extracted, 5 input(s) failed")


def test_missing_file_and_bad_date() -> None:
    missing = run_cli("extract", "no/such/file.txt")
    assert missing.returncode == 1 and "no such file" in missing.stderr.decode()
    bad_date = run_cli("extract", str(EXAMPLE), "--published", "29-01-2026")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr.decode()
