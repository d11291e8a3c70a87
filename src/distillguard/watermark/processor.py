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

Repeated contexts (`skip_repeated`, on for Gumbel and SynthID, off by default for KGW): the
keyed randomness is a function of the window seed, so a window seen again would redraw the
same randomness and a deterministic sampler re-emits the same continuation (loops). Each
processor keeps, per batch row, the set of window seeds already used in the current generation
— every window of the prompt that is followed by a token counts as used at the first call —
and a row whose current seed is in its set is left unwatermarked at that step (logits
unchanged, so `generate` samples ordinarily). Detection needs no change: it scores each PRF
input once, and skipped positions just look unwatermarked. State resets at the start of every
new generation, recognised without help from `generate`: a call continues the previous one
only when it has the same batch size, exactly one more column, and the previous call's
input_ids as its prefix; anything else (a new batch, a shorter input, another prompt, a second
`generate` with the same processor object) starts over from the prompt. `reset()` forces it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy as np
import torch
from numpy.lib.stride_tricks import sliding_window_view
from transformers import LogitsProcessor

from distillguard.watermark import prf

if TYPE_CHECKING:
    import numpy.typing as npt

    from distillguard.watermark.schemes.base import Scheme
    from distillguard.watermark.schemes.kgw import KGW
    from distillguard.watermark.schemes.synthid import SynthID


class WatermarkProcessor(LogitsProcessor):
    """Computes the (B, V) PRF block for the current step; subclasses apply it to the scores."""

    skip_repeated_default = True  # leave a step unwatermarked when its window seed was used

    def __init__(
        self, scheme: Scheme, vocab_size: int, temperature: float = 1.0, skip_repeated: bool | None = None
    ) -> None:
        if temperature <= 0:
            raise ValueError("watermarked sampling needs temperature > 0")
        self.scheme = scheme
        self.vocab_size = int(vocab_size)
        self.temperature = float(temperature)
        self.context_width = scheme.context_width
        self.skip_repeated = self.skip_repeated_default if skip_repeated is None else bool(skip_repeated)
        self._context_values = scheme.context_values(self.vocab_size)
        self._token_values = scheme.token_values(self.vocab_size)[: self.vocab_size]
        self._scratch: dict[tuple[str, object], np.ndarray] = {}
        self.rows_watermarked = 0  # row-steps with the watermark applied / skipped as repeats
        self.rows_skipped = 0
        self.reset()

    def reset(self) -> None:
        """Forget the seeds used so far: the next call starts a new generation."""
        self._seen: list[set[int]] = []
        self._last_ids: torch.Tensor | None = None

    # -- seeds ---------------------------------------------------------------------------------
    def _context_table(self, ids: np.ndarray) -> np.ndarray:
        if ids.size and int(ids.max()) >= len(self._context_values):  # ids beyond the model's vocab
            self._context_values = self.scheme.context_values(int(ids.max()) + 1)
        return self._context_values

    def window_seeds(self, input_ids: torch.LongTensor) -> np.ndarray:
        """uint32 (B,) seeds of each row's last `context_width` tokens."""
        window = input_ids[:, -self.context_width :].cpu().numpy()
        return prf.window_seeds(self._context_table(window)[window], self.scheme.ordered_seeds)

    def _prompt_seeds(self, input_ids: torch.LongTensor) -> list[set[int]]:
        """Per row, the seeds of every window that is already followed by a token."""
        h = self.context_width
        batch, length = input_ids.shape
        if length <= h:
            return [set() for _ in range(batch)]
        ids = input_ids[:, :-1].cpu().numpy()
        windows = sliding_window_view(self._context_table(ids)[ids], h, axis=1)  # (B, L - h, h)
        seeds = prf.window_seeds(windows.reshape(-1, h), self.scheme.ordered_seeds).reshape(batch, -1)
        return [set(row) for row in seeds.tolist()]

    def _continues(self, input_ids: torch.LongTensor) -> bool:
        prev = self._last_ids
        return (
            prev is not None
            and prev.shape[0] == input_ids.shape[0]
            and prev.shape[1] + 1 == input_ids.shape[1]
            and prev.device == input_ids.device
            and torch.equal(input_ids[:, :-1], prev)
        )

    def repeated_rows(self, input_ids: torch.LongTensor, seeds: np.ndarray | None) -> np.ndarray:
        """bool (B,): rows whose current window seed was already used in this generation.

        Updates the per-row state (starting a new generation when this call does not continue
        the previous one) and marks the current seeds as used.
        """
        if not self._continues(input_ids):
            self._seen = self._prompt_seeds(input_ids)
        self._last_ids = input_ids.detach().clone()
        if seeds is None:
            return np.zeros(input_ids.shape[0], dtype=bool)
        repeated = np.empty(len(seeds), dtype=bool)
        for row, (seed, seen) in enumerate(zip(seeds.tolist(), self._seen, strict=True)):
            repeated[row] = seed in seen
            seen.add(seed)
        return repeated

    # -- PRF block ------------------------------------------------------------------------------
    def prf_block(self, input_ids: torch.LongTensor, width: int, seeds: np.ndarray | None = None) -> np.ndarray:
        """uint32 (B, width) PRF outputs for every candidate next token of every row."""
        if seeds is None:
            seeds = self.window_seeds(input_ids)
        values = self._token_values
        if width > len(values):
            values = self._token_values = self.scheme.token_values(width)[:width]
        x, scratch = self._buffers((len(seeds), width), np.uint32, "x", "scratch")
        np.bitwise_xor(seeds[:, None], values[None, :width], out=x)
        return prf.fmix32_inplace(x, scratch)

    def _buffers(
        self, shape: tuple[int, ...], dtype: npt.DTypeLike, *names: str
    ) -> list[np.ndarray]:
        """Per-shape scratch arrays reused across steps (large fresh allocations page-fault)."""
        out: list[np.ndarray] = []
        for name in names:
            buf = self._scratch.get((name, dtype))
            if buf is None or buf.shape != shape:
                buf = self._scratch[(name, dtype)] = np.empty(shape, dtype=dtype)
            out.append(buf)
        return out

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        full = input_ids.shape[1] >= self.context_width
        seeds = self.window_seeds(input_ids) if full else None
        repeated = self.repeated_rows(input_ids, seeds) if self.skip_repeated else None
        if seeds is None:  # i.e. not full
            return scores  # not enough context yet: leave this step unwatermarked
        n_repeated = 0 if repeated is None else int(repeated.sum())
        self.rows_skipped += n_repeated
        self.rows_watermarked += len(seeds) - n_repeated
        if n_repeated == len(seeds):
            return scores  # every row repeats a used window: ordinary sampling
        u = self.prf_block(input_ids, scores.shape[-1], seeds)
        # Work in numpy, in place on the step's own float32 logits copy when it lives on the CPU
        # (torch's small CPU kernels cost more in dispatch/threading than the arithmetic).
        on_cpu = scores.device.type == "cpu" and scores.dtype == torch.float32
        logits = scores.detach().numpy() if on_cpu else scores.detach().float().cpu().numpy()
        # The block stays full-batch (fixed buffer shapes); repeated rows are restored.
        if n_repeated and repeated is not None:  # n_repeated > 0 implies repeated is set
            rows = np.flatnonzero(repeated)
            kept = logits[rows]  # fancy indexing copies
            self.apply(u, logits)
            logits[rows] = kept
        else:
            self.apply(u, logits)
        if on_cpu:
            return scores
        return cast("torch.FloatTensor", torch.from_numpy(logits).to(scores.device, scores.dtype))

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
    """Adds δ to the logits of green tokens (u < γ·2^32).

    Repeated windows are watermarked again by default (`skip_repeated=False`): a δ-bias only
    tilts the distribution, so a repeat does not force a loop, and keeping it maximises power.
    """

    skip_repeated_default = False

    def __init__(
        self,
        scheme: KGW,
        vocab_size: int,
        temperature: float = 1.0,
        skip_repeated: bool | None = None,
    ) -> None:
        super().__init__(scheme, vocab_size, temperature, skip_repeated)
        self.threshold = np.uint32(scheme.threshold)
        self.delta = np.float32(scheme.params["delta"])

    def apply(self, u: np.ndarray, logits: np.ndarray) -> None:
        (bias,) = self._buffers(logits.shape, np.float32, "bias")
        np.less(u, self.threshold, out=bias)  # 1.0 where green
        bias *= self.delta
        logits += bias


class KGWSelfHashProcessor(KGWProcessor):
    """KGW with SelfHash seeding: every candidate token's green decision uses a seed that
    includes the candidate (`prf.selfhash_seeds`), so the PRF block is (h + 1) fmix32 passes over
    (B, V) instead of one."""

    def prf_block(self, input_ids: torch.LongTensor, width: int, seeds: np.ndarray | None = None) -> np.ndarray:
        window = input_ids[:, -self.context_width :].cpu().numpy()
        table = self._context_table(window)
        values = self._token_values
        if width > len(values):
            values = self._token_values = self.scheme.token_values(width)[:width]
        if len(table) < width:
            table = self._context_values = self.scheme.context_values(width)
        anchor = values[None, :width]
        cand = table[None, :width]
        u: np.ndarray = prf.fmix32(prf.selfhash_seeds(table[window][:, None, :], cand, anchor) ^ anchor)
        return u


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

    def __init__(
        self,
        scheme: SynthID,
        vocab_size: int,
        temperature: float = 1.0,
        skip_repeated: bool | None = None,
    ) -> None:
        super().__init__(scheme, vocab_size, temperature, skip_repeated)
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
