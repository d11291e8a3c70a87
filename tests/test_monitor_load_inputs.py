"""What `monitor scan EVENTS` reads (DuckDB; the same rules on Spark are in test_monitor_spark):
files, Parquet directories, `date=` trees, `--since`, and files whose schema is not the contract's."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor.engine import DuckDBEngine
from distillguard.monitor.inputs import parse_since, resolve
from distillguard.monitor.load import load_events

DAY = 86400.0
T0 = 1_769_904_000.0  # 2026-02-01T00:00:00Z


def _rows(n: int, start: float, account: str = "a") -> list[dict]:
    return [
        {"ts": start + 60.0 * i, "account_id": f"{account}{i % 3}", "ip": f"10.0.{i % 5}.1",
         "model": "m", "prompt": f"prompt {i}", "prompt_tokens": 5, "completion_tokens": 7,
         "status": 200}
        for i in range(n)
    ]


def _load(path, **kw):
    engine = DuckDBEngine(threads=1)
    try:
        return load_events(engine, path, **kw)
    finally:
        engine.close()


def test_since_on_an_unpartitioned_file_filters_events_by_time(tmp_path):
    path = tmp_path / "events.parquet"
    pq.write_table(pa.Table.from_pylist(_rows(10, T0) + _rows(4, T0 + 2 * DAY)), path)
    assert _load(path).rows == 14
    assert _load(path, since=date(2026, 2, 3)).rows == 4
    with pytest.raises(DistillguardError, match="no valid events on or after 2026-02-05"):
        _load(path, since=date(2026, 2, 5))


def test_tree_partitions_are_pruned_ignored_files_skipped_and_bad_names_named(tmp_path):
    for day, n in (("2026-02-01", 5), ("2026-02-02", 6), ("2026-02-03", 7)):
        (tmp_path / f"date={day}").mkdir()
        pq.write_table(pa.Table.from_pylist(_rows(n, T0)), tmp_path / f"date={day}" / "p.parquet")
    (tmp_path / "_SUCCESS").write_text("")
    (tmp_path / "date=2026-02-03" / ".p.parquet.crc").write_text("x")
    (tmp_path / "_temporary").mkdir()
    (tmp_path / "_temporary" / "junk.parquet").write_text("half-written")
    source = resolve(tmp_path, date(2026, 2, 2))
    assert [f.parent.name for f in source.files] == ["date=2026-02-02", "date=2026-02-03"]
    assert source.partitioned and source.pruned_files == 1
    assert _load(tmp_path, since=date(2026, 2, 2)).rows == 13
    (tmp_path / "date=soon").mkdir()
    pq.write_table(pa.Table.from_pylist(_rows(2, T0)), tmp_path / "date=soon" / "p.parquet")
    with pytest.raises(DistillguardError, match="partition 'date=soon' is not date=YYYY-MM-DD"):
        _load(tmp_path)
    loaded = _load(tmp_path, skip_invalid=True)
    assert loaded.rows == 18 and loaded.skipped_files == 1


def test_partition_whose_column_types_differ_is_named(tmp_path):
    (tmp_path / "date=2026-02-01").mkdir()
    (tmp_path / "date=2026-02-02").mkdir()
    pq.write_table(pa.Table.from_pylist(_rows(3, T0)), tmp_path / "date=2026-02-01" / "p.parquet")
    other = [{**r, "ts": "2026-02-02T00:00:00Z"} for r in _rows(3, T0)]
    pq.write_table(pa.Table.from_pylist(other), tmp_path / "date=2026-02-02" / "p.parquet")
    with pytest.raises(DistillguardError, match=r"date=2026-02-02/p.parquet: column 'ts' is text"):
        _load(tmp_path)
    assert _load(tmp_path, skip_invalid=True).rows == 3
    bad = [{**r, "prompt_tokens": [1]} for r in _rows(2, T0)]
    pq.write_table(pa.Table.from_pylist(bad), tmp_path / "date=2026-02-02" / "p.parquet")
    with pytest.raises(DistillguardError, match="column 'prompt_tokens' is list<.*not an integer"):
        _load(tmp_path)


def test_directory_without_parquet_and_bad_since(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(DistillguardError, match="a directory without Parquet files"):
        _load(tmp_path)
    with pytest.raises(DistillguardError, match="--since 'last week': use a date"):
        parse_since("last week")


def test_several_files_number_rows_per_file(tmp_path):
    pq.write_table(pa.Table.from_pylist(_rows(4, T0)), tmp_path / "a.parquet")
    rows = _rows(4, T0)
    rows[2]["ts"] = None
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "b.parquet")
    with pytest.raises(DistillguardError, match=r"b.parquet: row 3: missing or unparseable"):
        _load(tmp_path)
    loaded = _load(tmp_path, skip_invalid=True)
    assert loaded.rows == 7 and loaded.files == 2 and loaded.skipped == 1


@pytest.mark.parametrize("uri", ["s3a://bucket/logs/", "gs://b/x.parquet", "abfss://c@acct.dfs/x"])
def test_object_storage_uris_are_refused_before_any_engine_starts(uri, monkeypatch):
    """A URI is named and refused before the engine (a JVM for Spark) starts: the listing,
    pruning and footer checks read local paths only."""
    from distillguard.monitor import scan

    def no_engine(_params):
        raise AssertionError("an engine was started for an input that cannot be read")

    monkeypatch.setattr(scan, "connect", no_engine)
    with pytest.raises(DistillguardError, match="URIs are not read yet.*mount the bucket") as err:
        scan.analyse(uri, scan.ScanParams(engine="spark"))
    assert uri in str(err.value)
    with pytest.raises(DistillguardError, match="events file not found"):
        scan.analyse("/nonexistent/events.parquet", scan.ScanParams(engine="spark"))

