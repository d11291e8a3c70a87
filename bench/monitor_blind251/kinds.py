"""Benign hard-negative kinds of batch 251 (code names: egg-decorating words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Every account is labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
    Ctx,
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
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind251 import texts
from bench.monitor_blind251.families import BG_SDK, REGION, browser, draw_langs, flat

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# ============================================================================================
# onion_skin: evaluation labs rerunning fixed benchmark sets, a burst on every model at release


def onion_skin(ctx: Ctx, rng: Rng) -> None:
    kind = "onion_skin"
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws", "azure"))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", BG_SDK[0]))
        keys = [
            _acct(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
            for _ in range(irange(rng, 2, 4))
        ]
        langs = ["en"] + (["zh", "ru", "es"] if chance(rng, 0.5) else [])
        bank = texts.benchmark_bank(rng, irange(rng, 150, 400), langs)
        if chance(rng, 0.5):
            bank += [texts.mcq_item(rng) for _ in range(irange(rng, 50, 150))]
        runs = [(ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY, pick(rng, (old, mini)))]
        runs += [
            (ctx.release + float(rng.uniform(0.05, 0.5)) * DAY, new)
            for _ in range(irange(rng, 1, 3))
        ]
        runs.append((ctx.release + float(rng.uniform(1.0, 2.5)) * DAY, pick(rng, (new, old))))
        conc_gap = float(rng.uniform(0.2, 1.2))
        for start, model in runs:
            a = pick(rng, keys)
            ts = start + np.cumsum(rng.lognormal(np.log(conc_gap), 0.6, size=len(bank)))
            ctx.emit(rng, a, ts, bank, models=model, comp_median=330.0, comp_sigma=0.6, err=0.03)


# ============================================================================================
# blown_egg: a labelling vendor's annotators asking for help critiquing responses


def blown_egg(ctx: Ctx, rng: Rng) -> None:
    kind = "blown_egg"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = resi(rng, irange(rng, 1, 3), REGION[tz])
    for _ in range(irange(rng, 10, 25)):
        ips = office if chance(rng, 0.7) else home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "annotator", org=org, pay=pay, ua=browser(rng), ips=ips, tz=tz)
        a0 = ctx.t0 + float(rng.uniform(0, 2.0)) * DAY
        ts = flat(session_times(rng, a0, ctx.t1, float(rng.uniform(3, 7)), workday(tz), 6.0, 90.0))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.annotator_critique(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.1, 0.5))),
            comp_median=200.0,
        )


# ============================================================================================
# krashanky: a social platform's trust-and-safety pipeline rewriting and judging posts


def krashanky(ctx: Ctx, rng: Rng) -> None:
    kind = "krashanky"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "alibaba"))
    langs, w = ["en", "es", "pt", "de"], [0.55, 0.2, 0.15, 0.1]
    curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.3, 0.6)))
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("Go-http-client/2.0", BG_SDK[1])),
            ips=cloud(rng, irange(rng, 2, 5), provider),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 45)) * 7 * 24, curve)
        ls = draw_langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation_request(rng, ctx.chat, lg) for lg in ls],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.5),
            comp_median=140.0,
            comp_sigma=0.7,
        )


# ============================================================================================
# shrink_sleeve: a dev team's coding agents (tool loops, growing context) on office hours


def shrink_sleeve(ctx: Ctx, rng: Rng) -> None:
    kind = "shrink_sleeve"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    office = resi(rng, 1, REGION[tz])
    for _ in range(irange(rng, 8, 25)):
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz) if chance(rng, 0.5) else home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)) * 7, workday(tz))
        ts_all, pr_all, ex_all = [], [], []
        for s in starts.tolist():
            n = irange(rng, 5, 25)
            steps = texts.coding_agent_session(rng, n)
            tt = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=n - 1))])
            ts_all.extend(tt.tolist())
            pr_all.extend(steps)
            ex_all.extend([2000 + 600 * k for k in range(n)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.4, 0.8))),
            comp_median=300.0,
            extra=np.asarray(ex_all, dtype=np.int64),
        )


# ============================================================================================
# quail_egg: an ML team's nightly data-augmentation job (paraphrases of their own tickets)


def quail_egg(ctx: Ctx, rng: Rng) -> None:
    kind = "quail_egg"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 9))
        ua = pick(rng, (BG_SDK[0], "OpenAI/Python 1.58.1"))
        for _ in range(irange(rng, 1, 2)):
            a = _acct(
                ctx,
                rng,
                kind,
                "augmentation_job",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, 1, "aws"),
            )
            ts = thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(150, 450)) * 7, nightly(1.0, 3.0, tz)
            )
            ctx.emit(
                rng,
                a,
                ts,
                [texts.augmentation_request(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
                comp_median=260.0,
                err=0.02,
            )


# ============================================================================================
# goose_egg: a companion-chat app's backend (multi-turn sessions with history, worldwide)


def goose_egg(ctx: Ctx, rng: Rng) -> None:
    kind = "goose_egg"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, (BG_SDK[1], "OpenAI/Python 1.58.1"))
    curve = global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.4, 0.7)))
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp"))),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7 * 24, curve)
        ts_all, pr_all, ex_all = [], [], []
        for s in starts.tolist():
            n = irange(rng, 3, 15)
            tt = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.8, size=n - 1))]
            )
            ts_all.extend(tt.tolist())
            pr_all.extend(texts.companion_session(rng, ctx.chat, n))
            ex_all.extend([400 + 150 * k for k in range(n)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=120.0,
            comp_sigma=0.7,
            extra=np.asarray(ex_all, dtype=np.int64),
        )


# ============================================================================================
# pisanica: a university study of output diversity and calibration (each probe sampled n times)


def pisanica(ctx: Ctx, rng: Rng) -> None:
    kind = "pisanica"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    campus = resi(rng, 2, REGION[tz])
    cluster = cloud(rng, 1, pick(rng, ("aws", "gcp", "ovh")))
    probes = [texts.diversity_probe(rng) for _ in range(irange(rng, 80, 200))]
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", BG_SDK[0])),
            ips=campus + cluster,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    n_rep = irange(rng, 10, 25)
    days = sorted(float(x) for x in rng.uniform(0.5, 6.5, size=irange(rng, 3, 6)).tolist())
    for d in days:
        day0 = ctx.t0 + np.floor(d) * DAY + (10 - tz) * HOUR + float(rng.uniform(0, 6)) * HOUR
        model = ctx.new_model if (day0 >= ctx.release and chance(rng, 0.7)) else ctx.old_models[0]
        a = pick(rng, keys)
        sub = picks(rng, probes, irange(rng, 20, len(probes)))
        ts_all, pr_all = [], []
        t = day0
        for p in sub:
            tt = t + np.cumsum(rng.lognormal(np.log(0.5), 0.7, size=n_rep))
            ts_all.extend(tt.tolist())
            pr_all.extend([p] * n_rep)
            t = float(tt[-1]) + float(rng.uniform(1, 10))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            pr_all,
            models=model,
            comp_median=90.0,
            comp_sigma=0.9,
            err=0.04,
        )


# ============================================================================================
# drapanky: an evening coding course cohort (class sessions from the lab, homework from home)


def drapanky(ctx: Ctx, rng: Rng) -> None:
    kind = "drapanky"
    org, school_pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 1, 5))
    lab = resi(rng, 1, REGION[tz])
    class_days = sorted(int(x) for x in rng.choice(7, size=3, replace=False).tolist())
    start_h = float(rng.uniform(17.5, 19.0))
    for _ in range(irange(rng, 25, 60)):
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=school_pay if chance(rng, 0.7) else None,
            ua=browser(rng),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        p_new = float(rng.uniform(0.1, 0.6))
        for d in class_days:
            if not chance(rng, 0.8):
                continue
            s = ctx.t0 + d * DAY + (start_h - tz) * HOUR + float(rng.uniform(0, 1.5)) * HOUR
            n = irange(rng, 2, 10)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(150.0), 0.8, size=n - 1))]
            )
            ctx.emit(
                rng,
                a,
                ts,
                [texts.student_question(rng, d // 3) for _ in range(n)],
                models=ctx.models(rng, ts, p_new=p_new),
                ips=lab[0],
                comp_median=380.0,
            )
        ts = flat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 4.0, 90.0
            )
        )
        week = ((ts - ctx.t0) // (3 * DAY)).astype(int).tolist()
        ctx.emit(
            rng,
            a,
            ts,
            [texts.student_question(rng, w) for w in week],
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=380.0,
        )


# ============================================================================================
# speckle: a translation agency's freelancers translating client documents segment by segment


def speckle(ctx: Ctx, rng: Rng) -> None:
    kind = "speckle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 4, 10)):
        tz = pick(rng, TZS)
        targets = [
            texts.TARGETS[i]
            for i in sorted(
                rng.choice(len(texts.TARGETS), size=irange(rng, 1, 2), replace=False).tolist()
            )
        ]
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.35) else browser(rng)
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = flat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz), 15.0, 45.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.shop_segment(rng, ctx.passages, pick(rng, targets)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.2, 0.6))),
            comp_median=160.0,
        )


# ============================================================================================
# egg_hunt: a homework-help app's backend; switches to the new model by feature flag


def egg_hunt(ctx: Ctx, rng: Rng) -> None:
    kind = "egg_hunt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 5, 8))
    lang = {-5: "en", -3: "es", 5: "en", 8: "id"}[tz]
    flag = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    provider = pick(rng, ("aws", "gcp", "azure"))
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua=pick(rng, BG_SDK[:2]),
            ips=cloud(rng, irange(rng, 2, 5), provider),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)) * 7 * 24, evening_person(tz, 3.0)
        )
        models = [
            m if t >= flag else ctx.old_models[0]
            for m, t in zip(ctx.models(rng, ts, p_new=0.85, p_mini=0.0), ts.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.homework_question(rng, ctx.chat, lang) for _ in range(len(ts))],
            models=models,
            comp_median=450.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "onion_skin": onion_skin,
    "blown_egg": blown_egg,
    "krashanky": krashanky,
    "shrink_sleeve": shrink_sleeve,
    "quail_egg": quail_egg,
    "goose_egg": goose_egg,
    "pisanica": pisanica,
    "drapanky": drapanky,
    "speckle": speckle,
    "egg_hunt": egg_hunt,
}
