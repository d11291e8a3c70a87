"""How one batch's families and kinds sit in topic crowds: the figures behind the crowd paragraphs.

For each family or kind named (of a spent blind batch): its accounts, the median count of their topic
neighbours (`crowds.topic_neighbours`: centred prompt-embedding centroids within `CROWD_COSINE`) and
of those in the same family, the median share of their neighbours first seen more than
`crowds.ARRIVED_AFTER_S` after the scan opened (side model XMCA's arrival share), and when the
accounts were first seen, in days after the scan opened (and the weekday it opened on). Why: a crowd a model missed either never
formed (too few neighbours of its own, e.g. a crowd asking in many languages) or formed and fell
short of the score bars; and a standing group can still look as if it arrived. With `--quantile Q`
the arrived share is side model XMCQ's instead: counted from the time by which that share of all the
scan's accounts had been seen (`crowds.arrival_reference`). Design data only: it refuses an unspent
batch.

    python bench/monitor_crowd_members.py 183 ringing_chamber
    python bench/monitor_crowd_members.py 175 telpek
    python bench/monitor_crowd_members.py 189 chankan toitoi --quantile 0.25
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import monitor as M  # noqa: E402
from distillguard.monitor import crowds as C  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_topic_crowds import add_centroids  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batch", type=int, help="a spent blind batch")
    parser.add_argument("names", nargs="+", help="families or benign kinds of that batch")
    parser.add_argument("--quantile", type=float, default=None,
                        help="count arrivals from when this share of all accounts had been seen (side model XMCQ)")
    args = parser.parse_args()
    if args.quantile is not None and not 0 <= args.quantile <= 1:
        sys.exit("error: --quantile must be in [0, 1]")
    name = f"monitor_blind{args.batch}"
    if name in UNSPENT:
        sys.exit(f"error: {name} is unspent: run it once through bench/monitor.py on a frozen model")
    analysis, truth = M.batch_analysis(name, 0, reuse=True)
    add_centroids(name, analysis)
    accounts = [a for a in analysis.centroids if a in analysis.rows]
    index = {a: i for i, a in enumerate(accounts)}
    near = C.topic_neighbours(C.centred_unit(np.stack([analysis.centroids[a] for a in accounts])))
    first_seen = {a: float(r["first_ts"]) for a, r in analysis.rows.items()}
    opened = C.arrival_reference(first_seen, None)
    since = C.arrival_reference(first_seen, args.quantile)
    late = np.array([first_seen[a] > since + C.ARRIVED_AFTER_S for a in accounts])
    counted = "" if args.quantile is None else (
        f" (counted from {(since - opened) / 86400:.2f} days, when {args.quantile:.0%} of the accounts had been seen)")
    family = {a: truth["accounts"].get(a, {}).get("family") for a in accounts}
    print(f"{name}: the scan opened {datetime.fromtimestamp(opened, UTC):%A %Y-%m-%d %H:%M} UTC")
    for wanted in args.names:
        members = [a for a in accounts if family[a] == wanted]
        if not members:
            sys.exit(f"error: {name} has no embedded account of {wanted!r}")
        hoods = [near[index[a]] for a in members]
        own = [sum(family[accounts[j]] == wanted for j in hood) for hood in hoods]
        arrived = [float(late[hood].mean()) if len(hood) else 0.0 for hood in hoods]
        days = [(first_seen[a] - opened) / 86400 for a in members]
        print(f"{args.batch} {wanted}: {len(members)} accounts; median {np.median([len(h) for h in hoods]):g} topic "
              f"neighbours, {np.median(own):g} of its own; median arrived share {np.median(arrived):.0%}{counted}; first seen "
              f"{min(days):.2f}-{max(days):.2f} days after the scan opened "
              f"({sum(d > C.ARRIVED_AFTER_S / 86400 for d in days)} of {len(members)} more than a day after)")


if __name__ == "__main__":
    main()
