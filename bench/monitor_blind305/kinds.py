"""Benign hard-negative kinds of batch 305 (code names from *fishmonger*): legitimate users built to
resemble this batch's campaign families. Each is a generator `f(ctx, rng)`."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind305 import texts as tx
from bench.monitor_blind305.common import BG_BROWSERS, BG_PHONE, BG_SDKS, concat

BEN = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# hinge: a model-evaluation lab running a fixed CoT benchmark suite on old and new models
def hinge(ctx, rng):
    kind = "hinge"
    for _lab in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", BG_SDKS[0]))
        keys = [
            ctx.account(
                rng, label=BEN, family=kind, role="eval-runner", org=org, pay=card, ua=ua, ips=ips
            )
            for _ in range(irange(rng, 1, 3))
        ]
        n_items = irange(rng, 150, 400)
        suite_seed = int(rng.integers(0, 2**31))
        items = [tx.eval_item(np.random.default_rng([suite_seed, i]), i) for i in range(n_items)]
        runs = []  # (start, model)
        for _ in range(irange(rng, 1, 2)):
            runs.append((_u(rng, ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY), ctx.old_models[0]))
        for _ in range(irange(rng, 3, 5)):
            t = ctx.release + _u(rng, 0.05, 1.5) * DAY
            runs.append((t, ctx.new_model))
            if chance(rng, 0.6):
                runs.append((t + _u(rng, 0.5, 3) * HOUR, pick(rng, ctx.old_models)))
        per = {i: ([], [], []) for i in range(len(keys))}
        for start, model in runs:
            gaps = rng.lognormal(np.log(_u(rng, 0.4, 1.2)), 0.4, size=n_items)
            ts = start + np.cumsum(gaps)
            who = irange(rng, 0, len(keys) - 1)
            per[who][0].extend(ts.tolist())
            per[who][1].extend(items)
            per[who][2].extend([model] * n_items)
        for i, a in enumerate(keys):
            ts, prompts, models = per[i]
            if not ts:
                ts, prompts, models = [_u(rng, ctx.t0, ctx.t1)], [items[0]], [ctx.old_models[0]]
            ctx.emit(rng, a, np.asarray(ts), prompts, models=models, comp_median=700, err=0.02)


# sermon: support companies' nightly LLM-as-judge QA of their own bot transcripts
def sermon(ctx, rng):
    kind = "sermon"
    for _c in range(irange(rng, 2, 3)):
        company = pick(
            rng, ("Brightcart", "Nordpost", "Kivra Home", "Zapmeal", "Teleflux", "Casa Verde")
        )
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure", "gcp")))
        keys = [
            ctx.account(
                rng,
                label=BEN,
                family=kind,
                role="qa-job",
                org=org,
                pay=card,
                ua=BG_SDKS[0],
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 2))
        ]
        start_h = _u(rng, 1, 4)
        d0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        starts = np.array([d0 + k * DAY + start_h * HOUR + _u(rng, 0, 600) for k in range(9)])
        starts = starts[(starts > ctx.t0) & (starts < ctx.t1)]
        ts = concat(bursts(rng, starts, _u(rng, 120, 350), _u(rng, 1.5, 4.0), 0.5, b=ctx.t1))
        who = rng.integers(0, len(keys), size=len(ts))
        for j, a in enumerate(keys):
            t = ts[who == j]
            ctx.emit(
                rng,
                a,
                t,
                [tx.support_grade(rng, company) for _ in range(len(t))],
                models=ctx.models(rng, t, 0.3, 0.3),
                comp_median=90,
                err=0.01,
            )


# homing: trust-and-safety services rewriting and labelling flagged comments all day
def homing(ctx, rng):
    kind = "homing"
    for _p in range(irange(rng, 1, 2)):
        platform = pick(rng, ("Fanzone", "Rodinha", "Pasarku", "Gameloft Forums", "Chispa"))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
        langs = picks(rng, ("en", "pt", "es", "id"), 2)
        keys = [
            ctx.account(
                rng,
                label=BEN,
                family=kind,
                role="moderation-service",
                org=org,
                pay=card,
                ua=pick(rng, (BG_SDKS[0], BG_SDKS[1])),
                ips=ips,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 10, 25) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(_u(rng, 15, 23), 0.6),
        )
        who = rng.integers(0, len(keys), size=len(ts))
        for j, a in enumerate(keys):
            t = ts[who == j]
            ctx.emit(
                rng,
                a,
                t,
                [tx.moderation(rng, pick(rng, langs), platform) for _ in range(len(t))],
                models=ctx.models(rng, t, 0.2, 0.5),
                comp_median=60,
                err=0.01,
            )


# shrine: developers using a coding-agent tool (tool-call loops in fast bursts)
def shrine(ctx, rng):
    kind = "shrine"
    tool = pick(rng, ("codepilot", "forgehand", "devloop"))
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="developer",
            ua=pick(rng, (BG_SDKS[1], BG_SDKS[0])),
            ips=home(rng, 1, tz) + (resi(rng, 1, "*") if chance(rng, 0.4) else []),
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = concat(
            session_times(
                rng,
                start,
                ctx.t1,
                _u(rng, 1.5, 4),
                workday(tz),
                _u(rng, 12, 30),
                _u(rng, 4, 9),
                0.9,
            )
        )
        if len(ts) == 0:
            ts = np.array([_u(rng, start, ctx.t1)])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.coding_agent(rng, ctx, tool) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=300,
            extra=rng.integers(500, 4000, size=len(ts)),
        )


# gnomish: a startup's data-augmentation team paraphrasing its own intents for a classifier
def gnomish(ctx, rng):
    kind = "gnomish"
    for _t in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, 1, pick(rng, ("gcp", "aws", "hetzner")))
        keys = [
            ctx.account(
                rng,
                label=BEN,
                family=kind,
                role="augmentation-job",
                org=org,
                pay=card,
                ua=pick(rng, ("OpenAI/Python 1.58.1", BG_SDKS[0])),
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 2))
        ]
        starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 3, 7), workday(tz))
        ts = concat(bursts(rng, starts, _u(rng, 200, 500), _u(rng, 0.5, 1.5), 0.5, b=ctx.t1))
        who = rng.integers(0, len(keys), size=len(ts))
        for j, a in enumerate(keys):
            t = ts[who == j]
            if len(t) == 0:
                t = np.array([_u(rng, ctx.t0, ctx.t1)])
            ctx.emit(
                rng,
                a,
                t,
                [tx.augment(rng) for _ in range(len(t))],
                models=ctx.models(rng, t, 0.1, 0.6),
                comp_median=260,
                err=0.02,
            )


# heroism: companion chat apps (long casual multi-turn conversations relayed by a server)
def heroism(ctx, rng):
    kind = "heroism"
    for _a in range(irange(rng, 1, 2)):
        app = pick(rng, ("Mello", "Kindred", "Hearthside", "Lumi"))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "digitalocean")))
        keys = [
            ctx.account(
                rng,
                label=BEN,
                family=kind,
                role="app-server",
                org=org,
                pay=card,
                ua=BG_SDKS[1],
                ips=ips,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 20, 45) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(_u(rng, 18, 23), 0.7),
        )
        who = rng.integers(0, len(keys), size=len(ts))
        for j, a in enumerate(keys):
            t = ts[who == j]
            ctx.emit(
                rng,
                a,
                t,
                [tx.companion(rng, ctx, app) for _ in range(len(t))],
                models=ctx.models(rng, t, 0.1, 0.5),
                comp_median=120,
                err=0.005,
            )


# feign: a university course cohort (shared assignments, lab sessions, a deadline night)
def feign(ctx, rng):
    kind = "feign"
    tz = pick(rng, (-5, 0, 1, 2, 8, 9))
    course = pick(rng, ("CS101", "INF1100", "COMP1511", "DS201"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = resi(rng, 1, "*")
    deadline = ctx.t0 + irange(rng, 3, 6) * DAY + (23 - tz) * HOUR
    labs = [(irange(rng, 1, 6), p) for p in ("a", "b", "c")]

    def lab_curve(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        wd = weekday(ts, tz)
        return (((wd == 1) | (wd == 3)) & (h >= 10) & (h < 12)).astype(np.float64)

    for _ in range(irange(rng, 25, 45)):
        own = home(rng, 1, tz)
        ua = pick(rng, (*BG_BROWSERS, BG_SDKS[0], BG_PHONE))
        a = ctx.account(
            rng, label=BEN, family=kind, role="student", org=org, pay=card, ua=ua, ips=own, tz=tz
        )
        lab = concat(session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 1.5), lab_curve, 4.0, 120.0))
        eve = concat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.4, 1.2), evening_person(tz), 3.0, 150.0)
        )
        rush = concat(
            session_times(
                rng, deadline - 8 * HOUR, deadline, _u(rng, 2, 6), evening_person(tz), 5.0, 100.0
            )
        )
        both = np.concatenate([lab, eve, rush])
        where = np.concatenate([np.zeros(len(lab), bool), np.ones(len(eve) + len(rush), bool)])
        srt = np.argsort(both, kind="stable")
        ts, at_home = both[srt], where[srt]
        if len(ts) == 0:
            ts, at_home = np.array([deadline - HOUR]), np.ones(1, bool)
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.35:
                lab_no, part = pick(rng, labs)
                prompts.append(tx.assignment(course, lab_no, part))
            elif r < 0.7:
                prompts.append(pick(rng, tx.STUDENT_QS))
            else:
                prompts.append(tx.clip(pick(rng, ctx.chat), 10, 600, rng))
        ips = [own[0] if h else campus[0] for h in at_home.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.2), ips=ips, comp_median=380
        )


# monger: a social-science study sampling the same persona/survey prompts many times
def monger(ctx, rng):
    kind = "monger"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 1, "*")
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="study-script",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", BG_SDKS[0], "python-httpx/0.28.1")),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    jobs = thinned(rng, ctx.t0, ctx.t1, _u(rng, 15, 30) * 5, workday(tz))
    per = {i: ([], [], []) for i in range(len(keys))}
    for t in jobs.tolist():
        persona, item = irange(rng, 0, 400), irange(rng, 0, 5)
        p = tx.survey(rng, persona, item)
        k = irange(rng, 10, 30)
        times = t + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=k))
        m = ctx.new_model if (t >= ctx.release and chance(rng, 0.5)) else ctx.old_models[0]
        who = irange(rng, 0, len(keys) - 1)
        per[who][0].extend(times.tolist())
        per[who][1].extend([p] * k)
        per[who][2].extend([m] * k)
    for i, a in enumerate(keys):
        ts, prompts, models = per[i]
        if not ts:
            ts, prompts, models = (
                [_u(rng, ctx.t0, ctx.t1)],
                [tx.survey(rng, 0, 0)],
                [ctx.old_models[0]],
            )
        ctx.emit(
            rng, a, np.asarray(ts), prompts, models=models, comp_median=6, comp_sigma=0.3, err=0.01
        )


# nosher: a translation agency's freelancers working segment by segment
def nosher(ctx, rng):
    kind = "nosher"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clients = ("Acme Cloud", "Helio Bank", "Vesta Games", "Orbit Health")
    for _ in range(irange(rng, 8, 15)):
        tz = pick(rng, TZS)
        target = pick(rng, ("de", "fr", "es", "pt", "it", "ja", "ko", "zh", "pl", "tr"))
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                _u(rng, 1.5, 3.5),
                workday(tz),
                _u(rng, 10, 25),
                _u(rng, 40, 90),
            )
        )
        if len(ts) == 0:
            ts = np.array([_u(rng, ctx.t0, ctx.t1)])
        client = pick(rng, clients)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.segment(rng, ctx, target, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.4, 0.1),
            comp_median=110,
        )


# omens: an adaptive tutoring product generating graded practice problems for its students
def omens(ctx, rng):
    kind = "omens"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "azure")))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="tutor-backend",
            org=org,
            pay=card,
            ua=BG_SDKS[1],
            ips=ips,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        _u(rng, 15, 35) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(_u(rng, 14, 18), 0.8),
    )
    who = rng.integers(0, len(keys), size=len(ts))
    students = rng.integers(1000, 90000, size=len(ts))
    for j, a in enumerate(keys):
        sel = who == j
        t = ts[sel]
        ctx.emit(
            rng,
            a,
            t,
            [tx.tutoring(rng, int(s)) for s in students[sel].tolist()],
            models=ctx.models(rng, t, 0.25, 0.3),
            comp_median=320,
            err=0.01,
        )


BENIGN_KINDS = {
    "hinge": hinge,
    "sermon": sermon,
    "homing": homing,
    "shrine": shrine,
    "gnomish": gnomish,
    "heroism": heroism,
    "feign": feign,
    "monger": monger,
    "nosher": nosher,
    "omens": omens,
}
