"""Console users: argon2id password hashes, two roles, session revocation by epoch."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update

from distillguard.review import audit_log
from distillguard.review.errors import Conflict, ReviewError
from distillguard.review.models import ReviewUser
from distillguard.store.db import Database

ROLES = ("reviewer", "admin")
MIN_PASSWORD_LENGTH = 12
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
# argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane): ~0.1 s per login
# on one core, costly enough per guess, cheap enough not to make the login page a DoS target.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_dummy_hash: str | None = None


def _dummy() -> str:
    """Verified against when the username is unknown, so a login takes as long either way."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("distillguard-timing-equaliser")
    return _dummy_hash


def add_user(db: Database, username: str, password: str, role: str, actor: str = "cli") -> int:
    """Create a user; returns its id. The password is stored only as an argon2id hash."""
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if not USERNAME_RE.match(username):
        raise ReviewError("username must be 1-64 characters of letters, digits, _ . @ -")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    with db.session() as s:
        if s.scalar(select(ReviewUser.id).where(ReviewUser.username == username)) is not None:
            raise Conflict(f"user {username!r} already exists")
        user = ReviewUser(
            username=username, role=role, password_hash=_hasher.hash(password),
            session_epoch=0, disabled=False, created_at=datetime.now(UTC),
        )
        s.add(user)
        s.flush()
        audit_log.append(s, actor, "user.created", f"user:{username}", {"role": role})
        return user.id


def authenticate(db: Database, username: str, password: str) -> ReviewUser | None:
    """The user if the password matches and the account is enabled, else None."""
    with db.session() as s:
        user = s.scalar(select(ReviewUser).where(ReviewUser.username == username))
        try:
            _hasher.verify(user.password_hash if user else _dummy(), password)
        except (VerificationError, InvalidHashError):
            return None
        if user is None or user.disabled:
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        return user


def get_user(db: Database, user_id: int) -> ReviewUser | None:
    with db.session() as s:
        return s.get(ReviewUser, user_id)


def list_users(db: Database) -> list[ReviewUser]:
    with db.session() as s:
        return list(s.scalars(select(ReviewUser).order_by(ReviewUser.username)))


def revoke_sessions(db: Database, user_id: int) -> None:
    """Invalidate every session cookie issued to this user so far (logout everywhere)."""
    with db.session() as s:
        s.execute(
            update(ReviewUser)
            .where(ReviewUser.id == user_id)
            .values(session_epoch=ReviewUser.session_epoch + 1)
        )
