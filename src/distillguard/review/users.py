"""Console users: argon2id password hashes, two roles, session revocation by epoch.

Every change to a user (add, disable/enable, remove, password reset, unlock) is audited in the
same transaction as the change.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from distillguard.review import audit_log
from distillguard.review.errors import Conflict, NotFound, ReviewError
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


def _user(s: Session, username: str) -> ReviewUser:
    user = s.scalar(select(ReviewUser).where(ReviewUser.username == username)
                    .with_for_update())
    if user is None:
        raise NotFound(f"no console user {username[:64]!r}")
    return user


def set_disabled(db: Database, username: str, disabled: bool, actor: str) -> None:
    """Disable (every session ends at once: epoch bump) or re-enable a user."""
    with db.session() as s:
        user = _user(s, username)
        if user.disabled == disabled:
            return
        user.disabled = disabled
        user.session_epoch += 1
        audit_log.append(s, actor, "user.disabled" if disabled else "user.enabled",
                         f"user:{username}", {"role": user.role})


def remove_user(db: Database, username: str, actor: str) -> None:
    """Delete a user (decisions and audit entries keep their name as text)."""
    from distillguard.review.models import LoginFailure

    with db.session() as s:
        user = _user(s, username)
        s.delete(user)
        s.execute(delete(LoginFailure).where(LoginFailure.username == username))
        audit_log.append(s, actor, "user.removed", f"user:{username}", {"role": user.role})


def reset_password(db: Database, username: str, password: str, actor: str) -> None:
    """Set a new password, end every session of the user and clear its failed logins."""
    from distillguard.review.models import LoginFailure

    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    with db.session() as s:
        user = _user(s, username)
        user.password_hash = _hasher.hash(password)
        user.session_epoch += 1
        s.execute(delete(LoginFailure).where(LoginFailure.username == username))
        audit_log.append(s, actor, "user.password_reset", f"user:{username}", {})


def unlock(db: Database, username: str, actor: str) -> int:
    """Clear the failed-login counters naming this user (every client); returns how many."""
    from distillguard.review.models import LoginFailure

    with db.session() as s:
        _user(s, username)
        cleared = s.execute(delete(LoginFailure).where(LoginFailure.username == username))
        count = int(getattr(cleared, "rowcount", 0) or 0)
        audit_log.append(s, actor, "user.unlocked", f"user:{username}", {"counters": count})
        return count
