"""A minimal OpenAI-format upstream (raw ASGI, no framework) for tests and the benchmark.

It answers /v1/chat/completions and /v1/completions instantly with a fixed reply (optionally
wrapped in a <think> block, to exercise reasoning stripping), streams it as a few SSE chunks,
and lists one model. Being framework-free keeps its own latency far below the gateway's, so
"gateway minus direct" measures the gateway.
"""

from __future__ import annotations

import json
import time

MODEL = "stub-model"


def make_stub(reply: str = "Paris is the capital of France.", think: str | None = None,
              model: str = MODEL, chunks: int = 4):
    content = f"<think>{think}</think>{reply}" if think else reply
    pieces = _split(content, chunks)
    models = json.dumps({"object": "list", "data": [
        {"id": model, "object": "model", "created": 0, "owned_by": "stub"}]}).encode()

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"]
        if path.endswith("/models"):
            return await _send(send, 200, models)
        chat = path.endswith("/chat/completions")
        if not chat and not path.endswith("/completions"):
            return await _send(send, 404, b'{"error":{"message":"not found","type":"x","code":null}}')
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            return await _send(send, 400, b'{"error":{"message":"bad json","type":"x","code":null}}')
        if req.get("model") != model:
            return await _send(send, 404, b'{"error":{"message":"no such model","type":"x",'
                               b'"code":"model_not_found"}}')
        usage = {"prompt_tokens": 7, "completion_tokens": len(pieces),
                 "total_tokens": 7 + len(pieces)}
        rid = f"stub-{time.monotonic_ns()}"
        if not req.get("stream"):
            if chat:
                choice = {"index": 0, "message": {"role": "assistant", "content": content},
                          "finish_reason": "stop"}
            else:
                choice = {"index": 0, "text": content, "finish_reason": "stop"}
            payload = {"id": rid, "object": "chat.completion" if chat else "text_completion",
                       "created": 0, "model": model, "choices": [choice], "usage": usage}
            return await _send(send, 200, json.dumps(payload).encode())
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            if chat:
                delta = {"content": piece} if i else {"role": "assistant", "content": piece}
                choice = {"index": 0, "delta": delta, "finish_reason": "stop" if last else None}
            else:
                choice = {"index": 0, "text": piece, "finish_reason": "stop" if last else None}
            chunk = {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
                     "created": 0, "model": model, "choices": [choice]}
            await send({"type": "http.response.body",
                        "body": b"data: " + json.dumps(chunk).encode() + b"\n\n",
                        "more_body": True})
        if (req.get("stream_options") or {}).get("include_usage"):
            chunk = {"id": rid, "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [], "usage": usage}
            await send({"type": "http.response.body",
                        "body": b"data: " + json.dumps(chunk).encode() + b"\n\n",
                        "more_body": True})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})

    return app


def _split(text: str, n: int) -> list[str]:
    size = max(1, -(-len(text) // n))
    return [text[i:i + size] for i in range(0, len(text), size)]


async def _send(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
