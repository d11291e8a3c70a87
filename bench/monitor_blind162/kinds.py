"""Benign hard-negative kinds of batch 162 (code names: glass-engraving words).

Each kind is `f(ctx, rng)` and opens benign accounts (`label="benign"`, `family` = the kind) that
a careless detector would take for one of this batch's campaign families: legitimate evaluation,
annotation, moderation, coding-agent, augmentation, coursework, localisation, companion-app,
research and agency traffic.
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
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind162 import texts as T
from bench.monitor_blind162.families import BG_BROWSER, concat, draw, weights


def benign(
    ctx: Ctx,
    rng: np.random.Generator,
    kind: str,
    role: str,
    *,
    org: str | None = None,
    pay: str | None = None,
    ua: str = "",
    ips: list[str] | None = None,
    tz: int = 0,
) -> Acct:
    return ctx.account(
        rng, label="benign", family=kind, role=role, org=org, pay=pay, ua=ua, ips=ips, tz=tz
    )


# --------------------------------------------------------------------------------------------
# model-evaluation lab: launch-day benchmark sweeps, chain-of-thought items, pass@k repeats


def copper_wheel(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "copper_wheel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 1, 2), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    for k in range(irange(rng, 2, 4)):
        a = benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        suite = pick(rng, ("mathlite", "sciqa", "reasonbench", "mmx", "gsm-style", "longform"))
        runs = [ctx.release + float(rng.uniform(0.05, 0.6)) * DAY]  # launch-day evaluation
        runs += [ctx.t0 + float(rng.uniform(0.2, 3.8)) * DAY for _ in range(irange(rng, 0, 2))]
        runs += [ctx.release + float(rng.uniform(0.8, 2.8)) * DAY for _ in range(irange(rng, 0, 2))]
        for r in runs:
            model_list = (
                [ctx.new_model, *ctx.old_models] if r >= ctx.release else list(ctx.old_models)
            )
            style = irange(rng, 0, 2)
            reps = int(pick(rng, (1, 1, 3, 5)))
            n_items = max(20, irange(rng, 100, 300) // reps)
            for m in model_list:
                start = r + float(rng.uniform(0, 1.5)) * HOUR
                ts = start + np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=n_items * reps))
                items = np.repeat(np.arange(n_items), reps)
                prompts = [
                    T.eval_item(np.random.default_rng([k, int(i), style]), suite, int(i), style)
                    for i in items.tolist()
                ]
                med = 5.0 if style == 0 else 420.0
                ctx.emit(rng, a, ts, prompts, models=m, comp_median=med, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: chatbot QA for its customers (judge-style prompts in office shifts)


def diamond_point(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "diamond_point"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 2, -3)))
    office = home(rng, irange(rng, 1, 2), tz)
    worker_ips = cloud(rng, 1, pick(rng, ("aws", "azure")))
    for _ in range(irange(rng, 3, 6)):
        client = (
            pick(rng, ("Telco", "BankCo", "ShopMart", "AirFly", "InsureNow", "HealthLine"))
            + f"-{irange(rng, 1, 99)}"
        )
        via_worker = chance(rng, 0.4)
        a = benign(
            ctx,
            rng,
            kind,
            "qa_project",
            org=org,
            pay=pay,
            tz=tz,
            ua=pick(rng, BG_BROWSER[:2]) if not via_worker else "OpenAI/Python 1.54.0",
            ips=worker_ips if via_worker else office,
        )
        curve = workday(tz, start=7.0, end=22.0, weekend=0.3)  # two shifts, some weekend work
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [T.annotation_task(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.1, 0.4))),
            comp_median=60.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team: policy classification and minimal compliant rewrites


def stipple_dot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stipple_dot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    langs = weights(rng, ("en", "es", "de"), 2.0)
    load = global_load(float(rng.uniform(14, 22)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        a = benign(
            ctx, rng, kind, "moderation_queue", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [T.moderation_item(rng, ctx.chat, lg) for lg in draw(rng, langs, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.35), comp_median=150.0)


# --------------------------------------------------------------------------------------------
# coding-agent product, bring-your-own-key: many developers, one agent template


def acid_frost(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "acid_frost"
    product = pick(rng, ("Cascadia", "Tiller", "Forgeline", "Nimbus Code"))
    ua = (
        f"{product.replace(' ', '')}-Agent/0.{irange(rng, 30, 60)}.{irange(rng, 0, 9)} node/20.11.1"
    )
    for _ in range(irange(rng, 15, 30)):
        tz = int(pick(rng, TZS))
        a = benign(ctx, rng, kind, "developer", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        tasks = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
        )
        trains = bursts(
            rng,
            tasks,
            float(rng.uniform(6, 18)),
            float(rng.uniform(4, 10)),
            gap_sigma=0.7,
            b=ctx.t1,
        )
        ts_all, prompts = [], []
        for train in trains:
            task = T.clip(pick(rng, ctx.chat), 20, 400, rng)
            for step, t in enumerate(train.tolist()):
                ts_all.append(t)
                prompts.append(T.ide_agent_step(rng, task, min(step, 10), product))
        idx = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all, dtype=np.float64)[idx]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in idx.tolist()],
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.8))),
            comp_median=220.0,
            comp_sigma=0.7,
            extra=irange(rng, 600, 2000),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase / relabel jobs for an intent classifier


def lead_crystal(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lead_crystal"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    for _ in range(irange(rng, 2, 3)):
        a = benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, 1, pick(rng, ("aws", "azure", "gcp"))),
            tz=tz,
        )
        job = (
            pick(rng, ("augment-intents", "nlu-synth", "paraphrase-gen", "relabel-v2"))
            + f"#{irange(rng, 1, 500)}"
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 1.5)) * 7, nightly(1.0, 1.0, tz)
        )
        ts = concat(
            bursts(rng, starts, float(rng.uniform(200, 500)), float(rng.uniform(1.5, 4)), b=ctx.t1)
        )
        prompts = [T.augmentation_job(rng, ctx.chat, job) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=450.0, err=0.02
        )


# --------------------------------------------------------------------------------------------
# university course cohort: shared assignments, campus network, deadline surge


def olive_cut(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "olive_cut"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    campus = home(rng, irange(rng, 2, 4), tz)
    course = (
        pick(rng, ("CS101", "ECON210", "BIO150", "STAT120", "PHIL230"))
        + "-"
        + pick(rng, ("A", "B", "01"))
    )
    deadline = ctx.release + float(rng.uniform(1.0, 2.5)) * DAY
    week = irange(rng, 3, 9)
    for _ in range(irange(rng, 40, 80)):
        ips = campus + (home(rng, 1, tz) if chance(rng, 0.6) else [])
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.7) else pick(rng, BROWSERS + MOBILE[:2])
        a = benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        ts = concat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), evening_person(tz), 4.0, 90.0
            )
            + session_times(
                rng,
                deadline - 1.5 * DAY,
                deadline,
                float(rng.uniform(1.0, 3.0)),
                evening_person(tz, 3.5),
                6.0,
                70.0,
            )
        )
        if len(ts) == 0:
            ts = np.asarray([deadline - float(rng.uniform(1, 20)) * HOUR])
        prompts = [T.course_prompt(rng, course, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=450.0)


# --------------------------------------------------------------------------------------------
# translation shop: CAT-tool segments in many language pairs, several offices


def hollow_cut(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hollow_cut"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(t) for t in rng.choice(TZS, size=irange(rng, 2, 4), replace=False).tolist()]
    server = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "aws")))
    curve = multi_office(offices)
    targets = [
        T.TARGETS[i]
        for i in rng.choice(len(T.TARGETS), size=irange(rng, 8, 20), replace=False).tolist()
    ]
    for _ in range(irange(rng, 4, 8)):
        tz = int(pick(rng, offices))
        ips = server + home(rng, 1, tz)
        a = benign(
            ctx,
            rng,
            kind,
            "translator_team",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
            tz=tz,
        )
        client = pick(rng, ("Acme GmbH", "Lumen SA", "Kiro KK", "Norte Ltda", "Polar Oy"))
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [
            T.cat_segment(rng, ctx.passages, f"en-GB>{pick(rng, targets)}", client)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25),
            comp_median=55.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# companion chat app: persona + history in every prompt, round-the-clock load


def cameo_layer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cameo_layer"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 4, 8), "gcp")
    load = global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    bots = list(T.COMPANION_NAMES)
    for _ in range(irange(rng, 2, 4)):
        a = benign(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="Go-http-client/2.0", ips=ips
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [
            T.companion_turn(rng, ctx.chat, pick(rng, bots), irange(rng, 1, 6))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3), comp_median=90.0
        )


# --------------------------------------------------------------------------------------------
# research study: a fixed public prompt set replayed to old and new models (drift study)


def bevel_facet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bevel_facet"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    vm = cloud(rng, 1, pick(rng, ("oracle", "ovh", "azure")))
    prompt_set = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 150, 300), replace=False).tolist()
    ]
    reps = irange(rng, 2, 3)
    for _ in range(irange(rng, 1, 2)):
        a = benign(
            ctx, rng, kind, "study_runner", org=org, pay=pay, ua="python-requests/2.32.3", ips=vm
        )
        runs = [
            ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY,
            ctx.release + float(rng.uniform(0.3, 1.5)) * DAY,
        ]
        for r in runs:
            model_list = (
                [ctx.old_models[0], ctx.new_model] if r >= ctx.release else list(ctx.old_models)
            )
            for m in model_list:
                seq = [p for p in prompt_set for _ in range(reps)]
                ts = (
                    r
                    + float(rng.uniform(0, 2)) * HOUR
                    + np.cumsum(rng.lognormal(np.log(3.0), 0.4, size=len(seq)))
                )
                ctx.emit(rng, a, ts, seq, models=m, comp_median=350.0)


# --------------------------------------------------------------------------------------------
# marketing agency: one org and card, a key per client, office + automation server


def mitre_cut(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mitre_cut"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 2), tz)
    automation = cloud(rng, 1, "digitalocean")
    langs = weights(rng, ("en", "de", "es"), 1.5)
    for _ in range(irange(rng, 6, 14)):
        client = (
            pick(rng, ("Bloom", "Northside", "Pepper & Co", "Vela", "Harbor", "Oakline", "Sprout"))
            + f" {irange(rng, 1, 9)}"
        )
        a = benign(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER[:2]),
            ips=office,
            tz=tz,
        )
        day = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)) * (ctx.t1 - ctx.t0) / HOUR, workday(tz)
        )
        sched = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)) * 7, nightly(6.0, 0.5, tz))
        for ts, ua, ips in ((day, None, None), (sched, "axios/1.7.9", automation[0])):
            prompts = [
                T.agency_prompt(rng, client, lg, ctx.chat) for lg in draw(rng, langs, len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.35),
                ua=ua,
                ips=ips,
                comp_median=400.0,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "copper_wheel": copper_wheel,
    "diamond_point": diamond_point,
    "stipple_dot": stipple_dot,
    "acid_frost": acid_frost,
    "lead_crystal": lead_crystal,
    "olive_cut": olive_cut,
    "hollow_cut": hollow_cut,
    "cameo_layer": cameo_layer,
    "bevel_facet": bevel_facet,
    "mitre_cut": mitre_cut,
}
