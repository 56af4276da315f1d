"""Convert the shared corpora to spaCy DocBins under training/work/corpus/."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from training.corpora import hiner_split, ner_docs, sha256, ud_docs
from training.gazetteer import load_gpe, relabel_gpe

IL_NER = Path("ner/il-ner-hindi")
HINER = Path("ner/hiner-val/original.conll")
HDTB = Path("ud/hdtb-ud1")


def input_files(data: Path) -> list[Path]:
    return [data / IL_NER / f"{s}.bio" for s in ("train", "dev", "test")] + [
        data / HINER,
        data / HDTB / "dev.conllu",
        data / HDTB / "test.conllu",
        data / "gazetteers" / "country-names-hi-en.tsv",
    ]


def _save(docs: list[Doc], path: Path) -> int:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def convert(data: Path, out: Path, limit: int | None = None, ilner_weight: int = 1) -> dict[str, int]:
    """Write the NER and UD splits; `limit` caps each split (smoke tests)."""
    out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    gpe = load_gpe(data)

    def ner(path: Path) -> list[Doc]:
        return [relabel_gpe(d, gpe) for d in islice(ner_docs(path, vocab), limit)]

    hiner = ner(data / HINER) if limit is None else ner(data / HINER)[: limit * 5]
    hiner_train = [d for i, d in enumerate(hiner) if hiner_split(i) == "train"]
    hiner_test = [d for i, d in enumerate(hiner) if hiner_split(i) == "test"]
    # HDTB-UD1 has no train split: train on its dev, every 10th sentence kept
    # apart for model selection (ud_train/ud_dev); its test split is only used by
    # the benchmark.
    hdtb_dev = list(islice(ud_docs(data / HDTB / "dev.conllu", vocab), limit))
    # `ilner_weight` > 1 repeats IL-NER train (tried with 2: see docs/model.md; not the default).
    il_train = ner(data / IL_NER / "train.bio")
    counts = {
        "ner_train": _save(il_train * ilner_weight + hiner_train, out / "ner_train.spacy"),
        "ner_dev": _save(ner(data / IL_NER / "dev.bio"), out / "ner_dev.spacy"),
        "ner_test_ilner": _save(ner(data / IL_NER / "test.bio"), out / "ner_test_ilner.spacy"),
        "ner_test_hiner": _save(hiner_test, out / "ner_test_hiner.spacy"),
        "ud_train": _save([d for i, d in enumerate(hdtb_dev) if i % 10 != 9], out / "ud_train.spacy"),
        "ud_dev": _save([d for i, d in enumerate(hdtb_dev) if i % 10 == 9], out / "ud_dev.spacy"),
        # the final tagger/parser is retrained on all of it for the epochs chosen on ud_dev
        "ud_all": _save(hdtb_dev, out / "ud_all.spacy"),
        "ud_test": _save(list(islice(ud_docs(data / HDTB / "test.conllu", vocab), limit)), out / "ud_test.spacy"),
    }
    return counts


def data_hashes(data: Path) -> dict[str, str]:
    return {str(p.relative_to(data)): h for p, h in sha256(p for p in input_files(data) if p.exists()).items()}
