"""Campaign families of blind batch 44 (distillation operations), under neutral code names.

Each family is a function `(ctx, rng, campaign_id) -> None` that creates its accounts, emits their
events into `ctx.sink` and records one campaign in the truth. What each family does is described in
the comments below and in README.md (to be read only after the monitor has been run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
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
from bench.monitor_blind44 import texts as T

# ---------------------------------------------------------------------------------------------
# washback: a hydra of fresh cloud accounts that appears right after the new model's release and
# coerces full reasoning traces (maths, code, logic) out of it through a shared Poisson job queue.
# A minority of the accounts are "sleepers" opened days earlier with light, ordinary chat use.


def washback(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "washback"
    n = irange(rng, 18, 45)
    provs = [str(p) for p in rng.choice(["vultr", "hetzner", "ovh", "digitalocean", "oracle", "contabo",
                                         "linode", "aws"], size=irange(rng, 2, 3), replace=False)]
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 6)))]
    p_sleeper = float(rng.uniform(0.1, 0.3))
    per_acct_hour = float(rng.uniform(2.0, 5.0))
    uas = ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2")
    accts, roles = [], []
    for _ in range(n):
        sleeper = chance(rng, p_sleeper)
        a = ctx.account(rng, label="campaign", family=fam, role="sleeper" if sleeper else "worker", campaign_id=cid,
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
        accts.append(a)
        roles.append(sleeper)
    queue = worker_pool(rng, ctx.release, ctx.t1, per_acct_hour * n, n)
    for a, sleeper, ts in zip(accts, roles, queue, strict=True):
        start = ctx.release + float(rng.uniform(0, 2 * HOUR if sleeper else 20 * HOUR))
        ts = ts[ts >= start]
        styles = [int(s) for s in rng.choice(len(T.WASHBACK_STYLES), size=irange(rng, 1, 2), replace=False)]
        prompts = [T.WASHBACK_STYLES[pick(rng, styles)](T.any_problem(rng), rng) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), comp_median=1400.0, comp_sigma=0.5,
                 err=0.05)
        if sleeper:  # light human-looking use before the release, from the same cloud box
            tz = pick(rng, TZS)
            pre = session_times(rng, ctx.t0 + float(rng.uniform(0, DAY)), ctx.release, 2.0, workday(tz), 3.0, 120.0)
            pts = np.concatenate(pre) if pre else np.empty(0)
            ctx.emit(rng, a, pts, [pick(rng, ctx.chat) for _ in range(len(pts))],
                     models=ctx.models(rng, pts), comp_median=330.0)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": provs, "cards": len(cards), "p_sleeper": p_sleeper,
                                   "per_account_per_hour": per_acct_hour, "start": "release + 0-20 h"})


# ---------------------------------------------------------------------------------------------
# worm_tub: preference / rubric judgements harvested as reward-model training signal (pairwise,
# Likert, ranking, critique-and-rewrite, some in Korean), fired in script bursts through a rotating
# residential proxy pool; two front organisations.


_WT_COMP = (220.0, 420.0, 500.0, 900.0, 800.0)


def worm_tub(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "worm_tub"
    n = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "in", "latam", "sea"))
    pool = resi(rng, irange(rng, 300, 800), region)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    per_day = float(rng.uniform(6, 16))
    size = float(rng.uniform(6, 14))
    peak = float(rng.uniform(0, 24))
    accts = []
    for i in range(n):
        org, pay = orgs[i % 2]
        a = ctx.account(rng, label="campaign", family=fam, role="judge_worker", campaign_id=cid, org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "python-requests/2.31.0")), ips=pool)
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0.05, 0.25)) * (ctx.t1 - ctx.t0)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, global_load(peak, 0.35))
        trains = bursts(rng, starts, size, 3.0, 0.6, b=ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        w = np.array([0.3, 0.25, 0.15, 0.2, 0.1 if chance(rng, 0.3) else 0.0])
        st = rng.choice(5, size=len(ts), p=w / w.sum())
        prompts = [T.grading_prompt(rng, ctx.chat, ctx.passages, int(s)) for s in st]
        ips = sticky(rng, ts, pool, 600.0) if chance(rng, 0.3) else [pick(rng, pool) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=ips,
                 comp_median=np.array([_WT_COMP[int(s)] for s in st]), err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_region": region, "proxy_pool": len(pool),
                                   "bursts_per_day": per_day, "burst_size": size})


# ---------------------------------------------------------------------------------------------
# spirit_safe (deliberately hard, low and slow): dozens of accounts that each look like one person at
# home (own ISP address in their time zone, browser or SDK, evening or office rhythm, a handful of
# sessions a day), about half of whose questions are ordinary chat; the rest are expert-domain
# questions from a shared bank with a "be thorough, show the reasoning" tail.


def spirit_safe(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spirit_safe"
    n = irange(rng, 25, 60)
    accts = []
    lo, hi = float(rng.uniform(2.5, 4.0)), float(rng.uniform(7.0, 11.0))
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=fam, role="sleeper_user", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3)
        start = ctx.t0 + float(rng.uniform(0, 0.4)) * (ctx.t1 - ctx.t0)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(lo, hi)) / 2.5, curve, 2.5, 100.0)
        ts = np.concatenate(sess) if sess else np.empty(0)
        p_h = float(rng.uniform(0.3, 0.6))
        harvest = rng.random(len(ts)) < p_h
        prompts = [T.expert_question(rng) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7),
                 comp_median=np.where(harvest, 750.0, 330.0), err=0.005)
    ctx.campaign(cid, fam, accts, {"accounts": n, "requests_per_day": [lo, hi], "harvest_share": "0.3-0.6 per account",
                                   "ips": "own home ISP per account"})


# ---------------------------------------------------------------------------------------------
# lyne_arm: agent / tool-use trajectories: multi-step episodes whose prompt grows with the
# transcript, run in sandboxes on rented cloud /24s by three shell organisations.


def lyne_arm(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lyne_arm"
    n = irange(rng, 8, 16)
    provs = [str(p) for p in rng.choice(["aws", "gcp", "azure", "hetzner", "ovh"], size=2, replace=False)]
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(3)]
    eps_day = float(rng.uniform(8, 20))
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "trajgen/0.4.2 python-httpx/0.28.1")
    accts = []
    for i in range(n):
        org, pay = orgs[i % 3]
        a = ctx.account(rng, label="campaign", family=fam, role="sandbox", campaign_id=cid, org=org, pay=pay,
                        ua=pick(rng, uas), ips=rented_block(rng, provs[i % 2], 1, irange(rng, 2, 4)))
        accts.append(a)
        style = irange(rng, 0, 2)
        start = ctx.t0 + float(rng.uniform(0.02, 0.3)) * (ctx.t1 - ctx.t0)
        starts = thinned(rng, start, ctx.t1, eps_day * (ctx.t1 - start) / DAY, global_load(float(rng.uniform(0, 24)), 0.4))
        gap = float(rng.uniform(4, 12))
        ts_l, pr_l, ex_l, cm_l = [], [], [], []
        for s in starts.tolist():
            goal = T.agent_goal(rng)
            tools = [str(x) for x in rng.choice(T.LA_TOOLS, size=irange(rng, 3, 6), replace=False)]
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(T.lyne_step_prompt(rng, goal, tools, j + 1, style))
                ex_l.append(300 + 380 * j)
                cm_l.append(600.0 if j == k - 1 else 220.0)
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, pr_l, models=ctx.models(rng, ts, p_new=0.95), comp_median=np.asarray(cm_l),
                 extra=np.asarray(ex_l, dtype=np.int64), err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": provs, "episodes_per_day": eps_day,
                                   "steps": "4-14", "orgs": 3})


# ---------------------------------------------------------------------------------------------
# feints_receiver: "publication-safe" rewrites of answers on politically sensitive topics and
# paired full / evasive answers (English, Chinese, Russian), run as a nightly job (UTC+8 night)
# over a pool of keys on Asian cloud providers.


def feints_receiver(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "feints_receiver"
    n = irange(rng, 5, 10)
    provs = ("alibaba", "tencent", "huawei", "ucloud")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    start_h, hours = float(rng.uniform(0.5, 2.5)), float(rng.uniform(4, 7))
    rate = float(rng.uniform(15, 35))
    w = rng.dirichlet(np.ones(4) * 2)
    accts = [ctx.account(rng, label="campaign", family=fam, role="night_worker", campaign_id=cid,
                         org=org if chance(rng, 0.6) else None, pay=pay if chance(rng, 0.5) else None,
                         ua="Go-http-client/2.0" if chance(rng, 0.8) else "python-httpx/0.28.1",
                         ips=cloud(rng, irange(rng, 2, 5), pick(rng, provs))) for _ in range(n)]
    a0 = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    queue = worker_pool(rng, a0, ctx.t1, n * rate * hours / 24.0, n, nightly(start_h, hours, 8))
    for a, ts in zip(accts, queue, strict=True):
        st = rng.choice(4, size=len(ts), p=w)
        ctx.emit(rng, a, ts, [T.rewrite_prompt(rng, ctx.passages, int(s)) for s in st],
                 models=ctx.models(rng, ts, p_new=0.9), comp_median=750.0, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "night_start_utc8": start_h, "hours": hours,
                                   "per_key_per_night_hour": rate, "style_weights": [round(float(x), 3) for x in w]})


# ---------------------------------------------------------------------------------------------
# doubler (off the usual shapes): many samples of the same short item: every item is sent 6-16
# times within seconds (the answer distribution is the product), short completions, from a few keys
# in one rented hosting block.


def doubler(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "doubler"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("ovh", "hetzner", "m247", "leaseweb", "scaleway"))
    block = rented_block(rng, prov, 2, 3)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    kmin, kmax = irange(rng, 5, 8), irange(rng, 10, 16)
    items_day = float(rng.uniform(20, 60))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=org, pay=cards[i // 2],
                        ua=pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2")), ips=block)
        accts.append(a)
        style = irange(rng, 0, 2)
        start = ctx.t0 + float(rng.uniform(0, 0.35)) * (ctx.t1 - ctx.t0)
        item_t = thinned(rng, start, ctx.t1, items_day * (ctx.t1 - start) / DAY, global_load(float(rng.uniform(0, 24)), 0.2))
        ts_l, pr_l, mo_l, cm_l = [], [], [], []
        for s in item_t.tolist():
            short = chance(rng, 0.2)
            p = T.open_short(rng) if short else T.mcq_item(rng, style)
            k = irange(rng, kmin, kmax)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            m = ctx.models(rng, np.array([s]), p_new=0.8)[0]
            ts_l.extend(t.tolist())
            pr_l.extend([p] * k)
            mo_l.extend([m] * k)
            cm_l.extend([60.0 if short else 45.0] * k)
        ctx.emit(rng, a, np.asarray(ts_l), pr_l, models=mo_l, comp_median=np.asarray(cm_l), comp_sigma=0.4,
                 err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "repeats": [kmin, kmax],
                                   "items_per_day": items_day})


# ---------------------------------------------------------------------------------------------
# pot_still (off the usual shapes): disposable accounts: each lives for one burst of 15-50 long-form
# generation requests (a synthetic-document grid of subject x audience x format, several
# languages) over a quarter of an hour and is never used again; each comes from one fresh residential
# or mobile address, but they pay with a handful of shared prepaid cards.


def pot_still(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pot_still"
    n = irange(rng, 80, 160)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 9))]
    gap = float(rng.uniform(15, 40))
    accts = []
    for _ in range(n):
        if chance(rng, 0.6):
            ip = resi(rng, 1, pick(rng, ("us", "eu", "latam", "in", "sea", "ca")))
        else:
            ip = mobile_v6(rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        a = ctx.account(rng, label="campaign", family=fam, role="disposable", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, MOBILE) if chance(rng, 0.4) else pick(rng, BROWSERS), ips=ip)
        accts.append(a)
        s = float(rng.uniform(ctx.t0, ctx.t1 - HOUR))
        k = irange(rng, 15, 50)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        style = irange(rng, 0, 3)
        ctx.emit(rng, a, ts, [T.longform_prompt(rng, style) for _ in range(k)], models=ctx.models(rng, ts),
                 comp_median=1500.0, comp_sigma=0.35, err=0.08)
    ctx.campaign(cid, fam, accts, {"accounts": n, "cards": len(cards), "gap_median_s": gap, "burst": "15-50"})


# ---------------------------------------------------------------------------------------------
# wash_charger: an API reseller relaying its customers' genuine chat (varied client user agents, all
# hours) through a few keys on cloud egress, into which its operator mixes its own harvesting jobs
# (reasoning-trace problems and long-form generation) at a steady share.


def wash_charger(ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wash_charger"
    n = irange(rng, 3, 5)
    prov = pick(rng, ("alibaba", "tencent", "vultr", "digitalocean"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    rate = float(rng.uniform(15, 40))
    share = float(rng.uniform(0.25, 0.5))
    client_uas = list(SDK_OTHER[:8]) + list(BROWSERS[:2]) + ["Dart/3.6 (dart:io)", "okhttp/4.12.0"]
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="relay_key", campaign_id=cid, org=org, pay=pay,
                        ua="", ips=cloud(rng, irange(rng, 1, 2), prov))
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0, 0.1)) * (ctx.t1 - ctx.t0)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(float(rng.uniform(11, 15)), 0.5))
        own = rng.random(len(ts)) < share
        prompts, uas, comp = [], [], []
        for o in own.tolist():
            if o:
                if chance(rng, 0.6):
                    prompts.append(T.WASHBACK_STYLES[pick(rng, (0, 2, 3))](T.any_problem(rng), rng))
                    comp.append(1300.0)
                else:
                    prompts.append(T.longform_prompt(rng, pick(rng, (1, 2))))
                    comp.append(1400.0)
                uas.append("python-httpx/0.28.1")
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(330.0)
                uas.append(pick(rng, client_uas))
        ctx.emit(rng, a, ts, prompts, ua=uas, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.25),
                 comp_median=np.asarray(comp), err=0.03)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "per_key_per_hour": rate, "own_share": share})


CAMPAIGN_FAMILIES = {
    "washback": washback,
    "worm_tub": worm_tub,
    "spirit_safe": spirit_safe,
    "lyne_arm": lyne_arm,
    "feints_receiver": feints_receiver,
    "doubler": doubler,
    "pot_still": pot_still,
    "wash_charger": wash_charger,
}
