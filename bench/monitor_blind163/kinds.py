"""Benign hard-negative kinds of batch 163 (code names from barrel making).

Each kind is a generator `(ctx, rng)` of legitimate accounts built to resemble one of this batch's
campaign families (or a campaign in general): see the package README for what each looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind163 import texts as tx
from bench.monitor_blind163.families import BG_SDK, bg_browser, wpick

# --------------------------------------------------------------------------------------------
# chime: an evaluation lab benchmarking the new model the day it appears


def chime(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chime"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "lm-eval/0.4.7 OpenAI/Python 1.58.1"),
    )
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(n_keys)
    ]
    # fixed benchmark sets: the same items on every run
    suites = {
        b: [tx.eval_item(rng, b) for _ in range(irange(rng, 150, 400))]
        for b in ("math", "mcq", "code")
    }
    runs = []
    for _ in range(irange(rng, 1, 3)):  # baselines on the old models
        runs.append((ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, ctx.old_models)))
    for _ in range(irange(rng, 3, 5)):  # the release-day rush
        runs.append((ctx.release + float(rng.uniform(0.05, 0.6)) * DAY, ctx.new_model))
    for _ in range(irange(rng, 0, 2)):  # re-runs later in the week
        runs.append(
            (
                ctx.release + float(rng.uniform(1.0, 2.8)) * DAY,
                pick(rng, [ctx.new_model, ctx.old_models[0]]),
            )
        )
    for start, model in runs:
        bench = pick(rng, list(suites))
        k = pick(rng, (1, 1, 4, 8))  # pass@k runs repeat each item
        items = [p for p in suites[bench] for _ in range(k)]
        gaps = rng.lognormal(np.log(float(rng.uniform(0.4, 1.2))), 0.6, size=len(items))
        ts = start + np.cumsum(gaps)
        acct = pick(rng, accts)
        ctx.emit(
            rng,
            acct,
            ts,
            items,
            models=model,
            comp_median=500.0 if bench == "math" else 60.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# bilge: a labelling vendor pre-annotating support chats with rubric prompts


def bilge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bilge"
    n_keys = irange(rng, 8, 14)
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    guideline = f"CS-{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(40, 110)) * 5, workday(tz, 9.0, 18.0, 0.02, 0.0)
        )
        prompts = [
            tx.annotation_task(rng, ctx.chat, ctx.passages, guideline) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            comp_median=110.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# toasting: a platform's trust-and-safety team proposing guideline-compliant edits


def toasting(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "toasting"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "gcp")
    langs, w = ["en", "es", "de", "pt"], rng.dirichlet(np.array([4.0, 2.0, 1.0, 1.0])).tolist()
    for _ in range(2):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_backend",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(12, 25)) * 7 * 24,
            global_load(float(rng.uniform(15, 21)), 0.5),
        )
        prompts = [tx.moderation_edit(rng, ctx.chat, wpick(rng, langs, w)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=90.0,
        )


# --------------------------------------------------------------------------------------------
# jointer: developers running a coding agent with their own keys


def jointer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "jointer"
    version = f"0.9.{irange(rng, 2, 14)}"
    for _ in range(irange(rng, 20, 35)):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=f"codeagent-cli/{version} (node v20.11.1)",
            ips=ips,
            tz=tz,
        )
        repo = pick(rng, tx._REPOS)
        p_new = float(rng.uniform(0.3, 0.9))
        ts_all, prompts, extra = [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 3.0)),
            workday(tz, weekend=0.15),
            12.0,
            9.0,
            0.8,
        ):
            ask = pick(rng, tx._CODING_ASKS)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_step(rng, ask, repo, j))
                extra.append(min(1500 + 450 * j, 60000))
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=230.0,
            comp_sigma=0.7,
            extra=np.asarray(extra),
        )


# --------------------------------------------------------------------------------------------
# bunghole: a data-augmentation team generating paraphrases for its own intent classifier


def bunghole(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bunghole"
    tz = pick(rng, (-5, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, pick(rng, ("aws", "azure"))),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 4, 6)), nightly(1.0, 2.0, tz))
        ts_parts = []
        for s in starts.tolist():
            n = irange(rng, 150, 450)
            ts_parts.append(s + np.cumsum(rng.lognormal(np.log(1.6), 0.4, size=n)))
        ts = np.concatenate(ts_parts) if ts_parts else np.array([ctx.t0 + DAY])
        prompts = [tx.augmentation_task(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=700.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# chiv: a companion app's backend (many short multi-turn chats, memory in the context)


def chiv(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chiv"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 4, pick(rng, ("aws", "gcp")))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    personas = (
        "Mira the lighthouse keeper",
        "Captain Oyelaran",
        "Sol (study buddy)",
        "Aiko",
        "Grandpa Ned",
    )
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 9)) * 7 * 24, global_load(20.0, 0.6))
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(len(accts)))
        persona = pick(rng, personas)
        n = 1 + int(rng.negative_binomial(2, 2 / 11))
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=n - 1))])
        for j, t in enumerate(times.tolist()):
            per[k][0].append(t)
            per[k][1].append(tx.companion_message(rng, persona, ctx.chat))
            per[k][2].append(400 + 70 * j)
    for acct, (ts, prompts, extra) in zip(accts, per, strict=True):
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.15, p_mini=0.5),
            comp_median=80.0,
            extra=np.asarray(extra),
        )


# --------------------------------------------------------------------------------------------
# hoop_driver: a university course cohort on course-issued keys


def hoop_driver(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hoop_driver"
    tz = pick(rng, (-5, 0, 1, 2, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    lab_day = float(rng.uniform(0.5, 2.5))
    lab_start = ctx.t0 + np.floor(lab_day) * DAY + (10.0 - tz) * HOUR
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    week = irange(rng, 3, 9)
    for _ in range(irange(rng, 30, 60)):
        ip_home = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=bg_browser(rng),
            ips=campus + ip_home,
            tz=tz,
        )
        ts_all, ips = [], []
        if chance(rng, 0.8):  # the lab session, on campus
            s = lab_start + float(rng.uniform(0, 1.5)) * HOUR
            n = irange(rng, 3, 10)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(150.0), 0.7, size=n - 1))]
            )
            ts_all += t.tolist()
            ips += [pick(rng, campus) for _ in range(n)]
        # homework at home, piling up before the deadline
        for sess in session_times(
            rng,
            deadline - float(rng.uniform(1.0, 3.0)) * DAY,
            deadline,
            float(rng.uniform(0.5, 1.5)),
            evening_person(tz),
            5.0,
            120.0,
        ):
            ts_all += sess.tolist()
            ips += ip_home * len(sess)
        if not ts_all:
            ts_all, ips = [deadline - HOUR], ip_home
        ts = np.asarray(ts_all)
        prompts = [tx.course_prompt(rng, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            ips=ips,
            comp_median=420.0,
        )


# --------------------------------------------------------------------------------------------
# barrel_head: a translation agency's CAT-tool connector


def barrel_head(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "barrel_head"
    tz = pick(rng, (1, 2, 3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    clients = [
        f"{pick(rng, ('ACME', 'Nordlicht', 'Verde', 'Kestrel', 'Harbor'))}-{irange(rng, 100, 999)}"
        for _ in range(4)
    ]
    langs = ("de-DE", "fr-FR", "ja-JP", "pt-BR", "es-MX", "pl-PL", "tr-TR", "ko-KR", "it-IT")
    for _ in range(irange(rng, 3, 6)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua="cat-connector/3.2 python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 5, workday(tz, weekend=0.0, night=0.0)
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            total, client, lang = irange(rng, 20, 120), pick(rng, clients), pick(rng, langs)
            t = s + np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=total))
            ts_all += t.tolist()
            prompts += [
                tx.translation_job(rng, ctx.passages, client, lang, i + 1, total)
                for i in range(total)
            ]
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=320.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# quarter_sawn: an academic study replaying public prompts against the old and the new model


def quarter_sawn(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "quarter_sawn"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 2, tz) + cloud(rng, 1, "aws")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study",
            org=org,
            pay=pay,
            ua=BG_SDK[0],
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 600, 1400), replace=False).tolist()
    ]
    # a pilot on the old model before the release, then paired runs
    pilot = sample[: irange(rng, 60, 150)]
    t = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    ts = t + np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=len(pilot)))
    ctx.emit(rng, accts[0], ts, pilot, models=ctx.old_models[0], comp_median=380.0)
    pos = 0
    day = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    while pos < len(sample) and day < ctx.t1:
        chunk = sample[pos : pos + irange(rng, 80, 250)]
        pos += len(chunk)
        acct = pick(rng, accts)
        base = day + float(rng.uniform(0, 8)) * HOUR
        t = base + np.cumsum(rng.lognormal(np.log(2.5), 0.5, size=len(chunk)))
        ts = np.repeat(t, 2) + np.tile([0.0, 0.4], len(chunk))
        prompts = [p for p in chunk for _ in range(2)]
        models = [m for _ in chunk for m in (ctx.old_models[0], ctx.new_model)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=380.0)
        day += float(rng.uniform(0.4, 1.0)) * DAY


# --------------------------------------------------------------------------------------------
# raising_hoop: a tutoring product's backend (hints, practice sets, mistake explanations)


def raising_hoop(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "raising_hoop"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = sorted({pick(rng, TZS) for _ in range(3)})
    ips = cloud(rng, 2, "aws")
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua=BG_SDK[1],
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)) * 7 * 24, multi_office(tzs))
        prompts = [tx.tutoring_prompt(rng, irange(rng, 4, 12), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=320.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "chime": chime,
    "bilge": bilge,
    "toasting": toasting,
    "jointer": jointer,
    "bunghole": bunghole,
    "chiv": chiv,
    "hoop_driver": hoop_driver,
    "barrel_head": barrel_head,
    "quarter_sawn": quarter_sawn,
    "raising_hoop": raising_hoop,
}
