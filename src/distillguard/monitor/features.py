"""Per-account signals as set-based SQL steps in DuckDB (each step one table, Spark-shaped).

Volume and timing use every event; prompt-level signals (CoT elicitation, task shapes, public
replay, templates) use a deterministic per-account sample of events, and each *distinct* prompt of the
sample is analysed once — identical prompts are deduplicated by hash first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from distillguard.monitor.content import public_signatures, replay_flags, shape_flags
from distillguard.monitor.cot import cot_flags
from distillguard.monitor.engine import Engine
from distillguard.monitor.minhash import signatures, template_clusters

SESSION_GAP_S = 600.0  # gaps longer than this separate sessions and are not timing evidence
PIVOT_WINDOW_S = 86400.0


@dataclass
class FeatureParams:
    sample_per_account: int = 48
    template_min_prompts: int = (
        3  # distinct prompts a near-duplicate cluster needs to be a template
    )
    template_min_chars: int = 40  # shorter prompts ("continue", "thanks") are not templates
    lsh_threshold: float = 0.4
    num_perm: int = 64
    seed: int = 0
    cot_per_template: int = 8  # guard calls per template cluster; its flag rate stands for all
    cot_per_account: int = 16  # only the first this-many sampled events per account reach the guard
    public_shapes: bool = True  # cluster the public corpus with the samples (common shapes)
    task_shapes: bool = True  # run the task-shape classifier (off: the signal reads 0)


def cluster_cot_rates(
    texts: list[str], labels: np.ndarray, eligible: np.ndarray, per_cluster: int
) -> np.ndarray:
    """CoT flag rate per prompt (NaN = not assessed). The guard runs on at most `per_cluster`
    eligible members of each template cluster; their flag rate stands for the cluster's other
    members (campaigns repeat templates, so guard calls stay bounded at scale)."""
    out = np.full(len(texts), np.nan)
    if len(texts) == 0:
        return out
    candidates = np.flatnonzero(eligible)
    cand_labels = labels[candidates]
    order = np.argsort(cand_labels, kind="stable")
    sorted_labels = cand_labels[order]
    first = np.searchsorted(sorted_labels, sorted_labels, side="left")
    rank = np.empty(len(candidates), dtype=np.int64)
    rank[order] = np.arange(len(candidates)) - first
    chosen = candidates[rank < per_cluster]
    flags = np.array(cot_flags([texts[i] for i in chosen]), dtype=np.float64)
    n_clusters = int(labels.max()) + 1
    scored = np.bincount(labels[chosen], minlength=n_clusters)
    rate = np.bincount(labels[chosen], weights=flags, minlength=n_clusters) / np.maximum(scored, 1)
    out = np.where(scored[labels] > 0, rate[labels], np.nan)
    out[chosen] = flags  # scored prompts keep their own verdict
    return out


def volume_features(con: Engine) -> None:
    con.run(
        """CREATE OR REPLACE TABLE f_volume AS SELECT account_id, count(*) AS n_events,
        min(ts) AS first_ts, max(ts) AS last_ts, sum(prompt_tokens)::DOUBLE AS prompt_tokens,
        sum(completion_tokens)::DOUBLE AS completion_tokens, avg(prompt_tokens) AS mean_prompt_tokens,
        avg(completion_tokens) AS mean_completion_tokens, count(DISTINCT ph) AS distinct_prompts,
        count(DISTINCT ip24) AS n_ip24, avg((status >= 400)::INT) AS error_share
        FROM ev GROUP BY account_id"""
    )


def timing_features(con: Engine) -> None:
    """Inter-arrival regularity inside sessions: coefficient of variation of the gaps."""
    con.run(
        f"""CREATE OR REPLACE TABLE f_timing AS
        WITH g AS (SELECT account_id,
                   ts - lag(ts) OVER (PARTITION BY account_id ORDER BY ts) AS gap FROM ev)
        SELECT account_id, count(gap) AS n_gaps, avg(gap) AS mean_gap,
               stddev_pop(gap) / nullif(avg(gap), 0) AS gap_cv
        FROM g WHERE gap > 0 AND gap < {SESSION_GAP_S} GROUP BY account_id"""
    )


def resample_features(con: Engine) -> None:
    """Back-to-back repeats (`n_resample`): requests whose exact prompt is the one the account
    sent just before, within a session, after a successful answer. A retry after an error is
    not counted; ties in time are broken by log order so both engines see the same sequence."""
    con.run(
        f"""CREATE OR REPLACE TABLE f_resample AS
        WITH g AS (SELECT account_id, ph, ts,
                   lag(ph) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ph,
                   lag(ts) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ts,
                   lag(status) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_status
                   FROM ev)
        SELECT account_id, count(*) AS n_resample FROM g
        WHERE ph = prev_ph AND prev_status < 400 AND ts - prev_ts < {SESSION_GAP_S}
        GROUP BY account_id"""
    )


def pivot_features(con: Engine) -> dict | None:
    """Newest model first seen ≥ 1 day into the log = a release; share of each account's traffic
    on it in the 24 h after release (accounts already active before it)."""
    row = con.rows(
        """WITH m AS (SELECT model, min(ts) AS first_seen, count(*) AS n FROM ev GROUP BY model)
        SELECT model, first_seen FROM m
        WHERE first_seen >= (SELECT min(ts) FROM ev) + 86400 AND n >= 10
        ORDER BY first_seen DESC LIMIT 1"""
    )
    row = row[0] if row else None
    if row is None:
        con.run(
            "CREATE OR REPLACE TABLE f_pivot AS SELECT account_id, 0 AS n_window, 0.0 AS pivot_share "
            "FROM (SELECT DISTINCT account_id FROM ev)"
        )
        return None
    model, release = row
    con.run(
        f"""CREATE OR REPLACE TABLE f_pivot AS SELECT account_id,
        count(*) FILTER (WHERE ts >= $r AND ts < $r + {PIVOT_WINDOW_S}) AS n_window,
        CASE WHEN count(*) FILTER (WHERE ts < $r) = 0 THEN 0.0 ELSE coalesce(
          count(*) FILTER (WHERE ts >= $r AND ts < $r + {PIVOT_WINDOW_S} AND model = $m)
          / nullif(count(*) FILTER (WHERE ts >= $r AND ts < $r + {PIVOT_WINDOW_S}), 0), 0.0)
        END AS pivot_share FROM ev GROUP BY account_id""",
        {"r": release, "m": model},
    )
    return {"model": model, "release_ts": float(release)}


def sample_prompts(con: Engine, params: FeatureParams) -> int:
    """Deterministic per-account sample of events, and the distinct prompts it contains."""
    con.run(
        f"""CREATE OR REPLACE TABLE sample AS SELECT account_id, ph, rn FROM (
        SELECT account_id, ph, row_number() OVER (
            PARTITION BY account_id ORDER BY hash(row_no + {int(params.seed)})) AS rn FROM ev)
        WHERE rn <= {int(params.sample_per_account)}"""
    )
    con.run(
        """CREATE OR REPLACE TABLE sample_prompts AS
        WITH wanted AS (SELECT ph, min(rn) AS min_rn FROM sample GROUP BY ph)
        SELECT e.ph, e.prompt, w.min_rn FROM (
            SELECT hash(prompt) AS ph, any_value(prompt) AS prompt FROM events
            WHERE hash(prompt) IN (SELECT ph FROM wanted) GROUP BY 1) e JOIN wanted w USING (ph)"""
    )
    return int(con.rows("SELECT count(*) FROM sample_prompts")[0][0])


def prompt_features(con: Engine, params: FeatureParams, progress=None) -> None:
    """`prompt_features`: per distinct sampled prompt: task shape, public-corpus replay, CoT flag
    (shared guard), template cluster (vectorised MinHash + LSH). The public corpus takes part in
    the template clustering: a template cluster that contains public (ordinary users') prompts is
    a *common* shape — it is neither a template nor a link between accounts."""
    tbl = con.arrow("SELECT ph, prompt, min_rn FROM sample_prompts ORDER BY ph")
    texts = tbl.column("prompt").to_pylist()
    if progress:
        progress("MinHash/LSH templates", len(texts))
    sigs = signatures(texts, params.num_perm, seed=1)
    if params.public_shapes:
        sigs = np.concatenate([sigs, public_signatures(params.num_perm)])
    labels_all = template_clusters(sigs, params.lsh_threshold)
    labels, public_labels = labels_all[: len(texts)], labels_all[len(texts) :]
    n_labels = int(labels_all.max()) + 1 if len(labels_all) else 0
    common = np.bincount(public_labels, minlength=n_labels) if n_labels else np.zeros(0)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    substantive = lengths >= params.template_min_chars
    sizes = (
        np.bincount(labels, weights=substantive, minlength=n_labels)
        if len(labels)
        else np.zeros(0)
    )
    uncommon = common[labels] == 0 if len(labels) else np.zeros(0, dtype=bool)
    eligible = tbl.column("min_rn").to_numpy() <= params.cot_per_account
    if progress:
        progress("chain-of-thought guard", int(eligible.sum()))
    cot = cluster_cot_rates(texts, labels, eligible, params.cot_per_template)
    if progress:
        progress("task shapes and public-corpus replay", len(texts))
    computed = pa.table(
        {
            "ph": tbl.column("ph"),
            "cot": pa.array(cot, type=pa.float64(), from_pandas=True),
            "template_id": pa.array(labels),
            "template_size": pa.array((sizes[labels] * substantive * uncommon).astype(np.int64)),
            "shape": pa.array(
                shape_flags(texts) if params.task_shapes else np.zeros(len(texts), dtype=bool)
            ),
            "replay": pa.array(replay_flags(texts)),
        }
    )
    con.register("prompt_computed", computed)
    con.run(
        f"""CREATE OR REPLACE TABLE prompt_features AS SELECT c.*,
        c.template_size >= {int(params.template_min_prompts)} AS templated
        FROM prompt_computed c"""
    )
    con.unregister("prompt_computed")


def account_prompt_features(con: Engine) -> None:
    con.run(
        f"""CREATE OR REPLACE TABLE f_prompts AS SELECT s.account_id, {POOLED_SQL}
        FROM sample s JOIN prompt_features p USING (ph) GROUP BY s.account_id"""
    )
    con.run(
        """CREATE OR REPLACE TABLE account_templates AS
        SELECT account_id, template_id, count(*) AS n FROM sample JOIN prompt_features USING (ph)
        WHERE templated GROUP BY ALL"""
    )
    template_org_features(con)


def template_org_features(
    con: Engine, min_prompts: int = 2, min_share: float = 0.25, volume_factor: float = 2.0
) -> None:
    """Per account: the most *organisations* one of its uncommon templates is sent by
    (`template_orgs`). Coordination that is not infrastructure: a harvesting operation that
    spreads one prompt grid over accounts registered as unrelated customers shares templates
    across organisations, while a company's own service accounts share its org id. Common shapes
    (template clusters holding public prompts) never reach `account_templates`, so a prompt shape
    ordinary users share is not counted (the benign document-frequency rule). An account counts
    for a template only when it is its own traffic: at least `min_prompts` sampled prompts and
    `min_share` of its sample (a user whose two prompts happen to look like a campaign's template
    is not one of the organisations sending it — no guilt by association).

    The count is of the template's senders *at volume* (at least `volume_factor` times the
    median account's requests): a grid spread over accounts is traffic, each account sending
    many of its prompts, while a course's students share one assignment template across hundreds
    of organisations but send it a handful of times each. Counting every sender let the few
    heavy students of a large course set the calibration's free level (a maximum over benign
    senders) so high that sharing said nothing anywhere (model F); counting the template's
    senders as a group at volume keeps that level at what benign *pipelines* reach."""
    con.run(
        f"""CREATE OR REPLACE TABLE f_template_orgs AS
        WITH org AS (SELECT account_id,
                     coalesce(nullif(min(org_id), ''), 'acct:' || account_id) AS org
                     FROM ev GROUP BY account_id),
        typical AS (SELECT median(n_events) AS median_events FROM f_volume),
        uses AS (SELECT t.account_id, t.template_id, o.org, v.n_events >= {float(volume_factor)}
                        * (SELECT median_events FROM typical) AS at_volume
                 FROM account_templates t
                 JOIN org o USING (account_id) JOIN f_prompts p USING (account_id)
                 JOIN f_volume v USING (account_id)
                 WHERE t.n >= greatest({int(min_prompts)}, {float(min_share)} * p.n_sampled)),
        shared AS (SELECT template_id, count(DISTINCT CASE WHEN at_volume THEN org END) AS orgs
                   FROM uses GROUP BY template_id)
        SELECT u.account_id, max(s.orgs) AS template_orgs FROM uses u JOIN shared s USING (template_id)
        GROUP BY u.account_id"""
    )


POOLED_SQL = """count(*) AS n_sampled, sum(p.cot)::DOUBLE AS n_cot, count(p.cot) AS n_cot_scored,
    sum(p.shape::INT)::DOUBLE AS n_shape, sum(p.replay::INT)::DOUBLE AS n_replay,
    sum(p.templated::INT)::DOUBLE AS n_templated, count(DISTINCT p.template_id) AS n_templates"""


def account_features(con: Engine) -> pa.Table:
    """One row per account with every raw signal."""
    return con.arrow(
        """SELECT * FROM f_volume LEFT JOIN f_timing USING (account_id)
        LEFT JOIN f_pivot USING (account_id) LEFT JOIN f_prompts USING (account_id)
        LEFT JOIN f_circadian USING (account_id) LEFT JOIN f_infra USING (account_id)
        LEFT JOIN f_payment USING (account_id) LEFT JOIN f_cohort USING (account_id)
        LEFT JOIN f_template_orgs USING (account_id) LEFT JOIN f_resample USING (account_id)
        ORDER BY account_id"""
    )
