"""Ideas tried on spent data after blind batches 34 and 35 and not shipped — a diagnosis, not results.

Batch 34 cost the shipped model P most on two things: a course's students flagged by output yield
alone (bridle, 33/33) and a relay of throw-away keys no model caught (jibe, 0–1/28). Four ideas were
read on the simulator's seeds 1–4 and spent batches 1–34 (every one of them seen before it was run
here; the blind figures are in monitor_history.md):

1. **payment with no weight of its own** — one card paying for many organisations says who
   controls them, not what they take (the rule automation and the throwaway signal already follow):
   model P with `payment` at weight 0 (it still counts through the coordination products and as
   a hard link).
2. **output yield needing more volume** — `scoring.yield_evidence` reaches full weight at 20
   requests; a student who reads 60 long answers has taken a textbook, not a training set: the
   volume ramp at 40, 80 and 150 requests instead.
3. **relays** — accounts whose lifetimes (≤ 12 h, ≥ 10 requests) follow one another within an hour
   on one network (IPv4 /16, IPv6 /32): the longest such chain through each account, per family.
4. **re-asks** — the share of an account's prompts its organisation already sent an hour or more
   before (a suite re-run, classmates' shared problems; a distiller gains nothing from an answer it
   already has), per family.
5. **what flags alone** — model P's flags on batches 20 and later split by what decided them: one
   signal (or product) of the weights that reaches the threshold by itself, the weights together,
   the trees, or the cluster (inherited); benign and campaign accounts side by side, so a rule
   that would stop one signal flagging alone is read with its cost.

    python bench/monitor_ideas.py   → bench/results/monitor_ideas.md (~10 min)
"""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from rich.progress import track  # noqa: E402

import monitor as M  # noqa: E402
from distillguard.monitor import scoring as S  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from distillguard.sim.builder import write_events  # noqa: E402
from monitor_fit_l import load_all, spent_through  # noqa: E402

LAST = 35
ALONE_FROM = 20  # section 5: batches 20 and later (P's weights fitted through 7; its trees, M's, through 20, so batch 20 is in their fit)
OUT = ROOT / "bench" / "results" / "monitor_ideas.md"
RAMPS = (40, 80, 150)
RELAY_GAP_S, RELAY_LIFE_S, RELAY_MIN_EVENTS = 3600, 12 * 3600, 10
REASK_GAP_S = 3600


def yield_ramp(full_at: int):
    """`scoring.yield_evidence` with its volume weight full at `full_at` requests instead of 20."""

    def evidence(mean_completion: float, reference: float, events: float) -> float:
        if reference <= 0 or mean_completion <= reference:
            return 0.0
        return float(np.clip(math.log2(mean_completion / reference), 0.0, 1.0) * min(1.0, events / full_at))

    return evidence


def label(truth: dict, account: str) -> str:
    t = truth["accounts"].get(account, {})
    return t.get("family") if t.get("label") == "campaign" else f"benign:{t.get('kind') or t.get('family')}"


def variants(data: dict, base: Calibration) -> tuple[list[str], dict, dict]:
    """Per data set and variant: (campaign accounts flagged, benign flagged); per family / kind."""
    no_pay = replace(base, weights={**base.weights, "payment": 0.0})
    runs = {"P": (base, S.yield_evidence), "payment 0": (no_pay, S.yield_evidence)}
    runs.update({f"yield full at {n}": (base, yield_ramp(n)) for n in RAMPS})
    totals: dict = defaultdict(Counter)
    groups: dict = defaultdict(Counter)
    original = S.yield_evidence
    try:
        for name, (analysis, truth) in track(list(data.items()), description="variants"):
            for run, (cal, evidence) in runs.items():
                S.yield_evidence = evidence
                flagged = {a["account_id"] for a in assess(analysis, cal)["accounts"] if a["flagged"]}
                for account in analysis.rows:
                    lab = label(truth, account)
                    if not lab.startswith("benign:"):
                        groups[(name, lab)]["n"] += run == "P"
                    groups[(name, lab)][run] += account in flagged
                campaign = sum(1 for a in flagged if not label(truth, a).startswith("benign:"))
                totals[name][run] = (campaign, len(flagged) - campaign)
    finally:
        S.yield_evidence = original
    return list(runs), totals, groups


def events_path(batch: str) -> Path:
    path = M.WORK / f"{batch}-0.parquet"
    if not path.exists():
        import importlib

        write_events(importlib.import_module(batch).make_blind_batch(0)[0], path)
    return path


def relay_chains(batch: str) -> dict[str, int]:
    """Longest relay chain through each account that is in one (accounts not in any: absent)."""
    pairs = duckdb.sql(f"""
        WITH a AS (SELECT account_id, min(ts) AS f, max(ts) AS l, count(*) AS n,
                     mode(CASE WHEN ip LIKE '%:%' THEN split_part(ip, ':', 1) || ':' || split_part(ip, ':', 2)
                          ELSE split_part(ip, '.', 1) || '.' || split_part(ip, '.', 2) END) AS net
                   FROM read_parquet('{events_path(batch)}') GROUP BY 1)
        SELECT x.account_id, y.account_id FROM a x JOIN a y
          ON y.f > x.l AND y.f <= x.l + {RELAY_GAP_S} AND x.net = y.net
         AND x.l - x.f <= {RELAY_LIFE_S} AND y.l - y.f <= {RELAY_LIFE_S}
         AND x.n >= {RELAY_MIN_EVENTS} AND y.n >= {RELAY_MIN_EVENTS}""").fetchall()
    after, before = defaultdict(set), defaultdict(set)
    for x, y in pairs:
        after[x].add(y)
        before[y].add(x)
    memo: dict = {}

    def run(a: str, links: dict) -> int:  # a DAG: every link goes forward in time
        key = (a, id(links))
        if key not in memo:
            memo[key] = 1 + max((run(b, links) for b in links[a]), default=0)
        return memo[key]

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    return {a: run(a, after) + run(a, before) - 1 for a in set(after) | set(before)}


def reask_share(batch: str) -> dict[str, float]:
    rows = duckdb.sql(f"""
        WITH e AS (SELECT account_id, org_id, ts, hash(prompt) AS h FROM read_parquet('{events_path(batch)}')),
             first AS (SELECT org_id, h, min(ts) AS t0 FROM e GROUP BY 1, 2)
        SELECT account_id, avg(CASE WHEN e.ts >= first.t0 + {REASK_GAP_S} THEN 1 ELSE 0 END)
        FROM e JOIN first USING (org_id, h) GROUP BY 1""").fetchall()
    return dict(rows)


def decided_by(account: dict, cal: Calibration) -> str:
    """What flagged an account: the one weighted term that reaches the threshold alone, the weights
    together, the trees, or its cluster (own score under the threshold)."""
    if account["signals"]["own_score"] < cal.threshold:
        return "cluster (inherited)"
    if account.get("scored_by") == "trees":
        return "trees"
    alone = S.logit(cal.threshold) - cal.bias
    top = max((account.get("contributions") or {}).items(), key=lambda kv: kv[1], default=("", 0.0))
    return f"{top[0]} alone" if top[1] >= alone else "weights together"


def flags_alone(data: dict, cal: Calibration) -> dict:
    counts: dict = defaultdict(Counter)
    for name, (analysis, truth) in data.items():
        if not name.startswith("monitor_blind") or name == "monitor_blind":
            continue
        if int(name.removeprefix("monitor_blind")) < ALONE_FROM:
            continue
        for account in assess(analysis, cal)["accounts"]:
            if account["flagged"]:
                side = "benign" if label(truth, account["account_id"]).startswith("benign:") else "campaign"
                counts[decided_by(account, cal)][side] += 1
    return counts


def main() -> None:
    base = Calibration.load(ROOT / "bench" / "results" / "monitor_calibration_p.json")
    data = load_all(spent_through(LAST))
    runs, totals, groups = variants(data, base)
    lines = [
        "# Ideas tried after blind batches 34 and 35 (spent data; not shipped)",
        "",
        "`python bench/monitor_ideas.py` — see its docstring. Every data set here was seen before this was run.",
        "",
        "## 1–2. Variants of model P: campaign accounts flagged / benign accounts flagged",
        "",
        "| data | " + " | ".join(runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    grand: dict = defaultdict(lambda: [0, 0])
    for name, per in totals.items():
        lines.append(f"| {name} | " + " | ".join(f"{per[r][0]} / {per[r][1]}" for r in runs) + " |")
        for r in runs:
            grand[r][0] += per[r][0]
            grand[r][1] += per[r][1]
    lines.append("| **all** | " + " | ".join(f"**{grand[r][0]:,} / {grand[r][1]}**" for r in runs) + " |")
    lines += ["", "Families and kinds where a variant differs from P:", "",
              "| data | family / kind | accounts | " + " | ".join(runs) + " |", "|---|---|---|" + "---|" * len(runs)]
    for (name, lab), c in groups.items():
        if len({c[r] for r in runs}) > 1:
            lines.append(f"| {name} | {lab} | {c['n'] or ''} | " + " | ".join(str(c[r]) for r in runs) + " |")
    batches = spent_through(LAST)
    chains: dict = defaultdict(list)
    reasks: dict = defaultdict(list)
    for batch in track(batches, description="relays, re-asks"):
        truth = M.batch_analysis(batch, 0, reuse=True)[1]
        for account, n in relay_chains(batch).items():
            chains[(batch, label(truth, account))].append(n)
        for account, share in reask_share(batch).items():
            reasks[(batch, label(truth, account))].append(share)
    lines += ["", f"## 3. Relays: families or kinds with an account in a chain of ≥ 3 (gap ≤ {RELAY_GAP_S // 60} min)", "",
              "| data | family / kind | accounts in a chain | longest | in a chain of ≥ 4 |", "|---|---|---|---|---|"]
    for (batch, lab), v in sorted(chains.items()):
        if max(v) >= 3:
            lines.append(f"| {batch} | {lab} | {len(v)} | {max(v)} | {sum(1 for n in v if n >= 4)} |")
    lines += ["", "## 4. Re-asks: median share of an account's prompts its organisation sent ≥ 1 h before", "",
              "Campaign families at ≥ 0.3 and benign kinds of the batches' own at ≥ 0.3 (the simulator's "
              "background kinds, the same in every batch, once):", "",
              "| data | family / kind | accounts | median | 90th percentile |", "|---|---|---|---|---|"]
    batches_with = Counter(lab for _, lab in reasks)  # the background's kinds are in every batch
    seen_background: set = set()
    for (batch, lab), v in sorted(reasks.items(), key=lambda kv: (kv[0][1].startswith("benign:"), kv[0])):
        med = float(np.median(v))
        if med < 0.3 or lab in seen_background:
            continue
        if batches_with[lab] > len(batches) // 2:
            seen_background.add(lab)
        lines.append(f"| {batch} | {lab} | {len(v)} | {med:.2f} | {float(np.quantile(v, 0.9)):.2f} |")
    alone = flags_alone(data, base)
    lines += ["", f"## 5. What decided model P's flags on batches {ALONE_FROM}–{LAST}", "",
              "| decided by | benign accounts | campaign accounts |", "|---|---|---|"]
    for how, c in sorted(alone.items(), key=lambda kv: -kv[1]["benign"] - kv[1]["campaign"] / 1000):
        lines.append(f"| {how} | {c['benign']} | {c['campaign']} |")
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
