"""Sub-stream reading: a heavy key whose distillation-shaped requests are served differently
from the rest of its traffic is carrying a second workload.

Why: an operator that distils through its own product's backend keys (the harvest is 7–35% of
traffic that is otherwise genuine users') hides from every per-account share — the key's share of
harvesting shapes sits where a product's users put it, its clock, addresses, card and agent are
the product's (blind batches 81–88: model X caught 2 of 29 such keys). What such a harvest cannot
hide is that its requests *want something else* from the model than the product's users: on
the spent batches the keys' shaped requests asked for far longer answers than the same key's
other requests, while a genuine product's shaped-looking requests (the classifier's false
positives on ordinary chats, a tutoring app's step-by-step questions) are served like the rest.

The reading: for every account with at least `HEAVY_EVENTS` events, a deterministic sample of up
to `SAMPLE` of its events is classified by the task-shape classifier (`content.shape_flags`,
harvesting or grading shape), and the completion lengths of its shaped requests are compared
with those of its other requests by a one-sided Mann–Whitney U test (`substream_p`). Only a
minority can be a sub-stream: an account whose sample is mostly shaped is read by the ordinary
content signals, and fewer than `MIN_SHAPED` shaped requests are no test. The p-value becomes
evidence in `scoring.substream_evidence`; side model Y weighs it by a stated rule.

Math (`substream_p`) is a plain function; `substream_tests` is the engine glue (one SQL sample,
one batch function over the sample's distinct prompts, one Arrow pull of at most `SAMPLE` rows
per heavy account).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from scipy.stats import mannwhitneyu

from distillguard.monitor import batch_udfs as U
from distillguard.monitor.engine import Engine

HEAVY_EVENTS = 300  # an account with fewer events is read by its ordinary shares
SAMPLE = 1200  # events read per heavy account (a 5% sub-stream gives ~60 shaped requests)
MIN_SHAPED = 5  # shaped requests a test needs
MAX_SHAPED_SHARE = 0.5  # a sub-stream is a minority of the key's traffic
BUDGET = 400_000  # sampled events per scan: heavy accounts are served most active first
SEED_OFFSET = 7919  # the sample is drawn apart from the prompt sample (`features.sample_prompts`)


def substream_p(shaped: np.ndarray, completion_tokens: np.ndarray) -> float | None:
    """One-sided p-value that the shaped requests' completion lengths are stochastically larger
    than the other requests' (Mann–Whitney U, normal approximation with tie correction), or None
    where the sample cannot carry a sub-stream (too few shaped requests, or shaped ones the
    majority)."""
    shaped = np.asarray(shaped, dtype=bool)
    lengths = np.asarray(completion_tokens, dtype=np.float64)
    k = int(shaped.sum())
    if k < MIN_SHAPED or k > MAX_SHAPED_SHARE * len(shaped) or k == len(shaped):
        return None
    rest = lengths[~shaped]
    if np.ptp(lengths) == 0:
        return 1.0
    return float(mannwhitneyu(lengths[shaped], rest, alternative="greater", method="asymptotic").pvalue)


def substream_tests(
    con: Engine, seed: int = 0, heavy: int = HEAVY_EVENTS, sample: int = SAMPLE, budget: int = BUDGET
) -> dict[str, dict]:
    """Account → {n_substream_sampled, n_substream_shaped, substream_p} for every account with at
    least `heavy` events, most active first until `budget` sampled events are spent (the others get
    nothing: `scoring.substream_evidence` reads none). Why a budget: the classifier's cost grows with
    the sampled events, and a log of millions of events can hold tens of thousands of heavy keys; a
    product's backend keys are among its most active accounts."""
    con.run(
        f"""CREATE OR REPLACE TABLE sub_sample AS SELECT account_id, ph, completion_tokens FROM (
        SELECT e.account_id, e.ph, e.completion_tokens, row_number() OVER (
            PARTITION BY e.account_id ORDER BY hash(e.row_no + {int(seed) + SEED_OFFSET})) AS rn
        FROM ev e JOIN (
            SELECT account_id FROM (
                SELECT account_id, sum(least(n, {int(sample)})) OVER (
                    ORDER BY n DESC, account_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spent
                FROM (SELECT account_id, count(*) AS n FROM ev GROUP BY account_id) AS c
                WHERE n >= {int(heavy)}) AS r
            WHERE spent <= {int(budget)}) AS h
        USING (account_id)) AS s WHERE rn <= {int(sample)}"""
    )
    con.map_batches(
        "sub_shapes",
        """SELECT hash(prompt) AS ph, any_value(prompt) AS prompt FROM events
        WHERE hash(prompt) IN (SELECT DISTINCT ph FROM sub_sample) GROUP BY 1""",
        U.shape_signals,
        U.schema("shape_signals", con.id_type),
    )
    table = con.arrow(
        """SELECT s.account_id, p.shaped, s.completion_tokens FROM sub_sample s
        JOIN sub_shapes p USING (ph) ORDER BY s.account_id"""
    )
    return tests_from_rows(table)


def tests_from_rows(table: pa.Table) -> dict[str, dict]:
    """`substream_tests`' per-account reading of (account_id, shaped, completion_tokens) rows
    sorted by account."""
    out: dict[str, dict] = {}
    if table.num_rows == 0:
        return out
    accounts = np.asarray(table.column("account_id").to_pylist(), dtype=object)
    shaped = table.column("shaped").to_numpy(zero_copy_only=False).astype(bool)
    lengths = table.column("completion_tokens").to_numpy(zero_copy_only=False).astype(np.float64)
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    for lo, hi in zip(starts, np.r_[starts[1:], len(accounts)], strict=True):
        out[str(accounts[lo])] = {
            "n_substream_sampled": int(hi - lo),
            "n_substream_shaped": int(shaped[lo:hi].sum()),
            "substream_p": substream_p(shaped[lo:hi], lengths[lo:hi]),
        }
    return out
