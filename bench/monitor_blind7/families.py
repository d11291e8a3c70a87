"""Campaign families of blind batch 7: operations that harvest the model's outputs to train another.

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, writes their events
into `ctx.sink` and records the campaign (with the parameters drawn for this seed) in the truth.
Volumes, pacing, infrastructure and output lengths differ on purpose between families; see the
batch README for one card per family (read it only after the monitor has been run).
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
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
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
from bench.monitor_blind7 import texts

CAMPAIGN = "campaign"


def _styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> list[int]:
    """The template styles one operation uses (a subset, so seeds differ in wording)."""
    return sorted(int(x) for x in rng.choice(n_styles, size=irange(rng, lo, min(hi, n_styles)), replace=False))


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def hydra_cot_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many single-account 'orgs' behind rotating residential proxies, paid by a few prepaid-card
    batches, fed from one job queue of reasoning-trace prompts; the queue speeds up at release."""
    fam = "hydra_cot_harvest"
    n = irange(rng, 28, 64)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 9))]
    proxy_regions = [str(r) for r in rng.choice(regions(), size=irange(rng, 1, 3), replace=False)]
    pool_size = irange(rng, 150, 600)
    pool = [ip for r in proxy_regions for ip in resi(rng, pool_size // len(proxy_regions), r)]
    hold = float(rng.uniform(5, 40)) * MINUTE
    rate = float(rng.uniform(60, 160))
    boost = float(rng.uniform(1.5, 3.0))
    styles = _styles(rng, 6, 2, 4)
    comp_med = float(rng.uniform(900, 2200))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, 1.0 / boost)

    streams = worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=sdk_ua(rng, 0.4), ips=_pool_ips(rng, pool), tz=int(pick(rng, TZS)))
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        end = start + float(rng.uniform(1.5, 7.0)) * DAY
        ts = streams[i]
        ts = ts[(ts >= start) & (ts < end)]
        ips = sticky(rng, ts + float(rng.uniform(0, hold)), pool, hold)
        prompts = [texts.cot_prompt(rng, ctx, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02), ips=ips, comp_median=comp_med,
                 comp_sigma=0.5, err=0.05)
    ctx.campaign(cid, fam, accts, {"accounts": n, "cards": len(cards), "proxy_regions": proxy_regions,
                                   "proxy_pool": len(pool), "sticky_min": round(hold / MINUTE, 1),
                                   "rate_per_hour": round(rate, 1), "release_boost": round(boost, 2),
                                   "styles": styles, "completion_median": round(comp_med)})


def _pool_ips(rng: np.random.Generator, pool: list[str]) -> list[str]:
    return picks(rng, pool, 3)


# --------------------------------------------------------------------------------------------


def rubric_judge_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model data: grading/preference prompts fired in scripted runs from a rented cloud
    block by a few shell orgs; answers are verdicts of a few tokens (or a short rationale)."""
    fam = "rubric_judge_farm"
    n = irange(rng, 8, 20)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    shared_pay = chance(rng, 0.6)
    pay_all = hexid(rng, "pay")
    org_pay = {o: (pay_all if shared_pay else hexid(rng, "pay")) for o in orgs}
    provider = pick(rng, ("aws", "gcp", "vultr", "digitalocean", "linode", "oracle"))
    block = rented_block(rng, provider, irange(rng, 2, 4), max(4, n // 2 + 2))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    every_h = float(rng.uniform(5, 12))
    run_size = float(rng.uniform(15, 60))
    gap = float(rng.uniform(0.6, 3.0))
    styles = _styles(rng, 4, 2, 3)
    rationale = chance(rng, 0.4)
    base = {0: 16.0, 1: 40.0, 2: 6.0, 3: 3.0}
    accts = []
    for _ in range(n):
        org = pick(rng, orgs)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="grader", campaign_id=cid, org=org,
                        pay=org_pay[org], ua=ua, ips=picks(rng, block, irange(rng, 1, 2)))
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, (ctx.t1 - start) / HOUR / every_h, constant)
        ts = _concat(bursts(rng, starts, run_size, gap, 0.5, ctx.t1))
        st = picks(rng, styles, len(ts))
        prompts = [texts.judge_prompt(rng, ctx, s) for s in st]
        med = np.array([base[s] for s in st])
        if rationale:
            prompts = [p + "\nBefore the verdict, give a short rationale (2-4 sentences)." for p in prompts]
            med = med + 90.0
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), comp_median=med, comp_sigma=0.45,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": len(orgs), "shared_pay": shared_pay, "provider": provider,
                                   "run_every_h": round(every_h, 1), "run_size": round(run_size, 1),
                                   "gap_s": round(gap, 2), "styles": styles, "rationale": rationale})


# --------------------------------------------------------------------------------------------


def compliance_rewrite(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Content-rule-compliant rewrites of answers (a 'censorship-safe' corpus), worked through in
    office hours at UTC+8 from Chinese clouds, plus an API reseller that relays the same jobs
    mixed with its ordinary customers' chat."""
    fam = "compliance_rewrite"
    n = irange(rng, 5, 12)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    tz = 8
    per_day = float(rng.uniform(60, 180))
    weekend = float(rng.uniform(0.1, 0.6))
    curve = workday(tz, start=9.0, end=float(rng.uniform(18.0, 21.5)), weekend=weekend, night=0.03)
    styles = _styles(rng, 4, 2, 4)
    accts = []

    def jobs(a_rng: np.random.Generator, m: int) -> tuple[list[str], np.ndarray]:
        out, med = [], np.empty(m)
        for j in range(m):
            p, n_chars = texts.rewrite_prompt(a_rng, ctx, pick(a_rng, styles))
            out.append(p)
            med[j] = n_chars / 3.2
        return out, med

    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                        ua=sdk_ua(rng, 0.6), ips=cloud(rng, irange(rng, 1, 3), provider), tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = thinned(rng, start, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - start) / DAY, curve)
        prompts, med = jobs(rng, len(ts))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.1), comp_median=med, comp_sigma=0.3,
                 err=0.015)
    # the reseller: its own gateway servers, its own customers' chat plus part of the rewrite jobs
    rprov = pick(rng, ("leaseweb", "m247", "vultr", "ovh"))
    reseller = ctx.account(rng, label=CAMPAIGN, family=fam, role="reseller", campaign_id=cid,
                           ua="Go-http-client/2.0", ips=cloud(rng, irange(rng, 6, 20), rprov), tz=tz)
    accts.append(reseller)
    share = float(rng.uniform(0.25, 0.45))
    r_day = float(rng.uniform(150, 400))
    ts = thinned(rng, ctx.t0, ctx.t1, r_day * (ctx.t1 - ctx.t0) / DAY, _mix(curve, 0.5))
    is_job = rng.random(len(ts)) < share
    prompts, med = jobs(rng, len(ts))
    chat = [texts.chat(rng, ctx) for _ in range(len(ts))]
    prompts = [p if j else c for p, c, j in zip(prompts, chat, is_job.tolist(), strict=True)]
    med = np.where(is_job, med, 350.0)
    ctx.emit(rng, reseller, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.15), comp_median=med, comp_sigma=0.55,
             err=0.02)
    ctx.campaign(cid, fam, accts, {"workers": n, "provider": provider, "per_day": round(per_day),
                                   "weekend": round(weekend, 2), "styles": styles, "reseller_provider": rprov,
                                   "reseller_job_share": round(share, 2), "reseller_per_day": round(r_day)})


def _mix(curve: Callable[[np.ndarray], np.ndarray], floor: float) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return floor + (1 - floor) * curve(ts)
    return f


# --------------------------------------------------------------------------------------------


def _agent_episodes(rng: np.random.Generator, starts: np.ndarray, steps_mean: float, gap: float,
                    end: float) -> tuple[np.ndarray, np.ndarray]:
    """Times and step indices of agent loops (each step waits for the model and a tool)."""
    ts, idx = [], []
    for s in starts.tolist():
        k = 2 + int(rng.poisson(steps_mean))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        keep = t < end
        ts.append(t[keep])
        idx.append(np.arange(k)[keep])
    if not ts:
        return np.empty(0), np.empty(0, dtype=np.int64)
    t_all, i_all = np.concatenate(ts), np.concatenate(idx)
    order = np.argsort(t_all, kind="stable")
    return t_all[order], i_all[order]


def agent_trace_gym(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use trajectories for an agent model: synthetic tasks run as ReAct loops against fake
    tools, round the clock from a rented block (an hourly maintenance pause per day)."""
    fam = "agent_trace_gym"
    n = irange(rng, 8, 18)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 2), n)
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    ep_per_h = float(rng.uniform(0.25, 0.8))
    steps = float(rng.uniform(3, 8))
    gap = float(rng.uniform(3, 10))
    pause_h = float(rng.uniform(0, 24))
    styles = _styles(rng, 3, 1, 2)
    step_med, final_med = float(rng.uniform(120, 260)), float(rng.uniform(350, 700))
    pause = nightly(pause_h, 1.0, 0)

    def curve(ts: np.ndarray) -> np.ndarray:
        return 1.0 - pause(ts)

    accts = []
    for i in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, org=pick(rng, orgs),
                        pay=pay, ua=ua, ips=[block[i]])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = thinned(rng, start, ctx.t1, ep_per_h * (ctx.t1 - start) / HOUR, curve)
        ts, step = _agent_episodes(rng, starts, steps, gap, ctx.t1)
        prompts = []
        for k in step.tolist():
            s = pick(rng, styles)
            prompts.append(texts.agent_first(rng, s) if k == 0 else texts.agent_step(rng, k, s))
        final = np.r_[step[1:] == 0, True] if len(step) else np.empty(0, dtype=bool)
        med = np.where(final, final_med, step_med)
        extra = 600 + 350 * step + rng.integers(0, 120, size=len(step))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.05), comp_median=med, comp_sigma=0.5,
                 err=0.02, extra=extra)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": len(orgs), "provider": provider,
                                   "episodes_per_hour": round(ep_per_h, 2), "steps_mean": round(steps + 2, 1),
                                   "step_gap_s": round(gap, 1), "pause_utc_h": round(pause_h, 1), "styles": styles})


# --------------------------------------------------------------------------------------------

_LANG_MOBILE = {"en": "us_mobile", "es": "br_mobile", "pt": "br_mobile", "id": "in_mobile"}
_LANG_REGION = {"en": "us", "es": "latam", "pt": "latam", "id": "sea"}


def trial_swarm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Throw-away sign-ups harvesting in-character dialogue for a companion-chat model: each
    account lives hours, looks like a phone or home user, and is replaced by a new one."""
    fam = "trial_swarm"
    n = irange(rng, 35, 90)
    langs = [str(x) for x in rng.choice(list(_LANG_MOBILE), size=irange(rng, 1, 3), replace=False)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_card = float(rng.uniform(0.2, 0.5))
    p_mobile = float(rng.uniform(0.3, 0.8))
    life_h = (float(rng.uniform(2, 6)), float(rng.uniform(10, 30)))
    per_day = float(rng.uniform(6, 16))
    size = float(rng.uniform(6, 14))
    gap = float(rng.uniform(15, 45))
    comp_med = float(rng.uniform(220, 420))
    accts = []
    for _ in range(n):
        lang = pick(rng, langs)
        mobile = chance(rng, p_mobile)
        ips = (mobile_v6(rng, irange(rng, 1, 4), _LANG_MOBILE[lang]) if mobile
               else resi(rng, irange(rng, 1, 2), _LANG_REGION[lang]))
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="burner", campaign_id=cid,
                        pay=pick(rng, cards) if chance(rng, p_card) else None, ua=ua, ips=ips)
        accts.append(a)
        start = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
        end = start + float(rng.uniform(*life_h)) * HOUR
        sess = session_times(rng, start, end, per_day, constant, size, gap, 0.7)
        persona = pick(rng, texts.PERSONAS)
        style = int(rng.integers(3))
        prompts, ts = [], []
        for s in sess:
            for k in range(len(s)):
                prompts.append(texts.roleplay(rng, lang, persona, k, style))
            ts.append(s)
        t_all = np.concatenate(ts) if ts else np.empty(0)
        order = np.argsort(t_all, kind="stable")
        t_all = t_all[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra = irange(rng, 250, 900)
        ctx.emit(rng, a, t_all, prompts, models=ctx.models(rng, t_all, 0.92, 0.03), comp_median=comp_med,
                 comp_sigma=0.5, err=0.01, extra=extra)
    ctx.campaign(cid, fam, accts, {"accounts": n, "langs": langs, "cards": len(cards), "p_card": round(p_card, 2),
                                   "p_mobile": round(p_mobile, 2), "life_h": [round(x, 1) for x in life_h],
                                   "sessions_per_day": round(per_day, 1), "session_size": round(size, 1),
                                   "gap_s": round(gap, 1), "completion_median": round(comp_med)})


# --------------------------------------------------------------------------------------------


def distribution_sampler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Output-distribution harvesting: the same short-answer prompt sent k times back to back (to
    estimate the model's answer distribution for soft-label training), a few hours a day."""
    fam = "distribution_sampler"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "aws"))
    tz = int(pick(rng, TZS))
    start_h, hours = float(rng.uniform(0, 24)), float(rng.uniform(3, 6))
    stems_per_h = float(rng.uniform(10, 25))
    k_mean = float(rng.uniform(8, 28))
    gap = float(rng.uniform(0.15, 0.8))
    styles = _styles(rng, 4, 2, 3)
    base = {0: 3.0, 1: 1.5, 2: 1.5, 3: 4.0}
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="sampler", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=cloud(rng, irange(rng, 2, 4), provider), tz=tz) for _ in range(n)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    win = nightly(start_h, hours, tz)
    stem_t = thinned(rng, start, ctx.t1, stems_per_h * hours / 24.0 * (ctx.t1 - start) / HOUR, win)
    who = rng.integers(0, n, size=len(stem_t))
    for i, a in enumerate(accts):
        mine = stem_t[who == i]
        ts, prompts, med = [], [], []
        for s in mine.tolist():
            k = max(2, int(rng.poisson(k_mean)))
            style = pick(rng, styles)
            p = texts.sample_stem(rng, ctx, style)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
            ts.append(t)
            prompts += [p] * k
            med += [base[style]] * k
        t_all = np.concatenate(ts) if ts else np.empty(0)
        order = np.argsort(t_all, kind="stable")
        ctx.emit(rng, a, t_all[order], [prompts[j] for j in order.tolist()],
                 models=ctx.models(rng, t_all[order], 0.98, 0.0), comp_median=np.asarray(med)[order],
                 comp_sigma=0.4, err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "tz": tz, "window_start_h": round(start_h, 1),
                                   "window_hours": round(hours, 1), "stems_per_hour": round(stems_per_h, 1),
                                   "samples_per_stem": round(k_mean, 1), "gap_s": round(gap, 2), "styles": styles})


# --------------------------------------------------------------------------------------------


def embedded_side_channel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """The hard one: a small real company's own keys, used for its genuine product during office
    hours, also carry a slow trickle of expert long-form explanations (a side project training a
    model). Same IPs, same agents, same hours as the genuine traffic."""
    fam = "embedded_side_channel"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    office = home(rng, irange(rng, 1, 2), tz)
    curve = workday(tz)
    harvest_per_day = float(rng.uniform(8, 30))
    genuine_per_day = float(rng.uniform(3, 8))
    styles = _styles(rng, 4, 2, 3)
    comp_med = float(rng.uniform(1400, 2600))
    ua = sdk_ua(rng, 0.7)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="dual_use", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=office + home(rng, 1, tz), tz=tz)
        accts.append(a)
        g = _concat(session_times(rng, ctx.t0, ctx.t1, genuine_per_day, curve, 4.0, 40.0))
        ctx.emit(rng, a, g, [texts.chat(rng, ctx) for _ in range(len(g))], models=ctx.models(rng, g, 0.5, 0.1),
                 comp_median=350.0, comp_sigma=0.6, err=0.01)
        h = thinned(rng, ctx.t0, ctx.t1, harvest_per_day * float(rng.uniform(0.5, 1.5)) * (ctx.t1 - ctx.t0) / DAY,
                    curve)
        ctx.emit(rng, a, h, [texts.explainer(rng, ctx, pick(rng, styles)) for _ in range(len(h))],
                 models=ctx.models(rng, h, 0.9, 0.0), comp_median=comp_med, comp_sigma=0.35, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "office_ips": len(office),
                                   "harvest_per_day": round(harvest_per_day, 1),
                                   "genuine_sessions_per_day": round(genuine_per_day, 1), "styles": styles,
                                   "completion_median": round(comp_med)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "hydra_cot_harvest": hydra_cot_harvest,
    "rubric_judge_farm": rubric_judge_farm,
    "compliance_rewrite": compliance_rewrite,
    "agent_trace_gym": agent_trace_gym,
    "trial_swarm": trial_swarm,
    "distribution_sampler": distribution_sampler,
    "embedded_side_channel": embedded_side_channel,
}
