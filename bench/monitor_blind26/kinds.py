"""Hard-negative benign kinds of blind batch 26 (written without reading the monitor).

Each kind is `f(ctx, rng)`: legitimate API customers whose traffic shares surface traits with
harvesting (automation, volume, templates, cloud hosting, long answers, grading, fresh accounts at
the release, identical prompts sent to several models). Account counts scale with the size of the
background (reference: 2,000 background accounts), with a floor so small test builds keep every
kind. Names are neutral code names (knots); README.md says what each one is.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    home,
    irange,
    local_hour,
    mobile_v6,
    multi_office,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind26 import texts

BENIGN = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _count(ctx: Ctx, rng: np.random.Generator, lo: float, hi: float, floor: int) -> int:
    """lo..hi accounts per 2,000 background accounts, at least `floor`."""
    n_bg = sum(1 for v in ctx.truth["accounts"].values() if v["label"] == BENIGN and v["family"] not in BENIGN_KINDS)
    return max(floor, int(round(_u(rng, lo, hi) * n_bg / 2000)))


# --------------------------------------------------------------------------------------------
# bowline: the launch-day crowd. People who sign up in the hours and days after the new model is
# announced: home connections (phones on carrier IPv6), browsers, phones or a first SDK script;
# an eager first session of tests (riddles, "think step by step", "what's new?", jokes, a cover
# letter) and then occasional ordinary use. Almost everything on the new model.

_V6_FOR_TZ = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile",
              3: "eu_mobile", 5: "in_mobile"}


def bowline(ctx: Ctx, rng: np.random.Generator) -> None:
    n = _count(ctx, rng, 120, 220, 8)
    mean_delay_h = _u(rng, 6, 16)
    for _ in range(n):
        tz = int(pick(rng, TZS))
        u = rng.random()
        if u < 0.5:
            ua = pick(rng, BROWSERS)
        elif u < 0.7:
            ua = pick(rng, MOBILE)
        else:
            ua = pick(rng, SDK_COMMON)
        if ua in MOBILE and tz in _V6_FOR_TZ and chance(rng, 0.7):
            ips = mobile_v6(rng, irange(rng, 2, 5), _V6_FOR_TZ[tz])
        else:
            ips = home(rng, irange(rng, 1, 3), tz)
        a = ctx.account(rng, label=BENIGN, family="bowline", role="user", ua=ua, ips=ips, tz=tz)
        signup = ctx.release + float(rng.exponential(mean_delay_h * HOUR))
        if signup >= ctx.t1 - HOUR:
            signup = ctx.release + _u(rng, 0, 12) * HOUR
        k = irange(rng, 4, 18)
        first = signup + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(45.0), 0.9, size=k - 1))])
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        later = _cat(session_times(rng, first[-1] + HOUR, ctx.t1, _u(rng, 0.3, 2.0), curve, 3.0, 90.0))
        ts = np.concatenate([first, later])
        keep = ts < ctx.t1
        n_first = int(keep[:k].sum())
        ts = ts[keep]
        prompts = [texts.tryout_prompt(rng) if chance(rng, 0.65 if i < n_first else 0.2) else pick(rng, ctx.chat)
                   for i in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1), comp_median=420.0,
                 comp_sigma=0.8, err=0.02)


# --------------------------------------------------------------------------------------------
# carrick: shops and agencies generating and localising catalogue copy. A nightly sync job
# (local 1-4 am) fires a back-to-back train of templated product-description requests from a
# cloud host, and staff add a few ad-hoc requests in office hours. Each shop keeps one house
# template and 1-4 target languages; flagship and small model, cautious uptake of the new one.

def carrick(ctx: Ctx, rng: np.random.Generator) -> None:
    n = _count(ctx, rng, 5, 9, 2)
    for _ in range(n):
        tz = int(pick(rng, TZS))
        provider = pick(rng, ("aws", "gcp", "azure", "digitalocean", "ovh"))
        a = ctx.account(rng, label=BENIGN, family="carrick", role="service", ua=sdk_ua(rng, 0.6),
                        ips=cloud(rng, irange(rng, 1, 3), provider), tz=tz)
        style = irange(rng, 0, 2)
        langs = ["English"] + [str(x) for x in rng.choice(texts._CAT_LANGS[1:], size=irange(rng, 0, 3), replace=False)]
        start_h, size, gap = _u(rng, 1, 4), _u(rng, 60, 250), _u(rng, 1.0, 3.0)
        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        starts = np.array([day0 + d * DAY + start_h * HOUR + _u(rng, 0, 600) for d in range(8)])
        starts = starts[(starts >= ctx.t0) & (starts < ctx.t1) & (rng.random(len(starts)) > 0.2)]
        nightly_ts = _cat(bursts(rng, starts, size, gap, 0.4, ctx.t1))
        adhoc = _cat(session_times(rng, ctx.t0, ctx.t1, _u(rng, 1, 4), workday(tz), 3.0, 50.0))
        ts = _cat([nightly_ts, adhoc])
        prompts = [texts.catalogue_prompt(rng, style, langs) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=_u(rng, 0.0, 0.35), p_mini=_u(rng, 0.1, 0.5)),
                 comp_median=_u(rng, 180, 350), comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# prusik: university course autograders. Student submissions arrive in a swell before weekly
# deadlines (23:59 local on one or two weekdays) and each is graded within seconds against a
# rubric (long prompt: rubric plus the student's text); TAs also trigger re-grade batches in
# office hours that run back-to-back. Cloud-hosted; mostly the old flagship.

def _deadline_curve(tz: int, days: list[int], tau_h: float):
    def f(ts: np.ndarray) -> np.ndarray:
        h, w = local_hour(ts, tz), weekday(ts, tz)
        out = np.zeros(len(np.asarray(ts)))
        for d in days:
            until = ((d - w) % 7) * 24.0 + (24.0 - h)
            out = np.maximum(out, np.exp(-until / tau_h))
        return np.clip(0.02 + out, 0, 1)
    return f


def prusik(ctx: Ctx, rng: np.random.Generator) -> None:
    n = _count(ctx, rng, 4, 7, 2)
    for _ in range(n):
        tz = int(pick(rng, TZS))
        a = ctx.account(rng, label=BENIGN, family="prusik", role="service",
                        ua=pick(rng, ("python-httpx/0.28.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0")),
                        ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "aws", "gcp"))), tz=tz)
        course = pick(rng, texts._COURSES)
        days = sorted({irange(rng, 0, 6) for _ in range(irange(rng, 1, 2))})
        subs_per_week = _u(rng, 150, 500) * len(days)
        subs = thinned(rng, ctx.t0, ctx.t1, subs_per_week * (ctx.t1 - ctx.t0) / (7 * DAY),
                       _deadline_curve(tz, days, _u(rng, 6, 18)))
        subs = subs + rng.lognormal(np.log(8.0), 0.5, size=len(subs))
        n_regrade = irange(rng, 0, 3)
        starts = np.sort(thinned(rng, ctx.t0, ctx.t1, n_regrade, workday(tz)))
        regr = _cat(bursts(rng, starts, _u(rng, 40, 150), _u(rng, 2, 5), 0.4, ctx.t1))
        ts = _cat([subs, regr])
        prompts = [texts.grading_prompt(rng, course, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=_u(rng, 0.05, 0.3), p_mini=0.05),
                 comp_median=_u(rng, 350, 550), comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# munter: QA teams generating fictitious fixture data in CI. Pipelines triggered by commits in
# the working hours of one to three offices each send a short train of "generate N fake records
# as JSON" requests; every CI run comes from a fresh ephemeral cloud runner address. Long
# answers; small model preferred.

def munter(ctx: Ctx, rng: np.random.Generator) -> None:
    n = _count(ctx, rng, 3, 6, 2)
    for _ in range(n):
        tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 1, 3), replace=False)]
        provider = pick(rng, ("azure", "aws", "gcp"))
        a = ctx.account(rng, label=BENIGN, family="munter", role="service",
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0")),
                        ips=cloud(rng, 1, provider), tz=tzs[0])
        repo = f"{pick(rng, ('acme', 'northwind', 'globex', 'initech', 'umbrella'))}/{pick(rng, ('billing', 'crm-api', 'ehr-sync', 'ledger', 'shipping-svc'))}"
        starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 10, 40) * (ctx.t1 - ctx.t0) / DAY, multi_office(tzs))
        runs = bursts(rng, starts, _u(rng, 4, 15), _u(rng, 0.8, 2.5), 0.5, ctx.t1)
        ts, ips = [], []
        for r in runs:
            ip = cloud(rng, 1, provider)[0]
            ts.extend(r.tolist())
            ips.extend([ip] * len(r))
        if not ts:
            continue
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_arr = np.asarray(ts)[order]
        ips = [ips[i] for i in order.tolist()]
        prompts = [texts.fixture_prompt(rng, repo) for _ in range(len(ts_arr))]
        ctx.emit(rng, a, ts_arr, prompts, ips=ips, models=ctx.models(rng, ts_arr, p_new=_u(rng, 0.0, 0.25),
                                                                     p_mini=_u(rng, 0.3, 0.7)),
                 comp_median=_u(rng, 700, 1300), comp_sigma=0.45, err=0.01)


# --------------------------------------------------------------------------------------------
# klemheist: an AI product team's regression suite. A fixed suite of prompts (step-by-step word
# problems, extraction, code, multiple choice) is partly re-run every night, each prompt sent to
# two models (flagship vs small before the release, old vs new after it), and at the release
# the whole suite is run against both models several times over (identical prompts repeated for
# sampling variance). Cloud-hosted evaluation client.

def _suite_run(rng: np.random.Generator, out: tuple[list, list, list], suite: list[str], t: float, items: list[int],
               pair: tuple[str, str], k: int, gap: float) -> None:
    """One pass of the suite: each item `k` times on each model of `pair`, back to back."""
    ts, prompts, models = out
    for i in items:
        for _ in range(k):
            for m in pair:
                t += float(rng.lognormal(np.log(gap), 0.6))
                ts.append(t)
                prompts.append(suite[i])
                models.append(m)


def klemheist(ctx: Ctx, rng: np.random.Generator) -> None:
    n = _count(ctx, rng, 3, 5, 2)
    flagship, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(n):
        tz = int(pick(rng, TZS))
        a = ctx.account(rng, label=BENIGN, family="klemheist", role="service",
                        ua=pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1", "OpenAI/Python 1.63.2")),
                        ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws"))), tz=tz)
        product = pick(rng, ("contracts", "helpdesk", "tutor", "copilot", "search"))
        suite = [texts.suite_item(rng, product) for _ in range(irange(rng, 80, 250))]
        frac, gap, reps = _u(rng, 0.3, 0.6), _u(rng, 0.4, 2.0), irange(rng, 2, 4)
        ts: list[float] = []
        prompts: list[str] = []
        models: list[str] = []
        out = (ts, prompts, models)

        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        start_h = _u(rng, 1, 5)
        for d in range(8):
            t = day0 + d * DAY + start_h * HOUR + _u(rng, 0, 20 * MINUTE)
            if t < ctx.t0 or t >= ctx.t1:
                continue
            items = np.flatnonzero(rng.random(len(suite)) < frac).tolist()
            _suite_run(rng, out, suite, t, items, (flagship, new) if t >= ctx.release else (flagship, mini), 1, gap)
        t_cmp = ctx.release + _u(rng, 1, 10) * HOUR
        _suite_run(rng, out, suite, t_cmp, list(range(len(suite))), (flagship, new), reps, gap)
        ts_arr = np.asarray(ts)
        keep = ts_arr < ctx.t1
        order = np.argsort(ts_arr[keep], kind="stable")
        idx = np.flatnonzero(keep)[order].tolist()
        ctx.emit(rng, a, ts_arr[idx], [prompts[i] for i in idx], models=[models[i] for i in idx],
                 comp_median=_u(rng, 300, 700), comp_sigma=0.6, err=0.02)


BENIGN_KINDS = {
    "bowline": bowline,
    "carrick": carrick,
    "prusik": prusik,
    "munter": munter,
    "klemheist": klemheist,
}
