"""`monitor scan --engine spark` the two ways a lab's cluster runs it, for real, on loopback.

- under `spark-submit` (the CLI module as the application file): the scan reuses the session
  spark-submit configured (`PYSPARK_GATEWAY_PORT`), here with a `local[2]` master;
- over Spark Connect (`--spark-master sc://127.0.0.1:PORT`) against a real Connect server started
  from PySpark's own jars, whose Python workers run this interpreter (the DuckDB UDFs need
  distillguard there, as on a cluster).

Each gives the same flagged accounts and clusters as a DuckDB scan of the same small simulated
log. What is *not* run here: a multi-machine cluster (docs/monitor_spark.md, "Running on a
cluster").
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyspark
import pytest

import distillguard.cli
from distillguard.monitor.engine_spark import SparkEngine
from distillguard.sim.builder import write_events
from distillguard.sim.simulate import simulate
from distillguard.testing import free_port
from helpers import SMALL_MONITOR_SIM, assert_one_line_error, cli, embedding_cache_snapshot

pytestmark = pytest.mark.slow

SPARK_BIN = Path(pyspark.__file__).parent / "bin"
CONNECT_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"
CONNECT_START_S = 180  # JVM + SparkContext on a loaded 2-core machine: ~10 s idle
SCAN = ("--quiet", "--embed-budget", "0")  # the engines are compared, not the embedding cache
# CI cost only (nothing Spark computes changes): a short-lived JVM spends much of its CPU in the
# C2 JIT and parallel GC threads; the C1 JIT and the serial GC cut the spark-submit scan from
# ~84 to ~42 CPU-seconds on the 2-core machine
JVM_OPTS = ("--driver-java-options", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")


_FROZEN_CACHE: dict[str, str] = {}  # every scan here reads one frozen copy of the embedding cache


@pytest.fixture(scope="module", autouse=True)
def frozen_embedding_cache(tmp_path_factory):
    _FROZEN_CACHE.update(embedding_cache_snapshot(tmp_path_factory.mktemp("embedding-cache")))
    yield
    _FROZEN_CACHE.clear()


def _env() -> dict[str, str]:
    # the Spark Python workers (and spark-submit's driver) must run this interpreter: it has
    # distillguard and DuckDB, which the `dg_hash` / `dg_epoch_text` UDFs import
    return dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
                HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", OMP_NUM_THREADS="1", **_FROZEN_CACHE)


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> Path:
    table, _ = simulate(SMALL_MONITOR_SIM)
    return write_events(table, tmp_path_factory.mktemp("cluster") / "events.parquet")


@pytest.fixture(scope="module")
def duckdb_doc(events, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("duckdb") / "flags.json"
    cli("monitor", "scan", events, "--engine", "duckdb", "--out", out, *SCAN, env=_FROZEN_CACHE)
    return json.loads(out.read_text())


def _assert_same_as_duckdb(doc: dict, duck: dict) -> None:
    assert doc["input"]["engine"] == "spark" and duck["input"]["engine"] == "duckdb"
    assert doc["summary"]["events"] == duck["summary"]["events"] > 0
    flagged = {a["account_id"] for a in duck["accounts"] if a["flagged"]}
    assert flagged and flagged == {a["account_id"] for a in doc["accounts"] if a["flagged"]}
    assert duck["clusters"], "the log has coordinated clusters to compare"
    assert [(c["cluster_id"], c["accounts"]) for c in doc["clusters"]] == [
        (c["cluster_id"], c["accounts"]) for c in duck["clusters"]
    ]
    risks = {a["account_id"]: a["risk"] for a in duck["accounts"]}
    assert risks.keys() == {a["account_id"] for a in doc["accounts"]}
    for account in doc["accounts"]:
        assert abs(account["risk"] - risks[account["account_id"]]) <= 1e-6, account["account_id"]


def _stop(proc: subprocess.Popen) -> None:
    """A JVM and everything it started (Python driver, workers): its own process group."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:  # the group is gone already
        return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def _run_as_group(cmd: list, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """spark-submit's JVM starts the Python driver as its child: on a timeout, stop both."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, env=_env(), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(proc)
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def test_scan_under_spark_submit(events, duckdb_doc, tmp_path):
    """What a user runs on a cluster's edge node, with a local master: the CLI module is the
    application file, the master and settings are spark-submit's."""
    out = tmp_path / "flags.json"
    proc = _run_as_group(
        [SPARK_BIN / "spark-submit", "--master", "local[2]", "--name", "dg-submitted",
         "--driver-memory", "1g", *JVM_OPTS,
         "--conf", "spark.sql.shuffle.partitions=2", "--conf", "spark.ui.enabled=false",
         distillguard.cli.__file__, "monitor", "scan", events, "--engine", "spark",
         "--out", out, *SCAN],
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    # the scan ran in spark-submit's session (its name), not in one the engine built itself
    # (named distillguard-monitor, local[*]); spark-submit logs at INFO unless configured
    assert "Submitted application: dg-submitted" in proc.stderr, proc.stderr[-3000:]
    _assert_same_as_duckdb(json.loads(out.read_text()), duckdb_doc)


@pytest.fixture(scope="module")
def connect_server(tmp_path_factory):
    """A real Spark Connect server (PySpark's jars, `local[2]`) on a free loopback port."""
    port = free_port()
    log = tmp_path_factory.mktemp("connect") / "server.log"
    with log.open("w") as sink:
        proc = subprocess.Popen(
            [SPARK_BIN / "spark-submit", "--class", CONNECT_CLASS, "--master", "local[2]",
             "--driver-memory", "1g", *JVM_OPTS, "--conf", "spark.ui.enabled=false",
             # the server's settings are the session's: the client sends no shuffle width
             "--conf", "spark.sql.shuffle.partitions=2",
             "--conf", "spark.connect.grpc.binding.address=127.0.0.1",
             "--conf", f"spark.connect.grpc.binding.port={port}"],
            stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=_env(),
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + CONNECT_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Spark Connect server exited ({proc.returncode}): "
                            f"{log.read_text()[-3000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Spark Connect server not listening on 127.0.0.1:{port} after "
                                f"{CONNECT_START_S} s: {log.read_text()[-3000:]}")
                time.sleep(0.5)
        yield f"sc://127.0.0.1:{port}"
    finally:
        _stop(proc)


def test_scan_over_spark_connect(events, duckdb_doc, connect_server, tmp_path):
    # one test per server (under pytest-xdist a second test could start a second server).
    # The session is the server's: its admin sized the shuffles (here 2) and the client no
    # longer forces local mode's 8; `dg_hash` runs in the server's workers, as DuckDB's hash
    engine = SparkEngine.start(connect_server)
    try:
        assert engine.spark.conf.get("spark.sql.shuffle.partitions") == "2"
        (got,), = engine.rows("SELECT hash('distillguard') AS h")
        want = duckdb.connect().execute("SELECT hash('distillguard')").fetchone()[0]
        assert got + 2**63 == want
    finally:
        engine.close()
    out = tmp_path / "flags.json"
    proc = cli("monitor", "scan", events, "--engine", "spark", "--spark-master", connect_server,
               "--out", out, *SCAN, env=_FROZEN_CACHE)
    # a Connect client cannot set the server's JVM settings: the CLI no longer tries (each
    # attempt printed a CANNOT_MODIFY_CONFIG warning), nor shows protobuf's gencode warning
    assert "CANNOT_MODIFY_CONFIG" not in proc.stderr and "gencode" not in proc.stderr, proc.stderr
    _assert_same_as_duckdb(json.loads(out.read_text()), duckdb_doc)


def test_unreachable_spark_connect_url_is_a_one_line_error(events):
    url = f"sc://127.0.0.1:{free_port()}"  # nothing listens: gRPC would retry for minutes
    started = time.monotonic()
    proc = cli("monitor", "scan", events, "--engine", "spark", "--spark-master", url, "--quiet",
               check=False)
    assert_one_line_error(proc, f"cannot reach Spark master {url}")
    assert len(proc.stderr.strip().splitlines()) == 1 and time.monotonic() - started < 60
