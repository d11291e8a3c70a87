"""Design data for side model XM: the new-model sub-stream test (`substream.model_split_tests`) on spent
blind batches.

A harvest riding on a product's own traffic was on every blind batch 81-112 and the shipped model X caught
2 of 33 such keys on 105-112; XS's shape split (`substream.substream_tests`) needs the task-shape classifier
to read the harvest's prompts as shaped, and it reads few of them. The model split asks the same question
by which model a request goes to: since the release, does a heavy key's new-model traffic get longer
answers than its other traffic, beyond the population's shift, in most hours since the release? This
computes the test on each spent batch's cached events (adding its fields to the cached analysis), tabulates
the p-values per family and kind, and scores model X and XM (X with `--model-split-reach 0.5`,
`bench/results/monitor_calibration_xm.json`) on each batch. On 95-112, XM's design data; on 113 and later,
a reading of XM's blind batches after their one run. Writes `bench/results/monitor_model_split.md` (or --out).

    python bench/monitor_model_split.py 95-112
    python bench/monitor_model_split.py 113-120 --out monitor_model_split_113_120.md
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
from distillguard.monitor.substream import SPLIT_HOURS, model_split_tests  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

RESULTS = ROOT / "bench" / "results"
console = Console(stderr=True)


def tested(number: int) -> tuple[dict, dict, dict, object]:
    """(the test per heavy account, its p without the clock rule, the batch's truth, its cached
    analysis with the test's fields). One run of the step with the rule off; the rule is then applied
    to its hour shares as `substream.model_split_p` does."""
    module = f"monitor_blind{number}"
    analysis, truth = M.batch_analysis(module, 0, reuse=True)
    con = connect(ScanParams())
    try:
        load_events(con, M.WORK / f"{module}-0.parquet")
        unruled = model_split_tests(con, analysis.pivot, min_hours=0.0)
    finally:
        con.close()
    tests = {account: {**values, "split_p": values["split_p"] if values["split_hours_share"] >= SPLIT_HOURS else None}
             for account, values in unruled.items()}
    for account, values in tests.items():
        analysis.rows[account].update(values)
    (M.WORK / f"{module}-0.analysis.pkl").write_bytes(pickle.dumps(analysis))
    return tests, unruled, truth, analysis


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", type=batch_range, help="spent blind batches FIRST-LAST")
    parser.add_argument("--out", default="monitor_model_split.md", help="file name under bench/results")
    args = parser.parse_args(argv)
    unspent = [n for n in args.batches if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        raise SystemExit(f"monitor_model_split: batch {unspent[0]} is unspent (monitor_diagnose.UNSPENT)")
    cals = {name: Calibration.load(RESULTS / f"monitor_calibration_{name.lower()}.json") for name in ("X", "XM")}
    groups: dict[str, list[float]] = defaultdict(list)
    left_out: dict[str, list[float]] = defaultdict(list)
    totals = defaultdict(int)
    first, last = args.batches[0], args.batches[-1]
    role = ("design data for model XM, frozen at 7a1f06f" if last <= 112 else
            "read after XM's one blind run of each (XM frozen at 7a1f06f before 113)" if first >= 113 else
            "design data up to 112, XM's blind batches from 113")
    out = "" if args.out == "monitor_model_split.md" else f" --out {args.out}"
    lines = [f"# New-model sub-stream test on spent blind batches {first}-{last} ({role})", "",
             f"`python bench/monitor_model_split.py {first}-{last}{out}`", "",
             "| batch | X campaign | X benign | XM campaign | XM benign |", "|---|---|---|---|---|"]
    for number in args.batches:
        console.print(f"batch {number}")
        tests, unruled, truth, analysis = tested(number)
        for account, values in tests.items():
            fact = truth["accounts"].get(account)
            if fact is None:
                continue
            group = f"{fact['label']}:{fact['family']}@{number}"
            if values["split_p"] is not None:
                groups[group].append(values["split_p"])
            elif unruled[account]["split_p"] is not None:
                left_out[group].append(unruled[account]["split_p"])  # left out by the clock rule
        cells = []
        for name, cal in cals.items():
            result = M.evaluate(assess(analysis, cal), truth)
            caught = sum(k for k, _ in result["recall"].values())
            total = sum(n for _, n in result["recall"].values())
            totals[(name, "campaign")] += caught
            totals[(name, "benign")] += result["benign_fp"][0]
            cells += [f"{caught}/{total}", f"{result['benign_fp'][0]}/{result['benign_fp'][1]}"]
        lines.append(f"| {number} | " + " | ".join(cells) + " |")
    lines.append(f"| all | {totals[('X', 'campaign')]:,} | {totals[('X', 'benign')]:,} | "
                 f"{totals[('XM', 'campaign')]:,} | {totals[('XM', 'benign')]:,} |")
    lines += ["", "Heavy accounts tested (at least 300 events since the release, 20 or more sampled requests on each "
              "side, new-model requests in at least 2/3 of the hours since the release); groups with a p ≤ 1e-3:", "",
              "| group @ batch | tested | smallest p | p ≤ 1e-4 | p ≤ 1e-6 |", "|---|---|---|---|---|"]
    benign = [p for g, ps in groups.items() if g.startswith("benign") for p in ps]
    for group in sorted(groups, key=lambda g: (not g.startswith("campaign"), min(groups[g]))):
        ps = groups[group]
        if min(ps) <= 1e-3:
            lines.append(f"| {group} | {len(ps)} | {min(ps):.2g} | {sum(p <= 1e-4 for p in ps)} | "
                         f"{sum(p <= 1e-6 for p in ps)} |")
    lines += ["", f"Benign heavy accounts tested: {len(benign)}; smallest p {min(benign, default=1):.2g}; "
              f"at p ≤ 1e-4: {sum(p <= 1e-4 for p in benign)}.", "",
              f"Left out by the clock rule (new-model requests in fewer than 2/3 of the hours since the release): "
              f"{sum(map(len, left_out.values()))} accounts; those whose test would have reached p ≤ 1e-4 without it: "
              + (", ".join(f"{g} {sum(p <= 1e-4 for p in ps)} (p down to {min(ps):.1g})"
                           for g, ps in sorted(left_out.items()) if min(ps) <= 1e-4) or "none") + "."]
    text = "\n".join(lines) + "\n"
    (RESULTS / Path(args.out).name).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
