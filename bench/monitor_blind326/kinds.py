"""Benign hard-negative kinds of batch 326: legitimate customers built to resemble a campaign.

Every kind is `f(ctx, rng)`: it creates its accounts (label "benign", family = the kind) and emits
their events. Draws happen in a fixed order (lists and dicts only, never sets).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind326 import texts
from bench.monitor_blind326.families import BG_BROWSERS, BG_SDK


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(chunks: list[np.ndarray]) -> np.ndarray:
    chunks = [c for c in chunks if len(c)]
    return np.sort(np.concatenate(chunks)) if chunks else np.empty(0)


def _explicit_models(ctx: Ctx, ts: np.ndarray, model: str) -> list[str]:
    """One fixed model per event, the new one only once it exists."""
    old = ctx.old_models[0]
    return [
        model if (model != ctx.new_model or t >= ctx.release) else old
        for t in np.asarray(ts).tolist()
    ]


# =============================================================================================
# an evaluation lab benchmarking every model, including the new one the day it ships


def blotter(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "blotter"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    suites = [[texts.eval_item(rng, fmt) for _ in range(irange(rng, 150, 350))] for fmt in range(3)]
    runs = []  # (start, suite, model)
    models = list(ctx.old_models) + [ctx.new_model]
    for _ in range(irange(rng, 1, 3)):  # baselines before the release
        runs.append(
            (
                ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY,
                irange(rng, 0, 2),
                pick(rng, ctx.old_models),
            )
        )
    for _ in range(irange(rng, 5, 10)):  # the new model and re-runs of the old ones for comparison
        m = ctx.new_model if chance(rng, 0.55) else pick(rng, models)
        runs.append((ctx.release + float(rng.uniform(0.05, 2.8)) * DAY, irange(rng, 0, 2), m))
    comp = (420.0, 160.0, 12.0)
    for j, (s, suite, model) in enumerate(runs):
        a = accts[j % len(accts)]
        items = suites[suite]
        ts = s + np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=len(items)))
        ctx.emit(
            rng,
            a,
            ts,
            items,
            models=_explicit_models(ctx, ts, model),
            comp_median=comp[suite],
            comp_sigma=0.5,
            err=0.01,
        )


# =============================================================================================
# a labelling vendor's annotators asking the model about the answers they rate


def isotype(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "isotype"
    tz = pick(rng, (5, 8, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, BG_BROWSERS + BROWSERS[:2])
    n = irange(rng, 15, 35)
    annot = [
        _acct(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        for _ in range(n)
    ]
    p_new = float(rng.uniform(0.25, 0.5))
    for a in annot:
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), workday(tz), 5.0, 150.0)
        ts = _cat(sess)
        prompts = [
            texts.annotator_question(
                rng, pick(rng, ctx.chat), [pick(rng, ctx.passages), pick(rng, ctx.passages)]
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=300,
            comp_sigma=0.6,
        )
    # the QA lead's spot-check script: small bursts of the same grading questions
    qa = _acct(
        ctx, rng, kind, "qa_script", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=office, tz=tz
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 2.0 * (ctx.t1 - ctx.t0) / DAY, workday(tz))
    ts = _cat(bursts(rng, starts, 15.0, 4.0, 0.5, ctx.t1))
    prompts = [
        texts.judge_prompt(rng, 1, pick(rng, ctx.chat), [pick(rng, ctx.passages)])
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        qa,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=p_new),
        comp_median=120,
        comp_sigma=0.5,
    )


# =============================================================================================
# a marketplace's moderation outsourcer rewriting listings to policy, behind two office NATs


def holotype(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "holotype"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(8, home(rng, 1, 8)[0]), (-3, home(rng, 1, -3)[0])]
    ua = pick(rng, BG_BROWSERS)
    p_new = float(rng.uniform(0.15, 0.35))
    for i in range(irange(rng, 10, 25)):
        tz, ip = offices[i % 2]
        a = _acct(ctx, rng, kind, "moderator", org=org, pay=pay, ua=ua, ips=[ip], tz=tz)
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 15)), workday(tz, 7.0, 19.0, 0.3), 3.0, 45.0
        )
        ts = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation_rewrite(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=170,
            comp_sigma=0.45,
        )
    # the tooling team's nightly re-check of the day's flagged listings
    bot = _acct(
        ctx,
        rng,
        kind,
        "recheck_job",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 1, "aws"),
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 1.0 * (ctx.t1 - ctx.t0) / DAY, nightly(2.0, 1.0, 8))
    ts = _cat(bursts(rng, starts, 120.0, 1.5, 0.4, ctx.t1))
    ctx.emit(
        rng,
        bot,
        ts,
        [texts.moderation_rewrite(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.05, p_mini=0.8),
        comp_median=160,
    )


# =============================================================================================
# developers running an open-source coding agent with their own keys


def stipe(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stipe"
    for _ in range(irange(rng, 20, 40)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9))
        ua = pick(
            rng,
            ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"),
        )
        a = _acct(ctx, rng, kind, "developer", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        p_new = float(rng.uniform(0.2, 0.8))
        a0 = ctx.t0
        if chance(rng, 0.4):  # signed up for the new model: starts after the release, mostly on it
            a0 = ctx.release + float(rng.uniform(0.0, 1.5)) * DAY
            p_new = float(rng.uniform(0.75, 0.95))
        starts = thinned(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(2, 10)) * (ctx.t1 - a0) / DAY,
            workday(tz, 9.0, 22.0, 0.3),
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = texts.dev_agent_steps(rng, pick(rng, ctx.chat))
            gaps = rng.lognormal(np.log(7.0), 0.7, size=len(steps))
            ts_all.extend((s + np.cumsum(gaps) - gaps[0]).tolist())
            prompts.extend(steps)
            extra.extend([900 + 450 * i for i in range(len(steps))])
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=260,
            comp_sigma=0.7,
            extra=np.minimum(np.asarray(extra, dtype=np.int64)[order], 30000),
        )


# =============================================================================================
# a company's data-augmentation job for its own intent classifier


def sepal(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sepal"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    tz = pick(rng, (1, 0, -5))
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 2)) * (ctx.t1 - ctx.t0) / DAY,
            nightly(1.0, 3.0, tz),
        )
        ts = _cat(bursts(rng, starts, float(rng.uniform(80, 300)), 1.3, 0.4, ctx.t1))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.08, p_mini=0.7),
            comp_median=220,
            comp_sigma=0.5,
        )


# =============================================================================================
# a companion-chat app's backend relaying its users' conversations


def calyx(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "calyx"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    n = irange(rng, 2, 3)
    accts = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        for _ in range(n)
    ]
    rate = float(rng.uniform(30, 70))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, global_load(20.0, 0.6)), strict=True
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.companion_turn(rng, pick(rng, ctx.chat)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.4),
            comp_median=110,
            comp_sigma=0.6,
            extra=rng.integers(600, 1600, size=len(ts)),
        )


# =============================================================================================
# a university course: every student a key of the course's organisation, deadlines drive surges


def rhizome(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rhizome"
    tz = pick(rng, (-5, 0, 1, -8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadlines = [ctx.t0 + 3 * DAY + (23.98 - tz) * HOUR, ctx.t0 + 6 * DAY + (23.98 - tz) * HOUR]
    p_new = float(rng.uniform(0.5, 0.75))  # the instructor told the class to use the new model
    topics = pick(rng, texts.COURSES)
    for _ in range(irange(rng, 30, 70)):
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, BROWSERS + BG_SDK[:1])
        a = _acct(
            ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + home(rng, 1, tz), tz=tz
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 4.0, 80.0
        )
        for d in deadlines:
            sess += session_times(
                rng,
                d - DAY,
                min(d, ctx.t1),
                float(rng.uniform(1, 4)),
                evening_person(tz, 4.0),
                5.0,
                70.0,
            )
        ts = _cat(sess)
        prompts = [
            texts.coursework(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                2 if t < deadlines[0] else 3,
                topics,
            )
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=380,
            comp_sigma=0.6,
        )


# =============================================================================================
# a translation agency: each document into several languages, office and home


def lichen(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lichen"
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    p_new = float(rng.uniform(0.3, 0.6))
    for _ in range(irange(rng, 4, 8)):
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.58.1"
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        langs = [
            texts.SHOP_LANGS[i]
            for i in sorted(rng.permutation(len(texts.SHOP_LANGS))[: irange(rng, 2, 4)].tolist())
        ]
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), workday(tz), 5.0, 90.0)
        ts = _cat(sess)
        prompts, doc = [], pick(rng, ctx.passages)
        for i in range(len(ts)):
            if i % len(langs) == 0:
                doc = pick(rng, ctx.passages)
            prompts.append(texts.localisation(rng, doc, langs[i % len(langs)]))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=480,
            comp_sigma=0.5,
        )


# =============================================================================================
# a research group measuring sampling variability: the same item many times, on every model


def exsiccata(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "exsiccata"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 0))
    ips = cloud(rng, 1, "gcp") + home(rng, 1, tz)
    conditions = (
        "plain",
        "Answer as a 25-year-old nurse from Ohio.",
        "Answer as a retired farmer from Kenya.",
        "You are taking part in a survey. Be honest.",
    )
    models = list(ctx.old_models) + [ctx.new_model]
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.63.2",
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)) * (ctx.t1 - ctx.t0) / DAY,
            workday(tz, 9.0, 20.0),
        )
        ts_all, prompts, mods = [], [], []
        for s in starts.tolist():
            item, cond = irange(rng, 0, len(texts.SURVEY_ITEMS) - 1), pick(rng, conditions)
            model = pick(rng, models)
            reps = irange(rng, 10, 30)
            t = s + np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=reps))
            ts_all.extend(t.tolist())
            prompts.extend([texts.survey_item(rng, item, cond)] * reps)
            mods.extend(_explicit_models(ctx, t, model))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[mods[i] for i in order.tolist()],
            comp_median=70,
            comp_sigma=0.8,
        )


# =============================================================================================
# an edtech content agency: one key per client (client's own card), all from the agency's servers


def bryophyte(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bryophyte"
    servers = cloud(rng, 2, "hetzner")
    tz = 1
    for _ in range(irange(rng, 6, 12)):
        lang = pick(rng, ("en", "en", "es", "fr", "ar"))
        a = _acct(ctx, rng, kind, "client_key", ua="python-requests/2.32.3", ips=servers, tz=tz)
        pool = texts.SUBJECTS_L.get(lang, texts.SUBJECTS)
        subjects = [
            pool[i] for i in sorted(rng.permutation(len(pool))[: irange(rng, 4, 9)].tolist())
        ]
        grades = picks(rng, texts.GRADES, irange(rng, 1, 3))
        ts = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)), 1, workday(tz, 8.0, 19.0))[
            0
        ]
        prompts = [
            texts.lesson_content(rng, lang, subjects[i % len(subjects)], pick(rng, grades))
            for i in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.6))),
            comp_median=900,
            comp_sigma=0.4,
        )


BENIGN_KINDS = {
    "blotter": blotter,
    "isotype": isotype,
    "holotype": holotype,
    "stipe": stipe,
    "sepal": sepal,
    "calyx": calyx,
    "rhizome": rhizome,
    "lichen": lichen,
    "exsiccata": exsiccata,
    "bryophyte": bryophyte,
}
