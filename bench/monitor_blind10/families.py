"""Batch 10's campaign families: each a generator `(ctx, rng, campaign_id) -> None` writing one
campaign's accounts, events and truth through the shared context (`bench.blind_batch.Ctx`).

Parameters are drawn per seed and recorded in the campaign's truth `params`, so a run's report can
say which operating point a miss or a catch came from. The families differ on purpose in volume,
pacing, infrastructure, output length and language; see README.md (read it only after the run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind10 import texts


def _start(ctx: Ctx, rng: np.random.Generator, p_after_release: float) -> float:
    """Campaigns often start when a new model ships; otherwise somewhere early in the window."""
    if chance(rng, p_after_release):
        return ctx.release + float(rng.uniform(0.5, 12.0)) * HOUR
    return bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)


def reasoning_hydra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many throw-away accounts on rented cloud blocks coercing full reasoning traces."""
    name = "reasoning_hydra"
    n = irange(rng, 40, 90)
    provider = pick(rng, bb.providers())
    block = bb.rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 4, 10))
    n_pay = irange(rng, 3, 8)
    pays = [bb.hexid(rng, "pay") for _ in range(n_pay)]
    per_hour = float(rng.uniform(80, 240))
    start = _start(ctx, rng, 0.6)
    life_h = float(rng.uniform(20, 60))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    comp = float(rng.uniform(1300, 2600))
    ua = bb.sdk_ua(rng, 0.7)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, pay=pick(rng, pays),
                        ua=ua if chance(rng, 0.8) else bb.sdk_ua(rng), ips=bb.picks(rng, block, irange(rng, 1, 3)))
        accts.append(a)
        s = start + float(rng.uniform(0, max(1.0, ctx.t1 - start - life_h * HOUR * 0.5)))
        e = min(ctx.t1, s + life_h * HOUR * float(rng.uniform(0.5, 1.5)))
        ts = bb.thinned(rng, s, e, per_hour / n * 2.5 * (e - s) / HOUR, bb.constant)
        style = pick(rng, styles)
        prompts = [texts.cot_prompt(rng, style if chance(rng, 0.85) else pick(rng, styles),
                                    texts.hard_question(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), comp_median=comp, comp_sigma=0.45,
                 err=0.03)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": provider, "payments": n_pay, "per_hour": per_hour,
                                    "start": start, "life_h": life_h, "styles": styles, "comp_median": comp})


def grader_labels(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A small team buying reward-model labels: scripted bursts of rubric grading, short outputs."""
    name = "grader_labels"
    n = irange(rng, 8, 20)
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    pays = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, bb.providers())
    tz = pick(rng, bb.TZS)
    bursts_per_day = float(rng.uniform(0.5, 2.0))
    burst_size = float(rng.uniform(20, 80))
    gap = float(rng.uniform(0.6, 3.0))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    comp = float(rng.uniform(45, 160))
    start = _start(ctx, rng, 0.3)
    accts = []
    for _ in range(n):
        k = irange(rng, 0, n_orgs - 1)
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, org=orgs[k], pay=pays[k],
                        ua=pick(rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1")),
                        ips=bb.cloud(rng, irange(rng, 2, 6), provider), tz=tz)
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, bursts_per_day * (ctx.t1 - start) / DAY, bb.workday(tz, weekend=0.3))
        ts = np.concatenate(bb.bursts(rng, starts, burst_size, gap, b=ctx.t1) or [np.empty(0)])
        prompts = [texts.grade_prompt(rng, pick(rng, styles), texts.short(pick(rng, ctx.chat), 600),
                                      pick(rng, ctx.passages), pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=comp, comp_sigma=0.5)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "provider": provider, "tz": tz,
                                    "bursts_per_day": bursts_per_day, "burst_size": burst_size, "gap_s": gap,
                                    "styles": styles, "comp_median": comp, "start": start})


def compliant_rewrites(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe rewrites through residential proxies, human-ish sessions on one office clock."""
    name = "compliant_rewrites"
    n = irange(rng, 10, 30)
    region = pick(rng, [r for r in bb.regions() if r not in ("cn",)])
    pool = bb.resi(rng, irange(rng, 80, 400), region)
    hold = float(rng.uniform(5, 40)) * MINUTE
    pays = [bb.hexid(rng, "pay") for _ in range(max(1, n // irange(rng, 2, 5)))]
    office_tz = pick(rng, (8, 3, 8))
    per_day = float(rng.uniform(4, 14))
    size = float(rng.uniform(4, 15))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 5), replace=False).tolist())
    comp = float(rng.uniform(450, 1100))
    browser = chance(rng, 0.5)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, pay=pick(rng, pays),
                        ua=pick(rng, bb.BROWSERS) if browser else bb.sdk_ua(rng), ips=pool[:1], tz=office_tz)
        accts.append(a)
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, s, ctx.t1, per_day, bb.workday(office_tz, weekend=0.2), size,
                                float(rng.uniform(20, 90)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [texts.rewrite_prompt(rng, pick(rng, styles), pick(rng, texts.SENSITIVE), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts), ips=bb.sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.5, extra=0)
    ctx.campaign(cid, name, accts, {"accounts": n, "region": region, "hold_s": hold, "payments": len(pays),
                                    "office_tz": office_tz, "sessions_per_day": per_day, "session_size": size,
                                    "styles": styles, "comp_median": comp, "browser_ua": browser})


def agent_trajectories(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic tool-use episodes: multi-step agent loops around fake tool results, around the clock."""
    name = "agent_trajectories"
    n = irange(rng, 10, 25)
    n_orgs = irange(rng, 2, 4)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay"), pick(rng, bb.providers())) for _ in range(n_orgs)]
    ep_per_hour = float(rng.uniform(0.15, 0.6))
    steps = float(rng.uniform(4, 12))
    step_gap = float(rng.uniform(3, 15))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    comp = float(rng.uniform(150, 420))
    start = _start(ctx, rng, 0.4)
    accts = []
    for _ in range(n):
        org, pay, provider = pick(rng, orgs)
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, org=org, pay=pay,
                        ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")),
                        ips=bb.cloud(rng, irange(rng, 1, 4), provider))
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, ep_per_hour * (ctx.t1 - start) / HOUR, bb.global_load(14, 0.3))
        ts_all, prompts, meds = [], [], []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(steps)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            task, style = texts.task_text(rng), pick(rng, styles)
            tools = [texts.TOOLS[i] for i in rng.choice(len(texts.TOOLS), size=irange(rng, 2, 6), replace=False)]
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_prompt(rng, style, task, j, tools))
                meds.append(comp * (3.0 if j == k - 1 else 1.0))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=np.asarray(meds),
                 comp_sigma=0.5, extra=np.asarray([irange(rng, 100, 1500) for _ in ts_all], dtype=np.int64))
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "episodes_per_hour": ep_per_hour,
                                    "steps": steps, "step_gap_s": step_gap, "styles": styles, "comp_median": comp,
                                    "start": start})


def quiet_curriculum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Deliberately hard: bought consumer accounts, human-paced evenings at home, mixing genuine
    chat with a shared curriculum of in-depth explanations walked without overlap."""
    name = "quiet_curriculum"
    n = irange(rng, 15, 40)
    p_harvest = float(rng.uniform(0.25, 0.6))
    per_day = float(rng.uniform(0.6, 2.5))
    size = float(rng.uniform(2, 5))
    comp = float(rng.uniform(1100, 2000))
    langs = sorted(rng.choice(["en", "es", "pt", "id"], size=irange(rng, 1, 4), replace=False).tolist())
    curriculum = [f"{asp}{subj}" for subj in texts.SUBJECTS for asp in texts.ASPECTS]
    curriculum = [curriculum[i] for i in rng.permutation(len(curriculum)).tolist()]
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, langs)
        mobile = chance(rng, 0.4)
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid,
                        ua=pick(rng, bb.MOBILE if mobile else bb.BROWSERS), ips=bb.home(rng, irange(rng, 1, 2), tz),
                        tz=tz)
        accts.append(a)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.evening_person(tz), size, float(rng.uniform(40, 180)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < p_harvest
        prompts, meds = [], []
        for h in harvest.tolist():
            if h:
                prompts.append(texts.textbook_prompt(rng, lang, curriculum[cursor % len(curriculum)]))
                cursor += 1
                meds.append(comp)
            else:
                prompts.append(pick(rng, ctx.chat))
                meds.append(350.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), comp_median=np.asarray(meds))
    ctx.campaign(cid, name, accts, {"accounts": n, "p_harvest": p_harvest, "sessions_per_day": per_day,
                                    "session_size": size, "comp_median": comp, "langs": langs})


def belief_elicitation(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A few very busy keys eliciting probability distributions (a stand-in for logits): tiny outputs."""
    name = "belief_elicitation"
    n = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, bb.providers())
    block = bb.rented_block(rng, provider, 1, irange(rng, 2, 8))
    bursts_per_hour = float(rng.uniform(0.3, 1.2))
    burst_size = float(rng.uniform(15, 60))
    gap = float(rng.uniform(0.2, 1.5))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    comp = float(rng.uniform(12, 60))
    start = _start(ctx, rng, 0.7)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, org=org, pay=pay,
                        ua="python-requests/2.32.3", ips=bb.picks(rng, block, 2))
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, bursts_per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        ts = np.concatenate(bb.bursts(rng, starts, burst_size, gap, b=ctx.t1) or [np.empty(0)])
        prompts = [texts.dist_prompt(rng, pick(rng, styles), ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=comp,
                 comp_sigma=0.4, err=0.04)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": provider, "bursts_per_hour": bursts_per_hour,
                                    "burst_size": burst_size, "gap_s": gap, "styles": styles, "comp_median": comp,
                                    "start": start})


def laundered_reseller(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Grey-market resellers: genuine end-user chat from their server, with a dataset-generation
    stream for one buyer folded in."""
    name = "laundered_reseller"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247", "selectel"))
    p_harvest = float(rng.uniform(0.1, 0.35))
    per_hour = float(rng.uniform(15, 45))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    comp = float(rng.uniform(900, 1800))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="reseller", campaign_id=cid,
                        ua=pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "OpenAI/NodeJS 4.67.1")),
                        ips=bb.cloud(rng, irange(rng, 1, 3), provider))
        accts.append(a)
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(rng, s, ctx.t1, per_hour * (ctx.t1 - s) / HOUR, bb.global_load(float(rng.uniform(0, 24)), 0.6))
        harvest = rng.random(len(ts)) < p_harvest
        prompts = [texts.sft_prompt(rng, pick(rng, styles), ctx.chat) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        meds = np.where(harvest, comp, 350.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.25), comp_median=meds)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": provider, "p_harvest": p_harvest,
                                    "per_hour": per_hour, "styles": styles, "comp_median": comp})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "reasoning_hydra": reasoning_hydra,
    "grader_labels": grader_labels,
    "compliant_rewrites": compliant_rewrites,
    "agent_trajectories": agent_trajectories,
    "quiet_curriculum": quiet_curriculum,
    "belief_elicitation": belief_elicitation,
    "laundered_reseller": laundered_reseller,
}
