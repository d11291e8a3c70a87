"""Fifth blind evaluation batch for the campaign monitor (written independently of it).

`make_blind_batch(seed, benign_accounts)` returns the simulator's campaign-free background plus
this package's campaign families and hard-negative benign kinds, in the simulator's exact table
schema, with ground truth. `python -m bench.monitor_blind5` prints per-family counts.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from bench.monitor_blind5.common import Ctx, Sink, hexid
from bench.monitor_blind5.families import CAMPAIGN_FAMILIES
from bench.monitor_blind5.kinds import BENIGN_KINDS

__all__ = ["make_blind_batch", "CAMPAIGN_FAMILIES", "BENIGN_KINDS"]

_SALT = 0xB5


def _sharegpt() -> tuple[list[str], list[str]]:
    """Ordinary human prompts and assistant answers from ShareGPT's "sim" half (never the half
    detectors take their reference from)."""
    from distillguard.data.sharegpt import in_part, turns

    sim = [t for t in turns() if in_part(t, "sim")]
    return [t.human[:2000] for t in sim], [t.assistant for t in sim if len(t.assistant) >= 300]


def make_blind_batch(seed: int, benign_accounts: int = 2000) -> tuple[pa.Table, dict]:
    """Background from `simulate()` (no campaigns) plus this batch's families and kinds.

    Returns the events (same columns, types and dictionary encoding as `simulate()`'s table,
    sorted by time, clipped to the background's time range) and the truth `{"accounts",
    "campaigns", "families", "benign_kinds", "events", "model_release"}`."""
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate

    bg, bg_truth = simulate(SimConfig(seed=seed, benign_accounts=benign_accounts, campaigns=0, campaign_accounts=0))
    ts_bg = bg["ts"].to_numpy()
    t0, t1 = float(ts_bg.min()), float(ts_bg.max())
    cfg = bg_truth["config"]
    truth: dict = {
        "accounts": dict(bg_truth["accounts"]),
        "campaigns": [],
        "families": sorted(CAMPAIGN_FAMILIES),
        "benign_kinds": sorted(BENIGN_KINDS),
        "model_release": bg_truth["model_release"],
    }
    chat, passages = _sharegpt()
    sink = Sink()
    ctx = Ctx(t0=t0, t1=t1, release=float(bg_truth["model_release"]["ts"]), old_models=list(cfg["old_models"]),
              new_model=str(cfg["new_model"]), sink=sink, truth=truth, chat=chat, passages=passages)
    for i, name in enumerate(sorted(CAMPAIGN_FAMILIES)):
        rng = np.random.default_rng([seed, _SALT, 1, i])
        CAMPAIGN_FAMILIES[name](ctx, rng, hexid(rng, "camp"))
    for i, name in enumerate(sorted(BENIGN_KINDS)):
        BENIGN_KINDS[name](ctx, np.random.default_rng([seed, _SALT, 2, i]))
    return _assemble(bg, sink, truth, t0, t1, seed), truth


def _assemble(bg: pa.Table, sink: Sink, truth: dict, t0: float, t1: float, seed: int) -> pa.Table:
    """Background + sink events, clipped to [t0, t1], in the background's exact schema."""
    ts_new = np.asarray(sink.ts, dtype=np.float64)
    idx = np.flatnonzero((ts_new >= t0) & (ts_new <= t1))
    ts_new = ts_new[idx]
    sel = idx.tolist()
    rng = np.random.default_rng([seed, _SALT, 3])
    prompts = [sink.prompt[i] for i in sel]
    lens = np.fromiter((len(p) for p in prompts), dtype=np.int64, count=len(prompts))
    extra = np.asarray(sink.extra_prompt_tokens, dtype=np.int64)[idx]
    ptok = np.minimum(np.maximum(1, lens // 4 + rng.integers(0, 8, size=len(lens)) + extra), 2**31 - 1)
    cols: dict[str, pa.ChunkedArray] = {"ts": pa.chunked_array([bg["ts"].combine_chunks(), pa.array(ts_new)])}
    string_cols = [f.name for f in bg.schema if pa.types.is_dictionary(f.type)]
    for name in string_cols:
        if not hasattr(sink, name):
            raise RuntimeError(f"background has a string column this batch does not fill: {name}")
        values = prompts if name == "prompt" else [getattr(sink, name)[i] for i in sel]
        old = bg[name].combine_chunks().dictionary_decode()
        cols[name] = pa.chunked_array([old, pa.array(values, type=pa.string())])
    numeric = {"prompt_tokens": ptok, "completion_tokens": np.asarray(sink.completion_tokens, dtype=np.int64)[idx],
               "status": np.asarray(sink.status, dtype=np.int64)[idx]}
    for name, values in numeric.items():
        typ = bg.schema.field(name).type
        cols[name] = pa.chunked_array([bg[name].combine_chunks(), pa.array(values).cast(typ)])
    missing = set(bg.column_names) - set(cols)
    if missing:
        raise RuntimeError(f"background has columns this batch does not fill: {sorted(missing)}")
    order = pa.array(np.argsort(np.concatenate([bg["ts"].to_numpy(), ts_new]), kind="stable"))
    out: dict[str, pa.Array] = {}
    for name in bg.column_names:
        arr = pc.take(cols[name].combine_chunks(), order)
        out[name] = pc.dictionary_encode(arr) if name in string_cols else arr
    table = pa.table(out, schema=bg.schema)
    truth["events"] = table.num_rows
    return table
