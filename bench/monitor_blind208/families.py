"""Campaign families of batch 208 (code names from kite flying). Each family is a function
`(ctx, rng, campaign_id)` that opens its accounts, writes its events into `ctx.sink` and its truth
into `ctx.truth` (see `bench/blind_batch.py`). Every choice (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model mix) is drawn from the family's own rng.

Families `kite_winder`, `dihedral_angle`, `lazy_susan` and `sky_anchor` are built to be hard: they
copy the look of legitimate traffic as far as a careful operator would.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind208 import texts

#: user agents as they are common in ordinary traffic (what a careful operator copies)
COMMON_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
#: where residential users of each UTC offset live (the simulator's consumer regions)
REGION_OF_TZ = {
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


def _weights(rng: np.random.Generator, base: dict[str, float]) -> dict[str, float]:
    """A family's own perturbation of a base mix (normalised, rounded for the truth)."""
    keys = list(base)
    w = rng.dirichlet(np.asarray([base[k] for k in keys]) * 20.0)
    return {k: round(float(v), 4) for k, v in zip(keys, w, strict=True)}


def _draw(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys])
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _styles(rng: np.random.Generator, k: int) -> np.ndarray:
    return rng.dirichlet(np.full(k, 1.5))


def _style(rng: np.random.Generator, w: np.ndarray) -> int:
    return int(rng.choice(len(w), p=w))


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def bridle_point(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bridle_point"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs = _weights(rng, {"en": 0.6, "zh": 0.2, "es": 0.1, "de": 0.1})
    sw = _styles(rng, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))],
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre = float(rng.uniform(6, 18))
    post = float(rng.uniform(70, 130))
    streams = [
        np.concatenate([a, b])
        for a, b in zip(
            worker_pool(rng, start, ctx.release, pre, n),
            worker_pool(rng, ctx.release, ctx.t1, post, n),
            strict=True,
        )
    ]
    for acct, ts in zip(accts, streams, strict=True):
        lang = _draw(rng, langs, len(ts))
        prompts = [texts.reasoning_trace(rng, _style(rng, sw), g) for g in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=float(rng.uniform(1100, 1700)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, boxed answers, numbered steps) on generated maths/logic problems",
            "keys": n,
            "orgs": len(orgs),
            "payment": "one prepaid card per key",
            "ip_source": f"rented {provider} /24 block",
            "pacing": "Poisson worker pool, low before release, high after",
            "rate_per_hour": [round(pre, 1), round(post, 1)],
            "user_agent": ua,
            "languages": langs,
            "styles": [round(float(x), 3) for x in sw],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in cron bursts


def rokkaku_spar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rokkaku_spar"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
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
            ips=ips,
        )
        for _ in range(n)
    ]
    sw = _styles(rng, 6)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    every = float(rng.uniform(30, 55))
    starts = thinned(
        rng, start, ctx.t1, (ctx.t1 - start) / (every * MINUTE), lambda t: np.ones(len(t))
    )
    size = float(rng.uniform(18, 38))
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr in bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.6):
        per[int(rng.integers(n))].append(tr)
    for acct, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, _style(rng, sw)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.0),
            comp_median=170.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward-model grading: pairwise verdicts, JSON rubric scores, 1-10 scores, critique+rewrite",
            "keys": n,
            "orgs": 1,
            "payment": "one card shared by all keys",
            "ip_source": "gcp (2-3 addresses shared)",
            "pacing": f"cron bursts every ~{every:.0f} min, ~{size:.0f} requests each, one key per burst",
            "user_agent": ua,
            "languages": ["en", "fr", "ko"],
            "styles": [round(float(x), 3) for x in sw],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites through VPN exits with rotating keys


def manja_glass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "manja_glass"
    n = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    provs = [
        str(p) for p in rng.choice(["m247", "leaseweb", "ovh", "linode"], size=2, replace=False)
    ]
    exits = cloud(rng, irange(rng, 5, 9), provs[0]) + cloud(rng, irange(rng, 4, 8), provs[1])
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    langs = _weights(rng, {"zh": 0.35, "ru": 0.2, "en": 0.3, "ar": 0.08, "tr": 0.07})
    total = 0
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotating_key",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=[pick(rng, exits) for _ in range(irange(rng, 1, 3))],
        )
        accts.append(acct)
        a = (
            ctx.release
            - 0.8 * DAY
            + (i + float(rng.uniform(0, 1))) * (ctx.t1 - ctx.release + 0.6 * DAY) / n
        )
        b = min(ctx.t1, a + float(rng.uniform(0.4, 1.8)) * DAY)
        ts = thinned(
            rng, a, b, float(rng.uniform(14, 32)) * (b - a) / HOUR, lambda t: np.ones(len(t))
        )
        lang = _draw(rng, langs, len(ts))
        prompts = [texts.policy_rewrite(rng, ctx.chat, ctx.passages, g) for g in lang]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=420.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites, compliant refusals, neutralised summaries",
            "keys": n,
            "orgs": n,
            "payment": f"{len(cards)} stolen cards spread over the keys",
            "ip_source": f"VPN exits on {provs}",
            "pacing": "staggered keys: each lives 0.4-1.8 days at a steady Poisson rate, then is dropped",
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def parafoil_cell(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "parafoil_cell"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 6, 12), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
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
            ips=[pick(rng, pool) for _ in range(irange(rng, 2, 3))],
        )
        for _ in range(n)
    ]
    sw = _styles(rng, 4)
    start = ctx.t0 + float(rng.uniform(2.0, 3.3)) * DAY
    eps = float(rng.uniform(12, 24))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        eps * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.3),
    )
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for s in starts.tolist():
        k = irange(rng, 2, 8)
        per[int(rng.integers(n))].append(
            s + np.cumsum(np.concatenate([[0.0], rng.lognormal(np.log(6.0), 0.6, size=k - 1)]))
        )
    for acct, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        style = _style(rng, sw)
        prompts = [
            texts.agent_transcript(rng, style if chance(rng, 0.7) else _style(rng, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=220.0,
            extra=rng.integers(500, 1600, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use trajectories (JSON tools, ReAct, XML tool calls, Japanese tasks) with fake observations",
            "keys": n,
            "orgs": 1,
            "payment": "one business card",
            "ip_source": "aws pool, 2-3 addresses per key",
            "pacing": f"episodes of 2-8 steps, ~{eps:.0f} episodes/h from day {(start - ctx.t0) / DAY:.1f}",
            "user_agent": ua,
            "styles": [round(float(x), 3) for x in sw],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation through a residential proxy pool


def spreader_bar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spreader_bar"
    n = irange(rng, 20, 40)
    region = pick(rng, ("*", "us", "eu", "latam"))
    pool = resi(rng, irange(rng, 300, 800), region)
    hold = float(rng.uniform(4, 15)) * MINUTE
    langs = _weights(rng, {"en": 0.55, "es": 0.15, "pt": 0.1, "id": 0.1, "vi": 0.1})
    sw = _styles(rng, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=pool[:1],
        )
        for _ in range(n)
    ]
    test_start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    pre, post = float(rng.uniform(8, 20)), float(rng.uniform(60, 110))
    streams = [
        np.concatenate([a, b])
        for a, b in zip(
            worker_pool(rng, test_start, ctx.release, pre, n),
            worker_pool(rng, ctx.release, ctx.t1, post, n),
            strict=True,
        )
    ]
    for acct, ts in zip(accts, streams, strict=True):
        lang = _draw(rng, langs, len(ts))
        prompts = [texts.synth_data(rng, _style(rng, sw), g) for g in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(1200, 1800)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation (self-instruct JSONL, persona Q&A, exam items, hard questions)",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid card per key",
            "ip_source": f"residential proxy pool ({region}), sticky {hold / 60:.0f} min",
            "pacing": "Poisson worker pool; test phase before release, full speed after",
            "rate_per_hour": [round(pre, 1), round(post, 1)],
            "languages": langs,
            "styles": [round(float(x), 3) for x in sw],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest, one residential address per conversation


def line_laundry(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "line_laundry"
    n = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    pool = resi(rng, irange(rng, 200, 500), "us") + resi(rng, irange(rng, 100, 300), "eu")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_driver",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        for _ in range(n)
    ]
    intl = float(rng.uniform(0.05, 0.3))
    start = ctx.t0 + float(rng.uniform(1.5, 3.0)) * DAY
    rate = float(rng.uniform(10, 20))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        rate * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(12, 20)), 0.4),
    )
    gap = float(rng.uniform(12, 25))
    cols: list[dict[str, list]] = [
        {"ts": [], "p": [], "ip": [], "ua": [], "turn": []} for _ in range(n)
    ]
    for s in starts.tolist():
        k = irange(rng, 4, 9)
        ts = s + np.cumsum(np.concatenate([[0.0], rng.lognormal(np.log(gap), 0.5, size=k - 1)]))
        c = cols[int(rng.integers(n))]
        c["ts"].extend(ts.tolist())
        c["p"].extend(
            [texts.clip(pick(rng, ctx.chat), 10, 1200, rng)]
            + [texts.follow_up(rng, intl) for _ in range(k - 1)]
        )
        c["ip"].extend([pick(rng, pool)] * k)
        c["ua"].extend([pick(rng, BROWSERS)] * k)
        c["turn"].extend(range(k))
    for acct, c in zip(accts, cols, strict=True):
        ts = np.asarray(c["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            c["p"],
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=c["ip"],
            ua=c["ua"],
            comp_median=520.0,
            extra=np.minimum(np.asarray(c["turn"], dtype=np.int64) * 350, 3000),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: ShareGPT opener + scripted follow-ups (several languages)",
            "keys": n,
            "orgs": n,
            "payment": f"{len(cards)} prepaid cards shared",
            "ip_source": "residential proxies (us, eu), one per conversation",
            "pacing": f"~{rate:.0f} conversations/h of 4-9 turns, ~{gap:.0f} s between turns",
            "user_agent": "desktop browser strings rotated per conversation",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def drogue_tail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drogue_tail"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "scaleway"))
    block = rented_block(rng, provider, 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    items = float(rng.uniform(8, 15))
    lo, hi = irange(rng, 3, 5), irange(rng, 6, 12)
    split = float(rng.uniform(0.1, 0.5))
    starts = thinned(rng, start, ctx.t1, items * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
    cols: list[dict[str, list]] = [{"ts": [], "p": []} for _ in range(n)]
    for s in starts.tolist():
        k = irange(rng, lo, hi)
        p = texts.soft_label(rng, ctx.chat)
        ts = s + np.cumsum(np.concatenate([[0.0], rng.lognormal(np.log(0.8), 0.7, size=k - 1)]))
        spread = chance(rng, split)
        home_key = int(rng.integers(n))
        for t in ts.tolist():
            c = cols[int(rng.integers(n)) if spread else home_key]
            c["ts"].append(t)
            c["p"].append(p)
    for acct, c in zip(accts, cols, strict=True):
        order = np.argsort(c["ts"], kind="stable")
        ts = np.asarray(c["ts"])[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [c["p"][i] for i in order.tolist()],
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=160.0,
            comp_sigma=0.9,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling: each item sent n times (label distributions, continuations, raw prompts)",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} /24, one host per key",
            "pacing": f"~{items:.0f} items/h, {lo}-{hi} repeats within seconds; {split:.0%} of items spread over keys",
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a rate-limited steady pace


def wind_window(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wind_window"
    n = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, "digitalocean"),
        )
        for _ in range(n)
    ]
    langs = _weights(rng, {"en": 0.6, "de": 0.15, "hi": 0.15, "ja": 0.1})
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    period = float(rng.uniform(3, 8)) * MINUTE
    plan = [(subj, c, lvl) for subj, cs in texts.CURRICULUM for c in cs for lvl in range(1, 11)]
    off = int(rng.integers(len(plan)))
    allts, who = [], []
    for i in range(n):
        t = start + float(rng.uniform(0, period))
        k = int((ctx.t1 - t) / period) + 1
        ts = t + np.arange(k) * period + rng.normal(0, 0.08 * period, size=k)
        allts.append(ts)
        who.append(np.full(k, i))
    ts_all, who_all = np.concatenate(allts), np.concatenate(who)
    order = np.argsort(ts_all, kind="stable")
    seq = np.empty(len(order), dtype=np.int64)
    seq[order] = np.arange(len(order))
    lang_all = _draw(rng, langs, len(ts_all))
    for i, acct in enumerate(accts):
        sel = np.flatnonzero(who_all == i)
        ts = ts_all[sel]
        prompts = []
        for j in sel.tolist():
            q = seq[j] + off
            subj, concept, lvl = plan[q % len(plan)]
            prompts.append(
                texts.curriculum_item(rng, subj, concept, lvl, q // len(plan) + 1, lang_all[j])
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=900.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep: subject x concept x level 1-10, walked in order across keys",
            "keys": n,
            "orgs": 1,
            "payment": "one shared card",
            "ip_source": "digitalocean, one droplet per key",
            "pacing": f"rate limiter: one request per key every {period / 60:.1f} min (+-8 %), 24/7",
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: translation harvest dressed as a localisation agency


def kite_winder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kite_winder"
    n = irange(rng, 5, 9)
    tz = pick(rng, (0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    client = pick(rng, texts._AGENCY)
    idx = rng.choice(len(texts.LANGS), size=irange(rng, 12, 25), replace=False)
    langs = [texts.LANGS[i] for i in idx.tolist()]
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, COMMON_UA[3:5]),
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        mine = [
            langs[i]
            for i in rng.choice(
                len(langs), size=min(len(langs), irange(rng, 6, 14)), replace=False
            ).tolist()
        ]
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 8)),
            workday(tz, weekend=0.08),
            float(rng.uniform(15, 35)),
            float(rng.uniform(20, 45)),
            0.6,
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [texts.translation_job(rng, ctx.passages, mine, client) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            comp_median=700.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest: generic long passages into 12-25 target languages, posing as a localisation shop",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"office broadband (tz {tz}), 1-2 addresses",
            "pacing": "office-hours sessions (workday curve), 15-35 segments each, 20-45 s apart",
            "user_agent": "desktop browsers as in ordinary traffic",
            "languages": [c for c, _ in langs],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden inside a real coding product's traffic


def dihedral_angle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dihedral_angle"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 5), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
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
        for _ in range(n)
    ]
    code_chat = texts.coding_chat(ctx.chat)
    peak = float(rng.uniform(13, 17))
    legit_rate = float(rng.uniform(40, 70))
    harvest_rate = float(rng.uniform(14, 30))
    hstart = ctx.t0 + float(rng.uniform(2.0, 3.5)) * DAY
    load = global_load(peak, 0.6)
    legit = worker_pool(rng, ctx.t0, ctx.t1, legit_rate, n, load)
    harvest = worker_pool(rng, hstart, ctx.t1, harvest_rate, n, lambda t: 1.2 - load(t))
    sw = _styles(rng, 4)
    for acct, lt, ht in zip(accts, legit, harvest, strict=True):
        lp = [
            texts.clip(pick(rng, code_chat if chance(rng, 0.7) else ctx.chat), 5, 1500, rng)
            for _ in range(len(lt))
        ]
        hp = [texts.code_problem(rng, _style(rng, sw)) for _ in range(len(ht))]
        ts = np.concatenate([lt, ht])
        models = ctx.models(rng, lt, 0.45, 0.15) + ctx.models(rng, ht, 0.97, 0.0)
        comp = np.concatenate([np.full(len(lt), 350.0), np.full(len(ht), 950.0)])
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            acct,
            ts[order],
            [(lp + hp)[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest mixed into a real coding-assistant product's traffic on the same keys",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "aws NAT gateways shared by all keys",
            "pacing": f"product load {legit_rate:.0f}/h (global curve, peak {peak:.0f} UTC); harvest {harvest_rate:.0f}/h filling off-peak from day {(hstart - ctx.t0) / DAY:.1f}",
            "user_agent": ua,
            "styles": [round(float(x), 3) for x in sw],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought / taken-over aged accounts, harvested from geo-matched residential proxies


def lazy_susan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lazy_susan"
    n = irange(rng, 15, 30)
    p_continue = float(rng.uniform(0.3, 0.7))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, COMMON_UA)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + float(rng.uniform(-0.3, 1.5)) * DAY
        curve = evening_person(tz)
        own_end = ctx.t1 if chance(rng, p_continue) else take
        own = session_times(rng, ctx.t0, own_end, float(rng.uniform(0.4, 1.6)), curve, 3.0, 60.0)
        ots = np.sort(np.concatenate(own)) if own else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ots,
            [texts.clip(pick(rng, ctx.chat), 5, 2000, rng) for _ in range(len(ots))],
            models=ctx.models(rng, ots, 0.2, 0.15),
        )
        pool = resi(rng, irange(rng, 20, 60), REGION_OF_TZ[tz])
        hs = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(6, 12)),
            evening_person(tz, spread=4.0),
            float(rng.uniform(8, 15)),
            float(rng.uniform(25, 60)),
        )
        hts = np.sort(np.concatenate(hs)) if hs else np.empty(0)
        ctx.emit(
            rng,
            acct,
            hts,
            [texts.detailed_answer(rng, ctx.chat) for _ in range(len(hts))],
            models=ctx.models(rng, hts, 0.9, 0.0),
            ips=sticky(rng, hts, pool, float(rng.uniform(15, 40)) * MINUTE),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "detail-seeking knowledge harvest on bought/taken-over aged personal accounts",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards (one each)",
            "ip_source": "owners' home ISP; harvest via residential proxies in the owner's region (sticky)",
            "pacing": "owner's evening sessions; after takeover human-like sessions 6-12/day, 8-15 requests, 25-60 s apart",
            "user_agent": "the owner's own (copied)",
            "owner_keeps_using": round(p_continue, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: low-and-slow crowd of person-like new accounts replaying public prompts


def sky_anchor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sky_anchor"
    n = irange(rng, 40, 80)
    wrap = float(rng.uniform(0.15, 0.35))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, COMMON_UA),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        signup = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        sess = session_times(
            rng,
            signup,
            ctx.t1,
            float(rng.uniform(2, 4)),
            evening_person(tz),
            float(rng.uniform(4, 7)),
            float(rng.uniform(40, 90)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [
            texts.detailed_answer(rng, ctx.chat)
            if chance(rng, wrap)
            else texts.clip(pick(rng, ctx.chat), 5, 2000, rng)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.98, 0.0), comp_median=450.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human prompts, some wrapped) by a crowd of person-like accounts",
            "keys": n,
            "orgs": n,
            "payment": "one card per account",
            "ip_source": "one home ISP address per account, region matched to its time zone",
            "pacing": "evening sessions, 2-4/day, 4-7 prompts, 40-90 s apart; signups around the release",
            "user_agent": "common SDK/browser strings",
            "wrapped_fraction": round(wrap, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bridle_point": bridle_point,
    "rokkaku_spar": rokkaku_spar,
    "manja_glass": manja_glass,
    "parafoil_cell": parafoil_cell,
    "spreader_bar": spreader_bar,
    "line_laundry": line_laundry,
    "drogue_tail": drogue_tail,
    "wind_window": wind_window,
    "kite_winder": kite_winder,
    "dihedral_angle": dihedral_angle,
    "lazy_susan": lazy_susan,
    "sky_anchor": sky_anchor,
}
