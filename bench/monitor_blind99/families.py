"""Campaign families of batch 99 (code names: canoe slalom terms).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records the
campaign with `ctx.campaign` and emits its events with `ctx.emit`. Every parameter is drawn from the
family's own `rng`, so seeds differ in volumes, key counts, pacing, addresses, cards and styles.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
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
    picks,
    providers,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind99 import texts as T

CAMP = "campaign"


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards, or one card per key."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, max(2, n_keys // 3)))]
        return picks(rng, pool, n_keys)
    return [hexid(rng, "pay") for _ in range(n_keys)]


def _orgs(rng: np.random.Generator, n_keys: int, p_shared: float) -> list[str]:
    if chance(rng, p_shared):
        return [hexid(rng, "org")] * n_keys
    return [hexid(rng, "org") for _ in range(n_keys)]


def _accounts(
    ctx,
    rng,
    name: str,
    cid: str,
    n: int,
    *,
    card_mode: str,
    p_shared_org: float = 0.3,
    ua=None,
    ips=None,
    tz: int = 0,
    role: str = "worker",
) -> list:
    cards, orgs = _cards(rng, n, card_mode), _orgs(rng, n, p_shared_org)
    out = []
    for i in range(n):
        u = ua(i) if callable(ua) else (ua if ua is not None else sdk_ua(rng))
        a_ips = ips(i) if callable(ips) else list(ips or cloud(rng, 1))
        out.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role=role,
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=u,
                ips=a_ips,
                tz=tz,
            )
        )
    return out


def _ramp(ctx, factor: float):
    """Pacing weight: `factor` times busier once the new model is out (normalised to [0, 1])."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, 1.0 / factor)

    return f


def _times_product(a, b):
    def f(ts: np.ndarray) -> np.ndarray:
        return a(ts) * b(ts)

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion


def upstream_gate(ctx, rng, cid):
    name = "upstream_gate"
    n_keys = irange(rng, 6, 16)
    prov = picks(rng, providers(), irange(rng, 1, 2))
    block = [ip for p in prov for ip in rented_block(rng, p, irange(rng, 2, 4), irange(rng, 3, 6))]
    langs = picks(rng, ["en", "en", "zh", "es", "ru", "de", "pt", "ja"], irange(rng, 1, 3))
    styles = sorted({irange(rng, 0, 4) for _ in range(irange(rng, 2, 4))})
    one_ua = chance(rng, 0.5)
    ua0 = sdk_ua(rng)
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode=pick(rng, ["shared", "few", "few"]),
        ua=(lambda i: ua0) if one_ua else None,
        ips=lambda i: picks(rng, block, irange(rng, 1, 3)),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_hour = float(rng.uniform(18, 45))
    curve = _times_product(
        _ramp(ctx, float(rng.uniform(1.5, 3.0))), global_load(float(rng.uniform(0, 24)), 0.3)
    )
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    total = 0
    for acct, ts in zip(accts, streams, strict=True):
        style = pick(rng, styles)
        prompts = [
            T.reasoning_prompt(
                rng, style if chance(rng, 0.85) else pick(rng, styles), pick(rng, langs)
            )
            for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=float(rng.uniform(900, 1500)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented blocks {prov}",
            "languages": langs,
            "styles": styles,
            "start": start,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / reward-model grading harvest


def gate_touch(ctx, rng, cid):
    name = "gate_touch"
    n_keys = irange(rng, 3, 8)
    tz = pick(rng, TZS)
    prov = pick(rng, ["hetzner", "ovh", "contabo", "scaleway", "leaseweb"])
    block = rented_block(rng, prov, 1, irange(rng, 2, 5))
    styles = sorted({irange(rng, 0, 3) for _ in range(irange(rng, 1, 3))})
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode=pick(rng, ["shared", "few"]),
        p_shared_org=0.5,
        ips=lambda i: [pick(rng, block)],
        tz=tz,
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    run_h = float(rng.uniform(3, 7))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(4, 9)) * (ctx.t1 - start) / DAY,
        nightly(float(rng.uniform(0, 3)), run_h, tz),
    )
    trains = bursts(rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(1.2, 4.0)), b=ctx.t1)
    total = 0
    for train in trains:
        acct = pick(rng, accts)
        style = pick(rng, styles)
        prompts = [
            T.judge_prompt(
                rng, style, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            )
            for _ in range(len(train))
        ]
        total += ctx.emit(
            rng,
            acct,
            train,
            prompts,
            models=ctx.models(rng, train, p_new=0.8),
            comp_median=float(rng.uniform(150, 400)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": "nightly scripted bursts",
            "ip_source": f"{prov} block",
            "tz": tz,
            "styles": styles,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites


def eddy_line(ctx, rng, cid):
    name = "eddy_line"
    n_keys = irange(rng, 10, 24)
    langs = picks(rng, ["en", "zh", "zh", "ru", "vi", "ar"], irange(rng, 1, 3))
    region = pick(rng, regions())
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(5, 20)) * MINUTE
    styles = sorted({irange(rng, 0, 3) for _ in range(irange(rng, 2, 4))})
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="per_key",
        p_shared_org=0.0,
        ips=lambda i: [pick(rng, pool)],
    )
    total = 0
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        n = float(rng.lognormal(np.log(180), 0.5)) * (ctx.t1 - a) / (ctx.t1 - ctx.t0)
        ts = thinned(
            rng, a, ctx.t1, n, global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.7)))
        )
        style = pick(rng, styles)
        lang = pick(rng, langs)
        prompts = [
            T.safe_rewrite_prompt(rng, style, lang, pick(rng, ctx.passages)) for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 600)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant rewrite harvest",
            "pacing": "per-key poisson",
            "ip_source": f"residential proxy ({region}), sticky {hold / MINUTE:.0f} min",
            "payment": "one card per key",
            "languages": langs,
            "styles": styles,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. tool-use / agent transcript harvest


def ferry_glide(ctx, rng, cid):
    name = "ferry_glide"
    n_keys = irange(rng, 5, 12)
    prov = pick(rng, ["aws", "gcp", "azure", "oracle"])
    pool = cloud(rng, irange(rng, 20, 60), prov)
    ua = pick(
        rng,
        [
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ],
    )
    styles = sorted({irange(rng, 0, 2) for _ in range(irange(rng, 1, 3))})
    accts = _accounts(ctx, rng, name, cid, n_keys, card_mode="few", ua=ua, ips=lambda i: pool)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(15, 40))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.25)
    )
    total = 0
    for acct, ts in zip(accts, streams, strict=True):
        pe = [T.tool_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        total += ctx.emit(
            rng,
            acct,
            ts,
            [p for p, _ in pe],
            models=ctx.models(rng, ts, p_new=0.95),
            extra=np.array([e for _, e in pe], dtype=np.int64),
            comp_median=float(rng.uniform(500, 900)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "tool-use / agent transcript harvest",
            "pacing": "worker pool",
            "ip_source": f"{prov} autoscaling pool",
            "user_agent": ua,
            "styles": styles,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation


def wave_train(ctx, rng, cid):
    name = "wave_train"
    n_keys = irange(rng, 3, 6)
    prov = pick(rng, ["vultr", "contabo", "digitalocean", "linode", "hetzner"])
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 2, 4))
    langs = picks(rng, ["en", "en", "es", "de", "fr", "pt", "zh", "hi"], irange(rng, 1, 4))
    styles = sorted({irange(rng, 0, 3) for _ in range(irange(rng, 2, 4))})
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="shared",
        p_shared_org=0.7,
        ips=lambda i: block,
        ua=lambda i: pick(rng, ["python-httpx/0.28.1", "aiohttp/3.11.11"]),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    starts = thinned(
        rng, start, ctx.t1, float(rng.uniform(0.6, 1.6)) * (ctx.t1 - start) / HOUR, _ramp(ctx, 2.0)
    )
    trains = bursts(rng, starts, float(rng.uniform(10, 35)), float(rng.uniform(3, 9)), b=ctx.t1)
    total = 0
    for train in trains:
        acct = pick(rng, accts)
        lang = pick(rng, langs)
        prompts = [
            T.dataset_prompt(rng, pick(rng, styles), lang, pick(rng, ctx.chat))
            for _ in range(len(train))
        ]
        total += ctx.emit(
            rng,
            acct,
            train,
            prompts,
            models=ctx.models(rng, train, p_new=0.95),
            comp_median=float(rng.uniform(1300, 2200)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "hourly job bursts",
            "ip_source": f"{prov} block",
            "payment": "one shared card",
            "languages": langs,
            "styles": styles,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest


def eskimo_roll(ctx, rng, cid):
    name = "eskimo_roll"
    n_keys = irange(rng, 8, 20)
    vpn = [
        ip
        for p in ("m247", "leaseweb", pick(rng, ["ovh", "vultr", "linode"]))
        for ip in cloud(rng, irange(rng, 3, 8), p)
    ]
    langs = picks(rng, ["en", "en", "de", "fr", "pt"], irange(rng, 1, 3))
    labels = pick(rng, [("User", "Assistant"), ("Human", "AI"), ("Q", "A"), ("me", "bot")])
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="per_key",
        p_shared_org=0.0,
        ips=lambda i: picks(rng, vpn, irange(rng, 1, 2)),
        ua=lambda i: pick(rng, ["python-httpx/0.28.1", "OpenAI/Python 1.58.1", "node-fetch/3.3.2"]),
    )
    total = 0
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(8, 20)),
            _ramp(ctx, 1.8),
            float(rng.uniform(4, 8)),
            float(rng.uniform(15, 60)),
            0.5,
        )
        lang = pick(rng, langs)
        for ts in sessions:
            turns: list[tuple[str, str]] = []
            prompts, extra = [], []
            for k in range(len(ts)):
                if k == 0:
                    msg = pick(rng, ctx.chat)
                elif lang in T.FOLLOW_UPS_I18N and chance(rng, 0.6):
                    msg = pick(rng, T.FOLLOW_UPS_I18N[lang])
                else:
                    msg = pick(rng, T.FOLLOW_UPS)
                prompts.append(T.transcript_prompt(turns, msg, labels))
                extra.append(250 * k)
                turns.append((msg, pick(rng, ctx.passages)))
            total += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.95),
                extra=np.array(extra, dtype=np.int64),
                comp_median=float(rng.uniform(350, 650)),
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions 24/7",
            "ip_source": "commercial VPN exits",
            "payment": "prepaid card per key",
            "languages": langs,
            "labels": list(labels),
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling / soft labels


def boof(ctx, rng, cid):
    name = "boof"
    n_keys = irange(rng, 3, 8)
    prov = pick(rng, ["gcp", "aws", "azure"])
    pool = cloud(rng, irange(rng, 4, 12), prov)
    n_best = irange(rng, 4, 12)
    styles = sorted({irange(rng, 0, 2) for _ in range(irange(rng, 1, 3))})
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode=pick(rng, ["shared", "few"]),
        ua=sdk_ua(rng, 0.8),
        ips=lambda i: picks(rng, pool, 2),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    jobs = worker_pool(rng, start, ctx.t1, float(rng.uniform(2.5, 7)), n_keys, _ramp(ctx, 2.5))
    total = 0
    for acct, job_ts in zip(accts, jobs, strict=True):
        trains = bursts(rng, job_ts, n_best, float(rng.uniform(0.3, 2.0)), b=ctx.t1)
        for train in trains:
            p = T.sampling_prompt(rng, pick(rng, styles), pick(rng, ctx.chat))
            if chance(rng, 0.3):  # some jobs number their samples
                prompts = [f"{p}\n(sample {i + 1}/{len(train)})" for i in range(len(train))]
            else:
                prompts = [p] * len(train)
            total += ctx.emit(
                rng,
                acct,
                train,
                prompts,
                models=ctx.models(rng, train, p_new=0.97),
                comp_median=float(rng.uniform(120, 500)),
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "job bursts",
            "n": n_best,
            "ip_source": f"{prov}",
            "styles": styles,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum / taxonomy sweep


def split_time(ctx, rng, cid):
    name = "split_time"
    n_keys = irange(rng, 3, 7)
    provs = picks(rng, providers(), n_keys)
    style = irange(rng, 0, 2)
    grid = [
        (s, c, lv, sk)
        for s, cs in T.SUBJECTS.items()
        for c in cs
        for lv in T.LEVELS
        for sk in T.SKILLS
    ]
    order = rng.permutation(len(T.SUBJECTS))
    subjects = [list(T.SUBJECTS)[i] for i in order.tolist()]
    grid.sort(
        key=lambda g: (subjects.index(g[0]), g[1], T.LEVELS.index(g[2]), T.SKILLS.index(g[3]))
    )
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="per_key",
        p_shared_org=0.0,
        ips=lambda i: cloud(rng, irange(rng, 1, 2), provs[i]),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = worker_pool(rng, start, ctx.t1, float(rng.uniform(12, 30)), n_keys)
    allts = np.sort(np.concatenate(streams)) if streams else np.empty(0)
    pos = {t: i for i, t in enumerate(allts.tolist())}
    offset = irange(rng, 0, len(grid) - 1)
    total = 0
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            T.curriculum_prompt(style, *grid[(offset + pos[t]) % len(grid)]) for t in ts.tolist()
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(700, 1100)),
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "steady low-rate queue 24/7",
            "ip_source": "one provider per key",
            "grid_cells": len(grid),
            "style": style,
            "payment": "one card per key",
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden inside a legitimate product's traffic


def forerunner(ctx, rng, cid):
    name = "forerunner"
    n_keys = irange(rng, 1, 3)
    tz = pick(rng, TZS)
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ["aws", "gcp", "digitalocean"]))
    ua = pick(rng, SDK_COMMON)
    share = float(rng.uniform(0.2, 0.4))
    brand = pick(rng, ["Quill", "StudyFox", "Lumen Notes", "AskAda", "Brightpath"])
    lang = pick(rng, T.LANG_OF_TZ[tz])
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="shared",
        p_shared_org=1.0,
        ua=ua,
        ips=lambda i: backend,
        tz=tz,
        role="product_backend",
    )
    total = 0
    n_mean = float(rng.uniform(3500, 6500))
    users = evening_person(tz, 3.0)

    def curve(ts: np.ndarray) -> np.ndarray:  # the app's users, plus a floor of other regions
        return 0.2 + 0.8 * users(ts)

    for acct in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, n_mean / n_keys, curve)
        harvest = rng.random(len(ts)) < share
        prompts = []
        for h in harvest.tolist():
            if h:
                _, c = T.concept(rng)
                prompts.append(
                    T.casual_question(rng, lang, c)
                    if chance(rng, 0.6)
                    else f"{pick(rng, ['explain', 'teach me', 'walk me through'])} {c} step by step with an example"
                )
            else:
                prompts.append(pick(rng, ctx.chat))
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=np.where(harvest, 800.0, 350.0),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest hidden in a consumer app's traffic",
            "brand": brand,
            "harvest_share": round(share, 2),
            "pacing": "rides the app's user load",
            "ip_source": "app backend",
            "tz": tz,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) low-and-slow human-looking accounts


def hanging_pole(ctx, rng, cid):
    name = "hanging_pole"
    n_keys = irange(rng, 25, 50)
    tzs = picks(rng, list(TZS), irange(rng, 2, 5))
    total = 0
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.3)
        ips = home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, MOBILE if mobile else BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, T.LANG_OF_TZ[tz])
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 200)),
        )
        for ts in sessions:
            prompts = [T.casual_question(rng, lang) for _ in range(len(ts))]
            v6 = (
                mobile_v6(rng, 1, pick(rng, ["us_mobile", "eu_mobile", "in_mobile", "br_mobile"]))[
                    0
                ]
                if mobile and chance(rng, 0.4)
                else None
            )
            total += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9),
                ips=v6,
                comp_median=float(rng.uniform(500, 900)),
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low-and-slow harvest through bought consumer accounts",
            "pacing": "human evening sessions",
            "ip_source": "home ISPs of the account's tz",
            "payment": "one card per account",
            "tzs": tzs,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) public prompt replay onto the new model


def stern_squirt(ctx, rng, cid):
    name = "stern_squirt"
    n_keys = irange(rng, 10, 20)
    region = pick(rng, ["us", "eu", "latam", "in", "sea"])
    pool = resi(rng, irange(rng, 300, 800), region)
    order = rng.permutation(len(ctx.chat)).tolist()
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="per_key",
        p_shared_org=0.0,
        ua=lambda i: pick(rng, SDK_COMMON),
        ips=lambda i: [pick(rng, pool)],
        role="aged_account",
    )
    cursor = 0
    total = 0
    for acct in accts:
        tz = pick(rng, TZS)
        # a little ordinary use before the release, then replay once the new model is out
        pre = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.3, 1.0)), evening_person(tz), 2.5, 90.0
        )
        post = session_times(
            rng,
            ctx.release + float(rng.uniform(0, 8)) * HOUR,
            ctx.t1,
            float(rng.uniform(5, 11)),
            evening_person(tz, 4.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(20, 60)),
        )
        for ts in pre:
            total += ctx.emit(
                rng, acct, ts, picks(rng, ctx.chat, len(ts)), models=ctx.models(rng, ts)
            )
        for ts in post:
            prompts = [ctx.chat[order[(cursor + k) % len(order)]] for k in range(len(ts))]
            cursor += len(ts)
            total += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=1.0),
                ips=sticky(rng, ts, pool, 30 * MINUTE),
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay onto the new model",
            "pacing": "evening-shaped sessions after release",
            "ip_source": f"residential proxy ({region})",
            "payment": "one card per key",
            "prompts_replayed": cursor,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) translation-corpus harvest wearing a localisation service's rhythm


def peel_out(ctx, rng, cid):
    name = "peel_out"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, [0, 1, 2, 3, 5, 8])
    nat = home(rng, 1, tz)
    tag = pick(rng, ["l10n", "loc", "i18n-sync", "tms"])
    style = irange(rng, 0, 1)
    ua = pick(rng, ["OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "python-requests/2.32.3"])
    accts = _accounts(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        card_mode="shared",
        p_shared_org=1.0,
        ua=ua,
        ips=lambda i: nat,
        tz=tz,
    )
    starts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * 7, workday(tz, weekend=0.02, night=0.0)
    )
    trains = bursts(rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(1.5, 4.0)), b=ctx.t1)
    total = 0
    for train in trains:
        acct = pick(rng, accts)
        prompts = [
            T.locale_job_prompt(rng, style, tag, pick(rng, ctx.passages)) for _ in range(len(train))
        ]
        total += ctx.emit(
            rng,
            acct,
            train,
            prompts,
            models=ctx.models(rng, train, p_new=0.7),
            comp_median=float(rng.uniform(450, 800)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel-corpus harvest disguised as localisation",
            "pacing": "office-hours CI bursts",
            "ip_source": "office NAT",
            "tz": tz,
            "tag": tag,
            "events": total,
        },
    )


CAMPAIGN_FAMILIES = {
    "upstream_gate": upstream_gate,
    "gate_touch": gate_touch,
    "eddy_line": eddy_line,
    "ferry_glide": ferry_glide,
    "wave_train": wave_train,
    "eskimo_roll": eskimo_roll,
    "boof": boof,
    "split_time": split_time,
    "forerunner": forerunner,
    "hanging_pole": hanging_pole,
    "stern_squirt": stern_squirt,
    "peel_out": peel_out,
}
