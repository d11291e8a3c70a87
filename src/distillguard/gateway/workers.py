"""`distillguard serve --workers N`: N gateway processes on one listening socket.

A small supervisor rather than uvicorn's own `workers=`: uvicorn's supervisor stops *every*
worker when one fails at start-up (exit code 3: "the app is broken, restarting will not help"),
but a worker that cannot reach PostgreSQL for a moment must fail alone while the others keep
serving; it also pickles its Config into each child, and `serve`'s HTTP protocol (the header
timeout) is a class built at run time. Here the parent binds the socket once, starts each
worker as a fresh `python -m distillguard.gateway.workers` that inherits the socket's file
descriptor and builds the app itself, and restarts a worker that dies — at once if it had been
serving, with a growing pause (1 s … 30 s) if it keeps failing at start, so a database outage
does not become a fork loop. Every worker accepts from the same socket, so a connection the
kernel has queued survives a worker's death (`kill -9`) and is served by another.

Shared state: N processes means N rate-limit tables and N databases unless the state is
shared, so N > 1 needs PostgreSQL (a SQLite file is one writer's database) and Redis (per-process
limits would let an account through N times its quota). Metrics go through prometheus_client's
multiprocess mode in a private directory (`PROMETHEUS_MULTIPROC_DIR`, made 0700 and emptied at
start, removed at exit when `serve` made it). SIGTERM or SIGINT to the parent: each worker gets
one SIGTERM, stops accepting, finishes its in-flight requests (at most `shutdown_timeout_s`),
commits the events still queued and exits; the parent waits for all of them. Workers die with
the parent (Linux `PR_SET_PDEATHSIG`) if the parent is killed outright.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillguard.config import Settings
from distillguard.errors import DistillguardError
from distillguard.gateway.metrics import MULTIPROC_ENV

STABLE_S = 10.0  # a worker that served this long before dying is restarted at once
BACKOFF_S = (1.0, 30.0)  # first and longest pause before restarting a worker that keeps failing
POLL_S = 0.2
BACKLOG = 2048


def check_shared_state(settings: Settings, workers: int) -> None:
    """N > 1 processes must share their database and rate limits: refuse what cannot."""
    if workers <= 1:
        return
    from distillguard.store.db import redact

    url = settings.resolved_database_url
    if not url.startswith("postgresql"):
        raise DistillguardError(
            f"--workers {workers} needs PostgreSQL: the database is {redact(url)}, and a SQLite "
            "file serves one gateway process (set database_url = \"postgresql+psycopg://…\", "
            "or use --workers 1)")
    if not settings.redis_url:
        raise DistillguardError(
            f"--workers {workers} needs redis_url: rate limits kept in each process would let "
            f"an account through {workers} times its quota (set redis_url = \"redis://…\")")


def database_error(url: str, exc: BaseException) -> str:
    """One line for a database that cannot be reached or used (no password, no traceback)."""
    from distillguard.store.db import redact

    orig = getattr(exc, "orig", None) or exc
    reason = str(orig).strip().splitlines()[0][:300] if str(orig).strip() else type(orig).__name__
    return f"cannot reach the database {redact(url)}: {reason}"


def prepare_shared(settings: Settings) -> None:
    """In the parent, once: migrate the schema (so N workers never race to) and check Redis."""
    from sqlalchemy.exc import SQLAlchemyError

    from distillguard.store.db import get_database

    url = settings.resolved_database_url
    try:
        get_database(url)
    except SQLAlchemyError as exc:
        raise DistillguardError(database_error(url, exc)) from None
    import redis

    client = redis.Redis.from_url(settings.redis_url, socket_timeout=5,
                                  socket_connect_timeout=5)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise DistillguardError(f"cannot reach redis at {_redact_redis(settings.redis_url)}: "
                                f"{str(exc).splitlines()[0][:200] if str(exc) else exc}") from None
    finally:
        client.close()


def _redact_redis(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def metrics_dir() -> tuple[Path, bool]:
    """The multiprocess metrics directory, emptied: the operator's `PROMETHEUS_MULTIPROC_DIR`
    (only its `*.db` files are removed), else a new private temporary one. Returns (path,
    whether `serve` made it and must remove it)."""
    given = os.environ.get(MULTIPROC_ENV)
    if not given:
        return Path(tempfile.mkdtemp(prefix="distillguard-metrics-")), True
    path = Path(given)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        for stale in path.glob("*.db"):  # an earlier run's counters must not be added again
            stale.unlink()
    except OSError as exc:
        raise DistillguardError(f"{MULTIPROC_ENV}={given}: {exc.strerror or exc}") from None
    return path, False


def bind(host: str, port: int) -> socket.socket:
    """The listening socket every worker accepts from (IPv6 when `host` is an IPv6 address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise DistillguardError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


@dataclass
class Slot:
    """One worker position: its current process, and when to start the next one."""

    index: int
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restart_at: float = 0.0
    backoff: float = 0.0


class Supervisor:
    """Starts N workers, restarts the ones that die, and stops them all on SIGTERM/SIGINT."""

    def __init__(self, workers: int, sock: socket.socket, config: str | None,
                 env: dict[str, str], grace_s: float, metrics: Path | None = None) -> None:
        self.slots = [Slot(i + 1) for i in range(workers)]
        self.sock = sock
        self.config = config
        self.env = env
        self.grace_s = grace_s
        self.metrics = metrics
        self.stopping = False

    def command(self, slot: Slot) -> list[str]:
        cmd = [sys.executable, "-m", "distillguard.gateway.workers", "--fd",
               str(self.sock.fileno()), "--index", str(slot.index), "--parent", str(os.getpid())]
        return cmd + (["--config", self.config] if self.config else [])

    def start(self, slot: Slot) -> None:
        # Its own process group: a terminal's Ctrl-C reaches the parent only, which then sends
        # each worker exactly one SIGTERM (uvicorn takes a second signal as "exit now").
        slot.proc = subprocess.Popen(self.command(slot), env=self.env,
                                     pass_fds=(self.sock.fileno(),), process_group=0)
        slot.started_at = time.monotonic()

    def run(self) -> int:
        previous = {sig: signal.signal(sig, self._on_signal)
                    for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            for slot in self.slots:
                self.start(slot)
            while not self.stopping:
                self.tick()
                time.sleep(POLL_S)
            return self.stop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _on_signal(self, _sig: int, _frame: Any) -> None:
        self.stopping = True

    def tick(self) -> None:
        """Reap workers that exited and start the ones whose pause is over."""
        now = time.monotonic()
        for slot in self.slots:
            if slot.proc is not None:
                code = slot.proc.poll()
                if code is None:
                    continue
                self._forget(slot.proc.pid)
                if now - slot.started_at >= STABLE_S:
                    slot.backoff = 0.0
                else:
                    slot.backoff = min(BACKOFF_S[1], max(BACKOFF_S[0], slot.backoff * 2))
                slot.restart_at = now + slot.backoff
                print(f"worker {slot.index} (pid {slot.proc.pid}) {_how(code)}; restarting in "
                      f"{slot.backoff:.0f} s", file=sys.stderr, flush=True)
                slot.proc = None
            if slot.proc is None and now >= slot.restart_at and not self.stopping:
                self.start(slot)

    def stop(self) -> int:
        """One SIGTERM to each worker; wait while they drain; SIGKILL what is left after.
        The parent's copy of the socket closes first: once the workers close theirs, new
        connections are refused (the load balancer moves on) instead of queueing unserved."""
        self.sock.close()
        live = [s.proc for s in self.slots if s.proc is not None and s.proc.poll() is None]
        for proc in live:
            try:
                proc.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + self.grace_s + 10
        for proc in live:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                print(f"worker pid {proc.pid} did not stop in time; killing it", file=sys.stderr,
                      flush=True)
                proc.kill()
                proc.wait()
        return 0

    def _forget(self, pid: int) -> None:
        """A dead worker's live gauges leave the sums (its counters stay: they never go down)."""
        if self.metrics is None:
            return
        from prometheus_client import multiprocess

        try:
            multiprocess.mark_process_dead(  # type: ignore[no-untyped-call]
                pid, str(self.metrics))
        except OSError:
            pass


def _how(code: int) -> str:
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def run_workers(settings: Settings, config: str | None, workers: int) -> int:
    """`serve --workers N` (N > 1): check, migrate, bind, then supervise until a signal."""
    from distillguard.gateway.state import GatewayOptions

    check_shared_state(settings, workers)
    options = GatewayOptions.from_settings(settings)  # a bad [gateway] table fails here, once
    prepare_shared(settings)
    sock = bind(settings.host, settings.port)
    metrics, made = metrics_dir()
    env = {**os.environ, MULTIPROC_ENV: str(metrics)}
    print(f"distillguard gateway on http://{settings.host}:{settings.port} "
          f"({workers} workers)", file=sys.stderr, flush=True)
    try:
        return Supervisor(workers, sock, config, env, float(options.shutdown_timeout_s),
                          metrics).run()
    finally:
        sock.close()
        if made:
            shutil.rmtree(metrics, ignore_errors=True)


# -- one worker ------------------------------------------------------------------------------

def _die_with_parent(parent: int) -> None:
    """Linux: SIGTERM this worker when the supervisor dies (even by kill -9), so no orphan
    keeps serving a socket nobody supervises; a parent already gone means exit now."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != parent:
        raise SystemExit(1)


def worker_main(argv: list[str] | None = None) -> int:
    """A worker: build the app, serve the inherited socket until SIGTERM. Any failure before
    serving is one `error:` line and exit code 1 (the supervisor retries later)."""
    parser = argparse.ArgumentParser(prog="distillguard-worker")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--config")
    args = parser.parse_args(argv)
    _die_with_parent(args.parent)
    from sqlalchemy.exc import SQLAlchemyError

    from distillguard.config import load_settings

    settings: Settings | None = None
    try:
        settings = load_settings(args.config)
        import uvicorn

        from distillguard.gateway.app import create_app
        from distillguard.gateway.cli import server_config

        app = create_app(settings)
        server = uvicorn.Server(server_config(app, settings.host, 0))  # the socket is bound
    except DistillguardError as exc:
        return _fail(args.index, str(exc))
    except SQLAlchemyError as exc:
        url = settings.resolved_database_url if settings is not None else "?"
        return _fail(args.index, database_error(url, exc))
    except Exception as exc:  # noqa: BLE001 - one line for the operator, never a traceback
        return _fail(args.index, f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
                     if str(exc) else type(exc).__name__)
    sock = socket.socket(fileno=args.fd)
    server.run(sockets=[sock])
    if not server.started:
        return _fail(args.index, "start-up failed (see the log above)")
    return 0


def _fail(index: int, message: str) -> int:
    print(f"error: worker {index} (pid {os.getpid()}): {message}", file=sys.stderr, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(worker_main())
