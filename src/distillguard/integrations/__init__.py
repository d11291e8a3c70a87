"""Watermarking inside third-party serving engines (vLLM: `distillguard.integrations.vllm`)."""
