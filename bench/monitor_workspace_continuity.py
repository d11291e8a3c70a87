"""Design data for an idea that was dropped: clearing developers' coding agents by workspace continuity.

Developers' coding agents are the largest recurring benign flag on the blind batches (234's, 235's,
243's and 244's kinds: 101 of model XMCD's 210 benign flags on 233–248). A developer's agent works in
one project for days, so its sessions should share words of their own (file, function and repository
names) that few other accounts use; a trajectory harvest brings a new task to every episode. This
prints, per campaign family and benign kind, the median over accounts with at least three sessions
of the share of an account's sessions that share at least two *rare* words (used by at most
`RARE_ACCOUNTS` accounts of the batch) with another of its sessions. Sessions are split at gaps of
more than 30 minutes; words are lowercase runs of four or more letters, digits or underscores in the
first 3,000 characters of each prompt.

What it showed on spent batches 234, 235, 243 and 244: the simulated coding agents have almost none
(medians 0, 0, 0.09 and 0 for sak_yant, stiletto, birchbark_box and tutua), while one trajectory
harvest (234's marelle) has 0.75 — it would clear harvests rather than developers here, so no signal
was built. Design data on spent batches only (`monitor_diagnose.UNSPENT` is refused), never a result.

    python bench/monitor_workspace_continuity.py 234 235 243 244
"""

from __future__ import annotations

import argparse
import importlib
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))  # the batches import bench.blind_batch

from monitor_diagnose import UNSPENT  # noqa: E402

WORD = re.compile(r"[a-z][a-z0-9_]{3,}")
SESSION_GAP_S = 1800.0
RARE_ACCOUNTS = 3
TEXT_CHARS = 3000


def continuity(events: list[tuple[str, float, str]]) -> dict[str, float]:
    """Account → the share of its sessions sharing at least two rare words with another of its
    sessions (accounts with at least three sessions); `events` are (account, ts, prompt)."""
    sessions: dict[str, list[set[str]]] = defaultdict(list)
    last: dict[str, float] = {}
    for account, ts, prompt in sorted(events, key=lambda e: (e[0], e[1])):
        if account not in last or ts - last[account] > SESSION_GAP_S:
            sessions[account].append(set())
        last[account] = ts
        sessions[account][-1].update(WORD.findall((prompt or "")[:TEXT_CHARS].lower()))
    used_by = Counter(word for parts in sessions.values() for word in set().union(*parts))
    out = {}
    for account, parts in sessions.items():
        if len(parts) < 3:
            continue
        rare = [{w for w in part if used_by[w] <= RARE_ACCOUNTS} for part in parts]
        seen = Counter(w for part in rare for w in part)
        out[account] = sum(sum(seen[w] >= 2 for w in part) >= 2 for part in rare) / len(rare)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", type=int, nargs="+", help="spent blind batch numbers")
    args = parser.parse_args()
    for number in args.batches:
        name = f"monitor_blind{number}"
        if name in UNSPENT:
            raise SystemExit(f"{name} is unspent: run it blind first")
        table, truth = importlib.import_module(name).make_blind_batch(0)
        shares = continuity(list(zip(table.column("account_id").to_pylist(), table.column("ts").to_pylist(),
                                     table.column("prompt").to_pylist(), strict=True)))
        groups: dict[str, list[float]] = defaultdict(list)
        for account, share in shares.items():
            fact = truth["accounts"].get(account, {})
            groups[f"{str(fact.get('label', '?'))[:4]} {fact.get('family')}"].append(share)
        print(f"batch {number}: family or kind, accounts with three sessions or more, median continuity")
        for group, values in sorted(groups.items()):
            print(f"  {group:34} {len(values):5}  {statistics.median(values):.2f}")


if __name__ == "__main__":
    main()
