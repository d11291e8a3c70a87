"""HF LogitsProcessors for the watermark schemes: a few vectorised array ops per decoding step.

Per step: the last `h` tokens of each row give a seed (numpy, B×h), then one (B, V) uint32
PRF block u = fmix32(seed ^ token_value) is computed with numpy (its uint32 kernels are SIMD;
torch's integer ops on CPU are not) and handed to torch without a copy. Schemes turn u into a
logit change. With left padding the last `h` positions are always real tokens.

Ordering inside `generate`: transformers applies custom logits processors *before* its own
temperature / top-k / top-p warpers. KGW adds δ to green logits, which is the original
algorithm (bias, then temperature). Gumbel and SynthID need the sampling distribution, so
they take `temperature` themselves; Gumbel emits a one-hot (0 / -inf) row that any temperature
leaves unchanged, and SynthID returns temperature·log p' so that the later division by the
same temperature leaves exactly p'. Keep top-k/top-p off (the runtime default) with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import torch
from transformers import LogitsProcessor

from distillguard.watermark import prf

if TYPE_CHECKING:
    from distillguard.watermark.schemes.base import Scheme


class WatermarkProcessor(LogitsProcessor):
    """Computes the (B, V) PRF block for the current step; subclasses apply it to the scores."""

    def __init__(self, scheme: Scheme, vocab_size: int, temperature: float = 1.0) -> None:
        if temperature <= 0:
            raise ValueError("watermarked sampling needs temperature > 0")
        self.scheme = scheme
        self.vocab_size = int(vocab_size)
        self.temperature = float(temperature)
        self.context_width = scheme.context_width
        self._context_values = scheme.context_values(self.vocab_size)
        self._token_values = scheme.token_values(self.vocab_size)[: self.vocab_size]
        self._scratch: dict[tuple[str, object], np.ndarray] = {}

    def prf_block(self, input_ids: torch.LongTensor, width: int) -> np.ndarray:
        """uint32 (B, width) PRF outputs for every candidate next token of every row."""
        window = input_ids[:, -self.context_width :].cpu().numpy()
        if window.max(initial=0) >= len(self._context_values):  # ids beyond the model's vocab
            self._context_values = self.scheme.context_values(int(window.max()) + 1)
        seeds = prf.window_seeds(self._context_values[window], self.scheme.ordered_seeds)
        values = self._token_values
        if width > len(values):
            values = self._token_values = self.scheme.token_values(width)[:width]
        x, scratch = self._buffers((len(seeds), width), np.uint32, "x", "scratch")
        np.bitwise_xor(seeds[:, None], values[None, :width], out=x)
        return prf.fmix32_inplace(x, scratch)

    def _buffers(self, shape: tuple[int, int], dtype, *names: str) -> list[np.ndarray]:
        """Per-shape scratch arrays reused across steps (large fresh allocations page-fault)."""
        out = []
        for name in names:
            buf = self._scratch.get((name, dtype))
            if buf is None or buf.shape != shape:
                buf = self._scratch[(name, dtype)] = np.empty(shape, dtype=dtype)
            out.append(buf)
        return out

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if input_ids.shape[1] < self.context_width:
            return scores  # not enough context yet: leave this step unwatermarked
        u = self.prf_block(input_ids, scores.shape[-1])
        # Work in numpy, in place on the step's own float32 logits copy when it lives on the CPU
        # (torch's small CPU kernels cost more in dispatch/threading than the arithmetic).
        on_cpu = scores.device.type == "cpu" and scores.dtype == torch.float32
        logits = scores.detach().numpy() if on_cpu else scores.detach().float().cpu().numpy()
        self.apply(u, logits)
        return scores if on_cpu else torch.from_numpy(logits).to(scores.device, scores.dtype)

    def apply(self, u: np.ndarray, logits: np.ndarray) -> None:
        """Rewrite the (B, V) float32 logits in place."""
        raise NotImplementedError


def _softmax(logits: np.ndarray, temperature: float, out: np.ndarray) -> np.ndarray:
    np.divide(logits, np.float32(temperature), out=out)
    out -= out.max(axis=-1, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=-1, keepdims=True)
    return out


class KGWProcessor(WatermarkProcessor):
    """Adds δ to the logits of green tokens (u < γ·2^32)."""

    def __init__(self, scheme, vocab_size: int, temperature: float = 1.0) -> None:
        super().__init__(scheme, vocab_size, temperature)
        self.threshold = np.uint32(scheme.threshold)
        self.delta = np.float32(scheme.params["delta"])

    def apply(self, u: np.ndarray, logits: np.ndarray) -> None:
        (bias,) = self._buffers(logits.shape, np.float32, "bias")
        np.less(u, self.threshold, out=bias)  # 1.0 where green
        bias *= self.delta
        logits += bias


class GumbelProcessor(WatermarkProcessor):
    """Aaronson's exponential sampling: token = argmax_v r_v^(1/p_v), r_v = (u_v + 0.5)/2^32.

    argmax r^(1/p) = argmin E_v/p_v with E_v = −log r_v ~ Exp(1), and taking logs turns it into
    the Gumbel-max trick argmax(logits/T − log E_v): an exact sample from p when the r_v are
    uniform (distortion-free) but a deterministic function of (context, logits) given the key.
    The row becomes one-hot (0 at the choice, −inf elsewhere), which the later temperature,
    top-k and sampling steps leave unchanged.
    """

    def apply(self, u: np.ndarray, logits: np.ndarray) -> None:
        q, key = self._buffers(logits.shape, np.float32, "q", "key")
        np.subtract(np.uint32(0xFFFFFFFF), u, out=u)
        np.add(u, np.float32(0.5), out=q, casting="unsafe")
        q *= np.float32(2.0**-32)  # q = 1 − r
        np.negative(q, out=q)
        with np.errstate(divide="ignore"):  # r rounding to 0 in float32 → E = inf: never chosen
            np.log1p(q, out=q)  # log r (accurate near r = 1)
            np.negative(q, out=q)  # E = −log r ~ Exp(1)
            np.log(q, out=q)
        np.divide(logits, np.float32(self.temperature), out=key)
        key -= q  # logits/T − log E: the Gumbel-max form of argmin E/p
        choice = key.argmax(axis=-1)
        logits.fill(-np.inf)
        logits[np.arange(len(logits)), choice] = 0.0


class SynthIDProcessor(WatermarkProcessor):
    """Tournament sampling with m Bernoulli(0.5) g-value layers, in closed vectorised form.

    A 2-candidate match at layer l maps p to p·(1 + g_l − E_p[g_l]); applying the m layers in
    turn gives exactly the distribution of a full 2^m-candidate tournament. The update depends
    on a token only through its m-bit g pattern, so the layers run on the ≤ 2^m pattern
    masses (one bincount) and each token's logit gets T·log of its pattern's factor; the later
    division by T then yields exactly p'.
    """

    def __init__(self, scheme, vocab_size: int, temperature: float = 1.0) -> None:
        super().__init__(scheme, vocab_size, temperature)
        self.layers = int(scheme.params["layers"])
        self.bins = 1 << self.layers
        patterns = np.arange(self.bins, dtype=np.uint32)
        self.g = ((patterns[None, :] >> np.arange(self.layers, dtype=np.uint32)[:, None]) & 1).astype(
            np.float64
        )  # (m, bins)

    def apply(self, u: np.ndarray, logits: np.ndarray) -> None:
        batch = len(logits)
        pattern = (u & np.uint32(self.bins - 1)).astype(np.int64)
        (probs,) = self._buffers(logits.shape, np.float32, "probs")
        _softmax(logits, self.temperature, out=probs)
        rows = (pattern + (np.arange(batch) * self.bins)[:, None]).ravel()
        mass = np.bincount(rows, weights=probs.ravel(), minlength=batch * self.bins).reshape(batch, -1)
        factor = np.ones_like(mass)
        for layer in range(self.layers):
            g = self.g[layer]
            current = mass * factor
            mean_g = current @ g / current.sum(axis=-1)
            factor *= np.maximum(1.0 + g[None, :] - mean_g[:, None], 0.0)  # ≥ 0 despite rounding
        with np.errstate(divide="ignore"):
            log_factor = (np.log(factor) * self.temperature).astype(np.float32)
        logits += np.take_along_axis(log_factor, pattern, axis=1)
