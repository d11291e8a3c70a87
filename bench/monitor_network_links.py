"""Design data for side model XH: shared networks tie accounts to one operator only from hosting networks.

Two or more common /24 networks among two accounts' busiest are a *hard* link (`graph.hard_links`): the
accounts are read as one operator's, and an account inherits a cluster's score through such a link
whatever its own evidence (`scan._inherited`). A farm's keys share their cloud's /24s; a campus's
students share its /24s too. Side model XH keeps such a link hard only for an account at least a given
share of whose requests come from hosting networks (`Calibration.network_hard_hosting`,
`scan._hard_into`); payment stays hard. This scores the shipped model X and X with each share asked for
on spent batches (`monitor_design_data.report`: design data, never a result) and writes
`bench/results/monitor_network_links.md`.

    python bench/monitor_network_links.py 54-100 --shares 0.5 0.2
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
    parser.add_argument("--shares", type=float, nargs="+", default=[0.5, 0.2])
    args = parser.parse_args()
    base = Calibration.load(BASE)
    models = {"X": base} | {f"hosting {h:g}": replace(base, network_hard_hosting=h) for h in args.shares}
    report(args.batches, models,
           f"# Side model XH's design data: shared networks hard only from hosting, on spent batches {args.batches}",
           f"python bench/monitor_network_links.py {args.batches} --shares {' '.join(f'{h:g}' for h in args.shares)}",
           "monitor_network_links.md")


if __name__ == "__main__":
    main()
