"""Campaign families of batch 137 (code names from pickleball).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a family
varies (keys, orgs, cards, pacing, addresses, agents, languages, models) comes from its own rng.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind137 import texts as tx

FAM = "campaign"


def _f(x) -> float:
    return round(float(x), 3)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: np.random.Generator, weights: dict[str, float], n: int) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _human_like_ua(rng: np.random.Generator) -> str:
    """A client string that ordinary API users send a lot."""
    return pick(rng, bb.SDK_COMMON[:3]) if chance(rng, 0.7) else pick(rng, bb.BROWSERS)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented hosting, worker pool


def dink(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dink"
    n_keys = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    langs = {"en": 0.5, "zh": 0.2, "ru": 0.12, "es": 0.12, "ko": 0.06}
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, block) for _ in range(irange(rng, 2, 4))]
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate_pre, rate_post = float(rng.uniform(35, 60)), float(rng.uniform(60, 100))
    pre = bb.worker_pool(rng, start, ctx.release, rate_pre, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, rate_post, n_keys
    )
    styles = irange(rng, 0, 4)
    for a, ts in zip(accts, (_cat([x, y]) for x, y in zip(pre, post, strict=True)), strict=True):
        lg = _langs(rng, langs, len(ts))
        prompts = [tx.trace_coercion(rng, g, styles + irange(rng, 0, 2)) for g in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1400,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "Poisson worker pool, faster after release",
            "rate_per_hour": [_f(rate_pre), _f(rate_post)],
            "ip_source": f"rented hosting block ({provider})",
            "payment": f"{len(cards)} shared prepaid cards over {n_orgs} orgs",
            "user_agent": ua,
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through residential proxies with stolen cards


def erne(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "erne"
    n_keys = irange(rng, 10, 18)
    pool = bb.resi(rng, irange(rng, 200, 400), pick(rng, ("us", "eu", "*")))
    hold = float(rng.uniform(10, 30)) * MINUTE
    accts = []
    for _ in range(n_keys):
        ua = bb.sdk_ua(rng, 0.4)
        accts.append(
            ctx.account(
                rng, label=FAM, family=name, role="burner", campaign_id=cid, ua=ua, ips=pool[:1]
            )
        )
    for a in accts:
        # a stolen card lasts a day or three before the chargeback closes the key
        life0 = float(rng.uniform(ctx.t0, ctx.t1 - DAY))
        life1 = min(ctx.t1, life0 + float(rng.uniform(1.0, 3.0)) * DAY)
        starts = bb.thinned(
            rng, life0, life1, float(rng.uniform(6, 12)) * (life1 - life0) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(18, 32)), float(rng.uniform(2, 5)), b=life1)
        )
        styles = rng.integers(0, 6, size=len(ts)).tolist()
        prompts = [
            tx.grading(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), s
            )
            for s in styles
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=420,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "pairwise judging, rubric scores, reward-model probabilities, critiques",
            "pacing": "bursts per key inside a 1-3 day key lifetime",
            "ip_source": "residential proxy, sticky sessions",
            "sticky_s": _f(hold),
            "payment": "one stolen card per key (distinct orgs)",
            "user_agent": "per-key SDK",
            "languages": {"en": 0.67, "de": 0.17, "es": 0.16},
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe rewrites from cloud plus VPN exits, office hours in UTC+8


def tweener(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tweener"
    n_keys = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    cloud = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("alibaba", "tencent", "ucloud")))
    vpn = bb.cloud(rng, irange(rng, 5, 10), pick(rng, ("m247", "leaseweb", "vultr")))
    p_zh = float(rng.uniform(0.4, 0.65))
    accts = []
    for i in range(n_keys):
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=card,
                ua=ua,
                ips=cloud + vpn,
                tz=8,
            )
        )
    office = bb.workday(8, start=9.0, end=21.0, weekend=0.3)
    for a in accts:
        n_day = float(rng.uniform(60, 140))
        ts = _cat(
            [
                bb.thinned(rng, ctx.t0, ctx.t1, n_day * 7, office),
                bb.thinned(rng, ctx.t0, ctx.t1, n_day * 1.5, bb.nightly(1, 4, 8)),
            ]
        )
        prompts = [
            tx.policy_rewrite(
                rng,
                "zh" if chance(rng, p_zh) else "en",
                irange(rng, 0, 4),
                pick(rng, ctx.passages),
                pick(rng, ctx.chat),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=520, err=0.02
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe rewrites of sensitive questions and answers",
            "pacing": "office hours UTC+8 plus an overnight batch",
            "ip_source": "Chinese cloud plus VPN exits",
            "payment": "one corporate card",
            "languages": {"zh": _f(p_zh), "en": _f(1 - p_zh)},
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an "agent startup" on AWS/GCP


def falafel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "falafel"
    n_keys = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng,
            (
                "litellm/1.60.2",
                "langchain-openai/0.3.6",
                "dspy/2.6.3 litellm/1.60.2",
                "OpenAI/Python 1.54.0",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 2), prov),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(6, 11))
    episodes = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.global_load(15, 0.3))
    p_synth = float(rng.uniform(0.15, 0.35))
    for a, eps in zip(accts, episodes, strict=True):
        ts_all, prompts, extras, comps = [], [], [], []
        for e in eps.tolist():
            lang = "zh" if chance(rng, 0.1) else ("ja" if chance(rng, 0.05) else "en")
            task = tx.agent_task(rng, lang)
            tools = list(rng.choice(list(tx.TOOLS), size=irange(rng, 3, 6), replace=False))
            if chance(rng, p_synth):
                p, x = tx.agent_step(rng, 3, task, 0, tools)
                ts_all.append(e)
                prompts.append(p)
                extras.append(x)
                comps.append(1800.0)
                continue
            style = irange(rng, 0, 2)
            k = irange(rng, 4, 14)
            t = e + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                p, x = tx.agent_step(rng, style, task, j, tools)
                ts_all.append(tj)
                prompts.append(p)
                extras.append(x)
                comps.append(220.0)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(comps)[order],
            extra=np.asarray(extras, dtype=np.int64)[order],
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-step tool-use episodes and whole synthetic trajectories",
            "pacing": "episode queue over workers, tight step trains",
            "episodes_per_hour": _f(per_hour),
            "synthetic_share": _f(p_synth),
            "ip_source": f"{prov} instances",
            "payment": "one org, one card",
            "languages": {"en": 0.85, "zh": 0.1, "ja": 0.05},
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: a nightly curriculum sweep from cheap VPS


def flapjack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "flapjack"
    n_keys = irange(rng, 3, 6)
    card = hexid(rng, "pay")
    prov = pick(rng, ("contabo", "vultr", "digitalocean", "hetzner"))
    tz = pick(rng, (2, 3, 5))
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="sweeper",
            campaign_id=cid,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
            ips=bb.cloud(rng, 1, prov),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    per_hour = float(rng.uniform(25, 45))
    langs = {"en": 0.6, "pt": 0.15, "es": 0.15, "fr": 0.1}
    cell = irange(rng, 0, 50)
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * hours * 7, bb.nightly(start_h, hours, tz))
        lg = _langs(rng, langs, len(ts))
        prompts = []
        for g in lg:
            prompts.append(
                tx.dataset_request(
                    rng, cell * n_keys + i, g, irange(rng, 0, 4), pick(rng, ctx.chat)
                )
            )
            cell += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=2200,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction data over a subject x concept x level grid",
            "pacing": f"nightly cron {start_h:.1f}h + {hours:.1f}h local (UTC{tz:+d})",
            "rate_per_hour_per_key": _f(per_hour),
            "ip_source": f"one {prov} VPS per key",
            "payment": "one prepaid card, an org per key",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a user simulator behind residential proxies


def nasty_nelson(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "nasty_nelson"
    n_keys = irange(rng, 12, 22)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    regions = ["us", "eu", "latam"]
    pools = {r: bb.resi(rng, 120, r) for r in regions}
    langs = {"en": 0.5, "es": 0.15, "fr": 0.1, "pt": 0.1, "ja": 0.08, "de": 0.07}
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="dialogue",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=pick(rng, bb.BROWSERS),
                ips=pools["us"][:1],
            )
        )
    p_flat = float(rng.uniform(0.2, 0.5))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(7, 13)),
            bb.constant,
            float(rng.uniform(5, 8)),
            float(rng.uniform(15, 35)),
            0.5,
        )
        ts_all, prompts, ips = [], [], []
        for s in sess:
            lang = tx.weighted(rng, langs)
            region = (
                "latam"
                if lang in ("es", "pt")
                else ("eu" if lang in ("fr", "de") else pick(rng, regions))
            )
            ip = pick(rng, pools[region])
            opener, passage = pick(rng, ctx.chat), pick(rng, ctx.passages)
            flat = chance(rng, p_flat)
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, lang, j, opener, passage, flat))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=600,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (opener + simulated follow-ups)",
            "pacing": "machine sessions around the clock",
            "flattened_history_share": _f(p_flat),
            "ip_source": "residential proxies by language region, one exit per session",
            "payment": f"{len(cards)} cards over {n_keys} orgs",
            "user_agent": "spoofed desktop browsers",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling from a GCP pool


def shake_and_bake(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "shake_and_bake"
    n_keys = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    per_hour = float(rng.uniform(3, 6))
    groups = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    p_soft = float(rng.uniform(0.3, 0.5))
    ns = (4, 8, 8, 16)
    for a, g in zip(accts, groups, strict=True):
        ts_all, prompts = [], []
        for s in g.tolist():
            p = (
                tx.soft_label(rng, irange(rng, 0, 1))
                if chance(rng, p_soft)
                else pick(rng, ctx.chat)
            )
            n = pick(rng, ns)
            t = s + np.sort(rng.exponential(float(rng.uniform(0.3, 2.0)), size=n))
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=ctx.models(rng, ts[order], p_new=0.92),
            comp_median=380,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n resampling of public prompts and soft-label option distributions",
            "pacing": "groups of n identical requests fired in parallel",
            "n": list(ns),
            "groups_per_hour": _f(per_hour),
            "soft_label_share": _f(p_soft),
            "ip_source": "cloud pool",
            "payment": "one org, one card",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real consumer product's backend traffic


def third_shot_drop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "third_shot_drop"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    load = bb.global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.7)))
    real_day = float(rng.uniform(450, 700))
    share = float(rng.uniform(0.3, 0.45))
    inj_start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    langs = {"en": 0.6, "es": 0.1, "pt": 0.08, "hi": 0.08, "id": 0.07, "vi": 0.07}
    for a in accts:
        real = bb.thinned(rng, ctx.t0, ctx.t1, real_day * 7 / n_keys, load)
        inj = bb.thinned(
            rng,
            inj_start,
            ctx.t1,
            real_day * share / (1 - share) * (ctx.t1 - inj_start) / DAY / n_keys,
            load,
        )
        real_p = [pick(rng, ctx.chat) for _ in range(len(real))]
        inj_p = []
        for _ in range(len(inj)):
            r = rng.random()
            if r < 0.6:
                inj_p.append(tx.person_question(rng, tx.weighted(rng, langs), 0.5))
            elif r < 0.8:
                inj_p.append(tx.code_task(rng, 2, irange(rng, 0, 99), irange(rng, 0, 99)))
            else:
                inj_p.append(tx.trace_coercion(rng, "en", 3))
        ts = np.concatenate([real, inj])
        prompts = real_p + inj_p
        models = ctx.models(rng, real, p_new=0.3) + ctx.models(rng, inj, p_new=0.7)
        comp = np.concatenate([np.full(len(real), 300.0), np.full(len(inj), 650.0)])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest questions injected into a live study-helper product's traffic",
            "pacing": "product's global load curve; injected requests follow the same curve",
            "injected_share": _f(share),
            "real_per_day": _f(real_day),
            "ip_source": "product NAT gateways on AWS",
            "payment": "the product's business card",
            "user_agent": ua,
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged consumer accounts that switch to harvesting after the release


def around_the_post(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "around_the_post"
    n = irange(rng, 12, 22)
    region_of = {-8: "us", -5: "us", 0: "eu", 1: "eu", 2: "eu", -3: "latam"}
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, list(region_of))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON[:2])
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="aged_account",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    for a in accts:
        pivot = ctx.release + float(rng.uniform(0.0, 1.2)) * DAY
        pivots.append(pivot)
        # the original owner's life: a few sessions a day at home
        old = bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.5, 2.0)), bb.evening_person(a.tz), 4, 60
        )
        ts_old = _cat(old)
        ctx.emit(
            rng,
            a,
            ts_old,
            [pick(rng, ctx.chat) for _ in ts_old],
            models=ctx.models(rng, ts_old, p_new=0.15),
            comp_median=300,
        )
        # the buyer: residential exits in the same region, steadier, longer answers, new model
        pool = bb.resi(rng, 30, region_of[a.tz])
        per_day = float(rng.uniform(70, 180))
        tilt = bb.workday(a.tz, start=7, end=23, weekend=0.7, night=0.35)
        ts_new = bb.thinned(rng, pivot, ctx.t1, per_day * (ctx.t1 - pivot) / DAY, tilt)
        prompts = []
        for _ in range(len(ts_new)):
            r = rng.random()
            if r < 0.5:
                prompts.append(tx.person_question(rng, "en", 0.3))
            elif r < 0.75:
                prompts.append(
                    tx.code_task(rng, irange(rng, 0, 3), irange(rng, 0, 99), irange(rng, 0, 99))
                )
            else:
                prompts.append(tx.trace_coercion(rng, "en", irange(rng, 0, 4)))
        ua = a.ua if chance(rng, p_keep_ua) else "python-requests/2.32.3"
        ctx.emit(
            rng,
            a,
            ts_new,
            prompts,
            ips=bb.sticky(rng, ts_new, pool, 2 * HOUR),
            ua=ua,
            models=ctx.models(rng, ts_new, p_new=0.9),
            comp_median=800,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged personal accounts bought and repurposed for harvesting the new model",
            "pacing": "owner's sessions, then a steady stream after a pivot soon after release",
            "pivot_ts": [_f(p) for p in pivots],
            "ip_source": "home ISP, then residential proxy in the same region",
            "payment": "each account keeps its original owner's card and org",
            "ua_kept_share": _f(p_keep_ua),
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: a low-and-slow crowd of person-like accounts


def banger(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "banger"
    n = irange(rng, 45, 75)
    lang_of_tz = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr", "en"),
        2: ("tr", "en"),
        3: ("ru",),
        5: ("hi", "en"),
        8: ("zh", "id", "vi"),
        9: ("ja", "ko"),
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.35) else pick(rng, bb.BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="persona",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, irange(rng, 2, 4), tz),
                tz=tz,
            )
        )
    for a in accts:
        lang = pick(rng, lang_of_tz[a.tz])
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(a.tz),
            float(rng.uniform(3.5, 6.5)),
            float(rng.uniform(50, 120)),
        )
        ts = _cat(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(pick(rng, tx.FOLLOW_UPS.get(lang, tx.FOLLOW_UPS["en"])))
            else:
                prompts.append(tx.person_question(rng, lang if chance(rng, 0.8) else "en", 0.7))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=650, err=0.01
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "taxonomy coverage disguised as many private users asking questions",
            "pacing": "human sessions on evening curves in each persona's time zone, staggered sign-ups",
            "ip_source": "residential proxy exits pinned per persona in its region",
            "payment": "one prepaid virtual card per account, an org per account",
            "user_agent": "browsers and phones",
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay dressed as a research group's study


def sideout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "sideout"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    vm = bb.cloud(rng, 1, "aws")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + vm,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    nxt = 0
    lab = bb.workday(tz)
    per_hour_post = float(rng.uniform(9, 18))
    langs = {"en": 0.85, "es": 0.05, "de": 0.05, "fr": 0.05}
    for a in accts:
        pilot = bb.session_times(rng, ctx.t0, ctx.release, 2.0, lab, 12, 20)
        ts_p = _cat(pilot)
        post = _cat(
            [
                bb.thinned(
                    rng,
                    ctx.release + 2 * HOUR,
                    ctx.t1,
                    per_hour_post * (ctx.t1 - ctx.release) / HOUR * 0.6,
                    lab,
                ),
                bb.thinned(
                    rng,
                    ctx.release + 2 * HOUR,
                    ctx.t1,
                    per_hour_post * (ctx.t1 - ctx.release) / HOUR * 0.4,
                    bb.nightly(22, 7, tz),
                ),
            ]
        )
        ts = _cat([ts_p, post])
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[nxt % len(order)]]
            nxt += 1
            g = tx.weighted(rng, langs)
            prompts.append(p if g == "en" else f"{p}\n\nPlease answer in {tx.LANG_NAMES[g]}.")
        ips = [
            a.ips[-1] if (t >= ctx.release and chance(rng, 0.7)) else pick(rng, a.ips[:-1])
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=520,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "replay of a public prompt collection (each prompt once) for new-model answers",
            "pacing": "small pilot sessions, then office hours plus overnight runs after release",
            "rate_per_hour_post": _f(per_hour_post),
            "ip_source": "office broadband plus one AWS VM",
            "payment": "one org, one card",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code harvest from a phone farm on carrier IPv6


def skinny_singles(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "skinny_singles"
    n = irange(rng, 20, 34)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    tz = {"in_mobile": 5, "br_mobile": -3, "us_mobile": -5}[carrier]
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="handset",
            campaign_id=cid,
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=bb.mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        for _ in range(n)
    ]
    sweep = int(rng.integers(0, 10_000))
    styles = irange(rng, 0, 3)
    for a in accts:
        life0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        life1 = min(ctx.t1, life0 + float(rng.uniform(2, 5)) * DAY)
        starts = bb.thinned(
            rng, life0, life1, float(rng.uniform(8, 16)) * (life1 - life0) / DAY, bb.constant
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(4, 8)), float(rng.uniform(15, 30)), 0.5, b=life1
        )
        ts_all, prompts, ips = [], [], []
        for t in trains:
            ip = bb.mobile_v6(rng, 1, carrier)[0]
            for x in t.tolist():
                ts_all.append(x)
                prompts.append(
                    tx.code_task(rng, styles + irange(rng, 0, 1), sweep // 12, sweep % 12)
                )
                sweep += 1
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=900,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "programming-problem x language sweep for code distillation",
            "pacing": "short trains per handset around the clock, each handset alive 2-5 days",
            "ip_source": f"carrier IPv6 ({carrier}), new address per train",
            "payment": "one gift card per handset, an org per handset",
            "user_agent": "mobile HTTP stacks",
            "handsets": n,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "dink": dink,
    "erne": erne,
    "tweener": tweener,
    "falafel": falafel,
    "flapjack": flapjack,
    "nasty_nelson": nasty_nelson,
    "shake_and_bake": shake_and_bake,
    "third_shot_drop": third_shot_drop,
    "around_the_post": around_the_post,
    "banger": banger,
    "sideout": sideout,
    "skinny_singles": skinny_singles,
}
