"""Campaign families of blind batch 142 (code names from croquet).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts, emits their events through the
shared context and records the campaign in the truth. Everything (key counts, orgs, cards, pacing,
address sources, user agents, languages, template styles, model choice) is drawn from the family's
own generator, so another seed gives another operator of the same kind.
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
    multi_office,
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
from bench.monitor_blind142 import texts as tx

LABEL = "campaign"
#: consumer region of each UTC offset in `TZS` (our own choice, for proxies that match a home region)
TZ_REGION = {
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
#: languages people of a region plausibly write in
REGION_LANGS = {
    "us": {"en": 0.9, "es": 0.1},
    "latam": {"es": 0.55, "pt": 0.4, "en": 0.05},
    "eu": {"en": 0.4, "de": 0.25, "fr": 0.2, "es": 0.15},
    "ru": {"ru": 0.8, "en": 0.2},
    "in": {"en": 0.7, "hi": 0.3},
    "sea": {"en": 0.4, "id": 0.3, "vi": 0.3},
    "jp_kr": {"ja": 0.6, "ko": 0.3, "en": 0.1},
}
_MOBILE_V6 = {"us": "us_mobile", "in": "in_mobile", "latam": "br_mobile", "eu": "eu_mobile"}


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def cat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def langs(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def switch_models(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, switch: float, p_new: float, p_mini: float
) -> list[str]:
    """The new model with probability p_new from `switch` on (never before the release)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    at = max(switch, ctx.release)
    return [
        new if (t >= at and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def trains(
    rng: np.random.Generator,
    starts: np.ndarray,
    sizes: Sequence[int],
    gap_median: float,
    gap_sigma: float,
) -> list[np.ndarray]:
    """For each start a train of exactly `size` requests with lognormal gaps."""
    out = []
    for s, k in zip(np.asarray(starts).tolist(), sizes, strict=True):
        gaps = rng.lognormal(np.log(gap_median), gap_sigma, size=max(k - 1, 0))
        out.append(s + np.concatenate([[0.0], np.cumsum(gaps)]))
    return out


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def split_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "split_shot"
    n_keys, n_orgs = irange(rng, 10, 22), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    r_pre = float(rng.uniform(12, 30))
    r_post = r_pre * float(rng.uniform(2.0, 3.5))
    ramp = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, r_pre, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, r_post, n_keys)
    mix = {
        "en": 0.45,
        "zh": 0.2,
        "es": 0.08,
        "ru": 0.07,
        "de": 0.05,
        "pt": 0.05,
        "ja": 0.05,
        "fr": 0.03,
        "ko": 0.02,
    }
    extra = irange(rng, 30, 120)
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = cat([p1, p2])
        style = irange(rng, 0, 4)
        prompts = [
            tx.trace_prompt(rng, lg, style if chance(rng, 0.7) else None)
            for lg in langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1100,
            comp_sigma=0.45,
            err=0.04,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, 24/7, ramp after release",
            "rate_per_hour_pre": _f(r_pre),
            "rate_per_hour_post": _f(r_post),
            "ip_source": f"rented {prov} block",
            "payment": f"{n_orgs} prepaid card(s), one per org",
            "user_agent": ua,
            "orgs": n_orgs,
            "languages": sorted(mix),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through a residential proxy


def roquet(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "roquet"
    n_keys = irange(rng, 6, 10)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 300, 600), region)
    hold = float(rng.uniform(5, 20)) * 60
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    size_mean, gap = float(rng.uniform(15, 35)), float(rng.uniform(1.5, 4.0))
    mix = {"en": 0.75, "zh": 0.15, "ko": 0.1}
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
        a = ctx.account(
            rng, label=LABEL, family=fam, role="grader", campaign_id=camp, ua=ua, ips=pool[:1]
        )
        accts.append(a)
        s0 = start + float(rng.uniform(0, 8)) * HOUR
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(5, 10)) * (ctx.t1 - s0) / DAY, constant)
        ts = cat(bursts(rng, starts, size_mean, gap, 0.5, ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg) for lg in langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=280,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": "bursts of scripted grading batches",
            "burst_size_mean": _f(size_mean),
            "ip_source": f"residential proxy ({region}), sticky {int(hold)} s",
            "payment": "one card per key (stolen)",
            "user_agent": "per key python http clients",
            "languages": sorted(mix),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites, office hours in UTC+8, cloud + VPN exits


def peel_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "peel_shot"
    n_keys = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    cprov = pick(rng, ("alibaba", "tencent"))
    vprov = pick(rng, ("m247", "leaseweb"))
    vpn = rented_block(rng, vprov, 2, irange(rng, 3, 6))
    curve = workday(8, start=9.0, end=20.0, weekend=0.3)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    mix = {"zh": 0.45, "en": 0.35, "ru": 0.2}
    accts = []
    for i in range(n_keys):
        ips = cloud(rng, 2, cprov) if i % 2 == 0 else vpn
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="rewriter",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=8,
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(300, 650)), curve)
        prompts = [
            tx.policy_prompt(rng, ctx.chat, ctx.passages, lg) for lg in langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            comp_median=520,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrite pairs",
            "pacing": "office hours UTC+8 incl. Saturdays",
            "ip_source": f"{cprov} cloud (even keys) and {vprov} VPN exits (odd keys)",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": sorted(mix),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def hoop_approach(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "hoop_approach"
    n_keys = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    uas = [
        pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
        for _ in range(2)
    ]
    prov = pick(rng, ("aws", "gcp"))
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    accts = []
    for i in range(n_keys):
        o = i % 2
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="trajectory_runner",
            campaign_id=camp,
            org=orgs[o],
            pay=pays[o],
            ua=uas[o],
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - start) / DAY, constant
        )
        steps = [irange(rng, 3, 10) for _ in range(len(starts))]
        ts_parts = trains(rng, starts, steps, float(rng.uniform(4, 9)), 0.6)
        ts, prompts, extra, comp = [], [], [], []
        for part, k in zip(ts_parts, steps, strict=True):
            msgs = tx.agent_episode(rng, k, ctx.chat, style=o if chance(rng, 0.8) else 2)
            base = irange(rng, 600, 1500)
            for j, (t, m) in enumerate(zip(part.tolist(), msgs, strict=True)):
                ts.append(t)
                prompts.append(m)
                extra.append(base + 450 * j)
                comp.append(450.0 if j == k - 1 else 160.0)
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.95, 0.02),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": "episodes of 3-10 chained steps, 24/7",
            "ip_source": f"{prov} cloud",
            "payment": "one card per org (2 orgs)",
            "user_agent": uas,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation at night from cheap VPS


def pass_roll(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "pass_roll"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "dspy/2.6.3 litellm/1.60.2"))
    prov = pick(rng, ("digitalocean", "vultr"))
    ips = cloud(rng, n_keys, prov)
    tz = pick(rng, TZS)
    curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=[ips[i]],
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(15, 30))
    mix = {"en": 0.6, "zh": 0.2, "es": 0.2}
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = [tx.synth_prompt(rng, ctx.chat, lg) for lg in langs(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.02),
            comp_median=1600,
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": f"nightly window (UTC{tz:+d}), worker pool",
            "rate_per_hour_avg": _f(rate),
            "ip_source": f"{prov} VPS, one per key",
            "payment": "one card",
            "user_agent": ua,
            "languages": sorted(mix),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling


def half_roll(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "half_roll"
    n_keys, n_orgs = irange(rng, 4, 8), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [
        pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "reqwest/0.12.12"))
        for _ in range(n_orgs)
    ]
    prov = pick(rng, ("ovh", "scaleway", "hetzner"))
    ips = cloud(rng, irange(rng, 2, 4), prov)
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=orgs[o],
            pay=pays[o],
            ua=uas[o],
            ips=ips,
        )
        accts.append(a)
        items = thinned(rng, start, ctx.t1, float(rng.uniform(60, 140)), constant)
        sizes = [pick(rng, (4, 8, 8, 16)) for _ in range(len(items))]
        parts = trains(rng, items, sizes, 0.35, 0.5)
        ts, prompts, comp = [], [], []
        for part in parts:
            p = tx.label_prompt(rng, ctx.chat, ctx.passages)
            c = 8.0 if chance(rng, 0.8) else 120.0
            ts.extend(part.tolist())
            prompts.extend([p] * len(part))
            comp.extend([c] * len(part))
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.9, 0.02),
            comp_median=np.asarray(comp),
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (identical prompt repeated 4-16x)",
            "pacing": "one train per item, sub-second gaps",
            "ip_source": f"{prov} cloud, shared by keys",
            "payment": f"{n_orgs} prepaid card(s)",
            "user_agent": uas,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest through residential proxies with browser user agents


def take_off(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "take_off"
    n_keys = irange(rng, 15, 30)
    pool = resi(rng, irange(rng, 200, 500), "*")
    mix = {"en": 0.6, "es": 0.1, "zh": 0.1, "de": 0.05, "pt": 0.1, "ru": 0.05}
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="dialogue_worker",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(15, 40)), constant)
        sizes = [irange(rng, 4, 12) for _ in range(len(starts))]
        parts = trains(rng, starts, sizes, float(rng.uniform(15, 35)), 0.5)
        ts, prompts, ips, extra = [], [], [], []
        for part in parts:
            lg = langs(rng, mix, 1)[0]
            ip = pick(rng, pool)
            hist = 0
            for j, t in enumerate(part.tolist()):
                m = tx.clip(pick(rng, ctx.chat), 20, 900, rng) if j == 0 else tx.follow_up(rng, lg)
                ts.append(t)
                prompts.append(m)
                ips.append(ip)
                extra.append(hist)
                hist += len(m) // 4 + 420
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.93, 0.02),
            ips=ips,
            comp_median=420,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (public opener + scripted follow-ups)",
            "pacing": "conversation trains around the clock",
            "ip_source": "residential proxy, one exit per conversation",
            "payment": "one card per key",
            "user_agent": "desktop browser strings",
            "languages": sorted(mix),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: parallel-corpus harvest dressed as a localisation vendor's TMS connector


def cut_rush(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "cut_rush"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    brand = pick(
        rng, ("Lumen Lingua", "Polyglot Forge", "Northwind Language Services", "Tessera Loc")
    )
    tzs = (1, 8) if chance(rng, 0.5) else (0, 2)
    curve = multi_office(tzs)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="connector",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tzs[0],
        )
        for _ in range(n_keys)
    ]
    styles = [irange(rng, 0, 2) for _ in range(n_keys)]
    jobs = thinned(rng, start, ctx.t1, float(rng.uniform(60, 110)), curve)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for jid, s in enumerate(jobs.tolist()):
        k = int(rng.integers(n_keys))
        segs = tx.sentences(pick(rng, ctx.passages))[: irange(rng, 4, 8)]
        locs = list(rng.choice(tx.LOCALES, size=irange(rng, 6, 14), replace=False))
        job = 40000 + 37 * jid + irange(rng, 0, 30)
        n = len(segs) * len(locs)
        times = s + np.cumsum(rng.lognormal(np.log(2.5), 0.6, size=n))
        i = 0
        for si, seg in enumerate(segs):
            for loc in locs:
                per[k][0].append(float(times[i]))
                per[k][1].append(tx.tms_segment(rng, brand, job, si + 1, str(loc), seg, styles[k]))
                per[k][2].append(max(len(seg) / 3.2, 8.0))
                i += 1
    for a, (ts, prompts, comp) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.85, 0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: assistant answers fanned out to 6-14 locales",
            "disguise": f"localisation vendor '{brand}' TMS connector",
            "pacing": f"jobs in office hours UTC{tzs}",
            "ip_source": "azure, 2-3 egress IPs",
            "payment": "one business card",
            "user_agent": ua,
            "languages": "source en, 22 target locales",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study-helper product's traffic


def triple_peel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "triple_peel"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.85.1"
    nat = cloud(rng, irange(rng, 2, 5), "aws")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(12, 20)), 0.6)
    n_real = float(rng.uniform(2500, 4000))
    real = thinned(rng, ctx.t0, ctx.t1, n_real, curve)
    h_start = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    share = float(rng.uniform(0.3, 0.6))
    harvest = thinned(
        rng, h_start, ctx.t1, n_real * share * (ctx.t1 - h_start) / (ctx.t1 - ctx.t0), curve
    )
    switch = ctx.release + float(rng.uniform(6, 30)) * HOUR
    mix_real = {"en": 0.8, "es": 0.1, "pt": 0.05, "fr": 0.05}
    mix_h = {"en": 0.6, "es": 0.1, "zh": 0.1, "pt": 0.1, "de": 0.05, "fr": 0.05}
    who_r = rng.integers(0, n_keys, size=len(real))
    who_h = rng.integers(0, n_keys, size=len(harvest))
    for k, a in enumerate(accts):
        tr = real[who_r == k]
        th = harvest[who_h == k]
        pr = [
            tx.clip(pick(rng, ctx.chat), 8, 1200, rng)
            if chance(rng, 0.55)
            else tx.student_prompt(rng, lg)
            for lg in langs(rng, mix_real, len(tr))
        ]
        ph = [
            tx.trace_prompt(rng, lg, pick(rng, (0, 3, 4)))
            if chance(rng, 0.45)
            else tx.student_prompt(rng, lg)
            for lg in langs(rng, mix_h, len(th))
        ]
        ctx.emit(
            rng,
            a,
            tr,
            pr,
            models=switch_models(ctx, rng, tr, switch, 0.9, 0.25),
            comp_median=380,
            comp_sigma=0.6,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, 0.97, 0.0),
            comp_median=950,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace harvest mixed into a live study-helper app's traffic",
            "harvest_share": _f(share),
            "harvest_start": _f(h_start),
            "product_model_switch": _f(switch),
            "pacing": "follows the product's global diurnal load",
            "ip_source": "product's AWS NAT gateways",
            "payment": "the company's card",
            "user_agent": ua,
            "languages": sorted(mix_h),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, driven through same-region residential proxies


def wicket(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "wicket"
    n = irange(rng, 15, 28)
    domains = list(tx.DOMAIN_TOPICS)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = TZ_REGION[tz]
        ua = pick(rng, SDK_COMMON + BROWSERS[:2])
        bought = chance(rng, 0.5)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="bought" if bought else "compromised",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = float(rng.uniform(ctx.t0 + 1.5 * DAY, ctx.release + 0.5 * DAY))
        owner_curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        o_end = take if bought else ctx.t1
        own = cat(
            session_times(rng, ctx.t0, o_end, float(rng.uniform(0.5, 2.0)), owner_curve, 4.0, 60.0)
        )
        ctx.emit(
            rng,
            a,
            own,
            [tx.clip(pick(rng, ctx.chat), 8, 1500, rng) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.17, 0.17),
            comp_median=350,
            comp_sigma=0.6,
            err=0.01,
        )
        op = cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(4, 9)),
                owner_curve,
                float(rng.uniform(5, 10)),
                float(rng.uniform(25, 60)),
            )
        )
        pool = resi(rng, irange(rng, 15, 40), region)
        dom = pick(rng, domains)
        qs = [
            tx.domain_question(rng, dom if chance(rng, 0.8) else pick(rng, domains), lg)
            for lg in langs(rng, REGION_LANGS[region], len(op))
        ]
        ctx.emit(
            rng,
            a,
            op,
            qs,
            models=ctx.models(rng, op, 0.8, 0.03),
            ips=sticky(rng, op, pool, 1800),
            comp_median=700,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert-domain Q&A harvest through aged accounts (half bought, half compromised)",
            "pacing": "human-like sessions on the owner's own daily curve, after a takeover time",
            "ip_source": "residential proxies in the owner's region (owner's home IP before)",
            "payment": "the original owners' cards",
            "user_agent": "the owner's own",
            "languages": "per owner region",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts sweeping a syllabus


def golf_croquet(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "golf_croquet"
    n = irange(rng, 40, 70)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = TZ_REGION[tz]
        ua = pick(rng, MOBILE) if chance(rng, 0.5) else pick(rng, BROWSERS)
        phone = region in _MOBILE_V6 and chance(rng, 0.3)
        pool = resi(rng, irange(rng, 2, 6), region)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 120)),
            0.7,
        )
        ts = cat(sess)
        if phone:
            ips = [ip for s in sess for ip in mobile_v6(rng, 1, _MOBILE_V6[region]) * len(s)]
            ips = [
                ips[i]
                for i in np.argsort(
                    np.concatenate([s for s in sess if len(s)]), kind="stable"
                ).tolist()
            ]
        else:
            ips = sticky(rng, ts, pool, 3 * HOUR)
        units = [
            tx.SYLLABUS[i]
            for i in rng.choice(len(tx.SYLLABUS), size=irange(rng, 2, 5), replace=False)
        ]
        lgs = langs(rng, REGION_LANGS[region], len(ts))
        prompts = [tx.learner_question(rng, pick(rng, units), lg) for lg in lgs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=ips if len(ts) else None,
            comp_median=650,
            comp_sigma=0.5,
            err=0.005,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep by a crowd of person-like accounts",
            "pacing": "human sessions, evening curve in each member's time zone, 1.5-3.5 sessions/day",
            "ip_source": "region-matched residential proxies (sticky 3 h) or carrier IPv6",
            "payment": "one prepaid virtual card per account",
            "user_agent": "phone / desktop browsers",
            "languages": "per member region",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from office broadband in working hours


def peg_out(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "peg_out"
    n = irange(rng, 8, 14)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    tz = pick(rng, (0, 1, 2, -5))
    region = TZ_REGION[tz]
    order = rng.permutation(len(ctx.chat))
    shard = len(order) // n
    accts = []
    for i in range(n):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.75) else "OpenAI/NodeJS 4.67.1"
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        s0 = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
        ts = thinned(rng, s0, ctx.t1, float(rng.uniform(300, 600)), workday(tz, weekend=0.3))
        mine = order[i * shard : (i + 1) * shard][: len(ts)]
        prompts = [ctx.chat[j] for j in mine.tolist()]
        ts = ts[: len(prompts)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=380,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "replay of a public prompt set (ShareGPT) to collect new-model answers",
            "pacing": f"office hours UTC{tz:+d}, Poisson",
            "ip_source": f"one static {region} broadband IP per key",
            "payment": f"{len(cards)} cards shared across keys",
            "user_agent": "most common SDK strings",
            "languages": "as in the public set",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "split_shot": split_shot,
    "roquet": roquet,
    "peel_shot": peel_shot,
    "hoop_approach": hoop_approach,
    "pass_roll": pass_roll,
    "half_roll": half_roll,
    "take_off": take_off,
    "cut_rush": cut_rush,
    "triple_peel": triple_peel,
    "wicket": wicket,
    "golf_croquet": golf_croquet,
    "peg_out": peg_out,
}

__all__ = ["CAMPAIGN_FAMILIES"]
