"""Event staging (gateway/staging.py): the loop commits to shared memory, a thread moves events
into gw_events. Crash recovery moves each event exactly once; a locked staging database never
blocks the event loop; the file is private and removed on a clean shutdown."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
import uuid

import pytest
from sqlalchemy import func, select

from distillguard.gateway import staging
from distillguard.gateway.events import EventLog
from distillguard.gateway.models import Event
from distillguard.store.db import get_database


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path}/events.db"


def _event(**kw):
    return {"request_id": uuid.uuid4().hex, "ip": "203.0.113.9", "endpoint": "chat.completions",
            "model": "m", "status": 200, "prompt": "p", "response": "r", **kw}


def _request_ids(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Event.request_id)))


async def _write(log: EventLog, n: int, **kw) -> None:
    await asyncio.gather(*(log.write(_event(**kw)) for _ in range(n)))


def test_flush_makes_staged_events_visible_in_the_main_database(db_url):
    db = get_database(db_url)
    log = EventLog(db)
    try:
        asyncio.run(_write(log, 40))
        log.flush()
        assert len(_request_ids(db)) == 40
    finally:
        log.close()
    assert len(_request_ids(db)) == 40


def test_backlog_counts_events_staged_but_not_moved(db_url):
    db = get_database(db_url)
    log = EventLog(db)
    log._queue.put(None)  # no periodic mover: the test moves
    log._thread.join()
    try:
        assert log.backlog() == 0
        asyncio.run(_write(log, 7))
        assert log.backlog() == 7 and _request_ids(db) == []
        log._mover.move()
        assert log.backlog() == 0 and len(_request_ids(db)) == 7
    finally:
        log.close()


def test_lone_and_batched_commits_both_track_the_last_staged_event(db_url):
    """A one-event commit (the usual one below saturation: execute + lastrowid) and a batch
    (executemany + last_insert_rowid) both advance what backlog() and flush() wait for."""
    db = get_database(db_url)
    log = EventLog(db)
    log._queue.put(None)  # no periodic mover: the test moves
    log._thread.join()

    async def one_at_a_time(n: int) -> None:
        for _ in range(n):
            await log.write(_event())

    try:
        asyncio.run(one_at_a_time(5))
        assert log.backlog() == 5
        asyncio.run(_write(log, 4))
        asyncio.run(one_at_a_time(2))
        assert log.backlog() == 11 and _request_ids(db) == []
        log._mover.move()
        assert log.backlog() == 0 and len(_request_ids(db)) == 11
        asyncio.run(one_at_a_time(3))  # the next commit also deletes the moved rows
        assert log.backlog() == 3
        log._mover.move()
        assert len(_request_ids(db)) == 14
    finally:
        log.close()


CRASH = textwrap.dedent("""
    import asyncio, os, signal, sys, uuid
    from distillguard.gateway.events import EventLog
    from distillguard.store.db import get_database

    def ev(tag):
        return {"request_id": f"{tag}-{uuid.uuid4().hex}", "ip": "203.0.113.9",
                "endpoint": "chat.completions", "model": "m", "status": 200}

    async def main(log):
        await asyncio.gather(*(log.write(ev("a")) for _ in range(30)))
        log._mover.move()                # moved, not yet deleted from staging
        await asyncio.gather(*(log.write(ev("b")) for _ in range(20)))
        log._mover.move()                # the 20 moved too: the cursor must stop a second move
        await asyncio.gather(*(log.write(ev("c")) for _ in range(25)))  # staged only
        os.kill(os.getpid(), signal.SIGKILL)

    log = EventLog(get_database(sys.argv[1]))
    log._queue.put(None)  # stop the periodic mover: this test decides when events move
    log._thread.join()
    asyncio.run(main(log))
""")


@pytest.mark.parametrize("recovery", ["next start", "events export"])
def test_events_staged_before_a_kill_9_are_moved_once(db_url, tmp_path, recovery):
    script = tmp_path / "crash.py"
    script.write_text(CRASH)
    done = subprocess.run([sys.executable, str(script), db_url], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == -9, done.stderr[-2000:]
    db = get_database(db_url)
    path = staging.staging_path(db.engine.url.database)
    assert path.exists()  # the killed process left its staged events behind
    before = _request_ids(db)
    assert sum(r.startswith("c-") for r in before) == 0  # the 25 were only staged
    if recovery == "next start":
        log = EventLog(db)  # start-up moves what the dead process staged
        try:
            after = _request_ids(db)
        finally:
            log.close()
    else:  # the monitor's export must not miss events a crashed gateway left staged
        config = tmp_path / "config.toml"
        config.write_text(f'database_url = "{db_url}"\n', encoding="utf-8")
        out = tmp_path / "events.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "distillguard.cli", "events", "export", "--config",
             str(config), "--format", "jsonl", "--out", str(out)],
            env={**os.environ, "DISTILLGUARD_HOME": str(tmp_path / "home")},
            capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        after = [json.loads(line)["request_id"] for line in out.read_text().splitlines()]
    assert len(after) == 75 and len(set(after)) == 75
    assert sorted(r[0] for r in after) == ["a"] * 30 + ["b"] * 20 + ["c"] * 25
    assert not path.exists()  # drained and unused: removed on close


WRITER = textwrap.dedent("""
    import asyncio, sys, uuid
    from distillguard.gateway.events import EventLog
    from distillguard.store.db import get_database

    async def main(log, tag):
        for _ in range(40):  # small batches with pauses: both processes' movers run in between
            await asyncio.gather(*(log.write({"request_id": f"{tag}-{uuid.uuid4().hex}",
                                              "ip": "203.0.113.9", "endpoint": "chat.completions",
                                              "model": "m", "status": 200}) for _ in range(5)))
            await asyncio.sleep(0.01)

    log = EventLog(get_database(sys.argv[1]))
    asyncio.run(main(log, sys.argv[2]))
    log.close()
""")


def test_two_processes_sharing_one_staging_file_move_every_event_once(db_url, tmp_path):
    get_database(db_url)  # migrate once, before the writers race
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [subprocess.Popen([sys.executable, str(script), db_url, tag],
                              stderr=subprocess.PIPE, text=True) for tag in ("p", "q")]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()[-2000:]
    ids = _request_ids(get_database(db_url))
    assert len(ids) == 400 and len(set(ids)) == 400
    assert sum(r.startswith("p-") for r in ids) == 200


@pytest.mark.parametrize("kept_open", [False, True])
def test_a_restarted_log_does_not_skip_events(db_url, kept_open):
    """Removed on close → a fresh file and cursor; kept (another process has it open) → the
    same file, emptied by the drain, whose sequence must not restart below the cursor."""
    db = get_database(db_url)
    holder = None
    try:
        for _ in range(2):
            log = EventLog(db)
            path = log.staging_path
            if kept_open and holder is None:
                holder = sqlite3.connect(path)  # a reader in WAL mode keeps the file in use
                holder.execute(f"SELECT count(*) FROM {staging.STAGED}").fetchone()
            asyncio.run(_write(log, 5))
            log.close()
            assert path.exists() == kept_open
    finally:
        if holder is not None:
            holder.close()
    assert len(_request_ids(db)) == 10
    if kept_open:  # drained, and now nobody has it open
        assert staging.remove_if_unused(path) and not path.exists()


def test_staging_file_is_private(db_url):
    db = get_database(db_url)
    log = EventLog(db)
    try:
        path = log.staging_path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        log.close()


def test_a_shared_memory_directory_not_owned_by_us_is_refused(tmp_path, monkeypatch):
    from distillguard.errors import DistillguardError

    uid = os.getuid() + 54321
    planted = f"/dev/shm/distillguard-{uid}"  # as if another user made it first
    os.mkdir(planted, 0o755)
    try:
        monkeypatch.setattr(os, "getuid", lambda: uid)
        with pytest.raises(DistillguardError, match="not a private directory"):
            staging.staging_path(str(tmp_path / "x.db"))
    finally:
        os.rmdir(planted)


def test_a_locked_staging_database_delays_the_commit_not_the_event_loop(db_url):
    db = get_database(db_url)
    log = EventLog(db)
    other = sqlite3.connect(log.staging_path, isolation_level=None)
    try:
        async def scenario():
            other.execute("BEGIN IMMEDIATE")  # another process holds the staging write lock
            write = asyncio.create_task(log.write(_event()))
            ticks = 0
            start = time.perf_counter()
            while time.perf_counter() - start < 0.3:
                await asyncio.sleep(0.005)
                ticks += 1
            assert not write.done()  # not committed while the lock is held...
            other.execute("COMMIT")
            await asyncio.wait_for(write, 2)  # ...and committed soon after it is released
            return ticks

        ticks = asyncio.run(scenario())
        assert ticks >= 25  # the loop kept turning (a blocked loop would manage one tick)
    finally:
        other.close()
        log.close()
    assert len(_request_ids(db)) == 1


def test_staging_schema_widens_when_the_event_table_grows(tmp_path):
    path = tmp_path / "old.staging"
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {staging.STAGED} (seq INTEGER PRIMARY KEY AUTOINCREMENT, ts)")
    conn.commit()
    conn.close()
    staging.prepare(path, ("ts", "status", "prompt"))
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({staging.STAGED})")]
    conn.close()
    assert columns == ["seq", "ts", "status", "prompt"]


def test_an_unreadable_staging_file_is_a_clear_error(db_url, tmp_path):
    from distillguard.errors import DistillguardError

    db = get_database(db_url)
    path = staging.staging_path(db.engine.url.database)
    path.write_bytes(b"this is not a database" * 100)
    try:
        with pytest.raises(DistillguardError, match="move it aside"):
            EventLog(db)
    finally:
        path.unlink()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 0
