"""Campaign families of blind batch 19 (distillation operations), each under a neutral code name.

What each family does is written in README.md and in the comments below; the code names in the
truth labels and printed counts say nothing about it. Every family draws its parameters per seed
and records them in its campaign's `params`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind19 import texts

FAMILY = "campaign"


def _assign_active(rng: np.random.Generator, ts: np.ndarray, starts: Sequence[float],
                   ends: Sequence[float]) -> list[np.ndarray]:
    """Hand each job time to a random account among those live at that time (a shared queue of
    workers whose keys come and go). Jobs with no live account are dropped."""
    ts = np.asarray(ts, dtype=np.float64)
    s, e = np.asarray(starts, dtype=np.float64), np.asarray(ends, dtype=np.float64)
    who = np.full(len(ts), -1, dtype=np.int64)
    for j, t in enumerate(ts.tolist()):
        live = np.flatnonzero((s <= t) & (t < e))
        if len(live):
            who[j] = int(live[int(rng.integers(len(live)))])
    return [ts[who == i] for i in range(len(s))]


def _weighted(rng: np.random.Generator, options: Sequence, n: int, alpha: float = 1.0) -> list:
    w = rng.dirichlet(np.full(len(options), alpha))
    return [options[i] for i in rng.choice(len(options), size=n, p=w).tolist()]


# --------------------------------------------------------------------------------------------
# alnitak — reasoning-trace coercion from a many-account cluster behind a residential-proxy pool.
# One job queue (inhomogeneous Poisson, almost round the clock) is spread over whichever keys are
# live; keys join in waves and some are abandoned mid-window. Cards are shared by groups of keys.


def alnitak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 18, 45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    region = pick(rng, ("*", "us", "eu", "sea", "latam", "in"))
    pool = resi(rng, irange(rng, 200, 900), region)
    hold = float(rng.uniform(5 * MINUTE, 40 * MINUTE))
    script_ua = sdk_ua(rng, 0.3)
    p_own_ua = float(rng.uniform(0.0, 0.5))
    styles = list(rng.choice(sorted(texts.ALNITAK_STYLES), size=irange(rng, 2, 5), replace=False))
    style_w = rng.dirichlet(np.ones(len(styles)))
    p_chat = float(rng.uniform(0.1, 0.5))
    per_hour = float(rng.uniform(25, 90))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.5))
    p_churn = float(rng.uniform(0.15, 0.5))
    waves = sorted(float(ctx.t0 + rng.uniform(0, 0.6) * (ctx.t1 - ctx.t0)) for _ in range(irange(rng, 1, 3)))
    comp_med = float(rng.uniform(800, 1500))
    p_new = float(rng.uniform(0.85, 0.99))

    accts, starts, ends = [], [], []
    for _ in range(n):
        ua = sdk_ua(rng, 0.4) if chance(rng, p_own_ua) else script_ua
        a = ctx.account(rng, label=FAMILY, family="alnitak", role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua, ips=pool)
        st = pick(rng, waves) + float(rng.exponential(2 * HOUR))
        en = st + float(rng.lognormal(np.log(1.5 * DAY), 0.6)) if chance(rng, p_churn) else ctx.t1 + 1
        accts.append(a)
        starts.append(st)
        ends.append(en)
    jobs = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
    for a, ts in zip(accts, _assign_active(rng, jobs, starts, ends), strict=True):
        sty = [styles[i] for i in rng.choice(len(styles), size=len(ts), p=style_w).tolist()]
        prompts = [texts.alnitak_prompt(rng, s, ctx.chat, p_chat) for s in sty]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp_med, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, "alnitak", accts, {
        "operation": "reasoning-trace coercion", "accounts": n, "cards": len(cards), "proxy_region": region,
        "proxy_pool": len(pool), "sticky_s": hold, "styles": styles, "p_scraped_prompt": p_chat,
        "jobs_per_hour": per_hour, "load_peak_utc": peak, "load_depth": depth, "p_churn": p_churn,
        "waves": len(waves), "completion_median": comp_med, "p_new_model": p_new, "p_own_ua": p_own_ua})


# --------------------------------------------------------------------------------------------
# mirzam — harvesting grades for a reward model: rubric scores, pairwise preferences over candidate
# answers, and "rewrite to a perfect score" gold answers. A handful of keys on one rented cloud
# block run a batch most nights in the operator's time zone, plus small daytime pilot runs.


def mirzam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 9)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "alibaba", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, (8, 9, 1, -5, 3, 5))
    ua = sdk_ua(rng, 0.5)
    styles = list(rng.choice(["json", "plain", "md"], size=irange(rng, 1, 2), replace=False))
    p_night = float(rng.uniform(0.6, 0.95))
    night_rate = float(rng.uniform(70, 260))
    pilot_per_day = float(rng.uniform(4, 18))
    p_new = float(rng.uniform(0.7, 0.95))
    accts = [ctx.account(rng, label=FAMILY, family="mirzam", role="worker", campaign_id=cid, org=shared_org,
                         pay=pick(rng, cards), ua=ua, ips=block) for _ in range(n)]
    jobs = []
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    d = day0
    while d < ctx.t1:
        if chance(rng, p_night):
            a = d + float(rng.uniform(22, 26)) * HOUR
            b = a + float(rng.uniform(3, 7)) * HOUR
            jobs.append(thinned(rng, a, b, night_rate * (b - a) / HOUR, lambda t: np.ones(len(t))))
        d += DAY
    night = np.sort(np.concatenate(jobs)) if jobs else np.empty(0)
    who = rng.integers(0, n, size=len(night))
    comp = {"score": 320.0, "pair": 380.0, "gold": 850.0}
    for i, a in enumerate(accts):
        pilot = thinned(rng, ctx.t0, ctx.t1, pilot_per_day * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        ts = np.sort(np.concatenate([night[who == i], pilot]))
        out = [texts.mirzam_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, [p for p, _ in out], models=ctx.models(rng, ts, p_new, 0.03),
                 comp_median=np.array([comp[k] for _, k in out]), comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, "mirzam", accts, {
        "operation": "grading / preference harvest", "accounts": n, "provider": provider, "block_ips": len(block),
        "shared_org": shared_org is not None, "cards": len(cards), "tz": tz, "styles": styles,
        "p_night": p_night, "night_jobs_per_hour": night_rate, "pilot_per_day": pilot_per_day, "p_new_model": p_new})


# --------------------------------------------------------------------------------------------
# sadr — the deliberately hard low-and-slow family: a few aged, genuine-looking personal accounts
# (home IPs in different time zones, evening chat sessions with ordinary prompts) each slipping a
# modest daily quota of expert-domain "explain in depth" requests into its use. The quotas walk
# through ONE shared curriculum (domain × topic × angle) in order across accounts; when it is
# exhausted the walk starts again with a different emphasis added to each item.


def sadr(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 7)
    domains = list(rng.choice(sorted(texts._SADR_DOMAINS), size=irange(rng, 1, 3), replace=False))
    curriculum = texts.sadr_curriculum(rng, domains)
    tzs = list(rng.choice(TZS, size=n, replace=False))
    p_same_ua = float(rng.uniform(0.3, 0.8))
    accts, plans = [], []
    for tz in tzs:
        tz = int(tz)
        ips = home(rng, irange(rng, 1, 2), tz)
        chat_ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.7)
        harvest_ua = chat_ua if chance(rng, p_same_ua) else sdk_ua(rng, 0.5)
        a = ctx.account(rng, label=FAMILY, family="sadr", role="worker", campaign_id=cid, ua=chat_ua, ips=ips, tz=tz)
        quota = float(rng.uniform(4, 16))
        start = ctx.t0 + float(rng.uniform(0, 0.25)) * (ctx.t1 - ctx.t0)
        harvest = thinned(rng, start, ctx.t1, quota * (ctx.t1 - start) / DAY, evening_person(tz, spread=3.5))
        sessions = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), evening_person(tz),
                                 float(rng.uniform(3, 6)), float(rng.uniform(60, 200)))
        genuine = np.concatenate(sessions) if sessions else np.empty(0)
        accts.append(a)
        plans.append((a, harvest, genuine, harvest_ua, int(rng.integers(0, 4)), quota))
    # the shared queue: harvest slots of all accounts in time order take the next curriculum item
    slots = sorted((t, i) for i, p in enumerate(plans) for t in p[1].tolist())
    items: list[list[str]] = [[] for _ in plans]
    for k, (_, i) in enumerate(slots):
        item = curriculum[k % len(curriculum)]
        voice = plans[i][4] if chance(rng, 0.8) else int(rng.integers(0, 4))
        items[i].append(texts.sadr_prompt(rng, item, voice, k // len(curriculum)))
    p_new = float(rng.uniform(0.5, 0.85))
    for i, (a, harvest, genuine, h_ua, _, _) in enumerate(plans):
        g_prompts = [pick(rng, ctx.chat) for _ in range(len(genuine))]
        ts = np.concatenate([harvest, genuine])
        prompts = items[i] + g_prompts
        uas = [h_ua] * len(harvest) + [a.ua] * len(genuine)
        comp = np.concatenate([np.full(len(harvest), 950.0), np.full(len(genuine), 300.0)])
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [a.ips[0] if chance(rng, 0.85) else pick(rng, a.ips + mobile_v6(rng, 1, "eu_mobile" if a.tz >= 0 else "us_mobile"))
               for _ in range(len(ts))]
        ctx.emit(rng, a, ts, [prompts[j] for j in order.tolist()], models=ctx.models(rng, ts, p_new, 0.1),
                 ips=ips, ua=[uas[j] for j in order.tolist()], comp_median=comp[order], comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, "sadr", accts, {
        "operation": "low-and-slow domain coverage mixed with genuine use", "accounts": n, "domains": domains,
        "curriculum_items": len(curriculum), "tzs": [int(t) for t in tzs], "p_same_ua": p_same_ua,
        "quota_per_day": [p[5] for p in plans], "p_new_model": p_new})


# --------------------------------------------------------------------------------------------
# wezen — agent/tool-use trajectory harvest: fresh keys opened within hours of the model release
# (optionally one older key that smoke-tested the scaffold before), driving multi-step episodes
# whose prompts carry the growing tool history; some tool results are deliberately failed so that
# recovery behaviour is captured. Runs from a small rented block; episodes come from a Poisson queue.


def wezen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 5))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "langchain-openai/0.3.6"))
    fmts = list(rng.choice(["react", "json", "xml"], size=irange(rng, 1, 3), replace=False))
    old_key = chance(rng, 0.5)
    per_hour = float(rng.uniform(8, 28))
    p_err = float(rng.uniform(0.1, 0.35))
    step_gap = float(rng.uniform(3, 10))
    max_steps = irange(rng, 6, 12)
    pay = hexid(rng, "pay") if chance(rng, 0.6) else None
    accts, starts = [], []
    for i in range(n):
        a = ctx.account(rng, label=FAMILY, family="wezen", role="worker", campaign_id=cid, pay=pay, ua=ua, ips=block)
        accts.append(a)
        starts.append(ctx.t0 + float(rng.uniform(0.05, 0.4)) * (ctx.release - ctx.t0) if (old_key and i == 0)
                      else ctx.release + float(rng.uniform(0, 8 * HOUR)))
    ends = [ctx.t1 + 1] * n
    ep = thinned(rng, ctx.release, ctx.t1, per_hour * (ctx.t1 - ctx.release) / HOUR, lambda t: np.ones(len(t)))
    per_acct = _assign_active(rng, ep, starts, ends)
    if old_key:  # a few smoke tests of the scaffold before the release
        smoke = np.sort(rng.uniform(starts[0], ctx.release, size=irange(rng, 2, 6)))
        per_acct[0] = np.sort(np.concatenate([smoke, per_acct[0]]))
    for a, eps in zip(accts, per_acct, strict=True):
        fmt = pick(rng, fmts)
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            task = texts.wezen_task(rng)
            tools = list(rng.choice(texts._WEZEN_TOOLS, size=irange(rng, 2, 5), replace=False))
            k = min(max_steps, 2 + int(rng.geometric(0.25)))
            gaps = rng.lognormal(np.log(step_gap), 0.6, size=k - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            history: list[str] = []
            for j in range(k):
                prompts.append(texts.wezen_prompt(rng, fmt, task, tools, history))
                extra.append(300 * j + irange(rng, 0, 200))
                history.append(texts.wezen_observation(rng, p_err))
            ts_all.append(t)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(rng, a, ts, [prompts[j] for j in order.tolist()], models=ctx.models(rng, ts, 0.97, 0.0),
                 extra=np.asarray(extra)[order], comp_median=220.0, comp_sigma=0.6, err=0.015)
    ctx.campaign(cid, "wezen", accts, {
        "operation": "agent trajectory harvest", "accounts": n, "provider": provider, "block_ips": len(block),
        "formats": fmts, "older_key": old_key, "episodes_per_hour": per_hour, "p_tool_error": p_err,
        "step_gap_s": step_gap, "max_steps": max_steps, "shared_card": pay is not None})


# --------------------------------------------------------------------------------------------
# zaurak — the family off the usual shapes: very few requests, each asking for a whole pack of
# synthetic training rows (dozens of pairs, dialogues or CSV rows) and getting near-maximal
# completions. Keys egress from commercial VPN / hosting exits that rotate about daily.


def zaurak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 2, 5)
    provider = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "linode"))
    exits = cloud(rng, irange(rng, 8, 30), provider)
    ua = pick(rng, ("python-requests/2.32.3", "PostmanRuntime/7.43.0", "curl/8.5.0", "reqwest/0.12.12"))
    rotate = float(rng.uniform(0.3, 1.2)) * DAY
    comp_med = float(rng.uniform(5500, 7600))
    langs_all = sorted(texts._ZAURAK_LANG)
    accts, per_day_l, langs_l = [], [], []
    for _ in range(n):
        a = ctx.account(rng, label=FAMILY, family="zaurak", role="worker", campaign_id=cid, ua=ua, ips=exits)
        per_day = float(rng.uniform(4, 20))
        size = float(rng.uniform(1.2, 3.0))
        langs = list(rng.choice(langs_all, size=irange(rng, 1, 3), replace=False))
        st = ctx.t0 + float(rng.uniform(0, 0.5)) * (ctx.t1 - ctx.t0)
        starts = thinned(rng, st, ctx.t1, per_day / size * (ctx.t1 - st) / DAY, lambda t: np.ones(len(t)))
        tr = bursts(rng, starts, size, float(rng.uniform(60, 240)), 0.5, ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        styles = [int(x) for x in rng.integers(0, 4, size=len(ts))]
        prompts = [texts.zaurak_prompt(rng, pick(rng, langs), s) for s in styles]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.0), ips=sticky(rng, ts, exits, rotate),
                 comp_median=comp_med, comp_sigma=0.2, err=0.02)
        accts.append(a)
        per_day_l.append(per_day)
        langs_l.append(langs)
    ctx.campaign(cid, "zaurak", accts, {
        "operation": "bulk synthetic packs per request", "accounts": n, "provider": provider, "exits": len(exits),
        "rotate_s": rotate, "completion_median": comp_med, "per_day": per_day_l, "languages": langs_l})


# --------------------------------------------------------------------------------------------
# tarazed — censorship-safe rewrites: sensitive questions answered twice (frank and "review-safe"),
# in Chinese and English, diluted with ordinary chat prompts. Keys join in two waves (one around the
# release); a worker queue follows long working days at UTC+8 with busy weekends. The address source
# is drawn per seed: a cloud in Asia, an Asian residential pool, or a worldwide residential pool.


def tarazed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 8, 16)
    src = pick(rng, ("cloud_asia", "resi_sea", "resi_world"))
    if src == "cloud_asia":
        pool = cloud(rng, irange(rng, 6, 20), pick(rng, ("alibaba", "tencent", "ucloud", "huawei")))
    elif src == "resi_sea":
        pool = resi(rng, irange(rng, 100, 400), "sea")
    else:
        pool = resi(rng, irange(rng, 200, 700), "*")
    hold = float(rng.uniform(10, 90)) * MINUTE
    cards = [hexid(rng, "pay") for _ in range(irange(rng, max(2, n // 3), n))]
    uas = [sdk_ua(rng, 0.5) for _ in range(irange(rng, 1, 2))]
    p_zh = float(rng.uniform(0.4, 0.8))
    p_filler = float(rng.uniform(0.15, 0.3))
    per_hour = float(rng.uniform(18, 60))
    w1 = ctx.t0 + float(rng.uniform(0, 0.3)) * (ctx.t1 - ctx.t0)
    w2 = ctx.release + float(rng.uniform(-1, 1)) * DAY
    accts, starts = [], []
    for i in range(n):
        a = ctx.account(rng, label=FAMILY, family="tarazed", role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, uas), ips=pool, tz=8)
        accts.append(a)
        starts.append((w1 if i < n // 2 else w2) + float(rng.exponential(3 * HOUR)))
    jobs = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR,
                   workday(8, start=9.0, end=21.5, weekend=0.6, night=0.08))
    for a, ts in zip(accts, _assign_active(rng, jobs, starts, [ctx.t1 + 1] * n), strict=True):
        filler = rng.random(len(ts)) < p_filler
        prompts = [pick(rng, ctx.chat) if f else
                   texts.tarazed_prompt(rng, "zh" if chance(rng, p_zh) else "en", int(rng.integers(0, 3)))
                   for f in filler.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.05), ips=sticky(rng, ts, pool, hold),
                 comp_median=np.where(filler, 350.0, 650.0), comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, "tarazed", accts, {
        "operation": "censorship-safe rewrite harvest", "accounts": n, "ip_source": src, "pool": len(pool),
        "sticky_s": hold, "cards": len(cards), "uas": len(uas), "p_zh": p_zh, "p_filler": p_filler,
        "jobs_per_hour": per_hour, "wave2_offset_from_release_s": w2 - ctx.release})


# --------------------------------------------------------------------------------------------
# markab — a release-day swarm: dozens of fresh keys (each its own org and prepaid card, scattered
# over clouds and residential addresses, random SDKs) opened in the hours after the new model
# appears; each fires a short, dense capability sweep over a domain taxonomy and then goes silent.


def markab(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 30, 70)
    open_scale = float(rng.uniform(2, 8)) * HOUR
    life_med = float(rng.uniform(4, 20)) * HOUR
    burst_size = float(rng.uniform(8, 25))
    gap = float(rng.uniform(2, 8))
    p_cloud = float(rng.uniform(0.4, 0.8))
    accts, total = [], []
    for _ in range(n):
        if chance(rng, p_cloud):
            ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "digitalocean", "vultr", "oracle",
                                                             "linode", "hetzner", "tencent")))
        else:
            ips = resi(rng, irange(rng, 1, 3), "*")
        a = ctx.account(rng, label=FAMILY, family="markab", role="worker", campaign_id=cid, ua=sdk_ua(rng, 0.4), ips=ips)
        st = ctx.release + float(rng.exponential(open_scale))
        en = st + float(rng.lognormal(np.log(life_med), 0.7))
        n_req = irange(rng, 20, 150)
        starts = np.sort(rng.uniform(st, min(en, ctx.t1), size=max(1, int(round(n_req / burst_size)))))
        tr = bursts(rng, starts, burst_size, gap, 0.6, ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        style = int(rng.integers(0, 3))
        prompts = [texts.markab_prompt(rng, style, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 1.0, 0.0), comp_median=700.0, comp_sigma=0.6,
                 err=0.02)
        accts.append(a)
        total.append(len(ts))
    ctx.campaign(cid, "markab", accts, {
        "operation": "release-day capability sweep swarm", "accounts": n, "open_scale_s": open_scale,
        "life_median_s": life_med, "burst_size": burst_size, "gap_s": gap, "p_cloud": p_cloud,
        "requests": total})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "alnitak": alnitak,
    "markab": markab,
    "mirzam": mirzam,
    "sadr": sadr,
    "tarazed": tarazed,
    "wezen": wezen,
    "zaurak": zaurak,
}
