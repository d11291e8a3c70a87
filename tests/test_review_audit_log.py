"""The audit log is a hash chain: editing, deleting or reordering any row is detected and named."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest
from sqlalchemy import text

from distillguard.review import audit_log
from distillguard.review.audit_log import verify
from distillguard.store.db import Database
from helpers import migrated_postgres


@pytest.fixture
def db(isolated_home):
    database = Database(f"sqlite:///{isolated_home / 'audit.db'}")
    database.migrate()
    with database.session() as s:
        for i in range(1, 7):
            audit_log.append(s, "alice", "case.decided", f"case:{i}", {"action": "suspend", "i": i})
    return database


@pytest.fixture
def postgres_db(postgres_url):
    """A fresh PostgreSQL database for this test (dropped afterwards)."""
    with migrated_postgres(postgres_url, "dg_review") as database:
        yield database


def _verify(db):
    with db.session() as s:
        return verify(s)


def test_intact_chain_verifies(db):
    result = _verify(db)
    assert result.ok and result.entries == 6 and result.head_seq == 6
    assert result.problem is None


def test_edit_is_detected_and_named(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET payload = :p WHERE seq = 4"),
                     {"p": json.dumps({"action": "approve", "i": 4})})
    result = _verify(db)
    assert not result.ok and result.bad_seq == 4
    assert "entry 4" in result.problem and "edited" in result.problem


def test_edit_with_recomputed_hash_breaks_the_next_link(db):
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM review_audit_log WHERE seq = 3")).mappings().one()
        payload = json.dumps({"action": "approve"})
        forged = audit_log.entry_hash(row["prev_hash"], 3, row["ts"], row["actor"],
                                      row["action"], row["subject"], payload)
        conn.execute(text("UPDATE review_audit_log SET payload = :p, hash = :h WHERE seq = 3"),
                     {"p": payload, "h": forged})
    result = _verify(db)
    assert not result.ok and result.bad_seq == 4 and "link to entry 3" in result.problem


def test_delete_in_the_middle_is_named(db):
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM review_audit_log WHERE seq = 2"))
    result = _verify(db)
    assert not result.ok and result.bad_seq == 2 and "entry 2 deleted" in result.problem


def test_delete_at_the_end_is_caught_by_the_head(db):
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM review_audit_log WHERE seq >= 5"))
    result = _verify(db)
    assert not result.ok and result.bad_seq == 5 and "5-6 deleted" in result.problem


def test_reorder_is_named(db):
    # swap entries 2 and 5 (their seq numbers), as a DBA reordering history would
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE review_audit_log SET seq = 2 WHERE seq = 5"))
        conn.execute(text("UPDATE review_audit_log SET seq = 5 WHERE seq = -1"))
    result = _verify(db)
    assert not result.ok and result.bad_seq == 2 and "reordered" in result.problem


def test_concurrent_appends_keep_one_chain(isolated_home):
    db = Database(f"sqlite:///{isolated_home / 'concurrent.db'}")
    db.migrate()

    def writer(n: int) -> None:
        for i in range(10):
            with db.session() as s:
                audit_log.append(s, f"w{n}", "x", f"s{n}", {"i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = _verify(db)
    assert result.ok and result.entries == 40


@pytest.mark.postgres
def test_postgres_concurrent_appends_and_tamper(postgres_db):
    def writer(n: int) -> None:
        for i in range(10):
            with postgres_db.session() as s:
                audit_log.append(s, f"w{n}", "x", f"s{n}", {"i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _verify(postgres_db).ok and _verify(postgres_db).entries == 40
    with postgres_db.engine.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET actor = 'mallory' WHERE seq = 17"))
    result = _verify(postgres_db)
    assert not result.ok and result.bad_seq == 17


def test_cli_verify_names_the_entry(db, isolated_home):
    """The real entry point in a subprocess: one-line error naming the entry, exit status 1."""
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM review_audit_log WHERE seq = 3"))
    bad = subprocess.run(
        [sys.executable, "-m", "distillguard.cli", "audit-log", "verify"],
        capture_output=True, text=True, env=_env(isolated_home, db.url), timeout=120,
    )
    assert bad.returncode == 1
    assert "entry 3" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def _env(home, url):
    import os

    return {**os.environ, "DISTILLGUARD_HOME": str(home), "DISTILLGUARD_DATABASE_URL": url}
