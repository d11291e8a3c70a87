"""Request bodies of the OpenAI-compatible API (validated, and published in the OpenAPI schema).

Unknown fields are accepted and passed through to an upstream backend, as OpenAI clients send
many optional parameters; the ones the local backend uses are typed and range-checked here.
"""

from __future__ import annotations

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
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class _Sampling(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    max_tokens: int | None = Field(default=None, ge=1, le=1_000_000)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, ge=0.0, le=1.0)
    n: int | None = Field(default=None, ge=1, le=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    seed: int | None = None
    user: str | None = Field(default=None, max_length=256)
    stop: str | list[str] | None = None


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1, max_length=1024)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=1_000_000)


class CompletionRequest(_Sampling):
    prompt: str | list[str] = Field(max_length=1_000_000)


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
