"""Campaign families of blind batch 182 (code names from real tennis).

Each family is a function `(ctx, rng, campaign_id)` that opens its accounts, writes their events
and records one campaign. Everything (key counts, orgs, cards, pacing, addresses, user agents,
languages, styles, model choice) is drawn from the family's own generator. The last four are
built to look like legitimate use.
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
    TZS,
    Ctx,
    bursts,
    chance,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
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
from bench.blind_batch import cloud as cloud_ips
from bench.monitor_blind182 import texts

Rng = np.random.Generator

#: user agents the simulator's background uses most (a careful operator copies the crowd)
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
_REGION_LANG = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "es",
    3: "en",
    5: "en",
    8: "zh",
    9: "ja",
}


def _subset(rng: Rng, items, lo: int, hi: int) -> list:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: Rng, n: int) -> np.ndarray:
    w = rng.dirichlet(np.full(n, 2.0))
    return w / w.sum()


def _choose(rng: Rng, items: list, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


def _camp(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    chunks = [c for c in chunks if len(c)]
    return np.sort(np.concatenate(chunks)) if chunks else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def dedans(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dedans"
    n_keys = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ua_main = sdk_ua(rng, 0.2)
    langs = ["en", *_subset(rng, ["es", "de", "zh"], 1, 3)]
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["tags", "steps", "monologue", "json"], 2, 4)
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(35, 80))
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(700, 1400))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    accts = []
    for i, ts in enumerate(streams):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, pool) for _ in range(irange(rng, 1, 3))],
        )
        prompts = [
            texts.coerced_reasoning(rng, _choose(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, err=0.04
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "start": round(start, 1),
            "ip_source": f"rented {provider} block",
            "addresses": len(pool),
            "languages": langs,
            "styles": styles,
            "p_new": round(p_new, 2),
            "user_agent": ua_main,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly batches from cloud


def tambour(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tambour"
    n_keys = irange(rng, 4, 10)
    provider = pick(rng, ("gcp", "aws", "azure"))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    tz = pick(rng, TZS)
    start_h = float(rng.uniform(22, 26)) % 24
    night = nightly(start_h, float(rng.uniform(3, 6)), tz)
    langs = ["en"] * 3 + _subset(rng, ["fr", "ja"], 0, 2)
    styles = _subset(rng, ["pairwise", "rubric", "reward", "critique"], 2, 4)
    size = float(rng.uniform(20, 55))
    per_night = float(rng.uniform(6, 14))
    p_new = float(rng.uniform(0.4, 0.7))
    uas = [pick(rng, SDK_OTHER) for _ in range(irange(rng, 1, 2))]
    accts = []
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=pick(rng, uas),
            ips=cloud_ips(rng, irange(rng, 2, 5), provider),
        )
        starts = thinned(
            rng, ctx.t0 + float(rng.uniform(0, 1.5)) * DAY, ctx.t1, per_night / n_keys * 7, night
        )
        ts = _flat(bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)), b=ctx.t1))
        day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 30)), constant)
        ts = np.sort(np.concatenate([ts, day]))
        prompts = [
            texts.judge(rng, pick(rng, styles), pick(rng, langs), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.2),
            comp_median=float(rng.uniform(220, 480)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading harvest",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": 1,
            "pacing": "nightly bursts",
            "tz": tz,
            "burst_size": round(size, 1),
            "ip_source": f"{provider} cloud",
            "languages": sorted(set(langs)),
            "styles": styles,
            "p_new": round(p_new, 2),
            "user_agents": uas,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites through residential proxies on churned stolen-card keys


def penthouse(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "penthouse"
    n_keys = irange(rng, 20, 40)
    regions = _subset(rng, ["us", "eu", "sea", "latam", "in"], 2, 3)
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 40, 90), r)]
    hold = float(rng.uniform(5, 20)) * MINUTE
    langs = _subset(rng, ["zh", "ru", "tr", "en"], 2, 4)
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["rewrite", "refusal", "classify"], 2, 3)
    rate = float(rng.uniform(1.0, 3.5))
    life = float(rng.uniform(0.8, 2.5))
    accts = []
    for _ in range(n_keys):
        a = _camp(ctx, rng, fam, cid, "burner", ua=pick(rng, BROWSERS), ips=pool[:1])
        s = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.5 * DAY))
        e = min(ctx.t1, s + float(rng.exponential(life)) * DAY + 3 * HOUR)
        ts = thinned(rng, s, e, rate * (e - s) / HOUR, constant)
        prompts = [
            texts.policy_rewrite(
                rng, pick(rng, styles), _choose(rng, langs, lw), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=500.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite / refusal harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "one stolen card per key",
            "pacing": "poisson per key, keys churn",
            "per_hour": round(rate, 2),
            "key_life_days": round(life, 2),
            "ip_source": "residential proxy pool (sticky)",
            "regions": regions,
            "pool": len(pool),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from an autoscaling cloud fleet


def railroad(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "railroad"
    n_keys = irange(rng, 3, 8)
    provider = pick(rng, ("aws", "gcp", "oracle", "alibaba"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    fleet = cloud_ips(rng, irange(rng, 3, 10), provider)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = _subset(rng, ["json", "react", "trajectory"], 2, 3)
    ep_per_hour = float(rng.uniform(4, 10))
    steps = float(rng.uniform(4, 9))
    p_new = float(rng.uniform(0.7, 0.95))
    start = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    accts = []
    for st in worker_pool(rng, start, ctx.t1, ep_per_hour, n_keys):
        a = _camp(ctx, rng, fam, cid, "runner", org=org, pay=card, ua=ua, ips=fleet)
        ts = _flat(bursts(rng, st, steps, float(rng.uniform(3, 9)), 0.6, b=ctx.t1))
        ps, ex = (
            zip(*[texts.agent_step(rng, pick(rng, styles)) for _ in range(len(ts))], strict=True)
            if len(ts)
            else ((), ())
        )
        ctx.emit(
            rng,
            a,
            ts,
            list(ps),
            models=ctx.models(rng, ts, p_new=p_new),
            extra=list(ex),
            comp_median=float(rng.uniform(250, 600)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "episodes (tight step trains) from a worker pool",
            "episodes_per_hour": round(ep_per_hour, 1),
            "ip_source": f"{provider} autoscaling fleet",
            "addresses": len(fleet),
            "styles": styles,
            "languages": ["en"],
            "p_new": round(p_new, 2),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation jobs


def bobble(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bobble"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "leaseweb"))
    pool = rented_block(rng, provider, 1, irange(rng, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en", *_subset(rng, ["es", "pt", "id"], 1, 3)]
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["jsonl", "persona", "evol"], 2, 3)
    jobs_per_day = float(rng.uniform(1.5, 4))
    size = float(rng.uniform(40, 110))
    accts = []
    for _ in range(n_keys):
        a = _camp(ctx, rng, fam, cid, "generator", org=org, pay=card, ua=ua, ips=[pick(rng, pool)])
        starts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            jobs_per_day / n_keys * 7,
            constant,
        )
        ts = _flat(bursts(rng, starts, size, float(rng.uniform(1.5, 5)), b=ctx.t1))
        prompts = [
            texts.synth_data(rng, pick(rng, styles), _choose(rng, langs, lw), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=float(rng.uniform(1400, 2400)),
            comp_sigma=0.4,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "generation jobs (bursts)",
            "jobs_per_day": round(jobs_per_day, 2),
            "job_size": round(size, 1),
            "ip_source": f"{provider} host",
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through VPN exits


def giraffe(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "giraffe"
    n_keys = irange(rng, 8, 16)
    vpn = [
        ip
        for p in _subset(rng, ["m247", "leaseweb", "vultr", "linode"], 1, 3)
        for ip in rented_block(rng, p, irange(rng, 2, 4), irange(rng, 2, 4))
    ]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    langs = ["en", *_subset(rng, ["es", "de", "pt", "it"], 1, 3)]
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["transcript", "simulate", "last_only"], 2, 3)
    conv_per_hour = float(rng.uniform(1.5, 4))
    turns = float(rng.uniform(3, 6))
    accts = []
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "talker",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng, 0.6),
            ips=vpn,
        )
        s = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        starts = thinned(rng, s, ctx.t1, conv_per_hour * (ctx.t1 - s) / HOUR, constant)
        ts = _flat(bursts(rng, starts, turns, float(rng.uniform(6, 20)), 0.7, b=ctx.t1))
        out = [
            texts.dialogue(rng, pick(rng, styles), _choose(rng, langs, lw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ps = [p for p, _ in out]
        ex = [e for _, e in out]
        ips = sticky(rng, ts, vpn, float(rng.uniform(30, 180)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.88),
            ips=ips,
            extra=ex,
            comp_median=float(rng.uniform(450, 800)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "pacing": "conversation chains",
            "conversations_per_hour_per_key": round(conv_per_hour, 2),
            "ip_source": "VPN exit nodes",
            "addresses": len(vpn),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def boomerang(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "boomerang"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "azure", "gcp", "tencent"))
    org = hexid(rng, "org")
    n = irange(rng, 4, 8)
    tagged = chance(rng, 0.4)
    p_soft = float(rng.uniform(0.2, 0.6))
    soft_lang = pick(rng, ("en", "ko"))
    groups_per_hour = float(rng.uniform(6, 12))
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    accts = []
    for starts in worker_pool(rng, start, ctx.t1, groups_per_hour, n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=cloud_ips(rng, irange(rng, 1, 3), provider),
        )
        ts_all, ps_all, cm = [], [], []
        for s in starts.tolist():
            soft = chance(rng, p_soft)
            base = texts.soft_label(rng, soft_lang) if soft else texts.code_task(rng)
            k = max(2, n + irange(rng, -1, 1))
            ts_all.extend((s + np.sort(rng.uniform(0, 2.5, size=k))).tolist())
            ps_all.extend([f"{base}\n\n[sample {j + 1}/{k}]" if tagged else base for j in range(k)])
            cm.extend([180.0 if soft else 550.0] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ps = [ps_all[j] for j in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=np.asarray(cm)[order],
            err=0.06,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": "prepaid, one per key",
            "n_samples": n,
            "tagged_samples": tagged,
            "soft_label_share": round(p_soft, 2),
            "pacing": "sample groups",
            "groups_per_hour": round(groups_per_hour, 1),
            "ip_source": f"{provider} cloud",
            "languages": sorted({"en", soft_lang}),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep, slow and steady from office broadband


def caterpillar(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "caterpillar"
    n_keys = irange(rng, 6, 12)
    tz = pick(rng, (5, 8, 3, -3))
    office = home(rng, irange(rng, 1, 3), tz)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    subjects = _subset(rng, list(texts.SYLLABUS), 4, 7)
    langs = ["en", *_subset(rng, ["de", "fr"], 0, 2)]
    items = [
        (s, u, lv, f, lg)
        for lg in langs
        for s in subjects
        for u in texts.SYLLABUS[s]
        for lv in texts.LEVELS
        for f in range(4)
        if lg == "en" or f == 0
    ]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    chunks = np.array_split(np.arange(len(items)), n_keys)
    curve = workday(tz, start=8.0, end=20.0, weekend=0.5, night=0.0)
    accts = []
    for chunk in chunks:
        a = _camp(ctx, rng, fam, cid, "sweeper", org=org, pay=pick(rng, cards), ua=ua, ips=office)
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1)) * DAY,
            ctx.t1,
            len(chunk) * float(rng.uniform(1.0, 1.3)),
            curve,
        )
        ts = ts[: len(chunk)]
        prompts = []
        for j, t_i in enumerate(chunk[: len(ts)].tolist()):
            s, u, lv, f, lg = items[t_i]
            prompts.append(texts.lesson(rng, f, s, u, lv, j + 1, len(chunk), lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=float(rng.uniform(1000, 1600)),
            comp_sigma=0.45,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x unit x level x form)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 2,
            "items": len(items),
            "pacing": "slow steady, long working days",
            "tz": tz,
            "ip_source": "office broadband",
            "subjects": subjects,
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's traffic


def underarm_twist(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "underarm_twist"
    n_keys = irange(rng, 1, 3)
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    backend = cloud_ips(rng, irange(rng, 2, 6), provider)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    per_hour = float(rng.uniform(18, 35))
    curve = global_load(float(rng.uniform(12, 22)), float(rng.uniform(0.4, 0.75)))
    onset = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    share = float(rng.uniform(0.2, 0.4))
    mode = pick(rng, ("inline", "nightly"))
    style = irange(rng, 0, 2)
    p_mini = float(rng.uniform(0.4, 0.8))
    accts = []
    for ts in worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, curve):
        a = _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=backend)
        users = [pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, users, models=ctx.models(rng, ts, p_new=0.12, p_mini=p_mini), err=0.01)
        sel = np.flatnonzero((ts >= onset) & (rng.random(len(ts)) < share))
        if mode == "inline":
            sts = ts[sel] + rng.lognormal(np.log(2.0), 0.5, size=len(sel))
        else:
            day = np.floor(ts[sel] / DAY) * DAY + DAY + 2 * HOUR
            sts = day + rng.uniform(0, 3 * HOUR, size=len(sel))
        order = np.argsort(sts, kind="stable")
        sts = sts[order]
        sp = [texts.shadow(rng, style, users[j]) for j in sel[order].tolist()]
        ctx.emit(
            rng,
            a,
            sts,
            sp,
            models=ctx.models(rng, sts, p_new=0.97, p_mini=0.0),
            comp_median=900.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "shadow copies of a real product's user prompts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "product load (global diurnal) + shadow copies",
            "per_hour": round(per_hour, 1),
            "shadow_share": round(share, 2),
            "shadow_mode": mode,
            "shadow_style": style,
            "onset": round(onset, 1),
            "ip_source": f"{provider} product backend",
            "languages": ["en"],
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, taken over around the release


def bandeau(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bandeau"
    n = irange(rng, 12, 24)
    op_region = pick(rng, ("us", "eu", "sea", "latam"))
    op_tz = {"us": -5, "eu": 1, "sea": 8, "latam": -3}[op_region]
    proxy = resi(rng, irange(rng, 30, 80), op_region)
    hold = float(rng.uniform(20, 60)) * MINUTE
    styles = _subset(rng, ["plain", "parallel", "code"], 2, 3)
    keep_ua = float(rng.uniform(0.4, 0.8))
    per_day = float(rng.uniform(5, 11))
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, PLAIN_UAS[2:4] + BROWSERS[:2])
        a = _camp(ctx, rng, fam, cid, "taken_over", ua=ua, ips=home(rng, 1, tz), tz=tz)
        pivot = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
        owner_stays = chance(rng, 0.3)
        own = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1 if owner_stays else pivot,
                float(rng.uniform(0.6, 1.5)),
                evening_person(tz),
                3.0,
                90.0,
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.15),
            comp_median=350.0,
        )
        op_ua = (
            ua
            if chance(rng, keep_ua)
            else pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
        )
        ts = _flat(
            session_times(rng, pivot, ctx.t1, per_day, workday(op_tz, 9, 22, 0.7, 0.05), 6.0, 40.0)
        )
        prompts = [
            texts.harvest_translate(rng, pick(rng, styles), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            ips=sticky(rng, ts, proxy, hold),
            ua=op_ua,
            comp_median=700.0,
            err=0.01,
        )
        accts.append(a)
        pivots.append(round(pivot, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation and code-explanation harvest on aged accounts",
            "keys": n,
            "orgs": "the accounts' own",
            "cards": "the accounts' own",
            "pacing": "owner history, then work-hour sessions",
            "pivots": pivots,
            "per_day_after": round(per_day, 1),
            "ip_source": f"residential proxy ({op_region})",
            "styles": styles,
            "languages": ["en", "many targets"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd


def winning_gallery(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "winning_gallery"
    n = irange(rng, 40, 80)
    fields = _subset(rng, list(texts.CONCEPTS), 3, 6)
    p_phone = float(rng.uniform(0.2, 0.5))
    per_day = float(rng.uniform(0.4, 1.1))
    p_new = float(rng.uniform(0.25, 0.5))
    tz_pool = _subset(rng, list(TZS), 3, 6)
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        lang = _REGION_LANG[tz] if chance(rng, 0.6) else "en"
        if lang not in texts._ASK:
            lang = "en"
        phone = chance(rng, p_phone)
        if phone:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            ips, ua = mobile_v6(rng, irange(rng, 2, 6), kind), pick(rng, MOBILE[:3])
        else:
            ips, ua = home(rng, 1, tz), pick(rng, BROWSERS + PLAIN_UAS[2:4])
        a = _camp(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz)
        s = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
        ts = _flat(
            session_times(
                rng, s, ctx.t1, per_day, evening_person(tz), 2.5, float(rng.uniform(60, 240))
            )
        )
        if len(ts) == 0:
            ts = np.array([float(rng.uniform(s, ctx.t1))])
        prompts = [texts.crowd_question(rng, lang, fields) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=450.0,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "topic sweep spread over a person-like crowd",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "human sessions, evenings",
            "sessions_per_day": round(per_day, 2),
            "fields": fields,
            "ip_source": "residential proxies matched to claimed home region, some carrier IPv6",
            "phone_share": round(p_phone, 2),
            "tzs": tz_pool,
            "languages": "per member's region",
            "p_new": round(p_new, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt-set replay from a small office


def pass_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pass_line"
    n = irange(rng, 5, 10)
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    one_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    offset = irange(rng, 0, len(ctx.chat) - 1)
    per_key = irange(rng, 150, 320)
    p_new = float(rng.uniform(0.3, 0.55))
    accts = []
    for i in range(n):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            org=org if one_org else None,
            ua=pick(rng, PLAIN_UAS[:2]),
            ips=[pick(rng, office)],
        )
        ts = thinned(rng, ctx.t0, ctx.t1, per_key * float(rng.uniform(0.7, 1.3)), workday(tz))
        base = offset + i * 500
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=380.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay",
            "keys": n,
            "orgs": 1 if one_org else n,
            "cards": n,
            "pacing": "office hours Poisson",
            "tz": tz,
            "per_key": per_key,
            "ip_source": "office broadband",
            "languages": ["as in the public set"],
            "p_new": round(p_new, 2),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "dedans": dedans,
    "tambour": tambour,
    "penthouse": penthouse,
    "railroad": railroad,
    "bobble": bobble,
    "giraffe": giraffe,
    "boomerang": boomerang,
    "caterpillar": caterpillar,
    "underarm_twist": underarm_twist,
    "bandeau": bandeau,
    "winning_gallery": winning_gallery,
    "pass_line": pass_line,
}
