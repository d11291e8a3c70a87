"""Campaign families of blind batch 58 (code names from bobbin lace making). Each is a generator
`family(ctx, rng, campaign_id)` that registers its accounts and campaign in the truth and writes
its events; every parameter is drawn per seed. See README.md for what each one does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind58 import texts as tx

G = np.random.Generator


def _u(rng: G, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _weights(rng: G, n: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _voice_draw(rng: G, w: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _pauses(rng: G, t0: float, t1: float, k: int, lo_h: float, hi_h: float) -> bb.Curve:
    """A 24/7 queue with k outages (deploys, bans waited out, quota resets)."""
    starts = rng.uniform(t0, t1, size=k)
    ends = starts + rng.uniform(lo_h, hi_h, size=k) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        off = np.zeros(len(ts), dtype=bool)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            off |= (ts >= s) & (ts < e)
        return np.where(off, 0.0, 1.0)
    return f


def _mix(*curves: bb.Curve) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        out = np.ones(len(ts))
        for c in curves:
            out = out * c(ts)
        return out
    return f


# --------------------------------------------------------------------------------------------
# pricking: a hydra of short-lived keys coercing reasoning traces through residential proxies


def pricking(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "pricking"
    n_slots = irange(rng, 5, 9)
    max_keys = irange(rng, 45, 80)
    regions = list(rng.choice(["us", "eu", "sea", "in", "latam", "ca", "jp_kr"], size=irange(rng, 2, 3), replace=False))
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 300, 900), r)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    life_med_h = _u(rng, 3, 9)
    rate_med = _u(rng, 10, 30)
    gap_med_min = _u(rng, 10, 90)
    comp_med = _u(rng, 1300, 2600)
    p_cover = _u(rng, 0.04, 0.18)
    p_shared_org = _u(rng, 0.1, 0.35)
    p_sticky, p_mobile = _u(rng, 0.15, 0.45), _u(rng, 0.05, 0.25)
    w_voice = _weights(rng, tx.N_REASONING_VOICES, 0.7)
    err = _u(rng, 0.02, 0.07)
    accounts, orgs = [], []
    for _slot in range(n_slots):
        # most slots open near the release of the new model; some were already running before
        if chance(rng, 0.7):
            t = ctx.release + _u(rng, -0.4, 1.5) * DAY
        else:
            t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        while t < ctx.t1 and len(accounts) < max_keys:
            life = float(np.clip(rng.lognormal(np.log(life_med_h * HOUR), 0.7), 1.5 * HOUR, 72 * HOUR))
            end = min(t + life, ctx.t1)
            ua = bb.sdk_ua(rng, 0.45) if chance(rng, 0.85) else pick(rng, bb.BROWSERS)
            if orgs and chance(rng, p_shared_org):
                org = pick(rng, orgs)
            else:
                org = hexid(rng, "org")
                orgs.append(org)
            acct = ctx.account(rng, label="campaign", family=fam, role="hydra_key", campaign_id=camp, org=org,
                               pay=pick(rng, cards), ua=ua, ips=pool)
            accounts.append(acct)
            ts = bb.thinned(rng, t, end, rng.lognormal(np.log(rate_med), 0.4) * (end - t) / HOUR, bb.global_load(_u(rng, 0, 24), 0.3))
            n = len(ts)
            mode = rng.random()
            if mode < p_mobile:
                ips = bb.sticky(rng, ts, bb.mobile_v6(rng, 120, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))), 600)
            elif mode < p_mobile + p_sticky:
                ips = bb.sticky(rng, ts, pool, _u(rng, 5, 30) * MINUTE)
            else:
                ips = picks(rng, pool, n)
            cover = rng.random(n) < p_cover
            voices = _voice_draw(rng, w_voice, n)
            prompts = [pick(rng, ctx.chat) if c else tx.reasoning(rng, v) for c, v in zip(cover.tolist(), voices, strict=True)]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02), ips=ips,
                     comp_median=np.where(cover, 350.0, comp_med), comp_sigma=0.5, err=err)
            t = end + float(rng.lognormal(np.log(gap_med_min * MINUTE), 0.8))
    ctx.campaign(camp, fam, accounts, {
        "operation": "reasoning-trace coercion via a hydra of short-lived keys", "slots": n_slots,
        "max_keys": max_keys, "regions": regions, "cards": len(cards), "key_life_median_h": round(life_med_h, 1),
        "rate_per_key_h": round(rate_med, 1), "completion_median": round(comp_med), "cover_share": round(p_cover, 3),
        "sticky_share": round(p_sticky, 2), "mobile_share": round(p_mobile, 2),
    })


# --------------------------------------------------------------------------------------------
# picot: a small cloud team harvesting judge / critique / revision outputs around the clock


def picot(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "picot"
    n = irange(rng, 3, 7)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    hosts = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = bb.sdk_ua(rng, 0.5)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate_pre = _u(rng, 12, 40)
    boost = _u(rng, 1.5, 3.0)
    curve = _pauses(rng, start, ctx.t1, irange(rng, 1, 4), 1, 7)
    w_voice = _weights(rng, tx.N_GRADING_VOICES, 0.8)
    comp_by_voice = np.array([_u(rng, 250, 500), _u(rng, 300, 600), _u(rng, 600, 1100), _u(rng, 300, 600),
                              _u(rng, 600, 1000), _u(rng, 350, 700), _u(rng, 120, 260)])
    accts = [ctx.account(rng, label="campaign", family=fam, role="judge_worker", campaign_id=camp, org=org,
                         pay=pick(rng, cards), ua=ua, ips=list(rng.choice(hosts, size=min(len(hosts), irange(rng, 1, 4)), replace=False)))
             for _ in range(n)]
    pre = bb.worker_pool(rng, start, max(start, ctx.release), rate_pre, n, curve)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate_pre * boost, n, curve)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t1, t2])
        voices = _voice_draw(rng, w_voice, len(ts))
        prompts = [tx.grading(rng, v, ctx.chat, ctx.passages) for v in voices]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.93, 0.03), comp_median=comp_by_voice[voices],
                 comp_sigma=0.45, err=_u(rng, 0.02, 0.1))
    ctx.campaign(camp, fam, accts, {
        "operation": "judge/critique/revision harvesting", "provider": provider, "hosts": len(hosts),
        "rate_pre_h": round(rate_pre, 1), "post_release_boost": round(boost, 2), "voices": w_voice.round(2).tolist(),
    })


# --------------------------------------------------------------------------------------------
# spangle: low-and-slow personas on residential IPs, curriculum deep-dives mixed with chat


def spangle(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "spangle"
    n = irange(rng, 28, 50)
    curriculum = list(rng.choice(tx.TOPICS, size=irange(rng, 15, 35), replace=False))
    p_harvest_lo, p_harvest_hi = _u(rng, 0.25, 0.45), _u(rng, 0.55, 0.8)
    tzs = list(rng.choice(bb.TZS, size=irange(rng, 2, 5), replace=False))
    comp_med = _u(rng, 650, 1150)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE)
        ips = bb.home(rng, irange(rng, 3, 12), tz)
        a = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=camp, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        per_day = _u(rng, 1.0, 3.5)
        sessions = bb.session_times(rng, start, ctx.t1, per_day, bb.evening_person(tz, _u(rng, 1.6, 3.0)),
                                    _u(rng, 3, 8), _u(rng, 50, 220), 0.7)
        p_h = _u(rng, p_harvest_lo, p_harvest_hi)
        for s in sessions:
            if len(s) == 0:
                continue
            ip = pick(rng, ips)  # one proxy exit per session
            if chance(rng, p_h):
                topic, other = pick(rng, curriculum), pick(rng, curriculum)
                prompts = [tx.deep_opener(rng, topic)] + [tx.deep_followup(rng, topic, other) for _ in range(len(s) - 1)]
                comp = comp_med
            else:
                prompts = [pick(rng, ctx.chat) for _ in range(len(s))]
                comp = 330.0
            ctx.emit(rng, a, s, prompts, models=ctx.models(rng, s, 0.8, 0.05), ips=ip, comp_median=comp, err=0.005)
    ctx.campaign(camp, fam, accts, {
        "operation": "low-and-slow personas, curriculum deep-dives with chat cover", "personas": n,
        "curriculum": len(curriculum), "tzs": [int(t) for t in tzs],
        "harvest_share": [round(p_harvest_lo, 2), round(p_harvest_hi, 2)], "completion_median": round(comp_med),
    })


# --------------------------------------------------------------------------------------------
# gimp: agent trajectories (tool use) from two small orgs on hosting providers


def gimp(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "gimp"
    n = irange(rng, 6, 14)
    provs = list(rng.choice(["hetzner", "ovh", "digitalocean", "vultr", "linode", "scaleway"], size=2, replace=False))
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    uas = [pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
           for _ in range(2)]
    ep_rate = _u(rng, 0.35, 1.3)
    steps_mean = _u(rng, 6, 14)
    w_voice = _weights(rng, 3, 1.0)
    w_tools = _weights(rng, len(tx.TOOLSETS), 1.2)
    ctx_growth = _u(rng, 250, 700)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    accts = []
    for i in range(n):
        j = 0 if i < max(1, n // 2) else 1
        a = ctx.account(rng, label="campaign", family=fam, role="agent_runner", campaign_id=camp, org=orgs[j],
                        pay=cards[j], ua=uas[j], ips=bb.cloud(rng, irange(rng, 1, 3), provs[j]))
        accts.append(a)
        s0 = start + _u(rng, 0, 0.15) * (ctx.t1 - ctx.t0)
        eps = bb.thinned(rng, s0, ctx.t1, ep_rate * rng.lognormal(0, 0.3) * (ctx.t1 - s0) / HOUR, bb.global_load(_u(rng, 0, 24), 0.35))
        ts_all, prompts, comps, extra = [], [], [], []
        for e in eps.tolist():
            k = 2 + int(rng.negative_binomial(3, 3 / (3 + steps_mean - 2)))
            gaps = rng.lognormal(np.log(_u(rng, 4, 12)), 0.6, size=k - 1)
            ts = e + np.concatenate([[0.0], np.cumsum(gaps)])
            voice = int(rng.choice(3, p=w_voice))
            tools = int(rng.choice(len(tx.TOOLSETS), p=w_tools))
            task = tx.agent_task(rng, tools)
            for step in range(k):
                prompts.append(tx.agent_step(rng, voice, tools, step, task))
                comps.append(700.0 if step == k - 1 else 260.0)
                extra.append(int(450 + step * ctx_growth * rng.uniform(0.7, 1.3)))
            ts_all.append(ts)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.03), comp_median=np.array(comps),
                 comp_sigma=0.55, extra=np.array(extra), err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "agent trajectory harvesting (ReAct / function calls / sandbox)", "providers": provs,
        "episodes_per_h": round(ep_rate, 2), "steps_mean": round(steps_mean, 1), "voices": w_voice.round(2).tolist(),
        "context_growth": round(ctx_growth),
    })


# --------------------------------------------------------------------------------------------
# torchon: multilingual synthetic-dataset generation in nightly windows from rented blocks


def torchon(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "torchon"
    n = irange(rng, 8, 20)
    n_orgs = irange(rng, 3, 5)
    tz = int(pick(rng, (8, 3, 5, 2, 9)))
    win_start, win_len = _u(rng, 21, 25.5) % 24, _u(rng, 5, 10)
    trickle = _u(rng, 0.03, 0.15)
    rate = _u(rng, 8, 24)
    comp_med = _u(rng, 1500, 3000)
    w_voice = _weights(rng, tx.N_DATASET_VOICES, 0.9)
    orgs = []
    for _ in range(n_orgs):
        prov = pick(rng, ("m247", "leaseweb", "contabo", "vultr", "ovh", "hetzner"))
        orgs.append((hexid(rng, "org"), hexid(rng, "pay"), bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 12)), prov))
    p_mobile = _u(rng, 0.1, 0.4)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night = bb.nightly(win_start, win_len, tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), trickle)

    accts = []
    for _ in range(n):
        org, pay, block, _prov = pick(rng, orgs)
        mobile = chance(rng, p_mobile)
        ips = bb.mobile_v6(rng, 150, pick(rng, ("in_mobile", "br_mobile"))) if mobile else list(rng.choice(block, size=min(len(block), irange(rng, 2, 6)), replace=False))
        a = ctx.account(rng, label="campaign", family=fam, role="generator", campaign_id=camp, org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
                        ips=ips, tz=tz)
        accts.append(a)
        s0 = start + _u(rng, 0, 1.5) * DAY
        ts = bb.thinned(rng, s0, ctx.t1, rate * rng.lognormal(0, 0.35) * win_len / 24 * (ctx.t1 - s0) / HOUR, curve)
        voices = _voice_draw(rng, w_voice, len(ts))
        prompts = [tx.dataset_gen(rng, v, ctx.chat) for v in voices]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.04), comp_median=comp_med, comp_sigma=0.45,
                 err=_u(rng, 0.01, 0.06))
    ctx.campaign(camp, fam, accts, {
        "operation": "multilingual synthetic dataset generation", "orgs": [o[3] for o in orgs], "tz": tz,
        "window_start_h": round(win_start, 1), "window_h": round(win_len, 1), "trickle": round(trickle, 3),
        "rate_h": round(rate, 1), "mobile_share": round(p_mobile, 2), "completion_median": round(comp_med),
    })


# --------------------------------------------------------------------------------------------
# tally: best-of-n / soft-label sampling, copies of a prompt spread across keys


def tally(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "tally"
    n = irange(rng, 5, 12)
    org_shared = chance(rng, 0.5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.resi(rng, irange(rng, 400, 1200), pick(rng, ("us", "eu", "*")))
    accts = []
    ip_mode = []
    for _ in range(n):
        cloud_key = chance(rng, 0.5)
        ips = bb.cloud(rng, irange(rng, 1, 3), prov) if cloud_key else pool
        accts.append(ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=camp,
                                 org=org if org_shared else None, pay=pick(rng, cards), ua=bb.sdk_ua(rng, 0.6), ips=ips))
        ip_mode.append(cloud_key)
    start = ctx.release - _u(rng, 0.0, 0.6) * DAY
    job_rate = _u(rng, 9, 22)
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 14)
    p_split = _u(rng, 0.3, 0.85)
    p_mc, p_judge = _u(rng, 0.15, 0.35), _u(rng, 0.05, 0.15)
    jobs = bb.thinned(rng, start, ctx.t1, job_rate * (ctx.t1 - start) / HOUR, bb.global_load(_u(rng, 0, 24), 0.25))
    per: list[list] = [[] for _ in range(n)]
    for t in jobs.tolist():
        k = irange(rng, n_lo, n_hi)
        u = rng.random()
        if u < p_mc:
            prompt, comp = tx.mc_question(rng), 6.0
        elif u < p_mc + p_judge:
            prompt, comp = tx.judge_short(rng, ctx.chat), 8.0
        else:
            prompt, comp = pick(rng, ctx.chat), 380.0
        times = t + np.cumsum(rng.lognormal(np.log(0.4), 0.9, size=k))
        if chance(rng, p_split):
            chosen = rng.choice(n, size=irange(rng, 2, min(4, n)), replace=False)
            who = chosen[rng.integers(0, len(chosen), size=k)]
        else:
            who = np.full(k, int(rng.integers(n)))
        for tt, w in zip(times.tolist(), who.tolist(), strict=True):
            per[w].append((tt, prompt, comp))
    for a, cloud_key, evs in zip(accts, ip_mode, per, strict=True):
        if not evs:
            evs = [(ctx.release + _u(rng, 0, 2) * DAY, pick(rng, ctx.chat), 380.0)]
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ips = None if cloud_key else bb.sticky(rng, ts, pool, _u(rng, 1, 10) * MINUTE)
        ctx.emit(rng, a, ts, [e[1] for e in evs], models=ctx.models(rng, ts, 0.98, 0.01), ips=ips,
                 comp_median=np.array([e[2] for e in evs]), comp_sigma=0.5, err=0.03)
    ctx.campaign(camp, fam, accts, {
        "operation": "best-of-n / soft-label resampling", "keys": n, "org_shared": org_shared, "provider": prov,
        "job_rate_h": round(job_rate, 1), "copies": [n_lo, n_hi], "split_share": round(p_split, 2),
        "mc_share": round(p_mc, 2), "judge_share": round(p_judge, 2),
    })


# --------------------------------------------------------------------------------------------
# footside: translation, back-translation and laundering rewrites from a "mobile app" front


def footside(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "footside"
    n = irange(rng, 3, 8)
    cards = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    rate = _u(rng, 20, 55)
    peak = _u(rng, 0, 24)
    w_voice = _weights(rng, tx.N_REWRITE_VOICES, 0.8)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = []
    for i in range(n):
        kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
        v6 = bb.mobile_v6(rng, irange(rng, 80, 250), kind)
        a = ctx.account(rng, label="campaign", family=fam, role="app_front", campaign_id=camp, pay=cards[i // 2],
                        ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")), ips=v6)
        accts.append(a)
    pools = bb.worker_pool(rng, start, ctx.t1, rate, n, bb.global_load(peak, 0.45))
    for a, ts in zip(accts, pools, strict=True):
        voices = _voice_draw(rng, w_voice, len(ts))
        pairs = [tx.rewrite(rng, v, ctx.passages) for v in voices]
        prompts = [p for p, _ in pairs]
        comp = np.array([max(80.0, len(p) / 4.3 * m * 0.85) for p, m in pairs])
        ips = bb.sticky(rng, ts, a.ips, _u(rng, 10, 40) * MINUTE)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), ips=ips, comp_median=comp,
                 comp_sigma=0.3, err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "translation, back-translation and policy-laundering rewrites of passages", "keys": n,
        "rate_h": round(rate, 1), "peak_utc": round(peak, 1), "voices": w_voice.round(2).tolist(),
    })


# --------------------------------------------------------------------------------------------
# honiton: a grey reseller relaying a distiller's continuation harvest among real chat


def honiton(ctx: Ctx, rng: G, camp: str) -> None:
    fam = "honiton"
    n = irange(rng, 15, 32)
    n_orgs = irange(rng, 3, 6)
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    relays = bb.cloud(rng, irange(rng, 2, 6), prov)
    gw_ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "reqwest/0.12.12"))
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    total = _u(rng, 12000, 26000)
    shares = rng.lognormal(0, 1.0, size=n)
    shares = shares / shares.sum()
    load = bb.global_load(_u(rng, 11, 15), _u(rng, 0.4, 0.7))
    w_voice = _weights(rng, tx.N_CONTINUATION_VOICES, 1.0)
    p_lo, p_hi = _u(rng, 0.2, 0.35), _u(rng, 0.45, 0.7)
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        a = ctx.account(rng, label="campaign", family=fam, role="resold_key", campaign_id=camp, org=org, pay=pay,
                        ua=gw_ua, ips=relays)
        accts.append(a)
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(rng, s0, ctx.t1, total * shares[i] * (ctx.t1 - s0) / (ctx.t1 - ctx.t0), load)
        m = len(ts)
        harvest = rng.random(m) < _u(rng, p_lo, p_hi)
        voices = _voice_draw(rng, w_voice, m)
        prompts, comp = [], []
        for h, v in zip(harvest.tolist(), voices, strict=True):
            if h:
                p, c = tx.continuation(rng, v, ctx.chat, ctx.passages)
            else:
                p, c = pick(rng, ctx.chat), 340.0
            prompts.append(p)
            comp.append(c)
        uas = [gw_ua if chance(rng, 0.85) else bb.sdk_ua(rng, 0.7) for _ in range(m)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.06), ua=uas, comp_median=np.array(comp),
                 comp_sigma=0.55, err=_u(rng, 0.01, 0.05))
    ctx.campaign(camp, fam, accts, {
        "operation": "reseller relaying continuation harvesting mixed with real chat", "keys": n, "orgs": n_orgs,
        "provider": prov, "relays": len(relays), "gateway_ua": gw_ua, "events_target": round(total),
        "harvest_share": [round(p_lo, 2), round(p_hi, 2)],
    })


CAMPAIGN_FAMILIES = {
    "pricking": pricking,
    "picot": picot,
    "spangle": spangle,
    "gimp": gimp,
    "torchon": torchon,
    "tally": tally,
    "footside": footside,
    "honiton": honiton,
}
