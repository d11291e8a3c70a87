"""Where completions come from, behind one interface: `Backend.complete` / `Backend.stream`.

The pipeline (`gateway.v1.Pipeline`) admits a request and hands it to a backend as a
`CompletionCall`; the backend answers with a `Reply` (the body to send, the text to log, the
usage to charge) or a `ReplyStream` (SSE frames, then text and usage). Like httpx's
`BaseTransport`, the pipeline never asks which backend it holds: the local model here, an
OpenAI-compatible upstream in `gateway.relay` (and a vLLM upstream there, as a small subclass).
Every backend cleans reasoning out of its output with `gateway.hygiene` when `call.strip`.

Local: one model per process, generation serialised by a lock and run in a worker thread so the
event loop keeps serving; each account's completions are sampled through a logits processor
keyed with the account's key of the master's current epoch (`serving_key`), so a leaked output
names its account. The master file is re-read when it changes (`keys rotate` takes effect
without a restart). Every `Reply` / `ReplyStream` carries `watermark_key_id`: the key that
marked the answer (None when unmarked), which the event writer records.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import orjson

from distillguard.errors import DistillguardError
from distillguard.gateway.errors import GatewayError
from distillguard.gateway.hygiene import StreamStripper, strip_text
from distillguard.gateway.schemas import ChatCompletionRequest, CompletionRequest, message_text
from distillguard.watermark.keys import MasterKeyFile

if TYPE_CHECKING:
    from distillguard.watermark.keys import WatermarkKey

ROLE_MAP = {"developer": "system", "tool": "user", "function": "user"}


log = logging.getLogger("distillguard.gateway")
T = TypeVar("T")


def key_or_503(derive: Callable[[], T]) -> T:
    """The serving watermark key, or a 503 when the master key file cannot be read mid-run: fail
    closed (no unmarked answer), and the reason — which names the server's key file — goes to
    the log, never to the client."""
    try:
        return derive()
    except DistillguardError as exc:
        log.error("watermark key unavailable: %s", exc)
        raise GatewayError(503, "watermark key unavailable", "watermark_unavailable") from None

class CompletionCall(Protocol):
    """What a backend needs to know about one admitted request (`v1.Pipeline` is one)."""

    body: ChatCompletionRequest | CompletionRequest  # validated
    raw: bytes  # the client's own body bytes
    chat: bool
    prompt: str  # the last user message (chat) or the last prompt
    account_id: str
    request_id: str
    created: int
    strip: bool  # the decision does not allow reasoning: serve none of it


@dataclass(slots=True)
class Reply:
    """A whole answer: the body sent to the client, the text logged, the usage charged."""

    content: bytes
    text: str
    prompt_tokens: int
    completion_tokens: int
    watermark_key_id: str | None = None  # the key that marked this answer; None = unmarked


class ReplyStream:
    """A streamed answer: iterate for SSE frames (each `data: …\\n\\n`, without the final
    `[DONE]`, which the pipeline sends once the event is committed); `text` and the token
    counts are complete after the iteration ends. `aclose` releases what the stream holds."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.watermark_key_id: str | None = None  # the key that marked this answer
        self._frames: AsyncIterator[bytes] | None = None

    def frames(self) -> AsyncIterator[bytes]:
        raise NotImplementedError

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._frames = self.frames()
        return self._frames

    @property
    def text(self) -> str:
        return "".join(self.parts)

    async def aclose(self) -> None:
        frames, self._frames = self._frames, None
        aclose = getattr(frames, "aclose", None)
        if aclose is not None:
            await aclose()


class BackendRejected(Exception):
    """The backend refused the request itself (an upstream's 4xx): relayed to the client."""

    def __init__(self, status: int, content: bytes) -> None:
        super().__init__(f"backend answered HTTP {status}")
        self.status = status
        self.content = content


class Backend:
    """The interface every model backend implements (see the module docstring)."""

    async def start(self) -> None:
        """Prepare before the first request (load a model, …); called at app start-up."""

    async def complete(self, call: CompletionCall) -> Reply:
        raise NotImplementedError

    async def stream(self, call: CompletionCall) -> ReplyStream:
        """Open the stream; refusals (bad request, unreachable upstream) are raised here,
        before the response starts."""
        raise NotImplementedError

    async def aclose(self) -> None:
        """Release connections and threads at app shutdown."""


# -- the OpenAI wire format ------------------------------------------------------------------


def sse(obj: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def completion_body(call: CompletionCall, text: str, finish_reason: str, prompt_tokens: int,
                    completion_tokens: int) -> bytes:
    """A non-streamed `chat.completion` / `text_completion` body with one choice."""
    choice: dict[str, Any]
    if call.chat:
        choice = {"index": 0, "message": {"role": "assistant", "content": text},
                  "finish_reason": finish_reason, "logprobs": None}
    else:
        choice = {"index": 0, "text": text, "finish_reason": finish_reason, "logprobs": None}
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
             "total_tokens": prompt_tokens + completion_tokens}
    return orjson.dumps({"id": call.request_id,
                         "object": "chat.completion" if call.chat else "text_completion",
                         "created": call.created, "model": call.body.model,
                         "choices": [choice], "usage": usage})


def chunk_frame(call: CompletionCall, text: str | None, finish: str | None = None,
                role: bool = False) -> bytes:
    """One SSE frame of a one-choice stream."""
    choice: dict[str, Any]
    if call.chat:
        delta: dict[str, Any] = {}
        if role:
            delta["role"] = "assistant"
        if text is not None:
            delta["content"] = text
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
    else:
        choice = {"index": 0, "text": text or "", "finish_reason": finish, "logprobs": None}
    return sse({"id": call.request_id,
                "object": "chat.completion.chunk" if call.chat else "text_completion",
                "created": call.created, "model": call.body.model, "choices": [choice]})


def usage_frame(call: CompletionCall, prompt_tokens: int, completion_tokens: int) -> bytes:
    """The final usage-only frame a client asked for with `stream_options.include_usage`."""
    return sse({"id": call.request_id, "object": "chat.completion.chunk",
                "created": call.created, "model": call.body.model, "choices": [],
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                          "total_tokens": prompt_tokens + completion_tokens}})


def wants_usage(call: CompletionCall) -> bool:
    options = call.body.stream_options
    return bool(options is not None and options.include_usage)


# -- the local model --------------------------------------------------------------------------


@dataclass
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str


def served_name(model_setting: str) -> str:
    """The name clients use for the local model: "smollm2" or the model directory's name."""
    if model_setting in ("", "smollm2"):
        return "smollm2"
    return Path(model_setting).name


def load_master_key(path: Path) -> WatermarkKey:
    """The gateway's master watermark key, created (kgw, mode 0600) on first use."""
    from distillguard.watermark.keys import load_key, new_key, save_key

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        save_key(new_key("kgw"), path)
    return load_key(path)


class LocalBackend(Backend):
    """The provider's own model, sampled with the calling account's watermark."""

    def __init__(self, model: str, master_key_path: Path, watermark: bool = True,
                 default_max_tokens: int = 128, max_tokens_cap: int = 1024) -> None:
        self.model_setting = model
        self.name = served_name(model)
        self.master_key_path = master_key_path
        self.watermark = watermark
        self.default_max_tokens = default_max_tokens
        self.max_tokens_cap = max_tokens_cap
        self._lock = threading.Lock()
        self._lm: Any = None
        self._master: WatermarkKey | None = None
        self._master_file: MasterKeyFile | None = None

    # -- Backend ------------------------------------------------------------------------------

    async def start(self) -> None:
        await asyncio.to_thread(self.load)

    async def complete(self, call: CompletionCall) -> Reply:
        sampling = self.sampling(call)
        result = await self.generate(**sampling)
        text = strip_text(result.text) if call.strip else result.text
        pt, ct = result.prompt_tokens, result.completion_tokens
        key = sampling["key"]
        return Reply(completion_body(call, text, result.finish_reason, pt, ct), text, pt, ct,
                     key.key_id if key is not None else None)

    async def stream(self, call: CompletionCall) -> ReplyStream:
        sampling = self.sampling(call)
        stream = _LocalStream(self, call, sampling)
        stream.watermark_key_id = sampling["key"].key_id if sampling["key"] is not None else None
        return stream

    def sampling(self, call: CompletionCall) -> dict[str, Any]:
        """The generation arguments for a call (400 for what the local model cannot do)."""
        body = call.body
        wanted = (getattr(body, "max_completion_tokens", None) or body.max_tokens
                  or self.default_max_tokens)
        prompt: str | list[dict[str, str]]
        if isinstance(body, ChatCompletionRequest):
            prompt = [{"role": ROLE_MAP.get(m.role, m.role), "content": message_text(m.content)}
                      for m in body.messages]
        else:
            if isinstance(body.prompt, list) and len(body.prompt) != 1:
                raise GatewayError(400, "the local model takes exactly one prompt per request",
                                   "invalid_prompt")
            prompt = call.prompt
        key = key_or_503(lambda: self.account_key(call.account_id)) if self.watermark else None
        return {"prompt": prompt, "chat": call.chat, "account_id": call.account_id, "key": key,
                "max_tokens": min(int(wanted), self.max_tokens_cap),
                "temperature": 1.0 if body.temperature is None else float(body.temperature),
                "seed": body.seed}

    # -- the model ----------------------------------------------------------------------------

    def load(self) -> None:
        from distillguard.models import load_model

        if self._lm is None:
            self._lm = load_model(self.model_setting or None)
        if self.watermark:
            self._refresh_master()

    def _refresh_master(self) -> None:
        """(Re)load the master when its file changed, so a `keys rotate` moves serving to the
        new epoch without a restart (created, kgw, on first use)."""
        if self._master_file is None:
            load_master_key(self.master_key_path)  # creates it when missing
            self._master_file = MasterKeyFile(self.master_key_path)
        self._master = self._master_file.get()

    @property
    def lm(self) -> Any:
        self.load()
        return self._lm

    def account_key(self, account_id: str) -> WatermarkKey:
        """The account's key of the current epoch: what marks its answers now."""
        from distillguard.watermark.keys import serving_key

        if not self.watermark:
            raise DistillguardError("the local model is served without a watermark")
        self._refresh_master()
        assert self._master is not None  # _refresh_master loaded it
        return serving_key(self._master, account_id)

    def _processor(self, account_id: str, temperature: float, key: WatermarkKey | None = None) -> Any:
        if not self.watermark:
            return None
        if key is None:
            key = self.account_key(account_id)
        # Greedy decoding (temperature 0) still carries KGW's green-list bias.
        return _processor_for(self, key, temperature if temperature > 0 else 1.0)

    def prompt_ids(self, prompt: str | list[dict[str, str]], chat: bool) -> list[int]:
        from distillguard.models import chat_prompt_ids

        tok = self.lm.tokenizer
        if chat:
            assert isinstance(prompt, list)
            return list(chat_prompt_ids(tok, prompt))
        return list(tok(prompt)["input_ids"])

    def _generate(self, ids: list[int], account_id: str, max_tokens: int, temperature: float,
                  seed: int | None, streamer: Any = None,
                  key: WatermarkKey | None = None) -> list[int]:
        import torch
        from transformers import LogitsProcessorList

        lm = self.lm
        processors = LogitsProcessorList()
        proc = self._processor(account_id, temperature, key)
        if proc is not None:
            processors.append(proc)
        pad = lm.tokenizer.pad_token_id
        if pad is None:
            pad = lm.tokenizer.eos_token_id
        input_ids = torch.tensor([ids], dtype=torch.long)
        with self._lock, torch.inference_mode():
            if seed is not None:
                torch.manual_seed(seed)
            out = lm.model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                max_new_tokens=max_tokens,
                do_sample=temperature > 0,
                temperature=temperature if temperature > 0 else None,
                top_k=None,
                top_p=None,
                logits_processor=processors,
                pad_token_id=pad,
                streamer=streamer,
            )
        new: list[int] = out[0, len(ids):].tolist()
        eos = lm.model.generation_config.eos_token_id
        stops = set(eos if isinstance(eos, list) else [eos]) | {pad}
        for i, t in enumerate(new):
            if t in stops:
                return new[:i]
        return new

    def _decode(self, tokens: list[int]) -> str:
        return str(self.lm.tokenizer.decode(tokens, skip_special_tokens=True))

    async def generate(self, prompt: str | list[dict[str, str]], *, chat: bool, account_id: str,
                       max_tokens: int, temperature: float, seed: int | None,
                       key: WatermarkKey | None = None) -> Completion:
        """The whole completion of one prompt (marked with `key`, default the account's)."""
        ids = self.prompt_ids(prompt, chat)
        tokens = await asyncio.to_thread(self._generate, ids, account_id, max_tokens,
                                         temperature, seed, None, key)
        reason = "length" if len(tokens) >= max_tokens else "stop"
        return Completion(self._decode(tokens), len(ids), len(tokens), reason)

    async def generate_pieces(self, prompt: str | list[dict[str, str]], *, chat: bool,
                              account_id: str, max_tokens: int, temperature: float,
                              seed: int | None, result: dict[str, Any],
                              key: WatermarkKey | None = None) -> AsyncIterator[str]:
        """Yield text pieces as they are sampled; fills `result` with usage at the end."""
        from transformers import AsyncTextIteratorStreamer

        ids = self.prompt_ids(prompt, chat)
        streamer = AsyncTextIteratorStreamer(self.lm.tokenizer, skip_prompt=True,
                                             skip_special_tokens=True)
        task = asyncio.ensure_future(asyncio.to_thread(
            self._generate, ids, account_id, max_tokens, temperature, seed, streamer, key))
        try:
            async for piece in streamer:
                if piece:
                    yield piece
            tokens = await task
        except BaseException:
            task.cancel()
            raise
        result.update(prompt_tokens=len(ids), completion_tokens=len(tokens),
                      finish_reason="length" if len(tokens) >= max_tokens else "stop")


class _LocalStream(ReplyStream):
    """The local model's pieces as OpenAI chunks, reasoning held back per `StreamStripper`."""

    def __init__(self, backend: LocalBackend, call: CompletionCall,
                 sampling: dict[str, Any]) -> None:
        super().__init__()
        self.backend = backend
        self.call = call
        self.sampling = sampling

    async def frames(self) -> AsyncIterator[bytes]:
        call = self.call
        stripper = StreamStripper() if call.strip else None
        result: dict[str, Any] = {}
        if call.chat:
            yield chunk_frame(call, "", role=True)
        async for piece in self.backend.generate_pieces(**self.sampling, result=result):
            if stripper is not None:
                piece = stripper.feed(piece)
            if piece:
                self.parts.append(piece)
                yield chunk_frame(call, piece)
        tail = stripper.finish() if stripper is not None else ""
        if tail:
            self.parts.append(tail)
            yield chunk_frame(call, tail)
        yield chunk_frame(call, None, finish=result.get("finish_reason", "stop"))
        self.prompt_tokens = result.get("prompt_tokens", 0)
        self.completion_tokens = result.get("completion_tokens", 0)
        if wants_usage(call):
            yield usage_frame(call, self.prompt_tokens, self.completion_tokens)


@lru_cache(maxsize=4096)
def _processor_for(backend: LocalBackend, key: WatermarkKey, temperature: float) -> Any:
    """One processor per (key, temperature): a rotation yields new keys, hence new entries."""
    from distillguard.watermark.schemes import get_scheme

    return get_scheme(key).logits_processor(backend.lm.vocab_size, temperature)
