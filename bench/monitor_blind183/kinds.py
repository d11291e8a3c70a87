"""Benign hard-negative kinds of batch 183 (code names from change ringing).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble a campaign family (or a campaign
in general). Accounts are labelled "benign" with the kind's name as their family. See README.md
(read only after the monitor's single run) for what each one "Looks like".
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, Ctx, chance, irange, pick
from bench.monitor_blind183 import texts as tx

Rng = np.random.Generator


def _ben(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _ordered(all_ts: list[float], *cols: list) -> tuple[np.ndarray, ...]:
    order = np.argsort(np.asarray(all_ts), kind="stable")
    out = [np.asarray(all_ts, dtype=np.float64)[order]]
    for c in cols:
        out.append([c[i] for i in order.tolist()])
    return tuple(out)


# --------------------------------------------------------------------------------------------


def handstroke(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab: benchmark sweeps with chain-of-thought items, heavy on the new model's launch."""
    kind = "handstroke"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "gcp")
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"))
    keys = [
        _ben(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 3, 5))
    ]
    suites = (
        "arith-hard-v2",
        "word-problems-ml",
        "logic-seat-500",
        "units-physics",
        "prob-stat-mini",
    )
    runs = []
    # routine regression runs on the old models, then a launch-day sweep of the new model
    for t in bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(8, 14)), bb.multi_office([-8, 1])
    ).tolist():
        runs.append((t, pick(rng, ctx.old_models)))
    launch = ctx.release + float(rng.uniform(0.5, 3)) * HOUR
    for j in range(irange(rng, 5, 9)):
        runs.append((launch + j * float(rng.uniform(1.5, 4)) * HOUR, ctx.new_model))
    for t in bb.thinned(
        rng, ctx.release + bb.DAY, ctx.t1, float(rng.uniform(4, 8)), bb.constant
    ).tolist():
        runs.append((t, pick(rng, (ctx.new_model, ctx.old_models[0]))))
    per_key: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in keys]
    for t, model in runs:
        suite = pick(rng, suites)
        cot = chance(rng, 0.6)
        n = irange(rng, 150, 600)
        gaps = rng.exponential(1.0 / float(rng.uniform(1.5, 4)), size=n)
        ts = t + np.cumsum(gaps)
        who = rng.integers(0, len(keys), size=n)
        for i, (tt, w) in enumerate(zip(ts.tolist(), who.tolist(), strict=True)):
            bucket = per_key[w]
            bucket[0].append(tt)
            bucket[1].append(tx.eval_item(rng, suite, i, cot))
            bucket[2].append(model)
            bucket[3].append(550 if cot else 12)
    for a, (ts, prompts, models, med) in zip(keys, per_key, strict=True):
        ts, prompts, models, med = _ordered(ts, prompts, models, med)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(med, dtype=np.float64),
            err=0.03,
        )


def place_notation(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor: many annotators, one key each, grading reply pairs from an office."""
    kind = "place_notation"
    tz = pick(rng, (5, 8))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 15, 28)):
        ua = pick(rng, bb.BROWSERS)
        a = _ben(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        shift = bb.workday(
            tz, start=pick(rng, (7.0, 9.0, 13.0)), end=pick(rng, (16.0, 18.0, 22.0)), weekend=0.1
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3)),
            shift,
            float(rng.uniform(8, 18)),
            float(rng.uniform(60, 140)),
            0.6,
        )
        ts = _concat(sess)
        prompts = [
            tx.annotation_task(rng, guideline, irange(rng, 100000, 999999), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.0), comp_median=260
        )


def coursing_order(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety team: policy checks and minimal safe edits of community posts, around the clock."""
    kind = "coursing_order"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 3, "aws")
    community = pick(rng, ("fishing-forum", "parents-network", "retro-gaming", "city-marketplace"))
    for _ in range(irange(rng, 2, 3)):
        a = _ben(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
        )
        rate = float(rng.uniform(15, 35))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(19.0, 0.5)
        )
        prompts = [
            tx.moderation_check(rng, community, tx.clip(pick(rng, ctx.chat), 10, 700, rng))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=90,
            comp_sigma=0.4,
        )


def ringing_chamber(ctx: Ctx, rng: Rng) -> None:
    """Developers at two or three companies using an IDE coding agent: loops of tool-calling steps."""
    kind = "ringing_chamber"
    ua = "CodeHarbor/2.4.1 vscode/1.96.2"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, (-8, -5, 1, 2))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        office = bb.home(rng, 1, tz)
        repo = pick(rng, ("billing-api", "mobile-app", "infra", "data-pipeline", "web-frontend"))
        for _ in range(irange(rng, 6, 14)):
            ips = office + bb.home(rng, 1, tz)
            a = _ben(ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 5)) * 7, bb.workday(tz))
            all_ts, prompts, extra = [], [], []
            for s in starts.tolist():
                steps = irange(rng, 3, 20)
                ts = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=steps - 1))]
                )
                task, hist = pick(rng, tx.CODE_TASKS), []
                for k, t in enumerate(ts.tolist()):
                    all_ts.append(t)
                    prompts.append(tx.ide_agent_step(rng, repo, task, k + 1, hist))
                    extra.append(300 * k + irange(rng, 200, 900))
                    hist.append(
                        f"step {k + 1}: {pick(rng, ('read_file', 'grep', 'edit_file', 'run_tests'))} -> ok"
                    )
            ts, prompts, extra = _ordered(all_ts, prompts, extra)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
                extra=np.asarray(extra),
                comp_median=300,
            )


def tower_captain(ctx: Ctx, rng: Rng) -> None:
    """A bank's data team generating paraphrases for its own intent classifier in a nightly job."""
    kind = "tower_captain"
    tz = pick(rng, (0, 1, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    product = pick(rng, ("Northbank app", "Kestrel Savings chat", "Fjord Pay"))
    for _ in range(irange(rng, 1, 2)):
        a = _ben(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, "azure"),
            tz=tz,
        )
        hours = float(rng.uniform(1.5, 3))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(80, 140)) * hours * 7,
            bb.nightly(float(rng.uniform(0.5, 2.5)), hours, tz),
        )
        prompts = [
            tx.paraphrase_job(rng, pick(rng, tx.BANK_INTENTS), product)
            if chance(rng, 0.85)
            else tx.synth_dataset(rng, "instruct", "en", ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.4), comp_median=700
        )


def yorkshire_surprise(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app's backend: many end users' multi-turn chats through a few sharded keys."""
    kind = "yorkshire_surprise"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    personas = ("Mika", "Juniper", "Theo", "Sol", "Ren")
    n_keys = irange(rng, 3, 5)
    rate = float(rng.uniform(6, 11))
    for _ in range(n_keys):
        a = _ben(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=bb.cloud(rng, 4, pick(rng, ("gcp", "aws"))),
        )
        conv = bb.thinned(
            rng, ctx.t0, ctx.t1, rate / n_keys * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(21.0, 0.7)
        )
        all_ts, prompts, extra = [], [], []
        for s in conv.tolist():
            turns = irange(rng, 3, 22)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=turns - 1))]
            )
            persona = pick(rng, personas)
            for k, t in enumerate(ts.tolist()):
                all_ts.append(t)
                prompts.append(tx.companion_msg(rng, persona, ctx.chat))
                extra.append(600 + 120 * k)
        ts, prompts, extra = _ordered(all_ts, prompts, extra)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.5),
            extra=np.asarray(extra),
            comp_median=80,
        )


def bristol_surprise(ctx: Ctx, rng: Rng) -> None:
    """A social-science lab sampling survey answers from the models, each item repeated many times."""
    kind = "bristol_surprise"
    tz = pick(rng, (0, 1, -5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    hpc = bb.cloud(rng, 1, pick(rng, ("aws", "ovh")))
    for _ in range(irange(rng, 2, 4)):
        a = _ben(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=campus + hpc,
            tz=tz,
        )
        runs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), bb.workday(tz))
        all_ts, prompts, models = [], [], []
        for s in runs.tolist():
            model = (
                pick(rng, ctx.old_models)
                if s < ctx.release
                else pick(rng, (ctx.new_model, ctx.old_models[0]))
            )
            t = s
            for _ in range(irange(rng, 5, 20)):
                item = tx.survey_item(rng)
                for _ in range(irange(rng, 20, 60)):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    all_ts.append(t)
                    prompts.append(item)
                    models.append(model)
        ts, prompts, models = _ordered(all_ts, prompts, models)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=4, comp_sigma=0.5)


def cover_bell(ctx: Ctx, rng: Rng) -> None:
    """A programming-course cohort: students' keys under the course's org, with a deadline rush."""
    kind = "cover_bell"
    tz = pick(rng, (-5, 1, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    course = pick(rng, ("CS50x-style Intro", "Algorithms II", "Data Structures (evening)"))
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * 86400.0
    week = irange(rng, 3, 9)
    for _ in range(irange(rng, 40, 75)):
        stz = tz if chance(rng, 0.8) else pick(rng, bb.TZS)
        ips = bb.home(rng, 1, stz) + (bb.mobile_v6(rng, 1, "us_mobile") if chance(rng, 0.2) else [])
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        a = _ben(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=ips, tz=stz)
        base = bb.evening_person(stz)

        def curve(ts: np.ndarray, base=base) -> np.ndarray:
            rush = np.clip(1 - np.abs(np.asarray(ts) - (deadline - 10 * HOUR)) / (14 * HOUR), 0, 1)
            return np.clip(base(ts) * (0.3 + 0.7 * rush), 0, 1)

        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 120)),
        )
        ts = _concat(sess)
        prompts = [
            tx.course_exercise(rng, course, week)
            if chance(rng, 0.75)
            else tx.clip(pick(rng, ctx.chat), 5, 600, rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2), comp_median=420
        )


def hunt_bell(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: a CAT-tool plugin sending document segments for many clients and pairs."""
    kind = "hunt_bell"
    tz = pick(rng, (1, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    clients = ("Holm Medical", "Avenir Legal", "Brightcart", "Nordvik Energy", "Pelican Games")
    for _ in range(irange(rng, 3, 6)):
        ips = office + (bb.home(rng, 1, tz) if chance(rng, 0.5) else [])
        a = _ben(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            float(rng.uniform(15, 40)),
            float(rng.uniform(6, 15)),
            0.6,
        )
        ts = _concat(sess)
        prompts = [
            tx.translation_job(
                rng, pick(rng, clients), tx.clip(pick(rng, ctx.passages), 200, 1500, rng)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=480)


def ropesight(ctx: Ctx, rng: Rng) -> None:
    """An AI agency reselling access: one key per client app under its org, and a migration replay to the new model."""
    kind = "ropesight"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    agency_ip = bb.cloud(rng, 1, pick(rng, ("hetzner", "digitalocean")))
    clients = (
        "Lakeside Dental",
        "Orbit Freight",
        "Marigold Hotels",
        "Tessellate HR",
        "Quarry & Co",
        "Vantage Realty",
        "Harbor Clinics",
        "Pinecone Books",
        "Copperline Insurance",
        "Bluefin Travel",
        "Alder Schools",
        "Granite Legal",
        "Saffron Kitchens",
        "Helix Labs",
        "Meadow Farms",
        "Beacon Motors",
    )
    keys = []
    n = irange(rng, 12, len(clients))
    for c in clients[:n]:
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 1, 2)) if chance(rng, 0.6) else bb.home(rng, 1, tz)
        a = _ben(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=pay,
            ua=pick(rng, bb.SDK_OTHER),
            ips=ips,
            tz=tz,
        )
        keys.append(a)
        rate = float(rng.lognormal(np.log(4), 0.8))
        curve = (
            bb.workday(tz) if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 7 * 24 * 0.4, curve)
        prompts = [
            tx.client_request(rng, c, tx.clip(pick(rng, ctx.chat), 5, 1200, rng))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.1, 0.9))),
            comp_median=330,
        )
    # migration check: replay a sample of clients' traffic on the new model from the agency's server
    mig = _ben(
        ctx, rng, kind, "migration_key", org=org, pay=pay, ua="python-httpx/0.28.1", ips=agency_ip
    )
    s = ctx.release + float(rng.uniform(6, 30)) * HOUR
    n_rep = irange(rng, 800, 1800)
    ts = s + np.cumsum(rng.exponential(float(rng.uniform(2, 6)), size=n_rep))
    ts = ts[ts < ctx.t1]
    prompts = [
        tx.client_request(rng, pick(rng, clients[:n]), tx.clip(pick(rng, ctx.chat), 5, 1200, rng))
        for _ in range(len(ts))
    ]
    ctx.emit(rng, mig, ts, prompts, models=ctx.new_model, comp_median=330, err=0.02)


BENIGN_KINDS: dict[str, Callable] = {
    "handstroke": handstroke,
    "place_notation": place_notation,
    "coursing_order": coursing_order,
    "ringing_chamber": ringing_chamber,
    "tower_captain": tower_captain,
    "yorkshire_surprise": yorkshire_surprise,
    "bristol_surprise": bristol_surprise,
    "cover_bell": cover_bell,
    "hunt_bell": hunt_bell,
    "ropesight": ropesight,
}
