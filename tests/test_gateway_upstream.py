"""The gateway's upstream client against real TCP servers on loopback that misbehave on purpose:
keep-alive reuse, stale sockets, chunked and byte-by-byte bodies, EOF-delimited bodies,
truncation, timeouts, refusals, oversized answers, unbuffered streams — and the gateway's 502
when the upstream is down."""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
import uuid

import openai
import pytest
from sqlalchemy import select

from distillguard.config import Settings
from distillguard.gateway import accounts, upstream
from distillguard.gateway.app import create_app
from distillguard.gateway.models import Event
from distillguard.gateway.upstream import UpstreamPool, UpstreamUnavailable
from distillguard.store.db import get_database
from distillguard.testing import free_port, serve_in_thread

OK = b'{"ok": true}'


def response(body: bytes = OK, extra: bytes = b"") -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n" + extra + b"\r\n" + body)


class RawServer:
    """A loopback TCP server whose per-connection behaviour is an async function."""

    def __init__(self, handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []

    async def __aenter__(self) -> str:
        async def on_connect(reader, writer):
            self.connections += 1
            try:
                await self.handler(self, reader, writer)
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                writer.close()

        self.server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/v1"

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def read_request(self, reader) -> bytes:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        body = await reader.readexactly(length)
        self.requests.append(head + body)
        return body


async def keep_alive(server, reader, writer):
    while True:
        body = await server.read_request(reader)
        writer.write(response(body))
        await writer.drain()


def run(coro):
    return asyncio.run(coro)


def test_keep_alive_connection_is_reused_and_headers_are_sent():
    srv = RawServer(keep_alive)

    async def main():
        async with srv as url:
            backend = UpstreamPool(url, api_key="sk-upstream")
            for i in range(5):
                reply = await backend.post("/chat/completions", json.dumps({"i": i}).encode())
                assert reply.status == 200 and json.loads(reply.content) == {"i": i}
            await backend.close()

    run(main())
    assert srv.connections == 1
    first = srv.requests[0]
    assert first.startswith(b"POST /v1/chat/completions HTTP/1.1\r\n")
    assert b"Authorization: Bearer sk-upstream\r\n" in first
    assert b"Host: 127.0.0.1:" in first


def test_stale_keep_alive_socket_is_retried_on_a_fresh_connection():
    async def one_then_drop(server, reader, writer):
        body = await server.read_request(reader)
        writer.write(response(body))  # says keep-alive...
        await writer.drain()
        await server.read_request(reader)  # ...but drops the next request unanswered

    srv = RawServer(one_then_drop)

    async def main():
        async with srv as url:
            backend = UpstreamPool(url)
            for i in range(3):
                reply = await backend.post("/completions", json.dumps({"i": i}).encode())
                assert json.loads(reply.content) == {"i": i}
            await backend.close()

    run(main())
    assert srv.connections == 3  # requests 2 and 3 each went again on a fresh connection


def test_chunked_body_split_byte_by_byte():
    async def chunked(server, reader, writer):
        await server.read_request(reader)
        raw = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        for i in range(len(raw)):
            writer.write(raw[i:i + 1])
            await writer.drain()

    async def main():
        async with RawServer(chunked) as url:
            backend = UpstreamPool(url)
            reply = await backend.post("/completions", b"{}")
            await backend.close()
            return reply

    reply = run(main())
    assert reply.status == 200 and reply.content == b"hello world"


def test_body_delimited_by_connection_close():
    async def eof_body(server, reader, writer):
        await server.read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end")
        await writer.drain()

    async def main():
        async with RawServer(eof_body) as url:
            backend = UpstreamPool(url)
            return await backend.post("/completions", b"{}")

    assert run(main()).content == b"until the end"


def test_truncated_answer_is_an_error_not_retried():
    async def truncated(server, reader, writer):
        await server.read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part")
        await writer.drain()

    srv = RawServer(truncated)

    async def main():
        async with srv as url:
            backend = UpstreamPool(url)
            with pytest.raises(UpstreamUnavailable):
                await backend.post("/completions", b"{}")

    run(main())
    assert len(srv.requests) == 1


def test_invalid_http_timeout_refused_and_oversized(monkeypatch):
    async def garbage(server, reader, writer):
        await server.read_request(reader)
        writer.write(b"SMTP ready\r\n\r\n")
        await writer.drain()
        await asyncio.sleep(1)

    async def silent(server, reader, writer):
        await server.read_request(reader)
        await asyncio.sleep(5)

    async def huge(server, reader, writer):
        await server.read_request(reader)
        writer.write(response(b"x" * 5000))
        await writer.drain()

    monkeypatch.setattr(upstream, "MAX_BODY", 1000)

    async def main():
        async with RawServer(garbage) as url:
            with pytest.raises(UpstreamUnavailable, match="invalid HTTP"):
                await UpstreamPool(url).post("/completions", b"{}")
        async with RawServer(silent) as url:
            loop = asyncio.get_running_loop()
            start = loop.time()
            with pytest.raises(UpstreamUnavailable, match="no answer"):
                await UpstreamPool(url, timeout=0.3).post("/completions", b"{}")
            assert loop.time() - start < 2
        with pytest.raises(UpstreamUnavailable, match="cannot connect"):
            await UpstreamPool(f"http://127.0.0.1:{free_port()}/v1").post("/completions", b"{}")
        async with RawServer(huge) as url:
            with pytest.raises(UpstreamUnavailable, match="larger than 1000"):
                await UpstreamPool(url).post("/completions", b"{}")

    run(main())


def test_stream_yields_lines_as_they_arrive_and_abandoned_stream_is_not_reused():
    gates: list[asyncio.Event] = []

    async def serve(server, reader, writer):
        while True:
            await server.read_request(reader)
            if b"/v1/completions" in server.requests[-1].split(b"\r\n", 1)[0]:
                writer.write(response())
                await writer.drain()
                continue
            gate = asyncio.Event()
            gates.append(gate)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
            first = b'data: {"n": 1}\n\n'
            writer.write(hex(len(first))[2:].encode() + b"\r\n" + first + b"\r\n")
            await writer.drain()
            await gate.wait()  # the rest only after the client has seen the first line
            rest = b'data: {"n": 2}\n\ndata: [DONE]\n\n'
            writer.write(hex(len(rest))[2:].encode() + b"\r\n" + rest + b"\r\n0\r\n\r\n")
            await writer.drain()

    srv = RawServer(serve)

    async def main():
        async with srv as url:
            backend = UpstreamPool(url)
            lines = []
            async with backend.stream("/chat/completions", b"{}") as up:
                assert up.status == 200
                async for line in up.lines():
                    if line:
                        lines.append(line)
                    if line == 'data: {"n": 1}':
                        gates[-1].set()
            assert lines == ['data: {"n": 1}', 'data: {"n": 2}', "data: [DONE]"]
            assert (await backend.post("/completions", b"{}")).content == OK
            assert srv.connections == 1  # a finished stream's connection is reused
            async with backend.stream("/chat/completions", b"{}") as up:
                async for _ in up.lines():
                    break  # abandoned mid-stream: that socket must not be reused
            gates[-1].set()
            assert (await backend.post("/completions", b"{}")).content == OK
            assert srv.connections == 2
            await backend.close()

    run(main())


def test_stalled_stream_times_out_instead_of_hanging():
    async def stall(server, reader, writer):
        await server.read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"8\r\ndata: 1\n\r\n")
        await writer.drain()
        await asyncio.sleep(5)  # then nothing

    async def main():
        async with RawServer(stall) as url:
            backend = UpstreamPool(url, timeout=0.3)
            loop = asyncio.get_running_loop()
            start = loop.time()
            lines = []
            with pytest.raises(UpstreamUnavailable, match="idle"):
                async with backend.stream("/chat/completions", b"{}") as up:
                    async for line in up.lines():
                        lines.append(line)
            assert lines == ["data: 1"] and loop.time() - start < 2

    run(main())


def test_https_upstream_verified_against_the_configured_ca(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)

    async def main():
        server = await asyncio.start_server(
            lambda r, w: keep_alive(RawServer(None), r, w), "127.0.0.1", 0, ssl=server_ctx)
        port = server.sockets[0].getsockname()[1]
        try:
            trusted = UpstreamPool(f"https://localhost:{port}/v1", ca_file=str(cert))
            reply = await trusted.post("/completions", b'{"tls": 1}')
            assert reply.status == 200 and reply.content == b'{"tls": 1}'
            await trusted.close()
            with pytest.raises(UpstreamUnavailable, match="cannot connect"):
                await UpstreamPool(f"https://localhost:{port}/v1").post("/completions", b"{}")
        finally:
            server.close()

    run(main())


def test_gateway_answers_502_and_logs_the_event_when_upstream_is_down(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'gw.db'}"
    settings = Settings(
        database_url=db_url, admin_token="t", master_key_path=str(tmp_path / "master.json"),
        gateway={"local_model": False, "upstream_url": f"http://127.0.0.1:{free_port()}/v1",
                 "upstream_models": ["up"]})
    db = get_database(db_url)
    account_id, key = accounts.create_account(db, f"org-{uuid.uuid4().hex[:8]}", "US")
    with serve_in_thread(create_app(settings, db)) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=30)
        with pytest.raises(openai.APIStatusError) as err:
            client.chat.completions.create(model="up", messages=[{"role": "user", "content": "x"}])
    assert err.value.status_code == 502
    assert err.value.body["code"] == "upstream_error"
    with db.session() as s:
        (event,) = s.scalars(select(Event).where(Event.account_id == account_id)).all()
    assert event.status == 502
