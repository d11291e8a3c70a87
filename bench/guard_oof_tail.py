"""What sets a learned-half fit's guard threshold — its out-of-fold tail (design data, no batch read).

`task_shape.pick_guard_threshold` takes the higher of two clauses: the lowest threshold keeping the fit's
out-of-fold ShareGPT FPR at its target (`Fit.guard_target_fpr`), and one over every written hard negative's
out-of-fold score. This prints each clause's threshold on its own, how many ShareGPT rows score at or over a
few thresholds out of fold, and the hard-negative rows scoring highest (their phrasing groups). docs/policy.md
step 23 quotes it for candidate E (run in an 8f75181 worktree: `lengths`) and G (in a c066177 worktree:
`scripts`), whose fits are not in the current code; `images` runs here.

Usage: python bench/guard_oof_tail.py images [--top 5]   (one out-of-fold pass: about four minutes)
"""

from __future__ import annotations

import argparse

import numpy as np


def main() -> None:
    from distillguard.monitor import task_shape as ts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fit", choices=tuple(ts.FITS))
    parser.add_argument("--top", type=int, default=5, help="hard-negative rows to list")
    args = parser.parse_args()
    fit = ts.FITS[args.fit]
    rows = ts.labelled_set(fit_name=args.fit)
    power = getattr(fit, "length_power", None)  # candidate E's fits scored with another length power
    oof = ts.out_of_fold(rows) if power is None else ts.out_of_fold(rows, power=power)
    p = oof[:, ts.SHAPES.index("reasoning_trace")]
    sharegpt = np.array([r.source == "sharegpt" for r in rows])
    hard = np.array([r.source == "hard_negative" for r in rows])
    ordered = np.sort(p[sharegpt])[::-1]
    allowed = int(np.floor(fit.guard_target_fpr * len(ordered) + 1e-9))
    print(f"{args.fit}: {int(sharegpt.sum())} ShareGPT rows, {allowed} allowed over the threshold at "
          f"{fit.guard_target_fpr:.5%}; ShareGPT clause alone {float(ordered[allowed]) + 1e-6:.6f}; "
          f"hard-negative clause alone {float(p[hard].max()) + 1e-6:.6f} ({int(hard.sum())} rows); "
          f"the fit's threshold {ts.pick_guard_threshold(p, rows, fit.guard_target_fpr)}")
    for t in (0.9, 0.95, 0.99):
        print(f"  at {t}: ShareGPT rows at or over it {int((p[sharegpt] >= t).sum())}, "
              f"hard-negative rows {int((p[hard] >= t).sum())}")
    for i in np.argsort(-np.where(hard, p, -1.0))[:args.top]:
        print(f"  hard negative {p[i]:.4f} {rows[i].group}: {rows[i].text[:80]!r}")


if __name__ == "__main__":
    main()
