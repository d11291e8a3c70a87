"""Score (window, token) tuples gathered from a suspect under one key or thousands of keys.

The suspect is read once (open mode) or queried once (API mode); what comes out is a flat table
of *entries*: a context window (h token ids of our tokenizer), the token scored after it (or -1
when the entry is history only: a window that occurred but is not scored), the document it
belongs to and its order inside that document. Everything after that is numpy per key:

- exclusion: a scored entry is dropped when its window seed already occurred among the
  document's history entries with a smaller order (open mode: "earlier in the same document",
  prompt included; API mode: "in the prompt"). Under the null, the text that preceded a scored
  position can then not have been shaped by that window's green list, so the suspect's choice
  is independent of the key even when the text it reads was itself watermarked;
- deduplication: each PRF input x = seed(window) ^ token_value[token] is scored once over the
  whole run (equal x means identical randomness, as in `watermark.detect`);
- an exact p-value from the scheme's own null (binomial for KGW, gamma for Gumbel/SynthID).

Keyrings: the engine's `Scheme.context_values` builds full-vocabulary tables (one keyed hash
per token id, ~0.1 s per key and role); for 1,000 keys we instead hash only the token ids that
occur in the entries (`SparseKeyTables`), which is the same PRF evaluated sparsely (a test
checks equality with `Scheme.prf_inputs`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.watermark import prf
from distillguard.watermark.keys import WatermarkKey
from distillguard.watermark.schemes import get_scheme

CURVE_POINTS = 40


@dataclass
class Entries:
    """Flat arrays over every window occurrence of a run (see module docstring)."""

    doc: np.ndarray  # int64 (n,)
    order: np.ndarray  # int64 (n,), position inside the document
    windows: np.ndarray  # int64 (n, h)
    tokens: np.ndarray  # int64 (n,), -1 = history only
    history: np.ndarray  # bool (n,), counts as an earlier occurrence of its window
    keep: np.ndarray = field(default=None)  # bool (n,), key-independent filter (frequent windows)

    def __post_init__(self) -> None:
        if self.keep is None:
            self.keep = np.ones(len(self.tokens), dtype=bool)

    @property
    def context_width(self) -> int:
        return int(self.windows.shape[1])

    @property
    def candidates(self) -> int:
        """Entries with a scored token (before exclusion and deduplication)."""
        return int(np.count_nonzero(self.tokens >= 0))


class EntriesBuilder:
    """Accumulates entries document by document, then packs them into arrays."""

    def __init__(self, context_width: int) -> None:
        self.h = int(context_width)
        self._doc: list[np.ndarray] = []
        self._order: list[np.ndarray] = []
        self._windows: list[np.ndarray] = []
        self._tokens: list[np.ndarray] = []
        self._history: list[np.ndarray] = []

    def add_sequence(
        self,
        doc: int,
        ids: Sequence[int],
        predictions: Sequence[int] | None,
        first_scored: int,
        *,
        history: bool = True,
    ) -> None:
        """Windows of `ids` at every position t >= h; position t scores predictions[t] (or ids[t]
        when predictions is None) when t >= first_scored, and is history when `history`."""
        ids = np.asarray(ids, dtype=np.int64)
        n = len(ids)
        if n <= self.h:
            return
        positions = np.arange(self.h, n)
        windows = np.lib.stride_tricks.sliding_window_view(ids[:-1], self.h)
        scored_source = ids if predictions is None else np.asarray(predictions, dtype=np.int64)
        tokens = np.where(positions >= first_scored, scored_source[positions], -1)
        self._append(doc, positions, windows, tokens, np.full(len(positions), history))

    def add_entries(
        self,
        doc: int,
        orders: Sequence[int],
        windows: Sequence[Sequence[int]],
        tokens: Sequence[int],
        history: bool,
    ) -> None:
        """Explicit entries (e.g. re-tokenised predictions of a suspect with another tokenizer)."""
        if len(tokens) == 0:
            return
        w = np.asarray(windows, dtype=np.int64).reshape(len(tokens), self.h)
        self._append(doc, np.asarray(orders, dtype=np.int64), w, np.asarray(tokens, dtype=np.int64),
                     np.full(len(tokens), history))

    def _append(self, doc, orders, windows, tokens, history) -> None:
        self._doc.append(np.full(len(tokens), doc, dtype=np.int64))
        self._order.append(orders)
        self._windows.append(windows)
        self._tokens.append(tokens)
        self._history.append(history)

    def build(self) -> Entries:
        if not self._tokens:
            empty = np.empty(0, dtype=np.int64)
            return Entries(empty, empty, np.empty((0, self.h), dtype=np.int64), empty,
                           np.empty(0, dtype=bool))
        return Entries(
            np.concatenate(self._doc),
            np.concatenate(self._order),
            np.concatenate(self._windows),
            np.concatenate(self._tokens),
            np.concatenate(self._history),
        )


def frequent_window_mask(entries: Entries, served: Sequence[Sequence[int]], min_count: int) -> np.ndarray:
    """Entries whose window occurs at least `min_count` times in the served (watermarked) tokens."""
    h = entries.context_width
    rows = [np.lib.stride_tricks.sliding_window_view(np.asarray(s, dtype=np.int64), h)
            for s in served if len(s) >= h]
    if not rows:
        return np.zeros(len(entries.tokens), dtype=bool)
    served_windows = np.concatenate(rows)
    uniq, counts = np.unique(served_windows, axis=0, return_counts=True)
    frequent = uniq[counts >= min_count]
    if len(frequent) == 0 or len(entries.tokens) == 0:
        return np.zeros(len(entries.tokens), dtype=bool)
    both = np.concatenate([frequent, entries.windows])
    _, inverse = np.unique(both, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    return np.isin(inverse[len(frequent):], inverse[: len(frequent)])


class SparseKeyTables:
    """The engine's keyed PRF tables, evaluated only at the token ids a run needs."""

    def __init__(self, entries: Entries) -> None:
        scored = entries.tokens >= 0
        self.context_ids = np.unique(entries.windows)
        self.token_ids = np.unique(entries.tokens[scored])
        self.window_index = np.searchsorted(self.context_ids, entries.windows)
        self.token_index = np.zeros(len(entries.tokens), dtype=np.int64)
        self.token_index[scored] = np.searchsorted(self.token_ids, entries.tokens[scored])

    def seeds_and_token_values(self, key: WatermarkKey) -> tuple[np.ndarray, np.ndarray]:
        """(window seed per entry, token value per entry) under `key`."""
        context_values = prf.token_values(key.secret, self.context_ids, role="context")
        token_values = prf.token_values(key.secret, self.token_ids, role="token")
        ordered = bool(getattr(get_scheme(key), "ordered_seeds", False))
        seeds = prf.window_seeds(context_values[self.window_index], ordered)
        if len(token_values) == 0:  # nothing to score: values are never read
            return seeds, np.zeros(len(self.token_index), dtype=np.uint32)
        return seeds, token_values[self.token_index]


@dataclass
class KeyScore:
    """One key's result over the whole run (no secret material)."""

    key_id: str
    scheme: str
    tokens_scored: int
    score: float
    p_value: float
    log10_p_value: float
    account_id: str | None = None
    derivation: dict | None = None  # account keys: master fingerprint, HKDF info, epoch (no secret)
    curve: list[tuple[int, float]] = field(default_factory=list)  # (tokens scored, -log10 p)
    excluded: int = 0  # candidates dropped because their window occurred earlier / in the prompt

    def to_json(self, with_curve: bool = False) -> dict:
        data = {
            "key_id": self.key_id,
            "scheme": self.scheme,
            "p_value": self.p_value,
            "log10_p_value": self.log10_p_value,
            "score": self.score,
            "tokens_scored": self.tokens_scored,
            "excluded_by_window_rule": self.excluded,
        }
        if self.account_id is not None:
            data["account_id"] = self.account_id
        if self.derivation is not None:
            data["epoch"] = self.derivation["epoch"]
            data["derivation"] = self.derivation
        if with_curve:
            data["curve"] = [list(p) for p in self.curve]
        return data


def _exclusion_mask(entries: Entries, seeds: np.ndarray) -> np.ndarray:
    """True for scored entries whose window seed occurred in an earlier history entry of the doc."""
    scored = entries.tokens >= 0
    packed = (entries.doc.astype(np.uint64) << np.uint64(32)) | seeds.astype(np.uint64)
    hist = np.flatnonzero(entries.history)
    if len(hist) == 0:
        return np.zeros(len(seeds), dtype=bool)
    # the smallest history order per (doc, seed)
    order = np.lexsort((entries.order[hist], packed[hist]))
    hist_keys = packed[hist][order]
    hist_orders = entries.order[hist][order]
    uniq, first = np.unique(hist_keys, return_index=True)
    min_order = hist_orders[first]
    pos = np.searchsorted(uniq, packed)
    pos_clipped = np.minimum(pos, len(uniq) - 1)
    found = uniq[pos_clipped] == packed
    earlier = found & (min_order[pos_clipped] < entries.order)
    return scored & earlier


def _curve(scheme, scores: np.ndarray) -> list[tuple[int, float]]:
    n = len(scores)
    if n == 0:
        return []
    points = np.unique(np.linspace(1, n, num=min(n, CURVE_POINTS)).round().astype(int))
    return [(int(k), float(-scheme.log10_p_value(scores[:k]))) for k in points]


def score_key(entries: Entries, key: WatermarkKey, seeds: np.ndarray, token_values: np.ndarray,
              *, curve: bool = False) -> KeyScore:
    """Exclusion, deduplication on the PRF input, exact p-value: one key."""
    scheme = get_scheme(key)
    candidate = (entries.tokens >= 0) & entries.keep
    excluded = _exclusion_mask(entries, seeds) & candidate
    usable = np.flatnonzero(candidate & ~excluded)
    x = (seeds[usable] ^ token_values[usable]).astype(np.uint32)
    _, first = np.unique(x, return_index=True)
    first.sort()  # run order, for the curve
    scores = scheme.scores_from_prf(prf.fmix32(x[first]))
    score, log_p = scheme.log_p_value(scores)
    log10_p = log_p / math.log(10.0)
    return KeyScore(
        key_id=key.key_id,
        scheme=key.scheme,
        tokens_scored=int(len(scores)),
        score=float(score),
        p_value=float(math.exp(log_p)),
        log10_p_value=float(log10_p),
        account_id=key.account_id,
        derivation=key.derivation(),
        curve=_curve(scheme, scores) if curve else [],
        excluded=int(np.count_nonzero(excluded)),
    )


def check_same_scheme(keys: Sequence[WatermarkKey]) -> None:
    """Attribution compares keys of one scheme and parameter set; anything else is a user error."""
    first = keys[0]
    for key in keys[1:]:
        if key.scheme != first.scheme or key.params != first.params:
            raise DistillguardError(
                f"keys mix schemes/parameters: {first.key_id} ({first.scheme} {first.params}) vs "
                f"{key.key_id} ({key.scheme} {key.params})"
            )


def score_keys(
    entries: Entries,
    keys: Sequence[WatermarkKey],
    *,
    curve_for: set[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[KeyScore]:
    """Score every key on the same entries: one suspect pass, a few numpy calls per key."""
    if not keys:
        return []
    check_same_scheme(keys)
    if entries.context_width != keys[0].params["context_width"]:
        raise DistillguardError(
            f"entries have window width {entries.context_width}, keys need {keys[0].params['context_width']}"
        )
    tables = SparseKeyTables(entries)
    results = []
    for i, key in enumerate(keys):
        seeds, token_values = tables.seeds_and_token_values(key)
        results.append(score_key(entries, key, seeds, token_values,
                                 curve=curve_for is not None and key.key_id in curve_for))
        if progress is not None:
            progress(i + 1)
    return results


def holm_adjust(p_values: Sequence[float]) -> np.ndarray:
    """Holm (1979) step-down adjusted p-values: strong family-wise error control, any dependence."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    stepped = (m - np.arange(m)) * p[order]
    adjusted_sorted = np.minimum(np.maximum.accumulate(stepped), 1.0)
    adjusted = np.empty(m)
    adjusted[order] = adjusted_sorted
    return adjusted


def holm_adjust_log10(log10_p: Sequence[float]) -> np.ndarray:
    """Holm in log10 space, for p-values far below float64's range."""
    lp = np.asarray(log10_p, dtype=np.float64)
    m = len(lp)
    if m == 0:
        return lp
    order = np.argsort(lp, kind="stable")
    stepped = np.log10(m - np.arange(m)) + lp[order]
    adjusted_sorted = np.minimum(np.maximum.accumulate(stepped), 0.0)
    adjusted = np.empty(m)
    adjusted[order] = adjusted_sorted
    return adjusted
