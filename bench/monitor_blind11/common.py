"""Small helpers shared by batch 11's families and kinds (on top of `bench/blind_batch.py`)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import Acct, Ctx

#: one request's text and its size: (prompt, completion-token median, extra prompt tokens)
Item = tuple[str, float, int]


def emit_items(ctx: Ctx, rng: np.random.Generator, acct: Acct, ts: np.ndarray,
               make: Callable[[np.random.Generator, int], Item], *, models: list[str] | str,
               ips: list[str] | str | None = None, ua: str | None = None, comp_sigma: float = 0.45,
               err: float = 0.01) -> int:
    """Emit one event per time in `ts`; `make(rng, i)` writes the i-th request."""
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    if len(ts) == 0:
        return 0
    items = [make(rng, i) for i in range(len(ts))]
    return ctx.emit(rng, acct, ts, [p for p, _, _ in items], models=models, ips=ips, ua=ua,
                    comp_median=np.array([m for _, m, _ in items]), comp_sigma=comp_sigma, err=err,
                    extra=np.array([e for _, _, e in items], dtype=np.int64))


def weighted(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def mixture(rng: np.random.Generator, names: tuple[str, ...], k: int | None = None) -> dict[str, float]:
    """Per-seed weights over a subset of `names` (k of them, at least 2)."""
    k = len(names) if k is None else max(2, min(k, len(names)))
    chosen = [names[i] for i in sorted(rng.choice(len(names), size=k, replace=False).tolist())]
    w = rng.dirichlet(np.full(k, 1.5))
    return {n: round(float(x), 3) for n, x in zip(chosen, w, strict=True)}


def episodes(rng: np.random.Generator, starts: np.ndarray, steps_lo: int, steps_hi: int,
             gap_median: float, gap_sigma: float = 0.7, b: float = np.inf) -> list[np.ndarray]:
    """Multi-step sessions (an agent loop): each start followed by sequential steps."""
    out = []
    for s in np.asarray(starts).tolist():
        k = int(rng.integers(steps_lo, steps_hi + 1))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), gap_sigma, size=k - 1))])
        out.append(t[t < b])
    return out
