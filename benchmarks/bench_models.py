"""Benchmark the shipped Hindi pipeline and write benchmarks/models.md.

    taskset -c 1 env OMP_NUM_THREADS=1 python benchmarks/bench_models.py \
        --model src/ghatna/models/hi_ghatna --data ../shared/datasets

Test splits only (never used for training or model selection): IL-NER test, the
fixed held-out 20% of HiNER (training/corpora.py: hiner_split) and HDTB-UD1 test.
Every document is pre-tokenized (gold tokens), as ghatna calls the model.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ghatna.packaged_model import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for `training` (gold conversion shared with training)

MAIN3 = ("PERSON", "ORG", "LOC")


def _bare(nlp: Language, doc: Doc) -> Doc:
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[t.whitespace_ for t in doc])


def run(nlp: Language, docs: list[Doc]) -> list[Doc]:
    return list(nlp.pipe((_bare(nlp, d) for d in docs), batch_size=128))


def ner_scores(gold_docs: list[Doc], pred_docs: list[Doc], fold: dict[str, str], labels: Iterable[str]) -> dict:
    labels = set(labels)
    tp, fp, fn = Counter(), Counter(), Counter()

    def spans(doc: Doc) -> set[tuple[int, int, str]]:
        out = set()
        for e in doc.ents:
            lab = fold.get(e.label_, e.label_)
            if lab in labels:
                out.add((e.start, e.end, lab))
        return out

    for g, p in zip(gold_docs, pred_docs, strict=True):
        gs, ps = spans(g), spans(p)
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "n": t + f_n}

    out = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in sorted(labels)}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def ud_scores(gold_docs: list[Doc], pred_docs: list[Doc]) -> dict[str, float]:
    n = n_np = 0
    c: Counter[str] = Counter()
    for g, p in zip(gold_docs, pred_docs, strict=True):
        for gt, pt in zip(g, p, strict=True):
            n += 1
            c["upos"] += gt.pos == pt.pos
            c["xpos"] += gt.tag == pt.tag
            c["feats"] += str(gt.morph) == str(pt.morph)
            c["lemma"] += gt.lemma_ == pt.lemma_
            uas = gt.head.i == pt.head.i
            las = uas and gt.dep_.lower() == pt.dep_.lower()
            c["uas"] += uas
            c["las"] += las
            if gt.dep_ != "punct":  # spaCy's scorer convention (punctuation excluded)
                n_np += 1
                c["uas_np"] += uas
                c["las_np"] += las
    res = {k: c[k] / n for k in ("upos", "xpos", "feats", "lemma", "uas", "las")}
    res |= {"uas_np": c["uas_np"] / n_np, "las_np": c["las_np"] / n_np, "tokens": n}
    return res


def speed(nlp: Language, docs: list[Doc], repeats: int = 2) -> dict[str, float]:
    """Tokens per second of CPU time (one thread), so that other processes on the
    machine do not distort it; wall-clock figures are kept for reference."""
    n_tok = sum(len(d) for d in docs)
    single = docs[:500]
    n_single = sum(len(d) for d in single)
    list(nlp.pipe(_bare(nlp, d) for d in docs[:50]))  # warm-up
    best = {"cpu_pipe": 1e9, "wall_pipe": 1e9, "cpu_single": 1e9}
    for _ in range(repeats):
        c, w = time.process_time(), time.perf_counter()
        list(nlp.pipe((_bare(nlp, d) for d in docs), batch_size=128))
        best["cpu_pipe"] = min(best["cpu_pipe"], time.process_time() - c)
        best["wall_pipe"] = min(best["wall_pipe"], time.perf_counter() - w)
        c = time.process_time()
        for d in single:
            nlp(_bare(nlp, d))
        best["cpu_single"] = min(best["cpu_single"], time.process_time() - c)
    return {
        "tokens": n_tok,
        "tok_s_pipe": n_tok / best["cpu_pipe"],
        "tok_s_pipe_wall": n_tok / best["wall_pipe"],
        "tok_s_single": n_single / best["cpu_single"],
    }


def load_time(model: Path, repeats: int = 3) -> float:
    code = (
        "import time, spacy, thinc.api; from pathlib import Path; from ghatna.packaged_model import load_pipeline; "
        f"t=time.perf_counter(); load_pipeline(Path({str(model)!r})); print(time.perf_counter()-t)"
    )
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def gold(data: Path) -> dict[str, list]:
    from spacy.vocab import Vocab

    from training.convert import HDTB, HINER, IL_NER
    from training.corpora import hiner_split, ner_docs, ud_docs
    from training.gazetteer import load_gpe, relabel_gpe

    vocab = Vocab()
    gpe = load_gpe(data)
    hiner = [d for i, d in enumerate(ner_docs(data / HINER, vocab)) if hiner_split(i) == "test"]
    return {
        "ilner": [relabel_gpe(d, gpe) for d in ner_docs(data / IL_NER / "test.bio", vocab)],
        "hiner": [relabel_gpe(d, gpe) for d in hiner],
        "hdtb": list(ud_docs(data / HDTB / "test.conllu", vocab)),
    }


def measure(model: Path, data: Path) -> dict:
    nlp = load_pipeline(model)  # as ghatna loads it
    g = gold(data)
    fold = {"GPE": "LOC"}  # the test sets have one location label
    res: dict = {"model": str(model), "meta": nlp.meta.get("ghatna_training", {})}
    for key in ("ilner", "hiner"):
        pred = run(nlp, g[key])
        res[key] = ner_scores(g[key], pred, fold, MAIN3)
        res[key + "_all"] = ner_scores(g[key], pred, fold, (*MAIN3, "DATE", "NUM"))
        res[key + "_gpe"] = ner_scores(g[key], pred, {}, ("GPE", "LOC"))
    res["hdtb"] = ud_scores(g["hdtb"], run(nlp, g["hdtb"]))
    res["speed"] = speed(nlp, g["hdtb"] + g["ilner"])
    res["size_mb"] = dir_size(model) / 1e6
    res["load_s"] = load_time(model)
    res["pipeline"] = nlp.pipe_names
    return res


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def render(r: dict) -> str:
    il, hi, ud, sp = r["ilner"], r["hiner"], r["hdtb"], r["speed"]
    lines = [
        "# Hindi pipeline benchmark (`hi_ghatna`)",
        "",
        "Generated by `benchmarks/bench_models.py` (do not edit by hand). Test splits only; none was",
        "used for training or model selection. Documents are pre-tokenized with the gold tokens.",
        f"Pipeline: {', '.join(r['pipeline'])}. One CPU core (`taskset -c 1`, `OMP_NUM_THREADS=1`).",
        "",
        "## NER (PERSON / ORG / LOC, GPE counted as LOC)",
        "",
        "| test set | PERSON F1 | ORG F1 | LOC F1 | micro P | micro R | micro F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, s in (("IL-NER test (1,388 sent.)", il), ("HiNER held-out 20% (2,100 sent.)", hi)):
        m = s["micro"]
        lines.append(
            f"| {name} | {pct(s['PERSON']['f'])} | {pct(s['ORG']['f'])} | {pct(s['LOC']['f'])} "
            f"| {pct(m['p'])} | {pct(m['r'])} | **{pct(m['f'])}** |"
        )
    lines += [
        "",
        "With DATE and NUM as well (micro F1): IL-NER test "
        f"{pct(r['ilner_all']['micro']['f'])} (DATE {pct(r['ilner_all']['DATE']['f'])}, "
        f"NUM {pct(r['ilner_all']['NUM']['f'])}); HiNER held-out {pct(r['hiner_all']['micro']['f'])} "
        f"(DATE {pct(r['hiner_all']['DATE']['f'])}, NUM {pct(r['hiner_all']['NUM']['f'])}).",
        "GPE/LOC split against the gazetteer-derived gold (training/gazetteer.py), IL-NER test: "
        f"GPE F1 {pct(r['ilner_gpe']['GPE']['f'])}, LOC F1 {pct(r['ilner_gpe']['LOC']['f'])}.",
        "",
        "hi_ghatna's NER is trained on IL-NER train + the other 80% of HiNER and selected on IL-NER dev.",
        "The baseline of issue 5 used the same IL-NER test set; its 80/20 HiNER split may not be the one",
        "used here (blocks of 100 sentences, every fifth held out). The published anchors are on other",
        "test sets (below), so they are context, not a like-for-like comparison.",
        "",
        "| anchor | test set | F1 |",
        "|---|---|---|",
        "| baseline spaCy CNN (issue 5), IL-NER train | IL-NER test | 71.5 |",
        "| baseline spaCy CNN, + 80% HiNER | IL-NER test / HiNER other 20% | 72.2 / 87.4 |",
        "| IndicNER (published) | its own Hindi test set (Naamapadam), not IL-NER | 82.33 |",
        "| HiNER XLM-R (published) | HiNER test split (not available here) | 88.78 all tags, 92.22 collapsed |",
        "",
        "## Tagging and parsing (HDTB-UD1 test, labels mapped to UD 2)",
        "",
        "| system | training data | UPOS | XPOS | feats | lemma | UAS | LAS | LAS no punct |",
        "|---|---|---|---|---|---|---|---|---|",
        "| **hi_ghatna** | HDTB-UD1 dev (all; epochs chosen on a 10% split) "
        f"| **{pct(ud['upos'])}** | {pct(ud['xpos'])} "
        f"| {pct(ud['feats'])} | {pct(ud['lemma'])} | {pct(ud['uas'])} | **{pct(ud['las'])}** "
        f"| {pct(ud['las_np'])} |",
        "| baseline spaCy CNN (issue 5) | HDTB-UD1 dev | 92.0 | | | | 86.9 | 80.1 | |",
        "| Stanza 1.5 (published) | UD 2.x HDTB train, 280k tokens | 97.95 | | | | 95.26 | 92.46 | |",
        "| Trankit large (published) | UD 2.x HDTB train | 98.01 | | | | | 92.96 | |",
        "",
        f"{ud['tokens']:,} test tokens. LAS counts every token (punctuation too) and the full label; "
        "'LAS no punct' follows spaCy's scorer (the baseline's convention is not recorded). "
        "feats = exact match of the kept UD 2 features "
        "(Case, Gender, Number, Person, Voice). The published anchors are on the UD 2.x release of",
        "the same test sentences (its annotation differs in places from this UD v1 pre-release), "
        "trained on 8x more data.",
        "",
        "## Speed, size, load time",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| full pipeline, `nlp.pipe` (batch 128), per CPU second | {sp['tok_s_pipe']:,.0f} tokens/s | >= 8,000 |",
        f"| same, wall clock (other jobs were running) | {sp['tok_s_pipe_wall']:,.0f} tokens/s | |",
        f"| full pipeline, one `nlp(doc)` per sentence, per CPU second | {sp['tok_s_single']:,.0f} tokens/s | |",
        f"| size on disk | {r['size_mb']:.1f} MB | <= 60 |",
        f"| load (`load_pipeline`, spaCy imported; median of 3 fresh processes) | {r['load_s']:.2f} s | <= 2 |",
        "",
        f"Speed measured on {sp['tokens']:,} tokens (HDTB-UD1 test + IL-NER test sentences), "
        "best of 2 runs, process CPU time of the single-threaded run. Sentence-at-a-time calls are",
        "slower (per-call overhead of every component): give ghatna's documents to `nlp.pipe`.",
        "",
        "Build: " + json.dumps(r["meta"].get("versions", {})) + f", seed {r['meta'].get('seed')}.",
        "",
    ]
    return "\n".join(lines)


def summary(r: dict) -> str:
    """Short score table for the model card (docs/model.md, between the markers)."""
    il, hi, ud, sp = r["ilner"], r["hiner"], r["hdtb"], r["speed"]

    def ok(x: float, target: float) -> str:
        return "met" if x >= target else "**not met**"

    rows = [
        ("IL-NER test, PERSON/ORG/LOC micro F1", pct(il["micro"]["f"]), ">= 78", ok(il["micro"]["f"], 0.78)),
        ("IL-NER test, ORG F1", pct(il["ORG"]["f"]), ">= 65", ok(il["ORG"]["f"], 0.65)),
        ("IL-NER test, PERSON / LOC F1", f"{pct(il['PERSON']['f'])} / {pct(il['LOC']['f'])}", "", ""),
        ("HiNER held-out 20%, micro F1", pct(hi["micro"]["f"]), ">= 87", ok(hi["micro"]["f"], 0.87)),
        ("HDTB-UD1 test, UPOS", pct(ud["upos"]), ">= 94", ok(ud["upos"], 0.94)),
        ("HDTB-UD1 test, LAS (all tokens)", pct(ud["las"]), ">= 82", ok(ud["las"], 0.82)),
        ("HDTB-UD1 test, UAS / feats / lemma", f"{pct(ud['uas'])} / {pct(ud['feats'])} / {pct(ud['lemma'])}", "", ""),
        ("speed, tokens per CPU second", f"{sp['tok_s_pipe']:,.0f}", ">= 8,000", ok(sp["tok_s_pipe"], 8000)),
        ("size on disk", f"{r['size_mb']:.1f} MB", "<= 60 MB", ok(-r["size_mb"], -60)),
        ("load time", f"{r['load_s']:.2f} s", "<= 2 s", ok(-r["load_s"], -2)),
    ]
    out = ["| measure | score | issue 5 target | |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out) + "\n\nFull tables, anchors and the baseline: `benchmarks/models.md`.\n"


def update_card(card: Path, text: str) -> None:
    start, end = "<!-- scores:start -->", "<!-- scores:end -->"
    if not card.exists():
        return
    doc = card.read_text(encoding="utf-8")
    if start in doc and end in doc:
        head, rest = doc.split(start, 1)
        card.write_text(head + start + "\n" + text + end + rest.split(end, 1)[1], encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=ROOT / "src/ghatna/models/hi_ghatna")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/datasets")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/models.md")
    ap.add_argument("--json", type=Path, default=None, help="also write raw results here")
    ap.add_argument("--card", type=Path, default=ROOT / "docs/model.md", help="model card to update")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    res = measure(args.model, args.data)
    args.out.write_text(render(res), encoding="utf-8")
    update_card(args.card, summary(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False))
    print(render(res))


if __name__ == "__main__":
    main()
