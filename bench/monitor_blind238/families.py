"""Campaign families of batch 238 (code names from wife carrying).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign with `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, models) is drawn from the family's
own generator, in an order that never depends on a set or on `hash()`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind238 import texts

Rng = np.random.Generator

#: user agents seen on ordinary traffic of the service (the hard families copy them)
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
#: languages a person in each UTC offset would most likely write in (besides English)
TZ_LANGS = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("ja",),
}
HOME_TZS = (-8, -5, -3, 0, 1, 2, 5, 8, 9)


def _lang_mix(
    rng: Rng, main: str, others: tuple[str, ...], k_lo: int, k_hi: int
) -> tuple[list[str], np.ndarray]:
    """The main language plus k of `others`, with Dirichlet weights favouring the main one."""
    k = min(len(others), irange(rng, k_lo, k_hi))
    extra = [others[i] for i in sorted(rng.choice(len(others), size=k, replace=False).tolist())]
    langs = [main, *extra]
    w = rng.dirichlet([4.0] + [1.0] * k)
    return langs, w


def _langs(rng: Rng, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _onoff(rng: Rng, a: float, b: float, on_h: tuple[float, float], off_h: tuple[float, float]):
    """An operator's run schedule: alternating on/off stretches (returns a curve)."""
    edges, t, on = [], a, True
    while t < b:
        span = rng.uniform(*(on_h if on else off_h)) * HOUR
        edges.append((t, t + span, on))
        t += span
        on = not on
    starts = np.array([e[0] for e in edges])
    flags = np.array([1.0 if e[2] else 0.0 for e in edges])

    def f(ts: np.ndarray) -> np.ndarray:
        i = np.clip(np.searchsorted(starts, np.asarray(ts), side="right") - 1, 0, len(flags) - 1)
        return flags[i]

    return f


def _times_of(pieces: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(pieces)) if pieces else np.empty(0)


# =============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def eukonkanto(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "eukonkanto"
    n_keys = irange(rng, 5, 13)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 7))
    shared_org = chance(rng, 0.4)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    one_ua = chance(rng, 0.5)
    ua = sdk_ua(rng, 0.3)
    langs, w = _lang_mix(rng, "en", ("zh", "ru", "de", "es"), 1, 3)
    accts = []
    for _ in range(n_keys):
        ips = picks(rng, block, irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=org if shared_org else None,
                pay=pick(rng, cards),
                ua=ua if one_ua else sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    start = ctx.release - rng.uniform(0, 8) * HOUR
    per_hour = rng.uniform(35, 95)
    curve = _onoff(rng, start, ctx.t1, (5, 20), (0.5, 4))
    p_new = rng.uniform(0.93, 0.99)
    err = rng.uniform(0.03, 0.09)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True):
        ls = _langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.reasoning_trace(rng, lg) for lg in ls],
            models=ctx.models(rng, ts, p_new),
            comp_median=rng.uniform(1000, 1700),
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool_on_off",
            "ip_source": f"hosting:{provider}",
            "payment": f"{len(cards)}_prepaid_cards",
            "keys": n_keys,
            "shared_org": shared_org,
            "languages": langs,
            "per_hour": round(per_hour, 1),
        },
    )


# =============================================================================================
# 2. judge / rubric / reward-model labels, nightly bursts from a public cloud


def sonkajarvi(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "sonkajarvi"
    n_keys = irange(rng, 3, 8)
    provider = pick(rng, ("aws", "gcp", "azure"))
    op_tz = pick(rng, (8, 9, 3, -5))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="grader",
                campaign_id=cid,
                ua=pick(
                    rng,
                    ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"),
                ),
                ips=cloud(rng, irange(rng, 1, 4), provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_en = rng.uniform(0.6, 0.9)
    p_new = rng.uniform(0.8, 0.95)
    for a in accts:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            rng.uniform(2, 6) * (ctx.t1 - start) / DAY,
            nightly(rng.uniform(20, 23), rng.uniform(5, 9), op_tz),
        )
        ts = _times_of(bursts(rng, starts, rng.uniform(15, 50), rng.uniform(0.7, 3.0), b=ctx.t1))
        prompts, comp = [], []
        for _ in range(len(ts)):
            st = int(pick(rng, styles))
            lang = "en" if chance(rng, p_en) else "xx"
            prompts.append(
                texts.rubric_judge(
                    rng,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    st,
                    lang,
                )
            )
            comp.append((500.0, 280.0, 160.0, 650.0)[st])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.array(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_labels",
            "pacing": "nightly_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "card_per_key",
            "operator_tz": op_tz,
            "styles": styles,
            "keys": n_keys,
        },
    )


# =============================================================================================
# 3. policy / censorship-safe rewrites through VPN exits, stolen cards, short-lived keys


def rosvo(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "rosvo"
    n_keys = irange(rng, 8, 18)
    exits = [
        ip
        for p in ("m247", "leaseweb", "ovh", "vultr")
        if chance(rng, 0.7)
        for ip in cloud(rng, irange(rng, 4, 10), p)
    ]
    exits = exits or cloud(rng, 12, "m247")
    langs, w = _lang_mix(rng, pick(rng, ("en", "zh")), ("ru", "es", "ar", "en", "zh"), 1, 3)
    accts = []
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng),
            ips=exits,
        )
        accts.append(a)
        life = rng.uniform(5, 30) * HOUR
        a_start, a_end = t, min(ctx.t1, t + life)
        ts = thinned(rng, a_start, a_end, rng.uniform(15, 60) * (a_end - a_start) / HOUR, constant)
        ls = _langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.policy_rewrite(rng, lg, pick(rng, ctx.passages)) for lg in ls],
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, exits, rng.uniform(15, 90) * MINUTE),
            comp_median=rng.uniform(350, 600),
            err=0.03,
        )
        t = (
            a_end - rng.uniform(0, 3) * HOUR
            if chance(rng, 0.5)
            else a_end + rng.uniform(0.5, 6) * HOUR
        )
        if t >= ctx.t1 - HOUR:
            t = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "short_lived_keys_in_relay",
            "ip_source": "vpn_exits",
            "payment": "stolen_card_per_key",
            "languages": langs,
            "keys": n_keys,
            "exit_pool": len(exits),
        },
    )


# =============================================================================================
# 4. agent / tool-use trajectories from an orchestration framework


def fireman_lift(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "fireman_lift"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("gcp", "azure", "aws", "oracle"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "semantic-kernel-dotnet/1.36.0",
        ),
    )
    langs, w = _lang_mix(rng, "en", ("de", "ja", "pt"), 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 6), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    for a in accts:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            rng.uniform(1.5, 5) * (ctx.t1 - start) / HOUR,
            global_load(rng.uniform(0, 24), 0.3),
        )
        ts = _times_of(bursts(rng, starts, rng.uniform(4, 9), rng.uniform(3, 12), 0.7, b=ctx.t1))
        ls = _langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.agent_step(rng, lg) for lg in ls],
            models=ctx.models(rng, ts, 0.92, 0.1),
            comp_median=rng.uniform(500, 900),
            extra=rng.integers(600, 3500, size=len(ts)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_trajectories",
            "pacing": "trajectory_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "one_business_card",
            "ua": ua,
            "languages": langs,
            "keys": n_keys,
        },
    )


# =============================================================================================
# 5. synthetic dataset generation at night from cheap VPS, a few orgs


def piggyback(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "piggyback"
    n_orgs = irange(rng, 2, 4)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    n_keys = irange(rng, 9, 22)
    provider = pick(rng, ("contabo", "hetzner", "ovh", "alibaba", "tencent"))
    op_tz = pick(rng, (8, 9, 2, 3))
    langs, w = _lang_mix(rng, pick(rng, ("en", "zh")), ("ko", "es", "fr", "pt", "en", "zh"), 1, 4)
    accts = []
    for _ in range(n_keys):
        org, pay = pick(rng, orgs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2")),
                ips=cloud(rng, 1, provider),
            )
        )
    start = ctx.release + rng.uniform(0, 12) * HOUR
    for a in accts:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            rng.uniform(3, 8) * (ctx.t1 - start) / DAY,
            nightly(rng.uniform(0, 2), rng.uniform(4, 7), op_tz),
        )
        ts = _times_of(bursts(rng, starts, rng.uniform(15, 45), rng.uniform(4, 15), b=ctx.t1))
        ls = _langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.synth_dataset(rng, lg) for lg in ls],
            models=ctx.models(rng, ts, 0.96),
            comp_median=rng.uniform(1800, 3000),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_cron_bursts",
            "ip_source": f"hosting:{provider}",
            "payment": f"{n_orgs}_org_cards",
            "operator_tz": op_tz,
            "languages": langs,
            "keys": n_keys,
        },
    )


# =============================================================================================
# 6. multi-turn dialogue harvest through a residential proxy pool


def water_pit(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "water_pit"
    n_keys = irange(rng, 14, 32)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 150, 500), region)
    langs, w = _lang_mix(rng, "en", ("es", "pt", "id", "ja", "tr"), 1, 4)
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.6),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_hour = rng.uniform(40, 100)
    hold = rng.uniform(5, 30) * MINUTE
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ls = _langs(rng, langs, w, len(ts))
        prompts = [
            texts.dialogue_harvest(
                rng, lg, pick(rng, ctx.chat), pick(rng, ctx.passages), int(pick(rng, styles))
            )
            for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88),
            ips=sticky(rng, ts, pool, hold),
            comp_median=rng.uniform(300, 600),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "worker_pool",
            "ip_source": f"residential_proxy:{region}",
            "payment": "card_per_key",
            "styles": styles,
            "languages": langs,
            "keys": n_keys,
        },
    )


# =============================================================================================
# 7. best-of-n and soft-label sampling: identical prompts fired n times


def log_hurdle(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "log_hurdle"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("vultr", "linode", "digitalocean", "scaleway"))
    block = rented_block(rng, provider, 1, irange(rng, 3, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    n_lo, n_hi = sorted((irange(rng, 3, 8), irange(rng, 6, 16)))
    for a, items in zip(
        accts, worker_pool(rng, start, ctx.t1, rng.uniform(4, 12), n_keys), strict=True
    ):
        ts_all, prompts, comp = [], [], []
        for t in items.tolist():
            k = irange(rng, n_lo, n_hi)
            st = irange(rng, 0, 2)
            p = texts.soft_label(rng, pick(rng, ctx.chat), st)
            ts_all.append(t + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k)))
            prompts.extend([p] * k)
            comp.extend([(90.0, 3.0, 60.0)[st]] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=np.array(comp),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "item_repeats",
            "ip_source": f"hosting:{provider}",
            "payment": "one_card",
            "repeats": [n_lo, n_hi],
            "keys": n_keys,
        },
    )


# =============================================================================================
# 8. curriculum sweep of coding exercises, slow steady rate, Chinese cloud


def beer_prize(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "beer_prize"
    n_keys = irange(rng, 4, 10)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    cards = [hexid(rng, "pay") for _ in range(2)]
    langs, w = _lang_mix(rng, pick(rng, ("en", "zh")), ("ja", "es", "pt", "zh", "en"), 1, 3)
    max_level = irange(rng, 6, 10)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(
                rng,
                ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "reqwest/0.12.12"),
            ),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for a in accts:
        ts = thinned(rng, start, ctx.t1, rng.uniform(3, 8) * (ctx.t1 - start) / HOUR, constant)
        lv = 1 + np.floor(max_level * (ts - start) / (ctx.t1 - start)).astype(int)
        lv = np.clip(lv + rng.integers(-1, 2, size=len(ts)), 1, max_level)
        ls = _langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.curriculum(rng, lg, int(v), max_level)
                for lg, v in zip(ls, lv.tolist(), strict=True)
            ],
            models=ctx.models(rng, ts, 0.85),
            comp_median=rng.uniform(700, 1200),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_code_sweep",
            "pacing": "slow_steady_poisson",
            "ip_source": f"cloud:{provider}",
            "payment": "2_shared_cards",
            "levels": max_level,
            "languages": langs,
            "keys": n_keys,
        },
    )


# =============================================================================================
# 9. (hard) harvest hidden inside a real study app's backend traffic


def penalty_drop(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "penalty_drop"
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 1, 2)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 3, 8), provider),
        )
        for _ in range(n_keys)
    ]
    peak = rng.uniform(12, 18)
    share = rng.uniform(0.12, 0.28)
    harvest_langs = ["en", "en", "es", "hi", "vi"]
    for i, a in enumerate(accts):
        rate = rng.uniform(15, 45) * (1.0 if i == 0 else 0.3)
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            global_load(peak, rng.uniform(0.5, 0.8)),
        )
        # the harvest share starts a little before the release and grows after it
        p_h = np.where(ts < ctx.release - DAY, share * 0.3, share)
        is_h = rng.random(len(ts)) < p_h
        prompts = [
            texts.study_app(rng, pick(rng, ctx.chat), bool(h), pick(rng, harvest_langs))
            for h in is_h.tolist()
        ]
        m_user = ctx.models(rng, ts, 0.25, 0.3)
        m_h = ctx.models(rng, ts, 0.7, 0.05)
        models = [mh if h else mu for mh, mu, h in zip(m_h, m_user, is_h.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(is_h, 600.0, 330.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "pacing": "product_global_load",
            "ip_source": f"cloud:{provider}",
            "payment": "business_card",
            "harvest_share": round(share, 3),
            "keys": n_keys,
            "hard": True,
        },
    )


# =============================================================================================
# 10. (hard) bought aged accounts, used through residential proxies of their own region


def taisto(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "taisto"
    n_keys = irange(rng, 6, 14)
    op_tz = pick(rng, (8, 3, 2, -3))
    accts: list[Acct] = []
    for _ in range(n_keys):
        tz = pick(rng, HOME_TZS)
        region = {
            -8: "us",
            -5: "us",
            -3: "latam",
            0: "eu",
            1: "eu",
            2: "eu",
            5: "in",
            8: "sea",
            9: "jp_kr",
        }[tz]
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, PLAIN_UAS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.t0 + rng.uniform(-2, 3.5) * DAY
        # the original owner's last days of ordinary use
        own = _times_of(
            session_times(
                rng,
                ctx.t0,
                max(ctx.t0, pivot),
                rng.uniform(0.5, 2),
                evening_person(tz),
                rng.uniform(2, 5),
                80.0,
            )
        )
        if len(own):
            ctx.emit(
                rng,
                a,
                own,
                [pick(rng, ctx.chat) for _ in range(len(own))],
                models=ctx.models(rng, own, 0.2, 0.2),
                comp_median=300.0,
                err=0.005,
            )
        # the buyer: proxies in the same region, the same user agent, sessions in the buyer's day
        proxy = resi(rng, irange(rng, 20, 80), region)
        b = max(ctx.t0, pivot)
        ts = _times_of(
            session_times(
                rng,
                b,
                ctx.t1,
                rng.uniform(3, 7),
                workday(op_tz, 9, 22, 0.6, 0.03),
                rng.uniform(5, 12),
                rng.uniform(25, 70),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            prompts.append(
                texts.casual_translation(rng, pick(rng, ctx.passages))
                if u < 0.6
                else texts.person_question(rng, "en")
                if u < 0.8
                else pick(rng, ctx.chat)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.05),
            ips=sticky(rng, ts, proxy, rng.uniform(30, 120) * MINUTE),
            comp_median=rng.uniform(380, 520),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_accounts_translation_harvest",
            "pacing": "sessions_after_handover",
            "ip_source": "residential_proxy_same_region",
            "payment": "original_owner_cards",
            "operator_tz": op_tz,
            "keys": n_keys,
            "hard": True,
        },
    )


# =============================================================================================
# 11. (hard) a low-and-slow crowd of person-like accounts


def estonian_hold(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "estonian_hold"
    n_keys = irange(rng, 28, 55)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, HOME_TZS)
        phone = chance(rng, 0.35)
        if phone:
            ips = mobile_v6(
                rng,
                irange(rng, 2, 6),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
            ua = pick(rng, MOBILE[:3])
        else:
            ips = home(rng, irange(rng, 1, 2), tz)
            ua = pick(rng, PLAIN_UAS[2:] + BROWSERS[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts = _times_of(
            session_times(
                rng,
                start,
                ctx.t1,
                rng.uniform(1.2, 3.5),
                evening_person(tz),
                rng.uniform(2.5, 6),
                rng.uniform(40, 150),
            )
        )
        lang_opts = TZ_LANGS.get(tz, ("en",))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.person_question(rng, pick(rng, lang_opts)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, rng.uniform(0.3, 0.7), 0.1),
            comp_median=rng.uniform(380, 600),
            err=0.005,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "person_like_crowd_knowledge_sweep",
            "pacing": "evening_sessions",
            "ip_source": "home_and_mobile",
            "payment": "card_per_key",
            "keys": n_keys,
            "hard": True,
        },
    )


# =============================================================================================
# 12. (hard) public-prompt replay from what looks like a small office


def ronkainen(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "ronkainen"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, (0, 1, 2, -5, 5))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, SDK_COMMON[:2]) if chance(rng, 0.7) else PLAIN_UAS[2],
            ips=office + home(rng, 1, tz) if chance(rng, 0.3) else office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    p_prefix = rng.uniform(0.0, 0.15)
    for a in accts:
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(3, 12) * (ctx.t1 - ctx.t0) / HOUR,
            workday(tz, 8.0, 19.0, 0.1),
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(texts.replay(rng, ctx.chat[order[cursor % len(order)]], p_prefix))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, rng.uniform(0.5, 0.8), 0.1),
            comp_median=rng.uniform(300, 420),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_poisson",
            "ip_source": "office_broadband",
            "payment": "company_card",
            "tz": tz,
            "keys": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "eukonkanto": eukonkanto,
    "sonkajarvi": sonkajarvi,
    "rosvo": rosvo,
    "fireman_lift": fireman_lift,
    "piggyback": piggyback,
    "water_pit": water_pit,
    "log_hurdle": log_hurdle,
    "beer_prize": beer_prize,
    "penalty_drop": penalty_drop,
    "taisto": taisto,
    "estonian_hold": estonian_hold,
    "ronkainen": ronkainen,
}
