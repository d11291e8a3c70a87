"""Design data for side model XS: the sub-stream test (`monitor/substream.py`) on spent blind batches.

For each batch: the test on every heavy account of the batch's cached events (`bench/work`,
written by `bench/monitor.py`; computed and cached here if absent), then, per campaign family and
benign kind with heavy accounts, how many were tested, the smallest p-value, and how many reach
p ≤ 1e-5 and p ≤ 1e-6; then models X and XS scored on the batch (the cached analysis with the
test's fields added, which this script writes back so later `--reuse` readers have them).
Use it only on batches whose blind run is reported (`monitor_diagnose.UNSPENT`): a figure from it is
design data, never a result. Writes `bench/results/monitor_substream.md`.

    python bench/monitor_substream.py 81-88
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rich.console import Console  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import ScanParams, assess, connect  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from distillguard.monitor.substream import substream_tests  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402

RESULTS = ROOT / "bench" / "results"
MODELS = {"X": RESULTS / "monitor_calibration_x.json", "XS": RESULTS / "monitor_calibration_xs.json"}
console = Console(stderr=True)


def batch_range(text: str) -> list[int]:
    first, _, last = text.partition("-")
    try:
        lo, hi = int(first), int(last or first)
    except ValueError:
        raise SystemExit(f"monitor_substream: want FIRST-LAST (e.g. 81-88), got {text!r}") from None
    return list(range(lo, hi + 1))


def tested(number: int) -> tuple[dict, dict, dict]:
    """(the test per heavy account, the batch's truth, its cached analysis with the test's fields)."""
    module = f"monitor_blind{number}"
    analysis, truth = M.batch_analysis(module, 0, reuse=True)
    con = connect(ScanParams())
    try:
        load_events(con, M.WORK / f"{module}-0.parquet")
        tests = substream_tests(con)
    finally:
        con.close()
    for account, values in tests.items():
        analysis.rows[account].update(values)
    (M.WORK / f"{module}-0.analysis.pkl").write_bytes(pickle.dumps(analysis))
    return tests, truth, analysis


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", type=batch_range, help="spent blind batches FIRST-LAST")
    args = parser.parse_args(argv)
    unspent = [n for n in args.batches if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        raise SystemExit(f"monitor_substream: batch {unspent[0]} is unspent (monitor_diagnose.UNSPENT)")
    cals = {name: Calibration.load(path) for name, path in MODELS.items()}
    groups: dict[str, list[float]] = defaultdict(list)
    lines = ["# Sub-stream test on spent blind batches (design data for side model XS)", "",
             f"`python bench/monitor_substream.py {args.batches[0]}-{args.batches[-1]}`", "",
             "| batch | X campaign | X benign | XS campaign | XS benign |", "|---|---|---|---|---|"]
    for number in args.batches:
        console.print(f"batch {number}")
        tests, truth, analysis = tested(number)
        for account, values in tests.items():
            fact = truth["accounts"].get(account)
            if fact is not None and values["substream_p"] is not None:
                groups[f"{fact['label']}:{fact['family']}@{number}"].append(values["substream_p"])
        cells = []
        for cal in cals.values():
            result = M.evaluate(assess(analysis, cal), truth)
            caught = sum(k for k, _ in result["recall"].values())
            total = sum(n for _, n in result["recall"].values())
            cells += [f"{caught}/{total}", f"{result['benign_fp'][0]}/{result['benign_fp'][1]}"]
        lines.append(f"| {number} | " + " | ".join(cells) + " |")
    lines += ["", "Heavy accounts tested (at least 300 events, 5 or more shaped requests, shaped ones a minority):", "",
              "| group @ batch | tested | smallest p | p ≤ 1e-5 | p ≤ 1e-6 |", "|---|---|---|---|---|"]
    benign = [p for g, ps in groups.items() if g.startswith("benign") for p in ps]
    for group in sorted(groups, key=lambda g: (not g.startswith("campaign"), min(groups[g]))):
        ps = groups[group]
        lines.append(f"| {group} | {len(ps)} | {min(ps):.2g} | {sum(p <= 1e-5 for p in ps)} | {sum(p <= 1e-6 for p in ps)} |")
    lines += ["", f"Benign heavy accounts tested: {len(benign)}; smallest p {min(benign, default=1):.2g}; "
              f"at p ≤ 1e-5: {sum(p <= 1e-5 for p in benign)}."]
    text = "\n".join(lines) + "\n"
    (RESULTS / "monitor_substream.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
