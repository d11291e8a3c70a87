"""Benign hard-negative kinds of batch 232 (code names from zine making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). All draws come from the kind's own generator, in an order
that does not depend on the process (no set is walked).
"""

from __future__ import annotations

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
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind232 import texts

Rng = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def photocopier(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model the day it ships: suite runs of hundreds of
    items in fast bursts (math with worked solutions among them), a few regression runs on the old
    models before. Looks like: reasoning-trace coercion ramping up at release from cloud keys."""
    name = "photocopier"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    k = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "gcp"),
        )
        for _ in range(k)
    ]
    suites = ("mcq", "math", "code", "reading")
    for a in accts:
        pre = ctx.t0 + np.sort(rng.uniform(DAY, ctx.release - ctx.t0, size=irange(rng, 1, 2)))
        post = ctx.release + np.sort(rng.uniform(0.5, 60, size=irange(rng, 3, 6))) * HOUR
        for run_start in np.concatenate([pre, post]).tolist():
            n = irange(rng, 150, 600)
            suite = pick(rng, suites)
            t = run_start + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=n))
            model = ctx.new_model if run_start >= ctx.release else pick(rng, ctx.old_models)
            ctx.emit(
                rng,
                a,
                t,
                [texts.eval_item(rng, suite) for _ in range(n)],
                models=model,
                comp_median=420.0 if suite == "math" else 60.0,
                comp_sigma=0.7,
                err=0.06,
            )


def risograph(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's annotators reviewing a client's support-bot answers (pass/fail, side by
    side comparisons) from the vendor's office NAT in India. Looks like: judge / rubric grading."""
    name = "risograph"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 2, "in")
    client = pick(rng, ("Northwind Telecom", "Acme Insure", "BlueHarbor Bank", "Zentro Retail"))
    for _ in range(irange(rng, 10, 20)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=5,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                workday(5, start=9.5, end=18.5),
                float(rng.uniform(12, 25)),
                float(rng.uniform(40, 90)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.label_task(rng, client, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=200.0,
            comp_sigma=0.7,
        )


def mimeograph(ctx: Ctx, rng: Rng) -> None:
    """A homework-help product's backend: step-by-step hints for students all day worldwide, mostly on
    the cheap model. Looks like: reasoning harvest / curriculum sweep from cloud keys at a steady rate."""
    name = "mimeograph"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 5), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(12, 25)) * 7 * 24 * 0.6,
            global_load(float(rng.uniform(14, 20)), 0.7),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.tutor_prompt(rng, irange(rng, 4, 12)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
            comp_median=260.0,
        )


def perzine(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: students each with an account under the university's org and
    card, on campus NAT and at home, similar assignment prompts, a deadline rush. Looks like: a
    coordinated crowd with shared payment and templated prompts."""
    name = "perzine"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    campus = resi(rng, 2, {-5: "us", 0: "eu", 1: "eu"}[tz])
    course = pick(rng, ("ECON 101", "CS 210", "BIO 150", "HIST 230", "PHYS 120"))
    deadline = ctx.t0 + float(rng.uniform(4.2, 5.8)) * DAY
    for _ in range(irange(rng, 25, 45)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + texts.LOOKALIKE_UAS[1:2]),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.3, 1.0)),
                evening_person(tz, 3.0),
                4.0,
                70.0,
            )
        )
        rush = _concat(
            session_times(
                rng,
                deadline - 10 * HOUR,
                deadline,
                float(rng.uniform(1, 3)),
                evening_person(tz, 4.0),
                6.0,
                50.0,
            )
        )
        ts = np.sort(np.concatenate([ts, rush]))
        prompts = [
            texts.assignment_prompt(rng, course, irange(rng, 3, 6))
            if chance(rng, 0.6)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=380.0,
        )


def fanzine(ctx: Ctx, rng: Rng) -> None:
    """An academic fairness study: the same hiring vignettes in several phrasings, each sampled many
    times in quick succession on both old and new models. Looks like: best-of-n sampling."""
    name = "fanzine"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = rented_block(rng, "gcp", 1, 2)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng, label="benign", family=name, role="researcher", org=org, pay=pay, ua=ua, ips=ips
        )
        runs = np.sort(rng.uniform(ctx.t0 + DAY, ctx.t1 - 6 * HOUR, size=irange(rng, 2, 4)))
        for r in runs.tolist():
            model = (
                pick(rng, (ctx.old_models[0], ctx.new_model))
                if r >= ctx.release
                else ctx.old_models[0]
            )
            ts, prompts = [], []
            t = r
            for item in range(irange(rng, 12, 30)):
                for variant in range(3):
                    reps = irange(rng, 5, 10)
                    times = t + np.cumsum(rng.lognormal(np.log(1.0), 0.4, size=reps))
                    ts += times.tolist()
                    prompts += [texts.study_item(rng, item, variant)] * reps
                    t = float(times[-1]) + float(rng.uniform(1, 4))
            ctx.emit(
                rng,
                a,
                np.asarray(ts),
                prompts,
                models=model,
                comp_median=3.0,
                comp_sigma=0.4,
                err=0.02,
            )


def letraset(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency: one key per client, mostly on the agency's card (a few clients pay on their
    own), rewriting ad copy to meet platform policies in several languages, from the office and a
    server. Looks like: policy rewrites over many keys with shared addresses."""
    name = "letraset"
    org, agency_card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ips = resi(rng, 1, "eu") + cloud(rng, 1, pick(rng, ("ovh", "scaleway")))
    langs = ("English", "German", "French", "Spanish", "Italian", "Polish", "Dutch")
    for _ in range(irange(rng, 8, 15)):
        client = pick(
            rng,
            (
                "Fitbrew",
                "Lumasleep",
                "Coinnest",
                "Verdeskin",
                "Pedalo",
                "Slimleaf",
                "Luckyspin",
                "Goalbet",
                "Cashnow",
            ),
        )
        pay = agency_card if chance(rng, 0.7) else hexid(rng, "pay")
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="client_key",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", BROWSERS[0])),
            ips=ips,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), workday(tz), 8.0, 40.0)
        )
        lang = pick(rng, langs)
        prompts = [
            texts.brand_rewrite(rng, client, lang if chance(rng, 0.8) else pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=300.0,
        )


def glue_stick(ctx: Ctx, rng: Rng) -> None:
    """A data-augmentation team generating paraphrases and synthetic tickets for their own intent
    classifier, in nightly jobs on the small model. Looks like: synthetic-dataset generation."""
    name = "glue_stick"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    tz = pick(rng, (-8, -5, 1))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "aiohttp/3.11.11")),
            ips=ips,
            tz=tz,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(60, 120)) * 3 * 7, nightly(23.0, 3.0, tz)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.65),
            comp_median=500.0,
            comp_sigma=0.5,
        )


def gestetner(ctx: Ctx, rng: Rng) -> None:
    """A software team's coding agent: bursts of tool-result turns with very long contexts, from
    developers' homes and a CI runner. Looks like: agent / tool-use transcript harvesting."""
    name = "gestetner"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5))
    ci = cloud(rng, 2, "aws")
    repo = pick(rng, ("billing-svc", "webapp", "ingest", "mobile-api"))
    for _ in range(irange(rng, 6, 12)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1")),
            ips=home(rng, 1, tz) + ci,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz, weekend=0.08)
        )
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(10, 35)), float(rng.uniform(4, 10)), 0.6, ctx.t1)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.agent_tool_result(rng, repo) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=300.0,
            extra=rng.integers(2000, 12000, size=len(ts)),
        )


def halftone(ctx: Ctx, rng: Rng) -> None:
    """A bring-your-own-key companion app: many private people, each on their own account and card,
    chatting with a persona on their phones in the evening. Looks like: a multi-turn dialogue crowd
    with one client and a templated prefix."""
    name = "halftone"
    ua = "Dart/3.6 (dart:io)"
    for _ in range(irange(rng, 40, 70)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 5, 8))
        kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
            tz, "eu_mobile"
        )
        ips = mobile_v6(rng, irange(rng, 2, 6), kind) + home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="app_user",
            ua=ua if chance(rng, 0.8) else pick(rng, MOBILE),
            ips=ips,
            tz=tz,
        )
        comp, mood = (
            pick(rng, texts.COMPANIONS),
            pick(rng, ("cheerful", "calm", "playful", "caring")),
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 2.0)),
                evening_person(tz),
                float(rng.uniform(5, 15)),
                25.0,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.companion_line(rng, comp, mood, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.4),
            comp_median=90.0,
        )


def zine_fest(ctx: Ctx, rng: Rng) -> None:
    """A translation agency's translators: client documents into several languages with glossaries,
    from the office in working hours. Looks like: parallel-corpus translation harvest."""
    name = "zine_fest"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = resi(rng, 1, "eu")
    for _ in range(irange(rng, 5, 9)):
        targets = [texts.TARGETS[j] for j in rng.permutation(len(texts.TARGETS))[:3].tolist()]
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, (BROWSERS[0], BROWSERS[1], "OpenAI/Python 1.54.0")),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz), 10.0, 90.0)
        )
        client = pick(rng, ("Helio GmbH", "Parcelly", "Mendo Health", "Orbis Games"))
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.shop_translation(rng, client, pick(rng, targets), ctx.passages)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=380.0,
        )


BENIGN_KINDS = {
    "photocopier": photocopier,
    "risograph": risograph,
    "mimeograph": mimeograph,
    "perzine": perzine,
    "fanzine": fanzine,
    "letraset": letraset,
    "glue_stick": glue_stick,
    "gestetner": gestetner,
    "halftone": halftone,
    "zine_fest": zine_fest,
}
