"""Campaign families of batch 171 (code names from bog snorkelling).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts,
orgs, cards, pacing, addresses, user agents, languages, models) is drawn from the family's own rng.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    chance,
    cloud,
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
from bench.monitor_blind171 import texts as tx

#: user-agent strings as the background's own clients send them
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

#: tz -> (consumer region, mobile v6 prefix kind or None)
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
TZ_MOBILE = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def browser(rng: np.random.Generator) -> str:
    return pick(rng, BG_BROWSERS) if chance(rng, 0.6) else pick(rng, BROWSERS)


def phone(rng: np.random.Generator) -> str:
    return BG_PHONE if chance(rng, 0.4) else pick(rng, MOBILE)


def sdk(rng: np.random.Generator, p_bg: float = 0.6) -> str:
    return pick(rng, BG_SDK) if chance(rng, p_bg) else pick(rng, SDK_OTHER)


def wpicks(rng: np.random.Generator, items: Sequence, weights, n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=w / w.sum())
    return [items[i] for i in idx.tolist()]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def py(x):
    """numpy scalars/lists -> plain Python for the JSON truth."""
    if isinstance(x, dict):
        return {str(k): py(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [py(v) for v in x]
    if isinstance(x, np.generic):
        return x.item()
    return x


def session_starts(
    rng: np.random.Generator, a: float, b: float, per_day: float, curve
) -> np.ndarray:
    return thinned(rng, a, b, per_day * (b - a) / DAY, curve)


def chain(
    rng: np.random.Generator, start: float, k: int, gap_median: float, gap_sigma: float
) -> np.ndarray:
    gaps = rng.lognormal(np.log(gap_median), gap_sigma, size=max(0, k - 1))
    return start + np.concatenate([[0.0], np.cumsum(gaps)])


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, a Poisson worker pool across many keys


def flippers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flippers"
    n_keys = irange(rng, 9, 20)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
            "python-httpx/0.28.1",
            "OpenAI/Python 1.54.0",
        ),
    )
    langs = ["en", "zh", "ru", "es"]
    lw = rng.dirichlet([6, 2, 1, 1])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(30, 55))
    boost = float(rng.uniform(1.3, 2.2))
    pre = worker_pool(rng, start, max(start, ctx.release), rate, n_keys)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys)
    styles = [irange(rng, 0, 4) for _ in range(n_keys)]
    for i, a in enumerate(accts):
        ts = cat([pre[i], post[i]])
        ls = wpicks(rng, langs, lw, len(ts))
        prompts = [
            tx.trace_coercion(rng, ln, styles[i] if chance(rng, 0.8) else irange(rng, 0, 4))
            for ln in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1300,
            comp_sigma=0.5,
            err=0.035,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "reasoning-trace coercion",
                "pacing": "poisson worker pool, 24/7, boost after release",
                "rate_per_hour": rate,
                "boost": boost,
                "keys": n_keys,
                "orgs": len(orgs),
                "cards": len(cards),
                "ip_source": f"rented {provider} block",
                "user_agent": ua,
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "styles": sorted(set(styles)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading from VPN exits, cron bursts, a prepaid card per key


def wetsuit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wetsuit"
    n_keys = irange(rng, 5, 9)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh"))
    exits = cloud(rng, irange(rng, 12, 30), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    langs = ["en", "de", "es", "ja"]
    lw = rng.dirichlet([5, 1.5, 1.5, 1])
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng, label="campaign", family=fam, role="grader", campaign_id=cid, ua=ua, ips=exits
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    for a in accts:
        every = float(rng.uniform(1.5, 4.0)) * HOUR
        offs = float(rng.uniform(0, every))
        starts = np.arange(max(start, ctx.t0) + offs, ctx.t1, every) + rng.normal(0, 60, size=1)[0]
        trains = [
            chain(rng, s, max(1, int(rng.poisson(rng.uniform(10, 26)))), 1.8, 0.5)
            for s in starts.tolist()
        ]
        ts = cat(trains)
        ips = sticky(rng, ts, exits, float(rng.uniform(2, 6)) * HOUR)
        style = irange(rng, 0, 4)
        ls = wpicks(rng, langs, lw, len(ts))
        prompts = [
            tx.judge_prompt(
                rng, ln, style if chance(rng, 0.75) else irange(rng, 0, 4), ctx.chat, ctx.passages
            )
            for ln in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=140,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "judge / rubric / reward-model grading",
                "pacing": "cron bursts every 1.5-4 h per key",
                "keys": n_keys,
                "orgs": n_keys,
                "cards": "one prepaid card per key",
                "ip_source": f"VPN exits ({vpn})",
                "user_agent": ua,
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites: churned keys on stolen cards, per-request residential proxies


def sundew(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sundew"
    n_keys = irange(rng, 28, 46)
    langs = ["en", "zh", "ru", "ar", "fa"]
    lw = rng.dirichlet([4, 3, 1, 1, 1])
    region = pick(rng, ("*", "us", "eu"))
    proxy_pool = resi(rng, irange(rng, 400, 900), region)
    accts = []
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=browser(rng),
            ips=proxy_pool,
        )
        accts.append(a)
        life = float(rng.uniform(0.4, 2.0)) * DAY
        a0 = t + float(rng.uniform(0, 0.3)) * DAY
        n = int(rng.lognormal(np.log(70), 0.5))
        ts = np.sort(rng.uniform(a0, a0 + life, size=n))
        t = t + float(rng.exponential((ctx.t1 - ctx.t0) / n_keys * 0.9))
        if t > ctx.t1 - 0.3 * DAY:
            t = ctx.t0 + float(rng.uniform(0.2, 0.6)) * (ctx.t1 - ctx.t0)
        style = irange(rng, 0, 4)
        ls = wpicks(rng, langs, lw, len(ts))
        prompts = [
            tx.policy_rewrite(
                rng, ln, style if chance(rng, 0.6) else irange(rng, 0, 4), ctx.passages
            )
            for ln in ls
        ]
        ips = picks(rng, proxy_pool, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=ips,
            comp_median=420,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "policy / censorship-safe rewrites",
                "pacing": "churned burner keys, each alive 0.4-2 days",
                "keys": n_keys,
                "cards": "one stolen card per key",
                "ip_source": f"rotating residential proxies ({region})",
                "user_agent": "spoofed browsers",
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories: cloud workers running episodes, long contexts


def trench(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "trench"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
        ),
    )
    langs = ["en", "fr", "ko"]
    lw = rng.dirichlet([8, 1, 1])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(9, 16))
    episode_starts = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    style = irange(rng, 0, 1)
    for i, a in enumerate(accts):
        ts_all, prompts, extras = [], [], []
        for s in episode_starts[i].tolist():
            k = irange(rng, 3, 10)
            seed = int(rng.integers(0, 2**62))
            task_i, ln = irange(rng, 0, 99), wpicks(rng, langs, lw, 1)[0]
            for step, t in enumerate(chain(rng, s, k, 5.0, 0.6).tolist()):
                p, ex = tx.agent_step(seed, task_i, step, ln, style)
                ts_all.append(t)
                prompts.append(p)
                extras.append(ex)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[j] for j in order.tolist()]
        extras = np.asarray(extras, dtype=np.int64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=220,
            comp_sigma=0.6,
            err=0.02,
            extra=extras,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "agent / tool-use trajectory harvest",
                "pacing": "episodes of 3-10 chained calls, ~5 s apart",
                "episodes_per_hour": per_hour,
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "ip_source": f"{provider} NAT",
                "user_agent": ua,
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation: nightly jobs on a few keys, volume jump at the release


def llanwrtyd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "llanwrtyd"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle", "aws"))
    tz = pick(rng, (8, 1, -5, 9))
    ua = sdk(rng, 0.5)
    langs = ["en", "zh", "fr", "pt"]
    lw = rng.dirichlet([5, 3, 1, 1])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    curve = nightly(night_start, night_len, tz)
    pre_per_day = float(rng.uniform(30, 70))
    post_per_day = float(rng.uniform(160, 280))
    for a in accts:
        style = irange(rng, 0, 4)
        pre = thinned(rng, ctx.t0, ctx.release, pre_per_day * (ctx.release - ctx.t0) / DAY, curve)
        post = thinned(rng, ctx.release, ctx.t1, post_per_day * (ctx.t1 - ctx.release) / DAY, curve)
        ts = cat([pre, post])
        ls = wpicks(rng, langs, lw, len(ts))
        prompts = [
            tx.synth_dataset(rng, ln, style if chance(rng, 0.7) else irange(rng, 0, 4), ctx.chat)
            for ln in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=2200,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "synthetic dataset generation",
                "pacing": f"nightly jobs ({night_len:.1f} h from {night_start:.1f} "
                f"local, tz {tz}), pilot before release",
                "pre_per_day": pre_per_day,
                "post_per_day": post_per_day,
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "ip_source": f"{provider}, one address per key",
                "user_agent": ua,
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: simulated users on sticky residential proxies, browser UAs


def sphagnum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sphagnum"
    n_keys = irange(rng, 14, 26)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = resi(rng, irange(rng, 150, 400), region)
    langs = ["en", "es", "de", "pt", "ko", "tr"]
    lw = rng.dirichlet([6, 2, 1, 1.5, 1, 0.7])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="simulated_user",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=browser(rng),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_day = float(rng.uniform(5, 10))
    soft = global_load(float(rng.uniform(0, 24)), 0.25)
    for a in accts:
        ts_all, prompts, extras = [], [], []
        for s in session_starts(rng, start, ctx.t1, per_day, soft).tolist():
            k = irange(rng, 4, 12)
            ln = wpicks(rng, langs, lw, 1)[0]
            for turn, t in enumerate(chain(rng, s, k, 19.0, 0.35).tolist()):
                ts_all.append(t)
                extras.append(turn * 520)
                prompts.append(
                    tx.dialogue_opener(rng, ln, ctx.chat)
                    if turn == 0
                    else tx.dialogue_followup(rng, ln, turn)
                )
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[j] for j in order.tolist()]
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.82, p_mini=0.02),
            ips=ips,
            comp_median=480,
            comp_sigma=0.55,
            err=0.012,
            extra=np.asarray(extras, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "multi-turn dialogue harvest",
                "pacing": "sessions of 4-12 turns ~19 s apart, round the clock",
                "sessions_per_day": per_day,
                "keys": n_keys,
                "cards": len(cards),
                "ip_source": f"sticky residential proxies ({region})",
                "user_agent": "browsers",
                "languages": dict(zip(langs, lw.round(2), strict=True)),
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling on code and maths from Asian clouds


def bogbean(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bogbean"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    org_card = {o: hexid(rng, "pay") for o in orgs}
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    pz = float(rng.uniform(0.2, 0.5))
    accts = []
    for _ in range(n_keys):
        o = pick(rng, orgs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sampler",
                campaign_id=cid,
                org=o,
                pay=org_card[o],
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(10, 20))
    jobs = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for i, a in enumerate(accts):
        style = irange(rng, 0, 4)
        ts_all, prompts = [], []
        for s in jobs[i].tolist():
            ln = "zh" if chance(rng, pz) else "en"
            p = tx.sampling_prompt(rng, ln, style if chance(rng, 0.7) else irange(rng, 0, 4))
            n = irange(rng, 4, 8) if chance(rng, 0.7) else 1
            for t in chain(rng, s, n, 0.6, 0.8).tolist():
                ts_all.append(t)
                prompts.append(p)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], p_new=0.9, p_mini=0.04),
            comp_median=650,
            comp_sigma=0.55,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "best-of-n and soft-label sampling",
                "pacing": "poisson jobs, each fanned out 4-8x within seconds",
                "jobs_per_hour": per_hour,
                "keys": n_keys,
                "orgs": len(orgs),
                "cards": len(orgs),
                "ip_source": f"{provider} cloud",
                "user_agent": ua,
                "languages": {"en": 1 - pz, "zh": pz},
                "hard": False,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: translation harvest run as a "localisation agency" from an office in office hours


def doggy_paddle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "doggy_paddle"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    tms = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "aws")))
    ua = pick(
        rng,
        ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/NodeJS 4.67.1"),
    )
    targets = [
        tx.HARVEST_TARGETS[i]
        for i in rng.choice(
            len(tx.HARVEST_TARGETS), size=irange(rng, 8, 14), replace=False
        ).tolist()
    ]
    job = f"J{irange(rng, 1000, 9999)}"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_seat",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_day = float(rng.uniform(90, 170))
    curve = workday(
        tz, start=float(rng.uniform(8, 9.5)), end=float(rng.uniform(17, 19)), weekend=0.08
    )
    seg = irange(rng, 1, 4000)
    for a in accts:
        style = irange(rng, 0, 2)
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = []
        text, k = "", 0
        for j in range(len(ts)):
            if j % len(targets) == 0:
                text = tx.sentences(rng, ctx.passages, irange(rng, 1, 3))
                seg += 1
                k = irange(rng, 0, len(targets) - 1)
            prompts.append(
                tx.harvest_translation(rng, text, seg, targets[(k + j) % len(targets)], style, job)
            )
        ips = [pick(rng, tms) if chance(rng, 0.07) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            ips=ips,
            comp_median=150,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "translation harvest into many low-resource languages, disguised as a localisation agency",
                "pacing": f"office hours (tz {tz}), quiet weekends",
                "per_day": per_day,
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "ip_source": "office broadband + one TMS cloud host",
                "user_agent": ua,
                "targets": targets,
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real study-helper product's traffic


def tadpole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tadpole"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "vultr")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    app = pick(rng, ("StudyOtter", "HomeworkHeron", "QuizQuail", "NoteNewt", "LearnLynx"))
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
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.75)))
    users_per_hour = float(rng.uniform(16, 28))
    harvest_share = float(rng.uniform(0.25, 0.45))
    users = worker_pool(rng, ctx.t0, ctx.t1, users_per_hour, n_keys, load)
    h0 = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    harvest = worker_pool(
        rng, h0, ctx.t1, users_per_hour * harvest_share / (1 - harvest_share), n_keys, load
    )
    unit = irange(rng, 1, 30)
    for i, a in enumerate(accts):
        tu, th = users[i], harvest[i]
        pu = [
            tx.study_app(
                rng,
                app,
                tx.snippet(rng, ctx.chat, 15, 600)
                if chance(rng, 0.7)
                else tx.student_question(rng, ctx.chat),
            )
            for _ in range(len(tu))
        ]
        ph = []
        for _ in range(len(th)):
            unit += 1 if chance(rng, 0.05) else 0
            ph.append(tx.study_app(rng, app, tx.syllabus_item(rng, unit)))
        mu = ctx.models(rng, tu, p_new=float(rng.uniform(0.3, 0.5)), p_mini=0.25)
        mh = ctx.models(rng, th, p_new=0.92, p_mini=0.0)
        ts = np.concatenate([tu, th])
        order = np.argsort(ts, kind="stable").tolist()
        prompts, models = pu + ph, mu + mh
        med = np.concatenate([np.full(len(tu), 330.0), np.full(len(th), 900.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order],
            models=[models[j] for j in order],
            comp_median=med[order],
            comp_sigma=0.6,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "syllabus-sweep harvest injected into a genuine study-helper app's traffic",
                "pacing": "global product load; harvest follows the same curve",
                "users_per_hour": users_per_hour,
                "harvest_share": harvest_share,
                "harvest_from": h0,
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "ip_source": "product backend in the cloud",
                "user_agent": ua,
                "app": app,
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged accounts, low and slow after takeover


def snorkeller(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "snorkeller"
    n = irange(rng, 22, 38)
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "pl",
        3: "ru",
        5: "hi",
        8: "zh",
        9: "ja",
    }
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = {
            -8: "us",
            -5: "us",
            -3: "latam",
            0: "eu",
            1: "eu",
            2: "eu",
            3: "ru",
            5: "in",
            8: "cn",
            9: "jp_kr",
        }[tz]
        own_ip = home(rng, 1, tz)
        ua = browser(rng) if chance(rng, 0.7) else sdk(rng, 0.9)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=own_ip,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        takeovers.append(take)
        # the owner's own light use up to the takeover
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 70.0
        )
        to = cat(sess)
        po = [tx.snippet(rng, ctx.chat, 10, 500) for _ in range(len(to))]
        ctx.emit(
            rng,
            a,
            to,
            po,
            models=ctx.models(rng, to, p_new=0.15, p_mini=0.15),
            comp_median=330,
            err=0.01,
        )
        # the buyer's harvest: human-paced sessions through residential proxies in the owner's region
        proxies = resi(rng, irange(rng, 20, 60), region)
        lang = lang_of_tz[tz] if chance(rng, 0.6) else "en"
        sess = session_times(
            rng, take, ctx.t1, float(rng.uniform(2.0, 4.0)), evening_person(tz, 3.5), 7.0, 45.0
        )
        th = cat(sess)
        ph = [
            tx.expert_question(rng, lang) if chance(rng, 0.85) else tx.public_style(rng)
            for _ in range(len(th))
        ]
        ips = sticky(rng, th, proxies, float(rng.uniform(1, 4)) * HOUR)
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, p_new=0.88, p_mini=0.0),
            ips=ips,
            comp_median=700,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "knowledge harvest through bought / taken-over aged accounts",
                "pacing": "owner's evening use, then 2-4 human-paced sessions a day after takeover",
                "accounts": n,
                "takeover_ts": [round(t) for t in takeovers],
                "orgs": "each account its own",
                "cards": "each account its own (the original owner's)",
                "ip_source": "owner's home IP, then residential proxies in the owner's region",
                "user_agent": "the owner's (kept with the session)",
                "languages": "the owner's language or English",
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a paid crowd of real people working a task sheet on their own free accounts


def waen_rhydd(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "waen_rhydd"
    n = irange(rng, 38, 64)
    tzs, tzw = [5, 8, -3, 1], rng.dirichlet([4, 3, 2, 1])
    lang_pool = {5: ("en", "hi"), 8: ("en", "id"), -3: ("pt", "es", "en"), 1: ("en",)}
    accts = []
    clusters = [hexid(rng, "pay") for _ in range(n // 3)]
    row = irange(rng, 1, 500)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(n):
        tz = wpicks(rng, tzs, tzw, 1)[0]
        mob = TZ_MOBILE.get(tz)
        on_phone = mob is not None and chance(rng, 0.35)
        ips = (
            mobile_v6(rng, irange(rng, 2, 6), mob) if on_phone else home(rng, irange(rng, 1, 2), tz)
        )
        ua = phone(rng) if on_phone else browser(rng)
        pay = pick(rng, clusters) if chance(rng, 0.35) else None
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        habit = irange(rng, 0, 4)
        s0 = start + float(rng.uniform(0, 1.2)) * DAY
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            workday(
                tz, start=float(rng.uniform(9, 14)), end=float(rng.uniform(18, 23)), weekend=0.6
            ),
            float(rng.uniform(6, 14)),
            float(rng.uniform(50, 110)),
            0.6,
        )
        ts = cat(sess)
        lang = pick(rng, lang_pool[tz])
        prompts = []
        for _ in range(len(ts)):
            row += 1
            prompts.append(tx.task_sheet(rng, lang if chance(rng, 0.8) else "en", habit, row))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=520,
            comp_sigma=0.55,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "paid crowd working a shared task sheet on personal free accounts",
                "pacing": "human sessions in each worker's own day",
                "workers": n,
                "tz_weights": dict(zip([str(t) for t in tzs], tzw.round(2), strict=True)),
                "cards": "own or small shared prepaid clusters",
                "ip_source": "workers' home broadband or phones",
                "user_agent": "workers' browsers / phones",
                "start": start,
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt-set replay through many accounts on residential proxies


def quagmire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "quagmire"
    n = irange(rng, 12, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = pick(rng, BG_SDK[:2])
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1))
        region = TZ_REGION[tz]
        proxies = resi(rng, irange(rng, 30, 90), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=proxies,
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
        ts = thinned(
            rng,
            a0,
            ctx.t1,
            float(rng.lognormal(np.log(80), 0.4)),
            workday(tz, weekend=0.3, night=0.05),
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.8):
                prompts.append(ctx.chat[int(order[cursor % len(order)])])
                cursor += 1
            else:
                prompts.append(tx.public_style(rng))
        ips = sticky(rng, ts, proxies, float(rng.uniform(0.5, 1.0)) * HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.02),
            ips=ips,
            comp_median=380,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "replay of a public human-prompt set (plus instruction-style prompts) against the new model",
                "pacing": "office-hours thinning in each key's claimed timezone, starts near release",
                "keys": n,
                "cards": len(cards),
                "ip_source": "sticky residential proxies matching the claimed timezone",
                "user_agent": ua,
                "prompts_replayed": cursor,
                "hard": True,
            }
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "flippers": flippers,
    "wetsuit": wetsuit,
    "sundew": sundew,
    "trench": trench,
    "llanwrtyd": llanwrtyd,
    "sphagnum": sphagnum,
    "bogbean": bogbean,
    "doggy_paddle": doggy_paddle,
    "tadpole": tadpole,
    "snorkeller": snorkeller,
    "waen_rhydd": waen_rhydd,
    "quagmire": quagmire,
}
