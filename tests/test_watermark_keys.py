"""Key files, HKDF account keys and keyrings: secrecy, file modes, clean errors."""

from __future__ import annotations

import json
import logging
import os
import stat

import pytest

from distillguard.errors import DistillguardError
from distillguard.watermark.keys import (
    _hkdf_sha256,
    derive_account_key,
    load_key,
    load_keyring,
    new_key,
    save_key,
)


def test_new_key_fills_defaults_and_hides_secret(caplog):
    key = new_key("kgw", gamma=0.5)
    assert key.params == {"gamma": 0.5, "delta": 2.0, "context_width": 4}
    assert len(key.secret) == 32
    secret_hex, secret_repr = key.secret.hex(), repr(key.secret)
    logging.getLogger("t").warning("key %s %r", key, key)
    for text in (repr(key), str(key), caplog.text):
        assert secret_hex not in text and secret_repr not in text
    assert new_key("kgw").secret != new_key("kgw").secret  # from `secrets`, not a fixed seed


def test_save_load_roundtrip_mode_0600(tmp_path):
    key = new_key("synthid", layers=8)
    path = tmp_path / "k" / "key.json"
    save_key(key, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = json.loads(path.read_text())
    assert set(data) == {"key_id", "scheme", "params", "secret"}
    assert load_key(path) == key
    assert not [p for p in path.parent.iterdir() if p.name != "key.json"]  # no temp files left


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "corrupt"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[]", "JSON object"),
        (b'{"key_id": "a", "scheme": "kgw", "params": {}}', "missing secret"),
        (b'{"key_id": "a", "scheme": "rot13", "params": {}, "secret": "AAAA"}', "unknown watermark scheme"),
        (b'{"key_id": "a", "scheme": "kgw", "params": {}, "secret": "!!"}', "base64"),
        (b'{"key_id": "a", "scheme": "kgw", "params": {"gamma": 2}, "secret": "' + b"A" * 44 + b'"}', "gamma"),
    ],
)
def test_corrupt_key_files_error_cleanly(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(DistillguardError, match=message):
        load_key(path)


def test_missing_key_file(tmp_path):
    with pytest.raises(DistillguardError, match="not found"):
        load_key(tmp_path / "nope.json")


def test_hkdf_matches_rfc5869_test_case_1():
    ikm = bytes.fromhex("0b" * 22)
    salt = bytes.fromhex("000102030405060708090a0b0c")
    info = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9")
    okm = _hkdf_sha256(ikm, info, 42, salt=salt)
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_account_keys_are_distinct_deterministic_and_keep_params():
    master = new_key("gumbel", context_width=2)
    a1, a2, b = (derive_account_key(master, x) for x in ("acct-a", "acct-a", "acct-b"))
    assert a1 == a2 and a1.secret != b.secret and a1.key_id != b.key_id
    assert a1.params == master.params and a1.scheme == "gumbel"
    assert a1.account_id == "acct-a" and a1.parent_key_id == master.key_id
    assert a1.secret != master.secret


def test_keyring_loads_all_and_rejects_mixed(tmp_path):
    master = new_key("kgw")
    for acct in ("a", "b", "c"):
        save_key(derive_account_key(master, acct), tmp_path / f"{acct}.json")
    ring = load_keyring(tmp_path)
    assert [k.account_id for k in ring] == ["a", "b", "c"]
    save_key(new_key("gumbel"), tmp_path / "d.json")
    with pytest.raises(DistillguardError, match="mixes"):
        load_keyring(tmp_path)
    with pytest.raises(DistillguardError, match="not found"):
        load_keyring(tmp_path / "missing")
