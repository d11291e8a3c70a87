"""Benign hard-negative kinds of blind batch 221 (code names from model railways).

Each kind is `f(ctx, rng)`: a legitimate customer built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign, with the kind as `family`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    picks,
    rented_block,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind221 import texts as tx

BENIGN = "benign"


def _emit_rows(ctx: Ctx, rng: np.random.Generator, acct, rows: list[tuple], **kw) -> int:
    """rows: (ts, prompt, model, completion median, extra prompt tokens), in any order."""
    if not rows:
        return 0
    rows = sorted(rows, key=lambda r: r[0])
    return ctx.emit(
        rng,
        acct,
        np.array([r[0] for r in rows]),
        [r[1] for r in rows],
        models=[r[2] for r in rows],
        comp_median=np.array([r[3] for r in rows]),
        extra=np.array([r[4] for r in rows]),
        **kw,
    )


def _train(rng: np.random.Generator, t: float, n: int, gap: float) -> np.ndarray:
    """n requests one after another from time t (a script working through a list)."""
    return t + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=max(n - 1, 0)))]
    )


def _local_midnights(ctx: Ctx, tz: int) -> list[float]:
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    return [float(first + d * DAY) for d in range(9)]


def turnout(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab. Looks like barracuda / ariana: chain-of-thought benchmark prompts from cloud
    keys, dense bursts on release day, the same items re-sent every night and to every model."""
    kind = "turnout"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, 0, 1)))
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    ci = ctx.account(
        rng, label=BENIGN, family=kind, role="nightly_regression", org=org, pay=card, ua=ua, ips=ips
    )
    rel = ctx.account(
        rng, label=BENIGN, family=kind, role="release_eval", org=org, pay=card, ua=ua, ips=ips
    )
    adhoc = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="researcher",
        org=org,
        pay=card,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    seed = int(rng.integers(2**31))
    sizes = {
        "arith": irange(rng, 250, 400),
        "logic": irange(rng, 60, 120),
        "mcq": irange(rng, 150, 300),
        "code": irange(rng, 80, 160),
    }
    comp = {"arith": 450.0, "logic": 600.0, "mcq": 3.0, "code": 350.0}
    sub = irange(rng, 40, 60)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rows_ci, rows_rel, rows_ad = [], [], []
    for mid in _local_midnights(ctx, tz):
        t = mid + 2 * HOUR + float(rng.uniform(0, 600))
        models = [old, mini] + ([new] if t >= ctx.release + 6 * HOUR else [])
        for m in models:
            for suite, size in sizes.items():
                items = list(range(min(sub, size)))
                ts = _train(rng, t, len(items), 0.5)
                rows_ci += [
                    (float(x), tx.bench_item(suite, i, seed), m, comp[suite], 0)
                    for x, i in zip(ts.tolist(), items, strict=True)
                ]
                t = float(ts[-1]) + 30.0
    t = ctx.release + float(rng.uniform(1.5, 5.0)) * HOUR
    for m in (new, old):
        for suite, size in sizes.items():
            ts = _train(rng, t, size, 0.35)
            rows_rel += [
                (float(x), tx.bench_item(suite, i, seed), m, comp[suite], 0)
                for i, x in enumerate(ts.tolist())
            ]
            t = float(ts[-1]) + 120.0
    for sess in session_times(rng, ctx.t0, ctx.t1, 3.0, workday(tz), 8.0, 60.0):
        for x in sess.tolist():
            suite = pick(rng, tuple(sizes))
            p = (
                tx.bench_item(suite, int(rng.integers(sizes[suite])), seed)
                if chance(rng, 0.6)
                else pick(rng, ctx.chat)
            )
            rows_ad.append((x, p, ctx.models(rng, [x], 0.6, 0.1)[0], 400.0, 0))
    for a, r in ((ci, rows_ci), (rel, rows_rel), (adhoc, rows_ad)):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.5, err=0.01)


def coupler(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor. Looks like flamingo: rubric scoring and pairwise preferences over
    (prompt, response) pairs, several project keys in one org, office hours in one timezone."""
    kind = "coupler"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 2)))
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 4, 7)):
        guideline = f"LV-{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="project_key",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 550)), workday(tz))
        ua, prompts = [], []
        for _ in range(len(ts)):
            if chance(rng, 0.08):
                prompts.append(tx.annotator_question(rng, guideline))
                ua.append(pick(rng, tx.BG_BROWSERS))
            else:
                prompts.append(tx.labelling_prelabel(rng, ctx.chat, ctx.passages, guideline))
                ua.append("python-requests/2.32.3")
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            ua=ua,
            comp_median=120.0,
            comp_sigma=0.7,
        )


def diorama(ctx: Ctx, rng: np.random.Generator) -> None:
    """Trust-and-safety team of a social platform. Looks like ballet_leg: policy checks and
    compliant rewrites of user posts in several languages, around the clock, from cloud."""
    kind = "diorama"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "azure")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    langs = ("en", "es", "pt", "tr", "id")
    lw = rng.dirichlet([4.0, 2.0, 2.0, 1.0, 1.0]).tolist()
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(3000, 4500)),
        global_load(float(rng.uniform(14, 20)), 0.5),
    )
    who = rng.integers(0, n_keys, size=len(ts))
    for i, a in enumerate(accts):
        t = ts[who == i]
        prompts = [tx.moderation(rng, ctx.chat, tx.weighted(rng, langs, lw)) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, 0.1, 0.55),
            comp_median=140.0,
            comp_sigma=0.6,
        )


def flextrack(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding-agent product. Looks like rocket_split: one key per customer workspace, all behind
    the vendor's few egress addresses, fast tool-result loops with large contexts, switched to
    the new model by a product flag a day after release."""
    kind = "flextrack"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = rented_block(rng, "aws", 1, irange(rng, 4, 6))
    ua = "OpenAI/NodeJS 4.85.1"
    flag = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    old = ctx.old_models[0]
    for _ in range(irange(rng, 10, 18)):
        tz = int(pick(rng, TZS))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="customer_workspace",
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
            tz=tz,
        )
        rows = []
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            workday(tz),
            float(rng.uniform(8, 16)),
            float(rng.uniform(5, 15)),
            1.0,
        )
        for sess in sessions:
            m = ctx.new_model if (sess[0] >= flag and chance(rng, 0.85)) else old
            for k, x in enumerate(sess.tolist()):
                rows.append((x, tx.coding_agent_turn(rng, k), m, 300.0, min(2000 + 400 * k, 20000)))
        if not rows:
            x = float(rng.uniform(ctx.t0, ctx.t1))
            rows.append((x, tx.coding_agent_turn(rng, 0), old, 300.0, 2000))
        _emit_rows(ctx, rng, a, rows, ips=None, comp_sigma=0.8, err=0.01)


def baseboard(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team of a startup. Looks like fishtail: nightly jobs generating lists of
    varied utterances and paraphrases in JSON for its own intent classifier."""
    kind = "baseboard"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, -5, 2)))
    pipe = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="augmentation_pipeline",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "gcp"),
    )
    dev = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="ml_engineer",
        org=org,
        pay=card,
        ua=pick(rng, tx.BG_BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 1500)), nightly(1.0, 3.0, tz))
    ctx.emit(
        rng,
        pipe,
        ts,
        [tx.augmentation(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.5, 0.3),
        comp_median=700.0,
        comp_sigma=0.4,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)), workday(tz))
    prompts = [
        tx.augmentation(rng) if chance(rng, 0.5) else pick(rng, ctx.chat) for _ in range(len(ts))
    ]
    ctx.emit(rng, dev, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=500.0)


def roundhouse(ctx: Ctx, rng: np.random.Generator) -> None:
    """University course cohort. Looks like porpoise / somersault: dozens of new accounts on one
    department card, shared campus addresses in lab slots, similar assignment prompts and short
    multi-turn follow-ups, an evening rush before the deadline."""
    kind = "roundhouse"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 1, 0, -8)))
    campus = home(rng, 2, tz)
    course = pick(rng, tx.COURSES)
    assignment = irange(rng, 2, 5)
    mids = _local_midnights(ctx, tz)
    labs = [
        (m + 14 * HOUR, m + 16 * HOUR)
        for m in mids
        if int(weekday(np.array([m + 12 * HOUR]), tz)[0]) in (1, 3)
    ]
    deadline = next(
        (m + 24 * HOUR - 60 for m in mids if int(weekday(np.array([m + 12 * HOUR]), tz)[0]) == 4),
        ctx.t1,
    )
    eve = evening_person(tz)

    def homework(ts: np.ndarray) -> np.ndarray:
        return eve(ts) * np.where(ts > deadline - 1.5 * DAY, 1.0, 0.35) * (ts < deadline + 2 * HOUR)

    for _ in range(irange(rng, 35, 55)):
        own = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, tx.BG_BROWSERS),
            ips=own + campus,
            tz=tz,
        )
        rows, ips = [], []
        sessions = []
        for lo, hi in labs:
            if chance(rng, 0.85):
                sessions += [
                    (s, campus[int(rng.integers(2))])
                    for s in bursts(rng, [float(rng.uniform(lo, hi - HOUR))], 6.0, 70.0, 0.7, b=hi)
                ]
        sessions += [
            (s, own[0])
            for s in session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), homework, 4.0, 80.0
            )
        ]
        for sess, ip in sessions:
            first = tx.student_prompt(rng, course, assignment)
            m = ctx.models(rng, sess[:1], 0.3, 0.1)[0]
            history = 0
            for k, x in enumerate(sess.tolist()):
                if k == 0:
                    p = first
                elif chance(rng, 0.5):
                    p = tx.follow_up(rng, first, "en")
                else:
                    p = tx.student_prompt(rng, course, assignment)
                rows.append((x, p, m, 380.0, history))
                history += irange(rng, 250, 500) + len(p) // 4
                ips.append((x, ip))
        if not rows:
            x = (
                float(rng.uniform(labs[0][0], labs[0][1]))
                if labs
                else float(rng.uniform(ctx.t0, ctx.t1))
            )
            rows.append(
                (x, tx.student_prompt(rng, course, assignment), ctx.old_models[0], 380.0, 0)
            )
            ips.append((x, campus[0]))
        ips.sort(key=lambda r: r[0])
        _emit_rows(ctx, rng, a, rows, ips=[ip for _, ip in ips], comp_sigma=0.6)


def fiddle_yard(ctx: Ctx, rng: np.random.Generator) -> None:
    """Academic survey-consistency study. Looks like ariana: every item sent many times in a row,
    on each model in turn, letter-only answers, overnight script runs from a university address."""
    kind = "fiddle_yard"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    ip = home(rng, 1, tz)
    ua = "python-requests/2.32.3"
    runner = ctx.account(
        rng, label=BENIGN, family=kind, role="study_runner", org=org, pay=card, ua=ua, ips=ip, tz=tz
    )
    pilot = ctx.account(
        rng, label=BENIGN, family=kind, role="pilot", org=org, pay=card, ua=ua, ips=ip, tz=tz
    )
    seed = int(rng.integers(2**31))
    n_items, reps = irange(rng, 60, 100), irange(rng, 6, 10)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    mids = _local_midnights(ctx, tz)

    def run(t: float, model: str, items: list[int], r: int) -> list[tuple]:
        n = len(items) * r
        ts = _train(rng, t, n, 1.8)
        out = []
        for j, x in enumerate(ts.tolist()):
            i = items[j // r]
            out.append((x, tx.survey_item(i, seed), model, 60.0 if i % 3 == 2 else 2.0, 0))
        return out

    rows_p = run(mids[0] + 15 * HOUR + float(rng.uniform(0, 3 * HOUR)), old, list(range(10)), 3)
    d1 = 1 + int(rng.integers(2))
    rows_r = run(mids[d1] + 20 * HOUR, old, list(range(n_items)), reps)
    rows_r += run(mids[d1 + 1] + 20 * HOUR, mini, list(range(n_items)), reps)
    after = next(m for m in mids if m + 20 * HOUR > ctx.release + 8 * HOUR)
    rows_r += run(after + 20 * HOUR, new, list(range(n_items)), reps)
    _emit_rows(ctx, rng, pilot, rows_p, comp_sigma=0.4, err=0.005)
    _emit_rows(ctx, rng, runner, rows_r, comp_sigma=0.4, err=0.005)


def rerailer(ctx: Ctx, rng: np.random.Generator) -> None:
    """Tutoring product's worksheet generator. Looks like swordfish: grade x subject x skill x
    difficulty practice problems with worked answers, from a backend, plus students' homework chat."""
    kind = "rerailer"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, -8)))
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    ua = "axios/1.7.9"
    teacher = ctx.account(
        rng, label=BENIGN, family=kind, role="teacher_app", org=org, pay=card, ua=ua, ips=ips, tz=tz
    )
    student = ctx.account(
        rng, label=BENIGN, family=kind, role="student_app", org=org, pay=card, ua=ua, ips=ips, tz=tz
    )
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(700, 1100)),
        workday(tz, start=7.0, end=17.0, weekend=0.1),
    )
    ctx.emit(
        rng,
        teacher,
        ts,
        [tx.worksheet(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.15, 0.6),
        comp_median=900.0,
        comp_sigma=0.4,
    )
    ts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(1000, 1600)), evening_person(tz, spread=3.0)
    )
    ctx.emit(
        rng,
        student,
        ts,
        [tx.homework_question(rng, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.15, 0.6),
        comp_median=300.0,
    )


def signal_box(ctx: Ctx, rng: np.random.Generator) -> None:
    """API reseller / aggregator. Looks like walkout and like a campaign in general: a handful of
    keys with very high, around-the-clock volume from a hosting block, forwarded client user
    agents, diverse prompts, quick uptake of the new model."""
    kind = "signal_box"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, pick(rng, ("hetzner", "ovh")), 2, 5)
    agents = SDK_COMMON + SDK_OTHER + BROWSERS
    n_keys = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="reseller_pool",
            org=org,
            pay=card,
            ua=agents[0],
            ips=block,
        )
        for _ in range(n_keys)
    ]
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(6000, 8500)),
        global_load(float(rng.uniform(12, 18)), 0.4),
    )
    kw = rng.dirichlet([2.0] * n_keys)
    who = rng.choice(n_keys, size=len(ts), p=kw)
    p_new = float(rng.uniform(0.35, 0.5))
    for i, a in enumerate(accts):
        t = ts[who == i]
        ctx.emit(
            rng,
            a,
            t,
            [tx.reseller_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(t))],
            models=ctx.models(rng, t, p_new, 0.2),
            ua=picks(rng, agents, len(t)),
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.02,
        )


def turntable(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation agency. Looks like albatross: every source segment translated into many
    target languages within a minute, from a translation-management system in office hours."""
    kind = "turntable"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 0)))
    tms = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="tms_connector",
        org=org,
        pay=card,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=cloud(rng, 1, "azure"),
        tz=tz,
    )
    pm = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="project_manager",
        org=org,
        pay=card,
        ua=pick(rng, tx.BG_BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 70)), workday(tz))
    rows = []
    for n_job, j in enumerate(jobs.tolist()):
        job = f"J{irange(rng, 1000, 9999)}-{n_job:03d}"
        segs = tx.segments(pick(rng, ctx.passages), irange(rng, 4, 10))
        perm = rng.permutation(len(tx.TARGETS)).tolist()
        targets = [tx.TARGETS[i] for i in perm[: irange(rng, 4, 10)]]
        m = ctx.models(rng, [j], 0.4, 0.0)[0]
        ts = _train(rng, j, len(segs) * len(targets), 1.5)
        k = 0
        for s_i, seg in enumerate(segs):
            for tgt in targets:
                rows.append(
                    (
                        float(ts[k]),
                        tx.localisation(rng, job, s_i + 1, seg, tgt),
                        m,
                        max(40.0, len(seg) / 3.0),
                        0,
                    )
                )
                k += 1
    if not rows:
        rows.append(
            (
                ctx.t0 + DAY,
                tx.localisation(rng, "J0000-000", 1, "Welcome back!", tx.TARGETS[0]),
                ctx.old_models[0],
                40.0,
                0,
            )
        )
    _emit_rows(ctx, rng, tms, rows, comp_sigma=0.3, err=0.005)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), workday(tz))
    ctx.emit(
        rng,
        pm,
        ts,
        [pick(rng, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.3, 0.1),
        comp_median=350.0,
    )


BENIGN_KINDS = {
    "baseboard": baseboard,
    "coupler": coupler,
    "diorama": diorama,
    "fiddle_yard": fiddle_yard,
    "flextrack": flextrack,
    "rerailer": rerailer,
    "roundhouse": roundhouse,
    "signal_box": signal_box,
    "turntable": turntable,
    "turnout": turnout,
}
