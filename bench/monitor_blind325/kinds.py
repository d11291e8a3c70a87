"""Benign hard-negative kinds of batch 325: legitimate customers that share some outward trait
with a distillation campaign (volume, templates, many keys on one card, bursts, a model switch at
the release, reasoning-style prompts, proxies or cloud addresses).

Each kind is `f(ctx, rng)`; it creates its accounts (label "benign") and writes their events.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    picks,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind325 import texts


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _run(rng: np.random.Generator, start: float, n: int, gap_median: float) -> np.ndarray:
    """A script walking a list: one request after another."""
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), 0.5, size=max(0, n - 1)))]
    )


def _day_start(ctx: Ctx, day: float, tz: int, hour: float) -> float:
    """`hour` local time on day `day` (counted from the window start)."""
    return ctx.t0 + np.floor(day) * DAY + (hour - tz) * HOUR


# ============================================================================================
# affineur: an evaluation lab benchmarking every model, the new one on release day


def affineur(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "affineur"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, -8, -5)))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    suite = texts.affineur_items(rng, irange(rng, 300, 550))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rel_day = (ctx.release - ctx.t0) / DAY
    runs = [(float(rng.uniform(0.3, 1.5)), old), (float(rng.uniform(1.5, 3.0)), mini)]
    # release day: the new model first, then the old flagship again for the comparison table
    t_rel = ctx.release + float(rng.uniform(2, 8)) * HOUR
    runs_abs = [(_day_start(ctx, d, tz, float(rng.uniform(9.5, 15))), m) for d, m in runs]
    runs_abs += [
        (t_rel, new),
        (t_rel + float(rng.uniform(3, 6)) * HOUR, old),
        (
            _day_start(ctx, rel_day + float(rng.uniform(1, 2.5)), tz, float(rng.uniform(10, 14))),
            new,
        ),
    ]
    for start, model in runs_abs:
        for j, key in enumerate(keys):
            part = suite[j :: len(keys)]
            ts = _run(rng, start, len(part), float(rng.uniform(0.6, 1.6)))
            ctx.emit(rng, key, ts, part, models=model, comp_median=420.0, err=0.02)


# ============================================================================================
# raclette: a labelling vendor pre-labelling with rubric prompts, two offices


def raclette(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "raclette"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = {5: home(rng, 1, 5), 8: home(rng, 1, 8)}
    n = irange(rng, 6, 12)
    keys = []
    for i in range(n):
        tz = 5 if i % 2 == 0 else 8
        keys.append(
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="prelabel_pipeline",
                org=org,
                pay=pay,
                ua="OpenAI/Python 1.54.0",
                ips=offices[tz],
                tz=tz,
            )
        )
    guidelines = [f"G-{irange(rng, 100, 999)}" for _ in range(n)]
    p_new = float(rng.uniform(0.15, 0.35))
    streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(22, 40)), n, multi_office((5, 8)))
    for key, ts, g in zip(keys, streams, guidelines, strict=True):
        prompts = [texts.raclette_prompt(rng, ctx.chat, ctx.passages, g) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3),
            comp_median=120.0,
            err=0.01,
        )


# ============================================================================================
# stilton: a homework-tutoring product's backend keys


def stilton(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stilton"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    curve = global_load(float(rng.uniform(21, 24)) % 24, 0.8)
    p_new = float(rng.uniform(0.25, 0.45))
    for key in keys:
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(150, 300)) * (ctx.t1 - ctx.t0) / DAY, curve
        )
        prompts = [texts.stilton_prompt(rng, ctx.chat, irange(rng, 5, 12)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.2),
            comp_median=220.0,
            err=0.005,
            extra=irange(rng, 60, 200),
        )


# ============================================================================================
# reblochon: a university course cohort, all signed up in one lecture, paid by course credits


def reblochon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "reblochon"
    tz = int(pick(rng, (1, -3, 0)))
    org, course_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    course = pick(
        rng, ("CS 241", "INF-1100", "MAC0110", "COMP 2012", "Algorithmen und Datenstrukturen")
    )
    lecture = _day_start(ctx, float(rng.uniform(0.5, 1.5)), tz, 10.0)
    deadline = _day_start(ctx, float(rng.uniform(4.5, 5.8)), tz, 23.59)
    p_new = float(rng.uniform(0.2, 0.4))
    for _ in range(irange(rng, 35, 60)):
        pay = course_card if chance(rng, 0.8) else hexid(rng, "pay")
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
        )
        key = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        a = lecture + float(rng.uniform(0, 1.5)) * HOUR
        lab = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(0.4, 1.2)),
                workday(tz),
                size_mean=4.0,
                gap_median=90.0,
            )
        )
        eve = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(0.5, 1.5)),
                evening_person(tz),
                size_mean=4.0,
                gap_median=120.0,
            )
        )
        crunch = _cat(
            session_times(
                rng,
                deadline - float(rng.uniform(4, 30)) * HOUR,
                deadline,
                float(rng.uniform(2, 6)),
                evening_person(tz),
                size_mean=6.0,
                gap_median=70.0,
            )
        )
        for ts, ips, week in ((lab, campus, 3), (eve, key.ips, 3), (crunch, key.ips + campus, 4)):
            prompts = [texts.reblochon_prompt(rng, ctx.chat, course, week) for _ in range(len(ts))]
            ctx.emit(
                rng,
                key,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1),
                ips=picks(rng, ips, len(ts)),
                comp_median=400.0,
                err=0.01,
            )


# ============================================================================================
# epoisses: a research group's sampling-variance study across models and languages


def epoisses(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "epoisses"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1)))
    pi = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="study_runner",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "gcp"),
        tz=tz,
    )
    ra = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="research_assistant",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 2, tz),
        tz=tz,
    )
    items = texts.epoisses_items(rng)
    n_rep = irange(rng, 6, 10)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rel_day = (ctx.release - ctx.t0) / DAY
    pilot = (
        _day_start(ctx, float(rng.uniform(0.5, 2.5)), tz, float(rng.uniform(10, 16))),
        (old,),
        items[:12],
        5,
    )
    main = (
        _day_start(ctx, rel_day + float(rng.uniform(0.5, 1.8)), tz, float(rng.uniform(9, 12))),
        (old, mini, new),
        items,
        n_rep,
    )
    for start, models, its, reps in (pilot, main):
        t = start
        for model in models:
            prompts = [p for p in its for _ in range(reps)]
            ts = _run(rng, t, len(prompts), float(rng.uniform(0.8, 1.6)))
            ctx.emit(rng, pi, ts, prompts, models=model, comp_median=90.0, err=0.02)
            t = float(ts[-1]) + float(rng.uniform(5, 40)) * 60
    # the assistant tries items by hand in the playground now and then
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 0.8, workday(tz), size_mean=5.0, gap_median=60.0))
    ctx.emit(
        rng,
        ra,
        ts,
        [pick(rng, items) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.5),
        comp_median=150.0,
    )


# ============================================================================================
# morbier: a marketing agency reselling content work, one sub-account per client


def morbier(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "morbier"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 0)))
    office = home(rng, 1, tz)
    tool = cloud(rng, 1, "hetzner")
    p_new = float(rng.uniform(0.3, 0.5))
    clients = (
        "Nordhaus Living",
        "Cafe Alba",
        "TrailForm",
        "Lumen Solar",
        "Kiddo Toys",
        "Oliveto",
        "Petra Bags",
        "Klang Audio",
        "Casa Ferro",
        "Verdant Tea",
        "Moto Riva",
        "Blue Fjord",
        "Atelier Sol",
        "Hopfen & Co",
    )
    for i in range(irange(rng, 8, 14)):
        client = clients[i]
        key = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_subaccount",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office + tool,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 60)) * 7, workday(tz, weekend=0.02))
        via_tool = rng.random(len(ts)) < 0.4
        ctx.emit(
            rng,
            key,
            ts,
            [texts.morbier_prompt(rng, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new),
            ips=[tool[0] if v else office[0] for v in via_tool.tolist()],
            ua=["python-requests/2.32.3" if v else key.ua for v in via_tool.tolist()],
            comp_median=350.0,
        )


# ============================================================================================
# mimolette: an ML team generating paraphrases and synthetic tickets for its own classifier


def mimolette(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mimolette"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, -8)))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    trial_night = int((ctx.release - ctx.t0) / DAY) + irange(rng, 1, 2)
    for night in range(7):
        if chance(rng, 0.2):
            continue  # no job that night
        for key in keys:
            start = _day_start(ctx, night, tz, float(rng.uniform(0.5, 3)) + 24)
            ts = _run(rng, start, irange(rng, 150, 400), float(rng.uniform(1.5, 3.0)))
            m = (
                new
                if (night == trial_night and chance(rng, 0.7))
                else (mini if chance(rng, 0.7) else old)
            )
            ctx.emit(
                rng,
                key,
                ts,
                [texts.mimolette_prompt(rng, ctx.chat) for _ in range(len(ts))],
                models=m,
                comp_median=900.0,
                err=0.02,
            )
    dev = keys[0]
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), size_mean=4.0, gap_median=45.0))
    ctx.emit(
        rng,
        dev,
        ts,
        [texts.mimolette_prompt(rng, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.3),
        comp_median=800.0,
    )


# ============================================================================================
# vacherin: developers using a coding agent with their own keys


def vacherin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "vacherin"
    tzs = (-8, -5, 0, 1, 2, 5, 8)
    ua = "Kodex-Agent/0.42.1 vscode/1.96.2 OpenAI/NodeJS 4.85.1"
    for _ in range(irange(rng, 18, 32)):
        tz = int(pick(rng, tzs))
        key = ctx.account(
            rng, label="benign", family=kind, role="developer", ua=ua, ips=home(rng, 2, tz), tz=tz
        )
        p_new = float(rng.uniform(0.2, 0.8))
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz)).tolist():
            task, file = texts.vacherin_task(rng)
            steps = irange(rng, 4, 15)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.7, size=steps - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(texts.vacherin_step(rng, task, k, file) for k in range(steps))
            extra.extend([500 + 400 * k for k in range(steps)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=350.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )


# ============================================================================================
# livarot: a companion app's backend


def livarot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "livarot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    personas = ("Mika", "Theo", "Luna", "Kai", "Aiko", "Sol", "Rafa", "Noor")
    langs, lw = ("en", "es", "pt", "ja", "de"), np.array([0.5, 0.15, 0.15, 0.1, 0.1])
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=cloud(rng, 1, "gcp"),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    curve = global_load(float(rng.uniform(19, 23)), 0.7)
    for key in keys:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 450)) * 7, curve)
        li = rng.choice(len(langs), size=len(ts), p=lw).tolist()
        prompts = [texts.livarot_prompt(rng, pick(rng, personas), langs[i], ctx.chat) for i in li]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=90.0,
            extra=rng.integers(600, 2500, size=len(ts)),
            err=0.005,
        )


# ============================================================================================
# cancoillotte: a translation and localisation shop (translators work in a CAT tool)


def cancoillotte(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cancoillotte"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = 1
    office = home(rng, 1, tz)
    ua = "memoQ-MT-Connector/11.2 (Windows NT 10.0)"
    p_new = float(rng.uniform(0.2, 0.4))
    for _ in range(irange(rng, 4, 9)):
        remote = chance(rng, 0.4)
        key = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        job = f"J{irange(rng, 24000, 24999)}"
        ts_all, prompts = [], []
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 10)),
            workday(tz),
            size_mean=12.0,
            gap_median=25.0,
        ):
            if chance(rng, 0.3):
                job = f"J{irange(rng, 24000, 24999)}"
            ts_all.extend(s.tolist())
            prompts.extend(texts.cancoillotte_prompt(rng, ctx.passages, job) for _ in range(len(s)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=450.0,
            err=0.01,
        )


BENIGN_KINDS = {
    "affineur": affineur,
    "raclette": raclette,
    "stilton": stilton,
    "reblochon": reblochon,
    "epoisses": epoisses,
    "morbier": morbier,
    "mimolette": mimolette,
    "vacherin": vacherin,
    "livarot": livarot,
    "cancoillotte": cancoillotte,
}
