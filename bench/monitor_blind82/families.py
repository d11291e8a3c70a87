"""Campaign families of blind batch 82 (code names from French sauce-making).

Each family is a function `(ctx, rng, campaign_id) -> None` that opens its accounts through
`ctx.account`, writes their events through `ctx.emit` and records the campaign through
`ctx.campaign` (see `bench/blind_batch.py`). Every parameter is drawn per seed.
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
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    mobile_v6,
    multi_office,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind82 import texts

Rng = np.random.Generator

#: hosting providers a harvesting operation rents from
HARVEST_CLOUDS = (
    "hetzner",
    "ovh",
    "aws",
    "gcp",
    "alibaba",
    "tencent",
    "vultr",
    "digitalocean",
    "contabo",
    "linode",
    "oracle",
    "huawei",
)


def _camp_acct(ctx: Ctx, rng: Rng, fam: str, camp: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=camp, **kw)


def _langs(
    rng: Rng, pool: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = None
) -> tuple[list[str], list[float]]:
    """A random language mix: k languages from `pool` with Dirichlet shares (`first` always in)."""
    k = min(len(pool), irange(rng, k_lo, k_hi))
    chosen = [pool[i] for i in rng.choice(len(pool), k, replace=False).tolist()]
    if first is not None and first not in chosen:
        chosen[0] = first
    w = rng.dirichlet(np.full(len(chosen), 1.5))
    if first is not None:
        w[chosen.index(first)] += 1.0
    w = w / w.sum()
    return chosen, [float(x) for x in w]


def _draw(rng: Rng, items: list[str], probs: list[float], n: int) -> list[str]:
    if n == 0:
        return []
    return [items[i] for i in rng.choice(len(items), size=n, p=probs).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _subset(rng: Rng, n: int, lo: int, hi: int) -> tuple[int, ...]:
    return tuple(sorted(rng.choice(n, min(n, irange(rng, lo, hi)), replace=False).tolist()))


def _windows(
    t0: float, t1: float, tz: float, start_h: float, hours: float
) -> list[tuple[float, float]]:
    """Daily windows [start_h, start_h + hours) local time that overlap [t0, t1]."""
    day0 = np.floor((t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    out = []
    d = day0 - DAY
    while d < t1:
        a, b = d + start_h * HOUR, d + (start_h + hours) * HOUR
        if b > t0 and a < t1:
            out.append((max(a, t0), min(b, t1)))
        d += DAY
    return out


# --------------------------------------------------------------------------------------------


def bearnaise(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion by a Poisson worker pool on a rented hosting block."""
    fam = "bearnaise"
    n = irange(rng, 12, 22)
    provs = [pick(rng, HARVEST_CLOUDS) for _ in range(irange(rng, 1, 2))]
    block: list[str] = []
    for p in provs:
        block += rented_block(rng, p, irange(rng, 2, 5), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 4))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 4))]
    ua_mode = pick(rng, ("one", "per_key", "rotating"))
    ua_one = sdk_ua(rng, 0.3)
    tz = pick(rng, (8, 3, 2, -5, 9))
    langs, lp = _langs(rng, ("en", "zh", "ru", "es", "ko", "ja", "vi", "ar"), 1, 4, first="en")
    styles = _subset(rng, 6, 2, 5)
    curve_kind = pick(rng, ("constant", "global", "office"))
    curve = {
        "constant": constant,
        "global": global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6))),
        "office": multi_office([tz]),
    }[curve_kind]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_rate, post_rate = float(rng.uniform(3, 15)), float(rng.uniform(30, 90))
    split = max(start, ctx.release)
    pre = worker_pool(rng, start, split, pre_rate, n, curve)
    post = worker_pool(rng, split, ctx.t1, post_rate, n, curve)
    p_new = float(rng.uniform(0.85, 0.99))
    comp = float(rng.uniform(900, 1600))
    err = float(rng.uniform(0.01, 0.06))
    accts = []
    for i in range(n):
        k = min(len(block), irange(rng, 1, 4))
        ips = [block[j] for j in rng.choice(len(block), k, replace=False).tolist()]
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua_one if ua_mode == "one" else sdk_ua(rng, 0.3),
            ips=ips,
            tz=tz,
        )
        ts = _cat([pre[i], post[i]])
        ua = [pick(rng, SDK_OTHER) for _ in range(len(ts))] if ua_mode == "rotating" else None
        prompts = [
            texts.reasoning_coercion(rng, lang, styles) for lang in _draw(rng, langs, lp, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ua=ua,
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "providers": provs,
            "ip_pool": len(block),
            "orgs": len(orgs),
            "cards": len(cards),
            "ua_mode": ua_mode,
            "languages": langs,
            "styles": list(styles),
            "curve": curve_kind,
            "pre_rate_per_hour": pre_rate,
            "post_rate_per_hour": post_rate,
            "p_new": p_new,
        },
    )


def veloute(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Rubric / reward-model grading harvest: cron-driven bursts of judge prompts."""
    fam = "veloute"
    n = irange(rng, 6, 12)
    prov = pick(rng, HARVEST_CLOUDS)
    tz = pick(rng, (8, 0, 1, -5, 3))
    pay_mode = pick(rng, ("shared", "distinct", "pairs"))
    shared_card = hexid(rng, "pay")
    size = float(rng.uniform(8, 28))
    gap = float(rng.uniform(0.4, 3.0))
    p_run = float(rng.uniform(0.25, 0.6))
    h0, h1 = float(rng.uniform(7, 10)), float(rng.uniform(17, 21))
    weekend = chance(rng, 0.4)
    styles = _subset(rng, 5, 2, 5)
    p_new = float(rng.uniform(0.6, 0.95))
    comp = float(rng.uniform(150, 450))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
            "aiohttp/3.11.11",
        ),
    )
    hours = np.arange(np.floor(ctx.t0 / HOUR) * HOUR, ctx.t1, HOUR)
    lh = local_hour(hours, tz)
    ok = (lh >= h0) & (lh < h1) & ((weekday(hours, tz) < 5) | weekend)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    hours = hours[ok & (hours >= start)]
    accts = []
    card = shared_card
    for i in range(n):
        if pay_mode == "distinct" or (pay_mode == "pairs" and i % 2 == 0):
            card = hexid(rng, "pay")
        pay = shared_card if pay_mode == "shared" else card
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "grader",
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        minute = float(rng.uniform(0, 59)) * 60
        sel = hours[rng.random(len(hours)) < p_run]
        starts = sel + minute + rng.uniform(0, 20, size=len(sel))
        parts = []
        for s in starts.tolist():
            k = max(1, int(rng.poisson(size)))
            parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            )
        ts = _cat(parts)
        prompts = [
            texts.grading_prompt(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), styles
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.55,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reward-model / rubric grading",
            "keys": n,
            "provider": prov,
            "tz": tz,
            "payment": pay_mode,
            "burst_mean": size,
            "gap_median_s": gap,
            "p_run_per_hour": p_run,
            "hours": [h0, h1],
            "weekend": weekend,
            "styles": list(styles),
            "p_new": p_new,
        },
    )


def soubise(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Censorship-compliant rewrites of sensitive answers, via home-country clouds and foreign proxies."""
    fam = "soubise"
    n = irange(rng, 8, 14)
    tz = pick(rng, (8, 8, 3))
    prov = (
        pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
        if tz == 8
        else pick(rng, ("selectel", "hetzner", "m247"))
    )
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    pool = resi(rng, irange(rng, 30, 150), region)
    hold = float(rng.uniform(20, 90)) * 60
    main = "zh" if tz == 8 else "ru"
    langs, lp = _langs(rng, (main, "en", "vi", "ar", "ru", "zh"), 2, 4, first=main)
    org_mode = pick(rng, ("one", "distinct"))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(6, 18))
    gap = float(rng.uniform(4, 20))
    p_new = float(rng.uniform(0.7, 0.95))
    curve = workday(tz, weekend=float(rng.uniform(0.05, 0.4)))
    accts, modes = [], []
    for _ in range(n):
        mode = pick(rng, ("cloud", "proxy", "mixed"))
        modes.append(mode)
        cips = cloud(rng, irange(rng, 1, 2), prov)
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "rewriter",
            org=org if org_mode == "one" else None,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.5),
            ips=cips,
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = _cat(session_times(rng, start, ctx.t1, per_day, curve, size, gap))
        if mode == "cloud":
            ips = None
        else:
            prox = sticky(rng, ts, pool, hold)
            if mode == "proxy":
                ips = prox
            else:
                use_cloud = rng.random(len(ts)) < 0.5
                ips = [
                    pick(rng, cips) if c else p
                    for c, p in zip(use_cloud.tolist(), prox, strict=True)
                ]
        prompts = [
            texts.sensitive_rewrite(rng, lang, pick(rng, ctx.passages))
            for lang in _draw(rng, langs, lp, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=float(rng.uniform(350, 700)),
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-compliant rewrites",
            "keys": n,
            "tz": tz,
            "provider": prov,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_s": hold,
            "ip_modes": modes,
            "languages": langs,
            "org_mode": org_mode,
            "cards": len(cards),
            "sessions_per_day": per_day,
            "session_size": size,
        },
    )


def demi_glace(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Agent / tool-use transcript harvest: episodes of growing tool-call trajectories."""
    fam = "demi_glace"
    n = irange(rng, 6, 10)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    fmts = _subset(rng, 3, 1, 3)
    p_shared = float(rng.uniform(0.0, 0.5))
    shared_card = hexid(rng, "pay")
    rate_pre, rate_post = float(rng.uniform(0.15, 0.5)), float(rng.uniform(0.5, 1.3))
    gap = float(rng.uniform(3, 12))
    comp = float(rng.uniform(120, 300))
    p_new = float(rng.uniform(0.85, 0.99))
    accts = []
    for _ in range(n):
        prov = pick(rng, HARVEST_CLOUDS)
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "agent_runner",
            pay=shared_card if chance(rng, p_shared) else None,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        split = max(start, ctx.release)
        starts = _cat(
            [
                thinned(rng, start, split, rate_pre * (split - start) / HOUR, constant),
                thinned(rng, split, ctx.t1, rate_post * (ctx.t1 - split) / HOUR, constant),
            ]
        )
        ts_l, pr_l, ex_l = [], [], []
        fmt = pick(rng, fmts)
        for s in starts.tolist():
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            obs = np.concatenate([[0], np.cumsum(rng.integers(150, 1200, size=k - 1))])
            ep = texts.agent_episode(rng)
            for j in range(k):
                ts_l.append(float(t[j]))
                pr_l.append(texts.agent_step(rng, ep, fmt))
                ex_l.append(int(obs[j]))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=ctx.models(rng, np.asarray(ts_l), p_new),
            comp_median=comp,
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent tool-use transcripts",
            "keys": n,
            "ua": ua,
            "formats": list(fmts),
            "p_shared_card": p_shared,
            "episodes_per_hour": [rate_pre, rate_post],
            "step_gap_s": gap,
        },
    )


def mirepoix(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Synthetic dataset generation: a nightly curriculum sweep over a domain × task × level grid."""
    fam = "mirepoix"
    n = irange(rng, 3, 6)
    prov = pick(rng, HARVEST_CLOUDS)
    ips = rented_block(rng, prov, 1, n)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = sdk_ua(rng, 0.6)
    tz = pick(rng, TZS)
    night_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(5, 9))
    per_night = float(rng.uniform(120, 300))
    styles = _subset(rng, 5, 2, 5)
    p_other = float(rng.uniform(0.0, 0.3))
    other = pick(rng, ("zh", "es", "ru", "ar", "pt", "ko"))
    grid = texts.synth_grid()
    pos = int(rng.integers(len(grid)))
    comp = float(rng.uniform(1800, 3200))
    p_new = float(rng.uniform(0.9, 0.99))
    wins = _windows(jitter_start(rng, ctx.t0, ctx.t1, 0.2), ctx.t1, tz, night_h, hours)
    accts = [
        _camp_acct(ctx, rng, fam, camp, "generator", org=org, pay=card, ua=ua, ips=[ips[i]], tz=tz)
        for i in range(n)
    ]
    per = [[] for _ in range(n)]
    for a_, b_ in wins:
        for i in range(n):
            m = int(rng.poisson(per_night * (b_ - a_) / (hours * HOUR)))
            per[i].append(rng.uniform(a_, b_, size=m))
    for i, a in enumerate(accts):
        ts = _cat(per[i])
        prompts = []
        for _ in range(len(ts)):
            cell = grid[pos % len(grid)]
            pos += 1
            lang = other if chance(rng, p_other) else "en"
            prompts.append(texts.synth_request(rng, cell, styles, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.01),
            comp_median=comp,
            comp_sigma=0.35,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum sweep)",
            "keys": n,
            "provider": prov,
            "tz": tz,
            "night": [night_h, hours],
            "per_night": per_night,
            "styles": list(styles),
            "p_other_language": p_other,
            "other_language": other,
        },
    )


def sabayon(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n / soft-label sampling: each question sent several times through residential proxies."""
    fam = "sabayon"
    n = irange(rng, 8, 14)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 50, 300), region)
    hold = float(rng.uniform(300, 1800))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    distinct_pay = chance(rng, 0.4)
    rate = float(rng.uniform(3, 7))
    lo = irange(rng, 3, 4)
    hi = irange(rng, 6, 12)
    mode = pick(rng, ("sequential", "parallel"))
    variant = pick(rng, ("exact", "tagged", "seeded"))
    styles = _subset(rng, 4, 2, 4)
    p_new = float(rng.uniform(0.8, 0.98))
    comp = float(rng.uniform(150, 500))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    qs = worker_pool(rng, start, ctx.t1, rate, n)
    accts = []
    for i in range(n):
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "sampler",
            pay=None if distinct_pay else pick(rng, cards),
            ua=ua,
            ips=pool[:1],
            tz=0,
        )
        ts_l, pr_l = [], []
        for s in qs[i].tolist():
            k = irange(rng, lo, hi)
            if mode == "sequential":
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k - 1))]
                )
            else:
                t = s + np.sort(rng.uniform(0, 0.8, size=k))
            base = texts.soft_label(rng, styles)
            for j in range(k):
                ts_l.append(float(t[j]))
                if variant == "exact":
                    pr_l.append(base)
                elif variant == "tagged":
                    pr_l.append(f"{base}\n\n[sample {j + 1}/{k}]")
                else:
                    pr_l.append(f"{base} (seed={int(rng.integers(0, 10**6))})")
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_s": hold,
            "questions_per_hour": rate,
            "samples": [lo, hi],
            "mode": mode,
            "variant": variant,
            "styles": list(styles),
            "distinct_payment": distinct_pay,
        },
    )


def beurre_manie(ctx: Ctx, rng: Rng, camp: str) -> None:
    """A real writing-assistant app's backend keys, with harvest prompts mixed into genuine user traffic."""
    fam = "beurre_manie"
    n = irange(rng, 2, 4)
    app = pick(rng, ("Quillsy", "Inkwell Pro", "Scribbly", "WordNest", "Penmate", "Draftly"))
    prefix = pick(
        rng,
        (
            f"You are {app}, a friendly writing assistant. Help the user with their request.",
            f"[{app} v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}] system: be concise, helpful and polite.",
            f"### {app}\nRole: assistant for students and professionals. Follow the user's instructions.",
        ),
    )
    prov = pick(rng, ("aws", "gcp", "azure"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    inj_start = ctx.t0 + float(rng.uniform(0.2, 0.6)) * (ctx.t1 - ctx.t0)
    frac = float(rng.uniform(0.12, 0.3))
    model_match = chance(rng, 0.5)
    comp_match = chance(rng, 0.5)
    kinds = pick(rng, (("reason",), ("synth",), ("reason", "synth")))
    grid = texts.synth_grid()
    accts = []
    for _ in range(n):
        rate = float(rng.uniform(6, 16))
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "app_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 6), prov),
        )
        gen = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        inj = thinned(
            rng, inj_start, ctx.t1, rate * frac / (1 - frac) * (ctx.t1 - inj_start) / HOUR, curve
        )
        gp = [texts.app_wrap(prefix, pick(rng, ctx.chat)) for _ in range(len(gen))]
        ip_ = []
        for _ in range(len(inj)):
            if pick(rng, kinds) == "reason":
                ip_.append(texts.app_wrap(prefix, texts.reasoning_coercion(rng, "en")))
            else:
                ip_.append(texts.app_wrap(prefix, texts.synth_request(rng, pick(rng, grid))))
        ctx.emit(
            rng, a, gen, gp, models=ctx.models(rng, gen, 0.5, 0.5), comp_median=300, comp_sigma=0.7
        )
        im = ctx.models(rng, inj, 0.5, 0.5) if model_match else ctx.models(rng, inj, 0.95, 0.02)
        ctx.emit(
            rng,
            a,
            inj,
            ip_,
            models=im,
            comp_median=300 if comp_match else 1100,
            comp_sigma=0.7 if comp_match else 0.5,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest hidden in a product's genuine traffic",
            "keys": n,
            "app": app,
            "provider": prov,
            "inject_from": inj_start,
            "inject_fraction": frac,
            "model_match": model_match,
            "comp_match": comp_match,
            "kinds": list(kinds),
        },
    )


def nappe(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Low-and-slow 'people': many one-person accounts on home IPs asking a shared curriculum casually."""
    fam = "nappe"
    n = irange(rng, 35, 50)
    tz_pool = [TZS[i] for i in rng.choice(len(TZS), irange(rng, 2, 4), replace=False).tolist()]
    mix = tuple(float(x) for x in rng.dirichlet(np.ones(4)))
    p_cover = float(rng.uniform(0.05, 0.25))
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        lang = pick(rng, texts.TZ_LANGS[tz])
        mobile = chance(rng, 0.35)
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "persona",
            ua=pick(rng, MOBILE if mobile else BROWSERS),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3, night=0.03)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.6, 2.2)),
                curve,
                float(rng.uniform(2.5, 6)),
                float(rng.uniform(60, 300)),
                0.9,
            )
        )
        prompts = [
            pick(rng, ctx.chat)
            if chance(rng, p_cover)
            else texts.casualise(rng, texts.problem(rng, lang, mix), lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.95)), 0.1),
            comp_median=float(rng.uniform(500, 900)),
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow people-like curriculum harvest",
            "keys": n,
            "tzs": tz_pool,
            "subject_mix": list(mix),
            "p_cover_chat": p_cover,
        },
    )


def liaison(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Scripted multi-turn dialogue harvest through a rotating residential proxy."""
    fam = "liaison"
    n = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "*", "latam", "sea"))
    pool = resi(rng, irange(rng, 300, 1500), region)
    ua_mode = pick(rng, ("one", "per_key"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    rate = float(rng.uniform(2, 5))
    curve_kind = pick(rng, ("constant", "global"))
    curve = constant if curve_kind == "constant" else global_load(float(rng.uniform(0, 24)), 0.5)
    langs, lp = _langs(
        rng, ("en", "es", "pt", "fr", "de", "ja", "ko", "id", "tr"), 1, 4, first="en"
    )
    gap = float(rng.uniform(5, 30))
    per_turn = float(rng.uniform(150, 400))
    p_new = float(rng.uniform(0.85, 0.98))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    convs = worker_pool(rng, start, ctx.t1, rate, n, curve)
    accts = []
    for i in range(n):
        a = _camp_acct(
            ctx,
            rng,
            fam,
            camp,
            "dialogue_worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua if ua_mode == "one" else sdk_ua(rng, 0.3),
            ips=pool[:1],
        )
        ts_l, pr_l, ex_l = [], [], []
        for s in convs[i].tolist():
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            conv = texts.dialogue_start(rng, _draw(rng, langs, lp, 1)[0])
            for j in range(k):
                ts_l.append(float(t[j]))
                pr_l.append(texts.dialogue_prompt(rng, conv, pick(rng, ctx.passages)))
                ex_l.append(int(max(0, j - 3) * per_turn))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new),
            ips=picks(rng, pool, len(ts)),
            comp_median=float(rng.uniform(400, 800)),
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "ua_mode": ua_mode,
            "orgs": len(orgs),
            "cards": len(cards),
            "conversations_per_hour": rate,
            "curve": curve_kind,
            "languages": langs,
            "turn_gap_s": gap,
        },
    )


def espagnole(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Multilingual fan-out harvest on short-lived accounts replaced after each ban (churn lanes)."""
    fam = "espagnole"
    lanes = irange(rng, 3, 5)
    targets = [
        texts.LANGS[i]
        for i in rng.choice(len(texts.LANGS), irange(rng, 6, 12), replace=False).tolist()
    ]
    life_h = float(rng.uniform(18, 60))
    accts, lane_info = [], []
    for _ in range(lanes):
        reuse_card = chance(rng, 0.5)
        card = hexid(rng, "pay")
        prov = pick(rng, ("m247", "leaseweb", "ovh", "contabo", "vultr", "digitalocean"))
        rate = float(rng.uniform(4, 12))
        style = int(rng.integers(0, 4))
        lane_info.append(
            {"provider": prov, "reuse_card": reuse_card, "rate_per_hour": rate, "style": style}
        )
        t = ctx.t0 + float(rng.uniform(0, 0.1)) * (ctx.t1 - ctx.t0)
        order = list(targets)
        seed_q, li = "", len(order)
        while t < ctx.t1:
            life = float(rng.lognormal(np.log(life_h * HOUR), 0.4))
            end = min(t + life, ctx.t1)
            a = _camp_acct(
                ctx,
                rng,
                fam,
                camp,
                "lane_account",
                pay=card if reuse_card else None,
                ua=sdk_ua(rng, 0.4),
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
            ts = thinned(rng, t, end, rate * (end - t) / HOUR, constant)
            prompts = []
            for _ in range(len(ts)):
                if li >= len(order):
                    seed_q = texts.problem(rng) if chance(rng, 0.6) else texts.essay_q(rng)
                    order = [order[j] for j in rng.permutation(len(order)).tolist()]
                    li = 0
                prompts.append(texts.multilingual_qa(rng, seed_q, order[li], style))
                li += 1
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.95),
                comp_median=float(rng.uniform(400, 800)),
                err=float(rng.uniform(0.02, 0.08)),
            )
            accts.append(a)
            t = end + float(rng.uniform(0.5, 6)) * HOUR
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multilingual fan-out with account churn",
            "lanes": lanes,
            "accounts": len(accts),
            "target_languages": targets,
            "life_h": life_h,
            "lane": lane_info,
        },
    )


def chasseur(ctx: Ctx, rng: Rng, camp: str) -> None:
    """A phone farm: many free-tier accounts on carrier IPv6, each a few sessions of coding problems."""
    fam = "chasseur"
    n = irange(rng, 20, 30)
    kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    tz = {"in_mobile": 5, "br_mobile": -3, "us_mobile": pick(rng, (-5, -8)), "eu_mobile": 1}[kind]
    styles = _subset(rng, 4, 2, 4)
    p_new = float(rng.uniform(0.8, 0.97))
    comp = float(rng.uniform(700, 1200))
    accts = []
    for _ in range(n):
        a = _camp_acct(
            ctx, rng, fam, camp, "phone", ua=pick(rng, MOBILE), ips=mobile_v6(rng, 1, kind), tz=tz
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(25, 120)),
        )
        ts_l, ip_l = [], []
        for s in sess:
            addr = mobile_v6(rng, 1, kind)[0]
            ts_l += s.tolist()
            ip_l += [addr] * len(s)
        ts = np.asarray(ts_l)
        prompts = [texts.cp_request(rng, styles) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ip_l, comp_median=comp)
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "phone-farm coding-solution harvest",
            "keys": n,
            "carrier": kind,
            "tz": tz,
            "styles": list(styles),
            "p_new": p_new,
        },
    )


def gastrique(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Sleeper accounts aged with ordinary chat before the release, then turned into harvesters."""
    fam = "gastrique"
    n = irange(rng, 8, 14)
    post_ip = pick(rng, ("cloud", "home"))
    post_ua = pick(rng, ("sdk", "same"))
    block = rented_block(rng, pick(rng, HARVEST_CLOUDS), irange(rng, 1, 3), irange(rng, 3, 6))
    sdk = sdk_ua(rng, 0.5)
    rate = float(rng.uniform(40, 110))
    styles = _subset(rng, 6, 2, 4)
    p_synth = float(rng.uniform(0.1, 0.4))
    grid = texts.synth_grid()
    pivots = [ctx.release + float(rng.uniform(0, 18)) * HOUR for _ in range(n)]
    post = worker_pool(rng, min(pivots), ctx.t1, rate, n)
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, texts.TZ_LANGS[tz])
        hips = home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, BROWSERS)
        a = _camp_acct(ctx, rng, fam, camp, "sleeper", ua=ua, ips=hips, tz=tz)
        start = ctx.t0 + float(rng.uniform(0, 1.2)) * DAY
        pre = _cat(
            session_times(
                rng,
                start,
                pivots[i],
                float(rng.uniform(0.5, 1.5)),
                evening_person(tz),
                float(rng.uniform(2, 4)),
                float(rng.uniform(60, 240)),
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.5, 0.3),
            comp_median=300,
        )
        ts = post[i][post[i] >= pivots[i]]
        prompts = [
            texts.synth_request(rng, pick(rng, grid))
            if chance(rng, p_synth)
            else texts.reasoning_coercion(rng, lang if chance(rng, 0.3) else "en", styles)
            for _ in range(len(ts))
        ]
        ips = picks(rng, block, len(ts)) if post_ip == "cloud" else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.01),
            ips=ips,
            ua=sdk if post_ua == "sdk" else None,
            comp_median=1100,
            comp_sigma=0.5,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "sleeper accounts pivoting after release",
            "keys": n,
            "post_ip": post_ip,
            "post_ua": post_ua,
            "post_rate_per_hour": rate,
            "styles": list(styles),
            "p_synth": p_synth,
            "pivot_delay_h": [(p - ctx.release) / HOUR for p in pivots],
        },
    )


CAMPAIGN_FAMILIES = {
    "bearnaise": bearnaise,
    "veloute": veloute,
    "soubise": soubise,
    "demi_glace": demi_glace,
    "mirepoix": mirepoix,
    "sabayon": sabayon,
    "beurre_manie": beurre_manie,
    "nappe": nappe,
    "liaison": liaison,
    "espagnole": espagnole,
    "chasseur": chasseur,
    "gastrique": gastrique,
}
