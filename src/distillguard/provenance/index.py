"""Provenance search: which accounts were served near-copies of a suspect text.

A watermark proves *that* a text came from our model; it says nothing once the text is
paraphrased or too short. The provider still holds every answer it served (the event log's
`response` field), so retrieval over its own generations answers "who received this?" directly
(Krishna et al., NeurIPS 2023: 80–97% of paraphrases found at 1% FPR). Two similarity measures,
each robust to a different edit:
- **MinHash** (datasketch) over lower-cased word 3-gram shingles, digits masked: survives
  deletions, insertions and copy-paste into other text, but not rewording.
- **Embedding** cosine (all-MiniLM-L6-v2, the monitor's cached encoder): survives rewording.

**False-match rate.** A similarity means nothing without its null: the best similarity an
*unrelated* text reaches against this index grows with the index. So every query is calibrated
against the same index: unrelated texts (held-out ShareGPT answers, never served by us) are
queried, each method's best-similarity distribution is the null, and a query's false-match rate
is 2 × min over the two methods of the empirical tail probability (+1 smoothing), Bonferroni over
the two methods: under "this text is unrelated to everything served", P(rate ≤ α) ≤ α up to the
resolution 1/(n_null+1) of the null sample. A match is reported when its similarity alone would
give a rate ≤ `max_fmr`.

Math here; reading events and the CLI live in `cli.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash

from distillguard.intel.minhash import shingles

NUM_PERM = 128
SEED = 20231116  # fixed: local signatures never leave the provider (intel/minhash.py keys its own)
METHODS = ("minhash", "embedding")
INDEX_VERSION = 1


def signatures(texts: list[str]) -> np.ndarray:
    """MinHash signatures (len(texts) × NUM_PERM, uint64) of word 3-gram shingles."""
    out = np.zeros((len(texts), NUM_PERM), dtype=np.uint64)
    if not texts:
        return out
    sets = [sorted(shingles(t)) or [b""] for t in texts]
    for i, m in enumerate(MinHash.bulk(sets, num_perm=NUM_PERM, seed=SEED)):
        out[i] = m.hashvalues
    return out


def jaccard(query: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of each query signature with each indexed one (q × n)."""
    if index.size == 0:
        return np.zeros((len(query), 0))
    return np.stack([(index == q).mean(axis=1) for q in query]) if len(query) else np.zeros((0, len(index)))


def embed_texts(texts: list[str]) -> np.ndarray:
    from distillguard.monitor.embed import embed

    return embed(texts)


@dataclass
class Entry:
    """What the index remembers of one served response (never the text itself)."""

    event_id: int | None
    account_id: str
    event_ts: str


@dataclass
class ProvenanceIndex:
    """Signatures and embeddings of served responses, appendable shard by shard."""

    entries: list[Entry] = field(default_factory=list)
    sigs: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), dtype=np.uint64))
    vecs: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), dtype=np.float32))
    last_event_id: int = 0

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, rows: list[dict[str, Any]]) -> int:
        """Index rows with a non-empty `response`; returns how many were added."""
        rows = [r for r in rows if isinstance(r.get("response"), str) and r["response"].strip()]
        if not rows:
            return 0
        texts = [r["response"] for r in rows]
        self.sigs = np.concatenate([self.sigs, signatures(texts)])
        self.vecs = np.concatenate([self.vecs, embed_texts(texts).astype(np.float32)])
        for r in rows:
            event_id = r.get("event_id")
            self.entries.append(Entry(event_id if isinstance(event_id, int) else None,
                                      str(r.get("account_id") or ""), str(r.get("ts") or "")))
            if isinstance(event_id, int):
                self.last_event_id = max(self.last_event_id, event_id)
        return len(rows)

    def similarities(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Per method, a (len(texts) × len(index)) similarity matrix."""
        vecs = embed_texts(texts).astype(np.float32)
        return {"minhash": jaccard(signatures(texts), self.sigs), "embedding": vecs @ self.vecs.T}

    # -- persistence (plain arrays + JSON: nothing executable is loaded back) -----------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = directory / "index.npz.tmp"
        with tmp.open("wb") as fh:
            np.savez(fh, sigs=self.sigs, vecs=self.vecs)
        meta = {"version": INDEX_VERSION, "last_event_id": self.last_event_id,
                "entries": [[e.event_id, e.account_id, e.event_ts] for e in self.entries]}
        meta_tmp = directory / "meta.json.tmp"
        meta_tmp.write_text(json.dumps(meta))
        tmp.replace(directory / "index.npz")
        meta_tmp.replace(directory / "meta.json")

    @classmethod
    def load(cls, directory: Path) -> ProvenanceIndex:
        meta_path, arrays_path = directory / "meta.json", directory / "index.npz"
        if not meta_path.exists() or not arrays_path.exists():
            return cls()
        meta = json.loads(meta_path.read_text())
        if meta.get("version") != INDEX_VERSION:
            return cls()  # rebuilt from the event log
        with np.load(arrays_path, allow_pickle=False) as arrays:
            sigs, vecs = arrays["sigs"], arrays["vecs"]
        entries = [Entry(e[0], e[1], e[2]) for e in meta["entries"]]
        if not (len(entries) == len(sigs) == len(vecs)):
            return cls()
        return cls(entries, sigs, vecs, int(meta["last_event_id"]))


@dataclass(frozen=True)
class Null:
    """Best similarity of each unrelated text against the index, per method (sorted)."""

    best: dict[str, np.ndarray]

    @property
    def size(self) -> int:
        return len(next(iter(self.best.values())))

    def tail(self, method: str, similarity: np.ndarray | float) -> np.ndarray:
        """(1 + #null ≥ s) / (1 + n): the smoothed empirical P(best ≥ s) for unrelated text."""
        best = self.best[method]
        above = len(best) - np.searchsorted(best, np.asarray(similarity), side="left")
        return (1.0 + above) / (1.0 + len(best))

    def rate(self, sims: dict[str, np.ndarray | float]) -> np.ndarray:
        """Bonferroni over the methods: 2 × the smaller tail, capped at 1."""
        tails = np.minimum(*(self.tail(m, sims[m]) for m in METHODS))
        return np.minimum(1.0, len(METHODS) * tails)

    def excess(self, method: str, similarity: np.ndarray) -> np.ndarray:
        """How far beyond the null's best similarities, in null standard deviations. Rates stop
        at the null sample's resolution (every clear match gets the same floor), so matches
        at the floor are ranked by this: an exact copy above a same-topic answer."""
        best = self.best[method]
        return (np.asarray(similarity) - best.mean()) / max(float(best.std()), 1e-9)


def calibrate(index: ProvenanceIndex, unrelated: list[str]) -> Null:
    sims = index.similarities(unrelated)
    return Null({m: np.sort(s.max(axis=1)) if s.shape[1] else np.zeros(len(unrelated))
                 for m, s in sims.items()})


def trace(index: ProvenanceIndex, texts: list[str], null: Null, max_fmr: float = 0.01,
          top: int = 10) -> Iterable[dict[str, Any]]:
    """For each text: its matches (most similar first) and its calibrated false-match rate."""
    sims = index.similarities(texts)
    for i in range(len(texts)):
        row = {m: sims[m][i] for m in METHODS}
        rates = null.rate(row)
        best = {m: float(row[m].max()) if len(row[m]) else 0.0 for m in METHODS}
        excess = np.stack([null.excess(m, row[m]) for m in METHODS])  # methods × index
        hits = np.flatnonzero(rates <= max_fmr)
        hits = hits[np.lexsort((-excess.max(axis=0)[hits], rates[hits]))][:top]
        matches = []
        for j in hits:
            method = METHODS[int(np.argmax(excess[:, j]))]
            entry = index.entries[j]
            matches.append({"account_id": entry.account_id, "event_ts": entry.event_ts,
                            "event_id": entry.event_id, "similarity": round(float(row[method][j]), 4),
                            "method": method, "false_match_rate": float(rates[j])})
        yield {"false_match_rate": float(null.rate(best)), "matches": matches}
