"""Batch 260's campaign families: twelve distillation operations, each drawn with its own generator.

Every family is a function `(ctx, rng, campaign_id)` that creates its accounts with
`ctx.account(...)`, writes their events with `ctx.emit(...)` and records the campaign with
`ctx.campaign(...)`. Code names are canicross words; what each family does is documented in this
package's README card (to be read only after the monitor's single run).
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind260 import texts

#: user agents as they appear in the simulator's ordinary background traffic
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

#: the language a person in each UTC offset most likely writes in (first = most likely)
LANGS_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru", "en"),
    5: ("hi", "en"),
    8: ("zh", "en"),
    9: ("ja", "ko"),
}


def _choose(rng: np.random.Generator, items: list | tuple, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=p / p.sum()).tolist()]


def _lang_of(rng: np.random.Generator, tz: int) -> str:
    langs = LANGS_OF_TZ[tz]
    return langs[0] if chance(rng, 0.75) else pick(rng, langs)


def _subset(rng: np.random.Generator, items: tuple, k: int) -> list:
    """`k` distinct items in a drawn order (a permutation, never a set)."""
    return [items[i] for i in rng.permutation(len(items))[:k].tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def canicross_waistbelt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "canicross_waistbelt"
    n = irange(rng, 6, 14)
    provs = _subset(rng, ("hetzner", "ovh", "contabo", "leaseweb"), irange(rng, 1, 2))
    block: list[str] = []
    for p in provs:
        block += rented_block(rng, p, irange(rng, 1, 3), irange(rng, 4, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua_main, ua_alt = sdk_ua(rng), sdk_ua(rng, 0.1)
    langs = ["en"] + _subset(rng, ("zh", "ru", "es"), irange(rng, 1, 3))
    lw = [3.0] + [float(rng.uniform(0.5, 2.0)) for _ in langs[1:]]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(60, 140))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua_main if chance(rng, 0.8) else ua_alt,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        accts.append(a)
        ts = streams[i]
        ls = _choose(rng, langs, lw, len(ts))
        prompts = [texts.reasoning_prompt(rng, lg, irange(rng, 0, 3)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"Poisson worker pool {per_hour:.0f}/h",
            "ip_source": f"rented hosting blocks ({', '.join(provs)})",
            "payment": f"{len(cards)} prepaid cards shared",
            "orgs": len(orgs),
            "user_agent": [ua_main, ua_alt],
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def bungee_leash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bungee_leash"
    n = irange(rng, 3, 7)
    org = hexid(rng, "org")
    one_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 4, 10), "gcp")
    ua = pick(rng, ("python-requests/2.32.3", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
    tz_op = pick(rng, TZS)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    langs, lw = (
        ["en", "de", "ja"],
        [0.7, float(rng.uniform(0.05, 0.2)), float(rng.uniform(0.05, 0.2))],
    )
    size = float(rng.uniform(70, 180))
    accts: list[Acct] = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card if one_card else None,
            ua=ua,
            ips=picks(rng, ips, irange(rng, 1, 3)),
            tz=tz_op,
        )
        accts.append(a)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.0)) * (ctx.t1 - start) / DAY,
            nightly(float(rng.uniform(0, 3)), 4.0, tz_op),
        )
        ts = _cat(
            bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), b=ctx.t1)
            + [thinned(rng, start, ctx.t1, 3.0 * (ctx.t1 - start) / HOUR, workday(tz_op))]
        )
        ls = _choose(rng, langs, lw, len(ts))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 3)) for lg in ls
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=110.0, err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / preference grading",
            "pacing": f"nightly bursts ~{size:.0f} + daytime trickle",
            "ip_source": "gcp",
            "payment": "one card" if one_card else "one card per key",
            "user_agent": ua,
            "languages": langs,
            "tz": tz_op,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits on burned keys


def gee_haw_call(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gee_haw_call"
    n = irange(rng, 10, 20)
    exits: list[str] = []
    for p in _subset(rng, ("m247", "leaseweb", "vultr", "digitalocean", "linode"), 3):
        exits += cloud(rng, irange(rng, 8, 20), p)
    langs, lw = (
        ["zh", "en", "ru", "ar"],
        [0.45, 0.35, float(rng.uniform(0.05, 0.15)), float(rng.uniform(0.05, 0.15))],
    )
    span = ctx.t1 - ctx.t0
    accts: list[Acct] = []
    for i in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        a = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=exits
        )
        accts.append(a)
        s = ctx.t0 + span * (i / n) * 0.85 + float(rng.uniform(0, 0.1 * span))
        e = min(ctx.t1, s + float(rng.uniform(0.5, 2.0)) * DAY)
        ts = thinned(rng, s, e, float(rng.uniform(10, 30)) * (e - s) / HOUR, constant)
        ls = _choose(rng, langs, lw, len(ts))
        prompts = [
            texts.policy_prompt(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 3)) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, exits, 900.0),
            comp_median=480.0,
            err=0.07,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites",
            "pacing": "staggered short-lived keys, Poisson",
            "ip_source": "commercial VPN exits (hosting ranges), sticky 15 min",
            "payment": "one stolen card per key",
            "orgs": n,
            "user_agent": "forged browser or SDK per key",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def on_by_command(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "on_by_command"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "AsyncOpenAI/Python 1.60.0"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts: list[Acct] = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        accts.append(a)
        ep_starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / HOUR, constant
        )
        ts_all: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in ep_starts.tolist():
            k, style, task = irange(rng, 3, 10), irange(rng, 0, 2), texts.agent_task(rng)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.7, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.agent_prompt(rng, task, step, style))
                extra.append(500 + 220 * step + irange(rng, 0, 200))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=180.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": "episodes of 3-10 chained calls, Poisson starts",
            "ip_source": "aws NAT gateways",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-dataset generation over residential proxies


def pulka_sled(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pulka_sled"
    n = irange(rng, 12, 24)
    n_org = irange(rng, 3, 4)
    orgs = [hexid(rng, "org") for _ in range(n_org)]
    cards = [hexid(rng, "pay") for _ in range(n_org)]
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 120, 220), region)
    langs = ["en", *_subset(rng, ("es", "pt", "fr", "de", "vi", "id"), irange(rng, 2, 4))]
    lw = [2.0] + [float(rng.uniform(0.4, 1.2)) for _ in langs[1:]]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(60, 130))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_org],
            pay=cards[i % n_org],
            ua=sdk_ua(rng),
            ips=pool,
        )
        accts.append(a)
        ts = streams[i]
        ls = _choose(rng, langs, lw, len(ts))
        prompts = [texts.synth_prompt(rng, ctx.chat, lg, irange(rng, 0, 3)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, pool, 600.0),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": f"Poisson worker pool {per_hour:.0f}/h",
            "ip_source": f"residential proxy pool ({region}), sticky 10 min",
            "payment": f"{n_org} prepaid cards, one per org",
            "orgs": n_org,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a person-like crowd replaying public prompts


def bikejor_rig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bikejor_rig"
    n = irange(rng, 24, 44)
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    tz_pool = _subset(rng, TZS, irange(rng, 4, 7))
    accts: list[Acct] = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        lang = _lang_of(rng, tz)
        ips = home(rng, irange(rng, 2, 4), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            pay=None if chance(rng, 0.6) else pick(rng, shared),
            ua=pick(rng, BG_BROWSER) if chance(rng, 0.75) else pick(rng, BG_SDK),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        e = min(ctx.t1, s + float(rng.uniform(2.0, 6.0)) * DAY)
        for sess in session_times(
            rng,
            s,
            e,
            float(rng.uniform(1.2, 3.0)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 90)),
        ):
            if len(sess) == 0:
                continue
            prompts = [texts.clip(pick(rng, ctx.chat), 1500)] + [
                texts.followup(rng, lang) for _ in range(len(sess) - 1)
            ]
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, 0.6, 0.03),
                ips=pick(rng, ips),
                comp_median=450.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (public prompt replay + follow-ups)",
            "pacing": "human-like evening sessions per persona",
            "ip_source": "residential proxies matched to persona tz",
            "payment": "60% own card, rest a few shared cards",
            "tzs": tz_pool,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def dryland_season(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dryland_season"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "azure"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    tz_op = pick(rng, TZS)
    curve = (
        nightly(float(rng.uniform(18, 22)), float(rng.uniform(8, 12)), tz_op)
        if chance(rng, 0.6)
        else constant
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts: list[Acct] = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=tz_op,
        )
        accts.append(a)
        items = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / HOUR, curve
        )
        ts_all, prompts, comp = [], [], []
        for s in items.tolist():
            k = irange(rng, 4, 10)
            p, med = texts.sampling_item(rng, ctx.chat, ctx.passages, irange(rng, 0, 3))
            t = s + np.cumsum(rng.lognormal(np.log(0.5), 0.8, size=k))
            ts_all += t.tolist()
            prompts += [p] * k
            comp += [med] * k
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=np.asarray(comp),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "each item sent 4-10 times within seconds",
            "ip_source": prov,
            "payment": "one card",
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a slow steady rate from an office line


def chip_timing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chip_timing"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz_op = pick(rng, (1, 2, 8, 9))
    office = home(rng, irange(rng, 1, 2), tz_op)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    other = pick(rng, ("ko", "ja", "de"))
    topics = list(texts.TOPICS)
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz_op,
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, s, ctx.t1, float(rng.uniform(10, 24)) * (ctx.t1 - s) / HOUR, constant)
        order = [topics[j] for j in rng.permutation(len(topics)).tolist()]
        per_level = irange(rng, 3, 8)
        lang = other if i == 0 and chance(rng, 0.7) else "en"
        style = irange(rng, 0, 2)
        prompts = []
        for j in range(len(ts)):
            topic = order[(j // (7 * per_level)) % len(order)]
            level, item = (j // per_level) % 7, j % per_level
            prompts.append(texts.curriculum_prompt(topic, level, item, lang, style))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.98, 0.0), comp_median=700.0, err=0.005
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (topic x level x item)",
            "pacing": "slow steady Poisson, round the clock",
            "ip_source": "office broadband",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": ["en", other],
            "tz": tz_op,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest (parallel corpus fan-out)


def finish_chute(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "finish_chute"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    exits: list[str] = []
    for p in _subset(rng, ("alibaba", "tencent", "huawei", "ucloud"), 2):
        exits += cloud(rng, irange(rng, 3, 6), p)
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12"))
    tz_op = pick(rng, (8, 3, 2))
    targets = _subset(
        rng,
        ("zh", "ja", "ko", "ar", "hi", "ru", "th", "vi", "id", "tr", "fa", "sw", "bn", "uk", "pl"),
        irange(rng, 6, 11),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    srcs = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(12, 26)) * (ctx.t1 - start) / HOUR,
        workday(tz_op, 8, 22),
    )
    who = rng.integers(0, n, size=len(srcs))
    per_key: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n)]
    for s, w in zip(srcs.tolist(), who.tolist(), strict=True):
        text = texts.clip(
            pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat), 1200
        )
        style = irange(rng, 0, 4)
        fan = _subset(rng, tuple(targets), irange(rng, max(2, len(targets) - 4), len(targets)))
        t = s + np.cumsum(rng.lognormal(np.log(2.5), 0.6, size=len(fan)))
        tsl, ps, cm = per_key[w]
        for tt, lg in zip(t.tolist(), fan, strict=True):
            tsl.append(tt)
            ps.append(texts.translation_prompt(rng, text, lg, style))
            cm.append(max(30.0, len(text) / 3.2))
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=picks(rng, exits, irange(rng, 1, 3)),
            tz=tz_op,
        )
        accts.append(a)
        tsl, ps, cm = per_key[i]
        ts = np.asarray(tsl)
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=np.asarray(cm),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (one source fanned out to many languages)",
            "pacing": "sources follow the operator's long working day; fan-out seconds apart",
            "ip_source": "Asian cloud providers",
            "payment": "2 cards, 2 orgs",
            "user_agent": ua,
            "targets": targets,
            "tz": tz_op,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real writing-assistant product's traffic


def mass_start_wave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mass_start_wave"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    app = pick(rng, ("Quillby", "Inkwell Pro", "DraftPilot", "Wordsmithy"))
    curve = global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.4, 0.7)))
    per_hour = float(rng.uniform(30, 70))
    frac = float(rng.uniform(0.15, 0.3))
    t_h = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    real = worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve)
    harvest = worker_pool(rng, t_h, ctx.t1, per_hour * frac, n, curve)
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        accts.append(a)
        tr, th = real[i], harvest[i]
        ctx.emit(
            rng,
            a,
            tr,
            [texts.product_prompt(rng, ctx.chat, app) for _ in range(len(tr))],
            models=ctx.models(rng, tr, 0.3, 0.3),
            comp_median=320.0,
            extra=140,
        )
        ctx.emit(
            rng,
            a,
            th,
            [texts.product_harvest(rng, ctx.chat, app) for _ in range(len(th))],
            models=ctx.models(rng, th, 0.8, 0.05),
            comp_median=800.0,
            extra=140,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a real product's traffic",
            "app": app,
            "pacing": f"product load {per_hour:.0f}/h, harvest {frac:.0%} extra with the same daily curve",
            "ip_source": "aws NAT",
            "payment": "the company's card",
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: stolen keys of aged personal accounts used for a code harvest


def trail_marshal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "trail_marshal"
    n = irange(rng, 10, 18)
    pool = resi(rng, irange(rng, 100, 180), "*")
    ua_att = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts: list[Acct] = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised_aged",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSER + BG_SDK),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        own = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.7, 2.0)), curve, 3.0, 60.0)
        ts_own = _cat(own)
        ctx.emit(
            rng,
            a,
            ts_own,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, 0.2, 0.17),
            comp_median=350.0,
        )
        tc = ctx.t0 + float(rng.uniform(1.0, 5.5)) * DAY
        te = min(ctx.t1, tc + float(rng.uniform(1.0, 3.0)) * DAY)
        ts = thinned(rng, tc, te, float(rng.uniform(4, 12)) * (te - tc) / HOUR, constant)
        prompts = [
            texts.code_prompt(rng, irange(rng, 0, 3))
            if chance(rng, 0.7)
            else texts.reasoning_prompt(rng, "en", irange(rng, 0, 3))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=sticky(rng, ts, pool, 300.0),
            ua=ua_att,
            comp_median=750.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through keys stolen from aged personal accounts",
            "pacing": "owner's own sessions all week; attacker Poisson 4-12/h for 1-3 days from a compromise time",
            "ip_source": "owner: home ISP; attacker: shared residential proxy pool",
            "payment": "owners' own cards",
            "user_agent": ua_att,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: low-and-slow crowd of phone accounts asking a shared homework bank


def paw_wax(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "paw_wax"
    n = irange(rng, 40, 75)
    groups = (
        ("hi", 5, "in_mobile", "in"),
        ("pt", -3, "br_mobile", "latam"),
        ("id", 8, "", "sea"),
        ("es", -3, "", "latam"),
        ("en", -5, "us_mobile", "us"),
        ("vi", 8, "", "sea"),
    )
    gw = [float(rng.uniform(0.5, 2.0)) for _ in groups]
    accts: list[Acct] = []
    for g in _choose(rng, groups, gw, n):
        lang, tz, v6, region = g
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone_account",
            campaign_id=cid,
            ua=pick(rng, MOBILE + (BG_PHONE,)),
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        e = min(ctx.t1, s + float(rng.uniform(1.5, 4.0)) * DAY)
        for sess in session_times(
            rng,
            s,
            e,
            float(rng.uniform(1.0, 2.5)),
            evening_person(tz),
            4.0,
            float(rng.uniform(50, 110)),
        ):
            if len(sess) == 0:
                continue
            ip = mobile_v6(rng, 1, v6)[0] if v6 and chance(rng, 0.7) else resi(rng, 1, region)[0]
            ctx.emit(
                rng,
                a,
                sess,
                [texts.homework_prompt(rng, lang) for _ in range(len(sess))],
                models=ctx.models(rng, sess, 0.75, 0.02),
                ips=ip,
                comp_median=550.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "homework-bank harvest by a crowd of phone accounts",
            "pacing": "1-2.5 short evening sessions a day for 1.5-4 days per account",
            "ip_source": "carrier IPv6 / consumer IPv4 per session",
            "payment": "one prepaid card per account",
            "languages": [g[0] for g in groups],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "canicross_waistbelt": canicross_waistbelt,
    "bungee_leash": bungee_leash,
    "gee_haw_call": gee_haw_call,
    "on_by_command": on_by_command,
    "pulka_sled": pulka_sled,
    "bikejor_rig": bikejor_rig,
    "dryland_season": dryland_season,
    "chip_timing": chip_timing,
    "finish_chute": finish_chute,
    "mass_start_wave": mass_start_wave,
    "trail_marshal": trail_marshal,
    "paw_wax": paw_wax,
}
