"""Tiny random-initialised Llama models sharing SmolLM2's tokenizer, for fast tests.

A real tokenizer keeps tokenisation, chat templates and detection identical to production while
the network itself is small enough to train and sample from in seconds.
"""

from __future__ import annotations

from pathlib import Path

from distillguard.models.runtime import load_tokenizer


def make_tiny_model(path: str | Path, *, seed: int = 0, hidden: int = 64, layers: int = 2) -> Path:
    """Write a random-initialised LlamaForCausalLM + the SmolLM2 tokenizer into `path`."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    path = Path(path)
    tokenizer = load_tokenizer(None)
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=1024,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path
