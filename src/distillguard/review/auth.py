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
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SESSION_COOKIE = "dg_console"
LOGIN_COOKIE = "dg_console_login"
DEFAULT_TTL_S = 8 * 3600


def load_secret(configured: str | None, path: Callable[[], Path]) -> bytes:
    """The configured secret, else one generated once and kept (mode 0600) at `path()`."""
    if configured:
        return configured.encode()
    path = path()
    path.parent.mkdir(parents=True, exist_ok=True)
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
    """At most `limit` failed logins per username, and `limit * per_address_factor` per client
    address (many users may share one), in `window_s`. Keys are "user:…" or "ip:…"."""

    def __init__(self, limit: int = 5, window_s: float = 900.0, per_address_factor: int = 10):
        self.limit, self.window_s, self.factor = limit, window_s, per_address_factor
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and q[0] < now - self.window_s:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(
                len(self._recent(k, now)) >= self.limit * (self.factor if k.startswith("ip:") else 1)
                for k in keys
            )

    def fail(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def clear(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)
