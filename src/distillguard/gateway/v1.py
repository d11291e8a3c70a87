"""The OpenAI-compatible /v1 API and the per-request pipeline.

Each request: authenticate → account facts → policy decision (IP country/ASN, KYC, ownership,
reasoning guard) → refuse (403) or admit under the decision's quota (429) → backend → event
committed → response. Refusals are logged as events too. For streams the event is committed
before the final `data: [DONE]`, so a client that saw the whole stream has a logged event.

The pipeline works on a framework-free `Call`; the two completion endpoints are served by
`gateway.fastpath` straight from ASGI (FastAPI's routing and validation layers cost more CPU
than the whole pipeline). The FastAPI routes below describe them in the OpenAPI schema and run
the same pipeline if this router is mounted without the fast path (a body that fails validation
is then a plain 400, not a logged event: `create_app` always installs the fast path).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import APIRouter, Request
from starlette.responses import Response, StreamingResponse

from distillguard.errors import DistillguardError
from distillguard.gateway import accounts
from distillguard.gateway.errors import GatewayError, error_response
from distillguard.gateway.ratelimit import Quota, retry_after_header
from distillguard.gateway.schemas import (
    ChatCompletionRequest,
    CompletionRequest,
    last_user_message,
    message_text,
)
from distillguard.gateway.state import GatewayState
from distillguard.gateway.upstream import UpstreamUnavailable

log = logging.getLogger("distillguard.gateway")
router = APIRouter(prefix="/v1", tags=["openai"])
JSON = "application/json"
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
_ROLE_MAP = {"developer": "system", "tool": "user", "function": "user"}


def _state(request: Request) -> GatewayState:
    return request.app.state.gateway


@dataclass(slots=True)
class Call:
    """What the pipeline needs from an HTTP request: headers (lower-case names, first value
    wins), the peer address and the raw body."""

    headers: Mapping[str, str]
    client: str
    raw: bytes

    @classmethod
    def from_scope(cls, scope: dict, raw: bytes) -> Call:
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
    """One API request from authentication to committed event."""

    def __init__(self, state: GatewayState, call: Call, endpoint: str, body: Any) -> None:
        self.state = state
        self.call = call
        self.endpoint = endpoint
        self.body = body
        self.chat = isinstance(body, ChatCompletionRequest)
        self.t0 = time.perf_counter()
        self.request_id = f"{'chatcmpl' if self.chat else 'cmpl'}-{uuid.uuid4().hex}"
        self.created = int(time.time())
        if self.chat:
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
        self.decision = None

    # -- pipeline ---------------------------------------------------------------------------

    async def run(self) -> Response:
        try:
            try:
                backend = self._admit()
            finally:
                if self.decision is not None and self.decision.action == "review":
                    self.state.open_review_case(self.principal.account_id, self.event["reasons"])
            await self._rate_limit()
            if self.body.stream:
                return await self._stream(backend)
            return await self._complete(backend)
        except GatewayError as err:
            return await self._refuse(err)
        except DistillguardError as err:
            return await self._refuse(GatewayError(400, str(err), "invalid_request"))
        except Exception as exc:  # noqa: BLE001 - a bug or backend crash: still log the event
            log.exception("request %s failed", self.request_id)
            return await self._refuse(GatewayError(500, f"internal error ({type(exc).__name__})",
                                                   "internal_error"))

    def _admit(self):
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
        state.metrics.decision(decision.action)
        reasons = [{"code": r.code, "message": r.message} for r in decision.reasons]
        ev.update(decision=decision.action, tier=decision.tier, reasons=reasons)
        if decision.guard is not None:
            ev.update(guard_score=decision.guard.score, guard_flagged=decision.guard.flagged,
                      guard_families=list(decision.guard.families))
        if decision.action == "deny":
            blocking = [r for r in decision.reasons if getattr(r, "effect", "deny") == "deny"]
            first = (blocking or decision.reasons or [None])[0]
            code = first.code if first is not None else "denied"
            message = "request denied by policy: " + "; ".join(
                r.message for r in (blocking or decision.reasons)) if first else "request denied"
            raise GatewayError(403, message, code, extra={"reasons": reasons})
        if decision.action == "review" and decision.hold:
            raise GatewayError(403, "held for enhanced review", "held_for_review",
                               extra={"reasons": reasons})
        limits = decision.limits
        mult = state.options.org_quota_multiplier
        self.quotas = [Quota(f"key:{principal.key_prefix}", limits.requests_per_minute,
                             limits.tokens_per_minute)]
        if principal.org_id:
            self.quotas.append(Quota(f"org:{principal.org_id}",
                                     int(limits.requests_per_minute * mult),
                                     int(limits.tokens_per_minute * mult)))
        return backend

    async def _rate_limit(self) -> None:
        if self.decision is not None and self.decision.limits.requests_per_minute <= 0:
            raise GatewayError(429, f"tier {self.decision.tier!r} allows no requests",
                               "rate_limit_exceeded", headers={"retry-after": "60"})
        wait = await self.state.limiter.acquire(self.quotas)
        if wait > 0:
            self.state.metrics.rate_limited.inc()
            raise GatewayError(429, f"rate limit exceeded for tier {self.decision.tier!r}; "
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

    # -- local model ------------------------------------------------------------------------

    def _local_args(self) -> dict[str, Any]:
        body, opts = self.body, self.state.options
        wanted = (getattr(body, "max_completion_tokens", None) or body.max_tokens
                  or opts.default_max_tokens)
        if self.chat:
            prompt: Any = [{"role": _ROLE_MAP.get(m.role, m.role),
                            "content": message_text(m.content)} for m in body.messages]
        else:
            if isinstance(body.prompt, list) and len(body.prompt) != 1:
                raise GatewayError(400, "the local model takes exactly one prompt per request",
                                   "invalid_prompt")
            prompt = self.prompt
        return {"prompt": prompt, "chat": self.chat, "account_id": self.principal.account_id,
                "max_tokens": min(int(wanted), opts.max_tokens_cap),
                "temperature": 1.0 if body.temperature is None else float(body.temperature),
                "seed": body.seed}

    async def _complete(self, backend) -> Response:
        if backend.kind == "upstream":
            return await self._upstream_complete(backend)
        result = await backend.complete(**self._local_args())
        text = result.text if self.decision.reasoning_allowed else _strip(result.text)
        await self._charge(result.prompt_tokens, result.completion_tokens)
        usage = {"prompt_tokens": result.prompt_tokens,
                 "completion_tokens": result.completion_tokens,
                 "total_tokens": result.prompt_tokens + result.completion_tokens}
        if self.chat:
            choice = {"index": 0, "message": {"role": "assistant", "content": text},
                      "finish_reason": result.finish_reason, "logprobs": None}
            obj = "chat.completion"
        else:
            choice = {"index": 0, "text": text, "finish_reason": result.finish_reason,
                      "logprobs": None}
            obj = "text_completion"
        payload = {"id": self.request_id, "object": obj, "created": self.created,
                   "model": self.body.model, "choices": [choice], "usage": usage}
        self.event.update(status=200, response=text)
        await self._log()
        return Response(orjson.dumps(payload), media_type=JSON, headers=self._headers())

    async def _stream(self, backend) -> Response:
        if backend.kind == "upstream":
            return await self._upstream_stream(backend)
        args = self._local_args()
        self.event["status"] = 200
        return StreamingResponse(self._local_sse(backend, args), media_type="text/event-stream",
                                 headers={**SSE_HEADERS, **self._headers()})

    def _chunk(self, text: str | None, finish: str | None = None, role: bool = False) -> bytes:
        if self.chat:
            delta: dict[str, Any] = {}
            if role:
                delta["role"] = "assistant"
            if text is not None:
                delta["content"] = text
            choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
            obj = "chat.completion.chunk"
        else:
            choice = {"index": 0, "text": text or "", "finish_reason": finish, "logprobs": None}
            obj = "text_completion"
        return _sse({"id": self.request_id, "object": obj, "created": self.created,
                     "model": self.body.model, "choices": [choice]})

    async def _local_sse(self, backend, args: dict[str, Any]) -> AsyncIterator[bytes]:
        from distillguard.gateway.hygiene import StreamStripper

        stripper = None if self.decision.reasoning_allowed else StreamStripper()
        result: dict[str, Any] = {}
        parts: list[str] = []
        logged = False
        try:
            if self.chat:
                yield self._chunk("", role=True)
            async for piece in backend.stream(**args, result=result):
                if stripper is not None:
                    piece = stripper.feed(piece)
                if piece:
                    parts.append(piece)
                    yield self._chunk(piece)
            if stripper is not None:
                tail = stripper.finish()
                if tail:
                    parts.append(tail)
                    yield self._chunk(tail)
            yield self._chunk(None, finish=result.get("finish_reason", "stop"))
            pt, ct = result.get("prompt_tokens", 0), result.get("completion_tokens", 0)
            if self.body.stream_options is not None and self.body.stream_options.include_usage:
                yield _sse({"id": self.request_id, "object": "chat.completion.chunk",
                            "created": self.created, "model": self.body.model, "choices": [],
                            "usage": {"prompt_tokens": pt, "completion_tokens": ct,
                                      "total_tokens": pt + ct}})
            await self._charge(pt, ct)
            self.event["response"] = "".join(parts)
            await self._log()
            logged = True
            yield b"data: [DONE]\n\n"
        finally:
            if not logged:
                self._log_abandoned(parts)

    def _log_abandoned(self, parts: list[str]) -> None:
        """Client went away (or the backend failed) mid-stream: log what was sent, unawaited."""
        self.event["response"] = "".join(parts)
        self.event["status"] = 499
        self.event["latency_ms"] = round((time.perf_counter() - self.t0) * 1000, 3)
        try:
            self.state.events.submit(self.event)
        except DistillguardError:
            pass

    # -- upstream ---------------------------------------------------------------------------

    def _upstream_body(self, include_usage: bool) -> bytes:
        payload = self.body.model_dump(exclude_unset=True)
        if include_usage:
            payload["stream_options"] = {**(payload.get("stream_options") or {}),
                                         "include_usage": True}
        return orjson.dumps(payload)

    def _path(self) -> str:
        return "/chat/completions" if self.chat else "/completions"

    async def _upstream_complete(self, backend) -> Response:
        # The client's own bytes are forwarded unchanged (already validated): a faithful relay
        # and no re-serialisation on the hot path.
        try:
            upstream = await backend.post(self._path(), self.call.raw or self._upstream_body(False))
        except UpstreamUnavailable as exc:
            raise GatewayError(502, f"upstream unreachable: {exc}", "upstream_error") from None
        if upstream.status != 200:
            return await self._upstream_error(upstream.status, upstream.content)
        try:
            data = orjson.loads(upstream.content)
            choices = data.get("choices") or []
            usage = data.get("usage") or {}
        except (orjson.JSONDecodeError, AttributeError):
            raise GatewayError(502, "upstream returned invalid JSON", "upstream_error") from None
        content = upstream.content
        texts = []
        for choice in choices:
            if self.chat:
                message = choice.get("message") or {}
                text = message.get("content") or ""
                if not self.decision.reasoning_allowed:
                    message.pop("reasoning_content", None)
                    message.pop("reasoning", None)
                    message["content"] = text = _strip(text)
            else:
                text = choice.get("text") or ""
                if not self.decision.reasoning_allowed:
                    choice["text"] = text = _strip(text)
            texts.append(text)
        if not self.decision.reasoning_allowed:
            content = orjson.dumps(data)
        await self._charge(int(usage.get("prompt_tokens") or 0),
                           int(usage.get("completion_tokens") or 0))
        self.event.update(status=200, response="".join(texts))
        await self._log()
        return Response(content, media_type=JSON, headers=self._headers())

    async def _upstream_error(self, status: int, content: bytes) -> Response:
        """Relay an upstream 4xx as-is (OpenAI format already); a 5xx becomes our 502."""
        if status >= 500 or status < 400:
            raise GatewayError(502, f"upstream returned HTTP {status}", "upstream_error")
        self.event.update(status=status, reasons=[{"code": "upstream_rejected",
                                                   "message": f"upstream HTTP {status}"}])
        await self._log()
        try:
            orjson.loads(content)
        except orjson.JSONDecodeError:
            return error_response(status, f"upstream returned HTTP {status}", "upstream_error",
                                  request_id=self.request_id)
        return Response(content, status_code=status, media_type=JSON, headers=self._headers())

    async def _upstream_stream(self, backend) -> Response:
        want_usage = bool(self.body.stream_options and self.body.stream_options.include_usage)
        cm = backend.stream(self._path(), self._upstream_body(True))
        try:
            upstream = await cm.__aenter__()
        except UpstreamUnavailable as exc:
            raise GatewayError(502, f"upstream unreachable: {exc}", "upstream_error") from None
        if upstream.status != 200:
            content = await upstream.read()
            await cm.__aexit__(None, None, None)
            return await self._upstream_error(upstream.status, content)
        self.event["status"] = 200
        return StreamingResponse(self._relay(cm, upstream, want_usage),
                                 media_type="text/event-stream",
                                 headers={**SSE_HEADERS, **self._headers()})

    async def _relay(self, cm, upstream, want_usage: bool) -> AsyncIterator[bytes]:
        """Relay upstream SSE line by line; hold back [DONE] until the event is committed."""
        from distillguard.gateway.hygiene import StreamStripper

        strip = not self.decision.reasoning_allowed
        strippers: dict[int, StreamStripper] = {}
        parts: list[str] = []
        usage: dict[str, Any] = {}
        logged = False
        try:
            async for line in upstream.lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = orjson.loads(data)
                except orjson.JSONDecodeError:
                    continue
                if chunk.get("usage"):
                    usage = chunk["usage"]
                    if not chunk.get("choices") and not want_usage:
                        continue
                for choice in chunk.get("choices") or []:
                    holder = choice.get("delta") if self.chat else choice
                    if not isinstance(holder, dict):
                        continue
                    key = "content" if self.chat else "text"
                    text = holder.get(key)
                    if strip:
                        holder.pop("reasoning_content", None)
                        holder.pop("reasoning", None)
                        if isinstance(text, str):
                            s = strippers.setdefault(choice.get("index", 0), StreamStripper())
                            holder[key] = text = s.feed(text)
                            if choice.get("finish_reason"):
                                tail = s.finish()
                                holder[key] = text = text + tail
                    if isinstance(text, str):
                        parts.append(text)
                if strip:
                    yield _sse(chunk)
                else:
                    yield f"data: {data}\n\n".encode()
            await self._charge(int(usage.get("prompt_tokens") or 0),
                               int(usage.get("completion_tokens") or len(parts)))
            self.event["response"] = "".join(parts)
            await self._log()
            logged = True
            yield b"data: [DONE]\n\n"
        finally:
            await asyncio.shield(cm.__aexit__(None, None, None))
            if not logged:
                self._log_abandoned(parts)


def _sse(obj: dict) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def _strip(text: str) -> str:
    from distillguard.policy.reasoning_guard import strip_reasoning

    return strip_reasoning(text)
