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


def account_runs(accounts: np.ndarray) -> list[tuple[int, int]]:
    """(first, end) row positions of each account's run in rows sorted by account."""
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    return [(int(lo), int(hi)) for lo, hi in zip(starts, np.r_[starts[1:], len(accounts)], strict=True)]


def tests_from_rows(table: pa.Table) -> dict[str, dict]:
    """`substream_tests`' per-account reading of (account_id, shaped, completion_tokens) rows
    sorted by account."""
    out: dict[str, dict] = {}
    if table.num_rows == 0:
        return out
    accounts = np.asarray(table.column("account_id").to_pylist(), dtype=object)
    shaped = table.column("shaped").to_numpy(zero_copy_only=False).astype(bool)
    lengths = table.column("completion_tokens").to_numpy(zero_copy_only=False).astype(np.float64)
    for lo, hi in account_runs(accounts):
        out[str(accounts[lo])] = {
            "n_substream_sampled": int(hi - lo),
            "n_substream_shaped": int(shaped[lo:hi].sum()),
            "substream_p": substream_p(shaped[lo:hi], lengths[lo:hi]),
        }
    return out


# ---------------------------------------------------------------------------------------------
# The model split (model XM, shipped after blind batch 120): the same question asked without the
# task-shape classifier.
#
# Why: on spent batches 95-112 the classifier read few of a riding harvest's prompts as shaped (the
# harvest is phrased as the product's users phrase things), so the shape split above found 2 of 33
# riding keys on 105-112. What the harvest cannot hide is *which model it asks*: a product's users
# do not pick the model by what they ask, an operator distilling the new model sends its harvest
# there. So after the release the key's new-model requests are served longer answers than its other
# requests, by more than the new model's answers are longer for everyone (`population_shift`).
# A benchmarking lab also asks the new model for something else at the release (longer reasoning
# suites), but in a few sittings; a second workload riding on a product runs along the product's
# clock, so the test reads only keys whose new-model requests fill at least `SPLIT_HOURS` of the
# hours since the release.

SPLIT_MIN = 20  # sampled requests each side of the split needs
SPLIT_HOURS = 2 / 3  # share of the hours since the release with a new-model request
SPLIT_SEED_OFFSET = 104_729  # the split's sample is drawn apart from the other samples


def population_shift(new_medians: np.ndarray, old_medians: np.ndarray) -> float:
    """The population's shift of log answer length from the old models to the new one: the median
    over accounts of each account's (median log length on the new model − on the old ones). Why per
    account: heavy keys must not set it, and a new model that answers everyone at more length is
    not a second workload."""
    diffs = np.asarray(new_medians, dtype=np.float64) - np.asarray(old_medians, dtype=np.float64)
    return float(np.median(diffs)) if len(diffs) else 0.0


def model_split_p(
    new: np.ndarray,
    completion_tokens: np.ndarray,
    shift: float,
    hours_share: float,
    min_hours: float = SPLIT_HOURS,
) -> float | None:
    """One-sided p-value that an account's new-model requests get longer answers than its other
    requests after the release, beyond the population's `shift` (Mann–Whitney U on log lengths), or
    None where the account cannot carry a riding workload: fewer than `SPLIT_MIN` requests on a side,
    or new-model requests in fewer than `min_hours` of the hours since the release (the clock rule;
    0 reads every key, as `bench/monitor_model_split.py` does to show what the rule leaves out)."""
    new = np.asarray(new, dtype=bool)
    logs = np.log(np.maximum(1.0, np.asarray(completion_tokens, dtype=np.float64)))
    if new.sum() < SPLIT_MIN or (~new).sum() < SPLIT_MIN or hours_share < min_hours:
        return None
    x, y = logs[new] - shift, logs[~new]
    if np.ptp(np.r_[x, y]) == 0:
        return 1.0
    return float(mannwhitneyu(x, y, alternative="greater", method="asymptotic").pvalue)


def model_split_tests(
    con: Engine,
    pivot: dict | None,
    seed: int = 0,
    heavy: int = HEAVY_EVENTS,
    sample: int = SAMPLE,
    budget: int = BUDGET,
    min_hours: float = SPLIT_HOURS,
) -> dict[str, dict]:
    """Account → {n_split_new, n_split_other, split_hours_share, split_p} for every account with
    at least `heavy` events since the release (most active first until `budget` sampled events are
    spent), read on a deterministic sample of up to `sample` of its events since then. One pass
    over the events since the release gives every account's counts, new-model hours and medians
    (the population's shift and the heavy keys both come from it); a second draws the sample. No
    release in the log (`features.pivot_features` found none): no test."""
    if pivot is None:
        return {}
    params = {"r": float(pivot["release_ts"]), "m": str(pivot["model"])}
    con.run(
        """CREATE OR REPLACE TABLE split_accounts AS SELECT account_id, count(*) AS n,
        count(CASE WHEN model = $m THEN 1 END) AS n_new,
        count(DISTINCT CASE WHEN model = $m THEN floor(ts / 3600) END) AS hours_new,
        quantile_cont(CASE WHEN model = $m THEN ln(greatest(completion_tokens, 1)) END, 0.5) AS new_med,
        quantile_cont(CASE WHEN model <> $m THEN ln(greatest(completion_tokens, 1)) END, 0.5) AS old_med
        FROM ev WHERE ts >= $r GROUP BY account_id""",
        params,
    )
    medians = con.arrow("SELECT new_med, old_med FROM split_accounts WHERE n_new >= 5 AND n - n_new >= 5")
    shift = population_shift(
        medians.column("new_med").to_numpy(zero_copy_only=False),
        medians.column("old_med").to_numpy(zero_copy_only=False),
    )
    hours = con.rows("SELECT floor(max(ts) / 3600) - floor($r / 3600) + 1 FROM ev", {"r": params["r"]})[0][0] or 1
    table = con.arrow(
        f"""WITH heavy AS (
            SELECT account_id, hours_new FROM (
                SELECT account_id, hours_new, sum(least(n, {int(sample)})) OVER (
                    ORDER BY n DESC, account_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spent
                FROM split_accounts WHERE n >= {int(heavy)}) AS r
            WHERE spent <= {int(budget)})
        SELECT account_id, is_new, completion_tokens, hours_new FROM (
            SELECT e.account_id, e.model = $m AS is_new, e.completion_tokens, h.hours_new,
            row_number() OVER (PARTITION BY e.account_id
                               ORDER BY hash(e.row_no + {int(seed) + SPLIT_SEED_OFFSET})) AS rn
            FROM ev e JOIN heavy h USING (account_id) WHERE e.ts >= $r) AS s
        WHERE rn <= {int(sample)} ORDER BY account_id""",
        params,
    )
    return split_from_rows(table, shift, float(hours), min_hours)


def split_from_rows(
    table: pa.Table, shift: float, hours: float, min_hours: float = SPLIT_HOURS
) -> dict[str, dict]:
    """`model_split_tests`' per-account reading of (account_id, is_new, completion_tokens,
    hours_new) rows sorted by account; `hours` is the number of clock hours since the release."""
    out: dict[str, dict] = {}
    if table.num_rows == 0:
        return out
    accounts = np.asarray(table.column("account_id").to_pylist(), dtype=object)
    new = table.column("is_new").to_numpy(zero_copy_only=False).astype(bool)
    lengths = table.column("completion_tokens").to_numpy(zero_copy_only=False).astype(np.float64)
    hours_new = table.column("hours_new").to_numpy(zero_copy_only=False).astype(np.float64)
    for lo, hi in account_runs(accounts):
        share = float(min(1.0, hours_new[lo] / max(hours, 1.0)))
        out[str(accounts[lo])] = {
            "n_split_new": int(new[lo:hi].sum()),
            "n_split_other": int((~new[lo:hi]).sum()),
            "split_hours_share": share,
            "split_p": model_split_p(new[lo:hi], lengths[lo:hi], shift, share, min_hours),
        }
    return out
