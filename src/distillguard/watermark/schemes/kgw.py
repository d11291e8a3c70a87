"""KGW green/red-list watermark (Kirchenbauer et al. 2023).

A token is green for its context when its PRF output u < γ·2^32; generation adds δ to green
logits. Exact null: each deduplicated tuple is green independently with probability
γ' = floor(γ·2^32)/2^32 (= γ for γ = 0.25), so the green count K of n tuples is
Binomial(n, γ') and the p-value is P(K ≥ k), a binomial upper tail computed in log space.

Seeding (`params["seeding"]`, absent = "left"): "left" seeds each tuple from its h left tokens
(min-hash for h > 1). "selfhash" is Kirchenbauer et al. 2023b's SelfHash: the candidate token
itself joins its seed, an anchored min-hash over window ∪ {t} (`prf.selfhash_seeds`), so an
attacker cannot read the green list off the left context alone and a window edit that misses the
minimum leaves the decision unchanged. Here h counts *left* tokens: the paper's "SelfHash, h=4"
(three left tokens plus the token) is `--context-width 3`. The null is the same exact binomial —
it only needs every distinct PRF input to draw an independent uniform, and detection still
deduplicates on the PRF input x = seed ^ token_value[t].
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from distillguard.watermark import prf
from distillguard.watermark.schemes.base import Scheme, binomial_log_sf, binomial_log_sf_many

if TYPE_CHECKING:
    from transformers import LogitsProcessor

    from distillguard.watermark.keys import WatermarkKey


class KGW(Scheme):
    name = "kgw"
    ordered_seeds = False  # min-hash: robust to single-token edits (δ-bias tolerates repeats)
    defaults = {"gamma": 0.25, "delta": 2.0, "context_width": 4}
    choices = {"seeding": ("left", "selfhash")}

    def __init__(self, key: WatermarkKey) -> None:
        super().__init__(key)
        self.selfhash = self.params.get("seeding", "left") == "selfhash"
        self.token_in_seed = self.selfhash
        self.threshold = int(math.floor(float(self.params["gamma"]) * 2**32))
        self.green_probability = self.threshold / 2**32

    @staticmethod
    def validate(params: dict[str, Any]) -> None:
        if not 0.0 < float(params["gamma"]) < 1.0:
            raise ValueError("gamma must be in (0, 1)")
        if not float(params["delta"]) > 0.0:
            raise ValueError("delta must be > 0")

    def prf_inputs(self, contexts: np.ndarray, tokens: np.ndarray) -> np.ndarray:
        if not self.selfhash:
            return super().prf_inputs(contexts, tokens)
        tokens = np.asarray(tokens, dtype=np.int64)
        contexts = np.asarray(contexts, dtype=np.int64).reshape(len(tokens), self.context_width)
        size = int(max(contexts.max(initial=0), tokens.max(initial=0))) + 1
        cv, tv = self.context_values(size), self.token_values(size)
        anchor = tv[tokens]
        inputs: np.ndarray = prf.selfhash_seeds(cv[contexts], cv[tokens], anchor) ^ anchor
        return inputs

    def scores_from_prf(self, u: np.ndarray) -> np.ndarray:
        """1.0 for a green tuple, 0.0 for red."""
        return (u < np.uint32(self.threshold)).astype(np.float64)

    def log_p_values(self, sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(green fraction, log P(Binomial(n, γ') ≥ green count)) per text."""
        green = np.rint(sums).astype(np.int64)
        counts = np.asarray(counts, dtype=np.int64)
        fraction = np.divide(green, counts, out=np.zeros(len(counts)), where=counts > 0)
        return fraction, binomial_log_sf_many(green, counts, self.green_probability)

    def log_p_from_counts(self, green: int, n: int) -> float:
        """The same exact p-value from a green count (to compare with other detectors)."""
        return binomial_log_sf(int(green), int(n), self.green_probability)

    def randomized_p_value(self, scores: np.ndarray, u: float) -> float:
        from scipy.stats import binom

        n, k = len(scores), int(round(float(np.sum(scores))))
        return float(binom.sf(k, n, self.green_probability) + u * binom.pmf(k, n, self.green_probability))

    def logits_processor(
        self, vocab_size: int, temperature: float = 1.0, skip_repeated: bool | None = None
    ) -> LogitsProcessor:
        from distillguard.watermark.processor import KGWProcessor, KGWSelfHashProcessor

        cls = KGWSelfHashProcessor if self.selfhash else KGWProcessor
        return cls(self, vocab_size, temperature, skip_repeated)
