"""Benign hard-negative kinds of blind batch 215 (code names from rosemaling).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families, or a campaign in general. Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, MINUTE, chance, irange, pick
from bench.monitor_blind215 import texts

LABEL = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark sweeps of old and new model, show-your-work items


def telemark_style(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "telemark_style"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
    keys = [
        ctx.account(
            rng, label=LABEL, family=name, role="eval_runner", org=org, pay=card, ua=ua, ips=ips
        )
        for _ in range(irange(rng, 2, 4))
    ]
    n_items = irange(rng, 250, 600)
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, ctx.old_models[0]),
        (ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[-1]),
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.05, 0.6)) * DAY, ctx.new_model),
        (ctx.release + float(rng.uniform(0.1, 1.0)) * DAY, ctx.old_models[0]),
    ]
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(1.2, 2.8)) * DAY, ctx.new_model))
    for start, model in runs:
        acct = pick(rng, keys)
        gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.2))), 0.6, size=n_items)
        ts = start + np.cumsum(gaps)
        prompts = [
            texts.benchmark_item(i, rng) if i % 3 else texts.mcq_item(i) for i in range(n_items)
        ]
        comp = np.where(np.arange(n_items) % 3 == 0, 4.0, 450.0)
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=comp, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: model pre-annotation of preference pairs during office hours


def rogaland_style(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "rogaland_style"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = rng.choice([3, 5, 8, 1], size=2, replace=False).tolist()
    ips = bb.cloud(rng, 2, pick(rng, ("aws", "azure")))
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="preannotation_service",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    # annotators load queues: each load fires a batch of pre-annotation calls
    loads = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 16)) * 5, bb.multi_office(offices))
    trains = bb.bursts(rng, loads, float(rng.uniform(20, 50)), 1.5, 0.5, ctx.t1)
    task = irange(rng, 10000, 90000)
    owner = rng.integers(0, len(keys), size=len(trains))
    for i, acct in enumerate(keys):
        ts = _concat([t for t, o in zip(trains, owner.tolist(), strict=True) if o == i])
        prompts = []
        for _ in range(len(ts)):
            task += 1
            prompts.append(texts.labelling_task(rng, ctx.chat, ctx.passages, task))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=55.0,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# trust & safety vendor: rewriting user posts to fit community guidelines, around the clock


def hallingdal_style(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "hallingdal_style"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "ovh"))
    platforms = [
        pick(rng, ("Threadly", "Pinecone Forums", "Kettle", "Marrow", "Lumen Q&A"))
        for _ in range(irange(rng, 1, 3))
    ]
    for platform in dict.fromkeys(platforms):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="moderation_service",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(8, 20)) * 7 * 24,
            bb.global_load(float(rng.uniform(14, 22)), 0.5),
        )
        prompts = [texts.moderation_rewrite(rng, ctx.chat, platform) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=150.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# software company's IDE coding agent: many developers, multi-step tool loops


def valdres_style(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "valdres_style"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    repos = [
        f"{pick(rng, ('billing', 'web', 'ingest', 'auth', 'mobile'))}-{pick(rng, ('svc', 'app', 'api'))}"
        for _ in range(4)
    ]
    for _ in range(irange(rng, 8, 20)):
        home = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home,
            tz=tz,
        )
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), bb.workday(tz), 1.0, 60.0
        )
        ts_all, prompts, extra = [], [], []
        for s in sessions:
            repo = pick(rng, repos)
            k = irange(rng, 4, 22)
            t = s[0] + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.7, size=k - 1))]
            )
            base = irange(rng, 1500, 5000)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.ide_agent_step(rng, repo, j))
                extra.append(base + 400 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=260.0,
            comp_sigma=0.8,
            extra=extra,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase generation for an intent classifier


def acanthus_scroll(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "acanthus_scroll"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    acct = ctx.account(
        rng,
        label=LABEL,
        family=name,
        role="augmentation_job",
        org=org,
        pay=card,
        ua=bb.sdk_ua(rng, 0.7),
        ips=bb.cloud(rng, 1, pick(rng, ("aws", "gcp"))),
        tz=tz,
    )
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(150, 350)) * 5,
        bb.nightly(float(rng.uniform(0, 3)), 2.5, tz),
    )
    ctx.emit(
        rng,
        acct,
        ts,
        [texts.augmentation_prompt(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
        comp_median=620.0,
        comp_sigma=0.4,
        err=0.01,
    )
    # the team's own people trying prompts by hand in the day
    for _ in range(irange(rng, 1, 3)):
        dev = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="ml_engineer",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, 1.0, bb.workday(tz), 4.0, 90.0)
        ts = _concat(sessions)
        ctx.emit(
            rng,
            dev,
            ts,
            [
                texts.augmentation_prompt(rng) if chance(rng, 0.5) else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=400.0,
        )


# --------------------------------------------------------------------------------------------
# companion / role-play app backend: multi-turn chat, worldwide load


def tine_box(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "tine_box"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "vultr"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "okhttp/4.12.0"))
    keys = [
        ctx.account(
            rng, label=LABEL, family=name, role="app_backend", org=org, pay=card, ua=ua, ips=ips
        )
        for _ in range(irange(rng, 1, 3))
    ]
    # user chat sessions, pooled through the backend keys
    convs = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(6, 14)) * 7 * 24,
        bb.global_load(float(rng.uniform(18, 23)), 0.6),
    )
    ts_all = []
    for s in convs.tolist():
        k = 1 + int(rng.negative_binomial(2, 0.25))
        ts_all.append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=k - 1))])
        )
    ts = _concat(ts_all)
    who = rng.integers(0, len(keys), size=len(ts))
    for i, acct in enumerate(keys):
        mine = ts[who == i]
        ctx.emit(
            rng,
            acct,
            mine,
            [texts.companion_message(rng, ctx.chat) for _ in range(len(mine))],
            models=ctx.models(rng, mine, p_new=0.5, p_mini=0.4),
            comp_median=110.0,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# university research study: the same questions sampled many times, both models


def kubbestol(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "kubbestol"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    student = ctx.account(
        rng,
        label=LABEL,
        family=name,
        role="researcher",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.58.1",
        ips=bb.home(rng, 2, tz),
        tz=tz,
    )
    runner = ctx.account(
        rng,
        label=LABEL,
        family=name,
        role="research_job",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.58.1",
        ips=bb.cloud(rng, 1, pick(rng, ("gcp", "aws"))),
        tz=tz,
    )
    n_q = irange(rng, 60, 140)
    samples = irange(rng, 8, 25)
    for acct, frac in ((student, 0.3), (runner, 0.7)):
        start = (
            ctx.release + float(rng.uniform(0.1, 1.5)) * DAY
            if acct is runner
            else ctx.t0 + float(rng.uniform(0.2, 2)) * DAY
        )
        models = [ctx.new_model, ctx.old_models[0]] if start >= ctx.release else [ctx.old_models[0]]
        t = start
        ts, prompts, mods = [], [], []
        for q in range(int(n_q * frac)):
            p = texts.study_prompt(q)
            for m in models:
                for _ in range(samples):
                    t += float(rng.lognormal(np.log(1.5), 0.5))
                    ts.append(t)
                    prompts.append(p)
                    mods.append(m)
            t += float(rng.exponential(60))
        ctx.emit(
            rng,
            acct,
            np.asarray(ts),
            prompts,
            models=mods,
            comp_median=60.0,
            comp_sigma=0.6,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# course cohort: students of one programming course, shared campus address, same labs


def tulip_motif(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "tulip_motif"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    week = irange(rng, 1, 6)
    lab_days = sorted(rng.choice(5, size=2, replace=False).tolist())
    lab_h = float(rng.uniform(9, 15))

    def lab(ts: np.ndarray) -> np.ndarray:
        h = bb.local_hour(ts, tz)
        d = bb.weekday(ts, tz)
        return (np.isin(d, lab_days) & (h >= lab_h) & (h < lab_h + 2)).astype(np.float64)

    for _ in range(irange(rng, 25, 50)):
        ua = (
            pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
            if chance(rng, 0.6)
            else pick(rng, bb.BROWSERS)
        )
        home = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        in_lab = bb.session_times(rng, ctx.t0, ctx.t1, 2.0, lab, 5.0, 120.0)
        at_home = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 1.0)), bb.evening_person(tz), 3.0, 100.0
        )
        for sessions, ip in ((in_lab, campus), (at_home, home)):
            ts = _concat(sessions)
            prompts = [
                texts.course_question(rng, ctx.chat, week if chance(rng, 0.8) else week - 1)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
                ips=bb.picks(rng, ip, len(ts)),
                comp_median=420.0,
            )


# --------------------------------------------------------------------------------------------
# digital agency reselling access: many client sub-keys under one org and card


def trunk_lid(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "trunk_lid"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    gateway = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "digitalocean", "hetzner")))
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", "Go-http-client/2.0"))
    for i in range(irange(rng, 8, 20)):
        client = f"{pick(rng, ('Nordlys', 'Verde', 'Kora', 'Atlas', 'Saffron', 'Bluebell', 'Makena', 'Orchid'))} {pick(rng, ('Studio', 'Co', 'Group', 'House', 'Labs'))} {i}"
        tz = pick(rng, bb.TZS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="client_subkey",
            org=org,
            pay=card,
            ua=ua,
            ips=gateway,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(60), 0.9)), bb.workday(tz))
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.agency_prompt(rng, ctx.chat, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# evaluation team replaying public prompts on old and new model to compare


def ale_bowl(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    name = "ale_bowl"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 1, pick(rng, ("gcp", "azure", "aws")))
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="eval_researcher",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.8),
            ips=ips,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    n = irange(rng, 400, 1200)
    sample = [ctx.chat[i] for i in rng.choice(len(ctx.chat), size=n, replace=False).tolist()]
    for r in range(irange(rng, 2, 3)):
        start = ctx.release + float(rng.uniform(0.1, 2.5)) * DAY
        acct = keys[r % len(keys)]
        for model in (ctx.new_model, ctx.old_models[0]):
            ts = start + np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=n))
            ctx.emit(rng, acct, ts, sample, models=model, comp_median=400.0, err=0.02)
            start = float(ts[-1]) + float(rng.uniform(5, 60)) * MINUTE
    # the same people poking at the model by hand
    for acct in keys:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), bb.workday(1))
        ctx.emit(
            rng,
            acct,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.7),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable[[bb.Ctx, np.random.Generator], None]] = {
    "telemark_style": telemark_style,
    "rogaland_style": rogaland_style,
    "hallingdal_style": hallingdal_style,
    "valdres_style": valdres_style,
    "acanthus_scroll": acanthus_scroll,
    "tine_box": tine_box,
    "kubbestol": kubbestol,
    "tulip_motif": tulip_motif,
    "trunk_lid": trunk_lid,
    "ale_bowl": ale_bowl,
}
