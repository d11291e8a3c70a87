"""Campaign families of blind batch 153 (code names: pesapallo words).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything about a campaign
(key counts, orgs, cards, pacing, addresses, user agents, languages, templates, models) is drawn
from the family's own generator, so seeds differ in more than volume.

The last four families in this file (`kotipesa`, `polttolinja`, `lyontivuoro`,
`syottolautanen`) are the deliberately hard ones; `vapaalyonti` and `kakkospesa` are
medium-hard.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    irange,
    pick,
    picks,
)
from bench.monitor_blind153 import texts as tx

Rng = np.random.Generator

#: the most common user agents on the platform (an operator copying what everyone sends)
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)

#: where a consumer in each UTC offset speaks which languages (weights)
TZ_LANGS: dict[int, tuple[tuple[str, ...], tuple[float, ...]]] = {
    -8: (("en", "es"), (0.85, 0.15)),
    -5: (("en", "es"), (0.8, 0.2)),
    -3: (("pt", "es", "en"), (0.55, 0.3, 0.15)),
    0: (("en",), (1.0,)),
    1: (("de", "fr", "en", "es"), (0.35, 0.25, 0.25, 0.15)),
    2: (("en", "de", "tr"), (0.5, 0.2, 0.3)),
    3: (("tr", "en"), (0.5, 0.5)),
    5: (("en",), (1.0,)),
    8: (("id", "en"), (0.5, 0.5)),
    9: (("en",), (1.0,)),
}


def weighted(rng: Rng, items: tuple | list, weights: tuple | list) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lang_mix(rng: Rng, base: dict[str, float]) -> dict[str, float]:
    """Perturb an operator's language weights (each campaign instance its own mix)."""
    out = {k: float(v * rng.uniform(0.5, 1.5)) for k, v in base.items()}
    s = sum(out.values())
    return {k: round(v / s, 4) for k, v in out.items()}


def draw_langs(rng: Rng, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys])
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def ts_concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, run as a queue of worker keys


def lukkari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lukkari"
    n_keys = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]  # prepaid virtual cards
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    hosts = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    mix = lang_mix(
        rng,
        {
            "en": 0.5,
            "zh": 0.25,
            "es": 0.07,
            "de": 0.06,
            "ru": 0.06,
            "ja": 0.03,
            "fr": 0.02,
            "pt": 0.01,
        },
    )
    style_w = rng.dirichlet(np.ones(4)).tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[hosts[i % len(hosts)]],
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    rate = float(rng.uniform(45, 110))
    boost = float(rng.uniform(1.4, 2.4))
    pre = bb.worker_pool(rng, start, ctx.release, rate, n_keys)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate * boost, n_keys)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        langs = draw_langs(rng, mix, len(ts))
        prompts = [tx.reasoning_harvest(rng, weighted(rng, range(4), style_w), lg) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "pacing": "poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "post_release_boost": round(boost, 2),
            "ip_source": f"rented {provider} block",
            "hosts": len(hosts),
            "user_agent": ua,
            "languages": mix,
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted batches


def sieppari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sieppari"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = bb.sdk_ua(rng, 0.6)
    style_w = rng.dirichlet(np.ones(5) * 0.8).tolist()
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
            ips=bb.cloud(rng, irange(rng, 1, 4), provider),
        )
        for _ in range(n_keys)
    ]
    every_h = float(rng.uniform(1.5, 4.0))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    starts = bb.thinned(rng, start, ctx.t1, (ctx.t1 - start) / (every_h * HOUR), bb.constant)
    size = float(rng.uniform(50, 140))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)), 0.6, ctx.t1)
    per: list[list[np.ndarray]] = [[] for _ in accts]
    for tr in trains:
        # a batch is sharded over the keys
        who = rng.integers(0, n_keys, size=len(tr))
        for i in range(n_keys):
            per[i].append(tr[who == i])
    for a, parts in zip(accts, per, strict=True):
        ts = ts_concat(parts)
        prompts = [
            tx.judge_harvest(rng, weighted(rng, range(5), style_w), ctx.chat, ctx.passages)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            comp_median=230.0,
            comp_sigma=0.55,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / preference grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "scripted batches",
            "batch_every_hours": round(every_h, 2),
            "batch_size": round(size, 1),
            "ip_source": f"{provider} instances",
            "user_agent": ua,
            "languages": {"en": round(1 - style_w[3], 3), "zh": round(style_w[3], 3)},
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on stolen cards, relayed through VPN exits


def kunnari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kunnari"
    n_keys = irange(rng, 9, 18)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    exits = bb.rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 2, 4))
    mix = lang_mix(rng, {"zh": 0.4, "en": 0.25, "ru": 0.18, "ar": 0.1, "vi": 0.07})
    style_w = rng.dirichlet(np.ones(4)).tolist()
    hold = float(rng.uniform(10, 60)) * MINUTE
    accts = []
    first = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    starts = np.sort(rng.uniform(first, ctx.t1 - 0.4 * DAY, size=n_keys)).tolist()
    for a_start in starts:
        ua = pick(rng, bb.SDK_OTHER) if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        # every key its own shell org and its own stolen card
        a = ctx.account(
            rng, label="campaign", family=fam, role="relay", campaign_id=cid, ua=ua, ips=exits
        )
        accts.append(a)
        life = float(rng.uniform(0.4, 2.2)) * DAY  # until the card is charged back
        rate = float(rng.uniform(12, 40))
        end = min(ctx.t1, a_start + life)
        ts = bb.thinned(rng, a_start, end, rate * (end - a_start) / HOUR, bb.constant)
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.policy_harvest(rng, weighted(rng, range(4), style_w), lg, ctx.passages)
            for lg in langs
        ]
        status = np.where(rng.random(len(ts)) < 0.035, 429, 200)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=420.0,
            comp_sigma=0.6,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key, keys relayed as cards die",
            "pacing": "staggered short-lived keys (random starts), constant rate",
            "ip_source": f"{vpn} VPN exits",
            "exits": len(exits),
            "sticky_minutes": round(hold / MINUTE, 1),
            "languages": mix,
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: whole episodes, context growing step by step


def jokeri(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "jokeri"
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="episode-runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    eps_per_hour = float(rng.uniform(6, 16))
    starts = bb.thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    style_w = rng.dirichlet(np.ones(3)).tolist()
    n_tools = irange(rng, 3, 6)
    per_ts: list[list[float]] = [[] for _ in accts]
    per_p: list[list[str]] = [[] for _ in accts]
    per_x: list[list[int]] = [[] for _ in accts]
    per_c: list[list[float]] = [[] for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        steps = irange(rng, 4, 14)
        style = int(weighted(rng, range(3), style_w))
        tools = [
            tx.TOOLS[i] for i in rng.choice(len(tx.TOOLS), size=n_tools, replace=False).tolist()
        ]
        task = tx.agent_task(rng)
        t = s
        ctxlen = 0
        for j in range(steps):
            per_ts[k].append(t)
            per_p[k].append(tx.agent_step(rng, style, task, j, tools))
            per_x[k].append(ctxlen)
            per_c[k].append(600.0 if j == steps - 1 else 140.0)
            ctxlen += irange(rng, 200, 650)
            t += float(rng.lognormal(np.log(5.0), 0.6))
    for i, a in enumerate(accts):
        ts = np.asarray(per_ts[i])
        ctx.emit(
            rng,
            a,
            ts,
            per_p[i],
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=np.asarray(per_c[i]),
            comp_sigma=0.5,
            extra=np.asarray(per_x[i], dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "episodes (4-14 sequential steps)",
            "episodes_per_hour": round(eps_per_hour, 1),
            "ip_source": f"{provider} instances",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation after the release, shell orgs on two prepaid cards


def kotiutus(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kotiutus"
    n_keys = irange(rng, 7, 14)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provs = [
        pick(rng, ("alibaba", "tencent", "ucloud", "huawei")),
        pick(rng, ("contabo", "ovh", "hetzner")),
    ]
    uas = [
        pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3", "Go-http-client/2.0"))
        for _ in range(2)
    ]
    mix = lang_mix(rng, {"en": 0.45, "zh": 0.35, "ja": 0.1, "ko": 0.1})
    style_w = rng.dirichlet(np.ones(4)).tolist()
    accts = []
    for i in range(n_keys):
        p = provs[i % 2]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                pay=cards[i % len(cards)],
                ua=uas[i % 2],
                ips=bb.cloud(rng, irange(rng, 1, 2), p),
            )
        )
    start = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    rate = float(rng.uniform(70, 150))
    pools = bb.worker_pool(
        rng, start, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for a, ts in zip(accts, pools, strict=True):
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.dataset_harvest(rng, weighted(rng, range(4), style_w), lg, ctx.chat) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "pacing": "worker pool from release",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"{provs[0]} + {provs[1]}",
            "user_agents": uas,
            "languages": mix,
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: ordinary openers, scripted follow-ups, residential proxies


def vapaalyonti(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "vapaalyonti"
    n_keys = irange(rng, 14, 28)
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    ua_mode = pick(rng, ("one browser", "browsers", "sdk"))
    one_ua = pick(rng, COMMON_UAS[1::2] + bb.BROWSERS)
    mix = lang_mix(rng, {"en": 0.6, "es": 0.1, "de": 0.08, "zh": 0.1, "pt": 0.07, "ja": 0.05})
    conv_per_day = float(rng.uniform(8, 22))
    turns_mean = float(rng.uniform(3, 7))
    think = float(rng.uniform(15, 60))
    accts = []
    for _ in range(n_keys):
        ua = (
            one_ua
            if ua_mode == "one browser"
            else (pick(rng, bb.BROWSERS) if ua_mode == "browsers" else bb.sdk_ua(rng))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="conversation-bot",
            campaign_id=cid,
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        a_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        convs = bb.session_times(
            rng,
            a_start,
            ctx.t1,
            conv_per_day * float(rng.uniform(0.7, 1.3)),
            bb.constant,
            turns_mean,
            think,
            0.7,
        )
        ts_l, pr_l, x_l, ip_l = [], [], [], []
        for conv in convs:
            lg = draw_langs(rng, mix, 1)[0]
            ip = pick(rng, pool)  # one proxy exit per conversation
            ctxlen = 0
            for j, t in enumerate(conv.tolist()):
                ts_l.append(t)
                pr_l.append(
                    tx.clip(pick(rng, ctx.chat), 10, 1500, rng) if j == 0 else tx.followup(rng, lg)
                )
                x_l.append(ctxlen)
                ip_l.append(ip)
                ctxlen += irange(rng, 250, 700)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.82, 0.03),
            ips=ip_l,
            comp_median=520.0,
            comp_sigma=0.6,
            extra=np.asarray(x_l, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "pacing": "conversations around the clock",
            "conversations_per_day": round(conv_per_day, 1),
            "turns_mean": round(turns_mean, 1),
            "think_seconds": round(think, 1),
            "ip_source": f"residential proxy pool ({region})",
            "pool": len(pool),
            "user_agent": ua_mode,
            "languages": mix,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels from a couple of dedicated servers


def kolmospesa(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kolmospesa"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("ovh", "hetzner", "leaseweb", "scaleway"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    jobs_h = float(rng.uniform(18, 40))
    style_w = rng.dirichlet(np.ones(4)).tolist()
    n_samples = irange(rng, 4, 8)
    for a, jobs in zip(accts, bb.worker_pool(rng, start, ctx.t1, jobs_h, n_keys), strict=True):
        ts_l: list[float] = []
        pr_l: list[str] = []
        for s in jobs.tolist():
            style = int(weighted(rng, range(4), style_w))
            p = tx.softlabel_harvest(rng, style)
            k = n_samples if style == 3 else (2 if style == 2 else 1)
            for j in range(k):
                ts_l.append(s + j * float(rng.uniform(0.05, 0.6)))
                pr_l.append(p)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=320.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "job queue; identical prompt repeated n times per sampling job",
            "jobs_per_hour": round(jobs_h, 1),
            "samples": n_samples,
            "ip_source": f"{provider} dedicated servers",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep: office broadband by day, CI runners by night


def kakkospesa(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kakkospesa"
    tz = pick(rng, (1, 2, 3, 5, 8))
    n_keys = irange(rng, 4, 9)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    runners = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws", "digitalocean")))
    day_ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    night_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    style_w = rng.dirichlet(np.ones(4)).tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=day_ua,
            ips=office,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    day_rate, night_rate = float(rng.uniform(20, 50)), float(rng.uniform(30, 80))
    day_curve = bb.workday(tz, weekend=0.0, night=0.0)

    def night_curve(ts: np.ndarray) -> np.ndarray:
        return 1.0 - day_curve(ts)

    days = bb.worker_pool(rng, start, ctx.t1, day_rate, n_keys, day_curve)
    nights = bb.worker_pool(rng, start, ctx.t1, night_rate, n_keys, night_curve)
    for a, td, tn in zip(accts, days, nights, strict=True):
        ts = np.concatenate([td, tn])
        level = np.clip(1 + (9 * (ts - start) / (ctx.t1 - start)).astype(np.int64), 1, 10)
        prompts = [
            tx.code_harvest(rng, int(weighted(rng, range(4), style_w)), int(lv))
            for lv in level.tolist()
        ]
        ips = picks(rng, office, len(td)) + picks(rng, runners, len(tn))
        uas = [day_ua] * len(td) + [night_ua] * len(tn)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            ua=uas,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code curriculum sweep (difficulty rising over the week)",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": 1,
            "pacing": "worker pools: office hours + nightly CI",
            "rates_per_hour": [round(day_rate, 1), round(night_rate, 1)],
            "tz": tz,
            "ip_source": "office broadband by day, cloud runners by night",
            "user_agents": [day_ua, night_ua],
            "languages": {"en": 1.0},
            "styles": [round(x, 3) for x in style_w],
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def kotipesa(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kotipesa"
    product = pick(rng, ("Inkwell", "Notably", "DraftPal", "Scribo", "Penwise", "Lumen Notes"))
    n_keys = irange(rng, 2, 3)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    user_rate = float(rng.uniform(18, 40))
    share = float(rng.uniform(0.18, 0.35))  # harvest share of the product's traffic after it starts
    h_start = ctx.release + float(rng.uniform(-1.5, 0.3)) * DAY
    mix = lang_mix(rng, {"en": 0.6, "es": 0.12, "de": 0.1, "pt": 0.1, "zh": 0.08})
    key_w = rng.dirichlet(np.ones(n_keys) * 3).tolist()
    users = bb.thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h_rate = user_rate * share / (1 - share)
    harvest = bb.thinned(rng, h_start, ctx.t1, h_rate * (ctx.t1 - h_start) / HOUR, curve)
    for ts, is_h in ((users, False), (harvest, True)):
        who = rng.choice(n_keys, size=len(ts), p=key_w)
        for i, a in enumerate(accts):
            t = ts[who == i]
            if is_h:
                langs = draw_langs(rng, mix, len(t))
                prompts = [tx.product_harvest(rng, product, lg) for lg in langs]
                ctx.emit(
                    rng,
                    a,
                    t,
                    prompts,
                    models=ctx.models(rng, t, 0.7, 0.05),
                    comp_median=800.0,
                    comp_sigma=0.55,
                )
            else:
                prompts = [tx.product_request(rng, product, ctx.chat) for _ in t]
                ctx.emit(
                    rng,
                    a,
                    t,
                    prompts,
                    models=ctx.models(rng, t, 0.55, 0.1),
                    comp_median=350.0,
                    comp_sigma=0.7,
                )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real writing-assistant product's traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "product's global load curve (same for harvest)",
            "user_rate_per_hour": round(user_rate, 1),
            "harvest_share": round(share, 3),
            "harvest_start_days_after_release": round((h_start - ctx.release) / DAY, 2),
            "ip_source": f"{provider} NAT gateways",
            "user_agent": ua,
            "languages": mix,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged consumer accounts taken over around the release


def polttolinja(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "polttolinja"
    n_keys = irange(rng, 12, 24)
    style_w = rng.dirichlet(np.ones(4)).tolist()
    keep_ua = float(rng.uniform(0.4, 0.9))
    per_day = float(rng.uniform(25, 90))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        home_ip = bb.home(rng, 1, tz)
        ua = pick(rng, COMMON_UAS) if chance(rng, 0.7) else pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged-account",
            campaign_id=cid,
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.8, 1.2)) * DAY
        # the owner's own history before the takeover
        own = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            70.0,
        )
        t_own = ts_concat(own)
        ctx.emit(
            rng,
            a,
            t_own,
            [tx.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in t_own],
            models=ctx.models(rng, t_own, 0.2, 0.2),
            comp_median=350.0,
            comp_sigma=0.7,
        )
        # the operator: sessions of scripted questions from residential exits in the owner's region
        proxies = bb.resi(rng, irange(rng, 8, 40), region)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            per_day / 8.0 * float(rng.uniform(0.6, 1.4)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(5, 11)),
            float(rng.uniform(25, 80)),
        )
        t_op = ts_concat(sess)
        prompts = [tx.takeover_prompt(rng, int(weighted(rng, range(4), style_w))) for _ in t_op]
        op_ua = ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.8)
        ctx.emit(
            rng,
            a,
            t_op,
            prompts,
            models=ctx.models(rng, t_op, 0.65, 0.05),
            ips=bb.sticky(rng, t_op, proxies, float(rng.uniform(0.5, 3.0)) * HOUR),
            ua=op_ua,
            comp_median=700.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert Q&A harvest through bought / compromised aged accounts",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "the original owners' cards",
            "pacing": "owner history, then person-like sessions after a takeover around the release",
            "harvest_per_day_per_key": round(per_day, 1),
            "keep_owner_ua": round(keep_ua, 2),
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "languages": {"en": 1.0},
            "styles": [round(x, 3) for x in style_w],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts covering a topic grid between them


def lyontivuoro(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lyontivuoro"
    n_keys = irange(rng, 40, 75)
    grid = [(lg, c) for lg, cs in tx.CONCEPTS_I18N.items() if lg in tx.CASUAL_BODIES for c in cs]
    grid += [("en", c) for c in tx.CONCEPTS]
    order = rng.permutation(len(grid)).tolist()
    cursor = 0
    sess_day = float(rng.uniform(0.8, 2.2))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        langs, w = TZ_LANGS[tz]
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3] + COMMON_UAS[1::2])
        ips = (
            bb.home(rng, 1, tz)
            if chance(rng, 0.75)
            else bb.mobile_v6(rng, 2, pick(rng, tuple(bb._V6)))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd-member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        a_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = bb.session_times(
            rng,
            a_start,
            ctx.t1,
            sess_day * float(rng.uniform(0.5, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 180)),
        )
        ts = ts_concat(sess)
        prompts = []
        for _t in ts:
            lg = weighted(rng, langs, w)
            # walk the shared grid so the crowd covers topics between them, in the member's language
            for _ in range(len(grid)):
                g_lang, c = grid[order[cursor % len(grid)]]
                cursor += 1
                if g_lang == lg or (lg not in tx.CONCEPTS_I18N and g_lang == "en"):
                    break
            prompts.append(
                tx.casual_question(rng, lg, c) if chance(rng, 0.8) else tx.takeover_prompt(rng, 2)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.05),
            comp_median=650.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd covering a topic grid",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "pacing": "human-like evening sessions",
            "sessions_per_day": round(sess_day, 2),
            "ip_source": "one home or phone address per member",
            "languages": "by member's region",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from a "lab" office


def syottolautanen(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "syottolautanen"
    tz = pick(rng, (-5, 0, 1, 2, 9))
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    vm = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + vm,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    rate = float(rng.uniform(25, 60)) / n_keys  # per key; the whole lab together
    night_frac = float(rng.uniform(0.05, 0.3))
    day_curve = bb.workday(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(day_curve(ts), night_frac)

    order = rng.permutation(len(ctx.chat)).tolist()
    used = 0
    for a in accts:
        ts = bb.thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * float(rng.uniform(0.6, 1.4)), curve
        )
        prompts = [ctx.chat[order[(used + j) % len(order)]] for j in range(len(ts))]
        used += len(ts)
        at_desk = (day_curve(ts) > 0.5).tolist()
        ips = [pick(rng, office) if d else pick(rng, vm) for d in at_desk]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts, verbatim, no repeats)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "office-hours thinned Poisson with a night floor",
            "rate_per_hour_per_key": round(rate, 1),
            "night_floor": round(night_frac, 3),
            "tz": tz,
            "ip_source": "office broadband + cloud VM",
            "user_agent": ua,
            "languages": "as the public prompts",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "lukkari": lukkari,
    "sieppari": sieppari,
    "kunnari": kunnari,
    "jokeri": jokeri,
    "kotiutus": kotiutus,
    "vapaalyonti": vapaalyonti,
    "kolmospesa": kolmospesa,
    "kakkospesa": kakkospesa,
    "kotipesa": kotipesa,
    "polttolinja": polttolinja,
    "lyontivuoro": lyontivuoro,
    "syottolautanen": syottolautanen,
}
