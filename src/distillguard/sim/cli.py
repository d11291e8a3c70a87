"""`distillguard sim run`: write simulated events and their ground truth."""

from __future__ import annotations

from pathlib import Path

import typer

from distillguard.errors import DistillguardError

app = typer.Typer(
    help="Simulate benign API traffic and distillation campaigns (with ground truth).",
    no_args_is_help=True,
)


@app.command("run")
def run(
    out: Path = typer.Option(..., "--out", help="events file (.jsonl or .parquet)"),
    truth: Path = typer.Option(..., "--truth", help="ground-truth JSON file"),
    benign_accounts: int = typer.Option(200, help="benign accounts"),
    campaigns: int = typer.Option(2, help="distillation campaigns"),
    campaign_accounts: int = typer.Option(60, help="accounts over all campaigns"),
    days: float = typer.Option(7.0, help="simulated days"),
    seed: int = typer.Option(0, help="random seed (same seed, same output)"),
    fmt: str = typer.Option(None, "--format", help="jsonl or parquet (default: from --out suffix)"),
    families: str = typer.Option(
        None, "--families", help="comma-separated campaign families (default: all; see `sim families`)"
    ),
) -> None:
    """Simulate traffic; print a one-line JSON summary."""
    import json

    from rich.console import Console

    from distillguard.sim.builder import write_events
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate, write_truth

    if fmt not in (None, "jsonl", "parquet"):
        raise DistillguardError(f"unknown --format {fmt!r} (use jsonl or parquet)")
    cfg = SimConfig(
        seed=seed,
        benign_accounts=benign_accounts,
        campaigns=campaigns,
        campaign_accounts=campaign_accounts,
        days=days,
        release_day=min(4.0, days * 0.6),
        families=[f.strip() for f in families.split(",") if f.strip()] if families else None,
    )
    with Console(stderr=True).status("simulating traffic"):
        table, facts = simulate(cfg)
        write_events(table, out, fmt)
        write_truth(facts, truth)
    print(
        json.dumps(
            {
                "events": table.num_rows,
                "accounts": len(facts["accounts"]),
                "campaigns": len(facts["campaigns"]),
                "families": facts["families"],
                "out": str(out),
                "truth": str(truth),
            }
        )
    )


@app.command("families")
def list_families() -> None:
    """List the campaign families and benign kinds, one line each."""
    from distillguard.sim.benign import BENIGN_KINDS
    from distillguard.sim.families import CAMPAIGN_FAMILIES

    print("campaign families:")
    for name, spec in CAMPAIGN_FAMILIES.items():
        print(f"  {name:24s} {spec.description}")
    print("benign kinds:")
    for name, kind in BENIGN_KINDS.items():
        print(f"  {name:24s} [{kind.role}] {kind.description}")
