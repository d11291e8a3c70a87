"""`distillguard monitor watch`: export the gateway's event log, scan it, apply the risks, repeat.

The gateway writes one event per request into `gw_events`; `monitor scan` reads event files.
Each round here is `events export` (the same `gateway.events.export_events`, after moving what a
crashed gateway left in staging, as `events export` does) into a private temporary Parquet
file, then `monitor.scan.scan` on it, then `monitor.apply.apply_risk`. Rounds repeat every
`interval` seconds; SIGINT/SIGTERM stop the loop between steps (a round is never half-applied:
each batch of risk writes is one transaction with its audit entries), a second signal aborts.
"""

from __future__ import annotations

import math
import re
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError
from distillguard.store.db import Database

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhdw])$")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


@dataclass(frozen=True)
class Since:
    """Where each round's event window starts: a fixed instant, or a sliding duration."""

    text: str
    absolute: float | None = None  # epoch seconds
    window_s: float | None = None  # "7d": every round scans the last 7 days

    def start(self, now: float | None = None) -> float | None:
        if self.absolute is not None:
            return self.absolute
        if self.window_s is not None:
            return (time.time() if now is None else now) - self.window_s
        return None


def parse_since(text: str | None) -> Since:
    """`--since`: epoch seconds, an ISO 8601 date/time (UTC if no zone), or a duration
    (`90s`, `30m`, `24h`, `7d`, `2w`, a sliding window). Anything else is an error."""
    if text is None or not text.strip():
        return Since("all")
    raw = text.strip()
    match = _DURATION.match(raw.lower())
    if match:
        seconds = float(match.group(1)) * _UNIT_S[match.group(2)]
        if seconds <= 0:
            raise DistillguardError(f"--since: the window must be positive, got {raw!r}")
        return Since(raw, window_s=seconds)
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is not None:
        if not math.isfinite(value) or value < 0:
            raise DistillguardError(f"--since: not a valid epoch time: {raw[:40]!r}")
        return Since(raw, absolute=value)
    try:
        when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise DistillguardError(
            f"--since: expected epoch seconds, an ISO date (2026-11-20 or "
            f"2026-11-20T09:00:00Z) or a duration (30m, 24h, 7d), got {raw[:40]!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Since(raw, absolute=when.timestamp())


@dataclass
class WatchOptions:
    interval_s: float = 300.0
    once: bool = False
    since: Since = Since("all")
    actor: str = "monitor:watch"
    open_cases: bool = False
    min_case_risk: float | None = None
    staging_dir: str = ""
    rounds: int | None = None  # stop after this many rounds (tests); None = until stopped


def move_staged(db: Database, staging_dir: str = "") -> None:
    """Move what a gateway left in its SQLite staging file into `gw_events` (a no-op when a
    running gateway's mover already does it, or with PostgreSQL), as `events export` does."""
    from distillguard.gateway.events import EventLog

    EventLog(db, staging_dir=staging_dir).close()


def run_round(db: Database, opts: WatchOptions, scan_fn: Callable[[Path], dict],
              workdir: Path, round_no: int,
              should_stop: Callable[[], bool] = lambda: False) -> dict[str, Any]:
    """One export → scan → apply round; returns its one-line JSON summary."""
    from distillguard.gateway.events import export_events
    from distillguard.monitor.apply import apply_risk

    started = time.perf_counter()
    now = time.time()
    since = opts.since.start(now)
    out: dict[str, Any] = {
        "round": round_no, "at": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        "since": None if since is None else
        datetime.fromtimestamp(since, UTC).isoformat(timespec="seconds"),
    }
    move_staged(db, opts.staging_dir)
    path = workdir / f"events-{round_no}.parquet"
    try:
        out["events"] = export_events(db, str(path), "parquet", since)
        if out["events"] == 0:
            out.update(accounts=0, flagged_accounts=0, applied=None)
        elif should_stop():
            out["stopped"] = True
        else:
            doc = scan_fn(path)
            summary = doc.get("summary") or {}
            out.update(accounts=summary.get("accounts", len(doc.get("accounts", []))),
                       flagged_accounts=summary.get("flagged_accounts"),
                       clusters=summary.get("clusters"))
            out["applied"] = apply_risk(db, doc, actor=opts.actor, open_cases=opts.open_cases,
                                        min_case_risk=opts.min_case_risk).to_json()
    finally:
        path.unlink(missing_ok=True)
    out["seconds"] = round(time.perf_counter() - started, 3)
    return out


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """SIGINT/SIGTERM set the returned event (stop after the current step); a second one
    restores the default handling (KeyboardInterrupt / termination) to abort at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop  # signal handlers can only be installed from the main thread
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum, _frame) -> None:
        if stop.is_set():
            signal.signal(signum, previous[signum])
            signal.raise_signal(signum)
            return
        stop.set()

    for sig in previous:
        signal.signal(sig, handler)
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(
    db: Database,
    opts: WatchOptions,
    scan_fn: Callable[[Path], dict],
    emit: Callable[[dict[str, Any]], None],
    stop: threading.Event | None = None,
    note: Callable[[str], None] = lambda _msg: None,
) -> int:
    """Run rounds until `once`, `rounds`, or `stop`; returns the number of rounds completed."""
    stop = stop or threading.Event()
    done = 0
    with tempfile.TemporaryDirectory(prefix="distillguard-watch-") as tmp:
        workdir = Path(tmp)  # mkdtemp: mode 0700, the exported prompts are nobody else's
        while not stop.is_set():
            note(f"round {done + 1}: exporting events, scanning, applying")
            emit(run_round(db, opts, scan_fn, workdir, done + 1, stop.is_set))
            done += 1
            if opts.once or (opts.rounds is not None and done >= opts.rounds):
                break
            if stop.wait(opts.interval_s):
                break
    if stop.is_set():
        note(f"stopped after {done} round(s)")
    return done
