"""Is the watermarked served corpus a valid reading corpus for the open-mode null?

The open audit (`audit open`) reads a corpus with the suspect and scores its top-1 picks under
the key. bench/radioactivity.py reads the *watermarked served answers themselves*; its control
student (trained on unwatermarked teacher answers only) got p ≈ 0.005 under the true key. If
the watermarked corpus leaked the key's green lists into innocent predictions, the test would
be anti-conservative. This script measures it:

1. suspects: innocent (the bench's ρ=0 student and unwatermarked-teacher controls, three new
   controls with other seeds and data, the unwatermarked SmolLM2 teacher itself) and guilty
   (ρ = 5%, 10%, 100%: the bench's cached students);
2. reading corpora under the true key: (a) the served watermarked answers (current practice),
   (b) key-independent text: held-out unwatermarked teacher answers and human ShareGPT answers;
3. a null distribution for each practice: K more corpora watermarked by the same teacher with
   K other account keys, each read and scored under *its own* key (every suspect is innocent
   with respect to those keys), against the key-independent corpus scored under the same keys;
4. an ablation: the served corpus without the window rule (no exclusion of repeated windows).

Scoring goes through `audit.open_mode.read_suspect` + `audit.scoring.score_keys`, the code path
of `distillguard audit open`. Stages are cached under --work-dir (default
$DISTILLGUARD_CACHE/bench-radioactivity/null); the bench's cached teacher answers and students
are reused (run bench/radioactivity.py first, with its defaults and with
`--train-docs 400 --rhos 0.05`). Writes bench/results/radioactivity_null.{json,md}.
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
sys.path.insert(0, str(ROOT / "bench"))
import radioactivity as rb  # noqa: E402  (same keys, stage cache and student trainer as the bench)

RESULTS = ROOT / "bench" / "results"
PROMPT_OFFSET = 600  # bench prompts end at 64 + 24 + 400 + 50 = 538
HUMAN_OFFSET = 2000  # ShareGPT turns used for the human reading corpus


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--work-dir", type=Path, default=None)
    p.add_argument("--other-keys", type=int, default=6, help="K: extra corpora watermarked with other account keys")
    p.add_argument("--corpus-answers", type=int, default=64, help="documents per generated reading corpus")
    p.add_argument("--controls", type=int, default=3, help="new control students (other seed and data each)")
    p.add_argument("--control-answers", type=int, default=32, help="unwatermarked teacher answers per new control")
    p.add_argument("--no-smollm2", action="store_true", help="skip the unwatermarked SmolLM2 teacher as a suspect")
    p.add_argument("--results-dir", type=Path, default=RESULTS)
    p.add_argument("--threads", type=int, default=1)
    return p.parse_args(argv)


def bench_run_dir(base: Path, argv: list[str]) -> Path:
    """The bench's per-configuration student directory (same hash as bench/radioactivity.py)."""
    args = rb.parse(argv)
    tag = hashlib.sha256(json.dumps(
        {k: v for k, v in sorted(vars(args).items()) if k not in ("work_dir", "results_dir", "fresh", "threads")},
        default=str).encode()).hexdigest()[:12]
    return base / f"run_{tag}"


def z_score(s) -> float:
    n = s.tokens_scored
    return (s.score * n - 0.25 * n) / math.sqrt(n * 0.25 * 0.75) if n else 0.0


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    import torch

    torch.set_num_threads(max(1, args.threads))
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from distillguard.config import cache_dir

    console = Console(stderr=True)
    started = time.time()
    base = cache_dir() / "bench-radioactivity"
    work = args.work_dir or base / "null"
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        results = run(args, base, rb.Stages(work, False), progress, console)
    results["wall_seconds"] = round(time.time() - started, 1)
    write_outputs(results, args)
    console.print(f"wrote {args.results_dir / 'radioactivity_null.json'} and .md in {results['wall_seconds']:.0f} s")
    return 0


def run(args, base: Path, stages: rb.Stages, progress, console) -> dict:
    from distillguard.audit.experiment import generate_answers, mixture
    from distillguard.audit.reading import CorpusDoc
    from distillguard.data.sharegpt import prompts as sharegpt_prompts
    from distillguard.data.sharegpt import turns
    from distillguard.watermark.keys import derive_account_key, new_key

    bargs = rb.parse([])
    params = {"gamma": bargs.gamma, "delta": bargs.delta, "context_width": bargs.context_width}
    master = new_key("kgw", secret=rb.deterministic_secret("master", bargs.seed), **params)
    true_key = derive_account_key(master, f"acct-{rb.TRUE_INDEX:04d}")
    other_keys = [derive_account_key(master, f"acct-{i:04d}") for i in range(args.other_keys)]
    n = args.corpus_answers

    # ---- corpora ----------------------------------------------------------------------------
    served_path = base / f"teacher_watermarked_g{bargs.gamma:g}_d{bargs.delta:g}_h{bargs.context_width}" \
                         f"_a{bargs.answers}_t{bargs.max_new_tokens}_s{bargs.seed}.jsonl"
    plain_control_path = base / f"teacher_plain_a{bargs.answers}_c{bargs.control_answers}" \
                                f"_t{bargs.max_new_tokens}_s{bargs.seed}.jsonl"
    for p in (served_path, plain_control_path):
        if not p.exists():
            raise SystemExit(f"missing {p}: run bench/radioactivity.py first")
    n_train = args.controls * args.control_answers
    pool = sharegpt_prompts(PROMPT_OFFSET + n_train + n + n * args.other_keys, max_chars=300)[PROMPT_OFFSET:]
    train_prompts, pool = pool[:n_train], pool[n_train:]
    read_prompts, pool = pool[:n], pool[n:]
    jobs = [(f"teacher_plain_train_{n_train}.jsonl", train_prompts, None, 1),
            (f"teacher_plain_read_{n}.jsonl", read_prompts, None, 2)]
    jobs += [(f"teacher_wm_acct{i:04d}_{n}.jsonl", pool[i * n:(i + 1) * n], k, 10 + i)
             for i, k in enumerate(other_keys)]
    for name, prompts, key, seed in jobs:
        if stages.path(name).exists():
            continue
        task = progress.add_task(f"SmolLM2 teacher: {name}", total=len(prompts))
        rows = generate_answers(None, prompts, key, max_new_tokens=bargs.max_new_tokens, batch_size=16,
                                seed=seed, progress=lambda k, t=task: progress.advance(t, k))
        rb.save_jsonl(stages.path(name), rows)

    def docs(rows):
        return [CorpusDoc(text=r["text"], prompt=r["prompt"]) for r in rows]

    human_turns = [t for t in turns() if len(t.assistant) >= 200 and len(t.human) <= 300][HUMAN_OFFSET:HUMAN_OFFSET + n]
    corpora = {
        "served_watermarked": docs(rb.load_jsonl(served_path)),
        "indep_teacher_plain": docs(rb.load_jsonl(stages.path(f"teacher_plain_read_{n}.jsonl"))),
        "indep_human_sharegpt": [CorpusDoc(text=t.assistant[: 6 * bargs.max_new_tokens], prompt=t.human)
                                 for t in human_turns],
    }
    other = {f"wm_acct{i:04d}": (docs(rb.load_jsonl(stages.path(f"teacher_wm_acct{i:04d}_{n}.jsonl"))), k)
             for i, k in enumerate(other_keys)}

    # ---- suspects ---------------------------------------------------------------------------
    run192 = bench_run_dir(base, [])
    run400 = bench_run_dir(base, ["--train-docs", "400", "--rhos", "0.05"])
    suspects: dict[str, dict] = {
        "rho_0": {"path": run192 / "student_rho_0", "guilty": False, "note": "human answers only, N=192"},
        "control_bench_n192": {"path": run192 / "student_control_unwatermarked_teacher", "guilty": False,
                               "note": "bench control: 24 plain teacher answers, N=192"},
        "control_bench_n400": {"path": run400 / "student_control_unwatermarked_teacher", "guilty": False,
                               "note": "bench control: 24 plain teacher answers, N=400"},
    }
    train_rows = rb.load_jsonl(stages.path(f"teacher_plain_train_{n_train}.jsonl"))
    for c in range(args.controls):
        seed = c + 1
        subset = train_rows[c * args.control_answers:(c + 1) * args.control_answers]
        cstages = rb.Stages(stages.path(f"control_seed{seed}"), False)
        cargs = argparse.Namespace(**{**vars(bargs), "seed": seed})
        data = mixture(subset, subset, 1.0, bargs.train_docs, seed=seed)
        path = rb.train_student(cargs, cstages, f"control_seed{seed}", data, progress)
        suspects[f"control_seed{seed}"] = {"path": path, "guilty": False,
                                           "note": f"{args.control_answers} other plain teacher answers, seed {seed}, N=192"}
    if not args.no_smollm2:
        suspects["smollm2_teacher"] = {"path": "smollm2", "guilty": False,
                                       "note": "the unwatermarked teacher itself"}
    for rho, run_dir, note in [(0.05, run192, "N=192"), (0.05, run400, "N=400"), (0.1, run192, "N=192"),
                               (1.0, run192, "N=192")]:
        suspects[f"rho_{rho:g}_{note.split('=')[1]}"] = {"path": run_dir / f"student_rho_{rho:g}", "guilty": True,
                                                         "note": f"ρ={rho:g}, {note}"}
    for name, s in suspects.items():
        if s["path"] != "smollm2" and not (Path(s["path"]) / "config.json").exists():
            raise SystemExit(f"missing student {name} at {s['path']}: run bench/radioactivity.py first")

    # ---- readings and scores ----------------------------------------------------------------
    keys = {"true": true_key, **{name: k for name, (_, k) in other.items()}}
    rows = []
    for name, s in suspects.items():
        cached = stages.get(f"scores_{name}_k{args.other_keys}_n{n}.json")
        if cached is None:
            cached = score_suspect(s["path"], corpora, other, keys, progress)
            stages.put(f"scores_{name}_k{args.other_keys}_n{n}.json", cached)
        rows.append({"suspect": name, "guilty": s["guilty"], "note": s["note"], **cached})
        a, b = cached["true_key"]["served_watermarked"], cached["true_key"]["indep_teacher_plain"]
        console.print(f"{name}: served p={a['p_value']:.3g} (n={a['tokens_scored']}), "
                      f"plain p={b['p_value']:.3g} (n={b['tokens_scored']}), "
                      f"null mean z wm={cached['null']['watermarked_own_key']['mean_z']:+.2f} "
                      f"indep={cached['null']['indep_teacher_plain']['mean_z']:+.2f}")
    return {
        "true_key": {"scheme": "kgw", **params, "key_id": true_key.key_id, "account_id": true_key.account_id},
        "other_keys": [k.account_id for k in other_keys],
        "corpora": {name: {"documents": len(d)} for name, d in corpora.items()} | {
            name: {"documents": len(d), "watermarked_with": k.account_id} for name, (d, k) in other.items()},
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "suspects": rows,
    }


def score_suspect(path, corpora: dict, other: dict, keys: dict, progress) -> dict:
    """Read every corpus once with the suspect; score true key, own keys, no-window-rule ablation."""
    from distillguard.audit.open_mode import read_suspect
    from distillguard.audit.scoring import Entries, score_keys

    width = int(keys["true"].params["context_width"])
    entries = {}
    for name, docs in corpora.items():
        entries[name], _ = read_suspect(path, docs, width, max_len=256, progress=progress)
    for name, (docs, _) in other.items():
        entries[name], _ = read_suspect(path, docs, width, max_len=256, progress=progress)

    def row(s) -> dict:
        return {"p_value": s.p_value, "log10_p_value": s.log10_p_value, "tokens_scored": s.tokens_scored,
                "green_fraction": s.score, "z": z_score(s), "excluded": s.excluded}

    out: dict = {"true_key": {name: row(score_keys(entries[name], [keys["true"]])[0]) for name in corpora}}
    e = entries["served_watermarked"]
    no_rule = Entries(e.doc, e.order, e.windows, e.tokens, np.zeros_like(e.history), e.keep)
    out["served_no_window_rule"] = row(score_keys(no_rule, [keys["true"]])[0])
    # Null draws: corpus watermarked with key k read under k (one per key) vs plain corpus under k.
    own = [row(score_keys(entries["served_watermarked"], [keys["true"]])[0])]
    own += [row(score_keys(entries[name], [k])[0]) for name, (_, k) in other.items()]
    plain = score_keys(entries["indep_teacher_plain"], list(keys.values()))
    out["null"] = {"watermarked_own_key": summarise(own, include_true=True),
                   "indep_teacher_plain": summarise([row(s) for s in plain], include_true=True)}
    return out


def summarise(draws: list[dict], include_true: bool) -> dict:
    """Stouffer's combination of the per-key z-scores (independent keys → independent draws)."""
    from scipy.stats import norm

    z = np.array([d["z"] for d in draws])
    stouffer = float(z.sum() / math.sqrt(len(z)))
    return {"draws": len(z), "first_is_true_key": include_true, "z": [round(float(v), 3) for v in z],
            "p_values": [d["p_value"] for d in draws], "mean_z": float(z.mean()), "stouffer_z": stouffer,
            "stouffer_p": float(norm.sf(stouffer)),
            "mean_green_fraction": float(np.mean([d["green_fraction"] for d in draws])),
            "tuples": int(sum(d["tokens_scored"] for d in draws))}


def fmt_p(p: float, log10: float) -> str:
    return f"1e{log10:.0f}" if p < 1e-300 else f"{p:.2g}"


def write_outputs(results: dict, args) -> None:
    out = args.results_dir
    out.mkdir(parents=True, exist_ok=True)
    (out / "radioactivity_null.json").write_text(json.dumps(results, indent=2))
    rows = results["suspects"]
    corpora = ["served_watermarked", "indep_teacher_plain", "indep_human_sharegpt"]
    k = len(results["other_keys"])
    lines = [
        "# Open-mode null: which corpus should the suspect read?",
        "",
        f"True key: KGW γ={results['true_key']['gamma']}, δ={results['true_key']['delta']}, "
        f"h={results['true_key']['context_width']} ({results['true_key']['account_id']}). Corpora: "
        + ", ".join(f"{name} ({c['documents']} docs)" for name, c in results["corpora"].items() if name in corpora)
        + ". Cell: p-value / distinct tuples scored / green fraction (γ = 0.25).",
        "",
        "## True key, three reading corpora",
        "",
        "| suspect | guilty | " + " | ".join(corpora) + " | served, no window rule |",
        "|---|---|" + "---|" * (len(corpora) + 1),
    ]
    for r in rows:
        cells = [r["true_key"][c] for c in corpora] + [r["served_no_window_rule"]]
        lines.append(f"| {r['suspect']} ({r['note']}) | {'yes' if r['guilty'] else 'no'} | " + " | ".join(
            f"{fmt_p(c['p_value'], c['log10_p_value'])} / {c['tokens_scored']} / {c['green_fraction']:.3f}"
            for c in cells) + " |")
    lines += [
        "",
        f"## Null distribution: {k + 1} keys (true + {k} other accounts)",
        "",
        "Watermarked: each key's own watermarked corpus (the served answers for the true key, "
        f"{results['corpora'].get('wm_acct0000', {}).get('documents', '?')} answers of the same teacher for each other "
        "key), scored under that key. Independent: the plain-teacher corpus scored under the same keys. "
        "For the guilty students only the other keys are null draws (the first draw is the true key). "
        "Stouffer z over the draws; under H0 the per-key z are ≈ N(0, 1).",
        "",
        "| suspect | watermarked: z per key | mean z | Stouffer p | independent: z per key | mean z | Stouffer p |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        a, b = r["null"]["watermarked_own_key"], r["null"]["indep_teacher_plain"]
        za, zb = a["z"], b["z"]
        if r["guilty"]:  # drop the true key: not a null draw for them
            za, zb = za[1:], zb[1:]
        def stats(z):
            s = sum(z) / math.sqrt(len(z))
            from scipy.stats import norm
            return f"{np.mean(z):+.2f}", f"{norm.sf(s):.2g}"
        ma, pa = stats(za)
        mb, pb = stats(zb)
        lines.append(f"| {r['suspect']} | {' '.join(f'{v:+.1f}' for v in za)} | {ma} | {pa} | "
                     f"{' '.join(f'{v:+.1f}' for v in zb)} | {mb} | {pb} |")
    def pooled(column: str, guilty: bool) -> str:
        z = [v for r in rows if r["guilty"] == guilty for v in r["null"][column]["z"][int(guilty):]]
        return f"mean z {np.mean(z):+.2f}, sd {np.std(z):.2f}, n={len(z)}"

    lines += ["", "Pooled null draws (correlated across suspects: same corpora and keys; H0: mean 0, sd 1): "
              f"innocent suspects, watermarked {pooled('watermarked_own_key', False)} | independent "
              f"{pooled('indep_teacher_plain', False)}; guilty suspects under the other keys, watermarked "
              f"{pooled('watermarked_own_key', True)} | independent {pooled('indep_teacher_plain', True)}.",
              "", f"Wall time of this invocation {results['wall_seconds']:.0f} s (cached stages reused).",
              "", "Reproduce: `" + " ".join([".venv/bin/python", "bench/radioactivity_null.py", *sys.argv[1:]]) + "`",
              ""]
    (out / "radioactivity_null.md").write_text("\n".join(lines))


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
