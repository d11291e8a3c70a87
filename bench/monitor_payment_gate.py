"""Design data for side model XP: cards across organisations read only as far as what an account takes.

One card paying for many organisations' keys (`payment`, cards across organisations) is what an account
farm leaves, and what an agency, reseller or LLM router leaves for its client organisations. Side model
XP reads it only as far as the largest of a set of signals goes (`Calibration.payment_gate`,
`scoring.feature_vector`). This scores the shipped model X and X with each gate on spent batches
(`monitor_design_data.report`: design data, never a result) and writes
`bench/results/monitor_payment_gate.md`.

    python bench/monitor_payment_gate.py 54-96
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.monitor.scoring import HARVEST, PAYMENT_GATE_XP, Calibration  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402

BASE = RESULTS / "monitor_calibration_x.json"
GATES = {"what it takes": list(HARVEST), "what it takes or templates (XP)": list(PAYMENT_GATE_XP)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    args = parser.parse_args()
    base = Calibration.load(BASE)
    models = {"X": base} | {name: replace(base, payment_gate=gate) for name, gate in GATES.items()}
    gates = "; ".join(f"{name}: {', '.join(g)}" for name, g in GATES.items())
    report(args.batches, models,
           f"# Side model XP's design data: cards across organisations gated, on spent batches {args.batches}",
           f"python bench/monitor_payment_gate.py {args.batches}", "monitor_payment_gate.md", f" Gates: {gates}.")


if __name__ == "__main__":
    main()
