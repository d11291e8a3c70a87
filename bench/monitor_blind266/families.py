"""Campaign families of batch 266 (code names: words from calcio storico).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`. Every quantity is drawn
from the family's own generator; nothing walks a set or hashes a string.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
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
from bench.monitor_blind266 import texts as tx

Rng = np.random.Generator

#: consumer regions of the address map that match each UTC offset (for careful proxy choice)
REGION_FOR_TZ = {
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


def sample(rng: Rng, seq, k: int) -> list:
    """`k` distinct items of `seq`, in `seq`'s order."""
    k = max(1, min(k, len(seq)))
    return [seq[i] for i in sorted(rng.choice(len(seq), size=k, replace=False).tolist())]


def lang_mix(
    rng: Rng, main: str, others: tuple[str, ...], k_lo: int, k_hi: int, main_w: tuple[int, int]
) -> list[str]:
    """A weighted language list (weights by repetition) for `picks`."""
    extra = sample(rng, others, irange(rng, k_lo, k_hi))
    return [main] * irange(rng, *main_w) + extra


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def session_ips(rng: Rng, sessions: list[np.ndarray], make) -> list[str]:
    """One address per session (a phone reconnecting, a proxy session), repeated over its events."""
    out: list[str] = []
    for s in sessions:
        ip = make(rng)
        out.extend([ip] * len(s))
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented servers


def innanzi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "innanzi"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    card, org_cards = hexid(rng, "pay"), [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = sdk_ua(rng, 0.4)
    op_tz = pick(rng, TZS)
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
                pay=card if shared_card else org_cards[o],
                ua=ua if chance(rng, 0.85) else sdk_ua(rng),
                ips=picks(rng, block, irange(rng, 1, 2)),
                tz=op_tz,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    mid = max(start, ctx.release)
    r_pre = float(rng.uniform(15, 40))
    r_post = r_pre * float(rng.uniform(1.5, 2.6))
    pre = worker_pool(rng, start, mid, r_pre, n_keys)
    post = worker_pool(rng, mid, ctx.t1, r_post, n_keys)
    styles = sample(rng, tx.REASONING_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("zh", "es", "de", "ru", "ja", "pt", "ko", "fr"), 1, 4, (4, 9))
    p_new = float(rng.uniform(0.88, 0.98))
    comp = float(rng.uniform(1100, 2200))
    err = float(rng.uniform(0.01, 0.05))
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = _cat([p1, p2])
        prompts = [tx.reasoning_prompt(rng, styles, lg) for lg in picks(rng, langs, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "rate_per_hour_pre": r_pre,
            "rate_per_hour_post": r_post,
            "ip_source": f"rented_block:{provider}",
            "payment": "shared_card" if shared_card else "card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": [s.__name__ for s in styles],
            "p_new": p_new,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model labels in scripted batches


def sconciatori(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sconciatori"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.58.1",
            "dspy/2.6.3 litellm/1.60.2",
            "litellm/1.60.2",
            "OpenAI/Python 1.54.0",
        ),
    )
    styles = sample(rng, tx.JUDGE_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("ko", "ja", "zh", "de"), 0, 2, (6, 12))
    op_tz = pick(rng, TZS)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(25, 70))
    gap = float(rng.uniform(1.0, 4.0))
    p_new = float(rng.uniform(0.7, 0.92))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=op_tz,
        )
        accts.append(a)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            workday(op_tz, 7, 23, 0.5, 0.15) if chance(rng, 0.5) else constant,
        )
        trains = []
        for s in starts.tolist():
            k = max(1, int(rng.poisson(size)))
            trains.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            )
        ts = _cat(trains)
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, styles, lg)
            for lg in picks(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(150, 280)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "scripted_bursts",
            "bursts_per_day_per_key": per_day,
            "burst_size": size,
            "gap_s": gap,
            "ip_source": f"cloud:{provider}",
            "payment": "card_per_key",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": [s.__name__ for s in styles],
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe / censorship-safe rewrites through VPN exits


def datori_addietro(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "datori_addietro"
    n_keys = irange(rng, 5, 12)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"))
    exits = cloud(rng, irange(rng, 15, 40), vpn)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    op_tz = pick(rng, (8, 8, 3, 2, 9))
    main = {8: "zh", 3: "ru", 2: "tr", 9: "zh"}[op_tz]
    langs = lang_mix(rng, main, ("en", "ru", "ar", "tr", "vi", "zh"), 1, 3, (3, 6)) + [
        "en"
    ] * irange(rng, 2, 5)
    styles = sample(rng, tx.POLICY_STYLES, irange(rng, 2, 4))
    p_new = float(rng.uniform(0.8, 0.95))
    hold = float(rng.uniform(30, 120)) * MINUTE
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=exits[:1],
            tz=op_tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(150, 600)), workday(op_tz, 9, 22, 0.4, 0.05)
        )
        prompts = [
            tx.policy_prompt(rng, ctx.passages, styles, lg) for lg in picks(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "per_key_poisson_operator_workday",
            "ip_source": f"vpn_exits:{vpn}",
            "vpn_exits": len(exits),
            "sticky_hold_s": hold,
            "payment": f"{len(cards)}_shared_stolen_cards",
            "orgs": n_keys,
            "keys": n_keys,
            "languages": sorted(set(langs)),
            "styles": [s.__name__ for s in styles],
            "operator_tz": op_tz,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts in episodes


def maestro_di_campo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "maestro_di_campo"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2"))
    styles = sample(rng, tx.AGENT_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("pt", "zh", "es"), 0, 2, (8, 14))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(5, 12))
    steps_mean = float(rng.uniform(5, 10))
    gap = float(rng.uniform(4, 12))
    p_new = float(rng.uniform(0.85, 0.97))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    episodes = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, starts in zip(accts, episodes, strict=True):
        ts_all: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in starts.tolist():
            task = tx.agent_task(rng)
            lang = pick(rng, langs)
            k = 1 if chance(rng, 0.2) else max(2, int(rng.poisson(steps_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(tx.agent_prompt(rng, task, step, styles, lang))
                extra.append(irange(rng, 500, 1800) + 280 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(180, 320)),
            comp_sigma=0.8,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_from_worker_pool",
            "episodes_per_hour": rate,
            "steps_mean": steps_mean,
            "step_gap_s": gap,
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one_card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": [s.__name__ for s in styles],
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation on throwaway keys through rotating residential proxies


def pallaio(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pallaio"
    n_keys = irange(rng, 10, 20)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    styles = sample(rng, tx.DATASET_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("es", "pt", "id", "hi", "vi"), 1, 3, (4, 8))
    p_new = float(rng.uniform(0.9, 0.99))
    rate = float(rng.uniform(4, 14))
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("us", "eu", "latam", "sea", "in"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway_key",
            campaign_id=cid,
            ua=ua,
            ips=resi(rng, 1, region),
            tz=pick(rng, TZS),
        )
        accts.append(a)
        s = ctx.t0 + float(rng.uniform(0.0, 0.85)) * (ctx.t1 - ctx.t0)
        e = min(ctx.t1, s + float(rng.uniform(0.7, 2.5)) * DAY)
        ts = thinned(rng, s, e, rate * (e - s) / HOUR, constant)
        prompts = [
            tx.dataset_prompt(rng, ctx.chat, styles, lg) for lg in picks(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=resi(rng, len(ts), region),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.35,
            err=float(rng.uniform(0.04, 0.1)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "staggered_short_lived_keys_poisson",
            "rate_per_hour_per_key": rate,
            "ip_source": "residential_proxy_rotating_per_request",
            "payment": "prepaid_card_per_key",
            "orgs": n_keys,
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": list(styles),
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n sampling and soft labels


def mezza_caccia(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mezza_caccia"
    n_keys = irange(rng, 4, 7)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("oracle", "alibaba", "tencent", "scaleway"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
    langs = lang_mix(rng, "en", ("fr", "de", "ja"), 1, 2, (5, 10))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(6, 14))
    p_bon = float(rng.uniform(0.45, 0.75))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    p_new = float(rng.uniform(0.85, 0.97))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, provider),
        )
        for _ in range(n_keys)
    ]
    groups = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, starts in zip(accts, groups, strict=True):
        ts_all: list[float] = []
        prompts: list[str] = []
        for s in starts.tolist():
            if chance(rng, p_bon):
                p, k = tx.bon_prompt(rng, ctx.chat), irange(rng, n_lo, n_hi)
            else:
                p, k = tx.softlabel_prompt(rng, ctx.chat, pick(rng, langs)), irange(rng, 1, 3)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.8, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(250, 550)),
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "async_groups_from_worker_pool",
            "groups_per_hour": rate,
            "p_best_of_n": p_bon,
            "n_range": [n_lo, n_hi],
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "orgs": len(orgs),
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep (difficulty ladder of math and code), slow and steady


def colubrina(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "colubrina"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua = pick(
        rng, ("Go-http-client/2.0", "reqwest/0.12.12", "Apache-HttpClient/5.4.1 (Java/21.0.5)")
    )
    styles = sample(rng, tx.CURRICULUM_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("es", "ko", "de"), 1, 2, (5, 9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    p_new = float(rng.uniform(0.75, 0.9))
    hold = float(rng.uniform(10, 30)) * MINUTE
    accts = []
    for i in range(n_keys):
        region = pick(rng, ("us", "eu", "ca", "jp_kr", "latam"))
        pool = resi(rng, irange(rng, 5, 10), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        rate = float(rng.uniform(2.5, 6))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        frac = (ts - start) / max(1.0, ctx.t1 - start)
        lv = (
            np.clip(1 + np.floor(9 * frac) + rng.integers(-1, 2, size=len(ts)), 1, 10)
            .astype(int)
            .tolist()
        )
        prompts = [
            tx.curriculum_prompt(rng, lv[j], 1000 * i + j, styles, pick(rng, langs))
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=600 + 80 * np.asarray(lv, dtype=float),
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_math_and_code",
            "pacing": "steady_slow_poisson_24h",
            "ip_source": "residential_proxy_sticky",
            "sticky_hold_s": hold,
            "payment": "card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": list(styles),
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest from an office line, around the clock


def gonfalone(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gonfalone"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    op_tz = pick(rng, (0, 1, 2, -5))
    office = home(rng, 2, op_tz)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "python-requests/2.32.3"))
    targets = sample(
        rng,
        (
            "es",
            "de",
            "fr",
            "pt",
            "it",
            "pl",
            "ru",
            "tr",
            "ar",
            "hi",
            "zh",
            "ja",
            "ko",
            "id",
            "vi",
            "nl",
            "sv",
            "uk",
            "th",
        ),
        irange(rng, 8, 14),
    )
    styles = sample(rng, tx.TRANSLATION_STYLES, irange(rng, 2, 4))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(35, 80))
    p_new = float(rng.uniform(0.55, 0.8))
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
            ips=office,
            tz=op_tz,
        )
        for _ in range(n_keys)
    ]
    curve = workday(op_tz, 8, 19, 0.6, 0.55)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = [
            tx.translation_prompt(rng, ctx.passages, styles, tg)
            for tg in picks(rng, targets, len(ts))
        ]
        comp = np.asarray([max(40.0, len(p) / 3.2) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus_harvest",
            "pacing": "worker_pool_near_constant",
            "rate_per_hour": rate,
            "ip_source": "office_broadband_static",
            "payment": "one_business_card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["en", *targets],
            "styles": list(styles),
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def sabbia_santa_croce(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sabbia_santa_croce"
    product = pick(rng, ("Notewise", "Studyloop", "Inkpath", "Brightdesk", "Quillnest"))
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(12, 20))
    user_rate = float(rng.uniform(25, 50))
    share = float(rng.uniform(0.08, 0.2))
    p_wrap = float(rng.uniform(0.3, 0.7))
    p_new_users = float(rng.uniform(0.15, 0.35))
    p_new_harvest = float(rng.uniform(0.6, 0.9))
    load = global_load(peak, 0.6)

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return 1.15 - load(ts)

    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        accts.append(a)
        users = thinned(rng, ctx.t0, ctx.t1, user_rate / n_keys * (ctx.t1 - ctx.t0) / HOUR, load)
        harvest = thinned(rng, ctx.t0 + DAY, ctx.t1, share * len(users) * 1.0, offpeak)
        ts = np.concatenate([users, harvest])
        is_h = np.concatenate([np.zeros(len(users), bool), np.ones(len(harvest), bool)]).tolist()
        prompts, models, comp = [], [], []
        m_users = ctx.models(rng, users, p_new_users)
        m_harv = ctx.models(rng, harvest, p_new_harvest)
        ui = hi = 0
        for h in is_h:
            body = tx.natural_harvest(rng) if h else tx.snippet(rng, ctx.chat, 10, 1500)
            prompts.append(f"[{product}] {body}" if chance(rng, p_wrap) else body)
            if h:
                models.append(m_harv[hi])
                hi += 1
                comp.append(900.0)
            else:
                models.append(m_users[ui])
                ui += 1
                comp.append(330.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "product": product,
            "pacing": "global_product_load_plus_offpeak_harvest",
            "user_rate_per_hour": user_rate,
            "harvest_share": share,
            "ip_source": "cloud:aws_product_backend",
            "payment": "company_card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["mixed_user_languages", "en"],
            "p_new_users": p_new_users,
            "p_new_harvest": p_new_harvest,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: a low-and-slow crowd of paid people holding multi-turn dialogues from a task sheet


def calcianti(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "calcianti"
    n = irange(rng, 30, 50)
    tzs = sample(rng, TZS, irange(rng, 2, 4))
    sheet = sample(rng, tx.TOPICS, irange(rng, 20, 35))
    lead_cards = [hexid(rng, "pay") for _ in range(3)]
    p_new = float(rng.uniform(0.5, 0.75))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        phone = chance(rng, 0.35)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pick(rng, lead_cards) if chance(rng, 0.25) else None,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, tx.LANGS_OF_TZ[tz])
        start = ctx.t0 + float(rng.uniform(0.1, 2.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9, 20, 0.5, 0.02)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(50, 150)),
            0.7,
        )
        prompts: list[str] = []
        extra: list[int] = []
        for s in sess:
            topic = pick(rng, sheet)
            for i in range(len(s)):
                prompts.append(
                    tx.opener_from(rng, lang, topic) if i == 0 else tx.follow_up(rng, lang)
                )
                extra.append(int(i * rng.uniform(300, 700)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = None
        if phone and len(ts):
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            ips = session_ips(rng, sess, lambda r, k=kind: mobile_v6(r, 1, k)[0])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=float(rng.uniform(450, 800)),
            comp_sigma=0.55,
            err=0.005,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest_by_paid_crowd",
            "pacing": "human_sessions_low_and_slow",
            "ip_source": "workers_home_broadband_and_phones",
            "payment": "own_cards_some_lead_cards",
            "orgs": n,
            "keys": n,
            "user_agent": "browsers_and_phones",
            "worker_tzs": tzs,
            "task_sheet_topics": len(sheet),
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts, taken over around the release


def alfiere(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "alfiere"
    n = irange(rng, 10, 18)
    buyer_ua = sdk_ua(rng, 0.6)
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    p_new = float(rng.uniform(0.75, 0.92))
    pivot = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = pivot + float(rng.uniform(-6, 6)) * HOUR
        before = thinned(
            rng, ctx.t0, take, float(rng.uniform(3, 12)) * (take - ctx.t0) / DAY, evening_person(tz)
        )
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            evening_person(tz, 4.0),
            float(rng.uniform(6, 12)),
            float(rng.uniform(15, 45)),
            0.6,
        )
        after = np.concatenate(sess) if sess else np.empty(0)
        lang = pick(rng, tx.LANGS_OF_TZ[tz])
        pool = resi(rng, 30, REGION_FOR_TZ[tz])
        keep = chance(rng, p_keep_ua)
        p_after = []
        for _j in range(len(after)):
            r = rng.random()
            p_after.append(
                tx.natural_harvest(rng)
                if r < 0.6
                else tx.reasoning_prompt(
                    rng, list(tx.REASONING_STYLES[:2]), lang if r < 0.8 else "en"
                )
            )
        ctx.emit(
            rng,
            a,
            before,
            [tx.snippet(rng, ctx.chat, 5, 1200) for _ in range(len(before))],
            models=ctx.models(rng, before, 0.15),
            comp_median=320.0,
        )
        ctx.emit(
            rng,
            a,
            after,
            p_after,
            models=ctx.models(rng, after, p_new),
            ips=sticky(rng, after, pool, float(rng.uniform(1, 4)) * HOUR),
            ua=owner_ua if keep else buyer_ua,
            comp_median=float(rng.uniform(600, 1100)),
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought_aged_accounts_takeover",
            "pivot": pivot,
            "pacing": "owner_history_then_session_bursts",
            "ip_source": "owner_home_then_region_matched_residential_proxy",
            "payment": "original_owners_cards",
            "orgs": n,
            "keys": n,
            "user_agent": "owner_ua_or_buyer_sdk",
            "p_keep_owner_ua": p_keep_ua,
            "p_new": p_new,
            "languages": "owner_language_plus_en",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: replay of public chat prompts through phones and residential proxies


def archibugieri(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "archibugieri"
    n = irange(rng, 20, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    order = rng.permutation(len(ctx.chat)).tolist()
    nxt = 0
    p_new = float(rng.uniform(0.7, 0.88))
    p_phone = float(rng.uniform(0.35, 0.65))
    begin = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        phone = chance(rng, p_phone)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, MOBILE) if phone else pick(rng, BROWSERS),
            ips=resi(rng, 1, REGION_FOR_TZ[tz]),
            tz=tz,
        )
        accts.append(a)
        start = begin + float(rng.uniform(0, 0.8)) * DAY
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, 3.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(25, 90)),
            0.8,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _j in range(len(ts)):
            prompts.append(ctx.chat[order[nxt % len(order)]])
            nxt += 1
        if phone:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            ips = session_ips(rng, sess, lambda r, k=kind: mobile_v6(r, 1, k)[0])
        else:
            region = REGION_FOR_TZ[tz]
            ips = session_ips(rng, sess, lambda r, g=region: resi(r, 1, g)[0])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=float(rng.uniform(380, 520)),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "source": "sharegpt_sim_half_without_replacement",
            "pacing": "human_like_sessions",
            "ip_source": "carrier_v6_or_residential_proxy_per_session",
            "p_phone": p_phone,
            "payment": f"{len(cards)}_cards_shared_over_keys",
            "orgs": n,
            "keys": n,
            "user_agent": "browsers_and_phones",
            "begin": begin,
            "p_new": p_new,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "innanzi": innanzi,
    "sconciatori": sconciatori,
    "datori_addietro": datori_addietro,
    "maestro_di_campo": maestro_di_campo,
    "pallaio": pallaio,
    "mezza_caccia": mezza_caccia,
    "colubrina": colubrina,
    "gonfalone": gonfalone,
    "sabbia_santa_croce": sabbia_santa_croce,
    "calcianti": calcianti,
    "alfiere": alfiere,
    "archibugieri": archibugieri,
}
