"""Campaign families of batch 205 (code names: ten-pin bowling words).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
events through `ctx.emit` and records one campaign through `ctx.campaign`. Every random choice
comes from the family's own generator. Four families (`house_shot`, `mother_in_law`,
`bed_posts`, `clean_game`) are built to look like legitimate use in every way the author could
think of; the README describes each one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
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
    mobile_v6,
    multi_office,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind205 import texts as tx

#: user agents seen in the simulator's own background (so a batch's strings are not a tell)
LOOKALIKE_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
LOOKALIKE_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
LOOKALIKE_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
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
V6_OF_REGION = {"us": "us_mobile", "in": "in_mobile", "latam": "br_mobile", "eu": "eu_mobile"}


def person_ua(rng: np.random.Generator) -> str:
    """What a private person's client sends: mostly a browser, sometimes a phone or an SDK."""
    u = rng.random()
    if u < 0.45:
        return pick(rng, LOOKALIKE_BROWSERS)
    if u < 0.65:
        return pick(rng, BROWSERS)
    if u < 0.8:
        return pick(rng, (LOOKALIKE_PHONE, *MOBILE[:3]))
    return pick(rng, LOOKALIKE_SDK)


def weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def styles(rng: np.random.Generator, w: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def r2(x: float) -> float:
    return round(float(x), 2)


def camp_acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def session_prompts(
    sessions: list[np.ndarray], first: Callable[[], str], follow: Callable[[], str]
) -> tuple:
    """Flatten sessions into (times, prompts): each session opens with `first()`, then `follow()`."""
    ts, prompts = [], []
    for s in sessions:
        for j, t in enumerate(s.tolist()):
            ts.append(t)
            prompts.append(first() if j == 0 else follow())
    return np.asarray(ts, dtype=np.float64), prompts


def after(ts: np.ndarray, t: float) -> np.ndarray:
    return ts[ts >= t]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def brooklyn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "brooklyn"
    n_keys = irange(rng, 8, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    per_card = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(-(-n_keys // per_card))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    w = weights(rng, 6)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(30, 55))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.25)
    )
    accts = []
    for i in range(n_keys):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=cards[i // per_card],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        ts = streams[i]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.reasoning(rng, s) for s in styles(rng, w, len(ts))],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1600)),
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (tagged scratchpads, boxed answers, think-aloud)",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": f"prepaid cards, {per_card} keys per card",
            "pacing": f"Poisson worker pool {r2(per_hour)}/h, 24/7",
            "ip_source": f"rented {provider} /24s",
            "user_agent": ua,
            "languages": ["en", "zh", "ru", "es"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, one org and one corporate card


def handicap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "handicap"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (8, 9, 1, -5))
    w = weights(rng, 6)
    accts = [
        camp_acct(ctx, rng, fam, cid, "grader", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    day_starts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
    )
    night = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(2, 4)) * (ctx.t1 - ctx.t0) / DAY,
        lambda t: ((tx_hour(t, tz) >= 1) & (tx_hour(t, tz) < 5)).astype(float),
    )
    trains = bursts(
        rng,
        np.sort(np.concatenate([day_starts, night])),
        float(rng.uniform(20, 60)),
        float(rng.uniform(1.5, 5.0)),
        b=ctx.t1,
    )
    owner = rng.integers(0, n_keys, size=len(trains))
    per: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for k, tr in zip(owner.tolist(), trains, strict=True):
        per[k].append(tr)
    for a, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        st = styles(rng, w, len(ts))
        prompts = [
            tx.judge(
                rng,
                s,
                tx.clip_text(pick(rng, ctx.chat), 40, 600, rng),
                tx.clip_text(pick(rng, ctx.passages), 200, 1200, rng),
                tx.clip_text(pick(rng, ctx.passages), 200, 1200, rng),
            )
            for s in st
        ]
        med = np.where(np.asarray(st) == 5, 650.0, 170.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            comp_median=med,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "preference / rubric / reward labels harvested for a reward model",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "pacing": f"batch bursts, office hours UTC{tz:+d} plus a night run",
            "ip_source": f"{provider} NAT gateways",
            "user_agent": ua,
            "languages": ["en", "zh", "ko"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


def tx_hour(t: np.ndarray, tz: float) -> np.ndarray:
    return ((np.asarray(t) + tz * HOUR) % DAY) / HOUR


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on short-lived accounts with stolen cards, VPN exits


def sour_apple(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sour_apple"
    n_keys = irange(rng, 12, 24)
    exits = cloud(rng, irange(rng, 10, 20), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 4, 8), "vultr"
    )
    w = np.array([0.22, 0.3, 0.15, 0.13, 0.12, 0.08]) * rng.uniform(0.6, 1.4, 6)
    w = w / w.sum()
    accts = []
    t = ctx.t0 + float(rng.uniform(0.05, 0.6)) * DAY
    concurrent = irange(rng, 3, 5)
    for i in range(n_keys):
        life = float(rng.uniform(0.5, 2.2)) * DAY
        a0 = t + (i % concurrent) * float(rng.uniform(0, 3)) * HOUR
        if i % concurrent == concurrent - 1:
            t += float(rng.uniform(0.3, 0.9)) * DAY
        a1 = min(ctx.t1, a0 + life)
        ua = (
            person_ua(rng)
            if chance(rng, 0.55)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        a = camp_acct(
            ctx, rng, fam, cid, "disposable", ua=ua, ips=[pick(rng, exits) for _ in range(4)]
        )
        starts = thinned(
            rng, a0, a1, float(rng.uniform(0.6, 1.5)) * (a1 - a0) / HOUR, lambda x: np.ones(len(x))
        )
        tr = bursts(rng, starts, float(rng.uniform(4, 12)), float(rng.uniform(4, 12)), b=a1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        prompts = [
            tx.policy_rewrite(
                rng,
                s,
                tx.clip_text(pick(rng, ctx.passages), 200, 1400, rng),
                tx.clip_text(pick(rng, ctx.chat), 20, 300, rng),
            )
            for s in styles(rng, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, a.ips, float(rng.uniform(20, 60)) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=480.0,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant (censored) rewrites and ORIGINAL/SAFE answer pairs",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per account",
            "pacing": f"bursts, {concurrent} accounts alive at a time, each 0.5-2.2 days",
            "ip_source": "commercial VPN exits (m247/leaseweb/vultr), sticky",
            "user_agent": "browser strings or SDK",
            "languages": ["zh", "en", "ru"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, chained calls behind one NAT


def ball_return(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ball_return"
    n_keys = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 1, 3), "gcp")
    ua = pick(
        rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "langchain/0.3.7 python-openai/1.54.0")
    )
    w = weights(rng, 5)
    accts = [
        camp_acct(ctx, rng, fam, cid, "runner", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(3, 6))
    episodes = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    base = irange(rng, 700, 1500)
    for a, starts in zip(accts, episodes, strict=True):
        ts, prompts, extra, med = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 10)
            st = int(rng.choice(5, p=w))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k))])
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.agent_task(rng, st) if j == 0 else tx.agent_observation(rng))
                extra.append(base + 280 * j)
                med.append(520.0 if j == k else 190.0)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.9, p_mini=0.02),
            comp_median=med,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (JSON tool calls, ReAct, shell, browsing)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "pacing": f"episodes {r2(per_hour)}/h, 4-11 chained calls",
            "ip_source": "gcp NAT",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation over residential proxies, fake sign-ups


def fill_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fill_ball"
    n_keys = irange(rng, 18, 36)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    region = pick(rng, ("*", "us", "eu", "latam"))
    pool = resi(rng, irange(rng, 200, 400), region)
    w = weights(rng, 6)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(45, 80))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    accts = []
    for i in range(n_keys):
        onboard = start + float(rng.uniform(0, 0.5)) * (ctx.t1 - start)
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else "OpenAI/Python 1.58.1"
        a = camp_acct(ctx, rng, fam, cid, "worker", pay=cards[i % len(cards)], ua=ua, ips=pool)
        ts = after(streams[i], onboard)
        prompts = [tx.synth_data(rng, s, pick(rng, ctx.chat)) for s in styles(rng, w, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data (JSONL pairs, personas, MCQ, textbook, evol-style)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} prepaid cards rotated over keys",
            "pacing": f"shared worker pool {r2(per_hour)}/h, keys onboarded over the week",
            "ip_source": f"residential proxy pool ({region}), sticky 10-30 min",
            "user_agent": "OpenAI/Python",
            "languages": ["en", "es", "pt", "id", "vi"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n sampling and soft labels from the new model only


def double_wood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "double_wood"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    w = weights(rng, 5)
    p_rep = float(rng.uniform(0.35, 0.6))
    accts = [
        camp_acct(
            ctx, rng, fam, cid, "sampler", org=org, pay=card, ua=ua, ips=cloud(rng, 1, "azure")
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.02, 0.5)) * DAY
    per_hour = float(rng.uniform(1.5, 3.0))
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, lambda x: np.ones(len(x))
        )
        ts, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=k - 1))])
            if chance(rng, p_rep):
                p = tx.clip_text(pick(rng, ctx.chat), 20, 800, rng)
                batch = [p] * k
            else:
                batch = [
                    tx.soft_label(
                        rng,
                        int(rng.choice(5, p=w)),
                        tx.clip_text(pick(rng, ctx.chat), 20, 600, rng),
                    )
                    for _ in range(k)
                ]
            ts.extend(t.tolist())
            prompts.extend(batch)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.98, p_mini=0.0),
            comp_median=260.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling (identical prompts) and soft-label distributions",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "pacing": f"after release only, {r2(per_hour)} bursts/h "
            "per key of 4-12 near-simultaneous calls",
            "ip_source": "one azure VM per key",
            "user_agent": ua,
            "languages": ["en", "fr"],
            "repeat_share": r2(p_rep),
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep, slow cron-like keys on residential proxies


def oil_pattern(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "oil_pattern"
    n_keys = irange(rng, 10, 18)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("sea", "in"))
    pool = resi(rng, irange(rng, 60, 120), region)
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0"))
    w = weights(rng, 5)
    accts, times = [], []
    for i in range(n_keys):
        a = camp_acct(
            ctx, rng, fam, cid, "cron", org=orgs[i % 2], pay=cards[i % 2], ua=ua, ips=pool
        )
        period = float(rng.uniform(18, 40)) * MINUTE
        first = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        n = int((ctx.t1 - first) // period)
        ts = first + period * np.arange(n) + rng.normal(0, 0.15 * period, size=n)
        accts.append(a)
        times.append(np.sort(ts))
    order = np.argsort(np.concatenate(times), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    off = 0
    for a, ts in zip(accts, times, strict=True):
        steps = rank[off : off + len(ts)].tolist()
        off += len(ts)
        prompts = [tx.curriculum(rng, int(rng.choice(5, p=w)), s, len(order)) for s in steps]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR),
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=800.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep subject x unit x level with worked solutions",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "pacing": "cron-like, one call per 18-40 min per key",
            "ip_source": f"residential proxies ({region}), sticky 1-3 h",
            "user_agent": ua,
            "languages": ["en", "vi", "id"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation (parallel corpus) harvest dressed as small translation clients


def greek_church(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "greek_church"
    n_keys = irange(rng, 6, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    w = weights(rng, 6)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(7, 12))
    jobs = worker_pool(rng, start, ctx.t1, per_hour, n_keys, multi_office([1, 2]))
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, LOOKALIKE_BROWSERS)
            if i % 2
            else pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
        )
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("ovh", "scaleway", "hetzner")))
        a = camp_acct(ctx, rng, fam, cid, "client", pay=cards[i % 2], ua=ua, ips=ips)
        ts, prompts = [], []
        for s in jobs[i].tolist():
            src = tx.clip_text(pick(rng, ctx.passages), 400, 1500, rng)
            st = int(rng.choice(6, p=w))
            k = irange(rng, 2, 5)
            tgt = int(rng.integers(len(tx.TARGETS)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.translation(rng, st, src, tgt + 3 * j))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.85, p_mini=0.03),
            comp_median=620.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: each source passage into 2-5 target languages",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "2 cards",
            "pacing": f"jobs {r2(per_hour)}/h on EU office hours",
            "ip_source": "EU hosting (ovh/scaleway/hetzner)",
            "user_agent": "browser strings and SDKs",
            "languages": ["en", "de", "fr", "zh", "+16 targets"],
            "style_weights": [r2(x) for x in w],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: code harvest inside a real coding-assistant product's own traffic

CODE_WORDS = (
    "code",
    "function",
    "python",
    "javascript",
    "sql",
    "error",
    "class",
    "script",
    "api",
    "react",
    "java",
    "bug",
    "compile",
    "typescript",
    "docker",
    "git",
)


def house_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "house_shot"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    words = re.compile(r"\b(" + "|".join(CODE_WORDS) + r")\b", re.IGNORECASE)
    coding = [c for c in ctx.chat if words.search(c)] or ctx.chat
    peak = float(rng.uniform(13, 17))
    user_rate = float(rng.uniform(35, 60))
    harvest_share = float(rng.uniform(0.2, 0.35))
    harvest_rate = user_rate * harvest_share / (1 - harvest_share)
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, global_load(peak, 0.6))
    h_start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    harvest = worker_pool(rng, h_start, ctx.t1, harvest_rate, n_keys, global_load(peak, 0.45))
    w = weights(rng, 6)
    rollout = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    accts = []
    for i in range(n_keys):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "product_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        tu, th = users[i], harvest[i]
        pu = [tx.product_wrap(pick(rng, tx.REPO_PATHS), pick(rng, coding)) for _ in range(len(tu))]
        ph = [
            tx.product_wrap(pick(rng, tx.REPO_PATHS), tx.code_task(rng, s))
            for s in styles(rng, w, len(th))
        ]
        mu = [
            ctx.new_model if (t >= rollout and chance(rng, 0.5)) else m
            for t, m in zip(tu.tolist(), ctx.models(rng, tu, p_new=0.0, p_mini=0.1), strict=True)
        ]
        mh = [
            ctx.new_model if (t >= ctx.release and chance(rng, 0.9)) else m
            for t, m in zip(th.tolist(), ctx.models(rng, th, p_new=0.0, p_mini=0.05), strict=True)
        ]
        ts = np.concatenate([tu, th])
        order = np.argsort(ts, kind="stable")
        prompts = [(pu + ph)[j] for j in order.tolist()]
        models = [(mu + mh)[j] for j in order.tolist()]
        med = np.concatenate([np.full(len(tu), 340.0), np.full(len(th), 560.0)])[order]
        extra = np.concatenate(
            [rng.integers(200, 2000, len(tu)), rng.integers(200, 2000, len(th))]
        )[order]
        ctx.emit(rng, a, ts[order], prompts, models=models, comp_median=med, extra=extra, err=0.012)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest interleaved into a real coding product's user traffic",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "pacing": f"users {r2(user_rate)}/h global load, "
            f"harvest {r2(100 * harvest_share)} % of calls from {r2((ctx.release - h_start) / DAY)} d before release",
            "ip_source": "aws egress of the product",
            "user_agent": ua,
            "languages": ["en", "zh", "pt"],
            "product_rollout_of_new_model": r2((rollout - ctx.release) / DAY),
            "style_weights": [r2(x) for x in w],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged accounts


def mother_in_law(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mother_in_law"
    n = irange(rng, 15, 30)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION_OF_TZ[tz]
        ua = person_ua(rng)
        a = camp_acct(
            ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        take = float(
            np.clip(ctx.release + rng.uniform(-1.5, 0.8) * DAY, ctx.t0 + DAY, ctx.t1 - DAY)
        )
        owner_curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 3.0)),
            owner_curve,
            3.0,
            float(rng.uniform(60, 180)),
        )
        ts_o, p_o = session_prompts(
            own, lambda: pick(rng, ctx.chat), lambda: pick(rng, tx.GENERIC_FOLLOWUPS)
        )
        ctx.emit(
            rng,
            a,
            ts_o,
            p_o,
            models=ctx.models(rng, ts_o, p_new=0.15, p_mini=0.2),
            comp_median=350.0,
        )
        pool = resi(rng, irange(rng, 20, 40), region)
        op = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            evening_person(tz, 4.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(40, 120)),
        )

        def ask() -> str:
            u = rng.random()
            if u < 0.6:
                return tx.harvest_ask(rng)
            if u < 0.75:
                return tx.reasoning(rng, pick(rng, (1, 4)))
            if u < 0.9:
                return tx.code_task(rng, pick(rng, (0, 3)))
            return tx.person_question(rng, pick(rng, sorted(tx.DOMAINS)))

        ts_h, p_h = session_prompts(op, ask, ask)
        ua_h = (
            ua
            if chance(rng, 0.7)
            else pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
        )
        ctx.emit(
            rng,
            a,
            ts_h,
            p_h,
            ips=sticky(rng, ts_h, pool, float(rng.uniform(30, 120)) * MINUTE),
            ua=ua_h,
            models=ctx.models(rng, ts_h, p_new=0.85, p_mini=0.03),
            comp_median=600.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest on bought aged accounts after takeover (real owner history before)",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "pacing": "owner sessions, then 3-8 person-like sessions a day in the owner's evening",
            "ip_source": "residential proxies in the owner's region",
            "user_agent": "owner's UA kept on 70 % of accounts",
            "languages": ["en"],
            "takeover": "release -1.5 d .. +0.8 d",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of paid people asking from an operator's question list


def bed_posts(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bed_posts"
    n = irange(rng, 40, 70)
    p_local = float(rng.uniform(0.25, 0.5))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION_OF_TZ[tz]
        ips = home(rng, irange(rng, 1, 2), tz)
        if region in V6_OF_REGION and chance(rng, 0.25):
            ips += mobile_v6(rng, irange(rng, 1, 3), V6_OF_REGION[region])
        a = camp_acct(ctx, rng, fam, cid, "crowd_worker", ua=person_ua(rng), ips=ips, tz=tz)
        domains = [pick(rng, sorted(tx.DOMAINS)) for _ in range(2)]
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        join = ctx.t0 + float(rng.uniform(0, 0.6)) * (ctx.t1 - ctx.t0)
        sess = session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(2.5, 4.5)),
            float(rng.uniform(50, 200)),
        )

        def first(domains=domains, lang=lang) -> str:
            return tx.person_question(
                rng, pick(rng, domains), lang if chance(rng, p_local) else "en"
            )

        ts, prompts = session_prompts(sess, first, lambda: pick(rng, tx.CROWD_FOLLOWUPS))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=500.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asks expert-domain questions from a shared list, follow-ups to deepen",
            "keys": n,
            "orgs": n,
            "payment": "each worker's own card",
            "pacing": "1-2 evening sessions a day per person",
            "ip_source": "home broadband (some phones on carrier IPv6)",
            "user_agent": "browsers and phones",
            "languages": ["en", "de", "fr", "es", "pt", "ru", "zh", "ja", "ko", "hi", "id"],
            "local_share": r2(p_local),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT) to collect the new model's answers


def clean_game(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "clean_game"
    n_keys = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(-(-n_keys // 2))]
    pool = resi(rng, irange(rng, 40, 80), "us") + resi(rng, irange(rng, 20, 40), "eu")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = [0]

    def next_chat() -> str:
        p = ctx.chat[order[cursor[0] % len(order)]]
        cursor[0] += 1
        return p

    def follow() -> str:
        return next_chat() if chance(rng, 0.5) else pick(rng, tx.GENERIC_FOLLOWUPS)

    accts = []
    start = ctx.release + float(rng.uniform(0.05, 0.4)) * DAY
    for i in range(n_keys):
        tz = pick(rng, (-5, 0, 1, -8))
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.75) else pick(rng, LOOKALIKE_SDK)
        a = camp_acct(ctx, rng, fam, cid, "replayer", pay=cards[i // 2], ua=ua, ips=pool, tz=tz)
        sess = session_times(
            rng,
            start + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(8, 16)),
            workday(tz, weekend=0.3, night=0.1),
            4.0,
            float(rng.uniform(20, 90)),
        )
        ts, prompts = session_prompts(sess, next_chat, follow)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR),
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=450.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public ShareGPT prompts (no repeats) with generic follow-ups, new model only",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "two keys per card",
            "pacing": "developer-like sessions on office hours after release",
            "ip_source": "residential proxies us/eu, sticky 1-3 h",
            "user_agent": "common SDK strings",
            "languages": ["as in ShareGPT"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "brooklyn": brooklyn,
    "handicap": handicap,
    "sour_apple": sour_apple,
    "ball_return": ball_return,
    "fill_ball": fill_ball,
    "double_wood": double_wood,
    "oil_pattern": oil_pattern,
    "greek_church": greek_church,
    "house_shot": house_shot,
    "mother_in_law": mother_in_law,
    "bed_posts": bed_posts,
    "clean_game": clean_game,
}
