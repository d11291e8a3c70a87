"""Hard-negative benign kinds of batch 43: legitimate API customers whose traffic shares surface
features with harvesting (automation, volume, templates, cloud hosting, long answers, grading,
translation, step-by-step reasoning at a model release, worker pools, multi-step agents).

Each kind is a function `(ctx, rng) -> None` that creates its accounts (label "benign") and writes
their events. Code names only; descriptions in the comments and README.md.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    sdk_ua,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind43 import texts

BENIGN = "benign"


def _models_fixed(name: str, n: int) -> list[str]:
    return [name] * n


# ------------------------------------------------------------------------------------------
# jacks: essay auto-grading for 2-3 institutions. Each institution is one org with a production key
# (and sometimes a staging key) behind 2-4 AWS NAT addresses. Each of its 2-4 courses has a
# deadline in the window; submissions pile up toward the deadline (exponential lead times, a few
# late), each graded seconds to minutes after it arrives against a rubric (short JSON feedback),
# and a share is regraded in one tight burst the next morning. Old flagship model; after release
# the staging key trials the new model on a copy of one course.


def jacks(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "jacks"
    for _inst in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay, ips, ua = hexid(rng, "org"), hexid(rng, "pay"), cloud(rng, irange(rng, 2, 4), "aws"), sdk_ua(rng)
        prod = ctx.account(rng, label=BENIGN, family=fam, role="grader", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        staging = (ctx.account(rng, label=BENIGN, family=fam, role="staging", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
                   if chance(rng, 0.6) else None)
        courses = [str(c) for c in rng.choice(texts.COURSES, size=irange(rng, 2, 4), replace=False)]
        for course in courses:
            day = irange(rng, 1, 6)
            deadline = ctx.t0 + day * DAY + (23.98 - tz) * HOUR
            n_sub = irange(rng, 60, 250)
            lead = rng.exponential(rng.uniform(6, 30) * HOUR, size=n_sub)
            late = rng.random(n_sub) < 0.05
            sub = np.where(late, deadline + rng.exponential(2 * HOUR, size=n_sub), deadline - lead)
            ts = np.sort(sub + rng.uniform(5, 120, size=n_sub))
            assignment = irange(rng, 1, 8)
            rubric = irange(rng, 3, 6)
            essays = [pick(rng, ctx.passages) for _ in range(n_sub)]
            prompts = [texts.grading_prompt(rng, course, e, rubric, assignment) for e in essays]
            ctx.emit(rng, prod, ts, prompts, models=_models_fixed(ctx.old_models[0], n_sub), comp_median=260,
                     comp_sigma=0.4)
            # morning-after regrade of a share of the submissions, one tight burst
            k = int(n_sub * rng.uniform(0.2, 0.4))
            t_re = deadline + (9.5 + rng.uniform(0, 2)) * HOUR
            ts_re = t_re + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=k))
            idx = rng.choice(n_sub, size=k, replace=False)
            ctx.emit(rng, prod, ts_re, [texts.grading_prompt(rng, course, essays[i], rubric, assignment) for i in idx],
                     models=_models_fixed(ctx.old_models[0], k), comp_median=260, comp_sigma=0.4)
        if staging is not None:
            m = irange(rng, 20, 60)
            ts = ctx.release + rng.uniform(0.5, 2.5) * DAY + np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=m))
            course = courses[0]
            ctx.emit(rng, staging, ts, [texts.grading_prompt(rng, course, pick(rng, ctx.passages), 4, 1)
                                        for _ in range(m)], models=_models_fixed(ctx.new_model, m), comp_median=280,
                     comp_sigma=0.4)
        # a couple of instructors poking at the key by hand during office hours
        hand = thinned(rng, ctx.t0, ctx.t1, rng.uniform(5, 20), workday(tz))
        ctx.emit(rng, prod, hand, [pick(rng, ctx.chat) for _ in range(len(hand))],
                 models=ctx.models(rng, hand, 0.3, 0.0), ips=home(rng, 1, tz)[0] if len(hand) else None)


# ------------------------------------------------------------------------------------------
# bench_block: a marketplace's listing-localisation pipeline. 1-2 companies, each one org with 2-4
# keys (one per group of target languages) on GCP. Every night at about 01:00 local time each key
# translates the day's new listings (20-80) into its languages, sequentially, about a second apart;
# during office hours a merchandiser sends ad-hoc translations from the office. HTML-preserving
# templates, answer length about the input's. Old flagship and the small model; never the new one.


def bench_block(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "bench_block"
    for _co in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 2, 4), "gcp")
        office_ip = home(rng, 1, tz)[0]
        langs = [str(x) for x in rng.choice(texts.TARGET_LANGS, size=irange(rng, 6, 11), replace=False)]
        n_keys = irange(rng, 2, 4)
        groups = [langs[i::n_keys] for i in range(n_keys)]
        glossary = chance(rng, 0.5)
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        for g in groups:
            acct = ctx.account(rng, label=BENIGN, family=fam, role="pipeline", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            ts_all, prompts = [], []
            for d in range(8):
                t = ctx.t0 + d * DAY + (1.0 - tz) * HOUR + rng.uniform(0, 0.5) * HOUR
                for _ in range(irange(rng, 20, 80)):
                    item = texts.listing(rng)
                    for lang in g:
                        t += float(rng.lognormal(np.log(1.4), 0.5))
                        ts_all.append(t)
                        prompts.append(texts.translate_prompt(rng, item, lang, glossary))
            ts = np.asarray(ts_all)
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.0, 0.3), comp_median=190, comp_sigma=0.35)
            adhoc = thinned(rng, ctx.t0, ctx.t1, rng.uniform(15, 60), workday(tz))
            ctx.emit(rng, acct, adhoc, [texts.translate_prompt(rng, texts.listing(rng), pick(rng, g), glossary)
                                        for _ in range(len(adhoc))],
                     models=ctx.models(rng, adhoc, 0.0, 0.1), ips=office_ip, comp_median=190, comp_sigma=0.35)


# ------------------------------------------------------------------------------------------
# pipe_warmer: an evaluation company's benchmark harness. One org, 1-2 keys, a few cloud hosts.
# A fixed suite (250-600 items: multiple-choice maths with "think step by step", coding tasks,
# logic puzzles) is sampled nightly for a regression run; a few hours after the new model's release
# the full suite runs on it 2-4 times (closed loop, 8-16 concurrent workers), then once on the old
# flagship as a baseline; nightly runs then cover both models. Identical prompts repeat.


def pipe_warmer(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "pipe_warmer"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "oracle"))
    ips = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    keys = [ctx.account(rng, label=BENIGN, family=fam, role="harness", org=org, pay=pay, ua=ua, ips=ips)
            for _ in range(irange(rng, 1, 2))]
    suite_rng = np.random.default_rng(int(rng.integers(2**32)))
    n_items = irange(rng, 250, 600)
    suites = ("mcq", "code", "logic")
    mix = rng.dirichlet([3, 2, 1])
    suite = [texts.eval_item(suite_rng, i + 1, suites[int(suite_rng.choice(3, p=mix))]) for i in range(n_items)]
    comp = rng.uniform(550, 850)

    def closed_loop(t: float, n: int, workers: int) -> np.ndarray:
        per = [t + np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=n // workers + 1)) for _ in range(workers)]
        return np.sort(np.concatenate(per))[:n]

    def run(acct, t: float, items: list[str], model: str, workers: int) -> float:
        ts = closed_loop(t, len(items), workers)
        ctx.emit(rng, acct, ts, items, models=_models_fixed(model, len(items)), comp_median=comp, comp_sigma=0.6)
        return float(ts[-1]) if len(ts) else t

    nightly_h = rng.uniform(0, 24)
    for d in range(8):
        t = ctx.t0 + d * DAY + nightly_h * HOUR
        sample = [suite[i] for i in rng.choice(n_items, size=min(60, n_items), replace=False)]
        run(keys[d % len(keys)], t, sample, ctx.old_models[0], 4)
        if t > ctx.release:
            run(keys[-1], t + HOUR, sample, ctx.new_model, 4)
    t = ctx.release + rng.uniform(0.5, 5.0) * HOUR
    workers = irange(rng, 8, 16)
    for _ in range(irange(rng, 2, 4)):
        t = run(keys[0], t, suite, ctx.new_model, workers) + rng.uniform(5, 40) * MINUTE
    run(keys[-1], t, suite, ctx.old_models[0], workers)


# ------------------------------------------------------------------------------------------
# optic_mold: a consumer writing-assistant app's backend. One org, 1-3 keys, a handful of cloud
# egress addresses, end users worldwide (aggregate load never drops to zero). Prompts: real user
# text, raw or wrapped in the app's improve / polite / fix / shorten / continue templates. After the
# release the app rolls the new model out gradually (10 % to 70 % of traffic over two days).


def optic_mold(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "optic_mold"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "azure")))
    curve = global_load(rng.uniform(12, 20), rng.uniform(0.4, 0.7))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 1, 3)):
        acct = ctx.account(rng, label=BENIGN, family=fam, role="backend", org=org, pay=pay, ua=ua, ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(900, 2000), curve)
        ramp = np.clip(0.1 + 0.6 * (ts - ctx.release) / (2 * DAY), 0.1, 0.7)
        new = (ts >= ctx.release) & (rng.random(len(ts)) < ramp)
        old = ctx.models(rng, ts, 0.0, 0.2)  # p_new = 0: the old flagship, a fifth on the small model
        models = [ctx.new_model if nw else o for nw, o in zip(new.tolist(), old, strict=True)]
        ctx.emit(rng, acct, ts, [texts.app_prompt(rng, ctx.chat) for _ in range(len(ts))], models=models,
                 comp_median=300, comp_sigma=0.7, err=0.015)


# ------------------------------------------------------------------------------------------
# paddle: structured extraction over a document corpus. One org and card, 8-16 keys (one per
# Kubernetes worker deployment) behind 2-4 Azure NAT addresses. A one-off backfill of 1-2 days at
# 60-150 jobs per hour shared across the pool, then a business-hours trickle. Short JSON answers,
# mostly the small model.


def paddle(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "paddle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "azure")
    tz = pick(rng, TZS)
    n = irange(rng, 8, 16)
    keys = [ctx.account(rng, label=BENIGN, family=fam, role="worker", org=org, pay=pay, ua="python-httpx/0.28.1",
                        ips=ips, tz=tz) for _ in range(n)]
    b0 = ctx.t0 + rng.uniform(0.5, 3.5) * DAY
    b1 = min(ctx.t1, b0 + rng.uniform(1.0, 2.0) * DAY)
    back = worker_pool(rng, b0, b1, rng.uniform(60, 150), n)
    trickle = worker_pool(rng, ctx.t0, ctx.t1, rng.uniform(4, 10), n, workday(tz))
    schemas = [str(s) for s in rng.choice(texts.EXTRACTION_SCHEMAS, size=2, replace=False)]
    for acct, a, b in zip(keys, back, trickle, strict=True):
        ts = np.sort(np.concatenate([a, b]))
        prompts = [texts.extraction_prompt(rng, pick(rng, ctx.passages), pick(rng, schemas)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.0, 0.85), comp_median=110, comp_sigma=0.4)


# ------------------------------------------------------------------------------------------
# calipers: a code-review bot (SaaS) triggered by pull requests of its customers in several time
# zones. One org, 2-4 keys; every job runs on a fresh CI runner, so each review comes from a new
# Azure address. A review is 2-6 sequential calls seconds apart (summary, per-hunk comments, final
# verdict) with a large diff context on the first call. Old flagship; after the release 30 % of
# jobs (customers who opted in) use the new model.


def calipers(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "calipers"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 4), replace=False)]
    curve = multi_office(offices)
    repos = [f"{pick(rng, ('acme', 'northwind', 'globex', 'initech', 'umbrella', 'hooli'))}/{pick(rng, ('api', 'web', 'core', 'billing', 'infra'))}"
             for _ in range(12)]
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(rng, label=BENIGN, family=fam, role="reviewer", org=org, pay=pay,
                           ua="python-httpx/0.28.1", ips=cloud(rng, 1, "azure"))
        jobs = thinned(rng, ctx.t0, ctx.t1, rng.uniform(150, 350), curve)
        ts_all, prompts, ips, comp, extra, models = [], [], [], [], [], []
        for s in jobs.tolist():
            k = irange(rng, 2, 6)
            ip = cloud(rng, 1, "azure")[0]
            repo = pick(rng, repos)
            use_new = s >= ctx.release and chance(rng, 0.3)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                last = j == k - 1
                ts_all.append(tj)
                prompts.append(texts.review_prompt(rng, j, last, repo))
                ips.append(ip)
                comp.append(220.0 if last else 300.0)
                extra.append(int(rng.uniform(800, 3000)) if j == 0 else int(rng.uniform(100, 600)))
                models.append(ctx.new_model if use_new else ctx.old_models[0])
        ctx.emit(rng, acct, np.asarray(ts_all), prompts, models=models, ips=ips, comp_median=np.asarray(comp),
                 comp_sigma=0.5, extra=np.asarray(extra))


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "bench_block": bench_block,
    "calipers": calipers,
    "jacks": jacks,
    "optic_mold": optic_mold,
    "paddle": paddle,
    "pipe_warmer": pipe_warmer,
}
