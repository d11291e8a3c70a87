"""A response's head and body leave in one socket write (gateway/onewrite.py), through the
gateway served exactly as `distillguard serve` configures uvicorn — and nothing is delayed or
lost where no body write follows the head at once (streams, `100 Continue`, errors)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from distillguard.config import Settings
from distillguard.gateway import accounts, onewrite
from distillguard.gateway.app import create_app
from distillguard.store.db import get_database
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread
from helpers import served_like_serve

HI = [{"role": "user", "content": "Say hi."}]


class _Recorder:
    """The real transport, with every write it is given kept (in order) for the test."""

    def __init__(self, transport: Any, log: list[list[bytes]]) -> None:
        self._transport = transport
        self.writes: list[bytes] = []
        log.append(self.writes)

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))
        self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


@pytest.fixture(params=["httptools", "h11"])
def served(request, tmp_path, monkeypatch) -> Iterator[tuple[str, str, list[list[bytes]]]]:
    """(base URL, API key, per-request lists of socket writes) of a gateway under uvicorn as
    `serve` runs it (server_config), in front of a stub upstream; with each of uvicorn's HTTP
    protocols (`serve` takes h11 where httptools is not installed)."""
    from distillguard.gateway import cli

    monkeypatch.setattr(cli, "_http", lambda: request.param)

    cycles: list[list[bytes]] = []
    real_init = onewrite.HeadWithBody.__init__

    def recording_init(self, transport, loop):  # type: ignore[no-untyped-def]
        real_init(self, _Recorder(transport, cycles), loop)

    monkeypatch.setattr(onewrite.HeadWithBody, "__init__", recording_init)
    with serve_in_thread(make_stub()) as stub_url:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'onewrite.db'}", admin_token="ow-admin",
            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                     "upstream_models": [STUB_MODEL]})
        db = get_database(settings.database_url)
        app = create_app(settings, db)
        _, key = accounts.create_account(db, "One Write Co", "US")
        with served_like_serve(app) as url:
            yield url, key, cycles


def test_each_response_is_one_write(served):
    url, key, cycles = served
    client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
    for i in range(5):
        reply = client.chat.completions.create(model=STUB_MODEL, messages=[
            {"role": "user", "content": f"Say hi, number {i}."}])
        assert reply.choices[0].message.content
    bad = openai.OpenAI(base_url=url + "/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model=STUB_MODEL, messages=HI)
    answered = [w for w in cycles if w]
    assert len(answered) == 6
    for writes in answered:
        assert len(writes) == 1, [w[:40] for w in writes]  # head and body together
        head, _, body = writes[0].partition(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        assert len(body) == length  # the whole body, nothing held back
    assert answered[-1][0].startswith(b"HTTP/1.1 401")


def test_a_stream_still_streams_and_arrives_whole(served):
    url, key, cycles = served
    client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
    chunks = list(client.chat.completions.create(model=STUB_MODEL, messages=HI, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    # read to the end of the chunked body (the openai client may hang up after [DONE])
    with httpx.stream("POST", url + "/v1/chat/completions", timeout=30,
                      headers={"authorization": f"Bearer {key}"},
                      json={"model": STUB_MODEL, "messages": HI, "stream": True}) as reply:
        assert reply.status_code == 200
        events = b"".join(reply.iter_bytes()).count(b"data: ")
    writes = [w for w in cycles if w][-1]
    # the head goes with the first chunk, or alone when that chunk is not there yet (timing)
    assert writes[0].startswith(b"HTTP/1.1 200") and all(writes) and len(writes) > 1
    assert writes[-1].endswith(b"0\r\n\r\n")  # the chunked end, written last
    assert events == len(chunks) + 1 == b"".join(writes).count(b"data: ")  # and [DONE]


def test_100_continue_is_sent_before_the_body_arrives(served):
    """The interim `100 Continue` is a cycle's first write with no body write after it in the
    same loop iteration (the server then waits for the client): it must go out on its own."""
    url, key, _ = served
    port = int(url.rsplit(":", 1)[1])
    body = (b'{"model": "' + STUB_MODEL.encode() + b'", "messages": '
            b'[{"role": "user", "content": "Say hi."}]}')
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n"
                     b"content-type: application/json\r\nexpect: 100-continue\r\n"
                     b"authorization: Bearer " + key.encode() + b"\r\n"
                     b"content-length: " + str(len(body)).encode() + b"\r\n\r\n")
        interim = sock.recv(65536)
        assert interim.startswith(b"HTTP/1.1 100 Continue")
        sock.sendall(body)
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            assert chunk, reply
            reply += chunk
        assert reply.startswith(b"HTTP/1.1 200")
