"""Side model Y: the shipped model X joined by a third set of trees, side model L's recipe refitted on
every spent blind batch (1–57) — and, before it is frozen, the check that decides whether it is.

Why: X's trees were fitted through spent batch 19 (L's) and 26 (L26's). The families X misses most
often since — low-and-slow person-shaped accounts (44, 47, 51, 55, 57) and agent trajectories with
nothing shared (43, 55) — are in 30 spent batches those trees never saw. On the spent batches the
low-and-slow families' accounts have longer answers and more templated prompts than the ordinary users
they hide among (the `answer` and `templat` columns of `python bench/monitor_diagnose.py --batch
monitor_blind55`, for one), a combination a tree can state and a weighted sum cannot. Whether refitting
learns something that holds on a batch it did not see is what the check measures.

Recipe (`monitor_fit_l.fit_model`): monotone boosted trees over `scoring.TREE_FEATURES`, every
family and kind weighed equally, threshold at 0.1% of the benign accounts' out-of-fold scores (5
folds by batch). Unlike L the simulator is left out: the spent batches were written independently by
many authors; the simulator is what the first models were tuned on. Joined to X as `also_trees` at
their own threshold (`monitor_derive.py --also-join-trees`, as L26's joined U): Y flags every account
X flags, and more.

Check (`--check-from N`, design data, not a result): leave one spent batch out, for each batch from N
on — trees and threshold fitted without it, joined to X, the whole scan (`scan.assess`, clusters
included) on the held-out batch beside X. Y is frozen only if the held-out rows add campaign
accounts at no more than the 0.1% benign goal.

Outcome (stored `bench/results/monitor_fit_y.md`): held out, batches 30–57, 3,833/4,208 campaign accounts at
301/57,544 benign against X's 3,832 at 298 — one campaign account and three benign more, none of the
low-and-slow families. Y was not frozen: refitting on more spent batches does not carry over.

    python bench/monitor_fit_y.py --check-from 30 [--through 57]
        → bench/results/monitor_fit_y.md, bench/results/monitor_calibration_l57.json (the trees alone)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_derive import derive  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import (  # noqa: E402
    FOLDS,
    K_FILE,
    TARGET,
    counts,
    family_diff,
    fit_model,
    spent_through,
    tree_part,
)
from monitor_followups import batch_rows, with_followups  # noqa: E402

X_FILE = ROOT / "bench" / "results" / "monitor_calibration_x.json"
OUT = ROOT / "bench" / "results" / "monitor_fit_y.md"


def joined(base: Calibration, trees: dict, threshold: float) -> Calibration:
    """`base` with `trees` beside its own at their threshold: `monitor_derive.derive`'s
    `--also-join-trees`, on a copy (derive sets what it is given in place)."""
    return derive(replace(base), "joined by refitted trees (bench/monitor_fit_y.py)",
                  also_join=[Calibration(trees=trees, threshold=threshold)])


def load(modules: list[str]) -> dict[str, tuple]:
    """(analysis, truth) of each spent batch (the analysis cached under bench/work by `bench/monitor.py`),
    with the follow-up columns X reads added where the cached analysis predates them."""
    out = {}
    for module in track(modules, description="spent batches"):
        analysis, truth = M.batch_analysis(module, 0, reuse=True)
        if "n_quick_followups" not in next(iter(analysis.rows.values())):
            analysis = with_followups(analysis, batch_rows(module)[0])
        out[module] = (analysis, truth)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--through", type=int, default=57, help="fit with spent batches 1..N")
    parser.add_argument("--check-from", type=int, default=None, help="leave each spent batch from N on out, in turn")
    parser.add_argument("--name", default="l57", help="bench/results/monitor_calibration_NAME.json (the trees alone)")
    args = parser.parse_args()
    k, x = Calibration.load(K_FILE), Calibration.load(X_FILE)
    modules = [m for m in spent_through(args.through) if m not in UNSPENT]
    analyses = load(modules)
    parts = {name: tree_part(C.labelled_features([a], (), (), k.template_orgs_free, rotation_consumer_only=True))
             for name, a in analyses.items()}
    lines = [f"# Side model Y: X joined by trees refitted on spent batches 1–{args.through} "
             f"(`python bench/monitor_fit_y.py --check-from {args.check_from} --through {args.through}`)", ""]
    if args.check_from:
        held_out = [m for m in modules if (int(m.removeprefix("monitor_blind") or 1)) >= args.check_from]
        lines += ["Leave one spent batch out through the whole scan: each row's trees and threshold were fitted "
                  "on every other spent batch and joined to X (shipped) at their own threshold; X beside it. "
                  "Design data, not a result: the recipe was chosen after seeing these batches.", "",
                  "| held-out batch | Y (held out): campaign | benign | X: campaign | benign | "
                  "families / kinds Y flags more of |", "|---|---:|---:|---:|---:|---|"]
        tot = {"Y": [0, 0, 0, 0], "X": [0, 0, 0, 0]}
        for held in track(held_out, description="leave one batch out"):
            trees, threshold = fit_model([v for n, v in parts.items() if n != held])
            y = joined(x, trees, threshold)
            ry, rx = counts(y, *analyses[held]), counts(x, *analyses[held])
            kinds = ", ".join(f"{kind} +{ry[5][kind][0] - rx[5][kind][0]}" for kind in sorted(ry[5])
                              if ry[5][kind][0] != rx[5][kind][0])
            diff = "; ".join(s for s in (family_diff(ry[4], rx[4]).replace("—", ""), kinds) if s) or "—"
            lines.append(f"| {held.removeprefix('monitor_blind') or '1'} | {ry[0]}/{ry[1]} | {ry[2]}/{ry[3]} | "
                         f"{rx[0]}/{rx[1]} | {rx[2]}/{rx[3]} | {diff} |")
            for name, v in (("Y", ry), ("X", rx)):
                for i in range(4):
                    tot[name][i] += v[i]
        a, b = tot["Y"], tot["X"]
        lines += [f"| **all** | **{a[0]:,}/{a[1]:,} ({a[0] / a[1]:.1%})** | **{a[2]}/{a[3]:,} ({a[2] / a[3]:.2%})** | "
                  f"**{b[0]:,}/{b[1]:,} ({b[0] / b[1]:.1%})** | **{b[2]}/{b[3]:,} ({b[2] / b[3]:.2%})** | |", ""]
    trees, threshold = fit_model(list(parts.values()))
    alone = replace(k, trees=trees, trees_offset=None, threshold=round(threshold, 6), source=(
        f"trees {args.name.upper()}, not a model of record (side model Y, X with these trees, was not frozen: "
        f"bench/results/monitor_fit_y.md) = side model L's recipe (monotone boosted trees over K's signals, every "
        f"family and kind weighed equally, threshold at {TARGET:.1%} of the benign accounts' out-of-fold scores, "
        f"{FOLDS} folds by batch) fitted on spent blind batches 1-{args.through} at seed 0, the simulator left out; "
        f"python bench/monitor_fit_y.py --through {args.through}"))
    alone.save(ROOT / "bench" / "results" / f"monitor_calibration_{args.name}.json")
    lines.append(f"Trees alone ({len(trees['trees'])} trees, threshold {alone.threshold:.4f}) → "
                 f"`bench/results/monitor_calibration_{args.name}.json`; join them to X with "
                 f"`bench/monitor_derive.py --also-join-trees`.")
    if args.check_from:
        OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
