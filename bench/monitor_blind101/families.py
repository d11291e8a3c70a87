"""Campaign families of batch 101 (code names: whitewater rafting terms).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
the campaign with `ctx.campaign` and writes its events with `ctx.emit`. Every parameter is drawn
from the family's own `rng`, so seeds give different operations of the same kind.
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
from bench.monitor_blind101 import texts as tx

FAMILY = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _cards(rng: np.random.Generator, n_keys: int, n_cards: int) -> list[str]:
    pool = [hexid(rng, "pay") for _ in range(max(1, n_cards))]
    return [pool[i % len(pool)] for i in range(n_keys)]


# --------------------------------------------------------------------------------------------


def keeper_hole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block: a Poisson worker pool of keys."""
    name = "keeper_hole"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    langs = list(dict.fromkeys(picks(rng, ("en", "zh", "ru", "es"), irange(rng, 1, 3))))
    cards = _cards(rng, n_keys, irange(rng, 1, 2))
    ua = sdk_ua(rng)
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(22, 36))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    styles = {}
    for a, ts in zip(accts, streams, strict=True):
        style = pick(rng, tx.TRACE_STYLES)
        styles[a.id] = style
        lang_of = picks(rng, langs, len(ts))
        prompts = [tx.trace_coercion(rng, style, lg) for lg in lang_of]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "payment": f"{len(set(cards))} shared card(s)",
            "user_agent": ua,
            "languages": langs,
            "styles": sorted(set(styles.values())),
            "start": start,
        },
    )


def ferry_angle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / reward-model harvest: scripted bursts over a sticky residential proxy pool."""
    name = "ferry_angle"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 60, 200), region)
    cards = _cards(rng, n_keys, irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=sdk_ua(rng, 0.7),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    hold = float(rng.uniform(5, 30)) * MINUTE
    size = float(rng.uniform(25, 60))
    gap = float(rng.uniform(1.5, 6.0))
    style_of = {}
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.7, 1.4)) * (ctx.t1 - start) / DAY, constant
        )
        ts = _cat(bursts(rng, starts, size, gap, 0.6, ctx.t1))
        style_of[a.id] = pick(rng, tx.JUDGE_STYLES)
        prompts = [
            tx.judge_harvest(rng, style_of[a.id], ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=260.0,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge/reward-model grading harvest",
            "pacing": "scripted bursts",
            "burst_size": round(size, 1),
            "gap_s": round(gap, 2),
            "ip_source": f"sticky residential proxies ({region})",
            "proxy_hold_s": round(hold),
            "payment": f"{len(set(cards))} cards",
            "languages": ["en"],
            "styles": sorted(set(style_of.values())),
        },
    )


def portage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites through commercial VPN exits, in office hours, one card per key."""
    name = "portage"
    n_keys = irange(rng, 4, 8)
    tz = pick(rng, TZS)
    exits = cloud(rng, irange(rng, 8, 25), "m247") + cloud(rng, irange(rng, 4, 12), "leaseweb")
    langs = list(dict.fromkeys(picks(rng, ("en", "de", "es", "ja"), irange(rng, 2, 3))))
    ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            ua=ua,
            ips=exits,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(22, 40))
    streams = worker_pool(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.2),
        ctx.t1,
        per_hour,
        n_keys,
        workday(tz, 8.0, 19.0, weekend=0.3),
    )
    for a, ts in zip(accts, streams, strict=True):
        style = irange(rng, 0, 2)
        prompts = [
            tx.policy_rewrite(rng, style, pick(rng, langs), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=420.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "worker pool, office hours",
            "tz": tz,
            "per_hour": round(per_hour, 1),
            "ip_source": "commercial VPN exits (m247, leaseweb), hourly rotation",
            "payment": "one card per key",
            "user_agent": ua,
            "languages": langs,
        },
    )


def throw_bag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: cron-like batches from cloud VMs, large tool specs."""
    name = "throw_bag"
    n_keys = irange(rng, 6, 11)
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 3, 8), provider)
    org = hexid(rng, "org")
    cards = _cards(rng, n_keys, n_keys if chance(rng, 0.5) else 1)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=picks(rng, ips, 2),
        )
        for i in range(n_keys)
    ]
    period = float(rng.choice([15, 20, 30, 60])) * MINUTE
    size = float(rng.uniform(6, 12))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    ticks = np.arange(start, ctx.t1, period) + rng.uniform(
        0, 45, size=len(np.arange(start, ctx.t1, period))
    )
    owner = rng.integers(0, n_keys, size=len(ticks))
    styles = list(dict.fromkeys(picks(rng, tx.AGENT_STYLES, 2)))
    for i, a in enumerate(accts):
        ts = _cat(bursts(rng, ticks[owner == i], size, 3.0, 0.7, ctx.t1))
        prompts = [tx.agent_transcript(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=1400.0,
            comp_sigma=0.45,
            extra=rng.integers(300, 1200, size=len(ts)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent/tool-use transcript harvest",
            "pacing": "cron batches",
            "period_s": period,
            "batch_size": round(size, 1),
            "ip_source": f"{provider} VMs",
            "payment": f"{len(set(cards))} card(s)",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
        },
    )


def put_in(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation on stolen cards: short-lived keys, each replaced when it dies."""
    name = "put_in"
    n_keys = irange(rng, 10, 18)
    langs = list(dict.fromkeys(picks(rng, ("en", "zh", "pt"), irange(rng, 1, 3))))
    accts = []
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    for _ in range(n_keys):
        if t >= ctx.t1:
            break
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.3),
            ips=resi(rng, 1),
        )
        accts.append(a)
        life = float(rng.uniform(6, 26)) * HOUR
        ts = thinned(
            rng, t, min(t + life, ctx.t1), float(rng.uniform(8, 16)) * life / HOUR, constant
        )
        style = irange(rng, 0, 2)
        prompts = [tx.synth_dataset(rng, style, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=resi(rng, len(ts)),
            comp_median=2400.0,
            comp_sigma=0.4,
            err=0.05,
        )
        t += life * float(rng.uniform(0.6, 1.3))
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": "per-key poisson, key churn",
            "ip_source": "rotating residential proxies (per request)",
            "payment": "stolen cards, one per key",
            "languages": langs,
        },
    )


def eddy_hop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted 'users' with growing conversation histories."""
    name = "eddy_hop"
    n_keys = irange(rng, 12, 22)
    cards = _cards(rng, n_keys, irange(rng, 3, 5))
    pools = {r: resi(rng, 40, r) for r in ("us", "eu", "in", "latam")}
    accts, styles = [], []
    for i in range(n_keys):
        tz = pick(rng, TZS)
        region = pick(rng, list(pools))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="persona",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, BROWSERS),
            ips=pools[region],
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else constant
        style = pick(rng, tx.DIALOGUE_STYLES)
        styles.append(style)
        persona = pick(rng, tx.PERSONAS)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        for sess in session_times(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.0)), curve, 10.0, 35.0, 0.6
        ):
            hist: list[str] = []
            prompts = []
            for _ in range(len(sess)):
                p = tx.dialogue_turn(rng, style, persona, hist, ctx.chat)
                prompts.append(p)
                hist += [p.split("\n")[-1][:200], tx.short_reply(rng, ctx.passages)]
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, 0.8),
                ips=pick(rng, pools[region]),
                comp_median=380.0,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions",
            "ip_source": "residential proxies, one address per session",
            "payment": f"{len(set(cards))} cards",
            "languages": ["en"],
            "styles": sorted(set(styles)),
        },
    )


def surf_wave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each job fires one prompt n times within seconds."""
    name = "surf_wave"
    n_keys = irange(rng, 3, 6)
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("hetzner", "ovh", "scaleway")))
    pay = hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    ns = [int(x) for x in rng.choice([4, 5, 8, 10, 16], size=2, replace=False)]
    jobs_per_hour = float(rng.uniform(3, 5))
    start = ctx.release - float(rng.uniform(6, 30)) * HOUR
    streams = worker_pool(rng, start, ctx.t1, jobs_per_hour, n_keys)
    style = irange(rng, 0, 2)
    for a, starts in zip(accts, streams, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = pick(rng, ns)
            p = tx.soft_label(rng, style) if chance(rng, 0.6) else tx.open_sample(rng)
            ts_all.append(s + np.cumsum(rng.exponential(0.4, size=n)))
            prompts += [p] * n
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=180.0, err=0.06
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "jobs of n parallel samples",
            "n_choices": ns,
            "jobs_per_hour": round(jobs_per_hour, 1),
            "ip_source": "hosting",
            "payment": "one shared card",
            "user_agent": ua,
            "languages": ["en"],
            "style": style,
            "start": start,
        },
    )


def rock_garden(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum / taxonomy sweep: subject x level x skill enumerated in order, new model only."""
    name = "rock_garden"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ips = cloud(rng, irange(rng, 4, 10), provider)
    lang = pick(rng, ("ko", "ja", "en", "fr"))
    numbered = chance(rng, 0.5)
    cards = _cards(rng, n_keys, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=sdk_ua(rng),
            ips=ips,
        )
        for i in range(n_keys)
    ]
    grid = [(s, lv, k) for s in tx.SUBJECTS for lv in tx.LEVELS for k in tx.SKILLS]
    offset = irange(rng, 0, len(grid) - 1)
    start = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    ts = thinned(rng, start, ctx.t1, float(rng.uniform(30, 45)) * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(ts))
    prompts = [
        tx.sweep_prompt(lang, *grid[(offset + j) % len(grid)], j, numbered) for j in range(len(ts))
    ]
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=ctx.new_model,
            comp_median=1100.0,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum/taxonomy sweep",
            "pacing": "one queue over all keys",
            "ip_source": f"{provider} hosting",
            "payment": "2 cards",
            "languages": [lang],
            "numbered": numbered,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def sneak_route(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real consumer homework/writing app whose backend key also carries the owner's own
    distillation queries, phrased like the app's users and mixed into its traffic."""
    name = "sneak_route"
    egress = cloud(rng, irange(rng, 2, 4), "aws")
    pay, org = hexid(rng, "pay"), hexid(rng, "org")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="product backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=egress,
    )
    accts = [prod]
    curve = global_load(float(rng.uniform(12, 20)), 0.7)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(480, 600)) * 7, curve)
    share_pre, share_post = float(rng.uniform(0.08, 0.15)), float(rng.uniform(0.25, 0.4))
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
    prompts = [
        pick(rng, tx.APP_PREFIXES)
        + (tx.casual_hard_question(rng) if h else tx.snippet(pick(rng, ctx.chat), rng, 20, 900))
        for h in harvest.tolist()
    ]
    models = ctx.models(rng, ts, 0.25)
    models = [
        ctx.new_model if (h and t >= ctx.release and chance(rng, 0.85)) else m
        for h, t, m in zip(harvest.tolist(), ts.tolist(), models, strict=True)
    ]
    comp = np.where(harvest, 900.0, 320.0)
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, extra=irange(rng, 40, 120))
    if chance(rng, 0.7):  # a staging key on the same card, used from a developer's home line
        tz = pick(rng, TZS)
        stg = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="staging",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(stg)
        ts2 = _cat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 15.0, 20.0))
        p2 = [
            tx.casual_hard_question(rng) if chance(rng, 0.5) else pick(rng, ctx.chat)[:600]
            for _ in range(len(ts2))
        ]
        ctx.emit(rng, stg, ts2, p2, models=ctx.models(rng, ts2, 0.7))
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest hidden in a legitimate product's traffic",
            "pacing": "product load curve",
            "harvest_share": [round(share_pre, 3), round(share_post, 3)],
            "ip_source": "aws NAT egress",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["en"],
        },
    )


def chicken_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow: dozens of separately paid, home-connected, browser-using accounts that each
    ask a few dozen questions in evening sessions."""
    name = "chicken_line"
    n_keys = irange(rng, 28, 48)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sleeper",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.8, 1.8)),
                evening_person(tz),
                5.0,
                float(rng.uniform(60, 150)),
                0.9,
            )
        )
        cover = float(rng.uniform(0.15, 0.4))
        prompts = [
            pick(rng, ctx.chat)[:800] if chance(rng, cover) else tx.casual_hard_question(rng)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=600.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low-and-slow human-looking accounts",
            "pacing": "evening sessions",
            "ip_source": "home ISPs matching each account's time zone",
            "payment": "one card per account",
            "user_agent": "browsers",
            "languages": ["en"],
        },
    )


def wrap_rock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / taken-over accounts: ordinary history, then a quiet switch to harvesting."""
    name = "wrap_rock"
    n_keys = irange(rng, 12, 22)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 80, 200), region)
    switch_ua = chance(rng, 0.5)
    new_ua = sdk_ua(rng)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="taken over",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-30, 20)) * HOUR
        pre = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.2)), evening_person(tz), 3.0, 80.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat)[:900] for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.3),
        )
        budget = irange(rng, 90, 200)
        post = thinned(rng, pivot, ctx.t1, budget, constant)
        prompts = []
        for _ in range(len(post)):
            k = int(rng.integers(3))
            prompts.append(
                tx.trace_coercion(rng, pick(rng, tx.TRACE_STYLES), "en")
                if k == 0
                else tx.synth_dataset(rng, irange(rng, 0, 2), "en")
                if k == 1
                else tx.casual_hard_question(rng)
            )
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.9),
            ips=sticky(rng, post, pool, HOUR),
            ua=new_ua if switch_ua else None,
            comp_median=800.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "bought/compromised accounts",
            "pacing": "sessions, then poisson",
            "ip_source": f"home lines, then residential proxies ({region})",
            "payment": "owners' own cards",
            "ua_switch": switch_ua,
            "languages": ["en"],
        },
    )


def horizon_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay (ShareGPT prompts verbatim, in order) dressed as a nightly batch job
    on independent-looking keys."""
    name = "horizon_line"
    n_keys = irange(rng, 3, 5)
    accts = []
    base = irange(rng, 0, len(ctx.chat) - 1)
    for i in range(n_keys):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, SDK_OTHER),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure", "oracle"))),
            tz=tz,
        )
        accts.append(a)
        start_h = float(rng.uniform(0, 4))
        ts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(90, 160)) * 7,
            nightly(start_h, float(rng.uniform(2.5, 4.5)), tz),
        )
        off = base + i * 2000
        prompts = [ctx.chat[(off + j) % len(ctx.chat)] for j in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=650.0, err=0.02)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay as nightly batch",
            "pacing": "nightly windows",
            "ip_source": "different clouds per key",
            "payment": "one card per key",
            "languages": ["en"],
        },
    )


CAMPAIGN_FAMILIES = {
    "keeper_hole": keeper_hole,
    "ferry_angle": ferry_angle,
    "portage": portage,
    "throw_bag": throw_bag,
    "put_in": put_in,
    "eddy_hop": eddy_hop,
    "surf_wave": surf_wave,
    "rock_garden": rock_garden,
    "sneak_route": sneak_route,
    "chicken_line": chicken_line,
    "wrap_rock": wrap_rock,
    "horizon_line": horizon_line,
}
