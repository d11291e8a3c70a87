"""The review package's only door into the gateway: account states, tiers, search, events.

Kept in one module so the rest of review/ depends on a handful of functions, not on the
gateway's tables. Account state changes go through `gateway.accounts.set_state`, which checks
`policy.states.check_transition` and records a StateTransition; the gateway reads the new state
on the account's next request.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from distillguard.errors import DistillguardError
from distillguard.store.db import Database


def account_states(db: Database, account_ids: list[str]) -> dict[str, str | None]:
    """Current state per account id; None for ids the gateway does not know."""
    from distillguard.gateway.models import Account

    out: dict[str, str | None] = dict.fromkeys(account_ids)
    if not account_ids:
        return out
    with db.session() as s:
        for account_id, state in s.execute(
            select(Account.id, Account.state).where(Account.id.in_(account_ids))
        ):
            out[account_id] = state
    return out


def check_transition(current: str, new: str) -> str | None:
    """None if allowed, else the reason it is not."""
    from distillguard.policy.states import check_transition as check

    try:
        check(current, new)
    except DistillguardError as exc:
        return str(exc)
    return None


def set_state(db: Database, account_id: str, new_state: str, actor: str, reason: str) -> None:
    from distillguard.gateway.accounts import set_state as gateway_set_state

    gateway_set_state(db, account_id, new_state, actor, reason)


def update_account(db: Database, account_id: str, actor: str, **fields: Any) -> None:
    from distillguard.gateway.accounts import update_account as gateway_update

    gateway_update(db, account_id, actor=actor, **fields)


def lock_accounts(session: Session, account_ids: list[str]) -> dict[str, str | None]:
    """Lock these accounts' rows (sorted, so every writer takes them in one order) inside the
    caller's transaction; their current state, None for unknown ids."""
    from distillguard.gateway.models import Account

    out: dict[str, str | None] = dict.fromkeys(account_ids)
    ids = sorted(set(account_ids))
    if ids:
        for account_id, state in session.execute(
            select(Account.id, Account.state).where(Account.id.in_(ids))
            .order_by(Account.id).with_for_update()
        ):
            out[account_id] = state
    return out


def apply_state(session: Session, account_id: str, new_state: str, actor: str, reason: str,
                context: dict[str, Any] | None = None) -> str:
    """A state change (and its audit entry) inside the caller's transaction."""
    from distillguard.gateway.accounts import apply_state as gateway_apply_state

    return gateway_apply_state(session, account_id, new_state, actor, reason, context=context)


def apply_update(session: Session, account_id: str, actor: str, fields: dict[str, Any],
                 context: dict[str, Any] | None = None) -> dict[str, Any]:
    """A KYC/tier change (and its audit entry) inside the caller's transaction."""
    from distillguard.gateway.accounts import apply_update as gateway_apply_update

    return gateway_apply_update(session, account_id, actor, fields, context=context)


def apply_clearance(session: Session, account_id: str, actor: str, *, clear: bool,
                    context: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Record or drop a reviewer's clearance of the account's monitor evidence (and its audit
    entry) inside the caller's transaction; see policy/clearance.py."""
    from distillguard.gateway.accounts import apply_clearance as gateway_apply_clearance

    return gateway_apply_clearance(session, account_id, actor, clear=clear, context=context)


def clearances(db: Database, account_ids: list[str]) -> dict[str, Any]:
    """The stored clearance (`policy.clearance.Clearance`) of each of these accounts that has one."""
    from distillguard.gateway.models import Account
    from distillguard.policy import clearance

    out: dict[str, Any] = {}
    ids = sorted(set(account_ids))
    with db.session() as s:
        for start in range(0, len(ids), 500):
            for account_id, text in s.execute(
                select(Account.id, Account.risk_cleared)
                .where(Account.id.in_(ids[start:start + 500]), Account.risk_cleared.is_not(None))
            ):
                record = clearance.loads(text)
                if record is not None:
                    out[account_id] = record
    return out


def changed() -> None:
    """After a commit of `apply_*` changes: drop the gateway's cached facts in this process."""
    from distillguard.gateway.accounts import CACHE

    CACHE.clear()


def search_accounts(db: Database, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Accounts whose id, organisation, email or country matches `query` (case-insensitive)."""
    from distillguard.gateway.models import Account, Organisation

    pattern = f"%{query.strip().lower()}%"
    stmt = (
        select(Account, Organisation.name)
        .join(Organisation, Organisation.id == Account.org_id, isouter=True)
        .order_by(Account.created_at.desc())
        .limit(limit)
    )
    if query.strip():
        stmt = stmt.where(
            or_(
                func.lower(Account.id).like(pattern),
                func.lower(Organisation.name).like(pattern),
                func.lower(Account.email).like(pattern),
                func.lower(Account.declared_country).like(pattern),
                func.lower(Account.payment_fingerprint).like(pattern),
            )
        )
    with db.session() as s:
        return [
            {"account_id": a.id, "org": name, "state": a.state, "tier": a.tier,
             "declared_country": a.declared_country, "billing_country": a.billing_country,
             "verification": a.verification, "email": a.email}
            for a, name in s.execute(stmt)
        ]


def account_rows(db: Database, account_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Basic facts for the given accounts (missing ids omitted)."""
    from distillguard.gateway.models import Account

    if not account_ids:
        return {}
    with db.session() as s:
        return {
            a.id: {"state": a.state, "tier": a.tier, "declared_country": a.declared_country,
                   "billing_country": a.billing_country, "verification": a.verification,
                   "org_id": a.org_id, "payment_fingerprint": a.payment_fingerprint}
            for a in s.scalars(select(Account).where(Account.id.in_(account_ids)))
        }


def recent_events(db: Database, account_ids: list[str], limit: int = 2000) -> list[dict[str, Any]]:
    """The newest request events of these accounts (oldest first), for timelines and samples."""
    from distillguard.gateway.models import Event

    if not account_ids:
        return []
    with db.session() as s:
        rows = s.execute(
            select(Event.ts, Event.account_id, Event.prompt, Event.status, Event.decision,
                   Event.ip, Event.country, Event.prompt_tokens, Event.completion_tokens,
                   Event.reasons)
            .where(Event.account_id.in_(account_ids))
            .order_by(Event.ts.desc())
            .limit(limit)
        ).all()
    out = []
    for r in reversed(rows):
        try:
            reasons = json.loads(r.reasons or "[]")
        except ValueError:
            reasons = []
        out.append({"ts": r.ts, "account_id": r.account_id, "prompt": r.prompt or "",
                    "status": r.status, "decision": r.decision, "ip": r.ip,
                    "country": r.country, "prompt_tokens": r.prompt_tokens,
                    "completion_tokens": r.completion_tokens, "reasons": reasons})
    return out


def state_history(db: Database, account_ids: list[str]) -> list[dict[str, Any]]:
    """State transitions of these accounts, oldest first."""
    from distillguard.gateway.models import StateTransition

    if not account_ids:
        return []
    with db.session() as s:
        return [
            {"ts": t.ts, "account_id": t.account_id, "from": t.from_state, "to": t.to_state,
             "actor": t.actor, "reason": t.reason}
            for t in s.scalars(
                select(StateTransition)
                .where(StateTransition.account_id.in_(account_ids))
                .order_by(StateTransition.ts, StateTransition.id)
            )
        ]
