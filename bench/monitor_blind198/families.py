"""Campaign families of blind batch 198 (code names: words from pankration).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Everything that varies
(key counts, orgs, cards, pacing, addresses, user agents, languages, model choice) is drawn from the
family's own generator. The last four families are the deliberately hard ones.
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
    SDK_OTHER,
    Ctx,
    bursts,
    chance,
    cloud,
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind198 import texts

Rng = np.random.Generator

#: user agents seen in the campaign-free background (hard families copy them)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
#: consumer regions of a UTC offset (mirrors the simulator's public address map)
REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _mix(*curves_weights) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(w * c(ts) for c, w in curves_weights), 0, 1)

    return f


def _langs(rng: Rng, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=w / w.sum()).tolist()]


# ============================================================================================
# 1. reasoning-trace coercion from a rented block


def kleitomachos(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kleitomachos"
    n = irange(rng, 6, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, SDK_OTHER)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pre = float(rng.uniform(20, 50))
    post = pre * float(rng.uniform(1.5, 2.5))
    lag = float(rng.uniform(0.5, 8)) * HOUR
    w = {"en": 0.45, "zh": 0.25, "es": 0.1, "ru": 0.1, "de": 0.1}
    streams = [
        _cat([a, b])
        for a, b in zip(
            worker_pool(rng, start, ctx.release, pre, n),
            worker_pool(rng, ctx.release + lag, ctx.t1, post, n),
            strict=True,
        )
    ]
    for acct, ts in zip(accts, streams, strict=True):
        langs = _langs(rng, w, len(ts))
        prompts = [texts.reasoning_prompt(rng, lang) for lang in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool 24/7, rate x1.5-2.5 after release",
            "ip_source": f"rented block ({provider})",
            "payment": "shared prepaid",
            "user_agent": ua,
            "languages": w,
            "keys": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "rate_pre_per_hour": pre,
            "rate_post_per_hour": post,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in bursts from cloud


def hellanodikes(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hellanodikes"
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    n = irange(rng, 3, 8)
    accts = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        ips = cloud(rng, irange(rng, 1, 2), "aws") + cloud(rng, irange(rng, 0, 2), "gcp")
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(
                    rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11")
                ),
                ips=ips,
            )
        )
    w = {"en": 0.7, "de": 0.1, "ja": 0.1, "ko": 0.1}
    starts_per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(15, 50))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    total = 0
    for acct in accts:
        starts = thinned(
            rng, begin, ctx.t1, starts_per_day * (ctx.t1 - begin) / DAY, lambda t: np.ones(len(t))
        )
        ts = _cat(bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)), b=ctx.t1))
        langs = _langs(rng, w, len(ts))
        prompts = [
            texts.judge_prompt(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                lang,
                irange(rng, 0, 4),
            )
            for lang in langs
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=240.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "bursts",
            "bursts_per_key_day": starts_per_day,
            "burst_size": size,
            "ip_source": "cloud (aws, gcp)",
            "payment": "one card per shell org",
            "orgs": n_orgs,
            "keys": n,
            "languages": w,
        },
    )


# ============================================================================================
# 3. policy-compliant / censorship-safe rewrites through VPN exits, burned cards


def apagoreuein(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "apagoreuein"
    n = irange(rng, 12, 28)
    exits = cloud(rng, irange(rng, 12, 25), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 4, 10), "vultr"
    )
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    w = {"zh": 0.4, "en": 0.2, "ru": 0.15, "ar": 0.1, "tr": 0.08, "vi": 0.07}
    accts = []
    life_days = float(rng.uniform(0.8, 2.5))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for i in range(n):
        acct = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=exits
        )
        accts.append(acct)
        a = begin + (ctx.t1 - begin) * i / n + float(rng.uniform(0, 6)) * HOUR
        b = min(ctx.t1, a + life_days * DAY * float(rng.uniform(0.6, 1.4)))
        ts = thinned(
            rng, a, b, float(rng.uniform(3, 10)) * (b - a) / HOUR, lambda t: np.ones(len(t))
        )
        langs = _langs(rng, w, len(ts))
        prompts = [texts.policy_prompt(rng, lang, ctx.passages) for lang in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            ips=sticky(rng, ts, exits, float(rng.uniform(0.5, 2)) * HOUR),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "staggered burner keys, steady low rate each",
            "ip_source": "VPN exits (hosting)",
            "payment": "one stolen card per key",
            "key_life_days": life_days,
            "keys": n,
            "languages": w,
            "user_agent": ua,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts from an office-hours rollout farm


def skamma(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "skamma"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 8, 9, 3))
    prov = pick(rng, ("alibaba", "tencent", "aws", "huawei"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2")),
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=tz,
        )
        for _ in range(n)
    ]
    curve = _mix((workday(tz, weekend=0.5, night=0.15), 1.0))
    episodes_per_hour = float(rng.uniform(0.5, 1.5))
    w = {"en": 0.75, "zh": 0.25}
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for acct in accts:
        starts = thinned(rng, begin, ctx.t1, episodes_per_hour * (ctx.t1 - begin) / HOUR, curve)
        for s in starts.tolist():
            k = irange(rng, 3, 14)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
            lang = _langs(rng, w, 1)[0]
            style = irange(rng, 0, 2)
            task = texts.agent_task(rng)
            prompts = [texts.agent_prompt(rng, lang, style, task, j) for j in range(k)]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9),
                comp_median=320.0,
                extra=irange(rng, 600, 2400),
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes of chained steps, office hours with night and weekend load",
            "tz": tz,
            "ip_source": f"cloud ({prov})",
            "payment": "one corporate card",
            "keys": n,
            "episodes_per_key_hour": episodes_per_hour,
            "languages": w,
        },
    )


# ============================================================================================
# 5. synthetic dataset generation along a curriculum grid, nightly cron


def paidotribes(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "paidotribes"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for _ in range(n)
    ]
    grid = texts.curriculum(rng)
    w = {"en": 0.6, "fr": 0.15, "pt": 0.15, "hi": 0.1}
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    per_hour = float(rng.uniform(30, 70))
    curve = nightly(start_h, hours, tz)
    pos = 0
    for j, acct in enumerate(accts):
        # a sequential script: one request as soon as the previous one returns (regular, not Poisson)
        step = HOUR / per_hour
        grid_ts = np.arange(ctx.t0 + j * 7.0, ctx.t1, step)
        ts = np.sort(
            grid_ts[curve(grid_ts) > 0]
            + rng.normal(0, 0.08 * step, size=int((curve(grid_ts) > 0).sum()))
        )
        langs = _langs(rng, w, len(ts))
        prompts = []
        for lang in langs:
            prompts.append(
                texts.dataset_prompt(rng, grid[pos % len(grid)], lang, pick(rng, (10, 20, 25, 50)))
            )
            pos += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=2200.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum sweep)",
            "pacing": "nightly cron window",
            "window_local": [start_h, hours],
            "tz": tz,
            "per_hour": per_hour,
            "ip_source": "cloud (gcp)",
            "payment": "one card",
            "keys": n,
            "grid_cells": len(grid),
            "languages": w,
        },
    )


# ============================================================================================
# 6. best-of-n and soft-label sampling


def kotinos(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kotinos"
    n = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "linode"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2")),
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n)
    ]
    items_per_hour = float(rng.uniform(1, 3))
    best_of = irange(rng, 4, 12)
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    for acct in accts:
        starts = thinned(
            rng, begin, ctx.t1, items_per_hour * (ctx.t1 - begin) / HOUR, lambda t: np.ones(len(t))
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            if chance(rng, 0.5):
                item = texts.soft_label_prompt(rng, irange(rng, 0, 2))
                k = irange(rng, 1, 3)
            else:
                item = texts.open_item(rng, ctx.chat)
                k = max(2, int(rng.poisson(best_of)))
            ts_all.append(s + np.cumsum(rng.exponential(0.4, size=k)))
            prompts.extend([item] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=280.0,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "identical prompt repeated n times within seconds",
            "best_of": best_of,
            "items_per_key_hour": items_per_hour,
            "ip_source": f"cloud ({prov})",
            "payment": "one card, 1-2 orgs",
            "keys": n,
        },
    )


# ============================================================================================
# 7. translation and code-porting harvest through rotating residential proxies


def gastrizein(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gastrizein"
    n = irange(rng, 6, 14)
    cards = [hexid(rng, "pay") for _ in range(3)]
    pool = resi(rng, irange(rng, 150, 400), "*")
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
        )
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(15, 40))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    fan = irange(rng, 4, 9)
    share_code = float(rng.uniform(0.2, 0.5))
    for acct, ts in zip(accts, worker_pool(rng, begin, ctx.t1, per_hour, n), strict=True):
        prompts: list[str] = []
        text, targets = "", []
        style = irange(rng, 0, 2)
        while len(prompts) < len(ts):
            if chance(rng, share_code):
                prompts.append(texts.port_prompt(rng, texts.code_snippet(rng), style))
                continue
            if not targets:
                text = pick(rng, ctx.passages) if chance(rng, 0.6) else pick(rng, ctx.chat)
                while len(text) < 120:
                    text = pick(rng, ctx.passages)
                targets = [
                    texts.LANG_NAMES[i]
                    for i in rng.choice(len(texts.LANG_NAMES), size=fan, replace=False).tolist()
                ]
            prompts.append(texts.translation_prompt(rng, text, targets.pop(), style))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=picks(rng, pool, len(ts)),
            comp_median=650.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation / code-port harvest",
            "pacing": "poisson pool 24/7",
            "per_hour": per_hour,
            "fan_out_languages": fan,
            "share_code": share_code,
            "ip_source": "rotating residential proxy (per request)",
            "payment": "3 cards rotated",
            "keys": n,
            "user_agent": ua,
        },
    )


# ============================================================================================
# 8. multi-turn dialogue harvest, browser-like, sticky residential proxies


def ephedros(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ephedros"
    n = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    w = {"en": 0.55, "es": 0.15, "pt": 0.15, "id": 0.15}
    accts = []
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 8))
        pool = resi(rng, 30, REGION_OF_TZ[tz])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS + BG_BROWSERS[:2]),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        curve = _mix((evening_person(tz), 0.7), (lambda t: np.ones(len(t)), 0.3))
        sessions = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(4, 9)),
            curve,
            float(rng.uniform(8, 14)),
            float(rng.uniform(35, 90)),
        )
        for ts in sessions:
            if not len(ts):
                continue
            lang = _langs(rng, w, 1)[0]
            first = texts.opener(rng, lang, ctx.chat)
            # the operator's user simulator reads the model's answers: words from them come back
            seen = first + " " + texts.clip(pick(rng, ctx.passages), 600)
            prompts = [first] + [texts.follow_up(rng, lang, seen) for _ in range(len(ts) - 1)]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
                ips=sticky(rng, ts, pool, float(rng.uniform(20, 45)) * MINUTE),
                comp_median=420.0,
                extra=np.arange(len(ts)) * irange(rng, 250, 450),
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like sessions, evening-weighted but never idle",
            "ip_source": "sticky residential proxies in claimed region",
            "payment": f"{len(cards)} prepaid cards shared",
            "keys": n,
            "languages": w,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden inside a real consumer product's backend traffic


def theagenes(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "theagenes"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, texts.APPS)
    ua = pick(rng, BG_SDK[:2])
    egress = cloud(rng, irange(rng, 2, 5), "aws")
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=egress,
    )
    accts = [prod]
    curve = global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.55, 0.8)))
    volume = float(rng.uniform(2500, 4500))
    share = float(rng.uniform(0.15, 0.3))
    ts_prod = thinned(rng, ctx.t0, ctx.t1, volume, curve)
    h_begin = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    ts_h = thinned(
        rng, h_begin, ctx.t1, volume * share * (ctx.t1 - h_begin) / (ctx.t1 - ctx.t0), curve
    )
    plans = ("free", "free", "plus", "student")
    pre = [
        texts.app_prefix(app, pick(rng, plans)) + texts.clip(pick(rng, ctx.chat), 1500)
        for _ in ts_prod
    ]
    ctx.emit(
        rng,
        prod,
        ts_prod,
        pre,
        models=ctx.models(rng, ts_prod, p_new=0.3, p_mini=0.2),
        comp_median=330.0,
        err=0.01,
    )
    harvest = [
        texts.app_prefix(app, pick(rng, plans)) + texts.expert_question(rng, "en", casual=0.7)
        for _ in ts_h
    ]
    ctx.emit(
        rng,
        prod,
        ts_h,
        harvest,
        models=ctx.models(rng, ts_h, p_new=0.6, p_mini=0.05),
        comp_median=650.0,
        err=0.01,
    )
    if chance(rng, 0.7):
        tz = pick(rng, (-8, -5, 1))
        staging = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="staging",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(staging)
        ts_s = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 200)), workday(tz))
        st = [
            texts.app_prefix(app, "internal")
            + (
                texts.expert_question(rng, "en")
                if chance(rng, 0.5)
                else pick(rng, ("test", "hello", "ping - ignore"))
            )
            for _ in ts_s
        ]
        ctx.emit(rng, staging, ts_s, st, models=ctx.models(rng, ts_s, p_new=0.7), comp_median=300.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-answer harvest mixed into a real app's traffic",
            "pacing": "follows the product's global load",
            "product_events_mean": volume,
            "harvest_share": share,
            "ip_source": "cloud NAT egress (aws) + office for staging",
            "payment": "company card",
            "user_agent": ua,
            "app": app,
        },
    )


# ============================================================================================
# 10. HARD: bought aged personal accounts, taken over mid-window


def dioxippus(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dioxippus"
    n = irange(rng, 15, 30)
    operator_ua = pick(rng, BG_BROWSERS[:2])
    accts = []
    takes = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, 0, 1, 2, -3))
        owner_ua = pick(rng, BG_BROWSERS + MOBILE[:3] + BG_SDK[:1])
        home_ip = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(acct)
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        takes.append(take)
        # the owner's own history
        hist = _cat(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.3, 1.5)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                60.0,
            )
        )
        ctx.emit(
            rng,
            acct,
            hist,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in hist],
            models=ctx.models(rng, hist, p_new=0.15, p_mini=0.2),
            comp_median=300.0,
        )
        # after the takeover
        region = REGION_OF_TZ[tz]
        pool = resi(rng, 25, region)
        curve = _mix((evening_person(tz), 0.65), (lambda t: np.ones(len(t)), 0.35))
        after = _cat(
            session_times(
                rng,
                take + float(rng.uniform(2, 20)) * HOUR,
                ctx.t1,
                float(rng.uniform(5, 12)),
                curve,
                float(rng.uniform(4, 9)),
                float(rng.uniform(20, 50)),
            )
        )
        lang = {"latam": "pt", "eu": pick(rng, ("en", "de", "es"))}.get(region, "en")
        prompts = [
            texts.expert_question(rng, lang if chance(rng, 0.5) else "en", casual=0.6)
            if chance(rng, 0.7)
            else texts.clip(pick(rng, ctx.chat), 1500)
            for _ in after
        ]
        ua = operator_ua if chance(rng, 0.5) else owner_ua
        ctx.emit(
            rng,
            acct,
            after,
            prompts,
            models=ctx.models(rng, after, p_new=0.75, p_mini=0.08),
            ips=sticky(rng, after, pool, float(rng.uniform(1, 4)) * HOUR),
            ua=ua,
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-answer harvest through bought aged accounts",
            "pacing": "owner's light history, then person-like sessions at 5-12/day",
            "takeover_days": [round((t - ctx.t0) / DAY, 2) for t in takes],
            "ip_source": "owner home IP, then residential proxies in the owner's region",
            "payment": "original owners' cards",
            "keys": n,
            "operator_user_agent": operator_ua,
        },
    )


# ============================================================================================
# 11. HARD: a paid crowd of real people at home, working through a question bank in waves


def polydamas(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "polydamas"
    n = irange(rng, 40, 70)
    op_cards = [hexid(rng, "pay") for _ in range(2)]
    n_waves = irange(rng, 4, 7)
    wave_starts = np.sort(rng.uniform(ctx.t0 + 0.6 * DAY, ctx.t1 - 0.5 * DAY, size=n_waves))
    wave_len = float(rng.uniform(18, 36)) * HOUR

    def waves(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        on = np.zeros(len(ts))
        for s in wave_starts.tolist():
            on = np.maximum(on, ((ts >= s) & (ts < s + wave_len)).astype(np.float64))
        return on

    lang_of_tz = {
        5: ("en", "hi"),
        8: ("en", "id"),
        -3: ("pt", "es"),
        1: ("en", "de"),
        3: ("ru", "en"),
        2: ("en",),
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, (5, 5, 8, -3, -3, 1, 3, 2))
        mobile = tz in (5, -3) and chance(rng, 0.4)
        ua = (
            pick(rng, MOBILE[:3] + BG_BROWSERS[2:3])
            if mobile
            else pick(rng, BROWSERS + BG_BROWSERS[:2])
        )
        pay = pick(rng, op_cards) if chance(rng, 0.2) else None
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        personal = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.6)

        def curve(ts: np.ndarray, personal=personal) -> np.ndarray:
            return personal(ts) * waves(ts)

        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 2.5)),
            curve,
            float(rng.uniform(6, 14)),
            float(rng.uniform(60, 200)),
        )
        langs = lang_of_tz[tz]
        flair = pick(rng, ("", "", "Q: ", "Answer in detail: ", "pls explain ", "Question - "))
        for ts in sessions:
            if not len(ts):
                continue
            prompts = []
            for _ in ts:
                if chance(rng, 0.08):
                    prompts.append(
                        pick(rng, ("continue", "more detail please", "can you add examples?"))
                    )
                    continue
                lang = pick(rng, langs)
                q = texts.expert_question(rng, lang, casual=0.2)
                prompts.append(texts.typo(rng, flair + q, 0.04))
            ips = mobile_v6(rng, 1, {5: "in_mobile", -3: "br_mobile"}[tz]) if mobile else None
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.75, p_mini=0.1),
                ips=ips[0] if ips else None,
                comp_median=560.0,
                err=0.005,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "question-bank harvest by a paid crowd",
            "pacing": "workers' own hours, only while a task wave is open",
            "waves": n_waves,
            "wave_hours": wave_len / HOUR,
            "ip_source": "workers' homes and phones",
            "payment": "own cards; ~20% on 2 operator cards",
            "keys": n,
        },
    )


# ============================================================================================
# 12. HARD: replay of public prompts, one prepaid card and residential proxy per key


def sostratus(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sostratus"
    n = irange(rng, 12, 25)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    begin = ctx.t0 + float(rng.uniform(2.5, 3.8)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, 0, 1))
        pool = resi(rng, irange(rng, 8, 20), REGION_OF_TZ[tz])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, BG_SDK[:2] + ("OpenAI/Python 1.58.1",)),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.05)
        start = begin + float(rng.uniform(0, 18)) * HOUR
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(3, 7)),
                curve,
                float(rng.uniform(4, 9)),
                float(rng.uniform(25, 70)),
            )
        )
        prompts = [ctx.chat[order[(cursor + i) % len(order)]] for i in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.12),
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR),
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-like chat prompts)",
            "pacing": "human-like sessions per key",
            "start_day": round((begin - ctx.t0) / DAY, 2),
            "ip_source": "sticky residential proxy per key",
            "payment": "one prepaid card per key",
            "keys": n,
            "prompts_used": cursor,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "kleitomachos": kleitomachos,
    "hellanodikes": hellanodikes,
    "apagoreuein": apagoreuein,
    "skamma": skamma,
    "paidotribes": paidotribes,
    "kotinos": kotinos,
    "gastrizein": gastrizein,
    "ephedros": ephedros,
    "theagenes": theagenes,
    "dioxippus": dioxippus,
    "polydamas": polydamas,
    "sostratus": sostratus,
}
