"""Shared pieces of simulated identity and timing: ids, IPs, user agents, diurnal sessions."""

from __future__ import annotations

import numpy as np

COMMON_UAS = [
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "curl/8.5.0",
    "langchain/0.3.7 python-openai/1.54.0",
]
COMMON_UA_WEIGHTS = np.array([0.35, 0.15, 0.2, 0.15, 0.05, 0.1])
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
]
CAMPAIGN_UAS = ["python-requests/2.32.3", "aiohttp/3.10.5", "Go-http-client/2.0", "okhttp/4.12.0"]
_FIRST_OCTETS = np.array(
    [23, 31, 45, 62, 77, 81, 89, 93, 103, 109, 122, 145, 151, 176, 178, 185, 188, 193, 203, 212]
)
TIMEZONES = np.array([-8, -5, -3, 0, 1, 2, 3, 5, 8, 9])


def hex_id(rng: np.random.Generator, prefix: str) -> str:
    return f"{prefix}_{int(rng.integers(0, 2**48)):012x}"


def random_subnet(rng: np.random.Generator) -> str:
    """A random public-looking /24 prefix, e.g. '185.12.7'."""
    a = int(rng.choice(_FIRST_OCTETS))
    b, c = (int(v) for v in rng.integers(0, 256, size=2))
    return f"{a}.{b}.{c}"


def random_ip(rng: np.random.Generator, v6_rate: float = 0.05) -> str:
    if rng.random() < v6_rate:
        groups = rng.integers(0, 65536, size=5)
        return "2a02:" + ":".join(f"{int(g):x}" for g in groups) + "::1"
    return f"{random_subnet(rng)}.{int(rng.integers(1, 255))}"


def diurnal_session_times(
    rng: np.random.Generator, n: int, tz: int, days: float, mean_session: float, mean_gap: float
) -> np.ndarray:
    """Event offsets (seconds from start) in bursty sessions that start in local working hours."""
    n_sessions = max(1, int(round(n / mean_session)))
    session = np.sort(rng.integers(0, n_sessions, size=n))
    day = rng.integers(0, max(1, int(days)), size=n_sessions)
    hour = np.mod(rng.normal(14.0, 3.5, size=n_sessions) - tz, 24.0)
    starts = day * 86400.0 + hour * 3600.0
    gaps = rng.exponential(mean_gap, size=n) + 2.0
    csum = np.cumsum(gaps)
    first = np.searchsorted(session, session, side="left")
    within = csum - csum[first] + gaps[first]
    return np.clip(starts[session] + within, 0.0, days * 86400.0 - 1.0)


def model_choice(
    rng: np.random.Generator,
    ts: np.ndarray,
    switch_at: float,
    old_ids: list[int],
    new_id: int,
    new_share: float,
) -> np.ndarray:
    """Old models (80/20) before `switch_at`, then `new_share` of traffic on the new model."""
    old = np.where(rng.random(len(ts)) < 0.8, old_ids[0], old_ids[-1])
    use_new = (ts >= switch_at) & (rng.random(len(ts)) < new_share)
    return np.where(use_new, new_id, old).astype(np.int32)
