"""Shared machinery of the blind evaluation batches (`bench/monitor_blind4`, `monitor_blind5`):
event sink, identities, pacing, address sources, and the assembly of a batch's events with the
simulator's campaign-free background in its exact table schema.

Nothing here encodes a campaign family or a benign kind: each batch's `families.py` and `kinds.py`
(written by its own author, without reading the monitor) do. Batch 4 wrote this machinery (its
interface follows `bench/monitor_blind3/common.py`); batch 5 used it unchanged. Only
`distillguard.sim.ipspace`'s public address helpers are used from the simulator.
"""


from __future__ import annotations

import collections
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.sim import ipspace

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0
#: UTC offsets with a consumer-ISP region in the simulator's address map
TZS = (-8, -5, -3, 0, 1, 2, 3, 5, 8, 9)

Curve = Callable[[np.ndarray], np.ndarray]


def hexid(rng: np.random.Generator, prefix: str) -> str:
    """`prefix_` + 12 hex digits, the id format of the simulator's tables."""
    return f"{prefix}_{int(rng.integers(0, 2**48)):012x}"


def pick(rng: np.random.Generator, seq: Sequence):
    return seq[int(rng.integers(len(seq)))]


def picks(rng: np.random.Generator, seq: Sequence, n: int) -> list:
    return [seq[i] for i in rng.integers(0, len(seq), size=n).tolist()]


def chance(rng: np.random.Generator, p: float) -> bool:
    return bool(rng.random() < p)


def irange(rng: np.random.Generator, lo: int, hi: int) -> int:
    """An int in [lo, hi] inclusive."""
    return int(rng.integers(lo, hi + 1))


# --------------------------------------------------------------------------------------------
# event sink and context


@dataclass
class Sink:
    """Events as parallel lists; string columns named as in the simulator's table."""

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
    """One API account as the event log sees it."""

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
    """What a family or kind needs: the window, the models, where to write events and truth."""

    t0: float
    t1: float
    release: float
    old_models: list[str]
    new_model: str
    sink: Sink
    truth: dict
    chat: list[str]
    passages: list[str]

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

    def models(self, rng: np.random.Generator, ts: np.ndarray, p_new: float = 0.9,
               p_mini: float = 0.05) -> list[str]:
        """Per event: the new model with probability p_new once released, otherwise the old
        flagship (a p_mini share of the small old model)."""
        ts = np.asarray(ts)
        u, v = rng.random(len(ts)), rng.random(len(ts))
        old, mini, new = self.old_models[0], self.old_models[-1], self.new_model
        return [new if (t >= self.release and a < p_new) else (mini if b < p_mini else old)
                for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)]

    def emit(self, rng: np.random.Generator, acct: Acct, ts, prompts, *, models, ips=None, ua=None,
             comp_median=350.0, comp_sigma: float = 0.6, err: float = 0.01, extra=0, status=None) -> int:
        """Append len(ts) events of one account; list-valued columns are per event."""
        ts = np.asarray(ts, dtype=np.float64)
        n = len(ts)
        if n == 0:
            return 0
        s = self.sink
        s.ts.extend(ts.tolist())
        s.account_id.extend([acct.id] * n)
        s.org_id.extend([acct.org] * n)
        if ips is None:
            ips = picks(rng, acct.ips, n) if len(acct.ips) > 1 else acct.ips[0]
        s.ip.extend(_per_event(ips, n))
        s.user_agent.extend(_per_event(ua if ua is not None else acct.ua, n))
        s.payment_fingerprint.extend([acct.pay] * n)
        s.model.extend(_per_event(models, n))
        s.prompt.extend(_per_event(prompts, n))
        med = np.broadcast_to(np.asarray(comp_median, dtype=np.float64), (n,))
        comp = np.clip(rng.lognormal(np.log(np.maximum(med, 1.0)), comp_sigma, size=n), 1, 8192)
        s.completion_tokens.extend(comp.astype(np.int64).tolist())
        if status is None:
            status = np.where(rng.random(n) < err, 429, 200)
        s.status.extend(np.broadcast_to(np.asarray(status, dtype=np.int64), (n,)).tolist())
        s.extra_prompt_tokens.extend(np.broadcast_to(np.asarray(extra, dtype=np.int64), (n,)).tolist())
        return n


# --------------------------------------------------------------------------------------------
# time shapes: functions of epoch seconds returning weights in [0, 1]


def local_hour(ts: np.ndarray, tz: float) -> np.ndarray:
    return ((np.asarray(ts) + tz * HOUR) % DAY) / HOUR


def weekday(ts: np.ndarray, tz: float) -> np.ndarray:
    """Monday = 0 (1970-01-01 was a Thursday)."""
    return (np.floor((np.asarray(ts) + tz * HOUR) / DAY).astype(np.int64) + 3) % 7


def workday(tz: float, start: float = 8.5, end: float = 17.5, weekend: float = 0.04, night: float = 0.02) -> Curve:
    """An employee's day: ramps in and out, a lunch dip, quiet weekends."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        ramp = np.clip(np.minimum(h - start + 1.0, end + 1.0 - h), 0.0, 1.0)
        w = np.maximum(night, ramp)
        w = np.where((h >= 12.0) & (h < 13.0), w * 0.5, w)
        return np.where(weekday(ts, tz) >= 5, w * weekend, w)
    return f


def evening_person(tz: float, spread: float = 2.2) -> Curve:
    """A private person using an app: morning blip, evening peak, asleep at night."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        eve = np.exp(-0.5 * ((h - 20.5) / spread) ** 2)
        morn = 0.3 * np.exp(-0.5 * ((h - 8.0) / 1.2) ** 2)
        mid = 0.25 * ((h > 10) & (h < 18))
        return np.clip(0.015 + eve + morn + mid, 0, 1)
    return f


def global_load(peak_utc: float, depth: float) -> Curve:
    """Aggregate load of a product with users worldwide: never zero."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, 0)
        return (1 - depth) + depth * 0.5 * (1 + np.cos(2 * np.pi * (h - peak_utc) / 24.0))
    return f


def multi_office(tzs: Sequence[int]) -> Curve:
    """Sum of several offices' working days (normalised to [0, 1])."""
    curves = [workday(tz) for tz in tzs]

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / max(1, len(curves)) * 1.6, 0, 1)
    return f


def nightly(start_h: float, hours: float, tz: float) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        h = (local_hour(ts, tz) - start_h) % 24.0
        return (h < hours).astype(np.float64)
    return f


def constant(ts: np.ndarray) -> np.ndarray:
    return np.ones(len(ts))


def thinned(rng: np.random.Generator, a: float, b: float, n_mean: float, curve: Curve) -> np.ndarray:
    """About n_mean times in [a, b) following `curve` (inhomogeneous Poisson by thinning)."""
    if b <= a or n_mean <= 0:
        return np.empty(0)
    mean_w = float(np.mean(curve(np.linspace(a, b, 1024, endpoint=False))))
    if mean_w <= 0:
        return np.empty(0)
    cand = rng.uniform(a, b, size=int(rng.poisson(n_mean / mean_w)))
    return np.sort(cand[rng.random(len(cand)) < curve(cand)])


def session_times(rng: np.random.Generator, a: float, b: float, per_day: float, curve: Curve, size_mean: float,
                  gap_median: float, gap_sigma: float = 0.8) -> list[np.ndarray]:
    """Human-like sessions: starts follow `curve`, sizes over-dispersed, lognormal think times."""
    out = []
    for s in thinned(rng, a, b, per_day * (b - a) / DAY, curve).tolist():
        k = 1 + int(rng.negative_binomial(2, 2 / (2 + max(size_mean - 1, 0.01))))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), gap_sigma, size=k - 1))])
        out.append(t[t < b])
    return out


def bursts(rng: np.random.Generator, starts: np.ndarray, size_mean: float, gap_median: float,
           gap_sigma: float = 0.5, b: float = np.inf) -> list[np.ndarray]:
    """A tight train of requests after each start (a script firing a batch)."""
    out = []
    for s in np.asarray(starts).tolist():
        k = max(1, int(rng.poisson(size_mean)))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), gap_sigma, size=k - 1))])
        out.append(t[t < b])
    return out


def worker_pool(rng: np.random.Generator, a: float, b: float, per_hour: float, n_accounts: int,
                curve: Curve = constant) -> list[np.ndarray]:
    """One Poisson stream of jobs handed to `n_accounts` keys at random (a queue of workers)."""
    ts = thinned(rng, a, b, per_hour * (b - a) / HOUR, curve)
    who = rng.integers(0, n_accounts, size=len(ts))
    return [ts[who == i] for i in range(n_accounts)]


def jitter_start(rng: np.random.Generator, t0: float, t1: float, max_frac: float) -> float:
    """An onboarding time: somewhere in the first `max_frac` of the window."""
    return t0 + float(rng.uniform(0, max_frac)) * (t1 - t0)


# --------------------------------------------------------------------------------------------
# address sources


def cloud(rng: np.random.Generator, n: int, provider: str = "*") -> list[str]:
    return ipspace.cloud_ips(rng, n, provider)


def home(rng: np.random.Generator, n: int, tz: int) -> list[str]:
    return ipspace.residential_ips_for_tz(rng, n, tz)


def resi(rng: np.random.Generator, n: int, region: str = "*") -> list[str]:
    return ipspace.residential_ips(rng, n, region)


def rented_block(rng: np.random.Generator, provider: str, n_subnets: int, per_subnet: int) -> list[str]:
    return ipspace.hosts_in(rng, ipspace.cloud_subnets(rng, n_subnets, provider), per_subnet)


def sticky(rng: np.random.Generator, ts: np.ndarray, pool: Sequence[str], hold_s: float) -> list[str]:
    """A proxy pool with sticky sessions: one pool address per `hold_s` bucket."""
    ts = np.asarray(ts)
    if len(ts) == 0:
        return []
    uniq, inv = np.unique(np.floor(ts / hold_s).astype(np.int64), return_inverse=True)
    choice = rng.integers(0, len(pool), size=len(uniq))
    return [pool[i] for i in choice[inv].tolist()]


_V6 = {
    "us_mobile": ("2607:fb90", "2600:380", "2600:1012"),
    "in_mobile": ("2409:40f4", "2401:4900", "2409:4073"),
    "br_mobile": ("2804:14c", "2804:18", "2804:431"),
    "eu_mobile": ("2a02:3030", "2a01:599", "2a00:20"),
}


def mobile_v6(rng: np.random.Generator, n: int, kind: str) -> list[str]:
    """Carrier-grade IPv6 addresses (one per phone session)."""
    out = []
    for _ in range(n):
        groups = ":".join(f"{int(x):x}" for x in rng.integers(0, 2**16, size=6))
        out.append(f"{pick(rng, _V6[kind])}:{groups}")
    return out


def providers() -> list[str]:
    return ipspace.cloud_providers()


def regions() -> list[str]:
    return ipspace.consumer_regions()


# --------------------------------------------------------------------------------------------
# user agents

SDK_COMMON = ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "curl/8.5.0")
SDK_OTHER = ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1",
             "python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0", "okhttp/4.12.0",
             "litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2", "axios/1.7.9",
             "Apache-HttpClient/5.4.1 (Java/21.0.5)", "ruby-openai/7.3.1", "Dart/3.6 (dart:io)",
             "semantic-kernel-dotnet/1.36.0", "PostmanRuntime/7.43.0", "reqwest/0.12.12")
BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
)
MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0",
)


def sdk_ua(rng: np.random.Generator, p_common: float = 0.5) -> str:
    return pick(rng, SDK_COMMON) if chance(rng, p_common) else pick(rng, SDK_OTHER)


# --------------------------------------------------------------------------------------------
# shared vocabulary

NAMES = ("Aisha", "Bjorn", "Camila", "Dmitri", "Esi", "Farid", "Greta", "Hiroshi", "Ines", "Jamal", "Kalani",
         "Leila", "Marek", "Nkechi", "Oscar", "Paloma", "Quang", "Rosa", "Sanjay", "Tereza", "Uri", "Valentina",
         "Wanjiru", "Xavier", "Yara", "Zoltan", "Mei", "Arjun", "Siobhan", "Tomasz")
COUNTRIES = ("Nigeria", "Germany", "Brazil", "India", "Japan", "Mexico", "Poland", "Kenya", "Vietnam", "Canada",
             "Egypt", "Sweden", "Philippines", "Chile", "Turkey", "Indonesia", "France", "Pakistan", "Ghana", "Spain")


def _sharegpt() -> tuple[list[str], list[str]]:
    """Ordinary human prompts and assistant answers from ShareGPT's "sim" half (never the half
    detectors take their reference from)."""
    from distillguard.data.sharegpt import in_part, turns

    sim = [t for t in turns() if in_part(t, "sim")]
    return [t.human[:2000] for t in sim], [t.assistant for t in sim if len(t.assistant) >= 300]


def build_batch(
    seed: int,
    benign_accounts: int,
    families: dict[str, Callable],
    kinds: dict[str, Callable],
    salt: int,
) -> tuple[pa.Table, dict]:
    """Background from `simulate()` (no campaigns) plus a batch's families and kinds (each a
    generator called with the shared context and a generator seeded by (seed, salt, …)).

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
        "families": sorted(families),
        "benign_kinds": sorted(kinds),
        "model_release": bg_truth["model_release"],
    }
    chat, passages = _sharegpt()
    sink = Sink()
    ctx = Ctx(t0=t0, t1=t1, release=float(bg_truth["model_release"]["ts"]), old_models=list(cfg["old_models"]),
              new_model=str(cfg["new_model"]), sink=sink, truth=truth, chat=chat, passages=passages)
    for i, name in enumerate(sorted(families)):
        rng = np.random.default_rng([seed, salt, 1, i])
        families[name](ctx, rng, hexid(rng, "camp"))
    for i, name in enumerate(sorted(kinds)):
        kinds[name](ctx, np.random.default_rng([seed, salt, 2, i]))
    return _assemble(bg, sink, truth, t0, t1, seed, salt), truth


def _assemble(
    bg: pa.Table, sink: Sink, truth: dict, t0: float, t1: float, seed: int, salt: int
) -> pa.Table:
    """Background + sink events, clipped to [t0, t1], in the background's exact schema."""
    ts_new = np.asarray(sink.ts, dtype=np.float64)
    idx = np.flatnonzero((ts_new >= t0) & (ts_new <= t1))
    ts_new = ts_new[idx]
    sel = idx.tolist()
    rng = np.random.default_rng([seed, salt, 3])
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


def summarise(make_blind_batch: Callable[[int], tuple[pa.Table, dict]]) -> None:
    """Build seed 0 with 2,000 benign background accounts and print per-family counts."""
    t = time.perf_counter()
    table, truth = make_blind_batch(0)
    took = time.perf_counter() - t
    fam_of = {a: (v["label"], v["family"]) for a, v in truth["accounts"].items()}
    events: collections.Counter[tuple[str, str]] = collections.Counter()
    active: collections.Counter[tuple[str, str]] = collections.Counter()
    values, counts = table["account_id"].combine_chunks().dictionary_decode().value_counts().flatten()
    for acct, n in zip(values.to_pylist(), counts.to_pylist(), strict=True):
        events[fam_of[acct]] += n
        active[fam_of[acct]] += 1
    accts = collections.Counter(fam_of.values())
    print(f"{'label':9} {'family':30} {'accounts':>8} {'active':>7} {'events':>8}")
    for key in sorted(accts):
        print(f"{key[0]:9} {key[1]:30} {accts[key]:8d} {active[key]:7d} {events[key]:8d}")
    n_camp = sum(v for k, v in accts.items() if k[0] == "campaign")
    print(f"campaign accounts {n_camp} of {len(fam_of)} ({100 * n_camp / len(fam_of):.1f} %); "
          f"total events {truth['events']}, campaigns {len(truth['campaigns'])}, generated in {took:.1f} s")
    print(table.schema)


def digest(table: pa.Table, truth: dict) -> str:
    """SHA-256 over a built batch's events (every column's values, in order) and its truth: the
    fingerprint `bench/monitor_blind_digests.json` keeps per batch and seed, so a test can check that
    a batch still builds exactly the events it built when recorded, in a fresh process, after any
    change to this machinery, the simulator or the libraries (`tests/test_monitor_blind_batches.py`)."""
    import hashlib
    import json

    h = hashlib.sha256()
    for name in table.column_names:
        column = table[name].combine_chunks()
        h.update(name.encode() + b"\x00")
        if pa.types.is_dictionary(column.type):
            column = column.dictionary_decode()
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            h.update("\x1f".join(column.to_pylist()).encode("utf-8", "surrogatepass"))
        else:
            h.update(np.ascontiguousarray(column.to_numpy(zero_copy_only=False)).tobytes())
        h.update(b"\x1e")
    h.update(json.dumps(truth, sort_keys=True, default=str).encode())
    return h.hexdigest()
