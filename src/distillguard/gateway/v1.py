"""The OpenAI-compatible /v1 API and the per-request pipeline.

Each request: authenticate → account facts → policy decision (IP country/ASN, KYC, ownership,
reasoning guard) → refuse (403) or admit under the decision's quota (429) → backend → event
committed → response. Refusals are logged as events too. For streams the event is committed
before the final `data: [DONE]`, so a client that saw the whole stream has a logged event.

The pipeline is admission and bookkeeping only: what to answer comes from a
`gateway.backends.Backend` (the local model, an upstream relay in `gateway.relay`), which also
removes reasoning (`gateway.hygiene`) when the decision does not allow it.

The pipeline works on a framework-free `Call`; the two completion endpoints are served by
`gateway.fastpath` straight from ASGI (FastAPI's routing and validation layers cost more CPU
than the whole pipeline). The FastAPI routes below describe them in the OpenAPI schema and run
the same pipeline if this router is mounted without the fast path (a body that fails validation
is then a plain 400, not a logged event: `create_app` always installs the fast path).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from fastapi import APIRouter, Request
from starlette.responses import Response, StreamingResponse

from distillguard.errors import DistillguardError
from distillguard.gateway import accounts
from distillguard.gateway.backends import Backend, BackendRejected, ReplyStream
from distillguard.gateway.errors import GatewayError, error_response
from distillguard.gateway.ratelimit import Quota, retry_after_header
from distillguard.gateway.schemas import (
    ChatCompletionRequest,
    CompletionRequest,
    last_user_message,
)
from distillguard.gateway.state import GatewayState

if TYPE_CHECKING:
    from distillguard.gateway.accounts import Principal
    from distillguard.policy.engine import Decision

log = logging.getLogger("distillguard.gateway")
router = APIRouter(prefix="/v1", tags=["openai"])
JSON = "application/json"
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
DONE = b"data: [DONE]\n\n"


def _state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


@dataclass(slots=True)
class Call:
    """What the pipeline needs from an HTTP request: headers (lower-case names, first value
    wins), the peer address and the raw body."""

    headers: Mapping[str, str]
    client: str
    raw: bytes

    @classmethod
    def from_scope(cls, scope: MutableMapping[str, Any], raw: bytes) -> Call:
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key = name.decode("latin-1")
            if key not in headers:
                headers[key] = value.decode("latin-1")
        client = scope.get("client")
        return cls(headers, client[0] if client else "", raw)

    @classmethod
    async def from_request(cls, request: Request) -> Call:
        return cls.from_scope(request.scope, await request.body())


def bearer_key(headers: Mapping[str, str]) -> str | None:
    header = headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


@router.get("/models")
async def list_models(request: Request) -> Response:
    state = _state(request)
    if accounts.authenticate(state.db, bearer_key(request.headers)) is None:
        return error_response(401, "invalid or missing API key", "invalid_api_key")
    data = [{"id": name, "object": "model", "created": 0, "owned_by": "distillguard"}
            for name in state.model_names()]
    return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)


@router.get("/models/{model}")
async def retrieve_model(model: str, request: Request) -> Response:
    state = _state(request)
    if accounts.authenticate(state.db, bearer_key(request.headers)) is None:
        return error_response(401, "invalid or missing API key", "invalid_api_key")
    if model not in state.model_names():
        return error_response(404, f"model {model[:200]!r} not found", "model_not_found")
    return Response(orjson.dumps({"id": model, "object": "model", "created": 0,
                                  "owned_by": "distillguard"}), media_type=JSON)


@router.post("/chat/completions")
async def chat_completions(body: ChatCompletionRequest, request: Request) -> Response:
    call = await Call.from_request(request)
    return await Pipeline(_state(request), call, "chat.completions", body).run()


@router.post("/completions")
async def completions(body: CompletionRequest, request: Request) -> Response:
    call = await Call.from_request(request)
    return await Pipeline(_state(request), call, "completions", body).run()


def refused_event(state: GatewayState, call: Call, endpoint: str, status: int,
                  code: str, message: str) -> dict[str, Any]:
    """An event for a request refused before the pipeline ran (malformed body)."""
    from distillguard.policy.geo import client_ip

    principal = accounts.authenticate(state.db, bearer_key(call.headers))
    ip = client_ip(call.client, call.headers.get("x-forwarded-for"),
                   state.options.trusted_proxies)
    return {
        "request_id": f"req-{uuid.uuid4().hex}", "ts": time.time(), "ip": ip[:64],
        "user_agent": (call.headers.get("user-agent") or "")[:1000] or None,
        "endpoint": endpoint, "status": status,
        "account_id": principal.account_id if principal else None,
        "org_id": principal.org_id if principal else None,
        "key_prefix": principal.key_prefix if principal else None,
        "reasons": [{"code": code, "message": message[:500]}],
    }


class Pipeline:
    """One API request from authentication to committed event. It is the `CompletionCall`
    the backend answers (`body`, `raw`, `chat`, `prompt`, `account_id`, `request_id`,
    `created`, `strip`), so admitting a call allocates nothing more."""

    def __init__(self, state: GatewayState, call: Call, endpoint: str,
                 body: ChatCompletionRequest | CompletionRequest) -> None:
        self.state = state
        self.call = call
        self.raw = call.raw
        self.endpoint = endpoint
        self.body = body
        self.chat = isinstance(body, ChatCompletionRequest)
        self.t0 = time.perf_counter()
        self.request_id = f"{'chatcmpl' if self.chat else 'cmpl'}-{uuid.uuid4().hex}"
        self.created = int(time.time())
        if isinstance(body, ChatCompletionRequest):
            self.prompt = last_user_message(body.messages)
        else:
            prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
            self.prompt = prompts[-1] if prompts else ""
        self.event: dict[str, Any] = {
            "request_id": self.request_id,
            "ts": time.time(),
            "ip": call.client,
            "user_agent": (call.headers.get("user-agent") or "")[:1000] or None,
            "endpoint": endpoint,
            "model": body.model,
            "prompt": self.prompt,
            "stream": bool(body.stream),
        }
        self.quotas: list[Quota] = []
        self.decision: Decision | None = None
        self.principal: Principal | None = None
        self.account_id = ""
        self.strip = True  # until a decision allows reasoning

    # -- pipeline ---------------------------------------------------------------------------

    async def run(self) -> Response:
        try:
            try:
                backend = self._admit()
            finally:
                if self.decision is not None and self.decision.action == "review":
                    self.state.open_review_case(self.account_id, self.event["reasons"])
            await self._rate_limit()
            if self.body.stream:
                return await self._stream(backend)
            return await self._complete(backend)
        except BackendRejected as rejected:
            return await self._relay_rejection(rejected)
        except GatewayError as err:
            return await self._refuse(err)
        except DistillguardError as err:
            return await self._refuse(GatewayError(400, str(err), "invalid_request"))
        except Exception as exc:  # noqa: BLE001 - a bug or backend crash: still log the event
            log.exception("request %s failed", self.request_id)
            return await self._refuse(GatewayError(500, f"internal error ({type(exc).__name__})",
                                                   "internal_error"))

    def _admit(self) -> Backend:
        from distillguard.policy.engine import RequestFacts
        from distillguard.policy.geo import GeoInfo, client_ip

        state, ev = self.state, self.event
        ip = client_ip(ev["ip"], self.call.headers.get("x-forwarded-for"),
                       state.options.trusted_proxies)
        ev["ip"] = ip[:64]
        principal = accounts.authenticate(state.db, bearer_key(self.call.headers))
        if principal is None:
            raise GatewayError(401, "invalid or missing API key", "invalid_api_key")
        ev.update(account_id=principal.account_id, org_id=principal.org_id,
                  key_prefix=principal.key_prefix,
                  payment_fingerprint=principal.payment_fingerprint)
        self.principal = principal
        self.account_id = principal.account_id
        backend = state.backend_for(self.body.model)
        if backend is None:
            raise GatewayError(404, f"model {self.body.model[:200]!r} not found",
                               "model_not_found")
        try:
            geo = state.geo.lookup(ip)
        except DistillguardError:
            geo = GeoInfo(None, None, None)
        ev.update(country=geo.country, asn=geo.asn)
        facts = accounts.account_facts(state.db, principal.account_id)
        decision = state.policy.evaluate(facts, RequestFacts(ip=ip, geo=geo, prompt=self.prompt))
        self.decision = decision
        self.strip = not decision.reasoning_allowed
        state.metrics.decision(decision.action)
        reasons = [{"code": r.code, "message": r.message} for r in decision.reasons]
        ev.update(decision=decision.action, tier=decision.tier, reasons=reasons)
        if decision.guard is not None:
            ev.update(guard_score=decision.guard.score, guard_flagged=decision.guard.flagged,
                      guard_families=list(decision.guard.families))
        self._check_decision(decision, reasons)
        limits = decision.limits
        mult = state.options.org_quota_multiplier
        self.quotas = [Quota(f"key:{principal.key_prefix}", limits.requests_per_minute,
                             limits.tokens_per_minute)]
        if principal.org_id:
            self.quotas.append(Quota(f"org:{principal.org_id}",
                                     int(limits.requests_per_minute * mult),
                                     int(limits.tokens_per_minute * mult)))
        return backend

    @staticmethod
    def _check_decision(decision: Decision, reasons: list[dict[str, str]]) -> None:
        """Refuse (403) a denial or a review that holds requests."""
        if decision.action == "deny":
            blocking = [r for r in decision.reasons if getattr(r, "effect", "deny") == "deny"]
            listed = blocking or decision.reasons
            code = listed[0].code if listed else "denied"
            message = ("request denied by policy: " + "; ".join(r.message for r in listed)
                       if listed else "request denied")
            raise GatewayError(403, message, code, extra={"reasons": reasons})
        if decision.action == "review" and decision.hold:
            raise GatewayError(403, "held for enhanced review", "held_for_review",
                               extra={"reasons": reasons})

    async def _rate_limit(self) -> None:
        decision = self.decision
        assert decision is not None  # admitted
        if decision.limits.requests_per_minute <= 0:
            raise GatewayError(429, f"tier {decision.tier!r} allows no requests",
                               "rate_limit_exceeded", headers={"retry-after": "60"})
        wait = await self.state.limiter.acquire(self.quotas)
        if wait > 0:
            self.state.metrics.rate_limited.inc()
            raise GatewayError(429, f"rate limit exceeded for tier {decision.tier!r}; "
                               f"retry after {wait:.1f} s", "rate_limit_exceeded",
                               headers={"retry-after": retry_after_header(wait)})

    async def _refuse(self, err: GatewayError) -> Response:
        self.event["status"] = err.status
        if not self.event.get("reasons"):
            self.event["reasons"] = [{"code": err.code, "message": err.message[:500]}]
        try:
            await self._log()
        except Exception:  # noqa: BLE001 - the refusal stands; the failure is reported
            return error_response(503, "event log unavailable", "event_log_unavailable")
        return err.response(self.request_id)

    async def _relay_rejection(self, rejected: BackendRejected) -> Response:
        """The backend's own 4xx, relayed as is when it is JSON (OpenAI format already)."""
        status = rejected.status
        self.event.update(status=status, reasons=[{"code": "upstream_rejected",
                                                   "message": f"upstream HTTP {status}"}])
        try:
            await self._log()
        except Exception:  # noqa: BLE001 - no event, no answer: say so
            return error_response(503, "event log unavailable", "event_log_unavailable")
        try:
            orjson.loads(rejected.content)
        except orjson.JSONDecodeError:
            return error_response(status, f"upstream returned HTTP {status}", "upstream_error",
                                  request_id=self.request_id)
        return Response(rejected.content, status_code=status, media_type=JSON,
                        headers=self._headers())

    async def _log(self) -> None:
        elapsed = time.perf_counter() - self.t0
        self.event["latency_ms"] = round(elapsed * 1000, 3)
        await self.state.events.write(self.event)
        self.state.metrics.observe(self.endpoint, self.event["status"], elapsed)

    async def _charge(self, prompt_tokens: int, completion_tokens: int) -> None:
        self.event.update(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
        self.state.metrics.served_tokens(prompt_tokens, completion_tokens)
        await self.state.limiter.charge_tokens(self.quotas, prompt_tokens + completion_tokens)

    def _headers(self) -> dict[str, str]:
        return {"x-request-id": self.request_id,
                "x-distillguard-decision": self.decision.action if self.decision else "none"}

    # -- answers ----------------------------------------------------------------------------

    async def _complete(self, backend: Backend) -> Response:
        reply = await backend.complete(self)
        await self._charge(reply.prompt_tokens, reply.completion_tokens)
        self.event.update(status=200, response=reply.text)
        await self._log()
        return Response(reply.content, media_type=JSON, headers=self._headers())

    async def _stream(self, backend: Backend) -> Response:
        stream = await backend.stream(self)
        self.event["status"] = 200
        return StreamingResponse(self._sse(stream), media_type="text/event-stream",
                                 headers={**SSE_HEADERS, **self._headers()})

    async def _sse(self, stream: ReplyStream) -> AsyncIterator[bytes]:
        """The backend's frames, then the event commit, then `[DONE]`."""
        logged = False
        try:
            async for frame in stream:
                yield frame
            await self._charge(stream.prompt_tokens, stream.completion_tokens)
            self.event["response"] = stream.text
            await self._log()
            logged = True
            yield DONE
        finally:
            try:
                await stream.aclose()
            finally:
                if not logged:
                    self._log_abandoned(stream.text)

    def _log_abandoned(self, text: str) -> None:
        """Client went away (or the backend failed) mid-stream: log what was sent, unawaited."""
        self.event["response"] = text
        self.event["status"] = 499
        self.event["latency_ms"] = round((time.perf_counter() - self.t0) * 1000, 3)
        try:
            self.state.events.submit(self.event)
        except DistillguardError:
            pass
