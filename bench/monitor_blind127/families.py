"""Campaign families of blind batch 127 (code names from roller derby).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own shape (key counts, organisations,
cards, pacing, address sources, user agents, languages, template styles, model choice) from its
own generator, creates its accounts through `ctx.account`, records one campaign with
`ctx.campaign` and writes events with `ctx.emit`. The card (`README.md`) describes them; it is
meant to be read only after the monitor's single run on this batch.
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
from bench.monitor_blind127 import texts as tx

Rng = np.random.Generator

REGION_TZ = {
    "us": -5,
    "ca": -5,
    "latam": -3,
    "eu": 1,
    "ru": 3,
    "in": 5,
    "sea": 8,
    "cn": 8,
    "jp_kr": 9,
}
TZ_REGION = {
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


def _f(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def _weights(
    rng: Rng, options: list[str], first_heavy: bool = True
) -> tuple[list[str], np.ndarray]:
    """A random non-empty subset of `options` (the first always kept) with random weights."""
    keep = [options[0]] + [o for o in options[1:] if chance(rng, 0.55)]
    w = rng.dirichlet(np.ones(len(keep)))
    if first_heavy:
        w[0] += 1.0
    return keep, w / w.sum()


def _choose(rng: Rng, keep: list, w: np.ndarray):
    return keep[int(rng.choice(len(keep), p=w))]


def _styles(rng: Rng, n: int) -> list[int]:
    k = irange(rng, 2, n)
    return sorted(int(x) for x in rng.choice(n, size=k, replace=False))


def _pool(
    rng: Rng,
    a: float,
    b: float,
    release: float,
    pre: float,
    post: float,
    n: int,
    curve: Callable = constant,
) -> list[np.ndarray]:
    """A queue of jobs at `pre` per hour before the release and `post` after it, shared by n keys."""
    first = worker_pool(rng, a, min(b, release), pre, n, curve)
    second = worker_pool(rng, max(a, release), b, post, n, curve)
    return [np.concatenate([x, y]) for x, y in zip(first, second, strict=True)]


def _metronome(rng: Rng, a: float, b: float, interval: float, shape: float) -> np.ndarray:
    """A scheduler firing about every `interval` seconds (gamma gaps of the given shape)."""
    if b <= a:
        return np.empty(0)
    n = int((b - a) / interval * 1.3) + 10
    t = a + np.cumsum(rng.gamma(shape, interval / shape, size=n))
    return t[t < b]


def _per_session_ips(
    rng: Rng, sessions: list[np.ndarray], pool: list[str]
) -> tuple[np.ndarray, list[str]]:
    """Concatenated session times and one pool address per session."""
    if not sessions:
        return np.empty(0), []
    ts = np.concatenate(sessions)
    ips: list[str] = []
    for s in sessions:
        ips.extend([pick(rng, pool)] * len(s))
    return ts, ips


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def jammer(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "jammer"
    n_keys = irange(rng, 8, 22)
    provider = pick(rng, ["hetzner", "ovh", "digitalocean", "vultr", "contabo", "aws", "linode"])
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ["shared", "per_org", "per_key"])
    shared_card = hexid(rng, "pay")
    org_cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua_mode = pick(rng, ["one", "per_key"])
    one_ua = sdk_ua(rng, 0.4)
    langs, lw = _weights(rng, ["en", "zh", "ru"])
    styles = _styles(rng, 4)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        pay = (
            shared_card
            if card_mode == "shared"
            else org_cards[o]
            if card_mode == "per_org"
            else None
        )
        ua = one_ua if ua_mode == "one" else sdk_ua(rng, 0.4)
        ips = [
            str(x)
            for x in rng.choice(block, size=min(len(block), irange(rng, 1, 4)), replace=False)
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=pay,
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pre, post = float(rng.uniform(10, 30)), float(rng.uniform(45, 90))
    comp = float(rng.uniform(900, 1600))
    for acct, ts in zip(
        accts, _pool(rng, start, ctx.t1, ctx.release, pre, post, n_keys), strict=True
    ):
        prompts = [
            tx.reasoning_coercion(rng, _choose(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.85, 0.98)), 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (math, code tracing, logic puzzles; asks for full chains of thought)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented {provider} block",
            "ip_count": len(block),
            "user_agent": ua_mode,
            "languages": langs,
            "styles": styles,
            "pacing": "Poisson worker pool, 24/7",
            "rate_per_hour_pre_post": [_f(pre), _f(post)],
            "start": _f(start),
            "completion_median": _f(comp, 0),
            "p_new_model_per_key": [0.85, 0.98],
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through residential proxies


def star_pass(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "star_pass"
    n_keys = irange(rng, 6, 14)
    org_mode = pick(rng, ["per_key", "two_orgs"])
    orgs = [hexid(rng, "org") for _ in range(2)]
    region = pick(rng, ["us", "eu", "latam", "sea", "*"])
    pool = resi(rng, irange(rng, 200, 600), region)
    hold = float(rng.uniform(10, 40)) * MINUTE
    ua = pick(
        rng,
        [
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ],
    )
    langs, lw = _weights(rng, ["en", "es", "de"])
    styles = _styles(rng, 4)
    tz = pick(rng, TZS)
    curve = pick(
        rng,
        [
            constant,
            workday(tz, 7.0, 23.0, 0.6, 0.15),
            nightly(float(rng.uniform(18, 23)), 10.0, tz),
        ],
    )
    accts = []
    for _ in range(n_keys):
        org = orgs[int(rng.integers(2))] if org_mode == "two_orgs" else None
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                ua=ua,
                ips=[pool[0]],
            )
        )
    size, gap = float(rng.uniform(15, 50)), float(rng.uniform(1.5, 6.0))
    per_day = float(rng.uniform(3, 8))
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, curve)
        trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, _choose(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.7, 0.95)), 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(220, 420)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise / rubric / reward-model grading of quoted answers (judge labels + rationales)",
            "keys": n_keys,
            "orgs": org_mode,
            "payment": "one card per key",
            "ip_source": f"residential proxy {region}",
            "proxy_pool": len(pool),
            "sticky_minutes": _f(hold / MINUTE, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "script bursts",
            "burst_size": _f(size, 1),
            "bursts_per_day": _f(per_day, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over commercial VPN exits, operator's night shift


def power_jam(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "power_jam"
    n_keys = irange(rng, 5, 12)
    providers = [
        str(x)
        for x in rng.choice(
            ["m247", "leaseweb", "ovh", "digitalocean", "vultr"], size=2, replace=False
        )
    ]
    exits = cloud(rng, irange(rng, 8, 20), providers[0]) + cloud(
        rng, irange(rng, 8, 20), providers[1]
    )
    hold = float(rng.uniform(1, 4)) * HOUR
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, [8, 3, 2, 5])
    start_h, hours = float(rng.uniform(19, 24)), float(rng.uniform(6, 10))
    langs, lw = _weights(rng, ["en", "zh"], first_heavy=False)
    styles = _styles(rng, 4)
    browser = chance(rng, 0.4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS) if browser else sdk_ua(rng),
            ips=[exits[0]],
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(20, 40))  # mean per hour over the day, all in the shift
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for acct, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, rate, n_keys, nightly(start_h, hours, tz)),
        strict=True,
    ):
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, _choose(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.9)), 0.05),
            ips=sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(450, 800)),
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites, safe-completions and neutral answers to borderline questions",
            "keys": n_keys,
            "orgs": 1,
            "payment": f"{len(cards)} prepaid card(s)",
            "ip_source": f"VPN exits {providers}",
            "exits": len(exits),
            "reconnect_hours": _f(hold / HOUR, 2),
            "user_agent": "browser" if browser else "sdk",
            "languages": langs,
            "styles": styles,
            "pacing": f"night shift {start_h:.1f}h+{hours:.1f}h local, tz {tz}",
            "rate_per_hour_day_mean": _f(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from cloud workers


def grand_slam(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "grand_slam"
    n_keys = irange(rng, 8, 18)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ["aws", "gcp", "azure", "oracle"])
    uas = [
        str(x)
        for x in rng.choice(
            [
                "litellm/1.60.2",
                "langchain-openai/0.3.6",
                "dspy/2.6.3 litellm/1.60.2",
                "OpenAI/Python 1.63.2",
                "python-httpx/0.28.1",
            ],
            size=2,
            replace=False,
        )
    ]
    styles = _styles(rng, 3)
    tool_sets = sorted(
        int(x) for x in rng.choice(len(tx.TOOLSETS), size=irange(rng, 2, 4), replace=False)
    )
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=pick(rng, uas),
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    ep_per_hour = float(rng.uniform(0.3, 1.0))
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 6, 11)
    step_gap = float(rng.uniform(3, 12))
    base_extra = irange(rng, 250, 900)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for acct in accts:
        starts = thinned(
            rng, max(start, ctx.t0), ctx.t1, ep_per_hour * (ctx.t1 - start) / HOUR, constant
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.7, size=k - 1))]
            )
            task, tools, style = (
                tx.agent_task(rng),
                tx.TOOLSETS[pick(rng, tool_sets)],
                pick(rng, styles),
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, task, tools, min(j, 4), style))
                extra.append(base_extra + 180 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.8, 0.97)), 0.05),
            comp_median=float(rng.uniform(160, 320)),
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories: tool schemas + growing observation history, next action per call",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"{provider} worker VMs",
            "user_agents": uas,
            "languages": ["en"],
            "styles": styles,
            "toolsets": tool_sets,
            "pacing": "episodes of several fast steps",
            "episodes_per_hour_per_key": _f(ep_per_hour, 2),
            "steps": [steps_lo, steps_hi],
            "base_extra_prompt_tokens": base_extra,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: few heavy keys, long outputs


def apex_jump(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "apex_jump"
    n_keys = irange(rng, 3, 7)
    provider = pick(rng, ["hetzner", "ovh", "scaleway", "contabo", "alibaba", "tencent"])
    block = rented_block(rng, provider, 1, irange(rng, 2, 6))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        [
            "python-requests/2.32.3",
            "OpenAI/Python 1.54.0",
            "OpenAI/Python 1.63.2",
            "Go-http-client/2.0",
        ],
    )
    langs, lw = _weights(rng, ["en", "es", "ja", "ar", "vi"])
    styles = _styles(rng, 4)
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
            ips=block,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(25, 55))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    for acct, ts in zip(
        accts, _pool(rng, start, ctx.t1, ctx.release, rate * 0.6, rate, n_keys), strict=True
    ):
        prompts = [
            tx.dataset_generation(rng, _choose(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.9, 1.0)), 0.0),
            comp_median=float(rng.uniform(1800, 3200)),
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction/MCQ/conversation dataset generation (JSONL outputs)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} /24",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "constant worker pool",
            "rate_per_hour": _f(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a user simulator, residential proxies, browser UAs


def pack_wall(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pack_wall"
    n_keys = irange(rng, 25, 45)
    regions = [
        str(x)
        for x in rng.choice(["us", "eu", "latam", "ca"], size=irange(rng, 1, 3), replace=False)
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 150, 400), r)]
    group = irange(rng, 4, 8)
    cards = [hexid(rng, "pay") for _ in range(n_keys // group + 1)]
    one_ua = chance(rng, 0.5)
    ua0 = pick(rng, BROWSERS)
    langs, lw = _weights(rng, ["en", "pt"])
    styles = _styles(rng, 3)
    tz = REGION_TZ[regions[0]]
    curve = pick(rng, [evening_person(tz, 3.0), global_load(float(rng.uniform(0, 24)), 0.5)])
    per_day, size_mean, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(4, 8)),
        float(rng.uniform(25, 70)),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i // group],
            ua=ua0 if one_ua else pick(rng, BROWSERS),
            ips=[pool[0]],
            tz=tz,
        )
        for i in range(n_keys)
    ]
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(rng, a, ctx.t1, per_day, curve, size_mean, gap, 0.6)
        ts, ips = _per_session_ips(rng, sessions, pool)
        prompts, extra = [], []
        for s in sessions:
            style, lang = pick(rng, styles), _choose(rng, langs, lw)
            opener = pick(rng, ctx.chat)
            for j in range(len(s)):
                prompts.append(
                    tx.dialogue_turn(rng, ctx.chat, ctx.passages, opener, j, style, lang)
                )
                extra.append(0 if style == 0 else 260 * j)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.55, 0.85)), 0.05),
            ips=ips,
            comp_median=float(rng.uniform(380, 520)),
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: real openers, simulated user follow-ups",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": f"prepaid card per {group} keys",
            "ip_source": f"residential proxies {regions}, one address per conversation",
            "proxy_pool": len(pool),
            "user_agent": "one browser UA" if one_ua else "browser per key",
            "languages": langs,
            "styles": styles,
            "pacing": "human-like sessions",
            "sessions_per_day": _f(per_day, 2),
            "session_size": _f(size_mean, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt many times in a burst


def whip(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "whip"
    n_keys = irange(rng, 4, 10)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ["gcp", "azure", "aws", "huawei", "ucloud"])
    ips = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ["AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"])
    ns = sorted(
        {int(x) for x in rng.choice([3, 4, 5, 8, 10, 16], size=irange(rng, 1, 3), replace=False)}
    )
    styles = _styles(rng, 4)
    langs, lw = _weights(rng, ["en", "fr"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    jobs_per_hour = float(rng.uniform(25, 60)) / float(np.mean(ns))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for acct, starts in zip(
        accts,
        _pool(rng, start, ctx.t1, ctx.release, jobs_per_hour * 0.5, jobs_per_hour, n_keys),
        strict=True,
    ):
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = pick(rng, ns)
            p = tx.soft_label(rng, _choose(rng, langs, lw), pick(rng, styles))
            t = s + np.cumsum(rng.exponential(float(rng.uniform(0.2, 2.0)), size=n))
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.8, 0.97)), 0.05),
            comp_median=float(rng.uniform(70, 200)),
            comp_sigma=0.6,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling: identical prompt n times per job (label distributions)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card",
            "ip_source": f"{provider} ({len(ips)} IPs)",
            "user_agent": ua,
            "n": ns,
            "languages": langs,
            "styles": styles,
            "pacing": "job queue, n-request bursts",
            "jobs_per_hour": _f(jobs_per_hour, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: ordered lessons from an office line, steady scheduler


def juke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "juke"
    n_keys = irange(rng, 2, 5)
    region = pick(rng, ["latam", "in", "sea", "eu", "us"])
    office = resi(rng, irange(rng, 1, 2), region)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        ["python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "axios/1.7.9"],
    )
    lang_pool = {
        "latam": ["es", "pt"],
        "in": ["hi", "en"],
        "sea": ["id", "en"],
        "eu": ["es", "pt", "en"],
        "us": ["en", "es"],
    }[region]
    interval = float(rng.uniform(240, 600))
    shape = float(rng.uniform(4, 20))
    levels = [str(x) for x in rng.choice(tx.LEVELS, size=irange(rng, 2, 3), replace=False)]
    grades = list(range(irange(rng, 1, 6), irange(rng, 9, 12) + 1))
    plan = [(d, c, g, lv) for d, c in tx.ALL_CONCEPTS for g in grades for lv in levels]
    shuffled = chance(rng, 0.3)
    order = rng.permutation(len(plan)) if shuffled else np.arange(len(plan))
    accts, used = [], []
    for i in range(n_keys):
        lang = lang_pool[i % len(lang_pool)]
        used.append(lang)
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
                ips=office,
                tz=REGION_TZ[region],
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for i, acct in enumerate(accts):
        ts = _metronome(rng, start + float(rng.uniform(0, 600)), ctx.t1, interval, shape)
        off = int(rng.integers(len(plan)))
        prompts = []
        for j in range(len(ts)):
            d, c, g, lv = plan[int(order[(off + j) % len(plan)])]
            prompts.append(
                tx.lesson(rng, used[i], (off + j) % len(plan) + 1, len(plan), d, c, g, lv)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.9)), 0.05),
            comp_median=float(rng.uniform(1100, 1900)),
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep: concept x grade x level lessons with worked solutions, in order",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"office broadband {region} ({len(office)})",
            "user_agent": ua,
            "languages": used,
            "pacing": "scheduler, gamma gaps",
            "interval_s": _f(interval, 1),
            "gamma_shape": _f(shape, 2),
            "plan_size": len(plan),
            "shuffled": shuffled,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged accounts, taken over around the release, code harvest


def fresh_meat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fresh_meat"
    n_keys = irange(rng, 15, 32)
    p_keep_ua = float(rng.uniform(0.4, 0.9))
    share_code = float(rng.uniform(0.55, 0.85))
    styles = _styles(rng, 4)
    ramp = float(rng.uniform(2.5, 5.0))
    proxy_mode = pick(rng, ["static_isp", "rotating_residential"])
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, SDK_COMMON)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="aged_account",
                campaign_id=cid,
                ua=ua,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
    for acct in accts:
        tz = acct.tz
        take = ctx.release + float(rng.uniform(-0.7, 1.2)) * DAY
        per_day = float(rng.uniform(0.6, 2.2))
        before = session_times(rng, ctx.t0, take, per_day, evening_person(tz), 3.0, 70.0)
        ts0 = np.concatenate(before) if before else np.empty(0)
        ctx.emit(
            rng, acct, ts0, picks(rng, ctx.chat, len(ts0)), models=ctx.models(rng, ts0, 0.25, 0.2)
        )
        n_proxy = irange(rng, 1, 2) if proxy_mode == "static_isp" else irange(rng, 10, 40)
        proxies = resi(rng, n_proxy, TZ_REGION[tz])
        after = session_times(rng, take, ctx.t1, per_day * ramp, evening_person(tz, 3.5), 7.0, 40.0)
        ts1 = np.concatenate(after) if after else np.empty(0)
        ua = acct.ua if chance(rng, p_keep_ua) else sdk_ua(rng, 0.7)
        prompts = [
            tx.code_harvest(rng, pick(rng, styles))
            if chance(rng, share_code)
            else pick(rng, ctx.chat)
            for _ in range(len(ts1))
        ]
        ctx.emit(
            rng,
            acct,
            ts1,
            prompts,
            models=ctx.models(rng, ts1, 0.75, 0.05),
            ips=sticky(rng, ts1, proxies, float(rng.uniform(0.5, 2.0)) * HOUR),
            ua=ua,
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged consumer accounts (owner history before takeover)",
            "keys": n_keys,
            "orgs": "own per account",
            "payment": "original owners' cards",
            "ip_source": f"owner's home IP before, {proxy_mode} proxy of the same region after",
            "p_keep_browser_ua": _f(p_keep_ua),
            "code_share": _f(share_code),
            "styles": styles,
            "volume_ramp": _f(ramp, 2),
            "pacing": "person-like sessions, takeover release-0.7d..+1.2d",
            "languages": ["en", "owners' own"],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real study app's traffic


def scrimmage(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "scrimmage"
    app = pick(rng, ["StudyNook", "Brainlift", "QuizHive", "LearnLoop", "Owlpad", "Notewise"])
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ["aws", "gcp", "azure"])
    nat = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ["OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.75))
    curve = global_load(peak, depth)
    product = float(rng.uniform(2500, 4500))
    share = float(rng.uniform(0.2, 0.4))
    h_start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    follow_curve = chance(rng, 0.7)
    styles = _styles(rng, 4)
    hint_langs = ["the student's language", "English", "the language the student writes in"]
    hint = pick(rng, hint_langs)
    ts_p = thinned(rng, ctx.t0, ctx.t1, product, curve)
    after = float(np.mean(ts_p >= h_start)) if len(ts_p) else 0.0
    n_h = product * after * share / (1 - share)
    ts_h = thinned(rng, h_start, ctx.t1, n_h, curve if follow_curve else constant)
    p_new = float(rng.uniform(0.55, 0.85))
    for ts, harvest in ((ts_p, False), (ts_h, True)):
        who = rng.integers(0, n_keys, size=len(ts))
        for k, acct in enumerate(accts):
            t = ts[who == k]
            if harvest:
                prompts = [
                    tx.study_app(rng, app, tx.study_harvest_question(rng, pick(rng, styles)), hint)
                    for _ in t
                ]
                comp = 650.0
            else:
                prompts = [
                    tx.study_app(
                        rng,
                        app,
                        pick(rng, ctx.chat) if chance(rng, 0.6) else tx.homework(rng, "en"),
                        hint,
                    )
                    for _ in t
                ]
                comp = 350.0
            ctx.emit(
                rng,
                acct,
                t,
                prompts,
                models=ctx.models(rng, t, p_new, 0.1),
                comp_median=comp,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": f"study app '{app}' serving real users; operator mixes explanation/reasoning harvest into it",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} NAT gateways ({len(nat)})",
            "user_agent": ua,
            "languages": ["en", "users' own"],
            "styles": styles,
            "harvest_share": _f(share),
            "harvest_start": _f(h_start),
            "harvest_follows_load_curve": follow_curve,
            "product_events": _f(product, 0),
            "pacing": f"global load curve peak {peak:.1f} UTC",
            "p_new_model": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of paid people asking from a shared task list


def toe_stop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "toe_stop"
    n_keys = irange(rng, 45, 90)
    langs, lw = _weights(rng, ["en", "hi", "es", "pt", "id"], first_heavy=False)
    lang_tz = {"en": [-5, 0, 5, 8], "hi": [5], "es": [-5, -3, 1], "pt": [-3], "id": [8]}
    mobile_kind = {
        "hi": "in_mobile",
        "pt": "br_mobile",
        "es": "br_mobile",
        "en": "us_mobile",
        "id": "in_mobile",
    }
    p_share_card = float(rng.uniform(0.0, 0.2))
    plan = [(d, c, k) for d, c in tx.ALL_CONCEPTS for k in range(5)]
    tasks = [plan[i] for i in rng.permutation(len(plan))]
    p_cover = float(rng.uniform(0.05, 0.2))
    p_new = float(rng.uniform(0.45, 0.7))
    accts, last_pay, cursor = [], None, 0
    for _ in range(n_keys):
        lang = _choose(rng, langs, lw)
        tz = pick(rng, lang_tz[lang])
        phone = chance(rng, 0.35)
        pay = last_pay if (last_pay and chance(rng, p_share_card)) else hexid(rng, "pay")
        last_pay = pay
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS),
            ips=mobile_v6(rng, 3, mobile_kind[lang]) if phone else home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9, 21, 0.7, 0.03)
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(50, 160)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_cover):
                prompts.append(pick(rng, ctx.chat))
            else:
                d, c, k = tasks[cursor % len(tasks)]
                cursor += 1
                prompts.append(tx.crowd_question(rng, lang, d, c, k))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=float(rng.uniform(450, 650)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asks explanation questions from one shared task list (concept x aspect, handed out in turn)",
            "keys": n_keys,
            "orgs": "one per person",
            "payment": f"virtual prepaid per person, p_share {p_share_card:.2f}",
            "ip_source": "workers' own home broadband or phone (IPv6 carrier)",
            "user_agent": "browser / mobile",
            "languages": langs,
            "p_cover_chat": _f(p_cover),
            "p_new_model": _f(p_new),
            "pacing": "person-like sessions, staggered onboarding",
            "tasks": len(tasks),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from office lines, workday pace, the most common SDK


def hip_check(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hip_check"
    n_orgs = irange(rng, 2, 3)
    ua = pick(rng, ["OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"])
    p_new = float(rng.uniform(0.5, 0.8))
    offset = int(rng.integers(len(ctx.chat)))
    stride = irange(rng, 1, 7)
    cursor = 0
    accts, orgs_desc = [], []
    for _ in range(n_orgs):
        tz = pick(rng, [-8, -5, 0, 1, 2, 8, 9])
        region = TZ_REGION[tz]
        office = resi(rng, irange(rng, 1, 2), region)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        n_keys = irange(rng, 3, 6)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=office,
                tz=tz,
            )
            for _ in range(n_keys)
        ]
        accts.extend(keys)
        rate = float(rng.uniform(12, 35))
        orgs_desc.append(
            {"tz": tz, "keys": n_keys, "rate_per_work_hour": _f(rate, 1), "office_ips": len(office)}
        )
        curve = workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(17, 19)), 0.05, 0.02)
        for acct, ts in zip(
            keys,
            _pool(rng, ctx.t0, ctx.t1, ctx.release, rate * 0.25, rate, n_keys, curve),
            strict=True,
        ):
            prompts = []
            for _ in range(len(ts)):
                prompts.append(ctx.chat[(offset + cursor * stride) % len(ctx.chat)])
                cursor += 1
            ctx.emit(
                rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=350.0
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public chat-prompt replay (ShareGPT-style), one pass, no repeats, to collect answers",
            "orgs": orgs_desc,
            "payment": "one card per org",
            "ip_source": "office broadband per org",
            "user_agent": ua,
            "languages": "as in the public prompts",
            "p_new_model": _f(p_new),
            "stride": stride,
            "pacing": "Poisson pool on each office's working hours",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "jammer": jammer,
    "star_pass": star_pass,
    "power_jam": power_jam,
    "grand_slam": grand_slam,
    "apex_jump": apex_jump,
    "pack_wall": pack_wall,
    "whip": whip,
    "juke": juke,
    "fresh_meat": fresh_meat,
    "scrimmage": scrimmage,
    "toe_stop": toe_stop,
    "hip_check": hip_check,
}
