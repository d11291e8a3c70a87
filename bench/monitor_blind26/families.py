"""Campaign families of blind batch 26 (written without reading the monitor).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, records the
campaign and its drawn parameters with `ctx.campaign`, and writes events with `ctx.emit`. Names
are neutral code names (dances); what each one does is said in the comments here and in README.md.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind26 import texts

CAMPAIGN = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# mazurka: step-by-step reasoning traces harvested by a pool of keys on one rented hosting block.
# A first group of keys works slowly for 1.5-3 days before the release; at the release every key
# joins and one Poisson job queue (flat or mildly diurnal) is spread over all of them. Prompts
# are parametric maths / logic / code-tracing problems wrapped in "show every step" instructions
# in English, Chinese and Russian. Keys share a handful of payment instruments and 3 client strings.

def mazurka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mazurka"
    n = irange(rng, 18, 36)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "m247"))
    block = rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 4, 10))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    uas = [sdk_ua(rng, 0.3) for _ in range(3)]
    p_zh, p_ru = _u(rng, 0.1, 0.35), _u(rng, 0.0, 0.2)
    n_early = max(2, int(n * _u(rng, 0.25, 0.6)))
    early_start = ctx.release - _u(rng, 1.5, 3.0) * DAY
    rate_pre, rate_post = _u(rng, 6, 20), _u(rng, 40, 110)
    diurnal = chance(rng, 0.5)
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.45)) if diurnal else constant
    lag_post = _u(rng, 0.2, 3.0) * HOUR
    comp = _u(rng, 1100, 1800)
    accts = []
    for _ in range(n):
        ips = [str(x) for x in rng.choice(block, size=min(len(block), irange(rng, 2, 4)), replace=False)]
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid,
                                 pay=pick(rng, pays), ua=pick(rng, uas), ips=ips))
    pre = worker_pool(rng, early_start, ctx.release, rate_pre, n_early, curve)
    post = worker_pool(rng, ctx.release + lag_post, ctx.t1, rate_post, n, curve)
    for i, a in enumerate(accts):
        ts = _cat([pre[i] if i < n_early else np.empty(0), post[i]])
        prompts = [texts.reasoning_prompt(rng, p_zh, p_ru) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
                 comp_median=comp, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "block_ips": len(block),
                                   "payment_instruments": len(pays), "early_accounts": n_early,
                                   "early_start_days_before_release": round((ctx.release - early_start) / DAY, 2),
                                   "jobs_per_hour_pre": round(rate_pre, 1), "jobs_per_hour_post": round(rate_post, 1),
                                   "diurnal": diurnal, "p_zh": round(p_zh, 2), "p_ru": round(p_ru, 2),
                                   "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# gavotte: preference / rubric judgements harvested for a reward model, with a share of
# "critique then rewrite" requests that harvest improved answers. One organisation and one
# invoice, several seats; batch jobs fire trains of requests a few seconds apart around the
# clock from two clouds' NAT addresses. The candidate answers are ordinary assistant text.

def gavotte(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gavotte"
    n = irange(rng, 4, 9)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provs = [str(p) for p in rng.choice(["gcp", "aws", "azure", "oracle"], size=2, replace=False)]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    p_rev = _u(rng, 0.05, 0.25)
    jobs_per_day, size, gap = _u(rng, 2, 6), _u(rng, 25, 70), _u(rng, 1.5, 5.0)
    accts = []
    for _ in range(n):
        ips = cloud(rng, irange(rng, 1, 3), provs[0]) + cloud(rng, irange(rng, 1, 2), provs[1])
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="judge", campaign_id=cid, org=org,
                                 pay=pick(rng, pays), ua=ua, ips=ips))
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, constant)
        ts = _cat(bursts(rng, starts, size, gap, 0.5, ctx.t1))
        prompts = [texts.preference_prompt(rng, ctx.chat, ctx.passages, p_rev) for _ in range(len(ts))]
        comp = np.array([900.0 if "REVISED" in p else 480.0 for p in prompts])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=comp,
                 comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "shared_org": True, "payment_instruments": len(pays),
                                   "clouds": provs, "user_agent": ua, "p_revise": round(p_rev, 2),
                                   "jobs_per_day": round(jobs_per_day, 1), "burst_size_mean": round(size),
                                   "burst_gap_s": round(gap, 1)})


# --------------------------------------------------------------------------------------------
# sardana: a hydra of fresh accounts opened in the hours after the model release, each used for
# one short spell (6-40 h) through residential proxies with sticky sessions, then abandoned.
# Prompts sweep a topic taxonomy asking for many instruction/answer pairs (English, Spanish,
# Portuguese, Indonesian). Client strings randomised per account; most cards unique, a few reused.

def sardana(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sardana"
    n = irange(rng, 70, 140)
    regions = [str(r) for r in rng.choice(["us", "eu", "latam", "sea", "in", "jp_kr", "ca"], size=3, replace=False)]
    shared_pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_shared_pay = _u(rng, 0.08, 0.25)
    signup_mean_h = _u(rng, 3, 10)
    ev_mean = _u(rng, 18, 45)
    hold = _u(rng, 600, 1800)
    langs = {"en": _u(rng, 0.4, 0.7), "es": _u(rng, 0.05, 0.25), "pt": _u(rng, 0.05, 0.2), "id": _u(rng, 0.0, 0.15)}
    comp = _u(rng, 900, 1400)
    accts = []
    for _ in range(n):
        pool = resi(rng, irange(rng, 5, 20), pick(rng, regions))
        ua = pick(rng, BROWSERS) if chance(rng, 0.45) else sdk_ua(rng, 0.5)
        pay = pick(rng, shared_pays) if chance(rng, p_shared_pay) else None
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="sockpuppet", campaign_id=cid, pay=pay, ua=ua,
                        ips=pool)
        accts.append(a)
        signup = ctx.release + float(rng.exponential(signup_mean_h * HOUR))
        span = _u(rng, 6, 40) * HOUR
        k = 1 + int(rng.negative_binomial(3, 3 / (3 + ev_mean)))
        ts = np.sort(signup + rng.uniform(0, span, size=k))
        ts = ts[ts < ctx.t1]
        if len(ts) == 0:
            ts = np.array([min(signup, ctx.t1 - 60.0)])
        prompts = [texts.dataset_prompt(rng, langs) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=sticky(rng, ts, pool, hold),
                 models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0), comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_regions": regions, "signup_mean_h_after_release":
                                   round(signup_mean_h, 1), "events_mean": round(ev_mean, 1),
                                   "sticky_hold_s": round(hold), "p_shared_payment": round(p_shared_pay, 2),
                                   "langs": {k: round(v, 2) for k, v in langs.items()},
                                   "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# farandole (deliberately hard, low and slow): a few accounts that each look like one private
# person (home address in a consumer ISP matching the time zone, a browser or phone, evening or
# office rhythm, human sessions with think times, a few dozen requests in the week). Roughly a
# third to a half of each person's requests are harvest: sensitive-topic questions asked to be
# answered twice (open and "compliant") or with the censor's phrases listed, plus some
# step-by-step problems; the rest are genuine chat prompts. After the release they favour the new
# model more than usual. Payment instruments are shared inside the group only on some seeds.

def farandole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "farandole"
    n = irange(rng, 6, 12)
    share_pay = chance(rng, 0.5)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))] if share_pay else []
    q = _u(rng, 0.3, 0.55)
    per_day, size, gap = _u(rng, 1.2, 3.0), _u(rng, 3, 6), _u(rng, 60, 200)
    p_new_harvest = _u(rng, 0.5, 0.8)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, MOBILE[:3]) if chance(rng, 0.2) else pick(rng, BROWSERS)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="mixer", campaign_id=cid,
                        pay=pick(rng, pays) if pays else None, ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = _cat(session_times(rng, start, ctx.t1, per_day, curve, size, gap))
        if len(ts) == 0:
            continue
        harvest = rng.random(len(ts)) < q
        prompts = [(texts.sensitive_prompt(rng) if chance(rng, 0.7) else texts.reasoning_prompt(rng, 0.2, 0.0))
                   if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        m_h = ctx.models(rng, ts, p_new=p_new_harvest, p_mini=0.02)
        m_c = ctx.models(rng, ts, p_new=0.3, p_mini=0.15)
        models = [mh if h else mc for h, mh, mc in zip(harvest.tolist(), m_h, m_c, strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(harvest, _u(rng, 750, 1000), 320.0),
                 comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "shared_payment": share_pay, "harvest_share": round(q, 2),
                                   "sessions_per_day": round(per_day, 2), "session_size_mean": round(size, 1),
                                   "think_time_s": round(gap), "p_new_model_harvest": round(p_new_harvest, 2)})


# --------------------------------------------------------------------------------------------
# cueca: agent / tool-use trajectories. A fleet of keys (1-3 orgs) behind the same 2-4 cloud NAT
# egress addresses runs simulated tool environments (travel, CRM, SQL analytics, repository,
# calendar, shop): each episode is 3-10 consecutive calls a few seconds apart on one key and one
# model, the first with the task, later ones feeding back fake tool observations. A large
# system prompt (tool schemas) rides on every call. Starts 1-2 days before release, grows after.

def cueca(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cueca"
    n = irange(rng, 10, 22)
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    n_orgs = irange(rng, 1, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6",
                                                              "AsyncOpenAI/Python 1.60.0"))) for _ in range(n_orgs)]
    start = ctx.release - _u(rng, 1.0, 2.0) * DAY
    rate_pre, rate_post = _u(rng, 3, 8), _u(rng, 8, 20)
    step_gap = _u(rng, 4, 9)
    envs = texts.agent_envs()
    accts, sysprompt = [], []
    for _ in range(n):
        org, pay, ua = pick(rng, orgs)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="agent", campaign_id=cid, org=org, pay=pay,
                                 ua=ua, ips=nat))
        sysprompt.append(irange(rng, 900, 2600))
    pools = [np.concatenate(x) for x in zip(worker_pool(rng, start, ctx.release, rate_pre, n),
                                            worker_pool(rng, ctx.release, ctx.t1, rate_post, n), strict=True)]
    for a, episodes, extra in zip(accts, pools, sysprompt, strict=True):
        ts_all, prompts, models = [], [], []
        for s in np.sort(episodes).tolist():
            env = pick(rng, envs)
            k = irange(rng, 3, 10)
            tools = texts.agent_tools(env)
            task = texts.agent_task(rng, env)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))])
            model = ctx.models(rng, ts[:1], p_new=0.95, p_mini=0.03)[0]
            last = pick(rng, tools)
            for j, t in enumerate(ts.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step_prompt(rng, env, j, task, last, j == k - 1))
                models.append(model)
                last = pick(rng, tools)
        if not ts_all:
            continue
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=_u(rng, 220, 420), comp_sigma=0.5,
                 err=0.015, extra=extra)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_orgs, "provider": provider, "nat_ips": len(nat),
                                   "start_days_before_release": round((ctx.release - start) / DAY, 2),
                                   "episodes_per_hour_pre": round(rate_pre, 1),
                                   "episodes_per_hour_post": round(rate_post, 1), "step_gap_s": round(step_gap, 1)})


# --------------------------------------------------------------------------------------------
# polonaise: a reseller's gateway. A few keys on one Asian cloud relay genuine end-user chat
# (worldwide daily load, users choose models) all week, and the same keys, at night in UTC+8,
# crawl a curriculum of graduate-textbook sections (Chinese / English) on the new model.

def polonaise(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "polonaise"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    relay_day, harvest_night = _u(rng, 150, 400), _u(rng, 200, 500)
    peak = _u(rng, 10, 15)
    night_start, night_len = _u(rng, 0.5, 3.0), _u(rng, 3.5, 6.0)
    harvest_from = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    p_zh = _u(rng, 0.3, 0.7)
    accts = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="reseller", campaign_id=cid, org=org,
                                 pay=pay, ua=ua, ips=cloud(rng, irange(rng, 2, 6), provider)))
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        r_ts = thinned(rng, start, ctx.t1, relay_day * (ctx.t1 - start) / DAY, global_load(peak, 0.6))
        h_ts = thinned(rng, harvest_from, ctx.t1, harvest_night * (ctx.t1 - harvest_from) / DAY,
                       nightly(night_start, night_len, 8))
        ctx.emit(rng, a, r_ts, [pick(rng, ctx.chat) for _ in range(len(r_ts))],
                 models=ctx.models(rng, r_ts, p_new=0.45, p_mini=0.25), comp_median=320.0, err=0.01)
        ctx.emit(rng, a, h_ts, [texts.curriculum_prompt(rng, p_zh) for _ in range(len(h_ts))],
                 models=ctx.models(rng, h_ts, p_new=0.97, p_mini=0.0), comp_median=1300.0, comp_sigma=0.45,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": len(orgs), "provider": provider, "user_agent": ua,
                                   "relay_per_day": round(relay_day), "harvest_per_night": round(harvest_night),
                                   "night_start_utc8": round(night_start, 1), "night_hours": round(night_len, 1),
                                   "harvest_from_day": round((harvest_from - ctx.t0) / DAY, 2), "p_zh": round(p_zh, 2)})


# --------------------------------------------------------------------------------------------
# jota (off the usual shape): distilling a classifier, not a chatbot. Two to four keys of one
# organisation stream labelling requests (intent, difficulty, language, safety) over free user
# text at a steady rate in a few multi-hour runs, mostly on the small model before the release and
# partly on the new model after it. Answers are a word or a digit. They push the rate limit:
# every 429 is retried with the identical prompt one to four seconds later.

def jota(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jota"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    p_429 = _u(rng, 0.03, 0.08)
    p_switch = _u(rng, 0.0, 0.9)
    rate = _u(rng, 120, 260)
    mini, flagship, new = ctx.old_models[-1], ctx.old_models[0], ctx.new_model
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="labeler", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=ips)
        accts.append(a)
        runs = []
        for _ in range(irange(rng, 3, 5)):
            s, hours = _u(rng, ctx.t0, ctx.t1 - 6 * HOUR), _u(rng, 2, 5)
            runs.append(thinned(rng, s, s + hours * HOUR, rate * hours, constant))
        ts = _cat(runs)
        if len(ts) == 0:
            continue
        prompts = [texts.label_prompt(rng, ctx.chat) for _ in range(len(ts))]
        u, v = rng.random(len(ts)), rng.random(len(ts))
        models = [new if (t >= ctx.release and x < p_switch) else (mini if y < 0.9 else flagship)
                  for t, x, y in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)]
        status = np.where(rng.random(len(ts)) < p_429, 429, 200)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=_u(rng, 3, 8), comp_sigma=0.4, status=status)
        bad = np.flatnonzero(status == 429)
        if len(bad):
            rts = ts[bad] + rng.uniform(1.0, 4.0, size=len(bad))
            ctx.emit(rng, a, rts, [prompts[i] for i in bad.tolist()], models=[models[i] for i in bad.tolist()],
                     comp_median=_u(rng, 3, 8), comp_sigma=0.4, err=p_429 / 2)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "user_agent": ua, "requests_per_hour":
                                   round(rate), "p_429": round(p_429, 3), "p_new_model_after_release":
                                   round(p_switch, 2)})


CAMPAIGN_FAMILIES = {
    "mazurka": mazurka,
    "gavotte": gavotte,
    "sardana": sardana,
    "farandole": farandole,
    "cueca": cueca,
    "polonaise": polonaise,
    "jota": jota,
}
