"""Follow-ups threaded across interleaved conversations, on spent data — a diagnosis, never a result.

The shipped follow-up reading (`behaviour.followup_features`, `scoring.followup_evidence`) pairs each
request with the one its account sent *just before*. Blind batch 56's reseller gateway carried a
distiller's multi-turn chains inside its customers' pass-through chat, so a chain's next turn seldom
follows its own previous turn and every model missed it (0/2). This script asks what a threaded
reading would do: a request is a quick follow-up when *any* of its account's previous `k` requests in
the same conversation window is a long answer it carries on (the shipped token rule) sooner than that
answer could be read; each parent answers at most one child (the smaller of the distinct children and
parents is counted). Its read pairs are the requests with any long answer among their `k` previous.
`k = 1` is the shipped reading (a test pins it to `n_quick_followups` / `n_read_pairs`). A last column
drops the share altogether (evidence from the count and the openings alone, as if every read pair were
quick): what reading a gateway's chains by count would cost. No model reads any of this; a model that
did would first be frozen and judged on a batch written after it.

    python bench/monitor_threaded_followups.py [--last 57] [--k 1 4 16]
        → bench/results/monitor_threaded_followups.md
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

from distillguard.monitor import behaviour as B  # noqa: E402
from distillguard.monitor.scoring import followup_evidence  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402
from monitor_followups import batch_step  # noqa: E402

OUT = ROOT / "bench" / "results" / "monitor_threaded_followups.md"
LEVEL = 0.5  # the evidence counted as "read"


def threaded_sql(ks: tuple[int, ...]) -> str:
    """Per account: read pairs and quick follow-ups within each of `ks` previous requests, and the
    median opening (the shipped `f_followup` column, joined in by the caller)."""
    deepest = max(ks)
    cols = ",\n".join(
        f"count(DISTINCT CASE WHEN back <= {k} THEN crn END)::DOUBLE AS read_{k}, "
        f"least(count(DISTINCT CASE WHEN back <= {k} AND quick THEN crn END), "
        f"count(DISTINCT CASE WHEN back <= {k} AND quick THEN prn END))::DOUBLE AS quick_{k}"
        for k in ks
    )
    return f"""
    WITH g AS (SELECT account_id, ts, prompt_tokens AS pt, completion_tokens AS ct, status,
               row_number() OVER (PARTITION BY account_id ORDER BY ts, row_no) AS rn FROM ev),
    pr AS (SELECT c.account_id, c.rn AS crn, p.rn AS prn, c.rn - p.rn AS back,
                  (c.pt >= p.pt + {B.CARRIED_SHARE} * p.ct AND c.pt <= p.pt + p.ct + {B.TURN_MAX_TOKENS}
                   AND c.ts - p.ts < p.ct / {B.READ_TOKENS_PER_S}) AS quick
           FROM g c JOIN g p ON c.account_id = p.account_id AND p.rn < c.rn AND p.rn >= c.rn - {deepest}
           WHERE c.ts - p.ts < {B.FOLLOWUP_SESSION_S} AND p.status < 400 AND p.ct >= {B.READ_MIN_TOKENS})
    SELECT account_id, {cols} FROM pr GROUP BY account_id"""


def threaded_followups(con, ks: tuple[int, ...] = (1, 4, 16)) -> list[dict]:
    """Each account's shipped follow-up columns (`behaviour.followup_features`) with `read_k` and
    `quick_k` for every k in `ks`."""
    B.followup_features(con)
    rows = {r["account_id"]: r for r in con.arrow("SELECT * FROM f_followup").to_pylist()}
    for r in con.arrow(threaded_sql(ks)).to_pylist():
        rows.setdefault(r["account_id"], {"account_id": r["account_id"]}).update(r)
    return list(rows.values())


def readings(row: dict, ks: tuple[int, ...]) -> list[float]:
    """The follow-up evidence of each threaded reading, then the count-only one."""
    opening = row.get("opening_prompt_tokens")
    opening = None if opening is None else float(opening)
    out = [followup_evidence(float(row.get(f"quick_{k}") or 0), float(row.get(f"read_{k}") or 0), opening)
           for k in ks]
    most = float(row.get(f"quick_{max(ks)}") or 0)
    return out + [followup_evidence(most, most, opening)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--last", type=int, default=57, help="the last spent batch to read")
    parser.add_argument("--k", type=int, nargs="+", default=[1, 4, 16], help="previous requests searched for a parent")
    args = parser.parse_args()
    ks = tuple(sorted(set(args.k)))
    modules = [m for m in spent_through(args.last) if m not in UNSPENT]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * (len(ks) + 2))
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for module in track(modules, description="spent batches"):
        rows, truth = batch_step(module, lambda con: threaded_followups(con, ks))
        for row in rows:
            fact = truth["accounts"].get(row["account_id"])
            if fact is None:
                continue
            key = (fact["label"], fact["family"])
            read = [ev >= LEVEL for ev in readings(row, ks)]
            counts[key][0] += 1
            for i, r in enumerate(read):
                counts[key][1 + i] += r
            if any(read):
                where[key].add(module.removeprefix("monitor_blind") or "1")
    heads = [f"within {k}" for k in ks] + [f"count only (within {max(ks)})"]
    lines = [
        "# Follow-ups threaded across interleaved conversations, on spent data (a diagnosis, not a result)",
        "",
        f"`python bench/monitor_threaded_followups.py --last {args.last} --k {' '.join(map(str, ks))}`: batches "
        f"1–{args.last} at seed 0, every one already reported blind. Accounts whose follow-up evidence "
        f"(`scoring.followup_evidence`) reaches {LEVEL} when a follow-up's parent may be any of the previous k "
        "requests (k = 1: the shipped reading), and when the share is dropped (count and openings only); "
        "families and kinds where any reading reads anything.",
        "",
        "| label | family / kind | accounts | " + " | ".join(heads) + " | batches |",
        "|---|---|---:|" + "---:|" * len(heads) + "---|",
    ]
    for (label, name), c in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if any(c[1:]):
            batches = ", ".join(sorted(where[(label, name)], key=int))
            lines.append(f"| {label} | {name} | " + " | ".join(map(str, c)) + f" | {batches} |")
    for lab in ("campaign", "benign"):
        tot = [sum(c[i] for (lb, _), c in counts.items() if lb == lab) for i in range(len(ks) + 2)]
        lines.append(f"| **{lab}** | all | " + " | ".join(f"{v:,}" for v in tot) + " | |")
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
