"""Public-corpus traversal in corpus order: an account that sends a public corpus's prompts in the
order the corpus lists them (model XMCT, shipped after blind batch 312).

Why: a harvest that replays a public prompt corpus walks it — a loop over the file, each worker or
account its own slice — while people who paste a popular prompt do so in no corpus's order. The
replay share (`content.replay_flags`) cannot tell the two apart where ordinary users send public
prompts too; the order they come in can.

The statistic, per account: among its distinct *sampled* prompts (`features.sample_prompts`) that
stand in the public corpus (`content.public_positions`, both ShareGPT halves, one prompt per
conversation), taken in the order the account first sent each, the number of **ascents** — a prompt
that stands later in the corpus than the one sent before it. If the order of sending has nothing to
do with the corpus order (every order of the k prompts equally likely), the ascents of k items
follow the Eulerian distribution, and its upper tail is the exact p-value (`ascent_pvalue`). The
sample (a fixed hash of each event's row) decides which prompts are read; when each was first sent
comes from all of the account's events.

The math is plain functions here; `order_tests` is the set-based glue (the engine's SQL and one
batch function, `batch_udfs.corpus_positions`)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from distillguard.monitor import batch_udfs as U
from distillguard.monitor.engine import Engine

MAX_EXACT = 100  # items up to which the Eulerian tail is exact (the default sample holds at most 48 per account)


@lru_cache(maxsize=MAX_EXACT + 1)
def _eulerian_row(n: int) -> tuple[int, ...]:
    """A(n, m) for m = 0..n-1: the permutations of n items with exactly m ascents (exact integers)."""
    if n <= 1:
        return (1,)
    prev = _eulerian_row(n - 1)
    return tuple(
        (n - m) * (prev[m - 1] if m >= 1 else 0) + (m + 1) * (prev[m] if m < len(prev) else 0)
        for m in range(n)
    )


def ascent_pvalue(n: int, ascents: int) -> float:
    """P(at least `ascents` ascents) among `n` items in a uniformly random order: exact (Eulerian
    numbers) up to `MAX_EXACT` items, else `normal_tail` (which overstates the far tail a little:
    conservative)."""
    if n < 2 or ascents <= 0:
        return 1.0
    if ascents > n - 1:
        return 0.0
    if n > MAX_EXACT:
        return normal_tail(n, ascents)
    row = _eulerian_row(n)  # recursion at most MAX_EXACT deep, each row cached
    return float(sum(row[ascents:]) / sum(row))


def normal_tail(n: int, ascents: int) -> float:
    """The normal approximation to the ascent tail (mean (n-1)/2, variance (n+1)/12, continuity
    corrected): for samples larger than `MAX_EXACT`."""
    from scipy.stats import norm

    return float(norm.sf((ascents - 0.5 - (n - 1) / 2.0) / np.sqrt((n + 1) / 12.0)))


ORDER_SQL = """
WITH wanted AS (SELECT DISTINCT s.account_id, s.ph FROM sample s
                JOIN corpus_positions c ON c.ph = s.ph AND c.pos >= 0),
firsts AS (SELECT w.account_id, w.ph, min(e.ts) AS t FROM wanted w
           JOIN ev e ON e.account_id = w.account_id AND e.ph = w.ph GROUP BY w.account_id, w.ph),
seq AS (SELECT f.account_id, c.pos, lag(c.pos) OVER (
            PARTITION BY f.account_id ORDER BY f.t, c.pos DESC) AS prev
        FROM firsts f JOIN corpus_positions c ON c.ph = f.ph)
SELECT account_id, count(*) AS order_n,
       sum(CASE WHEN pos > prev THEN 1 ELSE 0 END) AS order_ascents
FROM seq GROUP BY account_id
"""
# Prompts first sent at the same instant are taken latest-in-the-corpus first: a tie is never an ascent
# (conservative), and the order is the same on every engine (prompt hashes are typed per engine).


def order_tests(con: Engine) -> dict[str, dict[str, float]]:
    """account → {"order_n", "order_ascents", "order_p"} for each account with at least two distinct
    sampled public prompts. Reads the engine's `ev`, `sample` and `sample_prompts` tables; the
    prompt texts stay in the engine (positions are looked up batch by batch where the rows are)."""
    con.map_batches(
        "corpus_positions",
        "SELECT ph, prompt FROM sample_prompts",
        U.corpus_positions,
        U.schema("corpus_positions", con.id_type),
    )
    out: dict[str, dict[str, float]] = {}
    for row in con.arrow(ORDER_SQL).to_pylist():
        n, a = int(row["order_n"]), int(row["order_ascents"] or 0)
        if n >= 2:
            out[row["account_id"]] = {"order_n": n, "order_ascents": a, "order_p": ascent_pvalue(n, a)}
    return out
