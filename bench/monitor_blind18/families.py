"""Campaign families of blind batch 18 (code names only; what each does is in the comments and
README.md). Each is `fn(ctx, rng, campaign_id)`: it creates accounts through `ctx.account`,
emits their events through `ctx.emit` and records the campaign with `ctx.campaign`.

Written without reading the monitor, the policy, or the simulator's own campaign code.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    TZS,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind18 import texts

CAMPAIGN = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# basalt: a hydra of fresh accounts opened around the new model's release, fed by one Poisson
# job queue; exercises wrapped in demands for the full worked reasoning; a shared residential
# proxy pool with sticky sessions; prepaid cards reused by several accounts; accounts drop out
# when they hit their spend cap (a short tail of 429s).


def basalt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "basalt"
    n = irange(rng, 18, 40)
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 2, 5)))]
    regions = [str(r) for r in rng.choice(np.array(["us", "eu", "sea", "latam", "in", "jp_kr"]),
                                          size=irange(rng, 2, 4), replace=False)]
    pool: list[str] = []
    for r in regions:
        pool += resi(rng, irange(rng, 80, 250), r)
    hold = float(rng.uniform(600, 2400))
    uas = [sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 3))]
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    lead = float(rng.uniform(0.5, 3.0)) * HOUR  # some accounts are opened shortly before release
    starts = ctx.release - lead + rng.exponential(float(rng.uniform(3, 10)) * HOUR, size=n)
    caps = rng.integers(40, 260, size=n)
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid,
                         pay=pick(rng, cards), ua=pick(rng, uas), ips=pool) for _ in range(n)]
    style_of = [pick(rng, styles) for _ in range(n)]
    per_acct_hour = float(rng.uniform(0.6, 1.6))
    a = float(starts.min())
    jobs = thinned(rng, max(a, ctx.release), ctx.t1, per_acct_hour * n * (ctx.t1 - max(a, ctx.release)) / HOUR,
                   constant)
    ts_of: list[list[float]] = [[] for _ in range(n)]
    used = np.zeros(n, dtype=np.int64)
    for t in jobs.tolist():
        live = np.flatnonzero((starts <= t) & (used < caps + 6))
        if len(live) == 0:
            continue
        i = int(live[rng.integers(len(live))])
        ts_of[i].append(t)
        used[i] += 1
    for i, acct in enumerate(accts):
        ts = np.asarray(ts_of[i])
        if len(ts) == 0:
            continue
        status = np.where((np.arange(len(ts)) >= caps[i]) | (rng.random(len(ts)) < 0.02), 429, 200)
        prompts = [texts.basalt_prompt(rng, style_of[i]) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), ips=sticky(rng, ts, pool, hold),
                 comp_median=float(rng.uniform(1300, 2200)), comp_sigma=0.45, status=status)
    ctx.campaign(cid, fam, accts, {"accounts": n, "cards": len(cards), "proxy_regions": regions,
                                   "proxy_pool": len(pool), "sticky_s": round(hold), "styles": styles,
                                   "per_account_hour": round(per_acct_hour, 2), "lead_h": round(lead / HOUR, 2)})


# --------------------------------------------------------------------------------------------
# gypsum: a small team of keys on one rented cloud block asks for pairwise judgements under a
# fixed rubric, around the clock; every item is sent a second time with the two candidates
# swapped, sometimes through a different key of the team.


def gypsum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gypsum"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    block = rented_block(rng, provider, irange(rng, 1, 2), n * irange(rng, 2, 4))
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, org=shared_org,
                         pay=pick(rng, pays), ua=ua,
                         ips=[str(x) for x in rng.choice(np.array(block), size=irange(rng, 2, 3), replace=False)])
             for _ in range(n)]
    others = [str(x) for x in rng.choice(np.array(["es", "de", "ja"]), size=irange(rng, 1, 2), replace=False)]
    langs = ["en"] * 3 + others
    n_crit = irange(rng, 3, 5)
    p_cross = float(rng.uniform(0.2, 0.7))
    peak = float(rng.uniform(0, 24))
    curve = global_load(peak, float(rng.uniform(0.1, 0.4)))
    rates = rng.uniform(1.2, 3.0, size=n)  # items per hour (two requests each)
    p_new = float(rng.uniform(0.6, 0.9))
    cols: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for i in range(n):
        start = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        for t in thinned(rng, start, ctx.t1, rates[i] * (ctx.t1 - start) / HOUR, curve).tolist():
            p1, p2 = texts.gypsum_pair(rng, ctx.chat, ctx.passages, pick(rng, langs), n_crit)
            j = int(rng.integers(n)) if chance(rng, p_cross) else i
            cols[i][0].append(t)
            cols[i][1].append(p1)
            cols[j][0].append(t + float(rng.lognormal(np.log(25.0), 0.7)))
            cols[j][1].append(p2)
    for acct, (ts_l, pr) in zip(accts, cols, strict=True):
        order = np.argsort(ts_l)
        ts = np.asarray(ts_l)[order]
        ctx.emit(rng, acct, ts, [pr[k] for k in order.tolist()], models=ctx.models(rng, ts, p_new=p_new),
                 comp_median=float(rng.uniform(220, 420)), comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "shared_org": shared_org is not None,
                                   "languages": sorted(set(langs)), "criteria": n_crit, "p_cross_key": round(p_cross, 2),
                                   "items_per_hour": [round(float(r), 2) for r in rates]})


# --------------------------------------------------------------------------------------------
# obsidian: low and slow. A handful of ordinary-looking individual accounts (browser, evening
# habits, a residential address in the region of their time zone) that mix genuine chat with
# deep expert explanations on a few chosen domains, a few dozen requests each all week.


def obsidian(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "obsidian"
    n = irange(rng, 6, 14)
    domains = [str(d) for d in rng.choice(np.array(texts.obsidian_domains()), size=irange(rng, 2, 3), replace=False)]
    p_h = float(rng.uniform(0.35, 0.6))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, ua=ua,
                           ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ses = session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 2.8)), evening_person(tz),
                            float(rng.uniform(3, 6)), float(rng.uniform(60, 180)))
        ts = _cat(ses)
        if len(ts) == 0:
            ts = np.array([start + 3600.0])
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.obsidian_prompt(rng, domains) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8),
                 comp_median=np.where(harvest, 950.0, 320.0))
    ctx.campaign(cid, fam, accts, {"accounts": n, "domains": domains, "harvest_share": round(p_h, 2)})


# --------------------------------------------------------------------------------------------
# malachite: multi-step tool-use episodes (a manifest and task, then synthetic observations fed
# back step after step) from a few keys on assorted small hosting providers, 24/7; each key is
# pinned to one model (some move to the new one after release); prompts grow with history.


def malachite(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "malachite"
    n = irange(rng, 4, 8)
    provs = ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode", "scaleway")
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0",
           "dspy/2.6.3 litellm/1.60.2")
    accts, meta = [], []
    for _ in range(n):
        prov = pick(rng, provs)
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, ua=pick(rng, uas),
                           ips=cloud(rng, irange(rng, 1, 3), prov))
        accts.append(acct)
        start = ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY
        rate = float(rng.uniform(0.5, 1.3))
        head = irange(rng, 0, 2)
        moves = chance(rng, 0.6)
        gap = float(rng.uniform(5, 14))
        ts_l: list[float] = []
        pr: list[str] = []
        steps_l: list[int] = []
        last: list[bool] = []
        for s in thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant).tolist():
            k = irange(rng, 3, 9)
            ep = texts.malachite_episode(rng, k, head)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ts_l += t.tolist()
            pr += ep
            steps_l += list(range(k))
            last += [j == k - 1 for j in range(k)]
        ts = np.asarray(ts_l)
        steps = np.asarray(steps_l)
        models = [ctx.new_model if (moves and x >= ctx.release) else ctx.old_models[0] for x in ts.tolist()]
        extra = steps * 380 + rng.integers(0, 200, size=len(steps))
        ctx.emit(rng, acct, ts, pr, models=models, comp_median=np.where(np.asarray(last), 800.0, 260.0),
                 comp_sigma=0.5, extra=extra, err=0.015)
        meta.append({"provider": prov, "episodes_per_hour": round(rate, 2), "moves_to_new": moves})
    ctx.campaign(cid, fam, accts, {"accounts": n, "per_account": meta})


# --------------------------------------------------------------------------------------------
# cinnabar (an odd shape): a two-stage pipeline at night in UTC+8. One key asks for lists of
# questions "a persona would ask"; seconds later the questions themselves (ordinary-looking,
# short, English or Chinese) are sent one by one through one to three other keys.


def cinnabar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cinnabar"
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "aws"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    org = hexid(rng, "org")
    gen = ctx.account(rng, label=CAMPAIGN, family=fam, role="generator", campaign_id=cid, org=org, ua=ua,
                      ips=cloud(rng, 1, prov))
    n_ans = irange(rng, 1, 3)
    answ = [ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid,
                        org=org if chance(rng, 0.3) else None, ua=ua, ips=cloud(rng, irange(rng, 1, 2), prov))
            for _ in range(n_ans)]
    p_zh = float(rng.uniform(0.2, 0.6))
    win_start, win_len = float(rng.uniform(0, 2)), float(rng.uniform(4, 7))
    rounds_night = float(rng.uniform(5, 14))
    step = float(rng.uniform(8, 30))
    rounds = thinned(rng, ctx.t0, ctx.t1, rounds_night * (ctx.t1 - ctx.t0) / DAY, nightly(win_start, win_len, 8))
    g_ts, g_pr = [], []
    a_cols: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n_ans)]
    for t in rounds.tolist():
        zh = chance(rng, p_zh)
        nq = irange(rng, 15, 40)
        g_ts.append(t)
        g_pr.append(texts.cinnabar_stage1(rng, nq, zh))
        u = t + float(rng.lognormal(np.log(60.0), 0.5))
        for _ in range(nq):
            j = int(rng.integers(n_ans))
            a_cols[j][0].append(u)
            a_cols[j][1].append(texts.cinnabar_question(rng, zh))
            u += float(rng.lognormal(np.log(step), 0.6))
    ts = np.asarray(g_ts)
    ctx.emit(rng, gen, ts, g_pr, models=ctx.models(rng, ts, p_new=0.9), comp_median=float(rng.uniform(500, 900)),
             comp_sigma=0.35)
    comp = float(rng.uniform(350, 600))
    for acct, (ts_l, pr) in zip(answ, a_cols, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, pr, models=ctx.models(rng, ts, p_new=0.9), comp_median=comp)
    ctx.campaign(cid, fam, [gen, *answ], {"answer_keys": n_ans, "provider": prov, "p_zh": round(p_zh, 2),
                                          "rounds_per_night": round(rounds_night, 1), "window_utc8": [round(win_start, 1), round(win_len, 1)],
                                          "question_gap_s": round(step, 1)})


# --------------------------------------------------------------------------------------------
# jasper (an odd shape): keys of real, established users leaked in one batch; each victim keeps
# using the account as before from home, while the operator drives long-form write-up requests
# through it from a rented block for a day or so, until the victim's quota runs out (429s).


def jasper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jasper"
    n = irange(rng, 5, 10)
    prov = pick(rng, ("m247", "leaseweb", "selectel", "vultr"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    op_ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0"))
    leak = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
    accts, meta = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng)
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="hijacked", campaign_id=cid, ua=ua,
                           ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(acct)
        curve = workday(tz) if chance(rng, 0.5) else evening_person(tz)
        own = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 3.0)), curve, 4.0, 90.0))
        if len(own):
            ctx.emit(rng, acct, own, [pick(rng, ctx.chat) for _ in range(len(own))],
                     models=ctx.models(rng, own, p_new=0.4))
        h = leak + float(rng.exponential(8 * HOUR))
        dur = float(rng.uniform(6, 36)) * HOUR
        rate = float(rng.uniform(12, 40))
        ts = thinned(rng, h, h + dur, rate * dur / HOUR, constant)
        cap = int(len(ts) * rng.uniform(0.6, 1.0))
        status = np.where(np.arange(len(ts)) >= cap, 429, np.where(rng.random(len(ts)) < 0.02, 429, 200))
        ctx.emit(rng, acct, ts, [texts.jasper_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), ips=[pick(rng, block) for _ in range(len(ts))],
                 ua=op_ua, comp_median=float(rng.uniform(1200, 2000)), comp_sigma=0.4, status=status)
        meta.append({"tz": tz, "harvest_h": round(dur / HOUR, 1), "per_hour": round(rate, 1), "own_events": len(own)})
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "leak_day": round((leak - ctx.t0) / DAY, 2),
                                   "per_account": meta})


# --------------------------------------------------------------------------------------------
# galena: an API relay (reseller) whose keys carry many unrelated downstream users plus one
# customer asking for regulator-friendly answers to politically sensitive questions (a small
# share of the relay's traffic for a few days).


def galena(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "galena"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("ucloud", "alibaba", "m247", "leaseweb"))
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    passthrough = chance(rng, 0.5)
    fixed_ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "axios/1.7.9"))
    ua_mix = list(SDK_COMMON) + list(BROWSERS[:2]) + ["python-requests/2.32.3", "okhttp/4.12.0"]
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="reseller", campaign_id=cid, org=org,
                         pay=pick(rng, pays), ua=fixed_ua, ips=cloud(rng, irange(rng, 1, 2), prov)) for _ in range(n)]
    peak = float(rng.uniform(8, 15))
    down_rate = rng.uniform(5, 12, size=n)
    h_start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    h_dur = float(rng.uniform(2.0, 4.5)) * DAY
    h_rate = float(rng.uniform(3, 8))
    hts = thinned(rng, h_start, h_start + h_dur, h_rate * h_dur / HOUR, constant)
    who = rng.integers(0, n, size=len(hts))
    for i, acct in enumerate(accts):
        d = thinned(rng, ctx.t0, ctx.t1, down_rate[i] * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6))
        h = hts[who == i]
        ts = np.concatenate([d, h])
        is_h = np.concatenate([np.zeros(len(d), bool), np.ones(len(h), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts = [texts.galena_prompt(rng) if x else pick(rng, ctx.chat) for x in is_h.tolist()]
        pn = ctx.models(rng, ts, p_new=0.5)
        ph = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
        models = [b if x else a for a, b, x in zip(pn, ph, is_h.tolist(), strict=True)]
        uas = [pick(rng, ua_mix) for _ in range(len(ts))] if passthrough else fixed_ua
        ctx.emit(rng, acct, ts, prompts, models=models, ua=uas, comp_median=np.where(is_h, 650.0, 340.0),
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "ua_passthrough": passthrough,
                                   "downstream_per_hour": [round(float(r), 1) for r in down_rate],
                                   "customer_per_hour": round(h_rate, 1), "customer_days": round(h_dur / DAY, 2)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "basalt": basalt,
    "gypsum": gypsum,
    "obsidian": obsidian,
    "malachite": malachite,
    "cinnabar": cinnabar,
    "jasper": jasper,
    "galena": galena,
}
