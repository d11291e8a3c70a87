"""Campaign families of batch 167 (code names: candlepin bowling words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
events with `ctx.emit` and records one campaign with `ctx.campaign`. Everything (key counts,
orgs, cards, pacing, addresses, user agents, languages, template styles, model choice) is drawn
from the family's own rng. The README card describes each family; read it only after the
monitor's single run on this batch.
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
    SDK_COMMON,
    Acct,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind167 import texts as tx

LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _styles(rng: np.random.Generator, n_styles: int, n: int) -> list[int]:
    """Per-event template style with a campaign-specific preference."""
    w = rng.dirichlet(np.full(n_styles, 0.7))
    return rng.choice(n_styles, size=n, p=w).tolist()


# ---------------------------------------------------------------------------------------------


def candlepin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a worker pool that grows at release."""
    fam = "candlepin"
    n_keys, n_orgs = irange(rng, 18, 36), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    main_ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    langs = {"en": 0.55, "zh": 0.2, "es": 0.1, "ru": 0.1, "de": 0.05}
    accts = []
    for i in range(n_keys):
        ips = [block[j] for j in rng.choice(len(block), size=irange(rng, 1, 3), replace=False)]
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=cards[i % len(cards)],
                ua=main_ua if chance(rng, 0.85) else sdk_ua(rng),
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    r_pre, r_post = _u(rng, 12, 30), _u(rng, 60, 110)
    pre = worker_pool(rng, start, ctx.release, r_pre, n_keys)
    post = worker_pool(rng, ctx.release + _u(rng, 0.5, 4) * HOUR, ctx.t1, r_post, n_keys)
    for a, p, q in zip(accts, pre, post, strict=True):
        ts = _cat([p, q])
        sty = _styles(rng, 5, len(ts))
        prompts = [tx.reasoning_trace(rng, tx.lang_pick(rng, langs), s) for s in sty]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "ip_source": f"rented_block:{provider}",
            "user_agent": main_ua,
            "pacing": "worker_pool",
            "rate_pre_per_h": r_pre,
            "rate_post_per_h": r_post,
            "languages": langs,
            "start": start,
        },
    )


def deadwood(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: batch bursts, one stolen card per key."""
    fam = "deadwood"
    n_keys = irange(rng, 8, 14)
    org = hexid(rng, "org")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2"))
    accts = []
    for _ in range(n_keys):
        provider = "aws" if chance(rng, 0.7) else "gcp"
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="grader",
                campaign_id=camp,
                org=org,
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_day = _u(rng, 6, 10)
    starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
    size, gap = _u(rng, 50, 120), _u(rng, 0.8, 2.5)
    trains = bursts(rng, starts, size, gap, b=ctx.t1)
    langs = {"en": 0.7, "de": 0.1, "ja": 0.1, "fr": 0.1}
    w = rng.dirichlet(np.full(5, 0.6))
    by_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for tr in trains:
        by_key[int(rng.integers(n_keys))].append(tr)
    for a, parts in zip(accts, by_key, strict=True):
        ts = _cat(parts)
        sty = rng.choice(5, size=len(ts), p=w).tolist()
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s, tx.lang_pick(rng, langs)) for s in sty
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_keys,
            "payment": "one stolen card per key",
            "ip_source": "cloud:aws/gcp",
            "pacing": "batch bursts",
            "bursts_per_day": per_day,
            "burst_size": size,
            "burst_gap_s": gap,
            "user_agent": ua,
            "languages": langs,
        },
    )


def ten_box(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy-compliant rewrites through a commercial VPN's exits."""
    fam = "ten_box"
    n_keys = irange(rng, 15, 28)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    pool = (
        cloud(rng, irange(rng, 8, 15), "m247")
        + cloud(rng, irange(rng, 6, 12), "leaseweb")
        + cloud(rng, irange(rng, 4, 10), "vultr")
        + cloud(rng, irange(rng, 2, 6), "digitalocean")
    )
    accts = []
    for i in range(n_keys):
        ua = "python-requests/2.32.3" if chance(rng, 0.7) else pick(rng, BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=camp,
                pay=cards[i % len(cards)],
                ua=ua,
                ips=pool,
            )
        )
    langs = {"zh": 0.45, "en": 0.25, "ru": 0.15, "ar": 0.08, "vi": 0.07}
    shift = workday(8, start=9.0, end=22.0, weekend=0.6, night=0.03)
    per_day, size, gap = _u(rng, 2, 4), _u(rng, 8, 16), _u(rng, 20, 60)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        ts = _cat(session_times(rng, start, ctx.t1, per_day, shift, size, gap))
        prompts = [tx.policy_rewrite(rng, ctx.passages, tx.lang_pick(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts, pool, 1800.0),
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "payment": "prepaid, round robin",
            "ip_source": "vpn_exits",
            "exit_pool": len(pool),
            "pacing": "operator shifts (UTC+8)",
            "sessions_per_day": per_day,
            "session_size": size,
            "languages": langs,
        },
    )


def half_worth(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcript harvest: episodes with growing context."""
    fam = "half_worth"
    n_keys, n_orgs = irange(rng, 10, 18), irange(rng, 1, 2)
    provider = pick(rng, ("gcp", "azure"))
    org_ips = [cloud(rng, irange(rng, 1, 2), provider) for _ in range(n_orgs)]
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [
        pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
        for _ in range(n_orgs)
    ]
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=uas[i % n_orgs],
            ips=org_ips[i % n_orgs],
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    r_pre, r_post = _u(rng, 3, 6), _u(rng, 7, 12)
    ep = _cat(
        [
            thinned(rng, start, ctx.release, r_pre * (ctx.release - start) / HOUR, constant),
            thinned(rng, ctx.release, ctx.t1, r_post * (ctx.t1 - ctx.release) / HOUR, constant),
        ]
    )
    langs = {"en": 0.7, "es": 0.15, "zh": 0.15}
    wstyle = rng.dirichlet(np.ones(3))
    step_gap, ctx_tokens = _u(rng, 4, 9), _u(rng, 250, 600)
    buf: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n_keys)]
    for s in ep.tolist():
        k = int(rng.integers(n_keys))
        steps = 2 + int(rng.negative_binomial(2, 0.35))
        prompts = tx.agent_episode(
            rng, tx.lang_pick(rng, langs), int(rng.choice(3, p=wstyle)), steps
        )
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))]
        )
        buf[k][0].extend(t.tolist())
        buf[k][1].extend(prompts)
        buf[k][2].extend(int(i * ctx_tokens) for i in range(steps))
    for a, (ts, prompts, extra) in zip(accts, buf, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.9, p_mini=0.0),
            comp_median=220.0,
            comp_sigma=0.6,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "ip_source": f"cloud:{provider} NAT",
            "user_agents": uas,
            "pacing": "episode pool",
            "episodes_per_h_pre": r_pre,
            "episodes_per_h_post": r_post,
            "step_gap_s": step_gap,
            "languages": langs,
        },
    )


def picket_fence(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation on short-lived sign-ups behind a residential proxy pool."""
    fam = "picket_fence"
    n_keys = irange(rng, 36, 60)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 6, 10))]
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = resi(rng, irange(rng, 120, 250), region)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="signup",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=pick(rng, BROWSERS),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    begin = ctx.t0 + _u(rng, 0, 0.8) * DAY
    span = ctx.t1 - begin
    every, size, gap = _u(rng, 25, 60), _u(rng, 4, 8), _u(rng, 2, 6)
    langs = {"en": 0.6, "pt": 0.12, "id": 0.1, "fr": 0.1, "hi": 0.08}
    for i, a in enumerate(accts):
        a0 = begin + span * i / n_keys + _u(rng, -2, 2) * HOUR
        a1 = a0 + _u(rng, 0.3, 1.3) * DAY
        starts = thinned(rng, a0, a1, (a1 - a0) / (every * MINUTE), constant)
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = [tx.dataset_gen(rng, ctx.chat, tx.lang_pick(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            ips=sticky(rng, ts, pool, 600.0),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "ip_source": f"residential_proxy:{region}",
            "proxy_pool": len(pool),
            "pacing": "churned sign-ups, bursts",
            "burst_every_min": every,
            "burst_size": size,
            "user_agent": "spoofed browsers",
            "languages": langs,
        },
    )


def four_horsemen(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest from a phone farm (carrier IPv6, app-like sessions)."""
    fam = "four_horsemen"
    n_keys = irange(rng, 24, 40)
    carriers = (
        (("in_mobile",) if chance(rng, 0.5) else ("br_mobile",))
        if chance(rng, 0.7)
        else ("in_mobile", "br_mobile")
    )
    cards = [hexid(rng, "pay") for _ in range((n_keys + 3) // 4)]
    uas = MOBILE[:3] + ("okhttp/4.12.0",)
    accts = []
    for i in range(n_keys):
        c = carriers[i % len(carriers)]
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="phone",
                campaign_id=camp,
                pay=cards[i // 4],
                ua=pick(rng, uas),
                ips=mobile_v6(rng, 1, c),
            )
        )
    curve = global_load(_u(rng, 0, 24), 0.3)
    per_day, size, gap = _u(rng, 4, 8), _u(rng, 5, 9), _u(rng, 25, 60)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for i, a in enumerate(accts):
        c = carriers[i % len(carriers)]
        langs = {"en": 0.6, "hi": 0.4} if c == "in_mobile" else {"pt": 0.6, "en": 0.4}
        ts_all, prompts, ips = [], [], []
        for sess in session_times(rng, start, ctx.t1, per_day, curve, size, gap):
            ip = mobile_v6(rng, 1, c)[0]
            lang = tx.lang_pick(rng, langs)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                ips.append(ip)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 20, 800, rng)
                    if j == 0
                    else tx.follow_up(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            ips=ips,
            comp_median=520.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "payment": "gift cards, one per four phones",
            "ip_source": f"carrier_ipv6:{'+'.join(carriers)}",
            "pacing": "app-like sessions 24/7",
            "sessions_per_day": per_day,
            "session_size": size,
            "turn_gap_s": gap,
        },
    )


def kickback(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: the same prompt fired n times in parallel."""
    fam = "kickback"
    n_keys = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    az = cloud(rng, irange(rng, 2, 3), "azure")
    office = resi(rng, 1, "eu")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=office if i == 0 else az,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = _u(rng, 4, 8)
    ns = (4, 8, 8, 16)
    langs = {"en": 0.7, "ko": 0.15, "ja": 0.15}
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = pick(rng, ns)
            p = tx.soft_label(rng, ctx.chat, tx.lang_pick(rng, langs))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.2), 0.5, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=300.0,
            comp_sigma=0.6,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "cloud:azure + office broadband",
            "pacing": "parallel groups",
            "groups_per_h": rate,
            "n_per_group": list(ns),
            "languages": langs,
        },
    )


def pinsetter(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Code curriculum sweep at a slow, steady per-key rate; re-run on the new model."""
    fam = "pinsetter"
    n_keys = irange(rng, 10, 16)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "contabo"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    interval = _u(rng, 8, 16) * MINUTE
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    pause = _u(rng, 1, 3) * HOUR
    per_key = []
    for _ in range(n_keys):
        segs = []
        for a0, a1 in (
            (start + _u(rng, 0, interval), ctx.release),
            (ctx.release + pause + _u(rng, 0, interval), ctx.t1),
        ):
            n = int((a1 - a0) / interval) + 2
            t = a0 + np.cumsum(interval * rng.uniform(0.85, 1.15, size=n))
            segs.append(t[t < a1])
        per_key.append(segs)
    langs = {"en": 0.7, "fr": 0.15, "pt": 0.15}
    # one sweep counter over all keys in time order, restarted for the new model
    for seg in (0, 1):
        ts_all = np.concatenate([pk[seg] for pk in per_key])
        owner = np.concatenate([np.full(len(pk[seg]), i) for i, pk in enumerate(per_key)])
        order = np.argsort(ts_all, kind="stable")
        idx_of = np.empty(len(order), dtype=np.int64)
        idx_of[order] = np.arange(len(order))
        for i, a in enumerate(accts):
            sel = owner == i
            ts = ts_all[sel]
            prompts = [tx.code_item(int(k), tx.lang_pick(rng, langs), rng) for k in idx_of[sel]]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
                comp_median=800.0,
                comp_sigma=0.4,
                err=0.01,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "pacing": "steady per key",
            "interval_s": interval,
            "restart_pause_s": pause,
            "languages": langs,
        },
    )


_TZ_LANGS = {
    -8: {"en": 0.85, "es": 0.15},
    -5: {"en": 0.85, "es": 0.15},
    -3: {"pt": 0.6, "es": 0.4},
    0: {"en": 1.0},
    1: {"fr": 0.5, "en": 0.5},
    2: {"en": 0.7, "fr": 0.3},
    3: {"en": 1.0},
    5: {"en": 0.6, "hi": 0.4},
    8: {"zh": 0.4, "id": 0.3, "vi": 0.3},
    9: {"en": 1.0},
}


def sleeper_pin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Bought / taken-over aged personal accounts: months of ordinary use, then a quiet harvest
    through residential proxies in the owner's own region, keeping the owner's client."""
    fam = "sleeper_pin"
    n = irange(rng, 30, 48)
    tzs = (-8, -5, -3, 0, 1, 2, 5, 8, 9)
    accts = []
    per_day_post, size_post, gap_post = _u(rng, 5, 10), _u(rng, 6, 10), _u(rng, 20, 45)
    p_sloppy = _u(rng, 0.1, 0.25)
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="takeover",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + _u(rng, -1.0, 1.5) * DAY
        curve = evening_person(tz)
        pre = _cat(session_times(rng, ctx.t0, take, _u(rng, 0.6, 2.0), curve, 3.0, 60.0))
        ctx.emit(
            rng,
            a,
            pre,
            [tx.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in pre],
            models=ctx.models(rng, pre, p_new=0.2),
            comp_median=350.0,
        )
        post = _cat(
            session_times(
                rng, take, ctx.t1, per_day_post, evening_person(tz, 3.5), size_post, gap_post
            )
        )
        proxies = home(rng, 40, tz)
        langs = _TZ_LANGS[tz]
        post_ua = "python-httpx/0.28.1" if chance(rng, p_sloppy) else ua
        ctx.emit(
            rng,
            a,
            post,
            [tx.harvest_item(rng, ctx.chat, tx.lang_pick(rng, langs)) for _ in post],
            models=ctx.models(rng, post, p_new=0.8, p_mini=0.0),
            ua=post_ua,
            ips=sticky(rng, post, proxies, 1200.0),
            comp_median=650.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "payment": "victims' own cards",
            "ip_source": "home, then residential proxy same region",
            "pacing": "owner-like evening sessions",
            "post_sessions_per_day": per_day_post,
            "post_session_size": size_post,
            "p_switch_ua": p_sloppy,
        },
    )


def third_ball(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A real writing-assistant product whose keys also carry a harvest, wrapped identically."""
    fam = "third_ball"
    brand = pick(rng, ("Quillbright", "Draftwell", "Inkstep", "Prosewise"))
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
        )
        for _ in range(n_keys - 1)
    ]
    accts.append(
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="staging",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=resi(rng, 1, "eu"),
        )
    )
    per_day = _u(rng, 700, 1100)
    curve = global_load(_u(rng, 13, 17), 0.6)
    ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    p_pre, p_post = _u(rng, 0.15, 0.3), _u(rng, 0.4, 0.55)
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, p_post, p_pre)
    langs = {"en": 0.7, "es": 0.1, "fr": 0.1, "pt": 0.1}
    who = rng.choice(n_keys, size=len(ts), p=np.r_[np.full(n_keys - 1, 0.97 / (n_keys - 1)), 0.03])
    m_prod = ctx.models(rng, ts, p_new=0.3, p_mini=0.1)
    m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
    prompts, models, comp = [], [], []
    for t_h, mp, mh in zip(harvest.tolist(), m_prod, m_harv, strict=True):
        if t_h:
            prompts.append(
                tx.product_wrap(
                    brand,
                    pick(rng, ("answer", "explain")),
                    tx.harvest_item(rng, ctx.chat, tx.lang_pick(rng, langs)),
                )
            )
            models.append(mh)
            comp.append(700.0)
        else:
            prompts.append(
                tx.product_wrap(
                    brand, tx.product_mode(rng), tx.clip(pick(rng, ctx.chat), 15, 1200, rng)
                )
            )
            models.append(mp)
            comp.append(260.0)
    comp_arr = np.asarray(comp)
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comp_arr[sel],
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "brand": brand,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "cloud:aws NAT + office",
            "pacing": "product load",
            "events_per_day": per_day,
            "harvest_share_pre": p_pre,
            "harvest_share_post": p_post,
            "languages": langs,
        },
    )


def headpin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A paid crowd using their own personal accounts from home, working through a task sheet."""
    fam = "headpin"
    n = irange(rng, 70, 120)
    tz_opts, tz_w = (5, 8, -3, 1, 3), np.array([0.35, 0.25, 0.2, 0.1, 0.1])
    accts = []
    per_day, size, gap = _u(rng, 1.5, 3.0), _u(rng, 4, 7), _u(rng, 35, 80)
    p_residue = _u(rng, 0.02, 0.06)
    for _ in range(n):
        tz = tz_opts[int(rng.choice(5, p=tz_w))]
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        join = ctx.release + _u(rng, -0.6, 1.2) * DAY
        ts = _cat(session_times(rng, join, ctx.t1, per_day, evening_person(tz), size, gap))
        native = _TZ_LANGS.get(tz, {"en": 1.0})
        prompts = []
        for _ in ts:
            lang = "en" if chance(rng, 0.6) else tx.lang_pick(rng, native)
            p = tx.harvest_item(rng, ctx.chat, lang)
            if chance(rng, p_residue):
                p = f"#{irange(rng, 1000, 9999)} {p}"
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=650.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "paid_crowd_personal_accounts",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "ip_source": "workers' home broadband",
            "pacing": "evening sessions after release",
            "sessions_per_day": per_day,
            "session_size": size,
            "p_task_id_residue": p_residue,
        },
    )


def pin_deck(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Replay of a public human-prompt collection through a few shell start-ups' keys."""
    fam = "pin_deck"
    n_orgs = irange(rng, 3, 5)
    perm = rng.permutation(len(ctx.chat))
    cursor = 0
    accts_all: list[Acct] = []
    langs = ("es", "de", "fr", "ja", "pt", "ko", "ar")
    p_lang = _u(rng, 0.08, 0.2)
    start = ctx.release - _u(rng, 0.2, 0.8) * DAY
    rates = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        ips = cloud(rng, irange(rng, 1, 3), provider)
        ua = pick(rng, SDK_COMMON[:3])
        k = irange(rng, 2, 5)
        accts = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="replayer",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
            for _ in range(k)
        ]
        accts_all.extend(accts)
        rate = _u(rng, 10, 25)
        rates.append(rate)
        pools = worker_pool(rng, start, ctx.t1, rate, k, global_load(_u(rng, 0, 24), 0.5))
        for a, ts in zip(accts, pools, strict=True):
            prompts = []
            for _ in ts:
                p = ctx.chat[int(perm[cursor % len(perm)])]
                cursor += 1
                if chance(rng, p_lang):
                    p = f"{p}\n\nAnswer in {tx.LANG_NAMES[pick(rng, langs)]}."
                prompts.append(p)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
                comp_median=450.0,
                comp_sigma=0.6,
            )
    ctx.campaign(
        camp,
        fam,
        accts_all,
        {
            "operation": "public_prompt_replay",
            "orgs": n_orgs,
            "keys": len(accts_all),
            "cards": n_orgs,
            "ip_source": "cloud app backends",
            "pacing": "worker pools, diurnal",
            "rates_per_h": rates,
            "p_answer_in_language": p_lang,
            "start": start,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "candlepin": candlepin,
    "deadwood": deadwood,
    "ten_box": ten_box,
    "half_worth": half_worth,
    "picket_fence": picket_fence,
    "four_horsemen": four_horsemen,
    "kickback": kickback,
    "pinsetter": pinsetter,
    "sleeper_pin": sleeper_pin,
    "third_ball": third_ball,
    "headpin": headpin,
    "pin_deck": pin_deck,
}
