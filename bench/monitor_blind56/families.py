"""Campaign families of blind batch 56 (code names from fly fishing and fly tying).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and registers its campaign(s) through `ctx.campaign`. Parameters
are drawn per seed; `README.md` lists their ranges.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    Curve,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
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
from bench.monitor_blind56 import texts as tx

# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def job_windows(rng: np.random.Generator, a: float, b: float, per_day: float, dur_lo: float,
                dur_hi: float) -> Curve:
    """Indicator of randomly placed job runs (starts Poisson, durations uniform, in hours)."""
    starts = rng.uniform(a - dur_hi * HOUR, b, size=max(1, int(rng.poisson(per_day * (b - a + dur_hi * HOUR) / DAY))))
    ends = starts + rng.uniform(dur_lo, dur_hi, size=len(starts)) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        on = np.zeros(len(ts), dtype=bool)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            on |= (ts >= s) & (ts < e)
        return on.astype(np.float64)
    return f


def boosted(curve: Curve, release: float, before: float) -> Curve:
    """`curve`, scaled by `before` (< 1) until the release."""
    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return curve(ts) * np.where(ts >= release, 1.0, before)
    return f


def product(*curves: Curve) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        out = np.ones(len(ts))
        for c in curves:
            out = out * c(ts)
        return out
    return f


def chain_times(rng: np.random.Generator, start: float, k: int, gap_median: float, sigma: float = 0.6) -> np.ndarray:
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=k - 1))])


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def chat_text(ctx: Ctx, rng: np.random.Generator) -> str:
    return pick(rng, ctx.chat)


def passage(ctx: Ctx, rng: np.random.Generator) -> str:
    return pick(rng, ctx.passages)


def lang_for_tz(rng: np.random.Generator, tz: int, p_match: float = 0.75) -> str:
    """A language code that fits a UTC offset most of the time."""
    by_tz = {8: "zh", 9: "ko", -3: "pt", 3: "ru", 1: "de", 2: "de", -5: "es"}
    if tz in by_tz and chance(rng, p_match):
        return by_tz[tz]
    return "en"


FAMILY = "campaign"


# --------------------------------------------------------------------------------------------
# tippet: reasoning-trace coercion through many quiet, person-shaped accounts


def tippet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 22, 40)
    share = float(rng.uniform(0.45, 0.8))
    p_new = float(rng.uniform(0.8, 0.95))
    comp_h = float(rng.uniform(1400, 2600))
    pre = float(rng.uniform(0.3, 1.0))
    per_day = (1.0, 3.5)
    p_mobile = float(rng.uniform(0.1, 0.45))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = lang_for_tz(rng, tz)
        main_voice = lang if lang != "en" else pick(rng, ("casual", "casual", "casual", "tags", "spec"))
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        ips = home(rng, irange(rng, 1, 3), tz)
        if chance(rng, p_mobile):
            ips += mobile_v6(rng, irange(rng, 1, 4), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        acct = ctx.account(rng, label=FAMILY, family="tippet", role="sleeper", campaign_id=cid, ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        start = jitter_start(rng, a, b, 0.45)
        curve = boosted(evening_person(tz), rel, pre)
        ts = concat(session_times(rng, start, b, float(rng.uniform(*per_day)), curve,
                                  float(rng.uniform(3, 8)), float(rng.uniform(50, 200))))
        if len(ts) == 0:
            ts = np.array([rng.uniform(max(start, rel), b)])
        harvest = rng.random(len(ts)) < share
        prompts = [tx.coerce(rng, main_voice if chance(rng, 0.75) else pick(rng, tx.COERCE_VOICES)) if h
                   else chat_text(ctx, rng) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
                 comp_median=np.where(harvest, comp_h, 320.0), comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, "tippet", accts, {
        "operation": "reasoning-trace coercion", "accounts": n, "harvest_share": share, "p_new": p_new,
        "completion_median": comp_h, "pre_release_factor": pre, "pacing": "human sessions, evening curve",
        "ip_source": "residential proxy by claimed tz, some mobile v6", "p_mobile": p_mobile})


# --------------------------------------------------------------------------------------------
# hackle: reward-model grading (pointwise rubrics and pairwise preferences) from a worker pool


def hackle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n_orgs = irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "m247", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    p_pair = float(rng.uniform(0.25, 0.6))
    zh = float(rng.uniform(0.0, 0.3))
    comp = float(rng.uniform(220, 450))
    p_new = float(rng.uniform(0.9, 0.98))
    pre = float(rng.uniform(0.2, 0.6))
    accts, rates = [], []
    for _ in range(n_orgs):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.3)
        keys = [ctx.account(rng, label=FAMILY, family="hackle", role="judge_worker", campaign_id=cid, org=org,
                            pay=pay, ua=ua, ips=list(rng.choice(block, size=irange(rng, 1, 3)).tolist()))
                for _ in range(irange(rng, 3, 7))]
        accts += keys
        rate = float(rng.uniform(20, 60))
        rates.append(rate)
        curve = boosted(job_windows(rng, a, b, float(rng.uniform(1.0, 2.5)), 2.0, 9.0), rel, pre)
        start = jitter_start(rng, a, b, 0.25)
        for acct, ts in zip(keys, worker_pool(rng, start, b, rate, len(keys), curve), strict=True):
            if len(ts) == 0:
                continue
            pair = rng.random(len(ts)) < p_pair
            prompts = []
            for is_pair in pair.tolist():
                lang = "zh" if chance(rng, zh) else "en"
                q = chat_text(ctx, rng)
                if is_pair:
                    prompts.append(tx.rubric_pair(rng, q, passage(ctx, rng), passage(ctx, rng), lang))
                else:
                    prompts.append(tx.rubric_point(rng, q, passage(ctx, rng), lang))
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
                     comp_median=np.where(pair, comp * 1.3, comp), comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, "hackle", accts, {
        "operation": "rubric and pairwise preference grading", "orgs": n_orgs, "keys": len(accts),
        "provider": provider, "per_hour_per_org": rates, "p_pairwise": p_pair, "zh_share": zh,
        "completion_median": comp, "p_new": p_new, "pre_release_factor": pre,
        "pacing": "Poisson worker pool inside job windows"})


# --------------------------------------------------------------------------------------------
# marabou: a hydra of short-lived keys generating synthetic instruction data over mobile proxies


def marabou(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 45, 75)
    n_cards = max(2, n // irange(rng, 3, 12))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    mob = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    region = pick(rng, ("in", "latam", "us", "eu", "sea"))
    pool = resi(rng, irange(rng, 200, 600), region) + mobile_v6(rng, irange(rng, 100, 300), mob)
    langs = list(rng.choice(tx.SYNTH_LANGS, size=irange(rng, 2, 4), replace=False).tolist())
    if "en" not in langs and chance(rng, 0.6):
        langs.append("en")
    post = float(rng.uniform(0.6, 0.88))
    life_h = float(rng.uniform(3, 8))
    err = float(rng.uniform(0.02, 0.08))
    comp = float(rng.uniform(700, 1300))
    hold = float(rng.uniform(30, 600))
    accts = []
    uas = SDK_COMMON + SDK_OTHER + ("okhttp/4.12.0", "Dart/3.6 (dart:io)")
    for _ in range(n):
        acct = ctx.account(rng, label=FAMILY, family="marabou", role="hydra_key", campaign_id=cid,
                           pay=pick(rng, cards), ua=pick(rng, uas), ips=[pool[0]])
        accts.append(acct)
        life = float(np.clip(rng.lognormal(np.log(life_h * HOUR), 0.6), 0.5 * HOUR, 30 * HOUR))
        start = rng.uniform(rel, b - 0.5 * HOUR) if chance(rng, post) else rng.uniform(a, rel)
        k = irange(rng, 8, 60)
        ts = start + np.cumsum(rng.exponential(life / k, size=k))
        ts = ts[ts < b]
        if len(ts) == 0:
            ts = np.array([start])
        lang = pick(rng, langs)
        prompts = [tx.synth(rng, lang) for _ in range(len(ts))]
        if chance(rng, 0.3):
            prompts[0] = pick(rng, ("hi", "test", "ping", "Say OK", "hello"))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
                 ips=sticky(rng, ts, pool, hold), comp_median=comp, comp_sigma=0.5, err=err)
    ctx.campaign(cid, "marabou", accts, {
        "operation": "synthetic instruction-data generation", "keys": n, "cards": n_cards,
        "mobile_kind": mob, "resi_region": region, "languages": langs, "post_release_share": post,
        "life_hours_median": life_h, "err": err, "completion_median": comp, "sticky_s": hold,
        "pacing": "per key Poisson inside a short lifetime"})


# --------------------------------------------------------------------------------------------
# caddis: agent trajectories in fabricated tool environments


def caddis(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 5))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0",
                    "OpenAI/Python 1.54.0"))
    main_style = pick(rng, ("react", "json", "xml"))
    eps_h = float(rng.uniform(5, 14))
    steps_mean = float(rng.uniform(6, 14))
    gap = float(rng.uniform(3, 10))
    base_tok, per_step = float(rng.uniform(600, 2000)), float(rng.uniform(300, 900))
    comp = float(rng.uniform(180, 350))
    pre = float(rng.uniform(0.1, 0.5))
    accts = [ctx.account(rng, label=FAMILY, family="caddis", role="rollout_worker", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=list(rng.choice(block, size=irange(rng, 1, 3)).tolist())) for _ in range(n)]
    curve = boosted(job_windows(rng, a, b, float(rng.uniform(1.0, 3.0)), 4.0, 12.0), rel, pre)
    start = jitter_start(rng, a, b, 0.3)
    for acct, starts in zip(accts, worker_pool(rng, start, b, eps_h, n, curve), strict=True):
        ts_all, prompts, extra, cm = [], [], [], []
        for s in starts.tolist():
            k = min(40, 1 + int(rng.negative_binomial(2, 2 / (2 + steps_mean - 1))))
            style = main_style if chance(rng, 0.85) else pick(rng, ("react", "json", "xml"))
            dom, task = tx.agent_task(rng, style)
            ts_all.append(chain_times(rng, s, k, gap))
            prompts += [task] + [tx.agent_step(rng, dom, style) for _ in range(k - 1)]
            extra += [int(base_tok + i * per_step * rng.uniform(0.7, 1.3)) for i in range(k)]
            cm += [comp] * (k - 1) + [comp * 2.5]
        if not ts_all:
            continue
        ts = concat(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.01), comp_median=np.array(cm),
                 comp_sigma=0.5, err=0.01, extra=np.array(extra))
    ctx.campaign(cid, "caddis", accts, {
        "operation": "agent trajectory harvesting", "keys": n, "provider": provider, "user_agent": ua,
        "style": main_style, "episodes_per_hour": eps_h, "steps_mean": steps_mean, "step_gap_s": gap,
        "context_tokens": [base_tok, per_step], "completion_median": comp, "pre_release_factor": pre})


# --------------------------------------------------------------------------------------------
# midge: repeated sampling / soft labels fanned out over keys behind a rotating residential pool


def midge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n_orgs = irange(rng, 2, 4)
    pool = resi(rng, irange(rng, 300, 900), pick(rng, ("us", "eu", "*", "latam")))
    hold = pick(rng, (0.0, 30.0, 120.0))
    n_samples = (irange(rng, 3, 6), irange(rng, 8, 16))
    nonce = chance(rng, 0.5)
    items_h = float(rng.uniform(6, 16))
    comp = float(rng.uniform(120, 450))
    pre = float(rng.uniform(0.1, 0.4))
    spread = float(rng.uniform(0.5, 20))
    accts = []
    for _ in range(n_orgs):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11",
                                                                       "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        accts += [ctx.account(rng, label=FAMILY, family="midge", role="sampler", campaign_id=cid, org=org, pay=pay,
                              ua=ua, ips=[pool[0]]) for _ in range(irange(rng, 3, 6))]
    curve = boosted(job_windows(rng, a, b, float(rng.uniform(1.0, 2.0)), 3.0, 8.0), rel, pre)
    items = thinned(rng, jitter_start(rng, a, b, 0.2), b, items_h * (b - a) / HOUR, curve)
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in accts]
    for s in items.tolist():
        base = tx.soft_label(rng, chat_text(ctx, rng))
        k = irange(rng, *n_samples)
        times = s + np.sort(rng.uniform(0, spread, size=k))
        who = rng.integers(0, len(accts), size=k)
        tag = hexid(rng, "r")[2:8]
        for j, (t, w) in enumerate(zip(times.tolist(), who.tolist(), strict=True)):
            p = f"{base}\n\n[sample {j + 1}/{k} · {tag}]" if nonce else base
            per[w][0].append(t)
            per[w][1].append(p)
    for acct, (ts_l, prompts) in zip(accts, per, strict=True):
        if not ts_l:
            continue
        order = np.argsort(ts_l)
        ts = np.asarray(ts_l)[order]
        prompts = [prompts[i] for i in order.tolist()]
        ips = sticky(rng, ts, pool, hold) if hold > 0 else [pick(rng, pool) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01), ips=ips,
                 comp_median=comp, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, "midge", accts, {
        "operation": "repeated sampling / soft labels", "orgs": n_orgs, "keys": len(accts), "samples": n_samples,
        "nonce_tag": nonce, "items_per_hour": items_h, "fanout_spread_s": spread, "sticky_s": hold,
        "completion_median": comp, "pre_release_factor": pre, "ip_source": "rotating residential pool"})


# --------------------------------------------------------------------------------------------
# streamer: continuation harvesting spread thin, one small VPS and one card per account, cron nights


def streamer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 18, 34)
    per_night = float(rng.uniform(18, 55))
    p_run = float(rng.uniform(0.6, 0.95))
    comp = float(rng.uniform(900, 1800))
    p_new = float(rng.uniform(0.55, 0.9))
    p_en = float(rng.uniform(0.4, 0.8))
    accts = []
    provs = providers()
    for _ in range(n):
        prov = pick(rng, provs)
        acct = ctx.account(rng, label=FAMILY, family="streamer", role="cron_node", campaign_id=cid,
                           ua=sdk_ua(rng, 0.5), ips=cloud(rng, irange(rng, 1, 2), prov))
        accts.append(acct)
        start_h, hours = float(rng.uniform(0, 24)), float(rng.uniform(0.5, 2.5))
        first = jitter_start(rng, a, b, 0.5)
        lang = "en" if chance(rng, p_en) else pick(rng, tx.CONT_LANGS)
        parts = []
        day0 = np.floor(a / DAY) * DAY
        for d in range(8):
            s = day0 + d * DAY + start_h * HOUR
            if s < first or not chance(rng, p_run):
                continue
            k = int(rng.poisson(per_night))
            parts.append(np.sort(s + rng.uniform(0, hours * HOUR, size=k)))
        ts = concat(parts)
        ts = ts[(ts >= a) & (ts <= b)]
        if len(ts) == 0:
            ts = np.sort(rng.uniform(max(first, rel), b, size=5))
        prompts = [tx.continuation(rng, lang, passage(ctx, rng) if chance(rng, 0.7) else None) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05), comp_median=comp,
                 comp_sigma=0.4, err=0.01)
    ctx.campaign(cid, "streamer", accts, {
        "operation": "continuation harvesting", "accounts": n, "per_night": per_night, "p_run_night": p_run,
        "completion_median": comp, "p_new": p_new, "p_english": p_en,
        "ip_source": "one small VPS per account, any provider", "payment": "one card per account"})


# --------------------------------------------------------------------------------------------
# sculpin: a reseller gateway whose pass-through traffic carries a distiller's multi-turn harvest


def sculpin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 2, 3)
    one_org = chance(rng, 0.5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "digitalocean", "vultr"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 6))
    ua = pick(rng, ("Go-http-client/2.0", "Go-http-client/1.1", "axios/1.7.9", "python-httpx/0.28.1"))
    peak = float(rng.uniform(11, 15))
    depth = float(rng.uniform(0.4, 0.7))
    chains_h = float(rng.uniform(1.5, 5.0))
    turns_mean = float(rng.uniform(4, 8))
    p_rewrite = float(rng.uniform(0.15, 0.4))
    zh = float(rng.uniform(0.3, 0.8))
    harvest_from = float(rng.uniform(a + DAY, rel + 0.5 * DAY))
    comp_h = float(rng.uniform(700, 1200))
    accts, rates = [], []
    for _ in range(n):
        acct = ctx.account(rng, label=FAMILY, family="sculpin", role="reseller", campaign_id=cid,
                           org=org if one_org else None, pay=pay if one_org else None, ua=ua,
                           ips=list(rng.choice(block, size=irange(rng, 1, len(block))).tolist()))
        accts.append(acct)
        rate = float(rng.uniform(25, 60))
        rates.append(rate)
        ts_p = thinned(rng, a, b, rate * (b - a) / HOUR, global_load(peak, depth))
        p_pass = [chat_text(ctx, rng) for _ in range(len(ts_p))]
        ctx.emit(rng, acct, ts_p, p_pass, models=ctx.models(rng, ts_p, p_new=0.5, p_mini=0.25), comp_median=300.0,
                 comp_sigma=0.7, err=0.015)
        ts_h, p_h = [], []
        for s in thinned(rng, harvest_from, b, chains_h * (b - harvest_from) / HOUR, global_load(peak, depth * 0.5)).tolist():
            lang = "zh" if chance(rng, zh) else "en"
            if chance(rng, p_rewrite):
                ts_h.append(np.array([s]))
                p_h.append(tx.compliant_rewrite(rng, passage(ctx, rng), lang))
                continue
            k = max(2, int(rng.poisson(turns_mean)))
            ts_h.append(chain_times(rng, s, k, float(rng.uniform(6, 25))))
            p_h += [tx.opener(rng, lang)] + [tx.followup(rng, lang) for _ in range(k - 1)]
        if ts_h:
            ts = concat(ts_h)
            ctx.emit(rng, acct, ts, p_h, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=comp_h,
                     comp_sigma=0.5, err=0.015)
    ctx.campaign(cid, "sculpin", accts, {
        "operation": "multi-turn harvest and compliance rewrites inside reseller traffic", "accounts": n,
        "one_org": one_org, "provider": provider, "user_agent": ua, "passthrough_per_hour": rates,
        "chains_per_hour": chains_h, "turns_mean": turns_mean, "p_rewrite": p_rewrite, "zh_share": zh,
        "harvest_from": harvest_from, "completion_median": comp_h, "load_peak_utc": peak})


# --------------------------------------------------------------------------------------------
# dubbing: self-refine chains (draft, critique, revision, polish) by an office team


def dubbing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    a, b = ctx.t0, ctx.t1
    tz = pick(rng, (8, 3, 2, 5, -3, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    n = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    chains_day = float(rng.uniform(10, 30))
    gap = float(rng.uniform(25, 80))
    p_chat = float(rng.uniform(0.15, 0.4))
    p_zh = 0.7 if tz == 8 else 0.1
    scale = float(rng.uniform(0.8, 1.4))
    p_new = float(rng.uniform(0.85, 0.95))
    meds = np.array([700.0, 500.0, 900.0, 900.0]) * scale
    accts = []
    for _ in range(n):
        ips = office + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        acct = ctx.account(rng, label=FAMILY, family="dubbing", role="operator", campaign_id=cid, org=org, pay=pay,
                           ua=pick(rng, BROWSERS), ips=ips, tz=tz)
        accts.append(acct)
        curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 20)), weekend=0.1)
        start = jitter_start(rng, a, b, 0.3)
        ts_l, prompts, cm = [], [], []
        for s in thinned(rng, start, b, chains_day * (b - start) / DAY, curve).tolist():
            lang = "zh" if chance(rng, p_zh) else "en"
            steps = tx.refine_chain(rng, passage(ctx, rng), lang)
            ts_l.append(chain_times(rng, s, len(steps), gap))
            prompts += steps
            cm += meds[: len(steps)].tolist()
        for s in thinned(rng, start, b, p_chat / (1 - p_chat) * chains_day * 3.5 * (b - start) / DAY, curve).tolist():
            ts_l.append(np.array([s]))
            prompts.append(chat_text(ctx, rng))
            cm.append(300.0)
        if not ts_l:
            continue
        ts = concat(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, acct, ts[order], [prompts[i] for i in order.tolist()],
                 models=ctx.models(rng, ts[order], p_new=p_new, p_mini=0.03),
                 comp_median=np.asarray(cm)[order], comp_sigma=0.5, err=0.005)
    ctx.campaign(cid, "dubbing", accts, {
        "operation": "self-refine chain harvesting", "accounts": n, "tz": tz, "chains_per_day": chains_day,
        "step_gap_s": gap, "p_chat": p_chat, "p_zh": p_zh, "completion_scale": scale, "p_new": p_new,
        "ip_source": "office NAT on consumer ISP", "user_agent": "browser"})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tippet": tippet,
    "hackle": hackle,
    "marabou": marabou,
    "caddis": caddis,
    "midge": midge,
    "streamer": streamer,
    "sculpin": sculpin,
    "dubbing": dubbing,
}

