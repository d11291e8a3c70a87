"""Radioactivity on a real pretrained student (issue #13 items 1–2, reduced): SmolLM2-135M
fine-tuned on a mix of watermarked and unwatermarked SmolLM2 answers, audited in open mode.

Pipeline (each stage cached under --work-dir, default bench/work/radioactivity_real/; a rerun
resumes where it stopped):
1. keys: a master KGW key (h=1, γ=0.25, δ=4 as in bench/radioactivity.py) and --accounts
   HKDF-derived account keys; the teacher watermarks with account `acct-0421`'s key;
2. teacher: SmolLM2-135M-Instruct answers the same ShareGPT "reference" prompts twice, WITH the
   account's watermark and WITHOUT (same model, same prompts, same sampling seed), so the
   two corpora differ only by the watermark;
3. students: copies of the same pretrained SmolLM2-135M, full fine-tune (AdamW, --epochs), on N
   examples (one per prompt) where round(ρ·N) answers are the watermarked version and the
   rest the unwatermarked one;
4. audit: `distillguard.audit.open_mode.open_audit` (what `audit open` runs): teacher-forced
   reading of the watermarked corpus with the frequent-window filter (--served = that corpus),
   scored under the true key and attributed among all account keys (Holm).
5. API mode (--api-prompts N and/or --api-train-prompts M): the student is served by
   `distillguard.audit.serve_model` on a real loopback uvicorn server speaking the OpenAI
   chat-completions API, sampled at --api-temperature, and audited by
   `distillguard.audit.api_mode.api_audit` (what `audit api` runs: the `openai` client, the
   resumable SQLite transcript cache, true key + Holm attribution over the account keys) on N
   ShareGPT prompts NOT used to train the student and/or on the first M training prompts.
   The student's weights are kept until its API stages are done (retrained from the cached
   teacher corpora, same data and seed, when an earlier run deleted them; the retrained weights
   are then audited in open mode again, so each API row has an open p of the same weights).
Writes bench/results/radioactivity_real.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

from radioactivity import Stages, deterministic_secret, fmt_p, load_jsonl, save_jsonl

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
WORK = ROOT / "bench" / "work" / "radioactivity_real"
TRUE_INDEX = 421


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", default=None, help="teacher and student base (default: the local SmolLM2-135M-Instruct)")
    p.add_argument("--work-dir", type=Path, default=WORK)
    p.add_argument("--results-dir", type=Path, default=RESULTS)
    p.add_argument("--name", default="radioactivity_real", help="results file stem")
    p.add_argument("--prompts", type=int, default=64, help="teacher answers each way (= N, one example per prompt)")
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--students", default="1:0,0.25:0,0:0,0:1",
                   help="comma-separated rho:seed pairs, trained and audited in this order")
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--batch-size", type=int, default=4)
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--delta", type=float, default=4.0)
    p.add_argument("--gamma", type=float, default=0.25)
    p.add_argument("--context-width", type=int, default=1)
    p.add_argument("--alpha", type=float, default=1e-4)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--keep-weights", action="store_true", help="keep each student's weights (540 MB each)")
    p.add_argument("--api-prompts", type=int, default=0,
                   help="API mode on this many ShareGPT prompts NOT used for training (0 = off)")
    p.add_argument("--api-train-prompts", type=int, default=0,
                   help="API mode on the first M training prompts too (0 = off)")
    p.add_argument("--api-students", default=None,
                   help="rho:seed pairs (of --students) that get the API stages (default: all of them)")
    p.add_argument("--api-temperature", type=float, default=0.8)
    p.add_argument("--api-max-tokens", type=int, default=128,
                   help="max completion tokens per answer to an unseen prompt (training prompts: --max-new-tokens)")
    p.add_argument("--api-port", type=int, default=47613,
                   help="loopback port of the served student (fixed, so the transcript cache resumes across runs)")
    p.add_argument("--deadline-min", type=float, default=None,
                   help="skip students not yet started once this many minutes have passed")
    return p.parse_args(argv)


def mix(watermarked: list[dict], plain: list[dict], rho: float, seed: int) -> list[dict]:
    """One example per prompt: round(rho·N) prompts (drawn with `seed`) get the watermarked answer,
    the rest the unwatermarked answer (`plain`: sampled with the student's seed, so controls of
    different seeds learn different innocent texts)."""
    n = len(watermarked)
    chosen = set(random.Random(seed).sample(range(n), round(rho * n)))
    out = [dict(watermarked[i] if i in chosen else plain[i], watermarked=i in chosen) for i in range(n)]
    random.Random(seed + 1).shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    import torch

    torch.set_num_threads(max(1, args.threads))
    from distillguard.audit.experiment import generate_answers
    from distillguard.audit.open_mode import open_audit
    from distillguard.audit.reading import CorpusDoc
    from distillguard.audit.train import TrainConfig, finetune
    from distillguard.data.sharegpt import prompts as sharegpt_prompts
    from distillguard.models import load_tokenizer
    from distillguard.watermark.detect import detect_pooled, tokenize_texts
    from distillguard.watermark.keys import derive_account_key, new_key

    started = time.time()
    tag = f"{'smollm2' if args.model is None else Path(args.model).name}_p{args.prompts}_t{args.max_new_tokens}" \
          f"_g{args.gamma:g}_d{args.delta:g}_h{args.context_width}"
    stages = Stages(args.work_dir / tag, fresh=False)
    timings: dict = stages.get("timings.json") or {}

    def log(msg: str) -> None:
        print(f"[{time.time() - started:7.1f} s] {msg}", file=sys.stderr, flush=True)

    params = {"gamma": args.gamma, "delta": args.delta, "context_width": args.context_width}
    master = new_key("kgw", secret=deterministic_secret("master-real", 0), **params)
    account_keys = [derive_account_key(master, f"acct-{i:04d}") for i in range(args.accounts)]
    teacher_key = account_keys[min(TRUE_INDEX, args.accounts - 1)]

    prompts = sharegpt_prompts(args.prompts, max_chars=300, part="reference")
    corpora: dict[str, list[dict]] = {}

    def teacher(label: str, key, seed: int) -> list[dict]:
        """Cached teacher answers; `seed` is the sampling seed (unwatermarked corpora per student seed)."""
        if label not in corpora:
            path = stages.path(f"teacher_{label}.jsonl")
            if not path.exists():
                log(f"teacher: {len(prompts)} {label} answers")
                t = time.time()
                rows = generate_answers(args.model, prompts, key, max_new_tokens=args.max_new_tokens,
                                        batch_size=16, seed=seed, progress=lambda n: log(f"  +{n} answers"))
                save_jsonl(path, rows)
                timings[f"teacher_{label}_s"] = round(time.time() - t, 1)
                stages.put("timings.json", timings)
            corpora[label] = load_jsonl(path)
        return corpora[label]

    def plain(seed: int) -> list[dict]:
        return teacher("plain" if seed == 0 else f"plain_seed{seed}", None, seed)

    teacher("watermarked", teacher_key, 0)
    plain(0)
    tokenizer = load_tokenizer(args.model)
    served_ids = tokenize_texts(tokenizer, [r["text"] for r in corpora["watermarked"]])
    teacher_detect = {label: detect_pooled(teacher_key, tokenize_texts(tokenizer, [r["text"] for r in corpora[label]]))
                      .log10_p_value for label in ("watermarked", "plain")}
    corpus = [CorpusDoc(text=r["text"], prompt=r["prompt"]) for r in corpora["watermarked"]]

    api_sets = api_prompt_sets(args, prompts, sharegpt_prompts)

    def train_student(name: str, rho: float, seed: int) -> tuple[Path, float | None, dict]:
        """The student's weights: kept ones (train time None), else fine-tuned now."""
        out_dir = stages.path(f"student_{name}")
        if (out_dir / "distillguard_training.json").exists():
            return out_dir, None, {}
        shutil.rmtree(out_dir, ignore_errors=True)
        data = mix(corpora["watermarked"], plain(seed), rho, seed)
        log(f"{name}: fine-tuning on {len(data)} examples ({sum(e['watermarked'] for e in data)} watermarked)")
        t = time.time()
        last: dict = {"n": len(data), "watermarked": sum(e["watermarked"] for e in data)}
        finetune(args.model or "smollm2", data, out_dir,
                 TrainConfig(epochs=args.epochs, lr=args.lr, batch_size=args.batch_size, max_len=256, seed=seed),
                 progress=lambda s, n, loss, last=last: last.update(step=s, steps=n, loss=loss))
        train_s = time.time() - t
        log(f"{name}: trained in {train_s:.0f} s, last loss {last.get('loss', float('nan')):.3f}")
        return out_dir, train_s, last

    def audit_open(out_dir: Path) -> tuple[dict, float]:
        t = time.time()
        run = open_audit(out_dir, corpus, key=teacher_key, keyring=account_keys, served=corpus, alpha=args.alpha)
        return run.result, time.time() - t

    api_for = None if args.api_students is None else {
        (float(x.split(":")[0]), int(x.split(":")[1])) for x in args.api_students.split(",")}
    rows_out, api_rows = [], []
    for spec in args.students.split(","):
        rho_s, seed_s = spec.split(":")
        rho, seed = float(rho_s), int(seed_s)
        name = f"rho{rho:g}_seed{seed}_lr{args.lr:g}_b{args.batch_size}_e{args.epochs:g}"
        cached = stages.get(f"result_{name}.json")
        api_done = {a["file"]: stages.get(a["file"].format(name=name)) for a in api_sets}
        todo = [a for a in api_sets if api_done[a["file"]] is None and (api_for is None or (rho, seed) in api_for)]
        if (cached is None or todo) and args.deadline_min is not None and time.time() - started > 60 * args.deadline_min:
            log(f"{name}: {'skipped' if cached is None else 'API stages skipped'} (deadline)")
            todo = []
            if cached is None:
                continue
        out_dir, train_s, last = (train_student(name, rho, seed) if cached is None or todo else (None, None, {}))
        if cached is None:
            r, audit_s = audit_open(out_dir)
            cached = {
                "student": name, "rho": rho, "seed": seed, "n": last.get("n", args.prompts),
                "watermarked_examples": last.get("watermarked", round(rho * args.prompts)),
                "train_steps": last.get("steps"), "final_train_loss": last.get("loss"),
                **audit_summary(r, teacher_key),
                "candidate_tuples": r["candidate_tuples"], "excluded_by_window_rule": r["excluded_by_window_rule"],
                "seconds": {"train": None if train_s is None else round(train_s, 1), "audit_open": round(audit_s, 1)},
                "threads": args.threads,
            }
            stages.put(f"result_{name}.json", cached)
            stages.path(f"reopen_{name}.json").unlink(missing_ok=True)
            train_s = None  # these weights' open audit is the row above
        log(f"{name}: log10 p = {cached['log10_p_value']:.2f} over {cached['tokens_scored']} tuples, "
            f"{cached['verdict']}, true account rank {cached['attribution']['true_account_rank']}")
        rows_out.append(cached)
        reopen = stages.get(f"reopen_{name}.json")
        if todo and train_s is not None:
            # Retrained for the API stage (an earlier run deleted the weights): same data and seed,
            # but not bit-identical (thread count), so audit these weights in open mode as well.
            r, audit_s = audit_open(out_dir)
            reopen = {**audit_summary(r, teacher_key), "threads": args.threads,
                      "seconds": {"train": round(train_s, 1), "audit_open": round(audit_s, 1)}}
            stages.put(f"reopen_{name}.json", reopen)
            log(f"{name}: retrained, open log10 p = {reopen['log10_p_value']:.2f}")
        for a in todo:
            row = run_api(args, a, out_dir, name, rho, seed, stages, teacher_key, account_keys, log)
            row["open_same_weights"] = reopen or {"log10_p_value": cached["log10_p_value"],
                                                  "note": "the open-mode row's weights"}
            stages.put(a["file"].format(name=name), row)
            api_done[a["file"]] = row
        api_rows += [api_done[a["file"]] for a in api_sets
                     if api_done[a["file"]] is not None and (api_for is None or (rho, seed) in api_for)]
        if out_dir is not None and not args.keep_weights:
            shutil.rmtree(out_dir, ignore_errors=True)

    results = {
        "issue": 13,
        "machine": f"shared 2-core CPU (other engineers' jobs running), nice; torch threads = {args.threads} in "
                   "the last invocation (rows with no `threads` field ran in an earlier one with 2)",
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "teacher": {"model": args.model or "SmolLM2-135M-Instruct (local GGUF-derived)",
                    "prompts": "ShareGPT part='reference', ≤300 chars", "answers_each_way": len(prompts),
                    "max_new_tokens": args.max_new_tokens,
                    "key": {"scheme": "kgw", **params, "account_id": teacher_key.account_id,
                            "key_id": teacher_key.key_id},
                    "served_tokens": sum(len(x) for x in served_ids),
                    "pooled_detection_log10_p": teacher_detect},
        "student": {"base": f"the same pretrained {args.model or 'SmolLM2-135M-Instruct'}", "training": "full fine-tune, AdamW",
                    "lr": args.lr, "batch_size": args.batch_size, "epochs": args.epochs, "max_len": 256},
        "audit": {"mode": "open (teacher-forced), distillguard.audit.open_mode.open_audit",
                  "corpus": "the watermarked teacher answers", "frequent_window_filter": "served = that corpus, min count 2",
                  "alpha": args.alpha},
        "students": sorted(rows_out, key=lambda r: (-r["rho"], r["seed"])),
        "api": api_config(args, api_sets),
        "api_students": api_rows,
        "controls": controls_summary(rows_out),
        "stage_seconds": {**timings,
                          **{f"{r['student']}_{k}_s": v for r in rows_out for k, v in r["seconds"].items()
                             if v is not None},
                          **{f"{r['student']}_api_{r['prompt_set']}_{k}_s": v for r in api_rows
                             for k, v in r["seconds"].items() if v is not None}},
        "wall_seconds_this_invocation": round(time.time() - started, 1),
    }
    # Stages cached by earlier invocations are not re-timed: the sum of the stage times is the cost.
    results["stage_seconds_total"] = round(sum(results["stage_seconds"].values()), 1)
    write_outputs(results, args.results_dir, args.name)
    log(f"wrote {args.results_dir / args.name}.json and .md")
    return 0


def audit_summary(r: dict, teacher_key) -> dict:
    """The figures a row keeps from an audit result (open or API): true key and attribution."""
    ranked = r["attribution"]
    rank = next(i for i, a in enumerate(ranked, 1) if a["key_id"] == teacher_key.key_id)
    return {
        "p_value": r["p_value"], "log10_p_value": r["log10_p_value"], "tokens_scored": r["tokens_scored"],
        "green_fraction": r["score"], "verdict": r["verdict"],
        "attribution": {"keys": len(ranked), "method": "holm", "true_account_rank": rank,
                        "top_account": ranked[0].get("account_id"),
                        "true_account_log10_adjusted_p": ranked[rank - 1]["log10_adjusted_p_value"],
                        "named_accounts": r["attributed_account_ids"]},
    }


def api_prompt_sets(args: argparse.Namespace, train_prompts: list[str], sharegpt_prompts) -> list[dict]:
    """The API-mode prompt sets: `unseen` (ShareGPT 'reference' prompts after the N training ones,
    none equal to a training prompt) and `train` (the first M training prompts)."""
    sets = []
    if args.api_prompts > 0:
        seen = set(train_prompts)
        pool = sharegpt_prompts(args.prompts + 4 * args.api_prompts + 64, max_chars=300, part="reference")
        unseen = [q for q in dict.fromkeys(pool[len(train_prompts):]) if q not in seen][: args.api_prompts]
        if len(unseen) < args.api_prompts:
            raise SystemExit(f"error: only {len(unseen)} unseen ShareGPT prompts available")
        sets.append({"label": "unseen", "prompts": [(f"unseen-{i}", q) for i, q in enumerate(unseen)],
                     "max_tokens": args.api_max_tokens})
    if args.api_train_prompts > 0:
        sets.append({"label": "train", "max_tokens": args.max_new_tokens,
                     "prompts": [(f"train-{i}", q) for i, q in enumerate(train_prompts[: args.api_train_prompts])]})
    for a in sets:
        a["file"] = (f"api_{{name}}_{a['label']}_n{len(a['prompts'])}_m{a['max_tokens']}"
                     f"_t{args.api_temperature:g}.json")
    return sets


def api_config(args: argparse.Namespace, api_sets: list[dict]) -> dict:
    return {
        "audit": "distillguard.audit.api_mode.api_audit (what `distillguard audit api` runs)",
        "server": "distillguard.audit.serve_model on uvicorn (distillguard.testing.ServerThread), loopback, "
                  "OpenAI chat-completions; one request at a time; torch seed = student seed per request",
        "client": "openai client via distillguard.audit.client, concurrency 1, SQLite transcript cache",
        "sampling": {"temperature": args.api_temperature, "top_p": None, "top_k": None},
        "prompt_sets": {a["label"]: {"prompts": len(a["prompts"]), "max_tokens": a["max_tokens"]} for a in api_sets},
        "window_rule": "tuples whose window seed occurs in the prompt are not scored; each PRF input once",
    }


class _Phases:
    """A `progress` stand-in for api_audit that timestamps its phases (querying, then scoring)."""

    def __init__(self) -> None:
        self.started: dict[str, float] = {}

    def add_task(self, description: str, total: int | None = None) -> str:
        self.started[description] = time.time()
        return description

    def advance(self, task: str, n: int = 1) -> None:
        pass

    def update(self, task: str, **kw) -> None:
        pass


def run_api(args, a: dict, out_dir: Path, name: str, rho: float, seed: int, stages, teacher_key, account_keys,
            log) -> dict:
    """Serve the student on loopback HTTP and run the API-mode audit on one prompt set."""
    import sqlite3

    from distillguard.audit.api_mode import api_audit
    from distillguard.audit.client import QueryConfig
    from distillguard.audit.serve_model import create_app
    from distillguard.testing import ServerThread

    cache = stages.path(f"responses_{name}_{a['label']}_m{a['max_tokens']}_t{args.api_temperature:g}.sqlite")
    log(f"{name}: API mode, {len(a['prompts'])} {a['label']} prompts, T = {args.api_temperature:g}, "
        f"≤ {a['max_tokens']} tokens")
    phases = _Phases()
    t = time.time()
    with ServerThread(create_app(out_dir, "student", seed=seed), port=args.api_port) as server:
        config = QueryConfig(base_url=server.url + "/v1", model="student", max_tokens=a["max_tokens"],
                             temperature=args.api_temperature, concurrency=1, timeout_s=900.0)
        run = api_audit(a["prompts"], config, cache, key=teacher_key, keyring=account_keys, alpha=args.alpha,
                        progress=phases)
    total = time.time() - t
    score_start = phases.started.get("scoring keys", time.time())
    with sqlite3.connect(cache) as db:
        generated = db.execute("SELECT COALESCE(SUM(completion_tokens), 0) FROM responses").fetchone()[0]
    r = run.result
    row = {
        "student": name, "rho": rho, "seed": seed, "prompt_set": a["label"], "prompts": len(a["prompts"]),
        "max_tokens": a["max_tokens"], "temperature": args.api_temperature, "responses": r["responses"],
        "completion_tokens": int(generated), **audit_summary(r, teacher_key),
        "candidate_tuples": r["candidate_tuples"], "excluded_by_window_rule": r.get("excluded_by_window_rule"),
        "query": r["query"], "threads": args.threads,
        "seconds": {"query": round(score_start - phases.started.get("querying the suspect endpoint", t), 1),
                    "score": round(t + total - score_start, 1), "total": round(total, 1)},
    }
    log(f"{name}: API {a['label']}: log10 p = {row['log10_p_value']:.2f} over {row['tokens_scored']} tuples "
        f"({row['completion_tokens']} tokens generated), rank {row['attribution']['true_account_rank']}, "
        f"{total:.0f} s")
    return row


def controls_summary(rows: list[dict]) -> dict:
    """ρ = 0 students under the true key: their p-values, and a KS test against uniform when ≥ 3.

    The binomial p-values are discrete (slightly conservative). Each control seed learns its own
    sample of unwatermarked answers to the same prompts (see `mix`), so controls are distinct
    innocent models, though of one teacher and one prompt set.
    """
    ps = [r["p_value"] for r in rows if r["rho"] == 0]
    out: dict = {"n": len(ps), "p_values": ps,
                 "accused_at_alpha": sum(r["verdict"] == "watermark_detected" for r in rows if r["rho"] == 0)}
    if len(ps) >= 3:
        from scipy.stats import kstest

        ks = kstest(ps, "uniform")
        out.update(ks_statistic=float(ks.statistic), ks_p_value=float(ks.pvalue))
    return out


def write_outputs(results: dict, out: Path, name: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")
    t = results["teacher"]
    s = results["student"]
    lines = [
        "# Radioactivity on a real pretrained student (reduced run)",
        "",
        f"Teacher: {t['model']}, KGW γ={t['key']['gamma']}, δ={t['key']['delta']}, h={t['key']['context_width']}, "
        f"account {t['key']['account_id']}'s derived key; {t['answers_each_way']} prompts ({t['prompts']}) answered "
        f"with and without the watermark (≤{t['max_new_tokens']} new tokens; watermarked corpus {t['served_tokens']} "
        f"tokens, pooled detection log10 p = {t['pooled_detection_log10_p']['watermarked']:.1f}; unwatermarked "
        f"{t['pooled_detection_log10_p']['plain']:.2f}; further unwatermarked samples, one per student seed > 0).",
        f"Students: {s['base']}, {s['training']}, lr {s['lr']:g}, batch {s['batch_size']}, {epochs_text(s['epochs'])}; "
        "N examples, one per prompt, round(ρ·N) of them the watermarked answer, the rest the unwatermarked one.",
        f"Audit: {results['audit']['mode']} over {results['audit']['corpus']}, frequent-window filter "
        f"({results['audit']['frequent_window_filter']}), α = {results['audit']['alpha']:g}; attribution: Holm over "
        "the derived account keys. Ran on a " + results["machine"] + ".",
        "",
        "| ρ | seed | N | wm examples | log10 p (true key) | p | tuples scored | verdict | true account rank / keys | train s | audit s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results["students"]:
        a = r["attribution"]
        lines.append(
            f"| {100 * r['rho']:g}%{' (control)' if r['rho'] == 0 else ''} | {r['seed']} | {r['n']} | "
            f"{r['watermarked_examples']} | {r['log10_p_value']:.2f} | {fmt_p(r['p_value'], r['log10_p_value'])} | "
            f"{r['tokens_scored']} | {r['verdict']} | {a['true_account_rank']} / {a['keys']} | "
            f"{_sec(r['seconds']['train'])} | {_sec(r['seconds']['audit_open'])} |")
    lines += api_table(results)
    c = results["controls"]
    lines += ["", "No ρ = 0 control in this run." if not c["n"] else f"Controls (ρ = 0, true key): {c['n']} students, p = "
              + ", ".join(f"{p:.2g}" for p in c["p_values"])
              + (f"; KS vs uniform p = {c['ks_p_value']:.2f}" if "ks_p_value" in c else "")
              + f"; accused at α: {c['accused_at_alpha']}. Each control learned its own sample of unwatermarked "
              "answers (teacher sampling seed = student seed) to the same prompts."]
    stages = results["stage_seconds"]
    lines += ["", f"Wall times (s; total of all stages {results['stage_seconds_total']:.0f} s, each measured when it "
              "ran — cached stages are not re-timed): " + ", ".join(f"{k} {v}" for k, v in stages.items()) + ".", "",
              cut_paragraph(results), "",
              "Reproduce: `nice .venv/bin/python bench/radioactivity_real.py "
              + " ".join(sys.argv[1:]) + "` (resumes from bench/work/radioactivity_real/).", ""]
    (out / f"{name}.md").write_text("\n".join(lines))


def _sec(v: float | None) -> str:
    return "—" if v is None else f"{v:.0f}"


def api_table(results: dict) -> list[str]:
    """The API-mode table (empty when no API stage ran)."""
    rows = results.get("api_students") or []
    if not rows:
        return []
    a = results["api"]
    sets = "; ".join(f"`{k}`: {v['prompts']} prompts, ≤ {v['max_tokens']} completion tokens"
                     for k, v in a["prompt_sets"].items())
    out = ["", "## API mode (sampled student behind a loopback OpenAI-compatible server)", "",
           f"Each student served by {a['server']}; queried by the {a['client']}; scored by {a['audit']} under the "
           f"true key and the 1,000 account keys (Holm). Sampling: temperature {a['sampling']['temperature']:g}, "
           f"no top-p/top-k. Prompt sets — {sets}. `unseen` = ShareGPT 'reference' prompts not among the "
           "training prompts; `train` = prompts the student was fine-tuned on (the lab knows what the account "
           "asked). Window rule: " + a["window_rule"] + ".", "",
           "| ρ | seed | prompts | tokens generated | tuples scored | green fraction | log10 p (true key) | p "
           "| verdict | true account rank / keys | open log10 p, same weights | query s | score s |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        o = r.get("open_same_weights") or {}
        out.append(
            f"| {100 * r['rho']:g}%{' (control)' if r['rho'] == 0 else ''} | {r['seed']} | {r['prompt_set']} "
            f"{r['prompts']} | {r['completion_tokens']} | {r['tokens_scored']} | {r['green_fraction']:.3f} | "
            f"{r['log10_p_value']:.2f} | {fmt_p(r['p_value'], r['log10_p_value'])} | {r['verdict']} | "
            f"{r['attribution']['true_account_rank']} / {r['attribution']['keys']} | "
            f"{o.get('log10_p_value', float('nan')):.2f} | {_sec(r['seconds']['query'])} | "
            f"{_sec(r['seconds']['score'])} |")
    detected = [r for r in rows if r["verdict"] == "watermark_detected"]
    greens = [r["green_fraction"] for r in rows]
    out += ["", f"API mode, in short: {len(detected)} of {len(rows)} rows detected at α; green fractions "
            f"{min(greens):.3f}–{max(greens):.3f} (γ = 0.25 under H0); best true-account rank "
            f"{min(r['attribution']['true_account_rank'] for r in rows)} of "
            f"{rows[0]['attribution']['keys']}. Tokens scored are distinct (window, token) tuples after the "
            "prompt-window rule, of the tokens generated."]
    return out


def api_cut(results: dict) -> str:
    """What the API stage ran, and so what it left out (computed from its rows)."""
    rows = results.get("api_students") or []
    if not rows:
        return "API mode (serving the student with sampling at temperature 0.7–1.0) was not run."
    ran = ", ".join(f"ρ = {100 * r['rho']:g}% seed {r['seed']} ({r['prompt_set']})" for r in rows)
    sets = ", ".join(f"{k} {v['prompts']} prompts × ≤ {v['max_tokens']} tokens"
                     for k, v in results["api"]["prompt_sets"].items())
    tokens = sum(r["completion_tokens"] for r in rows)
    query_s = sum(r["seconds"]["query"] for r in rows)
    return (f"API mode ran only for: {ran} — not for the other students of the open-mode table; "
            f"prompt sets: {sets}; one sample per prompt, one temperature "
            f"({results['api']['sampling']['temperature']:g}). Cut for CPU time: the served student answers one "
            f"request at a time on one contended thread, {tokens} tokens in {query_s:.0f} s "
            f"(≈ {tokens / max(query_s, 1e-9):.1f} tokens/s), plus a 2–3 min retrain per student (weights were not "
            "kept by the open-mode run); students whose API stage had not started by --deadline-min were skipped.")


def epochs_text(e: float) -> str:
    return f"{e:g} epoch{'' if e == 1 else 's'}"


def cut_paragraph(results: dict) -> str:
    """Exactly what this run left out of issue #13 items 1–2 (computed from what it ran)."""
    rows = results["students"]
    seeds: dict[float, int] = {}
    for r in rows:
        seeds[r["rho"]] = seeds.get(r["rho"], 0) + 1
    ran = ", ".join(f"{100 * rho:g}% × {n} seed{'s' if n > 1 else ''}" for rho, n in sorted(seeds.items(), reverse=True))
    n = rows[0]["n"] if rows else 0
    epochs = epochs_text(results["student"]["epochs"])
    missing = [f"{100 * r:g}%" for r in (0.0, 0.01, 0.05, 0.1, 1.0) if r not in seeds]
    five = ("ρ = 5% was not run, so it was not tested" if 0.05 not in seeds else
            f"ρ = 5% ran at N = {n} only (round(0.05·N) = {round(0.05 * n)} watermarked examples, {epochs})")
    return (
        f"**What was cut relative to issue #13 items 1–2.** Students run: {ran} (the issue asks for ρ ∈ "
        f"{{0, 1, 5, 10, 100}}% with ≥ 3 seeds each and ≥ 5 unwatermarked controls"
        + (f"; not run here: {', '.join(missing)}" if missing else "") + "). "
        f"N = {n} examples (one per prompt), {epochs}, teacher answers of ≤ {results['teacher']['max_new_tokens']} "
        "tokens (docs/audit.md sized the issue's full grid at N ≈ 200, 2 epochs). " + api_cut(results)
        + " Sander et al.'s bar (p < 1e-5 at ρ = 5%, open mode with the filter): "
        f"{five}. Everything ran on a shared 2-core CPU with another job running, so the wall times are this "
        "machine's under load, not the method's."
    )


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
