"""Campaign families of blind batch 50 (code names from pipe-organ building).

Each family is a generator `(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`,
writes their events through `ctx.emit`, and records the campaign with its randomised parameters
through `ctx.campaign`. The README describes every family.
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
    SDK_COMMON,
    SDK_OTHER,
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
    rented_block,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind50 import texts

Rng = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _weighted_lang(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.asarray([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _emit_sorted(ctx: Ctx, rng: Rng, acct: Acct, ts: list[float], prompts: list[str], models: list[str],
                 **cols) -> int:
    """Emit events given in any order (per-event list columns sorted along with the times)."""
    if not ts:
        return 0
    order = np.argsort(np.asarray(ts), kind="stable")
    sel = order.tolist()
    per_event = {}
    for k, v in cols.items():
        if isinstance(v, list | np.ndarray) and len(v) == len(ts):
            arr = list(v)
            per_event[k] = [arr[i] for i in sel] if k in ("ips", "ua") else np.asarray(arr)[order]
        else:
            per_event[k] = v
    return ctx.emit(rng, acct, np.asarray(ts)[order], [prompts[i] for i in sel], models=[models[i] for i in sel],
                    **per_event)


# --------------------------------------------------------------------------------------------


def diapason(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion from a hydra of short-lived keys on a rented hosting block."""
    fam = "diapason"
    n_keys = irange(rng, 22, 40)
    n_slots = irange(rng, 4, 7)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua_base = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    ua_alt = ("python-httpx/0.27.2", "AsyncOpenAI/Python 1.58.1", "aiohttp/3.10.10", "OpenAI/Python 1.63.2")
    start = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    life_med = float(rng.uniform(18, 40)) * HOUR
    per_hour = float(rng.uniform(12, 30))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4))
    langs = {"en": float(rng.uniform(0.4, 0.8)), "zh": float(rng.uniform(0.1, 0.4)),
             "ru": float(rng.uniform(0.0, 0.15)), "es": float(rng.uniform(0.0, 0.15))}
    p_chat = float(rng.uniform(0.05, 0.15))
    comp_med = float(rng.uniform(1200, 2400))
    p_reuse_org = float(rng.uniform(0.1, 0.3))
    curve = global_load(peak, depth)
    nxt = start + rng.uniform(0, 3 * HOUR, size=n_slots)
    accts: list[Acct] = []
    org = hexid(rng, "org")
    while len(accts) < n_keys:
        s = int(np.argmin(nxt))
        a = float(nxt[s])
        if a >= ctx.t1:
            break
        b = min(ctx.t1, a + float(rng.lognormal(np.log(life_med), 0.4)))
        if not (accts and chance(rng, p_reuse_org)):
            org = hexid(rng, "org")
        ua = ua_base if chance(rng, 0.7) else pick(rng, ua_alt)
        ips = [str(x) for x in rng.choice(block, size=min(len(block), irange(rng, 1, 3)), replace=False)]
        acct = ctx.account(rng, label="campaign", family=fam, role="rotating_key", campaign_id=camp, org=org,
                           pay=pick(rng, cards), ua=ua, ips=ips)
        accts.append(acct)
        ts = thinned(rng, a, b, per_hour * (b - a) / HOUR, curve)
        prompts = [(pick(rng, ctx.chat) + texts.reasoning_suffix(rng)) if chance(rng, p_chat)
                   else texts.reasoning_prompt(rng, langs) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
                 comp_median=comp_med, comp_sigma=0.45, err=float(rng.uniform(0.02, 0.05)))
        nxt[s] = b + float(rng.uniform(0, 2)) * HOUR
    ctx.campaign(camp, fam, accts, {
        "operation": "reasoning_trace_coercion", "keys": len(accts), "parallel_slots": n_slots,
        "key_life_median_h": round(life_med / HOUR, 1), "per_hour_per_slot": round(per_hour, 1),
        "ip_source": f"rented_block:{provider}", "block_hosts": len(block), "cards": len(cards),
        "user_agent": ua_base, "languages": {k: round(v, 2) for k, v in langs.items()}, "chat_share": round(p_chat, 2),
        "completion_median": round(comp_med), "start_day": round((start - ctx.t0) / DAY, 2)})


def tremulant(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Low-and-slow personas on residential proxies asking a professional vertical's curriculum."""
    fam = "tremulant"
    n = irange(rng, 30, 55)
    vertical = pick(rng, list(texts.VERTICALS))
    tz_pool = [int(x) for x in rng.choice(TZS, size=irange(rng, 3, 6), replace=False)]
    p_chat = float(rng.uniform(0.25, 0.45))
    per_day = float(rng.uniform(1.5, 3.5))
    size_mean = float(rng.uniform(5, 10))
    gap_med = float(rng.uniform(40, 110))
    p_browser = float(rng.uniform(0.6, 0.9))
    comp_med = float(rng.uniform(800, 1100))
    local = {-3: ("pt", "es"), 1: ("de", "fr"), 2: ("de",), 9: ("ja",)}
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        lang = pick(rng, local[tz]) if tz in local and chance(rng, 0.45) else "en"
        ua = pick(rng, BROWSERS) if chance(rng, p_browser) else pick(rng, MOBILE[:3])
        pool = home(rng, irange(rng, 3, 8), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=camp, ua=ua, ips=pool,
                           tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(rng, start, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), evening_person(tz),
                             size_mean, gap_med, 0.7)
        ts = _concat(sess)
        ips = [x for s in sess for x in [pick(rng, pool)] * len(s)]
        prompts = [pick(rng, ctx.chat) if chance(rng, p_chat) else texts.vertical_prompt(rng, vertical, lang)
                   for _ in range(len(ts))]
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, acct, ts[order], [prompts[i] for i in order.tolist()],
                 models=ctx.models(rng, ts[order], p_new=0.9, p_mini=0.03), ips=[ips[i] for i in order.tolist()],
                 comp_median=comp_med, comp_sigma=0.55, err=0.005)
    ctx.campaign(camp, fam, accts, {
        "operation": "vertical_curriculum_low_and_slow", "vertical": vertical, "personas": n, "tzs": tz_pool,
        "chat_share": round(p_chat, 2), "sessions_per_day": round(per_day, 2), "session_size": round(size_mean, 1),
        "think_time_median_s": round(gap_med), "ip_source": "residential_proxy_matching_tz",
        "browser_share": round(p_browser, 2), "completion_median": round(comp_med)})


def windchest(ctx: Ctx, rng: Rng, camp: str) -> None:
    """An 'agent startup' replaying synthetic tool-use tasks at night to harvest trajectories."""
    fam = "windchest"
    n = irange(rng, 5, 10)
    n_service = max(2, n // 2)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, TZS)
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "openai-agents/0.0.7 OpenAI/Python 1.63.2"))
    night_start, night_h = float(rng.uniform(0, 4)), float(rng.uniform(5, 9))
    floor = float(rng.uniform(0.05, 0.2))
    traj_per_hour = float(rng.uniform(4, 9))
    steps_mean, step_gap = float(rng.uniform(6, 14)), float(rng.uniform(2, 8))
    base_extra, per_step_extra = irange(rng, 1500, 3500), irange(rng, 150, 400)
    comp_med = float(rng.uniform(300, 600))
    p_cleanup = float(rng.uniform(0.02, 0.06))
    nightcurve = nightly(night_start, night_h, tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(nightcurve(ts), floor)

    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for i in range(n):
        service = i < n_service
        ips = egress if service else egress + home(rng, 1, tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="service_key" if service else "developer",
                           campaign_id=camp, org=org, pay=pick(rng, cards), ua=ua if service else pick(rng, (ua, *BROWSERS[:2])),
                           ips=ips, tz=tz)
        accts.append(acct)
    pool = worker_pool(rng, start, ctx.t1, traj_per_hour, n_service, curve)
    for acct, starts in zip(accts[:n_service], pool, strict=True):
        runs = bursts(rng, starts, steps_mean, step_gap, 0.6, ctx.t1)
        ts, prompts, extra = [], [], []
        for run in runs:
            ep = texts.agent_episode(rng)
            for k, t in enumerate(run.tolist()):
                ts.append(t)
                last = k == len(run) - 1 and k > 2 and chance(rng, p_cleanup)
                prompts.append(texts.trajectory_cleanup_prompt(rng) if last else texts.agent_step_prompt(rng, k, ep))
                extra.append(base_extra + k * per_step_extra + irange(rng, 0, 300))
        tsa = np.asarray(ts)
        _emit_sorted(ctx, rng, acct, ts, prompts, ctx.models(rng, tsa, p_new=0.93, p_mini=0.02),
                     extra=extra, comp_median=comp_med, comp_sigma=0.6, err=0.015)
    for acct in accts[n_service:]:
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 4.0, 30.0)
        ts = _concat(sess)
        prompts = [pick(rng, ctx.chat) if chance(rng, 0.3) else texts.agent_step_prompt(rng, irange(rng, 0, 5))
                   for _ in range(len(ts))]
        extra = [base_extra // 2 + irange(rng, 0, 1500) for _ in range(len(ts))]
        _emit_sorted(ctx, rng, acct, ts.tolist(), prompts, ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
                     extra=extra, comp_median=comp_med, comp_sigma=0.7)
    ctx.campaign(camp, fam, accts, {
        "operation": "agent_trajectory_harvest", "accounts": n, "service_keys": n_service, "tz": tz,
        "ip_source": f"cloud_egress:{provider}", "user_agent": ua, "night_start_local": round(night_start, 1),
        "night_hours": round(night_h, 1), "day_floor": round(floor, 2), "trajectories_per_hour": round(traj_per_hour, 1),
        "steps_mean": round(steps_mean, 1), "step_gap_s": round(step_gap, 1), "base_extra_tokens": base_extra,
        "completion_median": round(comp_med), "start_day": round((start - ctx.t0) / DAY, 2)})


def sesquialtera(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n sampling of the same prompt, then a rubric-grading request, over mobile proxies."""
    fam = "sesquialtera"
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"),
             pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")))
            for _ in range(n_orgs)]
    jobs_per_hour = float(rng.uniform(8, 20))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5))
    nb = irange(rng, 4, 8)
    p_judge = float(rng.uniform(0.4, 0.8))
    p_chat = float(rng.uniform(0.55, 0.8))
    comp_sample, comp_judge = float(rng.uniform(350, 550)), float(rng.uniform(250, 450))
    kinds = [str(x) for x in rng.choice(["in_mobile", "br_mobile", "us_mobile", "eu_mobile"], size=2, replace=False)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts, pools = [], []
    for _ in range(n):
        org, pay, ua = pick(rng, orgs)
        pool = mobile_v6(rng, irange(rng, 40, 150), pick(rng, kinds))
        accts.append(ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=camp, org=org, pay=pay,
                                 ua=ua, ips=pool))
        pools.append(pool)
    for acct, pool, starts in zip(accts, pools, worker_pool(rng, start, ctx.t1, jobs_per_hour, n,
                                                            global_load(peak, depth)), strict=True):
        ts, prompts, ips, comp, extra = [], [], [], [], []
        for s in starts.tolist():
            q = pick(rng, ctx.chat) if chance(rng, p_chat) else texts.instruction_seed(rng)
            k = max(2, nb + irange(rng, -1, 1))
            ip = pick(rng, pool)
            times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
            for t in times.tolist():
                ts.append(t)
                prompts.append(q)
                ips.append(ip)
                comp.append(comp_sample)
                extra.append(0)
            if chance(rng, p_judge):
                cands = [pick(rng, ctx.passages)[: irange(rng, 200, 600)] for _ in range(min(k, 4))]
                ts.append(float(times[-1] + rng.lognormal(np.log(12), 0.5)))
                prompts.append(texts.judge_prompt(rng, q[:800], cands))
                ips.append(ip)
                comp.append(comp_judge)
                extra.append(k * irange(rng, 200, 350))
        tsa = np.asarray(ts)
        _emit_sorted(ctx, rng, acct, ts, prompts, ctx.models(rng, tsa, p_new=0.95, p_mini=0.01), ips=ips,
                     comp_median=np.asarray(comp), extra=np.asarray(extra), comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "best_of_n_with_rubric_grading", "accounts": n, "orgs": n_orgs, "n_samples": nb,
        "jobs_per_hour": round(jobs_per_hour, 1), "judge_share": round(p_judge, 2), "chat_seed_share": round(p_chat, 2),
        "ip_source": f"mobile_proxy:{'+'.join(kinds)}", "user_agents": sorted({o[2] for o in orgs}),
        "completion_median": [round(comp_sample), round(comp_judge)], "start_day": round((start - ctx.t0) / DAY, 2)})


def quintadena(ctx: Ctx, rng: Rng, camp: str) -> None:
    """A grey-market reseller: relayed end-user chat with its own dataset and translation harvest mixed in."""
    fam = "quintadena"
    n = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "ucloud", "tencent", "vultr"))
    relay_per_hour = float(rng.uniform(8, 20))
    harvest_per_hour = float(rng.uniform(2, 5))
    peak, depth = float(rng.uniform(11, 15)), float(rng.uniform(0.4, 0.7))
    h_start, h_hours = float(rng.uniform(0, 3)), float(rng.uniform(5, 8))
    p_dataset = float(rng.uniform(0.45, 0.7))
    p_new_relay = float(rng.uniform(0.5, 0.7))
    comp_dataset = float(rng.uniform(1100, 1800))
    langs = [str(x) for x in rng.choice(texts.LANGS, size=irange(rng, 5, 10), replace=False)]
    hcurve = nightly(h_start, h_hours, 8)

    def harvest_curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(hcurve(ts), 0.2)

    accts = []
    for _ in range(n):
        ua = pick(rng, ("Go-http-client/2.0", "Go-http-client/2.0", "reqwest/0.12.12"))
        acct = ctx.account(rng, label="campaign", family=fam, role="relay_account", campaign_id=camp,
                           pay=pick(rng, cards), ua=ua, ips=cloud(rng, irange(rng, 2, 6), provider), tz=8)
        accts.append(acct)
        r = relay_per_hour * float(rng.uniform(0.6, 1.4))
        ts_r = thinned(rng, ctx.t0, ctx.t1, r * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
        ts_h = thinned(rng, ctx.t0, ctx.t1, harvest_per_hour * (ctx.t1 - ctx.t0) / HOUR, harvest_curve)
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts_r))]
        models = ctx.models(rng, ts_r, p_new=p_new_relay, p_mini=0.2)
        comp = [300.0] * len(ts_r)
        for _ in range(len(ts_h)):
            if chance(rng, p_dataset):
                prompts.append(texts.dataset_prompt(rng))
                comp.append(comp_dataset)
            else:
                text = pick(rng, ctx.passages)[: irange(rng, 400, 2000)]
                prompts.append(texts.translate_prompt(rng, text, pick(rng, langs)))
                comp.append(len(text) / 3.0)
        models += ctx.models(rng, ts_h, p_new=0.97, p_mini=0.01)
        ts = np.concatenate([ts_r, ts_h])
        _emit_sorted(ctx, rng, acct, ts.tolist(), prompts, models, comp_median=np.asarray(comp), comp_sigma=0.6,
                     err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "reseller_relay_with_harvest", "accounts": n, "ip_source": f"cloud:{provider}",
        "relay_per_hour": round(relay_per_hour, 1), "harvest_per_hour": round(harvest_per_hour, 1),
        "harvest_night_start_utc8": round(h_start, 1), "dataset_share": round(p_dataset, 2),
        "translate_languages": langs, "relay_new_model_share": round(p_new_relay, 2),
        "completion_median_dataset": round(comp_dataset)})


def zimbelstern(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Preference pairs and policy-safe rewrites fired by cron through a rotating residential proxy."""
    fam = "zimbelstern"
    n = irange(rng, 10, 18)
    n_orgs = irange(rng, 3, 5)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    pool = resi(rng, irange(rng, 200, 500), "*")
    periods = [p for p in (30, 60, 120) if chance(rng, 0.7)] or [60]
    burst_mean = float(rng.uniform(4, 10))
    p_skip = float(rng.uniform(0.05, 0.2))
    comp_med = float(rng.uniform(500, 800))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    accts = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        ua = "python-requests/2.32.3" if chance(rng, 0.8) else "curl/8.5.0"
        acct = ctx.account(rng, label="campaign", family=fam, role="cron_worker", campaign_id=camp, org=org, pay=pay,
                           ua=ua, ips=pool)
        accts.append(acct)
        period = pick(rng, periods) * MINUTE
        starts = np.arange(start + rng.uniform(0, period), ctx.t1, period)
        starts = starts + rng.uniform(0, 90, size=len(starts))
        starts = starts[rng.random(len(starts)) >= p_skip]
        ts = _concat(bursts(rng, starts, burst_mean, 3.0, 0.5, ctx.t1))
        prompts = [texts.preference_prompt(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
                 ips=[str(x) for x in rng.choice(pool, size=len(ts))] if len(ts) else [],
                 comp_median=comp_med, comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "preference_pairs_and_safe_rewrites", "accounts": n, "orgs": n_orgs,
        "ip_source": "rotating_residential_proxy", "proxy_pool": len(pool), "cron_periods_min": periods,
        "burst_mean": round(burst_mean, 1), "skip_share": round(p_skip, 2), "completion_median": round(comp_med),
        "start_day": round((start - ctx.t0) / DAY, 2)})


def rollerboard(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Continuation harvest right after the release, by trial keys on mobile networks burnt until throttled."""
    fam = "rollerboard"
    n = irange(rng, 40, 70)
    start = ctx.release + float(rng.uniform(-1.5, 0.3)) * DAY
    kinds = [str(x) for x in rng.choice(["us_mobile", "eu_mobile", "in_mobile", "br_mobile"], size=2, replace=False)]
    rate_lo, rate_hi = float(rng.uniform(25, 40)), float(rng.uniform(50, 90))
    quota_med = float(rng.uniform(150, 350))
    tail = float(rng.uniform(0.1, 0.25))
    comp_med = float(rng.uniform(900, 1500))
    arrivals = np.sort(rng.uniform(start, ctx.t1 - 6 * HOUR, size=n))
    accts = []
    for a in arrivals.tolist():
        ua = pick(rng, SDK_COMMON + SDK_OTHER)
        acct = ctx.account(rng, label="campaign", family=fam, role="trial_key", campaign_id=camp, ua=ua,
                           ips=mobile_v6(rng, irange(rng, 1, 3), pick(rng, kinds)))
        accts.append(acct)
        rate = float(rng.uniform(rate_lo, rate_hi))
        k = max(20, int(rng.lognormal(np.log(quota_med), 0.3)))
        ts = a + np.cumsum(rng.exponential(HOUR / rate, size=k))
        frac = np.arange(k) / k
        p429 = np.where(frac > 1 - tail, 0.1 + 0.8 * (frac - (1 - tail)) / tail, 0.005)
        status = np.where(rng.random(k) < p429, 429, 200)
        prompts = [texts.continuation_prompt(rng, pick(rng, ctx.passages)) for _ in range(k)]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.98, p_mini=0.01),
                 comp_median=comp_med, comp_sigma=0.3, status=status)
    ctx.campaign(camp, fam, accts, {
        "operation": "continuation_harvest_trial_keys", "keys": n, "start_vs_release_days":
        round((start - ctx.release) / DAY, 2), "ip_source": f"mobile:{'+'.join(kinds)}",
        "rate_per_hour": [round(rate_lo), round(rate_hi)], "quota_requests_median": round(quota_med),
        "throttled_tail": round(tail, 2), "completion_median": round(comp_med), "user_agent": "varied_sdk"})


def krummhorn(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Multi-turn teaching threads over a broad syllabus, run by an 'academy' team in office hours."""
    fam = "krummhorn"
    n = irange(rng, 12, 22)
    tz = pick(rng, (8, 9, 5))
    lang_w = {8: {"zh": 0.7, "en": 0.3}, 9: {"ja": 0.35, "ko": 0.35, "en": 0.3}, 5: {"en": 1.0}}[tz]
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    campus = home(rng, 2, tz)
    per_day = float(rng.uniform(3, 6))
    size_mean = float(rng.uniform(6, 12))
    gap_med = float(rng.uniform(25, 60))
    hist_tok = irange(rng, 400, 900)
    comp_med = float(rng.uniform(700, 1000))
    day = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 20)),
                  weekend=float(rng.uniform(0.1, 0.3)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = []
    for _ in range(n):
        ips = campus + home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="tutor_seat", campaign_id=camp, org=org,
                           pay=pick(rng, cards), ua=pick(rng, BROWSERS), ips=ips, tz=tz)
        accts.append(acct)
        sess = session_times(rng, start, ctx.t1, per_day, day, size_mean, gap_med, 0.6)
        ts, prompts, extra = [], [], []
        for s in sess:
            lang = _weighted_lang(rng, lang_w)
            plain = chance(rng, 0.05)
            topic, first = texts.thread_opening(rng, lang)
            for k, t in enumerate(s.tolist()):
                ts.append(t)
                if plain:
                    prompts.append(pick(rng, ctx.chat))
                else:
                    prompts.append(first if k == 0 else texts.thread_followup(rng, lang, k, topic if lang == "en" else ""))
                extra.append(k * hist_tok + irange(rng, 0, 200))
        tsa = np.asarray(ts)
        _emit_sorted(ctx, rng, acct, ts, prompts, ctx.models(rng, tsa, p_new=0.88, p_mini=0.03),
                     extra=np.asarray(extra), comp_median=comp_med, comp_sigma=0.5, err=0.01)
    ctx.campaign(camp, fam, accts, {
        "operation": "multi_turn_syllabus_threads", "accounts": n, "tz": tz, "languages": lang_w,
        "threads_per_day": round(per_day, 1), "turns_mean": round(size_mean, 1), "turn_gap_s": round(gap_med),
        "history_tokens_per_turn": hist_tok, "ip_source": "campus_nat_plus_home", "completion_median": round(comp_med)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "diapason": diapason,
    "tremulant": tremulant,
    "windchest": windchest,
    "sesquialtera": sesquialtera,
    "quintadena": quintadena,
    "zimbelstern": zimbelstern,
    "rollerboard": rollerboard,
    "krummhorn": krummhorn,
}
