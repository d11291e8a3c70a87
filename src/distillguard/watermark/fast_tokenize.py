"""Tokenise text for detection without torch or transformers.

`watermark detect` only needs the model's token ids. The `tokenizers` library (the Rust engine
under transformers' fast tokenizers) reads the model's tokenizer.json directly in ~0.2 s, and
`encode_batch` spreads a batch over all cores with the GIL released; importing transformers
and torch for the same ids cost ~6 s of start-up. The ids are the same as
`AutoTokenizer.from_pretrained(dir)(texts, add_special_tokens=False)` because that *is* this
tokenizer.json run by the same engine — except where transformers rewrites the backend from
tokenizer_config.json (`add_prefix_space`, `legacy`, `from_slow`) or the directory has no
tokenizer.json (a slow, Python tokenizer): those fall back to transformers, so ids never
silently differ (tests/test_watermark_speed.py checks the agreement).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from distillguard.errors import DistillguardError

if TYPE_CHECKING:
    from distillguard.watermark.bpe_fast import ByteLevelBPE

# tokenizer_config.json keys with which transformers edits the tokenizer.json pipeline
_REWRITING_KEYS = ("add_prefix_space", "legacy", "from_slow")


@dataclass
class Encoded:
    """Token ids of each text (int64 arrays); with offsets, the char range of a token span."""

    ids: list[np.ndarray]
    offsets: list[Any] | None = None  # per text: tokenizers Encoding, or a list of (start, end)

    def chars(self, text: int, token_start: int, token_end: int) -> tuple[int, int] | None:
        """(first char, end char) of tokens [token_start, token_end) of text `text`."""
        if self.offsets is None or token_end <= token_start:
            return None
        source = self.offsets[text]
        if hasattr(source, "token_to_chars"):  # an Encoding: no per-token lists built
            first, last = source.token_to_chars(token_start), source.token_to_chars(token_end - 1)
        else:
            first, last = source[token_start], source[token_end - 1]
        return int(first[0]), int(last[1])


FAST_BPE_MIN_CHARS = 200_000  # below this a batch is quick anyway: skip building tiktoken (~0.3 s)


class TextTokenizer:
    """A model's tokenizer as detection uses it: each text alone, no special tokens added."""

    def __init__(self, backend: Any, source: str, *, transformers: bool = False) -> None:
        self.backend = backend
        self.source = source
        self.uses_transformers = transformers
        self._fast_bpe: ByteLevelBPE | None = None  # built on the first large batch
        self._fast_bpe_checked = transformers

    @property
    def vocab_size(self) -> int:
        if self.uses_transformers:
            return len(self.backend)
        return int(self.backend.get_vocab_size(with_added_tokens=True))

    def encode(self, texts: Sequence[str], offsets: bool = False) -> Encoded:
        """Batch-encode (all cores for the tokenizers backend)."""
        texts = list(texts)
        if not texts:
            return Encoded([], [] if offsets else None)
        if self.uses_transformers:
            return self._encode_transformers(texts, offsets)
        if offsets:
            encodings = self.backend.encode_batch(texts, add_special_tokens=False)
            return Encoded([np.array(e.ids, dtype=np.int64) for e in encodings], encodings)
        fast = self._fast_path(texts)
        if fast is not None:
            return Encoded(fast)
        encodings = self.backend.encode_batch_fast(texts, add_special_tokens=False)
        return Encoded([np.array(e.ids, dtype=np.int64) for e in encodings])

    def _fast_path(self, texts: list[str]) -> list[np.ndarray] | None:
        """tiktoken's byte-level BPE when it gives this tokenizer's ids (bpe_fast.py); texts with
        a special token's string go through tokenizers, which splits those out."""
        if not self._fast_bpe_checked:
            if sum(len(t) for t in texts) < FAST_BPE_MIN_CHARS:
                return None
            from distillguard.watermark.bpe_fast import ByteLevelBPE

            self._fast_bpe_checked = True
            self._fast_bpe = ByteLevelBPE.from_tokenizer_json(json.loads(self.backend.to_str()))
        bpe = self._fast_bpe
        if bpe is None:
            return None
        special = [i for i, t in enumerate(texts) if bpe.has_special(t)]
        skip = set(special)
        out: list[np.ndarray] = bpe.encode(
            [t for i, t in enumerate(texts) if i not in skip] if special else texts)
        if special:
            slow = self.backend.encode_batch_fast([texts[i] for i in special], add_special_tokens=False)
            for i, e in zip(special, slow, strict=True):
                out.insert(i, np.array(e.ids, dtype=np.int64))
        return out

    def _encode_transformers(self, texts: list[str], offsets: bool) -> Encoded:
        want = offsets and bool(getattr(self.backend, "is_fast", False))
        out = self.backend(texts, add_special_tokens=False, return_offsets_mapping=want)
        ids = [np.array(x, dtype=np.int64) for x in out["input_ids"]]
        return Encoded(ids, list(out["offset_mapping"]) if want else None)


def _rewritten_by_transformers(directory: Path) -> bool:
    config = directory / "tokenizer_config.json"
    if not config.exists():
        return False
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True  # let transformers decide what it makes of it
    return not isinstance(data, dict) or any(data.get(k) is not None for k in _REWRITING_KEYS)


def load_text_tokenizer(name_or_path: str | None = None) -> TextTokenizer:
    """The tokenizer of `name_or_path` ("smollm2"/None: the bundled SmolLM2; else a local HF
    model directory), from its tokenizer.json when that gives transformers' exact ids."""
    from distillguard.models.runtime import resolve_model_path  # no torch/transformers import

    directory = resolve_model_path(name_or_path)
    file = directory / "tokenizer.json"
    if file.exists() and not _rewritten_by_transformers(directory):
        from tokenizers import Tokenizer

        try:
            backend = Tokenizer.from_file(str(file))
        except Exception as exc:  # tokenizers raises a bare Exception on malformed files
            raise DistillguardError(f"cannot load tokenizer from {file}: {exc}") from None
        return TextTokenizer(backend, str(file))
    from distillguard.models import load_tokenizer

    return TextTokenizer(load_tokenizer(name_or_path), str(directory), transformers=True)
