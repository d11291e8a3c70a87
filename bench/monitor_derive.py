"""A monitor model derived from a frozen one by options that can only *lower* scores.

Side model J (`--solo-margin 0.5`) and model K (`--rotation-consumer-only`) keep model I's fitted
weights, bias and threshold and change how evidence is read: J caps each content signal below
the threshold (`scoring.contributions`), K counts IP rotation only over consumer networks
(`scoring.rotation_evidence`). Both only lower a score, so the threshold I set on its fit's
benign accounts keeps that fit's benign FPR at or under the target; no refit is involved, so the
derived model's figures on a batch differ from I's only through the option. Model N
(`--inherit-margin 2`) is model M with a smaller margin for inheriting a cluster's score through an
account's own evidence (`scan._inherited`): it lowers inherited risks only.

    python bench/monitor_derive.py bench/results/monitor_calibration_m.json \
        bench/results/monitor_calibration_n.json --inherit-margin 2 --note "$(python -c \
        'import monitor_derive as d; print(d.N_NOTE)')"        (run from bench/; the shipped model N)

    python bench/monitor_derive.py bench/results/monitor_calibration_i.json OUT --rotation-consumer-only \\
        --note "model K = …"      (`bench/monitor.py --write-calibration` applies K's with `K_NOTE`)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from distillguard.errors import DistillguardError  # noqa: E402
from distillguard.monitor.scoring import Calibration, _finite_nonneg  # noqa: E402

K_NOTE = ("model K = model I with IP rotation counted over consumer networks only (scoring.rotation_evidence), "
          "frozen before blind batch 18 was run")


N_NOTE = ("model N = model M with an account inheriting a cluster's score through its own evidence only within "
          "2 log-odds of the threshold (inherit_margin 2.0, M's 3.0), scored with template sharing read against the "
          "log's size (scoring.sharing_free); designed on spent batches 1-22 and the 16M-event simulator log; frozen "
          "before blind batch 23 was read or run")


def derive(cal: Calibration, note: str, solo_margin: float | None = None,
           rotation_consumer_only: bool = False, inherit_margin: float | None = None) -> Calibration:
    """`cal` with the options set (in place) and `note` appended to its source."""
    if inherit_margin is not None:
        if not _finite_nonneg(inherit_margin) or inherit_margin > cal.inherit_margin:
            raise DistillguardError("--inherit-margin must be finite, ≥ 0 and at most the base model's")
        cal.inherit_margin = inherit_margin
    if solo_margin is not None:
        cal.solo_margin = solo_margin
    if rotation_consumer_only:
        cal.rotation_consumer_only = True
    cal.source = f"{cal.source}; {note}"
    return cal


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("base", help="the frozen model's calibration file")
    p.add_argument("out", help="where the derived calibration goes")
    p.add_argument("--solo-margin", type=float, default=None)
    p.add_argument("--rotation-consumer-only", action="store_true")
    p.add_argument("--inherit-margin", type=float, default=None, help="at most the base model's (lowers only)")
    p.add_argument("--note", required=True, help="appended to the calibration's source")
    args = p.parse_args(argv)
    try:
        cal = Calibration.load(args.base)
    except DistillguardError as exc:
        p.error(str(exc))
    if args.solo_margin is not None and not _finite_nonneg(args.solo_margin):
        p.error("--solo-margin must be a finite number ≥ 0")
    try:
        derive(cal, args.note, args.solo_margin, args.rotation_consumer_only, args.inherit_margin).save(args.out)
    except DistillguardError as exc:
        p.error(str(exc))
    print(f"wrote {args.out}: {cal.source}")


if __name__ == "__main__":
    main()
