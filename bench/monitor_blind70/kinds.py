"""Hard-negative benign kinds of batch 70 (mosaic-work code names), written without reading the
monitor: legitimate traffic that looks like harvesting.

Each kind is a generator `(ctx, rng) -> None` that creates benign accounts (label "benign",
family = the kind's name) and writes their events into `ctx.sink`.
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
    mobile_v6,
    multi_office,
    pick,
    rented_block,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind70 import texts as tx

Rng = np.random.Generator


def ramp_models(ctx: Ctx, rng: Rng, ts: np.ndarray, p_end: float, p_mini: float = 0.1) -> list[str]:
    """Adoption of the new model growing from 10 % at release to `p_end` at the window's end."""
    ts = np.asarray(ts, dtype=np.float64)
    frac = np.clip((ts - ctx.release) / max(1.0, ctx.t1 - ctx.release), 0.0, 1.0)
    p = np.where(ts >= ctx.release, 0.1 + (p_end - 0.1) * frac, 0.0)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [new if a < q else (mini if b < p_mini else old) for a, b, q in zip(u.tolist(), v.tolist(), p.tolist(), strict=True)]


def tesserae(ctx: Ctx, rng: Rng) -> None:
    """A lab's evaluation team benchmarking the new model: a fixed suite (multiple choice, maths
    with chain of thought, code completion, truthfulness) re-run by CI and by researchers."""
    kind = "tesserae"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, -8))
    ci = ctx.account(rng, label="benign", family=kind, role="eval_ci", org=org, pay=pay, ua="AsyncOpenAI/Python 1.60.0",
                     ips=rented_block(rng, pick(rng, ("gcp", "aws")), 1, irange(rng, 2, 4)), tz=tz)
    people = [ctx.account(rng, label="benign", family=kind, role="researcher", org=org, pay=pay,
                          ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
                          ips=home(rng, irange(rng, 1, 2), tz) + resi(rng, 1, "eu" if tz >= 0 else "us"), tz=tz)
              for _ in range(irange(rng, 2, 4))]
    mix = {"mc": float(rng.uniform(0.3, 0.5)), "gsm": float(rng.uniform(0.15, 0.3)), "code": float(rng.uniform(0.1, 0.2)),
           "truthful": float(rng.uniform(0.05, 0.15))}
    items = [(k, tx.eval_item(rng, k)) for k in (tx.weighted(rng, mix) for _ in range(irange(rng, 400, 1200)))]
    comp_of = {"mc": 4.0, "gsm": 280.0, "code": 170.0, "truthful": 120.0}
    gap = float(rng.uniform(0.2, 1.2))
    work = workday(tz)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model

    def run(acct, t, model: str, subset: int | None) -> None:
        sel = rng.permutation(len(items))[: subset or len(items)].tolist()
        ts = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(sel) - 1))])
        ctx.emit(rng, acct, ts, [items[i][1] for i in sel], models=model,
                 comp_median=np.asarray([comp_of[items[i][0]] for i in sel]), comp_sigma=0.5, err=0.02)

    for t in thinned(rng, ctx.t0 + DAY, ctx.release, float(irange(rng, 1, 3)), work).tolist():
        run(ci, t, pick(rng, (old, old, mini)), None)
    first = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    run(ci, first, new, None)
    for t in thinned(rng, first + HOUR, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - first) / DAY, work).tolist():
        run(ci, t, new if chance(rng, 0.75) else pick(rng, (old, old, mini)), None)
    for p in people:
        for t in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)), work).tolist():
            model = new if (t >= ctx.release and chance(rng, 0.8)) else old
            run(p, t, model, irange(rng, 20, 250))
        # interactive poking at failures between runs
        for sess in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), work, 5, 90):
            if len(sess):
                ctx.emit(rng, p, sess, [pick(rng, ctx.chat) if chance(rng, 0.5) else pick(rng, items)[1] for _ in range(len(sess))],
                         models=ctx.models(rng, sess, p_new=0.8), comp_median=300)


def smalti(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's QA pipelines: LLM-as-judge grading, classification and pairwise
    summary comparison of customer-support conversations, in office hours of two sites."""
    kind = "smalti"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = pick(rng, ((5, 1), (5,), (8, 2), (5, 0), (-3, -5)))
    curve = multi_office(tzs)
    nat = home(rng, irange(rng, 1, 3), tzs[0])
    pipe = cloud(rng, irange(rng, 2, 4), "aws")
    p_new = float(rng.uniform(0.2, 0.6))
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(rng, label="benign", family=kind, role="qa_project", org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0")),
                        ips=nat + pipe, tz=tzs[0])
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)) * 7, curve)
        for ts in bursts(rng, starts, float(rng.uniform(30, 150)), float(rng.uniform(1, 4)), 0.5, ctx.t1):
            prompts = [tx.qa_grading(rng, pick(rng, ctx.passages), pick(rng, ctx.passages)) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3),
                     comp_median=float(rng.uniform(60, 200)), comp_sigma=0.5, err=0.01)


def andamento(ctx: Ctx, rng: Rng) -> None:
    """An LLM router / aggregator: a few heavy keys carrying many end users' chat round the clock
    from cloud subnets, adoption of the new model ramping up after release."""
    kind = "andamento"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = rented_block(rng, "aws", irange(rng, 2, 3), irange(rng, 3, 6)) + rented_block(rng, "gcp", irange(rng, 1, 2), irange(rng, 2, 4))
    n = irange(rng, 2, 4)
    accts = [ctx.account(rng, label="benign", family=kind, role="router", org=org, pay=pay, ua="python-httpx/0.28.1", ips=ips)
             for _ in range(n)]
    curve = global_load(float(rng.uniform(14, 19)), float(rng.uniform(0.35, 0.6)))
    per_hour = float(rng.uniform(110, 200))
    p_end = float(rng.uniform(0.45, 0.7))
    uas = list(SDK_COMMON) * 3 + list(SDK_OTHER) + list(BROWSERS)
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts, comps = [], []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.8:
                prompts.append(pick(rng, ctx.chat))
                comps.append(320.0)
            elif r < 0.87:
                prompts.append(tx.code_task(rng))
                comps.append(450.0)
            elif r < 0.92:
                prompts.append(tx.math_problem(rng))
                comps.append(400.0)
            elif r < 0.96:
                prompts.append(tx.l10n_doc(rng, pick(rng, ("Spanish", "German", "French", "Japanese")), pick(rng, ctx.passages)))
                comps.append(380.0)
            else:
                prompts.append(tx.conceptual(rng))
                comps.append(500.0)
        ctx.emit(rng, a, ts, prompts, models=ramp_models(ctx, rng, ts, p_end), ua=[pick(rng, uas) for _ in range(len(ts))],
                 comp_median=np.asarray(comps), comp_sigma=0.65, err=0.02)


def millefiori(ctx: Ctx, rng: Rng) -> None:
    """A localisation service: nightly CI string sync into many locales, help-centre articles in
    office hours, a translator checking by hand; pinned mostly to the old model."""
    kind = "millefiori"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    locales = rng.choice(np.asarray(tx.LOCALES), size=irange(rng, 8, 14), replace=False).tolist()
    p_new = float(rng.uniform(0.05, 0.2))
    ci = ctx.account(rng, label="benign", family=kind, role="ci_sync", org=org, pay=pay, ua="python-httpx/0.28.1",
                     ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "ovh"))), tz=tz)
    docs = ctx.account(rng, label="benign", family=kind, role="docs", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1",
                       ips=cloud(rng, 1, pick(rng, ("hetzner", "ovh"))), tz=tz)
    person = ctx.account(rng, label="benign", family=kind, role="translator", org=org, pay=pay, ua=pick(rng, BROWSERS),
                         ips=home(rng, 1, tz), tz=tz)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        t = day0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR
        if weekday(np.asarray([t]), tz)[0] >= 5 and not chance(rng, 0.3):
            continue
        k = irange(rng, 300, 1200)
        ts = t + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.5, 2))), 0.5, size=k))
        prompts = [tx.l10n_strings(rng, pick(rng, locales)) for _ in range(k)]
        ctx.emit(rng, ci, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), comp_median=150, comp_sigma=0.4, err=0.02)
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 15)) * 7, workday(tz))
    for ts in bursts(rng, starts, float(rng.uniform(5, 30)), float(rng.uniform(3, 10)), 0.5, ctx.t1):
        prompts = [tx.l10n_doc(rng, pick(rng, locales), pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, docs, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), comp_median=350, comp_sigma=0.5)
    for sess in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 4, 120):
        prompts = [tx.l10n_doc(rng, pick(rng, locales), pick(rng, ctx.passages)) if chance(rng, 0.6) else pick(rng, ctx.chat)
                   for _ in range(len(sess))]
        ctx.emit(rng, person, sess, prompts, models=ctx.models(rng, sess, p_new=0.4), comp_median=330)


def trencadis(ctx: Ctx, rng: Rng) -> None:
    """Coding agents in developers' IDEs at one software company: multi-step tool loops with long
    contexts in office hours, from the office egress or from home."""
    kind = "trencadis"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice(np.asarray(TZS), size=irange(rng, 1, 2), replace=False).tolist()]
    egress = {tz: cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "azure", "gcp"))) for tz in offices}
    uas = ("Cursor/0.45.11", "vscode-copilot-chat/0.24.1", "JetBrains-AI/2024.3.2", "continue-dev/0.9.2", "cline/3.2.0")
    team_ua = pick(rng, uas)
    p_new = float(rng.uniform(0.55, 0.9))
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, offices)
        wfh = home(rng, 1, tz)
        a = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay,
                        ua=team_ua if chance(rng, 0.7) else pick(rng, uas), ips=egress[tz] + wfh, tz=tz)
        p_home = float(rng.uniform(0.1, 0.6))
        base = irange(rng, 3000, 9000)
        grow = float(rng.uniform(800, 2500))
        t_all, p_all, x_all, ip_all = [], [], [], []
        for sess in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), workday(tz, weekend=0.06), float(rng.uniform(8, 22)),
                                  float(rng.uniform(5, 15)), 0.9):
            ip = pick(rng, wfh) if chance(rng, p_home) else pick(rng, egress[tz])
            for j, t in enumerate(sess.tolist()):
                t_all.append(t)
                p_all.append(tx.ide_open(rng) if j == 0 else tx.ide_step(rng))
                x_all.append(int(base + grow * j))
                ip_all.append(ip)
        ts = np.asarray(t_all)
        ctx.emit(rng, a, ts, p_all, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02), ips=ip_all,
                 comp_median=float(rng.uniform(150, 500)), comp_sigma=0.6, err=0.01, extra=np.asarray(x_all, dtype=np.int64))


def emblema(ctx: Ctx, rng: Rng) -> None:
    """A study app: the backend forwards students' step-by-step homework questions in the
    evenings, and bring-your-own-key learners use the phone app directly."""
    kind = "emblema"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    eve_e, eve_w = evening_person(-5), evening_person(-8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(0.05 + 0.6 * eve_e(ts) + 0.4 * eve_w(ts), 0, 1)
    n_back = irange(rng, 1, 2)
    back = [ctx.account(rng, label="benign", family=kind, role="app_backend", org=org, pay=pay, ua="python-httpx/0.28.1",
                        ips=cloud(rng, irange(rng, 3, 6), "aws")) for _ in range(n_back)]
    p_new = float(rng.uniform(0.15, 0.45))
    for a, ts in zip(back, worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), n_back, curve), strict=True):
        prompts = [tx.study_question(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3), comp_median=380, comp_sigma=0.6, err=0.01)
    mob_kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile"}
    app_ua = ("StudyNest/4.2.1 (iPhone; iOS 18.2; Scale/3.00)", "StudyNest/4.2.0 (Android 14; SM-A546E)") + MOBILE[:2]
    for _ in range(irange(rng, 20, 40)):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 2, 5))
        ips = home(rng, 1, tz) + mobile_v6(rng, irange(rng, 3, 12), mob_kind[tz])
        a = ctx.account(rng, label="benign", family=kind, role="byok_learner", ua=pick(rng, app_ua), ips=ips, tz=tz)
        t_all: list[float] = []
        ip_all: list[str] = []
        for sess in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.5)), evening_person(tz), float(rng.uniform(2, 7)),
                                  float(rng.uniform(30, 120))):
            t_all.extend(sess.tolist())
            ip_all.extend([pick(rng, ips)] * len(sess))
        ts = np.asarray(t_all)
        prompts = [tx.study_question(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.2, 0.7))), ips=ip_all,
                 comp_median=400, comp_sigma=0.6)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "tesserae": tesserae,
    "smalti": smalti,
    "andamento": andamento,
    "millefiori": millefiori,
    "trencadis": trencadis,
    "emblema": emblema,
}
