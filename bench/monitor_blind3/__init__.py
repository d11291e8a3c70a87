"""Third blind evaluation batch for the campaign monitor (written independently of it).

`make_blind_batch(seed, benign_accounts)` returns the simulator's campaign-free background plus
this package's campaign families and hard-negative benign kinds, in the simulator's exact table
schema, with ground truth. Run `python -m bench.monitor_blind3` for a per-family count.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from bench.monitor_blind3.common import Ctx, Sink, hexid
from bench.monitor_blind3.families import BENIGN_KINDS, CAMPAIGN_FAMILIES

__all__ = ["make_blind_batch", "CAMPAIGN_FAMILIES", "BENIGN_KINDS"]

_SALT = 0xB3


def _chat_prompts() -> list[str]:
    """Ordinary human prompts (ShareGPT's "sim" half), trimmed."""
    from distillguard.data.sharegpt import in_part, turns

    return [t.human[:2000] for t in turns() if in_part(t, "sim")]


def make_blind_batch(seed: int, benign_accounts: int = 2000) -> tuple[pa.Table, dict]:
    """Background traffic from `simulate()` (no campaigns) plus this batch's families and kinds.

    Returns the events (same columns, types and dictionary encoding as `simulate()`'s table,
    sorted by time) and the truth `{"accounts", "campaigns", "families", "benign_kinds", "events",
    "model_release"}`."""
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
    sink = Sink()
    ctx = Ctx(t0=t0, t1=t1, release=float(bg_truth["model_release"]["ts"]), old_models=list(cfg["old_models"]),
              new_model=str(cfg["new_model"]), sink=sink, truth=truth, chat=_chat_prompts())
    for i, name in enumerate(sorted(CAMPAIGN_FAMILIES)):
        rng = np.random.default_rng([seed, _SALT, 1, i])
        CAMPAIGN_FAMILIES[name](ctx, rng, hexid(rng, "camp"))
    for i, name in enumerate(sorted(BENIGN_KINDS)):
        BENIGN_KINDS[name](ctx, np.random.default_rng([seed, _SALT, 2, i]))

    ts_new = np.asarray(sink.ts, dtype=np.float64)
    keep = (ts_new >= t0) & (ts_new <= t1)
    idx = np.flatnonzero(keep)
    ts_new = ts_new[idx]
    rng = np.random.default_rng([seed, _SALT, 3])
    prompts = [sink.prompt[i] for i in idx.tolist()]
    lens = np.fromiter((len(p) for p in prompts), dtype=np.int64, count=len(prompts))
    extra = np.asarray(sink.extra_prompt_tokens, dtype=np.int64)[idx]
    ptok = np.minimum(np.maximum(1, lens // 4 + rng.integers(0, 8, size=len(lens)) + extra), 2**31 - 1)
    cols: dict[str, pa.ChunkedArray] = {"ts": pa.chunked_array([bg["ts"].combine_chunks(), pa.array(ts_new)])}
    string_cols = [f.name for f in bg.schema if pa.types.is_dictionary(f.type)]
    for name in string_cols:
        values = prompts if name == "prompt" else [getattr(sink, name)[i] for i in idx.tolist()]
        old = bg[name].combine_chunks().dictionary_decode()
        cols[name] = pa.chunked_array([old, pa.array(values, type=pa.string())])
    cols["prompt_tokens"] = pa.chunked_array([bg["prompt_tokens"].combine_chunks(),
                                              pa.array(ptok.astype(np.int32), type=pa.int32())])
    comp = np.asarray(sink.completion_tokens, dtype=np.int64)[idx]
    stat = np.asarray(sink.status, dtype=np.int64)[idx]
    cols["completion_tokens"] = pa.chunked_array([bg["completion_tokens"].combine_chunks(),
                                                  pa.array(comp.astype(np.int32), type=pa.int32())])
    cols["status"] = pa.chunked_array([bg["status"].combine_chunks(), pa.array(stat.astype(np.int16), type=pa.int16())])
    missing = set(bg.column_names) - set(cols)
    if missing:
        raise RuntimeError(f"background has columns this batch does not fill: {sorted(missing)}")
    ts_all = np.concatenate([ts_bg, ts_new])
    order = pa.array(np.argsort(ts_all, kind="stable"))
    out: dict[str, pa.Array] = {}
    for name in bg.column_names:
        arr = pc.take(cols[name].combine_chunks(), order)
        if name in string_cols:
            arr = pc.dictionary_encode(arr)
        out[name] = arr
    table = pa.table(out, schema=bg.schema)
    # accounts whose every event fell outside the window still stay in truth (with zero events)
    truth["events"] = table.num_rows
    return table, truth
