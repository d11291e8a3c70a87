"""`distillguard cases|users|audit-log` as a user runs them: JSON out, one-line errors, exit codes.

Commands run in-process through the real entry point `distillguard.cli.main` (argv, stdin,
stdout/stderr and exit status as a shell sees them); test_review_audit_log also runs one in a
subprocess.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from distillguard.gateway.accounts import create_account
from distillguard.store.db import get_database
from helpers import Proc, run_main


@pytest.fixture
def run(capsys, monkeypatch):
    def invoke(_home, *args, stdin=None) -> Proc:
        return run_main(monkeypatch, capsys, *args, stdin=stdin)

    return invoke


def one_line_error(proc):
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    return proc.stderr


def test_ingest_decide_show_verify(isolated_home, tmp_path, run):
    db = get_database()
    members = [create_account(db, f"Org{i}", "US")[0] for i in range(3)]
    flags = {"accounts": [{"account_id": a, "risk": 0.9, "flagged": True, "reasons": ["r"],
                           "cluster_id": "c1"} for a in members],
             "clusters": [{"cluster_id": "c1", "accounts": members, "reasons": ["shared ip"]}]}
    path = tmp_path / "flags.json"
    path.write_text(json.dumps(flags))
    out = run(isolated_home, "cases", "ingest", str(path), "--min-risk", "0.5")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"opened": 1, "existing": 0, "cases": [1], "cleared": 0}
    listed = json.loads(run(isolated_home, "cases", "list", "--json").stdout)
    assert listed[0]["accounts"] == sorted(members) and listed[0]["priority"] == 1
    decided = run(isolated_home, "cases", "decide", "1", "--action", "suspend",
                  "--reason-code", "coordinated_campaign", "--version", "1")
    assert decided.returncode == 0, decided.stderr
    assert len(json.loads(decided.stdout)["changed"]) == 3
    with db.session() as s:
        states = {r[0] for r in s.execute(text("SELECT state FROM gw_accounts"))}
    assert states == {"suspended"}
    shown = json.loads(run(isolated_home, "cases", "show", "1").stdout)
    assert shown["status"] == "closed" and shown["decisions"][0]["action"] == "suspend"
    again = run(isolated_home, "cases", "decide", "1", "--action", "approve",
                "--reason-code", "false_positive")
    assert "closed" in one_line_error(again)
    verified = run(isolated_home, "audit-log", "verify")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True
    shown = run(isolated_home, "audit-log", "show", "--limit", "2")
    assert [json.loads(line)["action"] for line in shown.stdout.splitlines()] == [
        "account.state_changed", "account.state_changed"]


def test_bad_input_is_one_line(isolated_home, tmp_path, run):
    (tmp_path / "bad.json").write_text("{not json")
    assert "not valid JSON" in one_line_error(
        run(isolated_home, "cases", "ingest", str(tmp_path / "bad.json")))
    assert "no case 42" in one_line_error(run(isolated_home, "cases", "show", "42"))
    assert "unknown action" in one_line_error(
        run(isolated_home, "cases", "decide", "1", "--action", "ban", "--reason-code", "x"))
    assert "unknown role" in one_line_error(
        run(isolated_home, "users", "add", "eve", "--role", "root", stdin="x" * 20 + "\n"))
    assert "at least 12" in one_line_error(
        run(isolated_home, "users", "add", "eve", stdin="short\n"))


def test_users_add_hashes_password(isolated_home, run):
    password = "correct horse battery staple"
    out = run(isolated_home, "users", "add", "alice", "--role", "admin", stdin=password + "\n")
    assert out.returncode == 0, out.stderr
    assert password not in out.stdout + out.stderr
    with get_database().session() as s:
        stored = s.scalar(text("SELECT password_hash FROM review_users WHERE username='alice'"))
    assert stored.startswith("$argon2id$") and password not in stored
    assert "already exists" in one_line_error(
        run(isolated_home, "users", "add", "alice", stdin=password + "\n"))
    help_out = run(isolated_home, "cases", "--help")
    assert help_out.returncode == 0 and "decide" in help_out.stdout
