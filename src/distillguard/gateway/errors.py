"""OpenAI-format errors: {"error": {"message", "type", "code"}} with the right HTTP status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from starlette.responses import Response

TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    502: "upstream_error",
    503: "service_unavailable",
}


class GatewayError(Exception):
    """A refusal or failure to report to the client in OpenAI's error format."""

    def __init__(self, status: int, message: str, code: str, *,
                 extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.extra = extra or {}
        self.headers = headers or {}

    def response(self, request_id: str | None = None) -> Response:
        return error_response(self.status, self.message, self.code, extra=self.extra,
                              headers=self.headers, request_id=request_id)


def error_body(status: int, message: str, code: str, extra: dict[str, Any] | None = None) -> bytes:
    error = {"message": message, "type": TYPES.get(status, "invalid_request_error"),
             "param": None, "code": code}
    if extra:
        error.update(extra)
    return orjson.dumps({"error": error})


def error_response(status: int, message: str, code: str, *, extra: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None,
                   request_id: str | None = None) -> Response:
    headers = dict(headers or {})
    if request_id:
        headers["x-request-id"] = request_id
    return Response(error_body(status, message, code, extra), status_code=status,
                    headers=headers, media_type="application/json")


def validation_message(errors: Sequence[Any]) -> str:
    """One readable line from pydantic/FastAPI validation errors ("messages.0.role: ...")."""
    if not errors:
        return "invalid request"
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    if first.get("type") == "json_invalid":
        return "request body is not valid JSON"
    return f"{where or 'body'}: {first.get('msg', 'invalid')}"[:500]
