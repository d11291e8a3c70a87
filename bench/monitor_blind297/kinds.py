"""Benign hard-negative kinds of blind batch 297 (code names from macrame).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Every draw comes from the kind's own generator, in an order
that does not depend on the process (no set walks, no hash()).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    Acct,
    Ctx,
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
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind297 import texts as tx


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _next_workday_start(ctx: Ctx, rng: np.random.Generator, t: float, tz: int) -> float:
    """A time within office hours at or after t (tries hourly steps)."""
    f = workday(tz)
    for k in range(24 * 7):
        cand = t + k * HOUR + _u(rng, 0, 0.5) * HOUR
        if f(np.asarray([cand]))[0] >= 0.9:
            return cand
    return t


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark items, whole runs per model, new model on release day


def lark_head(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lark_head"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    styles = ("boxed", "mc", "qa")
    items = [tx.eval_item(rng, styles[i % 3]) for i in range(irange(rng, 300, 550))]
    comp = np.asarray([600.0 if i % 3 != 1 else 4.0 for i in range(len(items))])
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + _u(rng, 0.5, 2.5) * DAY, old),
        (ctx.release + _u(rng, 0.02, 0.3) * DAY, new),
        (ctx.release + _u(rng, 0.3, 0.8) * DAY, old),
        (ctx.release + _u(rng, 0.3, 0.9) * DAY, mini),
    ]
    runs += [(ctx.release + _u(rng, 0.9, 2.8) * DAY, new) for _ in range(irange(rng, 1, 3))]
    for i, (t, model) in enumerate(runs):
        t = _next_workday_start(ctx, rng, t, tz)
        key = keys[i % len(keys)]
        ts = t + np.cumsum(rng.exponential(_u(rng, 0.3, 1.2), size=len(items)))
        ctx.emit(rng, key, ts, items, models=model, comp_median=comp, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators in one office pre-label preference data, plus one bulk key


def wall_hanging(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wall_hanging"
    tz = pick(rng, (5, 8, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    for _ in range(irange(rng, 15, 30)):
        a = _benign(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=office, tz=tz
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 5), workday(tz), _u(rng, 4, 9), 45.0)
        )
        prompts = [tx.labelling_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=160.0, err=0.01
        )
    bulk = _benign(
        ctx,
        rng,
        kind,
        "prelabel_pipeline",
        org=org,
        pay=pay,
        ua=sdk_ua(rng, 0.8),
        ips=cloud(rng, 1, pick(rng, ("aws", "gcp"))),
        tz=tz,
    )
    ts = thinned(
        rng, ctx.t0, ctx.t1, _u(rng, 25, 45) * 45 * (ctx.t1 - ctx.t0) / (7 * DAY), workday(tz)
    )
    prompts = [tx.labelling_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
    ctx.emit(
        rng, bulk, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=140.0, err=0.02
    )


# --------------------------------------------------------------------------------------------
# trust & safety backend of a forum host: civil rewrites and policy labels, all day long


def cotton_rope(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cotton_rope"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "ovh"))
    ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0"))
    peak = _u(rng, 14, 22)
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, _u(rng, 12, 25) * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.5)
        )
        prompts = [tx.moderation_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.45), comp_median=120.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# coding agent, bring-your-own-key developers: long multi-step tool episodes in working hours


def jute_cord(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "jute_cord"
    ver = f"{irange(rng, 2, 3)}.{irange(rng, 0, 12)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 12, 25)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        ua = (
            f"vscode-agent/{ver} OpenAI/NodeJS 4.85.1"
            if chance(rng, 0.7)
            else "OpenAI/NodeJS 4.67.1"
        )
        a = _benign(ctx, rng, kind, "developer", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        ts_l: list[float] = []
        prompts: list[str] = []
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 1.5, 4.0) * (ctx.t1 - ctx.t0) / DAY,
            workday(tz, 9.0, 19.0, 0.15),
        )
        for s in starts.tolist():
            steps = irange(rng, 4, 20)
            ep = tx.coding_agent_prompts(rng, steps)
            gaps = np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.8, size=steps - 1))]
            )
            ts_l.extend((s + gaps).tolist())
            prompts.extend(ep)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.6, 0.05),
            comp_median=260.0,
            err=0.02,
            extra=rng.integers(3000, 9000, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly job writing paraphrases for its own intent classifier


def crown_knot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crown_knot"
    tz = pick(rng, (-5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = ("en", "es", "de")[: irange(rng, 1, 3)]
    a = _benign(
        ctx,
        rng,
        kind,
        "augmentation_job",
        org=org,
        pay=pay,
        ua=sdk_ua(rng, 0.7),
        ips=cloud(rng, 1, pick(rng, ("aws", "gcp"))),
        tz=tz,
    )
    start_h = _u(rng, 1.0, 3.0)
    ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 90, 160) * 7, nightly(start_h, _u(rng, 1.0, 2.0), tz))
    prompts = [tx.augmentation_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
    ctx.emit(
        rng,
        a,
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.3, 0.05),
        comp_median=700.0,
        comp_sigma=0.4,
        err=0.03,
    )
    # the engineers' own ad-hoc checks in the day
    dev = _benign(
        ctx,
        rng,
        kind,
        "engineer",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.2, workday(tz), 3.0, 60.0))
    ctx.emit(
        rng,
        dev,
        ts,
        [
            tx.augmentation_prompt(rng, "en") if chance(rng, 0.5) else pick(rng, ctx.chat)[:1200]
            for _ in range(len(ts))
        ],
        models=ctx.models(rng, ts, 0.4, 0.05),
        comp_median=500.0,
    )


# --------------------------------------------------------------------------------------------
# companion app backend: many short chat turns from users worldwide


def spiral_stitch(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spiral_stitch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    personas = [pick(rng, ("Mira", "Kai", "Luna", "Theo", "Nova", "Sol")) for _ in range(3)]
    lang_w = ("en", "en", "en", "pt", "es", "ja")
    peak = _u(rng, 18, 23)
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        # conversations: a user's turns follow each other by tens of seconds
        convs = thinned(
            rng, ctx.t0, ctx.t1, _u(rng, 5, 9) * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6)
        )
        ts_l: list[float] = []
        prompts: list[str] = []
        for s in convs.tolist():
            lang, persona = pick(rng, lang_w), pick(rng, personas)
            k = irange(rng, 1, 8)
            gaps = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.7, size=k - 1))])
            ts_l.extend((s + gaps).tolist())
            prompts.extend(tx.companion_message(rng, lang, persona, ctx.chat) for _ in range(k))
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.25, 0.3),
            comp_median=110.0,
            err=0.01,
            extra=rng.integers(400, 1500, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# university course cohort: many student accounts, one billing, campus NAT, deadline rushes


def alternating_square(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "alternating_square"
    tz = pick(rng, (-5, -8, 0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 3), tz)
    course = pick(rng, tx.COURSES)
    deadlines = [
        ctx.t0 + d * DAY + (23.9 - tz) * HOUR for d in (irange(rng, 1, 2), irange(rng, 5, 6))
    ]
    for _ in range(irange(rng, 25, 60)):
        own = home(rng, 1, tz)
        python = course.startswith("CS") and chance(rng, 0.4)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.8) if python else pick(rng, BROWSERS),
            ips=campus + own,
            tz=tz,
        )
        parts = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.3, 1.0), evening_person(tz), 3.0, 90.0)
        for dl in deadlines:
            parts += session_times(
                rng,
                dl - _u(rng, 8, 30) * HOUR,
                dl,
                _u(rng, 1.0, 4.0),
                evening_person(tz, 4.0),
                5.0,
                80.0,
            )
        ts = _concat(parts)
        prompts = [
            tx.course_prompt(rng, course, 1 + int(t > deadlines[0]), ctx.chat) for t in ts.tolist()
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=450.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# translation shop: client documents into a few languages each, office hours, revisions


def wrap_knot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wrap_knot"
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('Alder', 'Brightwell', 'Corvid', 'Dunmore', 'Eastgate', 'Fenwick'))} "
        f"{pick(rng, ('GmbH', 'Ltd', 'SAS', 'Group', 'AB'))}"
        for _ in range(irange(rng, 3, 7))
    ]
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng, 0.7),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 3, 6), workday(tz), _u(rng, 5, 10), 100.0)
        )
        prompts: list[str] = []
        comp: list[float] = []
        while len(prompts) < len(ts):
            doc, client = tx.client_doc(rng), pick(rng, clients)
            for t in rng.choice(len(tx.TARGETS), size=irange(rng, 2, 5), replace=False).tolist():
                prompts.append(tx.shop_translation(rng, doc, t, client))
                comp.append(len(doc) / 3.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts[: len(ts)],
            models=ctx.models(rng, ts, 0.4, 0.1),
            comp_median=np.asarray(comp[: len(ts)]),
            comp_sigma=0.3,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# social-science study: simulated survey respondents, each prompt repeated to measure spread


def overhand_knot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "overhand_knot"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(irange(rng, 1, 3))
    ]
    personas = [tx.make_persona(rng) for _ in range(irange(rng, 15, 35))]
    reps = irange(rng, 4, 8)
    run_models = [ctx.old_models[0], ctx.new_model, ctx.old_models[-1]]
    run_starts = [
        ctx.t0 + _u(rng, 0.5, 3.0) * DAY,
        ctx.release + _u(rng, 0.2, 1.5) * DAY,
        ctx.release + _u(rng, 1.5, 2.8) * DAY,
    ]
    for r, (t, model) in enumerate(zip(run_starts, run_models, strict=True)):
        t = _next_workday_start(ctx, rng, t, tz)
        prompts: list[str] = []
        for p in personas:
            for q in tx.SURVEY_Q:
                prompts.extend([tx.survey_prompt(rng, p, q)] * reps)
        ts = t + np.cumsum(rng.exponential(_u(rng, 0.15, 0.5), size=len(prompts)))
        ctx.emit(
            rng,
            keys[r % len(keys)],
            ts,
            prompts,
            models=model,
            comp_median=2.0,
            comp_sigma=0.3,
            err=0.03,
        )
    # researchers trying prompts by hand first
    for k in keys:
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, 0.6, workday(tz), 4.0, 120.0))
        ctx.emit(
            rng,
            k,
            ts,
            [
                tx.survey_prompt(rng, pick(rng, personas), pick(rng, tx.SURVEY_Q))
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=3.0,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz)[0],
        )


# --------------------------------------------------------------------------------------------
# adaptive tutoring product: practice items generated by skill and rising difficulty


def bobble_knot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bobble_knot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    tzs = [pick(rng, (-5, -8)), pick(rng, (-5, -8, 0))]
    skills = list(tx.SKILLS)
    for _ in range(irange(rng, 1, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "tutor_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9")),
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 15, 30) * (ctx.t1 - ctx.t0) / HOUR * 0.35,
            multi_office(tzs),
        )
        prompts: list[str] = []
        while len(prompts) < len(ts):
            # one student's practice streak: same skill, difficulty climbing as mastery rises
            skill, grade = pick(rng, skills), irange(rng, 3, 8)
            mastery = _u(rng, 0.1, 0.5)
            for d in range(1, irange(rng, 2, 6) + 1):
                prompts.append(tx.tutoring_item(rng, grade, skill, min(d, 5), mastery))
                mastery = min(1.0, mastery + _u(rng, 0.05, 0.15))
        ctx.emit(
            rng,
            a,
            ts,
            prompts[: len(ts)],
            models=ctx.models(rng, ts, 0.1, 0.4),
            comp_median=180.0,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "lark_head": lark_head,
    "wall_hanging": wall_hanging,
    "cotton_rope": cotton_rope,
    "jute_cord": jute_cord,
    "crown_knot": crown_knot,
    "spiral_stitch": spiral_stitch,
    "alternating_square": alternating_square,
    "wrap_knot": wrap_knot,
    "overhand_knot": overhand_knot,
    "bobble_knot": bobble_knot,
}
