"""Model L: model K's signals and rules scored by monotone boosted trees (`monitor/trees.py`).

Fit: every labelled account of the simulator (seeds 1–4) and of the spent blind batches (1–19),
every campaign family and benign kind weighed equally, evidences read as K reads them
(consumer-only rotation, K's template-organisation level). Threshold: the benign accounts'
*out-of-fold* own scores (5 folds by batch / simulator seed) at the 0.1% target — in-sample tree
scores of the benign training accounts are lower than any new account's would be, so a threshold
set on them would not hold. Everything else (cluster inheritance, inherit margin, the operator
rule) is K's.

Check before freezing (`--check`, design data, not a result): the same recipe leave one spent
batch out, through the whole scan (`scan.assess`, cluster inheritance included), beside the
frozen K on the same batches.

    python bench/monitor_fit_l.py [--check] [--write]
      → bench/results/monitor_calibration_l.json (+ bench/results/monitor_fit_l.md with --check);
        --write also makes it the shipped calibration (src/distillguard/monitor/calibration.json)
    python bench/monitor_fit_l.py --through 26 --name l26
      → side model L26: the same recipe with spent batches 20–26 too (frozen before batch 27 was run)
    python bench/monitor_fit_l.py --through 31 --name l31
      → side model L31: with spent batches 20–31 too (frozen before batch 32 was run); side model Q
        (shipped for batches 32–33, withdrawn) joins its trees to model P's weights (`bench/monitor_derive.py --join-trees`)

L is frozen as a side model, not shipped: the shipped model must flag the issue's "capability on
no list" operation through its open-ended signals (`tests/test_monitor_generalize.py`), and L
does not (risk 0.65–0.68 under a 0.855 threshold: it learned from the spent batches' long-answer
businesses and legal SaaS kinds that long answers from a cloud pipeline are not enough). Score
with it: `distillguard monitor scan … --calibration bench/results/monitor_calibration_l.json`.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import Progress  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor import trees as T  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from distillguard.sim.simulate import simulate  # noqa: E402


def spent_through(last: int) -> list[str]:
    """The blind batches 1..`last` by module name (the first one has no number)."""
    return ["monitor_blind"] + [f"monitor_blind{i}" for i in range(2, last + 1)]


SPENT = spent_through(19)
SIM_SEEDS = (1, 2, 3, 4)
TARGET = 0.001
FOLDS = 5
K_FILE = ROOT / "bench" / "results" / "monitor_calibration_k.json"


def load_all(spent: list[str] = SPENT) -> dict[str, tuple]:
    """(analysis, truth) of the simulator's seeds 1–4 ("sim1" …) and of the spent batches."""
    cfg = {"benign_accounts": 2000, "campaigns": 12, "campaign_accounts": 600}
    out = {}
    for seed in SIM_SEEDS:
        table, truth = simulate({**cfg, "seed": seed})
        out[f"sim{seed}"] = (M.run_analysis(table, f"split-{seed}", reuse=True), truth)
    for b in spent:
        out[b] = M.batch_analysis(b, 0, reuse=True)
    return out


def tree_part(part: tuple[np.ndarray, np.ndarray, list[str]]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """A labelled part (`calibrate.labelled_features`) cut to the columns the trees read
    (`scoring.TREE_FEATURES`: not the signals added later)."""
    x, y, groups = part
    return x[:, :len(S.TREE_FEATURES)], y, groups


def stack(parts: list[tuple]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    return (np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            [g for p in parts for g in p[2]])


def oof_benign(fit, parts: list[tuple]) -> np.ndarray:
    """The benign accounts' out-of-fold scores, sorted: `FOLDS` folds by part (batch / seed);
    `fit(x, y, groups)` returns a scorer of rows."""
    folds = np.arange(len(parts)) % FOLDS
    benign = []
    for k in range(FOLDS):
        model = fit(*stack([p for p, f in zip(parts, folds, strict=True) if f != k]))
        for px, py, _ in (p for p, f in zip(parts, folds, strict=True) if f == k):
            benign += list(model(px[py == 0]))
    return np.sort(np.asarray(benign))


def quantile(benign: np.ndarray, target: float) -> float:
    """The score at the (1 − target) quantile of sorted benign scores."""
    return float(benign[min(len(benign) - 1, int(math.ceil((1 - target) * len(benign))))])


def oof_threshold(fit, parts: list[tuple], target: float = TARGET) -> float:
    """The log-odds at the (1 − target) quantile of the benign accounts' out-of-fold scores."""
    return quantile(oof_benign(fit, parts), target)


def fit_trees(x: np.ndarray, y: np.ndarray, groups: list[str]):
    """A scorer of rows (log-odds) from monotone trees fitted with every family and kind equal."""
    return T.fit(x, y, S.balanced_sample_weights(y, groups)).decision_function


def fit_model(parts: list[tuple]) -> tuple[dict, float]:
    """(exported trees, threshold probability) from labelled parts (one per batch / seed)."""
    z = oof_threshold(fit_trees, parts)
    x, y, g = stack(parts)
    trees = T.export(T.fit(x, y, S.balanced_sample_weights(y, g)), S.TREE_FEATURES)
    return trees, 1 / (1 + math.exp(-z))


def family_diff(new: dict, old: dict) -> str:
    """'fam +3, other −2': families (recall dicts: family → (caught, n)) where `new` differs."""
    return ", ".join(f"{f} {'+' if new[f][0] > old[f][0] else '−'}{abs(new[f][0] - old[f][0])}"
                     for f in sorted(new) if new[f][0] != old[f][0]) or "—"


def counts(cal: Calibration, analysis, truth) -> tuple[int, int, int, int, dict, dict]:
    """(caught, campaign accounts, benign flagged, benign accounts, recall per family, flags per kind)."""
    r = M.evaluate(assess(analysis, cal), truth)
    return (sum(k for k, _ in r["recall"].values()), sum(n for _, n in r["recall"].values()),
            r["benign_fp"][0], r["benign_fp"][1], r["recall"], r["kinds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave one spent batch out, whole scan, beside K")
    parser.add_argument("--write", action="store_true", help="ship it (src/distillguard/monitor/calibration.json)")
    parser.add_argument("--through", type=int, default=19, help="fit with spent batches 1..N (L itself: 19)")
    parser.add_argument("--name", default="l", help="bench/results/monitor_calibration_NAME.json")
    args = parser.parse_args()
    if args.check and args.through != 19:
        parser.error("--check is the design table of batches 1–19: leave --through at 19")
    k = Calibration.load(K_FILE)
    analyses = load_all(spent_through(args.through))
    parts = {name: tree_part(C.labelled_features([a], (), (), k.template_orgs_free, rotation_consumer_only=True))
             for name, a in analyses.items()}
    lines = ["# Model L: K's signals scored by monotone boosted trees (`python bench/monitor_fit_l.py --check`)", ""]
    if args.check:
        lines += ["Leave one spent batch out through the whole scan (cluster inheritance included): each row's "
                  "trees and threshold were fitted without that batch; K is the frozen shipped model (its fit "
                  "had batches 1–7, so its rows 1–7 are its fit data). Design data, not a result.", "",
                  "| held-out batch | L (held out): campaign | benign | K: campaign | benign | families L catches "
                  "more (+) / fewer (−) of |", "|---|---|---|---|---|---|"]
        tot = {"L": [0, 0, 0, 0], "K": [0, 0, 0, 0]}
        late = {"L": [0, 0, 0, 0], "K": [0, 0, 0, 0]}
        with Progress() as progress:
            task = progress.add_task("leave one batch out", total=len(SPENT))
            for held in SPENT:
                trees, threshold = fit_model([v for n, v in parts.items() if n != held])
                cal = replace(k, trees=trees, threshold=threshold)
                r, rk = counts(cal, *analyses[held]), counts(k, *analyses[held])
                lines.append(f"| {held} | {r[0]}/{r[1]} | {r[2]}/{r[3]} | {rk[0]}/{rk[1]} | {rk[2]}/{rk[3]} | "
                             f"{family_diff(r[4], rk[4])} |")
                for name, v in (("L", r), ("K", rk)):
                    for i in range(4):
                        tot[name][i] += v[i]
                        if held not in SPENT[:7]:
                            late[name][i] += v[i]
                progress.advance(task)
        for label, t in (("all 19", tot), ("8–19 (not K's fit data)", late)):
            a, b = t["L"], t["K"]
            lines.append(f"| **{label}** | **{a[0]}/{a[1]} ({a[0] / a[1]:.1%})** | **{a[2]}/{a[3]}** | "
                         f"**{b[0]}/{b[1]} ({b[0] / b[1]:.1%})** | **{b[2]}/{b[3]}** | |")
        lines.append("")
    trees, threshold = fit_model(list(parts.values()))
    names = ", ".join(parts)
    cal = replace(k, trees=trees, threshold=round(threshold, 6), source=(
        f"model {args.name.upper()} = model K's signals, rules and weights (weights read only where trees are not) scored by "
        f"monotone boosted trees (monitor/trees.py) fitted on {names} (seed 0 for batches): every family and "
        f"kind weighed equally; threshold at {TARGET:.1%} on the benign accounts' out-of-fold scores "
        f"({FOLDS} folds by batch); python bench/monitor_fit_l.py{'' if args.through == 19 else f' --through {args.through} --name {args.name}'}; "
        f"frozen before blind batch {args.through + 1} was read or run"))
    cal.save(ROOT / "bench" / "results" / f"monitor_calibration_{args.name}.json")
    if args.write:
        cal.save(ROOT / "src" / "distillguard" / "monitor" / "calibration.json")
    fits = [counts(cal, *a) for a in analyses.values()]
    lines.append(f"Model {args.name.upper()} (all of it, {len(trees['trees'])} trees, threshold {cal.threshold:.4f}) on its own fit data "
                 f"(not a result): {sum(f[0] for f in fits)}/{sum(f[1] for f in fits)} campaign accounts, "
                 f"{sum(f[2] for f in fits)}/{sum(f[3] for f in fits)} benign flagged.")
    text = "\n".join(lines) + "\n"
    if args.check:
        (ROOT / "bench" / "results" / "monitor_fit_l.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
