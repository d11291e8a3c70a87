"""Reasoning hygiene: take a model's chain of thought out of what an account is served.

Plain functions on plain dicts (the OpenAI wire shapes), so every backend — the local model,
an OpenAI-compatible upstream, a vLLM upstream — cleans its output the same way and each rule
is unit-tested without a server (the layout of synthid-text's `logits_processing.py`: the
math apart from the framework glue). A chain of thought leaves a model in two ways:

- inline, as a `<think>…</think>` (or `<reasoning>`, …) block in the text, removed with
  `policy.reasoning_guard.strip_reasoning`;
- in a separate field, `reasoning_content` (DeepSeek, vLLM's reasoning parsers) or `reasoning`
  (OpenRouter, some vLLM versions), dropped whole.

A stream is cleaned per choice (`ChunkStripper`, one `StreamStripper` per choice index): each
stripper re-runs `strip_reasoning` on everything its choice received so far and emits only the
new, stable part. Text from the last "<" on is held back until it can no longer be the start of
a tag, so a split "<thi" + "nk>" never leaks. Known limit: an orphan closing tag ("…</think>"
with no opening tag) cannot retract text already sent, so only the part after it is cleaned.
"""

from __future__ import annotations

from typing import Any

from distillguard.policy.reasoning_guard import strip_reasoning

HOLD = 64  # longest tag we must be able to see whole
REASONING_FIELDS = ("reasoning_content", "reasoning")


def strip_text(text: str) -> str:
    """One whole text without its reasoning blocks."""
    return strip_reasoning(text)


def _holder(choice: Any, chat: bool, delta: bool) -> tuple[dict[str, Any] | None, str]:
    """The dict that carries a choice's text and the text's key: the message (or the stream
    delta) for chat, the choice itself for text completions."""
    if not isinstance(choice, dict):
        return None, ""
    if not chat:
        return choice, "text"
    holder = choice.get("delta" if delta else "message")
    return (holder if isinstance(holder, dict) else None), "content"


def strip_completion(data: dict[str, Any], chat: bool) -> None:
    """Remove reasoning from a non-streamed completion body, in place: the reasoning fields of
    each chat message, and reasoning blocks inside each choice's text."""
    for choice in data.get("choices") or ():
        holder, key = _holder(choice, chat, delta=False)
        if holder is None:
            continue
        for name in REASONING_FIELDS:
            holder.pop(name, None)
        text = holder.get(key)
        if isinstance(text, str):
            holder[key] = strip_reasoning(text)


def completion_texts(data: dict[str, Any], chat: bool) -> list[str]:
    """The text of each choice of a non-streamed completion body (what the event log keeps)."""
    texts = []
    for choice in data.get("choices") or ():
        holder, key = _holder(choice, chat, delta=False)
        text = holder.get(key) if holder is not None else None
        texts.append(text if isinstance(text, str) else "")
    return texts


def chunk_texts(chunk: dict[str, Any], chat: bool) -> list[str]:
    """The text pieces one stream chunk carries, one per choice that has text."""
    texts = []
    for choice in chunk.get("choices") or ():
        holder, key = _holder(choice, chat, delta=True)
        text = holder.get(key) if holder is not None else None
        if isinstance(text, str):
            texts.append(text)
    return texts


class StreamStripper:
    """One choice's text as it arrives in pieces: `feed` each piece, send what it returns, and
    `finish` once at the end for whatever was held back."""

    def __init__(self) -> None:
        self.raw = ""
        self.sent = ""

    def feed(self, piece: str) -> str:
        """Add a piece of model output; returns the text that is safe to send now."""
        self.raw += piece
        return self._emit(final=False)

    def finish(self) -> str:
        """The end of the text: returns the rest that is safe to send."""
        return self._emit(final=True)

    def _emit(self, final: bool) -> str:
        clean = strip_reasoning(self.raw)
        if not final:
            cut = clean.rfind("<")
            if cut != -1 and len(clean) - cut <= HOLD:
                clean = clean[:cut]
            # An open reasoning block in progress leaves nothing new to send.
        if not clean.startswith(self.sent):
            # strip_reasoning trims whitespace when it removes a block: realign on that.
            stripped_sent = self.sent.strip()
            if stripped_sent and clean.startswith(stripped_sent):
                out = clean[len(stripped_sent):]
                self.sent = stripped_sent + out
                return out
            return ""
        out = clean[len(self.sent):]
        self.sent = clean
        return out


class ChunkStripper:
    """Cleans a stream of OpenAI completion chunks in place, one `StreamStripper` per choice.

    A choice's held-back text is flushed into the chunk that carries its `finish_reason` (even
    when that chunk has no text of its own); `finish` returns what is still held for choices
    whose stream ended without one.
    """

    def __init__(self, chat: bool) -> None:
        self.chat = chat
        self.strippers: dict[int, StreamStripper] = {}

    def feed(self, chunk: dict[str, Any]) -> None:
        """Drop the reasoning fields and reasoning text from one chunk, in place."""
        for choice in chunk.get("choices") or ():
            holder, key = _holder(choice, self.chat, delta=True)
            if holder is None:
                continue
            for name in REASONING_FIELDS:
                holder.pop(name, None)
            index = choice.get("index", 0)
            text = holder.get(key)
            if isinstance(text, str):
                stripper = self.strippers.get(index)
                if stripper is None:
                    stripper = self.strippers[index] = StreamStripper()
                holder[key] = text = stripper.feed(text)
            if choice.get("finish_reason"):
                stripper = self.strippers.pop(index, None)
                tail = stripper.finish() if stripper is not None else ""
                if tail:
                    holder[key] = (text if isinstance(text, str) else "") + tail

    def finish(self) -> dict[int, str]:
        """Held-back text of the choices that never saw a `finish_reason`, by choice index."""
        tails = {index: s.finish() for index, s in self.strippers.items()}
        self.strippers.clear()
        return {index: tail for index, tail in tails.items() if tail}
