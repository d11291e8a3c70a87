"""Campaign families of blind batch 20 (distillation operations), written without reading the
monitor. Each family is `f(ctx, rng, campaign_id)`; its accounts carry label "campaign", the
family's code name, and role "operator". What each family does is described in README.md and in
the comments below, never in names.
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
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    worker_pool,
)
from bench.monitor_blind20 import texts

ROLE = "operator"


def _acct(ctx: Ctx, rng, fam: str, camp: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=ROLE, campaign_id=camp, **kw)


def _live_assign(rng: np.random.Generator, ts: np.ndarray, births: np.ndarray, deaths: np.ndarray) -> list[np.ndarray]:
    """Hand each job time to a random account alive at that time (jobs with none alive are dropped)."""
    alive = (births[None, :] <= ts[:, None]) & (ts[:, None] < deaths[None, :])
    u = rng.random(alive.shape) * alive
    who = np.where(alive.any(axis=1), u.argmax(axis=1), -1)
    return [ts[who == i] for i in range(len(births))]


# --------------------------------------------------------------------------------------------
# kestrel: a hydra of fresh cloud keys opened around the new model's release, fed by one Poisson
# job queue; each key has a short life (the operator rotates keys), prompts are quantitative
# problems wrapped in instructions demanding the full private reasoning trace (several operator
# scripts, English / Chinese / Russian). Long completions.


def kestrel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "kestrel"
    n = irange(rng, 18, 40)
    lead = float(rng.uniform(2, 8)) * HOUR
    begin = ctx.release - lead
    provs = [str(p) for p in rng.choice(["alibaba", "tencent", "vultr", "ucloud", "huawei", "oracle", "aws",
                                         "digitalocean"], size=irange(rng, 1, 3), replace=False)]
    shared_cards = chance(rng, 0.5)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    styles = [str(s) for s in rng.choice(list(texts.KESTREL_STYLES), size=irange(rng, 2, 4), replace=False)]
    first_wave = irange(rng, 4, 10)
    births = np.concatenate([begin + rng.uniform(0, 3 * HOUR, size=first_wave),
                             begin + rng.uniform(0, ctx.t1 - begin - 0.5 * DAY, size=n - first_wave)])
    lives = rng.uniform(0.6, 3.5, size=n) * DAY
    deaths = births + lives
    rate = float(rng.uniform(50, 120))
    ts = thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, constant)
    per = _live_assign(rng, ts, births, deaths)
    accts = []
    for i in range(n):
        pay = pick(rng, cards) if shared_cards else None
        a = _acct(ctx, rng, fam, camp, pay=pay, ua=sdk_ua(rng, 0.6), ips=cloud(rng, irange(rng, 1, 4), pick(rng, provs)))
        accts.append(a)
        t = per[i]
        style = pick(rng, styles)
        ctx.emit(rng, a, t, [texts.kestrel(rng, style) for _ in range(len(t))],
                 models=ctx.models(rng, t, p_new=0.97, p_mini=0.02), comp_median=1500.0, comp_sigma=0.5,
                 err=0.03, extra=int(rng.integers(0, 200)))
    ctx.campaign(camp, fam, accts, {"accounts": n, "first_wave": first_wave, "lead_hours": round(lead / HOUR, 2),
                                    "jobs_per_hour": round(rate, 1), "providers": provs,
                                    "shared_cards": shared_cards, "styles": styles,
                                    "life_days": [0.6, 3.5]})


# --------------------------------------------------------------------------------------------
# plover: reward-model / preference data. A few team accounts under one to three orgs (one card
# per org) run nightly batches from a small rented block behind a sticky proxy; each prompt embeds
# a real-looking user request and two candidate answers and asks for scores and critique.


def plover(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "plover"
    n_orgs = irange(rng, 1, 3)
    n = irange(rng, 5, 10)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "m247"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 8))
    tz = pick(rng, (8, 3, 2, -3, 9))
    night_start, night_len = float(rng.uniform(0, 2.5)), float(rng.uniform(4.5, 7.5))
    curve = nightly(night_start, night_len, tz)
    hold = float(rng.uniform(1, 3)) * HOUR
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, ("json", "terse", "likert", "zh"))) for _ in range(n_orgs)]
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    p_new = float(rng.uniform(0.7, 0.95))
    accts = []
    per_day = float(rng.uniform(0.6, 1.5))
    size = float(rng.uniform(30, 110))
    gap = float(rng.uniform(3, 8))
    for _ in range(n):
        org, pay, style = pick(rng, orgs)
        a = _acct(ctx, rng, fam, camp, org=org, pay=pay, ua=ua, ips=block, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        t = np.concatenate(bursts(rng, starts, size, gap, 0.6, ctx.t1) or [np.empty(0)])
        prompts = [texts.plover(rng, style, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(t))]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.0), ips=sticky(rng, t, block, hold),
                 comp_median=280.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(camp, fam, accts, {"accounts": n, "orgs": n_orgs, "provider": prov, "block_size": len(block),
                                    "tz": tz, "night_start_h": round(night_start, 2), "night_hours": round(night_len, 2),
                                    "bursts_per_day": round(per_day, 2), "burst_size": round(size, 1),
                                    "gap_s": round(gap, 2), "p_new": round(p_new, 2),
                                    "styles": sorted({o[2] for o in orgs})})


# --------------------------------------------------------------------------------------------
# bittern (deliberately hard, low-and-slow): many personal-looking accounts, each a few human-
# paced sessions a day in an evening rhythm of its own time zone, exits through geo-targeted
# residential proxies (accounts in one time zone share a pool); only a fraction of each account's
# prompts are harvesting (in-depth explainers phrased like a curious person), the rest are ordinary
# chat prompts.


def bittern(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "bittern"
    n = irange(rng, 25, 50)
    tzs = [int(z) for z in rng.choice(TZS, size=irange(rng, 2, 5), replace=False)]
    pool_size = irange(rng, 80, 400)
    pools = {z: home(rng, max(10, pool_size // len(tzs)), z) for z in tzs}
    p_harvest = float(rng.uniform(0.3, 0.5))
    hold = float(rng.uniform(20, 60)) * MINUTE
    p_new = float(rng.uniform(0.45, 0.75))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.2) else sdk_ua(rng, 0.7)
        a = _acct(ctx, rng, fam, camp, ua=ua, ips=pools[tz], tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        end = min(ctx.t1, start + float(rng.uniform(2, 7)) * DAY)
        sess = session_times(rng, start, end, float(rng.uniform(1.0, 2.5)), evening_person(tz),
                             float(rng.uniform(3, 6)), float(rng.uniform(60, 200)))
        t = np.concatenate(sess) if sess else np.empty(0)
        ph = float(np.clip(p_harvest + rng.normal(0, 0.08), 0.1, 0.8))
        is_h = rng.random(len(t)) < ph
        prompts = [texts.bittern(rng) if h else pick(rng, ctx.chat) for h in is_h.tolist()]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new), ips=sticky(rng, t, pools[tz], hold),
                 comp_median=np.where(is_h, 950.0, 330.0), comp_sigma=0.6, err=0.005)
    ctx.campaign(camp, fam, accts, {"accounts": n, "tzs": tzs, "proxy_pool": pool_size,
                                    "p_harvest": round(p_harvest, 2), "sticky_min": round(hold / MINUTE, 1),
                                    "p_new": round(p_new, 2), "active_days": [2, 7]})


# --------------------------------------------------------------------------------------------
# shrike: resellers. A few accounts that front a relay service: steady round-the-clock end-
# customer chat through a gateway (one UA, a few cloud egress addresses), plus a customer of the
# relay running batches that ask for sensitive-topic answers rewritten to pass a content review.


def shrike(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "shrike"
    n = irange(rng, 2, 4)
    peak = float(rng.uniform(5, 9))
    depth = float(rng.uniform(0.5, 0.8))
    p_h = float(rng.uniform(0.25, 0.45))
    accts = []
    params_acct = []
    for _ in range(n):
        prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "vultr", "linode"))
        a = _acct(ctx, rng, fam, camp, ua=pick(rng, texts.RESELLER_UAS), ips=cloud(rng, irange(rng, 2, 6), prov), tz=8)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        per_day = float(rng.uniform(150, 400))
        n_gen = per_day * (1 - p_h) * (ctx.t1 - start) / DAY
        tg = thinned(rng, start, ctx.t1, n_gen, global_load(peak, depth))
        gen = []
        for _i in range(len(tg)):
            p = pick(rng, ctx.chat)
            gen.append(("请用中文回答：" + p) if chance(rng, 0.25) else p)
        ctx.emit(rng, a, tg, gen, models=ctx.models(rng, tg, p_new=0.5, p_mini=0.25), comp_median=330.0, err=0.01)
        size = float(rng.uniform(15, 50))
        n_b = per_day * p_h / size * (ctx.t1 - start) / DAY
        hb = bursts(rng, thinned(rng, start, ctx.t1, n_b, global_load(peak, depth)), size,
                    float(rng.uniform(2, 5)), 0.5, ctx.t1)
        th = np.concatenate(hb) if hb else np.empty(0)
        ctx.emit(rng, a, th, [texts.shrike(rng) for _ in range(len(th))],
                 models=ctx.models(rng, th, p_new=0.95, p_mini=0.0), comp_median=700.0, comp_sigma=0.5, err=0.02)
        params_acct.append({"provider": prov, "per_day": round(per_day, 1), "burst_size": round(size, 1)})
    ctx.campaign(camp, fam, accts, {"accounts": n, "peak_utc": round(peak, 2), "depth": round(depth, 2),
                                    "p_harvest": round(p_h, 2), "per_account": params_acct})


# --------------------------------------------------------------------------------------------
# wren: agent trajectories. Framework-UA keys on one hyperscaler take tasks from a Poisson queue;
# each task is a multi-step episode (plan, tool observations, critique, final summary) whose last
# user message is short while the context (tool specs + history) grows each step.


def wren(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "wren"
    n = irange(rng, 6, 14)
    prov = pick(rng, ("aws", "gcp", "azure"))
    cards = [hexid(rng, "pay") for _ in range(max(1, n // 3))]
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    rate = float(rng.uniform(4, 9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    starts = worker_pool(rng, start, ctx.t1, rate, n, constant)
    steps_lo, steps_hi = 4, irange(rng, 8, 13)
    step_gap = float(rng.uniform(4, 10))
    accts = []
    for i in range(n):
        a = _acct(ctx, rng, fam, camp, pay=pick(rng, cards), ua=pick(rng, uas), ips=cloud(rng, irange(rng, 1, 2), prov))
        accts.append(a)
        style = irange(rng, 0, 2)
        for s in starts[i].tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            task = texts.wren_task(rng)
            prompts = [texts.wren_first(rng, task, style)] + [texts.wren_step(rng, j) for j in range(1, k - 1)] + [texts.wren_last()]
            model = ctx.new_model if (s >= ctx.release and chance(rng, 0.9)) else ctx.old_models[0]
            extra = 600 + 400 * np.arange(k) + rng.integers(0, 200, size=k)
            ctx.emit(rng, a, t, prompts, models=[model] * k, comp_median=260.0, comp_sigma=0.6, err=0.01, extra=extra)
    ctx.campaign(camp, fam, accts, {"accounts": n, "provider": prov, "cards": len(cards),
                                    "episodes_per_hour": round(rate, 2), "steps": [steps_lo, steps_hi],
                                    "step_gap_s": round(step_gap, 1)})


# --------------------------------------------------------------------------------------------
# avocet (off the usual shapes): a swarm of single-use keys. Each key lives minutes, sends a
# handful of requests (often a liveness probe first, then complete coding solutions), from one
# mobile-carrier IPv6 or residential address, then is never seen again. Cards come from a few
# prepaid batches. Creation accelerates after the release.


def avocet(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "avocet"
    n = irange(rng, 150, 300)
    cards = [hexid(rng, "pay") for _ in range(max(3, n // 15))]
    p_post = float(rng.uniform(0.6, 0.8))
    uas = MOBILE + SDK_OTHER + SDK_COMMON
    accts = []
    for _ in range(n):
        born = (float(rng.uniform(ctx.release, ctx.t1 - HOUR)) if chance(rng, p_post)
                else float(rng.uniform(ctx.t0, ctx.release)))
        if chance(rng, 0.5):
            ip = mobile_v6(rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        else:
            ip = resi(rng, 1, pick(rng, regions()))
        a = _acct(ctx, rng, fam, camp, pay=pick(rng, cards), ua=pick(rng, uas), ips=ip)
        accts.append(a)
        k = irange(rng, 3, 12)
        life = float(rng.uniform(5, 40)) * MINUTE
        t = born + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.7, size=k - 1))])
        t = t[t < born + life]
        style = irange(rng, 0, 3)
        probe = chance(rng, 0.6)
        prompts = [texts.avocet_probe(rng) if (j == 0 and probe) else texts.avocet(rng, style) for j in range(len(t))]
        comp = np.full(len(t), 1100.0)
        if probe and len(t):
            comp[0] = 20.0
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.95, p_mini=0.0), comp_median=comp,
                 comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, fam, accts, {"accounts": n, "cards": len(cards), "p_after_release": round(p_post, 2),
                                    "events_per_key": [3, 12], "life_min": [5, 40]})


# --------------------------------------------------------------------------------------------
# grebe (off the usual shapes): label harvesting. A few keys on one cloud run large fast batches
# of classification items (ordinary prompts and passages as the items) demanding one label back,
# so completions are a handful of tokens: the student is a classifier, not a chat model.


def grebe(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "grebe"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("azure", "oracle", "aws", "gcp"))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    per_day = float(rng.uniform(0.8, 2.0))
    size = float(rng.uniform(60, 180))
    gap = float(rng.uniform(0.5, 1.2))
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, camp, ua=ua, ips=cloud(rng, irange(rng, 1, 3), prov))
        accts.append(a)
        style = irange(rng, 0, 3)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        for b in bursts(rng, starts, size, gap, 0.4, ctx.t1):
            task = pick(rng, list(texts.GREBE_TASKS))
            prompts = [texts.grebe(rng, task, style, pick(rng, ctx.chat) if chance(rng, 0.7) else pick(rng, ctx.passages))
                       for _ in range(len(b))]
            ctx.emit(rng, a, b, prompts, models=ctx.models(rng, b, p_new=p_new, p_mini=0.1), comp_median=5.0,
                     comp_sigma=0.4, err=0.03)
    ctx.campaign(camp, fam, accts, {"accounts": n, "provider": prov, "batches_per_day": round(per_day, 2),
                                    "batch_size": round(size, 1), "gap_s": round(gap, 2), "p_new": round(p_new, 2)})


CAMPAIGN_FAMILIES = {
    "kestrel": kestrel,
    "plover": plover,
    "bittern": bittern,
    "shrike": shrike,
    "wren": wren,
    "avocet": avocet,
    "grebe": grebe,
}
