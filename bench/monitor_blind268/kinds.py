"""Benign hard-negative kinds of batch 268 (code names from alebrije carving).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Draws come from the kind's own generator in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
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
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind268 import texts

Kind = Callable[[Ctx, np.random.Generator], None]


def _ben(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab re-running fixed benchmarks with chain-of-thought, heavy at the release


def copal(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "copal"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws"))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        suites = {
            name: [
                texts.eval_item(rng, name, i, cot=name != "mcq")
                for i in range(irange(rng, 150, 400))
            ]
            for name in ("math", "logic", "mcq")
        }
        keys = [
            _ben(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
            for _ in range(irange(rng, 2, 4))
        ]
        for a in keys:
            n_pre, n_post = irange(rng, 1, 3), irange(rng, 3, 7)
            starts = np.sort(
                np.concatenate(
                    [
                        rng.uniform(ctx.t0, ctx.release, n_pre),
                        ctx.release + rng.exponential(0.7 * DAY, n_post),
                    ]
                )
            )
            ts_parts, prompts, models = [], [], []
            for s in starts.tolist():
                suite = pick(rng, ("math", "logic", "mcq"))
                items = suites[suite]
                model = (
                    ctx.new_model
                    if (s >= ctx.release and chance(rng, 0.65))
                    else pick(rng, ctx.old_models)
                )
                gaps = rng.lognormal(np.log(float(rng.uniform(0.6, 2.0))), 0.5, size=len(items) - 1)
                t = s + np.concatenate([[0.0], np.cumsum(gaps)])
                ts_parts.append(t)
                prompts.extend(items)
                models.extend([model] * len(items))
            ts = np.concatenate(ts_parts)
            med = [900.0 if "step by step" in p else 25.0 for p in prompts]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=models,
                comp_median=np.asarray(med),
                comp_sigma=0.5,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: a team of annotators on one office network


def gubia(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gubia"
    tz = pick(rng, (5, 8, 2, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    projects = [
        f"Project {pick(rng, ('Heron', 'Basalt', 'Juniper', 'Tamarind'))}-{irange(rng, 10, 99)}"
        for _ in range(2)
    ]
    for _ in range(irange(rng, 6, 14)):
        a = _ben(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=office, tz=tz
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz, 9, 18),
            float(rng.uniform(8, 20)),
            float(rng.uniform(45, 120)),
        )
        ts = _cat([s for s in sess if len(s)])
        proj = pick(rng, projects)
        prompts = [texts.annotation_task(rng, proj, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=110,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety team rewriting reported posts to policy


def anilina(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "anilina"
    for _ in range(irange(rng, 1, 2)):
        platform = pick(rng, ("Marketly", "Threadhub", "Pebble Forums", "KidoLearn", "Vecinos"))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        ips = cloud(rng, irange(rng, 2, 3), "azure")
        for _ in range(2):
            a = _ben(ctx, rng, kind, "moderation_backend", org=org, pay=pay, ua=ua, ips=ips)
            ts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(8, 20)) * 7 * 24,
                global_load(float(rng.uniform(14, 22)), 0.6),
            )
            prompts = [texts.moderation_rewrite(rng, platform, ctx.chat) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.25, p_mini=0.2),
                comp_median=220,
                comp_sigma=0.5,
            )


# --------------------------------------------------------------------------------------------
# developers using a coding agent (tool-call loops, tight step trains)


def barniz(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "barniz"
    tool_ua = pick(rng, ("aider/0.74.2 litellm/1.60.2", "continue-cli/0.9.1 OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 10, 18)):
        tz = pick(rng, TZS)
        a = _ben(
            ctx, rng, kind, "developer", ua=tool_ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)) * 7, workday(tz))
        tasks = bursts(
            rng,
            starts,
            float(rng.uniform(10, 30)),
            float(rng.uniform(6, 15)),
            gap_sigma=0.8,
            b=ctx.t1,
        )
        ts_parts, prompts = [], []
        repo = f"{pick(rng, ('acme', 'orbit', 'tilde', 'sprout'))}/{pick(rng, ('api', 'web', 'infra', 'billing'))}"
        for t in tasks:
            ts_parts.append(t)
            prompts.extend(texts.coding_agent_step(rng, repo, k) for k in range(len(t)))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=350,
            comp_sigma=0.6,
            extra=irange(rng, 800, 3000),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team generating paraphrases for their own intent classifier


def tallado(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tallado"
    tz = pick(rng, (-5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    intents = (
        "card_lost",
        "transfer_failed",
        "update_address",
        "dispute_charge",
        "loan_rates",
        "close_account",
    )
    for _ in range(irange(rng, 1, 2)):
        a = _ben(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 2)) * 5, workday(tz, 10, 16))
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(80, 220)), float(rng.uniform(1, 3)), b=ctx.t1)
        )
        prompts = [
            texts.augmentation_prompt(rng, ctx.chat, pick(rng, intents)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.05),
            comp_median=600,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# bring-your-own-key companion app: a crowd of phone users with the same client


def resane(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "resane"
    app_ua = pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0"))
    kinds6 = {
        -5: "us_mobile",
        -8: "us_mobile",
        5: "in_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
    }
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5))
        a = _ben(
            ctx,
            rng,
            kind,
            "app_user",
            ua=app_ua if chance(rng, 0.8) else pick(rng, MOBILE),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        a0 = ctx.t0 + float(rng.uniform(0, 5)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1, 4)),
            evening_person(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(25, 80)),
        )
        ts_parts, prompts, ips = [], [], []
        for s in sess:
            ip = mobile_v6(rng, 1, kinds6[tz])[0] if chance(rng, 0.6) else a.ips[0]
            ts_parts.append(s)
            prompts.extend(texts.companion_line(rng, ctx.chat) for _ in range(len(s)))
            ips.extend([ip] * len(s))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            ips=ips,
            comp_median=160,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# university course cohort: shared exercises, campus network, deadline rush


def nahual(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nahual"
    tz = pick(rng, (-5, 0, 1, 9))
    course = pick(rng, ("CS 161", "ECON 2040", "Stats 101", "BIO 230", "Physik II"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 3), tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    week = irange(rng, 3, 11)
    exercises = [
        texts.course_prompt(rng, course, week, ctx.chat) for _ in range(irange(rng, 10, 25))
    ]
    base = evening_person(tz, 3.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        rush = 1.0 + 3.0 * np.exp(
            -0.5 * ((np.asarray(ts) - deadline + 0.3 * DAY) / (0.6 * DAY)) ** 2
        )
        return np.clip(base(ts) * rush / 4.0, 0, 1) * (np.asarray(ts) < deadline + 2 * HOUR)

    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        own = home(rng, 1, tz)
        a = _ben(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + own, tz=tz)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 200)),
        )
        ts = _cat([s for s in sess if len(s)])
        prompts = [
            pick(rng, exercises)
            if chance(rng, 0.55)
            else texts.course_prompt(rng, course, week, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.25), comp_median=420
        )


# --------------------------------------------------------------------------------------------
# research study sampling the same prompts many times (temperature / consistency study)


def arrazola(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "arrazola"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 9))
    for _ in range(irange(rng, 1, 3)):
        a = _ben(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)) * 7, nightly(22, 6, tz))
        ts_parts, prompts, models = [], [], []
        for s in starts.tolist():
            n_items, reps = irange(rng, 20, 50), irange(rng, 5, 15)
            cond = pick(rng, ("plain", "temperature 0.7", "temperature 1.0", "with persona"))
            model = ctx.new_model if (s >= ctx.release and chance(rng, 0.5)) else ctx.old_models[0]
            t = s
            for item in range(n_items):
                p = texts.study_prompt(rng, item, cond)
                gaps = rng.lognormal(np.log(0.9), 0.5, size=reps)
                tt = t + np.cumsum(gaps)
                ts_parts.append(tt)
                prompts.extend([p] * reps)
                models.extend([model] * reps)
                t = float(tt[-1]) + float(rng.uniform(1, 5))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=180, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# translation agency reselling API access to client orgs on one card


def formon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "formon"
    pay = hexid(rng, "pay")
    tzs = [pick(rng, (0, 1, 2)), pick(rng, (-5, -3, 8))]
    servers = cloud(rng, irange(rng, 1, 2), pick(rng, ("ovh", "hetzner")))
    targets = sorted(texts.LANG_NAMES)
    for _ in range(irange(rng, 4, 8)):
        client = f"{pick(rng, ('Fjord', 'Maple', 'Lumen', 'Sakura', 'Andes'))} {pick(rng, ('Travel', 'Pharma', 'Retail', 'Legal'))}"
        langs = [
            targets[i]
            for i in rng.choice(len(targets), size=irange(rng, 2, 5), replace=False).tolist()
        ]
        a = _ben(
            ctx,
            rng,
            kind,
            "client_org",
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=servers,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)) * 7 * 10, multi_office(tzs))
        style = irange(rng, 0, 2)
        prompts = [
            texts.translation_request(
                rng,
                style,
                pick(rng, langs),
                texts._clip(pick(rng, ctx.passages if chance(rng, 0.5) else ctx.chat), 900),
                client,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.3),
            comp_median=320,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# tutoring product backend: step-by-step homework help for many students


def punteado(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "punteado"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    peak = float(rng.uniform(14, 22))
    for _ in range(irange(rng, 1, 2)):
        a = _ben(
            ctx, rng, kind, "tutor_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(25, 55)) * 7 * 24, global_load(peak, 0.75)
        )
        prompts = [
            texts.tutoring_prompt(
                rng, pick(rng, ("grade 6", "grade 8", "grade 10", "grade 12")), ctx.chat
            )
            for _ in range(len(ts))
        ]
        switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
        models = [
            ctx.new_model if (t >= switch and u < 0.8) else ctx.old_models[0]
            for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=450, comp_sigma=0.55)


BENIGN_KINDS: dict[str, Kind] = {
    "copal": copal,
    "gubia": gubia,
    "anilina": anilina,
    "barniz": barniz,
    "tallado": tallado,
    "resane": resane,
    "nahual": nahual,
    "arrazola": arrazola,
    "formon": formon,
    "punteado": punteado,
}
