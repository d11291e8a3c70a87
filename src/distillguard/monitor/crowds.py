"""Topic crowds (side model XMC): many accounts asking about one narrow topic, most of them suspect.

Why: person-like crowds — dozens of accounts, each its own organisation, card and home address, a
few dozen requests each in a person's rhythm, each asking its own slice of one curriculum — are the
largest mass every model missed on the blind batches. No template, payment or network links them,
so no cluster forms, and each member's own evidence stays under the threshold. What they share is
*what* they ask: their prompt-embedding centroids sit close together, away from the population's.

The rule (a stated one; its three numbers were chosen on spent batches, `bench/monitor_topic_crowds.py`):

- an account's **centroid** is the mean of its embedded prompts (`content.embedding_groups`), centred
  on the population's coordinate-wise median centroid (MiniLM's vectors share a large common part:
  uncentred, almost every pair of accounts is close) and scaled to unit length;
- its **topic neighbours** are the other accounts whose centroid is within cosine `CROWD_COSINE`;
- it is flagged through its crowd when it has at least `CROWD_NEIGHBOURS` of them, their median own
  score reaches the calibration's `crowd_median`, and its own evidence is within the calibration's
  `inherit_margin` of the threshold — the bar for inheriting a cluster's score through evidence of
  one's own (`scan._inherited`). A similar topic alone flags nobody: students of one course share a
  topic too, and their own scores are low (no guilt by association).

Side model XMCA adds one condition (the calibration's `crowd_arrived`): the crowd **arrived during the
scan** — at least that share of its neighbours were first seen more than `ARRIVED_AFTER_S` after the
scan's first event. A crowd recruited for a harvest turns up while it runs; a standing population —
a course's cohort, a team's coding agents, a product's users on our API — is there from the first
day. Known limit: a crowd that was already running when the scan's window opened looks standing.

Side model XMCQ measures arrival from the **population's own arrival** instead of the window's first
event (the calibration's `crowd_arrived_quantile`): a neighbour arrived when it was first seen more
than `ARRIVED_AFTER_S` after that share of all the scan's accounts had been seen. Why: on blind batch
183 an office's IDE coding agents, first seen on their first working day (0.6–1.6 days after a
window that opened on a weekend), all counted as arrived. Measured from the time a quarter of the
population had turned up, an office arriving with everyone else does not.

Side model XMCD adds a way past the crowd's median and arrival bars for a **phrase** crowd (the
calibration's `crowd_partition`): a crowd whose members never send one another's longer prompts.
Why: a harvest splits its curriculum among its accounts, since an answer bought twice is money spent
for nothing, so a phrase crowd of harvesters repeats almost none of its tasks. People who share a
script's lines share its tasks too: a course's students paste the same assignment, a team's agents
the same system prompt, an app's users its preset long prompts. The account's own evidence must
still be within the inherit margin. Its two numbers were chosen on spent batches 185–232
(`bench/monitor_phrase_crowds.py 185-232 --partition 0.005 0.01 0.02`, by a rule written down
before the outcome was seen): a bar of 1% lifts 210's cat_balance, 211's ski_flying, 225's aerotow
and 232's away_to_me (112 accounts) and no benign account; 2% also lifts two benign crowds (188's
quart, 191's kimberwick); `PARTITION_MIN_PROMPTS` of 20 and 50 made no difference there.

Side model XMCS adds **stranger crowds** (the calibration's `crowd_strangers`): a cluster of at least
`STRANGER_MIN_SIZE` accounts (`graph.py`'s communities) held together almost only by soft links —
payment and /24 links at most `STRANGER_HARD_SHARE` of its intra-cluster links — whose members'
median own score reaches `crowd_strangers`. Why: the person-like crowds every model missed (each
member its own organisation, card and home address) still turn up in the graph, linked by the
uncommon question templates their operators hand out, as clusters whose pooled score stays under the
threshold; the legitimate groups that template links gather — a course, an agency, a lab, a user
study, an office — share an organisation's card or network as well, and ordinary strangers who
share a template have low own scores. A member is flagged through it only with evidence of its own
within the inherit margin, as for every crowd. The three numbers were chosen on spent batches
185–260 (`bench/monitor_stranger_crowds.py 185-260`) by a rule written down before the outcome was
seen and, since every variant there also flagged benign accounts, extended after it (see
`docs/monitor.md`). Not shipped: on its blind batches 261–268 it added 39 campaign accounts (two
person-like crowds) and 16 benign ones (travelling power users, each suspect on its own evidence,
held together by templates alone) — the crowd's median does not tell such strangers from a crowd.

Side model XMCV adds **suspect crowds** (the calibration's `crowd_suspects`): an account whose own
evidence is within the inherit margin, with at least `SUSPECT_NEIGHBOURS` other such accounts whose
centroids are within cosine `SUSPECT_COSINE` of its own, at least `crowd_arrived` of them arrived during
the scan (XMCQ's reference), and the crowd split its tasks — at least `SUSPECT_MIN_PROMPTS` distinct
long prompts over the account and those neighbours, at most `crowd_suspects` of them sent by two or more
of them. Why: a scratch look at spent batches 249–312 showed most person-like crowd members the shipped
model missed with fewer than `CROWD_NEIGHBOURS` topic neighbours among *all* accounts (a crowd of a few
dozen, each with a dozen prompts, spreads its centroids), while their neighbours *among the suspect
accounts* are few and close (the grid, `bench/monitor_suspect_crowds.py`, is the design's record); the benign accounts such a crowd also gathers are mostly course cohorts, which paste one
assignment (the split's bar). Its four numbers were chosen on spent batches 249–312 by a rule written
before the grid ran (`docs/monitor.md`, side model XMCV); the analysis reads the long prompts of every
account with that many topic neighbours among all accounts (`topic_candidates`), a superset of any
suspect crowd's members. Side model XMCW (shipped after blind batch 336) keeps the four numbers and
adds a card bar (`crowd_suspect_cards`): a member whose busiest card pays for more accounts is an
organisation's (a course, an agency, a lab) and answers through its cluster instead. The splits of all
suspect crowds are read as one sparse product (`PromptSends`), since in a 16M-event log thousands of
suspects share crowds of thousands.

Plain functions over arrays: `scan.assess` applies them only for a calibration with `crowd_median`
(stranger crowds: with `crowd_strangers`; suspect crowds: with `crowd_suspects`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse

CROWD_COSINE = 0.6  # centred centroids at least this close are topic neighbours
CROWD_NEIGHBOURS = 20  # a crowd: at least this many topic neighbours
ARRIVED_AFTER_S = 86400.0  # side models XMCA/XMCQ: first seen later than this after the reference time: arrived
PARTITION_MIN_PROMPTS = 50  # side model XMCD: a crowd's split is read only over at least this many distinct long prompts
STRANGER_MIN_SIZE = 10  # side model XMCS: a stranger crowd is a cluster of at least this many accounts
STRANGER_HARD_SHARE = 0.05  # ... whose payment and /24 links are at most this share of its links
SUSPECT_COSINE = 0.6  # side model XMCV: centred centroids at least this close are a suspect's neighbours
SUSPECT_NEIGHBOURS = 5  # ... and a suspect crowd has at least this many of them, each also a suspect
SUSPECT_MIN_PROMPTS = 20  # ... whose split is read over at least this many distinct long prompts
BLOCK = 2048  # rows of the cosine matrix computed at a time (memory stays O(BLOCK × accounts))


@dataclass(frozen=True)
class Crowd:
    """An account's topic crowd (or, side model XMCP, its phrase crowd: `kind` "phrase"): how many
    neighbours, their median own score and (when asked for) the share of them that arrived during the
    scan; side model XMCD: for a phrase crowd, how many distinct long prompts it and its neighbours send
    and the share of them two or more send (`repeated_share`; None where not measured)."""

    neighbours: int
    median_own: float
    arrived: float | None = None
    kind: str = "topic"
    long_prompts: int = 0
    repeated: float | None = None

    def partitioned(self, bar: float | None) -> bool:
        """Side model XMCD: the crowd split its tasks — at least `PARTITION_MIN_PROMPTS` distinct long
        prompts, at most `bar` of them sent by two or more of its accounts."""
        return (
            bar is not None and self.repeated is not None
            and self.long_prompts >= PARTITION_MIN_PROMPTS and self.repeated <= bar
        )


def mean_vectors(groups: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Account → the mean of its embedded prompts (float16: what the analysis keeps)."""
    return {a: v.astype(np.float32).mean(axis=0).astype(np.float16) for a, v in groups.items() if len(v)}


def centred_unit(vectors: np.ndarray) -> np.ndarray:
    """Rows centred on their coordinate-wise median and scaled to unit length (a zero row stays 0)."""
    x = vectors.astype(np.float32)
    x = x - np.median(x, axis=0)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


def topic_neighbours(unit: np.ndarray) -> list[np.ndarray]:
    """For each row, the indices of the other rows within cosine `CROWD_COSINE`, a block at a time.
    (The constants are read at call time: the design script tries other values by setting them.)"""
    out: list[np.ndarray] = []
    for start in range(0, len(unit), BLOCK):
        sims = unit[start : start + BLOCK] @ unit.T
        for i, row in enumerate(sims):
            close = np.flatnonzero(row >= CROWD_COSINE)
            out.append(close[close != start + i])
    return out


def topic_candidates(centroids: dict[str, np.ndarray]) -> set[str]:
    """Side model XMCV: the accounts with at least `SUSPECT_NEIGHBOURS` others within cosine
    `SUSPECT_COSINE` among all accounts with a centroid — every possible member of a suspect crowd
    (its neighbours are a subset of these), so the analysis reads these accounts' long prompts only."""
    names = list(centroids)
    if len(names) <= SUSPECT_NEIGHBOURS:
        return set()
    unit = centred_unit(np.stack([centroids[a] for a in names]))
    found: set[str] = set()
    for start in range(0, len(unit), BLOCK):
        counts = np.count_nonzero(unit[start : start + BLOCK] @ unit.T >= SUSPECT_COSINE, axis=1) - 1
        found.update(names[start + i] for i in np.flatnonzero(counts >= SUSPECT_NEIGHBOURS))
    return found


def suspect_crowds(
    centroids: dict[str, np.ndarray], own_scores: dict[str, float], suspects: set[str],
    first_seen: dict[str, float], since_quantile: float | None, long_prompts: dict[str, frozenset[int]],
) -> dict[str, Crowd]:
    """Side model XMCV: suspect → its suspect crowd, for every one of `suspects` (the accounts whose own
    evidence is within the inherit margin) with at least `SUSPECT_NEIGHBOURS` other suspects within
    cosine `SUSPECT_COSINE` (centred on the whole population's median centroid, as `crowds`): their
    count, median own score, the share of them that arrived (`arrival_reference`) and the split over the
    account and them (`repeated_share`)."""
    names = [a for a in centroids if a in own_scores]
    picked = [i for i, a in enumerate(names) if a in suspects]
    if len(names) <= SUSPECT_NEIGHBOURS or len(picked) <= SUSPECT_NEIGHBOURS:
        return {}
    unit = centred_unit(np.stack([centroids[a] for a in names]))[picked]
    since = arrival_reference(first_seen, since_quantile)
    late = np.array([first_seen[names[i]] > since + ARRIVED_AFTER_S for i in picked], dtype=float)
    own = np.array([own_scores[names[i]] for i in picked], dtype=float)
    sends = PromptSends([names[i] for i in picked], long_prompts)
    found: dict[str, Crowd] = {}
    for start in range(0, len(unit), BLOCK):
        sims = unit[start : start + BLOCK] @ unit.T
        rows: list[int] = []
        neighbours: list[np.ndarray] = []
        for row_index, row in enumerate(sims):
            i = start + row_index
            near = np.flatnonzero(row >= SUSPECT_COSINE)
            near = near[near != i]
            if len(near) >= SUSPECT_NEIGHBOURS:
                rows.append(i)
                neighbours.append(near)
        splits = sends.repeated_shares([np.concatenate(([i], near)) for i, near in zip(rows, neighbours, strict=True)])
        for i, near, (count, share) in zip(rows, neighbours, splits, strict=True):
            found[names[picked[i]]] = Crowd(
                len(near), float(np.median(own[near])), float(late[near].mean()), "suspect", count, share)
    return found


def flagged_through_suspect_crowd(
    crowd: Crowd | None, own_gap: float, margin: float, arrived: float, bar: float,
    cards: int = 0, card_bar: int | None = None,
) -> bool:
    """Side model XMCV's rule: an account within `margin` of the threshold whose suspect crowd arrived
    (at least `arrived` of it) and split its tasks (at least `SUSPECT_MIN_PROMPTS` distinct long
    prompts, at most `bar` of them sent by two or more of its accounts). Side model XMCW adds
    `card_bar`: the account's busiest card (`cards`, the most accounts any of its cards pays for; 0
    without one) pays for at most that many accounts — a card paying for many accounts is an
    organisation's (a course, an agency, a lab), which answers through its cluster, while a recruited
    crowd pays per key."""
    return (
        crowd is not None and crowd.kind == "suspect" and own_gap <= margin
        and crowd.arrived is not None and crowd.arrived >= arrived
        and crowd.repeated is not None and crowd.long_prompts >= SUSPECT_MIN_PROMPTS and crowd.repeated <= bar
        and (card_bar is None or cards <= card_bar)
    )


def arrival_reference(first_seen: dict[str, float], quantile: float | None) -> float:
    """The time arrivals are measured from: the scan's first event (`quantile` None, side model
    XMCA), or the time by which that share of the scan's accounts had first been seen (XMCQ)."""
    times = np.fromiter(first_seen.values(), dtype=float, count=len(first_seen))
    return float(times.min() if quantile is None else np.quantile(times, quantile))


def crowds(
    centroids: dict[str, np.ndarray], own_scores: dict[str, float], first_seen: dict[str, float] | None = None,
    since_quantile: float | None = None,
) -> dict[str, Crowd]:
    """Account → its crowd, for every account with a centroid and at least `CROWD_NEIGHBOURS` topic
    neighbours (the others are in no crowd). With `first_seen` (account → its first event's time,
    for every account of the scan), each crowd also carries the share of its neighbours that arrived:
    first seen more than `ARRIVED_AFTER_S` after `arrival_reference(first_seen, since_quantile)`."""
    names = [a for a in centroids if a in own_scores]
    if len(names) <= CROWD_NEIGHBOURS:
        return {}
    unit = centred_unit(np.stack([centroids[a] for a in names]))
    return _crowds(names, topic_neighbours(unit), own_scores, first_seen, since_quantile, "topic")


def phrase_neighbours(names: list[str], phrases: dict[str, frozenset[bytes]]) -> list[np.ndarray]:
    """For each of `names`, the indices of the other names that send at least one of its shared
    phrases (`phrases.speakers`)."""
    by_phrase: dict[bytes, list[int]] = {}
    for i, name in enumerate(names):
        for key in phrases[name]:
            by_phrase.setdefault(key, []).append(i)
    out = []
    for i, name in enumerate(names):
        near = np.unique(np.fromiter((j for key in phrases[name] for j in by_phrase[key]), dtype=np.int64))
        out.append(near[near != i])
    return out


def repeated_share(members: Iterable[str], long_prompts: dict[str, frozenset[int]]) -> tuple[int, float]:
    """(distinct long prompts the members send, the share of them two or more members send)."""
    counts = Counter(key for member in members for key in long_prompts.get(member, ()))
    if not counts:
        return 0, 0.0
    return len(counts), sum(n > 1 for n in counts.values()) / len(counts)


SPLIT_CHUNK = 20_000_000  # member prompts summed a chunk of crowds at a time (memory stays O(chunk))


class PromptSends:
    """Which accounts send which long prompts, as a sparse matrix (accounts × distinct prompts), to
    read many crowds' splits at once. Why: a suspect crowd's split is read for every member, over the
    member and its neighbours, and in a 16M-event log thousands of suspects share crowds of thousands;
    `repeated_share` per crowd, in Python, took longer than the rest of the scan."""

    def __init__(self, names: list[str], long_prompts: dict[str, frozenset[int]]):
        column: dict[int, int] = {}
        indices: list[int] = []
        indptr = [0]
        for name in names:
            indices.extend(column.setdefault(key, len(column)) for key in long_prompts.get(name, ()))
            indptr.append(len(indices))
        self.matrix = sparse.csr_array(
            (np.ones(len(indices), dtype=np.int32), np.asarray(indices, dtype=np.int64),
             np.asarray(indptr, dtype=np.int64)),
            shape=(len(names), max(len(column), 1)),
        )
        self.per_account = np.diff(self.matrix.indptr)

    def repeated_shares(self, members: list[np.ndarray]) -> list[tuple[int, float]]:
        """`repeated_share` of each crowd (an array of row indices), the same numbers: the product
        (crowds × accounts) @ (accounts × prompts) counts how many of a crowd's accounts send each
        prompt. Members without a long prompt add nothing and are left out of the product."""
        members = [m[self.per_account[m] > 0] for m in members]
        costs = [int(self.per_account[m].sum()) for m in members]
        out: list[tuple[int, float]] = []
        start = 0
        while start < len(members):
            end, cost = start, 0
            while end < len(members) and (end == start or cost + costs[end] <= SPLIT_CHUNK):
                cost += costs[end]
                end += 1
            chunk = members[start:end]
            lengths = np.array([len(m) for m in chunk], dtype=np.int64)
            crowd_rows = sparse.csr_array(
                (np.ones(int(lengths.sum()), dtype=np.int32),
                 np.concatenate([*chunk, np.zeros(0, dtype=np.int64)]).astype(np.int64),
                 np.concatenate(([0], np.cumsum(lengths)))),
                shape=(len(chunk), self.matrix.shape[0]),
            )
            counts = (crowd_rows @ self.matrix).tocsr()
            distinct = np.diff(counts.indptr)
            repeated = np.bincount(
                np.repeat(np.arange(len(chunk)), distinct), weights=counts.data > 1, minlength=len(chunk))
            out.extend((int(d), int(r) / int(d) if d else 0.0) for d, r in zip(distinct, repeated, strict=True))
            start = end
        return out


def phrase_crowds(
    phrases: dict[str, frozenset[bytes]], own_scores: dict[str, float], first_seen: dict[str, float] | None = None,
    since_quantile: float | None = None, long_prompts: dict[str, frozenset[int]] | None = None,
    measure: set[str] | None = None,
) -> dict[str, Crowd]:
    """Side model XMCP: as `crowds`, with neighbours that share a script instead of a topic — the
    accounts speaking at least one of the account's shared phrases (`phrases.speakers`: short prompts
    many organisations send word for word and no public corpus holds). With `long_prompts` (side
    model XMCD), the crowds of the accounts in `measure` also carry their split (`repeated_share`
    over the account and its neighbours): counted only where asked, since a crowd's count costs its
    members' prompts."""
    names = sorted(a for a in phrases if a in own_scores)
    if len(names) <= CROWD_NEIGHBOURS:
        return {}
    near = phrase_neighbours(names, phrases)
    found = _crowds(names, near, own_scores, first_seen, since_quantile, "phrase")
    if long_prompts is not None:
        for i, name in enumerate(names):
            if name in found and (measure is None or name in measure):
                count, share = repeated_share([name, *(names[j] for j in near[i])], long_prompts)
                found[name] = replace(found[name], long_prompts=count, repeated=share)
    return found


def _crowds(
    names: list[str], neighbours: list[np.ndarray], own_scores: dict[str, float],
    first_seen: dict[str, float] | None, since_quantile: float | None, kind: str,
) -> dict[str, Crowd]:
    own = np.array([own_scores[a] for a in names], dtype=float)
    late = None
    if first_seen is not None:
        since = arrival_reference(first_seen, since_quantile)
        late = np.array([first_seen[a] > since + ARRIVED_AFTER_S for a in names], dtype=float)
    result = {}
    for name, near in zip(names, neighbours, strict=True):
        if len(near) >= CROWD_NEIGHBOURS:
            arrived = None if late is None else float(late[near].mean())
            result[name] = Crowd(len(near), float(np.median(own[near])), arrived, kind)
    return result


def hard_share(kinds: dict[str, int]) -> float:
    """The share of a cluster's intra-cluster links that are payment or /24 links (`graph.Cluster.kinds`);
    1.0 for a cluster with no links counted (nothing shows it is held by soft links alone)."""
    total = sum(kinds.values())
    return 1.0 if total <= 0 else (kinds.get("payment", 0) + kinds.get("ip24", 0)) / total


def stranger_crowds(
    clusters: Iterable, own_scores: dict[str, float], min_size: int = STRANGER_MIN_SIZE,
    max_hard_share: float = STRANGER_HARD_SHARE,
) -> dict[str, Crowd]:
    """Side model XMCS: account → its stranger crowd, for every member of a cluster of at least
    `min_size` accounts whose hard-link share (`hard_share`) is at most `max_hard_share` (the scan
    uses the module's numbers; the design script tries others). The crowd's median is over all the
    cluster's members' own scores (one number per cluster: the cluster is the crowd, not each
    member's neighbourhood)."""
    found: dict[str, Crowd] = {}
    for cluster in clusters:
        members = [a for a in cluster.accounts if a in own_scores]
        if len(members) < min_size or hard_share(cluster.kinds) > max_hard_share:
            continue
        crowd = Crowd(len(members) - 1, float(np.median([own_scores[a] for a in members])), kind="stranger")
        for account in members:
            found[account] = crowd
    return found


def flagged_through_crowd(
    crowd: Crowd | None, own_gap: float, crowd_median: float, margin: float, crowd_arrived: float | None = None,
    partition: float | None = None,
) -> bool:
    """The rule: a crowd whose median own score reaches `crowd_median`, and an account whose own
    log-odds are within `margin` of the threshold's (`own_gap` = threshold log-odds − own log-odds);
    with `crowd_arrived` (side model XMCA), also a crowd at least that share of which arrived during
    the scan (a crowd whose arrivals were not counted fails it). With `partition` (side model XMCD),
    a crowd that split its tasks (`Crowd.partitioned`) needs neither the median nor the arrivals."""
    if crowd is None or own_gap > margin:
        return False
    if crowd.partitioned(partition):
        return True
    if crowd.median_own < crowd_median:
        return False
    return crowd_arrived is None or (crowd.arrived is not None and crowd.arrived >= crowd_arrived)


def crowd_reason(crowd: Crowd, margin: float, since_quantile: float | None = None, partition: float | None = None) -> str:
    since = "the scan opened" if since_quantile is None else (
        f"{since_quantile:.0%} of the scan's accounts had been seen")
    arrived = "" if crowd.arrived is None else (
        f" ({crowd.arrived:.0%} of them first seen more than {ARRIVED_AFTER_S / 3600:g} h after {since})")
    shared = {
        "topic": f"one of a topic crowd: {crowd.neighbours} other accounts ask about the same narrow topic "
        f"(prompt-embedding centroids within cosine {CROWD_COSINE:g})",
        "stranger": f"one of a stranger crowd: {crowd.neighbours} other accounts linked to it by shared "
        f"templates and almost nothing else (payment and network links at most {STRANGER_HARD_SHARE:.0%} "
        "of the cluster's links, as in a recruited crowd and not in a course, agency, lab or office)",
        "phrase": f"one of a phrase crowd: {crowd.neighbours} other accounts send the same short prompts word "
        "for word, prompts that many organisations send and no public corpus holds",
        "suspect": f"one of a suspect crowd: {crowd.neighbours} other accounts whose own evidence is also near "
        f"the threshold ask about the same topic (prompt-embedding centroids within cosine {SUSPECT_COSINE:g})"
        f"{arrived}",
    }[crowd.kind]
    if crowd.kind == "suspect":
        assert crowd.repeated is not None
        return (
            f"{shared}, and they split their tasks: of the {crowd.long_prompts} distinct longer prompts they "
            f"send, {crowd.repeated:.1%} are sent by two of them or more (a harvest does not buy one answer "
            f"twice; a course's students paste one assignment); its own evidence is within {margin:g} "
            "log-odds of the threshold"
        )
    if crowd.partitioned(partition):
        assert crowd.repeated is not None
        return (
            f"{shared}, and they split their tasks: of the {crowd.long_prompts} distinct longer prompts they "
            f"send, {crowd.repeated:.1%} are sent by two of them or more (a harvest does not buy one answer "
            f"twice); its own evidence is within {margin:g} log-odds of the threshold"
        )
    return (
        f"{shared} with a median own score of "
        f"{crowd.median_own:.2f}{arrived}, and its own evidence is within {margin:g} log-odds of the threshold"
    )
