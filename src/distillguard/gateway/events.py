"""The durable event log: one row per API request, committed before the response completes.

Group commit: every caller waits for *its* commit, but requests that arrive together share one
transaction, so the log keeps up with the gateway instead of serialising it on commits.
Two writers:
- SQLite file (async callers): the batch is committed on the event loop itself, scheduled with
  `call_soon` so everything written during one loop iteration lands in one commit — into the
  *staging* database in shared memory (`staging.py` says why: a disk-backed commit on the loop
  measured stalls of 60-200 ms under kernel writeback). A background thread moves staged events
  into `gw_events` every `MOVE_EVERY_S`. A thread hand-off per commit would cost more: every
  hand-off makes the loop and the writer trade the GIL (~1 ms of CPU per request under load);
  the mover's copy is one `INSERT … SELECT` inside SQLite, with the GIL released.
  The loop must never sleep inside SQLite: its connection has no busy timeout, and when another
  process holds the staging write lock the batch is retried from the loop a millisecond later.
- PostgreSQL, in-memory SQLite (and all sync callers): one background thread commits batches
  to the main database; its time is spent waiting on I/O, where the GIL is released.
Readers of `gw_events` (export, admin, review) see an event once it is moved (normally within
`MOVE_EVERY_S`); `flush()` waits for that.

A bad row never fails its neighbours: when a batch (staged, moved or committed) is refused, its
rows are retried one per transaction, so only the row the database refuses is dropped — logged
with its request id, and its own request answered 503 where it is still waiting.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import queue
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import orjson
from sqlalchemy import insert, select, update

from distillguard.errors import DistillguardError
from distillguard.gateway import staging
from distillguard.gateway.models import Event
from distillguard.store.db import Database

if TYPE_CHECKING:
    from sqlalchemy import CursorResult, Table

_Item: TypeAlias = tuple[dict[str, Any], Future[None]]  # a row for the commit thread, its waiter
_Pending: TypeAlias = tuple[dict[str, Any], asyncio.Future[None]]  # a row to stage, its waiter
_RETENTION = re.compile(r"^(store|hash|drop-after-(\d+)-days)$")
BATCH = 256
MOVE_EVERY_S = 0.05
BUSY_RETRY_S = (0.001, 0.1)  # first and longest wait before retrying a locked staging commit
BUSY_GIVE_UP_S = 10.0  # as long as the other connections' busy_timeout
_TICK = object()
log = logging.getLogger("distillguard.gateway")


@dataclass(frozen=True)
class Retention:
    """How prompt/response text is kept: store it, keep only a hash, or drop it after N days."""

    mode: str  # "store" | "hash" | "drop"
    days: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Retention:
        text = (text or "store").strip()
        match = _RETENTION.match(text)
        if not match:
            raise DistillguardError(
                f"gateway.prompt_retention must be store, hash or drop-after-N-days, got {text!r}"
            )
        if match.group(2) is not None:
            return cls("drop", int(match.group(2)))
        return cls(text)

    def apply(self, row: dict[str, Any]) -> dict[str, Any]:
        prompt = row.get("prompt")
        if not row.get("prompt_hash"):  # a bounded (refused) prompt carries its full text's hash
            row["prompt_hash"] = (hashlib.sha256(prompt.encode("utf-8", "replace")).hexdigest()
                                  if isinstance(prompt, str) and prompt else None)
        if self.mode == "hash":
            row["prompt"] = None
            row["response"] = None
        return row


class EventLog:
    """Group-committing writer for gateway events (thread-safe; async and sync entry points)."""

    def __init__(self, db: Database, retention: Retention | None = None,
                 staging_dir: str = "") -> None:
        self.db = db
        self.retention = retention or Retention("store")
        path = db.engine.url.database if db.url.startswith("sqlite") else None
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._closed = False
        self._pending: list[_Pending] = []
        self._busy_since: float | None = None  # when the current batch first found the lock taken
        self._stage_conn: sqlite3.Connection | None = None  # the loop's own (staged mode)
        self._stage_cur: sqlite3.Cursor | None = None
        self._deleted_upto = 0
        self._mover: staging.Mover | None = None
        self._moved = threading.Condition()
        self._staged_upto = 0  # highest sequence number the loop has committed
        self._move_failing = False
        if path and path != ":memory:":  # a SQLite file: stage (else the thread commits)
            self.staging_path = staging.staging_path(path, staging_dir)
            staging_id = staging.prepare(self.staging_path, _ORDER)
            raw = db.engine.raw_connection()
            driver = cast("sqlite3.Connection", raw.driver_connection)  # the sqlite3 dialect's
            raw.detach()  # ours for the log's lifetime: attached database, autocommit mode
            try:
                self._mover = staging.Mover(driver, self.staging_path, staging_id,
                                            cast("Table", Event.__table__).name, _ORDER)
                self._drain()  # what a crashed predecessor staged is in gw_events before we serve
            except sqlite3.Error as exc:
                driver.close()
                raise DistillguardError(
                    f"cannot move staged events from {self.staging_path} into the database: "
                    f"{exc}") from None
            self._stage_sql = staging.insert_sql(_ORDER)
        self._thread = threading.Thread(target=self._run, name="event-log", daemon=True)
        self._thread.start()

    async def write(self, row: dict[str, Any]) -> None:
        """Return once the event is committed (raises if the database refused it)."""
        if self._mover is None:
            await asyncio.wrap_future(self.submit(row))
            return
        if self._closed:
            raise DistillguardError("event log is closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        if not self._pending and self._busy_since is None:
            loop.call_soon(self._flush_pending)
        self._pending.append((self.retention.apply(normalise(row)), future))
        await future

    def _flush_pending(self) -> None:
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        try:
            self._stage(batch)
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode == sqlite3.SQLITE_BUSY and self._retry_later(batch):
                return
            self._fail(batch, exc)
            return
        except Exception as exc:  # noqa: BLE001 - every waiter must hear about it
            if len(batch) == 1:
                self._fail(batch, exc)
                return
            self._stage_one_by_one(batch)
            return
        self._busy_since = None
        for _, future in batch:
            if not future.done():
                future.set_result(None)

    def _stage(self, batch: list[_Pending]) -> None:
        """One staging transaction for `batch` (raises what SQLite or the driver raised)."""
        conn, cur = self._stage_conn, self._stage_cur
        if conn is None or cur is None:
            conn = self._stage_conn = staging.connect(self.staging_path, busy_timeout_ms=0)
            cur = self._stage_cur = conn.cursor()
        # Scheduled only by write() in staged mode, where the mover is set.
        delete_upto = cast("staging.Mover", self._mover).moved_upto
        try:
            # One reused cursor; a lone row (the usual batch below saturation) as execute(),
            # whose lastrowid saves the SELECT last_insert_rowid() a batch needs.
            cur.execute("BEGIN")
            if len(batch) == 1:
                cur.execute(self._stage_sql, tuple(batch[0][0][c] for c in _ORDER))
                last = cur.lastrowid or 0  # set: an INSERT just succeeded on this cursor
            else:
                cur.executemany(self._stage_sql,
                                [tuple(row[c] for c in _ORDER) for row, _ in batch])
                (last,) = cur.execute("SELECT last_insert_rowid()").fetchone()
            if delete_upto > self._deleted_upto:
                # moved by the thread: dropped here, so the loop stays the staging writer
                cur.execute(f"DELETE FROM {staging.STAGED} WHERE seq <= ?", (delete_upto,))
            cur.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._deleted_upto = max(self._deleted_upto, delete_upto)
        self._staged_upto = max(self._staged_upto, last)

    def _stage_one_by_one(self, batch: list[_Pending]) -> None:
        """The batch was refused: stage each row alone, so only the bad one fails."""
        for i, item in enumerate(batch):
            row, future = item
            try:
                self._stage([item])
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode == sqlite3.SQLITE_BUSY and self._retry_later(batch[i:]):
                    return
                self._fail(batch[i:], exc)
                return
            except Exception as exc:  # noqa: BLE001 - this row's waiter hears about it
                _log_dropped(row, exc)
                if not future.done():
                    future.set_exception(exc)
                continue
            self._busy_since = None
            if not future.done():
                future.set_result(None)

    def _retry_later(self, batch: list[_Pending]) -> bool:
        """Another process holds the staging write lock: retry from the loop, never sleep in it."""
        now = time.monotonic()
        if self._busy_since is None:
            self._busy_since = now
        waited = now - self._busy_since
        if waited >= BUSY_GIVE_UP_S:
            self._busy_since = None
            return False
        self._pending = batch + self._pending
        delay = min(BUSY_RETRY_S[1], max(BUSY_RETRY_S[0], waited / 2))
        asyncio.get_running_loop().call_later(delay, self._flush_pending)
        return True

    def _fail(self, batch: list[_Pending], exc: Exception) -> None:
        self._busy_since = None
        for _, future in batch:
            if not future.done():
                future.set_exception(exc)
        if self._pending:
            asyncio.get_running_loop().call_soon(self._flush_pending)

    def write_sync(self, row: dict[str, Any]) -> None:
        self.submit(row).result()

    def submit(self, row: dict[str, Any]) -> Future[None]:
        if self._closed:
            raise DistillguardError("event log is closed")
        future: Future[None] = Future()
        self._queue.put((self.retention.apply(normalise(row)), future))
        return future

    def backlog(self) -> int:
        """Staged sequence numbers up to this process's latest that are not yet moved."""
        if self._mover is None:
            return 0
        return max(0, self._staged_upto - self._mover.moved_upto)

    def flush(self, timeout: float = 10.0) -> None:
        """Block until every event this process staged so far is in `gw_events`."""
        mover = self._mover
        if mover is None:
            return
        target = self._staged_upto
        with self._moved:
            if not self._moved.wait_for(lambda: mover.moved_upto >= target, timeout):
                raise DistillguardError(f"events not moved into the database in {timeout:.0f} s")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join(timeout=30)
        if self._mover is not None:
            self._drain()
            self._mover.close()
            if self._stage_conn is not None:
                self._stage_conn.close()
                self._stage_conn = self._stage_cur = None
            staging.remove_if_unused(self.staging_path)

    def _drain(self) -> None:
        """Move everything staged, then delete it from the staging database."""
        mover = self._mover
        assert mover is not None  # staged mode only
        while mover.move() == staging.MOVE_LIMIT:
            pass
        mover.delete_moved()

    def _run(self) -> None:
        item: _Item | None | object
        while True:
            try:
                item = self._queue.get(timeout=MOVE_EVERY_S if self._mover else None)
            except queue.Empty:
                item = _TICK
            if item is None:
                return
            if item is not _TICK:
                batch = [cast(_Item, item)]
                stop = False
                while len(batch) < BATCH:
                    try:
                        nxt = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if nxt is None:
                        stop = True
                        break
                    batch.append(nxt)
                self._commit(batch)
                if stop:
                    return
            if self._mover is not None:
                self._move()

    def _move(self) -> None:
        mover = self._mover
        assert mover is not None  # called only in staged mode
        try:
            while mover.move() == staging.MOVE_LIMIT:
                pass
        except Exception:  # noqa: BLE001 - staged events stay staged; retried next tick
            if not self._move_failing:  # once per failure streak, not every tick
                log.warning("could not move staged events into the database; retrying every "
                            "%.2f s", MOVE_EVERY_S, exc_info=True)
            self._move_failing = True
            return
        if self._move_failing:
            log.warning("moving staged events into the database works again")
            self._move_failing = False
        with self._moved:
            self._moved.notify_all()

    def _commit(self, batch: list[_Item]) -> None:
        try:
            with self.db.engine.begin() as conn:
                conn.execute(insert(Event), [row for row, _ in batch])
        except Exception as exc:  # noqa: BLE001 - every waiter must hear about it
            if len(batch) > 1:  # find the bad row: one transaction per row
                for item in batch:
                    self._commit([item])
                return
            _log_dropped(batch[0][0], exc)
            batch[0][1].set_exception(exc)
            return
        for _, future in batch:
            future.set_result(None)


def _log_dropped(row: dict[str, Any], exc: Exception) -> None:
    """A row the database refused on its own: say which request, never its text."""
    log.error("event of request %s refused by the database and dropped: %s",
              str(row.get("request_id"))[:80], str(exc).splitlines()[0][:300] if str(exc) else
              type(exc).__name__)


_COLUMNS = {c.name for c in Event.__table__.columns} - {"id"}
_ORDER = tuple(sorted(_COLUMNS))
_DEFAULTS = {"prompt_tokens": 0, "completion_tokens": 0, "stream": False, "reasons": "[]",
             "latency_ms": 0.0}


def normalise(row: dict[str, Any]) -> dict[str, Any]:
    """Fill defaults, JSON-encode lists and drop unknown keys so every batch row has one shape."""
    out = {name: row.get(name, _DEFAULTS.get(name)) for name in _COLUMNS}
    for name in ("reasons", "guard_families"):
        if out[name] is not None and not isinstance(out[name], str):
            out[name] = orjson.dumps(out[name]).decode()
    if out["ts"] is None:
        out["ts"] = time.time()
    return out


def purge_expired(db: Database, retention: Retention, now: float | None = None) -> int:
    """Blank prompt/response text older than the retention window; returns rows touched."""
    if retention.mode != "drop" or retention.days is None:
        return 0
    cutoff = (now or time.time()) - retention.days * 86400
    with db.session() as s:
        result = cast("CursorResult[Any]", s.execute(
            update(Event)
            .where(Event.ts < cutoff, (Event.prompt.is_not(None)) | (Event.response.is_not(None)))
            .values(prompt=None, response=None)
        ))
        return result.rowcount or 0


def rfc3339(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


EXPORT_FIELDS = (
    "ts", "account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt",
    "response", "prompt_tokens", "completion_tokens", "status",
    # extra fields (allowed by the contract)
    "event_id", "request_id", "endpoint", "country", "asn", "key_prefix", "stream", "decision",
    "tier", "reasons", "guard_score", "guard_flagged", "guard_families", "latency_ms",
    "watermark_key_id",
    "prompt_hash",
)


def iter_export_rows(db: Database, since: float | None = None,
                     batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Events in the contract's schema, oldest first, streamed in id order."""
    last = 0
    while True:
        with db.session() as s:
            query = select(Event).where(Event.id > last).order_by(Event.id).limit(batch)
            if since is not None:
                query = query.where(Event.ts >= since)
            rows = s.scalars(query).all()
        if not rows:
            return
        for e in rows:
            yield export_row(e)
        last = rows[-1].id


def export_row(e: Event) -> dict[str, Any]:
    prompt = e.prompt
    if prompt is None:
        # hash retention: the monitor still sees exact repeats through the digest
        prompt = f"sha256:{e.prompt_hash}" if e.prompt_hash else ""
    return {
        "ts": rfc3339(e.ts),
        "account_id": e.account_id or "",
        "org_id": e.org_id,
        "ip": e.ip,
        "user_agent": e.user_agent,
        "payment_fingerprint": e.payment_fingerprint,
        "model": e.model or "",
        "prompt": prompt,
        "response": e.response,
        "prompt_tokens": e.prompt_tokens,
        "completion_tokens": e.completion_tokens,
        "status": e.status,
        "event_id": e.id,
        "request_id": e.request_id,
        "endpoint": e.endpoint,
        "country": e.country,
        "asn": e.asn,
        "key_prefix": e.key_prefix,
        "stream": e.stream,
        "decision": e.decision,
        "tier": e.tier,
        "reasons": [r.get("code") for r in json.loads(e.reasons or "[]")],
        "guard_score": e.guard_score,
        "guard_flagged": e.guard_flagged,
        "guard_families": json.loads(e.guard_families) if e.guard_families else [],
        "latency_ms": e.latency_ms,
        "watermark_key_id": e.watermark_key_id,
        "prompt_hash": e.prompt_hash,
    }


def export_events(db: Database, out: str, fmt: str, since: float | None = None,
                  progress: Any = None) -> int:
    """Write events as JSONL or Parquet; returns the number written (atomic: tmp + rename)."""
    import os

    if fmt not in ("jsonl", "parquet"):
        raise DistillguardError(f"--format must be jsonl or parquet, got {fmt!r}")
    tmp = f"{out}.tmp{os.getpid()}"
    count = 0
    try:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in iter_export_rows(db, since):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
                    if progress is not None:
                        progress()
        else:
            count = _write_parquet(db, tmp, since, progress)
        os.replace(tmp, out)
    except OSError as exc:
        raise DistillguardError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return count


def _parquet_schema() -> Any:  # a pyarrow.Schema (pyarrow has no type information)
    import pyarrow as pa

    return pa.schema([
        ("ts", pa.string()), ("account_id", pa.string()), ("org_id", pa.string()),
        ("ip", pa.string()), ("user_agent", pa.string()), ("payment_fingerprint", pa.string()),
        ("model", pa.string()), ("prompt", pa.string()), ("response", pa.string()),
        ("prompt_tokens", pa.int64()), ("completion_tokens", pa.int64()), ("status", pa.int64()),
        ("event_id", pa.int64()), ("request_id", pa.string()), ("endpoint", pa.string()),
        ("country", pa.string()), ("asn", pa.int64()), ("key_prefix", pa.string()),
        ("stream", pa.bool_()), ("decision", pa.string()), ("tier", pa.string()),
        ("reasons", pa.list_(pa.string())), ("guard_score", pa.float64()),
        ("guard_flagged", pa.bool_()), ("guard_families", pa.list_(pa.string())),
        ("latency_ms", pa.float64()), ("prompt_hash", pa.string()),
        ("watermark_key_id", pa.string()),
    ])


def _write_parquet(db: Database, path: str, since: float | None, progress: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in iter_export_rows(db, since):
            chunk.append(row)
            if progress is not None:
                progress()
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count
