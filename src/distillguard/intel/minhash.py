"""Keyed MinHash signatures of prompt templates.

A campaign reuses prompt templates with slots filled in; word shingles of the canonical prompt
survive slot changes, so MinHash Jaccard estimates find the template again at another lab.
Both the shingle hash (HMAC) and the permutation seed are derived from the coalition key: a
lab holding the key computes comparable signatures, while an outsider cannot test guessed
prompts against a shared signature (a dictionary attack needs the key).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

import numpy as np
from datasketch import MinHash

from distillguard.intel.privacy import CoalitionKey

NUM_PERM = 128
SCHEME = "affine32"  # 32-bit keyed shingle hashes, datasketch's default scheme
SHINGLE_WORDS = 3
_NUMBERS = re.compile(r"\d+")
_WORDS = re.compile(r"\w+")


def canonical_prompt(prompt: str) -> list[str]:
    """Lower-cased word tokens with digits masked (numbers are typical template slots)."""
    return _WORDS.findall(_NUMBERS.sub("0", prompt.lower()))


def shingles(prompt: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = canonical_prompt(prompt)
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class KeyedMinHasher:
    """Builds MinHash signatures whose hash function and permutations depend on the key."""

    def __init__(self, key: CoalitionKey, num_perm: int = NUM_PERM) -> None:
        self.key_id = key.key_id
        self.num_perm = num_perm
        self._hash_key = key.derive("minhash-shingle")
        seed_bytes = key.derive("minhash-permutations")
        self.seed = int.from_bytes(seed_bytes[:4], "big")
        template = MinHash(
            num_perm=num_perm, seed=self.seed, hashfunc=self._hash, scheme=SCHEME
        )
        self._permutations = template.permutations

    def _hash(self, data: bytes) -> int:
        return int.from_bytes(hmac.new(self._hash_key, data, hashlib.sha256).digest()[:4], "big")

    def minhash(self, prompt: str) -> MinHash:
        m = MinHash(
            num_perm=self.num_perm,
            seed=self.seed,
            hashfunc=self._hash,
            permutations=self._permutations,
            scheme=SCHEME,
        )
        m.update_batch(sorted(shingles(prompt)))
        return m

    def signature(self, prompt: str) -> str:
        """Base64 of the uint64 hash values (what travels in an indicator)."""
        return encode_signature(self.minhash(prompt))

    def from_signature(self, encoded: str) -> MinHash:
        """A MinHash rebuilt from a shared signature, comparable with `minhash()` results."""
        values = np.frombuffer(base64.b64decode(encoded), dtype="<u8").astype(np.uint64)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, expected {self.num_perm}")
        return MinHash(
            num_perm=self.num_perm,
            seed=self.seed,
            hashfunc=self._hash,
            hashvalues=values,
            permutations=self._permutations,
            scheme=SCHEME,
        )


def encode_signature(m: MinHash) -> str:
    return base64.b64encode(np.asarray(m.hashvalues, dtype="<u8").tobytes()).decode()
