"""Design data for side model XMB: a study compares models evenly, a harvester's stray copies do not.

Side model XC read a repeat of a prompt its organisation sent to more than one model as no
resampling, and cleared research studies that sample their items on the old and the new model —
but lost best-of-n harvests whose copies pick the model request by request (blind batches 109–111:
90–97% of the copies on the new model, a stray one or two on another). Side model XMB (the shipped
model XM with XC's reading narrowed) reads off only the repeats of a *balanced* comparison: the
second model got at least `features.COMPARED_MIN` copies of the prompt and at least
`features.COMPARED_BALANCE` of the first model's (`features.resample_features`' balanced counts,
`Calibration.resample_balanced`). This scores XM, XM with XC's reading and XMB on spent batches
(`monitor_design_data.report`: design data, never a result) and writes
`bench/results/monitor_balanced_repeats.md`. Analyses cached before the balanced counts existed get
them from the batch's cached event file (only the resampling step is re-run, on DuckDB); with
`--balance` every batch's balanced counts are recounted at that share (the frozen XMB reads a third).

    python bench/monitor_balanced_repeats.py 105-128
    python bench/monitor_balanced_repeats.py 105-120 --balance 0.5 --out monitor_balanced_repeats_half.md
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.monitor import features as F  # noqa: E402
from distillguard.monitor.scan import Analysis  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_design_data import RESULTS, recount_resampling, report  # noqa: E402

BASE = RESULTS / "monitor_calibration_xm.json"
NAMES = ("n_resample", "n_resample_fresh", "n_resample_compared", "n_resample_fresh_compared",
         "n_resample_balanced", "n_resample_fresh_balanced")


def with_balanced_counts(name: str, analysis: Analysis, balance: float | None = None) -> None:
    """Add the balanced counts to a cached analysis that lacks them (or, with a `balance`, recount
    them at that share), from the batch's cached event file by the scan's own resampling step (the
    other counts must come out the same)."""
    if balance is None and any("n_resample_balanced" in row for row in analysis.rows.values()):
        return
    recount_resampling(name, analysis, NAMES, ("n_resample", "n_resample_compared"), compared=True,
                       balance=F.COMPARED_BALANCE if balance is None else balance)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--balance", type=float, default=None, metavar="SHARE",
                        help=f"recount balanced repeats at this share of the first model's copies "
                             f"(default: features.COMPARED_BALANCE, {F.COMPARED_BALANCE:.3f}, XMB's)")
    parser.add_argument("--out", default="monitor_balanced_repeats.md", help="file name under bench/results")
    args = parser.parse_args()
    if args.balance is not None and not 0.0 < args.balance <= 1.0:
        parser.error("--balance must be in (0, 1]")
    base = Calibration.load(BASE)
    xc_reading = replace(base, resample_compared=True)
    options = "".join(f" {flag} {value}" for flag, value in (("--balance", args.balance), ("--out", args.out))
                      if value is not None and value != "monitor_balanced_repeats.md")
    share = "" if args.balance is None else f", balanced at {args.balance:g} of the first model's copies"
    report(args.batches, {"XM": base, "XM+XC": xc_reading, "XMB": replace(xc_reading, resample_balanced=True)},
           f"# Side model XMB's design data: repeats of a balanced comparison{share}, on spent batches {args.batches}",
           f"python bench/monitor_balanced_repeats.py {args.batches}{options}",
           Path(args.out).name, prepare=lambda name, analysis: with_balanced_counts(name, analysis, args.balance))


if __name__ == "__main__":
    main()
