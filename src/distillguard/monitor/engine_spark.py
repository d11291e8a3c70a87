"""The Spark engine: the monitor's DuckDB-dialect SQL, transpiled by SQLGlot, run by Spark SQL.

What the transpiler cannot know is where the two engines' functions *mean* different things; those
few are rewritten here, once, instead of keeping a second copy of the features:
- `hash(x)` → `dg_hash(x)`: DuckDB's own hash, evaluated by DuckDB in the executors
  (`spark_udfs.py`), so sampling and prompt deduplication pick the same rows on both engines;
- `epoch(try_cast(x AS TIMESTAMPTZ))` → `dg_epoch_text(x)` (DuckDB's timestamp parser, likewise);
  `epoch(CAST(x AS TIMESTAMPTZ))` → microseconds since the epoch / 10^6 (SQLGlot would emit
  `unix_timestamp`, which drops the fraction of a second);
- list slices `a[lo:hi]` → `slice(a, lo, hi - lo + 1)` (Spark SQL has no slice syntax);
- `quantile_cont(x, q)` → `percentile(x, q)` (exact; SQLGlot's output is rejected or approximate).

Tables (`CREATE OR REPLACE TABLE`) are materialised with `localCheckpoint` (later steps read
them several times; no lineage recomputation); views stay lazy. Start-up problems — no PySpark,
no Java or the wrong one, an unreachable master — are one-line `DistillguardError`s.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from distillguard.errors import DistillguardError
from distillguard.monitor.inputs import literal_paths

JAVA_VERSIONS = (17, 21)  # what Spark 4 runs on
INSTALL_JAVA = (
    "install Java 17 (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or point "
    "JAVA_HOME at a Java 17 or 21 runtime"
)
INSTALL_SPARK = "the Spark engine needs PySpark and SQLGlot: pip install 'distillguard[spark]'"
_LOCAL = re.compile(r"^local(\[(\*|\d+)(,\d+)?\])?$")
_QUIET_LOG4J = """rootLogger.level = fatal
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
"""


def java_major(java: str) -> int | None:
    """Major version of a `java` executable (1.8 → 8), None if it does not run."""
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def check_java() -> str:
    """The `java` Spark will launch (JAVA_HOME first, then PATH), or a one-line error."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        where = f"JAVA_HOME={home} has no bin/java" if home else "no `java` on PATH"
        raise DistillguardError(f"the Spark engine needs Java ({where}): {INSTALL_JAVA}")
    major = java_major(java)
    if major is None:
        raise DistillguardError(f"{java} does not run (`java -version` failed): {INSTALL_JAVA}")
    if not JAVA_VERSIONS[0] <= major <= JAVA_VERSIONS[-1]:
        raise DistillguardError(
            f"{java} is Java {major}; Spark 4 runs on Java 17 or 21: {INSTALL_JAVA}"
        )
    return java


def _half_memory() -> str:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "1g"
    return f"{max(1024, total // 2**21)}m"


def failure_line(exc: BaseException) -> str:
    """One line for a failed Spark job: the JVM cause (py4j wraps it after a generic first
    line), with what to change when it is the heap."""
    text = str(exc)
    if "OutOfMemoryError" in text:
        return (
            "Spark ran out of memory (java.lang.OutOfMemoryError): give it more, e.g. "
            "SPARK_DRIVER_MEMORY=8g in local mode, or spark.executor.memory on a cluster"
        )
    lines = [line.strip(": \t") for line in text.strip().splitlines() if line.strip()]
    causes = [line for line in lines if re.match(r"^[\w.$]+(Exception|Error)\b", line)]
    return ((causes or lines or [type(exc).__name__])[0])[:300]


def check_master(master: str) -> None:
    """Fail fast with one line on a master URL that is malformed or not listening (Spark itself
    retries an unreachable standalone master for minutes and prints JVM stack traces)."""
    if _LOCAL.match(master) or master == "yarn":
        return
    scheme, sep, rest = master.partition("://")
    if not sep or scheme not in ("spark", "sc", "k8s"):
        raise DistillguardError(
            f"--spark-master {master!r}: use local[N], local[*], spark://HOST:PORT, "
            "sc://HOST:PORT (Spark Connect), k8s://… or yarn"
        )
    hosts = rest.split("/")[0].split(",") if scheme == "spark" else [rest.split("/")[0]]
    default_port = {"spark": 7077, "sc": 15002, "k8s": 443}[scheme]
    errors = []
    for item in hosts:
        host, _, port = item.rpartition(":") if ":" in item else (item, "", "")
        host = (host or item).strip("[]")
        try:
            with socket.create_connection((host, int(port or default_port)), timeout=5):
                return
        except (OSError, ValueError) as exc:
            errors.append(f"{item}: {getattr(exc, 'strerror', None) or exc}")
    raise DistillguardError(f"cannot reach Spark master {master} ({'; '.join(errors)})")


def _slice(node):
    from sqlglot import exp

    (piece,) = node.expressions
    lo, hi = piece.this, piece.expression
    if not (isinstance(lo, exp.Literal) and isinstance(hi, exp.Literal)):
        raise DistillguardError(f"Spark engine: only literal list slices are supported: {node}")
    length = int(hi.name) - int(lo.name) + 1
    return exp.Anonymous(this="slice", expressions=[node.this, lo, exp.Literal.number(length)])


def _shim(node):
    from sqlglot import exp

    if isinstance(node, exp.Anonymous) and node.name.lower() == "hash":
        if len(node.expressions) != 1:
            raise DistillguardError("Spark engine: hash() of one argument only")
        return exp.Anonymous(this="dg_hash", expressions=list(node.expressions))
    if isinstance(node, exp.TimeToUnix) and isinstance(node.this, exp.Cast):
        inner = node.this
        if inner.to.is_type("timestamptz"):
            if isinstance(inner, exp.TryCast):
                return exp.Anonymous(this="dg_epoch_text", expressions=[inner.this])
            arg = inner.this.sql(dialect="spark")
            return exp.maybe_parse(
                f"CAST(unix_micros(CAST({arg} AS TIMESTAMP)) AS DOUBLE) / CAST(1000000 AS DOUBLE)",
                dialect="spark",
            )
    # DuckDB's exact quantile_cont(x, q) (or percentile_cont(q) WITHIN GROUP (ORDER BY x)):
    # SQLGlot emits a 2-argument PERCENTILE_CONT Spark rejects, or the *approximate*
    # PERCENTILE_APPROX; Spark's percentile(x, q) is the same exact, interpolated quantile
    if isinstance(node, exp.WithinGroup) and isinstance(node.this, exp.PercentileCont):
        (order,) = node.expression.expressions
        return exp.Anonymous(this="percentile", expressions=[order.this, node.this.this])
    if isinstance(node, exp.PercentileCont) and node.expression is not None:
        return exp.Anonymous(this="percentile", expressions=[node.this, node.expression])
    if (
        isinstance(node, exp.Bracket)
        and len(node.expressions) == 1
        and isinstance(node.expressions[0], exp.Slice)
    ):
        return _slice(node)
    return node


@lru_cache(maxsize=512)
def to_spark_sql(sql: str) -> tuple[str, str | None, str | None]:
    """(Spark SQL of the query, created name or None, 'TABLE'|'VIEW' or None)."""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read="duckdb")
    name = kind = None
    if isinstance(tree, exp.Create):
        name, kind = tree.this.name, str(tree.args.get("kind") or "").upper()
        tree = tree.expression
    tree = tree.transform(_shim)
    return tree.sql(dialect="spark"), name, kind


class SparkEngine:
    """Runs the steps' SQL on a SparkSession (local mode, a cluster, or Spark Connect)."""

    name = "spark"
    id_type = pa.int64()  # `dg_hash` is DuckDB's hash as an order-preserving signed BIGINT

    def __init__(self, spark, owns: bool) -> None:
        self.spark = spark
        self.owns = owns
        self.tables: dict[str, Any] = {}
        self.views: set[str] = set()

    @classmethod
    def start(
        cls, master: str | None = None, conf: dict[str, str] | None = None, cores: int | None = None
    ) -> SparkEngine:
        try:
            import sqlglot  # noqa: F401
            from pyspark import SparkContext
            from pyspark.sql import SparkSession
        except ImportError:
            raise DistillguardError(INSTALL_SPARK) from None
        active = SparkContext._active_spark_context
        submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # run by spark-submit: its master
        if (active is not None or submitted) and not master:
            # a session this process already runs (tests), or the one spark-submit configured
            spark = SparkSession.builder.getOrCreate()
            from distillguard.monitor import spark_udfs

            spark_udfs.register(spark)
            return cls(spark, owns=active is None)
        master = master or (f"local[{int(cores)}]" if cores else "local[*]")
        check_master(master)
        if not master.startswith("sc://"):
            check_java()  # Spark Connect clients need no local JVM
        if _LOCAL.match(master):  # local workers run this interpreter; a cluster has its own
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        log4j = Path(tempfile.gettempdir()) / "distillguard-spark-log4j2.properties"
        log4j.write_text(_QUIET_LOG4J, encoding="utf-8")
        settings = {
            "spark.app.name": "distillguard-monitor",
            # local mode runs the executor inside the driver JVM, whose 1 GiB default heap holds
            # ~1M events; half the machine's memory unless SPARK_DRIVER_MEMORY or conf says
            **({"spark.driver.memory": _half_memory()}
               if _LOCAL.match(master) and not os.environ.get("SPARK_DRIVER_MEMORY") else {}),
            # 8 suits local mode's few cores; a cluster (spark-defaults.conf, or a Connect server's
            # own settings) sizes its shuffles itself: forcing 8 there would starve a large scan
            **({"spark.sql.shuffle.partitions": "8"} if _LOCAL.match(master) else {}),
            "spark.sql.execution.arrow.pyspark.enabled": "true",
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{log4j}",
            **(conf or {}),
        }
        builder = SparkSession.builder
        if master.startswith("sc://"):
            import warnings

            # a Connect session can set runtime SQL settings only: the server owns its JVM, UI
            # and logging, and each other key would print a CANNOT_MODIFY_CONFIG warning
            settings = {k: v for k, v in settings.items() if k.startswith("spark.sql.")}
            settings.update(conf or {})
            # PySpark 4.0's Connect protobuf modules were generated with protobuf 5 and warn on
            # import under a protobuf 6 runtime (compatible by protobuf's own policy): noise only
            warnings.filterwarnings("ignore", "Protobuf gencode version", UserWarning)
            builder = builder.remote(master)
        else:
            builder = builder.master(master)
        for key, value in settings.items():
            builder = builder.config(key, value)
        # PySpark logs each failed query's JVM trace as JSON on stderr; the CLI reports one line
        logging.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)
        try:
            spark = builder.getOrCreate()
            if not master.startswith("sc://"):
                spark.sparkContext.setLogLevel("FATAL")  # failures reach the user as one line
            from distillguard.monitor import spark_udfs

            spark_udfs.register(spark)
        except ImportError as exc:  # Spark Connect without its gRPC extras
            raise DistillguardError(f"{INSTALL_SPARK} (missing {exc.name})") from None
        except Exception as exc:  # JVM/py4j start-up failures: their first line, not a trace
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
            raise DistillguardError(f"cannot start Spark on {master}: {first}") from None
        return cls(spark, owns=True)

    def _df(self, sql: str, params: dict[str, Any] | None):
        text, _, _ = to_spark_sql(sql)
        return self.spark.sql(text, args=params) if params else self.spark.sql(text)

    def run(self, sql: str, params: dict[str, Any] | None = None) -> None:
        text, name, kind = to_spark_sql(sql)
        if name is None:
            raise DistillguardError(f"Spark engine: not a CREATE … AS SELECT statement: {sql[:80]}")
        df = self.spark.sql(text, args=params) if params else self.spark.sql(text)
        if kind == "TABLE":
            df = df.localCheckpoint(eager=True)
        old = self.tables.pop(name, None)
        df.createOrReplaceTempView(name)
        self.views.add(name)
        if kind == "TABLE":
            self.tables[name] = df
        if old is not None:
            old.unpersist()

    def arrow(self, sql: str, params: dict[str, Any] | None = None) -> pa.Table:
        return self._df(sql, params).toArrow()

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        return [tuple(r) for r in self._df(sql, params).collect()]

    def columns(self, sql: str) -> dict[str, str]:
        return {f.name: f.dataType.simpleString() for f in self._df(sql, None).schema.fields}

    def register(self, name: str, table: pa.Table) -> None:
        # Spark Connect refuses an empty table without a schema (CANNOT_INFER_EMPTY_SCHEMA)
        from pyspark.sql.pandas.types import from_arrow_schema

        schema = from_arrow_schema(table.schema) if table.num_rows == 0 else None
        self.spark.createDataFrame(table, schema=schema).createOrReplaceTempView(name)
        self.views.add(name)

    def map_batches(
        self,
        name: str,
        sql: str,
        fn,
        schema: pa.Schema,
        params: dict[str, Any] | None = None,
    ) -> None:
        """`mapInArrow` in the executors (each Python worker loads its models once; only `fn`'s
        output columns travel), materialised like a table."""
        from functools import partial

        from pyspark.sql.pandas.types import from_arrow_schema

        from distillguard.monitor.engine import apply_batches

        out = self._df(sql, params).mapInArrow(
            partial(apply_batches, fn, schema), from_arrow_schema(schema)
        )
        out = out.localCheckpoint(eager=True)
        old = self.tables.pop(name, None)
        out.createOrReplaceTempView(name)
        self.views.add(name)
        self.tables[name] = out
        if old is not None:
            old.unpersist()

    def read_parquet(self, name: str, files: list[Path]) -> None:
        """The view `name` over Parquet files: their columns, `file_row_number` (0-based row in
        its file, as DuckDB's) and, for several files, `file_index` (position in `files`).
        One read per file, unioned by name: the file's index is then a literal, with no join on
        path spellings (local paths, URIs); fine for the hundreds of files of a daily tree."""
        from pyspark.sql import functions as sf

        frames = []
        for i, path in enumerate(literal_paths(files)):  # Hadoop reads a path as a glob
            df = self.spark.read.parquet(path)
            cols = [sf.col("*"), sf.col("_metadata.row_index").alias("file_row_number")]
            if len(files) > 1:
                cols.append(sf.lit(i).alias("file_index"))
            frames.append(df.select(*cols))
        union = frames[0]
        for df in frames[1:]:
            union = union.unionByName(df, allowMissingColumns=True)
        union.createOrReplaceTempView(name)
        self.views.add(name)

    def unregister(self, name: str) -> None:
        self.spark.catalog.dropTempView(name)
        self.views.discard(name)

    def close(self) -> None:
        for df in self.tables.values():
            df.unpersist()
        for name in self.views:
            self.spark.catalog.dropTempView(name)
        self.tables.clear()
        self.views.clear()
        if self.owns:
            self.spark.stop()
