"""Campaign families of blind batch 289 (code names from jallikattu).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, writes their events
through `ctx.emit` and records the campaign in the truth. Every draw comes from the family's own
generator, in an order that does not depend on the process (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
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
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind289 import texts

from distillguard.sim import ipspace

CAMPAIGN = "campaign"


def _weights(rng: np.random.Generator, spec: dict[str, tuple[float, float]]) -> dict[str, float]:
    return {k: round(float(rng.uniform(lo, hi)), 3) for k, (lo, hi) in spec.items()}


def _styles(rng: np.random.Generator, n_all: int, lo: int, hi: int) -> list[int]:
    return sorted(int(x) for x in rng.permutation(n_all)[: irange(rng, lo, hi)])


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _region_of(rng: np.random.Generator, tz: int) -> str:
    return pick(rng, ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))


LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "pl"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}


# --------------------------------------------------------------------------------------------
# loud(er) families: the documented shapes


def kaalai(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a worker pool that speeds up at release."""
    fam = "kaalai"
    n = irange(rng, 5, 12)
    shared_org = chance(rng, 0.4)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    per_key_ua = chance(rng, 0.4)
    ua_all = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org if shared_org else None,
            pay=pick(rng, cards),
            ua=sdk_ua(rng) if per_key_ua else ua_all,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r_pre, r_post = float(rng.uniform(15, 35)), float(rng.uniform(45, 90))
    langs = _weights(
        rng, {"en": (0.5, 0.8), "zh": (0.1, 0.3), "ru": (0.0, 0.15), "ko": (0.0, 0.08)}
    )
    styles = _styles(rng, 5, 2, 4)
    comp = float(rng.uniform(900, 1400))
    mid = max(start, ctx.release)
    pre = worker_pool(rng, start, mid, r_pre, n)
    post = worker_pool(rng, mid, ctx.t1, r_post, n)
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = _cat([t_a, t_b])
        prompts = [
            texts.reasoning_coercion(rng, texts.lang_of(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, JSON step lists, monologue, solution-manual framing)",
            "keys": n,
            "shared_org": shared_org,
            "cards": len(cards),
            "payment": "prepaid cards shared across keys",
            "ip_source": f"rented {provider} block",
            "pacing": "Poisson worker pool, faster after release",
            "rate_per_hour": [round(r_pre, 1), round(r_post, 1)],
            "languages": langs,
            "styles": styles,
            "user_agent": "one SDK per key" if per_key_ua else ua_all,
            "hard": False,
        },
    )


def vadivasal(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest in nightly bursts from a cloud."""
    fam = "vadivasal"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    tz = int(pick(rng, TZS))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    night_start, night_len = float(rng.uniform(19, 23)), float(rng.uniform(5, 9))
    per_day, size, gap = (
        float(rng.uniform(2.5, 4)),
        float(rng.uniform(35, 75)),
        float(rng.uniform(1.5, 4)),
    )
    langs = _weights(rng, {"en": (0.6, 0.8), "es": (0.05, 0.2), "de": (0.05, 0.2)})
    for a in accts:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            nightly(night_start, night_len, tz),
        )
        ts = _cat(bursts(rng, starts, size, gap, 0.6, ctx.t1))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, texts.lang_of(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.03), comp_median=420.0, err=0.02
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "pairwise judge, rubric scores, rankings and scalar rewards over public answers",
            "keys": n,
            "payment": "one stolen card per key",
            "ip_source": f"{provider} instances",
            "pacing": "nightly bursts",
            "night_start_local": round(night_start, 1),
            "tz": tz,
            "burst_size_mean": round(size, 1),
            "languages": langs,
            "user_agent": ua,
            "hard": False,
        },
    )


def thimil(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy-compliant rewrites and ideal refusals, through VPN exits."""
    fam = "thimil"
    n = irange(rng, 4, 9)
    pool = cloud(rng, irange(rng, 15, 30), "m247") + cloud(
        rng, irange(rng, 8, 20), pick(rng, ("leaseweb", "vultr"))
    )
    tz = int(pick(rng, (8, 3, 2)))
    uas = ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="rewriter",
            campaign_id=camp,
            ua=pick(rng, uas),
            ips=[pool[0]],
            tz=tz,
        )
        for _ in range(n)
    ]
    langs = _weights(
        rng, {"zh": (0.3, 0.6), "en": (0.2, 0.4), "ru": (0.05, 0.2), "ar": (0.0, 0.12)}
    )
    hold = float(rng.uniform(20, 60)) * MINUTE
    per_day, size = float(rng.uniform(2, 4)), float(rng.uniform(20, 40))
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                per_day,
                workday(tz, 9, 21, 0.6, 0.05),
                size,
                float(rng.uniform(6, 15)),
                0.6,
            )
        )
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, texts.lang_of(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites of answers and ideal-refusal demonstrations",
            "keys": n,
            "payment": "one stolen card per key, own org per key",
            "ip_source": "commercial VPN exits (m247 + one more)",
            "vpn_pool": len(pool),
            "hold_minutes": round(hold / MINUTE, 1),
            "pacing": "working sessions, operator's day",
            "tz": tz,
            "languages": langs,
            "user_agent": "requests/httpx/SDK per key",
            "hard": False,
        },
    )


def kombu(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic agent / tool-use episodes (function calling, ReAct, XML tool calls) from AWS NATs."""
    fam = "kombu"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(6, 12))
    styles = _styles(rng, 3, 1, 3)
    tool_names = list(texts.TOOLS)
    for a, eps in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts = [], []
        for s in eps.tolist():
            k = irange(rng, 2, 9)
            tools = [
                tool_names[i]
                for i in sorted(rng.permutation(len(tool_names))[: irange(rng, 2, 5)].tolist())
            ]
            task, style = texts.agent_task(rng), pick(rng, styles)
            steps = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.7, size=k - 1))]
            )
            for j, t in enumerate(steps.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step(rng, task, tools, j, style))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.02), comp_median=220.0, err=0.015
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts: schema + task + observations, one request per step",
            "keys": n,
            "payment": "one company card",
            "ip_source": "AWS NAT gateways",
            "pacing": "episodes from a job queue",
            "episodes_per_hour": round(per_hour, 1),
            "styles": styles,
            "user_agent": ua,
            "languages": ["en"],
            "hard": False,
        },
    )


def manjuvirattu(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation on short-lived keys behind rotating residential proxies."""
    fam = "manjuvirattu"
    n = irange(rng, 12, 24)
    cards = [hexid(rng, "pay") for _ in range(3)]
    pool = resi(rng, irange(rng, 150, 300), "*")
    uas = ("python-httpx/0.28.1", "aiohttp/3.11.11")
    langs = _weights(
        rng, {"en": (0.5, 0.7), "pt": (0.1, 0.2), "es": (0.1, 0.2), "id": (0.05, 0.12)}
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    span = ctx.t1 - start
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="burner",
            campaign_id=camp,
            pay=cards[i % 3],
            ua=pick(rng, uas),
            ips=[pool[0]],
        )
        accts.append(a)
        a_start = start + span * i / n * float(rng.uniform(0.7, 1.0))
        a_end = min(ctx.t1, a_start + float(rng.uniform(0.8, 2.5)) * DAY)
        ts = thinned(
            rng,
            a_start,
            a_end,
            float(rng.uniform(6, 14)) * (a_end - a_start) / HOUR,
            lambda x: np.ones(len(x)),
        )
        prompts = [texts.synthetic_dataset(rng, texts.lang_of(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=sticky(rng, ts, pool, float(rng.uniform(5, 15)) * MINUTE),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction / dialogue / quiz / persona dataset generation",
            "keys": n,
            "payment": "3 prepaid virtual cards rotated over keys",
            "ip_source": "rotating residential proxies (sticky minutes)",
            "pacing": "relay of short-lived keys, steady Poisson per key",
            "languages": langs,
            "user_agent": "httpx / aiohttp",
            "hard": False,
        },
    )


def vadamadu(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest: a scripted user simulator pasting history on every turn."""
    fam = "vadamadu"
    n = irange(rng, 5, 9)
    pay = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="simulator",
            campaign_id=camp,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    langs = _weights(
        rng, {"en": (0.5, 0.7), "ko": (0.08, 0.2), "ja": (0.08, 0.2), "es": (0.05, 0.12)}
    )
    styles = _styles(rng, 3, 1, 2)
    conv_rate, gap = float(rng.uniform(0.8, 1.6)), float(rng.uniform(8, 20))
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(
            rng, start, ctx.t1, conv_rate * (ctx.t1 - start) / HOUR, global_load(14.0, 0.2)
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            lang, style = texts.lang_of(rng, langs), pick(rng, styles)
            if lang == "en":
                opening = (
                    pick(rng, ctx.chat)[:400] if chance(rng, 0.6) else texts.hard_question(rng)
                )
            else:
                opening = texts.explain_in(rng, lang)
            k = irange(rng, 3, 10)
            steps = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))]
            )
            for j, t in enumerate(steps.tolist()):
                ts_all.append(t)
                prompts.append(texts.dialogue_turn(rng, opening, ctx.passages, j, lang, style))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), comp_median=330.0, err=0.015
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest, full history pasted each turn",
            "keys": n,
            "payment": "one card for all keys, own org per key",
            "ip_source": f"{provider} droplets, one per key",
            "pacing": "conversations of 3-10 turns, seconds apart",
            "conversations_per_hour": round(conv_rate, 2),
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


def palamedu(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A curriculum sweep of maths and code problems of rising difficulty, started after release."""
    fam = "palamedu"
    n = irange(rng, 6, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei"))
    block = rented_block(rng, provider, 2, irange(rng, 3, 5))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, 2),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    rate = float(rng.uniform(70, 130))
    langs = _weights(rng, {"en": (0.5, 0.7), "zh": (0.2, 0.35), "hi": (0.05, 0.15)})
    styles = _styles(rng, 4, 2, 3)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        frac = (ts - start) / max(ctx.t1 - start, 1.0)
        levels = np.clip(
            1 + np.floor(9.5 * frac) + rng.integers(-1, 2, size=len(ts)), 1, 10
        ).astype(int)
        prompts = [
            texts.curriculum_item(rng, int(lv), texts.lang_of(rng, langs), pick(rng, styles))
            for lv in levels.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=300.0 + 110.0 * levels,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "difficulty-ladder curriculum of maths and code problems",
            "keys": n,
            "payment": "two cards",
            "ip_source": f"{provider} block",
            "pacing": "worker pool from a few hours after release",
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


def avaniyapuram(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Translation harvest from a phone farm on carrier IPv6."""
    fam = "avaniyapuram"
    n = irange(rng, 10, 18)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    targets = sorted(rng.permutation(sorted(texts.LANG_NAMES))[: irange(rng, 6, 10)].tolist())
    styles = _styles(rng, 4, 2, 3)
    tz = 5 if carrier == "in_mobile" else -3
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="phone",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = session_times(
            rng, start, ctx.t1, float(rng.uniform(3, 6)), evening_person(tz, 4.0), 14.0, 7.0, 0.5
        )
        ts = _cat(sessions)
        ips: list[str] = []
        for sess in sessions:
            ips.extend([mobile_v6(rng, 1, carrier)[0]] * len(sess))
        order = np.argsort(
            np.concatenate([s for s in sessions if len(s)]) if ts.size else ts, kind="stable"
        )
        ips = [ips[i] for i in order.tolist()]
        prompts = [
            texts.translation_job(
                rng, ctx.passages, ctx.chat, pick(rng, targets), pick(rng, styles)
            )
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(40.0, len(p) / 3.2) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest into many languages",
            "keys": n,
            "payment": f"{len(cards)} prepaid cards over keys",
            "ip_source": f"carrier IPv6 ({carrier}), new address per session",
            "pacing": "app-like sessions, fast within session",
            "targets": targets,
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def kangayam(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a real writing-assistant product whose operator slips harvest requests into its own
    production traffic (same keys, wrapper, servers, load curve)."""
    fam = "kangayam"
    product = pick(rng, ("Quillmate", "Inkwise", "Parably", "Draftloom"))
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 3, 6), "aws"),
        )
        for _ in range(n)
    ]
    peak = float(rng.uniform(13, 19))
    curve = global_load(peak, 0.6)
    rate = float(rng.uniform(20, 35))
    share = float(rng.uniform(0.15, 0.3))
    h_start = ctx.release - float(rng.uniform(0, 1)) * DAY
    modes = list(texts.PRODUCT_MODES)
    mode_p = np.asarray([0.3, 0.15, 0.15, 0.12, 0.13, 0.15])
    locales = ("en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "pt-BR")
    for a in accts:
        g = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        h = thinned(rng, h_start, ctx.t1, rate * share * (ctx.t1 - h_start) / HOUR, curve)
        g_prompts = [
            texts.product_prompt(
                rng,
                product,
                modes[int(rng.choice(6, p=mode_p))],
                pick(rng, ctx.chat)[:900],
                pick(rng, locales),
            )
            for _ in range(len(g))
        ]
        h_prompts = [
            texts.product_prompt(
                rng,
                product,
                "explain" if chance(rng, 0.7) else "reply",
                texts.person_question(rng) if chance(rng, 0.6) else texts.hard_question(rng),
                "en-US",
            )
            for _ in range(len(h))
        ]
        ts = np.concatenate([g, h])
        order = np.argsort(ts, kind="stable")
        prompts = g_prompts + h_prompts
        models = ctx.models(rng, g, 0.25, 0.1) + ctx.models(rng, h, 0.55, 0.05)
        comp = np.concatenate([np.full(len(g), 300.0), np.full(len(h), 520.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest (worked explanations, solutions) hidden in a live writing-assistant product's traffic",
            "product": product,
            "keys": n,
            "payment": "company card",
            "ip_source": "AWS backend (autoscaling)",
            "pacing": "product's global load curve, harvest follows the same curve",
            "harvest_share": round(share, 3),
            "harvest_start": h_start,
            "rate_per_hour": round(rate, 1),
            "user_agent": ua,
            "languages": ["en"],
            "hard": True,
        },
    )


def pulikulam(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: bought aged personal accounts with real history, turned to slow harvest after release
    through residential proxies in each owner's own region."""
    fam = "pulikulam"
    n = irange(rng, 8, 14)
    accts = []
    pivots = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        pivots.append(pivot)
        pre = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 60.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            picks(rng, ctx.chat, len(pre)),
            models=ctx.models(rng, pre, 0.2, 0.2),
            comp_median=350.0,
        )
        region = _region_of(rng, tz)
        pool = resi(rng, irange(rng, 20, 40), region)
        post = _cat(
            session_times(
                rng, pivot, ctx.t1, float(rng.uniform(6, 14)), evening_person(tz, 4.0), 5.0, 50.0
            )
        )
        lang_local = pick(rng, LANG_OF_TZ[tz])
        p_local = float(rng.uniform(0.0, 0.4))
        prompts = [
            texts.person_question(rng, lang_local if chance(rng, p_local) else "en")
            for _ in range(len(post))
        ]
        new_ua = ua if chance(rng, 0.6) else sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.75, 0.05),
            ips=sticky(rng, post, pool, float(rng.uniform(30, 120)) * MINUTE),
            ua=new_ua,
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "slow person-like harvest of worked explanations from bought aged accounts",
            "keys": n,
            "payment": "original owners' cards (one per account)",
            "ip_source": "residential proxies in the owner's region after pivot",
            "pacing": "evening sessions before and after pivot, denser after",
            "pivots": [round(p, 1) for p in pivots],
            "user_agent": "owner's browser/SDK, 40% switch to an SDK",
            "languages": "English plus owner's local language",
            "hard": True,
        },
    )


def umbalachery(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a low-and-slow crowd of person-like accounts, each a 'person' with its own region,
    device, language and evening habits."""
    fam = "umbalachery"
    n = irange(rng, 35, 60)
    shared_cards = [hexid(rng, "pay") for _ in range(3)]
    accts = []
    sources = {"resi": 0, "mobile": 0, "isp": 0}
    for _ in range(n):
        tz = int(pick(rng, TZS))
        device = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, MOBILE)
        pay = pick(rng, shared_cards) if chance(rng, 0.25) else None
        u = rng.random()
        if u < 0.5:
            src, pool = "resi", resi(rng, irange(rng, 3, 8), _region_of(rng, tz))
        elif u < 0.8:
            carrier = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            src, pool = "mobile", mobile_v6(rng, irange(rng, 4, 10), carrier)
        else:
            src, pool = "isp", home(rng, 1, tz)
        sources[src] += 1
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            pay=pay,
            ua=device,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _cat(
            session_times(
                rng, start, ctx.t1, float(rng.uniform(1, 3)), evening_person(tz), 3.5, 70.0
            )
        )
        lang = pick(rng, LANG_OF_TZ[tz]) if chance(rng, 0.4) else "en"
        prompts = [texts.person_question(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            ips=sticky(rng, ts, pool, 45 * MINUTE),
            comp_median=550.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "crowd of person-like accounts asking for worked explanations, a few a day each",
            "keys": n,
            "payment": "own card per account, a quarter on 3 shared virtual cards",
            "ip_source": sources,
            "pacing": "1-3 evening sessions a day, ~3.5 prompts each",
            "user_agent": "browsers and phones",
            "languages": "per-person: English or the region's language",
            "hard": True,
        },
    )


def bargur(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: public-prompt replay for best-of-n samples: ordinary ShareGPT prompts, each sent 2-4
    times by different keys hours apart, from small 'teams' on office broadband."""
    fam = "bargur"
    n_orgs = irange(rng, 2, 4)
    teams = []
    for _ in range(n_orgs):
        tz = int(pick(rng, TZS))
        teams.append(
            {"org": hexid(rng, "org"), "pay": hexid(rng, "pay"), "tz": tz, "ips": home(rng, 2, tz)}
        )
    n = irange(rng, 10, 18)
    accts = []
    for i in range(n):
        team = teams[i % n_orgs]
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="replayer",
                campaign_id=camp,
                org=team["org"],
                pay=team["pay"],
                ua=ua,
                ips=team["ips"],
                tz=team["tz"],
            )
        )
    k = irange(rng, 800, 1600)
    idx = rng.choice(len(ctx.chat), size=min(k, len(ctx.chat)), replace=False)
    jobs: list[list[str]] = [[] for _ in range(n)]
    reps = []
    for j in idx.tolist():
        r = irange(rng, 2, 4)
        reps.append(r)
        for who in rng.choice(n, size=min(r, n), replace=False).tolist():
            jobs[who].append(ctx.chat[j])
    start = ctx.release - float(rng.uniform(0.5, 1.2)) * DAY
    for i, a in enumerate(accts):
        team = teams[i % n_orgs]
        todo = [jobs[i][j] for j in rng.permutation(len(jobs[i])).tolist()]
        ts = thinned(
            rng, start, ctx.t1, len(todo) * 1.15, workday(team["tz"], 8.0, 19.0, 0.1, 0.03)
        )[: len(todo)]
        ctx.emit(
            rng, a, ts, todo[: len(ts)], models=ctx.models(rng, ts, 0.8, 0.04), comp_median=350.0
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-like) for best-of-n / soft-label samples across keys",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card per team org",
            "ip_source": "office broadband, two static IPs per team",
            "pacing": "working hours, from shortly before release",
            "prompts": int(len(idx)),
            "samples_per_prompt_mean": round(float(np.mean(reps)), 2),
            "user_agent": "mostly the most common SDK",
            "languages": "whatever the public prompts are in",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "kaalai": kaalai,
    "vadivasal": vadivasal,
    "thimil": thimil,
    "kombu": kombu,
    "manjuvirattu": manjuvirattu,
    "vadamadu": vadamadu,
    "palamedu": palamedu,
    "avaniyapuram": avaniyapuram,
    "kangayam": kangayam,
    "pulikulam": pulikulam,
    "umbalachery": umbalachery,
    "bargur": bargur,
}
