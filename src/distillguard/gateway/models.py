"""Gateway tables: organisations and their owners, accounts, API keys, state history, events.

Timestamps are epoch seconds (float) so SQLite and PostgreSQL behave identically and exports
need no timezone handling. API keys are stored only as a SHA-256 digest plus a short public
prefix used to find the row.
"""

from __future__ import annotations

import time
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from distillguard.store.db import Base

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for an event log.
EventId = BigInteger().with_variant(Integer(), "sqlite")


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


class Organisation(Base):
    __tablename__ = "gw_organisations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[float] = mapped_column(Float, default=time.time)


class OrgOwnership(Base):
    """`parent` owns `share` (0..1) of `child`; chains are walked by policy.ownership."""

    __tablename__ = "gw_org_ownership"

    child_id: Mapped[str] = mapped_column(ForeignKey("gw_organisations.id"), primary_key=True)
    parent_id: Mapped[str] = mapped_column(ForeignKey("gw_organisations.id"), primary_key=True)
    share: Mapped[float] = mapped_column(Float)


class Account(Base):
    __tablename__ = "gw_accounts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[str | None] = mapped_column(ForeignKey("gw_organisations.id"), index=True)
    declared_country: Mapped[str | None] = mapped_column(String(2))
    billing_country: Mapped[str | None] = mapped_column(String(2))
    owner_country: Mapped[str | None] = mapped_column(String(2))
    verification: Mapped[str] = mapped_column(String(16), default="unverified")
    state: Mapped[str] = mapped_column(String(16), default="active")
    tier: Mapped[str] = mapped_column(String(32), default="standard")
    email: Mapped[str | None] = mapped_column(String(320))
    payment_fingerprint: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[float] = mapped_column(Float, default=time.time)
    # The monitor's latest risk (written by `monitor scan --apply` / `monitor watch`, see
    # monitor/apply.py); the policy's monitor_risk rules read it. NULL = never scored.
    risk: Mapped[float | None] = mapped_column(Float, nullable=True)
    risk_updated_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    risk_scan_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    risk_detail: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, size-capped
    # What a reviewer's approval covered (policy/clearance.py: risk and reason codes in view, the
    # case and decision); written on approve, dropped on restrict/suspend. NULL = nothing cleared.
    risk_cleared: Mapped[str | None] = mapped_column(Text, nullable=True)


class ApiKey(Base):
    __tablename__ = "gw_api_keys"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("gw_accounts.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float, default=time.time)
    revoked_at: Mapped[float | None] = mapped_column(Float)


class StateTransition(Base):
    __tablename__ = "gw_state_transitions"

    id: Mapped[int] = mapped_column(EventId, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("gw_accounts.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    ts: Mapped[float] = mapped_column(Float, default=time.time)


class Event(Base):
    """One row per API request (the contract's event schema plus the gateway's decision)."""

    __tablename__ = "gw_events"

    id: Mapped[int] = mapped_column(EventId, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64), index=True)
    ts: Mapped[float] = mapped_column(Float, index=True)
    account_id: Mapped[str | None] = mapped_column(String(64), index=True)
    org_id: Mapped[str | None] = mapped_column(String(64))
    key_prefix: Mapped[str | None] = mapped_column(String(32))
    ip: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(2))
    asn: Mapped[int | None] = mapped_column(BigInteger)
    user_agent: Mapped[str | None] = mapped_column(Text)
    payment_fingerprint: Mapped[str | None] = mapped_column(String(128))
    endpoint: Mapped[str] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200))
    prompt: Mapped[str | None] = mapped_column(Text)
    prompt_hash: Mapped[str | None] = mapped_column(String(64))
    response: Mapped[str | None] = mapped_column(Text)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[int] = mapped_column(Integer)
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[str | None] = mapped_column(String(16))
    tier: Mapped[str | None] = mapped_column(String(32))
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {"code","message"}
    guard_score: Mapped[float | None] = mapped_column(Float)
    guard_flagged: Mapped[bool | None] = mapped_column(Boolean)
    guard_families: Mapped[str | None] = mapped_column(Text)  # JSON list
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    # which watermark key served the answer (scheme-key_id of the account's epoch key); NULL when
    # the answer was not watermarked (upstream without watermark, refusals)
    watermark_key_id: Mapped[str | None] = mapped_column(String(80))


class EventStagingCursor(Base):
    """The last staged event moved into `gw_events`, per staging database (see `staging.py`):
    updated in the same transaction as the move, so a crash never moves an event twice."""

    __tablename__ = "gw_event_staging"

    staging_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
