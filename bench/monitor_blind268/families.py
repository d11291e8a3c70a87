"""Campaign families of batch 268 (code names from pehlwani, Indian wrestling).

Each family is `f(ctx, rng, campaign_id)`: it draws everything from its own generator, in an order
that does not depend on the process (no set walks, no `hash()`), writes events through `ctx.emit`
and records its accounts and parameters in the truth.
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
from bench.monitor_blind268 import texts

Family = Callable[[Ctx, np.random.Generator, str], None]


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _weighted(rng: np.random.Generator, options: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _lang_mix(
    rng: np.random.Generator, main: str, others: tuple[str, ...], k_max: int
) -> tuple[list[str], list[float]]:
    """The main language plus up to k_max others, with falling weights (drawn, never from a set)."""
    k = irange(rng, 1, k_max)
    chosen = [
        others[i]
        for i in sorted(rng.choice(len(others), size=min(k, len(others)), replace=False).tolist())
    ]
    weights = [float(rng.uniform(0.45, 0.8))] + [float(rng.uniform(0.05, 0.25)) for _ in chosen]
    return [main, *chosen], weights


def _per_hour_window(ctx: Ctx, a: float, b: float) -> float:
    return max(0.0, min(b, ctx.t1) - max(a, ctx.t0)) / HOUR


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def akhara(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "akhara"
    n_keys, n_orgs = irange(rng, 6, 13), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.63.2",
        ),
    )
    langs, lw = _lang_mix(rng, "en", ("zh", "ru", "es", "ko"), 3)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.6)) * DAY
    per_hour = float(rng.uniform(45, 110))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [texts.reasoning_trace(rng, _weighted(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1500,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "payment": "prepaid, shared by all keys",
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "pacing": "Poisson worker pool, global-load curve",
            "per_hour": round(per_hour, 1),
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through commercial VPN exits, nightly bursts


def dangal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dangal"
    n_keys = irange(rng, 4, 8)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"))
    exits = cloud(rng, irange(rng, 10, 24), vpn)
    op_tz = pick(rng, (1, 2, 3, 8))
    langs, lw = _lang_mix(rng, "en", ("es", "de"), 2)
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        accts.append(_camp(ctx, rng, fam, cid, "grader", ua=ua, ips=exits))
    window_start, hours = float(rng.uniform(19, 23)), float(rng.uniform(5, 8))
    curve = nightly(window_start, hours, op_tz)
    for a in accts:
        early = chance(rng, 0.35)
        a0 = (
            ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
            if early
            else ctx.release + float(rng.uniform(0, 0.5)) * DAY
        )
        starts = thinned(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)) * _per_hour_window(ctx, a0, ctx.t1) * hours / 24,
            curve,
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(1.5, 4.0)), b=ctx.t1)
        )
        style = irange(rng, 0, 3)
        prompts = [
            texts.judge_prompt(
                rng,
                style if chance(rng, 0.8) else irange(rng, 0, 3),
                _weighted(rng, langs, lw),
                ctx.chat,
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ips = sticky(rng, ts, exits, float(rng.uniform(20, 90)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            ips=ips,
            comp_median=480,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise / rubric / reward grading",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen cards, one per key",
            "ip_source": f"commercial VPN exits on {vpn}, sticky",
            "pacing": "nightly bursts",
            "operator_tz": op_tz,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites from East-Asian clouds, slow steady


def langot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "langot"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    langs, lw = (
        ["zh", "en", "ar"],
        [float(rng.uniform(0.5, 0.7)), float(rng.uniform(0.2, 0.4)), 0.08],
    )
    ua = pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for i in range(n_keys)
    ]
    for a in accts:
        a0 = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        rate = float(rng.uniform(4, 10))
        ts = thinned(rng, a0, ctx.t1, rate * _per_hour_window(ctx, a0, ctx.t1), constant)
        style = irange(rng, 0, 2)
        prompts = [
            texts.policy_rewrite(rng, style, _weighted(rng, langs, lw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=650,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": 1,
            "cards": 2,
            "payment": "shell-company business cards",
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "pacing": "slow steady per key, 24/7",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, episodes fired by a job queue


def mugdar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mugdar"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = [pick(rng, ("aws", "gcp", "azure", "oracle")) for _ in range(n_orgs)]
    uas = [
        pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
        for _ in range(n_orgs)
    ]
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            _camp(
                ctx,
                rng,
                fam,
                cid,
                "trajectory_worker",
                org=orgs[o],
                pay=cards[o],
                ua=uas[o],
                ips=cloud(rng, irange(rng, 1, 2), provs[o]),
            )
        )
    start = ctx.release - float(rng.uniform(0.5, 1.2)) * DAY
    per_hour = float(rng.uniform(10, 22))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    steps_mean, gap = float(rng.uniform(5, 10)), float(rng.uniform(4, 9))
    for a, starts in zip(accts, streams, strict=True):
        episodes = bursts(rng, starts, steps_mean, gap, gap_sigma=0.7, b=ctx.t1)
        ts_parts, prompts = [], []
        for ep in episodes:
            goal = texts.agent_goal(rng)
            tools = sorted(
                rng.choice(len(texts._TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
            )
            style = irange(rng, 0, 2)
            ts_parts.append(ep)
            prompts.extend(texts.agent_step(rng, style, s, goal, tools) for s in range(len(ep)))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=320,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": provs,
            "user_agent": uas,
            "pacing": "episode queue, tight step trains",
            "episodes_per_hour": round(per_hour, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, big batch jobs


def baithak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "baithak"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    langs, lw = _lang_mix(rng, "en", ("zh", "pt"), 2)
    accts = [
        _camp(ctx, rng, fam, cid, "generator", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n_keys)
    ]
    for a in accts:
        pre = thinned(
            rng, ctx.t0 + 0.5 * DAY, ctx.release, float(rng.uniform(0.4, 1.0)) * 3.5 * 24, constant
        )
        post = thinned(rng, ctx.release, ctx.t1, float(rng.uniform(0.8, 1.6)) * 3 * 24, constant)
        ts = _cat(
            bursts(
                rng,
                np.concatenate([pre, post]),
                float(rng.uniform(12, 30)),
                float(rng.uniform(2, 6)),
                b=ctx.t1,
            )
        )
        style = irange(rng, 0, 2)
        prompts = [
            texts.synth_dataset(
                rng, style if chance(rng, 0.7) else irange(rng, 0, 2), _weighted(rng, langs, lw)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=2600,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"one {provider} server per key",
            "pacing": "batch jobs, heavier after release",
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: phone farm harvesting multi-turn dialogues, person-like sessions on carrier IPs

_FARMS = {
    5: ("in_mobile", "in", ("hi", "en")),
    -3: ("br_mobile", "latam", ("pt", "es")),
    8: ("", "sea", ("id", "en")),
    -5: ("us_mobile", "us", ("es", "en")),
    1: ("eu_mobile", "eu", ("en", "es")),
}


def kushti(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kushti"
    tz = pick(rng, (5, -3, 8, -5, 1))
    v6kind, region, langs = _FARMS[tz]
    n_keys = irange(rng, 24, 40)
    accts = [
        _camp(ctx, rng, fam, cid, "phone", ua=pick(rng, MOBILE), ips=resi(rng, 1, region), tz=tz)
        for _ in range(n_keys)
    ]
    lw = [float(rng.uniform(0.5, 0.8)), 0.3]
    for a in accts:
        a0 = ctx.release + float(rng.uniform(-1.5, 0.6)) * DAY
        sessions = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            evening_person(tz, 2.5),
            float(rng.uniform(6, 10)),
            float(rng.uniform(40, 110)),
        )
        ts_parts, prompts, ips = [], [], []
        for s in sessions:
            lang = _weighted(rng, list(langs), lw)
            topic = pick(rng, texts.TOPICS)
            if not chance(rng, 0.75):
                ip = a.ips[0]
            elif v6kind:
                ip = mobile_v6(rng, 1, v6kind)[0]
            else:  # no IPv6 carrier prefixes for this region: carrier-grade NAT v4 addresses
                ip = resi(rng, 1, region)[0]
            ts_parts.append(s)
            prompts.extend(texts.dialogue_turn(rng, lang, k, topic) for k in range(len(s)))
            ips.extend([ip] * len(s))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            ips=ips,
            comp_median=380,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "hard": True,
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "prepaid cards, one per key",
            "ip_source": f"{v6kind or region + ' carrier CGNAT v4'} phone sessions + home broadband",
            "pacing": "person-like evening sessions",
            "tz": tz,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def dhobi_pachad(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dhobi_pachad"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "linode", "vultr"))
    ua = pick(rng, SDK_COMMON[:2])
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0, 0.4)) * DAY
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 9)
    p_soft = float(rng.uniform(0.2, 0.45))
    streams = worker_pool(rng, start, ctx.t1, float(rng.uniform(12, 30)), n_keys)
    for a, starts in zip(accts, streams, strict=True):
        ts_parts, prompts = [], []
        for s in starts.tolist():
            if chance(rng, p_soft):
                ts_parts.append(np.array([s]))
                prompts.append(texts.soft_label(rng, irange(rng, 0, 1), ctx.chat))
                continue
            k = irange(rng, n_lo, n_hi)
            q = texts.sample_question(rng, irange(rng, 0, 2))
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            )
            prompts.extend([q] * k)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=500,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} droplets",
            "samples_per_prompt": [n_lo, n_hi],
            "soft_label_share": round(p_soft, 2),
            "pacing": "Poisson queue, n copies fired within seconds",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep with daily key churn


def kalajangh(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kalajangh"
    cards = [hexid(rng, "pay") for _ in range(3)]
    fields = [texts.FIELDS[i] for i in rng.permutation(len(texts.FIELDS)).tolist()]
    accts = []
    t = ctx.t0 + float(rng.uniform(0.2, 0.8)) * DAY
    i = 0
    while t < ctx.t1:
        life = float(rng.uniform(0.8, 1.6)) * DAY
        ua = pick(rng, SDK_COMMON)
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "churned_key",
            pay=cards[i % 3],
            ua=ua,
            ips=cloud(
                rng, 1, pick(rng, ("aws", "gcp", "azure", "digitalocean", "linode", "oracle"))
            ),
        )
        accts.append(a)
        ts = thinned(
            rng, t, min(t + life, ctx.t1), float(rng.uniform(10, 20)) * life / HOUR, constant
        )
        field = fields[i % len(fields)]
        style = irange(rng, 0, 2)
        french = chance(rng, 0.2)
        prompts = []
        for j in range(len(ts)):
            p = texts.curriculum(rng, style, (j // 6) % 8, j // 48 + 1, field)
            prompts.append(("Réponds en français. " + p) if french else p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=1100,
            comp_sigma=0.4,
            err=0.01,
        )
        t += float(rng.uniform(0.35, 0.8)) * DAY
        i += 1
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": len(accts),
            "orgs": len(accts),
            "payment": "3 prepaid cards rotated",
            "ip_source": "one cloud address per key, providers vary",
            "pacing": "steady per key, new key about every half day, each lives about a day",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's traffic


def multani(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "multani"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    n_keys = irange(rng, 2, 3)
    accts = [
        _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.45, 0.7)))
    users_rate = float(rng.uniform(40, 80))
    share_post = float(rng.uniform(0.22, 0.38))
    switch = ctx.release + float(rng.uniform(0.05, 0.5)) * DAY
    langs, lw = _lang_mix(rng, "en", ("es", "pt", "de", "fr", "ja"), 3)
    for a in accts:
        w = 1.0 / n_keys
        real = thinned(rng, ctx.t0, ctx.t1, users_rate * w * 7 * 24, curve)
        h_pre = thinned(
            rng, ctx.release - 1.0 * DAY, switch, users_rate * w * 0.03 * 24 * 1.2, curve
        )
        h_post = thinned(
            rng,
            switch,
            ctx.t1,
            users_rate * w * share_post / (1 - share_post) * _per_hour_window(ctx, switch, ctx.t1),
            curve,
        )
        harvest = np.concatenate([h_pre, h_post])
        ts = np.concatenate([real, harvest])
        prompts = [pick(rng, ctx.chat) for _ in range(len(real))]
        prompts += [
            texts.casual_harvest(rng, _weighted(rng, langs, lw)) for _ in range(len(harvest))
        ]
        med = np.concatenate([np.full(len(real), 380.0), np.full(len(harvest), 720.0)])
        models = [
            ctx.new_model
            if (t >= switch and u < 0.92)
            else (ctx.old_models[-1] if u > 0.9 else ctx.old_models[0])
            for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=med[order],
            comp_sigma=0.6,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live product's traffic",
            "hard": True,
            "keys": n_keys,
            "orgs": 1,
            "payment": "one business card",
            "ip_source": "product's AWS NAT gateways",
            "user_agent": ua,
            "pacing": "the product's global load curve",
            "harvest_share_after_switch": round(share_post, 2),
            "languages": langs,
            "switch_ts": switch,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release


def jhola(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jhola"
    n_keys = irange(rng, 12, 22)
    mimic = chance(rng, 0.6)
    op_tz = pick(rng, (2, 3, 8))
    accts, takeovers = [], []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        a = _camp(
            ctx, rng, fam, cid, "bought_account", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        # the original owner's history
        own = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.7, 2.0)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(50, 150)),
        )
        take = ctx.release + float(rng.uniform(-0.6, 1.0)) * DAY
        takeovers.append(take)
        ts_own = _cat([s for s in own if len(s)])
        ts_own = ts_own[ts_own < take]
        ctx.emit(
            rng,
            a,
            ts_own,
            [pick(rng, ctx.chat) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=0.2, p_mini=0.2),
            comp_median=400,
            comp_sigma=0.7,
        )
        # the buyer's harvest, through residential proxies of the owner's region
        curve = evening_person(tz) if mimic else workday(op_tz, 9, 19, weekend=0.5)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(7, 13)),
            float(rng.uniform(25, 55)),
        )
        ts = _cat([s for s in sess if len(s)])
        pool = home(rng, 30, tz)
        new_ua = a.ua if chance(rng, 0.65) else pick(rng, SDK_COMMON)
        lang2 = pick(rng, ("es", "de", "pt", "fr", "ja"))
        prompts = [
            texts.casual_harvest(rng, "en" if chance(rng, 0.85) else lang2) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts, pool, 30 * MINUTE),
            ua=new_ua,
            comp_median=650,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "hard": True,
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in each owner's region",
            "pacing": "owner's sessions, then person-like harvest sessions after takeover",
            "mimics_owner_hours": mimic,
            "operator_tz": op_tz,
            "takeover_ts": takeovers,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay through residential proxies, person-like sessions


def sawari(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sawari"
    n_keys = irange(rng, 10, 17)
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    prefixes = ("", "", "", "Answer thoroughly: ", "Please give a complete answer. ", "")
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 0, 1, 2, 9))
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, SDK_COMMON)
        a = _camp(ctx, rng, fam, cid, "replayer", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0, 1.0)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            evening_person(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(50, 120)),
        )
        ts = _cat([s for s in sess if len(s)])
        idx = [perm[(cursor + j) % len(perm)] for j in range(len(ts))]
        cursor += len(ts)
        prompts = [pick(rng, prefixes) + ctx.chat[i] for i in idx]
        pool = home(rng, 40, tz)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
            comp_median=420,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "hard": True,
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "virtual cards, one per key",
            "ip_source": "residential proxy pool, sticky sessions",
            "pacing": "person-like evening sessions",
            "prompts_replayed": cursor,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. translation and code-port harvest dressed as a small translation office


def gadhalot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gadhalot"
    tz = pick(rng, (1, 2, 3, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n_tr = irange(rng, 3, 5)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n_tr)
    ]
    coder = _camp(
        ctx,
        rng,
        fam,
        cid,
        "code_porter",
        org=org,
        pay=pay,
        ua=pick(rng, SDK_OTHER),
        ips=office,
        tz=tz,
    )
    targets = sorted(texts.LANG_NAMES)
    docs = [
        f"{pick(rng, ('Nordlicht', 'Vela', 'Kestrel', 'Orinoco', 'Halcyon'))} {pick(rng, ('GmbH', 'Ltd', 'S.A.', 'Group'))}"
        for _ in range(4)
    ]
    curve = workday(tz, 8.0, 19.0, weekend=0.15, night=0.05)
    for a in accts:
        a0 = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
        starts = thinned(
            rng, a0, ctx.t1, float(rng.uniform(1.5, 3)) * 11 * (ctx.t1 - a0) / DAY, curve
        )
        fan = irange(rng, 5, 9)
        style = irange(rng, 0, 2)
        ts_parts, prompts = [], []
        for s in starts.tolist():
            text = texts._clip(pick(rng, ctx.passages), 1200)
            langs = [targets[i] for i in rng.choice(len(targets), size=fan, replace=False).tolist()]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30), 0.5, size=fan - 1))])
            ts_parts.append(t)
            prompts.extend(
                texts.translation_request(rng, style, lg, text, pick(rng, docs)) for lg in langs
            )
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=520,
            comp_sigma=0.45,
        )
    pairs = (
        ("Python", "Rust"),
        ("Java", "Go"),
        ("Python", "TypeScript"),
        ("C++", "Rust"),
        ("Ruby", "Kotlin"),
    )
    ts = thinned(rng, ctx.release - 0.5 * DAY, ctx.t1, float(rng.uniform(12, 25)) * 11 * 3.5, curve)
    prompts = [texts.code_translation(rng, *pick(rng, pairs)) for _ in range(len(ts))]
    ctx.emit(
        rng,
        coder,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
        comp_median=900,
        comp_sigma=0.45,
    )
    accts.append(coder)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation fan-out and code-port harvest",
            "hard": "semi",
            "keys": len(accts),
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband (shared static address)",
            "tz": tz,
            "pacing": "office hours, each passage fanned out to 5-9 languages",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Family] = {
    "akhara": akhara,
    "dangal": dangal,
    "langot": langot,
    "mugdar": mugdar,
    "baithak": baithak,
    "kushti": kushti,
    "dhobi_pachad": dhobi_pachad,
    "kalajangh": kalajangh,
    "multani": multani,
    "jhola": jhola,
    "sawari": sawari,
    "gadhalot": gadhalot,
}
