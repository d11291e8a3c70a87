"""What `monitor scan EVENTS` reads: one file, a directory of Parquet files, or a Hive-partitioned
tree (`date=YYYY-MM-DD/…`), pruned to partitions on or after `--since` before any engine opens a
file — so a daily job reads only its new partitions on DuckDB and on Spark alike.

Each Parquet file's schema (footer only) is checked against the event contract before reading;
a file that differs is named in the error, or skipped and counted with `--skip-invalid`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from distillguard.errors import DistillguardError

PARQUET = (".parquet", ".pq")
JSONL = (".jsonl", ".json", ".ndjson")
_PARTITION = re.compile(r"^date=(.*)$")
REQUIRED = ("ts", "account_id", "ip", "model", "prompt", "prompt_tokens", "completion_tokens",
            "status")
TEXT_FIELDS = ("account_id", "ip", "model", "prompt")
INT_FIELDS = ("prompt_tokens", "completion_tokens", "status")
# what DuckDB's read_parquet (* ? [ ]) or Spark's Hadoop reader (also { } and \ as its escape)
# expand as a file pattern, even where a file of that literal name exists
GLOB_CHARS = "*?[]{}\\"


@dataclass
class Source:
    """The files to read (sorted; partitions before `since` already dropped)."""

    kind: str  # "jsonl" | "parquet"
    files: list[Path]
    partitioned: bool = False
    pruned_files: int = 0  # left out by --since
    skipped_files: int = 0  # invalid schema, skipped with --skip-invalid
    skipped_examples: list[str] = field(default_factory=list)


def parse_since(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DistillguardError(f"--since {text!r}: use a date, YYYY-MM-DD") from None


def since_epoch(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def _family(t: pa.DataType) -> str:
    if pa.types.is_timestamp(t) or pa.types.is_date(t):
        return "time"
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "number"
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "text"
    if pa.types.is_dictionary(t):
        return _family(t.value_type)
    return str(t)


def contract_problem(schema: pa.Schema) -> str | None:
    """Why a Parquet schema cannot hold contract events (None if it can)."""
    for name in REQUIRED:
        if name not in schema.names:
            return f"missing required column {name!r}"
    ts = _family(schema.field("ts").type)
    if ts not in ("time", "int", "number", "text"):
        return f"column 'ts' is {schema.field('ts').type}, not a timestamp, number or string"
    for name in INT_FIELDS:
        if _family(schema.field(name).type) not in ("int", "number", "text"):
            return f"column {name!r} is {schema.field(name).type}, not an integer"
    for name in TEXT_FIELDS:
        if _family(schema.field(name).type) not in ("text", "int"):
            return f"column {name!r} is {schema.field(name).type}, not a string"
    return None


def pattern_problem(path: str | Path) -> str | None:
    """Why a path cannot be handed to the Parquet readers literally (None if it can).

    Both engines read a path string as a glob, so `a[1].parquet` would read `a1.parquet` and
    `x*/p.parquet` every `x…/p.parquet`: files that were never listed, checked or pruned.
    Escaping is engine- and version-specific (DuckDB has no escape character, `[[]` works by
    accident of its matcher; Hadoop escapes with `\\`), and a wrong escape fails open, so such
    names are refused instead (fail closed): one line naming the file, or skipped and counted
    with --skip-invalid. The readers get the absolute path (`literal_paths`), so the working
    directory of a relative name is checked too."""
    found = sorted(set(str(Path(path).absolute())) & set(GLOB_CHARS))
    if not found:
        return None
    return (
        f"its path contains {' '.join(found)}, which the Parquet readers expand as a file "
        "pattern (it could read other files than this one): rename it"
    )


def literal_paths(files: list[Path]) -> list[str]:
    """Absolute path strings an engine may pass to its Parquet reader (no pattern, no `~` or
    `scheme:` prefix read from a relative name); a `DistillguardError` for any other."""
    out = []
    for file in files:
        problem = pattern_problem(file)
        if problem:
            raise DistillguardError(f"{file}: {problem}")
        out.append(str(Path(file).absolute()))
    return out


def _signature(schema: pa.Schema) -> dict[str, str]:
    return {n: _family(schema.field(n).type) for n in REQUIRED}


def _partition_day(path: Path, root: Path) -> tuple[date | None, str | None]:
    """The `date=` partition of a file under `root` (None if none); an error for a bad value."""
    for part in path.relative_to(root).parts[:-1]:
        match = _PARTITION.match(part)
        if match:
            try:
                return date.fromisoformat(match.group(1)), None
            except ValueError:
                return None, f"partition {part!r} is not date=YYYY-MM-DD"
    return None, None


def _reject(source: Source, message: str, skip_invalid: bool) -> None:
    if not skip_invalid:
        raise DistillguardError(message)
    source.skipped_files += 1
    if len(source.skipped_examples) < 5:
        source.skipped_examples.append(message)


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def check_location(path: str | Path) -> Path:
    """EVENTS as a local path that exists — checked before any engine starts, so a typo or an
    object-storage URI costs no JVM start-up. URIs (`s3a://`, `gs://`, `abfss://`, `file://`)
    are refused by name: the listing, `--since` pruning and footer checks read local paths only
    (mount the bucket instead; docs/monitor_spark.md)."""
    local = Path(path)
    if local.exists():
        return local
    if _URI.match(str(path)):
        raise DistillguardError(
            f"{path}: URIs are not read yet (the file listing and checks use local paths): "
            "mount the bucket (s3fs, gcsfuse, blobfuse2, /dbfs) and pass the mounted path"
        )
    raise DistillguardError(f"events file not found: {local}")


def resolve(path: str | Path, since: date | None = None, skip_invalid: bool = False) -> Source:
    """The files behind EVENTS, checked and pruned (file-level checks only; rows come later)."""
    path = check_location(path)
    if path.is_file():
        if path.stat().st_size == 0:
            raise DistillguardError(f"{path}: empty file, no events")
        suffix = path.suffix.lower()
        if suffix in JSONL:
            return Source("jsonl", [path])
        if suffix not in PARQUET:
            raise DistillguardError(
                f"{path}: unknown events format {suffix!r} (use .jsonl or .parquet, or a "
                "directory of Parquet files)"
            )
        candidates = [path]
        root = path.parent
    elif path.is_dir():
        candidates = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in PARQUET
            and p.is_file()
            and not any(s.startswith((".", "_")) for s in p.relative_to(path).parts)
        )
        if not candidates:
            raise DistillguardError(f"{path}: a directory without Parquet files (*.parquet)")
        root = path
    else:
        raise DistillguardError(f"{path}: not a file or directory")
    source = Source("parquet", [])
    reference: tuple[Path, dict[str, str]] | None = None
    for file in candidates:
        pattern = pattern_problem(file)
        if pattern:
            _reject(source, f"{file}: {pattern}", skip_invalid)
            continue
        day, bad = _partition_day(file, root) if file is not path else (None, None)
        if bad:
            _reject(source, f"{file}: {bad}", skip_invalid)
            continue
        if day is not None:
            source.partitioned = True
            if since is not None and day < since:
                source.pruned_files += 1
                continue
        try:
            schema = pq.read_schema(file)
        except (OSError, pa.ArrowException) as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            _reject(source, f"{file}: not a readable Parquet file ({first})", skip_invalid)
            continue
        problem = contract_problem(schema)
        if problem is None and reference is not None:
            sig = _signature(schema)
            diff = [n for n in REQUIRED if sig[n] != reference[1][n]]
            if diff:
                problem = (
                    f"column {diff[0]!r} is {sig[diff[0]]}, but {reference[0]} has "
                    f"{reference[1][diff[0]]} (schema differs from the other partitions)"
                )
        if problem:
            suffix = "" if len(candidates) == 1 else " (--skip-invalid skips such files)"
            _reject(source, f"{file}: {problem}{suffix}", skip_invalid)
            continue
        if reference is None:
            reference = (file, _signature(schema))
        source.files.append(file)
    if not source.files:
        detail = f" ({source.skipped_files} invalid files skipped)" if source.skipped_files else ""
        pruned = f"; {source.pruned_files} before --since {since}" if source.pruned_files else ""
        raise DistillguardError(f"{path}: no Parquet files to read{detail}{pruned}")
    return source
