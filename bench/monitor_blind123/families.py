"""Campaign families of batch 123 (code names from jai alai).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes its
events with `ctx.emit` and records one campaign with `ctx.campaign`. Every count, rate, address
source, card and language mix is drawn from the family's own rng. The README card describes them.
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind123 import texts as tx

Rng = np.random.Generator

#: consumer region and mobile carrier of each UTC offset (for proxies matched to a persona)
_REGION = {
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
_CARRIER = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    3: "eu_mobile",
    5: "in_mobile",
    8: "in_mobile",
    9: "us_mobile",
}
#: languages a person in each offset writes in (weights)
_TZ_LANGS = {
    -8: {"en": 1.0},
    -5: {"en": 0.85, "es": 0.15},
    -3: {"pt": 0.6, "es": 0.4},
    0: {"en": 1.0},
    1: {"fr": 0.35, "de": 0.35, "en": 0.3},
    2: {"de": 0.5, "en": 0.5},
    3: {"en": 1.0},
    5: {"en": 1.0},
    8: {"en": 1.0},
    9: {"en": 1.0},
}


def _u(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _mix(rng: Rng, keys: tuple[str, ...], lo: float = 0.2, hi: float = 1.0) -> dict[str, float]:
    """Random positive weights over `keys` (a campaign's own language or style mix)."""
    return {k: round(_u(rng, lo, hi), 3) for k in keys}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _comp(styles: list[str], medians: dict[str, float]) -> np.ndarray:
    return np.asarray([medians[s] for s in styles], dtype=np.float64)


# ============================================================================================
# reasoning-trace coercion


def sotamano(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A worker pool on rented servers asks for full step-by-step traces; small before the release,
    full rate on the new model after it."""
    name = "sotamano"
    n = irange(rng, 6, 16)
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    pool = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.6)
    langs = {
        "en": round(_u(rng, 0.4, 0.7), 3),
        "zh": round(_u(rng, 0.15, 0.4), 3),
        "es": round(_u(rng, 0.05, 0.25), 3),
    }
    accts, styles = [], []
    for i in range(n):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=cards[i % len(cards)],
                ua=ua if chance(rng, 0.75) else sdk_ua(rng),
                ips=[pick(rng, pool) for _ in range(irange(rng, 1, 2))],
            )
        )
        styles.append(pick(rng, tx.TRACE_STYLES))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = _u(rng, 3, 10), _u(rng, 25, 55)
    go = ctx.release + _u(rng, 0.2, 4) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n)
    post = worker_pool(
        rng, go, ctx.t1, post_rate, n, global_load(_u(rng, 0, 24), _u(rng, 0.0, 0.3))
    )
    comp = _u(rng, 1300, 2400)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        prompts = [
            tx.reasoning_prompt(rng, tx.weighted(rng, langs), styles[i]) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "Poisson worker pool, ramps up at release",
            "ip_source": f"rented hosting block ({prov})",
            "payment": f"{len(cards)} prepaid cards round-robin",
            "shared_org": org is not None,
            "user_agent": ua,
            "languages": langs,
            "styles": sorted(set(styles)),
            "rate_per_hour": [round(pre_rate, 2), round(post_rate, 2)],
            "hard": False,
        },
    )


# ============================================================================================
# judge / rubric / reward labels


def de_aire(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Nightly grading jobs: pairwise verdicts, rubric scores and scalar rewards on ShareGPT
    questions and answers, from a cloud project's few keys."""
    name = "de_aire"
    n = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    tz = pick(rng, (8, 1, -5, 3))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, prov),
            tz=tz,
        )
        for _ in range(n)
    ]
    langs = {
        "en": round(_u(rng, 0.5, 0.8), 3),
        "de": round(_u(rng, 0.05, 0.3), 3),
        "ja": round(_u(rng, 0.05, 0.3), 3),
    }
    style_w = _mix(rng, tx.JUDGE_STYLES)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night_h, night_len = _u(rng, 0, 3), _u(rng, 3, 6)
    rate = _u(rng, 10, 22)  # mean per hour; all of it inside the night window
    jobs = worker_pool(rng, start, ctx.t1, rate, n, nightly(night_h, night_len, tz))
    tests = worker_pool(rng, start, ctx.t1, _u(rng, 0.5, 2), n, workday(tz))
    for i, a in enumerate(accts):
        ts = _cat([jobs[i], tests[i]])
        st = [tx.weighted(rng, style_w) for _ in range(len(ts))]
        prompts = [
            tx.judge_prompt(rng, tx.weighted(rng, langs), s, ctx.chat, ctx.passages) for s in st
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=_comp(st, {"pairwise": 520, "rubric": 640, "reward": 380}),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": "nightly batch worker pool + daytime tests",
            "night_start_local_h": round(night_h, 2),
            "night_hours": round(night_len, 2),
            "tz": tz,
            "ip_source": f"cloud ({prov}), one address per key",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": langs,
            "styles": style_w,
            "rate_per_hour": round(rate, 1),
            "hard": False,
        },
    )


# ============================================================================================
# content-review-safe answers


def bote_corto(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Many prepaid keys, worked in sessions by an office team in UTC+8 but exiting through a
    commercial VPN's hosting addresses; asks for regulation-compliant answers and rewrites."""
    name = "bote_corto"
    n = irange(rng, 15, 35)
    orgs = None if chance(rng, 0.5) else [hexid(rng, "org") for _ in range(irange(rng, 2, 5))]
    provs = [
        pick(rng, ("m247", "leaseweb", "ovh")),
        pick(rng, ("vultr", "digitalocean", "linode", "m247")),
    ]
    exits = cloud(rng, irange(rng, 10, 25), provs[0]) + cloud(rng, irange(rng, 5, 15), provs[1])
    langs = {
        "zh": round(_u(rng, 0.35, 0.6), 3),
        "en": round(_u(rng, 0.2, 0.45), 3),
        "ru": round(_u(rng, 0.05, 0.25), 3),
    }
    style_w = _mix(rng, tx.POLICY_STYLES)
    curve = workday(8, start=9.0, end=21.0, weekend=_u(rng, 0.2, 0.7), night=0.01)
    accts = []
    hold = _u(rng, 1, 4) * HOUR
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.4)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="operator_key",
            campaign_id=cid,
            org=pick(rng, orgs) if orgs else None,
            ua=ua,
            tz=8,
            ips=[
                exits[int(j)] for j in rng.choice(len(exits), size=irange(rng, 3, 8), replace=False)
            ],
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng, begin, ctx.t1, _u(rng, 1.5, 3.5), curve, _u(rng, 6, 14), _u(rng, 8, 30)
        )
        ts = _cat(sess)
        st = [tx.weighted(rng, style_w) for _ in range(len(ts))]
        prompts = [tx.policy_prompt(rng, tx.weighted(rng, langs), s, ctx.passages) for s in st]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.05),
            ips=sticky(rng, ts, a.ips, hold),
            comp_median=_comp(st, {"safe": 560, "rewrite": 620, "alternatives": 700}),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites",
            "pacing": "human-driven sessions, UTC+8 office hours",
            "ip_source": f"commercial VPN exits on hosting ({provs[0]}, {provs[1]}), sticky {hold / HOUR:.1f} h",
            "payment": "one prepaid card per key",
            "orgs": len(orgs) if orgs else n,
            "languages": langs,
            "styles": style_w,
            "hard": False,
        },
    )


# ============================================================================================
# agent / tool-use transcripts


def espaldas(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic agent episodes: a tool list and a task, then observation after observation, with
    the context growing each step; autoscaled cloud workers."""
    name = "espaldas"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws", "gcp"))
    ua = pick(
        rng,
        ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 4, 10), prov),
        )
        for _ in range(n)
    ]
    styles = [pick(rng, tx.AGENT_STYLES) for _ in range(irange(rng, 1, 2))]
    dom_w = _mix(rng, tx.AGENT_DOMAINS, 0.1, 1.0)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    rate_pre, rate_post = _u(rng, 0.3, 1.0), _u(rng, 2, 5)
    starts = _cat(
        [
            thinned(rng, start, ctx.release, rate_pre * (ctx.release - start) / HOUR, constant),
            thinned(rng, ctx.release, ctx.t1, rate_post * (ctx.t1 - ctx.release) / HOUR, constant),
        ]
    )
    gap = _u(rng, 4, 9)
    per: list[list[tuple[float, str, int, float]]] = [[] for _ in range(n)]
    growth = _u(rng, 150, 400)
    for s in starts.tolist():
        k = irange(rng, 3, 14)
        style, dom = pick(rng, styles), tx.weighted(rng, dom_w)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        who = int(rng.integers(n))
        base = irange(rng, 300, 900)
        for j, tj in enumerate(t.tolist()):
            p = tx.agent_start(rng, dom, style) if j == 0 else tx.agent_step(rng, style, j)
            per[who].append((tj, p, base + int(j * growth), 600.0 if j == k - 1 else 170.0))
    for a, ev in zip(accts, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ts = np.asarray([e[0] for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            extra=np.asarray([e[2] for e in ev], dtype=np.int64),
            comp_median=np.asarray([e[3] for e in ev]),
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes (bursts of 3-14 steps), Poisson starts",
            "ip_source": f"autoscaled cloud workers ({prov})",
            "payment": "one card",
            "user_agent": ua,
            "styles": styles,
            "domains": dom_w,
            "episodes_per_hour": [round(rate_pre, 2), round(rate_post, 2)],
            "languages": {"en": 1.0},
            "hard": False,
        },
    )


# ============================================================================================
# synthetic-dataset generation


def chula(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Churned keys on stolen cards (each lives a day or two, then is revoked), through a
    residential-proxy network, generating instruction data in six languages."""
    name = "chula"
    n = irange(rng, 12, 30)
    proxy = resi(rng, irange(rng, 150, 400), "*")
    langs = _mix(rng, ("en", "es", "pt", "id", "vi", "hi"))
    style_w = _mix(rng, tx.SYN_STYLES)
    accts = []
    hold = _u(rng, 5, 30) * MINUTE
    lives = []
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="churned_key",
            campaign_id=cid,
            ua=ua,
            ips=[pick(rng, proxy) for _ in range(irange(rng, 20, 60))],
        )
        accts.append(a)
        begin = ctx.t0 + _u(rng, 0.1, 6.0) * DAY
        end = min(ctx.t1, begin + _u(rng, 0.8, 2.5) * DAY)
        lives.append([round(begin, 1), round(end, 1)])
        ts = thinned(rng, begin, end, _u(rng, 2, 6) * (end - begin) / HOUR, constant)
        st = [tx.weighted(rng, style_w) for _ in range(len(ts))]
        prompts = [tx.synth_prompt(rng, tx.weighted(rng, langs), s, ctx.chat) for s in st]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.02),
            ips=sticky(rng, ts, a.ips, hold),
            comp_median=_comp(st, {"jsonl": 1900, "persona": 650, "evolve": 850}),
            comp_sigma=0.45,
            err=0.02,
        )
        if end < ctx.t1 and len(ts):
            k = irange(rng, 1, 4)
            tr = end + np.sort(rng.uniform(0, 2 * HOUR, size=k))
            ctx.emit(
                rng,
                a,
                tr,
                [tx.synth_prompt(rng, "en", "jsonl", ctx.chat) for _ in range(k)],
                models=ctx.models(rng, tr, p_new=0.8),
                comp_median=1.0,
                comp_sigma=0.01,
                status=401,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "pacing": "Poisson per key over a short key life",
            "ip_source": "residential proxies, worldwide, sticky sessions",
            "payment": "stolen cards, one per key",
            "key_lives": lives,
            "languages": langs,
            "styles": style_w,
            "hard": False,
        },
    )


# ============================================================================================
# multi-turn dialogue harvest by public-prompt replay (hard)


def carom(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A crowd of individual-looking accounts replays public ShareGPT first turns as evening
    conversations with generic follow-ups, from residential proxies matched to each persona."""
    name = "carom"
    n = irange(rng, 25, 50)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="persona",
            campaign_id=cid,
            ua=ua,
            tz=tz,
            ips=home(rng, irange(rng, 1, 2), tz),
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            _u(rng, 1.5, 4),
            evening_person(tz, _u(rng, 2, 4)),
            _u(rng, 3, 7),
            _u(rng, 40, 120),
        )
        lang = (
            "de"
            if tz in (1, 2) and chance(rng, 0.3)
            else ("es" if tz == -3 and chance(rng, 0.5) else "en")
        )
        ts_all, prompts = [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                if j == 0:
                    prompts.append(ctx.chat[order[cursor % len(order)]])
                    cursor += 1
                else:
                    prompts.append(tx.followup(rng, lang if chance(rng, 0.5) else "en"))
                ts_all.append(t)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.05),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (public prompt replay)",
            "pacing": "evening sessions per persona",
            "ip_source": "residential proxies matched to each persona's time zone",
            "payment": "one card per account",
            "first_turns_used": cursor,
            "languages": {"en": 0.9, "de": 0.05, "es": 0.05},
            "hard": True,
        },
    )


# ============================================================================================
# best-of-n / soft-label sampling


def dos_paredes(ctx: Ctx, rng: Rng, cid: str) -> None:
    """The same prompt sent n times within seconds (letters, option distributions, open answers),
    from a couple of cloud keys; starts when the new model appears."""
    name = "dos_paredes"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "oracle", "hetzner"))
    ua = sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n)
    ]
    style_w = _mix(rng, tx.SAMPLE_STYLES)
    spread = chance(rng, 0.5)
    test = thinned(rng, ctx.release - _u(rng, 6, 30) * HOUR, ctx.release, _u(rng, 5, 20), constant)
    go = ctx.release + _u(rng, 0.1, 8) * HOUR
    rate = _u(rng, 5, 12)
    jobs = _cat([test, thinned(rng, go, ctx.t1, rate * (ctx.t1 - go) / HOUR, constant)])
    per: list[list[tuple[float, str, str]]] = [[] for _ in range(n)]
    size = _u(rng, 4, 10)
    for b in bursts(rng, jobs, size, _u(rng, 0.3, 1.2), 0.7):
        style = tx.weighted(rng, style_w)
        p = tx.sample_prompt(rng, style, ctx.chat)
        who = int(rng.integers(n))
        for j, t in enumerate(b.tolist()):
            per[(who + j) % n if spread else who].append((t, p, style))
    for a, ev in zip(accts, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ts = np.asarray([e[0] for e in ev])
        st = [e[2] for e in ev]
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=_comp(st, {"letter": 2, "dist": 45, "open": 420}),
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "bursts of identical prompts",
            "copies_mean": round(size, 2),
            "copies_spread_over_keys": spread,
            "ip_source": f"cloud ({prov})",
            "payment": "one card",
            "user_agent": ua,
            "styles": style_w,
            "jobs_per_hour": round(rate, 2),
            "languages": {"en": 1.0},
            "hard": False,
        },
    )


# ============================================================================================
# curriculum sweep hidden in an edtech product's traffic (hard)


def arrimada(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A real tutoring app's keys: students' evening questions from the app backend, and, mixed in
    on the same keys, addresses and SDK, a steady sweep over a whole curriculum grid."""
    name = "arrimada"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 5))
    market = {-5: "en", -3: "es", 5: "hi"}[tz]
    backend = cloud(rng, irange(rng, 2, 5), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0")),
            ips=backend,
            tz=tz,
        )
        for _ in range(n)
    ]
    app_rate = _u(rng, 8, 20)
    app = worker_pool(rng, ctx.t0, ctx.t1, app_rate, n, evening_person(tz, 3.0))
    sweep_rate = _u(rng, 6, 16)
    sweep_go = ctx.t0 + _u(rng, 0.5, 2.5) * DAY
    sweep = worker_pool(rng, sweep_go, ctx.t1, sweep_rate, n, constant)
    grid = tx.curriculum_grid(rng)
    langs = {"en": 0.6, market: 0.4} if market != "en" else {"en": 1.0}
    style_w = _mix(rng, tx.LESSON_STYLES)
    cursor = 0
    for i, a in enumerate(accts):
        ta = app[i]
        pa = [
            tx.student_prompt(rng, market)
            if chance(rng, 0.7)
            else tx.clip(rng, pick(rng, ctx.chat), 10, 400)
            for _ in range(len(ta))
        ]
        ctx.emit(
            rng, a, ta, pa, models=ctx.models(rng, ta, p_new=0.15, p_mini=0.5), comp_median=260
        )
        tw = sweep[i]
        pw = []
        for _ in range(len(tw)):
            pw.append(
                tx.lesson_prompt(
                    rng,
                    grid[cursor % len(grid)],
                    tx.weighted(rng, langs),
                    tx.weighted(rng, style_w),
                )
            )
            cursor += 1
        ctx.emit(
            rng,
            a,
            tw,
            pw,
            models=ctx.models(rng, tw, p_new=0.75, p_mini=0.0),
            comp_median=1500,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep hidden in a tutoring product's traffic",
            "pacing": "product: evening load; sweep: steady 24/7 worker pool on the same keys",
            "ip_source": "the product's AWS backend",
            "payment": "one corporate card",
            "market_tz": tz,
            "app_rate_per_hour": round(app_rate, 1),
            "sweep_rate_per_hour": round(sweep_rate, 1),
            "grid_cells": len(grid),
            "cells_swept": cursor,
            "languages": langs,
            "styles": style_w,
            "hard": True,
        },
    )


# ============================================================================================
# translation harvest (parallel corpus)


def bote_pronto(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Each source text fanned out to many target languages within seconds, from an office line
    and a cloud box."""
    name = "bote_pronto"
    n = irange(rng, 3, 7)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    region = pick(rng, ("cn", "sea", "ru", "eu"))
    office = resi(rng, irange(rng, 1, 3), region)
    server = cloud(rng, irange(rng, 1, 2), pick(rng, ("alibaba", "tencent", "hetzner", "selectel")))
    accts = []
    for i in range(n):
        at_office = chance(rng, 0.5)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="translator_key",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=pick(
                    rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0")
                ),
                ips=office if at_office else server,
            )
        )
    style_w = _mix(rng, tx.TR_STYLES)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = _u(rng, 1.5, 4)
    jobs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    per: list[list[tuple[float, str, float]]] = [[] for _ in range(n)]
    for s in jobs.tolist():
        k = irange(rng, 6, 14)
        targets = [tx.LANGS[j] for j in rng.choice(len(tx.LANGS), size=k, replace=False).tolist()]
        src = tx.clip(rng, pick(rng, ctx.passages if chance(rng, 0.7) else ctx.chat), 200, 900)
        style = tx.weighted(rng, style_w)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=k - 1))])
        who = int(rng.integers(n))
        for tj, tgt in zip(t.tolist(), targets, strict=True):
            per[who].append(
                (
                    tj,
                    tx.translate_prompt(rng, style, tgt, src),
                    len(src) / 3.2 * (2 if style == "back" else 1),
                )
            )
    for a, ev in zip(accts, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ts = np.asarray([e[0] for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=np.asarray([e[2] for e in ev]),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation harvest (parallel corpus fan-out)",
            "pacing": "Poisson jobs, 6-14 targets each",
            "ip_source": f"office broadband ({region}) + one cloud box",
            "payment": f"{len(cards)} card(s)",
            "orgs": len(orgs),
            "styles": style_w,
            "jobs_per_hour": round(rate, 2),
            "languages": {"en": 0.8, "mixed": 0.2},
            "hard": False,
        },
    )


# ============================================================================================
# code harvest


def chic_chac(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Programming problems x languages, refactor and test requests, from a rented block; keys
    spread over a few orgs that share billing; pauses now and then."""
    name = "chic_chac"
    n = irange(rng, 5, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("hetzner", "ovh", "linode", "scaleway"))
    pool = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 8))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, pool) for _ in range(irange(rng, 1, 3))],
        )
        for i in range(n)
    ]
    langs = {
        "en": round(_u(rng, 0.5, 0.8), 3),
        "zh": round(_u(rng, 0.1, 0.3), 3),
        "ru": round(_u(rng, 0.05, 0.2), 3),
    }
    style_w = _mix(rng, tx.CODE_STYLES)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = _u(rng, 18, 36)
    pools = worker_pool(rng, start, ctx.t1, rate, n, constant)
    pauses = [
        (p, p + _u(rng, 6, 12) * HOUR)
        for p in rng.uniform(start, ctx.t1, size=irange(rng, 1, 3)).tolist()
    ]
    for a, ts in zip(accts, pools, strict=True):
        keep = np.ones(len(ts), dtype=bool)
        for lo, hi in pauses:
            keep &= ~((ts >= lo) & (ts < hi))
        ts = ts[keep]
        st = [tx.weighted(rng, style_w) for _ in range(len(ts))]
        prompts = [tx.code_prompt(rng, tx.weighted(rng, langs), s) for s in st]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=_comp(st, {"solve": 1200, "refactor": 800, "tests": 1000}),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest",
            "pacing": "Poisson worker pool with pauses",
            "pauses_h": [round((hi - lo) / HOUR, 1) for lo, hi in pauses],
            "ip_source": f"rented block ({prov})",
            "payment": f"{len(cards)} card(s) across {len(orgs)} orgs",
            "user_agent": ua,
            "languages": langs,
            "styles": style_w,
            "rate_per_hour": round(rate, 1),
            "hard": False,
        },
    )


# ============================================================================================
# bought aged accounts (hard)


def quiniela(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Aged personal accounts bought from their owners: each keeps its org, card and user agent;
    after the handover expert questions with reasoning arrive in denser evening sessions from
    residential proxies in the owner's own region."""
    name = "quiniela"
    n = irange(rng, 12, 25)
    accts, handovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + SDK_COMMON[:2] + MOBILE[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="bought_account",
            campaign_id=cid,
            ua=ua,
            tz=tz,
            ips=home(rng, irange(rng, 1, 2), tz),
        )
        accts.append(a)
        hand = ctx.release + _u(rng, -1.5, 1.0) * DAY
        handovers.append(round(hand, 1))
        owner = _cat(session_times(rng, ctx.t0, hand, _u(rng, 0.5, 2), evening_person(tz), 3, 60))
        po = [pick(rng, ctx.chat) for _ in range(len(owner))]
        ctx.emit(
            rng,
            a,
            owner,
            po,
            models=ctx.models(rng, owner, p_new=0.15, p_mini=0.2),
            comp_median=350,
        )
        proxy = resi(rng, irange(rng, 20, 60), _REGION[tz])
        harvest = _cat(
            session_times(
                rng,
                hand,
                ctx.t1,
                _u(rng, 4, 9),
                evening_person(tz, 4.0),
                _u(rng, 4, 8),
                _u(rng, 30, 90),
            )
        )
        lw = _TZ_LANGS[tz]
        ph = [
            tx.expert_prompt(rng, tx.weighted(rng, lw), "a")
            if chance(rng, 0.85)
            else pick(rng, ctx.chat)
            for _ in range(len(harvest))
        ]
        ctx.emit(
            rng,
            a,
            harvest,
            ph,
            models=ctx.models(rng, harvest, p_new=0.5, p_mini=0.05),
            ips=sticky(rng, harvest, proxy, _u(rng, 15, 60) * MINUTE),
            comp_median=750,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert-answer harvest through bought aged accounts",
            "handover_ts": handovers,
            "pacing": "owner's light evening use, then denser evening sessions",
            "ip_source": "owner's home, then residential proxies in the owner's region",
            "payment": "the original owners' cards",
            "languages": "by owner's region (en/es/pt/fr/de)",
            "hard": True,
        },
    )


# ============================================================================================
# low-and-slow person-like crowd (hard)


def atchiki(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Dozens of throwaway personal accounts, each asking 5-40 expert questions in a few evening
    sessions from phones (carrier IPv6) or home lines."""
    name = "atchiki"
    n = irange(rng, 60, 110)
    accts, phones = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        phone = chance(rng, 0.45)
        phones += int(phone)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS)
        ips = mobile_v6(rng, 1, _CARRIER[tz]) if phone else home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            tz=tz,
            ips=ips,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            _u(rng, 0.5, 1.6),
            evening_person(tz),
            _u(rng, 2.5, 5),
            _u(rng, 60, 180),
        )
        cap = irange(rng, 5, 40)
        ts_parts, ip_parts, total = [], [], 0
        for s in sess:
            s = s[: max(0, cap - total)]
            if not len(s):
                break
            total += len(s)
            ts_parts.append(s)
            ip_parts += (mobile_v6(rng, 1, _CARRIER[tz]) if phone else a.ips) * len(s)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        lw = _TZ_LANGS[tz]
        prompts = [tx.expert_prompt(rng, tx.weighted(rng, lw), "b") for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            ips=ip_parts or None,
            comp_median=700,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert-answer harvest by a low-and-slow crowd",
            "pacing": "few evening sessions per account",
            "ip_source": f"carrier IPv6 ({phones} accounts) or home broadband",
            "payment": "one card per account",
            "languages": "by persona's region (en/es/pt/fr/de)",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "sotamano": sotamano,
    "de_aire": de_aire,
    "bote_corto": bote_corto,
    "espaldas": espaldas,
    "chula": chula,
    "carom": carom,
    "dos_paredes": dos_paredes,
    "arrimada": arrimada,
    "bote_pronto": bote_pronto,
    "chic_chac": chic_chac,
    "quiniela": quiniela,
    "atchiki": atchiki,
}

__all__ = ["CAMPAIGN_FAMILIES"]
