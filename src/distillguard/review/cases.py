"""Cases: opened (idempotently) from policy decisions, monitor flags and clusters; queued with
a priority and an SLA clock; assigned; reopened on appeal.

Everything that changes a case also appends to the audit log in the same transaction.
"""

from __future__ import annotations

import hashlib
import math
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from distillguard.review import audit_log
from distillguard.review.errors import Conflict, NotFound, ReviewError
from distillguard.review.models import Case, CaseAccount
from distillguard.store.db import Database

KINDS = ("policy", "monitor_account", "cluster", "intel", "manual")
STATUSES = ("open", "escalated", "waiting", "closed")
ACTIVE_STATUSES = ("open", "escalated", "waiting")
PRIORITIES = (1, 2, 3, 4)  # 1 = most urgent
DEFAULT_SLA_HOURS = {1: 4, 2: 24, 3: 72, 4: 168}
SORTS = {
    "priority": (Case.priority.asc(), Case.due_at.asc(), Case.id.asc()),
    "due": (Case.due_at.asc(), Case.priority.asc(), Case.id.asc()),
    "opened": (Case.opened_at.desc(), Case.id.desc()),
    "updated": (Case.updated_at.desc(), Case.id.desc()),
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def sla_for(priority: int, sla_hours: dict[int, float] | None = None) -> timedelta:
    table = {**DEFAULT_SLA_HOURS, **{int(k): float(v) for k, v in (sla_hours or {}).items()}}
    return timedelta(hours=table[priority])


def _check_priority(priority: int) -> int:
    if priority not in PRIORITIES:
        raise ReviewError(f"priority must be one of {PRIORITIES}, got {priority!r}")
    return priority


def check_evidence(evidence: Any) -> None:
    """Refuse evidence holding NaN or ±inf: it is not JSON (PostgreSQL refuses the row, the
    console's JSON view fails), so such a case would be unreadable. Iterative, so a deep
    document cannot exhaust the stack."""
    stack: list[tuple[str, Any]] = [("evidence", evidence)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise ReviewError(f"{path[:200]} is {value}: evidence numbers must be finite")
        if isinstance(value, dict):
            stack.extend((f"{path}.{k}", v) for k, v in value.items())
        elif isinstance(value, list | tuple):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(value))


def _load(session: Session, case_id: int) -> Case:
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(selectinload(Case.accounts), selectinload(Case.decisions))
    )
    if case is None:
        raise NotFound(f"no case {case_id}")
    return case


def open_case(
    db: Database,
    kind: str,
    subject: str,
    evidence: dict[str, Any],
    priority: int,
    dedupe_key: str,
    *,
    accounts: list[str] | None = None,
    title: str = "",
    actor: str = "system",
    sla_hours: dict[int, float] | None = None,
) -> Case:
    """Open a case, or return the one already open for `dedupe_key` (idempotent while open).

    `accounts` defaults to `evidence["accounts"]`, else `[subject]`. Safe to call concurrently:
    a unique key on open cases turns a race into a lookup.
    """
    return open_or_get(db, kind, subject, evidence, priority, dedupe_key, accounts=accounts,
                       title=title, actor=actor, sla_hours=sla_hours)[0]


def open_or_get(
    db: Database, kind: str, subject: str, evidence: dict[str, Any], priority: int,
    dedupe_key: str, *, accounts: list[str] | None = None, title: str = "",
    actor: str = "system", sla_hours: dict[int, float] | None = None,
) -> tuple[Case, bool]:
    """Like open_case, also saying whether the case was created (True) or already open."""
    if kind not in KINDS:
        raise ReviewError(f"unknown case kind {kind!r}: use one of {', '.join(KINDS)}")
    _check_priority(priority)
    if not dedupe_key:
        raise ReviewError("dedupe_key must not be empty")
    check_evidence(evidence)
    linked = accounts if accounts is not None else evidence.get("accounts") or [subject]
    linked = sorted({str(a) for a in linked})
    for _attempt in range(2):
        existing = find_open(db, dedupe_key)
        if existing is not None:
            return existing, False
        now = utcnow()
        try:
            with db.session() as s:
                case = Case(
                    kind=kind, subject=str(subject)[:255], title=(title or f"{kind}: {subject}")[:255],
                    status="open", priority=priority, assignee=None, dedupe_key=dedupe_key,
                    open_dedupe_key=dedupe_key, evidence=evidence, opened_at=now,
                    due_at=now + sla_for(priority, sla_hours), updated_at=now,
                    accounts=[CaseAccount(account_id=a) for a in linked], decisions=[],
                )
                s.add(case)
                s.flush()
                audit_log.append(
                    s, actor, "case.opened", f"case:{case.id}",
                    {"kind": kind, "subject": subject, "priority": priority,
                     "dedupe_key": dedupe_key, "accounts": linked},
                )
            return case, True
        except IntegrityError:
            continue  # someone else opened it between our lookup and insert
    raise Conflict(f"could not open case for {dedupe_key!r}")


def find_open(db: Database, dedupe_key: str) -> Case | None:
    with db.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.open_dedupe_key == dedupe_key))
        return _load(s, case_id) if case_id is not None else None


def get_case(db: Database, case_id: int) -> Case:
    with db.session() as s:
        return _load(s, case_id)


def list_cases(
    db: Database,
    *,
    status: str | None = "active",
    kind: str | None = None,
    assignee: str | None = None,
    account: str | None = None,
    max_priority: int | None = None,
    sort: str = "priority",
    limit: int = 200,
) -> list[Case]:
    """The queue. status "active" = not closed; "all" = everything."""
    query = select(Case).options(selectinload(Case.accounts))
    if status == "active":
        query = query.where(Case.status.in_(ACTIVE_STATUSES))
    elif status not in (None, "", "all"):
        if status not in STATUSES:
            raise ReviewError(f"unknown status {status!r}: use active, all or {', '.join(STATUSES)}")
        query = query.where(Case.status == status)
    if kind:
        if kind not in KINDS:
            raise ReviewError(f"unknown case kind {kind!r}: use one of {', '.join(KINDS)}")
        query = query.where(Case.kind == kind)
    if assignee == "-":
        query = query.where(Case.assignee.is_(None))
    elif assignee:
        query = query.where(Case.assignee == assignee)
    if account:
        query = query.where(Case.accounts.any(CaseAccount.account_id == account))
    if max_priority is not None:
        query = query.where(Case.priority <= max_priority)
    if sort not in SORTS:
        raise ReviewError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    query = query.order_by(*SORTS[sort]).limit(max(1, min(limit, 5000)))
    with db.session() as s:
        return list(s.scalars(query))


def _touch(case: Case, expected_version: int | None) -> None:
    if expected_version is not None and case.version != expected_version:
        raise Conflict(
            f"case {case.id} changed since you loaded it (version {expected_version}, "
            f"now {case.version}): reload and retry"
        )
    case.updated_at = utcnow()


def assign(
    db: Database, case_id: int, assignee: str | None, actor: str,
    expected_version: int | None = None,
) -> Case:
    """Give the case to a reviewer (None = back to the pool)."""
    try:
        with db.session() as s:
            case = _load(s, case_id)
            if case.status == "closed":
                raise Conflict(f"case {case_id} is closed")
            _touch(case, expected_version)
            case.assignee = assignee
            s.flush()
            audit_log.append(s, actor, "case.assigned", f"case:{case_id}", {"assignee": assignee})
    except StaleDataError:
        raise Conflict(f"case {case_id} was changed concurrently: reload and retry") from None
    return get_case(db, case_id)


def update_evidence(
    db: Database, case_id: int, evidence: dict[str, Any], actor: str,
    change: dict[str, Any] | None = None,
) -> Case:
    """Replace an open case's evidence (new matches for the same subject), with a
    `case.evidence_updated` audit entry naming what changed, in one transaction.

    Sources that deduplicate by subject (intel matches) call this instead of opening a second
    case; a closed case is a Conflict (the caller opens a fresh one).
    """
    check_evidence(evidence)
    try:
        with db.session() as s:
            case = _load(s, case_id)
            if case.status == "closed":
                raise Conflict(f"case {case_id} is closed")
            case.evidence = evidence
            _touch(case, None)
            s.flush()
            audit_log.append(s, actor, "case.evidence_updated", f"case:{case_id}", change or {})
    except StaleDataError:
        raise Conflict(f"case {case_id} was changed concurrently: reload and retry") from None
    return get_case(db, case_id)


def appeal(
    db: Database, case_id: int, actor: str, note: str = "",
    sla_hours: dict[int, float] | None = None,
) -> Case:
    """Reopen a closed case (customer appeal). Account state stays until a new decision."""
    try:
        with db.session() as s:
            case = _load(s, case_id)
            if case.status != "closed":
                raise Conflict(f"case {case_id} is not closed (status {case.status})")
            now = utcnow()
            case.status = "open"
            case.closed_at = None
            case.open_dedupe_key = case.dedupe_key
            case.priority = min(case.priority, 2)
            case.due_at = now + sla_for(case.priority, sla_hours)
            case.assignee = None
            _touch(case, None)
            s.flush()
            audit_log.append(
                s, actor, "case.reopened", f"case:{case_id}", {"reason": "appeal", "note": note}
            )
    except IntegrityError:
        raise Conflict(
            f"case {case_id} cannot be reopened: another open case has the same dedupe key"
        ) from None
    except StaleDataError:
        raise Conflict(f"case {case_id} was changed concurrently: reload and retry") from None
    return get_case(db, case_id)


def sla_remaining(case: Case, now: datetime | None = None) -> float | None:
    """Seconds until the SLA is breached (negative when overdue); None once closed."""
    if case.status == "closed":
        return None
    return (as_utc(case.due_at) - (now or utcnow())).total_seconds()


def case_json(case: Case, *, with_evidence: bool = True) -> dict[str, Any]:
    remaining = sla_remaining(case)
    out: dict[str, Any] = {
        "case_id": case.id, "kind": case.kind, "subject": case.subject, "title": case.title,
        "status": case.status, "priority": case.priority, "assignee": case.assignee,
        "accounts": case.account_ids, "dedupe_key": case.dedupe_key,
        "opened_at": as_utc(case.opened_at).isoformat(), "due_at": as_utc(case.due_at).isoformat(),
        "closed_at": as_utc(case.closed_at).isoformat() if case.closed_at else None,
        "sla_remaining_s": None if remaining is None else round(remaining),
        "overdue": remaining is not None and remaining < 0,
        "last_action": case.last_action, "version": case.version,
    }
    if with_evidence:
        out["evidence"] = case.evidence
        out["decisions"] = [
            {"decision_id": d.id, "action": d.action, "reason_code": d.reason_code,
             "tier": d.tier, "note": d.note, "actor": d.actor, "accounts": d.accounts,
             "created_at": as_utc(d.created_at).isoformat()}
            for d in case.decisions
        ]
    return out


def cluster_dedupe_key(members: list[str]) -> str:
    """Same member set → same key, whatever id the monitor gave the cluster this run."""
    digest = hashlib.sha256("\n".join(sorted(members)).encode()).hexdigest()[:24]
    return f"monitor:cluster:{digest}"


_recent_policy_cases: dict[tuple[str, str], tuple[float, int]] = {}
POLICY_MEMO_S = 60.0


def open_policy_case(
    db: Database, account_id: str, reasons: list[dict[str, Any]] | list[str],
    *, priority: int = 3, actor: str = "policy",
) -> Case:
    """For the gateway: a policy decision with action "review" → one open case per account.

    Cheap on the request path: repeated calls for the same account within a minute reuse the
    case id without touching the database (the case is deduplicated by "policy:<account>").
    """
    import time

    key = (db.url, account_id)
    hit = _recent_policy_cases.get(key)
    if hit and time.monotonic() - hit[0] < POLICY_MEMO_S:
        try:
            case = get_case(db, hit[1])
            if case.status != "closed":
                return case
        except NotFound:
            pass
    codes = [r.get("code") if isinstance(r, dict) else str(r) for r in reasons]
    case = open_case(
        db, "policy", account_id,
        {"source": "policy", "accounts": [account_id], "reasons": list(reasons),
         "reason_codes": codes},
        priority, f"policy:{account_id}", accounts=[account_id], actor=actor,
        title=f"Policy review: {', '.join(c for c in codes if c)[:120] or account_id}",
    )
    if len(_recent_policy_cases) > 50_000:
        _recent_policy_cases.clear()
    _recent_policy_cases[key] = (time.monotonic(), case.id)
    return case
