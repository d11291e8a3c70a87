"""Benign hard-negative kinds of batch 228: legitimate users a careless detector would flag.

Each kind is `f(ctx, rng)` and resembles one of this batch's campaign families (see README.md);
all draws come from the kind's own generator in a process-independent order.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    NAMES,
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
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind228 import texts

Rng = np.random.Generator


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate([np.empty(0), *parts])


# --------------------------------------------------------------------------------------------
# an evaluation lab re-running a chain-of-thought benchmark per model


def stencil_master(ctx: Ctx, rng: Rng) -> None:
    name = "stencil_master"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "aws"))
    pool = cloud(rng, irange(rng, 2, 4), provider)
    tz = pick(rng, (-8, -5, 0, 1))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    bench = texts.benchmark_items(rng, irange(rng, 150, 400))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        for _ in range(n)
    ]
    per_day = float(rng.uniform(0.8, 1.6))  # runs a day; more once the new model is out
    pre = thinned(rng, ctx.t0, ctx.release, per_day * (ctx.release - ctx.t0) / DAY, workday(tz))
    post = thinned(
        rng,
        ctx.release,
        ctx.t1,
        2.5 * per_day * (ctx.t1 - ctx.release) / DAY,
        workday(tz, weekend=0.4),
    )
    runs = np.concatenate([pre, post])
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    per_acct: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s in runs.tolist():
        i = int(rng.integers(n))
        u = float(rng.random())
        model = (
            (new if u < 0.6 else old if u < 0.9 else mini)
            if s >= ctx.release
            else (old if u < 0.75 else mini)
        )
        m = len(bench) if chance(rng, 0.7) else irange(rng, 30, len(bench))
        ts = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.4, size=m))
        per_acct[i][0].append(ts)
        per_acct[i][1].extend(bench[:m])
        per_acct[i][2].extend([model] * m)
    for a, (tss, prompts, models) in zip(accts, per_acct, strict=True):
        ctx.emit(rng, a, _flat(tss), prompts, models=models, comp_median=450, err=0.01)


# --------------------------------------------------------------------------------------------
# a labelling vendor's annotators grading a client's chatbot replies


def ink_drum(ctx: Ctx, rng: Rng) -> None:
    name = "ink_drum"
    n = irange(rng, 6, 14)
    tz = pick(rng, (1, 2, 5, 8, -3))
    office = home(rng, 1, tz)
    projects = [f"PRJ-{irange(rng, 100, 999)}" for _ in range(irange(rng, 1, 3))]
    tool_ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else tool_ua
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="annotator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(10, 25)),
            float(rng.uniform(20, 60)),
        )
        ips = [ip for arr in sess for ip in [a.ips[0] if chance(rng, 0.8) else a.ips[1]] * len(arr)]
        ts = _flat(sess)
        prompts = [
            texts.vendor_grading(rng, pick(rng, projects), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=120,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety team: moderation, appeals, compliant rewrites of user posts


def duplicator(ctx: Ctx, rng: Rng) -> None:
    name = "duplicator"
    n = irange(rng, 3, 6)
    pool = cloud(rng, irange(rng, 2, 3), "aws")
    ua = pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    langs = ["en", "pt", "es"]
    lang_w = rng.dirichlet(np.array([4.0, 1.0, 1.0]))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="moderation_queue",
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n)
    ]
    queue = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 45)) * 7 * 24,
        global_load(float(rng.uniform(14, 22)), 0.6),
    )
    who = rng.integers(0, n, size=len(queue))
    p_new = float(rng.uniform(0.1, 0.3))
    for i, a in enumerate(accts):
        ts = queue[who == i]
        prompts = [
            texts.moderation_prompt(rng, langs[int(rng.choice(3, p=lang_w))], ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=150, err=0.01
        )


# --------------------------------------------------------------------------------------------
# a software company's developers running a coding agent


def soy_ink(ctx: Ctx, rng: Rng) -> None:
    name = "soy_ink"
    n = irange(rng, 15, 30)
    tz = pick(rng, (-8, -5, 0, 1, 2, 5))
    office = home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "reqwest/0.12.12"))
    repos = [
        f"{pick(rng, ('acme', 'northwind', 'tailspin'))}/{pick(rng, ('api', 'web', 'billing', 'etl', 'mobile'))}"
        for _ in range(4)
    ]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        remote = chance(rng, 0.3)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, weekend=0.1),
            float(rng.uniform(8, 25)),
            float(rng.uniform(3, 12)),
            0.9,
        )
        repo = pick(rng, repos)
        prompts = [
            texts.coding_agent_step(rng, repo, ctx.chat, j) for arr in sess for j in range(len(arr))
        ]
        ts = _flat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=a.ips[1] if remote else a.ips[0],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=250,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating synthetic utterances for their own intent classifier


def overprint(ctx: Ctx, rng: Rng) -> None:
    name = "overprint"
    n = irange(rng, 2, 3)
    tz = pick(rng, (-5, 0, 1, 5))
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    jobs = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 2, 5)), workday(tz))
    if len(jobs) == 0:  # the team runs at least one job in the week
        jobs = np.array([ctx.t0 + float(rng.uniform(0.2, 0.7)) * (ctx.t1 - ctx.t0)])
    for s in jobs.tolist():
        a = accts[int(rng.integers(n))]
        m = irange(rng, 200, 600)
        ts = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(1.5, 4.0))), 0.5, size=m))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation_prompt(rng, ctx.chat) for _ in range(m)],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=1100,
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a companion app's backend relaying its users' chats


def misregistration(ctx: Ctx, rng: Rng) -> None:
    name = "misregistration"
    n = irange(rng, 2, 5)
    pool = cloud(rng, irange(rng, 4, 8), pick(rng, ("aws", "gcp", "digitalocean")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    langs = sorted(texts.COMPANION_LINES)
    lang_w = rng.dirichlet(np.array([5.0, 1.5, 1.5, 1.0]))
    personas = [pick(rng, NAMES) for _ in range(6)]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng, label="benign", family=name, role="app_backend", org=org, pay=pay, ua=ua, ips=pool
        )
        for _ in range(n)
    ]
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * 7 * 24, global_load(20.0, 0.7))
    per: list[tuple[list, list]] = [([], []) for _ in range(n)]
    for s in starts.tolist():
        i, k = int(rng.integers(n)), irange(rng, 4, 10)
        lg, persona = langs[int(rng.choice(len(langs), p=lang_w))], pick(rng, personas)
        per[i][0].append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(20.0), 0.7, size=k - 1))])
        )
        per[i][1].extend(texts.companion_prompt(rng, persona, lg) for _ in range(k))
    for a, (tss, prompts) in zip(accts, per, strict=True):
        ts = _flat(tss)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.4),
            comp_median=110,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# an edtech answer checker that samples each check several times and takes a majority vote


def fluoro_pink(ctx: Ctx, rng: Rng) -> None:
    name = "fluoro_pink"
    n = irange(rng, 1, 3)
    pool = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure")))
    ua = sdk_ua(rng)
    k = irange(rng, 3, 7)
    tzs = sorted(rng.choice(len(TZS), size=irange(rng, 2, 3), replace=False).tolist())
    curve = multi_office([TZS[i] for i in tzs])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n)
    ]
    checks = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7 * 24 * 0.4, curve)
    who = rng.integers(0, n, size=len(checks))
    for i, a in enumerate(accts):
        tss, prompts, models = [], [], []
        for s in checks[who == i].tolist():
            q = texts.answer_check(rng)
            tss.append(s + np.sort(rng.uniform(0, 0.3, size=k)))
            prompts.extend([q] * k)
            m = ctx.new_model if (s >= ctx.release and chance(rng, 0.4)) else ctx.old_models[0]
            models.extend([m] * k)
        ctx.emit(rng, a, _flat(tss), prompts, models=models, comp_median=200, err=0.01)


# --------------------------------------------------------------------------------------------
# a university course cohort: scheduled labs on campus, homework from home


def federal_blue(ctx: Ctx, rng: Rng) -> None:
    name = "federal_blue"
    n = irange(rng, 25, 50)
    tz = pick(rng, (-5, 0, 1, 2, 9))
    campus = home(rng, irange(rng, 1, 2), tz)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    labs = []
    for lab_day in sorted(
        rng.choice(np.arange(1, 6), size=irange(rng, 2, 3), replace=False).tolist()
    ):
        labs.append(day0 + lab_day * DAY + pick(rng, (9.0, 10.0, 14.0)) * HOUR)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else "OpenAI/Python 1.54.0"
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        tss, prompts, ips = [], [], []
        for j, lab in enumerate(labs):
            if not chance(rng, 0.85):
                continue
            m = irange(rng, 8, 20)
            ts = (
                lab
                + float(rng.uniform(0, 0.4)) * HOUR
                + np.cumsum(rng.lognormal(np.log(60.0), 0.7, size=m))
            )
            tss.append(ts)
            prompts.extend(texts.lab_exercise(rng, j + 1, ctx.chat) for _ in range(m))
            ips.extend(pick(rng, campus) for _ in range(m))
        for arr in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.2, 0.8)),
            evening_person(tz),
            float(rng.uniform(3, 8)),
            70.0,
        ):
            tss.append(arr)
            prompts.extend(
                texts.lab_exercise(rng, irange(rng, 1, len(labs)), ctx.chat)
                for _ in range(len(arr))
            )
            ips.extend([a.ips[-1]] * len(arr))
        ts = _flat(tss)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=400,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a writing-assistant SaaS relaying its users' requests


def gocco(ctx: Ctx, rng: Rng) -> None:
    name = "gocco"
    n = irange(rng, 2, 3)
    pool = cloud(rng, irange(rng, 3, 8), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    brand = pick(rng, ("Draftly", "Penwise", "Wordsmithy", "ClearCopy"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n)
    ]
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(25, 60)) * 7 * 24,
        global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.5, 0.8))),
    )
    who = rng.choice(n, size=len(ts_all), p=rng.dirichlet(np.full(n, 2.0)))
    p_new = float(rng.uniform(0.15, 0.4))
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        prompts = [texts.writing_app(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=330, err=0.01
        )


# --------------------------------------------------------------------------------------------
# a university user study: recruited participants, each with a fresh key, worldwide


def duotone(ctx: Ctx, rng: Rng) -> None:
    name = "duotone"
    n = irange(rng, 30, 60)
    study0 = ctx.release + float(rng.uniform(0.2, 1.5)) * DAY
    n_tasks = len(texts.STUDY_TASKS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = {1: "de", 2: "de", -3: "es"}.get(tz, "en") if chance(rng, 0.5) else "en"
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="participant",
            org=org,
            pay=pay,
            ua=pick(rng, (*BROWSERS, *MOBILE[:3])),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        model = ctx.new_model if chance(rng, 0.5) else ctx.old_models[0]
        order = rng.permutation(n_tasks).tolist()
        tss = []
        for _ in range(irange(rng, 1, 2)):
            s = float(rng.uniform(study0, ctx.t1))
            m = irange(rng, 6, 14)
            tss.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(90.0), 0.6, size=m - 1))])
            )
        ts = _flat(tss)
        prompts = [texts.study_task(rng, lang, order[j % n_tasks]) for j in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=500, err=0.005)


BENIGN_KINDS = {
    "stencil_master": stencil_master,
    "ink_drum": ink_drum,
    "duplicator": duplicator,
    "soy_ink": soy_ink,
    "overprint": overprint,
    "misregistration": misregistration,
    "fluoro_pink": fluoro_pink,
    "federal_blue": federal_blue,
    "gocco": gocco,
    "duotone": duotone,
}
