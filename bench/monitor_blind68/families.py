"""Campaign families of blind batch 68 (code names: telescope optics and observatories).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records one campaign with its randomised parameters through
`ctx.campaign`. Texts come from `texts.py` (harvesting) and from ShareGPT via `ctx.chat` /
`ctx.passages` (ordinary chat mixed in).
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
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    Curve,
    bursts,
    chance,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    regions,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind68 import texts as tx

Rng = np.random.Generator

_MOBILE_KIND = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile",
                2: "eu_mobile", 5: "in_mobile"}


def _prod(*curves: Curve) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for c in curves:
            w = w * c(ts)
        return w
    return f


def _outages(rng: Rng, a: float, b: float, n_mean: float, lo_h: float, hi_h: float) -> Curve:
    """Zero weight inside a few random windows (crashed workers, a drained quota, an operator asleep)."""
    k = int(rng.poisson(n_mean))
    starts = rng.uniform(a, b, size=k)
    ends = starts + rng.uniform(lo_h, hi_h, size=k) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.ones(len(ts))
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            w[(ts >= s) & (ts < e)] = 0.0
        return w
    return f


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _sessions_with_ip(rng: Rng, sessions: list[np.ndarray], pool: list[str]) -> tuple[np.ndarray, list[str]]:
    """All session times of one account and one address per session (a phone or a sticky proxy exit)."""
    ts, ips = [], []
    for s in sessions:
        if len(s):
            ts.append(s)
            ips.extend([pick(rng, pool)] * len(s))
    return _flat(ts), ips


def _chat(rng: Rng, ctx: Ctx) -> str:
    return pick(rng, ctx.chat)


def _passage(rng: Rng, ctx: Ctx) -> str:
    return pick(rng, ctx.passages)


# --------------------------------------------------------------------------------------------


def coude(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Critique-and-revise preference pairs from a small lab's worker pool on rented cloud hosts."""
    fam = "coude"
    n = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, n_orgs))]
    uas = [pick(rng, SDK_OTHER) if chance(rng, 0.7) else pick(rng, SDK_COMMON) for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "oracle", "hetzner", "alibaba", "azure", "ovh"))
    hosts = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    accts = []
    for i in range(n):
        ips = list(rng.choice(hosts, size=min(len(hosts), irange(rng, 1, 3)), replace=False))
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                                 org=orgs[i % n_orgs], pay=pays[i % len(pays)], ua=uas[i % n_orgs], ips=ips))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(35, 110))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.45))
    curve = _prod(global_load(peak, depth), _outages(rng, start, ctx.t1, float(rng.uniform(1, 4)), 1.0, 7.0))
    voices = list(rng.choice(6, size=irange(rng, 2, 4), replace=False))
    vw = rng.dirichlet(np.ones(len(voices)))
    p_new = float(rng.uniform(0.8, 0.97))
    comp = float(rng.uniform(700, 1300))
    err = float(rng.uniform(0.005, 0.03))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        vs = rng.choice(voices, size=len(ts), p=vw)
        prompts = [tx.critique(rng, _chat(rng, ctx), _passage(rng, ctx), int(v)) for v in vs]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), comp_median=comp,
                 comp_sigma=0.45, err=err, extra=rng.integers(40, 400, size=len(ts)))
    ctx.campaign(cid, fam, accts, {
        "operation": "critique_revise_preference_pairs", "accounts": n, "orgs": n_orgs, "cards": len(pays),
        "provider": provider, "hosts": len(hosts), "pool_rate_per_hour": round(rate, 1),
        "start_ts": start, "voices": [int(v) for v in voices], "p_new": round(p_new, 3),
        "completion_median": round(comp), "pacing": "poisson worker pool, global-load curve with outages"})


def maksutov(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow consumer-looking accounts: evening sessions, mostly reasoning-trace coercion mixed
    with ordinary chat, each behind residential or mobile addresses matching its fake time zone."""
    fam = "maksutov"
    n = irange(rng, 26, 48)
    cards = [hexid(rng, "pay") for _ in range(max(3, int(n * rng.uniform(0.45, 1.0))))]
    p_h_lo, p_h_hi = sorted(rng.uniform(0.35, 0.85, size=2).tolist())
    voice_sets = [list(rng.choice(9, size=irange(rng, 1, 3), replace=False)) for _ in range(irange(rng, 3, 6))]
    accts, total = [], 0
    for _ in range(n):
        tz = int(pick(rng, TZS))
        use_mobile = tz in _MOBILE_KIND and chance(rng, 0.35)
        pool = mobile_v6(rng, irange(rng, 6, 30), _MOBILE_KIND[tz]) if use_mobile else home(rng, irange(rng, 2, 8), tz)
        r = rng.random()
        ua = pick(rng, BROWSERS) if r < 0.55 else (pick(rng, MOBILE) if r < 0.85 else pick(rng, SDK_COMMON))
        acct = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid,
                           pay=pick(rng, cards), ua=ua, ips=pool, tz=tz)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sessions = session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 3.5)),
                                 evening_person(tz, float(rng.uniform(1.6, 3.0))), float(rng.uniform(3, 8)),
                                 float(rng.uniform(35, 120)), 0.7)
        ts, ips = _sessions_with_ip(rng, sessions, pool)
        if len(ts) == 0:
            continue
        p_h = float(rng.uniform(p_h_lo, p_h_hi))
        voices = pick(rng, voice_sets)
        harvest = rng.random(len(ts)) < p_h
        prompts = [tx.reasoning(rng, int(pick(rng, voices))) if h else _chat(rng, ctx) for h in harvest.tolist()]
        comp = np.where(harvest, rng.uniform(850, 1600), 330.0)
        p_new = float(rng.uniform(0.5, 0.9))
        total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.04), ips=ips,
                          comp_median=comp, comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning_trace_coercion_low_and_slow", "accounts": n, "cards": len(cards),
        "harvest_share_range": [round(p_h_lo, 2), round(p_h_hi, 2)], "voice_sets": len(voice_sets),
        "ip_source": "residential/mobile matching each account's fake time zone", "events": total,
        "pacing": "evening human sessions, 1-3.5 per day, 3-8 requests each"})


def heliostat(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A hydra of short-lived keys on prepaid cards, each burned within hours, generating agent /
    tool-use next-step transcripts through rotating residential proxies."""
    fam = "heliostat"
    lanes = irange(rng, 2, 4)
    start0 = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    ua_rot = ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/NodeJS 4.67.1",
              "OpenAI/Python 1.54.0")
    accts, lane_info, total = [], [], 0
    for lane in range(lanes):
        region = pick(rng, [*regions(), "*", "*"])
        pool = resi(rng, irange(rng, 150, 600), region)
        hold = float(rng.choice((0.0, 60.0, 600.0, 1800.0)))
        voice = irange(rng, 0, 4)
        life_med = float(rng.uniform(4, 11)) * HOUR
        rate = float(rng.uniform(15, 42))
        t = start0 + float(rng.uniform(0, 12)) * HOUR
        keys = 0
        while t < ctx.t1 and keys < 20:
            life = float(rng.lognormal(np.log(life_med), 0.5))
            ts = thinned(rng, t, min(t + life, ctx.t1), rate * life / HOUR, constant)
            acct = ctx.account(rng, label="campaign", family=fam, role=f"lane{lane}_key", campaign_id=cid,
                               ua=pick(rng, ua_rot), ips=pool[:1])
            accts.append(acct)
            keys += 1
            if len(ts):
                ips = sticky(rng, ts, pool, hold) if hold > 0 else list(rng.choice(pool, size=len(ts)))
                status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
                tail = max(1, len(ts) // 7)
                status[-tail:] = np.where(rng.random(tail) < 0.35, 429, status[-tail:])
                if chance(rng, 0.5):
                    status[-irange(rng, 1, min(6, len(ts))):] = 402
                prompts = [tx.agent_step(rng, voice if chance(rng, 0.85) else irange(rng, 0, 4)) for _ in range(len(ts))]
                total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.01), ips=ips,
                                  comp_median=float(rng.uniform(160, 420)), comp_sigma=0.7,
                                  extra=rng.lognormal(np.log(1800), 0.5, size=len(ts)).astype(np.int64),
                                  status=status)
            t += life + float(rng.uniform(0.1, 3.0)) * HOUR
        lane_info.append({"region": region, "proxy_hold_s": hold, "voice": voice, "keys": keys,
                          "life_median_h": round(life_med / HOUR, 1), "rate_per_hour": round(rate, 1)})
    ctx.campaign(cid, fam, accts, {
        "operation": "agent_tool_use_transcripts_hydra", "lanes": lane_info, "accounts": len(accts),
        "payment": "one prepaid card per key", "ip_source": "residential proxy, rotating or sticky",
        "start_ts": start0, "events": total, "status": "429 near key end, some keys end in 402"})


def siderostat(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A cheap-API reseller: genuine end-user chat relayed through a few keys, with a nightly
    dataset-generation job riding on the same keys from shortly before the new model's release."""
    fam = "siderostat"
    n = irange(rng, 3, 6)
    n_orgs = 1 if chance(rng, 0.7) else 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "m247", "vultr"))
    hosts = rented_block(rng, provider, 1, irange(rng, 2, 6))
    ua = pick(rng, ("one-api/0.6.11", "new-api/0.4.9.2", "Go-http-client/2.0", "litellm/1.60.2"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="reseller_key", campaign_id=cid,
                         org=orgs[i % n_orgs], pay=pays[i % n_orgs], ua=ua if chance(rng, 0.8) else "Go-http-client/2.0",
                         ips=hosts) for i in range(n)]
    tz = int(pick(rng, (8, 3, 2, -5, 9)))
    user_rate = float(rng.uniform(40, 100))
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n, global_load((20 - tz) % 24, float(rng.uniform(0.35, 0.6))))
    h_start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    h_rate = float(rng.uniform(50, 130))
    win_start, win_len = float(rng.uniform(0, 3)), float(rng.uniform(5, 8))
    harvest = worker_pool(rng, h_start, ctx.t1, h_rate * win_len / 24.0, n, nightly(win_start, win_len, tz))
    voices = list(rng.choice(6, size=irange(rng, 2, 4), replace=False))
    total = 0
    for acct, tu, th in zip(accts, users, harvest, strict=True):
        pu = [_chat(rng, ctx) for _ in range(len(tu))]
        total += ctx.emit(rng, acct, tu, pu, models=ctx.models(rng, tu, 0.35, 0.25), comp_median=330.0,
                          comp_sigma=0.75, err=0.015)
        ph = [tx.dataset_request(rng, int(pick(rng, voices))) for _ in range(len(th))]
        total += ctx.emit(rng, acct, th, ph, models=ctx.models(rng, th, 0.93, 0.0),
                          comp_median=float(rng.uniform(1200, 2200)), comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "reseller_with_nightly_dataset_generation", "accounts": n, "orgs": n_orgs,
        "provider": provider, "hosts": len(hosts), "user_agent": ua, "operator_tz": tz,
        "user_rate_per_hour": round(user_rate, 1), "harvest_start_ts": h_start,
        "harvest_window_local": [round(win_start, 1), round(win_len, 1)], "harvest_rate_in_window": round(h_rate, 1),
        "voices": [int(v) for v in voices], "events": total})


def astrograph(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Parallel-corpus and compliant-rewrite harvesting: passages translated, back-translated and
    rewritten for restrictive markets, in scripted bursts from Asian clouds or proxies."""
    fam = "astrograph"
    n = irange(rng, 8, 18)
    n_orgs = irange(rng, 2, 3)
    modes = ("translate", "back", "comply", "formal")
    mw = rng.dirichlet(np.ones(4) * 1.5)
    org_info = []
    for _ in range(n_orgs):
        if chance(rng, 0.65):
            prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
            org_info.append((hexid(rng, "org"), hexid(rng, "pay"), rented_block(rng, prov, 1, irange(rng, 2, 5)), prov,
                             0.0))
        else:
            reg = pick(rng, ("sea", "jp_kr", "cn"))
            org_info.append((hexid(rng, "org"), hexid(rng, "pay"), resi(rng, irange(rng, 40, 200), reg), "resi_" + reg,
                             float(rng.choice((300.0, 1200.0)))))
    uas = ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "aiohttp/3.11.11")
    accts, total = [], 0
    for i in range(n):
        org, pay, pool, src, hold = org_info[i % n_orgs]
        acct = ctx.account(rng, label="campaign", family=fam, role="translator", campaign_id=cid, org=org, pay=pay,
                           ua=pick(rng, uas), ips=pool[:3] if hold == 0 else pool[:1])
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        if chance(rng, 0.5):
            curve = nightly(float(rng.uniform(19, 23)), float(rng.uniform(6, 10)), 8)
        else:
            curve = workday(8, night=float(rng.uniform(0.05, 0.25)), weekend=0.3)
        starts = thinned(rng, start, ctx.t1, float(rng.uniform(1.5, 4.0)) * (ctx.t1 - start) / DAY, curve)
        gap = float(rng.uniform(3, 10))
        ts = _flat(bursts(rng, starts, float(rng.uniform(10, 38)), gap, 0.6, ctx.t1))
        if len(ts) == 0:
            continue
        ms = rng.choice(4, size=len(ts), p=mw)
        voice = irange(rng, 0, 1)
        passages = [_passage(rng, ctx) for _ in range(len(ts))]
        prompts = [tx.rewrite(rng, p, modes[m], voice) for p, m in zip(passages, ms.tolist(), strict=True)]
        factor = np.where(ms == 1, 2.3, 1.0)
        comp = np.clip(np.array([min(len(p), 1600) for p in passages]) / 3.3 * factor, 80, 2500)
        ips = sticky(rng, ts, pool, hold) if hold > 0 else list(rng.choice(acct.ips, size=len(ts)))
        total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, float(rng.uniform(0.75, 0.95)), 0.03),
                          ips=ips, comp_median=comp, comp_sigma=0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "translation_backtranslation_compliant_rewrites", "accounts": n, "orgs": n_orgs,
        "ip_sources": [o[3] for o in org_info], "mode_weights": dict(zip(modes, np.round(mw, 3).tolist(), strict=True)),
        "pacing": "scripted bursts, nightly or office hours UTC+8", "events": total})


def collimator(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Soft labels, best-of-n resampling and minimal-pair boundary probes from a job queue on a
    corporate cloud account."""
    fam = "collimator"
    n = irange(rng, 10, 24)
    n_orgs = n // 6 + 1
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("azure", "gcp", "aws"))
    hosts = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=orgs[i % n_orgs],
                         pay=pick(rng, pays), ua=ua, ips=list(rng.choice(hosts, size=irange(rng, 1, 2), replace=False)))
             for i in range(n)]
    tz = int(pick(rng, TZS))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(12, 32))
    curve = workday(tz, night=float(rng.uniform(0.2, 0.5)), weekend=float(rng.uniform(0.3, 0.8)))
    mw = rng.dirichlet((2.0, 2.0, 1.0))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    voice = irange(rng, 0, 3)
    total = 0
    for acct, jobs in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        ts_all, prompts, comps = [], [], []
        for j in jobs.tolist():
            mode = int(rng.choice(3, p=mw))
            if mode == 0:
                k = irange(rng, n_lo, n_hi)
                p = tx.reasoning(rng, irange(rng, 0, 8)) if chance(rng, 0.6) else _chat(rng, ctx)
                batch, c = [p] * k, float(rng.uniform(400, 900))
            elif mode == 1:
                k = irange(rng, 3, 12)
                batch, c = [tx.softlabel(rng, voice if chance(rng, 0.8) else irange(rng, 0, 3)) for _ in range(k)], 90.0
            else:
                batch, c = tx.minimal_pair(rng, irange(rng, 0, 1)), 220.0
            gaps = rng.lognormal(np.log(0.9), 0.6, size=len(batch) - 1)
            ts_all.append(j + np.concatenate([[0.0], np.cumsum(gaps)]))
            prompts.extend(batch)
            comps.extend([c] * len(batch))
        ts = _flat(ts_all)
        total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), comp_median=np.array(comps),
                          comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "soft_labels_best_of_n_minimal_pairs", "accounts": n, "orgs": n_orgs, "cards": len(pays),
        "provider": provider, "hosts": len(hosts), "user_agent": ua, "tz": tz, "job_rate_per_hour": round(rate, 1),
        "mode_weights": np.round(mw, 3).tolist(), "best_of_n": [n_lo, n_hi], "events": total})


def nasmyth(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Continuation and follow-up harvesting spread thin over many consumer-looking accounts on
    mobile and residential exits: each session opens with a text to continue (or a real chat
    prompt) and then presses on with short generic follow-ups."""
    fam = "nasmyth"
    n = irange(rng, 28, 58)
    cards = [hexid(rng, "pay") for _ in range(max(4, int(n * rng.uniform(0.3, 0.8))))]
    lang_w = {"en": 0.55, "es": 0.1, "zh": 0.15, "de": 0.05, "pt": 0.1, "ru": 0.05}
    langs, lw = list(lang_w), np.array(list(lang_w.values()))
    accts, total = [], 0
    for _ in range(n):
        tz = int(pick(rng, TZS))
        if tz in _MOBILE_KIND and chance(rng, 0.6):
            pool = mobile_v6(rng, irange(rng, 15, 60), _MOBILE_KIND[tz])
            ua = pick(rng, MOBILE)
        else:
            pool = home(rng, irange(rng, 1, 4), tz) if chance(rng, 0.5) else resi(rng, irange(rng, 10, 40), "*")
            ua = pick(rng, BROWSERS)
        acct = ctx.account(rng, label="campaign", family=fam, role="thin_account", campaign_id=cid,
                           pay=pick(rng, cards), ua=ua, ips=pool, tz=tz)
        accts.append(acct)
        lang = str(rng.choice(langs, p=lw / lw.sum()))
        curve = evening_person(tz) if chance(rng, 0.6) else global_load(float(rng.uniform(0, 24)), 0.3)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(rng, start, ctx.t1, float(rng.uniform(1.2, 3.5)), curve, float(rng.uniform(4, 10)),
                                 float(rng.uniform(18, 60)), 0.6)
        ts, ips = _sessions_with_ip(rng, sessions, pool)
        prompts, comp = [], []
        voice = irange(rng, 0, 4)
        for s in sessions:
            for k in range(len(s)):
                if k == 0:
                    if chance(rng, 0.65):
                        prompts.append(tx.continuation(rng, _passage(rng, ctx), voice))
                        comp.append(float(rng.uniform(900, 1400)))
                    else:
                        prompts.append(_chat(rng, ctx))
                        comp.append(400.0)
                elif chance(rng, 0.9):
                    prompts.append(tx.followup(rng, lang))
                    comp.append(float(rng.uniform(700, 1200)))
                else:
                    prompts.append(_chat(rng, ctx))
                    comp.append(350.0)
        total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.9)), 0.03),
                          ips=ips, comp_median=np.array(comp), comp_sigma=0.45, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "continuation_and_followup_harvesting_spread_thin", "accounts": n, "cards": len(cards),
        "languages": lang_w, "ip_source": "mobile IPv6 per session, home or residential proxy",
        "pacing": "sessions 1.2-3.5/day, 4-10 turns, 18-60 s between turns", "events": total})


def paranal(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reward-model labels: rubric, pairwise and Likert grading of ShareGPT prompts and answers, fired
    by cron bursts from cheap VPS hosts; after the release half the accounts move to proxies."""
    fam = "paranal"
    n = irange(rng, 8, 18)
    cards = [hexid(rng, "pay") for _ in range(int(np.ceil(n / irange(rng, 3, 5))))]
    provider = pick(rng, ("digitalocean", "vultr", "linode", "ovh"))
    pivot = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
    period = float(rng.uniform(60, 180)) * MINUTE
    voices = list(rng.choice(5, size=irange(rng, 2, 4), replace=False))
    accts, total = [], 0
    for i in range(n):
        host = rented_block(rng, provider, 1, 1)
        acct = ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=cid,
                           pay=cards[i % len(cards)], ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
                           ips=host)
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        offset = float(rng.uniform(0, period))
        cron = np.arange(ctx.t0 + offset, ctx.t1, period)
        cron = cron + rng.normal(0, 90, size=len(cron))
        days_on = rng.random(8) < float(rng.uniform(0.55, 0.9))
        day_idx = ((cron - ctx.t0) // DAY).astype(np.int64).clip(0, 7)
        cron = cron[(cron >= start) & days_on[day_idx]]
        ts = _flat(bursts(rng, cron, float(rng.uniform(8, 30)), float(rng.uniform(0.7, 2.5)), 0.5, ctx.t1))
        if len(ts) == 0:
            continue
        moves = chance(rng, 0.5)
        if moves:
            pool = resi(rng, irange(rng, 30, 120), pick(rng, ("us", "eu", "*")))
            after = ts >= pivot
            ips = [pick(rng, pool) if a else host[0] for a in after.tolist()]
        else:
            ips = host[0]
        prompts = [tx.grade(rng, _chat(rng, ctx), _passage(rng, ctx), _passage(rng, ctx), int(pick(rng, voices)))
                   for _ in range(len(ts))]
        total += ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.02), ips=ips,
                          comp_median=float(rng.uniform(150, 400)), comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "rubric_pairwise_reward_labels", "accounts": n, "cards": len(cards), "provider": provider,
        "cron_period_min": round(period / MINUTE, 1), "pivot_ts": pivot, "voices": [int(v) for v in voices],
        "events": total})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "astrograph": astrograph,
    "collimator": collimator,
    "coude": coude,
    "heliostat": heliostat,
    "maksutov": maksutov,
    "nasmyth": nasmyth,
    "paranal": paranal,
    "siderostat": siderostat,
}

__all__ = ["CAMPAIGN_FAMILIES"]
