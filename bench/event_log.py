"""What one event commit costs the gateway's event loop on SQLite (WAL), three ways.

1. SQLAlchemy Core `insert(Event)` in `engine.begin()` (the log's first implementation);
2. the pooled connection's DB-API cursor with the prepared statement, SQLite's automatic WAL
   checkpoints left on (every ~1,000 pages a commit also copies the WAL back and fsyncs);
3. what `gateway.events.EventLog` does now: (2) with `wal_autocheckpoint=0`, and a thread
   running `PRAGMA wal_checkpoint(PASSIVE)` every 0.25 s beside it.

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

    from distillguard.gateway import events
    from distillguard.gateway.models import Event
    from distillguard.store.db import get_database

    params = tuple(row[c] for c in events._ORDER)
    with tempfile.TemporaryDirectory() as tmp:
        db = get_database(f"sqlite:///{tmp}/events.db")
        stop = threading.Event()
        checkpointer = None
        if method == "sqlalchemy":
            def commit():
                with db.engine.begin() as conn:
                    conn.execute(insert(Event), [row])
        else:
            driver = db.engine.raw_connection().driver_connection
            if method == "dbapi-thread-checkpoints":
                driver.execute("PRAGMA wal_autocheckpoint=0")

                def checkpoints():
                    while not stop.wait(events.CHECKPOINT_EVERY_S):
                        with db.engine.connect() as conn:
                            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                checkpointer = threading.Thread(target=checkpoints, daemon=True)
                checkpointer.start()

            def commit():
                driver.executemany(events._INSERT_SQL, [params])
                driver.commit()
        try:
            return summary(METHODS[method], timings(commit, rows))
        finally:
            stop.set()
            if checkpointer is not None:
                checkpointer.join()
            db.engine.dispose()


METHODS = {"sqlalchemy": "SQLAlchemy `engine.begin()` insert",
           "dbapi-autocheckpoint": "DB-API cursor, SQLite auto-checkpoint on",
           "dbapi-thread-checkpoints": "DB-API cursor, PASSIVE checkpoints in a thread (EventLog)"}


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
