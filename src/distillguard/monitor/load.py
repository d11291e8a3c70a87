"""Read and validate event files (JSONL or Parquet) into the engine's relations `ev`/`events`.

Bad rows are named by file and line (JSONL) or row (Parquet); with `skip_invalid` they are
dropped and counted instead. Parquet is validated with set-based SQL so 16M-row files never pass
through Python row by row.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from distillguard.errors import DistillguardError
from distillguard.monitor.engine import Engine
from distillguard.monitor.inputs import INT_FIELDS, REQUIRED, resolve, since_epoch

OPTIONAL = ("org_id", "user_agent", "payment_fingerprint")
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
    "model, hash(prompt) AS ph, prompt_tokens, completion_tokens, status, "
    # the text's trimmed length, read in the same pass as its hash, so that steps asking only how
    # long a prompt is (phrases.long_prompt_rows) never read the texts again. Trimming copies the
    # text (26 s more validation over the 16M-event log), so only a text whose first or last
    # character the engine's trim would take is trimmed: the same number for every text, 10 s
    "CASE WHEN length(trim(left(prompt, 1))) = 0 OR length(trim(right(prompt, 1))) = 0 "
    "THEN length(trim(prompt)) ELSE length(prompt) END AS prompt_chars"
)


@dataclass
class Loaded:
    """How many validated events there are (relation `ev`) and what was dropped."""

    rows: int
    skipped: int = 0
    skipped_examples: list[str] = field(default_factory=list)
    files: int = 1
    pruned_files: int = 0  # partitions before --since, never opened
    skipped_files: int = 0  # files whose schema differs from the contract (--skip-invalid)


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


FILE_STRIDE = 1 << 32  # several files: row_no = file index · 2^32 + row in its file + 1
EV_NAMES = (
    "row_no, ts, account_id, org_id, ip, ip24, user_agent, payment_fingerprint, model, ph, "
    "prompt_tokens, completion_tokens, status, prompt_chars"
)


def _parquet_source(engine: Engine, files: list[Path]) -> str:
    """The view `raw_src` over the files (the engine's own read); returns the SQL of the events'
    `row_no`. Everything after it is shared SQL."""
    engine.read_parquet("raw_src", files)
    if len(files) == 1:
        return "file_row_number + 1"
    return f"file_index * {FILE_STRIDE} + file_row_number + 1"


def _where(files: list[Path], row_no: int) -> str:
    if len(files) == 1:
        return f"{files[0]}: row {row_no}"
    return f"{files[row_no // FILE_STRIDE]}: row {row_no % FILE_STRIDE}"


def _validate_parquet(
    engine: Engine, files: list[Path], skip_invalid: bool, max_prompt_chars: int, since_sql: str
) -> Loaded:
    row_no = _parquet_source(engine, files)
    cols = engine.columns("SELECT * FROM raw_src")  # every file has REQUIRED: inputs.resolve
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
    engine.run(
        f"""CREATE OR REPLACE VIEW raw_events AS SELECT {row_no} AS row_no,
        {ts_expr} AS ts, account_id::VARCHAR AS account_id, {opt}, trim(ip::VARCHAR) AS ip,
        model::VARCHAR AS model, prompt::VARCHAR AS prompt,
        try_cast(prompt_tokens AS BIGINT) AS prompt_tokens,
        try_cast(completion_tokens AS BIGINT) AS completion_tokens,
        try_cast(status AS BIGINT) AS status FROM raw_src"""
    )
    # IP validity is checked in Python on *distinct* addresses (few even in huge logs).
    ips = [r[0] for r in engine.rows("SELECT DISTINCT ip FROM raw_events WHERE ip IS NOT NULL")]
    bad_ips = pa.table(
        {"ip": [ip for ip in ips if not valid_ip(ip)]}, schema=pa.schema([("ip", pa.string())])
    )
    engine.register("bad_ips", bad_ips)
    reasons = " ".join(
        f"WHEN {name} IS NULL OR {name}::VARCHAR = '' THEN 'missing required field ''{name}'''"
        for name in REQUIRED
        if name != "ts"
    )
    # one pass over the file: validity, prompt hash and IP prefix together (prompt text not kept)
    engine.run(
        f"""CREATE OR REPLACE TABLE checked AS SELECT {EV_COLUMNS}, CASE
        WHEN ts IS NULL THEN 'missing or unparseable timestamp' {reasons}
        WHEN ip IN (SELECT ip FROM bad_ips) THEN 'invalid IP address ''' || left(ip, 45) || ''''
        WHEN length(prompt) > {int(max_prompt_chars)} THEN 'prompt of ' || length(prompt)
             || ' characters exceeds the {int(max_prompt_chars)} limit'
        END AS reason FROM raw_events"""
    )
    bad = engine.rows("SELECT count(*) FROM checked WHERE reason IS NOT NULL")[0][0]
    info = Loaded(rows=0, skipped=int(bad))
    if bad:
        examples = engine.rows(
            "SELECT row_no, reason FROM checked WHERE reason IS NOT NULL ORDER BY row_no LIMIT 5"
        )
        info.skipped_examples = [f"{_where(files, r)}: {why}" for r, why in examples]
        if not skip_invalid:
            raise DistillguardError(info.skipped_examples[0])
    engine.run(
        f"CREATE OR REPLACE VIEW ev AS SELECT {EV_NAMES} FROM checked WHERE reason IS NULL"
        + (f" AND {since_sql}" if since_sql else "")
    )
    # prompt text stays in the file; bad rows cannot match a sampled good prompt's hash by length
    engine.run("CREATE OR REPLACE VIEW events AS SELECT * FROM raw_events")
    info.rows = int(engine.rows("SELECT count(*) FROM ev")[0][0])
    return info


def load_events(
    engine: Engine,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    max_prompt_chars: int = MAX_PROMPT_CHARS,
    since: date | None = None,
) -> Loaded:
    """Validate `path` (a file, a directory of Parquet files or a `date=` partitioned tree);
    its good rows become the relation `ev` (EV_COLUMNS: prompt text replaced by its hash `ph` and
    its trimmed length `prompt_chars`, IP prefix added) and the text stays readable in the view
    `events`. `since`: partitions before that day are never opened; without `date=` partitions,
    earlier events are dropped."""
    source = resolve(path, since, skip_invalid)
    # a partitioned tree is pruned by file; other inputs are filtered on the events' time
    since_sql = "" if since is None or source.partitioned else f"ts >= {since_epoch(since)!r}"
    if source.kind == "parquet":
        info = _validate_parquet(engine, source.files, skip_invalid, max_prompt_chars, since_sql)
    else:
        table, info = _read_jsonl(source.files[0], skip_invalid, max_prompt_chars)
        engine.register("events_arrow", table)
        engine.run("CREATE OR REPLACE VIEW events AS SELECT * FROM events_arrow")
        engine.run(
            f"CREATE OR REPLACE TABLE ev AS SELECT {EV_COLUMNS} FROM events"
            + (f" WHERE {since_sql}" if since_sql else "")
        )
        if since_sql:
            info.rows = int(engine.rows("SELECT count(*) FROM ev")[0][0])
    info.files = len(source.files)
    info.pruned_files = source.pruned_files
    info.skipped_files = source.skipped_files
    info.skipped_examples = source.skipped_examples + info.skipped_examples
    if info.rows == 0:
        detail = f" ({info.skipped} invalid rows skipped)" if info.skipped else ""
        if since is not None:
            detail += f" on or after {since}"
        raise DistillguardError(f"{path}: no valid events{detail}")
    return info
