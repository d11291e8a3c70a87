"""Disjoint-replay crowds: accounts that replay a public prompt corpus between them, each its own
shard, so that they hardly ever send one another's prompts (side model XMCR).

Why: a harvest that regenerates a public chat dataset through many keys deals the dataset out — a
harvest does not buy one answer twice. Each key alone sends public prompts at an ordinary user's
pace and share, in no corpus order (model XMCT's corpus-order test reads an account that walks the
file), from residential addresses, so nothing of its own stands out. What the shards cannot hide is
that they avoid one another: two ordinary users who each paste public prompts share some of them at
a rate set by how popular the prompts are; two shards of one harvest share almost none.

The statistic, over the *candidates* (accounts that arrived during the scan — first seen more than
`crowds.ARRIVED_AFTER_S` after the time by which a quarter of the scan's accounts had been seen, model
XMCQ's reference — whose sampled prompts are mostly public, and that sent at least `min_prompts`
distinct public prompts): for each pair the overlap O (public prompts both sent) against its chance
E = k_A·k_B·s², where k is each account's count of distinct public prompts and s² the pairs'
overlap per product of counts over all candidate pairs (what the candidates' own overlaps say the
prompts' popularity is; a crowd among them lowers it, so its own deficit is read conservatively).
The standardised deficits R = (E − O)/√E form a matrix whose top eigenvector points at the group of
accounts that avoid one another most; the `TOP` largest components seed a crowd, which settles over
`ROUNDS` rounds keeping the accounts whose deficit against it is at least `ROUND_Z` standard
deviations, (Σ_B E − Σ_B O)/√(Σ_B E); its members are those of it with at least `min_prompts`
distinct public prompts whose deficit reaches `z`. A crowd needs `MIN_MEMBERS`; the settled crowd is
set aside and the search repeats (`MAX_CROWDS` at most).

The math is plain functions here (`overlap_chance`, `disjoint_crowds`); `public_sets` is the glue:
one engine query joining the candidates' events with the public corpus's exact texts (hashed by the
engine, so no prompt text of the scan is read again)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from distillguard.monitor.engine import Engine

TOP = 30  # the eigenvector's largest components that seed a crowd
ROUNDS = 3  # rounds in which a crowd settles: it keeps the accounts whose deficit against it reaches ROUND_Z
ROUND_Z = 3.0
MIN_MEMBERS = 5  # a crowd's least size
MAX_CROWDS = 3  # crowds looked for per scan (each search sets the found members aside)
MIN_SAMPLED = 10  # sampled prompts an account needs before its public share is read
MIN_SHARE = 0.5  # the share of its sampled prompts that are public, at least
ARRIVAL_QUANTILE = 0.25  # arrivals counted from the time a quarter of the accounts had been seen (XMCQ's)
COLLECT_PROMPTS = 30  # distinct public prompts an account needs before its set is collected (the smallest bar of the design grid)
CAP = 100  # distinct public prompts read per account at most (`bottom`)
MAX_CANDIDATES = 5000  # the most accounts compared (those with the most distinct public prompts): an n×n matrix


@dataclass(frozen=True)
class ReplayCrowd:
    """A crowd found: its members, and their overlaps among themselves against chance."""

    members: tuple[str, ...]
    observed: int  # public prompts sent by two members, counted per pair
    expected: float  # what chance would have them share


def overlap_chance(overlaps: np.ndarray, sizes: np.ndarray) -> float:
    """s²: the candidates' overlaps per product of their set sizes, over every pair (the diagonal
    left out). 0 where no pair overlaps or there is no pair."""
    k = sizes.astype(np.float64)
    products = float(k.sum() ** 2 - (k**2).sum())
    shared = float(overlaps.sum() - np.trace(overlaps))
    return shared / products if products > 0 else 0.0


def _top_vector(deficit: np.ndarray) -> np.ndarray:
    """The eigenvector of the largest eigenvalue of a symmetric matrix, signed to sum positive
    (Lanczos from a fixed start for large matrices: deterministic, and seconds at `MAX_CANDIDATES`)."""
    n = len(deficit)
    if n <= 400:
        vec = np.linalg.eigh(deficit)[1][:, -1]
    else:
        from scipy.sparse.linalg import eigsh

        vec = eigsh(deficit, k=1, which="LA", v0=np.ones(n))[1][:, 0]
    return vec if vec.sum() >= 0 else -vec


def bottom(identities: np.ndarray, cap: int = CAP) -> np.ndarray:
    """The distinct identities with the `cap` smallest fixed hashes (a bottom-k sample: two accounts
    keep a prompt they share whenever both sets are small enough to keep it). Why: a key that sends
    a thousand coding prompts would otherwise weigh in every pair by its size alone."""
    ids = np.unique(np.asarray(identities, dtype=np.int64))
    if len(ids) <= cap:
        return ids
    keys = (ids.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(17)
    return np.sort(ids[np.argsort(keys, kind="stable")[:cap]])


def disjoint_crowds(sets: dict[str, np.ndarray], z: float, min_prompts: int) -> list[ReplayCrowd]:
    """The disjoint-replay crowds among `sets` (account → its distinct public prompts' identities), as
    the module says: every account with at least `COLLECT_PROMPTS` of them (the `MAX_CANDIDATES` with the
    most) is compared and sets the chance of an overlap; a crowd settles over `ROUNDS` rounds at
    `ROUND_Z`, and its members are the accounts of it with at least `min_prompts` distinct public
    prompts whose deficit against the rest of it reaches `z`. Deterministic (sorted accounts, a fixed
    start for the eigenvector)."""
    accounts = sorted((a for a, s in sets.items() if len(s) >= COLLECT_PROMPTS), key=lambda a: (-len(sets[a]), a))
    accounts = accounts[:MAX_CANDIDATES]
    if len(accounts) < MIN_MEMBERS:
        return []
    from scipy import sparse

    kept = [bottom(sets[a]) for a in accounts]
    rows = np.repeat(np.arange(len(accounts)), [len(k) for k in kept])
    prompts, cols = np.unique(np.concatenate(kept), return_inverse=True)
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(accounts), len(prompts)))
    overlaps = (x @ x.T).toarray().astype(np.float64)
    sizes = np.diag(overlaps).copy()
    s2 = overlap_chance(overlaps, sizes)
    if s2 <= 0:
        return []
    chance = np.outer(sizes, sizes) * s2
    np.fill_diagonal(chance, 0.0)
    np.fill_diagonal(overlaps, 0.0)
    large = np.asarray([len(np.unique(sets[a])) >= min_prompts for a in accounts])  # before the bottom sample
    left = np.arange(len(accounts))
    found: list[ReplayCrowd] = []
    for _ in range(MAX_CROWDS):
        if len(left) < MIN_MEMBERS:
            break
        e, o = chance[np.ix_(left, left)], overlaps[np.ix_(left, left)]
        deficit = (e - o) / np.sqrt(np.maximum(e, 1e-12))
        np.fill_diagonal(deficit, 0.0)
        crowd = np.argsort(-_top_vector(deficit), kind="stable")[:TOP]
        for _ in range(ROUNDS):
            crowd = np.flatnonzero(_deficit_scores(e, o, crowd) >= ROUND_Z)
            if len(crowd) < MIN_MEMBERS:
                break
        if len(crowd) < MIN_MEMBERS:
            break
        members = crowd[(_deficit_scores(e, o, crowd)[crowd] >= z) & large[left[crowd]]]
        if len(members) < MIN_MEMBERS:
            break
        inner_o, inner_e = o[np.ix_(members, members)], e[np.ix_(members, members)]
        found.append(ReplayCrowd(tuple(sorted(accounts[left[i]] for i in members)),
                                 int(round(inner_o.sum() / 2)), float(inner_e.sum() / 2)))
        left = np.delete(left, crowd)
    return found


def _deficit_scores(chance: np.ndarray, overlaps: np.ndarray, crowd: np.ndarray) -> np.ndarray:
    """Per account: its overlaps with the crowd's accounts (itself left out: a zero diagonal) short of
    chance, in standard deviations of a Poisson count — (Σ E − Σ O)/√(Σ E)."""
    exp_sum, obs_sum = chance[:, crowd].sum(axis=1), overlaps[:, crowd].sum(axis=1)
    return (exp_sum - obs_sum) / np.sqrt(np.maximum(exp_sum, 1e-12))


def crowd_of(sets: dict[str, np.ndarray], z: float, min_prompts: int) -> dict[str, ReplayCrowd]:
    """Account → the disjoint-replay crowd it is a member of."""
    return {a: c for c in disjoint_crowds(sets, z, min_prompts) for a in c.members}


def reason(crowd: ReplayCrowd) -> str:
    return (f"one of a disjoint-replay crowd: {len(crowd.members) - 1} other accounts that arrived during "
            f"the scan replay public prompts and share {crowd.observed} of them between their pairs where "
            f"chance would have them share {crowd.expected:.0f} — a corpus dealt out over keys")


def candidates(rows: dict[str, dict], since: float) -> list[str]:
    """The accounts whose public prompts are collected: arrived after `since`, with at least
    `MIN_SAMPLED` sampled prompts of which at least `MIN_SHARE` are public."""
    out = []
    for a, r in rows.items():
        n = float(r.get("n_sampled") or 0)
        if n >= MIN_SAMPLED and float(r.get("n_replay") or 0) >= MIN_SHARE * n and float(r["first_ts"]) > since:
            out.append(a)
    return sorted(out)


def public_sets(con: Engine, accounts: list[str]) -> dict[str, np.ndarray]:
    """Account → the corpus positions of the distinct public prompts it sent (every event, not the
    sample), for `accounts`, those with at least `COLLECT_PROMPTS`. A prompt is public when its exact
    text is a public corpus prompt (the engine hashes the corpus's texts as it hashed the scan's);
    its identity is the position of the corpus's first prompt with the same normalised text
    (`content.public_positions`), so two spellings of one prompt count as one."""
    if not accounts:
        return {}
    from distillguard.monitor.content import public_positions, public_prompts

    texts = list(public_prompts())
    con.register("replay_public_texts", pa.table({"prompt": pa.array(texts, type=pa.string()),
                                                  "pos": pa.array(public_positions(texts), type=pa.int64())}))
    con.register("replay_candidates", pa.table({"account_id": pa.array(accounts, type=pa.string())}))
    try:
        con.run("CREATE OR REPLACE TABLE replay_public AS SELECT hash(prompt) AS ph, min(pos) AS pos "
                "FROM replay_public_texts GROUP BY 1")
        table = con.arrow(
            f"""WITH sent AS (SELECT DISTINCT e.account_id, p.pos FROM ev e
                    JOIN replay_candidates c ON c.account_id = e.account_id
                    JOIN replay_public p ON p.ph = e.ph)
                SELECT account_id, pos FROM sent WHERE account_id IN (
                    SELECT account_id FROM sent GROUP BY account_id HAVING count(*) >= {int(COLLECT_PROMPTS)})"""
        )
    finally:
        con.unregister("replay_candidates")
        con.unregister("replay_public_texts")
    out: dict[str, list[int]] = {}
    for account, pos in zip(table.column("account_id").to_pylist(), table.column("pos").to_pylist(), strict=True):
        out.setdefault(account, []).append(pos)
    return {a: np.sort(np.asarray(v, dtype=np.int64)) for a, v in out.items()}
