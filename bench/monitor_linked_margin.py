"""Design data for side model XSL: who inherits a cluster's score while only *linked* into it.

An account inherits a cluster's score through its own evidence when its own log-odds come within a
margin of the threshold's (`scan._inherited`). Side model XSL keeps side model XS's margin (2) for
the cluster's members and gives an account that is only linked into the cluster — an edge into
another community, typically one template it shares with some of the members — a margin of its own
(`Calibration.linked_margin`). This scores XS and XS with each linked margin asked for on spent batches
(`monitor_design_data.report`: design data, never a result) and writes
`bench/results/monitor_linked_margin.md`.

    python bench/monitor_linked_margin.py 54-92 --margins 1 0.5 0
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

BASE = RESULTS / "monitor_calibration_xs.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--margins", type=float, nargs="+", default=[1.0, 0.5, 0.0])
    args = parser.parse_args()
    base = Calibration.load(BASE)
    models = {"XS": base} | {f"linked {m:g}": replace(base, linked_margin=m) for m in args.margins}
    report(args.batches, models, f"# Side model XSL's design data: the linked margin on spent batches {args.batches}",
           f"python bench/monitor_linked_margin.py {args.batches} --margins {' '.join(f'{m:g}' for m in args.margins)}",
           "monitor_linked_margin.md")


if __name__ == "__main__":
    main()
