"""Design data for side model XMCO: a covering operator answers for its own evidence.

An identified operator (a hard-link component: accounts sharing a card or networks, `scan.Operators`)
that makes up at least half of a cluster takes the cluster's pooled score as its own
(`Operators.clears`). Most of the benign accounts the shipped XMCD flags without evidence of their
own within the inherit margin are such operators: a business on one card — an agency's client
sub-accounts, a vendor's seats — whose templates joined a few campaign accounts to its cluster, so
that the campaign's members raise the pooled score the business inherits. Side model XMCO is model
XMCD with `Calibration.operator_median`: the covering operator passes the cluster's score to its
accounts only if the median own score of all its accounts reaches it.

This assesses XMCD (the base) and each variant of the bar in full on spent batches (design data,
never a result: the bar was chosen by looking at these batches) and writes
`bench/results/monitor_covering_operators.md`. A variant can only take flags away (it narrows one
way of inheriting); the table counts the campaign accounts each loses and the benign accounts each
clears, and lists, per batch and family or kind, what each variant changes. Analyses cached before
XMCP hold no phrases: each batch's are recomputed as XMCD reads them (`monitor_stranger_crowds.scored_batch`).

    python bench/monitor_covering_operators.py 185-268
    python bench/monitor_covering_operators.py 269-280 --results-name monitor_covering_operators_269_280
        (XMCO's blind batches, once spent: the frozen bar's column is XMCO against XMCD account by account)
    python bench/monitor_covering_operators.py 249-320 --xmcto --results-name monitor_covering_operators_xmcto
        (also model XMCTO — XMCT, shipped after 312, with XMCO's rule — against XMCT: the report says on which
        batches its changes differ from XMCO's against XMCD, account by account)
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

from rich.progress import track  # noqa: E402

from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_design_data import RESULTS, console, spent_numbers  # noqa: E402
from monitor_stranger_crowds import XMCD, scored_batch  # noqa: E402

MEDIANS = (0.3, 0.4, 0.5, 0.6, 1.01)  # 1.01: the covering branch off (no median reaches it)


def flagged(doc: dict) -> set[str]:
    return {a["account_id"] for a in doc["accounts"] if a["flagged"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--results-name", default="monitor_covering_operators",
                        help="write bench/results/NAME.md (default: the design data's table)")
    parser.add_argument("--xmcto", action="store_true",
                        help="also check that model XMCTO changes XMCT's flags exactly as XMCO changes XMCD's")
    args = parser.parse_args()
    numbers = spent_numbers(args.batches)
    xmcd = Calibration.load(XMCD)
    pair = (Calibration.load(RESULTS / "monitor_calibration_xmco.json"), Calibration.load(RESULTS / "monitor_calibration_xmct.json"),
            Calibration.load(RESULTS / "monitor_calibration_xmcto.json")) if args.xmcto else None
    apart: list[int] = []
    moved_xmcto = 0
    base, totals, moved = Counter(), Counter(), Counter()
    for number in track(numbers, description="assessing spent batches", console=console):
        analysis, truth, doc = scored_batch(number, xmcd)
        before = flagged(doc)
        label = {a: f["label"] for a, f in truth["accounts"].items()}
        for a in before:
            if a in label:
                base[label[a]] += 1
        for median in MEDIANS:
            after = flagged(assess(analysis, replace(xmcd, operator_median=median)))
            if after - before:
                sys.exit(f"error: monitor_blind{number}: operator_median {median} added flags")
            for a in before - after:
                if a in label:
                    totals[(median, label[a])] += 1
                    moved[(median, label[a], f"{number} {truth['accounts'][a]['family']}")] += 1
        if pair is not None:
            xmco, xmct, xmcto = (flagged(assess(analysis, cal)) for cal in pair)
            moved_xmcto += len(xmct ^ xmcto)
            if (xmct - xmcto, xmcto - xmct) != (before - xmco, xmco - before):
                apart.append(number)
    design = args.results_name == "monitor_covering_operators"
    command = f"python bench/monitor_covering_operators.py {args.batches}" + (
        "" if design else f" --results-name {args.results_name}")
    what = ("design data: every batch here was run blind before; not a result" if design else
            "each batch run once blind by the frozen XMCO before this; the 0.4 row is XMCO, the others were not frozen")
    lines = [
        f"# Side model XMCO's {'design data' if design else 'blind batches'}: covering operators on spent batches "
        f"{args.batches}",
        "",
        f"`{command}` ({what}). XMCD flags {base['campaign']:,} campaign and {base['benign']:,} benign "
        "accounts; each variant's columns are the flagged accounts it takes away (a variant adds none: the script "
        "checks it). 1.01: the covering branch off.",
        "",
        "| operator's median own score at least | campaign accounts lost | benign accounts cleared |",
        "|---|---|---|",
    ]
    for median in MEDIANS:
        lines.append(f"| {median:g} | {totals[(median, 'campaign')]:,} | {totals[(median, 'benign')]:,} |")
    lines += ["", "What each variant takes away, per batch and family or kind:", "",
              "| median at least | label | batch and family or kind | accounts |", "|---|---|---|---|"]
    for (median, lab, where), n in sorted(moved.items()):
        lines.append(f"| {median:g} | {lab} | {where} | {n} |")
    if pair is not None:
        lines += ["", f"Model XMCTO (XMCT with XMCO's rule) against XMCT: {moved_xmcto:,} accounts change; "
                  + ("on every batch exactly the accounts XMCO changes against XMCD." if not apart else
                     f"they differ from XMCO's changes against XMCD on batches {apart}.")]
    (RESULTS / f"{args.results_name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
