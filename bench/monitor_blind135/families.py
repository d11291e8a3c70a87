"""Campaign families of batch 135 (code names from teqball).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
its events through `ctx.emit`, and records one campaign with `ctx.campaign`. Everything that can
vary (key counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn
from the family's own rng. See README.md (read it only after the monitor's single run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick, picks
from bench.monitor_blind135 import texts as tx

CAMP = "campaign"


def _weights(rng: np.random.Generator, options: tuple[str, ...], k: int) -> dict[str, float]:
    """A random language mix over `k` of `options` (the first always included)."""
    chosen = [options[0]] + [o for o in tx.shuffled(rng, options[1:])][: max(0, k - 1)]
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    w[0] += 0.3
    w = w / w.sum()
    return {c: round(float(x), 3) for c, x in zip(chosen, w, strict=True)}


def _draw(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _orgs(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    if mode == "one":
        return [bb.hexid(rng, "org")] * n
    if mode == "few":
        pool = [bb.hexid(rng, "org") for _ in range(max(2, n // 4))]
        return picks(rng, pool, n)
    return [bb.hexid(rng, "org") for _ in range(n)]


def _cards(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n
    if mode.startswith("groups"):
        size = int(mode.split(":")[1])
        pool = [bb.hexid(rng, "pay") for _ in range(max(1, -(-n // size)))]
        return [pool[i // size] for i in range(n)]
    return [bb.hexid(rng, "pay") for _ in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# 1. reasoning-trace coercion


def fiteq(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fiteq"
    n = irange(rng, 6, 14)
    org_mode, card_mode = (
        pick(rng, ("one", "few", "each")),
        pick(rng, ("shared", "groups:3", "each")),
    )
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.4)
    langs = _weights(rng, ("en", "zh", "ru", "es"), irange(rng, 2, 4))
    orgs, cards = _orgs(rng, n, org_mode), _cards(rng, n, card_mode)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua0 if shared_ua else bb.sdk_ua(rng, 0.4),
            ips=list(bb.picks(rng, block, irange(rng, 1, 3))),
        )
        for i in range(n)
    ]
    probe_rate, main_rate = float(rng.uniform(4, 14)), float(rng.uniform(50, 130))
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    go = ctx.release + float(rng.uniform(0.2, 4.0)) * HOUR
    pre = bb.worker_pool(rng, start, ctx.release, probe_rate, n)
    main = bb.worker_pool(
        rng, go, ctx.t1, main_rate, n, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for i, a in enumerate(accts):
        ts = _cat([pre[i], main[i]])
        style = int(rng.integers(0, 4))
        ls = _draw(rng, langs, len(ts))
        prompts = [
            tx.reasoning_trace(rng, lg, style if chance(rng, 0.7) else int(rng.integers(0, 4)))
            for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=float(rng.uniform(900, 1600)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": org_mode,
            "payment": card_mode,
            "ip_source": f"rented {provider} block ({len(block)} hosts)",
            "user_agent": "shared" if shared_ua else "per key",
            "pacing": f"worker pool {probe_rate:.1f}/h probe before release, {main_rate:.0f}/h after",
            "languages": langs,
            "models": "new model 95% after release",
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading


def teqis(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "teqis"
    n = irange(rng, 4, 9)
    region = pick(rng, ("us", "eu", "*"))
    langs = _weights(rng, ("en", "de", "es"), irange(rng, 1, 3))
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="grader",
                campaign_id=cid,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "aiohttp/3.11.11",
                        "python-httpx/0.28.1",
                        "OpenAI/Python 1.54.0",
                    ),
                ),
                ips=bb.resi(rng, irange(rng, 30, 120), region),
            )
        )
    hold = float(rng.uniform(5, 30)) * MINUTE
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(20, 70))
    gap = float(rng.uniform(0.8, 4.0))
    total = 0
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = _cat(bb.bursts(rng, starts, size, gap, 0.6, ctx.t1))
        style = int(rng.integers(0, 4))
        ls = _draw(rng, langs, len(ts))
        prompts = [
            tx.judge_prompt(
                rng,
                ctx.chat,
                ctx.passages,
                lg,
                style if chance(rng, 0.8) else int(rng.integers(0, 4)),
            )
            for lg in ls
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=bb.sticky(rng, ts, a.ips, hold),
            comp_median=float(rng.uniform(180, 420)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n,
            "orgs": "one per key",
            "payment": "prepaid, one per key",
            "ip_source": f"residential proxy ({region}), sticky {hold / MINUTE:.0f} min",
            "pacing": f"{per_day:.1f} batches/day/key of ~{size:.0f} requests, gap ~{gap:.1f}s",
            "languages": langs,
            "user_agent": "scripting client per key",
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites (rolling stolen-card keys)


def qatch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "qatch"
    n = irange(rng, 10, 20)
    langs = _weights(rng, ("zh", "en", "ru"), irange(rng, 2, 3))
    dc = bb.cloud(rng, irange(rng, 6, 14), pick(rng, ("alibaba", "tencent", "huawei", "ucloud")))
    vpn = bb.cloud(rng, irange(rng, 10, 30), pick(rng, ("m247", "leaseweb", "ovh")))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    step = (ctx.t1 - start) / n
    accts = []
    rate = float(rng.uniform(12, 35))
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2")),
            ips=list(dc) + list(vpn),
        )
        accts.append(a)
        life = float(rng.lognormal(np.log(14 * HOUR), 0.6))
        a_start = start + step * (i + float(rng.uniform(-0.4, 0.4)))
        a_start = min(max(a_start, ctx.t0), ctx.t1 - HOUR)
        ts = bb.thinned(rng, a_start, min(ctx.t1, a_start + life), rate * life / HOUR, bb.constant)
        if len(ts) == 0:
            ts = np.asarray([a_start + 60.0])
        ls = _draw(rng, langs, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lg, int(rng.integers(0, 4))) for lg in ls
        ]
        ips = bb.picks(rng, a.ips, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips,
            comp_median=float(rng.uniform(400, 700)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n,
            "orgs": "one per key",
            "payment": "stolen cards, one per key, keys replaced as they are burnt",
            "ip_source": "CN-region cloud + VPN exits, per request",
            "pacing": f"{rate:.0f}/h per live key, lifetimes ~14 h",
            "languages": langs,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts


def teqpong(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "teqpong"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="rollout",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    eps = float(rng.uniform(5, 14))
    start = ctx.release - float(rng.uniform(0.3, 2.0)) * DAY
    ep_starts = bb.worker_pool(rng, start, ctx.t1, eps, n)
    style_mix = rng.dirichlet(np.ones(4))
    for i, a in enumerate(accts):
        eps_ts = bb.bursts(
            rng, ep_starts[i], float(rng.uniform(4, 9)), float(rng.uniform(2, 9)), 0.7, ctx.t1
        )
        ts_parts, prompts = [], []
        for ep in eps_ts:
            style = int(rng.choice(4, p=style_mix))
            ts_parts.append(ep)
            prompts += [tx.agent_prompt(rng, style) for _ in range(len(ep))]
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[j] for j in order.tolist()]
        extra = rng.integers(200, 1500, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=float(rng.uniform(150, 400)),
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "orgs": "one",
            "payment": "one card",
            "ip_source": f"{provider} NAT ({len(nat)} addresses)",
            "user_agent": ua,
            "pacing": f"{eps:.0f} episodes/h round the clock, 4-9 calls each",
            "styles": [round(float(x), 3) for x in style_mix],
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation


def teqvoly(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "teqvoly"
    n = irange(rng, 20, 40)
    group = irange(rng, 3, 6)
    cards = _cards(rng, n, f"groups:{group}")
    langs = _weights(rng, ("en", "fr", "pt", "hi", "id", "ar", "de", "es"), irange(rng, 4, 7))
    region = pick(rng, ("*", "us", "eu", "latam", "in"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[i],
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.resi(rng, 4, region),
        )
        for i in range(n)
    ]
    rate = float(rng.uniform(1.5, 5.0))
    rotation = pick(rng, ("per request", "sticky 10 min", "sticky 1 h"))
    hold = {"per request": 0.0, "sticky 10 min": 10 * MINUTE, "sticky 1 h": HOUR}[rotation]
    for a in accts:
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(
            rng,
            s,
            ctx.t1,
            rate * (ctx.t1 - s) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.4),
        )
        if len(ts) == 0:
            ts = np.asarray([s])
        ls = _draw(rng, langs, len(ts))
        style = int(rng.integers(0, 4))
        prompts = [
            tx.synthetic_data(
                rng, ctx.chat, lg, style if chance(rng, 0.6) else int(rng.integers(0, 4))
            )
            for lg in ls
        ]
        ips = (
            bb.resi(rng, len(ts), region)
            if hold == 0
            else bb.sticky(rng, ts, bb.resi(rng, len(ts), region), hold)
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(1100, 2000)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": n,
            "orgs": "one per key",
            "payment": f"prepaid cards shared by groups of {group}",
            "ip_source": f"rotating residential proxy ({region}), {rotation}",
            "pacing": f"{rate:.1f}/h per key, staggered starts",
            "languages": langs,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest


def arched_table(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "arched_table"
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 3)
    org_pool = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    vpn = bb.cloud(rng, irange(rng, 8, 20), pick(rng, ("m247", "leaseweb", "ovh", "linode")))
    langs = _weights(rng, ("en", "es", "de", "fr", "ja", "zh", "pt"), irange(rng, 3, 6))
    accts = []
    for _ in range(n):
        org, pay = pick(rng, org_pool)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="dialogue",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, bb.BROWSERS),
                ips=vpn,
            )
        )
    per_day = float(rng.uniform(6, 15))
    size = float(rng.uniform(4, 8))
    gap = float(rng.uniform(20, 60))
    hold = float(rng.uniform(2, 6)) * HOUR
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    for a in accts:
        sess = bb.session_times(rng, start, ctx.t1, per_day, bb.constant, size, gap, 0.5)
        ts_parts, prompts = [], []
        for s in sess:
            lg = _draw(rng, langs, 1)[0]
            ts_parts.append(s)
            prompts += [tx.dialogue_turn(rng, ctx.chat, lg, k) for k in range(len(s))]
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[j] for j in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=bb.sticky(rng, ts, a.ips, hold),
            comp_median=float(rng.uniform(400, 700)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"VPN exits ({len(vpn)}), sticky {hold / HOUR:.1f} h",
            "user_agent": "browser strings",
            "pacing": f"{per_day:.0f} sessions/day/key of ~{size:.1f} turns, ~{gap:.0f}s apart, round the clock",
            "languages": langs,
        },
    )


# ============================================================================================
# 7. best-of-n / soft-label sampling


def edge_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "edge_ball"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("digitalocean", "vultr", "linode", "scaleway"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("curl/8.5.0", "python-httpx/0.28.1", "Go-http-client/2.0")),
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    q_rate = float(rng.uniform(5, 14))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    style = int(rng.integers(0, 4))
    go = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    q0 = int(rng.integers(0, 10**6))
    qid = q0
    for i, a in enumerate(accts):
        starts = bb.thinned(rng, go, ctx.t1, q_rate * (ctx.t1 - go) / HOUR / n, bb.constant)
        pre = (
            bb.thinned(rng, ctx.release - 6 * HOUR, ctx.release, 2.0, bb.constant)
            if i == 0
            else np.empty(0)
        )
        ts_parts, prompts = [], []
        for s in np.concatenate([pre, starts]).tolist():
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k - 1))])
            p = tx.sampling_prompt(
                rng, qid, style if chance(rng, 0.85) else int(rng.integers(0, 4))
            )
            qid += 1
            ts_parts.append(t)
            prompts += [p] * k
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[j] for j in order.tolist()]
        comp = 40.0 if style in (0, 2) else (140.0 if style == 1 else 400.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=comp,
            comp_sigma=0.8,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": "one",
            "payment": "one card",
            "ip_source": f"{provider}, one address per key",
            "pacing": f"{q_rate:.1f} questions/h, {n_lo}-{n_hi} samples each",
            "style": style,
            "questions": qid - q0,
        },
    )


# ============================================================================================
# 8. curriculum sweep dressed as an ed-tech content team (medium-hard)


def triple_touch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "triple_touch"
    tz = int(pick(rng, (-3, 8, 5, 1, -5)))
    n = irange(rng, 5, 9)
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    pay = bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="content",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    langs = {lg: 1.0 for lg in tx.LANG_OF_TZ[tz]} | {"en": 1.0}
    rate = float(rng.uniform(10, 24))
    curve = bb.workday(
        tz,
        start=float(rng.uniform(7.5, 9.5)),
        end=float(rng.uniform(17, 20)),
        weekend=0.15,
        night=0.05,
    )
    offset = 0
    for a in accts:
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR * 0.35, curve)
        lg = pick(rng, list(langs))
        style = int(rng.integers(0, 3))
        prompts = [tx.curriculum(rng, offset + j, lg, style) for j in range(len(ts))]
        offset += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.05),
            comp_median=float(rng.uniform(550, 900)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x level grid)",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one company card",
            "ip_source": f"office broadband, tz {tz}, {len(office)} address(es)",
            "pacing": f"~{rate:.0f}/h per key in working hours",
            "languages": sorted(langs),
            "items": offset,
            "hard": "medium",
        },
    )


# ============================================================================================
# 9. HARD: code harvest hidden inside a real product's traffic


def thigh_control(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "thigh_control"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 3), provider),
        )
        for _ in range(n)
    ]
    pool = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 400, 900), replace=False).tolist()
    ]
    zipf = 1.0 / np.arange(1, len(pool) + 1) ** float(rng.uniform(0.4, 0.9))
    zipf /= zipf.sum()
    rate = float(rng.uniform(6, 14))
    frac = float(rng.uniform(0.22, 0.4))
    h_start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    curve = bb.global_load(float(rng.uniform(13, 17)), 0.6)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = (ts >= h_start) & (rng.random(len(ts)) < frac)
        prompts, models = [], []
        genuine_models = ctx.models(rng, ts, 0.2, 0.2)
        harvest_models = ctx.models(rng, ts, 0.75, 0.0)
        picked = rng.choice(len(pool), size=len(ts), p=zipf).tolist()
        for j, h in enumerate(harvest.tolist()):
            if h:
                prompts.append(tx.code_task(rng, int(rng.integers(0, 4))))
                models.append(harvest_models[j])
            else:
                prompts.append(pool[picked[j]])
                models.append(genuine_models[j])
        comp = np.where(harvest, 800.0, 330.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest mixed into a real product's traffic",
            "keys": n,
            "orgs": "one (the product)",
            "payment": "the product's corporate card",
            "ip_source": f"{provider} NAT gateways",
            "user_agent": ua,
            "pacing": f"{rate:.0f}/h per key following worldwide product load; harvest share {frac:.2f} from "
            f"{(h_start - ctx.t0) / DAY:.1f} d",
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: bought / compromised aged consumer accounts


def header_return(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "header_return"
    n = irange(rng, 15, 30)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = (
            pick(rng, bb.BROWSERS + bb.MOBILE[:3]) if chance(rng, 0.7) else pick(rng, bb.SDK_COMMON)
        )
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        lang = tx.lang_for_tz(rng, tz) if chance(rng, 0.6) else "en"
        # the owner's own history
        own = [
            ctx.chat[i] for i in rng.integers(0, len(ctx.chat), size=irange(rng, 8, 40)).tolist()
        ]
        t_take = ctx.release + float(rng.uniform(-1.5, 0.6)) * DAY
        takeovers.append(round((t_take - ctx.t0) / DAY, 2))
        sess = bb.session_times(
            rng, ctx.t0, t_take, float(rng.uniform(0.5, 2.0)), bb.evening_person(tz), 3.0, 70.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            bb.picks(rng, own, len(ts)),
            models=ctx.models(rng, ts, 0.15, 0.15),
            comp_median=350.0,
        )
        # after the takeover: same account, same UA, residential proxy in the owner's region
        region_ips = bb.home(rng, irange(rng, 3, 8), tz)
        sess = bb.session_times(
            rng,
            t_take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(6, 12)),
            float(rng.uniform(30, 90)),
        )
        ts = np.concatenate(sess) if sess else np.asarray([t_take + 600.0])
        prompts = [tx.harvest_mix(rng, ctx.chat, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=bb.sticky(rng, ts, region_ips, float(rng.uniform(3, 8)) * HOUR),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought / hijacked aged consumer accounts",
            "keys": n,
            "orgs": "the owners' own",
            "payment": "the owners' own cards",
            "ip_source": "home ISP, then residential proxy in the same region",
            "user_agent": "the owner's, kept",
            "pacing": "owner sessions, then 3-8 heavier sessions/day",
            "takeover_days": takeovers,
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: low-and-slow crowd of person-like accounts


def second_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "second_serve"
    n = irange(rng, 40, 80)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.65) else pick(rng, bb.MOBILE)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = tx.lang_for_tz(rng, tz) if chance(rng, 0.7) else "en"
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = bb.session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
        )
        if not sess:
            sess = [np.asarray([s + 3600.0])]
        ts_parts, prompts = [], []
        for ss in sess:
            ts_parts.append(ss)
            for k in range(len(ss)):
                u = rng.random()
                if k == 0 or u < 0.55:
                    prompts.append(tx.casual_question(rng, lang))
                elif u < 0.85:
                    prompts.append(tx.followup(rng, lang))
                else:
                    prompts.append(
                        tx.reasoning_trace(rng, lang if lang in ("zh", "ru", "es") else "en", 2)
                    )
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=float(rng.uniform(350, 650)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd of person-like accounts",
            "keys": n,
            "orgs": "one per account",
            "payment": "one prepaid card per account",
            "ip_source": "static residential (ISP) proxies matching each persona's time zone",
            "user_agent": "browser / phone strings",
            "pacing": "0.8-2.5 evening sessions/day of 3-7 turns",
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: public prompt replay through a mobile proxy network, shaped like an app backend


def knee_juggle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "knee_juggle"
    n = irange(rng, 10, 25)
    n_cards = irange(rng, 2, 4)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    carriers = list(
        dict.fromkeys(picks(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), 2))
    )
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    rate = float(rng.uniform(4, 10))
    start = ctx.release - float(rng.uniform(0.2, 0.9)) * DAY
    curve = bb.global_load(float(rng.uniform(0, 24)), 0.5)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(
                rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")
            ),
            ips=bb.mobile_v6(rng, 2, carriers[0]),
        )
        accts.append(a)
        s = start + float(rng.uniform(0, 0.6)) * DAY
        ts = bb.thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, curve)
        if len(ts) == 0:
            ts = np.asarray([s])
        idx = order[(cursor + np.arange(len(ts))) % len(order)]
        cursor += len(ts)
        prompts = [ctx.chat[i] for i in idx.tolist()]
        size = max(3, len(ts) // irange(rng, 3, 12))
        pool = (
            bb.mobile_v6(rng, size, pick(rng, carriers))
            if chance(rng, 0.7)
            else bb.resi(rng, size, pick(rng, ("us", "in", "latam", "eu")))
        )
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(3, 25)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=ips,
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human prompts, each once) for new-model answers",
            "keys": n,
            "orgs": "one per key",
            "payment": f"{n_cards} prepaid cards",
            "ip_source": f"mobile proxy network {carriers}",
            "user_agent": "mobile app HTTP clients",
            "pacing": f"{rate:.1f}/h per key, worldwide-app curve",
            "prompts": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "fiteq": fiteq,
    "teqis": teqis,
    "qatch": qatch,
    "teqpong": teqpong,
    "teqvoly": teqvoly,
    "arched_table": arched_table,
    "edge_ball": edge_ball,
    "triple_touch": triple_touch,
    "thigh_control": thigh_control,
    "header_return": header_return,
    "second_serve": second_serve,
    "knee_juggle": knee_juggle,
}
