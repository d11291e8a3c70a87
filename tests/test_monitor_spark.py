"""The monitor on Apache Spark (local mode, a real JVM) from the same SQL as DuckDB.

Parity: one simulated log scanned by both engines gives the same flagged accounts, clusters and
reason codes, and risks equal to 1e-6. The only measured difference is in the last bits of
`gap_cv` (the two engines compute a population standard deviation with different algorithms);
it never moves a risk by 1e-6. Spark starts once for the module.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor import phrases as P
from distillguard.monitor.engine import DuckDBEngine
from distillguard.monitor.engine_spark import SparkEngine, failure_line, to_spark_sql
from distillguard.monitor.inputs import resolve
from distillguard.monitor.load import load_events
from distillguard.monitor.scan import ScanParams, analyse, assess
from distillguard.monitor.scoring import Calibration
from distillguard.sim.builder import write_events
from distillguard.sim.simulate import simulate
from helpers import SMALL_MONITOR_SIM

pytestmark = pytest.mark.slow

CONFIG = SMALL_MONITOR_SIM


@pytest.fixture(scope="module")
def spark():
    engine = SparkEngine.start(
        "local[2]", conf={"spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g"}
    )
    yield engine.spark
    engine.spark.stop()


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    table, _ = simulate(CONFIG)
    return table, write_events(table, tmp_path_factory.mktemp("spark") / "events.parquet")


def _params(engine: str, **kw) -> ScanParams:
    params = ScanParams(engine=engine, **kw)
    params.embed.budget = 0  # parity is about the engines: embeddings come from the same cache
    params.features.phrases = True  # and side model XMCP's shared phrases
    params.features.partition = True  # and side model XMCD's speakers' long prompts
    params.features.corpus_order = True  # and side model XMCT's public prompts' corpus order
    return params


def _compared(engine: str) -> ScanParams:
    """`_params` with the compared repeats counted (`FeatureParams.compared`, side model XC) and the
    burst ones (`FeatureParams.burst`, side model XMK)."""
    params = _params(engine)
    params.features.compared = True
    params.features.burst = True  # and the burst counts (side model XMK)
    return params


@pytest.fixture(scope="module")
def analyses(spark, events):
    """The same log measured once by each engine (assess() then applies the calibration)."""
    _, path = events
    return (analyse(path, _params("duckdb", collect_state=True)),
            analyse(path, _params("spark", collect_state=True)))


def test_both_engines_flag_the_same_accounts_and_clusters(analyses):
    cal = Calibration.load()
    duck, spk = (assess(a, cal) for a in analyses)
    assert spk["summary"]["events"] == duck["summary"]["events"] > 0
    assert (duck["input"]["engine"], spk["input"]["engine"]) == ("duckdb", "spark")
    d = {a["account_id"]: a for a in duck["accounts"]}
    s = {a["account_id"]: a for a in spk["accounts"]}
    assert d.keys() == s.keys()
    assert {a for a in d if d[a]["flagged"]} == {a for a in s if s[a]["flagged"]}
    assert any(a["flagged"] for a in d.values())  # the comparison covers flagged accounts
    for account in d:
        assert abs(d[account]["risk"] - s[account]["risk"]) <= 1e-6, account
        assert d[account]["reason_codes"] == s[account]["reason_codes"], account
        assert d[account]["cluster_id"] == s[account]["cluster_id"], account
    assert [(c["cluster_id"], c["accounts"]) for c in duck["clusters"]] == [
        (c["cluster_id"], c["accounts"]) for c in spk["clusters"]
    ]
    assert duck["clusters"], "the log has coordinated clusters to compare"
    for c, k in zip(duck["clusters"], spk["clusters"], strict=True):
        assert abs(c["risk"] - k["risk"]) <= 1e-6
        assert c["links"] == k["links"]


def test_raw_signals_match_except_the_last_bits_of_gap_cv(analyses):
    duck, spk = analyses
    assert duck.rows.keys() == spk.rows.keys()
    for account, row in duck.rows.items():
        other = spk.rows[account]
        assert row.keys() == other.keys()
        for key, value in row.items():
            if key == "gap_cv" and value is not None:
                assert other[key] == pytest.approx(value, rel=1e-12, abs=1e-15)
            else:
                assert other[key] == value or (value != value and other[key] != other[key]), (
                    account, key, value, other[key]
                )
    assert duck.pooled == spk.pooled and duck.links == spk.links and duck.pivot == spk.pivot
    assert duck.phrases == spk.phrases  # side model XMCP's shared phrases
    # side model XMCD's long prompts: each engine hashes in its own id type, so compare who sends which
    assert _who_sends(duck.long_prompts) == _who_sends(spk.long_prompts)


def _who_sends(long_of: dict[str, frozenset[int]]) -> list[tuple[str, ...]]:
    """The accounts sending each long prompt, engine-independent (the hashes' values differ)."""
    by_key: dict[int, list[str]] = {}
    for account, keys in long_of.items():
        for key in keys:
            by_key.setdefault(key, []).append(account)
    return sorted(tuple(sorted(accounts)) for accounts in by_key.values())


def test_short_prompts_per_account_are_the_same_on_both_engines(spark, events, tmp_path):
    """The phrase step's one engine query (`phrases.short_prompt_rows`) on a log with short prompts
    and a second organisation's copy of one of them (an organisation left empty stands for its account)."""
    table, _ = events
    short = next(i for i, p in enumerate(table.column("prompt").to_pylist()) if len(p.strip()) <= P.MAX_CHARS)
    copy = table.slice(short, 1).to_pylist()[0] | {"account_id": "acct-copy", "org_id": ""}
    path = write_events(pa.concat_tables([table, pa.Table.from_pylist([copy], schema=table.schema)]),
                        tmp_path / "short.parquet")
    found = {}
    for name in ("duckdb", "spark"):
        eng = SparkEngine(spark, owns=False) if name == "spark" else DuckDBEngine()
        try:
            load_events(eng, path)
            found[name] = sorted(P.short_prompt_rows(eng))
        finally:
            eng.close()
    assert found["duckdb"] == found["spark"]
    assert ("acct-copy", "acct-copy", copy["prompt"], 1) in found["duckdb"]


def test_long_prompts_of_the_speakers_are_the_same_on_both_engines(spark, events, tmp_path):
    """Side model XMCD's engine step (`phrases.long_prompt_rows`): the distinct long prompts of the
    accounts asked for only, a second account's copy of one of them counted for both."""
    table, _ = events
    texts = table.column("prompt").to_pylist()
    accounts = table.column("account_id").to_pylist()
    long = next(i for i, p in enumerate(texts) if len(p.strip()) > P.MAX_CHARS)
    copy = table.slice(long, 1).to_pylist()[0] | {"account_id": "acct-copy"}
    path = write_events(pa.concat_tables([table, pa.Table.from_pylist([copy], schema=table.schema)]),
                        tmp_path / "long.parquet")
    asked = {accounts[long], "acct-copy"}
    found = {}
    for name in ("duckdb", "spark"):
        eng = SparkEngine(spark, owns=False) if name == "spark" else DuckDBEngine()
        try:
            load_events(eng, path)
            found[name] = P.long_prompts(eng, asked)
        finally:
            eng.close()
    assert _who_sends(found["duckdb"]) == _who_sends(found["spark"])
    assert set(found["duckdb"]) == asked and len(found["duckdb"]["acct-copy"]) == 1
    assert found["duckdb"]["acct-copy"] <= found["duckdb"][accounts[long]]


def test_arrived_public_senders_public_prompts_are_the_same_on_both_engines(spark, events, tmp_path):
    """Side models XMCR's and XMCRD's engine step (`replay_crowds.public_prompts_sent`): each asked
    account's distinct public prompts by corpus position — the public corpus's exact texts hashed by the
    engine as it hashed the log's — for the accounts asked for only, and per position how many of the
    other accounts sent it; a text that is no public prompt word for word (an upper-cased copy) is not one."""
    from distillguard.monitor import replay_crowds as RC
    from distillguard.monitor.content import public_positions, public_prompts

    table, _ = events
    counts: dict[str, int] = {}
    for a in table.column("account_id").to_pylist():
        counts[a] = counts.get(a, 0) + 1
    asked = sorted(counts, key=lambda a: (-counts[a], a))[:40]
    replayed = sorted({p for p in public_prompts() if 40 < len(p) < 400 and p.upper() != p})[: RC.COLLECT_PROMPTS + 5]
    row = table.slice(0, 1).to_pylist()[0]
    sent = [{**row, "account_id": "acct-replay", "prompt": text, "ts": row["ts"] + i}
            for i, text in enumerate([*replayed, replayed[0].upper()])]
    path = write_events(pa.concat_tables([table, pa.Table.from_pylist(sent, schema=table.schema)]),
                        tmp_path / "public.parquet")
    found, references = {}, {}
    for name in ("duckdb", "spark"):
        eng = SparkEngine(spark, owns=False) if name == "spark" else DuckDBEngine()
        try:
            load_events(eng, path)
            sent = RC.public_prompts_sent(eng, [*asked, "acct-replay"])
            found[name] = {a: v.tolist() for a, v in sent.sets.items()}
            references[name] = sent.reference
        finally:
            eng.close()
    assert found["duckdb"] == found["spark"]
    assert np.array_equal(references["duckdb"], references["spark"])
    corpus = list(public_prompts())
    first: dict[str, int] = {}
    for text, pos in zip(corpus, public_positions(corpus).tolist(), strict=True):
        first[text] = min(first.get(text, pos), pos)
    others = {(r["account_id"], first[r["prompt"]]) for r in table.select(["account_id", "prompt"]).to_pylist()
              if r["account_id"] not in asked and r["prompt"] in first}
    expected = np.bincount([pos for _, pos in others], minlength=len(corpus))
    assert np.array_equal(references["duckdb"], expected) and expected.sum() > 0
    assert found["duckdb"]["acct-replay"] == sorted(set(public_positions(replayed).tolist()))
    assert set(found["duckdb"]) <= {*asked, "acct-replay"} and len(found["duckdb"]) > 1
    assert all(len(v) >= RC.COLLECT_PROMPTS for v in found["duckdb"].values())


def test_state_templates_are_the_same_on_both_engines(analyses):
    """`--state` carries one signature per (account, template): the same rows on Spark."""
    duck, spk = (a.templates for a in analyses)
    assert duck is not None and spk is not None and len(duck.accounts) > 0
    assert duck.as_of == spk.as_of and duck.lsh == spk.lsh
    assert duck.accounts == spk.accounts
    assert (duck.sigs == spk.sigs).all() and (duck.templated == spk.templated).all()


def test_duckdb_hash_is_the_same_in_spark(spark):
    """Sampling and deduplication order by DuckDB's hash: Spark must see the same order."""
    texts = ["", "a", "prompt ünïcode ✓", None, "x" * 5000] + [f"p{i}" for i in range(200)]
    ints = [0, 1, -5, 2**40, None] + list(range(10, 210))
    spark.createDataFrame(pa.table({"t": texts, "i": ints})).createOrReplaceTempView("h_in")
    got = spark.sql(
        "SELECT t, i, dg_hash(t) AS ht, dg_hash(i + 0) AS hi FROM h_in"
    ).toArrow().to_pylist()
    con = duckdb.connect()
    for row in got:
        want_t, want_i = con.execute(
            "SELECT hash($t::VARCHAR), hash(($i::BIGINT) + 0)", {"t": row["t"], "i": row["i"]}
        ).fetchone()
        assert (row["ht"] + 2**63) == want_t and (row["hi"] + 2**63) == want_i
    by_spark = [r["t"] for r in sorted(got, key=lambda r: r["ht"])]
    by_duck = [r[0] for r in con.execute(
        "SELECT t FROM (SELECT unnest($ts::VARCHAR[]) AS t) ORDER BY hash(t)", {"ts": texts}
    ).fetchall()]
    assert by_spark == by_duck


def test_transpiler_rewrites_what_differs_between_engines():
    text, name, kind = to_spark_sql(
        "CREATE OR REPLACE TABLE t AS SELECT hash(p) AS h, epoch(ts::TIMESTAMPTZ) AS a, "
        "epoch(try_cast(s AS TIMESTAMPTZ)) AS b, string_split(ip, '.')[1:3] AS c FROM x"
    )
    assert (name, kind) == ("t", "TABLE")
    text = text.lower()
    assert "dg_hash(p)" in text and "dg_epoch_text(s)" in text and "unix_timestamp" not in text
    assert "unix_micros(cast(ts as timestamp))" in text and "[1:3]" not in text
    assert "slice(split(ip, concat('\\\\q', '.', '\\\\e')), 1, 3)" in text  # 3 parts, literal dot


def _load(spark, engine: str, path, **kw):
    """Only the loading step (the input rules), on the module's Spark session or a DuckDB."""
    eng = SparkEngine(spark, owns=False) if engine == "spark" else DuckDBEngine()
    try:
        return load_events(eng, path, **kw)
    finally:
        eng.close()


def test_exact_quantiles_stay_exact_on_spark(spark):
    """DuckDB's quantile_cont is exact and interpolated; so must the Spark translation be."""
    values = [1.0, 2.0, 4.0, 10.0]
    spark.createDataFrame(pa.table({"n": values})).createOrReplaceTempView("q_in")
    for sql in ("SELECT quantile_cont(n, 0.5) AS q FROM q_in",
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS q FROM q_in"):
        text, _, _ = to_spark_sql(sql)
        assert spark.sql(text).collect()[0][0] == 3.0, text
        q_in = pa.table({"n": values})  # noqa: F841 (read by DuckDB below)
        assert duckdb.sql(sql).fetchall()[0][0] == 3.0


def _partitioned_tree(table: pa.Table, root):
    """One Parquet file per UTC day, `date=YYYY-MM-DD/part-0.parquet`; returns {day: rows}."""
    days = [
        datetime.fromtimestamp(t, UTC).date().isoformat() for t in table.column("ts").to_pylist()
    ]
    counts = {}
    for day in sorted(set(days)):
        part = table.filter(pa.array([d == day for d in days]))
        (root / f"date={day}").mkdir(parents=True)
        pq.write_table(part, root / f"date={day}" / "part-0.parquet")
        counts[day] = part.num_rows
    return counts


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_since_reads_only_newer_partitions(spark, events, tmp_path, engine):
    table, _ = events
    counts = _partitioned_tree(table, tmp_path / "tree")
    days = sorted(counts)
    assert len(days) >= 3
    # the oldest partition is not Parquet at all: opening it would fail the scan
    (tmp_path / "tree" / f"date={days[0]}" / "part-1.parquet").write_text("not parquet")
    since = date.fromisoformat(days[1])
    source = resolve(tmp_path / "tree", since)
    assert [f.parent.name for f in source.files] == [f"date={d}" for d in days[1:]]
    assert source.pruned_files == 2
    loaded = _load(spark, engine, tmp_path / "tree", since=since)
    assert loaded.rows == sum(counts[d] for d in days[1:])
    assert loaded.files == len(days) - 1 and loaded.pruned_files == 2


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_partition_with_a_different_schema_is_named_or_skipped(spark, events, tmp_path, engine):
    table, _ = events
    counts = _partitioned_tree(table, tmp_path / "tree")
    days = sorted(counts)
    bad = tmp_path / "tree" / f"date={days[-1]}" / "part-0.parquet"
    pq.write_table(table.slice(0, 50).drop_columns(["model"]), bad)
    with pytest.raises(DistillguardError, match=f"date={days[-1]}.*missing required column 'model'"):
        _load(spark, engine, tmp_path / "tree")
    loaded = _load(spark, engine, tmp_path / "tree", skip_invalid=True)
    assert loaded.skipped_files == 1
    assert loaded.rows == sum(counts[d] for d in days[:-1])
    assert any(f"date={days[-1]}" in e for e in loaded.skipped_examples)


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_directory_bad_row_is_named_by_file_and_row(spark, events, tmp_path, engine):
    table, _ = events
    (tmp_path / "dir").mkdir()
    pq.write_table(table.slice(0, 400), tmp_path / "dir" / "a.parquet")
    second = table.slice(400, 400).to_pylist()
    second[6]["ip"] = "999.1.1.1"
    pq.write_table(pa.Table.from_pylist(second, schema=table.schema), tmp_path / "dir" / "b.parquet")
    with pytest.raises(DistillguardError, match=r"b.parquet: row 7: invalid IP address '999.1.1.1'"):
        _load(spark, engine, tmp_path / "dir")
    loaded = _load(spark, engine, tmp_path / "dir", skip_invalid=True)
    assert loaded.rows == 799 and loaded.files == 2 and loaded.skipped == 1


@pytest.mark.parametrize("engine", ["duckdb", "spark"])
def test_file_names_that_are_glob_patterns_never_read_other_files(spark, events, tmp_path, engine):
    """Both readers expand `[1]`, `*`, `{…}` in a path: `a[1].parquet` would read `a1.parquet`
    (twice, with a1 itself) and `x*/` every `x…/` directory. Such names are refused or skipped."""
    table, _ = events
    (tmp_path / "dir").mkdir()
    pq.write_table(table.slice(0, 300), tmp_path / "dir" / "a1.parquet")
    pq.write_table(table.slice(300, 7), tmp_path / "dir" / "a[1].parquet")
    with pytest.raises(DistillguardError, match=r"a\[1\].parquet: its path contains \[ \]"):
        _load(spark, engine, tmp_path / "dir")
    loaded = _load(spark, engine, tmp_path / "dir", skip_invalid=True)
    assert (loaded.rows, loaded.files, loaded.skipped_files) == (300, 1, 1)
    for name, rows in (("x*", 11), ("xy", 13), ("x{y,z}", 17)):
        (tmp_path / "tree" / name).mkdir(parents=True)
        pq.write_table(table.slice(0, rows), tmp_path / "tree" / name / "p.parquet")
    loaded = _load(spark, engine, tmp_path / "tree", skip_invalid=True)
    assert (loaded.rows, loaded.files, loaded.skipped_files) == (13, 1, 2)
    # the engines themselves refuse a pattern (a caller that bypasses inputs.resolve)
    eng = SparkEngine(spark, owns=False) if engine == "spark" else DuckDBEngine()
    try:
        with pytest.raises(DistillguardError, match=r"x\*/p.parquet: its path contains \*"):
            eng.read_parquet("raw_src", [tmp_path / "tree" / "x*" / "p.parquet"])
    finally:
        eng.close()


def test_a_relative_path_under_a_patterned_working_directory_is_refused(tmp_path, monkeypatch):
    """The readers get the absolute path, so a pattern in the working directory counts too: run
    from `w[1]/`, `e.parquet` would read `w1/e.parquet`, a file never listed or checked."""
    for name in ("w[1]", "w1"):
        (tmp_path / name).mkdir()
        pq.write_table(pa.table({"a": [1]}), tmp_path / name / "e.parquet")
    monkeypatch.chdir(tmp_path / "w[1]")
    with pytest.raises(DistillguardError, match=r"e.parquet: its path contains \[ \]"):
        _load(None, "duckdb", "e.parquet")
    eng = DuckDBEngine()
    try:
        with pytest.raises(DistillguardError, match=r"e.parquet: its path contains \[ \]"):
            eng.read_parquet("raw_src", [Path("e.parquet")])
    finally:
        eng.close()


def test_failed_spark_job_is_one_line_with_its_cause():
    wrapped = (
        "An error occurred while calling o90.localCheckpoint.\n: org.apache.spark.SparkException: "
        "Job aborted due to stage failure: Task 1 in stage 4.0 failed\n\tat org.apache.Foo(x)"
    )
    assert failure_line(Exception(wrapped)).startswith("org.apache.spark.SparkException: Job")
    oom = "An error occurred while calling o90.x.\n: java.lang.OutOfMemoryError: Java heap space"
    assert "SPARK_DRIVER_MEMORY" in failure_line(Exception(oom))


def _cli(args, env=None, pre=""):
    code = f"{pre}import sys; from distillguard.cli import main; sys.argv = ['distillguard', *sys.argv[1:]]; main()"
    return subprocess.run(
        [sys.executable, "-c", code, "monitor", "scan", *args],
        capture_output=True, text=True, check=False, env={**os.environ, **(env or {})},
    )


def test_cli_spark_start_up_problems_are_one_line_errors(tmp_path, events):
    _, path = events
    fake = tmp_path / "jdk11" / "bin"
    fake.mkdir(parents=True)
    (fake / "java").write_text('#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n')
    (fake / "java").chmod(0o755)
    cases = [
        (["--engine", "spark"], {"JAVA_HOME": str(tmp_path / "nojava")}, "",
         "needs Java (JAVA_HOME="),
        (["--engine", "spark"], {"JAVA_HOME": str(tmp_path / "jdk11")}, "",
         "is Java 11; Spark 4 runs on Java 17 or 21: install Java 17 (Debian/Ubuntu: apt-get "
         "install openjdk-17-jre-headless)"),
        (["--engine", "spark", "--spark-master", "spark://127.0.0.1:9"], {}, "",
         "cannot reach Spark master spark://127.0.0.1:9"),
        (["--engine", "spark", "--spark-master", "mesos://x"], {}, "", "--spark-master 'mesos://x'"),
        (["--engine", "spark"], {}, "import sys; sys.modules['pyspark'] = None; ",
         "pip install 'distillguard[spark]'"),
        (["--engine", "flink"], {}, "", "--engine 'flink': use duckdb or spark"),
        (["--spark-master", "local[2]"], {}, "", "--spark-master needs --engine spark"),
        (["--since", "yesterday"], {}, "", "--since 'yesterday': use a date"),
    ]
    for args, env, pre, message in cases:
        proc = _cli([str(path), "--quiet", *args], env, pre)
        assert proc.returncode == 1, (args, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr and "Exception" not in proc.stderr, proc.stderr
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and message in lines[0], (args, proc.stderr)


def test_batch_work_runs_in_the_executors_not_the_driver(spark):
    """Prompt texts are read where the rows are: on Spark, `map_batches` runs in Python workers
    (other processes), and only the function's output columns come back."""

    def _worker_pid(batch: pa.RecordBatch) -> pa.RecordBatch:  # local: shipped by value
        return pa.RecordBatch.from_arrays(
            [pa.array([os.getpid()] * batch.num_rows, pa.int64())], names=["pid"]
        )

    engine = SparkEngine(spark, owns=False)
    try:
        engine.register("pid_in", pa.table({"prompt": [f"p{i}" for i in range(100)]}))
        engine.map_batches(
            "pid_out", "SELECT prompt FROM pid_in", _worker_pid, pa.schema([("pid", pa.int64())])
        )
        pids = set(engine.arrow("SELECT pid FROM pid_out").column("pid").to_pylist())
        assert engine.columns("SELECT * FROM pid_out") == {"pid": "bigint"}
    finally:
        engine.close()
    assert pids and os.getpid() not in pids


@pytest.mark.parametrize("engine_name", ["duckdb", "spark"])
def test_template_labels_in_the_engine_equal_clustering_in_memory(spark, engine_name):
    """The engine-side LSH (band keys, first-member pairing, verification in batches, components
    on the driver) gives exactly the labels `minhash.template_clusters` gives over all
    signatures at once — the public corpus included, sampled prompts first, in `ph` order."""
    import numpy as np

    from distillguard.monitor import batch_udfs as U
    from distillguard.monitor.content import public_signatures
    from distillguard.monitor.features import FeatureParams, template_labels
    from distillguard.monitor.minhash import signatures, template_clusters

    rng = np.random.default_rng(3)
    stems = [
        "Grade this answer on a 1-10 rubric and explain each deduction: ",
        "Rewrite the following passage so it is safe for a younger audience: ",
        "Translate into formal French, keeping the numbers exactly: ",
        "Write a Python function that returns the nth prime number",  # a common shape too
    ]
    texts = [f"{stems[i % 4]} item {rng.integers(1e6)} {'x' * int(rng.integers(0, 40))}"
             for i in range(160)] + [f"unrelated question number {i} about gardening" for i in range(40)]
    texts = list(dict.fromkeys(texts))
    params = FeatureParams()
    eng = SparkEngine(spark, owns=False) if engine_name == "spark" else DuckDBEngine()
    try:
        eng.register("sample_prompts", pa.table({"prompt": texts, "min_rn": [1] * len(texts)}))
        eng.run("CREATE OR REPLACE TABLE sp AS SELECT hash(prompt) AS ph, prompt, min_rn "
                "FROM sample_prompts")
        eng.map_batches(
            "prompt_signals", "SELECT ph, prompt, min_rn FROM sp",
            partial(U.prompt_signals, num_perm=params.num_perm, seed=1, task_shapes=False),
            U.schema("prompt_signals", eng.id_type),
        )
        ordered = eng.arrow("SELECT ph, prompt FROM sp ORDER BY ph")
        got = template_labels(eng, ordered.column("ph").to_numpy(), params)
    finally:
        eng.close()
    in_order = ordered.column("prompt").to_pylist()
    sigs = np.concatenate([signatures(in_order, params.num_perm, seed=1),
                           public_signatures(params.num_perm)])
    want = template_clusters(sigs, params.lsh_threshold)
    assert len(set(want[: len(in_order)])) < len(in_order) - 100  # templates were found
    assert (got == want).all()


def test_fresh_repeats_are_counted_the_same_on_spark(spark, tmp_path):
    """The sessions and the organisation-wide freshness behind `n_resample_fresh` (running sums,
    a distinct count, an outer join), the prompts sent to several models behind the compared
    counts, the ranked copies per model behind the balanced ones and the organisation's copies of
    each prompt behind the burst ones give the same counts on Spark as on DuckDB."""
    from helpers import resampling_log

    path = resampling_log(tmp_path / "events.jsonl")
    duck, spk = analyse(path, _compared("duckdb")), analyse(path, _compared("spark"))
    names = ("n_resample", "n_resample_fresh", "n_resample_compared", "n_resample_fresh_compared",
             "n_resample_balanced", "n_resample_fresh_balanced", "n_resample_burst", "n_resample_fresh_burst",
             "n_resample_fresh_burst_compared", "n_resample_fresh_burst_balanced")
    counts = {a: tuple(r.get(n) for n in names) for a, r in duck.rows.items()}
    assert counts == {a: tuple(r.get(n) for n in names) for a, r in spk.rows.items()}
    assert counts["harvester"] == (40, 40, 0, 0, 0, 0, 40, 40, 0, 0) and counts["eval-a"] == (120, 0, 0, 0, 0, 0, 120, 0, 0, 0)
    assert counts["study"] == (90,) * 10 and counts["stray"] == (140, 140, 140, 140, 0, 0, 140, 140, 140, 0)
    assert counts["dealt-1"] == (20, 0, 0, 0, 0, 0, 40, 40, 0, 0)


def test_new_model_sub_streams_are_read_the_same_on_spark(spark, tmp_path):
    """The heavy keys' new-model sub-stream test (the population's shift from per-account medians, a
    hashed sample per account under a running budget, the hours on the new model) gives the same
    samples, hour shares and p-values on Spark as on DuckDB."""
    from dataclasses import replace

    from helpers import release_riding_log

    path = release_riding_log(tmp_path / "events.parquet")
    on = {e: _params(e) for e in ("duckdb", "spark")}
    on = {e: replace(p, features=replace(p.features, model_split=True)) for e, p in on.items()}
    duck, spk = analyse(path, on["duckdb"]), analyse(path, on["spark"])
    keys = ("n_split_new", "n_split_other", "split_hours_share", "split_p")
    got = {a: tuple(r.get(k) for k in keys) for a, r in spk.rows.items()}
    want = {a: tuple(r.get(k) for k in keys) for a, r in duck.rows.items()}
    assert got.keys() == want.keys() and want["riding"][3] < 1e-8 and want["lab"][3] is None
    for a in ("riding", "plain", "lab"):
        assert got[a][:3] == want[a][:3]
        assert got[a][3] == want[a][3] or got[a][3] == pytest.approx(want[a][3], rel=1e-9)
    assert got["user-0"] == (None, None, None, None)


def test_substreams_are_read_the_same_on_spark(spark, tmp_path):
    """The heavy keys' sub-stream test (a hashed sample per account under a running budget, the
    classifier in the executors) gives the same samples and p-values on Spark as on DuckDB."""
    from dataclasses import replace

    from helpers import riding_log

    path = riding_log(tmp_path / "events.parquet")
    on = {e: _params(e) for e in ("duckdb", "spark")}
    on = {e: replace(p, features=replace(p.features, substream=True)) for e, p in on.items()}
    duck, spk = analyse(path, on["duckdb"]), analyse(path, on["spark"])
    keys = ("n_substream_sampled", "n_substream_shaped", "substream_p")
    got = {a: tuple(r.get(k) for k in keys) for a, r in spk.rows.items()}
    want = {a: tuple(r.get(k) for k in keys) for a, r in duck.rows.items()}
    assert got.keys() == want.keys() and want["riding"][2] < 1e-8 and want["light"] == (None, None, None)
    for a in ("riding", "plain"):
        assert got[a][:2] == want[a][:2] and got[a][2] == pytest.approx(want[a][2], rel=1e-9)
    assert got["light"] == (None, None, None)
