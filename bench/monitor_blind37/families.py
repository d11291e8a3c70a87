"""Campaign families of blind batch 37 (code names only; descriptions in README.md and comments).

Each family is `fn(ctx, rng, campaign_id)` and writes its accounts, events and one campaign record
through `bench.blind_batch.Ctx`. All parameters are drawn per seed.
"""

from __future__ import annotations

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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind37 import texts as T

CAMP = "campaign"


def _outages(rng: np.random.Generator, a: float, b: float, k: int, lo_h: float, hi_h: float):
    """A curve that is 1 except in k random gaps (the operator's pipeline stalls)."""
    starts = rng.uniform(a, b, size=k)
    lens = rng.uniform(lo_h, hi_h, size=k) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.ones(len(ts))
        for s, ln in zip(starts.tolist(), lens.tolist(), strict=True):
            w[(ts >= s) & (ts < s + ln)] = 0.0
        return w
    return f


def _mix_models(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, mask: np.ndarray, a: dict, b: dict) -> list[str]:
    m1, m2 = ctx.models(rng, ts, **a), ctx.models(rng, ts, **b)
    return [x if k else y for x, y, k in zip(m1, m2, mask.tolist(), strict=True)]


# --------------------------------------------------------------------------------------------
# belay — reasoning-trace coercion by a many-account cluster that appears around the new model's
# release. A few canary keys test the pipeline days before; the main wave of keys is onboarded over
# the hours after release and fed by one shared Poisson job queue (each job goes to a random key
# that is alive at that moment; keys retire after a random life). Traffic exits through a rotating
# residential-proxy pool with sticky sessions; a handful of virtual cards pay for many keys. Each key
# has its own language/voice mix (English monologue, mentor voice, Chinese, Russian, Spanish, JSON).


def belay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 28, 64)
    n_canary = irange(rng, 2, 4)
    region = pick(rng, ["us", "eu", "latam", "sea", "in"])
    pool = resi(rng, irange(rng, 250, 600), region) + resi(rng, irange(rng, 40, 120), "*")
    hold = float(rng.uniform(300, 1800))
    per_card = irange(rng, 4, 9)
    cards = [hexid(rng, "pay") for _ in range(max(2, (n + n_canary) // per_card))]
    uas = ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2")
    rate = float(rng.uniform(60, 150))
    life_mean = float(rng.uniform(1.0, 3.0)) * DAY
    comp = float(rng.uniform(1300, 2200))
    lead = float(rng.uniform(1, 8)) * HOUR
    spread = float(rng.uniform(3, 10)) * HOUR
    serial = irange(rng, 1, 10**6)

    accts, starts, ends = [], [], []
    for i in range(n + n_canary):
        canary = i < n_canary
        acct = ctx.account(rng, label=CAMP, family="belay", role="canary" if canary else "worker", campaign_id=cid,
                           pay=pick(rng, cards), ua=pick(rng, uas), ips=[pick(rng, pool)])
        if canary:
            s = ctx.release - float(rng.uniform(1.5, 3.0)) * DAY
            e = ctx.t1
        else:
            s = ctx.release - lead + float(rng.gamma(2.0, spread / 2))
            e = s + float(rng.exponential(life_mean)) + 6 * HOUR
        accts.append(acct)
        starts.append(s)
        ends.append(e)
    starts_a, ends_a = np.asarray(starts), np.asarray(ends)
    weights = [rng.dirichlet(np.full(len(T.BELAY_STYLES), 0.6)) for _ in accts]

    a = float(starts_a[n_canary:].min())
    curve = _outages(rng, a, ctx.t1, irange(rng, 1, 3), 1.0, 4.0)
    ts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, curve)
    alive = (ts[None, :] >= starts_a[n_canary:, None]) & (ts[None, :] < ends_a[n_canary:, None])
    who = np.full(len(ts), -1)
    for j in np.flatnonzero(alive.any(axis=0)).tolist():
        cand = np.flatnonzero(alive[:, j])
        who[j] = n_canary + int(cand[rng.integers(len(cand))])
    per = {i: ts[who == i] for i in range(n_canary, len(accts))}
    for i in range(n_canary):
        per[i] = thinned(rng, starts[i], ctx.t1, float(rng.uniform(1, 4)) * (ctx.t1 - starts[i]) / HOUR,
                         workday(8, start=10, end=22, weekend=0.5))
    for i, acct in enumerate(accts):
        t = per[i]
        if len(t) == 0:
            t = np.asarray([min(ctx.t1 - 60, starts[i] + 60)])
        styles = rng.choice(len(T.BELAY_STYLES), size=len(t), p=weights[i])
        prompts = []
        for s in styles.tolist():
            serial += 1
            prompts.append(T.belay_prompt(rng, T.BELAY_STYLES[s], T.reasoning_problem(rng), serial))
        ips = sticky(rng, t, pool, hold)
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, p_new=0.97, p_mini=0.0), ips=ips,
                 comp_median=comp, comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, "belay", accts, {"accounts": len(accts), "canaries": n_canary, "proxy_region": region,
                                       "proxy_pool": len(pool), "sticky_s": round(hold), "cards": len(cards),
                                       "jobs_per_hour": round(rate, 1), "key_life_days": round(life_mean / DAY, 2),
                                       "wave_lead_h": round(lead / HOUR, 1), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# crux — a preference-data shop: pairwise grading with rubric rationales, generation of
# chosen/rejected pairs, and critique-then-revise, fed from real chat questions and real
# long answers. A few keys in one or two orgs share a small rented block of one cloud provider and
# run a 24/7 worker pool that speeds up and moves to the new model after release. They push the rate
# limit, so more 429s than usual.


def crux(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 5, 12)
    provider = pick(rng, ["gcp", "hetzner", "ovh", "digitalocean", "vultr"])
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    rate_pre = float(rng.uniform(25, 60))
    boost = float(rng.uniform(1.3, 2.2))
    mix = rng.dirichlet([4, 2, 2])
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    curve = global_load(float(rng.uniform(0, 24)), 0.2)
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        accts.append(ctx.account(rng, label=CAMP, family="crux", role="grader", campaign_id=cid, org=org, pay=pay,
                                 ua=ua, ips=picks(rng, block, irange(rng, 1, 2))))
    pre = worker_pool(rng, start, ctx.release, rate_pre, n, curve)
    post = worker_pool(rng, ctx.release, ctx.t1, rate_pre * boost, n, curve)
    for i, acct in enumerate(accts):
        t = np.concatenate([pre[i], post[i]])
        if len(t) == 0:
            continue
        modes = rng.choice(3, size=len(t), p=mix)
        prompts, comp = [], []
        for m in modes.tolist():
            q = T.clip_words(pick(rng, ctx.chat), 8, 80, rng)
            if m == 0:
                prompts.append(T.crux_grade(rng, q, T.clip_words(pick(rng, ctx.passages), 60, 220, rng),
                                            T.clip_words(pick(rng, ctx.passages), 60, 220, rng)))
                comp.append(650)
            elif m == 1:
                prompts.append(T.crux_pair(rng, q))
                comp.append(950)
            else:
                prompts.append(T.crux_critique(rng, q, T.clip_words(pick(rng, ctx.passages), 60, 200, rng)))
                comp.append(800)
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, p_new=0.85, p_mini=0.0), comp_median=np.asarray(comp),
                 comp_sigma=0.5, err=0.06)
    ctx.campaign(cid, "crux", accts, {"accounts": n, "provider": provider, "block_hosts": len(block), "orgs": n_orgs,
                                      "jobs_per_hour_pre": round(rate_pre, 1), "post_release_boost": round(boost, 2),
                                      "mode_mix": [round(float(x), 2) for x in mix], "ua": ua})


# --------------------------------------------------------------------------------------------
# dyno — deliberately hard low-and-slow: a few unrelated-looking individuals (own org, own card,
# home IPs in their own time zone, evening sessions, browser or SDK user agent) whose ordinary chat
# is interleaved with a steady march through a university syllabus of long textbook-chapter
# requests. Each covers a different subject, in its own voice. A dozen or so requests a day.


def dyno(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    subjects = rng.choice(list(T.SYLLABI), n, replace=False).tolist()
    accts, params = [], []
    for i in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
        acct = ctx.account(rng, label=CAMP, family="dyno", role="mixer", campaign_id=cid, ua=ua,
                           ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        per_day = float(rng.uniform(1.5, 3.5))
        size = float(rng.uniform(3, 7))
        sess = session_times(rng, start, ctx.t1, per_day, evening_person(tz), size, float(rng.uniform(60, 240)))
        t = np.concatenate(sess) if sess else np.asarray([start + HOUR])
        p_h = float(rng.uniform(0.3, 0.55))
        harvest = rng.random(len(t)) < p_h
        style = pick(rng, T.DYNO_STYLES)
        topics = T.SYLLABI[subjects[i]]
        k = 0
        prompts = []
        for h in harvest.tolist():
            if h:
                prompts.append(T.dyno_lecture(rng, subjects[i], topics[k % len(topics)], style, k // len(topics)))
                k += 1
            else:
                prompts.append(pick(rng, ctx.chat))
        comp_h = float(rng.uniform(1600, 2400))
        models = _mix_models(ctx, rng, t, harvest, {"p_new": 0.95, "p_mini": 0.0}, {"p_new": 0.5, "p_mini": 0.1})
        ctx.emit(rng, acct, t, prompts, models=models, comp_median=np.where(harvest, comp_h, 350.0), err=0.005)
        params.append({"tz": tz, "subject": subjects[i], "sessions_per_day": round(per_day, 2),
                       "harvest_share": round(p_h, 2), "style": style})
    ctx.campaign(cid, "dyno", accts, {"accounts": n, "per_account": params})


# --------------------------------------------------------------------------------------------
# rappel — agent/tool-use trajectory generation. Two cohorts of keys (one early, one after the
# release) run episodes only in the operator's night: each episode is a tight burst of step prompts
# (tool schema + growing history, so large prompts), often closed by a request to rewrite the episode
# as a clean gold trajectory; now and then a seed request invents new tasks. A handful of cloud VMs
# at two providers carry all keys.


def rappel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_a, n_b = irange(rng, 5, 10), irange(rng, 5, 12)
    op_tz = int(pick(rng, (8, 3, 2, -5)))
    night_start = float(rng.uniform(21, 24.5)) % 24
    night_len = float(rng.uniform(4, 7))
    night = nightly(night_start, night_len, op_tz)
    prov2 = pick(rng, ("oracle", "linode", "ovh"))
    vms = cloud(rng, irange(rng, 3, 6), "aws") + cloud(rng, irange(rng, 2, 4), prov2)
    per_night = float(rng.uniform(8, 20))
    steps = float(rng.uniform(5, 11))
    gap = float(rng.uniform(6, 20))
    p_final = float(rng.uniform(0.4, 0.8))
    base_extra = irange(rng, 900, 2600)
    step_extra = irange(rng, 150, 400)
    style = pick(rng, ("react", "xml"))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    org = hexid(rng, "org")
    accts = []
    for i in range(n_a + n_b):
        cohort_b = i >= n_a
        acct = ctx.account(rng, label=CAMP, family="rappel", role="cohort_b" if cohort_b else "cohort_a", campaign_id=cid,
                           org=org if chance(rng, 0.6) else None, pay=pick(rng, pays),
                           ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2")), ips=picks(rng, vms, irange(rng, 1, 2)))
        accts.append(acct)
        start = (ctx.release + float(rng.uniform(0.2, 1.2)) * DAY) if cohort_b else \
            (ctx.t0 + float(rng.uniform(0, 1.5)) * DAY)
        ep_starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, night)
        ts, prompts, comp, extra = [], [], [], []
        for t_ep in bursts(rng, ep_starts, steps, gap, 0.6, b=ctx.t1):
            toolset = pick(rng, list(T.TOOLSETS))
            task = T.rappel_task(rng, toolset)
            if chance(rng, 0.08):
                ts.append(t_ep[0] - float(rng.uniform(5, 60)))
                prompts.append(T.rappel_seed(rng, toolset))
                comp.append(700)
                extra.append(0)
            for k, t in enumerate(t_ep.tolist()):
                ts.append(t)
                prompts.append(T.rappel_first(rng, toolset, task, style) if k == 0 else T.rappel_step(rng, toolset, k))
                comp.append(380)
                extra.append(base_extra + k * step_extra)
            if chance(rng, p_final):
                ts.append(float(t_ep[-1]) + float(rng.uniform(10, 40)))
                prompts.append(T.rappel_final(rng, task))
                comp.append(2200)
                extra.append(base_extra + len(t_ep) * step_extra)
        if not ts:
            continue
        t = np.asarray(ts)
        order = np.argsort(t, kind="stable")
        t = t[order]
        ctx.emit(rng, acct, t, [prompts[j] for j in order.tolist()],
                 models=ctx.models(rng, t, p_new=0.9, p_mini=0.02),
                 comp_median=np.asarray(comp, dtype=float)[order], comp_sigma=0.5,
                 extra=np.asarray(extra)[order], err=0.015)
    ctx.campaign(cid, "rappel", accts, {"cohort_a": n_a, "cohort_b": n_b, "operator_tz": op_tz,
                                        "night_start_local": round(night_start, 1), "night_hours": round(night_len, 1),
                                        "vms": len(vms), "providers": ["aws", prov2], "episodes_per_night": round(per_night, 1),
                                        "steps_mean": round(steps, 1), "final_rewrite_p": round(p_final, 2),
                                        "style": style})


# --------------------------------------------------------------------------------------------
# crimp — guideline-conforming rewrites: real long answers are rewritten to a political style sheet,
# stance-constrained answers on sensitive topics, and bilingual parallel answers (Chinese or
# Russian). An office works weekdays (some Saturday) in its own time zone, firing batches; keys sit
# behind small subsets of residential proxies in two regions, some behind a Chinese cloud.


def crimp(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 12, 24)
    op_tz = int(pick(rng, (8, 3, 7)))
    r1, r2 = rng.choice(["sea", "jp_kr", "us", "eu", "in"], 2, replace=False).tolist()
    pool = resi(rng, irange(rng, 60, 160), r1) + resi(rng, irange(rng, 30, 80), r2)
    cprov = pick(rng, ("alibaba", "tencent", "huawei"))
    langs = ["zh", "ru", "en"]
    lang_w = rng.dirichlet([3, 2, 1])
    mode_w = rng.dirichlet([3, 2, 1])
    per_day = float(rng.uniform(3, 8))
    size = float(rng.uniform(8, 25))
    cards = [hexid(rng, "pay") for _ in range(max(2, n // 3))]
    cohort_day = float(rng.uniform(0.5, 3.0))
    accts = []
    for _ in range(n):
        ips = cloud(rng, irange(rng, 1, 2), cprov) if chance(rng, 0.3) else picks(rng, pool, irange(rng, 2, 6))
        acct = ctx.account(rng, label=CAMP, family="crimp", role="rewriter", campaign_id=cid, pay=pick(rng, cards),
                           ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "axios/1.7.9")), ips=ips,
                           tz=op_tz)
        accts.append(acct)
        start = ctx.t0 + (cohort_day + float(rng.uniform(-0.4, 0.4))) * DAY
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(op_tz, 9, 19, weekend=0.3))
        tr = bursts(rng, starts, size, float(rng.uniform(10, 40)), b=ctx.t1)
        if not tr:
            tr = [np.asarray([start + HOUR])]
        t = np.concatenate(tr)
        prompts = []
        for _ in range(len(t)):
            lang = langs[int(rng.choice(3, p=lang_w))]
            mode = ("rewrite", "stance", "parallel")[int(rng.choice(3, p=mode_w))]
            prompts.append(T.crimp_prompt(rng, lang, mode, T.clip_words(pick(rng, ctx.passages), 60, 260, rng),
                                          T.clip_words(pick(rng, ctx.chat), 6, 40, rng)))
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, p_new=0.8, p_mini=0.0), comp_median=float(rng.uniform(600, 900)),
                 err=0.02)
    ctx.campaign(cid, "crimp", accts, {"accounts": n, "operator_tz": op_tz, "proxy_regions": [r1, r2], "cloud": cprov,
                                       "languages": dict(zip(langs, [round(float(x), 2) for x in lang_w], strict=True)),
                                       "modes": [round(float(x), 2) for x in mode_w], "batches_per_day": round(per_day, 1),
                                       "batch_size": round(size, 1), "cohort_day": round(cohort_day, 2)})


# --------------------------------------------------------------------------------------------
# smear — does not fit the many-account shapes: one or two gateway keys of an API relay/reseller
# (Go client, one or two cloud addresses). Through them flows genuine retail chat of its own end
# users all day, and from some day on a synthetic-dataset customer's generation jobs, which grow after
# the release. Relay retries make 429s frequent.


def smear(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 1, 2)
    prov = pick(rng, ("alibaba", "tencent", "hetzner", "vultr"))
    ips = cloud(rng, irange(rng, 1, 2), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "Go-http-client/1.1"))
    accts = [ctx.account(rng, label=CAMP, family="smear", role="relay", campaign_id=cid, org=org, pay=pay, ua=ua, ips=ips)
             for _ in range(n)]
    retail_rate = float(rng.uniform(20, 45))
    d_start = ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY
    d_rate = float(rng.uniform(10, 25))
    d_boost = float(rng.uniform(1.5, 2.5))
    style_w = rng.dirichlet([2, 2, 1, 1])
    styles = ("alpaca", "dialog", "evol", "zh")
    retail = thinned(rng, ctx.t0, ctx.t1, retail_rate * (ctx.t1 - ctx.t0) / HOUR,
                     global_load(float(rng.uniform(10, 16)), 0.6))
    d_pre = thinned(rng, d_start, ctx.release, d_rate * max(0.0, ctx.release - d_start) / HOUR, lambda x: np.ones(len(x)))
    d_post = thinned(rng, max(d_start, ctx.release), ctx.t1, d_rate * d_boost * (ctx.t1 - max(d_start, ctx.release)) / HOUR,
                     lambda x: np.ones(len(x)))
    dist = np.concatenate([d_pre, d_post])
    t = np.concatenate([retail, dist])
    is_d = np.concatenate([np.zeros(len(retail), bool), np.ones(len(dist), bool)])
    order = np.argsort(t, kind="stable")
    t, is_d = t[order], is_d[order]
    prompts = [T.smear_synth(rng, styles[int(rng.choice(4, p=style_w))]) if d else pick(rng, ctx.chat)
               for d in is_d.tolist()]
    models = _mix_models(ctx, rng, t, is_d, {"p_new": 0.95, "p_mini": 0.0}, {"p_new": 0.35, "p_mini": 0.35})
    comp = np.where(is_d, 1100.0, 330.0)
    who = rng.integers(0, n, size=len(t))
    for i, acct in enumerate(accts):
        m = who == i
        ctx.emit(rng, acct, t[m], [p for p, k in zip(prompts, m.tolist(), strict=True) if k],
                 models=[x for x, k in zip(models, m.tolist(), strict=True) if k], comp_median=comp[m], err=0.07)
    ctx.campaign(cid, "smear", accts, {"keys": n, "provider": prov, "ips": len(ips), "ua": ua,
                                       "retail_per_hour": round(retail_rate, 1), "dataset_start_day": round((d_start - ctx.t0) / DAY, 2),
                                       "dataset_per_hour": round(d_rate, 1), "post_release_boost": round(d_boost, 2),
                                       "styles": dict(zip(styles, [round(float(x), 2) for x in style_w], strict=True))})


# --------------------------------------------------------------------------------------------
# arete — does not fit the usual shapes either: two or three strictly sequential chains of
# throwaway keys. In each chain exactly one key is live at a time; it fires until its quota is spent,
# then the next freshly made key takes over minutes later. Each key sits on one to three carrier
# IPv6 addresses of one mobile network and claims a mobile-app user agent; a chain recycles two to
# four cards. Prompts are combinatorial persona x task x subject requests with no shared template,
# run only during the operator's day (some days off).


def arete(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_chains = irange(rng, 2, 3)
    accts, chain_params = [], []
    for c in range(n_chains):
        tz = int(pick(rng, (3, 5, 1, -3)))
        kind = pick(rng, ("in_mobile", "br_mobile", "eu_mobile", "us_mobile"))
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
        day_start, day_len = float(rng.uniform(8, 12)), float(rng.uniform(6, 10))
        off = {int(d) for d in np.flatnonzero(rng.random(9) < 0.2).tolist()}
        base = nightly(day_start, day_len, tz)

        def curve(ts, base=base, off=off, tz=tz):
            d = np.floor((np.asarray(ts) - ctx.t0 + tz * HOUR) / DAY).astype(int)
            return base(ts) * ~np.isin(d, list(off))
        quota_lo, quota_hi = irange(rng, 40, 80), irange(rng, 100, 160)
        rate = float(rng.uniform(10, 30))  # per wall-clock hour; ~3x that while active
        comp = float(rng.uniform(800, 1100))
        t = ctx.t0 + float(rng.uniform(0, 0.6)) * DAY
        n_keys = 0
        while t < ctx.t1 - HOUR:
            quota = irange(rng, quota_lo, quota_hi)
            cand = thinned(rng, t, min(ctx.t1, t + 2 * DAY), rate * min(ctx.t1 - t, 2 * DAY) / HOUR, curve)
            ts = cand[:quota]
            if len(ts) == 0:
                break
            acct = ctx.account(rng, label=CAMP, family="arete", role=f"chain{c}", campaign_id=cid,
                               pay=cards[n_keys % len(cards)], ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)",
                                                                              "CFNetwork/1568.300.101 Darwin/24.2.0")),
                               ips=mobile_v6(rng, irange(rng, 1, 3), kind), tz=tz)
            accts.append(acct)
            n_keys += 1
            ctx.emit(rng, acct, ts, [T.arete_prompt(rng) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0), comp_median=comp, err=0.01)
            t = float(ts[-1]) + float(rng.uniform(2, 40)) * MINUTE
        chain_params.append({"tz": tz, "network": kind, "cards": len(cards), "keys": n_keys, "rate_per_hour": round(rate, 1),
                             "quota": [quota_lo, quota_hi], "day_hours": [round(day_start, 1), round(day_len, 1)],
                             "days_off": sorted(off)})
    ctx.campaign(cid, "arete", accts, {"chains": chain_params, "accounts": len(accts)})


CAMPAIGN_FAMILIES = {"belay": belay, "crux": crux, "dyno": dyno, "rappel": rappel, "crimp": crimp, "smear": smear,
                     "arete": arete}
