"""A vLLM upstream that watermarks per account: the relay plus `vllm_xargs` naming the caller.

With `[gateway] upstream_watermark = "vllm"`, every request relayed upstream carries
`vllm_xargs = {"dg_account": <account id>, "dg_epoch": <current key epoch>}` for the vLLM server's
`distillguard.integrations.vllm.DistillguardWatermark` processor, which derives the account's
key from the same master key file (never sent). The gateway re-serialises every body (the
client's raw bytes are never relayed in this mode) and refuses a client that sets those xargs
itself — a caller choosing another account or an old epoch — with 400. The reply carries
`watermark_key_id` (the key the processor used) for the event log.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import orjson

from distillguard.errors import DistillguardError
from distillguard.gateway.backends import CompletionCall, Reply, ReplyStream, key_or_503
from distillguard.gateway.errors import GatewayError
from distillguard.gateway.relay import OpenAIUpstream
from distillguard.gateway.upstream import UpstreamPool
from distillguard.integrations.vllm_args import XARG_ACCOUNT, XARG_EPOCH
from distillguard.watermark.keys import MasterKeyFile, WatermarkKey, serving_key

log = logging.getLogger("distillguard.gateway")
_CURRENT: ContextVar[WatermarkKey | None] = ContextVar("dg_vllm_key", default=None)


class VLLMWatermarkUpstream(OpenAIUpstream):
    """`OpenAIUpstream` whose requests name the caller's watermark key (see module docstring)."""

    def __init__(self, pool: UpstreamPool, master_key_path: Path) -> None:
        super().__init__(pool)
        if not Path(master_key_path).exists():
            raise DistillguardError(
                f"upstream_watermark = \"vllm\" needs the master key {master_key_path} "
                "(shared with the vLLM server); create it with `distillguard keys new`")
        self.master = MasterKeyFile(master_key_path)
        self.master.get()  # a corrupt master stops start-up, not the first request

    def key_for(self, call: CompletionCall) -> WatermarkKey:
        return key_or_503(lambda: serving_key(self.master.get(), call.account_id))

    def payload(self, call: CompletionCall, stream: bool) -> dict[str, Any]:
        payload = super().payload(call, stream)
        xargs = payload.get("vllm_xargs")
        if xargs is not None and not isinstance(xargs, dict):
            raise GatewayError(400, "vllm_xargs must be an object", "invalid_request_error")
        if xargs and (XARG_ACCOUNT in xargs or XARG_EPOCH in xargs):
            raise GatewayError(400, f"vllm_xargs {XARG_ACCOUNT}/{XARG_EPOCH} are set by the "
                               "gateway, not by clients", "invalid_request_error")
        key = _CURRENT.get() or self.key_for(call)  # the key complete/stream will record
        payload["vllm_xargs"] = {**(xargs or {}), XARG_ACCOUNT: call.account_id,
                                 XARG_EPOCH: key.epoch}
        return payload

    def request_body(self, call: CompletionCall, stream: bool) -> bytes:
        return orjson.dumps(self.payload(call, stream))  # never the client's raw bytes

    async def complete(self, call: CompletionCall) -> Reply:
        key = self.key_for(call)
        token = _CURRENT.set(key)  # one key per request even if the master rotates meanwhile
        try:
            reply = await super().complete(call)
        finally:
            _CURRENT.reset(token)
        reply.watermark_key_id = key.key_id
        return reply

    async def stream(self, call: CompletionCall) -> ReplyStream:
        key = self.key_for(call)
        token = _CURRENT.set(key)
        try:
            stream = await super().stream(call)
        finally:
            _CURRENT.reset(token)
        stream.watermark_key_id = key.key_id
        return stream
