"""Campaign families of blind batch 27 (written without reading the monitor or the simulator's
own families). Each is `f(ctx, rng, campaign_id)`; the code names say nothing about what they
do, the comments and README.md (read after the run) do. Every parameter is drawn per seed.
"""

from __future__ import annotations

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
    Ctx,
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
    worker_pool,
)
from bench.monitor_blind27 import texts as tx


def _weights(rng: np.random.Generator, keys: list[str], alpha: float = 1.5) -> dict[str, float]:
    w = rng.dirichlet([alpha] * len(keys))
    return {k: round(float(v), 3) for k, v in zip(keys, w, strict=True)}


def _choose(rng: np.random.Generator, w: dict[str, float]) -> str:
    keys = list(w)
    p = np.asarray([w[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# --------------------------------------------------------------------------------------------
# ducat: a hydra of freshly opened accounts that appears around the new model's release and
# coerces full thought traces on generated quantitative problems (en/zh/ru) out of it. One
# Poisson job queue feeds whichever accounts are alive; all traffic goes through a shared
# residential-proxy pool with sticky sessions; a handful of prepaid cards pay for all accounts;
# accounts opened before the release only send a few probes until the release.


def ducat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 22, 48)
    regions = [str(r) for r in rng.choice(["us", "eu", "sea", "latam", "in", "ca"], size=irange(rng, 2, 4), replace=False)]
    pool: list[str] = []
    for r in regions:
        pool += resi(rng, irange(rng, 80, 200), r)
    hold = float(rng.uniform(5, 30)) * MINUTE
    langs = _weights(rng, ["en", "zh", "ru"], 2.0)
    styles = sorted(int(s) for s in rng.choice(6, size=irange(rng, 3, 5), replace=False))
    ua_main = pick(rng, SDK_COMMON + SDK_OTHER)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    per_hour = float(rng.uniform(60, 140))
    comp = float(rng.uniform(1100, 1800))
    accts, starts, ends, prim = [], [], [], []
    for _ in range(n):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family="ducat", role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua, ips=[pick(rng, pool)])
        accts.append(a)
        s = ctx.release + float(rng.uniform(-6, 30)) * HOUR
        starts.append(s)
        ends.append(min(ctx.t1 + 1, s + float(rng.uniform(1.5, 3.5)) * DAY))
        prim.append(pick(rng, styles))
    starts_a, ends_a = np.asarray(starts), np.asarray(ends)
    jobs = thinned(rng, ctx.release, ctx.t1, per_hour * (ctx.t1 - ctx.release) / HOUR,
                   global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4))))
    owner = np.full(len(jobs), -1)
    for j, t in enumerate(jobs.tolist()):
        alive = np.flatnonzero((starts_a <= t) & (ends_a > t))
        if len(alive):
            owner[j] = alive[int(rng.integers(len(alive)))]
    for i, a in enumerate(accts):
        ts = jobs[owner == i]
        # probes from accounts opened before the release
        if starts[i] < ctx.release:
            probe = np.sort(starts[i] + rng.uniform(0, ctx.release - starts[i], size=irange(rng, 1, 3)))
            ctx.emit(rng, a, probe, [pick(rng, ("hi", "test", "ping", "1+1=?", "你好")) for _ in probe],
                     models=ctx.models(rng, probe), ips=sticky(rng, probe, pool, hold), comp_median=20.0)
        prompts = []
        for _ in range(len(ts)):
            lang = _choose(rng, langs)
            st = prim[i] if chance(rng, 0.85) else pick(rng, styles)
            prompts.append(tx.trace_prompt(rng, st, lang))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, "ducat", accts, {
        "accounts": n, "proxy_regions": regions, "proxy_pool": len(pool), "sticky_minutes": round(hold / MINUTE, 1),
        "languages": langs, "styles": styles, "jobs_per_hour": round(per_hour, 1), "cards": len(cards),
        "completion_median": round(comp), "start_window_h_vs_release": [-6, 30],
    })


# --------------------------------------------------------------------------------------------
# florin: a small pool of keys on one rented hosting block acting as a "grader": each request
# holds a question, a candidate answer (from the operator's own student model) and a rubric, and
# asks for per-criterion scores plus a full ideal rewrite (the rewrite is the harvest). One
# Poisson queue, around the clock, 4 template styles (one in Korean).


def florin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 8)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "linode", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    ua = pick(rng, SDK_OTHER)
    start = ctx.t0 + float(rng.uniform(0, 0.3)) * (ctx.t1 - ctx.t0)
    per_hour = float(rng.uniform(25, 70))
    styles = _weights(rng, ["0", "1", "2", "3"], 1.0)
    comp = float(rng.uniform(650, 1000))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, global_load(float(rng.uniform(0, 24)), 0.2))
    accts = []
    for i in range(n):
        ips = [str(x) for x in rng.choice(block, size=min(len(block), irange(rng, 1, 2)), replace=False)]
        a = ctx.account(rng, label="campaign", family="florin", role="grader", campaign_id=cid, org=shared_org,
                        pay=pick(rng, pays), ua=ua, ips=ips)
        accts.append(a)
        ts = streams[i]
        prompts = [tx.rubric_prompt(rng, int(_choose(rng, styles)), pick(rng, ctx.chat), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=comp, comp_sigma=0.45,
                 err=0.015)
    ctx.campaign(cid, "florin", accts, {
        "accounts": n, "provider": provider, "block_hosts": len(block), "payments": len(pays),
        "shared_org": shared_org is not None, "jobs_per_hour": round(per_hour, 1), "styles": styles,
        "completion_median": round(comp), "start": round(start),
    })


# --------------------------------------------------------------------------------------------
# doubloon (deliberately hard, low and slow): a dozen or so "people" with home connections,
# browsers and evening habits, each sending a couple of requests a day; most are ordinary chat,
# a minority are study-note explainers that together walk one curriculum with no topic asked
# twice across the whole cluster. Separate cards, orgs and time zones; staggered onboarding.


def doubloon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 10, 20)
    p_h = float(rng.uniform(0.3, 0.5))
    cur = tx.curriculum(rng)
    accts, tzs, plans = [], [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        tzs.append(tz)
        ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(rng, label="campaign", family="doubloon", role="sleeper", campaign_id=cid, ua=pick(rng, BROWSERS),
                        ips=ips, tz=tz)
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0, 0.45)) * (ctx.t1 - ctx.t0)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.6, 1.6)), evening_person(tz),
                             float(rng.uniform(2, 4)), float(rng.uniform(60, 180)))
        if not sess:
            sess = [np.array([start + float(rng.uniform(0, ctx.t1 - start))])]
        ts = np.sort(np.concatenate(sess))
        plans.append((ts, rng.random(len(ts)) < p_h))
    # the curriculum is walked in global time order across the cluster: no topic twice
    flat = sorted((float(t), i, j) for i, (ts, h) in enumerate(plans) for j, t in enumerate(ts.tolist()) if h[j])
    topic: dict[tuple[int, int], tuple[str, str, str]] = {}
    for k, (_, i, j) in enumerate(flat[: len(cur)]):
        topic[(i, j)] = cur[k]
    for i, a in enumerate(accts):
        ts, _ = plans[i]
        prompts, med = [], []
        for j in range(len(ts)):
            if (i, j) in topic:
                prompts.append(tx.notes_prompt(rng, *topic[(i, j)]))
                med.append(900.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                med.append(330.0)
        ips_ev = [pick(rng, a.ips) for _ in range(len(ts))]
        uas = [a.ua] * len(ts)
        if chance(rng, 0.4):  # the phone now and then
            ph = mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))[0]
            mua = pick(rng, MOBILE)
            for j in range(len(ts)):
                if chance(rng, 0.2):
                    ips_ev[j], uas[j] = ph, mua
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), ips=ips_ev, ua=uas,
                 comp_median=np.asarray(med), comp_sigma=0.55)
    ctx.campaign(cid, "doubloon", accts, {
        "accounts": n, "harvest_share": round(p_h, 3), "curriculum_items_used": min(len(flat), len(cur)),
        "curriculum_size": len(cur), "tzs": tzs, "sessions_per_day": "0.6-1.6 per account",
        "ip_source": "home ISP + occasional mobile",
    })


# --------------------------------------------------------------------------------------------
# guilder (off the usual shapes): a relay / API-resale gateway with two or three upstream keys on
# Chinese cloud egress. Most of its traffic is its customers' genuine chat (English and Chinese);
# mixed into the same keys, the operator requests content-review-compliant rewrites and refusal
# variants on politically sensitive topics to train a domestic model. Busy all week, heavier on
# the new model after the release.


def guilder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 2, 3)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    p_h = float(rng.uniform(0.2, 0.4))
    p_zh = float(rng.uniform(0.3, 0.7))
    ua = pick(rng, ("Go-http-client/2.0", "Go-http-client/1.1", "reqwest/0.12.12"))
    accts = []
    rates = []
    for _ in range(n):
        ips = cloud(rng, irange(rng, 2, 4), provider)
        a = ctx.account(rng, label="campaign", family="guilder", role="relay", campaign_id=cid, ua=ua, ips=ips)
        accts.append(a)
        rate = float(rng.uniform(12, 35))
        rates.append(round(rate, 1))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(float(rng.uniform(11, 15)), 0.6))
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, min(0.9, p_h * 1.5), p_h)
        prompts, med = [], []
        for h in harvest.tolist():
            if h:
                prompts.append(tx.reframe_prompt(rng, int(rng.integers(4))))
                med.append(650.0)
            else:
                prompts.append(tx.zh_chat(rng) if chance(rng, p_zh) else pick(rng, ctx.chat))
                med.append(300.0)
        models = ctx.models(rng, ts, p_new=0.6, p_mini=0.15)
        models = [ctx.new_model if (h and t >= ctx.release) else m for h, t, m in zip(harvest.tolist(), ts.tolist(), models, strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(med), err=0.04)
    ctx.campaign(cid, "guilder", accts, {
        "accounts": n, "provider": provider, "harvest_share_pre_release": round(p_h, 3), "chinese_share": round(p_zh, 3),
        "requests_per_hour": rates, "user_agent": ua,
    })


# --------------------------------------------------------------------------------------------
# thaler: tool-use agent trajectories against the new model only. Keys opened some hours after
# the release under two orgs; episodes come from one Poisson queue; each episode is a fast
# train of turns whose prompt is the task, then fabricated tool observations, with the carried
# context (tool schemas plus history) growing turn by turn.


def thaler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    start = ctx.release + float(rng.uniform(1, 12)) * HOUR
    per_hour = float(rng.uniform(6, 14))
    schema_tok = float(rng.uniform(900, 1500))
    grow = float(rng.uniform(250, 600))
    step_gap = float(rng.uniform(4, 12))
    styles = sorted(int(s) for s in rng.choice(3, size=irange(rng, 1, 3), replace=False))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    accts = []
    for i in range(n):
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws")))
        a = ctx.account(rng, label="campaign", family="thaler", role="agent", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, pays), ua=pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "python-httpx/0.28.1")),
                        ips=ips)
        accts.append(a)
        ts_all, pr, ex, med = [], [], [], []
        for s in streams[i].tolist():
            k = irange(rng, 4, 18)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))])
            st = pick(rng, styles)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                pr.append(tx.agent_task(rng, st) if j == 0 else tx.observation(rng))
                ex.append(int(schema_tok + j * grow))
                med.append(480.0 if j == k - 1 else 200.0)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, pr, models=ctx.models(rng, ts, p_new=0.99), comp_median=np.asarray(med),
                 extra=np.asarray(ex), err=0.01)
    ctx.campaign(cid, "thaler", accts, {
        "accounts": n, "orgs": 2, "payments": len(pays), "start_h_after_release": round((start - ctx.release) / HOUR, 1),
        "episodes_per_hour": round(per_hour, 1), "steps": [4, 18], "step_gap_s": round(step_gap, 1),
        "schema_tokens": round(schema_tok), "context_growth_per_step": round(grow), "styles": styles,
    })


# --------------------------------------------------------------------------------------------
# escudo: a relay of disposable accounts used one after another; each gets a new card, a new
# org, a single VPN/hosting address and its own SDK string, runs hard for a few hours producing
# persona-conditioned synthetic writing (five languages) until rate limiting bites, and is
# abandoned. Rarely more than two or three alive at a time.


def escudo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 30, 55)
    providers = [str(p) for p in rng.choice(["m247", "leaseweb", "contabo", "ovh", "vultr", "scaleway"], size=3, replace=False)]
    langs = _weights(rng, ["en", "es", "pt", "id", "vi"], 1.2)
    life_med = float(rng.uniform(2, 5)) * HOUR
    gap_mean = (ctx.t1 - ctx.t0) / n * 0.85
    t = ctx.t0 + float(rng.uniform(0, 12)) * HOUR
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family="escudo", role="disposable", campaign_id=cid,
                        ua=sdk_ua(rng, 0.4), ips=cloud(rng, 1, pick(rng, providers)))
        accts.append(a)
        life = float(rng.lognormal(np.log(life_med), 0.5))
        rate = float(rng.uniform(30, 80))
        ts = np.sort(rng.uniform(t, t + life, size=int(rng.poisson(rate * life / HOUR))))
        frac = (ts - t) / life
        status = np.where(rng.random(len(ts)) < 0.02 + 0.5 * frac ** 2, 429, 200)
        style = int(rng.integers(3))
        prompts = [tx.persona_prompt(rng, _choose(rng, langs), style) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=650.0, comp_sigma=0.5,
                 status=status)
        t += float(rng.exponential(gap_mean))
    ctx.campaign(cid, "escudo", accts, {
        "accounts": n, "providers": providers, "languages": langs, "life_median_h": round(life_med / HOUR, 2),
        "requests_per_hour_per_account": [30, 80], "mean_gap_h": round(gap_mean / HOUR, 2),
    })


# --------------------------------------------------------------------------------------------
# sovereign (off the usual shapes): harvesting the model's safety judgements, not its prose. A
# few keys of one org, on one or two fixed office addresses of a consumer/business ISP, fire
# dense batches during office hours asking for a label, a comply/refuse verdict or a harm digit
# on arbitrary user messages. Completions are tiny; volume is high; weekends are quiet.


def sovereign(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 2, 4)
    tz = int(pick(rng, (8, 3, 2, 9, 1)))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    styles = _weights(rng, ["0", "1", "2"], 1.0)
    p_unsafe = float(rng.uniform(0.2, 0.45))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family="sovereign", role="labeller", campaign_id=cid, org=org, pay=pay,
                        ua=ua, ips=office, tz=tz)
        accts.append(a)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        size = float(rng.uniform(40, 120))
        gap = float(rng.uniform(0.8, 2.5))
        trains = []
        for s in starts.tolist():
            kk = max(1, int(rng.poisson(size)))
            trains.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=kk - 1))]))
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            text = pick(rng, tx.UNSAFE_SNIPPETS) if chance(rng, p_unsafe) else pick(rng, ctx.chat)
            prompts.append(tx.label_prompt(rng, text, int(_choose(rng, styles))))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.0), comp_median=28.0,
                 comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, "sovereign", accts, {
        "accounts": n, "tz": tz, "office_ips": len(office), "styles": styles, "unsafe_share": round(p_unsafe, 3),
        "batches_per_day": [3, 6], "batch_size_mean": [40, 120], "completion_median": 28,
    })


CAMPAIGN_FAMILIES = {
    "ducat": ducat,
    "florin": florin,
    "doubloon": doubloon,
    "guilder": guilder,
    "thaler": thaler,
    "escudo": escudo,
    "sovereign": sovereign,
}
