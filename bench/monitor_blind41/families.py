"""Campaign families of blind batch 41 (distillation operations), written without reading the monitor.

Each family is a function `(ctx, rng, campaign_id) -> None` that creates its accounts (label
"campaign"), records the campaign with its per-seed parameters, and emits events into the shared
sink. Code names say nothing about the operation; the comments and README.md do.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
from bench.monitor_blind41 import texts


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _choice_w(rng: np.random.Generator, items: tuple, alpha: tuple) -> tuple[list, np.ndarray]:
    """Per-seed weights over `items` (Dirichlet around `alpha`)."""
    w = rng.dirichlet(np.asarray(alpha, dtype=float) * 6.0)
    return list(items), w


def _draw(rng: np.random.Generator, items: list, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


# --------------------------------------------------------------------------------------------
# ballast: hydra of fresh keys opened right after the new model's release, in overlapping waves
# (each wave replaces the previous one as keys get throttled). A Poisson job queue per wave feeds
# multi-step problems (math, combinatorics, logic, code tracing; en/zh/ru/es) and asks for the full
# reasoning trace. Some keys carry the trace instruction in a hidden system prompt (only visible as
# extra prompt tokens) so their visible prompt is the bare problem. Rented /24 blocks at two cloud
# providers; prepaid cards shared by small groups of keys.


def ballast(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ballast"
    provs = [str(p) for p in rng.choice(("tencent", "alibaba", "vultr", "ucloud", "hetzner", "digitalocean",
                                         "huawei", "contabo"), size=2, replace=False)]
    n_waves, per_wave = irange(rng, 4, 7), irange(rng, 6, 12)
    per_hour = _u(rng, 55, 140)
    wave_len = _u(rng, 9, 20) * HOUR
    step = wave_len * _u(rng, 0.6, 0.9)
    start = ctx.release + _u(rng, 0.2, 2.5) * HOUR
    hidden_frac = _u(rng, 0.25, 0.7)
    card_group = irange(rng, 3, 7)
    langs, lw = _choice_w(rng, ("en", "zh", "ru", "es"), (0.55, 0.3, 0.1, 0.05))
    accts = []
    pay = hexid(rng, "pay")
    for w in range(n_waves):
        a = start + w * step
        b = min(a + wave_len, ctx.t1)
        if a >= ctx.t1:
            break
        block = rented_block(rng, provs[w % 2], irange(rng, 1, 2), irange(rng, 4, 10))
        ua = sdk_ua(rng, 0.6)
        for ts in worker_pool(rng, a, b, per_hour, per_wave):
            if len(accts) % card_group == 0:
                pay = hexid(rng, "pay")
            acct = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=pay, ua=ua,
                               ips=picks(rng, block, irange(rng, 1, 3)))
            accts.append(acct)
            lang = _draw(rng, langs, lw)
            hidden = chance(rng, hidden_frac)
            style = pick(rng, texts.TRACE_STYLES)
            probs = [texts.problem(rng, lang) for _ in range(len(ts))]
            if hidden:
                prompts = probs
                extra = irange(rng, 250, 700)
            else:
                prompts = [texts.trace_wrap(rng, style, p) for p in probs]
                extra = 0
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                     comp_median=_u(rng, 1100, 1900), comp_sigma=0.45, err=0.03, extra=extra)
    ctx.campaign(cid, fam, accts, {"operation": "reasoning-trace harvest at release, hydra waves",
                                   "providers": provs, "waves": n_waves, "keys_per_wave": per_wave,
                                   "jobs_per_hour_per_wave": round(per_hour, 1),
                                   "wave_hours": round(wave_len / HOUR, 1), "hidden_system_prompt_share":
                                   round(hidden_frac, 2), "keys_per_card": card_group,
                                   "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# fishplate: low and slow. A handful of long-lived, unlinked keys (own org, own card, home-like
# residential addresses in a plausible region) that look like ordinary individual users: human
# session rhythm, most prompts ordinary chat. A minority of prompts ask for exhaustive, textbook-grade
# expert explanations in one professional domain per key (pharmacology, tax, structural engineering,
# ...), each key with its own phrasing style. Nothing links the keys except the domain harvest.


def fishplate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fishplate"
    n = irange(rng, 3, 6)
    p_lo, p_hi = sorted((_u(rng, 0.2, 0.5), _u(rng, 0.2, 0.5)))
    accts = []
    per_acct = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        acct = ctx.account(rng, label="campaign", family=fam, role="mixed_user", campaign_id=cid, ua=sdk_ua(rng),
                           ips=home(rng, irange(rng, 2, 4), tz), tz=tz)
        accts.append(acct)
        domain = pick(rng, tuple(texts.EXPERT))
        style = pick(rng, texts.EXPERT_STYLES)
        p_h = _u(rng, p_lo, p_hi)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        sess = session_times(rng, a, ctx.t1, _u(rng, 1.3, 3.2), curve, _u(rng, 3, 6), _u(rng, 50, 240))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.expert(rng, domain, style) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.55, p_mini=0.08),
                 comp_median=np.where(harvest, _u(rng, 900, 1400), 340.0), comp_sigma=0.6, err=0.01)
        per_acct.append({"domain": domain, "style": style, "harvest_share": round(p_h, 2)})
    ctx.campaign(cid, fam, accts, {"operation": "low-and-slow expert-answer harvest mixed into chat use",
                                   "keys": n, "per_key": per_acct, "ip_source": "residential in user's tz"})


# --------------------------------------------------------------------------------------------
# bogie: a reseller. Many sub-keys under one organisation and one or two billing instruments
# (the reseller pays), relaying a downstream buyer's preference / rubric-grading jobs: judge two or
# more candidate answers with per-criterion scores and rationales, rank them, or critique and
# rewrite a response to a 10/10 version (reward-model and critique data). Traffic exits a
# residential proxy pool in one region with sticky sessions; scripted bursts around the clock.


def bogie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bogie"
    n = irange(rng, 12, 24)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    region = pick(rng, ("cn", "sea", "ru", "latam", "in"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = _u(rng, 300, 1800)
    ua = pick(rng, ("Go-http-client/2.0", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    per_day = _u(rng, 1.5, 4.5)
    burst = _u(rng, 6, 18)
    gap = _u(rng, 2, 8)
    styles, sw = _choice_w(rng, texts.GRADE_STYLES, (0.3, 0.2, 0.2, 0.15, 0.15))
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.1, 0.5))
    a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family=fam, role="resold_key", campaign_id=cid, org=org,
                           pay=pick(rng, pays), ua=ua, ips=pool)
        accts.append(acct)
        a = a0 + _u(rng, 0, 0.8) * DAY
        starts = thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, curve)
        tr = bursts(rng, starts, burst, gap, 0.5, ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        style = _draw(rng, styles, sw)
        prompts = []
        for _ in range(len(ts)):
            k = 1 if style == "revise" else (2 if style == "pairwise" else irange(rng, 2, 4))
            prompts.append(texts.grade(rng, style, pick(rng, ctx.chat), [pick(rng, ctx.passages) for _ in range(k)]))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0),
                 ips=sticky(rng, ts, pool, hold), comp_median=_u(rng, 350, 650), comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "reseller relaying rubric grading / preference jobs",
                                   "keys": n, "cards": len(pays), "proxy_region": region, "proxy_pool": len(pool),
                                   "sticky_s": round(hold), "bursts_per_key_day": round(per_day, 1),
                                   "burst_size": round(burst, 1),
                                   "styles": dict(zip(styles, np.round(sw, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# checkrail: tool-use / agent trajectory harvesting. A small fleet of cloud workers runs synthetic
# agent episodes (ReAct text, JSON function calling, XML tags, Japanese) at night in the operator's
# time zone: a task with a tool list, then several tool-observation turns a few seconds apart, the
# hidden transcript growing each turn (extra prompt tokens). Episodes come from one Poisson queue.


def checkrail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "checkrail"
    n = irange(rng, 5, 10)
    provs = [str(p) for p in rng.choice(("gcp", "aws", "azure", "oracle"), size=irange(rng, 1, 2), replace=False)]
    nat = cloud(rng, 1, provs[0])
    tz = int(pick(rng, TZS))
    start_h, hours = _u(rng, 21, 27) % 24, _u(rng, 5, 9)
    eph = _u(rng, 6, 18)
    steps_mean = _u(rng, 1.5, 4.0)
    a = ctx.t0 + _u(rng, 0.8, 2.5) * DAY
    styles, sw = _choice_w(rng, texts.AGENT_STYLES, (0.35, 0.3, 0.2, 0.15))
    accts = []
    pay = hexid(rng, "pay")
    org = hexid(rng, "org")
    for starts in worker_pool(rng, a, ctx.t1, eph, n, nightly(start_h, hours, tz)):
        acct = ctx.account(rng, label="campaign", family=fam, role="agent_worker", campaign_id=cid, org=org, pay=pay,
                           ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")),
                           ips=cloud(rng, 1, pick(rng, provs)) + nat)
        accts.append(acct)
        style = _draw(rng, styles, sw)
        ts_all, pr, ex, cm = [], [], [], []
        for s in starts.tolist():
            k = 2 + int(rng.poisson(steps_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 4, 12)), 0.5, size=k - 1))])
            grow = 0
            for i, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                pr.append(texts.agent_first(rng, style) if i == 0 else texts.agent_step(rng, style))
                ex.append(grow)
                grow += irange(rng, 150, 450)
                cm.append(650.0 if i == k - 1 else (280.0 if i == 0 else 170.0))
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, pr, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0), comp_median=np.asarray(cm),
                 comp_sigma=0.5, err=0.015, extra=np.asarray(ex, dtype=np.int64))
    ctx.campaign(cid, fam, accts, {"operation": "agent / tool-use trajectory harvest", "keys": n,
                                   "providers": provs, "operator_tz": tz, "night_start_h": round(start_h, 1),
                                   "night_hours": round(hours, 1), "episodes_per_hour": round(eph, 1),
                                   "steps_mean": round(2 + steps_mean, 1),
                                   "styles": dict(zip(styles, np.round(sw, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# headshunt: many throwaway keys (each its own org and card, tens of requests, alive a day or two)
# collecting "censorship-safe" answers and neutral rewrites of politically sensitive material, in
# zh / en / ru / vi / ar. Presented as a phone app: mobile user agents, carrier IPv6 (a new address
# per session) or consumer addresses in a matching region. Scripted, jittered sessions.


def headshunt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "headshunt"
    n = irange(rng, 45, 90)
    langs, lw = _choice_w(rng, ("zh", "en", "ru", "vi", "ar"), (0.4, 0.25, 0.15, 0.1, 0.1))
    p_v6 = _u(rng, 0.3, 0.7)
    ev_mean = _u(rng, 12, 30)
    gap = _u(rng, 15, 60)
    region_of = {"zh": "cn", "en": "*", "ru": "ru", "vi": "sea", "ar": "*"}
    v6_of = {"zh": "in_mobile", "en": "us_mobile", "ru": "eu_mobile", "vi": "in_mobile", "ar": "eu_mobile"}
    accts = []
    for _ in range(n):
        lang = _draw(rng, langs, lw)
        acct = ctx.account(rng, label="campaign", family=fam, role="throwaway", campaign_id=cid, ua=pick(rng, MOBILE),
                           ips=resi(rng, 2, region_of[lang]))
        accts.append(acct)
        a = float(rng.uniform(ctx.t0, ctx.t1 - 0.5 * DAY))
        life = _u(rng, 0.4, 2.5) * DAY
        total = 4 + int(rng.negative_binomial(3, 3 / (3 + ev_mean)))
        n_sess = irange(rng, 1, 4)
        sess_starts = np.sort(rng.uniform(a, min(a + life, ctx.t1), size=n_sess))
        sizes = np.maximum(1, rng.multinomial(total, np.ones(n_sess) / n_sess))
        ts_l, ip_l = [], []
        v6 = chance(rng, p_v6)
        for s, k in zip(sess_starts.tolist(), sizes.tolist(), strict=True):
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.35, size=k - 1))])
            ts_l.append(t)
            ip = mobile_v6(rng, 1, v6_of[lang])[0] if v6 else pick(rng, acct.ips)
            ip_l.extend([ip] * len(t))
        ts = np.concatenate(ts_l)
        prompts = [texts.sensitive(rng, lang) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03), ips=ip_l,
                 comp_median=_u(rng, 500, 800), comp_sigma=0.45, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "censorship-safe / neutralised rewrites via throwaway app keys",
                                   "keys": n, "events_per_key_mean": round(4 + ev_mean, 1),
                                   "mobile_v6_share": round(p_v6, 2), "gap_s": round(gap),
                                   "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# drawbar: does not fit the usual shape. Soft-label distillation: the same short classification /
# multiple-choice item is sent many times within seconds (sampling to estimate the new model's
# answer distribution), each reply one or two tokens. A few keys in one org, one card, fixed Azure
# addresses, a steady 24h Poisson queue for 2-3.5 days from shortly after release; a small share
# of items is repeated on the old model for contrast.


def drawbar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drawbar"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    a = ctx.release + _u(rng, 2, 18) * HOUR
    b = min(ctx.t1, a + _u(rng, 2.0, 3.5) * DAY)
    iph = _u(rng, 6, 16)
    rep_lo = irange(rng, 4, 8)
    rep_hi = rep_lo + irange(rng, 4, 14)
    p_old = _u(rng, 0.05, 0.2)
    styles, sw = _choice_w(rng, texts.LABEL_STYLES, (0.35, 0.3, 0.2, 0.15))
    accts = []
    for items in worker_pool(rng, a, b, iph, n, constant):
        acct = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=org, pay=pay,
                           ua="python-httpx/0.28.1", ips=ips)
        accts.append(acct)
        ts_l, pr, md = [], [], []
        for s in items.tolist():
            k = irange(rng, rep_lo, rep_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=k - 1))])
            item = texts.label_item(rng, _draw(rng, styles, sw))
            model = ctx.old_models[0] if chance(rng, p_old) else ctx.new_model
            ts_l.append(t)
            pr.extend([item] * k)
            md.extend([model] * k)
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, acct, ts, pr, models=md, comp_median=2.0, comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "repeated sampling of one-token labels (soft-label distillation)",
                                   "keys": n, "items_per_hour": round(iph, 1), "repeats": [rep_lo, rep_hi],
                                   "start_after_release_h": round((a - ctx.release) / HOUR, 1),
                                   "days": round((b - a) / DAY, 2), "old_model_share": round(p_old, 2),
                                   "styles": dict(zip(styles, np.round(sw, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# bolster: a two-stage synthetic-dataset pipeline. One or two planner keys on a cloud host ask for
# lists of realistic user requests per (persona, topic); a pool of worker keys then sends the
# resulting natural-looking requests one by one, with a fixed hidden system prompt, through a
# rotating residential proxy (a new exit per request), from one Poisson queue around the clock.


def bolster(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bolster"
    host = pick(rng, ("hetzner", "ovh", "scaleway", "linode"))
    n_plan, n_work = irange(rng, 1, 2), irange(rng, 8, 16)
    plan_per_day = _u(rng, 12, 40)
    per_hour = _u(rng, 35, 100)
    region = pick(rng, ("us", "eu", "latam", "in", "sea"))
    pool = resi(rng, irange(rng, 300, 900), region)
    a = ctx.t0 + _u(rng, 0.5, 2.5) * DAY
    sys_tokens = irange(rng, 120, 320)
    accts = []
    for _ in range(n_plan):
        acct = ctx.account(rng, label="campaign", family=fam, role="planner", campaign_id=cid,
                           ua="python-requests/2.32.3", ips=cloud(rng, 1, host))
        accts.append(acct)
        ts = thinned(rng, a - _u(rng, 2, 10) * HOUR, ctx.t1, plan_per_day * (ctx.t1 - a) / DAY, constant)
        ctx.emit(rng, acct, ts, [texts.planner(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), comp_median=1300.0, comp_sigma=0.4, err=0.01)
    ua_w = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "langchain-openai/0.3.6", "litellm/1.60.2"))
    for ts in worker_pool(rng, a, ctx.t1, per_hour, n_work):
        acct = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua_w, ips=pool)
        accts.append(acct)
        ctx.emit(rng, acct, ts, [texts.natural_request(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), ips=[pick(rng, pool) for _ in range(len(ts))],
                 comp_median=_u(rng, 450, 750), comp_sigma=0.5, err=0.02, extra=sys_tokens)
    ctx.campaign(cid, fam, accts, {"operation": "two-stage synthetic instruction data (plan, then answer)",
                                   "planner_host": host, "planners": n_plan, "workers": n_work,
                                   "planner_per_day": round(plan_per_day, 1), "worker_jobs_per_hour": round(per_hour, 1),
                                   "proxy_region": region, "proxy_pool": len(pool), "system_prompt_tokens": sys_tokens})


CAMPAIGN_FAMILIES = {
    "ballast": ballast,
    "bogie": bogie,
    "bolster": bolster,
    "checkrail": checkrail,
    "drawbar": drawbar,
    "fishplate": fishplate,
    "headshunt": headshunt,
}
