"""Benign hard-negative kinds of blind batch 81 (code names from espresso brewing).

Each kind is `fn(ctx, rng)`: legitimate customers whose traffic shares traits with harvesting
(templated prompts, bursts, shared payment, many languages, agent loops, repeated prompts).
Every parameter is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind81 import texts as tx

BEN = "benign"


def _sorted(ts_l: list, *cols: list) -> tuple:
    ts = np.asarray(ts_l, dtype=np.float64)
    order = np.argsort(ts, kind="stable").tolist()
    return (ts[order], *([c[i] for i in order] for c in cols))


# --------------------------------------------------------------------------------------------
# 1. portafilter_eval: an enterprise model-evaluation team (fixed benchmark items, re-run on release)


def portafilter_eval(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "portafilter_eval"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    runners = bb.cloud(rng, irange(rng, 3, 10), provider)
    tz = pick(rng, (-8, -5, 0, 1, 9))
    suites = tx.distinct(rng, tx.EVAL_SUITES, irange(rng, 3, 5))
    bank_seed = int(rng.integers(0, 2**31))
    bank = {
        s: [
            tx.eval_item(np.random.default_rng([bank_seed, i, j]), s, j)
            for j in range(irange(rng, 80, 250))
        ]
        for i, s in enumerate(suites)
    }
    comp = {"mcq": 4.0, "math": 320.0, "code": 160.0, "safety": 260.0, "niah": 12.0}
    ci = ctx.account(
        rng,
        label=BEN,
        family=fam,
        role="ci_runner",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=runners,
        tz=tz,
    )
    people = [
        ctx.account(
            rng,
            label=BEN,
            family=fam,
            role="researcher",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.home(rng, 1, tz) + runners[:1],
            tz=tz,
        )
        for _ in range(irange(rng, 2, 5))
    ]

    def run(
        start: float, suites_run: list[str], frac: float, models: list[str]
    ) -> tuple[list, list, list, list]:
        ts_l, pr_l, cm_l, md_l = [], [], [], []
        t = start
        gap = float(rng.uniform(0.15, 1.2))
        for m in models:
            for s in suites_run:
                items = bank[s]
                chosen = (
                    items if frac >= 1 else tx.distinct(rng, items, max(1, int(frac * len(items))))
                )
                for p in chosen:
                    ts_l.append(t)
                    pr_l.append(p)
                    cm_l.append(comp[s])
                    md_l.append(m)
                    t += float(rng.lognormal(np.log(gap), 0.5))
        return ts_l, pr_l, cm_l, md_l

    old, new = ctx.old_models[0], ctx.new_model
    ts_l, pr_l, cm_l, md_l = [], [], [], []
    nightly_h = float(rng.uniform(0, 5))
    day = ctx.t0
    while day < ctx.t1:
        start = day + ((nightly_h - tz) % 24) * HOUR
        models = [old] + ([new] if start > ctx.release else [])
        out = run(start, suites, float(rng.uniform(0.2, 0.5)), models)
        for acc, add in zip((ts_l, pr_l, cm_l, md_l), out, strict=True):
            acc.extend(add)
        day += DAY
    # release day: full comparison run of both models, started by hand in office hours
    rel = ctx.release + float(rng.uniform(1, 8)) * HOUR
    out = run(rel, suites, 1.0, [new, old, ctx.old_models[-1]])
    for acc, add in zip((ts_l, pr_l, cm_l, md_l), out, strict=True):
        acc.extend(add)
    ts, pr, cm, md = _sorted(ts_l, pr_l, cm_l, md_l)
    ctx.emit(rng, ci, ts, pr, models=md, comp_median=np.asarray(cm), comp_sigma=0.4, err=0.01)
    for a in people:
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), bb.workday(tz), 8.0, 40.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.asarray([ctx.release + HOUR])
        prs = [
            pick(rng, bank[pick(rng, suites)]) if chance(rng, 0.6) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prs, models=ctx.models(rng, ts, 0.7, 0.2), comp_median=200.0)


# --------------------------------------------------------------------------------------------
# 2. crema_labelling: a data-labelling vendor classifying and grading text for its clients


def crema_labelling(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "crema_labelling"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = tx.distinct(rng, [8, 3, -5, 5, 1], irange(rng, 2, 3))
    office_ip = {tz: bb.home(rng, irange(rng, 1, 2), tz) for tz in offices}
    n = irange(rng, 4, 10)
    projects = [
        (
            pick(rng, tx.LABEL_STYLES),
            f"{pick(rng, ('MOD', 'CX', 'QA', 'NER'))}-{irange(rng, 10, 99)}.{irange(rng, 1, 9)}",
        )
        for _ in range(irange(rng, 2, 5))
    ]
    accts = []
    for i in range(n):
        tz = offices[i % len(offices)]
        accts.append(
            ctx.account(
                rng,
                label=BEN,
                family=fam,
                role="annotation_pipeline",
                org=org,
                pay=pay,
                ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                ips=office_ip[tz] + bb.cloud(rng, 1, "aws"),
                tz=tz,
            )
        )
    for a in accts:
        style, guideline = pick(rng, projects)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(200, 900)), bb.workday(a.tz, weekend=0.1)
        )
        src = ctx.passages if style == "quality" else ctx.chat
        prs = [tx.label_prompt(rng, style, pick(rng, src), guideline) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prs,
            models=ctx.models(rng, ts, 0.3, 0.5),
            comp_median=float(rng.uniform(15, 90)),
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# 3. tamping_station: an enterprise's developers using an IDE coding agent


def tamping_station(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "tamping_station"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2, 5))
    nat = bb.home(rng, irange(rng, 1, 3), tz)
    ua = f"CodeForge-IDE/{irange(rng, 1, 3)}.{irange(rng, 0, 20)}.{irange(rng, 0, 9)} (vscode 1.96.{irange(rng, 0, 4)})"
    repo = f"{pick(rng, ('acme', 'northwind', 'globex', 'initech'))}/{pick(rng, tx.MODS)}-service"
    n = irange(rng, 15, 30)
    for _ in range(n):
        my_tz = tz if chance(rng, 0.8) else pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=nat + bb.home(rng, 1, my_tz),
            tz=my_tz,
        )
        tasks = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)) * 7, bb.workday(my_tz))
        ts_l, pr_l, ex_l = [], [], []
        for s in tasks.tolist():
            steps = irange(rng, 2, 25)
            t = s
            for k in range(steps):
                ts_l.append(t)
                pr_l.append(tx.ide_prompt(rng, k, repo))
                ex_l.append(irange(rng, 2000, 12000))
                t += float(rng.lognormal(np.log(rng.uniform(2, 10)), 0.6))
        if not ts_l:
            ts_l, pr_l, ex_l = [ctx.release + 10 * HOUR], [tx.ide_prompt(rng, 0, repo)], [3000]
        ts, pr, ex = _sorted(ts_l, pr_l, ex_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.6),
            comp_median=float(rng.uniform(150, 600)),
            extra=np.asarray(ex),
        )


# --------------------------------------------------------------------------------------------
# 4. ristretto_localise: a localisation service translating clients' releases into many languages


def ristretto_localise(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "ristretto_localise"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "hetzner", "ovh"))
    for i in range(irange(rng, 2, 4)):
        tz = pick(rng, (1, 2, 0, -5))
        targets = tx.distinct(rng, [x for x in tx.ALL_LANGS if x != "en"], irange(rng, 8, 19))
        a = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role=f"client_pipeline_{i}",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "Go-http-client/2.0")),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
            tz=tz,
        )
        jobs = list(
            bb.thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 14)),
                bb.nightly(float(rng.uniform(0, 4)), 3, tz),
            )
        )
        jobs += list(bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 20)), bb.workday(tz)))
        ts_l, pr_l = [], []
        for s in jobs:
            t = s
            for _ in range(irange(rng, 1, 12)):
                style = pick(rng, tx.L10N_STYLES)
                passage = pick(rng, ctx.passages)
                for lang in targets:
                    ts_l.append(t)
                    pr_l.append(tx.l10n_prompt(rng, style, lang, passage))
                    t += float(rng.lognormal(np.log(1.5), 0.6))
        if not ts_l:
            ts_l, pr_l = (
                [ctx.release],
                [tx.l10n_prompt(rng, "strings", targets[0], pick(rng, ctx.passages))],
            )
        ts, pr = _sorted(ts_l, pr_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.4, 0.3),
            comp_median=float(rng.uniform(200, 600)),
        )


# --------------------------------------------------------------------------------------------
# 5. lungo_tutor: an education product (students' homework help + teachers' worksheets)


def lungo_tutor(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "lungo_tutor"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 1, 5))
    lang = {-3: "es", 1: "es", 5: "en"}.get(tz, "en") if chance(rng, 0.5) else "en"
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))

    def school(ts: np.ndarray) -> np.ndarray:
        h = bb.local_hour(ts, tz)
        w = 0.05 + np.exp(-0.5 * ((h - 17.5) / 2.5) ** 2) + 0.4 * ((h > 9) & (h < 15))
        return np.clip(np.where(bb.weekday(ts, tz) >= 5, w * 0.45, w), 0, 1)

    app = ctx.account(
        rng,
        label=BEN,
        family=fam,
        role="student_app",
        org=org,
        pay=pay,
        ua="OpenAI/NodeJS 4.67.1",
        ips=ips,
        tz=tz,
    )
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2000, 5000)), school)
    prs = [
        tx.homework(rng, lang) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        app,
        ts,
        prs,
        models=ctx.models(rng, ts, 0.3, 0.6),
        comp_median=float(rng.uniform(300, 600)),
    )
    for _ in range(irange(rng, 1, 2)):
        teacher = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role="teacher_tools",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=tz,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(100, 350)),
            bb.workday(tz, start=7, end=21, weekend=0.3),
        )
        ctx.emit(
            rng,
            teacher,
            ts,
            [tx.worksheet(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5),
            comp_median=float(rng.uniform(700, 1400)),
        )


# --------------------------------------------------------------------------------------------
# 6. preinfusion_lab: an academic lab measuring consistency and calibration by repeated sampling


def preinfusion_lab(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "preinfusion_lab"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    cluster = bb.cloud(rng, irange(rng, 1, 4), "gcp")
    for _ in range(irange(rng, 3, 8)):
        a = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role="grad_student",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.5),
            ips=cluster + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts_l, pr_l, ip_l = [], [], []
        for s in rng.uniform(ctx.t0, ctx.t1, size=irange(rng, 1, 4)).tolist():
            bases = tx.distinct(
                rng, list(tx.SURVEY_QS) + tx.distinct(rng, ctx.chat, 20), irange(rng, 3, 15)
            )
            style = pick(rng, tx.PROBE_STYLES)
            reps = irange(rng, 10, 50)
            t = s
            for b in bases:
                for _ in range(reps):
                    ts_l.append(t)
                    pr_l.append(tx.probe_prompt(rng, style, b))
                    ip_l.append(cluster[0])
                    t += float(rng.lognormal(np.log(0.25), 0.7))
        for sess in bb.session_times(
            rng, ctx.t0, ctx.t1, 0.8, bb.evening_person(tz, 3.0), 5.0, 50.0
        ):
            for t in sess.tolist():
                ts_l.append(t)
                pr_l.append(pick(rng, ctx.chat))
                ip_l.append(a.ips[-1])
        ts, pr, ip = _sorted(ts_l, pr_l, ip_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.6, 0.2),
            ips=ip,
            comp_median=float(rng.uniform(40, 250)),
        )


# --------------------------------------------------------------------------------------------
# 7. puck_screen_course: a university course whose students use a departmental account plan


def puck_screen_course(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "puck_screen_course"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0, 9, -8))
    course = f"{pick(rng, ('CS', 'DS', 'INF', 'COMP'))}{irange(rng, 100, 599)}"
    hw = irange(rng, 1, 6)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.8)) * DAY
    base = bb.evening_person(tz, 3.0)

    def ramp(ts: np.ndarray) -> np.ndarray:
        days_left = (deadline - np.asarray(ts)) / DAY
        boost = np.where(days_left < 0, 0.15, np.exp(-np.clip(days_left, 0, None) / 1.2))
        return np.clip(base(ts) * (0.1 + 0.9 * boost), 0, 1)

    for _ in range(irange(rng, 25, 50)):
        my_tz = tz if chance(rng, 0.85) else pick(rng, bb.TZS)
        scripted = chance(rng, 0.4)
        ua = bb.sdk_ua(rng, 0.7) if scripted else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), my_tz),
            tz=my_tz,
        )
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), ramp, 5.0, 70.0)
        ts_l = [t for s in sess for t in s.tolist()]
        pr_l = [
            tx.course_prompt(rng, course, hw) if chance(rng, 0.6) else pick(rng, ctx.chat)
            for _ in ts_l
        ]
        if scripted:
            s = float(rng.uniform(deadline - 2 * DAY, deadline))
            tmpl_topic = pick(rng, tx.SYN_TOPICS)
            for j in range(irange(rng, 15, 60)):
                ts_l.append(s + j * float(rng.uniform(1.5, 6)))
                pr_l.append(
                    f"Generate one question and a detailed answer about {tmpl_topic} (item {j + 1}) "
                    f"for {course} hw{hw}. Format: Q: ... A: ..."
                )
        if not ts_l:
            ts_l, pr_l = [deadline - HOUR], [tx.course_prompt(rng, course, hw)]
        ts, pr = _sorted(ts_l, pr_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.5, 0.3),
            comp_median=float(rng.uniform(300, 700)),
        )


# --------------------------------------------------------------------------------------------
# 8. group_head_support: a customer-support bot answering from a knowledge base


def group_head_support(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    fam = "group_head_support"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    brand = pick(
        rng, ("Voltaro", "Kestrel Mobile", "Brightnest", "Quillpay", "Orbix Home", "Tandemly")
    )
    provider = pick(rng, ("aws", "azure", "gcp"))
    curve = bb.global_load(float(rng.uniform(10, 20)), float(rng.uniform(0.5, 0.9)))
    kb = tx.distinct(rng, ctx.passages, irange(rng, 40, 150))
    for i in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=BEN,
            family=fam,
            role=f"support_bot_{i}",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "semantic-kernel-dotnet/1.36.0")),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 5000)), curve)
        prs = [tx.support_prompt(rng, pick(rng, kb), brand) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prs,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=float(rng.uniform(80, 200)),
        )


BENIGN_KINDS = {
    "portafilter_eval": portafilter_eval,
    "crema_labelling": crema_labelling,
    "tamping_station": tamping_station,
    "ristretto_localise": ristretto_localise,
    "lungo_tutor": lungo_tutor,
    "preinfusion_lab": preinfusion_lab,
    "puck_screen_course": puck_screen_course,
    "group_head_support": group_head_support,
}
