"""Design data for side model XMCV: suspect crowds (`crowds.suspect_crowds`).

On spent blind batches, for every variant of the rule — neighbours' cosine C, their count K, the
arrival bar (XMCQ's 0.65 of them arrived, or none) and the split bar P (at most that share of the
crowd's at least 20 distinct long prompts sent by two or more of it; "-" for no split read, the first
variant, XMCU) — the accounts the rule adds to the base model (the shipped XMCT unless `--base`), by
label, on each half of the range. The suspects are the accounts whose own evidence is within the base's
inherit margin, as `scan.assess` reads it. A long prompt here is an event's exact text longer than
`phrases.MAX_CHARS` characters in the batch's cached events (`bench/work`), the same prompts the scan
reads by the trimmed length it keeps. Design data, never a result: the variant is chosen by looking at
these batches (the rule it was chosen by is in `docs/monitor.md`, side model XMCV).

    python bench/monitor_suspect_crowds.py 249-312
    python bench/monitor_suspect_crowds.py 249-328 --base bench/results/monitor_calibration_xmcto.json \
        --results-name monitor_suspect_crowds_xmcw      (side model XMCW's card bar, over the shipped XMCTO)
    python bench/monitor_suspect_crowds.py 313-320 --changes --results-name monitor_suspect_crowds_313_320
        (XMCV's blind batches, once spent: the accounts the frozen XMCV flags and XMCT does not, or the
        other way, by batch and family or kind — through the whole assessment)
    python bench/monitor_suspect_crowds.py 329-336 --changes --base bench/results/monitor_calibration_xmcto.json \
        --model xmcw --results-name monitor_suspect_crowds_329_336      (XMCW's, against XMCTO)
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT)]

import duckdb  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import scan as S  # noqa: E402
from distillguard.monitor.crowds import (  # noqa: E402
    ARRIVED_AFTER_S,
    arrival_reference,
    centred_unit,
    repeated_share,
)
from distillguard.monitor.phrases import MAX_CHARS  # noqa: E402
from distillguard.monitor.scoring import Calibration, logit  # noqa: E402
from monitor_design_data import RESULTS, console, report, spent_numbers  # noqa: E402

COSINES = (0.5, 0.6, 0.7)
COUNTS = (5, 10, 20)
SPLITS = (None, 0.01, 0.02, 0.05)
CARD_BARS = (1, 2, 3, 5)  # side model XMCW: at most this many accounts on the member's busiest card
XMCV = (0.6, 5, True, 0.05)  # XMCV's four numbers, which XMCW keeps
MIN_PROMPTS = 20
def note_changes(model: str, base: str) -> str:
    """What the totals of `--changes` are on the model's own blind batches."""
    return (f" On {model.upper()}'s own blind batches the totals are those of the frozen models' one blind run each "
            f"(`bench/results/monitor_blindNNN_{model}.json`, `…_{base}.json`); this lists the accounts apart.")


def own_scores(analysis, cal: Calibration) -> dict[str, float]:
    """Each account's own score, as `scan.assess` reads it before clusters and crowds."""
    ref = S.assessment_reference(analysis, cal)
    return {a: S.read(S.evidences(r, ref), cal).risk for a, r in analysis.rows.items()}


def long_prompts(number: int, accounts: list[str]) -> dict[str, frozenset[int]]:
    """Account → the hashes of its distinct event texts longer than `MAX_CHARS`, for `accounts`."""
    con = duckdb.connect()
    con.register("wanted", pa.table({"account_id": pa.array(accounts, type=pa.string())}))
    rows = con.execute(
        f"SELECT DISTINCT account_id::VARCHAR, hash(prompt::VARCHAR) FROM read_parquet(?) JOIN wanted "
        f"USING (account_id) WHERE length(prompt::VARCHAR) > {int(MAX_CHARS)}",
        [str(M.WORK / f"monitor_blind{number}-0.parquet")]).fetchall()
    out: dict[str, set[int]] = {}
    for account, key in rows:
        out.setdefault(account, set()).add(int(key))
    return {a: frozenset(k) for a, k in out.items()}


def batch_counts(number: int, cal: Calibration) -> Counter:
    """(C, K, arrival, P, label) → accounts the variant adds to `cal`'s flags on one batch."""
    analysis, truth = M.batch_analysis(f"monitor_blind{number}", 0, reuse=True)
    flagged = {a["account_id"] for a in S.assess(analysis, cal)["accounts"] if a["flagged"]}
    own = own_scores(analysis, cal)
    names = [a for a in analysis.centroids if a in analysis.rows]
    unit = centred_unit(np.stack([analysis.centroids[a] for a in names]))
    first = {a: float(r["first_ts"]) for a, r in analysis.rows.items()}
    since = arrival_reference(first, cal.crowd_arrived_quantile)
    suspects = np.flatnonzero([logit(cal.threshold) - logit(own[a]) <= cal.inherit_margin for a in names])
    late = np.array([first[names[i]] > since + ARRIVED_AFTER_S for i in suspects])
    tasks = long_prompts(number, [names[i] for i in suspects])
    sims = unit[suspects] @ unit[suspects].T
    np.fill_diagonal(sims, -1.0)
    counts: Counter = Counter()
    for row, i in enumerate(suspects):
        account = names[i]
        if account in flagged:
            continue
        label = truth["accounts"].get(account, {}).get("label", "benign")
        for cosine in COSINES:
            near = np.flatnonzero(sims[row] >= cosine)
            if len(near) < min(COUNTS):
                continue
            count, share = repeated_share([account, *(names[suspects[j]] for j in near)], tasks)
            for k, arrived, split in itertools.product(COUNTS, (False, True), SPLITS):
                if len(near) < k or (arrived and late[near].mean() < (cal.crowd_arrived or 0.0)):
                    continue
                if split is not None and (count < MIN_PROMPTS or share > split):
                    continue
                counts[(cosine, k, arrived, split, label)] += 1
                if (cosine, k, arrived, split) == XMCV:
                    cards = int(analysis.rows[account].get("card_accounts") or 0)
                    for bar in CARD_BARS:
                        if cards <= bar:
                            counts[("cards", bar, label)] += 1
    return counts


def halves(first: Counter, second: Counter, key: tuple) -> str:
    """A variant's table cells: campaign/benign accounts added on each half, and whether both halves keep
    at most one benign account per five campaign accounts."""
    a, b = first[(*key, "campaign")], first[(*key, "benign")]
    c, d = second[(*key, "campaign")], second[(*key, "benign")]
    ok = a > 0 and c > 0 and 5 * b <= a and 5 * d <= c
    return f"+{a}/+{b} | +{c}/+{d} | {'yes' if ok else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="FIRST-LAST spent blind batches (split into two halves)")
    parser.add_argument("--base", type=Path, default=RESULTS / "monitor_calibration_xmct.json")
    parser.add_argument("--results-name", default="monitor_suspect_crowds")
    parser.add_argument("--changes", action="store_true",
                        help="the frozen XMCV against the base, account by account, instead of the grid")
    parser.add_argument("--model", default="xmcv", choices=("xmcv", "xmcw"),
                        help="with --changes: which frozen model (XMCW against the base XMCTO, say)")
    args = parser.parse_args()
    if args.changes:
        models = {"base": Calibration.load(args.base),
                  args.model: Calibration.load(RESULTS / f"monitor_calibration_{args.model}.json")}
        base = "" if args.base == RESULTS / "monitor_calibration_xmct.json" else f" --base {args.base.as_posix()}"
        model = "" if args.model == "xmcv" else f" --model {args.model}"
        report(args.batches, models, f"# Side model {args.model.upper()} against its base over {args.batches}",
               f"python bench/monitor_suspect_crowds.py {args.batches} --changes{base}{model} "
               f"--results-name {args.results_name}",
               f"{args.results_name}.md", note_changes(args.model, args.base.stem.removeprefix("monitor_calibration_")))
        return
    numbers = spent_numbers(args.batches)
    cal = Calibration.load(args.base)
    half = numbers[: len(numbers) // 2]
    first, second = Counter(), Counter()
    for number in track(numbers, description="suspect crowds on spent batches", console=console):
        (first if number in half else second).update(batch_counts(number, cal))
    lines = [f"# Suspect crowds over {args.batches} (side model XMCV's design data)", "",
             f"`python bench/monitor_suspect_crowds.py {args.batches}` (design data: every batch here was run blind "
             "before; not a result). Accounts added to the base's flags (campaign / benign) on each half.", "",
             f"| cosine | neighbours | arrived | split bar | {half[0]}-{half[-1]} | {numbers[len(half)]}-{numbers[-1]} "
             "| within 1:5 on both |", "|---|---|---|---|---|---|---|"]
    for cosine, k, arrived, split in itertools.product(COSINES, COUNTS, (False, True), SPLITS):
        key = (cosine, k, arrived, split)
        lines.append(f"| {cosine:g} | {k} | {'yes' if arrived else 'no'} | {'-' if split is None else f'{split:.0%}'} "
                     f"| {halves(first, second, key)} |")
    lines += ["", "Side model XMCW: XMCV's four numbers, and a member flagged only if its busiest card pays for at most "
              "this many accounts (`card_accounts`; no card: 0):", "",
              f"| card pays for at most | {half[0]}-{half[-1]} | {numbers[len(half)]}-{numbers[-1]} | within 1:5 on both |",
              "|---|---|---|---|"]
    for bar in CARD_BARS:
        lines.append(f"| {bar} | {halves(first, second, ('cards', bar))} |")
    (RESULTS / f"{args.results_name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.print("\n".join(lines))


if __name__ == "__main__":
    main()
