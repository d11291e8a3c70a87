"""Organisations, accounts, API keys and account state, persisted for the gateway and the console.

The policy package stays pure; this module turns rows into `policy.engine.AccountFacts` (walking
the ownership chain with `policy.ownership.effective_ownership`) and records every state change
with who made it and why: each change appends its entry to the hash-chained audit log
(`review.audit_log`) in the same database transaction, so a change is never stored without its
audit entry nor an entry without its change. `actor` is always the authenticated identity of the
caller (`admin-api:<token fingerprint>`, `cli:<os user>`, `console:<user>`), never free text.
The `apply_*` functions work inside a caller's session (a review decision changes many accounts
and records them all in one transaction). Authentication and facts are cached for a few seconds (`CACHE.ttl`) so
the hot path costs no database round trip; changes made in this process invalidate at once.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from distillguard.errors import DistillguardError
from distillguard.gateway import apikeys
from distillguard.gateway.models import (
    Account,
    ApiKey,
    Organisation,
    OrgOwnership,
    StateTransition,
    new_id,
)
from distillguard.review import audit_log
from distillguard.store.db import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from distillguard.policy.engine import AccountFacts

VERIFICATION = ("unverified", "pending", "verified", "failed")
UPDATABLE = ("verification", "tier", "declared_country", "billing_country", "email",
             "payment_fingerprint")
# Personal data is not copied into the append-only audit log (it could never be erased there):
# the entry records that the field changed, not its values.
PERSONAL = frozenset({"email", "payment_fingerprint"})


@dataclass(frozen=True)
class Principal:
    """Who an API key belongs to."""

    account_id: str
    org_id: str | None
    key_prefix: str
    payment_fingerprint: str | None


class TTLCache:
    """A tiny thread-safe TTL cache (the hot path must not hit the database per request)."""

    def __init__(self, ttl: float = 2.0) -> None:
        self.ttl = ttl
        self._data: dict[Any, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        item = self._data.get(key)
        if item is None or item[0] < time.monotonic():
            return None
        return item[1]

    def put(self, key: Any, value: Any) -> None:
        if self.ttl <= 0:
            return
        with self._lock:
            if len(self._data) > 100_000:
                self._data.clear()
            self._data[key] = (time.monotonic() + self.ttl, value)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


CACHE = TTLCache()


def _country(value: str | None, field: str) -> str | None:
    if value is None or value == "":
        return None
    from distillguard.policy.countries import normalize_country

    try:
        code = normalize_country(value)
    except DistillguardError:
        raise
    except Exception:
        code = None
    if not code:
        raise DistillguardError(f"{field}: not an ISO 3166 country code: {value[:20]!r}")
    return code


def _org_by_name_or_id(session: Session, ref: str) -> Organisation | None:
    org = session.get(Organisation, ref)
    if org is None:
        org = session.scalar(select(Organisation).where(Organisation.name == ref))
    return org


def _add_parent(session: Session, child: Organisation, parent: Organisation, share: float) -> None:
    if not 0.0 < share <= 1.0:
        raise DistillguardError(f"ownership share must be in (0, 1], got {share}")
    if parent.id == child.id:
        raise DistillguardError("an organisation cannot own itself")
    existing = session.scalars(select(OrgOwnership).where(OrgOwnership.child_id == child.id)).all()
    others = sum(o.share for o in existing if o.parent_id != parent.id)
    if others + share > 1.0 + 1e-9:
        raise DistillguardError(
            f"ownership of {child.name} would exceed 100% ({others + share:.2f})"
        )
    row = session.get(OrgOwnership, (child.id, parent.id))
    if row is None:
        session.add(OrgOwnership(child_id=child.id, parent_id=parent.id, share=share))
    else:
        row.share = share


def create_org(
    db: Database,
    name: str,
    country: str | None = None,
    parent: str | None = None,
    share: float | None = None,
    *,
    actor: str = "system",
) -> str:
    """Create an organisation (optionally owned `share` by an existing `parent`); returns its id."""
    name = name.strip()
    if not name or len(name) > 200:
        raise DistillguardError("organisation name must be 1-200 characters")
    country = _country(country, "country")
    with db.session() as s:
        if s.scalar(select(Organisation).where(Organisation.name == name)) is not None:
            raise DistillguardError(f"organisation {name!r} already exists")
        org = Organisation(id=new_id("org"), name=name, country=country, created_at=time.time())
        s.add(org)
        s.flush()
        owner: dict[str, Any] = {}
        if parent is not None:
            parent_org = _org_by_name_or_id(s, parent)
            if parent_org is None:
                raise DistillguardError(f"parent organisation {parent!r} not found")
            owner = {"parent": parent_org.id, "share": 1.0 if share is None else share}
            _add_parent(s, org, parent_org, owner["share"])
        audit_log.append(s, actor, "org.created", f"org:{org.id}",
                         {"name": name, "country": country, **owner})
        return org.id


def set_parent(db: Database, org: str, parent: str, share: float, *,
               actor: str = "system") -> None:
    """Record that `parent` owns `share` of `org` (both by name or id)."""
    with db.session() as s:
        child = _org_by_name_or_id(s, org)
        parent_org = _org_by_name_or_id(s, parent)
        if child is None or parent_org is None:
            raise DistillguardError(f"organisation {org if child is None else parent!r} not found")
        _add_parent(s, child, parent_org, share)
        audit_log.append(s, actor, "org.parent_set", f"org:{child.id}",
                         {"parent": parent_org.id, "share": share})
    CACHE.clear()


def create_account(
    db: Database,
    org: str,
    country: str,
    *,
    billing_country: str | None = None,
    owner_country: str | None = None,
    parent: str | None = None,
    share: float | None = None,
    tier: str = "standard",
    verification: str = "unverified",
    email: str | None = None,
    payment_fingerprint: str | None = None,
    actor: str = "system",
    account_id: str | None = None,
) -> tuple[str, str]:
    """Create an account (and its organisation if new) → (account_id, api_key shown once).

    `owner_country` records a 100% parent organisation registered in that country (the common
    KYC answer "who ultimately owns you?"); `parent` + `share` link an existing organisation.
    `account_id` keeps an id from another system (default: a fresh random id).
    """
    checked_country = _country(country, "country")
    if checked_country is None:
        raise DistillguardError("country is required")
    country = checked_country
    billing_country = _country(billing_country, "billing_country")
    owner_country = _country(owner_country, "owner_country")
    if verification not in VERIFICATION:
        raise DistillguardError(f"verification must be one of {', '.join(VERIFICATION)}")
    if not tier or len(tier) > 32:
        raise DistillguardError("tier must be 1-32 characters")
    if owner_country and parent:
        raise DistillguardError("give either --owner-country or --parent, not both")
    org = (org or "").strip()
    if not org or len(org) > 200:
        raise DistillguardError("organisation name must be 1-200 characters")
    key, prefix, key_hash = apikeys.new_api_key()
    now = time.time()
    with db.session() as s:
        org_row = _org_by_name_or_id(s, org)
        if org_row is None:
            org_row = Organisation(id=new_id("org"), name=org, country=country, created_at=now)
            s.add(org_row)
            s.flush()
        if owner_country:
            owner_name = f"{org_row.name} (owner, {owner_country})"
            owner = _org_by_name_or_id(s, owner_name)
            if owner is None:
                owner = Organisation(
                    id=new_id("org"), name=owner_name, country=owner_country, created_at=now
                )
                s.add(owner)
                s.flush()
            _add_parent(s, org_row, owner, 1.0)
        if parent:
            parent_org = _org_by_name_or_id(s, parent)
            if parent_org is None:
                raise DistillguardError(f"parent organisation {parent!r} not found")
            _add_parent(s, org_row, parent_org, 1.0 if share is None else share)
        if account_id is not None and s.get(Account, account_id) is not None:
            raise DistillguardError(f"account {account_id!r} already exists")
        account = Account(
            id=account_id or new_id("acct"),
            org_id=org_row.id,
            declared_country=country,
            billing_country=billing_country,
            owner_country=owner_country,
            verification=verification,
            state="active",
            tier=tier,
            email=email,
            payment_fingerprint=payment_fingerprint,
            created_at=now,
        )
        s.add(account)
        s.flush()
        s.add(ApiKey(id=new_id("key"), account_id=account.id, prefix=prefix, hash=key_hash,
                     created_at=now))
        s.add(StateTransition(account_id=account.id, from_state=None, to_state="active",
                              actor=actor[:200], reason="account created", ts=now))
        audit_log.append(s, actor, "account.created", f"account:{account.id}",
                         {"org_id": org_row.id, "declared_country": country,
                          "billing_country": billing_country, "owner_country": owner_country,
                          "parent": parent, "share": share, "tier": tier,
                          "verification": verification, "state": "active",
                          "key_prefix": prefix, "email_set": email is not None,
                          "payment_fingerprint_set": payment_fingerprint is not None})
        return account.id, key


def authenticate(db: Database, api_key: str | None) -> Principal | None:
    """The principal of a valid, unrevoked key; None for missing, garbled or unknown keys."""
    if not api_key or len(api_key) > 128:
        return None
    prefix = apikeys.parse_prefix(api_key)
    if prefix is None:
        return None
    cache_key = ("key", db.url, prefix)
    cached = CACHE.get(cache_key)
    if cached is None:
        with db.session() as s:
            row = s.execute(
                select(ApiKey.hash, ApiKey.account_id, ApiKey.revoked_at, Account.org_id,
                       Account.payment_fingerprint)
                .join(Account, Account.id == ApiKey.account_id)
                .where(ApiKey.prefix == prefix)
            ).first()
        cached = tuple(row) if row is not None else ("", None, None, None, None)
        CACHE.put(cache_key, cached)
    key_hash, account_id, revoked_at, org_id, fingerprint = cached
    # Compare even for unknown prefixes so timing does not reveal which prefixes exist.
    ok = apikeys.matches(api_key, key_hash or "0" * 64)
    if not ok or account_id is None or revoked_at is not None:
        return None
    return Principal(account_id, org_id, prefix, fingerprint)


def rotate_key(db: Database, account_id: str, actor: str = "system") -> str:
    """Revoke every key of the account and issue a new one (shown once)."""
    key, prefix, key_hash = apikeys.new_api_key()
    now = time.time()
    with db.session() as s:
        if s.get(Account, account_id, with_for_update=True) is None:
            raise DistillguardError(f"account {account_id!r} not found")
        revoked = []
        for row in s.scalars(select(ApiKey).where(ApiKey.account_id == account_id,
                                                  ApiKey.revoked_at.is_(None))):
            row.revoked_at = now
            revoked.append(row.prefix)
        s.add(ApiKey(id=new_id("key"), account_id=account_id, prefix=prefix, hash=key_hash,
                     created_at=now))
        audit_log.append(s, actor, "account.key_rotated", f"account:{account_id}",
                         {"revoked": sorted(revoked), "new_prefix": prefix})
    CACHE.clear()
    return key


def set_state(db: Database, account_id: str, new_state: str, actor: str, reason: str,
              *, context: dict[str, Any] | None = None) -> None:
    """Move an account to `new_state` if the transition is legal, recording who and why."""
    with db.session() as s:
        apply_state(s, account_id, new_state, actor, reason, context=context)
    CACHE.clear()


def apply_state(session: Session, account_id: str, new_state: str, actor: str, reason: str,
                *, context: dict[str, Any] | None = None) -> str:
    """`set_state` inside the caller's transaction (the account row is locked first); returns
    the state the account left. `context` is added to the audit entry (e.g. the case id)."""
    from distillguard.policy.states import STATES, check_transition

    if new_state not in STATES:
        raise DistillguardError(f"unknown state {new_state!r} (one of {', '.join(STATES)})")
    if not actor or not actor.strip():
        raise DistillguardError("actor is required")
    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise DistillguardError(f"account {account_id!r} not found")
    before = account.state
    check_transition(before, new_state)
    session.add(StateTransition(account_id=account_id, from_state=before, to_state=new_state,
                                actor=actor[:200], reason=reason or "", ts=time.time()))
    account.state = new_state
    session.flush()
    audit_log.append(session, actor, "account.state_changed", f"account:{account_id}",
                     {**(context or {}), "from": before, "to": new_state, "reason": reason or ""})
    return before


def apply_clearance(session: Session, account_id: str, actor: str, *, clear: bool,
                    context: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Record (`clear=True`: on an approval) or drop (`clear=False`: on a restriction or
    suspension) what a reviewer cleared of the account's monitor evidence, inside the caller's
    transaction, with its audit entry ("account.risk_cleared" / "account.risk_clearance_dropped").
    Returns the new record's JSON, or None when nothing changed (never scored: nothing to clear;
    no record: nothing to drop)."""
    from distillguard.policy import clearance

    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise DistillguardError(f"account {account_id!r} not found")
    context = dict(context or {})
    if not clear:
        if account.risk_cleared is None:
            return None
        account.risk_cleared = None
        session.flush()
        audit_log.append(session, actor, "account.risk_clearance_dropped", f"account:{account_id}", context)
        return None
    record = clearance.clearance_from(
        account.risk, account.risk_detail, scan_id=account.risk_scan_id, case_id=context.get("case_id"),
        decision_id=context.get("decision_id"), at=time.time())
    if record is None:
        return None
    account.risk_cleared = clearance.dumps(record)
    session.flush()
    audit_log.append(session, actor, "account.risk_cleared", f"account:{account_id}",
                     {**context, "risk": record.risk, "reason_codes": sorted(record.reason_codes),
                      "scan_id": record.scan_id})
    return record.to_json()


def update_account(db: Database, account_id: str, *, actor: str = "system",
                   **fields: Any) -> None:
    """Change KYC attributes (verification, tier, countries, email, payment fingerprint)."""
    with db.session() as s:
        apply_update(s, account_id, actor, fields)
    CACHE.clear()


def apply_update(session: Session, account_id: str, actor: str, fields: dict[str, Any],
                 *, context: dict[str, Any] | None = None) -> dict[str, Any]:
    """`update_account` inside the caller's transaction; returns what changed (one audit entry
    "account.updated" when anything did, none when every value was already set)."""
    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise DistillguardError(f"account {account_id!r} not found")
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            continue
        if name not in UPDATABLE:
            raise DistillguardError(f"cannot update {name!r}")
        if name == "verification" and value not in VERIFICATION:
            raise DistillguardError(f"verification must be one of {', '.join(VERIFICATION)}")
        if name == "tier" and (not isinstance(value, str) or not value or len(value) > 32):
            raise DistillguardError("tier must be 1-32 characters")
        if name.endswith("_country"):
            value = _country(value, name)
        before = getattr(account, name)
        if before == value:
            continue
        changes[name] = "changed" if name in PERSONAL else {"from": before, "to": value}
        setattr(account, name, value)
    if changes:
        session.flush()
        audit_log.append(session, actor, "account.updated", f"account:{account_id}",
                         {**(context or {}), "changes": changes})
    return changes


def account_facts(db: Database, account_id: str) -> AccountFacts:
    """What the policy engine needs to know about an account (cached for CACHE.ttl seconds)."""
    from distillguard.policy import clearance
    from distillguard.policy.engine import AccountFacts
    from distillguard.policy.ownership import effective_ownership

    cache_key = ("facts", db.url, account_id)
    cached: AccountFacts | None = CACHE.get(cache_key)
    if cached is not None:
        return cached
    with db.session() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise DistillguardError(f"account {account_id!r} not found")
        ownership: dict[str, float] = {}
        if account.org_id is not None:
            parents: dict[str, list[tuple[str, float]]] = {}
            countries: dict[str, str | None] = {}

            def parents_of(org_id: str) -> list[tuple[str, float]]:
                if org_id not in parents:
                    parents[org_id] = [
                        (r.parent_id, r.share)
                        for r in s.scalars(select(OrgOwnership)
                                           .where(OrgOwnership.child_id == org_id))
                    ]
                return parents[org_id]

            def country_of(org_id: str) -> str | None:
                if org_id not in countries:
                    org = s.get(Organisation, org_id)
                    countries[org_id] = org.country if org is not None else None
                return countries[org_id]

            ownership = effective_ownership(account.org_id, parents_of, country_of)
        facts = AccountFacts(
            account_id=account.id,
            org_id=account.org_id,
            state=account.state,
            tier=account.tier,
            declared_country=account.declared_country,
            billing_country=account.billing_country,
            verification=account.verification,
            ownership=ownership,
            risk=account.risk,  # the monitor's, written by monitor/apply.py
            risk_codes=clearance.reason_codes_of(account.risk_detail),
            risk_cleared=clearance.loads(account.risk_cleared),  # written by review/decisions.py
        )
    CACHE.put(cache_key, facts)
    return facts


def account_json(db: Database, account_id: str) -> dict[str, Any]:
    """One account with its org, keys (prefixes only) and state history."""
    with db.session() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise DistillguardError(f"account {account_id!r} not found")
        org = s.get(Organisation, account.org_id) if account.org_id else None
        keys = s.scalars(select(ApiKey).where(ApiKey.account_id == account_id)
                         .order_by(ApiKey.created_at)).all()
        history = s.scalars(select(StateTransition)
                            .where(StateTransition.account_id == account_id)
                            .order_by(StateTransition.id)).all()
        out = _account_row(account, org.name if org else None)
        out["keys"] = [{"prefix": k.prefix, "created_at": k.created_at,
                        "revoked": k.revoked_at is not None} for k in keys]
        out["transitions"] = [
            {"from": t.from_state, "to": t.to_state, "actor": t.actor, "reason": t.reason,
             "ts": t.ts} for t in history
        ]
        out["monitor_risk"] = _risk_json(account)
    out["ownership"] = account_facts(db, account_id).ownership
    return out


def _risk_json(account: Account) -> dict[str, Any] | None:
    """The stored monitor risk with when/which scan set it and why (None: never scored)."""
    from distillguard.policy import clearance

    if account.risk is None:
        return None
    try:
        detail = json.loads(account.risk_detail or "{}")
    except ValueError:
        detail = {}
    cleared = clearance.loads(account.risk_cleared)
    return {"risk": account.risk, "updated_at": account.risk_updated_at,
            "scan_id": account.risk_scan_id, **(detail if isinstance(detail, dict) else {}),
            "cleared": cleared.to_json() if cleared is not None else None}


def list_accounts(
    db: Database, state: str | None = None, limit: int = 1000
) -> list[dict[str, Any]]:
    with db.session() as s:
        query = (select(Account, Organisation.name)
                 .join(Organisation, Organisation.id == Account.org_id, isouter=True)
                 .order_by(Account.created_at).limit(limit))
        if state:
            query = query.where(Account.state == state)
        return [_account_row(a, name) for a, name in s.execute(query)]


def _account_row(account: Account, org_name: str | None) -> dict[str, Any]:
    return {
        "account_id": account.id,
        "org_id": account.org_id,
        "org": org_name,
        "declared_country": account.declared_country,
        "billing_country": account.billing_country,
        "owner_country": account.owner_country,
        "verification": account.verification,
        "state": account.state,
        "tier": account.tier,
        "email": account.email,
        "payment_fingerprint": account.payment_fingerprint,
        "created_at": account.created_at,
    }
