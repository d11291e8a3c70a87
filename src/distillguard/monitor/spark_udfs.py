"""DuckDB's own functions, evaluated by DuckDB inside Spark executors (vectorised pandas UDFs).

Why: a few functions the monitor's SQL uses have the same name but a different meaning in Spark
SQL — `hash` (DuckDB: 64-bit, its own hash family; Spark: 32-bit Murmur3) decides which events
are sampled per account and how prompts are deduplicated, and DuckDB's timestamp parser accepts
other strings than Spark's. Re-implementing them would be a second, drifting copy; running DuckDB
(already a dependency) on each Arrow batch gives the same bits on both engines by construction.

`dg_hash` returns DuckDB's unsigned 64-bit hash with its top bit flipped, as a signed BIGINT:
Spark has no unsigned type, and the flip keeps the *order* of the values (the SQL orders by hash),
so sampling and ranking pick the same rows as DuckDB. Hashes never leave the engine.
"""

from __future__ import annotations

import threading

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

_local = threading.local()
_TOP = np.uint64(1 << 63)


def _con() -> duckdb.DuckDBPyConnection:
    con = getattr(_local, "con", None)
    if con is None:  # one small connection per executor thread, reused across batches
        con = duckdb.connect(":memory:")
        con.execute("SET threads = 1")
        _local.con = con
    return con


def _query(sql: str, batch: pa.Table) -> pa.Table:
    con = _con()
    con.register("batch", batch)
    try:
        return con.sql(sql).to_arrow_table()
    finally:
        con.unregister("batch")


def duckdb_hash(values: pd.Series) -> pd.Series:
    """DuckDB's `hash(x)` for a batch of strings or integers (hashed as BIGINT, as the SQL
    does), order-preserving as int64."""
    if pd.api.types.is_float_dtype(values.dtype):
        # a BIGINT column with NULLs reaches a pandas UDF as float64 (NaN for NULL); the SQL
        # hashes integers and strings only, so this is an integer column: hash it as BIGINT
        values = values.astype("Int64")
    arr = pa.array(values, from_pandas=True)
    if pa.types.is_integer(arr.type) and arr.type != pa.int64():
        arr = arr.cast(pa.int64())  # the SQL hashes BIGINT expressions
    if pa.types.is_large_string(arr.type) or pa.types.is_string_view(arr.type):
        arr = arr.cast(pa.string())
    h = _query("SELECT hash(x) AS h FROM batch", pa.table({"x": arr}))
    out = h.column("h").to_numpy().astype(np.uint64) ^ _TOP
    return pd.Series(out.view(np.int64), index=values.index)


def duckdb_epoch_text(values: pd.Series) -> pd.Series:
    """DuckDB's `epoch(try_cast(x AS TIMESTAMPTZ))` for a batch of strings (NULL when it fails)."""
    batch = pa.table({"x": pa.array(values, from_pandas=True).cast(pa.string())})
    out = _query("SELECT epoch(try_cast(x AS TIMESTAMPTZ)) AS t FROM batch", batch)
    return pd.Series(out.column("t").to_pandas(), index=values.index, dtype="float64")


def register(spark) -> None:
    """Make the shims callable from Spark SQL as `dg_hash(x)` and `dg_epoch_text(x)`."""
    from pyspark.sql.functions import pandas_udf

    spark.udf.register("dg_hash", pandas_udf(duckdb_hash, "long"))
    spark.udf.register("dg_epoch_text", pandas_udf(duckdb_epoch_text, "double"))
