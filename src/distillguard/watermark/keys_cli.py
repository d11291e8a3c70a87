"""`distillguard keys …`: create, derive, rotate and inspect watermark keys (never prints secrets)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from distillguard.errors import DistillguardError

keys_app = typer.Typer(help="Create, derive and inspect watermark keys.", no_args_is_help=True)

SCHEME_CHOICES = ("kgw", "gumbel", "synthid")


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data) + "\n")


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise DistillguardError(f"{path} already exists (use --force to overwrite)")


@keys_app.command("new")
def keys_new(
    out: Annotated[Path, typer.Option("--out", help="Key file to write (mode 0600).")],
    scheme: Annotated[str, typer.Option(help="kgw | gumbel | synthid")] = "kgw",
    gamma: Annotated[float | None, typer.Option(help="KGW green-list fraction γ.")] = None,
    delta: Annotated[float | None, typer.Option(help="KGW logit bias δ.")] = None,
    context_width: Annotated[int | None, typer.Option(help="Context window h (tokens).")] = None,
    layers: Annotated[int | None, typer.Option(help="SynthID tournament layers m.")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing key file.")] = False,
) -> None:
    """Create a key; prints its key_id (never the secret)."""
    from distillguard.watermark.keys import new_key, save_key

    if scheme not in SCHEME_CHOICES:
        raise DistillguardError(f"unknown scheme {scheme!r} (choose kgw, gumbel or synthid)")
    given = {"gamma": gamma, "delta": delta, "context_width": context_width, "layers": layers}
    params: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
    _refuse_overwrite(out, force)
    key = new_key(scheme, **params)
    save_key(key, out)
    _print_json({"key_id": key.key_id, "scheme": key.scheme, "params": key.params, "path": str(out)})


@keys_app.command("derive")
def keys_derive(
    master: Annotated[Path, typer.Option("--master", help="Master key file.")],
    account: Annotated[str, typer.Option("--account", help="Account id.")],
    out: Annotated[Path, typer.Option("--out", help="Account key file to write.")],
    force: Annotated[bool, typer.Option(help="Overwrite an existing key file.")] = False,
) -> None:
    """Derive an account's key from the master key (HKDF); prints its key_id."""
    from distillguard.watermark.keys import derive_account_key, load_key, save_key

    _refuse_overwrite(out, force)
    key = derive_account_key(load_key(master), account)
    save_key(key, out)
    _print_json(key.metadata() | {"path": str(out)})


@keys_app.command("show")
def keys_show(key: Annotated[Path, typer.Argument(help="Key file.")]) -> None:
    """Print a key's metadata (id, scheme, params, account) — never the secret."""
    from distillguard.watermark.keys import load_key

    _print_json(load_key(key).metadata())
