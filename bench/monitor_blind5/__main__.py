"""Self-check: generate seed 0 and print per-family account and event counts."""

from __future__ import annotations

import collections
import time

from bench.monitor_blind5 import make_blind_batch


def main() -> None:
    """Build seed 0 with 2,000 benign background accounts and summarise it."""
    t = time.perf_counter()
    table, truth = make_blind_batch(0)
    took = time.perf_counter() - t
    fam_of = {a: (v["label"], v["family"]) for a, v in truth["accounts"].items()}
    events: collections.Counter[tuple[str, str]] = collections.Counter()
    active: collections.Counter[tuple[str, str]] = collections.Counter()
    values, counts = table["account_id"].combine_chunks().dictionary_decode().value_counts().flatten()
    for acct, n in zip(values.to_pylist(), counts.to_pylist(), strict=True):
        events[fam_of[acct]] += n
        active[fam_of[acct]] += 1
    accts = collections.Counter(fam_of.values())
    print(f"{'label':9} {'family':30} {'accounts':>8} {'active':>7} {'events':>8}")
    for key in sorted(accts):
        print(f"{key[0]:9} {key[1]:30} {accts[key]:8d} {active[key]:7d} {events[key]:8d}")
    n_camp = sum(v for k, v in accts.items() if k[0] == "campaign")
    print(f"campaign accounts {n_camp} of {len(fam_of)} ({100 * n_camp / len(fam_of):.1f} %); "
          f"total events {truth['events']}, campaigns {len(truth['campaigns'])}, generated in {took:.1f} s")
    print(table.schema)


if __name__ == "__main__":
    main()
