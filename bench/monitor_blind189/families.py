"""Campaign families of batch 189 (code names from mahjong).

Each family is a function `(ctx, rng, campaign_id)` that opens accounts, emits their events and
records the campaign with its parameters. Everything (key counts, cards, addresses, pacing,
languages, model choice) is drawn from the family's own generator.
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
    SDK_OTHER,
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
from bench.monitor_blind189 import texts

C = "campaign"
_REGION_OF = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# easy-to-medium shapes


def rinshan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block: a worker pool on a few shared cards."""
    fam = "rinshan"
    n = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    hosts = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 5))
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, SDK_OTHER)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, hosts, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(25, 50))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        pl = [texts.reasoning_trace(rng)[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.95),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
            extra=irange(rng, 20, 60),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"hosting:{provider}",
            "payment": f"{len(cards)} shared prepaid cards",
            "orgs": n_orgs,
            "languages": ["en", "zh", "ru"],
            "user_agent": ua,
            "difficulty": "easy",
        },
    )


def haitei(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading in scheduled batch bursts from cloud VMs."""
    fam = "haitei"
    n = irange(rng, 5, 10)
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    tz = pick(rng, (8, 3, 2, -5))
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label=C,
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=sdk_ua(rng, 0.6),
                ips=cloud(rng, 1, provider),
                tz=tz,
            )
        )
    size = float(rng.uniform(35, 80))
    per_day = float(rng.uniform(3, 7))
    for a in accts:
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = thinned(
            rng,
            s,
            ctx.t1,
            per_day * (ctx.t1 - s) / DAY,
            workday(tz, 7.0, 22.0, weekend=0.5, night=0.15),
        )
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(1.0, 3.0))))
        pairs = [texts.judge_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pairs],
            models=ctx.models(rng, ts, 0.85),
            comp_median=260.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "scheduled_bursts",
            "burst_size_mean": round(size, 1),
            "bursts_per_day": round(per_day, 2),
            "ip_source": f"cloud:{provider}",
            "payment": "one card per org",
            "orgs": n_orgs,
            "languages": ["en", "de", "ja"],
            "operator_tz": tz,
            "difficulty": "medium",
        },
    )


def chankan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites through commercial VPN exits on short-lived, stolen-card keys."""
    fam = "chankan"
    n = irange(rng, 15, 28)
    exits = cloud(
        rng, irange(rng, 12, 24), pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    )
    exits += cloud(rng, irange(rng, 4, 10), pick(rng, ("m247", "leaseweb", "ovh")))
    accts, params_life = [], []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="rotating_key",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.4),
            ips=exits,
        )
        birth = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
        life = float(rng.uniform(0.6, 2.5)) * DAY
        ts = _concat(
            session_times(
                rng,
                birth,
                min(ctx.t1, birth + life),
                float(rng.uniform(6, 14)),
                constant,
                float(rng.uniform(8, 20)),
                float(rng.uniform(5, 15)),
                0.6,
            )
        )
        pl = [texts.policy_rewrite(rng, ctx.passages)[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, exits, 30 * MINUTE),
            comp_median=420.0,
            err=0.05,
        )
        accts.append(a)
        params_life.append(round(life / DAY, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "scripted_sessions_rotating_keys",
            "key_life_days": params_life,
            "ip_source": "vpn_exits_shared",
            "payment": "stolen cards, one per key",
            "languages": ["zh", "en", "ru", "ar"],
            "difficulty": "medium",
        },
    )


def nagashi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: whole episodes replayed step by step by an orchestration framework."""
    fam = "nagashi"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    eps_per_hour = float(rng.uniform(6, 14))
    style = irange(rng, 0, 2) if chance(rng, 0.6) else None
    for a, ep_starts in zip(accts, worker_pool(rng, start, ctx.t1, eps_per_hour, n), strict=True):
        ts_all, pl_all = [], []
        for s in ep_starts.tolist():
            k = irange(rng, 3, 12)
            ts_all.append(s + np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k)))
            pl_all += texts.agent_episode(rng, k, style)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pl_all,
            models=ctx.models(rng, ts, 0.95),
            comp_median=200.0,
            comp_sigma=0.7,
            extra=irange(rng, 200, 600),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_via_worker_pool",
            "episodes_per_hour": round(eps_per_hour, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": ["en"],
            "difficulty": "medium",
        },
    )


def renchan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation through a rotating residential proxy, prepaid cards in threes."""
    fam = "renchan"
    n = irange(rng, 10, 20)
    pool = resi(rng, irange(rng, 200, 400), "*")
    cards = [hexid(rng, "pay") for _ in range((n + 2) // 3)]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[i // 3],
            ua=ua,
            ips=pool,
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, s, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - s) / DAY, constant)
        ts = _concat(bursts(rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(2, 6)), 0.7))
        pl = [texts.synth_dataset(rng)[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, pool, 10 * MINUTE),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "bursts",
            "ip_source": "residential_proxy_rotating_10min",
            "payment": f"{len(cards)} prepaid cards, one per three keys",
            "languages": ["en", "es", "pt", "id"],
            "user_agent": ua,
            "difficulty": "medium",
        },
    )


def uradora(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest dressed as browser users on region-pinned residential proxies."""
    fam = "uradora"
    n = irange(rng, 18, 32)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    langs = {"en": 0.5, "es": 0.2, "fr": 0.15, "tr": 0.15}
    region_of = {"en": "us", "es": "latam", "fr": "eu", "tr": "ru"}
    accts = []
    for _ in range(n):
        lang = str(rng.choice(list(langs), p=np.array(list(langs.values()))))
        pool = resi(rng, irange(rng, 20, 60), region_of[lang])
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS),
            ips=pool,
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        convs = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(6, 12)),
            global_load(14.0, 0.3),
            float(rng.uniform(4, 7)),
            float(rng.uniform(14, 30)),
            0.4,
        )
        convs = [t for t in convs if len(t)]
        if not convs:
            continue
        ts = np.concatenate(convs)
        pl = [p for t in convs for p in texts.dialogue(rng, ctx.chat, len(t), lang)]
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.85),
            ips=sticky(rng, ts, pool, HOUR),
            comp_median=520.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversation_sessions",
            "ip_source": "residential_proxy_pinned_by_language_region",
            "payment": f"{len(cards)} shared cards",
            "user_agent": "spoofed browsers",
            "languages": list(langs),
            "difficulty": "medium",
        },
    )


def penchan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: an ordered grid of topics x levels, at a slow steady rate from one office line."""
    fam = "penchan"
    n = irange(rng, 3, 5)
    tz = pick(rng, (9, 8, 1))
    ip = home(rng, 1, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    lang = {9: "ko", 8: "en", 1: "fr"}[tz]
    topics = list(texts._CURRICULUM)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ip,
            tz=tz,
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        gap = float(rng.uniform(240, 540))
        k = int((ctx.t1 - s) / gap)
        ts = s + np.cumsum(gap * rng.uniform(0.85, 1.15, size=k))
        pl = []
        for j in range(len(ts)):
            topic = topics[(i + j // 40) % len(topics)]
            level = (j // 4) % 10
            pl.append(texts.curriculum(rng, topic, level, lang if chance(rng, 0.7) else "en"))
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.95),
            comp_median=700.0,
            comp_sigma=0.4,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_fixed_interval",
            "ip_source": "single_office_broadband",
            "payment": "one card",
            "operator_tz": tz,
            "languages": [lang, "en"],
            "difficulty": "medium",
        },
    )


def shanpon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: each source passage fanned out to many target languages."""
    fam = "shanpon"
    n = irange(rng, 6, 12)
    n_orgs = 2
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("contabo", "hetzner", "selectel"))
    hosts = rented_block(rng, provider, 2, irange(rng, 3, 6))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="translator_worker",
            campaign_id=cid,
            org=orgs[i % 2][0],
            pay=orgs[i % 2][1],
            ua=ua,
            ips=picks(rng, hosts, 2),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    jobs_per_hour = float(rng.uniform(4, 8))
    fan = (irange(rng, 5, 8), irange(rng, 9, 14))
    style = irange(rng, 0, 3)
    per_acct: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for t in thinned(
        rng, start, ctx.t1, jobs_per_hour * (ctx.t1 - start) / HOUR, constant
    ).tolist():
        text = texts.excerpt(rng, ctx.passages, 300, 1200)
        k = irange(rng, *fan)
        langs = rng.choice(len(texts.TARGETS), size=k, replace=False).tolist()
        times = t + np.cumsum(rng.lognormal(np.log(2.0), 0.6, size=k))
        for tt, li in zip(times.tolist(), langs, strict=True):
            who = int(rng.integers(n))
            per_acct[who][0].append(tt)
            per_acct[who][1].append(texts.translate(rng, text, texts.TARGETS[li], style))
    for a, (ts_l, pl) in zip(accts, per_acct, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, pl, models=ctx.models(rng, ts, 0.9), comp_median=450.0, comp_sigma=0.5)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest_fanout",
            "pacing": "jobs_spread_over_workers",
            "jobs_per_hour": round(jobs_per_hour, 2),
            "fanout": list(fan),
            "ip_source": f"hosting:{provider}",
            "payment": "one card per org",
            "languages": "16 targets",
            "difficulty": "easy",
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard shapes


def kanchan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Best-of-n and soft-label sampling on replayed public prompts, run like an office's eval job:
    working hours, the most common SDK, an office line plus two cloud VMs, repeats spread over minutes."""
    fam = "kanchan"
    n = irange(rng, 2, 4)
    tz = pick(rng, (0, 1, -5, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 2, "aws")
    accts = []
    n_rep = (irange(rng, 2, 3), irange(rng, 4, 6))
    for _ in range(n):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 60)) * 5, workday(tz))
        ts_l, pl = [], []
        for s in starts.tolist():
            p = texts.soft_label(rng) if chance(rng, 0.3) else texts.human(rng, ctx.chat)
            k = irange(rng, *n_rep)
            ts_l += (
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.8, size=k - 1))])
            ).tolist()
            pl += [p] * k
        ts = np.asarray(ts_l)
        ctx.emit(
            rng, a, ts, pl, models=ctx.models(rng, ts, 0.75, 0.1), comp_median=380.0, comp_sigma=0.7
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels_on_public_prompts",
            "pacing": "office_hours_repeats_spread_over_minutes",
            "repeats": list(n_rep),
            "ip_source": "office_line_plus_2_cloud_vms",
            "payment": "corporate card",
            "user_agent": "OpenAI/Python 1.54.0",
            "operator_tz": tz,
            "languages": ["en", "mixed"],
            "difficulty": "hard",
        },
    )


def sanankou(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real study-helper app whose backend keys also carry the operator's harvest: the app's
    genuine user traffic (worldwide load, same servers, same SDK) with a share of thorough-explanation
    prompts injected around the clock."""
    fam = "sanankou"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    share = float(rng.uniform(0.2, 0.4))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="product_backend_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, provider),
        )
        rate = float(rng.uniform(12, 25)) if i < 2 else float(rng.uniform(1, 3))
        users = thinned(
            rng, ctx.t0, ctx.t1, rate * 7 * 24, global_load(float(rng.uniform(12, 18)), 0.7)
        )
        harvest = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY,
            ctx.t1,
            len(users) * share / (1 - share),
            constant,
        )
        pl_u = [
            texts.human(rng, ctx.chat, 1200)
            if chance(rng, 0.55)
            else texts.study_question(rng, False)
            for _ in range(len(users))
        ]
        pl_h = [texts.study_question(rng, True) for _ in range(len(harvest))]
        ctx.emit(rng, a, users, pl_u, models=ctx.models(rng, users, 0.5, 0.15), comp_median=320.0)
        ctx.emit(
            rng,
            a,
            harvest,
            pl_h,
            models=ctx.models(rng, harvest, 0.9, 0.0),
            comp_median=750.0,
            comp_sigma=0.45,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "harvest_share": round(share, 3),
            "pacing": "global_product_load_plus_constant_injection",
            "ip_source": f"cloud:{provider} app servers",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en", "mixed from users"],
            "difficulty": "hard",
        },
    )


def ippatsu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought / compromised aged personal accounts: each keeps its owner's card, org and browser
    for a while; after the hand-over day it sends natural first-person expert questions through a
    residential proxy in the owner's own region, in the owner's language."""
    fam = "ippatsu"
    n = irange(rng, 12, 22)
    lang_of = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "en",
        5: "en",
        8: "en",
        9: "en",
    }
    accts = []
    handover = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5))
        ua = pick(rng, BROWSERS + MOBILE[:3])
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        h = ctx.t0 + float(rng.uniform(2.0, 4.6)) * DAY
        own = _concat(
            session_times(
                rng, ctx.t0, h, float(rng.uniform(0.4, 1.4)), evening_person(tz), 3.0, 70.0
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [texts.human(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.3),
            comp_median=330.0,
        )
        pool = resi(rng, 5, _REGION_OF[tz])
        new_ua = ua if chance(rng, 0.5) else sdk_ua(rng, 0.7)
        ts = _concat(
            session_times(
                rng,
                h,
                ctx.t1,
                float(rng.uniform(3, 7)),
                constant,
                float(rng.uniform(4, 8)),
                float(rng.uniform(20, 60)),
                0.7,
            )
        )
        lang = lang_of[tz] if chance(rng, 0.8) else "en"
        pl = [
            texts.expert_question(rng, pick(rng, ("med", "law", "med", "fin")), lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.85),
            ips=sticky(rng, ts, pool, 2 * HOUR),
            ua=new_ua,
            comp_median=650.0,
            comp_sigma=0.5,
        )
        accts.append(a)
        handover.append(round((h - ctx.t0) / DAY, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_expert_qa",
            "handover_day": handover,
            "pacing": "sessions_after_handover",
            "ip_source": "residential_proxy_same_region",
            "payment": "original owners' cards",
            "languages": ["en", "de", "fr", "pt"],
            "difficulty": "hard",
        },
    )


def toitoi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A low-and-slow crowd of person-like accounts: each its own card, a home-looking address in
    a region matching its clock, browser or phone, evening sessions with human think times, asking
    personal finance / career / legal questions in natural register (with some ordinary chat as cover)."""
    fam = "toitoi"
    n = irange(rng, 30, 55)
    lang_of = {
        -3: ("es", "pt"),
        1: ("de", "en"),
        2: ("fr", "en"),
        0: ("en",),
        -5: ("en",),
        -8: ("en",),
        5: ("en",),
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 2, 5))
        phone = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS)
        if phone and chance(rng, 0.5):
            ips = mobile_v6(rng, irange(rng, 2, 4), "us_mobile" if tz in (-8, -5) else "eu_mobile")
        else:
            ips = resi(rng, irange(rng, 1, 2), _REGION_OF[tz])
        a = ctx.account(
            rng, label=C, family=fam, role="crowd_member", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _concat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(50, 140)),
                0.7,
            )
        )
        langs = lang_of[tz]
        pl = [
            texts.human(rng, ctx.chat)
            if chance(rng, 0.12)
            else texts.expert_question(
                rng, pick(rng, ("fin", "fin", "career", "law")), pick(rng, langs)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, pl, models=ctx.models(rng, ts, 0.8), comp_median=600.0, comp_sigma=0.5)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd_expert_qa",
            "pacing": "evening_human_sessions",
            "ip_source": "residential_or_carrier_matching_tz",
            "payment": "one card each",
            "languages": ["en", "es", "pt", "de", "fr"],
            "difficulty": "hard",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "rinshan": rinshan,
    "haitei": haitei,
    "chankan": chankan,
    "nagashi": nagashi,
    "renchan": renchan,
    "uradora": uradora,
    "penchan": penchan,
    "shanpon": shanpon,
    "kanchan": kanchan,
    "sanankou": sanankou,
    "ippatsu": ippatsu,
    "toitoi": toitoi,
}
