"""What one event commit costs the gateway's event loop on SQLite (WAL), three ways.

1. SQLAlchemy Core `insert(Event)` in `engine.begin()` (the log's first implementation);
2. the pooled connection's DB-API cursor with a prepared statement, into the database on disk
   (SQLite's automatic WAL checkpoints: every ~1,000 pages a commit also copies the WAL back
   and fsyncs);
3. what `gateway.events.EventLog` does now: the same insert into the staging database in
   /dev/shm, with the mover thread copying staged events into the database on disk every
   `MOVE_EVERY_S` beside it (`gateway/staging.py`).

Each commits N one-row transactions (what the gateway commits at moderate load) of a typical
event; we report the commit latency as the loop would feel it: p50, p99, p99.9, max.

Usage: python bench/event_log.py [--rows 20000] → bench/results/event_log.{json,md}
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def event_row() -> dict:
    from distillguard.gateway.events import Retention, normalise

    return Retention("store").apply(normalise({
        "request_id": "chatcmpl-0123456789abcdef0123456789abcdef", "ts": time.time(),
        "ip": "203.0.113.7", "endpoint": "chat.completions", "model": "stub-model",
        "prompt": "What is the capital of France?", "response": "Paris is the capital of France.",
        "status": 200, "account_id": "acct_0123456789ab", "org_id": "org_0123456789ab",
        "key_prefix": "dg_abcdef", "decision": "allow", "tier": "standard", "reasons": [],
        "prompt_tokens": 7, "completion_tokens": 8, "latency_ms": 0.4}))


def timings(commit, rows: int) -> list[float]:
    out = []
    for _ in range(rows):
        start = time.perf_counter()
        commit()
        out.append(time.perf_counter() - start)
    return out


def summary(name: str, seconds: list[float]) -> dict:
    us = np.asarray(seconds) * 1e6
    return {"method": name, "p50_us": round(float(np.percentile(us, 50)), 1),
            "p99_us": round(float(np.percentile(us, 99)), 1),
            "p999_us": round(float(np.percentile(us, 99.9)), 1), "max_us": round(float(us.max()), 1),
            "over_1ms": int((us > 1000).sum())}


def measure(method: str, rows: int, row: dict) -> dict:
    """Commit `rows` one-row transactions into a fresh database the given way."""
    from sqlalchemy import insert

    from distillguard.gateway import events, staging
    from distillguard.gateway.models import Event
    from distillguard.store.db import get_database

    params = tuple(row[c] for c in events._ORDER)
    with tempfile.TemporaryDirectory() as tmp:
        db = get_database(f"sqlite:///{tmp}/events.db")
        stop = threading.Event()
        mover_thread = None
        insert_sql = (f"INSERT INTO {Event.__table__.name} ({', '.join(events._ORDER)}) "
                      f"VALUES ({', '.join('?' for _ in events._ORDER)})")
        if method == "sqlalchemy":
            def commit():
                with db.engine.begin() as conn:
                    conn.execute(insert(Event), [row])
        elif method == "dbapi-disk":
            driver = db.engine.raw_connection().driver_connection

            def commit():
                driver.executemany(insert_sql, [params])
                driver.commit()
        else:
            path = staging.staging_path(f"{tmp}/events.db")
            mover = staging.Mover(db.engine.raw_connection().driver_connection, path,
                                  staging.prepare(path, events._ORDER), Event.__table__.name,
                                  events._ORDER)
            driver = staging.connect(path, busy_timeout_ms=0)
            stage_sql = staging.insert_sql(events._ORDER)

            def moves():
                while not stop.wait(events.MOVE_EVERY_S):
                    mover.move()
                mover.move()
            mover_thread = threading.Thread(target=moves, daemon=True)
            mover_thread.start()

            def commit():
                driver.execute("BEGIN")
                driver.executemany(stage_sql, [params])
                driver.execute("COMMIT")
        try:
            return summary(METHODS[method], timings(commit, rows))
        finally:
            stop.set()
            if mover_thread is not None:
                mover_thread.join()
                (moved,) = db.engine.raw_connection().driver_connection.execute(
                    f"SELECT count(*) FROM {Event.__table__.name}").fetchone()
                assert moved == rows, f"mover moved {moved} of {rows} events"
                driver.close()
                mover.delete_moved()  # what EventLog's loop does in its next commit
                mover.close()
                assert staging.remove_if_unused(path), "staging file still in use"
            db.engine.dispose()


METHODS = {"sqlalchemy": "SQLAlchemy `engine.begin()` insert, on disk",
           "dbapi-disk": "DB-API cursor, on disk (SQLite auto-checkpoint)",
           "staged": "DB-API cursor into /dev/shm staging, mover thread to disk (EventLog)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    args = parser.parse_args()
    row = event_row()
    results = []
    for method in METHODS:
        results.append(measure(method, args.rows, row))
        print(results[-1], flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "event_log.json").write_text(json.dumps({"rows": args.rows, "results": results}, indent=2) + "\n")
    lines = ["# Event commit latency on SQLite WAL (bench/event_log.py)", "",
             f"{args.rows} one-row commits of a typical gateway event per method; "
             f"`python bench/event_log.py --rows {args.rows}`.", "",
             "| method | p50 µs | p99 µs | p99.9 µs | max µs | commits > 1 ms |", "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['method']} | {r['p50_us']} | {r['p99_us']} | {r['p999_us']} | {r['max_us']} | {r['over_1ms']} |"
              for r in results]
    (RESULTS / "event_log.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
