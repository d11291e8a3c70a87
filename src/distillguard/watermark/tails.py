"""Exact binomial and gamma upper tails in log space from `scipy.special` alone.

The same numbers as schemes/base.py's tails — bit for bit, tested — without importing
`scipy.stats`, which costs 0.5–1.3 s of start-up (most of `watermark detect`'s budget) for
two functions. Each function follows what SciPy's `binom.logsf` / `binom.logpmf` /
`gamma.logsf` / `poisson.logpmf` evaluate (the same special-function kernels, the same
branches) and base.py's log-space fallbacks below e^-650.
"""

from __future__ import annotations

import math
from types import ModuleType
from typing import Any

import numpy as np

LOG_SF_FLOOR = -650.0


class _Lazy:
    """`scipy.special` imported on first use (~0.2 s): `watermark detect` on a long input then
    imports it while the tokenizer threads already run, not on the single-threaded start-up."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> object:
        if self._module is None:
            import importlib

            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


sc: Any = _Lazy("scipy.special")
_scu: Any = _Lazy("scipy.special._ufuncs")  # Boost's binomial survival function (binom._sf)


def _binom_logsf(j: np.ndarray, n: np.ndarray, p: float) -> np.ndarray:
    """scipy.stats.binom.logsf(j, n, p) for integer j, n ≥ 0."""
    j, n = np.broadcast_arrays(np.asarray(j, dtype=np.float64), np.asarray(n, dtype=np.float64))
    out = np.full(j.shape, -np.inf)
    out[j < 0] = 0.0
    inside = (j >= 0) & (j < n)
    with np.errstate(divide="ignore"):
        out[inside] = np.log(_scu._binom_sf(np.floor(j[inside]), n[inside], p))
    return out


def _binom_logpmf(k: np.ndarray, n: int, p: float) -> np.ndarray:
    combiln = sc.gammaln(n + 1) - (sc.gammaln(k + 1) + sc.gammaln(n - k + 1))
    logpmf: np.ndarray = combiln + sc.xlogy(k, p) + sc.xlog1py(n - k, -p)
    return logpmf


def _gamma_logsf(x: np.ndarray, a: np.ndarray) -> np.ndarray:
    """scipy.stats.gamma.logsf(x, a) for a > 0: log sf above the median, log1p(−cdf) below."""
    x, a = np.broadcast_arrays(np.asarray(x, dtype=np.float64), np.asarray(a, dtype=np.float64))
    out = np.zeros(x.shape)
    positive = x > 0
    xp, ap = x[positive], a[positive]
    above = xp > sc.gammaincinv(ap, 0.5)
    values = np.empty(len(xp))
    with np.errstate(divide="ignore"):
        values[above] = np.log(sc.gammaincc(ap[above], xp[above]))
        values[~above] = np.log1p(-sc.gammainc(ap[~above], xp[~above]))
    out[positive] = values
    return out


def binomial_log_sf(k: int, n: int, p: float) -> float:
    """log P(X >= k) for X ~ Binomial(n, p), exact in log space."""
    if k <= 0:
        return 0.0
    if k > n:
        return -math.inf
    direct = float(_binom_logsf(np.array([k - 1]), np.array([n]), p)[0])
    if math.isfinite(direct) and direct > LOG_SF_FLOOR:
        return min(direct, 0.0)
    return float(sc.logsumexp(_binom_logpmf(np.arange(k, n + 1), n, p)))


def gamma_log_sf(x: float, n: int) -> float:
    """log P(G >= x) for G ~ Gamma(n, 1); below e^-650 via P(Poisson(x) <= n − 1)."""
    if n <= 0 or x <= 0:
        return 0.0
    direct = float(_gamma_logsf(np.array([x]), np.array([n]))[0])
    if math.isfinite(direct) and direct > LOG_SF_FLOOR:
        return min(direct, 0.0)
    k = np.arange(n)
    return float(sc.logsumexp(sc.xlogy(k, x) - sc.gammaln(k + 1) - x))


def binomial_log_sf_many(k: np.ndarray, n: np.ndarray, p: float) -> np.ndarray:
    """Vectorised binomial_log_sf."""
    k, n = np.asarray(k, dtype=np.int64), np.asarray(n, dtype=np.int64)
    out: np.ndarray = np.minimum(_binom_logsf(k - 1, n, p), 0.0)
    out[k <= 0] = 0.0
    out[k > n] = -np.inf
    for i in np.flatnonzero(~np.isfinite(out) | (out <= LOG_SF_FLOOR)):
        out[i] = binomial_log_sf(int(k[i]), int(n[i]), p)
    return out


def gamma_log_sf_many(x: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Vectorised gamma_log_sf."""
    x, n = np.asarray(x, dtype=np.float64), np.asarray(n, dtype=np.int64)
    out: np.ndarray = np.minimum(_gamma_logsf(x, np.maximum(n, 1)), 0.0)
    out[(n <= 0) | (x <= 0)] = 0.0
    for i in np.flatnonzero(~np.isfinite(out) | (out <= LOG_SF_FLOOR)):
        out[i] = gamma_log_sf(float(x[i]), int(n[i]))
    return out
