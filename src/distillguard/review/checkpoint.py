"""Signed checkpoints of the audit log: entry count + head hash, signed with the lab's Ed25519 key.

The hash chain alone cannot tell a log that was cut short from an honest shorter one: whoever
can write the database can delete the newest entries and rewrite the head row to the last one
kept, and the chain still verifies. A checkpoint copied off the box (a WORM bucket, a ticket, the
intel partner) pins "entry N has hash H"; `verify_against` then requires the chain to still hold
that entry with that hash, so truncation (with or without a rewritten head) and a rewritten
history both fail. The signature lets anyone holding the public key trust a checkpoint they
did not take themselves.

The signing key is a PKCS#8 PEM file created once, mode 0600 (default
`$DISTILLGUARD_HOME/keys/audit_signing_key.pem`).
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from distillguard.review import audit_log
from distillguard.review.errors import ReviewError
from distillguard.review.models import AuditEntry

FORMAT = "distillguard-audit-checkpoint/1"
KEY_FILE = "audit_signing_key.pem"
MAX_CHECKPOINT_BYTES = 64 * 1024


def default_key_path() -> Path:
    from distillguard.config import home

    return home() / "keys" / KEY_FILE


def lab_key_path(settings: Any, explicit: Path | None = None) -> Path:
    """The lab's signing key file — one for audit-log checkpoints and audit evidence packs: an
    explicit path, else `[review] audit_signing_key`, else home/keys/audit_signing_key.pem."""
    configured = (getattr(settings, "review", None) or {}).get("audit_signing_key")
    return explicit or (Path(configured) if configured else default_key_path())


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The signing key at `path`, generated there (mode 0600, parent 0700) on first use."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # raced with another process creating it
            return load_or_create_key(path)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return key
    except OSError as exc:
        raise ReviewError(f"cannot read the audit signing key {path}: {exc.strerror}") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise ReviewError(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ReviewError(f"{path} is not an Ed25519 key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file (public, or the private key itself)."""
    try:
        data = path.read_bytes()[:MAX_CHECKPOINT_BYTES]
    except OSError as exc:
        raise ReviewError(f"cannot read public key {path}: {exc.strerror}") from None
    key: Any
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError):
            raise ReviewError(f"{path} is not a PEM Ed25519 key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ReviewError(f"{path} is not an Ed25519 key")
    return key


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def create(session: Session, key: Ed25519PrivateKey) -> dict[str, Any]:
    """Verify the chain, then sign its current length and head. Refuses a broken chain (signing
    it would bless the damage)."""
    result = audit_log.verify(session)
    if not result.ok:
        raise ReviewError(f"audit log verification FAILED at entry {result.bad_seq}: "
                          f"{result.problem}; no checkpoint signed")
    public = key.public_key()
    body = {"format": FORMAT, "entries": result.entries, "head_seq": result.head_seq,
            "head_hash": result.head_hash, "created_at": audit_log.now_rfc3339(),
            "key_id": key_id(public)}
    signature = key.sign(audit_log.canonical_json(body).encode())
    return {"checkpoint": body, "signature": base64.b64encode(signature).decode(),
            "public_key": public_pem(public)}


def parse(text: str) -> dict[str, Any]:
    """A checkpoint document from JSON text, shape-checked (not yet signature-checked)."""
    import json

    if len(text) > MAX_CHECKPOINT_BYTES:
        raise ReviewError("checkpoint file too large")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        raise ReviewError("checkpoint is not valid JSON") from None
    body = doc.get("checkpoint") if isinstance(doc, dict) else None
    if not isinstance(body, dict) or body.get("format") != FORMAT \
            or not isinstance(doc.get("signature"), str):
        raise ReviewError(f"not a {FORMAT} document")
    for name in ("entries", "head_seq"):
        value = body.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ReviewError(f"checkpoint field {name!r} must be a non-negative integer")
    if not isinstance(body.get("head_hash"), str):
        raise ReviewError("checkpoint field 'head_hash' must be a string")
    return doc


def verify_against(session: Session, doc: dict[str, Any],
                   trusted: Ed25519PublicKey) -> audit_log.VerifyResult:
    """The chain check of `audit_log.verify`, plus: the checkpoint is signed by `trusted` and
    the chain still holds the checkpointed entry with the checkpointed hash."""
    body = doc["checkpoint"]
    try:
        trusted.verify(base64.b64decode(doc["signature"], validate=True),
                       audit_log.canonical_json(body).encode())
    except (InvalidSignature, ValueError):
        raise ReviewError("checkpoint signature is not valid for the trusted public key "
                          "(forged, edited, or signed with another key)") from None
    result = audit_log.verify(session)
    if not result.ok:
        return result
    seq, want = int(body["head_seq"]), str(body["head_hash"])

    def fail(bad: int, problem: str) -> audit_log.VerifyResult:
        return audit_log.VerifyResult(False, result.entries, result.head_seq, result.head_hash,
                                      bad, problem)

    if result.entries < int(body["entries"]) or result.head_seq < seq:
        return fail(result.head_seq + 1,
                    f"the log has {result.entries} entries but the checkpoint of "
                    f"{body.get('created_at')} signed {body['entries']}: entries "
                    f"{result.head_seq + 1}-{seq} were removed (head rewritten)")
    if seq == 0:
        return result
    row = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    if row != want:
        return fail(seq, f"entry {seq} differs from the signed checkpoint of "
                         f"{body.get('created_at')}: the history up to it was rewritten")
    return result
