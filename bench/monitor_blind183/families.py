"""Campaign families of batch 183 (code names from barrel racing).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign with `ctx.campaign`. Everything it varies
(keys, orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is drawn from
its own `rng`. See README.md (read only after the monitor's single run) for what each one is.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind183 import texts as tx

Rng = np.random.Generator


def _camp(ctx: Ctx, rng: Rng, family: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


def _weighted(rng: Rng, options: dict[str, float]) -> str:
    keys = list(options)
    p = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def cloverleaf(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion on a rented hosting block, ramping up once the new model ships."""
    name = "cloverleaf"
    n_orgs = irange(rng, 2, 4)
    n_keys = irange(rng, 12, 28)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    lang_mix = {"en": 0.45, "zh": 0.25, "es": 0.12, "ru": 0.12, "ko": 0.06}
    orgs = []
    for _ in range(n_orgs):
        orgs.append(
            {
                "org": bb.hexid(rng, "org"),
                "pay": bb.hexid(rng, "pay"),
                "ua": pick(
                    rng,
                    (
                        "python-httpx/0.28.1",
                        "AsyncOpenAI/Python 1.60.0",
                        "aiohttp/3.11.11",
                        "OpenAI/Python 1.58.1",
                    ),
                ),
                "styles": [
                    str(x) for x in rng.choice(list(tx.TRACE_WRAPPERS), size=2, replace=False)
                ],
            }
        )
    accts, meta = [], []
    for i in range(n_keys):
        o = orgs[i % n_orgs]
        ips = bb.picks(rng, block, irange(rng, 1, 2))
        a = _camp(ctx, rng, name, cid, "worker", org=o["org"], pay=o["pay"], ua=o["ua"], ips=ips)
        accts.append(a)
        meta.append((o, _weighted(rng, lang_mix)))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    pre_rate, post_rate = float(rng.uniform(20, 50)), float(rng.uniform(120, 240))
    ramp = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    pre = bb.worker_pool(rng, start, ramp, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, ramp, ctx.t1, post_rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.25)
    )
    for a, (o, main_lang), t_a, t_b in zip(accts, meta, pre, post, strict=True):
        ts = _concat([t_a, t_b])
        prompts = []
        for _ in range(len(ts)):
            lang = main_lang if chance(rng, 0.8) else _weighted(rng, lang_mix)
            prompts.append(tx.reasoning_trace(rng, pick(rng, o["styles"]), lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "prepaid card per org",
            "ip_source": f"rented {provider} /24 block, {len(block)} hosts",
            "pacing": "poisson worker pool",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": lang_mix,
            "styles": sorted({s for o in orgs for s in o["styles"]}),
            "ramp_ts": ramp,
        },
    )


def electric_eye(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model labels in hourly cron bursts from one cloud account."""
    name = "electric_eye"
    n_keys = irange(rng, 6, 11)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    minute = float(rng.uniform(0, 55)) * MINUTE
    p_fire = float(rng.uniform(0.45, 0.75))
    size = float(rng.uniform(6, 12))
    style_mix = {"pairwise": 0.4, "rubric": 0.3, "scalar": 0.2, "critique": 0.1}
    lang_mix = {"en": 0.7, "de": 0.2, "ja": 0.1}
    hours = np.arange(np.floor(ctx.t0 / HOUR) * HOUR + HOUR, ctx.t1, HOUR) + minute
    accts = []
    for _ in range(n_keys):
        a = _camp(ctx, rng, name, cid, "grader", org=org, pay=pay, ua=ua, ips=egress)
        accts.append(a)
        fire = hours[rng.random(len(hours)) < p_fire]
        mult = np.where(fire >= ctx.release, 2.0, 1.0)
        trains = []
        for s, m in zip(fire.tolist(), mult.tolist(), strict=True):
            trains += bb.bursts(rng, [s + float(rng.uniform(0, 20))], size * m, 0.9, 0.6, b=ctx.t1)
        ts = _concat(trains)
        styles = [_weighted(rng, style_mix) for _ in range(len(ts))]
        prompts = [
            tx.judge_prompt(rng, s, _weighted(rng, lang_mix), ctx.chat, ctx.passages)
            for s in styles
        ]
        med = np.asarray(
            [{"pairwise": 500, "rubric": 700, "scalar": 200, "critique": 900}[s] for s in styles]
        )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), comp_median=med, err=0.03
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_and_reward_labels",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"aws egress ({len(egress)} IPs shared by all keys)",
            "pacing": "hourly cron bursts",
            "burst_size": round(size, 1),
            "p_fire": round(p_fire, 2),
            "styles": style_mix,
            "languages": lang_mix,
        },
    )


def tiedown(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-boundary rewrites on short-lived keys paid with stolen cards, via residential proxies."""
    name = "tiedown"
    n_keys = irange(rng, 35, 60)
    lang_mix = {"en": 0.55, "zh": 0.25, "fr": 0.1, "ar": 0.1}
    styles = ("ideal", "refusal_fix", "classify", "contrast")
    accts = []
    t = ctx.t0 + float(rng.uniform(0, 8)) * HOUR
    for _ in range(n_keys):
        region = pick(rng, ("us", "eu", "ca", "jp_kr"))
        pool = bb.resi(rng, irange(rng, 40, 120), region)
        a = _camp(ctx, rng, name, cid, "burner", ua=pick(rng, bb.BROWSERS), ips=pool)
        accts.append(a)
        life = float(rng.lognormal(np.log(16), 0.6)) * HOUR
        a_start = t
        t += float(rng.exponential((ctx.t1 - ctx.t0) / n_keys * 0.9))
        rate = float(rng.uniform(8, 22))
        ts = bb.thinned(rng, a_start, min(ctx.t1, a_start + life), rate * life / HOUR, bb.constant)
        prompts = []
        for _ in range(len(ts)):
            lang = _weighted(rng, lang_mix)
            prompts.append(tx.policy_rewrite(rng, pick(rng, styles), lang))
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(60, 600)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=600,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_boundary_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen card per key",
            "ip_source": "residential proxy, sticky sessions",
            "pacing": "relay of short-lived keys",
            "languages": lang_mix,
            "styles": list(styles),
        },
    )


def breast_collar(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of growing-context steps from a few cloud VMs."""
    name = "breast_collar"
    n_keys = irange(rng, 4, 8)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    provider = pick(rng, ("gcp", "azure", "aws"))
    accts = []
    for _ in range(n_keys):
        a = _camp(
            ctx, rng, name, cid, "rollout", org=org, pay=pay, ua=ua, ips=bb.cloud(rng, 1, provider)
        )
        accts.append(a)
        fmt = pick(rng, ("react", "openai_tools", "plain"))
        tools = [
            tx.TOOLS[i]
            for i in sorted(rng.choice(len(tx.TOOLS), size=irange(rng, 3, 6), replace=False))
        ]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        rate = float(rng.uniform(1.5, 3.5))
        starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        all_ts, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            gaps = rng.lognormal(np.log(5.0), 0.7, size=steps - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            task, hist = tx.agent_task(rng), []
            for k, t in enumerate(ts.tolist()):
                all_ts.append(t)
                prompts.append(tx.agent_step(rng, task, tools, hist, fmt))
                extra.append(150 * k + irange(rng, 0, 80))
                hist.append(f"Step {k + 1}: called a tool.")
                hist.append(tx.agent_observation(rng))
        order = np.argsort(np.asarray(all_ts), kind="stable")
        ts = np.asarray(all_ts)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.93),
            extra=np.asarray(extra)[order],
            comp_median=260,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} VM per key",
            "pacing": "episodes of 3-12 steps, ~5 s apart",
        },
    )


def split_reins(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation in nightly runs (operator's night, UTC+8) from three orgs."""
    name = "split_reins"
    tz = 8
    accts = []
    org_desc = []
    for _ in range(3):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        provider = pick(rng, ("vultr", "digitalocean", "alibaba", "tencent", "ucloud"))
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2"))
        lang_mix = pick(
            rng,
            (
                {"zh": 0.6, "en": 0.4},
                {"en": 0.6, "vi": 0.2, "id": 0.2},
                {"zh": 0.4, "en": 0.4, "id": 0.2},
            ),
        )
        style = pick(rng, ("instruct", "persona", "dialogue", "parallel", "exam"))
        start_h, hours = float(rng.uniform(21, 24)), float(rng.uniform(5, 8))
        org_desc.append(
            {
                "provider": provider,
                "languages": lang_mix,
                "style": style,
                "night_start": round(start_h, 1),
            }
        )
        ips = bb.cloud(rng, irange(rng, 1, 3), provider)
        for _ in range(irange(rng, 4, 8)):
            a = _camp(ctx, rng, name, cid, "generator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            accts.append(a)
            rate = float(rng.uniform(10, 25))
            curve = bb.nightly(start_h, hours, tz)
            ts = bb.thinned(
                rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * hours / 24.0, curve
            )
            prompts = []
            for _ in range(len(ts)):
                s = (
                    style
                    if chance(rng, 0.75)
                    else pick(rng, ("instruct", "persona", "dialogue", "parallel", "exam"))
                )
                prompts.append(tx.synth_dataset(rng, s, _weighted(rng, lang_mix), ctx.chat))
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.85),
                comp_median=1800,
                comp_sigma=0.45,
                err=0.03,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": len(accts),
            "orgs": 3,
            "payment": "card per org",
            "pacing": "nightly runs in UTC+8",
            "orgs_detail": org_desc,
        },
    )


def bell_boots(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator drives conversations over residential/mobile exits."""
    name = "bell_boots"
    n_keys = irange(rng, 12, 22)
    n_orgs = irange(rng, 1, 3)
    lang_mix = {"en": 0.6, "es": 0.15, "pt": 0.1, "zh": 0.1, "tr": 0.05}
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        mobile = chance(rng, 0.35)
        pool = (
            bb.mobile_v6(rng, 200, pick(rng, ("us_mobile", "br_mobile", "eu_mobile")))
            if mobile
            else bb.resi(rng, 150, pick(rng, ("us", "latam", "eu")))
        )
        a = _camp(ctx, rng, name, cid, "dialogue_bot", org=org, pay=pay, ua=ua, ips=pool)
        accts.append(a)
        rate = float(rng.uniform(0.5, 1.2))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        conv_starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        all_ts, prompts, extra, ips = [], [], [], []
        for s in conv_starts.tolist():
            turns = irange(rng, 4, 10)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(14.0), 0.5, size=turns - 1))]
            )
            lang = _weighted(rng, lang_mix)
            ip = pick(rng, pool)
            for k, t in enumerate(ts.tolist()):
                all_ts.append(t)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 10, 1500, rng)
                    if k == 0
                    else tx.followup(rng, lang)
                )
                extra.append(380 * k)
                ips.append(ip)
        order = np.argsort(np.asarray(all_ts), kind="stable")
        ts = np.asarray(all_ts)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.88),
            extra=np.asarray(extra)[order],
            comp_median=450,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card per org",
            "ip_source": "residential / mobile proxy exit per conversation",
            "languages": lang_mix,
            "pacing": "conversations of 4-10 turns ~14 s apart",
        },
    )


def tipped_barrel(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt repeated n times within seconds."""
    name = "tipped_barrel"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure", "m247"))
    style_mix = {"probs": 0.4, "confidence": 0.2, "hard": 0.2, "chat": 0.2}
    accts = []
    for _ in range(n_keys):
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "sampler",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=bb.cloud(rng, 2, provider),
        )
        accts.append(a)
        rate = float(rng.uniform(2, 5))
        curve = _step_after(ctx.release, 0.2)
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.55, curve)
        all_ts, prompts = [], []
        for s in jobs.tolist():
            n = int(pick(rng, (4, 8, 8, 16)))
            p = tx.soft_label(rng, _weighted(rng, style_mix), ctx.chat)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=n - 1))])
            all_ts += ts.tolist()
            prompts += [p] * n
        order = np.argsort(np.asarray(all_ts), kind="stable")
        ts = np.asarray(all_ts)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=180,
            comp_sigma=0.9,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} (2 IPs per key)",
            "pacing": "jobs of n in {4, 8, 16} identical requests",
            "styles": style_mix,
        },
    )


def _step_after(t: float, before: float) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= t, 1.0, before)

    return f


def alley_run(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A code curriculum swept cell by cell (concept x language x level) at a fixed rate, 24/7."""
    name = "alley_run"
    n_keys = irange(rng, 5, 9)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    lang_mix = {"en": 0.5, "es": 0.15, "pt": 0.15, "hi": 0.1, "tr": 0.1}
    cells = [
        (lv, ci, li)
        for lv in range(1, 11)
        for ci in range(len(tx.CONCEPTS))
        for li in range(len(tx.PROG_LANGS))
    ]
    accts = [
        _camp(
            ctx,
            rng,
            name,
            cid,
            "sweeper",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, 1, "contabo"),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(6, 12))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    # one scheduler: every key sends at the same fixed cadence, cells handed out in sweep order
    per_key = []
    for _ in accts:
        n = int(rate * (ctx.t1 - start) / HOUR)
        ts = (
            start
            + (np.arange(n) + float(rng.uniform(0, 1))) * HOUR / rate
            + rng.normal(0, 4.0, size=n)
        )
        per_key.append(np.sort(ts[(ts >= start) & (ts < ctx.t1)]))
    order = np.argsort(np.concatenate(per_key), kind="stable")
    slot = np.empty(len(order), dtype=np.int64)
    slot[order] = np.arange(len(order))
    offset = 0
    for a, ts in zip(accts, per_key, strict=True):
        mine = slot[offset : offset + len(ts)]
        offset += len(ts)
        prompts = []
        for g in mine.tolist():
            lv, ci, li = cells[g % len(cells)]
            prompts.append(tx.curriculum_item((ci, li, lv), _weighted(rng, lang_mix)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=1600,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "contabo VM per key",
            "pacing": f"fixed cadence {rate:.1f}/h per key, 24/7",
            "languages": lang_mix,
            "cells": len(cells),
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def turnback(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a real writing/study app's backend keys, with harvest calls mixed into its genuine traffic."""
    name = "turnback"
    product = pick(rng, ("Quillstone", "NoteLoom", "Parlance", "Inkwise"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n_keys = irange(rng, 3, 6)
    share = float(rng.uniform(0.15, 0.3))
    accts = []
    curve = bb.global_load(float(rng.uniform(12, 17)), 0.6)
    for _ in range(n_keys):
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "product_key",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        accts.append(a)
        rate = float(rng.uniform(15, 35))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        after = ts >= ctx.release
        harvest = rng.random(len(ts)) < np.where(after, share * 1.4, share * 0.6)
        prompts = [
            tx.product_harvest(rng, product)
            if h
            else tx.product_request(rng, product, tx.clip(pick(rng, ctx.chat), 10, 1200, rng))
            for h in harvest.tolist()
        ]
        m_prod = ctx.models(rng, ts, p_new=0.55, p_mini=0.3)
        m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.05)
        models = [
            mh if h else mp for h, mp, mh in zip(harvest.tolist(), m_prod, m_harv, strict=True)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=np.where(harvest, 900, 320), err=0.01
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "aws NAT egress",
            "pacing": "global product load",
            "harvest_share": round(share, 3),
            "hard": True,
        },
    )


def home_stretch(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: bought aged accounts - real owners' history first, then quiet takeover via residential proxies."""
    name = "home_stretch"
    n = irange(rng, 25, 45)
    op_langs = {"ru": 0.35, "pt": 0.25, "en": 0.25, "de": 0.15}
    op_region = pick(rng, ("eu", "us", "latam"))
    proxy_pool = bb.resi(rng, 300, op_region)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = bb.sdk_ua(rng, 0.7) if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "aged_account",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-14, 30)) * HOUR
        takeovers.append(take)
        # the original owner's last days
        sess = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.6)), bb.evening_person(tz), 3.0, 50.0
        )
        ts_own = _concat(sess)
        prompts = [tx.clip(pick(rng, ctx.chat), 5, 1500, rng) for _ in range(len(ts_own))]
        ctx.emit(
            rng,
            a,
            ts_own,
            prompts,
            models=ctx.models(rng, ts_own, p_new=0.3, p_mini=0.15),
            comp_median=350,
        )
        # the buyer's use: human-looking sessions, same UA, proxy exits in another region
        lang = _weighted(rng, op_langs)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(5, 10)),
            bb.evening_person(pick(rng, bb.TZS), 3.5),
            float(rng.uniform(8, 16)),
            float(rng.uniform(25, 60)),
        )
        ts_buy = _concat(sess)
        prompts = [
            tx.casual_question(rng, lang, thorough=0.35)
            if chance(rng, 0.85)
            else tx.reasoning_trace(rng, "stream", "en")
            for _ in range(len(ts_buy))
        ]
        ips = bb.sticky(rng, ts_buy, proxy_pool, 30 * MINUTE)
        ctx.emit(
            rng,
            a,
            ts_buy,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts_buy, p_new=0.92),
            comp_median=700,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "bought_aged_accounts",
            "accounts": n,
            "orgs": n,
            "payment": "original owners' cards",
            "ip_source": f"owners' home ISPs, then residential proxies ({op_region})",
            "languages": op_langs,
            "takeover_ts": [round(t, 1) for t in takeovers],
            "hard": True,
        },
    )


def futurity(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a paid crowd, each worker on their own key, home connection and hours, low and slow."""
    name = "futurity"
    n = irange(rng, 60, 100)
    tz_mix = {"5": 0.3, "8": 0.25, "-3": 0.2, "1": 0.15, "-5": 0.1}
    lang_of_tz = {
        5: ("en",),
        8: ("en", "id"),
        -3: ("pt", "es"),
        1: ("de", "fr", "pl"),
        -5: ("en", "es"),
    }
    accts = []
    for _ in range(n):
        tz = int(_weighted(rng, tz_mix))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON[:3])
        ips = bb.home(rng, 1, tz) + (
            bb.mobile_v6(rng, 1, "in_mobile") if tz == 5 and chance(rng, 0.4) else []
        )
        a = _camp(ctx, rng, name, cid, "crowd_worker", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = (
            bb.workday(tz, 9.0, 21.0, weekend=0.6) if chance(rng, 0.5) else bb.evening_person(tz)
        )
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 110)),
            0.7,
        )
        ts = _concat(sess)
        lang = pick(rng, lang_of_tz[tz])
        prompts = [
            tx.casual_question(rng, lang, thorough=0.5)
            if chance(rng, 0.8)
            else tx.problem_en(rng) + " Please explain every step."
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=650)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "crowd_of_paid_people",
            "accounts": n,
            "orgs": n,
            "payment": "each worker's own card",
            "ip_source": "workers' home / phone connections",
            "pacing": "human sessions, ~1-2 a day",
            "timezones": tz_mix,
            "hard": True,
        },
    )


def over_and_under(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: public chat prompts replayed verbatim, each once, by small-company-looking accounts."""
    name = "over_and_under"
    n_orgs = irange(rng, 4, 6)
    perm = rng.permutation(len(ctx.chat))
    cursor = int(rng.integers(0, len(perm)))
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, n_orgs - 1))]
    accts = []
    for j in range(n_orgs):
        tz = pick(rng, (-5, -8, 0, 1, 2))
        org = bb.hexid(rng, "org")
        office = bb.home(rng, 1, tz)
        dev = (
            bb.cloud(rng, 1, pick(rng, ("aws", "gcp", "digitalocean"))) if chance(rng, 0.5) else []
        )
        ua = pick(rng, bb.SDK_COMMON[:3])
        for _ in range(irange(rng, 4, 7)):
            a = _camp(
                ctx,
                rng,
                name,
                cid,
                "replayer",
                org=org,
                pay=cards[j % len(cards)],
                ua=ua,
                ips=office + dev,
                tz=tz,
            )
            accts.append(a)
            rate = float(rng.uniform(6, 14))
            curve = bb.workday(tz)
            early = bb.thinned(
                rng, ctx.t0, ctx.release, rate * 0.1 * (ctx.release - ctx.t0) / HOUR * 0.3, curve
            )
            late_start = ctx.release + float(rng.uniform(0, 18)) * HOUR
            late = bb.thinned(
                rng, late_start, ctx.t1, rate * (ctx.t1 - late_start) / HOUR * 0.3, curve
            )
            ts = _concat([early, late])
            prompts = []
            for _ in range(len(ts)):
                prompts.append(ctx.chat[int(perm[cursor % len(perm)])])
                cursor += 1
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=380)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": len(accts),
            "orgs": n_orgs,
            "payment": f"{len(cards)} cards across {n_orgs} orgs",
            "ip_source": "office broadband (+ a dev VM)",
            "pacing": "office hours, mostly after the release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "cloverleaf": cloverleaf,
    "electric_eye": electric_eye,
    "tiedown": tiedown,
    "breast_collar": breast_collar,
    "split_reins": split_reins,
    "bell_boots": bell_boots,
    "tipped_barrel": tipped_barrel,
    "alley_run": alley_run,
    "turnback": turnback,
    "home_stretch": home_stretch,
    "futurity": futurity,
    "over_and_under": over_and_under,
}
