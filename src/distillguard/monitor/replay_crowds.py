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

Side model XMCRD reads the same crowds against another chance, because XMCR's one rate failed at
scale: on a 16M-event log it found a "crowd" of 329 accounts, 328 of them benign — prompts are not
equally popular (one "Continue" was sent by 42% of the accounts), heavy keys send thousands, and one
rate for every pair makes ordinary accounts look apart from one another. With a `ratio`:
- the chance that B sends a prompt p of A's is 1 − exp(−n_B·r_p): r_p is p's share of the senders
  among the accounts that are *not* candidates (the reference: what the scan's settled population
  sends), with `DRAW_PRIOR` pseudo-senders for every prompt someone in the scan sent (`draw_rates`);
  n_B is B's effective draws, those that would cover as many distinct prompts as B sent
  (`effective_draws`: a coding key's thousands of prompts from a fifth of the corpus do not make
  everyone expect to share with it). A's chance against B is the sum over A's own prompts
  (conditional on what A sent: an account cannot be short of prompts it never sent), with the variance
  of that sum of Bernoulli draws (`draw_chance`); the eigenvector reads the symmetrised deficits;
- no bottom sample: the effective draws already weigh a heavy key by how much of the corpus it covers;
- a member must also fall short by an effect, not only by standard deviations: its overlap with the
  crowd, as a share of chance, is at most `ratio` times its share against the candidates outside the
  crowd (where it expects at least `MIN_REST_CHANCE`), so an account that misfits the chance against
  everyone alike is no member of a crowd (`_apart`).

The math is plain functions here (`overlap_chance`, `draw_rates`, `effective_draws`, `draw_chance`,
`disjoint_crowds`); `public_prompts_sent` is the glue: one engine query joining the candidates' events
with the public corpus's exact texts (hashed by the engine, so no prompt text of the scan is read
again), and one counting every other account's senders per public prompt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from distillguard.monitor.engine import Engine

if TYPE_CHECKING:
    from scipy import sparse

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
DRAW_PRIOR = 0.5  # pseudo-senders per prompt the scan sent, in the reference's draw rates (one no one else sent is not impossible)
MIN_REST_CHANCE = 10.0  # with a ratio: a member's expected overlap with the candidates outside its crowd, at least
BLOCK = 512  # accounts per block of `draw_chance` (a prompts × BLOCK dense matrix at a time)


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


def draw_rates(reference: np.ndarray, sent: np.ndarray) -> np.ndarray:
    """Each corpus prompt's chance per public draw, from how many reference accounts sent it (index =
    corpus identity), with `DRAW_PRIOR` pseudo-senders for each prompt anyone of the scan sent (a
    reference sender or one of `sent`, the candidates' identities) and none for the rest of the corpus:
    a scan whose users paste from one part of the corpus does not spread chance over all of it."""
    senders = np.asarray(reference, dtype=np.float64)
    seen = senders > 0
    seen[np.asarray(sent, dtype=np.int64)] = True
    prior = np.where(seen, DRAW_PRIOR, 0.0)
    return (senders + prior) / (senders.sum() + prior.sum())


def effective_draws(sizes: np.ndarray, rates: np.ndarray) -> np.ndarray:
    """For each account's count of distinct public prompts, the number n of draws at `rates` whose
    expected distinct prompts, Σ_p 1 − exp(−n·r_p), equals it. Why not its events: a key that sends
    thousands of prompts from a fifth of the corpus (a coding key) would be expected to share most
    prompts of everyone, and one that resends a prompt a hundred times to share more; its distinct
    prompts say how much of the corpus it covers."""
    grid = np.geomspace(1.0, 1e7, 400)
    covered = np.asarray([float(-np.expm1(-n * rates).sum()) for n in grid])
    return np.interp(np.asarray(sizes, dtype=np.float64), covered, grid)


def draw_chance(sent: sparse.csr_matrix, draws: np.ndarray, rates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For accounts × prompts `sent` (1 where the row's account sent the column's prompt), each
    account's `draws` (`effective_draws`) and each column's `rates`: E[A, B] = Σ_{p sent by A}
    P(B sends p) with P = 1 − exp(−n_B·r_p), and V[A, B] the variance of that count, Σ P(1 − P). Row A is conditional
    on A's own set, so E is not symmetric. In blocks of `BLOCK` columns of B."""
    n = len(draws)
    chance, variance = np.empty((n, n)), np.empty((n, n))
    for lo in range(0, n, BLOCK):
        p = -np.expm1(-np.outer(rates, np.asarray(draws[lo:lo + BLOCK], dtype=np.float64)))
        chance[:, lo:lo + BLOCK] = sent @ p
        variance[:, lo:lo + BLOCK] = sent @ (p * (1.0 - p))
    return chance, variance


def disjoint_crowds(sets: dict[str, np.ndarray], z: float, min_prompts: int, *,
                    reference: np.ndarray | None = None, ratio: float | None = None) -> list[ReplayCrowd]:
    """The disjoint-replay crowds among `sets` (account → its distinct public prompts' identities), as
    the module says: every account with at least `COLLECT_PROMPTS` of them (the `MAX_CANDIDATES` with the
    most) is compared; a crowd settles over `ROUNDS` rounds at `ROUND_Z`, and its members are the
    accounts of it with at least `min_prompts` distinct public prompts whose deficit against the rest of
    it reaches `z`. Without `ratio` (side model XMCR) the candidates' own overlaps set one chance rate
    over bottom samples; with it (side model XMCRD) the chance is each prompt's draw rate in `reference`
    (per corpus identity, the accounts that are not candidates and sent it) at each account's effective
    draws, and members must also pass the ratio bar. Deterministic (sorted accounts, a fixed start for
    the eigenvector)."""
    accounts = sorted((a for a, s in sets.items() if len(s) >= COLLECT_PROMPTS), key=lambda a: (-len(sets[a]), a))
    accounts = accounts[:MAX_CANDIDATES]
    if len(accounts) < MIN_MEMBERS:
        return []
    from scipy import sparse

    by_draws = ratio is not None
    if by_draws and reference is None:
        raise ValueError("a ratio bar needs the reference's senders per prompt")
    distinct = [np.unique(sets[a]) for a in accounts]
    kept = distinct if by_draws else [bottom(d) for d in distinct]
    rows = np.repeat(np.arange(len(accounts)), [len(k) for k in kept])
    prompts, cols = np.unique(np.concatenate(kept), return_inverse=True)
    dtype = np.float64 if by_draws else np.float32
    x = sparse.csr_matrix((np.ones(len(rows), dtype=dtype), (rows, cols)), shape=(len(accounts), len(prompts)))
    overlaps = (x @ x.T).toarray().astype(np.float64)
    if by_draws:
        assert reference is not None
        if len(prompts) and int(prompts[-1]) >= len(reference):
            raise ValueError("the reference counts fewer corpus prompts than the sets name")
        rates = draw_rates(reference, prompts)
        draws = effective_draws(np.asarray([len(k) for k in kept]), rates)
        chance, variance = draw_chance(x, draws, rates[prompts])
    else:
        sizes = np.diag(overlaps).copy()
        s2 = overlap_chance(overlaps, sizes)
        if s2 <= 0:
            return []
        chance = np.outer(sizes, sizes) * s2
        variance = chance  # a Poisson count
    for m in (chance, variance, overlaps):
        np.fill_diagonal(m, 0.0)
    large = np.asarray([len(d) >= min_prompts for d in distinct])  # before the bottom sample
    left = np.arange(len(accounts))
    found: list[ReplayCrowd] = []
    for _ in range(MAX_CROWDS):
        if len(left) < MIN_MEMBERS:
            break
        e, o, v = (m[np.ix_(left, left)] for m in (chance, overlaps, variance))
        deficit = (e - o) / np.sqrt(np.maximum(v, 1e-12))
        if by_draws:
            deficit = 0.5 * (deficit + deficit.T)  # rows are conditional on their own account
        np.fill_diagonal(deficit, 0.0)
        crowd = np.argsort(-_top_vector(deficit), kind="stable")[:TOP]
        for _ in range(ROUNDS):
            crowd = np.flatnonzero(_deficit_scores(e, o, v, crowd) >= ROUND_Z)
            if len(crowd) < MIN_MEMBERS:
                break
        if len(crowd) < MIN_MEMBERS:
            break
        keep = (_deficit_scores(e, o, v, crowd) >= z)[crowd] & large[left[crowd]]
        if ratio is not None:
            keep &= _apart(e, o, crowd, ratio)[crowd]
        members = crowd[keep]
        if len(members) < MIN_MEMBERS:
            break
        inner_o, inner_e = o[np.ix_(members, members)], e[np.ix_(members, members)]
        found.append(ReplayCrowd(tuple(sorted(accounts[left[i]] for i in members)),
                                 int(round(inner_o.sum() / 2)), float(inner_e.sum() / 2)))
        left = np.delete(left, crowd)
    return found


def _apart(chance: np.ndarray, overlaps: np.ndarray, crowd: np.ndarray, ratio: float) -> np.ndarray:
    """Per account: whether its overlap with `crowd` (itself left out), as a share of chance, is at most
    `ratio` times its share against the accounts outside the crowd, where it expects at least
    `MIN_REST_CHANCE`. Why: an account that misfits the draw rates against everyone alike — a coding key
    that draws only from a fifth of the corpus, against which every other account falls short — is
    short of chance against any crowd too, by many standard deviations; a shard is short against the
    other shards only."""
    outside = np.ones(len(chance), dtype=bool)
    outside[crowd] = False
    in_e, in_o = chance[:, crowd].sum(axis=1), overlaps[:, crowd].sum(axis=1)
    out_e, out_o = chance[:, outside].sum(axis=1), overlaps[:, outside].sum(axis=1)
    inside_share = in_o / np.maximum(in_e, 1e-12)
    outside_share = out_o / np.maximum(out_e, 1e-12)
    return (out_e >= MIN_REST_CHANCE) & (inside_share <= ratio * outside_share)


def _deficit_scores(chance: np.ndarray, overlaps: np.ndarray, variance: np.ndarray, crowd: np.ndarray) -> np.ndarray:
    """Per account: its overlaps with the crowd's accounts (itself left out: a zero diagonal) short of
    chance, in standard deviations — (Σ E − Σ O)/√(Σ V) (V = E for XMCR's Poisson counts)."""
    exp_sum, obs_sum, var_sum = (m[:, crowd].sum(axis=1) for m in (chance, overlaps, variance))
    return (exp_sum - obs_sum) / np.sqrt(np.maximum(var_sum, 1e-12))


def crowd_of(sets: dict[str, np.ndarray], z: float, min_prompts: int, *,
             reference: np.ndarray | None = None, ratio: float | None = None) -> dict[str, ReplayCrowd]:
    """Account → the disjoint-replay crowd it is a member of."""
    return {a: c for c in disjoint_crowds(sets, z, min_prompts, reference=reference, ratio=ratio)
            for a in c.members}


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


@dataclass(frozen=True)
class PublicPromptsSent:
    """What the scan collects for disjoint-replay crowds (`public_prompts_sent`)."""

    sets: dict[str, np.ndarray]  # candidate → the corpus identities of its distinct public prompts, sorted
    reference: np.ndarray  # per corpus identity: how many accounts that are not candidates sent it


def public_prompts_sent(con: Engine, accounts: list[str]) -> PublicPromptsSent:
    """For `accounts` (the candidates), those with at least `COLLECT_PROMPTS`: the corpus positions of
    the distinct public prompts each sent (every event, not the sample); and per corpus position, how
    many of the other accounts sent it. A prompt is public when its exact text is a public corpus
    prompt (the engine hashes the corpus's texts as it hashed the scan's); its identity is the position of the corpus's first prompt with the same normalised text
    (`content.public_positions`), so two spellings of one prompt count as one."""
    from distillguard.monitor.content import public_positions, public_prompts

    texts = list(public_prompts())
    reference = np.zeros(len(texts), dtype=np.int64)
    if not accounts:
        return PublicPromptsSent({}, reference)
    positions = public_positions(texts)
    con.register("replay_public_texts", pa.table({"prompt": pa.array(texts, type=pa.string()),
                                                  "pos": pa.array(positions, type=pa.int64())}))
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
        others = con.arrow(
            """SELECT p.pos, count(DISTINCT e.account_id) AS n FROM ev e JOIN replay_public p ON p.ph = e.ph
               WHERE e.account_id NOT IN (SELECT account_id FROM replay_candidates) GROUP BY p.pos"""
        )
    finally:
        con.unregister("replay_candidates")
        con.unregister("replay_public_texts")
    np.add.at(reference, np.asarray(others.column("pos").to_pylist(), dtype=np.int64),
              np.asarray(others.column("n").to_pylist(), dtype=np.int64))
    grouped: dict[str, list[int]] = {}
    for account, pos in zip(table.column("account_id").to_pylist(), table.column("pos").to_pylist(), strict=True):
        grouped.setdefault(account, []).append(pos)
    return PublicPromptsSent({a: np.sort(np.asarray(v, dtype=np.int64)) for a, v in grouped.items()}, reference)
