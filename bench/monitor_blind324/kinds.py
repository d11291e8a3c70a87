"""Benign hard-negative kinds of blind batch 324: legitimate customers whose traffic a careless
detector would take for a distillation campaign.

Each kind is a function `(ctx, rng)` that opens its accounts (label "benign", family = the kind's
code name) and writes their events. Drawing order is fixed (lists and tuples only).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    home,
    irange,
    jitter_start,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind324 import texts
from bench.monitor_blind324.families import BG_DESKTOP, BG_SDK


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: chain-of-thought benchmark runs, the same items on old and new model


def vanillin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "vanillin"
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    first = _benign(ctx, rng, kind, "eval_runner", ua=ua, ips=ips)
    runners = [first] + [
        _benign(ctx, rng, kind, "eval_runner", org=first.org, pay=first.pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 1, 3))
    ]
    suite_size = irange(rng, 400, 900)
    style = irange(rng, 0, 2)
    # runs: a few before the release on the old flagship, then a comparison of both right after it
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.2)) * DAY, ctx.old_models[0])
        for _ in range(irange(rng, 1, 3))
    ]
    cmp_t = ctx.release + float(rng.uniform(1.5, 8)) * HOUR
    runs += [(cmp_t, ctx.new_model), (cmp_t + float(rng.uniform(0, 2)) * HOUR, ctx.old_models[0])]
    runs += [(ctx.release + float(rng.uniform(1.2, 2.8)) * DAY, ctx.new_model)]
    for r, (t, model) in enumerate(runs):
        n = suite_size if chance(rng, 0.7) else suite_size // 3
        ts = t + np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=n))
        ctx.emit(
            rng,
            runners[r % len(runners)],
            ts,
            [texts.eval_item(rng, it, style) for it in range(n)],
            models=model,
            comp_median=420.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators with model pre-labels, one office, working hours


def planifolia(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "planifolia"
    tz = pick(rng, (5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    first = _benign(ctx, rng, kind, "annotator_tool", ua=pick(rng, BG_DESKTOP), ips=office, tz=tz)
    org, card = first.org, first.pay
    accts = [first] + [
        _benign(
            ctx,
            rng,
            kind,
            "annotator_tool",
            org=org,
            pay=card,
            ua=pick(rng, BG_DESKTOP),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 5, 10))
    ]
    for acct in accts:
        rate = float(rng.uniform(8, 20))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * 9 * 5 * 1.0, workday(tz, 9.0, 18.0))
        prompts = [texts.vendor_label_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=140.0,
        )


# --------------------------------------------------------------------------------------------
# forum trust-and-safety team: policy rewrites of user posts


def tahitensis(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tahitensis"
    ips = cloud(rng, 2, pick(rng, ("aws", "azure")))
    first = _benign(ctx, rng, kind, "moderation_backend", ua=pick(rng, SDK_COMMON), ips=ips)
    accts = [first] + [
        _benign(
            ctx, rng, kind, "moderation_backend", org=first.org, pay=first.pay, ua=first.ua, ips=ips
        )
        for _ in range(irange(rng, 0, 1))
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(15, 35)),
        len(accts),
        global_load(float(rng.uniform(14, 22)), 0.5),
    )
    for acct, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.moderation_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.7),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# coding-agent product: tool-call transcripts from many developers


def tincture(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tincture"
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    ua = "OpenAI/NodeJS 4.85.1"
    first = _benign(ctx, rng, kind, "agent_backend", ua=ua, ips=ips)
    accts = [first] + [
        _benign(ctx, rng, kind, "agent_backend", org=first.org, pay=first.pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(25, 50)), len(accts), multi_office((-8, -5, 1, 5))
    )
    for acct, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.coding_agent_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=500.0,
            extra=rng.integers(800, 6000, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrases for their own intent classifier


def custard(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "custard"
    tz = pick(rng, (-5, 1, 2))
    office = home(rng, 1, tz)
    first = _benign(ctx, rng, kind, "ml_engineer", ua=pick(rng, SDK_COMMON[:2]), ips=office, tz=tz)
    accts = [first] + [
        _benign(
            ctx,
            rng,
            kind,
            "ml_engineer",
            org=first.org,
            pay=first.pay,
            ua=pick(rng, BG_SDK),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 0, 1))
    ]
    for acct in accts:
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * 5, workday(tz))
        trains = bursts(rng, starts, float(rng.uniform(15, 45)), 4.0, 0.6, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.augmentation_prompt(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4),
            comp_median=650.0,
        )


# --------------------------------------------------------------------------------------------
# bring-your-own-key chat-client users: multi-turn sessions, "continue", long answers


def sambava(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sambava"
    clients = (
        "ChatBox/1.10.4 (Windows)",
        "ChatBox/1.10.4 (macOS)",
        "LibreChat/0.7.6",
        "TypingMind/2.3",
    )
    for _ in range(irange(rng, 30, 55)):
        tz = pick(rng, TZS)
        lang = pick(rng, ("en", "en", "en", "es", "pt", "id"))
        ua = pick(rng, clients) if chance(rng, 0.7) else pick(rng, BROWSERS)
        acct = _benign(
            ctx, rng, kind, "chat_client_user", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 150)),
        )
        ts_all, prompts, extra = [], [], []
        for s in sessions:
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                if j == 0 or chance(rng, 0.35):
                    prompts.append(texts.human(rng, ctx.chat, 1500))
                    extra.append(0)
                else:
                    prompts.append(texts.followup(rng, lang))
                    extra.append(j * irange(rng, 200, 700))
        ts = np.asarray(ts_all)
        if len(ts) == 0:
            continue
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.95))),
            comp_median=480.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# university course cohort: one org and card, a key per student, a deadline spike


def papantla(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "papantla"
    tz = pick(rng, (-5, 0, 1, 9))
    course = pick(rng, texts._COURSE)
    campus = home(rng, 2, tz)
    deadline = ctx.t0 + float(irange(rng, 4, 6)) * 86400.0 + 23.9 * HOUR - tz * HOUR
    first = None
    for i in range(irange(rng, 25, 45)):
        ua = pick(rng, BROWSERS + BG_DESKTOP)
        ips = campus + home(rng, 1, tz)
        if first is None:
            acct = _benign(ctx, rng, kind, "student", ua=ua, ips=ips, tz=tz)
            first = acct
        else:
            acct = _benign(
                ctx, rng, kind, "student", org=first.org, pay=first.pay, ua=ua, ips=ips, tz=tz
            )
        sessions = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 0.9)), evening_person(tz, 3.0), 2.5, 90.0
        )
        cram = session_times(
            rng, deadline - 30 * HOUR, deadline, 2.5, evening_person(tz, 4.0), 4.0, 120.0
        )
        ts = np.sort(np.concatenate(sessions + cram)) if (sessions or cram) else np.empty(0)
        if len(ts) == 0:
            ts = np.asarray([deadline - float(rng.uniform(1, 20)) * HOUR])
        week = 3 + i % 2
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.course_prompt(rng, course, week) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# translation shop: client documents into several locales at once


def melipona(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "melipona"
    tz = pick(rng, (1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    clients = ("Alpenbahn AG", "Maison Verre", "Nordkap Pharma", "Solaria Energía", "Kiwa Foods")
    first = None
    for _ in range(irange(rng, 4, 8)):
        ua = pick(rng, BG_DESKTOP) if chance(rng, 0.6) else "Trados-GenAI-Plugin/2.1"
        if first is None:
            acct = first = _benign(ctx, rng, kind, "translator", ua=ua, ips=office, tz=tz)
        else:
            acct = _benign(
                ctx, rng, kind, "translator", org=first.org, pay=first.pay, ua=ua, ips=office, tz=tz
            )
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 9 * 5, workday(tz))
        ts_all, prompts = [], []
        for t in jobs.tolist():
            client = pick(rng, clients)
            k = irange(rng, 1, 4)
            locales = [texts.TARGETS[i] for i in rng.permutation(len(texts.TARGETS))[:k].tolist()]
            for m, tg in enumerate(locales):
                ts_all.append(t + m * float(rng.uniform(20, 240)))
                prompts.append(texts.translation_job_prompt(rng, ctx.passages, client, tg))
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=600.0)


# --------------------------------------------------------------------------------------------
# research study on sampling variance: the same item many times, both models


def curing_shed(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "curing_shed"
    tz = pick(rng, (-5, 0, 1))
    ips = cloud(rng, irange(rng, 1, 2), "*")
    first = _benign(ctx, rng, kind, "study_cluster", ua="python-requests/2.32.3", ips=ips, tz=tz)
    accts = [first] + [
        _benign(
            ctx,
            rng,
            kind,
            "study_cluster",
            org=first.org,
            pay=first.pay,
            ua=first.ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 0, 1))
    ]
    n_items = irange(rng, 60, 140)
    for acct in accts:
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 7, nightly(22.0, 7.0, tz))
        ts_all, prompts, models = [], [], []
        for t in starts.tolist():
            item = irange(rng, 0, n_items - 1)
            k = irange(rng, 10, 30)
            p = texts.variance_study_prompt(rng, item)
            cand = [ctx.old_models[0]] + (
                [ctx.new_model] if t >= ctx.release else [ctx.old_models[-1]]
            )
            for model in cand:
                tt = t + np.cumsum(rng.exponential(1.2, size=k))
                ts_all.extend(tt.tolist())
                prompts.extend([p] * k)
                models.extend([model] * k)
                t = float(tt[-1]) + 5.0
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=40.0, err=0.02)


# --------------------------------------------------------------------------------------------
# marketing agency reselling AI copy: a key per client, one org and card


def sweat_box(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sweat_box"
    ips = cloud(rng, 2, pick(rng, ("digitalocean", "hetzner", "aws")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    first = None
    for _ in range(irange(rng, 10, 20)):
        if first is None:
            acct = first = _benign(ctx, rng, kind, "client_key", ua=ua, ips=ips)
        else:
            acct = _benign(
                ctx, rng, kind, "client_key", org=first.org, pay=first.pay, ua=ua, ips=ips
            )
        brand = pick(rng, texts._BRANDS)
        lang = pick(rng, ("en", "en", "es", "de"))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 6)) * (ctx.t1 - start) / HOUR * 0.4,
            multi_office((-5, 1)),
        )
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.agency_prompt(rng, brand, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
            comp_median=380.0,
        )


BENIGN_KINDS = {
    "curing_shed": curing_shed,
    "custard": custard,
    "melipona": melipona,
    "papantla": papantla,
    "planifolia": planifolia,
    "sambava": sambava,
    "sweat_box": sweat_box,
    "tahitensis": tahitensis,
    "tincture": tincture,
    "vanillin": vanillin,
}
