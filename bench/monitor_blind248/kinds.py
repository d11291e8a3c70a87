"""Benign hard-negative kinds of blind batch 248 (code names: words from rangoli floor art).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts get label "benign" and the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    SDK_OTHER,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind248 import texts
from bench.monitor_blind248.families import draw, flat, lang_mix

Rng = np.random.Generator

_COMPANIES = (
    "Tamarind Labs",
    "Northwind Health",
    "Kestrel Bank",
    "Bluefin Mobility",
    "Orchard Retail",
    "Granite Insurance",
    "Pebble Games",
    "Lumen Telecom",
    "Sable Travel",
    "Quill Publishing",
)


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# ------------------------------------------------------------------------------------------------
# evaluation lab benchmarking the new model on release (resembles reasoning-trace coercion)


def kolam(ctx: Ctx, rng: Rng) -> None:
    kind = "kolam"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (-8, -5, 0, 1))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        for _ in range(irange(rng, 2, 4))
    ]
    suites = [
        [texts.benchmark_item(rng) for _ in range(irange(rng, 150, 350))]
        for _ in range(irange(rng, 2, 3))
    ]
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 4)):  # regression runs on the current models
        day = float(rng.uniform(0.1, (ctx.release - ctx.t0) / DAY - 0.5))
        runs.append((ctx.t0 + day * DAY, pick(rng, ctx.old_models)))
    for _ in range(irange(rng, 3, 6)):  # the release-day push on the new model
        runs.append((ctx.release + float(rng.uniform(0.05, 1.5)) * DAY, ctx.new_model))
    for _ in range(irange(rng, 1, 2)):  # side-by-side baselines after the release
        runs.append((ctx.release + float(rng.uniform(0.2, 2.5)) * DAY, ctx.old_models[0]))
    for start, model in runs:
        suite = pick(rng, suites)
        a = pick(rng, accts)
        order = (
            rng.permutation(len(suite)).tolist() if chance(rng, 0.5) else list(range(len(suite)))
        )
        ts = start + np.sort(
            rng.uniform(0, len(suite) * float(rng.uniform(0.4, 2.0)), size=len(suite))
        )
        prompts = [suite[j] for j in order]
        comp = np.array(
            [60.0 if p.endswith(("Answer:", "答案：", "Respuesta:")) else 320.0 for p in prompts]
        )
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, comp_sigma=0.5, err=0.03)


# ------------------------------------------------------------------------------------------------
# labelling vendor's reviewers using the model as an assistant (resembles judge grading)


def pulli_grid(ctx: Ctx, rng: Rng) -> None:
    kind = "pulli_grid"
    tz = pick(rng, (5, 8, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    client = pick(rng, _COMPANIES)
    for _ in range(irange(rng, 4, 8)):
        a = _benign(
            ctx,
            rng,
            kind,
            "review_lead",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(6, 12)),
                workday(tz),
                float(rng.uniform(10, 22)),
                float(rng.uniform(25, 60)),
            )
        )
        prompts = [
            texts.annotation_prompt(rng, client, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=200.0,
            comp_sigma=0.5,
        )


# ------------------------------------------------------------------------------------------------
# trust-and-safety pipeline suggesting policy-compliant edits (resembles policy rewrites)


def alpana(ctx: Ctx, rng: Rng) -> None:
    kind = "alpana"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    ua = pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    platform = pick(rng, ("Chatterbox", "MarketSquare", "Loopline", "Tidepool"))
    langs, lp = lang_mix(rng, "en", ("pt", "es", "id", "hi"), 3, 4, (0.35, 0.5))
    migrate = ctx.release + float(rng.uniform(1.0, 2.0)) * DAY
    for _ in range(irange(rng, 1, 2)):
        a = _benign(ctx, rng, kind, "moderation_pipeline", org=org, pay=pay, ua=ua, ips=ips)
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(14, 22)), 0.5),
        )
        prompts = [
            texts.moderation_prompt(rng, platform, lg, ctx.chat)
            for lg in draw(rng, langs, lp, len(ts))
        ]
        models = [
            ctx.new_model if t >= migrate and chance(rng, 0.9) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=140.0, comp_sigma=0.5, err=0.01)


# ------------------------------------------------------------------------------------------------
# a dev team's IDE coding agent (resembles agent transcripts)


def sikku_loop(ctx: Ctx, rng: Rng) -> None:
    kind = "sikku_loop"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    team_tzs = [pick(rng, (-8, -5, 0, 1, 2, 5)) for _ in range(2)]
    ua = pick(rng, ("reqwest/0.12.12", "OpenAI/NodeJS 4.85.1"))
    office_tz = team_tzs[0]
    office = home(rng, 1, office_tz)
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, team_tzs)
        ips = home(rng, 1, tz) + (office if tz == office_tz else [])
        a = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
        )
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            steps = texts.coding_agent_steps(rng)
            ts_l.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.7, len(steps) - 1))]
                )
            )
            pr_l.extend(steps)
            ex_l.extend([2000 + j * irange(rng, 400, 1200) for j in range(len(steps))])
        if not ts_l:
            continue
        ts = flat(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.7, 0.05),
            comp_median=300.0,
            comp_sigma=0.7,
            err=0.015,
            extra=np.array(ex_l),
        )


# ------------------------------------------------------------------------------------------------
# a bank's NLU team generating utterance variants at night (resembles synthetic-data generation)


def rice_flour(ctx: Ctx, rng: Rng) -> None:
    kind = "rice_flour"
    tz = pick(rng, (0, 1, -5))
    bank = pick(rng, ("Kestrel Bank", "Harbour Savings", "Meridian Credit Union"))
    a = _benign(
        ctx,
        rng,
        kind,
        "nightly_job",
        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
        ips=cloud(rng, 1, "aws"),
        tz=tz,
    )
    night = nightly(float(rng.uniform(1, 2)), 0.5, tz)
    starts = [
        t
        for t in thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / DAY, night).tolist()
        if weekday(np.array([t]), tz)[0] < 5
    ]
    if not starts:
        starts = [ctx.t0 + 1.1 * DAY]
    ts = flat(
        [s + np.cumsum(rng.lognormal(np.log(6.0), 0.35, irange(rng, 150, 400))) for s in starts]
    )
    langs = ["en", "es"] if chance(rng, 0.5) else ["en"]
    prompts = [texts.augmentation_prompt(rng, bank, pick(rng, langs)) for _ in range(len(ts))]
    ctx.emit(
        rng,
        a,
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.0, 0.6),
        comp_median=700.0,
        comp_sigma=0.4,
        err=0.02,
    )
    # a couple of engineers trying prompt changes by hand during the day
    for _ in range(irange(rng, 1, 2)):
        b = _benign(
            ctx,
            rng,
            kind,
            "engineer",
            org=a.org,
            pay=a.pay,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        tb = flat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 5.0, 120.0))
        ctx.emit(
            rng,
            b,
            tb,
            [texts.augmentation_prompt(rng, bank, "en") for _ in range(len(tb))],
            models=ctx.models(rng, tb, 0.3, 0.3),
            comp_median=700.0,
        )


# ------------------------------------------------------------------------------------------------
# companion / role-play app backend (resembles multi-turn dialogue harvest)


def diya(ctx: Ctx, rng: Rng) -> None:
    kind = "diya"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    langs, lp = lang_mix(rng, "en", ("es", "pt"), 1, 2, (0.55, 0.75))
    accts = [
        _benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    per_day = float(rng.uniform(120, 220))
    convs = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_day * (ctx.t1 - ctx.t0) / DAY,
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    premium = float(rng.uniform(0.2, 0.4))
    per: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for s in convs.tolist():
        n = 1 + int(rng.poisson(5))
        lang = draw(rng, langs, lp, 1)[0]
        i = irange(rng, 0, len(accts) - 1)
        per[i][0].append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30.0), 1.0, n - 1))])
        )
        per[i][1].extend(texts.companion_line(rng, lang, ctx.chat) for _ in range(n))
        model = (
            ctx.new_model
            if s >= ctx.release and chance(rng, premium)
            else (ctx.old_models[-1] if chance(rng, 0.5) else ctx.old_models[0])
        )
        per[i][2].extend([model] * n)
    for a, (ts_l, pr_l, m_l) in zip(accts, per, strict=True):
        if ts_l:
            ctx.emit(
                rng, a, flat(ts_l), pr_l, models=m_l, comp_median=90.0, comp_sigma=0.7, err=0.01
            )


# ------------------------------------------------------------------------------------------------
# a university self-consistency study: each question sampled many times (resembles best-of-n)


def marigold_ring(ctx: Ctx, rng: Rng) -> None:
    kind = "marigold_ring"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = cloud(rng, 2, "gcp")
    items = [
        texts.problem(rng) if chance(rng, 0.6) else texts.mcq(rng, "en")
        for _ in range(irange(rng, 150, 300))
    ]
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "grad_student",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=cluster + home(rng, 1, tz),
            tz=tz,
        )
        ts_l, pr_l, m_l, ip_l = [], [], [], []
        for s in thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz, 9, 23, 0.3)
        ).tolist():
            n_items, k = irange(rng, 30, 80), irange(rng, 5, 12)
            model = ctx.new_model if s >= ctx.release and chance(rng, 0.5) else ctx.old_models[0]
            chosen = rng.choice(len(items), size=n_items, replace=False).tolist()
            t = s
            for j in chosen:
                tt = t + np.cumsum(rng.lognormal(np.log(0.4), 0.6, k))
                ts_l.append(tt)
                pr_l.extend([items[j]] * k)
                t = float(tt[-1]) + float(rng.lognormal(np.log(2.0), 0.5))
            m_l.extend([model] * (n_items * k))
            ip_l.extend([pick(rng, cluster)] * (n_items * k))
        # interactive checks from home
        tb = flat(session_times(rng, ctx.t0, ctx.t1, 0.6, workday(tz), 4.0, 60.0))
        ts_l.append(tb)
        pr_l.extend(pick(rng, items) for _ in range(len(tb)))
        m_l.extend(ctx.models(rng, tb, 0.5, 0.0))
        ip_l.extend(a.ips[-1:] * len(tb))
        ts = flat(ts_l)
        if len(ts):
            ctx.emit(
                rng, a, ts, pr_l, models=m_l, ips=ip_l, comp_median=260.0, comp_sigma=0.6, err=0.03
            )


# ------------------------------------------------------------------------------------------------
# an online course cohort with lab sessions and deadlines (resembles a low-and-slow crowd)


def lotus_motif(ctx: Ctx, rng: Rng) -> None:
    kind = "lotus_motif"
    tz = pick(rng, (-5, 0, 1, 5))
    # either the course's education programme (one org, one card) or students' own sign-ups
    programme = chance(rng, 0.5)
    course_org = hexid(rng, "org") if programme else None
    course_card = hexid(rng, "pay") if programme else None
    campus = home(rng, 2, tz)
    lab_days = _lab_days(rng)
    lab_hour = float(rng.uniform(13, 16))
    deadline_day = 4  # Friday
    week = irange(rng, 3, 10)
    for _ in range(irange(rng, 30, 60)):
        stz = tz if chance(rng, 0.8) else pick(rng, (-8, -3, 2, 8, 9))
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=course_org,
            pay=course_card,
            ua=pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON),
            ips=home(rng, 1, stz) + campus,
            tz=stz,
        )
        base = evening_person(stz)

        def curve(ts: np.ndarray, base=base, stz=stz) -> np.ndarray:
            h, wd = local_hour(ts, stz), weekday(ts, stz)
            lab = np.isin(wd, lab_days) & (h >= lab_hour) & (h < lab_hour + 1.5)
            due = (wd == deadline_day) & (h >= 17)
            return np.clip(0.35 * base(ts) + 0.9 * lab + 0.5 * due, 0, 1)

        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), curve, 4.0, 90.0)
        if not sess:
            continue
        ts = flat(sess)
        in_lab = (
            np.isin(weekday(ts, stz), lab_days)
            & (local_hour(ts, stz) >= lab_hour)
            & (local_hour(ts, stz) < lab_hour + 1.5)
        )
        ips = [campus[0] if lab and stz == tz else a.ips[0] for lab in in_lab.tolist()]
        prompts = [texts.course_prompt(rng, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.15),
            ips=ips,
            comp_median=350.0,
            comp_sigma=0.7,
            err=0.01,
        )


def _lab_days(rng: Rng) -> list[int]:
    """Two distinct weekdays (Mon-Thu) for the lab sessions."""
    first = irange(rng, 0, 2)
    return [first, first + irange(rng, 1, 3 - first)]


# ------------------------------------------------------------------------------------------------
# a homework-help app (resembles a curriculum sweep)


def chalk_powder(ctx: Ctx, rng: Rng) -> None:
    kind = "chalk_powder"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    tzs = (-5, -3)
    langs, lp = lang_mix(rng, "es", ("pt", "en"), 2, 2, (0.35, 0.5))
    curves = [evening_person(t, 2.5) for t in tzs]

    def after_school(ts: np.ndarray) -> np.ndarray:
        out = sum(c(ts) for c in curves) / len(curves)
        return np.clip(np.asarray(out), 0, 1)

    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for _ in range(irange(rng, 2, 3)):
        a = _benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=ips)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)) * (ctx.t1 - ctx.t0) / HOUR, after_school
        )
        prompts = [texts.homework(rng, lg) for lg in draw(rng, langs, lp, len(ts))]
        u = rng.random(len(ts))
        models = [
            ctx.new_model
            if t >= switch and x < 0.6
            else (ctx.old_models[-1] if x > 0.7 else ctx.old_models[0])
            for t, x in zip(ts.tolist(), u.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=380.0, comp_sigma=0.6, err=0.01)


# ------------------------------------------------------------------------------------------------
# an API reseller forwarding many small customers (resembles replay / hidden harvest)


def peacock_motif(ctx: Ctx, rng: Rng) -> None:
    kind = "peacock_motif"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "hetzner") + cloud(rng, irange(rng, 2, 4), "aws")
    uas = list(SDK_COMMON) + list(SDK_OTHER[:8])
    for _ in range(irange(rng, 3, 6)):
        a = _benign(ctx, rng, kind, "gateway", org=org, pay=pay, ua="Go-http-client/2.0", ips=ips)
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(10, 20)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(10, 18)), 0.35),
        )
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.85:
                prompts.append(texts.clip_text(rng, pick(rng, ctx.chat), 5, 2000))
            elif r < 0.92:
                prompts.append(texts.expert_question(rng, pick(rng, ("en", "es", "de", "zh"))))
            else:
                prompts.append(texts.problem(rng))
        days_after = np.clip((ts - ctx.release) / DAY, 0, None)
        p_new = np.where(ts >= ctx.release, 0.35 + 0.12 * days_after, 0.0)
        u, v = rng.random(len(ts)), rng.random(len(ts))
        models = [
            ctx.new_model if x < p else (ctx.old_models[-1] if y < 0.25 else ctx.old_models[0])
            for x, p, y in zip(u.tolist(), p_new.tolist(), v.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            ua=[
                pick(rng, uas) if chance(rng, 0.5) else "Go-http-client/2.0" for _ in range(len(ts))
            ],
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.02,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "kolam": kolam,
    "pulli_grid": pulli_grid,
    "alpana": alpana,
    "sikku_loop": sikku_loop,
    "rice_flour": rice_flour,
    "diya": diya,
    "marigold_ring": marigold_ring,
    "lotus_motif": lotus_motif,
    "chalk_powder": chalk_powder,
    "peacock_motif": peacock_motif,
}
