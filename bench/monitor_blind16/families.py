"""Campaign families of blind batch 16 (distillation operations), written without reading the
monitor. Family names are neutral code names so that count tables reveal nothing; README.md
(read it only after the run) says what each one is. Every parameter is drawn per seed."""

from __future__ import annotations

import functools

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
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
from bench.monitor_blind16 import texts


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


@functools.cache
def _qa_pairs() -> list[tuple[str, str]]:
    """(question, answer) pairs from ShareGPT's "sim" half: the references a judging operator
    would pair with degraded candidates."""
    from distillguard.data.sharegpt import in_part, turns

    return [(t.human[:2000], t.assistant) for t in turns() if in_part(t, "sim") and len(t.assistant) >= 300]


# --------------------------------------------------------------------------------------------


def heron(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace harvesting by a Poisson worker pool on rented hosting blocks."""
    fam = "heron"
    n = irange(rng, 14, 36)
    n0 = max(4, int(n * _u(rng, 0.35, 0.7)))  # keys running before the launch; the rest join at it
    provs = [str(p) for p in rng.choice(["hetzner", "ovh", "contabo", "vultr", "m247", "leaseweb"],
                                        size=irange(rng, 1, 2), replace=False)]
    block: list[str] = []
    for p in provs:
        block += rented_block(rng, p, irange(rng, 2, 5), irange(rng, 3, 8))
    styles = [str(s) for s in rng.choice(list(texts.TRACE_WRAPPERS), size=irange(rng, 2, 4), replace=False)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    ua_main = pick(rng, SDK_OTHER)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate_pre = _u(rng, 15, 50)
    rate_post = rate_pre * _u(rng, 1.3, 2.3)
    pause_a = _u(rng, start, ctx.t1)
    pause_b = pause_a + _u(rng, 6, 18) * HOUR

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return np.where((ts >= pause_a) & (ts < pause_b), 0.0, 1.0)

    accts = []
    for _ in range(n):
        k = irange(rng, 1, min(4, len(block)))
        ips = [block[i] for i in rng.choice(len(block), size=k, replace=False).tolist()]
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                                 pay=pick(rng, cards), ua=ua, ips=ips))
    pre = worker_pool(rng, start, ctx.release, rate_pre, n0, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate_post, n, curve)
    for i, a in enumerate(accts):
        ts = _cat([pre[i] if i < n0 else np.empty(0), post[i]])
        style = pick(rng, styles)
        ctx.emit(rng, a, ts, [texts.trace_prompt(rng, style) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02), comp_median=_u(rng, 1300, 2200),
                 comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace harvest", "accounts": n, "accounts_before_release": n0,
        "providers": provs, "block_ips": len(block), "styles": styles, "cards": len(cards),
        "pacing": "poisson worker pool", "rate_per_hour_pre": round(rate_pre, 1),
        "rate_per_hour_post": round(rate_post, 1), "pause_hours": round((pause_b - pause_a) / HOUR, 1),
        "start": start})


def kestrel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Pairwise / rubric judgements for a reward model, teams behind a residential proxy pool."""
    fam = "kestrel"
    n = irange(rng, 6, 14)
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 300, 800), region)
    tz_op = pick(rng, (8, 3, 5, 2, 9))
    hold = _u(rng, 600, 2400)
    per_day, size, gap = _u(rng, 2.5, 7), _u(rng, 12, 35), _u(rng, 5, 14)
    qa = _qa_pairs()
    comp = {"json_scores": 220.0, "verdict": 150.0, "checklist": 110.0, "critique_zh": 300.0}
    accts, teams = [], []
    while len(accts) < n:
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.4)
        teams.append(min(irange(rng, 2, 4), n - len(accts)))
        for _ in range(teams[-1]):
            accts.append(ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=cid,
                                     org=org, pay=pay, ua=ua, ips=pool[:1]))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a in accts:
        my = [str(s) for s in rng.choice(texts.JUDGE_STYLES, size=irange(rng, 1, 2), replace=False)]
        onboard = _u(rng, start, start + DAY)
        starts = thinned(rng, onboard, ctx.t1, per_day * (ctx.t1 - onboard) / DAY, workday(tz_op, weekend=0.3))
        ts = _cat(bursts(rng, starts, size, gap, 0.5, ctx.t1))
        st = picks(rng, my, len(ts))
        prompts = []
        for s in st:
            q, ans = pick(rng, qa)
            prompts.append(texts.judge_prompt(rng, s, q, *texts.judge_pair(rng, ans, pick(rng, ctx.passages))))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.05),
                 ips=sticky(rng, ts, pool, hold), comp_median=np.array([comp[s] for s in st]), comp_sigma=0.5)
    ctx.campaign(cid, fam, accts, {
        "operation": "reward-model judging", "accounts": n, "teams": teams, "proxy_region": region,
        "proxy_pool": len(pool), "sticky_s": round(hold), "operator_tz": tz_op, "bursts_per_day": round(per_day, 2),
        "burst_size": round(size, 1), "gap_s": round(gap, 1), "pacing": "workday bursts"})


def magpie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Fresh accounts that pile onto the new model right after its release, burn and go quiet."""
    fam = "magpie"
    n = irange(rng, 50, 110)
    n_pilot = irange(rng, 3, 6)
    langs = [str(x) for x in rng.choice(list(texts.SWEEP_TEMPLATES), size=irange(rng, 3, 7), replace=False)]
    spread_h = _u(rng, 4, 14)
    gift = [hexid(rng, "pay") for _ in range(3)]
    accts = []
    for i in range(n):
        ips = mobile_v6(rng, irange(rng, 1, 3), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))) \
            if chance(rng, 0.2) else resi(rng, irange(rng, 1, 3), pick(rng, ("*", "us", "eu", "latam", "sea", "in")))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.6)
        pay = pick(rng, gift) if chance(rng, 0.3) else None
        a = ctx.account(rng, label="campaign", family=fam, role="pilot" if i < n_pilot else "burner",
                        campaign_id=cid, pay=pay, ua=ua, ips=ips)
        accts.append(a)
        if i < n_pilot:  # pipeline test on the old model a day or two before the launch
            a0 = ctx.release - _u(rng, 1, 2.2) * DAY
            ts0 = thinned(rng, a0, a0 + _u(rng, 1, 4) * HOUR, _u(rng, 8, 30), lambda t: np.ones(len(t)))
            ctx.emit(rng, a, ts0, [texts.sweep_prompt(rng, langs) for _ in range(len(ts0))],
                     models=ctx.models(rng, ts0, p_new=0.0, p_mini=0.1), comp_median=850.0, comp_sigma=0.5)
        on = ctx.release + _u(rng, 0.1, spread_h) * HOUR
        length = _u(rng, 3, 20) * HOUR
        parts = [thinned(rng, on, on + length, _u(rng, 40, 160), lambda t: np.ones(len(t)))]
        if chance(rng, 0.25):
            on2 = on + _u(rng, 20, 40) * HOUR
            parts.append(thinned(rng, on2, on2 + _u(rng, 2, 8) * HOUR, _u(rng, 15, 60), lambda t: np.ones(len(t))))
        ts = _cat(parts)
        ctx.emit(rng, a, ts, [texts.sweep_prompt(rng, langs) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=_u(rng, 700, 1100), comp_sigma=0.5,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "launch-day capability sweep", "accounts": n, "pilots": n_pilot, "languages": langs,
        "onboarding_spread_h": round(spread_h, 1), "shared_gift_cards": 3, "ip_source": "residential + mobile v6",
        "pacing": "one burst per account, 25% a second one"})


def osprey(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: a few home users each, one narrow domain mixed into genuine-looking chat."""
    fam = "osprey"
    n = irange(rng, 6, 12)
    domain = pick(rng, list(texts.DOMAINS))
    p_h = _u(rng, 0.25, 0.5)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        a = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _cat(session_times(rng, onboard, ctx.t1, _u(rng, 0.8, 2.5), evening_person(tz), _u(rng, 2.5, 5),
                                _u(rng, 60, 240)))
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.quiet_prompt(rng, domain) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.15),
                 comp_median=np.where(harvest, 950.0, 330.0), comp_sigma=0.6)
    ctx.campaign(cid, fam, accts, {
        "operation": "low-and-slow domain harvest", "accounts": n, "domain": domain, "harvest_share": round(p_h, 2),
        "ip_source": "home ISP per account", "pacing": "evening sessions"})


def plover(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Fabricated agent trajectories: fake tool observations fed back step by step."""
    fam = "plover"
    n = irange(rng, 4, 8)
    prov = pick(rng, ("aws", "gcp", "azure"))
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    p_zh = _u(rng, 0.0, 0.4)
    eps, steps_mean, gap = _u(rng, 0.8, 2.5), _u(rng, 2, 5), _u(rng, 3, 9)
    spec = _u(rng, 700, 1800)
    per_step = _u(rng, 250, 600)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    curve = global_load(_u(rng, 0, 24), 0.3)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="runner", campaign_id=cid, org=org,
                        pay=pick(rng, pays), ua=ua, ips=cloud(rng, irange(rng, 1, 3), prov))
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, eps * (ctx.t1 - start) / HOUR, curve)
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            k = 2 + int(rng.poisson(steps_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            zh = chance(rng, p_zh)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(texts.agent_task(rng, zh) if j == 0 else texts.agent_observation(rng))
                ex_l.append(int(spec + j * per_step * _u(rng, 0.7, 1.3)))
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(rng, a, ts, [pr_l[i] for i in order.tolist()], models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
                 comp_median=260.0, comp_sigma=0.7, err=0.02, extra=np.asarray(ex_l)[order])
    ctx.campaign(cid, fam, accts, {
        "operation": "fabricated agent transcripts", "accounts": n, "provider": prov, "user_agent": ua,
        "episodes_per_hour": round(eps, 2), "steps_mean": round(2 + steps_mean, 1), "step_gap_s": round(gap, 1),
        "zh_share": round(p_zh, 2), "tool_spec_tokens": round(spec), "payment": len(pays), "pacing": "24/7 agent loops"})


def starling(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Neutralising rewrites bought through a reseller's front keys, plus a few direct workers."""
    fam = "starling"
    n_f, n_w = irange(rng, 2, 4), irange(rng, 2, 5)
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    fe_pay = hexid(rng, "pay")
    fe_ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    p_h = _u(rng, 0.3, 0.5)
    rate = _u(rng, 10, 30)
    curve = global_load(_u(rng, 10, 15), 0.5)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for _ in range(n_f):
        a = ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid, pay=fe_pay, ua=fe_ua,
                        ips=cloud(rng, irange(rng, 2, 5), prov))
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.rewrite_prompt(rng, pick(rng, ctx.passages)) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
                 comp_median=np.where(harvest, 700.0, 330.0), comp_sigma=0.6)
    w_region = pick(rng, ("cn", "sea"))
    w_pool = resi(rng, irange(rng, 40, 200), w_region)
    w_per_night = _u(rng, 30, 120)
    for _ in range(n_w):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=sdk_ua(rng, 0.5),
                        ips=w_pool[:1], tz=8)
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, w_per_night * (ctx.t1 - start) / DAY, nightly(22, 8, 8))
        ctx.emit(rng, a, ts, [texts.rewrite_prompt(rng, pick(rng, ctx.passages)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05), ips=sticky(rng, ts, w_pool, 900.0),
                 comp_median=700.0, comp_sigma=0.55)
    ctx.campaign(cid, fam, accts, {
        "operation": "neutralising rewrites via reseller", "front_accounts": n_f, "direct_workers": n_w,
        "front_provider": prov, "front_rate_per_hour": round(rate, 1), "front_harvest_share": round(p_h, 2),
        "worker_proxy_region": w_region, "worker_per_night": round(w_per_night), "pacing": "global load + nightly"})


def wren(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Next-token mining: bare natural-text prefixes, a token or two back, metronome pacing."""
    fam = "wren"
    n = irange(rng, 2, 4)
    provs = [str(p) for p in rng.choice(providers(), size=n, replace=False)]
    interval = _u(rng, 20, 60)
    accts, runs_all = [], []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="miner", campaign_id=cid,
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
                        ips=cloud(rng, irange(rng, 1, 2), provs[i]))
        accts.append(a)
        parts, runs = [], []
        for _ in range(irange(rng, 2, 4)):
            s = _u(rng, ctx.t0, ctx.t1 - 4 * HOUR)
            length = _u(rng, 4, 12) * HOUR
            k = int(length / interval)
            parts.append(s + np.cumsum(interval * rng.lognormal(0.0, 0.15, size=k)))
            runs.append(round((s - ctx.t0) / HOUR, 1))
        runs_all.append(runs)
        ts = _cat(parts)
        status = np.where(rng.random(len(ts)) < 0.005, 429, 200)
        for _ in range(irange(rng, 1, 4)):  # throttled stretches: the scheduler keeps firing
            j = irange(rng, 0, max(0, len(ts) - 1))
            status[j: j + irange(rng, 20, 80)] = 429
        src = [pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))]
        models = [(ctx.new_model if t >= ctx.release else ctx.old_models[0]) for t in ts.tolist()]
        ctx.emit(rng, a, ts, [texts.prefix_fragment(rng, x) for x in src], models=models,
                 comp_median=_u(rng, 1.5, 4), comp_sigma=0.4, status=status)
    ctx.campaign(cid, fam, accts, {
        "operation": "next-token prefix mining", "accounts": n, "providers": provs, "interval_s": round(interval, 1),
        "run_starts_h": runs_all, "completion_tokens": "1-6", "pacing": "fixed interval runs"})


CAMPAIGN_FAMILIES = {f.__name__: f for f in (heron, kestrel, magpie, osprey, plover, starling, wren)}
