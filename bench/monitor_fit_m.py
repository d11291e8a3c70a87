"""Model M: the shipped weights (model K) *joined* by monotone boosted trees (model L's recipe).

Why a union: L's leave-one-batch-out check and its blind run on batch 20 showed the two models
fail on different families — the trees catch grading / reward-model, agent and reseller
operations the weights miss, the weights catch the low-and-slow families the trees lose. In M an
account is flagged when either model is over its own threshold (`Calibration.trees_offset`,
`scoring.joined_log_odds`). A union can only add flags, so the trees' own threshold is set
stricter than L's: at a benign target of `--target` on the benign accounts' *out-of-fold* tree
scores (5 folds by batch / simulator seed), instead of L's 0.1%.

Check before freezing (`--check`, design data, not a result): leave one spent batch out (1–20),
through the whole scan (cluster inheritance included): for each held-out batch the trees and
their thresholds are fitted without it, and K, L (trees alone at 0.1%) and M at each candidate
target are scored on it. The target is chosen on this table; then M is fitted on everything and
frozen before the next blind batch is run.

    python bench/monitor_fit_m.py --check   → bench/results/monitor_fit_m.md (the table)
    python bench/monitor_fit_m.py --target 0.0005 [--write]
      → bench/results/monitor_calibration_m.json (--write: also the shipped calibration — model M
        itself; the shipped model N is derived from this file by bench/monitor_derive.py)
    python bench/monitor_fit_m.py --target 0.0005 --through 21 --name m21
      → side model M21: the same recipe with spent batch 21 too (frozen before batch 22 was run)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import Progress  # noqa: E402

from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor import trees as T  # noqa: E402
from distillguard.monitor.scoring import Calibration, logit  # noqa: E402
from monitor_fit_l import (  # noqa: E402
    FOLDS,
    K_FILE,
    counts,
    family_diff,
    fit_trees,
    load_all,
    oof_benign,
    quantile,
    spent_through,
    stack,
    tree_part,
)

SPENT = spent_through(20)
TARGETS = (0.001, 0.0005, 0.0003, 0.0002)
CACHE = ROOT / "bench" / "work" / "fit_m"  # per held-out batch: trees + out-of-fold benign scores
PICK = "M@0.05%"  # the column whose family and kind differences the table spells out
LATE = set(SPENT[7:])  # batches 8–20: not K's fit data


def kind_diff(new: dict, old: dict) -> str:
    """'kind +3': benign kinds (flags per kind) `new` flags more of than `old`."""
    return ", ".join(f"{k} +{new[k][0] - old[k][0]}" for k in sorted(new) if new[k][0] > old[k][0]) or "—"


def fit(parts: list[tuple], cache: Path | None = None) -> tuple[dict, np.ndarray]:
    """(exported trees fitted on every part, the benign accounts' sorted out-of-fold log-odds);
    `cache`: a JSON file to reuse (the fit is deterministic: `trees.fit` fixes its seed)."""
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text())
        return saved["trees"], np.asarray(saved["benign"])
    x, y, g = stack(parts)
    out = T.export(T.fit(x, y, S.balanced_sample_weights(y, g)), S.TREE_FEATURES), oof_benign(fit_trees, parts)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"trees": out[0], "benign": out[1].tolist()}))
    return out


def joined(k: Calibration, trees: dict, benign: np.ndarray, target: float) -> Calibration:
    """K with the trees joined at their own out-of-fold threshold for `target`."""
    return replace(k, trees=trees, trees_offset=round(logit(k.threshold) - quantile(benign, target), 6))


def alone(k: Calibration, trees: dict, benign: np.ndarray) -> Calibration:
    """Model L's rule: the trees alone, threshold at 0.1% out of fold."""
    z = quantile(benign, 0.001)
    return replace(k, trees=trees, threshold=round(1 / (1 + math.exp(-z)), 6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave one spent batch out, every candidate target")
    parser.add_argument("--target", type=float, default=None, help="fit M on everything at this trees target")
    parser.add_argument("--write", action="store_true", help="ship it (src/distillguard/monitor/calibration.json)")
    parser.add_argument("--through", type=int, default=20, help="fit with spent batches 1..N (the check: 20)")
    parser.add_argument("--name", default="m", help="bench/results/monitor_calibration_NAME.json")
    args = parser.parse_args()
    if args.check and args.through != 20:
        parser.error("--check is the design table of batches 1–20: leave --through at 20")
    k = Calibration.load(K_FILE)
    spent = SPENT[:1] + [f"monitor_blind{i}" for i in range(2, args.through + 1)]
    analyses = load_all(spent)
    parts = {name: tree_part(C.labelled_features([a], (), (), k.template_orgs_free, rotation_consumer_only=True))
             for name, a in analyses.items()}
    if args.check:
        models = ["K", "L"] + [f"M@{t:.2%}" for t in TARGETS]
        tot = {m: np.zeros(4, dtype=int) for m in models}
        late = {m: np.zeros(4, dtype=int) for m in models}
        lines = ["# Model M: K joined by monotone trees (`python bench/monitor_fit_m.py --check`)", "",
                 "Leave one spent batch out through the whole scan (cluster inheritance included): each row's "
                 "trees and thresholds were fitted on the simulator and the other spent batches; K is the frozen "
                 "shipped model (its rows 1–7 are its fit data); L = the trees alone at 0.1% out of fold; "
                 "M@t = K or the trees at t out of fold. Design data, not a result.", "",
                 "| held-out batch | " + " | ".join(f"{m} campaign | benign" for m in models)
                 + f" | {PICK}: families it catches more of than K | benign kinds it flags more of |",
                 "|---|" + "---|---|" * len(models) + "---|---|"]

        with Progress() as progress:
            task = progress.add_task("leave one batch out", total=len(SPENT))
            for held in SPENT:
                trees, benign = fit([v for n, v in parts.items() if n != held], CACHE / f"without-{held}.json")
                cals = {"K": k, "L": alone(k, trees, benign)}
                cals.update({f"M@{t:.2%}": joined(k, trees, benign, t) for t in TARGETS})
                res = {m: counts(c, *analyses[held]) for m, c in cals.items()}
                cells = " | ".join(f"{r[0]}/{r[1]} | {r[2]}/{r[3]}" for r in res.values())
                lines.append(f"| {held} | {cells} | {family_diff(res[PICK][4], res['K'][4])} | "
                             f"{kind_diff(res[PICK][5], res['K'][5])} |")
                for m, r in res.items():
                    tot[m] += np.array(r[:4])
                    if held in LATE:
                        late[m] += np.array(r[:4])
                progress.advance(task)
        for label, t in ((f"all {len(SPENT)}", tot), ("8–20 (not K's fit data)", late)):
            lines.append(f"| **{label}** | " + " | ".join(
                f"**{v[0]}/{v[1]} ({v[0] / v[1]:.1%})** | **{v[2]}/{v[3]}**" for v in t.values()) + " | | |")
        text = "\n".join(lines) + "\n"
        (ROOT / "bench" / "results" / "monitor_fit_m.md").write_text(text)
        print(text)
    if args.target is not None:
        trees, benign = fit(list(parts.values()))
        extra = "" if args.through == 20 else f" --through {args.through} --name {args.name}"
        cal = replace(joined(k, trees, benign, args.target), source=(
            f"model {args.name.upper()} = model K (weights, threshold, rules) joined by monotone boosted trees (monitor/trees.py) "
            f"fitted on {', '.join(parts)} (seed 0 for batches), every family and kind weighed equally; an "
            f"account is flagged when K's log-odds or the trees' plus trees_offset reach the threshold; the "
            f"trees' own threshold is at {args.target:.2%} on the benign accounts' out-of-fold scores ({FOLDS} "
            f"folds by batch); python bench/monitor_fit_m.py --target {args.target}{extra}; frozen before blind "
            f"batch {args.through + 1} was read or run"))
        cal.save(ROOT / "bench" / "results" / f"monitor_calibration_{args.name}.json")
        if args.write:
            cal.save(ROOT / "src" / "distillguard" / "monitor" / "calibration.json")
        fits = [counts(cal, *a) for a in analyses.values()]
        print(f"Model {args.name.upper()} ({len(trees['trees'])} trees, offset {cal.trees_offset}) on its own fit data (not a "
              f"result): {sum(f[0] for f in fits)}/{sum(f[1] for f in fits)} campaign accounts, "
              f"{sum(f[2] for f in fits)}/{sum(f[3] for f in fits)} benign flagged.")


if __name__ == "__main__":
    main()
