"""The gateway's outermost layer: refuse NULs and lone UTF-16 surrogates before any application
(/v1, /admin, /console, /taxii2) sees them, and throttle a client IP before authentication.

Why NULs: PostgreSQL's `text` cannot hold U+0000 and psycopg cannot encode a lone surrogate, so
one such value fails its row (and, without per-row isolation, the whole batch committed with it:
other users' requests). Nothing legitimate needs either, so they are refused at the edge with a
400 in the error format of the part of the site that was addressed:

- path, query string and header values: a raw 0x00 or its percent-encoding `%00` (the path is
  percent-decoded by the server, so `%00` there arrives as a raw NUL);
- bodies (`body_problem`, called by `BodyLimitMiddleware` once the body is read): a raw 0x00, a
  JSON `\\u0000` escape, a JSON escape of a lone surrogate (`\\ud800` without its low half, or a
  low half alone), a UTF-8-style encoded surrogate (0xED 0xA0-0xBF), and `%00` in a form body.
  An escaped backslash followed by `u0000` (`\\\\u0000` in JSON) is text, not a NUL: only an odd
  run of backslashes starts an escape.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

import orjson

from distillguard.gateway.asgi import ASGIApp, Receive, Scope, Send
from distillguard.gateway.errors import error_body

TAXII_MEDIA = b"application/taxii+json;version=2.1"
_ESCAPE = re.compile(rb"(\\+)u([0-9a-fA-F]{4})")
_RAW_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")
FORM_TYPES = (b"application/x-www-form-urlencoded", b"multipart/form-data")

# (scope) -> a refusal (status, message, code, extra headers) or None to go on
Gate = Callable[[Scope], Awaitable[tuple[int, str, str, dict[str, str]] | None]]


def text_problem(value: bytes) -> str | None:
    """Why a path, query string or header value is refused (None when it is fine)."""
    if b"\x00" in value:
        return "NUL byte"
    if b"%00" in value:
        return "percent-encoded NUL (%00)"
    return None


def body_problem(body: bytes, content_type: bytes = b"") -> str | None:
    """Why a request body is refused: NULs or lone surrogates in any encoding (see above)."""
    if b"\x00" in body:
        return "NUL byte"
    if b"\xed" in body and _RAW_SURROGATE.search(body):
        return "encoded UTF-16 surrogate"
    if b"%00" in body and content_type.split(b";", 1)[0].strip().lower() in FORM_TYPES:
        return "percent-encoded NUL (%00)"
    if b"\\u" not in body:
        return None
    pending_high = -1  # end offset of a high-surrogate escape awaiting its low half
    for match in _ESCAPE.finditer(body):
        if len(match.group(1)) % 2 == 0:
            continue  # an escaped backslash, then the text "uXXXX"
        code = int(match.group(2), 16)
        start = match.start() + len(match.group(1)) - 1  # where this escape's backslash is
        if pending_high >= 0:
            if start == pending_high and 0xDC00 <= code <= 0xDFFF:
                pending_high = -1
                continue
            return "lone UTF-16 surrogate escape"
        if code == 0:
            return "\\u0000 escape (NUL)"
        if 0xD800 <= code <= 0xDBFF:
            pending_high = match.end()
        elif 0xDC00 <= code <= 0xDFFF:
            return "lone UTF-16 surrogate escape"
    if pending_high >= 0:
        return "lone UTF-16 surrogate escape"
    return None


def refusal(path: str, status: int, message: str,
            code: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Headers and body of a refusal in the addressed part's own error format: TAXII's error
    message under /taxii2, the console's JSON error under /console, OpenAI's elsewhere."""
    if path == "/taxii2" or path.startswith("/taxii2/"):
        body = orjson.dumps({"title": "Bad Request" if status == 400 else code,
                             "description": message, "http_status": str(status)})
        media = TAXII_MEDIA
    elif path == "/console" or path.startswith("/console/"):
        body = orjson.dumps({"error": {"message": message, "code": status}})
        media = b"application/json"
    else:
        body = error_body(status, message, code)
        media = b"application/json"
    return [(b"content-type", media), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")], body


async def reply(send: Send, path: str, status: int, message: str, code: str,
                headers: dict[str, str] | None = None) -> None:
    """Send a whole refusal (`refusal`'s format) and close the connection."""
    head, body = refusal(path, status, message, code)
    head += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})


class EdgeMiddleware:
    """Refuse NULs in the path, query string and headers (400) of every HTTP request, then run
    `gate` (the pre-authentication per-IP throttle) before the body is even read."""

    def __init__(self, app: ASGIApp, gate: Gate | None = None) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path: str = scope["path"]
        problem = None
        if "\x00" in path:
            problem = "path contains a NUL"
        elif (why := text_problem(scope.get("raw_path") or b"")) is not None:
            problem = f"path contains a {why}"
        elif (why := text_problem(scope.get("query_string") or b"")) is not None:
            problem = f"query string contains a {why}"
        else:
            for name, value in scope["headers"]:
                why = text_problem(name) or text_problem(value)
                if why is None and name == b"cookie" and b"\\000" in value:
                    why = "octal-escaped NUL"
                if why is not None:
                    problem = f"header {name[:64].decode('latin-1')!r} contains a {why}"
                    break
        if problem is not None:
            safe_path = path.replace("\x00", "")
            return await reply(send, safe_path, 400, problem, "invalid_characters")
        if self.gate is not None:
            refused = await self.gate(scope)
            if refused is not None:
                status, message, code, headers = refused
                return await reply(send, path, status, message, code, headers)
        return await self.app(scope, receive, send)
