"""`distillguard serve --workers N`: real processes on loopback, PostgreSQL and Redis.

- kill -9 one of two workers under load: every acknowledged request (a 200 with its
  x-request-id) has exactly one event row, none is duplicated, and the worker is replaced;
- a limit of K requests per minute across both workers admits exactly K;
- /metrics from any worker reports the sum over workers (checked against each worker's files);
- SIGTERM drains requests in flight, commits their events and removes the metrics directory;
- a worker that cannot reach PostgreSQL at start exits with one line and the other serves on;
- --workers 2 on SQLite, or without Redis, is refused with the reason; /readyz names what is down.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import openai
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from distillguard.gateway import accounts
from distillguard.gateway.health import CACHE_S
from distillguard.gateway.models import Event
from distillguard.store.db import get_database
from distillguard.testing import STUB_MODEL as MODEL
from distillguard.testing import free_port, make_stub, scratch_postgres, serve_in_thread
from helpers import assert_one_line_error, clear_redis_namespace, cli

BODY = {"model": MODEL, "messages": [{"role": "user", "content": "hello"}]}


# -- helpers -------------------------------------------------------------------------------------

def children(pid: int) -> list[int]:
    """The worker processes of the supervisor `pid` (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def worker_requests(metrics_dir: Path, pid: int) -> float:
    """Requests one worker counted, read from that worker's own metrics file only."""
    path = metrics_dir / f"counter_{pid}.db"
    if not path.exists():
        return 0.0
    return sum(s.value for m in MultiProcessCollector.merge([str(path)])
               for s in m.samples if s.name == "distillguard_requests_total")


def scraped(url: str) -> dict[str, float]:
    """/metrics as {"requests:<status>": n, "rate_limited": n}, scraped on a new connection."""
    out: dict[str, float] = {}
    for family in text_string_to_metric_families(httpx.get(f"{url}/metrics").text):
        for s in family.samples:
            if s.name == "distillguard_requests_total":
                key = f"requests:{s.labels['status']}"
                out[key] = out.get(key, 0.0) + s.value
            elif s.name == "distillguard_rate_limited_total":
                out["rate_limited"] = s.value
    return out


class Cluster:
    """`distillguard serve --workers 2` as a subprocess; its stderr collected line by line."""

    def __init__(self, config: Path, home: Path, env: dict[str, str] | None = None,
                 workers: int = 2) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "distillguard.cli", "serve", "--config", str(config),
             "--port", str(self.port), "--workers", str(workers)],
            env={**os.environ, "DISTILLGUARD_HOME": str(home), **(env or {})},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    def stderr(self) -> str:
        return "\n".join(self.lines)

    def pids(self) -> list[int]:
        return children(self.proc.pid)

    def wait_ready(self, metrics_dir: Path, timeout: float = 90.0) -> list[int]:
        """Until every worker has built its app (its metrics file exists) and /readyz is 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited {self.proc.returncode}: {self.stderr()}")
            pids = self.pids()
            if (len(pids) == self.workers
                    and all((metrics_dir / f"counter_{p}.db").exists() for p in pids)):
                try:
                    if all(httpx.get(f"{self.url}/readyz", timeout=5).status_code == 200
                           for _ in range(4)):
                        return pids
                except httpx.HTTPError:
                    pass
            time.sleep(0.1)
        raise AssertionError(f"workers not ready: {self.stderr()}")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self._reader.join(timeout=5)


@contextmanager
def stack(request, tmp_path: Path, *, rpm: int = 100000, upstream=None,
          db_port: int | None = None):
    """A scratch PostgreSQL database, a stub upstream, an account and a config for 2 workers."""
    namespace = f"dg:test:{uuid.uuid4().hex[:8]}"
    redis_url = request.getfixturevalue("redis_url")
    with ExitStack() as es:
        db_url = es.enter_context(scratch_postgres(request.getfixturevalue("postgres_url"),
                                                   "dg_gw_workers"))
        stub_url = es.enter_context(serve_in_thread(upstream or make_stub()))
        es.callback(clear_redis_namespace, redis_url, namespace)
        db = get_database(db_url)
        _, key = accounts.create_account(db, "Workers Co", "US")
        policy = tmp_path / "policy.toml"
        policy.write_text(f"[tiers.standard]\nrequests_per_minute = {rpm}\n"
                          "tokens_per_minute = 100000000\n", encoding="utf-8")
        served_url = db_url
        if db_port is not None:  # the gateway reaches PostgreSQL through a proxy
            served_url = make_url(db_url).set(port=db_port).render_as_string(
                hide_password=False)
        config = tmp_path / "config.toml"
        config.write_text(
            f'database_url = "{served_url}"\nredis_url = "{redis_url}"\nadmin_token = "t"\n'
            f'policy_path = "{policy}"\n[gateway]\nlocal_model = false\n'
            f'upstream_url = "{stub_url}/v1"\nupstream_models = ["{MODEL}"]\n'
            f'redis_namespace = "{namespace}"\nshutdown_timeout_s = 20\n', encoding="utf-8")
        yield db, key, config


def _load(url: str, key: str, kind: str, acked: list[str], stop: threading.Event) -> None:
    """Requests until `stop`; a failed one (its worker was killed) is simply not acknowledged.
    "plain" requests open a new connection each time ("Connection: close"), so the kernel keeps
    choosing a worker: keep-alive connections alone can all land on one worker and stay there
    (seen once in CI: the victim never served a request)."""
    headers = {"Authorization": f"Bearer {key}"}
    if kind == "plain":
        headers["Connection"] = "close"
    oai = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=10)
    with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
        while not stop.is_set():
            try:
                if kind == "openai":
                    raw = oai.chat.completions.with_raw_response.create(
                        model=MODEL, messages=[{"role": "user", "content": "hi"}])
                    if raw.http_response.status_code == 200 and raw.parse().choices:
                        acked.append(raw.headers["x-request-id"])
                elif kind == "stream":
                    with client.stream("POST", "/v1/chat/completions",
                                       json={**BODY, "stream": True}) as r:
                        body = b"".join(r.iter_bytes())
                        if r.status_code == 200 and body.endswith(b"data: [DONE]\n\n"):
                            acked.append(r.headers["x-request-id"])
                else:
                    r = client.post("/v1/chat/completions", json=BODY)
                    if r.status_code == 200:
                        acked.append(r.headers["x-request-id"])
            except (httpx.HTTPError, openai.APIError):
                time.sleep(0.01)


def _wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


# -- tests ---------------------------------------------------------------------------------------

def test_kill_9_one_of_two_workers_every_acknowledged_request_logged_exactly_once(
        request, tmp_path):
    metrics_dir = tmp_path / "metrics"
    with stack(request, tmp_path) as (db, key, config):
        cluster = Cluster(config, tmp_path / "home", {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
        try:
            victim, survivor = cluster.wait_ready(metrics_dir)
            acked: list[str] = []
            stop = threading.Event()
            kinds = ["openai", "plain", "stream", "plain", "openai", "stream"]
            threads = [threading.Thread(target=_load, args=(cluster.url, key, k, acked, stop))
                       for k in kinds]
            for t in threads:
                t.start()
            _wait(lambda: len(acked) >= 150 and worker_requests(metrics_dir, victim) > 0, 40,
                  "load on both workers")
            os.kill(victim, signal.SIGKILL)  # mid-load, no shutdown at all
            at_kill = len(acked)
            _wait(lambda: len(acked) >= at_kill + 150, 40, "load after the kill")
            stop.set()
            for t in threads:
                t.join(timeout=20)
            _wait(lambda: len(cluster.pids()) == 2 and victim not in cluster.pids(), 30,
                  "the killed worker's replacement")
            assert survivor in cluster.pids()
            assert "was killed by SIGKILL; restarting" in cluster.stderr()
            with db.session() as s:
                counts = dict(s.execute(select(Event.request_id, func.count())
                                        .group_by(Event.request_id)).all())
            assert len(acked) == len(set(acked)) >= 300
            missing = [rid for rid in acked if rid not in counts]
            assert not missing, f"{len(missing)} acknowledged requests have no event"
            duplicated = {rid: n for rid, n in counts.items() if n != 1}
            assert not duplicated, f"events logged more than once: {duplicated}"
        finally:
            assert cluster.stop() == 0, cluster.stderr()


def test_rate_limit_shared_across_workers_and_metrics_summed(request, tmp_path):
    k = 6  # GCRA refills one request per 10 s: the burst below must take less
    metrics_dir = tmp_path / "metrics"
    with stack(request, tmp_path, rpm=k) as (_db, key, config):
        cluster = Cluster(config, tmp_path / "home", {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
        try:
            pids = cluster.wait_ready(metrics_dir)
            statuses: list[int] = []
            # a new connection each time ("Connection: close"): the kernel picks the worker
            headers = {"Authorization": f"Bearer {key}", "Connection": "close"}

            def burst() -> None:
                with httpx.Client(timeout=10, headers=headers) as c:
                    for _ in range(6):
                        statuses.append(c.post(f"{cluster.url}/v1/chat/completions",
                                               json=BODY).status_code)

            def served() -> list[float]:
                return [worker_requests(metrics_dir, p) for p in pids]

            threads = [threading.Thread(target=burst) for _ in range(5)]
            t0 = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
            # the kernel hands each new connection to whichever worker accepts first: on a busy machine
            # one may take all 30, so more requests follow, still inside the window, until both have
            # served (a worker answering only 429s proves the bucket is shared just as well)
            with httpx.Client(timeout=10, headers=headers) as c:
                for _ in range(200):
                    if all(n > 0 for n in served()):
                        break
                    statuses.append(c.post(f"{cluster.url}/v1/chat/completions", json=BODY).status_code)
            took = time.monotonic() - t0
            sent = len(statuses)
            assert took < 60 / k, f"the burst took {took:.1f} s: the bucket refilled meanwhile"
            assert statuses.count(200) == k, statuses
            assert statuses.count(429) == sent - k >= 24
            per_worker = served()
            assert all(n > 0 for n in per_worker), per_worker  # both workers served
            assert sum(per_worker) == sent
            for _ in range(6):  # whichever worker answers, it reports the sum over both
                got = scraped(cluster.url)
                assert got["requests:200"] == k, got
                assert got["requests:429"] == sent - k, got
                assert got["rate_limited"] == sent - k, got
        finally:
            assert cluster.stop() == 0, cluster.stderr()


def _slow(delay: float):
    """The stub upstream, answering completions only after `delay` seconds."""
    inner = make_stub()

    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"].endswith("completions"):
            await asyncio.sleep(delay)
        await inner(scope, receive, send)

    return app


def test_sigterm_drains_requests_in_flight_and_removes_metrics_dir(request, tmp_path):
    with stack(request, tmp_path, upstream=_slow(2.0)) as (db, key, config):
        cluster = Cluster(config, tmp_path / "home")
        _wait(lambda: len(cluster.pids()) == 2, 30, "two workers")
        pid = cluster.pids()[0]
        metrics_dir = Path(dict(
            kv.split("=", 1) for kv in Path(f"/proc/{pid}/environ").read_text().split("\0")
            if "=" in kv)["PROMETHEUS_MULTIPROC_DIR"])
        assert metrics_dir.stat().st_mode & 0o077 == 0  # private: mkdtemp's 0700
        cluster.wait_ready(metrics_dir)
        results: list[tuple[int, str]] = []

        def call() -> None:
            r = httpx.post(f"{cluster.url}/v1/chat/completions", json=BODY,
                           headers={"Authorization": f"Bearer {key}"}, timeout=30)
            results.append((r.status_code, r.headers.get("x-request-id", "")))

        threads = [threading.Thread(target=call) for _ in range(6)]
        for t in threads:
            t.start()
        time.sleep(0.8)  # all six are waiting on the upstream
        cluster.proc.send_signal(signal.SIGTERM)

        def refused() -> bool:  # no longer accepting: refused, not queued unserved
            try:
                httpx.get(f"{cluster.url}/healthz", timeout=2)
            except httpx.ConnectError:
                return True
            except (httpx.ReadError, httpx.RemoteProtocolError):
                pass  # accepted as the worker stopped, closed unanswered (never processed)
            return False

        _wait(refused, 5, "new connections to be refused")
        for t in threads:
            t.join(timeout=30)
        assert cluster.stop() == 0, cluster.stderr()
        assert sorted(s for s, _ in results) == [200] * 6, (results, cluster.stderr())
        with db.session() as s:
            logged = set(s.scalars(select(Event.request_id)))
        assert {rid for _, rid in results} <= logged
        assert not metrics_dir.exists()


class PostgresProxy:
    """A TCP forwarder in front of PostgreSQL that can refuse new connections (a database that
    is down for new clients) while the connections it already forwards keep working."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.refuse = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            if self.refuse:
                conn.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self.open += [conn, upstream]
            for a, b in ((conn, upstream), (upstream, conn)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut_all(self) -> None:
        for s in self.open:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self.listener.close()
        self.cut_all()


def test_worker_that_cannot_reach_postgres_fails_alone_with_one_line(request, tmp_path):
    metrics_dir = tmp_path / "metrics"
    pg_port = make_url(request.getfixturevalue("postgres_url")).port or 5432
    proxy = PostgresProxy(pg_port)
    try:
        with stack(request, tmp_path, db_port=proxy.port) as (_db, key, config):
            cluster = Cluster(config, tmp_path / "home",
                              {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)})
            try:
                victim, survivor = cluster.wait_ready(metrics_dir)
                proxy.refuse = True  # PostgreSQL is now unreachable for new connections
                os.kill(victim, signal.SIGKILL)
                _wait(lambda: "cannot reach the database" in cluster.stderr(), 30,
                      "the replacement's error line")
                errors = [ln for ln in cluster.lines if ln.startswith("error: worker")]
                assert "cannot reach the database postgresql+psycopg://distillguard:***@" \
                       in errors[0], errors
                assert "Traceback" not in cluster.stderr()
                _wait(lambda: "exited with code 1; restarting in" in cluster.stderr(), 10,
                      "the supervisor noting the failed start")
                for _ in range(20):  # the other worker serves on, alone
                    r = httpx.post(f"{cluster.url}/v1/chat/completions", json=BODY,
                                   headers={"Authorization": f"Bearer {key}"}, timeout=10)
                    assert r.status_code == 200, r.text
                assert cluster.pids() and survivor in cluster.pids()
                assert cluster.proc.poll() is None
                proxy.refuse = False  # the database is back: the next retry serves
                pids = cluster.wait_ready(metrics_dir, timeout=60)
                assert survivor in pids and len(pids) == 2
                proxy.refuse = True
                proxy.cut_all()  # and gone for everyone: not ready, and says what
                time.sleep(CACHE_S + 0.2)  # past the answer /readyz keeps for a second
                r = httpx.get(f"{cluster.url}/readyz", timeout=10)
                assert r.status_code == 503
                assert r.json() == {"ready": False, "checks": {
                    "backends": "ok", "database": "unreachable", "redis": "ok"}}
                assert httpx.get(f"{cluster.url}/healthz").status_code == 200
            finally:
                cluster.stop()
    finally:
        proxy.close()


def test_workers_refused_on_sqlite_and_without_redis(tmp_path, postgres_url):
    proc = cli("serve", "--workers", "2", "--port", free_port(), check=False)
    assert_one_line_error(proc, "--workers 2 needs PostgreSQL", "sqlite")
    config = tmp_path / "pg.toml"
    config.write_text(f'database_url = "{postgres_url}"\n', encoding="utf-8")
    proc = cli("serve", "--workers", "3", "--config", config, check=False)
    assert_one_line_error(proc, "--workers 3 needs redis_url", "3 times its quota")


def test_readyz_single_process_names_what_is_down(tmp_path):
    from distillguard.config import Settings
    from distillguard.gateway.app import create_app
    from distillguard.testing import ServerThread

    dead_redis = f"redis://127.0.0.1:{free_port()}/0"
    for redis_url, status, checks in (
            ("", 200, {"backends": "ok", "database": "ok"}),
            (dead_redis, 503, {"backends": "ok", "database": "ok", "redis": "unreachable"})):
        settings = Settings(database_url=f"sqlite:///{tmp_path / 'gw.db'}",
                            redis_url=redis_url, admin_token="t",
                            gateway={"local_model": False})
        with ServerThread(create_app(settings)) as server:
            r = httpx.get(f"{server.url}/readyz", timeout=10)
            assert (r.status_code, r.json()) == (status, {"ready": status == 200,
                                                          "checks": checks})
            assert r.headers["cache-control"] == "no-store"
            assert httpx.get(f"{server.url}/healthz").json() == {"ok": True}
