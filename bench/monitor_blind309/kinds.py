"""Benign hard-negative kinds of batch 309 (code names: maple syrup words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families
(or a campaign in general). Accounts are labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind309 import texts as tx
from bench.monitor_blind309.families import BG_UA_BROWSER, BG_UA_SDK


def _benign(ctx: bb.Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _one(ts: np.ndarray, fallback: float) -> np.ndarray:
    return ts if len(ts) else np.array([fallback])


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: multilingual chain-of-thought benchmark runs, heavy on release day


def sugarhouse(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "sugarhouse"
    n = irange(rng, 2, 4)
    ips = bb.cloud(rng, 2, "gcp")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _benign(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips
        )
        for _ in range(n)
    ]
    runs = [ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY for _ in range(irange(rng, 1, 2))]
    runs += [ctx.release + float(rng.uniform(1, 8)) * HOUR for _ in range(irange(rng, 2, 4))]
    runs += [ctx.release + float(rng.uniform(1, 2.9)) * DAY for _ in range(irange(rng, 1, 2))]
    per: list[list] = [[] for _ in range(n)]
    for r, start in enumerate(sorted(runs)):
        size = irange(rng, 200, 600)
        lang = pick(rng, ("en", "en", "zh", "ja"))
        bench = pick(rng, ("mathqa-internal", "logic-suite-v3", "arith-ml"))
        model = ctx.new_model if start >= ctx.release and chance(rng, 0.75) else ctx.old_models[0]
        ts = start + np.cumsum(rng.lognormal(np.log(0.9), 0.4, size=size))
        o = r % n
        for t in ts.tolist():
            per[o].append((t, tx.eval_item(rng, lang, bench), model))
    for a, rows in zip(accts, per, strict=True):
        if not rows:
            rows = [(ctx.release + HOUR, tx.eval_item(rng, "en", "smoke"), ctx.new_model)]
        ctx.emit(
            rng,
            a,
            np.array([r[0] for r in rows]),
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=600.0,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: annotators pre-label preference pairs in a web tool, plus a backend key


def sap_bucket(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "sap_bucket"
    tz = pick(rng, (5, 8, 2))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    project = pick(rng, ("Project Lumen", "Orchid RLHF", "Batch-QA 7"))
    for _ in range(irange(rng, 15, 28)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_UA_BROWSER[:2]),
            ips=[pick(rng, office)],
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            12.0,
            float(rng.uniform(60, 150)),
            0.7,
        )
        ts = _one(np.concatenate(sess) if sess else np.empty(0), ctx.t0 + DAY)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.prelabel_prompt(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.0),
            comp_median=200.0,
            err=0.01,
        )
    backend = _benign(
        ctx,
        rng,
        kind,
        "backend",
        org=org,
        pay=card,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 1, "aws"),
        tz=tz,
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, 3.0 * 7, bb.workday(tz))
    ts = _one(
        np.concatenate(bb.bursts(rng, starts, 80.0, 1.2, b=ctx.t1)) if len(starts) else np.empty(0),
        ctx.t0 + DAY,
    )
    ctx.emit(
        rng,
        backend,
        ts,
        [tx.prelabel_prompt(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.5, 0.0),
        comp_median=200.0,
        err=0.02,
    )


# --------------------------------------------------------------------------------------------
# 3. trust & safety for a teen community: rewrites posts to fit the guidelines


def evaporator(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "evaporator"
    servers = bb.cloud(rng, irange(rng, 2, 4), "azure")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    brand = pick(rng, ("Pebblebox", "Kitewire", "Loomlet"))
    rate = float(rng.uniform(20, 35))
    for k in range(2):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=servers,
        )
        ts = _one(
            bb.thinned(
                rng, ctx.t0, ctx.t1, (rate if k == 0 else 3) * 7 * 24, bb.global_load(19.0, 0.6)
            ),
            ctx.t0 + HOUR,
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_rewrite(rng, ctx.chat, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=160.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 4. a dev team using a coding agent: bursts of tool steps with big contexts


def sugarbush(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "sugarbush"
    tz = pick(rng, (-8, -5, 1, 2))
    nat = bb.home(rng, 1, tz)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    repo = pick(rng, ("acme/payments", "harbor/api", "nimbus/monorepo"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 8, 15)):
        ips = nat + bb.home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            bb.workday(tz),
            10.0,
            float(rng.uniform(4, 10)),
            0.6,
        )
        ts = _one(np.concatenate(sess) if sess else np.empty(0), ctx.t0 + DAY)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.coding_agent_step(rng, repo) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.1),
            comp_median=300.0,
            comp_sigma=0.8,
            extra=rng.integers(1500, 9000, size=len(ts)),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 5. data augmentation for their own intent classifier, nightly


def spile(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "spile"
    tz = pick(rng, (1, -5, 9))
    product = pick(rng, ("ParcelPal", "FitBox", "Telco One"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ip = bb.cloud(rng, 1, "aws")
    for _ in range(irange(rng, 1, 2)):
        a = _benign(ctx, rng, kind, "pipeline", org=org, pay=card, ua=BG_UA_SDK[0], ips=ip, tz=tz)
        nights = [ctx.t0 + d * DAY + (2 - tz) % 24 * HOUR for d in range(7) if chance(rng, 0.8)]
        trains = bb.bursts(rng, np.array(nights), float(rng.uniform(150, 400)), 2.0, b=ctx.t1)
        ts = _one(np.concatenate(trains) if trains else np.empty(0), ctx.t0 + DAY)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_prompt(rng, product) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.1, 0.4),
            comp_median=700.0,
            comp_sigma=0.4,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 6. companion app backend: multi-turn chats with long memory context, round the clock


def sap_line(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "sap_line"
    servers = bb.cloud(rng, irange(rng, 3, 5), "gcp")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=servers
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(30, 60)),
            bb.global_load(20.0, 0.5),
            8.0,
            float(rng.uniform(20, 60)),
            1.0,
        )
        ts = _one(np.concatenate(sess) if sess else np.empty(0), ctx.t0 + HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_turn(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.05, 0.7),
            comp_median=90.0,
            comp_sigma=0.6,
            extra=rng.integers(1200, 3500, size=len(ts)),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. research study of sampling variance: the same prompt n times, old vs new model


def maple_taffy(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "maple_taffy"
    tz = pick(rng, (1, 0, -5, 9))
    campus = bb.home(rng, 2, tz)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "grad_student",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * 7, bb.workday(tz, 9.5, 19.0)
        )
        rows = []
        n_rep = irange(rng, 5, 10)
        for s in starts.tolist():
            prompt = (
                (tx.problem(rng) + " Answer with just the number.")
                if chance(rng, 0.6)
                else tx.soft_label_prompt(rng, ctx.chat)
            )
            models = [ctx.old_models[0]] if s < ctx.release else [ctx.old_models[0], ctx.new_model]
            t = s
            for m in models:
                for _ in range(n_rep):
                    t += float(rng.lognormal(np.log(1.5), 0.5))
                    rows.append((t, prompt, m))
        if not rows:
            rows = [(ctx.t0 + DAY, tx.problem(rng), ctx.old_models[0])]
        ctx.emit(
            rng,
            a,
            np.array([r[0] for r in rows]),
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=120.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 8. a university course cohort: one key per student, deadline surge


def filter_press(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "filter_press"
    tz = pick(rng, (1, 2, -5, 8))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    course = pick(rng, ("PHYS 201", "CS 161", "ECON 110", "STAT 230"))
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY

    def surge(t: np.ndarray) -> np.ndarray:
        near = np.exp(-0.5 * ((t - (deadline - 0.5 * DAY)) / (0.6 * DAY)) ** 2)
        return np.clip(bb.evening_person(tz)(t) * (0.25 + near), 0, 1)

    for _ in range(irange(rng, 40, 70)):
        phone = chance(rng, 0.3)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BG_UA_BROWSER[2:3] + bb.MOBILE[:2]) if phone else pick(rng, BG_UA_BROWSER),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            surge,
            5.0,
            float(rng.uniform(60, 200)),
            0.9,
        )
        ts = _one(np.concatenate(sess) if sess else np.empty(0), deadline - HOUR)
        week = 5 if chance(rng, 0.9) else 4
        ctx.emit(
            rng,
            a,
            ts,
            [tx.coursework_prompt(rng, course, week) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.4, 0.05),
            comp_median=420.0,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# 9. translation shop: translators at desks, many target languages, long passages


def draw_off(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "draw_off"
    tz = pick(rng, (1, 2, 3))
    office = bb.home(rng, 1, tz)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    clients = ("Nordlicht Outdoor", "Vela Pharma", "Kasa Fintech", "Mirador Hotels")
    for _ in range(irange(rng, 6, 10)):
        remote = chance(rng, 0.3)
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, BG_UA_BROWSER[:2] + BG_UA_SDK[:1]),
            ips=bb.home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.workday(tz),
            6.0,
            float(rng.uniform(120, 400)),
            0.7,
        )
        ts = _one(np.concatenate(sess) if sess else np.empty(0), ctx.t0 + DAY)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translation_job(rng, ctx.passages, pick(rng, clients)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.0),
            comp_median=450.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 10. agency/reseller: one key per small-business client, moves everyone to the new model


def finishing_pan(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "finishing_pan"
    servers = bb.cloud(rng, irange(rng, 2, 3), "hetzner")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    switch = ctx.release + float(rng.uniform(1, 4)) * HOUR
    for i in range(irange(rng, 10, 22)):
        tz = pick(rng, (1, 2, 0, -5))
        client = (
            pick(
                rng,
                (
                    "Bäckerei Lind",
                    "Studio Onda",
                    "Clínica Sol",
                    "Harbour Yoga",
                    "Brightside Dental",
                    "Café Mira",
                    "Velo Works",
                    "Nordby Accounting",
                ),
            )
            + f" #{i}"
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=servers,
            tz=tz,
        )
        ts = _one(
            bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 40)) * 7, bb.workday(tz)),
            ctx.t0 + DAY,
        )
        prompts = [
            tx.marketing_prompt(rng, client)
            if chance(rng, 0.6)
            else tx.short(pick(rng, ctx.chat), 800)
            for _ in range(len(ts))
        ]
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=220.0, err=0.01)


BENIGN_KINDS: dict[str, Callable] = {
    "sugarhouse": sugarhouse,
    "sap_bucket": sap_bucket,
    "evaporator": evaporator,
    "sugarbush": sugarbush,
    "spile": spile,
    "sap_line": sap_line,
    "maple_taffy": maple_taffy,
    "filter_press": filter_press,
    "draw_off": draw_off,
    "finishing_pan": finishing_pan,
}
