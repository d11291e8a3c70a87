"""Campaign families of blind batch 52 (code names from bell founding and change ringing).

Each family is `f(ctx, rng, campaign_id)`: it registers its accounts and its campaign in the
context's truth and writes its events with `ctx.emit`. Parameters are drawn per seed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Acct,
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
    picks,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind52 import texts as tx

CAMPAIGN = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _diurnal(rng: np.random.Generator, tz: int, floor: float) -> Callable[[np.ndarray], np.ndarray]:
    """An operator's working day layered on a never-zero base (jobs keep running overnight)."""
    wd = workday(tz, weekend=0.6, night=0.0)

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(floor + (1 - floor) * wd(ts), 0, 1)
    return f


def _chain(rng: np.random.Generator, start: float, k: int, gap_median: float, sigma: float) -> np.ndarray:
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=k - 1))])


# --------------------------------------------------------------------------------------------


def strickle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent-trajectory harvesting: multi-step tool-use episodes with growing context."""
    fam = "strickle"
    n = irange(rng, 12, 32)
    n_orgs = irange(rng, 2, 4)
    provs = list(rng.choice(["hetzner", "ovh", "vultr", "contabo", "leaseweb", "m247", "digitalocean"], 2, replace=False))
    pool = rented_block(rng, provs[0], irange(rng, 2, 6), irange(rng, 4, 10)) + rented_block(
        rng, provs[1], 1, irange(rng, 3, 8))
    ua_main = pick(rng, tx.AGENT_UAS)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    p_own_card = _u(rng, 0.1, 0.4)
    accts: list[Acct] = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="agent_worker", campaign_id=cid, org=org,
                                 pay=hexid(rng, "pay") if chance(rng, p_own_card) else pay,
                                 ua=ua_main if chance(rng, 0.75) else sdk_ua(rng),
                                 ips=picks(rng, pool, irange(rng, 1, 3))))
    tz = pick(rng, TZS)
    curve = _diurnal(rng, tz, _u(rng, 0.35, 0.8))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, boost = _u(rng, 2.5, 8.0), _u(rng, 1.8, 3.5)
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 6, 12)
    step_gap = _u(rng, 2.0, 14.0)
    schema_tok, grow_tok = irange(rng, 900, 3500), irange(rng, 250, 900)
    p_new = _u(rng, 0.85, 0.97)
    comp = _u(rng, 350, 750)
    pre = worker_pool(rng, start, ctx.release, pre_rate, n, curve)
    post = worker_pool(rng, ctx.release, ctx.t1, pre_rate * boost, n, curve)
    for i, acct in enumerate(accts):
        ts_l, pr_l, ex_l = [], [], []
        for s in np.concatenate([pre[i], post[i]]).tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = _chain(rng, s, k, step_gap, 0.6)
            ts_l.append(t)
            pr_l.extend([tx.agent_opening(rng)] + [tx.agent_step(rng) for _ in range(k - 1)])
            ex_l.append(schema_tok + grow_tok * np.arange(k) + rng.integers(0, 200, size=k))
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new), comp_median=comp, comp_sigma=0.5,
                 extra=np.concatenate(ex_l), err=0.015)
    ctx.campaign(cid, fam, accts, {"operation": "agent_trajectories", "pacing": "worker_pool_episodes",
                                   "ip_source": f"rented_blocks:{provs[0]},{provs[1]}", "orgs": n_orgs,
                                   "episodes_per_hour_pre": round(pre_rate, 2), "boost_after_release": round(boost, 2),
                                   "p_new": round(p_new, 3)})


def soundbow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n sampling for preference pairs: each prompt fired n times in parallel."""
    fam = "soundbow"
    n = irange(rng, 6, 18)
    region = pick(rng, regions())
    pool = resi(rng, irange(rng, 200, 800), region)
    hold = _u(rng, 300, 1800)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="sampler", campaign_id=cid, pay=pick(rng, cards),
                         ua=sdk_ua(rng, 0.6), ips=pool) for _ in range(n)]
    n_lo, n_hi = irange(rng, 2, 4), irange(rng, 5, 9)
    spread = _u(rng, 0.3, 6.0)
    p_chat = _u(rng, 0.45, 0.85)
    p_tag = pick(rng, (0.0, 0.0, 0.3))
    p_new = _u(rng, 0.88, 0.99)
    comp = _u(rng, 280, 560)
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.6))
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        groups = thinned(rng, a, ctx.t1, irange(rng, 50, 170) * (ctx.t1 - a) / (ctx.t1 - ctx.t0) * 1.6, curve)
        ts_l, pr_l, mo_l = [], [], []
        for s in groups.tolist():
            k = irange(rng, n_lo, n_hi)
            ts_l.append(s + np.sort(rng.uniform(0, spread, size=k)))
            base = pick(rng, ctx.chat) if chance(rng, p_chat) else tx.instruction(rng)
            if chance(rng, p_tag):
                pr_l.extend([f"{base}\n\n[sample {j + 1}/{k}]" for j in range(k)])
            else:
                pr_l.extend([base] * k)
            mo_l.extend(ctx.models(rng, np.array([s]), p_new) * k)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=mo_l, ips=sticky(rng, ts, pool, hold), comp_median=comp, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "best_of_n", "pacing": "parallel_groups", "ip_source": f"resi:{region}",
                                   "n_range": [n_lo, n_hi], "p_chat_prompts": round(p_chat, 2), "p_new": round(p_new, 3)})


def plain_hunt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow curriculum harvest by many person-shaped consumer accounts."""
    fam = "plain_hunt"
    n = irange(rng, 35, 70)
    tzs = list(rng.choice(TZS, size=irange(rng, 1, 3), replace=False))
    p_h = _u(rng, 0.45, 0.8)
    p_new = _u(rng, 0.55, 0.85)
    comp_h, per_day = _u(rng, 800, 1400), _u(rng, 0.5, 1.4)
    size_mean, gap = _u(rng, 3, 7), _u(rng, 50, 200)
    uas = BROWSERS + MOBILE[:3]
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(rng, irange(rng, 1, 3), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="farm_persona", campaign_id=cid, ua=pick(rng, uas),
                           ips=ips, tz=tz)
        accts.append(acct)
        langs = tx.LANG_OF_TZ.get(tz, ("en",))
        lang = pick(rng, langs)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(rng, a, ctx.t1, per_day * _u(rng, 0.6, 1.5), evening_person(tz), size_mean, gap)
        if not sess:
            sess = [np.array([a + _u(rng, 0, ctx.t1 - a)])]
        ts = np.concatenate(sess)
        harvest = rng.random(len(ts)) < p_h * _u(rng, 0.8, 1.15)
        prompts = [tx.lesson(rng, lang) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1),
                 comp_median=np.where(harvest, comp_h, 320.0), comp_sigma=0.55)
    ctx.campaign(cid, fam, accts, {"operation": "curriculum_lessons", "pacing": "evening_sessions",
                                   "ip_source": "home_isp+mobile_v6", "tzs": [int(t) for t in tzs],
                                   "harvest_share": round(p_h, 2), "p_new": round(p_new, 3)})


def crown_staple(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hydra of short-lived keys: synthetic datasets and refusal-boundary data."""
    fam = "crown_staple"
    n = irange(rng, 35, 75)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    born_from = max(ctx.t0, ctx.release - _u(rng, 0.5, 2.0) * DAY)
    births = np.sort(rng.uniform(born_from, ctx.t1 - HOUR, size=n))
    life_med = _u(rng, 2.0, 6.0) * HOUR
    p_mobile = _u(rng, 0.3, 0.8)
    mob_kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    region = pick(rng, regions())
    p_data = _u(rng, 0.45, 0.8)
    comp = _u(rng, 1200, 2400)
    uas = SDK_OTHER + ("okhttp/4.12.0", "Dart/3.6 (dart:io)")
    accts = []
    for b in births.tolist():
        ips = mobile_v6(rng, irange(rng, 1, 3), mob_kind) if chance(rng, p_mobile) else resi(rng, irange(rng, 1, 4), region)
        acct = ctx.account(rng, label=CAMPAIGN, family=fam, role="fresh_key", campaign_id=cid, pay=pick(rng, cards),
                           ua=pick(rng, uas), ips=ips)
        accts.append(acct)
        life = float(rng.lognormal(np.log(life_med), 0.6))
        k = irange(rng, 20, 160)
        ts = np.sort(rng.uniform(b, b + life, size=k))
        prompts = [tx.dataset_request(rng) if chance(rng, p_data) else tx.boundary_request(rng) for _ in range(k)]
        tail = np.arange(k) >= int(k * _u(rng, 0.75, 0.9))
        status = np.where(tail & (rng.random(k) < 0.35), 429, np.where(rng.random(k) < 0.02, 429, 200))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95), comp_median=comp, comp_sigma=0.45,
                 status=status)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic_data+boundary", "pacing": "short_lived_keys",
                                   "ip_source": f"mobile_v6:{mob_kind}|resi:{region}", "cards": len(cards),
                                   "life_median_h": round(life_med / HOUR, 2), "p_dataset": round(p_data, 2)})


def treble_bob(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A reseller gateway: customers' chat passes through, plus its own continuation/reasoning harvest."""
    fam = "treble_bob"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "m247", "vultr"))
    pool = cloud(rng, irange(rng, 3, 12), prov)
    ua = pick(rng, tx.RESELLER_UAS)
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="reseller_key", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=picks(rng, pool, irange(rng, 2, 6))) for _ in range(n)]
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.3, 0.6))
    h = _u(rng, 0.22, 0.45)
    p_cont = _u(rng, 0.3, 0.7)
    for acct in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 2500, 6000), curve)
        harv = rng.random(len(ts)) < h
        prompts = []
        for hv in harv.tolist():
            if not hv:
                prompts.append(pick(rng, ctx.chat))
            elif chance(rng, p_cont):
                prompts.append(tx.continuation(rng, pick(rng, ctx.passages)))
            else:
                prompts.append(tx.reasoning_wrap(rng, pick(rng, ctx.chat)))
        m_chat, m_h = ctx.models(rng, ts, 0.45, 0.2), ctx.models(rng, ts, 0.97)
        models = [b if hv else a for a, b, hv in zip(m_chat, m_h, harv.tolist(), strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.where(harv, _u(rng, 800, 1200), 340.0),
                 comp_sigma=0.7, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "reseller_side_harvest", "pacing": "global_load",
                                   "ip_source": f"cloud:{prov}", "harvest_share": round(h, 2), "ua": ua})


def quarter_peal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogues driven by a user-simulator: machine-speed turns, growing history."""
    fam = "quarter_peal"
    n = irange(rng, 6, 16)
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = cloud(rng, irange(rng, 4, 12), prov)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 1, 2))]
    accts = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="dialogue_worker", campaign_id=cid, org=org,
                                 pay=pay, ua=sdk_ua(rng), ips=picks(rng, pool, irange(rng, 1, 3))))
    langs = ["en"] + list(rng.choice(["es", "de", "fr", "pt", "ja"], size=irange(rng, 1, 4), replace=False))
    p_en = _u(rng, 0.3, 0.8)
    rate = _u(rng, 4.0, 12.0)
    turns_lo, turns_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    gap = _u(rng, 6.0, 25.0)
    per_turn_tok = _u(rng, 250, 480)
    p_new = _u(rng, 0.85, 0.97)
    comp = _u(rng, 250, 500)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    curve = constant if chance(rng, 0.5) else global_load(_u(rng, 0, 24), 0.3)
    starts = worker_pool(rng, start, ctx.t1, rate, n, curve)
    for i, acct in enumerate(accts):
        ts_l, pr_l, ex_l = [], [], []
        for s in starts[i].tolist():
            k = irange(rng, turns_lo, turns_hi)
            lang = "en" if chance(rng, p_en) else pick(rng, langs)
            ts_l.append(_chain(rng, s, k, gap, 0.5))
            pr_l.extend([tx.dialogue_open(rng, lang)] + [tx.dialogue_follow(rng, lang) for _ in range(k - 1)])
            ex_l.append((np.arange(k) * per_turn_tok * rng.uniform(0.8, 1.2, size=k)).astype(np.int64))
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new), comp_median=comp, comp_sigma=0.5,
                 extra=np.concatenate(ex_l))
    ctx.campaign(cid, fam, accts, {"operation": "simulated_dialogues", "pacing": "worker_pool_dialogues",
                                   "ip_source": f"cloud:{prov}", "languages": langs, "dialogues_per_hour": round(rate, 2),
                                   "turn_gap_s": round(gap, 1), "p_new": round(p_new, 3)})


def cope_mould(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Back-translation pairs dressed as a localisation company: office hours plus nightly cloud runs."""
    fam = "cope_mould"
    n = irange(rng, 5, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 3, 8, 9, 0)))
    office = home(rng, irange(rng, 1, 2), tz)
    prov = pick(rng, ("azure", "aws", "oracle"))
    night_pool = cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(rng, tx.LOC_UAS)
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="loc_worker", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=office, tz=tz) for _ in range(n)]
    langs = list(rng.choice(["es", "de", "fr", "ja", "zh", "ko", "ru", "ar", "pt", "it", "tr"],
                            size=irange(rng, 3, 6), replace=False))
    day_rate = _u(rng, 50, 180)
    night_share = _u(rng, 0.0, 0.5)
    back_gap = _u(rng, 4.0, 30.0)
    p_new = _u(rng, 0.9, 0.98)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    wd = workday(tz, weekend=0.2, night=0.05)
    for acct in accts:
        days = (ctx.t1 - start) / DAY
        day_pairs = thinned(rng, start, ctx.t1, day_rate * days * _u(rng, 0.6, 1.4) * 0.7, wd)
        night_pairs = thinned(rng, start, ctx.t1, day_rate * days * night_share * 0.5,
                              lambda t: 1.0 - wd(t))
        a_ts = np.concatenate([day_pairs, night_pairs])
        is_night = np.concatenate([np.zeros(len(day_pairs), bool), np.ones(len(night_pairs), bool)])
        if len(a_ts) == 0:
            continue
        b_ts = a_ts + rng.lognormal(np.log(back_gap), 0.5, size=len(a_ts))
        ts = np.concatenate([a_ts, b_ts])
        night = np.concatenate([is_night, is_night])
        prompts, comps = [], []
        for _ in range(len(a_ts)):
            p = tx.translate_out(rng, pick(rng, ctx.passages), pick(rng, langs))
            prompts.append(p)
            comps.append(max(60.0, len(p) / 4 * 1.2))
        for _ in range(len(a_ts)):
            p = tx.translate_back(rng, pick(rng, langs))
            prompts.append(p)
            comps.append(max(40.0, len(p) / 3))
        ips = [pick(rng, night_pool) if nt else pick(rng, office) for nt in night.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=np.array(comps),
                 comp_sigma=0.3)
    ctx.campaign(cid, fam, accts, {"operation": "back_translation", "pacing": "workday+nightly",
                                   "ip_source": f"office_tz{tz}+cloud:{prov}", "languages": langs,
                                   "pairs_per_day": round(day_rate, 1), "night_share": round(night_share, 2)})


def tenor_behind(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model grading harvest spread thin over keys on mixed proxies and clouds."""
    fam = "tenor_behind"
    n = irange(rng, 10, 28)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    p_resi = _u(rng, 0.3, 0.7)
    region = pick(rng, regions())
    provs = ("tencent", "huawei", "alibaba", "aws")
    accts, holds = [], []
    for _ in range(n):
        if chance(rng, p_resi):
            ips = resi(rng, irange(rng, 20, 80), region)
            holds.append(_u(rng, 600, 3600))
        else:
            ips = cloud(rng, irange(rng, 1, 3), pick(rng, provs))
            holds.append(0.0)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="grader", campaign_id=cid,
                                 pay=hexid(rng, "pay") if chance(rng, 0.3) else pick(rng, cards),
                                 ua=sdk_ua(rng), ips=ips))
    tz = int(pick(rng, (8, 9, 3, 2, -5)))
    curve = _diurnal(rng, tz, _u(rng, 0.2, 0.5))
    rate = _u(rng, 40, 120)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    comp = _u(rng, 180, 380)
    p_new = _u(rng, 0.88, 0.97)
    streams = worker_pool(rng, start, ctx.t1, rate, n, curve)
    for acct, ts, hold in zip(accts, streams, holds, strict=True):
        if len(ts) == 0:
            continue
        prompts = [tx.grading(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ips = sticky(rng, ts, acct.ips, hold) if hold else None
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp, comp_sigma=0.5)
    ctx.campaign(cid, fam, accts, {"operation": "reward_grading", "pacing": "worker_pool",
                                   "ip_source": f"resi:{region}|cloud", "p_resi": round(p_resi, 2),
                                   "jobs_per_hour": round(rate, 1), "p_new": round(p_new, 3)})


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "strickle": strickle,
    "soundbow": soundbow,
    "plain_hunt": plain_hunt,
    "crown_staple": crown_staple,
    "treble_bob": treble_bob,
    "quarter_peal": quarter_peal,
    "cope_mould": cope_mould,
    "tenor_behind": tenor_behind,
}
