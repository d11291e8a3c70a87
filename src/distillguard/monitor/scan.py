"""The monitor pipeline: load → features → coordination clusters → calibrated risk → JSON.

`scan(path)` returns the contract's document:
{"accounts": [{"account_id", "risk", "flagged", "reasons", "cluster_id", ...}],
 "clusters": [{"cluster_id", "accounts", "reasons", ...}], "summary": {...}}
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from distillguard.monitor import features as F
from distillguard.monitor.graph import (
    BOOST_KINDS_DEFAULT,
    Cluster,
    GraphParams,
    find_clusters,
    synchrony,
)
from distillguard.monitor.load import MAX_PROMPT_CHARS, Loaded, load_events
from distillguard.monitor.reasons import cluster_reason, links_text, ranked_reasons
from distillguard.monitor.scoring import (
    SYNC_WEIGHT,
    Calibration,
    evidences,
    reference_from_rows,
    score,
    sync_evidence,
)
from distillguard.monitor.topics import CAPABILITIES

Progress = Callable[[str, int | None], None]


@dataclass
class ScanParams:
    features: F.FeatureParams = field(default_factory=F.FeatureParams)
    graph: GraphParams = field(default_factory=GraphParams)
    skip_invalid: bool = False
    max_prompt_chars: int = MAX_PROMPT_CHARS
    threads: int | None = None
    memory_limit: str | None = None


@dataclass
class Analysis:
    """Everything measured, before any threshold: rows per account, clusters and their pools."""

    loaded: Loaded
    rows: dict[str, dict]
    clusters: list[Cluster]
    pooled: dict[str, dict]
    links: dict[str, dict[str, dict[str, int]]]  # account → cluster → kind → linked members
    pivot: dict | None
    events: int
    seconds: float = 0.0


def connect(params: ScanParams) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/distillguard-duckdb'")
    con.execute("SET preserve_insertion_order = false")
    if params.threads:
        con.execute(f"SET threads = {int(params.threads)}")
    if params.memory_limit:
        con.execute(f"SET memory_limit = '{params.memory_limit}'")
    return con


def _pool_clusters(con: duckdb.DuckDBPyConnection, clusters: list[Cluster]) -> dict[str, dict]:
    """Each cluster's signals over the union of its members' sampled prompts (set-based SQL)."""
    if not clusters:
        return {}
    membership = pa.table(
        {
            "account_id": [a for c in clusters for a in c.accounts],
            "cluster_id": [c.cluster_id for c in clusters for _ in c.accounts],
        }
    )
    con.register("cluster_members", membership)
    caps = ", ".join(f"avg(p.{c}::INT) AS {c}_share" for c in CAPABILITIES)
    table = con.sql(
        f"""SELECT m.cluster_id, count(*) AS n_sampled, sum(p.cot)::DOUBLE AS n_cot, count(p.cot) AS n_cot_scored,
        sum(p.capability::INT)::DOUBLE AS n_capability, sum(p.templated::INT)::DOUBLE AS n_templated,
        count(DISTINCT p.template_id) AS n_templates, {caps}
        FROM sample s JOIN prompt_features p USING (ph) JOIN cluster_members m USING (account_id)
        GROUP BY m.cluster_id"""
    ).to_arrow_table()
    con.unregister("cluster_members")
    return {r["cluster_id"]: r for r in table.to_pylist()}


def analyse(
    path: str | Path, params: ScanParams | None = None, progress: Progress | None = None
) -> Analysis:
    """Measure every signal and cluster of an events file (no thresholds applied)."""
    params = params or ScanParams()
    say = progress or (lambda _stage, _n=None: None)
    started = time.perf_counter()
    con = connect(params)
    try:
        say("validating events", None)
        loaded = load_events(
            con, path, skip_invalid=params.skip_invalid, max_prompt_chars=params.max_prompt_chars
        )
        say("volume, timing and model-pivot signals", loaded.rows)
        F.volume_features(con)
        F.timing_features(con)
        pivot = F.pivot_features(con)
        say("sampling prompts per account", None)
        n_prompts = F.sample_prompts(con, params.features)
        say("prompt signals", n_prompts)
        F.prompt_features(con, params.features, say)
        F.account_prompt_features(con)
        rows = {r["account_id"]: r for r in F.account_features(con).to_pylist()}
        say("coordination graph and communities", len(rows))
        clusters, links = find_clusters(con, params.graph)
        say("synchronised activity", len(clusters))
        synchrony(con, clusters)
        pooled = _pool_clusters(con, clusters)
    finally:
        con.close()
    return Analysis(
        loaded, rows, clusters, pooled, links, pivot, loaded.rows, time.perf_counter() - started
    )


def _cluster_scores(analysis: Analysis, ref: dict[str, float]) -> dict[str, tuple[float, dict]]:
    """cluster_id → (score, evidences) on pooled prompts, member timing/pivot, synchrony."""
    own = {a: evidences(r, ref) for a, r in analysis.rows.items()}
    out = {}
    for c in analysis.clusters:
        ev = evidences(analysis.pooled.get(c.cluster_id, {}), ref)
        member_ev = [own[a] for a in c.accounts if a in own]
        for key in ("regularity", "pivot"):
            values = sorted(e[key] for e in member_ev)
            ev[key] = values[len(values) // 2] if values else 0.0
        ev["sync"] = sync_evidence(c.sync)
        out[c.cluster_id] = (min(1.0, score(ev) + SYNC_WEIGHT * ev["sync"]), ev)
    return out


def _best_boost(
    analysis: Analysis,
    calibration: Calibration,
    account_id: str,
    own: float,
    cluster: Cluster | None,
    cluster_scores: dict[str, tuple[float, dict]],
) -> tuple[float, str] | None:
    """The highest cluster score this account inherits, if any: it needs some evidence of its own,
    a template or payment link into the cluster, and (for a neighbouring cluster) two such links."""
    if own < calibration.boost_min_own:
        return None
    by_id = {c.cluster_id: c for c in analysis.clusters}
    best = None
    for cid, kinds in analysis.links.get(account_id, {}).items():
        strong = sum(kinds.get(k, 0) for k in BOOST_KINDS_DEFAULT)
        target = by_id[cid]
        if strong == 0 or len(target.accounts) < calibration.cluster_min_size:
            continue
        if (cluster is None or cid != cluster.cluster_id) and strong < 2:
            continue
        c_score, c_ev = cluster_scores[cid]
        if max(c_ev["cot"], c_ev["capability"]) < calibration.boost_min_content:
            continue  # shared templates + regular timing alone also describe legitimate pipelines
        if c_score > own and (best is None or c_score > best[0]):
            text = cluster_reason(target, c_score)
            if cluster is None or cid != cluster.cluster_id:
                text = text.replace(
                    "member of cluster", f"linked ({strong} template/payment links) to cluster"
                )
            best = (c_score, text)
    return best


def assess(analysis: Analysis, calibration: Calibration) -> dict:
    """Apply reference shares and threshold: the contract's JSON document."""
    ref = calibration.reference or reference_from_rows(list(analysis.rows.values()))
    threshold = calibration.threshold
    cluster_scores = _cluster_scores(analysis, ref)
    cluster_of = {a: c for c in analysis.clusters for a in c.accounts}
    accounts = []
    for account_id, row in analysis.rows.items():
        ev = evidences(row, ref)
        own = score(ev)
        risk = own
        reasons = ranked_reasons(ev, row, ref, analysis.pivot)
        codes = [code for code, _, _ in reasons]
        texts = [text for _, text, _ in reasons]
        cluster = cluster_of.get(account_id)
        boost = _best_boost(analysis, calibration, account_id, own, cluster, cluster_scores)
        if boost is not None:
            risk, text = boost
            codes.insert(0, "cluster")
            texts.insert(0, text)
        accounts.append(
            {
                "account_id": account_id,
                "risk": round(risk, 4),
                "flagged": risk >= threshold,
                "reasons": texts,
                "reason_codes": codes,
                "cluster_id": cluster.cluster_id if cluster else None,
                "signals": {
                    "own_score": round(own, 4),
                    **{k: round(v, 4) for k, v in ev.items()},
                    "events": int(row["n_events"]),
                    "sampled_prompts": int(row.get("n_sampled") or 0),
                    "distinct_prompts": int(row["distinct_prompts"]),
                    "mean_prompt_tokens": round(float(row["mean_prompt_tokens"] or 0), 1),
                    "mean_completion_tokens": round(float(row["mean_completion_tokens"] or 0), 1),
                    "ip24_ranges": int(row["n_ip24"]),
                    "gap_cv": None if row.get("gap_cv") is None else round(float(row["gap_cv"]), 3),
                },
            }
        )
    accounts.sort(key=lambda a: (-a["risk"], a["account_id"]))
    flagged_by_cluster: dict[str, int] = {}
    for a in accounts:
        if a["flagged"] and a["cluster_id"]:
            flagged_by_cluster[a["cluster_id"]] = flagged_by_cluster.get(a["cluster_id"], 0) + 1
    clusters = []
    for c in analysis.clusters:
        c_score, ev = cluster_scores[c.cluster_id]
        pooled = analysis.pooled.get(c.cluster_id, {})
        reasons = [f"{len(c.accounts)} accounts linked by {links_text(c.kinds)}"]
        if c.sync >= 0.1:
            reasons.append(
                f"synchronised activity: mean pairwise correlation r={c.sync:.2f} of 5-minute counts"
            )
        reasons += [text for _, text, _ in ranked_reasons(ev, pooled, ref, analysis.pivot)]
        clusters.append(
            {
                "cluster_id": c.cluster_id,
                "accounts": c.accounts,
                "reasons": reasons,
                "risk": round(c_score, 4),
                "flagged": c_score >= threshold,
                "flagged_accounts": flagged_by_cluster.get(c.cluster_id, 0),
                "links": c.kinds,
                "sync": round(c.sync, 4),
            }
        )
    clusters.sort(key=lambda c: (-c["risk"], c["cluster_id"]))
    return {
        "accounts": accounts,
        "clusters": clusters,
        "summary": {
            "events": analysis.events,
            "accounts": len(accounts),
            "flagged_accounts": sum(a["flagged"] for a in accounts),
            "clusters": len(clusters),
            "flagged_clusters": sum(c["flagged"] for c in clusters),
            "threshold": threshold,
            "target_benign_fpr": calibration.target_fpr,
            "calibration": calibration.source,
            "reference": {k: round(v, 4) for k, v in ref.items()},
            "new_model": analysis.pivot,
            "seconds": round(analysis.seconds, 2),
        },
        "skipped_rows": analysis.loaded.skipped,
        "skipped_examples": analysis.loaded.skipped_examples,
    }


def scan(
    path: str | Path,
    *,
    calibration: Calibration | None = None,
    params: ScanParams | None = None,
    progress: Progress | None = None,
) -> dict:
    """Scan an events file (JSONL or Parquet) and return the contract's flags document."""
    return assess(analyse(path, params, progress), calibration or Calibration.load())
