"""Cross-account coordination graph: shared infrastructure and templates → clusters.

Edges come from shared payment fingerprints, IP /24 (v6 /48) prefixes, rare user agents and
near-duplicate prompt templates. A value shared by s accounts is wired as a sparse circulant
graph (each member to the members 1, 2, 4, 8 places on, in hash order) instead of an s² clique,
so a 10,000-account proxy pool costs ~4·10^4 edges, not 5·10^7, and stays connected.
Clusters are Louvain communities (igraph's C implementation; networkx as a fallback; fixed seed).
Synchronised activity is measured per cluster as the mean pairwise correlation of members'
5-minute request counts (computed exactly from the centroid of unit vectors, O(n) per cluster).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pyarrow as pa
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from distillguard.monitor.engine import Engine

KIND_WEIGHTS = {"payment": 3.0, "template": 1.0, "ip24": 1.0, "user_agent": 0.5}
KIND_CAPS = {"payment": 1, "template": 3, "ip24": 2, "user_agent": 1}
KIND_TEXT = {
    "payment": "shared payment fingerprints",
    "template": "near-duplicate prompt templates",
    "ip24": "shared IP /24 ranges",
    "user_agent": "a shared uncommon user agent",
}
SYNC_BIN_S = 300


@dataclass
class GraphParams:
    ua_max_share: float = 0.02  # user agents used by more accounts than this are not evidence
    ip24_per_account: int = 3  # an account's busiest /24s
    templates_per_account: int = 5
    min_edge_weight: float = 1.0
    resolution: float = 1.0
    seed: int = 0


@dataclass
class Cluster:
    cluster_id: str
    accounts: list[str]
    kinds: dict[str, int] = field(default_factory=dict)  # link kind → intra-cluster edges
    sync: float = 0.0


def build_memberships(con: Engine, params: GraphParams) -> None:
    con.run(
        f"""CREATE OR REPLACE TABLE memberships AS
        SELECT DISTINCT 'payment' AS kind, payment_fingerprint AS val, account_id FROM ev
            WHERE payment_fingerprint IS NOT NULL AND payment_fingerprint <> ''
        UNION ALL
        SELECT 'ip24', ip24, account_id FROM (
            SELECT account_id, ip24, row_number() OVER (PARTITION BY account_id ORDER BY n DESC, ip24) AS rn
            FROM (SELECT account_id, ip24, count(*) AS n FROM ev GROUP BY ALL))
            WHERE rn <= {int(params.ip24_per_account)}
        UNION ALL
        SELECT DISTINCT 'user_agent', user_agent, account_id FROM ev
            WHERE user_agent IS NOT NULL AND user_agent <> ''
        UNION ALL
        SELECT 'template', template_id::VARCHAR, account_id FROM (
            SELECT account_id, template_id, row_number() OVER (PARTITION BY account_id ORDER BY n DESC,
            template_id) AS rn FROM account_templates) WHERE rn <= {int(params.templates_per_account)}"""
    )
    n_accounts = con.rows("SELECT count(DISTINCT account_id) FROM ev")[0][0]
    ua_cap = max(2, int(params.ua_max_share * n_accounts))
    con.run(
        f"""CREATE OR REPLACE TABLE shared_values AS SELECT kind, val, count(*) AS size
        FROM memberships GROUP BY kind, val
        HAVING count(*) >= 2 AND (kind <> 'user_agent' OR count(*) <= {ua_cap})"""
    )


EDGE_SQL = """
CREATE OR REPLACE TABLE edge_kinds AS
SELECT u, v, kind, count(*) AS c FROM (
    SELECT a.kind, a.val, least(a.account_id, b.account_id) AS u,
           greatest(a.account_id, b.account_id) AS v
    FROM ranked a CROSS JOIN (VALUES (1), (2), (4), (8)) o(off)
    JOIN ranked b ON b.kind = a.kind AND b.val = a.val AND b.rn = (a.rn + o.off) % a.size
    WHERE o.off < a.size AND a.account_id <> b.account_id
    GROUP BY ALL)
GROUP BY ALL"""
KINDS = tuple(KIND_WEIGHTS)


def _weighted_edges(con: Engine, min_weight: float) -> pa.Table:
    """(u, v, one count column per link kind, weight) for pairs at or above `min_weight`."""
    con.run(EDGE_SQL)
    counts = ", ".join(f"coalesce(sum(c) FILTER (WHERE kind = '{k}'), 0) AS {k}" for k in KINDS)
    weight = " + ".join(f"{KIND_WEIGHTS[k]} * least({k}, {KIND_CAPS[k]})" for k in KINDS)
    return con.arrow(
        f"""SELECT *, {weight} AS weight FROM (
            SELECT u, v, {counts} FROM edge_kinds GROUP BY u, v)
        WHERE {weight} >= {float(min_weight)}"""
    )


def _communities(
    n: int, src: np.ndarray, dst: np.ndarray, weight: np.ndarray, params: GraphParams
) -> np.ndarray:
    """Louvain community per node: igraph's C implementation when installed (fast at 10^5
    accounts), else networkx's (pure Python, fine for small logs). Deterministic seed."""
    try:
        import igraph
    except ImportError:
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), weight.tolist(), strict=True))
        membership = np.empty(n, dtype=np.int64)
        found = nx.community.louvain_communities(
            graph, weight="weight", resolution=params.resolution, seed=params.seed
        )
        for i, community in enumerate(found):
            membership[list(community)] = i
        return membership
    import random

    igraph.set_random_number_generator(random.Random(params.seed))
    graph = igraph.Graph(n=n, edges=np.column_stack([src, dst]).tolist())
    result = graph.community_multilevel(weights=weight.tolist(), resolution=params.resolution)
    return np.asarray(result.membership, dtype=np.int64)


def find_clusters(
    con: Engine, params: GraphParams
) -> tuple[list[Cluster], dict[str, dict[str, dict[str, int]]], dict[str, int]]:
    """Clusters (≥ 2 accounts, largest first); per account, its links into each cluster
    (cluster_id → link kind → linked members), its own cluster and neighbouring ones; and the
    operators (`operators`): account → operator number for every account with a hard link."""
    build_memberships(con, params)
    con.run(
        """CREATE OR REPLACE TABLE ranked AS SELECT m.kind, m.val, m.account_id, s.size,
        row_number() OVER (PARTITION BY m.kind, m.val ORDER BY hash(m.account_id)) - 1 AS rn
        FROM memberships m JOIN shared_values s USING (kind, val)"""
    )
    edges = _weighted_edges(con, params.min_edge_weight)
    if edges.num_rows == 0:
        return [], {}, {}
    u = edges.column("u").to_numpy(zero_copy_only=False)
    v = edges.column("v").to_numpy(zero_copy_only=False)
    names, index = np.unique(np.concatenate([u, v]), return_inverse=True)
    src, dst = index[: len(u)], index[len(u) :]
    membership = _communities(len(names), src, dst, edges.column("weight").to_numpy(), params)
    sizes = np.bincount(membership)
    order = sorted(
        (c for c in range(len(sizes)) if sizes[c] >= 2),
        key=lambda c: (-sizes[c], names[np.flatnonzero(membership == c)[0]]),
    )
    cluster_index = np.full(len(sizes), -1, dtype=np.int64)
    cluster_index[order] = np.arange(len(order))
    node_cluster = cluster_index[membership]
    members: list[list[str]] = [[] for _ in order]
    for node in np.argsort(names, kind="stable"):
        if node_cluster[node] >= 0:
            members[node_cluster[node]].append(str(names[node]))
    same = (node_cluster[src] == node_cluster[dst]) & (node_cluster[src] >= 0)
    kind_counts = {
        k: np.bincount(
            node_cluster[src][same],
            weights=edges.column(k).to_numpy()[same] > 0,
            minlength=len(order),
        )
        for k in KINDS
    }
    clusters = [
        Cluster(
            f"C{i + 1:04d}",
            members[i],
            {k: int(kind_counts[k][i]) for k in KINDS if kind_counts[k][i] > 0},
        )
        for i in range(len(order))
    ]
    links = _links(con, names, src, dst, node_cluster, edges, clusters)
    return clusters, links, operators(names, src, dst, hard_links(edges))


def operators(names: np.ndarray, src: np.ndarray, dst: np.ndarray, hard: np.ndarray) -> dict[str, int]:
    """Account → operator: the connected components of hard links (one payment instrument, or
    infrastructure beyond NAT size, ties accounts to one operator). Accounts without a hard link
    are not listed. A cluster may hold several operators glued by soft links (templates, a user
    agent); `scan._inherited` judges an identified operator by its own accounts' evidence."""
    if not hard.any():
        return {}
    graph = csr_matrix((np.ones(int(hard.sum())), (src[hard], dst[hard])), shape=(len(names), len(names)))
    _, label = connected_components(graph, directed=False)
    linked = np.unique(np.concatenate([src[hard], dst[hard]]))
    return {str(names[i]): int(label[i]) for i in linked}


def hard_links(edges: pa.Table) -> np.ndarray:
    """Edges that tie two accounts to one operator: a shared payment instrument, or shared
    infrastructure beyond what a corporate NAT gives (two or more common /24 networks among
    their busiest). Templates, one shared egress and user agents are soft: ordinary users share
    them too, so they can group accounts for pooling but never pass a cluster's guilt on."""
    return (edges.column("payment").to_numpy() > 0) | (edges.column("ip24").to_numpy() >= 2)


def _links(
    con, names, src, dst, node_cluster, edges, clusters
) -> dict[str, dict[str, dict[str, int]]]:
    """Set-based: for both directions of every edge into a cluster, count linked members by kind."""
    ids = np.array([c.cluster_id for c in clusters] + [""])
    directed = pa.table(
        {
            "account_id": pa.array(np.concatenate([names[src], names[dst]]).astype(str)),
            "cluster_id": pa.array(ids[np.concatenate([node_cluster[dst], node_cluster[src]])]),
            **{k: pa.array(np.tile(edges.column(k).to_numpy() > 0, 2)) for k in KINDS},
            "hard": pa.array(np.tile(hard_links(edges), 2)),
        }
    )
    con.register("directed_links", directed)
    sums = ", ".join(f"sum({k}::INT) AS {k}" for k in (*KINDS, "hard"))
    rows = con.rows(
        f"SELECT account_id, cluster_id, {sums} FROM directed_links WHERE cluster_id <> '' GROUP BY ALL"
    )
    con.unregister("directed_links")
    out: dict[str, dict[str, dict[str, int]]] = {}
    for account, cid, *counts in rows:
        out.setdefault(account, {})[cid] = {
            k: int(c) for k, c in zip((*KINDS, "hard"), counts, strict=True) if c
        }
    return out


def synchrony(con: Engine, clusters: list[Cluster]) -> None:
    """Set each cluster's mean pairwise Pearson correlation of 5-minute request counts."""
    if not clusters:
        return
    members = {a: i for i, c in enumerate(clusters) for a in c.accounts}
    con.register("clustered", pa.table({"account_id": list(members)}))
    t0 = con.rows("SELECT min(ts) FROM ev")[0][0]
    rows = con.arrow(
        f"""SELECT account_id, floor((ts - {t0}) / {SYNC_BIN_S})::BIGINT AS bin, count(*) AS c
        FROM ev SEMI JOIN clustered USING (account_id) GROUP BY ALL"""
    )
    con.unregister("clustered")
    if rows.num_rows == 0:
        return
    accounts = list(members)
    index = {a: i for i, a in enumerate(accounts)}
    r = np.fromiter((index[a] for a in rows.column("account_id").to_pylist()), dtype=np.int64)
    col = rows.column("bin").to_numpy()
    val = rows.column("c").to_numpy().astype(np.float64)
    n_bins = int(col.max()) + 1
    x = csr_matrix((val, (r, col)), shape=(len(accounts), n_bins))
    mean = np.asarray(x.sum(axis=1)).ravel() / n_bins
    sq = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    var = np.maximum(sq - n_bins * mean**2, 1e-12)
    scale = 1.0 / np.sqrt(var)
    owner = np.fromiter((members[a] for a in accounts), dtype=np.int64)
    for lo in range(0, len(clusters), 256):
        hi = min(len(clusters), lo + 256)
        sel = (owner >= lo) & (owner < hi)
        idx = np.flatnonzero(sel)
        c = csr_matrix((scale[idx], (owner[idx] - lo, idx)), shape=(hi - lo, len(accounts)))
        summed = np.asarray((c @ x).todense()) - (c @ mean)[:, None]
        sums = np.asarray((summed**2).sum(axis=1)).ravel()
        for k in range(hi - lo):
            n = len(clusters[lo + k].accounts)
            clusters[lo + k].sync = float((sums[k] - n) / (n * (n - 1))) if n >= 2 else 0.0


