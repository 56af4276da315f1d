"""The annotate stage: ghatna's trained Hindi spaCy pipeline over ghatna's own tokens.

The pipeline ships inside the package (`models/hi_ghatna`, built by `training/`); it is loaded once
per `Annotator` and run on a `Doc` made from the segmenter's tokens, so its token offsets are the
cleaned text's offsets and its entities are spans of the cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ghatna.packaged_model import PackagedModel
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


class Annotator(PackagedModel):
    """Runs the packaged Hindi pipeline."""

    name = "Hindi model"

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        super().__init__(model_dir)

    def annotate(self, text: str, sentences: list[Sentence]) -> Annotation:
        """POS, lemmas, dependencies and entity spans for every sentence of `text`."""
        if not any(s.tokens for s in sentences):
            return Annotation([], [])
        doc, offsets = self.doc(text, sentences)
        doc = self.run(doc)
        tokens = [
            Token(offsets[t.i][0], offsets[t.i][1], t.pos_, t.lemma_, t.head.i, t.dep_, str(t.morph)) for t in doc
        ]
        entities = [(offsets[ent.start][0], offsets[ent.end - 1][1], ent.label_) for ent in doc.ents]
        return Annotation(tokens, entities)
