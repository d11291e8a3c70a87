"""Benign hard-negative kinds of batch 340 (code names from numismatics).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Every draw comes from the kind's own generator, in list order.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import BROWSERS, DAY, HOUR, MOBILE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind340 import texts as tx
from bench.monitor_blind340.families import choose, models_around, person_ua, sessions_flat

BENIGN = "benign"


def _emit_grouped(
    ctx: Ctx,
    rng: np.random.Generator,
    accts: list,
    per: list,
    *,
    p_new: float,
    p_mini: float = 0.05,
    comp: float = 350.0,
    sigma: float = 0.6,
    err: float = 0.01,
    fixed_models: bool = False,
) -> None:
    """Emit per-account lists (ts, prompts, extra[, model]) sorted by time."""
    for a, group in zip(accts, per, strict=True):
        ts_l, pr, ex = group[0], group[1], group[2]
        if not ts_l:
            continue
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        idx = order.tolist()
        models = [group[3][i] for i in idx] if fixed_models else ctx.models(rng, ts, p_new, p_mini)
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in idx],
            models=models,
            comp_median=comp,
            comp_sigma=sigma,
            extra=np.asarray(ex, dtype=np.int64)[order],
            err=err,
        )


# --------------------------------------------------------------------------------------------
# model evaluation lab: reasoning benchmarks at release (looks like uphaul)


def obverse(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "obverse"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng, label=BENIGN, family=kind, role="eval_runner", org=org, pay=pay, ua=ua, ips=ips
        )
        for _ in range(n)
    ]
    suites = choose(rng, ("gsm", "mcq", "code"), irange(rng, 2, 3))
    items = {s: [tx.benchmark_item(rng, s) for _ in range(irange(rng, 150, 350))] for s in suites}
    old, new = ctx.old_models[0], ctx.new_model
    runs: list[tuple[float, str]] = [(ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, old)]
    for _ in range(irange(rng, 2, 4)):
        t = ctx.release + float(rng.uniform(2, 60)) * HOUR
        runs.append((t, new))
        if chance(rng, 0.5):
            runs.append((t + float(rng.uniform(0.5, 3)) * HOUR, old))
    per: list = [([], [], [], []) for _ in range(n)]
    for start, model in runs:
        t = start
        for s in suites:
            for item in items[s]:
                t += float(rng.exponential(0.6))
                k = int(rng.integers(n))
                per[k][0].append(t)
                per[k][1].append(item)
                per[k][2].append(0)
                per[k][3].append(model)
    _emit_grouped(
        ctx, rng, accts, per, p_new=0.0, comp=260.0, sigma=0.7, err=0.02, fixed_models=True
    )


# --------------------------------------------------------------------------------------------
# RLHF labelling vendor: annotators asking for grading help (looks like boom_clamp)


def planchet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "planchet"
    n = irange(rng, 10, 20)
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.home(rng, irange(rng, 2, 3), tz)
    for _ in range(n):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=nat,
            tz=tz,
        )
        ts = sessions_flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                bb.workday(tz),
                float(rng.uniform(6, 14)),
                float(rng.uniform(60, 150)),
            )
        )
        prompts = [tx.annotation(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=180.0)


# --------------------------------------------------------------------------------------------
# trust & safety team: moderation rewrites (looks like mast_track)


def mintmark(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mintmark"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(14, 22)), 0.5)
    rate = float(rng.uniform(20, 45))
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate / n * (ctx.t1 - ctx.t0) / HOUR, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=220.0,
        )


# --------------------------------------------------------------------------------------------
# a company's developers using an IDE coding agent (looks like carve_gybe)


def exergue(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "exergue"
    n = irange(rng, 15, 30)
    tz = pick(rng, (-8, -5, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    lang = pick(rng, ("ts", "py", "go", "rs"))
    for _ in range(n):
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home,
            tz=tz,
        )
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        ip_l: list[str] = []
        for s in bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)) * 7 * 0.7, bb.workday(tz)
        ).tolist():
            task = tx.coding_task(rng)
            steps = irange(rng, 3, 15)
            where = office[0] if chance(rng, 0.65) else home[0]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=steps - 1))]
            )
            for j, tj in enumerate(t.tolist(), start=1):
                ts_l.append(tj)
                pr.append(tx.coding_agent_step(rng, task, j, lang))
                ex.append(900 + 500 * j + int(rng.integers(0, 600)))
                ip_l.append(where)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=models_around(ctx, rng, ts, 0.6, lag_h=float(rng.uniform(4, 48))),
            ips=ip_l,
            comp_median=300.0,
            extra=np.asarray(ex, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase jobs for its own classifier (looks like footstrap)


def reeding(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "reeding"
    n = irange(rng, 2, 4)
    tz = pick(rng, (-5, 1, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), "aws")
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        for _ in range(n)
    ]
    night = float(rng.uniform(0, 3))
    for d in range(7):
        if chance(rng, 0.2):
            continue
        start = ctx.t0 + d * DAY + ((night - tz) % 24) * HOUR
        a = accts[d % n]
        k = irange(rng, 250, 700)
        ts = start + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=k))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation(rng) for _ in range(k)],
            models=ctx.models(rng, ts, 0.1, 0.7),
            comp_median=200.0,
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# math-tutor app using self-consistency voting (looks like beachstart)


def denarius(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "denarius"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(0, 3)), 0.7)
    k_votes = irange(rng, 3, 5)
    per: list = [([], [], []) for _ in range(n)]
    for s in bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 5)) * (ctx.t1 - ctx.t0) / HOUR, curve
    ).tolist():
        q = tx.tutor_problem(rng)
        w = int(rng.integers(n))
        t = np.sort(s + rng.uniform(0, 0.8, size=k_votes))
        for tj in t.tolist():
            per[w][0].append(tj)
            per[w][1].append(q)
            per[w][2].append(0)
        per[w][0].append(float(t[-1]) + float(rng.uniform(4, 12)))
        per[w][1].append(
            f"Here are {k_votes} worked solutions from our solver. Pick the majority answer and rewrite "
            f"the clearest one for a 10-year-old.\nProblem: {q}"
        )
        per[w][2].append(k_votes * 250)
    _emit_grouped(ctx, rng, accts, per, p_new=0.3, p_mini=0.3, comp=260.0)


# --------------------------------------------------------------------------------------------
# companion chat app forwarding multi-turn conversations (looks like duck_gybe)


def drachma(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drachma"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "azure", "gcp")))
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.6)
    per: list = [([], [], []) for _ in range(n)]
    for s in bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(5, 9)) * (ctx.t1 - ctx.t0) / HOUR, curve
    ).tolist():
        persona = pick(rng, tx.COMPANION_PERSONAS)
        w = int(rng.integers(n))
        turns = irange(rng, 3, 12)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.8, size=turns - 1))])
        for j, tj in enumerate(t.tolist(), start=1):
            per[w][0].append(tj)
            per[w][1].append(tx.companion(rng, persona, ctx.chat))
            per[w][2].append(300 + 120 * j)
    _emit_grouped(ctx, rng, accts, per, p_new=0.25, comp=90.0, sigma=0.7)


# --------------------------------------------------------------------------------------------
# university course cohort with one assignment (looks like a person-like crowd: spinout / chop_hop)


def countermark(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "countermark"
    n = irange(rng, 40, 80)
    tz = pick(rng, (-5, 0, 1, 9))
    uni_org, program_pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(n):
        via_program = chance(rng, 0.7)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=uni_org if via_program else None,
            pay=program_pay if via_program else None,
            ua=person_ua(rng, 0.35),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = sessions_flat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), bb.evening_person(tz), 3.0, 70.0
            )
        )
        rush = sessions_flat(
            bb.session_times(
                rng, deadline - 1.5 * DAY, deadline, 2.0, bb.evening_person(tz, 3.0), 5.0, 50.0
            )
        )
        ts = np.sort(np.concatenate([ts, rush]))
        prompts = [
            tx.student_question(rng) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# translation agency (looks like forward_loop)


def sestertius(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sestertius"
    n = irange(rng, 3, 8)
    tz = pick(rng, (0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('Nord', 'Blue', 'Vita', 'Kite', 'Orbi', 'Lumo'))}{pick(rng, ('pay', 'fit', 'cart', 'desk', 'go'))}"
        for _ in range(irange(rng, 3, 5))
    ]
    targets = choose(rng, tx.TARGETS, irange(rng, 3, 6))
    for i in range(n):
        cat = i == 0 or chance(rng, 0.2)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)" if cat else pick(rng, BROWSERS),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * 7 * 9 * 5 / 7, bb.workday(tz)
        )
        client = pick(rng, clients)
        prompts = [
            tx.agency_translation(
                rng,
                client if chance(rng, 0.8) else pick(rng, clients),
                pick(rng, targets),
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, 0.5, lag_h=float(rng.uniform(12, 60))),
            comp_median=90.0,
            comp_sigma=0.8,
        )


# --------------------------------------------------------------------------------------------
# academic study replaying public prompts to compare old and new models (looks like spinout)


def die_variety(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "die_variety"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-5, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="grad_student",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0" if chance(rng, 0.8) else pick(rng, MOBILE[:3]),
            ips=campus,
            tz=tz,
        )
        for _ in range(n)
    ]
    order = rng.permutation(len(ctx.chat))
    m = irange(rng, 400, 1100)
    sample = [ctx.chat[int(i)] for i in order[:m].tolist()]
    conds = ["plain"] if chance(rng, 0.5) else ["plain", "short"]
    old, new = ctx.old_models[0], ctx.new_model
    per: list = [([], [], [], []) for _ in range(n)]
    pilot = ctx.t0 + float(rng.uniform(1, 3)) * DAY
    t = pilot
    for p in sample[: irange(rng, 80, 200)]:
        t += float(rng.lognormal(np.log(2.0), 0.4))
        per[0][0].append(t)
        per[0][1].append(p)
        per[0][2].append(0)
        per[0][3].append(old)
    for r in range(irange(rng, 1, 2)):
        t = ctx.release + float(rng.uniform(6, 60)) * HOUR
        k = (r + 1) % n
        for p in sample:
            for cond in conds:
                for model in (old, new):
                    t += float(rng.lognormal(np.log(1.5), 0.4))
                    per[k][0].append(t)
                    per[k][1].append(tx.study_prompt(rng, p, cond))
                    per[k][2].append(0)
                    per[k][3].append(model)
    _emit_grouped(ctx, rng, accts, per, p_new=0.0, comp=400.0, fixed_models=True)


BENIGN_KINDS = {
    "obverse": obverse,
    "planchet": planchet,
    "mintmark": mintmark,
    "exergue": exergue,
    "reeding": reeding,
    "denarius": denarius,
    "drachma": drachma,
    "countermark": countermark,
    "sestertius": sestertius,
    "die_variety": die_variety,
}
