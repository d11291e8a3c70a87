"""Campaign families of batch 292 (code names: words from kurash).

Each family is `fn(ctx, rng, campaign_id)`: it draws all of its parameters from its own generator,
opens its accounts, writes their events and records its truth. See README.md (read it only after
the monitor's single run on this batch).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import BROWSERS, DAY, HOUR, MINUTE, MOBILE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind292 import texts as tx

from distillguard.sim import ipspace

Rng = np.random.Generator


def _cards(rng: Rng, n_keys: int, mode: str) -> list[str]:
    """One payment fingerprint per key: shared by all, a few rotated, or one each."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return [pool[i % len(pool)] for i in range(n_keys)]
    return [hexid(rng, "pay") for _ in range(n_keys)]


def _orgs(rng: Rng, n_keys: int, n_orgs: int) -> list[str]:
    pool = [hexid(rng, "org") for _ in range(n_orgs)]
    return [pool[i % n_orgs] for i in range(n_keys)]


def _langs(rng: Rng, langs: tuple[str, ...], n: int, weights: tuple[float, ...]) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(langs), size=n, p=w / w.sum())
    return [langs[i] for i in idx.tolist()]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block, one worker pool


def halol(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "halol"
    n_keys = irange(rng, 6, 13)
    n_orgs = irange(rng, 1, 3)
    card_mode = tx.wpick(rng, ("shared", "few", "each"), (0.4, 0.4, 0.2))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = bb.sdk_ua(rng, 0.35)
    orgs, cards = _orgs(rng, n_keys, n_orgs), _cards(rng, n_keys, card_mode)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    langs = ("en", "zh", "ru", "es")
    lw = (
        rng.uniform(0.4, 0.7),
        rng.uniform(0.1, 0.3),
        rng.uniform(0.05, 0.2),
        rng.uniform(0.0, 0.1),
    )
    style_w = rng.dirichlet(np.ones(5) * 1.5)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(22, 55))
    tz = pick(rng, bb.TZS)
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.5)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    comp = float(rng.uniform(900, 1700))
    for a, ts in zip(accts, streams, strict=True):
        ls = _langs(rng, langs, len(ts), lw)
        prompts = [tx.reasoning_trace(rng, lg, int(rng.choice(5, p=style_w))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented_block:{provider}",
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 2),
            "operator_tz": tz,
            "languages": list(langs),
            "start": start,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading in scripted bursts from cloud instances


def yonbosh(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yonbosh"
    n_keys = irange(rng, 3, 8)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    org = hexid(rng, "org")
    cards = _cards(rng, n_keys, "few")
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    tz = pick(rng, bb.TZS)
    start = ctx.t0 + float(rng.uniform(0.5, 3.3)) * DAY
    night = bb.nightly(float(rng.uniform(22, 26)) % 24, float(rng.uniform(4, 9)), tz)
    n_bursts = irange(rng, 25, 60)
    starts = bb.thinned(rng, start, ctx.t1, n_bursts, lambda t: np.maximum(night(t), 0.15))
    size = float(rng.uniform(30, 90))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.7, 2.5)), 0.6, ctx.t1)
    langs = ("en", "zh", "es", "de")
    lw = (0.6, rng.uniform(0.1, 0.3), rng.uniform(0.0, 0.15), rng.uniform(0.0, 0.15))
    style_w = rng.dirichlet(np.ones(4))
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for tr in trains:
        per_key[int(rng.integers(n_keys))].append(tr)
    for a, trs in zip(accts, per_key, strict=True):
        ts = np.sort(np.concatenate(trs)) if trs else np.empty(0)
        ls = _langs(rng, langs, len(ts), lw)
        prompts = [
            tx.judge(rng, ctx.chat, ctx.passages, lg, int(rng.choice(4, p=style_w))) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=230,
            comp_sigma=0.6,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n_keys,
            "payment": "few_prepaid",
            "ip_source": f"cloud:{provider}",
            "pacing": "nightly_bursts",
            "bursts": len(trains),
            "burst_size_mean": round(size, 1),
            "operator_tz": tz,
            "languages": list(langs),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites through short-lived throwaway keys on stolen cards and residential proxies


def chala(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chala"
    n_keys = irange(rng, 10, 20)
    region_set = pick(rng, (("us", "eu"), ("sea", "in"), ("us", "latam", "eu"), ("eu", "ru")))
    pool: list[str] = []
    for r in region_set:
        pool += bb.resi(rng, irange(rng, 60, 150), r)
    hold = float(rng.uniform(5, 25)) * MINUTE
    reuse = chance(rng, 0.5)
    cards = [hexid(rng, "pay") for _ in range(n_keys)]
    if reuse:  # a few cards from the same dump reused on two keys
        for i in range(1, n_keys, 3):
            cards[i] = cards[i - 1]
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="throwaway",
                campaign_id=cid,
                pay=cards[i],
                ua=pick(rng, BROWSERS),
                ips=pool,
            )
        )
    langs = ("zh", "en", "ru", "ar")
    lw = (
        rng.uniform(0.2, 0.5),
        rng.uniform(0.3, 0.5),
        rng.uniform(0.05, 0.2),
        rng.uniform(0.0, 0.12),
    )
    style_w = rng.dirichlet(np.ones(4))
    first = ctx.t0 + float(rng.uniform(0.2, 2.5)) * DAY
    rate = float(rng.uniform(8, 20))
    for a in accts:
        s = first + float(rng.uniform(0, ctx.t1 - first)) * 0.85
        life = float(rng.uniform(0.4, 2.5)) * DAY
        ts = bb.thinned(rng, s, min(ctx.t1, s + life), rate * life / HOUR, bb.constant)
        ls = _langs(rng, langs, len(ts), lw)
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, lg, int(rng.choice(4, p=style_w))) for lg in ls
        ]
        status = np.where(rng.random(len(ts)) < 0.04, 429, 200)
        if len(ts) and chance(rng, 0.5) and s + life < ctx.t1:
            status[-irange(rng, 1, min(5, len(ts))) :] = 402  # the card is declined at the end
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=420,
            comp_sigma=0.55,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "payment": "stolen_cards" + ("_reused" if reuse else ""),
            "ip_source": "residential_proxy:" + "+".join(region_set),
            "proxy_hold_s": round(hold, 1),
            "pacing": "staggered_short_lived_keys",
            "per_hour": round(rate, 2),
            "languages": list(langs),
            "user_agent": "browser",
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories: episodes of chained steps, 24/7


def tanbeh(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tanbeh"
    n_keys = irange(rng, 4, 10)
    provider = pick(rng, ("aws", "gcp", "azure"))
    block = bb.rented_block(rng, provider, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "python-httpx/0.28.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
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
            ips=bb.picks(rng, block, 2),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    eps_per_hour = float(rng.uniform(2.5, 6))
    ep_starts = bb.thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    style_w = rng.dirichlet(np.ones(4) * 2)
    tools_n = irange(rng, 3, 7)
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n_keys)]
    for s in ep_starts.tolist():
        k = int(rng.integers(n_keys))
        goal = pick(rng, tx.AGENT_GOALS)
        style = int(rng.choice(4, p=style_w))
        tools = [
            tx.TOOLS[j]
            for j in sorted(rng.choice(len(tx.TOOLS), size=tools_n, replace=False).tolist())
        ]
        steps = irange(rng, 3, 14)
        t = s
        for j in range(steps):
            per[k][0].append(t)
            per[k][1].append(tx.agent_step(rng, ctx.passages, goal, j, style, tools))
            per[k][2].append(200 + 350 * j)
            t += float(rng.lognormal(np.log(9.0), 0.6))
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.92),
            comp_median=260,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "keys": n_keys,
            "payment": "one_business_card",
            "ip_source": f"rented_block:{provider}",
            "pacing": "episodes_24x7",
            "episodes_per_hour": round(eps_per_hour, 2),
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation in a few long high-rate runs


def dakki(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dakki"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "aws"))
    orgs = _orgs(rng, n_keys, irange(rng, 1, 2))
    pay = hexid(rng, "pay")
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i],
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    langs = ("en", "zh", "ja", "ko", "fr")
    lw = (
        0.5,
        rng.uniform(0.1, 0.4),
        rng.uniform(0.0, 0.15),
        rng.uniform(0.0, 0.1),
        rng.uniform(0.0, 0.1),
    )
    style_w = rng.dirichlet(np.ones(4))
    n_runs = irange(rng, 2, 4)
    per_hour = float(rng.uniform(50, 110))
    runs = []
    for _ in range(n_runs):
        s = ctx.t0 + float(rng.uniform(0.3, 6.5)) * DAY
        runs.append((s, min(ctx.t1, s + float(rng.uniform(6, 30)) * HOUR)))
    streams: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for s, e in runs:
        for i, part in enumerate(bb.worker_pool(rng, s, e, per_hour, n_keys)):
            streams[i].append(part)
    for a, parts in zip(accts, streams, strict=True):
        ts = np.sort(np.concatenate(parts))
        ls = _langs(rng, langs, len(ts), lw)
        prompts = [tx.synth_data(rng, ctx.passages, lg, int(rng.choice(4, p=style_w))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "payment": "shared_card",
            "ip_source": f"cloud:{provider}",
            "pacing": "high_rate_runs",
            "runs": [[round(s, 1), round(e, 1)] for s, e in runs],
            "per_hour": round(per_hour, 2),
            "languages": list(langs),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest through VPN exits, scripted "sessions"


def girrom(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "girrom"
    n_keys = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 4)
    orgs = _orgs(rng, n_keys, n_orgs)
    pays = {o: hexid(rng, "pay") for o in orgs[:n_orgs]}
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    exits = bb.cloud(rng, irange(rng, 8, 16), vpn)
    uas = {
        o: pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
        for o in orgs[:n_orgs]
    }
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[orgs[i]],
            ua=uas[orgs[i]],
            ips=exits,
        )
        for i in range(n_keys)
    ]
    langs = ("en", "es", "pt", "de", "fr")
    lw = (
        0.55,
        rng.uniform(0.05, 0.2),
        rng.uniform(0.05, 0.2),
        rng.uniform(0.0, 0.1),
        rng.uniform(0.0, 0.1),
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_day = float(rng.uniform(12, 35))
    size = float(rng.uniform(5, 10))
    gap = float(rng.uniform(20, 60))
    p_transcript = float(rng.uniform(0.1, 0.4))
    for a in accts:
        sess = bb.session_times(rng, start, ctx.t1, per_day, bb.constant, size, gap, 0.5)
        ts_all, prompts, extra = [], [], []
        for tr in sess:
            lg = _langs(rng, langs, 1, lw)[0]
            for j, t in enumerate(tr.tolist()):
                ts_all.append(t)
                if j == 0:
                    p = (
                        tx.knowledge(rng, lg)
                        if chance(rng, 0.5)
                        else tx.clip(pick(rng, ctx.chat), 20, 500, rng)
                    )
                    if chance(rng, p_transcript):
                        p = tx.dialogue_transcript(rng, ctx.chat, ctx.passages, irange(rng, 1, 3))
                else:
                    p = tx.follow_up(rng, lg)
                prompts.append(p)
                extra.append(j * irange(rng, 250, 500))
        tsa = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.9),
            ips=bb.sticky(rng, tsa, exits, 30 * MINUTE),
            comp_median=480,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card_per_org",
            "ip_source": f"vpn_exits:{vpn}",
            "pacing": "scripted_sessions",
            "sessions_per_day": round(per_day, 2),
            "languages": list(langs),
            "user_agent": "per_org_sdk",
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def gilam(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gilam"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "linode", "vultr"))
    ua = bb.sdk_ua(rng, 0.6)
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
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.2, 4.2)) * DAY
    q_rate = float(rng.uniform(1.5, 4))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    style_w = rng.dirichlet(np.ones(4))
    for a in accts:
        qs = bb.thinned(rng, start, ctx.t1, q_rate * (ctx.t1 - start) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for q in qs.tolist():
            style = int(rng.choice(4, p=style_w))
            p = tx.soft_label(rng, ctx.chat, style)
            n = 1 if style in (0, 1) and chance(rng, 0.6) else irange(rng, n_lo, n_hi)
            t = q + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
        tsa = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.88, p_mini=0.05),
            comp_median=300,
            comp_sigma=0.8,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "payment": "shared_card",
            "ip_source": f"cloud:{provider}",
            "pacing": "poisson_questions_repeated",
            "questions_per_hour": round(q_rate, 2),
            "n_range": [n_lo, n_hi],
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# code curriculum sweep, slow and steady from an office line


def belbog(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "belbog"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
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
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    rate = float(rng.uniform(2.5, 6))
    offset = irange(rng, 0, 5000)
    style_w = rng.dirichlet(np.ones(4) * 2)
    i = offset
    for a in accts:
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(tx.code_curriculum(i, rng, int(rng.choice(4, p=style_w))))
            i += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=750,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "payment": "one_card",
            "ip_source": "office_broadband",
            "pacing": "slow_steady",
            "per_hour_per_key": round(rate, 2),
            "operator_tz": tz,
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real consumer product's backend traffic


def yakhtak(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yakhtak"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(12, 20))
    curve = bb.global_load(peak, float(rng.uniform(0.45, 0.75)))
    user_rate = float(rng.uniform(8, 18))
    frac_pre, frac_post = float(rng.uniform(0.03, 0.1)), float(rng.uniform(0.18, 0.35))
    app_style = irange(rng, 0, 2)
    langs = ("en", "es", "pt", "de", "fr", "id")
    lw = (
        0.55,
        rng.uniform(0.05, 0.2),
        rng.uniform(0.05, 0.2),
        rng.uniform(0.0, 0.1),
        rng.uniform(0.0, 0.1),
        rng.uniform(0.0, 0.1),
    )
    hv_new = float(rng.uniform(0.75, 0.95))
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [tx.app_wrap(rng, pick(rng, ctx.chat), app_style) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.55),
            comp_median=320,
            comp_sigma=0.7,
            err=0.01,
        )
        # the harvest rides on the same key, curve and wrapper; more of it once the new model is out
        pre = bb.thinned(
            rng, ctx.t0, ctx.release, frac_pre * user_rate * (ctx.release - ctx.t0) / HOUR, curve
        )
        post = bb.thinned(
            rng, ctx.release, ctx.t1, frac_post * user_rate * (ctx.t1 - ctx.release) / HOUR, curve
        )
        hts = np.concatenate([pre, post])
        ls = _langs(rng, langs, len(hts), lw)
        hp = [tx.app_wrap(rng, tx.natural_harvest(rng, lg), app_style) for lg in ls]
        ctx.emit(
            rng,
            a,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=hv_new, p_mini=0.1),
            comp_median=520,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "keys": n_keys,
            "payment": "company_card",
            "ip_source": f"cloud_nat:{provider}",
            "pacing": "global_product_load",
            "user_per_hour": round(user_rate, 2),
            "harvest_fraction": [round(frac_pre, 3), round(frac_post, 3)],
            "app_style": app_style,
            "languages": list(langs),
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged personal accounts, pivoting to low-volume harvest after the release


def pahlavon(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pahlavon"
    n = irange(rng, 18, 36)
    tzs = (-8, -5, -3, 0, 1, 2, 5, 8, 9)
    switch_ua = float(rng.uniform(0.2, 0.6))
    accts, pivots = [], []
    lang_of_tz = {-3: "pt", 1: "de", 2: "fr", 8: "id", 9: "en", 5: "hi"}
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = bb.evening_person(tz)
        pivot = ctx.release + float(rng.uniform(0.05, 1.6)) * DAY
        pivots.append(pivot)
        # the previous owner's ordinary use up to the sale
        sess = bb.session_times(
            rng,
            ctx.t0,
            pivot - float(rng.uniform(0.3, 2.0)) * DAY,
            float(rng.uniform(0.4, 1.6)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 150)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [tx.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=330)
        # after the sale: same person-like shape, more of it, through residential exits of the same region
        region = pick(rng, ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))
        pool = bb.resi(rng, irange(rng, 20, 60), region)
        sess = bb.session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            curve,
            float(rng.uniform(5, 11)),
            float(rng.uniform(35, 110)),
        )
        hts = np.concatenate(sess) if sess else np.empty(0)
        lg = lang_of_tz.get(tz, "en") if chance(rng, 0.3) else "en"
        hp = [tx.natural_harvest(rng, lg) for _ in range(len(hts))]
        new_ua = bb.SDK_COMMON[0] if chance(rng, switch_ua) else ua
        ctx.emit(
            rng,
            a,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, hts, pool, float(rng.uniform(20, 60)) * MINUTE),
            ua=new_ua,
            comp_median=560,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_pivot",
            "keys": n,
            "payment": "original_owners_cards",
            "ip_source": "home_then_residential_proxy_same_region",
            "pacing": "person_sessions",
            "pivots": [round(p, 1) for p in pivots],
            "ua_switch_share": round(switch_ua, 3),
            "languages": ["en", "local"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow crowd of paid people pasting from a shared task list


def hakam(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hakam"
    n = irange(rng, 28, 55)
    tz_lang = (
        (5, ("en", "hi")),
        (8, ("id", "vi", "zh")),
        (-3, ("pt", "es")),
        (3, ("ru", "tr")),
        (1, ("fr", "de", "en")),
    )
    tz_w = rng.dirichlet(np.ones(len(tz_lang)) * 2)
    card_pool = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 1, 3)))]
    p_local = float(rng.uniform(0.3, 0.7))
    mob_kind = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile", 3: "eu_mobile"}
    accts = []
    for _ in range(n):
        tz, ls = tz_lang[int(rng.choice(len(tz_lang), p=tz_w))]
        mobile = chance(rng, 0.45) and tz in mob_kind
        ips = (
            bb.mobile_v6(rng, irange(rng, 3, 8), mob_kind[tz])
            if mobile
            else bb.home(rng, irange(rng, 1, 2), tz)
        )
        ua = pick(rng, MOBILE) if mobile or chance(rng, 0.3) else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pick(rng, card_pool),
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        join = ctx.release + float(rng.uniform(-0.6, 1.8)) * DAY
        sess = bb.session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(50, 160)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            lg = pick(rng, ls) if chance(rng, p_local) else "en"
            prompts.append(tx.natural_harvest(rng, lg))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=620
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid_crowd_low_and_slow",
            "keys": n,
            "payment": f"prepaid_virtual_cards:{len(card_pool)}",
            "ip_source": "workers_home_and_mobile",
            "pacing": "evening_sessions",
            "local_language_share": round(p_local, 3),
            "languages": sorted({lg for _, ls in tz_lang for lg in ls}),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay at heavy-user rates from an office and a small cloud box


def davra(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "davra"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1, 2, 8, 9))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    box = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "hetzner")))
    orgs = _orgs(rng, n_keys, irange(rng, 1, 2))
    pay = hexid(rng, "pay")
    ua = "OpenAI/Python 1.54.0"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=orgs[i],
            pay=pay,
            ua=ua,
            ips=office + box,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(12, 28))
    curve = bb.workday(
        tz, night=float(rng.uniform(0.05, 0.2)), weekend=float(rng.uniform(0.1, 0.4))
    )
    p_box = float(rng.uniform(0.2, 0.5))
    for a in accts:
        ts = bb.thinned(rng, start, ctx.t1, rate * 0.45 * (ctx.t1 - start) / HOUR, curve)
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            prompts.append(p.strip() if chance(rng, 0.9) else p.strip().lower())
        ips = [pick(rng, box) if chance(rng, p_box) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            ips=ips if len(ts) else None,
            comp_median=420,
            comp_sigma=0.8,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "payment": "one_card",
            "ip_source": "office_broadband+cloud_box",
            "pacing": "workday_poisson",
            "per_hour_peak": round(rate, 2),
            "operator_tz": tz,
            "start": start,
            "prompts_replayed": cursor,
            "languages": ["as_source"],
            "user_agent": ua,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "halol": halol,
    "yonbosh": yonbosh,
    "chala": chala,
    "tanbeh": tanbeh,
    "dakki": dakki,
    "girrom": girrom,
    "gilam": gilam,
    "belbog": belbog,
    "yakhtak": yakhtak,
    "pahlavon": pahlavon,
    "hakam": hakam,
    "davra": davra,
}
