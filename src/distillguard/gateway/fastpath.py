"""The completion endpoints served straight from ASGI, ahead of FastAPI's router.

POST /v1/chat/completions and /v1/completions are the gateway's hot path. Going through
FastAPI's routing, dependency solving and request-body machinery cost more CPU per request
than authentication, policy, rate limiting and the event commit together, so this middleware
validates the body with the same pydantic models and runs the same `v1.Pipeline` itself.
Everything else (other paths, other methods, the OpenAPI schema) falls through to FastAPI.
It sits inside `BodyLimitMiddleware`, so bodies are already bounded and valid UTF-8.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from starlette.responses import Response

from distillguard.gateway import v1
from distillguard.gateway.asgi import ASGIApp, Receive, Scope, Send
from distillguard.gateway.errors import error_response, validation_message
from distillguard.gateway.schemas import ChatCompletionRequest, CompletionRequest
from distillguard.gateway.state import GatewayState

log = logging.getLogger("distillguard.gateway")
ROUTES: dict[str, tuple[str, type[ChatCompletionRequest] | type[CompletionRequest]]] = {
    "/v1/chat/completions": ("chat.completions", ChatCompletionRequest),
    "/v1/completions": ("completions", CompletionRequest),
}


class CompletionsFastPath:
    def __init__(self, app: ASGIApp, state: GatewayState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = ROUTES.get(scope["path"]) if scope["type"] == "http" else None
        if route is None or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        try:
            response = await handle(self.state, v1.Call.from_scope(scope, await _body(receive)),
                                    *route)
        except Exception:  # noqa: BLE001 - the pipeline logs its own failures; this is a bug
            log.exception("unhandled error on %s", scope["path"])
            response = error_response(500, "internal error", "internal_error")
        await response(scope, receive, send)


async def handle(state: GatewayState, call: v1.Call, endpoint: str,
                 model: type[ChatCompletionRequest] | type[CompletionRequest]) -> Response:
    """Validate the body, then run the pipeline; a malformed body is refused (400) and logged."""
    try:
        body = model.model_validate_json(call.raw)
    except ValidationError as exc:
        message = validation_message(exc.errors(include_url=False))
        event = await v1.refused_event(state, call, endpoint, 400, "invalid_request", message)
        try:
            await state.events.write(event)
        except Exception:  # noqa: BLE001 - no event, no answer: say so
            return error_response(503, "event log unavailable", "event_log_unavailable")
        return error_response(400, message, "invalid_request")
    return await v1.Pipeline(state, call, endpoint, body).run()


async def log_refused_body(state: GatewayState, scope: Scope, status: int, code: str,
                           message: str) -> bool:
    """`BodyLimitMiddleware.on_refused`: a completion request refused for its body (413, bad
    UTF-8, bad Content-Length) is still an event. False when the event could not be written."""
    route = ROUTES.get(scope["path"])
    if route is None:
        return True  # admin calls are not API events
    call = v1.Call.from_scope(scope, b"")
    try:
        event = await v1.refused_event(state, call, route[0], status, code, message)
        await state.events.write(event)
    except Exception:  # noqa: BLE001 - reported to the client as 503
        log.warning("could not log a refused request", exc_info=True)
        return False
    return True


async def _body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)
