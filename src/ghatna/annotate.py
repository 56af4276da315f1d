"""The annotate stage: ghatna's trained Hindi spaCy pipeline over ghatna's own tokens.

The pipeline ships inside the package (`models/hi_ghatna`, built by `training/`); it is loaded once
per `Annotator` and run on a `Doc` made from the segmenter's tokens, so its token offsets are the
cleaned text's offsets and its entities are spans of the cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from ghatna.errors import GhatnaError
from ghatna.schema import Sentence

MODEL_DIR = Path(str(resources.files("ghatna").joinpath("models", "hi_ghatna")))


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    pos: str
    lemma: str
    head: int  # index of the head token in the article's token list (itself for a root)
    dep: str
    morph: str


@dataclass(frozen=True)
class Annotation:
    tokens: list[Token]
    entities: list[tuple[int, int, str]]  # (start, end, label), offsets into the cleaned text


class Annotator:
    """Runs the packaged model; `available` is False when the package was built without it."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.model_dir = model_dir

    @property
    def available(self) -> bool:
        return (self.model_dir / "config.cfg").is_file()

    @cached_property
    def nlp(self):  # a spacy.Language; spaCy is imported only when needed
        import spacy

        if not self.available:
            raise GhatnaError(f"the Hindi model is missing from {self.model_dir}; reinstall ghatna")
        return spacy.load(self.model_dir)

    @property
    def version(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('name', 'hi_ghatna')}-{meta.get('version', '0')}"

    def annotate(self, text: str, sentences: list[Sentence]) -> Annotation:
        """POS, lemmas, dependencies and entity spans for every sentence of `text`."""
        from spacy.tokens import Doc

        words, spaces, offsets, sent_starts = [], [], [], []
        for sentence in sentences:
            for k, (s, e) in enumerate(sentence.tokens):
                words.append(text[s:e])
                spaces.append(e < len(text) and text[e:e + 1].isspace())
                offsets.append((s, e))
                sent_starts.append(k == 0)
        if not words:
            return Annotation([], [])
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        tokens = [
            Token(offsets[t.i][0], offsets[t.i][1], t.pos_, t.lemma_, t.head.i, t.dep_, str(t.morph)) for t in doc
        ]
        entities = [(offsets[ent.start][0], offsets[ent.end - 1][1], ent.label_) for ent in doc.ents]
        return Annotation(tokens, entities)
