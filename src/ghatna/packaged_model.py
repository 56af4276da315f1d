"""A trained spaCy pipeline shipped inside the package, and the Docs ghatna runs it on.

Both of ghatna's models (the Hindi analyser, the incident tagger) are loaded lazily, once, from
package data, and are run on Docs built from ghatna's own tokens, so their offsets are the cleaned
text's offsets.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

from ghatna.errors import GhatnaError
from ghatna.schema import Sentence


def doc_words(text: str, sentences: list[Sentence]) -> tuple[list[str], list[bool], list[bool], list[tuple[int, int]]]:
    """Words, spaces, sentence starts and character offsets of a spaCy `Doc` over ghatna's tokens.

    Shared with training so that a model is trained on exactly the tokens it sees at run time.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    offsets: list[tuple[int, int]] = []
    for sentence in sentences:
        for k, (s, e) in enumerate(sentence.tokens):
            words.append(text[s:e])
            spaces.append(e < len(text) and text[e : e + 1].isspace())
            starts.append(k == 0)
            offsets.append((s, e))
    return words, spaces, starts, offsets


def load_pipeline(model_dir: Path):  # a spacy.Language
    """`spacy.load`, with thinc's CPU backend multiplying matrices through NumPy's BLAS instead of blis.

    The layers keep the backend they were built with. On the x86 machines measured, NumPy's
    OpenBLAS runs these models' matrix products several times faster than the blis wheel, which
    makes the whole pipeline ~1.5x faster with the same annotations (benchmarks/bench_models.py).
    """
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        return spacy.load(model_dir)


class PackagedModel:
    """A spaCy pipeline in `model_dir`; `available` is False when the package was built without it."""

    name = "model"

    def __init__(self, model_dir: Path) -> None:
        self.model_dir = model_dir

    @property
    def available(self) -> bool:
        return (self.model_dir / "config.cfg").is_file()

    @cached_property
    def nlp(self):  # a spacy.Language; spaCy is imported only when needed
        if not self.available:
            raise GhatnaError(f"the {self.name} is missing from {self.model_dir}; reinstall ghatna")
        return load_pipeline(self.model_dir)

    @property
    def version(self) -> str:
        """`name-version` of the model, read from its meta.json without loading spaCy; "none" if absent."""
        if not self.available:
            return "none"
        meta = json.loads((self.model_dir / "meta.json").read_text(encoding="utf-8"))
        return f"{meta.get('name', self.model_dir.name)}-{meta.get('version', '0')}"

    def doc(self, text: str, sentences: list[Sentence]):  # a spacy.tokens.Doc
        """The Doc of ghatna's tokens, with the sentence boundaries preset, and the tokens' offsets."""
        from spacy.tokens import Doc

        words, spaces, starts, offsets = doc_words(text, sentences)
        return Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=starts), offsets

    def run(self, doc):  # a spacy.tokens.Doc, annotated by every component of the pipeline
        """The pipeline over a ready Doc (its tokens and sentence starts are kept)."""
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc
