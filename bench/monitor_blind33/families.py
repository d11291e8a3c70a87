"""Campaign families of blind batch 33 (distillation operations), one generator per code name.

Each generator is called as `fn(ctx, rng, campaign_id)` by `bench.blind_batch.build_batch`; it
creates its accounts (label "campaign"), emits their events and records the campaign with its
randomised parameters. What each operation does is described in comments here and in README.md;
identifiers and truth labels carry only the code name.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    Ctx,
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
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    worker_pool,
)
from bench.monitor_blind33 import texts

LABEL = "campaign"


def _split_by_life(rng: np.random.Generator, ts: np.ndarray, start: float, life_days: tuple[float, float]):
    """Cut one slot's time series into consecutive account lifetimes (a key is burned, the next
    takes over). Returns [(onboard_ts, times)] with each lifetime ~ U(life_days) days."""
    out = []
    a = start
    end = float(ts.max()) + 1.0 if len(ts) else start
    while a < end:
        b = a + float(rng.uniform(*life_days)) * DAY
        out.append((a, ts[(ts >= a) & (ts < b)]))
        a = b
    return out


# --------------------------------------------------------------------------------------------
# trowel: reasoning-trace coercion run by a regenerating cluster of keys. 2-4 cells, each on its
# own cloud provider with 1-3 shared cards; each cell is a Poisson worker pool over a few slots
# and every slot's key is replaced after a random lifetime of 1-3.5 days (so the account count
# is emergent). Problems are parametric; the wrapper instructions demand written-out reasoning in
# 3-5 of seven styles (English tags, Chinese, JSON steps, markdown, Russian, two-method, plain).

def trowel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "trowel"
    n_cells = irange(rng, 2, 4)
    wrappers = [str(w) for w in rng.choice(list(texts.REASONING_WRAPPERS), irange(rng, 3, 5), replace=False)]
    provs = [str(p) for p in rng.choice(providers(), n_cells, replace=False)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    comp = float(rng.uniform(1300, 2400))
    accts, cells = [], []
    for c in range(n_cells):
        slots = irange(rng, 4, 9)
        rate = float(rng.uniform(12, 40))  # jobs per hour for the whole cell
        cstart = start + float(rng.uniform(0, 30)) * HOUR
        curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
        pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
        ua = sdk_ua(rng, 0.6)
        cell_accts = 0
        for slot_ts in worker_pool(rng, cstart, ctx.t1, rate, slots, curve):
            for onboard, ts in _split_by_life(rng, slot_ts, cstart + float(rng.uniform(0, 6)) * HOUR, (1.0, 3.5)):
                ts = ts[ts >= onboard]
                if len(ts) == 0:
                    continue
                acct = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid,
                                   pay=pick(rng, pays), ua=ua, ips=cloud(rng, irange(rng, 1, 3), provs[c]))
                accts.append(acct)
                cell_accts += 1
                prompts = [texts.reasoning_prompt(rng, wrappers) for _ in range(len(ts))]
                ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
                         comp_median=comp, comp_sigma=0.5, err=0.04)
        cells.append({"provider": provs[c], "slots": slots, "jobs_per_hour": round(rate, 1),
                      "cards": len(pays), "user_agent": ua, "accounts": cell_accts})
    ctx.campaign(cid, name, accts, {"operation": "reasoning_trace_coercion", "pacing": "poisson_worker_pool_per_cell",
                                    "ip_source": "cloud_per_cell", "key_rotation_days": [1.0, 3.5],
                                    "wrappers": wrappers, "completion_median": round(comp), "cells": cells})


# --------------------------------------------------------------------------------------------
# dibber: the deliberately hard low-and-slow one. 6-12 unrelated-looking browser accounts (own
# org, own card), each behind a sticky residential proxy whose region matches the persona's
# timezone, human session pacing (evening-heavy), 1-2.5 sessions a day. 30-60 % of prompts are
# genuine chat (ShareGPT); the rest are long-form expert questions from 1-2 professional domains,
# phrased naturally.

def dibber(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dibber"
    n = irange(rng, 6, 12)
    domains = [str(d) for d in rng.choice(list(texts.EXPERT_TOPICS), irange(rng, 1, 2), replace=False)]
    p_gen = float(rng.uniform(0.3, 0.6))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, (-8, -5, 0, 1, 2)))
        pool = home(rng, irange(rng, 15, 60), tz)
        acct = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid, ua=pick(rng, BROWSERS),
                           ips=pool, tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 2.5)), evening_person(tz),
                             float(rng.uniform(2.0, 4.0)), float(rng.uniform(90, 300)))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        gen = rng.random(len(ts)) < p_gen
        prompts = [pick(rng, ctx.chat) if g else texts.expert_prompt(rng, pick(rng, domains)) for g in gen.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
                 ips=sticky(rng, ts, pool, float(rng.uniform(20, 90)) * MINUTE),
                 comp_median=np.where(gen, 350.0, 950.0), comp_sigma=0.6, err=0.005)
    ctx.campaign(cid, name, accts, {"operation": "expert_longform_low_and_slow", "pacing": "human_sessions_evening",
                                    "ip_source": "sticky_residential_matching_tz", "domains": domains,
                                    "genuine_share": round(p_gen, 2), "accounts": n})


# --------------------------------------------------------------------------------------------
# secateurs: reward-model / judge data. One org, one card, 3-6 keys sharing a small rented cloud
# block, a constant 24/7 Poisson pool of 45-110 jobs/h with 1-4 multi-hour outages. Grades
# ordinary assistant answers (rubric JSON, pairwise A/B, critique-and-rewrite, terse Likert).
# Only the old flagship before the release, only the new model after it (re-grading).

def secateurs(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "secateurs"
    n = irange(rng, 3, 6)
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 5))
    org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, SDK_OTHER)
    styles = ["score", "pair", "critique", "likert"]
    w = rng.dirichlet(np.ones(4) * 1.5)
    comp_by = {"score": 260.0, "pair": 320.0, "critique": 950.0, "likert": 90.0}
    rate = float(rng.uniform(45, 110))
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    outages = []
    for _ in range(irange(rng, 1, 4)):
        a = float(rng.uniform(start, ctx.t1))
        outages.append((a, a + float(rng.uniform(2, 9)) * HOUR))
    accts = [ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=list(block)) for _ in range(n)]
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        for a, b in outages:
            ts = ts[(ts < a) | (ts >= b)]
        st = [styles[i] for i in rng.choice(4, size=len(ts), p=w).tolist()]
        prompts = [texts.rubric_prompt(rng, ctx.passages, s) for s in st]
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.array([comp_by[s] for s in st]),
                 comp_sigma=0.45, err=0.05)
    ctx.campaign(cid, name, accts, {"operation": "judge_and_preference_labels", "pacing": "constant_pool_with_outages",
                                    "ip_source": f"rented_block:{prov}", "jobs_per_hour": round(rate, 1),
                                    "style_weights": dict(zip(styles, np.round(w, 2).tolist(), strict=True)),
                                    "outages": len(outages), "pivot": "new_model_only_after_release", "accounts": n})


# --------------------------------------------------------------------------------------------
# loppers: an API relay (reseller) whose 3-5 keys carry a mixed stream: genuine downstream chat
# (35-65 %) and one customer's requests for "safe for any audience" rewrites and paired
# normal/cautious answers on contested political topics, in Chinese and English. Cloud IPs in
# one provider, relay user agent, a global load curve peaking in the Asian evening.

def loppers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "loppers"
    n = irange(rng, 3, 5)
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "huawei", "hetzner", "vultr"))
    ips = cloud(rng, irange(rng, 2, 4), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "one-api/0.6.11", "new-api/v0.4.9", "okhttp/4.12.0", "python-httpx/0.28.1"))
    styles = [str(s) for s in rng.choice(["zh_brief", "zh_pair", "en_rewrite", "en_pair", "en_entry"],
                                         irange(rng, 3, 5), replace=False)]
    p_gen = float(rng.uniform(0.35, 0.65))
    rate = float(rng.uniform(40, 100))
    peak = float(rng.uniform(11, 15))
    accts = [ctx.account(rng, label=LABEL, family=name, role="reseller", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=ips) for _ in range(n)]
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, global_load(peak, 0.6)), strict=True):
        gen = rng.random(len(ts)) < p_gen
        prompts = [pick(rng, ctx.chat) if g else texts.rewrite_prompt(rng, ctx.passages, pick(rng, styles))
                   for g in gen.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.15),
                 comp_median=np.where(gen, 350.0, 700.0), comp_sigma=0.6, err=0.02)
    ctx.campaign(cid, name, accts, {"operation": "relay_with_sensitive_rewrites", "pacing": "pool_global_load",
                                    "ip_source": f"cloud:{prov}", "styles": styles, "genuine_share": round(p_gen, 2),
                                    "jobs_per_hour": round(rate, 1), "user_agent": ua, "accounts": n})


# --------------------------------------------------------------------------------------------
# hoe: agent / tool-use transcript generation. 6-12 keys in two orgs on a budget cloud provider,
# one IP each. Episodes arrive as a Poisson pool (3-8 per hour); each episode is 4-16 chained
# calls seconds apart whose context (extra prompt tokens) grows each step; three prompt formats.

def hoe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hoe"
    n = irange(rng, 6, 12)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "linode", "scaleway"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    rate = float(rng.uniform(3, 8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    base, growth = irange(rng, 800, 2500), irange(rng, 300, 900)
    step_gap = float(rng.uniform(3, 10))
    style_set = [str(s) for s in rng.choice(["react", "json", "plain"], irange(rng, 1, 3), replace=False)]
    accts = []
    for i, starts in enumerate(worker_pool(rng, start, ctx.t1, rate, n)):
        k = i % 2
        acct = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid, org=orgs[k], pay=pays[k],
                           ua=ua, ips=cloud(rng, 1, prov))
        accts.append(acct)
        style = pick(rng, style_set)
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            steps = irange(rng, 4, 16)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_first(rng, style) if j == 0 else texts.agent_step(rng, style))
                extra.append(0 if j == 0 else base + growth * j)
                comp.append(600.0 if j == steps - 1 else 220.0)
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0),
                 comp_median=np.asarray(comp), comp_sigma=0.5, extra=np.asarray(extra), err=0.02)
    ctx.campaign(cid, name, accts, {"operation": "agent_trajectories", "pacing": "episode_pool_chained_steps",
                                    "ip_source": f"cloud:{prov}", "episodes_per_hour": round(rate, 1),
                                    "styles": style_set, "context_base": base, "context_growth": growth,
                                    "accounts": n})


# --------------------------------------------------------------------------------------------
# mattock: the shape that does not fit. 70-160 throwaway accounts, each alive for a few hours
# and sending only 2-14 requests, from phone carriers' IPv6 (a fresh address per request) with
# app user agents, own org and card each. Short synthetic-data requests (Q/A pairs, sample
# dialogues) in 2-4 of English, Portuguese, Hindi, Indonesian. Onboarding leans after release.

def mattock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "mattock"
    n = irange(rng, 70, 160)
    carriers = [str(c) for c in rng.choice(["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], 2, replace=False)]
    langs = [str(x) for x in rng.choice(["en", "pt", "hi", "id"], irange(rng, 2, 4), replace=False)]
    p_after = float(rng.uniform(0.5, 0.8))
    accts = []
    for _ in range(n):
        carrier = pick(rng, carriers)
        acct = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid, ua=pick(rng, MOBILE[3:]),
                           ips=mobile_v6(rng, 1, carrier))
        accts.append(acct)
        if chance(rng, p_after):
            a = float(rng.uniform(ctx.release, ctx.t1))
        else:
            a = float(rng.uniform(ctx.t0, ctx.release))
        k = irange(rng, 2, 14)
        ts = a + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(150), 1.0, size=k - 1))])
        lang = pick(rng, langs)
        prompts = [texts.dataset_prompt(rng, lang) for _ in range(k)]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2),
                 ips=mobile_v6(rng, k, carrier), comp_median=900.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, name, accts, {"operation": "disposable_mobile_accounts", "pacing": "few_requests_per_account",
                                    "ip_source": f"mobile_v6:{'+'.join(carriers)}", "languages": langs,
                                    "share_after_release": round(p_after, 2), "accounts": n})


# --------------------------------------------------------------------------------------------
# rake: fresh keys at the model release. 12-28 keys created within 6 hours after release (plus
# 2-5 keys opened 2-20 h before it that only probe once or twice), a Poisson pool that
# over-drives them so each hits its own daily cap (90-220 per UTC day) and goes quiet, a new
# residential exit for every request from one region's pool, 2-4 shared cards. Capability sweep
# prompts (domain x level x language) in 1-3 of three header styles; new model only.

def rake(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rake"
    n = irange(rng, 12, 28)
    region = pick(rng, ("*", "sea", "latam", "eu", "us"))
    pool = resi(rng, irange(rng, 200, 800), region)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = sdk_ua(rng, 0.7)
    styles = [str(s) for s in rng.choice(["bracket", "yaml", "prose"], irange(rng, 1, 3), replace=False)]
    cap = irange(rng, 90, 220)
    rate = n * cap / 24.0 * float(rng.uniform(1.2, 2.0))
    accts = []
    for _ in range(irange(rng, 2, 5)):  # early probes
        acct = ctx.account(rng, label=LABEL, family=name, role="probe", campaign_id=cid, pay=pick(rng, pays), ua=ua,
                           ips=pool)
        accts.append(acct)
        ts = np.sort(ctx.release - rng.uniform(2, 20, size=irange(rng, 1, 2)) * HOUR)
        ctx.emit(rng, acct, ts, [texts.sweep_prompt(rng, pick(rng, styles)) for _ in ts], models=ctx.old_models[0],
                 ips=[pick(rng, pool) for _ in ts], comp_median=800.0)
    onboard = ctx.release + rng.uniform(0, 6, size=n) * HOUR
    for i, ts in enumerate(worker_pool(rng, ctx.release, ctx.t1, rate, n)):
        acct = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=cid, pay=pick(rng, pays), ua=ua,
                           ips=pool)
        accts.append(acct)
        ts = ts[ts >= onboard[i]]
        day = np.floor(ts / DAY).astype(np.int64)
        keep = np.zeros(len(ts), dtype=bool)
        for d in np.unique(day).tolist():
            idx = np.flatnonzero(day == d)[:cap]
            keep[idx] = True
        ts = ts[keep]
        ctx.emit(rng, acct, ts, [texts.sweep_prompt(rng, pick(rng, styles)) for _ in range(len(ts))],
                 models=ctx.new_model, ips=[pick(rng, pool) for _ in range(len(ts))], comp_median=800.0,
                 comp_sigma=0.55, err=0.03)
    ctx.campaign(cid, name, accts, {"operation": "release_capability_sweep", "pacing": "overdriven_pool_daily_cap",
                                    "ip_source": f"rotating_residential:{region}", "daily_cap": cap,
                                    "jobs_per_hour": round(rate, 1), "styles": styles, "cards": len(pays),
                                    "accounts": len(accts)})


CAMPAIGN_FAMILIES = {
    "trowel": trowel,
    "dibber": dibber,
    "secateurs": secateurs,
    "loppers": loppers,
    "hoe": hoe,
    "mattock": mattock,
    "rake": rake,
}
