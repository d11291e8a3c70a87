"""Append-only, hash-chained audit log of every decision and state change.

Each entry's hash covers the previous entry's hash and all of its own fields, so editing,
deleting or reordering any row breaks the chain at a point `verify` can name. A head row
(newest seq + hash) catches deletions from the end; copying `head()` to somewhere the database
administrator cannot write (a ticket, a partner, a WORM bucket) anchors the whole history.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from distillguard.review.models import AuditEntry, AuditHead

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """One byte-exact JSON text per value (sorted keys, no spaces), the form that is hashed."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(
    prev_hash: str, seq: int, ts: str, actor: str, action: str, subject: str, payload: str
) -> str:
    """SHA-256 over the previous hash and this entry's fields."""
    body = canonical_json(
        {"seq": seq, "ts": ts, "actor": actor, "action": action, "subject": subject,
         "payload": payload}
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def cli_actor() -> str:
    """The audit identity of a command-line change: `cli:<os user>` (whoever holds the shell and
    the database credentials; a `--actor` option can add a note, never replace this)."""
    try:
        user = getpass.getuser()
    except Exception:  # no passwd entry and no LOGNAME/USER (some containers)
        import os

        user = f"uid{os.getuid()}"
    return f"cli:{user}"


def now_rfc3339() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def append(
    session: Session, actor: str, action: str, subject: str, payload: dict[str, Any] | None = None
) -> AuditEntry:
    """Add one entry inside the caller's transaction (so it commits with the change it records).

    Bumping the head row first takes a row lock (PostgreSQL) or the write lock (SQLite), so
    concurrent appends serialise and the chain never forks.
    """
    seq, prev_hash = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + 1)
        .returning(AuditHead.seq, AuditHead.hash)
    ).one()
    ts = now_rfc3339()
    payload_text = canonical_json(payload or {})
    digest = entry_hash(prev_hash, seq, ts, actor, action, subject, payload_text)
    entry = AuditEntry(
        seq=seq, ts=ts, actor=actor, action=action, subject=subject, payload=payload_text,
        prev_hash=prev_hash, hash=digest,
    )
    session.add(entry)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest))
    session.flush()
    return entry


@dataclass
class VerifyResult:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    bad_seq: int | None = None
    problem: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "entries": self.entries, "head_seq": self.head_seq,
            "head_hash": self.head_hash, "bad_seq": self.bad_seq, "problem": self.problem,
        }


def verify(session: Session) -> VerifyResult:
    """Walk the chain in seq order; report the first entry that is edited, missing or moved."""
    head = session.get(AuditHead, 1)
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    expected_seq, expected_prev, count = 1, GENESIS, 0

    def fail(seq: int | None, problem: str) -> VerifyResult:
        return VerifyResult(False, count, head_seq, head_hash, seq, problem)

    rows = session.scalars(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=1000)
    )
    for row in rows:
        if row.seq != expected_seq:
            if row.seq > expected_seq:
                missing = (
                    f"entry {expected_seq}" if row.seq == expected_seq + 1
                    else f"entries {expected_seq}-{row.seq - 1}"
                )
                return fail(expected_seq, f"{missing} deleted (next present entry is {row.seq})")
            return fail(row.seq, f"entry {row.seq} out of sequence (expected {expected_seq})")
        if row.prev_hash != expected_prev:
            return fail(
                row.seq,
                f"entry {row.seq}: link to entry {row.seq - 1} broken "
                "(entries reordered, replaced or the previous one rewritten)",
            )
        digest = entry_hash(
            row.prev_hash, row.seq, row.ts, row.actor, row.action, row.subject, row.payload
        )
        if digest != row.hash:
            return fail(row.seq, f"entry {row.seq}: content does not match its hash (edited)")
        expected_prev = row.hash
        expected_seq += 1
        count += 1
    last_seq = expected_seq - 1
    if head_seq != last_seq:
        if head_seq > last_seq:
            return fail(last_seq + 1, f"entries {last_seq + 1}-{head_seq} deleted from the end")
        return fail(head_seq + 1, f"entries after {head_seq} are not recorded in the head")
    if head_hash != expected_prev:
        return fail(last_seq, f"entry {last_seq}: does not match the recorded head hash")
    return VerifyResult(True, count, head_seq, head_hash)


def entries(
    session: Session, *, limit: int = 50, before_seq: int | None = None, subject: str | None = None
) -> list[AuditEntry]:
    """Newest first, optionally for one subject (e.g. "case:12" or "account:acc_1")."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if subject is not None:
        query = query.where(AuditEntry.subject == subject)
    return list(session.execute(query).scalars())


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq, "ts": entry.ts, "actor": entry.actor, "action": entry.action,
        "subject": entry.subject, "payload": json.loads(entry.payload),
        "prev_hash": entry.prev_hash, "hash": entry.hash,
    }


def iter_all(session: Session) -> Iterator[AuditEntry]:
    yield from session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
