"""Is the linear combination the bottleneck? Gradient-boosted trees against the logistic fit,
leave one spent batch out.

`bench/monitor_lobo_all.py` showed that refitting the logistic model on every spent batch does not
move the held-out figures. A linear model cannot say "grading *and* round the clock *and* on a
rented block"; trees can. Here both are fitted on the same per-account evidences (I's signals,
K's consumer-only rotation, every family and kind weighed equally) of the simulator (seeds 1–4)
and all spent batches but one, and scored on the held-out batch, per account (each account's own
score: no cluster inheritance, for both). The threshold is set on the training benign accounts'
*out-of-fold* scores (5 folds by batch) at a 0.1% FPR, so an overfitted tree model does not get a
threshold it could never hold. The logistic fit may use automation signals only through
interactions (as shipped); the trees get every signal and must be monotone increasing in each
(more evidence never lowers risk). A design check on spent data, not a result.

    python bench/monitor_gbm_lobo.py   → bench/results/monitor_gbm_lobo.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import Progress  # noqa: E402

from distillguard.monitor import calibrate as C  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from monitor_fit_l import SPENT, TARGET, family_diff, fit_trees, load_all, oof_threshold, stack  # noqa: E402


def features(analysis, truth, free: float):
    x, y, groups = C.labelled_features([(analysis, truth)], (), (), free, rotation_consumer_only=True)
    return x, y, groups


def fit_logistic(x, y, groups):
    w, b = S.fit_weights(x, y, groups=groups)
    vec = np.array([w[f] for f in S.FEATURES])
    return lambda z: z @ vec + b


def main() -> None:
    analyses = load_all()
    free = max(float(S.TEMPLATE_ORGS_FREE), 2.0 * C.benign_template_orgs(list(analyses.values())))
    parts = {k: features(a, t, free) for k, (a, t) in analyses.items()}
    rows, totals = [], {"logistic": [0, 0, 0, 0], "trees": [0, 0, 0, 0]}
    with Progress() as progress:
        task = progress.add_task("leave one batch out (logistic, trees)", total=len(SPENT))
        for held in SPENT:
            train = [v for k, v in parts.items() if k != held]
            x, y, groups = parts[held]
            cells = []
            for name, fit in (("logistic", fit_logistic), ("trees", fit_trees)):
                t = oof_threshold(fit, train, TARGET)
                s = fit(*stack(train))(x)
                flagged = s > t
                caught, n = int((flagged & (y == 1)).sum()), int((y == 1).sum())
                fp, nb = int((flagged & (y == 0)).sum()), int((y == 0).sum())
                for i, v in enumerate((caught, n, fp, nb)):
                    totals[name][i] += v
                fams = {}
                for g, f, lab in zip(groups, flagged, y, strict=True):
                    if lab == 1:
                        k = fams.setdefault(g, [0, 0])
                        k[0] += int(f)
                        k[1] += 1
                cells.append((caught, n, fp, nb, fams))
            rows.append(f"| {held} | {cells[0][0]}/{cells[0][1]} | {cells[0][2]}/{cells[0][3]} | "
                        f"{cells[1][0]}/{cells[1][1]} | {cells[1][2]}/{cells[1][3]} | "
                        f"{family_diff(cells[1][4], cells[0][4])} |")
            progress.advance(task)
    lines = ["# Trees vs the logistic fit, leave one spent batch out (`python bench/monitor_gbm_lobo.py`)", "",
             "Design check on spent data, not a result: per account (own score, no cluster inheritance), fitted "
             "on the simulator (seeds 1–4) and the other spent batches, threshold at 0.1% on the training "
             "benign accounts' out-of-fold scores.", "",
             "| held-out batch | logistic: campaign | benign | trees: campaign | benign | families the trees catch "
             "more (+) / fewer (−) of |", "|---|---|---|---|---|---|", *rows]
    for name, v in totals.items():
        lines.append(f"\n**{name}**: {v[0]}/{v[1]} ({v[0] / v[1]:.1%}) at {v[2]}/{v[3]} benign ({v[2] / v[3]:.2%})")
    text = "\n".join(lines) + "\n"
    (ROOT / "bench" / "results" / "monitor_gbm_lobo.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
