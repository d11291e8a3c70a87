"""Campaign families of batch 121 (code names from kabaddi). Each is a generator
`family(ctx, rng, campaign_id)` that opens its accounts, writes their events into the shared sink
and records the campaign; every choice comes from the family's own rng.

At least four are built to pass for legitimate use: `toe_touch` (harvest inside a real product's
queue), `golden_raid` (bought aged consumer accounts), `empty_raid` (a low-and-slow crowd of
person-like accounts) and `lona` (public-prompt replay from an office, chosen/rejected pairs)."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind121 import texts as tx

Rng = np.random.Generator


def _weighted(rng: Rng, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    p = np.asarray([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _mix(rng: Rng, options: dict[str, float]) -> dict[str, float]:
    """A campaign's own version of a language/style mix: the same support, jittered weights."""
    return {k: float(v * rng.uniform(0.5, 1.5)) for k, v in options.items()}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool around the release


def super_tackle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "super_tackle"
    n_keys, n_orgs, n_cards = irange(rng, 18, 32), irange(rng, 2, 4), irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "selectel"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 9))
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    main_ua = bb.sdk_ua(rng, 0.6)
    accts = []
    for i in range(n_keys):
        ua = main_ua if chance(rng, 0.8) else bb.sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_cards],
                ua=ua,
                ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)],
            )
        )
    langs = _mix(rng, {"en": 0.55, "zh": 0.2, "ru": 0.1, "es": 0.08, "ja": 0.07})
    warm = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    full = ctx.release + float(rng.uniform(0.0, 4.0)) * HOUR
    pre = bb.worker_pool(rng, warm, full, float(rng.uniform(15, 40)), n_keys)
    post = bb.worker_pool(rng, full, ctx.t1, float(rng.uniform(110, 190)), n_keys)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        styles = rng.choice(5, size=irange(rng, 1, 2), replace=False).tolist()
        ls = _weighted(rng, langs, len(ts))
        prompts = [tx.reasoning_prompt(rng, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.01),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool",
            "ip_source": f"rented {provider} block",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "languages": sorted(langs),
            "warm_start": warm,
            "full_rate_from": full,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading for an RL loop: prepaid card per key, batch bursts


def do_or_die(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "do_or_die"
    n_keys = irange(rng, 8, 14)
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 20, 40), provider)
    uas = ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=[str(x) for x in rng.choice(pool, size=irange(rng, 2, 6), replace=False)],
        )
        for _ in range(n_keys)
    ]
    a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    gap = float(rng.uniform(40, 90)) * MINUTE
    starts = bb.thinned(rng, a0, ctx.t1, (ctx.t1 - a0) / gap, bb.constant)
    # checkpoint/eval pauses: drop batches inside two multi-hour windows
    for _ in range(2):
        p0 = float(rng.uniform(a0, ctx.t1))
        starts = starts[(starts < p0) | (starts > p0 + float(rng.uniform(3, 9)) * HOUR)]
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        size = irange(rng, 30, 90)
        who = rng.integers(0, n_keys, size=size)
        for k in range(n_keys):
            m = int((who == k).sum())
            if m:
                per_key[k].extend(
                    bb.bursts(rng, np.array([s + float(rng.uniform(0, 20))]), m, 0.9, 0.6)
                )
    styles = _mix(rng, {"0": 0.3, "1": 0.25, "2": 0.2, "3": 0.1, "4": 0.08, "5": 0.07})
    for k, a in enumerate(accts):
        ts = _cat(per_key[k])
        st = _weighted(rng, styles, len(ts))
        prompts = [tx.judge_prompt(rng, ctx.chat, ctx.passages, int(s)) for s in st]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "RL-loop batch bursts",
            "ip_source": f"{provider} autoscaling",
            "payment": "prepaid card per key",
            "keys": n_keys,
            "batch_gap_s": gap,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over VPN exits with stolen cards and key rotation


def dubki(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dubki"
    exits = bb.cloud(rng, irange(rng, 25, 45), "m247") + bb.cloud(
        rng, irange(rng, 10, 20), "leaseweb"
    )
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    langs = _mix(rng, {"zh": 0.45, "en": 0.3, "ar": 0.1, "ru": 0.1, "vi": 0.05})
    slots = irange(rng, 5, 8)
    accts = []
    for _ in range(slots):
        t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        while t < ctx.t1:
            life = float(rng.uniform(0.6, 2.2)) * DAY
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="rotating key",
                campaign_id=cid,
                org=pick(rng, orgs),
                ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0")),
                ips=exits,
            )
            accts.append(a)
            ts = bb.thinned(
                rng, t, min(t + life, ctx.t1), float(rng.uniform(4, 10)) * life / HOUR, bb.constant
            )
            ls = _weighted(rng, langs, len(ts))
            prompts = [
                tx.policy_prompt(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 3)) for lg in ls
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.85, 0.03),
                ips=bb.sticky(rng, ts, exits, float(rng.uniform(20, 60)) * MINUTE),
                comp_median=600.0,
                err=0.015,
            )
            t += life + float(rng.uniform(0.5, 6.0)) * HOUR
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "slow steady, rotating keys",
            "ip_source": "VPN exits (m247, leaseweb)",
            "payment": "stolen card per key",
            "slots": slots,
            "keys": len(accts),
            "languages": sorted(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts dressed as an agent product


def ankle_hold(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ankle_hold"
    n_keys = irange(rng, 6, 10)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 4, 8), pick(rng, ("gcp", "azure")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.54.0")),
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    a0 = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    curve = bb.global_load(float(rng.uniform(12, 18)), 0.4)
    for a in accts:
        starts = bb.thinned(rng, a0, ctx.t1, float(rng.uniform(2, 4)) * (ctx.t1 - a0) / HOUR, curve)
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            style = irange(rng, 0, 3)
            domain, task = tx.agent_task(rng)
            steps = 1 if style == 3 else irange(rng, 3, 12)
            t = s
            for j in range(steps):
                p, ex = tx.agent_prompt(rng, ctx.passages, style, j, domain, task)
                ts_all.append(t)
                prompts.append(p)
                extra.append(ex + 60 * j)
                comp.append(1400.0 if style == 3 else 220.0)
                t += float(rng.lognormal(np.log(6.0), 0.6))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=np.asarray(comp),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "pacing": "episodes on a global curve",
            "ip_source": "cloud NAT",
            "payment": "one card",
            "keys": n_keys,
            "start": a0,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: a few keys, nightly bulk jobs, long outputs


def chain_tackle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chain_tackle"
    n_keys = irange(rng, 3, 6)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = bb.hexid(rng, "pay")
    tz = pick(rng, (8, 9, 3, -5))
    provider = pick(rng, ("oracle", "aws", "alibaba", "tencent"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    langs = _mix(rng, {"en": 0.7, "es": 0.08, "de": 0.07, "ja": 0.08, "ko": 0.07})
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    start_h = float(rng.uniform(0, 3))
    for d in range(8):
        s = day0 + d * DAY + (start_h - tz) * HOUR + float(rng.uniform(0, 40)) * MINUTE
        big = s >= ctx.release - 6 * HOUR
        for k in range(n_keys):
            n = irange(rng, 150, 400) if big else irange(rng, 20, 60)
            per_key[k].extend(
                bb.bursts(rng, np.array([s + float(rng.uniform(0, 60))]), n, 2.2, 0.5)
            )
        # a few daytime test calls
        for k in rng.choice(n_keys, size=irange(rng, 0, 2)).tolist():
            per_key[k].append(
                s
                + float(rng.uniform(8, 14)) * HOUR
                + np.cumsum(rng.lognormal(np.log(30), 0.8, irange(rng, 2, 8)))
            )
    for k, a in enumerate(accts):
        ts = _cat(per_key[k])
        ls = _weighted(rng, langs, len(ts))
        prompts = [tx.synth_prompt(rng, ctx.chat, lg, irange(rng, 0, 4)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=1800.0,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly bulk bursts",
            "ip_source": f"{provider} VMs",
            "keys": n_keys,
            "tz": tz,
            "languages": sorted(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through a rotating residential proxy, shared cards


def bonus_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bonus_line"
    n_keys, n_cards = irange(rng, 12, 20), irange(rng, 2, 4)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    proxy_regions = [
        str(x) for x in rng.choice(["us", "eu", "sea", "latam", "in"], size=3, replace=False)
    ]
    pool = [ip for r in proxy_regions for ip in bb.resi(rng, irange(rng, 60, 120), r)]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    langs = _mix(rng, {"en": 0.7, "es": 0.08, "de": 0.07, "zh": 0.08, "pt": 0.07})
    a0 = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    for a in accts:
        fmt = irange(rng, 0, 3)
        starts = bb.thinned(
            rng, a0, ctx.t1, float(rng.uniform(1.0, 2.5)) * (ctx.t1 - a0) / HOUR, bb.constant
        )
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            lg = _weighted(rng, langs, 1)[0]
            opener = tx.human(rng, ctx.chat, 900)
            ip = pick(rng, pool)
            answers: list[str] = []
            asks: list[str] = []
            t = s
            for _ in range(irange(rng, 3, 8)):
                ts_all.append(t)
                prompts.append(tx.dialogue_prompt(rng, opener, answers, asks, fmt))
                ips.append(ip)
                answers.append(tx.passage(rng, ctx.passages, 200, 600))
                asks.append(pick(rng, tx.FOLLOWUPS[lg]))
                t += float(rng.lognormal(np.log(9.0), 0.5))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=ips,
            comp_median=500.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "parallel conversations",
            "ip_source": "rotating residential proxy",
            "proxy_regions": proxy_regions,
            "cards": n_cards,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt many times in a burst


def baulk_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "baulk_line"
    n_keys = irange(rng, 5, 9)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="aiohttp/3.11.11",
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    a0 = ctx.release + float(rng.uniform(0.5, 8.0)) * HOUR
    comp_of = {0: 450.0, 1: 2.0, 2: 70.0, 3: 40.0}
    for a in accts:
        starts = bb.thinned(
            rng, a0, ctx.t1, float(rng.uniform(1.2, 2.5)) * (ctx.t1 - a0) / HOUR, bb.constant
        )
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            style = int(rng.choice(4, p=[0.45, 0.25, 0.15, 0.15]))
            p = tx.sample_prompt(rng, ctx.chat, style)
            n = irange(rng, 4, 10) if style in (0, 3) else irange(rng, 12, 24)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.35), 0.5, n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            comp.extend([comp_of[style]] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.99, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "repeat bursts",
            "ip_source": f"rented {provider} block",
            "keys": n_keys,
            "start": a0,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest: problem x language grid in batch bursts, two prepaid cards


def sadugudu(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sadugudu"
    n_keys, n_orgs = irange(rng, 8, 14), irange(rng, 2, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="coder",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % 2],
                ua=pick(rng, ("python-httpx/0.28.1", "curl/8.5.0")),
                ips=bb.cloud(rng, 1, pick(rng, ("digitalocean", "vultr"))),
            )
        )
    a0 = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for o in range(n_orgs):
        members = [k for k in range(n_keys) if k % n_orgs == o]
        starts = bb.thinned(
            rng, a0, ctx.t1, (ctx.t1 - a0) / (float(rng.uniform(45, 100)) * MINUTE), bb.constant
        )
        for s in starts.tolist():
            for k in members:
                if chance(rng, 0.8):
                    per_key[k].extend(
                        bb.bursts(rng, np.array([s + float(rng.uniform(0, 30))]), 8.0, 1.6, 0.6)
                    )
    styles = rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist()
    for k, a in enumerate(accts):
        ts = _cat(per_key[k])
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.02), comp_median=900.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "pacing": "batch bursts per org",
            "ip_source": "digitalocean/vultr droplets",
            "orgs": n_orgs,
            "cards": 2,
            "keys": n_keys,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest slipped into a real writing product's queue


_PRODUCT_NAMES = ("Inkwell", "Draftly", "Scribo", "Penwise", "Wordloom", "Proselab")


def toe_touch(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "toe_touch"
    product = pick(rng, _PRODUCT_NAMES)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    n_keys = irange(rng, 3, 5)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    base = float(rng.uniform(8, 16))
    share = float(rng.uniform(0.25, 0.4))
    h0 = ctx.release - float(rng.uniform(0, 12)) * HOUR
    tones = ("neutral", "friendly", "formal", "concise", "academic")
    for a in accts:
        rate = base * float(rng.uniform(0.6, 1.4))
        ts_p = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_h = bb.thinned(rng, h0, ctx.t1, rate * share / (1 - share) * (ctx.t1 - h0) / HOUR, curve)
        prompts_p = [
            tx.product_wrap(
                product, pick(rng, tones), tx.product_user_text(rng, ctx.chat, ctx.passages)
            )
            for _ in range(len(ts_p))
        ]
        prompts_h = [
            tx.product_wrap(product, pick(rng, tones), tx.harvest_in_product(rng))
            for _ in range(len(ts_h))
        ]
        models_p = ctx.models(rng, ts_p, 0.75, 0.25)
        models_h = ctx.models(rng, ts_h, 0.98, 0.0)
        ts = np.concatenate([ts_p, ts_h])
        order = np.argsort(ts, kind="stable")
        prompts = [(prompts_p + prompts_h)[i] for i in order.tolist()]
        models = [(models_p + models_h)[i] for i in order.tolist()]
        comp = np.concatenate([np.full(len(ts_p), 330.0), np.full(len(ts_h), 1000.0)])[order]
        ctx.emit(rng, a, ts[order], prompts, models=models, comp_median=comp, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "product": product,
            "pacing": "product load curve",
            "ip_source": "aws NAT",
            "keys": n_keys,
            "harvest_share": share,
            "harvest_from": h0,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged consumer accounts taken over around the release


def golden_raid(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "golden_raid"
    n = irange(rng, 20, 32)
    lang_of_region = {
        "us": ("en",),
        "ca": ("en", "fr"),
        "latam": ("es", "pt"),
        "eu": ("en", "de", "fr"),
        "ru": ("ru", "tr"),
        "in": ("hi", "en"),
        "sea": ("id", "vi"),
        "cn": ("zh",),
        "jp_kr": ("ja", "ko"),
    }
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ[tz])
        owner_ua = pick(rng, bb.BROWSERS + bb.MOBILE + bb.SDK_COMMON)
        homeip = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="bought aged account",
            campaign_id=cid,
            ua=owner_ua,
            ips=homeip,
            tz=tz,
        )
        accts.append(a)
        take = ctx.t0 if chance(rng, 0.3) else ctx.release + float(rng.uniform(-0.6, 1.5)) * DAY
        takeovers.append(take)
        # the original owner's last days of ordinary use
        if take > ctx.t0:
            sess = bb.session_times(
                rng, ctx.t0, take, float(rng.uniform(0.5, 2.0)), bb.evening_person(tz), 3.0, 70.0
            )
            ts = _cat(sess)
            ctx.emit(
                rng,
                a,
                ts,
                [tx.human(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.2, 0.2),
                comp_median=350.0,
            )
        # the operator, mimicking the owner's hours from a proxy in the owner's region
        ua = owner_ua if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(35, 80)),
        )
        proxy = bb.resi(rng, 40, region)
        langs = lang_of_region[region]
        for s in sess:
            if len(s) == 0:
                continue
            prompts = []
            for _ in range(len(s)):
                u = rng.random()
                if u < 0.55:
                    prompts.append(
                        tx.explainer(rng, pick(rng, langs) if chance(rng, 0.7) else "en")
                    )
                elif u < 0.75:
                    prompts.append(tx.casualise(rng, tx.problem_en(rng)) + " explain fully pls")
                elif u < 0.87:
                    prompts.append(tx.code_prompt(rng, 0))
                else:
                    prompts.append(tx.human(rng, ctx.chat))
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.8, 0.05),
                ips=pick(rng, proxy),
                ua=ua,
                comp_median=750.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts",
            "pacing": "owner-hour sessions",
            "ip_source": "residential proxy in owner's region",
            "accounts": n,
            "takeovers": [float(x) for x in takeovers],
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts (translation and explanations)


def empty_raid(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "empty_raid"
    n = irange(rng, 60, 100)
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, int(n * float(rng.uniform(0.5, 0.8)))))]
    targets = [str(x) for x in rng.choice(list(tx.TARGETS), size=irange(rng, 5, 8), replace=False)]
    personas = {
        "in": (5, "in_mobile", ("hi", "en")),
        "sea": (8, None, ("id", "vi")),
        "latam": (-3, "br_mobile", ("pt", "es")),
        "us": (-5, "us_mobile", ("en", "es")),
        "eu": (1, "eu_mobile", ("de", "fr", "en")),
        "ru": (3, None, ("ru", "tr")),
    }
    accts = []
    for _ in range(n):
        region = pick(rng, tuple(personas))
        tz, mob, langs = personas[region]
        on_phone = mob is not None and chance(rng, 0.4)
        ua = pick(rng, bb.MOBILE if on_phone else bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd account",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(-0.5, 2.5)) * DAY
        end = min(ctx.t1, start + float(rng.uniform(2.0, 5.0)) * DAY)
        sess = bb.session_times(
            rng,
            start,
            end,
            float(rng.uniform(1.0, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 120)),
        )
        for s in sess:
            if len(s) == 0:
                continue
            ip = bb.mobile_v6(rng, 1, mob)[0] if on_phone else bb.resi(rng, 1, region)[0]
            prompts = []
            for _ in range(len(s)):
                u = rng.random()
                if u < 0.55:
                    prompts.append(
                        tx.translation_request(rng, ctx.chat, ctx.passages, pick(rng, targets))
                    )
                elif u < 0.9:
                    prompts.append(tx.explainer(rng, pick(rng, langs)))
                else:
                    prompts.append(tx.human(rng, ctx.chat))
            ctx.emit(
                rng, a, s, prompts, models=ctx.models(rng, s, 0.75, 0.05), ips=ip, comp_median=520.0
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person-like crowd harvest",
            "pacing": "evening sessions",
            "ip_source": "rotating residential and carrier IPv6",
            "accounts": n,
            "cards": len(cards),
            "targets": targets,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public-prompt replay from an office line, chosen/rejected pairs across models


def lona(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lona"
    n_keys = irange(rng, 4, 7)
    tz = pick(rng, (0, 1, 2, 3, 5, 8, -5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    a0 = ctx.release + float(rng.uniform(0, 0.5)) * DAY
    curve = bb.workday(
        tz,
        start=float(rng.uniform(8, 10)),
        end=float(rng.uniform(17, 19.5)),
        weekend=0.02,
        night=0.0,
    )
    ts_k = [
        bb.thinned(rng, a0, ctx.t1, float(rng.uniform(12, 24)) * (ctx.t1 - a0) / HOUR * 0.4, curve)
        for _ in range(n_keys)
    ]
    events = sorted((t, k) for k in range(n_keys) for t in ts_k[k].tolist())
    queue = [ctx.chat[i] for i in rng.permutation(len(ctx.chat)).tolist()]
    qi = 0
    pending: list[str] = []
    p_pair = float(rng.uniform(0.4, 0.7))
    out: list[list[tuple[float, str, str]]] = [[] for _ in range(n_keys)]
    for t, k in events:
        if pending and chance(rng, 0.5):
            out[k].append(
                (t, pending.pop(0), pick(rng, ctx.old_models[:1] * 4 + ctx.old_models[-1:]))
            )
        else:
            p = queue[qi % len(queue)]
            qi += 1
            out[k].append((t, p, ctx.new_model))
            if chance(rng, p_pair):
                pending.append(p)
    for k, a in enumerate(accts):
        if not out[k]:
            continue
        ts = np.asarray([e[0] for e in out[k]])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in out[k]],
            models=[e[2] for e in out[k]],
            comp_median=420.0,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay, chosen/rejected pairs",
            "pacing": "office hours",
            "ip_source": "office broadband",
            "keys": n_keys,
            "tz": tz,
            "pair_share": p_pair,
            "start": a0,
        },
    )


CAMPAIGN_FAMILIES = {
    "super_tackle": super_tackle,
    "do_or_die": do_or_die,
    "dubki": dubki,
    "ankle_hold": ankle_hold,
    "chain_tackle": chain_tackle,
    "bonus_line": bonus_line,
    "baulk_line": baulk_line,
    "sadugudu": sadugudu,
    "toe_touch": toe_touch,
    "golden_raid": golden_raid,
    "empty_raid": empty_raid,
    "lona": lona,
}
