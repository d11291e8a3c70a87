"""The `distillguard` entry point: one typer app, one sub-command group per package.

Each package owns `<package>/cli.py` exposing typer apps; heavy imports (torch, transformers)
happen inside commands so `--help` stays instant. Any DistillguardError becomes a one-line
message on stderr and exit status 1.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from typing import NoReturn

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
    ("trace", "distillguard.provenance.cli", "trace_cmd"),
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


def _fail(message: str) -> NoReturn:
    Console(stderr=True).print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    sys.exit(1)


def os_error_message(exc: OSError) -> str:
    """`<path>: <reason>` for a file the user named (unwritable --out, a directory given as a
    file, a missing parent), else the reason alone."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {reason}"
    return reason


def main() -> None:
    """Run the CLI; user errors are one line on stderr and a non-zero exit, never a traceback.

    Besides DistillguardError, two failures every command can meet through its input are
    caught here once: JSON nested deeper than the parser's stack (RecursionError, e.g. 100k
    '[') and an OSError on a path (an unwritable `--out`, a directory where a file belongs).
    """
    try:
        app()
    except DistillguardError as exc:
        _fail(str(exc))
    except RecursionError:
        _fail("input nested too deeply")
    except OSError as exc:
        _fail(os_error_message(exc))
    except KeyboardInterrupt:
        Console(stderr=True).print("[bold red]interrupted[/]")
        sys.exit(130)


if __name__ == "__main__":
    main()
