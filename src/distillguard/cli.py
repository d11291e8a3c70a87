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
from rich.markup import escape

from distillguard.errors import DistillguardError

HELP = "Detect, restrict and share intelligence on unauthorized distillation of your model."

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


def version() -> None:
    """Print the installed distillguard version."""
    from distillguard import __version__

    print(__version__)


def _load(module: str, attr: str):
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), attr, None)


def build_app(only: str | None = None) -> typer.Typer:
    """The CLI with every group and command, or with only the one named `only` (what `main` runs:
    importing every package's CLI module costs ~0.3 s of start-up that `watermark detect` on a
    handful of texts should not pay)."""
    built = typer.Typer(name="distillguard", help=HELP, no_args_is_help=True,
                        pretty_exceptions_enable=False, add_completion=False)
    built.command()(version)
    for name, module, attr in GROUPS:
        if only is None or only == name:
            group = _load(module, attr)
            if group is not None:
                built.add_typer(group, name=name)
    for name, module, attr in COMMANDS:
        if only is None or only == name:
            command = _load(module, attr)
            if command is not None:
                built.command(name=name)(command)
    return built


def _named_in(argv: list[str]) -> str | None:
    """The group or command named first on the command line, if it is one of ours."""
    first = next((a for a in argv[1:] if not a.startswith("-")), None)
    known = {name for name, _, _ in GROUPS} | {name for name, _, _ in COMMANDS}
    return first if first in known else None


_FULL: typer.Typer | None = None


def __getattr__(name: str) -> typer.Typer:
    """`distillguard.cli.app`: the full CLI, built on first use (tests, documentation)."""
    global _FULL
    if name != "app":
        raise AttributeError(name)
    if _FULL is None:
        _FULL = build_app()
    return _FULL


def _fail(message: str) -> NoReturn:
    # the message quotes user input (paths, values): printed as text, never as rich markup
    Console(stderr=True).print(
        f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True
    )
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
        build_app(_named_in(sys.argv))()
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
