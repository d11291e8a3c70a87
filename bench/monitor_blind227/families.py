"""Campaign families of blind batch 227 (code names from BMX racing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts, writes their events and records
the campaign in the truth. Everything is drawn from the family's own generator in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

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
from bench.monitor_blind227 import texts as tx

from distillguard.sim.ipspace import REGION_OF_TZ


def wpick(rng: np.random.Generator, items, weights) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def cards(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    """Payment fingerprints for n keys: one shared card, a few rotated cards, or one per key."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return [pool[i % len(pool)] for i in range(n)]
    return [hexid(rng, "pay") for _ in range(n)]


def orgs_for(rng: np.random.Generator, n: int, n_orgs: int) -> list[str]:
    pool = [hexid(rng, "org") for _ in range(n_orgs)]
    return [pool[i % n_orgs] for i in range(n)]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def lang_of_tz(rng: np.random.Generator, tz: int) -> str:
    table = {
        -8: ("en",),
        -5: ("en", "en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr", "es", "en"),
        2: ("de", "en"),
        3: ("ru",),
        5: ("en",),
        8: ("zh", "id"),
        9: ("ja",),
    }
    return pick(rng, table.get(tz, ("en",)))


# --------------------------------------------------------------------------------------------
# 1. release-day rush for reasoning traces from rented servers


def holeshot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "holeshot"
    n = irange(rng, 9, 17)
    n_orgs = irange(rng, 1, 3)
    orgs = orgs_for(rng, n, n_orgs)
    card_mode = pick(rng, ("shared", "few"))
    pays = cards(rng, n, card_mode)
    provider = pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "alibaba", "tencent"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    langs, lw = (
        ("en", "zh", "ru"),
        (rng.uniform(0.4, 0.7), rng.uniform(0.2, 0.4), rng.uniform(0.05, 0.2)),
    )
    styles = ("tags", "json", "monologue", "numbered")
    sw = rng.dirichlet(np.ones(len(styles)) * 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    questions = tx.question_prompts(ctx.chat)
    go = ctx.release + float(rng.uniform(0.3, 5.0)) * HOUR
    rate = float(rng.uniform(70, 130))
    streams = worker_pool(rng, go, ctx.t1, rate, n)
    for a, ts in zip(accts, streams, strict=True):
        probe = thinned(
            rng, ctx.release - 2 * DAY, ctx.release, float(rng.uniform(2, 12)), constant
        )
        ts = cat([probe, ts])
        prompts = [
            tx.reasoning_coercion(rng, wpick(rng, styles, sw), wpick(rng, langs, lw), questions)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool from release",
            "rate_per_hour": rate,
            "ip_source": f"rented /24 block at {provider}",
            "payment": card_mode,
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": list(langs),
            "styles": list(styles),
            "start_after_release_h": (go - ctx.release) / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading dressed as an evaluation vendor


def rhythm_section(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "rhythm_section"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    batch_ips = cloud(rng, irange(rng, 2, 4), "aws")
    langs = ("en", "de", "ja")
    lw = (0.7, 0.2 if tz in (1, 2) else 0.1, 0.2 if tz == 9 else 0.05)
    styles = ("rubric", "pairwise", "reward", "critique")
    sw = rng.dirichlet(np.ones(len(styles)) * 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, SDK_COMMON[:3]),
            ips=office + batch_ips,
            tz=tz,
        )
        for _ in range(n)
    ]
    night_rate = float(rng.uniform(40, 90))  # per hour while the nightly batch runs
    a0 = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    pre = worker_pool(
        rng, a0, ctx.release, night_rate * 0.5 * 5.0 / 24.0, n, nightly(22.0, 5.0, tz)
    )
    post = worker_pool(
        rng, ctx.release, ctx.t1, night_rate * 1.6 * 6.0 / 24.0, n, nightly(22.0, 6.0, tz)
    )
    for a, p0, p1 in zip(accts, pre, post, strict=True):
        batch = cat([p0, p1])
        starts = thinned(
            rng, a0, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - a0) / DAY, workday(tz)
        )
        office_ts = [np.asarray(b) for b in _trains(rng, starts, 10.0, 5.0)]
        day_ts = cat(office_ts)
        ts = np.concatenate([batch, day_ts])
        ips = picks(rng, batch_ips, len(batch)) + picks(rng, office, len(day_ts))
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        prompts = [
            tx.judge_prompt(
                rng,
                wpick(rng, styles, sw),
                wpick(rng, langs, lw),
                ctx.chat,
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), ips=ips, comp_median=320.0
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge and reward-model grading harvest",
            "pacing": "nightly batch + office bursts",
            "ip_source": "office broadband + aws",
            "payment": "one corporate card",
            "office_tz": tz,
            "languages": list(langs),
            "styles": list(styles),
            "night_rate_per_hour": night_rate,
        },
    )


def _trains(
    rng: np.random.Generator, starts: np.ndarray, size_mean: float, gap: float
) -> list[np.ndarray]:
    out = []
    for s in np.asarray(starts).tolist():
        k = max(1, int(rng.poisson(size_mean)))
        out.append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        )
    return out


# --------------------------------------------------------------------------------------------
# 3. censorship-safe rewrites and refusals, stolen cards behind VPN exits, keys that churn


def gate_drop(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "gate_drop"
    n = irange(rng, 12, 22)
    providers = [pick(rng, ("m247", "leaseweb", "vultr", "scaleway")) for _ in range(2)]
    pool = [ip for p in providers for ip in cloud(rng, irange(rng, 5, 10), p)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            ua=pick(rng, SDK_COMMON + SDK_OTHER),
            ips=pool,
        )
        for _ in range(n)
    ]
    a, b = ctx.t0 + float(rng.uniform(0.2, 1.0)) * DAY, ctx.t1
    starts = a + (b - a) * (np.arange(n) / n) - rng.uniform(0, 0.6, size=n) * DAY
    ends = starts + rng.uniform(1.4, 3.2, size=n) * DAY
    rate = float(rng.uniform(35, 70))
    ts_all = thinned(rng, a, b, rate * (b - a) / HOUR, global_load(float(rng.uniform(3, 8)), 0.6))
    who = np.full(len(ts_all), -1)
    for i, t in enumerate(ts_all.tolist()):
        live = np.flatnonzero((starts <= t) & (ends > t))
        if len(live):
            who[i] = int(live[int(rng.integers(len(live)))])
    langs, lw = ("zh", "en", "ru", "ar", "vi"), (0.45, 0.2, 0.12, 0.12, 0.11)
    hold = float(rng.uniform(0.5, 1.5)) * HOUR
    for i, acct in enumerate(accts):
        ts = ts_all[who == i]
        prompts = [
            tx.policy_rewrite(rng, wpick(rng, langs, lw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
        if len(ts) > 5 and chance(rng, 0.5):
            status[-irange(rng, 1, 4) :] = 402  # the stolen card is reported: payment required
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            status=status,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite and refusal harvest",
            "pacing": "churning keys on one queue",
            "ip_source": f"VPN exits ({', '.join(providers)}), sticky {hold / HOUR:.1f} h",
            "payment": "stolen card per key",
            "languages": list(langs),
            "rate_per_hour": rate,
            "key_life_days": [1.4, 3.2],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def pro_section(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "pro_section"
    n = irange(rng, 6, 11)
    n_orgs = irange(rng, 1, 2)
    orgs, pay = orgs_for(rng, n, n_orgs), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, n + 2, provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=orgs[i],
            pay=pay,
            ua=ua,
            ips=[ips[i], ips[-1]],
        )
        for i in range(n)
    ]
    styles = ("react", "functions", "xml")
    sw = rng.dirichlet(np.ones(3) * 3)
    a = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    rate_pre, rate_post = float(rng.uniform(2, 4)), float(rng.uniform(9, 15))
    eps = [
        cat([x, y])
        for x, y in zip(
            worker_pool(rng, a, ctx.release, rate_pre, n),
            worker_pool(rng, ctx.release, ctx.t1, rate_post, n),
            strict=True,
        )
    ]
    for acct, starts in zip(accts, eps, strict=True):
        ts_l, pr_l = [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 9)
            task = tx.agent_task(rng, wpick(rng, ("en", "es", "zh"), (0.75, 0.15, 0.1)))
            pr_l.extend(tx.agent_transcript(rng, wpick(rng, styles, sw), task, steps))
            ts_l.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=steps - 1))]
                )
            )
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [pr_l[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=160.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest",
            "pacing": "episodes of 3-9 chained calls",
            "episodes_per_hour": [rate_pre, rate_post],
            "ip_source": f"{provider} instances + NAT",
            "payment": "one card",
            "orgs": n_orgs,
            "user_agent": ua,
            "styles": list(styles),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction datasets, slow sequential generation runs


def step_up(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "step_up"
    n = irange(rng, 3, 6)
    orgs = orgs_for(rng, n, 2)
    pays = cards(rng, n, "few")
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    ips = cloud(rng, n, provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua="python-requests/2.32.3",
            ips=[ips[i]],
        )
        for i in range(n)
    ]
    langs, lw = ("en", "es", "pt", "id", "hi"), (0.6, 0.1, 0.1, 0.1, 0.1)
    styles = ("jsonl", "seeded", "evolve", "persona")
    gap = float(rng.uniform(60, 110))
    for acct in accts:
        parts = []
        for _ in range(irange(rng, 3, 5)):
            s = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.3 * DAY))
            length = float(rng.uniform(4, 10)) * HOUR
            k = int(length / gap)
            parts.append(s + np.cumsum(rng.lognormal(np.log(gap), 0.3, size=k)))
        ts = cat(parts)
        style = pick(rng, styles)
        prompts = [
            tx.dataset_prompt(
                rng,
                style if chance(rng, 0.7) else pick(rng, styles),
                wpick(rng, langs, lw),
                ctx.chat,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=1600.0,
            comp_sigma=0.35,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": "sequential runs of 4-10 h",
            "gap_s": gap,
            "ip_source": f"one {provider} server per key",
            "payment": "two or three prepaid cards",
            "languages": list(langs),
            "styles": list(styles),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest replaying public prompts through a residential crowd


def transfer_moto(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "transfer_moto"
    n = irange(rng, 22, 38)
    tzs = (-8, -5, 0, 1, 2)
    accts, plans = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        mob = chance(rng, 0.2)
        ua = pick(rng, MOBILE[:3]) if mob else pick(rng, BROWSERS)
        ips = home(rng, 1 if chance(rng, 0.7) else irange(rng, 2, 3), tz)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="persona",
                campaign_id=camp,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        plans.append(
            (
                tz,
                float(rng.uniform(2.0, 4.5)),
                float(rng.uniform(4, 8)),
                float(rng.uniform(45, 110)),
            )
        )
    asides = tx.short_prompts(ctx.chat, 5, 120)
    for acct, (tz, per_day, size, gap) in zip(accts, plans, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.4)
        ts_l, pr = [], []
        for sess in session_times(rng, start, ctx.t1, per_day, curve, size, gap):
            ts_l.append(sess)
            pr.append(tx.humanise(rng, tx.clip_text(rng, pick(rng, ctx.chat), 10, 2000), 0.1))
            pr.extend(
                tx.followup(rng) if chance(rng, 0.5) else pick(rng, asides)
                for _ in range(len(sess) - 1)
            )
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ips = picks(rng, acct.ips, len(ts)) if len(acct.ips) > 1 else acct.ips[0]
        ctx.emit(
            rng, acct, ts, pr, models=ctx.models(rng, ts, 0.6, 0.05), ips=ips, comp_median=400.0
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest by public prompt replay",
            "pacing": "human-like sessions, evening or office days",
            "ip_source": "static residential proxies",
            "payment": "one prepaid virtual card per persona",
            "user_agent": "browsers and phones",
            "timezones": list(tzs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: one prompt sent many times at once


def number_plate(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "number_plate"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="AsyncOpenAI/Python 1.60.0",
            ips=ips,
        )
        for _ in range(n)
    ]
    styles = ("mcq", "label", "creative", "open")
    sw = rng.dirichlet(np.ones(4) * 2)
    a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    rate = float(rng.uniform(6, 12))
    nmin, nmax = pick(rng, ((4, 8), (5, 10), (8, 16)))
    for acct, starts in zip(accts, worker_pool(rng, a, ctx.t1, rate, n), strict=True):
        ts_l, pr, comp, models = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, nmin, nmax)
            p, c = tx.soft_label_prompt(rng, wpick(rng, styles, sw), ctx.chat)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.7, size=k - 1))])
            ts_l.append(t)
            pr.extend([p] * k)
            comp.extend([c] * k)
            models.extend(ctx.models(rng, t[:1], 0.97, 0.0) * k)
        if not ts_l:
            continue
        ctx.emit(
            rng,
            acct,
            np.concatenate(ts_l),
            pr,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "bursts of identical prompts",
            "samples_per_prompt": [nmin, nmax],
            "bursts_per_hour": rate,
            "ip_source": f"{provider} instances",
            "payment": "one card",
            "styles": list(styles),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: grade by grade, skill by skill, at night


def freewheel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "freewheel"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "digitalocean")
    tz = pick(rng, (8, 3, 1))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=ips,
            tz=tz,
        )
        for _ in range(n)
    ]
    a = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    rate = float(rng.uniform(80, 150))  # per hour inside the nightly window
    ts = thinned(
        rng,
        a,
        ctx.t1,
        rate * 6.0 / 24.0 * (ctx.t1 - a) / HOUR,
        nightly(float(rng.uniform(0, 3)), 6.0, tz),
    )
    who = rng.integers(0, n, size=len(ts))
    total = max(1, len(ts))
    style = pick(rng, ("bracket", "task"))
    langs, lw = ("en", "es", "fr"), (0.7, 0.15, 0.15)
    prompts = []
    for i in range(len(ts)):
        level = 1 + i * 12 // total
        prompts.append(
            tx.curriculum_item(rng, style, wpick(rng, langs, lw), i % len(tx.CURRICULUM), level, i)
        )
    for j, acct in enumerate(accts):
        sel = np.flatnonzero(who == j)
        t = ts[sel]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in sel.tolist()],
            models=ctx.models(rng, t, 1.0, 0.0),
            comp_median=900.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep (levels 1-12 in order)",
            "pacing": "nightly 6 h windows",
            "rate_per_hour": rate,
            "ip_source": "digitalocean",
            "payment": "one card",
            "tz": tz,
            "style": style,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: every passage fanned out into many languages


def gate_pin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "gate_pin"
    n = irange(rng, 5, 10)
    pays = cards(rng, n, "few")
    provider = pick(rng, ("contabo", "ovh", "hetzner"))
    ips = cloud(rng, n, provider)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=pays[i],
            ua=ua,
            ips=[ips[i]],
        )
        for i in range(n)
    ]
    styles = ("plain", "quoted", "pro", "zh")
    main_style = pick(rng, styles)
    a = ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(30, 60))
    ts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, constant)
    prompts: list[str] = []
    while len(prompts) < len(ts):
        src = ctx.passages if chance(rng, 0.7) else ctx.chat
        text = tx.clip_text(rng, pick(rng, src), 200, 1500)
        k = irange(rng, 4, 10)
        targets = [
            tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), size=k, replace=False).tolist()
        ]
        style = main_style if chance(rng, 0.8) else pick(rng, styles)
        prompts.extend(tx.translate_prompt(rng, style, text, t) for t in targets)
    prompts = prompts[: len(ts)]
    who = rng.integers(0, n, size=len(ts))
    for j, acct in enumerate(accts):
        sel = np.flatnonzero(who == j)
        t = ts[sel]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in sel.tolist()],
            models=ctx.models(rng, t, 0.85, 0.05),
            comp_median=380.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "pacing": "24/7 queue, passage fan-out 4-10 languages",
            "rate_per_hour": rate,
            "ip_source": f"one {provider} server per key",
            "payment": "few cards, one org per key",
            "user_agent": ua,
            "style": main_style,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code-solution harvest hidden in a real coding product's traffic


def lane_choice(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "lane_choice"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    product = pick(
        rng, ("### Quillstack assistant", "### DevMarten copilot", "### Burrow IDE helper")
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    genuine = tx.coding_prompts(ctx.chat)
    rate = float(rng.uniform(60, 100))
    share_pre, share_post = float(rng.uniform(0.15, 0.25)), float(rng.uniform(0.3, 0.45))
    upgrade = ctx.release + float(rng.uniform(2, 20)) * HOUR
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, rate, n, global_load(float(rng.uniform(13, 17)), 0.55)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts, comp = [], []
        for t in ts.tolist():
            lang = pick(rng, tx.CODE_LANGS)
            if chance(rng, share_post if t >= upgrade else share_pre):
                prompts.append(tx.product_wrap(rng, product, tx.code_problem(rng, lang), lang))
                comp.append(900.0)
            else:
                prompts.append(
                    tx.product_wrap(
                        rng, product, tx.clip_text(rng, pick(rng, genuine), 10, 1800), lang
                    )
                )
                comp.append(350.0)
        u = rng.random(len(ts))
        models = [
            ctx.new_model
            if (t >= upgrade and x < 0.75)
            else (ctx.old_models[-1] if x > 0.8 else ctx.old_models[0])
            for t, x in zip(ts.tolist(), u.tolist(), strict=True)
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.asarray(comp))
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code-solution harvest mixed into a live product's traffic",
            "pacing": "product load curve",
            "harvest_share": [share_pre, share_post],
            "rate_per_hour": rate,
            "ip_source": "aws backend",
            "payment": "the company's card",
            "product": product,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged personal accounts, taken over around the release


def chainstay(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "chainstay"
    n = irange(rng, 12, 20)
    accts, plans = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="aged_account",
                campaign_id=camp,
                ua=ua,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
        plans.append(tz)
    swap_ua = pick(rng, SDK_OTHER)
    for acct, tz in zip(accts, plans, strict=True):
        take = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        # the original owner's history
        old = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 70.0
        )
        ts_o = cat(old)
        pr_o = [tx.clip_text(rng, pick(rng, ctx.chat), 10, 2000) for _ in range(len(ts_o))]
        ctx.emit(rng, acct, ts_o, pr_o, models=ctx.models(rng, ts_o, 0.2, 0.15))
        # the buyer's use: same region through a residential proxy, heavier, harvest prompts
        region = pick(rng, REGION_OF_TZ.get(tz, ("us",)))
        proxy = resi(rng, irange(rng, 3, 8), region)
        curve = evening_person(tz) if chance(rng, 0.5) else constant
        new = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(18, 40)),
        )
        if not new:
            continue
        ts_n = np.concatenate(new)
        ips = [ip for s in new for ip in [pick(rng, proxy)] * len(s)]
        lang = lang_of_tz(rng, tz)
        prompts = []
        for _ in range(len(ts_n)):
            u = rng.random()
            if u < 0.45:
                prompts.append(tx.casual_reasoning(rng, ctx.chat))
            elif u < 0.8:
                prompts.append(tx.domain_question(rng, lang if chance(rng, 0.5) else "en", "pro"))
            else:
                prompts.append(tx.code_problem(rng, pick(rng, tx.CODE_LANGS)))
        ua = acct.ua if chance(rng, 0.6) else swap_ua
        ctx.emit(
            rng,
            acct,
            ts_n,
            prompts,
            models=ctx.models(rng, ts_n, 0.85, 0.02),
            ips=ips,
            ua=ua,
            comp_median=700.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest through bought aged personal accounts",
            "pacing": "owner history, then heavier sessions",
            "ip_source": "home ISP, then residential proxies in the same region",
            "payment": "original owners' cards",
            "takeover": "release -1.2 to +1.0 days",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: low-and-slow crowd of personas asking expert questions in their own languages


def moto_sheet(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "moto_sheet"
    n = irange(rng, 30, 50)
    accts, plans = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        mob = chance(rng, 0.4)
        ua = pick(rng, MOBILE) if mob else pick(rng, BROWSERS)
        if mob and tz in (-8, -5) and chance(rng, 0.5):
            ips = mobile_v6(rng, irange(rng, 2, 4), "us_mobile")
        elif mob and tz == -3 and chance(rng, 0.5):
            ips = mobile_v6(rng, irange(rng, 2, 4), "br_mobile")
        else:
            ips = home(rng, 1, tz)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="persona",
                campaign_id=camp,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        plans.append((tz, lang_of_tz(rng, tz), pick(rng, ("student", "pro", "terse", "plain"))))
    for acct, (tz, lang, voice) in zip(accts, plans, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = evening_person(tz) if chance(rng, 0.7) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(50, 150)),
        )
        if not sess:
            continue
        ts = np.concatenate(sess)
        prompts = []
        for s in sess:
            for j in range(len(s)):
                if j > 0 and chance(rng, 0.25):
                    prompts.append(tx.followup(rng))
                else:
                    prompts.append(
                        tx.domain_question(
                            rng,
                            lang if chance(rng, 0.8) else "en",
                            voice if chance(rng, 0.8) else "plain",
                        )
                    )
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=500.0)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert-knowledge harvest by a low-and-slow persona crowd",
            "pacing": "1-3 short sessions a day per persona",
            "ip_source": "residential and carrier addresses by tz",
            "payment": "one card per persona",
            "user_agent": "browsers and phones",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "holeshot": holeshot,
    "rhythm_section": rhythm_section,
    "gate_drop": gate_drop,
    "pro_section": pro_section,
    "step_up": step_up,
    "transfer_moto": transfer_moto,
    "number_plate": number_plate,
    "freewheel": freewheel,
    "gate_pin": gate_pin,
    "lane_choice": lane_choice,
    "chainstay": chainstay,
    "moto_sheet": moto_sheet,
}

__all__ = ["CAMPAIGN_FAMILIES"]
