"""Campaign families of blind batch 22 (code names only; what each does is in README.md and in
the comments here). Each is `family(ctx, rng, campaign_id)` and writes one campaign's accounts,
events and truth into `ctx`. Every size, rate, provider, language and start time is drawn per seed."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind22 import texts as tx

# --------------------------------------------------------------------------------------------
# bassoon: reasoning-trace coercion run as one job queue (Poisson) over a pool of keys on rented
# datacenter blocks; a queue outage; surges onto the new model after its release; the client
# library is upgraded once mid-run on all workers.


def bassoon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bassoon"
    n = irange(rng, 12, 28)
    provs = list(rng.choice(["hetzner", "ovh", "digitalocean", "vultr", "aws", "linode"], size=2, replace=False))
    block = []
    for p in provs:
        block += bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 6, 12))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    r_pre = float(rng.uniform(20, 50))
    surge = float(rng.uniform(1.8, 3.0))
    out_a = float(rng.uniform(start + 6 * HOUR, ctx.t1 - 12 * HOUR))
    out_b = out_a + float(rng.uniform(3, 8)) * HOUR
    deploy = float(rng.uniform(start, ctx.t1))
    ua_old, ua_new = pick(rng, (("python-httpx/0.27.2", "python-httpx/0.28.1"),
                                ("AsyncOpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0")))
    langs = ["en", "zh", "ru"]
    lang_p = rng.dirichlet([6, 2.5, 1.5])
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=pick(rng, orgs),
                         ua=ua_old, ips=picks(rng, block, irange(rng, 1, 3))) for _ in range(n)]

    def up(ts: np.ndarray) -> np.ndarray:
        return ((ts < out_a) | (ts >= out_b)).astype(np.float64)

    pre = bb.worker_pool(rng, start, ctx.release, r_pre, n, up)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, r_pre * surge, n, up)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t1, t2])
        if len(ts) == 0:
            continue
        lang = [langs[i] for i in rng.choice(3, size=len(ts), p=lang_p)]
        style = rng.integers(0, 4, size=len(ts))
        prompts = [tx.bassoon_prompt(rng, lg, int(s)) for lg, s in zip(lang, style.tolist(), strict=True)]
        uas = [ua_old if t < deploy else ua_new for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), ua=uas,
                 comp_median=float(rng.uniform(1400, 2400)), comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "providers": provs, "start": start, "jobs_per_hour": r_pre,
                                   "surge_after_release": surge, "outage": [out_a, out_b], "deploy": deploy,
                                   "languages": dict(zip(langs, lang_p.round(3).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
# marimba: preference / rubric grading harvested by a churning swarm of short-lived accounts on
# rotating residential proxies, created in waves; a handful of prepaid cards shared across the
# swarm; browser user agents spoofed per account.


def marimba(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "marimba"
    n_cards = irange(rng, 4, 7)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    regs = list(rng.choice(["us", "eu", "in", "sea", "latam", "ca"], size=irange(rng, 3, 5), replace=False))
    wave_gap = float(rng.uniform(12, 24)) * HOUR
    per_day = float(rng.uniform(25, 70))
    hold = float(rng.uniform(5, 20)) * MINUTE
    rubric_ver = irange(rng, 2, 9)
    accts = []
    t = ctx.t0 + float(rng.uniform(0, 0.8)) * DAY
    while t < ctx.t1 - 6 * HOUR:
        for _ in range(irange(rng, 4, 9)):
            reg = pick(rng, regs)
            a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                            pay=cards[len(accts) % n_cards], ua=pick(rng, bb.BROWSERS),
                            ips=bb.resi(rng, irange(rng, 30, 80), reg))
            accts.append(a)
            born = t + float(rng.uniform(0, 3)) * HOUR
            life = float(rng.uniform(0.6, 2.0)) * DAY
            starts = bb.thinned(rng, born, min(born + life, ctx.t1), per_day / 4.0 * life / DAY, bb.constant)
            ts = np.concatenate(bb.bursts(rng, starts, 4.0, 6.0, 0.6, b=ctx.t1) or [np.empty(0)])
            if len(ts) == 0:
                continue
            pm = [tx.marimba_prompt(rng, ctx.chat, ctx.passages, rubric_ver) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, [p for p, _ in pm], models=ctx.models(rng, ts, p_new=0.6, p_mini=0.02),
                     ips=bb.sticky(rng, ts, a.ips, hold), comp_median=np.array([m for _, m in pm]), err=0.02)
        t += wave_gap * float(rng.uniform(0.7, 1.3))
    ctx.campaign(cid, fam, accts, {"n_accounts": len(accts), "cards": n_cards, "regions": regs,
                                   "wave_gap_h": wave_gap / HOUR, "per_day": per_day, "hold_min": hold / MINUTE,
                                   "rubric_version": rubric_ver})


# --------------------------------------------------------------------------------------------
# sitar: restricted-market rewrites, dual candid/compliant answers and full translations of long
# answers, run overnight in UTC+8 from Asian cloud hosts plus a sticky Asian residential proxy
# pool; Chinese and English.


def sitar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sitar"
    n = irange(rng, 6, 14)
    pool = bb.resi(rng, irange(rng, 15, 30), "sea") + bb.resi(rng, irange(rng, 5, 15), "jp_kr")
    provs = list(rng.choice(["alibaba", "tencent", "huawei", "ucloud"], size=2, replace=False))
    night_start = float(rng.uniform(23, 26)) % 24
    night_len = float(rng.uniform(6, 9))
    per_night = float(rng.uniform(80, 250))
    p_zh = float(rng.uniform(0.45, 0.8))
    hold = float(rng.uniform(30, 90)) * MINUTE
    pay = bb.hexid(rng, "pay")
    org = bb.hexid(rng, "org")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "Go-http-client/2.0"))
    accts = []
    for i in range(n):
        own = bb.cloud(rng, 2, provs[i % 2])
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        org=org if chance(rng, 0.5) else None, pay=pay if chance(rng, 0.4) else None,
                        ua=ua, ips=own, tz=8)
        accts.append(a)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        ts = bb.thinned(rng, begin, ctx.t1, per_night * (ctx.t1 - begin) / DAY * float(rng.uniform(0.6, 1.4)),
                        bb.nightly(night_start, night_len, 8))
        if len(ts) == 0:
            continue
        via_proxy = rng.random(len(ts)) < 0.55
        prox = bb.sticky(rng, ts, pool, hold)
        ips = [prox[j] if via_proxy[j] else pick(rng, own) for j in range(len(ts))]
        pm = [tx.sitar_prompt(rng, ctx.passages, "zh" if chance(rng, p_zh) else "en") for _ in range(len(ts))]
        ctx.emit(rng, a, ts, [p for p, _ in pm], models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), ips=ips,
                 comp_median=np.array([m for _, m in pm]), comp_sigma=0.45, err=0.015)
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "providers": provs, "night_start_utc8": night_start,
                                   "night_hours": night_len, "per_night": per_night, "p_zh": p_zh,
                                   "proxy_pool": len(pool)})


# --------------------------------------------------------------------------------------------
# theremin: multi-step tool-use episodes harvested as agent transcripts. Episodes arrive as one
# Poisson stream handed to a pool of container keys (one cloud IP each); within an episode the
# steps follow each other after tool latency and the context grows step by step.


def theremin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "theremin"
    n = irange(rng, 6, 12)
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "aiohttp/3.11.11"))
    ep_per_hour = float(rng.uniform(6, 14))
    step_mean = float(rng.uniform(6, 11))
    step_gap = float(rng.uniform(4, 9))
    ctx_growth = float(rng.uniform(400, 900))
    start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
    style = irange(rng, 0, 1)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=bb.cloud(rng, 1, prov)) for _ in range(n)]
    for a, eps in zip(accts, bb.worker_pool(rng, start, ctx.t1, ep_per_hour, n), strict=True):
        ts_all, pr_all, ex_all = [], [], []
        for s in eps.tolist():
            k = max(2, int(rng.poisson(step_mean)))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            task, tools = tx.agent_task(rng), pick(rng, tx.TOOLSETS)
            ts_all.append(ts)
            pr_all += [tx.theremin_step(rng, task, tools, j, style) for j in range(k)]
            ex_all += [int(j * ctx_growth) for j in range(k)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, pr_all, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
                 comp_median=float(rng.uniform(160, 260)), comp_sigma=0.5, extra=np.array(ex_all), err=0.01)
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "provider": prov, "episodes_per_hour": ep_per_hour,
                                   "steps_mean": step_mean, "step_gap_s": step_gap, "ctx_growth_tokens": ctx_growth,
                                   "start": start})


# --------------------------------------------------------------------------------------------
# ocarina (deliberately hard, low and slow): a few people-like accounts at home, browser or SDK,
# evening sessions, most of their traffic genuine chat; a minority share of long-form clinical
# reasoning questions drawn from one question bank; their only shared trace is an occasional
# commercial VPN exit.


def ocarina(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ocarina"
    n = irange(rng, 3, 6)
    vpn = bb.cloud(rng, 1, pick(rng, ("m247", "leaseweb", "ovh")))[0]
    p_vpn = float(rng.uniform(0.05, 0.15))
    accts = []
    params = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, ("en", "en", "es", "pt"))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        per_day = float(rng.uniform(1.5, 4))
        p_h = float(rng.uniform(0.3, 0.5))
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, begin, ctx.t1, per_day, bb.evening_person(tz), 3.0, 70.0)
        if not sess:
            continue
        ts = np.concatenate(sess)
        harvest = rng.random(len(ts)) < p_h
        prompts = [tx.ocarina_prompt(rng, lang) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ips = [vpn if chance(rng, p_vpn) else pick(rng, a.ips) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1), ips=ips,
                 comp_median=np.where(harvest, 950.0, 350.0), err=0.005)
        params.append({"tz": tz, "lang": lang, "sessions_per_day": per_day, "p_harvest": p_h, "begin": begin})
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "p_shared_exit": p_vpn, "members": params})


# --------------------------------------------------------------------------------------------
# tuba (off the usual shapes): a free consumer chat front-end whose backend calls the API with one
# or two keys from a few server addresses; the prompts are real end users' messages, most with a
# fixed directive appended that asks for long, reasoned answers; the outputs are kept for training.
# Worldwide load curve, no human rhythm of its own; switches to the new model right at release.


def tuba(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tuba"
    n = irange(rng, 1, 2)
    prov = pick(rng, ("gcp", "vultr", "digitalocean", "oracle"))
    servers = bb.cloud(rng, irange(rng, 3, 6), prov)
    per_hour = float(rng.uniform(30, 70))
    peak = float(rng.uniform(0, 24))
    suffix = pick(rng, tx.TUBA_SUFFIXES)
    p_suffix = float(rng.uniform(0.75, 0.95))
    start = ctx.t0 + float(rng.uniform(0, 1.0)) * DAY
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="backend", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=servers) for _ in range(n)]
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(peak, 0.55)),
                     strict=True):
        if len(ts) == 0:
            continue
        prompts = [tx.tuba_prompt(rng, ctx.chat, suffix, p_suffix) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
                 comp_median=float(rng.uniform(800, 1300)), comp_sigma=0.55, err=0.02)
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "provider": prov, "servers": len(servers),
                                   "per_hour": per_hour, "peak_utc": peak, "p_suffix": p_suffix, "start": start})


# --------------------------------------------------------------------------------------------
# banjo: fresh accounts opened within hours of the new model's release, one VPS each, each a
# single-threaded loop (regular gaps, a few sleeps) generating instruction/response data in its
# own language until its budget is spent; new model only.


def banjo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "banjo"
    n = irange(rng, 10, 22)
    provs = ("vultr", "contabo", "hetzner", "scaleway", "digitalocean")
    langs = ("en", "en", "de", "fr", "ja", "ko", "es")
    accts, params = [], []
    for _ in range(n):
        lang = pick(rng, langs)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2")),
                        ips=bb.cloud(rng, 1, pick(rng, provs)))
        accts.append(a)
        born = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
        budget = irange(rng, 300, 900)
        gap = float(rng.uniform(6, 15))
        gaps = rng.lognormal(np.log(gap), 0.25, size=budget)
        for _ in range(irange(rng, 1, 3)):
            gaps[int(rng.integers(budget))] += float(rng.uniform(0.5, 4)) * HOUR
        ts = born + np.cumsum(gaps)
        style = irange(rng, 0, 1)
        prompts = [tx.banjo_prompt(rng, lang, style) for _ in range(budget)]
        ctx.emit(rng, a, ts, prompts, models=ctx.new_model, comp_median=float(rng.uniform(1800, 2600)),
                 comp_sigma=0.4, err=0.04)
        params.append({"lang": lang, "born": born, "budget": budget, "gap_s": gap})
    ctx.campaign(cid, fam, accts, {"n_accounts": n, "members": params})


CAMPAIGN_FAMILIES = {
    "bassoon": bassoon,
    "banjo": banjo,
    "marimba": marimba,
    "ocarina": ocarina,
    "sitar": sitar,
    "theremin": theremin,
    "tuba": tuba,
}
