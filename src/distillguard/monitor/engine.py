"""Where the monitor's SQL steps run: one small interface, a DuckDB and a Spark implementation.

Why an interface and not two pipelines: every feature is written once, as DuckDB-dialect SQL in
`load.py`, `features.py`, `behaviour.py` and `graph.py`; Python steps (MinHash, embeddings,
Louvain, scoring) exchange Arrow tables with the engine. `DuckDBEngine` hands the SQL to DuckDB
unchanged (so the embedded default behaves exactly as before); `engine_spark.SparkEngine`
transpiles the same text with SQLGlot and evaluates the few functions whose meaning differs
between the engines (DuckDB's `hash`, its timestamp parser) with DuckDB itself inside executors.
See docs/monitor_spark.md for the choice between SQLGlot, SQLFrame and Ibis.

Statements the steps use: `CREATE OR REPLACE TABLE|VIEW name AS SELECT …` (`run`), queries
(`arrow`, `rows`), Arrow tables made visible to SQL under a name (`register`), and Python work
applied batch by batch where the rows are (`map_batches`: in-process on DuckDB, in the executors
on Spark; the functions are in `batch_udfs.py`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from distillguard.monitor.inputs import literal_paths

ENGINES = ("duckdb", "spark")
BatchFn = Callable[[pa.RecordBatch], pa.RecordBatch]


def apply_batches(
    fn: BatchFn, schema: pa.Schema, batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    """`fn` over every non-empty batch, each result cast to `schema` (both engines use this, so
    a function's output types are checked the same way everywhere)."""
    for batch in batches:
        if batch.num_rows:
            yield fn(batch).cast(schema)


class Engine(Protocol):
    """What a SQL step may ask of an engine (DuckDB-dialect SQL in, Arrow out)."""

    name: str
    id_type: pa.DataType  # the type of prompt hashes (`ph`) in this engine's tables

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

    def map_batches(
        self,
        name: str,
        sql: str,
        fn: BatchFn,
        schema: pa.Schema,
        params: dict[str, Any] | None = None,
    ) -> None:
        """The table `name`: `fn` applied to each Arrow batch of the query's result (any number
        of rows out per batch, typed as `schema`). `fn` must be a module-level function (or a
        `functools.partial` of one): Spark ships it to its executors."""

    def read_parquet(self, name: str, files: list[Path]) -> None:
        """The view `name` over Parquet files: their columns, `file_row_number` (0-based row in
        its file) and, for several files, `file_index` (position in `files`). Reading files is
        the one step that is the engine's own (paths, metadata columns)."""

    def unregister(self, name: str) -> None: ...

    def close(self) -> None: ...


class DuckDBEngine:
    """The embedded default: the SQL runs on one in-memory DuckDB connection as written."""

    name = "duckdb"
    id_type = pa.uint64()
    batch_rows = 65_536

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

    def map_batches(
        self,
        name: str,
        sql: str,
        fn: BatchFn,
        schema: pa.Schema,
        params: dict[str, Any] | None = None,
    ) -> None:
        reader = self.con.sql(sql, params=params).fetch_record_batch(self.batch_rows)
        table = pa.Table.from_batches(list(apply_batches(fn, schema, reader)), schema=schema)
        self.con.register("_mapped_batches", table)
        try:
            self.con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _mapped_batches")
        finally:
            self.con.unregister("_mapped_batches")

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
