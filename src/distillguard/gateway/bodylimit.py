"""ASGI middleware: cap request bodies (413), bound how long a body may take to arrive (408),
and refuse bodies that are not UTF-8 or that carry NULs / lone surrogates (400).

The body is read fully (it is bounded) before the app runs, so an oversized, slow, undecodable
or NUL-carrying request is refused before any handler or backend call happens. The cap is per
mount: `limits` maps a path prefix to its own cap (the TAXII mount accepts what its API root
advertises as `max_content_length`; /v1 and /admin keep `max_bytes`). `receive_timeout_s`
bounds each wait for the next piece of the body, so a client that stops sending holds its
connection for that long at most (uvicorn's own timeouts cover the headers).
`on_refused(scope, status, code, message)` lets the gateway log such a refusal as an event
(every API request is one); when it returns False the event could not be written and the client
gets 503 instead. Refusals use the addressed mount's error format (`edge.refusal`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping

from distillguard.gateway.asgi import ASGIApp, Message, Receive, Scope, Send
from distillguard.gateway.edge import body_problem, reply

OnRefused = Callable[[Scope, int, str, str], Awaitable[bool]]


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int,
                 prefixes: tuple[str, ...] = ("/v1", "/admin"),
                 on_refused: OnRefused | None = None,
                 limits: Mapping[str, int] | None = None,
                 receive_timeout_s: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.prefixes = prefixes  # where bodies must be UTF-8 (JSON APIs)
        self.on_refused = on_refused
        # longest prefix first, so "/taxii2" wins over "/" if both are given
        self.limits = sorted((limits or {}).items(), key=lambda kv: -len(kv[0]))
        self.receive_timeout_s = receive_timeout_s

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.limits:
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return limit
        return self.max_bytes

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str,
                      code: str) -> None:
        if self.on_refused is not None and not await self.on_refused(scope, status, code, message):
            status, message, code = 503, "event log unavailable", "event_log_unavailable"
        await reply(send, scope["path"], status, message, code)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        max_bytes = self.limit_for(scope["path"])
        content_type = b""
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await self._refuse(scope, send, 400, "invalid Content-Length",
                                              "bad_request")
                if declared > max_bytes:
                    return await self._too_large(scope, send, max_bytes)
            elif name == b"content-type":
                content_type = value
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), self.receive_timeout_s)
            except TimeoutError:
                return await reply(send, scope["path"], 408,
                                   f"request body not received within "
                                   f"{self.receive_timeout_s:g} s", "request_timeout")
            if message["type"] == "http.disconnect":
                return None
            body: bytes = message.get("body", b"")
            size += len(body)
            if size > max_bytes:
                return await self._too_large(scope, send, max_bytes)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body and scope["path"].startswith(self.prefixes):
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                return await self._refuse(scope, send, 400, "request body is not valid UTF-8",
                                          "invalid_utf8")
        if body and (why := body_problem(body, content_type)) is not None:
            return await self._refuse(scope, send, 400, f"request body contains a {why}",
                                      "invalid_characters")
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, send: Send, max_bytes: int) -> None:
        await self._refuse(scope, send, 413, f"request body exceeds {max_bytes} bytes",
                           "request_too_large")
