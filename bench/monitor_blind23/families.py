"""Campaign families of blind batch 23 (code names only; descriptions in README.md).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records itself with `ctx.campaign`. All parameters are drawn
from `rng`, so every seed gives a different operation of the same family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    SDK_OTHER,
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
from bench.monitor_blind23 import texts

CAMPAIGN = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# ---------------------------------------------------------------------------------------------
# taffeta: a pairwise-preference / rubric-grading harvest. Accounts submit a real-looking user
# question with two candidate answers (public assistant texts) and ask for per-criterion scores,
# rationales and an improved reference answer; a share of pairs is resubmitted with A/B swapped
# (position-debiasing of the collected preference data). Working-day bursts in one time zone,
# through a sticky residential proxy pool; cards shared between a few accounts.


def taffeta(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "taffeta"
    n = irange(rng, 8, 16)
    tz = int(pick(rng, (8, 3, 5, 2, -3)))
    region = pick(rng, ("us", "eu", "sea", "latam", "in"))
    pool = resi(rng, irange(rng, 40, 120), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    per_day = float(rng.uniform(2.0, 5.0))
    size = float(rng.uniform(8, 25))
    gap = float(rng.uniform(8, 25))
    p_swap = float(rng.uniform(0.15, 0.35))
    weekend = float(rng.uniform(0.2, 0.6))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="member", campaign_id=cid, pay=pick(rng, pays),
                        ua=pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1")),
                        ips=pool, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY,
                         workday(tz, start=9.0, end=21.0, weekend=weekend))
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        styles = [int(x) for x in rng.choice(5, size=2, replace=False)]
        prompts: list[str] = []
        prev = None
        for _t in range(len(ts)):
            if prev is not None and chance(rng, p_swap):
                q, x, y, st = prev
                prompts.append(texts.taffeta_prompt(rng, q, y, x, st))
                prev = None
                continue
            q = texts.clip(pick(rng, ctx.chat), 40, 600, rng)
            x = texts.clip(pick(rng, ctx.passages), 300, 1200, rng)
            y = texts.clip(pick(rng, ctx.passages), 300, 1200, rng)
            st = styles[0] if chance(rng, 0.7) else styles[1]
            prompts.append(texts.taffeta_prompt(rng, q, x, y, st))
            prev = (q, x, y, st)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=sticky(rng, ts, pool, hold),
                 comp_median=float(rng.uniform(550, 900)), comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "proxy_region": region, "proxy_pool": len(pool),
                                   "sticky_s": hold, "cards": len(pays), "bursts_per_day": per_day,
                                   "burst_size": size, "gap_s": gap, "p_swap": p_swap})


# ---------------------------------------------------------------------------------------------
# chiffon: censorship-compliant rewrites. Questions on politically sensitive subjects, asking for
# a candid answer plus a version that would pass a strict national content review (English and
# Chinese, six template styles). Nightly batch jobs (UTC+8 night) from rented blocks at Chinese
# cloud providers, a minority of accounts through East/South-East Asian residential addresses;
# accounts grouped into a few paying orgs.


def chiffon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chiffon"
    n = irange(rng, 10, 22)
    n_org = irange(rng, 2, 4)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0",
                                                               "aiohttp/3.11.11", "OpenAI/Python 1.54.0")))
            for _ in range(n_org)]
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    p_resi = float(rng.uniform(0.15, 0.4))
    night_start = float(rng.uniform(0.5, 3.0))
    night_len = float(rng.uniform(2.5, 5.0))
    per_day = float(rng.uniform(1.2, 2.6))
    size = float(rng.uniform(10, 28))
    gap = float(rng.uniform(2, 7))
    accts = []
    for _ in range(n):
        org, pay, ua = pick(rng, orgs)
        if chance(rng, p_resi):
            ips = resi(rng, irange(rng, 3, 8), pick(rng, ("sea", "jp_kr")))
        else:
            ips = picks(rng, block, irange(rng, 1, 3))
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="member", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=ips, tz=8)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, nightly(night_start, night_len, 8))
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        main = [int(x) for x in rng.choice(6, size=2, replace=False)]
        prompts = [texts.chiffon_prompt(rng, pick(rng, main) if chance(rng, 0.8) else irange(rng, 0, 5))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=650.0, comp_sigma=0.5,
                 err=0.015)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_org, "provider": prov, "block_hosts": len(block),
                                   "p_residential": p_resi, "night_start_local": night_start,
                                   "night_hours": night_len, "batches_per_day": per_day, "batch_size": size,
                                   "gap_s": gap})


# ---------------------------------------------------------------------------------------------
# gingham: synthetic agent trajectories. Each request gives a tool list and a goal and asks the
# model to write the whole run (thoughts, JSON tool calls, invented observations, a failed call
# and its recovery, final answer) in four formats. One Poisson job queue shared by all keys of two
# orgs, from one cloud provider's NAT block; throughput triples once the new model is out. A long
# hidden system prompt (tool schemas) adds prompt tokens.


def gingham(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gingham"
    n = irange(rng, 5, 10)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    prov = pick(rng, ("aws", "gcp", "azure"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 8))
    per_hour = float(rng.uniform(12, 28))
    pre = float(rng.uniform(0.2, 0.4))
    load = global_load(float(rng.uniform(0, 24)), 0.3)
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, pre) * load(ts)

    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for i in range(n):
        org, pay = orgs[i % 2]
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                                 ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2",
                                               "AsyncOpenAI/Python 1.60.0")), ips=block))
    comp = float(rng.uniform(1500, 2200))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        style = irange(rng, 0, 3)
        prompts = [texts.gingham_prompt(rng, style if chance(rng, 0.85) else irange(rng, 0, 3))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=comp, comp_sigma=0.4,
                 err=0.02, extra=rng.integers(800, 3000, size=len(ts)))
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": 2, "provider": prov, "nat_hosts": len(block),
                                   "jobs_per_hour": per_hour, "pre_release_share": pre, "completion_median": comp})


# ---------------------------------------------------------------------------------------------
# tweed (deliberately hard, low and slow): many unrelated-looking accounts, each a handful of
# evening chat sessions from a residential address in its own time zone with a browser, mostly
# ordinary public chat prompts, plus a few expert explanation requests phrased like a student
# (en/es/pt/de). The explanation topics are a shared curriculum sharded across the accounts, so no
# account repeats another's. Accounts sign up over the whole week.


def tweed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tweed"
    n = irange(rng, 25, 50)
    cur = list(texts.TWEED_CURRICULUM)
    order = rng.permutation(len(cur)).tolist()
    shard = irange(rng, 3, 6)
    p_chat = float(rng.uniform(0.4, 0.65))
    accts = []
    prev_pay = None
    for k in range(n):
        tz = int(pick(rng, TZS))
        if tz == -3:
            langs = ("pt", "es")
        elif tz in (1, 2):
            langs = ("de", "en", "en")
        elif tz in (-5, -8):
            langs = ("en", "en", "en", "es")
        else:
            langs = ("en",)
        pay = prev_pay if (prev_pay is not None and chance(rng, 0.12)) else None
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="member", campaign_id=cid, pay=pay,
                        ua=pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON),
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        prev_pay = a.pay
        accts.append(a)
        items = [cur[order[(k * shard + j) % len(cur)]] for j in range(shard)]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
        ts = _cat(session_times(rng, start, ctx.t1, float(rng.uniform(0.4, 1.2)), evening_person(tz),
                                float(rng.uniform(2, 4)), float(rng.uniform(60, 240))))
        prompts, comp = [], []
        for _ in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(pick(rng, ctx.chat))
                comp.append(350.0)
            else:
                prompts.append(texts.tweed_prompt(rng, pick(rng, items), pick(rng, langs)))
                comp.append(750.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), comp_median=np.asarray(comp),
                 comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {"accounts": n, "items_per_account": shard, "p_ordinary_chat": p_chat,
                                   "curriculum": len(cur)})


# ---------------------------------------------------------------------------------------------
# seersucker (off the usual shapes): replays a public dataset of real human prompts verbatim to
# collect fresh answers, best-of-n: each prompt is sent 3-5 times within seconds, the copies
# spread round-robin over a few keys, each key on one static server address at a different
# hosting company; some prompts get a generic "more thorough" follow-up. Content looks exactly
# like ordinary chat; steady 24/7 Poisson pacing; always the newest model.


def seersucker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "seersucker"
    n = irange(rng, 3, 5)
    provs = [str(x) for x in rng.choice(["vultr", "linode", "digitalocean", "ovh", "hetzner", "scaleway"], size=n,
                                        replace=False)]
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="member", campaign_id=cid,
                         ua="python-requests/2.32.3", ips=cloud(rng, 1, p)) for p in provs]
    per_hour = float(rng.uniform(5, 10))
    kmin, kmax = (3, 4) if chance(rng, 0.5) else (4, 5)
    p_follow = float(rng.uniform(0.1, 0.2))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    groups = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
    order = rng.permutation(len(ctx.chat))
    ts_by = [[] for _ in range(n)]
    pr_by: list[list[str]] = [[] for _ in range(n)]
    for g, t in enumerate(groups.tolist()):
        prompt = ctx.chat[int(order[g % len(order)])]
        k = irange(rng, kmin, kmax)
        times = t + np.cumsum(rng.exponential(4.0, size=k))
        for j in range(k):
            i = (g + j) % n
            ts_by[i].append(float(times[j]))
            pr_by[i].append(prompt)
        if chance(rng, p_follow):
            i = (g + k) % n
            ts_by[i].append(float(times[-1] + rng.uniform(30, 180)))
            pr_by[i].append(pick(rng, texts.SEERSUCKER_FOLLOWUPS))
    for a, ts, pr in zip(accts, ts_by, pr_by, strict=True):
        ts = np.asarray(ts)
        ctx.emit(rng, a, ts, pr, models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0), comp_median=420.0,
                 comp_sigma=0.7, err=0.04)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": provs, "prompts_per_hour": per_hour,
                                   "copies": [kmin, kmax], "p_followup": p_follow})


# ---------------------------------------------------------------------------------------------
# calico: an API resale front. A few keys of one business relay genuine end-customer chat (many
# forwarded client user agents, global daytime load) from a small hosting block, and at night
# (UTC+8) the same keys run the operator's own instruction-dataset generation (self-instruct,
# evol-style hardening, JSONL Q&A, multi-turn dialogues; English and Chinese).


def calico(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "calico"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, prov, 1, irange(rng, 2, 4))
    relay_ua = pick(rng, texts.RELAY_UAS)
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="member", campaign_id=cid, org=org, pay=pay,
                         ua=relay_ua, ips=block) for _ in range(n)]
    relay_rate = float(rng.uniform(15, 35))
    share = float(rng.uniform(0.25, 0.45))
    h_start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    night0 = float(rng.uniform(16.5, 19.0))
    night_len = float(rng.uniform(4.0, 6.0))
    peak = float(rng.uniform(11, 14))
    relay = worker_pool(rng, ctx.t0, ctx.t1, relay_rate, n, global_load(peak, 0.6))
    harvest = worker_pool(rng, h_start, ctx.t1, relay_rate * share, n, nightly(night0, night_len, 0))
    fwd = list(texts.RELAY_UAS) + list(SDK_OTHER) + list(BROWSERS)
    for a, tr, th in zip(accts, relay, harvest, strict=True):
        uas = [relay_ua if chance(rng, 0.5) else pick(rng, fwd) for _ in range(len(tr))]
        ctx.emit(rng, a, tr, picks(rng, ctx.chat, len(tr)), models=ctx.models(rng, tr, p_new=0.5), ua=uas,
                 comp_median=350.0, comp_sigma=0.7, err=0.02)
        styles = [texts.calico_prompt(rng, pick(rng, ctx.chat), irange(rng, 0, 4)) for _ in range(len(th))]
        ctx.emit(rng, a, th, styles, models=ctx.models(rng, th, p_new=0.95), comp_median=1600.0, comp_sigma=0.45,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"keys": n, "provider": prov, "hosts": len(block), "relay_per_hour": relay_rate,
                                   "hidden_share": share, "night_start_utc": night0, "night_hours": night_len,
                                   "hidden_start": h_start})


# ---------------------------------------------------------------------------------------------
# organza: a release-day hydra. Within hours of the new model's release dozens of fresh accounts
# (a few prepaid cards between them) each live for a few hours to two days and draw jobs from one
# Poisson queue: generated math, probability, logic and algorithm problems with explicit demands
# for the complete raw reasoning (en/zh/ru/ko). Requests rotate through a large worldwide
# residential proxy pool; some accounts use leased hosting instead. Only the new model.


def organza(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "organza"
    n = irange(rng, 40, 80)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 4, 8))]
    pool = resi(rng, irange(rng, 300, 800), "*")
    p_dc = float(rng.uniform(0.1, 0.25))
    delay = float(rng.uniform(0.5, 8.0)) * HOUR
    accts, spans, langs = [], [], []
    for _ in range(n):
        dc = chance(rng, p_dc)
        ips = cloud(rng, 2, pick(rng, ("m247", "leaseweb"))) if dc else pool
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, pay=pick(rng, pays),
                        ua=pick(rng, SDK_COMMON + SDK_OTHER), ips=ips)
        accts.append(a)
        s = ctx.release + delay + float(rng.uniform(0, 10)) * HOUR
        spans.append((s, s + float(rng.uniform(6, 40)) * HOUR))
        langs.append(str(rng.choice(["en", "zh", "ru", "ko"], p=[0.5, 0.25, 0.15, 0.1])))
    starts = np.asarray([s for s, _ in spans])
    ends = np.asarray([e for _, e in spans])

    def alive(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)[:, None]
        return ((ts >= starts[None, :]) & (ts < ends[None, :])).sum(axis=1) / n

    total = n * float(rng.uniform(70, 150))
    lo, hi = float(starts.min()), float(ends.max())
    jobs = thinned(rng, lo, hi, total, alive)
    who = []
    for t in jobs.tolist():
        live = np.flatnonzero((starts <= t) & (ends > t))
        who.append(int(live[int(rng.integers(len(live)))]) if len(live) else -1)
    who_a = np.asarray(who, dtype=np.int64)
    comp = float(rng.uniform(1800, 3000))
    for i, a in enumerate(accts):
        ts = jobs[who_a == i]
        prompts = [texts.organza_prompt(rng, langs[i] if chance(rng, 0.85) else "en") for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.new_model, comp_median=comp, comp_sigma=0.5, err=0.06)
    ctx.campaign(cid, fam, accts, {"accounts": n, "cards": len(pays), "proxy_pool": len(pool),
                                   "p_hosting": p_dc, "delay_after_release_s": delay, "jobs": len(jobs),
                                   "completion_median": comp})


CAMPAIGN_FAMILIES = {
    "calico": calico,
    "chiffon": chiffon,
    "gingham": gingham,
    "organza": organza,
    "seersucker": seersucker,
    "taffeta": taffeta,
    "tweed": tweed,
}

__all__ = ["CAMPAIGN_FAMILIES"]
