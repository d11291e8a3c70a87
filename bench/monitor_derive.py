"""A monitor model derived from frozen ones: options that *lower* scores, and joining frozen trees.

Side model J (`--solo-margin 0.5`) and model K (`--rotation-consumer-only`) keep model I's fitted
weights, bias and threshold and change how evidence is read: J caps each content signal below
the threshold (`scoring.contributions`), K counts IP rotation only over consumer networks
(`scoring.rotation_evidence`). Both only lower a score, so the threshold I set on its fit's
benign accounts keeps that fit's benign FPR at or under the target; no refit is involved, so the
derived model's figures on a batch differ from I's only through the option. Model N
(`--inherit-margin 2`) is model M with a smaller margin for inheriting a cluster's score through an
account's own evidence (`scan._inherited`): it lowers inherited risks only.
Model O is the one derivation that is not a lowering: model N's weighted side with J's cap on
content signals lifted for accounts that run round the clock (`--solo-margin 0.5
--solo-unless-clock`, `scoring.solo_cap_lifted`), joined with side model L's trees at L's own
threshold (`--join-trees`) instead of M's — two frozen parts, each with its own blind record
(K's weights since batch 18, L's trees since batch 20), and one new rule, checked on spent
batches 20–27 before it was frozen (bench/results/monitor_history.md). It was shipped at 0dc4ec3
and withdrawn after its first blind batch (28: 93/172 against N's 130 — the cap turned a
throwaway-account churn farm that N catches by one content signal per account into leads); N is
shipped again.

    python bench/monitor_derive.py bench/results/monitor_calibration_n.json \
        bench/results/monitor_calibration_o.json --solo-margin 0.5 --solo-unless-clock \
        --join-trees bench/results/monitor_calibration_l.json --note "$(python -c \
        'import monitor_derive as d; print(d.O_NOTE)')"        (run from bench/; model O)

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
from distillguard.monitor.scoring import Calibration, _finite_nonneg, logit  # noqa: E402

K_NOTE = ("model K = model I with IP rotation counted over consumer networks only (scoring.rotation_evidence), "
          "frozen before blind batch 18 was run")


N_NOTE = ("model N = model M with an account inheriting a cluster's score through its own evidence only within "
          "2 log-odds of the threshold (inherit_margin 2.0, M's 3.0), scored with template sharing read against the "
          "log's size (scoring.sharing_free); designed on spent batches 1-22 and the 16M-event simulator log; frozen "
          "before blind batch 23 was read or run")


O_NOTE = ("model O = model N's weights, threshold and inherit margin with each content signal capped 0.5 log-odds "
          "short of the threshold unless the account runs round the clock (solo_margin 0.5, solo_unless_clock: "
          "scoring.solo_cap_lifted), joined with side model L's trees (3b7366b) at L's own threshold instead of M's; "
          "designed on spent batches 20-27; frozen before blind batch 28 was read or run")


def derive(cal: Calibration, note: str, solo_margin: float | None = None,
           rotation_consumer_only: bool = False, inherit_margin: float | None = None,
           solo_unless_clock: bool = False, join_trees: Calibration | None = None) -> Calibration:
    """`cal` with the options set (in place) and `note` appended to its source."""
    if join_trees is not None:
        if join_trees.trees is None or join_trees.trees_offset is not None:
            raise DistillguardError("--join-trees needs a trees-alone calibration (model L's kind)")
        # the trees at their own threshold: joined log-odds = trees' + offset reach the weights'
        # threshold exactly where the trees alone reach theirs
        cal.trees = join_trees.trees
        cal.trees_offset = round(logit(cal.threshold) - logit(join_trees.threshold), 6)
    if solo_unless_clock:
        cal.solo_unless_clock = True
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
    p.add_argument("--solo-unless-clock", action="store_true",
                   help="with --solo-margin: the cap lifts for accounts running round the clock")
    p.add_argument("--join-trees", default=None, metavar="FILE",
                   help="replace the base's trees by this trees-alone calibration's, joined at its threshold")
    p.add_argument("--note", required=True, help="appended to the calibration's source")
    args = p.parse_args(argv)
    try:
        cal = Calibration.load(args.base)
    except DistillguardError as exc:
        p.error(str(exc))
    if args.solo_margin is not None and not _finite_nonneg(args.solo_margin):
        p.error("--solo-margin must be a finite number ≥ 0")
    if args.solo_unless_clock and args.solo_margin is None and cal.solo_margin is None:
        p.error("--solo-unless-clock needs a --solo-margin")
    try:
        trees = Calibration.load(args.join_trees) if args.join_trees else None
        derive(cal, args.note, args.solo_margin, args.rotation_consumer_only, args.inherit_margin,
               args.solo_unless_clock, trees).save(args.out)
    except DistillguardError as exc:
        p.error(str(exc))
    print(f"wrote {args.out}: {cal.source}")


if __name__ == "__main__":
    main()
