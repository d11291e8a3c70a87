"""Self-check: generate seed 0 and print per-family account and event counts."""

from __future__ import annotations

import collections
import time

from bench.monitor_blind3 import make_blind_batch


def main() -> None:
    """Build seed 0 with 2,000 benign accounts and summarise it."""
    t = time.perf_counter()
    table, truth = make_blind_batch(0)
    took = time.perf_counter() - t
    fam_of = {a: (v["label"], v["family"]) for a, v in truth["accounts"].items()}
    events: collections.Counter[tuple[str, str]] = collections.Counter()
    active: collections.Counter[tuple[str, str]] = collections.Counter()
    for acct, n in zip(*table["account_id"].combine_chunks().value_counts().flatten(), strict=True):
        events[fam_of[acct.as_py()]] += n.as_py()
        active[fam_of[acct.as_py()]] += 1
    accts = collections.Counter(fam_of.values())
    print(f"{'label':9} {'family':28} {'accounts':>8} {'active':>7} {'events':>8}")
    for key in sorted(accts, key=lambda k: (k[0], k[1])):
        print(f"{key[0]:9} {key[1]:28} {accts[key]:8d} {active[key]:7d} {events[key]:8d}")
    print(f"total events {truth['events']}, campaigns {len(truth['campaigns'])}, generated in {took:.1f} s")
    print(table.schema)


if __name__ == "__main__":
    main()
