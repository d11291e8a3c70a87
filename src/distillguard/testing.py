"""Servers for demos, benchmarks and tests: a free loopback port, an ASGI app under uvicorn in a
thread, the OpenAI-format stub upstream and a scratch PostgreSQL database.

These live in the installed package (not in `tests/`) because `distillguard demo`, `intel`'s
two-lab exchange and the scripts in `bench/` need them too. Helpers only the test suite uses
(GeoIP fixture databases, Redis clean-up) are in `tests/helpers.py`, so nothing here imports a
package that only the `[dev]` extra installs.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from distillguard.gateway.asgi import ASGIApp, Receive, Scope, Send

__all__ = [
    "STUB_MODEL",
    "ServerThread",
    "free_port",
    "make_stub",
    "scratch_postgres",
    "serve_in_thread",
]

STUB_MODEL = "stub-model"
START_TIMEOUT_S = 60.0  # a loaded CI machine can take a while to import and bind
STOP_TIMEOUT_S = 30.0


def free_port() -> int:
    """A TCP port nothing listens on right now (the kernel's pick, released at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """uvicorn serving `app` on 127.0.0.1 in a daemon thread; `with` starts and stops it.

    `url` is the base URL without a trailing slash. `lifespan="on"` by default so an app whose
    start-up fails (the gateway loading its model, say) fails here rather than serving half-set-up.
    """

    def __init__(self, app: Any, port: int | None = None,
                 lifespan: Literal["auto", "on", "off"] = "on") -> None:
        import uvicorn

        self.port = port or free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False, lifespan=lifespan, proxy_headers=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server on port {self.port} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(timeout=STOP_TIMEOUT_S)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def serve_in_thread(app: Any, port: int | None = None) -> Iterator[str]:
    """Run `app` under uvicorn on 127.0.0.1 in a daemon thread; yields its base URL."""
    with ServerThread(app, port) as server:
        yield server.url


@contextmanager
def scratch_postgres(base_url: str, prefix: str = "dg_test") -> Iterator[str]:
    """Create an empty PostgreSQL database next to `base_url`'s; yield its URL; drop it after
    (with FORCE, so connections a test left open do not keep it alive)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from distillguard.store import db as store_db

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        cached = store_db._databases.pop(url, None)
        if cached is not None:
            cached.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# -- the stub upstream ---------------------------------------------------------------------------

def make_stub(reply: str = "Paris is the capital of France.", think: str | None = None,
              model: str = STUB_MODEL, chunks: int = 4,
              reasoning_field: str | None = None) -> ASGIApp:
    """A minimal OpenAI-format upstream (raw ASGI, no framework) for tests and the benchmark.

    It answers /v1/chat/completions and /v1/completions instantly with a fixed reply, streams it
    as `chunks` SSE chunks, and lists one model. `think` wraps a reasoning block around the reply
    (inline `<think>…</think>`), or — with `reasoning_field="reasoning_content"` (DeepSeek, vLLM)
    or `"reasoning"` — sends it in that separate message/delta field, so both ways a chain of
    thought leaves an upstream can be tested. Being framework-free keeps its own latency far
    below the gateway's, so "gateway minus direct" measures the gateway.
    """
    inline = bool(think) and reasoning_field is None
    content = f"<think>{think}</think>{reply}" if inline else reply
    pieces = _split(content, chunks)
    models = json.dumps({"object": "list", "data": [
        {"id": model, "object": "model", "created": 0, "owned_by": "stub"}]}).encode()
    extra = {reasoning_field: think} if (think and reasoning_field) else {}

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return await _lifespan(receive, send)
        body = await _read(receive)
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
            payload = _stub_completion(rid, model, chat, content, extra, usage)
            return await _send(send, 200, json.dumps(payload).encode())
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for chunk in _stub_chunks(rid, model, chat, pieces, extra):
            await send({"type": "http.response.body", "more_body": True,
                        "body": b"data: " + json.dumps(chunk).encode() + b"\n\n"})
        if (req.get("stream_options") or {}).get("include_usage"):
            chunk = {"id": rid, "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [], "usage": usage}
            await send({"type": "http.response.body", "more_body": True,
                        "body": b"data: " + json.dumps(chunk).encode() + b"\n\n"})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})

    return app


def _stub_completion(rid: str, model: str, chat: bool, content: str, extra: dict[str, Any],
                     usage: dict[str, int]) -> dict[str, Any]:
    choice: dict[str, Any]
    if chat:
        choice = {"index": 0, "message": {"role": "assistant", "content": content, **extra},
                  "finish_reason": "stop"}
    else:
        choice = {"index": 0, "text": content, "finish_reason": "stop"}
    return {"id": rid, "object": "chat.completion" if chat else "text_completion",
            "created": 0, "model": model, "choices": [choice], "usage": usage}


def _stub_chunks(rid: str, model: str, chat: bool, pieces: list[str],
                 extra: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        choice: dict[str, Any]
        if chat:
            delta: dict[str, Any] = {"content": piece} if i else {"role": "assistant",
                                                                  "content": piece, **extra}
            choice = {"index": 0, "delta": delta, "finish_reason": "stop" if last else None}
        else:
            choice = {"index": 0, "text": piece, "finish_reason": "stop" if last else None}
        yield {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
               "created": 0, "model": model, "choices": [choice]}


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read(receive: Receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        chunk: bytes = message.get("body", b"")
        body += chunk
        if not message.get("more_body"):
            return body


def _split(text: str, n: int) -> list[str]:
    size = max(1, -(-len(text) // n))
    return [text[i:i + size] for i in range(0, len(text), size)]


async def _send(send: Send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
