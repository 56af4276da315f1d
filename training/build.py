"""One command to rebuild ghatna's Hindi pipeline from ../shared/datasets.

    python -m training.build --data ../shared/datasets --out src/ghatna/models/hi_ghatna

Steps: convert the corpora, train floret vectors on the raw text, train the NER,
pretrain the tagger/parser CNN on the raw text (`spacy pretrain`), train the
tagger/parser pipeline (which holds the frozen NER), and write it with recorded
versions, seeds and data hashes. `--tiny` runs every step on a small slice (CI).
Run it on one core (taskset -c N, OMP_NUM_THREADS=1): results are reproducible
for a fixed seed on the same machine and library versions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIGS = HERE / "configs"
NAME = "hi_ghatna"
VERSION = "0.1.0"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def build_vectors(data: Path, work: Path, tiny: bool) -> tuple[Path, str]:
    """floret vectors -> a spaCy vectors-only pipeline directory (and the SHA-256
    of the tokenized raw-text corpus they were trained on)."""
    import spacy
    from spacy.training.initialize import convert_vectors

    from training.vectors import train_floret, write_corpus

    out = work / "vectors"
    corpus = work / "raw_tok.txt"
    n = write_corpus(data, corpus, max_lines=3000 if tiny else None)
    log(f"raw corpus: {n} tokens")
    dim, bucket, epoch = (16, 2000, 1) if tiny else (100, 50000, 5)
    floret_file = train_floret(corpus, work / "hi_vectors", dim=dim, bucket=bucket, epoch=epoch)
    nlp = spacy.blank("hi")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(out)
    return out, hashlib.sha256(corpus.read_bytes()).hexdigest()


def pretrain(
    data: Path,
    work: Path,
    vectors: Path | None,
    ner: Path | None,
    tiny: bool,
    target: str = "ud",
    ner_width: int | None = None,
) -> tuple[Path, Path]:
    """`spacy pretrain` of a CNN on a third of the raw text: the tagger/parser
    tok2vec (target "ud", config tagparse.cfg) or the NER's own tok2vec (target
    "ner", ner.cfg, with its CNN width set to `ner_width` if given). Returns the
    weights and the filled config to train with: spaCy only loads `init_tok2vec`
    when the training config has a complete [pretraining] block."""
    from spacy.cli.init_config import fill_config
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    from training.vectors import write_corpus

    if not (work / "raw_tok.txt").exists():  # written by build_vectors unless --no-vectors
        write_corpus(data, work / "raw_tok.txt", max_lines=3000 if tiny else None)
    raw = work / "pretrain.jsonl"
    with (work / "raw_tok.txt").open(encoding="utf-8") as src, raw.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i % 3 == 0 and line.strip():
                out.write(json.dumps({"text": line.strip()}, ensure_ascii=False) + "\n")
            if tiny and i > 600:
                break
    # <model>.cfg + pretrain.cfg, filled with defaults (fill_config needs the real paths).
    if target == "ner":
        text = _ner_tok2vec_config(ner_width)
    else:
        text = (CONFIGS / "tagparse.cfg").read_text(encoding="utf-8").replace("[pretraining]\n", "")
    text = text.replace("[paths]\n", "[paths]\nraw_text = null\n", 1)
    if ner is not None:
        text = text.replace("ner_model = null", f"ner_model = {json.dumps(str(ner))}")
    text = text.replace("vectors = null", f"vectors = {json.dumps(str(vectors))}" if vectors else "vectors = null", 1)
    extra = (CONFIGS / "pretrain.cfg").read_text(encoding="utf-8")
    extra = extra[extra.index("[pretraining]") :]
    merged = work / f"pretrain_{target}_merged.cfg"
    merged.write_text(text + "\n" + extra, encoding="utf-8")
    filled = work / f"pretrain_{target}_filled.cfg"
    fill_config(filled, merged, pretraining=True, silent=True)
    out_dir = work / f"pretrain_{target}" if target == "ner" else work / "pretrain"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    overrides: dict[str, object] = {"paths.raw_text": str(raw)}
    if vectors is None:
        overrides["components.tok2vec.model.embed.include_static_vectors"] = False
    config = load_config(filled, overrides=overrides, interpolate=False).interpolate()
    spacy_pretrain(config, out_dir, silent=True)
    return out_dir / "model-last.bin", filled


def _ner_tok2vec_config(width: int | None = None) -> str:
    """A pipeline of one tok2vec with the architecture of the NER's own CNN (ner.cfg).
    `spacy pretrain` cannot reach inside the NER model (its tok2vec ref ends in a
    projection layer), so the CNN is pretrained standalone and its weights are
    copied into the NER before training (`train(..., init_ner_tok2vec=...)`)."""
    import copy

    from thinc.api import Config

    cfg = Config().from_str((CONFIGS / "ner.cfg").read_text(encoding="utf-8"), interpolate=False)
    t2v = copy.deepcopy(cfg["components"]["ner"]["model"]["tok2vec"])
    if width is not None:
        t2v["encode"]["width"] = width
    t2v["embed"]["width"] = t2v["encode"]["width"]
    cfg["components"] = {"tok2vec": {"factory": "tok2vec", "model": t2v}}
    cfg["nlp"]["pipeline"] = ["tok2vec"]
    cfg["training"]["score_weights"] = {}
    cfg.pop("pretraining", None)
    return cfg.to_str()


def train(
    config: str | Path,
    work: Path,
    corpus: Path,
    name: str,
    vectors: Path | None,
    overrides: dict[str, object],
    train_split: str = "train",
    best: bool = True,
    init_ner_tok2vec: Path | None = None,
) -> Path:
    from spacy.cli.train import train as spacy_train
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from spacy.util import load_config

    out = work / name
    ov: dict[str, object] = {
        "paths.train": str(corpus / f"{name}_{train_split}.spacy"),
        "paths.dev": str(corpus / f"{name}_dev.spacy"),
        "paths.vectors": str(vectors) if vectors else None,
        **overrides,
    }
    if vectors is None:
        ov[_embed_key(name) + ".include_static_vectors"] = False
    path = CONFIGS / config if isinstance(config, str) else config
    if init_ner_tok2vec is None:
        spacy_train(path, out, overrides=ov)
    else:  # pretrained CNN weights (see _ner_tok2vec_config) into the NER's tok2vec
        out.mkdir(parents=True, exist_ok=True)
        nlp = init_nlp(load_config(path, overrides=ov, interpolate=False))
        nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].from_bytes(init_ner_tok2vec.read_bytes())
        train_loop(nlp, out)
    return out / ("model-best" if best else "model-last")


def _embed_key(name: str) -> str:
    return "components.ner.model.tok2vec.embed" if name == "ner" else "components.tok2vec.model.embed"


def assemble(tagparse: Path, out: Path, meta_extra: dict[str, object]) -> None:
    """The tagger/parser pipeline already holds the (sourced, frozen) NER first."""
    import spacy

    nlp = spacy.load(tagparse)
    nlp.meta.update(meta_extra)
    nlp.meta.pop("performance", None)  # dev scores of the last stage only: see benchmarks/
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    pkgs = ("spacy", "thinc", "numpy", "floret")
    return {"python": platform.python_version(), **{p: version(p) for p in pkgs}}


def _ud_dropout(value: float | None) -> float:
    """The tagger/parser training dropout: the option, else tagparse.cfg's."""
    if value is not None:
        return value
    from thinc.api import Config

    cfg = Config().from_str((CONFIGS / "tagparse.cfg").read_text(encoding="utf-8"), interpolate=False)
    return float(cfg["training"]["dropout"])


def _ner_width(value: int | None) -> int:
    """The width of the NER's own CNN: the option, else ner.cfg's."""
    if value is not None:
        return value
    from thinc.api import Config

    cfg = Config().from_str((CONFIGS / "ner.cfg").read_text(encoding="utf-8"), interpolate=False)
    return int(cfg["components"]["ner"]["model"]["tok2vec"]["encode"]["width"])


def make_meta(args: argparse.Namespace, vectors: bool, corpus_sha: str | None, counts: dict[str, int]) -> dict:
    """meta.json of the shipped pipeline: licenses, seeds, versions, data hashes."""
    from training.convert import data_hashes

    return {
        "name": NAME,
        "version": VERSION,
        "description": "ghatna Hindi pipeline: morphologizer (UPOS+feats), XPOS tagger, "
        "lemmatizer, dependency parser (UD 2 labels), NER (PERSON, ORG, GPE, LOC, DATE, NUM)",
        "license": "CC BY-NC-SA 4.0 (trained on HDTB: non-commercial use only)",
        "author": "ghatna contributors",
        "sources": [
            {"name": "IL-NER Hindi (LTRC)", "license": "CC BY 4.0"},
            {"name": "HiNER validation split, 80% (CFILT)", "license": "CC BY-SA 4.0"},
            {"name": "HDTB UD v1 dev (Bhat et al.; Palmer et al.)", "license": "CC BY-NC-SA 4.0"},
            {
                "name": "raw Hindi text for floret vectors and pretraining",
                "license": "see shared/datasets/raw/SOURCES.tsv",
            },
        ],
        "ghatna_training": {
            "seed": args.seed,
            "tiny": args.tiny,
            "vectors": "floret" if vectors else None,
            "pretrained_tok2vec": not args.no_pretrain,
            "pretrained_ner_tok2vec": bool(getattr(args, "pretrain_ner", False)),
            "ilner_weight": getattr(args, "ilner_weight", 1),
            "ner_width": _ner_width(getattr(args, "ner_width", None)),
            "morph_label_smoothing": getattr(args, "morph_label_smoothing", 0.0),
            "ud_dropout": _ud_dropout(getattr(args, "ud_dropout", None)),
            "tagparse_train": (
                "tiny slice, 1 epoch"
                if args.tiny
                else "90% of HDTB dev, best epoch on 10%"
                if args.ud_selection
                else "all of HDTB dev, 40 epochs"
            ),
            "vectors_corpus_sha256": corpus_sha,
            "versions": versions(),
            "data_sha256": data_hashes(args.data),
            "split_sizes": counts,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--out", type=Path, default=Path("src/ghatna/models") / NAME)
    ap.add_argument("--work", type=Path, default=HERE / "work")
    ap.add_argument("--tiny", action="store_true", help="small slice, 1 epoch (smoke test)")
    ap.add_argument("--no-vectors", action="store_true", help="skip floret vectors")
    ap.add_argument("--reuse-vectors", action="store_true", help="keep work/vectors if present")
    ap.add_argument("--no-pretrain", action="store_true", help="skip spacy pretrain of the UD tok2vec")
    ap.add_argument(
        "--ud-selection", action="store_true", help="train the tagger/parser on 90%% of HDTB dev, select on 10%%"
    )
    ap.add_argument(
        "--pretrain-ner",
        action="store_true",
        help="also `spacy pretrain` the NER's own CNN (tried: lower IL-NER dev F1, off by default)",
    )
    ap.add_argument("--ner-from", type=Path, default=None, help="reuse this trained NER pipeline (skip NER training)")
    ap.add_argument("--ilner-weight", type=int, default=1, help="repeat IL-NER train N times in the NER data")
    ap.add_argument("--ner-width", type=int, default=None, help="width of the NER's own CNN (default: ner.cfg, 96)")
    ap.add_argument("--morph-label-smoothing", type=float, default=0.0, help="label smoothing of the morphologizer")
    ap.add_argument(
        "--ud-dropout", type=float, default=None, help="dropout of the tagger/parser training (default: tagparse.cfg)"
    )
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    from spacy.util import fix_random_seed

    from training.convert import convert

    fix_random_seed(args.seed)
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    counts = convert(args.data, corpus, limit=200 if args.tiny else None, ilner_weight=args.ilner_weight)
    log(f"corpora: {counts}")

    vectors: Path | None = None
    corpus_sha = None
    if not args.no_vectors:
        vectors = work / "vectors"
        if args.reuse_vectors and (vectors / "vocab").exists():
            raw = work / "raw_tok.txt"
            corpus_sha = hashlib.sha256(raw.read_bytes()).hexdigest() if raw.exists() else None
        else:
            vectors, corpus_sha = build_vectors(args.data, work, args.tiny)
        log(f"vectors: {vectors}")

    common: dict[str, object] = {"system.seed": args.seed}
    if args.tiny:
        common |= {"training.max_epochs": 1, "training.eval_frequency": 50}
    ner_overrides = dict(common)
    if args.ner_width is not None:  # the embedding width follows it (ner.cfg interpolates it)
        ner_overrides["components.ner.model.tok2vec.encode.width"] = args.ner_width
    if args.ner_from:
        ner = args.ner_from
        log(f"NER from {ner}")
    else:
        ner_weights = None
        if args.pretrain_ner:
            log("pretraining the NER tok2vec")
            ner_weights, _ = pretrain(args.data, work, vectors, None, args.tiny, target="ner", ner_width=args.ner_width)
        log("training NER")
        ner = train("ner.cfg", work, corpus, "ner", vectors, ner_overrides, init_ner_tok2vec=ner_weights)
    ud_overrides = common | {"paths.ner_model": str(ner)}
    if args.morph_label_smoothing:
        ud_overrides["components.morphologizer.label_smoothing"] = args.morph_label_smoothing
    if args.ud_dropout is not None:
        ud_overrides["training.dropout"] = args.ud_dropout
    ud_config: str | Path = "tagparse.cfg"
    if not args.no_pretrain:
        log("pretraining the tagger/parser tok2vec")
        weights, ud_config = pretrain(args.data, work, vectors, ner, args.tiny)
        ud_overrides["paths.init_tok2vec"] = str(weights)
        ud_overrides["paths.raw_text"] = str(work / "pretrain.jsonl")
    log("training tagger/parser")
    if args.ud_selection:  # 90% / 10% of HDTB dev, best epoch on the 10%
        tagparse = train(ud_config, work, corpus, "ud", vectors, ud_overrides)
    else:  # all of HDTB dev, for the 40 epochs that the 90/10 run peaked at; its dev score is not clean
        tagparse = train(ud_config, work, corpus, "ud", vectors, ud_overrides, train_split="all", best=False)

    meta = make_meta(args, vectors is not None, corpus_sha, counts)
    assemble(tagparse, args.out, meta)
    log(f"wrote {args.out}")
    (work / "build_meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
