"""Campaign families of blind batch 299 (code names from mölkky).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events through `ctx.emit` and records itself with `ctx.campaign`. Every draw comes from the
family's own generator, in an order that does not depend on the process (lists and sorted keys
only). Four of the twelve (`three_misses`, `bust_to_25`, `pin_cluster`, `exact_fifty`) are built
to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    SDK_COMMON,
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
from bench.monitor_blind299 import texts as tx

#: user agents that are common in the simulator's campaign-free background (seen in its output)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_WEIGHTS = (0.52, 0.15, 0.12, 0.09, 0.07, 0.05)
BG_BROWSERS = BG_UAS[1], BG_UAS[3]

_EMPTY = np.empty(0)


def bg_ua(rng: np.random.Generator) -> str:
    return tx.choose(rng, BG_UAS, BG_UA_WEIGHTS)


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else _EMPTY


def lang_mix(rng: np.random.Generator, langs: list[str], conc: list[float]) -> list[float]:
    return [round(float(x), 4) for x in rng.dirichlet(np.asarray(conc, dtype=np.float64))]


def draw_langs(
    rng: np.random.Generator, langs: list[str], weights: list[float], n: int
) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w / w.sum()).tolist()]


def u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _tz_lang(rng: np.random.Generator, tz: int) -> str:
    if tz == 9:
        return "ja"
    if tz in (1, 2) and chance(rng, 0.45):
        return pick(rng, ("de", "fr", "es"))
    if tz == -3 and chance(rng, 0.6):
        return "es"
    return "en"


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented hosting blocks


def birch_pin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "birch_pin"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 3, 6), 4)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en", "zh", "ru", "es"]
    weights = lang_mix(rng, langs, [3.0, 2.0, 1.0, 1.0])
    styles = sorted(rng.choice(4, size=irange(rng, 2, 3), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        for i in range(n_keys)
    ]
    pilot_start = ctx.release - u(rng, 0.2, 0.6) * DAY
    n_pilot = min(3, n_keys)
    pilot = worker_pool(rng, pilot_start, ctx.release, u(rng, 8, 20), n_pilot)
    main_start = ctx.release + u(rng, 0.05, 0.3) * DAY
    rate = u(rng, 55, 100)
    main = worker_pool(rng, main_start, ctx.t1, rate, n_keys)
    comp = u(rng, 1100, 1800)
    for i, a in enumerate(accts):
        ts = cat([pilot[i] if i < n_pilot else _EMPTY, main[i]])
        prompts = [
            tx.reasoning_coercion(rng, lg, styles)
            for lg in draw_langs(rng, langs, weights, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} /24 blocks",
            "user_agent": ua,
            "pacing": "worker pool (Poisson), 24/7",
            "pilot_start": pilot_start,
            "main_start": main_start,
            "per_hour": round(rate, 2),
            "languages": langs,
            "language_weights": weights,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch jobs


def scorekeeper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "scorekeeper"
    n_keys = irange(rng, 5, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - u(rng, 0.5, 1.5) * DAY
    every = u(rng, 2.5, 6.0) * HOUR
    starts = np.arange(start + u(rng, 0, every), ctx.t1, every)
    starts = starts + rng.normal(0, 600, size=len(starts))
    size = u(rng, 140, 300)
    trains = bursts(rng, starts, size, u(rng, 0.6, 2.0), 0.5, b=ctx.t1)
    ts_all = np.concatenate(trains) if trains else _EMPTY
    who = np.arange(len(ts_all)) % n_keys
    langs = ["en", "ko", "ja", "de"]
    weights = lang_mix(rng, langs, [4.0, 1.0, 1.0, 1.0])
    for i, a in enumerate(accts):
        ts = np.sort(ts_all[who == i])
        prompts = [
            tx.judge_prompt(rng, lg, irange(rng, 0, 3), ctx.chat, ctx.passages)
            for lg in draw_langs(rng, langs, weights, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=280,
            comp_sigma=0.55,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{provider} NAT, one address per key",
            "user_agent": ua,
            "pacing": "batch trains every few hours, round-robin over keys",
            "every_h": round(every / HOUR, 2),
            "train_size": round(size, 1),
            "start": start,
            "languages": langs,
            "language_weights": weights,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe rewrites through a rotating residential proxy


def re_erect(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "re_erect"
    n_keys = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 300, 600), region)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
    langs = ["en", "zh", "ru", "ar"]
    weights = lang_mix(rng, langs, [2.0, 2.0, 1.0, 1.0])
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=[pool[0]]
        )
        accts.append(a)
        onboard = ctx.release + u(rng, -0.3, 1.0) * DAY
        rate = u(rng, 3, 9)
        ts = thinned(rng, onboard, ctx.t1, rate * (ctx.t1 - onboard) / HOUR, constant)
        prompts = [
            tx.safe_rewrite(rng, lg, ctx.passages)
            for lg in draw_langs(rng, langs, weights, len(ts))
        ]
        r = rng.random(len(ts))
        status = np.where(r < 0.02, 429, np.where(r < 0.035, 400, 200))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, pool, 600),
            comp_median=450,
            comp_sigma=0.6,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one card per key (different issuers)",
            "ip_source": f"rotating residential proxy ({region}), 10-min sticky",
            "user_agent": ua,
            "pacing": "slow steady Poisson per key, 24/7, staggered onboarding",
            "languages": langs,
            "language_weights": weights,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, one request per step


def backswing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "backswing"
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    start = ctx.release - u(rng, 0.1, 0.5) * DAY
    rate = u(rng, 1.0, 2.0)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        accts.append(a)
        style = irange(rng, 0, 2)
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        gap = u(rng, 3, 9)
        ts_l, pr_l, ex_l, cm_l, md_l = [], [], [], [], []
        for s in starts.tolist():
            k = 2 + int(rng.poisson(5))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            task, tools = tx.agent_task(rng), pick(rng, tx._TOOLSETS)
            model = ctx.models(rng, np.array([s]), 0.9, 0.02)[0]
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.agent_step(rng, task, tools, j, style))
                ex_l.append(0 if j == 0 else 120 + 260 * j)
                cm_l.append(520.0 if j == k - 1 else 170.0)
                md_l.append(model)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=md_l,
            comp_median=np.asarray(cm_l),
            comp_sigma=0.5,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "aws, two addresses per key",
            "user_agent": ua,
            "pacing": "episodes (Poisson starts), steps a few seconds apart",
            "episodes_per_hour_per_key": round(rate, 2),
            "start": start,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-dataset generation, nightly from an Asian cloud


def fifty_points(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fifty_points"
    n_keys = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "oracle"))
    shared = cloud(rng, 2, provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    tz = 8
    start_h, hours = u(rng, 21, 23.5), u(rng, 7, 10)
    curve = nightly(start_h, hours, tz)
    langs = ["en", "zh", "id", "hi", "es", "pt"]
    weights = lang_mix(rng, langs, [2.5, 2.0, 1.0, 1.0, 1.0, 1.0])
    start = ctx.t0 + u(rng, 0.0, 1.5) * DAY
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, 1, provider) + shared,
        )
        accts.append(a)
        per_h = u(rng, 10, 22)
        ts = thinned(rng, start, ctx.t1, per_h * (hours / 24.0) * (ctx.t1 - start) / HOUR, curve)
        prompts = [
            tx.synth_dataset(rng, lg, ctx.chat) for lg in draw_langs(rng, langs, weights, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            comp_median=1700,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "pacing": f"nightly window from {start_h:.1f} h UTC+8",
            "hours": round(hours, 2),
            "languages": langs,
            "language_weights": weights,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest dressed as consumer chat sessions


def three_misses(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "three_misses"
    n = irange(rng, 20, 34)
    tzs = (-8, -5, -5, -3, 0, 1, 2, 9)
    p_chat = u(rng, 0.3, 0.7)
    p_new = u(rng, 0.5, 0.75)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = _tz_lang(rng, tz)
        pool = home(rng, irange(rng, 8, 20), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        onboard = ctx.release - u(rng, 0.5, 1.5) * DAY
        sess = session_times(
            rng, onboard, ctx.t1, u(rng, 2.5, 5.0), evening_person(tz), u(rng, 5, 9), u(rng, 35, 80)
        )
        if not sess:
            sess = [np.array([ctx.t1 - u(rng, 1, 5) * HOUR])]
        starts = np.array([s[0] for s in sess])
        s_models = ctx.models(rng, starts, p_new, 0.02)
        ts_l, pr_l, md_l, ip_l = [], [], [], []
        for s, m in zip(sess, s_models, strict=True):
            ip = pick(rng, pool)
            for j, tj in enumerate(s.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.dialogue_turn(rng, lang, j, ctx.chat, p_chat))
                md_l.append(m)
                ip_l.append(ip)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=md_l,
            ips=ip_l,
            comp_median=430,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (user-simulator follow-ups)",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid virtual card per key",
            "ip_source": "residential proxy exits in the persona's region, one per session",
            "user_agent": "common background UAs",
            "pacing": "human-like evening sessions",
            "p_public_openers": round(p_chat, 3),
            "p_new_model": round(p_new, 3),
            "languages": ["en", "es", "de", "fr", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels through VPN exits


def topple(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "topple"
    n_keys = irange(rng, 5, 8)
    org = hexid(rng, "org")
    pool = cloud(rng, 30, "m247") + cloud(rng, 20, "leaseweb")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    start = ctx.release + u(rng, 0.02, 0.2) * DAY
    p_soft = u(rng, 0.3, 0.55)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(a)
        jobs = thinned(rng, start, ctx.t1, u(rng, 1.2, 2.5) * (ctx.t1 - start) / HOUR, constant)
        ts_l, pr_l, md_l, cm_l = [], [], [], []
        for s in jobs.tolist():
            soft = chance(rng, p_soft)
            k = irange(rng, 2, 4) if soft else irange(rng, 4, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
            p = tx.soft_label(rng, irange(rng, 0, 1)) if soft else tx.bestof_prompt(rng, ctx.chat)
            m = ctx.models(rng, np.array([s]), 0.95, 0.0)[0]
            ts_l.extend(t.tolist())
            pr_l.extend([p] * k)
            md_l.extend([m] * k)
            cm_l.extend([330.0 if soft else 620.0] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=md_l,
            ips=sticky(rng, ts, pool, 3600),
            comp_median=np.asarray(cm_l),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card per key (stolen)",
            "ip_source": "VPN exits (m247, leaseweb), hourly sticky",
            "user_agent": ua,
            "pacing": "Poisson jobs, each n identical requests seconds apart",
            "start": start,
            "p_soft": round(p_soft, 3),
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep walked in grid order, nightly


def leaning_pin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "leaning_pin"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/Python 1.63.2"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "gcp"),
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, (8, 3, 5))
    lw = {
        "en": 1.0,
        "zh": u(rng, 0.2, 0.8),
        "ar": u(rng, 0.1, 0.6),
        "hi": u(rng, 0.1, 0.6),
        "fr": u(rng, 0.1, 0.5),
    }
    grid = tx.curriculum_grid(lw, rng)
    rate, dur = u(rng, 100, 170), u(rng, 3, 5)
    first_night = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + 1.0 * HOUR
    ts_all, cells = [], []
    ptr, reset = 0, False
    for night in range(8):
        a0 = first_night + night * DAY + rng.normal(0, 300)
        t = thinned(rng, a0, a0 + dur * HOUR, rate * dur, constant)
        if not reset and a0 >= ctx.release:
            ptr, reset = 0, True
        for tj in t.tolist():
            ts_all.append(tj)
            cells.append(grid[ptr % len(grid)])
            ptr += 1
    ts_arr = np.asarray(ts_all)
    who = np.arange(len(ts_arr)) % n_keys
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i).tolist()
        ts = ts_arr[sel]
        prompts = [tx.curriculum_prompt(rng, cells[j]) for j in sel]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=950,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x topic x level x language)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "gcp, one address per key",
            "user_agent": ua,
            "pacing": f"nightly 01:00 UTC{tz:+d}, {dur:.1f} h at {rate:.0f}/h, restarted on the new model",
            "grid_cells": len(grid),
            "language_weights": {k: round(v, 3) for k, v in lw.items()},
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: each source segment fanned out to many languages


def pin_twelve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pin_twelve"
    n_keys = irange(rng, 4, 8)
    pool = cloud(rng, 25, "m247") + cloud(rng, 15, pick(rng, ("leaseweb", "vultr")))
    ua = pick(rng, SDK_COMMON[:3])
    tz = pick(rng, (1, 2, 3))
    curve = workday(tz, weekend=0.5, night=0.08)
    start = ctx.t0 + u(rng, 0.5, 2.5) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=ua,
            ips=[pool[0]],
            tz=tz,
        )
        accts.append(a)
        style = irange(rng, 0, 3)
        jobs = thinned(rng, start, ctx.t1, irange(rng, 80, 180), curve)
        ts_l, pr_l, cm_l = [], [], []
        for s in jobs.tolist():
            src = tx.segments(rng, ctx.passages, ctx.chat)
            m = irange(rng, 4, 10)
            tgts = [
                tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), size=m, replace=False).tolist()
            ]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(20), 0.7, size=m - 1))])
            for tj, tg in zip(t.tolist(), tgts, strict=True):
                ts_l.append(tj)
                pr_l.append(tx.translation_prompt(rng, src, tg, style))
                cm_l.append(max(20.0, len(src) / 3.2))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, pool, 1800),
            comp_median=np.asarray(cm_l),
            comp_sigma=0.3,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (one source, many targets)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": "VPN exits, 30-min sticky",
            "user_agent": ua,
            "pacing": f"office hours UTC{tz:+d}, also weekends",
            "start": start,
            "languages": list(tx.TARGETS),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden inside a real code-review product's traffic


def bust_to_25(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bust_to_25"
    product = pick(rng, ("Revuo", "LintLoop", "PatchPilot", "Codelantern"))
    n_keys = irange(rng, 3, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    curve = global_load(u(rng, 13, 17), u(rng, 0.5, 0.75))
    genuine = worker_pool(rng, ctx.t0, ctx.t1, u(rng, 18, 30), n_keys, curve)
    h_start = ctx.release + u(rng, 0.1, 0.6) * DAY
    h_rate = u(rng, 10, 20)
    harvest = worker_pool(rng, h_start, ctx.t1, h_rate, n_keys, curve)
    p_new_product = u(rng, 0.3, 0.55)
    dev_chat = tx.code_chat(ctx.chat)
    for i, a in enumerate(accts):
        g, h = genuine[i], harvest[i]
        pg = [
            tx.review_prompt(rng, product, False)
            if chance(rng, 0.55)
            else tx.ide_question(rng, dev_chat)
            for _ in range(len(g))
        ]
        ph = [tx.review_prompt(rng, product, True) for _ in range(len(h))]
        ts = np.concatenate([g, h])
        models = ctx.models(rng, g, p_new_product, 0.2) + ctx.models(rng, h, 0.98, 0.0)
        comp = np.concatenate([np.full(len(g), 380.0), np.full(len(h), 1500.0)])
        ctx.emit(rng, a, ts, pg + ph, models=models, comp_median=comp, comp_sigma=0.55, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest mixed into a live code-review product",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "product's aws NAT egress",
            "user_agent": ua,
            "pacing": "product's global load curve for both streams",
            "harvest_start": h_start,
            "harvest_per_hour": round(h_rate, 2),
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts asking expert questions


def pin_cluster(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pin_cluster"
    n = irange(rng, 40, 65)
    tzs = (-8, -5, -5, -3, 0, 1, 1, 2, 5, 8, 9)
    p_new = u(rng, 0.4, 0.7)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = _tz_lang(rng, tz)
        if lang == "fr" or (tz == -3 and chance(rng, 0.5)):
            lang = "pt" if tz == -3 else "es"
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="member",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        onboard = ctx.release + u(rng, 0.0, 1.0) * DAY
        sess = session_times(rng, onboard, ctx.t1, u(rng, 1.2, 3.0), evening_person(tz), 2.5, 90.0)
        ts = cat(sess) if sess else np.array([ctx.t1 - u(rng, 1, 20) * HOUR])
        prompts = [tx.crowd_question(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=650,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-question harvest spread over a person-like crowd",
            "keys": n,
            "orgs": n,
            "payment": "one card per account",
            "ip_source": "ISP-sticky residential proxies matched to persona timezone",
            "user_agent": "common background UAs",
            "pacing": "1-3 evening sessions a day, 2-3 questions each",
            "p_new_model": round(p_new, 3),
            "languages": ["en", "es", "pt", "de", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: bought aged accounts replaying a public prompt set after the release


def exact_fifty(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "exact_fifty"
    n = irange(rng, 12, 20)
    tzs = (-8, -5, -3, 0, 1, 2, 5)
    replay = [i for i in rng.permutation(len(ctx.chat)).tolist() if 10 <= len(ctx.chat[i]) <= 1800]
    ptr = 0
    p_new = u(rng, 0.5, 0.75)
    accts = []
    pivots = []
    for _ in range(n):
        tz = pick(rng, tzs)
        owner_ip = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=owner_ip,
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + u(rng, 0.15, 0.9) * DAY
        pivots.append(pivot)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        owner = cat(session_times(rng, ctx.t0, pivot, u(rng, 0.8, 2.5), curve, 3.0, 60.0))
        p_owner = [tx.human(rng, ctx.chat, 1500) for _ in range(len(owner))]
        pool = home(rng, irange(rng, 10, 25), tz)
        rate = u(rng, 3, 8)
        op = thinned(
            rng, pivot, ctx.t1, rate * (ctx.t1 - pivot) / HOUR, global_load(u(rng, 0, 24), 0.5)
        )
        p_op = []
        for _ in range(len(op)):
            p_op.append(ctx.chat[replay[ptr % len(replay)]])
            ptr += 1
        ts = np.concatenate([owner, op])
        ips = [owner_ip[0]] * len(owner) + sticky(rng, op, pool, 2 * HOUR)
        models = ctx.models(rng, owner, 0.2, 0.15) + ctx.models(rng, op, p_new, 0.0)
        comp = np.concatenate([np.full(len(owner), 350.0), np.full(len(op), 600.0)])
        ctx.emit(
            rng,
            a,
            ts,
            p_owner + p_op,
            models=models,
            ips=ips,
            comp_median=comp,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay through bought aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "original owners' cards",
            "ip_source": "owner's home IP, then residential proxies in the same region",
            "user_agent": "owner's UA kept",
            "pacing": "owner sessions, then steady 3-8/h per account after a staggered pivot",
            "pivots": pivots,
            "p_new_model": round(p_new, 3),
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "birch_pin": birch_pin,
    "scorekeeper": scorekeeper,
    "re_erect": re_erect,
    "backswing": backswing,
    "fifty_points": fifty_points,
    "three_misses": three_misses,
    "topple": topple,
    "leaning_pin": leaning_pin,
    "pin_twelve": pin_twelve,
    "bust_to_25": bust_to_25,
    "pin_cluster": pin_cluster,
    "exact_fifty": exact_fifty,
}
