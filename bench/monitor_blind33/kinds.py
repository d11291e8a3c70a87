"""Hard-negative benign kinds of blind batch 33: legitimate API customers whose traffic shares
surface traits with harvesting (automation, volume, templates, cloud hosting, long answers,
grading, translation, fresh accounts at a release). One generator per code name, called as
`fn(ctx, rng)`; accounts are labelled "benign" with the code name as their family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    home,
    irange,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind33 import texts

LABEL = "benign"


# --------------------------------------------------------------------------------------------
# eclair: a university course's autograder. 2-3 courses (one key each, on a campus cloud
# account). Students submit before weekly deadlines (23:59 local on 1-2 weekdays); submissions
# pile up exponentially in the last 1-2 days; each submission is graded question by question,
# seconds apart, with a rubric prompt returning JSON.

def eclair(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "eclair"
    for _ in range(irange(rng, 2, 3)):
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 8, 9)))
        course = pick(rng, texts.COURSES)
        acct = ctx.account(rng, label=LABEL, family=name, role="autograder", tz=tz,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
                           ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure"))))
        students = irange(rng, 80, 400)
        days = sorted({int(d) for d in rng.choice(7, irange(rng, 1, 2), replace=False)})
        strict = chance(rng, 0.5)
        qs = irange(rng, 1, 4)
        ramp = float(rng.uniform(8, 30)) * HOUR
        # deadlines: each chosen weekday at 23:59 local, inside the window (plus one just after)
        deadlines = []
        d0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        for k in range(9):
            dl = d0 + k * DAY + 23.99 * HOUR
            if int(weekday(np.array([dl]), tz)[0]) in days and ctx.t0 < dl < ctx.t1 + 2 * DAY:
                deadlines.append(dl)
        starts = []
        for dl in deadlines:
            subs = rng.poisson(students * float(rng.uniform(1.2, 2.5)))
            starts.append(dl - rng.exponential(ramp, size=subs))
        st = np.sort(np.concatenate(starts)) if starts else np.empty(0)
        trains = bursts(rng, st, qs, float(rng.uniform(2, 6)), 0.4)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        ts = ts[(ts >= ctx.t0) & (ts <= ctx.t1)]
        prompts = [texts.grader_prompt(rng, course, strict) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.0, p_mini=0.3), comp_median=220.0,
                 comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# strudel: app/game localisation pipelines. 2-4 companies; each runs a nightly job (starting
# 00:30-03:30 local, 1-3 h) translating 300-1500 UI strings into many languages, plus a trickle
# of ad-hoc translations by the l10n team during office hours. Very short completions.

def strudel(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "strudel"
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 3, 8, 9)))
        acct = ctx.account(rng, label=LABEL, family=name, role="l10n_pipeline", tz=tz, ua=sdk_ua(rng, 0.5),
                           ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "hetzner", "ovh"))))
        style = pick(rng, ("strict", "short"))
        job_h = float(rng.uniform(1, 3))
        job = nightly(float(rng.uniform(0.5, 3.5)), job_h, tz)
        per_night = float(rng.uniform(300, 1500))
        ts_job = thinned(rng, ctx.t0, ctx.t1, per_night * 7, job)
        ts_day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 30)) * 7, workday(tz))
        ts = np.sort(np.concatenate([ts_job, ts_day]))
        prompts = [texts.l10n_prompt(rng, style) for _ in range(len(ts))]
        # moves the pipeline to the new model a day or two after release (a config change)
        switch = ctx.release + float(rng.uniform(0.5, 2.5)) * DAY
        models = [ctx.new_model if t >= switch else ctx.old_models[-1] for t in ts.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=45.0, comp_sigma=0.5, err=0.015)


# --------------------------------------------------------------------------------------------
# baklava: QA teams generating fictitious test fixtures from CI. 2-4 teams; CI runs follow the
# team's working day (4-15 runs/day); each run fires a tight burst of 8-25 requests from a fresh
# hosted-runner address; long JSON-array completions.

def baklava(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "baklava"
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8)))
        runner_cloud = pick(rng, ("azure", "aws", "gcp"))
        acct = ctx.account(rng, label=LABEL, family=name, role="ci_fixtures", tz=tz, ua=sdk_ua(rng, 0.6),
                           ips=cloud(rng, 1, runner_cloud))
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 15)) * 7, workday(tz))
        trains = bursts(rng, runs, float(rng.uniform(8, 25)), float(rng.uniform(2, 6)), 0.5)
        ips: list[str] = []
        for tr in trains:
            ips.extend(cloud(rng, 1, runner_cloud) * len(tr))
        ts = np.concatenate(trains) if trains else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        prompts = [texts.fixture_prompt(rng) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1), ips=ips,
                 comp_median=1100.0, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# croissant: a homework-help app's backend. 1-2 apps; students in two timezones, evening-heavy;
# 300-1000 questions a day; a fixed tutor system preamble asking for step-by-step explanations;
# the app switches to the new model 0.5-2 days after release.

def croissant(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "croissant"
    for _ in range(irange(rng, 1, 2)):
        tzs = [int(x) for x in rng.choice([-8, -5, -3, 1, 5, 8], 2, replace=False)]
        curves = [evening_person(tz) for tz in tzs]
        acct = ctx.account(rng, label=LABEL, family=name, role="app_backend", tz=tzs[0],
                           ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9")),
                           ips=cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp"))))
        per_day = float(rng.uniform(300, 1000))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * 7, lambda t, c=curves: np.clip(sum(f(t) for f in c) / 1.3, 0, 1))
        switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        prompts = [texts.homework_prompt(rng) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=550.0, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# brioche: an engineering org's PR-review agent in CI. 2-3 keys of one org; review episodes
# follow pull requests in office hours (20-60/day) plus a nightly sweep (30-80 episodes after
# 02:00 local); each episode is 3-9 chained tool-loop calls seconds apart with growing context.

def brioche(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "brioche"
    tz = int(pick(rng, (-8, -5, 0, 1, 2, 5)))
    org, pay = None, None
    first = None
    for _ in range(irange(rng, 2, 3)):
        acct = ctx.account(rng, label=LABEL, family=name, role="ci_agent", tz=tz, org=org, pay=pay,
                           ua=pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.58.1", "litellm/1.60.2")),
                           ips=cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws"))))
        if first is None:
            first = acct
            org, pay = acct.org, acct.pay
        pr = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)) * 7, workday(tz))
        night_start = float(rng.uniform(1.5, 3.0))
        sweep = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)) * 7, nightly(night_start, 1.5, tz))
        starts = np.sort(np.concatenate([pr, sweep]))
        base, growth = irange(rng, 1500, 4000), irange(rng, 400, 1200)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.5, size=steps - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.ci_agent_first(rng) if j == 0 else texts.ci_agent_step(rng))
                extra.append(base + growth * j)
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2), comp_median=260.0,
                 comp_sigma=0.5, extra=np.asarray(extra, dtype=np.int64), err=0.01)


# --------------------------------------------------------------------------------------------
# danish: new customers who sign up on release day to evaluate the new model on their own
# product prompts. 4-8 accounts created 0-14 h after release; each runs its eval set (100-400
# prompts, repeated 1-3 times) in one fast run, then light office-hours usage. Home/office or
# cloud addresses.

def danish(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "danish"
    for _ in range(irange(rng, 4, 8)):
        tz = int(pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9)))
        ips = home(rng, 1, tz) if chance(rng, 0.5) else cloud(rng, irange(rng, 1, 2))
        acct = ctx.account(rng, label=LABEL, family=name, role="evaluator", tz=tz, ua=sdk_ua(rng, 0.6), ips=ips)
        created = ctx.release + float(rng.uniform(0, 14)) * HOUR
        uniq, reps = irange(rng, 100, 400), irange(rng, 1, 3)
        size = uniq * reps
        ev = created + float(rng.uniform(10, 90)) * MINUTE + np.cumsum(rng.lognormal(np.log(1.5), 0.7, size=size))
        after = session_times(rng, float(ev[-1]) + HOUR, ctx.t1, float(rng.uniform(3, 10)), workday(tz), 3.0, 60.0)
        ts_after = np.concatenate(after) if after else np.empty(0)
        eval_set = [texts.product_prompt(rng, ctx.chat) for _ in range(uniq)]
        p_after = [texts.product_prompt(rng, ctx.chat) if chance(rng, 0.6) else pick(rng, ctx.chat)
                   for _ in range(len(ts_after))]
        ts = np.concatenate([ev, ts_after])
        models = [ctx.new_model] * size + ctx.models(rng, ts_after, p_new=0.5, p_mini=0.3)
        ctx.emit(rng, acct, ts, eval_set * reps + p_after, models=models, comp_median=300.0, comp_sigma=0.7,
                 err=0.02)


BENIGN_KINDS = {
    "eclair": eclair,
    "strudel": strudel,
    "baklava": baklava,
    "croissant": croissant,
    "brioche": brioche,
    "danish": danish,
}
