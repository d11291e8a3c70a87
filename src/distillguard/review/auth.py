"""Console sessions: signed, expiring cookies (itsdangerous) + per-session CSRF tokens.

The cookie carries only the user id, the user's session epoch and a random nonce; the role is
read from the database on every request, so demoting or logging out a user (epoch bump) takes
effect at once. CSRF tokens are an HMAC of the nonce: valid only with the cookie they belong to.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SESSION_COOKIE = "dg_console"
LOGIN_COOKIE = "dg_console_login"
DEVICE_COOKIE = "dg_console_device"
DEVICE_TTL_S = 30 * 24 * 3600
DEFAULT_TTL_S = 8 * 3600


def load_secret(configured: str | None, path: Callable[[], Path]) -> bytes:
    """The configured secret, else one generated once and kept (mode 0600) at `path()`."""
    if configured:
        return configured.encode()
    path = path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        secret = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secret.hex())
        return secret
    except FileExistsError:  # raced with another process creating it
        return bytes.fromhex(path.read_text().strip())


@dataclass
class Session:
    user_id: int
    epoch: int
    nonce: str


class SessionSigner:
    def __init__(self, secret: bytes, ttl_s: int = DEFAULT_TTL_S) -> None:
        self.secret = secret
        self.ttl_s = ttl_s
        self._session = URLSafeTimedSerializer(secret, salt="distillguard.console.session")
        self._login = URLSafeTimedSerializer(secret, salt="distillguard.console.login")
        self._device = URLSafeTimedSerializer(secret, salt="distillguard.console.device")

    def issue(self, user_id: int, epoch: int) -> str:
        return self._session.dumps({"u": user_id, "e": epoch, "n": secrets.token_hex(16)})

    def load(self, cookie: str | None) -> tuple[Session | None, str | None]:
        """(session, None) or (None, why): "missing", "expired" or "invalid"."""
        if not cookie:
            return None, "missing"
        try:
            data: Any = self._session.loads(cookie, max_age=self.ttl_s)
        except SignatureExpired:
            return None, "expired"
        except BadSignature:
            return None, "invalid"
        if not isinstance(data, dict) or not {"u", "e", "n"} <= set(data):
            return None, "invalid"
        return Session(int(data["u"]), int(data["e"]), str(data["n"])), None

    def csrf_token(self, nonce: str, purpose: str = "session") -> str:
        return hmac.new(self.secret, f"csrf:{purpose}:{nonce}".encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, nonce: str | None, token: str | None, purpose: str = "session") -> bool:
        if not nonce or not token:
            return False
        return hmac.compare_digest(self.csrf_token(nonce, purpose), token)

    def device_cookie(self, username: str) -> str:
        """Marks this browser as one `username` logged in from (see `LoginThrottle`)."""
        return self._device.dumps({"u": username, "n": secrets.token_hex(8)})

    def device_ok(self, cookie: str | None, username: str) -> bool:
        if not cookie:
            return False
        try:
            data: Any = self._device.loads(cookie, max_age=DEVICE_TTL_S)
        except BadSignature:
            return False
        return isinstance(data, dict) and data.get("u") == username

    def login_nonce_cookie(self) -> tuple[str, str]:
        """(cookie value, nonce) for the login form, which has no session yet."""
        nonce = secrets.token_hex(16)
        return self._login.dumps(nonce), nonce

    def load_login_nonce(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            value = self._login.loads(cookie, max_age=3600)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None


class LoginThrottle:
    """Failed console logins, counted in the database so every worker shares them and an admin
    can clear them (`distillguard users unlock`, the console's users page).

    Three counters per failure, each over a fixed `window_s`:
    - the (username, client) pair: `limit` guesses at one user from one client;
    - the client: `limit * per_address_factor` (a password sprayer, across usernames);
    - the username from clients *without* this user's device cookie (issued on a successful
      login): `limit * per_user_factor` (a distributed guesser). A client with the cookie is
      never judged by it, so nobody can lock a user out of the browser they already use by
      failing logins from elsewhere; they can only lock out their own addresses.
    Keys are SHA-256 digests (no client-chosen text stored); expired rows are purged as new
    failures arrive, so the table stays bounded by the per-client limit.
    """

    def __init__(self, db: Any, limit: int = 5, window_s: float = 900.0,
                 per_address_factor: int = 10, per_user_factor: int = 20) -> None:
        self.db = db
        self.limit, self.window_s = max(1, limit), window_s
        self.address_factor, self.user_factor = per_address_factor, per_user_factor

    @staticmethod
    def _digest(kind: str, *parts: str) -> str:
        return hashlib.sha256("\n".join((kind, *parts)).encode("utf-8", "replace")).hexdigest()

    def _keys(self, username: str, client: str, trusted_device: bool) -> list[tuple[str, int]]:
        keys = [(self._digest("pair", username, client), self.limit),
                (self._digest("ip", client), self.limit * self.address_factor)]
        if not trusted_device:
            keys.append((self._digest("user", username), self.limit * self.user_factor))
        return keys

    def blocked(self, username: str, client: str, trusted_device: bool = False) -> bool:
        from sqlalchemy import select

        from distillguard.review.models import LoginFailure

        limits = dict(self._keys(username, client, trusted_device))
        since = time.time() - self.window_s
        with self.db.session() as s:
            rows = s.execute(select(LoginFailure.key, LoginFailure.failures)
                             .where(LoginFailure.key.in_(list(limits)),
                                    LoginFailure.window_start >= since)).all()
        return any(failures >= limits[key] for key, failures in rows)

    def fail(self, username: str, client: str, trusted_device: bool = False) -> None:
        from sqlalchemy import case, delete

        from distillguard.review.models import LoginFailure
        from distillguard.review.users import USERNAME_RE

        now = time.time()
        expired = now - self.window_s
        name = username if USERNAME_RE.match(username) else None
        with self.db.session() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.window_start < expired))
            if s.get_bind().dialect.name == "postgresql":
                from sqlalchemy.dialects.postgresql import insert
            else:
                from sqlalchemy.dialects.sqlite import insert
            ip_key = self._digest("ip", client)
            for key, _limit in self._keys(username, client, trusted_device):
                stale = LoginFailure.window_start < expired
                stmt = insert(LoginFailure).values(key=key, failures=1, window_start=now,
                                                   username=None if key == ip_key else name)
                s.execute(stmt.on_conflict_do_update(
                    index_elements=[LoginFailure.key],
                    set_={"failures": case((stale, 1), else_=LoginFailure.failures + 1),
                          "window_start": case((stale, now), else_=LoginFailure.window_start)}))

    def succeeded(self, username: str, client: str) -> None:
        """A correct password: this pair and the user's distributed count start again."""
        from sqlalchemy import delete

        from distillguard.review.models import LoginFailure

        keys = [self._digest("pair", username, client), self._digest("user", username)]
        with self.db.session() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.key.in_(keys)))
