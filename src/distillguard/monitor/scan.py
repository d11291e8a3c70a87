"""The monitor pipeline: load → features → coordination clusters → calibrated risk → JSON.

`scan(path)` returns the contract's document:
{"accounts": [{"account_id", "risk", "flagged", "reasons", "cluster_id", ...}],
 "clusters": [{"cluster_id", "accounts", "reasons", ...}], "summary": {...}}
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa

from distillguard.monitor import features as F
from distillguard.monitor import replay_crowds
from distillguard.monitor.behaviour import behaviour_features
from distillguard.monitor.content import embedding_groups, embedding_reference, embedding_tests
from distillguard.monitor.corpus_order import order_tests
from distillguard.monitor.crowds import (
    ARRIVED_AFTER_S,
    arrival_reference,
    crowd_reason,
    crowds,
    flagged_through_crowd,
    flagged_through_suspect_crowd,
    mean_vectors,
    phrase_crowds,
    stranger_crowds,
    suspect_crowds,
    topic_candidates,
)
from distillguard.monitor.embed import EmbedParams
from distillguard.monitor.engine import Engine, open_engine
from distillguard.monitor.graph import Cluster, GraphParams, find_clusters, synchrony
from distillguard.monitor.inputs import check_location
from distillguard.monitor.load import MAX_PROMPT_CHARS, Loaded, load_events
from distillguard.monitor.phrases import long_prompts as speakers_long_prompts
from distillguard.monitor.phrases import phrase_speakers
from distillguard.monitor.reasons import cluster_reason, links_text, ranked_reasons
from distillguard.monitor.scoring import (
    Calibration,
    attribution,
    evidences,
    fresh_resample_reference,
    logit,
    population_reference,
    read,
    score,
    sharing_free,
)
from distillguard.monitor.state import RunTemplates, StateDir, carry
from distillguard.monitor.state import collect as collect_templates
from distillguard.monitor.substream import model_split_tests, substream_tests

Progress = Callable[[str, int | None], None]
MIN_POPULATION = 30  # fewer accounts than this: no population to compare against


@dataclass
class ScanParams:
    features: F.FeatureParams = field(default_factory=F.FeatureParams)
    graph: GraphParams = field(default_factory=GraphParams)
    embed: EmbedParams = field(default_factory=EmbedParams)
    skip_invalid: bool = False
    max_prompt_chars: int = MAX_PROMPT_CHARS
    threads: int | None = None  # DuckDB threads; Spark: local[threads] when no master is given
    memory_limit: str | None = None
    engine: str = "duckdb"  # or "spark": the same SQL steps on Spark (docs/monitor_spark.md)
    spark_master: str | None = None  # default local[*]
    spark_conf: dict[str, str] = field(default_factory=dict)
    since: date | None = None  # partitions (or, unpartitioned, events) from this day on
    collect_state: bool = False  # keep the day and template signatures a --state run carries


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
    warnings: list[str] = field(default_factory=list)
    engine: str = "duckdb"
    templates: RunTemplates | None = None  # with ScanParams.collect_state
    operators: dict[str, int] = field(default_factory=dict)  # account → operator (hard-link component)
    # account → the mean of its embedded prompts (float16), for topic crowds (`crowds`, side model XMC);
    # empty in analyses cached before it
    centroids: dict[str, np.ndarray] = field(default_factory=dict)
    # account → the shared phrases it speaks (`phrases.speakers`), for phrase crowds (side model XMCP);
    # empty in analyses cached before it
    phrases: dict[str, frozenset[bytes]] = field(default_factory=dict)
    # speaker → the hashes of its distinct long prompts (`phrases.long_prompts`), for phrase crowds'
    # split (side model XMCD), and those of every topic-crowd candidate (`crowds.topic_candidates`), for
    # suspect crowds' split (side model XMCV); empty in analyses cached before it
    long_prompts: dict[str, frozenset[int]] = field(default_factory=dict)
    # arrived public senders → the corpus positions of their distinct public prompts
    # (`replay_crowds.public_prompts_sent`), for disjoint-replay crowds (side model XMCR); empty in analyses
    # cached before it and in scans whose model does not read them
    public_sets: dict[str, np.ndarray] = field(default_factory=dict)
    # per corpus position, how many of the accounts that are not such candidates sent it
    # (`replay_crowds.public_prompts_sent`), for side model XMCRD's chance; None in analyses cached
    # before it and in scans whose model does not read them
    public_reference: np.ndarray | None = None


def connect(params: ScanParams) -> Engine:
    """The engine the SQL steps run on (DuckDB in-process, or Spark)."""
    return open_engine(
        params.engine,
        threads=params.threads,
        memory_limit=params.memory_limit,
        spark_master=params.spark_master,
        spark_conf=params.spark_conf or None,
    )


def _pool_clusters(
    con: Engine,
    clusters: list[Cluster],
    groups: dict[str, np.ndarray],
    params: ScanParams,
    ref,
) -> dict[str, dict]:
    """Each cluster's prompt signals over the union of its members' sampled prompts (set-based
    SQL) and its embedding tests over the members' embedded prompts (up to 48, seeded)."""
    if not clusters:
        return {}
    membership = pa.table(
        {
            "account_id": [a for c in clusters for a in c.accounts],
            "cluster_id": [c.cluster_id for c in clusters for _ in c.accounts],
        }
    )
    con.register("cluster_members", membership)
    table = con.arrow(
        f"""SELECT m.cluster_id, {F.POOLED_SQL}
        FROM sample s JOIN prompt_features p USING (ph) JOIN cluster_members m USING (account_id)
        GROUP BY m.cluster_id"""
    )
    con.unregister("cluster_members")
    pooled = {r["cluster_id"]: r for r in table.to_pylist()}
    rng = np.random.default_rng(0)
    cluster_groups = {}
    for c in clusters:
        parts = [groups[a] for a in c.accounts if a in groups]
        if len(parts) >= 2:
            stacked = np.concatenate(parts)
            if len(stacked) > 48:
                stacked = stacked[np.sort(rng.choice(len(stacked), 48, replace=False))]
            cluster_groups[c.cluster_id] = stacked
    for cid, tests in embedding_tests(cluster_groups, params.embed, ref).items():
        pooled.setdefault(cid, {}).update(tests)
    return pooled


def analyse(
    path: str | Path, params: ScanParams | None = None, progress: Progress | None = None
) -> Analysis:
    """Measure every signal and cluster of an events file (no thresholds applied)."""
    params = params or ScanParams()
    say = progress or (lambda _stage, _n=None: None)
    started = time.perf_counter()
    check_location(path)  # a missing file or a URI fails before an engine (a JVM) starts
    if params.engine != "duckdb":
        say(f"starting {params.engine} ({params.spark_master or 'local'})", None)
    con = connect(params)
    try:
        say("validating events", None)
        loaded = load_events(
            con,
            path,
            skip_invalid=params.skip_invalid,
            max_prompt_chars=params.max_prompt_chars,
            since=params.since,
        )
        say("volume, timing, model-pivot and behaviour signals", loaded.rows)
        F.volume_features(con)
        F.timing_features(con)
        F.resample_features(con, params.features.compared, burst=params.features.burst)
        pivot = F.pivot_features(con)
        behaviour_features(con)
        say("sampling prompts per account", None)
        n_prompts = F.sample_prompts(con, params.features)
        say("prompt signals", n_prompts)
        F.prompt_features(con, params.features, say)
        F.account_prompt_features(con)
        groups = embedding_groups(con, params.embed, say)
        say("embedding tests (MMD, narrowness)", len(groups))
        ref = embedding_reference(groups, MIN_POPULATION) if groups else None
        tests = embedding_tests(groups, params.embed, ref)
        rows = {r["account_id"]: r for r in F.account_features(con).to_pylist()}
        for account, values in tests.items():
            rows[account].update(values)
        phrases: dict[str, frozenset[bytes]] = {}
        long_of: dict[str, frozenset[int]] = {}
        centroids = mean_vectors(groups)
        if params.features.phrases:
            say("shared short phrases", None)
            phrases = phrase_speakers(con, {a: int(r["n_events"]) for a, r in rows.items()})
        wanted = set(phrases) if params.features.phrases and params.features.partition else set()
        if params.features.suspect_crowds:
            say("topic-crowd candidates", len(centroids))
            wanted |= topic_candidates(centroids)  # side model XMCV: every possible suspect-crowd member
        if wanted:
            say("speakers' long prompts" if not params.features.suspect_crowds
                else "speakers' and candidates' long prompts", len(wanted))
            long_of = speakers_long_prompts(con, wanted)
        if params.features.substream and params.features.task_shapes:
            say("sub-streams of heavy keys", None)
            for account, values in substream_tests(con, params.features.seed).items():
                rows[account].update(values)
        if params.features.model_split:
            say("new-model sub-streams of heavy keys", None)
            for account, values in model_split_tests(con, pivot, params.features.seed).items():
                rows[account].update(values)
        if params.features.corpus_order:
            say("public prompts' corpus order", None)
            for account, values in order_tests(con).items():
                rows[account].update(values)
        public_sets: dict[str, np.ndarray] = {}
        public_reference = None
        if params.features.replay_crowds:
            since = arrival_reference({a: float(r["first_ts"]) for a, r in rows.items()},
                                      replay_crowds.ARRIVAL_QUANTILE) + ARRIVED_AFTER_S
            wanted_sets = replay_crowds.candidates(rows, since)
            say("arrived public senders' public prompts", len(wanted_sets))
            sent = replay_crowds.public_prompts_sent(con, wanted_sets)
            public_sets, public_reference = sent.sets, sent.reference
        say("coordination graph and communities", len(rows))
        clusters, links, operators = find_clusters(con, params.graph)
        say("synchronised activity", len(clusters))
        synchrony(con, clusters)
        pooled = _pool_clusters(con, clusters, groups, params, ref)
        templates = None
        if params.collect_state:
            say("templates for the carried state", None)
            templates = collect_templates(con, params.features)
    finally:
        con.close()
    warnings = []
    if len(rows) < MIN_POPULATION:
        warnings.append(
            f"only {len(rows)} accounts: the monitor compares each account with the scanned "
            f"population (reference shares, volume) and needs at least {MIN_POPULATION}; "
            "risks from this scan are unreliable"
        )
        say(f"warning: {warnings[-1]}", None)
    return Analysis(
        loaded,
        rows,
        clusters,
        pooled,
        links,
        pivot,
        loaded.rows,
        time.perf_counter() - started,
        warnings,
        params.engine,
        templates,
        operators,
        centroids,
        phrases,
        long_of,
        public_sets,
        public_reference,
    )


def _member_median(evs: list[dict[str, float]], key: str) -> float:
    values = sorted(e[key] for e in evs)
    return values[len(values) // 2] if values else 0.0


MEMBER_MEDIAN = (  # per-account behaviour: a cluster is as automated as its typical member
    "yield",
    "followup",
    "regularity",
    "pivot",
    "no_sleep",
    "sustained",
    "hosting",
    "rotation",
    "traversal",
    "volume",
)


MEMBER_FACTS = (  # raw per-account values the reasons quote, as the cluster's typical member
    "n_events",
    "n_read_pairs",
    "n_quick_followups",
    "distinct_prompts",
    "n_ip24",
    "hosting_share",
    "sleep_gap_h",
    "active_days",
    "longest_run_h",
    "gap_cv",
    "n_gaps",
    "pivot_share",
    "cohort_size",
    "mean_completion_tokens",
)  # card_orgs, template_orgs, throwaway_orgs: the largest over members (one shared card or template is enough),
#   set in _cluster_scores


def _cluster_scores(
    analysis: Analysis, own: dict[str, dict[str, float]], ref: dict, cal: Calibration
) -> dict[str, tuple[float, dict, dict]]:
    """cluster_id → (score, evidences, row for its reasons): pooled prompts, member-median
    behaviour (and the typical member's raw values, so reasons quote real numbers), synchrony."""
    out = {}
    for c in analysis.clusters:
        row = dict(analysis.pooled.get(c.cluster_id, {}), sync=c.sync)
        ev = evidences(row, ref)
        member_ev = [own[a] for a in c.accounts if a in own]
        for key in MEMBER_MEDIAN:
            ev[key] = _member_median(member_ev, key)
        ev["payment"] = max((e["payment"] for e in member_ev), default=0.0)
        ev["template_orgs"] = max((e["template_orgs"] for e in member_ev), default=0.0)
        ev["throwaway"] = max((e["throwaway"] for e in member_ev), default=0.0)
        members = [analysis.rows[a] for a in c.accounts if a in analysis.rows]
        for key in MEMBER_FACTS:
            values = sorted(float(m[key]) for m in members if m.get(key) is not None)
            row[key] = values[len(values) // 2] if values else None
        row["card_orgs"] = max((m.get("card_orgs") or 1 for m in members), default=1)
        row["template_orgs"] = max((m.get("template_orgs") or 0 for m in members), default=0)
        row["throwaway_orgs"] = max((m.get("throwaway_orgs") or 0 for m in members), default=0)
        out[c.cluster_id] = (score(ev, cal), ev, row)
    return out


OPERATOR_COVERS = 0.5  # an operator holding at least this share of a cluster *is* the cluster


@dataclass(frozen=True)
class Operators:
    """What the operator rule reads, computed once per assessment (an operator can hold thousands
    of accounts, a proxy pool's, so nothing here is per account × operator): each operator's two
    highest own scores, its account count per cluster and (with a calibration's `operator_median`,
    side model XMCO) the median own score of its accounts."""

    of: dict[str, int]  # account → operator number (accounts with a hard link only)
    top_two: dict[int, tuple[float, float]]
    in_cluster: dict[tuple[int, str], int]
    median_own: dict[int, float] = field(default_factory=dict)  # read with a calibration's operator_median only
    covering_median: float | None = None  # `Calibration.operator_median`

    @classmethod
    def build(
        cls, analysis: Analysis, own_scores: dict[str, float], cluster_of: dict[str, Cluster],
        covering_median: float | None = None,
    ) -> Operators:
        top: dict[int, tuple[float, float]] = {}
        counts: dict[tuple[int, str], int] = {}
        scores: dict[int, list[float]] = {}
        for account, number in analysis.operators.items():
            score_ = own_scores.get(account, 0.0)
            first, second = top.get(number, (-1.0, -1.0))
            top[number] = (score_, first) if score_ >= first else (first, max(second, score_))
            if covering_median is not None:  # only a model that reads it pays for the lists
                scores.setdefault(number, []).append(score_)
            cluster = cluster_of.get(account)
            if cluster is not None:
                key = (number, cluster.cluster_id)
                counts[key] = counts.get(key, 0) + 1
        medians = {n: statistics.median(v) for n, v in scores.items()}
        return cls(analysis.operators, top, counts, medians, covering_median)

    def clears(self, account_id: str, own: float, target: Cluster, threshold: float) -> bool:
        """Whether the account's operator lets `target`'s score pass to it. An account tied by
        hard links to other accounts belongs to an identified operator and is judged as that
        operator: a cluster's guilt reaches it only if another of the operator's accounts is
        flagged on its own evidence, or the operator makes up at least half the cluster (the
        pooled score is then its own). Soft links (templates, a user agent) to a different
        operator's guilty accounts are not evidence: an app whose five keys share a card, asking
        the same kind of question as a harvesting ring, is not that ring (blind batches 6, 10
        and 11 each had such a business). An account with no hard link keeps the usual rule.
        With `covering_median` (side model XMCO) the covering operator must also bear the pooled
        score out itself: the median own score of its accounts reaches it. A business on one card
        that templates joined to a few campaign accounts makes up most of their cluster, and the
        campaign's members raise the pooled score it would otherwise take as its own (blind
        batches 192, 254, 256: 113 accounts at median own scores 0.14-0.36)."""
        number = self.of.get(account_id)
        if number is None:
            return True
        first, second = self.top_two[number]
        best_mate = second if own >= first else first
        if best_mate >= threshold:
            return True
        inside = self.in_cluster.get((number, target.cluster_id), 0)
        if inside < OPERATOR_COVERS * len(target.accounts):
            return False
        return self.covering_median is None or self.median_own[number] >= self.covering_median


def _inherited(
    analysis: Analysis,
    cal: Calibration,
    account_id: str,
    own: float,
    cluster_scores: dict[str, tuple[float, dict, dict]],
    by_id: dict[str, Cluster],
    operators: Operators,
    own_cluster: Cluster | None,
) -> tuple[float, str] | None:
    """The highest cluster score this account inherits, if any. No guilt by association: an
    account inherits only through a hard link into the cluster (payment, infrastructure beyond
    NAT size) or with evidence of its own: log-odds within `inherit_margin` of the threshold's —
    `linked_margin` where the account is not a member of the cluster, only linked into it (side
    model XSL: a student whose one assignment template matches a frame of a ring's community is
    linked to it, not part of it); and an account of an identified operator only as
    `Operators.clears` allows."""
    gap = logit(cal.threshold) - logit(own)
    best = None
    for cid, kinds in analysis.links.get(account_id, {}).items():
        target = by_id[cid]
        if len(target.accounts) < cal.cluster_min_size:
            continue
        member = own_cluster is target  # the community it belongs to (an account has at most one)
        hard = _hard_into(analysis, cal, account_id, kinds)
        if not hard and gap > cal.margin_for(member):
            continue
        c_score = cluster_scores[cid][0]
        if c_score > own and (best is None or c_score > best[0]):
            if not operators.clears(account_id, own, target, cal.threshold):
                continue
            text = cluster_reason(target, c_score)
            if not member:
                text = text.replace("member of cluster", "linked to cluster")
            how = "a hard link (payment or shared networks)" if hard else (
                "its own evidence"
            )
            best = (c_score, f"{text}; inherited through {how}")
    return best


def _hard_into(analysis: Analysis, cal: Calibration, account_id: str, kinds: dict[str, int]) -> bool:
    """Whether the account's links into a cluster include a hard one: a shared payment instrument, or
    shared networks (two or more common /24s, `graph.hard_links`) — the latter, with a calibration's
    `network_hard_hosting` (side model XH), only for an account that much of whose traffic comes from
    hosting networks. A campus's or an ISP's /24s are shared by its students and subscribers as a
    farm's cloud /24s are by its keys; only the cloud's are rented for the purpose."""
    if not kinds.get("hard"):
        return False
    if cal.network_hard_hosting is None or kinds.get("payment"):
        return True
    share = analysis.rows.get(account_id, {}).get("hosting_share") or 0.0
    return float(share) >= cal.network_hard_hosting


def assessment_reference(analysis: Analysis, cal: Calibration) -> dict:
    """The reference every account's own evidence is read against (`scoring.evidences`): the scanned
    population's shares and the calibration's own values; `assess` reads it, and design scripts that
    need an account's own score as the assessment reads it call it too."""
    return {
        **population_reference(list(analysis.rows.values())),
        **cal.reference,
        "template_orgs_free": sharing_free(cal.template_orgs_free, len(analysis.rows)),
        "throwaway_orgs_free": sharing_free(cal.throwaway_orgs_free, len(analysis.rows)),
        "rotation_consumer_only": cal.rotation_consumer_only,
        **fresh_resample_reference(cal.resample_fresh, cal.resample_beside, cal.resample_compared,
                                   cal.resample_balanced, cal.resample_burst),
        # the release time, for a model that reads release-day newcomers (side model XMN) only, so
        # every other model's document keeps its reference as it was
        **({"release_ts": float(analysis.pivot["release_ts"])}
           if analysis.pivot and cal.weights.get("newcomer", 0.0) > 0.0 else {}),
    }


def assess(analysis: Analysis, calibration: Calibration) -> dict:
    """Apply the model and threshold: the contract's JSON document."""
    cal = calibration
    ref = assessment_reference(analysis, cal)
    threshold = cal.threshold
    own_ev = {a: evidences(r, ref) for a, r in analysis.rows.items()}
    cluster_scores = _cluster_scores(analysis, own_ev, ref, cal)
    cluster_of = {a: c for c in analysis.clusters for a in c.accounts}
    by_id = {c.cluster_id: c for c in analysis.clusters}
    own_read = {a: read(ev, cal) for a, ev in own_ev.items()}  # (risk, decider, trees): one reading each
    own_scores = {a: r.risk for a, r in own_read.items()}
    operators = Operators.build(analysis, own_scores, cluster_of, cal.operator_median)
    # topic crowds, for a model that reads them only (side model XMC), so every other model's document
    # is unchanged; an analysis pickled before centroids existed has none (`getattr`)
    # (side models XMCA and XMCQ also read when each account was first seen)
    first_seen = None if cal.crowd_arrived is None else {a: float(r["first_ts"]) for a, r in analysis.rows.items()}
    crowd_of = {} if cal.crowd_median is None else crowds(
        getattr(analysis, "centroids", {}), own_scores, first_seen, cal.crowd_arrived_quantile)
    # the accounts whose own evidence is within the inherit margin: the ones a crowd's split is counted for
    near = {a for a, s in own_scores.items() if logit(threshold) - logit(s) <= cal.inherit_margin}
    # phrase crowds, for a model that reads them only (side model XMCP, XMCD, XMCT, XMCTO and the shipped XMCW)
    # (side model XMCD also reads their split, for the accounts whose own evidence is within the margin)
    phrase_of = {} if not cal.crowd_phrases else phrase_crowds(
        getattr(analysis, "phrases", {}), own_scores, first_seen, cal.crowd_arrived_quantile,
        None if cal.crowd_partition is None else getattr(analysis, "long_prompts", {}),
        near)
    # stranger crowds, for a model that reads them only (side model XMCS): clusters held by soft links alone
    stranger_of = {} if cal.crowd_strangers is None else stranger_crowds(analysis.clusters, own_scores)
    # suspect crowds, for a model that reads them only (side model XMCV and the shipped XMCW): near suspects that arrived and split their tasks
    suspect_of = {} if cal.crowd_suspects is None or first_seen is None else suspect_crowds(
        getattr(analysis, "centroids", {}), own_scores, near, first_seen, cal.crowd_arrived_quantile,
        getattr(analysis, "long_prompts", {}))
    # disjoint-replay crowds, for a model that reads them only (side models XMCR and XMCRD, the latter
    # against each prompt's draw rate with its ratio bar): arrived public senders that avoid one
    # another's public prompts (`replay_crowds`)
    replay_of = {} if cal.replay_crowd_z is None else replay_crowds.crowd_of(
        getattr(analysis, "public_sets", {}), cal.replay_crowd_z, int(cal.replay_crowd_prompts or 0),
        reference=getattr(analysis, "public_reference", None), ratio=cal.replay_crowd_ratio)
    # Leads: accounts one capped content signal would have flagged alone (`scoring.contributions`):
    # not flagged, listed for an analyst to look at.
    uncapped = None if cal.solo_margin is None else replace(cal, solo_margin=None)
    accounts = []
    for account_id, row in analysis.rows.items():
        ev = own_ev[account_id]
        own = own_scores[account_id]
        risk = own
        parts, decided = attribution(ev, cal, own_read[account_id])
        reasons = ranked_reasons(ev, row, ref, analysis.pivot, cal, parts)
        codes = [code for code, _, _ in reasons]
        texts = [text for _, text, _ in reasons]
        cluster = cluster_of.get(account_id)
        boost = _inherited(analysis, cal, account_id, own, cluster_scores, by_id, operators, cluster)
        if boost is not None:
            risk, text = boost
            codes.insert(0, "cluster")
            texts.insert(0, text)
        crowd = next((c for c in (crowd_of.get(account_id), phrase_of.get(account_id)) if flagged_through_crowd(
            c, logit(threshold) - logit(own), cal.crowd_median, cal.inherit_margin, cal.crowd_arrived,
            cal.crowd_partition)), None)
        stranger = stranger_of.get(account_id)
        if crowd is None and cal.crowd_strangers is not None and flagged_through_crowd(
                stranger, logit(threshold) - logit(own), cal.crowd_strangers, cal.inherit_margin):
            crowd = stranger
        suspect = suspect_of.get(account_id)
        if crowd is None and cal.crowd_suspects is not None and cal.crowd_arrived is not None and flagged_through_suspect_crowd(
                suspect, logit(threshold) - logit(own), cal.inherit_margin, cal.crowd_arrived, cal.crowd_suspects,
                int(row.get("card_accounts") or 0), cal.crowd_suspect_cards):
            crowd = suspect
        if risk < threshold and crowd is not None:
            risk = threshold  # flagged, and ranked under every account that scores over the threshold
            codes.insert(0, "crowd")
            texts.insert(0, crowd_reason(crowd, cal.inherit_margin, cal.crowd_arrived_quantile, cal.crowd_partition))
        elif risk < threshold and account_id in replay_of:
            risk = threshold  # flagged by its crowd alone: the shards' avoidance is the evidence
            codes.insert(0, "crowd")
            texts.insert(0, replay_crowds.reason(replay_of[account_id]))
        accounts.append(
            {
                "account_id": account_id,
                "risk": round(risk, 6),
                "flagged": risk >= threshold,
                "lead": bool(
                    risk < threshold and uncapped is not None and score(ev, uncapped) >= threshold
                ),
                "reasons": texts,
                "reason_codes": codes,
                "cluster_id": cluster.cluster_id if cluster else None,
                "contributions": {
                    k: round(v, 4) for k, v in parts.items() if v > 0
                },
                "scored_by": decided,
                "signals": {
                    "own_score": round(own, 6),
                    **{k: round(v, 4) for k, v in ev.items()},
                    "events": int(row["n_events"]),
                    "sampled_prompts": int(row.get("n_sampled") or 0),
                    "embedded_prompts": int(row.get("n_embedded") or 0),
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
        c_score, ev, pooled = cluster_scores[c.cluster_id]
        reasons = [f"{len(c.accounts)} accounts linked by {links_text(c.kinds)}"]
        if c.sync >= 0.1:
            reasons.append(
                f"synchronised activity: mean pairwise correlation r={c.sync:.2f} of 5-minute counts"
            )
        reasons += [text for _, text, _ in ranked_reasons(ev, pooled, ref, analysis.pivot, cal)]
        clusters.append(
            {
                "cluster_id": c.cluster_id,
                "accounts": c.accounts,
                "reasons": reasons,
                "risk": round(c_score, 6),
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
            "lead_accounts": sum(a["lead"] for a in accounts),
            "clusters": len(clusters),
            "flagged_clusters": sum(c["flagged"] for c in clusters),
            "threshold": threshold,
            "target_benign_fpr": cal.target_fpr,
            "calibration": cal.source,
            "reference": {k: round(v, 4) for k, v in ref.items()},
            "new_model": analysis.pivot,
            "seconds": round(analysis.seconds, 2),
            "warnings": analysis.warnings,
        },
        "skipped_rows": analysis.loaded.skipped,
        "skipped_examples": analysis.loaded.skipped_examples,
        "skipped_files": analysis.loaded.skipped_files,
        "input": {
            "files": analysis.loaded.files,
            "pruned_files": analysis.loaded.pruned_files,
            "engine": analysis.engine,
        },
    }


def scan(
    path: str | Path,
    *,
    calibration: Calibration | None = None,
    params: ScanParams | None = None,
    progress: Progress | None = None,
) -> dict:
    """Scan an events file (JSONL or Parquet) and return the contract's flags document."""
    cal = calibration or Calibration.load()
    return assess(analyse(path, params_for(cal, params), progress), cal)


def params_for(cal: Calibration, params: ScanParams | None) -> ScanParams:
    """`params` with the steps `cal` reads switched on: the heavy keys' sub-stream test runs only
    for a calibration that weighs it (side model XS), so the shipped model's scan pays nothing for
    it (on the 16M-event simulator log model X's scan already takes most of its 10-minute bound);
    likewise the compared repeats, only for a calibration that reads them off (side model XC), the
    repeats across an organisation's keys, only for one that reads them (side model XMK), and
    the new-model sub-stream test, only for a calibration that weighs it (model XM, shipped after
    blind batch 120: the step takes about 3 s on the 16M-event log, `bench/monitor_split_timing.py`),
    and the shared short phrases, only for a calibration that reads phrase crowds (side model XMCP:
    8.7 s on a 10M-event log of blind batches 185–216, `bench/monitor_phrase_crowds.py 185-216 --timing`),
    and the speakers' long prompts, only for a calibration that reads phrase crowds' split (model XMCD,
    shipped after blind batch 248: on the 16M-event simulator log the two steps took 44 s and 42 s of a
    516-s scan, as `bench/monitor.py --scale-only --cold-cache` prints its stages; since the long
    prompts are read by the length the load step keeps, 46 s and 0.1 s of a 482-s scan,
    `bench/results/monitor_16m_model_xmcd_prompt_chars.json`), and the public prompts' corpus order,
    only for a calibration that weighs it (model XMCT, shipped after blind batch 312)."""
    params = params or ScanParams()
    if cal.weights.get("substream", 0.0) > 0.0 and not params.features.substream:
        params = replace(params, features=replace(params.features, substream=True))
    if cal.resample_compared and not params.features.compared:
        params = replace(params, features=replace(params.features, compared=True))
    if cal.resample_burst and not params.features.burst:
        params = replace(params, features=replace(params.features, burst=True))
    if cal.weights.get("model_split", 0.0) > 0.0 and not params.features.model_split:
        params = replace(params, features=replace(params.features, model_split=True))
    if cal.crowd_phrases and not params.features.phrases:
        params = replace(params, features=replace(params.features, phrases=True))
    if cal.crowd_partition is not None and not params.features.partition:
        params = replace(params, features=replace(params.features, partition=True))
    if cal.weights.get("corpus_order", 0.0) > 0.0 and not params.features.corpus_order:
        params = replace(params, features=replace(params.features, corpus_order=True))
    if cal.crowd_suspects is not None and not params.features.suspect_crowds:
        params = replace(params, features=replace(params.features, suspect_crowds=True))
    if cal.replay_crowd_z is not None and not params.features.replay_crowds:
        params = replace(params, features=replace(params.features, replay_crowds=True))
    return params


def scan_with_state(
    path: str | Path,
    state: StateDir,
    *,
    calibration: Calibration | None = None,
    params: ScanParams | None = None,
    progress: Progress | None = None,
):
    """`scan`, plus each account's `history` from the newest state of an earlier day in `state`;
    returns (document, the state to write once the document is saved). Risks are unchanged."""
    cal = calibration or Calibration.load()
    params = replace(params_for(cal, params), collect_state=True)
    analysis = analyse(path, params, progress)
    doc = assess(analysis, cal)
    assert analysis.templates is not None
    body = carry(doc, analysis.templates, state.previous(analysis.templates.as_of))
    return doc, body
