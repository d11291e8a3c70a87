"""API key format and hashing: `dg_<prefix>_<secret>`, stored as SHA-256 of the whole key.

Keys carry 256 bits of randomness, so a fast digest is as safe as a slow password hash and lets
the gateway authenticate without adding milliseconds. The prefix is public (shown in listings and
events) and locates the row; the digest comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

KEY_RE = re.compile(r"^dg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")


def new_api_key() -> tuple[str, str, str]:
    """A fresh key → (full key shown once, public prefix, stored digest)."""
    prefix = secrets.token_hex(6)
    key = f"dg_{prefix}_{secrets.token_urlsafe(32)}"
    return key, prefix, digest(key)


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_prefix(key: str) -> str | None:
    """The public prefix of a well-formed key, or None for anything garbled."""
    match = KEY_RE.match(key)
    return match.group(1) if match else None


def matches(key: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest(key), stored_digest)
