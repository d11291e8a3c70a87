"""Campaign families of batch 325: distillation operators harvesting the model's outputs.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts, writes their events into the
context's sink and records the campaign in the truth. Everything is drawn from the family's own
generator, in an order that does not depend on the process (no set or hash walks).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    MINUTE,
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
from bench.monitor_blind325 import texts


def _weighted(rng: np.random.Generator, options: tuple, weights: tuple) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _steady(
    rng: np.random.Generator, a: float, b: float, gap_median: float, sigma: float
) -> np.ndarray:
    """A loop that sleeps about `gap_median` seconds between requests (a cron-like worker)."""
    n = int((b - a) / gap_median * 1.3) + 8
    t = a + np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=n))
    return t[t < b]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# hatcho: reasoning-trace coercion from a rented hosting block


def hatcho(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hatcho"
    n_keys, n_orgs = irange(rng, 14, 28), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_ua = [sdk_ua(rng, 0.6) for _ in range(n_orgs)]
    one_card = chance(rng, 0.4)
    cards = [hexid(rng, "pay") for _ in range(1 if one_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 5, 9))
    langs, lw = ("en", "zh", "ru", "es", "ko"), (0.5, 0.2, 0.12, 0.1, 0.08)
    accts = []
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
                pay=cards[0 if one_card else o],
                ua=org_ua[o],
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(40, 90))
    p_new = float(rng.uniform(0.88, 0.97))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [texts.hatcho_prompt(rng, _weighted(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
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
            "payment": "one_prepaid" if one_card else "prepaid_per_org",
            "orgs": n_orgs,
            "languages": list(langs),
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# saikyo: judge / rubric / reward-model grading in scripted bursts from cloud VMs


def saikyo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "saikyo"
    n_keys = irange(rng, 8, 15)
    org = hexid(rng, "org")
    stolen = chance(rng, 0.6)
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("aws", "gcp", "azure"))
    uas = ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0")
    accts = []
    for i in range(n_keys):
        pay = hexid(rng, "pay") if stolen else shared[i % len(shared)]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, uas),
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    size = float(rng.uniform(35, 80))
    p_new = float(rng.uniform(0.85, 0.95))
    for acct in accts:
        starts = thinned(rng, start, ctx.t1, float(rng.uniform(6, 14)), constant)
        ts = _cat(bursts(rng, starts, size, gap_median=float(rng.uniform(0.8, 2.5)), b=ctx.t1))
        prompts = [texts.saikyo_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=260.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "pacing": "scripted_bursts",
            "burst_size": round(size, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "stolen_card_per_key" if stolen else "shared_prepaid",
            "languages": ["en", "de", "ja"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# shinshu: censorship-safe / policy rewrites through a residential proxy pool


def shinshu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shinshu"
    n_keys = irange(rng, 10, 18)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("cn", "sea", "ru"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(15, 40)) * MINUTE
    op_tz = 8 if region != "ru" else 3
    curve = workday(op_tz, start=9.0, end=21.0, weekend=0.5, night=0.05)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    p_new = float(rng.uniform(0.8, 0.9))
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(50, 110)) * (ctx.t1 - a) / DAY, curve)
        prompts = [texts.shinshu_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "operator_workday_poisson",
            "ip_source": f"residential_proxy:{region}",
            "sticky_s": round(hold),
            "payment": f"{len(cards)}_prepaid_shared",
            "operator_tz": op_tz,
            "languages": ["en", "zh", "ru", "vi"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# sendai: agent / tool-use trajectories, episode by episode


def sendai(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sendai"
    n_keys = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
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
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    p_new = float(rng.uniform(0.88, 0.96))
    for acct in accts:
        style = irange(rng, 0, 3)
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, start, ctx.t1, float(rng.uniform(25, 55)), constant).tolist():
            steps = irange(rng, 3, 9)
            st = style if chance(rng, 0.8) else irange(rng, 0, 3)
            ep = texts.sendai_episode(rng, st, steps)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=steps - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(ep)
            extra.extend([300 + 220 * k for k in range(steps)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=280.0,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_trajectories",
            "pacing": "episodes",
            "ip_source": f"cloud:{provider}",
            "payment": "one_corporate_card",
            "languages": ["en", "es"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# mugi: synthetic-dataset generation, overnight runs


def mugi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mugi"
    n_keys, n_orgs = irange(rng, 3, 6), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "linode", "hetzner"))
    op_tz = int(pick(rng, (-5, 1, 8)))
    curve_night = workday(op_tz, start=21.0, end=30.0, weekend=1.0, night=0.15)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    p_new = float(rng.uniform(0.93, 0.99))
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(180, 320)) * (ctx.t1 - a) / DAY, curve_night)
        prompts = [texts.mugi_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=1700.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "overnight_poisson",
            "operator_tz": op_tz,
            "ip_source": f"hosting:{provider}",
            "payment": "card_per_org",
            "languages": ["en", "es", "id"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# genmai (hard): multi-turn dialogue harvest by a crowd of person-like accounts

_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    9: ("ja",),
}


def genmai(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "genmai"
    n = irange(rng, 30, 52)
    tzs = sorted(_LANG_OF_TZ)
    accts, tz_of, lang_of = [], [], []
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    for _ in range(n):
        tz = int(pick(rng, tzs))
        lang = pick(rng, _LANG_OF_TZ[tz])
        pay = hexid(rng, "pay") if chance(rng, 0.7) else pick(rng, shared)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="persona",
                campaign_id=cid,
                pay=pay,
                ua=ua,
                ips=home(rng, irange(rng, 1, 3), tz),
                tz=tz,
            )
        )
        tz_of.append(tz)
        lang_of.append(lang)
    p_new = float(rng.uniform(0.7, 0.85))
    for acct, tz, lang in zip(accts, tz_of, lang_of, strict=True):
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(tz),
            size_mean=float(rng.uniform(5, 9)),
            gap_median=float(rng.uniform(50, 100)),
            gap_sigma=0.6,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in sessions:
            phone = (
                mobile_v6(rng, 1, "us_mobile")[0]
                if (acct.ua in MOBILE and chance(rng, 0.5))
                else None
            )
            for k in range(len(s)):
                prompts.append(
                    texts.genmai_opener(rng, lang, ctx.chat)
                    if k == 0
                    else texts.genmai_followup(rng, lang)
                )
                extra.append(180 * k)
                ips.append(phone or pick(rng, acct.ips))
            ts_all.extend(s.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            ips=ips,
            comp_median=600.0,
            err=0.005,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_matching_tz",
            "payment": "mostly_one_prepaid_each",
            "languages": ["en", "es", "pt", "de", "fr", "ja"],
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# tsubu: best-of-n and soft-label sampling


def tsubu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tsubu"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "contabo", "scaleway"))
    block = rented_block(rng, provider, 1, irange(rng, 4, 8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="aiohttp/3.11.11",
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.9, 0.98))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    for acct in accts:
        style = irange(rng, 0, 3)
        ts_all, prompts, comp = [], [], []
        for s in thinned(rng, start, ctx.t1, float(rng.uniform(60, 140)), constant).tolist():
            base, mode = texts.tsubu_base(rng, ctx.chat)
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(texts.tsubu_variant(rng, base, j, style) for j in range(k))
            comp.extend([400.0 if mode == "open" else 80.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=np.asarray(comp),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "tight_repeat_bursts",
            "n_range": [n_lo, n_hi],
            "ip_source": f"hosting:{provider}",
            "payment": "one_card",
            "languages": ["en"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# koshi: a curriculum sweep at a slow, steady rate from an office line


def koshi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "koshi"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, 1)
    langs = ("en", "de", "fr", "ja")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
        )
        for _ in range(n_keys)
    ]
    p_new = float(rng.uniform(0.95, 1.0))
    offset = irange(rng, 0, 200)
    for i, acct in enumerate(accts):
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = _steady(rng, a, ctx.t1, float(rng.uniform(600, 1200)), 0.25)
        lang, style = langs[i % len(langs)], irange(rng, 0, 2)
        prompts = [texts.koshi_item(offset + i * 1000 + j, lang, style) for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=1400.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "steady_loop_24x7",
            "ip_source": "office_broadband",
            "payment": "one_business_card",
            "languages": list(langs),
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# dengaku: code harvest over commercial VPN exits


def dengaku(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dengaku"
    n_keys = irange(rng, 10, 22)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    exits = cloud(rng, irange(rng, 20, 35), "m247") + cloud(rng, irange(rng, 10, 20), "leaseweb")
    hold = float(rng.uniform(30, 60)) * MINUTE
    op_tz = int(pick(rng, (3, 8, 2)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="coder",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.7),
            ips=exits[:1],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(30, 60))
    p_new = float(rng.uniform(0.85, 0.95))
    curve = workday(op_tz, start=10.0, end=23.0, weekend=0.6, night=0.1)
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [texts.dengaku_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, exits, hold),
            comp_median=700.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "pacing": "worker_pool_operator_day",
            "ip_source": "vpn_exits:m247+leaseweb",
            "payment": f"{len(cards)}_stolen_cards",
            "operator_tz": op_tz,
            "languages": ["en", "zh", "ru"],
            "p_new": round(p_new, 3),
        },
    )


# ============================================================================================
# kioke (hard): harvest hidden inside a real writing product's backend traffic

_BRANDS = ("Quillpad", "Wordsmyth", "Inkwell Pro", "Draftly", "Proselane")


def kioke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kioke"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, _BRANDS)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
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
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    share = float(rng.uniform(0.25, 0.45))
    h0 = ctx.release + float(rng.uniform(0.1, 0.6)) * DAY
    p_user = float(rng.uniform(0.4, 0.6))
    for acct in accts:
        per_day = float(rng.uniform(180, 320))
        tu = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        th = thinned(rng, h0, ctx.t1, share * per_day * (ctx.t1 - h0) / DAY, curve)
        ctx.emit(
            rng,
            acct,
            tu,
            [texts.kioke_user(rng, ctx.chat, brand) for _ in range(len(tu))],
            models=ctx.models(rng, tu, p_new=p_user),
            comp_median=300.0,
            err=0.01,
        )
        ctx.emit(
            rng,
            acct,
            th,
            [texts.kioke_harvest(rng, ctx.passages, brand) for _ in range(len(th))],
            models=ctx.models(rng, th, p_new=0.95),
            comp_median=750.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_global_load",
            "harvest_share": round(share, 3),
            "harvest_from": h0,
            "ip_source": "cloud:aws_nat",
            "payment": "one_business_card",
            "languages": ["en"],
            "p_new_product": round(p_user, 3),
            "hard": True,
        },
    )


# ============================================================================================
# hishio (hard): aged personal accounts bought or taken over around the release


def hishio(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hishio"
    n = irange(rng, 12, 22)
    tzs = (-8, -5, 0, 1, 2, -3)
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 60, 120), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    op_tz = int(pick(rng, (3, 8)))
    op_curve = workday(op_tz, start=9.0, end=23.0, weekend=0.7, night=0.08)
    keep_ua = float(rng.uniform(0.5, 0.8))
    p_new = float(rng.uniform(0.85, 0.95))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="hijacked",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + float(rng.uniform(-0.8, 0.6)) * DAY
        before = [
            s
            for s in session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.8, 2.0)),
                evening_person(tz),
                size_mean=3.0,
                gap_median=60.0,
            )
        ]
        tb = _cat(before)
        ctx.emit(
            rng,
            acct,
            tb,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(tb))],
            models=ctx.models(rng, tb, p_new=0.2),
            comp_median=350.0,
            err=0.005,
        )
        after = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(6, 10)),
            op_curve,
            size_mean=10.0,
            gap_median=20.0,
            gap_sigma=0.5,
        )
        ta = _cat(after)
        new_ua = ua if chance(rng, keep_ua) else "python-requests/2.32.3"
        ctx.emit(
            rng,
            acct,
            ta,
            [texts.hishio_harvest(rng, ctx.passages, ctx.chat) for _ in range(len(ta))],
            models=ctx.models(rng, ta, p_new=p_new),
            ips=sticky(rng, ta, pool, hold),
            ua=new_ua,
            comp_median=650.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest_on_taken_over_accounts",
            "pacing": "owner_sessions_then_operator_sessions",
            "ip_source": f"home_then_residential_proxy:{region}",
            "payment": "victims_cards",
            "operator_tz": op_tz,
            "languages": ["en", "de", "ja", "pt", "ko", "ar", "hi"],
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# shiokoji (hard): public-prompt replay by many fresh low-volume accounts


def shiokoji(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shiokoji"
    n = irange(rng, 28, 50)
    regions = ("us", "eu", "ca")
    pool = resi(rng, irange(rng, 250, 450), pick(rng, regions))
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    tzs = (-8, -5, 0, 1)
    p_new = float(rng.uniform(0.8, 0.9))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        pay = hexid(rng, "pay") if chance(rng, 0.7) else pick(rng, shared)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-1.0, 0.6)) * DAY
        curve = workday(tz, start=9.0, end=22.0, weekend=0.7, night=0.05)
        ts = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(3, 6)),
                curve,
                size_mean=6.0,
                gap_median=float(rng.uniform(25, 50)),
            )
        )
        idx = [order[(cursor + j) % len(order)] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            [ctx.chat[j] for j in idx],
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
            ips=sticky(rng, ts, pool, 30 * MINUTE),
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "human_like_sessions",
            "ip_source": "residential_proxy_sticky",
            "payment": "mostly_virtual_card_each",
            "prompts": "sharegpt_disjoint_slices",
            "languages": ["en"],
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "hatcho": hatcho,
    "saikyo": saikyo,
    "shinshu": shinshu,
    "sendai": sendai,
    "mugi": mugi,
    "genmai": genmai,
    "tsubu": tsubu,
    "koshi": koshi,
    "dengaku": dengaku,
    "kioke": kioke,
    "hishio": hishio,
    "shiokoji": shiokoji,
}
