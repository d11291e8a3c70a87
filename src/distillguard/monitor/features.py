"""Per-account signals as set-based SQL steps in DuckDB (each step one table, Spark-shaped).

Volume and timing use every event; prompt-level signals (CoT elicitation, task shapes, public
replay, templates) use a deterministic per-account sample of events, and each *distinct* prompt of the
sample is analysed once — identical prompts are deduplicated by hash first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial

import numpy as np
import pyarrow as pa

from distillguard.monitor import batch_udfs as U
from distillguard.monitor.content import public_signatures
from distillguard.monitor.engine import Engine
from distillguard.monitor.minhash import component_labels, lsh_params

SESSION_GAP_S = 600.0  # gaps longer than this separate sessions and are not timing evidence
PIVOT_WINDOW_S = 86400.0
COMPARED_BALANCE = 1 / 3  # a balanced comparison: the second model gets at least this share of the first's copies
COMPARED_MIN = 2  # and at least this many (features.resample_features' balanced counts; side model XMB)
BURST_GAP_S = 60.0  # a copy this soon after its organisation's last copy of the prompt, on any key, is a repeat (XMK)
THROWAWAY_H = 12.0  # an account whose whole life in the log is one sitting this long (see throwaway_orgs)


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
    substream: bool = False  # heavy keys' sub-stream test (substream.py): on where a calibration reads it
    compared: bool = False  # repeats of prompts sent to several models (resample_features): likewise
    burst: bool = False  # repeats across an organisation's keys (resample_features): likewise
    model_split: bool = False  # heavy keys' new-model sub-stream test (substream.model_split_tests): on for XM, XMCQ, XMCD, XMCT, XMCTO and the shipped XMCW
    phrases: bool = False  # shared short phrases per account (phrases.phrase_speakers): on for XMCP, XMCD and XMCT, XMCTO and the shipped XMCW
    partition: bool = False  # with phrases, the speakers' long prompts (phrases.long_prompts): on for XMCD and XMCT, XMCTO and the shipped XMCW
    corpus_order: bool = False  # public prompts' corpus order per account (corpus_order.order_tests): on for XMCT, XMCTO and the shipped XMCW
    suspect_crowds: bool = False  # the long prompts of accounts with topic neighbours (crowds.topic_candidates): on for side model XMCV and the shipped XMCW
    replay_crowds: bool = False  # arrived public senders' public prompts (replay_crowds.public_prompts_sent): on for side model XMCR


def cot_choice(labels: np.ndarray, eligible: np.ndarray, per_cluster: int) -> np.ndarray:
    """Indices of the prompts the guard reads: the first `per_cluster` eligible members (in the
    prompts' order) of each template cluster. Campaigns repeat templates, so guard calls stay
    bounded at scale; their flag rate stands for the cluster's other members (`cot_rates`)."""
    candidates = np.flatnonzero(eligible)
    cand_labels = labels[candidates]
    order = np.argsort(cand_labels, kind="stable")
    sorted_labels = cand_labels[order]
    first = np.searchsorted(sorted_labels, sorted_labels, side="left")
    rank = np.empty(len(candidates), dtype=np.int64)
    rank[order] = np.arange(len(candidates)) - first
    return candidates[rank < per_cluster]


def cot_rates(labels: np.ndarray, chosen: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """CoT flag rate per prompt (NaN = not assessed): scored prompts keep their own verdict, the
    others of a cluster with scored members get the cluster's rate."""
    if len(labels) == 0:
        return np.full(0, np.nan)
    flags = np.asarray(flags, dtype=np.float64)
    n_clusters = int(labels.max()) + 1
    scored = np.bincount(labels[chosen], minlength=n_clusters)
    rate = np.bincount(labels[chosen], weights=flags, minlength=n_clusters) / np.maximum(scored, 1)
    out = np.where(scored[labels] > 0, rate[labels], np.nan)
    out[chosen] = flags
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


def resample_features(con: Engine, compared: bool = False, balance: float = COMPARED_BALANCE,
                      burst: bool = False, burst_gap: float = BURST_GAP_S) -> None:
    """Back-to-back repeats (`n_resample`): requests whose exact prompt is the one the account
    sent just before, within a session, after a successful answer. A retry after an error is
    not counted; ties in time are broken by log order so both engines see the same sequence.

    `n_resample_fresh`: those of the repeats whose prompt its organisation (an account without
    one: the account) sent in no other session, on any of its accounts. Why: an evaluation team
    samples each item of a fixed bank several times too, but it re-runs the bank — before and
    after a release, on several keys — so its repeated prompts come back in other sessions; a
    best-of-n harvest samples each new prompt in one burst and never returns to it (blind batches
    46, 48 and 49: the harvesters' repeats mostly fresh, the evaluators' none but where a key ran
    its bank only once).

    `n_resample_compared`, `n_resample_fresh_compared`: those of the repeats (and of the fresh ones)
    whose prompt its organisation sent to more than one model. Why: a study of answer variance or
    agreement samples the same items on the old and the new model to compare them; a best-of-n
    harvest samples the model it distils and wants nothing of another (side model XC reads them
    off, `scoring.resample_reading`). Counted only with `compared` (`FeatureParams.compared`, on
    where a calibration reads them), so every other model's scan pays nothing for them.

    `n_resample_balanced`, `n_resample_fresh_balanced`: those of the compared repeats whose prompt
    the organisation sent to its second model about as often as to its first — at least
    `COMPARED_MIN` copies and `balance` (`COMPARED_BALANCE`) of the first model's (side model XMB
    reads off only these; `bench/monitor_balanced_repeats.py --balance` recounts at another share).
    Both come from one count of copies per organisation, prompt and model. Why: a study sets each
    model the same number of samples, because it compares them; a best-of-n harvest whose copies
    pick the model request by request (90–97% the new one) sends a stray copy or two to another
    model, which made its prompts "compared" under XC (blind batches 109–111 lost three such
    harvests).

    `n_resample_burst`, `n_resample_fresh_burst` (with `burst`; side model XMK reads the fresh ones):
    requests whose exact prompt the organisation sent on *any* of its keys less than `burst_gap`
    (`BURST_GAP_S`) seconds before, the earlier copy answered — and those of a prompt whose copies
    form one burst (no two consecutive copies a session gap apart). Why: a best-of-n harvest that
    deals each prompt's copies over several keys at once leaves each key few back-to-back repeats,
    and a prompt on two keys counts as sent in two sessions, so none of them is fresh (blind batches
    105, 113, 116, 123 and 128: such harvests); an evaluation team's re-run bank still comes back
    in another burst. Counted by one more window over the organisation's copies of each prompt. With
    `compared` too, `n_resample_fresh_burst_compared` and `_balanced` count those of the fresh burst
    repeats whose prompt went to several models (evenly), for a calibration reading both off."""
    b2b = f"s.ph = s.prev_ph AND s.prev_status < 400 AND s.ts - s.prev_ts < {SESSION_GAP_S}"
    counts = [("n_resample", "TRUE"), ("n_resample_fresh", "once.ph IS NOT NULL")]
    ctes, joins = [], ["LEFT JOIN once ON s.owner = once.owner AND s.ph = once.ph"]
    if compared:
        ctes.append(f"""copies AS (SELECT owner, ph, model, count(*) AS n FROM s GROUP BY owner, ph, model),
        ranked AS (SELECT owner, ph, n,
                          row_number() OVER (PARTITION BY owner, ph ORDER BY n DESC, model) AS rk
                   FROM copies),
        compared AS (SELECT owner, ph,
                            max(CASE WHEN rk = 2 THEN n END)
                            >= greatest({float(COMPARED_MIN)!r}, {float(balance)!r} * max(CASE WHEN rk = 1 THEN n END))
                            AS balanced
                     FROM ranked GROUP BY owner, ph HAVING max(rk) > 1)""")
        joins.append("LEFT JOIN compared ON s.owner = compared.owner AND s.ph = compared.ph")
        counts += [("n_resample_compared", "compared.ph IS NOT NULL"),
                   ("n_resample_fresh_compared", "once.ph IS NOT NULL AND compared.ph IS NOT NULL"),
                   ("n_resample_balanced", "compared.balanced"),
                   ("n_resample_fresh_balanced", "once.ph IS NOT NULL AND compared.balanced")]
    source, where, burst_counts = "s", b2b, []
    if burst:
        # every copy's predecessor among its organisation's copies of the prompt, on any key
        ctes.append(f"""c AS (SELECT *, lag(ts) OVER (PARTITION BY owner, ph ORDER BY ts, row_no) AS prev_copy_ts,
                         lag(status) OVER (PARTITION BY owner, ph ORDER BY ts, row_no) AS prev_copy_status
                  FROM s),
        single AS (SELECT owner, ph FROM c GROUP BY owner, ph
                   HAVING count(CASE WHEN ts - prev_copy_ts >= {SESSION_GAP_S} THEN 1 END) = 0)""")
        joins.append("LEFT JOIN single ON s.owner = single.owner AND s.ph = single.ph")
        copy = f"s.prev_copy_status < 400 AND s.ts - s.prev_copy_ts < {float(burst_gap)!r}"
        source, where = "c", f"({b2b}) OR ({copy})"
        counts = [(name, f"({b2b}) AND {cond}") for name, cond in counts]
        burst_counts = [("n_resample_burst", copy), ("n_resample_fresh_burst", f"{copy} AND single.ph IS NOT NULL")]
        if compared:  # read off by a calibration reading both (side model XMKB)
            burst_counts += [("n_resample_fresh_burst_compared", f"{copy} AND single.ph IS NOT NULL AND compared.ph IS NOT NULL"),
                             ("n_resample_fresh_burst_balanced", f"{copy} AND single.ph IS NOT NULL AND compared.balanced")]
    selected = ",\n               ".join(f"count(CASE WHEN {cond} THEN 1 END) AS {name}"
                                          for name, cond in counts + burst_counts)
    more_ctes, model_column = "".join(",\n        " + c for c in ctes), ", model" if compared else ""
    con.run(
        f"""CREATE OR REPLACE TABLE f_resample AS
        WITH g AS (SELECT account_id, coalesce(nullif(org_id, ''), account_id) AS owner, ph{model_column}, ts, row_no, status,
                   lag(ph) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ph,
                   lag(ts) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ts,
                   lag(status) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_status
                   FROM ev),
        s AS (SELECT *, sum(CASE WHEN prev_ts IS NULL OR ts - prev_ts >= {SESSION_GAP_S} THEN 1 ELSE 0 END)
                   OVER (PARTITION BY account_id ORDER BY ts, row_no
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session
              FROM g),
        once AS (SELECT owner, ph FROM (SELECT DISTINCT owner, ph, account_id, session FROM s) AS d
                 GROUP BY owner, ph HAVING count(*) = 1){more_ctes}
        SELECT s.account_id AS account_id, {selected}
        FROM {source} AS s {" ".join(joins)}
        WHERE {where}
        GROUP BY s.account_id"""
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
    (shared guard), template cluster (MinHash + LSH). The public corpus takes part in the
    template clustering: a template cluster that contains public (ordinary users') prompts is a
    *common* shape — it is neither a template nor a link between accounts.

    Where the work runs: everything that reads prompt text (signatures, task shapes, replay, the
    guard) runs batch by batch where the rows are (`Engine.map_batches`; Spark's executors), and
    so do LSH banding and candidate verification; the driver gets integer ids, lengths and the
    verified similar pairs, labels templates as the pairs' connected components (the same
    labels as `minhash.template_clusters` over all signatures at once) and registers them back."""
    say = progress or (lambda _stage, _n=None: None)
    say("MinHash signatures, task shapes and public-corpus replay", None)
    con.map_batches(
        "prompt_signals",
        "SELECT ph, prompt, min_rn FROM sample_prompts",
        partial(
            U.prompt_signals, num_perm=params.num_perm, seed=1, task_shapes=params.task_shapes
        ),
        U.schema("prompt_signals", con.id_type),
    )
    ids = con.arrow("SELECT ph, min_rn, n_chars FROM prompt_signals ORDER BY ph")
    n = ids.num_rows
    say("MinHash/LSH templates", n)
    labels_all = template_labels(con, ids.column("ph").to_numpy(), params)
    labels, public_labels = labels_all[:n], labels_all[n:]
    n_labels = int(labels_all.max()) + 1 if len(labels_all) else 0
    common = np.bincount(public_labels, minlength=n_labels) if n_labels else np.zeros(0)
    substantive = ids.column("n_chars").to_numpy() >= params.template_min_chars
    sizes = (
        np.bincount(labels, weights=substantive, minlength=n_labels)
        if len(labels)
        else np.zeros(0)
    )
    uncommon = common[labels] == 0 if len(labels) else np.zeros(0, dtype=bool)
    eligible = ids.column("min_rn").to_numpy() <= params.cot_per_account
    chosen = cot_choice(labels, eligible, params.cot_per_template) if n else np.zeros(0, int)
    say("chain-of-thought guard", len(chosen))
    flags = guard_flags(con, ids.column("ph").to_numpy()[chosen])
    computed = pa.table(
        {
            "ph": ids.column("ph"),
            "cot": pa.array(cot_rates(labels, chosen, flags), type=pa.float64(), from_pandas=True),
            "template_id": pa.array(labels.astype(np.int64)),
            "template_size": pa.array((sizes[labels] * substantive * uncommon).astype(np.int64)),
        }
    )
    con.register("prompt_computed", computed)
    con.run(
        f"""CREATE OR REPLACE TABLE prompt_features AS SELECT c.ph, c.cot, c.template_id,
        c.template_size, s.shape, s.replay, s.judge,
        c.template_size >= {int(params.template_min_prompts)} AS templated
        FROM prompt_computed c JOIN prompt_signals s USING (ph)"""
    )
    con.unregister("prompt_computed")


def template_labels(con: Engine, phs: np.ndarray, params: FeatureParams) -> np.ndarray:
    """Template cluster per prompt (`phs`, in `ORDER BY ph` order), then per public-corpus
    prompt. Each prompt is paired with the first prompt sharing one of its LSH band keys (sampled
    prompts before public ones, each in order — the pairing `minhash.template_clusters` makes);
    pairs are kept when their signatures' estimated Jaccard similarity reaches the threshold."""
    bands, rows = lsh_params(params.lsh_threshold, params.num_perm)
    con.map_batches(
        "prompt_bands",
        "SELECT ph AS node, sig FROM prompt_signals",
        partial(U.band_keys, num_perm=params.num_perm, bands=bands, rows=rows, kind=0),
        U.schema("band_keys", con.id_type),
    )
    nodes = "SELECT CAST(0 AS TINYINT) AS kind, ph AS node, sig FROM prompt_signals"
    keys = "SELECT kind, node, key FROM prompt_bands"
    n_public = 0
    if params.public_shapes:
        public_nodes, public_bands = public_lsh_tables(params.num_perm, bands, rows)
        n_public = public_nodes.num_rows
        con.register("public_nodes", public_nodes.cast(_with_id(public_nodes.schema, con)))
        con.register("public_bands", public_bands.cast(_with_id(public_bands.schema, con)))
        nodes += " UNION ALL SELECT kind, node, sig FROM public_nodes"
        keys += " UNION ALL SELECT kind, node, key FROM public_bands"
    con.run(f"CREATE OR REPLACE VIEW lsh_nodes AS {nodes}")
    con.run(
        f"""CREATE OR REPLACE TABLE lsh_candidates AS
        WITH b AS ({keys}),
        firsts AS (SELECT key, min(node) FILTER (WHERE kind = 0) AS first_sample,
                          min(node) FILTER (WHERE kind = 1) AS first_public
                   FROM b GROUP BY key),
        pairs AS (SELECT DISTINCT b.kind AS src_kind, b.node AS src,
                  CAST(CASE WHEN f.first_sample IS NULL THEN 1 ELSE 0 END AS TINYINT) AS dst_kind,
                  coalesce(f.first_sample, f.first_public) AS dst
                  FROM b JOIN firsts f USING (key))
        SELECT * FROM pairs WHERE NOT (src_kind = dst_kind AND src = dst)"""
    )
    con.map_batches(
        "template_pairs",
        """SELECT c.src_kind, c.src, c.dst_kind, c.dst, a.sig AS sig_a, b.sig AS sig_b
        FROM lsh_candidates c
        JOIN lsh_nodes a ON a.kind = c.src_kind AND a.node = c.src
        JOIN lsh_nodes b ON b.kind = c.dst_kind AND b.node = c.dst""",
        partial(U.similar_pairs, num_perm=params.num_perm, threshold=params.lsh_threshold),
        U.schema("similar_pairs", con.id_type),
    )
    pairs = con.arrow("SELECT src_kind, src, dst_kind, dst FROM template_pairs")
    if params.public_shapes:
        con.unregister("public_nodes")
        con.unregister("public_bands")

    def index(kind: pa.ChunkedArray, node: pa.ChunkedArray) -> np.ndarray:
        k = kind.to_numpy()
        v = node.to_numpy()
        out = np.searchsorted(phs, v).astype(np.int64)
        public = k == 1
        out[public] = len(phs) + v[public].astype(np.int64)
        return out

    src = index(pairs.column("src_kind"), pairs.column("src"))
    dst = index(pairs.column("dst_kind"), pairs.column("dst"))
    return component_labels(len(phs) + n_public, src, dst)


def _with_id(schema: pa.Schema, con: Engine) -> pa.Schema:
    return pa.schema([(f.name, con.id_type if f.name == "node" else f.type) for f in schema])


@lru_cache(maxsize=2)
def public_lsh_tables(num_perm: int, bands: int, rows: int) -> tuple[pa.Table, pa.Table]:
    """The public corpus's signatures and band keys (`kind` 1, `node` = its index), computed once
    per process."""
    sigs = public_signatures(num_perm)
    nodes = pa.table(
        {
            "kind": pa.array(np.ones(len(sigs), dtype=np.int8)),
            "node": pa.array(np.arange(len(sigs), dtype=np.int64)),
            "sig": U.sigs_to_binary(sigs),
        }
    )
    keys = U.band_keys(
        nodes.select(["node", "sig"]).combine_chunks().to_batches()[0],
        num_perm=num_perm,
        bands=bands,
        rows=rows,
        kind=1,
    )
    return nodes, pa.Table.from_batches([keys])


def guard_flags(con: Engine, chosen_phs: np.ndarray) -> np.ndarray:
    """The reasoning guard's verdict on each chosen prompt (in `chosen_phs`' order), run where
    the prompt texts are."""
    if len(chosen_phs) == 0:
        return np.zeros(0, dtype=bool)
    con.register("cot_chosen", pa.table({"ph": pa.array(chosen_phs, type=con.id_type)}))
    con.map_batches(
        "cot_verdicts",
        "SELECT p.ph, p.prompt FROM sample_prompts p JOIN cot_chosen c USING (ph)",
        U.cot_signals,
        U.schema("cot_signals", con.id_type),
    )
    con.unregister("cot_chosen")
    verdicts = con.arrow("SELECT ph, flag FROM cot_verdicts ORDER BY ph")
    phs = verdicts.column("ph").to_numpy()
    flags = verdicts.column("flag").to_numpy(zero_copy_only=False)
    return flags[np.searchsorted(phs, chosen_phs)]


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
    con: Engine, min_prompts: int = 2, min_share: float = 0.25, volume_factor: float = 2.0,
    throwaway_h: float = THROWAWAY_H,
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
    senders as a group at volume keeps that level at what benign *pipelines* reach.

    `throwaway_orgs` (model P): for a *throwaway* account — its whole life in the log one sitting
    (`throwaway_h`) and *under* volume (the complement of the senders `template_orgs` counts) — the
    most organisations among the throwaway senders of one of its uncommon templates, counted at
    most once per `throwaway_h / 2` slot in which one of them first appeared. A farm of throwaway
    customers tiles the week with fresh accounts that each send what an ordinary user sends, in
    one frame. Under volume: several customers' one-night batch jobs of a shared integration (the
    simulator's nightly jobs, hundreds of requests each) are not customers trying the API once;
    the slot count: a class that signs up in one lab session is not a week-long succession."""
    con.run(
        f"""CREATE OR REPLACE TABLE f_template_orgs AS
        WITH org AS (SELECT account_id,
                     coalesce(nullif(min(org_id), ''), 'acct:' || account_id) AS org
                     FROM ev GROUP BY account_id),
        typical AS (SELECT median(n_events) AS median_events FROM f_volume),
        uses AS (SELECT t.account_id, t.template_id, o.org, v.n_events >= {float(volume_factor)}
                        * (SELECT median_events FROM typical) AS at_volume,
                        v.last_ts - v.first_ts <= {float(throwaway_h) * 3600.0} AND v.n_events
                        < {float(volume_factor)} * (SELECT median_events FROM typical) AS throwaway,
                        floor(v.first_ts / {float(throwaway_h) * 1800.0}) AS born
                 FROM account_templates t
                 JOIN org o USING (account_id) JOIN f_prompts p USING (account_id)
                 JOIN f_volume v USING (account_id)
                 WHERE t.n >= greatest({int(min_prompts)}, {float(min_share)} * p.n_sampled)),
        shared AS (SELECT template_id, count(DISTINCT CASE WHEN at_volume THEN org END) AS orgs,
                          least(count(DISTINCT CASE WHEN throwaway THEN org END),
                                count(DISTINCT CASE WHEN throwaway THEN born END)) AS throwaway_orgs
                   FROM uses GROUP BY template_id)
        SELECT u.account_id, max(s.orgs) AS template_orgs,
               max(CASE WHEN u.throwaway THEN s.throwaway_orgs END) AS throwaway_orgs
        FROM uses u JOIN shared s USING (template_id) GROUP BY u.account_id"""
    )


POOLED_SQL = """count(*) AS n_sampled, sum(p.cot)::DOUBLE AS n_cot, count(p.cot) AS n_cot_scored,
    sum(p.shape::INT)::DOUBLE AS n_shape, sum(p.judge::INT)::DOUBLE AS n_judge,
    sum(p.replay::INT)::DOUBLE AS n_replay,
    sum(p.templated::INT)::DOUBLE AS n_templated, count(DISTINCT p.template_id) AS n_templates"""


def account_features(con: Engine) -> pa.Table:
    """One row per account with every raw signal."""
    return con.arrow(
        """SELECT * FROM f_volume LEFT JOIN f_timing USING (account_id)
        LEFT JOIN f_pivot USING (account_id) LEFT JOIN f_prompts USING (account_id)
        LEFT JOIN f_circadian USING (account_id) LEFT JOIN f_infra USING (account_id)
        LEFT JOIN f_payment USING (account_id) LEFT JOIN f_cohort USING (account_id)
        LEFT JOIN f_template_orgs USING (account_id) LEFT JOIN f_resample USING (account_id)
        LEFT JOIN f_followup USING (account_id)
        ORDER BY account_id"""
    )
