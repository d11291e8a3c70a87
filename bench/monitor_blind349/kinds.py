"""Benign hard-negative kinds of batch 349 (code names from ornithology).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family of this batch (or
a campaign in general). Accounts are labelled benign with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind349 import texts as tx
from bench.monitor_blind349.families import models_after, subset, weighted

R = np.random.Generator


def _acct(ctx: Ctx, rng: R, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# translation agency (looks like a translation harvest)


def syrinx(ctx: Ctx, rng: R) -> None:
    kind = "syrinx"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, -3, 9))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    targets = subset(
        rng, ("de", "fr", "es", "it", "pl", "ja", "zh", "pt", "nl", "tr", "ar", "ko"), 4, 8
    )
    clients = [
        f"{pick(rng, ('Nord', 'Lumen', 'Vega', 'Ostra', 'Kaito', 'Brisa'))} {pick(rng, ('GmbH', 'Labs', 'SA', 'Retail', 'Health'))}"
        for _ in range(irange(rng, 4, 9))
    ]
    tool_ua = pick(
        rng,
        (
            "MateCat-plugin/2.4 (python-requests/2.32.3)",
            "CATBridge/1.9 okhttp/4.12.0",
            "OpenAI/Python 1.54.0",
        ),
    )
    for _ in range(irange(rng, 4, 8)):
        home = bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office + home,
            tz=tz,
        )
        mine = subset(rng, targets, 1, 2)
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            6.0,
            float(rng.uniform(40, 140)),
        ):
            if not len(s):
                continue
            client, tgt = pick(rng, clients), pick(rng, mine)
            prompts = [
                tx.agency_translation(rng, pick(rng, ctx.passages), tgt, client)
                for _ in range(len(s))
            ]
            ua = tool_ua if chance(rng, 0.4) else a.ua
            ips = office[0] if chance(rng, 0.75) else home[0]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.3, 0.1),
                ua=ua,
                ips=ips,
                comp_median=420.0,
            )


# --------------------------------------------------------------------------------------------
# model evaluation lab (looks like reasoning harvest / benchmark-shaped campaigns)


def culmen(ctx: Ctx, rng: R) -> None:
    kind = "culmen"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("gcp", "aws")), 1, irange(rng, 2, 4))
    # the lab's fixed benchmark suite, built once
    n_items = irange(rng, 300, 600)
    style = subset(rng, ("harness", "boxed", "explain", "json"), 1, 2)
    items = [
        tx.mcq_text(rng, pick(rng, style))
        if chance(rng, 0.6)
        else tx.reasoning_prompt(rng, "verify_hash", "en")
        for _ in range(n_items)
    ]
    keys = [
        _acct(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=block
        )
        for _ in range(irange(rng, 2, 4))
    ]
    runs = [float(rng.uniform(ctx.t0, ctx.release)) for _ in range(irange(rng, 1, 3))]
    runs += [ctx.release + float(rng.uniform(0.05, 2.8)) * DAY for _ in range(irange(rng, 3, 6))]
    for r in sorted(runs):
        if r >= ctx.release:
            model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]))
        else:
            model = pick(rng, ctx.old_models)
        shard = items if chance(rng, 0.6) else items[: n_items // 2]
        ts = r + np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=len(shard)))
        k = irange(rng, 0, len(keys) - 1)
        ctx.emit(rng, keys[k], ts, shard, models=model, comp_median=550.0, err=0.01)


# --------------------------------------------------------------------------------------------
# companion chat app backend (looks like multi-turn dialogue harvest)


def brood_patch(ctx: Ctx, rng: R) -> None:
    kind = "brood_patch"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    personas = [pick(rng, bb.NAMES) for _ in range(irange(rng, 4, 10))]
    keys = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(irange(rng, 2, 3))
    ]
    curve = bb.global_load(float(rng.uniform(19, 23)), 0.7)
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(20, 40)) * (ctx.t1 - ctx.t0) / HOUR, curve
    )
    who = rng.integers(0, len(keys), size=len(ts))
    switch = ctx.release + float(rng.uniform(24, 60)) * HOUR
    for k, a in enumerate(keys):
        t = ts[who == k]
        prompts = [tx.companion_msg(rng, pick(rng, personas), ctx.chat) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=models_after(ctx, rng, t, switch, 0.5, 0.5),
            comp_median=120.0,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor's annotators (looks like judge / reward grading)


def wing_chord(ctx: Ctx, rng: R) -> None:
    kind = "wing_chord"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    guideline = f"{pick(rng, ('HelpEval', 'RLHF-v', 'Pairwise'))}-{irange(rng, 2, 9)}"
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, (3, 5, 8, 1))
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            8.0,
            float(rng.uniform(90, 240)),
        ):
            if len(s):
                prompts = [
                    tx.annotator_task(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), guideline)
                    for _ in range(len(s))
                ]
                ctx.emit(
                    rng, a, s, prompts, models=ctx.models(rng, s, 0.25, 0.1), comp_median=200.0
                )
    # the vendor's pre-labelling job
    bot = _acct(
        ctx,
        rng,
        kind,
        "prelabel_job",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=bb.cloud(rng, 1, "aws"),
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, 7.0, bb.nightly(1.0, 2.0, 0))
    for tr in bb.bursts(rng, starts, float(rng.uniform(60, 160)), 1.0, 0.5, ctx.t1):
        prompts = [
            tx.grading_prompt(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                "likert",
                "en",
            )
            for _ in range(len(tr))
        ]
        ctx.emit(rng, bot, tr, prompts, models=ctx.old_models[-1], comp_median=180.0)


# --------------------------------------------------------------------------------------------
# developers running a coding agent (looks like agent / code harvest)


def alula(ctx: Ctx, rng: R) -> None:
    kind = "alula"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = bb.home(rng, 1, tz)
    repo = pick(rng, ("acme/checkout", "team/infra", "shop-api", "mobile-app", "data-pipeline"))
    for _ in range(irange(rng, 5, 12)):
        ua = pick(
            rng,
            ("Cline/3.4.0", "aider/0.74.2 litellm/1.60.2", "Continue/0.9.260", "Roo-Code/3.7.1"),
        )
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        p_new = float(rng.uniform(0.2, 0.8))
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz, 9.0, 19.0, 0.1),
            float(rng.uniform(12, 30)),
            4.0,
            0.7,
        ):
            if len(s):
                prompts = [tx.ide_agent(rng, repo) for _ in range(len(s))]
                extra = rng.integers(1500, 12000, size=len(s))
                ctx.emit(
                    rng,
                    a,
                    s,
                    prompts,
                    models=ctx.models(rng, s, p_new, 0.0),
                    ips=pick(rng, a.ips),
                    extra=extra,
                    comp_median=300.0,
                    err=0.02,
                )


# --------------------------------------------------------------------------------------------
# a university course cohort (looks like a coordinated crowd)


def zugunruhe(ctx: Ctx, rng: R) -> None:
    kind = "zugunruhe"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2, 5, 9))
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    kickoff = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    deadline = kickoff + float(rng.uniform(2.5, 4.0)) * DAY
    assignment = irange(rng, 2, 6)

    def curve(ts: np.ndarray) -> np.ndarray:
        base = bb.evening_person(tz)(ts)
        near = np.clip(1 - (deadline - ts) / DAY, 0, 1) * (ts < deadline)
        return np.clip(0.35 * base + 0.65 * near * base + 0.1, 0, 1)

    for _ in range(irange(rng, 25, 45)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.8) else bb.sdk_ua(rng, 0.8)
        home = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=campus + home, tz=tz)
        start = kickoff + float(rng.uniform(0, 0.3)) * DAY
        for s in bb.session_times(rng, start, ctx.t1, float(rng.uniform(1, 3)), curve, 4.0, 80.0):
            if len(s):
                prompts = [tx.homework(rng, assignment, ctx.chat) for _ in range(len(s))]
                ctx.emit(
                    rng,
                    a,
                    s,
                    prompts,
                    models=ctx.models(rng, s, 0.5, 0.2),
                    ips=pick(rng, campus) if chance(rng, 0.4) else home[0],
                    comp_median=380.0,
                )


# --------------------------------------------------------------------------------------------
# data-augmentation team at a software company (looks like synthetic-data generation)


def philopatry(ctx: Ctx, rng: R) -> None:
    kind = "philopatry"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    utterances = [c for c in ctx.chat if len(c) < 200]
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augment_job",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=bb.cloud(rng, irange(rng, 1, 2), "aws"),
            tz=tz,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(250, 500)) * 7,
            bb.nightly(float(rng.uniform(0, 3)), 3.0, tz),
        )
        prompts = [tx.augment(rng, pick(rng, utterances)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.6), comp_median=160.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety review queue (looks like policy rewrites)


def tomia(ctx: Ctx, rng: R) -> None:
    kind = "tomia"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    workers = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "azure", "aws")))
    langs = ["en"] + subset(rng, tx.MOD_LANGS[1:], 2, 5)
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.4)
    for _ in range(irange(rng, 3, 6)):
        a = _acct(
            ctx,
            rng,
            kind,
            "queue_worker",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=workers,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(5, 12)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        lg = weighted(rng, langs, len(ts), 0.5)
        prompts = [tx.moderation(rng, pick(rng, ctx.chat), g) for g in lg]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.3), comp_median=110.0, err=0.005
        )


# --------------------------------------------------------------------------------------------
# tutoring product (looks like a curriculum sweep with a model pivot)


def gape_flange(ctx: Ctx, rng: R) -> None:
    kind = "gape_flange"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    keys = [
        _acct(
            ctx, rng, kind, "tutor_backend", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=nat
        )
        for _ in range(irange(rng, 2, 3))
    ]
    switch = ctx.release + float(rng.uniform(1, 10)) * HOUR

    def curve(ts: np.ndarray) -> np.ndarray:
        h = bb.local_hour(ts, -5)
        after_school = np.exp(-0.5 * ((h - 17.5) / 2.5) ** 2)
        return np.clip(0.08 + after_school, 0, 1) * np.where(bb.weekday(ts, -5) >= 5, 0.6, 1.0)

    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR, curve
    )
    who = rng.integers(0, len(keys), size=len(ts))
    for k, a in enumerate(keys):
        t = ts[who == k]
        prompts = [tx.tutor(rng, irange(rng, 5, 11)) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=models_after(ctx, rng, t, switch, 0.95, 0.0),
            comp_median=420.0,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# API reseller / agency with one key per client (looks like a many-key operation)


def eclipse_plumage(ctx: Ctx, rng: R) -> None:
    kind = "eclipse_plumage"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "digitalocean", "hetzner"))
    nat = bb.cloud(rng, irange(rng, 4, 8), prov)
    for _ in range(irange(rng, 10, 18)):
        tz = pick(rng, TZS)
        a = _acct(
            ctx, rng, kind, "client_key", org=org, pay=card, ua=bb.sdk_ua(rng, 0.5), ips=nat, tz=tz
        )
        vol = float(rng.lognormal(np.log(20), 0.8))
        curve = (
            bb.workday(tz) if chance(rng, 0.6) else bb.global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, vol * 7, curve)
        templates = subset(rng, (0, 1, 2, 3, 4, 5), 1, 3)
        prompts = [tx.client_prompt(rng, t, ctx.chat) for t in picks(rng, templates, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.9)), 0.2),
            comp_median=300.0,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, R], None]] = {
    "syrinx": syrinx,
    "culmen": culmen,
    "brood_patch": brood_patch,
    "wing_chord": wing_chord,
    "alula": alula,
    "zugunruhe": zugunruhe,
    "philopatry": philopatry,
    "tomia": tomia,
    "gape_flange": gape_flange,
    "eclipse_plumage": eclipse_plumage,
}
