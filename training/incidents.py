"""Train ghatna's incident trigger tagger (`hi_incidents`) on the Hindi disaster corpus.

    taskset -c 0 env OMP_NUM_THREADS=1 python -m training.incidents --data ../shared/datasets \
        --vectors training/work/vectors --refit-steps 3400 --out src/ghatna/models/hi_incidents

Data: events/hindi-disaster/train.jsonl (FIRE 2018 EventXtract-IL scheme, 568 documents). Every
MAN_MADE_EVENT / NATURAL_EVENT span becomes an entity labelled with its TYPE attribute. The text is
re-tokenized with ghatna's own segmenter (the corpus glues punctuation to words: `मौत,` `है।`) so that
the model is trained on the tokens it sees at run time; gold spans are mapped through characters.

Split (fixed, by document; `training/incident_split.json`): documents with the same or nearly the
same text (word 5-gram Jaccard >= 0.5) form one group, so a story and its copy never straddle the
split; groups are ordered by SHA-256 of their first document's name; the first 20% of documents are
the held-out test set (never trained on, never used for any choice), the next 10% are dev, the rest
are train.

Steps: (1) train the spaCy NER (configs/incidents.cfg) on train, early-stopped on dev; (2) package it
with its lexicon (trigger words' types, cue words, naive Bayes article typing: see
ghatna.incidents), built from train, and record dev scores and per-type confidences in meta.json;
(3) refit the lexicon on train + dev; (4) with `--refit-steps N` (N = the best step of the dev run,
scaled to the larger data), retrain the NER on train + dev for N steps and ship that.

`--tiny` trains on a small slice for one epoch (the smoke test in tests/test_incidents.py);
`--package-only MODEL` skips step (1). Run on one core: results are reproducible for a fixed seed,
machine and library versions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "configs" / "incidents.cfg"
SPLIT_FILE = HERE / "incident_split.json"
CORPUS = Path("events") / "hindi-disaster" / "train.jsonl"
NAME = "hi_incidents"
VERSION = "0.1.0"
EVENT_TAGS = ("MAN_MADE_EVENT", "NATURAL_EVENT")
_EDGE_PUNCT = set(",.।॥!?;:\"'“”‘’()[]{}-–—|/")
_SHINGLE = 5
_NEAR_DUP = 0.5
TEST_SHARE, DEV_SHARE = 0.2, 0.1


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


@dataclass(frozen=True)
class Trigger:
    start: int  # character offsets into the document text, edge punctuation trimmed
    end: int
    type: str
    tok_start: int  # corpus token range, as annotated
    tok_end: int


@dataclass(frozen=True)
class Record:
    doc: str
    text: str
    tokens: list[str]
    token_offsets: list[tuple[int, int]]
    triggers: list[Trigger]


def load(data: Path) -> list[Record]:
    """The corpus, with character offsets for its tokens and trigger spans."""
    records = []
    with open(data / CORPUS, encoding="utf-8") as f:
        for line in f:
            raw = json.loads(line)
            text, tokens = raw["text"], raw["tokens"]
            offsets, pos = [], 0
            for tok in tokens:  # text is the tokens joined by spaces (newlines between paragraphs)
                i = text.index(tok, pos)
                offsets.append((i, i + len(tok)))
                pos = i + len(tok)
            triggers = []
            for span in raw["spans"]:
                if span["tag"] not in EVENT_TAGS or not span["attrs"].get("TYPE"):
                    continue
                s, e = offsets[span["start"]][0], offsets[span["end"] - 1][1]
                while s < e and text[s] in _EDGE_PUNCT:
                    s += 1
                while e > s and text[e - 1] in _EDGE_PUNCT:
                    e -= 1
                if s < e:
                    triggers.append(Trigger(s, e, span["attrs"]["TYPE"], span["start"], span["end"]))
            records.append(Record(raw["doc"], text, tokens, offsets, triggers))
    return records


def make_split(records: list[Record]) -> dict[str, object]:
    """Fixed document split; near-duplicate documents are kept on the same side."""
    shingles = []
    for r in records:
        words = r.text.split()
        shingles.append({tuple(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))})
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            a, b = shingles[i], shingles[j]
            if len(a & b) >= _NEAR_DUP * len(a | b):
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for i, r in enumerate(records):
        groups.setdefault(find(i), []).append(r.doc)
    ordered = sorted((sorted(g) for g in groups.values()), key=lambda g: hashlib.sha256(g[0].encode()).hexdigest())
    n = len(records)
    split: dict[str, list[str]] = {"test": [], "dev": [], "train": []}
    for group in ordered:
        if len(split["test"]) < round(TEST_SHARE * n):
            split["test"] += group
        elif len(split["dev"]) < round(DEV_SHARE * n):
            split["dev"] += group
        else:
            split["train"] += group
    return {
        "corpus": str(CORPUS),
        "rule": "near-duplicate documents (word 5-gram Jaccard >= 0.5) grouped; groups ordered by sha256 of "
        "their first doc name; first 20% of documents -> test, next 10% -> dev, rest -> train",
        "near_duplicate_groups": sum(1 for g in ordered if len(g) > 1),
        **{k: sorted(v) for k, v in split.items()},
    }


def read_split(records: list[Record], path: Path = SPLIT_FILE) -> dict[str, list[Record]]:
    """Records of each split part; the split file is written once and then only read."""
    if not path.exists():
        path.write_text(json.dumps(make_split(records), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    split = json.loads(path.read_text(encoding="utf-8"))
    by_doc = {r.doc: r for r in records}
    return {part: [by_doc[d] for d in split[part] if d in by_doc] for part in ("train", "dev", "test")}


def to_doc(vocab, record: Record):
    """A spaCy Doc over ghatna's tokens of the record's text, with the triggers as entities."""
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    from ghatna.incidents import doc_words
    from ghatna.segment import segment

    words, spaces, starts, offsets = doc_words(record.text, segment(record.text))
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
    spans = []
    for t in record.triggers:
        toks = [i for i, (s, e) in enumerate(offsets) if s < t.end and t.start < e]
        if toks:
            spans.append(doc[toks[0] : toks[-1] + 1])
            spans[-1].label_ = t.type
    labelled = []
    for span in filter_spans(spans):
        labelled.append(doc.char_span(span.start_char, span.end_char, label=span.label_))
    doc.ents = labelled
    return doc


def write_docbins(parts: dict[str, list[Record]], out: Path) -> dict[str, int]:
    import spacy
    from spacy.tokens import DocBin

    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("hi").vocab
    for part, records in parts.items():
        DocBin(docs=[to_doc(vocab, r) for r in records]).to_disk(out / f"{part}.spacy")
    return {part: len(records) for part, records in parts.items()}


def build_lexicon(
    records: list[Record], min_count: int = 2, min_rate: float = 0.4, vote_weight: float = 1.0,
    seed_min_count: int = 5, match: str = "exact", backoff_below: int = 0,
) -> dict[str, object]:
    """Types seen for each trigger word, and the words annotated as a trigger at least `min_rate` of
    the times they occur (at least `min_count` times): see ghatna.incidents.add_cues / harmonize.

    Hand-written seed cues (ghatna.incidents.SEED_CUES) that occur at least `seed_min_count` times in
    `records` but are annotated less than `min_rate` of the time are vetoed ("seed_veto"): where the
    data has a word often enough, the data decides, as for the learned cues.

    The defaults build the shipped lexicon. Tried and not shipped (docs/incidents.md): `match="overlap"`
    counts an occurrence as annotated when it overlaps an annotated trigger (`आग` in `आग लग गई`) rather
    than only when it is one, and `backoff_below=N` lets a phrase seen as a trigger fewer than N times
    also take its words' types (ghatna.incidents.candidate_types)."""
    from ghatna.incidents import SEED_CUES, doc_words
    from ghatna.normalize import fold
    from ghatna.segment import segment

    if match not in ("exact", "overlap"):
        raise ValueError(f"match must be 'exact' or 'overlap', not {match!r}")
    surface_types: dict[str, Counter] = {}
    for r in records:
        for t in r.triggers:
            surface_types.setdefault(fold(r.text[t.start : t.end]), Counter())[t.type] += 1
    seeds = {fold(k) for k in SEED_CUES}
    occurs: Counter = Counter()
    annotated: Counter = Counter()
    longest = max(len(k.split()) for k in (*surface_types, *seeds))
    for r in records:
        words, _, _, offsets = doc_words(r.text, segment(r.text))
        keys = [fold(w) for w in words]
        gold = set()
        inside = [False] * len(keys)
        for t in r.triggers:
            toks = [i for i, (s, e) in enumerate(offsets) if s < t.end and t.start < e]
            gold.add((toks[0], toks[-1] + 1))
            for i in toks:
                inside[i] = True
        for i in range(len(keys)):
            for n in range(1, longest + 1):
                key = " ".join(keys[i : i + n])
                if key in surface_types or key in seeds:
                    occurs[key] += 1
                    annotated[key] += any(inside[i : i + n]) if match == "overlap" else (i, i + n) in gold
    cues = {
        k: types.most_common(1)[0][0]
        for k, types in surface_types.items()
        if occurs[k] >= min_count and annotated[k] >= min_rate * occurs[k]
    }
    veto = sorted(k for k in seeds if occurs[k] >= seed_min_count and annotated[k] < min_rate * occurs[k])
    lexicon: dict[str, object] = {
        "surface_types": {k: dict(v.most_common()) for k, v in sorted(surface_types.items())},
        "cues": dict(sorted(cues.items())),
        "seed_veto": veto,
        "doc_types": train_doc_types(records),
        "vote_weight": vote_weight,
    }
    if backoff_below:
        lexicon["backoff_below"] = backoff_below
    return lexicon


def train_doc_types(records: list[Record], alpha: float = 1.0, head_weight: int = 3, min_count: int = 2) -> dict:
    """Complement naive Bayes counts for the article's main type (its most frequent trigger type); see
    ghatna.incidents.doc_type_scores. Words seen fewer than `min_count` times are dropped (size)."""
    from ghatna.incidents import doc_words
    from ghatna.normalize import fold
    from ghatna.segment import segment

    counts: dict[str, Counter] = {}
    prior: Counter = Counter()
    for r in records:
        main = Counter(t.type for t in r.triggers).most_common(1)
        if not main:
            continue
        label = main[0][0]
        prior[label] += 1
        words, _, starts, _ = doc_words(r.text, segment(r.text))
        sentence = -1
        for w, start in zip(words, starts, strict=True):
            sentence += start
            key = fold(w)
            if len(key) > 1:  # punctuation and single characters carry no topic
                counts.setdefault(key, Counter())[label] += head_weight if sentence == 0 else 1
    totals: Counter = Counter()
    for c in counts.values():
        totals.update(c)
    kept = {w: dict(c) for w, c in sorted(counts.items()) if sum(c.values()) >= min_count}
    return {"alpha": alpha, "head_weight": head_weight, "vocab_size": len(counts), "prior": dict(prior),
            "totals": dict(totals), "counts": kept}


# ---- evaluation (shared with benchmarks/bench_incidents.py and the tests) -----------------------------


def predict(records: list[Record], model_dir: Path) -> list[list[tuple[int, int, str]]]:
    """Predicted triggers of each record as (corpus token start, token end, type)."""
    from ghatna.incidents import IncidentDetector
    from ghatna.segment import segment

    detector = IncidentDetector(model_dir)
    out = []
    for r in records:
        found = []
        for start, end, label, _ in detector.triggers(r.text, segment(r.text)):
            toks = [i for i, (s, e) in enumerate(r.token_offsets) if s < end and start < e]
            if toks:
                found.append((toks[0], toks[-1] + 1, label))
        out.append(found)
    return out


def score(records: list[Record], predicted: list[list[tuple[int, int, str]]]) -> dict[str, object]:
    """Trigger + type P/R/F1: overlap match (token spans overlap, types equal) and exact-span match."""

    def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": n_pred, "gold": n_gold}

    counts = {mode: Counter() for mode in ("overlap", "exact", "untyped")}
    per_type: dict[str, Counter] = {}
    for r, pred in zip(records, predicted, strict=True):
        gold = [(t.tok_start, t.tok_end, t.type) for t in r.triggers]
        for mode in counts:
            used: set[int] = set()
            for ps, pe, pt in pred:
                for k, (gs, ge, gt) in enumerate(gold):
                    if k in used:
                        continue
                    hit = (ps, pe) == (gs, ge) if mode == "exact" else ps < ge and gs < pe
                    if hit and (mode == "untyped" or pt == gt):
                        used.add(k)
                        counts[mode]["tp"] += 1
                        if mode == "overlap":
                            per_type.setdefault(pt, Counter())["tp"] += 1
                        break
            counts[mode]["pred"] += len(pred)
            counts[mode]["gold"] += len(gold)
        for _, _, pt in pred:
            per_type.setdefault(pt, Counter())["pred"] += 1
        for _, _, gt in gold:
            per_type.setdefault(gt, Counter())["gold"] += 1
    return {
        "documents": len(records),
        **{mode: prf(c["tp"], c["pred"], c["gold"]) for mode, c in counts.items()},
        "per_type": {t: prf(c["tp"], c["pred"], c["gold"]) for t, c in sorted(per_type.items())},
    }


def evaluate(data: Path, model_dir: Path, part: str = "test") -> dict[str, object]:
    records = read_split(load(data))[part]
    return score(records, predict(records, model_dir))


# ---- training ----------------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    import platform
    from importlib.metadata import version

    return {"python": platform.python_version(), **{p: version(p) for p in ("spacy", "thinc", "numpy")}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--out", type=Path, default=Path("src/ghatna/models") / NAME)
    ap.add_argument("--work", type=Path, default=HERE / "work" / "incidents")
    ap.add_argument("--vectors", type=Path, default=None, help="a spaCy vectors pipeline (optional)")
    ap.add_argument("--tiny", action="store_true", help="small slice, 1 epoch (smoke test)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-lexicon", action="store_true", help="ship the tagger without its trigger lexicon")
    ap.add_argument("--package-only", type=Path, default=None, metavar="MODEL",
                    help="skip training: package an already trained spaCy model")
    ap.add_argument("--refit-steps", type=int, default=0, metavar="N",
                    help="after the dev run, retrain on train + dev for N steps and ship that tagger")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override")
    ap.add_argument("--lexicon-only", action="store_true",
                    help="no training: rebuild the lexicon of the model packaged at --out from train + dev")
    ap.add_argument("--dev-model", type=Path, default=None, metavar="MODEL",
                    help="with --lexicon-only: re-measure dev scores with this train-only tagger")
    args = ap.parse_args(argv)
    if args.lexicon_only:
        relexicon(args.data, args.out, args.dev_model)
        return

    from spacy.cli.train import train as spacy_train
    from spacy.util import fix_random_seed

    fix_random_seed(args.seed)
    records = load(args.data)
    parts = read_split(records)
    if args.tiny:
        parts = {"train": parts["train"][:40], "dev": parts["dev"][:10], "test": parts["test"][:10]}
    corpus = args.work / "corpus"
    sizes = write_docbins(parts, corpus)
    log(f"documents: {sizes}; triggers in train: {sum(len(r.triggers) for r in parts['train'])}")

    overrides: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "paths.vectors": str(args.vectors) if args.vectors else None,
        "system.seed": args.seed,
        "components.ner.model.tok2vec.embed.include_static_vectors": args.vectors is not None,
    }
    if args.tiny:
        overrides |= {"training.max_epochs": 1, "training.eval_frequency": 20}
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = json.loads(value) if value[:1] in "0123456789-[{tf\"n" else value
    train_dir = args.work / ("train-tiny" if args.tiny else "train")
    if args.package_only is None:
        log("training")
        spacy_train(CONFIG, train_dir, overrides=overrides)
    info = {
        "seed": args.seed,
        "tiny": args.tiny,
        "vectors": "floret (training/work/vectors)" if args.vectors else None,
        "overrides": {k: v for k, v in overrides.items() if not k.startswith("paths.")},
        "data_sha256": hashlib.sha256((args.data / CORPUS).read_bytes()).hexdigest(),
    }
    package(args.package_only or train_dir / "model-best", args.out, parts, info, lexicon=not args.no_lexicon)
    if args.refit_steps:
        # The dev run above chose the number of steps and measured dev scores and confidences; the
        # shipped tagger is then retrained on train + dev for that many steps (test is never used).
        both = corpus / "train_dev.spacy"
        write_docbins({"train_dev": parts["train"] + parts["dev"]}, corpus)
        refit_dir = args.work / "refit"
        log(f"refitting on train + dev for {args.refit_steps} steps")
        spacy_train(CONFIG, refit_dir, overrides={
            **overrides, "paths.train": str(both), "training.max_steps": args.refit_steps,
            "training.max_epochs": 0, "training.patience": 0, "training.eval_frequency": 1000,
        })
        swap_tagger(refit_dir / "model-last", args.out, args.refit_steps)


def store_half_vectors(out: Path) -> None:
    """Rewrite the packaged static vectors table in float16 (half the size on disk: 10 instead of
    20 MB for the 50,000 x 100 floret table). spaCy loads the table as stored but cannot compute with
    float16, so ghatna.incidents casts it back to float32 at load time (`widen_vectors`); the model is
    scored (dev, benchmark) with the float16-stored table."""
    import numpy

    path = out / "vocab" / "vectors"
    if not path.is_file():
        return
    with open(path, "rb") as f:
        data = numpy.load(f)
    if data.size and data.dtype == numpy.float32:
        with open(path, "wb") as f:
            numpy.save(f, data.astype(numpy.float16))


def swap_tagger(model: Path, out: Path, steps: int) -> None:
    """Replace the packaged tagger by `model`, keeping the package's lexicon and (dev-run) meta."""
    import spacy

    from ghatna.incidents import LEXICON_FILE

    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    meta["ghatna_incidents"]["refit"] = {"data": "train + dev", "steps": steps}
    lexicon = (out / LEXICON_FILE).read_bytes()
    nlp = spacy.load(model)
    shutil.rmtree(out)
    nlp.to_disk(out)
    store_half_vectors(out)
    meta["ghatna_incidents"]["vectors_dtype"] = "float16"
    (out / LEXICON_FILE).write_bytes(lexicon)
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    log(f"wrote {out} (refitted)")


def relexicon(data: Path, out: Path, dev_model: Path | None = None) -> None:
    """Rewrite the lexicon of the packaged model at `out` from train + dev (its tagger is kept); used
    when only the lexicon's construction changed. Recorded in meta.json. With `dev_model` (the tagger of
    the dev run, trained on train only: `<work>/train/model-best`), the dev scores and per-type
    confidences in meta.json are measured again with that tagger and a lexicon built from train only."""
    import tempfile

    from ghatna.incidents import LEXICON_FILE

    parts = read_split(load(data))
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    info = meta["ghatna_incidents"]
    if dev_model is not None:
        with tempfile.TemporaryDirectory() as tmp:
            dev = package(dev_model, Path(tmp) / NAME, parts, {})
        info["dev_overlap_f"] = round(dev["overlap"]["f"], 4)  # type: ignore[index]
        info["dev_precision"] = confidences(dev, tuple(info["dev_precision"]))
    lex = build_lexicon(parts["train"] + parts["dev"])
    (out / LEXICON_FILE).write_text(json.dumps(lex, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    info["lexicon_rebuilt"] = {
        "data": "train + dev", "seed_veto": lex["seed_veto"],
        "dev_scores_from": "dev-run tagger" if dev_model else "the tagger's dev run, earlier lexicon",
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    log(f"rewrote the lexicon of {out} (seed veto: {', '.join(lex['seed_veto']) or 'none'})")


def confidences(dev: dict, labels: tuple[str, ...], prior: int = 5) -> dict[str, float]:
    """Per-type precision on dev, the confidence ghatna gives a trigger of that type; shrunk towards the
    overall precision by `prior` pseudo-predictions because dev has few (or no) triggers of some types."""
    overall = dev["overlap"]["p"]
    out = {}
    for label in labels:
        s = dev["per_type"].get(label, {"tp": 0, "pred": 0})
        out[label] = round(min(0.99, max(0.05, (s["tp"] + prior * overall) / (s["pred"] + prior))), 3)
    return out


def package(best: Path, out: Path, parts: dict[str, list[Record]], info: dict[str, object], *,
            lexicon: bool = True) -> dict[str, object]:
    """The trained tagger + its lexicon -> `out`, with dev scores and provenance in meta.json."""
    import spacy

    from ghatna.incidents import LEXICON_FILE

    nlp = spacy.load(best)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    store_half_vectors(out)
    info = {**info, "vectors_dtype": "float16"} if nlp.vocab.vectors.shape[0] else info
    lexicon_file = out / LEXICON_FILE
    if lexicon:
        lex = build_lexicon(parts["train"])
        lexicon_file.write_text(json.dumps(lex, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    # dev scores (and the confidences taken from them) come from a lexicon that has not seen dev ...
    dev = score(parts["dev"], predict(parts["dev"], out))
    log(f"dev overlap F1 {dev['overlap']['f']:.4f}")  # type: ignore[index]
    if lexicon:  # ... the shipped lexicon is refitted on train + dev with the settings chosen on dev
        lex = build_lexicon(parts["train"] + parts["dev"])
        lexicon_file.write_text(json.dumps(lex, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "description": "ghatna incident trigger tagger: NER over 28 FIRE 2018 EventXtract-IL incident types",
            "license": "model: Apache-2.0; training data: FIRE 2018 EventXtract-IL Hindi (no license stated)",
            "author": "ghatna contributors",
            "sources": [
                {"name": "FIRE 2018 EventXtract-IL Hindi disaster corpus (train part)", "license": "none stated"}
            ],
            "ghatna_incidents": {
                **info,
                "split": {k: len(v) for k, v in parts.items()},
                "split_file": "training/incident_split.json",
                "dev_overlap_f": round(dev["overlap"]["f"], 4),  # type: ignore[index]
                "dev_precision": confidences(dev, nlp.get_pipe("ner").labels),
                "versions": versions(),
                "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            },
        }
    )
    (out / "meta.json").write_text(json.dumps(nlp.meta, ensure_ascii=False, indent=2), encoding="utf-8")
    log(f"wrote {out}")
    return dev

if __name__ == "__main__":
    main()
