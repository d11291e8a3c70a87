"""Watermark key files, per-account derived keys and keyrings.

A key is a scheme name, its parameters and a 256-bit secret from `secrets`. Key files are JSON
written atomically with mode 0600; the secret is never part of repr/str/logs. Per-account keys
come from HKDF-SHA256 (RFC 5869, built on hmac/hashlib) over the master secret, so a detection
under each account's key tells *which account's* outputs were used; key ids are derived from
the secret (one-way) so keys can rotate while old text stays detectable under its old id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets as _secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillguard.errors import DistillguardError

SECRET_BYTES = 32
_HKDF_SALT = b"distillguard/watermark/account-key/v1"


@dataclass(frozen=True)
class WatermarkKey:
    """A watermark key. `secret` is excluded from repr so it never reaches logs or tracebacks."""

    key_id: str
    scheme: str
    params: dict[str, Any]
    secret: bytes = field(repr=False)
    account_id: str | None = None
    parent_key_id: str | None = None

    def __hash__(self) -> int:
        return hash((self.key_id, self.scheme))

    def metadata(self) -> dict[str, Any]:
        """Everything but the secret (safe to print)."""
        out: dict[str, Any] = {"key_id": self.key_id, "scheme": self.scheme, "params": dict(self.params)}
        if self.account_id is not None:
            out["account_id"] = self.account_id
        if self.parent_key_id is not None:
            out["parent_key_id"] = self.parent_key_id
        return out


def _key_id(scheme: str, secret: bytes) -> str:
    return f"{scheme}-" + hashlib.blake2b(secret, digest_size=8, person=b"dg-keyid").hexdigest()


def new_key(scheme: str = "kgw", *, secret: bytes | None = None, **params: Any) -> WatermarkKey:
    """A fresh key (secret from secrets.token_bytes) with the scheme's defaults filled in.

    `secret=` exists for reproducible tests only; production keys always use `secrets`.
    """
    from distillguard.watermark.schemes import normalise_params

    full = normalise_params(scheme, params)
    secret = _secrets.token_bytes(SECRET_BYTES) if secret is None else bytes(secret)
    if len(secret) < 16:
        raise DistillguardError("watermark secret must be at least 16 bytes")
    return WatermarkKey(_key_id(scheme, secret), scheme, full, secret)


def _hkdf_sha256(ikm: bytes, info: bytes, length: int = SECRET_BYTES, salt: bytes = _HKDF_SALT) -> bytes:
    """HKDF (RFC 5869) extract-and-expand with HMAC-SHA256."""
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


def derive_account_key(master: WatermarkKey, account_id: str) -> WatermarkKey:
    """The account's key: HKDF(master secret, info=account id), same scheme and params."""
    if not account_id:
        raise DistillguardError("account id must not be empty")
    info = b"account:" + account_id.encode("utf-8")
    secret = _hkdf_sha256(master.secret, info)
    return WatermarkKey(
        _key_id(master.scheme, secret),
        master.scheme,
        dict(master.params),
        secret,
        account_id=account_id,
        parent_key_id=master.key_id,
    )


def key_to_json(key: WatermarkKey) -> dict[str, Any]:
    data = key.metadata()
    data["secret"] = base64.b64encode(key.secret).decode("ascii")
    return data


def save_key(key: WatermarkKey, path: str | os.PathLike[str]) -> None:
    """Write the key file atomically (temp file in the same dir, mode 0600, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(key_to_json(key), fh, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)


def key_from_json(data: Any, source: str = "key") -> WatermarkKey:
    """Validate a parsed key file; every problem is a one-line DistillguardError."""
    from distillguard.watermark.schemes import SCHEMES, normalise_params

    if not isinstance(data, dict):
        raise DistillguardError(f"{source}: key file must be a JSON object")
    missing = [k for k in ("key_id", "scheme", "params", "secret") if k not in data]
    if missing:
        raise DistillguardError(f"{source}: key file is missing {', '.join(missing)}")
    scheme = data["scheme"]
    if scheme not in SCHEMES:
        raise DistillguardError(f"{source}: unknown watermark scheme {scheme!r} (known: {', '.join(SCHEMES)})")
    if not isinstance(data["params"], dict):
        raise DistillguardError(f"{source}: params must be an object")
    try:
        secret = base64.b64decode(str(data["secret"]), validate=True)
    except (binascii.Error, ValueError):
        raise DistillguardError(f"{source}: secret is not valid base64") from None
    if len(secret) < 16:
        raise DistillguardError(f"{source}: secret is too short")
    params = normalise_params(scheme, data["params"], source=source)
    return WatermarkKey(
        key_id=str(data["key_id"]),
        scheme=scheme,
        params=params,
        secret=secret,
        account_id=data.get("account_id"),
        parent_key_id=data.get("parent_key_id"),
    )


def load_key(path: str | os.PathLike[str]) -> WatermarkKey:
    """Read a key file; missing, unreadable, corrupt or unknown-scheme files raise DistillguardError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DistillguardError(f"key file not found: {path}") from None
    except IsADirectoryError:
        raise DistillguardError(f"key file is a directory: {path}") from None
    except OSError as exc:
        raise DistillguardError(f"cannot read key file {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DistillguardError(f"key file {path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DistillguardError(f"key file {path} is corrupt: invalid JSON at line {exc.lineno}") from None
    return key_from_json(data, source=f"key file {path}")


def load_keyring(directory: str | os.PathLike[str]) -> list[WatermarkKey]:
    """Every *.json key in a directory (sorted by name); all must share one scheme and params."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DistillguardError(f"keyring directory not found: {directory}")
    keys = [load_key(p) for p in sorted(directory.glob("*.json"))]
    if not keys:
        raise DistillguardError(f"keyring {directory} holds no *.json key files")
    first = keys[0]
    for key in keys[1:]:
        if key.scheme != first.scheme or key.params != first.params:
            raise DistillguardError(
                f"keyring {directory} mixes schemes/params: {first.key_id} ({first.scheme}) vs "
                f"{key.key_id} ({key.scheme}); detection needs one scheme"
            )
    return keys
