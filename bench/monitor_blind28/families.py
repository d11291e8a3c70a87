"""Campaign families of blind batch 28 (distillation operations), written without reading the monitor.

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts through
`ctx.account(...)`, writes their events with `ctx.emit(...)` and records one campaign with
`ctx.campaign(...)`. Parameters are drawn per seed. The code names say nothing about the
operation; what each one does is in the comments here and in README.md.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
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
)
from bench.monitor_blind28 import texts

CAMP = "campaign"


def _live_pool(rng: np.random.Generator, jobs: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[np.ndarray]:
    """Hand each job time to one account alive at that time (start <= t < end), uniformly; jobs with
    no live account are dropped. Returns one sorted array of times per account."""
    jobs = np.asarray(jobs)
    n = len(starts)
    if len(jobs) == 0:
        return [np.empty(0) for _ in range(n)]
    alive = (jobs[:, None] >= starts[None, :]) & (jobs[:, None] < ends[None, :])
    k = alive.sum(axis=1)
    keep = k > 0
    jobs, alive, k = jobs[keep], alive[keep], k[keep]
    rank = np.floor(rng.random(len(jobs)) * k).astype(np.int64)
    who = (np.cumsum(alive, axis=1) > rank[:, None]).argmax(axis=1)
    return [np.sort(jobs[who == i]) for i in range(n)]


def _mix_models(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, mask: np.ndarray, p_a: float, p_b: float,
                mini_a: float = 0.02, mini_b: float = 0.1) -> list[str]:
    """Per event: models drawn with p_new=p_a where mask is true, p_new=p_b elsewhere."""
    ma = ctx.models(rng, ts, p_new=p_a, p_mini=mini_a)
    mb = ctx.models(rng, ts, p_new=p_b, p_mini=mini_b)
    return [x if m else y for x, y, m in zip(ma, mb, np.asarray(mask).tolist(), strict=True)]


# ---------------------------------------------------------------------------------------------
# ruy_lopez — a hydra cluster of fresh accounts opened around the new model's release. A single
# job queue of maths/logic problems wrapped in instructions that demand the full written-out
# deliberation (reasoning-trace coercion) is served by whichever keys are alive, i.e. a Poisson
# worker pool; a few keys are abandoned early. Egress: a rented block of /24s at one cloud
# provider; a handful of prepaid cards shared across the keys; one async HTTP client. One
# multi-hour outage (the operator redeploying). Long completions, mostly the new model.


def ruy_lopez(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ruy_lopez"
    n = irange(rng, 28, 52)
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "linode", "m247", "leaseweb", "aws"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 6, 12))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    ua_main = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    lead = float(rng.uniform(3, 10)) * HOUR
    spread = float(rng.uniform(18, 40)) * HOUR
    per_hour = float(rng.uniform(110, 230))
    stop = ctx.t1 - float(rng.uniform(0, 12)) * HOUR
    o0 = float(rng.uniform(ctx.release + spread, max(ctx.release + spread + 1, stop - 10 * HOUR)))
    olen = float(rng.uniform(3, 9)) * HOUR

    accts: list[Acct] = []
    starts, ends = np.empty(n), np.empty(n)
    for i in range(n):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng)
        accts.append(ctx.account(rng, label=CAMP, family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                                 ua=ua, ips=picks(rng, block, irange(rng, 1, 3))))
        starts[i] = ctx.release - lead + float(rng.uniform(0, lead + spread))
        ends[i] = starts[i] + float(rng.uniform(6, 30)) * HOUR if chance(rng, 0.2) else stop

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where((ts >= o0) & (ts < o0 + olen), 0.0, 1.0)

    jobs = thinned(rng, float(starts.min()), stop, per_hour * (stop - starts.min()) / HOUR, curve)
    for a, ts in zip(accts, _live_pool(rng, jobs, starts, ends), strict=True):
        ctx.emit(rng, a, ts, [texts.verbose_trace(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=1500.0, comp_sigma=0.45, err=0.05)
    ctx.campaign(cid, fam, accts, {"operation": "reasoning_trace_coercion", "pacing": "poisson_worker_pool",
                                   "ip_source": f"rented_block:{prov}", "accounts": n, "cards": len(cards),
                                   "per_hour": round(per_hour, 1), "user_agent": ua_main,
                                   "outage_h": round(olen / HOUR, 1), "languages": ["en", "zh", "ru"]})


# ---------------------------------------------------------------------------------------------
# grunfeld — preference / reward labelling: candidate answers (here: ShareGPT answers standing in
# for the operator's student model outputs) are sent with a rubric and the model is asked to
# judge, score and critique them. Each key has its own card and org (virtual cards), traffic goes
# out through a shared residential proxy pool with sticky sessions; a key fires batches during
# the operator's long working day. Long prompts, medium completions; en/es/ko and XML/JSON styles.


def grunfeld(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "grunfeld"
    n = irange(rng, 12, 24)
    regs = [str(r) for r in rng.choice(regions(), size=irange(rng, 2, 3), replace=False)]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 150, 400), r)]
    op_tz = pick(rng, TZS)
    curve = workday(op_tz, start=8.0, end=22.0, weekend=0.5, night=0.05)
    hold = float(rng.uniform(600, 1800))
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(12, 32))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMP, family=fam, role="grader", campaign_id=cid, ua=sdk_ua(rng, 0.6), ips=pool)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = np.sort(np.concatenate([np.empty(0)] + [
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(3, 10)), 0.5,
                                                                size=max(0, int(rng.poisson(size)) - 1)))])
            for s in starts.tolist()]))
        prompts = [texts.rubric_grade(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
                 ips=sticky(rng, ts, pool, hold), comp_median=240.0, comp_sigma=0.55, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "rubric_preference_grading", "pacing": "batches_in_operator_day",
                                   "ip_source": "residential_proxy_sticky", "proxy_regions": regs,
                                   "operator_tz": op_tz, "accounts": n, "bursts_per_day": round(per_day, 2),
                                   "burst_size": round(size, 1), "languages": ["en", "es", "ko"]})


# ---------------------------------------------------------------------------------------------
# pirc — LOW AND SLOW. A few individual-looking accounts (home broadband in their own time zone,
# browsers, evening sessions) whose genuine everyday chat is interleaved with requests for long
# textbook-grade expert explanations from a fixed syllabus. Tiny volumes (tens of events per week
# per account); harvested prompts prefer the new model and get long answers. At most one pair of
# accounts shares a card; otherwise nothing links them.


def pirc(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pirc"
    n = irange(rng, 4, 8)
    shared = hexid(rng, "pay") if chance(rng, 0.5) else None
    p_h = float(rng.uniform(0.3, 0.55))
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng)
        a = ctx.account(rng, label=CAMP, family=fam, role="mixed", campaign_id=cid,
                        pay=shared if (shared and i < 2) else None, ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.8, 2.2)), evening_person(tz),
                             float(rng.uniform(2.5, 5.0)), float(rng.uniform(45, 200)))
        ts = np.concatenate([np.empty(0)] + sess)
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.expert_longform(rng) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=_mix_models(ctx, rng, ts, harvest, 0.95, 0.25),
                 comp_median=np.where(harvest, 1100.0, 350.0), comp_sigma=0.5, err=0.005)
    ctx.campaign(cid, fam, accts, {"operation": "expert_longform_mixed_with_real_use", "pacing": "human_sessions",
                                   "ip_source": "home_broadband", "accounts": n, "harvest_share": round(p_h, 2),
                                   "shared_card": shared is not None, "languages": ["en", "es", "de"]})


# ---------------------------------------------------------------------------------------------
# benko — synthetic agent trajectories: the model is asked to write whole tool-use episodes
# (thoughts, JSON calls, invented tool results, recovery, final answer). Two orgs, each one card,
# a few cloud NAT addresses and an orchestration-library user agent; each org runs a steady
# round-the-clock worker pool over its keys, with a chance of a day's pause (budget cap). Large
# hidden system prompts (tool schemas) add prompt tokens; the new and old flagship are both used.


def benko(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "benko"
    n = irange(rng, 6, 11)
    prov = pick(rng, ("gcp", "aws", "azure", "oracle"))
    split = irange(rng, 2, n - 2)
    accts, params_orgs = [], []
    for size in (split, n - split):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 2, 4), prov)
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
        members = [ctx.account(rng, label=CAMP, family=fam, role="generator", campaign_id=cid, org=org, pay=pay,
                               ua=ua, ips=ips) for _ in range(size)]
        accts += members
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        per_hour = float(rng.uniform(12, 28))
        pause0 = float(rng.uniform(start, ctx.t1)) if chance(rng, 0.5) else ctx.t1 + 1
        plen = float(rng.uniform(12, 30)) * HOUR

        def curve(ts: np.ndarray, p0: float = pause0, pl: float = plen) -> np.ndarray:
            return np.where((ts >= p0) & (ts < p0 + pl), 0.0, 1.0)

        jobs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
        st = np.full(size, start)
        en = np.full(size, ctx.t1 + 1)
        for a, ts in zip(members, _live_pool(rng, jobs, st, en), strict=True):
            ctx.emit(rng, a, ts, [texts.agent_trajectory(rng) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.6, p_mini=0.0), comp_median=950.0, comp_sigma=0.5,
                     err=0.015, extra=rng.integers(500, 1500, size=len(ts)))
        params_orgs.append({"accounts": size, "per_hour": round(per_hour, 1), "paused": pause0 <= ctx.t1, "ua": ua})
    ctx.campaign(cid, fam, accts, {"operation": "agent_trajectory_synthesis", "pacing": "worker_pool_per_org",
                                   "ip_source": f"cloud:{prov}", "orgs": params_orgs,
                                   "languages": ["en", "de", "ja"]})


# ---------------------------------------------------------------------------------------------
# nimzo — DOES NOT FIT THE USUAL SHAPES. A grey-market API relay: a few high-volume keys behind
# relay servers at a budget host forward a crowd of real end users' chats (ordinary ShareGPT
# prompts, round-the-clock load with a regional peak), and the relay operator mixes in its own
# slice of instruction/response-pair generation. Two cards shared across the keys.


def nimzo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nimzo"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "alibaba"))
    cards = [hexid(rng, "pay") for _ in range(2)]
    peak = float(rng.uniform(10, 15))
    curve = global_load(peak, 0.55)
    share = float(rng.uniform(0.12, 0.3))
    accts = []
    for _ in range(n):
        ua = "Go-http-client/2.0" if chance(rng, 0.7) else pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
        a = ctx.account(rng, label=CAMP, family=fam, role="relay", campaign_id=cid, pay=pick(rng, cards), ua=ua,
                        ips=cloud(rng, irange(rng, 1, 3), prov))
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(700, 1600)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0), curve)
        own = rng.random(len(ts)) < share
        prompts = [texts.pair_synthesis(rng) if o else pick(rng, ctx.chat) for o in own.tolist()]
        ctx.emit(rng, a, ts, prompts, models=_mix_models(ctx, rng, ts, own, 0.95, 0.5, 0.0, 0.15),
                 comp_median=np.where(own, 750.0, 350.0), comp_sigma=0.6, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "relay_with_pair_generation", "pacing": "global_load",
                                   "ip_source": f"cloud:{prov}", "accounts": n, "operator_share": round(share, 2),
                                   "peak_utc": round(peak, 1), "languages": ["en", "zh"]})


# ---------------------------------------------------------------------------------------------
# caro_kann — DOES NOT FIT THE USUAL SHAPES / hard. A churn farm of throwaway trial accounts: a new
# account is opened every so often (more often after the release), each with its own card, org
# and a single residential exit in a random region, sends a handful to a few dozen self-instruct
# prompts (invent a question and answer it; write new tasks and solve them) in several languages
# over a few hours, and is never used again. Browser-like or SDK user agents.


def caro_kann(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "caro_kann"
    n = irange(rng, 55, 100)
    boost = float(rng.uniform(1.5, 3.0))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= ctx.release, 1.0, 1.0 / boost)

    births = thinned(rng, ctx.t0, ctx.t1 - 3 * HOUR, n * 1.0, curve)
    accts = []
    regs = regions()
    for b in births.tolist():
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else sdk_ua(rng)
        a = ctx.account(rng, label=CAMP, family=fam, role="trial", campaign_id=cid, ua=ua,
                        ips=resi(rng, 1 if chance(rng, 0.85) else 2, pick(rng, regs)))
        accts.append(a)
        k = irange(rng, 6, 28)
        ts = b + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(30, 150)), 0.7, size=k - 1))])
        ctx.emit(rng, a, ts, [texts.self_instruct(rng) for _ in range(k)],
                 models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), comp_median=900.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "trial_account_churn_self_instruct", "pacing": "short_lived_accounts",
                                   "ip_source": "residential_one_exit_per_account", "accounts": len(accts),
                                   "post_release_boost": round(boost, 2),
                                   "languages": ["en", "pt", "id", "vi", "tr"]})


# ---------------------------------------------------------------------------------------------
# benoni — coding distillation dressed as an engineering team: a few keys in one org with one
# card, all behind one or two addresses of a consumer ISP in the team's time zone (looks like an
# office NAT), working-day sessions, but every request asks for a complete implementation with a
# test suite and a design/complexity write-up over a generated catalogue of algorithms × languages
# × constraints. Long completions; the new model after release.


def benoni(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "benoni"
    n = irange(rng, 3, 5)
    tz = pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, irange(rng, 1, 2), tz)
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(15, 35))
    accts = []
    for _ in range(n):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else sdk_ua(rng)
        a = ctx.account(rng, label=CAMP, family=fam, role="coder", campaign_id=cid, org=org, pay=pay, ua=ua, ips=ips,
                        tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        ts = np.concatenate([np.empty(0)] + session_times(rng, start, ctx.t1, per_day, workday(tz), size,
                                                          float(rng.uniform(25, 70)), 0.6))
        ctx.emit(rng, a, ts, [texts.coding_full(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02), comp_median=1100.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "coding_full_solutions", "pacing": "workday_sessions",
                                   "ip_source": "consumer_isp_office_nat", "tz": tz, "accounts": n,
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                   "languages": ["en", "zh"]})


# ---------------------------------------------------------------------------------------------
# alekhine — politically contested questions asked for two answers: a candid one and a rewrite
# that would pass a strict content regulator without refusing (censorship-safe alternatives for
# training data). Keys spread over 2-3 orgs and 3-4 cards, addresses in a rented block at an Asian
# cloud provider; a nightly batch window in UTC+8; mostly Chinese prompts.


def alekhine(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "alekhine"
    n = irange(rng, 7, 13)
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    start_h, hours = float(rng.uniform(0.5, 3.0)), float(rng.uniform(3.5, 6.0))
    curve = nightly(start_h, hours, 8)
    per_night = float(rng.uniform(50, 140))
    accts = []
    for _ in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        a = ctx.account(rng, label=CAMP, family=fam, role="worker", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=ua, ips=picks(rng, block, irange(rng, 1, 2)), tz=8)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        ctx.emit(rng, a, ts, [texts.safe_rewrite(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), comp_median=850.0, comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "censorship_safe_rewrite_pairs", "pacing": "nightly_window_utc+8",
                                   "ip_source": f"rented_block:{prov}", "accounts": n, "orgs": len(orgs),
                                   "cards": len(cards), "window_start_h": round(start_h, 2),
                                   "window_hours": round(hours, 2), "per_night": round(per_night, 1),
                                   "languages": ["zh", "en"]})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "alekhine": alekhine,
    "benko": benko,
    "benoni": benoni,
    "caro_kann": caro_kann,
    "grunfeld": grunfeld,
    "nimzo": nimzo,
    "pirc": pirc,
    "ruy_lopez": ruy_lopez,
}
