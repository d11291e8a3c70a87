"""Review tables: console users, cases (with their linked accounts), decisions, the audit log.

Account ids are plain strings (no foreign key into the gateway's tables) so the review branch
migrates independently of the gateway branch and can hold cases for accounts known only from
partner intelligence.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from distillguard.store.db import Base


class ReviewUser(Base):
    """A console user; `session_epoch` is bumped on logout/role change to revoke old cookies."""

    __tablename__ = "review_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Case(Base):
    """One thing needing a human decision. `version` gives optimistic locking: a decision made
    against a stale version fails with a conflict instead of silently overwriting another."""

    __tablename__ = "review_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(16), index=True)
    priority: Mapped[int] = mapped_column(Integer)
    assignee: Mapped[str | None] = mapped_column(String(64), nullable=True)
    dedupe_key: Mapped[str] = mapped_column(String(255), index=True)
    # Equal to dedupe_key while the case is not closed, NULL once closed: a plain unique
    # constraint then means "at most one non-closed case per key" on SQLite and PostgreSQL.
    open_dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True, nullable=True)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_action: Mapped[str | None] = mapped_column(String(32), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    accounts: Mapped[list[CaseAccount]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseAccount.account_id"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Decision.id"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def account_ids(self) -> list[str]:
        return [a.account_id for a in self.accounts]


class CaseAccount(Base):
    """An account linked to a case (the subject, or a member of the cluster)."""

    __tablename__ = "review_case_accounts"

    case_id: Mapped[int] = mapped_column(ForeignKey("review_cases.id"), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)

    case: Mapped[Case] = relationship(back_populates="accounts")


class Decision(Base):
    """A reviewer's decision on a case, with the reason code that justifies it."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    reason_code: Mapped[str] = mapped_column(String(64))
    tier: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(128))
    accounts: Mapped[list[str]] = mapped_column(JSON, default=list)
    case_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    case: Mapped[Case] = relationship(back_populates="decisions")


class AuditEntry(Base):
    """One append-only audit record. `hash` covers `prev_hash` and every other column, stored
    as text (ts, canonical JSON payload) so verification never depends on driver round-trips."""

    __tablename__ = "review_audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(255), index=True)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row naming the newest entry: it serialises appends (row lock / write lock)
    and lets `verify` notice entries deleted from the end of the chain."""

    __tablename__ = "review_audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class LoginFailure(Base):
    """Failed console logins in the current window for one throttle key (see
    `review.auth.LoginThrottle`). `key` is a SHA-256 of the kind, username and client, so no
    client-chosen text is stored; `username` (only a valid one) lets an admin unlock a user."""

    __tablename__ = "review_login_failures"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    failures: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[float] = mapped_column(Float, index=True)
