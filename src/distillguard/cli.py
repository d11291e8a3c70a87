"""The `distillguard` entry point: one typer app, one sub-command group per package.

Each package owns `<package>/cli.py` exposing typer apps; heavy imports (torch, transformers)
happen inside commands so `--help` stays instant. Any DistillguardError becomes a one-line
message on stderr and exit status 1.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

import typer
from rich.console import Console

from distillguard.errors import DistillguardError

app = typer.Typer(
    name="distillguard",
    help="Detect, restrict and share intelligence on unauthorized distillation of your model.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# (group name, module, attribute): groups are typer apps; commands are plain functions.
GROUPS = [
    ("keys", "distillguard.watermark.keys_cli", "keys_app"),
    ("watermark", "distillguard.watermark.cli", "watermark_app"),
    ("audit", "distillguard.audit.cli", "app"),
    ("accounts", "distillguard.gateway.cli", "accounts_app"),
    ("events", "distillguard.gateway.cli", "events_app"),
    ("policy", "distillguard.policy.cli", "app"),
    ("monitor", "distillguard.monitor.cli", "app"),
    ("sim", "distillguard.sim.cli", "app"),
    ("cases", "distillguard.review.cli", "cases_app"),
    ("audit-log", "distillguard.review.cli", "audit_log_app"),
    ("users", "distillguard.review.cli", "users_app"),
    ("intel", "distillguard.intel.cli", "app"),
]
COMMANDS = [
    ("serve", "distillguard.gateway.cli", "serve"),
    ("demo", "distillguard.demo", "demo"),
]


@app.command()
def version() -> None:
    """Print the installed distillguard version."""
    from distillguard import __version__

    print(__version__)


def _load(module: str, attr: str):
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), attr, None)


for _name, _module, _attr in GROUPS:
    _group = _load(_module, _attr)
    if _group is not None:
        app.add_typer(_group, name=_name)
for _name, _module, _attr in COMMANDS:
    _command = _load(_module, _attr)
    if _command is not None:
        app.command(name=_name)(_command)


def main() -> None:
    """Run the CLI; user errors are one line on stderr and a non-zero exit, never a traceback."""
    try:
        app()
    except DistillguardError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        Console(stderr=True).print("[bold red]interrupted[/]")
        sys.exit(130)


if __name__ == "__main__":
    main()
