"""kill -9 the gateway under load: every request that got a 2xx has its event after restart.

The gateway commits the event before it sends the response (for streams: before `[DONE]`), so
a client can only have seen success for a request whose event is already durable.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import nullcontext

import httpx
import pytest
from sqlalchemy import select

from distillguard.gateway import accounts
from distillguard.gateway.models import Event
from distillguard.store.db import get_database
from distillguard.testing import STUB_MODEL as MODEL
from distillguard.testing import free_port, make_stub, scratch_postgres, serve_in_thread

BODY = {"model": MODEL, "messages": [{"role": "user", "content": "hello"}]}


def _start(config, port: int, home) -> subprocess.Popen:
    env = {**os.environ, "DISTILLGUARD_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "distillguard.cli", "serve", "--config", str(config),
         "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gateway exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("gateway did not start")


def _load(url: str, key: str, stream: bool, acked: list[str], stop: threading.Event) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
        while not stop.is_set():
            try:
                if stream:
                    with client.stream("POST", "/v1/chat/completions",
                                       json={**BODY, "stream": True}) as r:
                        body = b"".join(r.iter_bytes())
                        if r.status_code == 200 and body.endswith(b"data: [DONE]\n\n"):
                            acked.append(r.headers["x-request-id"])
                else:
                    r = client.post("/v1/chat/completions", json=BODY)
                    if 200 <= r.status_code < 300:
                        acked.append(r.headers["x-request-id"])
            except httpx.HTTPError:
                return  # the server is gone


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_kill_9_under_load_loses_no_acknowledged_event(backend, request, tmp_path):
    if backend == "postgres":
        ctx = scratch_postgres(request.getfixturevalue("postgres_url"), "dg_gw_dur")
    else:
        ctx = nullcontext(f"sqlite:///{tmp_path / 'gw.db'}")
    with ctx as db_url, serve_in_thread(make_stub()) as stub_url:
        db = get_database(db_url)
        _, key = accounts.create_account(db, "Load Co", "US")
        policy = tmp_path / "policy.toml"  # quota large enough never to rate limit the load
        policy.write_text("[tiers.standard]\nrequests_per_minute = 100000\n"
                          "tokens_per_minute = 100000000\n", encoding="utf-8")
        config = tmp_path / "config.toml"
        config.write_text(
            f'database_url = "{db_url}"\nadmin_token = "t"\npolicy_path = "{policy}"\n'
            f'[gateway]\nlocal_model = false\nupstream_url = "{stub_url}/v1"\n'
            f'upstream_models = ["{MODEL}"]\n', encoding="utf-8")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = _start(config, port, tmp_path / "home")
        acked: list[str] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_load, args=(url, key, i % 2 == 1, acked, stop))
                   for i in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while len(acked) < 80 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # mid-load, no shutdown
        proc.wait()
        stop.set()
        for t in threads:
            t.join(timeout=15)
        assert len(acked) >= 80
        restarted = _start(config, port, tmp_path / "home")
        try:
            with db.session() as s:
                logged = set(s.scalars(select(Event.request_id).where(Event.status == 200)))
            missing = [rid for rid in acked if rid not in logged]
            assert not missing, f"{len(missing)} acknowledged requests have no event"
            assert httpx.post(f"{url}/v1/chat/completions", json=BODY,
                              headers={"Authorization": f"Bearer {key}"}).status_code == 200
        finally:
            restarted.terminate()
            restarted.wait(timeout=30)
