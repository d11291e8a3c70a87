"""What every watermark scheme provides: keyed per-tuple statistics, an exact null, a processor.

A scheme turns the keyed PRF output u = fmix32(seed(context) ^ token_value[token]) of each
(context window, token) tuple into a per-tuple statistic, and aggregates a text's deduplicated
tuple statistics into an exact one-sided p-value under "not generated with this key". Under that
null each distinct PRF input gives an independent uniform u (the key is random and unseen by the
text's author), which is what makes the nulls below exact.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from distillguard.watermark import prf

# Exact tails in log space (no underflow at 1e-300 or below): watermark/tails.py computes them
# from scipy.special alone, because importing scipy.stats costs ~0.5 s of every CLI start-up.
from distillguard.watermark.tails import (
    LOG_SF_FLOOR,
    binomial_log_sf,
    binomial_log_sf_many,
    gamma_log_sf,
    gamma_log_sf_many,
)

if TYPE_CHECKING:
    from transformers import LogitsProcessor

    from distillguard.watermark.keys import WatermarkKey

__all__ = ["LOG_SF_FLOOR", "Scheme", "binomial_log_sf", "binomial_log_sf_many", "gamma_log_sf",
           "gamma_log_sf_many"]


class Scheme(ABC):
    """A keyed watermark scheme. Subclasses set `name` and implement the four abstract methods."""

    name: str = ""
    ordered_seeds: bool = True  # window seeding: ordered hash, or min-hash when False (prf.py)
    # the candidate token joins its own seed (KGW SelfHash): PRF inputs are not window seed ^
    # token value, so detection must ask `sequence_prf_inputs` instead of combining them itself
    token_in_seed: bool = False
    defaults: ClassVar[dict[str, float]]  # every parameter with its default (set by subclasses)
    # string-valued options: name -> allowed values, the first the default (omitted from params)
    choices: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(self, key: WatermarkKey) -> None:
        if key.scheme != self.name:
            raise ValueError(f"key {key.key_id} is a {key.scheme!r} key, not {self.name!r}")
        self.key = key
        self.params: dict[str, Any] = dict(key.params)
        self.context_width: int = int(self.params["context_width"])

    @staticmethod
    def validate(params: dict[str, Any]) -> None:
        """Raise ValueError when normalised parameters are out of range (set by subclasses)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(key_id={self.key.key_id!r}, params={self.params!r})"

    # -- PRF -------------------------------------------------------------------------------
    def context_values(self, size: int) -> np.ndarray:
        return prf.token_table(self.key.secret, size, role="context")

    def token_values(self, size: int) -> np.ndarray:
        return prf.token_table(self.key.secret, size, role="token")

    def prf_inputs(self, contexts: np.ndarray, tokens: np.ndarray) -> np.ndarray:
        """uint32 PRF input x per tuple; equal x ⇔ identical randomness, so dedupe on x."""
        tokens = np.asarray(tokens, dtype=np.int64)
        contexts = np.asarray(contexts, dtype=np.int64).reshape(len(tokens), self.context_width)
        if contexts.shape[1] != self.context_width:
            raise ValueError(f"contexts have width {contexts.shape[1]}, scheme needs {self.context_width}")
        size = int(max(contexts.max(initial=0), tokens.max(initial=0))) + 1
        seeds = prf.window_seeds(self.context_values(size)[contexts], self.ordered_seeds)
        inputs: np.ndarray = seeds ^ self.token_values(size)[tokens]
        return inputs

    def sequence_prf_inputs(self, flat: np.ndarray, scored: np.ndarray) -> np.ndarray:
        """uint32 PRF inputs at positions `scored` of one flat int64 token array, the window of
        position p being flat[p-h:p] (callers keep every window inside one text, p >= h):
        `prf_inputs` on those windows, so schemes that override it (KGW SelfHash) need nothing else."""
        if len(scored) == 0:
            return np.empty(0, dtype=np.uint32)
        h = self.context_width
        return self.prf_inputs(sliding_window_view(flat, h)[scored - h], flat[scored])

    def tuple_scores(self, contexts: np.ndarray, tokens: np.ndarray) -> np.ndarray:
        """Per-tuple statistic (float64) for contexts (n, h) int64 and tokens (n,) int64."""
        return self.scores_from_prf(prf.fmix32(self.prf_inputs(contexts, tokens)))

    @abstractmethod
    def scores_from_prf(self, u: np.ndarray) -> np.ndarray:
        """Per-tuple statistic from uint32 PRF outputs."""

    # -- exact null --------------------------------------------------------------------------
    @abstractmethod
    def log_p_values(self, sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised over texts: per-text (aggregate score, natural-log p) from the sum of the
        tuple statistics and the number of deduplicated tuples."""

    def log_p_value(self, scores: np.ndarray) -> tuple[float, float]:
        """(aggregate score, natural-log one-sided p) over deduplicated tuple statistics."""
        scores = np.asarray(scores, dtype=np.float64)
        agg, log_p = self.log_p_values(np.array([scores.sum()]), np.array([len(scores)]))
        return float(agg[0]), float(log_p[0])

    def p_value(self, scores: np.ndarray) -> tuple[float, float]:
        """(aggregate score, exact one-sided p-value); p is exp(log p), exact down to ~1e-308."""
        score, log_p = self.log_p_value(np.asarray(scores, dtype=np.float64))
        return score, math.exp(log_p)

    def log10_p_value(self, scores: np.ndarray) -> float:
        """log10 of the p-value without underflow, for plots and astronomically small p."""
        return self.log_p_value(np.asarray(scores, dtype=np.float64))[1] / math.log(10.0)

    def randomized_p_value(self, scores: np.ndarray, u: float) -> float:
        """A p-value that is exactly Uniform(0,1) under the null given an independent U(0,1) draw u.

        Continuous nulls return the ordinary p-value; discrete ones (binomial) interpolate
        P(X > k) + u·P(X = k). Used to test calibration with a KS test honestly.
        """
        return self.p_value(scores)[1]

    # -- generation ---------------------------------------------------------------------------
    @abstractmethod
    def logits_processor(
        self, vocab_size: int, temperature: float = 1.0, skip_repeated: bool | None = None
    ) -> LogitsProcessor:
        """A transformers LogitsProcessor applying this watermark while sampling.

        skip_repeated: leave a step unwatermarked when its context window's seed was already
        used in the same generation (prompt included); None takes the scheme's default (on for
        Gumbel and SynthID, off for KGW). See processor.py.
        """
