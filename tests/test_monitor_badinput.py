"""Bad event files: a one-line error naming file and line/row, or with --skip-invalid a count."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor.scan import ScanParams, scan

GOOD = {
    "ts": "2026-03-01T10:00:00Z",
    "account_id": "a1",
    "ip": "203.0.113.9",
    "model": "m",
    "prompt": "Write a haiku about autumn leaves",
    "prompt_tokens": 9,
    "completion_tokens": 20,
    "status": 200,
}


def _good_rows(n: int = 12) -> list[dict]:
    return [
        {
            **GOOD,
            "account_id": f"a{i % 3}",
            "ts": 1772359200 + 60 * i,
            "prompt": f"Write a haiku about autumn leaves number {i}",
        }
        for i in range(n)
    ]


def _jsonl(path, rows, extra_lines=()):
    with path.open("w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")
    return path


BAD_ROWS = [
    ({k: v for k, v in GOOD.items() if k != "ip"}, "missing required field 'ip'"),
    ({**GOOD, "ts": "yesterday at noon"}, "unparseable timestamp"),
    ({**GOOD, "ts": "2026-03-01T10:00:00"}, "unparseable timestamp"),  # RFC 3339 needs an offset
    ({**GOOD, "ip": "300.1.2.3"}, "invalid IP address"),
    ({**GOOD, "prompt": "x" * 100_001}, "prompt of 100001 characters exceeds the 100000 limit"),
    ({**GOOD, "prompt_tokens": "many"}, "prompt_tokens is not an integer"),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_bad_jsonl_row_names_file_and_line(tmp_path, row, message):
    path = _jsonl(tmp_path / "events.jsonl", [*_good_rows(4), row])
    with pytest.raises(DistillguardError) as err:
        scan(path)
    assert f"events.jsonl:5: {message}" in str(err.value)


def test_skip_invalid_counts_dropped_rows(tmp_path):
    path = _jsonl(
        tmp_path / "events.jsonl", [*_good_rows(), *(r for r, _ in BAD_ROWS)], ["{not json"]
    )
    doc = scan(path, params=ScanParams(skip_invalid=True))
    assert doc["skipped_rows"] == len(BAD_ROWS) + 1
    assert doc["summary"]["events"] == 12
    assert doc["skipped_examples"][0].endswith("events.jsonl:13: missing required field 'ip'")
    assert {a["account_id"] for a in doc["accounts"]} == {"a0", "a1", "a2"}


def test_parquet_bad_rows_are_named_by_row(tmp_path):
    rows = _good_rows(5) + [{**GOOD, "ip": "not-an-ip", "ts": "2026-03-01T11:00:00Z"}]
    for r in rows:
        r["ts"] = str(r["ts"])
    path = tmp_path / "events.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    with pytest.raises(
        DistillguardError, match=r"events.parquet: row 6: invalid IP address 'not-an-ip'"
    ):
        scan(path)
    doc = scan(path, params=ScanParams(skip_invalid=True))
    assert doc["skipped_rows"] == 1 and doc["summary"]["events"] == 5


def test_parquet_missing_column_and_unparseable_time(tmp_path):
    path = tmp_path / "nocol.parquet"
    pq.write_table(pa.Table.from_pylist([{k: v for k, v in GOOD.items() if k != "model"}]), path)
    with pytest.raises(DistillguardError, match="missing required column 'model'"):
        scan(path)
    path = tmp_path / "badts.parquet"
    pq.write_table(pa.Table.from_pylist([{**GOOD, "ts": "soon"}]), path)
    with pytest.raises(DistillguardError, match="row 1: missing or unparseable timestamp"):
        scan(path)


def test_empty_missing_and_unknown_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(DistillguardError, match="empty file"):
        scan(empty)
    blank = _jsonl(tmp_path / "blank.jsonl", [], ["", "   "])
    with pytest.raises(DistillguardError, match="no valid events"):
        scan(blank)
    with pytest.raises(DistillguardError, match="not found"):
        scan(tmp_path / "nope.jsonl")
    (tmp_path / "e.csv").write_text("a,b\n")
    with pytest.raises(DistillguardError, match="unknown events format"):
        scan(tmp_path / "e.csv")
    (tmp_path / "junk.parquet").write_text("this is not parquet")
    with pytest.raises(DistillguardError, match="not a readable Parquet file"):
        scan(tmp_path / "junk.parquet")


def test_cli_prints_one_line_error_without_traceback(tmp_path):
    path = _jsonl(tmp_path / "events.jsonl", [*_good_rows(2), {**GOOD, "ts": "noon"}])
    cmd = [sys.executable, "-m", "distillguard.cli", "monitor", "scan", str(path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "events.jsonl:3: unparseable timestamp" in proc.stderr
    out = tmp_path / "flags.json"
    proc = subprocess.run(
        [*cmd, "--skip-invalid", "--quiet", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["skipped_rows"] == 1
    doc = json.loads(out.read_text())
    assert set(doc) >= {"accounts", "clusters", "summary", "skipped_rows"}
    for account in doc["accounts"]:
        assert set(account) >= {"account_id", "risk", "flagged", "reasons", "cluster_id"}


def test_calibrate_cli_fits_a_model_that_reads_rotation_as_the_shipped_one_and_refuses_a_bad_truth(tmp_path):
    """`monitor calibrate` on a small simulated log: the written calibration loads, reads IP
    rotation over consumer networks like the shipped model K, flags no benign account of its own
    fit (the threshold sits above them) and flags campaign accounts when scanned; a truth file
    without an `accounts` object is a one-line error and writes nothing."""
    from distillguard.monitor.scoring import Calibration
    from distillguard.sim.builder import write_events
    from distillguard.sim.simulate import simulate

    table, truth = simulate({"benign_accounts": 120, "campaigns": 4, "campaign_accounts": 40, "seed": 5})
    events = write_events(table, tmp_path / "events.parquet")
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    out = tmp_path / "calibration.json"
    cli = [sys.executable, "-m", "distillguard.cli", "monitor"]
    proc = subprocess.run([*cli, "calibrate", str(events), "--truth", str(tmp_path / "truth.json"),
                           "--out", str(out), "--quiet"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    cal = Calibration.load(out)
    assert cal.rotation_consumer_only and 0 < cal.threshold < 1
    assert json.loads(proc.stdout)["threshold"] == cal.threshold
    flags = tmp_path / "flags.json"
    proc = subprocess.run([*cli, "scan", str(events), "--calibration", str(out), "--out", str(flags), "--quiet"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    labels = {a: f["label"] for a, f in truth["accounts"].items()}
    flagged = [a["account_id"] for a in json.loads(flags.read_text())["accounts"] if a["flagged"]]
    assert not [a for a in flagged if labels.get(a) == "benign"]
    assert sum(labels.get(a) == "campaign" for a in flagged) >= 10
    (tmp_path / "bad_truth.json").write_text(json.dumps({"labels": {}}))
    bad_out = tmp_path / "never.json"
    proc = subprocess.run([*cli, "calibrate", str(events), "--truth", str(tmp_path / "bad_truth.json"),
                           "--out", str(bad_out), "--quiet"], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "has no 'accounts' object" in proc.stderr and not bad_out.exists()
