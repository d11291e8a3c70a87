"""Campaign families of blind batch 17: distillation operations, each a generator
`family(ctx, rng, campaign_id)` that creates its accounts, records its truth and emits its events.

Written for this batch without reading the monitor or the simulator's own campaign code; the
parameters of every operation are drawn per seed. See README.md (read it only after the run).
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
    TZS,
    Ctx,
    bursts,
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
from bench.monitor_blind17 import texts

LABEL = "campaign"


def _pool(rng: np.random.Generator, regs: list[str], lo: int, hi: int) -> list[str]:
    return [ip for r in regs for ip in resi(rng, irange(rng, lo, hi), r)]


def _choose(rng: np.random.Generator, seq, k: int) -> list:
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False)
    return [seq[i] for i in sorted(idx.tolist())]


# --------------------------------------------------------------------------------------------


def trace_hydra(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "trace_hydra"
    n = irange(rng, 24, 56)
    n_sleep = int(round(n * rng.uniform(0.1, 0.3)))
    regs = _choose(rng, regions(), irange(rng, 2, 4))
    pool = _pool(rng, regs, 60, 200)
    pays = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 8)))]
    hold = float(rng.uniform(8, 35)) * MINUTE
    per_hour = float(rng.uniform(80, 240))
    styles = _choose(rng, list(range(texts.n_trace_styles())), irange(rng, 2, 4))
    launch = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    join_spread = float(rng.uniform(4, 30)) * HOUR
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    comp_med = float(rng.uniform(1300, 2200))
    accts = []
    for i in range(n):
        role = "sleeper" if i < n_sleep else "worker"
        accts.append(ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=camp, pay=pick(rng, pays),
                                 ua=sdk_ua(rng, 0.3), tz=int(pick(rng, TZS))))
    streams = worker_pool(rng, launch, ctx.t1, per_hour, n, curve)
    for i, acct in enumerate(accts):
        if i < n_sleep:  # registered days earlier, a handful of ordinary chats to look lived-in
            a = ctx.t0 + float(rng.uniform(0, 0.6)) * (ctx.release - ctx.t0)
            ts = thinned(rng, a, launch, irange(rng, 3, 14), evening_person(acct.tz))
            ctx.emit(rng, acct, ts, picks(rng, ctx.chat, len(ts)), models=ctx.models(rng, ts),
                     ips=sticky(rng, ts, pool, hold), comp_median=350.0)
            join = launch
        else:
            join = launch + float(rng.uniform(-6 * HOUR, join_spread))
        ts = streams[i][streams[i] >= join]
        style = int(pick(rng, styles))
        prompts = [texts.trace_prompt(rng, style) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.96), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp_med, comp_sigma=0.45, err=0.05)
    ctx.campaign(camp, fam, accts, {
        "operation": "reasoning-trace coercion on the new model", "accounts": n, "sleepers": n_sleep,
        "ip_source": "residential proxy pool (sticky)", "regions": regs, "pool_size": len(pool),
        "sticky_hold_min": round(hold / MINUTE, 1), "pacing": "Poisson worker pool",
        "jobs_per_hour": round(per_hour, 1), "launch_ts": launch, "join_spread_h": round(join_spread / HOUR, 1),
        "payment_fingerprints": len(pays), "styles": styles, "completion_median": round(comp_med)})


def pairwise_grader_farm(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "pairwise_grader_farm"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provs = _choose(rng, providers(), irange(rng, 1, 2))
    block = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 1, 3), irange(rng, 3, 7))]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    period = float(rng.uniform(20, 60)) * MINUTE
    p_fire = float(rng.uniform(0.35, 0.8))
    size = float(rng.uniform(4, 10))
    gap = float(rng.uniform(1.2, 4.0))
    styles = _choose(rng, list(range(5)), irange(rng, 2, 4))
    p_new = float(rng.uniform(0.5, 0.85))
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=camp, org=pick(rng, orgs),
                           pay=pick(rng, pays), ua=ua, ips=_choose(rng, block, irange(rng, 1, 3)))
        accts.append(acct)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ticks = np.arange(onboard + float(rng.uniform(0, period)), ctx.t1, period)
        ticks = ticks + rng.normal(0, 40, size=len(ticks))
        ticks = ticks[rng.random(len(ticks)) < p_fire]
        trains = bursts(rng, ticks, size, gap, b=ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        style = int(pick(rng, styles))
        prompts = []
        for _ in range(len(ts)):
            a = texts.snip(rng, pick(rng, ctx.passages), 200, 900)
            b = texts.snip(rng, pick(rng, ctx.passages), 200, 900)
            prompts.append(texts.judge_prompt(rng, pick(rng, ctx.chat), a, b, style))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=420.0,
                 comp_sigma=0.4, err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "pairwise preference / rubric critiques (reward-model data)", "accounts": n,
        "orgs": len(orgs), "payment_fingerprints": len(pays), "ip_source": "rented datacenter block",
        "providers": provs, "block_hosts": len(block), "user_agent": ua, "pacing": "cron ticks firing bursts",
        "period_min": round(period / MINUTE, 1), "p_fire": round(p_fire, 2), "burst_mean": round(size, 1),
        "gap_s": round(gap, 2), "styles": styles, "p_new": round(p_new, 2)})


def toolchain_rollouts(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "toolchain_rollouts"
    n = irange(rng, 4, 10)
    provs = _choose(rng, providers(), 2)
    rate = float(rng.uniform(0.6, 2.0))  # episodes per hour per account
    step_gap = float(rng.uniform(3, 9))
    ctx_growth = float(rng.uniform(150, 500))
    switch = ctx.release + float(rng.uniform(0.2, 2.0)) * HOUR
    outages = []
    for _ in range(irange(rng, 1, 3)):
        s = float(rng.uniform(ctx.t0, ctx.t1))
        outages.append((s, s + float(rng.uniform(2, 9)) * HOUR))
    styles = _choose(rng, [0, 1, 2], irange(rng, 1, 3))
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=camp,
                           ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "langchain-openai/0.3.6",
                                         "dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2")),
                           ips=cloud(rng, irange(rng, 2, 5), pick(rng, provs)))
        accts.append(acct)
        onboard = ctx.t0 if chance(rng, 0.5) else jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, onboard, ctx.t1, rate * (ctx.t1 - onboard) / HOUR, constant)
        for a, b in outages:
            starts = starts[(starts < a) | (starts >= b)]
        style = int(pick(rng, styles))
        all_ts, prompts, extra = [], [], []
        for s in starts.tolist():
            env, task = texts.agent_task(rng)
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                all_ts.append(tj)
                prompts.append(texts.agent_first(rng, env, task, style) if j == 0 else texts.agent_step(rng, j))
                extra.append(int(300 + j * ctx_growth * float(rng.uniform(0.7, 1.3))))
        ts = np.asarray(all_ts)
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in all_ts]
        comp = np.where(np.asarray([p.startswith("[step") for p in prompts], dtype=bool), 200.0, 320.0) \
            if prompts else 200.0
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.5, extra=extra, err=0.015)
    ctx.campaign(camp, fam, accts, {
        "operation": "synthetic agent / tool-use trajectories", "accounts": n, "providers": provs,
        "ip_source": "cloud (fixed per account)", "pacing": "episodes of chained steps",
        "episodes_per_hour": round(rate, 2), "step_gap_s": round(step_gap, 1),
        "context_growth_tokens_per_step": round(ctx_growth), "model_switch_ts": switch,
        "outages": [[round(a), round(b)] for a, b in outages], "styles": styles})


def safe_rewrite_mill(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "safe_rewrite_mill"
    n = irange(rng, 10, 22)
    tz = int(pick(rng, TZS))
    p_dc = float(rng.uniform(0.4, 0.8))
    provs = _choose(rng, providers(), irange(rng, 1, 3))
    regs = _choose(rng, regions(), irange(rng, 1, 3))
    pool = _pool(rng, regs, 40, 120)
    per_day = float(rng.uniform(3, 8))
    size = float(rng.uniform(8, 25))
    gap = float(rng.uniform(6, 20))
    weekend = float(rng.uniform(0.1, 0.5))
    styles = _choose(rng, list(range(5)), irange(rng, 2, 5))
    accts = []
    n_dc = 0
    for _ in range(n):
        dc = chance(rng, p_dc)
        n_dc += dc
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.5)
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=camp, ua=ua, tz=tz,
                           ips=cloud(rng, irange(rng, 1, 3), pick(rng, provs)) if dc else [])
        accts.append(acct)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(rng, onboard, ctx.t1, per_day, workday(tz, weekend=weekend), size, gap)
        ts = np.concatenate(sess) if sess else np.empty(0)
        my_styles = _choose(rng, styles, 2)
        prompts = [texts.rewrite_prompt(rng, texts.snip(rng, pick(rng, ctx.passages), 250, 1100),
                                        int(pick(rng, my_styles))) for _ in range(len(ts))]
        if dc:
            ips = None
        else:
            ips = sticky(rng, ts, pool, 20 * MINUTE)
            if len(ts) and chance(rng, 0.3):  # some of it from phones on a mobile carrier
                v6 = mobile_v6(rng, len(ts), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
                ips = [b if rng.random() < 0.3 else a for a, b in zip(ips, v6, strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=ips, comp_median=520.0,
                 comp_sigma=0.5, err=0.01)
    ctx.campaign(camp, fam, accts, {
        "operation": "censorship-compliant rewrites of sensitive passages", "accounts": n, "tz": tz,
        "datacenter_accounts": n_dc, "providers": provs, "proxy_regions": regs, "pacing": "office-hours sessions",
        "sessions_per_day": round(per_day, 1), "session_size": round(size, 1), "gap_s": round(gap, 1),
        "weekend_factor": round(weekend, 2), "styles": styles})


def quiet_specialists(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Deliberately hard: a handful of lived-in accounts mixing genuine chat with expert questions."""
    fam = "quiet_specialists"
    n = irange(rng, 3, 6)
    domain = pick(rng, texts.domains())
    team_tz = int(pick(rng, TZS))
    p_harvest = float(rng.uniform(0.35, 0.65))
    accts, info = [], []
    for i in range(n):
        tz = team_tz if chance(rng, 0.6) else int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        acct = ctx.account(rng, label=LABEL, family=fam, role="specialist", campaign_id=camp, ua=ua,
                           ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(acct)
        onboard = ctx.t0 if i < n - 1 else jitter_start(rng, ctx.t0 + 2 * DAY, ctx.t1, 0.5)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.2)
        per_day = float(rng.uniform(2.5, 5))
        sess = session_times(rng, onboard, ctx.t1, per_day, curve, float(rng.uniform(3, 7)),
                             float(rng.uniform(60, 240)), 1.0)
        ts = np.concatenate(sess) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < p_harvest
        persona = irange(rng, 0, 7)
        prompts = [texts.expert_question(rng, domain, persona) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        mob = mobile_v6(rng, len(ts), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        ips = [m if rng.random() < 0.15 else pick(rng, acct.ips) for m in mob]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), ips=ips,
                 comp_median=np.where(harvest, 950.0, 350.0), comp_sigma=0.55, err=0.005)
        info.append({"tz": tz, "per_day": round(per_day, 2), "persona": persona, "onboard": onboard})
    ctx.campaign(camp, fam, accts, {
        "operation": "low-and-slow expert-domain harvesting mixed into genuine use", "accounts": n,
        "domain": domain, "p_harvest": round(p_harvest, 2), "ip_source": "home ISP + mobile",
        "pacing": "human sessions", "per_account": info})


def token_siphon(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Few requests, enormous contexts and maximal completions, chained continuations."""
    fam = "token_siphon"
    n = irange(rng, 2, 4)
    prov = pick(rng, providers())
    gen_med = float(rng.uniform(3, 9)) * MINUTE
    idle_mean = float(rng.uniform(5, 40)) * MINUTE
    max_cont = irange(rng, 1, 4)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=camp,
                           ua=pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "reqwest/0.12.12")),
                           ips=cloud(rng, 1, prov))
        accts.append(acct)
        t = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts, prompts, extra = [], [], []
        while t < ctx.t1:
            docs = "\n\n".join(texts.snip(rng, pick(rng, ctx.passages), 300, 1500)
                               for _ in range(irange(rng, 3, 8)))
            base = irange(rng, 12000, 90000)
            ts.append(t)
            prompts.append(texts.longform_prompt(rng, docs, int(pick(rng, (0, 2)))))
            extra.append(base)
            for k in range(irange(rng, 0, max_cont)):
                t += float(rng.lognormal(np.log(gen_med), 0.3)) + float(rng.uniform(1, 6))
                ts.append(t)
                prompts.append(texts.longform_prompt(rng, "", 1))
                extra.append(base + 8000 * (k + 1))
            t += float(rng.lognormal(np.log(gen_med), 0.3)) + float(rng.exponential(idle_mean))
        ts_a = np.asarray(ts)
        ctx.emit(rng, acct, ts_a, prompts, models=ctx.models(rng, ts_a, p_new=0.9), comp_median=6500.0,
                 comp_sigma=0.25, extra=extra, err=0.02)
    ctx.campaign(camp, fam, accts, {
        "operation": "long-context, maximal-length generation with continuations", "accounts": n,
        "provider": prov, "ip_source": "one cloud IP per account", "pacing": "single sequential thread",
        "generation_median_min": round(gen_med / MINUTE, 1), "idle_mean_min": round(idle_mean / MINUTE, 1),
        "max_continuations": max_cont})


def question_relay(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Role split: a seed account mines questions out of answers; many throwaway askers pose them."""
    fam = "question_relay"
    n_seed, n_ask = irange(rng, 1, 2), irange(rng, 18, 40)
    launch = float(rng.uniform(ctx.t0 + 1.5 * DAY, ctx.t1 - 3 * DAY))
    prov = pick(rng, providers())
    seed_rate = float(rng.uniform(6, 14))
    all_regions = regions()
    pool = _pool(rng, all_regions, 30, 80)
    lo, hi = irange(rng, 6, 12), irange(rng, 30, 60)
    accts = []
    for _ in range(n_seed):
        acct = ctx.account(rng, label=LABEL, family=fam, role="question_miner", campaign_id=camp,
                           ua=sdk_ua(rng, 0.6), ips=cloud(rng, irange(rng, 1, 2), prov))
        accts.append(acct)
        starts = thinned(rng, launch - float(rng.uniform(2, 20)) * HOUR, ctx.t1,
                         seed_rate * (ctx.t1 - launch) / DAY, constant)
        trains = bursts(rng, starts, float(rng.uniform(10, 30)), 3.0, b=ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [texts.expand_prompt(rng, texts.snip(rng, pick(rng, ctx.passages), 300, 1200),
                                       int(rng.integers(0, 2))) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=260.0, err=0.01)
    for _ in range(n_ask):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE)
        acct = ctx.account(rng, label=LABEL, family=fam, role="asker", campaign_id=camp, ua=ua)
        accts.append(acct)
        onboard = launch + float(rng.uniform(0, 12)) * HOUR
        k = irange(rng, lo, hi)
        ts = np.sort(rng.uniform(onboard, ctx.t1, size=k))
        prompts = [texts.relay_question(rng) for _ in range(k)]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), ips=picks(rng, pool, k),
                 comp_median=700.0, comp_sigma=0.5, err=0.01)
    ctx.campaign(camp, fam, accts, {
        "operation": "self-instruct relay: question mining + throwaway askers", "seed_accounts": n_seed,
        "askers": n_ask, "launch_ts": launch, "seed_provider": prov, "seed_bursts_per_day": round(seed_rate, 1),
        "asker_requests": [lo, hi], "asker_ip_source": "rotating residential, all regions",
        "asker_pacing": "uniform over the clock"})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "trace_hydra": trace_hydra,
    "pairwise_grader_farm": pairwise_grader_farm,
    "toolchain_rollouts": toolchain_rollouts,
    "safe_rewrite_mill": safe_rewrite_mill,
    "quiet_specialists": quiet_specialists,
    "token_siphon": token_siphon,
    "question_relay": question_relay,
}
