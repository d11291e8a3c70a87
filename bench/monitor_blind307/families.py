"""Campaign families of batch 307: twelve distillation operations, each drawn with its own rng.

Every family is `f(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes their
events with `ctx.emit` and records one campaign with `ctx.campaign`. Five are built to be hard
(`"hard": True` in their params): depower, chicken_loop, twintip, downloop and unhooked.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    Curve,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind307 import texts
from bench.monitor_blind307.texts import weighted

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _released(ctx: Ctx, low: float) -> Curve:
    """A curve at `low` before the model release and 1 after it."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, low)

    return f


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


#: the language an account in a UTC offset writes in (harvests that pose as locals)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "it", "pl"),
    2: ("pl", "de", "tr"),
    3: ("tr", "en"),
    5: ("en",),
    8: ("id", "en"),
    9: ("en",),
}


# ============================================================================================
# reasoning-trace coercion from a rented hosting block


def kiteloop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kiteloop"
    n = irange(rng, 14, 30)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 5, 8))
    n_cards = max(2, n // irange(rng, 2, 4))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    uas = [sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 2))]
    langs = {"en": 0.45, "zh": 0.17, "es": 0.1, "de": 0.1, "pt": 0.1, "fr": 0.08}
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(50, 110))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, _released(ctx, 0.3))
    for a, ts in zip(accts, streams, strict=True):
        st = pick(rng, styles)
        prompts = [
            texts.trace_coercion(rng, lg, st if lg == "en" else None)
            for lg in (weighted(rng, langs) for _ in range(len(ts)))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1250.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full chain of thought demanded in several template styles)",
            "pacing": f"one Poisson worker pool, {_r(per_hour, 1)}/h over all keys after release, 30 % before",
            "ip_source": f"rented {provider} /24 block",
            "payment": f"{n_cards} prepaid virtual cards shared by keys",
            "user_agent": uas,
            "languages": list(langs),
            "styles": styles,
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# judge / reward-model grading, nightly bursts from one cloud org


def megaloop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "megaloop"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("aws", "gcp"))
    pool = cloud(rng, irange(rng, 3, 5), provider)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = sdk_ua(rng, 0.6)
    tz = pick(rng, (-8, -5, 0, 1, 8))
    langs = {"en": 0.7, "fr": 0.15, "ja": 0.15}
    styles = sorted(rng.choice(5, size=irange(rng, 2, 3), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    start_h, hours = float(rng.uniform(0, 4)), float(rng.uniform(3, 6))
    size_mean = float(rng.uniform(30, 70))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
            tz=tz,
        )
        accts.append(a)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 4)) * (ctx.t1 - start) / DAY,
            nightly(start_h, hours, tz),
        )
        ts = _cat(bursts(rng, starts, size_mean, float(rng.uniform(1.0, 3.0)), b=ctx.t1))
        prompts = []
        for _ in range(len(ts)):
            q = texts.clip_text(rng, pick(rng, ctx.chat), 20, 500)
            x, y = (texts.clip_text(rng, pick(rng, ctx.passages), 250, 1200) for _ in range(2))
            prompts.append(
                texts.judge_prompt(rng, weighted(rng, langs), q, x, y, pick(rng, styles))
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=210.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of candidate answers (pointwise, pairwise, numeric)",
            "pacing": f"nightly bursts from {_r(start_h, 1)} h local for {_r(hours, 1)} h, ~{_r(size_mean, 0)} per burst",
            "ip_source": f"{provider} egress addresses",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": list(langs),
            "styles": styles,
            "keys": n,
            "start_before_release_h": _r((ctx.release - start) / HOUR, 1),
            "hard": False,
        },
    )


# ============================================================================================
# policy-safe / censorship-compliant rewrites through VPN exits, churning keys


def handlepass(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "handlepass"
    n = irange(rng, 12, 24)
    pool = (
        cloud(rng, irange(rng, 8, 14), "m247")
        + cloud(rng, irange(rng, 6, 10), "leaseweb")
        + cloud(rng, irange(rng, 4, 8), "vultr")
    )
    hold = float(rng.uniform(20, 60)) * MINUTE
    langs = {"zh": 0.45, "en": 0.3, "ru": 0.25}
    cards: list[str] = []
    accts = []
    t = ctx.t0 + float(rng.uniform(0.2, 0.8)) * DAY
    for _ in range(n):
        pay = pick(rng, cards) if cards and chance(rng, 0.35) else hexid(rng, "pay")
        if pay not in cards:
            cards.append(pay)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
        )
        accts.append(a)
        life = float(rng.uniform(0.8, 2.5)) * DAY
        ts = thinned(
            rng,
            t,
            min(t + life, ctx.t1),
            float(rng.uniform(6, 18)) * life / HOUR,
            lambda x: np.ones(len(x)),
        )
        prompts = [
            texts.policy_rewrite(rng, weighted(rng, langs), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.02,
        )
        t = min(t + life * float(rng.uniform(0.3, 0.8)), ctx.t1 - 0.3 * DAY)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites and answers on sensitive topics",
            "pacing": "steady per key while the key lives (0.8-2.5 days), staggered burner keys",
            "ip_source": f"commercial VPN exits ({len(pool)} addresses, sticky {_r(hold / MINUTE, 0)} min)",
            "payment": f"{len(cards)} cards, some reused across burner accounts",
            "user_agent": "scripts",
            "languages": list(langs),
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# agent / tool-use trajectories (episodes of sequential steps)


def railey(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "railey"
    n = irange(rng, 5, 10)
    provider = pick(rng, ("gcp", "azure"))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2")
    p_swe = float(rng.uniform(0.15, 0.4))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)) * (ctx.t1 - start) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 14)
            gaps = rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.5, size=k - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            swe = chance(rng, p_swe)
            tools, task, st = (
                texts.tool_spec(rng, irange(rng, 3, 6)),
                texts.agent_task(rng),
                pick(rng, styles),
            )
            for i in range(k):
                prompts.append(
                    texts.swe_step(rng, i) if swe else texts.agent_step(rng, tools, task, i, st)
                )
                extra.append(irange(rng, 500, 900) + 320 * i)
            ts_all.extend(ts.tolist())
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.9, 0.02),
            comp_median=190.0,
            err=0.015,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (function calling, ReAct, coding-agent steps)",
            "pacing": "episodes of 4-14 sequential steps seconds apart, episode starts Poisson",
            "ip_source": f"{provider}, one egress per key",
            "payment": "two company cards",
            "user_agent": list(uas),
            "languages": ["en"],
            "styles": styles,
            "swe_share": _r(p_swe),
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# synthetic instruction-data generation through a rotating residential proxy


def frontroll(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "frontroll"
    n = irange(rng, 16, 32)
    pool = resi(rng, irange(rng, 300, 600), "*")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    langs = {"en": 0.4, "hi": 0.15, "id": 0.15, "vi": 0.1, "sw": 0.1, "es": 0.1}
    size_mean, per_day = float(rng.uniform(10, 25)), float(rng.uniform(2, 5))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, begin, ctx.t1, per_day * (ctx.t1 - begin) / DAY, _released(ctx, 0.4))
        ts = _cat(bursts(rng, starts, size_mean, float(rng.uniform(1.0, 2.5)), b=ctx.t1))
        total = irange(rng, 40, 120)
        prompts = [
            texts.synth_prompt(rng, weighted(rng, langs), i % total, total) for i in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=picks(rng, pool, len(ts)),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.025,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (instruction pairs, personas, curriculum lessons, MCQ)",
            "pacing": f"script bursts ~{_r(size_mean, 0)} requests, {_r(per_day, 1)} bursts/day per key",
            "ip_source": f"rotating residential proxy, {len(pool)} exits, new exit per request",
            "payment": f"{len(cards)} prepaid cards",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# HARD: harvest hidden inside a real consumer app's traffic


def depower(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "depower"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    brand = pick(rng, ("Quillbee", "Notewise", "Essayloom", "Brightpen"))
    share = float(rng.uniform(0.22, 0.38))
    per_hour = float(rng.uniform(22, 40))
    peak = float(rng.uniform(14, 19))
    langs = {"en": 0.55, "es": 0.15, "pt": 0.1, "de": 0.1, "fr": 0.1}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    streams = worker_pool(
        rng, ctx.t0 + float(rng.uniform(0, 0.2)) * DAY, ctx.t1, per_hour, n, global_load(peak, 0.55)
    )
    for a, ts in zip(accts, streams, strict=True):
        harvest = rng.random(len(ts)) < share
        prompts, med = [], []
        for h in harvest.tolist():
            if h:
                q = texts.deep_question(rng, weighted(rng, langs), level=0.35)
                prompts.append(q if chance(rng, 0.8) else f"Explain clearly:\n{q}")
                med.append(700.0)
            else:
                text = texts.clip_text(rng, pick(rng, ctx.chat), 10, 1500)
                mode = weighted(
                    rng,
                    {
                        "": 0.6,
                        "Rewrite this more clearly:\n": 0.15,
                        "Summarise:\n": 0.1,
                        "Explain clearly:\n": 0.15,
                    },
                )
                prompts.append(mode + text)
                med.append(330.0)
        m_app = ctx.models(rng, ts, 0.3, 0.12)
        m_h = ctx.models(rng, ts, 0.75, 0.02)
        models = [y if h else x for x, y, h in zip(m_app, m_h, harvest.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(med), err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a live writing-assistant app: injected everyday explainer questions",
            "pacing": f"the app's worldwide load (peak {_r(peak, 1)} UTC), {_r(per_hour, 1)}/h, harvest share {_r(share)}",
            "ip_source": "the app's AWS NAT gateways",
            "payment": "one business card",
            "user_agent": ua,
            "brand": brand,
            "languages": list(langs),
            "keys": n,
            "hard": True,
        },
    )


# ============================================================================================
# HARD: bought aged personal accounts, taken over mid-window


def chicken_loop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chicken_loop"
    n = irange(rng, 25, 45)
    p_keep_ua = float(rng.uniform(0.5, 0.75))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="takeover",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.t0 + float(rng.uniform(1.5, 4.6)) * DAY
        # the original owner's use before the sale
        before = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.5)),
            evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 200)),
        )
        ts = _cat(before)
        prompts = [texts.clip_text(rng, pick(rng, ctx.chat), 5, 900) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.17, 0.17), comp_median=350.0, err=0.01
        )
        # the buyer's harvest after it, through proxies in the owner's region
        region = pick(
            rng,
            {
                -8: ("us",),
                -5: ("us",),
                -3: ("latam",),
                0: ("eu",),
                1: ("eu",),
                2: ("eu",),
                3: ("ru",),
                5: ("in",),
                8: ("sea",),
                9: ("jp_kr",),
            }[tz],
        )
        proxy = resi(rng, irange(rng, 6, 15), region)
        after = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, spread=4.0),
            float(rng.uniform(5, 10)),
            float(rng.uniform(25, 70)),
        )
        ts = _cat(after)
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts = [texts.deep_question(rng, lang, level=0.5) for _ in range(len(ts))]
        new_ua = a.ua if chance(rng, p_keep_ua) else pick(rng, BROWSERS)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.03),
            ips=sticky(rng, ts, proxy, float(rng.uniform(15, 45)) * MINUTE),
            ua=new_ua,
            comp_median=600.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged personal accounts; after takeover each harvests everyday explainers",
            "pacing": "owner's evening sessions before, denser human-like sessions after takeover (day 1.5-4.6)",
            "ip_source": "owner's home ISP before, residential proxies of the same region after",
            "payment": "each account's original card",
            "user_agent": f"browser; kept with p={_r(p_keep_ua)}",
            "languages": "by the owner's region",
            "keys": n,
            "hard": True,
        },
    )


# ============================================================================================
# HARD: low-and-slow crowd of paid people asking curriculum questions


def twintip(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "twintip"
    n = irange(rng, 60, 110)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        phone = chance(rng, 0.45)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = evening_person(tz) if chance(rng, 0.55) else workday(tz, weekend=0.3)
        ts = _cat(
            session_times(
                rng,
                begin,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                curve,
                float(rng.uniform(3, 7)),
                float(rng.uniform(45, 150)),
            )
        )
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts = [texts.deep_question(rng, lang, level=0.8) for _ in range(len(ts))]
        ips = None
        if phone and len(ts) and chance(rng, 0.3):
            ips = [
                x if chance(rng, 0.6) else y
                for x, y in zip(
                    picks(rng, a.ips, len(ts)),
                    mobile_v6(
                        rng,
                        len(ts),
                        pick(rng, ("us_mobile", "eu_mobile", "br_mobile", "in_mobile")),
                    ),
                    strict=True,
                )
            ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.08),
            ips=ips,
            comp_median=560.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asking a shared curriculum of everyday questions from their own accounts",
            "pacing": "human sessions, 0.8-2.5 a day, evening or office hours",
            "ip_source": "own home ISP (some phones)",
            "payment": "one card per person",
            "user_agent": "browsers and phones",
            "languages": "by home region",
            "keys": n,
            "hard": True,
        },
    )


# ============================================================================================
# HARD: public prompt replay posing as a dev team


def downloop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "downloop"
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 3)
    tz = pick(rng, (-8, -5, 1, 2, 8))
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            home(rng, irange(rng, 1, 2), tz),
            cloud(rng, 1, "aws"),
        )
        for _ in range(n_orgs)
    ]
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    rate = float(rng.uniform(12, 30))
    accts = []
    for i in range(n):
        org, pay, office, ci = orgs[i % n_orgs]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")),
            ips=office,
            tz=tz,
        )
        accts.append(a)
        ts = thinned(
            rng,
            start,
            ctx.t1,
            rate * 9.0 * (ctx.t1 - start) / DAY * 5 / 7 * float(rng.uniform(0.6, 1.4)),
            workday(tz, weekend=0.1),
        )
        idx = order[np.arange(cursor, cursor + len(ts)) % len(order)]
        cursor += len(ts)
        prompts = [ctx.chat[j] for j in idx.tolist()]
        ips = [pick(rng, ci) if chance(rng, 0.25) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=ips,
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public human chat prompts (ShareGPT) to collect the new model's answers",
            "pacing": f"office hours, ~{_r(rate, 1)}/h per key, from {_r((ctx.release - start) / HOUR, 1)} h before release",
            "ip_source": "office broadband and one AWS CI box per org",
            "payment": "one card per org",
            "user_agent": "common SDKs",
            "languages": ["en"],
            "orgs": n_orgs,
            "keys": n,
            "hard": True,
        },
    )


# ============================================================================================
# multi-turn dialogue harvest from a phone farm


def waterstart(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "waterstart"
    n = irange(rng, 20, 36)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    langs = {"pt": 0.35, "es": 0.25, "en": 0.25, "id": 0.15}
    p_transcript = float(rng.uniform(0.3, 0.7))
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    accts = []
    for _ in range(n):
        kind = weighted(
            rng, {"br_mobile": 0.4, "in_mobile": 0.3, "us_mobile": 0.15, "eu_mobile": 0.15}
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=mobile_v6(rng, 1, kind),
        )
        accts.append(a)
        lang = weighted(rng, langs)
        whole = chance(rng, p_transcript)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 7)),
            global_load(float(rng.uniform(0, 24)), 0.3),
            float(rng.uniform(7, 12)),
            float(rng.uniform(5, 10)),
            gap_sigma=0.4,
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for ts in sessions:
            ip = mobile_v6(rng, 1, kind)[0]
            turns: list[tuple[str, str]] = []
            st = irange(rng, 0, 2)
            for i in range(len(ts)):
                nxt = texts.opener(rng, lang, ctx.chat) if i == 0 else texts.followup(rng, lang)
                if whole and turns:
                    prompts.append(texts.transcript(rng, turns, nxt, st))
                    extra.append(0)
                else:
                    prompts.append(nxt)
                    extra.append(sum(len(u) + len(r) for u, r in turns) // 4)
                turns.append((nxt, texts.clip_text(rng, pick(rng, ctx.passages), 150, 500)))
            ts_all.extend(ts.tolist())
            ips.extend([ip] * len(ts))
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.9, 0.02),
            ips=ips,
            comp_median=380.0,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups; some send whole transcripts)",
            "pacing": "bot-paced sessions of 7-12 turns seconds apart",
            "ip_source": "carrier IPv6, one address per session",
            "payment": f"{len(cards)} prepaid cards",
            "user_agent": "mobile HTTP clients",
            "languages": list(langs),
            "transcript_share": _r(p_transcript),
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# best-of-n sampling and soft labels, slow and steady from small VMs


def body_drag(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "body_drag"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("oracle", "vultr", "digitalocean"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = {"en": 0.6, "ko": 0.2, "ja": 0.2}
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    rate = float(rng.uniform(1.5, 3.5))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda x: np.ones(len(x))
        )
        ts_all, prompts, med = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 10)
            lang = weighted(rng, langs)
            soft = chance(rng, 0.5)
            p = (
                texts.soft_label(rng, lang, irange(rng, 0, 2))
                if soft
                else texts.sample_target(rng, lang)
            )
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            ts_all.extend(ts.tolist())
            prompts.extend([p] * k)
            med.extend([70.0 if soft else 240.0] * k)
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.95, 0.0),
            comp_median=np.asarray(med),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (probability JSON) harvest: each prompt sent 4-10 times",
            "pacing": f"steady ~{_r(rate, 1)} groups/h per key, group members seconds apart",
            "ip_source": f"{provider} VMs, one per key",
            "payment": "one card",
            "user_agent": "SDKs",
            "languages": list(langs),
            "keys": n,
            "hard": False,
        },
    )


# ============================================================================================
# HARD: translation harvest posing as a localisation agency


def unhooked(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "unhooked"
    n = irange(rng, 3, 6)
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    box = cloud(rng, 1, "hetzner")
    clients = [
        pick(
            rng,
            (
                "Nordlicht Media",
                "Casa Verde Tours",
                "Pixelbay",
                "Halvorsen Legal",
                "Lumio Health",
                "Orbital Games",
                "Kestrel Bank",
            ),
        )
        for _ in range(irange(rng, 3, 5))
    ]
    locales = [
        texts.LOCALES[i]
        for i in sorted(
            rng.choice(len(texts.LOCALES), size=irange(rng, 8, 12), replace=False).tolist()
        )
    ]
    styles = sorted(rng.choice(3, size=irange(rng, 1, 2), replace=False).tolist())
    order = rng.permutation(len(ctx.passages))
    cursor = 0
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="cat_connector",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "cat-connector/3.1.0 python-httpx/0.28.1")),
            ips=office,
            tz=tz,
        )
        accts.append(a)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7 * 5 / 7, workday(tz))
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(2, 6)), b=ctx.t1)
        )
        prompts, med = [], []
        seg, left, job = "", 0, irange(rng, 1000, 9000)
        client, st = pick(rng, clients), pick(rng, styles)
        for _ in range(len(ts)):
            if left == 0:
                seg = texts.clip_text(rng, ctx.passages[int(order[cursor % len(order)])], 200, 900)
                cursor += 1
                left, job, client = len(locales), job + 1, pick(rng, clients)
            prompts.append(texts.l10n_job(rng, client, locales[len(locales) - left], seg, job, st))
            med.append(len(seg) / 3.2)
            left -= 1
        ips = [pick(rng, box) if chance(rng, 0.3) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.0),
            ips=ips,
            comp_median=np.asarray(med),
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest dressed as localisation jobs: every long segment into 8-12 locales",
            "pacing": "office-hour job bursts, segments seconds apart",
            "ip_source": "office broadband plus one Hetzner box",
            "payment": "one agency card",
            "user_agent": "CAT connector / requests",
            "locales": locales,
            "styles": styles,
            "keys": n,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "kiteloop": kiteloop,
    "megaloop": megaloop,
    "handlepass": handlepass,
    "railey": railey,
    "frontroll": frontroll,
    "depower": depower,
    "chicken_loop": chicken_loop,
    "twintip": twintip,
    "downloop": downloop,
    "waterstart": waterstart,
    "body_drag": body_drag,
    "unhooked": unhooked,
}
