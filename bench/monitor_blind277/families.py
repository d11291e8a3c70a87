"""Campaign families of batch 277 (code names from Cornish wrestling).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. All draws come from
the family's own generator, in a fixed order (no set is walked, nothing is hashed).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    multi_office,
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
from bench.monitor_blind277 import texts as tx


def _langs(rng: np.random.Generator, n: int, langs: list[str], weights: list[float]) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w / w.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _dirichlet(rng: np.random.Generator, k: int, conc: float = 2.0) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(k, conc))]


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading harvest from a rented hosting block


def stickler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stickler"
    n_keys = irange(rng, 6, 14)
    shared_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = sdk_ua(rng, 0.4)
    langs = ["en", "de", "es", "zh"]
    lw = [0.55, *_dirichlet(rng, 3)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader_worker",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(35, 80))
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg)
            for lg in _langs(rng, len(ts), langs, lw)
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.92), comp_median=260.0, err=0.03)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "poisson_worker_pool",
            "per_hour": rate,
            "start": start,
            "ip_source": f"rented_block:{provider}",
            "payment": f"{len(cards)} prepaid cards round-robin",
            "shared_org": shared_org,
            "user_agent": ua,
            "languages": langs,
            "language_weights": lw,
            "styles": ["score_json", "pairwise", "multi_criteria_reward", "critique_revise"],
        },
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion through rotating residential proxies and stolen cards


def wrasslin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wrasslin"
    n_keys = irange(rng, 18, 36)
    pool = resi(rng, irange(rng, 300, 700))
    langs = ["en", "zh", "ru", "pt", "es"]
    lw = [0.45, 0.25, 0.12, 0.1, 0.08]
    accts, n_total = [], 0
    for _ in range(n_keys):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="stolen_card_key",
            campaign_id=cid,
            ua=ua,
            ips=[],
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        per_day = float(rng.uniform(5, 10))
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(6, 16)), float(rng.uniform(3, 9)), b=ctx.t1)
        )
        lang = _langs(rng, 1, langs, lw)[0]
        prompts = [
            tx.reasoning_prompt(rng, lang if chance(rng, 0.8) else "en") for _ in range(len(ts))
        ]
        n_total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "script_bursts",
            "ip_source": "residential_proxy_rotating_per_request",
            "payment": "one stolen card per key",
            "user_agent": "spoofed browsers or SDKs, one per key",
            "languages": langs,
            "styles": ["think_tags", "expert_aloud", "hidden_scratchpad", "sectioned"],
            "events_generated": n_total,
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy-compliant rewrites from VPN exits, office hours in UTC+8


def flying_mare(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flying_mare"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    exits = cloud(rng, irange(rng, 8, 20), pick(rng, ("m247", "leaseweb", "ovh")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs, lw = ["zh", "en", "ru"], [0.5, 0.35, 0.15]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=exits,
        )
        for i in range(n_keys)
    ]
    rate = float(rng.uniform(20, 45))
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, rate, n_keys, workday(8, start=9.0, end=21.0, weekend=0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.policy_prompt(rng, ctx.passages, lg) for lg in _langs(rng, len(ts), langs, lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8),
            ips=sticky(rng, ts, exits, 1800.0),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites_and_refusals",
            "pacing": "worker_pool_office_hours_utc+8",
            "per_hour": rate,
            "ip_source": "vpn_exits_sticky_30min",
            "payment": "2 cards shared by all keys",
            "user_agent": ua,
            "languages": langs,
            "styles": [
                "rewrite_to_policy",
                "refuse_and_safe",
                "neutral_explainer",
                "ideal_response",
            ],
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories from cloud workers


def back_heel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "back_heel"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="trajectory_worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(a)
        per_hour = float(rng.uniform(0.6, 1.5))
        starts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = 1 + int(rng.poisson(rng.uniform(5, 13)))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=steps - 1))]
            )
            task, style = tx.agent_task(rng), int(rng.integers(4))
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(tx.agent_prompt(rng, task, k, style))
                extra.append(250 + 160 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=170.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_trajectories",
            "pacing": "episodes_of_growing_transcripts",
            "ip_source": f"cloud:{provider}",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": ["function_schema", "react", "shell", "browser"],
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation at night, card shared across keys


def fore_hip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fore_hip"
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(3)]
    provider = pick(rng, ("hetzner", "contabo", "ovh", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 6, 14))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    tz = pick(rng, (3, 5, 8))
    langs, lw = ["en", "fr", "hi", "id", "es", "vi"], [0.45, 0.12, 0.12, 0.11, 0.1, 0.1]
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[int(rng.integers(3))],
            ua=ua,
            ips=[block[i % len(block)]],
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1, 3)) * (ctx.t1 - start) / DAY,
            nightly(0.5, 5.0, tz),
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(20, 45)), float(rng.uniform(1.0, 3.0)), b=ctx.t1)
        )
        prompts = [tx.datagen_prompt(rng, ctx.chat, lg) for lg in _langs(rng, len(ts), langs, lw)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "night_bursts",
            "operator_tz": tz,
            "ip_source": f"rented_block:{provider}, one host per key",
            "payment": "3 cards spread over the keys",
            "user_agent": ua,
            "languages": langs,
            "styles": [
                "jsonl_pairs",
                "persona_dialogue",
                "evolve_instruction",
                "mcq_with_explanations",
            ],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a low-and-slow crowd of bought aged accounts replaying public prompts with follow-ups

_LANG_TZ = {
    "en": (-8, -5, 0, 1),
    "es": (-3, 1, -5),
    "pt": (-3,),
    "de": (1,),
    "fr": (1,),
    "ja": (9,),
    "hi": (5,),
    "id": (8,),
    "tr": (3,),
}


def crook_lock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crook_lock"
    n = irange(rng, 60, 110)
    langs = ["en", "es", "pt", "de", "fr", "ja", "hi", "id", "tr"]
    lw = [0.4, 0.1, 0.1, 0.07, 0.07, 0.07, 0.07, 0.06, 0.06]
    accts, pinned = [], 0
    for lang in _langs(rng, n, langs, lw):
        tz = pick(rng, _LANG_TZ[lang])
        ua = pick(rng, BROWSERS + MOBILE)
        pin = chance(rng, 0.6)
        pinned += int(pin)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 150)),
        )
        ts_l, prompts, ips = [], [], []
        for s in sess:
            ip = pick(rng, a.ips) if pin else home(rng, 1, tz)[0]
            for k, t in enumerate(s.tolist()):
                ts_l.append(t)
                prompts.append(
                    tx.opener(rng, ctx.chat, lang)
                    if k == 0 or chance(rng, 0.2)
                    else tx.followup(rng, lang)
                )
                ips.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.03),
            ips=ips,
            comp_median=600.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest_public_prompt_replay",
            "hard": True,
            "pacing": "human_like_evening_sessions",
            "ip_source": "residential_proxy matched to persona timezone; pinned or fresh per session",
            "pinned_accounts": pinned,
            "payment": "bought aged accounts, each its own card",
            "user_agent": "browsers and phones, one per account",
            "languages": langs,
            "styles": [
                "public_opener",
                "opener_plus_thorough",
                "language_wrapped_opener",
                "short_followups",
            ],
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def four_pins(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "four_pins"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    provider = pick(rng, ("gcp", "azure"))
    ua = "AsyncOpenAI/Python 1.60.0"
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        per_hour = float(rng.uniform(1.5, 4))
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_l, prompts = [], []
        for s in starts.tolist():
            style = int(rng.integers(3))
            reps = pick(rng, (4, 8, 8, 16)) if style == 2 else irange(rng, 1, 3)
            p = tx.softlabel_prompt(rng, ctx.chat, style)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=reps - 1))]
            )
            ts_l.extend(t.tolist())
            prompts.extend([p] * reps)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=420.0, err=0.04
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_label_sampling",
            "pacing": "tight repeats of one prompt",
            "start": start,
            "ip_source": f"cloud:{provider}, one address per key",
            "payment": "one card per key",
            "user_agent": ua,
            "languages": ["en", "as found in public prompts"],
            "styles": ["label_distribution", "ranked_alternatives", "identical_repeats"],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: curriculum sweep hidden inside a real study-app's production traffic


def canvas_jacket(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "canvas_jacket"
    product = pick(rng, ("Quillpath", "StudyNook", "Brightmark Tutor", "Lumen Coach"))
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    egress = cloud(rng, irange(rng, 2, 5), "aws")
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
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(13, 20)), float(rng.uniform(0.45, 0.7))
    real_rate = float(rng.uniform(25, 50))
    share = float(rng.uniform(0.18, 0.3))
    harvest_rate = real_rate * share / (1 - share)
    h_start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    real = worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, global_load(peak, depth))
    harvest = worker_pool(
        rng, h_start, ctx.t1, harvest_rate * 1.3, n_keys, global_load(peak, depth * 0.5)
    )
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    k = 0
    for a, ts_r, ts_h in zip(accts, real, harvest, strict=True):
        prompts = [tx.wrap_product(product, p) for p in picks(rng, ctx.chat, len(ts_r))]
        ctx.emit(
            rng,
            a,
            ts_r,
            prompts,
            models=ctx.models(rng, ts_r, 0.25, 0.35),
            comp_median=380.0,
            err=0.01,
        )
        hp = []
        for _ in range(len(ts_h)):
            c = tx.CONCEPTS[order[(k // 40) % len(order)]]
            aud = tx.AUDIENCES[(k // 4) % len(tx.AUDIENCES)]
            hp.append(tx.wrap_product(product, tx.curriculum_prompt(c, aud, k)))
            k += 1
        ctx.emit(
            rng, a, ts_h, hp, models=ctx.models(rng, ts_h, 0.95, 0.0), comp_median=900.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_inside_product_traffic",
            "hard": True,
            "product": product,
            "pacing": "global product load; harvest queue drained under the same curve, flatter",
            "real_per_hour": real_rate,
            "harvest_share": share,
            "harvest_start": h_start,
            "ip_source": "aws NAT egress of the product",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["as users write", "en sweep"],
            "styles": [
                "product_wrapper_real",
                "product_wrapper_sweep(concept x audience x 4 variants)",
            ],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: leaked keys of ordinary developers, used at modest rates from the owner's own region


def gwary_tek(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gwary_tek"
    n = irange(rng, 8, 14)
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 9))
        owner_ua = sdk_ua(rng, 0.6)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            workday(tz),
            4.0,
            float(rng.uniform(60, 240)),
        )
        ts_o = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts_o,
            picks(rng, ctx.chat, len(ts_o)),
            models=ctx.models(rng, ts_o, 0.15),
            err=0.01,
        )
        t_c = ctx.t0 + float(rng.uniform(1.5, 4.8)) * DAY
        per_day = float(rng.uniform(25, 70))
        ts_h = thinned(
            rng,
            t_c,
            ctx.t1,
            per_day * (ctx.t1 - t_c) / DAY,
            global_load(float(rng.uniform(0, 24)), 0.35),
        )
        proxies = home(rng, irange(rng, 6, 20), tz)
        hp = []
        for _ in range(len(ts_h)):
            u = rng.random()
            if u < 0.4:
                hp.append(tx.reasoning_prompt(rng, "en"))
            elif u < 0.6:
                hp.append(tx.judge_prompt(rng, ctx.chat, ctx.passages, "en"))
            elif u < 0.8:
                hp.append(tx.code_prompt(rng, "en"))
            else:
                hp.append(
                    f"Q: {pick(rng, ctx.chat)}\nProvide a detailed explanation and the final answer."
                )
        ua_h = owner_ua if chance(rng, 0.5) else "OpenAI/Python 1.54.0"
        ctx.emit(
            rng,
            a,
            ts_h,
            hp,
            models=ctx.models(rng, ts_h, 0.85),
            ips=picks(rng, proxies, len(ts_h)),
            ua=ua_h,
            comp_median=900.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_through_compromised_developer_keys",
            "hard": True,
            "pacing": "owner's workday sessions plus a modest steady harvest after takeover",
            "ip_source": "owner's home/office; harvest via residential proxies in the owner's region",
            "payment": "victims' own cards",
            "user_agent": "owner's SDK, or the most common SDK string",
            "languages": ["en"],
            "styles": ["reasoning", "judge", "code", "plain_qa"],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a "university lab" running benchmark-shaped jobs that are really a reasoning harvest


def omdowl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "omdowl"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    campus = home(rng, irange(rng, 2, 4), tz)
    accts, jobs = [], 0
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="lab_member",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=campus,
            tz=tz,
        )
        accts.append(a)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.6)) * 7.0, workday(tz))
        jobs += len(starts)
        for s in starts.tolist():
            size = float(rng.uniform(60, 220))
            ts = _cat(bursts(rng, np.asarray([s]), size, float(rng.uniform(0.8, 2.5)), b=ctx.t1))
            style = int(rng.choice(4, p=[0.25, 0.3, 0.25, 0.2]))
            lang_pre = pick(rng, ("", "", "", "Antworte auf Deutsch.\n", "Réponds en français.\n"))
            prompts = [lang_pre + tx.exam_prompt(rng, style) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9, 0.0),
                comp_median=25.0 if style == 0 else 750.0,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "benchmark_shaped_reasoning_harvest",
            "hard": True,
            "pacing": "jobs launched in working hours, bursts of 60-220",
            "jobs": jobs,
            "ip_source": "campus NAT (consumer-ISP range in the lab's region)",
            "payment": "one institutional card",
            "user_agent": "python clients, one per member",
            "languages": ["en", "de", "fr"],
            "styles": [
                "letter_only",
                "explain_every_option",
                "harder_variant_and_solve",
                "full_solution",
            ],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: parallel-corpus harvest dressed as a localisation agency


def sheep_prize(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sheep_prize"
    product = pick(rng, ("Polyglot Bridge", "Versa Localize", "TransHub Pro"))
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("scaleway", "ovh", "aws"))
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    sent = tx.sentences(ctx.passages)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="tms_connector",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    offices = [1, 5, 8]
    rate = float(rng.uniform(30, 60))
    streams = worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, multi_office(offices))
    sw = [0.3, 0.25, 0.3, 0.15]
    for a, ts in zip(accts, streams, strict=True):
        styles = rng.choice(4, size=len(ts), p=sw).tolist()
        prompts = [tx.translate_prompt(rng, sent, s, product) for s in styles]
        med = np.asarray([(70.0, 220.0, 260.0, 160.0)[s] for s in styles])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.75), comp_median=med, err=0.015)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "hard": True,
            "product": product,
            "pacing": "worker pool following three offices' working days",
            "per_hour": rate,
            "offices_tz": offices,
            "ip_source": f"cloud:{provider}",
            "payment": f"{len(cards)} agency card(s)",
            "user_agent": ua,
            "languages": ["en source", "20 target locales"],
            "styles": ["single_locale", "segment_tags", "multi_locale_json", "back_translation_qa"],
        },
    )


# --------------------------------------------------------------------------------------------
# code-solution harvest from the model release on, rotating residential proxies


def cross_buttock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cross_buttock"
    n_keys = irange(rng, 10, 24)
    pool = resi(rng, irange(rng, 400, 900), pick(rng, ("*", "us", "eu", "sea")))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    accts = [
        ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=[]
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(80, 150))
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys)
    langs, lw = ["en", "zh", "ru"], [0.75, 0.15, 0.1]
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.code_prompt(rng, lg) for lg in _langs(rng, len(ts), langs, lw)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=950.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_solution_harvest",
            "pacing": "poisson_worker_pool from the release",
            "start": start,
            "per_hour": rate,
            "ip_source": "residential_proxy_rotating_per_request",
            "payment": "one card per key",
            "user_agent": ua,
            "languages": langs,
            "styles": [
                "full_solution_tests",
                "explain_then_code",
                "convert_from_python",
                "rewrite_buggy",
            ],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "stickler": stickler,
    "wrasslin": wrasslin,
    "flying_mare": flying_mare,
    "back_heel": back_heel,
    "fore_hip": fore_hip,
    "crook_lock": crook_lock,
    "four_pins": four_pins,
    "canvas_jacket": canvas_jacket,
    "gwary_tek": gwary_tek,
    "omdowl": omdowl,
    "sheep_prize": sheep_prize,
    "cross_buttock": cross_buttock,
}
