"""Which out-of-fold FPR target a learned-half fit's guard threshold gets — design data only.

`task_shape.pick_guard_threshold` sets a fit's threshold at the lowest p(reasoning_trace) that keeps its
grouped out-of-fold ShareGPT FPR at `GUARD_TARGET_FPR` (0.03%). A fit that has read more extraction
data scores more benign text high, and out of fold it may not show it. This prints, for each target
tried, the threshold that target gives and what the choice then catches and flags on the spent blind
batches (`guard_spent_batches.BATCHES`) and on the design part of ShareGPT's later turns — never the
later turns' test part, the held-out reference slice or the sim half, which judge a choice.

Usage: python bench/guard_threshold_search.py images [--targets 0.0003 0.0002 0.00015 0.0001]
(the out-of-fold pass refits the fit five times: about four minutes on two cores)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_spent_batches import design_line  # noqa: E402


def main() -> None:
    from distillguard.monitor import task_shape as ts
    from distillguard.policy import reasoning_guard as rg

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("learned", choices=rg.LEARNED)
    parser.add_argument("--targets", nargs="+", type=float, default=[0.0003, 0.0002, 0.00015, 0.0001])
    args = parser.parse_args()
    fit = rg.CHOICES[args.learned].fit
    rows = ts.labelled_set(fit_name=fit)
    p_rt = ts.out_of_fold(rows)[:, ts.SHAPES.index("reasoning_trace")]
    shipped = ts.model(rg._weights_file(args.learned)).guard_threshold
    n_sharegpt = int(np.sum([r.source == "sharegpt" for r in rows]))
    print(f"{args.learned} (fit {fit}): shipped threshold {shipped}; {n_sharegpt} ShareGPT rows out of fold")
    for target in args.targets:
        threshold = ts.pick_guard_threshold(p_rt, rows, target)
        print(f"target {target:.5f}: threshold {threshold}; {design_line(args.learned, threshold)}", flush=True)


if __name__ == "__main__":
    main()
