"""Campaign families of batch 185 (code names from pole vault).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything a
family varies (keys, orgs, cards, pacing, addresses, agents, languages, models) comes from its own
rng. The last four are built to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
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
from bench.monitor_blind185 import texts

Rng = np.random.Generator

#: consumer-ISP region of each UTC offset (the simulator's address map)
REGION = {
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

#: user agents as ordinary people's clients send them in the background, with rough weights
PEOPLE_UAS = (
    ("OpenAI/Python 1.54.0", 0.42),
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
        0.2,
    ),
    ("OpenAI/NodeJS 4.67.1", 0.1),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15", 0.1),
    ("langchain/0.3.7 python-openai/1.54.0", 0.06),
    ("curl/8.5.0", 0.03),
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
        0.04,
    ),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", 0.025),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0", 0.025),
)


def people_ua(rng: Rng) -> str:
    w = np.array([p for _, p in PEOPLE_UAS])
    return PEOPLE_UAS[int(rng.choice(len(w), p=w / w.sum()))][0]


def _weights(rng: Rng, langs: tuple[str, ...], alpha: tuple[float, ...]) -> np.ndarray:
    return rng.dirichlet(np.asarray(alpha, dtype=np.float64) * 4)


def _langs(rng: Rng, langs: tuple[str, ...], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _lang_dict(langs: tuple[str, ...], w: np.ndarray) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in zip(langs, w.tolist(), strict=True)}


def _acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _episode_models(
    ctx: Ctx, rng: Rng, starts: list[float], sizes: list[int], p_new: float
) -> list[str]:
    """One model per episode (a run keeps the model it started with)."""
    out: list[str] = []
    for s, k in zip(starts, sizes, strict=True):
        out += ctx.models(rng, np.array([s]), p_new=p_new, p_mini=0.02) * k
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def bar_clearance(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bar_clearance"
    n = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = []
    for i in range(n):
        k = min(len(pool), irange(rng, 1, 3))
        ips = [pool[j] for j in rng.choice(len(pool), size=k, replace=False).tolist()]
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    langs = ("en", "zh", "ru", "es")
    w = _weights(rng, langs, (3, 1.5, 1, 1))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pre, post = float(rng.uniform(8, 20)), float(rng.uniform(40, 75))
    styles = [irange(rng, 0, 5) for _ in range(n)]
    a_streams = worker_pool(rng, start, ctx.release, pre, n)
    b_streams = worker_pool(rng, ctx.release, ctx.t1, post, n)
    for acct, a, b, st in zip(accts, a_streams, b_streams, styles, strict=True):
        ts = _cat([a, b])
        prompts = [
            texts.reasoning_coercion(rng, lang, st if chance(rng, 0.7) else irange(rng, 0, 5))
            for lang in _langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=950,
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
            "rate_per_hour_before_release": round(pre, 1),
            "rate_per_hour_after_release": round(post, 1),
            "keys": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "ip_source": f"rented_block:{provider}",
            "user_agent": ua,
            "languages": _lang_dict(langs, w),
            "styles": 6,
            "models": "new model at 95 % from release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts


def uprights(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "uprights"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("gcp", "aws"))
    cards = [hexid(rng, "pay") for _ in range((n + 2) // 3)]
    langs = ("en", "es", "de", "ja")
    lang_w = np.array([0.6, 0.14, 0.13, 0.13])
    accts, per_key = [], []
    for i in range(n):
        acct = _acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            pay=cards[i // 3],
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(acct)
        st = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        per_day = float(rng.uniform(2, 4))
        starts = thinned(rng, st, ctx.t1, per_day * (ctx.t1 - st) / DAY, constant)
        trains = bursts(
            rng, starts, float(rng.uniform(20, 45)), float(rng.uniform(0.8, 2.0)), b=ctx.t1
        )
        ts = _cat(trains)
        lang = langs[int(rng.choice(4, p=lang_w))]
        style = irange(rng, 0, 3)
        per_key.append({"lang": lang, "style": style})
        prompts = [
            texts.judge_prompt(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                style if chance(rng, 0.8) else irange(rng, 0, 3),
                lang if chance(rng, 0.85) else "en",
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=260,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts (batch jobs)",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "payment": "prepaid cards, one per 3 keys",
            "ip_source": f"cloud:{provider}",
            "user_agent": "sdk, per key",
            "per_key": per_key,
            "languages": sorted({k["lang"] for k in per_key}),
            "styles": 4,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe answers through VPN exits


def planting_box(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "planting_box"
    n = irange(rng, 12, 22)
    n_orgs = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    chosen = [
        pick(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"))
        for _ in range(irange(rng, 2, 3))
    ]
    exits: list[str] = []
    for p in chosen:
        exits += cloud(rng, irange(rng, 6, 12), p)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=exits,
        )
        for i in range(n)
    ]
    langs = ("zh", "en", "ru", "ar")
    w = _weights(rng, langs, (4.5, 3, 1.5, 1))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(18, 32))
    hold = float(rng.uniform(600, 3600))
    curve = workday(8, start=9.0, end=23.0, weekend=0.5, night=0.05)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [
            texts.policy_rewrite(rng, lang, pick(rng, ctx.passages), irange(rng, 0, 3))
            for lang in _langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, exits, hold),
            comp_median=520,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "poisson_worker_pool, two shifts in UTC+8",
            "rate_per_hour_peak": round(per_hour, 1),
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "ip_source": f"vpn_exits:{'+'.join(chosen)} ({len(exits)}), sticky {hold:.0f} s",
            "user_agent": ua,
            "languages": _lang_dict(langs, w),
            "styles": 4,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def rockback(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rockback"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = []
    gap = float(rng.uniform(3, 8))
    for _ in range(n):
        acct = _acct(
            ctx,
            rng,
            fam,
            cid,
            "trajectory_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        accts.append(acct)
        st = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = thinned(
            rng, st, ctx.t1, float(rng.uniform(12, 25)) * (ctx.t1 - st) / DAY, constant
        )
        style = irange(rng, 0, 1)
        ts_all, prompts, sizes, ep_starts = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            domain, task = texts.agent_task(rng)
            history: list[tuple[str, str]] = []
            for _j in range(k):
                prompts.append(texts.agent_step(rng, domain, task, history, style))
                history = texts.agent_next(rng, domain, history)
            ts_all.append(t)
            sizes.append(k)
            ep_starts.append(s)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        models = _episode_models(ctx, rng, ep_starts, sizes, 0.92)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=220,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes of 3-12 steps, 24/7",
            "step_gap_s": round(gap, 1),
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "cloud:aws, 2 per key",
            "user_agent": ua,
            "languages": ["en"],
            "styles": 2,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation on a fixed-period loop


def pole_bend(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pole_bend"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    langs = ("en", "fr", "pt", "hi")
    w = _weights(rng, langs, (5, 1.5, 1.5, 1))
    accts, periods = [], []
    for _ in range(n):
        acct = _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator_loop",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        period = float(rng.uniform(240, 600))
        periods.append(round(period))
        st = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        k = int((ctx.t1 - st) / period * 1.1) + 10
        gaps = np.clip(rng.normal(period, 0.08 * period, size=k), 5, None)
        gaps += np.where(rng.random(k) < 1 / 250, rng.uniform(HOUR, 6 * HOUR, size=k), 0.0)
        ts = st + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        prompts = [
            texts.synthetic_data(rng, ctx.chat, lang, irange(rng, 0, 2))
            for lang in _langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1800,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "fixed-period loop per key with rare restarts",
            "period_s": periods,
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud:{provider}, 1 per key",
            "user_agent": ua,
            "languages": _lang_dict(langs, w),
            "styles": 3,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest on stolen cards through residential proxies


def swing_up(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "swing_up"
    n = irange(rng, 16, 28)
    pool = resi(rng, 400, "*")
    hold = float(rng.uniform(300, 1200))
    browsers = list(BROWSERS) + [u for u, _ in PEOPLE_UAS if u.startswith("Mozilla")]
    langs = ("en", "pt", "id", "tr")
    lw = np.array([0.5, 0.2, 0.15, 0.15])
    accts, per_acct = [], []
    for _ in range(n):
        acct = _acct(ctx, rng, fam, cid, "stolen_card_account", ua=pick(rng, browsers), ips=pool)
        accts.append(acct)
        lang = langs[int(rng.choice(4, p=lw))]
        a = float(rng.uniform(ctx.t0, ctx.t1 - 1.5 * DAY))
        b = min(ctx.t1, a + float(rng.uniform(1.5, 4.0)) * DAY)
        per_day = float(rng.uniform(6, 12))
        per_acct.append({"lang": lang, "active_days": round((b - a) / DAY, 2)})
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, a, b, per_day * (b - a) / DAY, constant).tolist():
            k = min(12, 4 + int(rng.poisson(3)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30.0), 0.5, size=k - 1))])
            topic = texts.dialogue_topic(rng, lang)
            for j in range(k):
                prompts.append(texts.dialogue_turn(rng, lang, topic, j))
                extra.append(120 + 450 * j)
            ts_all.append(t)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted conversations 4-12 turns, accounts live 1.5-4 days",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "stolen cards, one per account",
            "ip_source": f"residential_proxy_pool (400, worldwide), sticky {hold:.0f} s",
            "user_agent": "spoofed browsers",
            "per_account": per_acct,
            "languages": sorted({p["lang"] for p in per_acct}),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def pushoff(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pushoff"
    n = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=orgs[i % 2],
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n)
    ]
    st = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(3, 6))
    p_soft = float(rng.uniform(0.25, 0.5))
    sizes_w = np.array([0.5, 0.35, 0.15])
    for acct, starts in zip(accts, worker_pool(rng, st, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, sizes = [], [], []
        style = irange(rng, 0, 1)
        for s in starts.tolist():
            k = (4, 8, 16)[int(rng.choice(3, p=sizes_w))]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.7, size=k - 1))])
            p = texts.soft_label(rng, style) if chance(rng, p_soft) else pick(rng, ctx.chat)
            prompts += [p] * k
            sizes.append(k)
            ts_all.append(t)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        models = _episode_models(ctx, rng, starts.tolist(), sizes, 0.9)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=420, comp_sigma=0.6)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "groups of 4/8/16 identical requests, Poisson groups over a worker pool",
            "groups_per_hour": round(per_hour, 2),
            "soft_label_share": round(p_soft, 2),
            "keys": n,
            "orgs": 2,
            "cards": 1,
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "languages": ["en", "public prompts in any language"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep from an office, with night runs from the cloud


def flyaway(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "flyaway"
    n = irange(rng, 8, 14)
    tz = pick(rng, (9, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    night_ips = cloud(rng, 2, "aws")
    ua = sdk_ua(rng)
    accts = [
        _acct(ctx, rng, fam, cid, "office_key", org=org, pay=card, ua=ua, ips=office, tz=tz)
        for _ in range(n)
    ]
    night_keys = list(range(irange(rng, 1, 2)))
    st = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    day_curve = workday(tz, start=9.5, end=19.0)
    per_day = float(rng.uniform(40, 80))
    per_night = float(rng.uniform(150, 300))
    streams: list[tuple[int, np.ndarray, bool]] = []
    for i in range(n):
        streams.append(
            (i, thinned(rng, st, ctx.t1, per_day * (ctx.t1 - st) / DAY, day_curve), False)
        )
    for i in night_keys:
        streams.append(
            (
                i,
                thinned(rng, st, ctx.t1, per_night * (ctx.t1 - st) / DAY, nightly(1.0, 5.0, tz)),
                True,
            )
        )
    # one shared queue: items go out in curriculum order, whichever key asks next
    all_ts = np.concatenate([s[1] for s in streams])
    rank = np.empty(len(all_ts), dtype=np.int64)
    rank[np.argsort(all_ts, kind="stable")] = np.arange(len(all_ts))
    offset = irange(rng, 0, 50)
    local = "ja" if tz == 9 else "en"
    pos = 0
    for i, ts, night in streams:
        idx = rank[pos : pos + len(ts)] + offset
        pos += len(ts)
        prompts = [
            texts.code_curriculum(
                rng,
                int(j),
                local if chance(rng, 0.4) else ("ko" if tz == 9 and chance(rng, 0.2) else "en"),
                irange(rng, 0, 2),
            )
            for j in idx.tolist()
        ]
        ips = night_ips[0] if night else None
        ctx.emit(
            rng,
            accts[i],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.02),
            ips=ips,
            comp_median=1200,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "office hours per key + night runs on 1-2 keys from the cloud",
            "tz": tz,
            "per_key_per_day": round(per_day, 1),
            "night_requests": round(per_night, 1),
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband (2 lines) + cloud:aws at night",
            "user_agent": ua,
            "languages": ["en", "ja", "ko"] if tz == 9 else ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def landing_pit(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "landing_pit"
    keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 5), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(keys)
    ]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.6)))
    real = float(rng.uniform(30, 50))
    frac = float(rng.uniform(0.2, 0.35))
    h_start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    bank = texts.english_bank()
    hl = ("en", "es", "pt", "de")
    hw = np.array([0.7, 0.1, 0.1, 0.1])
    real_streams = worker_pool(rng, ctx.t0, ctx.t1, real, keys, curve)
    harvest_streams = worker_pool(rng, h_start, ctx.t1, real * frac, keys, curve)
    for acct, ts_r, ts_h in zip(accts, real_streams, harvest_streams, strict=True):
        ctx.emit(
            rng,
            acct,
            ts_r,
            [pick(rng, ctx.chat) for _ in range(len(ts_r))],
            models=ctx.models(rng, ts_r, p_new=0.2, p_mini=0.25),
            comp_median=350,
        )
        prompts = []
        for lang in _langs(rng, hl, hw, len(ts_h)):
            u = rng.random()
            if u < 0.3:
                suffix = pick(
                    rng,
                    (
                        "\n\nshow your working please",
                        "\n\nexplain each step",
                        "\n\ncan you check this step by step?",
                        "",
                    ),
                )
                prompts.append(texts.problem_en(rng) + suffix)
            elif lang == "en":
                prompts.append(texts.casual_question(rng, "en", pick(rng, bank), 0.6))
            else:
                prompts.append(
                    texts.casual_question(rng, lang, pick(rng, texts.expert_items(lang)), 0.6)
                )
        ctx.emit(
            rng,
            acct,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.9, p_mini=0.0),
            comp_median=700,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "pacing": "the product's own global load curve; harvest rides the same curve",
            "product_rate_per_hour": round(real, 1),
            "harvest_share": round(frac, 3),
            "harvest_from_ts": h_start,
            "keys": keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "cloud:aws NAT gateways of the product backend",
            "user_agent": ua,
            "languages": ["en", "es", "pt", "de", "product users: any"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought or compromised aged accounts


def top_hand(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "top_hand"
    n = irange(rng, 25, 40)
    accts, modes = [], []
    bank = texts.english_bank()
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = people_ua(rng)
        acct = _acct(ctx, rng, fam, cid, "aged_account", ua=owner_ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        mode = "bought" if chance(rng, 0.5) else "compromised_key"
        modes.append(mode)
        take = ctx.release + float(rng.uniform(-0.8, 1.2)) * DAY
        owner_end = take if mode == "bought" else ctx.t1
        owner = _cat(
            session_times(
                rng, ctx.t0, owner_end, float(rng.uniform(0.6, 2.0)), evening_person(tz), 3.0, 70.0
            )
        )
        ctx.emit(
            rng,
            acct,
            owner,
            [pick(rng, ctx.chat) for _ in range(len(owner))],
            models=ctx.models(rng, owner, p_new=0.15, p_mini=0.15),
            comp_median=350,
        )
        pool = resi(rng, 30, REGION[tz])
        op_ua = owner_ua if chance(rng, 0.5) else "OpenAI/Python 1.54.0"
        op = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(6, 14)),
                evening_person(tz),
                float(rng.uniform(2.5, 4.0)),
                40.0,
            )
        )
        prompts = []
        for _j in range(len(op)):
            if chance(rng, 0.5):
                prompts.append(
                    texts.translation_harvest(rng, pick(rng, ctx.passages), irange(rng, 0, 2))
                )
            else:
                prompts.append(texts.casual_question(rng, "en", pick(rng, bank), 0.5))
        ctx.emit(
            rng,
            acct,
            op,
            prompts,
            models=ctx.models(rng, op, p_new=0.85, p_mini=0.0),
            ips=sticky(rng, op, pool, 1800.0),
            ua=op_ua,
            comp_median=600,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_translation_and_expert_harvest",
            "pacing": "owner's evening sessions; after takeover ~6-14 person-like sessions a day",
            "takeover": "release -0.8 .. +1.2 days",
            "modes": {
                "bought": modes.count("bought"),
                "compromised_key": modes.count("compromised_key"),
            },
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "ip_source": "owner home IP; operator via residential proxies of the owner's region (sticky 30 min)",
            "user_agent": "owner's; operator copies it half the time",
            "languages": ["en prompts; translation targets es, de, ja, ko, pt-BR, ar, tr, vi"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts


_CROWD_LANG = {
    "us": ("en",),
    "latam": ("es", "pt"),
    "eu": ("en", "fr", "de", "es"),
    "ru": ("en",),
    "in": ("en",),
    "sea": ("id", "en"),
    "jp_kr": ("en",),
}
_CROWD_TZ = (-8, -5, -5, -3, 0, 1, 1, 2, 5, 8, 9)


def penultimate_step(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "penultimate_step"
    n = irange(rng, 60, 100)
    banks = {lang: list(texts.expert_items(lang)) for lang in texts.EXPERT_LANGS}
    banks["en"] = texts.english_bank()
    for lang in banks:
        rng.shuffle(banks[lang])
    cursor = dict.fromkeys(banks, 0)
    shared_cards: list[str] = []
    accts, n_shared = [], 0
    for _ in range(n):
        tz = pick(rng, _CROWD_TZ)
        region = REGION[tz]
        lang = pick(rng, _CROWD_LANG[region])
        if chance(rng, 0.3):
            if not shared_cards or chance(rng, 0.2):
                shared_cards.append(hexid(rng, "pay"))
            pay = shared_cards[-1]
            n_shared += 1
        else:
            pay = None
        acct = _acct(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            pay=pay,
            ua=people_ua(rng),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        on = float(rng.uniform(ctx.t0, ctx.release + DAY))
        ts = _cat(
            session_times(
                rng,
                on,
                ctx.t1,
                float(rng.uniform(1.5, 3.5)),
                evening_person(tz),
                float(rng.uniform(3, 5)),
                float(rng.uniform(40, 90)),
            )
        )
        prompts = []
        for _j in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(pick(rng, ctx.chat))
                continue
            bank = banks[lang]
            item = bank[cursor[lang] % len(bank)]
            cursor[lang] += 1
            prompts.append(texts.casual_question(rng, lang, item, 0.35))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.05),
            comp_median=520,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_expert_sweep",
            "pacing": "person-like evening sessions, 1.5-3.5 a day, staggered onboarding",
            "keys": n,
            "orgs": n,
            "cards": n - n_shared + len(shared_cards),
            "payment": f"prepaid; {n_shared} accounts share {len(shared_cards)} cards",
            "ip_source": "one residential (ISP proxy) address per account, region matching its time zone",
            "user_agent": "drawn like ordinary users'",
            "languages": sorted({lang for langs in _CROWD_LANG.values() for lang in langs}),
            "filler_share": 0.15,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from a home office


def pole_recoil(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pole_recoil"
    n = irange(rng, 10, 16)
    tz = pick(rng, (-5, 0, 1, 2, 5))
    lines = home(rng, irange(rng, 2, 3), tz)
    phone_kind = "us_mobile" if tz < 0 else ("in_mobile" if tz == 5 else "eu_mobile")
    phones = mobile_v6(rng, 5, phone_kind)
    cards = [hexid(rng, "pay") for _ in range(3)]
    ua = "OpenAI/Python 1.54.0"
    bank = [ctx.chat[i] for i in rng.permutation(len(ctx.chat)).tolist()]
    size = len(bank) // n
    curve = workday(tz, start=8.0, end=23.0, weekend=0.7, night=0.03)
    pre_days = (ctx.release - ctx.t0) / DAY
    post_days = (ctx.t1 - ctx.release) / DAY
    accts = []
    for i in range(n):
        line = lines[i % len(lines)]
        acct = _acct(ctx, rng, fam, cid, "replay_key", pay=cards[i % 3], ua=ua, ips=[line], tz=tz)
        accts.append(acct)
        pre, post = float(rng.uniform(8, 20)), float(rng.uniform(80, 150))
        ts = _cat(
            [
                thinned(rng, ctx.t0, ctx.release, pre * pre_days, curve),
                thinned(rng, ctx.release, ctx.t1, post * post_days, curve),
            ]
        )
        mine = bank[i * size : (i + 1) * size]
        prompts = [mine[j % len(mine)] for j in range(len(ts))]
        on_phone = sticky(rng, ts, [line] * 6 + phones[:2], 2 * HOUR)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            ips=on_phone,
            comp_median=380,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "waking hours; light before the release, heavy after",
            "tz": tz,
            "keys": n,
            "orgs": n,
            "cards": 3,
            "ip_source": f"{len(lines)} home broadband lines + phone tethering ({phone_kind})",
            "user_agent": ua,
            "languages": ["whatever the public prompts are in"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "bar_clearance": bar_clearance,
    "uprights": uprights,
    "planting_box": planting_box,
    "rockback": rockback,
    "pole_bend": pole_bend,
    "swing_up": swing_up,
    "pushoff": pushoff,
    "flyaway": flyaway,
    "landing_pit": landing_pit,
    "top_hand": top_hand,
    "penultimate_step": penultimate_step,
    "pole_recoil": pole_recoil,
}
