"""`distillguard monitor scan|calibrate`: find campaigns and coordinated clusters in event logs."""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import typer

from distillguard.errors import DistillguardError

app = typer.Typer(
    help="Find distillation campaigns and coordinated account clusters in API traffic.",
    no_args_is_help=True,
)


def _progress():
    """A stage reporter on stderr (rich), with elapsed time per stage."""
    from rich.console import Console

    console = Console(stderr=True)
    started = time.perf_counter()

    def report(stage: str, n: int | None = None) -> None:
        count = f" ({n:,})" if n is not None else ""
        console.print(
            f"[dim]{time.perf_counter() - started:7.1f}s[/] {stage}{count}", highlight=False
        )

    return report


class _Output:
    """An `--out` file checked before a long scan, written atomically after it.

    The temporary file is created next to `path` up front, so an unwritable or impossible
    `--out` (a directory, a missing or read-only parent) is a one-line error before minutes
    of scanning, and a failed run never leaves a truncated file behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise DistillguardError(f"{path}: is a directory")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            os.close(fd)
        except OSError as exc:
            raise DistillguardError(f"{path}: {exc.strerror or exc}") from None

    def write(self, text: str) -> None:
        self.commit(lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))

    def commit(self, save) -> None:
        """`save(tmp_path)`, then move the result onto `path`."""
        try:
            save(self.tmp)
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise DistillguardError(f"{self.path}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


def _params(
    skip_invalid: bool,
    max_prompt_chars: int,
    sample: int,
    threads: int | None,
    embed_budget: int | None = None,
    engine: str = "duckdb",
    spark_master: str | None = None,
    since: str | None = None,
):
    from distillguard.monitor.engine import ENGINES
    from distillguard.monitor.inputs import parse_since
    from distillguard.monitor.scan import ScanParams

    if engine not in ENGINES:
        raise DistillguardError(f"--engine {engine!r}: use {' or '.join(ENGINES)}")
    if spark_master is not None and engine != "spark":
        raise DistillguardError("--spark-master needs --engine spark")
    if threads is not None and threads < 1:
        raise DistillguardError("--threads must be positive")
    if max_prompt_chars < 1 or sample < 1:
        raise DistillguardError("--max-prompt-chars and --sample-per-account must be positive")
    if embed_budget is not None and embed_budget < 0:
        raise DistillguardError("--embed-budget must be >= 0")
    params = ScanParams(
        skip_invalid=skip_invalid,
        max_prompt_chars=max_prompt_chars,
        threads=threads,
        engine=engine,
        spark_master=spark_master,
        since=parse_since(since),
    )
    params.features.sample_per_account = sample
    if embed_budget is not None:
        params.embed.budget = embed_budget
    return params


@app.command("scan")
def scan_command(
    events: Path = typer.Argument(
        ...,
        help="events: a .jsonl or .parquet file, a directory of Parquet files, or a "
        "Hive-partitioned tree (date=YYYY-MM-DD/…)",
    ),
    out: Path = typer.Option(None, "--out", help="write the flags JSON here (default: stdout)"),
    engine: str = typer.Option(
        "duckdb", "--engine", help="duckdb (in-process) or spark (pip install distillguard[spark])"
    ),
    spark_master: str = typer.Option(
        None, "--spark-master", help="with --engine spark: local[N], spark://HOST:PORT, "
        "sc://HOST:PORT (Spark Connect), yarn… (default local[*])",
    ),
    since: str = typer.Option(
        None, "--since", help="YYYY-MM-DD: read only date= partitions from this day on "
        "(unpartitioned input: only events from this day on, UTC)",
    ),
    state: Path = typer.Option(
        None, "--state", help="a directory carrying state between daily runs: each account's "
        "previous risk and first-flagged day, flagged accounts' templates (MinHash signatures; "
        "no prompt text); adds `history` to each account, risks unchanged",
    ),
    calibration: Path = typer.Option(None, help="calibration JSON (default: the shipped one)"),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="drop bad rows and count them"),
    max_prompt_chars: int = typer.Option(100_000, help="longer prompts are invalid rows"),
    sample_per_account: int = typer.Option(
        48, help="events per account analysed for prompt signals"
    ),
    threads: int = typer.Option(
        None, help="DuckDB threads, or Spark's local[N] cores (default: all cores)"
    ),
    embed_budget: int = typer.Option(
        None,
        help="new prompts embedded per scan (MiniLM, most active accounts first; cached ones are "
        "free; default 8000; 0 = cache only)",
    ),
    quiet: bool = typer.Option(False, "--quiet", help="no progress on stderr"),
    apply: bool = typer.Option(
        False, "--apply",
        help="also write each account's risk to the gateway's accounts (what the policy reads)",
    ),
    open_cases: bool = typer.Option(
        False, "--open-cases", help="with --apply: also open review cases (as `cases ingest`)"
    ),
    actor: str = typer.Option("monitor:scan", help="who applies (recorded in the audit log)"),
    config: str = typer.Option(None, "--config", help="TOML config naming the database"),
) -> None:
    """Score every account, cluster coordinated accounts, print/write the flags JSON.

    With --apply the risks are stored on the gateway's accounts (one audit entry per change);
    the apply summary is part of the summary line with --out, else one JSON line on stderr.
    """
    if open_cases and not apply:
        raise DistillguardError("--open-cases needs --apply")
    db = _database(config) if apply else None  # an unreachable database fails before the scan
    from distillguard.monitor.scan import scan
    from distillguard.monitor.scoring import Calibration

    params = _params(
        skip_invalid, max_prompt_chars, sample_per_account, threads, embed_budget,
        engine, spark_master, since,
    )
    target = _Output(out) if out else None  # an unwritable --out fails before the scan
    carried = None
    try:
        options = {"calibration": Calibration.load(calibration), "params": params,
                   "progress": None if quiet else _progress()}
        if state is not None:  # an unusable or corrupt state fails before the scan
            from distillguard.monitor.scan import scan_with_state
            from distillguard.monitor.state import StateDir

            store = StateDir(state)
            doc, carried = scan_with_state(events, store, **options)
        else:
            doc = scan(events, **options)
    except BaseException as exc:
        if target is not None:
            target.discard()
        if _engine_failure(exc):  # a Spark job or the JVM failed: one line, not a JVM trace
            from distillguard.monitor.engine_spark import failure_line

            raise DistillguardError(f"Spark: {failure_line(exc)}") from None
        raise
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    if target is not None:
        target.write(text + "\n")
        s = doc["summary"]
        line = {
            "out": str(out),
            "accounts": s["accounts"],
            "flagged_accounts": s["flagged_accounts"],
            "lead_accounts": s.get("lead_accounts", 0),
            "clusters": s["clusters"],
            "flagged_clusters": s["flagged_clusters"],
            "skipped_rows": doc["skipped_rows"],
        }
        if carried is not None:  # the state advances only once the document is saved
            line.update(_save_state(store, carried, doc))
        if db is not None:  # the scan is on disk before anything is applied
            line["applied"] = _apply(db, doc, actor, open_cases)
        print(json.dumps(line))
    else:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        if carried is not None:
            sys.stderr.write(json.dumps(_save_state(store, carried, doc)) + "\n")
        if db is not None:
            sys.stderr.write(json.dumps({"applied": _apply(db, doc, actor, open_cases)}) + "\n")


def _save_state(store, body, doc: dict) -> dict:
    from distillguard.monitor.state import summary_line

    return summary_line(doc, store.write(body))


def _engine_failure(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("pyspark", "py4j")


def _database(config: str | None):
    """The gateway's database (settings: --config, DISTILLGUARD_*), migrated; one-line error
    when it cannot be reached."""
    from distillguard.config import load_settings
    from distillguard.store.db import get_database, redact

    url = load_settings(config).resolved_database_url
    try:
        return get_database(url)
    except DistillguardError:
        raise
    except Exception as exc:  # driver errors: connection refused, unwritable file, ...
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise DistillguardError(f"cannot use database {redact(url)}: {first}") from None


def _apply(db, doc: dict, actor: str, open_cases: bool) -> dict:
    from distillguard.monitor.apply import apply_risk

    return apply_risk(db, doc, actor=actor, open_cases=open_cases).to_json()


@app.command("calibrate")
def calibrate_command(
    events: Path = typer.Argument(
        ..., help="calibration events (e.g. from `distillguard sim run`)"
    ),
    truth: Path = typer.Option(..., "--truth", help="ground truth naming the benign accounts"),
    out: Path = typer.Option(..., "--out", help="calibration JSON to write"),
    target_fpr: float = typer.Option(0.001, help="benign-account false-positive rate to allow"),
    sample_per_account: int = typer.Option(
        48, help="events per account analysed for prompt signals"
    ),
    quiet: bool = typer.Option(False, "--quiet", help="no progress on stderr"),
) -> None:
    """Fit the benign reference shares and the risk threshold on labelled benign accounts."""
    from distillguard.monitor.calibrate import calibrate, load_truth
    from distillguard.monitor.scan import analyse

    facts = load_truth(truth)
    target = _Output(out)  # an unwritable --out fails before the analysis
    try:
        analysis = analyse(
            events, _params(False, 100_000, sample_per_account, None),
            None if quiet else _progress(),
        )
        # the shipped model's reading of IP rotation (model K): cloud turnover is not a proxy pool
        cal = calibrate([(analysis, facts)], target_fpr, source=f"calibrated on {events.name}",
                        rotation_consumer_only=True)
    except BaseException:
        target.discard()
        raise
    target.commit(cal.save)
    print(json.dumps({"out": str(out), "threshold": cal.threshold, "target_fpr": target_fpr}))


@app.command("watch")
def watch_command(
    interval: float = typer.Option(300.0, "--interval", help="seconds between rounds"),
    once: bool = typer.Option(False, "--once", help="one round, then exit"),
    since: str = typer.Option(
        None, "--since",
        help="events from: epoch seconds, ISO date/time, or a sliding window (24h, 7d)",
    ),
    calibration: Path = typer.Option(None, help="calibration JSON (default: the shipped one)"),
    sample_per_account: int = typer.Option(
        48, help="events per account analysed for prompt signals"
    ),
    threads: int = typer.Option(None, help="DuckDB threads (default: all cores)"),
    open_cases: bool = typer.Option(
        False, "--open-cases", help="also open review cases (as `cases ingest`)"
    ),
    actor: str = typer.Option("monitor:watch", help="who applies (recorded in the audit log)"),
    config: str = typer.Option(None, "--config", help="TOML config naming the database"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress on stderr"),
) -> None:
    """Every --interval seconds: export the gateway's event log, scan it, apply the risks.

    One JSON line per round on stdout; progress on stderr. Invalid events are skipped and
    counted (one odd row must not stop enforcement). SIGINT/SIGTERM stop after the current
    step; a second signal aborts.
    """
    from distillguard.config import load_settings
    from distillguard.monitor.watch import WatchOptions, parse_since, stop_on_signals, watch

    if not math.isfinite(interval) or interval <= 0:
        raise DistillguardError("--interval must be a positive number of seconds")
    opts = WatchOptions(interval_s=interval, once=once, since=parse_since(since), actor=actor,
                        open_cases=open_cases)
    db = _database(config)  # input and database errors come before the scanner loads
    from distillguard.monitor.scan import scan
    from distillguard.monitor.scoring import Calibration

    params = _params(True, 100_000, sample_per_account, threads)
    cal = Calibration.load(calibration)
    opts.staging_dir = str((load_settings(config).gateway or {}).get("event_staging_dir", ""))
    progress = None if quiet else _progress()

    def scan_fn(path: Path) -> dict:
        return scan(path, calibration=cal, params=params, progress=progress)

    def emit(line: dict) -> None:
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    def note(message: str) -> None:
        if not quiet:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

    with stop_on_signals() as stop:
        watch(db, opts, scan_fn, emit, stop, note)
