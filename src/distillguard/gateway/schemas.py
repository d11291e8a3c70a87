"""Request bodies of the OpenAI-compatible API (validated, and published in the OpenAPI schema).

The completion bodies are an allow-list: a field not declared here is refused (400), because
every field reaches the upstream model unchecked otherwise (`best_of`, `n`, `logprobs`, a huge
`max_tokens` each multiply what one request extracts). Declared fields carry static caps
(`n` and `best_of` are 1, `top_logprobs` ≤ 20, completions `logprobs` ≤ 5); the gateway adds
its configured ones (`max_output_tokens`, `logprobs_allowed`, `max_prompts`) in `check_caps`.
Messages and content parts keep extra fields (tool calls, provider-specific parts): their text
is still read by the reasoning guard (`guard_texts`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = Field(max_length=64)
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = Field(default=None, max_length=256)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    include_usage: bool = False


class _Sampling(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model: str = Field(min_length=1, max_length=200)
    max_tokens: int | None = Field(default=None, ge=1, le=1_000_000)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, ge=0.0, le=1.0)
    n: int | None = Field(default=None, ge=1, le=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    seed: int | None = Field(default=None, ge=-(2**63), le=2**63 - 1)
    user: str | None = Field(default=None, max_length=256)
    stop: str | list[str] | None = None
    frequency_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    presence_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    logit_bias: dict[str, float] | None = Field(default=None, max_length=300)


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1, max_length=1024)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=1_000_000)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    response_format: dict[str, Any] | None = None
    tools: list[dict[str, Any]] | None = Field(default=None, max_length=128)
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None


class CompletionRequest(_Sampling):
    prompt: str | list[str] = Field(max_length=1_000_000)
    logprobs: int | None = Field(default=None, ge=0, le=5)
    best_of: int | None = Field(default=None, ge=1, le=1)
    echo: bool | None = None
    suffix: str | None = Field(default=None, max_length=100_000)


def output_tokens(body: ChatCompletionRequest | CompletionRequest) -> int | None:
    """The output length asked for (None: the backend's default)."""
    return getattr(body, "max_completion_tokens", None) or body.max_tokens


def wants_logprobs(body: ChatCompletionRequest | CompletionRequest) -> bool:
    if isinstance(body, ChatCompletionRequest):
        return bool(body.logprobs) or bool(body.top_logprobs)
    return body.logprobs is not None


def prompts_of(body: CompletionRequest) -> list[str]:
    """The prompts of a /v1/completions body (a string is a list of one)."""
    return [body.prompt] if isinstance(body.prompt, str) else list(body.prompt)


def _strings(value: Any, skip: frozenset[str]) -> Iterator[str]:
    """Every string inside a JSON-like value, except under the keys in `skip` and data URLs."""
    if isinstance(value, str):
        if value and not value.startswith("data:"):
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from _strings(item, skip)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, skip)
    elif isinstance(value, BaseModel):
        yield from _strings(value.model_dump(exclude_none=True), skip)


_NOT_TEXT = frozenset({"type", "role", "id", "tool_call_id", "name", "url", "detail",
                       "format", "file_id"})


def guard_texts(body: ChatCompletionRequest | CompletionRequest) -> list[str]:
    """Every text the model will see, one entry per message (all roles: system, developer,
    user, assistant, tool) or per prompt, plus tool and response-format descriptions. Content
    parts of any type count, whatever field carries their text."""
    if isinstance(body, CompletionRequest):
        texts = prompts_of(body)
        if body.suffix:
            texts.append(body.suffix)
        return texts
    out = ["\n".join(_strings(m, _NOT_TEXT)) for m in body.messages]
    for extra in (body.tools, body.response_format, body.tool_choice):
        if extra:
            out.append("\n".join(_strings(extra, _NOT_TEXT)))
    return [t for t in out if t]


class CreateAccountRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    org: str = Field(min_length=1, max_length=200)
    country: str = Field(min_length=2, max_length=64)
    billing_country: str | None = Field(default=None, max_length=64)
    owner_country: str | None = Field(default=None, max_length=64)
    parent: str | None = Field(default=None, max_length=200)
    share: float | None = Field(default=None, gt=0.0, le=1.0)
    tier: str = Field(default="standard", min_length=1, max_length=32)
    verification: Literal["unverified", "pending", "verified", "failed"] = "unverified"
    email: str | None = Field(default=None, max_length=320)
    payment_fingerprint: str | None = Field(default=None, max_length=128)


class CreateOrgRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    country: str | None = Field(default=None, max_length=64)
    parent: str | None = Field(default=None, max_length=200)
    share: float | None = Field(default=None, gt=0.0, le=1.0)


class SetParentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    parent: str = Field(min_length=1, max_length=200)
    share: float = Field(gt=0.0, le=1.0)


class SetStateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: Literal["active", "under_review", "approved", "restricted", "suspended"]
    reason: str = Field(min_length=1, max_length=2000)
    actor: str | None = Field(default=None, min_length=1, max_length=200)


class UpdateAccountRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verification: Literal["unverified", "pending", "verified", "failed"] | None = None
    tier: str | None = Field(default=None, min_length=1, max_length=32)
    declared_country: str | None = Field(default=None, max_length=64)
    billing_country: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=320)
    payment_fingerprint: str | None = Field(default=None, max_length=128)


def message_text(content: Any) -> str:
    """Plain text of a message's content (string, or the text parts of a content list)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.text or "" for part in content if getattr(part, "text", None))


def last_user_message(messages: list[ChatMessage]) -> str:
    for message in reversed(messages):
        if message.role == "user":
            return message_text(message.content)
    return message_text(messages[-1].content) if messages else ""
