"""Benign hard-negative kinds of blind batch 252 (code names from leather tooling).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    pick,
    picks,
    rented_block,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind252 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate([np.empty(0), *parts])


def pear_shader(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model on release day: chain-of-thought suites and a
    public chat-prompt replay, each item run on the new and the old models."""
    kind = "pear_shader"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.63.2",
            ips=cloud(rng, irange(rng, 2, 3), prov),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    # smoke tests on the old models before release
    for a in accts:
        t = thinned(rng, ctx.release - 2 * DAY, ctx.release, irange(rng, 10, 40), workday(-5))
        if len(t):
            ctx.emit(
                rng,
                a,
                t,
                [tx.benchmark_item(rng, pick(rng, tx.SUITES), irange(rng, 0, 4999)) for _ in t],
                models=ctx.old_models[0],
                comp_median=500.0,
            )
    items = [
        ("bench", tx.benchmark_item(rng, pick(rng, tx.SUITES), i))
        for i in range(irange(rng, 700, 1200))
    ]
    items += [
        ("chat", tx.snip(rng, c, 5, 1500)) for c in picks(rng, ctx.chat, irange(rng, 150, 350))
    ]
    runs = [
        ctx.release + float(rng.uniform(1, 6)) * HOUR,
        ctx.release + float(rng.uniform(1.2, 2.0)) * DAY,
    ]
    for r, start in enumerate(runs):
        sub = (
            items
            if r == 0
            else [items[i] for i in rng.choice(len(items), size=len(items) // 3, replace=False)]
        )
        models = [ctx.new_model, ctx.old_models[0]] + (
            [ctx.old_models[-1]] if chance(rng, 0.4) else []
        )
        dur = float(rng.uniform(3, 8)) * HOUR
        for m in models:
            t = np.sort(rng.uniform(start, start + dur, size=len(sub)))
            who = rng.integers(0, len(accts), size=len(sub))
            for i, a in enumerate(accts):
                sel = np.flatnonzero(who == i)
                if len(sel):
                    ctx.emit(
                        rng,
                        a,
                        t[sel],
                        [sub[j][1] for j in sel.tolist()],
                        models=m,
                        comp_median=np.asarray(
                            [550.0 if sub[j][0] == "bench" else 380.0 for j in sel.tolist()]
                        ),
                        err=0.04,
                    )


def backgrounder(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor's annotators checking assistant replies in their browser tool."""
    kind = "backgrounder"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    nat = home(rng, 2, tz)
    project = pick(rng, ("Project Heron", "Project Quill", "Project Basalt"))
    for _ in range(irange(rng, 10, 20)):
        a = _benign(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=nat, tz=tz
        )
        t = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 3)),
                workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(50, 150)),
            )
        )
        if len(t) == 0:
            t = np.array([jitter_start(rng, ctx.t0, ctx.t1, 0.9)])
        prompts = [
            tx.annotation_task(rng, project, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for _ in t
        ]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.6), comp_median=160.0)


def veiner(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety pipeline checking forum posts against community guidelines, with minimal
    compliant edits (looks like policy rewriting)."""
    kind = "veiner"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    forums = (
        "r/homeimprovement-like board",
        "a parenting forum",
        "a gaming community",
        "a local news comments section",
    )
    load = global_load(float(rng.uniform(12, 20)), 0.5)
    for _ in range(2):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        t = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR, load)
        prompts = [tx.moderation_check(rng, pick(rng, ctx.chat), pick(rng, forums)) for _ in t]
        ctx.emit(
            rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.3, p_mini=0.45), comp_median=120.0
        )


def mule_foot(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers at a few companies using a terminal coding agent: tool-output turns with a
    growing context, in working hours."""
    kind = "mule_foot"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        office = home(rng, 1, tz)
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1"))
        for _ in range(irange(rng, 3, 6)):
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
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, workday(tz))
            ts_l, pr_l, ex_l = [], [], []
            for s in starts.tolist():
                steps = irange(rng, 4, 25)
                ts_l.append(
                    s
                    + np.concatenate(
                        [
                            [0.0],
                            np.cumsum(
                                rng.lognormal(np.log(rng.uniform(4, 12)), 0.8, size=steps - 1)
                            ),
                        ]
                    )
                )
                pr_l.extend(tx.coding_agent_episode(rng, steps))
                ex_l.extend((1500 + 600 * np.arange(steps)).tolist())
            if ts_l:
                ts = np.concatenate(ts_l)
                ctx.emit(
                    rng,
                    a,
                    ts,
                    pr_l,
                    models=ctx.models(rng, ts, p_new=0.9),
                    comp_median=220.0,
                    extra=ex_l,
                )


def stitching_chisel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A support-automation company's data team generating paraphrases and synthetic tickets for
    its own intent classifier: nightly jobs plus ad-hoc daytime runs."""
    kind = "stitching_chisel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    team = pick(rng, ("HelpHub", "Ticketry", "DeskNimbus"))
    ips = cloud(rng, 2, "azure")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "pipeline" if i == 0 else "data_scientist",
            org=org,
            pay=pay,
            ua="semantic-kernel-dotnet/1.36.0" if i == 0 else sdk_ua(rng, 0.5),
            ips=ips if i == 0 else home(rng, 1, tz),
            tz=tz,
        )
        for i in range(irange(rng, 2, 3))
    ]
    nights = []
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for d in range(8):
        if chance(rng, 0.8):
            s = day0 + d * DAY + (1 + float(rng.uniform(0, 1))) * HOUR
            k = irange(rng, 120, 300)
            nights.append(s + np.cumsum(rng.lognormal(np.log(rng.uniform(3, 8)), 0.4, size=k)))
    t = _cat(nights)
    ctx.emit(
        rng,
        keys[0],
        t,
        [tx.augmentation_request(rng, team) for _ in t],
        models=ctx.models(rng, t, p_new=0.5),
        comp_median=600.0,
    )
    for a in keys[1:]:
        t = _cat(session_times(rng, ctx.t0, ctx.t1, 1.2, workday(tz), 8.0, 40.0))
        if len(t) == 0:
            t = np.array([ctx.t0 + DAY])
        ctx.emit(
            rng,
            a,
            t,
            [tx.augmentation_request(rng, team) for _ in t],
            models=ctx.models(rng, t, p_new=0.6),
            comp_median=600.0,
        )


def skiving_knife(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: many users' short messages with long persona and memory
    context, evening-heavy load, mostly the small model."""
    kind = "skiving_knife"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 4), "gcp")
    load = global_load(float(rng.uniform(1, 4)), 0.7)
    for role, share in (("prod", 0.9), ("fallback", 0.1)):
        a = _benign(ctx, rng, kind, role, org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        t = thinned(
            rng, ctx.t0, ctx.t1, share * float(rng.uniform(30, 50)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        ctx.emit(
            rng,
            a,
            t,
            [tx.companion_message(rng, ctx.chat) for _ in t],
            models=ctx.models(rng, t, p_new=0.2, p_mini=0.6),
            comp_median=90.0,
            extra=rng.integers(800, 3000, size=len(t)),
        )


def edge_slicker(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators in office hours plus a pipeline fanning client strings out
    to several locales."""
    kind = "edge_slicker"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 1, tz)
    agency = pick(rng, ("Lingua Forge", "Babel & Co", "Sprachwerk"))
    clients = [
        (
            pick(rng, ("Fjordly", "Paysafe-ish", "TrailKit", "Mapleworks", "Nordbank")),
            [
                tx.TARGETS[i][1]
                for i in rng.choice(len(tx.TARGETS), size=irange(rng, 3, 8), replace=False)
            ],
        )
        for _ in range(3)
    ]
    for _ in range(irange(rng, 4, 7)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        t = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(8, 20)),
                float(rng.uniform(20, 90)),
            )
        )
        if len(t) == 0:
            t = np.array([ctx.t0 + 2 * DAY])
        pr = []
        for _ in t:
            c, locs = pick(rng, clients)
            pr.append(tx.agency_segment(rng, agency, c, pick(rng, locs), ctx.passages))
        ctx.emit(rng, a, t, pr, models=ctx.models(rng, t, p_new=0.4), comp_median=140.0)
    p = _benign(
        ctx,
        rng,
        kind,
        "pipeline",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, pick(rng, ("ovh", "hetzner"))),
    )
    ts_l, pr_l = [], []
    for s in thinned(rng, ctx.t0, ctx.t1, 10, workday(tz)).tolist():
        c, locs = pick(rng, clients)
        for _ in range(irange(rng, 10, 40)):
            for loc in locs:
                s += float(rng.lognormal(np.log(1.5), 0.4))
                ts_l.append(s)
                pr_l.append(tx.agency_segment(rng, agency, c, loc, ctx.passages))
    if ts_l:
        t = np.asarray(ts_l)
        ctx.emit(rng, p, t, pr_l, models=ctx.models(rng, t, p_new=0.4), comp_median=140.0)


def poly_maul(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer variance and anchoring: the same estimation question asked many
    times in a row, on the old and the new model."""
    kind = "poly_maul"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = home(rng, 2, tz)
    study = pick(rng, ("ANCHOR-2", "CALIB-Q", "WISDOM-LLM"))
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=campus,
            tz=tz,
        )
        ts_l, pr_l, m_l = [], [], []
        for s in thinned(rng, ctx.t0, ctx.t1, irange(rng, 2, 5), workday(tz)).tolist():
            m = (
                pick(rng, [ctx.new_model, ctx.old_models[0]])
                if s >= ctx.release
                else ctx.old_models[0]
            )
            for q in range(irange(rng, 15, 40)):
                prompt = tx.calibration_item(rng, study, q)
                for _ in range(irange(rng, 5, 15)):
                    s += float(rng.lognormal(np.log(1.5), 0.4))
                    ts_l.append(s)
                    pr_l.append(prompt)
                    m_l.append(m)
        if not ts_l:
            ts_l, pr_l, m_l = (
                [ctx.t0 + DAY],
                [tx.calibration_item(rng, study, 0)],
                [ctx.old_models[0]],
            )
        ctx.emit(rng, a, np.asarray(ts_l), pr_l, models=m_l, comp_median=60.0)


def rotary_punch(ctx: Ctx, rng: np.random.Generator) -> None:
    """A small development agency running a dozen client apps on one org, one card and a couple
    of shared droplets, each app with its own template and rhythm."""
    kind = "rotary_punch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "digitalocean", 2, 4)
    for i in range(irange(rng, 12, 20)):
        a = _benign(
            ctx,
            rng,
            kind,
            "client_app",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.5),
            ips=[pick(rng, block)],
        )
        rate = float(rng.lognormal(np.log(3.0), 0.7))
        curve = (
            workday(pick(rng, TZS), weekend=0.3, night=0.1)
            if chance(rng, 0.5)
            else global_load(float(rng.uniform(0, 24)), 0.5)
        )
        t = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        if len(t) == 0:
            t = np.array([ctx.t0 + HOUR])
        ctx.emit(
            rng,
            a,
            t,
            [tx.client_prompt(rng, i, ctx.chat, ctx.passages) for _ in t],
            models=ctx.models(rng, t, p_new=float(rng.uniform(0, 0.9))),
            comp_median=float(rng.uniform(120, 500)),
        )


def modeling_spoon(ctx: Ctx, rng: np.random.Generator) -> None:
    """A course cohort on the university's education credits: the same problem set asked by many
    students, sessions piling up before the deadline."""
    kind = "modeling_spoon"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = home(rng, 2, tz)
    course = pick(rng, ("STAT 110", "Intro Probability", "PHYS 101", "Quant Methods"))
    bank = tx.homework_bank(rng, irange(rng, 12, 20))
    deadline = ctx.t1 - float(rng.uniform(0.5, 2.0)) * DAY
    eve = evening_person(tz)

    def curve(t: np.ndarray) -> np.ndarray:
        return (
            eve(t)
            * (0.15 + 0.85 * np.clip(1 - (deadline - t) / (3 * DAY), 0, 1))
            * (t <= deadline + 2 * HOUR)
        )

    for _ in range(irange(rng, 40, 70)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON + MOBILE)
        ips = home(rng, 1, tz) + ([pick(rng, campus)] if chance(rng, 0.3) else [])
        a = _benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        t = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 1.5)),
                curve,
                float(rng.uniform(3, 8)),
                float(rng.uniform(40, 180)),
            )
        )
        if len(t) == 0:
            t = np.array([deadline - float(rng.uniform(1, 20)) * HOUR])
        ctx.emit(
            rng,
            a,
            t,
            [tx.student_message(rng, course, bank) for _ in t],
            models=ctx.models(rng, t, p_new=0.7),
            comp_median=450.0,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "pear_shader": pear_shader,
    "backgrounder": backgrounder,
    "veiner": veiner,
    "mule_foot": mule_foot,
    "stitching_chisel": stitching_chisel,
    "skiving_knife": skiving_knife,
    "edge_slicker": edge_slicker,
    "poly_maul": poly_maul,
    "rotary_punch": rotary_punch,
    "modeling_spoon": modeling_spoon,
}
