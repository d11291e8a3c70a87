"""Benign hard-negative kinds of batch 107 (code names from tapestry weaving).

Each kind is `f(ctx, rng)`: legitimate users whose traffic resembles one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    bursts,
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
    rented_block,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind107 import texts as tx

Rng = np.random.Generator

_REGION = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model on release day (looks like: best-of-n / curriculum
# sweeps / reasoning coercion — templated prompts in bursts from a cloud, right at the release)


def soumak(ctx: Ctx, rng: Rng) -> None:
    kind = "soumak"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    suites = [int(x) for x in rng.integers(0, 10_000, size=irange(rng, 3, 5))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [(ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY, [old, mini], 0.4)]
    runs.append((ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR, [new, old], 1.0))
    runs.append((ctx.release + float(rng.uniform(1.2, 2.5)) * DAY, [new], 1.0))
    for start, models, frac in runs:
        t = start
        for suite in suites:
            size = int(irange(rng, 250, 700) * frac)
            for m in models:
                a = pick(rng, accts)
                ts = t + np.sort(rng.uniform(0, size * float(rng.uniform(0.4, 1.2)), size=size))
                prompts = [tx.eval_item(rng, suite, i) for i in range(size)]
                comp = 6.0 if suite % 3 == 0 else 260.0 if suite % 3 == 1 else 45.0
                ctx.emit(rng, a, ts, prompts, models=m, comp_median=comp, comp_sigma=0.4, err=0.01)
                t = float(ts[-1]) + float(rng.uniform(60, 900))


# --------------------------------------------------------------------------------------------
# a labelling vendor pre-labelling client data (looks like: judge/rubric grading with many keys)


def gobelin(ctx: Ctx, rng: Rng) -> None:
    kind = "gobelin"
    n = irange(rng, 8, 16)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(8, resi(rng, 1, "sea")), (5, resi(rng, 1, "in"))]
    clients = [tx.brand(rng) for _ in range(irange(rng, 2, 4))]
    ua = pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
    for _ in range(n):
        tz, ip = pick(rng, offices)
        a = _benign(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=ip, tz=tz)
        client = pick(rng, clients)
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), workday(tz), 14, 25.0, 0.6)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.label_task(rng, ctx, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.35, 0.2),
            comp_median=60.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a tutoring product asking for step-by-step explanations (looks like: reasoning-trace harvest,
# and like a product hiding one)


def aubusson(ctx: Ctx, rng: Rng) -> None:
    kind = "aubusson"
    brand = tx.brand(rng)
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    provider = pick(rng, ("azure", "aws", "gcp"))
    accts = [
        _benign(
            ctx, rng, kind, "product_backend", org=org, pay=pay, ua=ua, ips=cloud(rng, 2, provider)
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(25, 55))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(13, 22)), 0.7),
    )
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        t = ts[who == i]
        ctx.emit(
            rng,
            a,
            t,
            [tx.tutoring(rng, brand) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.5, 0.1),
            comp_median=520.0,
            extra=250,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: many personal accounts, same assignments, deadline rush and a lab
# session on campus (looks like: a coordinated crowd of person-like accounts)


def millefleur(ctx: Ctx, rng: Rng) -> None:
    kind = "millefleur"
    n = irange(rng, 25, 45)
    tz = pick(rng, (-5, 0, 1, 2, 8, 9))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    campus = resi(rng, irange(rng, 1, 2), _REGION[tz])
    deadline = ctx.t0 + float(rng.uniform(4.3, 6.3)) * DAY
    lab = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    week = irange(rng, 0, 4)
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ramp = np.clip((ts - ctx.t0) / (deadline - ctx.t0), 0, 1) ** 3
        return eve(ts) * (0.1 + 0.9 * ramp) * np.where(ts < deadline + 2 * HOUR, 1.0, 0.2)

    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        own = chance(rng, 0.5)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=None if own else pay,
            ua=ua,
            ips=home(rng, 1, tz) + campus,
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.0)), curve, 4, 60.0))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.course_prompt(rng, ctx, week) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.15),
            ips=a.ips[0],
            comp_median=450.0,
        )
        if chance(rng, 0.85):
            tl = lab + np.sort(rng.uniform(0, 1.8 * HOUR, size=irange(rng, 4, 18)))
            ctx.emit(
                rng,
                a,
                tl,
                [tx.course_prompt(rng, ctx, week) for _ in range(len(tl))],
                models=ctx.models(rng, tl, 0.3, 0.15),
                ips=pick(rng, campus),
                comp_median=450.0,
            )


# --------------------------------------------------------------------------------------------
# an academic study replaying a public prompt set with repeated samples per condition (looks
# like: public prompt replay and best-of-n sampling)


def verdure(ctx: Ctx, rng: Rng) -> None:
    kind = "verdure"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    hpc = cloud(rng, 1, pick(rng, ("aws", "gcp")))
    tz = pick(rng, (-5, 0, 1, 9))
    runner = _benign(
        ctx,
        rng,
        kind,
        "study_runner",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=hpc,
        tz=tz,
    )
    pi = _benign(
        ctx,
        rng,
        kind,
        "researcher",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    n_prompts = irange(rng, 120, 260)
    base = [tx.human(rng, ctx, 1200) for _ in range(n_prompts)]
    conds = list(rng.choice(tx.STUDY_CONDS, size=irange(rng, 2, 3), replace=False).tolist())
    reps = irange(rng, 2, 4)
    models = [ctx.new_model, ctx.old_models[0]]
    # a pilot on the old model before the release, then the main run after it
    pilot_t = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    pp = [
        tx.study_prompt(rng, ctx, conds[0], base[i])
        for i in range(min(40, n_prompts))
        for _ in range(2)
    ]
    pts = pilot_t + np.cumsum(rng.exponential(2.0, size=len(pp)))
    ctx.emit(rng, runner, pts, pp, models=models[1], comp_median=400.0)
    t = ctx.release + float(rng.uniform(0.6, 2.0)) * DAY
    for m in models:
        prompts = [
            tx.study_prompt(rng, ctx, c, b) for b in base for c in conds for _ in range(reps)
        ]
        ts = t + np.cumsum(rng.exponential(1.4, size=len(prompts)))
        ctx.emit(rng, runner, ts, prompts, models=m, comp_median=400.0, err=0.02)
        t = float(ts[-1]) + float(rng.uniform(0.5, 6)) * HOUR
    # the researcher reading outputs and trying prompts by hand
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 5, 80.0))
    ctx.emit(
        rng, pi, ts, [pick(rng, base) for _ in range(len(ts))], models=ctx.models(rng, ts, 0.6, 0.0)
    )


# --------------------------------------------------------------------------------------------
# a marketing agency with a key per client behind a corporate VPN (looks like: many keys, one
# card, VPN / hosting exits, several languages)


def haute_lisse(ctx: Ctx, rng: Rng) -> None:
    kind = "haute_lisse"
    n = irange(rng, 10, 18)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), 1, irange(rng, 3, 6))
    tzs = (1, -5)
    ua_tool = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    for _ in range(n):
        client = tx.brand(rng)
        langs = list(
            rng.choice(
                ["en", "de", "fr", "es", "it", "nl", "pl", "pt"],
                size=irange(rng, 1, 3),
                replace=False,
            ).tolist()
        )
        direct = chance(rng, 0.2)
        tz = pick(rng, tzs)
        ips = vpn + (home(rng, 1, tz) if direct else [])
        a = _benign(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=pay,
            ua=ua_tool if chance(rng, 0.7) else pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), multi_office(tzs), 6, 60.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_copy(rng, client, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.45, 0.1),
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# an ML team augmenting its own support-ticket data overnight (looks like: synthetic-dataset
# generation)


def basse_lisse(ctx: Ctx, rng: Rng) -> None:
    kind = "basse_lisse"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    team = tx.brand(rng)
    tz = pick(rng, (1, 2, -5, -8))
    ips = cloud(rng, 2, "aws")
    for j in range(2):
        a = _benign(
            ctx,
            rng,
            kind,
            "augment_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=[ips[j]],
            tz=tz,
        )
        rate = float(rng.uniform(50, 100))
        win = float(rng.uniform(3, 5))
        ts = thinned(
            rng, ctx.t0, ctx.t1, rate * win / 24 * (ctx.t1 - ctx.t0) / HOUR, nightly(1.0, win, tz)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment_prompt(rng, team) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.05, 0.7),
            comp_median=250.0,
            err=0.02,
        )
    dev = _benign(
        ctx,
        rng,
        kind,
        "engineer",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 5, 90.0))
    ctx.emit(
        rng,
        dev,
        ts,
        [tx.augment_prompt(rng, team) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.3, 0.3),
    )


# --------------------------------------------------------------------------------------------
# a dev team using an agentic coding tool (looks like: agent/tool-use transcript harvest)


def weft_interlock(ctx: Ctx, rng: Rng) -> None:
    kind = "weft_interlock"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2, 5))
    office = resi(rng, 1, _REGION[tz])
    ua = pick(rng, ("aider/0.74.2 litellm/1.60.2", "litellm/1.60.2", "OpenAI/NodeJS 4.85.1"))
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(tz))
        ts_all, ps, xs, ipl = [], [], [], []
        for t in bursts(rng, starts, float(rng.uniform(6, 22)), gap_median=8.0, gap_sigma=0.7):
            goal = tx.dev_goal(rng)
            ip = pick(rng, a.ips)
            base = irange(rng, 2500, 6000)
            for k, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                ps.append(tx.coding_agent_step(rng, ctx, k, goal))
                xs.append(base + k * irange(rng, 300, 900))
                ipl.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, 0.6, 0.05),
            ips=ipl,
            comp_median=260.0,
            extra=np.asarray(xs, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# a companion-chat app backend (looks like: multi-turn dialogue harvest)


def eccentric_weft(ctx: Ctx, rng: Rng) -> None:
    kind = "eccentric_weft"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, pick(rng, ("gcp", "aws", "digitalocean")))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    accts = [
        _benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    personas = ("Mika", "Juno", "Sol", "Ren", "Ava")
    starts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(1.5, 3.5)) * 24 * 7,
        global_load(float(rng.uniform(18, 23)), 0.8),
    )
    per: list[dict] = [{"ts": [], "p": []} for _ in range(n)]
    for t in bursts(rng, starts, float(rng.uniform(8, 20)), gap_median=22.0, gap_sigma=0.9):
        i = int(rng.integers(n))
        persona = pick(rng, personas)
        per[i]["ts"].extend(t.tolist())
        per[i]["p"].extend(tx.companion_turn(rng, ctx, persona) for _ in range(len(t)))
    for a, b in zip(accts, per, strict=True):
        ts = np.asarray(b["ts"])
        ctx.emit(
            rng, a, ts, b["p"], models=ctx.models(rng, ts, 0.2, 0.3), comp_median=80.0, extra=420
        )


# --------------------------------------------------------------------------------------------
# a localisation vendor translating client documentation (looks like: translation harvest)


def cross_hatching(ctx: Ctx, rng: Rng) -> None:
    kind = "cross_hatching"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = resi(rng, 1, "eu")
    tms = cloud(rng, 1, pick(rng, ("ovh", "hetzner", "azure")))
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    accts = [
        _benign(ctx, rng, kind, "project_manager", org=org, pay=pay, ua=ua, ips=tms + office, tz=tz)
        for _ in range(n)
    ]
    clients = [tx.brand(rng) for _ in range(irange(rng, 3, 6))]
    jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3)) * 7, workday(tz))
    for s in jobs.tolist():
        a = pick(rng, accts)
        client = pick(rng, clients)
        tgts = list(
            rng.choice(
                ["de", "fr", "es", "it", "ja", "zh", "ko", "pt", "nl", "pl"],
                size=irange(rng, 3, 8),
                replace=False,
            ).tolist()
        )
        segs = irange(rng, 30, 120)
        t = s
        for tgt in tgts:
            ts = t + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=segs))
            prompts = [tx.l10n_segment(rng, ctx, client, tgt) for _ in range(segs)]
            comp = np.asarray([max(15, len(p) // 5) for p in prompts], dtype=np.float64)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.1, 0.05),
                ips=tms[0],
                comp_median=comp,
                comp_sigma=0.3,
            )
            t = float(ts[-1]) + float(rng.uniform(5, 60))


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "soumak": soumak,
    "gobelin": gobelin,
    "aubusson": aubusson,
    "millefleur": millefleur,
    "verdure": verdure,
    "haute_lisse": haute_lisse,
    "basse_lisse": basse_lisse,
    "weft_interlock": weft_interlock,
    "eccentric_weft": eccentric_weft,
    "cross_hatching": cross_hatching,
}
