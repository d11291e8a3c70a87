"""Helpers only the test suite uses (no tests here). Servers, free ports, the stub upstream and
scratch PostgreSQL databases are in `distillguard.testing` (demo and bench use them too)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from distillguard.testing import scratch_postgres

# a small simulated log for the monitor's engine and state tests: 3 days, a release on day 1.5,
# two campaign families among 120 ordinary accounts (fast on both engines)
SMALL_MONITOR_SIM = {
    "benign_accounts": 120,
    "campaigns": 2,
    "campaign_accounts": 30,
    "seed": 5,
    "days": 3.0,
    "release_day": 1.5,
    "families": ["cot_coercion", "preference_pairs"],
}

if TYPE_CHECKING:
    import subprocess

    from distillguard.store.db import Database


def write_country_mmdb(path: str | Path, networks: dict[str, str]) -> Path:
    """A GeoIP2-Country style .mmdb mapping each CIDR to an ISO country code (needs the
    `[dev]` extra's mmdb-writer)."""
    from mmdb_writer import MMDBWriter
    from netaddr import IPSet

    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type="GeoIP2-Country")
    for cidr, country in networks.items():
        writer.insert_network(IPSet([cidr]), {"country": {"iso_code": country}})
    writer.to_db_file(str(path))
    return Path(path)


def clear_redis_namespace(redis_url: str, namespace: str) -> None:
    """Delete every key a test's rate limiter wrote under `namespace`."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        for key in client.scan_iter(f"{namespace}:*"):
            client.delete(key)
    finally:
        client.close()


@contextmanager
def migrated_postgres(base_url: str, prefix: str = "dg_test") -> Iterator[Database]:
    """A fresh, migrated PostgreSQL `Database` next to `base_url`'s (dropped afterwards)."""
    from distillguard.store.db import Database

    with scratch_postgres(base_url, prefix) as url:
        db = Database(url)
        db.migrate()
        try:
            yield db
        finally:
            db.engine.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]  # fixture params


@contextmanager
def backend_database(request: Any, directory: Path, prefix: str = "dg_test") -> Iterator[Database]:
    """A fresh, migrated database for a fixture parametrised with BACKENDS: a SQLite file in
    `directory`, or a scratch PostgreSQL database next to the suite's (dropped afterwards)."""
    from distillguard.store.db import Database

    if request.param == "sqlite":
        db = Database(f"sqlite:///{directory / 'test.db'}")
        db.migrate()
        try:
            yield db
        finally:
            db.engine.dispose()
    else:
        with migrated_postgres(request.getfixturevalue("postgres_url"), prefix) as db:
            yield db


def cli(*args: object, check: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`distillguard ARGS…` as a subprocess (offline, one thread), asserting success if `check`;
    `env` adds variables (e.g. `embedding_cache_snapshot`'s)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", OMP_NUM_THREADS="1", **(env or {}))
    proc = subprocess.run([sys.executable, "-m", "distillguard.cli", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def embedding_cache_snapshot(root: Path) -> dict[str, str]:
    """Environment for subprocesses that read a frozen copy of the embedding cache as it is now.

    Why: scans compared with each other (with and without state, DuckDB against Spark) read the
    shared cache, to which other test workers add shards at any moment; a prompt embedded between
    two scans changes their MMD evidence (and a fresh float32 vector differs from its float16 copy
    in the cache). With a snapshot both scans see the same vectors."""
    import shutil

    from distillguard.monitor.embed import cache_path

    target = root / "embeddings"
    target.mkdir(parents=True, exist_ok=True)
    for shard in cache_path().glob("shard-*.npz"):  # complete shards only: writers rename into place
        shutil.copy2(shard, target / shard.name)
    return {"DISTILLGUARD_CACHE": str(root)}


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """A failed command printed exactly one `error:` line (containing `fragments`), no traceback."""
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@dataclass
class Proc:
    """What a shell sees of one in-process `distillguard` run."""

    returncode: int
    stdout: str
    stderr: str


def run_main(monkeypatch: Any, capsys: Any, *args: object, stdin: str | None = None) -> Proc:
    """`distillguard ARGS…` in process through the real entry point `distillguard.cli.main`
    (argv, stdin, stdout/stderr and exit status as a shell sees them)."""
    from distillguard import cli as entry

    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["distillguard", *map(str, args)])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    code = 0
    try:
        entry.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out = capsys.readouterr()
    return Proc(code, out.out, out.err)


def last_error_line(code: int, err: str) -> str:
    """The `error:` line a failed command ends with (a server thread may log before it)."""
    assert code != 0
    assert "Traceback" not in err
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert lines and lines[-1].startswith("error:"), err
    return lines[-1]


@contextmanager
def served_like_serve(app: Any) -> Iterator[str]:
    """`app` under uvicorn exactly as `distillguard serve` configures it, in a thread."""
    import threading
    import time

    import uvicorn

    from distillguard.gateway.cli import server_config
    from distillguard.testing import free_port

    port = free_port()
    config = server_config(app, "127.0.0.1", port)
    config.lifespan = "on"
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def resampling_log(path: Path) -> Path:
    """A JSONL log for the resampling signals (features.resample_features): 12 ordinary accounts
    (ShareGPT prompts, no repeats); a best-of-n harvester sending each of 20 new prompts 3 times
    back to back; an evaluation team (one organisation, two keys) sampling a 15-item bank 5 times
    per item, key A on days 1 and 3, key B on day 2; a lone evaluator re-running its own bank on
    two days. Exact repeats: the harvester 40/60 (under the 0.7 that `resample_evidence` leaves
    free), each evaluator 0.8 of its requests; fresh repeats (prompts the organisation sent in no
    other session): the harvester all 40, the evaluators none. A study (its own organisation) samples
    each of 10 items 5 times on the current model and 5 times on another, back to back in one sitting
    on the first day (so the other model is no release): 90 exact and fresh repeats, all of prompts
    sent to more than one model (the compared counts side model XC reads off) and all of a balanced
    comparison (5 copies on each model: the balanced counts side model XMB reads off). A stray-copy
    harvester (its own organisation) sends each of 20 new prompts 8 times back to back, the last copy
    to the other model (the model picked request by request): 140 exact and fresh repeats, all of
    prompts sent to two models, none of a balanced comparison (7 copies against 1). A dealing harvester
    (one organisation, keys dealt-0, -1 and -2) sends each of 20 new prompts 6 times 1.5 s apart, the
    copies dealt round-robin over its keys: each key 20 exact repeats of 40 requests and no fresh one
    (every prompt went out on three keys, so in three sessions); across the keys (the burst counts side
    model XMK reads) every copy but a prompt's first repeats one sent seconds before, in one burst:
    dealt-0 20, dealt-1 and dealt-2 40 each. Across keys the evaluators' repeats are as many as their
    exact ones and none is of a single burst (each bank comes back another day)."""
    import json

    from distillguard.data.sharegpt import prompts

    pool = [p for p in prompts() if 80 <= len(p) <= 600]
    t0 = 1_772_323_200.0  # 2026-03-01T00:00:00Z
    day = 86400.0
    rows: list[dict] = []

    def event(account: str, org: str, ts: float, prompt: str, n: int, model: str = "frontier-1") -> None:
        rows.append({"ts": ts, "account_id": account, "org_id": org, "ip": f"82.9.{n}.1",
                     "user_agent": "OpenAI/Python 1.54.0", "payment_fingerprint": f"pay-{org}",
                     "model": model, "prompt": prompt, "prompt_tokens": len(prompt) // 4,
                     "completion_tokens": 300, "status": 200})

    take = iter(pool)
    for u in range(12):  # ordinary users: a few sessions of distinct prompts
        for s in range(3):
            for k in range(4):
                event(f"user-{u}", f"org-user-{u}", t0 + s * day + u * 900 + k * 120, next(take), 10 + u)
    harvest = [next(take) for _ in range(20)]
    for i, prompt in enumerate(harvest):  # one burst per new prompt, never again
        for c in range(3):
            event("harvester", "org-harvester", t0 + 3600 + i * 300 + c * 1.5, prompt, 1)
    bank = [next(take) for _ in range(15)]
    for account, org, days, n in (("eval-a", "org-evals", (1, 3), 2), ("eval-b", "org-evals", (2,), 3),
                                  ("lone-eval", "org-lone", (1, 2), 4)):
        for d in days:
            for i, prompt in enumerate(bank):
                for c in range(5):
                    event(account, org, t0 + d * day + 7200 + i * 30 + c * 1.5, prompt, n)
    for i, prompt in enumerate([next(take) for _ in range(10)]):
        for c, model in enumerate(["frontier-1"] * 5 + ["frontier-0"] * 5):
            event("study", "org-study", t0 + 0.25 * day + i * 40 + c * 1.5, prompt, 5, model)
    for i, prompt in enumerate([next(take) for _ in range(20)]):
        for c in range(8):
            event("stray", "org-stray", t0 + 0.5 * day + i * 120 + c * 1.5, prompt, 6,
                  "frontier-0" if c == 7 else "frontier-1")
    for i, prompt in enumerate([next(take) for _ in range(20)]):
        for c in range(6):
            event(f"dealt-{c % 3}", "org-dealt", t0 + 0.75 * day + i * 120 + c * 1.5, prompt, 7)
    rows.sort(key=lambda r: r["ts"])
    with path.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    return path


RIDING_HARVEST = (
    "Solve the following problem. Before the final answer, write out your full chain of thought inside "
    "<reasoning> tags, every intermediate step: a tank holds {n} litres and drains 7 litres a minute; when is it empty?",
    "Generate 20 diverse instruction-response pairs for a supervised fine-tuning dataset about topic {n}, "
    "formatted as JSON lines with fields instruction and output.",
)


def riding_log(path: Path) -> Path:
    """A Parquet log for the sub-stream test (monitor/substream.py): a product key (700 requests, held-out
    ShareGPT chats) whose owner mixes in 10% harvest requests answered three times longer than its users'
    chats; a product key with the same share of harvest-shaped requests served like the rest; a light
    account (one request short of `substream.HEAVY_EVENTS`)."""
    import numpy as np
    import pyarrow as pa

    from distillguard.monitor.substream import HEAVY_EVENTS
    from distillguard.monitor.task_shape import sharegpt_reference
    from distillguard.sim.builder import write_events

    rng = np.random.default_rng(11)
    chats = sharegpt_reference("heldout")[:2000]
    rows: list[tuple] = []

    def add(account: str, n: int, shaped_share: float, shaped_median: float) -> None:
        for i in range(n):
            shaped = rng.random() < shaped_share
            prompt = RIDING_HARVEST[i % 2].format(n=i) if shaped else chats[int(rng.integers(len(chats)))]
            median = shaped_median if shaped else 320
            rows.append((1_700_000_000 + 60.0 * len(rows), account, f"org-{account}", "203.0.113.7", "sdk/1",
                         f"card-{account}", "m-1", prompt, 40, int(rng.lognormal(np.log(median), 0.5)), 200))

    add("riding", 700, 0.1, 1000)
    add("plain", 700, 0.1, 320)
    add("light", HEAVY_EVENTS - 1, 0.1, 1000)
    rows.sort(key=lambda r: r[0])
    names = ["ts", "account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt",
             "prompt_tokens", "completion_tokens", "status"]
    return write_events(pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)}), path)


def followup_log(path: Path) -> Path:
    """A JSONL log for machine-speed conversation (behaviour.followup_features): 30 people holding
    conversations (a short opening, then follow-ups 60–180 s after each answer, the context carried);
    a user-simulator running persona dialogues one after another (short openings, each turn 4–9 s
    after a 300–500-token answer, the context carried); a coding agent (episodes opening with a 3,000-token system prompt
    and tool definitions, each step 3–6 s after a 300-token tool call with a short tool result); a
    support bot relaying 20 people's conversations at once (the consecutive requests are different
    people's). Prompt tokens are the whole conversation, as an API counts them."""
    import json
    import random

    from distillguard.data.sharegpt import prompts

    rng = random.Random(7)
    pool = iter([p for p in prompts() if 40 <= len(p) <= 400])
    t0 = 1_772_323_200.0  # 2026-03-01T00:00:00Z
    rows: list[dict] = []

    def event(account: str, ts: float, context: int, answer: int, n: int) -> None:
        rows.append({"ts": ts, "account_id": account, "org_id": f"org-{account}", "ip": f"82.9.{n}.1",
                     "user_agent": "OpenAI/Python 1.54.0", "payment_fingerprint": f"pay-{account}",
                     "model": "frontier-1", "prompt": next(pool), "prompt_tokens": context,
                     "completion_tokens": answer, "status": 200})

    def conversation(account: str, start: float, turns: int, opening: int, pause: tuple[float, float],
                     n: int, answer: tuple[int, int] = (300, 500), added: tuple[int, int] = (10, 60)) -> list:
        """(ts, context, answer) of one conversation's turns."""
        out, ts, context = [], start, opening
        for _ in range(turns):
            a = rng.randint(*answer)
            out.append((ts, context, a))
            ts += rng.uniform(*pause)
            context += a + rng.randint(*added)
        return out

    for u in range(30):  # people: read, then type
        for s in range(3):
            for ts, ctx, a in conversation(f"user-{u}", t0 + s * 86400 + u * 1800, 6, rng.randint(20, 60),
                                           (60, 180), 10 + u):
                event(f"user-{u}", ts, ctx, a, 10 + u)
    for d in range(30):  # the simulator: one dialogue after another, 8 turns each
        for ts, ctx, a in conversation("simulator", t0 + 3600 + d * 240, 8, rng.randint(25, 60), (4, 9), 1):
            event("simulator", ts, ctx, a, 1)
    for e in range(12):  # the coding agent: long openings, tool results fed back
        for ts, ctx, a in conversation("agent", t0 + 7200 + e * 900, 10, 3000, (3, 6), 2, (250, 350), (20, 150)):
            event("agent", ts, ctx, a, 2)
    people = [conversation("bot", t0 + 10800 + p * 7, 6, rng.randint(300, 400), (60, 180), 3) for p in range(20)]
    for turn in (t for c in people for t in c):  # one key for twenty people's conversations
        event("bot", *turn, 3)
    rows.sort(key=lambda r: r["ts"])
    with path.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    return path


def release_riding_log(path: Path) -> Path:
    """A Parquet log for the new-model sub-stream test (`substream.model_split_tests`): four days, a
    new model released after the first (`frontier-2`), on which every account's answers run 30% longer
    (60 light accounts set that population shift). Heavy keys, each about 1,000 requests spread over
    the clock: `riding`, a product whose owner sends a harvest (a quarter of its traffic since the
    release) almost all to the new model with answers three times its users'; `plain`, the same
    product without the harvest; `lab`, nightly regression runs on the old model and, at the release,
    three sittings of long reasoning items on the new one (the clock rule leaves it out)."""
    import numpy as np
    import pyarrow as pa

    from distillguard.sim.builder import write_events

    rng = np.random.default_rng(5)
    t0, day = 1_700_000_000.0, 86_400.0
    release = t0 + day
    rows: list[tuple] = []

    def add(account: str, ts: float, new: bool, median: float) -> None:
        model = "frontier-2" if new else "frontier-1"
        answer = int(rng.lognormal(np.log(median * (1.3 if new else 1.0)), 0.5))
        rows.append((ts, account, f"org-{account}", "203.0.113.9", "sdk/2", f"card-{account}", model,
                     f"{account} request {len(rows)}: explain item {int(rng.integers(10_000))}", 40, answer, 200))

    def product(account: str, harvest: float) -> None:
        for ts in np.sort(rng.uniform(t0, t0 + 4 * day, 1000)):
            after = ts >= release
            if after and rng.random() < harvest:
                add(account, ts, rng.random() < 0.95, 1000)
            else:
                add(account, ts, after and rng.random() < 0.3, 320)

    for i in range(60):
        for ts in rng.uniform(t0, t0 + 4 * day, 24):
            add(f"user-{i}", ts, ts >= release and rng.random() < 0.5, 300)
    product("riding", 0.25)
    product("plain", 0.0)
    for night in range(4):
        for k in range(180):
            add("lab", t0 + night * day + 2 * 3600 + 5 * k, False, 300)
    for sitting in range(3):
        for k in range(150):
            add("lab", release + 3600 + sitting * 4 * 3600 + 10 * k, True, 1200)
    rows.sort(key=lambda r: r[0])
    names = ["ts", "account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt",
             "prompt_tokens", "completion_tokens", "status"]
    return write_events(pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)}), path)
