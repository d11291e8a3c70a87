"""One design-data report for a side model: frozen models scored on spent blind batches.

Each side model's design script (`monitor_linked_margin.py`, `monitor_payment_gate.py`,
`monitor_network_links.py`) builds its models — a base and the base with one option — and hands
them here: every batch's cached analysis (under `bench/work`, written by `bench/monitor.py`;
computed and cached if absent) is scored by each model, and the report counts flagged accounts per
model and label and lists every flag that moves against the base, per family and kind. Refuses an
unspent batch (`monitor_diagnose.UNSPENT`): a figure from it is design data, never a result.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rich.console import Console  # noqa: E402
from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import features as F  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import Analysis, ScanParams, assess, connect  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

RESULTS = ROOT / "bench" / "results"
console = Console(stderr=True)


Prepare = Callable[[str, Analysis], None]  # completes a cached analysis in place (batch name, analysis)


def recount_resampling(name: str, analysis: Analysis, names: tuple[str, ...], kept: tuple[str, ...], **options) -> None:
    """Recount the resampling counts `names` of a cached analysis from the batch's cached event file
    (`bench/work/<name>-0.parquet`) by the scan's own step (`features.resample_features(**options)`)
    and write them in (an account with no repeats: 0). The `kept` counts already cached must come out
    the same, or the analysis is not the one the file gives: a one-line error."""
    con = connect(ScanParams())
    try:
        load_events(con, ROOT / "bench" / "work" / f"{name}-0.parquet")
        F.resample_features(con, **options)
        counted = {r[0]: r[1:] for r in con.rows(f"SELECT account_id, {', '.join(names)} FROM f_resample")}
    finally:
        con.close()
    for account, row in analysis.rows.items():
        values = dict(zip(names, counted.get(account, (0,) * len(names)), strict=True))
        if any(int(row.get(k) or 0) != values[k] for k in kept):
            sys.exit(f"error: {name}: {account}'s recounted repeats differ from the cached analysis")
        row.update(values)


def changes(number: int, models: dict[str, Calibration], prepare: Prepare | None = None) -> tuple[Counter, Counter]:
    """(flagged accounts per model and label, changed flags per model, label, family and direction
    against the first model, the base). `prepare(name, analysis)`, if given, completes a cached
    analysis with counts it was cached without (e.g. `monitor_balanced_repeats.py`)."""
    analysis, truth = M.batch_analysis(f"monitor_blind{number}", 0, reuse=True)
    if prepare is not None:
        prepare(f"monitor_blind{number}", analysis)
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


def spent_numbers(batches: str) -> list[int]:
    """The batches FIRST-LAST, each spent; an unspent one (`monitor_diagnose.UNSPENT`) is a one-line
    error: a figure from it would be design data, never a result."""
    numbers = batch_range(batches)
    unspent = [n for n in numbers if f"monitor_blind{n}" in UNSPENT]
    if unspent:
        sys.exit(f"error: unspent batches {unspent}: run each once through bench/monitor.py on a frozen model")
    return numbers


def report(batches: str, models: dict[str, Calibration], title: str, command: str, out: str, note: str = "",
           prepare: Prepare | None = None) -> None:
    """Score `models` (the first the base) on the spent batches FIRST-LAST, write the report to
    `bench/results/<out>` and print it; an unspent batch is a one-line error before any scoring."""
    numbers = spent_numbers(batches)
    totals, moved = Counter(), Counter()
    for number in track(numbers, description="scoring spent batches", console=console):
        t, m = changes(number, models, prepare)
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
    (RESULTS / out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))
