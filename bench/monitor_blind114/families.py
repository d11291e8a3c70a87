"""Campaign families of batch 114 (code names from triathlon). Each is a generator
`family(ctx, rng, campaign_id)` that writes one campaign's accounts, events and truth through the
shared context of `bench/blind_batch.py`; every choice is drawn from the family's own rng.
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind114 import texts

LABEL = "campaign"


def _langs(
    rng: np.random.Generator, pool: tuple[str, ...], k_max: int, first: str | None = None
) -> list[str]:
    k = irange(rng, 1, min(k_max, len(pool)))
    out = [str(x) for x in rng.choice(pool, size=k, replace=False).tolist()]
    if first is not None and first not in out:
        out[0] = first
    return out


def _lang_weights(rng: np.random.Generator, langs: list[str]) -> np.ndarray:
    w = rng.dirichlet(np.full(len(langs), 1.5))
    return w / w.sum()


def _draw_lang(rng: np.random.Generator, langs: list[str], w: np.ndarray) -> str:
    return langs[int(rng.choice(len(langs), p=w))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _boost_after(t: float, factor: float) -> Callable[[np.ndarray], np.ndarray]:
    """Weight 1/factor before t, 1 after (a rate that steps up at t)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= t, 1.0, 1.0 / factor)

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def transition_mat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "transition_mat"
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    langs = _langs(rng, ("en", "zh", "ru", "es"), 3, first="en" if chance(rng, 0.6) else None)
    lw = _lang_weights(rng, langs)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=irange(rng, 2, 4)).tolist()})
    n_orgs = irange(rng, 1, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    boost = float(rng.uniform(1.5, 3.5))
    accounts = []
    for _ in range(n_orgs):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.4)
        n_keys = irange(rng, 3, 8)
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
            for _ in range(n_keys)
        ]
        accounts += keys
        per_hour = float(rng.uniform(25, 90))
        streams = worker_pool(
            rng, start, ctx.t1, per_hour, n_keys, _boost_after(ctx.release, boost)
        )
        for acct, ts in zip(keys, streams, strict=True):
            prompts = [
                texts.reasoning_trace(rng, pick(rng, styles), _draw_lang(rng, langs, lw))
                for _ in ts
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.96, 0.02),
                comp_median=float(rng.uniform(900, 1700)),
                comp_sigma=0.45,
                err=0.03,
            )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "Poisson worker pool per org, steps up at release",
            "ip_source": f"rented {provider} block",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "boost_at_release": round(boost, 2),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def aid_station(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "aid_station"
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    tz = int(pick(rng, TZS))
    langs = _langs(rng, ("en", "de", "ja"), 2, first="en")
    lw = _lang_weights(rng, langs)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3).tolist()})
    n_orgs = 1 if chance(rng, 0.7) else 2
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
            "litellm/1.60.2",
            "python-httpx/0.28.1",
        ),
    )
    start_h, hours = float(rng.uniform(0, 5)), float(rng.uniform(2, 5))
    per_night = float(rng.uniform(4, 10))
    accounts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=nat,
                tz=tz,
            )
            for _ in range(irange(rng, 3, 6))
        ]
        accounts += keys
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    starts = thinned(
        rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz)
    )
    day_starts = thinned(
        rng, start, ctx.t1, float(rng.uniform(1, 4)) * (ctx.t1 - start) / DAY, constant_day(tz)
    )
    trains = bursts(
        rng, starts, float(rng.uniform(40, 120)), float(rng.uniform(0.8, 3.0)), b=ctx.t1
    )
    trains += bursts(rng, day_starts, float(rng.uniform(8, 25)), float(rng.uniform(2, 6)), b=ctx.t1)
    who = rng.integers(0, len(accounts), size=len(trains))
    per_acct: list[list[np.ndarray]] = [[] for _ in accounts]
    for w, tr in zip(who.tolist(), trains, strict=True):
        per_acct[w].append(tr)
    for acct, parts in zip(accounts, per_acct, strict=True):
        ts = _cat(parts)
        prompts = []
        for _ in ts:
            q, a, b = pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            prompts.append(
                texts.judge_prompt(rng, pick(rng, styles), _draw_lang(rng, langs, lw), q, a, b)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(250, 450)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "judge / rubric / reward grading of harvested pairs",
            "pacing": "nightly bursts + small day bursts",
            "ip_source": f"{provider} NAT gateways",
            "payment": "corporate card per org",
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def constant_day(tz: int):
    return workday(tz, start=9, end=18, weekend=0.3, night=0.05)


# --------------------------------------------------------------------------------------------
# 3. safety-policy rewrites through VPN exits on rotating stolen-card keys


def penalty_box(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "penalty_box"
    providers = [
        str(x)
        for x in rng.choice(
            ["m247", "leaseweb", "vultr", "ovh", "linode"], size=irange(rng, 1, 3), replace=False
        ).tolist()
    ]
    pool = [ip for p in providers for ip in cloud(rng, irange(rng, 10, 30), p)]
    hold = float(rng.uniform(5, 30)) * MINUTE
    langs = _langs(rng, ("en", "zh", "ru", "ar"), 4, first="en")
    lw = _lang_weights(rng, langs)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3).tolist()})
    ua_mode = pick(rng, ("sdk", "browser", "mixed"))
    n_keys = irange(rng, 14, 30)
    first = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    spacing = (ctx.t1 - first) / n_keys
    accounts = []
    for i in range(n_keys):
        ua = (
            sdk_ua(rng, 0.3)
            if ua_mode == "sdk" or (ua_mode == "mixed" and chance(rng, 0.5))
            else pick(rng, BROWSERS)
        )
        acct = ctx.account(
            rng, label=LABEL, family=fam, role="rotating_key", campaign_id=cid, ua=ua, ips=pool
        )
        accounts.append(acct)
        a = first + i * spacing + float(rng.uniform(-0.3, 0.3)) * spacing
        b = a + float(rng.uniform(8, 40)) * HOUR
        ts = thinned(
            rng,
            max(a, ctx.t0),
            min(b, ctx.t1),
            float(rng.uniform(15, 50)) * (min(b, ctx.t1) - max(a, ctx.t0)) / HOUR,
            lambda x: np.ones(len(x)),
        )
        prompts = [
            texts.policy_rewrite(
                rng, pick(rng, styles), _draw_lang(rng, langs, lw), pick(rng, ctx.passages)
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 650)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": "sequential short-lived keys, flat Poisson",
            "ip_source": f"commercial VPN exits on {providers}, sticky {hold / MINUTE:.0f} min",
            "payment": "stolen card per key",
            "languages": langs,
            "styles": styles,
            "user_agent": ua_mode,
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def bento_box(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bento_box"
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
    )
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(irange(rng, 3, 8))
    ]
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2).tolist()})
    toolsets = [
        int(x)
        for x in rng.choice(len(texts.TOOLSETS), size=irange(rng, 2, 5), replace=False).tolist()
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    per_hour = float(rng.uniform(6, 20))
    base_ctx = irange(rng, 400, 2500)
    streams = worker_pool(
        rng,
        start,
        ctx.t1,
        per_hour,
        len(keys),
        _boost_after(ctx.release, float(rng.uniform(1.5, 3))),
    )
    for acct, eps in zip(keys, streams, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            tools = texts.TOOLSETS[pick(rng, toolsets)]
            task, style = texts.agent_task(rng), pick(rng, styles)
            n_steps = irange(rng, 3, 12)
            t = s
            for k in range(n_steps):
                ts_all.append(t)
                prompts.append(texts.agent_step(rng, style, k, task, tools))
                extra.append(base_ctx + k * irange(rng, 150, 600))
                t += float(rng.lognormal(np.log(6.0), 0.6))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.05),
            comp_median=float(rng.uniform(180, 400)),
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": "episodes of 3-12 chained calls, Poisson starts",
            "ip_source": f"{provider} NAT",
            "payment": "one card",
            "styles": styles,
            "toolsets": toolsets,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation bursts


def race_belt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "race_belt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = sdk_ua(rng, 0.6)
    langs = _langs(rng, ("en", "es", "fr", "de", "pt", "hi", "id", "zh"), 4, first="en")
    lw = _lang_weights(rng, langs)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3).tolist()})
    keys = []
    for _ in range(irange(rng, 2, 5)):
        keys.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2)),
            )
        )
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    for acct in keys:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 16)) * (ctx.t1 - start) / DAY,
            _boost_after(ctx.release, 4.0),
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 60)), float(rng.uniform(0.4, 2.0)), b=ctx.t1)
        )
        prompts = [
            texts.synth_dataset(rng, pick(rng, styles), _draw_lang(rng, langs, lw)) for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=float(rng.uniform(2200, 3800)),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "synthetic dataset generation",
            "pacing": "async bursts, 4x after release",
            "ip_source": "scattered cloud VMs",
            "payment": "one card",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling


def pull_buoy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pull_buoy"
    provider = pick(rng, ("gcp", "oracle", "aws", "hetzner"))
    pool = [texts.sample_pool_question(rng) for _ in range(irange(rng, 300, 1200))]
    style = irange(rng, 0, 2)
    n_lo = irange(rng, 3, 6)
    n_hi = n_lo + irange(rng, 2, 10)
    accounts = []
    for _ in range(1 if chance(rng, 0.6) else 2):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.5)
        accounts += [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="sampler",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
            for _ in range(irange(rng, 1, 3))
        ]
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    jobs = worker_pool(rng, start, ctx.t1, float(rng.uniform(6, 25)), len(accounts))
    for acct, js in zip(accounts, jobs, strict=True):
        ts_all, prompts = [], []
        for s in js.tolist():
            q = pick(rng, pool)
            n = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.exponential(1.2, size=n - 1))])
            ts_all += t.tolist()
            prompts += [texts.soft_label_wrap(rng, style, q, k + 1) for k in range(n)]
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 1.0, 0.0),
            comp_median=float(rng.uniform(40, 180)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "jobs of n identical requests within seconds",
            "ip_source": f"{provider}",
            "payment": "card per org",
            "n_range": [n_lo, n_hi],
            "pool": len(pool),
            "style": style,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep, slow keys on phone-farm carrier addresses


def negative_split(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "negative_split"
    langs = _langs(rng, ("en", "fr", "pt", "hi", "id"), 4)
    lw = _lang_weights(rng, langs)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    subjects = [
        str(x)
        for x in rng.choice(texts.CURR_SUBJECTS, size=irange(rng, 3, 6), replace=False).tolist()
    ]
    levels = irange(rng, 8, 20)
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2).tolist()})
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "okhttp/4.12.0"))
    n_orgs = irange(rng, 3, 6)
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    span = ctx.t1 - start
    accounts = []
    tz = int(pick(rng, TZS))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        for _ in range(irange(rng, 4, 10)):
            acct = ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="phone",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=mobile_v6(rng, 1, carrier),
                tz=tz,
            )
            accounts.append(acct)
            a = start + float(rng.uniform(0, 0.2)) * span
            ts = thinned(rng, a, ctx.t1, float(rng.uniform(1.5, 5)) * (ctx.t1 - a) / HOUR, curve)
            ips = sticky(
                rng,
                ts,
                mobile_v6(rng, max(4, len(ts) // 6 + 1), carrier),
                float(rng.uniform(30, 120)) * MINUTE,
            )
            prompts = []
            for t in ts.tolist():
                lvl = 1 + min(levels - 1, int((t - start) / span * levels))
                prompts.append(
                    texts.curriculum(
                        rng,
                        pick(rng, styles),
                        _draw_lang(rng, langs, lw),
                        lvl,
                        levels,
                        pick(rng, subjects),
                    )
                )
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.88, 0.05),
                ips=ips,
                comp_median=float(rng.uniform(500, 1000)),
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "difficulty-graded curriculum sweep",
            "pacing": "slow flat Poisson per key (1.5-5/h)",
            "ip_source": f"carrier IPv6 ({carrier}), rotating",
            "payment": "prepaid card per org",
            "orgs": n_orgs,
            "languages": langs,
            "subjects": subjects,
            "levels": levels,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest from CI runners on trial accounts


def aero_bars(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "aero_bars"
    provider = pick(rng, ("azure", "aws", "gcp"))
    ua = pick(
        rng,
        ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"),
    )
    langs_code = [
        str(x) for x in rng.choice(texts.CODE_LANGS, size=irange(rng, 3, 8), replace=False).tolist()
    ]
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3).tolist()})
    n_keys = irange(rng, 8, 22)
    period = float(rng.uniform(2, 6)) * HOUR
    accounts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="trial_key",
            campaign_id=cid,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accounts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        runs = np.arange(a + float(rng.uniform(0, period)), ctx.t1, period)
        runs = np.sort(runs + rng.normal(0, 6 * MINUTE, size=len(runs)))[: irange(rng, 4, 30)]
        trains = bursts(rng, runs, float(rng.uniform(15, 50)), float(rng.uniform(3, 10)), b=ctx.t1)
        ts = _cat(trains)
        ips: list[str] = []
        for tr in trains:
            ips += [cloud(rng, 1, provider)[0]] * len(tr)
        order = np.argsort(np.concatenate(trains) if trains else np.empty(0), kind="stable")
        ips = [ips[i] for i in order.tolist()]
        prompts = [texts.code_task(rng, pick(rng, styles), pick(rng, langs_code)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips,
            comp_median=float(rng.uniform(600, 1100)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "code-solution harvest",
            "pacing": f"CI cron every {period / HOUR:.1f} h, bursts per run",
            "ip_source": f"fresh {provider} runner address per run",
            "payment": "virtual prepaid card per trial key",
            "code_languages": langs_code,
            "styles": styles,
            "languages": ["en"],
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing product's traffic


def timing_chip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "timing_chip"
    brand = pick(rng, ("Inkwell", "Parasol", "Wordsmithy", "Clearpen", "Phrasely", "Scribo"))
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(35, 90))
    share = float(rng.uniform(0.3, 0.6))
    pivot = ctx.release + float(rng.uniform(0, 14)) * HOUR
    product_new = float(rng.uniform(0.3, 0.6))
    real = worker_pool(rng, ctx.t0, ctx.t1, rate, len(keys), curve)
    harvest = worker_pool(rng, pivot, ctx.t1, rate * share, len(keys), curve)
    langs = ["en", "es", "de", "pt"] if chance(rng, 0.5) else ["en"]
    for acct, r, h in zip(keys, real, harvest, strict=True):
        prompts_r = [
            texts.writing_app(
                rng, brand, pick(rng, ctx.chat), pick(rng, langs) if chance(rng, 0.15) else "en"
            )
            for _ in r
        ]
        ctx.emit(
            rng,
            acct,
            r,
            prompts_r,
            models=ctx.models(rng, r, product_new, 0.1),
            comp_median=300.0,
            err=0.01,
        )
        prompts_h = []
        for _ in h:
            src = (
                pick(rng, ctx.passages)
                if chance(rng, 0.7)
                else texts.reasoning_trace(rng, irange(rng, 0, 3), "en")
            )
            prompts_h.append(
                texts.writing_app(rng, brand, src, pick(rng, langs) if chance(rng, 0.15) else "en")
            )
        ctx.emit(
            rng,
            acct,
            h,
            prompts_h,
            models=ctx.models(rng, h, 1.0, 0.0),
            comp_median=420.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "harvest mixed into a live writing product's own traffic",
            "brand": brand,
            "pacing": "product's global load curve for both parts",
            "harvest_share": round(share, 2),
            "pivot_ts": pivot,
            "ip_source": f"product backend on {provider}",
            "payment": "company card",
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged consumer accounts, switched to harvest after the release


def brick_session(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "brick_session"
    n = irange(rng, 12, 24)
    p_sdk = float(rng.uniform(0.3, 0.8))
    job_mix = rng.dirichlet([2, 1, 1])
    accounts = []
    pivots = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua0 = pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng, 0.7)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accounts.append(acct)
        pivot = ctx.release + float(rng.uniform(-0.5, 1.6)) * DAY
        pivots.append(pivot)
        # the original owner's life before the sale
        sess = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.4, 2.0)), evening_person(tz), 3.0, 70.0
        )
        for s in sess:
            prompts = [pick(rng, ctx.chat)] + [
                texts.casual_followup(rng) for _ in range(len(s) - 1)
            ]
            ctx.emit(rng, acct, s, prompts, models=ctx.models(rng, s, 0.2, 0.15), comp_median=350.0)
        # the buyer: same region through residential proxies, semi-human sessions
        proxy = home(rng, irange(rng, 6, 20), tz)
        ua1 = sdk_ua(rng, 0.6) if chance(rng, p_sdk) else ua0
        sess = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 10)),
            evening_person(tz, spread=5.0),
            float(rng.uniform(6, 14)),
            float(rng.uniform(20, 60)),
            0.5,
        )
        lang = {-3: "es", 8: "zh", 3: "ru"}.get(tz, "en")
        for s in sess:
            prompts = []
            for _ in s:
                j = int(rng.choice(3, p=job_mix))
                if j == 0:
                    prompts.append(
                        texts.reasoning_trace(
                            rng, irange(rng, 0, 3), lang if chance(rng, 0.6) else "en"
                        )
                    )
                elif j == 1:
                    prompts.append(texts.code_task(rng, irange(rng, 0, 3)))
                else:
                    prompts.append(pick(rng, ctx.chat))
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, 0.95, 0.0),
                ips=sticky(rng, s, proxy, 1800.0),
                ua=ua1,
                comp_median=700.0,
                err=0.015,
            )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "harvest on bought aged consumer accounts",
            "pivot_ts": [float(p) for p in pivots],
            "pacing": "owner's sessions, then denser semi-human sessions",
            "ip_source": "home ISP, then same-region residential proxies",
            "payment": "the original owners' cards",
            "p_switch_to_sdk": round(p_sdk, 2),
            "job_mix": [round(float(x), 2) for x in job_mix],
            "languages": ["en", "es", "zh", "ru"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay with multi-turn follow-ups by a person-like crowd


def sighting_buoy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sighting_buoy"
    n = irange(rng, 35, 70)
    cards = [hexid(rng, "pay") for _ in range(max(3, int(n * float(rng.uniform(0.6, 1.0)))))]
    p_mobile = float(rng.uniform(0.2, 0.6))
    onboard_a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    accounts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, MOBILE) if chance(rng, p_mobile) else pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accounts.append(acct)
        a = onboard_a + float(rng.uniform(0, 2.5)) * DAY
        proxy = home(rng, irange(rng, 3, 10), tz)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 120)),
        )
        for s in sess:
            prompts = [pick(rng, ctx.chat)] + [
                texts.casual_followup(rng) for _ in range(len(s) - 1)
            ]
            ip = pick(rng, proxy)
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, 0.92, 0.0),
                ips=[ip] * len(s),
                comp_median=float(rng.uniform(350, 600)),
            )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "public prompt replay + multi-turn follow-ups",
            "pacing": "human-like evening sessions",
            "ip_source": "residential proxy matching each account's timezone, one address per session",
            "payment": f"{len(cards)} stolen cards over {n} accounts",
            "p_mobile_ua": round(p_mobile, 2),
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: parallel-corpus harvest dressed as a localisation agency


def elastic_laces(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "elastic_laces"
    tz = int(pick(rng, (0, 1, 2, -5)))
    n_targets = irange(rng, 6, 14)
    targets = [
        str(x) for x in rng.choice(texts.TRANSLATE_TARGETS, size=n_targets, replace=False).tolist()
    ]
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2).tolist()})
    client_names = [
        f"{pick(rng, ('Nordvik', 'Alba', 'Keystone', 'Meridian', 'Lumen', 'Orchard'))} "
        f"{pick(rng, ('Labs', 'GmbH', 'Retail', 'Health', 'Media'))}"
        for _ in range(irange(rng, 2, 5))
    ]
    accounts = []
    tms_ua = pick(
        rng,
        (
            "Apache-HttpClient/5.4.1 (Java/21.0.5)",
            "semantic-kernel-dotnet/1.36.0",
            "python-requests/2.32.3",
        ),
    )
    office = home(rng, irange(rng, 1, 2), tz)
    server = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "aws")))
    for _ in range(1 if chance(rng, 0.6) else 2):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        for _ in range(irange(rng, 2, 4)):
            accounts.append(
                ctx.account(
                    rng,
                    label=LABEL,
                    family=fam,
                    role="tms_connector",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=tms_ua,
                    ips=office + server,
                    tz=tz,
                )
            )
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    day = workday(tz, weekend=0.25, night=0.15)
    job_starts = thinned(
        rng, start, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - start) / HOUR, day
    )
    who = rng.integers(0, len(accounts), size=len(job_starts))
    job = irange(rng, 10000, 90000)
    for i, acct in enumerate(accounts):
        ts_all, prompts, ips = [], [], []
        for s in job_starts[who == i].tolist():
            src = pick(rng, ctx.passages)
            client = pick(rng, client_names)
            k = irange(rng, max(3, n_targets - 4), n_targets)
            tg = [str(x) for x in rng.choice(targets, size=k, replace=False).tolist()]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(20.0), 0.7, size=k - 1))])
            job += 1
            for tt, lang in zip(t.tolist(), tg, strict=True):
                ts_all.append(tt)
                prompts.append(
                    texts.translation_job(rng, pick(rng, styles), src, lang, job, client)
                )
                ips.append(pick(rng, office) if chance(rng, 0.6) else server[0])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=ips,
            comp_median=550.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accounts,
        {
            "operation": "parallel-corpus harvest posing as localisation work",
            "targets": targets,
            "pacing": "office-hours jobs, each source into most targets",
            "ip_source": "office broadband + one server",
            "payment": "business card per org",
            "clients": client_names,
            "styles": styles,
            "languages": ["en"] + targets,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "transition_mat": transition_mat,
    "aid_station": aid_station,
    "penalty_box": penalty_box,
    "bento_box": bento_box,
    "race_belt": race_belt,
    "pull_buoy": pull_buoy,
    "negative_split": negative_split,
    "aero_bars": aero_bars,
    "timing_chip": timing_chip,
    "brick_session": brick_session,
    "sighting_buoy": sighting_buoy,
    "elastic_laces": elastic_laces,
}
