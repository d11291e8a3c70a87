"""Issue #12, the gateway's edge: NULs and lone surrogates refused everywhere (and a bad event row
never fails its batch), per-IP throttling before authentication with bounded refusal events,
forwarding chains over several header lines, the reasoning guard over every message and prompt,
slow clients, and the smaller items (per-mount body limit, OpenAPI off by default, rate state
per account, the request-field allow-list, a non-numeric DISTILLGUARD_PORT).

Everything runs against real servers on loopback (uvicorn, the stub upstream), real SQLite and
PostgreSQL databases and, where configured, Redis.
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import openai
import pytest
from sqlalchemy import func, select

from distillguard.config import Settings
from distillguard.gateway import accounts
from distillguard.gateway.app import create_app
from distillguard.gateway.edge import body_problem
from distillguard.gateway.events import EventLog
from distillguard.gateway.models import Event
from distillguard.store.db import Database, get_database
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread
from helpers import clear_redis_namespace, migrated_postgres

ADMIN = "edge-admin-token"
HI = [{"role": "user", "content": "Say hi."}]


@contextmanager
def gateway(db_url: str, redis_url: str = "", **options: Any) -> Iterator[dict[str, Any]]:
    """A live gateway (stub upstream only, no local model) on loopback."""
    namespace = f"dg:edge:{uuid.uuid4().hex[:10]}"
    with serve_in_thread(make_stub()) as stub_url:
        settings = Settings(
            database_url=db_url, redis_url=redis_url, admin_token=ADMIN,
            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                     "upstream_models": [STUB_MODEL], "cache_ttl_s": 0,
                     "redis_namespace": namespace, **options})
        db = get_database(db_url)
        app = create_app(settings, db)
        try:
            with serve_in_thread(app) as url:
                yield {"url": url, "db": db, "app": app, "events": app.state.gateway.events}
        finally:
            if redis_url:
                clear_redis_namespace(redis_url, namespace)


@pytest.fixture
def gw(tmp_path):
    with gateway(f"sqlite:///{tmp_path / 'gw.db'}") as g:
        yield g


def stored_events(g: dict[str, Any]) -> list[Event]:
    g["events"].flush()
    with g["db"].session() as s:
        return list(s.scalars(select(Event).order_by(Event.id)))


def chat(g: dict[str, Any], key: str | None, body: dict[str, Any] | bytes,
         headers: dict[str, str] | None = None) -> httpx.Response:
    hdrs = {"content-type": "application/json", **(headers or {})}
    if key:
        hdrs["authorization"] = f"Bearer {key}"
    content = body if isinstance(body, bytes) else httpx.Request(
        "POST", "http://x", json=body).content
    return httpx.post(f"{g['url']}/v1/chat/completions", content=content, headers=hdrs,
                      timeout=30)


# -- item 2: NULs and lone surrogates --------------------------------------------------------

@pytest.mark.parametrize(("body", "bad"), [
    (b'{"a": "x\x00y"}', True),
    (b'{"a": "x\\u0000y"}', True),
    (b'{"a": "x\\\\u0000y"}', False),  # an escaped backslash, then the text u0000
    (b'{"a": "x\\\\\\u0000y"}', True),  # escaped backslash, then a real \u0000
    (b'{"a": "\\ud800"}', True),  # a lone high surrogate
    (b'{"a": "\\udc00x"}', True),  # a lone low surrogate
    (b'{"a": "\\ud800\\u0041"}', True),  # a high surrogate followed by something else
    (b'{"a": "\\ud83d\\ude00"}', False),  # a proper pair (an emoji)
    (b'{"a": "\\u00e9 \\u2603"}', False),
    (b'{"a": "\xed\xa0\x80"}', True),  # a surrogate encoded as if UTF-8
    (b'{"a": "100%00 sure"}', False),  # %00 is text in JSON
])
def test_body_problem_finds_nuls_and_lone_surrogates_in_json(body, bad):
    assert (body_problem(body, b"application/json") is not None) is bad


def test_body_problem_finds_percent_encoded_nul_in_forms_only():
    assert body_problem(b"username=a%00b&password=x",
                        b"application/x-www-form-urlencoded") is not None
    assert body_problem(b"username=a%2500b", b"application/x-www-form-urlencoded") is None


def _raw_request(url: str, request: bytes) -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


@pytest.mark.parametrize("where", ["path", "query", "header", "body-raw", "body-escape",
                                   "body-surrogate"])
@pytest.mark.parametrize("mount", ["/v1/chat/completions", "/admin/accounts", "/console/login",
                                   "/taxii2/"])
def test_nul_anywhere_is_a_400_in_the_mounts_error_format(gw, mount, where):
    _, key = accounts.create_account(gw["db"], "Nul Co", "US")
    token = ADMIN if mount.startswith("/admin") else key
    path, headers = mount, {"authorization": f"Bearer {token}"}
    body = b'{"model": "stub-model", "messages": [{"role": "user", "content": "hi"}]}'
    if where == "path":
        path = mount + "%00x"
    elif where == "query":
        path = mount + "?q=a%00b"
    elif where == "header":
        headers["x-note"] = "a%00b"
    elif where == "body-raw":
        body = body.replace(b"hi", b"h\x00i")
    elif where == "body-escape":
        body = body.replace(b"hi", b"h\\u0000i")
    else:
        body = body.replace(b"hi", b"h\\udfffi")
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = (f"POST {path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
               f"content-length: {len(body)}\r\nconnection: close\r\n{head}\r\n").encode() + body
    status, content = _raw_request(gw["url"], request)
    assert status == 400, (mount, where, content[:300])
    data = httpx.Response(200, content=content).json()
    if mount.startswith("/taxii2"):
        assert data["http_status"] == "400" and data["description"]
    elif mount.startswith("/console"):
        assert data["error"]["code"] == 400
    else:
        assert data["error"]["code"] == "invalid_characters"
        assert set(data["error"]) >= {"message", "type", "code"}


def test_a_raw_nul_in_a_header_never_reaches_the_app(gw):
    status, _ = _raw_request(gw["url"], b"GET /v1/models HTTP/1.1\r\nhost: x\r\n"
                             b"x-note: a\x00b\r\nconnection: close\r\n\r\n")
    assert status == 400


def test_escaped_backslash_u0000_is_served_as_text(gw):
    _, key = accounts.create_account(gw["db"], "Text Co", "US")
    body = (b'{"model": "stub-model", "messages": [{"role": "user", '
            b'"content": "what does \\\\u0000 mean in JSON?"}]}')
    response = chat(gw, key, body)
    assert response.status_code == 200, response.text
    assert stored_events(gw)[-1].prompt == "what does \\u0000 mean in JSON?"


def test_nul_flood_never_fails_a_customer_on_postgres(postgres_url):
    """An unauthenticated client sending NULs while a customer works: the customer sees only
    200s and every one of its requests is logged (PostgreSQL rejects NUL text)."""
    with migrated_postgres(postgres_url, "dg_edge") as db, \
            gateway(db.url, ip_refusals_per_minute=0) as g:
        account_id, key = accounts.create_account(g["db"], "Customer Co", "US")
        bad = b'{"model": "stub-model", "messages": [{"role": "user", "content": "\\u0000"}]}'
        statuses: list[int] = []

        def flood() -> None:
            with httpx.Client(timeout=30) as c:
                for _ in range(40):
                    statuses.append(c.post(f"{g['url']}/v1/chat/completions", content=bad,
                                           headers={"content-type": "application/json"},
                                           params={"q": "x"}).status_code)

        thread = threading.Thread(target=flood)
        thread.start()
        client = openai.OpenAI(base_url=g["url"] + "/v1", api_key=key, max_retries=0)
        for _ in range(20):
            client.chat.completions.create(model=STUB_MODEL, messages=HI)
        thread.join()
        assert set(statuses) == {400}
        served = [e for e in stored_events(g) if e.account_id == account_id]
        assert [e.status for e in served] == [200] * 20


def _bad_row_batch(log: EventLog, bad: dict[str, Any]) -> list[Any]:
    good = [{"request_id": f"good-{i}", "ip": "10.0.0.1", "endpoint": "chat.completions",
             "status": 200, "prompt": f"fine {i}"} for i in range(6)]
    rows = good[:3] + [{"request_id": "bad", "ip": "10.0.0.1", "endpoint": "chat.completions",
                        "status": 200, **bad}] + good[3:]

    async def main() -> list[Any]:
        return await asyncio.gather(*(log.write(r) for r in rows), return_exceptions=True)

    return asyncio.run(main())


def _request_ids(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Event.request_id)))


BAD_ROWS = {
    "sqlite": [{"prompt_tokens": 2**70}],  # no SQLite INTEGER holds it
    "postgres": [{"prompt_tokens": 2**70}, {"prompt": "a\x00b"}, {"prompt": "\ud800"}],
}


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_bad_row_fails_alone_not_its_batch(backend, tmp_path, request):
    """Rows committed in one batch with a row the database refuses are still stored."""
    if backend == "sqlite":
        cm: Any = _sqlite_db(tmp_path)
    else:
        cm = migrated_postgres(request.getfixturevalue("postgres_url"), "dg_edge")
    with cm as db:
        log = EventLog(db)
        try:
            for n, bad in enumerate(BAD_ROWS[backend]):
                results = _bad_row_batch(log, bad)
                assert isinstance(results[3], Exception)
                assert [r for i, r in enumerate(results) if i != 3] == [None] * 6
                log.flush()
                ids = _request_ids(db)
                assert {f"good-{i}" for i in range(6)} <= ids and "bad" not in ids
                with db.session() as s:
                    assert s.scalar(select(func.count(Event.id))) == 6 * (n + 1)
        finally:
            log.close()


@contextmanager
def _sqlite_db(tmp_path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'events.db'}")
    db.migrate()
    try:
        yield db
    finally:
        db.engine.dispose()


def test_a_staged_row_the_database_refuses_does_not_block_the_mover(tmp_path):
    """SQLite staging accepts what the main table refuses (status NOT NULL): the mover skips
    that row and moves the others."""
    with _sqlite_db(tmp_path) as db:
        log = EventLog(db)
        try:
            rows = [{"request_id": "before", "ip": "1", "endpoint": "e", "status": 200},
                    {"request_id": "bad", "ip": "1", "endpoint": "e", "status": None},
                    {"request_id": "after", "ip": "1", "endpoint": "e", "status": 200}]

            async def main() -> None:
                for row in rows:
                    await log.write(row)

            asyncio.run(main())
            log.flush(timeout=5)
            assert _request_ids(db) == {"before", "after"}
        finally:
            log.close()
