"""Hard-negative benign kinds of blind batch 46 (code names only; descriptions in README.md and in
the comments here). Each kind is `f(ctx, rng)`: legitimate API customers whose traffic shares
surface features with harvesting (automation, volume, templates, cloud egress, long answers,
repeated sampling, agent loops, resold keys)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    rented_block,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind46 import texts

BEN = "benign"


def _fixed_model(model: str, n: int) -> list[str]:
    return [model] * n


# --------------------------------------------------------------------------------------------
# liming: a contract-review SaaS. Its backend (a few addresses in one cloud) turns customers'
# uploaded documents into field extraction JSON, plain-language summaries and playbook deviation
# reports; the document itself rides in a large context. Prod key carries the load in US and EU
# office hours; a staging key trickles and is the only one trying the new model.

def liming(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "liming"
    for _ in range(irange(rng, 1, 2)):  # vendors
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "azure"))
        ips = rented_block(rng, provider, 1, irange(rng, 3, 8))
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        n_keys = irange(rng, 2, 4)
        keys = [ctx.account(rng, label=BEN, family=name, role="prod" if i == 0 else "staging", org=org, pay=card,
                            ua=ua, ips=ips) for i in range(n_keys)]
        curve = multi_office([-5, 0, 1])
        per_hour = float(rng.uniform(20, 60))
        share = np.concatenate([[float(rng.uniform(0.75, 0.92))], rng.dirichlet(np.ones(n_keys - 1))])
        share[1:] *= 1 - share[0]
        streams = worker_pool(rng, ctx.t0, ctx.t1, per_hour, 1, curve)[0]
        who = rng.choice(n_keys, size=len(streams), p=share / share.sum())
        for i, k in enumerate(keys):
            ts = streams[who == i]
            styles = rng.choice(3, size=len(ts), p=[0.6, 0.25, 0.15]).tolist()
            prompts = [texts.contract_prompt(rng, s) for s in styles]
            comp = np.asarray([(180.0, 300.0, 600.0)[s] for s in styles])
            models = ctx.models(rng, ts, p_new=0.0 if i == 0 else 0.7, p_mini=0.1)
            ctx.emit(rng, k, ts, prompts, models=models, comp_median=comp if len(ts) else 200.0, comp_sigma=0.5,
                     extra=rng.integers(1500, 9000, size=len(ts)) if len(ts) else 0)


# --------------------------------------------------------------------------------------------
# leggett: an ed-tech vendor generating practice questions with worked solutions, lesson plans
# and feedback on student answers for teachers, one key per regional deployment, cloud-hosted;
# school-day pacing plus teachers preparing in the evening, long answers, a per-region A/B share
# on the new model after release.

def leggett(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "leggett"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 2, 5)):
        tz = pick(rng, TZS)
        ips = cloud(rng, irange(rng, 2, 4), "aws")
        k = ctx.account(rng, label=BEN, family=name, role="region", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1",
                        ips=ips, tz=tz)
        school, eve = workday(tz, start=7.5, end=16.0, weekend=0.15), evening_person(tz)

        def curve(t: np.ndarray, school=school, eve=eve) -> np.ndarray:
            return np.maximum(school(t), 0.4 * eve(t))

        peak = float(rng.uniform(15, 50))
        ts = thinned(rng, ctx.t0, ctx.t1, peak * 0.35 * (ctx.t1 - ctx.t0) / HOUR, curve)
        styles = rng.choice(3, size=len(ts), p=[0.55, 0.25, 0.2]).tolist()
        comp = np.asarray([(1600.0, 1400.0, 350.0)[s] for s in styles]) if len(ts) else 1000.0
        ctx.emit(rng, k, ts, [texts.edtech_prompt(rng, s) for s in styles],
                 models=ctx.models(rng, ts, p_new=float(rng.uniform(0.0, 0.8))), comp_median=comp, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# bating: product teams' regression suites. Each team has a fixed suite of product prompts;
# nightly CI runs it against the model they ship on, and on release day they re-run it several
# times against both the old and the new model (sometimes repeating each case to measure
# variance). Fresh CI runner addresses in a big cloud every run; eval-tool user agents.

def bating(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "bating"
    old = ctx.old_models[0]
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, TZS)
        ua = pick(rng, ("promptfoo/0.103.5", "python-httpx/0.28.1", "OpenAI/Python 1.63.2", "axios/1.7.9"))
        k = ctx.account(rng, label=BEN, family=name, role="ci", ua=ua, ips=cloud(rng, 1, "azure"), tz=tz)
        cases = texts.suite(rng, irange(rng, 80, 300))
        rate = float(rng.uniform(0.5, 3.0))  # requests per second with the runner's concurrency
        runs: list[tuple[float, str, int]] = []
        if chance(rng, 0.7):
            hour = float(rng.uniform(1, 5))
            day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
            for d in range(8):
                t = day0 + d * DAY + hour * HOUR + float(rng.uniform(0, 20)) * MINUTE
                if ctx.t0 <= t < ctx.t1:
                    runs.append((t, old, 1))
        for _ in range(irange(rng, 2, 5)):
            t = ctx.release + float(rng.uniform(0.3, 30)) * HOUR
            rep = pick(rng, (1, 1, 2, 3))
            runs.append((t, ctx.new_model, rep))
            runs.append((t + float(rng.uniform(0, 40)) * MINUTE, old, rep))
        for t, model, rep in runs:
            prompts = [c for c in cases for _ in range(rep)]
            ts = t + np.cumsum(rng.exponential(1.0 / rate, size=len(prompts)))
            ips = cloud(rng, irange(rng, 1, 4), "azure")
            ctx.emit(rng, k, ts, prompts, models=_fixed_model(model, len(ts)), ips=[pick(rng, ips) for _ in ts],
                     comp_median=150.0, comp_sigma=0.7, err=0.02)


# --------------------------------------------------------------------------------------------
# wove: a university group benchmarking reasoning. A fixed set of generated word problems per
# lab; each run sends every problem with a zero-shot or few-shot chain-of-thought prompt, k times
# (self-consistency sampling), at cluster concurrency, one model per run: a baseline on the old
# model and new-model runs after the release. Lab members share the group's billing; jobs run
# from a few cloud VMs, with some personal chat use from home.

def wove(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "wove"
    old = ctx.old_models[0]
    for _ in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        vms = cloud(rng, irange(rng, 1, 3), "gcp")
        bench = [texts.problem(rng) for _ in range(irange(rng, 150, 400))]
        for _ in range(irange(rng, 1, 3)):
            homes = home(rng, 1, tz)
            ua = pick(rng, ("OpenAI/Python 1.63.2", "litellm/1.60.2", "python-requests/2.32.3"))
            k = ctx.account(rng, label=BEN, family=name, role="student", org=org, pay=card, ua=ua, ips=vms + homes, tz=tz)
            n_runs = irange(rng, 1, 3)
            for r in range(n_runs):
                baseline = r == 0 and chance(rng, 0.6)
                if baseline:
                    t = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
                    model = old
                else:
                    t = ctx.release + float(rng.uniform(0.1, 2.5)) * DAY
                    model = ctx.new_model
                samples = pick(rng, (1, 4, 5, 8))
                subset = bench if chance(rng, 0.5) else bench[: len(bench) // 2]
                fewshot = chance(rng, 0.4)
                prompts = [texts.eval_item(p, fewshot) for p in subset for _ in range(samples)]
                ts = t + np.cumsum(rng.exponential(1.0 / float(rng.uniform(0.3, 1.5)), size=len(prompts)))
                ctx.emit(rng, k, ts, prompts, models=_fixed_model(model, len(ts)),
                         ips=[pick(rng, vms) for _ in range(len(ts))], comp_median=450.0, comp_sigma=0.5, err=0.03)
            sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 90.0)
            ts = np.sort(np.concatenate([np.empty(0), *sess]))
            ctx.emit(rng, k, ts, [texts.cut(pick(rng, ctx.chat), 10, 2000, rng) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.7), ips=homes[0], ua=pick(rng, BROWSERS),
                     comp_median=350.0, comp_sigma=0.8)


# --------------------------------------------------------------------------------------------
# furnish: a legitimate model router / aggregator. One org and card, one key per downstream
# customer (heavy-tailed volumes, some customers joining mid-week), all requests leaving from the
# router's few cloud egress addresses with the router's own HTTP client; the prompts are ordinary
# users' chat.

def furnish(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "furnish"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "aws")))
    ua = "python-httpx/0.28.1"
    curve = global_load(float(rng.uniform(12, 18)), 0.5)
    for _ in range(irange(rng, 10, 25)):
        k = ctx.account(rng, label=BEN, family=name, role="downstream", org=org, pay=card, ua=ua, ips=egress)
        start = ctx.t0 if chance(rng, 0.7) else ctx.t0 + float(rng.uniform(0.2, 0.8)) * (ctx.t1 - ctx.t0)
        per_hour = float(rng.lognormal(np.log(3.0), 1.0))
        ts = thinned(rng, start, ctx.t1, min(per_hour, 60.0) * (ctx.t1 - start) / HOUR, curve)
        ctx.emit(rng, k, ts, [texts.cut(pick(rng, ctx.chat), 10, 2000, rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2), comp_median=380.0, comp_sigma=0.8)


# --------------------------------------------------------------------------------------------
# biddle: an engineering team's coding agent. Each developer's key runs agent tasks (bursts of
# tool calls: file reads, test runs, grep, patches, an occasional instruction from the developer)
# with a large and growing context, in office hours from the office line, sometimes from home.

def biddle(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "biddle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2"))
    for _ in range(irange(rng, 5, 14)):
        own = home(rng, 1, tz)
        k = ctx.account(rng, label=BEN, family=name, role="developer", org=org, pay=card, ua=ua, ips=office + own, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)), workday(tz), float(rng.uniform(8, 30)),
                             float(rng.uniform(4, 12)), 0.7)
        ts_all, ips, extras = [], [], []
        for s in sess:
            ip = office[0] if chance(rng, 0.75) else own[0]
            base, step = float(rng.uniform(2000, 8000)), float(rng.uniform(300, 1200))
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
            extras.extend(min(120_000, int(base + step * j)) for j in range(len(s)))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(rng, k, ts, [texts.tool_output(rng) for _ in range(len(ts))], models=ctx.models(rng, ts, p_new=0.85),
                 ips=[ips[i] for i in order.tolist()], comp_median=300.0, comp_sigma=0.7,
                 extra=np.asarray(extras, dtype=np.int64)[order] if len(ts) else 0)


BENIGN_KINDS = {
    "bating": bating,
    "biddle": biddle,
    "furnish": furnish,
    "leggett": leggett,
    "liming": liming,
    "wove": wove,
}
