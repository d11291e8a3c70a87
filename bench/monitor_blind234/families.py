"""Campaign families of batch 234 (code names from hopscotch).

Each family is `f(ctx, rng, campaign_id)`: it draws its own operation (keys, orgs, cards,
addresses, user agents, pacing, languages, models) from its own generator, writes events with
`ctx.emit` and registers its accounts and campaign in the truth. Draws never follow a set's
iteration order. The README card (read it only after the monitor's single run) describes each.
"""

from __future__ import annotations

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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
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
from bench.monitor_blind234 import texts as tx

#: the consumer-ISP region(s) of a UTC offset (as the simulator's address map has them)
REGION = {
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


def _choose(rng: np.random.Generator, options: tuple, weights: tuple) -> object:
    p = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def _subset(rng: np.random.Generator, options: tuple, k: int) -> list:
    return [options[i] for i in sorted(rng.permutation(len(options))[:k].tolist())]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion with a difficulty curriculum, hosting worker pool


def potsy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "potsy"
    n_keys = irange(rng, 8, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.6)
    langs = ["en", *_subset(rng, ("zh", "ru", "es"), irange(rng, 1, 3))]
    lang_w = np.asarray([0.55] + [0.45 / (len(langs) - 1)] * (len(langs) - 1))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(40, 80))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.4)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for t in ts.tolist():
            level = 1 + min(4, int(5 * (t - start) / (ctx.t1 - start)))
            lang = langs[int(rng.choice(len(langs), p=lang_w))]
            prompts.append(tx.reasoning_coercion(rng, level, lang, irange(rng, 0, 2)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion over a generated math/logic curriculum",
            "pacing": f"one Poisson worker pool, {per_hour:.0f}/h",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} shared prepaid cards",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading over residential proxies, bursts


def lagger(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lagger"
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 40, 90), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs = ("en", "zh", "ko", "de")
    lang_w = tuple(float(x) for x in rng.dirichlet((6.0, 2.0, 1.0, 1.0)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=ua,
            ips=[],
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    size = float(rng.uniform(25, 60))
    per_key = float(rng.uniform(3, 6))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_key * (ctx.t1 - start) / DAY, constant)
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.5, ctx.t1))
        prompts = []
        for _ in range(len(ts)):
            lang = str(_choose(rng, langs, lang_w))
            prompts.append(
                tx.judge_prompt(
                    rng,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    lang,
                    irange(rng, 0, 3),
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=280.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise judging, rubric scores, scalar rewards and critiques",
            "pacing": f"bursts of ~{size:.0f}, {per_key:.0f} bursts/key/day",
            "ip_source": f"residential proxy pool ({region}), sticky {hold / MINUTE:.0f} min",
            "payment": "2 shared cards",
            "orgs": n_keys,
            "user_agent": ua,
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites, rotating stolen-card keys over VPN exits


def beanbag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "beanbag"
    n_keys = irange(rng, 6, 12)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    pool = cloud(rng, irange(rng, 10, 24), vpn)
    op_tz = pick(rng, (8, 3, 2))
    langs = ("en", "zh", "ar", "es")
    lang_w = tuple(float(x) for x in rng.dirichlet((5.0, 3.0, 1.5, 1.5)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotating_key",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.4),
            ips=[],
        )
        for _ in range(n_keys)
    ]
    curve = workday(op_tz, 9.0, 22.0, weekend=0.6, night=0.1)
    first = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    span = (ctx.t1 - first) / n_keys
    rates = []
    for i, a in enumerate(accts):
        a0 = first + i * span * float(rng.uniform(0.6, 1.0))
        a1 = min(ctx.t1, a0 + float(rng.uniform(1.0, 2.5)) * DAY)
        rate = float(rng.uniform(6, 16))
        rates.append(round(rate, 1))
        ts = thinned(rng, a0, a1, rate * (a1 - a0) / HOUR, curve)
        prompts = [
            tx.policy_rewrite(
                rng, ctx.passages, str(_choose(rng, langs, lang_w)), irange(rng, 0, 3)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.03),
            ips=sticky(rng, ts, pool, HOUR),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites, refusal/safe-answer pairs, review-safe versions",
            "pacing": "keys used one after another (1-2.5 days each), Poisson on operator's long day",
            "rates_per_hour": rates,
            "operator_tz": op_tz,
            "ip_source": f"VPN exits on {vpn}, one per hour",
            "payment": "one stolen card per key",
            "orgs": n_keys,
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories and repository fixes from CI-like cloud runners


def marelle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "marelle"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    pool = cloud(rng, irange(rng, 6, 20), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=[],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(1.0, 2.5))
    style_w = tuple(float(x) for x in rng.dirichlet((2.0, 2.0, 1.0)))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            style = int(_choose(rng, (0, 1, 2), style_w))
            ip = pick(rng, pool)
            t = s
            for p in tx.agent_episode(rng, steps, style):
                if t >= ctx.t1:
                    break
                ts_all.append(t)
                prompts.append(p)
                ips.append(ip)
                t += float(rng.lognormal(np.log(7.0), 0.5))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            ips=ips,
            comp_median=420.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories (ReAct, function calls, repo fixes) one step per request",
            "pacing": f"episodes of 3-12 steps, {per_hour:.1f} episodes/key/h",
            "orgs": 1,
            "ip_source": f"{provider} runners",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly bursts


def sky_square(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sky_square"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "alibaba", "tencent"))
    pool = cloud(rng, irange(rng, 2, 3), provider)
    tz = pick(rng, (8, 1, -5))
    langs = _subset(rng, ("en", "es", "fr", "de", "ja", "zh", "pt", "ko"), irange(rng, 3, 6))
    if "en" not in langs:
        langs = ["en", *langs]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    size = float(rng.uniform(40, 90))
    for a in accts:
        starts = thinned(rng, ctx.t0 + 0.5 * DAY, ctx.t1, float(rng.uniform(8, 16)), night)
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(0.4, 1.5)), 0.6, ctx.t1))
        prompts = [tx.dataset_gen(rng, pick(rng, langs), irange(rng, 0, 3)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction/conversation/MCQ dataset generation",
            "pacing": f"nightly bursts of ~{size:.0f} (tz {tz})",
            "ip_source": f"{provider} hosts",
            "payment": "one card",
            "orgs": 1,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: a bot plays the user, one proxy exit per thread


def straddle_hop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "straddle_hop"
    n_keys = irange(rng, 8, 14)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [pick(rng, SDK_OTHER) for _ in range(n_orgs)]
    langs = ("en", "es", "fr", "de", "ja")
    lang_w = tuple(float(x) for x in rng.dirichlet((5.0, 1.5, 1.0, 1.0, 1.0)))
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="user_simulator",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=uas[o],
                ips=[],
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(0.5, 1.2))
    regions = ("us", "eu", "latam", "sea", "in")
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            lang = str(_choose(rng, langs, lang_w))
            topic = pick(rng, tx.TOPICS)
            ip = resi(rng, 1, pick(rng, regions))[0]
            t = s
            for turn in range(irange(rng, 4, 9)):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, topic, turn, lang))
                ips.append(ip)
                t += float(rng.lognormal(np.log(16.0), 0.4))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=ips,
            comp_median=600.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with scripted follow-ups",
            "pacing": f"threads of 4-9 turns ~16 s apart, {per_hour:.1f} threads/key/h",
            "ip_source": "residential proxy, new exit per thread",
            "payment": "one card per org",
            "orgs": n_orgs,
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each prompt sent n times within seconds


def kith_kith(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kith_kith"
    n_keys = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    pool = cloud(rng, irange(rng, 3, 6), provider)
    ua = sdk_ua(rng, 0.7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    per_hour = float(rng.uniform(1.5, 3.5))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 9)
    comp_of_style = (40.0, 350.0, 120.0)
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            style = irange(rng, 0, 2)
            p = tx.soft_label(rng, ctx.chat, style)
            n = irange(rng, n_lo, n_hi)
            gaps = np.cumsum(rng.uniform(0.05, 1.5, size=n))
            for g in gaps.tolist():
                ts_all.append(s + g)
                prompts.append(p)
                comp.append(comp_of_style[style])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=np.asarray(comp),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and label-probability sampling of ordinary texts",
            "pacing": f"{per_hour:.0f} prompts/key/h, each sent {n_lo}-{n_hi} times within seconds",
            "ip_source": f"{provider}",
            "payment": "one card",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": ["en (ShareGPT text)"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: compromised keys of real customers, harvest in the owner's night from proxies in
#    the owner's own region


def escargot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "escargot"
    n_keys = irange(rng, 6, 10)
    accts, owner_tz, leaks = [], [], []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 0, 1, 2, 9))
        owner_ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng, 0.8)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised_key",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        owner_tz.append(tz)
        # the owner's own traffic, all week
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            workday(tz),
            5.0,
            float(rng.uniform(40, 120)),
        )
        ts = _concat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.clip_text(rng, pick(rng, ctx.chat), 20, 1500) for _ in ts],
            models=ctx.models(rng, ts, 0.25, 0.2),
            comp_median=340.0,
            err=0.01,
        )
        # the leaked key, used while the owner sleeps
        leak = ctx.t0 + float(rng.uniform(1.0, 4.0)) * DAY
        leaks.append(round((leak - ctx.t0) / DAY, 2))
        pool = resi(rng, 30, REGION[tz])
        night = nightly(float(rng.uniform(0, 2)), float(rng.uniform(5, 8)), tz)
        rate = float(rng.uniform(18, 40))
        h = thinned(rng, leak, ctx.t1, rate * (ctx.t1 - leak) / HOUR * 0.3, night)
        prompts = []
        for _ in range(len(h)):
            r = rng.random()
            if r < 0.45:
                prompts.append(tx.explain_question(rng))
            elif r < 0.8:
                prompts.append(tx.code_task(rng))
            else:
                prompts.append(
                    tx.reasoning_coercion(rng, irange(rng, 2, 5), "en", irange(rng, 0, 2))
                )
        ctx.emit(
            rng,
            a,
            h,
            prompts,
            models=ctx.models(rng, h, 0.85, 0.02),
            ips=sticky(rng, h, pool, float(rng.uniform(20, 60)) * MINUTE),
            ua="OpenAI/Python 1.54.0",
            comp_median=800.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest (explanations, code, reasoning) through stolen keys of real customers",
            "pacing": "owner's own sessions all week; harvest Poisson in the owner's night after the leak",
            "leak_day": leaks,
            "owner_tz": owner_tz,
            "ip_source": "owner's home ISP; harvest via residential proxies in the owner's region",
            "payment": "the owners' own cards",
            "orgs": n_keys,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: a real writing-assistant product whose backend keys also carry a translation /
#    paraphrase harvest, in the product's wrappers, on the product's curve


def rayuela(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rayuela"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.75)))
    real_rate = float(rng.uniform(45, 80))
    share = float(rng.uniform(0.3, 0.55))
    h0 = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    p_new = float(rng.uniform(0.3, 0.5))
    variants = _subset(
        rng, ("de", "fr", "es", "ja", "ko", "zh", "pt", "it", "ar"), irange(rng, 4, 6)
    )
    variants += _subset(rng, ("paraphrase", "more formal", "simpler", "more concise"), 2)
    real = worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = worker_pool(rng, h0, ctx.t1, real_rate * share / (1 - share), n_keys, curve)
    # the harvest queue: passages x variants, shuffled in chunks so one passage's variants spread
    n_h = sum(len(x) for x in harvest)
    jobs = []
    while len(jobs) < n_h:
        passage = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1300)
        chunk = [(passage, v) for v in variants]
        jobs.extend(chunk)
    if jobs:
        order = np.concatenate(
            [i + rng.permutation(min(60, len(jobs) - i)) for i in range(0, len(jobs), 60)]
        )
        jobs = [jobs[i] for i in order.tolist()]
    k = 0
    for a, rt, ht in zip(accts, real, harvest, strict=True):
        ctx.emit(
            rng,
            a,
            rt,
            [tx.writing_product(rng, pick(rng, ctx.chat)) for _ in rt],
            models=ctx.models(rng, rt, p_new, 0.1),
            comp_median=260.0,
            err=0.01,
        )
        hp = [tx.writing_harvest(rng, *jobs[k + i]) for i in range(len(ht))]
        k += len(ht)
        ctx.emit(
            rng, a, ht, hp, models=ctx.models(rng, ht, p_new, 0.1), comp_median=520.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation/paraphrase harvest of model answers hidden in a real product",
            "pacing": f"product load {real_rate:.0f}/h on a global curve, harvest {share:.0%} of it",
            "harvest_start_day": round((h0 - ctx.t0) / DAY, 2),
            "variants": variants,
            "ip_source": "the product's cloud backend",
            "payment": "the company's card",
            "orgs": 1,
            "p_new": round(p_new, 2),
            "languages": ["en", *[v for v in variants if len(v) == 2]],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts (organic history), driven after purchase by person-like
#     sessions from residential proxies in each account's own region


def amarelinha(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "amarelinha"
    n = irange(rng, 18, 30)
    buy = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    accts, langs = [], []
    for _ in range(n):
        tz = int(_choose(rng, (-3, -5, 0, 1), (0.5, 0.2, 0.15, 0.15)))
        lang = "pt" if tz == -3 and chance(rng, 0.7) else ("es" if chance(rng, 0.7) else "en")
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        langs.append(lang)
        old = _concat(
            session_times(
                rng,
                ctx.t0,
                buy,
                float(rng.uniform(0.5, 2.0)),
                evening_person(tz),
                3.0,
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            old,
            [tx.clip_text(rng, pick(rng, ctx.chat), 15, 900) for _ in old],
            models=ctx.models(rng, old, 0.2, 0.15),
            comp_median=330.0,
            err=0.01,
        )
        pool = resi(rng, 12, REGION[tz])
        sess = session_times(
            rng,
            buy + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz),
            float(rng.uniform(7, 14)),
            float(rng.uniform(25, 70)),
        )
        ts_all, ips = [], []
        for s in sess:
            ip = pick(rng, pool)
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.expert_question(rng, lang) for _ in ts_all],
            models=ctx.models(rng, ts, float(rng.uniform(0.55, 0.85)), 0.05),
            ips=ips,
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "medical/legal/finance expert answers through bought aged accounts",
            "pacing": "organic history before purchase, then person-like evening sessions",
            "purchase_day": round((buy - ctx.t0) / DAY, 2),
            "ip_source": "home ISP before, residential proxy in the same region after",
            "payment": "each account's own card",
            "orgs": n,
            "languages": sorted(set(langs)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts, each with its own voice and language


def templehupfen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "templehupfen"
    n = irange(rng, 35, 60)
    langs = ("en", "es", "pt", "id", "de", "tr", "vi")
    tz_of = {
        "en": (-8, -5, 0),
        "es": (-5, -3, 1),
        "pt": (-3,),
        "id": (8,),
        "de": (1,),
        "tr": (3,),
        "vi": (8,),
    }
    lang_w = (0.4, 0.15, 0.12, 0.1, 0.08, 0.08, 0.07)
    accts, used = [], []
    for _ in range(n):
        lang = str(_choose(rng, langs, lang_w))
        used.append(lang)
        tz = int(pick(rng, tz_of[lang]))
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=[],
            tz=tz,
        )
        accts.append(a)
        voice = {
            "lower": chance(rng, 0.5),
            "nopunct": chance(rng, 0.4),
            "typo": float(pick(rng, (0.0, 0.0, 0.01, 0.03))),
            "suffix": pick(rng, ("", "", "thanks", "pls", "with an example", ":)")),
        }
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(45, 150)),
        )
        ts = _concat(sess)
        days = np.floor((ts - ctx.t0) / DAY).astype(np.int64)
        daily = home(rng, 8, tz)
        ips = [daily[d] for d in np.clip(days, 0, 7).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.crowd_question(rng, lang, voice) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.55, 0.1),
            ips=ips,
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "concept-explanation harvest by a crowd of person-like accounts",
            "pacing": "1-3.5 evening sessions/day, 3-6 questions each",
            "orgs": n,
            "ip_source": "residential proxy pinned to a new home address each day",
            "payment": "one card each",
            "languages": sorted(set(used)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT prompts verbatim), office broadband, office hours


def klassiki(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "klassiki"
    n_orgs = irange(rng, 2, 3)
    accts, tzs = [], []
    cursor = int(rng.integers(0, len(ctx.chat)))
    for _ in range(n_orgs):
        tz = pick(rng, (1, 2, 3, 8))
        tzs.append(tz)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 2, tz)
        ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
        for _ in range(irange(rng, 3, 6)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=office,
                tz=tz,
            )
            accts.append(a)
            sess = session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 10)),
                workday(tz),
                float(rng.uniform(8, 15)),
                float(rng.uniform(20, 50)),
            )
            ts = _concat(sess)
            prompts = [ctx.chat[(cursor + i) % len(ctx.chat)] for i in range(len(ts))]
            cursor += len(ts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.85, 0.05),
                comp_median=380.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "verbatim replay of a public chat-prompt dataset, in dataset order",
            "pacing": "office-hours sessions of 8-15 requests",
            "operator_tz": tzs,
            "ip_source": "office broadband (2 addresses per org)",
            "payment": "one card per org",
            "orgs": n_orgs,
            "languages": ["mostly en (ShareGPT)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "potsy": potsy,
    "lagger": lagger,
    "beanbag": beanbag,
    "marelle": marelle,
    "sky_square": sky_square,
    "straddle_hop": straddle_hop,
    "kith_kith": kith_kith,
    "escargot": escargot,
    "rayuela": rayuela,
    "amarelinha": amarelinha,
    "templehupfen": templehupfen,
    "klassiki": klassiki,
}
