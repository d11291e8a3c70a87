"""Gumbel-max / exponential sampling watermark (Aaronson 2022): distortion-free.

Generation picks argmax_v r_v^(1/p_v) with r_v = (u_v + 0.5)/2^32 keyed by the context, which
is an exact sample from p when the r_v are uniform. Per-tuple statistic: −log(1 − r_t) of the
emitted token. Exact null: for text not sampled this way each deduplicated tuple's r is
Uniform(0,1), so −log(1 − r) ~ Exp(1) and the sum over n tuples is Gamma(n, 1); the p-value is
its upper tail (log space; for integer n it equals P(Poisson(s) ≤ n − 1)). The 2^-32 grid of r
changes the null by < 1e-9 per tuple. Repeated contexts always give the same token: the
reason tuples are deduplicated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from distillguard.watermark import prf
from distillguard.watermark.schemes.base import Scheme, gamma_log_sf_many

if TYPE_CHECKING:
    from transformers import LogitsProcessor



class Gumbel(Scheme):
    name = "gumbel"
    defaults = {"context_width": 4}

    @staticmethod
    def validate(params: dict[str, Any]) -> None:
        return None

    def scores_from_prf(self, u: np.ndarray) -> np.ndarray:
        """−log(1 − r), r = (u + 0.5)/2^32."""
        scores: np.ndarray = -np.log1p(-prf.uniform_from(u))
        return scores

    def log_p_values(self, sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(mean of −log(1 − r) [null mean 1], log P(Gamma(n, 1) ≥ sum)) per text."""
        sums = np.asarray(sums, dtype=np.float64)
        counts = np.asarray(counts, dtype=np.int64)
        mean = np.divide(sums, counts, out=np.zeros(len(counts)), where=counts > 0)
        return mean, gamma_log_sf_many(sums, counts)

    def logits_processor(
        self, vocab_size: int, temperature: float = 1.0, skip_repeated: bool | None = None
    ) -> LogitsProcessor:
        from distillguard.watermark.processor import GumbelProcessor

        return GumbelProcessor(self, vocab_size, temperature, skip_repeated)
