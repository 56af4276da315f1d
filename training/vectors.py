"""floret vectors on the raw Hindi text: subword vectors give every unseen word a
representation, the main weakness of a model trained on 35k treebank tokens."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from training.corpora import norm_text

# Split off punctuation the way the annotated corpora (and ghatna's tokenizer) do;
# Devanagari vowel signs are listed explicitly because they are not all \w.
_WORD_CHARS = re.compile(
    r"[\w\u0900-\u0903\u093a-\u094f\u0955-\u0957\u0962\u0963]+(?:-[\w\u0900-\u097f]+)*"
    r"|[^\w\s\u0900-\u097f]|[\u0964\u0965]"
)


def tokenize(line: str) -> list[str]:
    return _WORD_CHARS.findall(norm_text(line))


def raw_lines(data: Path, max_lines: int | None = None) -> Iterator[str]:
    """Unannotated Hindi: raw/*.txt, the 2020 newspapers and BBC Hindi articles."""
    files = sorted((data / "raw").glob("*.txt"))
    files += sorted((data / "news" / "hindi-newspapers-2020").rglob("*.txt"))
    n = 0
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                yield line
                n += 1
                if max_lines and n >= max_lines:
                    return
    bbc = data / "news" / "bbc-hindi.jsonl"
    if bbc.exists():
        for line in bbc.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"]


def write_corpus(data: Path, out: Path, max_lines: int | None = None) -> int:
    n_tokens = 0
    with out.open("w", encoding="utf-8") as f:
        for line in raw_lines(data, max_lines):
            toks = tokenize(line)
            if toks:
                f.write(" ".join(toks) + "\n")
                n_tokens += len(toks)
    return n_tokens


def train_floret(corpus: Path, out_prefix: Path, dim: int, bucket: int, epoch: int) -> Path:
    # One thread keeps the result deterministic (floret has no seed argument).
    import floret

    model = floret.train_unsupervised(
        str(corpus),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=bucket,
        minn=3,
        maxn=5,
        dim=dim,
        epoch=epoch,
        minCount=3,
        thread=1,
    )
    model.save_floret_vectors(str(out_prefix) + ".floret")
    return Path(str(out_prefix) + ".floret")
