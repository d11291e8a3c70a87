"""Benign hard-negative kinds of batch 211 (code names from woodcut printing).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Their accounts are labelled "benign" with the kind's name as
`family`."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
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
    local_hour,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind211 import texts as tx
from bench.monitor_blind211.families import models_at


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _daily_at(
    ctx: Ctx, hour: float, tz: int, jitter_min: float, rng: np.random.Generator
) -> np.ndarray:
    """One time per day at local `hour` (plus a few minutes of jitter) inside the window."""
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + hour * HOUR
    days = np.arange(first, ctx.t1, DAY)
    return days + rng.uniform(0, jitter_min * 60, size=len(days))


# --------------------------------------------------------------------------------------------
# an evaluation lab that benchmarks the new model the day it ships (looks like: inrun)


def baren(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "baren"
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    suites = ("math", "mcq", "code", "reading")
    comp = {"math": 420.0, "mcq": 3.0, "code": 110.0, "reading": 35.0}
    rows: list[tuple[float, str, str, int]] = []  # (ts, suite, model, key)
    # nightly regression on the old models
    for night in _daily_at(ctx, 2.0, tz, 20, rng).tolist():
        size = irange(rng, 120, 260)
        key = irange(rng, 0, len(accts) - 1)
        for t in bursts(rng, np.array([night]), size, 0.6, 0.4)[0].tolist():
            m = (
                ctx.new_model
                if t > ctx.release + DAY and chance(rng, 0.5)
                else pick(rng, ctx.old_models)
            )
            rows.append((t, pick(rng, suites), m, key))
    # the release-day sweep: every suite on the new model, and a comparison run on the old flagship
    t = ctx.release + _u(rng, 1, 6) * HOUR
    for suite in suites:
        for model in (ctx.new_model, ctx.old_models[0]):
            if model != ctx.new_model and chance(rng, 0.4):
                continue
            size = irange(rng, 300, 700)
            key = irange(rng, 0, len(accts) - 1)
            for s in bursts(rng, np.array([t]), size, _u(rng, 0.25, 0.6), 0.5)[0].tolist():
                rows.append((s, suite, model, key))
            t += _u(rng, 1, 5) * HOUR
    rows.sort()
    for i, a in enumerate(accts):
        mine = [r for r in rows if r[3] == i]
        ts = np.array([r[0] for r in mine])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.eval_item(rng, r[1]) for r in mine],
            models=[r[2] for r in mine],
            comp_median=np.array([comp[r[1]] for r in mine]),
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a labelling vendor's AI-assist button (looks like: k_point)


def keyblock(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "keyblock"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    curve = multi_office((5, 8))
    for p in range(irange(rng, 3, 5)):
        project = f"{pick(rng, ('ORCA', 'LYNX', 'HERON', 'IBEX', 'MOTH'))}-{irange(rng, 10, 99)}"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="project",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
            tz=5,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 8, 20) * (ctx.t1 - ctx.t0) / HOUR, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.label_assist(rng, project, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=models_at(ctx, rng, ts, 0.7 if p == 0 else 0.0, 0.1, lag=DAY),
            comp_median=60,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety review queue that proposes acceptable rewrites (looks like: telemark)


def kento(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kento"
    platform = pick(rng, ("Threadline", "Campfire", "Murmur"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "gcp")
    curve = global_load(_u(rng, 15, 21), 0.5)
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=ips,
            tz=-5,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 10, 25) * (ctx.t1 - ctx.t0) / HOUR, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, platform, ctx.chat) for _ in range(len(ts))],
            models=models_at(ctx, rng, ts, 0.3, 0.6, lag=0.5 * DAY),
            comp_median=120,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a product team's coding agent in the editor (looks like: wind_gate, jump_suit)


def v_gouge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "v_gouge"
    tz = int(pick(rng, (-8, -5, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    for _ in range(irange(rng, 8, 16)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        remote = chance(rng, 0.3)
        ts_l, prompts, extra, ips = [], [], [], []
        for s in session_times(
            rng, ctx.t0, ctx.t1, _u(rng, 2, 5), workday(tz), _u(rng, 6, 14), 9.0, 0.7
        ):
            task = pick(rng, tx.DEV_TASKS)
            base = irange(rng, 1500, 6000)
            ip = a.ips[1] if remote else office[0]
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                prompts.append(tx.coding_agent_prompt(rng, task, j + 1))
                extra.append(base + 300 * j)
                ips.append(ip)
        ts = np.array(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            extra=np.array(extra, dtype=np.int64),
            models=models_at(ctx, rng, ts, 0.8, 0.1, lag=_u(rng, 0, 1) * DAY),
            comp_median=220,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating paraphrases for its own intent classifier (looks like: hill_size)


def moku_hanga(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "moku_hanga"
    tz = int(pick(rng, (1, 2, -5)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    curve_night = nightly(22.0, _u(rng, 3, 5), tz)
    for k in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        nights = irange(rng, 2, 4)
        night_days = rng.choice(7, size=nights, replace=False)
        parts = []
        for d in night_days.tolist():
            a0, b0 = ctx.t0 + d * DAY, ctx.t0 + (d + 1) * DAY
            parts.append(thinned(rng, a0, b0, _u(rng, 250, 600), curve_night))
        parts.append(thinned(rng, ctx.t0, ctx.t1, _u(rng, 40, 120), workday(tz)))
        ts = _flat(parts)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment_prompt(rng) for _ in range(len(ts))],
            models=models_at(ctx, rng, ts, 0.3 if k == 0 else 0.05, 0.5),
            comp_median=480,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# a companion-chat app with running transcripts (looks like: four_hills, knoll)


def chiaroscuro(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chiaroscuro"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 4, 8), pick(rng, ("aws", "gcp")))
    curve = global_load(_u(rng, 18, 23), 0.7)
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=0,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 25, 55) * (ctx.t1 - ctx.t0) / HOUR, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=models_at(ctx, rng, ts, 0.5, 0.5, lag=_u(rng, 0.1, 1.0) * DAY),
            comp_median=90,
            extra=rng.integers(300, 900, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# a university sampling-variance study: each question asked n times (looks like: gate_factor)


def bokashi(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bokashi"
    tz = int(pick(rng, (-5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    for s in range(irange(rng, 3, 5)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student_researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        item_pool = (1000 * (s + 1) + np.arange(irange(rng, 40, 120))).tolist()
        starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 5, 10), workday(tz))
        ts_l, prompts, models, ips = [], [], [], []
        for st in starts.tolist():
            t = st
            model = (
                ctx.new_model
                if st > ctx.release and chance(rng, 0.6)
                else pick(rng, ctx.old_models)
            )
            ip = campus[0] if 8 <= local_hour(np.array([st]), tz)[0] < 18 else a.ips[-1]
            for item in rng.choice(item_pool, size=irange(rng, 5, 14), replace=False).tolist():
                for _ in range(irange(rng, 8, 20)):
                    ts_l.append(t)
                    prompts.append(tx.sampling_study_prompt(rng, int(item)))
                    models.append(model)
                    ips.append(ip)
                    t += float(rng.lognormal(np.log(0.5), 0.4))
        ts = np.array(ts_l)
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=18, comp_sigma=0.6)


# --------------------------------------------------------------------------------------------
# a university course: every student gets a key, homework deadline spike (looks like: ski_flying)


def hanshita(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hanshita"
    tz = int(pick(rng, (-5, -8, 1, 8)))
    course = pick(rng, ("CS 182", "LING 240", "DATA 100", "INFO 3300"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadline = ctx.t0 + _u(rng, 4.5, 6.0) * DAY
    for _ in range(irange(rng, 40, 80)):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "OpenAI/Python 1.54.0",
                "OpenAI/Python 1.58.1",
                "curl/8.5.0",
            ),
        )
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.2, 0.7), evening_person(tz), 4.0, 60.0)
        sess += session_times(
            rng,
            deadline - 1.5 * DAY,
            deadline,
            _u(rng, 0.5, 2.0),
            evening_person(tz, 3.0),
            6.0,
            50.0,
        )
        ts = _flat(sess)
        hw = [2 if t < deadline - 2 * DAY else (3 if t < deadline else 1) for t in ts.tolist()]
        ips = [pick(rng, campus) if chance(rng, 0.4) else a.ips[-1] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.course_prompt(rng, course, h, ctx.chat, ctx.passages) for h in hw],
            ips=ips,
            models=models_at(ctx, rng, ts, 0.6, 0.2),
            comp_median=300,
        )


# --------------------------------------------------------------------------------------------
# a marketing agency with one sub-key per client (looks like: hill_size, v_style)


def surimono(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "surimono"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    curve = multi_office((-5, 1))
    switch = ctx.release + _u(rng, 0.1, 0.8) * DAY
    brands = list(rng.choice(tx.BRANDS, size=irange(rng, 8, 12), replace=False))
    for b in brands:
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_key",
            org=org,
            pay=pay,
            ua="axios/1.7.9",
            ips=ips,
            tz=-5,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 1, 5) * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, str(b)) for _ in range(len(ts))],
            models=models_at(ctx, rng, ts, 0.9, 0.1, lag=switch - ctx.release),
            comp_median=260,
        )


# --------------------------------------------------------------------------------------------
# a chatbot company's regression suite replaying public prompts on old and new models (looks like: v_style)


def tint_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tint_block"
    tz = int(pick(rng, (-8, 1, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "gcp")
    suite = [pick(rng, ctx.chat) for _ in range(irange(rng, 150, 300))]
    big = [pick(rng, ctx.chat) for _ in range(irange(rng, 900, 1600))]
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="qa_replay",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    rows: list[tuple[float, str, str]] = []
    for night in _daily_at(ctx, 1.0, tz, 15, rng).tolist():
        t = night
        models = (
            [ctx.old_models[0], ctx.old_models[-1]]
            if night < ctx.release
            else [ctx.old_models[0], ctx.new_model]
        )
        for p in suite:
            for m in models:
                rows.append((t, p, m))
                t += float(rng.lognormal(np.log(1.2), 0.5))
    t = ctx.release + _u(rng, 3, 20) * HOUR
    for p in big:
        rows.append((t, p, ctx.new_model))
        t += float(rng.lognormal(np.log(2.0), 0.6))
    rows.sort()
    who = rng.integers(0, len(accts), size=len(rows))
    for i, a in enumerate(accts):
        mine = [r for r, w in zip(rows, who.tolist(), strict=True) if w == i]
        ts = np.array([r[0] for r in mine])
        ctx.emit(rng, a, ts, [r[1] for r in mine], models=[r[2] for r in mine], comp_median=380)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "baren": baren,
    "keyblock": keyblock,
    "kento": kento,
    "v_gouge": v_gouge,
    "moku_hanga": moku_hanga,
    "chiaroscuro": chiaroscuro,
    "bokashi": bokashi,
    "hanshita": hanshita,
    "surimono": surimono,
    "tint_block": tint_block,
}
