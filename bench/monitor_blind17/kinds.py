"""Hard-negative benign kinds of blind batch 17: legitimate API customers whose traffic shares
surface traits with harvesting (automation, volume, templates, cloud hosting, fresh accounts,
grading, model-release bursts). Each is a generator `kind(ctx, rng)`.

Written for this batch without reading the monitor or the simulator's benign code. See README.md
(read it only after the run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    picks,
    sdk_ua,
    thinned,
    workday,
)
from bench.monitor_blind17 import texts

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def essay_feedback_grader(ctx: Ctx, rng: np.random.Generator) -> None:
    """An ed-tech platform giving rubric feedback on student essays, one account per school district."""
    kind = "essay_feedback_grader"
    for d in range(irange(rng, 3, 6)):
        tz = int(pick(rng, (-8, -5, 0, 1, 8, 9)))
        acct = ctx.account(rng, label=LABEL, family=kind, role="customer",
                           ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1", "axios/1.7.9")),
                           ips=cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure"))), tz=tz)
        parts = [thinned(rng, ctx.t0, ctx.t1, irange(rng, 300, 1800),
                         workday(tz, start=8.0, end=16.0, weekend=0.15, night=0.05))]
        # a homework deadline: submissions pile up in the evening hours before it
        deadline = ctx.t0 + float(rng.uniform(1.5, 6.5)) * DAY
        pile = thinned(rng, deadline - 8 * HOUR, deadline, irange(rng, 100, 600),
                       lambda x, d0=deadline: np.clip(1 - (d0 - x) / (8 * HOUR), 0.05, 1))
        parts.append(pile)
        # a teacher re-runs a whole class set after editing the rubric
        starts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 1, 3), workday(tz))
        parts.extend(bursts(rng, starts, float(rng.uniform(60, 300)), 1.2, b=ctx.t1))
        ts = _cat(parts)
        prompts = [texts.essay_feedback(rng, texts.snip(rng, pick(rng, ctx.passages), 500, 1800), d)
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.1, p_mini=0.3), comp_median=330.0,
                 comp_sigma=0.35, err=0.01)


def release_regression_suite(ctx: Ctx, rng: np.random.Generator) -> None:
    """Existing customers run their fixed regression suite against the new model (and the old one
    for comparison) right after release; a few start-ups sign up on launch day to try it."""
    kind = "release_regression_suite"
    old = ctx.old_models[0]
    for _ in range(irange(rng, 3, 6)):
        suite = f"suite-{hexid(rng, 'rs')}"
        tz = int(pick(rng, TZS))
        acct = ctx.account(rng, label=LABEL, family=kind, role="existing_customer",
                           ua=sdk_ua(rng, 0.6), ips=cloud(rng, irange(rng, 1, 3)), tz=tz)
        n_cases = irange(rng, 150, 900)
        # everyday production traffic
        prod = thinned(rng, ctx.t0, ctx.t1, irange(rng, 400, 2000), global_load(float(rng.uniform(0, 24)), 0.5))
        ctx.emit(rng, acct, prod, picks(rng, ctx.chat, len(prod)), models=ctx.models(rng, prod, p_new=0.15),
                 comp_median=300.0)
        # optional nightly CI run on the old model before release
        if chance(rng, 0.5):
            first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + 2 * HOUR
            nights = np.arange(first, ctx.release, DAY) + rng.uniform(0, 10 * MINUTE)
            for night in nights[nights >= ctx.t0].tolist():
                ts = night + np.cumsum(rng.lognormal(np.log(0.6), 0.4, size=n_cases))
                ctx.emit(rng, acct, ts, [texts.regression_case(rng, suite, i) for i in range(n_cases)],
                         models=old, comp_median=140.0, comp_sigma=0.4)
        # launch-day comparison: the whole suite on both models, then re-runs on the new one
        start = ctx.release + float(rng.uniform(0.5, 20)) * HOUR
        for r in range(irange(rng, 1, 3)):
            models = [ctx.new_model, old] if r == 0 else [ctx.new_model]
            for m in models:
                ts = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.2, 1.0))), 0.5, size=n_cases))
                ctx.emit(rng, acct, ts, [texts.regression_case(rng, suite, i) for i in range(n_cases)], models=m,
                         comp_median=140.0, comp_sigma=0.4, err=0.03)
                start = float(ts[-1]) + float(rng.uniform(1, 30)) * MINUTE
            start += float(rng.uniform(3, 30)) * HOUR
    for _ in range(irange(rng, 1, 3)):
        suite = f"trial-{hexid(rng, 'rs')}"
        tz = int(pick(rng, TZS))
        dev_home = chance(rng, 0.5)
        acct = ctx.account(rng, label=LABEL, family=kind, role="launch_day_signup", ua=sdk_ua(rng, 0.5),
                           ips=home(rng, 1, tz) if dev_home else cloud(rng, 1), tz=tz)
        n_cases = irange(rng, 80, 400)
        start = ctx.release + float(rng.uniform(0.2, 30)) * HOUR
        for _ in range(irange(rng, 1, 2)):
            ts = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.3, 2.0))), 0.5, size=n_cases))
            ctx.emit(rng, acct, ts, [texts.regression_case(rng, suite, i) for i in range(n_cases)],
                     models=ctx.new_model, comp_median=160.0, comp_sigma=0.5, err=0.04)
            start = float(ts[-1]) + float(rng.uniform(2, 20)) * HOUR
        light = thinned(rng, start, ctx.t1, irange(rng, 20, 120), workday(tz))
        ctx.emit(rng, acct, light, picks(rng, ctx.chat, len(light)), models=ctx.models(rng, light, p_new=0.9),
                 comp_median=350.0)


def ci_review_bot(ctx: Ctx, rng: np.random.Generator) -> None:
    """A code-review bot in CI: every pull-request push fires one request per changed file from a
    fresh hosted runner (ephemeral cloud addresses); offices in several time zones."""
    kind = "ci_review_bot"
    for _ in range(irange(rng, 2, 5)):
        tzs = [int(t) for t in rng.choice(TZS, size=irange(rng, 1, 3), replace=False)]
        repo = f"{pick(rng, ('acme', 'northwind', 'globex', 'initech', 'umbrella', 'hooli'))}/" \
               f"{pick(rng, ('platform', 'web', 'api', 'mobile', 'infra', 'ml'))}"
        self_hosted = cloud(rng, irange(rng, 1, 2), "aws")
        acct = ctx.account(rng, label=LABEL, family=kind, role="ci_integration",
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/NodeJS 4.85.1", "Go-http-client/2.0")),
                           ips=self_hosted, tz=tzs[0])
        pushes = thinned(rng, ctx.t0, ctx.t1, irange(rng, 150, 700), multi_office(tzs))
        ts = _cat(bursts(rng, pushes, float(rng.uniform(2, 6)), 2.0, b=ctx.t1))
        n = len(ts)
        p_self = float(rng.uniform(0, 0.4))
        eph = cloud(rng, max(n, 1), "azure")
        ips = [pick(rng, self_hosted) if rng.random() < p_self else eph[i] for i in range(n)]
        upgrade = ctx.release + float(rng.uniform(0.5, 6)) * DAY  # may fall after the window: never upgraded
        models = [ctx.new_model if t >= upgrade else ctx.old_models[0] for t in ts.tolist()]
        prompts = [texts.review_prompt(rng, repo, 0 if rng.random() < 0.8 else 1) for _ in range(n)]
        ctx.emit(rng, acct, ts, prompts, models=models, ips=ips, comp_median=260.0, comp_sigma=0.6,
                 extra=rng.integers(200, 3000, size=n), err=0.02)


_SHOPS = ("Nordlicht Home", "Casa Verde", "Maison Lune", "Kobo Goods", "TrailPeak Outfitters", "Bella Cucina",
          "Urbanista", "Sakura Living", "Atelier Mira", "Polar Bear Kids")


def catalog_copywriter(ctx: Ctx, rng: np.random.Generator) -> None:
    """E-commerce platforms generating product listings in several languages: big catalogue
    imports fired at once, plus a trickle of single listings during the working day."""
    kind = "catalog_copywriter"
    for _ in range(irange(rng, 3, 6)):
        tz = int(pick(rng, TZS))
        shop = pick(rng, _SHOPS)
        langs = [str(x) for x in rng.choice(texts.MARKET_LANGS, size=irange(rng, 2, 5), replace=False)]
        acct = ctx.account(rng, label=LABEL, family=kind, role="merchant_platform",
                           ua=pick(rng, ("OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)",
                                         "ruby-openai/7.3.1", "OpenAI/NodeJS 4.67.1")),
                           ips=cloud(rng, irange(rng, 1, 2)), tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 2, 7), workday(tz, weekend=0.3))
        parts = bursts(rng, starts, float(rng.lognormal(np.log(rng.uniform(150, 600)), 0.3)),
                       float(rng.uniform(0.4, 1.5)), b=ctx.t1)
        parts.append(thinned(rng, ctx.t0, ctx.t1, irange(rng, 100, 400), workday(tz, weekend=0.2)))
        ts = _cat(parts)
        prompts = [texts.catalog_prompt(rng, shop, langs) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.4), comp_median=280.0,
                 comp_sigma=0.3, err=0.02)


def workshop_cohort(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university lab class or hackathon: a crowd of brand-new accounts created within minutes,
    all behind the venue's few addresses, hammering the API for a few hours, then some at home."""
    kind = "workshop_cohort"
    for _ in range(irange(rng, 1, 2)):
        tz = int(pick(rng, TZS))
        venue = home(rng, irange(rng, 1, 3), tz)
        day = np.floor((ctx.t0 + float(rng.uniform(2.0, 6.2)) * DAY + tz * HOUR) / DAY) * DAY - tz * HOUR
        begin = day + pick(rng, (9.5, 13.0, 18.0)) * HOUR
        length = float(rng.uniform(3, 7)) * HOUR
        n_days = irange(rng, 1, 2)
        sponsor_org = hexid(rng, "org")
        ua_setup = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        for _ in range(irange(rng, 15, 35)):
            acct = ctx.account(rng, label=LABEL, family=kind, role="student",
                               org=sponsor_org if chance(rng, 0.5) else None,
                               ua=ua_setup if chance(rng, 0.7) else pick(rng, BROWSERS), ips=venue, tz=tz)
            signup = begin + float(rng.uniform(0, 40)) * MINUTE
            parts = [thinned(rng, signup, begin + length, irange(rng, 15, 80), lambda x: np.ones(len(x)))]
            for k in range(1, n_days):
                parts.append(thinned(rng, begin + k * DAY, begin + k * DAY + length, irange(rng, 10, 60),
                                     lambda x: np.ones(len(x))))
            ts = _cat(parts)
            prompts = [texts.workshop_prompt(rng) if rng.random() < 0.55 else pick(rng, ctx.chat)
                       for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=300.0, err=0.03)
            if chance(rng, 0.6):  # keeps playing with it at home
                hts = thinned(rng, begin + length, ctx.t1, irange(rng, 0, 30), evening_person(tz))
                ctx.emit(rng, acct, hts, picks(rng, ctx.chat, len(hts)), models=ctx.models(rng, hts, p_new=0.6),
                         ips=home(rng, 1, tz)[0], comp_median=350.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "essay_feedback_grader": essay_feedback_grader,
    "release_regression_suite": release_regression_suite,
    "ci_review_bot": ci_review_bot,
    "catalog_copywriter": catalog_copywriter,
    "workshop_cohort": workshop_cohort,
}
