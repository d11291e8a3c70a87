"""The fourth blind batch's campaign families: each builds one seeded campaign into the sink.

Every family draws its own account count, volumes, pacing, address source, identities and
prompt styles from `rng`, so each seed gives a different operation of the same kind.
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
    Acct,
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
from bench.monitor_blind4 import texts

Family = Callable[[Ctx, np.random.Generator, str], None]


def _acct(ctx: Ctx, rng: np.random.Generator, cid: str, family: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. text_to_sql_harvest: (schema, question) -> SQL + explanation pairs for a text-to-SQL model


def text_to_sql_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "text_to_sql_harvest"
    n = irange(rng, 10, 22)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, providers())
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    ua_fixed = sdk_ua(rng, 0.6)
    styles = sorted(set(picks(rng, texts.SQL_STYLES, irange(rng, 2, len(texts.SQL_STYLES)))))
    dialects = picks(rng, texts.SQL_DIALECTS, 2)
    accts = [_acct(ctx, rng, cid, fam, "worker", org=pick(rng, orgs), pay=pick(rng, pays),
                   ua=ua_fixed if chance(rng, 0.8) else sdk_ua(rng), ips=picks(rng, pool, irange(rng, 1, 3)))
             for _ in range(n)]
    per_acct_hour = float(rng.uniform(1.2, 4.0))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    streams = worker_pool(rng, start, ctx.t1, per_acct_hour * n, n,
                          curve=global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4))))
    for a, ts in zip(accts, streams, strict=True):
        onboard = jitter_start(rng, start, ctx.t1, 0.4)
        ts = ts[ts >= onboard]
        prompts = [texts.sql_prompt(rng, pick(rng, styles), pick(rng, dialects)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=260.0, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "text-to-SQL pairs with clause-by-clause explanations", "pacing": "poisson worker pool, 24/7",
        "per_account_per_hour": round(per_acct_hour, 2), "ip_source": f"rented /24s at {provider}",
        "orgs": n_orgs, "payment_instruments": len(pays), "styles": styles, "dialects": dialects,
        "user_agent": ua_fixed})


# --------------------------------------------------------------------------------------------
# 2. entity_fact_crawl: low-and-slow knowledge crawl by a few "analysts" of one company


def entity_fact_crawl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "entity_fact_crawl"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    shared_office = chance(rng, 0.5)
    office_ip = home(rng, 1, tz)
    scripted = chance(rng, 0.5)
    cats = sorted(set(picks(rng, list(texts.ENTITIES), irange(rng, 4, len(texts.ENTITIES)))))
    accts = []
    for _ in range(n):
        ips = office_ip + (home(rng, 1, tz) if chance(rng, 0.4) else []) if shared_office else home(rng, 1, tz)
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")) if scripted else pick(rng, BROWSERS)
        accts.append(_acct(ctx, rng, cid, fam, "analyst", org=org, pay=pay, ua=ua, ips=ips, tz=tz))
    for a in accts:
        style = int(rng.integers(len(texts.ENTITY_STYLES)))
        per_day = float(rng.uniform(1.0, 3.0))
        sess = session_times(rng, ctx.t0, ctx.t1, per_day, workday(tz), float(rng.uniform(6, 18)),
                             float(rng.uniform(40, 160)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [texts.entity_prompt(rng, style if chance(rng, 0.85) else int(rng.integers(len(texts.ENTITY_STYLES))), pick(rng, cats))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=650.0)
    ctx.campaign(cid, fam, accts, {
        "operation": "encyclopedic fact crawl over entity lists (knowledge distillation)",
        "pacing": "human sessions in office hours", "tz": tz, "shared_office_ip": shared_office,
        "scripted": scripted, "categories": cats, "orgs": 1, "payment_instruments": 1})


# --------------------------------------------------------------------------------------------
# 3. option_shuffle_soft_labels: MCQs re-asked with permuted options to recover soft labels


def option_shuffle_soft_labels(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "option_shuffle_soft_labels"
    n = irange(rng, 22, 40)
    region_list = [r for r in regions()]
    regs = picks(rng, region_list, 2)
    pool = resi(rng, irange(rng, 300, 1200), regs[0]) + resi(rng, irange(rng, 100, 600), regs[1])
    hold = float(rng.uniform(5, 30)) * MINUTE
    repeats = (irange(rng, 3, 4), irange(rng, 5, 8))
    styles = sorted(set(picks(rng, range(len(texts.MCQ_STYLES)), irange(rng, 2, 4))))
    accts = [_acct(ctx, rng, cid, fam, "sampler", ua=pick(rng, BROWSERS + MOBILE), ips=["0.0.0.0"],
                   tz=int(pick(rng, TZS))) for _ in range(n)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    for a in accts:
        n_q = irange(rng, 8, 35)
        starts = thinned(rng, start, ctx.t1, n_q, global_load(float(rng.uniform(0, 24)), 0.6))
        ts_all, prompts = [], []
        for s in starts.tolist():
            q = texts.mcq_item(rng)
            k = irange(rng, *repeats)
            style = int(pick(rng, styles))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(20.0), 0.7, size=k - 1))])
            for tt in t.tolist():
                ts_all.append(tt)
                prompts.append(texts.mcq_prompt(rng, q, style))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), ips=sticky(rng, ts, pool, hold),
                 comp_median=5.0, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "multiple-choice soft labels: each item re-asked with shuffled options",
        "pacing": "per-question bursts of repeats", "repeats": list(repeats), "ip_source": f"residential proxy {regs}",
        "sticky_minutes": round(hold / MINUTE, 1), "styles": styles, "orgs": n, "payment_instruments": n})


# --------------------------------------------------------------------------------------------
# 4. label_rationalisation: post-hoc rationales for an existing labelled dataset


def label_rationalisation(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "label_rationalisation"
    n = irange(rng, 14, 28)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[carrier]
    task = pick(rng, list(texts.LABEL_TASKS))
    styles = sorted(set(picks(rng, range(len(texts.RATIONALE_STYLES)), irange(rng, 2, 4))))
    accts = [_acct(ctx, rng, cid, fam, "labeller", pay=pick(rng, pays), ua=pick(rng, MOBILE), ips=["::"], tz=tz)
             for _ in range(n)]
    for a in accts:
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 2.5)), evening_person(tz),
                             float(rng.uniform(8, 20)), float(rng.uniform(12, 45)), 0.6)
        ts_parts, ips = [], []
        for s in sess:
            ts_parts.append(s)
            ips += mobile_v6(rng, 1, carrier) * len(s)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        prompts = [texts.rationale_prompt(rng, ctx.chat, task, int(pick(rng, styles))) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips, comp_median=170.0)
    ctx.campaign(cid, fam, accts, {
        "operation": f"post-hoc rationales for gold labels ({task})", "pacing": "evening phone sessions",
        "ip_source": f"carrier IPv6 {carrier}, new address per session", "payment_instruments": len(pays),
        "orgs": n, "styles": styles})


# --------------------------------------------------------------------------------------------
# 5. reranker_query_synthesis: passage -> queries / relevance grades for a retriever and reranker


def reranker_query_synthesis(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "reranker_query_synthesis"
    n = irange(rng, 6, 14)
    provider = pick(rng, providers())
    pairs = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
    accts = [_acct(ctx, rng, cid, fam, "lambda", pay=pairs[i // 2], ua=ua, ips=["0.0.0.0"]) for i in range(n)]
    p_new = float(rng.uniform(0.85, 1.0))
    batches_per_day = float(rng.uniform(0.8, 2.5))
    size = float(rng.uniform(20, 70))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    fewshot = texts.inpars_prefix(rng, ctx.passages)
    for a in accts:
        starts = thinned(rng, start, ctx.t1, batches_per_day * (ctx.t1 - start) / DAY, global_load(3.0, 0.3))
        # after the release the farm doubles its batches for the new model
        extra = thinned(rng, max(start, ctx.release), ctx.t1, batches_per_day * (ctx.t1 - ctx.release) / DAY,
                        global_load(3.0, 0.3))
        trains = bursts(rng, np.sort(np.concatenate([starts, extra])), size, 1.5, 0.9, b=ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [texts.retrieval_prompt(rng, ctx.passages, ctx.chat, fewshot) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=cloud(rng, len(ts), provider),
                 comp_median=140.0, err=0.05)
    ctx.campaign(cid, fam, accts, {
        "operation": "retrieval training data: passage->queries and query/passage relevance grades",
        "pacing": "serverless fan-out bursts, doubled after release", "batch_size_mean": round(size, 1),
        "ip_source": f"serverless egress at {provider}, fresh address per call", "payment": "one card per two accounts",
        "user_agent": ua, "orgs": n})


# --------------------------------------------------------------------------------------------
# 6. stacktrace_triage_harvest: a "developer tool" front harvesting debugging explanations


def stacktrace_triage_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stacktrace_triage_harvest"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, providers())
    ua = sdk_ua(rng, 0.7)
    accts = [_acct(ctx, rng, cid, fam, "backend", org=org, pay=pay, ua=ua, ips=cloud(rng, irange(rng, 1, 3), provider))
             for _ in range(n)]
    langs = sorted(set(picks(rng, list(texts.TRACE_LANGS), irange(rng, 2, 5))))
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.3, 0.7)))
    for a in accts:
        rate = float(rng.uniform(1.5, 5.0))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.trace_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1), comp_median=520.0,
                 extra=rng.integers(0, 200, size=len(ts)))
    ctx.campaign(cid, fam, accts, {
        "operation": "debugging explanations and patches for synthetic stack traces",
        "pacing": "smooth around-the-clock load (looks like a SaaS)", "ip_source": f"fixed egress at {provider}",
        "languages": langs, "orgs": 1, "payment_instruments": 1, "user_agent": ua})


# --------------------------------------------------------------------------------------------
# 7. minimal_pair_sweep: counterfactual sweeps mapping the model's judgement boundary


def minimal_pair_sweep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "minimal_pair_sweep"
    n = irange(rng, 12, 24)
    scen = sorted(set(picks(rng, range(len(texts.SCENARIOS)), irange(rng, 3, len(texts.SCENARIOS)))))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = sdk_ua(rng, 0.4) if chance(rng, 0.7) else pick(rng, BROWSERS)
        accts.append(_acct(ctx, rng, cid, fam, "prober", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz))
    for a in accts:
        curve = workday(a.tz) if chance(rng, 0.5) else evening_person(a.tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.3)) * (ctx.t1 - ctx.t0) / DAY, curve)
        ts_all: list[float] = []
        prompts: list[str] = []
        for s in starts.tolist():
            variants = texts.sweep(rng, int(pick(rng, scen)), irange(rng, 4, 12))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.6, size=len(variants) - 1))])
            ts_all += t.tolist()
            prompts += variants
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=110.0)
    ctx.campaign(cid, fam, accts, {
        "operation": "counterfactual minimal-pair sweeps of decision scenarios",
        "pacing": "one sweep per session, 4-12 variants seconds apart", "scenarios": scen,
        "ip_source": "each account its own home connection", "orgs": n, "payment_instruments": n,
        "shared_infrastructure": False})


CAMPAIGN_FAMILIES: dict[str, Family] = {
    "text_to_sql_harvest": text_to_sql_harvest,
    "entity_fact_crawl": entity_fact_crawl,
    "option_shuffle_soft_labels": option_shuffle_soft_labels,
    "label_rationalisation": label_rationalisation,
    "reranker_query_synthesis": reranker_query_synthesis,
    "stacktrace_triage_harvest": stacktrace_triage_harvest,
    "minimal_pair_sweep": minimal_pair_sweep,
}
