"""Campaign families of batch 87 (astronomy code names), written without reading the monitor.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every parameter
(account counts, volumes, pacing, address sources, payment, languages, prompt styles) is drawn per
seed from `rng`.
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
    TZS,
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
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind87 import texts as T

G = np.random.Generator


# --------------------------------------------------------------------------------------------
# shared pieces


def _styles(rng: G, n_all: int, lo: int = 2, hi: int = 4) -> list[int]:
    k = min(n_all, irange(rng, lo, hi))
    return sorted(int(x) for x in rng.choice(n_all, size=k, replace=False))


def _langs(rng: G, main: str, others: tuple[str, ...], p_other: float) -> dict[str, float]:
    """A language mix: `main` plus up to two others sharing `p_other`."""
    if p_other <= 0 or not others:
        return {main: 1.0}
    extra = [
        str(x) for x in rng.choice(others, size=min(len(others), irange(rng, 1, 2)), replace=False)
    ]
    mix = {main: round(1.0 - p_other, 3)}
    for lang in extra:
        mix[lang] = round(p_other / len(extra), 3)
    return mix


def _draw_lang(rng: G, mix: dict[str, float]) -> str:
    u = rng.random() * sum(mix.values())
    for lang, w in mix.items():
        u -= w
        if u < 0:
            return lang
    return lang


def _payments(rng: G, n: int, mode: str) -> list[str]:
    """Billing instruments for n accounts: one shared card, a few cards, or one per account."""
    if mode == "one_card":
        return [hexid(rng, "pay")] * n
    if mode == "few_cards":
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, max(2, min(4, n))))]
        return [pick(rng, cards) for _ in range(n)]
    return [hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: G, n: int, p_shared: float) -> list[str]:
    if chance(rng, p_shared):
        return [hexid(rng, "org")] * n
    return [hexid(rng, "org") for _ in range(n)]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _pair_passages(rng: G, ctx: Ctx) -> tuple[str, str, str]:
    return pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)


def _ip_plan(rng: G, n: int) -> tuple[str, list[list[str]]]:
    """Where a pool of workers egresses: a rented /24 block, spread clouds, or per-key VPS."""
    mode = pick(rng, ("rented_block", "multi_cloud", "vps_per_key"))
    if mode == "rented_block":
        block = rented_block(rng, pick(rng, providers()), irange(rng, 1, 3), irange(rng, 3, 10))
        return f"{mode}", [[pick(rng, block) for _ in range(irange(rng, 1, 3))] for _ in range(n)]
    if mode == "multi_cloud":
        return mode, [cloud(rng, irange(rng, 1, 3), pick(rng, providers())) for _ in range(n)]
    prov = pick(rng, providers())
    return f"{mode}:{prov}", [cloud(rng, 1, prov) for _ in range(n)]


# --------------------------------------------------------------------------------------------
# 1. plate_solve: reasoning-trace coercion through a Poisson pool of worker keys


def plate_solve(ctx: Ctx, rng: G, cid: str) -> None:
    name = "plate_solve"
    n = irange(rng, 10, 18)
    styles = _styles(rng, 7, 2, 4)
    langs = _langs(rng, "en", ("zh", "es", "ru", "de"), float(rng.uniform(0.0, 0.5)))
    pay_mode = pick(rng, ("one_card", "few_cards", "per_key"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.35)
    ip_mode, ips = _ip_plan(rng, n)
    one_ua = chance(rng, 0.5)
    ua0 = sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua0 if one_ua else sdk_ua(rng),
            ips=ips[i],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_rate = float(rng.uniform(8, 40))
    post_rate = pre_rate * float(rng.uniform(1.5, 5.0))
    op_tz = pick(rng, (8, 3, 0, -5))
    curve = (
        constant if chance(rng, 0.6) else workday(op_tz, start=7, end=23, weekend=0.6, night=0.15)
    )
    pre = worker_pool(rng, start, max(start, ctx.release), pre_rate, n, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, post_rate, n, curve)
    p_new = float(rng.uniform(0.85, 0.99))
    comp = float(rng.uniform(900, 1800))
    for i, a in enumerate(accts):
        ts = _concat([pre[i], post[i]])
        prompts = [
            T.reasoning_prompt(rng, pick(rng, styles), _draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "n_keys": n,
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "ip_source": ip_mode,
            "payment": pay_mode,
            "user_agent": "one" if one_ua else "per key",
            "languages": langs,
            "styles": styles,
            "p_new": round(p_new, 2),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. bias_frame: synthetic-dataset generation, a few keys firing nightly batches


def bias_frame(ctx: Ctx, rng: G, cid: str) -> None:
    name = "bias_frame"
    n = irange(rng, 3, 6)
    pay_mode = pick(rng, ("one_card", "one_card", "few_cards"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.7)
    prov = pick(rng, providers())
    styles = _styles(rng, 6, 2, 5)
    langs = _langs(rng, "en", ("zh", "es", "fr", "ja"), float(rng.uniform(0.0, 0.4)))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(18, 24)), float(rng.uniform(4, 10))
    curve = nightly(start_h, hours, tz) if chance(rng, 0.6) else constant
    per_day = float(rng.uniform(4, 14))
    size, gap = float(rng.uniform(15, 70)), float(rng.uniform(1.0, 6.0))
    ua = sdk_ua(rng)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _concat(
            bursts(rng, thinned(rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, curve), size, gap)
        )
        prompts = [
            T.dataset_prompt(rng, pick(rng, styles), _draw_lang(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.95)), 0.15),
            comp_median=float(rng.uniform(1800, 3500)),
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "pacing": "nightly bursts" if curve is not constant else "bursts 24/7",
            "n_keys": n,
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": f"static cloud egress:{prov}",
            "payment": pay_mode,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. dark_frame: reward-model / rubric labels on ShareGPT answers


def dark_frame(ctx: Ctx, rng: G, cid: str) -> None:
    name = "dark_frame"
    n = irange(rng, 5, 10)
    pay_mode = pick(rng, ("few_cards", "per_key", "one_card"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.3)
    prov = pick(rng, ("gcp", "aws", "azure", "oracle", "alibaba"))
    styles = _styles(rng, 6, 2, 4)
    op_tz = pick(rng, (8, 9, 1, -8))
    day_rate = float(rng.uniform(60, 250))  # per key per day
    night_batch = chance(rng, 0.6)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="labeller",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, irange(rng, 1, 4), prov),
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        parts = [
            thinned(
                rng,
                s0,
                ctx.t1,
                day_rate * (ctx.t1 - s0) / DAY,
                workday(op_tz, 9, 21, 0.5, 0.05),
            )
        ]
        if night_batch:
            st = thinned(rng, s0, ctx.t1, 1.0 * (ctx.t1 - s0) / DAY, nightly(1.0, 3.0, op_tz))
            parts += bursts(rng, st, float(rng.uniform(40, 150)), float(rng.uniform(0.8, 4)))
        ts = _concat(parts)
        prompts, comp = [], []
        for _ in range(len(ts)):
            s = pick(rng, styles)
            q, x, y = _pair_passages(rng, ctx)
            prompts.append(T.rubric_prompt(rng, s, q, x, y))
            comp.append(650.0 if s == 3 else (260.0 if s in (2, 4) else 90.0))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.7, 0.95))),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "preference / rubric label harvest",
            "pacing": "operator working day" + (" + nightly batch" if night_batch else ""),
            "n_keys": n,
            "per_key_per_day": round(day_rate),
            "ip_source": f"cloud:{prov}",
            "payment": pay_mode,
            "styles": styles,
            "tz": op_tz,
            "languages": ["en", "zh"] if 4 in styles else ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. lucky_imaging: best-of-n / soft-label sampling (the same prompt fired k times)


def lucky_imaging(ctx: Ctx, rng: G, cid: str) -> None:
    name = "lucky_imaging"
    n = irange(rng, 4, 8)
    pay_mode = pick(rng, ("one_card", "few_cards", "per_key"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.5)
    styles = _styles(rng, 5, 2, 4)
    k_lo = irange(rng, 3, 6)
    k_hi = k_lo + irange(rng, 2, 10)
    jobs_per_hour = float(rng.uniform(8, 30))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    ip_mode, ips = _ip_plan(rng, n)
    starts = worker_pool(rng, start, ctx.t1, jobs_per_hour, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=sdk_ua(rng),
            ips=ips[i],
        )
        accts.append(a)
        ts_all, prompts, comp = [], [], []
        for s0 in starts[i].tolist():
            style = pick(rng, styles)
            p = T.mcq_prompt(rng, style)
            k = irange(rng, k_lo, k_hi)
            ts_all.append(s0 + np.cumsum(rng.exponential(float(rng.uniform(0.05, 1.5)), size=k)))
            prompts += [p] * k
            comp += [60.0 if style == 1 else 4.0] * k
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], float(rng.uniform(0.8, 0.99))),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.4,
            err=float(rng.uniform(0.02, 0.1)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "poisson jobs, k repeats each",
            "n_keys": n,
            "repeats": [k_lo, k_hi],
            "jobs_per_hour": round(jobs_per_hour, 1),
            "ip_source": ip_mode,
            "payment": pay_mode,
            "styles": styles,
            "languages": {"en": 1.0},
        },
    )


# --------------------------------------------------------------------------------------------
# 5. twilight_flat: censorship-safe rewrites of politically sensitive questions


def twilight_flat(ctx: Ctx, rng: G, cid: str) -> None:
    name = "twilight_flat"
    n = irange(rng, 4, 9)
    pay_mode = pick(rng, ("one_card", "few_cards"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.4)
    styles = _styles(rng, 5, 2, 4)
    p_zh = float(rng.uniform(0.3, 0.8))
    ip_src = pick(rng, ("china_cloud", "proxy_sea", "mixed"))
    proxy_pool = resi(rng, irange(rng, 20, 200), pick(rng, ("sea", "jp_kr", "us")))
    accts = []
    for i in range(n):
        if ip_src == "china_cloud" or (ip_src == "mixed" and i % 2 == 0):
            ips = cloud(
                rng, irange(rng, 1, 3), pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
            )
        else:
            ips = [pick(rng, proxy_pool)]
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rewriter",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=sdk_ua(rng),
            ips=ips,
            tz=8,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            workday(8, 9, 22, 0.3, 0.03),
            float(rng.uniform(8, 30)),
            float(rng.uniform(4, 25)),
            0.6,
        )
        ts = _concat(sessions)
        if ips[0] in proxy_pool:
            ip_ev = sticky(rng, ts, proxy_pool, float(rng.uniform(10, 60)) * MINUTE)
        else:
            ip_ev = None
        prompts = [
            T.rewrite_prompt(
                rng, pick(rng, styles), "zh" if chance(rng, p_zh) else "en", pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.7, 0.95))),
            ips=ip_ev,
            comp_median=float(rng.uniform(250, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe rewrite harvest",
            "pacing": "operator-day sessions (UTC+8)",
            "n_keys": n,
            "ip_source": ip_src,
            "payment": pay_mode,
            "styles": styles,
            "languages": {"zh": round(p_zh, 2), "en": round(1 - p_zh, 2)},
        },
    )


# --------------------------------------------------------------------------------------------
# 6. autoguider_pulse: agent / tool-use trajectories with long tool-schema prompts


def autoguider_pulse(ctx: Ctx, rng: G, cid: str) -> None:
    name = "autoguider_pulse"
    n = irange(rng, 5, 10)
    pay_mode = pick(rng, ("one_card", "few_cards", "per_key"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.6)
    styles = _styles(rng, 5, 2, 4)
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 12))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.54.0",
        ),
    )
    rate = float(rng.uniform(10, 45))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    pools = worker_pool(rng, start, ctx.t1, rate, n)
    extra_med = float(rng.uniform(900, 5000))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        accts.append(a)
        ts = pools[i]
        prompts = [T.agent_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        extra = rng.lognormal(np.log(extra_med), 0.5, size=len(ts)).astype(np.int64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.8, 0.98))),
            comp_median=float(rng.uniform(1200, 3000)),
            comp_sigma=0.5,
            extra=extra,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": "poisson worker pool 24/7",
            "n_keys": n,
            "rate_per_hour": round(rate, 1),
            "ip_source": f"rented_block:{prov}",
            "payment": pay_mode,
            "user_agent": ua,
            "styles": styles,
            "extra_prompt_tokens": round(extra_med),
            "languages": {"en": 1.0},
        },
    )


# --------------------------------------------------------------------------------------------
# 7. narrowband_stack: multilingual harvest through region-matched residential proxies

_LANG_REGION = {
    "es": "latam",
    "pt": "latam",
    "fr": "eu",
    "de": "eu",
    "it": "eu",
    "pl": "eu",
    "ru": "ru",
    "uk": "eu",
    "tr": "ru",
    "zh": "cn",
    "ja": "jp_kr",
    "ko": "jp_kr",
    "vi": "sea",
    "id": "sea",
    "sw": "*",
    "ar": "*",
    "hi": "in",
}


def narrowband_stack(ctx: Ctx, rng: G, cid: str) -> None:
    name = "narrowband_stack"
    n = irange(rng, 10, 18)
    pay_mode = pick(rng, ("few_cards", "per_key", "one_card"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.2)
    langs_all = [str(x) for x in rng.choice(T.ML_LANGS, size=irange(rng, 6, 12), replace=False)]
    styles = _styles(rng, 4, 2, 4)
    hold = float(rng.uniform(2, 40)) * MINUTE
    rate = float(rng.uniform(15, 50))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    pools = worker_pool(rng, start, ctx.t1, rate, n)
    ua_mode = pick(rng, ("one", "per_key"))
    ua0 = sdk_ua(rng)
    accts = []
    for i in range(n):
        my = [
            str(x)
            for x in rng.choice(
                langs_all, size=min(len(langs_all), irange(rng, 1, 3)), replace=False
            )
        ]
        pool = resi(rng, irange(rng, 30, 300), _LANG_REGION.get(my[0], "*"))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua0 if ua_mode == "one" else sdk_ua(rng),
            ips=pool,
        )
        accts.append(a)
        ts = pools[i]
        prompts = [
            T.multilingual_prompt(rng, pick(rng, styles), pick(rng, my)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.75, 0.97))),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(500, 1200)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multilingual harvest",
            "pacing": "poisson worker pool 24/7",
            "n_keys": n,
            "rate_per_hour": round(rate, 1),
            "ip_source": "residential proxy by language region",
            "sticky_minutes": round(hold / MINUTE, 1),
            "payment": pay_mode,
            "user_agent": ua_mode,
            "languages": langs_all,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. star_hop: curriculum sweep with account churn (keys replaced every few hours)


def star_hop(ctx: Ctx, rng: G, cid: str) -> None:
    name = "star_hop"
    n = irange(rng, 18, 30)
    pay_mode = pick(rng, ("few_cards", "per_key"))
    pays = _payments(rng, n, pay_mode)
    styles = _styles(rng, 4, 2, 4)
    langs = _langs(rng, "en", ("es", "pt"), float(rng.uniform(0.0, 0.35)))
    region = pick(rng, ("us", "eu", "*", "latam"))
    pool = resi(rng, irange(rng, 200, 1500), region)
    rotate = pick(rng, ("per_request", "sticky"))
    hold = float(rng.uniform(1, 15)) * MINUTE
    concurrent = irange(rng, 2, 4)
    span = ctx.t1 - ctx.t0
    life_mean = concurrent * span / n
    per_hour = float(rng.uniform(4, 18))
    ua = pick(
        rng,
        (
            "python-requests/2.32.3",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
        ),
    )
    accts = []
    for i in range(n):
        life = float(rng.uniform(0.5, 1.5)) * life_mean
        a0 = ctx.t0 + (i + float(rng.uniform(-0.4, 0.4))) * span / n
        a0 = min(max(a0, ctx.t0), ctx.t1 - HOUR)
        a1 = min(ctx.t1, a0 + life)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="churned_key",
            campaign_id=cid,
            org=hexid(rng, "org"),
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        ts = thinned(rng, a0, a1, per_hour * (a1 - a0) / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([min(a0 + 60.0, ctx.t1)])
        ips = (
            [pick(rng, pool) for _ in range(len(ts))]
            if rotate == "per_request"
            else sticky(rng, ts, pool, hold)
        )
        prompts = [
            T.curriculum_prompt(rng, pick(rng, styles), _draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.85, 0.99))),
            ips=ips,
            comp_median=float(rng.uniform(900, 1700)),
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "steady per key, keys churned",
            "n_keys": n,
            "concurrent_keys": concurrent,
            "key_life_hours": round(life_mean / HOUR, 1),
            "per_hour": round(per_hour, 1),
            "ip_source": f"residential proxy {region} ({rotate})",
            "payment": pay_mode,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. seeing_disk: a swarm of throwaway free-tier accounts, each used for a handful of requests


def seeing_disk(ctx: Ctx, rng: G, cid: str) -> None:
    name = "seeing_disk"
    n = irange(rng, 25, 45)
    after_release = float(rng.uniform(0.5, 0.9))
    per_acct = (irange(rng, 2, 5), irange(rng, 8, 18))
    mix = {
        "reasoning": round(float(rng.uniform(0.2, 0.6)), 3),
        "curriculum": round(float(rng.uniform(0.2, 0.5)), 3),
        "dataset": round(float(rng.uniform(0.0, 0.3)), 3),
    }
    rs, cs = _styles(rng, 7, 2, 4), _styles(rng, 4, 1, 3)
    ds = _styles(rng, 6, 1, 3)
    net = pick(rng, ("mobile_v6", "residential", "mixed"))
    v6kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        if net == "mobile_v6" or (net == "mixed" and chance(rng, 0.5)):
            ips, ua = mobile_v6(rng, 1, v6kind), pick(rng, MOBILE)
        else:
            ips, ua = home(rng, 1, tz), pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="throwaway",
            campaign_id=cid,
            ips=ips,
            ua=ua,
            tz=tz,
        )
        accts.append(a)
        if chance(rng, after_release):
            s0 = float(rng.uniform(ctx.release, ctx.t1 - HOUR))
        else:
            s0 = float(rng.uniform(ctx.t0, ctx.release))
        k = irange(rng, *per_acct)
        ts = s0 + np.cumsum(rng.lognormal(np.log(float(rng.uniform(20, 300))), 0.7, size=k))
        prompts = []
        for _ in range(k):
            w = rng.random() * sum(mix.values())
            if w < mix["reasoning"]:
                prompts.append(
                    T.reasoning_prompt(rng, pick(rng, rs), pick(rng, ("en", "en", "zh", "es")))
                )
            elif w < mix["reasoning"] + mix["curriculum"]:
                prompts.append(T.curriculum_prompt(rng, pick(rng, cs)))
            else:
                prompts.append(T.dataset_prompt(rng, pick(rng, ds)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(800, 1600)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "free-tier swarm harvest",
            "pacing": "one short burst per account",
            "n_keys": n,
            "requests_per_account": list(per_acct),
            "share_after_release": round(after_release, 2),
            "ip_source": f"{net} ({v6kind})",
            "payment": "none/unique per account",
            "mix": mix,
            "styles": {"reasoning": rs, "curriculum": cs, "dataset": ds},
            "languages": ["en", "zh", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. averted_vision: low-and-slow accounts that behave like people


def averted_vision(ctx: Ctx, rng: G, cid: str) -> None:
    name = "averted_vision"
    n = irange(rng, 25, 40)
    p_cover = float(rng.uniform(0.15, 0.45))
    styles = _styles(rng, 5, 2, 5)
    per_day = float(rng.uniform(0.8, 2.5))
    size_mean = float(rng.uniform(2, 5))
    gap = float(rng.uniform(60, 240))
    p_new = float(rng.uniform(0.3, 0.8))
    tz_set = [int(x) for x in rng.choice(TZS, size=irange(rng, 1, 4), replace=False)]
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_set)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(
                rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile"))
            )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9, 18, 0.2, 0.02)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _concat(
            session_times(
                rng, s0, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), curve, size_mean, gap
            )
        )
        prompts = [
            pick(rng, ctx.chat) if chance(rng, p_cover) else T.casual_prompt(rng, pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.08),
            comp_median=float(rng.uniform(500, 1000)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "people-like low-and-slow harvest",
            "pacing": "human sessions",
            "n_keys": n,
            "sessions_per_day": round(per_day, 2),
            "session_size": round(size_mean, 1),
            "think_time_s": round(gap),
            "cover_traffic_share": round(p_cover, 2),
            "tzs": tz_set,
            "ip_source": "home broadband (+ mobile)",
            "payment": "unique per account",
            "user_agent": "browsers",
            "styles": styles,
            "p_new": round(p_new, 2),
            "languages": {"en": 1.0},
        },
    )


# --------------------------------------------------------------------------------------------
# 11. light_pollution: a harvest hidden inside a real consumer product's traffic


def light_pollution(ctx: Ctx, rng: G, cid: str) -> None:
    name = "light_pollution"
    n = irange(rng, 1, 3)
    market_tz = pick(rng, (8, 5, -3, 3, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    p_inject = float(rng.uniform(0.08, 0.25))
    rs = _styles(rng, 7, 1, 3)
    ml = [str(x) for x in rng.choice(T.ML_LANGS, size=irange(rng, 1, 3), replace=False)]
    inject_after_release = chance(rng, 0.5)
    product_new = float(rng.uniform(0.3, 0.8))
    ua = sdk_ua(rng, 0.7)
    curve = global_load(float((20 - market_tz) % 24), float(rng.uniform(0.5, 0.85)))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 6), prov),
        )
        accts.append(a)
        vol = float(rng.uniform(1200, 4000))
        ts = thinned(rng, ctx.t0, ctx.t1, vol, curve)
        inj = rng.random(len(ts)) < p_inject
        if inject_after_release:
            inj &= ts >= ctx.release
        prompts, comp = [], []
        for is_h in inj.tolist():
            if not is_h:
                prompts.append(pick(rng, ctx.chat))
                comp.append(320.0)
            elif chance(rng, 0.6):
                prompts.append(T.reasoning_prompt(rng, pick(rng, rs)))
                comp.append(1200.0)
            else:
                prompts.append(T.multilingual_prompt(rng, irange(rng, 0, 3), pick(rng, ml)))
                comp.append(900.0)
        models = ctx.models(rng, ts, product_new)
        new_models = ctx.models(rng, ts, 0.98, 0.0)
        models = [nm if h else m for m, nm, h in zip(models, new_models, inj.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest blended into a consumer product's genuine traffic",
            "pacing": "product's diurnal load",
            "n_keys": n,
            "injected_share": round(p_inject, 2),
            "inject_only_after_release": inject_after_release,
            "market_tz": market_tz,
            "ip_source": f"product backend:{prov}",
            "payment": "one (the product's)",
            "user_agent": ua,
            "styles": {"reasoning": rs},
            "languages": ["en"] + ml,
            "product_p_new": round(product_new, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. sidereal_drift: multi-turn dialogue harvesting at human-like turn pacing


def sidereal_drift(ctx: Ctx, rng: G, cid: str) -> None:
    name = "sidereal_drift"
    n = irange(rng, 10, 18)
    pay_mode = pick(rng, ("few_cards", "per_key"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, 0.25)
    langs = _langs(rng, "en", ("zh", "es", "de"), float(rng.uniform(0.0, 0.5)))
    convs_per_day = float(rng.uniform(4, 16))
    turns = (irange(rng, 3, 5), irange(rng, 6, 12))
    think = float(rng.uniform(20, 90))
    p_chat_open = float(rng.uniform(0.1, 0.6))
    hist = float(rng.uniform(300, 900))
    op_tz = pick(rng, TZS)
    curve = constant if chance(rng, 0.5) else workday(op_tz, 8, 22, 0.7, 0.1)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 100, 800), region)
    ua_mode = pick(rng, ("browser", "sdk"))
    accts = []
    for i in range(n):
        ua = pick(rng, BROWSERS) if ua_mode == "browser" else sdk_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="dialogue_driver",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, s0, ctx.t1, convs_per_day * (ctx.t1 - s0) / DAY, curve)
        ts_l, pr, ip_l, ex = [], [], [], []
        for st in starts.tolist():
            lang = _draw_lang(rng, langs)
            k = irange(rng, *turns)
            t = st + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(think), 0.6, size=k - 1))]
            )
            ip = pick(rng, pool)
            for j in range(k):
                if j == 0:
                    pr.append(
                        pick(rng, ctx.chat)
                        if chance(rng, p_chat_open)
                        else T.dialogue_opener(rng, lang)
                    )
                else:
                    pr.append(T.follow_up(rng, lang))
                ex.append(int(j * hist))
                ip_l.append(ip)
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[j] for j in order],
            models=ctx.models(rng, ts, float(rng.uniform(0.7, 0.95))),
            ips=[ip_l[j] for j in order],
            extra=np.asarray([ex[j] for j in order]),
            comp_median=float(rng.uniform(500, 1100)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations with human think time",
            "n_keys": n,
            "conversations_per_day": round(convs_per_day, 1),
            "turns": list(turns),
            "think_time_s": round(think),
            "opener_from_chat": round(p_chat_open, 2),
            "ip_source": f"residential proxy {region}, one address per conversation",
            "payment": pay_mode,
            "user_agent": ua_mode,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 13. meridian_flip: sleeper accounts that look like ordinary coding customers until the release


def meridian_flip(ctx: Ctx, rng: G, cid: str) -> None:
    name = "meridian_flip"
    n = irange(rng, 3, 6)
    pay_mode = pick(rng, ("per_key", "few_cards"))
    pays = _payments(rng, n, pay_mode)
    delay_h = float(rng.uniform(0, 18))
    boost = float(rng.uniform(1.2, 4.0))
    keep_workday = chance(rng, 0.5)
    styles = _styles(rng, 7, 2, 4)
    agent_share = float(rng.uniform(0.0, 0.5))
    ags = _styles(rng, 5, 1, 3)
    accts = []
    for i in range(n):
        tz = pick(rng, (-5, 1, 8, 2, -8))
        ips = (
            cloud(rng, irange(rng, 1, 2), pick(rng, providers()))
            if chance(rng, 0.6)
            else home(rng, 1, tz)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sleeper",
            campaign_id=cid,
            org=hexid(rng, "org"),
            pay=pays[i],
            ua=sdk_ua(rng),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        flip = ctx.release + delay_h * HOUR + float(rng.uniform(0, 3)) * HOUR
        per_day = float(rng.uniform(10, 35))
        wd = workday(tz)
        pre = thinned(
            rng, ctx.t0, min(flip, ctx.t1), per_day * (min(flip, ctx.t1) - ctx.t0) / DAY, wd
        )
        post_curve = wd if keep_workday else constant
        post = thinned(
            rng, flip, ctx.t1, boost * per_day * max(0.0, ctx.t1 - flip) / DAY, post_curve
        )
        pre_p = [T.code_help(rng) for _ in range(len(pre))]
        post_p = [
            T.agent_prompt(rng, pick(rng, ags))
            if chance(rng, agent_share)
            else T.reasoning_prompt(rng, pick(rng, styles))
            for _ in range(len(post))
        ]
        ctx.emit(
            rng, a, pre, pre_p, models=ctx.models(rng, pre, 0.3, 0.2), comp_median=400.0, err=0.005
        )
        ctx.emit(
            rng,
            a,
            post,
            post_p,
            models=ctx.models(rng, post, 0.97, 0.0),
            comp_median=1300.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "sleeper accounts pivoting to harvest the new model",
            "pacing": "workday before; " + ("workday" if keep_workday else "24/7") + " after",
            "n_keys": n,
            "flip_delay_hours": round(delay_h, 1),
            "volume_boost": round(boost, 2),
            "ip_source": "cloud or home per key",
            "payment": pay_mode,
            "styles": styles,
            "agent_share": round(agent_share, 2),
            "languages": {"en": 1.0},
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, G, str], None]] = {
    "plate_solve": plate_solve,
    "bias_frame": bias_frame,
    "dark_frame": dark_frame,
    "lucky_imaging": lucky_imaging,
    "twilight_flat": twilight_flat,
    "autoguider_pulse": autoguider_pulse,
    "narrowband_stack": narrowband_stack,
    "star_hop": star_hop,
    "seeing_disk": seeing_disk,
    "averted_vision": averted_vision,
    "light_pollution": light_pollution,
    "sidereal_drift": sidereal_drift,
    "meridian_flip": meridian_flip,
}
