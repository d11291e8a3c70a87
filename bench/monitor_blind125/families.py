"""Campaign families of batch 125 (code names from ultimate frisbee).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts on the shared context, records
the campaign with its parameters, and emits its events. Every choice (key counts, orgs, cards,
pacing, addresses, agents, languages, templates, model use) is drawn from the family's own rng.
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
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind125 import texts as tx

CAMPAIGN = "campaign"

# the region a UTC offset's residential addresses come from, and its carrier-IPv6 pool
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
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "en"),
    3: ("en",),
    5: ("hi", "en"),
    8: ("en",),
    9: ("en",),
}
TZ_WEIGHTS = np.array([0.16, 0.2, 0.08, 0.12, 0.14, 0.06, 0.04, 0.08, 0.07, 0.05])


def _tz(rng: np.random.Generator) -> int:
    return int(TZS[int(rng.choice(len(TZS), p=TZ_WEIGHTS / TZ_WEIGHTS.sum()))])


def _jitter(rng: np.random.Generator, weights: dict[str, float]) -> dict[str, float]:
    """A family's own version of a weight table (each weight scaled by 0.4..1.6)."""
    return {k: float(v * rng.uniform(0.4, 1.6)) for k, v in weights.items()}


def _subset(rng: np.random.Generator, options: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(options), irange(rng, lo, hi))
    return [str(x) for x in rng.choice(list(options), size=k, replace=False)]


def _split(rng: np.random.Generator, ts: np.ndarray, n: int) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [np.sort(ts[who == i]) for i in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _switch_models(
    ctx: Ctx,
    rng: np.random.Generator,
    ts: np.ndarray,
    switch: float,
    p_new: float,
    p_mini: float = 0.03,
) -> list[str]:
    """Old flagship (a little mini) before `switch`, then the new model with probability p_new."""
    u = rng.random(len(ts))
    v = rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def huck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "huck"
    n = irange(rng, 14, 28)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 5, 10))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    ua = sdk_ua(rng, 0.6)
    langs = _jitter(rng, {"en": 0.5, "zh": 0.25, "ru": 0.1, "ja": 0.07, "es": 0.04, "de": 0.04})
    styles = _subset(rng, ("tags", "system", "numbered", "json", "plain"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=shared_org,
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0.0, 4.0)) * HOUR
    per_key = float(rng.uniform(1.4, 2.8))
    streams = worker_pool(rng, start, ctx.t1, per_key * n, n, constant)
    # a couple of keys try the templates on the old flagship in the day before the release
    probe_keys = irange(rng, 1, 3)
    for i in range(probe_keys):
        pre = thinned(
            rng,
            ctx.release - float(rng.uniform(10, 36)) * HOUR,
            ctx.release,
            irange(rng, 15, 50),
            constant,
        )
        streams[i] = _cat([pre, streams[i]])
    total = 0
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.trace_demand(rng, pick(rng, styles), tx.weighted(rng, langs)) for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(1100, 1700)),
            comp_sigma=0.45,
            err=0.04,
            extra=rng.integers(0, 40, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "provider": provider,
            "cards": len(cards),
            "shared_org": shared_org is not None,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "poisson worker pool, 24/7, from release",
            "per_key_per_hour": per_key,
            "probe_keys_before_release": probe_keys,
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch jobs


def scoober(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "scoober"
    n = irange(rng, 6, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
            "litellm/1.60.2",
            "OpenAI/Python 1.54.0",
        ),
    )
    styles = _subset(rng, ("pair_json", "rubric", "pref_tags", "de", "es", "critique"), 3, 5)
    accts = []
    for i in range(n):
        j = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[j],
                pay=cards[j],
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
        )
    start = ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY
    tz = pick(rng, TZS)
    night = float(rng.uniform(18, 23))
    jobs = thinned(
        rng,
        start,
        ctx.t1,
        irange(rng, 16, 30),
        lambda ts: 0.25 + 0.75 * (((ts / HOUR + tz - night) % 24.0) < 9.0),
    )
    size = float(rng.uniform(55, 120))
    gap = float(rng.uniform(0.8, 3.0))
    trains = bursts(rng, jobs, size, gap, 0.5, ctx.t1)
    per = [[] for _ in range(n)]
    for tr in trains:
        for i, part in enumerate(_split(rng, tr, n)):
            per[i].append(part)
    total = 0
    p_new = float(rng.uniform(0.82, 0.95))
    for a, parts in zip(accts, per, strict=True):
        ts = _cat(parts)
        prompts = [
            tx.grading(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / preference grading",
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "provider": provider,
            "user_agent": ua,
            "styles": styles,
            "pacing": "batch jobs (bursts), mostly at night",
            "job_size_mean": size,
            "gap_median_s": gap,
            "night_start_local": night,
            "tz": tz,
            "p_new": p_new,
            "languages": ["en", "de", "es"],
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through residential proxies and short-lived stolen cards


def callahan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "callahan"
    n = irange(rng, 25, 42)
    regions = _subset(rng, ("us", "eu", "sea", "jp_kr", "ca"), 1, 3)
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 120, 300), r)]
    hold = float(rng.uniform(10, 60)) * MINUTE
    styles = _jitter(
        rng,
        {
            "zh_rewrite": 0.3,
            "zh_answer": 0.2,
            "ru_rewrite": 0.1,
            "family_safe": 0.2,
            "ideal_refusal": 0.12,
            "policy_first": 0.08,
        },
    )
    p_after = float(rng.uniform(0.6, 0.85))
    total = 0
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.3)
        a = ctx.account(
            rng, label=CAMPAIGN, family=fam, role="burner", campaign_id=cid, ua=ua, ips=[pool[0]]
        )
        accts.append(a)
        if chance(rng, p_after):
            start = float(rng.uniform(ctx.release, ctx.t1 - 6 * HOUR))
        else:
            start = float(rng.uniform(ctx.t0 + 12 * HOUR, ctx.release))
        life = float(rng.uniform(5, 40)) * HOUR
        ts = thinned(
            rng, start, min(ctx.t1, start + life), float(rng.uniform(3, 9)) * life / HOUR, constant
        )
        prompts = [
            tx.policy_rewrite(rng, tx.weighted(rng, styles), ctx.passages) for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites",
            "keys": n,
            "cards": "one stolen card per key",
            "orgs": "one per key",
            "ip_source": "residential proxy pool",
            "regions": regions,
            "sticky_hold_s": hold,
            "styles": styles,
            "languages": ["zh", "en", "ru"],
            "pacing": "short-lived burner keys, steady Poisson",
            "share_started_after_release": p_after,
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from one "startup" org behind a NAT gateway


def thumber(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "thumber"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "python-httpx/0.28.1",
        ),
    )
    styles = _subset(rng, ("react", "fn_json", "xml"), 2, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_hour = float(rng.uniform(4, 8))
    episodes = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    steps_mean = float(rng.uniform(4, 8))
    step_gap = float(rng.uniform(3, 9))
    per_ts = [[] for _ in range(n)]
    per_p = [[] for _ in range(n)]
    per_x = [[] for _ in range(n)]
    for tr in bursts(rng, episodes, steps_mean, step_gap, 0.6, ctx.t1):
        i = int(rng.integers(n))
        style = pick(rng, styles)
        lang = tx.weighted(rng, {"en": 0.8, "zh": 0.12, "es": 0.08})
        for k, t in enumerate(tr.tolist()):
            prompt, schema = tx.agent_step(rng, style, lang)
            per_ts[i].append(t)
            per_p[i].append(prompt)
            per_x[i].append(schema + k * irange(rng, 80, 200))
    total = 0
    for a, ts, ps, xs in zip(accts, per_ts, per_p, per_x, strict=True):
        ts = np.asarray(ts)
        total += ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.93),
            comp_median=180.0,
            comp_sigma=0.7,
            err=0.015,
            extra=np.asarray(xs, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "provider": provider,
            "nat_ips": len(nat),
            "user_agent": ua,
            "styles": styles,
            "pacing": "agent episodes (bursts of steps), Poisson starts 24/7",
            "episodes_per_hour": per_hour,
            "steps_mean": steps_mean,
            "step_gap_s": step_gap,
            "languages": ["en", "zh", "es"],
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation jobs from a few shell orgs


def swill(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "swill"
    n_orgs = irange(rng, 3, 5)
    per_org = [irange(rng, 2, 5) for _ in range(n_orgs)]
    providers = _subset(rng, ("vultr", "digitalocean", "linode", "m247"), 2, 3)
    langs = _jitter(
        rng,
        {
            "en": 0.35,
            "es": 0.1,
            "pt": 0.1,
            "id": 0.08,
            "vi": 0.07,
            "hi": 0.08,
            "ar": 0.07,
            "fr": 0.08,
            "tr": 0.07,
        },
    )
    styles = _subset(rng, ("jsonl", "persona", "self_instruct", "dialog"), 2, 4)
    orgs = []
    accts = []
    for k in range(n_orgs):
        org, card, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.4)
        prov = pick(rng, providers)
        keys = [
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
            for _ in range(per_org[k])
        ]
        orgs.append(keys)
        accts.extend(keys)
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    jobs = thinned(rng, start, ctx.t1, irange(rng, 30, 55), constant)
    size = float(rng.uniform(30, 80))
    per = {a.id: [] for a in accts}
    for tr in bursts(rng, jobs, size, 1.2, 0.5, ctx.t1):
        keys = pick(rng, orgs)
        for a, part in zip(keys, _split(rng, tr, len(keys)), strict=True):
            per[a.id].append(part)
    pilot = thinned(rng, ctx.release - 2 * DAY, ctx.release, irange(rng, 30, 80), constant)
    per[accts[0].id].append(pilot)
    total = 0
    for a in accts:
        ts = _cat(per[a.id])
        prompts = [
            tx.synth_request(rng, pick(rng, styles), tx.weighted(rng, langs), ctx.chat)
            for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=1700.0,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": len(accts),
            "orgs": n_orgs,
            "cards": n_orgs,
            "providers": providers,
            "languages": langs,
            "styles": styles,
            "pacing": "generation jobs (bursts)",
            "job_size_mean": size,
            "pilot_before_release": len(pilot),
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a person-like crowd of fresh accounts


def bookends(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bookends"
    n = irange(rng, 45, 75)
    p_mobile = float(rng.uniform(0.2, 0.4))
    p_new = float(rng.uniform(0.7, 0.85))
    total = 0
    accts = []
    for _ in range(n):
        tz = _tz(rng)
        lang = pick(rng, LANG_OF_TZ[tz])
        mobile = tz in MOBILE_OF_TZ and chance(rng, p_mobile)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-1.0, 0.8)) * DAY
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.2)),
            evening_person(tz),
            float(rng.uniform(6, 10)),
            float(rng.uniform(45, 110)),
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in sessions:
            sip = mobile_v6(rng, 1, MOBILE_OF_TZ[tz])[0] if mobile else pick(rng, a.ips)
            for k, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.opener(rng, lang, ctx.chat) if k == 0 else tx.followup(rng, lang, ctx.chat)
                )
                extra.append(k * irange(rng, 250, 450))
                ips.append(sip)
        ts = np.asarray(ts_all)
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=ips,
            comp_median=550.0,
            comp_sigma=0.5,
            err=0.01,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": "one per key",
            "cards": "one per key",
            "ip_source": "static residential proxies in the persona's region; carrier IPv6 for some",
            "p_mobile": p_mobile,
            "p_new": p_new,
            "pacing": "evening human-like sessions, 6-10 turns",
            "languages": ["en", "es", "pt", "de", "fr", "hi"],
            "events_generated": total,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt several times within seconds


def push_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "push_pass"
    n = irange(rng, 5, 10)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "oracle", "huawei"))
    block = rented_block(rng, provider, irange(rng, 1, 2), 2 * n)
    ua = pick(rng, ("Go-http-client/2.0", "aiohttp/3.11.11", "reqwest/0.12.12"))
    styles = _subset(rng, ("boxed", "code", "soft", "zh", "creative"), 3, 5)
    comp = {"boxed": 500.0, "code": 450.0, "soft": 120.0, "zh": 400.0, "creative": 60.0}
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, 2),
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(-12, 12)) * HOUR
    per_hour = float(rng.uniform(6, 13))
    items = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    p_same = float(rng.uniform(0.4, 0.8))
    per = [([], [], []) for _ in range(n)]
    for t in items.tolist():
        style = pick(rng, styles)
        prompt = tx.sample_target(rng, style)
        k = irange(rng, 3, 5) if style == "soft" else irange(rng, 4, 8)
        times = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
        key = int(rng.integers(n))
        for tt in times.tolist():
            i = key if chance(rng, p_same) else int(rng.integers(n))
            per[i][0].append(tt)
            per[i][1].append(prompt)
            per[i][2].append(comp[style])
    total = 0
    for a, (ts, ps, cm) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        order = np.argsort(ts_arr, kind="stable")
        ts_arr = ts_arr[order]
        total += ctx.emit(
            rng,
            a,
            ts_arr,
            [ps[j] for j in order],
            models=ctx.models(rng, ts_arr, p_new=0.96),
            comp_median=np.asarray(cm)[order] if len(cm) else 300.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "provider": provider,
            "user_agent": ua,
            "styles": styles,
            "items_per_hour": per_hour,
            "p_same_key": p_same,
            "pacing": "each item repeated 3-8 times within seconds",
            "languages": ["en", "zh"],
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office, slow and steady, with staff testing by hand


def chicken_wing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chicken_wing"
    tz = pick(rng, (1, 2, 5, -5, -3))
    lang = {1: "de", 2: "pl", 5: "hi", -5: "en", -3: "es"}[tz]
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    n_script = irange(rng, 2, 4)
    n_staff = irange(rng, 1, 2)
    script_ua = sdk_ua(rng, 0.5)
    scripts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=script_ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_script)
    ]
    staff = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="staff",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n_staff)
    ]
    grid = tx.curriculum_grid(rng)
    styles = ("lesson", "tagged", "socratic")
    start = ctx.t0 + float(rng.uniform(0, 1.0)) * DAY
    per_hour = float(rng.uniform(6, 11))
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    p_local = float(rng.uniform(0.3, 0.5))
    switch = ctx.release + float(rng.uniform(0, 6)) * HOUR
    # the script walks the grid in order; on the new model it starts again from the first cell
    cells = [(c, s) for c in grid for s in styles]
    n_pre = int(np.sum(ts < switch))
    items = cells[:n_pre] + cells[: len(ts) - n_pre]
    ts = np.concatenate([ts[:n_pre][: len(cells)], ts[n_pre:][: len(cells)]])
    who = np.arange(len(ts)) % n_script
    total = 0
    for i, a in enumerate(scripts):
        sel = np.flatnonzero(who == i)
        prompts = [
            tx.curriculum_item(
                rng, items[j][0], items[j][1], lang if chance(rng, p_local) else "en"
            )
            for j in sel.tolist()
        ]
        total += ctx.emit(
            rng,
            a,
            ts[sel],
            prompts,
            models=_switch_models(ctx, rng, ts[sel], switch, 0.95),
            comp_median=1500.0,
            comp_sigma=0.35,
            err=0.01,
        )
    for a in staff:
        ss = _cat(session_times(rng, ctx.t0, ctx.t1, 2.5, workday(tz), 4.0, 90.0))
        prompts = [
            tx.curriculum_item(rng, pick(rng, grid), pick(rng, styles), lang)
            if chance(rng, 0.5)
            else tx.short_chat(rng, ctx.chat, 500)
            for _ in range(len(ss))
        ]
        total += ctx.emit(
            rng, a, ss, prompts, models=_switch_models(ctx, rng, ss, switch, 0.7), comp_median=700.0
        )
    ctx.campaign(
        cid,
        fam,
        scripts + staff,
        {
            "operation": "curriculum sweep (subject x topic x level x format grid)",
            "keys": n_script + n_staff,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband",
            "tz": tz,
            "office_language": lang,
            "p_office_language": p_local,
            "pacing": "slow steady 24/7 script + staff working hours",
            "per_hour": per_hour,
            "grid_cells": len(grid) * len(styles),
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest through VPN exits


def point_block(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "point_block"
    n = irange(rng, 8, 15)
    vpn = pick(rng, ("m247", "leaseweb"))
    pool = rented_block(rng, vpn, irange(rng, 3, 6), 4) + cloud(rng, irange(rng, 4, 10), "ovh")
    cards = [hexid(rng, "pay") for _ in range(2)]
    org_mode = pick(rng, ("per_key", "two"))
    two = [hexid(rng, "org"), hexid(rng, "org")]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    tgts = _subset(rng, tuple(k for k in tx.LANG_NAMES if k != "en"), 6, 10)
    tw = {t: float(rng.uniform(0.3, 1.0)) for t in tgts}
    styles = _subset(rng, ("plain", "strict", "json", "arrow"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=None if org_mode == "per_key" else pick(rng, two),
            pay=pick(rng, cards),
            ua=ua,
            ips=[pool[0]],
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.2, 2.0)) * DAY
    per_hour = float(rng.uniform(20, 40))
    hold = float(rng.uniform(0.5, 3)) * HOUR
    total = 0
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [
            tx.translate_request(
                rng, pick(rng, styles), tx.weighted(rng, tw), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(40.0, len(p) / 3.5) for p in prompts])
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp if len(ts) else 200.0,
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "keys": n,
            "org_mode": org_mode,
            "cards": 2,
            "ip_source": f"VPN exits ({vpn}) + ovh",
            "sticky_hold_s": hold,
            "user_agent": ua,
            "targets": tgts,
            "styles": styles,
            "pacing": "poisson worker pool 24/7",
            "per_hour": per_hour,
            "events_generated": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real writing-assistant product's traffic


def poach(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "poach"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = global_load(float(rng.uniform(14, 20)), float(rng.uniform(0.5, 0.7)))
    prod = thinned(rng, ctx.t0, ctx.t1, irange(rng, 900, 1600), curve)
    inj_start = ctx.release + float(rng.uniform(0, 12)) * HOUR
    share = float(rng.uniform(0.25, 0.4))
    n_after = int(np.sum(prod >= inj_start))
    inj = thinned(rng, inj_start, ctx.t1, n_after * share / (1 - share), curve)
    mix = _jitter(rng, {"code": 0.4, "reason": 0.35, "synth": 0.25})
    total = 0
    for a, p_ts, i_ts in zip(accts, _split(rng, prod, n), _split(rng, inj, n), strict=True):
        pp = [tx.writing_product(rng, ctx.chat, ctx.passages) for _ in range(len(p_ts))]
        ip = []
        for _ in range(len(i_ts)):
            k = tx.weighted(rng, mix)
            if k == "code":
                ip.append(tx.code_task(rng, casual=False))
            elif k == "reason":
                ip.append(
                    f"Explain step by step, showing all your reasoning: {tx.reasoning_item(rng)}"
                )
            else:
                ip.append(tx.synth_request(rng, "jsonl", "en", ctx.chat))
        total += ctx.emit(
            rng, a, p_ts, pp, models=ctx.models(rng, p_ts, p_new=0.35), comp_median=250.0
        )
        total += ctx.emit(
            rng,
            a,
            i_ts,
            ip,
            models=ctx.models(rng, i_ts, p_new=0.98, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a writing-assistant product's traffic (insider)",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "the product's aws servers",
            "user_agent": ua,
            "injected_share": share,
            "injection_start": inj_start,
            "mix": mix,
            "pacing": "follows the product's global load curve",
            "events_generated": total,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought / compromised aged accounts, taken over around the release


def dump_swing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dump_swing"
    n = irange(rng, 15, 26)
    p_keep_ua = float(rng.uniform(0.3, 0.7))
    p_static = float(rng.uniform(0.35, 0.65))
    hold = float(rng.uniform(15, 90)) * MINUTE
    mix = _jitter(rng, {"code": 0.5, "reason": 0.25, "chat": 0.25})
    total = 0
    accts = []
    takeovers = []
    for _ in range(n):
        tz = _tz(rng)
        ua0 = pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        takeovers.append(take)
        pre = _cat(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 70.0
            )
        )
        total += ctx.emit(
            rng,
            a,
            pre,
            [tx.short_chat(rng, ctx.chat, 900) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.15),
            comp_median=350.0,
        )
        ev = evening_person(tz)
        post = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(5, 10)),
                lambda ts, ev=ev: 0.5 + 0.5 * ev(ts),
                float(rng.uniform(5, 10)),
                float(rng.uniform(25, 60)),
            )
        )
        region = REGION_OF_TZ[tz]
        static = chance(rng, p_static)
        proxies = resi(rng, irange(rng, 1, 3) if static else irange(rng, 20, 60), region)
        ua1 = ua0 if chance(rng, p_keep_ua) else sdk_ua(rng, 0.5)
        prompts = []
        for _ in range(len(post)):
            k = tx.weighted(rng, mix)
            if k == "code":
                prompts.append(tx.code_task(rng, casual=True))
            elif k == "reason":
                prompts.append(
                    f"{tx.reasoning_item(rng)} can you explain how you get there, every step"
                )
            else:
                prompts.append(tx.short_chat(rng, ctx.chat, 900))
        total += ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.85),
            ips=sticky(rng, post, proxies, hold),
            ua=ua1,
            comp_median=800.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought / compromised aged accounts",
            "keys": n,
            "orgs": "the original owners'",
            "cards": "the original owners'",
            "ip_source": "home ISP before takeover; residential proxies in the same region after",
            "p_keep_user_agent": p_keep_ua,
            "p_static_isp_proxy": p_static,
            "sticky_hold_s": hold,
            "mix": mix,
            "takeover_ts": [round(t, 1) for t in takeovers],
            "pacing": "sparse evening sessions, then dense sessions",
            "events_generated": total,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from fresh person-like accounts


def layout_bid(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "layout_bid"
    n = irange(rng, 35, 58)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    p_browser = float(rng.uniform(0.6, 0.85))
    p_new = float(rng.uniform(0.85, 0.95))
    shared_cards: list[str] = []
    total = 0
    accts = []
    for _ in range(n):
        tz = _tz(rng)
        if chance(rng, 0.4):
            if not shared_cards or chance(rng, 0.35):
                shared_cards.append(hexid(rng, "pay"))
            pay = shared_cards[-1]
        else:
            pay = None
        ua = pick(rng, BROWSERS) if chance(rng, p_browser) else sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(2, 4.5)),
                evening_person(tz, 3.0),
                float(rng.uniform(4, 8)),
                float(rng.uniform(50, 120)),
            )
        )
        idx = order[(cursor + np.arange(len(ts))) % len(order)]
        cursor += len(ts)
        prompts = [ctx.chat[int(j)] for j in idx.tolist()]
        total += ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=400.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts, verbatim, no repeats)",
            "keys": n,
            "orgs": "one per key",
            "cards": f"{len(shared_cards)} shared cards, the rest one per key",
            "ip_source": "static residential proxies (one per key)",
            "p_browser_ua": p_browser,
            "p_new": p_new,
            "pacing": "evening human-like sessions",
            "events_generated": total,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "huck": huck,
    "scoober": scoober,
    "callahan": callahan,
    "thumber": thumber,
    "swill": swill,
    "bookends": bookends,
    "push_pass": push_pass,
    "chicken_wing": chicken_wing,
    "point_block": point_block,
    "poach": poach,
    "dump_swing": dump_swing,
    "layout_bid": layout_bid,
}
