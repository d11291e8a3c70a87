"""Benign hard-negative kinds of batch 114 (code names from knife making). Each is a generator
`kind(ctx, rng)` writing legitimate accounts that resemble one of this batch's campaign families
(or a campaign in general); every choice is drawn from the kind's own rng.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
    bursts,
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
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind114 import texts

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _times_curve(a: Callable, b: Callable) -> Callable:
    return lambda ts: a(ts) * b(ts)


# --------------------------------------------------------------------------------------------
# 1. a university course cohort working problem sets (looks like reasoning-trace harvest)


def distal_taper(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "distal_taper"
    tz = int(pick(rng, TZS))
    course = f"{pick(rng, ('MATH', 'STAT', 'CS', 'ECON'))} {irange(rng, 101, 340)}"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    portal = chance(rng, 0.5)
    portal_ip = cloud(rng, 1, pick(rng, ("azure", "aws")))
    portal_ua = sdk_ua(rng, 0.8)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.8)) * DAY
    bump = _times_curve(
        evening_person(tz, spread=3.0),
        lambda ts: np.where(np.abs(np.asarray(ts) - deadline) < DAY, 1.0, 0.4),
    )
    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(irange(rng, 35, 80)):
        if portal:
            acct = ctx.account(
                rng,
                label=LABEL,
                family=kind,
                role="student",
                org=org,
                pay=pay,
                ua=portal_ua,
                ips=portal_ip,
                tz=tz,
            )
        else:
            acct = ctx.account(
                rng,
                label=LABEL,
                family=kind,
                role="student",
                org=org,
                pay=pay,
                ua=pick(rng, BROWSERS + MOBILE[:3]),
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        for s in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.4)), bump, 4.0, 100.0):
            prompts = [
                texts.coursework(rng, course) if chance(rng, 0.7) else pick(rng, ctx.chat)
                for _ in s
            ]
            ctx.emit(
                rng, acct, s, prompts, models=ctx.models(rng, s, p_new, 0.2), comp_median=450.0
            )


# --------------------------------------------------------------------------------------------
# 2. a model-evaluation lab grading runs, heavy on the new model (looks like judge harvest)


def plunge_line(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "plunge_line"
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    nat = cloud(rng, irange(rng, 2, 5), provider)
    benches = [
        f"{pick(rng, ('reason', 'qa', 'chat', 'safety', 'code'))}-{pick(rng, ('bench', 'eval', 'suite'))}-v{irange(rng, 1, 4)}"
        for _ in range(irange(rng, 2, 5))
    ]
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.7),
            ips=nat,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    day = workday(tz, weekend=0.1, night=0.05)
    # routine runs all week, a sweep of evaluations on the new model right after its release
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)) * 7, day)
    launch = ctx.release + np.sort(rng.uniform(0, 1.5 * DAY, size=irange(rng, 4, 10)))
    runs = bursts(rng, starts, float(rng.uniform(60, 200)), float(rng.uniform(0.5, 2.0)), b=ctx.t1)
    runs += bursts(
        rng, launch, float(rng.uniform(150, 400)), float(rng.uniform(0.4, 1.5)), b=ctx.t1
    )
    who = rng.integers(0, len(keys), size=len(runs))
    for i, acct in enumerate(keys):
        ts = _cat([r for r, w in zip(runs, who.tolist(), strict=True) if w == i])
        prompts, comp = [], []
        for _ in ts:
            if chance(rng, 0.55):
                prompts.append(
                    texts.grading_eval(
                        rng,
                        pick(rng, benches),
                        pick(rng, ctx.chat),
                        pick(rng, ctx.passages),
                        pick(rng, ctx.passages),
                        irange(rng, 0, 1),
                    )
                )
                comp.append(80.0)
            else:
                prompts.append(f"{texts.any_problem(rng)}\nAnswer:")
                comp.append(400.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.2),
            comp_median=np.asarray(comp),
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 3. a trust & safety vendor moderating a platform's posts (looks like policy rewrites)


def ricasso(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ricasso"
    platform = pick(rng, ("Threadly", "Kinroom", "Marketbox", "Pebblechat", "Tunefolk"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    ua = sdk_ua(rng, 0.6)
    langs = ["en"] + [
        str(x)
        for x in rng.choice(
            ["es", "pt", "ar", "hi", "id", "tr"], size=irange(rng, 1, 4), replace=False
        ).tolist()
    ]
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.3, 0.6)))
    p_new = float(rng.uniform(0.1, 0.4))
    streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 110)), len(keys), curve)
    for acct, ts in zip(keys, streams, strict=True):
        prompts = [
            texts.moderation(
                rng, platform, pick(rng, ctx.chat), pick(rng, langs) if chance(rng, 0.3) else "en"
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.3),
            comp_median=90.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 4. developers running an open-source coding agent with their own keys (looks like agent harvest)


def hamon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hamon"
    product = pick(rng, ("opencrate", "devloop", "patchpilot", "shellmate"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2", "litellm/1.60.2"))
    for _ in range(irange(rng, 14, 28)):
        tz = int(pick(rng, TZS))
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        base = irange(rng, 2000, 9000)
        p_new = float(rng.uniform(0.5, 0.9))
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 5)),
            workday(tz, weekend=0.2, night=0.06),
            float(rng.uniform(5, 14)),
            float(rng.uniform(6, 25)),
        ):
            req = pick(rng, ctx.chat)
            prompts = [texts.coding_agent(rng, product, req, k) for k in range(len(s))]
            extra = base + np.arange(len(s)) * irange(rng, 200, 900)
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, p_new, 0.05),
                comp_median=260.0,
                extra=extra,
            )


# --------------------------------------------------------------------------------------------
# 5. an internal data-augmentation team generating classifier training data (looks like dataset gen)


def full_tang(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "full_tang"
    tz = int(pick(rng, TZS))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    domain = pick(rng, texts.DOMAINS)
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=role,
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, irange(rng, 1, 2)),
            tz=tz,
        )
        for role in ("pipeline", "notebook")
    ]
    job = nightly(float(rng.uniform(0, 4)), float(rng.uniform(1, 2.5)), tz)
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, job)
    ts = _cat(bursts(rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(1, 4)), b=ctx.t1))
    prompts = [texts.intent_paraphrases(rng, domain) for _ in ts]
    ctx.emit(
        rng,
        keys[0],
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.15, 0.1),
        comp_median=550.0,
        comp_sigma=0.4,
    )
    for s in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 6.0, 40.0):
        prompts = [
            texts.intent_paraphrases(rng, domain) if chance(rng, 0.6) else pick(rng, ctx.chat)
            for _ in s
        ]
        ctx.emit(rng, keys[1], s, prompts, models=ctx.models(rng, s, 0.5, 0.1), comp_median=500.0)


# --------------------------------------------------------------------------------------------
# 6. a research study on answer variability: the same items many times (looks like best-of-n)


def mosaic_pin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mosaic_pin"
    tz = int(pick(rng, (-5, 0, 1, 2, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    hpc = cloud(rng, 1, pick(rng, ("gcp", "aws")))
    conditions = ("plain", "persona", "confidence")
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
            ips=campus + hpc,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 5, workday(tz, weekend=0.05, night=0.1)
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            cond, reps = pick(rng, conditions), irange(rng, 10, 40)
            t = s
            for i in range(len(texts.SURVEY_ITEMS)):
                for _ in range(reps):
                    ts_all.append(t)
                    prompts.append(texts.variability_item(rng, i, cond))
                    t += float(rng.exponential(1.5))
        ts = np.asarray(ts_all)
        ips = [hpc[0] if chance(rng, 0.5) else campus[0]] * len(ts)
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.25), ips=ips, comp_median=50.0
        )


# --------------------------------------------------------------------------------------------
# 7. a language-learning app with per-learner keys on phones (looks like a curriculum sweep)


def clay_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "clay_coat"
    app = pick(rng, ("LinguaLeaf", "Palabrita", "Wortwerk", "Kotoba Go"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0"))
    carrier_of = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}
    for _ in range(irange(rng, 30, 60)):
        tz = int(pick(rng, TZS))
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="learner",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        target = pick(rng, texts.LESSON_LANGS)
        lvl = irange(rng, 0, 4)
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.2)), evening_person(tz), 6.0, 30.0
        ):
            if chance(rng, 0.08):
                lvl = min(lvl + 1, len(texts.CEFR) - 1)
            ip = (
                mobile_v6(rng, 1, carrier_of.get(tz, "eu_mobile"))[0]
                if chance(rng, 0.6)
                else acct.ips[0]
            )
            prompts = [texts.language_lesson(rng, target, texts.CEFR[lvl], app) for _ in s]
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, 0.25, 0.6),
                ips=[ip] * len(s),
                comp_median=300.0,
            )


# --------------------------------------------------------------------------------------------
# 8. a translation shop's translators on client work (looks like the parallel-corpus harvest)


def kydex_sheath(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kydex_sheath"
    tz = int(pick(rng, (0, 1, 2)))
    agency = pick(rng, ("Babel & Co", "Lingua Bridge", "Transwerk", "Polyglot House"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = {
        f"{pick(rng, ('Vela', 'Hortus', 'Brightline', 'Quaystone', 'Ferro'))} {pick(rng, ('AG', 'SA', 'Ltd'))}": [
            str(x)
            for x in rng.choice(
                texts.TRANSLATE_TARGETS[:12], size=irange(rng, 1, 4), replace=False
            ).tolist()
        ]
        for _ in range(irange(rng, 3, 7))
    }
    names = list(clients)
    p_new = float(rng.uniform(0.2, 0.6))
    for _ in range(irange(rng, 3, 8)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else "Apache-HttpClient/5.4.1 (Java/21.0.5)"
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 12.0, 25.0
        ):
            client = pick(rng, names)
            src = pick(rng, ctx.passages) if chance(rng, 0.5) else pick(rng, ctx.chat)
            prompts = [
                texts.client_translation(
                    rng,
                    agency,
                    client,
                    src if chance(rng, 0.3) else pick(rng, ctx.chat),
                    pick(rng, clients[client]),
                )
                for _ in s
            ]
            ctx.emit(
                rng, acct, s, prompts, models=ctx.models(rng, s, p_new, 0.1), comp_median=400.0
            )


# --------------------------------------------------------------------------------------------
# 9. a writing-assistant browser extension that moves to the new model at launch (looks like the
#    harvest hidden in a product)


def belt_grinder(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "belt_grinder"
    brand = pick(rng, ("Quillbird", "Proselane", "Tidytext", "Draftwise"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    keys = [
        ctx.account(
            rng, label=LABEL, family=kind, role="product_backend", org=org, pay=pay, ua=ua, ips=nat
        )
        for _ in range(irange(rng, 2, 3))
    ]
    switch = ctx.release + float(rng.uniform(1, 10)) * HOUR
    promo = float(rng.uniform(1.2, 1.8))
    base = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    curve = _times_curve(base, lambda ts: np.where(np.asarray(ts) >= switch, 1.0, 1.0 / promo))
    langs = ["en", "fr", "de", "es"]
    streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)), len(keys), curve)
    for acct, ts in zip(keys, streams, strict=True):
        prompts = [
            texts.writing_app(
                rng,
                brand,
                pick(rng, ctx.passages) if chance(rng, 0.35) else pick(rng, ctx.chat),
                pick(rng, langs) if chance(rng, 0.2) else "en",
            )
            for _ in ts
        ]
        models = [
            ctx.new_model if t >= switch and u < 0.9 else ctx.old_models[0]
            for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=320.0)


# --------------------------------------------------------------------------------------------
# 10. a wave of new individual users drawn in by the launch, many via a companion chat app
#     (looks like a person-like replay crowd)


def pin_stock(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pin_stock"
    personas = (
        "Mika, a cheerful friend",
        "Sol, a calm listener",
        "Captain Rook, a pirate storyteller",
        "Nora, a study coach",
    )
    app_ua = pick(rng, MOBILE[:3])
    for _ in range(irange(rng, 40, 80)):
        tz = int(pick(rng, TZS))
        via_app = chance(rng, 0.5)
        ua = app_ua if via_app else pick(rng, BROWSERS + MOBILE[:3])
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="new_user",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        persona = pick(rng, personas)
        a = ctx.release + float(rng.uniform(-0.3, 2.5)) * DAY
        for s in session_times(
            rng, a, ctx.t1, float(rng.uniform(0.8, 3)), evening_person(tz), 5.0, 60.0
        ):
            if via_app:
                prompts = [
                    texts.companion(rng, persona, pick(rng, ctx.chat) if chance(rng, 0.4) else None)
                    for _ in s
                ]
            else:
                prompts = [pick(rng, ctx.chat)] + [
                    texts.casual_followup(rng) for _ in range(len(s) - 1)
                ]
            ctx.emit(rng, acct, s, prompts, models=ctx.models(rng, s, 0.9, 0.05), comp_median=380.0)


BENIGN_KINDS: dict[str, Callable] = {
    "distal_taper": distal_taper,
    "plunge_line": plunge_line,
    "ricasso": ricasso,
    "hamon": hamon,
    "full_tang": full_tang,
    "mosaic_pin": mosaic_pin,
    "clay_coat": clay_coat,
    "kydex_sheath": kydex_sheath,
    "belt_grinder": belt_grinder,
    "pin_stock": pin_stock,
}
