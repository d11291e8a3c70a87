"""Side model XMCR's trees: model L's recipe refitted on recent spent blind batches, read as XMCD reads.

Every tree set the shipped model XMCD joins was fitted on the simulator and the first blind batches
(L through batch 19, L26 through 26); since then more than 270 batches have been written by helpers who
read none of the monitor, each with its own families and hard negatives. This fits the same monotone
trees (`monitor/trees.py`: the grouped evidences and their products, `scoring.TREE_FEATURES`; every
campaign family and benign kind weighed equally, `scoring.balanced_sample_weights`) on the labelled
accounts of spent batches FIRST-LAST, each account's evidences read exactly as the base calibration's
assessment reads them (`scan.assessment_reference`, `scoring.feature_vector`, `scoring.trees_input`:
its yield floor included), and sets the trees' own threshold at `--target` of the benign accounts'
*out-of-fold* scores (`--folds` folds of whole batches: a batch's accounts are scored only by trees
that never saw that batch).

`--check` (design data, never a result): each fold of batches held out through the whole assessment
(`scan.assess`: cluster inheritance and crowds included) — the base with the fold's trees joined beside
its own at the out-of-fold threshold (`Calibration.also_trees`) against the base alone, per target
asked for — and writes `bench/results/monitor_fit_recent.md`. The threshold is the out-of-fold quantile
over all folds, the held-out fold's benign accounts included (a small leak in the check, none in the
frozen model, whose blind batches come after it).

Without `--check`: fits on every batch of the range and writes the trees-alone calibration
`bench/results/monitor_calibration_<name>.json` (model L's kind), which `monitor_derive.py
--also-join-trees` joins to the base (side model XMCR: `monitor_derive.py … --also-join-trees
bench/results/monitor_calibration_l304.json`).

    python bench/monitor_fit_recent.py 249-304 --check --targets 0.0005 0.001
    python bench/monitor_fit_recent.py 249-304 --target 0.0005 --name l304
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor import trees as T  # noqa: E402
from distillguard.monitor.scan import assess, assessment_reference  # noqa: E402
from distillguard.monitor.scoring import Calibration, logit  # noqa: E402
from monitor_design_data import spent_numbers  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BASE = RESULTS / "monitor_calibration_xmcd.json"
console = Console(stderr=True)


def labelled_rows(analysis, truth: dict, base: Calibration) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(tree inputs, labels, family or kind) of a batch's labelled accounts, read as `base` reads them."""
    ref = assessment_reference(analysis, base)
    xs, ys, groups = [], [], []
    width = len(S.TREE_FEATURES)
    for account, row in analysis.rows.items():
        fact = truth["accounts"].get(account)
        if fact is None:
            continue
        x = S.feature_vector(S.evidences(row, ref), base.ignored, base.sharing_behaviour, base.payment_gate)
        xs.append(S.trees_input(x, base)[:width])
        ys.append(1.0 if fact["label"] == "campaign" else 0.0)
        groups.append(str(fact.get("family") or "?"))
    return np.array(xs), np.array(ys), groups


def fold_of(numbers: list[int], folds: int) -> dict[int, int]:
    """Batch → fold: consecutive batches go to different folds (a day's batches are spread out)."""
    return {n: i % folds for i, n in enumerate(numbers)}


def fit(parts: list[tuple[np.ndarray, np.ndarray, list[str]]]):
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    g = [name for p in parts for name in p[2]]
    return T.fit(x, y, S.balanced_sample_weights(y, g))


def out_of_fold(parts: dict[int, tuple], folds: dict[int, int], progress: Progress) -> tuple[dict, dict]:
    """(fold → model fitted without it, batch → its accounts' out-of-fold log-odds)."""
    models, scores = {}, {}
    task = progress.add_task("out-of-fold fits", total=max(folds.values()) + 1)
    for k in sorted(set(folds.values())):
        models[k] = fit([p for n, p in parts.items() if folds[n] != k])
        for n, (x, _, _) in parts.items():
            if folds[n] == k:
                scores[n] = models[k].decision_function(x)
        progress.advance(task)
    return models, scores


def threshold_at(parts: dict[int, tuple], scores: dict[int, np.ndarray], target: float) -> float:
    """The log-odds at the (1 − target) quantile of the benign accounts' out-of-fold scores."""
    benign = np.sort(np.concatenate([scores[n][p[1] == 0] for n, p in parts.items()]))
    return float(benign[min(len(benign) - 1, int(math.ceil((1 - target) * len(benign))))])


def joined(base: Calibration, model, z: float) -> Calibration:
    """The base with the trees joined beside its own at their threshold `z` (log-odds)."""
    item = {"trees": T.export(model, S.TREE_FEATURES), "offset": round(logit(base.threshold) - z, 6)}
    return replace(base, also_trees=[*base.also_trees, item])


def check(numbers, analyses, parts, folds, models, scores, base, targets) -> str:
    lines = [f"# Side model XMCR's design data: L's recipe refitted on spent batches {numbers[0]}-{numbers[-1]}", "",
             f"`python bench/monitor_fit_recent.py {numbers[0]}-{numbers[-1]} --check --targets "
             f"{' '.join(f'{t:g}' for t in targets)}` (design data: every batch here was run blind before; not a "
             f"result). Each fold of batches ({max(folds.values()) + 1} folds) is scored by the base (XMCD) with "
             "trees fitted without that fold joined beside its own, through the whole assessment.", "",
             "| target | trees' threshold (log-odds) | campaign flagged | benign flagged | campaign added | benign added |",
             "|---|---|---|---|---|---|"]
    base_flags = {}
    for n in numbers:
        analysis, truth = analyses[n]
        base_flags[n] = {a["account_id"]: a["flagged"] for a in assess(analysis, base)["accounts"]}
    base_c = sum(base_flags[n][a] for n in numbers for a, f in analyses[n][1]["accounts"].items()
                 if f["label"] == "campaign" and a in base_flags[n])
    base_b = sum(base_flags[n][a] for n in numbers for a, f in analyses[n][1]["accounts"].items()
                 if f["label"] == "benign" and a in base_flags[n])
    moved_all = []
    for target in targets:
        z = threshold_at(parts, scores, target)
        added, moved = Counter(), Counter()
        for n in numbers:
            analysis, truth = analyses[n]
            doc = assess(analysis, joined(base, models[folds[n]], z))
            for a in doc["accounts"]:
                fact = truth["accounts"].get(a["account_id"])
                if fact is None or a["flagged"] == base_flags[n][a["account_id"]]:
                    continue
                if not a["flagged"]:
                    raise SystemExit(f"error: batch {n}: {a['account_id']} lost a flag (a union cannot)")
                added[fact["label"]] += 1
                moved[(fact["label"], f"{n} {fact['family']}")] += 1
        lines.append(f"| {target:g} | {z:.3f} | {base_c + added['campaign']:,} | {base_b + added['benign']:,} | "
                     f"+{added['campaign']} | +{added['benign']} |")
        moved_all.append((target, moved))
    lines += ["", f"The base alone: {base_c:,} campaign and {base_b:,} benign accounts flagged.", "",
              "| target | label | batch and family or kind | accounts added |", "|---|---|---|---|"]
    for target, moved in moved_all:
        for (label, where), k in sorted(moved.items()):
            lines.append(f"| {target:g} | {label} | {where} | {k} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--folds", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="the design table (leave one fold out) instead of a fit")
    parser.add_argument("--targets", type=float, nargs="+", default=[0.0005, 0.001])
    parser.add_argument("--target", type=float, default=0.0005, help="the fitted trees' benign target")
    parser.add_argument("--name", default="l304", help="bench/results/monitor_calibration_NAME.json")
    args = parser.parse_args()
    if args.folds < 2 or not all(0 < t < 1 for t in [*args.targets, args.target]):
        parser.error("--folds must be at least 2 and every target in (0, 1)")
    numbers = spent_numbers(args.batches)
    base = Calibration.load(BASE)
    analyses, parts = {}, {}
    with Progress(console=console) as progress:
        task = progress.add_task("reading spent batches", total=len(numbers))
        for n in numbers:
            analyses[n] = M.batch_analysis(f"monitor_blind{n}", 0, reuse=True)
            parts[n] = labelled_rows(*analyses[n], base)
            progress.advance(task)
        folds = fold_of(numbers, args.folds)
        models, scores = out_of_fold(parts, folds, progress)
    if args.check:
        text = check(numbers, analyses, parts, folds, models, scores, base, args.targets)
        (RESULTS / "monitor_fit_recent.md").write_text(text, encoding="utf-8")
        console.print(text)
        return
    z = threshold_at(parts, scores, args.target)
    model = fit(list(parts.values()))
    cal = replace(base, trees=T.export(model, S.TREE_FEATURES), trees_offset=None, also_trees=[],
                  threshold=round(1 / (1 + math.exp(-z)), 6), source=(
        f"trees {args.name.upper()} = model L's recipe (monotone boosted trees over scoring.TREE_FEATURES, every "
        f"family and kind weighed equally) fitted on spent blind batches {numbers[0]}-{numbers[-1]} (seed 0), each "
        f"account read as model XMCD's assessment reads it; threshold at {args.target:g} of the benign accounts' "
        f"out-of-fold scores ({args.folds} folds of whole batches); python bench/monitor_fit_recent.py "
        f"{numbers[0]}-{numbers[-1]} --target {args.target:g} --name {args.name}; frozen before blind batch "
        f"{numbers[-1] + 1} was committed, read or run"))
    cal.save(RESULTS / f"monitor_calibration_{args.name}.json")
    console.print(f"{len(cal.trees['trees'])} trees, threshold {cal.threshold} (log-odds {z:.3f}) → "
                  f"bench/results/monitor_calibration_{args.name}.json")


if __name__ == "__main__":
    main()
