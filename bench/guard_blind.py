"""Blind check of the reasoning-extraction guard on prompts written after it was frozen.

bench/data/guard_blind_20261127.json was written without reading the guard's features, templates
or earlier handwritten prompts (family names only) and is never used for training or threshold
fitting, so this is the figure to quote for prompts the guard has not been tuned on.

Usage: python bench/guard_blind.py → bench/results/guard_blind.{json,md}

Before the learned half (commit 1543adc, regex only): 37/42 = 88.1 % recall, 3/30 hard negatives
flagged. The newer blind batch (bench/data/guard_blind_20261130.json) is measured by
bench/task_shape.py. Scored with the learned half's first fit ("default"), the weights these figures
were measured with; the guard's default since 2026-12-06g ("unmask") is measured by bench/task_shape.py.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from scipy.stats import binomtest

from distillguard.policy.reasoning_guard import classify, model

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "guard_blind_20261127.json"
RESULTS = ROOT / "bench" / "results"


def interval(k: int, n: int) -> tuple[float, float]:
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="exact")
    return ci.low, ci.high


def main() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    hits: dict[str, list[bool]] = defaultdict(list)
    missed = []
    learned_only = 0
    for row in data["extraction"]:
        result = classify(row["text"], "default")
        flagged = result.flagged
        learned_only += result.families == ["learned"]
        hits[row["family"]].append(flagged)
        if not flagged:
            missed.append(row)
    negatives = [(text, classify(text, "default").flagged) for text in data["hard_negatives"]]
    caught = sum(sum(v) for v in hits.values())
    total = sum(len(v) for v in hits.values())
    fps = [text for text, flagged in negatives if flagged]
    result = {
        "threshold": model().threshold,
        "recall": caught / total, "recall_ci95": interval(caught, total), "n": total,
        "caught_by_learned_half_only": learned_only,
        "before_regex_only": {"recall": "37/42", "hard_negatives_flagged": "3/30"},
        "per_family": {f: {"caught": sum(v), "n": len(v)} for f, v in sorted(hits.items())},
        "hard_negative_fpr": len(fps) / len(negatives), "n_hard_negatives": len(negatives),
        "hard_negative_ci95": interval(len(fps), len(negatives)),
        "missed": missed, "false_positives": fps,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "guard_blind.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    lo, hi = result["recall_ci95"]
    flo, fhi = result["hard_negative_ci95"]
    lines = [
        "# Reasoning guard: blind batch (bench/guard_blind.py)", "",
        f"Prompts in `{DATA.relative_to(ROOT)}`, written without reading the guard's features or "
        "training prompts; never used for training or threshold fitting.", "",
        f"- extraction recall: **{caught}/{total} = {result['recall']:.1%}** (95% CI {lo:.1%}–{hi:.1%}); "
        f"{learned_only} caught by the learned half only (before it, regex only: 37/42 = 88.1%)",
        f"- written hard negatives flagged: **{len(fps)}/{len(negatives)} = "
        f"{result['hard_negative_fpr']:.1%}** (95% CI {flo:.1%}–{fhi:.1%}; before: 3/30); the benign "
        "ShareGPT FPR is in guard.md and task_shape.md", "",
        "| family | caught / n |", "|---|---:|",
    ]
    lines += [f"| {f} | {v['caught']} / {v['n']} |" for f, v in result["per_family"].items()]
    lines += ["", "Missed:", ""] + [f"- ({r['family']}) {r['text']}" for r in missed]
    lines += ["", "Flagged hard negatives:", ""] + [f"- {t}" for t in fps]
    (RESULTS / "guard_blind.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
