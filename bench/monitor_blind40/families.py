"""Campaign families of blind batch 40 (code names only; what each does is in README.md).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, records
the campaign through `ctx.campaign` and writes events through `ctx.emit`. All sizes, rates, address
sources and prompt-style mixes are drawn per seed from `rng`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
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
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    pick,
    providers,
    regions,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind40 import texts


def _weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _styles(rng: np.random.Generator, n: int, w: np.ndarray) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# balestra — a many-account cluster that appears around the new model's release and sends
# self-contained problems wrapped in demands for a full written derivation (reasoning traces).
# Cloud addresses from one rented block plus a second provider; a few cards shared round-robin;
# a shared Poisson job queue feeds all keys; a minority of keys were opened before the release
# and trickle on the old model first.

def balestra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "balestra"
    n = irange(rng, 24, 48)
    prov = rng.choice(providers(), size=2, replace=False).tolist()
    block = rented_block(rng, prov[0], irange(rng, 2, 4), irange(rng, 6, 14)) + cloud(rng, irange(rng, 5, 15), prov[1])
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_early = float(rng.uniform(0.08, 0.25))
    start = ctx.release + float(rng.uniform(0.3, 8.0)) * HOUR
    per_hour = float(rng.uniform(90, 200))
    style_w = _weights(rng, 5, 0.7)
    accts, onboard, early = [], [], []
    for i in range(n):
        is_early = chance(rng, p_early)
        a = ctx.account(rng, label="campaign", family=fam, role="pre_release_key" if is_early else "worker",
                        campaign_id=cid, pay=cards[i % len(cards)],
                        ua=pick(rng, SDK_COMMON) if chance(rng, 0.7) else pick(rng, SDK_OTHER),
                        ips=[block[j] for j in rng.integers(0, len(block), size=irange(rng, 1, 3)).tolist()])
        accts.append(a)
        early.append(is_early)
        onboard.append(start + float(rng.exponential(4 * HOUR)))
    lo = min(onboard)
    pool = worker_pool(rng, lo, ctx.t1, per_hour, n, global_load(float(rng.uniform(0, 24)), 0.25))
    for i, a in enumerate(accts):
        ts = pool[i][pool[i] >= onboard[i]]
        if early[i]:
            pre0 = jitter_start(rng, ctx.t0, ctx.release, 0.7)
            ts = _concat([thinned(rng, pre0, ctx.release, float(rng.uniform(1, 5)) * (ctx.release - pre0) / HOUR,
                                  lambda t: np.ones(len(t))), ts])
        own = rng.dirichlet(style_w * 6 + 0.05)
        ctx.emit(rng, a, ts, [texts.balestra_prompt(rng, s) for s in _styles(rng, len(ts), own)],
                 models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02), comp_median=float(rng.uniform(1200, 1900)),
                 comp_sigma=0.5, err=0.04)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": prov, "cards": len(cards), "per_hour": round(per_hour, 1),
                                   "start_after_release_h": round((start - ctx.release) / HOUR, 2),
                                   "early_fraction": round(p_early, 3)})


# --------------------------------------------------------------------------------------------
# froissement — judge/reward-model style grading: candidate answers scored or compared against
# rubrics, sent by a dozen separate-looking accounts through a rotating residential proxy pool
# (sticky sessions), in script bursts during the operators' night.

def froissement(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "froissement"
    n = irange(rng, 8, 14)
    regs = rng.choice(regions(), size=irange(rng, 2, 3), replace=False).tolist()
    pool = [ip for r in regs for ip in resi(rng, 120, r)]
    op_tz = pick(rng, TZS)
    night_start = float(rng.uniform(20, 24))
    style_w = _weights(rng, 4)
    hold = float(rng.uniform(10, 30)) * MINUTE
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=cid,
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")), ips=pool)
        accts.append(a)
        on = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = thinned(rng, on, ctx.t1, float(rng.uniform(1.5, 4.0)) * (ctx.t1 - on) / DAY,
                         lambda t, s=night_start: _night_window(t, s, op_tz))
        trains = bursts(rng, starts, float(rng.uniform(12, 35)), float(rng.uniform(6, 18)), b=ctx.t1)
        ts = _concat(trains)
        ctx.emit(rng, a, ts, [texts.froissement_prompt(rng, s, ctx.chat, ctx.passages) for s in _styles(rng, len(ts), style_w)],
                 models=ctx.models(rng, ts, p_new=0.8), ips=sticky(rng, ts, pool, hold), comp_median=260.0, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_regions": regs, "operator_tz": op_tz,
                                   "sticky_min": round(hold / MINUTE, 1)})


def _night_window(ts: np.ndarray, start_h: float, tz: int) -> np.ndarray:
    """Nine hours starting at start_h local time (the operators' off-hours window)."""
    h = (((np.asarray(ts) + tz * HOUR) % DAY) / HOUR - start_h) % 24.0
    return (h < 9.0).astype(np.float64)


# --------------------------------------------------------------------------------------------
# remise — hard low-and-slow: a handful of long-standing accounts from home connections in one
# time zone, human-paced office-hours sessions, in which ordinary chat is interleaved with requests
# for exhaustive reference explanations of one professional field (long answers).

def remise(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "remise"
    n = irange(rng, 3, 6)
    tz = pick(rng, TZS)
    field_name = pick(rng, sorted(texts._FIELDS))
    accts = []
    shares = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="mixed_use", campaign_id=cid,
                        ua=pick(rng, SDK_COMMON) if chance(rng, 0.8) else pick(rng, SDK_OTHER),
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        p_h = float(rng.uniform(0.35, 0.6))
        shares.append(round(p_h, 2))
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), workday(tz, weekend=0.3),
                             float(rng.uniform(5, 9)), float(rng.uniform(50, 140)))
        ts = _concat(sess)
        is_h = rng.random(len(ts)) < p_h
        prompts = [texts.remise_prompt(rng, field_name) if h else pick(rng, ctx.chat) for h in is_h.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
                 comp_median=np.where(is_h, 950.0, 320.0), err=0.005)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "field": field_name, "harvest_shares": shares})


# --------------------------------------------------------------------------------------------
# appel — answers and rewrites shaped to pass a restrictive content review on politically sensitive
# subjects (Chinese, Russian, English), under two or three reseller organisations with one card
# each; east-Asian cloud providers plus a residential pool; long-day pacing with busy weekends.

def appel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "appel"
    n_org = irange(rng, 2, 3)
    n = irange(rng, 10, 20)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1",
                                                              "Go-http-client/2.0", "OpenAI/NodeJS 4.67.1")))
            for _ in range(n_org)]
    provs = rng.choice(["alibaba", "tencent", "huawei", "ucloud"], size=2, replace=False).tolist()
    cloud_pool = [ip for p in provs for ip in cloud(rng, irange(rng, 6, 14), p)]
    reg = pick(rng, ("cn", "sea"))
    resi_pool = resi(rng, 80, reg)
    p_cloud = float(rng.uniform(0.55, 0.85))
    per_hour = float(rng.uniform(15, 35))
    accts, onboard = [], []
    for i in range(n):
        org, pay, ua = orgs[i % n_org]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="reseller_key", campaign_id=cid, org=org,
                                 pay=pay, ua=ua, ips=cloud_pool))
        onboard.append(jitter_start(rng, ctx.t0, ctx.t1, 0.2))
    pool = worker_pool(rng, min(onboard), ctx.t1, per_hour, n,
                       workday(8, start=9.0, end=23.0, weekend=0.6, night=0.15))
    for i, a in enumerate(accts):
        ts = pool[i][pool[i] >= onboard[i]]
        use_cloud = rng.random(len(ts)) < p_cloud
        ips = [pick(rng, cloud_pool) if c else pick(rng, resi_pool) for c in use_cloud.tolist()]
        ctx.emit(rng, a, ts, [texts.appel_prompt(rng, ctx.passages) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.85), ips=ips, comp_median=650.0, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_org, "cloud": provs, "resi_region": reg,
                                   "p_cloud": round(p_cloud, 2), "per_hour": round(per_hour, 1)})


# --------------------------------------------------------------------------------------------
# fleche — agent / tool-use episodes: a tool list plus a task, asking for the whole simulated
# trajectory; one gateway organisation and card, several keys behind a small rented block, an
# LLM-router user agent, full tool schemas as large hidden prompt overhead, round-the-clock queue.

def fleche(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fleche"
    n = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    on = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(25, 60))
    style_w = _weights(rng, 3)
    accts = [ctx.account(rng, label="campaign", family=fam, role="gateway_key", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=block) for _ in range(n)]
    pool = worker_pool(rng, on, ctx.t1, per_hour, n)
    for i, a in enumerate(accts):
        ts = pool[i]
        built = [texts.fleche_prompt(rng, s) for s in _styles(rng, len(ts), style_w)]
        ctx.emit(rng, a, ts, [p for p, _ in built], extra=np.asarray([e for _, e in built], dtype=np.int64),
                 models=ctx.models(rng, ts, p_new=0.9), comp_median=1100.0, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "ua": ua, "per_hour": round(per_hour, 1),
                                   "start_frac": round((on - ctx.t0) / (ctx.t1 - ctx.t0), 3)})


# --------------------------------------------------------------------------------------------
# coule — off-pattern: very short, one-token label answers (preferences, sentiment, correctness,
# safety labels, quality digits) over long supplied texts, i.e. harvesting a labeller rather than
# long answers; sent from a phone farm (carrier IPv6, mobile-app user agents), round the clock.

def coule(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "coule"
    n = irange(rng, 10, 18)
    carriers = rng.choice(["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], size=irange(rng, 1, 2),
                          replace=False).tolist()
    per_hour = float(rng.uniform(50, 130))
    on = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    style_w = _weights(rng, 5)
    accts = []
    for _ in range(n):
        addrs = mobile_v6(rng, irange(rng, 20, 60), pick(rng, carriers))
        accts.append(ctx.account(rng, label="campaign", family=fam, role="handset", campaign_id=cid,
                                 ua=pick(rng, MOBILE[3:]), ips=addrs))
    pool = worker_pool(rng, on, ctx.t1, per_hour, n)
    for i, a in enumerate(accts):
        ts = pool[i]
        ctx.emit(rng, a, ts, [texts.coule_prompt(rng, s, ctx.chat, ctx.passages) for s in _styles(rng, len(ts), style_w)],
                 models=ctx.models(rng, ts, p_new=0.7), ips=sticky(rng, ts, a.ips, float(rng.uniform(5, 25)) * MINUTE),
                 comp_median=3.0, comp_sigma=0.5, extra=rng.integers(100, 600, size=len(ts)), err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "carriers": carriers, "per_hour": round(per_hour, 1)})


# --------------------------------------------------------------------------------------------
# prise — many throwaway accounts opened in the day or so after the release, each living for
# hours, each asking for a few dozen huge batches of synthetic instruction data (very long answers);
# separate residential addresses, cards and orgs per account; varied client libraries.

def prise(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "prise"
    n = irange(rng, 40, 80)
    spread_d = float(rng.uniform(0.6, 1.6))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="throwaway", campaign_id=cid,
                        ua=pick(rng, SDK_COMMON + SDK_OTHER), ips=resi(rng, irange(rng, 1, 2), pick(rng, regions())))
        accts.append(a)
        on = min(ctx.release + float(rng.gamma(2.0, spread_d / 2.0)) * DAY, ctx.t1 - 3 * HOUR)
        life = float(rng.uniform(6, 36)) * HOUR
        starts = thinned(rng, on, min(on + life, ctx.t1), float(rng.uniform(3, 8)) * life / DAY,
                         lambda t: np.ones(len(t)))
        if len(starts) == 0:  # every opened key is used at least once
            starts = np.asarray([on + float(rng.uniform(0, HOUR))])
        ts = _concat(bursts(rng, starts, float(rng.uniform(3, 8)), 45.0, b=ctx.t1))
        style = int(rng.integers(4))
        ctx.emit(rng, a, ts, [texts.prise_prompt(rng, style) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.95), comp_median=2800.0, comp_sigma=0.35, err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "spread_days": round(spread_d, 2)})


CAMPAIGN_FAMILIES = {
    "appel": appel,
    "balestra": balestra,
    "coule": coule,
    "fleche": fleche,
    "froissement": froissement,
    "prise": prise,
    "remise": remise,
}
