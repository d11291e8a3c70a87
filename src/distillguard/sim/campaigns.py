"""Distillation campaigns: one engine that runs every family's campaigns.

Each campaign is drawn from a family (families.py): an operation shape (a hydra cluster of
many accounts, one high-volume account, or a low-and-slow spread of accounts), pacing
(synchronised dispatch waves, Poisson worker pools, steady drip, business-hours mimicry, a
burst after a model release), an IP source (datacenter /24s, rotating residential proxies over
consumer ISPs, mixed, one egress, one VM per account), payment and user-agent habits, an
account-creation cohort or staggered starts, languages and prompt styles, and an optional pivot
to the newly released model. Campaigns with three or more accounts include proxy resellers
that mix campaign traffic with real customers' prompts.
"""

from __future__ import annotations

import numpy as np

from distillguard.sim import ipspace
from distillguard.sim.builder import EventBuilder
from distillguard.sim.config import SimConfig
from distillguard.sim.context import SimContext
from distillguard.sim.families import (
    CAMPAIGN_FAMILIES,
    FamilySpec,
    check_families,
    draw_operation,
    draw_params,
)
from distillguard.sim.population import (
    BROWSER_UAS,
    CAMPAIGN_UAS,
    COMMON_UA_WEIGHTS,
    COMMON_UAS,
    TIMEZONES,
    diurnal_session_times,
    hex_id,
)


def _allocate(total: int, ops: list[str], rng: np.random.Generator) -> list[int]:
    """Account counts per campaign summing to `total`: single-account operations get 1, the
    others unequal Dirichlet shares (low-and-slow ones smaller), each at least 2."""
    if all(op == "single" for op in ops) and total > len(ops):
        ops[0] = "hydra"
    sizes = np.array([1 if op == "single" else 0 for op in ops])
    multi = np.flatnonzero(sizes == 0)
    if len(multi):
        rest = total - int(sizes.sum())
        w = rng.dirichlet(np.full(len(multi), 2.0))
        w = w * np.array([0.5 if ops[i] == "low_slow" else 1.0 for i in multi])
        share = np.maximum(2, np.floor(w / w.sum() * rest).astype(int))
        share[int(np.argmax(share))] += rest - int(share.sum())
        sizes[multi] = share
    return [int(s) for s in sizes]


def _waves(rng: np.random.Generator, begin: float, end: float) -> np.ndarray:
    """(start, duration) of the orchestrator's dispatch waves, around the clock."""
    days = max(1.0, (end - begin) / 86400.0)
    count = max(2, int(days * rng.uniform(2, 5)))
    starts = np.sort(rng.uniform(begin, end - 3600.0, size=count))
    return np.column_stack([starts, rng.uniform(20 * 60, 90 * 60, size=count)])


def _worker_times(
    rng: np.random.Generator, waves: np.ndarray, count: int, participation: float
) -> np.ndarray:
    """Load balancing: the account joins each wave with probability `participation` and spreads
    its share of requests evenly (± 5% jitter) over the wave."""
    joined = np.flatnonzero(rng.random(len(waves)) < participation)
    if len(joined) == 0:
        joined = rng.integers(0, len(waves), size=1)
    per_wave = max(1, int(np.ceil(count / len(joined))))
    out = []
    for w in joined:
        start, duration = waves[w]
        period = duration / per_wave
        steps = period * (1.0 + rng.normal(0, 0.05, size=per_wave))
        out.append(start + rng.uniform(0, period) + np.cumsum(steps) - steps[0])
    return np.concatenate(out)[:count]


class _Timing:
    """A campaign's clock: when each account starts and how its requests are spaced."""

    def __init__(self, ctx: SimContext, rng: np.random.Generator, params: dict) -> None:
        self.ctx, self.params = ctx, params
        self.begin = ctx.t0 + rng.uniform(0, 1.5) * 86400.0
        self.pivot = ctx.release + rng.uniform(1.0, 20.0) * 3600.0 if params["pivot"] else None
        self.waves = _waves(rng, self.begin, ctx.t_end)
        self.participation = float(rng.uniform(0.5, 0.9))
        self.cohort_window = float(rng.uniform(0.5, 6.0)) * 3600.0
        anchor = self.pivot if self.pivot is not None else rng.uniform(self.begin, ctx.t_end - 86400.0)
        self.burst = (anchor + rng.uniform(0, 3) * 3600.0, float(rng.uniform(4, 24)) * 3600.0)
        self.tz = int(rng.choice(TIMEZONES))
        self.per_account_tz = bool(rng.random() < 0.5)
        self.gap_scale = float(rng.uniform(0.8, 1.2))
        params.update(
            participation=round(self.participation, 3),
            cohort_window_h=round(self.cohort_window / 3600.0, 2) if params["cohort"] else None,
            timezone=self.tz,
        )
        if params["pacing"] == "burst":
            params["burst_start"], params["burst_hours"] = self.burst[0], round(self.burst[1] / 3600, 2)

    def start(self, rng: np.random.Generator) -> float:
        if self.params["cohort"]:
            return self.begin + rng.uniform(0, self.cohort_window)
        return self.begin + rng.uniform(0, 0.6) * (self.ctx.t_end - self.begin)

    def times(self, rng: np.random.Generator, count: int, few: bool) -> np.ndarray:
        """`count` request times for one account (`few`: a handful at random moments)."""
        t0, t_end, pacing = self.ctx.t0, self.ctx.t_end, self.params["pacing"]
        start = self.start(rng)
        if pacing == "burst":
            ts = self.burst[0] + rng.uniform(0, self.burst[1], size=count)
        elif pacing == "waves":
            if few:
                chosen = self.waves[rng.integers(0, len(self.waves), size=count)]
                ts = chosen[:, 0] + rng.uniform(0, 1, size=count) * chosen[:, 1]
            else:
                ts = _worker_times(rng, self.waves, count, self.participation)
        elif pacing == "business_hours":
            tz = int(rng.choice(TIMEZONES)) if self.per_account_tz else self.tz
            day0 = np.floor((start - t0) / 86400.0)
            span = max(1.0, (t_end - t0) / 86400.0 - day0)
            session = 2.0 if few else float(rng.uniform(8, 25))
            ts = t0 + day0 * 86400.0 + diurnal_session_times(rng, count, tz, span, session, float(rng.uniform(20, 90)))
        elif few:
            ts = rng.uniform(start, t_end, size=count)
        elif pacing == "poisson":
            mean_gap = (t_end - start) / count * self.gap_scale
            ts = start + np.cumsum(rng.exponential(mean_gap, size=count))
        else:  # drip: a steady, lightly jittered trickle
            period = (t_end - start) / count
            ts = start + (np.arange(count) + 0.5) * period + rng.normal(0, 0.1 * period, size=count)
        ts = np.sort(ts)
        return ts[(ts >= t0) & (ts < t_end)]


class _Infra:
    """A campaign's IPs, cards and user agents."""

    def __init__(self, ctx: SimContext, rng: np.random.Generator, params: dict, size: int, events: int) -> None:
        self.ctx, self.params = ctx, params
        ip_ids = ctx.b.dicts["ip"]
        source = params["ip_source"]
        self.subnets: list[int] = []
        self.dc = self.resi = None
        if source in ("datacenter", "mixed"):
            provider = str(rng.choice(ipspace.cloud_providers()))
            self.subnets = ipspace.cloud_subnets(rng, max(1, size // 25), provider)
            self.dc = ip_ids.ids(ipspace.hosts_in(rng, self.subnets, 16))
            params["cloud_provider"] = provider
        if source in ("residential", "mixed"):
            per_ip = float(rng.uniform(1.2, 3.0))
            n = int(np.clip(events / per_ip, 20, 120_000))
            regions = ["*"] if rng.random() < 0.5 else [str(r) for r in rng.choice(ipspace.consumer_regions(), size=int(rng.integers(1, 4)), replace=False)]
            per_region = -(-n // len(regions))
            self.resi = ip_ids.ids([ip for r in regions for ip in ipspace.residential_ips(rng, per_region, r)])
            params.update(proxy_ips=len(self.resi), proxy_regions=regions)
        if source == "single_egress":
            self.dc = ip_ids.ids(ipspace.cloud_ips(rng, int(rng.integers(1, 4))))
        pay = params["payment"]
        if pay == "shared":
            self.cards = [hex_id(rng, "pay") for _ in range(max(1, size // int(rng.integers(5, 31))))]
        elif pay == "prepaid":
            self.cards = [hex_id(rng, "pay") for _ in range(max(1, int(size / rng.uniform(1.5, 3.0))))]
        elif pay == "single":
            self.cards = [hex_id(rng, "pay")]
        else:
            self.cards = []
        ua = params["user_agent"]
        if ua == "custom":
            self.ua = str(rng.choice(CAMPAIGN_UAS)) if rng.random() < 0.7 else f"{rng.choice(['harvest', 'qgen', 'collector', 'dsbuild'])}/{int(rng.integers(0, 4))}.{int(rng.integers(0, 20))}"
        elif ua == "sdk":
            self.ua = f"OpenAI/Python 1.{int(rng.integers(30, 60))}.{int(rng.integers(0, 10))}"
        else:
            self.ua = None

    def ips(self, rng: np.random.Generator, n: int) -> np.ndarray | int:
        """One account's per-request IP ids."""
        source = self.params["ip_source"]
        if source == "per_account_vm":
            return self.ctx.b.dicts["ip"].id(ipspace.cloud_ips(rng, 1)[0])
        pool = self.dc if self.dc is not None else self.resi
        if source == "mixed" and rng.random() < 0.5:
            pool = self.resi
        return pool[rng.integers(0, len(pool), size=n)]

    def card(self, rng: np.random.Generator) -> str:
        return self.cards[int(rng.integers(len(self.cards)))] if self.cards else hex_id(rng, "pay")

    def user_agent(self, rng: np.random.Generator) -> str:
        if self.ua is not None:
            return self.ua
        if self.params["user_agent"] == "browser":
            return str(rng.choice(BROWSER_UAS))
        return str(rng.choice(COMMON_UAS, p=COMMON_UA_WEIGHTS / COMMON_UA_WEIGHTS.sum()))


def _roles(rng: np.random.Generator, cfg: SimConfig, operation: str, size: int) -> list[str]:
    if operation == "single" or size == 1:
        return ["operator"] * size
    n_resellers = max(1, size // cfg.reseller_per_campaign_accounts) if size >= 3 else 0
    if operation == "low_slow":
        return ["reseller"] * n_resellers + ["slow_low"] * (size - n_resellers)
    n_slow = int(round((size - n_resellers) * cfg.slow_low_fraction))
    roles = ["reseller"] * n_resellers + ["slow_low"] * n_slow
    return roles + ["worker"] * (size - len(roles))


def _count(rng: np.random.Generator, cfg: SimConfig, role: str, operation: str, scale: float) -> int:
    if role == "slow_low":
        return int(rng.integers(3, 41)) if operation == "low_slow" else int(rng.integers(3, 13))
    median = cfg.campaign_mean_events * scale
    if role == "operator":
        return int(median * rng.uniform(20, 80))
    return int(max(10, rng.lognormal(np.log(median), 0.5)))


def run_campaign(
    ctx: SimContext, rng: np.random.Generator, cid: str, family: str, spec: FamilySpec, params: dict
) -> dict:
    """Emit one campaign's traffic; return its truth entry."""
    cfg, b = ctx.cfg, ctx.b
    size = params["accounts"]
    timing = _Timing(ctx, rng, params)
    roles = _roles(rng, cfg, params["operation"], size)
    counts = [_count(rng, cfg, r, params["operation"], params["volume_scale"]) for r in roles]
    infra = _Infra(ctx, rng, params, size, sum(counts))
    gen = spec.prompts(rng, params, ctx.pools)
    cap = min(cfg.campaign_prompt_pool, spec.pool_cap or cfg.campaign_prompt_pool)
    pool = b.dicts["prompt"].ids(gen.make(int(min(cap, max(50, sum(counts))))))
    share = float(rng.uniform(0.85, 1.0))
    old_id = ctx.old_ids[0]
    members = []
    for role, count in zip(roles, counts, strict=True):
        account = hex_id(rng, "acct")
        members.append(account)
        ts = timing.times(rng, count, few=role == "slow_low")
        if timing.pivot is not None:
            models = np.where((ts >= timing.pivot) & (rng.random(len(ts)) < share), ctx.new_id, old_id)
        else:
            models = np.full(len(ts), old_id)
        org = hex_id(rng, "org")
        ua = infra.user_agent(rng)
        card = infra.card(rng)
        record = {"label": "campaign", "campaign_id": cid, "role": role, "family": family}
        if role == "reseller":
            # one account, one egress: the reseller's own servers, sometimes inside the proxy /24s
            if infra.subnets and rng.random() < 0.5:
                ip = ipspace.hosts_in(rng, infra.subnets[:1], 1)[0]
            else:
                ip = ipspace.cloud_ips(rng, 1)[0]
            reseller_share = float(rng.uniform(0.25, 0.5))
            n_cust = int(len(ts) * (1 - reseller_share) / reseller_share)
            cust_ts = ctx.t0 + diurnal_session_times(rng, n_cust, int(rng.choice(TIMEZONES)), cfg.days, 6.0, 30.0)
            cust_models = np.where(rng.random(n_cust) < 0.8, old_id, ctx.new_id)
            ctx.add_account(rng, account, cust_ts, org=org, ip=ip, user_agent=ua, payment=card,
                            model=cust_models, prompt=ctx.benign_prompts.sample(rng, n_cust))
        else:
            ip = infra.ips(rng, len(ts))
        ctx.add_account(rng, account, ts, org=org, ip=ip, user_agent=ua, payment=card, model=models,
                        prompt=pool[rng.integers(0, len(pool), size=len(ts))],
                        truth=record, completion_median=params["completion_median"])
    return {
        "campaign_id": cid,
        "family": family,
        "accounts": members,
        "capabilities": params.get("capabilities", []),
        "languages": params["languages"],
        "cot_rate": params.get("cot_rate", 0.0),
        "templates": params.get("templates", len(params["styles"])),
        "start": timing.begin,
        "pivot_ts": timing.pivot,
        "proxy_subnets": [ipspace.subnet_string(s) for s in infra.subnets],
        "params": params,
    }


def add_campaigns(
    b: EventBuilder, rng: np.random.Generator, cfg: SimConfig, t0: float, truth: dict,
    ctx: SimContext | None = None,
) -> None:
    """All campaigns of the simulation; accounts and campaign facts recorded in `truth`.

    Families are assigned round-robin over a seeded shuffle of the selected families, so
    `campaigns == len(families)` gives one campaign of each. Every campaign draws from its own
    child generator, so registering a plug-in family does not change the others' traffic.
    """
    ctx = ctx or SimContext(b, cfg, t0, truth)
    truth.setdefault("families", [])
    if cfg.campaigns == 0:
        return
    names = check_families(cfg.families)
    order = [names[i] for i in rng.permutation(len(names))]
    families = [order[c % len(order)] for c in range(cfg.campaigns)]
    ops = [draw_operation(CAMPAIGN_FAMILIES[f], rng) for f in families]
    sizes = _allocate(cfg.campaign_accounts, ops, rng)
    for c, (family, op, size) in enumerate(zip(families, ops, sizes, strict=True)):
        spec = CAMPAIGN_FAMILIES[family]
        crng = np.random.default_rng([cfg.seed, 2, c, int(rng.integers(0, 2**31))])
        params = draw_params(spec, crng, op, size)
        cid = f"campaign-{c + 1}"
        if spec.generate is not None:
            before = len(truth["accounts"])
            spec.generate(ctx, crng, params, cid, family)
            entry = {"campaign_id": cid, "family": family, "params": params,
                     "accounts": list(truth["accounts"])[before:]}
        else:
            entry = run_campaign(ctx, crng, cid, family, spec, params)
        truth["campaigns"].append(entry)
    truth["families"] = sorted(set(families))
