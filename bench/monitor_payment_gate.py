"""Design data for side model XP: cards across organisations read only as far as what an account takes.

One card paying for many organisations' keys (`payment`, cards across organisations) is what an account
farm leaves, and what an agency, reseller or LLM router leaves for its client organisations. Side model
XP reads it only as far as the largest of a set of signals goes (`Calibration.payment_gate`,
`scoring.feature_vector`). This scores a frozen model (`--base`: X, shipped when XP was designed, by
default) and that model with each gate on spent batches (`monitor_design_data.report`: design data,
never a result) and writes `bench/results/monitor_payment_gate.md` (or `--out`).

    python bench/monitor_payment_gate.py 54-96
    python bench/monitor_payment_gate.py 105-156 --base xm --out monitor_payment_gate_xm.md
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.errors import DistillguardError  # noqa: E402
from distillguard.monitor.scoring import HARVEST, PAYMENT_GATE_XP, Calibration  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402

GATES = {"what it takes": list(HARVEST), "what it takes or templates (XP)": list(PAYMENT_GATE_XP)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--base", default="x", help="the frozen model the gates are tried on (default: x)")
    parser.add_argument("--out", default="monitor_payment_gate.md", help="file name under bench/results")
    args = parser.parse_args()
    try:
        base = Calibration.load(RESULTS / f"monitor_calibration_{args.base}.json")
    except DistillguardError as exc:
        parser.error(str(exc))
    name = args.base.upper()
    models = {name: base} | {gate_name: replace(base, payment_gate=gate) for gate_name, gate in GATES.items()}
    gates = "; ".join(f"{gate_name}: {', '.join(g)}" for gate_name, g in GATES.items())
    options = "".join(f" {flag} {value}" for flag, value, default in (("--base", args.base, "x"),
                                                                       ("--out", args.out, "monitor_payment_gate.md"))
                      if value != default)
    report(args.batches, models,
           f"# Side model XP's design data: cards across organisations gated{'' if args.base == 'x' else ' on ' + name}, "
           f"on spent batches {args.batches}",
           f"python bench/monitor_payment_gate.py {args.batches}{options}", Path(args.out).name, f" Gates: {gates}.")


if __name__ == "__main__":
    main()
