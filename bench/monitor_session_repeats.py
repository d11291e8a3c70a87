"""Resampling read over a session, on spent data — a diagnosis of batches already seen, never a result.

The shipped resampling reading (`features.resample_features`, `scoring.resample_evidence` and its
fresh reading) counts a request that repeats the prompt its account sent *just before*. Blind batch
57's soft-label and best-of-n family sent each item 4–12 times within a second with the item's
variants interleaved (A, B, A, B …), so only a third of its repeats were back to back and every model
read none of it (0/5). This script asks what a reading over the whole session would do: for every
account of every spent blind batch, the share of its requests whose exact prompt it already sent
earlier in the same session (gaps under `features.SESSION_GAP_S`), beside the back-to-back share, both
put through the shipped ramp (`scoring.resample_evidence`: none up to 0.7 of requests, full at 0.9,
weighted by volume). It counts, per campaign family and benign kind, the accounts whose evidence
reaches 0.5 under each reading — where the two differ. No model reads the session share; a model
that did would first be frozen and judged on a batch written after it.

    python bench/monitor_session_repeats.py [--last 57]   → bench/results/monitor_session_repeats.md
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

from distillguard.monitor.features import SESSION_GAP_S, resample_features  # noqa: E402
from distillguard.monitor.scoring import resample_evidence  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402
from monitor_followups import batch_step  # noqa: E402

OUT = ROOT / "bench" / "results" / "monitor_session_repeats.md"
LEVEL = 0.5  # the evidence counted as "read"

IN_SESSION_SQL = f"""
WITH g AS (SELECT account_id, ph, ts, row_no,
           lag(ts) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ts FROM ev),
s AS (SELECT *, sum(CASE WHEN prev_ts IS NULL OR ts - prev_ts >= {SESSION_GAP_S} THEN 1 ELSE 0 END)
           OVER (PARTITION BY account_id ORDER BY ts, row_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
           AS session FROM g),
r AS (SELECT *, row_number() OVER (PARTITION BY account_id, session, ph ORDER BY ts, row_no) AS nth FROM s)
SELECT account_id, count(*)::DOUBLE AS n_events, sum(CASE WHEN nth > 1 THEN 1 ELSE 0 END)::DOUBLE AS n_in_session
FROM r GROUP BY account_id
"""


def session_repeats(con) -> list[dict]:
    """Each account's requests (`n_events`), its repeats of a prompt sent earlier in the same session
    (`n_in_session`) and the shipped back-to-back count (`n_back_to_back`: `features.resample_features`'
    `n_resample`, which lists only accounts with a repeat)."""
    resample_features(con)
    back = {r["account_id"]: float(r["n_resample"]) for r in con.arrow("SELECT * FROM f_resample").to_pylist()}
    rows = con.arrow(IN_SESSION_SQL).to_pylist()
    return [{**row, "n_back_to_back": back.get(row["account_id"], 0.0)} for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--last", type=int, default=57, help="the last spent batch to read")
    args = parser.parse_args()
    modules = [m for m in spent_through(args.last) if m not in UNSPENT]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for module in track(modules, description="spent batches"):
        rows, truth = batch_step(module, session_repeats)
        for row in rows:
            fact = truth["accounts"].get(row["account_id"])
            if fact is None:
                continue
            key = (fact["label"], fact["family"])
            back = resample_evidence(row["n_back_to_back"], row["n_events"]) >= LEVEL
            session = resample_evidence(row["n_in_session"], row["n_events"]) >= LEVEL
            counts[key][0] += 1
            counts[key][1] += back
            counts[key][2] += session
            if back or session:
                where[key].add(module.removeprefix("monitor_blind") or "1")
    lines = [
        "# Resampling read over a session, on spent data (a diagnosis, not a result)",
        "",
        f"`python bench/monitor_session_repeats.py --last {args.last}`: batches 1–{args.last} at seed 0, every one "
        "already reported blind. Accounts whose resampling evidence (`scoring.resample_evidence`: none up to 0.7 of "
        f"requests, full at 0.9) reaches {LEVEL} when repeats are counted back to back (the shipped reading) and "
        "when any earlier request of the same session counts; families and kinds where either reads anything.",
        "",
        "| label | family / kind | accounts | back to back | in session | batches |",
        "|---|---|---:|---:|---:|---|",
    ]
    for (label, name), c in sorted(counts.items(), key=lambda kv: (kv[0][0], -(kv[1][2] - kv[1][1]), kv[0][1])):
        if c[1] or c[2]:
            batches = ", ".join(sorted(where[(label, name)], key=int))
            lines.append(f"| {label} | {name} | {c[0]} | {c[1]} | {c[2]} | {batches} |")
    for lab in ("campaign", "benign"):
        tot = [sum(c[i] for (lb, _), c in counts.items() if lb == lab) for i in range(3)]
        lines.append(f"| **{lab}** | all | {tot[0]:,} | {tot[1]:,} | {tot[2]:,} | |")
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
