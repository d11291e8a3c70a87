"""Campaign families of blind batch 339: twelve ways an operator harvests the model's outputs.

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events with `ctx.emit`, and records the campaign with `ctx.campaign`. Each draws only from its own
generator, in a fixed order (lists and tuples, never sets). The last four are built to look like
legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
from bench.monitor_blind339 import texts as tx

from distillguard.sim import ipspace as _ipspace


def _f(x) -> float:
    return round(float(x), 4)


def _lang_weights(
    rng: np.random.Generator, langs: tuple[str, ...], alpha: tuple[float, ...]
) -> list[float]:
    return [_f(w) for w in rng.dirichlet(alpha).tolist()]


def _region_of(rng: np.random.Generator, tz: int) -> str:
    regions = _ipspace.REGION_OF_TZ.get(tz, ("us", "eu"))
    return regions[int(rng.integers(len(regions)))]


def _styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> tuple[int, ...]:
    k = irange(rng, lo, min(hi, n_styles))
    return tuple(sorted(rng.choice(n_styles, size=k, replace=False).tolist()))


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool, speeds up at release


def hypercapnia(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hypercapnia"
    n_keys, n_orgs = irange(rng, 6, 13), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, prov, irange(rng, 2, 4), 3)
    ua = pick(rng, SDK_OTHER)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    langs = ("en", "zh", "ru", "es")
    lw = _lang_weights(rng, langs, (3.0, 1.5, 1.0, 1.0))
    styles = _styles(rng, 6, 2, 4)
    start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    pre_rate, post_rate = float(rng.uniform(12, 25)), float(rng.uniform(35, 70))
    switch = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, switch, ctx.t1, post_rate, n_keys)
    comp = float(rng.uniform(900, 1500))
    for i, a in enumerate(accts):
        ts = np.concatenate([pre[i], post[i]])
        prompts = [
            tx.coerce(rng, tx.weighted(rng, langs, tuple(lw)), styles) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, faster after release",
            "ip_source": f"rented {prov} block",
            "payment": f"{n_orgs} prepaid card(s), one per org",
            "user_agent": ua,
            "languages": dict(zip(langs, lw, strict=True)),
            "styles": list(styles),
            "rate_per_hour": [_f(pre_rate), _f(post_rate)],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / reward-model grading in nightly bursts, one stolen card per key


def bradycardia(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bradycardia"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    tz = pick(rng, TZS)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        for _ in range(n_keys)
    ]
    styles = _styles(rng, 5, 2, 3)
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    curve = nightly(night_start, night_len, tz)
    start = ctx.t0 + float(rng.uniform(1.5, 3.8)) * DAY
    per_night = float(rng.uniform(3, 7))
    size, gap = float(rng.uniform(30, 60)), float(rng.uniform(1.5, 4.0))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        ts = np.concatenate(bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)])
        prompts = []
        for _ in range(len(ts)):
            lang = tx.weighted(rng, ("en", "zh", "ko"), (0.85, 0.1, 0.05))
            prompts.append(
                tx.judge(
                    rng,
                    pick(rng, styles),
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    lang,
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": f"nightly bursts (tz {tz})",
            "ip_source": "aws",
            "payment": "one stolen card per key",
            "user_agent": ua,
            "styles": list(styles),
            "burst_size": _f(size),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites through residential proxies, short-lived accounts


def co2_table(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "co2_table"
    n_acc, n_cards = irange(rng, 14, 26), irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = resi(rng, irange(rng, 120, 250), "*")
    hold = float(rng.uniform(600, 1800))
    langs = ("en", "zh", "ar", "ru")
    lw = _lang_weights(rng, langs, (2.0, 1.2, 0.5, 0.7))
    styles = _styles(rng, 5, 2, 4)
    accts = []
    for i in range(n_acc):
        ua = pick(rng, BROWSERS) if chance(rng, 0.4) else pick(rng, SDK_OTHER)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="throwaway",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(a)
        s = ctx.t0 + float(rng.uniform(0.5, 5.5)) * DAY
        e = min(ctx.t1, s + float(rng.uniform(0.7, 2.5)) * DAY)
        ts = thinned(rng, s, e, float(rng.uniform(4, 10)) * (e - s) / HOUR, constant)
        prompts = [
            tx.policy_rewrite(
                rng, pick(rng, styles), tx.weighted(rng, langs, tuple(lw)), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=500.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": "constant per short-lived account",
            "ip_source": "residential proxy pool, sticky sessions",
            "payment": f"{n_cards} prepaid cards rotated",
            "user_agent": "mixed sdk and spoofed browser",
            "languages": dict(zip(langs, lw, strict=True)),
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, growing context, from gcp


def dolphin_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dolphin_kick"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for _ in range(n_keys)
    ]
    styles = _styles(rng, 3, 1, 2)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    rate = float(rng.uniform(6, 12))
    starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(starts)).tolist()
    per: list[dict] = [{"ts": [], "p": [], "x": []} for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), who, strict=True):
        steps = irange(rng, 3, 9)
        task, tools, style = tx.agent_task(rng), tx.tool_subset(rng), pick(rng, styles)
        t = s
        for j in range(steps):
            per[k]["ts"].append(t)
            per[k]["p"].append(tx.agent_step(rng, style, task, j, tools))
            per[k]["x"].append(400 + j * irange(rng, 300, 900))
            t += float(rng.lognormal(np.log(9.0), 0.6))
    for a, d in zip(accts, per, strict=True):
        ts = np.asarray(d["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            d["p"],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=250.0,
            comp_sigma=0.6,
            extra=np.asarray(d["x"], dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "poisson episodes of 3-9 chained steps",
            "ip_source": "gcp",
            "payment": "one card",
            "user_agent": ua,
            "styles": list(styles),
            "episodes_per_hour": _f(rate),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in big bursts from a small VPS


def breathup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "breathup"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n_keys)
    ]
    langs = ("en", "de", "ja", "pt")
    lw = _lang_weights(rng, langs, (4.0, 1.0, 1.0, 1.0))
    styles = _styles(rng, 4, 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    per_day, size, gap = (
        float(rng.uniform(3, 6)),
        float(rng.uniform(60, 120)),
        float(rng.uniform(1.0, 3.0)),
    )
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = np.concatenate(bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)])
        prompts = [
            tx.synth_request(
                rng, pick(rng, styles), tx.weighted(rng, langs, tuple(lw)), pick(rng, ctx.chat)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": f"bursts of ~{size:.0f}",
            "ip_source": f"one {prov} VPS per key",
            "payment": "one card",
            "user_agent": ua,
            "languages": dict(zip(langs, lw, strict=True)),
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest, spoofed browsers behind residential proxies, around the clock


def hook_breathing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hook_breathing"
    n_acc, n_cards = irange(rng, 10, 18), irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 150, 300), region)
    hold = float(rng.uniform(1200, 3600))
    langs = ("en", "es", "fr", "de")
    lw = _lang_weights(rng, langs, (5.0, 1.0, 1.0, 1.0))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    for i in range(n_acc):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="dialogue",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS),
            ips=[pool[0]],
        )
        accts.append(a)
        sessions = session_times(
            rng,
            start + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(4, 9)),
            constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(20, 45)),
        )
        ts_all, prompts = [], []
        for s in sessions:
            lang = tx.weighted(rng, langs, tuple(lw))
            prev = tx.clip_text(rng, pick(rng, ctx.chat), 20, 1200)
            first = prev if lang == "en" else f"({lang}) {prev}"
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(first if j == 0 else tx.follow_up(rng, lang, prev))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            extra=0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "sessions around the clock",
            "ip_source": f"residential proxies ({region})",
            "payment": f"{n_cards} shared prepaid cards",
            "user_agent": "spoofed browsers",
            "languages": dict(zip(langs, lw, strict=True)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each prompt sent n times in a row


def lung_squeeze(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "lung_squeeze"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "azure"),
        )
        for _ in range(n_keys)
    ]
    styles = _styles(rng, 5, 2, 4)
    n_choices = (4, 5, 8, 10)
    start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    rate = float(rng.uniform(10, 20))
    jobs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(jobs)).tolist()
    per: list[dict] = [{"ts": [], "p": []} for _ in range(n_keys)]
    for s, k in zip(jobs.tolist(), who, strict=True):
        n = pick(rng, n_choices)
        p = tx.label_task(rng, pick(rng, styles), pick(rng, ctx.chat))
        gaps = np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n))
        per[k]["ts"].extend((s + gaps).tolist())
        per[k]["p"].extend([p] * n)
    for a, d in zip(accts, per, strict=True):
        ts = np.asarray(d["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            d["p"],
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=12.0,
            comp_sigma=0.8,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "poisson jobs, n identical requests each",
            "ip_source": "azure",
            "payment": "one card",
            "user_agent": ua,
            "styles": list(styles),
            "jobs_per_hour": _f(rate),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest: each passage into several languages, through VPN exits


def equalization(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "equalization"
    n_keys, n_orgs = irange(rng, 5, 9), 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 8, 14), "m247") + cloud(rng, irange(rng, 4, 8), "leaseweb")
    ua = "python-httpx/0.28.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    styles = _styles(rng, 4, 1, 2)
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    rate = float(rng.uniform(5, 10))
    jobs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(jobs)).tolist()
    per: list[dict] = [{"ts": [], "p": [], "c": []} for _ in range(n_keys)]
    for s, k in zip(jobs.tolist(), who, strict=True):
        passage = pick(rng, ctx.passages)
        style = pick(rng, styles)
        t = s
        for target in tx.target_languages(rng, irange(rng, 4, 9)):
            p = tx.translate(rng, style, target, passage)
            per[k]["ts"].append(t)
            per[k]["p"].append(p)
            per[k]["c"].append(max(60.0, len(p) / 3.4))
            t += float(rng.lognormal(np.log(4.0), 0.5))
    for a, d in zip(accts, per, strict=True):
        ts = np.asarray(d["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            d["p"],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(d["c"]),
            comp_sigma=0.25,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "pacing": "poisson jobs, one passage x 4-9 languages",
            "ip_source": "vpn exits (m247, leaseweb)",
            "payment": "one card, two orgs",
            "user_agent": ua,
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's own traffic


def static_apnea(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "static_apnea"
    product = pick(rng, ("Inkwell", "Draftly", "Penmate", "Wordloom", "Scriboo"))
    version = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 19)}"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    n_keys = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_cover",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(n_keys)
    ]
    key_w = rng.dirichlet(np.full(n_keys, 2.0))
    curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.75)))
    rate = float(rng.uniform(25, 45))
    frac = float(rng.uniform(0.25, 0.45))
    h_start = ctx.release - float(rng.uniform(0, 1)) * DAY
    real = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = thinned(rng, h_start, ctx.t1, frac * rate * (ctx.t1 - h_start) / HOUR, curve)
    tones = ("neutral", "friendly", "formal", "confident", "academic")
    rows = []
    for t in real.tolist():
        body = tx.clip_text(rng, pick(rng, ctx.chat), 20, 1500)
        rows.append(
            (t, tx.product_wrap(product, version, tx.product_mode(rng), pick(rng, tones), body), 0)
        )
    for t in harv.tolist():
        r = rng.random()
        if r < 0.5:
            body = tx.curriculum_item(rng, irange(rng, 0, 4))
        elif r < 0.8:
            body = tx.problem(rng, pick(rng, ("en", "en", "es", "de")))
        else:
            body = tx.clip_text(rng, pick(rng, ctx.passages), 200, 900)
        rows.append(
            (
                t,
                tx.product_wrap(
                    product, version, pick(rng, ("explain", "expand")), pick(rng, tones), body
                ),
                1,
            )
        )
    who = rng.choice(n_keys, size=len(rows), p=key_w).tolist()
    for k, a in enumerate(accts):
        mine = [r for r, w in zip(rows, who, strict=True) if w == k]
        if not mine:
            continue
        ts = np.asarray([r[0] for r in mine])
        is_h = np.asarray([r[2] for r in mine])
        m_prod = ctx.models(rng, ts, p_new=0.35, p_mini=0.5)
        m_harv = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
        models = [mh if h else mp for mp, mh, h in zip(m_prod, m_harv, is_h.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in mine],
            models=models,
            comp_median=np.where(is_h == 1, 900.0, 300.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest hidden in a product's real traffic",
            "product": product,
            "pacing": "global diurnal load of the product, harvest share added from before release",
            "harvest_fraction": _f(frac),
            "ip_source": "aws app servers",
            "payment": "one corporate card",
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: compromised aged personal accounts, owners still using them


def neck_weight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "neck_weight"
    n_acc = irange(rng, 14, 26)
    styles = _styles(rng, 6, 2, 3)
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        owner_ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.55)
            else pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="hijacked",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the owner's own light use, all week
        life = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.6)),
            life,
            3.0,
            float(rng.uniform(60, 200)),
        )
        ts_own = np.concatenate(own or [np.empty(0)])
        ctx.emit(
            rng,
            a,
            ts_own,
            [tx.clip_text(rng, pick(rng, ctx.chat), 10, 1500) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=0.5),
            comp_median=320.0,
        )
        # the operator's use of the stolen key, low and slow, in the owner's waking hours
        takeover = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        n_op = float(rng.uniform(50, 200))
        ts_op = thinned(rng, takeover, ctx.t1, n_op, workday(tz, weekend=0.5, night=0.05))
        proxies = resi(rng, irange(rng, 10, 30), _region_of(rng, tz))
        op_ua = owner_ua if chance(rng, 0.5) else sdk_ua(rng, 0.7)
        subj = sorted(rng.choice(tx.n_subjects(), size=irange(rng, 3, 6), replace=False).tolist())
        prompts = []
        for _ in range(len(ts_op)):
            r = rng.random()
            if r < 0.5:
                prompts.append(tx.casual_question(rng, "en", subj, 0.15))
            elif r < 0.75:
                prompts.append(tx.coerce(rng, "en", styles))
            else:
                prompts.append(tx.curriculum_item(rng, irange(rng, 1, 4)))
        ctx.emit(
            rng,
            a,
            ts_op,
            prompts,
            models=ctx.models(rng, ts_op, p_new=1.0, p_mini=0.0),
            ips=sticky(rng, ts_op, proxies, 3600.0),
            ua=op_ua,
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "stolen keys of aged personal accounts",
            "pacing": "owner sessions plus slow operator stream",
            "ip_source": "owner home IP + residential proxies in the owner's region",
            "payment": "the owners' own cards",
            "user_agent": "owner's or an sdk",
            "styles": list(styles),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts sharding a curriculum


def descent_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "descent_line"
    n_acc = irange(rng, 40, 70)
    tzs = [
        int(x)
        for x in sorted(rng.choice(np.asarray(TZS), size=irange(rng, 3, 5), replace=False).tolist())
    ]
    lang_of_tz = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("en",),
        2: ("en",),
        3: ("en",),
        5: ("hi", "en"),
        8: ("id", "en"),
        9: ("en",),
    }
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, tzs)
        pay = pick(rng, shared_cards) if chance(rng, 0.3) else None
        ips = home(rng, 1, tz) + (home(rng, 1, tz) if chance(rng, 0.25) else [])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="persona",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        on = ctx.release + float(rng.uniform(-1.0, 0.6)) * DAY
        sessions = session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(45, 150)),
        )
        ts = np.concatenate(sessions or [np.empty(0)])
        subj = sorted(rng.choice(tx.n_subjects(), size=irange(rng, 2, 4), replace=False).tolist())
        langs = lang_of_tz.get(tz, ("en",))
        prompts = [tx.casual_question(rng, pick(rng, langs), subj, 0.3) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep by a person-like crowd",
            "pacing": "evening human sessions",
            "ip_source": "residential proxies matching each persona's offset",
            "timezones": tzs,
            "payment": "own cards, some shared prepaid",
            "user_agent": "browsers and phones",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt-set replay from a few small "companies'" offices


def marmotte(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "marmotte"
    n_orgs = irange(rng, 3, 4)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_orgs):
        tz = pick(rng, (-5, -8, 0, 1, 2))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = resi(rng, irange(rng, 1, 2), _region_of(rng, tz))
        ips = office + (cloud(rng, 1, "aws") if chance(rng, 0.5) else [])
        ua = sdk_ua(rng, 0.7)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="replayer",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 2, 4))
        ]
        accts.extend(keys)
        start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
        pools = worker_pool(
            rng, start, ctx.t1, float(rng.uniform(3, 7)), len(keys), workday(tz, weekend=0.35)
        )
        for a, ts in zip(keys, pools, strict=True):
            prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
            cursor += len(ts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
                comp_median=420.0,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "verbatim replay of a public prompt set",
            "pacing": "office hours worker pools",
            "ip_source": "office broadband (+ one aws host for some)",
            "payment": "one card per org",
            "orgs": n_orgs,
            "user_agent": "common sdks",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "hypercapnia": hypercapnia,
    "bradycardia": bradycardia,
    "co2_table": co2_table,
    "dolphin_kick": dolphin_kick,
    "breathup": breathup,
    "hook_breathing": hook_breathing,
    "lung_squeeze": lung_squeeze,
    "equalization": equalization,
    "static_apnea": static_apnea,
    "neck_weight": neck_weight,
    "descent_line": descent_line,
    "marmotte": marmotte,
}
