"""Campaign families of blind batch 84 (code names: lighthouses).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, opens accounts
with `ctx.account(label="campaign", ...)`, writes events with `ctx.emit`, and records the campaign
with `ctx.campaign`. Written without reading the monitor; see README.md for what each one models.
"""

from __future__ import annotations

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
    providers,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind84 import texts as tx

Rng = np.random.Generator
LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _payments(rng: Rng, n: int, mode: str) -> list[str | None]:
    """Billing instruments of n accounts: one shared card, a few cards reused, or each its own."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n
    if mode == "few_cards":
        cards = [hexid(rng, "pay") for _ in range(max(1, n // irange(rng, 3, 6)))]
        return [pick(rng, cards) for _ in range(n)]
    return [None] * n


def _pay_mode(rng: Rng, p_shared: float, p_few: float) -> str:
    u = rng.random()
    return "shared" if u < p_shared else ("few_cards" if u < p_shared + p_few else "own")


def _start(ctx: Ctx, rng: Rng, p_release: float) -> float:
    """Onboarding: around the new model's release (to harvest it) or early in the window."""
    if chance(rng, p_release):
        return ctx.release - float(rng.uniform(0, 30)) * HOUR
    return jitter_start(rng, ctx.t0, ctx.t1, 0.45)


def _langs(rng: Rng, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [pool[i] for i in rng.choice(len(pool), size=k, replace=False).tolist()]


def _pool_curve(rng: Rng):
    kind = pick(rng, ("flat", "global", "night_shift"))
    if kind == "flat":
        return kind, constant
    if kind == "global":
        return kind, global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    return kind, nightly(float(rng.uniform(18, 23)), float(rng.uniform(8, 14)), pick(rng, TZS))


# --------------------------------------------------------------------------------------------


def fastnet(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a Poisson worker pool on rented cloud blocks."""
    fam = "fastnet"
    n = irange(rng, 10, 18)
    prov = pick(rng, providers())
    pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 12))
    ip_mode = pick(rng, ("key_pinned", "shared_pool"))
    pay_mode = _pay_mode(rng, 0.3, 0.4)
    pays = _payments(rng, n, pay_mode)
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng)
    langs = ["en"] + _langs(rng, ("zh", "ru", "es", "de", "ko", "ja", "fr", "pt"), 0, 3)
    styles = sorted({irange(rng, 0, 3) for _ in range(irange(rng, 1, 4))})
    start = _start(ctx, rng, 0.5)
    per_hour = float(rng.uniform(25, 60))
    curve_kind, curve = _pool_curve(rng)
    p_new = float(rng.uniform(0.6, 0.98))
    comp = float(rng.uniform(700, 1600))
    err = float(rng.uniform(0.01, 0.08))
    accts = []
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for i, ts in enumerate(streams):
        ips = [pick(rng, pool)] if ip_mode == "key_pinned" else pool
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua0 if one_ua else sdk_ua(rng),
            ips=ips,
        )
        accts.append(a)
        prompts = [
            tx.reasoning_harvest(rng, pick(rng, langs), pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), comp_median=comp, err=err
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": f"worker_pool/{curve_kind}",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{prov}/{ip_mode}",
            "payment": pay_mode,
            "languages": langs,
            "styles": styles,
        },
    )


def eddystone(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reward-model / rubric grading harvest through residential sticky proxies, paced like a
    labelling shop's working day."""
    fam = "eddystone"
    n = irange(rng, 8, 14)
    tz = pick(rng, TZS)
    region = pick(rng, regions())
    pool = resi(rng, irange(rng, 40, 200), region)
    hold = float(rng.uniform(5, 40)) * MINUTE
    pays = _payments(rng, n, mode := _pay_mode(rng, 0.1, 0.5))
    curve = workday(tz) if chance(rng, 0.6) else multi_office([tz, pick(rng, TZS)])
    browser = chance(rng, 0.5)
    start = _start(ctx, rng, 0.3)
    per_day, size, gap = (
        float(rng.uniform(3, 8)),
        float(rng.uniform(8, 22)),
        float(rng.uniform(15, 60)),
    )
    p_new = float(rng.uniform(0.5, 0.95))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, BROWSERS) if browser else sdk_ua(rng),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s = start + float(rng.uniform(0, 1.5)) * DAY
        ts = _cat(
            session_times(rng, s, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), curve, size, gap)
        )
        prompts = [
            tx.rubric_grade(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(250, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "rubric_grading",
            "pacing": "labelling_shop_sessions",
            "ip_source": f"residential_sticky:{region}",
            "hold_min": round(hold / 60, 1),
            "payment": mode,
            "tz": tz,
            "browser_ua": browser,
        },
    )


def tevennec(ctx: Ctx, rng: Rng, cid: str) -> None:
    """State-linked harvest of censorship-safe rewrites of good answers, nightly from Chinese
    clouds, some keys in Russian."""
    fam = "tevennec"
    n = irange(rng, 6, 10)
    provs = [
        p for p in ("alibaba", "tencent", "huawei", "ucloud", "selectel") if chance(rng, 0.6)
    ] or ["alibaba"]
    org = hexid(rng, "org") if chance(rng, 0.4) else None
    pays = _payments(rng, n, mode := _pay_mode(rng, 0.2, 0.5))
    langs = ["zh"] + (["ru"] if chance(rng, 0.6) else []) + (["en"] if chance(rng, 0.5) else [])
    start_h, hours = float(rng.uniform(19, 24)), float(rng.uniform(5, 10))
    curve = nightly(start_h, hours, 8)
    start = _start(ctx, rng, 0.4)
    p_new = float(rng.uniform(0.7, 0.99))
    accts = []
    for i in range(n):
        lang = pick(rng, langs)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role=f"rewriter_{lang}",
            campaign_id=cid,
            org=org,
            pay=pays[i],
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, provs)),
            tz=8,
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(120, 420)), curve)
        prompts = [tx.safe_rewrite(rng, pick(rng, ctx.passages), lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(400, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "pacing": "nightly_utc+8",
            "window_h": [round(start_h, 1), round(hours, 1)],
            "ip_source": f"cloud:{provs}",
            "payment": mode,
            "shared_org": org is not None,
            "languages": langs,
        },
    )


def skerryvore(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Tool-use / agent transcript harvest with account churn: short-lived keys in a few parallel
    lanes, each key on a fresh cloud address, a handful of prepaid cards reused."""
    fam = "skerryvore"
    lanes = irange(rng, 2, 4)
    life = float(rng.uniform(10, 36)) * HOUR
    provs = [pick(rng, providers()) for _ in range(3)]
    mode = "few_cards" if chance(rng, 0.6) else "own"
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    tool_ua = chance(rng, 0.7)
    ua0 = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    style = irange(rng, 0, 2) if chance(rng, 0.5) else None
    traj_h = float(rng.uniform(1.0, 3.0))
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 6, 11)
    gap = float(rng.uniform(4, 12))
    start = _start(ctx, rng, 0.4)
    p_new = float(rng.uniform(0.8, 0.99))
    accts = []
    for _lane in range(lanes):
        t = start + float(rng.uniform(0, life))
        while t < ctx.t1 and len(accts) < 30:
            end = t + life * float(rng.uniform(0.7, 1.3))
            a = ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="churned_key",
                campaign_id=cid,
                pay=pick(rng, cards) if mode == "few_cards" else None,
                ua=ua0 if tool_ua else sdk_ua(rng),
                ips=cloud(rng, 1, pick(rng, provs)),
            )
            accts.append(a)
            ts_all, prompts, extra = [], [], []
            for s in thinned(
                rng, t, min(end, ctx.t1), traj_h * (min(end, ctx.t1) - t) / HOUR, constant
            ).tolist():
                ep = tx.AgentEpisode(rng, style)
                k = irange(rng, steps_lo, steps_hi)
                times = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))]
                )
                for j, x in enumerate(times.tolist()):
                    ts_all.append(x)
                    prompts.append(ep.prompt(rng))
                    extra.append(200 + 180 * j)
            order = np.argsort(ts_all, kind="stable")
            ts = np.asarray(ts_all)[order]
            ctx.emit(
                rng,
                a,
                ts,
                [prompts[i] for i in order.tolist()],
                models=ctx.models(rng, ts, p_new, 0.0),
                comp_median=float(rng.uniform(150, 400)),
                extra=np.asarray(extra, dtype=np.int64)[order],
            )
            t = end + float(rng.uniform(0, 2)) * HOUR
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "trajectories_per_key",
            "lanes": lanes,
            "key_life_h": round(life / HOUR, 1),
            "ip_source": f"cloud_per_key:{provs}",
            "payment": mode,
            "style": style,
            "tool_ua": tool_ua,
        },
    )


def bishop_rock(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation: few requests, each asking for a long batch of examples."""
    fam = "bishop_rock"
    n = irange(rng, 4, 8)
    at_home = chance(rng, 0.5)
    tz = pick(rng, TZS)
    pays = _payments(rng, n, mode := _pay_mode(rng, 0.3, 0.3))
    langs = ["en"] + (["zh"] if chance(rng, 0.4) else [])
    curve_kind = pick(rng, ("flat", "workday"))
    curve = constant if curve_kind == "flat" else workday(tz, weekend=0.3, night=0.1)
    start = _start(ctx, rng, 0.3)
    comp = float(rng.uniform(2500, 5000))
    p_new = float(rng.uniform(0.6, 0.99))
    accts = []
    for i in range(n):
        ips = home(rng, irange(rng, 1, 2), tz) if at_home else cloud(rng, 1)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        per_day = float(rng.uniform(15, 50))
        ts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        prompts = [tx.synth_dataset(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=comp,
            comp_sigma=0.35,
            err=float(rng.uniform(0.0, 0.04)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": curve_kind,
            "ip_source": "home" if at_home else "cloud",
            "payment": mode,
            "completion_median": round(comp),
            "languages": langs,
        },
    )


def longships(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n / soft-label sampling: each job's prompt is sent n times within seconds, every
    copy by a different key, every request from a different residential address."""
    fam = "longships"
    n = irange(rng, 14, 24)
    region = pick(rng, ("*",) + tuple(regions()))
    jobs_h = float(rng.uniform(3, 8))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 5, 8)
    curve_kind, curve = _pool_curve(rng)
    mix = rng.dirichlet([2.0, 1.5, 1.0]).tolist()  # chat, plain problem, soft-label MCQ
    start = _start(ctx, rng, 0.5)
    p_new = float(rng.uniform(0.7, 0.99))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.7),
            ips=resi(rng, 1, region),
        )
        for _ in range(n)
    ]
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for s in thinned(rng, start, ctx.t1, jobs_h * (ctx.t1 - start) / HOUR, curve).tolist():
        u = rng.random()
        if u < mix[0]:
            p = pick(rng, ctx.chat)
        elif u < mix[0] + mix[1]:
            p = tx.math_problem(rng)
        else:
            p = f"{tx.mcq(rng)}\nFor each option give the probability (0-1) that it is correct, as JSON."
        k = min(n, irange(rng, n_lo, n_hi))
        who = rng.choice(n, size=k, replace=False).tolist()
        times = s + np.cumsum(rng.lognormal(np.log(0.8), 0.8, size=k))
        for w, x in zip(who, times.tolist(), strict=True):
            per[w][0].append(x)
            per[w][1].append(p)
    for a, (tl, pl) in zip(accts, per, strict=True):
        order = np.argsort(tl, kind="stable")
        ts = np.asarray(tl, dtype=np.float64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pl[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=resi(rng, len(ts), region) if len(ts) else [],
            comp_median=float(rng.uniform(300, 700)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "pacing": f"jobs/{curve_kind}",
            "jobs_per_hour": round(jobs_h, 1),
            "n_copies": [n_lo, n_hi],
            "ip_source": f"residential_rotating:{region}",
            "payment": "own",
            "mix": [round(x, 2) for x in mix],
        },
    )


def hook_head(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep dressed as an ed-tech content team: subject shards enumerated unit by unit
    and level by level during two offices' working hours."""
    fam = "hook_head"
    n = irange(rng, 5, 9)
    tzs = [pick(rng, TZS), pick(rng, TZS)]
    offices = [home(rng, irange(rng, 1, 2), tz) for tz in tzs]
    org = hexid(rng, "org")
    pay = hexid(rng, "pay") if chance(rng, 0.7) else None
    subjects = sorted(tx.SUBJECTS)
    rng.shuffle(subjects)
    levels = list(tx.LEVELS[irange(rng, 0, 2) :])
    repeats = irange(rng, 1, 3)
    styles = sorted({irange(rng, 0, 2) for _ in range(2)})
    start = _start(ctx, rng, 0.3)
    p_new = float(rng.uniform(0.5, 0.95))
    accts = []
    for i in range(n):
        o = i % 2
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.8),
            ips=offices[o] + (cloud(rng, 1) if chance(rng, 0.3) else []),
            tz=tzs[o],
        )
        accts.append(a)
        subj = subjects[i % len(subjects)]
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(60, 140)) * (ctx.t1 - start) / DAY,
            workday(tzs[o]),
        )
        grid = [
            (u, lv) for u in range(len(tx.SUBJECTS[subj])) for lv in levels for _ in range(repeats)
        ]
        off = irange(rng, 0, len(grid) - 1)
        prompts = [
            tx.curriculum_item(
                rng,
                subj,
                grid[(off + j) % len(grid)][0],
                grid[(off + j) % len(grid)][1],
                pick(rng, styles),
            )
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(900, 1800)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "two_office_workdays",
            "tzs": tzs,
            "ip_source": "office_broadband",
            "payment": "shared" if pay else "own",
            "levels": levels,
            "repeats": repeats,
            "styles": styles,
        },
    )


def minots_ledge(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A real consumer writing app whose backend keys also carry a harvest: genuine users' prompts
    around the clock, plus a steady side stream of harvest prompts through the same keys."""
    fam = "minots_ledge"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 2, 6), prov)
    org, pay, ua = (
        hexid(rng, "org"),
        hexid(rng, "pay"),
        pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0")),
    )
    per_day = float(rng.uniform(500, 1200))
    peak = float(rng.uniform(0, 24))
    share = float(rng.uniform(0.15, 0.35))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    inj_start = _start(ctx, rng, 0.6)
    p_new_prod, p_new_inj = float(rng.uniform(0.1, 0.5)), float(rng.uniform(0.5, 0.95))
    kinds = _langs(rng, ("reasoning", "synth", "rubric", "rewrite"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    prod = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, global_load(peak, 0.55))
    inj = thinned(rng, inj_start, ctx.t1, share * per_day * (ctx.t1 - inj_start) / DAY, constant)
    who_p, who_i = rng.integers(0, n, size=len(prod)), rng.integers(0, n, size=len(inj))
    for i, a in enumerate(accts):
        tp = prod[who_p == i]
        ctx.emit(
            rng,
            a,
            tp,
            [pick(rng, ctx.chat) for _ in range(len(tp))],
            models=ctx.models(rng, tp, p_new_prod, 0.4),
            comp_median=300.0,
        )
        ti = inj[who_i == i]
        prompts = []
        for _ in range(len(ti)):
            k = pick(rng, kinds)
            if k == "reasoning":
                prompts.append(tx.reasoning_harvest(rng))
            elif k == "synth":
                prompts.append(tx.synth_dataset(rng))
            elif k == "rubric":
                prompts.append(tx.rubric_grade(rng, pick(rng, ctx.chat), pick(rng, ctx.passages)))
            else:
                prompts.append(tx.safe_rewrite(rng, pick(rng, ctx.passages), "en"))
        ctx.emit(
            rng,
            a,
            ti,
            prompts,
            models=ctx.models(rng, ti, p_new_inj, 0.0),
            comp_median=float(rng.uniform(500, 1200)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "hidden_in_product",
            "pacing": "product_global_load+flat_side_stream",
            "product_per_day": round(per_day),
            "harvest_share": round(share, 2),
            "ip_source": f"cloud:{prov}",
            "payment": "shared",
            "harvest_kinds": kinds,
        },
    )


def cordouan(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow accounts that look like people: home broadband in their own time zones,
    browsers and phones, evening sessions, a few dozen requests each, mostly reasoning asks in
    a handful of casual phrasings, the rest ordinary chat."""
    fam = "cordouan"
    n = irange(rng, 35, 55)
    phr = tuple(sorted({irange(rng, 0, 5) for _ in range(irange(rng, 2, 4))}))
    p_harvest = float(rng.uniform(0.55, 0.8))
    wave = float(rng.uniform(0.2, 0.7))
    p_new = float(rng.uniform(0.4, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, wave)
        e = min(ctx.t1, s + float(rng.uniform(2, 6)) * DAY)
        ts = _cat(
            session_times(
                rng,
                s,
                e,
                float(rng.uniform(0.6, 2.0)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 240)),
            )
        )
        prompts = [
            tx.casual_reasoning(rng, phr) if chance(rng, p_harvest) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=float(rng.uniform(500, 1000)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "people_like_low_and_slow",
            "pacing": "evening_sessions",
            "ip_source": "home_broadband_own_tz",
            "payment": "own",
            "phrasings": list(phr),
            "harvest_share": round(p_harvest, 2),
            "onboarding_wave": round(wave, 2),
        },
    )


def wolf_rock(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest from a phone farm: mobile user agents, a fresh carrier IPv6
    address per session, conversations seeded from ordinary chat and pushed on with follow-ups."""
    fam = "wolf_rock"
    n = irange(rng, 8, 14)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = pick(rng, TZS)
    curve_kind = pick(rng, ("evening", "flat"))
    curve = evening_person(tz) if curve_kind == "evening" else constant
    pays = _payments(rng, n, mode := _pay_mode(rng, 0.0, 0.5))
    per_day, size, gap = (
        float(rng.uniform(6, 15)),
        float(rng.uniform(5, 9)),
        float(rng.uniform(25, 90)),
    )
    start = _start(ctx, rng, 0.4)
    p_new = float(rng.uniform(0.6, 0.97))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="handset",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, MOBILE),
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        for sess in session_times(rng, start, ctx.t1, per_day, curve, size, gap):
            if not len(sess):
                continue
            seed_text = pick(rng, ctx.chat)
            prompts = [seed_text] + [tx.follow_up(rng, seed_text) for _ in range(len(sess) - 1)]
            extra = 350 * np.arange(len(sess)) + rng.integers(0, 120, size=len(sess))
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new, 0.0),
                ips=mobile_v6(rng, 1, carrier)[0],
                comp_median=float(rng.uniform(350, 700)),
                extra=extra,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogues",
            "pacing": f"sessions/{curve_kind}",
            "ip_source": f"mobile_v6:{carrier}",
            "payment": mode,
            "turns_mean": round(size, 1),
        },
    )


def ar_men(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multilingual parallel harvest: one coordinator job per concept, answered in many languages
    by per-language keys on residential proxies of that language's region, minutes apart."""
    fam = "ar_men"
    langs = _langs(rng, tx.LANGS, 8, 14)
    style_pool = sorted({irange(rng, 0, 2) for _ in range(2)})
    hold = float(rng.uniform(30, 120)) * MINUTE
    spread = float(rng.uniform(5, 60)) * MINUTE
    jobs_day = float(rng.uniform(15, 40))
    ua0 = sdk_ua(rng)
    start = _start(ctx, rng, 0.5)
    p_new = float(rng.uniform(0.7, 0.99))
    members = []
    for lang in langs:
        for _ in range(2 if chance(rng, 0.25) else 1):
            pool = resi(rng, irange(rng, 10, 50), tx.LANG_REGION[lang])
            a = ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role=f"lang_{lang}",
                campaign_id=cid,
                ua=ua0 if chance(rng, 0.7) else sdk_ua(rng),
                ips=pool,
            )
            members.append((lang, a, pool))
    jobs = thinned(rng, start, ctx.t1, jobs_day * (ctx.t1 - start) / DAY, constant)
    concepts = rng.integers(0, 10, size=len(jobs)).tolist()
    styles = [pick(rng, style_pool) for _ in range(len(jobs))]
    by_lang = {lang: [m for m in members if m[0] == lang] for lang in langs}
    owner = {lang: rng.integers(0, len(ms), size=len(jobs)) for lang, ms in by_lang.items()}
    for lang, a, pool in members:
        keep = owner[lang] == [m[1] for m in by_lang[lang]].index(a)
        ts = jobs[keep] + rng.uniform(0, spread, size=int(keep.sum()))
        order = np.argsort(ts)
        ts = ts[order]
        idx = np.flatnonzero(keep)[order].tolist()
        prompts = [tx.explain_concept(rng, lang, concepts[j], styles[j]) for j in idx]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(500, 1100)),
        )
    ctx.campaign(
        cid,
        fam,
        [m[1] for m in members],
        {
            "operation": "multilingual_parallel",
            "pacing": "fan_out_jobs",
            "jobs_per_day": round(jobs_day, 1),
            "languages": langs,
            "ip_source": "residential_sticky_by_language",
            "payment": "own",
            "styles": style_pool,
        },
    )


def la_jument(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hijacked keys: leaked API keys of small developers, each still carrying its owner's light
    daytime traffic, drained by a harvester from a proxy pool for hours until revoked."""
    fam = "la_jument"
    n = irange(rng, 8, 14)
    src = pick(rng, ("cloud", "residential"))
    pool = cloud(rng, irange(rng, 5, 30)) if src == "cloud" else resi(rng, irange(rng, 30, 150))
    h_ua = pick(rng, SDK_OTHER)
    rate = float(rng.uniform(10, 40))
    life_lo, life_hi = float(rng.uniform(4, 12)), float(rng.uniform(16, 60))
    theft_start = _start(ctx, rng, 0.5)
    mix = _langs(rng, ("reasoning", "synth", "rubric", "dialogue"), 1, 3)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="hijacked_key",
            campaign_id=cid,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "curl/8.5.0", "OpenAI/NodeJS 4.67.1")),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        own = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 20)) * 7, workday(tz))
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.3, 0.3),
            comp_median=300.0,
        )
        s = float(rng.uniform(theft_start, ctx.t1))
        e = min(ctx.t1, s + float(rng.uniform(life_lo, life_hi)) * HOUR)
        ts = thinned(rng, s, e, rate * (e - s) / HOUR, constant)
        prompts = []
        for _ in range(len(ts)):
            k = pick(rng, mix)
            if k == "reasoning":
                prompts.append(tx.reasoning_harvest(rng))
            elif k == "synth":
                prompts.append(tx.synth_dataset(rng))
            elif k == "rubric":
                prompts.append(tx.rubric_grade(rng, pick(rng, ctx.chat), pick(rng, ctx.passages)))
            else:
                prompts.append(tx.follow_up(rng))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, pool, 10 * MINUTE),
            ua=h_ua,
            comp_median=float(rng.uniform(500, 1200)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "hijacked_keys",
            "pacing": "owner_workday+drain_bursts",
            "drain_per_hour": round(rate, 1),
            "drain_hours": [round(life_lo, 1), round(life_hi, 1)],
            "ip_source": f"proxy:{src}",
            "payment": "owners'",
            "harvest_kinds": mix,
        },
    )


CAMPAIGN_FAMILIES = {
    "fastnet": fastnet,
    "eddystone": eddystone,
    "tevennec": tevennec,
    "skerryvore": skerryvore,
    "bishop_rock": bishop_rock,
    "longships": longships,
    "hook_head": hook_head,
    "minots_ledge": minots_ledge,
    "cordouan": cordouan,
    "wolf_rock": wolf_rock,
    "ar_men": ar_men,
    "la_jument": la_jument,
}
