"""Vectorised MinHash over many prompts at once, and LSH banding into template clusters.

Why not one `datasketch.MinHash` per prompt: at 10^5–10^6 prompts the per-object Python work
dominates. We hash all byte shingles of a batch of prompts in numpy and apply *datasketch's own*
permutations (scheme "affine32": MurmurHash3 fmix32, then a·h + b mod 2^32) so the signatures are
bit-identical to `datasketch.MinHash(num_perm, seed, hashfunc=shingle_hash).update_batch(...)`
(tested). Banding parameters (b, r) come from `datasketch.MinHashLSH` for the chosen threshold.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

SHINGLE = 5  # bytes per shingle
PREFIX_BYTES = 192  # templates show in a prompt's framing; its head is enough and bounds cost
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> bytes:
    """Lower-case, digits → '0' (item ids and numbers vary inside one template), UTF-8 head."""
    return _DIGITS.sub("0", text.lower()).encode("utf-8", errors="replace")[:PREFIX_BYTES]


def shingle_hash(shingle: bytes) -> int:
    """32-bit hash of one shingle; the scalar twin of the vectorised path (for datasketch)."""
    value = int.from_bytes(shingle.ljust(SHINGLE, b"\0"), "little")
    return ((value * int(_GOLDEN)) % (1 << 64)) >> 32


def shingles(data: bytes) -> list[bytes]:
    """The shingles the vectorised path uses for one normalised prompt."""
    if len(data) < SHINGLE:
        return [data]
    return [data[i : i + SHINGLE] for i in range(len(data) - SHINGLE + 1)]


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _batch_shingle_hashes(items: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """All shingle hashes of a batch (uint32) and the start offset of each prompt's run."""
    padded = [d if len(d) >= SHINGLE else d.ljust(SHINGLE, b"\0") for d in items]
    lengths = np.fromiter((len(d) for d in padded), dtype=np.int64, count=len(padded))
    buf = np.frombuffer(b"".join(padded), dtype=np.uint8).astype(np.uint64)
    value = np.zeros(len(buf) - SHINGLE + 1, dtype=np.uint64)
    for k in range(SHINGLE):
        value |= buf[k : len(buf) - SHINGLE + 1 + k] << np.uint64(8 * k)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    counts = lengths - SHINGLE + 1
    keep = np.repeat(starts, counts) + (
        np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    )
    hashes = ((value[keep] * _GOLDEN) >> np.uint64(32)).astype(np.uint32)
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return hashes, offsets


def signatures(
    texts: list[str], num_perm: int = 64, seed: int = 1, batch: int = 2048
) -> np.ndarray:
    """(len(texts), num_perm) uint32 MinHash signatures of normalised prompt heads."""
    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    a = a.astype(np.uint32)
    b = b.astype(np.uint32)
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    for lo in range(0, len(texts), batch):
        items = [normalise(t) for t in texts[lo : lo + batch]]
        hashes, offsets = _batch_shingle_hashes(items)
        mixed = _fmix32(hashes)[:, None]
        permuted = mixed * a[None, :] + b[None, :]
        out[lo : lo + len(items)] = np.minimum.reduceat(permuted, offsets, axis=0)
    return out


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that datasketch's MinHashLSH picks for this Jaccard threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def template_clusters(sigs: np.ndarray, threshold: float = 0.4, chunk: int = 1 << 18) -> np.ndarray:
    """Cluster id per prompt. LSH band buckets propose candidate pairs (each prompt vs its
    bucket's first member); a pair is kept only if the signatures' estimated Jaccard similarity
    reaches `threshold` (unverified band collisions would chain unrelated templates together);
    clusters are the connected components of the kept pairs."""
    n, num_perm = sigs.shape
    if n == 0:
        return np.empty(0, dtype=np.int64)
    bands, rows = lsh_params(threshold, num_perm)
    src, dst = [], []
    for i in range(bands):
        band = np.ascontiguousarray(sigs[:, i * rows : (i + 1) * rows]).view(f"V{4 * rows}").ravel()
        _, first, inverse = np.unique(band, return_index=True, return_inverse=True)
        partner = first[inverse.ravel()]
        cand = np.flatnonzero(partner != np.arange(n))
        for lo in range(0, len(cand), chunk):
            part = cand[lo : lo + chunk]
            similar = (sigs[part] == sigs[partner[part]]).mean(axis=1) >= threshold
            src.append(part[similar])
            dst.append(partner[part][similar])
    src_a = np.concatenate(src) if src else np.empty(0, dtype=np.int64)
    dst_a = np.concatenate(dst) if dst else np.empty(0, dtype=np.int64)
    return component_labels(n, src_a, dst_a)


def component_labels(n: int, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Connected-component label of each of `n` nodes given the kept pairs (labels are numbered
    by each component's lowest node, so the same pairs give the same labels wherever found)."""
    if n == 0:
        return np.empty(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64)
