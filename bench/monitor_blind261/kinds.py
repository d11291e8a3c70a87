"""Benign hard-negative kinds of batch 261: ten legitimate users, each built to resemble one of the
batch's campaign families (or a campaign in general). Code names are words from coppersmithing;
what each kind is lives in the README. Every kind is a function `(ctx, rng) -> None`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    Ctx,
    bursts,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    picks,
    rented_block,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind261 import texts
from bench.monitor_blind261.families import concat, text_rng, weighted

LABEL = "benign"


def _acct(ctx: Ctx, rng, kind: str, role: str, **kw):
    return ctx.account(rng, label=LABEL, family=kind, role=role, **kw)


def tinning(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: baseline runs on the old model, then a large benchmark sweep of the new
    model within hours of its release, from a GCP/AWS block."""
    kind, r = "tinning", text_rng(rng)
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = rented_block(rng, pick(rng, ("gcp", "aws")), 1, 4)
    langs, lw = ("en", "de", "fr", "ja", "sw"), (0.7, 0.075, 0.075, 0.075, 0.075)
    for _ in range(n_keys):
        a = _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=picks(rng, pool, 2),
        )
        base = rng.uniform(ctx.t0, ctx.release - 6 * HOUR, size=irange(rng, 2, 4))
        sweep = ctx.release + rng.uniform(1, 30, size=irange(rng, 6, 12)) * HOUR
        pre = concat(bursts(rng, np.sort(base), float(rng.uniform(100, 200)), 0.7, b=ctx.release))
        post = concat(bursts(rng, np.sort(sweep), float(rng.uniform(120, 260)), 0.45, b=ctx.t1))
        ts = concat([pre, post])
        prompts = [
            texts.eval_item(r, g, int(rng.integers(3))) for g in weighted(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.2),
            comp_median=380.0,
            err=0.03,
        )


def brazing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators scoring a client's support replies against a rubric."""
    kind, r = "brazing", text_rng(rng)
    tz = 5
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 8, 14)):
        ips = office + (home(rng, 1, tz) if rng.random() < 0.4 else [])
        a = _acct(
            ctx, rng, kind, "annotator", org=org, pay=card, ua=pick(rng, BROWSERS), ips=ips, tz=tz
        )
        ts = concat(
            session_times(rng, ctx.t0, ctx.t1, 3.0, workday(tz, 9.5, 18.5), 14.0, 45.0, 0.6)
        )
        style = int(rng.integers(2))
        prompts = [texts.annotation(r, ctx.passages, style) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=110.0)


def mallet(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety vendor rewriting user posts to a client's community guidelines."""
    kind, r = "mallet", text_rng(rng)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    curve = global_load(float(rng.uniform(14, 20)), 0.6)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_backend",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=cloud(rng, 2, "azure"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 2000)), curve)
        prompts = [
            texts.moderation(r, ctx.chat, g)
            for g in weighted(rng, ("en", "de", "es"), (0.6, 0.2, 0.2), len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2), comp_median=200.0)


def crimping(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers at a few companies running a coding agent: fast tool loops, big contexts."""
    kind, r = "crimping", text_rng(rng)
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 1, tz)
        for _ in range(irange(rng, 3, 6)):
            a = _acct(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=card,
                ua="OpenAI/NodeJS 4.85.1",
                ips=office + home(rng, 1, tz),
                tz=tz,
            )
            sess = session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz), 12.0, 7.0, 0.7
            )
            ts, prompts = [], []
            for s in sess:
                goal = texts.coding_goal(r)
                prompts.extend(texts.coding_agent(r, j, goal) for j in range(len(s)))
                ts.extend(s.tolist())
            ts = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6),
                comp_median=300.0,
                extra=rng.integers(1500, 6000, size=len(ts)),
            )


def seaming(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's data team generating paraphrases to train its own intent classifier, nightly."""
    kind, r = "seaming", text_rng(rng)
    tz = pick(rng, (0, 1, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, 14.0, nightly(1.0, 3.0, tz))
        ts = concat(bursts(rng, starts, float(rng.uniform(60, 120)), 4.0, 0.4, b=ctx.t1))
        prompts = [
            texts.augmentation(r, g)
            for g in weighted(rng, ("en", "es", "de"), (0.6, 0.2, 0.2), len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1),
            comp_median=900.0,
            comp_sigma=0.4,
        )


def riveting(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: persona, memory and recent turns in every request."""
    kind, r = "riveting", text_rng(rng)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    curve = global_load(float(rng.uniform(18, 22)), 0.7)
    for k in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua="axios/1.7.9",
            ips=cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp"))),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 2500)), curve)
        name = texts.COMPANION_NAMES[k % len(texts.COMPANION_NAMES)]
        prompts = [texts.companion(r, ctx.chat, ctx.passages, name) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.15), comp_median=120.0)


def pickling(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: one course org and credit line, a key per student, two lab
    sessions where everyone sends the same assignment template, homework before a deadline."""
    kind, r = "pickling", text_rng(rng)
    tz = pick(rng, (1, -5, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    labs = [ctx.t0 + d * DAY + float(rng.uniform(9, 15)) * HOUR - tz * HOUR for d in (1, 4)]
    deadline = ctx.t0 + 6 * DAY + 21 * HOUR - tz * HOUR

    def before_deadline(t: np.ndarray) -> np.ndarray:
        return np.where(
            t < deadline, evening_person(tz)(t) * np.exp(-(deadline - t) / (1.5 * DAY)), 0.0
        )

    for _ in range(irange(rng, 25, 45)):
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON[:2] + ("python-requests/2.32.3",)),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        parts = []
        for lab in labs:
            if rng.random() < 0.8:
                s = lab + float(rng.uniform(0, 80)) * MINUTE
                parts.append(s + np.cumsum(rng.lognormal(np.log(90), 0.7, size=irange(rng, 5, 15))))
        parts.extend(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), before_deadline, 5.0, 70.0
            )
        )
        ts = concat(parts)
        prompts = [texts.course(r, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ips = [
            campus[0]
            if abs(t - labs[0]) < 3 * HOUR or abs(t - labs[1]) < 3 * HOUR
            else pick(rng, a.ips)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), ips=ips, comp_median=250.0
        )


def doming(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency's translators: documents segment by segment through a CAT plugin."""
    kind, r = "doming", text_rng(rng)
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    clients = ("Arbor Freight", "Kestrel Health", "Nimbus Games", "Solace Bank", "Tidewater Foods")
    for _ in range(irange(rng, 3, 6)):
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua="reqwest/0.12.12",
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, 2.5, workday(tz), 25.0, 25.0, 0.8)
        ts, prompts = [], []
        for s in sess:
            doc = pick(rng, ctx.passages)
            segs = [
                x.strip() for x in doc.replace("\n", ". ").split(". ") if len(x.strip()) > 15
            ] or [doc[:300]]
            dst = pick(
                rng, ("German", "French", "Polish", "Italian", "Spanish", "Dutch", "Japanese")
            )
            client = pick(rng, clients)
            prompts.extend(
                texts.translation_segment(r, segs[j % len(segs)], "English", dst, client)
                for j in range(len(s))
            )
            ts.extend(s.tolist())
        ts = np.asarray(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.25), comp_median=70.0)


def dapping(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer consistency: public prompts, each sent k times back to back,
    on both the old and the new model."""
    kind, r = "dapping", text_rng(rng)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2")),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure"))),
        )
        runs = np.sort(rng.uniform(ctx.t0, ctx.t1, size=irange(rng, 5, 10)))
        ts, prompts = [], []
        for s in runs.tolist():
            style, k, t = int(rng.integers(3)), irange(rng, 5, 10), s
            for _ in range(irange(rng, 25, 50)):
                p = texts.research_probe(r, ctx.chat, style)
                for _ in range(k):
                    t += float(rng.lognormal(np.log(1.2), 0.4))
                    ts.append(t)
                    prompts.append(p)
        ts = np.asarray(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=330.0)


def fold_forming(ctx: Ctx, rng: np.random.Generator) -> None:
    """An edtech tutoring product: a nightly build of graded lesson cards in catalogue order, and its
    students' questions in the evening."""
    kind, r = "fold_forming", text_rng(rng)
    tz = pick(rng, (-5, 1, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    build = _acct(
        ctx,
        rng,
        kind,
        "catalogue_build",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.58.1",
        ips=ips,
        tz=tz,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(700, 1000)), nightly(1.0, 4.0, tz))
    grades = [3 + (i // 60) % 8 for i in range(len(ts))]
    prompts = [texts.tutoring(r, ctx.chat, g, i, False) for i, g in enumerate(grades)]
    ctx.emit(
        rng,
        build,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.35),
        comp_median=500.0,
        comp_sigma=0.3,
    )
    app = _acct(
        ctx, rng, kind, "student_app", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips, tz=tz
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 1400)), evening_person(tz, 2.8))
    prompts = [texts.tutoring(r, ctx.chat, 0, 0, True) for _ in range(len(ts))]
    ctx.emit(rng, app, ts, prompts, models=ctx.models(rng, ts, p_new=0.35), comp_median=260.0)


BENIGN_KINDS = {
    "tinning": tinning,
    "brazing": brazing,
    "mallet": mallet,
    "crimping": crimping,
    "seaming": seaming,
    "riveting": riveting,
    "pickling": pickling,
    "doming": doming,
    "dapping": dapping,
    "fold_forming": fold_forming,
}
