"""Benign hard-negative kinds of batch 171 (code names from cane weaving).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). All accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind171 import texts as tx
from bench.monitor_blind171.families import TZ_MOBILE, browser, cat, chain, phone, sdk


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sorted(ts_all: list[float], *cols: list) -> tuple:
    ts = np.asarray(ts_all, dtype=np.float64)
    order = np.argsort(ts, kind="stable").tolist()
    return (ts[order],) + tuple([c[j] for j in order] for c in cols)


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: benchmark sweeps in bursts, pass@k repeats, heavy on the new model


def spline(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spline"
    for _lab in range(irange(rng, 2, 3)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1))
        provider = pick(rng, ("gcp", "aws", "azure", "linode"))
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "AsyncOpenAI/Python 1.60.0",
                "litellm/1.60.2",
                "python-httpx/0.28.1",
            ),
        )
        keys = [
            _benign(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
                tz=tz,
            )
            for _ in range(irange(rng, 2, 4))
        ]
        # runs launched by researchers during their day; many more once the new model is out
        launches = cat(
            [
                thinned(rng, ctx.t0, ctx.release, float(rng.uniform(2, 5)), workday(tz)),
                thinned(
                    rng, ctx.release, ctx.t1, float(rng.uniform(10, 18)), workday(tz, weekend=0.3)
                ),
            ]
        )
        per = {a.id: ([], [], []) for a in keys}
        for s in launches.tolist():
            a = pick(rng, keys)
            suite = pick(rng, ("math", "mcq", "code", "safety", "arena"))
            lang = pick(rng, ("en", "en", "en", "de", "ja", "sw", "hi", "fr", "zh", "es", "ru"))
            k = pick(rng, (1, 1, 1, 5, 8)) if suite in ("math", "code") else 1
            model = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.7))
                else pick(rng, ctx.old_models)
            )
            n_items = irange(rng, 30, 110)
            t = s
            for _ in range(n_items):
                p = (
                    tx.snippet(rng, ctx.chat, 10, 900)
                    if suite == "arena"
                    else tx.benchmark_item(rng, suite, lang)
                )
                for _r in range(k):
                    t += float(rng.lognormal(np.log(1.2), 0.7))
                    per[a.id][0].append(t)
                    per[a.id][1].append(p)
                    per[a.id][2].append(model)
        for a in keys:
            ts, prompts, models = _sorted(*per[a.id])
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=600, comp_sigma=0.8, err=0.03)


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: LLM-assisted QA of annotators' work, office hours


def hank(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hank"
    for _vendor in range(irange(rng, 2, 3)):
        tz = pick(rng, (5, 8, 2, -3))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        project = (
            pick(rng, ("ORCA", "PELICAN", "MAPLE", "TIDE", "QUILL", "EMBER"))
            + f"-{irange(rng, 10, 99)}"
        )
        for _ in range(irange(rng, 3, 6)):
            ua = pick(
                rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/NodeJS 4.67.1")
            )
            a = _benign(ctx, rng, kind, "qa_pipeline", org=org, pay=card, ua=ua, ips=office, tz=tz)
            curve = workday(
                tz,
                start=float(rng.uniform(8, 10)),
                end=float(rng.uniform(17, 20)),
                weekend=float(rng.uniform(0.05, 0.4)),
            )
            # reviewers submit batches of finished items for an automatic check
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * 7, curve)
            ts = cat([chain(rng, s, irange(rng, 2, 16), 2.5, 0.6) for s in starts.tolist()])
            style = irange(rng, 0, 2)
            prompts = [
                tx.annotator_qa(
                    rng,
                    project,
                    style if chance(rng, 0.8) else irange(rng, 0, 2),
                    ctx.chat,
                    ctx.passages,
                )
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.35),
                comp_median=150,
                comp_sigma=0.7,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# 3. tutoring product: step-by-step help from a backend, after-school peaks


def webbing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "webbing"
    for _app in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        backend = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "digitalocean")))
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
        keys = [
            _benign(ctx, rng, kind, "tutor_backend", org=org, pay=card, ua=ua, ips=backend)
            for _ in range(irange(rng, 1, 3))
        ]
        app = pick(rng, ("MathMole", "TutorTern", "SkillSeal", "BrainyBadger"))
        peak = float(rng.uniform(20, 24))  # after school in the Americas
        per_hour = float(rng.uniform(14, 26))
        switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY  # the product upgrades its model
        streams = worker_pool(rng, ctx.t0, ctx.t1, per_hour, len(keys), global_load(peak, 0.7))
        for a, ts in zip(keys, streams, strict=True):
            prompts = [
                tx.study_app(
                    rng,
                    app,
                    tx.student_question(rng, ctx.chat)
                    if chance(rng, 0.75)
                    else tx.syllabus_item(rng, irange(rng, 1, 12)),
                )
                for _ in range(len(ts))
            ]
            models = [
                ctx.new_model if t >= switch else pick(rng, ctx.old_models) for t in ts.tolist()
            ]
            ctx.emit(
                rng, a, ts, prompts, models=models, comp_median=520, comp_sigma=0.55, err=0.008
            )


# --------------------------------------------------------------------------------------------
# 4. a course cohort: students on the same assignment, campus NAT in lab hours, homes at night


def kubu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kubu"
    tz = pick(rng, (1, 2, -5, 5, 8))
    org = hexid(rng, "org")
    dept_card = hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("ML101", "DS-210", "CS4780", "STAT330", "INF-2231"))
    n = irange(rng, 28, 50)
    # two lab sessions in the window (local 14:00, two hours), deadline at the end of day 6
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    labs = [
        day0 + d * DAY + 14 * HOUR
        for d in sorted(rng.choice(np.arange(1, 6), size=2, replace=False).tolist())
    ]
    deadline = day0 + 6 * DAY + 23.99 * HOUR
    for _ in range(n):
        on_phone = chance(rng, 0.2) and TZ_MOBILE.get(tz) is not None
        ua = phone(rng) if on_phone else browser(rng)
        own = mobile_v6(rng, 2, TZ_MOBILE[tz]) if on_phone else home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=dept_card if chance(rng, 0.8) else None,
            ua=ua,
            ips=own,
            tz=tz,
        )
        style = irange(rng, 0, 3)
        parts, ips = [], []
        for lab in labs:
            if chance(rng, 0.85):
                s = lab + float(rng.uniform(0, 100)) * MINUTE
                t = chain(rng, s, irange(rng, 2, 12), 150.0, 0.8)
                parts.append(t)
                ips += [pick(rng, campus)] * len(t)
        # homework, rising toward the deadline
        hw = session_times(
            rng, ctx.t0, deadline, float(rng.uniform(0.3, 0.8)), evening_person(tz), 5.0, 120.0
        )
        hw = [
            h
            for h in hw
            if len(h) and chance(rng, min(1.0, 0.3 + (h[0] - ctx.t0) / (deadline - ctx.t0)))
        ]
        for h in hw:
            parts.append(h)
            ips += [pick(rng, own)] * len(h)
        if not parts:
            continue
        ts = np.concatenate(parts)
        prompts = [
            tx.course_assignment(rng, course, pick(rng, (3, 4)), irange(rng, 1, 6), style)
            if chance(rng, 0.75)
            else tx.snippet(rng, ctx.chat, 10, 400)
            for _ in range(len(ts))
        ]
        ts, prompts, ips = _sorted(ts.tolist(), prompts, ips)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            ips=ips,
            comp_median=420,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 5. a trust & safety research study: borderline probes and detox rewrites, many languages


def sisal(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sisal"
    tz = pick(rng, (0, 1, 2, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    uni = home(rng, irange(rng, 1, 3), tz)
    compute = cloud(rng, 1, pick(rng, ("aws", "gcp", "azure")))
    langs = ["en", "de", "fr", "es", "ar", "zh"]
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx, rng, kind, "researcher", org=org, pay=card, ua=browser(rng), ips=uni, tz=tz
        )
        # manual exploration in the browser
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), workday(tz), 6.0, 90.0
        )
        tm = cat(sess)
        pm = [
            tx.safety_research(rng, pick(rng, langs), irange(rng, 0, 3), ctx.chat)
            for _ in range(len(tm))
        ]
        ctx.emit(
            rng,
            a,
            tm,
            pm,
            models=ctx.models(rng, tm, p_new=0.5, p_mini=0.1),
            comp_median=300,
            err=0.01,
        )
        # scripted protocol runs from the lab's cloud box (same key, SDK)
        if chance(rng, 0.6):
            runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)), workday(tz))
            ts = cat([chain(rng, s, irange(rng, 40, 160), 2.0, 0.4) for s in runs.tolist()])
            ps = [
                tx.safety_research(rng, pick(rng, langs), pick(rng, (0, 2)), ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                ps,
                models=ctx.models(rng, ts, p_new=0.6, p_mini=0.0),
                ips=compute[0],
                ua="OpenAI/Python 1.54.0",
                comp_median=260,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# 6. marketing agency: one org, one card, a key per client, templated copy in many languages


def weft(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "weft"
    tz = pick(rng, (1, 0, -5, 8, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    server = cloud(rng, 1, pick(rng, ("aws", "digitalocean", "hetzner")))
    clients = [
        "Birchwood",
        "Solace Skin",
        "Pawsome",
        "Kettle & Crumb",
        "Veloce Bikes",
        "Nimbus Desk",
        "Lumo Lights",
        "Harbor Tea",
        "Atlas Outdoor",
        "Mint Dental",
        "Cobble Shoes",
        "Orbit Toys",
        "Fennel Foods",
        "Quartz Home",
    ]
    n = irange(rng, 8, 14)
    for c in [clients[i] for i in rng.choice(len(clients), size=n, replace=False).tolist()]:
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "OpenAI/NodeJS 4.67.1",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                "AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
            ),
        )
        a = _benign(
            ctx, rng, kind, "client_key", org=org, pay=card, ua=ua, ips=office + server, tz=tz
        )
        langs = ["en"] + picks(rng, list(tx.CLIENT_TARGETS), irange(rng, 0, 3))
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)), workday(tz))
        ts = cat([chain(rng, s, irange(rng, 1, 20), 6.0, 0.7) for s in jobs.tolist()])
        prompts = [
            tx.agency_copy(rng, c, pick(rng, langs), irange(rng, 0, 3)) for _ in range(len(ts))
        ]
        ips = [server[0] if chance(rng, 0.4) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.25),
            ips=ips,
            comp_median=380,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. data-augmentation team: nightly jobs generating paraphrases and labelled tickets


def glycerin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "glycerin"
    for _team in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, -8, 5, 9))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        keys = [
            _benign(
                ctx,
                rng,
                kind,
                "augment_job",
                org=org,
                pay=card,
                ua=sdk(rng, 0.7),
                ips=cloud(rng, 1, provider),
                tz=tz,
            )
            for _ in range(irange(rng, 2, 3))
        ]
        langs = ["en"] + picks(rng, ["de", "fr", "es", "ja", "hi", "pt"], irange(rng, 1, 3))
        curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 5)), tz)
        for a in keys:
            nights = [d for d in range(7) if chance(rng, 0.65)]  # not every night
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 300)) * 7, curve)
            day_idx = np.floor((ts - ctx.t0) / DAY).astype(int)
            ts = ts[np.isin(day_idx, nights)]
            style = irange(rng, 0, 3)
            prompts = [
                tx.augmentation(
                    rng,
                    pick(rng, langs),
                    style if chance(rng, 0.7) else irange(rng, 0, 3),
                    ctx.chat,
                )
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4),
                comp_median=700,
                comp_sigma=0.5,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# 8. developers using a coding agent: fast tool loops with long contexts, working hours


def bergere(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bergere"
    for _ in range(irange(rng, 10, 18)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9))
        ua = pick(
            rng,
            (
                "litellm/1.60.2",
                "OpenAI/NodeJS 4.67.1",
                "OpenAI/Python 1.54.0",
                "reqwest/0.12.12",
                "langchain-openai/0.3.6",
            ),
        )
        ips = home(rng, 1, tz) + (cloud(rng, 1, "aws") if chance(rng, 0.3) else [])
        a = _benign(ctx, rng, kind, "developer", ua=ua, ips=ips, tz=tz)
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)) * 7,
            workday(
                tz, start=float(rng.uniform(8, 11)), end=float(rng.uniform(17, 22)), weekend=0.2
            ),
        )
        ts_all, prompts, extras = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 25)
            for step, t in enumerate(chain(rng, s, k, 6.0, 0.9).tolist()):
                p, ex = tx.coding_agent(rng, step, ctx.chat)
                ts_all.append(t)
                prompts.append(p)
                extras.append(ex)
        ts, prompts, extras = _sorted(ts_all, prompts, extras)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.05),
            comp_median=260,
            comp_sigma=0.8,
            err=0.015,
            extra=np.asarray(extras, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# 9. companion app: role-play chat relayed by a backend, evening peaks, model upgrade


def thonet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "thonet"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "hetzner")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1", "okhttp/4.12.0"))
    keys = [
        _benign(ctx, rng, kind, "companion_backend", org=org, pay=card, ua=ua, ips=backend)
        for _ in range(irange(rng, 1, 3))
    ]
    switch = ctx.release + float(rng.uniform(0.2, 1.5)) * DAY
    users = irange(rng, 30, 55)
    per = {a.id: ([], [], []) for a in keys}
    for _u in range(users):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 8, 9))
        persona = pick(rng, tx._COMPANIONS)
        a = pick(rng, keys)
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            evening_person(tz, 1.8),
            float(rng.uniform(4, 12)),
            25.0,
            0.7,
        ):
            for turn, t in enumerate(sess.tolist()):
                per[a.id][0].append(t)
                per[a.id][1].append(tx.companion_turn(rng, persona, turn, ctx.chat))
                per[a.id][2].append(turn * 260 + 400)
    for a in keys:
        ts, prompts, extras = _sorted(*per[a.id])
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=160,
            comp_sigma=0.6,
            err=0.01,
            extra=np.asarray(extras, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# 10. translation shop: client documents, machine translation plus post-editing, office hours


def seven_step(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "seven_step"
    for _shop in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, 2, 8, -3))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 1, tz)
        ua = pick(
            rng,
            (
                "Apache-HttpClient/5.4.1 (Java/21.0.5)",
                "OpenAI/Python 1.54.0",
                "OpenAI/NodeJS 4.67.1",
            ),
        )
        clients = [
            pick(
                rng,
                (
                    "Nordlicht GmbH",
                    "Alvarez & Hijos",
                    "Kumo Electronics",
                    "Brightwell Pharma",
                    "Sable Fashion",
                    "Terra Legal LLP",
                ),
            )
            for _ in range(irange(rng, 2, 4))
        ]
        for _ in range(irange(rng, 2, 5)):
            a = _benign(
                ctx, rng, kind, "cat_connector", org=org, pay=card, ua=ua, ips=office, tz=tz
            )
            curve = workday(tz, weekend=0.1)
            projects = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), curve)
            ts_all, prompts = [], []
            for s in projects.tolist():
                client = pick(rng, clients)
                doc_i = irange(rng, 0, 4)
                targets = picks(rng, list(tx.CLIENT_TARGETS), irange(rng, 1, 3))
                style = irange(rng, 0, 2)
                for t in chain(rng, s, irange(rng, 10, 90), 9.0, 0.8).tolist():
                    ts_all.append(t)
                    prompts.append(
                        tx.client_translation(rng, client, doc_i, targets, style, ctx.passages)
                    )
            ts, prompts = _sorted(ts_all, prompts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
                comp_median=110,
                comp_sigma=0.6,
                err=0.01,
            )


BENIGN_KINDS: dict[str, Callable] = {
    "spline": spline,
    "hank": hank,
    "webbing": webbing,
    "kubu": kubu,
    "sisal": sisal,
    "weft": weft,
    "glycerin": glycerin,
    "bergere": bergere,
    "thonet": thonet,
    "seven_step": seven_step,
}
