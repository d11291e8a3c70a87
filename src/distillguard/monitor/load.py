"""Read and validate event files (JSONL or Parquet) into a DuckDB view named `events`.

Bad rows are named by file and line (JSONL) or row (Parquet); with `skip_invalid` they are
dropped and counted instead. Parquet is validated with set-based SQL so 16M-row files never pass
through Python row by row.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from distillguard.errors import DistillguardError

REQUIRED = (
    "ts",
    "account_id",
    "ip",
    "model",
    "prompt",
    "prompt_tokens",
    "completion_tokens",
    "status",
)
OPTIONAL = ("org_id", "user_agent", "payment_fingerprint")
INT_FIELDS = ("prompt_tokens", "completion_tokens", "status")
MAX_PROMPT_CHARS = 100_000
STRING_FIELDS = ("account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt")
SCHEMA = pa.schema(
    [("row_no", pa.int64()), ("ts", pa.float64())]
    + [(name, pa.string()) for name in STRING_FIELDS]
    + [(name, pa.int64()) for name in INT_FIELDS]
)


IP_PREFIX = """CASE WHEN contains(ip, ':')
    THEN array_to_string(string_split(ip, ':')[1:3], ':') || '::/48'
    ELSE array_to_string(string_split(ip, '.')[1:3], '.') || '.0/24' END"""
EV_COLUMNS = (
    "row_no, ts, account_id, org_id, ip, "
    + IP_PREFIX
    + " AS ip24, user_agent, payment_fingerprint, "
    "model, hash(prompt) AS ph, prompt_tokens, completion_tokens, status"
)


@dataclass
class Loaded:
    """Where the validated events are (a DuckDB view) and what was dropped."""

    rows: int
    skipped: int = 0
    skipped_examples: list[str] = field(default_factory=list)


@lru_cache(maxsize=200_000)
def valid_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def parse_ts(value) -> float | None:
    """RFC 3339 string or epoch seconds → epoch seconds; None when unparseable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("z", "Z"))
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return None
        if parsed.tzinfo is None:
            return None  # RFC 3339 requires an offset
        return parsed.timestamp()
    return None


def _check_record(obj, max_prompt_chars: int) -> tuple[str | None, dict | None]:
    if not isinstance(obj, dict):
        return "not a JSON object", None
    missing = [name for name in REQUIRED if obj.get(name) in (None, "")]
    if missing:
        return f"missing required field {missing[0]!r}", None
    ts = parse_ts(obj["ts"])
    if ts is None:
        return f"unparseable timestamp {str(obj['ts'])[:40]!r}", None
    ip = str(obj["ip"]).strip()
    if not valid_ip(ip):
        return f"invalid IP address {ip[:45]!r}", None
    prompt = obj["prompt"]
    if not isinstance(prompt, str):
        return "prompt is not a string", None
    if len(prompt) > max_prompt_chars:
        return f"prompt of {len(prompt)} characters exceeds the {max_prompt_chars} limit", None
    row = {"ts": ts, "ip": ip, "prompt": prompt}
    for name in INT_FIELDS:
        value = obj[name]
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            return f"{name} is not an integer", None
        row[name] = int(value)
    for name in ("account_id", "model"):
        row[name] = str(obj[name])
    for name in OPTIONAL:
        value = obj.get(name)
        row[name] = None if value is None else str(value)
    return None, row


def _read_jsonl(path: Path, skip_invalid: bool, max_prompt_chars: int) -> tuple[pa.Table, Loaded]:
    columns: dict[str, list] = {name: [] for name in SCHEMA.names}
    info = Loaded(rows=0)
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                error, row = "not valid JSON", None
            else:
                error, row = _check_record(obj, max_prompt_chars)
            if error:
                message = f"{path}:{line_no}: {error}"
                if not skip_invalid:
                    raise DistillguardError(message)
                info.skipped += 1
                if len(info.skipped_examples) < 5:
                    info.skipped_examples.append(message)
                continue
            row["row_no"] = line_no
            for name in SCHEMA.names:
                columns[name].append(row[name])
    info.rows = len(columns["row_no"])
    return pa.table(columns, schema=SCHEMA), info


def _validate_parquet(
    con: duckdb.DuckDBPyConnection, path: Path, skip_invalid: bool, max_prompt_chars: int
) -> Loaded:
    src = f"read_parquet('{_sql_str(path)}', file_row_number=true)"
    try:
        cols = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    except duckdb.Error as exc:
        raise DistillguardError(
            f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})"
        ) from None
    missing = [name for name in REQUIRED if name not in cols]
    if missing:
        raise DistillguardError(f"{path}: missing required column {missing[0]!r}")
    ts_type = cols["ts"].upper()
    if "TIMESTAMP" in ts_type:
        ts_expr = "epoch(ts::TIMESTAMPTZ)"
    elif any(t in ts_type for t in ("INT", "DOUBLE", "FLOAT", "DECIMAL")):
        ts_expr = "ts::DOUBLE"
    else:
        ts_expr = "coalesce(epoch(try_cast(ts AS TIMESTAMPTZ)), try_cast(ts AS DOUBLE))"
    opt = ", ".join(
        f"{n}::VARCHAR AS {n}" if n in cols else f"NULL::VARCHAR AS {n}" for n in OPTIONAL
    )
    con.execute(
        f"""CREATE OR REPLACE VIEW raw_events AS SELECT file_row_number + 1 AS row_no,
        {ts_expr} AS ts, account_id::VARCHAR AS account_id, {opt}, trim(ip::VARCHAR) AS ip,
        model::VARCHAR AS model, prompt::VARCHAR AS prompt,
        try_cast(prompt_tokens AS BIGINT) AS prompt_tokens,
        try_cast(completion_tokens AS BIGINT) AS completion_tokens,
        try_cast(status AS BIGINT) AS status FROM {src}"""
    )
    # IP validity is checked in Python on *distinct* addresses (few even in huge logs).
    ips = [
        r[0]
        for r in con.execute("SELECT DISTINCT ip FROM raw_events WHERE ip IS NOT NULL").fetchall()
    ]
    bad_ips = pa.table(
        {"ip": [ip for ip in ips if not valid_ip(ip)]}, schema=pa.schema([("ip", pa.string())])
    )
    con.register("bad_ips", bad_ips)
    reasons = " ".join(
        f"WHEN {name} IS NULL OR {name}::VARCHAR = '' THEN 'missing required field ''{name}'''"
        for name in REQUIRED
        if name != "ts"
    )
    # one pass over the file: validity, prompt hash and IP prefix together (prompt text not kept)
    con.execute(
        f"""CREATE OR REPLACE TABLE checked AS SELECT {EV_COLUMNS}, CASE
        WHEN ts IS NULL THEN 'missing or unparseable timestamp' {reasons}
        WHEN ip IN (SELECT ip FROM bad_ips) THEN 'invalid IP address ''' || left(ip, 45) || ''''
        WHEN length(prompt) > {int(max_prompt_chars)} THEN 'prompt of ' || length(prompt)
             || ' characters exceeds the {int(max_prompt_chars)} limit'
        END AS reason FROM raw_events"""
    )
    bad = con.execute("SELECT count(*) FROM checked WHERE reason IS NOT NULL").fetchall()[0][0]
    info = Loaded(rows=0, skipped=int(bad))
    if bad:
        examples = con.execute(
            "SELECT row_no, reason FROM checked WHERE reason IS NOT NULL ORDER BY row_no LIMIT 5"
        ).fetchall()
        info.skipped_examples = [f"{path}: row {r}: {why}" for r, why in examples]
        if not skip_invalid:
            raise DistillguardError(info.skipped_examples[0])
    con.execute(
        "CREATE OR REPLACE VIEW ev AS SELECT * EXCLUDE (reason) FROM checked WHERE reason IS NULL"
    )
    # prompt text stays in the file; bad rows cannot match a sampled good prompt's hash by length
    con.execute("CREATE OR REPLACE VIEW events AS SELECT * FROM raw_events")
    info.rows = int(con.execute("SELECT count(*) FROM ev").fetchall()[0][0])
    return info


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def load_events(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    max_prompt_chars: int = MAX_PROMPT_CHARS,
) -> Loaded:
    """Validate `path`; its good rows become the DuckDB relation `ev` (EV_COLUMNS: prompt text
    replaced by its hash `ph`, IP prefix added) and the text stays readable in the view `events`."""
    path = Path(path)
    if not path.exists():
        raise DistillguardError(f"events file not found: {path}")
    if path.is_dir():
        raise DistillguardError(f"{path} is a directory, not an events file")
    if path.stat().st_size == 0:
        raise DistillguardError(f"{path}: empty file, no events")
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        info = _validate_parquet(con, path, skip_invalid, max_prompt_chars)
    elif suffix in (".jsonl", ".json", ".ndjson"):
        table, info = _read_jsonl(path, skip_invalid, max_prompt_chars)
        con.register("events_arrow", table)
        con.execute("CREATE OR REPLACE VIEW events AS SELECT * FROM events_arrow")
        con.execute(f"CREATE OR REPLACE TABLE ev AS SELECT {EV_COLUMNS} FROM events")
    else:
        raise DistillguardError(
            f"{path}: unknown events format {suffix!r} (use .jsonl or .parquet)"
        )
    if info.rows == 0:
        detail = f" ({info.skipped} invalid rows skipped)" if info.skipped else ""
        raise DistillguardError(f"{path}: no valid events{detail}")
    return info
