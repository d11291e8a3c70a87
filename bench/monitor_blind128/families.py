"""Campaign families of blind batch 128 (code names from pelota).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts with `ctx.account`,
writes their events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a
family varies (key counts, orgs, cards, pacing, addresses, user agents, languages, styles, model
choice) is drawn from its own generator, so seeds give different campaigns of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind128 import texts as tx

from distillguard.sim import ipspace


def _weights(
    rng: np.random.Generator, langs: tuple[str, ...], lead: str | None = None
) -> dict[str, float]:
    """Random language mix; `lead` (if given) gets the largest share."""
    w = rng.dirichlet(np.ones(len(langs)) * 1.5)
    out = {k: float(v) for k, v in zip(langs, w, strict=True)}
    if lead is not None:
        out[lead] = max(out.values()) + 0.3
    total = sum(out.values())
    return {k: round(v / total, 3) for k, v in out.items()}


def _styles(rng: np.random.Generator, n_styles: int, lo: int = 2) -> list[int]:
    k = irange(rng, lo, n_styles)
    return sorted(int(x) for x in rng.choice(n_styles, size=k, replace=False))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _region_of(rng: np.random.Generator, tz: int) -> str:
    regions = ipspace.REGION_OF_TZ.get(tz, ("us", "eu"))
    return regions[int(rng.integers(len(regions)))]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def laxoa(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "laxoa"
    n = irange(rng, 8, 15)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs = _weights(rng, ("en", "zh", "es", "ja"), lead="en")
    styles = _styles(rng, 4)
    per_hour = float(rng.uniform(70, 140))
    start = ctx.release - float(rng.uniform(0.3, 1.3)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            ua=ua,
            ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)],
        )
        for _ in range(n)
    ]
    key_start = start + rng.uniform(0, 3 * HOUR, size=n)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    # a pilot on the old flagship by the first key, a couple of days earlier
    pilot = thinned(
        rng, start - float(rng.uniform(1.0, 2.0)) * DAY, start, per_hour * 0.06 * 24, constant
    )
    comp = float(rng.uniform(1200, 2000))
    for i, a in enumerate(accts):
        ts = streams[i][streams[i] >= key_start[i]]
        if i == 0:
            ts = _cat([pilot, ts])
        prompts = [
            tx.reasoning_coercion(rng, tx.lang_pick(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": "one per key",
            "payment": "prepaid, one per key",
            "ip_source": f"rented hosting block ({provider})",
            "pacing": "Poisson worker pool, 24/7",
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start_ts": float(start),
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in hourly batches


def xistera(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "xistera"
    n = irange(rng, 4, 7)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2"))
    langs = _weights(rng, ("en", "de", "ja"), lead="en")
    styles = _styles(rng, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    period = float(rng.uniform(40, 90)) * 60
    grid = np.arange(start, ctx.t1, period)
    starts = grid + rng.uniform(0, 300, size=len(grid))
    size_mean = float(rng.uniform(25, 60))
    gap = float(rng.uniform(0.8, 2.5))
    trains = bursts(rng, starts, size_mean, gap, b=ctx.t1)
    ts = _cat(trains)
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        t = ts[who == i]
        prompts = [
            tx.judge_harvest(
                rng, ctx.chat, ctx.passages, tx.lang_pick(rng, langs), pick(rng, styles)
            )
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.85, p_mini=0.03),
            comp_median=220,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one shared card",
            "ip_source": f"cloud ({provider}), {len(ips)} addresses shared",
            "pacing": "batches every period",
            "period_min": round(period / 60, 1),
            "burst_mean": round(size_mean, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites through residential proxies, burned accounts replaced


def joko_garbi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "joko_garbi"
    n = irange(rng, 12, 24)
    regions = [
        str(r)
        for r in rng.choice(
            ["us", "eu", "latam", "sea", "in", "ru"], size=irange(rng, 2, 3), replace=False
        )
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 60, 140), r)]
    hold = float(rng.uniform(600, 1800))
    langs = _weights(rng, ("en", "ru", "ar", "zh"), lead="en")
    styles = _styles(rng, 4)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    accts = []
    for i in range(n):
        born = start + (ctx.t1 - start) * (i / n) * float(rng.uniform(0.8, 1.0))
        life = float(rng.uniform(0.8, 2.5)) * DAY
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
        sess = session_times(
            rng,
            born,
            min(born + life, ctx.t1),
            float(rng.uniform(8, 16)),
            constant,
            float(rng.uniform(10, 20)),
            float(rng.uniform(12, 30)),
        )
        ts = _cat(sess)
        prompts = [
            tx.policy_rewrite(
                rng, ctx.chat, ctx.passages, tx.lang_pick(rng, langs), pick(rng, styles)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=420,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-safe / censorship-safe rewrites",
            "keys": n,
            "orgs": "one per key",
            "payment": "stolen cards, one per key",
            "ip_source": f"residential proxy pool ({', '.join(regions)})",
            "sticky_hold_s": round(hold),
            "pacing": "sessions around the clock; accounts live 1-2.5 days",
            "user_agent": "spoofed browsers",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts through VPN exits


def trinquete(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "trinquete"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("m247", "leaseweb"))
    ips = cloud(rng, irange(rng, 6, 12), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    langs = _weights(rng, ("en", "es", "pt"), lead="en")
    styles = _styles(rng, 2, lo=1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0.05, 0.4)) * DAY
    per_hour = float(rng.uniform(10, 20))
    ep_starts = _cat(
        [
            thinned(rng, start - DAY, start, per_hour * 0.1 * 24, constant),
            thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant),
        ]
    )
    step_gap = float(rng.uniform(3, 8))
    growth = float(rng.uniform(250, 500))
    rows: list[list] = [[] for _ in range(n)]
    tool_names = list(tx.TOOLS)
    for s in ep_starts.tolist():
        k = irange(rng, 3, 12)
        times = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
        )
        task = tx.agent_task(rng, tx.lang_pick(rng, langs))
        tools = [str(x) for x in rng.choice(tool_names, size=irange(rng, 3, 5), replace=False)]
        style = pick(rng, styles)
        key = int(rng.integers(n))
        for step, t in enumerate(times.tolist()):
            rows[key].append(
                (t, tx.agent_step(rng, task, tools, step, style), int(400 + growth * step))
            )
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ts = np.asarray([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            extra=np.asarray([x[2] for x in r], dtype=np.int64) if r else 0,
            comp_median=260,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"VPN exits ({provider}), {len(ips)} addresses",
            "pacing": "Poisson episodes of 3-12 steps",
            "episodes_per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start_ts": float(start),
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation by many VM workers


def remonte(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "remonte"
    n_orgs = irange(rng, 2, 4)
    n = irange(rng, 10, 18)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    langs = _weights(rng, ("en", "fr", "hi", "id", "pt"), lead="en")
    styles = _styles(rng, 4)
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        provider = pick(rng, ("aws", "azure"))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        per_day = float(rng.uniform(100, 230))
        ts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        prompts = [
            tx.synth_data(rng, ctx.chat, tx.lang_pick(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=900,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "one cloud VM per key (aws / azure)",
            "pacing": "steady Poisson per key",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay at a power user's pace from office broadband


def frontis(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "frontis"
    n = irange(rng, 4, 7)
    base_tz = pick(rng, TZS)
    offset = irange(rng, 0, len(ctx.chat) - 1)
    stride = len(ctx.chat) // n
    accts = []
    for i in range(n):
        tz = base_tz if chance(rng, 0.7) else pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the weeks before: a little organic-looking use
        pre = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.release,
                float(rng.uniform(0.8, 2.0)),
                evening_person(tz),
                3.0,
                80.0,
            )
        )
        go = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
        post = _cat(
            session_times(
                rng,
                go,
                ctx.t1,
                float(rng.uniform(10, 17)),
                workday(tz, weekend=0.5),
                float(rng.uniform(9, 15)),
                float(rng.uniform(20, 45)),
            )
        )
        start_idx = (offset + i * stride) % len(ctx.chat)
        replay = [ctx.chat[(start_idx + j) % len(ctx.chat)] for j in range(len(post))]
        replay = [
            p.strip() if chance(rng, 0.9) else f"{p.strip()}\n\nPlease answer in detail."
            for p in replay
        ]
        prompts = [pick(rng, ctx.chat) for _ in range(len(pre))] + replay
        ts = np.concatenate([pre, post])
        models = ctx.models(rng, pre, p_new=0.2, p_mini=0.2) + ctx.models(
            rng, post, p_new=0.97, p_mini=0.01
        )
        comp = np.concatenate([np.full(len(pre), 330.0), np.full(len(post), 520.0)])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-like), sequential shards",
            "keys": n,
            "orgs": "one per key",
            "payment": "one card per key",
            "ip_source": "office / home broadband in the operator's time zone",
            "base_tz": int(base_tz),
            "pacing": "human-like sessions in working hours after the release",
            "user_agent": "browsers",
            "languages": "as the public prompts",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def bote_luzea(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bote_luzea"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ips = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 5))
    ua = sdk_ua(rng, 0.3)
    langs = _weights(rng, ("en", "ko", "tr"), lead="en")
    ns = [int(x) for x in rng.choice([4, 8, 16], size=irange(rng, 1, 3), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    per_hour = float(rng.uniform(4, 9))
    spread = chance(rng, 0.5)  # samples of one prompt spread over keys, or one key per prompt
    rows: list[list] = [[] for _ in range(n)]
    for s in thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant).tolist():
        src = rng.random()
        if src < 0.4:
            p, comp = pick(rng, ctx.chat), 420.0
        elif src < 0.8:
            style = irange(rng, 0, 1)
            p, comp = (
                tx.soft_label(rng, tx.lang_pick(rng, langs), style),
                (4.0 if style == 0 else 40.0),
            )
        else:
            p, comp = tx.problem(rng, "en") + "\nShow your work.", 650.0
        k = pick(rng, ns)
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.6, size=k - 1))])
        keys = rng.integers(0, n, size=k) if spread else np.full(k, int(rng.integers(n)))
        for t, key in zip(times.tolist(), keys.tolist(), strict=True):
            rows[key].append((t, p, comp))
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ts = np.asarray([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.01),
            comp_median=np.asarray([x[2] for x in r]) if r else 350.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"rented block ({provider})",
            "samples_per_prompt": ns,
            "spread_over_keys": spread,
            "prompt_groups_per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep at night


def cestapunta(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "cestapunta"
    n = irange(rng, 6, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    tz = pick(rng, TZS)
    hours = float(rng.uniform(6, 9))
    night = nightly(float(rng.uniform(21, 24)) % 24, hours, tz)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(night(t), 0.12)

    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n)
    ]
    items = tx.curriculum_items()
    order = list(rng.permutation(len(tx.CURRICULUM)))
    subjects = list(tx.CURRICULUM)
    items.sort(key=lambda x: (order[subjects.index(x[0])], x[1], x[2]))
    passes = [
        (lang, style) for lang in ("en", "es", "ko") for style in range(3 if lang == "en" else 1)
    ]
    rng.shuffle(passes)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(150, 260))
    ts = thinned(rng, start, ctx.t1, per_hour * hours / 24 * (ctx.t1 - start) / HOUR * 1.3, curve)
    # the sweep restarts from the first item on the new model
    n_pre = int(np.searchsorted(ts, ctx.release))
    idx = np.concatenate([np.arange(n_pre), np.arange(len(ts) - n_pre)])
    prompts = []
    for j in idx.tolist():
        lang, style = passes[(j // len(items)) % len(passes)]
        prompts.append(
            tx.curriculum_sweep(
                rng, items[j % len(items)], j % len(items) + 1, len(items), lang, style
            )
        )
    who = np.arange(len(ts)) % n
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        t = ts[sel]
        ctx.emit(
            rng,
            a,
            t,
            [prompts[k] for k in sel.tolist()],
            models=ctx.models(rng, t, p_new=0.95, p_mini=0.0),
            comp_median=1100,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep (subject x concept x level, in order)",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "azure",
            "tz": int(tz),
            "night_hours": round(hours, 1),
            "pacing": "steady at night, trickle by day; round-robin over keys",
            "user_agent": ua,
            "languages": ["en", "es", "ko"],
            "items": len(items),
        },
    )


# --------------------------------------------------------------------------------------------
# translation harvest: every source text fanned out to many languages


def zaguero(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "zaguero"
    n = irange(rng, 5, 9)
    org_pays = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ips = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("Go-http-client/2.0", "python-requests/2.32.3"))
    styles = _styles(rng, 3, lo=1)
    targets = [str(x) for x in rng.choice(tx.TARGETS, size=irange(rng, 8, 14), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="translator",
            campaign_id=cid,
            org=org_pays[i % 2][0],
            pay=org_pays[i % 2][1],
            ua=ua,
            ips=ips,
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    docs_per_hour = float(rng.uniform(8, 16))
    rows: list[list] = [[] for _ in range(n)]
    for s in thinned(
        rng, start, ctx.t1, docs_per_hour * (ctx.t1 - start) / HOUR, constant
    ).tolist():
        src = tx.clip(
            pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat),
            irange(rng, 300, 1500),
        )
        k = irange(rng, 5, min(10, len(targets)))
        tgts = [str(x) for x in rng.choice(targets, size=k, replace=False)]
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
        style = pick(rng, styles)
        key = int(rng.integers(n))
        for t, tgt in zip(times.tolist(), tgts, strict=True):
            rows[key].append((t, tx.translation_harvest(rng, src, tgt, style), len(src) / 3.2))
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ts = np.asarray([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=np.asarray([x[2] for x in r]) if r else 300.0,
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation harvest (parallel corpus)",
            "keys": n,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"cloud ({provider})",
            "targets": targets,
            "docs_per_hour": round(docs_per_hour, 1),
            "pacing": "Poisson documents, each fanned out to 5-10 languages",
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: code harvest hidden inside a real IDE-assistant product's traffic

_CODEY = (
    "code",
    "function",
    "python",
    "javascript",
    "error",
    "sql",
    "react",
    "class ",
    "api",
    "script",
    "typescript",
    "java",
    "bug",
    "compile",
    "regex",
    "docker",
    "json",
)


def delantero(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "delantero"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    codey = [p for p in ctx.chat if any(w in p.lower() for w in _CODEY)] or ctx.chat
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(35, 60))
    share = float(rng.uniform(0.18, 0.35))
    harvest_from = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    langs = [str(x) for x in rng.choice(tx.CODE_LANGS, size=irange(rng, 3, 6), replace=False)]
    prod = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = thinned(rng, harvest_from, ctx.t1, rate * share * (ctx.t1 - harvest_from) / HOUR, curve)
    rows = [
        (t, tx.ide_wrap(rng, pick(rng, langs), tx.clip(pick(rng, codey), 1500)), 0)
        for t in prod.tolist()
    ]
    for t in harv.tolist():
        lg = pick(rng, langs)
        rows.append((t, tx.ide_wrap(rng, lg, tx.code_harvest(rng, lg)), 1))
    rows.sort(key=lambda x: x[0])
    who = rng.integers(0, n, size=len(rows))
    for i, a in enumerate(accts):
        r = [rows[k] for k in np.flatnonzero(who == i).tolist()]
        ts = np.asarray([x[0] for x in r])
        is_h = np.asarray([x[2] for x in r], dtype=bool)
        m_prod = ctx.models(rng, ts, p_new=0.45, p_mini=0.15)
        m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.02)
        models = [mh if h else mp for mp, mh, h in zip(m_prod, m_harv, is_h.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=models,
            comp_median=np.where(is_h, 900.0, 420.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest mixed into a live IDE-assistant product's traffic",
            "keys": n,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"aws NAT gateways ({len(ips)})",
            "pacing": "the product's global load curve; harvest follows the same curve",
            "product_per_hour": round(rate, 1),
            "harvest_share": round(share, 3),
            "code_languages": langs,
            "harvest_from_ts": float(harvest_from),
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts, taken over in waves, low and slow behind regional proxies

_TZ_LANGS = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "en", "pl"),
    2: ("pl", "de", "en"),
    3: ("en",),
    5: ("en", "hi"),
    8: ("en", "id"),
    9: ("ja", "en"),
}


def txapela(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "txapela"
    n = irange(rng, 15, 25)
    waves = np.sort(ctx.release + rng.uniform(-0.5, 0.8, size=irange(rng, 2, 3)) * DAY)
    per_day = (float(rng.uniform(30, 60)), float(rng.uniform(70, 120)))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        r = rng.random()
        ua0 = (
            pick(rng, BROWSERS) if r < 0.5 else (pick(rng, MOBILE) if r < 0.7 else sdk_ua(rng, 0.8))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        takeover = float(pick(rng, waves)) + float(rng.uniform(0, 3 * HOUR))
        pre = _cat(
            session_times(
                rng, ctx.t0, takeover, float(rng.uniform(0.5, 2.0)), evening_person(tz), 4.0, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.2, p_mini=0.2),
            comp_median=330,
        )
        ev = evening_person(tz)

        def curve(t: np.ndarray, ev=ev) -> np.ndarray:
            return np.clip(0.35 + 0.65 * ev(t), 0, 1)

        rate = float(rng.uniform(*per_day))
        post = thinned(rng, takeover, ctx.t1, rate * (ctx.t1 - takeover) / DAY, curve)
        pool = resi(rng, irange(rng, 15, 40), _region_of(rng, tz))
        ua1 = sdk_ua(rng, 0.8) if chance(rng, 0.6) else ua0
        lang_opts = _TZ_LANGS.get(tz, ("en",))
        prompts = []
        for _ in range(len(post)):
            lang = pick(rng, lang_opts) if chance(rng, 0.7) else "en"
            u = rng.random()
            if u < 0.6:
                prompts.append(tx.human_question(rng, lang, messy=0.1))
            elif u < 0.8:
                prompts.append(tx.reasoning_coercion(rng, "en", 3))
            else:
                prompts.append(tx.synth_data(rng, ctx.chat, "en", 1))
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.95, p_mini=0.01),
            ips=sticky(rng, post, pool, float(rng.uniform(1800, 5400))),
            ua=ua1,
            comp_median=700,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "keys": n,
            "orgs": "the original owners'",
            "payment": "the original owners' cards",
            "ip_source": "home ISP, then residential proxies of the same region",
            "takeover_waves_ts": [float(w) for w in waves],
            "per_day_range": [round(x, 1) for x in per_day],
            "pacing": "organic sessions, then low-and-slow Poisson with a shallow diurnal shape",
            "user_agent": "owner's, 60% switched to an SDK after takeover",
            "languages": "owner's region + English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a paid crowd pasting prompts from a shared task pool


def botivolea(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "botivolea"
    n = irange(rng, 30, 50)
    lang_w = _weights(rng, ("en", "es", "pt", "id", "hi"), lead="en")
    pool = [
        tx.human_question(rng, tx.lang_pick(rng, lang_w), messy=0.2)
        for _ in range(irange(rng, 1500, 3000))
    ]
    tz_opts = (5, 8, -3, 2, 1)
    tz_p = rng.dirichlet(np.ones(len(tz_opts)) * 2)
    mob = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile", 2: "eu_mobile", 8: "in_mobile"}
    accts = []
    for _ in range(n):
        tz = tz_opts[int(rng.choice(len(tz_opts), p=tz_p))]
        phone = chance(rng, 0.3)
        ips = (
            mobile_v6(rng, irange(rng, 2, 5), mob[tz])
            if phone
            else home(rng, irange(rng, 1, 2), tz)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_worker",
            campaign_id=cid,
            ua=pick(rng, MOBILE if phone else BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
        shape = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.6)
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(1.5, 3.5)),
                shape,
                float(rng.uniform(6, 14)),
                float(rng.uniform(40, 100)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.1):
                prompts.append(pick(rng, ctx.chat))
                continue
            p = pick(rng, pool)
            if chance(rng, 0.25):
                p = p.lower()
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=650,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "paid crowd pasting harvest prompts from a shared pool",
            "keys": n,
            "orgs": "one per worker",
            "payment": "workers' own cards (reimbursed)",
            "ip_source": "workers' home broadband or phones (IPv6)",
            "pool_size": len(pool),
            "pacing": "human sessions in each worker's evening or working day",
            "user_agent": "browsers and phones",
            "languages": lang_w,
            "worker_tz_weights": {
                str(k): round(float(v), 3) for k, v in zip(tz_opts, tz_p, strict=True)
            },
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "laxoa": laxoa,
    "xistera": xistera,
    "joko_garbi": joko_garbi,
    "trinquete": trinquete,
    "remonte": remonte,
    "frontis": frontis,
    "bote_luzea": bote_luzea,
    "cestapunta": cestapunta,
    "zaguero": zaguero,
    "delantero": delantero,
    "txapela": txapela,
    "botivolea": botivolea,
}
