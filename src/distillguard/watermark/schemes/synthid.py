"""SynthID-style tournament sampling (Dathathri et al. 2024) with Bernoulli(0.5) g-values.

Each tuple has m keyed g-values g_l = bit l of its PRF output u. Generation runs an m-layer
tournament (in its closed vectorised form, see processor.SynthIDProcessor) that favours tokens
with many ones. Per-tuple statistic: mean g over the m layers. Exact null: the m bits of u are
independent fair coins for each deduplicated tuple, so the number of ones over n tuples is
Binomial(m·n, 1/2); the p-value is its upper tail (log space).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from distillguard.watermark.schemes.base import Scheme, binomial_log_sf_many

if TYPE_CHECKING:
    from transformers import LogitsProcessor

    from distillguard.watermark.keys import WatermarkKey


class SynthID(Scheme):
    name = "synthid"
    defaults = {"context_width": 4, "layers": 12}

    def __init__(self, key: WatermarkKey) -> None:
        super().__init__(key)
        self.layers = int(self.params["layers"])
        self._shifts = np.arange(self.layers, dtype=np.uint32)

    @staticmethod
    def validate(params: dict[str, Any]) -> None:
        if not 1 <= int(params["layers"]) <= 16:
            raise ValueError("layers must be between 1 and 16")

    def g_values(self, u: np.ndarray) -> np.ndarray:
        """(n, m) uint8 g-values: bit l of u for layer l."""
        return ((u[:, None] >> self._shifts[None, :]) & np.uint32(1)).astype(np.uint8)

    def scores_from_prf(self, u: np.ndarray) -> np.ndarray:
        """Mean g-value over the m layers."""
        g = self.g_values(np.asarray(u, dtype=np.uint32))
        scores: np.ndarray = g.mean(axis=1, dtype=np.float64)
        return scores

    def _ones(self, scores: np.ndarray) -> int:
        return int(round(float(np.sum(scores)) * self.layers))

    def log_p_values(self, sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(mean g [null 0.5], log P(Binomial(m·n, 1/2) ≥ number of ones)) per text."""
        ones = np.rint(np.asarray(sums, dtype=np.float64) * self.layers).astype(np.int64)
        trials = np.asarray(counts, dtype=np.int64) * self.layers
        mean = np.divide(ones, trials, out=np.zeros(len(trials)), where=trials > 0)
        return mean, binomial_log_sf_many(ones, trials, 0.5)

    def randomized_p_value(self, scores: np.ndarray, u: float) -> float:
        from scipy.stats import binom

        trials, ones = len(scores) * self.layers, self._ones(scores)
        return float(binom.sf(ones, trials, 0.5) + u * binom.pmf(ones, trials, 0.5))

    def logits_processor(
        self, vocab_size: int, temperature: float = 1.0, skip_repeated: bool | None = None
    ) -> LogitsProcessor:
        from distillguard.watermark.processor import SynthIDProcessor

        return SynthIDProcessor(self, vocab_size, temperature, skip_repeated)
