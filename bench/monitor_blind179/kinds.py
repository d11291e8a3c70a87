"""Benign hard-negative kinds of blind batch 179 (code names from longbow making).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general): an evaluation lab, a labelling vendor, a compliance agency,
a coding-agent team, a data-augmentation team, a companion app, a translation shop, a course
cohort, a research study and an adaptive-tutoring backend.
"""

from __future__ import annotations

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
    mobile_v6,
    nightly,
    pick,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind179 import texts

Rng = np.random.Generator
B = "benign"


def _emit_sorted(
    ctx: Ctx, rng: Rng, acct, ts: list[float], ps: list[str], models: list[str] | None = None, **kw
) -> None:
    order = np.argsort(np.asarray(ts), kind="stable")
    t = np.asarray(ts, dtype=np.float64)[order]
    m = (
        [models[i] for i in order.tolist()]
        if models is not None
        else ctx.models(rng, t, p_new=kw.pop("p_new", 0.3))
    )
    ctx.emit(rng, acct, t, [ps[i] for i in order.tolist()], models=m, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab benchmarking the new model on release day (resembles reasoning harvest)


def yew_stave(ctx: Ctx, rng: Rng) -> None:
    kind = "yew_stave"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2")),
            ips=cloud(rng, 2, "gcp"),
        )
        for _ in range(n_keys)
    ]
    bank = texts.eval_item_bank(rng, irange(rng, 250, 400))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, old, 1),
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, mini, 1),
    ]
    r = ctx.release + float(rng.uniform(1, 6)) * HOUR
    runs += [(r, new, 3), (r + float(rng.uniform(0.5, 3)) * HOUR, old, 3)]
    runs.append((ctx.release + float(rng.uniform(1.5, 2.8)) * DAY, new, 1))
    per = {a.id: ([], [], []) for a in accts}
    for start, model, k in runs:
        a = pick(rng, accts)
        n = len(bank) * k
        t = start + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=n))
        per[a.id][0].extend(t.tolist())
        per[a.id][1].extend([bank[i // k] for i in range(n)])
        per[a.id][2].extend([model] * n)
    for a in accts:
        ts, ps, ms = per[a.id]
        if ts:
            _emit_sorted(ctx, rng, a, ts, ps, models=ms, comp_median=700, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor's QA desk checking annotators' labels (resembles judge harvest)


def heartwood_belly(ctx: Ctx, rng: Rng) -> None:
    kind = "heartwood_belly"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5, 3))
    office = home(rng, 2, tz)
    n_keys = irange(rng, 6, 12)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="qa_lead",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS) if chance(rng, 0.6) else "python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), n_keys, workday(tz, 9.0, 18.0, weekend=0.1)
    )
    for a, ts in zip(accts, streams, strict=True):
        ps = [
            texts.label_check(rng, ctx.chat, 3 + int((t - ctx.t0) // (2 * DAY)))
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            comp_median=60,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# marketing-compliance agency rewriting clients' copy (resembles policy rewrites)


def sapwood_back(ctx: Ctx, rng: Rng) -> None:
    kind = "sapwood_back"
    card = hexid(rng, "pay")
    tz = pick(rng, (0, 1))
    office = home(rng, 1, tz)
    backend = cloud(rng, 2, "aws")
    for _ in range(irange(rng, 5, 9)):
        lang = pick(rng, ("en", "en", "de", "fr"))
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="client_project",
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 80)) * 7, workday(tz))
        via_tool = rng.random(len(ts)) < 0.4
        ips = [pick(rng, backend) if v else office[0] for v in via_tool.tolist()]
        uas = ["axios/1.7.9" if v else a.ua for v in via_tool.tolist()]
        ps = [texts.compliance_copy(rng, ctx.passages, lang) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, ps, models=ctx.models(rng, ts, p_new=0.35), ips=ips, ua=uas, comp_median=300
        )


# --------------------------------------------------------------------------------------------
# a software company's developers running a coding agent, plus CI (resembles agent transcripts)


def string_groove(ctx: Ctx, rng: Rng) -> None:
    kind = "string_groove"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz_office = pick(rng, (-5, -8, 1))
    office = home(rng, 1, tz_office)
    ci = cloud(rng, 3, "azure")
    ua = "OpenAI/NodeJS 4.85.1"
    devs = []
    for _ in range(irange(rng, 8, 15)):
        tz = tz_office if chance(rng, 0.7) else pick(rng, (-5, -8, 1, 5))
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        devs.append(a)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            workday(tz),
            float(rng.uniform(15, 30)),
            float(rng.uniform(6, 15)),
        )
        ts, ps, ex = [], [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                ps.append(texts.coding_agent_call(rng, ctx.chat, min(j, 12)))
                ex.append(400 + 250 * min(j, 40))
        if ts:
            order = np.argsort(ts, kind="stable")
            t = np.asarray(ts)[order]
            ctx.emit(
                rng,
                a,
                t,
                [ps[i] for i in order.tolist()],
                models=ctx.models(rng, t, p_new=0.6),
                comp_median=250,
                comp_sigma=0.7,
                extra=np.asarray(ex)[order],
            )
    # CI: a nightly agent job on one or two service keys
    for a in devs[: irange(rng, 1, 2)]:
        starts = thinned(
            rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(1, 3)), nightly(2.0, 2.0, tz_office)
        )
        tr = bursts(rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(2, 6)), b=ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.coding_agent_call(rng, ctx.chat, irange(rng, 1, 10)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6),
            ips=pick(rng, ci),
            ua="OpenAI/NodeJS 4.85.1 (ci)",
            comp_median=250,
            extra=2500,
        )


# --------------------------------------------------------------------------------------------
# in-house data-augmentation jobs for an intent classifier (resembles dataset generation)


def tillering_stick(ctx: Ctx, rng: Rng) -> None:
    kind = "tillering_stick"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5))
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="ml_engineer",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 50)), workday(tz, weekend=0.0))
    for s in starts.tolist():
        a = pick(rng, accts)
        (ts,) = bursts(rng, np.array([s]), float(rng.uniform(80, 300)), 0.8, b=ctx.t1)
        lang = pick(rng, ("English", "Spanish", "Portuguese", "German", "Italian"))
        model = ctx.new_model if (s >= ctx.release and chance(rng, 0.5)) else ctx.old_models[0]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation_job(rng, ctx.chat, lang) for _ in range(len(ts))],
            models=model,
            comp_median=500,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a companion chat app's backend (resembles multi-turn dialogue harvest)


def floor_tiller(ctx: Ctx, rng: Rng) -> None:
    kind = "floor_tiller"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, 3, "aws")
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(60, 140)),
        len(accts),
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    for a, ts in zip(accts, streams, strict=True):
        ps = [
            texts.companion_turn(rng, ctx.chat, pick(rng, texts._COMPANIONS), irange(rng, 1, 300))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=120,
            comp_sigma=0.7,
        )


# --------------------------------------------------------------------------------------------
# a translation shop's CAT-tool plug-in, some translators on a VPN (resembles translation harvest)


def pin_knot(ctx: Ctx, rng: Rng) -> None:
    kind = "pin_knot"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 1, tz)
    vpn = cloud(rng, 12, "m247")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    job = irange(rng, 1000, 9000)
    for i in range(irange(rng, 3, 6)):
        on_vpn = i < 2 and chance(rng, 0.6)
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), workday(tz, weekend=0.05))
        ts, ps, comp = [], [], []
        for s in starts.tolist():
            job += 1
            targets = rng.permutation(texts.LANGS)[: irange(rng, 2, 6)].tolist()
            t = s
            for _ in range(irange(rng, 5, 30)):
                p0 = texts.shop_segment(rng, ctx.passages, "X", job)
                for tgt in targets:
                    t += float(rng.lognormal(np.log(8.0), 0.6))
                    ts.append(t)
                    ps.append(p0.replace("target X", f"target {tgt}"))
                    comp.append(len(p0) / 3.5)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ips = sticky(rng, ts_a, vpn, 3 * HOUR) if on_vpn else None
        ctx.emit(
            rng,
            a,
            ts_a,
            ps,
            models=ctx.models(rng, ts_a, p_new=0.3),
            ips=ips,
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort on sponsored credits (resembles a coordinated crowd of new accounts)


def arrow_pass(ctx: Ctx, rng: Rng) -> None:
    kind = "arrow_pass"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    campus = home(rng, 2, tz)
    course = pick(rng, ("STAT 214", "ECON 1020", "Data Science for Policy", "CS 2400", "PSYC 305"))
    class_at = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    class_at = class_at - (class_at % DAY) + (10 - tz) * HOUR  # 10:00 local on that day
    deadline = class_at + float(rng.uniform(3.0, 4.0)) * DAY
    mob = "us_mobile" if tz == -5 else "eu_mobile"
    for _ in range(irange(rng, 25, 45)):
        ua = pick(rng, BROWSERS + MOBILE[:1]) if chance(rng, 0.7) else "OpenAI/Python 1.58.1"
        own = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + own,
            tz=tz,
        )
        in_class = class_at + np.sort(rng.uniform(0, 90 * 60, size=irange(rng, 2, 8)))
        sess = session_times(
            rng,
            class_at + 2 * HOUR,
            ctx.t1,
            float(rng.uniform(0.4, 1.2)),
            evening_person(tz),
            5.0,
            70.0,
        )
        rush = thinned(
            rng, deadline - 1.2 * DAY, deadline, float(rng.uniform(3, 20)), evening_person(tz, 3.5)
        )
        later = np.concatenate(sess + [rush]) if sess else rush
        ts = np.concatenate([in_class, later])
        ips = [
            campus[0]
            if t < class_at + 2 * HOUR
            else (pick(rng, campus + own) if chance(rng, 0.8) else mobile_v6(rng, 1, mob)[0])
            for t in ts.tolist()
        ]
        week = [3 + int((t - class_at) // (7 * DAY)) for t in ts.tolist()]
        ps = [texts.course_prompt(rng, ctx.chat, course, w) for w in week]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, p_new=0.5), ips=ips, comp_median=400)


# --------------------------------------------------------------------------------------------
# a research group's sampling study: the same prompt many times (resembles best-of-n sampling)


def linen_serving(ctx: Ctx, rng: Rng) -> None:
    kind = "linen_serving"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2, 9))
    campus = home(rng, 1, tz)
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="grad_student",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.63.2", "litellm/1.60.2")),
            ips=campus + cloud(rng, 1, "gcp"),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), workday(tz, 9.0, 22.0, weekend=0.3)
        )
        ts, ps, ms = [], [], []
        for s in starts.tolist():
            design = irange(rng, 0, 1)
            reps = irange(rng, 10, 25)
            model = ctx.new_model if (s >= ctx.release and chance(rng, 0.5)) else ctx.old_models[0]
            t = s
            for _ in range(irange(rng, 5, 30)):
                p = texts.study_prompt(rng, design)
                for _ in range(reps):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    ts.append(t)
                    ps.append(p)
                    ms.append(model)
        if ts:
            _emit_sorted(ctx, rng, a, ts, ps, models=ms, comp_median=150, comp_sigma=0.6, err=0.02)


# --------------------------------------------------------------------------------------------
# an adaptive-tutoring backend generating graded practice (resembles a curriculum sweep)


def fish_splice(ctx: Ctx, rng: Rng) -> None:
    kind = "fish_splice"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("aws", "azure")))
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="tutor_backend",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    tz = pick(rng, (-5, 5, 1))
    subjects = list(texts.CURRICULUM)
    n_learners = irange(rng, 300, 900)
    state = {i: (pick(rng, subjects), irange(rng, 1, 6)) for i in range(n_learners)}
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)), len(accts), evening_person(tz, 3.0)
    )
    for a, ts in zip(accts, streams, strict=True):
        ps = []
        for _ in range(len(ts)):
            learner = irange(rng, 0, n_learners - 1)
            subj, lv = state[learner]
            lv = int(np.clip(lv + pick(rng, (-1, 0, 0, 1)), 1, 10))
            state[learner] = (subj, lv)
            ps.append(
                texts.tutoring_practice(
                    rng, subj, pick(rng, texts.CURRICULUM[subj]), lv, 10000 + learner
                )
            )
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3), comp_median=450)


BENIGN_KINDS = {
    "yew_stave": yew_stave,
    "heartwood_belly": heartwood_belly,
    "sapwood_back": sapwood_back,
    "string_groove": string_groove,
    "tillering_stick": tillering_stick,
    "floor_tiller": floor_tiller,
    "pin_knot": pin_knot,
    "arrow_pass": arrow_pass,
    "linen_serving": linen_serving,
    "fish_splice": fish_splice,
}
