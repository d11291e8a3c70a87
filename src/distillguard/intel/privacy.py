"""Coalition keys, identifier canonicalisation and keyed hashing.

Labs never exchange raw customer identifiers: each value is canonicalised (so that trivial
aliases of one email or card collide) and then HMAC-SHA256'd under a coalition key that only
member labs hold. Every digest carries its key id, so after a rotation old indicators still
match (the keyring keeps retired keys) and new ones use the active key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from distillguard.errors import DistillguardError

IDENTIFIER_KINDS = ("email", "payment_fingerprint", "user_agent", "account_id")
DIGEST_PREFIX = "hmac-sha256"
_GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}
_SPACES = re.compile(r"\s+")


def canonical_email(value: str) -> str:
    """Lower-case, drop `+tags`, and dots in Gmail local parts (common sign-up aliasing)."""
    value = value.strip().lower()
    local, sep, domain = value.rpartition("@")
    if not sep:
        return value
    local = local.split("+", 1)[0]
    if domain in _GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def canonical_identifier(kind: str, value: str) -> str:
    """The canonical form of one identifier, so that both labs hash the same bytes."""
    if kind == "email":
        return canonical_email(value)
    if kind == "payment_fingerprint":
        return value.strip().lower()
    if kind == "user_agent":
        return _SPACES.sub(" ", value.strip())
    if kind == "account_id":
        return value.strip()
    raise DistillguardError(f"unknown identifier kind {kind!r} (use one of {IDENTIFIER_KINDS})")


def canonical_ip(value: str) -> str:
    """IPv4/IPv6 address in its compressed canonical text form."""
    return str(ipaddress.ip_address(value.strip()))


@dataclass(frozen=True)
class CoalitionKey:
    """One shared secret; `key_id` is public and travels with every digest."""

    key_id: str
    secret: bytes = field(repr=False)

    def derive(self, purpose: str) -> bytes:
        """A sub-key per purpose, so hashes and MinHash permutations never share key material."""
        return hmac.new(self.secret, f"distillguard-intel/{purpose}".encode(), hashlib.sha256).digest()


@dataclass
class Keyring:
    """The active coalition key plus retired ones still needed to match older indicators."""

    active_id: str
    keys: dict[str, CoalitionKey]

    @property
    def active(self) -> CoalitionKey:
        return self.keys[self.active_id]

    def get(self, key_id: str) -> CoalitionKey | None:
        return self.keys.get(key_id)


def new_key(key_id: str | None = None) -> CoalitionKey:
    """A fresh 256-bit coalition key from the OS CSPRNG."""
    return CoalitionKey(key_id or f"ck-{secrets.token_hex(4)}", os.urandom(32))


def save_keyring(keyring: Keyring, path: str | Path) -> None:
    """Write the keyring as JSON, mode 0600 (it holds the coalition secrets)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "active": keyring.active_id,
        "keys": [
            {"key_id": k.key_id, "secret": base64.b64encode(k.secret).decode()}
            for k in keyring.keys.values()
        ],
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    os.chmod(path, 0o600)


def load_keyring(path: str | Path) -> Keyring:
    """Read a keyring file written by `save_keyring` (or `intel key new`)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = {
            k["key_id"]: CoalitionKey(k["key_id"], base64.b64decode(k["secret"]))
            for k in data["keys"]
        }
        active = data["active"]
    except FileNotFoundError:
        raise DistillguardError(f"coalition keyring not found: {path}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DistillguardError(f"coalition keyring {path} is malformed: {exc}") from None
    if active not in keys:
        raise DistillguardError(f"coalition keyring {path}: active key {active!r} is missing")
    return Keyring(active, keys)


def rotate_keyring(keyring: Keyring, key_id: str | None = None) -> Keyring:
    """Add a new active key, keeping the old ones for matching older indicators."""
    key = new_key(key_id)
    if key.key_id in keyring.keys:
        raise DistillguardError(f"key id {key.key_id!r} already exists in the keyring")
    return Keyring(key.key_id, {**keyring.keys, key.key_id: key})


def keyed_digest(key: CoalitionKey, kind: str, value: str) -> str:
    """`hmac-sha256:<key_id>:<hex>` of the canonical identifier (domain-separated by kind)."""
    canonical = canonical_identifier(kind, value)
    mac = hmac.new(key.derive("identifier"), f"{kind}\x00{canonical}".encode(), hashlib.sha256)
    return f"{DIGEST_PREFIX}:{key.key_id}:{mac.hexdigest()}"


def parse_digest(digest: str) -> tuple[str, str]:
    """(key_id, hex) of a digest string; raises ValueError when it is not one of ours."""
    prefix, key_id, hexpart = digest.split(":", 2)
    if prefix != DIGEST_PREFIX or len(hexpart) != 64:
        raise ValueError(f"not a keyed digest: {digest[:40]!r}")
    int(hexpart, 16)
    return key_id, hexpart
