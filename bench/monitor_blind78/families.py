"""Campaign families of blind batch 78 (code names from juggling; see README.md).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts, emits their events through the
batch context and records the campaign's parameters in the truth. All parameters are drawn per
seed from the ranges written next to them.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind78 import texts as tx

G = np.random.Generator
LABEL = "campaign"


def _u(rng: G, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _subset(rng: G, seq, lo: int, hi: int) -> list:
    """lo..hi distinct elements of seq (order randomised)."""
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def _chat(ctx: Ctx, rng: G) -> str:
    return pick(rng, ctx.chat)


def _passage(ctx: Ctx, rng: G, lo: int, hi: int) -> str:
    return tx.cut(rng, pick(rng, ctx.passages), lo, hi)


# --------------------------------------------------------------------------------------------


def mills_mess(ctx: Ctx, rng: G, cid: str) -> None:
    """A hydra of short-lived keys coercing full reasoning traces, over residential/mobile proxies."""
    fam = "mills_mess"
    n_keys = irange(rng, 30, 60)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 5, 12))]
    p_own_card = _u(rng, 0.15, 0.45)
    regions = _subset(rng, bb.regions(), 2, 4)
    mobile_kinds = _subset(rng, ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], 1, 2)
    p_mobile = _u(rng, 0.1, 0.4)
    p_browser = _u(rng, 0.2, 0.6)
    voices = _subset(rng, list(tx.REASON_VOICES), 2, 5)
    p_post = _u(rng, 0.55, 0.85)
    life_lo, life_hi = _u(rng, 0.4, 0.8), _u(rng, 1.2, 2.8)
    rate_lo, rate_hi = _u(rng, 2.0, 5.0), _u(rng, 7.0, 16.0)
    hold_min = _u(rng, 5.0, 45.0)
    comp_med = _u(rng, 1300.0, 2400.0)
    p_new = _u(rng, 0.85, 0.97)
    p_warm = _u(rng, 0.0, 0.15)
    err = _u(rng, 0.015, 0.07)
    diurnal = chance(rng, 0.5)
    peak = _u(rng, 0, 24)
    accts = []
    for _ in range(n_keys):
        if chance(rng, p_post):
            born = ctx.release + _u(rng, -0.3, 2.7) * DAY
        else:
            born = _u(rng, ctx.t0, ctx.release)
        end = min(ctx.t1, born + _u(rng, life_lo, life_hi) * DAY)
        if chance(rng, p_mobile):
            pool = bb.mobile_v6(rng, irange(rng, 15, 60), pick(rng, mobile_kinds))
        else:
            pool = bb.resi(rng, irange(rng, 25, 90), pick(rng, regions))
        ua = pick(rng, BROWSERS) if chance(rng, p_browser) else bb.sdk_ua(rng, 0.6)
        pay = hexid(rng, "pay") if chance(rng, p_own_card) else pick(rng, cards)
        a = ctx.account(rng, label=LABEL, family=fam, role="hydra_key", campaign_id=cid, pay=pay, ua=ua, ips=pool)
        accts.append(a)
        curve = bb.global_load(peak, _u(rng, 0.3, 0.7)) if diurnal else bb.constant
        rate = _u(rng, rate_lo, rate_hi)
        ts = bb.thinned(rng, born, end, rate * max(0.0, end - born) / HOUR, curve)
        kv = _subset(rng, voices, 1, 2)
        prompts = [_chat(ctx, rng) if chance(rng, p_warm) else tx.reasoning_prompt(rng, pick(rng, kv)) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=bb.sticky(rng, ts, pool, hold_min * MINUTE),
                 comp_median=comp_med, comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion", "pacing": "per-key Poisson, staggered short-lived keys",
        "ip_source": "residential/mobile proxies, sticky sessions", "keys": n_keys, "cards": len(cards),
        "p_own_card": p_own_card, "regions": regions, "p_mobile": p_mobile, "voices": voices, "p_post_release_keys": p_post,
        "rate_per_hour": [rate_lo, rate_hi], "completion_median": comp_med, "p_new": p_new, "p_warmup_chat": p_warm,
    })


def fountain(ctx: Ctx, rng: G, cid: str) -> None:
    """Reward-model / rubric grading in nightly batch jobs, plus a replay of a fixed prompt set on the new model."""
    fam = "fountain"
    n_acc = irange(rng, 3, 6)
    n_orgs = 1 if chance(rng, 0.6) else 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ["aws", "gcp", "azure", "oracle", "linode"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2", "python-httpx/0.28.1"))
    tz = pick(rng, TZS)
    start_h, hours = _u(rng, 0, 5), _u(rng, 3, 7)
    night = bb.nightly(start_h, hours, tz)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(night(t), 0.04)

    per_hour = _u(rng, 120, 380)  # in the night window
    surge = _u(rng, 1.5, 3.0)
    voices = _subset(rng, list(tx.GRADE_VOICES), 2, 4)
    comp_med = _u(rng, 200, 520)
    p_new = _u(rng, 0.75, 0.95)
    replay_n = irange(rng, 250, 900)
    replay_set = bb.picks(rng, ctx.chat, replay_n)
    accts = []
    for i in range(n_acc):
        k = i % n_orgs
        hosts = bb.picks(rng, block, irange(rng, 1, 3))
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, org=orgs[k], pay=pays[k],
                                 ua=ua, ips=hosts, tz=tz))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    mean_w = float(np.mean(curve(np.linspace(start, ctx.t1, 2048))))
    ts = bb.thinned(rng, start, ctx.t1, per_hour * mean_w * (ctx.t1 - start) / HOUR, curve)
    extra_ts = bb.thinned(rng, ctx.release, ctx.release + 1.5 * DAY, per_hour * mean_w * (surge - 1) * 1.5 * DAY / HOUR, curve)
    ts = np.sort(np.concatenate([ts, extra_ts]))
    who = rng.integers(0, n_acc, size=len(ts))
    for i, a in enumerate(accts):
        t = ts[who == i]
        prompts = []
        comp = []
        for _ in range(len(t)):
            v = pick(rng, voices)
            n_ans = irange(rng, 3, 4) if v == "rank_k" else 2
            answers = [_passage(ctx, rng, 150, 900) for _ in range(n_ans)]
            prompts.append(tx.grading_prompt(rng, v, tx.cut(rng, _chat(ctx, rng), 40, 400), answers))
            comp.append(comp_med * (2.2 if v == "critique_rewrite" else 1.0))
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new, 0.05), comp_median=np.asarray(comp), comp_sigma=0.45,
                 err=0.01, extra=irange(rng, 0, 300))
    # replay: the fixed set on the old flagship before release, again on the new model after it
    pre = bb.thinned(rng, start, ctx.release, replay_n * _u(rng, 0.6, 1.0), curve)
    post = ctx.release + np.sort(rng.uniform(_u(rng, 0.02, 0.3) * DAY, _u(rng, 0.6, 1.8) * DAY, size=replay_n))
    for t, model in ((pre, ctx.old_models[0]), (post, ctx.new_model)):
        idx = rng.integers(0, n_acc, size=len(t))
        for i, a in enumerate(accts):
            tt = t[idx == i]
            sel = rng.integers(0, replay_n, size=len(tt)) if model != ctx.new_model else np.flatnonzero(idx == i) % replay_n
            ctx.emit(rng, a, tt, [replay_set[j] for j in sel.tolist()], models=model, comp_median=380.0, comp_sigma=0.8)
    ctx.campaign(cid, fam, accts, {
        "operation": "reward-model grading + release replay", "pacing": "nightly batch window, release surge",
        "ip_source": f"rented {provider} block", "accounts": n_acc, "orgs": n_orgs, "tz": tz,
        "night_start_h": start_h, "night_hours": hours, "per_hour": per_hour, "surge": surge, "voices": voices,
        "completion_median": comp_med, "p_new": p_new, "replay_set": replay_n, "user_agent": ua,
    })


def takeout(ctx: Ctx, rng: G, cid: str) -> None:
    """Synthetic tool-use trajectories: multi-step agent episodes handed to a pool of cloud workers."""
    fam = "takeout"
    n_orgs = irange(rng, 1, 3)
    kinds = _subset(rng, list(tx.TOOLSETS), 2, 5)
    voices = _subset(rng, list(tx.AGENT_VOICES), 1, 3)
    ep_per_hour = _u(rng, 6, 20)
    steps_mean = _u(rng, 3, 9)
    gap_med = _u(rng, 3, 12)
    ctx0, ctx_step = irange(rng, 300, 900), irange(rng, 150, 500)
    comp_step, comp_final = _u(rng, 120, 300), _u(rng, 350, 800)
    p_new = _u(rng, 0.85, 0.97)
    accts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ["hetzner", "ovh", "vultr", "digitalocean", "contabo", "scaleway"])
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1", "OpenAI/Python 1.63.2", "dspy/2.6.3 litellm/1.60.2"))
        for _ in range(irange(rng, 3, 7)):
            accts.append(ctx.account(rng, label=LABEL, family=fam, role="agent_worker", campaign_id=cid, org=org, pay=pay,
                                     ua=ua, ips=bb.cloud(rng, irange(rng, 1, 3), provider)))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    curve = bb.constant if chance(rng, 0.6) else bb.global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.5))
    pools = bb.worker_pool(rng, start, ctx.t1, ep_per_hour, len(accts), curve)
    for a, starts in zip(accts, pools, strict=True):
        ts, prompts, extra, comp, models = [], [], [], [], []
        ep_models = ctx.models(rng, starts, p_new, 0.03)
        for s, m in zip(starts.tolist(), ep_models, strict=True):
            k = 1 + int(rng.poisson(steps_mean))
            kind, voice = pick(rng, kinds), pick(rng, voices)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_med), 0.6, size=k))])
            for j in range(k + 1):
                ts.append(float(t[j]))
                prompts.append(tx.agent_first(rng, voice, kind) if j == 0 else tx.agent_observation(rng, voice, kind, j == k))
                extra.append(ctx0 + j * ctx_step + irange(rng, 0, 120))
                comp.append(comp_final if j == k else comp_step)
                models.append(m)
        ctx.emit(rng, a, np.asarray(ts), prompts, models=models, comp_median=np.asarray(comp), comp_sigma=0.5,
                 extra=np.asarray(extra, dtype=np.int64), err=0.008)
    ctx.campaign(cid, fam, accts, {
        "operation": "agent / tool-use trajectory harvesting", "pacing": "Poisson episode queue over worker keys",
        "ip_source": "budget cloud VMs", "orgs": n_orgs, "accounts": len(accts), "toolsets": kinds, "voices": voices,
        "episodes_per_hour": ep_per_hour, "steps_mean": steps_mean, "step_gap_median_s": gap_med, "p_new": p_new,
        "context_growth": [ctx0, ctx_step],
    })


def multiplex(ctx: Ctx, rng: G, cid: str) -> None:
    """A free consumer chat app's backend fanning each user prompt out to n samples (best-of-n / soft labels)."""
    fam = "multiplex"
    n_keys = irange(rng, 3, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ["aws", "gcp", "azure", "digitalocean"])
    backend = bb.cloud(rng, irange(rng, 2, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1", "Go-http-client/2.0"))
    per_hour = _u(rng, 12, 40)
    peak, depth = _u(rng, 0, 24), _u(rng, 0.35, 0.75)
    n_lo = irange(rng, 2, 4)
    n_hi = n_lo + irange(rng, 1, 4)
    p_fan = _u(rng, 0.45, 0.9)
    spread = chance(rng, 0.6)  # samples of one prompt go to different keys
    p_judge = _u(rng, 0.0, 0.2)
    p_new = _u(rng, 0.8, 0.95)
    comp_med = _u(rng, 280, 520)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="app_backend_key", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=backend) for _ in range(n_keys)]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    reqs = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(peak, depth))
    req_models = ctx.models(rng, reqs, p_new, 0.1)
    per = {a.id: ([], [], []) for a in accts}
    for t, m in zip(reqs.tolist(), req_models, strict=True):
        p = _chat(ctx, rng)
        n = irange(rng, n_lo, n_hi) if chance(rng, p_fan) else 1
        times = t + np.concatenate([[0.0], np.cumsum(rng.exponential(_u(rng, 0.05, 1.5), size=n - 1))])
        first = int(rng.integers(n_keys))
        for j in range(n):
            a = accts[(first + j) % n_keys] if spread else accts[first]
            per[a.id][0].append(float(times[j]))
            per[a.id][1].append(p)
            per[a.id][2].append(m)
        if n > 1 and chance(rng, p_judge):
            a = accts[first]
            per[a.id][0].append(float(times[-1]) + _u(rng, 5, 40))
            per[a.id][1].append(tx.grading_prompt(rng, "rank_k", tx.cut(rng, p, 40, 300),
                                                  [_passage(ctx, rng, 120, 500) for _ in range(min(n, 4))]))
            per[a.id][2].append(m)
    for a in accts:
        ts, prompts, models = per[a.id]
        ctx.emit(rng, a, np.asarray(ts), prompts, models=models, comp_median=comp_med, comp_sigma=0.7, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n / soft-label sampling of ordinary chat", "pacing": "app-user Poisson, parallel fan-out",
        "ip_source": f"{provider} backend", "keys": n_keys, "per_hour": per_hour, "fanout": [n_lo, n_hi],
        "p_fanout": p_fan, "spread_over_keys": spread, "p_judge": p_judge, "p_new": p_new, "user_agent": ua,
    })


def rubenstein(ctx: Ctx, rng: G, cid: str) -> None:
    """Low-and-slow accounts that pass for people: sessions, home networks, browsers, multi-turn deep dives
    mixed with ordinary chat. One or two operators run the same playbook."""
    fam = "rubenstein"
    n_ops = 1 if chance(rng, 0.5) else 2
    for op in range(n_ops):
        camp = cid if op == 0 else hexid(rng, "camp")
        n_acc = irange(rng, 18, 36)
        tzs = _subset(rng, list(TZS), 1, 3)
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
        p_own = _u(rng, 0.4, 0.8)
        p_browser = _u(rng, 0.55, 0.9)
        per_day = (_u(rng, 0.8, 1.6), _u(rng, 2.0, 4.0))
        size_mean = _u(rng, 3, 8)
        gap_med = _u(rng, 45, 200)
        p_h = (_u(rng, 0.4, 0.6), _u(rng, 0.7, 0.9))
        p_follow = _u(rng, 0.55, 0.9)
        comp_h = _u(rng, 800, 1500)
        p_new = _u(rng, 0.85, 0.97)
        accts = []
        for _ in range(n_acc):
            tz = pick(rng, tzs)
            langs = {-8: ("en",), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("de", "fr", "en"), 2: ("en", "tr"),
                     3: ("ru",), 5: ("hi", "en"), 8: ("zh", "id", "en"), 9: ("ja", "ko")}[tz]
            ua = pick(rng, BROWSERS) if chance(rng, p_browser) else bb.sdk_ua(rng, 0.5)
            pay = hexid(rng, "pay") if chance(rng, p_own) else pick(rng, cards)
            ips = bb.home(rng, irange(rng, 1, 3), tz)
            a = ctx.account(rng, label=LABEL, family=fam, role="human_mimic", campaign_id=camp, pay=pay, ua=ua, ips=ips, tz=tz)
            accts.append(a)
            born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
            curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
            sessions = bb.session_times(rng, born, ctx.t1, _u(rng, *per_day), curve, size_mean, gap_med)
            ph = _u(rng, *p_h)
            ts, prompts, comp = [], [], []
            for s in sessions:
                harvest = chance(rng, ph)
                lang = pick(rng, langs)
                for j, t in enumerate(s.tolist()):
                    ts.append(t)
                    if harvest and (j == 0 or not chance(rng, p_follow)):
                        prompts.append(tx.expert_seed(rng, lang))
                        comp.append(comp_h)
                    elif harvest:
                        prompts.append(tx.followup(rng, lang))
                        comp.append(comp_h * 0.8)
                    else:
                        prompts.append(_chat(ctx, rng))
                        comp.append(330.0)
            tsa = np.asarray(ts)
            ctx.emit(rng, a, tsa, prompts, models=ctx.models(rng, tsa, p_new, 0.05), comp_median=np.asarray(comp), comp_sigma=0.55)
        ctx.campaign(camp, fam, accts, {
            "operation": "low-and-slow expert deep dives, multi-turn", "pacing": "human sessions",
            "ip_source": "tz-matched residential", "accounts": n_acc, "tzs": tzs, "cards": len(cards), "p_own_card": p_own,
            "p_browser": p_browser, "sessions_per_day": list(per_day), "session_size_mean": size_mean,
            "think_time_median_s": gap_med, "p_harvest_session": list(p_h), "p_followup": p_follow,
            "completion_median": comp_h, "p_new": p_new,
        })


def backcross(ctx: Ctx, rng: G, cid: str) -> None:
    """Back-translation / parallel-corpus harvesting through rotating 4G/5G mobile proxies, posing as an app."""
    fam = "backcross"
    n_keys = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    kinds = _subset(rng, ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], 1, 3)
    pool = [ip for k in kinds for ip in bb.mobile_v6(rng, irange(rng, 30, 120), k)]
    p_resi = _u(rng, 0.0, 0.35)
    resi_pool = bb.resi(rng, irange(rng, 20, 60), pick(rng, bb.regions()))
    hold = _u(rng, 3, 20) * MINUTE
    uas = _subset(rng, ["okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0",
                        "LinguaPocket/2.3.1 (Android 14; okhttp/4.12.0)", "ktor-client/3.0.3"], 1, 3)
    voices = _subset(rng, list(tx.TRANSLATE_VOICES), 2, 5)
    per_hour = _u(rng, 18, 55)
    factor = _u(rng, 1.3, 2.4)
    p_new = _u(rng, 0.85, 0.96)
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="translator_key", campaign_id=cid, org=org, pay=pay,
                                 ua=pick(rng, uas), ips=pool))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    pools = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.6)))
    for a, ts in zip(accts, pools, strict=True):
        passages = [_passage(ctx, rng, 300, 1500) for _ in ts]
        prompts = [tx.translation_prompt(rng, pick(rng, voices), p) for p in passages]
        comp = np.asarray([len(p) / 4.0 * factor for p in passages])
        ips = bb.sticky(rng, ts, pool, hold)
        if p_resi > 0:
            mask = rng.random(len(ts)) < p_resi
            alt = bb.picks(rng, resi_pool, len(ts))
            ips = [r if m else v for v, r, m in zip(ips, alt, mask.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp, comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "back-translation / parallel corpus", "pacing": "Poisson job queue over keys",
        "ip_source": "rotating mobile IPv6 proxies", "mobile_kinds": kinds, "p_residential": p_resi, "hold_min": hold / MINUTE,
        "keys": n_keys, "orgs": n_orgs, "voices": voices, "per_hour": per_hour, "completion_factor": factor, "p_new": p_new,
        "user_agents": uas,
    })


def penguin(ctx: Ctx, rng: G, cid: str) -> None:
    """A reseller whose sub-keys relay real customers' chat and, mixed in, continuation harvesting."""
    fam = "penguin"
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    n_keys = irange(rng, 12, 30)
    provider = pick(rng, ["m247", "leaseweb", "ovh", "hetzner", "selectel"])
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    uas = list(SDK_COMMON) + list(SDK_OTHER) + list(BROWSERS)
    voices = _subset(rng, list(tx.CONT_VOICES), 2, 5)
    p_opener = _u(rng, 0.2, 0.6)
    rate = (_u(rng, 2, 4), _u(rng, 5, 10))
    p_chat = (_u(rng, 0.2, 0.35), _u(rng, 0.45, 0.65))
    comp_c = _u(rng, 550, 1000)
    p_new = _u(rng, 0.8, 0.95)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(rng, label=LABEL, family=fam, role="reseller_subkey", campaign_id=cid, org=org, pay=pick(rng, pays),
                        ua=pick(rng, uas), ips=block)
        accts.append(a)
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(rng, born, ctx.t1, _u(rng, *rate) * (ctx.t1 - born) / HOUR, bb.global_load(_u(rng, 0, 24), _u(rng, 0.3, 0.6)))
        pc = _u(rng, *p_chat)
        prompts, comp = [], []
        for _ in ts:
            if chance(rng, pc):
                prompts.append(_chat(ctx, rng))
                comp.append(320.0)
            else:
                prefix = tx.opener(rng) if chance(rng, p_opener) else _passage(ctx, rng, 150, 1200)
                prompts.append(tx.continuation_prompt(rng, pick(rng, voices), prefix))
                comp.append(comp_c)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ua=picks(rng, uas, len(ts)) if chance(rng, 0.5) else None,
                 comp_median=np.asarray(comp), comp_sigma=0.6, err=0.012)
    ctx.campaign(cid, fam, accts, {
        "operation": "continuation harvesting inside reseller traffic", "pacing": "per-subkey Poisson, diurnal",
        "ip_source": f"rented {provider} block", "subkeys": n_keys, "cards": len(pays), "voices": voices,
        "p_opener": p_opener, "rate_per_hour": list(rate), "p_chat": list(p_chat), "completion_median": comp_c, "p_new": p_new,
    })


def half_shower(ctx: Ctx, rng: G, cid: str) -> None:
    """Synthetic instruction data (evol-instruct, self-instruct, taxonomy grids) and guideline-compliant
    rewrites, in overnight bursts that start in earnest once the new model is out."""
    fam = "half_shower"
    n_acc = irange(rng, 2, 5)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ["alibaba", "tencent", "huawei", "ucloud"])
    p_resi = _u(rng, 0.0, 0.5)
    tz = pick(rng, (8, 8, 9, 3))
    weights = rng.dirichlet(np.ones(len(tx.SYNTH_VOICES)) * 0.8)
    night = bb.nightly(_u(rng, 22, 26) % 24, _u(rng, 4, 9), tz)
    trickle = _u(rng, 0.02, 0.12)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(night(t), trickle)

    per_hour = _u(rng, 260, 700)
    pre_rate = _u(rng, 1.5, 6.0)
    comp_med = _u(rng, 700, 1300)
    p_new = _u(rng, 0.93, 0.995)
    accts = []
    for i in range(n_acc):
        org, pay = orgs[i % n_orgs]
        ips = bb.cloud(rng, irange(rng, 1, 4), provider)
        if chance(rng, p_resi):
            ips += bb.resi(rng, irange(rng, 1, 4), pick(rng, ("cn", "sea", "jp_kr")))
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="datagen", campaign_id=cid, org=org, pay=pay, ua=ua, ips=ips, tz=tz))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    pre = bb.thinned(rng, start, ctx.release, pre_rate * (ctx.release - start) / HOUR, bb.constant)
    go = ctx.release + _u(rng, 0.05, 0.8) * DAY
    mean_w = float(np.mean(curve(np.linspace(go, ctx.t1, 2048))))
    post = bb.thinned(rng, go, ctx.t1, per_hour * mean_w * max(0.0, ctx.t1 - go) / HOUR, curve)
    ts = np.sort(np.concatenate([pre, post]))
    who = rng.integers(0, n_acc, size=len(ts))
    voices = list(tx.SYNTH_VOICES)
    for i, a in enumerate(accts):
        t = ts[who == i]
        vs = rng.choice(len(voices), size=len(t), p=weights).tolist()
        prompts = [tx.synth_prompt(rng, voices[v], tx.cut(rng, _chat(ctx, rng), 30, 500), _passage(ctx, rng, 300, 1400)) for v in vs]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new, 0.01), comp_median=comp_med, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic instruction data + guideline rewrites", "pacing": "overnight bursts after release",
        "ip_source": f"{provider} cloud (+residential)", "accounts": n_acc, "orgs": n_orgs, "tz": tz, "p_residential": p_resi,
        "voice_weights": dict(zip(voices, [float(w) for w in weights], strict=True)), "per_hour_window": per_hour,
        "pre_release_rate": pre_rate, "completion_median": comp_med, "p_new": p_new,
    })


CAMPAIGN_FAMILIES = {
    "mills_mess": mills_mess,
    "fountain": fountain,
    "takeout": takeout,
    "multiplex": multiplex,
    "rubenstein": rubenstein,
    "backcross": backcross,
    "penguin": penguin,
    "half_shower": half_shower,
}
