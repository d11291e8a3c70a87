"""Hard-negative benign kinds of blind batch 7: real businesses and institutions whose legitimate
traffic shares surface traits with distillation (volume, templates, long outputs, many accounts
in one org, synchronised starts, cloud addresses).

Each kind is a function `(ctx, rng)` that creates its accounts (label "benign", `family` = the
kind) and writes their events into `ctx.sink`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind7 import texts

BENIGN = "benign"


def _flatten(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def edtech_item_bank(ctx: Ctx, rng: np.random.Generator) -> None:
    """An education company writing practice items with worked solutions: content staff in the
    office by day, and a nightly pipeline that drafts whole item sets from the cloud."""
    kind = "edtech_item_bank"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, TZS))
        office = home(rng, irange(rng, 1, 2), tz)
        for _ in range(irange(rng, 3, 6)):
            a = ctx.account(rng, label=BENIGN, family=kind, role="content_staff", org=org, pay=pay,
                            ua=pick(rng, BROWSERS), ips=office + home(rng, 1, tz), tz=tz)
            ts = _flatten(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz), 5.0, 90.0))
            prompts = [texts.item_bank(rng, pick(rng, (0, 2))) if chance(rng, 0.75) else texts.chat(rng, ctx)
                       for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.05), comp_median=700.0, comp_sigma=0.5)
        start_h = float(rng.uniform(0, 4))
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label=BENIGN, family=kind, role="pipeline", org=org, pay=pay,
                            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
                            ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp"))), tz=tz)
            hours = float(rng.uniform(1.5, 4))
            rate = float(rng.uniform(40, 150))
            ts = thinned(rng, ctx.t0, ctx.t1, rate * hours * (ctx.t1 - ctx.t0) / DAY, nightly(start_h, hours, tz))
            ctx.emit(rng, a, ts, [texts.item_bank(rng, 1) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, 0.3, 0.3), comp_median=float(rng.uniform(600, 1300)),
                     comp_sigma=0.45, err=0.02)


_SUITE_COMP = {"gsm8k-style": 250.0, "humaneval-style": 300.0, "mmlu-style": 4.0, "creative-writing": 260.0,
               "long-context QA": 180.0, "multilingual": 320.0, "safety refusals": 120.0, "tool calling": 90.0}


def release_benchmarkers(ctx: Ctx, rng: np.random.Generator) -> None:
    """Independent evaluators (consultancies, newsletters, an academic group) who all run their
    fixed suites against the new model within hours of its release, and against the old one as a
    baseline: many orgs, the same onset, identical prompts re-run."""
    kind = "release_benchmarkers"
    for _ in range(irange(rng, 4, 8)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, TZS))
        on_cloud = chance(rng, 0.6)
        suites = [str(s) for s in rng.choice(texts.BENCH_SUITES, size=irange(rng, 1, 3), replace=False)]
        size = {s: irange(rng, 40, 160) for s in suites}
        gap = float(rng.uniform(1.5, 6.0))
        for _ in range(irange(rng, 1, 2)):
            ips = cloud(rng, 1, "*") if on_cloud else home(rng, 1, tz)
            a = ctx.account(rng, label=BENIGN, family=kind, role="evaluator", org=org, pay=pay,
                            ua=sdk_ua(rng, 0.5), ips=ips, tz=tz)
            t = ctx.release + float(rng.uniform(0.5, 18)) * HOUR
            runs = [(ctx.old_models[0], 1)] + [(ctx.new_model, irange(rng, 1, 3)) for _ in range(irange(rng, 1, 3))]
            ts_all, prompts, models, comp = [], [], [], []
            for model, samples in runs:
                for s in suites:
                    for idx in range(size[s]):
                        p = texts.bench_prompt(rng, ctx, s, idx)
                        for _ in range(samples):
                            t += float(rng.lognormal(np.log(gap), 0.5))
                            ts_all.append(t)
                            prompts.append(p)
                            models.append(model)
                            comp.append(_SUITE_COMP[s])
                t += float(rng.uniform(1, 20)) * HOUR  # the next run: after looking at the results
            ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=np.asarray(comp),
                     comp_sigma=0.5, err=0.03)


def ide_agent_seats(ctx: Ctx, rng: np.random.Generator) -> None:
    """An engineering company's seats on a coding-agent IDE: each developer's task is a fast loop
    of tool calls with huge code context, in working hours, from home and the office."""
    kind = "ide_agent_seats"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = f"CodeAssist/{irange(rng, 1, 3)}.{irange(rng, 0, 12)}.{irange(rng, 0, 9)} (vscode 1.96.2; node 20.18.1)"
    for _ in range(irange(rng, 15, 40)):
        a = ctx.account(rng, label=BENIGN, family=kind, role="seat", org=org, pay=pay, ua=ua,
                        ips=office + home(rng, 1, tz), tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        ts, steps = [], []
        for s in starts.tolist():
            k = 2 + int(rng.poisson(float(rng.uniform(2, 9))))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=k - 1))])
            ts.append(t)
            steps.append(np.arange(k))
        if not ts:
            continue
        t_all, st = np.concatenate(ts), np.concatenate(steps)
        order = np.argsort(t_all, kind="stable")
        t_all, st = t_all[order], st[order]
        prompts = [texts.ide_prompt(rng, int(k)) for k in st.tolist()]
        ips = [office[0] if chance(rng, 0.6) else a.ips[-1]] * len(t_all)
        extra = 3000 + 1800 * st + rng.integers(0, 4000, size=len(st))
        ctx.emit(rng, a, t_all, prompts, models=ctx.models(rng, t_all, 0.7, 0.15), ips=ips,
                 comp_median=np.where(st == 0, 500.0, 220.0), comp_sigma=0.6, err=0.01, extra=extra)


def catalog_enrichment(ctx: Ctx, rng: np.random.Generator) -> None:
    """An online marketplace cleaning up and translating seller listings: a nightly batch from its
    cloud, plus a daytime trickle from the seller-facing 'improve my listing' button."""
    kind = "catalog_enrichment"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    provider = pick(rng, ("gcp", "aws", "azure"))
    start_h, hours = float(rng.uniform(22, 26)) % 24, float(rng.uniform(2, 5))
    rate = float(rng.uniform(150, 500))
    comp = {0: 180.0, 1: 260.0, 2: 60.0}
    for i in range(irange(rng, 2, 4)):
        a = ctx.account(rng, label=BENIGN, family=kind, role="batch" if i else "seller_tool", org=org, pay=pay,
                        ua="OpenAI/Python 1.54.0" if i else "OpenAI/NodeJS 4.67.1",
                        ips=cloud(rng, irange(rng, 1, 3), provider), tz=tz)
        if i:
            ts = thinned(rng, ctx.t0, ctx.t1, rate * hours * (ctx.t1 - ctx.t0) / DAY, nightly(start_h, hours, tz))
            st = picks(rng, (0, 1, 1, 2), len(ts))
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(100, 300)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
            st = [0] * len(ts)
        ctx.emit(rng, a, ts, [texts.catalog_prompt(rng, s) for s in st], models=ctx.models(rng, ts, 0.2, 0.5),
                 comp_median=np.asarray([comp[s] for s in st]), comp_sigma=0.4, err=0.02)


def classroom_cohort(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course that gave every student a key on the same day: dozens of accounts in
    one org, the same assignment questions, campus NAT plus dorms, a spike before the deadline."""
    kind = "classroom_cohort"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    campus = home(rng, irange(rng, 2, 3), tz)
    deadline = ctx.t0 + float(rng.uniform(4.0, 6.5)) * DAY
    for _ in range(irange(rng, 25, 60)):
        a = ctx.account(rng, label=BENIGN, family=kind, role="student", org=org, pay=pay, ua=pick(rng, BROWSERS),
                        ips=campus + home(rng, 1, tz), tz=tz)
        onboard = jitter_start(rng, ctx.t0, ctx.t0 + DAY, 1.0)
        sess = session_times(rng, onboard, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 5.0, 60.0)
        sess += session_times(rng, deadline - 30 * HOUR, deadline, float(rng.uniform(1, 5)), evening_person(tz, 4),
                              8.0, 45.0)
        ts = _flatten(sess)
        ctx.emit(rng, a, ts, [texts.homework(rng, ctx) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, 0.5, 0.3), comp_median=380.0, comp_sigma=0.6)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "edtech_item_bank": edtech_item_bank,
    "release_benchmarkers": release_benchmarkers,
    "ide_agent_seats": ide_agent_seats,
    "catalog_enrichment": catalog_enrichment,
    "classroom_cohort": classroom_cohort,
}
