"""Campaign families of batch 146 (code names from racquetball).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes its
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts, orgs,
cards, pacing, addresses, user agents, languages, styles, model choice) is drawn from the family's
own generator, so seeds differ in shape, not only in noise.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
    worker_pool,
)
from bench.monitor_blind146 import texts

Rng = np.random.Generator


def _weights(rng: Rng, names: list[str], first: float) -> dict[str, float]:
    """A language mix: `first` for names[0], the rest split at random."""
    rest = rng.dirichlet(np.ones(len(names) - 1)) * (1 - first)
    return {names[0]: first, **{n: float(w) for n, w in zip(names[1:], rest.tolist(), strict=True)}}


def _draw(rng: Rng, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def ceiling_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ceiling_ball"
    n_keys, n_orgs = irange(rng, 6, 13), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.55)
    cards = (
        [hexid(rng, "pay")] * n_orgs if shared_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    )
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.4)
    langs = _weights(rng, ["en", "zh", "es", "de", "ru", "ja"], float(rng.uniform(0.35, 0.6)))
    styles = [
        str(s) for s in rng.choice(list(texts.TRACE_STYLES), size=irange(rng, 2, 4), replace=False)
    ]
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    pre_rate, post_rate = float(rng.uniform(12, 35)), float(rng.uniform(60, 120))
    ramp = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    pre = worker_pool(rng, start, ramp, pre_rate, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, post_rate, n_keys)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = _cat([t1, t2])
        prompts = [
            texts.reasoning_request(rng, lang, pick(rng, styles))
            for lang in _draw(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card" if shared_card else "one card per org",
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "pacing": "poisson worker pool, ramp after release",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading through VPN exits, prepaid card per key


def pinch_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pinch_shot"
    n_keys = irange(rng, 4, 8)
    vpn = cloud(rng, irange(rng, 5, 9), "m247") + cloud(rng, irange(rng, 3, 7), "leaseweb")
    styles = [
        str(s)
        for s in rng.choice(
            ["pairwise", "rubric", "listwise", "reward", "critique"],
            size=irange(rng, 2, 4),
            replace=False,
        )
    ]
    langs = _weights(rng, ["en", "fr", "de", "ko"], float(rng.uniform(0.7, 0.9)))
    accts = []
    for _ in range(n_keys):
        a = _camp(ctx, rng, fam, cid, "grader", ua=pick(rng, SDK_OTHER[:8]), ips=[pick(rng, vpn)])
        accts.append(a)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_day = float(rng.uniform(2.5, 6))
    size = float(rng.uniform(35, 90))
    for a in accts:
        begin = start + float(rng.uniform(0, 18)) * HOUR
        starts = thinned(rng, begin, ctx.t1, per_day * (ctx.t1 - begin) / DAY, constant)
        ts = _cat(bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.6, ctx.t1))
        prompts = []
        for lang in _draw(rng, langs, len(ts)):
            style = pick(rng, styles)
            k = 4 if style == "listwise" else 2
            prompts.append(
                texts.grading_request(
                    rng,
                    pick(rng, ctx.chat),
                    [pick(rng, ctx.passages) for _ in range(k)],
                    style,
                    lang,
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.1),
            ips=sticky(rng, ts, vpn, 2 * HOUR),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "prepaid card per key",
            "ip_source": "commercial VPN exits (m247, leaseweb), sticky 2 h",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "styles": styles,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites from Asian clouds, two shell orgs, night shift


def around_the_wall(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "around_the_wall"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    provs = [
        str(p)
        for p in rng.choice(["alibaba", "tencent", "ucloud", "huawei"], size=2, replace=False)
    ]
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    langs = _weights(rng, ["zh", "en", "ru", "vi", "tr", "ar"], float(rng.uniform(0.35, 0.55)))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provs[i % 2]),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    night = nightly(float(rng.uniform(20, 23)), float(rng.uniform(8, 11)), 8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return 0.12 + 0.88 * night(ts)

    rate = float(rng.uniform(35, 70))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = [
            texts.policy_request(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                lang,
                pick(rng, ("rewrite", "answer", "triple", "deploy")),
            )
            for lang in _draw(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.04),
            comp_median=520.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per shell org",
            "ip_source": f"cloud {provs}",
            "user_agent": ua,
            "pacing": "worker pool, night shift UTC+8",
            "rate_per_hour": round(rate, 1),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud cluster behind NAT


def z_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "z_serve"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = [
        str(s)
        for s in rng.choice(["react", "json", "xml", "plan"], size=irange(rng, 2, 4), replace=False)
    ]
    accts = [
        _camp(ctx, rng, fam, cid, "trajectory", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    rate = float(rng.uniform(28, 60))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        prompts = [texts.agent_request(rng, pick(rng, styles)) for _ in range(len(ts))]
        extra = rng.integers(300, 1400, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=850.0,
            comp_sigma=0.45,
            err=0.05,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{provider} NAT egress",
            "user_agent": ua,
            "pacing": "constant worker pool",
            "rate_per_hour": round(rate, 1),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic data-set generation from an office line, slow cron


def lob_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lob_serve"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("eu", "sea", "in", "latam"))
    office = resi(rng, irange(rng, 1, 2), region)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    styles = [
        str(s)
        for s in rng.choice(
            ["pairs", "persona", "evolve", "textbook", "dialogue"],
            size=irange(rng, 3, 5),
            replace=False,
        )
    ]
    langs = _weights(rng, ["en", "es", "pt", "id", "hi", "fr"], float(rng.uniform(0.45, 0.75)))
    accts = [
        _camp(ctx, rng, fam, cid, "generator", org=org, pay=card, ua=ua, ips=office)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(1.5, 3.5))
    batch = float(rng.uniform(3, 6))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts = _cat(bursts(rng, starts, batch, float(rng.uniform(20, 60)), 0.5, ctx.t1))
        prompts = [
            texts.synth_request(rng, pick(rng, ctx.chat), pick(rng, styles), lang)
            for lang in _draw(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic data-set generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"office broadband ({region})",
            "user_agent": ua,
            "pacing": "slow cron: small batches around the clock",
            "batches_per_hour": round(per_hour, 2),
            "styles": styles,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling through a residential proxy pool


def overhead_kill(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "overhead_kill"
    n_keys = irange(rng, 8, 15)
    pool = resi(rng, irange(rng, 200, 400), "*")
    n_fixed = pick(rng, (0, 4, 5, 8))
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", ua=sdk_ua(rng, 0.6), ips=[pick(rng, pool)])
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0, 14)) * HOUR
    jobs_rate = float(rng.uniform(10, 22))
    p_soft = float(rng.uniform(0.25, 0.55))
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, jobs_rate, n_keys), strict=True):
        ts_parts, prompts = [], []
        for s in jobs.tolist():
            n = n_fixed or irange(rng, 3, 8)
            if chance(rng, p_soft):
                p = texts.soft_label_request(
                    rng, pick(rng, ctx.chat), pick(rng, ("probs", "logits", "mcq"))
                )
            else:
                p = texts.clip(pick(rng, ctx.chat), 1500)
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.uniform(0.02, 0.8, size=n - 1))])
            )
            prompts.extend([p] * n)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            ips=sticky(rng, ts, pool, 10 * 60.0),
            comp_median=300.0,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "one card per key",
            "ip_source": "residential proxies, sticky 10 min",
            "samples_per_prompt": n_fixed or "3-8",
            "jobs_per_hour": round(jobs_rate, 1),
            "soft_label_share": round(p_soft, 2),
            "pacing": "worker pool of jobs",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep on stolen cards, one key and one VPS at a time


def cutthroat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cutthroat"
    n_keys = irange(rng, 10, 18)
    lang_of = {
        s: ("ja" if chance(rng, 0.15) else "fr" if chance(rng, 0.12) else "en")
        for s in texts.CURRICULUM
    }
    grid = texts.curriculum_sweep(rng, lang_of)
    style_a, style_b = pick(rng, ("coded", "prose")), pick(rng, ("coded", "prose"))
    switch = irange(rng, 3, n_keys - 2)
    accts, t, pos = [], jitter_start(rng, ctx.t0, ctx.t1, 0.25), 0
    lifetimes = []
    for i in range(n_keys):
        prov = pick(rng, ("vultr", "contabo", "ovh", "hetzner", "digitalocean", "linode"))
        a = _camp(ctx, rng, fam, cid, "burner", ua=sdk_ua(rng, 0.5), ips=cloud(rng, 1, prov))
        accts.append(a)
        life = float(rng.uniform(4, 13)) * HOUR
        a0, a1 = t, min(t + life, ctx.t1)
        rate = float(rng.uniform(35, 80))
        starts = thinned(rng, a0, a1, rate / 8 * (a1 - a0) / HOUR, constant)
        ts = _cat(bursts(rng, starts, 8, 3.0, 0.6, a1))
        style = style_a if i < switch else style_b
        prompts = []
        for _ in range(len(ts)):
            cell = grid[pos % len(grid)]
            pos += 1
            code = (
                f"{list(texts.CURRICULUM).index(cell[0]) + 1}.{texts.CURRICULUM[cell[0]].index(cell[1]) + 1}"
                f".{cell[3]}.{texts.FORMATS.index(cell[2]) + 1}"
            )
            prompts.append(texts.curriculum_request(rng, cell, style, code))
        err = np.where(ts > a1 - 0.08 * (a1 - a0), 0.4, 0.02)
        status = np.where(rng.random(len(ts)) < err, 429, 200)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            comp_median=900.0,
            status=status,
        )
        lifetimes.append(round((a1 - a0) / HOUR, 1))
        t = a1 + float(rng.uniform(0.2, 3)) * HOUR
        if t >= ctx.t1:
            break
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": len(accts),
            "orgs": "one per key",
            "payment": "stolen card per key",
            "ip_source": "one fresh VPS per key",
            "pacing": "sequential key hopping, bursts of ~8",
            "key_lifetimes_h": lifetimes,
            "styles": [style_a, style_b],
            "style_switch_at_key": switch,
            "languages": lang_of,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. multi-turn dialogue harvest, spoofed browser, one card behind many orgs


def wallpaper_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wallpaper_shot"
    n_keys = irange(rng, 5, 9)
    card = hexid(rng, "pay")
    ua = pick(rng, BROWSERS)
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 120, 260), region)
    langs = _weights(rng, ["en", "es", "de", "ko"], float(rng.uniform(0.5, 0.8)))
    accts = [
        _camp(ctx, rng, fam, cid, "dialogue", pay=card, ua=ua, ips=[pick(rng, pool)])
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(0.6, 1.5))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            n = irange(rng, 4, 12)
            lang = _draw(rng, langs, 1)[0]
            first = (
                texts.clip(pick(rng, ctx.chat), 600) if lang == "en" and chance(rng, 0.6) else None
            )
            turns = texts.dialogue_user_turns(rng, first, lang, n)
            tt = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.5, size=n - 1))])
            ip = pick(rng, pool)
            ctxlen = 0
            for j in range(n):
                ts_all.append(float(tt[j]))
                prompts.append(turns[j])
                ips.append(ip)
                extra.append(ctxlen)
                ctxlen += len(turns[j]) // 4 + int(rng.integers(250, 700))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=ips,
            comp_median=450.0,
            err=0.01,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (user simulator)",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "one card on every org",
            "ip_source": f"residential proxy ({region}), one address per dialogue",
            "user_agent": ua,
            "dialogues_per_hour_per_key": round(per_hour, 2),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real writing/translation product's traffic


def crack_ace(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "crack_ace"
    brand = pick(rng, ("Quillfast", "Penwise", "Draftly", "Wordloom", "Scribeo"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = _camp(ctx, rng, fam, cid, "product-prod", org=org, pay=card, ua=ua, ips=nat)
    batch = _camp(ctx, rng, fam, cid, "product-batch", org=org, pay=card, ua=ua, ips=nat[:1])
    accts = [prod, batch]
    staging = None
    if chance(rng, 0.5):
        staging = _camp(
            ctx, rng, fam, cid, "product-staging", org=org, pay=card, ua=ua, ips=[pick(rng, nat)]
        )
        accts.append(staging)
    per_day = float(rng.uniform(250, 480))
    upgrade = ctx.release + float(rng.uniform(6, 30)) * HOUR
    real = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, global_load(15.0, 0.65))
    real_p = [texts.product_user_request(rng, brand, pick(rng, ctx.chat)) for _ in range(len(real))]
    h0 = ctx.release + float(rng.uniform(2, 12)) * HOUR
    hidden_rate = float(rng.uniform(4, 9))
    hidden = thinned(rng, h0, ctx.t1, hidden_rate * (ctx.t1 - h0) / HOUR, global_load(15.0, 0.3))
    targets = list(texts.PRODUCT_LANGS)
    hid_p = [
        texts.product_extra_request(rng, brand, pick(rng, ctx.passages), targets[i % len(targets)])
        for i in range(len(hidden))
    ]
    ts = np.concatenate([real, hidden])
    prompts = real_p + hid_p
    order = np.argsort(ts, kind="stable")
    ts = ts[order]
    prompts = [prompts[i] for i in order.tolist()]
    models = [
        ctx.new_model if t >= upgrade and chance(rng, 0.9) else ctx.old_models[0]
        for t in ts.tolist()
    ]
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=280.0, comp_sigma=0.7, err=0.01)
    # the batch key: "document translation" jobs at night, US east time
    nights = thinned(
        rng,
        h0,
        ctx.t1,
        float(rng.uniform(12, 30)) * (ctx.t1 - h0) / HOUR,
        nightly(1.0, float(rng.uniform(3, 5)), -5),
    )
    bp = [
        texts.product_extra_request(rng, brand, pick(rng, ctx.passages), targets[i % len(targets)])
        for i in range(len(nights))
    ]
    ctx.emit(
        rng, batch, nights, bp, models=[ctx.new_model] * len(nights), comp_median=600.0, err=0.01
    )
    if staging is not None:
        st = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7, global_load(15.0, 0.9))
        sp = [texts.product_user_request(rng, brand, pick(rng, ctx.chat)) for _ in range(len(st))]
        ctx.emit(
            rng,
            staging,
            st,
            sp,
            models=ctx.models(rng, st, p_new=0.6, p_mini=0.3),
            comp_median=250.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "brand": brand,
            "keys": len(accts),
            "orgs": 1,
            "payment": "the product's card",
            "ip_source": "aws NAT egress of the product",
            "user_agent": ua,
            "real_requests_per_day": round(per_day),
            "hidden_per_hour": round(hidden_rate, 1),
            "pacing": "product load curve; batch key at night",
            "languages": targets,
            "model": "old until upgrade, then new",
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged consumer accounts, pivoting one by one after release


def avoidable_hinder(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "avoidable_hinder"
    n = irange(rng, 14, 26)
    accts, pivots = [], []
    p_chat = float(rng.uniform(0.15, 0.4))
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        a = _camp(ctx, rng, fam, cid, "aged", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(1, 40)) * HOUR
        pivots.append(round((pivot - ctx.release) / HOUR, 1))
        # the previous owner's habits until the pivot
        before = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.3, 1.5)), evening_person(tz), 4.0, 70.0
        )
        tb = _cat(before)
        ctx.emit(
            rng,
            a,
            tb,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(tb))],
            models=ctx.models(rng, tb, p_new=0.5, p_mini=0.1),
            comp_median=330.0,
        )
        # the buyer: same region, fresh residential exits per session, more sessions, longer answers
        exits = home(rng, irange(rng, 4, 10), tz)
        after = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3, 6)),
            evening_person(tz, 3.5),
            float(rng.uniform(7, 12)),
            float(rng.uniform(30, 60)),
        )
        ts, ips, prompts = [], [], []
        for sess in after:
            ip = pick(rng, exits)
            for t in sess.tolist():
                ts.append(t)
                ips.append(ip)
                prompts.append(
                    texts.clip(pick(rng, ctx.chat), 1500)
                    if chance(rng, p_chat)
                    else texts.expert_question(rng)
                )
        ta = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ta,
            prompts,
            models=ctx.models(rng, ta, p_new=0.96, p_mini=0.0),
            ips=ips,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts",
            "keys": n,
            "orgs": "the original owners'",
            "payment": "the original owners' cards",
            "ip_source": "owner's home, then residential exits in the same region",
            "pacing": "human-like sessions, more of them after the pivot",
            "pivot_hours_after_release": pivots,
            "chat_share_after": round(p_chat, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a paid gig crowd, each worker on their own account, a few requests each


_GIG_LANG = {
    5: "hi",
    -3: "pt",
    8: "id",
    -5: "en",
    -8: "en",
    1: "es",
    0: "en",
    2: "en",
    3: "en",
    9: "en",
}


def jam_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "jam_serve"
    n = irange(rng, 40, 70)
    tzs = [5, -3, 8, 1, -5, 0, 2, -8]
    tzw = rng.dirichlet(np.ones(len(tzs)) * 1.5)
    posted = ctx.release + float(rng.uniform(1, 10)) * HOUR
    paraphrase = float(rng.uniform(0.3, 0.7))
    accts = []
    for _ in range(n):
        tz = int(tzs[int(rng.choice(len(tzs), p=tzw))])
        lang = _GIG_LANG.get(tz, "en")
        if tz == 8 and chance(rng, 0.4):
            lang = "vi"
        ua = pick(rng, MOBILE) if chance(rng, 0.6) else pick(rng, BROWSERS)
        a = _camp(ctx, rng, fam, cid, "gig-worker", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        parts = []
        if chance(rng, 0.3):  # their own earlier use of the account
            own = _cat(session_times(rng, ctx.t0, posted, 0.4, evening_person(tz), 3.0, 60.0))
            ctx.emit(
                rng,
                a,
                own,
                [texts.clip(pick(rng, ctx.chat), 1000) for _ in range(len(own))],
                models=ctx.models(rng, own),
                comp_median=330.0,
            )
        join = min(posted + float(rng.exponential(14)) * HOUR, ctx.t1 - 3 * HOUR)
        n_sess = irange(rng, 1, 4)
        for _ in range(n_sess):
            s = float(rng.uniform(join, ctx.t1))
            k = irange(rng, 4, 12)
            parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(80.0), 0.6, size=k - 1))])
            )
        ts = _cat(parts)
        ts = ts[ts < ctx.t1]
        carrier = {
            5: "in_mobile",
            -3: "br_mobile",
            1: "eu_mobile",
            0: "eu_mobile",
            2: "eu_mobile",
            -5: "us_mobile",
            -8: "us_mobile",
        }.get(tz)
        phone = (
            mobile_v6(rng, len(ts), carrier)
            if carrier and ua in MOBILE and chance(rng, 0.4)
            else None
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.gig_task(rng, lang, paraphrase) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=phone,
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid gig crowd, low and slow",
            "keys": n,
            "orgs": "one per worker",
            "payment": "workers' own cards",
            "ip_source": "workers' homes and phones",
            "pacing": "1-4 human sessions each",
            "posted_hours_after_release": round((posted - ctx.release) / HOUR, 1),
            "timezones": tzs,
            "paraphrase": round(paraphrase, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay to the new model, in person-like sessions


def screen_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "screen_serve"
    n_keys = irange(rng, 6, 12)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = resi(rng, irange(rng, 300, 600), "*")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    spd = float(rng.uniform(5, 9))
    for i in range(n_keys):
        tz = pick(rng, TZS)
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS),
            ips=[pick(rng, pool)],
            tz=tz,
        )
        accts.append(a)
        begin = ctx.release + float(rng.uniform(0, 8)) * HOUR
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            spd,
            evening_person(tz, 4.0),
            float(rng.uniform(9, 15)),
            float(rng.uniform(30, 55)),
        )
        ts, ips = [], []
        for s in sess:
            ip = pick(rng, pool)
            ts.extend(s.tolist())
            ips.extend([ip] * len(s))
        prompts = []
        for _ in ts:
            prompts.append(texts.clip(ctx.chat[order[cursor % len(order)]], 2000))
            cursor += 1
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.98, p_mini=0.0),
            ips=ips,
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": f"{n_cards} cards shared",
            "ip_source": "residential proxies, per session",
            "pacing": "person-like sessions",
            "sessions_per_day": round(spd, 1),
            "source": "ShareGPT human turns, walked in a shuffled order",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "ceiling_ball": ceiling_ball,
    "pinch_shot": pinch_shot,
    "around_the_wall": around_the_wall,
    "z_serve": z_serve,
    "lob_serve": lob_serve,
    "overhead_kill": overhead_kill,
    "cutthroat": cutthroat,
    "wallpaper_shot": wallpaper_shot,
    "crack_ace": crack_ace,
    "avoidable_hinder": avoidable_hinder,
    "jam_serve": jam_serve,
    "screen_serve": screen_serve,
}
