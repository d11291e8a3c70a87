"""Hard-negative benign kinds of blind batch 20: legitimate API customers that look superficially
like harvesting. Each kind is `f(ctx, rng)`; its accounts carry label "benign", the kind's code
name, and role "customer". What each kind is is described in README.md and in comments below.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    home,
    irange,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind20 import texts

ROLE = "customer"


def _acct(ctx: Ctx, rng, kind: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=ROLE, **kw)


def _train(rng: np.random.Generator, start: float, k: int, gap: float, sigma: float = 0.5) -> np.ndarray:
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(k, 1) - 1))])


# --------------------------------------------------------------------------------------------
# eiger: legal-tech firms summarising long documents (depositions, contracts, discovery email) for
# their lawyers. Templated prompts per firm, large attached context, bursts when a case file is
# uploaded during office hours, hosted on a hyperscaler, cautious about switching models.


def eiger(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "eiger"
    for _ in range(irange(rng, 2, 4)):
        org, pay = None, None
        tz = pick(rng, (-5, -8, 0, 1))
        ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0"))
        template = irange(rng, 0, 2)
        p_new = float(rng.uniform(0.05, 0.3))
        for _g in range(irange(rng, 1, 3)):
            a = _acct(ctx, rng, kind, org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            org, pay = a.org, a.pay
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz))
            tr = bursts(rng, starts, float(rng.uniform(8, 50)), float(rng.uniform(2, 6)), 0.6, ctx.t1)
            t = np.concatenate(tr) if tr else np.empty(0)
            prompts = [texts.eiger(rng, template, pick(rng, ctx.passages)) for _ in range(len(t))]
            ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.05), comp_median=550.0,
                     comp_sigma=0.5, extra=rng.integers(1500, 5000, size=len(t)))


# --------------------------------------------------------------------------------------------
# rainier: university courses auto-grading short-answer assignments against a rubric. After each
# deadline a grader service scores every submission in one sequential run; TAs try the rubric
# from their laptops during the week. Looks like preference / judge harvesting.


def rainier(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rainier"
    courses = rng.choice(len(texts._RAI_COURSES), size=irange(rng, 3, 6), replace=False).tolist()
    for ci in courses:
        course = texts._RAI_COURSES[ci]
        tz = pick(rng, (-8, -5, 0, 1))
        grader = _acct(ctx, rng, kind, ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                       ips=cloud(rng, irange(rng, 1, 2), "gcp"), tz=tz)
        qbase = 10 * irange(rng, 0, 5)
        n_q = irange(rng, 2, 3)
        for _d in range(irange(rng, 1, 2)):
            day = float(rng.uniform(ctx.t0, ctx.t1 - 0.5 * DAY))
            deadline = (np.floor((day + tz * HOUR) / DAY) + 1) * DAY - tz * HOUR - 60.0
            run = deadline + float(rng.uniform(0, 6)) * HOUR
            k = irange(rng, 60, 350) * n_q
            t = _train(rng, run, k, float(rng.uniform(1.5, 4)), 0.4)
            qids = [qbase + j % n_q for j in range(len(t))]
            prompts = [texts.rainier(rng, course, q, pick(rng, ctx.passages)) for q in qids]
            ctx.emit(rng, grader, t, prompts, models=ctx.models(rng, t, p_new=0.3, p_mini=0.3), comp_median=200.0,
                     comp_sigma=0.4)
            qbase += 10
        if chance(rng, 0.6):
            ta = _acct(ctx, rng, kind, org=grader.org, pay=grader.pay, ua=sdk_ua(rng), ips=home(rng, 2, tz), tz=tz)
            sess = session_times(rng, ctx.t0, ctx.t1, 0.6, workday(tz), 6.0, 60.0)
            t = np.concatenate(sess) if sess else np.empty(0)
            prompts = [texts.rainier(rng, course, qbase + irange(rng, 0, 3), pick(rng, ctx.passages)) for _ in range(len(t))]
            ctx.emit(rng, ta, t, prompts, models=ctx.models(rng, t, p_new=0.5), comp_median=200.0)


# --------------------------------------------------------------------------------------------
# matterhorn: consumer chat-wrapper apps (one backend key relays many end users' real chats),
# round-the-clock global load from a few VPS addresses, a product decision switches the default
# to the new model within hours of its release; a low-volume staging key beside production.


def matterhorn(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "matterhorn"
    for _ in range(irange(rng, 1, 3)):
        prov = pick(rng, ("vultr", "digitalocean", "hetzner", "linode", "aws"))
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
        prod = _acct(ctx, rng, kind, ua=ua, ips=cloud(rng, irange(rng, 2, 6), prov))
        per_day = float(rng.uniform(300, 1000))
        t = thinned(rng, ctx.t0, ctx.t1, per_day * 7, global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7))))
        switch = ctx.release + float(rng.uniform(2, 20)) * HOUR
        u = rng.random(len(t))
        models = [ctx.new_model if (x >= switch and y < 0.95) else (ctx.old_models[-1] if y < 0.3 else ctx.old_models[0])
                  for x, y in zip(t.tolist(), u.tolist(), strict=True)]
        ctx.emit(rng, prod, t, [pick(rng, ctx.chat) for _ in range(len(t))], models=models, comp_median=380.0,
                 extra=rng.integers(200, 900, size=len(t)))
        if chance(rng, 0.5):
            stg = _acct(ctx, rng, kind, org=prod.org, pay=prod.pay, ua=ua, ips=cloud(rng, 1, prov))
            tz = pick(rng, (-8, -5, 1, 2))
            t = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)) * 7, workday(tz))
            ctx.emit(rng, stg, t, [pick(rng, ctx.chat) for _ in range(len(t))],
                     models=ctx.models(rng, t, p_new=0.7), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# aconcagua: independent evaluators (academic labs, eval start-ups, tech press) benchmarking the
# new model right after release: some open fresh accounts, some had light prior use; each runs a
# quantitative reasoning suite once or a few times (sometimes also on the old model for comparison).


def aconcagua(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "aconcagua"
    for _ in range(irange(rng, 4, 8)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 8, 9))
        ips = cloud(rng, irange(rng, 1, 3)) if chance(rng, 0.5) else home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, kind, ua=sdk_ua(rng), ips=ips, tz=tz)
        if chance(rng, 0.5):
            sess = session_times(rng, ctx.t0, ctx.release, 0.5, workday(tz), 3.0, 90.0)
            t = np.concatenate(sess) if sess else np.empty(0)
            ctx.emit(rng, a, t, [pick(rng, ctx.chat) for _ in range(len(t))], models=ctx.models(rng, t),
                     comp_median=350.0)
        template = irange(rng, 0, 4)
        suite = pick(rng, texts.EVAL_SUITES)
        comp = 40.0 if template == 2 else 1100.0
        begin = ctx.release + float(rng.exponential(8.0)) * HOUR
        for r in range(irange(rng, 1, 3)):
            k = irange(rng, 200, 900)
            streams = irange(rng, 1, 8)
            t = np.sort(np.concatenate([_train(rng, begin, k // streams + 1, float(rng.uniform(2, 8)))
                                        for _ in range(streams)]))[:k]
            model = ctx.old_models[0] if (r > 0 and chance(rng, 0.4)) else ctx.new_model
            ctx.emit(rng, a, t, [texts.aconcagua(rng, template, suite) for _ in range(len(t))], models=model,
                     comp_median=comp, comp_sigma=0.5, err=0.02)
            begin = float(t[-1]) + float(rng.uniform(1, 20)) * HOUR


# --------------------------------------------------------------------------------------------
# olympus: edtech companies pre-generating a bank of worked, step-by-step solutions to textbook
# exercises in nightly batches (their own product content), with editors regenerating a few during
# the day; they move to the new model a day or two after release.


def olympus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "olympus"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, 5, 8, -5))
        book = f"{pick(rng, ('MTH', 'PHY', 'CSC', 'FIN'))}-G{irange(rng, 7, 12)}-{irange(rng, 2023, 2026)}"
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure", "ovh")))
        org, pay = None, None
        switch = ctx.release + float(rng.uniform(1, 2)) * DAY
        for _k in range(irange(rng, 1, 2)):
            a = _acct(ctx, rng, kind, org=org, pay=pay, ua="python-requests/2.32.3", ips=ips, tz=tz)
            org, pay = a.org, a.pay
            starts = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(1.0, 0.5, tz))
            trains = [_train(rng, s, irange(rng, 150, 500), float(rng.uniform(4, 9))) for s in starts.tolist()]
            t = np.concatenate(trains) if trains else np.empty(0)
            u = rng.random(len(t))
            models = [ctx.new_model if (x >= switch and y < 0.6) else ctx.old_models[0]
                      for x, y in zip(t.tolist(), u.tolist(), strict=True)]
            ctx.emit(rng, a, t, [texts.olympus(rng, book) for _ in range(len(t))], models=models, comp_median=850.0,
                     comp_sigma=0.45)
            sess = session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz), 4.0, 120.0)
            t = np.concatenate(sess) if sess else np.empty(0)
            ctx.emit(rng, a, t, [texts.olympus(rng, book) for _ in range(len(t))], models=ctx.models(rng, t, p_new=0.5),
                     ips=home(rng, 1, tz)[0] if len(t) else None, comp_median=850.0)


BENIGN_KINDS = {
    "eiger": eiger,
    "rainier": rainier,
    "matterhorn": matterhorn,
    "aconcagua": aconcagua,
    "olympus": olympus,
}
