"""Design data for side model XC: a prompt sampled on several models is a comparison, not a harvest.

A best-of-n or soft-label harvest sends each prompt many times back to back (the resampling signal,
`scoring.resample_reading`); so does a research study of answer variance or agreement, and blind
batches 95-104 flagged such studies in almost every batch. The studies sample their items on the old
and the new model to compare them; a harvest samples the model it distils. Side model XC reads a repeat
of a prompt its organisation sent to more than one model as no resampling
(`Calibration.resample_compared`, over `features.resample_features`' compared counts). This scores the
shipped model X and XC on spent batches (`monitor_design_data.report`: design data, never a result) and
writes `bench/results/monitor_compared_repeats.md`.

    python bench/monitor_compared_repeats.py 95-104
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402

BASE = RESULTS / "monitor_calibration_x.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    args = parser.parse_args()
    base = Calibration.load(BASE)
    report(args.batches, {"X": base, "XC": replace(base, resample_compared=True)},
           f"# Side model XC's design data: repeats of prompts sent to several models, on spent batches {args.batches}",
           f"python bench/monitor_compared_repeats.py {args.batches}",
           "monitor_compared_repeats.md")


if __name__ == "__main__":
    main()
