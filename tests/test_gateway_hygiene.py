"""Reasoning hygiene on plain dicts (`gateway.hygiene`), then through the upstream relay
(`gateway.relay.OpenAIUpstream`) against the stub upstream sending its chain of thought in
`reasoning_content` / `reasoning` fields and inline."""

from __future__ import annotations

import asyncio
import copy
import json
from types import SimpleNamespace

import pytest

from distillguard.gateway.hygiene import (
    ChunkStripper,
    StreamStripper,
    chunk_texts,
    completion_texts,
    strip_completion,
    strip_text,
)
from distillguard.gateway.relay import OpenAIUpstream
from distillguard.gateway.schemas import ChatCompletionRequest, CompletionRequest
from distillguard.gateway.upstream import UpstreamPool
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread

SECRET = "secret chain of thought"
ANSWER = "Paris is the capital of France."


def chat_body(*contents: str, **message_fields) -> dict:
    return {"id": "x", "object": "chat.completion", "choices": [
        {"index": i, "message": {"role": "assistant", "content": c, **message_fields},
         "finish_reason": "stop"} for i, c in enumerate(contents)]}


# -- whole completions ---------------------------------------------------------------------------

def test_strip_text_removes_inline_blocks():
    assert strip_text(f"<think>{SECRET}</think>{ANSWER}") == ANSWER
    assert strip_text(ANSWER) == ANSWER


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_strip_completion_drops_reasoning_fields(field):
    data = chat_body(ANSWER, **{field: SECRET})
    strip_completion(data, chat=True)
    message = data["choices"][0]["message"]
    assert field not in message and message["content"] == ANSWER
    assert SECRET not in json.dumps(data)


def test_strip_completion_cleans_every_choice():
    data = chat_body(f"<think>{SECRET}</think>{ANSWER}", "plain", f"<reasoning>{SECRET}</reasoning>B",
                     reasoning_content=SECRET)
    strip_completion(data, chat=True)
    assert completion_texts(data, chat=True) == [ANSWER, "plain", "B"]
    assert SECRET not in json.dumps(data)


def test_strip_completion_text_completions_and_odd_shapes():
    data = {"choices": [{"index": 0, "text": f"<think>{SECRET}</think>{ANSWER}"},
                        {"index": 1, "text": None}, "not a choice", {"index": 2}]}
    strip_completion(data, chat=False)
    assert completion_texts(data, chat=False) == [ANSWER, "", "", ""]
    empty: dict = {}
    strip_completion(empty, chat=True)  # no choices: nothing to do, no error
    assert completion_texts(empty, chat=True) == []
    no_message = {"choices": [{"index": 0, "message": None}]}
    strip_completion(no_message, chat=True)
    assert completion_texts(no_message, chat=True) == [""]


def test_content_none_with_reasoning_field_only():
    data = chat_body(None, reasoning_content=SECRET)  # a model that only "thought"
    strip_completion(data, chat=True)
    assert data["choices"][0]["message"] == {"role": "assistant", "content": None}


# -- streams -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pieces", "expected"), [
    (["Hello ", "<thi", "nk>secret ", "stuff</th", "ink> world"], "Hello world"),
    (["<reasoning>", "hidden", "</reasoning>", "Visible answer"], "Visible answer"),
    (["no tags at all, ", "just ", "text"], "no tags at all, just text"),
    (["a <", "b and c"], "a <b and c"),  # a "<" that starts no tag is sent in the end
])
def test_stream_stripper_never_leaks_reasoning(pieces, expected):
    stripper = StreamStripper()
    sent = [stripper.feed(p) for p in pieces] + [stripper.finish()]
    assert not any("secret" in s or "hidden" in s for s in sent)
    assert " ".join("".join(sent).split()) == expected


def delta_chunk(index: int, content: str | None = None, finish: str | None = None,
                **fields) -> dict:
    delta = {**({"content": content} if content is not None else {}), **fields}
    return {"id": "c", "object": "chat.completion.chunk", "model": "m",
            "choices": [{"index": index, "delta": delta, "finish_reason": finish}]}


def run_chunks(chunks: list[dict], chat: bool = True) -> tuple[dict[int, str], dict[int, str]]:
    """Feed chunks; returns (text sent per choice, text still held at the end per choice)."""
    stripper = ChunkStripper(chat)
    sent: dict[int, str] = {}
    for chunk in chunks:
        stripper.feed(chunk)
        for choice in chunk["choices"]:
            holder = choice["delta"] if chat else choice
            sent[choice["index"]] = sent.get(choice["index"], "") + (holder.get(
                "content" if chat else "text") or "")
    return sent, stripper.finish()


def test_chunk_stripper_tags_split_across_chunks_per_choice():
    # Two choices interleaved, each with its reasoning block split differently.
    chunks = [delta_chunk(0, "<thi"), delta_chunk(1, "One <reas"), delta_chunk(0, "nk>" + SECRET),
              delta_chunk(1, "oning>" + SECRET + "</reasoning> two"),
              delta_chunk(0, "</think>Zero"), delta_chunk(0, None, "stop"),
              delta_chunk(1, None, "stop")]
    sent, held = run_chunks(chunks)
    assert SECRET not in json.dumps(chunks)
    assert sent[0].strip() == "Zero" and " ".join(sent[1].split()) == "One two"
    assert held == {}


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_chunk_stripper_drops_reasoning_deltas(field):
    chunks = [delta_chunk(0, "", role="assistant", **{field: "secret "}),
              delta_chunk(0, None, **{field: "chain"}), delta_chunk(0, ANSWER),
              delta_chunk(0, None, "stop")]
    sent, _ = run_chunks(chunks)
    assert all(field not in c["choices"][0]["delta"] for c in chunks)
    assert sent[0] == ANSWER


def test_chunk_stripper_flushes_held_text_on_finish_without_text():
    # The final chunk has an empty delta: what was held back ("<") must still be sent there.
    chunks = [delta_chunk(0, "x <"), delta_chunk(0, None, "stop")]
    sent, held = run_chunks(chunks)
    assert sent[0] == "x <" and held == {}
    assert chunks[-1]["choices"][0]["delta"] == {"content": "<"}


def test_chunk_stripper_finish_returns_held_text_of_unfinished_choices():
    sent, held = run_chunks([delta_chunk(0, "a <"), delta_chunk(1, "b")])
    assert sent == {0: "a ", 1: "b"} and held == {0: "<"}


def test_chunk_stripper_text_completions_and_usage_chunks():
    chunks = [{"choices": [{"index": 0, "text": "<think>", "finish_reason": None}]},
              {"choices": [{"index": 0, "text": SECRET + "</think>ok", "finish_reason": "stop"}]},
              {"choices": [], "usage": {"prompt_tokens": 1}}]
    sent, _ = run_chunks(chunks, chat=False)
    assert sent == {0: "ok"}
    assert chunk_texts(chunks[1], chat=False) == ["ok"] and chunk_texts(chunks[2], False) == []


# -- through the relay ---------------------------------------------------------------------------

def call(chat: bool, stream: bool, strip: bool, include_usage: bool = False) -> SimpleNamespace:
    body: dict = {"model": STUB_MODEL, "stream": stream}
    if include_usage:
        body["stream_options"] = {"include_usage": True}
    if chat:
        body["messages"] = [{"role": "user", "content": "hi"}]
        parsed = ChatCompletionRequest.model_validate(body)
    else:
        body["prompt"] = "hi"
        parsed = CompletionRequest.model_validate(body)
    return SimpleNamespace(body=parsed, raw=json.dumps(body).encode(), chat=chat, prompt="hi",
                           account_id="acct", request_id="r", created=0, strip=strip)


async def relay(url: str, c: SimpleNamespace) -> tuple[bytes, str, int]:
    backend = OpenAIUpstream(UpstreamPool(url + "/v1"))
    try:
        if not c.body.stream:
            reply = await backend.complete(c)
            return reply.content, reply.text, reply.completion_tokens
        stream = await backend.stream(c)
        try:
            frames = b"".join([f async for f in stream])
        finally:
            await stream.aclose()
        return frames, stream.text, stream.completion_tokens
    finally:
        await backend.aclose()


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning", None])
@pytest.mark.parametrize("stream", [False, True])
def test_relay_strips_reasoning_fields_and_blocks(field, stream):
    stub = make_stub(reply=ANSWER, think=SECRET, reasoning_field=field, chunks=5)
    with serve_in_thread(stub) as url:
        body, text, tokens = asyncio.run(relay(url, call(True, stream, strip=True)))
        raw, raw_text, _ = asyncio.run(relay(url, call(True, stream, strip=False)))
    assert SECRET not in body.decode() and text.strip() == ANSWER and tokens > 0
    assert (field or "<think>") not in body.decode()
    # Allowed: relayed as the upstream sent it (an inline block may be split across chunks).
    if field is None:
        assert raw_text == f"<think>{SECRET}</think>{ANSWER}"
    else:
        assert SECRET in raw.decode()


def test_relay_text_completion_stream_and_usage():
    with serve_in_thread(make_stub(reply=ANSWER, think=SECRET)) as url:
        body, text, tokens = asyncio.run(relay(url, call(False, True, True, include_usage=True)))
        plain, _, _ = asyncio.run(relay(url, call(False, True, True)))
    frames = [json.loads(line[6:]) for line in body.decode().split("\n\n") if line]
    assert text.strip() == ANSWER and tokens == 4
    assert frames[-1]["usage"]["completion_tokens"] == 4 and frames[-1]["choices"] == []
    assert b'"usage"' not in plain  # asked for by the relay, not by the client: not passed on


def test_relay_does_not_modify_an_allowed_answer():
    with serve_in_thread(make_stub(reply=ANSWER)) as url:
        c = call(True, False, strip=False)
        body, _, _ = asyncio.run(relay(url, c))
    original = json.loads(body)
    cleaned = copy.deepcopy(original)
    strip_completion(cleaned, chat=True)
    assert cleaned == original  # nothing to strip: the same answer either way
