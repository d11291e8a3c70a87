"""Campaign families of blind batch 83 (code names from judo throws and holds).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng` (so every seed
gives a different operation of the same kind), creates its accounts, writes their events into the
context and records the campaign's truth. The README describes what each family stands for.
"""

from __future__ import annotations

import random

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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
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
from bench.monitor_blind83 import texts

#: language → (consumer region of the simulator's address map, UTC offset of its speakers)
LANG_GEO: dict[str, tuple[str, int]] = {
    "en": ("us", -5),
    "es": ("latam", -3),
    "pt": ("latam", -3),
    "fr": ("eu", 1),
    "de": ("eu", 1),
    "it": ("eu", 1),
    "pl": ("eu", 1),
    "ru": ("ru", 3),
    "tr": ("ru", 3),
    "zh": ("cn", 8),
    "ja": ("jp_kr", 9),
    "ko": ("jp_kr", 9),
    "hi": ("in", 5),
    "id": ("sea", 8),
    "vi": ("sea", 8),
}
TZ_LANGS: dict[int, tuple[str, ...]] = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "it", "pl"),
    2: ("pl", "de"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def _r(rng: np.random.Generator) -> random.Random:
    """A fast generator for text, seeded from the family's numpy generator."""
    return random.Random(int(rng.integers(0, 2**62)))


def _weighted(r: random.Random, weights: dict[str, float]) -> str:
    return r.choices(list(weights), weights=list(weights.values()))[0]


def _train(
    rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.5
) -> np.ndarray:
    """`n` request times after `start`, lognormal gaps (one scripted conversation or episode)."""
    gaps = rng.lognormal(np.log(gap_median), sigma, size=max(n - 1, 0))
    return start + np.concatenate([[0.0], np.cumsum(gaps)])


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str = "worker", **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _f(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


# ---------------------------------------------------------------------------------------------


def seoi_nage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented cloud block, a Poisson worker pool switching to the
    new model within hours of its release."""
    fam = "seoi_nage"
    r = _r(rng)
    n = irange(rng, 12, 22)
    provider = pick(
        rng, ("alibaba", "tencent", "huawei", "aws", "gcp", "ucloud", "oracle", "vultr")
    )
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    org = hexid(rng, "org") if chance(rng, 0.35) else None
    lang_w = pick(
        rng,
        (
            {"en": 1.0},
            {"en": 0.6, "zh": 0.4},
            {"zh": 0.5, "en": 0.35, "ru": 0.15},
            {"en": 0.7, "es": 0.3},
        ),
    )
    styles = r.sample(texts.REASONING_STYLES, r.randint(2, 5))
    one_ua = sdk_ua(rng) if chance(rng, 0.5) else None
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=pick(rng, cards),
            ua=one_ua or sdk_ua(rng, 0.3),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    warm_from = ctx.t0 + rng.uniform(0.3, 2.5) * DAY
    pre_rate = rng.uniform(4, 25)
    post_start = ctx.release + rng.uniform(0.3, 14) * HOUR
    post_rate = rng.uniform(100, 260)
    curve = (
        constant if chance(rng, 0.5) else global_load(rng.uniform(0, 24), rng.uniform(0.15, 0.45))
    )
    pre = worker_pool(rng, warm_from, ctx.release, pre_rate, n)
    post = worker_pool(rng, post_start, ctx.t1, post_rate, n, curve)
    comp = rng.uniform(1100, 2600)
    err = rng.uniform(0.01, 0.06)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.concatenate([x, y])
        prompts = [
            texts.reasoning_task(r, _weighted(r, lang_w), r.choice(styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "accounts": n,
            "provider": provider,
            "block_hosts": len(block),
            "cards": len(cards),
            "shared_org": org is not None,
            "languages": lang_w,
            "styles": styles,
            "pre_rate_per_h": _f(pre_rate),
            "post_rate_per_h": _f(post_rate),
            "post_start": _f(post_start),
            "completion_median": _f(comp),
            "pacing": "poisson worker pool",
        },
    )


def kesa_gatame(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model data: pointwise and pairwise grading of ShareGPT answers, run like an office's
    labelling desk (weekday hours of one timezone), from a cloud provider."""
    fam = "kesa_gatame"
    r = _r(rng)
    n = irange(rng, 8, 14)
    tz = int(pick(rng, (8, 8, 3, 5, 2)))
    provider = pick(rng, ("gcp", "aws", "azure", "alibaba", "tencent", "hetzner"))
    styles = r.sample(texts.GRADING_STYLES, r.randint(2, 4))
    pay_one = chance(rng, 0.5)
    pay = hexid(rng, "pay") if pay_one else None
    accts = [
        _acct(
            ctx, rng, fam, cid, pay=pay, ua=sdk_ua(rng), ips=cloud(rng, irange(rng, 1, 2), provider)
        )
        for _ in range(n)
    ]
    rate = rng.uniform(40, 100)
    night = rng.uniform(0.02, 0.35)  # unattended overnight share of the queue
    curve = workday(
        tz,
        start=rng.uniform(8, 10),
        end=rng.uniform(17, 21),
        weekend=rng.uniform(0.05, 0.4),
        night=night,
    )
    start = ctx.t0 + rng.uniform(0, 1.5) * DAY
    pools = worker_pool(rng, start, ctx.t1, rate, n, curve)
    comp = rng.uniform(70, 260)
    chat, pas = ctx.chat, ctx.passages
    for a, ts in zip(accts, pools, strict=True):
        prompts = [
            texts.grading_task(r, r.choice(styles), r.choice(chat), r.choice(pas), r.choice(pas))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.04),
            comp_median=comp,
            comp_sigma=0.7,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "rubric / preference grading harvest",
            "accounts": n,
            "tz": tz,
            "provider": provider,
            "styles": styles,
            "shared_payment": pay_one,
            "rate_per_h": _f(rate),
            "night_floor": _f(night),
            "completion_median": _f(comp),
            "pacing": "office-hours worker pool",
        },
    )


def tomoe_nage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a user-simulator drives conversations through a residential
    proxy pool with sticky sessions; the context grows turn by turn."""
    fam = "tomoe_nage"
    r = _r(rng)
    n = irange(rng, 12, 20)
    region = pick(rng, ("us", "eu", "latam", "sea", "in", "*"))
    pool = resi(rng, irange(rng, 250, 800), region)
    hold = rng.uniform(8, 40) * MINUTE
    start = ctx.t0 + rng.uniform(1.5, 3.6) * DAY
    conv_day = rng.uniform(10, 32)
    t_hi = irange(rng, 5, 10)
    gap = rng.uniform(8, 50)
    spoof = chance(rng, 0.6)
    lang_w = pick(
        rng,
        (
            {"en": 1.0},
            {"en": 0.5, "es": 0.3, "pt": 0.2},
            {"en": 0.4, "id": 0.6},
            {"es": 0.5, "pt": 0.5},
        ),
    )
    ctx_tok = rng.uniform(250, 550)
    curve = constant if chance(rng, 0.5) else global_load(rng.uniform(0, 24), rng.uniform(0.2, 0.6))
    one_ua = sdk_ua(rng)
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, cid, ua=pick(rng, BROWSERS) if spoof else one_ua, ips=[pool[0]])
        accts.append(a)
        starts = thinned(
            rng, start + rng.uniform(0, 8) * HOUR, ctx.t1, conv_day * (ctx.t1 - start) / DAY, curve
        )
        ts_parts, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, t_hi)
            lang = _weighted(r, lang_w)
            ts_parts.append(_train(rng, s, k, gap, 0.6))
            prompts.append(texts.dialogue_opening(r, lang))
            prompts.extend(texts.dialogue_followup(r, lang) for _ in range(k - 1))
            extra.extend(int(j * ctx_tok) for j in range(k))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=rng.uniform(300, 600),
            extra=np.asarray(extra),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "accounts": n,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_minutes": _f(hold / MINUTE),
            "conversations_per_day": _f(conv_day),
            "max_turns": t_hi,
            "turn_gap_s": _f(gap),
            "browser_spoof": spoof,
            "languages": lang_w,
            "start": _f(start),
        },
    )


def uchi_mata(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real consumer writing app whose backend keys carry its users' genuine requests, with a
    slice of harvest requests mixed in after the release, leaning towards off-peak hours."""
    fam = "uchi_mata"
    r = _r(rng)
    keys = irange(rng, 2, 5)
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean", "linode", "hetzner"))
    org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.6)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            role="product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(keys)
    ]
    rate = rng.uniform(35, 85)
    peak, depth = rng.uniform(0, 24), rng.uniform(0.45, 0.8)
    curve = global_load(peak, depth)
    pools = worker_pool(rng, ctx.t0, ctx.t1, rate, keys, curve)
    share_pre, share_post = rng.uniform(0, 0.03), rng.uniform(0.08, 0.25)
    lean = rng.uniform(0, 1.5)
    h_lang = pick(rng, ({"en": 1.0}, {"en": 0.6, "es": 0.2, "fr": 0.2}, {"en": 0.5, "zh": 0.5}))
    h_comp = rng.uniform(800, 1500)
    chat = ctx.chat
    cells = texts.curriculum_cells(r, "en")
    for a, ts in zip(accts, pools, strict=True):
        load = curve(ts)
        share = np.where(ts >= ctx.release, share_post, share_pre)
        p = np.clip(share * (1 + lean * (1 - load)) / (1 + lean * 0.5 * depth), 0, 1)
        harvest = rng.random(len(ts)) < p
        prompts = [
            (
                texts.formal_instruction(r, _weighted(r, h_lang))
                if r.random() < 0.6
                else texts.curriculum_prompt(r, "en", r.choice(cells))
            )
            if h
            else r.choice(chat)
            for h in harvest.tolist()
        ]
        models = ctx.models(rng, ts, p_new=0.45, p_mini=0.3)
        models = [
            ctx.new_model if (h and t >= ctx.release) else m
            for h, t, m in zip(harvest.tolist(), ts.tolist(), models, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(harvest, h_comp, 320.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest inside a genuine product's traffic",
            "keys": keys,
            "provider": provider,
            "rate_per_h": _f(rate),
            "peak_utc": _f(peak),
            "depth": _f(depth),
            "share_before": _f(share_pre),
            "share_after": _f(share_post),
            "off_peak_lean": _f(lean),
            "harvest_languages": h_lang,
        },
    )


def kuzushi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow farmed accounts that behave like private people: home broadband of their
    timezone, browser or phone user agents, evening sessions, each account living 1-3 days."""
    fam = "kuzushi"
    r = _r(rng)
    n = irange(rng, 24, 40)
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 1, 3), replace=False)]
    share_cards = chance(rng, 0.45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    p_formal = rng.uniform(0.2, 0.65)
    per_day = rng.uniform(1.5, 4.0)
    size = rng.uniform(3, 8)
    think = rng.uniform(45, 150)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, TZ_LANGS[tz]) if chance(rng, 0.75) else "en"
        ips = home(rng, irange(rng, 1, 2), tz)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            pay=pick(rng, cards) if share_cards else None,
            ua=pick(rng, BROWSERS + MOBILE),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        born = ctx.t0 + (rng.uniform(0.5, 6.0) if chance(rng, 0.3) else rng.uniform(3.6, 6.2)) * DAY
        life = rng.uniform(1.0, 3.0) * DAY
        sessions = session_times(
            rng, born, min(born + life, ctx.t1), per_day, evening_person(tz), size, think
        )
        if not sessions or sum(len(s) for s in sessions) == 0:
            sessions = [born + np.cumsum(rng.lognormal(np.log(think), 0.8, size=irange(rng, 2, 6)))]
        ts = np.concatenate(sessions)
        prompts = [
            texts.formal_instruction(r, lang)
            if r.random() < p_formal
            else texts.casual_question(r, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=rng.uniform(500, 900),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow human-looking accounts with churn",
            "accounts": n,
            "tzs": tzs,
            "shared_cards": share_cards,
            "p_formal": _f(p_formal),
            "sessions_per_day": _f(per_day),
            "session_size": _f(size),
            "think_s": _f(think),
            "lifetime_days": [1.0, 3.0],
        },
    )


def harai_goshi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Soft labels by repeated sampling: every short-label item is asked n times in a quick burst,
    optionally disguised by a nonce, from a handful of keys on one provider."""
    fam = "harai_goshi"
    r = _r(rng)
    n = irange(rng, 6, 12)
    provider = pick(rng, providers_all())
    styles = r.sample(texts.SAMPLING_STYLES, r.randint(2, 4))
    k = irange(rng, 4, 16)
    mode = pick(rng, ("none", "index", "seed", "space"))
    items_day = rng.uniform(18, 55)
    gap = rng.uniform(0.2, 2.0)
    start = ctx.release - rng.uniform(-0.5, 1.5) * DAY
    ua = sdk_ua(rng, 0.2)
    accts = [_acct(ctx, rng, fam, cid, ua=ua, ips=cloud(rng, 1, provider)) for _ in range(n)]
    comp = rng.uniform(4, 60) if chance(rng, 0.7) else rng.uniform(120, 250)
    for a in accts:
        starts = thinned(
            rng,
            start + rng.uniform(0, 4) * HOUR,
            ctx.t1,
            items_day * (ctx.t1 - start) / DAY,
            constant,
        )
        trains = bursts(rng, starts, k, gap, 0.5)
        ts_parts, prompts = [], []
        for tr in trains:
            base = texts.label_item(r, r.choice(styles))
            ts_parts.append(tr)
            prompts.extend(texts.sampling_variant(r, base, mode, j) for j in range(len(tr)))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "accounts": n,
            "provider": provider,
            "styles": styles,
            "samples_per_item": k,
            "nonce": mode,
            "items_per_day": _f(items_day),
            "burst_gap_s": _f(gap),
            "completion_median": _f(comp),
        },
    )


def providers_all() -> tuple[str, ...]:
    return (
        "aws",
        "gcp",
        "azure",
        "digitalocean",
        "ovh",
        "hetzner",
        "vultr",
        "linode",
        "oracle",
        "contabo",
    )


def ura_nage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Publication-safe rewrites harvested by an office through a commercial VPN's exit pool
    shared by all its keys, weekday hours in its own timezone."""
    fam = "ura_nage"
    r = _r(rng)
    n = irange(rng, 8, 16)
    tz = int(pick(rng, (8, 8, 3)))
    vpn = [
        ip
        for p in rng.choice(
            ["m247", "leaseweb", "hetzner", "ovh", "vultr"], size=2, replace=False
        ).tolist()
        for ip in rented_block(rng, p, irange(rng, 2, 4), irange(rng, 2, 5))
    ]
    lang_w = {"zh": 0.6, "en": 0.3, "ru": 0.1} if tz == 8 else {"ru": 0.6, "en": 0.4}
    per_day = rng.uniform(50, 160)
    use_passages = rng.uniform(0, 0.5)
    curve = workday(
        tz, start=rng.uniform(8.5, 10), end=rng.uniform(17, 19), weekend=rng.uniform(0.02, 0.2)
    )
    start = ctx.t0 + rng.uniform(0, 2) * DAY
    accts = [_acct(ctx, rng, fam, cid, ua=sdk_ua(rng, 0.7), ips=vpn) for _ in range(n)]
    for a in accts:
        ts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        prompts = []
        for _ in range(len(ts)):
            lang = _weighted(r, lang_w)
            psg = r.choice(ctx.passages) if (lang == "en" and r.random() < use_passages) else None
            prompts.append(texts.compliant_rewrite(r, lang, psg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=rng.uniform(350, 700),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe rewrites",
            "accounts": n,
            "tz": tz,
            "vpn_exits": len(vpn),
            "languages": lang_w,
            "per_day": _f(per_day),
            "passage_share": _f(use_passages),
        },
    )


def kata_guruma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic tasks run as full episodes (task, tool results,
    next action) by an agent framework on two cloud providers, around the clock."""
    fam = "kata_guruma"
    r = _r(rng)
    n = irange(rng, 10, 18)
    provs = rng.choice(list(providers_all()), size=2, replace=False).tolist()
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        _acct(ctx, rng, fam, cid, ua=ua, ips=cloud(rng, irange(rng, 1, 2), provs[i % 2]))
        for i in range(n)
    ]
    ep_rate = rng.uniform(10, 26)
    steps_hi = irange(rng, 6, 14)
    gap = rng.uniform(2.5, 10)
    schema_tok = rng.uniform(300, 1200)
    start = ctx.t0 + rng.uniform(1.0, 4.2) * DAY
    starts = thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n, size=len(starts))
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s, w in zip(starts.tolist(), who.tolist(), strict=True):
        ep = texts.agent_episode(r)
        k = irange(rng, 3, steps_hi)
        per[w][0].append(_train(rng, s, k, gap, 0.7))
        per[w][1].extend(texts.agent_step(r, ep, j, ctx.passages) for j in range(k))
        per[w][2].extend(int(schema_tok + j * 260) for j in range(k))
    for a, (tsl, prompts, extra) in zip(accts, per, strict=True):
        if not tsl:
            continue
        ts = np.concatenate(tsl)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=rng.uniform(150, 420),
            extra=np.asarray(extra),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "accounts": n,
            "providers": provs,
            "user_agent": ua,
            "episodes_per_h": _f(ep_rate),
            "max_steps": steps_hi,
            "step_gap_s": _f(gap),
            "start": _f(start),
        },
    )


def sumi_gaeshi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A multilingual harvest where each key speaks one language and comes only from residential
    proxies of that language's region, shaped to that region's waking hours."""
    fam = "sumi_gaeshi"
    r = _r(rng)
    pool_langs = [x for x in texts.LANGS if x != "en"]
    langs = r.sample(pool_langs, r.randint(6, 10))
    n = irange(rng, 12, 20)
    per_day = rng.uniform(55, 170)
    rotate = pick(rng, ("per_request", "sticky"))
    hold = rng.uniform(5, 30) * MINUTE
    p_formal = rng.uniform(0.6, 0.95)
    shape = pick(rng, ("evening", "daytime"))
    start = ctx.release + rng.uniform(-1.0, 1.0) * DAY
    accts = []
    for i in range(n):
        lang = langs[i % len(langs)]
        region, tz = LANG_GEO[lang]
        pool = resi(rng, irange(rng, 15, 60), region)
        a = _acct(ctx, rng, fam, cid, ua=pick(rng, MOBILE + BROWSERS), ips=pool, tz=tz)
        accts.append(a)
        curve = evening_person(tz) if shape == "evening" else workday(tz, night=0.08, weekend=0.6)
        s0 = start + rng.uniform(0, 10) * HOUR
        ts = thinned(rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, curve)
        ips = sticky(rng, ts, pool, hold) if rotate == "sticky" else None
        prompts = [
            texts.formal_instruction(r, lang)
            if r.random() < p_formal
            else texts.casual_question(r, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=ips,
            comp_median=rng.uniform(600, 1100),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "geo-matched multilingual harvest",
            "accounts": n,
            "languages": langs,
            "per_day": _f(per_day),
            "rotation": rotate,
            "sticky_minutes": _f(hold / MINUTE),
            "p_formal": _f(p_formal),
            "shape": shape,
            "start": _f(start),
        },
    )


def hiza_guruma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A curriculum sweep run as a relay: one key at a time works through its quota of grid cells
    from phone-carrier IPv6, then falls silent for good and the next key takes the baton."""
    fam = "hiza_guruma"
    r = _r(rng)
    n = irange(rng, 14, 24)
    langs = ["en", pick(rng, ("es", "pt", "id"))]
    p_second = rng.uniform(0.1, 0.5)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    quota_lo, quota_hi = irange(rng, 60, 110), irange(rng, 140, 260)
    gap = rng.uniform(18, 75)
    rest = rng.uniform(2, 40) * MINUTE
    start = ctx.release + rng.uniform(-1.2, 0.3) * DAY
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
    cells = {lg: texts.curriculum_cells(r, lg) for lg in langs}
    cursor = dict.fromkeys(langs, 0)
    quotas = [irange(rng, quota_lo, quota_hi) for _ in range(n)]
    planned = sum(q * gap * 1.15 for q in quotas) + n * rest
    squeeze = min(1.0, 0.97 * (ctx.t1 - start) / planned)
    accts, t = [], start
    for q in quotas:
        a = _acct(ctx, rng, fam, cid, ua=ua, ips=mobile_v6(rng, irange(rng, 1, 4), carrier))
        accts.append(a)
        ts = _train(rng, t, q, gap * squeeze, 0.9)
        prompts = []
        for _ in range(q):
            lg = langs[1] if r.random() < p_second else "en"
            prompts.append(texts.curriculum_prompt(r, lg, cells[lg][cursor[lg] % len(cells[lg])]))
            cursor[lg] += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=rng.uniform(700, 1300),
        )
        t = float(ts[-1]) + rest * squeeze * rng.uniform(0.5, 1.5)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "relay curriculum sweep",
            "accounts": n,
            "languages": langs,
            "carrier": carrier,
            "quota": [quota_lo, quota_hi],
            "gap_s": _f(gap * squeeze),
            "rest_min": _f(rest / MINUTE),
            "start": _f(start),
            "user_agent": ua,
        },
    )


def okuri_eri_jime(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation on throwaway trial accounts: waves of fresh keys, each spending
    its quota on long generations within hours, ending in rate-limit errors, then abandoned."""
    fam = "okuri_eri_jime"
    r = _r(rng)
    n = irange(rng, 16, 28)
    waves = irange(rng, 3, 6)
    wave_ts = np.sort(ctx.t0 + rng.uniform(1.0, 6.7, size=waves) * DAY)
    per_wave_card = chance(rng, 0.5)
    styles = r.sample(texts.SYNTH_STYLES, r.randint(3, 6))
    provs = rng.choice(
        ["vultr", "digitalocean", "ovh", "contabo", "linode", "hetzner"],
        size=irange(rng, 1, 3),
        replace=False,
    ).tolist()
    quota_lo, quota_hi = irange(rng, 30, 70), irange(rng, 90, 180)
    gap = rng.uniform(4, 30)
    comp = rng.uniform(1500, 3200)
    ua = pick(
        rng,
        (
            "python-requests/2.32.3",
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "OpenAI/Python 1.54.0",
        ),
    )
    cards = [hexid(rng, "pay") for _ in range(waves)]
    accts = []
    for i in range(n):
        w = i % waves
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            pay=cards[w] if per_wave_card else None,
            ua=ua,
            ips=cloud(rng, 1, pick(rng, provs)),
        )
        accts.append(a)
        q = irange(rng, quota_lo, quota_hi)
        ts = _train(rng, wave_ts[w] + rng.uniform(0, 2) * HOUR, q, gap, 0.8)
        n429 = irange(rng, 2, 10)
        prompts = [
            texts.synth_request(r, r.choice(styles), r.choice(ctx.chat)) for _ in range(q + n429)
        ]
        tail = ts[-1] + np.cumsum(rng.lognormal(np.log(3.0), 0.6, size=n429))
        ctx.emit(
            rng,
            a,
            ts,
            prompts[:q],
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=comp,
            comp_sigma=0.35,
        )
        ctx.emit(
            rng,
            a,
            tail,
            prompts[q:],
            models=ctx.models(rng, tail, p_new=0.95),
            comp_median=1.0,
            comp_sigma=0.1,
            status=429,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation on trial accounts",
            "accounts": n,
            "waves": waves,
            "per_wave_card": per_wave_card,
            "styles": styles,
            "providers": provs,
            "quota": [quota_lo, quota_hi],
            "gap_s": _f(gap),
            "completion_median": _f(comp),
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES = {
    "seoi_nage": seoi_nage,
    "kesa_gatame": kesa_gatame,
    "tomoe_nage": tomoe_nage,
    "uchi_mata": uchi_mata,
    "kuzushi": kuzushi,
    "harai_goshi": harai_goshi,
    "ura_nage": ura_nage,
    "kata_guruma": kata_guruma,
    "sumi_gaeshi": sumi_gaeshi,
    "hiza_guruma": hiza_guruma,
    "okuri_eri_jime": okuri_eri_jime,
}
