"""Design data for side model XMN: release-day newcomers, the person-like crowd's one shared trait.

The largest mass every model misses on the blind batches is the person-like crowd: dozens of
accounts, each its own organisation and card, each a few dozen requests in a person's rhythm from a
residential address, registered around a model's release to harvest it. Side model XMN (XM with a
weight for `scoring.newcomer_evidence`, by a stated rule: the evidence alone reaches the threshold)
flags an account first seen less than a day before the release that sent at least
`scoring.NEWCOMER_WINDOW` requests in the 24 h after it, at least `NEWCOMER_SHARE` of them to the
new model, with prompts unlike ordinary users' (MMD p ≤ `NEWCOMER_MMD_P`). This scores XM and XMN
on spent batches (`monitor_design_data.report`: design data, never a result; the thresholds were
chosen by looking at these batches) and writes
`bench/results/monitor_newcomers.md`. The cached analyses hold every count the rule reads.

    python bench/monitor_newcomers.py 105-148
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_derive import derive  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402

BASE = RESULTS / "monitor_calibration_xm.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    args = parser.parse_args()
    base = Calibration.load(BASE)
    xmn = derive(Calibration.load(BASE), "XMN", newcomer_reach=1.0)  # as `monitor_derive.py --newcomer-reach 1`
    report(args.batches, {"XM": base, "XMN": xmn},
           f"# Side model XMN's design data: release-day newcomers on spent batches {args.batches}",
           f"python bench/monitor_newcomers.py {args.batches}", "monitor_newcomers.md",
           note=f" XMN: XM with the newcomer rule (first seen less than {S.NEWCOMER_BEFORE_S / 3600:g} h before the "
                f"release, at least {S.NEWCOMER_WINDOW} requests in the 24 h after it, at least {S.NEWCOMER_SHARE:g} of "
                f"them to the new model, MMD p at most {S.NEWCOMER_MMD_P:g}) weighed to reach the threshold alone.")


if __name__ == "__main__":
    main()
