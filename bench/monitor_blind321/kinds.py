"""Benign hard-negative kinds of blind batch 321 (code names from the submarine).

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
    MINUTE,
    MOBILE,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind321 import texts
from bench.monitor_blind321.families import PLAIN_UAS, draw_langs, lang_weights

Rng = np.random.Generator


def benign_account(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking every model, the new one hard on release day


def ballast_tank(ctx: Ctx, rng: Rng) -> None:
    kind = "ballast_tank"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = cloud(rng, irange(rng, 2, 4), "gcp")
    office = home(rng, 1, pick(rng, (-8, 0, 1)))
    accts = [
        benign_account(
            ctx,
            rng,
            kind,
            "eval_harness",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=cluster + office,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    langs = list(texts.REASONING_LANGS)
    fmt = int(rng.integers(4))
    n_items = irange(rng, 250, 600)
    item_seed = int(rng.integers(2**31))
    item_langs = ["en" if chance(rng, 0.8) else pick(rng, langs[1:]) for _ in range(n_items)]
    # the suite is fixed: regenerated from one seed for every run, so items repeat across models
    items_rng = np.random.default_rng(item_seed)
    items = [texts.eval_item(items_rng, lg, fmt) for lg in item_langs]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY, old),
        (ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY, mini),
        (ctx.release + float(rng.uniform(0.5, 6)) * HOUR, new),
        (ctx.release + float(rng.uniform(0.3, 1.0)) * DAY, new),
        (ctx.release + float(rng.uniform(1.2, 2.8)) * DAY, old),
    ]
    per_acct: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for start, model in runs:
        k = int(rng.integers(len(accts)))
        order = rng.permutation(n_items).tolist()
        t = start + np.cumsum(
            rng.lognormal(np.log(float(rng.uniform(0.3, 1.2))), 0.7, size=n_items)
        )
        per_acct[k][0].extend(t.tolist())
        per_acct[k][1].extend(items[i] for i in order)
        per_acct[k][2].extend([model] * n_items)
    for a, (ts, prompts, models) in zip(accts, per_acct, strict=True):
        o = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[o],
            [prompts[i] for i in o],
            models=[models[i] for i in o],
            ips=picks(rng, cluster, len(o)),
            comp_median=float(rng.uniform(350, 700)),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety vendor scoring user posts against policy, all week, all day


def conning_tower(ctx: Ctx, rng: Rng) -> None:
    kind = "conning_tower"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    client = pick(rng, ("Threadly", "Kibo Market", "Voxa", "PinWheel"))
    accts = [
        benign_account(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
        )
        for _ in range(2)
    ]
    langs = ["en", "es", "pt", "de", "ar"]
    w = lang_weights(rng, langs, 1.5)
    w = (w + np.array([1.0, 0, 0, 0, 0])) / 2.0
    rate = float(rng.uniform(14, 28))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(14, 20)), 0.6),
    )
    who = rng.integers(0, 2, size=len(ts))
    for k, a in enumerate(accts):
        t = ts[who == k]
        lg = draw_langs(rng, langs, w, len(t))
        ctx.emit(
            rng,
            a,
            t,
            [texts.moderation_review(rng, ctx.chat, g, client) for g in lg],
            models=ctx.models(rng, t, p_new=0.2, p_mini=0.4),
            comp_median=110.0,
            comp_sigma=0.45,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a homework-help product: students after school, step-by-step tutoring


def torpedo_tube(ctx: Ctx, rng: Rng) -> None:
    kind = "torpedo_tube"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = rented_block(rng, "aws", 1, 3)
    app = pick(rng, ("MathMentor", "Tutorly", "HomeworkHero", "Lumen Learn"))
    accts = [
        benign_account(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    tz = pick(rng, (-5, -8))

    def students(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        after_school = np.exp(-0.5 * ((h - 19.0) / 2.5) ** 2) + 0.25 * ((h > 8) & (h < 15))
        return np.clip(0.02 + after_school * np.where(weekday(ts, tz) >= 5, 0.55, 1.0), 0, 1)

    rate = float(rng.uniform(14, 26))
    ab_start = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, students)
    who = rng.integers(0, len(accts), size=len(ts))
    for k, a in enumerate(accts):
        t = ts[who == k]
        prompts = []
        for _ in range(len(t)):
            q = texts.study_question(rng, chance(rng, 0.4), 0.6)
            prompts.append(texts.tutor_wrap(rng, q, app) if chance(rng, 0.7) else q)
        models = [
            ctx.new_model if (x >= ab_start and chance(rng, 0.5)) else ctx.old_models[0]
            for x in t.tolist()
        ]
        ctx.emit(rng, a, t, prompts, models=models, comp_median=450.0, err=0.01)


# --------------------------------------------------------------------------------------------
# a university course: a cohort of students on one org doing an agents assignment


def sonar_dome(ctx: Ctx, rng: Rng) -> None:
    kind = "sonar_dome"
    # labs on Tuesday and Thursday afternoons; the deadline is Friday night
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    campus = home(rng, irange(rng, 2, 3), tz)
    course = pick(rng, ("COMP3421", "INF-412", "CS 329A", "DS-220"))
    n = irange(rng, 35, 65)

    def lab(ts: np.ndarray) -> np.ndarray:
        h, d = local_hour(ts, tz), weekday(ts, tz)
        return (((d == 1) | (d == 3)) & (h >= 14) & (h < 16)).astype(np.float64)

    def deadline(ts: np.ndarray) -> np.ndarray:
        h, d = local_hour(ts, tz), weekday(ts, tz)
        return np.where(d == 4, np.clip((h - 15) / 8, 0, 1), 0.0) + 0.08 * evening_person(tz)(ts)

    for _ in range(n):
        phone = chance(rng, 0.2)
        own = (
            mobile_v6(rng, 1, pick(rng, ("eu_mobile", "us_mobile"))) if phone else home(rng, 1, tz)
        )
        if phone:
            ua = pick(rng, MOBILE)
        elif chance(rng, 0.4):
            ua = pick(rng, BROWSERS)
        else:
            ua = pick(rng, PLAIN_UAS + ("python-requests/2.32.3",))
        a = benign_account(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=own, tz=tz)
        slop = float(rng.uniform(0.3, 0.8))
        t_lab = np.concatenate(
            session_times(rng, ctx.t0, ctx.t1, 1.6, lab, 7.0, 90.0) or [np.empty(0)]
        )
        t_home = np.concatenate(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), deadline, 5.0, 120.0)
            or [np.empty(0)]
        )
        t = np.concatenate([t_lab, t_home])
        where = [pick(rng, campus) for _ in range(len(t_lab))] + [own[0]] * len(t_home)
        week = 2 + int(chance(rng, 0.5))
        prompts = [
            texts.assignment_prompt(rng, course, week, slop)
            if chance(rng, 0.75)
            else texts.sharegpt_prompt(rng, ctx.chat, 8, 800)
            for _ in range(len(t))
        ]
        o = np.argsort(t, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            t[o],
            [prompts[i] for i in o],
            models=ctx.models(rng, t[o], p_new=0.6, p_mini=0.3),
            ips=[where[i] for i in o],
            comp_median=380.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a research study of answer consistency: the same items, many times, in five languages


def pressure_hull(ctx: Ctx, rng: Rng) -> None:
    kind = "pressure_hull"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uni = resi(rng, 1, "eu")
    cluster = cloud(rng, 2, pick(rng, ("hetzner", "ovh")))
    accts = [
        benign_account(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=uni + cluster,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = ["en", "de", "es", "sw", "hi"]
    n_items = irange(rng, 8, 10)
    reps = irange(rng, 8, 20)
    run_days = sorted(rng.choice(7, size=irange(rng, 3, 5), replace=False).tolist())
    for d in run_days:
        model = (
            ctx.new_model
            if ctx.t0 + d * DAY >= ctx.release and chance(rng, 0.6)
            else pick(rng, ctx.old_models)
        )
        start = ctx.t0 + d * DAY + float(rng.uniform(7, 14)) * HOUR
        cells = [(i, lg) for i in range(n_items) for lg in langs]
        order = rng.permutation(len(cells)).tolist()
        prompts = [
            texts.study_item(rng, cells[j][0], cells[j][1]) for j in order for _ in range(reps)
        ]
        t = start + np.cumsum(
            rng.lognormal(np.log(float(rng.uniform(1.0, 2.5))), 0.4, size=len(prompts))
        )
        a = accts[int(rng.integers(len(accts)))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=model,
            ips=pick(rng, a.ips),
            comp_median=60.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a marketing agency with one key per client on one org and card


def trim_tank(ctx: Ctx, rng: Rng) -> None:
    kind = "trim_tank"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = home(rng, 2, tz)
    tool = cloud(rng, 1, "digitalocean")
    clients = (
        "Brightnest",
        "Oakvale",
        "Kinfolk Coffee",
        "Nordhaus",
        "Velo Verde",
        "Pawsome",
        "Lumio",
        "Hartwell & Co",
        "Seabright",
        "Mosaic Home",
        "Tandem Bikes",
        "Alma Skincare",
        "Fjord Outdoor",
        "Cedar & Salt",
        "Ruby Lane",
        "Bolt Fitness",
    )
    for i in rng.permutation(len(clients))[: irange(rng, 8, 15)].tolist():
        client = clients[i]
        lg = pick(rng, ("en", "en", "en", "de", "fr", "es"))
        a = benign_account(
            ctx,
            rng,
            kind,
            "client_project",
            org=org,
            pay=pay,
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1")),
            ips=office + tool,
        )
        t = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)) * 5 * 9, workday(tz))
        ctx.emit(
            rng,
            a,
            t,
            [texts.marketing_prompt(rng, client, lg) for _ in range(len(t))],
            models=ctx.models(rng, t, p_new=0.3, p_mini=0.2),
            comp_median=500.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# developers running a coding agent with their own keys


def diving_plane(ctx: Ctx, rng: Rng) -> None:
    kind = "diving_plane"
    repos = (
        "billing-svc",
        "acme-web",
        "etl-jobs",
        "mobile-api",
        "infra",
        "ml-pipeline",
        "shopfront",
        "docs-site",
    )
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/NodeJS 4.85.1"))
        a = benign_account(
            ctx, rng, kind, "developer", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        p_new = float(rng.uniform(0.3, 0.9))
        tasks = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 4.0)) * 7,
            workday(tz, weekend=0.2, night=0.05),
        )
        ts, prompts, extra = [], [], []
        for t0 in tasks.tolist():
            repo = pick(rng, repos)
            n = irange(rng, 4, 30)
            times = t0 + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=n - 1))]
            )
            base = irange(rng, 2000, 12000)
            for i, t in enumerate(times.tolist()):
                ts.append(t)
                prompts.append(texts.coding_agent_step(rng, i, repo))
                extra.append(base + i * irange(rng, 200, 900))
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.05),
            comp_median=280.0,
            comp_sigma=0.8,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# a companion-chat app: long running conversations, evenings worldwide


def escape_trunk(ctx: Ctx, rng: Rng) -> None:
    kind = "escape_trunk"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, pick(rng, ("aws", "gcp")))
    persona = pick(rng, texts._PERSONAS)
    langs = ["en", "es", "pt", "ja"]
    w = lang_weights(rng, langs, 1.0)
    w = (w + np.array([1.0, 0, 0, 0])) / 2.0
    for _ in range(irange(rng, 1, 2)):
        a = benign_account(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips
        )
        rate = float(rng.uniform(12, 25))
        t = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(0, 4)), 0.7),
        )
        lg = draw_langs(rng, langs, w, len(t))
        ctx.emit(
            rng,
            a,
            t,
            [texts.companion_line(rng, g, persona) for g in lg],
            models=ctx.models(rng, t, p_new=0.1, p_mini=0.6),
            comp_median=90.0,
            comp_sigma=0.6,
            extra=rng.integers(400, 7000, size=len(t)),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a translation agency: translators at home plus the translation-management server


def periscope_depth(ctx: Ctx, rng: Rng) -> None:
    kind = "periscope_depth"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    jobs = [f"J{int(x)}" for x in rng.integers(10000, 99999, size=12).tolist()]
    tms = benign_account(
        ctx,
        rng,
        kind,
        "tms_server",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=cloud(rng, 1, pick(rng, ("aws", "azure"))),
    )
    t = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(800, 1500)), workday(1, start=7, end=19, weekend=0.1)
    )
    ctx.emit(
        rng,
        tms,
        t,
        [
            texts.localisation_segment(rng, ctx.chat, ctx.passages, pick(rng, jobs))
            for _ in range(len(t))
        ],
        models=ctx.models(rng, t, p_new=0.35, p_mini=0.2),
        comp_median=220.0,
        err=0.01,
    )
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, (-5, -3, 0, 1, 2, 8, 9))
        a = benign_account(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)), workday(tz), 8.0, 75.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.localisation_segment(rng, ctx.chat, ctx.passages, pick(rng, jobs))
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=200.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation job for an in-house intent classifier, a few nights


def bow_planes(ctx: Ctx, rng: Rng) -> None:
    kind = "bow_planes"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    a = benign_account(
        ctx,
        rng,
        kind,
        "augmentation_job",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.63.2",
        ips=cloud(rng, 1, "aws"),
    )
    tz = pick(rng, (-5, 1))
    langs = ["en", "es", "de", "fr"]
    w = lang_weights(rng, langs, 2.0)
    nights = sorted(rng.choice(7, size=irange(rng, 2, 4), replace=False).tolist())
    for d in nights:
        start = ctx.t0 + d * DAY + (2.0 - tz) * HOUR + float(rng.uniform(0, 30)) * MINUTE
        n = irange(rng, 250, 600)
        t = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.8, 2.0))), 0.3, size=n))
        lg = draw_langs(rng, langs, w, n)
        ctx.emit(
            rng,
            a,
            t,
            [texts.augmentation_request(rng, g) for g in lg],
            models=pick(rng, ctx.old_models),
            comp_median=170.0,
            comp_sigma=0.35,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "ballast_tank": ballast_tank,
    "conning_tower": conning_tower,
    "torpedo_tube": torpedo_tube,
    "sonar_dome": sonar_dome,
    "pressure_hull": pressure_hull,
    "trim_tank": trim_tank,
    "diving_plane": diving_plane,
    "escape_trunk": escape_trunk,
    "periscope_depth": periscope_depth,
    "bow_planes": bow_planes,
}
