"""Reading this lab's own state: events (JSONL/Parquet), account lists, monitor flags, audit
reports, and — when the gateway's tables exist — accounts straight from its database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError


def load_json(path: str | Path, what: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DistillguardError(f"{what} not found: {path}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise DistillguardError(f"{what} {path} is not valid JSON: {exc}") from None


def iter_events(path: str | Path) -> Iterator[dict[str, Any]]:
    """Event records from a JSONL or Parquet file (the ARCHITECTURE.md event schema)."""
    path = Path(path)
    if not path.exists():
        raise DistillguardError(f"events file not found: {path}")
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except Exception as exc:
            raise DistillguardError(f"cannot read Parquet events {path}: {exc}") from None
        yield from table.to_pylist()
        return
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                raise DistillguardError(f"{path}:{lineno}: not a JSON line") from None
            if not isinstance(record, dict):
                raise DistillguardError(f"{path}:{lineno}: expected a JSON object")
            yield record


def load_accounts(path: str | Path) -> list[dict[str, Any]]:
    """A JSON list of accounts: {"account_id", "email"?, "payment_fingerprint"?, ...}."""
    data = load_json(path, "accounts file")
    if isinstance(data, dict) and "accounts" in data:
        data = data["accounts"]
    if not isinstance(data, list) or not all(
        isinstance(a, dict) and "account_id" in a for a in data
    ):
        raise DistillguardError(f"accounts file {path}: expected a list of objects with account_id")
    return data


def load_flags(path: str | Path) -> dict[str, Any]:
    """`monitor scan` output: {"accounts": [...], "clusters": [...]}."""
    data = load_json(path, "monitor flags file")
    if not isinstance(data, dict) or not isinstance(data.get("clusters"), list):
        raise DistillguardError(f"flags file {path}: expected monitor scan JSON with 'clusters'")
    return data


def load_audit_report(path: str | Path) -> dict[str, Any]:
    """An audit report: the evidence pack `audit open|api --report DIR` writes (its report.json
    has `result` and `parameters`; a signed manifest is verified and its hash kept), or a flat
    {"p_value", "tokens_scored", "verdict", "key_id", "suspect", ...}."""
    path = Path(path)
    if path.is_dir():
        path = path / "report.json"
    data = load_json(path, "audit report")
    if not isinstance(data, dict):
        raise DistillguardError(f"audit report {path} is not a JSON object")
    if isinstance(data.get("result"), dict):
        from distillguard.audit.evidence import evidence_summary

        data = evidence_summary(data, path.parent)
    missing = [k for k in ("p_value", "tokens_scored", "verdict") if k not in data]
    if missing:
        raise DistillguardError(f"audit report {path} lacks {', '.join(missing)}")
    return data


def gateway_accounts(db) -> list[dict[str, Any]]:
    """Accounts from the gateway's table when it exists (email/payment columns optional)."""
    from sqlalchemy import MetaData, Table, inspect, select

    if not inspect(db.engine).has_table("gw_accounts"):
        return []
    table = Table("gw_accounts", MetaData(), autoload_with=db.engine)
    wanted = [c for c in ("email", "payment_fingerprint") if c in table.c]
    with db.engine.connect() as conn:
        rows = conn.execute(select(table.c.id, *(table.c[c] for c in wanted))).mappings()
        return [{"account_id": r["id"], **{c: r[c] for c in wanted if r[c]}} for r in rows]
