"""Benign hard-negative kinds of batch 217 (code names from wet felting).

Each kind is `f(ctx, rng)`: legitimate customers whose traffic shares a shape with one of this
batch's campaign families (or with campaigns in general). All draws come from the kind's own
generator, never while walking a set.
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
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind217 import texts

LABEL = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _local_midnight(t: float, tz: int) -> float:
    return float(np.floor((t + tz * HOUR) / DAY) * DAY - tz * HOUR)


# --------------------------------------------------------------------------------------------
# bubble_wrap: an evaluation lab benchmarking the new model the day it ships


def bubble_wrap(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "bubble_wrap"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    suites = list(texts.EVAL_SUITES)
    comp_of = {
        "gsm_style": 480.0,
        "mcq_science": 120.0,
        "code_complete": 220.0,
        "long_context_qa": 80.0,
    }
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(
                rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0")
            ),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    old, new = ctx.old_models[0], ctx.new_model
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 1, 3)):  # nightly regression runs on the current flagship
        runs.append((ctx.t0 + float(rng.uniform(0.2, 3.6)) * DAY, old))
    launch = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    runs += [(launch, new), (launch + float(rng.uniform(0.2, 2.0)) * HOUR, old)]
    for _ in range(irange(rng, 1, 3)):  # re-runs with fixed prompts and more shots
        runs.append(
            (
                ctx.release + float(rng.uniform(0.6, 2.8)) * DAY,
                pick(rng, (new, new, old, ctx.old_models[-1])),
            )
        )
    for run_no, (start, model) in enumerate(runs):
        acct = keys[run_no % len(keys)]
        n = irange(rng, 200, 800)
        ts = start + np.cumsum(rng.exponential(float(rng.uniform(0.6, 2.0)), size=n))
        shots = pick(rng, (0, 0, 3, 5))
        chosen = [pick(rng, suites) for _ in range(n)]
        prompts = [texts.eval_item(rng, s, ctx.passages, shots) for s in chosen]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model,
            comp_median=np.array([comp_of[s] for s in chosen]),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# pool_noodle: a labelling vendor's annotators pre-labelling with the model


def pool_noodle(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "pool_noodle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz, region = pick(rng, ((5, "in"), (8, "sea"), (-3, "latam"), (2, "eu")))
    office = resi(rng, 2, region)
    clients = [
        f"{pick(rng, ('Nimbus', 'Orchard', 'Keel', 'Quarry', 'Lumen', 'Fathom'))}-{irange(rng, 10, 99)}"
        for _ in range(irange(rng, 1, 3))
    ]
    guide = f"v{irange(rng, 2, 7)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 15, 35)):
        remote = chance(rng, 0.3)
        ips = home(rng, 1, tz) if remote else office
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2.5, 5.0)),
                workday(tz),
                float(rng.uniform(8, 20)),
                float(rng.uniform(40, 120)),
            )
        )
        client = pick(rng, clients)
        prompts = [
            texts.vendor_label_prompt(rng, ctx.chat, ctx.passages, client, guide)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.1), comp_median=80.0)


# --------------------------------------------------------------------------------------------
# olive_soap: a publisher's edition desk adapting articles to regional rules


def olive_soap(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "olive_soap"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = resi(rng, irange(rng, 1, 2), "eu")
    desk = pick(rng, ("Morgenpost", "Le Quotidien", "Daily Ledger", "Gazeta", "Het Blad"))
    for _ in range(irange(rng, 4, 9)):
        ips = office + (home(rng, 1, tz) if chance(rng, 0.5) else [])
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="editor",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(90, 300)),
            )
        )
        prompts = [texts.edition_prompt(rng, ctx.passages, desk) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.05), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# silk_hankie: a software team's IDE coding agents


def silk_hankie(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "silk_hankie"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2, 5))
    office = home(rng, 1, tz)
    repos = texts.REPOS
    for _ in range(irange(rng, 8, 18)):
        ips = office + home(rng, 1, tz)
        ua = pick(
            rng,
            (
                "Cline/3.4.0",
                "aider/0.74.1 litellm/1.60.2",
                "Continue/0.9.250 (vscode)",
                "opencode/0.3.1",
                "Zed/0.171.4",
            ),
        )
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
        )
        ts_all, prompts, extra = [], [], []
        repo = pick(rng, repos)
        for s in starts.tolist():
            steps = texts.coding_agent_steps(rng, repo)
            gaps = rng.lognormal(np.log(float(rng.uniform(6, 15))), 0.8, size=len(steps))
            gaps[0] = 0.0
            ts_all.extend((s + np.cumsum(gaps)).tolist())
            prompts.extend(steps)
            ctxt = irange(rng, 1500, 6000)
            extra.extend([ctxt + 600 * j for j in range(len(steps))])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.45, 0.05),
            comp_median=300.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# wensleydale: a data-augmentation team generating training utterances for its own intent classifier


def wensleydale(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "wensleydale"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    langs = ["en"] + [lg for lg in ("es", "de", "fr") if chance(rng, 0.5)]
    for role in ("nightly_job", "data_scientist", "data_scientist")[: irange(rng, 2, 3)]:
        if role == "nightly_job":
            acct = ctx.account(
                rng,
                label=LABEL,
                family=name,
                role=role,
                org=org,
                pay=card,
                ua="OpenAI/Python 1.54.0",
                ips=cloud(rng, 1, "azure"),
                tz=tz,
            )
            ts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(120, 260)) * (ctx.t1 - ctx.t0) / DAY,
                nightly(1.0, 3.0, tz),
            )
        else:
            acct = ctx.account(
                rng,
                label=LABEL,
                family=name,
                role=role,
                org=org,
                pay=card,
                ua=pick(rng, BROWSERS),
                ips=home(rng, 1, tz),
                tz=tz,
            )
            ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 6.0, 60.0))
        prompts = [
            texts.intent_aug_prompt(rng, pick(rng, texts.INTENTS), pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=700.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# corriedale: a companion-chat app's backend


def corriedale(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "corriedale"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en", "es", "pt", "ja", "de"]
    w = rng.dirichlet(np.array([6.0, 1.5, 1.5, 1.0, 1.0]))
    load = global_load(float(rng.uniform(0, 4)), float(rng.uniform(0.55, 0.75)))
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1")),
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [
            texts.companion_message(rng, langs[int(rng.choice(len(langs), p=w))], ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.5),
            comp_median=90.0,
            extra=irange(rng, 600, 1400),
        )


# --------------------------------------------------------------------------------------------
# cobweb: a university statistics course, one key per student


def cobweb(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "cobweb"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0))
    lang = {1: pick(rng, ("de", "en")), -5: pick(rng, ("en", "es")), 0: "en"}[tz]
    campus = home(rng, 1, tz)
    week0 = irange(rng, 0, 4)
    # two lab slots in the week: (weekday, local start hour)
    labs = [
        (irange(rng, 0, 1), float(irange(rng, 9, 11))),
        (irange(rng, 2, 4), float(irange(rng, 13, 15))),
    ]
    days = np.arange(_local_midnight(ctx.t0, tz), ctx.t1, DAY)
    for _ in range(irange(rng, 30, 55)):
        mobile = chance(rng, 0.3)
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, MOBILE) if mobile else pick(rng, BROWSERS),
            ips=campus + own,
            tz=tz,
        )
        ts_lab, ts_home = [], []
        for d in days.tolist():
            wd = int(weekday(np.array([d + 12 * HOUR]), tz)[0])
            for lab_wd, h in labs:
                if wd == lab_wd and chance(rng, 0.85):
                    k = irange(rng, 2, 8)
                    ts_lab.extend(
                        (d + h * HOUR + np.sort(rng.uniform(0, 2 * HOUR, size=k))).tolist()
                    )
        ts_home = _concat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 90.0
            )
        ).tolist()
        for ts_list, ips in ((ts_lab, campus), (ts_home, own)):
            ts = np.sort(np.asarray(ts_list))
            week = week0 + (ts >= ctx.t0 + 3.5 * DAY).astype(int)
            prompts = [texts.student_question(rng, int(w), lang) for w in week.tolist()]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.25, 0.1),
                ips=ips[0],
                comp_median=380.0,
            )


# --------------------------------------------------------------------------------------------
# sushi_mat: a research group measuring answer consistency and calibration


def sushi_mat(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "sushi_mat"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="study_script",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, 1, pick(rng, ("gcp", "aws"))),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
    comp_of = {"repeat": 20.0, "elicit": 60.0, "confidence": 200.0}
    run_starts = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 4, 7)), workday(tz))
    for run_no, s in enumerate(run_starts.tolist()):
        acct = keys[run_no % len(keys)]
        model = models[run_no % len(models)] if s >= ctx.release else models[run_no % 2]
        cond = pick(rng, ("repeat", "elicit", "confidence"))
        ts_all, prompts = [], []
        t = s
        for _ in range(irange(rng, 40, 150)):
            p = texts.study_item(rng, ctx.chat, cond)
            r = irange(rng, 5, 20) if cond == "repeat" else 1
            for _ in range(r):
                t += float(rng.lognormal(np.log(1.2), 0.5))
                ts_all.append(t)
                prompts.append(p)
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=comp_of[cond])


# --------------------------------------------------------------------------------------------
# pinch_test: a payments company's docs team generating SDK samples in every language


def pinch_test(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "pinch_test"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8, 0, 1))
    product = pick(rng, ("Paylark", "Ledgerly", "Fundbridge", "Tillwise"))
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 2, 5)):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="tech_writer",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                workday(tz),
                float(rng.uniform(4, 10)),
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [
            texts.sdk_doc_prompt(
                rng, product, pick(rng, texts.SDK_ENDPOINTS), pick(rng, texts.SDK_LANGS)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.05), comp_median=500.0)
    ci = ctx.account(
        rng,
        label=LABEL,
        family=name,
        role="docs_ci",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "azure"),
        tz=tz,
    )
    grid = [(e, lg) for e in texts.SDK_ENDPOINTS for lg in texts.SDK_LANGS]
    for night in np.arange(_local_midnight(ctx.t0, tz) + 2 * HOUR, ctx.t1, DAY).tolist():
        if chance(rng, 0.3):
            continue  # no docs change that day
        ts = night + np.cumsum(rng.exponential(4.0, size=len(grid)))
        prompts = [texts.sdk_doc_prompt(rng, product, e, lg) for e, lg in grid]
        ctx.emit(rng, ci, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.0), comp_median=450.0)


# --------------------------------------------------------------------------------------------
# gotland: an edtech company's lesson-content pipeline


def gotland(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "gotland"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, 8, 5, -5))
    product = pick(rng, ("Brightpath", "Kelas Pintar", "Escola Viva", "Learnlane"))
    langs = ["en"] + {-3: ["pt", "es"], 8: ["id"], 5: [], -5: ["es"]}[tz]
    grid = [(c, g, lg) for c in texts.EDTECH_CONCEPTS for g in range(1, 9) for lg in langs]
    order = rng.permutation(len(grid)).tolist()
    for role in ("content_queue", "regen_batch", "editor")[: irange(rng, 2, 3)]:
        if role == "content_queue":
            curve = workday(tz, start=8.0, end=19.0, weekend=0.1)
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * 7 * 10, curve)
        elif role == "regen_batch":
            ts = thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)) * 7, nightly(2.0, 2.0, tz)
            )
        else:
            ts = _concat(
                session_times(
                    rng,
                    jitter_start(rng, ctx.t0, ctx.t1, 0.2),
                    ctx.t1,
                    2.0,
                    workday(tz),
                    5.0,
                    120.0,
                )
            )
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role=role,
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS) if role == "editor" else "OpenAI/Python 1.54.0",
            ips=home(rng, 1, tz) if role == "editor" else cloud(rng, 2, "aws"),
            tz=tz,
        )
        prompts = []
        for _k in range(len(ts)):
            c, g, lg = grid[order[int(rng.integers(len(order)))]]
            prompts.append(texts.lesson_prompt(rng, product, c, g, lg))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=700.0,
            comp_sigma=0.4,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "bubble_wrap": bubble_wrap,
    "pool_noodle": pool_noodle,
    "olive_soap": olive_soap,
    "silk_hankie": silk_hankie,
    "wensleydale": wensleydale,
    "corriedale": corriedale,
    "cobweb": cobweb,
    "sushi_mat": sushi_mat,
    "pinch_test": pinch_test,
    "gotland": gotland,
}
