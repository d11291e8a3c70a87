"""`distillguard monitor scan|calibrate`: find campaigns and coordinated clusters in event logs."""

from __future__ import annotations

import json
import sys
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


def _params(skip_invalid: bool, max_prompt_chars: int, sample: int, threads: int | None):
    from distillguard.monitor.scan import ScanParams

    if max_prompt_chars < 1 or sample < 1:
        raise DistillguardError("--max-prompt-chars and --sample-per-account must be positive")
    params = ScanParams(
        skip_invalid=skip_invalid, max_prompt_chars=max_prompt_chars, threads=threads
    )
    params.features.sample_per_account = sample
    return params


@app.command("scan")
def scan_command(
    events: Path = typer.Argument(..., help="events file (.jsonl or .parquet, contract schema)"),
    out: Path = typer.Option(None, "--out", help="write the flags JSON here (default: stdout)"),
    calibration: Path = typer.Option(None, help="calibration JSON (default: the shipped one)"),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="drop bad rows and count them"),
    max_prompt_chars: int = typer.Option(100_000, help="longer prompts are invalid rows"),
    sample_per_account: int = typer.Option(
        48, help="events per account analysed for prompt signals"
    ),
    threads: int = typer.Option(None, help="DuckDB threads (default: all cores)"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress on stderr"),
) -> None:
    """Score every account, cluster coordinated accounts, print/write the flags JSON."""
    from distillguard.monitor.scan import scan
    from distillguard.monitor.scoring import Calibration

    params = _params(skip_invalid, max_prompt_chars, sample_per_account, threads)
    doc = scan(
        events,
        calibration=Calibration.load(calibration),
        params=params,
        progress=None if quiet else _progress(),
    )
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
        s = doc["summary"]
        print(
            json.dumps(
                {
                    "out": str(out),
                    "accounts": s["accounts"],
                    "flagged_accounts": s["flagged_accounts"],
                    "clusters": s["clusters"],
                    "flagged_clusters": s["flagged_clusters"],
                    "skipped_rows": doc["skipped_rows"],
                }
            )
        )
    else:
        sys.stdout.write(text + "\n")


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
    analysis = analyse(
        events, _params(False, 100_000, sample_per_account, None), None if quiet else _progress()
    )
    cal = calibrate(analysis, facts, target_fpr, source=f"calibrated on {events.name}")
    out.parent.mkdir(parents=True, exist_ok=True)
    cal.save(out)
    print(json.dumps({"out": str(out), "threshold": cal.threshold, "target_fpr": target_fpr}))
