"""Campaign families of batch 274 (code names: words of kalaripayattu).

Each family is a generator `f(ctx, rng, campaign_id)` drawing everything from its own `rng`
(seeded by `bench.blind_batch.build_batch` from (seed, salt, 1, index)). Draw order never depends
on set iteration or string hashing.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
    Ctx,
    chance,
    irange,
    pick,
)
from bench.monitor_blind274 import texts as tx

from distillguard.sim.ipspace import REGION_OF_TZ

Rng = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _subset(rng: Rng, pool: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    idx = rng.choice(len(pool), size=k, replace=False)
    return [pool[i] for i in sorted(idx.tolist())]


def _styles(rng: Rng, weights: list[float], n: int) -> list[int]:
    return rng.choice(len(weights), size=n, p=np.asarray(weights) / np.sum(weights)).tolist()


LANG_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es", "pt"),
    0: ("en", "en", "fr"),
    1: ("de", "fr", "en", "es"),
    2: ("de", "en", "tr"),
    3: ("ru", "tr", "ru"),
    5: ("hi", "en", "en"),
    8: ("zh", "id", "vi", "zh"),
    9: ("ja", "ko", "ja"),
}


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def kolthari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kolthari"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card_per_key = chance(rng, 0.4)
    org_cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    shared_ua = bb.sdk_ua(rng, 0.3) if chance(rng, 0.7) else None
    weights = tx.style_weights(rng, tx.REASONING_STYLES)
    accts: list[Acct] = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=None if card_per_key else org_cards[o],
                ua=shared_ua or bb.sdk_ua(rng, 0.3),
                ips=_subset(rng, block, 1, 3),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(25, 70))
    boost = float(rng.uniform(1.3, 2.5))
    delay = float(rng.uniform(0.5, 10)) * HOUR
    pre = bb.worker_pool(rng, start, ctx.release, rate, n_keys)
    post = bb.worker_pool(rng, ctx.release + delay, ctx.t1, rate * boost, n_keys)
    comp = float(rng.uniform(900, 1500))
    err = float(rng.uniform(0.02, 0.06))
    for a, p, q in zip(accts, pre, post, strict=True):
        ts = _concat([p, q])
        prompts = [tx.reasoning_trace(rng, s) for s in _styles(rng, weights, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, boosted after release",
            "ip_source": f"rented hosting block ({provider})",
            "payment": "one card per key" if card_per_key else "one card per org",
            "keys": n_keys,
            "orgs": n_orgs,
            "rate_per_hour": rate,
            "boost_after_release": boost,
            "style_weights": weights,
            "languages": ["en", "zh", "ru", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts from cloud


def ankathari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ankathari"
    n_orgs = 2
    tz = int(pick(rng, TZS))
    accts: list[Acct] = []
    providers = [pick(rng, ("aws", "gcp", "azure", "oracle")) for _ in range(n_orgs)]
    for o in range(n_orgs):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 2, 5), providers[o])
        ua = pick(
            rng,
            (
                "python-httpx/0.28.1",
                "litellm/1.60.2",
                "AsyncOpenAI/Python 1.60.0",
                "OpenAI/Python 1.58.1",
            ),
        )
        for _ in range(irange(rng, 2, 5)):
            accts.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="grader",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=ua,
                    ips=_subset(rng, ips, 1, 2),
                    tz=tz,
                )
            )
    weights = tx.style_weights(rng, tx.JUDGE_STYLES)
    start_h = float(rng.uniform(20, 26)) % 24
    hours = float(rng.uniform(3, 7))
    begin = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    n_batches = float(rng.uniform(6, 14)) * (ctx.t1 - begin) / DAY
    size = float(rng.uniform(25, 70))
    comp = float(rng.uniform(250, 500))
    starts = bb.thinned(rng, begin, ctx.t1, n_batches, bb.nightly(start_h, hours, tz))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.5, 2.5)), b=ctx.t1)
    per = [[] for _ in accts]
    for t in trains:
        per[int(rng.integers(len(accts)))].append(t)
    for a, parts in zip(accts, per, strict=True):
        ts = _concat(parts)
        prompts = [tx.judge(rng, ctx.chat, ctx.passages, s) for s in _styles(rng, weights, len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), comp_median=comp, err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "nightly bursts",
            "ip_source": f"cloud ({', '.join(providers)})",
            "payment": "one card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "night_start_local_h": start_h,
            "night_hours": hours,
            "tz": tz,
            "batch_size_mean": size,
            "style_weights": weights,
            "languages": ["en", "de", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites through VPN exits, stolen cards


def verumkai(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "verumkai"
    n_keys = irange(rng, 5, 12)
    vpn = bb.cloud(rng, irange(rng, 8, 20), "m247") + bb.cloud(rng, irange(rng, 4, 10), "leaseweb")
    tz = int(pick(rng, (8, 3, 2)))
    weights = tx.style_weights(rng, tx.POLICY_STYLES)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.5),
            ips=vpn,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_day = float(rng.uniform(3, 8))
    size = float(rng.uniform(15, 45))
    comp = float(rng.uniform(400, 800))
    for a in accts:
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(
            rng,
            begin,
            ctx.t1,
            per_day * (ctx.t1 - begin) / DAY,
            bb.workday(tz, 9.0, 22.0, weekend=0.6),
        )
        ts = _concat(bb.bursts(rng, starts, size, float(rng.uniform(2, 8)), 0.7, b=ctx.t1))
        ips = bb.sticky(rng, ts, vpn, float(rng.uniform(10, 40)) * MINUTE)
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, s)
            for s in _styles(rng, weights, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ips,
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": "operator-day bursts",
            "ip_source": "VPN exits (m247, leaseweb), sticky per session",
            "payment": "one stolen card per key",
            "keys": n_keys,
            "tz": tz,
            "bursts_per_day": per_day,
            "style_weights": weights,
            "languages": ["en", "zh", "ru", "ar"],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, episode by episode


def meithari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "meithari"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
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
        for _ in range(n_keys)
    ]
    weights = tx.style_weights(rng, tx.AGENT_STYLES, 1.5)
    begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    n_ep = float(rng.uniform(12, 30)) * (ctx.t1 - begin) / HOUR
    starts = bb.thinned(rng, begin, ctx.t1, n_ep, bb.global_load(float(rng.uniform(0, 24)), 0.3))
    per_ts: list[list[np.ndarray]] = [[] for _ in accts]
    per_prompt: list[list[str]] = [[] for _ in accts]
    per_extra: list[list[int]] = [[] for _ in accts]
    n_tools_total = 0
    for s in starts.tolist():
        k = irange(rng, 2, 9)
        gaps = rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.6, size=k - 1)
        ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
        task = tx.agent_task(rng)
        tools = [
            tx.TOOLS[i]
            for i in sorted(
                rng.choice(len(tx.TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
            )
        ]
        n_tools_total += len(tools)
        style = int(rng.choice(len(weights), p=weights))
        who = int(rng.integers(len(accts)))
        per_ts[who].append(ts)
        for step in range(k):
            per_prompt[who].append(tx.agent_step(rng, task, tools, step, style))
            per_extra[who].append(120 + 180 * step + int(rng.integers(0, 60)))
    for i, a in enumerate(accts):
        if not per_ts[i]:
            continue
        ts = np.concatenate(per_ts[i])
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [per_prompt[i][j] for j in order.tolist()]
        extra = np.asarray(per_extra[i])[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=260.0,
            comp_sigma=0.7,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": "episodes of 2-9 chained steps, round the clock",
            "ip_source": f"cloud ({provider})",
            "payment": "one card",
            "keys": n_keys,
            "episodes": len(starts),
            "style_weights": list(weights),
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation through residential proxies, rotating keys


def gajavadivu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gajavadivu"
    n_keys = irange(rng, 10, 25)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    proxy = bb.resi(rng, irange(rng, 120, 300), "*")
    langs = sorted(rng.choice(list(tx.SYNTH_LANG), size=irange(rng, 3, 5), replace=False).tolist())
    if "en" not in langs:
        langs = ["en", *langs]
    lang_w = tx.style_weights(rng, len(langs), 2.0)
    weights = tx.style_weights(rng, tx.SYNTH_STYLES)
    ua = "python-requests/2.32.3" if chance(rng, 0.5) else None
    rate = float(rng.uniform(4, 14))
    accts: list[Acct] = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua or bb.sdk_ua(rng, 0.4),
                ips=proxy,
            )
        )
    hold = float(rng.uniform(5, 20)) * MINUTE
    for a in accts:
        s = float(rng.uniform(ctx.t0, ctx.t1 - DAY))
        life = float(rng.uniform(1, 3)) * DAY
        ts = bb.thinned(rng, s, min(ctx.t1, s + life), rate * life / HOUR, bb.constant)
        ips = bb.sticky(rng, ts, proxy, hold)
        prompts = []
        for st in _styles(rng, weights, len(ts)):
            lang = langs[int(rng.choice(len(langs), p=lang_w))] if st == 0 else "en"
            prompts.append(tx.synth_dataset(rng, lang, st))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=ips,
            comp_median=1900.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "per-key poisson during a 1-3 day key life",
            "ip_source": "residential proxy pool, sticky sessions",
            "payment": f"{len(cards)} stolen cards over {n_keys} keys",
            "keys": n_keys,
            "rate_per_key_hour": rate,
            "languages": langs,
            "language_weights": lang_w,
            "style_weights": weights,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with scripted follow-ups and a user simulator


def urumi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "urumi"
    n_keys = irange(rng, 6, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "linode", "vultr", "hetzner"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    langs = ["en", "en", "en", pick(rng, ("es", "de")), pick(rng, ("es", "de"))]
    p_sim = float(rng.uniform(0.1, 0.4))
    accts: list[Acct] = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_driver",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, BROWSERS),
                ips=[pick(rng, block)],
            )
        )
    per_day = float(rng.uniform(10, 30))
    size = float(rng.uniform(5, 9))
    for a in accts:
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = bb.session_times(
            rng, begin, ctx.t1, per_day, bb.constant, size, float(rng.uniform(15, 45)), 0.5
        )
        ts_parts, prompts, extra = [], [], []
        for sess in sessions:
            lang = pick(rng, langs)
            ts_parts.append(sess)
            for j in range(len(sess)):
                if j == 0:
                    prompts.append(tx.opener(rng, ctx.chat))
                elif chance(rng, p_sim):
                    prompts.append(tx.user_simulator(rng, ctx.chat, j))
                else:
                    prompts.append(tx.followup(rng, lang))
                extra.append(220 * j)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=520.0,
            extra=np.asarray(extra),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions round the clock",
            "ip_source": f"rented hosting block ({provider}), one address per key",
            "payment": "one card per org",
            "keys": n_keys,
            "orgs": n_orgs,
            "sessions_per_day": per_day,
            "p_user_simulator": p_sim,
            "languages": sorted(set(langs)),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def kettukari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kettukari"
    n_keys = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
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
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    p_soft = float(rng.uniform(0.15, 0.45))
    begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(1.5, 4))
    for a in accts:
        starts = bb.thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR, bb.constant)
        ts_parts, prompts = [], []
        for s in starts.tolist():
            k = int(rng.integers(0, 4))
            base = (
                tx.clip(pick(rng, ctx.chat), 700)
                if k < 2
                else tx.problem_en(rng)
                if k == 2
                else tx.natural_question(rng, "en")
            )
            if chance(rng, p_soft):
                n = irange(rng, 1, 3)
                text = tx.soft_label(rng, base)
            else:
                n = irange(rng, n_lo, n_hi)
                text = base
            ts_parts.append(s + np.cumsum(rng.exponential(0.8, size=n)))
            prompts.extend([text] * n)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[j] for j in order.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=380.0, err=0.04
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "tight repeat trains",
            "ip_source": f"hosting ({provider}), one address per key",
            "payment": "one card",
            "keys": n_keys,
            "n_range": [n_lo, n_hi],
            "p_soft_label": p_soft,
            "prompts_per_hour_per_key": per_hour,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office line, cron-steady


def cheruvadi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cheruvadi"
    n_keys = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 1, -3)))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = sorted(rng.choice(list(tx.LESSON), size=irange(rng, 3, 4), replace=False).tolist())
    subjects = [
        tx.SUBJECTS[i] for i in rng.permutation(len(tx.SUBJECTS))[: irange(rng, 18, 35)].tolist()
    ]
    grid = [(lg, k, s, v) for lg in langs for s in subjects for k in range(1, 6) for v in range(3)]
    interval = float(rng.uniform(80, 220))
    begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    n = int((ctx.t1 - begin) / interval)
    ts = begin + np.cumsum(interval * rng.uniform(0.7, 1.3, size=n))
    ts = ts[ts < ctx.t1]
    # the sweep restarts from the top on the new model once it is released
    restart = int(np.searchsorted(ts, ctx.release + float(rng.uniform(1, 8)) * HOUR))
    idx = [i if i < restart else i - restart for i in range(len(ts))]
    prompts = [tx.lesson(*grid[i % len(grid)]) for i in idx]
    models = [ctx.new_model if i >= restart else ctx.old_models[0] for i in range(len(ts))]
    who = np.arange(len(ts)) % n_keys
    for j, a in enumerate(accts):
        sel = np.flatnonzero(who == j).tolist()
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[i] for i in sel],
            models=[models[i] for i in sel],
            comp_median=1300.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "cron-steady, keys round robin",
            "ip_source": "office broadband",
            "payment": "one card",
            "keys": n_keys,
            "tz": tz,
            "interval_s": interval,
            "grid_size": len(grid),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def kadhara(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kadhara"
    n_keys = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    key_w = tx.style_weights(rng, n_keys, 3.0)
    peak = float(rng.uniform(12, 22))
    curve = bb.global_load(peak, float(rng.uniform(0.5, 0.8)))
    users_per_day = float(rng.uniform(500, 1000))
    growth = float(rng.uniform(1.0, 1.4))
    lang_mix = ["en"] * 6 + ["es", "es", pick(rng, ("zh", "ru"))]
    frac = float(rng.uniform(0.15, 0.3))
    h_start = ctx.release + float(rng.uniform(0, 14)) * HOUR
    ts_user = _concat(
        [
            bb.thinned(
                rng, ctx.t0, ctx.release, users_per_day * (ctx.release - ctx.t0) / DAY, curve
            ),
            bb.thinned(
                rng,
                ctx.release,
                ctx.t1,
                growth * users_per_day * (ctx.t1 - ctx.release) / DAY,
                curve,
            ),
        ]
    )
    n_h = frac / (1 - frac) * growth * users_per_day * (ctx.t1 - h_start) / DAY
    ts_h = bb.thinned(rng, h_start, ctx.t1, n_h, curve)
    harvest_kinds = ("tutor", "question", "code", "problem")
    hw = tx.style_weights(rng, len(harvest_kinds), 2.0)
    p_new_users = float(rng.uniform(0.15, 0.45))
    for ts, is_h in ((ts_user, False), (ts_h, True)):
        who = rng.choice(n_keys, size=len(ts), p=key_w)
        for j, a in enumerate(accts):
            t = ts[who == j]
            prompts = []
            for _ in range(len(t)):
                lang = pick(rng, lang_mix)
                if not is_h:
                    prompts.append(tx.tutoring(rng, ctx.chat, lang))
                    continue
                k = tx.weighted(rng, harvest_kinds, hw)
                if k == "tutor":
                    prompts.append(
                        f"Explain step by step and show all reasoning: {tx.problem(rng, lang)}"
                    )
                elif k == "question":
                    prompts.append(tx.natural_question(rng, lang))
                elif k == "code":
                    prompts.append(tx.code_request(rng))
                else:
                    prompts.append(tx.problem(rng, lang))
            models = ctx.models(rng, t, 1.0 if is_h else p_new_users, 0.0 if is_h else 0.15)
            ctx.emit(
                rng, a, t, prompts, models=models, comp_median=560.0 if is_h else 340.0, err=0.01
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live study-helper product's queue",
            "pacing": "product load curve (global), harvest follows the same curve",
            "ip_source": "cloud NAT of the product backend",
            "payment": "one company card",
            "keys": n_keys,
            "harvest_fraction": frac,
            "harvest_start": h_start,
            "users_per_day": users_per_day,
            "p_new_users": p_new_users,
            "harvest_kind_weights": hw,
            "languages": sorted(set(lang_mix)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release


def kuntham(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kuntham"
    n = irange(rng, 12, 24)
    targets = sorted(
        rng.choice(
            ["ja", "ko", "de", "fr", "es", "pt", "ar", "hi", "id", "vi", "tr"],
            size=irange(rng, 2, 4),
            replace=False,
        ).tolist()
    )
    mix = tx.style_weights(rng, 3, 3.0)  # translation / code / question
    keep_ua_p = float(rng.uniform(0.5, 0.9))
    accts: list[Acct] = []
    takeovers = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        owner_curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        takeovers.append(take)
        # the original owner's light use up to the sale
        sess = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.8)),
            owner_curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 150)),
        )
        ts0 = _concat(sess)
        ctx.emit(
            rng,
            a,
            ts0,
            [tx.clip(pick(rng, ctx.chat), 1200) for _ in range(len(ts0))],
            models=ctx.models(rng, ts0, 0.2, 0.15),
            comp_median=340.0,
        )
        # the buyer: same region proxies, mostly the same client, a person-like but fuller rhythm
        region = pick(rng, REGION_OF_TZ.get(tz, ("us", "eu")))
        proxy = bb.resi(rng, irange(rng, 20, 60), region)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(4, 9)),
            float(rng.uniform(25, 90)),
        )
        ts1 = _concat(sess)
        ips = bb.sticky(rng, ts1, proxy, float(rng.uniform(30, 120)) * MINUTE)
        ua1 = a.ua if chance(rng, keep_ua_p) else bb.sdk_ua(rng, 0.6)
        prompts = []
        for _ in range(len(ts1)):
            k = int(rng.choice(3, p=mix))
            if k == 0:
                prompts.append(tx.translation(rng, ctx.passages, pick(rng, targets)))
            elif k == 1:
                prompts.append(tx.code_request(rng))
            else:
                prompts.append(tx.natural_question(rng, "en", ctx.chat))
        ctx.emit(
            rng,
            a,
            ts1,
            prompts,
            models=ctx.models(rng, ts1, 0.75, 0.03),
            ips=ips,
            ua=ua1,
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation and code harvest through bought aged accounts",
            "pacing": "owner's light use, then fuller person-like sessions after takeover",
            "ip_source": "owner's home line, then residential proxies in the same region",
            "payment": "the original owners' cards (one per account)",
            "accounts": n,
            "takeover_ts": takeovers,
            "target_languages": targets,
            "mix_translation_code_question": mix,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd


def uzhichil(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "uzhichil"
    n = irange(rng, 40, 70)
    p_problem = float(rng.uniform(0.15, 0.35))
    p_chat = float(rng.uniform(0.05, 0.15))
    p_new = float(rng.uniform(0.45, 0.7))
    accts: list[Acct] = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        r = rng.random()
        ua = (
            pick(rng, BROWSERS)
            if r < 0.5
            else pick(rng, MOBILE)
            if r < 0.75
            else pick(rng, SDK_COMMON)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.evening_person(tz, float(rng.uniform(1.8, 3.0))),
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 120)),
        )
        ts = _concat(sess)
        langs = LANG_OF_TZ[tz]
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            lang = pick(rng, langs)
            if u < p_chat:
                prompts.append(tx.clip(pick(rng, ctx.chat), 800))
            elif u < p_chat + p_problem:
                prompts.append(
                    tx.tutoring(rng, ctx.chat, lang if lang in ("zh", "ru", "es") else "en")
                )
            else:
                prompts.append(tx.natural_question(rng, lang, ctx.chat))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=450.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd harvest of explanations",
            "pacing": "human-like evening sessions, staggered onboarding",
            "ip_source": "residential lines matching each member's time zone",
            "payment": "one prepaid card per account",
            "accounts": n,
            "p_problem": p_problem,
            "p_public_chat": p_chat,
            "p_new_model": p_new,
            "languages": sorted({lg for tz in TZS for lg in LANG_OF_TZ[tz]}),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from phones and home lines right after the release


def poothara(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "poothara"
    n = irange(rng, 10, 20)
    cards = [bb.hexid(rng, "pay") for _ in range((n + 2) // 3)]
    p_follow = float(rng.uniform(0.05, 0.15))
    accts: list[Acct] = []
    v6_accounts = 0
    for _ in range(n):
        tz = int(pick(rng, TZS))
        phone = chance(rng, 0.4)
        v6 = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        begin = ctx.release + float(rng.uniform(0, 0.6)) * DAY
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(4, 10)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(6, 12)),
            float(rng.uniform(25, 60)),
        )
        sess = [s for s in sess if len(s)]
        if not sess:
            continue
        ts = np.concatenate(sess)
        if phone:
            v6_accounts += 1
            ips = []
            for s in sess:
                ips.extend([bb.mobile_v6(rng, 1, v6)[0]] * len(s))
        else:
            ips = bb.sticky(rng, ts, bb.resi(rng, 30, "*"), 45 * MINUTE)
        prompts = [
            tx.followup(rng) if chance(rng, p_follow) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], 0.97, 0.0),
            ips=[ips[j] for j in order.tolist()],
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns) against the new model",
            "pacing": "human-like sessions from the release on",
            "ip_source": "carrier IPv6 per phone session, or residential proxies",
            "payment": f"{len(cards)} prepaid cards over {n} accounts",
            "accounts": n,
            "phone_accounts": v6_accounts,
            "p_followup": p_follow,
            "languages": ["en (as in ShareGPT)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "kolthari": kolthari,
    "ankathari": ankathari,
    "verumkai": verumkai,
    "meithari": meithari,
    "gajavadivu": gajavadivu,
    "urumi": urumi,
    "kettukari": kettukari,
    "cheruvadi": cheruvadi,
    "kadhara": kadhara,
    "kuntham": kuntham,
    "uzhichil": uzhichil,
    "poothara": poothara,
}
