"""The monitor's per-prompt Python work, as functions of one Arrow batch — run where the rows are.

Why this shape: on Spark the prompt texts stay in the executors. `Engine.map_batches` applies one
of these functions to every batch of a query's result (DuckDB: in-process, batch by batch; Spark:
`mapInArrow`, so each executor loads the models it needs once per Python worker and only integer
ids, flags and signatures come back to the driver). Each function is pure (a batch in, a batch
out) and module-level so Spark can ship it by reference; parameters are bound with
`functools.partial`. The math lives in `minhash.py`, `content.py`, `cot.py`, `embed.py`; these
are the glue that reads and writes columns.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

ID = "id"  # placeholder for the engine's prompt-hash type (DuckDB UBIGINT, Spark BIGINT)
_SCHEMAS = {
    "prompt_signals": [
        ("ph", ID), ("min_rn", pa.int64()), ("n_chars", pa.int64()), ("sig", pa.binary()),
        ("shape", pa.bool_()), ("replay", pa.bool_()), ("judge", pa.bool_()),
    ],
    "band_keys": [("kind", pa.int8()), ("node", ID), ("key", pa.binary())],
    "similar_pairs": [("src_kind", pa.int8()), ("src", ID), ("dst_kind", pa.int8()), ("dst", ID)],
    "cot_signals": [("ph", ID), ("flag", pa.bool_())],
    "shape_signals": [("ph", ID), ("shaped", pa.bool_())],
    "text_keys": [("account_id", pa.string()), ("ph", ID), ("k", pa.int64()), ("key", pa.binary())],
    "embeddings": [("key", pa.binary()), ("vec", pa.binary())],
    "corpus_positions": [("ph", ID), ("pos", pa.int64())],
}


def schema(name: str, id_type: pa.DataType) -> pa.Schema:
    """The output schema of the batch function `name`, prompt hashes typed as the engine's
    (`Engine.id_type`): ids pass through untouched, so joins with the engine's tables and their
    order (`ORDER BY ph`) are the engine's own."""
    return pa.schema([(n, id_type if t == ID else t) for n, t in _SCHEMAS[name]])


def _batch(name: str, arrays: list) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays(arrays, names=[n for n, _ in _SCHEMAS[name]])


def fixed_width_binary(rows: np.ndarray) -> pa.Array:
    """A 2-D array as one binary value per row (the row's bytes), built on its buffer."""
    rows = np.ascontiguousarray(rows)
    width = rows.shape[1] * rows.itemsize
    offsets = np.arange(0, len(rows) * width + 1, width, dtype=np.int32)
    flat = rows.view(np.uint8).reshape(-1)
    return pa.Array.from_buffers(
        pa.binary(), len(rows), [None, pa.py_buffer(offsets), pa.py_buffer(flat)]
    )


def fixed_width_rows(values: pa.Array | pa.ChunkedArray, width: int) -> np.ndarray:
    """Inverse of `fixed_width_binary`: (n, width) uint8 read from the Arrow buffers, no
    per-row Python; a null or a value of another width is an error."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks else pa.array([], pa.binary())
    values = values.cast(pa.binary())
    if len(values) == 0:
        return np.zeros((0, width), dtype=np.uint8)
    if values.null_count:
        raise ValueError("a fixed-width binary value is missing")
    _, offsets_buf, data_buf = values.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int32)[values.offset : values.offset + len(values) + 1]
    if not (np.diff(offsets) == width).all():
        raise ValueError(f"a binary value is not {width} bytes")
    return np.frombuffer(data_buf, dtype=np.uint8)[offsets[0] : offsets[-1]].reshape(len(values), width)


def sigs_to_binary(sigs: np.ndarray) -> pa.Array:
    """(n, num_perm) uint32 signatures as one binary value per row."""
    return fixed_width_binary(np.asarray(sigs, dtype="<u4"))


def binary_to_sigs(values: pa.Array | pa.ChunkedArray, num_perm: int) -> np.ndarray:
    """Inverse of `sigs_to_binary`."""
    return fixed_width_rows(values, 4 * num_perm).view("<u4").astype(np.uint32)


def prompt_signals(
    batch: pa.RecordBatch, num_perm: int, seed: int, task_shapes: bool
) -> pa.RecordBatch:
    """Per distinct sampled prompt (`ph, prompt, min_rn`): its MinHash signature (the template
    clustering's), length in characters, harvesting-shape, public-replay and grading-shape flags.
    The text is dropped."""
    from distillguard.monitor.content import replay_flags, shape_flags
    from distillguard.monitor.minhash import signatures

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    none = np.zeros(len(texts), dtype=bool)
    shapes, grading = shape_flags(texts) if task_shapes else (none, none)
    return _batch(
        "prompt_signals",
        [
            batch.column("ph"),
            pa.array(batch.column("min_rn").to_numpy(zero_copy_only=False).astype(np.int64)),
            pa.array(np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))),
            sigs_to_binary(signatures(texts, num_perm, seed=seed)),
            pa.array(np.asarray(shapes, dtype=bool)),
            pa.array(np.asarray(replay_flags(texts), dtype=bool)),
            pa.array(np.asarray(grading, dtype=bool)),
        ],
    )


def shape_signals(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Per distinct prompt (`ph, prompt`): whether the task-shape classifier reads it as a
    harvesting or grading shape (`substream`'s split of a heavy key's requests). The text is dropped."""
    from distillguard.monitor.content import shape_flags

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    shapes, grading = shape_flags(texts)
    return _batch("shape_signals", [batch.column("ph"), pa.array(np.asarray(shapes | grading, dtype=bool))])


def corpus_positions(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Per distinct sampled prompt (`ph, prompt`): its position in the public corpus, -1 where it is
    none of its prompts (`content.public_positions`; model XMCT, XMCTO and the shipped XMCW). The text is dropped."""
    from distillguard.monitor.content import public_positions

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    return _batch("corpus_positions", [batch.column("ph"), pa.array(public_positions(texts))])


def band_keys(
    batch: pa.RecordBatch, num_perm: int, bands: int, rows: int, kind: int = 0
) -> pa.RecordBatch:
    """One row per (prompt, LSH band): the key is the band's index and its signature bytes, so
    two prompts share a key exactly when they agree on every row of that band (what the
    in-memory banding's byte view compares)."""
    sigs = binary_to_sigs(batch.column("sig"), num_perm)
    nodes = batch.column("node")
    n, width = len(sigs), 1 + 4 * rows
    raw = np.empty((bands, n, width), dtype=np.uint8)  # band-major: every prompt's band 0, …
    raw[:, :, 0] = np.arange(bands, dtype=np.uint8)[:, None]
    raw[:, :, 1:] = (
        np.ascontiguousarray(sigs[:, : bands * rows], dtype="<u4")
        .view(np.uint8)
        .reshape(n, bands, 4 * rows)
        .transpose(1, 0, 2)
    )
    keys = fixed_width_binary(raw.reshape(n * bands, width))
    repeat = pa.array(np.tile(np.arange(n, dtype=np.int64), bands))
    return _batch(
        "band_keys",
        [pa.array(np.full(n * bands, kind, dtype=np.int8)), nodes.take(repeat), keys],
    )


def similar_pairs(batch: pa.RecordBatch, num_perm: int, threshold: float) -> pa.RecordBatch:
    """The candidate pairs (`src…, dst…, sig_a, sig_b`) whose signatures' estimated Jaccard
    similarity reaches `threshold` (unverified band collisions would chain templates)."""
    a = binary_to_sigs(batch.column("sig_a"), num_perm)
    b = binary_to_sigs(batch.column("sig_b"), num_perm)
    keep = (a == b).mean(axis=1) >= threshold if len(a) else np.zeros(0, dtype=bool)
    mask = pa.array(keep)
    names = [n for n, _ in _SCHEMAS["similar_pairs"]]
    return _batch("similar_pairs", [batch.column(n).filter(mask) for n in names])


def cot_signals(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The shared reasoning guard's verdict per prompt (`ph, prompt`)."""
    from distillguard.monitor.cot import cot_flags

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    flags = pa.array(cot_flags(texts), type=pa.bool_())
    return _batch("cot_signals", [batch.column("ph"), flags])


def text_keys(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The embedding cache's key of each prompt (`account_id, ph, k, prompt`), text dropped."""
    from distillguard.monitor.embed import text_key

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    return _batch(
        "text_keys",
        [
            batch.column("account_id").cast(pa.string()),
            batch.column("ph"),
            pa.array(batch.column("k").to_numpy(zero_copy_only=False).astype(np.int64)),
            pa.array([text_key(t) for t in texts], type=pa.binary()),
        ],
    )


def embeddings(batch: pa.RecordBatch) -> pa.RecordBatch:
    """MiniLM embeddings (float32 bytes) of prompts (`key, prompt`); the model is loaded once per
    Python process (`embed._model` is cached), i.e. once per executor worker."""
    from distillguard.monitor.embed import DIM, encode

    texts = [t or "" for t in batch.column("prompt").to_pylist()]
    vecs = np.asarray(encode(texts), dtype="<f4").reshape(len(texts), DIM)
    return _batch("embeddings", [batch.column("key").cast(pa.binary()), fixed_width_binary(vecs)])


def binary_to_vectors(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Inverse of the `vec` column of `embeddings`: (n, DIM) float32."""
    from distillguard.monitor.embed import DIM

    return fixed_width_rows(values, 4 * DIM).view("<f4").astype(np.float32)
