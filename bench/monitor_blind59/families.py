"""Campaign families of batch 59 (falconry code names). Each is `family(ctx, rng, campaign_id)`:
it registers its accounts and one campaign in the truth and emits its events through the batch
context. Every parameter is drawn per seed; the README describes the ranges."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind59 import texts as tx

Rng = np.random.Generator


def _voices(rng: Rng, n_all: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.choice(n_all, size=min(irange(rng, lo, hi), n_all), replace=False).tolist())


def _burst_train(rng: Rng, start: float, k: int, gap_median: float, sigma: float) -> np.ndarray:
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=k - 1))])


def _windows_curve(windows: list[tuple[float, float]]) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        out = np.zeros(len(ts))
        for a, b in windows:
            out[(ts >= a) & (ts < b)] = 1.0
        return out
    return f


# --------------------------------------------------------------------------------------------


def yarak(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion with best-of-n sampling from a rented cloud block."""
    fam = "yarak"
    n_keys = irange(rng, 7, 13)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("aws", "gcp", "hetzner", "ovh", "vultr", "oracle", "linode", "azure"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    uas = [pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2", "aiohttp/3.11.11",
                      "OpenAI/Python 1.54.0")) for _ in range(irange(rng, 1, 2))]
    voices = _voices(rng, len(tx._TRACE_WRAP), 2, 4)
    jobs_per_hour = float(rng.uniform(25, 65))
    n_best = irange(rng, 2, 6)
    identical = chance(rng, 0.6)
    pre_frac = float(rng.uniform(0.05, 0.3))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    comp_med = float(rng.uniform(1300, 2600))
    p_new = float(rng.uniform(0.85, 0.97))
    burst_gap = float(rng.uniform(0.1, 1.5))
    err = float(rng.uniform(0.01, 0.06))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.35)))
    accts = []
    for i in range(n_keys):
        ips = [block[j] for j in rng.choice(len(block), size=min(len(block), irange(rng, 2, 5)), replace=False)]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                                 org=orgs[i % len(orgs)], pay=cards[i % len(cards)], ua=pick(rng, uas), ips=ips))
    rel = max(start, ctx.release)
    pre = bb.worker_pool(rng, start, ctx.release, jobs_per_hour * pre_frac, n_keys, curve)
    post = bb.worker_pool(rng, rel, ctx.t1, jobs_per_hour, n_keys, curve)
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts_all, prompts = [], []
        for s in np.concatenate([a, b]).tolist():
            k = max(1, n_best if identical else int(rng.poisson(n_best)))
            p = tx.reasoning(rng, voices)
            ts_all.append(_burst_train(rng, s, k, burst_gap, 0.7))
            prompts += [p if identical else f"{p}\n\n[sample {j + 1}/{k}]" for j in range(k)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp_med,
                 comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {"operation": "reasoning_trace_best_of_n", "keys": n_keys, "orgs": len(orgs),
                                   "cards": len(cards), "provider": provider, "block_ips": len(block),
                                   "jobs_per_hour": round(jobs_per_hour, 1), "n_best": n_best,
                                   "identical_samples": identical, "pre_release_frac": round(pre_frac, 2),
                                   "voices": voices, "comp_median": round(comp_med), "p_new": round(p_new, 2)})


def varvel(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent/tool-use transcript harvesting through residential proxies, one org and card per key."""
    fam = "varvel"
    n_keys = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "*", "latam", "sea"))
    pool = bb.resi(rng, irange(rng, 60, 300), region)
    uas = [pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "openai-agents/0.0.19 OpenAI/Python 1.63.2",
                      "python-httpx/0.28.1", "crewai/0.102.0 litellm/1.60.2")) for _ in range(irange(rng, 1, 2))]
    voices = _voices(rng, 4, 1, 2)
    tasks_per_hour = float(rng.uniform(12, 28))
    steps_mean = float(rng.uniform(3.0, 6.0))
    step_gap = float(rng.uniform(4, 14))
    hold = float(rng.uniform(300, 1800))
    sys_tokens = irange(rng, 600, 1800)
    p_new = float(rng.uniform(0.8, 0.95))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=pick(rng, uas),
                         ips=pool) for _ in range(n_keys)]
    for acct, jobs in zip(accts, bb.worker_pool(rng, start, ctx.t1, tasks_per_hour, n_keys), strict=True):
        ts_all, prompts, comps, extras = [], [], [], []
        for s in jobs.tolist():
            k = 2 + int(rng.poisson(steps_mean - 1))
            v = int(pick(rng, voices))
            tools = tx.agent_tools(rng)
            ts_all.append(_burst_train(rng, s, k, step_gap, 0.6))
            prompts.append(tx.agent_first(rng, v, tx._agent_task(rng), tools))
            prompts += [tx.agent_step(rng, v, tools) for _ in range(k - 1)]
            comps += [220.0] + [170.0] * (k - 2) + [650.0]
            extras += [sys_tokens + 280 * j for j in range(k)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0),
                 ips=bb.sticky(rng, ts, pool, hold), comp_median=np.array(comps[: len(ts)]), comp_sigma=0.5,
                 extra=np.array(extras[: len(ts)]), err=0.015)
    ctx.campaign(cid, fam, accts, {"operation": "agent_transcripts", "keys": n_keys, "orgs": n_keys,
                                   "cards": n_keys, "proxy_region": region, "proxy_pool": len(pool),
                                   "sticky_s": round(hold), "tasks_per_hour": round(tasks_per_hour, 1),
                                   "steps_mean": round(steps_mean, 1), "voices": voices, "uas": uas,
                                   "p_new": round(p_new, 2)})


def bewit(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow: many person-like accounts, each mixing ordinary chat with long explainers
    that together sweep a topic grid."""
    fam = "bewit"
    n_keys = irange(rng, 40, 65)
    harvest = float(rng.uniform(0.45, 0.8))
    voices = _voices(rng, len(tx._EXPLAIN), 5, 9)
    gift_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_gift = float(rng.uniform(0.05, 0.25))
    per_day = float(rng.uniform(1.0, 2.5))
    size_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(50, 160))
    comp_h = float(rng.uniform(900, 1500))
    p_new = float(rng.uniform(0.55, 0.85))
    accts = []
    for _ in range(n_keys):
        tz = int(pick(rng, bb.TZS))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE)
        acct = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid, ua=ua,
                           pay=pick(rng, gift_cards) if chance(rng, p_gift) else None,
                           ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(acct)
        fields = [str(f) for f in rng.choice(list(tx.FIELDS), size=irange(rng, 2, 4), replace=False)]
        my_voices = [int(v) for v in rng.choice(voices, size=min(len(voices), irange(rng, 1, 3)), replace=False)]
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3, night=0.03)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        my_h = float(np.clip(harvest + rng.normal(0, 0.1), 0.2, 0.95))
        sessions = bb.session_times(rng, start, ctx.t1, per_day, curve, size_mean, gap, 0.9)
        if not sessions:
            continue
        ts = np.concatenate(sessions)
        is_h = rng.random(len(ts)) < my_h
        prompts = [tx.explainer(rng, fields, my_voices) if h else pick(rng, ctx.chat) for h in is_h.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.08),
                 comp_median=np.where(is_h, comp_h, 350.0), comp_sigma=0.55, err=0.004)
    ctx.campaign(cid, fam, accts, {"operation": "low_slow_topic_sweep", "keys": n_keys, "harvest_share": round(harvest, 2),
                                   "voices": voices, "gift_cards": len(gift_cards), "p_gift": round(p_gift, 2),
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size_mean, 1),
                                   "think_s": round(gap), "comp_median": round(comp_h), "p_new": round(p_new, 2)})


def austringer(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reward-model data: rubric and pairwise grading of ShareGPT answers, in cloud shard runs."""
    fam = "austringer"
    n_keys = irange(rng, 4, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 6))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    voices = _voices(rng, 6, 2, 3)
    comp_by_voice = {0: 240.0, 1: 200.0, 2: 40.0, 3: 250.0, 4: 340.0, 5: 160.0}
    scale = float(rng.uniform(0.75, 1.3))
    runs = []
    for _ in range(irange(rng, 6, 13)):
        a = float(rng.uniform(ctx.t0, ctx.t1 - 2 * HOUR))
        runs.append((a, a + float(rng.uniform(3, 16)) * HOUR))
    rate = float(rng.uniform(80, 200))
    p_new = float(rng.uniform(0.75, 0.95))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=orgs[i % len(orgs)],
                         pay=card, ua=ua, ips=block) for i in range(n_keys)]
    for acct, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, _windows_curve(runs)), strict=True):
        vs = [int(pick(rng, voices)) for _ in range(len(ts))]
        prompts = [tx.grading(rng, v, tx.clip(pick(rng, ctx.chat), 40, 900, rng),
                              tx.clip(pick(rng, ctx.passages), 200, 1200, rng),
                              tx.clip(pick(rng, ctx.passages), 200, 1200, rng)) for v in vs]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02),
                 comp_median=np.array([comp_by_voice[v] * scale for v in vs]), comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "rubric_grading", "keys": n_keys, "orgs": len(orgs), "provider": provider,
                                   "block_ips": len(block), "voices": voices, "runs": len(runs),
                                   "rate_per_hour": round(rate), "comp_scale": round(scale, 2), "p_new": round(p_new, 2)})


def cadge(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A gray-market reseller gateway: its end users' chat mixed with its own back-translation and
    reasoning harvest, from Asian cloud egress."""
    fam = "cadge"
    n_keys = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(rng, ("Go-http-client/2.0", "OpenAI/Python 1.54.0", "Go-http-client/1.1"))
    per_key = float(rng.uniform(12, 35))
    peak = float(rng.uniform(11.5, 14.5))
    depth = float(rng.uniform(0.55, 0.8))
    share_chat = float(rng.uniform(0.35, 0.5))
    share_zh = float(rng.uniform(0.15, 0.3))
    bt_voices = _voices(rng, 5, 2, 4)
    p_new = float(rng.uniform(0.6, 0.85))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for i in range(n_keys):
        acct = ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid, org=orgs[i % len(orgs)],
                           pay=cards[i % len(cards)], ua=ua, ips=bb.cloud(rng, irange(rng, 2, 5), provider))
        accts.append(acct)
        ts = bb.thinned(rng, start, ctx.t1, per_key * (ctx.t1 - start) / HOUR * float(rng.uniform(0.7, 1.3)),
                        bb.global_load(peak, depth))
        u = rng.random(len(ts))
        prompts, comps = [], []
        for x in u.tolist():
            if x < share_chat:
                prompts.append(pick(rng, ctx.chat))
                comps.append(350.0)
            elif x < share_chat + share_zh:
                prompts.append(tx.zh_user(rng))
                comps.append(520.0)
            elif chance(rng, 0.7):
                prompts.append(tx.backtranslation(rng, int(pick(rng, bt_voices)),
                                                  tx.clip(pick(rng, ctx.passages), 200, 900, rng)))
                comps.append(800.0)
            else:
                prompts.append(tx.reasoning(rng, (3, 0, 2)))
                comps.append(1300.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), comp_median=np.array(comps),
                 comp_sigma=0.6, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "reseller_backtranslation", "keys": n_keys, "orgs": len(orgs),
                                   "cards": len(cards), "provider": provider, "ua": ua, "per_key_hour": round(per_key),
                                   "peak_utc": round(peak, 1), "share_chat": round(share_chat, 2),
                                   "share_zh_users": round(share_zh, 2), "bt_voices": bt_voices, "p_new": round(p_new, 2)})


def tirings(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A hydra of short-lived keys on mobile networks harvesting policy-boundary replies and
    censorship-safe rewrites."""
    fam = "tirings"
    n_keys = irange(rng, 24, 42)
    lanes = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    kinds = [str(k) for k in rng.choice(("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), size=irange(rng, 1, 2),
                                        replace=False)]
    voices = _voices(rng, 7, 3, 5)
    rate = float(rng.uniform(8, 25))
    life_lo, life_hi = float(rng.uniform(3, 7)), float(rng.uniform(10, 22))
    comp = float(rng.uniform(250, 550))
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    lane_t = [bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25) for _ in range(lanes)]
    while len(accts) < n_keys and min(lane_t) < ctx.t1 - HOUR:
        li = int(np.argmin(lane_t))
        a = lane_t[li]
        life = float(rng.uniform(life_lo, life_hi)) * HOUR
        lane_t[li] = a + life + float(rng.uniform(0, 3)) * HOUR
        acct = ctx.account(rng, label="campaign", family=fam, role="hydra_head", campaign_id=cid, pay=pick(rng, cards),
                           ua=bb.sdk_ua(rng, 0.3), ips=bb.mobile_v6(rng, irange(rng, 4, 16), str(pick(rng, kinds))))
        accts.append(acct)
        starts = bb.thinned(rng, a, a + life, rate * life / HOUR / 3.0, bb.constant)
        ts = np.concatenate(bb.bursts(rng, starts, 3.0, float(rng.uniform(3, 20)), 0.8, b=a + life)) if len(starts) else starts
        if not len(ts):
            continue
        prompts = [tx.safety(rng, int(pick(rng, voices)), tx.clip(pick(rng, ctx.passages), 200, 800, rng))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0),
                 ips=bb.sticky(rng, ts, acct.ips, float(rng.uniform(600, 3600))), comp_median=comp, comp_sigma=0.55,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "policy_boundary_hydra", "keys": len(accts), "lanes": lanes,
                                   "cards": len(cards), "mobile": kinds, "voices": voices, "rate_per_hour": round(rate, 1),
                                   "life_h": [round(life_lo, 1), round(life_hi, 1)], "comp_median": round(comp),
                                   "p_new": round(p_new, 2)})


def eyas(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic instruction data (generate-N, evolve, persona, seed+constraint) in nightly bursts
    from a GPU box, plus daytime tests from a home line."""
    fam = "eyas"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, bb.TZS))
    provider = pick(rng, ("aws", "gcp", "hetzner", "ovh", "scaleway", "contabo"))
    box = bb.cloud(rng, irange(rng, 1, 2), provider)
    home_ip = bb.home(rng, 1, tz)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "python-requests/2.32.3"))
    mix = rng.dirichlet(np.array([2.5, 3.0, 2.0, 2.0, 0.5]))
    comp_by_voice = np.array([2600.0, 140.0, 750.0, 520.0, 2400.0])
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    per_night = float(rng.uniform(10, 25))
    burst = float(rng.uniform(8, 24))
    p_new = float(rng.uniform(0.75, 0.95))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=card, ua=ua,
                         ips=box + home_ip, tz=tz) for _ in range(n_keys)]
    for acct in accts:
        starts = bb.thinned(rng, ctx.t0, ctx.t1, per_night * 7, bb.nightly(night_start, night_len, tz))
        ts_n = np.concatenate(bb.bursts(rng, starts, burst, 0.25, 0.6)) if len(starts) else np.empty(0)
        ts_d = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 15)) * 7, bb.workday(tz))
        for ts, ips in ((ts_n, box), (ts_d, home_ip)):
            if not len(ts):
                continue
            vs = rng.choice(5, size=len(ts), p=mix)
            prompts = [tx.synth(rng, int(v), tx.clip(pick(rng, ctx.chat), 20, 800, rng)) for v in vs.tolist()]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0),
                     ips=bb.picks(rng, ips, len(ts)), comp_median=comp_by_voice[vs], comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic_instructions", "keys": n_keys, "tz": tz, "provider": provider,
                                   "mix": [round(float(m), 2) for m in mix], "night": [round(night_start, 1),
                                   round(night_len, 1)], "bursts_per_night": round(per_night, 1),
                                   "burst_size": round(burst, 1), "p_new": round(p_new, 2)})


def haggard(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn harvesting: topic openers followed by short generic follow-ups (and
    critique-and-revise threads), paced like an office, behind rotating residential proxies."""
    fam = "haggard"
    n_keys = irange(rng, 12, 22)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 6))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    tz = int(pick(rng, bb.TZS))
    pool = bb.resi(rng, irange(rng, 200, 800), pick(rng, ("*", "us", "eu")))
    rotate = chance(rng, 0.5)
    hold = float(rng.uniform(60, 300))
    uas = [pick(rng, bb.BROWSERS) for _ in range(irange(rng, 1, 2))]
    fields = [str(f) for f in rng.choice(list(tx.FIELDS), size=irange(rng, 3, 7), replace=False)]
    conv_per_day = float(rng.uniform(3, 10))
    turns = float(rng.uniform(3, 8))
    gap = float(rng.uniform(25, 70))
    p_crit = float(rng.uniform(0.15, 0.35))
    p_new = float(rng.uniform(0.7, 0.9))
    comp_open, comp_follow = float(rng.uniform(700, 1100)), float(rng.uniform(400, 800))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = bb.workday(tz, weekend=0.1)
    accts = []
    for i in range(n_keys):
        acct = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=orgs[i % len(orgs)],
                           pay=cards[i % len(cards)], ua=pick(rng, uas), ips=pool, tz=tz)
        accts.append(acct)
        convs = bb.session_times(rng, start, ctx.t1, conv_per_day, curve, turns, gap, 0.5)
        if not convs:
            continue
        prompts, comps = [], []
        for c in convs:
            if chance(rng, p_crit):
                prompts.append(tx.critique(rng, tx.clip(pick(rng, ctx.passages), 300, 1200, rng)))
                comps.append(1000.0)
            else:
                prompts.append(tx.opener(rng, fields))
                comps.append(comp_open)
            prompts += [tx.followup(rng) for _ in range(len(c) - 1)]
            comps += [comp_follow] * (len(c) - 1)
        ts = np.concatenate(convs)
        ips = bb.picks(rng, pool, len(ts)) if rotate else bb.sticky(rng, ts, pool, hold)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), ips=ips, comp_median=np.array(comps),
                 comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "multi_turn_followups", "keys": n_keys, "orgs": len(orgs),
                                   "cards": len(cards), "tz": tz, "proxy_pool": len(pool), "rotate_each": rotate,
                                   "fields": fields, "conv_per_day": round(conv_per_day, 1), "turns": round(turns, 1),
                                   "gap_s": round(gap), "p_critique": round(p_crit, 2), "p_new": round(p_new, 2)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "yarak": yarak, "varvel": varvel, "bewit": bewit, "austringer": austringer,
    "cadge": cadge, "tirings": tirings, "eyas": eyas, "haggard": haggard,
}
