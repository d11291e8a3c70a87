"""The `distillguard accounts|events|serve` commands: two real subprocesses for the contract
and the one-line error path, the rest in-process through typer's runner (same code path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
from typer.testing import CliRunner

from distillguard.cli import app
from distillguard.errors import DistillguardError
from distillguard.gateway.events import EventLog
from distillguard.store.db import get_database

runner = CliRunner()


def dg(*args: str, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISTILLGUARD_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "distillguard.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def cli(*args: str):
    return runner.invoke(app, list(args))


def test_accounts_create_prints_exactly_the_contract_json(isolated_home):
    done = dg("accounts", "create", "--org", "Acme", "--country", "us",
              "--billing-country", "DE", "--owner-country", "CN", home=isolated_home)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"account_id", "api_key"} and out["api_key"].startswith("dg_")
    shown = cli("accounts", "show", out["account_id"])
    detail = json.loads(shown.stdout)
    assert detail["ownership"] == {"CN": 1.0}
    assert detail["declared_country"] == "US" and detail["billing_country"] == "DE"
    assert detail["decision"]["action"] == "deny"
    assert out["api_key"] not in shown.stdout  # never shown again
    listed = cli("accounts", "list")
    assert out["account_id"] in listed.stdout and out["api_key"] not in listed.stdout


def test_bad_input_is_one_line_error_and_nonzero_exit(isolated_home):
    done = dg("accounts", "create", "--org", "X", "--country", "Narnia", home=isolated_home)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "country" in done.stderr
    for args in (["accounts", "set-state", "acct_missing", "suspended", "--reason", "r"],
                 ["accounts", "create", "--org", "X", "--country", "US", "--share", "0.5"],
                 ["events", "export", "--format", "csv", "--out", "x.csv"],
                 ["accounts", "rotate-key", "acct_missing"]):
        result = cli(*args)
        assert isinstance(result.exception, DistillguardError), (args, result.output)
        assert "\n" not in str(result.exception)


def test_state_change_and_events_export(isolated_home, tmp_path):
    created = json.loads(cli("accounts", "create", "--org", "Beta", "--country", "FR").stdout)
    account_id = created["account_id"]
    done = cli("accounts", "set-state", account_id, "suspended", "--reason", "key resale",
               "--actor", "ops@x")
    assert done.exit_code == 0, done.output
    illegal = cli("accounts", "set-state", account_id, "active", "--reason", "oops")
    assert "illegal transition" in str(illegal.exception)
    rotated = json.loads(cli("accounts", "rotate-key", account_id).stdout)
    assert rotated["api_key"] != created["api_key"]
    db = get_database(f"sqlite:///{isolated_home / 'distillguard.db'}")
    log = EventLog(db)
    log.write_sync({"request_id": "r1", "ip": "9.9.9.9", "endpoint": "chat.completions",
                    "model": "smollm2", "status": 200, "account_id": account_id,
                    "prompt": "p", "response": "r"})
    log.close()
    jsonl, parquet = tmp_path / "ev.jsonl", tmp_path / "ev.parquet"
    assert cli("events", "export", "--format", "jsonl", "--out", str(jsonl)).exit_code == 0
    assert json.loads(jsonl.read_text())["account_id"] == account_id
    assert cli("events", "export", "--format", "parquet", "--out", str(parquet)).exit_code == 0
    assert pq.read_table(parquet).column("account_id").to_pylist() == [account_id]


def test_org_chain_via_cli(isolated_home):
    assert cli("accounts", "add-org", "Parent SA", "--country", "RU").exit_code == 0
    created = json.loads(cli("accounts", "create", "--org", "Child BV", "--country", "NL",
                             "--parent", "Parent SA", "--share", "0.6").stdout)
    detail = json.loads(cli("accounts", "show", created["account_id"]).stdout)
    assert detail["ownership"] == {"NL": 0.4, "RU": 0.6}
    assert "ownership_restricted" in [r["code"] for r in detail["decision"]["reasons"]]


def test_serve_help_and_bad_config(isolated_home, tmp_path):
    assert "--port" in cli("serve", "--help").stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('[gateway]\nmax_body_bytes = "big"\n', encoding="utf-8")
    result = cli("serve", "--config", str(bad))
    assert isinstance(result.exception, DistillguardError)
    assert "max_body_bytes" in str(result.exception)
