"""Benign hard-negative kinds of batch 143: ten legitimate kinds of API use, each built to resemble
one of this batch's campaign families (or a campaign in general).

Every kind is a function `(ctx, rng)` that creates its accounts (label "benign", family = the
kind) and emits their events. Code names are cobbling words; what each kind is appears only in
this package's README card.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind143 import texts as tx
from bench.monitor_blind143.families import BG_BROWSER, cat, flat, weighted


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sorted(ts: list[float], *cols: list) -> tuple:
    order = np.argsort(np.asarray(ts), kind="stable").tolist()
    out = [np.asarray(ts)[order]]
    for c in cols:
        out.append([c[i] for i in order])
    return tuple(out)


def _run(
    rng: np.random.Generator, start: float, n: int, gap: float, sigma: float = 0.5
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(0, n - 1)))]
    )


# --------------------------------------------------------------------------------------------
# 1. last_block: a model-evaluation lab benchmarking the release


def last_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "last_block"
    for _lab in range(irange(rng, 1, 2)):
        tz = pick(rng, (-8, -5, 0, 1, 9))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 1, tz)
        cluster = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "oracle")))
        people = [
            _acct(
                ctx,
                rng,
                kind,
                "researcher",
                org=org,
                pay=card,
                ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
                ips=office,
                tz=tz,
            )
            for _ in range(irange(rng, 3, 7))
        ]
        ci = [
            _acct(
                ctx,
                rng,
                kind,
                "ci_runner",
                org=org,
                pay=card,
                ua="OpenAI/Python 1.63.2",
                ips=cluster,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 2))
        ]
        keys = people + ci
        # scheduled regression runs on the old models, then a rush of full-suite runs on release
        runs = []
        for d in range(7):
            day0 = ctx.t0 + d * DAY
            for _ in range(int(rng.poisson(1.5))):
                runs.append((day0 + float(rng.uniform(0, DAY)), None))
        rush = ctx.release + float(rng.uniform(0.5, 4)) * HOUR
        for j in range(irange(rng, 6, 12)):
            runs.append((rush + j * float(rng.uniform(0.5, 3)) * HOUR, ctx.new_model))
        per_key: dict[str, list] = {a.id: [[], [], [], []] for a in keys}
        for start, model in runs:
            a = pick(rng, keys)
            suite = pick(rng, tx.EVAL_SUITES)
            k = pick(rng, (1, 1, 5)) if suite in ("gsm-style", "code-humaneval-style") else 1
            n_items = irange(rng, 40, 160)
            if model is None:
                model = (
                    ctx.old_models[0] if chance(rng, 0.7) or start < ctx.release else ctx.new_model
                )
            t = _run(rng, start, n_items * k, float(rng.uniform(0.4, 1.5)))
            comp = {
                "gsm-style": 260.0,
                "logic-grid": 420.0,
                "code-humaneval-style": 300.0,
                "mcq-knowledge": 4.0,
                "long-context": 120.0,
            }[suite]
            for i in range(n_items):
                p = tx.eval_item(rng, suite, i, ctx.passages)
                for _ in range(k):
                    per_key[a.id][0].append(0)
                    per_key[a.id][1].append(p)
                    per_key[a.id][2].append(model)
                    per_key[a.id][3].append(comp)
            per_key[a.id][0][-n_items * k :] = t.tolist()
        for a in keys:
            ts, prompts, models, comp = per_key[a.id]
            if not ts:
                continue
            ts_arr, prompts, models, comp = _sorted(ts, prompts, models, comp)
            ctx.emit(
                rng,
                a,
                ts_arr,
                prompts,
                models=models,
                comp_median=np.asarray(comp),
                comp_sigma=0.4,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# 2. toe_cap: nightly LLM-as-judge QA of a company's own support bot


def toe_cap(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "toe_cap"
    for _co in range(irange(rng, 1, 3)):
        tz = pick(rng, (-5, 0, 1, 2, 8))
        brand = pick(rng, ("Lumora", "Parcelio", "Fintrak", "Homely", "Tavio", "Brightcart"))
        switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
        a = _acct(
            ctx,
            rng,
            kind,
            "qa_cron",
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure"))),
            tz=tz,
        )
        start_h, hours = float(rng.uniform(0.5, 3.0)), float(rng.uniform(1.5, 3.5))
        win = nightly(start_h, hours, tz)
        ts = []
        for d in range(-1, 8):
            day0 = ctx.t0 + d * DAY
            grid = np.arange(day0, day0 + DAY, 60.0)
            on = grid[win(grid) > 0]
            if len(on) == 0:
                continue
            weekend = int(weekday(on[:1], tz)[0]) >= 5
            n = irange(rng, 40, 100) if weekend else irange(rng, 120, 320)
            t = _run(rng, float(on[0]), n, float(rng.uniform(2.5, 6.0)))
            ts.extend(t[t < on[-1] + 60].tolist())
        ts_arr = np.sort(np.asarray(ts))
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts_arr.tolist()]
        ctx.emit(
            rng,
            a,
            ts_arr,
            [tx.qa_rubric(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts_arr))],
            models=models,
            comp_median=120,
            comp_sigma=0.4,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# 3. clicker_knife: marketplace trust & safety moderation and policy rewrites


def clicker_knife(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "clicker_knife"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    deployments = {"eu": ("en", "de", "fr", "es"), "latam": ("es", "pt"), "us": ("en", "es")}
    for region in tx.pick_distinct(rng, list(deployments), irange(rng, 2, 3)):
        prov = pick(rng, ("aws", "gcp", "azure"))
        a = _acct(
            ctx,
            rng,
            kind,
            f"moderation_{region}",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=cloud(rng, irange(rng, 2, 3), prov),
        )
        peak = {"eu": 18.0, "latam": 23.0, "us": 1.0}[region]
        rate = float(rng.uniform(5, 11))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6))
        langs = deployments[region]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, pick(rng, langs), ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.1, 0.5),
            comp_median=90,
            comp_sigma=0.5,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# 4. lasting_pincers: a software team's coding agents


def lasting_pincers(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lasting_pincers"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = tx.pick_distinct(rng, (-8, -5, 0, 1, 2, 5), irange(rng, 1, 3))
    office_ip = {tz: home(rng, 1, tz) for tz in offices}
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 10, 22)):
        tz = pick(rng, offices)
        ips = office_ip[tz] + home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        adopt_new = chance(rng, 0.5)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz))
        ts, prompts, extra, ip_ev = [], [], [], []
        for s in starts.tolist():
            k = 3 + int(rng.negative_binomial(2, 2 / (2 + float(rng.uniform(4, 14)))))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.9, size=k - 1))])
            task = pick(rng, tx.DEV_TASKS)
            ctx_tok = irange(rng, 3000, 9000)
            ip = pick(rng, ips)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.dev_agent_prompt(rng, task, j, ctx.chat))
                extra.append(ctx_tok + j * irange(rng, 200, 500))
                ip_ev.append(ip)
        if not ts:
            continue
        ts_arr, prompts, extra, ip_ev = _sorted(ts, prompts, extra, ip_ev)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            ips=ip_ev,
            models=ctx.models(rng, ts_arr, 0.55 if adopt_new else 0.1, 0.1),
            extra=np.asarray(extra),
            comp_median=160,
            comp_sigma=0.7,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 5. cobbler_bench: data-augmentation team building its own intent classifier


def cobbler_bench(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cobbler_bench"
    for _team in range(irange(rng, 1, 2)):
        tz = pick(rng, (-5, 0, 1, 2, 5))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        product = pick(rng, ("Bankly", "ShipRight", "Telco One", "Medisure", "Roomly"))
        office = home(rng, 1, tz)
        notebook = cloud(rng, 1, pick(rng, ("gcp", "aws")))
        for _ in range(irange(rng, 2, 4)):
            a = _acct(
                ctx,
                rng,
                kind,
                "ml_engineer",
                org=org,
                pay=card,
                ua=pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2")),
                ips=office + notebook,
                tz=tz,
            )
            runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 2.5)) * 7, workday(tz))
            parts, ip_ev = [], []
            for r in runs.tolist():
                t = _run(rng, r, irange(rng, 30, 120), float(rng.uniform(2, 5)))
                parts.append(t)
                ip_ev.extend([notebook[0] if chance(rng, 0.6) else office[0]] * len(t))
            if not parts:
                continue
            ts = np.concatenate(parts)
            ts_arr, ip_ev = _sorted(ts.tolist(), ip_ev)
            ctx.emit(
                rng,
                a,
                ts_arr,
                [tx.augment_prompt(rng, product) for _ in range(len(ts_arr))],
                ips=ip_ev,
                models=ctx.models(rng, ts_arr, 0.3, 0.3),
                comp_median=700,
                comp_sigma=0.4,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# 6. edge_iron: a companion chat app's backend


def edge_iron(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "edge_iron"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "digitalocean"))
    for region, peak in tx.pick_distinct(
        rng, (("us", 2.0), ("eu", 20.0), ("asia", 13.0)), irange(rng, 2, 3)
    ):
        a = _acct(
            ctx,
            rng,
            kind,
            f"app_backend_{region}",
            org=org,
            pay=card,
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        rate = float(rng.uniform(6, 12))
        # many end users: conversations of a few turns each, started along the app's daily curve
        starts = thinned(
            rng, ctx.t0, ctx.t1, rate / 4 * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.7)
        )
        ts, prompts, extra = [], [], []
        for s in starts.tolist():
            persona = pick(rng, tx.COMPANION_PERSONAS)
            k = 1 + int(rng.geometric(0.25))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.9, size=k - 1))])
            mem = irange(rng, 400, 1500)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.companion_prompt(rng, persona, ctx.chat))
                extra.append(mem + j * irange(rng, 60, 160))
        ts_arr, prompts, extra = _sorted(ts, prompts, extra)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.15, 0.6),
            extra=np.asarray(extra),
            comp_median=110,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. sole_leather: a university course cohort working the same problem sets


def sole_leather(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sole_leather"
    for _course in range(irange(rng, 1, 2)):
        tz = pick(rng, (-5, 0, 1, 2, 5, 9))
        course = pick(rng, ("MATH 201", "CS 1010", "PHYS 150", "ECON 102", "STAT 230", "INF 2-104"))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        campus = home(rng, irange(rng, 1, 2), tz)
        sets = {1: tx.problem_set(rng, 6), 2: tx.problem_set(rng, 6)}
        deadlines = {
            1: ctx.t0 + float(rng.uniform(2.0, 3.5)) * DAY,
            2: ctx.t0 + float(rng.uniform(5.5, 6.8)) * DAY,
        }
        for _ in range(irange(rng, 25, 50)):
            ips = campus + home(rng, 1, tz)
            a = _acct(
                ctx,
                rng,
                kind,
                "student",
                org=org,
                pay=card,
                ua=pick(rng, BG_BROWSER + BROWSERS[:2]),
                ips=ips,
                tz=tz,
            )
            sess = session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.5)), evening_person(tz), 4.0, 150.0
            )
            # the night before each deadline
            for dl in deadlines.values():
                if chance(rng, 0.7):
                    sess += session_times(
                        rng, dl - 0.6 * DAY, dl, 2.0, evening_person(tz, 3.0), 6.0, 120.0
                    )
            ts = flat(sess)
            if len(ts) == 0:
                continue
            prompts = []
            for t in ts.tolist():
                n = 1 if t < deadlines[1] else 2
                prompts.append(tx.coursework_prompt(rng, course, n, sets[n], ctx.chat))
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.15), comp_median=450)


# --------------------------------------------------------------------------------------------
# 8. waxed_thread: a translation agency's translators


def waxed_thread(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "waxed_thread"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clients = ("Nordvik", "Solara Foods", "Kenta Devices", "Marlowe Bank", "Vitae Clinics")
    pairs = (
        ("en", "de"),
        ("en", "fr"),
        ("en", "es"),
        ("en", "ja"),
        ("en", "pt"),
        ("de", "en"),
        ("en", "ko"),
        ("en", "tr"),
        ("fr", "en"),
    )
    for _ in range(irange(rng, 6, 14)):
        tz = pick(rng, (-5, -3, 0, 1, 2, 3, 9))
        src, tgt = pick(rng, pairs)
        ua = pick(rng, BG_BROWSER[:2]) if chance(rng, 0.5) else "semantic-kernel-dotnet/1.36.0"
        a = _acct(
            ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=home(rng, 1, tz), tz=tz
        )
        ts = flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz),
                float(rng.uniform(12, 25)),
                float(rng.uniform(25, 80)),
                0.7,
            )
        )
        client = pick(rng, clients)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translate_prompt(rng, src, tgt, client, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=230,
            comp_sigma=0.6,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# 9. heel_tap: an academic study re-running a public prompt set on old and new models


def heel_tap(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "heel_tap"
    for _group in range(irange(rng, 1, 2)):
        tz = pick(rng, (-5, 0, 1, 2, 8, 9))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        campus = home(rng, 1, tz)
        hpc = cloud(rng, 1, pick(rng, ("aws", "gcp")))
        sample = [
            ctx.chat[i]
            for i in rng.choice(len(ctx.chat), size=irange(rng, 250, 600), replace=False).tolist()
        ]
        conditions = tx.pick_distinct(rng, tx.STUDY_CONDITIONS, irange(rng, 1, 3))
        members = [
            _acct(
                ctx,
                rng,
                kind,
                role,
                org=org,
                pay=card,
                ua=pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3")),
                ips=ips,
                tz=tz,
            )
            for role, ips in (("student_runner", hpc), ("student", campus), ("pi", campus))[
                : irange(rng, 2, 3)
            ]
        ]
        pilot_at = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
        main_at = ctx.release + float(rng.uniform(0.2, 1.2)) * DAY
        jobs = [(pilot_at, sample[:40], [ctx.old_models[0]])]
        for _cond in conditions:
            jobs.append((main_at, sample, [ctx.old_models[0], ctx.new_model]))
            main_at += float(rng.uniform(2, 10)) * HOUR
        for j, (at, prompts_in, models_in) in enumerate(jobs):
            a = members[0] if j else members[-1]
            cond = conditions[max(0, j - 1)] if j else "baseline"
            ts, prompts, models = [], [], []
            t = at
            for m in models_in:
                tt = _run(rng, t, len(prompts_in), float(rng.uniform(1.0, 3.0)))
                ts.extend(tt.tolist())
                prompts.extend(tx.study_prompt(rng, cond, p) for p in prompts_in)
                models.extend([m] * len(prompts_in))
                t = float(tt[-1]) + float(rng.uniform(5, 60)) * MINUTE
            ts_arr, prompts, models = _sorted(ts, prompts, models)
            ctx.emit(rng, a, ts_arr, prompts, models=models, comp_median=380, err=0.02)
        # the members also use the API by hand now and then
        for a in members[1:]:
            ts = flat(session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz), 3.0, 200.0))
            ctx.emit(
                rng,
                a,
                ts,
                [tx.clip(pick(rng, ctx.chat), 1500) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.4, 0.1),
            )


# --------------------------------------------------------------------------------------------
# 10. shoe_tree: a marketing agency running its clients' sub-accounts


def shoe_tree(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shoe_tree"
    tz = pick(rng, (-5, 0, 1, 2, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    automation = cloud(rng, 1, pick(rng, ("aws", "digitalocean", "hetzner")))
    clients = (
        "Bloom & Co",
        "Kettle Roasters",
        "Urbano Gym",
        "Petalia",
        "Rivera Motors",
        "Nimbus Travel",
        "Oakline Legal",
        "Sunny Paws",
        "Vela Cosmetics",
        "Harbour Eats",
        "Lumen Optics",
        "Grano Bakery",
        "Tidal Surf",
        "Mosaic Homes",
    )
    for client in tx.pick_distinct(rng, clients, irange(rng, 8, 14)):
        lang = weighted(rng, {"en": 0.6, "es": 0.15, "de": 0.1, "fr": 0.1, "pt": 0.05})
        auto = chance(rng, 0.3)
        a = _acct(
            ctx,
            rng,
            kind,
            "client_subaccount",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1" if auto else pick(rng, BG_BROWSER[:2]),
            ips=office + (automation if auto else []),
            tz=tz,
        )
        parts = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 3.0)),
            workday(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 200)),
        )
        if auto:
            parts.append(
                thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), workday(tz, night=0.3))
            )
        ts = cat(parts)
        ips = [automation[0] if auto and chance(rng, 0.5) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, client, lang, ctx.chat) for _ in range(len(ts))],
            ips=ips,
            models=ctx.models(rng, ts, 0.3, 0.15),
            comp_median=300,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "last_block": last_block,
    "toe_cap": toe_cap,
    "clicker_knife": clicker_knife,
    "lasting_pincers": lasting_pincers,
    "cobbler_bench": cobbler_bench,
    "edge_iron": edge_iron,
    "sole_leather": sole_leather,
    "waxed_thread": waxed_thread,
    "heel_tap": heel_tap,
    "shoe_tree": shoe_tree,
}
