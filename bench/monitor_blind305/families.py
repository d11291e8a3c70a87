"""Campaign families of batch 305 (code names from *spelunking*). Each is a generator
`f(ctx, rng, campaign_id)` that writes its accounts, events and truth through the shared context;
every draw comes from the family's own generator, in a fixed order."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
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
from bench.monitor_blind305 import texts as tx
from bench.monitor_blind305.common import (
    BG_BROWSERS,
    BG_PHONE,
    BG_SDKS,
    MOBILE_OF_TZ,
    concat,
    days,
    draw_langs,
    draw_styles,
    lang_mix,
    regular,
    style_set,
    tz_lang,
)

CAMP = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# ---------------------------------------------------------------------------------------------
# plunge: reasoning-trace coercion from a worker pool on rented servers


def plunge(ctx, rng, cid):
    fam = "plunge"
    n_keys, n_orgs = irange(rng, 6, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng, 0.4)
    langs, lp = lang_mix(
        rng, ("en", "zh", "es", "de", "ru", "fr", "ja", "ko", "pt"), irange(rng, 2, 5), first="en"
    )
    styles, sp = style_set(rng, 6, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=org_cards[i % n_orgs] if shared_card else None,
            ua=ua0 if one_ua else sdk_ua(rng),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = _u(rng, 4, 12), _u(rng, 22, 55)
    ramp = ctx.release + _u(rng, 0, 6) * HOUR
    pre = worker_pool(rng, start, ramp, pre_rate, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, post_rate, n_keys)
    comp = _u(rng, 900, 1600)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = concat([x, y])
        ls, ss = draw_langs(rng, langs, lp, len(ts)), draw_styles(rng, styles, sp, len(ts))
        prompts = [tx.reasoning_trace(rng, lg, s) for lg, s in zip(ls, ss, strict=True)]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), comp_median=comp, err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "hard": False,
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org" if shared_card else "one card per key",
            "ip_source": f"rented {provider} /24s",
            "pacing": f"worker pool {pre_rate:.1f}/h before release, {post_rate:.1f}/h after",
            "user_agent": "one SDK string" if one_ua else "SDK string per key",
            "languages": langs,
            "styles": styles,
        },
    )


# ---------------------------------------------------------------------------------------------
# spine: judge / rubric / reward-model grading in nightly batch runs from cloud


def spine(ctx, rng, cid):
    fam = "spine"
    n_orgs = irange(rng, 2, 4)
    langs, lp = lang_mix(rng, ("en", "de", "es", "ja"), irange(rng, 2, 4), first="en")
    styles, sp = style_set(rng, 6, 3, 5)
    accts, orgs_desc = [], []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
        ips = cloud(rng, irange(rng, 2, 5), prov)
        tz = pick(rng, TZS)
        ua = sdk_ua(rng, 0.5)
        keys = [
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 4))
        ]
        accts.extend(keys)
        start_h, span = _u(rng, 0, 4), _u(rng, 3, 6)
        first = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        runs = thinned(
            rng, first, ctx.t1, _u(rng, 1.0, 2.5) * days(first, ctx.t1), nightly(start_h, span, tz)
        )
        trains = bursts(rng, runs, _u(rng, 50, 150), _u(rng, 1.2, 3.0), 0.4, b=ctx.t1)
        ts = concat(trains)
        who = np.arange(len(ts)) % len(keys)
        comp = _u(rng, 140, 320)
        for j, a in enumerate(keys):
            t = ts[who == j]
            ls, ss = draw_langs(rng, langs, lp, len(t)), draw_styles(rng, styles, sp, len(t))
            prompts = [tx.judge(rng, ctx, lg, s) for lg, s in zip(ls, ss, strict=True)]
            ctx.emit(
                rng, a, t, prompts, models=ctx.models(rng, t, 0.6, 0.05), comp_median=comp, err=0.02
            )
        orgs_desc.append({"provider": prov, "keys": len(keys), "tz": tz, "runs": len(runs)})
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "hard": False,
            "orgs": orgs_desc,
            "payment": "one card per shell org",
            "ip_source": "cloud per org",
            "pacing": "nightly batch trains",
            "languages": langs,
            "styles": styles,
        },
    )


# ---------------------------------------------------------------------------------------------
# sling: policy / censorship-safe rewrites through residential proxies, rotating stolen-card keys


def sling(ctx, rng, cid):
    fam = "sling"
    n_keys = irange(rng, 10, 22)
    region = pick(rng, ("*", "us", "eu", "sea"))
    pool = resi(rng, irange(rng, 60, 150), region)
    hold = _u(rng, 8, 30) * MINUTE
    langs, lp = lang_mix(rng, ("zh", "en", "ru"), irange(rng, 2, 3), first="zh")
    styles, sp = style_set(rng, 6, 3, 6)
    uas = (
        "python-requests/2.32.3",
        "python-httpx/0.28.1",
        "aiohttp/3.11.11",
        "OpenAI/Python 1.58.1",
    )
    rate = _u(rng, 6, 14)
    accts = []
    cursor = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=pool[:1],
        )
        accts.append(a)
        life = _u(rng, 0.6, 2.2) * DAY
        begin = cursor + _u(rng, -0.3, 0.6) * DAY
        ts = thinned(
            rng, max(begin, ctx.t0), min(begin + life, ctx.t1), rate * life / HOUR, constant
        )
        cursor += (ctx.t1 - ctx.t0) * 0.8 / n_keys * _u(rng, 1.0, 2.2)
        if cursor > ctx.t1 - DAY:
            cursor = ctx.t0 + _u(rng, 0.5, 5.5) * DAY
        if len(ts) == 0:
            ts = np.array([_u(rng, ctx.release, ctx.t1)])
        ls, ss = draw_langs(rng, langs, lp, len(ts)), draw_styles(rng, styles, sp, len(ts))
        prompts = [tx.policy_rewrite(rng, ctx, lg, s) for lg, s in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=550,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "hard": False,
            "keys": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"residential proxy pool ({region}), sticky",
            "pacing": f"staggered short-lived keys, {rate:.1f}/h each, 24/7",
            "languages": langs,
            "styles": styles,
        },
    )


# ---------------------------------------------------------------------------------------------
# snipe: agent / tool-use transcripts behind rotating VPN exits


def snipe(ctx, rng, cid):
    fam = "snipe"
    n_keys = irange(rng, 5, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    vpn = cloud(rng, irange(rng, 8, 20), pick(rng, ("m247", "leaseweb", "vultr")))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
        ),
    )
    langs, lp = lang_mix(rng, ("en", "zh", "es"), irange(rng, 1, 3), first="en")
    styles, sp = style_set(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=vpn,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r1 = _u(rng, 18, 45)
    pre = (
        worker_pool(rng, start, ctx.release, r1, n_keys)
        if start < ctx.release
        else [np.empty(0)] * n_keys
    )
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, r1 * _u(rng, 1.2, 2.0), n_keys)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = concat([x, y])
        ls, ss = draw_langs(rng, langs, lp, len(ts)), draw_styles(rng, styles, sp, len(ts))
        prompts = [tx.agent_step(rng, lg, s) for lg, s in zip(ls, ss, strict=True)]
        comp = np.where(np.asarray(ss) == 3, 1300.0, 260.0)
        extra = rng.integers(150, 900, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=comp,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "hard": False,
            "keys": n_keys,
            "payment": "one card",
            "ip_source": "VPN exit pool, every request",
            "pacing": f"worker pool {r1:.0f}/h, more after release",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# ---------------------------------------------------------------------------------------------
# lunge: synthetic-dataset generation in big concurrent trains


def lunge(ctx, rng, cid):
    fam = "lunge"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "oracle", "alibaba", "tencent"))
    langs, lp = lang_mix(rng, ("en", "zh", "ko", "pt", "id", "es"), irange(rng, 2, 4))
    styles, sp = style_set(rng, 5, 2, 5)
    ua = sdk_ua(rng, 0.3)
    accts, total = [], 0
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, start, ctx.t1, _u(rng, 2, 4) * days(start, ctx.t1), constant)
        ts = concat(bursts(rng, starts, _u(rng, 60, 160), _u(rng, 0.6, 1.5), 0.5, b=ctx.t1))
        ls, ss = draw_langs(rng, langs, lp, len(ts)), draw_styles(rng, styles, sp, len(ts))
        prompts = [tx.synth_data(rng, ctx, lg, s) for lg, s in zip(ls, ss, strict=True)]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=_u(rng, 1700, 2500),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "hard": False,
            "keys": n_keys,
            "payment": "one prepaid card",
            "ip_source": f"one {prov} address per key",
            "pacing": "concurrent trains of 60-160 requests",
            "languages": langs,
            "styles": styles,
            "events": total,
        },
    )


# ---------------------------------------------------------------------------------------------
# singe: scripted multi-turn dialogue harvest in fake browser sessions through residential proxies


def singe(ctx, rng, cid):
    fam = "singe"
    n_keys = irange(rng, 12, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 80, 200), region)
    langs, lp = lang_mix(rng, ("en", "es", "pt", "de", "fr", "zh"), irange(rng, 2, 4), first="en")
    per_day, size, gap = _u(rng, 3, 7), _u(rng, 7, 13), _u(rng, 20, 40)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="dialogue-bot",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
        lang = draw_langs(rng, langs, lp, 1)[0]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = session_times(rng, start, ctx.t1, per_day, constant, size, gap, 0.35)
        ts_all, prompts, ips, models = [], [], [], []
        for s in sessions:
            if len(s) == 0:
                continue
            ip = pick(rng, pool)
            if s[0] >= ctx.release and chance(rng, 0.8):
                m = ctx.new_model
            else:
                m = ctx.old_models[0]
            for j in range(len(s)):
                prompts.append(tx.opener(rng, ctx, lang) if j == 0 else tx.followup(rng, lang))
            ts_all.append(s)
            ips.extend([ip] * len(s))
            models.extend([m] * len(s))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=650, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "scripted multi-turn dialogue harvest",
            "hard": False,
            "keys": n_keys,
            "payment": f"{len(cards)} prepaid cards rotated over keys",
            "ip_source": f"residential proxies ({region}), one per session",
            "pacing": f"{per_day:.1f} sessions/day of ~{size:.0f} turns, {gap:.0f}s regular gaps, around the clock",
            "user_agent": "copied browser strings",
            "languages": langs,
        },
    )


# ---------------------------------------------------------------------------------------------
# ensign: best-of-n and soft-label sampling (the same prompt many times at once)


def ensign(ctx, rng, cid):
    fam = "ensign"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws"))
    ips = cloud(rng, irange(rng, 1, 3), prov)
    ua = sdk_ua(rng, 0.5)
    langs, lp = lang_mix(rng, ("en", "fr", "zh", "de"), irange(rng, 1, 3), first="en")
    styles, sp = style_set(rng, 6, 3, 6)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    jobs = thinned(rng, start, ctx.t1, _u(rng, 3, 7) * (ctx.t1 - start) / HOUR, constant)
    n_rep = (irange(rng, 4, 8), irange(rng, 9, 16))
    per = {i: ([], [], []) for i in range(n_keys)}
    for t in jobs.tolist():
        k = irange(rng, n_rep[0], n_rep[1])
        lg = draw_langs(rng, langs, lp, 1)[0]
        s = draw_styles(rng, styles, sp, 1)[0]
        p = tx.soft_label(rng, lg, s)
        who = irange(rng, 0, n_keys - 1)
        times = t + np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=k))
        per[who][0].extend(times.tolist())
        per[who][1].extend([p] * k)
        per[who][2].extend([s] * k)
    for i, a in enumerate(accts):
        ts, prompts, ss = per[i]
        if not ts:
            ts, prompts, ss = [_u(rng, ctx.release, ctx.t1)], [tx.soft_label(rng, "en", 4)], [4]
        ts = np.asarray(ts)
        comp = np.where(np.asarray(ss) == 3, 160.0, np.where(np.asarray(ss) == 4, 35.0, 90.0))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "hard": False,
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{prov} addresses",
            "pacing": f"jobs of {n_rep[0]}-{n_rep[1]} identical requests",
            "languages": langs,
            "styles": styles,
        },
    )


# ---------------------------------------------------------------------------------------------
# lineups: a curriculum sweep (subject x section x level x variant) at a slow scheduler rate


def lineups(ctx, rng, cid):
    fam = "lineups"
    n_orgs = irange(rng, 1, 2)
    K = pick(rng, (5, 8, 10))
    langs, lp = lang_mix(rng, ("en", "es", "pt", "fr", "de"), irange(rng, 2, 4))
    style = irange(rng, 0, 2)
    grid = [
        (sub, sec, k, v)
        for sub, secs in tx.SUBJECTS
        for sec in secs
        for k in range(1, K + 1)
        for v in range(3)
    ]
    accts, desc = [], []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = resi(rng, 1, pick(rng, ("eu", "in", "latam", "sea")))
        n_keys = irange(rng, 2, 4)
        period = _u(rng, 6, 16) * MINUTE
        for _ in range(n_keys):
            a = ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="sweeper",
                campaign_id=cid,
                org=org,
                pay=card,
                ua="OpenAI/Python 1.54.0",
                ips=office,
            )
            accts.append(a)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
            ts = regular(rng, start, ctx.t1, period, 0.15)
            lang = draw_langs(rng, langs, lp, 1)[0]
            off = irange(rng, 0, len(grid) - 1)
            cells = [grid[(off + j) % len(grid)] for j in range(len(ts))]
            prompts = [tx.curriculum(lang, style, sub, sec, k, K, v) for sub, sec, k, v in cells]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.97, 0.0),
                comp_median=750,
                err=0.01,
            )
        desc.append({"keys": n_keys, "period_min": round(period / MINUTE, 1)})
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "hard": False,
            "orgs": desc,
            "levels": K,
            "payment": "one card per org",
            "ip_source": "one office broadband address per org",
            "pacing": "regular scheduler",
            "languages": langs,
            "style": style,
        },
    )


# ---------------------------------------------------------------------------------------------
# gulp (hard): a real language-learning product whose backend also harvests translations


def gulp(ctx, rng, cid):
    fam = "gulp"
    app = pick(rng, ("Parlora", "Wordhaven", "Lingotta", "Talkabout"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    l2s = sorted(tx.LEARNER_LINES)
    l2w = rng.dirichlet(np.ones(len(l2s)))
    peak, depth = _u(rng, 13, 20), _u(rng, 0.4, 0.75)
    rate = _u(rng, 14, 30)
    f_pre, f_post = _u(rng, 0.1, 0.25), _u(rng, 0.3, 0.45)
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, f_post, f_pre)
    key_w = np.array([0.8] + [0.2 / (n_keys - 1)] * (n_keys - 1))
    who = rng.choice(n_keys, size=len(ts), p=key_w)
    l2_idx = rng.choice(len(l2s), size=len(ts), p=l2w)
    for j, a in enumerate(accts):
        sel = who == j
        t, h, li = ts[sel], harvest[sel], l2_idx[sel]
        prompts = [
            tx.product_harvest(rng, ctx, app, l2s[k]) if hv else tx.product_turn(rng, app, l2s[k])
            for hv, k in zip(h.tolist(), li.tolist(), strict=True)
        ]
        m_h = ctx.models(rng, t, 0.55, 0.0)
        m_r = ctx.models(rng, t, 0.2, 0.4)
        models = [x if hv else y for x, y, hv in zip(m_h, m_r, h.tolist(), strict=True)]
        ctx.emit(
            rng, a, t, prompts, models=models, comp_median=np.where(h, 1100.0, 180.0), err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation / reading-text harvest hidden inside a real product's backend traffic",
            "hard": True,
            "app": app,
            "keys": n_keys,
            "payment": "one corporate card",
            "ip_source": "aws egress",
            "pacing": f"global user load {rate:.0f}/h peaking {peak:.0f} UTC",
            "harvest_share": [round(f_pre, 2), round(f_post, 2)],
            "languages": l2s,
        },
    )


# ---------------------------------------------------------------------------------------------
# sunlike (hard): bought aged personal accounts, taken over near the release


def sunlike(ctx, rng, cid):
    fam = "sunlike"
    n = irange(rng, 14, 28)
    topics = list(tx.TOPICS) + [f"{sec} in {sub}" for sub, secs in tx.SUBJECTS for sec in secs]
    order = rng.permutation(len(topics)).tolist()
    accts, cursor = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.75) else pick(rng, (BG_PHONE, *BG_SDKS[:2]))
        own = home(rng, 1, tz)
        a = ctx.account(
            rng, label=CAMP, family=fam, role="aged-account", campaign_id=cid, ua=ua, ips=own, tz=tz
        )
        accts.append(a)
        take = ctx.release + _u(rng, -1.5, 1.0) * DAY
        pre = concat(
            session_times(rng, ctx.t0, take, _u(rng, 0.8, 2.5), evening_person(tz), 3.0, 90.0)
        )
        pre_prompts = [tx.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(pre))]
        ctx.emit(rng, a, pre, pre_prompts, models=ctx.models(rng, pre, 0.15, 0.2), comp_median=350)
        proxies = home(rng, irange(rng, 6, 20), tz)
        lang = tz_lang(rng, tz)
        post = concat(
            session_times(
                rng,
                take,
                ctx.t1,
                _u(rng, 2.5, 5.0),
                evening_person(tz + irange(rng, -2, 2)),
                _u(rng, 4, 7),
                _u(rng, 50, 110),
            )
        )
        prompts = []
        for _ in range(len(post)):
            if chance(rng, 0.15):
                prompts.append(tx.clip(pick(rng, ctx.chat), 10, 600, rng))
            else:
                prompts.append(tx.casual_deep(rng, lang, topics[order[cursor % len(order)]]))
                cursor += 1
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.55, 0.05),
            ips=sticky(rng, post, proxies, 2 * HOUR),
            comp_median=900,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "topic-sweep explanations harvested through bought aged personal accounts",
            "hard": True,
            "accounts": n,
            "payment": "original owners' cards",
            "ip_source": "owner's home, then residential proxies in the owner's region",
            "pacing": "owner-like evening sessions before and after take-over",
            "user_agent": "owner's browser/app kept",
        },
    )


# ---------------------------------------------------------------------------------------------
# linkups (hard): a person-like crowd replaying distinct public prompts, low and slow


def linkups(ctx, rng, cid):
    fam = "linkups"
    n = irange(rng, 35, 65)
    order = rng.permutation(len(ctx.chat)).tolist()
    p_nudge = _u(rng, 0.2, 0.4)
    accts, cursor = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        mob = tz in MOBILE_OF_TZ and chance(rng, 0.5)
        ua = pick(rng, (BG_PHONE, *MOBILE[:3])) if mob else pick(rng, BG_BROWSERS)
        own = home(rng, 1, tz)
        a = ctx.account(
            rng, label=CAMP, family=fam, role="crowd-member", campaign_id=cid, ua=ua, ips=own, tz=tz
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            _u(rng, 1.2, 3.5),
            evening_person(tz),
            _u(rng, 2.5, 5.0),
            _u(rng, 50, 120),
            0.8,
        )
        ts = concat(sessions)
        if len(ts) == 0:
            ts = np.array([_u(rng, start, ctx.t1)])
        if mob:
            per_sess = [mobile_v6(rng, 1, MOBILE_OF_TZ[tz])[0] for _ in range(len(sessions))]
            ips = [ip for s, ip in zip(sessions, per_sess, strict=True) for _ in range(len(s))]
            ips = (ips + [own[0]] * len(ts))[: len(ts)]
        else:
            ips = own[0]
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            prompts.append(p + pick(rng, tx.NUDGES) if chance(rng, p_nudge) else p)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), ips=ips, comp_median=520
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public-prompt replay by a paid person-like crowd (each prompt sent once)",
            "hard": True,
            "accounts": n,
            "payment": "one virtual card per member",
            "ip_source": "members' homes or phones",
            "pacing": "evening human sessions",
            "nudge_share": round(p_nudge, 2),
        },
    )


# ---------------------------------------------------------------------------------------------
# spiel (hard): a code harvest dressed as an outsourcing team's daily work


def spiel(ctx, rng, cid):
    fam = "spiel"
    tz = pick(rng, (1, 2, 5, 8, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    n_keys = irange(rng, 6, 14)
    grid = [(s, lang, v) for s in tx.CODE_SPECS for lang in tx.CODE_LANGS for v in range(2)]
    order = rng.permutation(len(grid)).tolist()
    coding_chat = [p for p in ctx.chat if any(w in p.lower() for w in tx.CODE_WORDS)]
    p_cover = _u(rng, 0.15, 0.3)
    accts, cursor = [], 0
    for _ in range(n_keys):
        ua = pick(rng, (*BG_SDKS[:3], *BG_BROWSERS[:2]))
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="developer-key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        day_ts = concat(
            session_times(
                rng, ctx.t0, ctx.t1, _u(rng, 4, 8), workday(tz), _u(rng, 4, 9), _u(rng, 45, 90)
            )
        )
        own = home(rng, 1, tz)
        eve = concat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.1, 0.5), evening_person(tz), 3.0, 80.0)
        )
        both = np.concatenate([day_ts, eve])
        at_home = np.concatenate([np.zeros(len(day_ts), bool), np.ones(len(eve), bool)])
        srt = np.argsort(both, kind="stable")
        ts, at_home = both[srt], at_home[srt]
        if len(ts) == 0:
            ts, at_home = np.array([_u(rng, ctx.t0, ctx.t1)]), np.zeros(1, bool)
        office_pick = picks(rng, office, len(ts))
        ips = [own[0] if h else o for h, o in zip(at_home.tolist(), office_pick, strict=True)]
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_cover) and coding_chat:
                prompts.append(tx.clip(pick(rng, coding_chat), 20, 1500, rng))
            else:
                s, lang, _v = grid[order[cursor % len(order)]]
                cursor += 1
                prompts.append(tx.dev_request(rng, lang, s))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.45, 0.1), ips=ips, comp_median=700
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest (spec x language grid) disguised as a dev team",
            "hard": True,
            "keys": n_keys,
            "tz": tz,
            "payment": "one corporate card",
            "ip_source": "office broadband, some evenings from home",
            "pacing": "working-day sessions",
            "cover_share": round(p_cover, 2),
        },
    )


CAMPAIGN_FAMILIES = {
    "plunge": plunge,
    "spine": spine,
    "sling": sling,
    "snipe": snipe,
    "lunge": lunge,
    "singe": singe,
    "ensign": ensign,
    "lineups": lineups,
    "gulp": gulp,
    "sunlike": sunlike,
    "linkups": linkups,
    "spiel": spiel,
}
