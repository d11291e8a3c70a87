"""`distillguard cases|audit-log|users`: the review workflow for scripts and terminals."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

import typer

from distillguard.errors import DistillguardError

cases_app = typer.Typer(help="Review cases: list, show, decide, ingest monitor flags, appeal.",
                        no_args_is_help=True)
audit_log_app = typer.Typer(help="The hash-chained audit log: verify and show.",
                            no_args_is_help=True)
users_app = typer.Typer(help="Console users (reviewer or admin).", no_args_is_help=True)


def _db():
    from distillguard.config import load_settings
    from distillguard.store.db import get_database

    settings = load_settings()
    return settings, get_database(settings.resolved_database_url)


def _default_actor() -> str:
    from distillguard.review.audit_log import cli_actor

    return cli_actor()


def _on_behalf(actor: str | None, note: str) -> str:
    """`--actor` is a note about whom the operator acts for, never the recorded actor."""
    return f"on behalf of {actor}: {note}" if actor else note


def _print_json(value) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


@cases_app.command("list")
def cases_list(
    status: str = typer.Option("active", help="active (not closed), all, open, escalated, "
                                              "waiting or closed"),
    kind: str | None = typer.Option(None, help="policy, monitor_account, cluster, intel, manual"),
    assignee: str | None = typer.Option(None, help="a username, or - for unassigned"),
    account: str | None = typer.Option(None, help="only cases linked to this account"),
    sort: str = typer.Option("priority", help="priority, due, opened or updated"),
    limit: int = typer.Option(200, min=1, max=5000),
    as_json: bool = typer.Option(False, "--json", help="print JSON instead of a table"),
) -> None:
    """The queue, most urgent first."""
    from rich.console import Console
    from rich.table import Table

    from distillguard.review.cases import case_json, list_cases

    _, db = _db()
    rows = [case_json(c, with_evidence=False) for c in list_cases(
        db, status=status, kind=kind, assignee=assignee, account=account, sort=sort, limit=limit)]
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "P", "kind", "subject", "status", "assignee", "accounts", "SLA left")
    for r in rows:
        left = r["sla_remaining_s"]
        sla = "-" if left is None else (f"{left / 3600:.1f}h" if left >= 0 else
                                        f"[red]overdue {-left / 3600:.1f}h[/]")
        table.add_row(str(r["case_id"]), str(r["priority"]), r["kind"], r["subject"], r["status"],
                      r["assignee"] or "-", str(len(r["accounts"])), sla)
    Console().print(table)


@cases_app.command("show")
def cases_show(case_id: int = typer.Argument(..., help="case id")) -> None:
    """One case as JSON: evidence, accounts, decisions, SLA, version."""
    from distillguard.review.cases import case_json, get_case

    _, db = _db()
    _print_json(case_json(get_case(db, case_id)))


@cases_app.command("decide")
def cases_decide(
    case_id: int = typer.Argument(..., help="case id"),
    action: str = typer.Option(..., help="approve, restrict, suspend, request_verification, "
                                         "escalate"),
    reason_code: str = typer.Option(..., "--reason-code", help="see `cases reasons`"),
    tier: str | None = typer.Option(None, help="the reduced tier, for restrict"),
    note: str = typer.Option("", help="free-text justification"),
    version: int | None = typer.Option(None, help="refuse if the case changed since this version"),
    account: list[str] | None = typer.Option(None, help="apply to these member accounts only "
                                                        "(default: all; a cluster in bulk)"),
    actor: str | None = typer.Option(None, help="on whose behalf (added to the note; the "
                                                "decision is recorded as cli:$USER)"),
) -> None:
    """Decide a case; the accounts' state changes on their next request. Prints JSON."""
    from distillguard.review.decisions import decide, policy_tiers

    settings, db = _db()
    result = decide(db, case_id, action, reason_code, _default_actor(), tier=tier,
                    note=_on_behalf(actor, note), expected_version=version, accounts=account or None,
                    allowed_tiers=policy_tiers(settings.policy_path))
    _print_json(result.to_json())
    if result.failed:
        raise DistillguardError(f"{len(result.failed)} account(s) could not be changed: "
                                f"{result.failed[0]['account_id']}: {result.failed[0]['error']}")


@cases_app.command("reasons")
def cases_reasons() -> None:
    """The reason codes allowed for each action."""
    from distillguard.review.decisions import REASON_CODES

    _print_json(REASON_CODES)


@cases_app.command("ingest")
def cases_ingest(
    flags_file: Path = typer.Argument(..., help="FLAGS.json from `distillguard monitor scan`"),
    min_risk: float | None = typer.Option(None, "--min-risk", min=0.0, max=1.0,
                                          help="open account cases at or above this risk "
                                               "(default: [review] min_risk or 0.5)"),
) -> None:
    """Open cases from monitor flags: one per cluster, one per risky account; deduplicated."""
    from rich.progress import Progress

    from distillguard.review.ingest import DEFAULT_MIN_RISK, ingest_flags

    try:
        flags = json.loads(flags_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DistillguardError(f"no such file: {flags_file}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise DistillguardError(f"{flags_file} is not valid JSON: {exc}") from None
    settings, db = _db()
    threshold = min_risk if min_risk is not None else float(
        settings.review.get("min_risk", DEFAULT_MIN_RISK))
    total = len(flags.get("clusters", [])) + len(flags.get("accounts", [])) \
        if isinstance(flags, dict) else 0
    with Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("opening cases", total=total)
        summary = ingest_flags(db, flags, min_risk=threshold, actor="monitor",
                               sla_hours=settings.review.get("sla_hours"),
                               progress=lambda: progress.advance(task))
    _print_json(summary)


@cases_app.command("assign")
def cases_assign(
    case_id: int = typer.Argument(...),
    to: str = typer.Option(..., "--to", help="username, or - to unassign"),
    actor: str | None = typer.Option(None, help="on whose behalf (a note; recorded as "
                                                "cli:$USER)"),
) -> None:
    """Assign a case to a reviewer."""
    from distillguard.review.cases import assign, case_json

    _, db = _db()
    case = assign(db, case_id, None if to == "-" else to, _default_actor())
    _print_json(case_json(case, with_evidence=False))


@cases_app.command("appeal")
def cases_appeal(
    case_id: int = typer.Argument(...),
    note: str = typer.Option("", help="what the customer says"),
    actor: str | None = typer.Option(None, help="on whose behalf (a note; recorded as "
                                                "cli:$USER)"),
) -> None:
    """Reopen a closed case because the customer appealed."""
    from distillguard.review.cases import appeal, case_json

    settings, db = _db()
    case = appeal(db, case_id, _default_actor(), _on_behalf(actor, note),
                  sla_hours=settings.review.get("sla_hours"))
    _print_json(case_json(case, with_evidence=False))


def _signing_key_path(settings, key: Path | None) -> Path:
    from distillguard.review.checkpoint import lab_key_path

    return lab_key_path(settings, key)


@audit_log_app.command("verify")
def audit_verify(
    checkpoint: Path | None = typer.Option(
        None, "--checkpoint", help="a signed checkpoint (from `audit-log checkpoint`, kept off "
                                   "this machine): also catches entries cut from the end"),
    public_key: Path | None = typer.Option(
        None, "--public-key", help="PEM public key the checkpoint must be signed with "
                                   "(default: the lab's signing key on this machine)"),
) -> None:
    """Check the hash chain; names the first edited, deleted or reordered entry (exit 1)."""
    from distillguard.review.audit_log import verify
    from distillguard.review.checkpoint import load_public_key, parse, verify_against

    settings, db = _db()
    doc = trusted = None
    if checkpoint is not None:
        try:
            doc = parse(checkpoint.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise DistillguardError(f"cannot read checkpoint {checkpoint}: {exc}") from None
        key_path = public_key or _signing_key_path(settings, None)
        if not key_path.exists():
            raise DistillguardError(f"no public key to check the checkpoint with: {key_path} "
                                    "does not exist (give --public-key)")
        trusted = load_public_key(key_path)
    with db.session() as s:
        result = verify(s) if doc is None else verify_against(s, doc, trusted)
    if not result.ok:
        raise DistillguardError(f"audit log verification FAILED at entry {result.bad_seq}: "
                                f"{result.problem}")
    out = result.to_json()
    if doc is not None:
        out["checkpoint"] = {k: doc["checkpoint"].get(k)
                             for k in ("entries", "head_seq", "created_at", "key_id")}
    _print_json(out)


@audit_log_app.command("checkpoint")
def audit_checkpoint(
    out: Path | None = typer.Option(None, "--out", help="write the checkpoint here "
                                                        "(default: print it)"),
    key: Path | None = typer.Option(None, "--key", help="Ed25519 signing key, PEM (default: "
                                    "[review] audit_signing_key or "
                                    "$DISTILLGUARD_HOME/keys/audit_signing_key.pem, created "
                                    "mode 0600 on first use)"),
) -> None:
    """Sign the log's entry count and head hash (Ed25519). Keep the output OFF this machine
    (WORM bucket, ticket, partner lab): `verify --checkpoint` then catches a cut-short log."""
    from distillguard.review.checkpoint import create, load_or_create_key

    settings, db = _db()
    signing_key = load_or_create_key(_signing_key_path(settings, key))
    with db.session() as s:
        doc = create(s, signing_key)
    text = json.dumps(doc, indent=2) + "\n"
    if out is None:
        print(text, end="")
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DistillguardError(f"cannot write {out}: {exc.strerror}") from None
    _print_json({"written": str(out), **doc["checkpoint"]})


@audit_log_app.command("show")
def audit_show(
    limit: int = typer.Option(50, min=1, max=100000),
    subject: str | None = typer.Option(None, help='e.g. "case:3" or "account:acct_..."'),
    head: bool = typer.Option(False, "--head", help="print only the head (seq, hash) to anchor "
                                                    "outside the database"),
) -> None:
    """Newest entries first, one JSON object per line."""
    from distillguard.review.audit_log import entries, entry_json
    from distillguard.review.models import AuditHead

    _, db = _db()
    with db.session() as s:
        if head:
            row = s.get(AuditHead, 1)
            _print_json({"seq": row.seq, "hash": row.hash})
            return
        for entry in entries(s, limit=limit, subject=subject):
            print(json.dumps(entry_json(entry), ensure_ascii=False))


@users_app.command("add")
def users_add(
    username: str = typer.Argument(...),
    role: str = typer.Option("reviewer", help="reviewer or admin"),
) -> None:
    """Add a console user. The password is read from stdin (or prompted twice); never echoed."""
    from distillguard.review.users import ROLES, add_user

    if role not in ROLES:
        raise DistillguardError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    password = _read_password()
    _, db = _db()
    user_id = add_user(db, username, password, role, actor=_default_actor())
    _print_json({"user_id": user_id, "username": username, "role": role})


def _read_password() -> str:
    """From stdin (one line) or prompted twice on a terminal; never echoed or an argument."""
    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if password != getpass.getpass("again: "):
            raise DistillguardError("passwords do not match")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise DistillguardError("empty password (pipe it on stdin or type it at the prompt)")
    return password


@users_app.command("disable")
def users_disable(username: str = typer.Argument(...)) -> None:
    """Disable a user: its sessions end at once and it cannot log in (audited)."""
    from distillguard.review.users import set_disabled

    _, db = _db()
    set_disabled(db, username, True, _default_actor())
    _print_json({"username": username, "disabled": True})


@users_app.command("enable")
def users_enable(username: str = typer.Argument(...)) -> None:
    """Re-enable a disabled user (audited)."""
    from distillguard.review.users import set_disabled

    _, db = _db()
    set_disabled(db, username, False, _default_actor())
    _print_json({"username": username, "disabled": False})


@users_app.command("remove")
def users_remove(username: str = typer.Argument(...)) -> None:
    """Delete a user; its past decisions and audit entries keep the name (audited)."""
    from distillguard.review.users import remove_user

    _, db = _db()
    remove_user(db, username, _default_actor())
    _print_json({"username": username, "removed": True})


@users_app.command("reset-password")
def users_reset_password(username: str = typer.Argument(...)) -> None:
    """Set a new password (stdin or prompt), end the user's sessions, clear failed logins."""
    from distillguard.review.users import reset_password

    password = _read_password()
    _, db = _db()
    reset_password(db, username, password, _default_actor())
    _print_json({"username": username, "password_reset": True})


@users_app.command("unlock")
def users_unlock(username: str = typer.Argument(...)) -> None:
    """Clear the user's failed-login counters from every client (audited)."""
    from distillguard.review.users import unlock

    _, db = _db()
    _print_json({"username": username, "counters_cleared": unlock(db, username,
                                                                  _default_actor())})


@users_app.command("list")
def users_list() -> None:
    """Console users and roles (never hashes)."""
    from distillguard.review.users import list_users

    _, db = _db()
    _print_json([{"username": u.username, "role": u.role, "disabled": u.disabled}
                 for u in list_users(db)])


__all__ = ["cases_app", "audit_log_app", "users_app"]
