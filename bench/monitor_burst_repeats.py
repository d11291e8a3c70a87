"""Design data for side models XMK and XMKB: a best-of-n harvest's fresh repeats, counted across its keys.

The shipped model XM reads resampling as the larger of two shares of an account's requests:
back-to-back repeats of its previous prompt, and the *fresh* ones among them — of a prompt its
organisation sent in no other session on any of its keys (a best-of-n harvest samples each new
prompt in one burst; an evaluation team re-runs its bank). A harvest that deals each prompt's copies
over several keys at once (blind batches 123, 125, 127 and 128: 0 of 23 accounts caught) breaks
both: every key's share of back-to-back repeats falls, and a prompt whose copies land on two keys
counts as sent in two sessions, so none is fresh. Side model XMK (XM with
`Calibration.resample_burst`) reads the fresh share from `features.resample_features`' burst counts
instead: a copy of a prompt its organisation sent on any key less than `--gap` seconds before (the
earlier copy answered), of a prompt whose copies form one burst (no two consecutive copies
`features.SESSION_GAP_S` or more apart). This scores XM and XMK on spent batches
(`monitor_design_data.report`: design data, never a result) and writes
`bench/results/monitor_burst_repeats.md`. Beside them, side model XMB (XM reading off the repeats of a
balanced comparison, `monitor_balanced_repeats.py`) and side model XMKB (XMK reading off, as XMB does,
the repeats — fresh burst ones too — of a prompt sent to a second model evenly: a study comparing the
old and the new model samples each item in one burst as well). The burst counts are added to each cached analysis from
the batch's cached event file by the scan's own resampling step (whose other counts must come out
the same as cached).

    python bench/monitor_burst_repeats.py 105-132
    python bench/monitor_burst_repeats.py 105-140 --out monitor_burst_repeats_105_140.md
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
KEPT = ("n_resample", "n_resample_fresh", "n_resample_compared", "n_resample_fresh_compared")
NAMES = (*KEPT, "n_resample_balanced", "n_resample_fresh_balanced", "n_resample_burst", "n_resample_fresh_burst",
         "n_resample_fresh_burst_compared", "n_resample_fresh_burst_balanced")


def with_burst_counts(name: str, analysis: Analysis, gap: float) -> None:
    """Add the burst counts (at `gap` seconds) to a cached analysis, recounted from the batch's
    cached event file by the scan's own resampling step; the counts already cached must come out
    the same, or the analysis is not the one the file gives."""
    recount_resampling(name, analysis, NAMES, KEPT, compared=True, burst=True, burst_gap=gap)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--gap", type=float, default=F.BURST_GAP_S, metavar="SECONDS",
                        help=f"a copy counts as a repeat if its organisation sent the prompt less than this "
                             f"before (default: features.BURST_GAP_S, {F.BURST_GAP_S:g}, XMK's; at most "
                             f"features.SESSION_GAP_S)")
    parser.add_argument("--out", default="monitor_burst_repeats.md", help="file name under bench/results")
    args = parser.parse_args()
    if not 0.0 < args.gap <= F.SESSION_GAP_S:
        parser.error(f"--gap must be in (0, {F.SESSION_GAP_S:g}]")
    base = Calibration.load(BASE)
    options = "".join(f" {flag} {value:g}" if isinstance(value, float) else f" {flag} {value}"
                      for flag, value, default in (("--gap", args.gap, F.BURST_GAP_S),
                                                   ("--out", args.out, "monitor_burst_repeats.md"))
                      if value != default)
    xmk = replace(base, resample_burst=True)
    balanced = {"resample_compared": True, "resample_balanced": True}
    report(args.batches, {"XM": base, "XMK": xmk, "XMB": replace(base, **balanced), "XMKB": replace(xmk, **balanced)},
           f"# Side models XMK's and XMKB's design data: fresh repeats across an organisation's keys "
           f"(within {args.gap:g} s), on spent batches {args.batches}",
           f"python bench/monitor_burst_repeats.py {args.batches}{options}",
           Path(args.out).name, prepare=lambda name, analysis: with_burst_counts(name, analysis, args.gap))


if __name__ == "__main__":
    main()
