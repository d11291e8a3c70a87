"""Design data for side model XP: cards across organisations read only as far as what an account takes.

One card paying for many organisations' keys (`payment`, cards across organisations) is what an account
farm leaves, and what an agency, reseller or LLM router leaves for its client organisations. Side model
XP reads it only as far as the largest of a set of signals goes (`Calibration.payment_gate`,
`scoring.feature_vector`). For each spent batch (the cached analysis under `bench/work`, written by
`bench/monitor.py`; computed and cached here if absent) this scores the shipped model X and X with each
gate asked for, and lists the campaign and benign accounts whose flag changes, per family and kind. Use it
only on batches whose blind run is reported (`monitor_diagnose.UNSPENT`): a figure from it is design
data, never a result. Writes `bench/results/monitor_payment_gate.md`.

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

from rich.console import Console  # noqa: E402

from distillguard.monitor.scoring import HARVEST, PAYMENT_GATE_XP, Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_linked_margin import compare  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BASE = RESULTS / "monitor_calibration_x.json"
GATES = {"what it takes": list(HARVEST), "what it takes or templates (XP)": list(PAYMENT_GATE_XP)}
console = Console(stderr=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    args = parser.parse_args()
    numbers = batch_range(args.batches)
    unspent = [n for n in numbers if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        sys.exit(f"error: unspent batches {unspent}: run each once through bench/monitor.py on a frozen model")
    base = Calibration.load(BASE)
    models = {"X": base} | {name: replace(base, payment_gate=gate) for name, gate in GATES.items()}
    gates = "; ".join(f"{name}: {', '.join(g)}" for name, g in GATES.items())
    lines = compare(numbers, models,
                    f"# Side model XP's design data: cards across organisations gated, on spent batches {args.batches}",
                    f"python bench/monitor_payment_gate.py {args.batches}", f" Gates: {gates}.")
    (RESULTS / "monitor_payment_gate.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
