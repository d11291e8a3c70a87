"""Campaign families of blind batch 64 (code names from beekeeping).

Each family is a generator `f(ctx, rng, campaign_id)` that opens accounts in `ctx`, writes their
events and records the campaign with its randomised parameters. The README card describes them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind64 import texts as T

AGENT_UAS = ("langgraph-sdk/0.1.51 python-httpx/0.28.1", "openai-agents/0.0.7 OpenAI/Python 1.66.3",
             "crewai/0.102.0 litellm/1.61.20", "smolagents/1.9.2", "autogen-agentchat/0.4.7 OpenAI/Python 1.63.2",
             "pydantic-ai/0.0.31 OpenAI/Python 1.64.0", "OpenAI/Python 1.58.1")
CLOUDS_CHEAP = ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode", "m247", "leaseweb", "scaleway")
CLOUDS_BIG = ("aws", "gcp", "azure", "oracle")
RESI_REGIONS = ("us", "eu", "latam", "sea", "in", "ca", "jp_kr")


def _weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _choose(rng: np.random.Generator, w: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _strs(values) -> list[str]:
    return [str(v) for v in values]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def waggle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion through a residential-proxy worker pool that surges at release."""
    fam = "waggle"
    n = irange(rng, 12, 30)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 4))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 6))]
    p_own_org = float(rng.uniform(0.3, 0.8))
    regions = _strs(rng.choice(RESI_REGIONS, size=irange(rng, 1, 2), replace=False))
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 150, 450), r)]
    hold = float(rng.uniform(8, 30)) * MINUTE
    p_cloud = float(rng.uniform(0.0, 0.3))
    cloud_prov = pick(rng, CLOUDS_CHEAP)
    langs = ["en", "zh", "ru", "es"]
    lw = np.array([rng.uniform(0.4, 0.8), *rng.uniform(0.0, 0.3, size=3)])
    lw = lw / lw.sum()
    cover = float(rng.uniform(0.08, 0.25))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    r1 = float(rng.uniform(35, 100))
    surge = float(rng.uniform(1.5, 3.0))
    curve = bb.constant if chance(rng, 0.4) else bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(900, 1800))
    s1 = bb.worker_pool(rng, start, max(start, ctx.release), r1, n, curve)
    s2 = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, r1 * surge, n, curve)
    accts = []
    for i in range(n):
        proxied = not chance(rng, p_cloud)
        ips = [pick(rng, pool)] if proxied else bb.rented_block(rng, cloud_prov, 1, irange(rng, 1, 4))
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        org=hexid(rng, "org") if chance(rng, p_own_org) else pick(rng, orgs), pay=pick(rng, cards),
                        ua=bb.sdk_ua(rng, 0.4), ips=ips)
        accts.append(a)
        ts = _concat([s1[i], s2[i]])
        voices = rng.choice(5, size=irange(rng, 1, 3), replace=False).tolist()
        prompts, meds = [], []
        for _ in range(len(ts)):
            if chance(rng, cover):
                prompts.append(pick(rng, ctx.chat))
                meds.append(350.0)
            else:
                lang = langs[int(rng.choice(4, p=lw))]
                prompts.append(T.waggle_prompt(rng, pick(rng, voices), lang))
                meds.append(comp)
        ev_ips = bb.sticky(rng, ts, pool, hold) if proxied else None
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ev_ips, comp_median=np.array(meds),
                 comp_sigma=0.5, err=float(rng.uniform(0.005, 0.03)))
    ctx.campaign(cid, fam, accts, {"operation": "reasoning_trace_coercion", "accounts": n, "orgs": len(orgs),
                                   "p_own_org": p_own_org, "cards": len(cards), "proxy_regions": regions,
                                   "proxy_hold_s": hold, "p_cloud_accounts": p_cloud, "rate_per_h_pre": r1,
                                   "surge_after_release": surge, "languages": dict(zip(langs, lw.round(3).tolist(), strict=True)),
                                   "cover_share": cover, "p_new": p_new, "comp_median": comp})


def smoker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model / rubric labelling: nightly batch windows from a small rented cloud block."""
    fam = "smoker"
    n = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, CLOUDS_BIG + ("hetzner", "ovh"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = pick(rng, ("python-httpx/0.27.2", "aiohttp/3.10.5", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, bb.TZS)
    night_start, night_len = float(rng.uniform(21, 26)) % 24, float(rng.uniform(4, 9))
    r_night, r_day = float(rng.uniform(40, 110)), float(rng.uniform(2, 8))  # means over the window
    vw = _weights(rng, 6, 0.8)
    p_new = float(rng.uniform(0.6, 0.9))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    night = bb.worker_pool(rng, start, ctx.t1, r_night, n, bb.nightly(night_start, night_len, tz))
    day = bb.worker_pool(rng, start, ctx.t1, r_day, n, bb.workday(tz))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="labeller", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=ua, ips=_strs(rng.choice(block, size=min(len(block), irange(rng, 2, 6)), replace=False)))
        accts.append(a)
        ts = _concat([night[i], day[i]])
        prompts, meds = [], []
        for v in _choose(rng, vw, len(ts)):
            p, m = T.grading_prompt(rng, v, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
            prompts.append(p)
            meds.append(m)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=np.array(meds),
                 comp_sigma=0.45, err=float(rng.uniform(0.01, 0.05)), extra=irange(rng, 150, 900))
    ctx.campaign(cid, fam, accts, {"operation": "reward_labelling", "accounts": n, "orgs": len(orgs), "cards": len(cards),
                                   "provider": prov, "block_ips": len(block), "ua": ua, "tz": tz,
                                   "night_start_h": night_start, "night_hours": night_len, "rate_night_per_h": r_night,
                                   "rate_day_per_h": r_day, "voice_weights": vw.round(3).tolist(), "p_new": p_new})


def forager(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent trajectory harvesting: synthetic episodes from many cloud-hosted keys."""
    fam = "forager"
    n = irange(rng, 10, 25)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    p_own_card = float(rng.uniform(0.1, 0.5))
    provs = _strs(rng.choice(CLOUDS_BIG + CLOUDS_CHEAP, size=irange(rng, 2, 4), replace=False))
    ep_per_day = float(rng.uniform(4, 15))
    steps_mean = float(rng.uniform(3, 8))
    gap = float(rng.uniform(3, 10))
    comp = float(rng.uniform(150, 400))
    p_new = float(rng.uniform(0.8, 0.95))
    cover = float(rng.uniform(0.0, 0.1))
    accts = []
    for _ in range(n):
        ua = pick(rng, AGENT_UAS)
        voice = irange(rng, 0, 2)
        a = ctx.account(rng, label="campaign", family=fam, role="agent_worker", campaign_id=cid,
                        pay=hexid(rng, "pay") if chance(rng, p_own_card) else pick(rng, cards), ua=ua,
                        ips=bb.cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        ep_starts = bb.thinned(rng, start, ctx.t1, ep_per_day * (ctx.t1 - start) / bb.DAY, bb.constant)
        base_extra = irange(rng, 600, 2500)
        ts_all, prompts, extras = [], [], []
        for s in ep_starts.tolist():
            k = min(20, 2 + int(rng.poisson(steps_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            task = T.agent_task(rng)
            tools = _strs(rng.choice(T.AGENT_TOOLS, size=irange(rng, 3, 8), replace=False))
            grow = irange(rng, 150, 600)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(T.agent_step(rng, voice, j, k, task, tools))
                extras.append(base_extra + j * grow)
        n_cover = int(rng.poisson(cover * len(ts_all))) if ts_all else 0
        for tc in rng.uniform(start, ctx.t1, size=n_cover).tolist():
            ts_all.append(tc)
            prompts.append(pick(rng, ctx.chat))
            extras.append(0)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(rng, a, ts, [prompts[i] for i in order.tolist()], models=ctx.models(rng, ts, p_new, 0.03),
                 comp_median=comp, comp_sigma=0.55, err=0.015, extra=np.asarray(extras, dtype=np.int64)[order])
    ctx.campaign(cid, fam, accts, {"operation": "agent_trajectories", "accounts": n, "cards": len(cards),
                                   "p_own_card": p_own_card, "providers": provs, "episodes_per_day": ep_per_day,
                                   "steps_mean": steps_mean, "step_gap_s": gap, "comp_median": comp, "p_new": p_new,
                                   "cover_share": cover})


def skep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A hydra of short-lived keys generating synthetic instruction data through rotating proxies."""
    fam = "skep"
    n = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_reuse = float(rng.uniform(0.3, 0.6))
    pool = bb.resi(rng, irange(rng, 400, 1200))
    mob_kinds = _strs(rng.choice(("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), size=2, replace=False))
    p_mobile = float(rng.uniform(0.1, 0.4))
    vw = _weights(rng, 7, 1.0)
    life_lo, life_hi = 0.4, 2.0
    req_lo, req_hi = 25, 150
    p_new = float(rng.uniform(0.85, 0.97))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    spawns = np.sort(rng.uniform(start, ctx.t1 - 0.3 * bb.DAY, size=n))
    accts = []
    for s in spawns.tolist():
        mobile = chance(rng, p_mobile)
        a = ctx.account(rng, label="campaign", family=fam, role="hydra_key", campaign_id=cid,
                        pay=pick(rng, cards) if chance(rng, p_reuse) else hexid(rng, "pay"),
                        ua=bb.sdk_ua(rng, 0.3), ips=pool[:1])
        accts.append(a)
        life = float(rng.uniform(life_lo, life_hi)) * bb.DAY
        m = irange(rng, req_lo, req_hi)
        ts = np.sort(rng.uniform(s, s + life, size=m))
        prompts, meds = [], []
        for v in _choose(rng, vw, m):
            p, med = T.dataset_prompt(rng, v)
            prompts.append(p)
            meds.append(med)
        ips = bb.mobile_v6(rng, m, pick(rng, mob_kinds)) if mobile else [pick(rng, pool) for _ in range(m)]
        status = np.where(rng.random(m) < 0.03, 429, 200)
        status[-irange(rng, 1, 5):] = 429  # the key hits its spend cap and is dropped
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.01), ips=ips, comp_median=np.array(meds),
                 comp_sigma=0.4, status=status)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic_dataset_hydra", "keys": n, "cards": len(cards),
                                   "p_card_reuse": p_reuse, "proxy_pool": len(pool), "p_mobile": p_mobile,
                                   "mobile_kinds": mob_kinds, "life_days": [life_lo, life_hi],
                                   "requests_per_key": [req_lo, req_hi], "voice_weights": vw.round(3).tolist(),
                                   "p_new": p_new})


def varroa(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow bought accounts: human pacing and home networks, mostly expert deep-dives."""
    fam = "varroa"
    n = irange(rng, 25, 50)
    harvest_lo, harvest_hi = float(rng.uniform(0.4, 0.55)), float(rng.uniform(0.65, 0.85))
    p_new = float(rng.uniform(0.6, 0.85))
    comp = float(rng.uniform(800, 1500))
    per_day_hi = float(rng.uniform(1.8, 3.5))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        u = rng.random()
        ua = pick(rng, bb.BROWSERS) if u < 0.6 else (pick(rng, bb.MOBILE) if u < 0.75 else bb.sdk_ua(rng, 0.6))
        a = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, start, ctx.t1, float(rng.uniform(0.8, per_day_hi)), curve,
                                float(rng.uniform(3, 7)), float(rng.uniform(60, 240)))
        ts = _concat(sess)
        h = float(rng.uniform(harvest_lo, harvest_hi))
        voices = rng.choice(7, size=irange(rng, 2, 3), replace=False).tolist()
        prompts, meds = [], []
        for _ in range(len(ts)):
            if chance(rng, h):
                prompts.append(T.deep_dive(rng, pick(rng, voices)))
                meds.append(comp)
            else:
                prompts.append(pick(rng, ctx.chat))
                meds.append(350.0)
        mob = bb.mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))
        ips = [pick(rng, mob) if chance(rng, 0.1) else pick(rng, a.ips) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips, comp_median=np.array(meds),
                 comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {"operation": "low_and_slow_deep_dives", "accounts": n,
                                   "harvest_share": [harvest_lo, harvest_hi], "p_new": p_new, "comp_median": comp,
                                   "sessions_per_day": [0.8, per_day_hi]})


def honeyflow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n sampling: public prompts replayed n times in tight parallel bursts."""
    fam = "honeyflow"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provs = _strs(rng.choice(CLOUDS_BIG + CLOUDS_CHEAP, size=2, replace=False))
    ua = bb.sdk_ua(rng, 0.5)
    after_release = chance(rng, 0.7)
    start = (ctx.release + float(rng.uniform(1, 18)) * HOUR) if after_release else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    groups_per_h = float(rng.uniform(4, 10))
    n_mean = float(rng.uniform(4, 10))
    gap = float(rng.uniform(0.05, 1.5))
    p_suffix = float(rng.uniform(0.0, 0.3))
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(280, 520))
    starts = bb.worker_pool(rng, start, ctx.t1, groups_per_h, n)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=ua, ips=bb.cloud(rng, irange(rng, 2, 6), pick(rng, provs)))
        accts.append(a)
        ts_l, prompts = [], []
        for s0 in starts[i].tolist():
            k = 2 + int(rng.poisson(n_mean))
            t = s0 + np.cumsum(rng.lognormal(np.log(gap), 0.8, size=k)) - gap
            p = pick(rng, ctx.chat)
            if chance(rng, p_suffix):
                p = p + pick(rng, ("\n\nPlease answer in detail.", "\n\nBe concise.", "\n\nAnswer as an expert would."))
            ts_l.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, a, ts[order], [prompts[j] for j in order.tolist()], models=ctx.models(rng, ts[order], p_new, 0.0),
                 comp_median=comp, comp_sigma=0.7, err=float(rng.uniform(0.01, 0.04)))
    ctx.campaign(cid, fam, accts, {"operation": "best_of_n_replay", "accounts": n, "orgs": len(orgs), "cards": len(cards),
                                   "providers": provs, "ua": ua, "starts_after_release": after_release,
                                   "groups_per_h": groups_per_h, "n_mean": n_mean + 2, "burst_gap_s": gap,
                                   "p_suffix": p_suffix, "p_new": p_new, "comp_median": comp})


def brood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Back-translation, paraphrase and policy-compliant rewrites under a localisation-company front."""
    fam = "brood"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws", "gcp", "ovh"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-requests/2.31.0", "LocaleFlow-Worker/2.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    rate = float(rng.uniform(40, 110))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.15, 0.45))
    vw = _weights(rng, 6, 1.0)
    p_new = float(rng.uniform(0.75, 0.9))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n, bb.global_load(peak, depth))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="pipeline", campaign_id=cid, org=org, pay=card, ua=ua,
                        ips=block)
        accts.append(a)
        ts = streams[i]
        prompts, meds = [], []
        for v in _choose(rng, vw, len(ts)):
            p, m = T.transform_prompt(rng, v, pick(rng, ctx.passages))
            prompts.append(p)
            meds.append(m)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=np.array(meds),
                 comp_sigma=0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "back_translation_rewrites", "accounts": n, "provider": prov,
                                   "block_ips": len(block), "ua": ua, "rate_per_h": rate, "load_peak_utc": peak,
                                   "load_depth": depth, "voice_weights": vw.round(3).tolist(), "p_new": p_new})


def apiary(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn self-chat: an LLM user-simulator behind a 'companion app', over mobile carriers."""
    fam = "apiary"
    n = irange(rng, 15, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    kinds = _strs(rng.choice(("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), size=irange(rng, 1, 2), replace=False))
    p_resi = float(rng.uniform(0.0, 0.4))
    resi_pool = bb.resi(rng, irange(rng, 100, 400))
    app_ua = pick(rng, bb.MOBILE[3:])
    per_day = float(rng.uniform(4, 14))
    size_mean = float(rng.uniform(4, 9))
    gap = float(rng.uniform(8, 25))
    p_seed_chat = float(rng.uniform(0.15, 0.4))
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(500, 800))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="simulated_user", campaign_id=cid, pay=pick(rng, cards),
                        ua=app_ua if chance(rng, 0.7) else pick(rng, bb.MOBILE), ips=resi_pool[:1])
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = bb.session_times(rng, start, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), curve, size_mean, gap, 0.5)
        ts_l, prompts, ips = [], [], []
        for s in sess:
            if chance(rng, p_seed_chat):
                opener, topic = pick(rng, ctx.chat), "this"
            else:
                opener, topic = T.chat_opener(rng)
            ip = pick(rng, resi_pool) if chance(rng, p_resi) else bb.mobile_v6(rng, 1, pick(rng, kinds))[0]
            for j in range(len(s)):
                prompts.append(opener if j == 0 else T.follow_up(rng, topic))
                ips.append(ip)
            ts_l.extend(s.tolist())
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                 comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "multi_turn_self_chat", "accounts": n, "cards": len(cards),
                                   "mobile_kinds": kinds, "p_residential": p_resi, "sessions_per_day": per_day,
                                   "turns_mean": size_mean, "turn_gap_s": gap, "p_sharegpt_opener": p_seed_chat,
                                   "p_new": p_new, "comp_median": comp})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "waggle": waggle,
    "smoker": smoker,
    "forager": forager,
    "skep": skep,
    "varroa": varroa,
    "honeyflow": honeyflow,
    "brood": brood,
    "apiary": apiary,
}
