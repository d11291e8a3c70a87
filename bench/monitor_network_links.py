"""Design data for side model XH: shared networks tie accounts to one operator only from hosting networks.

Two or more common /24 networks among two accounts' busiest are a *hard* link (`graph.hard_links`): the
accounts are read as one operator's, and an account inherits a cluster's score through such a link
whatever its own evidence (`scan._inherited`). A farm's keys share their cloud's /24s; a campus's
students share its /24s too. Side model XH keeps such a link hard only for an account at least a given
share of whose requests come from hosting networks (`Calibration.network_hard_hosting`,
`scan._hard_into`); payment stays hard. For each spent batch (the cached analysis under `bench/work`,
written by `bench/monitor.py`; computed and cached here if absent) this scores the shipped model X and
X with each share asked for, and lists the accounts whose flag changes, per family and kind. Use it only
on batches whose blind run is reported (`monitor_diagnose.UNSPENT`): a figure from it is design data,
never a result. Writes `bench/results/monitor_network_links.md`.

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

from rich.console import Console  # noqa: E402

from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_linked_margin import compare  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BASE = RESULTS / "monitor_calibration_x.json"
console = Console(stderr=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--shares", type=float, nargs="+", default=[0.5, 0.2])
    args = parser.parse_args()
    numbers = batch_range(args.batches)
    unspent = [n for n in numbers if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        sys.exit(f"error: unspent batches {unspent}: run each once through bench/monitor.py on a frozen model")
    base = Calibration.load(BASE)
    models = {"X": base} | {f"hosting {h:g}": replace(base, network_hard_hosting=h) for h in args.shares}
    lines = compare(numbers, models,
                    f"# Side model XH's design data: shared networks hard only from hosting, on spent batches {args.batches}",
                    f"python bench/monitor_network_links.py {args.batches} --shares {' '.join(f'{h:g}' for h in args.shares)}")
    (RESULTS / "monitor_network_links.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
