"""`distillguard serve`, `distillguard accounts …` and `distillguard events …`."""

from __future__ import annotations

import json
import math
import secrets
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from distillguard.errors import DistillguardError
from distillguard.review.audit_log import cli_actor

if TYPE_CHECKING:
    from rich.console import Console

    from distillguard.config import Settings
    from distillguard.store.db import Database

accounts_app = typer.Typer(help="Organisations, accounts, API keys and account review states.",
                           no_args_is_help=True)
events_app = typer.Typer(help="The gateway's request event log.", no_args_is_help=True)

ConfigOpt = Annotated[str | None, typer.Option("--config", help="TOML config file.")]


def _db(config: str | None) -> Database:
    from distillguard.config import load_settings
    from distillguard.store.db import get_database

    return get_database(load_settings(config).resolved_database_url)


def _print(obj: Any) -> None:
    print(json.dumps(obj, indent=None, ensure_ascii=False))


@accounts_app.command("create")
def accounts_create(
    org: Annotated[str, typer.Option("--org", help="Organisation name (created if new).")],
    country: Annotated[str, typer.Option("--country", help="Declared country (ISO 3166).")],
    billing_country: Annotated[str | None, typer.Option("--billing-country")] = None,
    owner_country: Annotated[str | None, typer.Option(
        "--owner-country", help="Country of a parent organisation owning 100% of ORG.")] = None,
    parent: Annotated[str | None, typer.Option(
        "--parent", help="Existing organisation that owns part of ORG.")] = None,
    share: Annotated[float | None, typer.Option("--share", help="PARENT's share, 0-1.")] = None,
    tier: Annotated[str, typer.Option("--tier")] = "standard",
    verification: Annotated[str, typer.Option(
        "--verification", help="unverified|pending|verified|failed")] = "unverified",
    email: Annotated[str | None, typer.Option("--email")] = None,
    payment_fingerprint: Annotated[str | None, typer.Option("--payment-fingerprint")] = None,
    config: ConfigOpt = None,
) -> None:
    """Create an account; prints {"account_id", "api_key"} (the key is shown only this once)."""
    from distillguard.gateway.accounts import create_account

    if share is not None and parent is None:
        raise DistillguardError("--share needs --parent")
    account_id, api_key = create_account(
        _db(config), org, country, billing_country=billing_country, owner_country=owner_country,
        parent=parent, share=share, tier=tier, verification=verification, email=email,
        payment_fingerprint=payment_fingerprint, actor=cli_actor())
    _print({"account_id": account_id, "api_key": api_key})


@accounts_app.command("add-org")
def accounts_add_org(
    name: Annotated[str, typer.Argument(help="Organisation name.")],
    country: Annotated[str | None, typer.Option("--country")] = None,
    parent: Annotated[str | None, typer.Option("--parent")] = None,
    share: Annotated[float | None, typer.Option("--share")] = None,
    config: ConfigOpt = None,
) -> None:
    """Create an organisation (e.g. a parent company) without an account."""
    from distillguard.gateway.accounts import create_org

    _print({"org_id": create_org(_db(config), name, country, parent, share, actor=cli_actor())})


@accounts_app.command("set-parent")
def accounts_set_parent(
    org: Annotated[str, typer.Argument(help="Owned organisation (name or id).")],
    parent: Annotated[str, typer.Option("--parent")],
    share: Annotated[float, typer.Option("--share")],
    config: ConfigOpt = None,
) -> None:
    """Record that PARENT owns SHARE (0-1) of ORG."""
    from distillguard.gateway.accounts import set_parent

    set_parent(_db(config), org, parent, share, actor=cli_actor())
    _print({"org": org, "parent": parent, "share": share})


@accounts_app.command("list")
def accounts_list(
    state: Annotated[str | None, typer.Option("--state")] = None,
    config: ConfigOpt = None,
) -> None:
    """One JSON line per account."""
    from distillguard.gateway.accounts import list_accounts

    for row in list_accounts(_db(config), state):
        _print(row)


@accounts_app.command("show")
def accounts_show(account_id: str, config: ConfigOpt = None) -> None:
    """An account with its keys (prefixes), ownership, history and account-level decision."""
    from distillguard.config import load_settings
    from distillguard.gateway.accounts import account_facts, account_json
    from distillguard.policy.engine import Policy

    db = _db(config)
    out = account_json(db, account_id)
    policy = Policy.load(load_settings(config).policy_path or None)
    out["decision"] = policy.evaluate(account_facts(db, account_id)).to_json()
    print(json.dumps(out, indent=2, ensure_ascii=False))


@accounts_app.command("set-state")
def accounts_set_state(
    account_id: str,
    state: Annotated[str, typer.Argument(
        help="active|under_review|approved|restricted|suspended")],
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded).")],
    actor: Annotated[str | None, typer.Option(
        "--actor", help="On whose behalf (a note; the change is recorded as cli:$USER).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Move an account to a new review state (illegal transitions are refused)."""
    from distillguard.gateway.accounts import set_state

    if not reason.strip():
        raise DistillguardError("--reason must not be empty")
    set_state(_db(config), account_id, state, cli_actor(), reason,
              context={"on_behalf_of": actor} if actor else None)
    _print({"account_id": account_id, "state": state})


@accounts_app.command("update")
def accounts_update(
    account_id: str,
    verification: Annotated[str | None, typer.Option("--verification")] = None,
    tier: Annotated[str | None, typer.Option("--tier")] = None,
    billing_country: Annotated[str | None, typer.Option("--billing-country")] = None,
    config: ConfigOpt = None,
) -> None:
    """Change KYC attributes of an account."""
    from distillguard.gateway.accounts import update_account

    update_account(_db(config), account_id, actor=cli_actor(), verification=verification, tier=tier,
                   billing_country=billing_country)
    _print({"account_id": account_id, "updated": True})


@accounts_app.command("rotate-key")
def accounts_rotate_key(account_id: str, config: ConfigOpt = None) -> None:
    """Revoke the account's keys and issue a new one (shown only this once)."""
    from distillguard.gateway.accounts import rotate_key

    _print({"account_id": account_id,
            "api_key": rotate_key(_db(config), account_id, cli_actor())})


@events_app.command("export")
def events_export(
    out: Annotated[str, typer.Option("--out", help="Output file.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl or parquet.")] = "jsonl",
    since: Annotated[float | None, typer.Option("--since", help="Epoch seconds.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Write the event log in the contract's event schema (the monitor's input)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from distillguard.config import load_settings
    from distillguard.gateway.events import EventLog, export_events

    if fmt not in ("jsonl", "parquet"):
        raise DistillguardError(f"--format must be jsonl or parquet, got {fmt!r}")
    db = _db(config)
    staging_dir = str((load_settings(config).gateway or {}).get("event_staging_dir", ""))
    EventLog(db, staging_dir=staging_dir).close()  # first move what a crashed gateway staged
    with Progress(SpinnerColumn(), TextColumn("{task.description} {task.completed} events"),
                  transient=True, console=_stderr()) as progress:
        task = progress.add_task("exporting", total=None)
        count = export_events(db, out, fmt, since,
                              progress=lambda: progress.advance(task))
    _stderr().print(f"wrote {count} events to {out}")


@events_app.command("purge")
def events_purge(config: ConfigOpt = None) -> None:
    """Apply the drop-after-N-days prompt retention now."""
    from distillguard.config import load_settings
    from distillguard.gateway.events import Retention, purge_expired

    settings = load_settings(config)
    retention = Retention.parse((settings.gateway or {}).get("prompt_retention"))
    _print({"purged": purge_expired(_db(config), retention)})


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def ensure_admin_token(settings: Settings) -> str | None:
    """First `serve` without a configured token: generate one, store its hash, return it."""
    import hashlib

    from distillguard.config import home
    from distillguard.gateway.state import ADMIN_HASH_FILE

    path = home() / ADMIN_HASH_FILE
    if settings.admin_token or path.exists():
        return None
    token = f"dgadmin_{secrets.token_urlsafe(32)}"
    path.write_text(hashlib.sha256(token.encode()).hexdigest() + "\n", encoding="utf-8")
    path.chmod(0o600)
    return token


def serve(
    config: ConfigOpt = None,
    host: Annotated[str | None, typer.Option("--host")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535)] = None,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, max=256,
        help="Gateway processes on one socket (N > 1 needs PostgreSQL and Redis).")] = 1,
) -> None:
    """Run the gateway: /v1 (OpenAI-compatible), /admin, /metrics, /healthz, /readyz,
    /console, /taxii2/."""
    from distillguard.config import load_settings

    settings = load_settings(config)
    if host:
        settings.host = host
    if port:
        settings.port = port
    settings.port = port_number(settings.port)
    if workers > 1:
        from distillguard.gateway.workers import check_shared_state, run_workers

        check_shared_state(settings, workers)  # before anything is written under home
        token = ensure_admin_token(settings)
        if token:
            print(f"admin token (shown once, stored hashed): {token}", file=sys.stderr,
                  flush=True)
        raise typer.Exit(run_workers(settings, config, workers))
    _serve_one(settings)


def _serve_one(settings: Settings) -> None:
    """One process: the app and uvicorn in this interpreter (`--workers 1`, the default)."""
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from distillguard.gateway.app import create_app
    from distillguard.gateway.workers import database_error

    token = ensure_admin_token(settings)
    try:
        app = create_app(settings)
    except SQLAlchemyError as exc:
        raise DistillguardError(database_error(settings.resolved_database_url, exc)) from None
    if token:
        print(f"admin token (shown once, stored hashed): {token}", file=sys.stderr, flush=True)
    print(f"distillguard gateway on http://{settings.host}:{settings.port}", file=sys.stderr,
          flush=True)
    try:
        uvicorn.Server(server_config(app, settings.host, settings.port)).run()
    except OSError as exc:
        raise DistillguardError(f"cannot listen on {settings.host}:{settings.port}: "
                                f"{exc.strerror or exc}") from None


def port_number(value: object) -> int:
    """A TCP port from settings (a config file may hold anything): 1-65535, else one line."""
    try:
        number = int(str(value).strip())
    except ValueError:
        raise DistillguardError(f"port must be an integer, got {str(value)[:40]!r}") from None
    if not 1 <= number <= 65535:
        raise DistillguardError(f"port must be 1-65535, got {number}")
    return number


def server_config(app: Any, host: str, port: int) -> Any:  # a uvicorn.Config
    """How `serve` runs uvicorn, with the gateway's slow-client limits (`[gateway]` options):
    a request's headers must arrive within `header_timeout_s` (uvicorn itself has no such
    timeout: a connection that never finishes its headers was held forever), idle keep-alive
    connections close after `keep_alive_s`, beyond `max_connections` new requests get 503, and
    h11's incomplete-request buffer is capped. Slow *bodies* are bounded by the body-limit
    middleware's receive timeout (`body_timeout_s`). On SIGTERM, requests in flight get
    `shutdown_timeout_s` to finish before the lifespan closes the event log.
    proxy_headers off: X-Forwarded-For is honoured only from the policy's trusted proxies
    (policy.geo.client_ip), never rewritten by uvicorn for any loopback peer."""
    import uvicorn

    from distillguard.gateway.onewrite import one_write_protocol

    opts = app.state.gateway.options
    base = one_write_protocol(_protocol(_http()))  # a response's head and body in one write
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, loop=_loop(),
        http=header_timeout_protocol(base, float(opts.header_timeout_s)), proxy_headers=False,
        timeout_keep_alive=max(1, int(opts.keep_alive_s)),
        limit_concurrency=int(opts.max_connections) or None,
        h11_max_incomplete_event_size=64 * 1024,
        timeout_graceful_shutdown=math.ceil(float(opts.shutdown_timeout_s)) or None)


def header_timeout_protocol(base: type[Any], timeout_s: float) -> type[Any]:
    """uvicorn's HTTP protocol class plus a deadline for each request's headers: armed when a
    connection opens and when a response completes, cancelled once the next request's headers
    are in; a connection still without them at the deadline is closed."""
    if timeout_s <= 0:
        return base

    class HeaderTimeout(base):  # type: ignore[misc]
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._dg_served: Any = None  # the request whose headers were last completed
            self._dg_timer: Any = self.loop.call_later(timeout_s, self._dg_expire)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if (self._dg_timer is not None and self.cycle is not None
                    and self.cycle is not self._dg_served):
                self._dg_timer.cancel()
                self._dg_timer = None
                self._dg_served = self.cycle

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self._dg_timer is None and not self.transport.is_closing():
                self._dg_timer = self.loop.call_later(timeout_s, self._dg_expire)

        def connection_lost(self, exc: Exception | None) -> None:
            if self._dg_timer is not None:
                self._dg_timer.cancel()
                self._dg_timer = None
            super().connection_lost(exc)

        def _dg_expire(self) -> None:
            self._dg_timer = None
            if self.cycle is self._dg_served and not self.transport.is_closing():
                self.transport.close()

    HeaderTimeout.__name__ = f"HeaderTimeout{base.__name__}"
    return HeaderTimeout


def _protocol(name: str) -> type[Any]:
    if name == "httptools":
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        return HttpToolsProtocol
    from uvicorn.protocols.http.h11_impl import H11Protocol

    return H11Protocol


def _loop() -> str:
    import importlib.util

    return "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"


def _http() -> str:
    import importlib.util

    return "httptools" if importlib.util.find_spec("httptools") else "h11"
