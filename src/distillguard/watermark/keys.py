"""Watermark key files, per-account derived keys and keyrings.

A key is a scheme name, its parameters and a 256-bit secret from `secrets`. Key files are JSON
written atomically with mode 0600; the secret is never part of repr/str/logs. Per-account keys
come from HKDF-SHA256 (RFC 5869, built on hmac/hashlib) over the master secret, so a detection
under each account's key tells *which account's* outputs were used; key ids are derived from
the secret (one-way) so keys can rotate while old text stays detectable under its old id.

Epochs: a master key carries a counter `epoch` (absent = 0, the format before rotation existed).
`rotate_master` increments it; account keys of epoch e use HKDF info `account:<id>` for e = 0
(unchanged, so existing account keys stay valid) and `account-epoch:<e>:<id>` for e >= 1 (the two
forms can never collide: the eighth byte differs). Rotation retires the per-account keys that
served so far (a key handed to an auditor or leaked from a serving host stops being used) while
the master stays, so every old epoch is still re-derivable for detection. A leaked *master* needs
a new master (`keys new`), not a rotation. Serving only ever uses the current epoch
(`serving_key`); detection searches every epoch up to it (`epoch_keys`).
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
import threading
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
    epoch: int = 0  # master: current epoch; account key: the epoch it was derived for

    def __hash__(self) -> int:
        return hash((self.key_id, self.scheme))

    @property
    def is_master(self) -> bool:
        return self.account_id is None

    def metadata(self) -> dict[str, Any]:
        """Everything but the secret (safe to print)."""
        out: dict[str, Any] = {"key_id": self.key_id, "scheme": self.scheme, "params": dict(self.params)}
        if self.account_id is not None:
            out["account_id"] = self.account_id
        if self.parent_key_id is not None:
            out["parent_key_id"] = self.parent_key_id
        if self.epoch or self.account_id is not None:
            out["epoch"] = self.epoch
        return out

    def derivation(self) -> dict[str, Any] | None:
        """How an account key was derived — enough for a third party holding the master to
        re-derive and check it (never the secret): master fingerprint, HKDF salt/info, epoch."""
        if self.account_id is None:
            return None
        return {"master_fingerprint": self.parent_key_id, "kdf": "HKDF-SHA256",
                "hkdf_salt": _HKDF_SALT.decode("ascii"),
                "hkdf_info": hkdf_info(self.account_id, self.epoch).decode("utf-8"),
                "epoch": self.epoch, "account_id": self.account_id}


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


def hkdf_info(account_id: str, epoch: int = 0) -> bytes:
    """HKDF info of an account key: `account:<id>` at epoch 0 (the pre-epoch format),
    `account-epoch:<e>:<id>` after (the digits end at the first colon, so it parses uniquely)."""
    if epoch == 0:
        return b"account:" + account_id.encode("utf-8")
    return b"account-epoch:%d:" % epoch + account_id.encode("utf-8")


def _check_epoch(epoch: Any, source: str = "epoch") -> int:
    if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
        raise DistillguardError(f"{source} must be a non-negative integer, got {epoch!r}")
    return epoch


def derive_account_key(master: WatermarkKey, account_id: str, epoch: int | None = None) -> WatermarkKey:
    """The account's key for `epoch` (default: the master's current epoch): HKDF(master secret,
    info=hkdf_info(account, epoch)), same scheme and params. Past epochs are allowed (detection
    needs them); future ones are refused — they have not started."""
    if not account_id:
        raise DistillguardError("account id must not be empty")
    if not master.is_master:
        raise DistillguardError(f"key {master.key_id} is an account key, not a master key")
    epoch = master.epoch if epoch is None else _check_epoch(epoch)
    if epoch > master.epoch:
        raise DistillguardError(
            f"epoch {epoch} has not started (master {master.key_id} is at epoch {master.epoch})")
    secret = _hkdf_sha256(master.secret, hkdf_info(account_id, epoch))
    return WatermarkKey(
        _key_id(master.scheme, secret),
        master.scheme,
        dict(master.params),
        secret,
        account_id=account_id,
        parent_key_id=master.key_id,
        epoch=epoch,
    )


def serving_key(master: WatermarkKey, account_id: str, epoch: int | None = None) -> WatermarkKey:
    """The key to *watermark with*: only the master's current epoch. A caller naming any other
    epoch (a rotated-away one, or one that has not started) is refused, so a retired key is
    never used to mark new text."""
    if epoch is not None and _check_epoch(epoch) != master.epoch:
        state = "was rotated away" if epoch < master.epoch else "has not started"
        raise DistillguardError(
            f"epoch {epoch} {state}: master {master.key_id} serves epoch {master.epoch} only")
    return derive_account_key(master, account_id, master.epoch)


def epoch_keys(master: WatermarkKey, account_id: str) -> list[WatermarkKey]:
    """The account's key of every epoch 0..current (what detection searches, oldest first)."""
    return [derive_account_key(master, account_id, e) for e in range(master.epoch + 1)]


def verify_account_key(master: WatermarkKey, key: WatermarkKey, source: str = "key") -> WatermarkKey:
    """Re-derive `key` from the master and the account id it names; refuse a file whose secret,
    key id, scheme or params do not match (e.g. an edited `account_id`). Returns the re-derived key."""
    if key.account_id is None:
        raise DistillguardError(f"{source}: not an account key (no account_id)")
    if key.parent_key_id is not None and key.parent_key_id != master.key_id:
        raise DistillguardError(
            f"{source}: derived from master {key.parent_key_id}, not {master.key_id}")
    if key.epoch > master.epoch:
        raise DistillguardError(f"{source}: epoch {key.epoch} is newer than the master's {master.epoch}")
    expected = derive_account_key(master, key.account_id, key.epoch)
    if (not hmac.compare_digest(expected.secret, key.secret) or expected.key_id != key.key_id
            or expected.scheme != key.scheme or expected.params != key.params):
        raise DistillguardError(
            f"{source}: does not match the key derived from master {master.key_id} for account "
            f"{key.account_id!r} at epoch {key.epoch} (edited or foreign key file); refused")
    return expected


def rotate_master(path: str | os.PathLike[str]) -> tuple[WatermarkKey, WatermarkKey]:
    """Start a new epoch in the master key file (under an exclusive lock so two concurrent
    rotations cannot both write epoch e+1). Returns (before, after)."""
    import fcntl

    path = Path(path)
    lock_path = path.with_name(f".{path.name}.lock")
    try:
        lock = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DistillguardError(f"cannot lock {path}: {exc.strerror}") from None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        before = load_key(path)
        if not before.is_master:
            raise DistillguardError(f"{path} is an account key, not a master key; rotate the master")
        after = WatermarkKey(before.key_id, before.scheme, dict(before.params), before.secret,
                             epoch=before.epoch + 1)
        save_key(after, path)
        return before, after
    finally:
        os.close(lock)


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
    epoch = _check_epoch(data.get("epoch", 0), f"{source}: epoch")
    account_id = data.get("account_id")
    if account_id is not None and (not isinstance(account_id, str) or not account_id):
        raise DistillguardError(f"{source}: account_id must be a non-empty string")
    return WatermarkKey(
        key_id=str(data["key_id"]),
        scheme=scheme,
        params=params,
        secret=secret,
        account_id=account_id,
        parent_key_id=data.get("parent_key_id"),
        epoch=epoch,
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


def load_keyring(
    directory: str | os.PathLike[str], master: WatermarkKey | None = None, all_epochs: bool = False
) -> list[WatermarkKey]:
    """Every *.json key in a directory (sorted by name); all must share one scheme and params.

    With `master`, each entry is re-derived from the master and the account id it names and
    refused when it does not match (`verify_account_key`); with `all_epochs` too, each account
    contributes its key of every epoch 0..current (one entry per (account, epoch), deduplicated).
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise DistillguardError(f"keyring directory not found: {directory}")
    paths = sorted(directory.glob("*.json"))
    keys = [load_key(p) for p in paths]
    if master is not None:
        keys = [verify_account_key(master, k, f"keyring entry {p}") for p, k in zip(paths, keys, strict=True)]
        if all_epochs:
            seen: set[str] = set()
            expanded = []
            for k in keys:
                assert k.account_id is not None  # verify_account_key checked it
                for e in epoch_keys(master, k.account_id):
                    if e.key_id not in seen:
                        seen.add(e.key_id)
                        expanded.append(e)
            keys = expanded
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


class MasterKeyFile:
    """A master key file that follows `keys rotate` while a server runs: `get()` re-reads the
    file when its mtime/size changed (checked at most every `recheck_s` seconds), so a gateway
    and a vLLM server sharing the file move to the new epoch within about a second."""

    def __init__(self, path: str | os.PathLike[str], recheck_s: float = 1.0) -> None:
        self.path = Path(path)
        self.recheck_s = recheck_s
        self._key: WatermarkKey | None = None
        self._stamp: tuple[int, int] | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def get(self) -> WatermarkKey:
        import time

        with self._lock:
            now = time.monotonic()
            if self._key is not None and now - self._checked < self.recheck_s:
                return self._key
            self._checked = now
            stamp = self._stat()
            if self._key is None or stamp != self._stamp:
                key = load_key(self.path)
                if not key.is_master:
                    raise DistillguardError(f"{self.path} is an account key, not a master key")
                self._key, self._stamp = key, stamp
            return self._key
