"""Byte-level BPE through tiktoken: the same ids as the model's tokenizer.json, ~4× faster.

`watermark detect` runs at the tokenizer's speed (scoring is 4–16 M tokens/s). The `tokenizers`
engine gives ~0.3–0.8 M tokens/s per core; tiktoken's BPE core runs GPT-2-style byte-level BPE
several times faster. It is a different engine, so it is used only where it provably computes the
same function as the tokenizer.json:

- the model is byte-level BPE with GPT-2's pre-tokenisation regex (`ByteLevel`, `use_regex`, no
  prefix space), no normaliser, no byte fallback, dropout, subword prefixes or `ignore_merges`;
- tiktoken merges by *rank of the merged bytes*, tokenizers by *merge-rule order*: both agree when
  rank = 256 + merge index and no two merge rules produce the same bytes (checked; else refused);
- ids are mapped back from ranks to the vocabulary's ids; bytes the vocabulary lacks are dropped,
  as tokenizers drops them (no unknown token);
- texts containing an added/special token's string are left to tokenizers by the caller, which
  splits those out (tiktoken's `encode_ordinary` would not).

`tests/test_watermark_speed.py` compares the two on every ShareGPT answer and on edge cases.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

GPT2_PATTERN = (
    r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
)


def _byte_decoder() -> dict[str, int]:
    """GPT-2's printable stand-in character for each byte, inverted."""
    bs = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    cs = list(bs)
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs, strict=True)}


def _byte_table() -> dict[int, str]:
    """`str.translate` table: stand-in character -> chr(its byte); characters below 256 that are
    not stand-ins -> U+FFFF. After translating, a token encodes to Latin-1 exactly when each of
    its characters is a stand-in, giving the bytes (two C calls per token instead of a Python
    loop per character: SmolLM2's tables build in ~0.13 s instead of ~0.19 s, on the start-up
    path of every long input)."""
    table = {c: "\uffff" for c in range(256)}
    table.update({ord(ch): chr(b) for ch, b in _byte_decoder().items()})
    return table


class ByteLevelBPE:
    """tiktoken with the model's merges; `encode` returns the vocabulary's ids."""

    def __init__(self, encoding: Any, rank_to_id: np.ndarray, specials: list[str]) -> None:
        self.encoding = encoding
        self.rank_to_id = rank_to_id  # -1: a byte the vocabulary lacks (dropped)
        self.specials = specials
        self._special = re.compile("|".join(map(re.escape, specials))) if specials else None
        self._executor: ThreadPoolExecutor | None = None  # encoding threads, made on first use
        self._pool_lock = threading.Lock()

    @classmethod
    def from_tokenizer_json(cls, data: dict[str, Any]) -> ByteLevelBPE | None:
        """The fast path for this tokenizer, or None when it would not give identical ids."""
        try:
            import tiktoken
        except ImportError:
            return None
        model, pre = data.get("model") or {}, data.get("pre_tokenizer") or {}
        if (model.get("type") != "BPE" or data.get("normalizer") is not None
                or model.get("byte_fallback") or model.get("dropout") or model.get("ignore_merges")
                or model.get("continuing_subword_prefix") or model.get("end_of_word_suffix")
                or pre.get("type") != "ByteLevel" or pre.get("add_prefix_space")
                or not pre.get("use_regex", True)):
            return None
        table = _byte_table()
        vocab: dict[str, int] = model.get("vocab") or {}

        def to_bytes(token: str) -> bytes | None:
            try:  # every stand-in becomes its byte; any other character fails to encode
                return token.translate(table).encode("latin-1")
            except UnicodeEncodeError:
                return None

        ranks = {bytes([b]): b for b in range(256)}
        for i, merge in enumerate(model.get("merges") or []):
            left, right = merge if isinstance(merge, list) else merge.split(" ", 1)
            a, b = to_bytes(left), to_bytes(right)
            if a is None or b is None or a + b in ranks:
                return None  # a merge tiktoken cannot express, or two rules for one token
            ranks[a + b] = 256 + i
        rank_to_id = np.full(len(ranks), -1, dtype=np.int64)
        for token, token_id in vocab.items():
            raw = to_bytes(token)
            if raw is not None and raw in ranks:
                rank_to_id[ranks[raw]] = token_id
        if (rank_to_id[256:] < 0).any():
            return None  # a merge whose result is not in the vocabulary
        encoding = tiktoken.Encoding("distillguard-bpe", pat_str=GPT2_PATTERN, mergeable_ranks=ranks,
                                     special_tokens={UNUSED_SPECIAL: len(ranks)})
        if not hasattr(encoding, "encode_to_numpy"):  # tiktoken < 0.8
            return None
        specials = [t["content"] for t in data.get("added_tokens") or [] if t.get("content")]
        return cls(encoding, rank_to_id, specials)

    def has_special(self, text: str) -> bool:
        return self._special is not None and self._special.search(text) is not None

    def encode(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Ids of texts without special-token strings (callers route those elsewhere).

        The batch is cut into a few runs of consecutive texts of about equal length, encoded on
        one thread per core (tiktoken releases the GIL while it encodes); each run's ranks are
        mapped to ids as one flat array and handed back as per-text views. tiktoken's own
        `encode_ordinary_batch` submits one thread-pool task per text and returns lists of
        Python ints: on 15,709 answers (5.7 M tokens) that cost ~1.7 s of CPU more than this
        (~3.4 s against ~1.7 s, bench/watermark_speed.py)."""
        texts = list(texts)
        if not texts:
            return []
        threads = os.cpu_count() or 1
        runs = _runs(texts, threads * SLICES_PER_THREAD if threads > 1 else 1)
        if len(runs) == 1:
            return self._encode_run(texts)
        pool = self._pool(threads)
        out: list[np.ndarray] = []
        for part in pool.map(self._encode_run, [texts[lo:hi] for lo, hi in runs]):
            out += part
        return out

    def _pool(self, threads: int) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(threads, thread_name_prefix="bpe")
            return self._executor

    def _encode_run(self, texts: list[str]) -> list[np.ndarray]:
        ranks = [self._encode_one(t) for t in texts]
        lengths = np.fromiter(map(len, ranks), dtype=np.int64, count=len(ranks))
        ids = self.rank_to_id[np.concatenate(ranks)]
        known = ids >= 0
        if not known.all():  # bytes the vocabulary lacks: dropped, as tokenizers drops them
            text_of = np.repeat(np.arange(len(texts)), lengths)
            lengths = np.bincount(text_of[known], minlength=len(texts))
            ids = ids[known]
        return np.split(ids, np.cumsum(lengths)[:-1])

    def _encode_one(self, text: str) -> np.ndarray:
        """tiktoken ranks (uint32) of one text, as `encode_ordinary` computes them.

        `encode_to_numpy` returns tiktoken's own buffer (no list of Python ints to build and
        convert back: ~25 % less CPU than `encode_ordinary`). With no special token *allowed*
        it encodes the whole text as ordinary text, exactly as `encode_ordinary` does; the
        encoding has one unused special token only because tiktoken scans for an empty special
        pattern one character at a time. Lone surrogates get `encode_ordinary`'s repair."""
        try:
            return self.encoding.encode_to_numpy(text, disallowed_special=())  # type: ignore[no-any-return]
        except UnicodeEncodeError:
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            return self.encoding.encode_to_numpy(text, disallowed_special=())  # type: ignore[no-any-return]


# never emitted (never allowed); present so tiktoken's special-token scan is a literal search
UNUSED_SPECIAL = "<|distillguard-unused-special-7f3c|>"
SLICES_PER_THREAD = 4  # a few runs per thread: one slow run does not leave a core idle


def _runs(texts: list[str], parts: int) -> list[tuple[int, int]]:
    """[lo, hi) ranges of consecutive texts with about equal character counts."""
    parts = max(1, min(parts, len(texts)))
    if parts == 1:
        return [(0, len(texts))]
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
    cuts = np.searchsorted(ends, ends[-1] * np.arange(1, parts) / parts, side="right")
    bounds = np.unique(np.concatenate([[0], cuts, [len(texts)]]))
    return [(int(lo), int(hi)) for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]
