"""Key epochs and rotation: HKDF info carries the epoch, old key files stay valid (epoch 0),
text from an old epoch is still found (corrected over epochs), edited keyring files and
rotated-away epochs are refused, the gateway serves the new epoch without a restart."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import numpy as np
import pytest
import torch

from distillguard.errors import DistillguardError
from distillguard.gateway.backends import LocalBackend
from distillguard.watermark.epochs import detect_account_epochs
from distillguard.watermark.keys import (
    derive_account_key,
    epoch_keys,
    hkdf_info,
    load_key,
    load_keyring,
    new_key,
    rotate_master,
    save_key,
    serving_key,
)
from distillguard.watermark.schemes import get_scheme
from helpers import assert_one_line_error, cli

VOCAB = 2000


def _hkdf(ikm: bytes, info: bytes) -> bytes:
    """RFC 5869 with one output block, written out independently of keys.py."""
    prk = hmac.new(b"distillguard/watermark/account-key/v1", ikm, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def _sample(key, rng, steps=120, batch=3):
    proc = get_scheme(key).logits_processor(VOCAB)
    ids = torch.from_numpy(rng.integers(0, VOCAB, (batch, 5)))
    for _ in range(steps):
        logits = torch.from_numpy(rng.normal(0, 1.5, (batch, VOCAB)).astype(np.float32))
        nxt = torch.multinomial(torch.softmax(proc(ids, logits), -1), 1)
        ids = torch.cat([ids, nxt], 1)
    return [row.tolist() for row in ids[:, 5:]]


def test_hkdf_info_carries_the_epoch_and_epoch_zero_is_the_old_format():
    master = new_key("kgw", secret=b"m" * 32)
    assert hkdf_info("acct-1", 0) == b"account:acct-1"
    assert hkdf_info("acct-1", 3) == b"account-epoch:3:acct-1"
    zero = derive_account_key(master, "acct-1", 0)
    assert zero.secret == _hkdf(master.secret, b"account:acct-1")  # unchanged by this feature
    rotated = master.__class__(master.key_id, master.scheme, master.params, master.secret, epoch=2)
    two = derive_account_key(rotated, "acct-1")
    assert two.epoch == 2 and two.secret == _hkdf(master.secret, b"account-epoch:2:acct-1")
    assert len({k.key_id for k in epoch_keys(rotated, "acct-1")}) == 3
    d = two.derivation()
    assert d == {"master_fingerprint": master.key_id, "kdf": "HKDF-SHA256",
                 "hkdf_salt": "distillguard/watermark/account-key/v1",
                 "hkdf_info": "account-epoch:2:acct-1", "epoch": 2, "account_id": "acct-1"}
    assert base64.b64encode(two.secret).decode() not in json.dumps(d)
    with pytest.raises(DistillguardError, match="has not started"):
        derive_account_key(rotated, "acct-1", 3)
    with pytest.raises(DistillguardError, match="account key, not a master"):
        derive_account_key(two, "x")


def test_key_files_without_epoch_keep_working(tmp_path):
    master = new_key("kgw")
    path = tmp_path / "old.json"
    acct = derive_account_key(master, "acct-9")
    data = json.loads(json.dumps({"key_id": acct.key_id, "scheme": "kgw", "params": acct.params,
                                  "secret": base64.b64encode(acct.secret).decode(),
                                  "account_id": "acct-9", "parent_key_id": master.key_id}))
    path.write_text(json.dumps(data))  # the pre-epoch file format
    old = load_key(path)
    assert old.epoch == 0 and old.secret == derive_account_key(master, "acct-9").secret
    save_key(master, tmp_path / "m.json")
    assert "epoch" not in json.loads((tmp_path / "m.json").read_text())  # unrotated: same format


def test_rotate_cli_and_text_from_epoch_1_found_after_rotating_to_epoch_2(tmp_path):
    master_path = tmp_path / "master.json"
    cli("keys", "new", "--out", master_path)
    out = json.loads(cli("keys", "rotate", "--master", master_path).stdout)
    assert out["epoch"] == 1 and out["previous_epoch"] == 0
    epoch1 = load_key(master_path)
    served = serving_key(epoch1, "acct-a")
    assert served.epoch == 1
    rng = np.random.default_rng(7)
    texts = _sample(served, rng)
    assert json.loads(cli("keys", "rotate", "--master", master_path).stdout)["epoch"] == 2
    master = load_key(master_path)
    assert master.key_id == epoch1.key_id and master.epoch == 2
    found = detect_account_epochs(master, "acct-a", texts, ids=["t0", "t1", "t2"])
    for det in found:
        assert det.epoch == 1 and det.key_id == served.key_id
        assert len(det.per_epoch) == 3
        raw = min(e["p_value"] for e in det.per_epoch)
        assert det.p_value == pytest.approx(min(1.0, 3 * raw)) and det.p_value < 1e-8
        assert det.to_json()["derivation"]["hkdf_info"] == "account-epoch:1:acct-a"
    # another account's keys (every epoch) do not claim the text
    for det in detect_account_epochs(master, "acct-b", texts):
        assert det.p_value > 1e-4
    # keys show / derive print the derivation, never the secret
    shown = cli("keys", "derive", "--master", master_path, "--account", "acct-a", "--epoch", "1",
                "--out", tmp_path / "a1.json").stdout
    assert json.loads(shown)["key_id"] == served.key_id
    assert base64.b64encode(served.secret).decode() not in shown


def test_rotated_away_epoch_is_refused_for_serving(tmp_path):
    path = tmp_path / "m.json"
    save_key(new_key("kgw"), path)
    rotate_master(path)
    master = load_key(path)
    assert serving_key(master, "acct-a", 1).epoch == 1
    with pytest.raises(DistillguardError, match="epoch 0 was rotated away"):
        serving_key(master, "acct-a", 0)
    with pytest.raises(DistillguardError, match="has not started"):
        serving_key(master, "acct-a", 5)
    with pytest.raises(DistillguardError, match="non-negative integer"):
        serving_key(master, "acct-a", -1)
    # rotating an account key instead of the master is a clear error
    save_key(derive_account_key(master, "acct-a"), tmp_path / "a.json")
    assert_one_line_error(cli("keys", "rotate", "--master", tmp_path / "a.json", check=False),
                          "account key, not a master")


def test_edited_keyring_file_is_refused(tmp_path):
    master = new_key("kgw")
    save_key(master, tmp_path / "master.json")
    ring = tmp_path / "ring"
    for acct in ("acct-a", "acct-b"):
        save_key(derive_account_key(master, acct), ring / f"{acct}.json")
    keys = load_keyring(ring, master, all_epochs=True)
    assert [k.account_id for k in keys] == ["acct-a", "acct-b"]
    rotate_master(tmp_path / "master.json")
    rotated = load_key(tmp_path / "master.json")
    expanded = load_keyring(ring, rotated, all_epochs=True)
    assert sorted((k.account_id, k.epoch) for k in expanded) == [
        ("acct-a", 0), ("acct-a", 1), ("acct-b", 0), ("acct-b", 1)]
    # acct-b's file now claims to be acct-c: its secret is not acct-c's derived key
    edited = json.loads((ring / "acct-b.json").read_text())
    edited["account_id"] = "acct-c"
    (ring / "acct-b.json").write_text(json.dumps(edited))
    assert len(load_keyring(ring)) == 2  # without the master nothing can be checked
    with pytest.raises(DistillguardError, match="acct-c.*refused"):
        load_keyring(ring, rotated)
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"prompt": "hi"}\n')
    proc = cli("audit", "api", "--base-url", "http://127.0.0.1:9/v1", "--model", "m",
               "--prompts", prompts, "--keyring", ring, "--master", tmp_path / "master.json",
               check=False)
    assert_one_line_error(proc, "acct-b.json", "refused")


def test_local_backend_serves_the_new_epoch_without_restart(tmp_path):
    path = tmp_path / "master.json"
    backend = LocalBackend("smollm2", path)
    first = backend.account_key("acct-a")  # creates the master at epoch 0
    assert first.epoch == 0 and first == derive_account_key(load_key(path), "acct-a", 0)
    rotate_master(path)
    time.sleep(1.1)  # the file is re-checked at most once a second
    second = backend.account_key("acct-a")
    assert second.epoch == 1 and second.key_id != first.key_id


def test_watermark_detect_account_searches_every_epoch(tmp_path, tiny_model_dir):
    """`watermark detect --key MASTER --account A`: text marked under epoch 1 is found after the
    master moved to epoch 2 (Bonferroni over the 3 epochs), another account's keys do not claim it."""
    master_path, key1 = tmp_path / "master.json", tmp_path / "a1.json"
    cli("keys", "new", "--out", master_path, "--context-width", "1")
    cli("keys", "rotate", "--master", master_path)
    cli("keys", "derive", "--master", master_path, "--account", "acct-a", "--out", key1)
    prompts, out = tmp_path / "p.jsonl", tmp_path / "o.jsonl"
    prompts.write_text("\n".join(json.dumps({"id": f"p{i}", "prompt": p})
                                 for i, p in enumerate(["Hello", "Name a colour"])))
    cli("watermark", "generate", "--key", key1, "--prompts", prompts, "--out", out,
        "--model", tiny_model_dir, "--max-new-tokens", 120, "--seed", 0)
    cli("keys", "rotate", "--master", master_path)
    rows = [json.loads(line) for line in cli("watermark", "detect", "--key", master_path, "--account",
                                             "acct-a", out, "--model", tiny_model_dir).stdout.splitlines()]
    assert [r["id"] for r in rows] == ["p0", "p1"]
    for r in rows:
        assert r["epoch"] == 1 and r["epochs_searched"] == 3 and r["correction"] == "bonferroni"
        assert r["p_value"] == pytest.approx(min(1.0, 3 * min(e["p_value"] for e in r["per_epoch"])))
        assert r["p_value"] < 1e-6 and "secret" not in json.dumps(r)
    other = [json.loads(line) for line in cli("watermark", "detect", "--key", master_path, "--account",
                                              "acct-b", out, "--model", tiny_model_dir).stdout.splitlines()]
    assert min(r["p_value"] for r in other) > 1e-4
    refused = cli("watermark", "detect", "--key", master_path, "--account", "acct-a", "--scan",
                  "windows", out, "--model", tiny_model_dir, check=False)
    assert_one_line_error(refused, "--scan whole")
