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
    seeding: Annotated[str | None, typer.Option(help="KGW seeding: left (default) | selfhash.")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing key file.")] = False,
) -> None:
    """Create a key; prints its key_id (never the secret)."""
    from distillguard.watermark.keys import new_key, save_key

    if scheme not in SCHEME_CHOICES:
        raise DistillguardError(f"unknown scheme {scheme!r} (choose kgw, gumbel or synthid)")
    given = {"gamma": gamma, "delta": delta, "context_width": context_width, "layers": layers,
             "seeding": seeding}
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
    epoch: Annotated[int | None, typer.Option(
        min=0, help="Key epoch (default: the master's current one; older ones for detection).")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing key file.")] = False,
) -> None:
    """Derive an account's key from the master key (HKDF); prints its key_id and derivation."""
    from distillguard.watermark.keys import derive_account_key, load_key, save_key

    _refuse_overwrite(out, force)
    key = derive_account_key(load_key(master), account, epoch)
    save_key(key, out)
    _print_json(key.metadata() | {"derivation": key.derivation(), "path": str(out)})


@keys_app.command("rotate")
def keys_rotate(
    master: Annotated[Path | None, typer.Option(
        "--master", help="Master key file (default: the gateway's, $DISTILLGUARD_HOME/keys/master.json).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Config file naming master_key_path.")] = None,
) -> None:
    """Start a new key epoch: accounts are served with new derived keys from now on; every
    earlier epoch stays derivable for detection. Prints {key_id, epoch, previous_epoch, path}."""
    from distillguard.watermark.keys import rotate_master

    if master is None:
        from distillguard.config import load_settings

        master = load_settings(config).resolved_master_key_path
    before, after = rotate_master(master)
    _print_json({"key_id": after.key_id, "scheme": after.scheme, "epoch": after.epoch,
                 "previous_epoch": before.epoch, "path": str(master)})


@keys_app.command("show")
def keys_show(key: Annotated[Path, typer.Argument(help="Key file.")]) -> None:
    """Print a key's metadata (id, scheme, params, account, epoch, derivation) — never the secret."""
    from distillguard.watermark.keys import load_key

    loaded = load_key(key)
    derivation = loaded.derivation()
    _print_json(loaded.metadata() | ({"derivation": derivation} if derivation else {}))
