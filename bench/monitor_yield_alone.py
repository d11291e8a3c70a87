"""Accounts that output yield alone decides, on spent data — a diagnosis, never a result.

Output yield (`scoring.yield_evidence`: answers longer than the population's typical answer) is the
content signal that catches low-and-slow accounts at human pace (blind batch 62's textbook synthesis,
44/44) and the one that flags people and products wanting long answers (batch 61's teachers asking
for worksheets, 11/23; batch 63's IDE coding agents, 4 of their 8). This script counts, per family
and benign kind of every spent batch, the accounts the shipped model flags where output yield
decides: flagged, not through a cluster, and output yield at least `SHARE` of the account's positive
contributions (`assess`'s `contributions`: the weights' terms, or the trees' occlusions). A rule that
asked output yield for a second line of evidence would unflag at most these. No model reads this;
a model built on it would first be frozen and judged on a batch written after it.

    python bench/monitor_yield_alone.py [--last 63] → bench/results/monitor_yield_alone.md
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402

OUT = ROOT / "bench" / "results" / "monitor_yield_alone.md"
SHARE = 0.8  # output yield's least share of the positive contributions for it to "decide"
X_FIRST_BLIND = 54  # the first batch written after the shipped model X was frozen: 54 on are blind to it


def decided_by_yield(account: dict, share: float = SHARE) -> bool:
    """Whether output yield alone flagged this account (one `assess` account record): flagged, not
    through a cluster, and output yield at least `share` of its positive contributions."""
    if not account.get("flagged") or "cluster" in account.get("reason_codes", ()):
        return False
    positive = {k: float(v) for k, v in (account.get("contributions") or {}).items() if float(v) > 0}
    total = sum(positive.values())
    return total > 0 and positive.get("yield", 0.0) / total >= share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--last", type=int, default=63, help="the last spent batch to read")
    args = parser.parse_args()
    cal = Calibration.load()
    modules = [m for m in spent_through(args.last) if m not in UNSPENT]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # accounts, flagged, yield alone
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    blind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # the same, per label, on X's blind batches
    for module in track(modules, description="spent batches"):
        number = int(module.removeprefix("monitor_blind") or "1")
        analysis, truth = M.batch_analysis(module, 0, reuse=True)
        for account in assess(analysis, cal)["accounts"]:
            fact = truth["accounts"].get(account["account_id"])
            if fact is None:
                continue
            key = (fact["label"], fact["family"])
            alone = decided_by_yield(account)
            counts[key][0] += 1
            counts[key][1] += bool(account["flagged"])
            counts[key][2] += alone
            if number >= X_FIRST_BLIND:
                for i, v in enumerate((1, account["flagged"], alone)):
                    blind[fact["label"]][i] += bool(v)
            if alone:
                where[key].add(module.removeprefix("monitor_blind") or "1")
    lines = [
        "# Accounts output yield alone flags, on spent data (a diagnosis, not a result)",
        "",
        f"`python bench/monitor_yield_alone.py --last {args.last}`: batches 1–{args.last} at seed 0, every one "
        "already reported blind, scored by the shipped model. An account counts when the model flags it, not "
        f"through a cluster, with output yield at least {SHARE:.0%} of its positive contributions; families and "
        "kinds with any such account, then the totals over every batch and over the batches written after X was "
        "frozen (blind to it; the earlier ones it was designed with in view).",
        "",
        "| label | family / kind | accounts | flagged | yield alone | batches |",
        "|---|---|---:|---:|---:|---|",
    ]
    for (label, name), c in sorted(counts.items()):
        if c[2]:
            batches = ", ".join(sorted(where[(label, name)], key=int))
            lines.append(f"| {label} | {name} | {c[0]:,} | {c[1]:,} | {c[2]:,} | {batches} |")
    for lab in ("campaign", "benign"):
        tot = [sum(c[i] for (lb, _), c in counts.items() if lb == lab) for i in range(3)]
        lines.append(f"| **{lab}** | all | {tot[0]:,} | {tot[1]:,} | {tot[2]:,} | |")
    for lab in ("campaign", "benign"):  # the batches written after X was frozen: not data it was designed on
        b = blind[lab]
        lines.append(f"| **{lab}** | blind to X ({X_FIRST_BLIND}–{args.last}) | {b[0]:,} | {b[1]:,} | {b[2]:,} | |")
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
