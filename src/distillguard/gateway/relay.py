"""Upstream backends: relay admitted calls to an OpenAI-compatible server.

`OpenAIUpstream` sends each call over the keep-alive pool of `gateway.upstream` and relays the
answer: a whole body (the upstream's own bytes when nothing needs cleaning) or an SSE stream
relayed chunk by chunk, reasoning removed per choice by `gateway.hygiene` when the decision
does not allow it. An upstream's 4xx is the upstream's own refusal (`BackendRejected`, relayed
as is); no answer, a broken connection or a 5xx is the gateway's 502.

A vLLM upstream is the same relay plus per-request extra arguments (guided decoding, a LoRA
adapter, `chat_template_kwargs`, …): subclass `OpenAIUpstream` and override `request_body`,
e.g. `orjson.dumps({**self.payload(call, stream), **extra_args(call)})`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Any

import orjson

from distillguard.gateway.backends import (
    Backend,
    BackendRejected,
    CompletionCall,
    Reply,
    ReplyStream,
    sse,
    wants_usage,
)
from distillguard.gateway.errors import GatewayError
from distillguard.gateway.hygiene import (
    ChunkStripper,
    chunk_texts,
    completion_texts,
    strip_completion,
)
from distillguard.gateway.upstream import UpstreamPool, UpstreamStream, UpstreamUnavailable


class OpenAIUpstream(Backend):
    """Forwards calls to an OpenAI-compatible base URL (see the module docstring)."""

    def __init__(self, pool: UpstreamPool) -> None:
        self.pool = pool

    def payload(self, call: CompletionCall, stream: bool) -> dict[str, Any]:
        """The validated body as a dict; a stream always asks for usage (to charge tokens)."""
        payload = call.body.model_dump(exclude_unset=True)
        if stream:
            payload["stream_options"] = {**(payload.get("stream_options") or {}),
                                         "include_usage": True}
        return payload

    def request_body(self, call: CompletionCall, stream: bool) -> bytes:
        """The bytes sent upstream. A whole answer is asked for with the client's own bytes,
        unchanged (already validated): a faithful relay, no re-serialisation on the hot path."""
        if not stream and call.raw:
            return call.raw
        return orjson.dumps(self.payload(call, stream))

    async def complete(self, call: CompletionCall) -> Reply:
        try:
            upstream = await self.pool.post(_path(call), self.request_body(call, False))
        except UpstreamUnavailable as exc:
            raise GatewayError(502, f"upstream unreachable: {exc}", "upstream_error") from None
        if upstream.status != 200:
            raise _refusal(upstream.status, upstream.content)
        try:
            data = orjson.loads(upstream.content)
            usage = data.get("usage") or {}
        except (orjson.JSONDecodeError, AttributeError):
            raise GatewayError(502, "upstream returned invalid JSON", "upstream_error") from None
        content = upstream.content
        if call.strip:
            strip_completion(data, call.chat)
            content = orjson.dumps(data)
        return Reply(content, "".join(completion_texts(data, call.chat)),
                     int(usage.get("prompt_tokens") or 0),
                     int(usage.get("completion_tokens") or 0))

    async def stream(self, call: CompletionCall) -> ReplyStream:
        cm = self.pool.stream(_path(call), self.request_body(call, True))
        try:
            upstream = await cm.__aenter__()
        except UpstreamUnavailable as exc:
            raise GatewayError(502, f"upstream unreachable: {exc}", "upstream_error") from None
        if upstream.status != 200:
            content = await upstream.read()
            await cm.__aexit__(None, None, None)
            raise _refusal(upstream.status, content)
        return RelayStream(cm, upstream, call)

    async def aclose(self) -> None:
        await self.pool.close()


class RelayStream(ReplyStream):
    """Upstream SSE relayed line by line. Without cleaning, each `data:` line leaves as it
    came; with it, each chunk is parsed, cleaned and re-serialised. The usage-only chunk the
    relay asked for is passed on only if the client asked for it too."""

    def __init__(self, cm: AbstractAsyncContextManager[UpstreamStream],
                 upstream: UpstreamStream, call: CompletionCall) -> None:
        super().__init__()
        self.cm = cm
        self.upstream = upstream
        self.call = call

    async def frames(self) -> AsyncIterator[bytes]:
        chat = self.call.chat
        want_usage = wants_usage(self.call)
        stripper = ChunkStripper(chat) if self.call.strip else None
        usage: dict[str, Any] = {}
        last: dict[str, Any] = {}
        async for line in self.upstream.lines():
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
            if stripper is not None:
                stripper.feed(chunk)
            self.parts += chunk_texts(chunk, chat)
            last = chunk
            yield f"data: {data}\n\n".encode() if stripper is None else sse(chunk)
        for index, tail in stripper.finish().items() if stripper is not None else ():
            self.parts.append(tail)
            yield _tail_frame(last, chat, index, tail)
        self.prompt_tokens = int(usage.get("prompt_tokens") or 0)
        self.completion_tokens = int(usage.get("completion_tokens") or len(self.parts))

    async def aclose(self) -> None:
        try:
            await super().aclose()
        finally:
            await asyncio.shield(self.cm.__aexit__(None, None, None))


def _tail_frame(last: dict[str, Any], chat: bool, index: int, tail: str) -> bytes:
    """A frame for text still held back when a choice's stream ended without a
    `finish_reason` (the envelope copied from the stream's last chunk)."""
    choice = ({"index": index, "delta": {"content": tail}, "finish_reason": None} if chat
              else {"index": index, "text": tail, "finish_reason": None})
    return sse({"id": last.get("id"), "object": last.get("object"),
                "created": last.get("created"), "model": last.get("model"),
                "choices": [choice]})


def _path(call: CompletionCall) -> str:
    return "/chat/completions" if call.chat else "/completions"


def _refusal(status: int, content: bytes) -> Exception:
    """An upstream 4xx is relayed as is (OpenAI format already); anything else is our 502."""
    if status >= 500 or status < 400:
        return GatewayError(502, f"upstream returned HTTP {status}", "upstream_error")
    return BackendRejected(status, content)
