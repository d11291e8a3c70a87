"""Where the monitor's SQL steps run: one small interface, a DuckDB and a Spark implementation.

Why an interface and not two pipelines: every feature is written once, as DuckDB-dialect SQL in
`load.py`, `features.py`, `behaviour.py` and `graph.py`; Python steps (MinHash, embeddings,
Louvain, scoring) exchange Arrow tables with the engine. `DuckDBEngine` hands the SQL to DuckDB
unchanged (so the embedded default behaves exactly as before); `engine_spark.SparkEngine`
transpiles the same text with SQLGlot and evaluates the few functions whose meaning differs
between the engines (DuckDB's `hash`, its timestamp parser) with DuckDB itself inside executors.
See docs/monitor_spark.md for the choice between SQLGlot, SQLFrame and Ibis.

Statements the steps use: `CREATE OR REPLACE TABLE|VIEW name AS SELECT …` (`run`), queries
(`arrow`, `rows`), and Arrow tables made visible to SQL under a name (`register`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from distillguard.monitor.inputs import literal_paths

ENGINES = ("duckdb", "spark")


class Engine(Protocol):
    """What a SQL step may ask of an engine (DuckDB-dialect SQL in, Arrow out)."""

    name: str

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        """A statement: `CREATE OR REPLACE TABLE|VIEW name AS SELECT …` (tables materialised)."""

    def arrow(self, sql: str, params: dict[str, Any] | None = None) -> pa.Table:
        """A query's result as an Arrow table (row order only where the query orders it)."""

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        """A query's result as Python tuples (small results: counts, a few rows)."""

    def columns(self, sql: str) -> dict[str, str]:
        """Column name → engine type name of a query, without running it."""

    def register(self, name: str, table: pa.Table) -> None:
        """Make an Arrow table visible to SQL as `name` (replacing an older one)."""

    def read_parquet(self, name: str, files: list[Path]) -> None:
        """The view `name` over Parquet files: their columns, `file_row_number` (0-based row in
        its file) and, for several files, `file_index` (position in `files`). Reading files is
        the one step that is the engine's own (paths, metadata columns)."""

    def unregister(self, name: str) -> None: ...

    def close(self) -> None: ...


class DuckDBEngine:
    """The embedded default: the SQL runs on one in-memory DuckDB connection as written."""

    name = "duckdb"

    def __init__(
        self, threads: int | None = None, memory_limit: str | None = None
    ) -> None:
        con = duckdb.connect(":memory:")
        con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/distillguard-duckdb'")
        con.execute("SET preserve_insertion_order = false")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        self.con = con

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        self.con.execute(sql, params)

    def arrow(self, sql: str, params: dict[str, Any] | None = None) -> pa.Table:
        return self.con.sql(sql, params=params).to_arrow_table()

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        return self.con.execute(sql, params).fetchall()

    def columns(self, sql: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.con.execute(f"DESCRIBE {sql}").fetchall()}

    def register(self, name: str, table: pa.Table) -> None:
        self.con.register(name, table)

    def read_parquet(self, name: str, files: list[Path]) -> None:
        def read(f: str) -> str:
            quoted = f.replace("'", "''")
            return f"read_parquet('{quoted}', file_row_number=true)"

        paths = literal_paths(files)  # DuckDB reads a path string as a glob
        if len(paths) == 1:
            query = f"SELECT * FROM {read(paths[0])}"
        else:
            query = " UNION ALL BY NAME ".join(
                f"SELECT *, {i} AS file_index FROM {read(f)}" for i, f in enumerate(paths)
            )
        self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")

    def unregister(self, name: str) -> None:
        self.con.unregister(name)

    def close(self) -> None:
        self.con.close()


def open_engine(
    name: str = "duckdb",
    *,
    threads: int | None = None,
    memory_limit: str | None = None,
    spark_master: str | None = None,
    spark_conf: dict[str, str] | None = None,
) -> Engine:
    """An engine by name; Spark problems (no pyspark, no or wrong Java, unreachable master) are
    one-line `DistillguardError`s."""
    if name == "duckdb":
        return DuckDBEngine(threads, memory_limit)
    if name == "spark":
        from distillguard.monitor.engine_spark import SparkEngine

        return SparkEngine.start(spark_master, conf=spark_conf, cores=threads)
    from distillguard.errors import DistillguardError

    raise DistillguardError(f"unknown engine {name!r} (use {' or '.join(ENGINES)})")
