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

import asyncio
import hashlib
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
    guard_texts,
    last_user_message,
    output_tokens,
    prompts_of,
    wants_logprobs,
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
LISTS = frozenset({"x-forwarded-for", "forwarded"})  # headers whose lines form one list


def _state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


@dataclass(slots=True)
class Call:
    """What the pipeline needs from an HTTP request: headers (lower-case names, first value
    wins, except the forwarding headers: their lines are joined in order, RFC 9110 5.3), the
    peer address and the raw body."""

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
            elif key in LISTS:
                headers[key] += ", " + value.decode("latin-1")
        client = scope.get("client")
        return cls(headers, client[0] if client else "", raw)

    @classmethod
    async def from_request(cls, request: Request) -> Call:
        return cls.from_scope(request.scope, await request.body())


def resolve_ip(state: GatewayState, call: Call) -> str:
    """The client address the policy judges (`policy.geo.client_ip` over the forwarding header
    the deployment's proxies append)."""
    from distillguard.policy.geo import client_ip

    opts = state.options
    header = call.headers.get(opts.forwarded_header)
    if opts.forwarded_header == "forwarded":
        return client_ip(call.client, None, opts.trusted_proxies, forwarded=header)
    return client_ip(call.client, header, opts.trusted_proxies)


async def ip_gate(state: GatewayState,
                  scope: MutableMapping[str, Any]) -> tuple[int, str, str, dict[str, str]] | None:
    """`edge.EdgeMiddleware`'s gate: an address that spent its budget of refused requests
    (`ip_refusals_per_minute`) gets 429 before authentication and before its body is read;
    such a 429 is counted in metrics, not stored as an event (that is what bounds the state an
    unauthenticated sender can grow)."""
    if not scope["path"].startswith("/v1/") or state.ip_throttle.idle():
        return None
    try:
        wait = await state.ip_throttle.check(resolve_ip(state, Call.from_scope(scope, b"")))
    except Exception:  # noqa: BLE001 - the limiter's store is down: fail open, say so
        log.warning("per-IP throttle unavailable", exc_info=True)
        return None
    if wait <= 0:
        return None
    state.metrics.ip_throttled.inc()
    return (429, f"too many refused requests from this address; retry after {wait:.1f} s",
            "ip_rate_limited", {"retry-after": retry_after_header(wait)})


async def charge_refusal(state: GatewayState, call: Call) -> None:
    """One refused unauthenticated request against the client address's budget."""
    try:
        await state.ip_throttle.charge(resolve_ip(state, call))
    except Exception:  # noqa: BLE001 - as in ip_gate
        log.warning("per-IP throttle unavailable", exc_info=True)


def bound_refused(event: dict[str, Any], chars: int) -> None:
    """A refused request's prompt is kept as a capped prefix plus the SHA-256 of the whole
    text: a refusal never stores bulk text its sender controls."""
    prompt = event.get("prompt")
    if prompt and len(prompt) > chars:
        event["prompt_hash"] = hashlib.sha256(prompt.encode("utf-8", "replace")).hexdigest()
        event["prompt"] = prompt[:chars]


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
        await charge_refusal(state, Call.from_scope(request.scope, b""))
        return error_response(401, "invalid or missing API key", "invalid_api_key")
    data = [{"id": name, "object": "model", "created": 0, "owned_by": "distillguard"}
            for name in state.model_names()]
    return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)


@router.get("/models/{model}")
async def retrieve_model(model: str, request: Request) -> Response:
    state = _state(request)
    if accounts.authenticate(state.db, bearer_key(request.headers)) is None:
        await charge_refusal(state, Call.from_scope(request.scope, b""))
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


async def refused_event(state: GatewayState, call: Call, endpoint: str, status: int,
                        code: str, message: str) -> dict[str, Any]:
    """An event for a request refused before the pipeline ran (malformed body): headers only,
    bounded; without a valid key it also spends the client address's refusal budget."""
    principal = accounts.authenticate(state.db, bearer_key(call.headers))
    ip = resolve_ip(state, call)
    if principal is None:
        await charge_refusal(state, call)
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
        self.prompts: list[str] = []  # a /v1/completions list: one event and rate unit each
        if isinstance(body, ChatCompletionRequest):
            self.prompt = last_user_message(body.messages)
        else:
            self.prompts = prompts_of(body)
            self.prompt = self.prompts[0] if self.prompts else ""
        self.choice_texts: dict[int, str] | None = None
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
        from distillguard.policy.geo import GeoInfo

        state, ev = self.state, self.event
        ip = resolve_ip(state, self.call)
        ev["ip"] = ip[:64]
        principal = accounts.authenticate(state.db, bearer_key(self.call.headers))
        if principal is None:
            raise GatewayError(401, "invalid or missing API key", "invalid_api_key")
        ev.update(account_id=principal.account_id, org_id=principal.org_id,
                  key_prefix=principal.key_prefix,
                  payment_fingerprint=principal.payment_fingerprint)
        self.principal = principal
        self.account_id = principal.account_id
        self._check_caps()
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
        decision = state.policy.evaluate(facts, RequestFacts(ip=ip, geo=geo, prompt=self.prompt,
                                                             texts=guard_texts(self.body)))
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
        # rate state belongs to the account: rotating its key must not refill the bucket
        self.quotas = [Quota(f"account:{principal.account_id}", limits.requests_per_minute,
                             limits.tokens_per_minute)]
        if principal.org_id:
            self.quotas.append(Quota(f"org:{principal.org_id}",
                                     int(limits.requests_per_minute * mult),
                                     int(limits.tokens_per_minute * mult)))
        return backend

    def _check_caps(self) -> None:
        """The configured caps on what one request may ask of a model (400 beyond them)."""
        opts, body = self.state.options, self.body
        if len(self.prompts) > opts.max_prompts:
            raise GatewayError(400, f"prompt: at most {opts.max_prompts} prompts per request, "
                               f"got {len(self.prompts)}", "too_many_prompts")
        wanted = output_tokens(body)
        if wanted is not None and wanted > opts.max_output_tokens:
            raise GatewayError(400, f"max_tokens: at most {opts.max_output_tokens}",
                               "max_tokens_exceeded")
        if wants_logprobs(body) and not opts.logprobs_allowed:
            raise GatewayError(400, "logprobs are not offered", "logprobs_not_allowed")

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
        wait = await self.state.limiter.acquire(self.quotas, max(1, len(self.prompts)))
        if wait > 0:
            self.state.metrics.rate_limited.inc()
            raise GatewayError(429, f"rate limit exceeded for tier {decision.tier!r}; "
                               f"retry after {wait:.1f} s", "rate_limit_exceeded",
                               headers={"retry-after": retry_after_header(wait)})

    async def _refuse(self, err: GatewayError) -> Response:
        self.event["status"] = err.status
        if not self.event.get("reasons"):
            self.event["reasons"] = [{"code": err.code, "message": err.message[:500]}]
        if self.principal is None:
            await charge_refusal(self.state, self.call)
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
        events = self._events()
        if len(events) == 1:
            await self.state.events.write(events[0])
        else:
            await asyncio.gather(*(self.state.events.write(e) for e in events))
        self.state.metrics.observe(self.endpoint, self.event["status"], elapsed)

    def _events(self) -> list[dict[str, Any]]:
        """The request's event, plus one per further prompt of a /v1/completions list (each
        with its own prompt and, when known, its choice's text); a refusal's prompts bounded."""
        events = [self.event]
        texts = self.choice_texts
        if texts is not None:
            self.event["response"] = texts.get(0)
        listed = self.prompts[1:] if len(self.prompts) <= self.state.options.max_prompts else []
        for i, prompt in enumerate(listed, 1):
            events.append({**self.event, "request_id": f"{self.request_id}-p{i}",
                           "prompt": prompt, "prompt_hash": None, "prompt_tokens": 0,
                           "completion_tokens": 0,
                           "response": texts.get(i) if texts is not None else None})
        if self.event["status"] >= 400 and self.event["status"] != 499:  # 499: was served
            for event in events:
                bound_refused(event, int(self.state.options.refused_prompt_chars))
        return events

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
        self.event.update(status=200, response=reply.text, watermark_key_id=reply.watermark_key_id)
        if len(self.prompts) > 1:
            self.choice_texts = _choice_texts(reply.content)
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
            self.event["watermark_key_id"] = stream.watermark_key_id
            await self._log()
            logged = True
            yield DONE
        finally:
            try:
                await stream.aclose()
            finally:
                if not logged:
                    self._log_abandoned(stream.text, stream.watermark_key_id)

    def _log_abandoned(self, text: str, watermark_key_id: str | None = None) -> None:
        """Client went away (or the backend failed) mid-stream: log what was sent, unawaited."""
        self.event["response"] = text
        self.event["watermark_key_id"] = watermark_key_id
        self.event["status"] = 499
        self.event["latency_ms"] = round((time.perf_counter() - self.t0) * 1000, 3)
        try:
            for event in self._events():
                self.state.events.submit(event)
        except DistillguardError:
            pass


def _choice_texts(content: bytes) -> dict[int, str] | None:
    """Each choice's text of a completions answer, by index (= the prompt's position)."""
    try:
        choices = orjson.loads(content).get("choices") or []
        return {int(c.get("index", i)): str(c.get("text") or "") for i, c in enumerate(choices)}
    except (orjson.JSONDecodeError, AttributeError, TypeError, ValueError):
        return None
