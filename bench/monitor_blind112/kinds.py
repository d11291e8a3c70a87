"""Benign hard-negative kinds of batch 112: legitimate customers whose traffic resembles one of this
batch's campaign families (or a campaign in general).

Each kind is a function `(ctx, rng)` that creates its accounts and emits their events.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind112 import texts

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _burst_run(rng: Rng, t: float, n: int, per_s: float) -> np.ndarray:
    """n requests fired by a concurrent client starting at t, about per_s a second."""
    return t + np.cumsum(rng.exponential(1.0 / per_s, size=n))


# ============================================================================================
# 1. evaluation labs: benchmark suites with step-by-step prompts, old vs new model


def cloisonne(ctx: Ctx, rng: Rng) -> None:
    kind = "cloisonne"
    for _lab in range(irange(rng, 2, 3)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws"))
        ips = cloud(rng, irange(rng, 1, 2), provider)
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        keys = [
            _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=ips)
            for _ in range(irange(rng, 2, 3))
        ]
        suite = pick(rng, ("reason-v3", "mathmix", "regress-core", "qa-small"))
        items = [texts.eval_item(rng, suite, i) for i in range(irange(rng, 150, 400))]
        replay = [pick(rng, ctx.chat) for _ in range(irange(rng, 60, 150))]
        runs = [ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY]  # baseline before the release
        runs.append(ctx.release + float(rng.uniform(0.5, 6)) * HOUR)  # launch-day comparison
        hour = float(rng.uniform(0, 24))
        d = np.floor(ctx.release / DAY) * DAY + DAY + hour * HOUR
        while d < ctx.t1:
            if chance(rng, 0.7):
                runs.append(d)  # nightly regression
            d += DAY
        for r in runs:
            models = [ctx.old_models[0]] if r < ctx.release else [ctx.old_models[0], ctx.new_model]
            if r >= ctx.release and chance(rng, 0.5):
                models.append(ctx.old_models[-1])
            prompts = [p for p in items + (replay if r >= ctx.release else []) for _ in models]
            mods = [m for _ in items + (replay if r >= ctx.release else []) for m in models]
            ts = _burst_run(rng, r, len(prompts), float(rng.uniform(0.3, 1.2)))
            who = rng.integers(0, len(keys), size=len(ts))
            for i, k in enumerate(keys):
                sel = np.flatnonzero(who == i).tolist()
                ctx.emit(
                    rng,
                    k,
                    ts[sel],
                    [prompts[j] for j in sel],
                    models=[mods[j] for j in sel],
                    comp_median=350.0,
                    err=0.02,
                )


# ============================================================================================
# 2. labelling vendor: annotators grading responses against guidelines


def champleve(ctx: Ctx, rng: Rng) -> None:
    kind = "champleve"
    tz = int(pick(rng, (5, 8)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 8, 16)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for ts in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 5)), workday(tz, 9, 18), 8.0, 70.0
        ):
            prompts = [
                texts.annotate_prompt(
                    rng,
                    texts._cut(pick(rng, ctx.chat), 30, 500, rng),
                    texts._cut(pick(rng, ctx.passages), 200, 1000, rng),
                )
                for _ in range(len(ts))
            ]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.4), comp_median=180.0)


# ============================================================================================
# 3. trust-and-safety team: moderation rewrites of user posts


def plique_a_jour(ctx: Ctx, rng: Rng) -> None:
    kind = "plique_a_jour"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    bump = ctx.t0 + float(rng.uniform(2, 5)) * DAY
    v = irange(rng, 3, 9)
    for k, ts in zip(
        keys,
        worker_pool(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(20, 40)),
            len(keys),
            global_load(float(rng.uniform(15, 21)), 0.5),
        ),
        strict=True,
    ):
        langs = [pick(rng, ("en", "en", "en", "es", "pt", "de")) for _ in range(len(ts))]
        prompts = [
            texts.moderation_prompt(
                rng, x, texts._cut(pick(rng, ctx.chat), 40, 500, rng), v + int(t >= bump)
            )
            for x, t in zip(langs, ts.tolist(), strict=True)
        ]
        ctx.emit(rng, k, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.7), comp_median=80.0)


# ============================================================================================
# 4. coding agents in developers' editors


def basse_taille(ctx: Ctx, rng: Rng) -> None:
    kind = "basse_taille"
    for _co in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, (-8, -5, 1, 2, 5)))
        office = home(rng, 1, tz)
        ua = pick(
            rng,
            (
                "cline/3.3.1 vscode/1.96.4",
                "aider/0.74.2 litellm/1.60.2",
                "Continue/0.9.250 (vscode)",
            ),
        )
        for _ in range(irange(rng, 6, 12)):
            a = _benign(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=card,
                ua=ua,
                ips=office + home(rng, 1, tz),
                tz=tz,
            )
            p_new = float(rng.uniform(0.1, 0.9))
            for ts in session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 14.0, 8.0, 0.9
            ):
                ask = pick(rng, ctx.chat)
                prompts = [texts.ide_agent_prompt(rng, s, ask) for s in range(len(ts))]
                extra = np.asarray(
                    [2000 + 800 * s + irange(rng, 0, 600) for s in range(len(ts))], dtype=np.int64
                )
                ctx.emit(
                    rng,
                    a,
                    ts,
                    prompts,
                    models=ctx.models(rng, ts, p_new, 0.05),
                    comp_median=300.0,
                    extra=extra,
                )


# ============================================================================================
# 5. data-augmentation team: nightly paraphrase generation for an intent classifier


def guilloche(ctx: Ctx, rng: Rng) -> None:
    kind = "guilloche"
    for _team in range(2):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, (0, 1, -5)))
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        langs = ("en",) if chance(rng, 0.5) else ("en", "es", "de")
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(100, 200)) * 1.5 * 7, nightly(2.0, 1.5, tz)
        )
        dev = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)), workday(tz))
        ts = np.sort(np.concatenate([ts, dev]))
        prompts = [texts.augment_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.3), comp_median=400.0, err=0.02
        )


# ============================================================================================
# 6. companion app calling the API from its users' phones


def counter_enamel(ctx: Ctx, rng: Rng) -> None:
    kind = "counter_enamel"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "app_key",
            org=org,
            pay=card,
            ua=MOBILE[3],
            ips=mobile_v6(rng, 1, "us_mobile"),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    lang_of = {
        "us_mobile": ("en",),
        "in_mobile": ("hi", "en"),
        "br_mobile": ("pt",),
        "eu_mobile": ("es", "en"),
    }
    sess = session_times(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(80, 120)),
        global_load(float(rng.uniform(0, 24)), 0.4),
        8.0,
        30.0,
    )
    for ts in sess:
        if not len(ts):
            continue
        mk = pick(rng, tuple(lang_of))
        lang = pick(rng, lang_of[mk])
        ip = (
            mobile_v6(rng, 1, mk)[0]
            if chance(rng, 0.75)
            else resi(
                rng,
                1,
                {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam", "eu_mobile": "eu"}[mk],
            )[0]
        )
        ua = pick(rng, MOBILE[3:])
        extra = np.asarray([300 + 60 * i for i in range(len(ts))], dtype=np.int64)
        ctx.emit(
            rng,
            pick(rng, keys),
            ts,
            [texts.companion_msg(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.1, 0.7),
            ips=ip,
            ua=ua,
            comp_median=90.0,
            extra=extra,
        )


# ============================================================================================
# 7. a university course cohort working through the same assignments


def wet_packing(ctx: Ctx, rng: Rng) -> None:
    kind = "wet_packing"
    tz = int(pick(rng, (1, -5)))
    uni_org, uni_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    assignments = texts.assignment_texts(rng, irange(rng, 4, 6))
    deadline = ctx.release + float(rng.uniform(1, 2)) * DAY
    lab = np.floor(ctx.t0 / DAY) * DAY + float(irange(rng, 1, 4)) * DAY + (14 - tz) * HOUR
    for _ in range(irange(rng, 30, 60)):
        own = chance(rng, 0.3)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=hexid(rng, "org") if own else uni_org,
            pay=hexid(rng, "pay") if own else uni_card,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.58.1",
            ips=home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(0.8, 2)),
            evening_person(tz),
            4.0,
            120.0,
        )
        before = session_times(
            rng, deadline - DAY, deadline, float(rng.uniform(2, 5)), evening_person(tz), 5.0, 90.0
        )
        labs = [
            lab
            + float(rng.uniform(0, 1.5)) * HOUR
            + np.cumsum(rng.lognormal(np.log(150), 0.6, size=irange(rng, 5, 20)))
        ]
        for j, ts in enumerate(sess + before + labs):
            on_campus = j >= len(sess) + len(before)
            prompts = [
                texts.student_variant(rng, pick(rng, assignments))
                if chance(rng, 0.6)
                else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.6, 0.1),
                ips=pick(rng, campus) if on_campus else None,
                comp_median=500.0,
            )


# ============================================================================================
# 8. a research study of response variability (same prompt many times, several models)


def firing_fork(ctx: Ctx, rng: Rng) -> None:
    kind = "firing_fork"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, -5, 9)))
    for _r in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=home(rng, 1, tz),
            tz=tz,
        )
        combos = [
            (irange(rng, 0, 7), irange(rng, 0, 4), irange(rng, 0, 99))
            for _ in range(irange(rng, 40, 70))
        ]
        reps = int(pick(rng, (10, 15, 20)))
        runs = [ctx.t0 + float(rng.uniform(0.5, 3)) * DAY]
        runs += [ctx.release + float(rng.uniform(0.3, 2.5)) * DAY for _ in range(irange(rng, 1, 2))]
        for r in runs:
            models = [ctx.old_models[0]] if r < ctx.release else [ctx.old_models[0], ctx.new_model]
            prompts, mods = [], []
            for m in models:
                for vid, cid, persona in combos:
                    p = texts.survey_prompt(rng, vid, cid, persona)
                    prompts += [p] * reps
                    mods += [m] * reps
            ts = _burst_run(rng, r, len(prompts), float(rng.uniform(0.8, 2.5)))
            ctx.emit(rng, a, ts, prompts, models=mods, comp_median=4.0, comp_sigma=0.4, err=0.03)


# ============================================================================================
# 9. ed-tech content team sweeping a syllabus grid


def alundum_stone(ctx: Ctx, rng: Rng) -> None:
    kind = "alundum_stone"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 5)))
    office, cms = home(rng, 1, tz), cloud(rng, 1, "aws")
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    for i in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "content_pipeline",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=office + cms,
            tz=tz,
        )
        lang = ("en", pick(rng, ("es", "fr", "hi")), "en")[i]
        subject = ("math", "science", "science")[i]
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(12, 22)) * 7 * 24 * 0.3,
            workday(tz, 9, 18, weekend=0.0),
        )
        prompts, idx = [], 0
        for _ in range(len(ts)):
            grade = 3 + (idx // len(texts.LESSON_TOPICS[subject])) % 8
            prompts.append(texts.lesson_prompt(subject, idx, grade, lang))
            idx += 1
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=700.0, comp_sigma=0.35)


# ============================================================================================
# 10. writing-assistant SaaS: feature templates around users' text, regenerate button


def torch_firing(ctx: Ctx, rng: Rng) -> None:
    kind = "torch_firing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, 3, pick(rng, ("aws", "gcp")))
    keys = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=egress
        )
        for _ in range(irange(rng, 3, 4))
    ]
    ramp = float(rng.uniform(1.5, 2.5)) * DAY
    for k, ts in zip(
        keys,
        worker_pool(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(30, 50)),
            len(keys),
            global_load(float(rng.uniform(12, 20)), 0.6),
        ),
        strict=True,
    ):
        prompts = []
        for _ in range(len(ts)):
            src = (
                pick(rng, ctx.chat)
                if chance(rng, 0.6)
                else texts._cut(pick(rng, ctx.passages), 200, 1500, rng)
            )
            prompts.append(pick(rng, texts.SAAS_WRAPS).format(t=src) if chance(rng, 0.6) else src)
        # regenerate: the same prompt again a few seconds later
        again = np.flatnonzero(rng.random(len(ts)) < 0.1)
        ts = np.concatenate([ts, ts[again] + rng.lognormal(np.log(12), 0.6, size=len(again))])
        prompts += [prompts[j] for j in again.tolist()]
        p_new = np.clip((ts - ctx.release) / ramp, 0, 1) * 0.6
        models = [
            ctx.new_model
            if (t >= ctx.release and u < p)
            else (ctx.old_models[-1] if v < 0.25 else ctx.old_models[0])
            for t, p, u, v in zip(
                ts.tolist(),
                p_new.tolist(),
                rng.random(len(ts)).tolist(),
                rng.random(len(ts)).tolist(),
                strict=True,
            )
        ]
        ctx.emit(rng, k, ts, prompts, models=models, comp_median=350.0)


BENIGN_KINDS = {
    "cloisonne": cloisonne,
    "champleve": champleve,
    "plique_a_jour": plique_a_jour,
    "basse_taille": basse_taille,
    "guilloche": guilloche,
    "counter_enamel": counter_enamel,
    "wet_packing": wet_packing,
    "firing_fork": firing_fork,
    "alundum_stone": alundum_stone,
    "torch_firing": torch_firing,
}

__all__ = ["BENIGN_KINDS"]
