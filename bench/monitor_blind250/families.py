"""Campaign families of batch 250: twelve distillation operations, each drawing everything (keys,
organisations, cards, pacing, addresses, user agents, languages, templates, models) from its own
generator. Code names are words from jereed; `README.md` describes each family.

Draw order is fixed: only lists, tuples and dicts (insertion order) are walked while drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
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
    mobile_v6,
    nightly,
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind250 import texts

#: user agents seen in the simulator's campaign-free background (its most common first)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_WEIGHTS = (0.34, 0.23, 0.15, 0.13, 0.11, 0.04)
BG_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

#: consumer region of the simulator's address map for each UTC offset in TZS
REGION_OF = {
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


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def bg_ua(rng: np.random.Generator) -> str:
    return weighted(rng, BG_UAS, BG_UA_WEIGHTS)


def send(
    ctx: Ctx,
    rng: np.random.Generator,
    acct: Acct,
    ts,
    prompts: list[str],
    *,
    p_new: float,
    p_mini: float = 0.05,
    ips=None,
    comp=350.0,
    sigma: float = 0.6,
    err: float = 0.01,
    ua=None,
    extra=0,
    models: list[str] | None = None,
) -> int:
    """Emit one account's events in time order (per-event lists are reordered with the times)."""
    ts = np.asarray(ts, dtype=np.float64)
    if len(ts) == 0:
        return 0
    order = np.argsort(ts, kind="stable")
    idx = order.tolist()
    ts = ts[order]
    prompts = [prompts[i] for i in idx]
    if isinstance(ips, list):
        ips = [ips[i] for i in idx]
    if isinstance(ua, list):
        ua = [ua[i] for i in idx]
    if isinstance(models, list):
        models = [models[i] for i in idx]
    comp = np.asarray(comp, dtype=np.float64)
    if comp.ndim:
        comp = comp[order]
    extra = np.asarray(extra, dtype=np.int64)
    if extra.ndim:
        extra = extra[order]
    if models is None:
        models = ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)
    return ctx.emit(
        rng,
        acct,
        ts,
        prompts,
        models=models,
        ips=ips,
        ua=ua,
        comp_median=comp,
        comp_sigma=sigma,
        err=err,
        extra=extra,
    )


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def ramp_at(release: float, before: float, after: float) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, after, before)

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def wooden_javelin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wooden_javelin"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(1 if chance(rng, 0.7) else 2)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    pool = rented_block(rng, prov, irange(rng, 2, 3), irange(rng, 4, 8))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs, lang_w = ("en", "zh", "ru", "es"), (0.55, 0.25, 0.12, 0.08)
    style_w = rng.dirichlet(np.ones(5) * 2.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, pool)],
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(45, 100))
    pre = float(rng.uniform(0.25, 0.6))
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys, curve=ramp_at(ctx.release, pre, 1.0))
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.reasoning_coerce(rng, int(rng.choice(5, p=style_w)), weighted(rng, langs, lang_w))
            for _ in range(len(ts))
        ]
        send(ctx, rng, acct, ts, prompts, p_new=0.95, p_mini=0.0, comp=1500.0, sigma=0.45, err=0.04)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "provider": prov,
            "pacing": "worker pool",
            "rate_per_hour": round(rate, 1),
            "pre_release_share": round(pre, 2),
            "user_agent": ua,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts through VPN exits


def rahvan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rahvan"
    n_keys = irange(rng, 4, 7)
    org = hexid(rng, "org")
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = cloud(rng, irange(rng, 12, 30), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    style_w = rng.dirichlet(np.ones(6) * 1.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=[pick(rng, exits)],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day, size = float(rng.uniform(2, 5)), float(rng.uniform(40, 110))
    for acct in accts:
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, ramp_at(ctx.release, 0.35, 1.0)
        )
        trains = bursts(rng, starts, size, gap_median=float(rng.uniform(1.0, 3.0)), b=ctx.t1)
        ts = concat(trains)
        ips = [ip for tr in trains for ip in [pick(rng, exits)] * len(tr)]
        prompts = [
            texts.judge_harvest(rng, int(rng.choice(6, p=style_w)), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        send(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            p_new=0.9,
            p_mini=0.0,
            ips=ips,
            comp=420.0,
            sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one prepaid virtual card per key",
            "ip_source": f"VPN exits ({vpn})",
            "pacing": "scripted bursts",
            "bursts_per_key_day": round(per_day, 1),
            "burst_size": round(size),
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites through sticky residential proxies


def erzurum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "erzurum"
    n_keys, n_orgs = irange(rng, 10, 20), irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pool = resi(rng, irange(rng, 150, 400), "*")
    hold = float(rng.uniform(10, 30)) * MINUTE
    langs, lang_w = ("zh", "ru", "ar", "en"), (0.4, 0.2, 0.15, 0.25)
    accts, lang_of = [], []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                ua=pick(rng, BROWSERS),
                ips=[pick(rng, pool)],
            )
        )
        lang_of.append(weighted(rng, langs, lang_w))
    for acct, lang in zip(accts, lang_of, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        rate = float(rng.uniform(2, 6))
        ts = thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, ramp_at(ctx.release, 0.6, 1.0)
        )
        prompts = [
            texts.policy_rewrite(rng, int(rng.integers(3)), lang, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        send(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            p_new=0.85,
            p_mini=0.02,
            ips=sticky(rng, ts, pool, hold),
            comp=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "stolen, one per key",
            "ip_source": "residential proxies, sticky sessions",
            "hold_minutes": round(hold / MINUTE),
            "pacing": "slow steady per key",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from a cloud NAT


def bayburt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bayburt"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    nat = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6"))
    style_w = rng.dirichlet(np.ones(4) * 2.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(25, 60))
    gap = nightly(float(rng.uniform(0, 24)), float(rng.uniform(1.5, 3.0)), 0)
    up = ramp_at(ctx.release, 0.5, 1.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        return (1.0 - gap(ts)) * up(ts)

    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = [texts.agent_harvest(rng, int(rng.choice(4, p=style_w))) for _ in range(len(ts))]
        send(ctx, rng, acct, ts, prompts, p_new=0.92, p_mini=0.0, comp=950.0, sigma=0.5, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud NAT ({prov})",
            "pacing": "worker pool, daily gap",
            "rate_per_hour": round(rate, 1),
            "user_agent": ua,
            "languages": ["en", "zh"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation from a farm of fresh sign-ups on cheap VPSs


def hoofbeat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hoofbeat"
    n_keys = irange(rng, 20, 40)
    provs = providers()
    style_w = rng.dirichlet(np.ones(6) * 1.2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="signup",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.4),
            ips=cloud(rng, 1, pick(rng, provs)),
        )
        for _ in range(n_keys)
    ]
    per_day, size = float(rng.uniform(1, 3)), float(rng.uniform(12, 30))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, ramp_at(ctx.release, 0.5, 1.0)
        )
        ts = concat(
            bursts(rng, starts, size, gap_median=float(rng.uniform(6, 20)), gap_sigma=0.6, b=ctx.t1)
        )
        prompts = [
            texts.synth_dataset(rng, int(rng.choice(6, p=style_w)), ctx.chat)
            for _ in range(len(ts))
        ]
        send(ctx, rng, acct, ts, prompts, p_new=0.9, p_mini=0.03, comp=1700.0, sigma=0.4, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": "prepaid, one per key",
            "ip_source": "one VPS per key, mixed providers",
            "pacing": "daily bursts",
            "languages": ["en", "es", "pt", "fr", "id"],
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: scripted multi-turn dialogues by a paid crowd on phones


def withers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "withers"
    n = irange(rng, 25, 45)
    cards = [hexid(rng, "pay") for _ in range(max(3, n // 6))]
    homes = {"hi": (5,), "pt": (-3,), "es": (-5, -3), "id": (8,), "en": (5, -5, 0, 8)}
    mob = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", 0: "eu_mobile"}
    langs, lang_w = ("en", "hi", "pt", "es", "id"), (0.35, 0.2, 0.2, 0.15, 0.1)
    accts, meta = [], []
    for _ in range(n):
        lang = weighted(rng, langs, lang_w)
        tz = int(pick(rng, homes[lang]))
        ua = BG_IPHONE if chance(rng, 0.3) else pick(rng, MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_worker",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
        meta.append((lang, tz))
    for acct, (lang, tz) in zip(accts, meta, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.6, 1.6)),
            evening_person(tz),
            size_mean=float(rng.uniform(5, 9)),
            gap_median=float(rng.uniform(40, 90)),
            gap_sigma=0.6,
        )
        ts, prompts, ips = [], [], []
        for s in sess:
            turns = texts.dialogue_session(rng, lang, len(s), ctx.chat)
            ip = mobile_v6(rng, 1, mob[tz])[0] if tz in mob and chance(rng, 0.35) else acct.ips[0]
            ts.extend(s.tolist())
            prompts.extend(turns)
            ips.extend([ip] * len(s))
        send(ctx, rng, acct, ts, prompts, p_new=0.6, ips=ips, comp=520.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest by a paid crowd",
            "accounts": n,
            "orgs": "one per account",
            "cards": len(cards),
            "ip_source": "home broadband + carrier IPv6",
            "pacing": "human sessions",
            "languages": list(langs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling from a cloud notebook


def fetlock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fetlock"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), "azure")
    ua = "OpenAI/Python 1.63.2"
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    n_samples = int(pick(rng, (4, 5, 6, 8)))
    spread = chance(rng, 0.5)
    tz_op = int(pick(rng, (8, 3, 1)))
    night = nightly(22.0, 8.0, tz_op)
    up = ramp_at(ctx.release, 0.4, 1.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        return (0.35 + 0.65 * night(ts)) * up(ts)

    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 12))
    style_w = rng.dirichlet(np.ones(4) * 2.0)
    groups = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for g in groups.tolist():
        style = int(rng.choice(4, p=style_w))
        prompt = texts.soft_label(rng, style, ctx.chat, ctx.passages)
        k = n_samples - (1 if chance(rng, 0.08) else 0)
        t = g + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k - 1))])
        first = int(rng.integers(n_keys))
        for j, tj in enumerate(t.tolist()):
            who = (first + j) % n_keys if spread else first
            per[who][0].append(tj)
            per[who][1].append(prompt)
            per[who][2].append(160.0 if style < 2 else 380.0)
    for acct, (ts, prompts, comp) in zip(accts, per, strict=True):
        send(ctx, rng, acct, ts, prompts, p_new=0.95, p_mini=0.0, comp=comp, err=0.03)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "samples_per_prompt": n_samples,
            "spread_over_keys": spread,
            "ip_source": "cloud (azure)",
            "pacing": "groups of identical requests",
            "groups_per_hour": round(rate, 1),
            "operator_tz": tz_op,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep at night through rotating residential proxies


def farrier(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "farrier"
    n_keys = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("*", "us", "eu", "sea"))
    ua = "Go-http-client/2.0"
    tz = int(pick(rng, (8, 3, 2)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=resi(rng, 1, region),
        )
        for i in range(n_keys)
    ]
    style_w = rng.dirichlet(np.ones(5) * 1.5)
    hours = float(rng.uniform(4.5, 7.0))
    night = nightly(float(rng.uniform(0.0, 2.5)), hours, tz)
    rate = float(rng.uniform(60, 130))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    streams = worker_pool(rng, start, ctx.t1, rate * hours / 24.0, n_keys, night)
    # the grid is walked in time order over all keys
    all_ts = np.sort(concat(streams))
    step0 = int(rng.integers(1000))
    for acct, ts in zip(accts, streams, strict=True):
        steps = (step0 + np.searchsorted(all_ts, ts)).tolist()
        prompts = [texts.code_curriculum(rng, int(rng.choice(5, p=style_w)), k) for k in steps]
        send(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            p_new=0.9,
            p_mini=0.0,
            ips=resi(rng, len(ts), region),
            comp=1200.0,
            sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code curriculum sweep",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "ip_source": f"rotating residential proxies ({region})",
            "pacing": "nightly worker pool",
            "night_hours": round(hours, 1),
            "operator_tz": tz,
            "user_agent": ua,
            "languages": ["en", "pt", "zh"],
        },
    )


# --------------------------------------------------------------------------------------------
# 9. parallel-corpus translation harvest dressed as a small agency


def forelock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "forelock"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 3)))
    office = home(rng, irange(rng, 1, 2), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=bg_ua(rng),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    wd = workday(tz)
    floor = float(rng.uniform(0.2, 0.45))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(wd(ts), floor)

    jobs_per_day = float(rng.uniform(10, 22))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    style_w = rng.dirichlet(np.ones(4) * 2.0)
    per: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    job = int(rng.integers(10000, 90000))
    for s in thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, curve).tolist():
        src = texts.clip_text(pick(rng, ctx.passages), 300, 1200, rng)
        m = irange(rng, 6, 11)
        order = rng.permutation(len(texts.TARGETS))[:m].tolist()
        style = int(rng.choice(4, p=style_w))
        who = int(rng.integers(n_keys))
        t = s + np.cumsum(rng.lognormal(np.log(25.0), 0.5, size=m))
        job += 1
        for tj, oi in zip(t.tolist(), order, strict=True):
            per[who][0].append(tj)
            per[who][1].append(texts.translate_job(rng, style, src, texts.TARGETS[oi], job))
    for acct, (ts, prompts) in zip(accts, per, strict=True):
        send(ctx, rng, acct, ts, prompts, p_new=0.5, comp=450.0, sigma=0.5)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel translation harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband",
            "tz": tz,
            "pacing": "office day with an overnight floor",
            "jobs_per_day": round(jobs_per_day, 1),
            "languages": [t[1] for t in texts.TARGETS],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real consumer app's traffic


def saddle_horn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "saddle_horn"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(45, 100))
    share_pre, share_post = float(rng.uniform(0.02, 0.08)), float(rng.uniform(0.15, 0.3))
    load = global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.75)))
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    hidden = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
    who = rng.integers(0, n_keys, size=len(ts))
    prompts, comp, models = [], [], []
    real_models = ctx.models(rng, ts, p_new=0.25, p_mini=0.15)
    harvest_models = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
    for i, h in enumerate(hidden.tolist()):
        if h:
            prompts.append(texts.curious_question(rng, -1))
            comp.append(800.0)
            models.append(harvest_models[i])
        else:
            prompts.append(texts.short_chat(rng, ctx.chat, 2000))
            comp.append(330.0)
            models.append(real_models[i])
    comp_a = np.asarray(comp)
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(who == k)
        send(
            ctx,
            rng,
            acct,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            p_new=0.0,
            models=[models[i] for i in sel.tolist()],
            comp=comp_a[sel],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a consumer app's traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "cloud NAT (aws)",
            "rate_per_hour": round(rate, 1),
            "hidden_share_pre": round(share_pre, 3),
            "hidden_share_post": round(share_post, 3),
            "user_agent": ua,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts that keep their owners' habits and add a quiet harvest


def midair_catch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "midair_catch"
    n = irange(rng, 15, 30)
    lang_of_tz = {-3: "es", 1: "de", 2: "de", 9: "ja"}
    accts, meta = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = bg_ua(rng)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="aged_account",
                campaign_id=cid,
                ua=ua,
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        meta.append((tz, lang_of_tz.get(tz, "en")))
    for acct, (tz, lang) in zip(accts, meta, strict=True):
        habit = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.8)),
            habit,
            size_mean=4.0,
            gap_median=40.0,
            gap_sigma=0.9,
        )
        ts_own = concat(own)
        p_own = [texts.short_chat(rng, ctx.chat, 2000) for _ in range(len(ts_own))]
        m_own = ctx.models(rng, ts_own, p_new=0.17, p_mini=0.19)
        pivot = ctx.release + float(rng.uniform(0.0, 1.5)) * DAY
        pool = resi(rng, irange(rng, 8, 25), REGION_OF.get(tz, "us"))
        hsess = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            habit,
            size_mean=float(rng.uniform(4, 8)),
            gap_median=float(rng.uniform(60, 150)),
            gap_sigma=0.7,
        )
        ts_h = concat(hsess)
        style = int(rng.integers(6))
        p_h = [
            texts.curious_in(rng, lang, style if chance(rng, 0.5) else -1) for _ in range(len(ts_h))
        ]
        m_h = ctx.models(rng, ts_h, p_new=0.85, p_mini=0.0)
        ips = [pick(rng, acct.ips) for _ in range(len(ts_own))] + sticky(
            rng, ts_h, pool, 45 * MINUTE
        )
        comp = np.concatenate([np.full(len(ts_own), 350.0), np.full(len(ts_h), 750.0)])
        send(
            ctx,
            rng,
            acct,
            concat([ts_own, ts_h]),
            p_own + p_h,
            p_new=0.0,
            models=m_own + m_h,
            ips=ips,
            comp=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged bought accounts with a quiet post-release harvest",
            "accounts": n,
            "orgs": "their own",
            "cards": "their own (compromised)",
            "ip_source": "own home IP + residential proxies in the same region",
            "pacing": "owner's habits + extra sessions after a staggered pivot",
            "languages": ["en", "es", "de", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public-prompt replay by fresh person-like accounts after the release


def dismount(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dismount"
    n = irange(rng, 30, 60)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 6, 10))]
    block = 400
    offset = int(rng.integers(len(ctx.chat)))
    accts, meta = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=bg_ua(rng),
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
        meta.append(tz)
    for i, (acct, tz) in enumerate(zip(accts, meta, strict=True)):
        start = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        habit = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            habit,
            size_mean=float(rng.uniform(4, 8)),
            gap_median=float(rng.uniform(35, 80)),
            gap_sigma=0.9,
        )
        ts = concat(sess)
        base = offset + i * block
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        pool = resi(rng, irange(rng, 10, 30), REGION_OF.get(tz, "us"))
        send(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            p_new=0.8,
            p_mini=0.0,
            ips=sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE),
            comp=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay against the new model",
            "accounts": n,
            "orgs": "one per account",
            "cards": len(cards),
            "ip_source": "residential proxies in the account's region",
            "pacing": "human sessions from around the release",
            "prompt_source": "public ShareGPT prompts, one contiguous block per account",
            "languages": ["mixed (as in the public set)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "wooden_javelin": wooden_javelin,
    "rahvan": rahvan,
    "erzurum": erzurum,
    "bayburt": bayburt,
    "hoofbeat": hoofbeat,
    "withers": withers,
    "fetlock": fetlock,
    "farrier": farrier,
    "forelock": forelock,
    "saddle_horn": saddle_horn,
    "midair_catch": midair_catch,
    "dismount": dismount,
}
