"""Campaign families of blind batch 51 (code names: windmill and watermill parts).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every size, rate, address
source, user agent, voice mix and model share is drawn from `rng` per seed; the README lists the
ranges. Written without reading the monitor.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
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
    worker_pool,
)
from bench.monitor_blind51 import texts as tx


def train(rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.6) -> np.ndarray:
    """`n` requests fired one after another from `start` (lognormal gaps)."""
    if n <= 0:
        return np.empty(0)
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=n - 1))])


def voice_mix(rng: np.random.Generator, n_voices: int, lo: int, hi: int) -> tuple[list[int], np.ndarray]:
    """A campaign's own subset of voices and their weights."""
    k = irange(rng, lo, min(hi, n_voices))
    voices = sorted(rng.choice(n_voices, size=k, replace=False).tolist())
    w = rng.dirichlet(np.full(k, 2.0))
    return voices, w


def draw_voices(rng: np.random.Generator, voices: list[int], w: np.ndarray, n: int) -> list[int]:
    return [voices[i] for i in rng.choice(len(voices), size=n, p=w).tolist()]


def cut_outages(rng: np.random.Generator, ts: np.ndarray, t0: float, t1: float, n_max: int) -> np.ndarray:
    """Drop events inside a few random pauses (crashes, redeploys, a proxy bill unpaid)."""
    keep = np.ones(len(ts), dtype=bool)
    for _ in range(irange(rng, 0, n_max)):
        a = float(rng.uniform(t0, t1))
        keep &= ~((ts >= a) & (ts < a + float(rng.uniform(1.5, 9.0)) * HOUR))
    return ts[keep]


# --------------------------------------------------------------------------------------------


def wallower(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Step-numbered, self-verified solutions to generated problems (process-reward data), from a
    rented hosting block through a queue of workers spread over many keys."""
    fam = "wallower"
    n = irange(rng, 12, 28)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 3, 8))
    uas = [pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2",
                      "OpenAI/Python 1.58.1"))
           for _ in range(irange(rng, 1, 2))]
    voices, w = voice_mix(rng, 6, 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(80, 190))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.05, 0.4))
    p_new, p_mini = float(rng.uniform(0.85, 0.97)), float(rng.uniform(0.0, 0.05))
    med = float(rng.uniform(700, 1400))
    err = float(rng.uniform(0.02, 0.06))
    streams = worker_pool(rng, start, ctx.t1, rate, n, global_load(peak, depth))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=picks(rng, block, irange(rng, 2, 6)))
        accts.append(a)
        ts = cut_outages(rng, streams[i], start, ctx.t1, 2)
        vs = draw_voices(rng, voices, w, len(ts))
        langs = ["zh" if v == 1 else "ru" if v == 2 else "en" for v in vs]
        prompts = [tx.wallower_prompt(rng, v, lang) for v, lang in zip(vs, langs, strict=True)]
        comp = np.where(np.asarray(vs) == 3, med * 0.6, med)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=comp, comp_sigma=0.45,
                 err=err, extra=irange(rng, 40, 260))
    ctx.campaign(camp, fam, accts, {"operation": "step_verified_reasoning", "accounts": n, "orgs": len(orgs),
                                    "cards": len(cards), "provider": provider, "block_size": len(block),
                                    "pool_per_hour": round(rate, 1), "voices": voices, "p_new": round(p_new, 3),
                                    "completion_median": round(med), "start": start})


def fantail(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A hydra of short-lived fresh keys driving agent loops over synthetic tool observations
    (agent-trajectory harvesting), through sticky residential proxies."""
    fam = "fantail"
    n = irange(rng, 22, 45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    region = pick(rng, ("us", "eu", "*", "latam"))
    pool = resi(rng, irange(rng, 300, 800), region)
    hold = float(rng.uniform(600, 1800))
    uas = [pick(rng, ("langgraph/0.2.60 langchain-openai/0.3.6", "openai-agents/0.0.7 OpenAI/Python 1.66.3",
                      "smolagents/1.9.2 litellm/1.60.2", "crewai/0.102.0 litellm/1.60.2", "OpenAI/Python 1.58.1",
                      "autogen-ext/0.4.7 OpenAI/Python 1.61.1"))
           for _ in range(irange(rng, 1, 2))]
    voices, w = voice_mix(rng, 4, 1, 3)
    first = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    life_lo, life_hi = float(rng.uniform(6, 12)), float(rng.uniform(20, 44))
    sess_rate = float(rng.uniform(0.8, 2.6))
    steps_lo, steps_hi = irange(rng, 3, 6), irange(rng, 12, 24)
    gap = float(rng.uniform(5, 16))
    p_new = float(rng.uniform(0.85, 0.96))
    med = float(rng.uniform(180, 380))
    births = np.sort(rng.uniform(first, ctx.t1 - 6 * HOUR, size=n))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="burner_key", campaign_id=camp, pay=pick(rng, cards),
                        ua=pick(rng, uas), ips=pool[:1])
        accts.append(a)
        birth = float(births[i])
        death = birth + float(rng.uniform(life_lo, life_hi)) * HOUR
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, birth, death, sess_rate * (death - birth) / HOUR, constant).tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = train(rng, s, k, gap, 0.7)
            ts_all.append(t)
            v = pick(rng, voices) if chance(rng, 0.8) else draw_voices(rng, voices, w, 1)[0]
            prompts.append(tx.fantail_task(rng))
            prompts.extend(tx.fantail_step(rng, ctx.passages, v, j) for j in range(1, k))
            extra.extend((600 + 650 * np.arange(k) + rng.integers(0, 300, size=k)).tolist())
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=sticky(rng, ts, pool, hold),
                 comp_median=med, comp_sigma=0.7, err=0.015, extra=np.asarray(extra))
    ctx.campaign(camp, fam, accts, {"operation": "agent_trajectories", "keys": n, "cards": len(cards),
                                    "proxy_region": region, "proxy_pool": len(pool), "sticky_s": round(hold),
                                    "life_h": [round(life_lo, 1), round(life_hi, 1)], "sessions_per_hour": round(sess_rate, 2),
                                    "steps": [steps_lo, steps_hi], "voices": voices, "p_new": round(p_new, 3)})


def damsel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow accounts dressed as curious people: browser sessions in the evening from home
    lines, ordinary chat mixed with a shared syllabus of in-depth explanations."""
    fam = "damsel"
    n = irange(rng, 30, 55)
    tz_pool = picks(rng, TZS, irange(rng, 2, 4))
    signup = float(rng.uniform(0.1, 0.3))
    share = float(rng.uniform(0.45, 0.7))
    per_day = float(rng.uniform(1.0, 2.4))
    size = float(rng.uniform(2.5, 5.0))
    think = float(rng.uniform(60, 240))
    p_new = float(rng.uniform(0.55, 0.85))
    med = float(rng.uniform(700, 1100))
    items = tx.syllabus_items(rng)
    per_acct = max(1, len(items) // n)
    accts = []
    for i in range(n):
        tz = pick(rng, tz_pool)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.4):
            ips += mobile_v6(rng, irange(rng, 1, 3), pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        a = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=camp, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, signup)
        sess = session_times(rng, start, ctx.t1, per_day, evening_person(tz, float(rng.uniform(1.6, 2.8))), size, think)
        if not sess:
            sess = [np.array([start + float(rng.uniform(1, 20)) * HOUR])]
        ts = np.concatenate(sess)
        mine = items[i * per_acct:] + items[:i * per_acct]
        persona = sorted(set(picks(rng, range(6), irange(rng, 1, 2))))
        prompts, comp, j = [], [], 0
        for _ in range(len(ts)):
            if chance(rng, share):
                field, concept = mine[j % len(mine)]
                j += 1
                prompts.append(tx.damsel_prompt(rng, field, concept, pick(rng, persona)))
                comp.append(med)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(330.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.08), comp_median=np.asarray(comp),
                 comp_sigma=0.55, err=0.004)
    ctx.campaign(camp, fam, accts, {"operation": "syllabus_explanations", "accounts": n, "tzs": tz_pool,
                                    "harvest_share": round(share, 2), "sessions_per_day": round(per_day, 2),
                                    "session_size": round(size, 1), "think_s": round(think), "p_new": round(p_new, 3),
                                    "completion_median": round(med)})


def gudgeon(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Rubric scores, pairwise preferences and critique-revise rewrites over real answers (reward
    labels), nightly from a handful of cloud keys that look like a labelling vendor."""
    fam = "gudgeon"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.63.2", "litellm/1.60.2"))
    tz = pick(rng, (8, 3, -5, 1, 9))
    night_start, night_len = float(rng.uniform(18, 23.5)), float(rng.uniform(5, 10))
    rate = float(rng.uniform(100, 260))
    trickle = float(rng.uniform(2, 10))
    voices, w = voice_mix(rng, 5, 2, 4)
    p_new = float(rng.uniform(0.9, 0.98))
    med = float(rng.uniform(200, 330))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night = worker_pool(rng, start, ctx.t1, rate, n, nightly(night_start, night_len, tz))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=camp, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=ua, ips=cloud(rng, irange(rng, 1, 3), provider))
        accts.append(a)
        ts = np.sort(np.concatenate([night[i], thinned(rng, start, ctx.t1, trickle / n * (ctx.t1 - start) / HOUR, constant)]))
        vs = draw_voices(rng, voices, w, len(ts))
        prompts = [tx.gudgeon_prompt(rng, ctx.chat, ctx.passages, v) for v in vs]
        comp = np.where(np.asarray(vs) == 2, med * 2.2, med)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp, comp_sigma=0.5,
                 err=float(rng.uniform(0.01, 0.03)), extra=irange(rng, 80, 400))
    ctx.campaign(camp, fam, accts, {"operation": "rubric_preference_labels", "accounts": n, "orgs": len(orgs),
                                    "provider": provider, "night_tz": tz, "night": [round(night_start, 1), round(night_len, 1)],
                                    "pool_per_hour": round(rate, 1), "voices": voices, "p_new": round(p_new, 3)})


def penstock(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A "translator app" whose backend sends round-trip and multi-rendering translations into
    mostly low-resource languages, over carrier IPv6 addresses with app user agents."""
    fam = "penstock"
    n = irange(rng, 8, 18)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    carriers = picks(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"), irange(rng, 1, 2))
    pool = [ip for c in carriers for ip in mobile_v6(rng, irange(rng, 30, 120), c)]
    uas = picks(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0",
                      "okhttp/4.9.3", "Dart/3.5 (dart:io)"), irange(rng, 1, 2))
    voices, w = voice_mix(rng, 5, 2, 4)
    lowres = float(rng.uniform(0.4, 0.85))
    rate = float(rng.uniform(50, 130))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.65))
    p_new = float(rng.uniform(0.75, 0.92))
    med = float(rng.uniform(350, 650))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = worker_pool(rng, start, ctx.t1, rate, n, global_load(peak, depth))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="app_key", campaign_id=camp, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=pool)
        accts.append(a)
        ts = cut_outages(rng, streams[i], start, ctx.t1, 1)
        vs = draw_voices(rng, voices, w, len(ts))
        prompts = [tx.penstock_prompt(rng, ctx.passages, v, lowres) for v in vs]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=med, comp_sigma=0.5,
                 err=0.01, extra=irange(rng, 20, 120))
    ctx.campaign(camp, fam, accts, {"operation": "round_trip_translation", "accounts": n, "carriers": carriers,
                                    "address_pool": len(pool), "lowres_share": round(lowres, 2),
                                    "pool_per_hour": round(rate, 1), "voices": voices, "p_new": round(p_new, 3)})


def quant(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: ordinary ShareGPT prompts, each resent several times within
    seconds (sometimes with a confidence or multi-answer suffix), from a rented proxy block."""
    fam = "quant"
    n = irange(rng, 5, 11)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("leaseweb", "m247", "ovh", "scaleway", "selectel", "hetzner"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 10))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    voices, w = voice_mix(rng, 4, 1, 3)
    groups_per_hour = float(rng.uniform(10, 28))
    k_lo, k_hi = irange(rng, 2, 4), irange(rng, 6, 10)
    gap = float(rng.uniform(0.6, 4.0))
    p_ws = float(rng.uniform(0.0, 0.5))
    p_new = float(rng.uniform(0.9, 0.98))
    med = float(rng.uniform(300, 460))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = worker_pool(rng, start, ctx.t1, groups_per_hour, n, constant)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=camp, pay=pick(rng, cards),
                        ua=ua, ips=block)
        accts.append(a)
        ts_all, prompts = [], []
        for s in streams[i].tolist():
            k = irange(rng, k_lo, k_hi)
            base = pick(rng, ctx.chat) + tx.quant_suffix(rng, draw_voices(rng, voices, w, 1)[0])
            ts_all.append(train(rng, s, k, gap, 0.5))
            prompts.extend(base + (" " * j if chance(rng, p_ws) else "") for j in range(k))
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=med, comp_sigma=0.6,
                 err=float(rng.uniform(0.02, 0.05)))
    ctx.campaign(camp, fam, accts, {"operation": "repeat_sampling", "accounts": n, "provider": provider,
                                    "block_size": len(block), "groups_per_hour": round(groups_per_hour, 1),
                                    "repeats": [k_lo, k_hi], "gap_s": round(gap, 2), "voices": voices,
                                    "p_new": round(p_new, 3)})


def rynd(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A grey-market reseller's keys: mostly its customers' ordinary chat (Chinese and ShareGPT),
    with one customer's harvesting (instruction data, publishable rewrites) riding inside."""
    fam = "rynd"
    n = irange(rng, 2, 5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(rng, ("one-api/0.6.11", "new-api/v0.4.9", "Go-http-client/2.0", "OpenAI/NodeJS 4.85.1"))
    share = float(rng.uniform(0.15, 0.35))
    zh_share = float(rng.uniform(0.3, 0.7))
    voices, w = voice_mix(rng, 4, 2, 4)
    peak, depth = float(rng.uniform(11.5, 14.5)), float(rng.uniform(0.5, 0.8))
    p_new = float(rng.uniform(0.93, 0.99))
    med = float(rng.uniform(900, 1500))
    accts = []
    rates = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="reseller_key", campaign_id=camp, org=org,
                        pay=pick(rng, cards), ua=ua, ips=cloud(rng, irange(rng, 2, 6), provider))
        accts.append(a)
        rate = float(rng.uniform(18, 50))
        rates.append(round(rate, 1))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(peak, depth))
        prompts, comp = [], []
        for _ in range(len(ts)):
            if chance(rng, share):
                prompts.append(tx.rynd_harvest(rng, ctx.passages, draw_voices(rng, voices, w, 1)[0]))
                comp.append(med)
            elif chance(rng, zh_share):
                prompts.append(tx.rynd_chat_zh(rng))
                comp.append(380.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(330.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.04), comp_median=np.asarray(comp),
                 comp_sigma=0.55, err=0.02)
    ctx.campaign(camp, fam, accts, {"operation": "reseller_cover", "keys": n, "provider": provider, "ua": ua,
                                    "harvest_share": round(share, 2), "zh_chat_share": round(zh_share, 2),
                                    "rates_per_hour": rates, "voices": voices, "p_new": round(p_new, 3)})


def tailrace(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Burner accounts, each alive a day or two, writing textbook sections, long continuations,
    stories and tutoring dialogues through a rotating residential proxy; prepaid cards shared."""
    fam = "tailrace"
    n = irange(rng, 25, 45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    regions = picks(rng, ("us", "eu", "latam", "sea", "in"), irange(rng, 1, 3))
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 200, 600), r)]
    langs = ["en"] + picks(rng, ("es", "id", "vi", "ar"), irange(rng, 1, 2))
    lang_w = np.array([float(rng.uniform(0.4, 0.7))] + [1.0] * (len(langs) - 1))
    lang_w[1:] *= (1 - lang_w[0]) / lang_w[1:].sum()
    voices, w = voice_mix(rng, 4, 2, 4)
    life_lo, life_hi = float(rng.uniform(12, 24)), float(rng.uniform(36, 64))
    rate_lo, rate_hi = float(rng.uniform(4, 7)), float(rng.uniform(9, 15))
    p_new = float(rng.uniform(0.85, 0.95))
    med = float(rng.uniform(1100, 1700))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="burner", campaign_id=camp, pay=pick(rng, cards),
                        ua=sdk_ua(rng, 0.6), ips=pool[:1])
        accts.append(a)
        birth = float(rng.uniform(ctx.t0, ctx.t1 - 8 * HOUR))
        death = birth + float(rng.uniform(life_lo, life_hi)) * HOUR
        rate = float(rng.uniform(rate_lo, rate_hi))
        ts = thinned(rng, birth, death, rate * (death - birth) / HOUR, constant)
        lang = langs[int(rng.choice(len(langs), p=lang_w))]
        vs = draw_voices(rng, voices, w, len(ts))
        prompts = [tx.tailrace_prompt(rng, ctx.passages, v, lang if v == 0 else "en") for v in vs]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=[pick(rng, pool) for _ in ts],
                 comp_median=med, comp_sigma=0.35, err=0.01)
    ctx.campaign(camp, fam, accts, {"operation": "textbook_and_continuation", "accounts": n, "cards": len(cards),
                                    "proxy_regions": regions, "proxy_pool": len(pool), "langs": langs,
                                    "life_h": [round(life_lo, 1), round(life_hi, 1)],
                                    "rate_per_hour": [round(rate_lo, 1), round(rate_hi, 1)], "voices": voices,
                                    "p_new": round(p_new, 3), "completion_median": round(med)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "damsel": damsel,
    "fantail": fantail,
    "gudgeon": gudgeon,
    "penstock": penstock,
    "quant": quant,
    "rynd": rynd,
    "tailrace": tailrace,
    "wallower": wallower,
}

