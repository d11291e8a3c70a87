"""Campaign families of batch 259 (code names from fell running).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes its
events through `ctx.emit`, and records itself with `ctx.campaign`. Everything varies with the
family's own generator; nothing walks a set or hashes a string while drawing.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind259 import texts as T


def _weights(rng: np.random.Generator, k: int) -> list[float]:
    return [round(float(x), 3) for x in rng.dirichlet(np.ones(k) * 1.5)]


def _keys(
    ctx: Ctx, rng: np.random.Generator, family: str, camp: str, n: int, role: str = "worker", **kw
) -> list[bb.Acct]:
    return [
        ctx.account(rng, label="campaign", family=family, role=role, campaign_id=camp, **kw)
        for _ in range(n)
    ]


# --------------------------------------------------------------------------------------------


def cairn(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block."""
    fam = "cairn"
    n_keys, n_orgs = irange(rng, 5, 12), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay")] if one_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    pinned = chance(rng, 0.5)  # each key pinned to one host, or all keys rotating over the block
    ua = bb.sdk_ua(rng, 0.6)
    langs = ["en", "zh", "ru", "es"]
    lw = _weights(rng, 4)
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, block)] if pinned else block
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=cards[(i % n_orgs) % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(18, 40))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [T.reasoning_trace(rng, T.lang_of(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=1300,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "one_card": one_card,
            "ip_source": f"rented block ({provider})",
            "pinned_hosts": pinned,
            "user_agent": ua,
            "pacing": "poisson worker pool, 24/7",
            "per_hour": round(per_hour, 1),
            "languages": dict(zip(langs, lw, strict=True)),
            "start": start,
            "hard": False,
        },
    )


def scree(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading in scripted batches from a cloud account."""
    fam = "scree"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = bb.sdk_ua(rng, 0.3)
    accts = _keys(ctx, rng, fam, camp, n_keys, org=org, pay=card, ua=ua)
    for a in accts:
        a.ips = bb.cloud(rng, irange(rng, 1, 2), provider)
    langs = ["en", "de", "es"]
    lw = _weights(rng, 3)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_day = float(rng.uniform(2.5, 7))
    size = float(rng.uniform(30, 110))
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = np.concatenate(
            bb.bursts(rng, starts, size, float(rng.uniform(1.0, 4.0)), 0.6, ctx.t1) or [np.empty(0)]
        )
        ts = np.sort(ts)
        prompts = [
            T.grading(rng, T.lang_of(rng, langs, lw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.02), comp_median=420, err=0.02
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "pacing": "scripted bursts",
            "bursts_per_day_per_key": round(per_day, 2),
            "burst_size": round(size, 1),
            "languages": dict(zip(langs, lw, strict=True)),
            "start": start,
            "hard": False,
        },
    )


def tussock(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Policy / censorship-safe rewrites through churning keys on stolen cards behind VPN exits."""
    fam = "tussock"
    n_keys = irange(rng, 8, 16)
    lanes = irange(rng, 2, 3)
    providers = ["m247", "leaseweb", "digitalocean", "ovh"]
    langs = ["en", "zh", "ar"]
    lw = _weights(rng, 3)
    accts = []
    lane_t = [bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25) for _ in range(lanes)]
    uas = (
        "python-requests/2.32.3",
        "aiohttp/3.11.11",
        "python-httpx/0.28.1",
        "OpenAI/Python 1.54.0",
    )
    for i in range(n_keys):
        lane = i % lanes
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=camp,
            ua=pick(rng, uas),
            ips=bb.cloud(rng, irange(rng, 1, 4), pick(rng, providers)),
        )
        accts.append(a)
        life = float(rng.uniform(0.5, 2.0)) * DAY
        a0 = lane_t[lane]
        a1 = min(a0 + life, ctx.t1)
        lane_t[lane] = a1 + float(rng.uniform(0.5, 6)) * HOUR
        if a1 <= a0:
            a1 = a0 + HOUR
        ts = bb.thinned(rng, a0, a1, float(rng.uniform(8, 22)) * (a1 - a0) / HOUR, bb.constant)
        if len(ts) == 0:
            ts = np.array([a0 + 60.0])
        prompts = [
            T.policy_rewrite(rng, T.lang_of(rng, langs, lw), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.0), comp_median=650, err=0.03
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-safe / censorship-safe rewrites",
            "keys": n_keys,
            "concurrent_lanes": lanes,
            "orgs": "one per key",
            "cards": "stolen, one per key",
            "ip_source": "VPN exits on hosting ranges",
            "pacing": "each key lives 0.5-2 days at a steady rate, then is replaced",
            "languages": dict(zip(langs, lw, strict=True)),
            "hard": False,
        },
    )


def clag(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use trajectory harvest, run in the operator's working day."""
    fam = "clag"
    n_keys = irange(rng, 4, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("gcp", "aws", "alibaba"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % 2],
                pay=cards[i % 2],
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 3), provider),
            )
        )
    tz = pick(rng, (8, 3, 1, -5))
    per_hour = float(rng.uniform(20, 45))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.workday(tz, 9.0, 22.0, weekend=0.5, night=0.1)
    )
    langs = ["en", "zh"]
    lw = _weights(rng, 2)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [T.agent_trajectory(rng, T.lang_of(rng, langs, lw)) for _ in range(len(ts))]
        extra = rng.integers(150, 900, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=950,
            comp_sigma=0.55,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "pacing": "worker pool in the operator's day",
            "operator_tz": tz,
            "per_hour": round(per_hour, 1),
            "languages": dict(zip(langs, lw, strict=True)),
            "hard": False,
        },
    )


def trod(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation in nightly bursts, starting when the new model ships."""
    fam = "trod"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "tencent", "huawei", "scaleway"))
    ua = bb.sdk_ua(rng, 0.5)
    accts = _keys(ctx, rng, fam, camp, n_keys, org=org, pay=card, ua=ua)
    tz = pick(rng, (8, 9, 3, 0))
    langs = ["en", "es", "pt", "id"]
    lw = _weights(rng, 4)
    start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    for a in accts:
        a.ips = bb.cloud(rng, 1, provider)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - start) / DAY, night
        )
        ts = np.sort(
            np.concatenate(
                bb.bursts(rng, starts, float(rng.uniform(8, 25)), 6.0, 0.5, ctx.t1) or [np.empty(0)]
            )
        )
        prompts = [
            T.dataset_request(rng, T.lang_of(rng, langs, lw), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 1.0, 0.0),
            comp_median=2400,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "pacing": "nightly bursts after the release",
            "operator_tz": tz,
            "languages": dict(zip(langs, lw, strict=True)),
            "start": start,
            "hard": False,
        },
    )


def stile(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of bought aged accounts that chat like people,
    through a residential proxy provider."""
    fam = "stile"
    n = irange(rng, 25, 45)
    regions = ["us", "eu", "latam"]
    pool = []
    for r in regions:
        pool += bb.resi(rng, irange(rng, 40, 90), r)
    langs = ["en", "es", "pt"]
    lw = _weights(rng, 3)
    shared_uas = [pick(rng, BROWSERS) for _ in range(3)]
    accts = []
    total = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, shared_uas) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(
            rng, label="campaign", family=fam, role="aged_account", campaign_id=camp, ua=ua, tz=tz
        )
        accts.append(a)
        lang = T.lang_of(rng, langs, lw)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 120)),
        )
        ts_all, prompts = [], []
        for s in sessions:
            for j in range(len(s)):
                prompts.append(T.opener(rng, lang, ctx.chat) if j == 0 else T.follow_up(rng, lang))
            ts_all.append(s)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE)
        total += ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.02), ips=ips, comp_median=650
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "accounts": n,
            "orgs": "one per account",
            "cards": "one per account (bought aged accounts)",
            "ip_source": "residential proxy pool, sticky sessions",
            "proxy_pool": len(pool),
            "pacing": "human-like evening sessions",
            "languages": dict(zip(langs, lw, strict=True)),
            "events": total,
            "hard": True,
        },
    )


def bracken(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent many times within seconds."""
    fam = "bracken"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = _keys(ctx, rng, fam, camp, n_keys, org=org, pay=card, ua=ua)
    k_lo, k_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a in accts:
        a.ips = bb.cloud(rng, 1, provider)
        groups = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts, prompts = [], []
        for g in groups.tolist():
            k = irange(rng, k_lo, k_hi)
            p = T.soft_label(rng, ctx.chat)
            ts.append(g + np.cumsum(rng.exponential(0.4, size=k)))
            prompts += [p] * k
        if not ts:
            continue
        ts = np.concatenate(ts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=380,
            comp_sigma=0.7,
            err=0.06,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "samples_per_prompt": [k_lo, k_hi],
            "pacing": "poisson groups of repeated requests",
            "start": start,
            "hard": False,
        },
    )


def ghyll(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. A real tutoring product whose keys also run a nightly curriculum sweep: the harvest
    shares the product's keys, addresses, user agent and card."""
    fam = "ghyll"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = _keys(
        ctx, rng, fam, camp, n_keys, role="product_front", org=org, pay=card, ua=ua, ips=nat
    )
    tz = pick(rng, (-5, 0, 5))
    langs = ["en", "es", "hi"]
    lw = _weights(rng, 3)
    sweep = [
        (g, s, c, v)
        for g in range(6, 13)
        for s in T.SUBJECTS
        for c in T.SUBJECTS[s]
        for v in range(4)
    ]
    order = rng.permutation(len(sweep)).tolist()
    product_rate = float(rng.uniform(8, 20))
    harvest_rate = float(rng.uniform(10, 25))
    start_h = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night = bb.nightly(float(rng.uniform(23, 25)) % 24, float(rng.uniform(4, 6)), tz)
    cursor = 0
    for a in accts:
        tp = bb.thinned(
            rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(17, 0.65)
        )
        pp = [T.student_question(rng, ctx.chat) for _ in range(len(tp))]
        ctx.emit(rng, a, tp, pp, models=ctx.models(rng, tp, 0.2, 0.6), comp_median=320)
        th = bb.thinned(
            rng, start_h, ctx.t1, harvest_rate * (ctx.t1 - start_h) / HOUR * 0.22, night
        )
        ph = []
        for _ in range(len(th)):
            g, s, c, v = sweep[order[cursor % len(order)]]
            cursor += 1
            ph.append(T.curriculum_item(rng, T.lang_of(rng, langs, lw), g, s, c, v))
        ctx.emit(
            rng, a, th, ph, models=ctx.models(rng, th, 0.95, 0.0), comp_median=1100, comp_sigma=0.45
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep hidden in a tutoring product",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"product NAT gateways ({provider})",
            "user_agent": ua,
            "company_tz": tz,
            "pacing": "product load all day + harvest in the local night",
            "product_per_hour": round(product_rate, 1),
            "sweep_items": len(sweep),
            "items_sent": cursor,
            "languages": dict(zip(langs, lw, strict=True)),
            "hard": True,
        },
    )


def recce(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Translation / parallel-corpus harvest from a phone farm on carrier IPv6."""
    fam = "recce"
    n_keys = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    ua_pool = ("okhttp/4.12.0", "Dart/3.6 (dart:io)")
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=pick(rng, ua_pool),
        )
        accts.append(a)
    per_hour = float(rng.uniform(18, 40))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        pool = bb.mobile_v6(rng, irange(rng, 20, 60), carrier)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        prompts = [T.translation_request(rng, ctx.passages, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=ips,
            comp_median=1500,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation / parallel corpus harvest",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": len(cards),
            "ip_source": f"carrier IPv6 ({carrier})",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "start": start,
            "hard": False,
        },
    )


def bob_graham(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. A small company's developers' keys run a code-harvest sweep in office hours, mixed
    with the developers' own questions, from the office line and their homes."""
    fam = "bob_graham"
    n_keys = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    code_chat = [
        p
        for p in ctx.chat
        if any(
            w in p.lower()
            for w in ("code", "python", "function", "error", "sql", "javascript", "react", "api")
        )
    ]
    accts = []
    share = float(rng.uniform(0.55, 0.75))
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.5),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 5)),
            bb.workday(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(60, 150)),
        )
        if not sessions:
            continue
        ts = np.concatenate(sessions)
        off = irange(rng, 0, 10**4)
        prompts = []
        for j in range(len(ts)):
            if chance(rng, share):
                prompts.append(
                    T.code_item(rng, off + j, off // 7 + j // len(T.CODE_TASKS) + i, off + j // 3)
                )
            else:
                prompts.append(T.dev_question(rng, code_chat))
        ips = [office[0] if chance(rng, 0.8) else pick(rng, a.ips) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.05), ips=ips, comp_median=900
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest inside a dev team's daily use",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband + developers' homes",
            "tz": tz,
            "harvest_share": round(share, 2),
            "pacing": "human sessions in office hours",
            "hard": True,
        },
    )


def kit_check(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Low-and-slow harvest through leaked keys of real customers: each key keeps its
    owner's own traffic, and the operator's share arrives through residential proxies."""
    fam = "kit_check"
    n = irange(rng, 12, 22)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 60, 150), region)
    langs = ["en", "ru", "zh"]
    lw = _weights(rng, 3)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ua = bb.sdk_ua(rng, 0.6) if chance(rng, 0.6) else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=camp,
            ua=own_ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = bb.workday(tz) if chance(rng, 0.5) else bb.evening_person(tz)
        own = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.7, 2.5)), curve, 3.0, 90.0)
        if own:
            to = np.concatenate(own)
            ctx.emit(
                rng,
                a,
                to,
                [T.opener(rng, "en", ctx.chat) for _ in range(len(to))],
                models=ctx.models(rng, to, 0.25, 0.2),
                comp_median=400,
            )
        leak = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        rate = float(rng.uniform(0.8, 2.5))
        tx = bb.thinned(rng, leak, ctx.t1, rate * (ctx.t1 - leak) / HOUR, bb.constant)
        if len(tx) == 0:
            tx = np.array([leak + 600.0])
        ua = own_ua if chance(rng, 0.5) else "python-httpx/0.28.1"
        ips = bb.sticky(rng, tx, pool, 20 * MINUTE)
        px = [T.knowledge_question(rng, T.lang_of(rng, langs, lw)) for _ in range(len(tx))]
        ctx.emit(
            rng, a, tx, px, models=ctx.models(rng, tx, 0.85, 0.0), ips=ips, ua=ua, comp_median=800
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest through leaked customer keys",
            "keys": n,
            "orgs": "the victims' own",
            "cards": "the victims' own",
            "ip_source": f"residential proxies ({region}) for the harvest share",
            "pacing": "low and slow, steady per key from the leak on",
            "languages": dict(zip(langs, lw, strict=True)),
            "hard": True,
        },
    )


def false_summit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Public-prompt replay by a crowd of person-like accounts on static residential (ISP)
    proxies matched to each account's claimed timezone."""
    fam = "false_summit"
    n = irange(rng, 20, 35)
    subset = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 900, 1800), replace=False).tolist()
    ]
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(80, 200)),
        )
        if not sessions:
            continue
        ts = np.concatenate(sessions)
        prompts = picks(rng, subset, len(ts))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.75, 0.03), comp_median=520)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "accounts": n,
            "orgs": "one per account",
            "cards": "one per account",
            "ip_source": "static residential proxies matched to tz",
            "prompt_subset": len(subset),
            "pacing": "human-like evening sessions",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "cairn": cairn,
    "scree": scree,
    "tussock": tussock,
    "clag": clag,
    "trod": trod,
    "stile": stile,
    "bracken": bracken,
    "ghyll": ghyll,
    "recce": recce,
    "bob_graham": bob_graham,
    "kit_check": kit_check,
    "false_summit": false_summit,
}
