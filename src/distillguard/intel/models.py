"""Tables of the TAXII server and the sync client (declared on the shared Base)."""

from __future__ import annotations

import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from distillguard.store.db import Base

# BIGINT autoincrement on PostgreSQL; SQLite only autoincrements INTEGER PRIMARY KEY.
RowId = BigInteger().with_variant(Integer(), "sqlite")
# A member id is a random UUID, never reused: ownership (objects, statuses, cursors) and grants
# refer to it, so a member added after another was removed can never inherit its TLP:RED
# objects (an integer key without AUTOINCREMENT was reused by SQLite; migration intel_0002).
MemberId = String(36)


def new_member_id() -> str:
    return str(uuid.uuid4())


class IntelMember(Base):
    """A partner lab (or this lab's own publisher) allowed to use the TAXII server."""

    __tablename__ = "intel_members"

    id: Mapped[str] = mapped_column(MemberId, primary_key=True, default=new_member_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    identity_id: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[float] = mapped_column(Float)


class IntelCollection(Base):
    __tablename__ = "intel_collections"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    alias: Mapped[str | None] = mapped_column(String(100), unique=True)
    public_read: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[float] = mapped_column(Float)


class IntelGrant(Base):
    """Per-collection rights of one member."""

    __tablename__ = "intel_grants"

    member_id: Mapped[str] = mapped_column(
        MemberId, ForeignKey("intel_members.id", ondelete="CASCADE"), primary_key=True
    )
    collection_id: Mapped[str] = mapped_column(
        ForeignKey("intel_collections.id", ondelete="CASCADE"), primary_key=True
    )
    can_read: Mapped[bool] = mapped_column(Boolean, default=True)
    can_write: Mapped[bool] = mapped_column(Boolean, default=False)


class IntelObject(Base):
    """One version of one STIX object in one collection; `body` is the exact JSON served."""

    __tablename__ = "intel_objects"
    __table_args__ = (
        UniqueConstraint("collection_id", "stix_id", "version", name="uq_intel_objects_version"),
        Index("ix_intel_objects_page", "collection_id", "date_added", "pk"),
        Index("ix_intel_objects_stix_id", "collection_id", "stix_id"),
    )

    pk: Mapped[int] = mapped_column(RowId, primary_key=True, autoincrement=True)
    collection_id: Mapped[str] = mapped_column(
        ForeignKey("intel_collections.id", ondelete="CASCADE")
    )
    stix_id: Mapped[str] = mapped_column(String(200))
    stix_type: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(32))  # normalised %Y-%m-%dT%H:%M:%S.%fZ
    spec_version: Mapped[str] = mapped_column(String(8))
    date_added: Mapped[int] = mapped_column(BigInteger)  # microseconds since the epoch
    owner_member_id: Mapped[str | None] = mapped_column(MemberId)  # None: the local operator
    tlp: Mapped[str] = mapped_column(String(16))
    is_latest: Mapped[bool] = mapped_column(Boolean)
    is_first: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str] = mapped_column(Text)


class IntelStatus(Base):
    """The result of one POST (TAXII status resource)."""

    __tablename__ = "intel_statuses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str | None] = mapped_column(MemberId)
    created_at: Mapped[float] = mapped_column(Float)
    body: Mapped[str] = mapped_column(Text)


class IntelCursor(Base):
    """A pagination cursor: the query and the last row served, shared by all workers."""

    __tablename__ = "intel_cursors"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str | None] = mapped_column(MemberId)
    query: Mapped[str] = mapped_column(Text)
    last_date_added: Mapped[int] = mapped_column(BigInteger)
    last_pk: Mapped[int] = mapped_column(BigInteger)
    expires_at: Mapped[float] = mapped_column(Float, index=True)


class IntelSyncState(Base):
    """Where the sync client left off with one partner collection, per direction."""

    __tablename__ = "intel_sync_state"

    remote: Mapped[str] = mapped_column(String(500), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[float] = mapped_column(Float)
