"""Campaign families of batch 352 (code names from *geyser*).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, writes their events into the
shared sink and records the campaign in the truth. Every parameter is drawn from the family's own
generator, in an order that does not depend on the process (no set walks, no `hash()`).
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
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind352 import texts

Rng = np.random.Generator

#: languages that fit a user's UTC offset (for crowds posing as people)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "en",
    8: "id",
    9: "en",
}
#: residential regions of a UTC offset (as `ipspace.REGION_OF_TZ`, first choice)
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


def _weighted(rng: Rng, items: tuple, weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _langs(rng: Rng, items: tuple, n: int, alpha: float = 2.0) -> list[str]:
    """n draws from a per-family Dirichlet mixture over `items` (first item favoured)."""
    conc = np.full(len(items), alpha)
    conc[0] *= 3
    p = rng.dirichlet(conc)
    return [items[i] for i in rng.choice(len(items), size=n, p=p).tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def sinter(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 10, 22)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(22, 45))
    pre = float(rng.uniform(0.2, 0.45))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, pre)

    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    lang_p = rng.dirichlet([6.0, 2.0, 1.5])
    accts = []
    for i, ts in enumerate(streams):
        ips = [
            block[j] for j in rng.choice(len(block), size=irange(rng, 1, 2), replace=False).tolist()
        ]
        acct = ctx.account(
            rng,
            label="campaign",
            family="sinter",
            role="worker",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=pays[i % len(pays)],
            ua=ua,
            ips=ips,
        )
        accts.append(acct)
        langs = [("en", "zh", "ru")[j] for j in rng.choice(3, size=len(ts), p=lang_p).tolist()]
        prompts = [texts.sinter_prompt(rng, lg) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1700.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        camp,
        "sinter",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(pays),
            "pacing": "poisson worker pool, scaled up at release",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "languages": ["en", "zh", "ru"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / reward-model grading, separate stolen-card signups, nightly jobs


def geyserite(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 7, 13)
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    op_tz = pick(rng, (8, 3, 2))
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), op_tz)
    lang_p = rng.dirichlet([7.0, 1.5, 1.5])
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="geyserite",
            role="grader",
            campaign_id=camp,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, a, ctx.t1, float(rng.uniform(1.0, 2.5)) * (ctx.t1 - a) / DAY, night)
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(14, 34)), float(rng.uniform(1.5, 4.0)), b=ctx.t1)
        )
        langs = [("en", "es", "de")[j] for j in rng.choice(3, size=len(ts), p=lang_p).tolist()]
        prompts = [texts.geyserite_prompt(rng, lg, ctx.chat, ctx.passages) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.25),
            comp_median=230.0,
            comp_sigma=0.5,
            err=0.02,
            extra=irange(rng, 0, 60),
        )
    ctx.campaign(
        camp,
        "geyserite",
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "one stolen card per signup",
            "pacing": "nightly bursts in operator time",
            "operator_tz": op_tz,
            "ip_source": f"{provider} instances",
            "languages": ["en", "es", "de"],
        },
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites through a residential proxy network


def mudpot(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 28, 42)
    regions = ("us", "eu", "sea", "latam")
    pool = []
    for r in regions:
        pool.extend(resi(rng, irange(rng, 30, 70), r))
    cards = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 3, 6)))]
    glob = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    accts = []
    for _ in range(n_keys):
        lang = _weighted(rng, ("en", "zh", "ar", "tr"), [5, 3, 1.5, 1.0])
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.3)
        acct = ctx.account(
            rng,
            label="campaign",
            family="mudpot",
            role="rewriter",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 5.0)),
            glob,
            float(rng.uniform(3, 7)),
            float(rng.uniform(12, 40)),
            0.6,
        )
        ts = _concat(sess)
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        prompts = [texts.mudpot_prompt(rng, lang, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "mudpot",
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "payment": "prepaid cards, each on several keys",
            "pacing": "short scripted sessions",
            "ip_source": "residential proxy pool (sticky)",
            "languages": ["en", "zh", "ar", "tr"],
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts from a framework on cloud plus VPN exits


def spout(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws") + cloud(rng, irange(rng, 1, 3), "m247")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    starts = worker_pool(rng, a, ctx.t1, float(rng.uniform(3, 5.5)), n_keys)
    lang_p = rng.dirichlet([8.0, 1.0, 1.0])
    accts = []
    for st in starts:
        acct = ctx.account(
            rng,
            label="campaign",
            family="spout",
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        accts.append(acct)
        ts = _concat(
            bursts(rng, st, float(rng.uniform(6, 11)), float(rng.uniform(4, 12)), 0.6, b=ctx.t1)
        )
        langs = [("en", "ja", "de")[j] for j in rng.choice(3, size=len(ts), p=lang_p).tolist()]
        pairs = [texts.spout_prompt(rng, lg) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            [p for p, _ in pairs],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=280.0,
            comp_sigma=0.7,
            err=0.03,
            extra=[x for _, x in pairs],
        )
    ctx.campaign(
        camp,
        "spout",
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "episodes of chained steps from a worker pool",
            "ip_source": "aws + m247 VPN exits",
            "languages": ["en", "ja", "de"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic instruction-dataset generation, nightly


def travertine(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 3, 5)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("vultr", "contabo", "digitalocean"))
    tz = pick(rng, TZS)
    night = nightly(float(rng.uniform(21, 24)), float(rng.uniform(5, 8)), tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), 0.05)

    streams = worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
        ctx.t1,
        float(rng.uniform(14, 24)),
        n_keys,
        curve,
    )
    lang_p = rng.dirichlet([6.0, 1.0, 1.0, 1.0, 1.0])
    accts = []
    for i, ts in enumerate(streams):
        acct = ctx.account(
            rng,
            label="campaign",
            family="travertine",
            role="generator",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=pick(rng, ("curl/8.5.0", "python-requests/2.32.3")),
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        langs = [
            ("en", "es", "pt", "id", "vi")[j]
            for j in rng.choice(5, size=len(ts), p=lang_p).tolist()
        ]
        prompts = [texts.travertine_prompt(rng, lg) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=2300.0,
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        camp,
        "travertine",
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "pacing": "nightly worker pool",
            "tz": tz,
            "ip_source": provider,
            "languages": ["en", "es", "pt", "id", "vi"],
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def superheat(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 6, 11)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    ips = rented_block(rng, "gcp", 1, irange(rng, 2, 5))
    a = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    jobs = worker_pool(rng, a, ctx.t1, float(rng.uniform(4, 7)), n_keys)
    lang_p = rng.dirichlet([6.0, 1.5, 1.5])
    accts = []
    for i, st in enumerate(jobs):
        acct = ctx.account(
            rng,
            label="campaign",
            family="superheat",
            role="sampler",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua="aiohttp/3.11.11",
            ips=ips,
        )
        accts.append(acct)
        ts_parts, prompts, meds = [], [], []
        for s in st.tolist():
            n = irange(rng, 3, 8)
            t = s + np.concatenate([[0.0], np.cumsum(rng.uniform(0.2, 3.0, size=n - 1))])
            lg = ("en", "fr", "ja")[int(rng.choice(3, p=lang_p))]
            p = texts.superheat_prompt(rng, lg, ctx.chat)
            ts_parts.append(t)
            prompts.extend([p] * n)
            meds.extend([120.0 if "probab" in p or "確率" in p else 480.0] * n)
        order = (
            np.argsort(np.concatenate(ts_parts), kind="stable")
            if ts_parts
            else np.empty(0, dtype=np.int64)
        )
        ts = np.concatenate(ts_parts)[order] if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.1),
            comp_median=np.asarray(meds)[order],
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        "superheat",
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "pacing": "jobs of 3-8 identical requests seconds apart",
            "ip_source": "gcp /24",
            "languages": ["en", "fr", "ja"],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: multi-turn dialogue harvest by a person-like crowd on residential proxies


def siliceous(ctx: Ctx, rng: Rng, camp: str) -> None:
    n = irange(rng, 36, 58)
    cards = [hexid(rng, "pay") for _ in range(n)]
    accts = []
    for i in range(n):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 1, 2, 8))
        lang = LANG_OF_TZ[tz] if chance(rng, 0.8) else "en"
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        pool = resi(rng, irange(rng, 3, 8), REGION_OF_TZ[tz])
        pay = cards[i] if chance(rng, 0.8) else cards[max(0, i - 1)]
        acct = ctx.account(
            rng,
            label="campaign",
            family="siliceous",
            role="persona",
            campaign_id=camp,
            pay=pay,
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            curve,
            float(rng.uniform(3.5, 7)),
            float(rng.uniform(50, 110)),
            0.7,
        )
        ts_all, prompts, extra = [], [], []
        for s in sess:
            ctxlen = 0
            for j in range(len(s)):
                prompts.append(
                    texts.siliceous_opener(rng, lang, ctx.chat)
                    if j == 0
                    else texts.followup(rng, lang)
                )
                extra.append(ctxlen)
                ctxlen += irange(rng, 250, 900)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ips = sticky(rng, ts, pool, float(rng.uniform(1, 4)) * HOUR)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            ips=ips,
            comp_median=650.0,
            comp_sigma=0.5,
            err=0.005,
            extra=extra,
        )
    ctx.campaign(
        camp,
        "siliceous",
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": n,
            "cards": "mostly one per key",
            "pacing": "human-like sessions in each persona's time zone",
            "ip_source": "residential proxies per region",
            "languages": ["en", "pt", "de", "fr", "id"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real writing-assistant product's traffic


def conduit(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 3, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Quillfy", "Wordsmyth", "Draftwell", "Penrose AI", "Scribbly"))
    egress = cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    load = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.45, 0.7)))
    release = ctx.release
    product_per_hour = float(rng.uniform(20, 32))
    harvest_share = float(rng.uniform(0.3, 0.45))

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.25 - load(ts), 0, 1) * np.where(np.asarray(ts) >= release, 1.0, 0.3)

    prod = worker_pool(rng, ctx.t0, ctx.t1, product_per_hour, n_keys, load)
    harv = worker_pool(
        rng, ctx.t0 + DAY, ctx.t1, product_per_hour * harvest_share * 1.4, n_keys, offpeak
    )
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="conduit",
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        accts.append(acct)
        tp, th = prod[i], harv[i]
        pp = [texts.conduit_product(rng, ctx.chat, brand) for _ in range(len(tp))]
        ph = [texts.conduit_harvest(rng, brand) for _ in range(len(th))]
        ctx.emit(
            rng,
            acct,
            tp,
            pp,
            models=ctx.models(rng, tp, p_new=0.45, p_mini=0.35),
            comp_median=300.0,
            comp_sigma=0.7,
            err=0.01,
        )
        ctx.emit(
            rng,
            acct,
            th,
            ph,
            models=ctx.models(rng, th, p_new=0.97, p_mini=0.0),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        "conduit",
        accts,
        {
            "operation": "harvest hidden in a writing-assistant product's traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "brand": brand,
            "harvest_share": round(harvest_share, 2),
            "pacing": "product global load; harvest fills off-peak capacity",
            "ip_source": "aws egress NAT",
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged personal accounts, taken over for code harvest


def gusher(ctx: Ctx, rng: Rng, camp: str) -> None:
    n = irange(rng, 22, 34)
    lang_p = rng.dirichlet([7.0, 1.5, 1.5])
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua0 = pick(rng, BROWSERS)
        homeip = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="gusher",
            role="aged_account",
            campaign_id=camp,
            ua=ua0,
            ips=homeip,
            tz=tz,
        )
        accts.append(acct)
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        before = _concat(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.4, 1.6)), evening_person(tz), 2.5, 70.0
            )
        )
        ctx.emit(
            rng,
            acct,
            before,
            [texts.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(before))],
            models=ctx.models(rng, before, p_new=0.5, p_mini=0.1),
            comp_median=340.0,
            err=0.005,
        )
        lang = ("en", "zh", "ru")[int(rng.choice(3, p=lang_p))]
        pool = home(rng, irange(rng, 4, 10), tz)
        ua1 = sdk_ua(rng, 0.5) if chance(rng, 0.6) else ua0
        after = _concat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2.5, 6.0)),
                evening_person(tz, spread=3.5),
                float(rng.uniform(3, 6)),
                float(rng.uniform(25, 60)),
            )
        )
        ips = sticky(rng, after, pool, float(rng.uniform(1, 3)) * HOUR)
        ctx.emit(
            rng,
            acct,
            after,
            [texts.gusher_prompt(rng, lang) for _ in range(len(after))],
            ips=ips,
            ua=ua1,
            models=ctx.models(rng, after, p_new=0.97, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        camp,
        "gusher",
        accts,
        {
            "operation": "code harvest through bought aged personal accounts",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "owner's human sessions, then denser sessions after takeover in the owner's time zone",
            "ip_source": "residential proxies in the owner's region",
            "languages": ["en", "zh", "ru"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay by a crowd of fresh low-volume accounts


def hotspring(ctx: Ctx, rng: Rng, camp: str) -> None:
    n = irange(rng, 60, 95)
    pool = []
    for r in ("us", "eu", "latam", "sea", "in"):
        pool.extend(resi(rng, irange(rng, 25, 50), r))
    cursor = irange(rng, 0, len(ctx.chat) - 1)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family="hotspring",
            role="replayer",
            campaign_id=camp,
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-0.3, 1.3)) * DAY
        ts = _concat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(1.5, 4.5)),
                evening_person(tz),
                float(rng.uniform(2, 4)),
                float(rng.uniform(60, 150)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[cursor % len(ctx.chat)])
            cursor += 1
        ips = sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            ips=ips,
            comp_median=720.0,
            comp_sigma=0.5,
            err=0.004,
        )
    ctx.campaign(
        camp,
        "hotspring",
        accts,
        {
            "operation": "public prompt replay",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "a few evening sessions per account, starting around the release",
            "ip_source": "shared residential proxy pool (sticky)",
            "languages": "as the public set",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# translation harvest for a parallel corpus


def steam_vent(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 4, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 2, "in")
    batch = cloud(rng, 2, "digitalocean")
    tz = 5
    office_curve = workday(tz, start=9.5, end=19.0, weekend=0.2)
    accts = []
    for i in range(n_keys):
        on_cloud = i == 0 or chance(rng, 0.25)
        acct = ctx.account(
            rng,
            label="campaign",
            family="steam_vent",
            role="translator_job",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=batch if on_cloud else office,
            tz=tz,
        )
        accts.append(acct)
        curve = constant_night if on_cloud else office_curve
        starts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1)) * DAY,
            ctx.t1,
            float(rng.uniform(10, 20)) * 7,
            curve,
        )
        ts_parts, prompts, meds = [], [], []
        style = irange(rng, 0, 3)
        for s in starts.tolist():
            src = texts.clip(pick(rng, ctx.passages), 300, 1500, rng)
            tgts = [
                texts._TARGETS[j]
                for j in rng.choice(
                    len(texts._TARGETS), size=irange(rng, 4, 9), replace=False
                ).tolist()
            ]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.4, size=len(tgts) - 1))]
            )
            ts_parts.append(t)
            for tg in tgts:
                prompts.append(
                    texts.steam_vent_prompt(
                        rng, src, tg, style if chance(rng, 0.8) else irange(rng, 0, 3)
                    )
                )
                meds.append(len(src) / 3.0)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=np.asarray(meds),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "steam_vent",
        accts,
        {
            "operation": "translation harvest for a parallel corpus",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "office-hours jobs plus a round-the-clock cloud worker; each source fanned out to 4-9 languages",
            "ip_source": "office broadband (in) + digitalocean",
            "languages": "en source, 20 targets",
        },
    )


def constant_night(ts: np.ndarray) -> np.ndarray:
    return np.full(len(np.asarray(ts)), 0.6)


# --------------------------------------------------------------------------------------------
# curriculum sweep at a slow steady rate


def old_faithful(ctx: Ctx, rng: Rng, camp: str) -> None:
    n_keys = irange(rng, 2, 4)
    providers = [
        pick(rng, ("ovh", "hetzner", "linode", "oracle", "scaleway", "digitalocean"))
        for _ in range(n_keys)
    ]
    switch = ctx.release + float(rng.uniform(1, 8)) * HOUR
    accts = []
    for i in range(n_keys):
        lang = pick(rng, ("en", "hi", "pt", "id"))
        acct = ctx.account(
            rng,
            label="campaign",
            family="old_faithful",
            role="sweeper",
            campaign_id=camp,
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "reqwest/0.12.12")),
            ips=cloud(rng, 1, providers[i]),
        )
        accts.append(acct)
        period = float(rng.uniform(240, 560))
        a = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
        k = int((ctx.t1 - a) / period)
        ts = a + period * np.arange(k) + rng.normal(0, period * 0.08, size=k)
        ts = np.sort(ts)
        subjects = texts._SUBJECTS[lang]
        prompts = []
        step = irange(rng, 0, 200)
        for _ in range(k):
            part, lesson = step % 3, (step // 3) % 40 + 1
            subj = subjects[(step // 120) % len(subjects)]
            grade = 6 + (step // (120 * len(subjects))) % 7
            prompts.append(texts.old_faithful_prompt(lang, subj, grade, lesson, part))
            step += 1
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng, acct, ts, prompts, models=models, comp_median=1100.0, comp_sigma=0.35, err=0.002
        )
    ctx.campaign(
        camp,
        "old_faithful",
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "pacing": "one request every few minutes, 24/7, with small jitter",
            "ip_source": providers,
            "languages": ["en", "hi", "pt", "id"],
            "model_switch_hours_after_release": round((switch - ctx.release) / HOUR, 1),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "sinter": sinter,
    "geyserite": geyserite,
    "mudpot": mudpot,
    "spout": spout,
    "travertine": travertine,
    "superheat": superheat,
    "siliceous": siliceous,
    "conduit": conduit,
    "gusher": gusher,
    "hotspring": hotspring,
    "steam_vent": steam_vent,
    "old_faithful": old_faithful,
}

__all__ = ["CAMPAIGN_FAMILIES"]
