"""Campaign families of blind batch 35 (distillation operations), written without reading the monitor.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, records the
campaign with its parameters through `ctx.campaign`, and writes events through `ctx.emit`. All
parameters are drawn per seed. Code names say nothing about the operation; what each one does is in
the comments here and in README.md (to be read only after the monitor has run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    Ctx,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind35 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# platen: reasoning-trace harvest. A queue of competition-style problems (maths, logic, algorithm
# design) wrapped in instructions demanding the full chain of thought, served by a pool of keys in
# 2-3 orgs on a shared egress pool of rented cloud /24s from two providers. A thin warm-up before
# the release, then a Poisson pool at full rate on the new model a few hours after it, with random
# pauses; some problems are re-sent minutes later asking for an independent re-derivation.


def platen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "platen"
    n = irange(rng, 10, 26)
    provs = [str(x) for x in rng.choice(["aws", "gcp", "azure", "oracle", "ovh", "hetzner", "digitalocean", "vultr",
                                         "linode", "m247", "leaseweb"], size=2, replace=False)]
    egress = (rented_block(rng, provs[0], irange(rng, 2, 4), irange(rng, 4, 9))
              + rented_block(rng, provs[1], irange(rng, 1, 3), irange(rng, 3, 8)))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = sdk_ua(rng, 0.3)
    accts = [_acct(ctx, rng, fam, cid, "worker", org=pick(rng, orgs), pay=pick(rng, pays), ua=ua, ips=egress)
             for _ in range(n)]
    zh, ru = float(rng.uniform(0.1, 0.35)), float(rng.uniform(0.0, 0.15))
    langs = {"en": 1.0 - zh - ru, "zh": zh, "ru": ru}
    warm_from = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    pre_rate, post_rate = float(rng.uniform(2, 8)), float(rng.uniform(80, 240))
    go = ctx.release + float(rng.uniform(0.3, 6.0)) * HOUR
    pauses = [(float(s), float(s) + float(rng.uniform(1, 4)) * HOUR)
              for s in rng.uniform(go, ctx.t1, size=irange(rng, 1, 4))]

    def running(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for a, b in pauses:
            w[(ts >= a) & (ts < b)] = 0.0
        return w

    p_verify = float(rng.uniform(0.12, 0.3))
    pre = worker_pool(rng, warm_from, ctx.release, pre_rate, n)
    post = worker_pool(rng, go, ctx.t1, post_rate, n, running)
    for i, a in enumerate(accts):
        base = _cat([pre[i], post[i]])
        ts, prompts, med = [], [], []
        for t in base.tolist():
            p, bare = texts.platen_prompt(rng, texts.weighted(rng, langs))
            ts.append(t), prompts.append(p), med.append(1500.0)
            if chance(rng, p_verify):
                ts.append(t + float(rng.lognormal(np.log(90.0), 0.6)))
                prompts.append(texts.platen_verify(rng, bare)), med.append(900.0)
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=ctx.models(rng, ts_a, p_new=0.96, p_mini=0.0),
                 comp_median=np.asarray(med)[order], comp_sigma=0.5, err=0.05)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": provs, "egress_ips": len(egress), "orgs": len(orgs),
                                   "payments": len(pays), "user_agent": ua, "languages": langs,
                                   "pre_rate_per_h": pre_rate, "post_rate_per_h": post_rate,
                                   "start_after_release_h": (go - ctx.release) / HOUR, "pauses": len(pauses),
                                   "p_verify": p_verify, "pacing": "worker_pool"})


# --------------------------------------------------------------------------------------------
# tympan: rubric grading / preference labelling (reward-model data). A hydra of short-lived
# accounts: each lives 0.4-1.8 days, sends a steady 24/7 Poisson stream through a shared
# residential-proxy pool with sticky sessions, then is abandoned while new ones take over. Every
# account has its own org and payment; most present a browser user agent. Wrappers in en/es/pt.


def tympan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tympan"
    n = irange(rng, 35, 75)
    regions = [str(x) for x in rng.choice(["us", "ca", "eu", "latam"], size=2, replace=False)]
    pool = resi(rng, irange(rng, 200, 450), regions[0]) + resi(rng, irange(rng, 100, 300), regions[1])
    hold = float(rng.uniform(10, 40)) * MINUTE
    p_pair = float(rng.uniform(0.25, 0.6))
    es, pt = float(rng.uniform(0.1, 0.3)), float(rng.uniform(0.05, 0.2))
    langs = {"en": 1.0 - es - pt, "es": es, "pt": pt}
    span = ctx.t1 - ctx.t0
    accts, lives = [], []
    for k in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.65) else sdk_ua(rng)
        a = _acct(ctx, rng, fam, cid, "rotating_key", ua=ua, ips=pool)
        born = ctx.t0 + span * (0.05 + 0.9 * k / n) + float(rng.normal(0, 3 * HOUR))
        life = float(rng.uniform(0.4, 1.8)) * DAY
        rate = float(rng.uniform(3, 10))
        ts = thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, lambda x: np.ones(len(x)))
        if len(ts) == 0:
            ts = np.asarray([min(max(born, ctx.t0), ctx.t1 - 60.0)])
        prompts = [texts.tympan_prompt(rng, texts.weighted(rng, langs), p_pair, ctx.chat, ctx.passages)
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=sticky(rng, ts, pool, hold),
                 comp_median=240.0, comp_sigma=0.5, err=0.02)
        accts.append(a), lives.append(life / DAY)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_regions": regions, "proxy_pool": len(pool),
                                   "sticky_s": hold, "p_pair": p_pair, "languages": langs,
                                   "mean_life_days": float(np.mean(lives)), "pacing": "staggered_lifetimes"})


# --------------------------------------------------------------------------------------------
# frisket: low and slow. 3-6 accounts that each look like one person at home (own home IPs in a
# region matching their UTC offset, browser UA, evening sessions). Over half of what they send is a
# clinical-pharmacology syllabus asked for at textbook depth, the rest ordinary chat. The accounts
# split the syllabus between them without overlap (account i takes topics i, i+n, ...).


def frisket(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "frisket"
    n = irange(rng, 3, 6)
    tzs = pick(rng, ((1, 2), (-5, -8), (1, 0)))
    share = float(rng.uniform(0.5, 0.75))
    topics = list(texts.SYLLABUS)
    rng.shuffle(topics)
    accts, langs = [], []
    for i in range(n):
        tz = int(pick(rng, tzs))
        lang = {1: pick(rng, ("de", "fr", "en")), 2: pick(rng, ("de", "en")), 0: "en"}.get(tz, "en")
        a = _acct(ctx, rng, fam, cid, "persona", ua=pick(rng, BROWSERS), ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        mine = topics[i::n]
        start = ctx.t0 + float(rng.uniform(0, 1.2)) * DAY
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(1.8, 3.5)), evening_person(tz),
                             float(rng.uniform(3, 6)), float(rng.uniform(60, 240)))
        ts = _cat(sess)
        prompts, med, k = [], [], 0
        for _ in range(len(ts)):
            if chance(rng, share):
                prompts.append(texts.frisket_prompt(rng, lang, mine[k % len(mine)]))
                med.append(1100.0)
                k += 1
            else:
                prompts.append(texts.snippet(rng, pick(rng, ctx.chat), 20, 1500))
                med.append(350.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=np.asarray(med),
                 comp_sigma=0.6, err=0.005)
        accts.append(a), langs.append(lang)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tzs": list(tzs), "harvest_share": share, "languages": langs,
                                   "ip_source": "home_residential", "pacing": "evening_sessions"})


# --------------------------------------------------------------------------------------------
# quoin: agent/tool-use trajectory harvest. One org and one card, 5-9 keys behind a few NAT IPs in
# one cloud, an agent-framework UA. Episodes arrive as a Poisson stream handed to keys at random;
# each episode is a chain of 3-11 calls seconds apart whose context grows with every step.


def quoin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "quoin"
    n = irange(rng, 5, 9)
    prov = pick(rng, ("gcp", "aws", "azure"))
    ips = cloud(rng, irange(rng, 2, 6), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1"))
    accts = [_acct(ctx, rng, fam, cid, "agent_key", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(5, 14))
    step_gap = float(rng.uniform(5, 14))
    starts = worker_pool(rng, start, ctx.t1, rate, n, global_load(float(rng.uniform(0, 24)), 0.3))
    for i, a in enumerate(accts):
        ts, prompts, med, extra = [], [], [], []
        for s in starts[i].tolist():
            task = texts._agent_task(rng)
            k = irange(rng, 3, 11)
            gaps = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            for j, g in enumerate(gaps.tolist()):
                ts.append(s + g)
                prompts.append(texts.quoin_first(rng, task) if j == 0 else texts.quoin_step(rng, task, j))
                med.append(700.0 if j == k - 1 else 220.0)
                extra.append(int(250 + 350 * j + rng.integers(0, 300)))
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=ctx.models(rng, ts_a, p_new=0.92),
                 comp_median=np.asarray(med)[order], comp_sigma=0.5, err=0.015, extra=np.asarray(extra)[order])
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "nat_ips": len(ips), "user_agent": ua,
                                   "episodes_per_h": rate, "step_gap_s": step_gap,
                                   "start_day": (start - ctx.t0) / DAY, "pacing": "worker_pool_chains"})


# --------------------------------------------------------------------------------------------
# rounce: synthetic-dataset generation from a phone farm. 24-50 accounts created in the hours
# after the release, mobile-app user agents, carrier IPv6 addresses that change every session,
# a handful of shared payment instruments. Accounts work in three 6-8 h shifts (so the cluster
# covers the whole day) for 1-2.8 days each; prompts ask for batches of examples in JSON in
# Hindi/Portuguese/Spanish/Indonesian/Vietnamese/English.


def rounce(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rounce"
    n = irange(rng, 24, 50)
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    lang_sets = {"in_mobile": {"hi": 0.5, "en": 0.3, "id": 0.1, "vi": 0.1},
                 "br_mobile": {"pt": 0.55, "es": 0.25, "en": 0.2}}
    langs = lang_sets[carrier]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    shift0 = float(rng.uniform(0, 8))
    rate = float(rng.uniform(8, 18))
    accts = []
    for i in range(n):
        shift = i % 3
        h0 = (shift0 + 8 * shift + float(rng.normal(0, 0.7))) % 24
        pool = mobile_v6(rng, 40, carrier if chance(rng, 0.85) else pick(rng, ("in_mobile", "br_mobile", "us_mobile")))
        a = _acct(ctx, rng, fam, cid, "device", pay=pick(rng, pays), ua=pick(rng, MOBILE), ips=pool)
        born = ctx.release + float(rng.uniform(0, 10)) * HOUR
        life = float(rng.uniform(1.0, 2.8)) * DAY
        hours = float(rng.uniform(6, 8))
        ts = thinned(rng, born, min(born + life, ctx.t1), rate * hours / 24 * life / HOUR, nightly(h0, hours, 0))
        if len(ts) == 0:
            ts = np.asarray([born + 60.0])
        lang = texts.weighted(rng, langs)
        prompts = [texts.rounce_prompt(rng, lang if chance(rng, 0.8) else texts.weighted(rng, langs), b + 1)
                   for b in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.98), ips=sticky(rng, ts, pool, HOUR),
                 comp_median=1700.0, comp_sigma=0.45, err=0.03)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "carrier": carrier, "payments": len(pays), "rate_per_h": rate,
                                   "shift0_utc_h": shift0, "languages": langs, "ip_source": "mobile_ipv6",
                                   "pacing": "shifts"})


# --------------------------------------------------------------------------------------------
# coffin: detailed answers on politically sensitive subjects, followed by requests to rewrite the
# answer into a "publishable" censored version. 8-15 keys in two orgs on one or two cards, a
# scripted HTTP client, every request from a different residential-proxy address (no stickiness),
# run only in office hours of UTC+8 on weekdays.


def coffin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "coffin"
    n = irange(rng, 8, 15)
    region = pick(rng, ("us", "jp_kr", "sea", "eu"))
    pool = resi(rng, irange(rng, 1500, 3000), region)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    zh = float(rng.uniform(0.3, 0.7))
    p_rw = float(rng.uniform(0.6, 0.85))
    rate_day = float(rng.uniform(40, 100))
    curve = workday(8, start=float(rng.uniform(8.5, 10)), end=float(rng.uniform(17, 19)), weekend=0.03, night=0.0)
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, cid, "worker", org=pick(rng, orgs), pay=pick(rng, pays), ua=ua, ips=pool)
        start = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        base = thinned(rng, start, ctx.t1, rate_day * (ctx.t1 - start) / DAY, curve)
        ts, prompts, med = [], [], []
        for t in base.tolist():
            lang = "zh" if chance(rng, zh) else "en"
            q = texts.coffin_question(rng, lang)
            ts.append(t), prompts.append(q), med.append(750.0)
            if chance(rng, p_rw):
                ts.append(t + float(rng.lognormal(np.log(40.0), 0.5)))
                prompts.append(texts.coffin_rewrite(rng, lang, q, ctx.passages)), med.append(500.0)
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=ctx.models(rng, ts_a, p_new=0.85),
                 ips=picks(rng, pool, len(ts_a)), comp_median=np.asarray(med)[order], comp_sigma=0.5, err=0.02)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_region": region, "proxy_pool": len(pool),
                                   "payments": len(pays), "user_agent": ua, "zh_share": zh, "p_rewrite": p_rw,
                                   "rate_per_day": rate_day, "schedule_tz": 8, "pacing": "office_hours"})


# --------------------------------------------------------------------------------------------
# brayer: a consumer chat wrapper that keeps everything for training. 2-4 keys of one org on a
# couple of VPS addresses relay real end users' chat (organic, worldwide daily load), but every
# user message is sent 1-4 times within seconds (several samples of the same prompt, keys taken in
# turn); overnight (server time) a sweep of explain-this-concept prompts runs, 3-5 samples each.


def brayer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "brayer"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    ips = cloud(rng, irange(rng, 1, 3), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [_acct(ctx, rng, fam, cid, "relay_key", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)]
    start = ctx.t0 + float(rng.uniform(0, 0.4)) * DAY
    rate = float(rng.uniform(15, 40))
    sweep_rate = float(rng.uniform(25, 60))
    sweep_h0, sweep_len = float(rng.uniform(0, 4)), float(rng.uniform(2, 4))
    p_k = np.asarray([0.4, 0.35, 0.15, 0.1])
    cols: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    turn = 0
    users = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(float(rng.uniform(12, 17)), 0.6))
    for t in users.tolist():
        p = texts.snippet(rng, pick(rng, ctx.chat), 10, 2000)
        k = 1 + int(rng.choice(4, p=p_k))
        for s in np.cumsum(rng.lognormal(np.log(1.2), 0.7, size=k)).tolist():
            c = cols[turn % n]
            c[0].append(t + s), c[1].append(p), c[2].append(400.0)
            turn += 1
    sweeps = thinned(rng, start, ctx.t1, sweep_rate * sweep_len / 24 * (ctx.t1 - start) / HOUR,
                     nightly(sweep_h0, sweep_len, 0))
    for t in sweeps.tolist():
        p = texts.brayer_sweep(rng)
        for s in np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=irange(rng, 3, 5))).tolist():
            c = cols[turn % n]
            c[0].append(t + s), c[1].append(p), c[2].append(800.0)
            turn += 1
    for a, (ts, prompts, med) in zip(accts, cols, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=ctx.models(rng, ts_a, p_new=0.9),
                 comp_median=np.asarray(med)[order], comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "ips": len(ips), "user_agent": ua,
                                   "users_per_h": rate, "samples_p": p_k.tolist(), "sweep_per_h": sweep_rate,
                                   "sweep_utc": [sweep_h0, sweep_len], "pacing": "organic_plus_nightly"})


CAMPAIGN_FAMILIES = {
    "brayer": brayer,
    "coffin": coffin,
    "frisket": frisket,
    "platen": platen,
    "quoin": quoin,
    "rounce": rounce,
    "tympan": tympan,
}
