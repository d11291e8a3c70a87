"""The simulator: seeded and reproducible, truth consistent with events, roles and formats."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pyarrow.parquet as pq
import pytest

from distillguard.errors import DistillguardError
from distillguard.sim.simulate import simulate

SMALL = {"benign_accounts": 120, "campaigns": 2, "campaign_accounts": 40, "seed": 7}


@pytest.fixture(scope="module")
def small():
    return simulate(SMALL)


def test_same_seed_same_events_and_other_seed_differs(small):
    table, truth = small
    again, truth_again = simulate(SMALL)
    assert table.equals(again)
    assert truth == truth_again
    other, _ = simulate({**SMALL, "seed": 8})
    assert not table.equals(other)


def test_truth_matches_events_and_has_every_role(small):
    table, truth = small
    accounts = set(table.column("account_id").to_pylist())
    assert accounts == set(truth["accounts"])
    assert truth["events"] == table.num_rows
    labels = Counter(v["label"] for v in truth["accounts"].values())
    assert labels == {"benign": 120, "campaign": 40}
    roles = Counter(v["role"] for v in truth["accounts"].values())
    for role in (
        "user",
        "nat_member",
        "heavy_api_user",
        "batch_job",
        "worker",
        "slow_low",
        "reseller",
    ):
        assert roles[role] > 0, role
    assert len(truth["campaigns"]) == 2
    ts = table.column("ts").to_numpy()
    assert (ts[1:] >= ts[:-1]).all()
    assert set(table.column("model").to_pylist()) == {"frontier-1", "frontier-1-mini", "frontier-2"}


def test_campaign_traffic_pivots_to_the_new_model_after_release(small):
    table, truth = small
    release = truth["model_release"]["ts"]
    rows = table.select(["ts", "account_id", "model"]).to_pylist()
    campaign = {a for a, v in truth["accounts"].items() if v["role"] == "worker"}
    before = [r["model"] for r in rows if r["account_id"] in campaign and r["ts"] < release]
    late = [r["model"] for r in rows if r["account_id"] in campaign and r["ts"] > release + 86400]
    assert "frontier-2" not in before
    assert late.count("frontier-2") / len(late) > 0.85


def test_cli_writes_parquet_and_jsonl_with_the_contract_schema(tmp_path):
    for suffix in ("parquet", "jsonl"):
        out, truth = tmp_path / f"ev.{suffix}", tmp_path / f"truth-{suffix}.json"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "distillguard.cli",
                "sim",
                "run",
                "--out",
                str(out),
                "--truth",
                str(truth),
                "--benign-accounts",
                "20",
                "--campaigns",
                "1",
                "--campaign-accounts",
                "5",
                "--seed",
                "1",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        summary = json.loads(proc.stdout)
        assert summary["accounts"] == 25
        if suffix == "parquet":
            names = set(pq.read_schema(out).names)
        else:
            first = json.loads(out.open().readline())
            names = set(first)
            assert first["ts"].endswith("Z")
        assert {
            "ts",
            "account_id",
            "org_id",
            "ip",
            "user_agent",
            "payment_fingerprint",
            "model",
            "prompt",
            "prompt_tokens",
            "completion_tokens",
            "status",
        } <= names


def test_bad_configs_are_one_line_errors(tmp_path):
    with pytest.raises(DistillguardError):
        simulate({"benign_accounts": 0, "campaigns": 0, "campaign_accounts": 0})
    with pytest.raises(DistillguardError):
        simulate({"campaigns": 3, "campaign_accounts": 4})
    with pytest.raises(DistillguardError):
        simulate({"no_such_field": 1})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "distillguard.cli",
            "sim",
            "run",
            "--out",
            str(tmp_path / "x.csv"),
            "--truth",
            str(tmp_path / "t.json"),
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "format" in proc.stderr
