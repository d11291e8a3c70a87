"""Which model the accounts the shipped model flags ask, on spent data — a diagnosis, never a result.

A distiller pays for the model it wants to copy: nearly every campaign family of the blind batches
sends most of its traffic to the newest flagship (frontier-2 once it is out, frontier-1 before).
Several benign kinds flagged whole did not: blind batch 68's schools asked a tutoring app's mini
model (60%) and the new flagship for 2% of their questions, and were flagged 21/21 on content and a
district card. No model reads which model an account chooses, except the release pivot (a move *to*
the new model). This script measures, for every account the shipped model flags on the batches
written after it was frozen (54 on), its **newest-model share**: the share of its requests sent to
the newest flagship of their moment (frontier-1 before the release, the released model after), and
its **mini share** (requests to a `-mini` model), and counts how many flagged campaign and benign
accounts sit at or under each newest-share cut, and at or over each mini-share cut. A rule that
cleared accounts past a cut would unflag at most those. No model reads this; a model built on it would
first be frozen and judged on a batch written after it.

    python bench/monitor_model_choice.py [--first 54] [--last 70] → bench/results/monitor_model_choice.md
    python bench/monitor_model_choice.py --first 74 --last 80 --out bench/results/monitor_model_choice_74_80.md

The second form is the cuts' check on batches written after this diagnosis was committed (e301d07):
the cuts were stated on 54–71 and are not moved for it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_yield_alone import X_FIRST_BLIND  # noqa: E402

OUT = ROOT / "bench" / "results" / "monitor_model_choice.md"
CUTS = (0.1, 0.2, 0.3, 0.5)
MINI_CUTS = (0.3, 0.5, 0.7)
CUTS_STATED_ON = 71  # the last batch the cuts were read on
WRITTEN_AFTER = 74  # the first batch written after the cuts were committed (e301d07)
OLD_FLAGSHIP = "frontier-1"  # the background's flagship before the release (`simulate()`'s model names)


def model_shares(table: pa.Table, model: str, release_ts: float) -> dict[str, tuple[float, float]]:
    """Per account, (newest share, mini share): the share of its requests sent to the newest
    flagship of their moment (the released `model` from `release_ts` on, the old flagship before
    it; mini models never count), and the share sent to any `-mini` model."""
    ts = np.asarray(table["ts"], dtype=float)  # epoch seconds (the event schema)
    models = table["model"].to_numpy(zero_copy_only=False)
    accounts = table["account_id"].to_numpy(zero_copy_only=False)
    after = ts >= release_ts
    newest = (after & (models == model)) | (~after & (models == OLD_FLAGSHIP))
    mini = np.char.endswith(models.astype(str), "-mini")
    total, hit, small = Counter(accounts.tolist()), Counter(accounts[newest].tolist()), Counter(accounts[mini].tolist())
    return {a: (hit.get(a, 0) / n, small.get(a, 0) / n) for a, n in total.items()}


def _shown(path: Path) -> str:
    """The path as a reader would type it from the repository root."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first", type=int, default=X_FIRST_BLIND, help="the first batch (default: the first written after X was frozen)")
    parser.add_argument("--last", type=int, default=70, help="the last spent batch to read")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where the table goes (default {OUT.relative_to(ROOT)})")
    args = parser.parse_args()
    cal = Calibration.load()
    modules = [f"monitor_blind{i}" for i in range(args.first, args.last + 1) if f"monitor_blind{i}" not in UNSPENT]
    flagged: dict[str, list[tuple[tuple[float, float], str, str]]] = {"campaign": [], "benign": []}
    for module in track(modules, description="spent batches"):
        table, truth = importlib.import_module(f"bench.{module}").make_blind_batch(0)
        analysis = M.run_analysis(table, f"{module}-0", True)  # bench/monitor.py's cache under bench/work
        if not analysis.pivot:
            continue
        share = model_shares(table, analysis.pivot["model"], float(analysis.pivot["release_ts"]))
        for account in assess(analysis, cal)["accounts"]:
            fact = truth["accounts"].get(account["account_id"])
            if fact is not None and account["flagged"]:
                flagged[fact["label"]].append((share.get(account["account_id"], (0.0, 0.0)), fact["family"], module))
    out_flag = "" if args.out.resolve() == OUT else f" --out {_shown(args.out)}"
    lines = [
        "# Which model the flagged accounts ask, on spent data (a diagnosis, not a result)"
        if args.first < WRITTEN_AFTER
        else f"# Which model the flagged accounts ask: the cuts stated on 54–{CUTS_STATED_ON}, checked on batches written after them",
        "",
        f"`python bench/monitor_model_choice.py --first {args.first} --last {args.last}{out_flag}`: the accounts the shipped "
        f"model flags on blind batches {args.first}–{args.last} (seed 0), by their newest-model share (requests to "
        "the newest flagship of their moment) and by their mini share (requests to a `-mini` model). A rule "
        "clearing accounts past a cut would unflag at most the accounts counted in its row.",
        "",
        "| cut | flagged campaign accounts | flagged benign accounts |",
        "|---|---:|---:|",
    ]
    rules = [(f"newest-model share ≤ {c:.0%}", lambda s, c=c: s[0] <= c) for c in CUTS]
    rules += [(f"mini share ≥ {c:.0%}", lambda s, c=c: s[1] >= c) for c in MINI_CUTS]
    for name, past in rules:
        c = sum(past(s) for s, _, _ in flagged["campaign"])
        b = sum(past(s) for s, _, _ in flagged["benign"])
        lines.append(f"| {name} | {c:,} of {len(flagged['campaign']):,} | {b:,} of {len(flagged['benign']):,} |")
    lines += ["", f"Newest-model share ≤ {CUTS[2]:.0%} or mini share ≥ {MINI_CUTS[0]:.0%}, by family or kind (batch):", ""]
    for label in ("campaign", "benign"):
        low = Counter((f, m.removeprefix("monitor_blind")) for s, f, m in flagged[label]
                      if s[0] <= CUTS[2] or s[1] >= MINI_CUTS[0])
        for (family, batch), n in sorted(low.items(), key=lambda kv: (int(kv[0][1]), kv[0][0])):
            lines.append(f"- {label} {family} ({batch}): {n}")
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
