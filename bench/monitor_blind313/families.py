"""Campaign families of blind batch 313 (code names from cider making).

Each family is `f(ctx, rng, campaign_id)`: it registers its accounts and campaign with the shared
context and emits their events. Every random choice comes from the family's own generator, drawn
in a fixed order (no set is walked, nothing is hashed). See README.md for what each one does.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, irange, pick
from bench.monitor_blind313 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _subset(rng: Rng, seq, lo: int, hi: int) -> list:
    """lo..hi distinct items of seq, in seq's order."""
    k = min(len(seq), irange(rng, lo, hi))
    idx = sorted(rng.choice(len(seq), size=k, replace=False).tolist())
    return [seq[i] for i in idx]


def _addresses(rng: Rng, source: str, n: int, tz: int = 0) -> list[str]:
    if source == "hosting":
        return bb.rented_block(
            rng,
            pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo")),
            max(1, n // 4),
            4,
        )
    if source == "cloud":
        return bb.cloud(rng, n, pick(rng, ("aws", "gcp", "azure", "oracle")))
    if source == "vpn":
        return bb.cloud(rng, n, pick(rng, ("m247", "leaseweb", "linode")))
    if source == "resi":
        return bb.resi(rng, n, pick(rng, ("us", "eu", "latam", "sea", "in")))
    if source == "mobile":
        return bb.mobile_v6(rng, n, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
    return bb.home(rng, n, tz)  # "office": a fixed broadband line


# --------------------------------------------------------------------------------------------
# keeve: reasoning-trace coercion from several operator cells


def keeve(ctx: Ctx, rng: Rng, cid: str) -> None:
    accounts: list[Acct] = []
    cells = []
    for c in range(irange(rng, 2, 4)):
        org = bb.hexid(rng, "org")
        shared_card = chance(rng, 0.6)
        card = bb.hexid(rng, "pay")
        source = pick(rng, ("hosting", "vpn", "resi", "cloud"))
        pool = _addresses(rng, source, irange(rng, 8, 40))
        ua = bb.sdk_ua(rng, 0.6)
        styles = _subset(rng, tx.REASONING_STYLES, 2, 3)
        langs = ["en"] + _subset(rng, tx.MATH_LANGS[1:], 1, 3)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family="keeve",
                role="worker",
                campaign_id=cid,
                org=org,
                pay=card if shared_card else None,
                ua=ua,
                ips=pool[:],
            )
            for _ in range(irange(rng, 3, 7))
        ]
        accounts += keys
        rate = float(rng.uniform(14, 40))
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
        sticky_hold = float(rng.uniform(5, 40)) * MINUTE
        cells.append(
            {
                "cell": c,
                "keys": len(keys),
                "ip_source": source,
                "styles": styles,
                "langs": langs,
                "shared_card": shared_card,
                "per_hour": round(rate, 1),
                "ua": ua,
            }
        )
        pre = bb.worker_pool(rng, start, ctx.release, rate * 0.25, len(keys))
        post = bb.worker_pool(
            rng, ctx.release + float(rng.uniform(0.2, 6)) * HOUR, ctx.t1, rate, len(keys)
        )
        for k, acct in enumerate(keys):
            ts = _cat([pre[k], post[k]])
            prompts = []
            for _ in range(len(ts)):
                u = rng.random()
                lang = pick(rng, langs)
                if u < 0.7:
                    p = tx.math_problem(rng, lang)
                elif u < 0.85:
                    p, lang = tx.hard_math(rng), "en"
                else:
                    p, lang = tx.why_question(rng), "en"
                st = pick(rng, styles)
                prompts.append(
                    tx.reasoning_wrap(
                        rng,
                        st if st != "native" or lang != "en" else "tags",
                        p,
                        lang,
                        irange(rng, 0, 9_999_999),
                    )
                )
            ips = bb.sticky(rng, ts, pool, sticky_hold) if source == "resi" else None
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.93, 0.08),
                ips=ips,
                comp_median=1100.0,
                comp_sigma=0.5,
                err=0.04,
            )
    ctx.campaign(
        cid,
        "keeve",
        accounts,
        {"operation": "reasoning_trace_coercion", "cells": cells, "pacing": "worker_pool_per_cell"},
    )


# --------------------------------------------------------------------------------------------
# scratter: judge / rubric / reward-model grading jobs


def scratter(ctx: Ctx, rng: Rng, cid: str) -> None:
    org = bb.hexid(rng, "org")
    card = bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    n = irange(rng, 3, 8)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family="scratter",
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n)
    ]
    styles = _subset(rng, tx.JUDGE_STYLES, 2, 4)
    jobs_per_day = float(rng.uniform(4, 9))
    start = ctx.release - float(rng.uniform(6, 40)) * HOUR
    starts = bb.thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, bb.constant)
    size = float(rng.uniform(60, 140))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)), 0.6, ctx.t1)
    for train in trains:
        acct = pick(rng, keys)
        prompts = []
        for _ in range(len(train)):
            q = tx.cut(rng, pick(rng, ctx.chat), 40, 700)
            a = tx.cut(rng, pick(rng, ctx.passages), 200, 1400)
            b = tx.cut(rng, pick(rng, ctx.passages), 200, 1400)
            prompts.append(tx.judge_prompt(rng, pick(rng, styles), q, a, b))
        ctx.emit(
            rng,
            acct,
            train,
            prompts,
            models=ctx.models(rng, train, 0.95, 0.0),
            comp_median=170.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "scratter",
        keys,
        {
            "operation": "judge_reward_grading",
            "styles": styles,
            "keys": n,
            "provider": provider,
            "jobs_per_day": round(jobs_per_day, 2),
            "pacing": "bursts",
            "payment": "one_shared_card",
        },
    )


# --------------------------------------------------------------------------------------------
# wassail: censorship-safe / policy-compliant rewrites through residential proxies


def wassail(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 6, 14)
    group = irange(rng, 2, 4)
    region = pick(rng, ("sea", "cn", "eu", "us", "ru"))
    pool = bb.resi(rng, irange(rng, 120, 300), region)
    styles = _subset(rng, tx.POLICY_STYLES, 3, 5)
    accounts = []
    card = bb.hexid(rng, "pay")
    for i in range(n):
        if i % group == 0:
            card = bb.hexid(rng, "pay")
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, tx.BG_SDK)
        acct = ctx.account(
            rng,
            label="campaign",
            family="wassail",
            role="rewriter",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=pool,
        )
        accounts.append(acct)
        start = ctx.release + float(rng.uniform(-10, 20)) * HOUR
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(10, 30)), float(rng.uniform(6, 20)), 0.7, ctx.t1
            )
        )
        prompts = [
            tx.policy_rewrite(
                rng,
                pick(rng, styles),
                tx.cut(rng, pick(rng, ctx.passages), 300, 1500),
                tx.cut(rng, pick(rng, ctx.chat), 30, 500),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(5, 30)) * MINUTE),
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "wassail",
        accounts,
        {
            "operation": "policy_safe_rewrites",
            "styles": styles,
            "keys": n,
            "cards": "prepaid, one per group",
            "group": group,
            "ip_source": f"residential_proxy_{region}",
            "pacing": "bursts",
        },
    )


# --------------------------------------------------------------------------------------------
# carboy: agent / tool-use trajectories


def carboy(ctx: Ctx, rng: Rng, cid: str) -> None:
    accounts = []
    orgs = []
    for o in range(irange(rng, 1, 2)):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "hetzner", "azure"))
        pool = bb.cloud(rng, irange(rng, 3, 8), provider)
        ua = pick(
            rng,
            (
                "langchain-openai/0.3.6",
                "litellm/1.60.2",
                "dspy/2.6.3 litellm/1.60.2",
                "langchain/0.3.7 python-openai/1.54.0",
            ),
        )
        styles = _subset(rng, tx.AGENT_STYLES, 1, 2)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family="carboy",
                role="agent_runner",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=pool,
            )
            for _ in range(irange(rng, 2, 5))
        ]
        accounts += keys
        per_day = float(rng.uniform(25, 60))
        orgs.append(
            {
                "org": o,
                "keys": len(keys),
                "provider": provider,
                "ua": ua,
                "styles": styles,
                "trajectories_per_key_day": round(per_day, 1),
            }
        )
        for acct in keys:
            start = ctx.release - float(rng.uniform(2, 30)) * HOUR
            for s in bb.thinned(
                rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant
            ).tolist():
                steps = irange(rng, 3, 12)
                ts = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))]
                )
                prompts = tx.agent_trajectory(rng, pick(rng, styles), steps)
                ctx.emit(
                    rng,
                    acct,
                    ts,
                    prompts,
                    models=ctx.models(rng, ts, 0.92, 0.03),
                    comp_median=240.0,
                    comp_sigma=0.7,
                    err=0.02,
                    extra=irange(rng, 150, 600),
                )
    ctx.campaign(
        cid,
        "carboy",
        accounts,
        {
            "operation": "agent_tool_transcripts",
            "orgs": orgs,
            "pacing": "trajectories (seconds apart)",
        },
    )


# --------------------------------------------------------------------------------------------
# malic: slow, steady synthetic-dataset generation on a curriculum sweep


def malic(ctx: Ctx, rng: Rng, cid: str) -> None:
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n = irange(rng, 2, 4)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family="malic",
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "hetzner"),
        )
        for _ in range(n)
    ]
    styles = _subset(rng, tx.SYNTH_STYLES, 3, 5)
    cells = [(d, c, lv) for d in tx.DOMAIN_NAMES for c in tx.DOMAINS[d] for lv in tx.LEVELS]
    order = rng.permutation(len(cells)).tolist()
    serial = irange(rng, 0, 5000)
    switch = ctx.release + float(rng.uniform(1, 9)) * HOUR
    rate = float(rng.uniform(7, 16))
    for acct in keys:
        ts = bb.thinned(
            rng, ctx.t0 + float(rng.uniform(0, 12)) * HOUR, ctx.t1, rate * 7 * 24, bb.constant
        )
        prompts = []
        for _ in range(len(ts)):
            d, c, lv = cells[order[serial % len(cells)]]
            serial += 1
            prompts.append(tx.synth_request(rng, pick(rng, styles), d, c, lv, serial))
        models = [
            ctx.new_model if t >= switch and chance(rng, 0.97) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=models, comp_median=2100.0, comp_sigma=0.4, err=0.02
        )
    ctx.campaign(
        cid,
        "malic",
        keys,
        {
            "operation": "synthetic_dataset_generation",
            "styles": styles,
            "keys": n,
            "per_hour_per_key": round(rate, 1),
            "pacing": "slow_steady_24h",
            "switch_to_new_model_h": round((switch - ctx.release) / HOUR, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# dabinett: multi-turn dialogue harvest (chat-like sessions through residential proxies)


def dabinett(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 18, 30)
    group = irange(rng, 4, 6)
    accounts = []
    card = bb.hexid(rng, "pay")
    langs = ["en"] + _subset(rng, tx.FOLLOWUP_LANGS[1:], 2, 3)
    for i in range(n):
        if i % group == 0:
            card = bb.hexid(rng, "pay")
        region = pick(rng, ("us", "eu", "latam", "sea", "jp_kr"))
        pool = bb.resi(rng, irange(rng, 20, 60), region)
        acct = ctx.account(
            rng,
            label="campaign",
            family="dabinett",
            role="dialogue_worker",
            campaign_id=cid,
            pay=card,
            ua=pick(rng, tx.BG_BROWSER[:2] + bb.BROWSERS),
            ips=pool,
        )
        accounts.append(acct)
        start = ctx.release - float(rng.uniform(0, 18)) * HOUR
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 11)),
            bb.global_load(float(rng.uniform(0, 24)), 0.4),
            float(rng.uniform(6, 10)),
            float(rng.uniform(18, 40)),
            0.5,
        )
        for ts in sessions:
            if not len(ts):
                continue
            lang = "en" if chance(rng, 0.6) else pick(rng, langs)
            first = (
                tx.cut(rng, pick(rng, ctx.chat), 20, 900)
                if lang == "en"
                else tx.casual_question(rng, lang if lang in tx.CASUAL_LANGS else "en")
            )
            prompts = [first] + [pick(rng, tx.FOLLOWUPS[lang]) for _ in range(len(ts) - 1)]
            extra = np.arange(len(ts)) * irange(rng, 350, 700)
            ip = pick(rng, pool)
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.94, 0.0),
                ips=ip,
                comp_median=600.0,
                comp_sigma=0.5,
                err=0.015,
                extra=extra,
            )
    ctx.campaign(
        cid,
        "dabinett",
        accounts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "group": group,
            "languages": langs,
            "ip_source": "residential_proxy_per_session",
            "pacing": "fast_sessions",
        },
    )


# --------------------------------------------------------------------------------------------
# kingston_black: best-of-n and soft-label sampling (the same prompt many times, many keys)


def kingston_black(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card = bb.hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "ovh", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family="kingston_black",
            role="sampler",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=block,
        )
        for i in range(n)
    ]
    mcq_styles = _subset(rng, ("letter", "probs", "plain"), 1, 3)
    start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    rate = float(rng.uniform(8, 16))
    items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s in items.tolist():
        reps = irange(rng, 4, 16)
        if chance(rng, 0.6):
            q, opts, subj = tx.mcq(rng)
            st = pick(rng, mcq_styles)
            prompt, comp = tx.mcq_prompt(rng, st, q, opts, subj), (3.0 if st != "probs" else 35.0)
        else:
            prompt, comp = tx.sample_prompt(rng), 220.0
        ts = s + np.cumsum(rng.lognormal(np.log(0.6), 0.8, size=reps))
        for t, k in zip(ts.tolist(), rng.integers(0, n, size=reps).tolist(), strict=True):
            per_key[k][0].append(t)
            per_key[k][1].append(prompt)
            per_key[k][2].append(comp)
    for acct, (ts, prompts, comp) in zip(keys, per_key, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, 0.97, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.06,
        )
    ctx.campaign(
        cid,
        "kingston_black",
        keys,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": n_orgs,
            "provider": provider,
            "mcq_styles": mcq_styles,
            "items_per_hour": round(rate, 1),
            "payment": "one_card_stolen",
        },
    )


# --------------------------------------------------------------------------------------------
# pippin: code harvest over algorithms x languages


def pippin(ctx: Ctx, rng: Rng, cid: str) -> None:
    accounts = []
    orgs = []
    cells = [(a, lang, st) for a in tx.ALGOS for lang in tx.LANGS_CODE for st in tx.CODE_STYLES]
    order = rng.permutation(len(cells)).tolist()
    cursor = 0
    for o in range(irange(rng, 2, 3)):
        org = bb.hexid(rng, "org")
        provider = pick(rng, ("vultr", "digitalocean", "m247", "scaleway"))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0", "reqwest/0.12.12"))
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family="pippin",
                role="coder",
                campaign_id=cid,
                org=org,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
            for _ in range(irange(rng, 2, 5))
        ]
        accounts += keys
        rate = float(rng.uniform(15, 35))
        start = ctx.release + float(rng.uniform(0, 10)) * HOUR
        pools = bb.worker_pool(rng, start, ctx.t1, rate, len(keys))
        orgs.append(
            {
                "org": o,
                "keys": len(keys),
                "provider": provider,
                "per_hour": round(rate, 1),
                "payment": "one stolen card per key",
            }
        )
        for acct, ts in zip(keys, pools, strict=True):
            test = bb.thinned(
                rng, ctx.release - 2 * DAY, ctx.release, float(rng.uniform(3, 12)), bb.constant
            )
            ts = _cat([test, ts])
            prompts = []
            for _ in range(len(ts)):
                a, lang, st = cells[order[cursor % len(cells)]]
                cursor += 1
                prompts.append(tx.code_request(rng, st, a, lang))
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.95, 0.0),
                comp_median=900.0,
                comp_sigma=0.5,
                err=0.03,
            )
    ctx.campaign(
        cid,
        "pippin",
        accounts,
        {"operation": "code_harvest", "orgs": orgs, "pacing": "worker_pool"},
    )


# --------------------------------------------------------------------------------------------
# windfall (hard): a real homework app that fills its idle hours with a curriculum harvest


def windfall(ctx: Ctx, rng: Rng, cid: str) -> None:
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    brand = pick(rng, ("StudyFox", "Homework Hero", "MathMate", "Lumi Tutor", "BrainBuddy"))
    backend = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    n = irange(rng, 2, 4)
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family="windfall",
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(n)
    ]
    peak = float(rng.uniform(0, 24))
    load = bb.global_load(peak, 0.75)

    def idle(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.05 - load(ts), 0, 1)

    app_rate = float(rng.uniform(10, 20))
    harvest_rate = float(rng.uniform(6, 14))
    app_switch = ctx.release + float(rng.uniform(18, 40)) * HOUR
    h_start = ctx.release + float(rng.uniform(3, 12)) * HOUR
    for acct in keys:
        # the product's own traffic
        ts = bb.thinned(rng, ctx.t0, ctx.t1, app_rate * 7 * 24, load)
        prompts = []
        for _ in range(len(ts)):
            q = tx.homework(rng) if chance(rng, 0.55) else tx.cut(rng, pick(rng, ctx.chat), 10, 300)
            prompts.append(tx.tutor_wrap(rng, brand, irange(rng, 5, 12), q))
        models = [
            ctx.new_model if t >= app_switch and chance(rng, 0.5) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=320.0, comp_sigma=0.6, err=0.01)
        # the harvest, phrased as students' questions, in the app's quiet hours
        hs = bb.thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, idle)
        hp = []
        for _ in range(len(hs)):
            u = rng.random()
            if u < 0.5:
                q = tx.math_problem(rng, "en")
            elif u < 0.7:
                q = tx.hard_math(rng)
            else:
                q = tx.casual_question(rng, "en")
            hp.append(tx.tutor_wrap(rng, brand, irange(rng, 10, 12), q))
        ctx.emit(
            rng,
            acct,
            hs,
            hp,
            models=ctx.models(rng, hs, 0.98, 0.0),
            comp_median=520.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "windfall",
        keys,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "brand": brand,
            "keys": n,
            "app_per_hour_per_key": round(app_rate, 1),
            "harvest_per_hour_per_key": round(harvest_rate, 1),
            "harvest_timing": "inverse of the app's load",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# bittersweet (hard): bought / taken-over aged accounts, used quietly after the release


def bittersweet(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 25, 45)
    accounts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        ua = pick(rng, tx.BG_SDK[:2] + tx.BG_BROWSER[:2])
        acct = ctx.account(
            rng,
            label="campaign",
            family="bittersweet",
            role="compromised_aged",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accounts.append(acct)
        take = ctx.release + float(rng.uniform(-20, 36)) * HOUR
        takeovers.append(round((take - ctx.release) / HOUR, 1))
        # the owner's own use all week (less after the key is sold / stolen)
        owner_curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz)
        for ts in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.8)), owner_curve, 3.0, 90.0
        ):
            if len(ts) and (ts[0] < take or chance(rng, 0.4)):
                prompts = [tx.cut(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(ts))]
                ctx.emit(
                    rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.15), comp_median=350.0
                )
        # the operator, from residential proxies in the owner's region, in the owner's daytime
        proxies = bb.resi(rng, irange(rng, 10, 30), region)
        rate = float(rng.uniform(0.8, 2.2))
        ts = bb.thinned(
            rng, take, ctx.t1, rate * (ctx.t1 - take) / HOUR, bb.workday(tz, 8.0, 22.0, 0.6, 0.05)
        )
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.4:
                prompts.append(tx.expert_question(rng))
            elif u < 0.65:
                prompts.append(
                    tx.math_problem(rng, "en")
                    + pick(rng, ("\n\nPlease show your full working.", " Show the steps.", ""))
                )
            elif u < 0.85:
                prompts.append(
                    tx.code_request(rng, "explain", pick(rng, tx.ALGOS), pick(rng, tx.LANGS_CODE))
                )
            else:
                prompts.append(tx.casual_question(rng, "en"))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=bb.sticky(rng, ts, proxies, 1800.0),
            ua="OpenAI/Python 1.54.0",
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "bittersweet",
        accounts,
        {
            "operation": "aged_account_takeover",
            "accounts": n,
            "takeover_h_from_release": takeovers,
            "ip_source": "residential_proxy_same_region",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# foxwhelp (hard): a low-and-slow crowd of person-like accounts covering a topic sweep


def foxwhelp(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 45, 80)
    tzs = _subset(rng, bb.TZS, 3, 4)
    accounts = []
    slices = rng.permutation(len(tx.DOMAIN_NAMES)).tolist()
    for i in range(n):
        tz = pick(rng, tzs)
        lang = "en" if chance(rng, 0.5) else pick(rng, tx.CASUAL_LANGS[1:])
        ua = pick(rng, tx.BG_BROWSER + bb.BROWSERS + bb.MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family="foxwhelp",
            role="crowd",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 2, 4), tz),
            tz=tz,
        )
        accounts.append(acct)
        domains = [tx.DOMAIN_NAMES[slices[(i + j) % len(slices)]] for j in range(2)]
        born = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        for ts in bb.session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(1.0, 2.6)),
            curve,
            3.5,
            float(rng.uniform(50, 110)),
            0.9,
        ):
            prompts = []
            for t in ts.tolist():
                if t < ctx.release and chance(rng, 0.8):
                    prompts.append(tx.cut(rng, pick(rng, ctx.chat), 10, 400))
                elif lang == "en" and chance(rng, 0.3):
                    prompts.append(tx.expert_question(rng, pick(rng, domains)))
                else:
                    prompts.append(tx.casual_question(rng, lang, pick(rng, domains)))
            ctx.emit(
                rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.88, 0.05), comp_median=450.0
            )
    ctx.campaign(
        cid,
        "foxwhelp",
        accounts,
        {
            "operation": "low_and_slow_crowd_topic_sweep",
            "accounts": n,
            "timezones": tzs,
            "ip_source": "residential (per account)",
            "payment": "one prepaid card per account",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# redstreak (hard): a "chat app" replaying public human prompts to collect new-model answers


def redstreak(ctx: Ctx, rng: Rng, cid: str) -> None:
    accounts = []
    provider = pick(rng, ("gcp", "aws", "azure"))
    backend = bb.cloud(rng, irange(rng, 4, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(0, 24))
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    n_keys = []
    for _ in range(2):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family="redstreak",
                role="replay_backend",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=backend,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        n_keys.append(len(keys))
        accounts += keys
    rate = float(rng.uniform(18, 32))
    p_suffix = float(rng.uniform(0.1, 0.3))
    for acct in accounts:
        pre = bb.thinned(
            rng, ctx.release - 2 * DAY, ctx.release, rate * 0.1 * 48, bb.global_load(peak, 0.5)
        )
        post = bb.thinned(
            rng,
            ctx.release + float(rng.uniform(0.5, 4)) * HOUR,
            ctx.t1,
            rate * 72,
            bb.global_load(peak, 0.5),
        )
        ts = _cat([pre, post])
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            if chance(rng, p_suffix):
                p = f"{p}\n\n{pick(rng, tx.LANG_SUFFIX)}"
            prompts.append(p)
        retry = rng.random(len(ts)) < 0.03
        ts_r = ts[retry] + rng.uniform(2, 30, size=int(retry.sum()))
        prompts_r = [p for p, r in zip(prompts, retry.tolist(), strict=True) if r]
        all_ts = np.concatenate([ts, ts_r])
        ctx.emit(
            rng,
            acct,
            all_ts,
            prompts + prompts_r,
            models=ctx.models(rng, all_ts, 0.96, 0.0),
            comp_median=380.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "redstreak",
        accounts,
        {
            "operation": "public_prompt_replay",
            "keys_per_org": n_keys,
            "provider": provider,
            "per_hour_per_key": round(rate, 1),
            "language_suffix_share": round(p_suffix, 2),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "keeve": keeve,
    "scratter": scratter,
    "wassail": wassail,
    "carboy": carboy,
    "malic": malic,
    "dabinett": dabinett,
    "kingston_black": kingston_black,
    "pippin": pippin,
    "windfall": windfall,
    "bittersweet": bittersweet,
    "foxwhelp": foxwhelp,
    "redstreak": redstreak,
}
