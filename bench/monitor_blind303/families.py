"""Campaign families of batch 303 (code names from patisserie). Each is a generator
`f(ctx, rng, campaign_id)` that writes its accounts, events and truth through `bench.blind_batch`.

Four families are deliberately hard (tarte_tatin, paris_brest, kouign_amann, croquembouche): built
to look like legitimate use. Every draw uses the family's own generator, in a fixed order.
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
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind303 import texts as T

#: user agents that ordinary traffic of this deployment sends (seen in the campaign-free background)
PLAIN_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
PLAIN_BROWSER = PLAIN_UA[2:] + (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)


def _weights(rng: np.random.Generator, n: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _choose(rng: np.random.Generator, n: int, w: np.ndarray) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


# --------------------------------------------------------------------------------------------
# macaron: reasoning-trace coercion from a rented worker pool


def macaron(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "macaron"
    n_keys, n_orgs = irange(rng, 6, 16), irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 6))
    orgs = [
        (
            f"org_{int(rng.integers(0, 2**48)):012x}",
            f"pay_{int(rng.integers(0, 2**48)):012x}",
            pick(rng, SDK_OTHER[:3] + ("aiohttp/3.11.11",)),
        )
        for _ in range(n_orgs)
    ]
    accts = []
    for i in range(n_keys):
        org, pay, ua = orgs[i % n_orgs]
        k = irange(rng, 1, 3)
        ips = [block[j] for j in rng.choice(len(block), size=k, replace=False).tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    rate = float(rng.uniform(20, 55))
    # a maintenance pause every night at a fixed UTC hour (the operator's cron restarts)
    pause_h = irange(rng, 0, 23)

    def curve(ts: np.ndarray) -> np.ndarray:
        h = ((ts % DAY) / HOUR - pause_h) % 24
        return np.where(h < 1.5, 0.05, 1.0)

    styles = _weights(rng, 5, 1.0)
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for s in _choose(rng, len(ts), styles):
            lang = {1: "zh", 2: "ru"}.get(s, pick(rng, ("en", "en", "es", "de")))
            prompts.append(T.reasoning_coerce(rng, s, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(1300, 2400)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool_nightly_pause",
            "ip_source": f"rented_block:{provider}",
            "payment": "prepaid_per_org",
            "keys": n_keys,
            "orgs": n_orgs,
            "rate_per_hour": round(rate, 1),
            "languages": ["en", "zh", "ru", "es", "de"],
            "styles": 5,
        },
    )


# --------------------------------------------------------------------------------------------
# profiterole: judge / rubric / reward-model grading in bursts from VPN exits


def profiterole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "profiterole"
    n_keys = irange(rng, 3, 6)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 5), irange(rng, 4, 8))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    tz = pick(rng, TZS)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=vpn,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    starts = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(4, 9)) * (ctx.t1 - start) / DAY,
        workday(tz, weekend=0.5, night=0.15),
    )
    trains = bursts(rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(1.2, 4.0)), b=ctx.t1)
    hold = float(rng.uniform(30, 90)) * MINUTE
    styles = _weights(rng, 6, 1.2)
    per: list[list[np.ndarray]] = [[] for _ in accts]
    for tr in trains:
        per[int(rng.integers(n_keys))].append(tr)
    for a, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        prompts = [
            T.judge_grade(rng, s, ctx.chat, ctx.passages) for s in _choose(rng, len(ts), styles)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts_in_workday",
            "ip_source": "vpn_exit_sticky",
            "payment": "one_card",
            "keys": n_keys,
            "tz": tz,
            "languages": ["en", "de", "ja"],
            "styles": 6,
        },
    )


# --------------------------------------------------------------------------------------------
# millefeuille: censorship-safe / policy rewrites on burned keys with stolen cards


def millefeuille(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "millefeuille"
    n_keys = irange(rng, 12, 24)
    region = pick(rng, ("cn", "sea", "us", "eu"))
    pool = resi(rng, irange(rng, 60, 200), region)
    hold = float(rng.uniform(8, 30)) * MINUTE
    styles = _weights(rng, 5, 1.0)
    accts = []
    first = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    step = (ctx.t1 - first) / n_keys
    for i in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        a = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(a)
        life = float(rng.uniform(0.6, 2.5)) * DAY
        a0 = (
            first + i * step + float(rng.uniform(0, 0.5)) * step
        )  # staggered hand-over from key to key
        ts = thinned(
            rng, a0, min(a0 + life, ctx.t1), float(rng.uniform(4, 12)) * life / HOUR, constant
        )
        prompts = [T.policy_harvest(rng, s, ctx.passages) for s in _choose(rng, len(ts), styles)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480.0,
            comp_sigma=0.6,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "staggered_burner_keys_steady",
            "ip_source": f"residential_proxy:{region}",
            "payment": "stolen_card_per_key",
            "keys": n_keys,
            "languages": ["zh", "en", "vi", "ar"],
            "styles": 5,
        },
    )


# --------------------------------------------------------------------------------------------
# pithivier: agent / tool-use trajectories from cloud autoscaling workers


def pithivier(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pithivier"
    n_keys, n_orgs = irange(rng, 4, 10), irange(rng, 1, 2)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    pays = [
        (f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}")
        for _ in range(n_orgs)
    ]
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = []
    for i in range(n_keys):
        org, pay = pays[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 2, 5), provider),
            )
        )
    start = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    rate = float(rng.uniform(18, 45))
    styles = _weights(rng, 4, 1.5)
    for a, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, rate, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)),
        strict=True,
    ):
        prompts = [T.agent_trajectory(rng, s) for s in _choose(rng, len(ts), styles)]
        extra = rng.integers(300, 1500, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.5,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_trajectories",
            "pacing": "poisson_worker_pool_after_release",
            "ip_source": f"cloud:{provider}",
            "payment": "per_org",
            "keys": n_keys,
            "orgs": n_orgs,
            "rate_per_hour": round(rate, 1),
            "languages": ["en", "es"],
            "styles": 4,
        },
    )


# --------------------------------------------------------------------------------------------
# madeleine: synthetic-dataset generation in nightly batches


def madeleine(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "madeleine"
    n_keys = irange(rng, 2, 5)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    provider = pick(rng, ("digitalocean", "linode", "ovh"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 4))
    tz = pick(rng, TZS)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=block,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), tz)
    langs = ("en", "en", "en", "ja", "ko", "fr", "pt", "hi", "tr")
    styles = _weights(rng, 4, 1.5)
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 1100)), night)
        prompts = [T.dataset_gen(rng, s, pick(rng, langs)) for s in _choose(rng, len(ts), styles)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=2100.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_batches",
            "ip_source": f"rented_block:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "tz": tz,
            "languages": sorted(dict.fromkeys(langs)),
            "styles": 4,
        },
    )


# --------------------------------------------------------------------------------------------
# tarte_tatin (hard): a low-and-slow crowd of person-like accounts harvesting multi-turn dialogue


def tarte_tatin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tarte_tatin"
    n = irange(rng, 35, 65)
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 4), replace=False).tolist()]
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "en",
        5: "en",
        8: "id",
        9: "ja",
    }
    wave = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = lang_of_tz[tz] if chance(rng, 0.7) else "en"
        mobile = chance(rng, 0.35)
        if mobile:
            ua = pick(rng, MOBILE[:3] + (PLAIN_BROWSER[-1],))
            ips = mobile_v6(
                rng,
                irange(rng, 2, 5),
                pick(rng, ("us_mobile", "eu_mobile", "br_mobile", "in_mobile")),
            )
        else:
            ua = pick(rng, PLAIN_BROWSER + BROWSERS[:2])
            ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        a0 = wave + float(rng.uniform(-0.8, 1.5)) * DAY
        sessions = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
        )
        ts_all, prompts = [], []
        for s in sessions:
            for j in range(len(s)):
                if j == 0:
                    p = (
                        T.casual(rng, pick(rng, ctx.chat))
                        if chance(rng, 0.45)
                        else T.opener(rng, lang)
                    )
                elif chance(rng, 0.12):
                    p = T.covert_question(rng)
                else:
                    p = T.followup(rng, lang)
                prompts.append(p)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=520.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions_low_and_slow",
            "ip_source": "residential_proxy_tz_matched_and_mobile",
            "payment": "virtual_card_per_account",
            "accounts": n,
            "tzs": tzs,
            "languages": ["en", "pt", "de", "fr", "id", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# canele: best-of-n / soft-label sampling (identical prompt fired n times)


def canele(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "canele"
    n_keys, n_orgs = irange(rng, 3, 8), irange(rng, 1, 2)
    provider = pick(rng, ("aws", "azure", "huawei", "tencent"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    pays = [
        (f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}")
        for _ in range(n_orgs)
    ]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = []
    for i in range(n_keys):
        org, pay = pays[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sampler",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=block,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    n_lo, n_hi = pick(rng, ((4, 8), (6, 12), (8, 16)))
    styles = _weights(rng, 4, 1.5)
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, float(rng.uniform(8, 20)), n_keys), strict=True
    ):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            p = T.sampling_item(rng, _choose(rng, 1, styles)[0])
            tt = s + np.cumsum(
                np.concatenate([[0.0], rng.exponential(float(rng.uniform(0.2, 1.5)), size=k - 1)])
            )
            ts_all.append(tt)
            prompts.extend([p] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=320.0,
            comp_sigma=0.6,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "poisson_jobs_each_n_samples",
            "ip_source": f"rented_block:{provider}",
            "payment": "per_org",
            "keys": n_keys,
            "n_range": [n_lo, n_hi],
            "languages": ["en"],
            "styles": 4,
        },
    )


# --------------------------------------------------------------------------------------------
# frangipane: parallel-corpus (translation) harvest, one source fanned out to many languages


def frangipane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "frangipane"
    n_keys = irange(rng, 4, 9)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "selectel"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "okhttp/4.12.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    k_targets = irange(rng, 5, 12)
    targets = [
        T.TRANSL_TARGETS[i]
        for i in sorted(rng.choice(len(T.TRANSL_TARGETS), size=k_targets, replace=False).tolist())
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    styles = _weights(rng, 4, 1.5)
    for a, starts in zip(
        accts,
        worker_pool(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            n_keys,
            global_load(float(rng.uniform(0, 24)), 0.2),
        ),
        strict=True,
    ):
        ts_all, prompts = [], []
        for s in starts.tolist():
            style = _choose(rng, 1, styles)[0]
            src = T.snippet(rng, ctx.passages, 250, 1100)
            chosen = [t for t in targets if chance(rng, 0.85)] or targets[:1]
            tt = s + np.cumsum(rng.exponential(float(rng.uniform(3, 15)), size=len(chosen)))
            prompts.extend(T.translation_harvest(style, src, tgt) for tgt in chosen)
            ts_all.append(tt)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        comp = np.array([max(60.0, len(p) / 3.2) for p in prompts]) if prompts else 350.0
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "pacing": "poisson_jobs_fanned_out_per_target",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "targets": targets,
            "languages": ["en"] + targets,
            "styles": 4,
        },
    )


# --------------------------------------------------------------------------------------------
# religieuse: code curriculum sweep (algorithm x language x tier) through rotating residential IPs


def religieuse(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "religieuse"
    n_keys, n_orgs = irange(rng, 5, 12), irange(rng, 2, 4)
    pays = [
        (f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}")
        for _ in range(n_orgs)
    ]
    region = pick(rng, ("*", "us", "eu", "latam", "in"))
    accts = []
    for i in range(n_keys):
        org, pay = pays[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=sdk_ua(rng, 0.6),
                ips=resi(rng, 1, region),
            )
        )
    grid = [(al, pl, lv) for al in T.ALGOS for pl in T.PLANGS for lv in range(1, 6)]
    order = rng.permutation(len(grid)).tolist()
    styles = _weights(rng, 4, 1.5)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    cursor = 0
    for a in accts:
        rotating = chance(rng, 0.5)
        rate = float(rng.uniform(6, 16))
        ts = thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            constant,
        )
        prompts = []
        for s in _choose(rng, len(ts), styles):
            al, pl, lv = grid[order[cursor % len(grid)]]
            cursor += 1
            prompts.append(T.code_harvest(rng, s, al, pl, lv))
        if rotating:  # a fresh exit per request
            ips = resi(rng, len(ts), region) if len(ts) else []
        else:  # sticky sessions on a smaller pool
            ips = sticky(
                rng, ts, resi(rng, irange(rng, 30, 120), region), float(rng.uniform(5, 15)) * MINUTE
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=ips,
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "steady_24h_per_key",
            "ip_source": f"residential_rotating_or_sticky:{region}",
            "payment": "per_shell_org",
            "keys": n_keys,
            "orgs": n_orgs,
            "grid": len(grid),
            "languages": ["en", "zh"],
            "styles": 4,
        },
    )


# --------------------------------------------------------------------------------------------
# paris_brest (hard): harvest hidden inside a real writing-assistant product's traffic


def paris_brest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "paris_brest"
    product = pick(rng, ("Quillmate", "Draftwell", "Penrose Write", "Inkling Pro"))
    n_keys = irange(rng, 2, 4)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    egress = cloud(rng, irange(rng, 2, 4), "aws")
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
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.8)))
    user_rate = float(rng.uniform(12, 30))
    share = float(rng.uniform(0.15, 0.35))
    h0 = ctx.release + float(rng.uniform(0.0, 0.8)) * DAY
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, load), strict=True):
        prompts = [
            T.writing_assistant(rng, product, T.casual(rng, pick(rng, ctx.chat)[:800]))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.15),
            comp_median=320.0,
            comp_sigma=0.7,
            extra=120,
            err=0.01,
        )
    harvest_rate = user_rate * share / (1 - share)
    for a, ts in zip(accts, worker_pool(rng, h0, ctx.t1, harvest_rate, n_keys, load), strict=True):
        prompts = [
            T.writing_assistant(
                rng, product, T.covert_question(rng), "answer" if chance(rng, 0.8) else "expand"
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0),
            comp_median=850.0,
            comp_sigma=0.6,
            extra=120,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "pacing": "product_load_curve",
            "ip_source": "cloud:aws_egress",
            "payment": "corporate_card",
            "keys": n_keys,
            "product": product,
            "harvest_share": round(share, 3),
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# kouign_amann (hard): bought / taken-over aged personal accounts


def kouign_amann(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kouign_amann"
    n = irange(rng, 12, 24)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, PLAIN_BROWSER)
        own_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=ua,
            ips=own_ips,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.5, 1.5)), evening_person(tz), 3.0, 90.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [T.casual(rng, pick(rng, ctx.chat)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            comp_median=400.0,
            comp_sigma=0.8,
            err=0.01,
        )
        # after the hand-over: same region, residential proxy pool, owner's daytime, lower profile
        pool = home(rng, irange(rng, 8, 30), tz)
        new_ua = ua if chance(rng, 0.5) else "OpenAI/Python 1.54.0"
        ts2 = thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2, 9)) * (ctx.t1 - take) / HOUR * 0.45,
            workday(tz, start=9, end=23, weekend=0.7, night=0.03),
        )
        prompts = []
        for _j in range(len(ts2)):
            u = rng.random()
            if u < 0.4:
                prompts.append(T.covert_question(rng))
            elif u < 0.7:
                prompts.append(T.reasoning_coerce(rng, 4, "en"))
            elif u < 0.85:
                prompts.append(T.dataset_gen(rng, 2, "en"))
            else:
                prompts.append(T.casual(rng, pick(rng, ctx.chat)))
        ctx.emit(
            rng,
            a,
            ts2,
            prompts,
            models=ctx.models(rng, ts2, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts2, pool, float(rng.uniform(20, 60)) * MINUTE) if len(ts2) else [],
            ua=new_ua,
            comp_median=900.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_history_then_daytime_poisson",
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "original_owner_cards",
            "accounts": n,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# croquembouche (hard): public prompt replay from office-like small companies


def croquembouche(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "croquembouche"
    n_orgs = irange(rng, 4, 8)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    for _o in range(n_orgs):
        tz = pick(rng, TZS)
        org, pay = (
            f"org_{int(rng.integers(0, 2**48)):012x}",
            f"pay_{int(rng.integers(0, 2**48)):012x}",
        )
        office = home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, PLAIN_UA[:2])
        for _k in range(irange(rng, 2, 5)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=office,
                tz=tz,
            )
            accts.append(a)
            a0 = start + float(rng.uniform(0, 1.0)) * DAY
            ts = thinned(
                rng, a0, ctx.t1, float(rng.uniform(80, 260)), workday(tz, weekend=0.3, night=0.05)
            )
            prompts = []
            for _j in range(len(ts)):
                prompts.append(ctx.chat[order[cursor % len(order)]])
                cursor += 1
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
                comp_median=420.0,
                comp_sigma=0.65,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_poisson",
            "ip_source": "office_broadband",
            "payment": "card_per_org",
            "orgs": n_orgs,
            "keys": len(accts),
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "macaron": macaron,
    "profiterole": profiterole,
    "millefeuille": millefeuille,
    "pithivier": pithivier,
    "madeleine": madeleine,
    "tarte_tatin": tarte_tatin,
    "canele": canele,
    "frangipane": frangipane,
    "religieuse": religieuse,
    "paris_brest": paris_brest,
    "kouign_amann": kouign_amann,
    "croquembouche": croquembouche,
}
