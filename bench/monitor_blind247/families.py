"""Campaign families of batch 247 (code names: shin kicking). Each is a generator called with the
shared context, its own generator and its campaign id; it creates its accounts, writes their events
and records the campaign. All draws come from the family's own generator, in a fixed order."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    Curve,
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
from bench.monitor_blind247 import texts as T

Rng = np.random.Generator

#: what a consumer region's people write in (for person-like crowds)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr"),
    2: ("de", "tr"),
    3: ("tr", "en"),
    5: ("hi", "en"),
    8: ("id", "en"),
    9: ("ja",),
}
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


def _step(at: float, before: float, after: float) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= at, after, before)

    return f


def _times(*curves: Curve) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        out = np.ones(len(ts))
        for c in curves:
            out = out * c(ts)
        return out

    return f


def _subset(rng: Rng, items: tuple, k: int) -> list:
    return [items[i] for i in rng.permutation(len(items))[:k].tolist()]


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(chunks) if chunks else np.empty(0)


def _langs(rng: Rng, others: tuple[str, ...], lo: int, hi: int) -> tuple[list[str], list[float]]:
    """English plus a few other languages, with English carrying about half the traffic."""
    extra = _subset(rng, others, irange(rng, lo, hi))
    w_en = float(rng.uniform(0.35, 0.65))
    ws = [w_en] + [(1 - w_en) / max(1, len(extra))] * len(extra)
    return ["en", *extra], ws


def _draw_langs(rng: Rng, langs: list[str], ws: list[float], n: int) -> list[str]:
    idx = rng.choice(len(langs), size=n, p=np.asarray(ws) / sum(ws))
    return [langs[i] for i in idx.tolist()]


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def straw_stuffing(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "straw_stuffing"
    n_keys = irange(rng, 7, 13)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay_mode = pick(rng, ("one_prepaid_card", "card_per_org"))
    org_pay = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng)
    langs, ws = _langs(rng, ("es", "zh", "ru", "pt", "de"), 1, 3)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=orgs[o],
                pay=org_pay[0] if pay_mode == "one_prepaid_card" else org_pay[o],
                ua=ua0 if shared_ua else sdk_ua(rng),
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(14, 26))
    before = float(rng.uniform(0.2, 0.45))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, _step(ctx.release, before, 1.0))
    for a, ts in zip(accts, streams, strict=True):
        prompts = [T.reasoning(rng, lg) for lg in _draw_langs(rng, langs, ws, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1200.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (explicit full chain of thought, self-verification)",
            "pacing": f"one Poisson worker pool, {per_hour:.1f}/h over all keys, x{1 / before:.1f} after release",
            "ip_source": f"rented {provider} /24 block",
            "payment": pay_mode,
            "keys": n_keys,
            "orgs": n_orgs,
            "user_agent": "one SDK for all keys" if shared_ua else "SDK per key",
            "languages": langs,
            "styles": ["final-answer line", "reasoning tags", "JSON task", "scratch-paper audit"],
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading, nightly bursts from cloud VMs


def stickler_verdict(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "stickler_verdict"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    provider = pick(rng, ("gcp", "aws"))
    tz = pick(rng, (8, 3, 2, -5))
    per_key_card = chance(rng, 0.5)
    shared_pay = hexid(rng, "pay")
    langs = ["en", *_subset(rng, ("de", "fr", "ja"), irange(rng, 1, 2))]
    ua = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=hexid(rng, "pay") if per_key_card else shared_pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    night_h = float(rng.uniform(0, 4))
    size = float(rng.uniform(25, 70))
    gap = float(rng.uniform(1.2, 4.0))
    per_night = float(rng.uniform(3, 7))
    for a in accts:
        curve = nightly(night_h, float(rng.uniform(3, 6)), tz)
        starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        ts = np.sort(_flat(bursts(rng, starts, size, gap, 0.4, ctx.t1)))
        lg = picks(rng, langs, len(ts)) if chance(rng, 0.5) else ["en"] * len(ts)
        prompts = [T.judge(rng, ctx.chat, ctx.passages, x) for x in lg]
        comp = [12.0 if "Output only the number" in p else 320.0 for p in prompts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest (pairwise, rubric, scalar reward)",
            "pacing": f"nightly bursts (~{per_night:.1f}/night of ~{size:.0f} requests, {gap:.1f}s apart)",
            "ip_source": f"one {provider} VM per key",
            "payment": "card per key" if per_key_card else "one card",
            "keys": n_keys,
            "orgs": 1,
            "user_agent": ua,
            "languages": langs,
            "start": start,
            "tz": tz,
            "hard": False,
        },
    )


# ============================================================================================
# 3. policy-safe rewrites on stolen cards through a residential proxy pool


def smock_grab(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "smock_grab"
    n_keys = irange(rng, 10, 18)
    region = pick(rng, ("*", "us", "eu", "sea"))
    pool = resi(rng, irange(rng, 120, 260), region)
    langs = ["zh", "ru", "ar", "tr", "en"]
    ws = [float(x) for x in rng.dirichlet(np.ones(len(langs)) * 2)]
    spoof = chance(rng, 0.6)
    accts, lives = [], []
    t = ctx.t0 + float(rng.uniform(0.05, 0.5)) * DAY
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=camp,
            ua=pick(rng, BROWSERS) if spoof else sdk_ua(rng),
            ips=[pick(rng, pool)],
        )
        life = float(rng.uniform(0.4, 1.6)) * DAY
        lives.append((t, t + life))
        accts.append(a)
        t += life * float(rng.uniform(0.35, 0.8))
    hold = float(rng.uniform(8, 30)) * MINUTE
    for a, (s, e) in zip(accts, lives, strict=True):
        rate = float(rng.uniform(12, 35))
        ts = thinned(rng, s, min(e, ctx.t1), rate * (min(e, ctx.t1) - s) / HOUR, constant)
        prompts = [
            T.safe_rewrite(rng, ctx.passages, x) for x in _draw_langs(rng, langs, ws, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.05,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrite harvest of sensitive topics",
            "pacing": "burner keys in relay, each 0.4-1.6 days at 12-35/h, overlapping",
            "ip_source": f"residential proxy pool ({region}), sticky {hold / MINUTE:.0f} min",
            "payment": "one stolen card per key",
            "keys": n_keys,
            "orgs": n_keys,
            "user_agent": "spoofed browser per key" if spoof else "SDK per key",
            "languages": langs,
            "hard": False,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcript harvest


def collar_grip(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "collar_grip"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 1, 3), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    style_w = [float(x) for x in rng.dirichlet(np.ones(4))]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(0.6, 1.4))
    for a in accts:
        tools = pick(rng, T.TOOLSETS)
        ep = thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, _step(ctx.release, 0.5, 1.0)
        )
        ts_all, pr, ex, cm = [], [], [], []
        for s in ep.tolist():
            steps = irange(rng, 3, 9)
            gaps = rng.lognormal(np.log(9.0), 0.6, size=steps - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            task = pick(rng, T.AGENT_TASKS)
            style = int(rng.choice(4, p=style_w))
            schema = irange(rng, 500, 1800)
            for k, t in enumerate(ts.tolist()):
                ts_all.append(t)
                pr.append(T.agent_step(rng, task, tools, k, style))
                ex.append(schema + 220 * k)
                cm.append(420.0 if k == steps - 1 else 160.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=cm,
            comp_sigma=0.5,
            extra=ex,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent / tool-use transcript harvest (function calls, ReAct, plans)",
            "pacing": f"episodes of 3-9 steps ~9s apart, {per_hour:.1f} episodes/h/key",
            "ip_source": "AWS NAT gateway shared by all keys",
            "payment": "one company card",
            "keys": n_keys,
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en"],
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation sweep started at the release


def dovers_hill(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "dovers_hill"
    n_keys = irange(rng, 2, 4)
    org = hexid(rng, "org")
    provider = pick(rng, ("azure", "oracle", "alibaba"))
    langs, ws = _langs(rng, ("es", "ja", "ko", "id"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=camp,
            org=org,
            ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(-0.2, 0.6)) * DAY
    per_hour = float(rng.uniform(25, 45))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    fields = [T.FIELDS[i] for i in rng.permutation(len(T.FIELDS)).tolist()]
    for a, ts in zip(accts, streams, strict=True):
        pos = (
            ((ts - start) / max(1.0, ctx.t1 - start) * len(fields))
            .astype(np.int64)
            .clip(0, len(fields) - 1)
        )
        lg = _draw_langs(rng, langs, ws, len(ts))
        prompts = [T.synthetic(rng, x, fields[p]) for x, p in zip(lg, pos.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1800.0,
            comp_sigma=0.35,
            err=0.06,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic instruction-dataset generation, taxonomy sweep over fields x personas",
            "pacing": f"worker pool {per_hour:.0f}/h from the release on, 24/7",
            "ip_source": f"{provider} VMs",
            "payment": "card per key",
            "keys": n_keys,
            "orgs": 1,
            "languages": langs,
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest from a phone farm


def inner_hook(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "inner_hook"
    n_keys = irange(rng, 6, 12)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    langs, ws = _langs(rng, ("es", "fr", "pt", "vi"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="dialogue_bot",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=mobile_v6(rng, 1, carrier),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_day = float(rng.uniform(8, 18))
    curve = global_load(float(rng.uniform(0, 24)), 0.4)
    for a in accts:
        sess = session_times(
            rng, start, ctx.t1, per_day, curve, float(rng.uniform(5, 9)), 25.0, 0.6
        )
        ts_all, pr, ex, ips = [], [], [], []
        for s in sess:
            lang = _draw_langs(rng, langs, ws, 1)[0]
            seed_q = pick(rng, T.SEED_QUESTIONS)
            ip = mobile_v6(rng, 1, carrier)[0]
            for k, t in enumerate(s.tolist()):
                ts_all.append(t)
                pr.append(T.dialogue_turn(rng, lang, k, seed_q))
                ex.append(380 * k)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.88, 0.04),
            ips=ips,
            comp_median=480.0,
            extra=ex,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (seed question + scripted follow-ups, history resent)",
            "pacing": f"session-shaped, {per_day:.0f} conversations/day/key, ~25 s between turns",
            "ip_source": f"carrier IPv6 ({carrier}), new address per conversation",
            "payment": f"{len(cards)} cards reused over keys",
            "keys": n_keys,
            "orgs": n_keys,
            "user_agent": "mobile HTTP stacks",
            "languages": langs,
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling through VPN exits


def fall_count(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "fall_count"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("m247", "leaseweb"))
    pool = cloud(rng, irange(rng, 4, 9), provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_hour = float(rng.uniform(1.0, 2.2))
    p_soft = float(rng.uniform(0.3, 0.6))
    for a in accts:
        st = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, pr, ips = [], [], []
        for s in st.tolist():
            if chance(rng, p_soft):
                p, n = T.soft_label(rng, irange(rng, 0, 2)), irange(rng, 1, 3)
            else:
                p, n = T.sample_prompt(rng, ctx.chat), irange(rng, 4, 8)
            ip = pick(rng, pool)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=n - 1))])
            ts_all.extend(ts.tolist())
            pr.extend([p] * n)
            ips.extend([ip] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.92, 0.0),
            ips=ips,
            comp_median=360.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n sampling (same prompt 4-8x) and soft-label / confidence harvest",
            "pacing": f"{per_hour:.1f} sample groups/h/key, each a sub-second train",
            "ip_source": f"VPN exits ({provider})",
            "payment": "one card",
            "keys": n_keys,
            "orgs": 1,
            "languages": ["en"],
            "soft_label_share": p_soft,
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 8. code curriculum sweep, slow and steady


def leg_sweep(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "leg_sweep"
    n_keys = irange(rng, 3, 5)
    provider = pick(rng, ("ovh", "scaleway", "hetzner", "linode"))
    plangs = _subset(rng, T.PLANGS, irange(rng, 4, 7))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="curriculum_worker",
            campaign_id=camp,
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "reqwest/0.12.12")),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.0, 0.6)) * DAY
    for a in accts:
        rate = float(rng.uniform(3.5, 8.0))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        lvl = (1 + (ts - start) / (ctx.t1 - start) * 10).astype(np.int64).clip(1, 10)
        style = irange(rng, 0, 3)
        prompts = [
            T.code_task(
                rng, lv, pick(rng, plangs), style if chance(rng, 0.7) else irange(rng, 0, 3)
            )
            for lv in lvl.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            comp_median=950.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code curriculum sweep: difficulty level rises 1 -> 10 over the week",
            "pacing": "slow steady Poisson per key, 3.5-8/h, 24/7",
            "ip_source": f"one {provider} VPS per key",
            "payment": "prepaid card per key",
            "keys": n_keys,
            "orgs": n_keys,
            "languages": ["en"],
            "programming_languages": plangs,
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden inside a real product's traffic


def shepherd_smock(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "shepherd_smock"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Notewise", "StudyLoop", "Quillmate", "Lernfix", "Papertrail"))
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="product_backend",
        campaign_id=camp,
        org=org,
        pay=pay,
        ua=ua,
        ips=nat,
    )
    tools = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="internal_tool",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.75)))
    per_hour = float(rng.uniform(16, 28))
    share = float(rng.uniform(0.22, 0.35))
    h_start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    fields = [T.FIELDS[i] for i in rng.permutation(len(T.FIELDS)).tolist()]
    t_prod = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
    t_harv = thinned(
        rng, h_start, ctx.t1, per_hour * share / (1 - share) * (ctx.t1 - h_start) / HOUR, curve
    )
    order = np.argsort(np.concatenate([t_prod, t_harv]), kind="stable")
    ts = np.concatenate([t_prod, t_harv])[order]
    harvest = np.concatenate([np.zeros(len(t_prod), bool), np.ones(len(t_harv), bool)])[order]
    prompts, models, comp = [], [], []
    m_prod = ctx.models(rng, ts, 0.3, 0.25)
    m_harv = ctx.models(rng, ts, 0.8, 0.0)
    for i, (t, h) in enumerate(zip(ts.tolist(), harvest.tolist(), strict=True)):
        if h:
            prompts.append(
                T.product_harvest(rng, brand, fields[int((t - h_start) / DAY * 4) % len(fields)])
            )
            models.append(m_harv[i])
            comp.append(700.0)
        else:
            prompts.append(
                T.product_request(rng, ctx.chat, ctx.passages, brand, pick(rng, T.PRODUCT_MODES))
            )
            models.append(m_prod[i])
            comp.append(300.0)
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, comp_sigma=0.55, err=0.01)
    for a in tools:
        t2 = thinned(
            rng,
            h_start,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)) * (ctx.t1 - h_start) / HOUR,
            workday(pick(rng, (0, 1))),
        )
        pr2 = [
            T.product_harvest(rng, brand, pick(rng, fields))
            if chance(rng, 0.7)
            else T.product_request(rng, ctx.chat, ctx.passages, brand, pick(rng, T.PRODUCT_MODES))
            for _ in t2.tolist()
        ]
        ctx.emit(rng, a, t2, pr2, models=ctx.models(rng, t2, 0.6, 0.1), comp_median=600.0, err=0.01)
    ctx.campaign(
        camp,
        name,
        [prod, *tools],
        {
            "operation": "harvest hidden in a real writing/study product's backend traffic",
            "pacing": f"product load curve {per_hour:.0f}/h; harvest ~{100 * share:.0f}% of it after {h_start:.0f}",
            "ip_source": "AWS NAT of the product",
            "payment": "company card",
            "keys": 1 + len(tools),
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en"],
            "brand": brand,
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: bought / compromised aged personal accounts


def toecap_strike(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "toecap_strike"
    n = irange(rng, 16, 28)
    fields = [T.FIELDS[i] for i in rng.permutation(len(T.FIELDS)).tolist()]
    p_spoof = float(rng.uniform(0.5, 0.8))
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        own_ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="compromised_account",
            campaign_id=camp,
            ua=own_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        owner = _flat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.6)), evening_person(tz), 2.5, 70.0
            )
        )
        take = ctx.release + float(rng.uniform(-1.5, 1.2)) * DAY
        owner = owner[owner < take + float(rng.uniform(-0.5, 2.0)) * DAY]
        ctx.emit(
            rng,
            a,
            owner,
            [T.sloppy(rng, T._clip(pick(rng, ctx.chat), 600), 0.3) for _ in owner.tolist()],
            models=ctx.models(rng, owner, 0.2, 0.08),
            comp_median=350.0,
        )
        harv = _flat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2.0, 5.0)),
                evening_person(tz, 3.0),
                float(rng.uniform(4, 8)),
                float(rng.uniform(30, 80)),
            )
        )
        proxy = resi(rng, irange(rng, 3, 8), REGION_OF_TZ[tz])
        my = fields[i % len(fields)]
        prompts = [
            T.deep_answer_request(rng, my if chance(rng, 0.6) else pick(rng, fields))
            for _ in harv.tolist()
        ]
        ctx.emit(
            rng,
            a,
            harv,
            prompts,
            models=ctx.models(rng, harv, 0.85, 0.0),
            ips=sticky(rng, harv, proxy, 2 * HOUR),
            ua=own_ua if chance(rng, p_spoof) else sdk_ua(rng),
            comp_median=820.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "compromised / bought aged personal accounts harvesting long explanations",
            "pacing": "owner's own sparse sessions, then scripted human-like sessions in the owner's evening",
            "ip_source": "owner's home ISP, then a residential proxy in the owner's region (sticky 2 h)",
            "payment": "the owners' own cards",
            "keys": n,
            "orgs": n,
            "user_agent": f"owner's browser kept with p={p_spoof:.2f}",
            "languages": ["en"],
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: low-and-slow, person-like crowd covering a topic grid


def olimpick_bout(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "olimpick_bout"
    n = irange(rng, 35, 55)
    tzs = _subset(rng, TZS, irange(rng, 3, 4))
    grid = [(f, q) for f in T.FIELDS for q in T.SUBTOPIC_Q]
    grid = [grid[i] for i in rng.permutation(len(grid)).tolist()]
    per = max(4, len(grid) // n)
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, LANG_OF_TZ[tz])
        mobile = chance(rng, 0.4)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=camp,
            ua=pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        joined = ctx.t0 + float(rng.uniform(0.0, 3.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        ts = _flat(
            session_times(
                rng,
                joined,
                ctx.t1,
                float(rng.uniform(0.7, 2.2)),
                curve,
                float(rng.uniform(2.5, 4.5)),
                float(rng.uniform(60, 180)),
            )
        )
        mine = grid[(i * per) % len(grid) : (i * per) % len(grid) + per]
        prompts = [T.casual(rng, lang, *pick(rng, mine)) for _ in ts.tolist()]
        ips = None
        if mobile and len(ts):
            ips = [a.ips[0] if chance(rng, 0.5) else x for x in _carrier_ips(rng, tz, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.03),
            ips=ips,
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "crowd of person-like accounts each covering a disjoint slice of a topic grid",
            "pacing": "human sessions (evening or daytime), 0.7-2.2 sessions/day, joined over 3 days",
            "ip_source": "each member's home ISP (some phones on carrier IPv6)",
            "payment": "a prepaid virtual card per member",
            "keys": n,
            "orgs": n,
            "member_tzs": tzs,
            "user_agent": "browsers and phones",
            "languages": sorted({x for t in tzs for x in LANG_OF_TZ[t]}),
            "hard": True,
        },
    )


def _carrier_ips(rng: Rng, tz: int, n: int) -> list[str]:
    kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(tz, "eu_mobile")
    return mobile_v6(rng, n, kind)


# ============================================================================================
# 12. HARD: public prompt replay under separate, aged-looking keys


def grapple_hold(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "grapple_hold"
    n_keys = irange(rng, 6, 10)
    tz = pick(rng, (-5, 1, 2, 8))
    region = REGION_OF_TZ[tz]
    order = rng.permutation(len(ctx.chat))
    per_key = int(rng.integers(150, 320))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=camp,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")),
            ips=resi(rng, irange(rng, 2, 5), region),
            tz=tz,
        )
        accts.append(a)
        per_day = per_key / 7.0 * float(rng.uniform(0.7, 1.3))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_day * (ctx.t1 - ctx.t0) / DAY,
            _times(workday(tz, weekend=0.15), _step(ctx.release, 0.6, 1.0)),
        )
        idx = order[i * 400 : i * 400 + len(ts)].tolist()
        prompts = [ctx.chat[j] for j in idx] + [T._clip(pick(rng, ctx.chat), 2000)] * max(
            0, len(ts) - len(idx)
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, a.ips, float(rng.uniform(6, 12)) * HOUR),
            comp_median=420.0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt replay: a public chat dataset sent verbatim, disjoint slice per key",
            "pacing": f"office hours (UTC{tz:+d}), ~{per_key} requests/key/week, more after release",
            "ip_source": f"residential addresses ({region}), sticky 6-12 h per key",
            "payment": "separate card per key",
            "keys": n_keys,
            "orgs": n_keys,
            "user_agent": "the most common SDKs",
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "straw_stuffing": straw_stuffing,
    "stickler_verdict": stickler_verdict,
    "smock_grab": smock_grab,
    "collar_grip": collar_grip,
    "dovers_hill": dovers_hill,
    "inner_hook": inner_hook,
    "fall_count": fall_count,
    "leg_sweep": leg_sweep,
    "shepherd_smock": shepherd_smock,
    "toecap_strike": toecap_strike,
    "olimpick_bout": olimpick_bout,
    "grapple_hold": grapple_hold,
}
