"""Campaign families of blind batch 255 (code names: words of gilli-danda).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a family varies
(key counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn from
its own generator, in a fixed order. The last four families are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
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
from bench.monitor_blind255 import texts as tx

Rng = np.random.Generator

#: user-agent strings exactly as the background's own clients send them
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")


def wpick(rng: Rng, items: Sequence, weights: np.ndarray):
    return items[int(rng.choice(len(items), p=weights))]


def subset(rng: Rng, items: Sequence[str], lo: int, hi: int) -> list[str]:
    k = min(len(items), irange(rng, lo, hi))
    return [str(x) for x in rng.choice(list(items), size=k, replace=False)]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gilli(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gilli"
    n = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    card_per_key = chance(rng, 0.4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_ua = pick(rng, SDK_OTHER) if chance(rng, 0.5) else None
    langs = subset(rng, ("en", "zh", "es", "de", "ru", "pt"), 2, 4)
    lw = rng.dirichlet(np.ones(len(langs)) * 2)
    styles = subset(rng, sorted(tx.TRACE_WRAPPERS), 2, 4)
    accts = []
    for i in range(n):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=hexid(rng, "pay") if card_per_key else org_cards[o],
                ua=shared_ua or pick(rng, SDK_OTHER),
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(20, 60))
    boost = float(rng.uniform(2.0, 3.0))
    pre = worker_pool(rng, start, max(start, ctx.release), rate, n)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n)
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = cat([p1, p2])
        prompts = [tx.trace_prompt(rng, pick(rng, styles), wpick(rng, langs, lw)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=900,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": n_orgs,
            "payment": "card per key" if card_per_key else "one card per org",
            "ip_source": f"rented {provider} block",
            "pacing": "worker pool, ramps up after release",
            "rate_per_hour": _f(rate),
            "post_release_boost": _f(boost),
            "languages": langs,
            "styles": styles,
            "user_agent": shared_ua or "one SDK per key",
            "start": _f(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch bursts from several small orgs


def danda(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "danda"
    n_orgs = irange(rng, 2, 4)
    langs = ["en", *subset(rng, ("fr", "ja", "ko", "de"), 0, 2)]
    lw = rng.dirichlet(np.ones(len(langs)))
    lw = 0.5 * lw + 0.5 * np.eye(len(langs))[0]
    styles = subset(
        rng, ("pairwise", "rubric_json", "reward_scalar", "critique_revise", "checklist"), 2, 4
    )
    comp = {
        "pairwise": 260,
        "rubric_json": 220,
        "reward_scalar": 6,
        "critique_revise": 750,
        "checklist": 320,
    }
    accts = []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        ua = pick(rng, SDK_COMMON + SDK_OTHER)
        for _ in range(irange(rng, 2, 4)):
            accts.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="grader",
                    campaign_id=cid,
                    org=org,
                    pay=card,
                    ua=ua,
                    ips=cloud(rng, irange(rng, 1, 2), provider),
                )
            )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    tz_op = int(pick(rng, TZS))
    curve = workday(tz_op, 7.0, 23.0, 0.6, 0.25) if chance(rng, 0.5) else constant
    n_bursts = float(rng.uniform(25, 55))
    size = float(rng.uniform(40, 110))
    gap = float(rng.uniform(0.8, 3.0))
    starts = thinned(rng, start, ctx.t1, n_bursts, curve)
    trains = bursts(rng, starts, size, gap, 0.5, ctx.t1)
    owner = rng.integers(0, len(accts), size=len(trains))
    for i, a in enumerate(accts):
        ts = cat([trains[j] for j in np.flatnonzero(owner == i).tolist()])
        st = [pick(rng, styles) for _ in ts]
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s, wpick(rng, langs, lw)) for s in st
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            comp_median=np.array([comp[s] for s in st], dtype=float),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": len(accts),
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "cloud per org",
            "pacing": "batch bursts",
            "bursts_mean": _f(n_bursts),
            "burst_size_mean": _f(size),
            "gap_median_s": _f(gap),
            "operator_tz": tz_op,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through rotating keys on stolen cards and VPN exits


def guli(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "guli"
    n = irange(rng, 12, 24)
    providers = subset(rng, ("m247", "leaseweb", "ovh", "vultr", "digitalocean", "linode"), 2, 3)
    exits = [ip for p in providers for ip in cloud(rng, irange(rng, 4, 9), p)]
    langs = ["en", *subset(rng, ("zh", "ru", "ar", "fa"), 1, 3)]
    lw = rng.dirichlet(np.ones(len(langs)) * 1.5)
    styles = subset(rng, tx.POLICY_STYLES, 2, 4)
    tz_op = int(pick(rng, (3, 8, 2, 5)))
    active_from = float(rng.uniform(6, 11))
    hours = float(rng.uniform(11, 16))
    curve = nightly(active_from, hours, tz_op)
    hold = float(rng.uniform(900, 3600))
    # keys are used a day or two each and replaced (several live at once)
    life_lo, life_hi = float(rng.uniform(0.5, 1.0)), float(rng.uniform(1.5, 2.8))
    first = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    step = (ctx.t1 - first) / n * float(rng.uniform(0.75, 1.05))
    accts = []
    for i in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.55)
            else pick(rng, ("PostmanRuntime/7.43.0", "python-requests/2.32.3", "axios/1.7.9"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotating_key",
            campaign_id=cid,
            ua=ua,
            ips=exits,
        )
        accts.append(a)
        born = first + i * step + float(rng.uniform(-0.3, 0.3)) * step
        died = born + float(rng.uniform(life_lo, life_hi)) * DAY
        rate = float(rng.uniform(8, 22))
        ts = thinned(
            rng,
            max(ctx.t0, born),
            min(ctx.t1, died),
            rate * (min(ctx.t1, died) - max(ctx.t0, born)) / HOUR * hours / 24,
            curve,
        )
        prompts = [
            tx.policy_prompt(rng, ctx.passages, pick(rng, styles), wpick(rng, langs, lw))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=450,
            comp_sigma=0.55,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n,
            "orgs": "one per key",
            "payment": "stolen card per key",
            "ip_source": f"VPN exits ({', '.join(providers)})",
            "pacing": "rotating keys, operator's waking hours",
            "operator_tz": tz_op,
            "key_life_days": [_f(life_lo), _f(life_hi)],
            "sticky_hold_s": _f(hold),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def dandu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dandu"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = subset(rng, ("react", "openai_msgs", "plan_execute"), 1, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    ep_rate = float(rng.uniform(1, 3))
    steps_mean = float(rng.uniform(4, 9))
    gap = float(rng.uniform(3, 9))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, constant)
        eps = bursts(rng, starts, steps_mean, gap, 0.6, ctx.t1)
        ts_all, prompts = [], []
        for ep in eps:
            _, schema, task = tx.agent_task(rng)
            style = pick(rng, styles)
            for k, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_step_prompt(rng, schema, task, k, style))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=180,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} VMs",
            "pacing": "episodes of tool steps",
            "user_agent": ua,
            "episodes_per_hour_per_key": _f(ep_rate),
            "steps_mean": _f(steps_mean),
            "languages": ["en"],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation along a curriculum grid, nightly, through residential proxies


def tipcat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tipcat"
    n = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    pool = resi(rng, irange(rng, 150, 400), "*")
    hold = float(rng.uniform(300, 900))
    one_ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    uas_vary = chance(rng, 0.3)
    langs = ["en", *subset(rng, ("hi", "id", "sw", "vi", "es", "ar", "bn"), 2, 4)]
    lw = rng.dirichlet(np.ones(len(langs)))
    lw = 0.5 * lw + 0.5 * np.eye(len(langs))[0]
    styles = subset(rng, tx.SYNTH_STYLES, 2, 4)
    tz_op = int(pick(rng, TZS))
    night_start = float(rng.uniform(21, 25)) % 24
    hours = float(rng.uniform(6, 9))
    per_hour = float(rng.uniform(80, 200))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, SDK_OTHER) if uas_vary else one_ua,
            ips=pool,
        )
        for i in range(n)
    ]
    streams = worker_pool(
        rng, start, ctx.t1, per_hour * hours / 24, n, nightly(night_start, hours, tz_op)
    )
    grid = tx.curriculum_grid(rng)
    cursor = 0
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in ts:
            prompts.append(
                tx.synth_prompt(
                    rng, grid[cursor % len(grid)], pick(rng, styles), wpick(rng, langs, lw)
                )
            )
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1500,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum sweep)",
            "keys": n,
            "orgs": "one per key",
            "payment": f"{len(cards)} shared prepaid cards",
            "ip_source": "residential proxy pool, sticky",
            "pacing": "nightly worker pool",
            "operator_tz": tz_op,
            "night_start_h": _f(night_start),
            "hours": _f(hours),
            "per_hour": _f(per_hour),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with simulated users


def kitti_pullu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kitti_pullu"
    n = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, SDK_OTHER)
    use_proxy = chance(rng, 0.5)
    proxy = resi(rng, irange(rng, 40, 120), pick(rng, ("us", "eu", "latam"))) if use_proxy else []
    langs = ["en", *subset(rng, ("es", "pt", "ko"), 1, 3)]
    lw = rng.dirichlet(np.ones(len(langs)) * 2)
    styles = subset(rng, ("transcript", "persona_sim", "last_only"), 1, 2)
    conv_rate = float(rng.uniform(1, 3))
    turns_lo, turns_hi = irange(rng, 2, 4), irange(rng, 5, 9)
    gap = float(rng.uniform(12, 30))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "azure"),
        )
        accts.append(a)
        style = pick(rng, styles)
        starts = thinned(rng, start, ctx.t1, conv_rate * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lang = wpick(rng, langs, lw)
            opener = (
                tx.short_chat(rng, ctx.chat, 500) if lang == "en" else tx.explain_prompt(rng, lang)
            )
            k = irange(rng, turns_lo, turns_hi)
            t = s
            hist: list[tuple[str, str]] = []
            for j in range(k):
                turn = opener if j == 0 else tx.user_turn(rng, lang)
                prompts.append(tx.dialogue_prompt(hist, turn, style) if j else opener)
                extra.append(
                    0 if style == "transcript" else sum(len(u) + len(r) for u, r in hist) // 4
                )
                ts_all.append(t)
                hist.append((turn, tx.excerpt(rng, ctx.passages, 300, 900)))
                t += float(rng.lognormal(np.log(gap), 0.4))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = None
        if use_proxy:
            ips = [
                p if chance(rng, 0.5) else c
                for p, c in zip(
                    sticky(rng, ts, proxy, 1200), picks(rng, a.ips, len(ts)), strict=True
                )
            ]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            comp_median=520,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "azure" + (" + residential proxy" if use_proxy else ""),
            "pacing": "parallel simulated conversations",
            "conversations_per_hour_per_key": _f(conv_rate),
            "turns": [turns_lo, turns_hi],
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels


def viti_dandu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "viti_dandu"
    n = irange(rng, 3, 5)
    org = hexid(rng, "org")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    p_bon = float(rng.uniform(0.3, 0.7))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    tag_samples = chance(rng, 0.5)
    soft_styles = subset(rng, ("probs_json", "confidence", "bare"), 1, 3)
    soft_repeat = irange(rng, 1, 5)
    rate = float(rng.uniform(1.5, 4))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            if chance(rng, p_bon):
                k = irange(rng, n_lo, n_hi)
                item = tx.best_of_n_item(rng, ctx.passages)
                ps = [
                    f"{item}\n\n(sample {j + 1} of {k})" if tag_samples else item for j in range(k)
                ]
                c = 380.0
            else:
                k = soft_repeat
                item = tx.soft_label_prompt(
                    rng, tx.excerpt(rng, ctx.passages, 120, 500), pick(rng, soft_styles)
                )
                ps = [item] * k
                c = 45.0
            off = np.sort(rng.exponential(0.25, size=k))
            ts_all.extend((s + off).tolist())
            prompts.extend(ps)
            comp.extend([c] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.95, 0.0),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": 1,
            "payment": "prepaid card per key",
            "ip_source": f"{provider}",
            "pacing": "parallel fan-out per item",
            "p_best_of_n": _f(p_bon),
            "n_range": [n_lo, n_hi],
            "soft_repeat": soft_repeat,
            "soft_styles": soft_styles,
            "tagged_samples": tag_samples,
            "items_per_hour_per_key": _f(rate),
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest: every passage into every language


def dangguli(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dangguli"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz_office = int(pick(rng, (8, 3, 5, 2)))
    office = home(rng, irange(rng, 1, 2), tz_office)
    hosting = cloud(rng, irange(rng, 2, 4), "hetzner")
    targets = subset(
        rng,
        (
            "zh",
            "es",
            "de",
            "ru",
            "pt",
            "fr",
            "ja",
            "ko",
            "hi",
            "ar",
            "id",
            "vi",
            "tr",
            "pl",
            "th",
            "it",
            "nl",
            "uk",
            "bn",
        ),
        10,
        14,
    )
    styles = subset(rng, tx.TRANSLATE_STYLES, 2, 3)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    per_hour = float(rng.uniform(30, 70))
    curve = workday(tz_office, 8.0, 22.0, 0.5, 0.3) if chance(rng, 0.5) else constant
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office if i % 2 else hosting,
            tz=tz_office,
        )
        for i in range(n)
    ]
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    # a global work list: each source passage followed by all its target languages
    total = sum(len(s) for s in streams)
    work: list[str] = []
    while len(work) < total:
        src = tx.excerpt(rng, ctx.passages, 200, 700)
        for tl in rng.permutation(targets).tolist():
            work.append(tx.translate_prompt(rng, src, tl, pick(rng, styles)))
    # hand the list out in time order
    owner = (
        np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
        if total
        else np.empty(0, int)
    )
    times = np.concatenate(streams) if total else np.empty(0)
    order = np.argsort(times, kind="stable")
    slot = np.empty(total, dtype=np.int64)
    slot[order] = np.arange(total)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(owner == i)
        ts = times[sel]
        prompts = [work[j] for j in slot[sel].tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=620,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (parallel corpus)",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "office broadband + hetzner",
            "office_tz": tz_office,
            "pacing": "worker pool",
            "per_hour": _f(per_hour),
            "languages": ["en", *targets],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real study-helper product's own backend traffic


def chinni_dandu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chinni_dandu"
    n = irange(rng, 2, 3)
    app = pick(rng, ("Brainy Owl", "StudyNest", "Quizzly", "Homework Hero", "Lumo Learn"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(12, 20))
    depth = float(rng.uniform(0.5, 0.8))
    curve = global_load(peak, depth)
    ratio = float(rng.uniform(0.2, 0.4))
    h_start = ctx.t0 + float(rng.uniform(0.25, 0.55)) * (ctx.t1 - ctx.t0)
    langs = ["en", *subset(rng, ("es", "pt", "hi", "id"), 0, 2)]
    lw = rng.dirichlet(np.ones(len(langs)))
    lw = 0.4 * lw + 0.6 * np.eye(len(langs))[0]
    harvest_styles = subset(rng, ("explain", "numbered", "think_tags"), 1, 2)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(a)
        wrapper = pick(rng, tx.APP_WRAPPERS)
        per_hour = float(rng.uniform(8, 20))
        real = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        added = thinned(rng, h_start, ctx.t1, ratio * per_hour * (ctx.t1 - h_start) / HOUR, curve)
        p_real = [tx.app_prompt(rng, app, wrapper, tx.short_chat(rng, ctx.chat, 900)) for _ in real]
        p_added = []
        for _ in added:
            st, lang = pick(rng, harvest_styles), wpick(rng, langs, lw)
            q = tx.explain_prompt(rng, lang) if st == "explain" else tx.trace_prompt(rng, st, lang)
            p_added.append(tx.app_prompt(rng, app, wrapper, q))
        m_real = ctx.models(rng, real, 0.3, 0.3)
        m_added = ctx.models(rng, added, 0.75, 0.0)
        ts = np.concatenate([real, added])
        order = np.argsort(ts, kind="stable")
        prompts = p_real + p_added
        models = m_real + m_added
        comp = np.concatenate([np.full(len(real), 300.0), np.full(len(added), 800.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "hard": True,
            "app": app,
            "keys": n,
            "orgs": 1,
            "payment": "company card",
            "ip_source": f"{provider} app servers",
            "user_agent": ua,
            "pacing": "product's global load curve",
            "harvest_ratio": _f(ratio),
            "harvest_start": _f(h_start),
            "languages": langs,
            "styles": harvest_styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged accounts


_LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "hi",
    8: "en",
    9: "ja",
}
_REGION_OF_TZ = {
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


def gooti_billa(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gooti_billa"
    n = irange(rng, 20, 35)
    center = ctx.t0 + float(rng.uniform(2.0, 4.0)) * DAY
    tz_op = int(pick(rng, TZS))
    op_curve = workday(tz_op, 7.0, 23.5, 0.7, 0.1)
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    p_local = float(rng.uniform(0.3, 0.7))
    sess_lo, sess_hi = float(rng.uniform(3, 5)), float(rng.uniform(6, 10))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BG_BROWSERS + BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = center + float(rng.uniform(-0.6, 0.6)) * DAY
        # the owner's own earlier use
        own = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.7, 2.2)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 200)),
        )
        ts1 = cat(own)
        ctx.emit(
            rng,
            a,
            ts1,
            [tx.short_chat(rng, ctx.chat, 1500) for _ in ts1],
            models=ctx.models(rng, ts1, 0.2, 0.15),
            comp_median=320,
            comp_sigma=0.7,
            err=0.01,
        )
        # after the takeover: a residential proxy in the owner's region, the operator's hours
        proxy = resi(rng, irange(rng, 3, 8), _REGION_OF_TZ[tz])
        sessions = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(sess_lo, sess_hi)),
            op_curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(25, 60)),
            0.6,
        )
        ts2 = cat(sessions)
        lang = _LANG_OF_TZ[tz]
        prompts = [tx.explain_prompt(rng, lang if chance(rng, p_local) else "en") for _ in ts2]
        ua2 = ua if chance(rng, p_keep_ua) else pick(rng, BG_SDK)
        ctx.emit(
            rng,
            a,
            ts2,
            prompts,
            models=ctx.models(rng, ts2, 0.8, 0.03),
            ua=ua2,
            ips=sticky(rng, ts2, proxy, float(rng.uniform(1, 3)) * HOUR),
            comp_median=900,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "taken-over aged accounts, curriculum explanations",
            "hard": True,
            "keys": n,
            "orgs": "the owners'",
            "payment": "the owners' cards",
            "ip_source": "residential proxy in owner's region",
            "takeover_center": _f(center),
            "operator_tz": tz_op,
            "pacing": "person-like sessions, more of them",
            "sessions_per_day": [_f(sess_lo), _f(sess_hi)],
            "p_keep_ua": _f(p_keep_ua),
            "languages": "owner's language share " + str(_f(p_local)) + " else en",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow paid crowd of person-like accounts


_CROWDS = (
    ("sea", 8, ("en", "tl")),
    ("sea", 8, ("en", "id")),
    ("in", 5, ("en", "hi")),
    ("latam", -3, ("en",)),
    ("eu", 1, ("en",)),
    ("us", -5, ("en",)),
)


def dandi_biyo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dandi_biyo"
    n = irange(rng, 40, 70)
    crowds = [
        _CROWDS[i]
        for i in sorted(rng.choice(len(_CROWDS), size=irange(rng, 2, 4), replace=False).tolist())
    ]
    domains = subset(rng, sorted(tx.CROWD_DOMAINS), 1, 3)
    tail_p = float(rng.uniform(0.3, 0.7))
    p_follow = float(rng.uniform(0.1, 0.25))
    per_day_lo, per_day_hi = float(rng.uniform(0.8, 1.5)), float(rng.uniform(2.0, 3.5))
    accts = []
    for _ in range(n):
        region, tz, langs = pick(rng, crowds)
        phone = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3] if phone else BG_BROWSERS + BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=resi(rng, irange(rng, 1, 2), region),
            tz=tz,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9.0, 21.0, 0.5, 0.02)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(per_day_lo, per_day_hi)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(70, 200)),
            0.9,
        )
        dom = pick(rng, domains)
        lang = pick(rng, langs)
        ts_all, prompts, ips = [], [], []
        for s in sess:
            ip = (
                mobile_v6(rng, 1, "in_mobile" if region == "in" else "us_mobile")[0]
                if phone and chance(rng, 0.5)
                else pick(rng, a.ips)
            )
            for j in range(len(s)):
                ts_all.append(float(s[j]))
                ips.append(ip)
                if j and chance(rng, p_follow):
                    prompts.append(tx.typo(rng, tx.user_turn(rng, "en"), 0.03))
                else:
                    prompts.append(tx.crowd_question(rng, dom, lang, tail_p))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            ips=ips,
            comp_median=520,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asking domain questions",
            "hard": True,
            "keys": n,
            "orgs": "one per person",
            "payment": "one card per person",
            "ip_source": "members' home / phone connections",
            "crowds": [[r, t, list(lg)] for r, t, lg in crowds],
            "domains": domains,
            "pacing": "human sessions",
            "sessions_per_day": [_f(per_day_lo), _f(per_day_hi)],
            "tail_p": _f(tail_p),
            "p_follow_up": _f(p_follow),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay dressed as an office evaluation


def gutcha(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gutcha"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = "OpenAI/Python 1.54.0"
    per_hour = float(rng.uniform(30, 80))
    curve = workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(18, 21)), 0.1, 0.15)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
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
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in ts:
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.1),
            comp_median=450,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns)",
            "hard": True,
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "office broadband",
            "office_tz": tz,
            "user_agent": ua,
            "pacing": "workday worker pool",
            "per_hour": _f(per_hour),
            "languages": "as in the public set",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "gilli": gilli,
    "danda": danda,
    "guli": guli,
    "dandu": dandu,
    "tipcat": tipcat,
    "kitti_pullu": kitti_pullu,
    "viti_dandu": viti_dandu,
    "dangguli": dangguli,
    "chinni_dandu": chinni_dandu,
    "gooti_billa": gooti_billa,
    "dandi_biyo": dandi_biyo,
    "gutcha": gutcha,
}
