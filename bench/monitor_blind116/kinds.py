"""Benign hard-negative kinds of blind batch 116 (code names: sail-making words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind116 import texts as tx


def _benign(ctx, rng, kind, n, *, orgs, pays, uas, ips, tzs=None, role="user") -> list:
    return [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=orgs[i],
            pay=pays[i],
            ua=uas[i],
            ips=ips[i],
            tz=(tzs[i] if tzs else 0),
        )
        for i in range(n)
    ]


def _sorted(ts, *cols):
    ts = np.asarray(ts, dtype=np.float64)
    order = np.argsort(ts, kind="stable")
    return (ts[order], *[[c[i] for i in order.tolist()] for c in cols])


# --------------------------------------------------------------------------------------------
# evaluation lab: pass@k runs of fixed benchmarks on old and new models


def luff_tape(ctx, rng):
    kind = "luff_tape"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=[ua] * n,
        ips=[nat] * n,
        role="eval_runner",
    )
    lab_seed = int(rng.integers(2**31))
    suite_no = {"math": 0, "mcq": 1, "code": 2}
    sizes = {
        "math": irange(rng, 150, 250),
        "mcq": irange(rng, 200, 400),
        "code": irange(rng, 80, 150),
    }
    comp = {"math": 600.0, "mcq": 6.0, "code": 260.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [(ctx.release - float(rng.uniform(1.0, 2.5)) * DAY, old, "math", 1)]
    for _ in range(irange(rng, 3, 5)):
        t = float(rng.uniform(ctx.release + 2 * HOUR, ctx.t1 - 8 * HOUR))
        runs.append(
            (t, pick(rng, (new, new, old, mini)), pick(rng, list(sizes)), pick(rng, (1, 5, 8)))
        )
    per_key: list[list] = [[] for _ in range(n)]
    for t, model, suite, k in runs:
        key = int(rng.integers(n))
        items = [
            tx.eval_item(np.random.default_rng([lab_seed, suite_no[suite], i]), i, suite)
            for i in range(sizes[suite])
        ]
        m = len(items) * k
        times = t + np.cumsum(rng.lognormal(np.log(0.35), 0.7, size=m))
        prompts = [items[j // k] for j in range(m)]
        per_key[key].extend(
            zip(times.tolist(), prompts, [model] * m, [comp[suite]] * m, strict=True)
        )
    for a, ev in zip(accts, per_key, strict=True):
        if not ev:
            # the lab's spare key: a few manual checks from the team
            ts = bb.thinned(rng, ctx.release, ctx.t1, 20, bb.workday(1))
            ev = [(t, tx.eval_item(rng, j, "math"), new, 600.0) for j, t in enumerate(ts.tolist())]
        ev.sort()
        ts = np.array([e[0] for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=[e[2] for e in ev],
            comp_median=np.array([e[3] for e in ev]),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor grading a client's chatbot replies


def leech_line(ctx, rng):
    kind = "leech_line"
    n = irange(rng, 12, 18)
    tz = pick(rng, (8, 5))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["python-requests/2.32.3"] * n,
        ips=[office] * n,
        tzs=[tz] * n,
        role="annotator_station",
    )
    curve = bb.workday(tz, 8.0, 17.0)
    for a in accts:
        per_day = float(rng.uniform(60, 120))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * 5, curve)
        prompts = [
            tx.labelling_task(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=70.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# tutoring product for school students


def _after_school(tzs):
    curves = [bb.evening_person(tz, 2.5) for tz in tzs]

    def f(ts):
        return np.clip(sum(c(ts) for c in curves) / len(curves), 0, 1)

    return f


def clew_ring(ctx, rng):
    kind = "clew_ring"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = [bb.cloud(rng, 2, "aws") for _ in range(n)]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["OpenAI/NodeJS 4.85.1"] * n,
        ips=ips,
        role="product_backend",
    )
    app = pick(rng, ("Tutorly", "Lumo Learn", "MathPal", "Owlbright"))
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(20, 40)), n, _after_school((-5, -8))
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.tutor_prompt(rng, app, pick(rng, ctx.chat), irange(rng, 5, 12))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), comp_median=380.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: same topics, lab sessions, a deadline


def boltrope(ctx, rng):
    kind = "boltrope"
    n = irange(rng, 35, 60)
    tz = pick(rng, (1, -5, 2))
    campus = bb.home(rng, 2, tz)
    uas = [
        pick(rng, bb.BROWSERS) if chance(rng, 0.75) else "OpenAI/Python 1.54.0" for _ in range(n)
    ]
    ips = [bb.home(rng, 1, tz) for _ in range(n)]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=ips,
        tzs=[tz] * n,
        role="student",
    )
    week = irange(rng, 0, 4)
    day0 = ctx.t0 - tz * HOUR  # local midnight of the first day
    labs = [day0 + d * DAY + 14 * HOUR for d in (pick(rng, (1, 2)), pick(rng, (3, 4)))]
    deadline = day0 + 5 * DAY + 23.98 * HOUR
    for a in accts:
        home_s = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.8)), bb.evening_person(tz), 5.0, 70.0
        )
        lab_s = [
            s
            for lab in labs
            if chance(rng, 0.85)
            for s in bb.session_times(rng, lab, lab + 2 * HOUR, 12.0, bb.constant, 4.0, 120.0)
        ]
        rush = bb.session_times(
            rng, deadline - 10 * HOUR, deadline, float(rng.uniform(0, 6)), bb.constant, 6.0, 60.0
        )
        ts_h = np.concatenate([np.empty(0), *home_s, *rush])
        ts_l = np.concatenate([np.empty(0), *lab_s])
        ts = np.concatenate([ts_h, ts_l])
        ip = [a.ips[0]] * len(ts_h) + picks(rng, campus, len(ts_l))
        prompts = [tx.course_question(rng, week, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ts, ip, prompts = _sorted(ts, ip, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.3),
            ips=ip if len(ts) else None,
            comp_median=380.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# research study: replays a public prompt set against every model


def reef_points(ctx, rng):
    kind = "reef_points"
    n = 2
    tz = pick(rng, (1, 0, -5))
    uni = bb.home(rng, 2, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["OpenAI/Python 1.63.2"] * n,
        ips=[uni] * n,
        tzs=[tz] * n,
        role="study_runner",
    )
    k = irange(rng, 500, 900)
    off = int(rng.integers(len(ctx.chat)))
    prompts = [ctx.chat[(off + i) % len(ctx.chat)] for i in range(k)]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    jobs = [(new, 0), (old, 0), (mini, 0), (new, 1)]
    ev: list[list] = [[], []]
    # pilot on the old flagship in office hours
    t = ctx.t0 + 2 * DAY + (10 - tz) * HOUR
    for p in prompts[:100]:
        t += float(rng.lognormal(np.log(3.0), 0.4))
        ev[0].append((t, p, old))
    night = ctx.release + (22 - tz) * HOUR - (ctx.release % DAY)
    for j, (model, _rep) in enumerate(jobs):
        t = night + (j // 2) * DAY + float(rng.uniform(0, 1)) * HOUR
        while t < ctx.release:
            t += DAY
        for p in prompts:
            t += float(rng.lognormal(np.log(2.5), 0.5))
            ev[j % 2].append((t, p, model))
    for a, e in zip(accts, ev, strict=True):
        e.sort()
        ts = np.array([x[0] for x in e])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in e],
            models=[x[2] for x in e],
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# marketing agency: a key per client, copy in many languages, ad-policy rewrites


def sail_twine(ctx, rng):
    kind = "sail_twine"
    n = irange(rng, 15, 25)
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, 2, tz)
    backend = bb.cloud(rng, 2, pick(rng, ("aws", "azure")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    staff = [chance(rng, 0.4) for _ in range(n)]
    uas = [pick(rng, bb.BROWSERS) if s else "OpenAI/NodeJS 4.67.1" for s in staff]
    ips = [office if s else backend for s in staff]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=uas,
        ips=ips,
        tzs=[tz] * n,
        role="client_key",
    )
    clients = list(tx.AGENCY_CLIENTS)
    for i, a in enumerate(accts):
        client = (
            clients[i % len(clients)]
            if i < len(clients)
            else f"{pick(rng, clients)} {pick(rng, bb.COUNTRIES)}"
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)) * 5, bb.workday(tz))
        prompts = [tx.agency_task(rng, client, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.1), comp_median=300.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team for an in-house intent classifier


def seaming_palm(ctx, rng):
    kind = "seaming_palm"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = [bb.cloud(rng, irange(rng, 1, 2), "azure") for _ in range(n)]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["python-httpx/0.28.1"] * n,
        ips=ips,
        role="pipeline",
    )
    tz = pick(rng, (1, 2, 0))
    langs = ("English", "German", "Turkish", "Arabic", "French")
    starts: list[float] = []
    n_jobs = irange(rng, 3, 6)
    while len(starts) < n_jobs:
        t = float(rng.uniform(ctx.t0, ctx.t1 - 8 * HOUR))
        h = bb.local_hour(np.array([t]), tz)[0]
        if 9 <= h <= 16 and bb.weekday(np.array([t]), tz)[0] < 5:
            starts.append(t)
    per_key: list[list] = [[] for _ in range(n)]
    for s in starts:
        m = irange(rng, 300, 900)
        lang = pick(rng, langs)
        times = s + np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=m))
        key = int(rng.integers(n))
        for j, t in enumerate(times.tolist()):
            per_key[key].append(
                (t, tx.augmentation_task(rng, tx.INTENTS[j % len(tx.INTENTS)], lang))
            )
    for a, ev in zip(accts, per_key, strict=True):
        if not ev:
            ts = bb.thinned(rng, ctx.t0, ctx.t1, 25, bb.workday(tz))
            ev = [
                (t, tx.augmentation_task(rng, pick(rng, tx.INTENTS), "English"))
                for t in ts.tolist()
            ]
        ev.sort()
        ts = np.array([e[0] for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=400.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# developers using a coding agent with their own keys


def crosscut(ctx, rng):
    kind = "crosscut"
    n = irange(rng, 10, 18)
    tzs = [int(t) for t in picks(rng, bb.TZS, n)]
    uas = [
        f"agentic-ide/1.{irange(rng, 6, 9)}.{irange(rng, 0, 4)} (vscode 1.97; node 20)"
        for _ in range(n)
    ]
    ips = [bb.home(rng, irange(rng, 1, 2), tz) for tz in tzs]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=ips,
        tzs=tzs,
        role="developer",
    )
    for a, tz in zip(accts, tzs, strict=True):
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.workday(tz), 18.0, 6.0, 0.9
        )
        ts_all, prompts, extra = [], [], []
        for s in sess:
            task = pick(rng, ctx.chat)
            code = pick(rng, ctx.passages)
            ctx_tokens = irange(rng, 3000, 6000)
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_step(rng, task, j, code))
                extra.append(ctx_tokens + j * irange(rng, 300, 900))
        ts, prompts, extra = _sorted(ts_all, prompts, extra)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=600.0,
            extra=np.asarray(extra, dtype=np.int64) if len(ts) else 0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# companion / character chat app


def tri_radial(ctx, rng):
    kind = "tri_radial"
    n = irange(rng, 3, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = [bb.cloud(rng, 3, "digitalocean") for _ in range(n)]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["OpenAI/Python 1.58.1"] * n,
        ips=ips,
        role="product_backend",
    )
    personas = [f"{pick(rng, tx.PERSONA_NAMES)}, {pick(rng, tx.PERSONA_ROLES)}" for _ in range(12)]
    langs = list(tx.COMPANION_LINES)
    p = np.array([0.5, 0.14, 0.12, 0.1, 0.07, 0.07])
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(30, 60)), n, bb.global_load(20.0, 0.55)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            lang = langs[int(rng.choice(len(langs), p=p))]
            chat = pick(rng, ctx.chat) if chance(rng, 0.3) else None
            prompts.append(tx.companion_message(rng, pick(rng, personas), lang, chat))
        extra = rng.integers(400, 1800, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=120.0,
            extra=extra,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# translation shop: CAT-tool segments, a few target languages per document


def chafe_patch(ctx, rng):
    kind = "chafe_patch"
    n = irange(rng, 4, 6)
    tz = pick(rng, (1, 2))
    office = bb.home(rng, 2, tz)
    cat_server = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uas = picks(
        rng,
        (
            "Trados-MT-Connector/2.4 (Windows NT 10.0)",
            "memoQ/11.2 MT-plugin",
            "python-requests/2.32.3",
        ),
        n,
    )
    ips = [office + cat_server for _ in range(n)]
    accts = _benign(
        ctx,
        rng,
        kind,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=uas,
        ips=ips,
        tzs=[tz] * n,
        role="project_manager",
    )
    for a in accts:
        docs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * 5, bb.workday(tz))
        ev = []
        for d in docs.tolist():
            segs = tx.split_segments(tx.excerpt(rng, pick(rng, ctx.passages), 600, 2500), 25)
            project = f"P{irange(rng, 1000, 9999)}"
            pairs = [pick(rng, tx.SHOP_PAIRS) for _ in range(irange(rng, 1, 3))]
            t = d
            for pair in pairs:
                for j, seg in enumerate(segs):
                    t += float(rng.lognormal(np.log(1.1), 0.5))
                    ev.append((t, tx.cat_segment(rng, seg, pair, project, j + 1), len(seg)))
        ev.sort()
        ts = np.array([e[0] for e in ev])
        comp = np.array([max(10.0, e[2] / 3.0) for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "luff_tape": luff_tape,
    "leech_line": leech_line,
    "clew_ring": clew_ring,
    "boltrope": boltrope,
    "reef_points": reef_points,
    "sail_twine": sail_twine,
    "seaming_palm": seaming_palm,
    "crosscut": crosscut,
    "tri_radial": tri_radial,
    "chafe_patch": chafe_patch,
}

__all__ = ["BENIGN_KINDS"]
