"""Campaign families of batch 267 (code names: words of fierljeppen, Frisian canal pole vaulting).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, writes
its events to `ctx.sink` and its accounts and campaign to `ctx.truth`. What each family is, and
which are built to be hard, is in this package's README (read it only after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind267 import texts as tx

#: user agents seen in the simulator's campaign-free background (its most common ones)
BG_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
#: conversation languages plausible for users of each UTC offset
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("ja", "en"),
}


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def lang_draw(rng: np.random.Generator, langs: list[str], weights: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=weights).tolist()]


def style_subset(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> list[int]:
    k = min(n_styles, irange(rng, lo, hi))
    return sorted(rng.choice(n_styles, size=k, replace=False).tolist())


def session_model(ctx: Ctx, rng: np.random.Generator, t: float, p_new: float, p_mini: float) -> str:
    if t >= ctx.release and chance(rng, p_new):
        return ctx.new_model
    return ctx.old_models[-1] if chance(rng, p_mini) else ctx.old_models[0]


def step_curve(at: float, before: float) -> bb.Curve:
    """Weight `before` until `at`, then 1."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= at, 1.0, before)

    return f


def bg_like_ua(rng: np.random.Generator, p_top: float) -> str:
    return BG_UA[0] if chance(rng, p_top) else pick(rng, BG_UA)


# --------------------------------------------------------------------------------------------


def polsstok(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, worker pool, pivot at the release."""
    fam = "polsstok"
    n = irange(rng, 6, 16)
    org = hexid(rng, "org") if chance(rng, 0.6) else None
    n_cards = pick(rng, (1, 1, 2, 3))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.4)
    langs = ["en", "zh", "ru", "es"]
    w = rng.dirichlet([4.0, 1.0, 1.0, 1.0])
    styles = {lg: style_subset(rng, 5, 2, 4) for lg in langs}
    start = ctx.release - float(rng.uniform(2, 14)) * HOUR
    probe = start - float(rng.uniform(1, 2)) * DAY
    rate = float(rng.uniform(60, 150))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.35)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % n_cards],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n, curve)
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1100, 1900))
    err = float(rng.uniform(0.01, 0.06))
    for i, a in enumerate(accts):
        pre = (
            bb.thinned(rng, probe, start, float(rng.uniform(15, 50)), bb.constant)
            if i < 2
            else np.empty(0)
        )
        ts = cat([pre, streams[i]])
        lg = lang_draw(rng, langs, w, len(ts))
        prompts = [tx.reasoning_prompt(rng, x, styles[x]) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "rate_per_hour": rate,
            "ip_source": f"hosting:{prov}",
            "payment": f"{n_cards}_shared_cards",
            "user_agent": ua,
            "languages": langs,
            "start": start,
            "p_new": p_new,
        },
    )


def aanloop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: scripted bursts from AWS, ramp after release."""
    fam = "aanloop"
    n = irange(rng, 4, 10)
    org = hexid(rng, "org")
    per_key_card = chance(rng, 0.5)
    shared = hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    langs = ["en", "de", "es", "fr", "ko"]
    w = rng.dirichlet([5.0, 1.0, 1.0, 1.0, 0.5])
    styles = {lg: style_subset(rng, 5, 2, 5) for lg in langs}
    before = float(rng.uniform(0.25, 0.6))
    curve = step_curve(ctx.release, before)
    p_new = float(rng.uniform(0.85, 0.95))
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=None if per_key_card else shared,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 2), "aws"),
            )
        )
    for a in accts:
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        per_day = float(rng.uniform(3, 8))
        starts = bb.thinned(rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, curve)
        ts = cat(
            bb.bursts(
                rng, starts, float(rng.uniform(15, 50)), float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1
            )
        )
        lg = lang_draw(rng, langs, w, len(ts))
        prompts = [tx.judge_prompt(rng, x, styles[x], ctx.chat, ctx.passages) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=280.0,
            comp_sigma=0.55,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "pacing": "bursts",
            "ip_source": "cloud:aws",
            "payment": "per_key" if per_key_card else "shared",
            "user_agent": ua,
            "languages": langs,
            "pre_release_weight": before,
            "p_new": p_new,
        },
    )


def kanaal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy / censorship-safe rewrites: short-lived keys on stolen cards behind a residential proxy pool."""
    fam = "kanaal"
    n = irange(rng, 25, 50)
    region = pick(rng, ("*", "us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 300, 800), region)
    langs = ["en", "zh", "ru", "ar", "es"]
    w = rng.dirichlet([3.0, 2.0, 1.0, 1.0, 1.0])
    styles = {lg: style_subset(rng, 5, 2, 5) for lg in langs}
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for _ in range(n):
        ua = pick(rng, bb.SDK_COMMON + bb.SDK_OTHER)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="disposable_key",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        s = float(rng.uniform(ctx.release - DAY, ctx.t1 - 0.7 * DAY))
        e = min(ctx.t1, s + float(rng.uniform(0.7, 2.5)) * DAY)
        ts = bb.thinned(rng, s, e, float(rng.uniform(40, 160)), bb.constant)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        lg = lang_draw(rng, langs, w, len(ts))
        prompts = [tx.policy_prompt(rng, x, styles[x], ctx.passages) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=ips,
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite",
            "pacing": "short_lived_keys",
            "ip_source": f"residential_proxy:{region}",
            "payment": "stolen_card_per_key",
            "languages": langs,
            "p_new": p_new,
        },
    )


def sloot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: episodes of chained calls from a cloud NAT."""
    fam = "sloot"
    n = irange(rng, 5, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 8), "gcp")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    langs = ["en", "es", "de", "ja"]
    w = rng.dirichlet([6.0, 1.0, 1.0, 1.0])
    styles = style_subset(rng, 3, 1, 3)
    start = ctx.release - float(rng.uniform(0, 8)) * HOUR
    eps_rate = float(rng.uniform(5, 14))
    gap = float(rng.uniform(4, 9))
    p_new = float(rng.uniform(0.88, 0.98))
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
            ips=nat,
        )
        for _ in range(n)
    ]
    starts = bb.worker_pool(rng, start, ctx.t1, eps_rate, n)
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, extra, models, comp = [], [], [], [], []
        for s in st.tolist():
            k = 3 + int(rng.poisson(5))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            ps, ex = tx.agent_episode(rng, lang_draw(rng, langs, w, 1)[0], k, pick(rng, styles))
            m = session_model(ctx, rng, s, p_new, 0.02)
            ts_all.append(t)
            prompts += ps
            extra += ex
            models += [m] * k
            comp += [150.0] * (k - 1) + [600.0]
        if not ts_all:
            continue
        ctx.emit(
            rng,
            a,
            np.concatenate(ts_all),
            prompts,
            models=models,
            extra=np.asarray(extra),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "episodes_worker_pool",
            "episodes_per_hour": eps_rate,
            "ip_source": "cloud_nat:gcp",
            "payment": "one_card",
            "user_agent": ua,
            "languages": langs,
            "p_new": p_new,
        },
    )


def vlonder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: nightly cron bursts plus a trickle, two orgs."""
    fam = "vlonder"
    n = irange(rng, 3, 8)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    prov = pick(rng, ("oracle", "alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    langs = ["en", "zh", "es", "pt", "id"]
    w = rng.dirichlet([4.0, 2.0, 1.0, 1.0, 1.0])
    styles = {"en": style_subset(rng, 5, 3, 5), "zh": [0, 1], "es": [0], "pt": [0], "id": [0]}
    p_new = float(rng.uniform(0.93, 0.99))
    go = ctx.release + float(rng.uniform(0, 12)) * HOUR
    accts = []
    for i in range(n):
        o, p = orgs[i % 2]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=o,
                pay=p,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 2), prov),
            )
        )
    cron_h = float(rng.uniform(0, 24))
    for a in accts:
        day0 = np.floor(go / DAY) * DAY
        starts = [
            day0 + d * DAY + (cron_h + float(rng.uniform(-0.3, 0.3))) * HOUR for d in range(4)
        ]
        starts = np.asarray([s for s in starts if s >= go - 6 * HOUR])
        trains = bb.bursts(
            rng, starts, float(rng.uniform(80, 220)), float(rng.uniform(1.0, 3.0)), 0.4, ctx.t1
        )
        trickle = bb.thinned(
            rng, go, ctx.t1, float(rng.uniform(10, 30)) * (ctx.t1 - go) / DAY, bb.constant
        )
        ts = cat(trains + [trickle])
        lg = lang_draw(rng, langs, w, len(ts))
        prompts = [tx.synth_prompt(rng, x, styles[x], ctx.chat, ctx.passages) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "cron_bursts_and_trickle",
            "cron_hour_utc": cron_h,
            "ip_source": f"cloud:{prov}",
            "payment": "two_orgs",
            "user_agent": ua,
            "languages": langs,
            "p_new": p_new,
        },
    )


def zandbak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a person-like crowd: one account per 'person', home
    addresses in its region, evening sessions, its own card, background-like clients."""
    fam = "zandbak"
    n = irange(rng, 35, 70)
    tzs = [
        bb.TZS[i]
        for i in sorted(rng.choice(len(bb.TZS), size=irange(rng, 2, 3), replace=False).tolist())
    ]
    p_new = float(rng.uniform(0.55, 0.75))
    p_chat = float(rng.uniform(0.25, 0.5))
    accts = []
    prev_pay = None
    for _ in range(n):
        tz = pick(rng, tzs)
        pay = prev_pay if (prev_pay and chance(rng, 0.15)) else None
        ua = bg_like_ua(rng, 0.55) if chance(rng, 0.8) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        prev_pay = a.pay
        accts.append(a)
        lang = pick(rng, LANG_OF_TZ[tz])
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = bb.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            bb.evening_person(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(45, 100)),
        )
        ts_all, prompts, extra, models = [], [], [], []
        for t in sess:
            if not len(t):
                continue
            ps, ex = tx.dialogue_session(rng, lang, len(t), ctx.chat, p_chat)
            ts_all.append(t)
            prompts += ps
            extra += ex
            models += [session_model(ctx, rng, float(t[0]), p_new, 0.03)] * len(t)
        if ts_all:
            ctx.emit(
                rng,
                a,
                np.concatenate(ts_all),
                prompts,
                models=models,
                extra=np.asarray(extra),
                comp_median=420.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "pacing": "human_sessions_evening",
            "ip_source": "residential_static_by_tz",
            "payment": "own_card_mostly",
            "tzs": tzs,
            "p_new": p_new,
            "hard": True,
        },
    )


def dijk(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: every prompt sent n times in parallel from Azure."""
    fam = "dijk"
    n = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "azure")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    n_samples = pick(rng, (4, 5, 8, 10))
    styles = style_subset(rng, 4, 2, 4)
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    jobs = float(rng.uniform(8, 20))
    p_new = float(rng.uniform(0.93, 0.99))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    for a, st in zip(accts, bb.worker_pool(rng, start, ctx.t1, jobs, n), strict=True):
        ts_all, prompts, comp, models = [], [], [], []
        for s in st.tolist():
            k = max(2, n_samples + irange(rng, -1, 1))
            style = pick(rng, styles)
            p = tx.sampling_item(rng, style, ctx.chat)
            ts_all.append(s + np.sort(rng.uniform(0, 2.0, size=k)))
            prompts += [p] * k
            comp += [6.0 if style < 2 else 400.0] * k
            models += [session_model(ctx, rng, s, p_new, 0.0)] * k
        if ts_all:
            ctx.emit(
                rng,
                a,
                np.concatenate(ts_all),
                prompts,
                models=models,
                comp_median=np.asarray(comp),
                err=0.04,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "parallel_repeats_worker_pool",
            "n_samples": n_samples,
            "ip_source": "cloud:azure",
            "payment": "one_card",
            "user_agent": ua,
            "p_new": p_new,
        },
    )


def burgum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD (low and slow). A curriculum sweep walked cell by cell during office hours from an
    office line, by two to four keys of one small org."""
    fam = "burgum"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    lang = "fr" if chance(rng, 0.25) else "en"
    grid = tx.curriculum_grid(lang)
    p_new = float(rng.uniform(0.5, 0.7))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=BG_UA[0] if chance(rng, 0.6) else "python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    offset = irange(rng, 0, len(grid) - 1)
    for i, a in enumerate(accts):
        ts = bb.thinned(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2),
            ctx.t1,
            float(rng.uniform(150, 350)),
            bb.workday(tz),
        )
        cells = grid[i::n]
        prompts = [cells[(offset + j) % len(cells)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=750.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_office_hours",
            "ip_source": "office_broadband",
            "payment": "one_card",
            "language": lang,
            "grid_cells": len(grid),
            "tz": tz,
            "p_new": p_new,
            "hard": True,
        },
    )


def winsum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest into low-resource languages through rotating VPN exits."""
    fam = "winsum"
    n = irange(rng, 4, 9)
    cards = [hexid(rng, "pay") for _ in range(2)]
    pool = bb.rented_block(rng, "m247", irange(rng, 2, 4), 4) + bb.rented_block(
        rng, "leaseweb", irange(rng, 1, 3), 4
    )
    targets = [
        tx._TARGETS[i]
        for i in sorted(
            rng.choice(len(tx._TARGETS), size=irange(rng, 6, 12), replace=False).tolist()
        )
    ]
    styles = style_subset(rng, 5, 2, 5)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(30, 80))
    p_new = float(rng.uniform(0.8, 0.92))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=bb.sdk_ua(rng, 0.5),
            ips=pool,
        )
        for i in range(n)
    ]
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        prompts, comp = [], []
        for _ in range(len(ts)):
            p, src = tx.translation_prompt(rng, styles, targets, ctx.chat, ctx.passages)
            prompts.append(p)
            comp.append(max(20.0, src / 4 * (2.3 if "back-translate" in p else 1.3)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=picks(rng, pool, len(ts)),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "worker_pool",
            "rate_per_hour": rate,
            "ip_source": "vpn_exits:m247+leaseweb",
            "payment": "two_prepaid_cards",
            "targets": targets,
            "p_new": p_new,
        },
    )


def ljouwert(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real developer product's backend (real user questions, wrapped in the product's
    template) into whose stream the operator mixes code-solution harvest, more after the release."""
    fam = "ljouwert"
    product = pick(rng, ("Docent", "Brightlane", "Quillmate", "Stacknote", "Loomkit"))
    tpl = irange(rng, 0, 2)
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = BG_UA[1] if chance(rng, 0.7) else BG_UA[0]
    curve = bb.global_load(float(rng.uniform(13, 18)), 0.6)
    rate = float(rng.uniform(25, 55))
    frac_pre, frac_post = float(rng.uniform(0.04, 0.1)), float(rng.uniform(0.3, 0.5))
    style = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, nat, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    pre = bb.thinned(
        rng, ctx.t0, ctx.release, rate * frac_pre * (ctx.release - ctx.t0) / HOUR, curve
    )
    post = bb.thinned(
        rng, ctx.release, ctx.t1, rate * frac_post * (ctx.t1 - ctx.release) / HOUR, curve
    )
    harvest = cat([pre, post])
    ts = np.concatenate([real, harvest])
    is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(harvest), bool)])
    who = rng.integers(0, n, size=len(ts))
    qn = irange(rng, 10000, 90000)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i).tolist()
        prompts, models, comp = [], [], []
        for j in sel:
            qn += irange(rng, 1, 5)
            h = bool(is_h[j])
            text = (
                tx.code_harvest(rng, style) if h else tx._clip(pick(rng, ctx.chat), 10, 1200, rng)
            )
            prompts.append(tx.product_wrap(product, tpl, text, qn))
            models.append(
                session_model(ctx, rng, float(ts[j]), 0.92 if h else 0.3, 0.0 if h else 0.15)
            )
            comp.append(1100.0 if h else 350.0)
        ctx.emit(rng, a, ts[sel], prompts, models=models, comp_median=np.asarray(comp), err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_in_product",
            "product": product,
            "pacing": "global_product_load",
            "rate_per_hour": rate,
            "harvest_fraction": [frac_pre, frac_post],
            "ip_source": "cloud_nat:aws",
            "payment": "company_card",
            "user_agent": ua,
            "hard": True,
        },
    )


def pole_climb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Aged accounts (bought or compromised): real owners' ordinary use from home, then
    expert-answer harvest from residential proxies in the same region, keeping the owner's card."""
    fam = "pole_climb"
    n = irange(rng, 15, 30)
    langs = ["en", "de", "pt"]
    w = rng.dirichlet([6.0, 1.0, 1.0])
    p_new = float(rng.uniform(0.75, 0.9))
    op_ua = bb.sdk_ua(rng, 0.6)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = bg_like_ua(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        bought = chance(rng, 0.5)
        own_rate = float(rng.uniform(0.5, 2.0))
        own_end = take if bought else ctx.t1
        own = bb.session_times(
            rng,
            ctx.t0,
            own_end,
            own_rate * (1.0 if bought else 0.7),
            bb.evening_person(tz),
            3.0,
            60.0,
        )
        own_ts = cat(own)
        if len(own_ts):
            prompts = [tx._clip(pick(rng, ctx.chat), 5, 1500, rng) for _ in range(len(own_ts))]
            ctx.emit(
                rng,
                a,
                own_ts,
                prompts,
                models=ctx.models(rng, own_ts, 0.2, 0.15),
                comp_median=350.0,
            )
        curve = bb.constant if chance(rng, 0.5) else bb.evening_person(tz, spread=4.0)
        op = cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(4, 10)),
                curve,
                float(rng.uniform(6, 15)),
                float(rng.uniform(15, 40)),
            )
        )
        if not len(op):
            continue
        pool = bb.home(rng, irange(rng, 20, 60), tz)
        ips = bb.sticky(rng, op, pool, float(rng.uniform(30, 120)) * MINUTE)
        lg = lang_draw(rng, langs, w, len(op))
        prompts = [
            tx._clip(pick(rng, ctx.chat), 5, 1500, rng)
            if chance(rng, 0.15)
            else tx.expert_question(rng, x)
            for x in lg
        ]
        ctx.emit(
            rng,
            a,
            op,
            prompts,
            models=ctx.models(rng, op, p_new, 0.02),
            ips=ips,
            ua=ua if chance(rng, 0.6) else op_ua,
            comp_median=800.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_expert_qa",
            "pacing": "owner_then_operator_sessions",
            "ip_source": "home_then_residential_proxy_same_region",
            "payment": "owners_cards",
            "languages": langs,
            "p_new": p_new,
            "hard": True,
        },
    )


def grip_change(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: a public conversation set's human prompts sent once each through
    a crowd of accounts on residential proxies, in person-like sessions, cards shared by a few."""
    fam = "grip_change"
    n = irange(rng, 25, 45)
    region = pick(rng, ("us", "eu", "*"))
    tz_opts = {"us": (-8, -5), "eu": (0, 1, 2), "*": bb.TZS}[region]
    pool = bb.resi(rng, irange(rng, 200, 500), region)
    group = irange(rng, 4, 8)
    cards = [hexid(rng, "pay") for _ in range(max(1, -(-n // group)))]
    p_new = float(rng.uniform(0.7, 0.85))
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_opts)
        ua = BG_UA[0] if chance(rng, 0.7) else bb.sdk_ua(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[int(rng.integers(len(cards)))],
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(a)
        s0 = (
            ctx.release
            - float(rng.uniform(0, 18)) * HOUR
            + float(rng.uniform(0, 1.5)) * DAY * chance(rng, 0.4)
        )
        ts = cat(
            bb.session_times(
                rng,
                s0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                bb.evening_person(tz),
                float(rng.uniform(6, 10)),
                float(rng.uniform(25, 60)),
            )
        )
        if not len(ts):
            continue
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), ips=ips, comp_median=380.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "human_sessions",
            "ip_source": f"residential_proxy:{region}",
            "payment": f"prepaid_card_per_{group}",
            "p_new": p_new,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "polsstok": polsstok,
    "aanloop": aanloop,
    "kanaal": kanaal,
    "sloot": sloot,
    "vlonder": vlonder,
    "zandbak": zandbak,
    "dijk": dijk,
    "burgum": burgum,
    "winsum": winsum,
    "ljouwert": ljouwert,
    "pole_climb": pole_climb,
    "grip_change": grip_change,
}
