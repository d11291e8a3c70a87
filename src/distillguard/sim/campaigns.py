"""Distillation campaigns: hydra clusters of accounts behind shared proxies and cards, sending
templated CoT-eliciting, capability-focused prompts in synchronised waves, pivoting to a newly
released model, plus proxy resellers that mix campaign traffic with real customers'.
"""

from __future__ import annotations

import numpy as np

from distillguard.sim.benign import BenignPrompts
from distillguard.sim.builder import EventBuilder
from distillguard.sim.config import SimConfig
from distillguard.sim.population import (
    CAMPAIGN_UAS,
    COMMON_UAS,
    TIMEZONES,
    diurnal_session_times,
    hex_id,
    random_ip,
    random_subnet,
)
from distillguard.sim.prompts import CAPABILITIES, CampaignPromptGenerator

LANGUAGE_MIXES = [["en"], ["en"], ["en"], ["zh"], ["ru", "en"], ["es", "en"], ["zh", "en"]]


def _split(total: int, parts: int, rng: np.random.Generator) -> list[int]:
    """Unequal campaign sizes (Dirichlet), each at least 2 accounts."""
    weights = rng.dirichlet(np.full(parts, 2.0))
    sizes = np.maximum(2, np.floor(weights * total).astype(int))
    sizes[int(np.argmax(sizes))] += total - int(sizes.sum())
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


def add_campaigns(
    b: EventBuilder, rng: np.random.Generator, cfg: SimConfig, t0: float, truth: dict
) -> None:
    """All campaigns of the simulation; accounts and campaign facts recorded in `truth`."""
    if cfg.campaigns == 0:
        return
    benign_pool = BenignPrompts(b)
    t_end = t0 + cfg.days * 86400.0
    release = t0 + cfg.release_day * 86400.0
    old_id = b.dicts["model"].id(cfg.old_models[0])
    new_id = b.dicts["model"].id(cfg.new_model)
    for c, size in enumerate(_split(cfg.campaign_accounts, cfg.campaigns, rng)):
        cid = f"campaign-{c + 1}"
        caps = list(rng.choice(CAPABILITIES, size=int(rng.integers(1, 3)), replace=False))
        langs = LANGUAGE_MIXES[int(rng.integers(len(LANGUAGE_MIXES)))]
        gen = CampaignPromptGenerator(
            rng,
            caps,
            langs,
            cot_rate=float(rng.uniform(0.6, 1.0)),
            n_templates=int(rng.integers(3, 9)),
        )
        begin = t0 + rng.uniform(0, 1.5) * 86400.0
        pivot = release + rng.uniform(1.0, 20.0) * 3600.0
        waves = _waves(rng, begin, t_end)
        participation = float(rng.uniform(0.5, 0.9))
        subnets = [random_subnet(rng) for _ in range(max(2, size // 25))]
        proxies = b.dicts["ip"].ids([f"{s}.{h}" for s in subnets for h in rng.integers(2, 254, 16)])
        cards = [hex_id(rng, "pay") for _ in range(max(1, size // 10))]
        ua = str(rng.choice(CAMPAIGN_UAS)) if rng.random() < 0.5 else COMMON_UAS[0]
        n_resellers = max(1, size // cfg.reseller_per_campaign_accounts)
        n_slow = int(round((size - n_resellers) * cfg.slow_low_fraction))
        roles = ["reseller"] * n_resellers + ["slow_low"] * n_slow
        roles += ["worker"] * (size - len(roles))
        counts = []
        for role in roles:
            if role == "slow_low":
                counts.append(int(rng.integers(3, 13)))
            else:
                counts.append(int(max(10, rng.lognormal(np.log(cfg.campaign_mean_events), 0.5))))
        pool_size = int(min(cfg.campaign_prompt_pool, max(50, sum(counts))))
        pool = b.dicts["prompt"].ids(gen.make(pool_size))
        members = []
        for role, count in zip(roles, counts, strict=True):
            account = hex_id(rng, "acct")
            members.append(account)
            common = {
                "account_id": b.dicts["account_id"].id(account),
                "org_id": b.dicts["org_id"].id(hex_id(rng, "org")),
                "user_agent": b.dicts["user_agent"].id(ua),
            }
            if role == "slow_low":
                chosen = waves[rng.integers(0, len(waves), size=count)]
                ts = chosen[:, 0] + rng.uniform(0, 1, size=count) * chosen[:, 1]
            else:
                ts = _worker_times(rng, waves, count, participation)
            ts = ts[ts < t_end]
            models = np.where((ts >= pivot) & (rng.random(len(ts)) < 0.95), new_id, old_id)
            if role == "reseller":
                # one account, one egress: the reseller's servers, sometimes inside the proxy /24s
                own_ip = (
                    f"{subnets[0]}.{int(rng.integers(2, 254))}"
                    if rng.random() < 0.5
                    else random_ip(rng, 0.0)
                )
                ip = b.dicts["ip"].id(own_ip)
                card = b.dicts["payment_fingerprint"].id(hex_id(rng, "pay"))
                share = float(rng.uniform(0.25, 0.5))
                n_customers = int(len(ts) * (1 - share) / share)
                cust_ts = t0 + diurnal_session_times(
                    rng, n_customers, int(rng.choice(TIMEZONES)), cfg.days, 6.0, 30.0
                )
                cust_models = np.where(rng.random(n_customers) < 0.8, old_id, new_id)
                b.add(
                    cust_ts,
                    rng,
                    ip=ip,
                    payment_fingerprint=card,
                    model=cust_models,
                    prompt=benign_pool.sample(rng, n_customers),
                    **common,
                )
            else:
                ip = proxies[rng.integers(0, len(proxies), size=len(ts))]
                card = b.dicts["payment_fingerprint"].id(cards[int(rng.integers(len(cards)))])
            b.add(
                ts,
                rng,
                ip=ip,
                payment_fingerprint=card,
                model=models,
                prompt=pool[rng.integers(0, len(pool), size=len(ts))],
                completion_median=900.0,
                **common,
            )
            truth["accounts"][account] = {"label": "campaign", "campaign_id": cid, "role": role}
        truth["campaigns"].append(
            {
                "campaign_id": cid,
                "accounts": members,
                "capabilities": caps,
                "languages": langs,
                "cot_rate": round(gen.cot_rate, 3),
                "templates": len(gen.templates),
                "start": begin,
                "pivot_ts": pivot,
                "proxy_subnets": [f"{s}.0/24" for s in subnets],
            }
        )
