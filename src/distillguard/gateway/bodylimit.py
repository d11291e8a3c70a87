"""ASGI middleware: cap request bodies (413) and reject bodies that are not UTF-8 (400).

The body is read fully (it is bounded) before the app runs, so an oversized or undecodable
request is refused before any handler or backend call happens. `on_refused(scope, status, code,
message)` lets the gateway log such a refusal as an event (every API request is one); when it
returns False the event could not be written and the client gets 503 instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from distillguard.gateway.asgi import ASGIApp, Message, Receive, Scope, Send
from distillguard.gateway.errors import error_body

OnRefused = Callable[[Scope, int, str, str], Awaitable[bool]]


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int,
                 prefixes: tuple[str, ...] = ("/v1", "/admin"),
                 on_refused: OnRefused | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.prefixes = prefixes
        self.on_refused = on_refused

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str,
                      code: str) -> None:
        if self.on_refused is not None and not await self.on_refused(scope, status, code, message):
            status, message, code = 503, "event log unavailable", "event_log_unavailable"
        await _reply(send, status, message, code)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await self._refuse(scope, send, 400, "invalid Content-Length",
                                              "bad_request")
                if declared > self.max_bytes:
                    return await self._too_large(scope, send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body: bytes = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await self._too_large(scope, send)
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
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, send: Send) -> None:
        await self._refuse(scope, send, 413, f"request body exceeds {self.max_bytes} bytes",
                           "request_too_large")


async def _reply(send: Send, status: int, message: str, code: str) -> None:
    body = error_body(status, message, code)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
