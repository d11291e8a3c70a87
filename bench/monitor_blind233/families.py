"""Campaign families of batch 233 (code names from glima, Icelandic belt wrestling).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes events
through `ctx.emit` and records the campaign through `ctx.campaign`. Everything (key counts, orgs,
cards, pacing, addresses, user agents, languages, models) is drawn from the family's own rng.
Families `habragd`, `ristarbragd`, `lausatok` and `hryggspenna` are built to look like
legitimate use (see the README card, to be read only after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind233 import texts as tx

#: user agents seen in the simulator's ordinary traffic (copied from its output, not its code)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
REGION_OF = {
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
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "es",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "en",
    8: "zh",
    9: "ja",
}


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _ramp(base: Callable, release: float, before: float) -> Callable:
    """`base` scaled down to `before` until the release (operators scale up on the new model)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return base(ts) * np.where(np.asarray(ts) >= release, 1.0, before)

    return f


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, one prepaid card, Poisson worker pool


def haelkrokur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "haelkrokur"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 5))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    langs, lw = ("en", "zh", "ru", "es"), (0.5, 0.25, 0.15, 0.1)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(30, 55))
    curve = _ramp(global_load(float(rng.uniform(0, 24)), 0.25), ctx.release, 0.35)
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [tx.reasoning_trace(rng, lg) for lg in tx.weighted(rng, langs, lw, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=950.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": 1,
            "payment": "one prepaid card",
            "pacing": "poisson worker pool, 0.35x before release",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "languages": list(langs),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, stolen cards one per key, cloud, script bursts


def klofbragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "klofbragd"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    langs, lw = ("en", "de", "ja"), (0.6, 0.2, 0.2)
    per_day = float(rng.uniform(5, 9))
    size = float(rng.uniform(25, 55))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
        acct = _camp(
            ctx, rng, fam, cid, "grader", ua=ua, ips=cloud(rng, irange(rng, 1, 2), provider)
        )
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), b=ctx.t1))
        prompts = [
            tx.judge(rng, lg, ctx.chat, ctx.passages) for lg in tx.weighted(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=220.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key",
            "pacing": "script bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": f"{provider} cloud",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a VPN exit pool, slow steady rate


def mjadmahnykkur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mjadmahnykkur"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("m247", "leaseweb", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 3, 4), 6) + cloud(rng, 4, "m247")
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    ua = "OpenAI/Python 1.58.1"
    hold = float(rng.uniform(1200, 3000))
    langs, lw = ("zh", "en", "ru", "es"), (0.4, 0.3, 0.15, 0.15)
    rate = float(rng.uniform(2.0, 4.5))
    accts = []
    for i in range(n_keys):
        acct = _camp(
            ctx, rng, fam, cid, "rewriter", org=orgs[i % 2], pay=pays[(i // 2) % 2], ua=ua, ips=pool
        )
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = [
            tx.policy_rewrite(rng, lg, ctx.chat, ctx.passages)
            for lg in tx.weighted(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "payment": "two prepaid cards",
            "pacing": "slow steady poisson",
            "per_hour_per_key": round(rate, 2),
            "ip_source": f"VPN exits ({provider}, m247)",
            "sticky_s": round(hold),
            "user_agent": ua,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories: episodes of growing transcripts from cloud workers


def snidglima(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "snidglima"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("gcp", "azure", "aws"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        _camp(
            ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    langs, lw = ("en", "fr", "es"), (0.75, 0.1, 0.15)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(4, 8))
    style = irange(rng, 0, 2)
    for acct, eps in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            k = irange(rng, 3, 10)
            task = tx.agent_task(rng, tx.weighted(rng, langs, lw, 1)[0])
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            for step, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(
                    tx.agent_step(
                        rng,
                        style if chance(rng, 0.8) else irange(rng, 0, 2),
                        task,
                        step,
                        ctx.passages,
                    )
                )
                extra.append(700 + 180 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=160.0,
            comp_sigma=0.6,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "company card",
            "pacing": "worker pool of 3-10 step episodes",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "languages": list(langs),
            "main_style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation: nightly bursts of long generations from small VPS


def hnehnykkur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hnehnykkur"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, (8, 3, 5, -3))
    langs, lw = ("en", "es", "pt", "de"), (0.5, 0.2, 0.15, 0.15)
    accts = []
    for _ in range(n_keys):
        provider = pick(rng, ("digitalocean", "vultr", "linode"))
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            ua="python-requests/2.32.3",
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = thinned(rng, start, ctx.t1, 2.2 * (ctx.t1 - start) / DAY, nightly(1.0, 5.0, tz))
        ts = _concat(
            bursts(
                rng, starts, float(rng.uniform(35, 80)), float(rng.uniform(5, 12)), 0.4, b=ctx.t1
            )
        )
        prompts = [tx.synth_dataset(rng, lg) for lg in tx.weighted(rng, langs, lw, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "prepaid card per key",
            "pacing": f"nightly bursts 01-06 local (tz {tz})",
            "ip_source": "small VPS",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through rotating residential proxies, browser user agents


def leggjarbragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "leggjarbragd"
    n_keys = irange(rng, 8, 14)
    pays = [hexid(rng, "pay") for _ in range(3)]
    regions = ("us", "eu", "latam", "sea", "in")
    langs, lw = ("en", "es", "de", "pt", "fr"), (0.6, 0.12, 0.1, 0.1, 0.08)
    accts = []
    for i in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_worker",
            pay=pays[i % 3],
            ua=pick(rng, BROWSERS),
            ips=resi(rng, 1, pick(rng, regions)),
        )
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 9)),
            constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(20, 45)),
            0.5,
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for s in sess:
            ip = resi(rng, 1, pick(rng, regions))[0]
            lang = tx.weighted(rng, langs, lw, 1)[0]
            for turn, ti in enumerate(s.tolist()):
                ts_all.append(ti)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 600) if turn == 0 else tx.follow_up(rng, lang)
                )
                ips.append(ip)
                extra.append(260 * turn)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=480.0,
            comp_sigma=0.55,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": 3,
            "payment": "three bought cards round robin",
            "pacing": "bot sessions around the clock",
            "ip_source": "rotating residential proxies, one exit per session",
            "user_agent": "browser strings",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each item repeated n times in a tight train


def innanfotarbragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "innanfotarbragd"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "aws", 1, 4)
    ua = "AsyncOpenAI/Python 1.60.0"
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=[pick(rng, block)])
        for _ in range(n_keys)
    ]
    langs, lw = ("en", "zh", "ko", "fr"), (0.55, 0.2, 0.15, 0.1)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    items_per_hour = float(rng.uniform(3.5, 6))
    p_soft = float(rng.uniform(0.5, 0.7))
    for acct, items in zip(
        accts, worker_pool(rng, start, ctx.t1, items_per_hour, n_keys), strict=True
    ):
        ts_all, prompts, comp = [], [], []
        for s in items.tolist():
            n = irange(rng, 4, 10)
            soft = chance(rng, p_soft)
            p = (
                tx.soft_label(rng, tx.weighted(rng, langs, lw, 1)[0], ctx.chat, ctx.passages)
                if soft
                else tx.continuation(rng, ctx.passages)
            )
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.4, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            comp.extend([6.0 if soft else 260.0] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "items repeated 4-10x in tight trains",
            "items_per_hour": round(items_per_hour, 1),
            "soft_share": round(p_soft, 2),
            "ip_source": "one rented aws /24",
            "user_agent": ua,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep plus translation harvest from one office line, slow and steady


def utanfotarbragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "utanfotarbragd"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, (1, 2, 3, 8, -3))
    office = home(rng, irange(rng, 1, 2), tz)
    langs = ("en", "es", "de", "fr", "pt", "zh", "ja", "ko")
    grid = [(s, c, lv, lg) for (s, c) in tx.CONCEPTS for lv in tx.LEVELS for lg in langs]
    order = rng.permutation(len(grid)).tolist()
    p_translate = float(rng.uniform(0.2, 0.4))
    rate = float(rng.uniform(8, 13))
    accts, pos = [], 0
    for _ in range(n_keys):
        acct = _camp(ctx, rng, fam, cid, "sweeper", ua="Go-http-client/2.0", ips=office, tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = []
        for _t in range(len(ts)):
            if chance(rng, p_translate):
                prompts.append(tx.translate_harvest(rng, pick(rng, langs[1:]), ctx.passages))
            else:
                s, c, lv, lg = grid[order[pos % len(order)]]
                pos += 1
                prompts.append(tx.lesson(rng, lg, s, c, lv, pos, len(grid)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=720.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep + translation harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "prepaid card per key",
            "pacing": "steady around the clock",
            "per_hour_per_key": round(rate, 1),
            "ip_source": f"office broadband tz {tz}",
            "translate_share": round(p_translate, 2),
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden inside a real writing/study product's backend traffic


def habragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "habragd"
    app = pick(rng, ("Quillnote", "Studiora", "Brightpad"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    provider = pick(rng, ("aws", "gcp"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, provider),
        )
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(13, 19)), 0.65)
    user_rate = float(rng.uniform(18, 30))
    harvest_rate = float(rng.uniform(5, 9))
    switch = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    locales = ("en-US", "en-GB", "es-MX", "de-DE", "pt-BR", "fr-FR")
    lw = (0.45, 0.15, 0.12, 0.1, 0.1, 0.08)
    lang_of = {
        "en-US": "en",
        "en-GB": "en",
        "es-MX": "es",
        "de-DE": "de",
        "pt-BR": "pt",
        "fr-FR": "fr",
    }
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, load)
    harvest = worker_pool(
        rng, ctx.t0 + 1.5 * DAY, ctx.t1, harvest_rate, n_keys, _ramp(load, switch, 0.5)
    )
    for acct, u_ts, h_ts in zip(accts, users, harvest, strict=True):
        prompts = []
        for _t in range(len(u_ts)):
            loc = tx.weighted(rng, locales, lw, 1)[0]
            prompts.append(
                tx.app_wrap(app, pick(rng, tx.APP_MODES), tx.clip(pick(rng, ctx.chat), 900), loc)
            )
        for _t in range(len(h_ts)):
            loc = tx.weighted(rng, locales, lw, 1)[0]
            lg = lang_of[loc]
            if chance(rng, 0.5):
                s, c = pick(rng, tx.CONCEPTS)
                body = tx.lesson(rng, lg, s, c, pick(rng, tx.LEVELS), irange(rng, 1, 40), 40)
            elif lg in ("es",) and chance(rng, 0.7):
                body = tx.problem_es(rng)
            else:
                body = tx.casual_harvest(rng) if chance(rng, 0.4) else tx.problem_en(rng)
            prompts.append(tx.app_wrap(app, pick(rng, ("explain", "answer")), body, loc))
        ts = np.concatenate([u_ts, h_ts])
        models = [
            ctx.new_model
            if t >= switch
            else (ctx.old_models[-1] if chance(rng, 0.1) else ctx.old_models[0])
            for t in ts.tolist()
        ]
        comp = np.concatenate([np.full(len(u_ts), 330.0), np.full(len(h_ts), 520.0)])
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, extra=90)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "app": app,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "product load curve, harvest injected into the same queue",
            "user_per_hour": round(user_rate, 1),
            "harvest_per_hour": round(harvest_rate, 1),
            "model_switch": switch,
            "ip_source": f"{provider} NAT gateways",
            "user_agent": ua,
            "languages": ["en", "es", "de", "pt", "fr"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought / compromised aged accounts switched to a low-volume harvest


def ristarbragd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ristarbragd"
    n = irange(rng, 10, 16)
    takeover_base = ctx.release + float(rng.uniform(-1.0, 0.4)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_UAS)
        acct = _camp(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        curve = evening_person(tz)
        # the previous owner's own use, before the takeover
        takeover = takeover_base + float(rng.uniform(0, 0.8)) * DAY
        own = _concat(
            session_times(rng, ctx.t0, takeover, float(rng.uniform(0.8, 2.5)), curve, 3.0, 50.0)
        )
        ctx.emit(
            rng,
            acct,
            own,
            [tx.clip(pick(rng, ctx.chat), 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2, p_mini=0.15),
        )
        # the operator's harvest through residential proxies in the owner's region
        proxies = resi(rng, irange(rng, 4, 8), REGION_OF[tz])
        har = _concat(
            session_times(
                rng,
                takeover,
                ctx.t1,
                float(rng.uniform(5, 10)),
                evening_person(tz, 4.0),
                float(rng.uniform(4, 7)),
                float(rng.uniform(30, 60)),
            )
        )
        keep_ua = chance(rng, 0.75)
        ctx.emit(
            rng,
            acct,
            har,
            [tx.casual_harvest(rng) for _ in range(len(har))],
            models=ctx.models(rng, har, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, har, proxies, 2 * HOUR),
            ua=ua if keep_ua else "OpenAI/Python 1.54.0",
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts taken over for a slow harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "pacing": "owner's sessions, then person-like harvest sessions",
            "takeover_base": takeover_base,
            "ip_source": "home IP, then residential proxies in the same region",
            "user_agent": "kept from the owner (75 %)",
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow crowd of person-like accounts asking a coverage plan's questions


def lausatok(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lausatok"
    n = irange(rng, 30, 45)
    cards = [hexid(rng, "pay") for _ in range(int(n * 0.8))]
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, MOBILE + BROWSERS + BG_UAS[:2] + BG_UAS[3:4])
        mobile = ua in MOBILE and chance(rng, 0.6)
        ips = (
            mobile_v6(rng, 3, pick(rng, ("us_mobile", "eu_mobile", "br_mobile", "in_mobile")))
            if mobile
            else home(rng, 1, tz)
        )
        acct = _camp(
            ctx, rng, fam, cid, "crowd_member", pay=cards[i % len(cards)], ua=ua, ips=ips, tz=tz
        )
        accts.append(acct)
        start = ctx.t0 + float(rng.uniform(2.0, 4.5)) * DAY
        ts = _concat(
            session_times(
                rng, start, ctx.t1, float(rng.uniform(1.2, 2.5)), evening_person(tz), 4.0, 70.0, 0.9
            )
        )
        lang = LANG_OF_TZ[tz] if chance(rng, 0.7) else "en"
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.crowd_question(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=500.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "payment": "bought card batch, a few shared",
            "pacing": "evening sessions, ~2 per day",
            "ip_source": "home broadband / carrier v6 per member",
            "user_agent": "browsers, phones, common SDK",
            "languages": "per member time zone",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) public prompt replay through an ordinary-looking company team


def hryggspenna(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hryggspenna"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, (1, -5, 0, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = home(rng, 1, tz)
    ua = "OpenAI/Python 1.54.0"
    accts = [
        _camp(ctx, rng, fam, cid, "replayer", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
        for _ in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(300, 650)), workday(tz))
        prompts = [ctx.chat[order[(pos + j) % len(order)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.15),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "company card",
            "pacing": f"office hours tz {tz}",
            "ip_source": "one office NAT",
            "user_agent": ua,
            "languages": "whatever the public prompts are in",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "haelkrokur": haelkrokur,
    "klofbragd": klofbragd,
    "mjadmahnykkur": mjadmahnykkur,
    "snidglima": snidglima,
    "hnehnykkur": hnehnykkur,
    "leggjarbragd": leggjarbragd,
    "innanfotarbragd": innanfotarbragd,
    "utanfotarbragd": utanfotarbragd,
    "habragd": habragd,
    "ristarbragd": ristarbragd,
    "lausatok": lausatok,
    "hryggspenna": hryggspenna,
}
