"""Benign hard-negative kinds of blind batch 91 (code names from origami).

Each kind is `f(ctx, rng)`: legitimate customers whose traffic resembles harvesting in some way.
They draw their own parameters from `rng`, create accounts labelled "benign" through
`ctx.account` and write events with `ctx.emit`. See README.md for what each one models.
"""

from __future__ import annotations

import random

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx
from bench.monitor_blind91 import texts as tx

LABEL = "benign"


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. an evaluation team re-running fixed benchmark suites on release day


def sonobe_evalsuite(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sonobe_evalsuite"
    n = bb.irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = bb.pick(rng, bb.TZS)
    runners = bb.cloud(rng, bb.irange(rng, 2, 5), bb.pick(rng, bb.providers()))
    ua = bb.sdk_ua(rng, 0.7)
    names = ["mcq", "math", "code", "truth"]
    chosen = [
        names[i] for i in sorted(rng.choice(4, size=bb.irange(rng, 2, 4), replace=False).tolist())
    ]
    suites = {
        s: tx.eval_item_bank(int(rng.integers(0, 2**31)), bb.irange(rng, 100, 300), s)
        for s in chosen
    }
    comp_of = {"mcq": 4.0, "math": 260.0, "code": 180.0, "truth": 20.0}
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=runners,
            tz=tz,
        )
        launches = []
        # baseline runs on the old models in the days before release, then the new model right after it
        for _ in range(bb.irange(rng, 1, 2)):
            day = ctx.t0 + float(rng.integers(0, 4)) * DAY
            launches.append(
                (day + (10 - tz + float(rng.uniform(0, 7))) * HOUR, bb.pick(rng, ctx.old_models))
            )
        for _ in range(bb.irange(rng, 1, 3)):
            launches.append((ctx.release + float(rng.uniform(0.5, 40)) * HOUR, ctx.new_model))
        ts_all, prompts, models, comp = [], [], [], []
        gap = float(rng.uniform(0.15, 0.8))
        for start, model in launches:
            suite = bb.pick(rng, chosen)
            items = suites[suite]
            samples = 1 if bb.chance(rng, 0.6) else bb.irange(rng, 2, 5)
            seq = [it for it in items for _ in range(samples)]
            t = start + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(seq)))
            ts_all.extend(t.tolist())
            prompts.extend(seq)
            models.extend([model] * len(seq))
            comp.extend([comp_of[suite]] * len(seq))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 2. a data-labelling vendor pre-labelling items in several offices


def waterbomb_labelling(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "waterbomb_labelling"
    r = _r(rng)
    n = bb.irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = sorted(set(bb.picks(rng, (8, 5, 3, 2, -3), bb.irange(rng, 1, 3))))
    curve = bb.multi_office(offices)
    for _ in range(n):
        tz = bb.pick(rng, offices)
        ips = bb.home(rng, bb.irange(rng, 1, 2), tz) + (
            bb.cloud(rng, 1) if bb.chance(rng, 0.4) else []
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="labelling_project",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=ips,
            tz=tz,
        )
        guideline = f"{bb.pick(rng, ('G', 'LBL', 'P'))}-{int(rng.integers(10, 999))}"
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 900)), curve)
        prompts = [tx.label_prompt(r, bb.pick(rng, ctx.chat), guideline) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
            comp_median=25.0,
            comp_sigma=0.4,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. a software company's developers using an IDE coding agent


def miura_ide_agent(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "miura_ide_agent"
    r = _r(rng)
    n = bb.irange(rng, 6, 14)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tzs = bb.picks(rng, bb.TZS, bb.irange(rng, 1, 2))
    office = {tz: bb.home(rng, bb.irange(rng, 1, 2), tz) for tz in sorted(set(tzs))}
    ua = bb.pick(
        rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9", "reqwest/0.12.12")
    )
    for _ in range(n):
        tz = bb.pick(rng, tzs)
        ips = office[tz] + bb.home(rng, 1, tz)
        a = ctx.account(
            rng, label=LABEL, family=kind, role="developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 8)),
                bb.workday(tz),
                float(rng.uniform(4, 12)),
                float(rng.uniform(5, 30)),
                0.9,
            )
        )
        prompts = [tx.ide_prompt(r) for _ in ts]
        extra = np.minimum(
            rng.lognormal(np.log(float(rng.uniform(1500, 5000))), 0.6, size=len(ts)), 60000
        ).astype(np.int64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=260.0,
            err=0.01,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 4. a localisation service translating product strings into many languages


def kirigami_localise(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kirigami_localise"
    r = _r(rng)
    n = bb.irange(rng, 2, 3)
    org = bb.hexid(rng, "org")
    tz = bb.pick(rng, bb.TZS)
    pool = sorted(tx.LANG_NAMES)
    pool.remove("en")
    targets = [
        pool[i]
        for i in sorted(rng.choice(len(pool), size=bb.irange(rng, 8, 18), replace=False).tolist())
    ]
    for _ in range(n):
        product = bb.pick(rng, ("checkout", "onboarding", "settings", "inbox", "billing", "rides"))
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="translation_pipeline",
            org=org,
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, bb.irange(rng, 1, 3)),
            tz=tz,
        )
        nightly = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 8)),
            bb.nightly(float(rng.uniform(0, 5)), 3, tz),
        )
        day = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 20)), bb.workday(tz))
        trains = bb.bursts(
            rng,
            np.concatenate([nightly, day]),
            float(rng.uniform(20, 60)),
            float(rng.uniform(1, 4)),
            0.5,
            ctx.t1,
        )
        ts = np.sort(_cat(trains))
        prompts = [tx.localise_prompt(r, bb.pick(rng, targets), product) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=320.0,
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 5. an education product: students ask for step-by-step homework help


def yakko_tutor(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "yakko_tutor"
    r = _r(rng)
    n = bb.irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tzs = sorted(set(bb.picks(rng, bb.TZS, bb.irange(rng, 2, 3))))
    curves = [bb.evening_person(tz, 2.5) for tz in tzs]

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / len(curves) * 1.3, 0, 1)

    p_chat = float(rng.uniform(0.25, 0.5))
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, bb.irange(rng, 2, 4), bb.pick(rng, bb.providers())),
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 2300)), curve)
        prompts = [
            bb.pick(rng, ctx.chat) if r.random() < p_chat else tx.tutor_prompt(r, r.randint(5, 12))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
            comp_median=480.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 6. an academic lab running a bias audit (templated prompts, many samples each)


def squash_fold_research(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "squash_fold_research"
    r = _r(rng)
    n = bb.irange(rng, 2, 4)
    org = bb.hexid(rng, "org")
    tz = bb.pick(rng, bb.TZS)
    cluster = bb.cloud(rng, bb.irange(rng, 1, 3), bb.pick(rng, ("aws", "gcp", "azure")))
    for _ in range(n):
        laptop = bb.home(rng, bb.irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="phd_student",
            org=org,
            ua=bb.pick(rng, bb.SDK_COMMON),
            ips=laptop + cluster,
            tz=tz,
        )
        ts_all, prompts, models, ips = [], [], [], []
        # a few interactive pokes from the laptop
        pokes = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 0.8, bb.workday(tz), 3, 90))
        ts_all.extend(pokes.tolist())
        prompts.extend(tx.audit_template(r) for _ in pokes)
        models.extend(ctx.models(rng, pokes, p_new=0.8))
        ips.extend(bb.picks(rng, laptop, len(pokes)))
        for _ in range(bb.irange(rng, 2, 4)):
            after = bb.chance(rng, 0.65)
            lo, hi = (ctx.release, ctx.t1) if after else (ctx.t0, ctx.release)
            start = float(rng.uniform(lo, max(lo + 1, hi - 6 * HOUR)))
            templates = [tx.audit_template(r) for _ in range(bb.irange(rng, 20, 60))]
            samples = bb.irange(rng, 5, 10)
            seq = [t for t in templates for _ in range(samples)]
            t = start + np.cumsum(
                rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.4, size=len(seq))
            )
            ts_all.extend(t.tolist())
            prompts.extend(seq)
            models.extend([ctx.new_model if after else ctx.old_models[0]] * len(seq))
            ips.extend(bb.picks(rng, cluster, len(seq)))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            ips=ips,
            comp_median=70.0,
            comp_sigma=0.5,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 7. a startup generating intent data for its own support classifier


def tsuru_intentdata(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tsuru_intentdata"
    r = _r(rng)
    n = bb.irange(rng, 1, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = bb.pick(rng, bb.TZS)
    business = bb.pick(rng, tx.BUSINESSES)
    langs = bb.picks(rng, ("en", "es", "pt", "de", "fr", "id", "tr", "hi"), bb.irange(rng, 1, 4))
    for _ in range(n):
        ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="ml_engineer",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=ips,
            tz=tz,
        )
        d0 = ctx.t0 + float(rng.uniform(0, 5)) * DAY
        starts = bb.thinned(
            rng,
            d0,
            min(ctx.t1, d0 + float(rng.uniform(1, 3)) * DAY),
            float(rng.uniform(4, 12)),
            bb.workday(tz),
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(20, 80)), float(rng.uniform(2, 6)), 0.5, ctx.t1
            )
        )
        prompts = [tx.intent_prompt(r, business, bb.pick(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=650.0,
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 8. a university class working on an assignment before its deadline


def crane_classroom(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crane_classroom"
    r = _r(rng)
    n = bb.irange(rng, 20, 30)
    org = bb.hexid(rng, "org")
    tz = bb.pick(rng, bb.TZS)
    campus = bb.home(rng, bb.irange(rng, 2, 3), tz)
    course = bb.pick(rng, tx.COURSE_NAMES)
    shared_pay = bb.hexid(rng, "pay") if bb.chance(rng, 0.5) else None
    deadline = ctx.t0 + float(rng.uniform(3.0, 6.5)) * DAY
    p_chat = float(rng.uniform(0.15, 0.4))

    def ramp(ts: np.ndarray) -> np.ndarray:
        before = np.exp(-np.clip(deadline - ts, 0, None) / (1.5 * DAY))
        return np.where(ts <= deadline, 0.15 + 0.85 * before, 0.1)

    for _ in range(n):
        ua = bb.pick(rng, bb.BROWSERS) if bb.chance(rng, 0.6) else bb.pick(rng, bb.SDK_COMMON)
        ips = campus + bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            org=org,
            pay=shared_pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        person = bb.evening_person(tz)

        def curve(ts: np.ndarray, person=person) -> np.ndarray:
            return np.clip(person(ts) * ramp(ts), 0, 1)

        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                curve,
                float(rng.uniform(3, 8)),
                float(rng.uniform(60, 240)),
                0.8,
            )
        )
        if len(ts) == 0:
            ts = np.array([deadline - float(rng.uniform(1, 10)) * HOUR])
        prompts = [
            bb.pick(rng, ctx.chat) if r.random() < p_chat else tx.student_prompt(r, course)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=420.0,
            err=0.01,
        )


BENIGN_KINDS = {
    "sonobe_evalsuite": sonobe_evalsuite,
    "waterbomb_labelling": waterbomb_labelling,
    "miura_ide_agent": miura_ide_agent,
    "kirigami_localise": kirigami_localise,
    "yakko_tutor": yakko_tutor,
    "squash_fold_research": squash_fold_research,
    "tsuru_intentdata": tsuru_intentdata,
    "crane_classroom": crane_classroom,
}
