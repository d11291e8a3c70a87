"""Campaign families of blind batch 296 (code names from lapta, the Russian bat-and-ball game).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Every draw comes
from the family's own generator, in a fixed order (lists and dicts only, never a set).
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
from bench.monitor_blind296 import texts as tx

#: browser strings as the background's own users send them (a careful operator copies these)
PLAIN_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)


def mix(rng: np.random.Generator, base: dict[str, float]) -> dict[str, float]:
    """The campaign's own language (or style) weights: a Dirichlet draw around `base`."""
    keys = list(base)
    w = rng.dirichlet([max(0.2, base[k] * 12.0) for k in keys])
    return {k: float(x) for k, x in zip(keys, w.tolist(), strict=True)}


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty(0)


def per_item_models(
    ctx: Ctx,
    rng: np.random.Generator,
    starts: np.ndarray,
    sizes: list[int],
    p_new: float,
    p_mini: float = 0.05,
) -> list[str]:
    """One model per item (burst or episode), repeated for its requests."""
    m = ctx.models(rng, np.asarray(starts), p_new=p_new, p_mini=p_mini)
    return [x for x, k in zip(m, sizes, strict=True) for _ in range(k)]


# --------------------------------------------------------------------------------------------


def bita(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a 24/7 worker pool."""
    fam = "bita"
    n = irange(rng, 7, 13)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, prov, irange(rng, 2, 3), irange(rng, 3, 5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs = mix(rng, {"en": 0.5, "zh": 0.3, "ru": 0.2})
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_key = float(rng.uniform(3.0, 5.5))
    streams = worker_pool(rng, start, ctx.t1, per_key * n, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        accts.append(a)
        ts = streams[i]
        prompts = [tx.reasoning_trace(rng, tx.weighted(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "cards": len(cards),
            "pacing": "worker_pool_24x7",
            "per_key_per_hour": round(per_key, 2),
            "ip_source": f"hosting:{prov}",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def myach(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest from shell companies on cloud, bursty jobs."""
    fam = "myach"
    tz = int(pick(rng, (8, 3, 2, 5)))
    langs = mix(rng, {"en": 0.6, "es": 0.2, "de": 0.2})
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    n_orgs = irange(rng, 3, 5)
    accts, provs = [], []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure"))
        provs.append(prov)
        ips = cloud(rng, irange(rng, 1, 3), prov)
        ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            accts.append(a)
            s0 = start + float(rng.uniform(0, 0.6)) * DAY
            per_day = float(rng.uniform(1.0, 2.2))
            starts = thinned(
                rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, workday(tz, weekend=0.35)
            )
            ts = cat(
                bursts(
                    rng, starts, float(rng.uniform(25, 55)), float(rng.uniform(1.5, 4.0)), b=ctx.t1
                )
            )
            prompts = [
                tx.judge_prompt(rng, ctx.chat, ctx.passages, tx.weighted(rng, langs))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.75, p_mini=0.1),
                comp_median=450.0,
                err=0.02,
                extra=irange(rng, 20, 80),
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "orgs": n_orgs,
            "keys": len(accts),
            "pacing": "workday_bursts",
            "operator_tz": tz,
            "ip_source": "cloud:" + ",".join(provs),
            "languages": langs,
            "start": start,
        },
    )


def svecha(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-boundary rewrites on burner accounts (stolen cards) behind residential proxies."""
    fam = "svecha"
    n = irange(rng, 22, 38)
    n_waves = irange(rng, 2, 4)
    waves = np.sort(rng.uniform(ctx.t0, ctx.t1 - 1.5 * DAY, size=n_waves)).tolist()
    langs = mix(rng, {"en": 0.35, "zh": 0.25, "ar": 0.15, "fa": 0.1, "ru": 0.15})
    accts = []
    for i in range(n):
        region = pick(rng, ("*", "us", "eu", "sea", "latam", "in"))
        pool = resi(rng, irange(rng, 15, 40), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pool,
        )
        accts.append(a)
        begin = waves[i % n_waves] + float(rng.exponential(3 * HOUR))
        life = float(rng.uniform(10, 40)) * HOUR
        rate = float(rng.uniform(2.5, 6.0))
        ts = thinned(rng, begin, min(begin + life, ctx.t1), rate * life / HOUR, constant)
        ips = sticky(rng, ts, pool, float(rng.uniform(300, 1200)))
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, tx.weighted(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            ips=ips,
            comp_median=650.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n,
            "payment": "stolen_card_per_key",
            "pacing": "signup_waves_short_lived",
            "waves": waves,
            "ip_source": "residential_proxy_sticky",
            "languages": langs,
        },
    )


def podacha(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: loops of tool calls, keys onboarded around the release."""
    fam = "podacha"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "aws"))
    block = rented_block(rng, prov, 2, irange(rng, 2, 3))
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    langs = mix(rng, {"en": 0.8, "ja": 0.2})
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        accts.append(a)
        rate = float(rng.uniform(1.0, 2.0))
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts_l, pr_l, ex_l, sizes = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 10)
            lang = tx.weighted(rng, langs)
            task, tools = tx.agent_task(rng, lang), tx.agent_tools(rng)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            ts_l.append(t)
            pr_l += [tx.agent_step(rng, task, tools, j, lang) for j in range(k)]
            ex_l += [300 + 150 * j for j in range(k)]
            sizes.append(k)
        ts = cat(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=per_item_models(ctx, rng, starts, sizes, 0.97, 0.0),
            comp_median=180.0,
            comp_sigma=0.7,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n,
            "pacing": "episodes_of_tool_calls",
            "ip_source": f"cloud_block:{prov}",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def perebezhka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation over a taxonomy sweep, night runs from VPN / hosting exits."""
    fam = "perebezhka"
    tz = int(pick(rng, (3, 8, 5, 2, -3)))
    curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    langs = mix(rng, {"en": 0.45, "fr": 0.15, "pt": 0.15, "id": 0.1, "vi": 0.15})
    cells = tx.taxonomy_cells()
    order = rng.permutation(len(cells)).tolist()
    shards = irange(rng, 20, 60)
    total = len(cells) * shards
    counter = 0
    accts = []
    n_orgs = irange(rng, 2, 3)
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        exits = rented_block(
            rng, pick(rng, ("m247", "leaseweb", "ovh", "digitalocean")), irange(rng, 1, 2), 3
        )
        ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "python-httpx/0.28.1"))
        for _ in range(irange(rng, 3, 6)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=exits,
                tz=tz,
            )
            accts.append(a)
            s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
            rate = float(rng.uniform(8, 14)) * float(np.mean(curve(np.linspace(0, DAY, 96))))
            ts = thinned(rng, s0, ctx.t1, rate * (ctx.t1 - s0) / HOUR, curve)
            prompts = []
            for _ in range(len(ts)):
                cell = cells[order[counter % len(cells)]]
                counter += 1
                prompts.append(
                    tx.synthetic_batch(rng, cell, counter, total, tx.weighted(rng, langs))
                )
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
                comp_median=2200.0,
                comp_sigma=0.4,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "orgs": n_orgs,
            "keys": len(accts),
            "pacing": "nightly",
            "operator_tz": tz,
            "ip_source": "vpn_hosting_exits",
            "languages": langs,
            "taxonomy_cells": len(cells),
        },
    )


def osalit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden inside a real study-helper product's own backend traffic."""
    fam = "osalit"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    langs = mix(rng, {"en": 0.6, "es": 0.2, "pt": 0.2})
    pivot = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    share = float(rng.uniform(0.25, 0.4))
    order = rng.permutation(len(tx.CONCEPTS_EN)).tolist()
    cursor = 0
    n = irange(rng, 2, 3)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        rate = float(rng.uniform(8, 16)) * (1.6 if i == 0 else 1.0)
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = (ts >= pivot) & (rng.random(len(ts)) < share)
        prompts, comp = [], []
        for h in harvest.tolist():
            if not h:
                prompts.append(pick(rng, ctx.chat))
                comp.append(350.0)
                continue
            lang = tx.weighted(rng, langs)
            if lang == "en":
                c = tx.CONCEPTS_EN[order[cursor % len(order)]]
                cursor += 1
            else:
                c = tx.concept(rng, lang)
            q = tx.natural_question(rng, lang, c, tx.concept(rng, lang))
            prompts.append(q if chance(rng, 0.8) else tx.followup(rng, lang))
            comp.append(520.0)
        m_gen = ctx.models(rng, ts, p_new=0.25, p_mini=0.15)
        m_har = ctx.models(rng, ts, p_new=0.55, p_mini=0.05)
        models = [y if h else x for x, y, h in zip(m_gen, m_har, harvest.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n,
            "pivot": pivot,
            "harvest_share_after_pivot": round(share, 3),
            "pacing": "product_global_load",
            "ip_source": f"cloud_nat:{prov}",
            "user_agent": ua,
            "languages": langs,
            "hard": True,
        },
    )


def gorod(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Low-and-slow person-like crowd: one prepaid card and a home-like proxy address per persona,
    human sessions with multi-turn follow-ups walking a shared concept curriculum."""
    fam = "gorod"
    lang_of_tz = {
        -8: ("en", "es"),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr"),
        2: ("de", "en"),
    }
    tz_all = list(lang_of_tz)
    tzs = [
        tz_all[i]
        for i in sorted(rng.choice(len(tz_all), irange(rng, 2, 4), replace=False).tolist())
    ]
    n = irange(rng, 40, 65)
    order = rng.permutation(len(tx.CONCEPTS_EN)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        lang = pick(rng, lang_of_tz[tz])
        ua = pick(rng, PLAIN_BROWSERS + BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON[:3])
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
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 160)),
        )
        prompts = []
        for s in sess:
            if chance(rng, 0.2):
                prompts += [pick(rng, ctx.chat) for _ in range(len(s))]
                continue
            if lang == "en":
                c = tx.CONCEPTS_EN[order[cursor % len(order)]]
                cursor += 1
            else:
                c = tx.concept(rng, lang)
            prompts.append(tx.natural_question(rng, lang, c, tx.concept(rng, lang)))
            prompts += [tx.followup(rng, lang) for _ in range(len(s) - 1)]
        ts = cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.12),
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd_dialogue_harvest",
            "keys": n,
            "tzs": tzs,
            "payment": "prepaid_card_per_persona",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_home_like",
            "hard": True,
        },
    )


def kon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Compromised aged accounts: the owners keep using them while a stolen-key harvest runs from
    residential proxies in the owner's own region with the owner's own client."""
    fam = "kon"
    n = irange(rng, 8, 14)
    accts = []
    comp_times = []
    for _ in range(n):
        tz = int(pick(rng, (-8, -5, -3, 0, 1, 2, 9)))
        ua = pick(rng, SDK_COMMON[:3] + PLAIN_BROWSERS[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised_aged",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        own = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), evening_person(tz), 3.0, 90.0
        )
        own_ts = cat(own)
        own_pr = [pick(rng, ctx.chat) for _ in range(len(own_ts))]
        tc = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        comp_times.append(tc)
        pool = home(rng, irange(rng, 40, 150), tz)
        rate = float(rng.uniform(3.0, 8.0))
        att_ts = thinned(rng, tc, ctx.t1, rate * (ctx.t1 - tc) / HOUR, constant)
        lang = "de" if tz in (1, 2) and chance(rng, 0.6) else "en"
        att_pr = [
            tx.expert_longform(rng, lang)
            if chance(rng, 0.7)
            else tx.natural_question(rng, "en", tx.concept(rng, "en"), tx.concept(rng, "en"))
            for _ in range(len(att_ts))
        ]
        att_ips = sticky(rng, att_ts, pool, 900.0)
        ts = cat([own_ts, att_ts])
        models = ctx.models(rng, own_ts, p_new=0.2, p_mini=0.15) + ctx.models(
            rng, att_ts, p_new=0.8, p_mini=0.0
        )
        ips = [a.ips[0]] * len(own_ts) + att_ips
        comp = np.concatenate([np.full(len(own_ts), 350.0), np.full(len(att_ts), 750.0)])
        ctx.emit(rng, a, ts, own_pr + att_pr, models=models, ips=ips, comp_median=comp, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "compromised_aged_accounts",
            "keys": n,
            "compromised_at": comp_times,
            "pacing": "owner_sessions_plus_slow_constant_harvest",
            "ip_source": "owner_home_plus_same_region_residential_proxy",
            "hard": True,
        },
    )


def udar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: ShareGPT prompts, deduplicated across the whole operation, spread
    thinly over several small "startup" orgs on different clouds."""
    fam = "udar"
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    n_orgs = irange(rng, 4, 7)
    accts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "digitalocean", "linode", "oracle", "hetzner"))
        ips = cloud(rng, irange(rng, 1, 2), prov)
        ua = sdk_ua(rng, 0.7)
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
            accts.append(a)
            s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
            curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
            rate = float(rng.uniform(1.2, 3.5))
            ts = thinned(rng, s0, ctx.t1, rate * (ctx.t1 - s0) / HOUR, curve)
            prompts = [ctx.chat[perm[(cursor + j) % len(perm)]] for j in range(len(ts))]
            cursor += len(ts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.6)), p_mini=0.15),
                comp_median=350.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "orgs": n_orgs,
            "keys": len(accts),
            "prompts_replayed": cursor,
            "pacing": "thin_global_load",
            "ip_source": "cloud_per_org",
            "hard": True,
        },
    )


def vodyashchie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times back to back."""
    fam = "vodyashchie"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr", "linode"))
    block = rented_block(rng, prov, 1, n + 2)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = mix(rng, {"en": 0.6, "ko": 0.2, "tr": 0.2})
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[block[i]],
        )
        accts.append(a)
        rate = float(rng.uniform(1.5, 3.0))
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts_l, pr_l, sizes, comp = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 12)
            p = tx.soft_label(rng, ctx.chat, tx.weighted(rng, langs))
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=k - 1))])
            )
            pr_l += [p] * k
            sizes.append(k)
            comp += [120.0 if p.startswith("Write ") else 60.0] * k
        ctx.emit(
            rng,
            a,
            cat(ts_l),
            pr_l,
            models=per_item_models(ctx, rng, starts, sizes, 0.95, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "pacing": "repeat_bursts",
            "ip_source": f"hosting:{prov}",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def cherta(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest into low-resource languages by "freelancers" sharing an office line."""
    fam = "cherta"
    tz = int(pick(rng, (3, 5, 8, 2)))
    office = home(rng, irange(rng, 2, 3), tz)
    vpn = cloud(rng, 2, "m247")
    cards = [hexid(rng, "pay") for _ in range(2)]
    lag = (
        float(rng.uniform(0.5, 1.5)) * DAY
    )  # the scripts are re-pointed at the new model a while later
    idx = sorted(rng.choice(len(tx.TARGETS), irange(rng, 6, 10), replace=False).tolist())
    targets = [tx.TARGETS[i] for i in idx]
    n = irange(rng, 5, 9)
    accts = []
    for i in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "PostmanRuntime/7.43.0", "OpenAI/Python 1.58.1"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_front",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        style = irange(rng, 0, 3)
        rate = float(rng.uniform(10, 18))
        curve = workday(tz, weekend=0.15)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, s0, ctx.t1, rate * 9.0 / 24.0 * (ctx.t1 - s0) / HOUR, curve)
        prompts, comp = [], []
        for _ in range(len(ts)):
            src = (
                tx.clip(rng, pick(rng, ctx.passages), 150, 900)
                if chance(rng, 0.6)
                else tx.clip(rng, pick(rng, ctx.chat), 20, 600)
            )
            prompts.append(tx.translation_job(rng, src, pick(rng, targets), style))
            comp.append(max(40.0, len(src) / 2.5))
        ips = [pick(rng, vpn) if chance(rng, 0.15) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts - lag, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "keys": n,
            "cards": 2,
            "targets": targets,
            "pacing": "workday_high_rate",
            "operator_tz": tz,
            "ip_source": "office_broadband_plus_vpn",
            "model_switch_lag_days": round(lag / DAY, 2),
        },
    )


def smena(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest along a difficulty curriculum from a phone farm (carrier IPv6, app-like clients)."""
    fam = "smena"
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    local = {"us_mobile": "en", "in_mobile": "en", "br_mobile": "pt", "eu_mobile": "es"}[carrier]
    langs = mix(
        rng, {"en": 0.5, local: 0.3, "zh": 0.2} if local != "en" else {"en": 0.8, "zh": 0.2}
    )
    n = irange(rng, 12, 22)
    lag = float(rng.uniform(0.0, 0.3)) * DAY
    accts = []
    span = ctx.t1 - ctx.t0
    for _ in range(n):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)") + MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
        )
        accts.append(a)
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(2, 4)) * (ctx.t1 - s0) / DAY, constant)
        trains = bursts(
            rng, starts, float(rng.uniform(9, 15)), float(rng.uniform(20, 50)), b=ctx.t1
        )
        v6 = mobile_v6(rng, len(trains), carrier)
        ips, prompts = [], []
        for addr, t in zip(v6, trains, strict=True):
            ips += [addr] * len(t)
            for x in t.tolist():
                level = 1 + min(5, int(6 * (x - ctx.t0) / span))
                prompts.append(tx.code_task(rng, level, tx.weighted(rng, langs)))
        ts = cat(trains)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts - lag, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_harvest",
            "keys": n,
            "carrier": carrier,
            "payment": "prepaid_card_per_phone",
            "pacing": "bursts_per_phone",
            "ip_source": "carrier_ipv6",
            "model_switch_lag_days": round(lag / DAY, 2),
            "languages": langs,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "bita": bita,
    "myach": myach,
    "svecha": svecha,
    "podacha": podacha,
    "perebezhka": perebezhka,
    "osalit": osalit,
    "gorod": gorod,
    "kon": kon,
    "udar": udar,
    "vodyashchie": vodyashchie,
    "cherta": cherta,
    "smena": smena,
}
