"""Detection: score each distinct (context window, token) tuple once, exact p-value per text.

A whole batch is one flat token array: keyed context values, sliding-window seeds, PRF inputs
and a single `np.unique` over packed uint64 keys (text index << 32 | PRF input) are each one
numpy call, so the cost per token is a handful of vector operations. Deduplication is on the
PRF input itself (not the raw window): two windows with the same min-hash seed draw the same
randomness and must count once for the null to hold. Prompt tokens are never scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from distillguard.watermark import prf
from distillguard.watermark.schemes import get_scheme

if TYPE_CHECKING:
    from distillguard.watermark.keys import WatermarkKey
    from distillguard.watermark.schemes.base import Scheme


@dataclass
class Detection:
    """One text's verdict material. `p_value` is exact and one-sided; `score` is the scheme's
    aggregate (KGW: green fraction, Gumbel: mean −log(1−r), SynthID: mean g)."""

    id: str | None
    p_value: float
    score: float
    tokens_scored: int
    scheme: str
    key_id: str
    log10_p_value: float = 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("log10_p_value")
        return data


def extract_tuples(
    token_ids: Sequence[int] | np.ndarray, context_width: int, skip: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """(contexts (n, h) int64, tokens (n,) int64) for every position ≥ max(h, skip)."""
    ids = np.asarray(token_ids, dtype=np.int64).ravel()
    start = max(int(context_width), int(skip))
    if len(ids) <= start:
        return np.empty((0, context_width), dtype=np.int64), np.empty(0, dtype=np.int64)
    windows = sliding_window_view(ids[:-1], context_width)  # windows[i] = ids[i:i+h], for pos i+h
    return np.ascontiguousarray(windows[start - context_width :]), ids[start:].copy()


def unique_tuples(contexts: np.ndarray, tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct (context, token) tuple once, in order of first occurrence."""
    tokens = np.asarray(tokens, dtype=np.int64)
    contexts = np.asarray(contexts, dtype=np.int64)
    contexts = contexts.reshape(len(tokens), contexts.shape[-1] if contexts.ndim > 1 else 1)
    rows = np.concatenate([contexts, np.asarray(tokens, dtype=np.int64)[:, None]], axis=1)
    if len(rows) == 0:
        return contexts, np.asarray(tokens, dtype=np.int64)
    _, first = np.unique(rows, axis=0, return_index=True)
    first.sort()
    return contexts[first], rows[first, -1]


def _packed_prf_inputs(
    scheme: Scheme, sequences: Sequence[Sequence[int]], skips: Sequence[int], groups: np.ndarray
) -> np.ndarray:
    """uint64 keys (group << 32 | PRF input) of every scorable position of every sequence."""
    h = scheme.context_width
    arrays = [np.asarray(s, dtype=np.int64).ravel() for s in sequences]
    lengths = np.array([len(a) for a in arrays], dtype=np.int64)
    if lengths.sum() == 0:
        return np.empty(0, dtype=np.uint64)
    flat = np.concatenate(arrays)
    if flat.min() < 0:
        raise ValueError("token ids must be non-negative")
    size = int(flat.max()) + 1
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    text_of = np.repeat(np.arange(len(arrays)), lengths)
    position = np.arange(len(flat)) - offsets[text_of]
    first_scored = np.maximum(h, np.asarray(skips, dtype=np.int64))
    scored = np.flatnonzero(position >= first_scored[text_of])
    if len(scored) == 0:
        return np.empty(0, dtype=np.uint64)
    context_values = scheme.context_values(size)[flat]
    if h == 1:
        seeds = context_values[scored - 1]
    elif not scheme.ordered_seeds:
        seeds = sliding_window_view(context_values, h).min(axis=1)[scored - h]
    else:
        seeds = prf.window_seeds(sliding_window_view(context_values, h)[scored - h], ordered=True)
    x: np.ndarray = seeds ^ scheme.token_values(size)[flat[scored]]
    packed: np.ndarray = (
        (groups[text_of[scored]].astype(np.uint64) << np.uint64(32)) | x.astype(np.uint64)
    )
    return packed


def _sorted_unique(keys: np.ndarray) -> np.ndarray:
    """Sorted distinct values (an in-place sort + neighbour compare beats np.unique's hashing)."""
    keys = np.sort(keys)
    if len(keys) < 2:
        return keys
    keep = np.empty(len(keys), dtype=bool)
    keep[0] = True
    np.not_equal(keys[1:], keys[:-1], out=keep[1:])
    return keys[keep]


def _detect(
    key: WatermarkKey,
    sequences: Sequence[Sequence[int]],
    skips: Sequence[int],
    groups: np.ndarray,
    n_groups: int,
    exclude: Sequence[Sequence[int] | None] | None,
    ids: Sequence[str | None] | None,
) -> list[Detection]:
    scheme = get_scheme(key)
    keys = _sorted_unique(_packed_prf_inputs(scheme, sequences, skips, groups))
    if exclude is not None and any(e is not None and len(e) for e in exclude):
        excl_seqs = [e if e is not None else [] for e in exclude]
        excl_keys = _packed_prf_inputs(scheme, excl_seqs, [0] * len(excl_seqs), groups)
        keys = keys[~np.isin(keys, excl_keys)]
    owner = (keys >> np.uint64(32)).astype(np.int64)
    scores = scheme.scores_from_prf(prf.fmix32((keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)))
    counts = np.bincount(owner, minlength=n_groups)
    sums = np.bincount(owner, weights=scores, minlength=n_groups)
    aggregate, log_p = scheme.log_p_values(sums, counts)
    return [
        Detection(
            id=None if ids is None else ids[g],
            p_value=float(np.exp(log_p[g])),
            score=float(aggregate[g]),
            tokens_scored=int(counts[g]),
            scheme=key.scheme,
            key_id=key.key_id,
            log10_p_value=float(log_p[g] / np.log(10.0)),
        )
        for g in range(n_groups)
    ]


def detect_tokens(
    key: WatermarkKey,
    sequences: Sequence[Sequence[int]],
    prompt_lengths: Sequence[int] | None = None,
    ids: Sequence[str | None] | None = None,
    exclude: Sequence[Sequence[int] | None] | None = None,
) -> list[Detection]:
    """One Detection per token sequence, vectorised over the batch.

    prompt_lengths[i]: leading tokens of sequence i that are prompt (never scored).
    exclude[i]: token ids (e.g. the prompt alone) whose (context, token) tuples must not be
    scored in sequence i even when the text repeats them.
    """
    n = len(sequences)
    skips = list(prompt_lengths) if prompt_lengths is not None else [0] * n
    if len(skips) != n or (ids is not None and len(ids) != n):
        raise ValueError("prompt_lengths/ids must have one entry per sequence")
    if exclude is not None and len(exclude) != n:
        raise ValueError("exclude must have one entry per sequence")
    return _detect(key, sequences, skips, np.arange(n), n, exclude, ids)


def detect_pooled(
    key: WatermarkKey,
    sequences: Sequence[Sequence[int]],
    prompt_lengths: Sequence[int] | None = None,
    id: str | None = None,
) -> Detection:
    """One Detection over a whole corpus: tuples deduplicated across all sequences (audits)."""
    n = len(sequences)
    skips = list(prompt_lengths) if prompt_lengths is not None else [0] * n
    return _detect(key, sequences, skips, np.zeros(n, dtype=np.int64), 1, None, [id])[0]


def tokenize_texts(tokenizer: Any, texts: Sequence[str]) -> list[list[int]]:
    """Token ids of each text alone (no special tokens, no chat template)."""
    if not texts:
        return []
    return [list(ids) for ids in tokenizer(list(texts), add_special_tokens=False)["input_ids"]]


def detect_texts(
    key: WatermarkKey,
    texts: Sequence[str],
    prompts: Sequence[str | None] | None = None,
    tokenizer: Any = None,
    ids: Sequence[str | None] | None = None,
) -> list[Detection]:
    """Detect on raw texts, tokenised with the watermarking model's tokenizer.

    Each text is tokenised alone (what the model emitted after the chat template); when a
    prompt is given, every (context, token) tuple that also occurs in the prompt is excluded,
    so text quoting its prompt is not scored on the prompt's n-grams.
    """
    if tokenizer is None:
        from distillguard.models import load_tokenizer

        tokenizer = load_tokenizer(None)
    sequences = tokenize_texts(tokenizer, texts)
    exclude: list[Sequence[int] | None] | None = None
    if prompts is not None:
        if len(prompts) != len(texts):
            raise ValueError("prompts must have one entry per text")
        present = [(i, p) for i, p in enumerate(prompts) if p]
        tokenised = tokenize_texts(tokenizer, [p for _, p in present])
        exclude = [None] * len(texts)
        for (i, _), seq in zip(present, tokenised, strict=True):
            exclude[i] = seq
    return detect_tokens(key, sequences, ids=ids, exclude=exclude)
