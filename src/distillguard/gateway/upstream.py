"""An OpenAI-compatible server behind the gateway (vLLM, another gateway, the bench stub).

The gateway forwards each admitted request over a pool of keep-alive HTTP/1.1 connections:
asyncio protocols with `httptools` (the parser uvicorn uses) reading the responses. That is all
this hop needs — one fixed host, POST with a body, a status, headers and a (possibly chunked)
body — and it is the hop's cost that decides most of the gateway's added latency. Measured
with `python bench/upstream_client.py` (CPU per proxied call at 1 / 8 concurrent calls): this
pool 113 / 50 µs, aiohttp 234 / 107 µs, httpx on the aiohttp transport 603 / 315 µs, httpx on
httpcore 922 / 1,174 µs. Streams are relayed chunk by chunk as they arrive, never buffered whole.

Retry rule: a request is sent again (once, on a new connection) only when a *reused* connection
died before any byte of the response arrived — the upstream closed an idle keep-alive socket.
"""

from __future__ import annotations

import asyncio
import collections
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

import httptools

from distillguard.errors import DistillguardError

MAX_BODY = 64 << 20  # a non-streamed upstream answer larger than this is refused
MAX_IDLE = 256  # keep-alive connections kept open between bursts
PAUSE_AT = 1 << 20  # stop reading a stream from upstream while this much is unconsumed


class UpstreamUnavailable(Exception):
    """The upstream could not be reached, broke the connection or timed out (→ 502)."""


@dataclass
class UpstreamReply:
    status: int
    content: bytes


class _Connection(asyncio.Protocol):
    """One keep-alive connection; carries one exchange at a time."""

    reused: bool  # set when the pool keeps it for another exchange

    def __init__(self) -> None:
        # Set by connection_made, which the loop calls before create_connection returns the
        # protocol: every other method runs with a transport, so it is typed as always present.
        self.transport: asyncio.Transport = cast("asyncio.Transport", None)
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self._reset()

    def _reset(self) -> None:
        loop = asyncio.get_running_loop()
        self.headers_done: asyncio.Future[int] = loop.create_future()
        self.done: asyncio.Future[None] = loop.create_future()
        self.chunks: collections.deque[bytes] = collections.deque()
        self.buffered = 0
        self.got_bytes = False
        self.keep_alive = False
        self.framed = False  # Content-Length or chunked: the end is known without EOF
        self.paused = False
        self.wakeup: asyncio.Future[None] | None = None
        self.limit: int | None = MAX_BODY

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast("asyncio.Transport", transport)  # a stream transport: TCP or TLS

    def data_received(self, data: bytes) -> None:
        self.got_bytes = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(UpstreamUnavailable(f"invalid HTTP from upstream ({exc})"))
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if exc is None and self.headers_done.done() and not self.framed:
            self.on_message_complete()  # a body delimited by the end of the connection
        self._fail(UpstreamUnavailable("upstream closed the connection"))

    # httptools callbacks
    def on_header(self, name: bytes, _value: bytes) -> None:
        if name.lower() in (b"content-length", b"transfer-encoding"):
            self.framed = True

    def on_headers_complete(self) -> None:
        self.keep_alive = self.parser.should_keep_alive()
        if not self.headers_done.done():
            self.headers_done.set_result(self.parser.get_status_code())

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)
        self.buffered += len(body)
        if self.limit is not None and self.buffered > self.limit:
            self._fail(UpstreamUnavailable(f"upstream answer larger than {self.limit} bytes"))
            self.transport.close()
            return
        if self.limit is None and self.buffered > PAUSE_AT and not self.paused:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if not self.done.done():
            self.done.set_result(None)
        self._wake()

    # helpers
    def _wake(self) -> None:
        if self.wakeup is not None and not self.wakeup.done():
            self.wakeup.set_result(None)

    def _fail(self, exc: Exception) -> None:
        for fut in (self.headers_done, self.done):
            if not fut.done():
                fut.set_exception(exc)
                fut.exception()  # retrieved: a stream may never await `done`
        self._wake()

    def take(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        self.buffered = 0
        if self.paused and not self.closed:  # a stream's reader caught up
            self.paused = False
            self.transport.resume_reading()
        return data

    async def next_chunk(self, idle_timeout: float) -> bytes | None:
        """Body bytes as they arrive (streams); None at the end of the message. A stream that
        sends nothing for `idle_timeout` seconds is treated as a dead upstream."""
        while not self.chunks:
            if self.done.done():
                self.done.result()  # raises if the connection failed
                return None
            self.wakeup = asyncio.get_running_loop().create_future()
            try:
                async with asyncio.timeout(idle_timeout):
                    await self.wakeup
            except TimeoutError:
                self.transport.close()
                raise UpstreamUnavailable(f"upstream stream idle for {idle_timeout:g} s") from None
        return self.take()


class UpstreamStream:
    """An open streaming response: its status, and its body as lines."""

    def __init__(self, conn: _Connection, status: int, idle_timeout: float) -> None:
        self._conn = conn
        self.status = status
        self.idle_timeout = idle_timeout

    async def read(self) -> bytes:
        await self._conn.done
        return self._conn.take()

    async def lines(self) -> AsyncIterator[str]:
        pending = b""
        while True:
            chunk = await self._conn.next_chunk(self.idle_timeout)
            if chunk is None:
                break
            pending += chunk
            *complete, pending = pending.split(b"\n")
            for line in complete:
                yield line.decode("utf-8", "replace").rstrip("\r")
        if pending:
            yield pending.decode("utf-8", "replace").rstrip("\r")


class UpstreamPool:
    """Keep-alive HTTP/1.1 connections to one OpenAI-compatible base URL, with its API key
    (the transport under `gateway.relay.OpenAIUpstream`)."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 600.0,
                 connect_timeout: float = 10.0, ca_file: str | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise DistillguardError(f"gateway.upstream_url must be an http(s) URL, got {url!r}")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.ssl = None
        if parts.scheme == "https":
            try:
                self.ssl = ssl.create_default_context()  # the system's CAs...
                if ca_file:
                    self.ssl.load_verify_locations(cafile=ca_file)  # ...plus an internal one
            except (OSError, ssl.SSLError) as exc:
                raise DistillguardError(f"gateway.upstream_ca_file {ca_file!r}: {exc}") from None
        self.base_path = parts.path.rstrip("/")
        default_port = self.port == (443 if self.ssl else 80)
        host_header = self.host if default_port else f"{self.host}:{self.port}"
        if ":" in self.host:  # IPv6 literal
            host_header = f"[{self.host}]" if default_port else f"[{self.host}]:{self.port}"
        head = (f"Host: {host_header}\r\nContent-Type: application/json\r\n"
                "User-Agent: distillguard-gateway\r\nConnection: keep-alive\r\n")
        if api_key:
            head += f"Authorization: Bearer {api_key}\r\n"
        self._head = head.encode("latin-1")
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self._idle: collections.deque[_Connection] = collections.deque()

    def _request_bytes(self, path: str, body: bytes) -> bytes:
        if path not in ("/chat/completions", "/completions"):
            raise DistillguardError(f"unknown upstream path {path!r}")
        return b"".join((b"POST ", (self.base_path + path).encode("latin-1"), b" HTTP/1.1\r\n",
                         self._head, b"Content-Length: ", str(len(body)).encode(),
                         b"\r\n\r\n", body))

    async def _connect(self) -> _Connection:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.connect_timeout):
                _, conn = await loop.create_connection(
                    _Connection, self.host, self.port, ssl=self.ssl,
                    server_hostname=self.host if self.ssl else None)
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            raise UpstreamUnavailable(f"cannot connect ({type(exc).__name__})") from None
        return conn

    async def _send(self, path: str, body: bytes) -> tuple[_Connection, int]:
        """Write the request; returns the connection and the response status."""
        payload = self._request_bytes(path, body)
        while self._idle:
            conn = self._idle.pop()
            if conn.closed or conn.transport.is_closing():
                continue
            conn._reset()
            try:
                conn.transport.write(payload)
                return conn, await conn.headers_done
            except UpstreamUnavailable:
                conn.transport.close()
                if conn.got_bytes:
                    raise
                # a stale keep-alive socket the upstream had closed: try a fresh one
            except BaseException:
                conn.transport.close()
                raise
        conn = await self._connect()
        try:
            conn.transport.write(payload)
            return conn, await conn.headers_done
        except BaseException:
            conn.transport.close()
            raise

    def _release(self, conn: _Connection) -> None:
        if conn.keep_alive and not conn.closed and len(self._idle) < MAX_IDLE:
            conn.reused = True
            self._idle.append(conn)
        elif not conn.closed:
            conn.transport.close()

    async def post(self, path: str, body: bytes) -> UpstreamReply:
        """Non-streaming call → status and the whole body."""
        conn = None
        try:
            async with asyncio.timeout(self.timeout):
                conn, status = await self._send(path, body)
                await conn.done
        except TimeoutError:
            if conn is not None:
                conn.transport.close()
            raise UpstreamUnavailable(f"no answer within {self.timeout:g} s") from None
        reply = UpstreamReply(status, conn.take())
        self._release(conn)
        return reply

    @asynccontextmanager
    async def stream(self, path: str, body: bytes) -> AsyncIterator[UpstreamStream]:
        """Streaming call: `async with pool.stream(...) as upstream`. `timeout` bounds the wait
        for the headers and then each silence between chunks, not the whole stream (a long
        generation may legitimately stream for minutes)."""
        try:
            async with asyncio.timeout(self.timeout):
                conn, status = await self._send(path, body)
        except TimeoutError:
            raise UpstreamUnavailable(f"no answer within {self.timeout:g} s") from None
        conn.limit = None if status == 200 else MAX_BODY  # an error answer is read whole
        try:
            yield UpstreamStream(conn, status, self.timeout)
        finally:
            if conn.done.done() and conn.done.exception() is None:
                self._release(conn)
            elif not conn.closed:
                conn.transport.close()  # abandoned mid-stream: the socket can't be reused

    async def close(self) -> None:
        while self._idle:
            conn = self._idle.pop()
            if not conn.closed:
                conn.transport.close()
