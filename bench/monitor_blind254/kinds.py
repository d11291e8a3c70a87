"""Benign hard-negative kinds of batch 254 (code names from rushwork).

Each kind is a generator `f(ctx, rng)` writing legitimate accounts that a careless detector would
take for a campaign. Drawn in a fixed order from the kind's own generator (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
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
    picks,
    rented_block,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind254 import texts as tx
from bench.monitor_blind254.families import (
    BG_BROWSERS,
    BG_MAC,
    BG_NODE,
    BG_PY,
    BG_WIN,
    draw,
    weighted,
)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _local_days(ctx: Ctx, tz: int) -> list[float]:
    """UTC epoch of each local midnight inside the window."""
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    return [float(first + d * DAY) for d in range(int((ctx.t1 - first) / DAY) + 1)]


# --------------------------------------------------------------------------------------------
# 1. a school maths cohort: shared problem sets, one school card, class-time NAT then homes


def scirpus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "scirpus"
    tz = pick(rng, (-5, -3, 0, 1))
    lang = "es" if tz == -3 else "en"
    n = irange(rng, 25, 45)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    school_ips = home(rng, irange(rng, 1, 2), tz)
    problems = tx.course_problem_set(rng, lang, irange(rng, 10, 16))
    class_days = sorted(rng.choice(5, size=2, replace=False).tolist())
    class_h = float(rng.uniform(9, 14))
    p_new = float(rng.uniform(0.05, 0.2))
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS + MOBILE[:2]),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts, ips, uas = [], [], []
        for day in _local_days(ctx, tz):
            wd = int(weekday(np.array([day + 12 * HOUR]), tz)[0])
            if wd in class_days:
                s = day + class_h * HOUR
                k = int(rng.poisson(4))
                ts.extend((s + np.sort(rng.uniform(0, 80 * MINUTE, size=k))).tolist())
                ips.extend(picks(rng, school_ips, k))
                uas.extend([BG_WIN] * k)
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.7)), evening_person(tz), 3.0, 90.0
        ):
            ts.extend(s.tolist())
            ips.extend(a.ips * len(s))
            uas.extend([a.ua] * len(s))
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        t = np.asarray(ts)[order] if ts else np.empty(0)
        prompts = [tx.student_message(rng, lang, problems, ctx.chat) for _ in order]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            ips=[ips[i] for i in order],
            ua=[uas[i] for i in order],
            models=ctx.models(rng, t, p_new, 0.2),
            comp_median=420.0,
        )


# --------------------------------------------------------------------------------------------
# 2. an evaluation lab: release-day benchmark sweeps with k samples on both models, nightly regressions


def rush_matting(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rush_matting"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    items = tx.eval_items(rng, irange(rng, 250, 450), ctx.passages)
    accts = [
        _benign(ctx, rng, kind, "eval-runner", org=org, pay=card, ua=ua, ips=picks(rng, pool, 2))
        for _ in range(n_keys)
    ]
    runs = []  # (start, model, item indices, samples)
    big = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    k = pick(rng, (3, 5))
    runs.append((big, ctx.new_model, list(range(len(items))), k))
    runs.append(
        (big + float(rng.uniform(2, 5)) * HOUR, ctx.old_models[0], list(range(len(items))), k)
    )
    nightly_n = irange(rng, 60, 120)
    reg = sorted(rng.choice(len(items), size=nightly_n, replace=False).tolist())
    h = float(rng.uniform(1, 4))
    for d in range(int((ctx.t1 - ctx.t0) / DAY)):
        s = ctx.t0 + d * DAY + h * HOUR
        runs.append((s, ctx.new_model if s > ctx.release else ctx.old_models[0], reg, 1))
    cols: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s, model, idx, samples in runs:
        reqs = [i for i in idx for _ in range(samples)]
        t = s + np.cumsum(rng.exponential(float(rng.uniform(0.4, 1.2)), size=len(reqs)))
        who = rng.integers(0, n_keys, size=len(reqs)).tolist()
        for i, tj, w in zip(reqs, t.tolist(), who, strict=True):
            cols[w][0].append(tj)
            cols[w][1].append(items[i])
            cols[w][2].append(model)
    for a, (ts, prompts, models) in zip(accts, cols, strict=True):
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=260.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 3. a support-QA vendor: annotators grading a brand's chatbot replies plus a nightly judge pipeline


def seagrass(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "seagrass"
    tz = pick(rng, (5, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, tx.BRANDS)
    office = home(rng, irange(rng, 1, 2), tz)
    n_team = irange(rng, 2, 4)
    p_new = float(rng.uniform(0.05, 0.25))
    for _ in range(n_team):
        a = _benign(
            ctx, rng, kind, "annotator-team", org=org, pay=card, ua=BG_WIN, ips=office, tz=tz
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)) * 7 * 9, workday(tz))
        prompts = [tx.vendor_judge(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=80.0)
    a = _benign(
        ctx,
        rng,
        kind,
        "judge-pipeline",
        org=org,
        pay=card,
        ua=BG_PY,
        ips=cloud(rng, 2, "aws"),
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(1.0, 2.0, tz))
    trains = bursts(rng, starts, float(rng.uniform(100, 200)), 1.2, 0.5, ctx.t1)
    ts = np.concatenate(trains) if trains else np.empty(0)
    prompts = [tx.vendor_judge(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))]
    ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=70.0)


# --------------------------------------------------------------------------------------------
# 4. an IDE coding-agent product: many developers' multi-step tool loops on a few regional keys


def corner_weave(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "corner_weave"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", BG_NODE))
    tasks_h = float(rng.uniform(2, 4))
    gap = float(rng.uniform(4, 12))
    p_new = float(rng.uniform(0.3, 0.6))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "agent-backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n_keys)
    ]
    starts = worker_pool(rng, ctx.t0, ctx.t1, tasks_h, n_keys, multi_office([-8, -5, 1]))
    for a, st in zip(accts, starts, strict=True):
        ts, prompts, extra = [], [], []
        for s in st.tolist():
            k = 2 + int(rng.geometric(0.12))
            k = min(k, 30)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(
                    tx.ide_first(rng) if j == 0 else tx.ide_tool_result(rng, ctx.passages)
                )
                extra.append(j * irange(rng, 600, 1500))
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new, 0.15),
            comp_median=280.0,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 5. a data-augmentation team: batch jobs generating paraphrases for its own intent classifier


def mellowing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mellowing"
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 1, 2)
    ua = pick(rng, ("python-requests/2.32.3", BG_PY))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "ml-team",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), "azure"),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs, w = weighted(rng, ["en", "de", "fr"], [3.0, 1.0, 1.0])
    jobs = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)), workday(tz, weekend=0.0, night=0.0)
    )
    for s in jobs.tolist():
        a = pick(rng, accts)
        n = irange(rng, 150, 450)
        t = s + np.cumsum(rng.lognormal(np.log(1.8), 0.4, size=n))
        lg = draw(rng, langs, w, 1)[0]
        prompts = [tx.augment_prompt(rng, lg) for _ in range(n)]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, 0.05, 0.5),
            comp_median=600.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# 6. a companion / role-play app: backend keys, global evening load, long chatty conversations


def rushlight(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rushlight"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 4, 8), pick(rng, ("gcp", "aws")))
    langs, w = weighted(rng, ["en", "pt", "es", "ja"], [4.0, 1.5, 1.5, 1.0])
    conv_h = float(rng.uniform(1.0, 2.0))
    p_new = float(rng.uniform(0.2, 0.4))
    accts = [
        _benign(ctx, rng, kind, "app-backend", org=org, pay=card, ua=BG_PY, ips=picks(rng, pool, 2))
        for _ in range(n_keys)
    ]
    convs = worker_pool(
        rng, ctx.t0, ctx.t1, conv_h, n_keys, global_load(float(rng.uniform(0, 3)), 0.6)
    )
    for a, st in zip(accts, convs, strict=True):
        ts, prompts = [], []
        for s in st.tolist():
            lg = draw(rng, langs, w, 1)[0]
            k = irange(rng, 4, 30)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25), 0.8, size=k - 1))])
            ts.extend(t.tolist())
            prompts.extend(tx.companion_message(rng, lg, ctx.chat) for _ in range(k))
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        t = np.asarray(ts)[order] if ts else np.empty(0)
        ctx.emit(
            rng,
            a,
            t,
            [prompts[i] for i in order],
            models=ctx.models(rng, t, p_new, 0.3),
            comp_median=110.0,
        )


# --------------------------------------------------------------------------------------------
# 7. a localisation agency: client jobs, each segment into every language the client ordered


def hassock(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hassock"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    n_keys = irange(rng, 2, 3)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "translator-team",
            org=org,
            pay=card,
            ua=pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", BG_WIN)),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    p_new = float(rng.uniform(0.2, 0.5))
    jobs = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)), workday(tz, weekend=0.0, night=0.0)
    )
    for s in jobs.tolist():
        a = pick(rng, accts)
        client = pick(rng, tx.BRANDS)
        n_tgt = irange(rng, 3, 8)
        tgts = [
            tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), size=n_tgt, replace=False).tolist()
        ]
        segs = [
            tx.sentences(rng, ctx.passages, irange(rng, 1, 2)) for _ in range(irange(rng, 8, 30))
        ]
        prompts = []
        for tgt in tgts:
            for seg in segs:
                prompts.append(tx.l10n_segment(rng, client, tgt, [seg]))
        t = s + np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=len(prompts)))
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new, 0.1), comp_median=120.0)


# --------------------------------------------------------------------------------------------
# 8. a trust-and-safety vendor: classify held posts and suggest compliant edits, around the clock


def frail_basket(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "frail_basket"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 4), pick(rng, ("ovh", "aws")))
    langs, w = weighted(rng, ["en", "fr", "pt", "ar"], [3.0, 1.0, 1.0, 1.0])
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation-queue",
            org=org,
            pay=card,
            ua=pick(rng, (BG_PY, "Go-http-client/2.0")),
            ips=picks(rng, pool, 2),
        )
        for _ in range(n_keys)
    ]
    p_new = float(rng.uniform(0.05, 0.25))
    work = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(15, 30)),
        n_keys,
        global_load(float(rng.uniform(12, 20)), 0.5),
    )
    for a, ts in zip(accts, work, strict=True):
        prompts = [tx.moderation_prompt(rng, lg, ctx.chat) for lg in draw(rng, langs, w, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.4), comp_median=90.0)


# --------------------------------------------------------------------------------------------
# 9. a university user study: many new participant accounts, one grant card, same task script


def soaking_trough(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "soaking_trough"
    tz = pick(rng, (-8, -5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lab = home(rng, irange(rng, 1, 2), tz)
    n = irange(rng, 30, 60)
    n_tasks = irange(rng, 3, 5)
    days = [d for d in _local_days(ctx, tz) if int(weekday(np.array([d + 12 * HOUR]), tz)[0]) < 5]
    for i in range(n):
        a = _benign(ctx, rng, kind, "participant", org=org, pay=card, ua=BG_MAC, ips=lab, tz=tz)
        arm_new = i % 2 == 1
        day = pick(rng, days)
        s = day + float(rng.uniform(9, 16.5)) * HOUR
        ts, prompts = [], []
        t = s
        for task in range(n_tasks):
            for j in range(irange(rng, 2, 4)):
                t += float(rng.lognormal(np.log(90), 0.5))
                ts.append(t)
                prompts.append(tx.study_message(rng, task, j > 0, ctx.chat))
        tsa = np.asarray(ts)
        models = [
            ctx.new_model if (arm_new and x >= ctx.release) else ctx.old_models[0] for x in ts
        ]
        ips, uas = list(lab[:1]) * len(ts), [BG_MAC] * len(ts)
        if chance(rng, 0.3):
            own = home(rng, 1, tz)[0]
            ua = pick(rng, BG_BROWSERS)
            for ses in session_times(rng, s + DAY, ctx.t1, 0.5, evening_person(tz), 2.5, 80.0):
                for x in ses.tolist():
                    ts.append(x)
                    prompts.append(tx.human(rng, ctx.chat, 600))
                    models.append(
                        ctx.new_model if x >= ctx.release and arm_new else ctx.old_models[0]
                    )
                    ips.append(own)
                    uas.append(ua)
            tsa = np.asarray(ts)
        ctx.emit(rng, a, tsa, prompts, models=models, ips=ips, ua=uas, comp_median=380.0)


# --------------------------------------------------------------------------------------------
# 10. a marketing agency reselling access: client sub-keys behind its gateway, migrated at release


def rush_mallet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rush_mallet"
    n_keys = irange(rng, 6, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gateway = rented_block(rng, "hetzner", 1, irange(rng, 2, 3))
    migrate = ctx.release + float(rng.uniform(2, 30)) * HOUR
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        brand, product = pick(rng, tx.BRANDS), pick(rng, tx.PRODUCTS)
        a = _benign(
            ctx, rng, kind, "client-key", org=org, pay=card, ua="litellm/1.60.2", ips=gateway, tz=tz
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 60)) * 7, workday(tz))
        prompts = [
            tx.agency_prompt(rng, brand, product, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        old = ctx.models(rng, ts, 0.1, 0.2)
        models = [
            ctx.new_model if (x >= migrate and u < 0.85) else m
            for x, m, u in zip(ts.tolist(), old, rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=300.0)


BENIGN_KINDS = {
    "scirpus": scirpus,
    "rush_matting": rush_matting,
    "seagrass": seagrass,
    "corner_weave": corner_weave,
    "mellowing": mellowing,
    "rushlight": rushlight,
    "hassock": hassock,
    "frail_basket": frail_basket,
    "soaking_trough": soaking_trough,
    "rush_mallet": rush_mallet,
}
