"""Campaign families of blind batch 216 (code names from camel racing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts,
orgs, cards, addresses, pacing, languages, template styles, model choice) is drawn from the
family's own generator. The last four families are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
from bench.monitor_blind216 import texts

#: user agents as ordinary clients of this API send them (seen in the campaign-free background)
COMMON_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
COMMON_UA_W = (0.45, 0.12, 0.25, 0.15, 0.03)


def _common_ua(rng: np.random.Generator) -> str:
    return COMMON_UA[int(rng.choice(len(COMMON_UA), p=np.asarray(COMMON_UA_W)))]


def _choose(rng: np.random.Generator, options: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(options), irange(rng, lo, hi))
    return [options[i] for i in rng.permutation(len(options))[:k].tolist()]


def _lang_mix(
    rng: np.random.Generator, langs: tuple[str, ...], main: str, p_main: tuple[float, float]
) -> dict[str, float]:
    others = [x for x in _choose(rng, langs, 1, len(langs)) if x != main]
    share = float(rng.uniform(*p_main))
    mix = {main: share}
    for x in others:
        mix[x] = (1 - share) / len(others)
    return mix


def _emit_each(ctx: Ctx, rng: np.random.Generator, accts, times, make, kw) -> int:
    n = 0
    for a, ts in zip(accts, times, strict=True):
        ts = np.sort(np.asarray(ts, dtype=np.float64))
        n += ctx.emit(rng, a, ts, [make(a) for _ in range(len(ts))], **kw(ts))
    return n


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def hajin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hajin"
    n = irange(rng, 8, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.3)
    langs = _lang_mix(rng, ("en", "zh", "es", "de", "ru"), "en", (0.45, 0.75))
    styles = _choose(rng, ("tags", "json", "tutor", "verify", "plain"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=pay,
            ua=ua if chance(rng, 0.8) else sdk_ua(rng),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(40, 90))
    pre = worker_pool(rng, start, ctx.release, rate * 0.3, n)
    post = worker_pool(rng, ctx.release, ctx.t1, rate, n)
    uid = [irange(rng, 0, 10**6)]

    def make(_a):
        uid[0] += 1
        return texts.cot_harvest(rng, pick(rng, styles), texts.weighted(rng, langs), uid[0])

    _emit_each(
        ctx,
        rng,
        accts,
        [np.concatenate([p, q]) for p, q in zip(pre, post, strict=True)],
        make,
        kw=lambda ts: {
            "models": ctx.models(rng, ts, 0.93),
            "comp_median": 1100.0,
            "comp_sigma": 0.45,
            "err": 0.04,
        },
    )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": len(orgs),
            "payment": "one prepaid card",
            "ip_source": f"rented {prov} block ({len(block)} hosts)",
            "pacing": "Poisson worker pool, 24/7",
            "rate_per_hour": round(rate, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading with stolen cards


def mahari(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mahari"
    n = irange(rng, 3, 6)
    styles = _choose(rng, ("rubric", "pair", "scalar", "critique", "fr", "ja", "checklist"), 3, 5)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    times = []
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    for _ in range(n):
        prov = pick(rng, ("aws", "gcp", "azure"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        s0 = start + float(rng.uniform(0, 0.5)) * DAY
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - s0) / DAY, constant)
        times.append(
            np.concatenate(bursts(rng, starts, float(rng.uniform(15, 45)), 1.2) or [np.empty(0)])
        )
    _emit_each(
        ctx,
        rng,
        accts,
        times,
        lambda _a: texts.judge_harvest(rng, pick(rng, styles), ctx.chat, ctx.passages),
        kw=lambda ts: {"models": ctx.models(rng, ts, 0.85), "comp_median": 180.0, "err": 0.05},
    )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n,
            "orgs": n,
            "payment": "one stolen card per key",
            "ip_source": "cloud VMs (aws/gcp/azure)",
            "pacing": "bursts of 15-45 graded items a few times a day",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. agent / tool-use transcripts through VPN exits


def robot_jockey(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "robot_jockey"
    n = irange(rng, 5, 12)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    vpn = (
        cloud(rng, irange(rng, 4, 8), "m247")
        + cloud(rng, irange(rng, 3, 6), "leaseweb")
        + cloud(rng, 4, "ovh")
    )
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = _choose(rng, ("react", "json", "xml"), 1, 3)
    start = ctx.release - float(rng.uniform(-0.5, 0.4)) * DAY
    hold = float(rng.uniform(30, 90)) * MINUTE
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=vpn,
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(20, 45)) * (ctx.t1 - start) / DAY, constant
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 10)
            gaps = rng.lognormal(np.log(6.0), 0.6, size=steps - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            ps = texts.agent_episode(rng, pick(rng, styles), steps)
            base = irange(rng, 700, 2200)
            ts_all.extend(ts.tolist())
            prompts.extend(ps)
            extra.extend([base + 140 * j for j in range(steps)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=140.0,
            comp_sigma=0.7,
            err=0.03,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n,
            "orgs": 1,
            "payment": "two cards",
            "ip_source": "VPN exits (m247, leaseweb, ovh), sticky",
            "hold_min": round(hold / MINUTE, 1),
            "pacing": "Poisson episodes of 3-10 tool steps a few seconds apart",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. censorship-safe / policy rewrites, nightly from one region


def remote_whip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "remote_whip"
    n = irange(rng, 4, 9)
    tz = int(pick(rng, (8, 3, 8)))
    region = "cn" if tz == 8 else "ru"
    pool = (
        cloud(rng, irange(rng, 5, 10), "m247")
        + cloud(rng, irange(rng, 3, 6), "leaseweb")
        + resi(rng, irange(rng, 10, 25), region)
    )
    styles = _choose(rng, ("comply", "overrefusal", "zh", "ru", "ar", "label", "neutral"), 3, 5)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(5, 8)), tz)
    accts, times = [], []
    for _ in range(n):
        a = ctx.account(
            rng, label="campaign", family=fam, role="rewriter", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(6, 14)) * (ctx.t1 - start) / DAY, curve
        )
        times.append(
            np.concatenate(bursts(rng, starts, float(rng.uniform(8, 25)), 3.0) or [np.empty(0)])
        )
    _emit_each(
        ctx,
        rng,
        accts,
        times,
        lambda _a: texts.rewrite_harvest(rng, pick(rng, styles), ctx.chat, ctx.passages),
        kw=lambda ts: {"models": ctx.models(rng, ts, 0.8), "comp_median": 420.0, "err": 0.02},
    )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrite harvest",
            "keys": n,
            "orgs": n,
            "payment": "one stolen card per key",
            "ip_source": f"VPN exits + {region} residential proxies, per request",
            "pacing": f"nightly bursts (UTC{tz:+d})",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation jobs from a couple of GPU boxes


def hiqq(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hiqq"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "aws"))
    tz = int(pick(rng, TZS))
    langs = _lang_mix(rng, ("en", "es", "pt", "id", "vi"), "en", (0.4, 0.7))
    styles = _choose(rng, ("jsonl", "mcq", "dialog", "persona", "evolve"), 2, 4)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    times: list[list[np.ndarray]] = [[] for _ in range(n)]
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for d in range(9):
        night = day0 + d * DAY + float(rng.uniform(21, 23.5)) * HOUR
        if night < ctx.release - 1.5 * DAY:
            continue  # nothing before the trial run on the eve of the release
        size = irange(rng, 40, 80) if night < ctx.release else irange(rng, 250, 700)
        for i in range(n):
            k = max(1, size // n)
            times[i].append(night + np.cumsum(rng.lognormal(np.log(4.0 * n), 0.5, size=k)))
    ts_each = [np.concatenate(t) if t else np.empty(0) for t in times]
    _emit_each(
        ctx,
        rng,
        accts,
        ts_each,
        lambda _a: texts.synth_harvest(rng, pick(rng, styles), texts.weighted(rng, langs)),
        kw=lambda ts: {
            "models": ctx.models(rng, ts, 0.95),
            "comp_median": 1800.0,
            "comp_sigma": 0.4,
            "err": 0.02,
        },
    )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"one {prov} VM per key",
            "pacing": f"nightly jobs from 21-23h UTC{tz:+d}",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies


def laqaya(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "laqaya"
    n = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    langs = _lang_mix(rng, ("en", "es", "fr", "de", "pt", "ja", "ko"), "en", (0.3, 0.6))
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, BROWSERS),
            ips=resi(rng, 1),
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - start) / DAY, constant
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            turns = irange(rng, 4, 9)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.5, size=turns - 1))]
            )
            ip = resi(rng, 1, pick(rng, ("us", "eu", "latam", "jp_kr", "sea", "ca")))[0]
            ts_all.extend(ts.tolist())
            prompts.extend(texts.dialogue(rng, texts.weighted(rng, langs), turns, ctx.chat))
            ips.extend([ip] * turns)
            extra.extend([160 * j for j in range(turns)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=ips,
            comp_median=320.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with a scripted user simulator",
            "keys": n,
            "orgs": n,
            "payment": f"{len(cards)} prepaid virtual cards",
            "ip_source": "residential proxy, one exit per conversation",
            "pacing": "conversations around the clock, 4-9 turns ~35 s apart",
            "user_agent": "spoofed browsers",
            "languages": langs,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def jadha(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jadha"
    n = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "azure", "vultr"))
    block = rented_block(rng, prov, 1, irange(rng, 2, 6))
    styles = _choose(rng, ("creative", "soft", "zh", "oneword", "qa"), 2, 4)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
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
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0.0, 0.6)) * DAY
    pools = worker_pool(rng, start, ctx.t1, float(rng.uniform(6, 14)), n)
    for a, starts in zip(accts, pools, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 16)
            p = texts.bon_prompt(rng, pick(rng, styles), ctx.chat)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=k - 1))])
            ts_all.extend(ts.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=240.0, err=0.06
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (identical prompt repeated)",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{prov} block",
            "pacing": "bursts of 4-16 identical requests",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest through mobile proxies


def zamool(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zamool"
    n = irange(rng, 6, 12)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    pays = [hexid(rng, "pay"), hexid(rng, "pay")]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    pool = mobile_v6(rng, irange(rng, 30, 60), carrier)
    tz = {"in_mobile": 5, "br_mobile": -3, "us_mobile": -5, "eu_mobile": 1}[carrier]
    langs = _lang_mix(rng, ("en", "ru", "zh", "ko"), "en", (0.55, 0.85))
    styles = _choose(rng, ("impl", "contest", "port", "module"), 2, 4)
    ua = pick(rng, ("okhttp/4.12.0", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="coder",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=pool,
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    hold = float(rng.uniform(4, 12)) * MINUTE
    pools = worker_pool(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(40, 80)),
        n,
        workday(tz, 8, 23, weekend=0.6, night=0.15),
    )
    for a, ts in zip(accts, pools, strict=True):
        prompts = [
            texts.code_harvest(rng, pick(rng, styles), texts.weighted(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=750.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n,
            "orgs": 2,
            "payment": "one prepaid card per org",
            "ip_source": f"mobile proxy farm ({carrier}, rotating every {hold / MINUTE:.0f} min)",
            "pacing": f"worker pool, long days UTC{tz:+d}",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's traffic


def al_marmoom(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "al_marmoom"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    backend = cloud(rng, irange(rng, 3, 6), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_prod = irange(rng, 1, 2)
    prod = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_prod)
    ]
    staging = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging_key",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=backend[:1],
    )
    share = float(rng.uniform(0.18, 0.32))
    peak = float(rng.uniform(13, 20))
    rate = float(rng.uniform(22, 40))
    p_new_users = float(rng.uniform(0.15, 0.3))
    for a, ts in zip(
        prod, worker_pool(rng, ctx.t0, ctx.t1, rate, n_prod, global_load(peak, 0.6)), strict=True
    ):
        inj = (ts >= ctx.release + 0.2 * DAY) & (rng.random(len(ts)) < share)
        prompts = [
            texts.product_injection(rng) if j else texts.human(rng, ctx.chat, 1500)
            for j in inj.tolist()
        ]
        m_user = ctx.models(rng, ts, p_new_users, 0.2)
        m_inj = ctx.models(rng, ts, 0.85, 0.0)
        models = [mi if j else mu for j, mi, mu in zip(inj.tolist(), m_inj, m_user, strict=True)]
        comp = np.where(inj, 700.0, 350.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, extra=120, err=0.01)
    ts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)), workday(int(pick(rng, (-8, -5, 1))))
    )
    ctx.emit(
        rng,
        staging,
        ts,
        [texts.human(rng, ctx.chat, 800) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.5),
        comp_median=300.0,
    )
    ctx.campaign(
        cid,
        fam,
        prod + [staging],
        {
            "operation": "reasoning-style harvest injected into a live chat product's own traffic",
            "keys": n_prod + 1,
            "orgs": 1,
            "payment": "the product's company card",
            "ip_source": f"{len(backend)} {prov} backend addresses",
            "injected_share": round(share, 3),
            "pacing": f"the product's global load (peak {peak:.0f} UTC, {rate:.0f}/h)",
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, a low-and-slow person-like crowd


def shahaniya(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shahaniya"
    n = irange(rng, 18, 34)
    langs = _lang_mix(rng, ("en", "es", "pt", "de"), "en", (0.65, 0.9))
    order = rng.permutation(len(texts.CONCEPTS)).tolist()
    cursor = [irange(rng, 0, len(order) - 1)]
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = _common_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz)
        # the account's earlier owner-like use (light, old model)
        old = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.2, 0.8)), curve, 3.0, 60.0
        )
        ts_old = np.concatenate(old) if old else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_old,
            [texts.human(rng, ctx.chat, 600) for _ in range(len(ts_old))],
            models=ctx.models(rng, ts_old, 0.0, 0.15),
            comp_median=350.0,
        )
        s = ctx.release + float(rng.uniform(0.0, 1.2)) * DAY
        new = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(45, 100)),
            0.7,
        )
        ts_new = np.concatenate(new) if new else np.empty(0)
        prompts = []
        for _ in range(len(ts_new)):
            if chance(rng, 0.15):
                prompts.append(texts.human(rng, ctx.chat, 600))
            else:
                cursor[0] += 1
                concept = texts.CONCEPTS[order[cursor[0] % len(order)]]
                prompts.append(texts.crowd_question(rng, concept, texts.weighted(rng, langs)))
        ctx.emit(
            rng, a, ts_new, prompts, models=ctx.models(rng, ts_new, p_new, 0.05), comp_median=620.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep through bought aged consumer accounts",
            "keys": n,
            "orgs": n,
            "payment": "each account's own (original owner's) card",
            "ip_source": "geo-matched residential proxy per account",
            "pacing": "person-like evening sessions, 1.5-3 a day after the release",
            "user_agent": "common browser/SDK strings",
            "languages": langs,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: replay of a public human prompt set for fresh answers


def al_wathba(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "al_wathba"
    n = irange(rng, 6, 11)
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 120, 260), region)
    tz = -5 if region == "us" else 1
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    p_new = float(rng.uniform(0.65, 0.85))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=ua,
            ips=pool,
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    pools = worker_pool(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(30, 55)),
        n,
        global_load(float(rng.uniform(14, 20)), 0.5),
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for a, ts in zip(accts, pools, strict=True):
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[pos % len(order)]][:2000])
            pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public human prompt set (no repeats) for new-model answers",
            "keys": n,
            "orgs": n,
            "payment": "two prepaid cards",
            "ip_source": f"{region} residential proxy pool, sticky {hold / MINUTE:.0f} min",
            "pacing": "worker pool shaped like a global product load",
            "user_agent": ua,
            "p_new": round(p_new, 3),
            "start": start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: parallel-corpus harvest dressed as a translation agency


def dromedary(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dromedary"
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 3, 5)))
    office = home(rng, 1, tz)
    targets = _choose(rng, texts.TARGETS_EN, 9, 15)
    tstyle = irange(rng, 0, 3)
    p_new = float(rng.uniform(0.55, 0.8))
    accts, ts_each = [], []
    for _ in range(n):
        remote = home(rng, 1, tz)
        ua = pick(rng, (COMMON_UA[2], COMMON_UA[3], "python-requests/2.32.3"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office + remote,
            tz=tz,
        )
        accts.append(a)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(70, 140)) * 5, workday(tz, 8.0, 18.5))
        ts_each.append(ts)
        ips = [office[0] if (chance(rng, 0.75)) else remote[0] for _ in range(len(ts))]
        prompts, comp = [], []
        src, queue = "", []
        for _ in range(len(ts)):
            if not queue:
                src = (
                    texts.snippet(rng, ctx.passages, 150, 900)
                    if chance(rng, 0.7)
                    else texts.human(rng, ctx.chat, 900)
                )
                queue = [targets[i] for i in rng.permutation(len(targets)).tolist()]
            prompts.append(texts.translate_prompt(rng, queue.pop(), src, tstyle))
            comp.append(max(30.0, len(src) / 3.5))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=ips,
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest dressed as a translation agency",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"office broadband (UTC{tz:+d}) plus translators' homes",
            "pacing": "office working days",
            "targets": targets,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "hajin": hajin,
    "mahari": mahari,
    "robot_jockey": robot_jockey,
    "remote_whip": remote_whip,
    "hiqq": hiqq,
    "laqaya": laqaya,
    "jadha": jadha,
    "zamool": zamool,
    "al_marmoom": al_marmoom,
    "shahaniya": shahaniya,
    "al_wathba": al_wathba,
    "dromedary": dromedary,
}
