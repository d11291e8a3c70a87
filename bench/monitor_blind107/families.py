"""Campaign families of batch 107 (code names from gymnastics).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every count, rate, address
source, user agent, language mix and template style is drawn from the family's own `rng`.
"""

from __future__ import annotations

from collections.abc import Callable

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
from bench.monitor_blind107 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _weights(rng: Rng, items: tuple, k: int) -> tuple[list, list[float]]:
    chosen = list(rng.choice(len(items), size=min(k, len(items)), replace=False).tolist())
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    return [items[i] for i in chosen], [float(x) for x in w]


def _draw(rng: Rng, items: list, w: list[float], n: int) -> list:
    idx = rng.choice(len(items), size=n, p=np.asarray(w) / np.sum(w)).tolist()
    return [items[i] for i in idx]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def yurchenko(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yurchenko"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = sdk_ua(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(-0.8, 0.3)) * DAY
    per_hour = float(rng.uniform(45, 110))
    langs, lw = _weights(rng, ("en", "zh", "ru", "es", "ko"), irange(rng, 2, 5))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    for a, ts in zip(accts, streams, strict=True):
        lg = _draw(rng, langs, lw, len(ts))
        st = picks(rng, styles, len(ts))
        prompts = [tx.cot_coercion(rng, x, s) for x, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1400.0,
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
            "ip_source": f"hosting:{provider}",
            "pool_ips": len(pool),
            "shared_org": shared_org,
            "cards": len(cards),
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading as nightly jobs from a cloud NAT


def tsukahara(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tsukahara"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 1, 3), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, TZS)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n)
    ]
    first_day = irange(rng, 1, 3)
    h0 = float(rng.uniform(0.5, 5.0))
    job_mean = irange(rng, 150, 380)
    langs, lw = _weights(rng, ("en", "de", "ja"), irange(rng, 1, 3))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    per_acct: list[list[np.ndarray]] = [[] for _ in range(n)]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(first_day, 8):
        s = day0 + d * DAY + (h0 - tz) * HOUR + float(rng.normal(0, 0.2)) * HOUR
        (job,) = bursts(rng, np.array([s]), job_mean, gap_median=1.3, gap_sigma=0.6)
        who = rng.integers(0, n, size=len(job))
        for i in range(n):
            per_acct[i].append(job[who == i])
    # an engineer iterating on the rubric by hand during the day
    per_acct[0].extend(
        session_times(rng, ctx.t0 + first_day * DAY, ctx.t1, 3.0, workday(tz), 6, 50.0)
    )
    for a, parts in zip(accts, per_acct, strict=True):
        ts = _cat(parts)
        lg = _draw(rng, langs, lw, len(ts))
        st = picks(rng, styles, len(ts))
        prompts = [
            tx.judge_prompt(rng, ctx, 3 if x != "en" else s, x) for x, s in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.03), comp_median=240.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n,
            "ip_source": f"cloud NAT:{provider}",
            "pacing": "nightly bursts + daytime sessions",
            "job_mean": job_mean,
            "first_day": first_day,
            "tz": tz,
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites with churning stolen-card keys behind VPN exits


def kovacs(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kovacs"
    n = irange(rng, 10, 22)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    pool = rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 4, 8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(
                rng,
                (
                    "python-httpx/0.28.1",
                    "aiohttp/3.11.11",
                    "OpenAI/Python 1.54.0",
                    "OpenAI/Python 1.63.2",
                ),
            ),
            ips=pool,
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    span = ctx.t1 - start
    langs, lw = _weights(rng, ("zh", "en", "ru"), 3)
    hold = float(rng.uniform(5, 30)) * MINUTE
    lives = []
    for j, a in enumerate(accts):
        s = start + j * span / n * float(rng.uniform(0.5, 1.1))
        life = float(rng.uniform(10, 40)) * HOUR
        rate = float(rng.uniform(6, 24))
        ts = thinned(
            rng,
            s,
            min(ctx.t1, s + life),
            rate * life / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        lg = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.policy_rewrite(
                rng, ctx, 2 if x == "zh" else 4 if x == "ru" else pick(rng, (0, 1, 3))
            )
            for x in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            err=0.04,
        )
        lives.append(round(life / HOUR, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n,
            "payment": "one stolen card per key",
            "ip_source": f"VPN exits:{vpn}",
            "sticky_s": round(hold),
            "pacing": "staggered key lifetimes (churn)",
            "lifetimes_h": lives,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def tkatchev(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tkatchev"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("gcp", "azure", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    per_hour = float(rng.uniform(4, 12))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    schema_tok = irange(rng, 900, 2600)
    ep_starts = thinned(
        rng,
        start,
        ctx.t1,
        per_hour * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.25),
    )
    buf: list[dict] = [{"ts": [], "p": [], "x": []} for _ in range(n)]
    for s in ep_starts.tolist():
        i = int(rng.integers(n))
        msgs = tx.agent_episode(rng, pick(rng, styles))
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=len(msgs) - 1))]
        )
        buf[i]["ts"].extend(t.tolist())
        buf[i]["p"].extend(msgs)
        buf[i]["x"].extend([schema_tok + k * irange(rng, 150, 420) for k in range(len(msgs))])
    for a, b in zip(accts, buf, strict=True):
        ts = np.asarray(b["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            b["p"],
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=170.0,
            err=0.02,
            extra=np.asarray(b["x"], dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n,
            "ip_source": f"cloud:{provider}",
            "pacing": "episodes (bursts of tool steps)",
            "episodes_per_hour": round(per_hour, 1),
            "styles": styles,
            "schema_tokens": schema_tok,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation, slow and steady 24/7


def gienger(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gienger"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region_ips = cloud(rng, n, "aws")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[region_ips[i]],
        )
        for i in range(n)
    ]
    langs, lw = _weights(
        rng, ("en", "es", "pt", "hi", "id", "vi", "ar", "tr", "fr", "sw"), irange(rng, 3, 7)
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    rates = []
    for a in accts:
        s = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
        rate = float(rng.uniform(9, 22))
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        lg = _draw(rng, langs, lw, len(ts))
        st = picks(rng, styles, len(ts))
        prompts = [tx.synth_data(rng, ctx, y, x) for x, y in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.01,
        )
        rates.append(round(rate, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "ip_source": "cloud:aws",
            "pacing": "steady 24/7",
            "per_hour": rates,
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n sampling and soft labels through a rotating residential proxy pool


def planche(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "planche"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    pool = resi(rng, irange(rng, 150, 400), pick(rng, ("*", "us", "eu", "latam", "sea")))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[(i // 2) % 2],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(-0.3, 0.5)) * DAY
    per_hour = float(rng.uniform(12, 30))
    p_soft = float(rng.uniform(0.3, 0.7))
    k_lo, k_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    items = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    buf: list[dict] = [{"ts": [], "p": []} for _ in range(n)]
    for s in items.tolist():
        if chance(rng, p_soft):
            p, k = tx.soft_label(rng, ctx, irange(rng, 0, 2)), irange(rng, 1, 3)
        else:
            p, k = tx.sample_prompt(rng, ctx), irange(rng, k_lo, k_hi)
        (t,) = bursts(rng, np.array([s]), k, gap_median=1.8, gap_sigma=0.7)
        t = t[:k]
        who = (
            rng.integers(0, n, size=len(t))
            if chance(rng, 0.5)
            else np.full(len(t), int(rng.integers(n)))
        )
        for tt, w in zip(t.tolist(), who.tolist(), strict=True):
            buf[w]["ts"].append(tt)
            buf[w]["p"].append(p)
    for a, b in zip(accts, buf, strict=True):
        ts = np.asarray(b["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            b["p"],
            models=ctx.models(rng, ts, 0.93, 0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=300.0,
            comp_sigma=0.8,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling / soft labels",
            "keys": n,
            "orgs": 2,
            "cards": 2,
            "ip_source": "rotating residential proxies",
            "pool_ips": len(pool),
            "items_per_hour": round(per_hour, 1),
            "p_soft": round(p_soft, 2),
            "n_samples": [k_lo, k_hi],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. translation harvest in nightly windows


def flic_flac(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "flic_flac"
    n = irange(rng, 3, 5)
    provider = pick(rng, ("contabo", "hetzner", "selectel", "scaleway"))
    tz = pick(rng, (3, 8, 2, 5))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "python-requests/2.32.3"))
    ips = cloud(rng, n, provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            ua=ua,
            ips=[ips[i]],
            tz=tz,
        )
        for i in range(n)
    ]
    tgts = list(
        rng.choice(
            [
                "es",
                "de",
                "fr",
                "pt",
                "zh",
                "ja",
                "ko",
                "ru",
                "ar",
                "hi",
                "id",
                "vi",
                "tr",
                "pl",
                "it",
                "nl",
                "th",
                "uk",
            ],
            size=irange(rng, 6, 10),
            replace=False,
        ).tolist()
    )
    styles = sorted(rng.choice(4, size=irange(rng, 1, 3), replace=False).tolist())
    begin = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    win_h = float(rng.uniform(5, 9))
    curve = nightly(float(rng.uniform(0, 4)), win_h, tz)
    for a in accts:
        rate = float(rng.uniform(30, 70))
        ts = thinned(rng, begin, ctx.t1, rate * win_h / 24 * (ctx.t1 - begin) / HOUR, curve)
        prompts = [
            tx.translate_prompt(rng, ctx, pick(rng, styles), pick(rng, tgts))
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(40, len(p) // 3) for p in prompts], dtype=np.float64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest",
            "keys": n,
            "payment": "prepaid card per key",
            "ip_source": f"hosting:{provider}",
            "pacing": "nightly windows",
            "tz": tz,
            "window_h": round(win_h, 1),
            "targets": tgts,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest from rented blocks in Asia-Pacific clouds


def pommel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pommel"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("alibaba", "tencent", "vultr", "huawei", "ucloud"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 4))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    accts = [
        ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=pool
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(25, 55))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n, global_load(float(rng.uniform(0, 24)), 0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.code_prompt(rng, ctx, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=900.0, err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n,
            "payment": "one card per key",
            "ip_source": f"hosting:{provider}",
            "pool_ips": len(pool),
            "pacing": "worker pool with mild diurnal",
            "per_hour": round(per_hour, 1),
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study app's production traffic


def handspring(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "handspring"
    brand = tx.brand(rng)
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    provider = pick(rng, ("aws", "gcp"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=("prod", "prod-eu", "staging")[i],
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), provider),
        )
        for i in range(n)
    ]
    share = np.array([0.7, 0.25, 0.05][:n])
    share = share / share.sum()
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.75)))
    rate = float(rng.uniform(18, 36))
    hidden_ratio = float(rng.uniform(0.3, 0.7))
    h_start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    prod = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    hid = thinned(rng, h_start, ctx.t1, hidden_ratio * rate * (ctx.t1 - h_start) / HOUR, curve)
    w_prod = rng.choice(n, size=len(prod), p=share)
    w_hid = rng.choice(n, size=len(hid), p=share)
    for i, a in enumerate(accts):
        tp, th = prod[w_prod == i], hid[w_hid == i]
        ctx.emit(
            rng,
            a,
            tp,
            [tx.study_app(rng, ctx, brand, False) for _ in range(len(tp))],
            models=ctx.models(rng, tp, 0.25, 0.15),
            comp_median=380.0,
            err=0.01,
            extra=180,
        )
        ctx.emit(
            rng,
            a,
            th,
            [tx.study_app(rng, ctx, brand, True) for _ in range(len(th))],
            models=ctx.models(rng, th, 0.7, 0.0),
            comp_median=800.0,
            err=0.01,
            extra=180,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "product": brand,
            "keys": n,
            "ip_source": f"cloud:{provider} (product backend)",
            "pacing": "product load curve for both",
            "product_per_hour": round(rate, 1),
            "hidden_ratio": round(hidden_ratio, 2),
            "hidden_start": h_start,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, each with its own history, pivoting to harvest


def walkover(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "walkover"
    n = irange(rng, 12, 22)
    accts, pivots = [], []
    keep_ua = float(rng.uniform(0.5, 0.9))
    for _ in range(n):
        tz = pick(rng, TZS)
        ua0 = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        pivots.append(pivot)
        # the original owner's own use before the account changed hands
        pre = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.3, 1.5)), evening_person(tz), 3, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [tx.human(rng, ctx, 1500) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.2, 0.2),
            comp_median=350.0,
        )
        # after the pivot: a proxy in the owner's region, person-shaped but busier
        region = {
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
        }[tz]
        static = chance(rng, 0.5)
        proxies = resi(rng, 1 if static else irange(rng, 5, 20), region)
        rate = float(rng.uniform(3, 9))
        post = thinned(rng, pivot, ctx.t1, rate * (ctx.t1 - pivot) / HOUR, evening_person(tz, 4.0))
        prompts = []
        for _ in range(len(post)):
            u = rng.random()
            prompts.append(
                tx.expert_question(rng)
                if u < 0.6
                else f"{tx.any_problem(rng)} Explain your reasoning."
                if u < 0.9
                else tx.human(rng, ctx, 800)
            )
        ua = a.ua if chance(rng, keep_ua) else "OpenAI/Python 1.54.0"
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.85, 0.0),
            ips=sticky(rng, post, proxies, 20 * MINUTE),
            ua=ua,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought/compromised aged accounts",
            "keys": n,
            "payment": "each account's original card",
            "orgs": "each its own",
            "ip_source": "owner's home IP, then a static or rotating residential proxy in the same region",
            "pacing": "owner sessions, then person-shaped harvest",
            "pivots": pivots,
            "p_keep_user_agent": round(keep_ua, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts walking a curriculum


_LANGS_BY_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "en"),
    2: ("en",),
    3: ("en",),
    5: ("hi", "en"),
    8: ("id", "vi", "en"),
    9: ("en",),
}


def stalder(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stalder"
    n = irange(rng, 40, 70)
    tzs = list(rng.choice(TZS, size=irange(rng, 3, 6), replace=False).tolist())
    fields = list(tx.CONCEPTS)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        field_ = pick(rng, fields)
        lang = pick(rng, _LANGS_BY_TZ[tz])
        s = ctx.t0 + float(rng.uniform(0, 3.0)) * DAY
        ts = _cat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(1.2, 3.5)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                70.0,
            )
        )
        prog = np.clip((ts - s) / max(ctx.t1 - s, 1.0), 0, 1)
        prompts = [tx.casual_question(rng, field_, lang, int(p * 6)) for p in prog.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.03), comp_median=700.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow curriculum crowd",
            "keys": n,
            "payment": "prepaid card per persona",
            "ip_source": "residential proxies pinned per persona (region of its timezone)",
            "pacing": "human sessions, evening peak",
            "timezones": [int(x) for x in tzs],
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay with multi-turn continuation from static residential IPs


def kip(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kip"
    n = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(3)]
    cards = [hexid(rng, "pay") for _ in range(3)]
    region = pick(rng, ("us", "eu"))
    tz = -5 if region == "us" else 1
    ua = "OpenAI/Python 1.54.0"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=orgs[i % 3],
            pay=cards[i % 3],
            ua=ua,
            ips=resi(rng, 1, region),
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(10, 22))
    mean_follow = float(rng.uniform(1.0, 3.0))
    langs, lw = _weights(rng, ("en", "es", "de", "fr", "zh"), irange(rng, 1, 3))
    conv = thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, workday(tz, 7.0, 20.0, 0.3, 0.05)
    )
    buf: list[dict] = [{"ts": [], "p": []} for _ in range(n)]
    for s in conv.tolist():
        i = int(rng.integers(n))
        k = int(rng.poisson(mean_follow))
        lg = _draw(rng, langs, lw, 1)[0]
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.7, size=k))])
        buf[i]["ts"].extend(t.tolist())
        buf[i]["p"].extend([tx.human(rng, ctx, 2000)] + [tx.followup(rng, lg) for _ in range(k)])
    for a, b in zip(accts, buf, strict=True):
        ts = np.asarray(b["ts"])
        ctx.emit(rng, a, ts, b["p"], models=ctx.models(rng, ts, 0.85, 0.0), comp_median=450.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay + multi-turn follow-ups",
            "keys": n,
            "orgs": 3,
            "cards": 3,
            "ip_source": f"static residential ({region}), one per key",
            "pacing": "office-hours conversations",
            "conversations_per_hour": round(per_hour, 1),
            "mean_followups": round(mean_follow, 2),
            "languages": langs,
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "yurchenko": yurchenko,
    "tsukahara": tsukahara,
    "kovacs": kovacs,
    "tkatchev": tkatchev,
    "gienger": gienger,
    "planche": planche,
    "flic_flac": flic_flac,
    "pommel": pommel,
    "handspring": handspring,
    "walkover": walkover,
    "stalder": stalder,
    "kip": kip,
}
