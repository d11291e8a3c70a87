"""Campaign families of batch 192 (code names from xiangqi).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
events through `ctx.emit` and records itself with `ctx.campaign`. Everything a family varies
(key counts, cards, address sources, pacing, languages, styles) is drawn from its own `rng`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind192 import texts

from distillguard.sim import ipspace

LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}


def _langs(
    rng: np.random.Generator, n: int, choices: tuple[str, ...], weights: list[float]
) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [choices[i] for i in rng.choice(len(choices), size=n, p=w / w.sum()).tolist()]


def _region(rng: np.random.Generator, tz: int) -> str:
    regions = ipspace.REGION_OF_TZ.get(tz, ("us",))
    return pick(rng, regions)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, ramping up at the release


def dangtou_pao(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dangtou_pao"
    n_keys = irange(rng, 8, 18)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))] if chance(rng, 0.4) else None
    uas = [pick(rng, SDK_OTHER) for _ in range(2)]
    langs = ("en", "zh", "ru", "es")
    weights = [
        0.55 + rng.uniform(0, 0.3),
        rng.uniform(0.05, 0.3),
        rng.uniform(0, 0.15),
        rng.uniform(0, 0.1),
    ]
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=pick(rng, orgs) if orgs else None,
                pay=cards[i % len(cards)],
                ua=pick(rng, uas),
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    go = ctx.release + float(rng.uniform(0.3, 6.0)) * HOUR
    pre_rate, post_rate = float(rng.uniform(3, 10)), float(rng.uniform(30, 80))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, go, ctx.t1, post_rate, n_keys)
    style0 = irange(rng, 0, 3)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        ls = _langs(rng, len(ts), langs, weights)
        styles = (style0 + rng.integers(0, 2, size=len(ts))).tolist()
        prompts = [texts.reasoning_coercion(rng, ln, s) for ln, s in zip(ls, styles, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "cards": len(cards),
            "orgs": len(orgs) if orgs else n_keys,
            "ip_source": f"rented_block:{prov}",
            "pacing": "worker_pool",
            "pre_release_per_hour": pre_rate,
            "post_release_per_hour": post_rate,
            "languages": list(langs),
            "user_agents": uas,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly jobs from one start-up


def pingfeng_ma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pingfeng_ma"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 5), prov)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "python-httpx/0.28.1",
            "OpenAI/Python 1.58.1",
        ),
    )
    tz = pick(rng, (-8, -5, 1, 8))
    langs = ("en", "zh", "es", "de")
    weights = [0.6, rng.uniform(0, 0.3), rng.uniform(0, 0.15), rng.uniform(0, 0.15)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    job_mean = float(rng.uniform(60, 180))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        accts.append(a)
        parts = []
        day = np.floor((start + tz * HOUR) / DAY) * DAY - tz * HOUR
        while day < ctx.t1:
            if chance(rng, 0.7):
                s = day + float(rng.uniform(0.5, 6.0)) * HOUR
                scale = 2.0 if s >= ctx.release else 1.0
                parts.extend(
                    bursts(
                        rng, np.array([s]), job_mean * scale, float(rng.uniform(1.0, 3.5)), b=ctx.t1
                    )
                )
            day += DAY
        parts.append(thinned(rng, start, ctx.t1, float(rng.uniform(5, 15)) * 7, workday(tz)))
        ts = _cat([p[p >= start] for p in parts])
        ls = _langs(rng, len(ts), langs, weights)
        style = irange(rng, 0, 3)
        prompts = [
            texts.rubric_judge(rng, ctx.chat, ctx.passages, ln, style + int(rng.integers(0, 2)))
            for ln in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=300.0,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "org": "one",
            "shared_card": shared_card,
            "ip_source": f"cloud_nat:{prov}",
            "pacing": "nightly_bursts+daytime",
            "job_mean": job_mean,
            "tz": tz,
            "languages": list(langs),
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on stolen cards with churning keys


def wo_cao_ma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wo_cao_ma"
    n_keys = irange(rng, 18, 34)
    regions = [
        str(r) for r in rng.choice(np.array(ipspace.consumer_regions()), size=3, replace=False)
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 80, 160), r)]
    langs = ("zh", "en", "ru", "ar")
    weights = [0.4, 0.35, rng.uniform(0.05, 0.2), rng.uniform(0.03, 0.12)]
    curve = global_load(float(rng.uniform(0, 24)), 0.5)
    accts = []
    revoked = 0
    for _ in range(n_keys):
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
        born = float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.t1 - 0.5 * DAY))
        life = min(float(rng.lognormal(np.log(1.5 * DAY), 0.5)), ctx.t1 - born)
        ts = thinned(rng, born, born + life, float(rng.uniform(50, 200)), curve)
        ips = sticky(rng, ts, pool, float(rng.uniform(600, 1800)))
        ls = _langs(rng, len(ts), langs, weights)
        style = irange(rng, 0, 3)
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, ln, style + int(rng.integers(0, 2)))
            for ln in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips if len(ts) else None,
            comp_median=450.0,
            err=0.02,
        )
        if len(ts) and born + life < ctx.t1 - HOUR and chance(rng, 0.4):
            revoked += 1
            k = irange(rng, 2, 12)
            tr = born + life + np.cumsum(rng.exponential(40.0, size=k))
            ctx.emit(
                rng,
                a,
                tr,
                [pick(rng, prompts) for _ in range(k)],
                models=ctx.models(rng, tr),
                ips=sticky(rng, tr, pool, 900.0),
                comp_median=1.0,
                comp_sigma=0.01,
                status=401,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "cards": "stolen, one per key",
            "ip_source": f"residential_proxy:{'+'.join(regions)}",
            "pacing": "churning keys, global load",
            "revoked_keys": revoked,
            "languages": list(langs),
            "user_agent": "spoofed browsers",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def guajiao_ma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "guajiao_ma"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    fmt_main = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pre_rate, post_rate = float(rng.uniform(1.5, 4)), float(rng.uniform(8, 16))
    starts = [
        np.concatenate([a, b])
        for a, b in zip(
            worker_pool(rng, start, ctx.release, pre_rate, n_keys),
            worker_pool(rng, ctx.release + 2 * HOUR, ctx.t1, post_rate, n_keys),
            strict=True,
        )
    ]
    steps_mean = float(rng.uniform(3, 9))
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in st.tolist():
            ep = bursts(rng, np.array([s]), steps_mean, float(rng.uniform(3, 9)), 0.6)[0]
            suite, task = texts.agent_task(rng)
            fmt = fmt_main if chance(rng, 0.8) else irange(rng, 0, 2)
            lang = "en" if chance(rng, 0.85) else pick(rng, ("ja", "de"))
            for k, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step(rng, suite, task, k, fmt, lang))
                extra.append(350 + 420 * k + int(rng.integers(0, 200)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=180.0,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "ip_source": "cloud:aws",
            "pacing": "episodes of bursts via worker pool",
            "steps_mean": steps_mean,
            "pre_per_hour": pre_rate,
            "post_per_hour": post_rate,
            "tool_format": fmt_main,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation, 24/7 from VMs of several shell organisations


def tiemen_shuan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tiemen_shuan"
    n_orgs = irange(rng, 2, 3)
    langs = ("en", "zh", "es", "fr", "ko", "hi", "ar")
    weights = [0.5, rng.uniform(0.05, 0.25), 0.06, 0.05, 0.04, 0.04, 0.04]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    params_orgs = []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("digitalocean", "azure", "aws", "linode"))
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
        n_keys = irange(rng, 4, 8)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
            for _ in range(n_keys)
        ]
        accts.extend(keys)
        params_orgs.append({"keys": n_keys, "provider": prov, "user_agent": ua})
    rate = float(rng.uniform(25, 55))
    pool = worker_pool(rng, start, ctx.t1, rate, len(accts))
    pauses = [
        (s, s + float(rng.uniform(2, 5)) * HOUR)
        for s in rng.uniform(start, ctx.t1, size=2).tolist()
    ]
    style0 = irange(rng, 0, 3)
    for a, ts in zip(accts, pool, strict=True):
        for lo, hi in pauses:
            ts = ts[(ts < lo) | (ts >= hi)]
        ls = _langs(rng, len(ts), langs, weights)
        prompts = [texts.synthetic_data(rng, ln, style0 + int(rng.integers(0, 3))) for ln in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "orgs": params_orgs,
            "pacing": "constant worker pool",
            "per_hour": rate,
            "pauses": [[lo, hi] for lo, hi in pauses],
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: harvest hidden inside a real writing product's traffic


def ma_hou_pao(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ma_hou_pao"
    product = pick(rng, ("quillmate", "draftwise", "penloop", "scribbly"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), prov)
    ua = "OpenAI/NodeJS 4.67.1"
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    share = np.array([0.75] + [0.25 / (n_keys - 1)] * (n_keys - 1))
    peak = float(rng.uniform(13, 19))
    user_rate = float(rng.uniform(12, 28))
    users = thinned(
        rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6)
    )
    h_start = ctx.release + float(rng.uniform(6, 30)) * HOUR
    h_rate = float(rng.uniform(5, 11))
    harvest = thinned(
        rng, h_start, ctx.t1, h_rate * (ctx.t1 - h_start) / HOUR, global_load((peak + 12) % 24, 0.5)
    )
    langs = ("en", "es", "de", "fr", "pt", "ja")
    hw = [0.7, 0.08, 0.06, 0.06, 0.05, 0.05]
    for stream, is_h in ((users, False), (harvest, True)):
        who = rng.choice(n_keys, size=len(stream), p=share)
        for i, a in enumerate(accts):
            ts = stream[who == i]
            if is_h:
                prompts = [
                    texts.writing_tool_sweep(rng, product, ln)
                    for ln in _langs(rng, len(ts), langs, hw)
                ]
                models = ctx.models(rng, ts, p_new=1.0)
                med = 600.0
            else:
                prompts = [texts.writing_tool_user(rng, ctx.chat, product) for _ in range(len(ts))]
                models = ctx.models(rng, ts, p_new=0.55, p_mini=0.2)
                med = 320.0
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=med, err=0.008)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "product": product,
            "keys": n_keys,
            "ip_source": f"cloud:{prov}",
            "user_per_hour": user_rate,
            "harvest_per_hour": h_rate,
            "harvest_start": h_start,
            "pacing": "product global load; harvest in the product's off-peak",
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: bought aged consumer accounts, taken over after the release


def shuang_che_cuo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shuang_che_cuo"
    n = irange(rng, 14, 26)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + MOBILE[:3])
        own_ip = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=own_ip,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(2, 40)) * HOUR
        takeovers.append(take)
        # the original owner's history
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.4)), evening_person(tz), 3.0, 70.0
        )
        ts = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.cut(pick(rng, ctx.chat), 5, 800, rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.15),
            comp_median=340.0,
        )
        # the buyer: residential proxies of the owner's region, same browser, person-like sessions
        region = _region(rng, tz)
        pool = resi(rng, irange(rng, 20, 60), region)
        lang = pick(rng, LANG_OF_TZ[tz])
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, 4.0),
            float(rng.uniform(6, 13)),
            float(rng.uniform(30, 80)),
        )
        prompts, tss = [], []
        for s in sess:
            for k in range(len(s)):
                prompts.append(
                    texts.casual_question(rng, lang, 0.4)
                    if k == 0 or chance(rng, 0.35)
                    else texts.followup(rng, lang)
                )
            tss.append(s)
        ts = np.concatenate(tss) if tss else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=sticky(rng, ts, pool, float(rng.uniform(1800, 5400))) if len(ts) else None,
            comp_median=520.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_dialogue_harvest",
            "accounts": n,
            "takeover_ts": [float(t) for t in takeovers],
            "ip_source": "residential proxy in the owner's region",
            "pacing": "person-like sessions, denser after takeover",
            "user_agent": "kept from the owner",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: low-and-slow crowd of person-like accounts sharing one curriculum


def xianren_zhilu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "xianren_zhilu"
    n = irange(rng, 45, 80)
    tzs = [int(x) for x in rng.choice(np.array(TZS), size=irange(rng, 3, 5), replace=False)]
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS + MOBILE)
        region = _region(rng, tz)
        pool = resi(rng, irange(rng, 4, 9), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        join = jitter_start(rng, ctx.t0, ctx.t1, 0.75)
        sess = session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.8, 2.4)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(80, 220)),
        )
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts, tss = [], []
        for s in sess:
            for k in range(len(s)):
                u = rng.random()
                if u < 0.1:
                    prompts.append(texts.cut(pick(rng, ctx.chat), 5, 300, rng))
                elif k > 0 and u < 0.4:
                    prompts.append(texts.followup(rng, lang))
                else:
                    prompts.append(texts.casual_question(rng, lang, 0.65))
            tss.append(s)
        ts = np.concatenate(tss) if tss else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=sticky(rng, ts, pool, DAY) if len(ts) else None,
            comp_median=560.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_curriculum",
            "accounts": n,
            "tzs": tzs,
            "ip_source": "residential proxy, one address per day",
            "pacing": "evening sessions, staggered joins",
            "cards": "one prepaid virtual card per account",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: public prompt replay from an office behind one NAT


def fanggong_ma(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fanggong_ma"
    n_keys = irange(rng, 6, 12)
    tz = pick(rng, (-5, 0, 1, 2, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    ua = "OpenAI/Python 1.54.0"
    order = rng.permutation(len(ctx.chat))
    slices = np.array_split(order, n_keys)
    accts = []
    per_day = float(rng.uniform(45, 110))
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 19.5)))
        pre = thinned(
            rng, ctx.t0, ctx.release, per_day * 0.25 * (ctx.release - ctx.t0) / DAY, curve
        )
        post = thinned(rng, ctx.release, ctx.t1, per_day * (ctx.t1 - ctx.release) / DAY, curve)
        ts = np.concatenate([pre, post])
        sl = slices[i]
        prompts = [ctx.chat[int(sl[k % len(sl)])] for k in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.03),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "tz": tz,
            "ip_source": "office broadband NAT",
            "per_key_per_day": per_day,
            "pacing": "working hours only",
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. best-of-n / soft-label sampling


def shijiao_pao(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shijiao_pao"
    n_keys = irange(rng, 3, 6)
    card = hexid(rng, "pay")
    prov = pick(rng, ("vultr", "linode"))
    block = rented_block(rng, prov, 1, irange(rng, 3, 6))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    rate = float(rng.uniform(5, 11))
    spread = float(rng.uniform(0.2, 0.7))
    jobs = thinned(
        rng,
        start,
        ctx.t1,
        rate * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.3),
    )
    per: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n_keys)]
    for s in jobs.tolist():
        prompt, med = texts.sampled_prompt(rng, ctx.chat)
        k = irange(rng, 4, 10)
        home_key = int(rng.integers(n_keys))
        t = s + np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k))
        for tt in t.tolist():
            j = int(rng.integers(n_keys)) if chance(rng, spread) else home_key
            per[j][0].append(tt)
            per[j][1].append(prompt)
            per[j][2].append(med)
    for a, (ts_l, prompts, meds) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new=0.95),
            comp_median=np.asarray(meds)[order],
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "ip_source": f"rented_block:{prov}",
            "jobs_per_hour": rate,
            "samples_per_prompt": "4-10",
            "spread_over_keys": spread,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. translation harvest: every passage swept across many target languages overnight


def chuhe_hanjie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chuhe_hanjie"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "alibaba") + home(rng, 1, 8)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=8,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    sweep = (int(irange(rng, 4, 6)), int(irange(rng, 7, 10)))
    style0 = irange(rng, 0, 2)
    for a in accts:
        starts = thinned(rng, start, ctx.t1, float(rng.uniform(60, 130)), nightly(21.0, 10.0, 8))
        ts_l, prompts, meds = [], [], []
        for s in starts.tolist():
            passage = texts.cut(pick(rng, ctx.passages), 300, 1500, rng)
            k = irange(rng, *sweep)
            targets = rng.choice(len(texts.TARGETS), size=k, replace=False).tolist()
            t = s + np.cumsum(rng.lognormal(np.log(12.0), 0.4, size=k))
            for tt, ti in zip(t.tolist(), targets, strict=True):
                ts_l.append(tt)
                prompts.append(
                    texts.translation_harvest(
                        rng,
                        passage,
                        texts.TARGETS[ti],
                        style0 if chance(rng, 0.8) else irange(rng, 0, 2),
                    )
                )
                meds.append(len(passage) / 3.2)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(meds),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus_harvest",
            "keys": n_keys,
            "ip_source": "alibaba cloud + cn broadband",
            "pacing": "nightly (UTC+8), passage sweeps",
            "targets_per_passage": list(sweep),
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code curriculum harvest from a phone farm on carrier networks


def bie_ma_tui(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bie_ma_tui"
    n_keys = irange(rng, 10, 16)
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    langs = ("en", "hi", "pt") if carrier == "in_mobile" else ("en", "pt", "hi")
    weights = [0.6, 0.3, 0.1]
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", MOBILE[1], MOBILE[2]))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="phone",
                campaign_id=cid,
                ua=ua,
                ips=mobile_v6(rng, 1, carrier),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(6, 13))
    pool = worker_pool(
        rng, start, ctx.t1, rate, n_keys, global_load(float(rng.uniform(4, 16)), 0.4)
    )
    for a, starts in zip(accts, pool, strict=True):
        ts_l, prompts, ips = [], [], []
        for s in starts.tolist():
            turns = irange(rng, 3, 6)
            lang = _langs(rng, 1, langs, weights)[0]
            ip = (
                mobile_v6(rng, 1, carrier)[0]
                if chance(rng, 0.7)
                else resi(rng, 1, "in" if carrier == "in_mobile" else "latam")[0]
            )
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.5, size=turns - 1))]
            )
            for k, tt in enumerate(t.tolist()):
                ts_l.append(tt)
                prompts.append(
                    texts.code_task(rng, lang) if k == 0 else texts.code_followup(rng, lang)
                )
                ips.append(ip)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.92),
            ips=[ips[i] for i in order] if order else None,
            comp_median=800.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_multi_turn",
            "keys": n_keys,
            "ip_source": f"carrier:{carrier}",
            "cards": "prepaid, one per key",
            "conversations_per_hour": rate,
            "languages": list(langs),
            "turn_gap_median_s": 35.0,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "dangtou_pao": dangtou_pao,
    "pingfeng_ma": pingfeng_ma,
    "wo_cao_ma": wo_cao_ma,
    "guajiao_ma": guajiao_ma,
    "tiemen_shuan": tiemen_shuan,
    "ma_hou_pao": ma_hou_pao,
    "shuang_che_cuo": shuang_che_cuo,
    "xianren_zhilu": xianren_zhilu,
    "fanggong_ma": fanggong_ma,
    "shijiao_pao": shijiao_pao,
    "chuhe_hanjie": chuhe_hanjie,
    "bie_ma_tui": bie_ma_tui,
}
