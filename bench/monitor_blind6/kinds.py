"""Hard-negative benign kinds of blind batch 6: legitimate businesses whose heavy, templated or
automated use a naive detector would confuse with distillation. Each is `f(ctx, rng)`; the
truth labels their accounts `benign` with `family` = the kind."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind6 import texts

LABEL = "benign"


def contract_review_firm(ctx: Ctx, rng: np.random.Generator) -> None:
    """A law firm's in-house review tool: one org and card, many lawyers behind the office NAT
    (some working from home), business hours, long attached documents, templated asks."""
    kind = "contract_review_firm"
    n = irange(rng, 20, 40)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    office = home(rng, irange(rng, 1, 3), tz)
    p_remote = float(rng.uniform(0.1, 0.35))
    ua = "LexAssist/2.3 (+python-httpx/0.28.1)"
    for _ in range(n):
        ips = office + (home(rng, 1, tz) if chance(rng, p_remote) else [])
        acct = ctx.account(rng, label=LABEL, family=kind, role="lawyer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 3.5)), workday(tz, 8.0, 19.0), 5.0, 150.0)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        ctx.emit(rng, acct, ts, [texts.contract_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.4), comp_median=550, comp_sigma=0.5,
                 extra=rng.integers(400, 3000, size=len(ts)))


def catalog_copy_pipeline(ctx: Ctx, rng: np.random.Generator) -> None:
    """An e-commerce marketplace regenerating product copy overnight in several locales: a few
    cloud keys, one big nightly batch per key, near-identical templated prompts, short outputs."""
    kind = "catalog_copy_pipeline"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    locales = sorted(rng.choice(["en", "de", "fr", "es", "it", "nl"], irange(rng, 2, 5), replace=False).tolist())
    for _k in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="batch_key", org=org, pay=pay,
                           ua="python-requests/2.32.3", ips=cloud(rng, irange(rng, 2, 4), "aws"))
        start_h = float(rng.uniform(0.5, 3.0))
        day0 = np.floor(ctx.t0 / DAY) * DAY
        starts = np.asarray([day0 + d * DAY + (start_h - tz) * HOUR + float(rng.uniform(0, 600))
                             for d in range(int((ctx.t1 - ctx.t0) / DAY) + 2) if not chance(rng, 0.1)])
        tr = bursts(rng, starts, float(rng.uniform(250, 700)), float(rng.uniform(0.8, 2.5)), 0.4)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        sku0 = irange(rng, 10_000, 900_000)
        prompts = [texts.product_prompt(rng, pick(rng, locales), sku0 + i) for i in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6), comp_median=230,
                 comp_sigma=0.25, err=0.02)


def homework_help_app(ctx: Ctx, rng: np.random.Generator) -> None:
    """An ed-tech tutoring app's backend: step-by-step maths solutions, hints and answer checks
    for students, paced by after-school hours in its market; a few server keys on one cloud."""
    kind = "homework_help_app"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, -5, 8, 1, -3))
    comp_by = {"Solve": 650, "[hint": 120, "Check": 250, "Explai": 220}
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="backend", org=org, pay=pay,
                           ua="python-httpx/0.28.1", ips=cloud(rng, irange(rng, 3, 8), "gcp"))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(600, 1500)), evening_person(tz, 2.8))
        prompts = [texts.homework_prompt(rng, irange(rng, 6, 12)) for _ in range(len(ts))]
        comp = np.asarray([next((v for k, v in comp_by.items() if p.startswith(k)), 300) for p in prompts])
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=comp, comp_sigma=0.5)


def model_regression_ci(ctx: Ctx, rng: np.random.Generator) -> None:
    """An AI product team's regression suite: the same fixed prompts re-sent verbatim on every
    CI run (fresh runner address each time), and an extra sweep of the new model right after
    it is released, to decide whether to switch."""
    kind = "model_regression_ci"
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1))
    suite = texts.regression_suite(rng, ctx.chat, irange(rng, 150, 400))
    comp_of = rng.lognormal(np.log(250), 0.8, size=len(suite))
    old, new = ctx.old_models[0], ctx.new_model
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="ci", org=org, pay=pay,
                           ua="python-httpx/0.28.1 evalkit/0.9.2", ips=cloud(rng, 1, "azure"))
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, workday(tz, 9.0, 18.0, 0.02, 0.0))
        runs = np.sort(np.concatenate([runs, [ctx.release + float(rng.uniform(0.5, 6)) * HOUR]]))
        for r in runs.tolist():
            gap = float(rng.uniform(0.3, 1.5))
            ts = r + np.cumsum(rng.lognormal(np.log(gap), 0.3, size=len(suite)))
            ip = cloud(rng, 1, "azure")[0]
            models = [new if (r >= ctx.release and chance(rng, 0.5)) else old] * len(suite)
            ctx.emit(rng, acct, ts, suite, ips=ip, models=models, comp_median=comp_of, comp_sigma=0.1)


def feedback_analytics(ctx: Ctx, rng: np.random.Generator) -> None:
    """A customer-experience analytics vendor tagging incoming reviews for its clients: a steady
    worldwide stream, tiny JSON outputs, mostly the small model, one or two keys."""
    kind = "feedback_analytics"
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    peak = float(rng.uniform(8, 20))
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="stream", org=org, pay=pay,
                           ua=pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0")),
                           ips=cloud(rng, irange(rng, 2, 5), "azure"))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(2000, 5000)), global_load(peak, 0.7))
        prompts = [texts.review_prompt(rng, texts.clean(texts.snippet(rng, ctx.chat, 30, 400))) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.05, p_mini=0.75), comp_median=28,
                 comp_sigma=0.3, err=0.005)


def newsroom_desk(ctx: Ctx, rng: np.random.Generator) -> None:
    """A newsroom's editors on a browser plug-in: summaries, headline variants and translations
    of wire copy, many people on one org, shift work round the clock, bursts on breaking news."""
    kind = "newsroom_desk"
    n = irange(rng, 8, 20)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, 9))
    office = home(rng, 2, tz)
    asks = ("Summarise in 3 bullet points:\n{p}", "Give 5 headline options (max 70 chars) for:\n{p}",
            "Translate into {l}, keep names unchanged:\n{p}", "Fact-check list: what claims here need a source?\n{p}")
    news = ctx.passages
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="editor", org=org, pay=pay, ua=pick(rng, BROWSERS),
                           ips=office, tz=tz)
        shift = float(rng.uniform(0, 24))
        curve = workday(tz, shift, shift + 9.0, 0.5, 0.0) if shift < 15 else workday(tz, shift - 15, shift - 6, 0.5, 0.0)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), curve, 6.0, 200.0)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [pick(rng, asks).format(p=texts.snippet(rng, news, 300, 1800),
                                          l=pick(rng, ("Spanish", "French", "German", "Arabic")))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=260, comp_sigma=0.6)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "contract_review_firm": contract_review_firm,
    "catalog_copy_pipeline": catalog_copy_pipeline,
    "homework_help_app": homework_help_app,
    "model_regression_ci": model_regression_ci,
    "feedback_analytics": feedback_analytics,
    "newsroom_desk": newsroom_desk,
}
