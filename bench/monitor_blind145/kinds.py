"""Benign hard-negative kinds of batch 145 (code names: charcoal-burning words).

Each kind is a generator `f(ctx, rng)` for legitimate users built to resemble one of this batch's
campaign families (or a campaign in general): evaluation labs, labelling vendors, trust-and-safety
teams, coding agents, data-augmentation teams, companion apps, research studies, course cohorts,
translation agencies and agencies reselling to client businesses.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind145 import texts as tx
from bench.monitor_blind145.families import adopt, concat, draw

Rng = np.random.Generator
BENIGN = "benign"


def _at_local(ctx: Ctx, day: int, hour: float, tz: int) -> float:
    """Epoch seconds of `hour` local time on window day `day` (0 = the first day)."""
    return ctx.t0 + day * DAY + (hour - tz) * HOUR


# --------------------------------------------------------------------------------------------
# 1. an evaluation lab benchmarking the old and the new model on a fixed reasoning suite


def collier(ctx: Ctx, rng: Rng) -> None:
    kind = "collier"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "gcp")
    tz = pick(rng, (-8, -5, 0, 1))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    items = tx.benchmark(rng, irange(rng, 250, 550), ("zh", "es", "de", "ja"))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rel_day = int((ctx.release - ctx.t0) // DAY)
    runs = [
        (irange(rng, 0, rel_day - 1), old),
        (irange(rng, 0, rel_day - 1), mini),
        (rel_day, new),
        (rel_day, old),
    ]
    if chance(rng, 0.7):
        runs.append((irange(rng, rel_day + 1, 6), new))
    conc = irange(rng, 4, 16)
    for day, model in runs:
        s = _at_local(ctx, day, rng.uniform(9.5, 16.0), tz)
        if day == rel_day:
            s = max(s, ctx.release + rng.uniform(0.5, 4.0) * HOUR)
        gaps = rng.lognormal(np.log(6.0 / conc), 0.6, size=len(items))
        ts = s + np.cumsum(gaps)
        who = np.arange(len(items)) % len(accts)
        for k, a in enumerate(accts):
            sel = np.flatnonzero(who == k)
            ctx.emit(
                rng,
                a,
                ts[sel],
                [items[i] for i in sel.tolist()],
                models=model,
                comp_median=480.0,
                comp_sigma=0.6,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# 2. a labelling vendor's annotators asking the model to help with pairwise judgements


def pitstead(ctx: Ctx, rng: Rng) -> None:
    kind = "pitstead"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 1, -3))
    office = home(rng, irange(rng, 1, 2), tz)
    lang = {5: "hi", 1: "de"}.get(tz, "en")
    projects = [
        f"{pick(rng, ('ORCA', 'LYNX', 'HERON', 'IBIS', 'OTTER'))}-{irange(rng, 10, 99)}"
        for _ in range(3)
    ]
    for _ in range(irange(rng, 15, 30)):
        remote = chance(rng, 0.25)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                rng.uniform(4, 10),
                workday(tz),
                rng.uniform(5, 10),
                rng.uniform(40, 80),
            )
        )
        prompts = [
            tx.annotation_prompt(
                rng,
                pick(rng, projects),
                lang if chance(rng, 0.35) else "en",
                ctx.chat,
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=adopt(ctx, rng, ts, 0.3, 2.0, 0.1),
            comp_median=170.0,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. a trust-and-safety team rewriting user posts to fit community guidelines


def cordwood(ctx: Ctx, rng: Rng) -> None:
    kind = "cordwood"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("azure", "aws")))
    community = pick(rng, ("Threadly", "Gardenhub", "PixelPals", "Kinfolk Forum", "Stallmarket"))
    langs = ["en", "Spanish", "Portuguese", "Arabic", "Turkish", "Indonesian"]
    lw = np.array([0.55, 0.12, 0.1, 0.08, 0.08, 0.07])
    peak = rng.uniform(14, 22)
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(350, 700) * 7, global_load(peak, 0.5))
        prompts = [
            tx.moderation_prompt(rng, community, la, ctx.chat)
            for la in draw(rng, langs, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=adopt(ctx, rng, ts, 0.15, 3.0, 0.5),
            comp_median=90.0,
            comp_sigma=0.8,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 4. developers running a coding agent with their own keys


def lapwood(ctx: Ctx, rng: Rng) -> None:
    kind = "lapwood"
    companies = [
        (hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (-8, -5, 1, 5))) for _ in range(2)
    ]
    uas = (
        "Cline/3.4.0",
        "aider/0.74.2",
        "continue/0.9.250 (vscode)",
        "OpenAI/NodeJS 4.85.1",
        "zed/0.172.8",
    )
    for _ in range(irange(rng, 12, 24)):
        if chance(rng, 0.6):
            org, pay, tz = pick(rng, companies)
        else:
            org, pay, tz = None, None, pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=pick(rng, uas),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts_all, prompts, extra = [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(1.5, 5),
            workday(tz, start=9.5, end=19.0),
            rng.uniform(6, 14),
            rng.uniform(6, 14),
            0.7,
        ):
            ctx_tokens = irange(rng, 2000, 18000)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.dev_step(rng, j))
                extra.append(ctx_tokens + j * irange(rng, 200, 900))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=adopt(ctx, rng, ts, 0.7, 1.0, 0.05),
            comp_median=260.0,
            comp_sigma=0.8,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# 5. a data team generating augmentation data for their own intent classifier


def meiler(ctx: Ctx, rng: Rng) -> None:
    kind = "meiler"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    company = pick(rng, ("Parcelwise", "Kettle Energy", "Brightbank", "Routemate"))
    lang = {0: "en", 1: "German", 2: "French"}[tz]
    office = home(rng, 1, tz)
    batch_ip = cloud(rng, 1, "aws")
    for k in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="ml_engineer",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=office,
            tz=tz,
        )
        ts = concat(session_times(rng, ctx.t0, ctx.t1, rng.uniform(1.5, 3.5), workday(tz), 4, 120))
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.augmentation_prompt(rng, company, lang if chance(rng, 0.3) else "en", ctx.chat)
                for _ in range(len(ts))
            ],
            models=adopt(ctx, rng, ts, 0.3, 1.0, 0.0),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.01,
        )
        if k == 0:  # the nightly generation jobs, pinned to the old model, one rerun on the new one
            runs = [
                (irange(rng, 1, 2), ctx.old_models[0]),
                (irange(rng, 4, 5), ctx.old_models[0]),
                (irange(rng, 5, 6), ctx.new_model),
            ]
            for day, model in runs:
                s = _at_local(ctx, day, rng.uniform(1.0, 3.0), tz)
                ts = s + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=irange(rng, 250, 500)))
                ctx.emit(
                    rng,
                    a,
                    ts,
                    [
                        tx.augmentation_prompt(
                            rng, company, lang if chance(rng, 0.3) else "en", ctx.chat
                        )
                        for _ in range(len(ts))
                    ],
                    models=model,
                    ips=batch_ip[0],
                    ua="python-requests/2.32.3",
                    comp_median=750.0,
                    comp_sigma=0.4,
                    err=0.02,
                )


# --------------------------------------------------------------------------------------------
# 6. a companion chat app's backend, conversation history in every request


def charring(ctx: Ctx, rng: Rng) -> None:
    kind = "charring"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    langs = ["en", "pt", "es", "id", "tl"]
    lw = np.array([0.5, 0.15, 0.15, 0.1, 0.1])
    peak = rng.uniform(0, 4)  # evening in the Americas
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(500, 1000) * 7, global_load(peak, 0.7))
        prompts = [tx.companion_prompt(rng, la, ctx.chat) for la in draw(rng, langs, len(ts), lw)]
        extra = rng.integers(600, 3200, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=adopt(ctx, rng, ts, 0.25, 2.0, 0.7),
            comp_median=80.0,
            comp_sigma=0.7,
            err=0.01,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 7. a research study on sampling diversity and calibration (repeated identical prompts)


def earth_kiln(ctx: Ctx, rng: Rng) -> None:
    kind = "earth_kiln"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = home(rng, 1, tz)
    students = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    items = tx.study_items(rng, irange(rng, 50, 110), ctx.chat)
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model, ctx.new_model]
    rel_day = int((ctx.release - ctx.t0) // DAY)
    for r in range(irange(rng, 3, 5)):
        who = pick(rng, students)
        model = models[r % len(models)]
        day = irange(rng, rel_day, 6) if model == ctx.new_model else irange(rng, 0, 6)
        k = pick(rng, (5, 8, 10))
        t = _at_local(ctx, day, rng.uniform(10, 17), tz)
        ts, prompts = [], []
        for it in items:
            for _ in range(k):
                t += float(rng.lognormal(np.log(0.8), 0.5))
                ts.append(t)
                prompts.append(it)
            t += float(rng.lognormal(np.log(3.0), 0.5))
        ts = np.asarray(ts)
        ctx.emit(
            rng,
            who,
            ts,
            prompts,
            models=model,
            ips=campus[0],
            comp_median=55.0,
            comp_sigma=0.6,
            err=0.02,
        )
    for s in students:  # their own everyday use
        ts = concat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 3, 90))
        ctx.emit(
            rng,
            s,
            ts,
            [tx.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(ts))],
            models=adopt(ctx, rng, ts, 0.4, 1.0),
            comp_median=340.0,
        )


# --------------------------------------------------------------------------------------------
# 8. a university programming course: a cohort working the same exercises before a deadline


def draught_hole(ctx: Ctx, rng: Rng) -> None:
    kind = "draught_hole"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8))
    campus = home(rng, 2, tz)
    plang = pick(rng, ("Python", "Java", "C", "JavaScript"))
    week = irange(rng, 3, 9)
    lab_days = sorted(rng.choice(5, size=2, replace=False).tolist())  # weekdays of the lab
    lab_start = rng.uniform(9, 15)
    deadline = _at_local(ctx, irange(rng, 4, 6), 23.98, tz)

    def home_curve(ts: np.ndarray) -> np.ndarray:
        boost = np.where(ts < deadline, 0.25 + 0.75 * np.exp(-(deadline - ts) / (1.2 * DAY)), 0.15)
        return evening_person(tz)(ts) * boost

    for _ in range(irange(rng, 40, 80)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        parts, ips = [], []
        for d in range(7):
            s = _at_local(ctx, d, lab_start, tz)
            if int(weekday(np.array([s]), tz)[0]) in lab_days and chance(rng, 0.8):
                t = (
                    s
                    + rng.uniform(0, 1.5 * HOUR)
                    + np.cumsum(rng.lognormal(np.log(90), 0.7, size=irange(rng, 2, 9)))
                )
                parts.append(t)
                ips += [pick(rng, campus)] * len(t)
        for sess in session_times(rng, ctx.t0, ctx.t1, rng.uniform(0.3, 1.2), home_curve, 4, 110):
            parts.append(sess)
            ips += [a.ips[0]] * len(sess)
        if not parts:
            continue
        ts = np.concatenate(parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.course_prompt(rng, plang, week, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            ips=ips,
            comp_median=400.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# 9. a translation agency: in-house and remote translators, many language pairs


def wood_vinegar(ctx: Ctx, rng: Rng) -> None:
    kind = "wood_vinegar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, 3))
    office = home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('ACM', 'NRD', 'VLX', 'TPR', 'KOS', 'MBR'))}{irange(rng, 10, 99)}"
        for _ in range(5)
    ]
    for _ in range(irange(rng, 5, 10)):
        remote = chance(rng, 0.35)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else "LinguaBridge-CAT/5.2 (Windows)"
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                rng.uniform(4, 9),
                workday(tz),
                rng.uniform(8, 16),
                rng.uniform(30, 70),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translation_prompt(rng, pick(rng, clients), ctx.passages) for _ in range(len(ts))],
            models=adopt(ctx, rng, ts, 0.5, 2.0, 0.05),
            comp_median=620.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 10. an agency running client products: many orgs, one agency card, one backend


def coaling_ground(ctx: Ctx, rng: Rng) -> None:
    kind = "coaling_ground"
    card = hexid(rng, "pay")
    backend = cloud(rng, 2, "digitalocean")
    n = irange(rng, 6, 12)
    for i in range(n):
        product = tx.CLIENT_PRODUCTS[i % len(tx.CLIENT_PRODUCTS)]
        tz = pick(rng, (-8, -5, 0, 1, 2))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="client_key",
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=backend,
            tz=tz,
        )
        curve = (
            workday(tz, weekend=0.3, night=0.08)
            if chance(rng, 0.6)
            else global_load(rng.uniform(0, 24), 0.4)
        )
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(80, 500), curve)
        final = pick(rng, (0.0, 0.5, 0.9))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.client_prompt(rng, product, ctx.chat) for _ in range(len(ts))],
            models=adopt(ctx, rng, ts, final, 0.5, 0.2, lag_days=rng.uniform(0, 1.5)),
            comp_median=280.0,
            comp_sigma=0.5,
            err=0.01,
        )


BENIGN_KINDS = {
    "collier": collier,
    "pitstead": pitstead,
    "cordwood": cordwood,
    "lapwood": lapwood,
    "meiler": meiler,
    "charring": charring,
    "earth_kiln": earth_kiln,
    "draught_hole": draught_hole,
    "wood_vinegar": wood_vinegar,
    "coaling_ground": coaling_ground,
}
