"""Benign hard-negative kinds of batch 307: ten legitimate customers that look like campaigns.

Every kind is `f(ctx, rng)`: it opens its accounts with `label="benign"` and its kind as
`family`, and writes their events. Each resembles one of this batch's campaign families.
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
    mobile_v6,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind307 import texts
from bench.monitor_blind307.families import LANG_OF_TZ
from bench.monitor_blind307.texts import weighted

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _train(rng: Rng, t: float, k: int, gap: float) -> np.ndarray:
    """`k` requests from `t` on, about `gap` seconds apart (a harness with a fixed concurrency)."""
    return t + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=max(k - 1, 0)))]
    )


# ============================================================================================
# an evaluation lab running chain-of-thought suites on every model, right after the release


def stretch_and_fold(ctx: Ctx, rng: Rng) -> None:
    kind = "stretch_and_fold"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=picks(rng, ips, 2),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    suites = [
        (
            pick(rng, ("mathchain", "logic-ladder", "stepqa", "reasonbench"))
            + f"-v{irange(rng, 1, 4)}",
            [int(x) for x in rng.integers(0, 2**31, size=irange(rng, 120, 260))],
        )
        for _ in range(2)
    ]
    runs = sorted(
        [ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY for _ in range(irange(rng, 1, 3))]
        + [ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR]
        + [ctx.release + float(rng.uniform(0.8, 2.8)) * DAY for _ in range(irange(rng, 1, 3))]
    )
    for r in runs:
        suite, seeds = pick(rng, suites)
        models = list(ctx.old_models) + ([ctx.new_model] if r >= ctx.release else [])
        samples = irange(rng, 1, 3)
        prompts = [texts.bench_item(suite, i, s) for i, s in enumerate(seeds)] * samples
        t = r
        for m in models:
            ts = _train(rng, t, len(prompts), float(rng.uniform(0.3, 0.9)))
            who = rng.integers(0, len(keys), size=len(ts))
            for j, a in enumerate(keys):
                sel = np.flatnonzero(who == j)
                ctx.emit(
                    rng,
                    a,
                    ts[sel],
                    [prompts[i] for i in sel.tolist()],
                    models=m,
                    comp_median=650.0,
                    comp_sigma=0.5,
                    err=0.02,
                )
            t = float(ts[-1]) + float(rng.uniform(60, 900))


# ============================================================================================
# an edtech auto-grader scoring essays against rubrics (JSON scores), deadline spikes


def coil_fold(ctx: Ctx, rng: Rng) -> None:
    kind = "coil_fold"
    tz = pick(rng, (-5, 0, 1, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="grader_service",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    courses = [
        f"{pick(rng, ('ENG', 'HIST', 'SOC', 'BUS', 'COM'))} {irange(rng, 100, 399)}"
        for _ in range(irange(rng, 3, 6))
    ]
    lang = "es" if tz == -3 else "en"
    base = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(10, 20)) * 7 * 9, workday(tz, weekend=0.2)
    )
    deadlines = [ctx.t0 + float(rng.uniform(1.5, 6.5)) * DAY for _ in range(2)]
    spikes = [np.sort(d - rng.exponential(3 * HOUR, size=irange(rng, 150, 400))) for d in deadlines]
    ts = _cat([base, *spikes])
    ts = ts[ts >= ctx.t0]
    who = rng.integers(0, len(keys), size=len(ts))
    for j, a in enumerate(keys):
        tj = ts[who == j]
        prompts = [
            texts.rubric_grade(
                rng,
                lang if chance(rng, 0.8) else "en",
                pick(rng, courses),
                texts.clip_text(rng, pick(rng, ctx.passages), 400, 1800),
            )
            for _ in range(len(tj))
        ]
        ctx.emit(
            rng, a, tj, prompts, models=ctx.models(rng, tj, 0.3, 0.05), comp_median=260.0, err=0.01
        )


# ============================================================================================
# a platform's trust & safety tooling: rewrite flagged comments to fit community guidelines


def biga(ctx: Ctx, rng: Rng) -> None:
    kind = "biga"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "azure")))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = {"en": 0.45, "es": 0.15, "pt": 0.12, "zh": 0.1, "ru": 0.1, "de": 0.08}
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(18, 35)),
        len(keys),
        global_load(float(rng.uniform(12, 20)), 0.6),
    )
    for a, ts in zip(keys, streams, strict=True):
        prompts = [
            texts.moderation_rewrite(rng, weighted(rng, langs), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.3), comp_median=110.0, err=0.01
        )


# ============================================================================================
# a software company's coding-agent seats: tool-call episodes in office hours


def preferment(ctx: Ctx, rng: Rng) -> None:
    kind = "preferment"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, home(rng, irange(rng, 1, 2), tz)) for tz in (pick(rng, TZS), pick(rng, TZS))]
    for _ in range(irange(rng, 15, 30)):
        tz, office = pick(rng, offices)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer_seat",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1")),
            ips=office,
            tz=tz,
        )
        homes = home(rng, 1, tz) if chance(rng, 0.3) else []
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            workday(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(6, 15)),
        )
        ts_all, prompts, extra, ips = [], [], [], []
        tools = texts.tool_spec(rng, irange(rng, 3, 5))
        for ts in sessions:
            ip = pick(rng, homes) if homes and chance(rng, 0.3) else pick(rng, office)
            swe = chance(rng, 0.7)
            task = texts.agent_task(rng)
            for i in range(len(ts)):
                prompts.append(
                    texts.swe_step(rng, i) if swe else texts.agent_step(rng, tools, task, i, 0)
                )
                extra.append(irange(rng, 800, 2500) + 400 * i)
            ts_all.extend(ts.tolist())
            ips.extend([ip] * len(ts))
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.5, 0.1),
            ips=ips,
            comp_median=300.0,
            err=0.015,
            extra=extra,
        )


# ============================================================================================
# a support team generating paraphrases for its own intent classifier, a few nights


def cold_retard(ctx: Ctx, rng: Rng) -> None:
    kind = "cold_retard"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, pick(rng, ("aws", "gcp", "azure"))),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    intents = [
        texts.INTENTS[i]
        for i in sorted(
            rng.choice(len(texts.INTENTS), size=irange(rng, 10, 16), replace=False).tolist()
        )
    ]
    langs = ["en", *[x for x in ("de", "fr", "es", "pt") if chance(rng, 0.5)]]
    nights = sorted(rng.choice(7, size=irange(rng, 3, 6), replace=False).tolist())
    for d in nights:
        t = ctx.t0 + d * DAY + (2.0 - tz) % 24 * HOUR + float(rng.uniform(0, 600))
        prompts = [
            texts.intent_paraphrase(rng, it, lg)
            for it in intents
            for lg in langs
            for _ in range(irange(rng, 2, 4))
        ]
        ts = _train(rng, t, len(prompts), float(rng.uniform(1.0, 3.0)))
        a = pick(rng, keys)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.05, 0.0), comp_median=380.0, err=0.01
        )


# ============================================================================================
# a companion-chat app's backend: many people's small talk through a few keys


def oven_spring(ctx: Ctx, rng: Rng) -> None:
    kind = "oven_spring"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = {"en": 0.5, "es": 0.15, "pt": 0.15, "ja": 0.1, "de": 0.1}
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(25, 50)),
        len(keys),
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    for a, ts in zip(keys, streams, strict=True):
        prompts = [
            texts.companion_turn(rng, weighted(rng, langs), ctx.chat, pick(rng, NAMES))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.4),
            comp_median=110.0,
            err=0.01,
            extra=irange(rng, 150, 400),
        )


# ============================================================================================
# a coding-course cohort: dozens of new accounts on one day, same homework


def dutch_oven(ctx: Ctx, rng: Rng) -> None:
    kind = "dutch_oven"
    tz = pick(rng, TZS)
    school_org, school_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = (
        f"{pick(rng, ('Intro to Programming', 'CS50x study group', 'Python Bootcamp', 'Data 101'))}"
    )
    first_class = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    classes = [first_class + k * float(rng.uniform(2.0, 3.5)) * DAY for k in range(3)]
    for _ in range(irange(rng, 40, 80)):
        school = chance(rng, 0.6)
        phone = chance(rng, 0.3)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=school_org if school else None,
            pay=school_card if school else None,
            ua=pick(rng, MOBILE) if phone else pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        in_class = _cat(
            [c + np.sort(rng.uniform(0, 2 * HOUR, size=irange(rng, 0, 6))) for c in classes]
        )
        homework = _cat(
            session_times(
                rng,
                first_class,
                ctx.t1,
                float(rng.uniform(0.3, 1.2)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 160)),
            )
        )
        ts = np.concatenate([in_class, homework])
        ips = [pick(rng, campus) for _ in range(len(in_class))] + picks(rng, a.ips, len(homework))
        if phone and len(homework):
            v6 = mobile_v6(
                rng, len(homework), pick(rng, ("us_mobile", "eu_mobile", "br_mobile", "in_mobile"))
            )
            ips[len(in_class) :] = [
                y if chance(rng, 0.4) else x for x, y in zip(ips[len(in_class) :], v6, strict=True)
            ]
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts = []
        for t in ts.tolist():
            u = rng.random()
            if u < 0.55:
                prompts.append(texts.assignment(rng, course, 1 + int((t - ctx.t0) // (3 * DAY))))
            elif u < 0.8:
                prompts.append(texts.clip_text(rng, pick(rng, ctx.chat), 5, 700))
            else:
                prompts.append(texts.everyday_question(rng, lang, level=0.8))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.2),
            ips=ips,
            comp_median=420.0,
            err=0.01,
        )


# ============================================================================================
# a real translation shop: UI strings and marketing copy into its clients' locales


def batard(ctx: Ctx, rng: Rng) -> None:
    kind = "batard"
    tz = pick(rng, (1, 2, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tms = cloud(rng, 1, pick(rng, ("aws", "hetzner", "ovh")))
    clients = [
        (
            pick(
                rng,
                (
                    "Fjordline",
                    "Maple & Moss",
                    "Tiko Shoes",
                    "Quantaro",
                    "Bellwether Travel",
                    "Sprout Kids",
                ),
            ),
            [
                texts.LOCALES[i]
                for i in sorted(
                    rng.choice(len(texts.LOCALES), size=irange(rng, 2, 5), replace=False).tolist()
                )
            ],
        )
        for _ in range(irange(rng, 3, 6))
    ]
    for _ in range(irange(rng, 3, 5)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="tms_connector",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=office,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 5, workday(tz))
        for s in starts.tolist():
            client, locs = pick(rng, clients)
            segs = [
                texts.ui_string(rng)
                if chance(rng, 0.8)
                else texts.clip_text(rng, pick(rng, ctx.passages), 80, 300)
                for _ in range(irange(rng, 4, 20))
            ]
            prompts, job, st = [], irange(rng, 100, 999), irange(rng, 0, 2)
            for seg in segs:
                for loc in locs:
                    prompts.append(texts.l10n_job(rng, client, loc, seg, job, st))
            ts = _train(rng, s, len(prompts), float(rng.uniform(1.5, 5.0)))
            ips = pick(rng, tms) if chance(rng, 0.5) else pick(rng, office)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.3, 0.1),
                ips=ips,
                comp_median=45.0,
                err=0.01,
            )


# ============================================================================================
# a university study of sampling variance and calibration: same items many times


def float_test(ctx: Ctx, rng: Rng) -> None:
    kind = "float_test"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    uni = home(rng, irange(rng, 1, 2), tz)
    hpc = cloud(rng, 1, "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.7),
            ips=uni,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    item_seeds = [int(x) for x in rng.integers(0, 2**31, size=irange(rng, 60, 120))]
    runs = sorted(ctx.t0 + float(rng.uniform(0.5, 6.8)) * DAY for _ in range(irange(rng, 2, 4)))
    for r in runs:
        a = pick(rng, keys)
        n_samp = irange(rng, 5, 15)
        models = [ctx.old_models[0]] + (
            [ctx.new_model] if r >= ctx.release else [ctx.old_models[-1]]
        )
        prompts, mods = [], []
        for m in models:
            for s in item_seeds:
                ir = np.random.default_rng(s)
                p = texts.soft_label(ir, "en", s % 3) if s % 2 else texts.sample_target(ir, "en")
                prompts.extend([p] * n_samp)
                mods.extend([m] * n_samp)
        ts = _train(rng, r, len(prompts), float(rng.uniform(0.4, 1.2)))
        ip = pick(rng, hpc) if chance(rng, 0.5) else pick(rng, uni)
        ctx.emit(rng, a, ts, prompts, models=mods, ips=ip, comp_median=120.0, err=0.01)


# ============================================================================================
# a product team's migration check: replay logged prompts to the old and the new model


def windowpane(ctx: Ctx, rng: Rng) -> None:
    kind = "windowpane"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for role in ("production", "regression")
    ]
    # everyday production traffic on the old model
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(6, 12)) * 7 * 24,
        global_load(float(rng.uniform(10, 18)), 0.5),
    )
    logged = [
        ctx.chat[int(i)] for i in rng.integers(0, len(ctx.chat), size=irange(rng, 1200, 2400))
    ]
    prod = [pick(rng, logged) for _ in range(len(ts))]
    ctx.emit(
        rng, keys[0], ts, prod, models=ctx.models(rng, ts, 0.05, 0.1), comp_median=400.0, err=0.01
    )
    # after the release: the logged set through both models, in a few sittings
    sittings = irange(rng, 2, 4)
    per = int(np.ceil(len(logged) / sittings))
    for k in range(sittings):
        chunk = logged[k * per : (k + 1) * per]
        t = ctx.release + float(rng.uniform(2, 40)) * HOUR
        for m in (ctx.old_models[0], ctx.new_model):
            ts = _train(rng, t, len(chunk), float(rng.uniform(0.8, 2.5)))
            ctx.emit(rng, keys[1], ts, chunk, models=m, comp_median=400.0, err=0.01)
            t = float(ts[-1]) + float(rng.uniform(120, 1800))


BENIGN_KINDS = {
    "stretch_and_fold": stretch_and_fold,
    "coil_fold": coil_fold,
    "biga": biga,
    "preferment": preferment,
    "cold_retard": cold_retard,
    "oven_spring": oven_spring,
    "dutch_oven": dutch_oven,
    "batard": batard,
    "float_test": float_test,
    "windowpane": windowpane,
}
