"""A minimal OpenAI-format server around a local HF model: a stand-in "suspect API".

Tests, the demo and the benchmark audit students through real HTTP with the real `openai`
client; this app serves `/v1/models` and non-streaming `/v1/chat/completions` and
`/v1/completions` for one model, generating under a lock (one CPU model, one request at a time).
It is not the product gateway (`distillguard serve`); serve it with
`distillguard.testing.ServerThread`.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


def create_app(model_path: str | Path, model_name: str = "suspect", *, seed: int | None = 0) -> Any:
    from distillguard.models import chat_prompt_ids, generate, load_model

    lm = load_model(str(model_path))
    lock = threading.Lock()
    app = FastAPI(title="distillguard test suspect")

    def error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
        return JSONResponse({"error": {"message": message, "type": kind, "code": None}}, status_code=status)

    def run(prompt_ids: list[int], body: dict) -> tuple[str, int, str]:
        max_tokens = int(body.get("max_tokens") or body.get("max_completion_tokens") or 64)
        temperature = float(body.get("temperature", 1.0) if body.get("temperature") is not None else 1.0)
        request_seed = body.get("seed", seed)
        with lock:
            out = generate(lm, [prompt_ids], max_new_tokens=max(1, min(max_tokens, 512)),
                           temperature=temperature, seed=request_seed)[0]
        text = lm.tokenizer.decode(out, skip_special_tokens=True)
        return text, len(out), "length" if len(out) >= max_tokens else "stop"

    @app.get("/v1/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": model_name, "object": "model", "owned_by": "local"}]}

    @app.post("/v1/chat/completions")
    async def chat(request: Request):
        try:
            body = await request.json()
            messages = body["messages"]
            assert isinstance(messages, list) and messages
        except Exception:
            return error(400, "body must be JSON with a non-empty 'messages' list")
        if body.get("model") != model_name:
            return error(404, f"model {body.get('model')!r} not found", "not_found_error")
        if body.get("stream"):
            return error(400, "streaming is not supported by this test server")
        text, n, finish = run(chat_prompt_ids(lm.tokenizer, messages), body)
        prompt_tokens = len(chat_prompt_ids(lm.tokenizer, messages))
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model_name,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": finish}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": n,
                      "total_tokens": prompt_tokens + n},
        }

    @app.post("/v1/completions")
    async def completions(request: Request):
        try:
            body = await request.json()
            prompt = body["prompt"]
            assert isinstance(prompt, str)
        except Exception:
            return error(400, "body must be JSON with a string 'prompt'")
        if body.get("model") != model_name:
            return error(404, f"model {body.get('model')!r} not found", "not_found_error")
        ids = lm.tokenizer(prompt)["input_ids"]
        text, n, finish = run(ids, body)
        return {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": model_name,
            "choices": [{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": len(ids), "completion_tokens": n, "total_tokens": len(ids) + n},
        }

    return app
