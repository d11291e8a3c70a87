"""Benign hard-negative kinds of blind batch 212 (code names from screen printing).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with `campaign_id` None.
"""

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
    multi_office,
    nightly,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind212 import texts
from bench.monitor_blind212.families import BG_BROWSER, BG_SDK, REGION_OF_TZ


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _switch_models(
    ctx: Ctx,
    rng: np.random.Generator,
    ts: np.ndarray,
    switch: float,
    before: float,
    after: float,
    p_mini: float = 0.05,
) -> list[str]:
    """A pinned model, migrated to the new one at `switch` (share `after`; `before` until then)."""
    a = ctx.models(rng, ts, p_new=before, p_mini=p_mini)
    b = ctx.models(rng, ts, p_new=after, p_mini=p_mini)
    return [y if t >= switch else x for x, y, t in zip(a, b, np.asarray(ts).tolist(), strict=True)]


# ============================================================================================
# evaluation lab: fixed suites re-run on every model, a big sweep right after the release


def squeegee_pull(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "squeegee_pull"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    suites = ["mcq", "math_cot", "multilingual", "code", "qa"]
    comp = {"mcq": 6.0, "math_cot": 380.0, "multilingual": 450.0, "code": 220.0, "qa": 5.0}
    items = {s: [texts.eval_item(rng, s) for _ in range(irange(rng, 60, 160))] for s in suites}
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    day = ctx.t0 + float(rng.uniform(0.05, 0.2)) * DAY
    while day < ctx.release:  # nightly regression on the old models
        runs.append((day, pick(rng, (old, old, mini))))
        day += DAY * float(rng.uniform(0.9, 1.1))
    sweep = ctx.release + float(rng.uniform(2, 12)) * HOUR
    for m in (new, old, new, mini, new):
        runs.append((sweep, m))
        sweep += float(rng.uniform(1, 4)) * HOUR
    for run_start, m in runs:
        acct = pick(rng, keys)
        cur = run_start
        for suite in [x for x in suites if chance(rng, 0.7)] or ["mcq"]:
            n = len(items[suite])
            ts = cur + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.4, 1.5))), 0.5, size=n))
            cur = float(ts[-1]) + 60.0
            ctx.emit(
                rng,
                acct,
                ts,
                items[suite],
                models=[m] * n,
                comp_median=comp[suite],
                comp_sigma=0.4,
                err=0.01,
            )


# ============================================================================================
# labelling vendor: human annotators pre-filling rubric forms with the model


def emulsion_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "emulsion_coat"
    tz = pick(rng, (5, 8, -3, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, irange(rng, 1, 2), REGION_OF_TZ[tz])
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    migrate = ctx.release + float(rng.uniform(0.5, 2.5)) * DAY
    for _ in range(irange(rng, 10, 20)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER[:4]),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 3.0)),
                workday(tz),
                float(rng.uniform(8, 18)),
                float(rng.uniform(90, 240)),
                0.6,
            )
        )
        prompts = [
            texts.annotation_task(rng, ctx.chat, ctx.passages, guideline) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_switch_models(ctx, rng, ts, migrate, 0.0, 0.8, 0.0),
            comp_median=float(rng.uniform(250, 400)),
        )


# ============================================================================================
# trust & safety team of a community platform: moderation rewrites around the clock


def plastisol_ink(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "plastisol_ink"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    switch = ctx.release + float(rng.uniform(1.0, 2.5)) * DAY
    langs = ["en", "es", "pt"]
    lw = rng.dirichlet(np.array([4.0, 1.0, 1.0]))
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 2, "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 900)), global_load(15.0, 0.5))
        prompts = [
            texts.moderation_rewrite(rng, ctx.chat, langs[int(rng.choice(3, p=lw))])
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_switch_models(ctx, rng, ts, switch, 0.0, 0.95, 0.1),
            comp_median=180.0,
        )


# ============================================================================================
# CI coding agent of a software company, one episode per pull request


def flash_cure(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "flash_cure"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("northwind", "bluefin", "quarry", "lumen", "tidewater"))
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    offices = [pick(rng, (-8, -5)), pick(rng, (0, 1, 2))]
    for _ in range(irange(rng, 3, 5)):
        repo = f"{company}/{pick(rng, ('api', 'web', 'billing', 'mobile', 'infra', 'data'))}"
        acct = _benign(
            ctx,
            rng,
            kind,
            "ci_bot",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 2, "aws"),
        )
        prs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), multi_office(offices))
        ts, prompts, extra = [], [], []
        for s in prs.tolist():
            k = irange(rng, 4, 14)
            times = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(8, 20))), 0.5, size=k - 1)),
                ]
            )
            for step, t in enumerate(times.tolist()):
                p, e = texts.ci_agent_step(rng, repo, step)
                ts.append(t)
                prompts.append(p)
                extra.append(e)
        order = np.argsort(ts, kind="stable")
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in order.tolist()],
            models=_switch_models(ctx, rng, t, switch, 0.0, 0.9, 0.0),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=400.0,
        )


# ============================================================================================
# data-augmentation team: paraphrase and utterance generation for their own intent classifier


def off_contact(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "off_contact"
    tz = pick(rng, (-5, 0, 1, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=office + cloud(rng, 1, "gcp"),
            tz=tz,
        )
        nights = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), nightly(1.0, 3.0, tz))
        adhoc = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), workday(tz))
        ts = _cat(
            bursts(rng, nights, float(rng.uniform(80, 200)), float(rng.uniform(2, 5)), b=ctx.t1)
            + bursts(rng, adhoc, 8.0, 20.0, b=ctx.t1)
        )
        prompts = [texts.augmentation_request(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=300.0,
        )


# ============================================================================================
# companion app: multi-turn chats with long histories, evening-heavy worldwide load


def flood_stroke(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "flood_stroke"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    switch = ctx.release + float(rng.uniform(1.0, 2.0)) * DAY
    persona = pick(
        rng,
        (
            "Mika, a cheerful friend who loves films",
            "Sol, a calm listener and gentle coach",
            "Ravi, a witty study buddy",
        ),
    )
    for _ in range(irange(rng, 2, 4)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(700, 1400)),
            global_load(float(rng.uniform(18, 22)), 0.7),
        )
        out = [texts.companion_turn(rng, ctx.chat, persona) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            [p for p, _ in out],
            models=_switch_models(ctx, rng, ts, switch, 0.1, 0.4, 0.2),
            extra=np.asarray([e for _, e in out], dtype=np.int64),
            comp_median=150.0,
        )


# ============================================================================================
# research study on calibration: each item sampled many times


def halftone_dot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "halftone_dot"
    tz = pick(rng, (-5, 0, 1))
    org = hexid(rng, "org")
    grant = hexid(rng, "pay")
    campus = home(rng, 1, tz)
    arms = ["verbal", "mcq", "raw"]
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=grant,
            ua=pick(rng, BG_SDK[:1] + ("OpenAI/Python 1.58.1",)),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz))
        for s in runs.tolist():
            arm = pick(rng, arms)
            m = ctx.new_model if (s >= ctx.release and chance(rng, 0.6)) else ctx.old_models[0]
            k = pick(rng, (3, 5, 10))
            ts, prompts = [], []
            t = s
            for _ in range(irange(rng, 20, 60)):
                p = texts.calibration_item(rng, ctx.chat, arm)
                times = t + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k))
                ts.extend(times.tolist())
                prompts.extend([p] * k)
                t = float(times[-1]) + 1.0
            ctx.emit(
                rng,
                acct,
                np.asarray(ts),
                prompts,
                models=[m] * len(ts),
                ips=campus[0],
                comp_median=float(rng.uniform(150, 300)),
            )


# ============================================================================================
# course cohort: students of one class with shared credits, homework before the deadlines


def underbase_layer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "underbase_layer"
    tz = pick(rng, (-8, -5, 0, 1))
    lang = {1: pick(rng, ("de", "es")), 0: "en", -5: "en", -8: "en"}[tz]
    course, subject = pick(
        rng,
        (
            ("STAT 201", "maths"),
            ("CHEM 110", "chemistry"),
            ("ECON 101", "economics"),
            ("CS 161", "computing"),
            ("PHYS 142", "physics"),
            ("BIO 120", "biology"),
        ),
    )
    org, credits = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    deadlines = [ctx.t0 + d * DAY + (23 - tz) * HOUR for d in (2, 5)]
    for _ in range(irange(rng, 25, 50)):
        own = home(rng, 1, tz)
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=credits,
            ua=pick(rng, BG_BROWSER),
            ips=campus + own,
            tz=tz,
        )
        parts = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.0)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 180)),
        )
        for dl in deadlines:
            parts += session_times(
                rng,
                dl - 1.5 * DAY,
                dl,
                float(rng.uniform(1.0, 2.5)),
                evening_person(tz, 3.0),
                float(rng.uniform(4, 8)),
                float(rng.uniform(60, 150)),
            )
        ts = _cat(parts)
        prompts = [
            texts.homework_question(rng, lang, 1 + int(t > deadlines[0]), course, subject)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            ips=[campus[0] if chance(rng, 0.4) else own[0] for _ in range(len(ts))],
            comp_median=420.0,
        )


# ============================================================================================
# translation shop: translators working on client documents, one or two languages each


def spot_color(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spot_color"
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, irange(rng, 1, 2), "eu")
    clients = [
        pick(
            rng,
            (
                "Harbor Mills",
                "Veltro",
                "Kasumi Tools",
                "Oakline Health",
                "Brightpath Learning",
                "Nordvik Marine",
                "Calder & Rowe",
            ),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    for _ in range(irange(rng, 4, 8)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, (BG_BROWSER[0], BG_BROWSER[1], "OpenAI/Python 1.54.0")),
            ips=office,
            tz=tz,
        )
        mine = picks(rng, clients, irange(rng, 1, 2))
        targets = picks(rng, texts.TARGETS[:12], irange(rng, 1, 2))
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(8, 20)),
                float(rng.uniform(60, 200)),
                0.6,
            )
        )
        prompts, meds = [], []
        for _t in range(len(ts)):
            text = pick(rng, ctx.passages)
            prompts.append(texts.shop_translation(rng, text, pick(rng, mine), pick(rng, targets)))
            meds.append(min(len(text), 900) / 3.5 * 1.2)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=np.asarray(meds),
            comp_sigma=0.35,
        )


# ============================================================================================
# marketing agency: many client workspaces on one agency card behind one cloud backend


def discharge_ink(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "discharge_ink"
    tz = pick(rng, (-5, 0, 1, 8))
    card = hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 3), "digitalocean")
    adopt = ctx.release + float(rng.uniform(0.2, 0.8)) * DAY
    for i in range(irange(rng, 8, 15)):
        client = (
            pick(rng, ("Bloom", "Kettle", "Ridge", "Pixel", "Harvest", "Canvas", "Summit", "Drift"))
            + f" {i + 1}"
        )
        acct = _benign(
            ctx,
            rng,
            kind,
            "client_workspace",
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=backend,
            tz=tz,
        )
        product = pick(rng, texts.PRODUCTS)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 300)), workday(tz))
        prompts = [texts.agency_copy(rng, client, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_switch_models(ctx, rng, ts, adopt, 0.0, 0.7, 0.15),
            comp_median=250.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "squeegee_pull": squeegee_pull,
    "emulsion_coat": emulsion_coat,
    "plastisol_ink": plastisol_ink,
    "flash_cure": flash_cure,
    "off_contact": off_contact,
    "flood_stroke": flood_stroke,
    "halftone_dot": halftone_dot,
    "underbase_layer": underbase_layer,
    "spot_color": spot_color,
    "discharge_ink": discharge_ink,
}
