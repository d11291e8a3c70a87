"""Campaign families of batch 43 (distillation operations), written without reading the monitor.

Each family is a function `(ctx, rng, campaign_id) -> None` that creates its accounts, writes
their events into `ctx.sink` and records the campaign in `ctx.truth`. The code names say nothing
about what a family does; the descriptions are in the comments below and in README.md.
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
    evening_person,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    mobile_v6,
    nightly,
    pick,
    providers,
    rented_block,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind43 import texts

CAMPAIGN = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _mixed_models(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, mask: np.ndarray,
                  p_a: tuple[float, float], p_b: tuple[float, float]) -> list[str]:
    """Per event: the (p_new, p_mini) of group a where mask is true, of group b elsewhere."""
    ma = ctx.models(rng, ts, *p_a)
    mb = ctx.models(rng, ts, *p_b)
    return [x if m else y for x, y, m in zip(ma, mb, mask.tolist(), strict=True)]


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


# ------------------------------------------------------------------------------------------
# marver: reasoning-trace harvesting by a cell-structured worker pool that starts hours after the
# new model's release. 3-5 cells, each its own org and card and its own rented /24 block(s) at a
# different hosting provider; one Poisson job queue is shared by every key of every cell (jobs go
# to whichever key is free), running round the clock except for a short daily restart window.
# Prompts: random maths / code-tracing / logic problems wrapped in seven trace-coercion styles
# (scratchpad tags, JSON step lists, Chinese and Spanish versions, "narrate your monologue").
# Two keys of the first cell probe the pipeline on the old model a day or two before release.


def marver(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "marver"
    n_cells = irange(rng, 3, 5)
    per_cell = [irange(rng, 4, 8) for _ in range(n_cells)]
    provs = [str(p) for p in rng.choice(providers(), size=n_cells, replace=False)]
    start = ctx.release + rng.uniform(0.5, 8.0) * HOUR
    rate = rng.uniform(90, 170)
    gap_at, gap_len = rng.uniform(0, 24), rng.uniform(0.75, 2.0)
    comp = rng.uniform(1100, 1800)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(((local_hour(ts, 0) - gap_at) % 24.0) < gap_len, 0.0, 1.0)

    accounts = []
    for c in range(n_cells):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.3)
        block = rented_block(rng, provs[c], irange(rng, 1, 2), irange(rng, 3, 5))
        for _ in range(per_cell[c]):
            accounts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role=f"cell{c}", campaign_id=camp,
                                        org=org, pay=pay, ua=ua, ips=block))
    for acct, ts in zip(accounts, worker_pool(rng, start, ctx.t1, rate, len(accounts), curve), strict=True):
        prompts = [texts.trace_prompt(rng, texts.any_problem(rng)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=comp,
                 comp_sigma=0.5, err=0.04)
    probe_from = ctx.release - rng.uniform(1.0, 2.5) * DAY
    for acct in accounts[:2]:
        starts = np.sort(rng.uniform(probe_from, ctx.release - 2 * HOUR, size=irange(rng, 2, 4)))
        ts = _cat(bursts(rng, starts, rng.uniform(8, 20), 3.0))
        prompts = [texts.trace_prompt(rng, texts.any_problem(rng)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=comp, comp_sigma=0.5)
    ctx.campaign(camp, fam, accounts, {"cells": n_cells, "keys_per_cell": per_cell, "providers": provs,
                                       "start_after_release_h": _r((start - ctx.release) / HOUR),
                                       "jobs_per_hour": _r(rate), "restart_gap_h": _r(gap_len),
                                       "completion_median": _r(comp)})


# ------------------------------------------------------------------------------------------
# punty (deliberately hard, low-and-slow): 5-9 accounts that behave like private people - home
# ISP addresses matching their time zone, evening-heavy human sessions with think times, browser or
# common SDK user agents, distinct orgs (cards shared by pairs). Between 35 % and 55 % of their
# prompts are genuine ShareGPT chat; the rest walk expert syllabi (two domains per campaign, in turn)
# concept by aspect, the grid split across the accounts so no two ask the same thing. Casual voice.


def punty(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "punty"
    domains = [str(d) for d in rng.choice(sorted(texts.SYLLABI), size=2, replace=False)]
    n = irange(rng, 5, 9)
    # the coverage grid: concept x aspect of the first domain, then of the second once it is done
    grid = [(str(c), a, d) for d in domains for c in rng.permutation(texts.SYLLABI[d])
            for a in rng.permutation(texts.ASPECTS).tolist()]
    p_genuine = rng.uniform(0.35, 0.55)
    cards = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    accounts, per_acct = [], []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.3) else sdk_ua(rng, 0.7)
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="persona", campaign_id=camp, pay=cards[i // 2],
                           ua=ua, ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _cat(session_times(rng, start, ctx.t1, rng.uniform(1.5, 3.5), evening_person(tz),
                                rng.uniform(3.0, 6.0), rng.uniform(90, 300)))
        harvest = rng.random(len(ts)) >= p_genuine
        mine = iter(grid[i::n])
        prompts, comp = [], np.where(harvest, 950.0, 340.0)
        for h in harvest.tolist():
            nxt = next(mine, None) if h else None
            if nxt is None:
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(texts.expert_prompt(rng, nxt[0], nxt[2], nxt[1]))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.1), comp_median=comp, comp_sigma=0.6)
        accounts.append(acct)
        per_acct.append(len(ts))
    ctx.campaign(camp, fam, accounts, {"accounts": n, "domains": domains, "p_genuine": _r(p_genuine),
                                       "events_per_account": per_acct})


# ------------------------------------------------------------------------------------------
# lehr: preference / reward-model data. 6-12 keys in two teams (two orgs, two cards), each team on a
# rented block of its own cloud provider. Every night (operator's local time) each key fires a few
# tight batches: a user question plus two existing answers and a rubric, asking for per-criterion
# justification, a verdict, and a new answer that beats both (four template styles). Long prompts,
# long completions; runs from the second day, on the new model once it is out.


def lehr(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "lehr"
    n = irange(rng, 6, 12)
    provs = [str(p) for p in rng.choice(("gcp", "azure", "aws", "oracle"), size=2, replace=False)]
    tz = pick(rng, TZS)
    start_h, hours = rng.uniform(0, 3), rng.uniform(4, 7)
    night = nightly(start_h, hours, tz)
    per_night = rng.uniform(3, 6)
    size, gap = rng.uniform(10, 25), rng.uniform(3, 9)
    comp = rng.uniform(900, 1400)
    teams = [(hexid(rng, "org"), hexid(rng, "pay"), rented_block(rng, provs[k], 1, irange(rng, 3, 6)),
              pick(rng, ("python-requests/2.32.3", "litellm/1.60.2", "aiohttp/3.11.11"))) for k in range(2)]
    begin = ctx.t0 + rng.uniform(0.5, 1.5) * DAY
    accounts = []
    for i in range(n):
        org, pay, block, ua = teams[i % 2]
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role=f"team{i % 2}", campaign_id=camp, org=org,
                           pay=pay, ua=ua, ips=block, tz=tz)
        starts = thinned(rng, begin, ctx.t1, per_night * (ctx.t1 - begin) / DAY, night)
        ts = _cat(bursts(rng, starts, size, gap, 0.4, ctx.t1))
        prompts = [texts.preference_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=comp, comp_sigma=0.45)
        accounts.append(acct)
    ctx.campaign(camp, fam, accounts, {"keys": n, "providers": provs, "tz": tz, "night_start_h": _r(start_h),
                                       "night_hours": _r(hours), "batches_per_night": _r(per_night),
                                       "batch_size": _r(size), "gap_s": _r(gap), "completion_median": _r(comp)})


# ------------------------------------------------------------------------------------------
# glory_hole: a gateway reseller (3-5 keys, two cards) relaying real end users' traffic from a
# handful of hosts in one Chinese cloud, and slipping its own harvesting in between: requests for
# answers on politically sensitive topics rewritten to be "compliant" or given in two versions
# (Chinese and English templates). Load follows a UTC+8 day; the harvest share rises after release.


def glory_hole(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "glory_hole"
    n = irange(rng, 3, 5)
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 2, 4))
    share = rng.uniform(0.3, 0.45)
    office, eve = workday(8, 9.0, 23.0, weekend=0.5, night=0.05), evening_person(8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(office(ts), eve(ts))

    cards = [hexid(rng, "pay") for _ in range(2)]
    accounts, volumes = [], []
    for i in range(n):
        ua = pick(rng, ("new-api/0.4.9", "one-api/0.6.11", "Go-http-client/2.0", "go-openai/1.36.0"))
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="gateway", campaign_id=camp, pay=cards[i % 2], ua=ua,
                           ips=block, tz=8)
        vol = rng.uniform(500, 1100)
        ts = thinned(rng, ctx.t0, ctx.t1, vol, curve)
        p = np.where(ts >= ctx.release, min(0.8, share * 1.4), share * 0.5)
        harvest = rng.random(len(ts)) < p
        prompts = [texts.rewrite_prompt(rng, pick(rng, ctx.passages)) if h else texts.relay_prompt(rng, ctx.chat)
                   for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=_mixed_models(ctx, rng, ts, harvest, (0.95, 0.0), (0.55, 0.15)),
                 comp_median=np.where(harvest, 850.0, 330.0), comp_sigma=0.6, err=0.02)
        accounts.append(acct)
        volumes.append(_r(vol, 1))
    ctx.campaign(camp, fam, accounts, {"keys": n, "provider": prov, "harvest_share": _r(share),
                                       "events_per_key": volumes})


# ------------------------------------------------------------------------------------------
# blowpipe: agent / tool-use trajectories. 10-20 keys in two orgs on budget hosting (one address
# per key); from day 1.5-3.2 a Poisson stream of synthetic tasks (shell, SQL, browser, API
# environments, 6-14 tasks an hour in all) is shared across the keys; each task is a trajectory of
# 3-11 sequential calls a few seconds apart with a growing context (extra prompt tokens), ending in
# a long "worked example" report. Before release it runs on the old flagship.


def blowpipe(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "blowpipe"
    n = irange(rng, 10, 20)
    start = ctx.t0 + rng.uniform(1.5, 3.2) * DAY
    rate = rng.uniform(6, 14)
    step_gap = rng.uniform(5, 14)
    ctx_tokens = rng.uniform(250, 600)
    orgs = []
    for _ in range(2):
        prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
        orgs.append((hexid(rng, "org"), hexid(rng, "pay"), prov,
                     pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))))
    accounts = []
    for i in range(n):
        org, pay, prov, ua = orgs[i % 2]
        accounts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="runner", campaign_id=camp, org=org,
                                    pay=pay, ua=ua, ips=cloud(rng, 1, prov)))
    for acct, starts in zip(accounts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        ts_all, prompts, comp, extra = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 11)
            env, task = texts.agent_task(rng)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.7, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                last = j == k - 1
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, env, task, j, last))
                comp.append(900.0 if last else 220.0)
                extra.append(int(j * ctx_tokens))
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=np.asarray(comp),
                 comp_sigma=0.5, extra=np.asarray(extra))
    ctx.campaign(camp, fam, accounts, {"keys": n, "start_day": _r((start - ctx.t0) / DAY), "tasks_per_hour": _r(rate),
                                       "step_gap_s": _r(step_gap), "context_tokens_per_step": _r(ctx_tokens),
                                       "providers": [o[2] for o in orgs]})


# ------------------------------------------------------------------------------------------
# crimp (off the usual shapes): 2-4 keys of one org and card on GCP, each with a static egress
# address, sending one request every 14-40 minutes on a jittered cron, all week, with a couple of
# multi-hour outages. Few requests, but each asks for a whole batch of synthetic instruction data
# (JSONL records, Q/A pairs, multi-turn dialogues) across a topic taxonomy, so every completion is
# near the output limit. Switches to the new model at release.


def crimp(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "crimp"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    comp = rng.uniform(4200, 6500)
    accounts, periods = [], []
    batch_no = irange(rng, 100, 5000)
    for _ in range(n):
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="generator", campaign_id=camp, org=org, pay=pay,
                           ua="python-requests/2.32.3", ips=cloud(rng, irange(rng, 1, 2), "gcp"))
        period = rng.uniform(14, 40) * MINUTE
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = np.arange(start, ctx.t1, period) + rng.normal(0, 25, size=len(np.arange(start, ctx.t1, period)))
        for _ in range(irange(rng, 1, 2)):
            a = rng.uniform(start, ctx.t1)
            ts = ts[(ts < a) | (ts > a + rng.uniform(3, 10) * HOUR)]
        ts = np.sort(ts)
        prompts = []
        for _j in range(len(ts)):
            prompts.append(texts.selfinstruct_prompt(rng, batch_no)[0])
            batch_no += 1
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.99, 0.0), comp_median=comp, comp_sigma=0.25,
                 err=0.02)
        accounts.append(acct)
        periods.append(_r(period / MINUTE, 1))
    ctx.campaign(camp, fam, accounts, {"keys": n, "period_min": periods, "completion_median": _r(comp)})


# ------------------------------------------------------------------------------------------
# yoke: disposable accounts behind mobile-carrier proxies. From 0-12 h after release, 2-4 "lanes"
# each run one fresh account (new org, card from a small prepaid pool, carrier IPv6 addresses,
# mobile-app user agent) for a few hours at a steady Poisson rate, abandon it, and start the next
# after a short pause. Prompts: multilingual explain / pros-and-cons / guide seeds in 4-6 languages.


def yoke(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "yoke"
    lanes = irange(rng, 2, 4)
    start = ctx.release + rng.uniform(0, 12) * HOUR
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 8))]
    langs = [str(x) for x in rng.choice(sorted(texts.LANGUAGES), size=irange(rng, 4, 6), replace=False)]
    life_med = rng.uniform(2.0, 4.0) * HOUR
    rate = rng.uniform(20, 45)
    comp = rng.uniform(550, 850)
    accounts = []
    for lane in range(lanes):
        kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        t = start + rng.uniform(0, 2) * HOUR
        while t < ctx.t1:
            life = float(rng.lognormal(np.log(life_med), 0.5))
            acct = ctx.account(rng, label=CAMPAIGN, family=fam, role=f"lane{lane}", campaign_id=camp,
                               pay=pick(rng, cards), ua=pick(rng, MOBILE[3:]),
                               ips=mobile_v6(rng, irange(rng, 1, 3), kind))
            ts = thinned(rng, t, min(t + life, ctx.t1), rate * life / HOUR, lambda x: np.ones(len(x)))
            if len(ts) == 0:
                ts = np.asarray([t])
            prompts = [texts.multilingual_prompt(rng, langs)[0] for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.98, 0.0), comp_median=comp, comp_sigma=0.5,
                     err=0.03)
            accounts.append(acct)
            t += life + float(rng.lognormal(np.log(20 * MINUTE), 0.6))
    ctx.campaign(camp, fam, accounts, {"lanes": lanes, "accounts": len(accounts), "languages": langs,
                                       "life_median_h": _r(life_med / HOUR), "per_hour": _r(rate),
                                       "start_after_release_h": _r((start - ctx.release) / HOUR)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "blowpipe": blowpipe,
    "crimp": crimp,
    "glory_hole": glory_hole,
    "lehr": lehr,
    "marver": marver,
    "punty": punty,
    "yoke": yoke,
}
