"""Design data for side model XSL: who inherits a cluster's score while only *linked* into it.

An account inherits a cluster's score through its own evidence when its own log-odds come within a
margin of the threshold's (`scan._inherited`). Side model XSL keeps side model XS's margin (2) for
the cluster's members and gives an account that is only linked into the cluster — an edge into
another community, typically one template it shares with some of the members — a margin of its own
(`Calibration.linked_margin`). For each spent batch (the cached analysis under `bench/work`, written
by `bench/monitor.py`; computed and cached here if absent) this scores XS and XS with each linked
margin asked for, and lists the campaign and benign accounts whose flag changes, per family and kind.
Use it only on batches whose blind run is reported (`monitor_diagnose.UNSPENT`): a figure from it is
design data, never a result. Writes `bench/results/monitor_linked_margin.md`.

    python bench/monitor_linked_margin.py 54-92 --margins 1 0.5 0
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rich.console import Console  # noqa: E402
from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BASE = RESULTS / "monitor_calibration_xs.json"
console = Console(stderr=True)


def changes(number: int, models: dict[str, Calibration]) -> tuple[Counter, Counter]:
    """(flagged accounts per model and label, changed flags per model, label, family and direction
    against the first model, the base)."""
    analysis, truth = M.batch_analysis(f"monitor_blind{number}", 0, reuse=True)
    flags = {name: {a["account_id"]: a["flagged"] for a in assess(analysis, cal)["accounts"]}
             for name, cal in models.items()}
    totals, moved = Counter(), Counter()
    for account, base_flag in flags[next(iter(models))].items():
        fact = truth["accounts"].get(account)
        if fact is None:
            continue
        for name in models:
            flag = flags[name][account]
            totals[(name, fact["label"])] += flag
            if flag != base_flag:
                moved[(name, fact["label"], f"{number} {fact['family']}", "+" if flag else "-")] += 1
    return totals, moved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--margins", type=float, nargs="+", default=[1.0, 0.5, 0.0])
    args = parser.parse_args()
    numbers = batch_range(args.batches)
    unspent = [n for n in numbers if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        sys.exit(f"error: unspent batches {unspent}: run each once through bench/monitor.py on a frozen model")
    base = Calibration.load(BASE)
    models = {"XS": base} | {f"linked {m:g}": replace(base, linked_margin=m) for m in args.margins}
    lines = compare(numbers, models, f"# Side model XSL's design data: the linked margin on spent batches {args.batches}",
                    f"python bench/monitor_linked_margin.py {args.batches} --margins "
                    f"{' '.join(f'{m:g}' for m in args.margins)}")
    (RESULTS / "monitor_linked_margin.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


def compare(numbers: list[int], models: dict[str, Calibration], title: str, command: str, note: str = "") -> list[str]:
    """The design-data report of `models` (the first the base) on spent batches `numbers`: flagged
    accounts per model and label, then every changed flag per model, label, family and direction."""
    totals, moved = Counter(), Counter()
    for number in track(numbers, description="scoring spent batches", console=console):
        t, m = changes(number, models)
        totals.update(t)
        moved.update(m)
    lines = [
        title,
        "",
        f"`{command}` (design data: every batch here was run blind before; not a result).{note}",
        "",
        "| model | campaign accounts flagged | benign accounts flagged |",
        "|---|---|---|",
    ]
    for name in models:
        lines.append(f"| {name} | {totals[(name, 'campaign')]:,} | {totals[(name, 'benign')]:,} |")
    lines += ["", "| model | label | batch and family or kind | change | accounts |", "|---|---|---|---|---|"]
    for (name, label, where, sign), n in sorted(moved.items()):
        lines.append(f"| {name} | {label} | {where} | {sign} | {n} |")
    return lines

if __name__ == "__main__":
    main()
