"""Batch 284's twelve campaign families (code names from kambala). Each is a generator
`family(ctx, rng, campaign_id)` that creates its accounts, writes their events to `ctx.sink` and
records the campaign in `ctx.truth`. All draws use the family's own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
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
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind284 import texts

#: user agents as they appear in the simulator's background traffic (observed in its output)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_W = (550, 295, 257, 224, 175, 83)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
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


def bg_ua(rng: np.random.Generator) -> str:
    return texts.weighted(rng, BG_UAS, BG_UA_W, 1)[0]


def lang_mix(
    rng: np.random.Generator, langs: tuple[str, ...], k_lo: int = 2
) -> tuple[list[str], list[float]]:
    """A family's own language subset (first one dominant) and weights."""
    k = irange(rng, min(k_lo, len(langs)), len(langs))
    order = rng.permutation(len(langs)).tolist()
    chosen = [langs[i] for i in order[:k]]
    w = rng.dirichlet(np.ones(k) * 1.5)
    w = np.sort(w)[::-1]
    return chosen, [float(x) for x in w]


def catted(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# kona: reasoning-trace coercion from a rented hosting block, worker pool


def kona(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kona"
    n_keys = irange(rng, 10, 22)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 8))
    uas = [
        pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
        for _ in range(2)
    ]
    langs, w = lang_mix(rng, texts.REASON_LANGS)
    styles = tuple(sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()))
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[0 if shared_card else i % n_orgs],
                ua=uas[i % 2],
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(55, 120))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for a, ts in zip(accts, streams, strict=True):
        ls = texts.weighted(rng, langs, w, len(ts))
        prompts = [texts.reasoning_prompt(rng, lg, styles) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=950,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "ip_source": f"rented_block:{prov}",
            "payment": "shared" if shared_card else "per_org",
            "languages": langs,
            "styles": list(styles),
            "keys": n_keys,
            "per_hour": round(per_hour, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# negilu: pairwise judge / rubric / reward grading, stolen cards, residential proxies, bursts


def negilu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "negilu"
    n_keys = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 60, 160), region)
    langs = ["en"] + (["fr"] if chance(rng, 0.6) else []) + (["ja"] if chance(rng, 0.5) else [])
    lw = [0.7] + [0.3 / max(1, len(langs) - 1)] * (len(langs) - 1)
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=pool[:1],
        )
        accts.append(a)
        s0 = start + float(rng.uniform(0, 0.5)) * DAY
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - s0) / DAY, constant)
        ts = catted(
            bursts(rng, starts, float(rng.uniform(20, 50)), float(rng.uniform(2, 6)), b=ctx.t1)
        )
        ips = sticky(rng, ts, pool, float(rng.uniform(5, 20)) * MINUTE)
        ls = texts.weighted(rng, langs, lw, len(ts))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, lg, pick(rng, styles)) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=260,
            err=0.02,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "bursts",
            "ip_source": f"residential_proxy:{region}",
            "payment": "one_stolen_card_per_key",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# hagga: censorship-safe / policy rewrites through shared VPN exits


def hagga(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hagga"
    n_keys = irange(rng, 8, 15)
    exits: list[str] = []
    for prov in ("m247", "leaseweb", "vultr", "digitalocean"):
        if chance(rng, 0.7) or not exits:
            exits += cloud(rng, irange(rng, 4, 10), prov)
    cards = [hexid(rng, "pay") for _ in range((n_keys + 2) // 3)]
    langs, w = lang_mix(rng, texts.POLICY_LANGS, 3)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=cards[i // 3],
            ua=pick(rng, SDK_OTHER[:6]),
            ips=exits,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        tz = pick(rng, (3, 8, 2))
        ts = thinned(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(250, 650)) * (ctx.t1 - s0) / (5 * DAY),
            workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.15),
        )
        ls = texts.weighted(rng, langs, w, len(ts))
        prompts = [texts.policy_prompt(rng, ctx.chat, ctx.passages, lg) for lg in ls]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.88, 0.05), comp_median=520, err=0.015
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "poisson_per_key_daily",
            "ip_source": "vpn_exits_shared",
            "payment": "prepaid_card_per_3_keys",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# adda_halage: agent / tool-use transcripts, one startup org, cloud, episode bursts


def adda_halage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "adda_halage"
    n_keys = irange(rng, 7, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    langs = ("en", "zh", "es")
    lw = (float(rng.uniform(0.6, 0.9)), 0.1, 0.1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    starts = worker_pool(rng, start, ctx.t1, float(rng.uniform(10, 22)), n_keys)
    for a, st in zip(accts, starts, strict=True):
        ts_all, pr_all = [], []
        for s in st.tolist():
            k = irange(rng, 3, 9)
            lg = texts.weighted(rng, langs, lw, 1)[0]
            ep = texts.agent_episode(rng, k, pick(rng, styles), lg)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            )
            pr_all += ep
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        keep = ts < ctx.t1
        ctx.emit(
            rng,
            a,
            ts[keep],
            [p for p, m in zip(pr_all, keep.tolist(), strict=True) if m],
            models=ctx.models(rng, ts[keep], 0.85, 0.1),
            comp_median=180,
            err=0.01,
            extra=irange(rng, 200, 700),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "worker_pool_episodes",
            "ip_source": f"cloud:{prov}",
            "payment": "one_company_card",
            "styles": styles,
            "languages": list(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# kane_halage: synthetic-dataset generation, Asian clouds, nightly bursts, many keys


def kane_halage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kane_halage"
    n_keys = irange(rng, 18, 34)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range((n_keys + 4) // 5)]
    provs = ("alibaba", "tencent", "huawei", "ucloud")
    langs, w = lang_mix(rng, texts.SYNTH_LANGS, 3)
    topics = [c for _, c in texts.concept_bank(rng, 120)]
    tz = 8
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i // 5],
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
            ips=cloud(rng, irange(rng, 1, 4), provs[i % len(provs)]),
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.5, 4)) * (ctx.t1 - s0) / DAY,
            nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz),
        )
        ts = catted(
            bursts(
                rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(8, 25)), 0.7, b=ctx.t1
            )
        )
        ls = texts.weighted(rng, langs, w, len(ts))
        prompts = [texts.synth_prompt(rng, lg, pick(rng, topics)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.15),
            comp_median=1400,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "nightly_bursts",
            "ip_source": "cloud:asia",
            "payment": "card_per_5_keys",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# pookare (hard): harvest hidden inside a real consumer product's traffic


def pookare(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pookare"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("Quillwise", "Notebloom", "Studyfox", "Parlo Write"))
    tone = pick(rng, ("friendly", "concise", "encouraging"))
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    servers = cloud(rng, irange(rng, 2, 5), prov)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=servers,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(18, 40))
    harvest_share = float(rng.uniform(0.18, 0.32))
    h_start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    # the product's own users write mostly English; the injected items follow the same mix
    others, ow = lang_mix(rng, ("es", "pt", "fr", "de", "id"), 1)
    langs = ["en", *others]
    w = [0.7] + [0.3 * x for x in ow]
    bank = texts.concept_bank(rng, 600)
    nb = 0
    upgrade = float(rng.uniform(0.55, 0.8))
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(12, 20)), 0.55)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts, inj = [], []
        for t in ts.tolist():
            if t >= h_start and chance(rng, harvest_share):
                s, c = bank[nb % len(bank)]
                nb += 1
                lg = texts.weighted(rng, langs, w, 1)[0]
                prompts.append(texts.app_wrapper(app, tone, texts.explain_prompt(rng, lg, s, c)))
                inj.append(True)
            else:
                prompts.append(
                    texts.app_wrapper(app, tone, texts.clip(pick(rng, ctx.chat), 10, 1500, rng))
                )
                inj.append(False)
        inj_a = np.asarray(inj, dtype=bool)
        models = ctx.models(rng, ts, upgrade, 0.25)
        models = [
            ctx.new_model if (i and t >= ctx.release) else m
            for m, i, t in zip(models, inj, ts.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(inj_a, 700.0, 330.0),
            err=0.01,
            extra=60,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "hidden_in_product_traffic",
            "pacing": "product_global_load",
            "ip_source": f"cloud:{prov}",
            "payment": "one_business_card",
            "app": app,
            "harvest_share": round(harvest_share, 3),
            "languages": langs,
            "harvest_start": h_start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# jodukare (hard): bought aged accounts, taken over near the release


def jodukare(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jodukare"
    n = irange(rng, 10, 18)
    bank = texts.concept_bank(rng, 400)
    nb = 0
    keep_ua = float(rng.uniform(0.5, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, texts.LANG_OF_TZ[tz])
        ua0 = pick(rng, BG_BROWSERS[:2]) if chance(rng, 0.6) else bg_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release - float(rng.uniform(-0.4, 0.8)) * DAY
        # the original owner's use before the sale
        pre = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.5)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            70.0,
        )
        ts_pre = catted(pre)
        ctx.emit(
            rng,
            a,
            ts_pre,
            [texts.clip(pick(rng, ctx.chat), 8, 800, rng) for _ in range(len(ts_pre))],
            models=ctx.models(rng, ts_pre, 0.15, 0.2),
            comp_median=340,
        )
        # after the takeover: residential proxies in the same region, person-like sessions
        pool = resi(rng, irange(rng, 15, 40), REGION_OF_TZ[tz])
        ua1 = ua0 if chance(rng, keep_ua) else "OpenAI/Python 1.54.0"
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 9)),
            evening_person(tz, 3.5),
            float(rng.uniform(8, 18)),
            float(rng.uniform(30, 80)),
        )
        for st in sess:
            prompts = []
            for j in range(len(st)):
                if j > 0 and chance(rng, 0.3):
                    prompts.append(texts.followup(rng, lang))
                else:
                    s, c = bank[nb % len(bank)]
                    nb += 1
                    prompts.append(texts.casual_question(rng, lang, s, c))
            ips = sticky(rng, st, pool, float(rng.uniform(20, 90)) * MINUTE)
            ctx.emit(
                rng,
                a,
                st,
                prompts,
                ips=ips,
                ua=ua1,
                models=ctx.models(rng, st, 0.8, 0.05),
                comp_median=620,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "pacing": "human_sessions",
            "ip_source": "home_then_residential_proxy_same_region",
            "payment": "original_owners_cards",
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# ontikare (hard): low-and-slow person-like crowd with prepaid virtual cards


def ontikare(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ontikare"
    n = irange(rng, 45, 80)
    bank = texts.concept_bank(rng, 700)
    nb = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, texts.LANG_OF_TZ[tz])
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.55) else bg_ua(rng)
        pool = resi(rng, irange(rng, 2, 6), REGION_OF_TZ[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.6, 2.2)),
            evening_person(tz),
            float(rng.uniform(2.5, 6)),
            float(rng.uniform(40, 140)),
            1.0,
        )
        for st in sess:
            prompts = []
            for j in range(len(st)):
                if j > 0 and chance(rng, 0.2):
                    prompts.append(texts.followup(rng, lang))
                else:
                    s, c = bank[nb % len(bank)]
                    nb += 1
                    prompts.append(texts.casual_question(rng, lang, s, c))
            ctx.emit(
                rng,
                a,
                st,
                prompts,
                ips=pick(rng, pool),
                models=ctx.models(rng, st, 0.75, 0.1),
                comp_median=560,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_tz_matched",
            "payment": "prepaid_virtual_per_account",
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# moodabidri (hard): public prompt replay from an office connection, pivot at release


def moodabidri(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "moodabidri"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, (1, 2, 0, 8))
    office = home(rng, irange(rng, 1, 3), tz)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua="OpenAI/Python 1.54.0" if chance(rng, 0.8) else bg_ua(rng),
            ips=office,
            tz=tz,
        )
        accts.append(a)
        warm = thinned(rng, ctx.t0, ctx.release, float(rng.uniform(5, 30)), workday(tz))
        main = thinned(
            rng,
            ctx.release + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            float(rng.uniform(500, 1400)),
            workday(tz, start=8.0, end=19.0, weekend=0.2, night=0.05),
        )
        ts = np.concatenate([warm, main])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[pos % len(order)]])
            pos += 1
        models = [ctx.old_models[0]] * len(warm) + ctx.models(rng, main, 0.96, 0.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=380, err=0.012)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_after_release",
            "ip_source": "office_broadband",
            "payment": "per_org",
            "keys": n_keys,
            "tz": tz,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# vandaru: multi-turn companion-dialogue harvest from small VPSes


def vandaru(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vandaru"
    n_keys = irange(rng, 12, 20)
    langs, w = lang_mix(rng, texts.DIALOGUE_LANGS, 2)
    style = irange(rng, 0, 2)
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, ("vultr", "linode", "digitalocean"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            ua=pick(rng, ("aiohttp/3.11.11", "Go-http-client/2.0")),
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng, s0, ctx.t1, float(rng.uniform(0.4, 1.2)) * (ctx.t1 - s0) / HOUR, constant
        )
        ts_all, pr_all = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 10)
            lg = texts.weighted(rng, langs, w, 1)[0]
            pr_all += texts.dialogue_chain(rng, lg, k, style)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.5, size=k - 1))])
            )
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng, a, ts, pr_all, models=ctx.models(rng, ts, 0.9, 0.05), comp_median=240, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "pacing": "chained_turns",
            "ip_source": "cloud_vps_one_per_key",
            "payment": "prepaid_per_key",
            "languages": langs,
            "style": style,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# suggi: best-of-n / soft-label sampling spread across keys


def suggi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "suggi"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("gcp", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("reqwest/0.12.12", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    langs = ("en", "zh", "ru")
    lw = (0.7, 0.2, 0.1)
    styles = sorted(rng.choice(3, size=irange(rng, 2, 3), replace=False).tolist())
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    items = thinned(
        rng, start, ctx.t1, float(rng.uniform(10, 25)) * (ctx.t1 - start) / HOUR, constant
    )
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_pr: list[list[str]] = [[] for _ in range(n_keys)]
    for t in items.tolist():
        lg = texts.weighted(rng, langs, lw, 1)[0]
        p = texts.softlabel_item(rng, lg, pick(rng, styles), ctx.passages)
        k = irange(rng, 4, 8)
        offs = np.cumsum(rng.exponential(0.6, size=k))
        who = rng.integers(0, n_keys, size=k).tolist()
        for o, i in zip(offs.tolist(), who, strict=True):
            per_ts[i].append(t + o)
            per_pr[i].append(p)
    for i, a in enumerate(accts):
        ts = np.asarray(per_ts[i])
        ctx.emit(rng, a, ts, per_pr[i], models=ctx.new_model, comp_median=200, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_fanout_across_keys",
            "ip_source": f"cloud:{prov}",
            "payment": "shared",
            "styles": styles,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# kadri: code curriculum sweep from a phone farm (carrier IPv6)


def kadri(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kadri"
    n_keys = irange(rng, 6, 12)
    cards = [hexid(rng, "pay") for _ in range(2)]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    tz = {"in_mobile": 5, "br_mobile": -3, "us_mobile": -5}[carrier]
    nl_langs = ("en", "zh", "ru")
    nlw = (float(rng.uniform(0.5, 0.8)), 0.2, 0.1)
    styles = sorted(rng.choice(3, size=irange(rng, 2, 3), replace=False).tolist())
    plangs = [
        texts.PLANGS[i]
        for i in sorted(
            rng.choice(len(texts.PLANGS), size=irange(rng, 3, 6), replace=False).tolist()
        )
    ]
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone_worker",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(6, 14)) * (ctx.t1 - s0) / DAY,
            workday(tz, start=10, end=23, weekend=0.8, night=0.1),
        )
        ts = catted(
            bursts(
                rng, starts, float(rng.uniform(6, 15)), float(rng.uniform(20, 60)), 0.6, b=ctx.t1
            )
        )
        level = np.minimum(10, 1 + ((ts - ctx.t0) / (ctx.t1 - ctx.t0) * 10).astype(int)).tolist()
        ls = texts.weighted(rng, nl_langs, nlw, len(ts))
        prompts = [
            texts.code_task(rng, lg, pick(rng, styles), lv, pick(rng, plangs))
            for lg, lv in zip(ls, level, strict=True)
        ]
        # a phone's carrier address changes with each session: one per burst-ish hour
        ips = sticky(rng, ts, mobile_v6(rng, 40, carrier), HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=720,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "bursts_in_waking_hours",
            "ip_source": f"carrier:{carrier}",
            "payment": "two_stolen_cards",
            "languages": list(nl_langs),
            "programming_languages": plangs,
            "keys": n_keys,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "kona": kona,
    "negilu": negilu,
    "hagga": hagga,
    "adda_halage": adda_halage,
    "kane_halage": kane_halage,
    "pookare": pookare,
    "jodukare": jodukare,
    "ontikare": ontikare,
    "moodabidri": moodabidri,
    "vandaru": vandaru,
    "suggi": suggi,
    "kadri": kadri,
}
