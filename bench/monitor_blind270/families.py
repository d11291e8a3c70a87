"""Campaign families of batch 270 (code names: words from gilli danda).

Each family is a generator `f(ctx, rng, campaign_id)` that draws everything from its own rng:
key counts, orgs, cards, pacing, address sources, user agents, languages, styles, timing around
the model release. Four or more of them are built to look like legitimate use (see README.md).
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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
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
from bench.monitor_blind270 import texts as T

#: user agents the simulator's background itself uses (so an agent string alone tells nothing)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
#: regions whose consumer ranges a residential-proxy seller offers, by UTC offset
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


def _weights(rng: np.random.Generator, k: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _subset(
    rng: np.random.Generator, items: list, lo: int, hi: int, first: str | None = None
) -> list:
    """`lo`..`hi` distinct items in a random order (optionally always including `first`)."""
    order = [items[i] for i in rng.permutation(len(items)).tolist()]
    if first is not None:
        order = [first] + [x for x in order if x != first]
    return order[: irange(rng, lo, min(hi, len(order)))]


def _per_event_choice(rng: np.random.Generator, options: list, w: np.ndarray, n: int) -> list:
    return [options[i] for i in rng.choice(len(options), size=n, p=w).tolist()]


def _flat(trains: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(trains)) if trains else np.empty(0)


def _f(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gulli_danda(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gulli_danda"
    n = irange(rng, 6, 16)
    shared_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "scaleway"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 6))
    ua = sdk_ua(rng, 0.4)
    langs = _subset(rng, T.reasoning_langs(), 2, 4, first="en" if chance(rng, 0.6) else None)
    lw = _weights(rng, len(langs))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(12, 32))
    tag = f"rt{irange(rng, 10, 99)}"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ls = _per_event_choice(rng, langs, lw, len(ts))
        prompts = [T.reasoning_prompt(rng, pick(rng, styles), lg, tag) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.02),
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
            "keys": n,
            "shared_org": shared_org,
            "cards": len(cards),
            "ip_source": f"hosting:{prov}",
            "addresses": len(block),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "poisson_worker_pool",
            "per_hour": _f(per_hour),
            "start_before_release_days": _f((ctx.release - start) / DAY),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading over VPN exits, stolen cards


def kuttiyum_kolum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kuttiyum_kolum"
    n = irange(rng, 4, 10)
    prov = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    vpn = rented_block(rng, prov, irange(rng, 3, 6), irange(rng, 2, 4))
    hold = float(rng.uniform(1, 5)) * HOUR
    langs = _subset(rng, ["en", "de", "ja", "fr", "es", "zh"], 2, 3, first="en")
    lw = np.asarray([0.7] + [0.3 / (len(langs) - 1)] * (len(langs) - 1))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(-0.3, 2.0)) * DAY
    per_day = float(rng.uniform(3, 8))
    size = float(rng.uniform(10, 30))
    gap = float(rng.uniform(1.5, 5.0))
    accts = []
    for _ in range(n):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "python-httpx/0.28.1",
                "OpenAI/Python 1.54.0",
                "aiohttp/3.11.11",
            ),
        )
        a = ctx.account(
            rng, label="campaign", family=fam, role="grader", campaign_id=cid, ua=ua, ips=vpn
        )
        accts.append(a)
        ts = _flat(
            bursts(
                rng,
                thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant),
                size,
                gap,
                0.6,
                ctx.t1,
            )
        )
        ls = _per_event_choice(rng, langs, lw, len(ts))
        prompts = [T.judge_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
            extra=irange(rng, 0, 80),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "keys": n,
            "orgs": "one per key",
            "cards": "one stolen card per key",
            "ip_source": f"vpn_exits:{prov}",
            "addresses": len(vpn),
            "sticky_hold_h": _f(hold / HOUR),
            "languages": langs,
            "styles": styles,
            "pacing": "bursts",
            "bursts_per_day": _f(per_day),
            "burst_size": _f(size),
            "gap_s": _f(gap),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through residential proxies, several small orgs


def danguli(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "danguli"
    n_orgs = irange(rng, 3, 5)
    region = pick(rng, ("*", "us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(5, 25)) * MINUTE
    langs = _subset(rng, T.policy_langs(), 3, 5, first="zh" if chance(rng, 0.6) else "en")
    lw = _weights(rng, len(langs), 2.0)
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts, orgs = [], []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng)
        start = ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY
        per_day = float(rng.uniform(6, 16))
        curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.5)
        orgs.append(
            {"keys": 0, "browser_ua": ua in BROWSERS, "start_day": _f((start - ctx.t0) / DAY)}
        )
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=pool,
            )
            accts.append(a)
            orgs[-1]["keys"] += 1
            ts = _flat(
                session_times(
                    rng,
                    start,
                    ctx.t1,
                    per_day,
                    curve,
                    float(rng.uniform(5, 12)),
                    float(rng.uniform(12, 40)),
                )
            )
            ls = _per_event_choice(rng, langs, lw, len(ts))
            prompts = [
                T.policy_rewrite_prompt(rng, pick(rng, styles), lg, ctx.passages) for lg in ls
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.85, 0.05),
                ips=sticky(rng, ts, pool, hold),
                comp_median=520.0,
                comp_sigma=0.55,
                err=0.015,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "orgs": orgs,
            "cards": "one per org",
            "ip_source": f"residential_proxy:{region}",
            "addresses": len(pool),
            "sticky_hold_min": _f(hold / MINUTE),
            "languages": langs,
            "styles": styles,
            "pacing": "human_like_sessions",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an autoscaling cloud deployment


def celik_comak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "celik_comak"
    n = irange(rng, 5, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
        ),
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.0, 2.0)) * DAY
    eps_per_hour = float(rng.uniform(3, 8))
    steps_mean = float(rng.uniform(3.5, 7.0))
    accts = []
    for a_starts in worker_pool(rng, start, ctx.t1, eps_per_hour, n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 3, 8), prov),
        )
        accts.append(a)
        ts_all, prompts = [], []
        for s in a_starts.tolist():
            ep = int(rng.integers(0, 2**31))
            style = pick(rng, styles)
            k = 1 + int(rng.poisson(steps_mean - 1))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(T.agent_prompt(ep, style, i) for i in range(k))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=300.0,
            comp_sigma=0.7,
            err=0.02,
            extra=rng.integers(400, 2500, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud:{prov}",
            "user_agent": ua,
            "styles": styles,
            "pacing": "worker_pool_of_episodes",
            "episodes_per_hour": _f(eps_per_hour),
            "steps_mean": _f(steps_mean),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly runs from one or two VPS addresses


def syatong(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "syatong"
    n = irange(rng, 3, 8)
    org = hexid(rng, "org")
    per_key_cards = chance(rng, 0.4)
    card = hexid(rng, "pay")
    prov = pick(rng, ("contabo", "digitalocean", "hetzner", "ovh"))
    ips = cloud(rng, irange(rng, 1, 2), prov)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, TZS)
    start_h = float(rng.uniform(0, 4))
    langs = _subset(rng, ["en", "zh", "es", "ja", "fr"], 2, 4, first="en")
    lw = _weights(rng, len(langs))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    first_day = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    run_size = float(rng.uniform(50, 160))
    gap = float(rng.uniform(6, 20))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=hexid(rng, "pay") if per_key_cards else card,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        starts = thinned(
            rng,
            first_day,
            ctx.t1,
            float(rng.uniform(1.0, 2.0)) * (ctx.t1 - first_day) / DAY,
            nightly(start_h, 3.0, tz),
        )
        ts = _flat(bursts(rng, starts, run_size, gap, 0.4, ctx.t1))
        ls = _per_event_choice(rng, langs, lw, len(ts))
        batch0 = irange(rng, 1, 400)
        prompts = [
            T.dataset_prompt(rng, pick(rng, styles), lg, batch0 + i // 10)
            for i, lg in enumerate(ls)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": 1,
            "per_key_cards": per_key_cards,
            "ip_source": f"vps:{prov}",
            "addresses": len(ips),
            "user_agent": ua,
            "tz": tz,
            "languages": langs,
            "styles": styles,
            "pacing": "nightly_runs",
            "run_size": _f(run_size),
            "gap_s": _f(gap),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: public prompt replay with multi-turn follow-ups, person-paced keys on residential proxies


def lippa(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lippa"
    n = irange(rng, 10, 22)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    p_new = float(rng.uniform(0.6, 0.9))
    accts, keys = [], []
    start_base = ctx.release + float(rng.uniform(-0.4, 0.5)) * DAY
    for i in range(n):
        tz = pick(rng, TZS)
        pool = resi(rng, irange(rng, 4, 14), REGION[tz])
        ua = pick(rng, BG_UAS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = start_base + float(rng.uniform(0, 1.2)) * DAY
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            evening_person(tz, 2.8),
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 100)),
        )
        ts_all, prompts = [], []
        for sess in sessions:
            for j in range(len(sess)):
                if j == 0 or chance(rng, 0.3):
                    prompts.append(ctx.chat[order[cursor % len(order)]])
                    cursor += 1
                else:
                    prompts.append(T.followup(rng))
            ts_all.extend(sess.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 120)) * MINUTE),
            comp_median=450.0,
            err=0.01,
        )
        keys.append({"tz": tz, "ua": ua, "sessions": len(sessions)})
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_multi_turn",
            "keys": n,
            "orgs": "one per key",
            "cards": f"{len(cards)} prepaid cards shared round-robin",
            "ip_source": "residential_proxy_by_tz",
            "pacing": "evening_sessions",
            "p_new": _f(p_new),
            "public_prompts_used": cursor,
            "per_key": keys,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt fired n times in parallel


def pandolo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pandolo"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "aws", "gcp"))
    ua = pick(rng, ("aiohttp/3.11.11", "OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0"))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    n_opts = sorted(rng.choice([4, 5, 8, 10, 16], size=2, replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    per_hour = float(rng.uniform(4, 9))
    accts = []
    for starts in worker_pool(rng, start, ctx.t1, per_hour, n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = pick(rng, n_opts)
            text = T.softlabel_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages)
            ts_all.extend((s + np.sort(rng.exponential(0.4, size=k))).tolist())
            prompts.extend([text] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud:{prov}",
            "user_agent": ua,
            "styles": styles,
            "n_samples": n_opts,
            "pacing": "parallel_fanout",
            "prompts_per_hour": _f(per_hour),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: concept x level grid, slow and steady over many keys, office broadband


def nipsy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nipsy"
    n = irange(rng, 12, 26)
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 1, 3), tz)
    split = chance(rng, 0.5)
    vpn = cloud(rng, irange(rng, 4, 10), "m247") if split else []
    card_mode = pick(rng, ("per_key", "two_prepaid", "one_card"))
    two = [hexid(rng, "pay"), hexid(rng, "pay")]
    langs = _subset(rng, ["en", "hi", "id", "vi"], 2, 3, first="en")
    lw = _weights(rng, len(langs), 3.0)
    style = irange(rng, 0, 2)
    concepts = [T.CONCEPTS[i] for i in rng.permutation(len(T.CONCEPTS)).tolist()]
    per_day = float(rng.uniform(12, 30))
    accts = []
    for i in range(n):
        pay = (
            None
            if card_mode == "per_key"
            else (two[i % 2] if card_mode == "two_prepaid" else two[0])
        )
        ips = vpn if (split and i % 2) else office
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=pay,
            ua=SDK_COMMON[0],
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        ts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(tz, 9.0, 19.0, 0.3)
        )
        mine = concepts[(i * 3) % len(concepts) :] + concepts[: (i * 3) % len(concepts)]
        ls = _per_event_choice(rng, langs, lw, len(ts))
        prompts = [
            T.curriculum_prompt(rng, style, lg, mine[(j // 6) % len(mine)], j % 6, 1 + j // 6)
            for j, lg in enumerate(ls)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "orgs": "one per key",
            "cards": card_mode,
            "tz": tz,
            "ip_source": "office_broadband" + ("+vpn_half" if split else ""),
            "languages": langs,
            "style": style,
            "pacing": "slow_steady_workday",
            "per_key_per_day": _f(per_day),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. code and translation harvest from a rented block


def konda_kondi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "konda_kondi"
    n = irange(rng, 4, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    prov = pick(rng, ("vultr", "linode", "ovh", "alibaba", "tencent"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 3, 8))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    per_hour = float(rng.uniform(10, 26))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [T.code_prompt(rng, pick(rng, styles), ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_and_translation_harvest",
            "keys": n,
            "orgs": len(orgs),
            "cards": 1,
            "ip_source": f"hosting:{prov}",
            "user_agent": ua,
            "styles": styles,
            "pacing": "poisson_worker_pool",
            "per_hour": _f(per_hour),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real writing-assistant product's backend traffic


def patok_lele(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "patok_lele"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 4, 10), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    app = T.app_name(rng)
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    per_hour = float(rng.uniform(6, 14))
    frac = float(rng.uniform(0.18, 0.35))
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    harvest_from = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    doms = _subset(rng, T.domains(), 1, 2)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        # the genuine product traffic
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        modes = picks(rng, T.APP_MODES, len(ts))
        prompts = [
            T.product_prompt(rng, app, m, T.clip(pick(rng, ctx.chat), 20, 1500, rng)) for m in modes
        ]
        before = [
            ctx.old_models[-1] if chance(rng, 0.3) else ctx.old_models[0] for _ in range(len(ts))
        ]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.6)) else m
            for t, m in zip(ts.tolist(), before, strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=320.0, err=0.01)
        # the harvest, shaped like the product's load, through the same wrapper
        hs = thinned(
            rng, harvest_from, ctx.t1, frac * per_hour * (ctx.t1 - harvest_from) / HOUR, curve
        )
        hp = []
        for _ in range(len(hs)):
            mode = pick(rng, ("explain", "chat"))
            body = (
                T.casual_question(rng, pick(rng, doms), 0.2)
                if chance(rng, 0.6)
                else T.problem(rng)
                + pick(rng, (" explain step by step", " walk me through it", ""))
            )
            hp.append(T.product_prompt(rng, app, mode, body))
        ctx.emit(rng, a, hs, hp, models=ctx.new_model, comp_median=850.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "app": app,
            "ip_source": f"cloud:{prov}",
            "user_agent": ua,
            "product_per_key_per_hour": _f(per_hour),
            "harvest_fraction": _f(frac),
            "domains": doms,
            "product_switch_day": _f((switch - ctx.t0) / DAY),
            "harvest_from_day": _f((harvest_from - ctx.t0) / DAY),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought / compromised aged accounts, taken over around the release


def gatrik(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gatrik"
    n = irange(rng, 12, 24)
    takeover = ctx.release + float(rng.uniform(-0.5, 0.8)) * DAY
    doms = _subset(rng, T.domains(), 1, 3)
    keep_ua = float(rng.uniform(0.5, 0.9))
    per_day2 = float(rng.uniform(4, 9))
    accts, per = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua0 = pick(rng, BG_UAS)
        house = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=house,
            tz=tz,
        )
        accts.append(a)
        t_take = takeover + float(rng.uniform(0, 14)) * HOUR
        # the owner's own history
        old = _flat(
            session_times(
                rng,
                ctx.t0,
                t_take,
                float(rng.uniform(0.5, 2.0)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            old,
            [T.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(old))],
            models=ctx.models(rng, old, 0.25, 0.2),
            ips=house[0],
            comp_median=300.0,
        )
        # after the takeover
        pool = resi(rng, irange(rng, 5, 15), REGION[tz])
        ua1 = ua0 if chance(rng, keep_ua) else sdk_ua(rng)
        sess = session_times(
            rng,
            t_take,
            ctx.t1,
            per_day2,
            evening_person(tz + irange(rng, -3, 3), 4.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(18, 45)),
        )
        ts = _flat(sess)
        prompts = [
            T.casual_question(rng, pick(rng, doms), 0.25)
            if chance(rng, 0.8)
            else T.problem(rng) + " " + pick(rng, ("show your work", "explain each step", "why?"))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ua=ua1,
            ips=sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE),
            comp_median=650.0,
            err=0.01,
        )
        per.append(
            {"tz": tz, "owner_events": len(old), "harvest_events": len(ts), "ua_kept": ua1 == ua0}
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_taken_over",
            "keys": n,
            "orgs": "owners' own",
            "cards": "owners' own",
            "ip_source": "home, then residential proxy in the owner's region",
            "domains": doms,
            "takeover_day": _f((takeover - ctx.t0) / DAY),
            "pacing": "owner sessions, then denser sessions",
            "per_account": per,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: a low-and-slow crowd of person-like fresh accounts


def gucchi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gucchi"
    n = irange(rng, 30, 60)
    tzs = _subset(rng, list(TZS), 2, 4)
    doms = _subset(rng, T.domains(), 1, 2)
    cover = float(rng.uniform(0.1, 0.25))
    p_mobile = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        phone = chance(rng, p_mobile)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS + BG_UAS[2:4])
        ips = home(rng, irange(rng, 1, 2), tz)
        if phone:
            ips = ips + mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")),
            )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-1.5, 2.0)) * DAY
        ts = _flat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(1.2, 3.0)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(45, 140)),
            )
        )
        prompts = [
            T.clip(pick(rng, ctx.chat), 10, 800, rng)
            if chance(rng, cover)
            else T.casual_question(rng, pick(rng, doms), 0.5)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.05), comp_median=600.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd",
            "keys": n,
            "orgs": "one per account",
            "cards": "one per account",
            "tzs": tzs,
            "domains": doms,
            "cover_fraction": _f(cover),
            "mobile_fraction": _f(p_mobile),
            "ip_source": "home-like residential (+carrier IPv6)",
            "pacing": "evening_sessions",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "gulli_danda": gulli_danda,
    "kuttiyum_kolum": kuttiyum_kolum,
    "danguli": danguli,
    "celik_comak": celik_comak,
    "syatong": syatong,
    "lippa": lippa,
    "pandolo": pandolo,
    "nipsy": nipsy,
    "konda_kondi": konda_kondi,
    "patok_lele": patok_lele,
    "gatrik": gatrik,
    "gucchi": gucchi,
}
