"""The twelve campaign families of blind batch 150 (code names: paddle tennis terms).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign (with its parameters) through
`ctx.campaign`. Every choice (key counts, orgs, cards, pacing, address sources, user agents,
languages, template styles, model choice) is drawn from the family's own generator.
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
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind150 import texts

Rng = np.random.Generator

#: the client strings most common in the simulator's background (seen in its output)
COMMON_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
REGION_OF = {
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


def _mix(rng: Rng, base: dict[str, float], conc: float = 8.0) -> dict[str, float]:
    """The family's own weights around a base mix (Dirichlet-perturbed), JSON-friendly."""
    keys = list(base)
    w = rng.dirichlet(np.asarray([base[k] for k in keys]) * conc + 0.05)
    return {k: round(float(v), 3) for k, v in zip(keys, w, strict=True)}


def _status(rng: Rng, n: int, p429: float, p400: float = 0.0) -> np.ndarray:
    u = rng.random(n)
    return np.where(u < p429, 429, np.where(u < p429 + p400, 400, 200))


def _outages(rng: Rng, t0: float, t1: float, n: int, lo_h: float, hi_h: float) -> Callable:
    spans = []
    for _ in range(n):
        s = float(rng.uniform(t0, t1))
        spans.append((s, s + float(rng.uniform(lo_h, hi_h)) * HOUR))

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.ones(len(ts))
        for a, b in spans:
            w[(ts >= a) & (ts < b)] = 0.0
        return w

    return f


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def underhand_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "underhand_serve"
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid virtual card per org
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    langs = _mix(rng, {"en": 0.5, "zh": 0.25, "ru": 0.15, "es": 0.1})
    styles = ["tags", "coach", "json", "qa"]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(25, 55))
    curve = _outages(rng, start, ctx.t1, irange(rng, 1, 4), 1.0, 9.0)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    ua_family = picks(
        rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"), 1
    )[0]
    p_new = float(rng.uniform(0.9, 0.99))
    accts: list[Acct] = []
    for i in range(n_keys):
        ips = picks(rng, block, irange(rng, 1, 3))
        ua = ua_family if chance(rng, 0.8) else pick(rng, SDK_OTHER)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts = streams[i]
        prompts = [
            texts.trace_coercion(rng, pick(rng, styles), texts.weighted(rng, langs)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            status=_status(rng, len(ts), 0.03),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full visible step-by-step solutions)",
            "pacing": f"Poisson worker pool, {per_hour:.0f}/h over all keys, 24/7 with outages",
            "ip_source": f"rented hosting block ({provider})",
            "payment": "prepaid virtual card per org",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model labels in batch bursts from a cloud NAT


def deuce_court(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "deuce_court"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 1, 2), provider)
    tz = pick(rng, (1, 2, 3, 8))
    styles = _mix(
        rng,
        {"pairwise": 0.35, "likert": 0.2, "reward": 0.2, "critique": 0.1, "de": 0.08, "fr": 0.07},
    )
    per_day = float(rng.uniform(10, 22))
    size = float(rng.uniform(30, 70))
    gap = float(rng.uniform(0.8, 2.5))
    starts = thinned(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.2),
        ctx.t1,
        per_day * 7,
        workday(tz, start=8.0, end=23.0, weekend=0.35, night=0.1),
    )
    trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    owner = rng.integers(0, n_keys, size=len(trains))
    p_new = float(rng.uniform(0.8, 0.95))
    for i, a in enumerate(accts):
        mine = [trains[j] for j in np.flatnonzero(owner == i).tolist()]
        ts = _concat(mine)
        prompts = []
        for _ in ts:
            st = texts.weighted(rng, styles)
            prompts.append(
                texts.judge_prompt(
                    rng, st, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
            comp_median=float(rng.uniform(120, 260)),
            comp_sigma=0.7,
            status=_status(rng, len(ts), 0.02),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model label harvest",
            "pacing": f"bursts ~{size:.0f} req, {per_day:.0f} batches/day, operator day (tz {tz})",
            "ip_source": f"cloud NAT ({provider})",
            "payment": "one corporate card",
            "keys": n_keys,
            "styles": styles,
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 3. safety / censorship-compliant rewrites, relay of stolen-card accounts over VPN exits


def overhead_smash(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "overhead_smash"
    exits = rented_block(rng, "m247", irange(rng, 2, 5), 4) + rented_block(
        rng, "leaseweb", irange(rng, 2, 4), 4
    )
    langs = _mix(rng, {"zh": 0.45, "en": 0.35, "ru": 0.2})
    p_border = float(rng.uniform(0.3, 0.6))
    lanes = irange(rng, 2, 3)
    mean_life = float(rng.uniform(0.8, 1.8)) * DAY
    per_hour = float(rng.uniform(12, 35))
    accts: list[Acct] = []
    for _lane in range(lanes):
        t = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        while t < ctx.t1 - HOUR:
            life = float(np.clip(rng.exponential(mean_life), 3 * HOUR, 3 * DAY))
            end = min(ctx.t1, t + life)
            ua = pick(
                rng,
                (
                    "python-requests/2.32.3",
                    "OpenAI/Python 1.54.0",
                    "Go-http-client/2.0",
                    BROWSERS[0],
                    "okhttp/4.12.0",
                ),
            )
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="relay",
                campaign_id=cid,
                ua=ua,
                ips=picks(rng, exits, irange(rng, 1, 3)),
            )  # own org, own (stolen) card
            accts.append(a)
            ts = thinned(rng, t, end, per_hour * (end - t) / HOUR, constant)
            prompts = []
            for _ in ts:
                lang = texts.weighted(rng, langs)
                st = "borderline" if chance(rng, p_border) else "rewrite"
                prompts.append(
                    texts.policy_rewrite(
                        rng, st, lang, pick(rng, ctx.passages), pick(rng, ctx.chat)
                    )
                )
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
                comp_median=float(rng.uniform(350, 600)),
                comp_sigma=0.6,
                status=_status(rng, len(ts), 0.02, float(rng.uniform(0.01, 0.04))),
            )
            t = end + float(rng.uniform(0.2, 3.0)) * HOUR  # the next card is loaded after a gap
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusal-style harvest",
            "pacing": f"{lanes} relay lanes, each a chain of short-lived keys, Poisson {per_hour:.0f}/h",
            "ip_source": "commercial VPN exits (m247, leaseweb)",
            "payment": "one stolen card per key",
            "keys": len(accts),
            "languages": langs,
            "p_borderline": round(p_border, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories


def half_volley(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "half_volley"
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("gcp", "azure", "aws"))
    langs = _mix(rng, {"en": 0.7, "ja": 0.15, "es": 0.15})
    ep_per_hour = float(rng.uniform(4, 9))
    step_gap = float(rng.uniform(4, 9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    p_new = float(rng.uniform(0.85, 0.97))
    ep_starts = worker_pool(rng, start, ctx.t1, ep_per_hour, n_keys, global_load(14.0, 0.3))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        ts_all, prompts, extra = [], [], []
        for s in ep_starts[i].tolist():
            k = irange(rng, 3, 9)
            tsx = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            toolset = pick(rng, texts.toolsets())
            task = texts.agent_task(rng, toolset)
            lang = texts.weighted(rng, langs)
            for step, t in enumerate(tsx.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step(rng, toolset, task, step, lang))
                extra.append(150 * step + irange(rng, 0, 80))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.04),
            comp_median=float(rng.uniform(90, 180)),
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            status=_status(rng, len(ts), 0.015),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": f"episodes of 3-9 steps, {ep_per_hour:.1f} episodes/h over the keys",
            "ip_source": f"cloud ({provider})",
            "payment": "one card, two orgs",
            "keys": n_keys,
            "languages": langs,
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation from throwaway accounts, nights after the release


def sponge_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sponge_ball"
    n_keys = irange(rng, 10, 22)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]  # reused prepaid cards
    tz = pick(rng, (3, 5, 8))
    langs = _mix(rng, {"en": 0.5, "es": 0.12, "pt": 0.12, "id": 0.13, "vi": 0.13})
    styles = ["jsonl", "persona", "evol", "exam"]
    seed_id = irange(rng, 1000, 9000)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "aiohttp/3.11.11")),
            ips=cloud(rng, 1, pick(rng, ("digitalocean", "vultr", "linode"))),
        )
        accts.append(a)
        begin = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
        starts = thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(2, 5)) * (ctx.t1 - begin) / DAY,
            nightly(22.0, 8.0, tz),
        )
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(3, 8)), 0.5, ctx.t1)
        )
        prompts = []
        for _t in ts:
            seed_id += 1
            prompts.append(
                texts.synth_dataset(rng, pick(rng, styles), texts.weighted(rng, langs), seed_id)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=float(rng.uniform(1300, 2000)),
            comp_sigma=0.4,
            status=_status(rng, len(ts), 0.05),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": f"night bursts (tz {tz}) after release",
            "ip_source": "one VPS address per key (digitalocean/vultr/linode)",
            "payment": f"{len(cards)} reused prepaid cards",
            "keys": n_keys,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest by person-like accounts over residential proxies (hard)


def drop_volley(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "drop_volley"
    n_keys = irange(rng, 15, 30)
    lang_mix = _mix(rng, {"en": 0.6, "es": 0.1, "de": 0.08, "fr": 0.08, "pt": 0.08, "ja": 0.06})
    p_new = float(rng.uniform(0.6, 0.85))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 9))
        lang = texts.weighted(rng, lang_mix)
        pool = resi(rng, irange(rng, 6, 20), REGION_OF[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, COMMON_UA[2:4] + BROWSERS[:3]),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            evening_person(tz),
            float(rng.uniform(4, 7)),
            float(rng.uniform(30, 70)),
            0.9,
        )
        ts_all, prompts, extra = [], [], []
        for s in sess:
            for turn, t in enumerate(s.tolist()):
                ts_all.append(t)
                if turn == 0:
                    opener = texts.clip(pick(rng, ctx.chat), 1500)
                    prompts.append(opener)
                else:
                    prompts.append(texts.typo(rng, texts.follow_up_about(rng, lang, opener), 0.25))
                extra.append(turn * irange(rng, 250, 450))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[j] for j in order.tolist()]
        extra_arr = np.asarray(extra, dtype=np.int64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
            ips=sticky(rng, ts, pool, float(rng.uniform(45, 120)) * MINUTE),
            extra=extra_arr,
            comp_median=float(rng.uniform(380, 520)),
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups after a real opener)",
            "pacing": "human-like evening sessions, 4-7 turns, 30-70 s think time",
            "ip_source": "residential proxy, region matching the persona's time zone, sticky sessions",
            "payment": "one card per persona",
            "keys": n_keys,
            "languages": lang_mix,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# 7. best-of-n / soft-label sampling


def lob_volley(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lob_volley"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 2, 5)
    block = rented_block(rng, "aws", 1, irange(rng, 2, 4))
    fan = pick(rng, (4, 5, 8))
    styles = _mix(rng, {"plain": 0.45, "creative": 0.2, "soft": 0.35})
    per_hour = float(rng.uniform(10, 25))
    begin = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    groups = worker_pool(rng, begin, ctx.t1, per_hour, n_keys, constant)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=block,
        )
        accts.append(a)
        ts_all, prompts, comp = [], [], []
        for s in groups[i].tolist():
            st = texts.weighted(rng, styles)
            p = texts.sample_prompt(rng, ctx.chat, st)
            n = fan if chance(rng, 0.8) else irange(rng, 2, 10)
            for off in np.sort(rng.uniform(0, 2.5, size=n)).tolist():
                ts_all.append(s + off)
                prompts.append(p)
                comp.append(3.0 if st == "soft" else 450.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            status=_status(rng, len(ts), 0.04),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (letter distribution) harvest",
            "pacing": f"fan-out groups of {fan} identical requests within 2.5 s, {per_hour:.0f} groups/h",
            "ip_source": "one AWS /24",
            "payment": "one corporate card",
            "keys": n_keys,
            "styles": styles,
            "fan_out": fan,
            "hard": False,
        },
    )


# ============================================================================================
# 8. curriculum sweep at a slow cron pace


def approach_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "approach_shot"
    n_orgs = irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")  # one card behind every org
    n_keys = irange(rng, 3, 6)
    oracle = cloud(rng, irange(rng, 1, 2), pick(rng, ("oracle", "ovh", "hetzner")))
    office = home(rng, 1, pick(rng, (1, 2, 5)))
    langs = _mix(rng, {"en": 0.55, "es": 0.12, "fr": 0.11, "de": 0.11, "pt": 0.11})
    cells = texts.curriculum_cells()
    offset = irange(rng, 0, len(cells) - 1)
    period = float(rng.uniform(400, 900))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    pause = _outages(rng, start, ctx.t1, irange(rng, 0, 2), 2.0, 12.0)
    accts = []
    streams = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="cron",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=oracle + (office if chance(rng, 0.5) else []),
        )
        accts.append(a)
        n = int((ctx.t1 - start) / period) + 1
        ts = (
            start
            + float(rng.uniform(0, period))
            + np.arange(n) * period
            + rng.normal(0, 0.12 * period, size=n)
        )
        ts = np.sort(ts[(ts < ctx.t1) & (pause(ts) > 0)])
        streams.append(ts)
    # one shared queue: the sweep advances through the grid in time order over all keys
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    all_ts = np.concatenate(streams)
    order = np.argsort(all_ts, kind="stable")
    prompts_by = [[] for _ in range(n_keys)]
    for rank, j in enumerate(order.tolist()):
        cell = cells[(offset + rank) % len(cells)]
        lang = texts.weighted(rng, langs)
        prompts_by[int(owner[j])].append(
            texts.curriculum_prompt(rng, cell, lang, pick(rng, ("lesson", "socratic", "short")))
        )
    for i, a in enumerate(accts):
        ts = streams[i]
        ctx.emit(
            rng,
            a,
            ts,
            prompts_by[i],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=float(rng.uniform(1000, 1500)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x concept x grade x language, in grid order)",
            "pacing": f"cron every {period:.0f} s per key with jitter, paused at times",
            "ip_source": "cloud VM plus one office line",
            "payment": "one card behind all orgs",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "hard": False,
        },
    )


# ============================================================================================
# 9. parallel-corpus harvest posing as a localisation agency


def ad_court(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ad_court"
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    n_keys = irange(rng, 5, 10)
    tzs = [pick(rng, (1, 2, 3)), pick(rng, (5, 8))]
    offices = [home(rng, irange(rng, 1, 2), tz) for tz in tzs]
    per_hour = float(rng.uniform(60, 120))
    fan = (irange(rng, 6, 9), irange(rng, 10, 14))
    styles = ["cat", "plain", "pro"]
    style = pick(rng, styles)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(workday(tzs[0], weekend=0.15)(ts) + workday(tzs[1], weekend=0.15)(ts), 0, 1)

    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    ts_all = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    # the sweep: every source passage into k target languages, consecutively
    prompts: list[str] = []
    seg = irange(rng, 1, 50000)
    while len(prompts) < len(ts_all):
        src = texts.clip(pick(rng, ctx.passages), irange(rng, 300, 900))
        targets = list(rng.choice(texts.LANGS, size=irange(rng, *fan), replace=False))
        seg += 1
        for tgt in targets:
            prompts.append(
                texts.harvest_translation(
                    rng, style if chance(rng, 0.85) else pick(rng, styles), src, str(tgt), seg
                )
            )
    prompts = prompts[: len(ts_all)]
    who = rng.integers(0, n_keys, size=len(ts_all))
    accts = []
    for i in range(n_keys):
        off = i % 2
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=offices[off],
            tz=tzs[off],
        )
        accts.append(a)
        sel = np.flatnonzero(who == i)
        ts = ts_all[sel]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=260.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest (each passage into many languages)",
            "pacing": f"pool of keys, {per_hour:.0f}/h in two offices' working hours",
            "ip_source": "office broadband in two regions",
            "payment": "one card",
            "keys": n_keys,
            "orgs": n_orgs,
            "fan_out": list(fan),
            "office_tz": tzs,
            "style": style,
            "hard": True,
        },
    )


# ============================================================================================
# 10. code harvest hidden in a real code-review product's traffic (hard)


def punch_volley(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "punch_volley"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 5)
    egress = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    op_tz = pick(rng, (8, 3, 2))
    coding = [p for p in ctx.chat if texts.is_codeish(p)]
    prod_rate = float(rng.uniform(35, 70))
    harv_rate = float(rng.uniform(18, 40))
    harv_begin = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    prod = worker_pool(rng, ctx.t0, ctx.t1, prod_rate, n_keys, global_load(15.0, 0.6))
    harv = worker_pool(rng, harv_begin, ctx.t1, harv_rate, n_keys, nightly(0.5, 6.5, op_tz))
    styles = ["tests", "zh", "review_like", "short"]
    p_new_prod = float(rng.uniform(0.15, 0.3))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        accts.append(a)
        tp, th = prod[i], harv[i]
        pp = [
            texts.code_review(rng) if chance(rng, 0.6) else texts.clip(pick(rng, coding), 1800)
            for _ in tp
        ]
        ph = [texts.code_harvest(rng, pick(rng, styles)) for _ in th]
        ts = np.concatenate([tp, th])
        order = np.argsort(ts, kind="stable")
        models = ctx.models(rng, tp, p_new=p_new_prod, p_mini=0.3) + ctx.models(
            rng, th, p_new=0.95, p_mini=0.0
        )
        comp = np.concatenate([np.full(len(tp), 280.0), np.full(len(th), 950.0)])
        prompts = pp + ph
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=[models[j] for j in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest mixed into a real code-review product's own traffic",
            "pacing": f"product {prod_rate:.0f}/h worldwide load + harvest {harv_rate:.0f}/h in the operator's "
            f"night (tz {op_tz})",
            "ip_source": "the product's AWS egress",
            "payment": "the product's card",
            "keys": n_keys,
            "styles": styles,
            "hard": True,
        },
    )


# ============================================================================================
# 11. bought aged consumer accounts replaying a public prompt set after takeover (hard)


def paddle_hut(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "paddle_hut"
    n_keys = irange(rng, 20, 40)
    replay = list(rng.permutation(len(ctx.chat)))
    cursor = 0
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    takeover_spread = (float(rng.uniform(-0.8, -0.2)), float(rng.uniform(0.5, 1.5)))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 3, 5, 8, 9))
        owner_ua = pick(rng, COMMON_UA + ("curl/8.5.0",))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(*takeover_spread)) * DAY
        # the original owner's own habits until the takeover
        own = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.3, 1.5)),
            evening_person(tz),
            float(rng.uniform(2, 4)),
            60.0,
            0.9,
        )
        ts_own = _concat(own)
        ctx.emit(
            rng,
            a,
            ts_own,
            [texts.clip(pick(rng, ctx.chat), 2000) for _ in ts_own],
            models=ctx.models(rng, ts_own, p_new=0.17, p_mini=0.17),
            comp_median=400.0,
            comp_sigma=0.7,
        )
        # the operator, from a residential proxy in the owner's region
        op = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, spread=4.0),
            float(rng.uniform(5, 10)),
            float(rng.uniform(15, 40)),
            0.7,
        )
        ts_op = _concat(op)
        n = len(ts_op)
        prompts = []
        for _t in range(n):
            prompts.append(texts.clip(ctx.chat[int(replay[cursor % len(replay)])], 2000))
            cursor += 1
        pool = resi(rng, irange(rng, 5, 15), REGION_OF[tz])
        ua = (
            owner_ua
            if chance(rng, p_keep_ua)
            else pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
        )
        ctx.emit(
            rng,
            a,
            ts_op,
            prompts,
            models=ctx.models(rng, ts_op, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts_op, pool, float(rng.uniform(30, 90)) * MINUTE),
            ua=ua,
            comp_median=float(rng.uniform(450, 700)),
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay through bought aged consumer accounts",
            "pacing": "owner's sessions until takeover, then denser person-like sessions",
            "ip_source": "owner's home line, then residential proxy in the same region",
            "payment": "the original owners' cards",
            "keys": n_keys,
            "takeover_days_after_release": [round(x, 2) for x in takeover_spread],
            "p_keep_ua": round(p_keep_ua, 3),
            "hard": True,
        },
    )


# ============================================================================================
# 12. low-and-slow crowd of paid people on their own phones and laptops (hard)


_CROWD_LANG = {
    5: ("hi", "en"),
    8: ("id", "en"),
    -3: ("pt", "es"),
    1: ("fr", "en"),
    -5: ("en", "es"),
}


def kick_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kick_serve"
    n_keys = irange(rng, 50, 90)
    tz_mix = _mix(rng, {"5": 0.35, "8": 0.25, "-3": 0.2, "1": 0.1, "-5": 0.1})
    p_reissue = float(rng.uniform(0.08, 0.2))
    queue: dict[str, list[str]] = {lang: [] for lang in ("hi", "en", "id", "pt", "es", "fr")}
    p_phone = float(rng.uniform(0.3, 0.6))
    accts = []
    for _ in range(n_keys):
        tz = int(texts.weighted(rng, tz_mix))
        langs = _CROWD_LANG[tz]
        phone = chance(rng, p_phone)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, COMMON_UA[2:4] + BROWSERS[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        begin = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY + float(rng.uniform(0, 1.5)) * DAY
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(0.6, 1.6)),
            evening_person(tz, 3.0),
            float(rng.uniform(4, 12)),
            float(rng.uniform(60, 150)),
            0.8,
        )
        if not sess:
            continue
        cat = np.concatenate(sess)
        order = np.argsort(cat, kind="stable")
        ts = cat[order]
        prompts = []
        for _t in ts:
            lang = langs[0] if chance(rng, 0.7) else langs[1]
            issued = queue[lang]
            # now and then the same task goes to a second worker (the operator's quality check)
            if issued and chance(rng, p_reissue):
                p = issued[-irange(rng, 1, min(30, len(issued)))]
            else:
                p = texts.expert_question(rng, lang)
                issued.append(p)
            prompts.append(p if chance(rng, 0.85) else texts.typo(rng, p, 0.6))
        ips = None
        carrier = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", 1: "eu_mobile"}.get(tz)
        if phone:
            if carrier:
                per_sess = mobile_v6(rng, len(sess), carrier)
            else:
                per_sess = resi(rng, len(sess), "sea")
            ips_cat = [per_sess[k] for k, s in enumerate(sess) for _ in range(len(s))]
            ips = [ips_cat[j] for j in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            ips=ips,
            comp_median=float(rng.uniform(550, 850)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of paid individuals pasting assigned expert questions (medicine, law, finance)",
            "pacing": "a few person sessions each, from the release on",
            "ip_source": "the workers' own home lines or phones",
            "payment": "each worker's own card",
            "keys": n_keys,
            "tz_mix": tz_mix,
            "p_reissue": round(p_reissue, 3),
            "p_phone": round(p_phone, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "underhand_serve": underhand_serve,
    "deuce_court": deuce_court,
    "overhead_smash": overhead_smash,
    "half_volley": half_volley,
    "sponge_ball": sponge_ball,
    "drop_volley": drop_volley,
    "lob_volley": lob_volley,
    "approach_shot": approach_shot,
    "ad_court": ad_court,
    "punch_volley": punch_volley,
    "paddle_hut": paddle_hut,
    "kick_serve": kick_serve,
}
