"""Benign hard-negative kinds of blind batch 188 (code names from the word "marquetry").

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). The README card says what each looks like.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    pick,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind188 import texts
from bench.monitor_blind188.families import BG_BROWSERS, BG_UAS, REGION


def _benign(ctx: Ctx, rng, name: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=name, role=role, **kw)


def _concat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# mature: an evaluation lab running CoT benchmarks with k samples per item on the new model


def mature(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mature"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = [
        _benign(
            ctx,
            rng,
            name,
            "eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), "aws"),
        )
        for _ in range(n)
    ]
    old = ctx.old_models[0]
    # (start, model) of each run: a couple before the release, a burst of runs right after it
    runs = [(ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, old) for _ in range(irange(rng, 1, 2))]
    first = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    runs += [(first, ctx.new_model), (first + float(rng.uniform(1, 5)) * HOUR, old)]
    runs += [
        (ctx.release + float(rng.uniform(1, 2.9)) * DAY, ctx.new_model)
        for _ in range(irange(rng, 1, 3))
    ]
    per: list[list] = [[] for _ in range(n)]
    for r, (s, model) in enumerate(runs):
        items = irange(rng, 100, 220)
        k = pick(rng, (1, 5, 8))
        gaps = rng.lognormal(np.log(1.5), 0.5, size=items)
        starts = s + np.cumsum(gaps)
        who = r % n
        for st in starts.tolist():
            item = texts.eval_item(rng)
            per[who].append((st + np.sort(rng.uniform(0, 2.0, size=k)), [item] * k, model))
    for i, a in enumerate(accts):
        if not per[i]:
            continue
        ts = np.concatenate([p[0] for p in per[i]])
        prompts = [x for p in per[i] for x in p[1]]
        models = [p[2] for p in per[i] for _ in p[1]]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=550, comp_sigma=0.5, err=0.03)


# --------------------------------------------------------------------------------------------
# artery: a labelling vendor checking a client's chatbot replies (pairwise / guideline checks)


def artery(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "artery"
    seats = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2, -3))
    office = home(rng, 1, tz)
    for i in range(seats):
        ua = BG_UAS[0] if i == 0 else BG_BROWSERS[i % 2]
        a = _benign(ctx, rng, name, "annotator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 5)),
                workday(tz),
                float(rng.uniform(8, 14)),
                float(rng.uniform(60, 120)),
            )
        )
        if len(ts) == 0:
            ts = np.array([ctx.t0 + 1.5 * DAY + float(rng.uniform(0, 8)) * HOUR])
        prompts = [texts.vendor_compare(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.1),
            comp_median=140,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# meaty: a homework-help app's backend keys


def meaty(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "meaty"
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    load = global_load(float(rng.uniform(14, 22)), 0.75)
    rate = float(rng.uniform(30, 55))
    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    who = rng.integers(0, n, size=len(ts_all))
    switch = ctx.release + float(rng.uniform(1.5, 2.5)) * DAY
    for i in range(n):
        a = _benign(ctx, rng, name, "app_backend", org=org, pay=pay, ua=BG_UAS[0], ips=backend)
        ts = ts_all[who == i]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.4)) else m
            for t, m in zip(ts.tolist(), ctx.models(rng, ts, 0.0, 0.1), strict=True)
        ]
        prompts = [texts.tutoring(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=420, comp_sigma=0.55)


# --------------------------------------------------------------------------------------------
# quart: a university course cohort doing API lab sessions and homework


def quart(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "quart"
    n = irange(rng, 25, 50)
    tz = pick(rng, (-5, 0, 1, 8))
    course_org, course_pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = resi(rng, irange(rng, 1, 2), REGION[tz])
    # two lab slots (local 14:00) on two weekdays, and the cohort's signup at the first lab
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    lab_days = [
        d for d in range(7) if weekday(np.array([day0 + d * DAY + 12 * HOUR]), tz)[0] in (1, 3)
    ]
    labs = [day0 + d * DAY + 14 * HOUR for d in lab_days]
    for _ in range(n):
        own = chance(rng, 0.3)
        ua = pick(rng, BG_BROWSERS + (BG_UAS[0],))
        a = _benign(
            ctx,
            rng,
            name,
            "student",
            org=None if own else course_org,
            pay=None if own else course_pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts_parts, prompts, ips = [], [], []
        for j, lab in enumerate(labs):
            if chance(rng, 0.1):
                continue  # skipped the lab
            k = 1 + int(rng.poisson(7))
            s = lab + float(rng.uniform(0, 30)) * MINUTE
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(90), 0.7, k - 1))])
            ts_parts.append(t)
            prompts += [texts.assignment(rng, j, ctx.chat) for _ in range(k)]
            ips += [pick(rng, campus)] * k
        for t in session_times(
            rng, labs[0] if labs else ctx.t0, ctx.t1, 0.8, evening_person(tz), 5.0, 80.0
        ):
            ts_parts.append(t)
            j = irange(rng, 0, max(0, len(labs) - 1))
            prompts += [texts.assignment(rng, j, ctx.chat) for _ in range(len(t))]
            ips += [a.ips[-1]] * len(t)
        if not ts_parts:
            ts_parts = [np.array([ctx.t0 + 2 * DAY])]
            prompts, ips = [texts.assignment(rng, 0, ctx.chat)], [a.ips[-1]]
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.15), ips=ips, comp_median=380
        )


# --------------------------------------------------------------------------------------------
# tamer: a trust-and-safety team rewriting forum posts to community guidelines


def tamer(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "tamer"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    ips = cloud(rng, irange(rng, 2, 4), "azure")
    rate = float(rng.uniform(20, 45))
    load = global_load(float(rng.uniform(15, 21)), 0.5)
    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    who = rng.integers(0, n, size=len(ts_all))
    for i in range(n):
        a = _benign(ctx, rng, name, "moderation_queue", org=org, pay=pay, ua=ua, ips=ips)
        ts = ts_all[who == i]
        prompts = [texts.moderation_rewrite(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=220,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# teary: a companion app's backend (long persona + memory context, short user lines)


def teary(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "teary"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", BG_UAS[2]))
    peak = float(rng.uniform(1, 4))  # mostly American users: evening peak around 02:00 UTC

    def curve(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, 0)
        return 0.25 + 0.75 * np.exp(-0.5 * (((h - peak + 12) % 24 - 12) / 3.5) ** 2)

    rate = float(rng.uniform(40, 75))
    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts_all))
    upgrade = ctx.release + float(rng.uniform(0.3, 1.0)) * DAY
    for i in range(n):
        a = _benign(ctx, rng, name, "app_backend", org=org, pay=pay, ua=ua, ips=ips)
        ts = ts_all[who == i]
        models = [
            ctx.new_model if (t >= upgrade and chance(rng, 0.6)) else m
            for t, m in zip(ts.tolist(), ctx.models(rng, ts, 0.0, 0.3), strict=True)
        ]
        extra = np.clip(rng.lognormal(np.log(1800), 0.5, size=len(ts)), 300, 7000).astype(int)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.companion(rng) for _ in range(len(ts))],
            models=models,
            comp_median=110,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# yurt: developers using an IDE coding agent (long chained tool steps)


def yurt(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "yurt"
    n = irange(rng, 8, 15)
    companies = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 2, 4))]
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5))
        own = chance(rng, 0.4)
        org, pay = (None, None) if own else pick(rng, companies)
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
        a = _benign(
            ctx,
            rng,
            name,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), workday(tz), 1.0, 60.0
        )
        ts_parts, prompts, extra = [], [], []
        for s in sess:
            start = float(s[0])
            steps = irange(rng, 5, 25)
            t = start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6), 0.7, steps - 1))])
            ts_parts.append(t)
            prompts += texts.coding_session(rng, steps)
            extra += (2000 + 450 * np.arange(steps)).tolist()
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.05),
            comp_median=330,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# arum: a translation agency sending each source text to several target locales


def arum(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "arum"
    seats = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('Nordlicht', 'Vela', 'Orbis', 'Kestrel', 'Mistral Foods'))} "
        f"{pick(rng, ('GmbH', 'S.A.', 'Ltd', 'AB'))}"
        for _ in range(4)
    ]
    locales = list(texts.translation_locales())
    for i in range(seats):
        ua = BG_UAS[0] if i == 0 else BG_BROWSERS[0]
        a = _benign(ctx, rng, name, "translator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7, workday(tz))
        ts_parts, prompts, comp = [], [], []
        for s in jobs.tolist():
            src = pick(rng, ctx.passages)[: irange(rng, 200, 900)]
            client = pick(rng, clients)
            targets = [locales[j] for j in rng.permutation(len(locales))[: irange(rng, 3, 8)]]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35), 0.5, len(targets) - 1))]
            )
            ts_parts.append(t)
            prompts += [texts.translation_job(rng, src, loc, client) for loc in targets]
            comp += [len(src) / 3.5] * len(targets)
        if not ts_parts:
            ts_parts, prompts, comp = [np.array([ctx.t0 + 1.4 * DAY])], [pick(rng, ctx.chat)], [300]
        ctx.emit(
            rng,
            a,
            np.concatenate(ts_parts),
            prompts,
            models=ctx.models(rng, np.concatenate(ts_parts), 0.35, 0.1),
            comp_median=comp,
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# mater: an ML team generating augmentation data for its own intent classifier


def mater(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mater"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1))
    ips = cloud(rng, 2, "aws")
    accts = [
        _benign(
            ctx, rng, name, "pipeline", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips, tz=tz
        )
        for _ in range(n)
    ]
    dev = _benign(
        ctx, rng, name, "engineer", org=org, pay=pay, ua=BG_BROWSERS[1], ips=home(rng, 1, tz), tz=tz
    )
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for a in accts:
        parts = []
        for d in range(8):
            if not chance(rng, 0.7):
                continue
            s = day0 + d * DAY + float(rng.uniform(1.0, 2.0)) * HOUR
            k = irange(rng, 120, 350)
            parts.append(s + np.cumsum(rng.lognormal(np.log(2.2), 0.4, size=k)))
        ts = _concat(parts)
        if len(ts) == 0:
            ts = ctx.t0 + DAY + np.cumsum(rng.lognormal(np.log(2.2), 0.4, size=100))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.55),
            comp_median=900,
            comp_sigma=0.4,
        )
    ts = _concat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 6.0, 90.0))
    if len(ts) == 0:
        ts = np.array([ctx.t0 + 2 * DAY])
    ctx.emit(
        rng,
        dev,
        ts,
        [texts.augmentation(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.5, 0.3),
        comp_median=900,
        comp_sigma=0.4,
    )


# --------------------------------------------------------------------------------------------
# trey: an academic study sweeping a claim x persona x framing grid over every model


def trey(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "trey"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    runner = _benign(
        ctx,
        rng,
        name,
        "study_runner",
        org=org,
        pay=pay,
        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
        ips=cloud(rng, 1, "gcp"),
        tz=tz,
    )
    student = _benign(
        ctx,
        rng,
        name,
        "phd_student",
        org=org,
        pay=pay,
        ua=BG_BROWSERS[0],
        ips=home(rng, 1, tz),
        tz=tz,
    )
    cells = texts.study_cells()
    run_starts = sorted(
        [ctx.t0 + float(rng.uniform(0.5, 3.8)) * DAY]
        + [ctx.release + float(rng.uniform(0.2, 2.8)) * DAY for _ in range(irange(rng, 1, 3))]
    )
    ts_parts, prompts, models = [], [], []
    for s in run_starts:
        ms = list(ctx.old_models) + ([ctx.new_model] if s >= ctx.release else [])
        reps = irange(rng, 1, 2)
        order = [(c, m, r) for c in range(cells) for m in ms for r in range(reps)]
        t = s + np.cumsum(rng.lognormal(np.log(2.5), 0.5, size=len(order)))
        ts_parts.append(t)
        prompts += [texts.study_item(rng, c) for c, _, _ in order]
        models += [m for _, m, _ in order]
    ctx.emit(
        rng,
        runner,
        np.concatenate(ts_parts),
        prompts,
        models=models,
        comp_median=260,
        comp_sigma=0.5,
    )
    ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 5.0, 70.0))
    if len(ts) == 0:
        ts = np.array([ctx.t0 + 2.5 * DAY])
    ctx.emit(
        rng,
        student,
        ts,
        [
            texts.study_item(rng, irange(rng, 0, cells - 1))
            if chance(rng, 0.6)
            else texts.ordinary(rng, ctx.chat)
            for _ in range(len(ts))
        ],
        models=ctx.models(rng, ts, 0.5, 0.1),
        comp_median=300,
    )


BENIGN_KINDS = {
    "mature": mature,
    "artery": artery,
    "meaty": meaty,
    "quart": quart,
    "tamer": tamer,
    "teary": teary,
    "yurt": yurt,
    "arum": arum,
    "mater": mater,
    "trey": trey,
}

__all__ = ["BENIGN_KINDS"]
