"""Benign hard-negative kinds of batch 97 (code names: stained glass terms).

Each kind is `f(ctx, rng)`: legitimate customers that look suspicious in some way. Accounts are
labelled "benign" with the kind's name as their family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, TZS, Ctx, chance, irange, pick
from bench.monitor_blind97 import texts as tx

__all__ = ["BENIGN_KINDS"]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role="customer", **kw)


def _workday_starts(
    rng: np.random.Generator, ctx: Ctx, tz: int, n: int, a: float | None = None
) -> np.ndarray:
    a = ctx.t0 if a is None else a
    return bb.thinned(rng, a, ctx.t1, n, bb.workday(tz, weekend=0.0, night=0.0))


# --------------------------------------------------------------------------------------------


def cathedral_glass(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: benchmark suites with pass@k repeats, run in bursts right after the release."""
    kind = "cathedral_glass"
    tz = pick(rng, (-8, -5, 0, 1))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            tz=tz,
            ips=office + bb.cloud(rng, 2, pick(rng, ("gcp", "aws"))),
        )
        for _ in range(irange(rng, 3, 5))
    ]
    runs_pre, runs_post = irange(rng, 1, 2), irange(rng, 3, 6)
    starts = np.concatenate(
        [
            _workday_starts(rng, ctx, tz, runs_pre)[:runs_pre],
            ctx.release + rng.uniform(0.05, 1.5, size=runs_post) * DAY,
        ]
    )
    for s in starts.tolist():
        a = pick(rng, accts)
        suite = pick(rng, ("mcq", "code", "math"))
        k = pick(rng, (1, 1, 3, 5))
        items = irange(rng, 120, 400)
        ts_all, prompts = [], []
        t = s
        for i in range(items):
            p = tx.benchmark_item(rng, suite, i)
            for _ in range(k):
                t += float(rng.lognormal(np.log(0.9), 0.4))
                ts_all.append(t)
                prompts.append(p)
        ts = np.asarray(ts_all)
        model = ctx.new_model if s >= ctx.release else ctx.old_models[0]
        ctx.emit(rng, a, ts, prompts, models=model, ips=a.ips[-1], comp_median=300.0, err=0.02)


def grozing(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor using the model as a rater for its clients' QA sheets (office NAT, workdays)."""
    kind = "grozing"
    tz = pick(rng, (5, 8, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 3, 6)):
        project = pick(rng, ("Helix", "Juniper", "Northwind", "Kestrel", "Lumen", "Atlas"))
        a = _acct(
            ctx,
            rng,
            kind,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=office,
            tz=tz,
        )
        ts = _workday_starts(rng, ctx, tz, float(rng.uniform(80, 200)) * 5)
        prompts = [
            tx.rater_task(rng, project, pick(rng, ctx.chat), pick(rng, ctx.passages)) for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3), comp_median=60.0
        )


def came_lead(ctx: Ctx, rng: np.random.Generator) -> None:
    """A start-up's developers using a coding agent: chains of quick tool-result calls, workdays."""
    kind = "came_lead"
    tz = pick(rng, TZS)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    ua = pick(
        rng,
        (
            "aider/0.72.1 litellm/1.60.2",
            "Cline/3.2.0 OpenAI/NodeJS 4.85.1",
            "continue/0.9 axios/1.7.9",
        ),
    )
    for _ in range(irange(rng, 6, 12)):
        a = _acct(ctx, rng, kind, org=org, pay=card, ua=ua, ips=office + bb.home(rng, 1, tz), tz=tz)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            float(rng.uniform(8, 18)),
            float(rng.uniform(4, 10)),
            0.7,
        )
        ts_all, prompts, ips = [], [], []
        for s in sessions:
            task = pick(rng, ctx.chat)
            ip = a.ips[0] if chance(rng, 0.7) else a.ips[1]
            for i, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_step(rng, task, i))
                ips.append(ip)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts[order], 0.7),
            comp_median=450.0,
        )


def flashed_glass(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: many students, one shared assignment, campus NAT, deadline rush."""
    kind = "flashed_glass"
    tz = pick(rng, (-5, 0, 1, 2, 8))
    course = pick(rng, ("CS 2110", "COMP 251", "INF 3", "CSC 263"))
    hw = irange(rng, 2, 6)
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 30, 60)):
        a = _acct(
            ctx,
            rng,
            kind,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:2]),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        norm = bb.session_times(rng, ctx.t0, ctx.t1, 0.3, bb.evening_person(tz), 3.0, 120.0)
        rush = bb.session_times(
            rng,
            deadline - 2 * DAY,
            deadline,
            float(rng.uniform(1, 3)),
            bb.evening_person(tz),
            5.0,
            90.0,
        )
        ts = _cat(norm + rush)
        prompts = [
            tx.assignment(rng, course, hw, pick(rng, ctx.chat))
            if t > deadline - 2 * DAY and chance(rng, 0.7)
            else pick(rng, ctx.chat)
            for t in ts.tolist()
        ]
        ips = [a.ips[0] if chance(rng, 0.5) else a.ips[-1] for _ in ts]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, 0.5))


def opalescent(ctx: Ctx, rng: np.random.Generator) -> None:
    """Social-science study: survey questions answered by many simulated personas, each sampled
    several times (identical prompts repeated, bursts from a university server)."""
    kind = "opalescent"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    uni = bb.home(rng, 1, tz)
    accts = [
        _acct(ctx, rng, kind, org=org, pay=card, ua="python-httpx/0.28.1", ips=uni, tz=tz)
        for _ in range(irange(rng, 2, 3))
    ]
    starts = _workday_starts(rng, ctx, tz, irange(rng, 4, 8))
    for s in starts.tolist():
        a = pick(rng, accts)
        q = pick(rng, tx.SURVEY_QUESTIONS)
        reps = irange(rng, 3, 5)
        ts_all, prompts, t = [], [], s
        for _ in range(irange(rng, 80, 160)):
            p = tx.survey_persona(rng, q)
            for _ in range(reps):
                t += float(rng.lognormal(np.log(1.3), 0.5))
                ts_all.append(t)
                prompts.append(p)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=60.0, comp_sigma=0.5
        )


def streaky_glass(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team: paraphrase generation for their own intent classifier (nightly job
    plus daytime trials)."""
    kind = "streaky_glass"
    tz = pick(rng, TZS)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    server = bb.cloud(rng, 1, "aws")
    office = bb.home(rng, 1, tz)
    job = _acct(ctx, rng, kind, org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=server, tz=tz)
    dev = _acct(ctx, rng, kind, org=org, pay=card, ua=pick(rng, bb.BROWSERS), ips=office, tz=tz)
    short = [c for c in ctx.chat if len(c) < 160] or ctx.chat
    night = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(250, 450)) * 7, bb.nightly(2.0, 2.5, tz)
    )
    ctx.emit(
        rng,
        job,
        night,
        [tx.augment(rng, pick(rng, tx.INTENTS), pick(rng, short)) for _ in night],
        models=ctx.models(rng, night, 0.5, 0.4),
        comp_median=280.0,
    )
    day = _workday_starts(rng, ctx, tz, float(rng.uniform(15, 40)) * 5)
    ctx.emit(
        rng,
        dev,
        day,
        [tx.augment(rng, pick(rng, tx.INTENTS), pick(rng, short)) for _ in day],
        models=ctx.models(rng, day, 0.7),
        comp_median=280.0,
    )


def pot_metal(ctx: Ctx, rng: np.random.Generator) -> None:
    """Marketing agency / reseller: a key per client, all served from the agency's SaaS backend."""
    kind = "pot_metal"
    tz = pick(rng, TZS)
    backend = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("digitalocean", "aws", "hetzner")))
    agency_card = bb.hexid(rng, "pay")
    ua = "Copyloom/1.8 axios/1.7.9"
    for _ in range(irange(rng, 20, 36)):
        client = f"{pick(rng, ('Blue', 'Oak', 'Pixel', 'Harbor', 'Maple', 'Nova'))} {pick(rng, ('Bakery', 'Dental', 'Fitness', 'Realty', 'Threads', 'Garage'))}"
        pay = agency_card if chance(rng, 0.75) else bb.hexid(rng, "pay")
        a = _acct(ctx, rng, kind, pay=pay, ua=ua, ips=backend, tz=tz)
        ts = _workday_starts(rng, ctx, tz, float(rng.lognormal(np.log(15), 0.7)) * 5)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_copy(rng, client) for _ in ts],
            models=ctx.models(rng, ts, 0.6),
            comp_median=220.0,
        )


def tracery(ctx: Ctx, rng: np.random.Generator) -> None:
    """Customer-support bots sending the whole conversation so far on every turn (looks like a
    multi-turn dialogue harvest)."""
    kind = "tracery"
    for _ in range(irange(rng, 1, 2)):
        brand = f"{pick(rng, ('Velto', 'Kinara', 'Brightpath', 'Olio'))} {pick(rng, ('Mobile', 'Bank', 'Home', 'Travel'))}"
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure", "gcp")))
        ua = bb.sdk_ua(rng, 0.8)
        accts = [
            _acct(ctx, rng, kind, org=org, pay=card, ua=ua, ips=ips)
            for _ in range(irange(rng, 1, 2))
        ]
        per_day = float(rng.uniform(50, 110))
        load = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.8)))
        for a in accts:
            convs = bb.session_times(
                rng, ctx.t0, ctx.t1, per_day / len(accts), load, 4.0, 45.0, 0.9
            )
            ts_all, prompts = [], []
            for c in convs:
                hist: list[str] = []
                for t in c.tolist():
                    hist.append(pick(rng, ctx.chat))
                    ts_all.append(t)
                    prompts.append(tx.support_transcript(rng, brand, hist[-5:], ctx.passages))
            ts = np.asarray(ts_all)
            order = np.argsort(ts, kind="stable").tolist()
            ctx.emit(
                rng,
                a,
                ts[order],
                [prompts[i] for i in order],
                models=ctx.models(rng, ts[order], 0.4, 0.5),
                comp_median=160.0,
            )


def patina(ctx: Ctx, rng: np.random.Generator) -> None:
    """A prompt-marketplace QA team replaying popular public prompts against the new model (from a
    rented server block, right after the release): looks like public prompt replay."""
    kind = "patina"
    tz = pick(rng, (0, 1, 2, -5))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("hetzner", "ovh")), 1, 3)
    accts = [
        _acct(ctx, rng, kind, org=org, pay=card, ua="python-httpx/0.28.1", ips=[ip], tz=tz)
        for ip in block
    ]
    starts = _workday_starts(rng, ctx, tz, float(rng.uniform(2, 4)) * 3, a=ctx.release)
    pre = _workday_starts(rng, ctx, tz, 2)
    pre = pre[pre < ctx.release]
    for s in np.concatenate([pre, starts]).tolist():
        a = pick(rng, accts)
        ts = _cat(bb.bursts(rng, [s], float(rng.uniform(80, 200)), float(rng.uniform(2, 5)), 0.6))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in ts],
            models=ctx.new_model if s >= ctx.release else ctx.old_models[0],
            comp_median=380.0,
        )


def rose_window(ctx: Ctx, rng: np.random.Generator) -> None:
    """An olympiad study group: real students at home asking hard worked problems from a shared prep
    sheet in the evenings (looks like a low-and-slow harvest)."""
    kind = "rose_window"
    tzs = [int(x) for x in rng.choice(TZS, size=2, replace=False)]
    sheet = [tx.problem(rng) for _ in range(irange(rng, 40, 80))]
    for _ in range(irange(rng, 10, 20)):
        tz = pick(rng, tzs)
        a = _acct(
            ctx,
            rng,
            kind,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0 + float(rng.uniform(0, 2)) * DAY,
                ctx.t1,
                float(rng.uniform(0.4, 1.2)),
                bb.evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(90, 240)),
            )
        )
        style = int(rng.integers(3))
        prompts = []
        for _ in ts:
            if chance(rng, 0.6):
                q = pick(rng, sheet)
                prompts.append(
                    pick(
                        rng,
                        (
                            f"{q} hint only first please",
                            f"We did this in class and I'm lost: {q}",
                            f"{q} (prep sheet)",
                        ),
                    )
                )
            else:
                prompts.append(
                    tx.study_group(rng, style) if chance(rng, 0.5) else pick(rng, ctx.chat)
                )
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=600.0)


BENIGN_KINDS = {
    "cathedral_glass": cathedral_glass,
    "grozing": grozing,
    "came_lead": came_lead,
    "flashed_glass": flashed_glass,
    "opalescent": opalescent,
    "streaky_glass": streaky_glass,
    "pot_metal": pot_metal,
    "tracery": tracery,
    "patina": patina,
    "rose_window": rose_window,
}
