"""Windowed detection: the most significant span of a text, with a p-value for the whole search.

Windows are dyadic over a text's n scored (deduplicated) tuples, in text order: the whole
text, and for every length L = m·2^k < n (m = MIN_WINDOW) the windows of length L starting at
every multiple of L/2, plus one ending at the text's last tuple. That is M ≤ 1 + Σ_k (2n/L + 1)
≈ 1 + 4n/m windows. For a span of ℓ ≥ m tuples and L the largest window length ≤ ℓ (so
L > ℓ/2), the stride L/2 puts a window start within L/2 of the span's start: that window has
at least half its tuples inside the span (all of them when ℓ ≥ 1.5·L), so a pasted
watermarked passage is examined at nearly its own length.

Each window's p-value is the scheme's exact one for that window's tuples (all distinct PRF
inputs, so the same iid-uniform null holds on any subset chosen without looking at the
scores), and the reported p-value is Bonferroni's M·min_w p_w (capped at 1). It is valid
whatever the dependence between overlapping windows: P(M·min p_w ≤ α) ≤ Σ_w P(p_w ≤ α/M) ≤ α.
The price is at most a factor M (≈ 250 for 2,000 tuples), paid only by `--scan windows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from distillguard.watermark.schemes.base import Scheme

MIN_WINDOW = 32  # shortest window (tuples): Gumbel/SynthID need ~10-20, KGW ~40 at p < 1e-5


@dataclass
class Best:
    """Per text: the most significant window and the corrected log p-value of the search."""

    log_p: np.ndarray  # natural log of min(1, M · min_w p_w)
    aggregate: np.ndarray  # the scheme's aggregate score on the best window
    first: np.ndarray  # index (into the whole `scores` array) of the window's first tuple
    length: np.ndarray  # tuples in the window
    searched: np.ndarray  # M: windows examined


def dyadic_windows(counts: np.ndarray, min_window: int = MIN_WINDOW) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(owner, start, length) of every window examined for texts of counts[g] tuples."""
    if min_window < 2 or min_window % 2:
        raise ValueError("min_window must be an even number ≥ 2")
    counts = np.asarray(counts, dtype=np.int64)
    owners = [np.arange(len(counts))]
    starts = [np.zeros(len(counts), dtype=np.int64)]
    lengths = [counts.copy()]
    length = min_window
    while len(counts) and length < counts.max():
        texts = np.flatnonzero(counts > length)
        stride = length // 2
        per_text = (counts[texts] - length) // stride + 1
        owner = np.repeat(texts, per_text)
        index = np.arange(len(owner)) - np.repeat(np.cumsum(per_text) - per_text, per_text)
        tail = texts[(counts[texts] - length) % stride != 0]  # one window ending at the end
        owners += [owner, tail]
        starts += [index * stride, counts[tail] - length]
        lengths.append(np.full(len(owner) + len(tail), length, dtype=np.int64))
        length *= 2
    return np.concatenate(owners), np.concatenate(starts), np.concatenate(lengths)


def scan_windows(
    scheme: Scheme, scores: np.ndarray, owner: np.ndarray, n_groups: int, min_window: int = MIN_WINDOW
) -> Best:
    """Best window per text. `scores`: per-tuple statistics grouped by `owner` (non-decreasing),
    each text's tuples in text order."""
    owner = np.asarray(owner, dtype=np.int64)
    if len(owner) > 1 and np.any(owner[1:] < owner[:-1]):
        raise ValueError("tuples must be grouped by text")
    counts = np.bincount(owner, minlength=n_groups)
    base = np.cumsum(counts) - counts
    cumulative = np.concatenate([[0.0], np.cumsum(np.asarray(scores, dtype=np.float64))])
    w_owner, w_start, w_length = dyadic_windows(counts, min_window)
    begin = base[w_owner] + w_start
    sums = cumulative[begin + w_length] - cumulative[begin]
    aggregate, log_p = scheme.log_p_values(sums, w_length)
    searched = np.bincount(w_owner, minlength=n_groups)
    order = np.lexsort((log_p, w_owner))  # stable: ties keep the whole text (listed first)
    first_of = np.searchsorted(w_owner[order], np.arange(n_groups))
    pick = order[first_of]
    corrected = np.minimum(log_p[pick] + np.log(searched.astype(np.float64)), 0.0)
    return Best(
        log_p=corrected,
        aggregate=aggregate[pick],
        first=begin[pick],
        length=w_length[pick],
        searched=searched,
    )
