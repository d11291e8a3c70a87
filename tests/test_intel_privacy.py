"""Keyed hashing, key rotation, keyed MinHash (statistically) and PSI."""

from __future__ import annotations

import base64
import random

import numpy as np
import pytest
from datasketch import MinHash

from distillguard.errors import DistillguardError
from distillguard.intel.minhash import KeyedMinHasher, shingles
from distillguard.intel.privacy import (
    CoalitionKey,
    Keyring,
    canonical_email,
    keyed_digest,
    load_keyring,
    parse_digest,
    rotate_keyring,
    save_keyring,
)
from distillguard.intel.psi import run_psi

KEY = CoalitionKey("k-test", bytes(range(32)))
OTHER = CoalitionKey("k-other", bytes(range(1, 33)))


def test_canonical_email_collapses_aliases():
    assert canonical_email(" Harvest.Bot+spam@GoogleMail.com ") == "harvestbot@gmail.com"
    assert canonical_email("a.b+x@example.org") == "a.b@example.org"  # dots only for Gmail


def test_keyed_digest_carries_key_id_and_depends_on_key_and_kind():
    d = keyed_digest(KEY, "email", "Harvest.Bot+1@gmail.com")
    assert d == keyed_digest(KEY, "email", "harvestbot@googlemail.com")
    key_id, hexpart = parse_digest(d)
    assert key_id == "k-test" and len(hexpart) == 64
    assert d != keyed_digest(OTHER, "email", "harvestbot@gmail.com")
    assert d != keyed_digest(KEY, "user_agent", "harvestbot@gmail.com")
    with pytest.raises(ValueError):
        parse_digest("sha256:k:abc")


def test_keyring_file_is_private_and_rotation_keeps_old_keys(tmp_path):
    ring = Keyring(KEY.key_id, {KEY.key_id: KEY})
    path = tmp_path / "ring.json"
    save_keyring(ring, path)
    assert path.stat().st_mode & 0o777 == 0o600
    rotated = rotate_keyring(load_keyring(path), "k-2027")
    assert rotated.active_id == "k-2027" and rotated.get("k-test") == KEY
    with pytest.raises(DistillguardError):
        rotate_keyring(rotated, "k-2027")
    path.write_text("{broken")
    with pytest.raises(DistillguardError):
        load_keyring(path)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))


def _prompts(rng: random.Random, n: int) -> list[str]:
    words = [_word(rng) for _ in range(5000)]
    return [" ".join(rng.choice(words) for _ in range(40)) for _ in range(n)]


def test_keyed_minhash_estimates_jaccard_with_the_key():
    """With the key, the estimate tracks the true shingle Jaccard (error ~ 1/sqrt(128))."""
    rng = random.Random(7)
    hasher = KeyedMinHasher(KEY)
    errors = []
    for base in _prompts(rng, 40):
        words = base.split()
        for i in rng.sample(range(len(words)), 6):  # fill 6 template slots differently
            words[i] = _word(rng)
        variant = " ".join(words)
        a, b = shingles(base), shingles(variant)
        true_j = len(a & b) / len(a | b)
        est = hasher.from_signature(hasher.signature(base)).jaccard(hasher.minhash(variant))
        errors.append(est - true_j)
    errors = np.array(errors)
    assert abs(errors.mean()) < 0.03  # unbiased
    assert np.sqrt((errors**2).mean()) < 0.08  # ≈ sqrt(J(1-J)/128) ≈ 0.04


def test_minhash_signatures_resist_dictionary_attacks_without_the_key():
    """An attacker holding the true prompt in its dictionary but not the key cannot pick it
    out: scores under a wrong key or plain datasketch are ~0 for true and false guesses."""
    rng = random.Random(11)
    prompts = _prompts(rng, 20)
    hasher = KeyedMinHasher(KEY)
    shared = [hasher.signature(p) for p in prompts]
    attacker = KeyedMinHasher(OTHER)
    dictionary = prompts[:20]
    hits_with_key = 0
    attack_scores = []
    for sig, prompt in zip(shared[:20], dictionary, strict=True):
        scores = [hasher.from_signature(sig).jaccard(hasher.minhash(g)) for g in dictionary]
        ranked = sorted(scores, reverse=True)
        hits_with_key += int(dictionary[int(np.argmax(scores))] == prompt and ranked[1] < 0.2)
        values = np.frombuffer(base64.b64decode(sig), dtype="<u8")
        plain = MinHash(num_perm=128)  # datasketch defaults: unkeyed sha1 + seed 1
        plain.update_batch(sorted(shingles(prompt)))
        attack_scores.append(float(np.mean(plain.hashvalues == values)))
        attack_scores.append(attacker.from_signature(sig).jaccard(attacker.minhash(prompt)))
    assert hits_with_key == len(dictionary)
    # Collisions of 32-bit minima under unrelated hash functions are vanishingly rare.
    assert max(attack_scores) <= 0.02


def test_psi_reveals_only_the_overlap_or_its_size():
    mine = ["Harvest.Bot+1@gmail.com", "ops@farm.example", "alice@uni.example"]
    theirs = ["harvestbot@googlemail.com", "ops@farm.example", "bob@corp.example"]
    size_only = run_psi(mine, theirs)
    assert size_only["intersection_size"] == 2 and "intersection" not in size_only
    revealed = run_psi(mine, theirs, reveal=True)
    assert revealed["intersection"] == ["harvestbot@gmail.com", "ops@farm.example"]
    with pytest.raises(DistillguardError):
        run_psi(["a"], [1])
