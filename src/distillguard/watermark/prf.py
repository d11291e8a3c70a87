"""The keyed pseudo-random function every scheme draws from.

Keyed BLAKE2b gives each vocabulary token two secret 32-bit values (one for its role in a
context, one for its role as the scored token); tables are built once per (secret, size) and
cached. Everything after that is vectorised integer mixing (murmur3's fmix32 finaliser), which
keeps the per-step cost of a LogitsProcessor to a few array operations over the vocabulary.

PRF input for a (context window, token) tuple: x = seed(window) XOR token_value[token], where
seed(window) = context_value[w] for width 1 and the minimum of context_value over the window for
width > 1 (min-hash: a single edit changes the seed only if it hits the minimum). Output:
u = fmix32(x). Identical x always gives identical u, so detection deduplicates on x.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import torch

_CONTEXT_SALT = b"dg-ctx"
_TOKEN_SALT = b"dg-tok"
_M1 = np.uint32(0x85EBCA6B)
_M2 = np.uint32(0xC2B2AE35)
_lock = threading.Lock()
_CACHE_ENTRIES = 256  # ≈ 200 kB per (key, role) for a 49k vocabulary: ~50 MB at most
_tables: OrderedDict[tuple[bytes, bytes], np.ndarray] = OrderedDict()


def _fingerprint(secret: bytes) -> bytes:
    """A cache key that is not the secret itself."""
    return hashlib.blake2b(secret, digest_size=16, person=b"dg-cache").digest()


def _salt(role: str) -> bytes:
    return _CONTEXT_SALT if role == "context" else _TOKEN_SALT


def _build(secret: bytes, salt: bytes, ids: Sequence[int]) -> np.ndarray:
    out = np.empty(len(ids), dtype=np.uint32)
    for i, v in enumerate(ids):
        digest = hashlib.blake2b(int(v).to_bytes(4, "little"), key=secret, digest_size=4,
                                 person=salt)
        out[i] = int.from_bytes(digest.digest(), "little")
    return out


def token_values(secret: bytes, ids: np.ndarray, *, role: str) -> np.ndarray:
    """The keyed uint32 values of just these token ids (uncached): the same values as
    token_table(...)[ids], for callers that score many keys over a few distinct ids."""
    return _build(secret, _salt(role), np.asarray(ids).tolist())


def token_table(secret: bytes, size: int, *, role: str) -> np.ndarray:
    """uint32 keyed values for token ids [0, size); role is "context" or "token". Cached, grows."""
    salt = _salt(role)
    cache_key = (_fingerprint(secret), salt)
    with _lock:
        table = _tables.get(cache_key)
        if table is None or len(table) < size:
            start = 0 if table is None else len(table)
            size = max(size, 2 * start)  # grow geometrically; values depend only on (key, id)
            extra = _build(secret, salt, range(start, size))
            table = extra if table is None else np.concatenate([table, extra])
            _tables[cache_key] = table
        _tables.move_to_end(cache_key)
        while len(_tables) > _CACHE_ENTRIES:
            _tables.popitem(last=False)
    return table


def fmix32(x: np.ndarray) -> np.ndarray:
    """murmur3 finaliser on uint32 arrays (a bijection that spreads every input bit)."""
    x = x.astype(np.uint32, copy=True)
    x ^= x >> np.uint32(16)
    x *= _M1
    x ^= x >> np.uint32(13)
    x *= _M2
    x ^= x >> np.uint32(16)
    return x


def fmix32_inplace(x: np.ndarray, scratch: np.ndarray) -> np.ndarray:
    """fmix32 rewriting a uint32 array in place (scratch: same shape) — no temporaries, so
    multi-MB per-step blocks do not pay for fresh (page-faulting) allocations."""
    np.right_shift(x, np.uint32(16), out=scratch)
    x ^= scratch
    x *= _M1
    np.right_shift(x, np.uint32(13), out=scratch)
    x ^= scratch
    x *= _M2
    np.right_shift(x, np.uint32(16), out=scratch)
    x ^= scratch
    return x


def fmix32_torch(x: torch.Tensor) -> torch.Tensor:
    """fmix32 on int32 torch tensors (two's-complement wrap-around, logical shifts by masking)."""
    x = x ^ ((x >> 16) & 0xFFFF)
    x = x * -2048144789  # 0x85EBCA6B as int32
    x = x ^ ((x >> 13) & 0x7FFFF)
    x = x * -1028477387  # 0xC2B2AE35 as int32
    return x ^ ((x >> 16) & 0xFFFF)


def window_seeds(context_values: np.ndarray, ordered: bool = False) -> np.ndarray:
    """Seeds from an (n, h) array of context values.

    h = 1: the value itself. h > 1, min-hash (KGW): min over the window, robust to single-token
    edits. h > 1, ordered (Gumbel, SynthID): s = v0; s = fmix32(s) ^ v_j, so every new window
    gets fresh randomness — min-hash would keep one seed while a low-valued token stays in the
    window and deterministic samplers then repeat that token ("summary summary summary").
    """
    if context_values.shape[1] == 1:
        return context_values[:, 0].astype(np.uint32)
    if not ordered:
        minimum: np.ndarray = context_values.min(axis=1).astype(np.uint32)
        return minimum
    seed: np.ndarray = context_values[:, 0].astype(np.uint32)
    for j in range(1, context_values.shape[1]):  # loop over h (≤ 64), vectorised over rows
        seed = fmix32(seed) ^ context_values[:, j].astype(np.uint32)
    return seed


def selfhash_seeds(window_values: np.ndarray, self_values: np.ndarray, anchor: np.ndarray) -> np.ndarray:
    """KGW SelfHash seeds (Kirchenbauer et al. 2023b, anchored min-hash): the candidate token t
    takes part in its own seed, min over j in window ∪ {t} of fmix32(context_value[j] ^ anchor),
    anchor = token_value[t]. Shapes broadcast: window_values (..., h), self_values and anchor (...)
    — e.g. (B, 1, h) with (1, V) for a whole decoding step, or (n, h) with (n,) for detection."""
    anchor = np.asarray(anchor, dtype=np.uint32)
    self_values = np.asarray(self_values, dtype=np.uint32)
    shape = np.broadcast_shapes(window_values.shape[:-1], self_values.shape, anchor.shape)
    seeds = np.array(np.broadcast_to(fmix32(self_values ^ anchor), shape))
    for j in range(window_values.shape[-1]):
        np.minimum(seeds, fmix32(window_values[..., j].astype(np.uint32) ^ anchor), out=seeds)
    return seeds


def uniform_from(u: np.ndarray) -> np.ndarray:
    """Map uint32 PRF outputs to (0, 1) by bin midpoints: r = (u + 0.5) / 2^32."""
    return (u.astype(np.float64) + 0.5) / 4294967296.0
