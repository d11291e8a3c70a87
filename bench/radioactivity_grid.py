"""One ρ × seed table for the real-student radioactivity runs (issue #13), from their result files.

`bench/radioactivity_real.py` runs a set of students per invocation (and resumes from its cache),
so the grid the issue asks for — ρ ∈ {0, 1, 5, 10, 100}% with several seeds, open and API mode,
controls with a KS test — is spread over several result files. This script reads them, refuses to
put side by side two runs of the same N whose teacher corpora differ (their pooled detection
p-values must agree), and writes one table per N, the API rows, the controls' KS test against
U(0, 1) and a plot of log10 p against ρ.

    python bench/radioactivity_grid.py [--runs radioactivity_real_api_e3 ...] [--name radioactivity_grid]

Writes bench/results/<name>.{json,md,png}.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

from scipy import stats

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
RUNS = ("radioactivity_real_api_e3", "radioactivity_real_api_e3_seed1", "radioactivity_real_grid128",
        "radioactivity_real_api10", "radioactivity_real_rho1", "radioactivity_real_rho25", "radioactivity_real_n256",
        "radioactivity_real_n512", "radioactivity_real_n512_control")
SANDER_LOG10 = -5.0  # Sander et al. (NeurIPS 2024): p < 1e-5 at ρ = 5%, open mode with the filter


def load_runs(names: list[str], results: Path) -> list[dict]:
    runs = []
    for name in names:
        path = results / f"{name}.json"
        if not path.exists():
            sys.exit(f"error: {path} not found (run bench/radioactivity_real.py --name {name} first)")
        run = json.loads(path.read_text(encoding="utf-8"))
        run["_name"] = name
        runs.append(run)
    return runs


def check_teachers(runs: list[dict]) -> dict[int, dict]:
    """Per N, the teacher corpus every run of that N used: same prompts, same answers (checked by
    the pooled detection p of the watermarked and plain corpora, which any change would move)."""
    by_n: dict[int, dict] = {}
    for run in runs:
        n = run["config"]["prompts"]
        fingerprint = {k: round(v, 6) for k, v in run["teacher"]["pooled_detection_log10_p"].items()}
        fingerprint["served_tokens"] = run["teacher"]["served_tokens"]
        seen = by_n.setdefault(n, {"fingerprint": fingerprint, "runs": []})
        if seen["fingerprint"] != fingerprint:
            sys.exit(f"error: {run['_name']} (N={n}) used a different teacher corpus than "
                     f"{seen['runs'][0]}: {fingerprint} vs {seen['fingerprint']}")
        seen["runs"].append(run["_name"])
    return by_n


def student_rows(runs: list[dict]) -> list[dict]:
    """One row per (N, student); a student measured by two runs keeps the first and records that
    the second agreed (or not) — a rerun from the same corpus and seed is a reproducibility check."""
    rows: dict[tuple[int, str], dict] = {}
    for run in runs:
        n = run["config"]["prompts"]
        for s in run["students"]:
            key = (n, s["student"])
            row = {"N": n, "rho": s["rho"], "seed": s["seed"], "watermarked_examples": s["watermarked_examples"],
                   "log10_p": s["log10_p_value"], "verdict": s["verdict"], "tokens_scored": s["tokens_scored"],
                   "rank": s["attribution"]["true_account_rank"], "keys": s["attribution"]["keys"],
                   "named": s["attribution"]["named_accounts"],
                   # the true account itself named (another account named would be a false accusation)
                   "true_named": s["attribution"]["true_account_rank"] == 1
                   and s["attribution"]["top_account"] in s["attribution"]["named_accounts"],
                   "train_s": s["seconds"]["train"],
                   "audit_s": s["seconds"]["audit_open"], "run": run["_name"]}
            if key in rows:
                rows[key].setdefault("reruns", []).append({"run": run["_name"], "log10_p": row["log10_p"]})
            else:
                rows[key] = row
    return sorted(rows.values(), key=lambda r: (r["N"], -r["rho"], r["seed"]))


def api_rows(runs: list[dict]) -> list[dict]:
    out = []
    for run in runs:
        for a in run.get("api_students", []):
            out.append({"N": run["config"]["prompts"], "rho": a["rho"], "seed": a["seed"], "set": a["prompt_set"],
                        "prompts": a["prompts"], "temperature": a["temperature"], "tokens": a["completion_tokens"],
                        "tokens_scored": a["tokens_scored"], "green": a["green_fraction"],
                        "log10_p": a["log10_p_value"], "verdict": a["verdict"],
                        "rank": a["attribution"]["true_account_rank"], "run": run["_name"]})
    return sorted(out, key=lambda r: (r["N"], -r["rho"], r["seed"], r["set"]))


def controls(rows: list[dict]) -> dict:
    """The ρ = 0 students' p-values under the true key: under H0 they are U(0, 1)."""
    ps = [10 ** r["log10_p"] for r in rows if r["rho"] == 0]
    out = {"n": len(ps), "p_values": ps, "accused_at_1e-4": sum(p < 1e-4 for p in ps)}
    if ps:
        ks = stats.kstest(ps, "uniform")
        out.update(ks_statistic=float(ks.statistic), ks_p=float(ks.pvalue), min_p=min(ps))
    return out


def summary(rows: list[dict]) -> list[dict]:
    groups: dict[tuple[int, float], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["N"], r["rho"])].append(r)
    out = []
    for (n, rho), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        out.append({"N": n, "rho": rho, "seeds": len(rs), "watermarked_examples": rs[0]["watermarked_examples"],
                    "detected": sum(r["verdict"] == "watermark_detected" for r in rs),
                    "named": sum(r["true_named"] for r in rs),
                    "others_named": sum(len(r["named"]) - r["true_named"] for r in rs),
                    "median_log10_p": statistics.median(r["log10_p"] for r in rs),
                    "max_log10_p": max(r["log10_p"] for r in rs),
                    "below_sander": sum(r["log10_p"] < SANDER_LOG10 for r in rs)})
    return out


def fmt_p(log10_p: float) -> str:
    """A p-value from its log10 (floats underflow below 1e-308; these go to 1e-590)."""
    if log10_p > -3:
        return f"{10 ** log10_p:.3g}"
    exponent = math.floor(log10_p)
    return f"{10 ** (log10_p - exponent):.2g}e{exponent}"


def markdown(result: dict) -> str:
    lines = ["# Radioactivity on a real pretrained student — the ρ × seed grid", "",
             "Teacher SmolLM2-135M-Instruct, KGW γ = 0.25, δ = 4, h = 1, one account's derived key; students: the "
             "same pretrained model, full fine-tune (AdamW, lr 1e-4, batch 4, 3 epochs) on N examples (one per "
             "prompt), round(ρ·N) of them the watermarked answer and the rest the same teacher's unwatermarked "
             "answer to the same prompt. Open mode: teacher-forced on the watermarked corpus, frequent-window "
             "filter, α = 1e-4; attribution among 1,000 account keys (Holm). Sources: "
             + ", ".join(f"`bench/results/{n}.md`" for n in result["runs"]) + ".", ""]
    for n, t in result["teachers"].items():
        lines.append(f"- N = {n}: teacher corpus shared by {', '.join(t['runs'])} (watermarked corpus pooled "
                     f"log10 p {t['fingerprint']['watermarked']:.1f}, plain {t['fingerprint']['plain']:.2f}, "
                     f"{t['fingerprint']['served_tokens']} served tokens).")
    lines += ["", "## By ρ", "", "| N | ρ | wm answers | seeds | detected (p < 1e-4) | named | p < 1e-5 (Sander) "
              "| median p | largest p |", "|---|---|---|---|---|---|---|---|---|"]
    for s in result["summary"]:
        lines.append(f"| {s['N']} | {s['rho']:.0%} | {s['watermarked_examples']} | {s['seeds']} | {s['detected']} | "
                     f"{s['named']} | {s['below_sander']} | {fmt_p(s['median_log10_p'])} | {fmt_p(s['max_log10_p'])} |")
    lines += ["", "## Every student (open mode)", "",
              "| N | ρ | seed | wm answers | p (true key) | log10 p | tuples | verdict | rank / keys | train s "
              "| audit s | run |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in result["students"]:
        rerun = "".join(f"; rerun in {x['run']}: log10 p {x['log10_p']:.2f}" for x in r.get("reruns", []))
        lines.append(f"| {r['N']} | {r['rho']:.0%} | {r['seed']} | {r['watermarked_examples']} | {fmt_p(r['log10_p'])} "
                     f"| {r['log10_p']:.2f} | {r['tokens_scored']} | {r['verdict']} | {r['rank']} / {r['keys']} | "
                     f"{r['train_s'] if r['train_s'] is not None else '—'} | {r['audit_s']} | {r['run']}{rerun} |")
    c = result["controls"]
    lines += ["", "## Controls (ρ = 0, audited under the true key)", "",
              f"{c['n']} students fine-tuned on unwatermarked answers only: p = "
              + ", ".join(f"{p:.3g}" for p in c["p_values"])
              + (f"; KS test against U(0, 1): D = {c['ks_statistic']:.3f}, p = {c['ks_p']:.3g}; smallest p "
                 f"{c['min_p']:.3g}; accused at α = 1e-4: {c['accused_at_1e-4']}." if c["n"] else ".")]
    if result["api"]:
        lines += ["", "## API mode (student served on loopback, sampled, queried with the openai client)", "",
                  "| N | ρ | seed | prompt set | prompts | T | tokens | tuples | green | p | verdict | rank | run |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for a in result["api"]:
            lines.append(f"| {a['N']} | {a['rho']:.0%} | {a['seed']} | {a['set']} | {a['prompts']} | {a['temperature']} "
                         f"| {a['tokens']} | {a['tokens_scored']} | {a['green']:.3f} | {fmt_p(a['log10_p'])} | "
                         f"{a['verdict']} | {a['rank']} | {a['run']} |")
    lines += ["", "![log10 p against ρ](radioactivity_grid.png)", "",
              f"Reproduce: `python bench/radioactivity_grid.py --runs {' '.join(result['runs'])}` (each run's own "
              "command is in its .md).", ""]
    return "\n".join(lines)


def plot(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for n, marker in zip(sorted({r["N"] for r in result["students"]}), "os^D", strict=False):
        rs = [r for r in result["students"] if r["N"] == n]
        # ρ = 0 at the left edge of a log axis: plotted at 0.3% and labelled as the control
        xs = [max(r["rho"], 0.003) * 100 for r in rs]
        ax.scatter(xs, [max(-r["log10_p"], 0.01) for r in rs], marker=marker, label=f"N = {n}", alpha=0.8)
    ax.axhline(4, color="grey", ls="--", lw=0.8, label="α = 1e-4")
    ax.axhline(5, color="red", ls=":", lw=0.8, label="Sander et al. bar (1e-5)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("ρ, % of fine-tuning answers watermarked (0.3 = control, ρ = 0)")
    ax.set_ylabel("−log10 p (open mode, true key)")
    ax.set_title("Real pretrained student (SmolLM2-135M), full fine-tune, 3 epochs")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", nargs="+", default=list(RUNS), help="result file stems under bench/results")
    parser.add_argument("--results-dir", type=Path, default=RESULTS)
    parser.add_argument("--name", default="radioactivity_grid")
    args = parser.parse_args()
    runs = load_runs(args.runs, args.results_dir)
    students = student_rows(runs)
    result = {"issue": 13, "runs": args.runs,
              "teachers": {str(n): t for n, t in check_teachers(runs).items()},
              "summary": summary(students), "students": students, "api": api_rows(runs),
              "controls": controls(students)}
    out = args.results_dir / args.name
    out.with_suffix(".json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    plot(result, out.with_suffix(".png"))
    out.with_suffix(".md").write_text(markdown(result).replace("radioactivity_grid.png", f"{args.name}.png"),
                                      encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
