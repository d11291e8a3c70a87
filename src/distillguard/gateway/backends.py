"""Where completions come from: the local model (watermarked per account) or an upstream API.

Local: one model per process, generation serialised by a lock and run in a worker thread so the
event loop keeps serving; each account's completions are sampled through a logits processor
keyed with `derive_account_key(master, account_id)`, so a leaked output names its account.
Upstream: any OpenAI-compatible server (`gateway.upstream`).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str


def served_name(model_setting: str) -> str:
    """The name clients use for the local model: "smollm2" or the model directory's name."""
    if model_setting in ("", "smollm2"):
        return "smollm2"
    return Path(model_setting).name


def load_master_key(path: Path):
    """The gateway's master watermark key, created (kgw, mode 0600) on first use."""
    from distillguard.watermark.keys import load_key, new_key, save_key

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        save_key(new_key("kgw"), path)
    return load_key(path)


class LocalBackend:
    """The provider's own model, sampled with the calling account's watermark."""

    kind = "local"

    def __init__(self, model: str, master_key_path: Path, watermark: bool = True) -> None:
        self.model_setting = model
        self.name = served_name(model)
        self.master_key_path = master_key_path
        self.watermark = watermark
        self._lock = threading.Lock()
        self._lm = None
        self._master = None

    def load(self) -> None:
        from distillguard.models import load_model

        if self._lm is None:
            self._lm = load_model(self.model_setting or None)
        if self.watermark and self._master is None:
            self._master = load_master_key(self.master_key_path)

    @property
    def lm(self):
        self.load()
        return self._lm

    def account_key(self, account_id: str):
        """The derived watermark key of an account (what an auditor detects with)."""
        from distillguard.watermark.keys import derive_account_key

        self.load()
        return derive_account_key(self._master, account_id)

    def _processor(self, account_id: str, temperature: float):
        if not self.watermark:
            return None
        # Greedy decoding (temperature 0) still carries KGW's green-list bias.
        return _processor_for(self, account_id, temperature if temperature > 0 else 1.0)

    def prompt_ids(self, prompt: str | list[dict[str, str]], chat: bool) -> list[int]:
        from distillguard.models import chat_prompt_ids

        tok = self.lm.tokenizer
        return chat_prompt_ids(tok, prompt) if chat else list(tok(prompt)["input_ids"])

    def _generate(self, ids: list[int], account_id: str, max_tokens: int, temperature: float,
                  seed: int | None, streamer: Any = None) -> list[int]:
        import torch
        from transformers import LogitsProcessorList

        lm = self.lm
        processors = LogitsProcessorList()
        proc = self._processor(account_id, temperature)
        if proc is not None:
            processors.append(proc)
        pad = lm.tokenizer.pad_token_id
        if pad is None:
            pad = lm.tokenizer.eos_token_id
        input_ids = torch.tensor([ids], dtype=torch.long)
        with self._lock, torch.inference_mode():
            if seed is not None:
                torch.manual_seed(seed)
            out = lm.model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                max_new_tokens=max_tokens,
                do_sample=temperature > 0,
                temperature=temperature if temperature > 0 else None,
                top_k=None,
                top_p=None,
                logits_processor=processors,
                pad_token_id=pad,
                streamer=streamer,
            )
        new = out[0, len(ids):].tolist()
        eos = lm.model.generation_config.eos_token_id
        stops = set(eos if isinstance(eos, list) else [eos]) | {pad}
        for i, t in enumerate(new):
            if t in stops:
                return new[:i]
        return new

    def _decode(self, tokens: list[int]) -> str:
        return self.lm.tokenizer.decode(tokens, skip_special_tokens=True)

    async def complete(self, prompt, *, chat: bool, account_id: str, max_tokens: int,
                       temperature: float, seed: int | None) -> Completion:
        ids = self.prompt_ids(prompt, chat)
        tokens = await asyncio.to_thread(self._generate, ids, account_id, max_tokens,
                                         temperature, seed)
        reason = "length" if len(tokens) >= max_tokens else "stop"
        return Completion(self._decode(tokens), len(ids), len(tokens), reason)

    async def stream(self, prompt, *, chat: bool, account_id: str, max_tokens: int,
                     temperature: float, seed: int | None,
                     result: dict) -> AsyncIterator[str]:
        """Yield text pieces as they are sampled; fills `result` with usage at the end."""
        from transformers import AsyncTextIteratorStreamer

        ids = self.prompt_ids(prompt, chat)
        streamer = AsyncTextIteratorStreamer(self.lm.tokenizer, skip_prompt=True,
                                             skip_special_tokens=True)
        task = asyncio.ensure_future(asyncio.to_thread(
            self._generate, ids, account_id, max_tokens, temperature, seed, streamer))
        try:
            async for piece in streamer:
                if piece:
                    yield piece
            tokens = await task
        except BaseException:
            task.cancel()
            raise
        result.update(prompt_tokens=len(ids), completion_tokens=len(tokens),
                      finish_reason="length" if len(tokens) >= max_tokens else "stop")


@lru_cache(maxsize=4096)
def _processor_for(backend: LocalBackend, account_id: str, temperature: float):
    from distillguard.watermark.schemes import get_scheme

    return get_scheme(backend.account_key(account_id)).logits_processor(
        backend.lm.vocab_size, temperature)
