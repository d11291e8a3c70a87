"""Campaign families of blind batch 63 (code names from calligraphy).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every size, rate,
address source, voice mix and model share is drawn per seed. See README.md (read it only after
the monitor's run).
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
    mobile_v6,
    nightly,
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind63 import texts as T

CAMP = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _mix(rng: np.random.Generator, options, lo: int, hi: int) -> tuple[list[str], np.ndarray]:
    """A random subset of `options` with Dirichlet weights (an operator's voice mix)."""
    k = min(len(options), irange(rng, lo, hi))
    chosen = [str(x) for x in rng.choice(options, size=k, replace=False).tolist()]
    return chosen, rng.dirichlet(np.full(k, 1.5))


def _draw(rng: np.random.Generator, chosen: list[str], weights: np.ndarray, n: int) -> list[str]:
    return [chosen[i] for i in rng.choice(len(chosen), size=n, p=weights).tolist()]


def _window(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# ductus: reasoning-trace coercion by a Poisson worker pool on rented datacenter blocks


def ductus(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 14, 30)
    provs = [str(p) for p in rng.choice(["hetzner", "ovh", "digitalocean", "vultr", "contabo", "aws", "linode",
                                         "leaseweb", "m247"], size=irange(rng, 1, 2), replace=False)]
    pool: list[str] = []
    for p in provs:
        pool += rented_block(rng, p, irange(rng, 2, 4), irange(rng, 3, 7))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    main_ua = sdk_ua(rng, 0.4)
    voices, vw = _mix(rng, T.COERCE_VOICES, 2, 4)
    p_card, p_main_ua = _u(rng, 0.5, 0.85), _u(rng, 0.6, 0.9)
    accts = []
    for _ in range(n):
        ips = [str(x) for x in rng.choice(pool, size=min(len(pool), irange(rng, 2, 6)), replace=False)]
        accts.append(ctx.account(rng, label=CAMP, family="ductus", role="worker", campaign_id=cid,
                                 pay=pick(rng, cards) if chance(rng, p_card) else None,
                                 ua=main_ua if chance(rng, p_main_ua) else sdk_ua(rng), ips=ips))
    rate_pre, rate_post = _u(rng, 12, 45), _u(rng, 140, 300)
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.1, 0.35))
    surge = ctx.release + _u(rng, 0.5, 8) * HOUR
    pre = worker_pool(rng, ctx.t0, surge, rate_pre, n, curve)
    post = worker_pool(rng, surge, ctx.t1, rate_post, n, curve)
    p_new, comp = _u(rng, 0.82, 0.97), _u(rng, 1400, 2600)
    p_late, p_stop = _u(rng, 0.2, 0.5), _u(rng, 0.05, 0.25)
    err, p_cover = _u(rng, 0.02, 0.06), _u(rng, 0.0, 0.2)
    for i, a in enumerate(accts):
        start = jitter_start(rng, ctx.release, ctx.t1, 0.3) if chance(rng, p_late) else jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        end = _u(rng, start + DAY, ctx.t1 + 1) if chance(rng, p_stop) else ctx.t1 + 1
        ts = _window(np.concatenate([pre[i], post[i]]), start, end)
        vs = _draw(rng, voices, vw, len(ts))
        cover = rng.random(len(ts)) < p_cover  # plain chat replayed to look like an app
        prompts = [pick(rng, ctx.chat) if c else T.coerce_reasoning(rng, v, T.hard_problem(rng))
                   for v, c in zip(vs, cover.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02),
                 comp_median=np.where(cover, 350.0, comp), comp_sigma=0.5, err=err)
    ctx.campaign(cid, "ductus", accts, {
        "operation": "reasoning-trace coercion", "accounts": n, "providers": provs, "pool_ips": len(pool),
        "cards": len(cards), "p_shared_card": round(p_card, 3), "voices": voices, "rate_pre_per_h": round(rate_pre, 1),
        "rate_post_per_h": round(rate_post, 1), "surge_ts": surge, "p_new": round(p_new, 3),
        "completion_median": round(comp), "p_late_join": round(p_late, 3), "p_stop_early": round(p_stop, 3),
        "p_cover_chat": round(p_cover, 3)})


# --------------------------------------------------------------------------------------------
# uncial: preference / rubric labels harvested as "evaluation jobs" of a small org


def uncial(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = {o: hexid(rng, "pay") for o in orgs}
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 6, 20), provider)
    uas = ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "distilabel/1.5.3 OpenAI/Python 1.58.1",
           "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")
    accts = []
    for _ in range(n):
        o = pick(rng, orgs)
        accts.append(ctx.account(rng, label=CAMP, family="uncial", role="grader", campaign_id=cid, org=o,
                                 pay=pays[o], ua=pick(rng, uas), ips=nat))
    tz = pick(rng, TZS)
    per_day, size, gap = _u(rng, 5, 12), _u(rng, 70, 200), _u(rng, 1.2, 4.0)
    starts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY,
                     workday(tz, start=7.0, end=22.0, weekend=0.35, night=0.12))
    owner = rng.integers(0, n, size=len(starts))
    trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
    voices, vw = _mix(rng, T.GRADE_VOICES, 2, 3)
    p_new, comp = _u(rng, 0.55, 0.9), _u(rng, 120, 260)
    for i, a in enumerate(accts):
        ts = np.sort(np.concatenate([trains[j] for j in np.flatnonzero(owner == i).tolist()] or [np.empty(0)]))
        vs = _draw(rng, voices, vw, len(ts))
        prompts = [T.grade_prompt(rng, v, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for v in vs]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=comp, comp_sigma=0.55,
                 err=0.015)
    ctx.campaign(cid, "uncial", accts, {
        "operation": "preference and rubric grading", "accounts": n, "orgs": len(orgs), "provider": provider,
        "nat_ips": len(nat), "operator_tz": tz, "jobs_per_day": round(per_day, 2), "job_size_mean": round(size),
        "gap_median_s": round(gap, 2), "voices": voices, "p_new": round(p_new, 3), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# thuluth: a hydra of short-lived keys back-translating through residential proxies


def thuluth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    regions = [str(r) for r in rng.choice(["sea", "in", "latam", "eu", "us", "ru"], size=irange(rng, 2, 3), replace=False)]
    proxy: list[str] = []
    for r in regions:
        proxy += resi(rng, irange(rng, 150, 400), r)
    n_waves = irange(rng, 4, 7)
    edges = np.linspace(ctx.t0 - 0.5 * DAY, ctx.t1 - 0.5 * DAY, n_waves + 1)
    wave_starts = rng.uniform(edges[:-1], edges[1:])  # one wave per slice: the hydra keeps regrowing
    voices, vw = _mix(rng, T.BT_VOICES, 1, 3)
    p_new, comp = _u(rng, 0.45, 0.85), _u(rng, 250, 450)
    ev_lo, ev_hi = _u(rng, 15, 35), _u(rng, 50, 110)
    hold = _u(rng, 300, 1800)
    accts = []
    for w, ws in enumerate(wave_starts.tolist()):
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
        ua = pick(rng, SDK_OTHER)
        langs = [str(x) for x in rng.choice(T.LOW_RES, size=irange(rng, 3, 6), replace=False)]
        for _ in range(irange(rng, 5, 12)):
            a = ctx.account(rng, label=CAMP, family="thuluth", role=f"wave{w}", campaign_id=cid,
                            pay=pick(rng, cards), ua=ua, ips=["0.0.0.0"])
            accts.append(a)
            s = ws + _u(rng, 0, 6 * HOUR)
            e = s + _u(rng, 0.4, 2.0) * DAY
            ts = thinned(rng, s, min(e, ctx.t1), _u(rng, ev_lo, ev_hi),
                         global_load(_u(rng, 0, 24), _u(rng, 0.0, 0.5)))
            mine = [str(x) for x in rng.choice(proxy, size=irange(rng, 20, 60), replace=False)]
            vs = _draw(rng, voices, vw, len(ts))
            prompts = [T.backtranslate(rng, v, pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat),
                                       pick(rng, langs)) for v in vs]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), ips=sticky(rng, ts, mine, hold),
                     comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, "thuluth", accts, {
        "operation": "back-translation via a hydra of fresh keys", "accounts": len(accts), "waves": n_waves,
        "proxy_regions": regions, "proxy_pool": len(proxy), "sticky_hold_s": round(hold), "voices": voices,
        "events_per_account": [round(ev_lo, 1), round(ev_hi, 1)], "p_new": round(p_new, 3),
        "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# nastaliq: low-and-slow "people" on home connections mixing chat with deep expert questions


def nastaliq(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 22, 40)
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    p_share = _u(rng, 0.15, 0.35)
    langs = ["en", "es", "pt", "de", "zh"]
    lw = rng.dirichlet(np.array([6.0, 1.5, 1.5, 1.0, 1.5]))
    p_new = _u(rng, 0.5, 0.9)
    comp_h = _u(rng, 900, 1600)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.35)
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        ips = home(rng, irange(rng, 1, 3), tz)
        if mobile and chance(rng, 0.5):
            ips += mobile_v6(rng, irange(rng, 1, 4), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        a = ctx.account(rng, label=CAMP, family="nastaliq", role="persona", campaign_id=cid,
                        pay=pick(rng, shared) if chance(rng, p_share) else None, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        lang = langs[int(rng.choice(len(langs), p=lw))]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = session_times(rng, start, ctx.t1, _u(rng, 0.7, 2.5), evening_person(tz), _u(rng, 2.5, 6.0),
                                 _u(rng, 50, 200), 0.9)
        p_h = _u(rng, 0.35, 0.65)
        ts_all, prompts, comps = [], [], []
        for st in sessions:
            harvest = chance(rng, p_h)
            for j in range(len(st)):
                if harvest:
                    prompts.append(T.expert_question(rng, lang) if j == 0 or chance(rng, 0.2) else T.follow_up(rng, lang))
                    comps.append(comp_h)
                else:
                    prompts.append(pick(rng, ctx.chat))
                    comps.append(320.0)
            ts_all.append(st)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=np.asarray(comps),
                 comp_sigma=0.6, err=0.005)
    ctx.campaign(cid, "nastaliq", accts, {
        "operation": "low-and-slow human-mimicking expert Q&A", "accounts": n, "shared_cards": len(shared),
        "p_shared_card": round(p_share, 3), "language_weights": dict(zip(langs, np.round(lw, 3).tolist(), strict=True)),
        "p_new": round(p_new, 3), "harvest_completion_median": round(comp_h)})


# --------------------------------------------------------------------------------------------
# copperplate: agent trajectories with tool schemas from serverless egress


def copperplate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 14)
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"),
             pick(rng, ("openai-agents/0.0.7 OpenAI/Python 1.63.2", "langgraph/0.2.70 langchain-openai/0.3.6",
                        "crewai/0.100.0 litellm/1.60.2", "smolagents/1.9.2 python-httpx/0.28.1")),
             _mix(rng, T.AGENT_VOICES, 1, 2)) for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 30, 80), provider)
    rate, boost = _u(rng, 0.5, 1.4), _u(rng, 1.4, 2.5)
    step_gap, steps_hi = _u(rng, 6, 18), irange(rng, 4, 8)
    p_new, comp = _u(rng, 0.8, 0.95), _u(rng, 350, 700)
    accts = []
    for i in range(n):
        org, pay, ua, (voices, vw) = orgs[i % n_orgs]
        a = ctx.account(rng, label=CAMP, family="copperplate", role="agent-runner", campaign_id=cid, org=org,
                        pay=pay, ua=ua, ips=egress)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        curve = global_load(_u(rng, 0, 24), 0.3)
        starts = np.concatenate([thinned(rng, start, max(start, ctx.release), rate * max(0.0, ctx.release - start) / HOUR, curve),
                                 thinned(rng, max(start, ctx.release), ctx.t1, rate * boost * (ctx.t1 - max(start, ctx.release)) / HOUR, curve)])
        ts_l, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 2, steps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            v = _draw(rng, voices, vw, 1)[0]
            ts_l.append(t)
            for j in range(k):
                prompts.append(T.agent_task(rng, v) if j == 0 else T.agent_step(rng, v, j))
                extra.append(0 if j == 0 else 350 * j + irange(rng, 0, 600))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=comp, comp_sigma=0.6,
                 err=0.02, extra=np.asarray(extra, dtype=np.int64))
    ctx.campaign(cid, "copperplate", accts, {
        "operation": "agent / tool-use trajectory harvesting", "accounts": n, "orgs": n_orgs, "provider": provider,
        "egress_ips": len(egress), "episodes_per_h": round(rate, 2), "post_release_boost": round(boost, 2),
        "step_gap_median_s": round(step_gap, 1), "max_steps": steps_hi, "voices": [o[3][0] for o in orgs],
        "p_new": round(p_new, 3), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# cadel: a reseller gateway whose customers' chat hides one customer's data generation


def cadel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "hetzner", "oracle"))
    gw = rented_block(rng, prov, 1, irange(rng, 2, 4))
    ua = pick(rng, ("Go-http-client/2.0", "Go-http-client/1.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    accts = [ctx.account(rng, label=CAMP, family="cadel", role="reseller-key", campaign_id=cid, ua=ua, ips=gw)
             for _ in range(n)]
    rate = _u(rng, 60, 140)
    peak = _u(rng, 1, 9)
    streams = worker_pool(rng, ctx.t0, ctx.t1, rate, n, global_load(peak, _u(rng, 0.35, 0.6)))
    p_h, p_new, p_mini = _u(rng, 0.25, 0.5), _u(rng, 0.6, 0.85), _u(rng, 0.1, 0.3)
    comp_h = _u(rng, 800, 1200)
    for i, a in enumerate(accts):
        start = ctx.t0 if i < 2 else jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _window(streams[i], start, ctx.t1 + 1)
        h = rng.random(len(ts)) < p_h
        prompts = [T.alpaca_prompt(rng) if x else pick(rng, ctx.chat) for x in h.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=np.where(h, comp_h, 330.0),
                 comp_sigma=0.7, err=_u(rng, 0.03, 0.08))
    ctx.campaign(cid, "cadel", accts, {
        "operation": "reseller gateway with mixed customer traffic", "accounts": n, "provider": prov,
        "gateway_ips": len(gw), "rate_per_h": round(rate, 1), "peak_utc": round(peak, 1), "p_harvest": round(p_h, 3),
        "p_new": round(p_new, 3), "p_mini": round(p_mini, 3), "harvest_completion_median": round(comp_h)})


# --------------------------------------------------------------------------------------------
# textura: nightly synthetic-dataset, prompt-evolution and "compliant rewrite" batches


_GEN_COMP = {"jsonl_pairs": 2600.0, "evol_depth": 260.0, "evol_breadth": 900.0, "dialogue": 1700.0,
             "zh_safe_rewrite": 750.0, "ru_safe_rewrite": 700.0}


def textura(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 9)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, TZS)
    laptop = home(rng, 1, tz)
    ua = sdk_ua(rng, 0.5)
    voices, vw = _mix(rng, T.GEN_VOICES, 2, 4)
    start_h, hours, rate = _u(rng, 0, 3), _u(rng, 3, 6), _u(rng, 30, 80)
    accts = []
    for _ in range(n):
        vm = cloud(rng, 1, pick(rng, providers()))
        a = ctx.account(rng, label=CAMP, family="textura", role="batch-box", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua, ips=vm, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        night = thinned(rng, start, ctx.t1, rate * hours * (ctx.t1 - start) / DAY, nightly(start_h + _u(rng, 0, 1), hours, tz))
        tests = thinned(rng, start, ctx.t1, _u(rng, 2, 8) * (ctx.t1 - start) / DAY, workday(tz))
        ts = np.concatenate([night, tests])
        ips = vm * len(night) + laptop * len(tests)
        vs = _draw(rng, voices, vw, len(ts))
        prompts = [T.dataset_gen(rng, v, pick(rng, ctx.chat), pick(rng, ctx.passages)) for v in vs]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), ips=ips,
                 comp_median=np.array([_GEN_COMP[v] for v in vs]), comp_sigma=0.45, err=0.01)
    ctx.campaign(cid, "textura", accts, {
        "operation": "synthetic dataset generation, prompt evolution, compliant rewrites", "accounts": n,
        "cards": len(cards), "operator_tz": tz, "night_start_h": round(start_h, 2), "night_hours": round(hours, 2),
        "night_rate_per_h": round(rate, 1), "voices": voices, "voice_weights": np.round(vw, 3).tolist()})


# --------------------------------------------------------------------------------------------
# versal: best-of-n resampling of identical prompts through mobile proxies


def versal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    region = {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam", "eu_mobile": "eu"}[carrier]
    voices, vw = _mix(rng, T.CONT_VOICES, 2, 4)
    rep_lo = irange(rng, 3, 5)
    rep_hi = rep_lo + irange(rng, 1, 4)
    gap, rate, p_sticky = _u(rng, 0.5, 3.0), _u(rng, 0.8, 2.0), _u(rng, 0.3, 0.8)
    p_new, comp = _u(rng, 0.85, 0.97), _u(rng, 500, 900)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMP, family="versal", role="sampler", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, MOBILE), ips=["0.0.0.0"])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        hrs = _u(rng, 12, 20)
        on = nightly(_u(rng, 0, 24), hrs, 0)
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * hrs / 24.0, on)
        ts_l, prompts, ips = [], [], []
        for s in starts.tolist():
            k = irange(rng, rep_lo, rep_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            p = T.continuation(rng, _draw(rng, voices, vw, 1)[0], pick(rng, ctx.passages))
            ts_l.append(t)
            prompts += [p] * k
            pool = mobile_v6(rng, k, carrier) if chance(rng, 0.7) else resi(rng, k, region)
            ips += [pool[0]] * k if chance(rng, p_sticky) else pool
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                 comp_sigma=0.7, err=0.02)
    ctx.campaign(cid, "versal", accts, {
        "operation": "best-of-n resampling and continuation harvesting", "accounts": n, "cards": len(cards),
        "carrier": carrier, "repeats": [rep_lo, rep_hi], "repeat_gap_median_s": round(gap, 2),
        "groups_per_active_h": round(rate, 2), "p_same_ip_per_group": round(p_sticky, 3), "voices": voices,
        "p_new": round(p_new, 3), "completion_median": round(comp)})


CAMPAIGN_FAMILIES = {
    "ductus": ductus,
    "uncial": uncial,
    "thuluth": thuluth,
    "nastaliq": nastaliq,
    "copperplate": copperplate,
    "cadel": cadel,
    "textura": textura,
    "versal": versal,
}
