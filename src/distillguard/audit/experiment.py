"""Building blocks of radioactivity experiments: teacher answers (watermarked or not), mixtures.

Shared by the tests, the demo and `bench/radioactivity.py`. A random-initialised tiny teacher
has no language a student could pick up in seconds, so `generate_answers` can restrict it to a
small word list (`word_vocabulary`): the teacher then speaks a toy language whose bigram
statistics a 2-layer student learns in a few dozen steps, and the real watermark processor
biases that language exactly as it biases SmolLM2's English.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from distillguard.watermark.keys import WatermarkKey


def word_vocabulary(tokenizer: Any, size: int, *, first_id: int = 1000) -> list[int]:
    """`size` token ids that are whole lower-case words with a leading space (re-tokenise stably)."""
    pieces = tokenizer.convert_ids_to_tokens(list(range(first_id, len(tokenizer))))
    out = []
    for offset, piece in enumerate(pieces):
        word = piece[1:] if piece.startswith("Ġ") else None
        if word and word.isalpha() and word.islower() and len(word) >= 3:
            out.append(first_id + offset)
            if len(out) == size:
                break
    return out


class _Restrict:
    """LogitsProcessor: only `allowed` ids may be sampled; then an optional watermark."""

    def __init__(self, allowed: Sequence[int], vocab_size: int, inner: Any = None) -> None:
        import torch

        self.mask = torch.full((vocab_size,), float("-inf"))
        self.mask[list(allowed)] = 0.0
        self.inner = inner

    def __call__(self, input_ids, scores):
        scores = scores + self.mask[: scores.shape[-1]]
        return self.inner(input_ids, scores) if self.inner is not None else scores


def generate_answers(
    model: str | Path | None,
    prompts: Sequence[str],
    key: WatermarkKey | None,
    *,
    max_new_tokens: int = 64,
    batch_size: int = 16,
    temperature: float = 1.0,
    vocabulary: Sequence[int] | None = None,
    seed: int = 0,
    progress: Callable[[int], None] | None = None,
) -> list[dict]:
    """[{"prompt", "text"}]: the model's answers, watermarked with `key` when given."""
    from distillguard.models import chat_prompt_ids, generate, load_model
    from distillguard.watermark.schemes import get_scheme

    lm = load_model(None if model is None else str(model))
    processor = get_scheme(key).logits_processor(lm.vocab_size, temperature) if key is not None else None
    if vocabulary is not None:
        processor = _Restrict(vocabulary, lm.vocab_size, processor)
    ids = [chat_prompt_ids(lm.tokenizer, p) for p in prompts]
    # Similar lengths per batch: less left padding to compute over.
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    texts: dict[int, str] = {}
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        out = generate(lm, [ids[i] for i in chunk], max_new_tokens=max_new_tokens, temperature=temperature,
                       logits_processor=processor, seed=seed + start)
        for i, tokens in zip(chunk, out, strict=True):
            texts[i] = lm.tokenizer.decode(tokens, skip_special_tokens=True)
        if progress is not None:
            progress(len(chunk))
    return [{"prompt": p, "text": texts[i]} for i, p in enumerate(prompts)]


def mixture(watermarked: Sequence[dict], other: Sequence[dict], rho: float, size: int, *, seed: int = 0) -> list[dict]:
    """`size` examples of which round(rho*size) are watermarked (drawn without replacement while
    possible), the rest from `other`; shuffled with a fixed seed."""
    rng = random.Random(seed)
    n_wm = round(rho * size)
    wm = _draw(watermarked, n_wm, rng)
    rest = _draw(other, size - n_wm, rng)
    out = [dict(e, watermarked=True) for e in wm] + [dict(e, watermarked=False) for e in rest]
    rng.shuffle(out)
    return out


def _draw(pool: Sequence[dict], n: int, rng: random.Random) -> list[dict]:
    if n <= 0:
        return []
    if not pool:
        raise ValueError("cannot draw from an empty pool")
    out: list[dict] = []
    while len(out) < n:
        take = min(n - len(out), len(pool))
        out.extend(rng.sample(list(pool), take))
    return out
