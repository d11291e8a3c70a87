"""Design data for side model XMCT: public-corpus prompts sent in the corpus's order.

`monitor/corpus_order.py` counts, per account, the ascents among its distinct sampled public-corpus
prompts in the order it first sent them, and the exact p-value of that many under a random order.
This computes it on spent blind batches — each batch's cached events (`bench/work`), sampled as the
scan samples them — and tabulates, for each p-value bar, the accounts that reach it by label and by
family or kind (design data, never a result: the bar is chosen by looking at these batches). Every
blind batch shares one background population (seed 0, 2,000 accounts), so a background account that
reaches a bar does so in every batch: the table counts the background once, apart from the batches'
own families and kinds.

    python bench/monitor_corpus_order.py 185-288
    python bench/monitor_corpus_order.py 289-296 --results-name monitor_corpus_order_289_296
        (XMCT's blind batches, once spent: the same table, the frozen bar marked)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT)]

import pandas as pd  # noqa: E402
from rich.progress import track  # noqa: E402

from distillguard.monitor import features as F  # noqa: E402
from distillguard.monitor.corpus_order import order_tests  # noqa: E402
from distillguard.monitor.engine import open_engine  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scoring import ORDER_P  # noqa: E402
from monitor_design_data import RESULTS, console, spent_numbers  # noqa: E402

WORK = ROOT / "bench" / "work"
BARS = (1e-4, 1e-5, 1e-6, 1e-7, 1e-8)
BACKGROUND = "ordinary_user"  # the shared background population's kind (bench/blind_batch.py)


def batch_orders(number: int) -> pd.DataFrame:
    """One row per account of a spent batch with at least two sampled public prompts: its order
    test and its truth (cached under bench/work/corpus_order)."""
    cache = WORK / "corpus_order" / f"{number}.parquet"
    if cache.exists():
        return pd.read_parquet(cache)
    events = WORK / f"monitor_blind{number}-0.parquet"
    if not events.exists():
        sys.exit(f"error: {events} is missing: run the batch once through bench/monitor.py first")
    con = open_engine("duckdb")
    try:
        load_events(con, events, skip_invalid=True)  # a batch with bad rows is run as `--skip-invalid` runs it
        F.sample_prompts(con, F.FeatureParams())
        tests = order_tests(con)
    finally:
        con.close()
    _, truth = importlib.import_module(f"monitor_blind{number}").make_blind_batch(0)
    facts = truth["accounts"]
    frame = pd.DataFrame(
        [{"batch": number, "account_id": a, **v, "label": facts.get(a, {}).get("label", "?"),
          "family": facts.get(a, {}).get("family", "?")} for a, v in tests.items()])
    cache.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(cache)
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--results-name", default="monitor_corpus_order",
                        help="write bench/results/NAME.md (default: the design data's table)")
    args = parser.parse_args()
    numbers = spent_numbers(args.batches)
    frames = [batch_orders(n) for n in track(numbers, description="ordering spent batches", console=console)]
    data = pd.concat(frames, ignore_index=True)
    background = data[data.family == BACKGROUND].drop_duplicates("account_id")
    own = data[data.family != BACKGROUND]
    design = args.results_name == "monitor_corpus_order"
    command = f"python bench/monitor_corpus_order.py {args.batches}" + (
        "" if design else f" --results-name {args.results_name}")
    what = ("design data: every batch here was run blind before; not a result" if design else
            f"each batch run once blind by the frozen XMCT before this; its bar is {ORDER_P:g}")
    totals = Counter(own.label)
    lines = [
        f"# Side model XMCT's {'design data' if design else 'blind batches'}: public prompts in corpus order, "
        f"batches {args.batches}",
        "",
        f"`{command}` ({what}). Accounts with at least two distinct sampled public-corpus prompts: "
        f"{totals['campaign']:,} campaign and {totals['benign']:,} benign accounts of the batches' own families "
        f"and kinds, and {len(background):,} accounts of the shared background population (counted once).",
        "",
        "| ascent p-value at most | campaign accounts | benign accounts (batches' own kinds) | background accounts |",
        "|---|---|---|---|",
    ]
    for bar in BARS:
        hit = own[own.order_p <= bar]
        lines.append(f"| {bar:g} | {int((hit.label == 'campaign').sum()):,} | {int((hit.label == 'benign').sum()):,} "
                     f"| {int((background.order_p <= bar).sum()):,} |")
    lines += ["", f"Per batch and family or kind, the accounts at each bar (p ≤ {BARS[0]:g}; n: sampled public "
              "prompts, median):", "", "| label | batch and family or kind | accounts tested | median n | "
              + " | ".join(f"≤ {b:g}" for b in BARS) + " |", "|---|---|---|---|" + "---|" * len(BARS)]
    for (label, number, family), group in own.groupby(["label", "batch", "family"]):
        if (group.order_p <= BARS[0]).any():
            counts = " | ".join(str(int((group.order_p <= b).sum())) for b in BARS)
            lines.append(f"| {label} | {number} {family} | {len(group)} | {int(group.order_n.median())} | {counts} |")
    (RESULTS / f"{args.results_name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
