"""Campaign families of batch 12: each is a generator `(ctx, rng, campaign_id) -> None` that
creates its accounts, writes its events into `ctx.sink` and records the campaign (with the
parameters it drew for this seed) in the truth.

Families differ on purpose in volume, pacing, infrastructure, output length and language; see
README.md (read it only after the monitor has been run on this batch).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_OTHER,
    TZS,
    Acct,
    Ctx,
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
    providers,
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
from bench.monitor_blind12 import texts

LABEL = "campaign"


def duty_cycle(rng: np.random.Generator, t0: float, t1: float, on_h: float, off_h: float) -> Callable:
    """A job that runs for ~on_h hours, pauses ~off_h hours (re-queues, key rotation), repeatedly."""
    edges, t, on = [], t0 - float(rng.uniform(0, on_h)) * HOUR, True
    while t < t1:
        dur = float(rng.exponential(on_h if on else off_h)) * HOUR
        if on:
            edges.append((t, t + dur))
        t += dur
        on = not on
    starts = np.array([a for a, _ in edges])
    ends = np.array([b for _, b in edges])

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        i = np.searchsorted(starts, ts, side="right") - 1
        ok = i >= 0
        res = np.zeros(len(ts))
        res[ok] = (ts[ok] < ends[i[ok]]).astype(np.float64)
        return res
    return f


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ---------------------------------------------------------------------------------------------


def hydra_reasoning_traces(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many throwaway accounts behind rotating residential proxies, each living a few days,
    coercing long step-by-step reasoning out of the model."""
    fam = "hydra_reasoning_traces"
    topics = texts.short_topics(ctx.chat)
    n = irange(rng, 40, 90)
    regs = sorted({pick(rng, regions()) for _ in range(irange(rng, 2, 3))})
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 80, 250), r)]
    dc_provider = pick(rng, providers())
    dc = rented_block(rng, dc_provider, irange(rng, 1, 3), 8)
    p_dc = float(rng.uniform(0.0, 0.3))
    hold = float(rng.uniform(300, 1800))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    uas = [sdk_ua(rng) for _ in range(3)]
    rate = float(rng.uniform(0.8, 2.2))
    life_days = (float(rng.uniform(1.0, 2.5)), float(rng.uniform(3.0, 6.0)))
    comp = float(rng.uniform(900, 2200))
    p_new = float(rng.uniform(0.6, 0.95))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.3)))
    accts: list[Acct] = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pick(rng, pays),
                        ua=pick(rng, uas))
        a0 = float(rng.uniform(start, ctx.t1 - 0.5 * DAY))
        a1 = a0 + float(rng.uniform(*life_days)) * DAY
        ts = thinned(rng, a0, min(a1, ctx.t1), rate * (min(a1, ctx.t1) - a0) / HOUR, curve)
        on_dc = chance(rng, p_dc)
        ips = picks(rng, dc, len(ts)) if on_dc else sticky(rng, ts, pool, hold)
        prompts = [texts.trace_request(rng, topics) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp,
                 comp_sigma=0.5, err=float(rng.uniform(0.03, 0.08)))
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_regions": regs, "proxy_pool": len(pool),
                                   "sticky_s": round(hold), "dc_provider": dc_provider, "p_dc": round(p_dc, 3),
                                   "payments": len(pays), "rate_per_hour": round(rate, 3),
                                   "life_days": [round(x, 2) for x in life_days], "comp_median": round(comp),
                                   "p_new": round(p_new, 3), "start": start})


def reward_rubric_scoring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A grading farm on a rented hosting block producing reward-model labels: short outputs,
    long prompts, a queue that runs in on/off stretches."""
    fam = "reward_rubric_scoring"
    topics = texts.short_topics(ctx.chat)
    n = irange(rng, 8, 20)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "scaleway", "leaseweb", "selectel"))
    block = rented_block(rng, prov, irange(rng, 2, 4), 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "litellm/1.60.2"))
    per_acct = float(rng.uniform(2.5, 5.0))
    on_h, off_h = float(rng.uniform(3, 10)), float(rng.uniform(1, 4))
    comp = float(rng.uniform(40, 140))
    p_new = float(rng.uniform(0.3, 0.8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    curve = duty_cycle(rng, start, ctx.t1, on_h, off_h)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, org=pick(rng, orgs),
                         pay=pick(rng, pays), ua=ua, ips=picks(rng, block, irange(rng, 1, 2))) for _ in range(n)]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_acct * n, n, curve), strict=True):
        prompts = [texts.rubric_request(rng, topics, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, comp_sigma=0.7,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "block_ips": len(block), "orgs": len(orgs),
                                   "payments": len(pays), "ua": ua, "rate_per_account_hour": round(per_acct, 2),
                                   "on_hours": round(on_h, 2), "off_hours": round(off_h, 2),
                                   "comp_median": round(comp), "p_new": round(p_new, 3), "start": start})


def policy_safe_rewrites(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Shell companies in UTC+8 on long office days collecting regulator-safe rewrites of answers
    on sensitive subjects, mostly in Chinese."""
    fam = "policy_safe_rewrites"
    n = irange(rng, 6, 15)
    tz = 8
    clouds = sorted({pick(rng, ("alibaba", "tencent", "huawei", "ucloud")) for _ in range(2)})
    orgs = []
    for _ in range(irange(rng, 2, 4)):
        orgs.append((hexid(rng, "org"), hexid(rng, "pay"), cloud(rng, irange(rng, 1, 2), pick(rng, clouds))))
    per_day = float(rng.uniform(2.0, 5.0))
    size = float(rng.uniform(8, 20))
    gap = float(rng.uniform(5, 15))
    p_home = float(rng.uniform(0.05, 0.3))
    comp = float(rng.uniform(350, 700))
    p_new = float(rng.uniform(0.4, 0.9))
    curve = workday(tz, start=9.0, end=21.0, weekend=0.5, night=0.03)
    accts = []
    for _ in range(n):
        org, pay, office = pick(rng, orgs)
        a = ctx.account(rng, label=LABEL, family=fam, role="operator", campaign_id=cid, org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3")),
                        ips=office, tz=tz)
        homes = home(rng, 1, tz)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = _concat(session_times(rng, a0, ctx.t1, per_day, curve, size, gap))
        ips = [pick(rng, homes) if chance(rng, p_home) else pick(rng, office) for _ in range(len(ts))]
        prompts = [texts.rewrite_request(rng, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp, comp_sigma=0.5)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "clouds": clouds, "orgs": len(orgs),
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                   "gap_s": round(gap, 1), "p_home": round(p_home, 3), "comp_median": round(comp),
                                   "p_new": round(p_new, 3)})


def agent_trajectory_synth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Cloud workers generating tool-use/agent transcripts: episodes of chained steps whose prompt
    context grows with each step; the first step asks for a whole trajectory."""
    fam = "agent_trajectory_synth"
    n = irange(rng, 10, 25)
    provs = sorted({pick(rng, ("aws", "gcp", "azure")) for _ in range(2)})
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    starts_per_day = float(rng.uniform(3, 8))
    steps_mean = float(rng.uniform(6, 14))
    gap = float(rng.uniform(8, 25))
    spec = irange(rng, 600, 1500)
    growth = irange(rng, 200, 500)
    comp_first, comp_step = float(rng.uniform(900, 1600)), float(rng.uniform(250, 500))
    p_new = float(rng.uniform(0.5, 0.9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="agent_runner", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, pays),
                        ua=pick(rng, ("langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2")),
                        ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)))
        ts_all, prompts, comps, extra = [], [], [], []
        for s in thinned(rng, start, ctx.t1, starts_per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t))):
            k = 1 + int(rng.poisson(steps_mean - 1))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            task, style = texts.agent_task(rng), irange(rng, 0, 3)
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.agent_request(rng, task, step, style))
                comps.append(comp_first if step == 0 else comp_step)
                extra.append(spec + step * growth)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(rng, a, ts, [prompts[i] for i in order], models=ctx.models(rng, ts, p_new),
                 comp_median=np.asarray(comps)[order], comp_sigma=0.45, extra=np.asarray(extra)[order], err=0.015)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": provs, "orgs": len(orgs), "payments": len(pays),
                                   "episodes_per_day": round(starts_per_day, 2), "steps_mean": round(steps_mean, 1),
                                   "step_gap_s": round(gap, 1), "spec_tokens": spec, "growth_tokens": growth,
                                   "comp_first": round(comp_first), "comp_step": round(comp_step),
                                   "p_new": round(p_new, 3), "start": start})


def slow_expert_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Deliberately hard: a handful of accounts that look like private people at home (browser,
    evening sessions, genuine chat mixed in), slowly harvesting one expert niche."""
    fam = "slow_expert_harvest"
    n = irange(rng, 3, 6)
    niche = pick(rng, tuple(texts.NICHES))
    p_genuine = float(rng.uniform(0.35, 0.6))
    per_day = float(rng.uniform(1.0, 2.5))
    size = float(rng.uniform(3, 6))
    gap = float(rng.uniform(90, 240))
    comp = float(rng.uniform(1000, 1600))
    p_new = float(rng.uniform(0.1, 0.3))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(rng, label=LABEL, family=fam, role="persona", campaign_id=cid, ua=pick(rng, BROWSERS),
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _concat(session_times(rng, a0, ctx.t1, per_day, evening_person(tz), size, gap))
        genuine = rng.random(len(ts)) < p_genuine
        prompts = [pick(rng, ctx.chat) if g else texts.expert_request(rng, niche) for g in genuine.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=np.where(genuine, 350.0, comp),
                 comp_sigma=0.7, err=0.005)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "niche": niche, "p_genuine": round(p_genuine, 3),
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                   "gap_s": round(gap), "comp_median": round(comp), "p_new": round(p_new, 3)})


def seed_then_answer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic dataset generation in two stages across a reseller's sub-organisations: a few
    keys brainstorm question lists in nightly bursts, many keys answer multilingual questions,
    every request from a rotating datacenter proxy."""
    fam = "seed_then_answer"
    topics = texts.short_topics(ctx.chat)
    n_gen, n_ans = irange(rng, 2, 4), irange(rng, 8, 24)
    provs = sorted({pick(rng, ("vultr", "digitalocean", "linode", "m247")) for _ in range(irange(rng, 2, 3))})
    pool = [ip for p in provs for ip in cloud(rng, irange(rng, 15, 40), p)]
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, SDK_OTHER)) for _ in range(irange(rng, 3, 6))]
    tz = pick(rng, TZS)
    gen_nights = float(rng.uniform(2, 5))
    gen_size, gen_gap = float(rng.uniform(20, 60)), float(rng.uniform(3, 10))
    ans_rate = float(rng.uniform(1.5, 3.5))
    comp_gen, comp_ans = float(rng.uniform(500, 900)), float(rng.uniform(300, 600))
    p_new = float(rng.uniform(0.3, 0.85))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)

    def member(role: str) -> Acct:
        org, pay, ua = pick(rng, orgs)
        return ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=cid, org=org, pay=pay, ua=ua,
                           ips=pool)

    gens = [member("seeder") for _ in range(n_gen)]
    answ = [member("answerer") for _ in range(n_ans)]
    night = nightly(float(rng.uniform(0, 6)), 5.0, tz)
    for a in gens:
        starts = thinned(rng, start, ctx.t1, gen_nights * (ctx.t1 - start) / DAY, night)
        ts = _concat([s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gen_gap), 0.5,
                                                                           size=max(0, int(rng.poisson(gen_size)) - 1)))])
                      for s in starts.tolist()])
        ctx.emit(rng, a, ts, [texts.seed_request(rng, topics) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new), comp_median=comp_gen, comp_sigma=0.4)
    load = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    for a, ts in zip(answ, worker_pool(rng, start + 6 * HOUR, ctx.t1, ans_rate * n_ans, n_ans, load), strict=True):
        ctx.emit(rng, a, ts, [texts.seeded_question(rng) for _ in range(len(ts))], models=ctx.models(rng, ts, p_new),
                 comp_median=comp_ans, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, gens + answ, {"seeders": n_gen, "answerers": n_ans, "proxy_providers": provs,
                                         "proxy_pool": len(pool), "orgs": len(orgs), "seed_tz": tz,
                                         "seed_bursts_per_day": round(gen_nights, 2),
                                         "seed_burst_size": round(gen_size, 1),
                                         "answer_rate_per_account_hour": round(ans_rate, 2),
                                         "comp_seed": round(comp_gen), "comp_answer": round(comp_ans),
                                         "p_new": round(p_new, 3), "start": start})


def preference_pair_sampler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A small team collecting preference pairs: the same real-looking prompt sent 2-3 times within
    seconds with different style directives, or once to each model generation."""
    fam = "preference_pair_sampler"
    n = irange(rng, 4, 10)
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    vms = cloud(rng, irange(rng, 1, 2), pick(rng, providers()))
    per_day = float(rng.uniform(12, 35))
    p_cross = float(rng.uniform(0.3, 0.7))
    p_vm = float(rng.uniform(0.2, 0.7))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    curve = workday(tz, start=8.0, end=19.0, weekend=0.2, night=0.05)
    old = ctx.old_models[0]
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="sampler", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=office + vms, tz=tz)
        ts_all, prompts, models, comps = [], [], [], []
        for s in thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve).tolist():
            base = pick(rng, ctx.chat)
            if s >= ctx.release and chance(rng, p_cross):
                variants = [(base, old, 350.0), (base, ctx.new_model, 350.0)]
            else:
                model = ctx.new_model if s >= ctx.release and chance(rng, 0.6) else old
                ds = texts.directive_set(rng)
                front = chance(rng, 0.5)
                variants = [((f"{d}\n\n{base}" if front else f"{base}\n\n{d}"), model,
                             120.0 if "concise" in d or "direct" in d else 600.0 if "detail" in d else 350.0)
                            for d in ds]
            t = s + np.concatenate([[0.0], np.cumsum(rng.uniform(0.3, 4.0, size=len(variants) - 1))])
            for tt, (p, m, c) in zip(t.tolist(), variants, strict=True):
                ts_all.append(tt)
                prompts.append(p)
                models.append(m)
                comps.append(c)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        on_vm = rng.random(len(ts)) < p_vm
        ips = [pick(rng, vms) if v else pick(rng, office) for v in on_vm.tolist()]
        ctx.emit(rng, a, ts, [prompts[i] for i in order], models=[models[i] for i in order], ips=ips,
                 comp_median=np.asarray(comps)[order], comp_sigma=0.6)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "prompt_groups_per_day": round(per_day, 1),
                                   "p_cross_model": round(p_cross, 3), "p_vm": round(p_vm, 3), "ua": ua,
                                   "office_ips": len(office), "vm_ips": len(vms)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "hydra_reasoning_traces": hydra_reasoning_traces,
    "reward_rubric_scoring": reward_rubric_scoring,
    "policy_safe_rewrites": policy_safe_rewrites,
    "agent_trajectory_synth": agent_trajectory_synth,
    "slow_expert_harvest": slow_expert_harvest,
    "seed_then_answer": seed_then_answer,
    "preference_pair_sampler": preference_pair_sampler,
}
