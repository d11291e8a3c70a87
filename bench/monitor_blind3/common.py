"""Shared machinery for the third blind batch: identities, pacing, address sources, event sink.

Written for this batch only; nothing here is taken from the simulator's family or benign code
(only `distillguard.sim.ipspace`'s public address helpers are used).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from distillguard.sim import ipspace

HOUR = 3600.0
DAY = 86400.0

Curve = Callable[[np.ndarray], np.ndarray]


def hexid(rng: np.random.Generator, prefix: str) -> str:
    """`prefix_` + 12 hex digits, the id format of the simulator's tables."""
    return f"{prefix}_{int(rng.integers(0, 2**48)):012x}"


def pick(rng: np.random.Generator, seq: Sequence):
    return seq[int(rng.integers(len(seq)))]


def chance(rng: np.random.Generator, p: float) -> bool:
    return bool(rng.random() < p)


# --------------------------------------------------------------------------------------------
# event sink and context


@dataclass
class Sink:
    """Events as parallel Python lists (string columns) plus numeric lists."""

    ts: list[float] = field(default_factory=list)
    account_id: list[str] = field(default_factory=list)
    org_id: list[str] = field(default_factory=list)
    ip: list[str] = field(default_factory=list)
    user_agent: list[str] = field(default_factory=list)
    payment_fingerprint: list[str] = field(default_factory=list)
    model: list[str] = field(default_factory=list)
    prompt: list[str] = field(default_factory=list)
    completion_tokens: list[int] = field(default_factory=list)
    status: list[int] = field(default_factory=list)
    extra_prompt_tokens: list[int] = field(default_factory=list)


@dataclass
class Acct:
    """One API account's identity as the event log sees it."""

    id: str
    org: str
    pay: str
    ua: str
    ips: list[str]
    tz: int = 0


def _per_event(value, n: int) -> list:
    if isinstance(value, str):
        return [value] * n
    out = list(value)
    if len(out) != n:
        raise ValueError(f"per-event column has {len(out)} values for {n} events")
    return out


@dataclass
class Ctx:
    t0: float
    t1: float
    release: float
    old_models: list[str]
    new_model: str
    sink: Sink
    truth: dict
    chat: list[str]

    # ---- identities -----------------------------------------------------------------------
    def account(self, rng: np.random.Generator, *, label: str, family: str, role: str,
                campaign_id: str | None = None, org: str | None = None, pay: str | None = None,
                ua: str = "", ips: list[str] | None = None, tz: int = 0) -> Acct:
        acct = Acct(id=hexid(rng, "acct"), org=org or hexid(rng, "org"), pay=pay or hexid(rng, "pay"),
                    ua=ua, ips=list(ips or []), tz=tz)
        self.truth["accounts"][acct.id] = {"label": label, "campaign_id": campaign_id, "role": role,
                                           "family": family}
        return acct

    def campaign(self, campaign_id: str, family: str, accounts: list[Acct], params: dict) -> None:
        self.truth["campaigns"].append({"campaign_id": campaign_id, "family": family,
                                        "accounts": [a.id for a in accounts], "params": params})

    # ---- models ---------------------------------------------------------------------------
    def models(self, rng: np.random.Generator, ts: np.ndarray, p_new: float = 0.9, p_mini: float = 0.05,
               p_new_before: float = 0.0) -> list[str]:
        """Per-event model: the new model (with probability p_new) once released, otherwise the
        old flagship, with a p_mini share of the small old model."""
        ts = np.asarray(ts)
        u = rng.random(len(ts))
        v = rng.random(len(ts))
        old, mini = self.old_models[0], self.old_models[-1]
        out = []
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True):
            if t >= self.release and a < p_new:
                out.append(self.new_model)
            elif t < self.release and a < p_new_before:
                out.append(old)
            else:
                out.append(mini if b < p_mini else old)
        return out

    # ---- events ---------------------------------------------------------------------------
    def emit(self, rng: np.random.Generator, acct: Acct, ts, prompts, *, models, ips=None, ua=None,
             comp_median: float = 350.0, comp_sigma: float = 0.6, err: float = 0.01, extra=0,
             status=None) -> int:
        ts = np.asarray(ts, dtype=np.float64)
        n = len(ts)
        if n == 0:
            return 0
        s = self.sink
        prompts = _per_event(prompts, n)
        s.ts.extend(ts.tolist())
        s.account_id.extend([acct.id] * n)
        s.org_id.extend([acct.org] * n)
        if ips is None:
            ips = [acct.ips[i] for i in rng.integers(0, len(acct.ips), size=n)] if len(acct.ips) > 1 \
                else acct.ips[0]
        s.ip.extend(_per_event(ips, n))
        s.user_agent.extend(_per_event(ua if ua is not None else acct.ua, n))
        s.payment_fingerprint.extend([acct.pay] * n)
        s.model.extend(_per_event(models, n))
        s.prompt.extend(prompts)
        med = np.broadcast_to(np.asarray(comp_median, dtype=np.float64), (n,))
        comp = np.clip(rng.lognormal(np.log(np.maximum(med, 1.0)), comp_sigma, size=n), 1, 8192)
        s.completion_tokens.extend(comp.astype(np.int64).tolist())
        if status is None:
            status = np.where(rng.random(n) < err, 429, 200)
        s.status.extend(np.broadcast_to(np.asarray(status, dtype=np.int64), (n,)).tolist())
        s.extra_prompt_tokens.extend(np.broadcast_to(np.asarray(extra, dtype=np.int64), (n,)).tolist())
        return n


# --------------------------------------------------------------------------------------------
# time shapes (all take epoch seconds, return weights in [0, 1])


def local_hour(ts: np.ndarray, tz: float) -> np.ndarray:
    return ((np.asarray(ts) + tz * HOUR) % DAY) / HOUR


def weekday(ts: np.ndarray, tz: float) -> np.ndarray:
    """Monday = 0 (1970-01-01 was a Thursday)."""
    return (np.floor((np.asarray(ts) + tz * HOUR) / DAY).astype(np.int64) + 3) % 7


def office_curve(tz: float, start: float = 9.0, end: float = 18.0, lunch: bool = True, off: float = 0.03,
                 weekend: float = 0.05) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        w = np.where((h >= start) & (h < end), 1.0, off)
        w = np.where((h >= start - 1) & (h < start), np.maximum(w, 0.35), w)
        w = np.where((h >= end) & (h < end + 1.5), np.maximum(w, 0.25), w)
        if lunch:
            w = np.where((h >= 12) & (h < 13.25), w * 0.45, w)
        return np.where(weekday(ts, tz) >= 5, w * weekend, w)
    return f


def human_curve(tz: float, evening: float = 1.0) -> Curve:
    """A private person's day: asleep 1–7, some daytime use, evening peak."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        day = np.clip(np.sin(np.pi * (h - 7.0) / 16.5), 0, None) * 0.6
        eve = evening * np.exp(-0.5 * ((h - 21.0) / 1.8) ** 2)
        return np.clip(0.02 + day + eve, 0, 1) / (0.62 + evening)
    return f


def world_curve(peak_utc: float = 14.0, depth: float = 0.45) -> Curve:
    """Aggregate traffic of a worldwide product: never zero, one broad peak."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, 0)
        return (1 - depth) + depth * np.cos(2 * np.pi * (h - peak_utc) / 24.0)
    return f


def flat(ts: np.ndarray) -> np.ndarray:
    return np.ones(len(ts))


def window_curve(start_h: float, end_h: float, tz: float, off: float = 0.0) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        inside = (h >= start_h) & (h < end_h) if start_h < end_h else (h >= start_h) | (h < end_h)
        return np.where(inside, 1.0, off)
    return f


def shaped(rng: np.random.Generator, a: float, b: float, n_mean: float, curve: Curve) -> np.ndarray:
    """About n_mean event times in [a, b) distributed by `curve` (Poisson thinning)."""
    if b <= a or n_mean <= 0:
        return np.empty(0)
    grid = np.linspace(a, b, 512, endpoint=False)
    mean_w = float(np.mean(curve(grid)))
    if mean_w <= 0:
        return np.empty(0)
    m = int(rng.poisson(n_mean / mean_w))
    cand = rng.uniform(a, b, size=m)
    keep = rng.random(m) < curve(cand)
    return np.sort(cand[keep])


def poisson(rng: np.random.Generator, a: float, b: float, per_hour: float) -> np.ndarray:
    if b <= a or per_hour <= 0:
        return np.empty(0)
    m = int(rng.poisson(per_hour * (b - a) / HOUR))
    return np.sort(rng.uniform(a, b, size=m))


def sessions(rng: np.random.Generator, a: float, b: float, per_day: float, curve: Curve, size_mean: float,
             gap_median: float, gap_sigma: float = 0.9) -> list[np.ndarray]:
    """Human-like sessions: starts by `curve`, geometric-ish sizes, lognormal gaps."""
    starts = shaped(rng, a, b, per_day * (b - a) / DAY, curve)
    out = []
    for s in starts.tolist():
        k = 1 + int(rng.poisson(max(size_mean - 1, 0) * rng.gamma(2.0, 0.5)))
        gaps = rng.lognormal(np.log(gap_median), gap_sigma, size=k - 1)
        t = s + np.concatenate([[0.0], np.cumsum(gaps)])
        out.append(t[t < b])
    return out


def clip_window(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# address sources


def rotating(rng: np.random.Generator, ts: np.ndarray, pool: Sequence[str], sticky_s: float) -> list[str]:
    """A proxy pool with sticky sessions: one pool address per `sticky_s` bucket."""
    ts = np.asarray(ts)
    if len(ts) == 0:
        return []
    buckets = np.floor(ts / sticky_s).astype(np.int64)
    uniq, inv = np.unique(buckets, return_inverse=True)
    choice = rng.integers(0, len(pool), size=len(uniq))
    return [pool[i] for i in choice[inv].tolist()]


#: IPv6 prefixes (first 32 bits) of large consumer / mobile networks and one cloud
V6_PREFIXES: dict[str, tuple[str, ...]] = {
    "us_mobile": ("2607:fb90", "2600:387", "2600:1010"),
    "us_home": ("2601:0", "2603:8000"),
    "in_mobile": ("2409:4042", "2409:4060", "2401:4900"),
    "eu_home": ("2003:e6", "2a01:cb00", "2a02:c7c"),
    "cloud": ("2600:1f18", "2a05:d014"),
}


def ipv6(rng: np.random.Generator, n: int, kind: str) -> list[str]:
    prefixes = V6_PREFIXES[kind]
    out = []
    for _ in range(n):
        p = pick(rng, prefixes)
        groups = [f"{int(x):x}" for x in rng.integers(0, 2**16, size=6)]
        out.append(f"{p}:{':'.join(groups)}")
    return out


def cloud(rng: np.random.Generator, n: int, provider: str = "*") -> list[str]:
    return ipspace.cloud_ips(rng, n, provider)


def resi(rng: np.random.Generator, n: int, region: str = "*") -> list[str]:
    return ipspace.residential_ips(rng, n, region)


def subnet_hosts(rng: np.random.Generator, provider: str, n_subnets: int, per_subnet: int) -> list[str]:
    return ipspace.hosts_in(rng, ipspace.cloud_subnets(rng, n_subnets, provider), per_subnet)


# --------------------------------------------------------------------------------------------
# user agents (a mix of very common strings and less common ones, used by both labels)

COMMON_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "curl/8.5.0",
              "langchain/0.3.7 python-openai/1.54.0")
NEWER_SDK = ("OpenAI/Python 1.58.1", "OpenAI/Python 1.61.0", "AsyncOpenAI/Python 1.59.7", "OpenAI/NodeJS 4.77.0",
             "python-httpx/0.27.2", "python-requests/2.32.3", "aiohttp/3.10.11", "Go-http-client/2.0",
             "okhttp/4.12.0", "litellm/1.52.6", "llama-index-llms-openai/0.3.12", "axios/1.7.9",
             "reqwest/0.12.9", "Java-http-client/21.0.5", "openai-go/0.1.0-alpha.41", "ruby-openai/7.3.1")
BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/132.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
)


def sdk_ua(rng: np.random.Generator, p_common: float = 0.5) -> str:
    return pick(rng, COMMON_SDK) if chance(rng, p_common) else pick(rng, NEWER_SDK)


# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS = (
    "photosynthesis", "compound interest", "the French Revolution", "TCP congestion control", "CRISPR",
    "supply and demand", "plate tectonics", "the Krebs cycle", "Bayesian inference", "Kubernetes networking",
    "the Treaty of Westphalia", "Roman concrete", "monetary policy", "quantum tunnelling", "sourdough fermentation",
    "vaccine adjuvants", "Byzantine fault tolerance", "urban heat islands", "the Silk Road", "lithium-ion batteries",
    "game theory", "coral bleaching", "the Meiji restoration", "transformer attention", "antibiotic resistance",
    "double-entry bookkeeping", "jet streams", "the Bretton Woods system", "B-trees", "sleep hygiene",
    "carbon pricing", "Mendelian inheritance", "the Cuban missile crisis", "Rust ownership", "protein folding",
    "option pricing", "glacier retreat", "Gothic architecture", "gradient descent", "the immune response",
    "microfinance", "SQL query planning", "the Hanseatic League", "nuclear fusion", "behavioural economics",
    "soil erosion", "public key cryptography", "the printing press", "container shipping", "dark matter",
)

DOMAINS = ("medicine", "law", "finance", "software engineering", "chemistry", "physics", "history", "economics",
           "biology", "education", "marketing", "civil engineering", "agronomy", "aviation", "insurance",
           "cybersecurity", "linguistics", "philosophy", "statistics", "logistics")

FIRST_NAMES = ("Ana", "Wei", "Priya", "Lukas", "Fatima", "Kenji", "Olga", "Diego", "Amara", "Tom", "Sofia",
               "Minh", "Yusuf", "Hana", "Mateo", "Ingrid", "Ravi", "Chloe", "Jae-won", "Nia")
