"""Small helpers shared by this batch's families and kinds (drawing only from the generator passed in)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import DAY, HOUR, irange, pick

Rng = np.random.Generator

#: user agents exactly as the background's own accounts send them (so nothing stands out by string)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_SDKS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

#: the language a private user of each UTC offset most likely writes in
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "it", "es"),
    2: ("de", "pl"),
    3: ("ru", "tr"),
    5: ("en", "hi"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def lang_mix(
    rng: Rng, pool: Sequence[str], k: int, first: str | None = None
) -> tuple[list[str], np.ndarray]:
    """k languages from `pool` (with `first` included and weighted up) and Dirichlet weights."""
    order = rng.permutation(len(pool)).tolist()
    langs = [pool[i] for i in order][:k]
    if first is not None and first not in langs:
        langs[0] = first
    if first is not None:
        langs.remove(first)
        langs.insert(0, first)
    w = rng.dirichlet(np.ones(len(langs)) * 1.5)
    if first is not None:
        w[0] += 1.0
    return langs, w / w.sum()


def draw_langs(rng: Rng, langs: Sequence[str], probs: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=probs).tolist()]


def style_set(rng: Rng, n_styles: int, lo: int, hi: int) -> tuple[list[int], np.ndarray]:
    chosen = sorted(
        rng.choice(n_styles, size=irange(rng, lo, min(hi, n_styles)), replace=False).tolist()
    )
    return chosen, rng.dirichlet(np.ones(len(chosen)) * 2.0)


def draw_styles(rng: Rng, styles: Sequence[int], probs: np.ndarray, n: int) -> list[int]:
    return [styles[i] for i in rng.choice(len(styles), size=n, p=probs).tolist()]


def regular(rng: Rng, a: float, b: float, period: float, cv: float) -> np.ndarray:
    """A scheduler with a sleep: roughly every `period` seconds from a to b."""
    n = int((b - a) / period) + 2
    gaps = np.maximum(1.0, rng.normal(period, period * cv, size=n))
    ts = a + np.cumsum(gaps)
    return ts[ts < b]


def concat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def days(a: float, b: float) -> float:
    return max(0.0, (b - a) / DAY)


def hours(a: float, b: float) -> float:
    return max(0.0, (b - a) / HOUR)


def tz_lang(rng: Rng, tz: int) -> str:
    return pick(rng, LANG_OF_TZ.get(tz, ("en",)))
