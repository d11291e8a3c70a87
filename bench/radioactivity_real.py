"""Radioactivity on a real pretrained student (issue #13 items 1–2, reduced): SmolLM2-135M
fine-tuned on a mix of watermarked and unwatermarked SmolLM2 answers, audited in open mode.

Pipeline (each stage cached under --work-dir, default bench/work/radioactivity_real/; a rerun
resumes where it stopped):
1. keys: a master KGW key (h=1, γ=0.25, δ=4 as in bench/radioactivity.py) and --accounts
   HKDF-derived account keys; the teacher watermarks with account `acct-0421`'s key;
2. teacher: SmolLM2-135M-Instruct answers the same ShareGPT "reference" prompts twice, WITH the
   account's watermark and WITHOUT (same model, same prompts, same sampling seed), so the
   two corpora differ only by the watermark;
3. students: copies of the same pretrained SmolLM2-135M, full fine-tune (AdamW, 1 epoch), on N
   examples (one per prompt) where round(ρ·N) answers are the watermarked version and the
   rest the unwatermarked one;
4. audit: `distillguard.audit.open_mode.open_audit` (what `audit open` runs): teacher-forced
   reading of the watermarked corpus with the frequent-window filter (--served = that corpus),
   scored under the true key and attributed among all account keys (Holm).
Writes bench/results/radioactivity_real.{json,md}. API mode is not run (see the .md).
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

    rows_out = []
    for spec in args.students.split(","):
        rho_s, seed_s = spec.split(":")
        rho, seed = float(rho_s), int(seed_s)
        name = f"rho{rho:g}_seed{seed}_lr{args.lr:g}_b{args.batch_size}_e{args.epochs:g}"
        cached = stages.get(f"result_{name}.json")
        if cached is None:
            if args.deadline_min is not None and time.time() - started > 60 * args.deadline_min:
                log(f"{name}: skipped (deadline)")
                continue
            data = mix(corpora["watermarked"], plain(seed), rho, seed)
            out_dir = stages.path(f"student_{name}")
            log(f"{name}: fine-tuning on {len(data)} examples ({sum(e['watermarked'] for e in data)} watermarked)")
            t = time.time()
            last: dict = {}
            finetune(args.model or "smollm2", data, out_dir,
                     TrainConfig(epochs=args.epochs, lr=args.lr, batch_size=args.batch_size, max_len=256, seed=seed),
                     progress=lambda s, n, loss, last=last: last.update(step=s, steps=n, loss=loss))
            train_s = time.time() - t
            log(f"{name}: trained in {train_s:.0f} s, last loss {last.get('loss', float('nan')):.3f}")
            t = time.time()
            run = open_audit(out_dir, corpus, key=teacher_key, keyring=account_keys, served=corpus,
                             alpha=args.alpha)
            audit_s = time.time() - t
            r = run.result
            ranked = r["attribution"]
            rank = next(i for i, a in enumerate(ranked, 1) if a["key_id"] == teacher_key.key_id)
            cached = {
                "student": name, "rho": rho, "seed": seed, "n": len(data),
                "watermarked_examples": sum(e["watermarked"] for e in data),
                "train_steps": last.get("steps"), "final_train_loss": last.get("loss"),
                "p_value": r["p_value"], "log10_p_value": r["log10_p_value"],
                "tokens_scored": r["tokens_scored"], "green_fraction": r["score"], "verdict": r["verdict"],
                "candidate_tuples": r["candidate_tuples"], "excluded_by_window_rule": r["excluded_by_window_rule"],
                "attribution": {"keys": len(ranked), "method": "holm", "true_account_rank": rank,
                                "top_account": ranked[0].get("account_id"),
                                "true_account_log10_adjusted_p": ranked[rank - 1]["log10_adjusted_p_value"],
                                "named_accounts": r["attributed_account_ids"]},
                "seconds": {"train": round(train_s, 1), "audit_open": round(audit_s, 1)},
            }
            stages.put(f"result_{name}.json", cached)
            if not args.keep_weights:
                shutil.rmtree(out_dir, ignore_errors=True)
        log(f"{name}: log10 p = {cached['log10_p_value']:.2f} over {cached['tokens_scored']} tuples, "
            f"{cached['verdict']}, true account rank {cached['attribution']['true_account_rank']}")
        rows_out.append(cached)

    results = {
        "issue": 13,
        "machine": f"shared 2-core CPU (one other job running), torch threads = {args.threads}, nice",
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
        "students": rows_out,
        "controls": controls_summary(rows_out),
        "stage_seconds": {**timings,
                          **{f"{r['student']}_{k}_s": v for r in rows_out for k, v in r["seconds"].items()}},
        "wall_seconds_this_invocation": round(time.time() - started, 1),
    }
    # Stages cached by earlier invocations are not re-timed: the sum of the stage times is the cost.
    results["stage_seconds_total"] = round(sum(results["stage_seconds"].values()), 1)
    write_outputs(results, args.results_dir, args.name)
    log(f"wrote {args.results_dir / args.name}.json and .md")
    return 0


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
        f"Students: {s['base']}, {s['training']}, lr {s['lr']:g}, batch {s['batch_size']}, {s['epochs']:g} epoch; "
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
            f"{r['seconds']['train']:.0f} | {r['seconds']['audit_open']:.0f} |")
    c = results["controls"]
    lines += ["", f"Controls (ρ = 0, true key): {c['n']} students, p = "
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


def cut_paragraph(results: dict) -> str:
    """Exactly what this run left out of issue #13 items 1–2 (computed from what it ran)."""
    rows = results["students"]
    seeds: dict[float, int] = {}
    for r in rows:
        seeds[r["rho"]] = seeds.get(r["rho"], 0) + 1
    ran = ", ".join(f"{100 * rho:g}% × {n} seed{'s' if n > 1 else ''}" for rho, n in sorted(seeds.items(), reverse=True))
    n = rows[0]["n"] if rows else 0
    missing = [f"{100 * r:g}%" for r in (0.0, 0.01, 0.05, 0.1, 1.0) if r not in seeds]
    five = ("ρ = 5% was not run, so it was not tested" if 0.05 not in seeds else
            f"ρ = 5% ran at N = {n} only (round(0.05·N) = {round(0.05 * n)} watermarked examples, one epoch)")
    return (
        f"**What was cut relative to issue #13 items 1–2.** Students run: {ran} (the issue asks for ρ ∈ "
        f"{{0, 1, 5, 10, 100}}% with ≥ 3 seeds each and ≥ 5 unwatermarked controls"
        + (f"; not run here: {', '.join(missing)}" if missing else "") + "). "
        f"N = {n} examples (one per prompt), 1 epoch, teacher answers of ≤ {results['teacher']['max_new_tokens']} "
        "tokens (docs/audit.md sized the issue's full grid at N ≈ 200, 2 epochs). API mode (serving the student with sampling at "
        "temperature 0.7–1.0) was not run. Sander et al.'s bar (p < 1e-5 at ρ = 5%, open mode with the filter): "
        f"{five}. Everything ran on a shared 2-core CPU with another job running, so the wall times are this "
        "machine's under load, not the method's."
    )


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
