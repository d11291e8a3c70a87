"""Benign hard-negative kinds of blind batch 312 (code names from piano tuning).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
    multi_office,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind312 import texts
from bench.monitor_blind312.families import BG_BROWSER, BG_SDK, concat, send, subset, tz_langs

Rng = np.random.Generator


# ---------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model the day it ships (looks like reasoning harvest)


def tuning_hammer(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family="tuning_hammer",
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    suites = subset(rng, ("math", "logic", "mcq", "code", "chat"), 3, 5)
    comp = {"math": 260.0, "logic": 220.0, "mcq": 4.0, "code": 180.0, "chat": 380.0}
    runs: list[tuple[float, str]] = []
    # nightly regression on the old flagship before the release, then the launch-day sweep
    day = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
    while day < ctx.release:
        runs.append((day + float(rng.uniform(0, 2)) * HOUR, ctx.old_models[0]))
        day += DAY
    launch = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    for m in (ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]):
        runs.append((launch + float(rng.uniform(0, 20)) * HOUR, m))
    for _ in range(irange(rng, 1, 3)):
        runs.append((ctx.release + float(rng.uniform(1.0, 2.9)) * DAY, ctx.new_model))
    for start, model in runs:
        for suite in suites:
            key = pick(rng, keys)
            size = irange(rng, 60, 180) if model != ctx.new_model else irange(rng, 150, 400)
            ts = concat(
                bursts(
                    rng,
                    np.array([start + float(rng.uniform(0, 40)) * MINUTE]),
                    size,
                    float(rng.uniform(0.2, 0.7)),
                    0.5,
                    ctx.t1,
                )
            )
            send(
                ctx,
                rng,
                key,
                ts,
                lambda r, s=suite: texts.eval_item(r, s, ctx.chat),
                p_new=0.0,
                comp=comp[suite],
                sigma=0.5,
                err=0.03,
                models=[model] * len(ts),
            )


# ---------------------------------------------------------------------------------------------
# a labelling vendor's annotators using the model as a second opinion (looks like judge grading)


def wrest_pin(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 15, 30)
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    sites = [home(rng, 1, tz)[0] for _ in range(irange(rng, 1, 2))]
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="wrest_pin",
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS[:3] + BG_BROWSER[:2]),
            ips=[pick(rng, sites)],
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(8, 15)),
                workday(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(60, 150)),
            )
        )
        models = [
            ctx.new_model if t >= switch and chance(rng, 0.7) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.annotation_prompt(r, guideline, ctx.chat, ctx.passages),
            p_new=0,
            comp=float(rng.uniform(180, 300)),
            models=models,
        )


# ---------------------------------------------------------------------------------------------
# a trust-and-safety team's moderation assistant (looks like policy rewrites)


def pinblock(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    community = pick(rng, ("Threadnest", "Pebblechat", "Loopbazaar", "Hikerhub"))
    ips = cloud(rng, irange(rng, 1, 3), "aws")
    langs = ["en", *subset(rng, ("es", "de"), 1, 2)]
    rate = float(rng.uniform(20, 40))
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, rate, n, global_load(float(rng.uniform(14, 22)), 0.5)
    )
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="pinblock",
            role="moderation_service",
            org=org,
            pay=pay,
            ua=BG_SDK[0],
            ips=ips,
        )
        send(
            ctx,
            rng,
            a,
            streams[i],
            lambda r: texts.moderation_prompt(r, community, ctx.chat, pick(r, langs)),
            p_new=0.15,
            p_mini=0.6,
            comp=120.0,
            sigma=0.5,
        )


# ---------------------------------------------------------------------------------------------
# a software company's developers using an in-IDE coding agent (looks like agent transcripts)


def let_off(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 20, 40)
    tz = pick(rng, (-8, -5, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    product = pick(rng, ("Codewright", "Patchpilot", "Forgehand"))
    repos = [
        f"{pick(rng, ('billing', 'search', 'mobile', 'infra', 'web'))}-{irange(rng, 1, 9)}"
        for _ in range(5)
    ]
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="let_off",
            role="developer",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1")),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        repo = pick(rng, repos)
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                workday(tz, 9, 18.5),
                float(rng.uniform(6, 12)),
                float(rng.uniform(15, 50)),
            )
        )
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r, repo=repo: texts.coding_agent_prompt(r, product, repo),
            p_new=0.55,
            comp=float(rng.uniform(350, 550)),
            err=0.02,
        )


# ---------------------------------------------------------------------------------------------
# a data-augmentation team growing its own classifier's training set (looks like dataset generation)


def beat_rate(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 2, 3)
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Parcelpoint", "Brightmeter", "Homeharbor", "Tallyfox"))
    ips = cloud(rng, irange(rng, 1, 2), "azure")
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="beat_rate",
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        parts = []
        day = ctx.t0
        while day < ctx.t1:
            if chance(rng, 0.7):
                midnight = np.floor((day + tz * HOUR) / DAY) * DAY - tz * HOUR
                start = midnight + (22 + float(rng.uniform(0, 3))) * HOUR
                parts.extend(
                    bursts(
                        rng,
                        np.array([start]),
                        float(rng.uniform(50, 150)),
                        float(rng.uniform(1, 2.5)),
                        0.4,
                        ctx.t1,
                    )
                )
            day += DAY
        send(
            ctx,
            rng,
            a,
            concat(parts),
            lambda r: texts.augmentation_prompt(r, company, ctx.chat),
            p_new=0.15,
            comp=600.0,
            sigma=0.5,
        )


# ---------------------------------------------------------------------------------------------
# a companion-chat app's backend (looks like multi-turn dialogue harvest / a product front)


def unison(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    personas = (
        "Mika, cheerful barista",
        "Theo, calm librarian",
        "Sora, sarcastic gamer",
        "Lina, night-owl poet",
    )
    langs = ["en", *subset(rng, ("es", "pt", "ja", "id"), 1, 3)]
    rate = float(rng.uniform(30, 55))
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, rate, n, global_load(float(rng.uniform(18, 23)), 0.7)
    )
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="unison",
            role="app_backend",
            org=org,
            pay=pay,
            ua=BG_SDK[1],
            ips=ips,
        )

        def make(r: Rng) -> tuple[str, int]:
            return texts.companion_prompt(r, pick(r, personas), pick(r, langs), ctx.chat), irange(
                r, 300, 2500
            )

        send(ctx, rng, a, streams[i], make, p_new=0.2, p_mini=0.55, comp=110.0, sigma=0.7)


# ---------------------------------------------------------------------------------------------
# a university calibration study sampling each item many times (looks like best-of-n sampling)


def temperament_strip(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 2, 4)
    tz = pick(rng, (0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="temperament_strip",
            role="researcher",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=home(rng, 1, tz),
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0 + DAY, ctx.t1, float(rng.uniform(60, 160)), workday(tz, 10, 19))
        for t in jobs.tolist():
            k = irange(rng, 5, 20)
            ts = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=k - 1))])
            model = (
                ctx.new_model
                if t >= ctx.release and chance(rng, 0.5)
                else pick(rng, ctx.old_models)
            )
            p = texts.study_item(rng, ctx.chat)
            ctx.emit(rng, a, ts, [p] * k, models=[model] * k, comp_median=150.0)


# ---------------------------------------------------------------------------------------------
# a course cohort with class credits (looks like a low-and-slow crowd working through a syllabus)


def octave_stretch(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 25, 45)
    tz = pick(rng, (-5, -3, 1, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("STAT 201", "PHYS 110", "ECON 101", "CS 161", "BIO 140"))
    n_assign = irange(rng, 3, 6)
    deadline = ctx.t0 + float(rng.uniform(2.5, 5.5)) * DAY
    for _ in range(n):
        ips = home(rng, 1, tz)
        if chance(rng, 0.4):
            ips += mobile_v6(
                rng, 1, pick(rng, ("us_mobile", "br_mobile", "in_mobile", "eu_mobile"))
            )
        a = ctx.account(
            rng,
            label="benign",
            family="octave_stretch",
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER + BG_SDK[:1]),
            ips=ips,
            tz=tz,
        )
        ts = concat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), evening_person(tz), 4.0, 90.0
            )
            + session_times(
                rng,
                deadline - 1.5 * DAY,
                deadline,
                float(rng.uniform(1, 3)),
                evening_person(tz, 3.5),
                5.0,
                70.0,
            )
        )
        lang = pick(rng, tz_langs(tz))

        def make(r: Rng, lang=lang) -> str:
            if lang != "en" and chance(r, 0.4):
                subj, concepts = texts.CURRICULUM[irange(r, 0, len(texts.CURRICULUM) - 1)]
                return texts.curriculum_prompt(r, lang, subj, pick(r, concepts))
            return texts.assignment_prompt(r, course, n_assign)

        send(ctx, rng, a, ts, make, p_new=0.3, p_mini=0.15, comp=420.0)


# ---------------------------------------------------------------------------------------------
# a translation agency: translators plus its CAT tool's integration key (looks like translation harvest)


def tuning_fork(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('ACM', 'NRD', 'VLT', 'KSM', 'OBR'))}{irange(rng, 10, 99)}" for _ in range(6)
    ]
    pairs = [
        ("en", t) for t in subset(rng, ("de", "fr", "es", "it", "pl", "ja", "ko", "zh", "tr"), 3, 6)
    ]
    pairs += [(p[1], "en") for p in pairs[:2]]
    for _ in range(irange(rng, 5, 9)):
        a = ctx.account(
            rng,
            label="benign",
            family="tuning_fork",
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER[:2] + BROWSERS[:2]),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                workday(tz),
                float(rng.uniform(4, 9)),
                float(rng.uniform(60, 200)),
            )
        )

        def make(r: Rng) -> str:
            s, t = pick(r, pairs)
            return texts.agency_translation(r, pick(r, clients), s, t, ctx.passages)

        send(ctx, rng, a, ts, make, p_new=0.35, comp=480.0)
    cat = ctx.account(
        rng,
        label="benign",
        family="tuning_fork",
        role="cat_tool",
        org=org,
        pay=pay,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=office,
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 16)), workday(tz))
    ts = concat(bursts(rng, starts, float(rng.uniform(50, 150)), 0.6, 0.5, ctx.t1))

    def make_cat(r: Rng) -> str:
        s, t = pick(r, pairs)
        return texts.agency_translation(r, pick(r, clients), s, t, ctx.passages)

    send(ctx, rng, cat, ts, make_cat, p_new=0.3, comp=260.0)


# ---------------------------------------------------------------------------------------------
# an API reseller / aggregator forwarding many small apps' users (looks like a product front)


def felt_strip(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "digitalocean"))
    ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0"))
    apps = (
        "Recipe Pal",
        "StudyBuddy",
        "Mailsmith",
        "Legalite",
        "Tripnote",
        "Shopwise Help",
        "DevAsk",
    )
    rate = float(rng.uniform(30, 60))
    streams = worker_pool(rng, ctx.t0, ctx.t1, rate, n, multi_office((-5, 1, 8)))
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family="felt_strip",
            role="gateway",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        send(
            ctx,
            rng,
            a,
            streams[i],
            lambda r: texts.reseller_prompt(r, pick(r, apps), ctx.chat),
            p_new=0.5,
            p_mini=0.2,
            comp=340.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "tuning_hammer": tuning_hammer,
    "wrest_pin": wrest_pin,
    "pinblock": pinblock,
    "let_off": let_off,
    "beat_rate": beat_rate,
    "unison": unison,
    "temperament_strip": temperament_strip,
    "octave_stretch": octave_stretch,
    "tuning_fork": tuning_fork,
    "felt_strip": felt_strip,
}
