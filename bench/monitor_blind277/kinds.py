"""Benign hard-negative kinds of batch 277 (code names from bandhani tie-dye).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Labels are "benign"; the account's `family` is the kind.
All draws come from the kind's own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind277 import texts as tx


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation team grading its own model's outputs with the strongest model (LLM-as-judge)


def ekdali(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ekdali"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1))
    ips = cloud(rng, irange(rng, 1, 2), "gcp")
    suites = (
        "helpfulness-v3",
        "safety-redteam",
        "long-context-qa",
        "summarisation",
        "tool-use-lite",
    )
    for _ in range(n_keys):
        a = _benign(
            ctx,
            rng,
            kind,
            "eval_engineer",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)) * 7.0, workday(tz))
        for s in runs.tolist():
            ts = _cat(
                bursts(
                    rng,
                    np.asarray([s]),
                    float(rng.uniform(50, 180)),
                    float(rng.uniform(0.6, 2.0)),
                    b=ctx.t1,
                )
            )
            suite, ver = pick(rng, suites), irange(rng, 100, 240)
            prompts = [
                tx.eval_grade_prompt(rng, ctx.chat, ctx.passages, suite, ver)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.6, 0.0),
                comp_median=45.0,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# a maths tutoring app asking for step-by-step help on generated problems


def shikari(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shikari"
    product = pick(rng, ("Mathsy", "SumBuddy", "Proofy"))
    n_keys = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    tz = pick(rng, (-5, 1, 5))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(15, 35))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, evening_person(tz, 3.0)), strict=True
    ):
        prompts = [tx.tutor_prompt(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.5), comp_median=320.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety vendor: guideline classification and compliant edits, around the clock


def chandrakala(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chandrakala"
    vendor = pick(rng, ("ClearQueue", "Sentinel Review", "Modwise"))
    n_keys = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 2, 5) + cloud(rng, 1, "azure")
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=5,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(30, 60))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, global_load(9.0, 0.4)), strict=True
    ):
        prompts = [tx.moderation_prompt(rng, ctx.chat, vendor) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=160.0, err=0.01)


# --------------------------------------------------------------------------------------------
# a software company's developers and CI running coding agents


def bavan_baug(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bavan_baug"
    repo = pick(rng, ("ledgerly", "shipyard", "pantrypal", "trailmix"))
    n_dev = irange(rng, 8, 18)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2))
    office = home(rng, 1, tz)
    for _ in range(n_dev):
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=pick(rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1")),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 10.0, 25.0, 0.9
            )
        )
        prompts = [tx.coding_agent_prompt(rng, repo) for _ in range(len(ts))]
        extra = rng.integers(400, 3500, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5),
            comp_median=260.0,
            extra=extra,
            err=0.015,
        )
    ci = _benign(
        ctx,
        rng,
        kind,
        "ci_agent",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=cloud(rng, 2, "aws"),
        tz=tz,
    )
    starts = thinned(
        rng, ctx.t0, ctx.t1, 7.0 * float(rng.uniform(4, 9)), workday(tz, weekend=0.2, night=0.1)
    )
    ts = _cat(bursts(rng, starts, float(rng.uniform(8, 20)), 6.0, b=ctx.t1))
    prompts = [tx.coding_agent_prompt(rng, repo) for _ in range(len(ts))]
    ctx.emit(
        rng,
        ci,
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.5),
        comp_median=300.0,
        extra=1500,
        err=0.02,
    )


# --------------------------------------------------------------------------------------------
# a data-augmentation team paraphrasing utterances for its own intent classifier, nightly


def gharchola(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gharchola"
    team = pick(rng, ("intent-aug", "nlu-data", "cx-ml"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 8))
    ips = cloud(rng, 1, pick(rng, ("aws", "gcp")))
    for _ in range(n_keys):
        a = _benign(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 2)) * 7.0, nightly(1.0, 3.0, tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(80, 250)), 1.2, b=ctx.t1))
        prompts = [tx.augment_prompt(rng, team) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.05, 0.7), comp_median=220.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: many new accounts, shared programme billing, campus + home


def panetar(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "panetar"
    course = pick(rng, ("CS 241", "ECON 102", "BIO 150", "PHYS 201"))
    n = irange(rng, 40, 75)
    tz = pick(rng, (-5, -8, 0, 1))
    shared = chance(rng, 0.7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadlines = [ctx.t0 + 2.8 * DAY, ctx.t0 + 5.8 * DAY]
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org if shared else None,
            pay=pay if shared else None,
            ua=pick(rng, BROWSERS + MOBILE),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        parts = session_times(
            rng, start, ctx.t1, float(rng.uniform(0.4, 1.5)), evening_person(tz), 4.0, 70.0
        )
        for d in deadlines:
            if chance(rng, 0.6):
                parts += session_times(
                    rng, d - 0.4 * DAY, d, 3.0, evening_person(tz, 4.0), 6.0, 60.0
                )
        ts = _cat(parts)
        week = 3 if len(ts) == 0 else 3 + int(ts[0] > deadlines[0])
        prompts = [tx.course_prompt(rng, course, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2), comp_median=420.0, err=0.005)


# --------------------------------------------------------------------------------------------
# a self-consistency study: the same question sampled many times, in working hours


def rai_dana(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rai_dana"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 9))
    campus = home(rng, 1, tz)
    for _ in range(n_keys):
        a = _benign(
            ctx, rng, kind, "researcher", org=org, pay=pay, ua=sdk_ua(rng), ips=campus, tz=tz
        )
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)) * 7.0, workday(tz))
        ts_l, prompts = [], []
        for s in runs.tolist():
            t = s
            for _ in range(irange(rng, 8, 25)):
                q = tx.math_item(rng) + "\nAnswer:"
                k = pick(rng, (5, 10, 20))
                for _ in range(k):
                    t += float(rng.lognormal(np.log(1.5), 0.4))
                    ts_l.append(t)
                    prompts.append(q)
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=280.0, err=0.03)


# --------------------------------------------------------------------------------------------
# an edtech content studio drafting lesson plans grade by grade


def dungar_shahi(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dungar_shahi"
    studio = pick(rng, ("Kite Learning", "Chalkline Studio", "OpenSlate"))
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 5, 8))
    office = home(rng, 1, tz)
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    k = 0
    for i in range(n_keys):
        a = _benign(
            ctx,
            rng,
            kind,
            "content_writer" if i else "content_pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if i else "OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        if i:
            ts = _cat(
                session_times(
                    rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), workday(tz), 5.0, 180.0
                )
            )
        else:
            ts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR,
                workday(tz),
            )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(
                tx.lesson_prompt(
                    rng, studio, 1 + k % 12, tx.CONCEPTS[order[(k // 12) % len(order)]]
                )
            )
            k += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4), comp_median=950.0, err=0.01)


# --------------------------------------------------------------------------------------------
# a translation agency's freelancers in several countries, billed to the agency


def chunri(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chunri"
    agency = pick(rng, ("Lexa Partners", "WordHarbor", "Trados Bridge Co"))
    n = irange(rng, 8, 18)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    sent = tx.sentences(ctx.passages, 1500)
    for _ in range(n):
        tz = pick(rng, (-3, 0, 1, 2, 3, 5, 8, 9))
        a = _benign(
            ctx,
            rng,
            kind,
            "freelancer",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else "Dart/3.6 (dart:io)",
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz, weekend=0.2), 12.0, 45.0
            )
        )
        prompts = [tx.agency_segment(rng, sent, agency) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=80.0, err=0.005)


# --------------------------------------------------------------------------------------------
# a reseller: many client keys on one card behind a small cloud backend


def leheriya(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "leheriya"
    n = irange(rng, 15, 35)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("digitalocean", "hetzner", "aws")))
    langs = ["en", "es", "pt", "de", "fr", "id", "tr"]
    for _ in range(n):
        lang = pick(rng, langs) if chance(rng, 0.4) else "en"
        a = _benign(
            ctx, rng, kind, "client_key", org=org, pay=pay, ua="python-httpx/0.28.1", ips=backend
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        per_hour = float(rng.lognormal(np.log(1.5), 0.9))
        ts = thinned(
            rng,
            start,
            ctx.t1,
            per_hour * (ctx.t1 - start) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.6),
        )
        prompts = [tx.resale_prompt(rng, ctx.chat, lang) for _ in range(len(ts))]
        p_new = pick(rng, (0.0, 0.1, 0.5, 0.9))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=picks(rng, backend, len(ts)),
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "ekdali": ekdali,
    "shikari": shikari,
    "chandrakala": chandrakala,
    "bavan_baug": bavan_baug,
    "gharchola": gharchola,
    "panetar": panetar,
    "rai_dana": rai_dana,
    "dungar_shahi": dungar_shahi,
    "chunri": chunri,
    "leheriya": leheriya,
}
