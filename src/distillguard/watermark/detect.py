"""Detection: score each distinct (context window, token) tuple once, exact p-value per text.

A whole batch is one flat token array: keyed context values, sliding-window seeds, PRF inputs
and a single `np.unique` over packed uint64 keys (text index << 32 | PRF input) are each one
numpy call, so the cost per token is a handful of vector operations. Deduplication is on the
PRF input itself (not the raw window): two windows with the same min-hash seed draw the same
randomness and must count once for the null to hold. Prompt tokens are never scored.

Three refinements, each keeping every reported p-value a valid one-sided p-value:
- repeated seeds (`mask_repeats`): schemes whose generator leaves a step unwatermarked when its
  window seed was already used in the generation (Gumbel, SynthID; processor.py) are scored on
  exactly the steps the generator watermarked — the first position of each seed — so those
  skipped repeats no longer dilute the score. The mask is a function of the context tables
  only, never of a scored PRF output, so the kept tuples' outputs are still iid uniform.
- windowed scan (`scan="windows"`, windows.py): the most significant dyadic span, Bonferroni-
  corrected for every span examined.
- corpus scans (`seen=SeenTuples()`): each PRF input is scored in the first text of the corpus
  that contains it and never again, so under one fixed key the texts' statistics are functions
  of disjoint sets of PRF outputs — independent — and per-text false-positive counts are
  binomially bounded (see docs/watermark.md, "What a p-value guarantees").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from distillguard.watermark import prf
from distillguard.watermark.schemes import get_scheme
from distillguard.watermark.windows import MIN_WINDOW, scan_windows

if TYPE_CHECKING:
    from distillguard.watermark.keys import WatermarkKey
    from distillguard.watermark.schemes.base import Scheme

Scan = Literal["whole", "windows"]
TokenIds = Sequence[int] | np.ndarray  # one text's token ids
# Schemes whose processors skip repeated window seeds by default (processor.py's
# `skip_repeated_default`); a scheme class may state it itself with a `skip_repeated_default`
# attribute, which wins. Kept here so detection never imports torch.
_SKIPS_REPEATS = frozenset({"gumbel", "synthid"})


@dataclass
class Detection:
    """One text's verdict material. `p_value` is exact and one-sided; `score` is the scheme's
    aggregate (KGW: green fraction, Gumbel: mean −log(1−r), SynthID: mean g).

    Windowed scans also set `span` (token_start/token_end of the most significant span; the
    CLI adds character offsets) and `windows_searched` (the Bonferroni factor); `score` and
    `tokens_scored` then describe that span, and `p_value` is corrected for the whole search.
    """

    id: str | None
    p_value: float
    score: float
    tokens_scored: int
    scheme: str
    key_id: str
    log10_p_value: float = 0.0
    span: dict[str, int] | None = None
    windows_searched: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "p_value": self.p_value,
            "score": self.score,
            "tokens_scored": self.tokens_scored,
            "scheme": self.scheme,
            "key_id": self.key_id,
        }
        if self.windows_searched is not None:
            data["span"] = self.span
            data["windows_searched"] = self.windows_searched
        return data


class SeenTuples:
    """PRF inputs already scored earlier in a corpus scan.

    A sorted uint32 array while small (a scan of a few thousand texts stays a few MB); past
    2^22 inputs a bitmap over all 2^32 (512 MiB of address space from `np.zeros`, i.e. calloc:
    pages are committed as they are touched). Membership and updates are vectorised either way.
    """

    SWITCH = 1 << 22

    def __init__(self) -> None:
        self._sorted = np.empty(0, dtype=np.uint32)
        self._bits: np.ndarray | None = None
        self.count = 0

    def keep_new(self, x: np.ndarray) -> np.ndarray:
        """bool mask of the distinct uint32 inputs `x` not seen before; marks them seen."""
        x = np.asarray(x, dtype=np.uint32)
        if self._bits is None:
            at = np.minimum(np.searchsorted(self._sorted, x), max(len(self._sorted) - 1, 0))
            new: np.ndarray = (
                np.ones(len(x), dtype=bool) if len(self._sorted) == 0 else self._sorted[at] != x
            )
            self._sorted = np.union1d(self._sorted, x[new]).astype(np.uint32, copy=False)
            if len(self._sorted) > self.SWITCH:
                self._bits = np.zeros(1 << 29, dtype=np.uint8)
                self._mark(self._sorted)
                self._sorted = np.empty(0, dtype=np.uint32)
        else:
            byte = (x >> np.uint32(3)).astype(np.intp)
            bit = np.left_shift(np.uint8(1), (x & np.uint32(7)).astype(np.uint8))
            new = (self._bits[byte] & bit) == 0
            self._mark(x[new])
        self.count += int(new.sum())
        return new

    def _mark(self, x: np.ndarray) -> None:
        assert self._bits is not None
        byte = (x >> np.uint32(3)).astype(np.intp)
        bit = np.left_shift(np.uint8(1), (x & np.uint32(7)).astype(np.uint8))
        np.bitwise_or.at(self._bits, byte, bit)


def masks_repeats(scheme: Scheme) -> bool:
    """Whether the scheme's generator leaves repeated window seeds unwatermarked by default."""
    explicit = getattr(scheme, "skip_repeated_default", None)
    if explicit is not None:
        return bool(explicit)
    return scheme.name in _SKIPS_REPEATS


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


def _first_occurrence(keys: np.ndarray) -> np.ndarray:
    """bool mask: True at the first occurrence (in array order) of each value."""
    mask = np.zeros(len(keys), dtype=bool)
    if len(keys) == 0:
        return mask
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    mask[order[first]] = True
    return mask


def _sorted_unique(keys: np.ndarray, *, in_place: bool = False) -> np.ndarray:
    """Sorted distinct values (an in-place sort + neighbour compare beats np.unique's hashing);
    `in_place`: sort the caller's array itself (a temporary it no longer needs)."""
    if in_place:
        keys.sort()
    else:
        keys = np.sort(keys)
    if len(keys) < 2:
        return keys
    keep = np.empty(len(keys), dtype=bool)
    keep[0] = True
    np.not_equal(keys[1:], keys[:-1], out=keep[1:])
    return keys[keep]


@dataclass
class _Positions:
    """Scorable positions of a batch, in (sequence, position) order."""

    seq: np.ndarray  # int64 sequence index
    position: np.ndarray | None  # int64 token index inside its sequence (None: not computed)
    seed: np.ndarray  # uint32 window seed
    x: np.ndarray  # uint32 PRF input

    @classmethod
    def empty(cls) -> _Positions:
        e = np.empty(0, dtype=np.int64)
        return cls(e, e, np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint32))

    def take(self, keep: np.ndarray) -> _Positions:
        position = None if self.position is None else self.position[keep]
        return _Positions(self.seq[keep], position, self.seed[keep], self.x[keep])


def _positions(
    scheme: Scheme,
    sequences: Sequence[TokenIds],
    skips: Sequence[int],
    mask: bool,
    *,
    with_position: bool = True,
) -> _Positions:
    """Every position whose full context window lies in its sequence and at or after its skip;
    with `mask`, only the first position of each window seed in its sequence (counting the
    skipped prefix, as the generator counts the prompt's windows as used).

    Scored positions are a bool mask over the flat token array (text i: positions
    [max(h, skip_i), len_i), one `np.repeat`), so no per-position text index or position is
    computed unless asked for (`with_position`; a whole-text scan without `seen` needs none)."""
    h = scheme.context_width
    n = len(sequences)
    arrays = [np.asarray(s, dtype=np.int64).ravel() for s in sequences]
    lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=n)
    if lengths.sum() == 0:
        return _Positions.empty()
    flat = np.concatenate(arrays) if n > 1 else arrays[0]
    if flat.min() < 0:
        raise ValueError("token ids must be non-negative")
    size = int(flat.max()) + 1
    start = np.minimum(np.maximum(h, np.asarray(skips, dtype=np.int64)), lengths)
    scored = lengths - start
    if scored.sum() == 0:
        return _Positions.empty()
    keep = _runs_mask(start, scored)  # scored flat positions
    context_values = scheme.context_values(size)[flat]
    total = len(flat)
    window_min: np.ndarray | None = None
    if h > 1 and not scheme.ordered_seeds:  # min over the window: h − 1 contiguous passes
        window_min = np.minimum(context_values[: total - h], context_values[1 : total - h + 1])
        for j in range(2, h):
            np.minimum(window_min, context_values[j : total - h + j], out=window_min)

    def seeds_at(where: np.ndarray) -> np.ndarray:
        """uint32 seeds at the flat positions `where` (a bool mask; each ≥ h into its text):
        the window of flat position q is q − h … q − 1."""
        picked: np.ndarray
        if h == 1:
            picked = context_values[: total - 1][where[1:]]
            return picked
        if window_min is not None:
            picked = window_min[where[h:]]
            return picked
        windows = sliding_window_view(context_values, h)
        return prf.window_seeds(windows[np.flatnonzero(where) - h], ordered=True)

    if mask:  # first position of each seed among every full window, skipped prefix included
        full_start = np.minimum(h, lengths)
        full = _runs_mask(full_start, lengths - full_start)
        seeds = seeds_at(full).astype(np.uint32, copy=False)
        seq = np.repeat(np.arange(n), lengths - full_start)
        chosen = _first_occurrence((seq.astype(np.uint64) << np.uint64(32)) | seeds.astype(np.uint64))
        chosen &= keep[full]
        keep[full] = chosen
        seq, seeds = seq[chosen], seeds[chosen]
    else:
        seeds = seeds_at(keep).astype(np.uint32, copy=False)
        seq = np.repeat(np.arange(n), scored)
    idx = np.flatnonzero(keep) if with_position or scheme.token_in_seed else None
    if scheme.token_in_seed:  # SelfHash: the scheme combines window and candidate itself
        assert idx is not None
        x = scheme.sequence_prf_inputs(flat, idx)
    else:
        x = scheme.token_values(size)[flat][keep]  # uint32 gather, then compress: half the bytes
        x ^= seeds
    position = None
    if with_position:
        assert idx is not None
        position = idx - (np.cumsum(lengths) - lengths)[seq]
    return _Positions(seq, position, seeds, x.astype(np.uint32, copy=False))


def _runs_mask(skipped: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """bool mask over the texts laid end to end: per text, `skipped[i]` False then `taken[i]` True."""
    runs = np.empty(2 * len(skipped), dtype=np.int64)
    runs[0::2], runs[1::2] = skipped, taken
    out: np.ndarray = np.repeat(np.tile(np.array([False, True]), len(skipped)), runs)
    return out


def _pack(high: np.ndarray, low: np.ndarray) -> np.ndarray:
    """uint64 high << 32 | low, in one array (no temporaries: fresh multi-MB arrays cost page
    faults on a long scan)."""
    packed: np.ndarray = high.astype(np.uint64)
    np.left_shift(packed, np.uint64(32), out=packed)
    np.bitwise_or(packed, low, out=packed, casting="unsafe")
    return packed


def _packed_prf_inputs(
    scheme: Scheme, sequences: Sequence[TokenIds], skips: Sequence[int], groups: np.ndarray
) -> np.ndarray:
    """uint64 keys (group << 32 | PRF input) of every scorable position of every sequence."""
    pos = _positions(scheme, sequences, skips, mask=False, with_position=False)
    return _pack(groups[pos.seq], pos.x)


def _detect(
    key: WatermarkKey,
    sequences: Sequence[TokenIds],
    skips: Sequence[int],
    groups: np.ndarray,
    n_groups: int,
    exclude: Sequence[TokenIds | None] | None,
    ids: Sequence[str | None] | None,
    *,
    mask: bool = False,
    scan: Scan = "whole",
    seen: SeenTuples | None = None,
    min_window: int = MIN_WINDOW,
) -> list[Detection]:
    scheme = get_scheme(key)
    if scan not in ("whole", "windows"):
        raise ValueError(f"unknown scan {scan!r} (whole or windows)")
    pos = _positions(scheme, sequences, skips, mask, with_position=scan != "whole" or seen is not None)
    if exclude is not None and any(e is not None and len(e) for e in exclude):
        excl_seqs = [e if e is not None else [] for e in exclude]
        excl = _positions(scheme, excl_seqs, [0] * len(excl_seqs), mask=False, with_position=False)
        drop = np.isin(_pack(groups[pos.seq], pos.x), _pack(groups[excl.seq], excl.x))
        if mask:  # the generator also skipped windows whose seed the prompt had used
            drop |= np.isin(_pack(pos.seq, pos.seed), _pack(excl.seq, excl.seed))
        pos = pos.take(~drop)
    owner_x = _pack(groups[pos.seq], pos.x)
    if scan == "whole" and seen is None:
        keys = _sorted_unique(owner_x, in_place=True)
        x = keys.astype(np.uint32)  # the low 32 bits (integer casts wrap)
        np.right_shift(keys, np.uint64(32), out=keys)
        owner = keys.view(np.int64)  # < 2^32: the same values
        position = None
    else:  # first occurrence, kept in (sequence, position) order
        first = _first_occurrence(owner_x)
        owner = groups[pos.seq[first]].astype(np.int64)
        assert pos.position is not None
        x, position = pos.x[first], pos.position[first]
        if seen is not None:  # each PRF input only in the first text of the corpus that has it
            keep = _first_occurrence(x)
            keep[keep] = seen.keep_new(x[keep])
            owner, x, position = owner[keep], x[keep], position[keep]
    scores = scheme.scores_from_prf(prf.fmix32(x))
    if scan == "windows":
        assert position is not None
        return _windowed(key, scheme, scores, owner, position, n_groups, ids, min_window)
    counts = np.bincount(owner, minlength=n_groups)
    sums = np.bincount(owner, weights=scores, minlength=n_groups)
    aggregate, log_p = scheme.log_p_values(sums, counts)
    # whole arrays to Python floats at once: the same ufuncs per element, no per-text numpy scalars
    p_values, log10_p = np.exp(log_p).tolist(), (log_p / np.log(10.0)).tolist()
    scores_, counts_ = np.asarray(aggregate, dtype=np.float64).tolist(), counts.tolist()
    names = [None] * n_groups if ids is None else ids
    return [
        Detection(
            id=names[g],
            p_value=p_values[g],
            score=scores_[g],
            tokens_scored=counts_[g],
            scheme=key.scheme,
            key_id=key.key_id,
            log10_p_value=log10_p[g],
        )
        for g in range(n_groups)
    ]


def _windowed(
    key: WatermarkKey,
    scheme: Scheme,
    scores: np.ndarray,
    owner: np.ndarray,
    position: np.ndarray,
    n_groups: int,
    ids: Sequence[str | None] | None,
    min_window: int,
) -> list[Detection]:
    best = scan_windows(scheme, scores, owner, n_groups, min_window)
    out = []
    for g in range(n_groups):
        span = None
        if best.length[g] > 0:
            first, last = best.first[g], best.first[g] + best.length[g] - 1
            span = {"token_start": int(position[first]), "token_end": int(position[last]) + 1}
        out.append(
            Detection(
                id=None if ids is None else ids[g],
                p_value=float(np.exp(best.log_p[g])),
                score=float(best.aggregate[g]),
                tokens_scored=int(best.length[g]),
                scheme=key.scheme,
                key_id=key.key_id,
                log10_p_value=float(best.log_p[g] / np.log(10.0)),
                span=span,
                windows_searched=int(best.searched[g]),
            )
        )
    return out


def detect_tokens(
    key: WatermarkKey,
    sequences: Sequence[TokenIds],
    prompt_lengths: Sequence[int] | None = None,
    ids: Sequence[str | None] | None = None,
    exclude: Sequence[TokenIds | None] | None = None,
    *,
    scan: Scan = "whole",
    mask_repeats: bool | None = None,
    seen: SeenTuples | None = None,
    min_window: int = MIN_WINDOW,
) -> list[Detection]:
    """One Detection per token sequence, vectorised over the batch.

    prompt_lengths[i]: leading tokens of sequence i that are prompt (never scored).
    exclude[i]: token ids (e.g. the prompt alone) whose (context, token) tuples must not be
    scored in sequence i even when the text repeats them.
    scan: "whole" (one p-value over the text) or "windows" (most significant span, corrected).
    mask_repeats: score only the first position of each window seed (None: what the scheme's
    generator does by default, see `masks_repeats`).
    seen: a SeenTuples shared across calls to score each PRF input once per corpus.
    """
    n = len(sequences)
    skips = list(prompt_lengths) if prompt_lengths is not None else [0] * n
    if len(skips) != n or (ids is not None and len(ids) != n):
        raise ValueError("prompt_lengths/ids must have one entry per sequence")
    if exclude is not None and len(exclude) != n:
        raise ValueError("exclude must have one entry per sequence")
    mask = masks_repeats(get_scheme(key)) if mask_repeats is None else bool(mask_repeats)
    return _detect(
        key, sequences, skips, np.arange(n), n, exclude, ids,
        mask=mask, scan=scan, seen=seen, min_window=min_window,
    )


def detect_pooled(
    key: WatermarkKey,
    sequences: Sequence[TokenIds],
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
    *,
    scan: Scan = "whole",
    mask_repeats: bool | None = None,
    seen: SeenTuples | None = None,
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
    return detect_tokens(
        key, sequences, ids=ids, exclude=exclude, scan=scan, mask_repeats=mask_repeats, seen=seen
    )
