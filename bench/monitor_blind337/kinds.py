"""Benign hard-negative kinds of batch 337 (code names from mead-making vocabulary).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign, `family` = the kind's name."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind337 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _train(rng: Rng, start: float, n: int, gap: float, sigma: float = 0.4) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(0, n - 1)))]
    )


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# ============================================================================================
# an evaluation lab benchmarking the new model the day it ships (looks like reasoning harvest)


def hydromel(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    keys = [
        _benign(
            ctx,
            rng,
            "hydromel",
            "eval runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    suites = {
        s: [tx.eval_item(rng, s) for _ in range(irange(rng, 120, 300))]
        for s in ("mc", "cot", "plain")
    }
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str, str, int]] = []
    for _ in range(irange(rng, 2, 4)):  # baseline runs on the old models
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY)),
                pick(rng, ("mc", "cot", "plain")),
                pick(rng, (old, mini)),
                1,
            )
        )
    for suite in ("mc", "cot", "plain"):  # launch-day evaluation, with majority voting
        runs.append(
            (ctx.release + float(rng.uniform(0.5, 6)) * HOUR, suite, new, pick(rng, (1, 4)))
        )
    for _ in range(irange(rng, 2, 5)):  # follow-up comparisons
        runs.append(
            (
                float(rng.uniform(ctx.release + 0.5 * DAY, ctx.t1 - 0.3 * DAY)),
                pick(rng, ("mc", "cot", "plain")),
                pick(rng, (new, new, old)),
                1,
            )
        )
    for start, suite, model, k in runs:
        items = [it for it in suites[suite] for _ in range(k)]
        ts = _train(rng, start, len(items), 0.7)
        ctx.emit(
            rng,
            pick(rng, keys),
            ts,
            items,
            models=model,
            comp_median=600.0 if suite != "mc" else 250.0,
            err=0.02,
        )


# ============================================================================================
# a labelling vendor's QA of client support transcripts (looks like judge harvest)


def metheglin(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (5, 2, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    n = irange(rng, 5, 8)
    keys = [
        _benign(
            ctx,
            rng,
            "metheglin",
            "project team key",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    for acct, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(35, 70)), n, workday(tz, 9.5, 18.5)),
        strict=True,
    ):
        prompts = [tx.vendor_qa_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.45),
            comp_median=60.0,
        )


# ============================================================================================
# a marketplace's trust-and-safety rewrites of listings (looks like policy rewrites)


def melomel(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    keys = [
        _benign(
            ctx,
            rng,
            "melomel",
            "moderation service",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    per_day = float(rng.uniform(350, 650))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_day * (ctx.t1 - ctx.t0) / DAY,
        global_load(float(rng.uniform(10, 16)), 0.5),
    )
    who = rng.integers(0, len(keys), size=len(ts))
    for i, acct in enumerate(keys):
        sel = ts[who == i]
        ctx.emit(
            rng,
            acct,
            sel,
            [tx.listing_moderation_prompt(rng) for _ in range(len(sel))],
            models=ctx.models(rng, sel, p_new=0.3, p_mini=0.1),
            comp_median=160.0,
        )


# ============================================================================================
# a company's developers running an internal coding agent (looks like agent transcripts)


def cyser(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (1, -5, -8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = home(rng, 1, tz)
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    for _ in range(irange(rng, 8, 14)):
        ips = nat + home(rng, 1, tz)
        acct = _benign(ctx, rng, "cyser", "developer", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 6)), workday(tz), 12.0, 6.0, 0.9
            )
        )
        if len(ts) == 0:
            ts = np.array([ctx.t0 + 2 * DAY])
        prompts = [tx.coding_agent_step(rng, ctx.passages) for _ in range(len(ts))]
        extra = rng.lognormal(np.log(1500), 0.7, size=len(ts)).astype(np.int64)
        h = (ts % DAY) / HOUR
        ips_ev = [
            ips[1] if (hh < 8 or hh > 19 or chance(rng, 0.2)) else ips[0] for hh in h.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            ips=ips_ev,
            comp_median=260.0,
            extra=extra,
        )


# ============================================================================================
# a startup's nightly data augmentation for its own intent classifier (looks like synthetic data)


def pyment(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (-5, -8, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "gcp")
    keys = [
        _benign(
            ctx,
            rng,
            "pyment",
            "augmentation job",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        start = day0 + d * DAY + (1.0 - tz) * HOUR + float(rng.uniform(0, 40)) * MINUTE
        if start < ctx.t0 or start > ctx.t1:
            continue
        n = irange(rng, 180, 480)
        ts = _train(rng, start, n, 3.5, 0.5)
        prompts = [tx.augmentation_prompt(rng, ctx.chat) for _ in range(n)]
        models = [ctx.old_models[-1] if chance(rng, 0.7) else ctx.old_models[0] for _ in range(n)]
        ctx.emit(
            rng, pick(rng, keys), ts, prompts, models=models, comp_median=700.0, comp_sigma=0.4
        )


# ============================================================================================
# a university study sampling the same vignette many times (looks like best-of-n)


def acerglyn(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (1, 0, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    keys = [
        _benign(
            ctx,
            rng,
            "acerglyn",
            "study key",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    days = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)), workday(tz, 9, 19, 0.1))
    for s in days.tolist():
        acct = pick(rng, keys)
        models = [ctx.old_models[0], ctx.old_models[-1]] + (
            [ctx.new_model] if s >= ctx.release else []
        )
        t = s
        for _ in range(irange(rng, 2, 4)):  # conditions of one run
            lang = pick(rng, ("en", "en", "de", "ja", "es"))
            prompt = tx.study_vignette(rng, lang, pick(rng, tx.STUDY_PERSONAS))
            reps = irange(rng, 20, 40)
            model = pick(rng, models)
            ts = _train(rng, t, reps, 1.4, 0.5)
            ctx.emit(rng, acct, ts, prompt, models=model, ips=acct.ips[0], comp_median=70.0)
            t = float(ts[-1]) + float(rng.uniform(20, 120))


# ============================================================================================
# a tutoring company: live student questions and a content-library sweep (looks like a curriculum)


def chouchen(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (-5, 0, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lib = _benign(
        ctx,
        rng,
        "chouchen",
        "content library generator",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.58.1",
        ips=cloud(rng, 1, "digitalocean"),
        tz=tz,
    )
    live = _benign(
        ctx,
        rng,
        "chouchen",
        "live tutoring app",
        org=org,
        pay=card,
        ua="OpenAI/NodeJS 4.67.1",
        ips=cloud(rng, 2, "aws"),
        tz=tz,
    )
    sweep = [(g, s, k, v) for g, s, k in tx.library_sweep() for v in (1, 2)]
    # the library is generated on the old model early in the week, then regenerated on the new one
    for start, model in (
        (ctx.t0 + float(rng.uniform(1.2, 1.6)) * DAY, ctx.old_models[0]),
        (ctx.release + float(rng.uniform(0.3, 1.2)) * DAY, ctx.new_model),
    ):
        ts = _train(rng, start, len(sweep), float(rng.uniform(25, 45)), 0.3)
        prompts = [tx.content_library_prompt(g, s, k, v) for g, s, k, v in sweep]
        ctx.emit(rng, lib, ts, prompts, models=model, comp_median=650.0, comp_sigma=0.3)
    per_day = float(rng.uniform(150, 300))
    ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, evening_person(tz, 3.0))
    ctx.emit(
        rng,
        live,
        ts,
        [tx.student_question(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
        comp_median=300.0,
    )


# ============================================================================================
# a companion / writing app with many end users (looks like a product hiding a harvest)


def bochet(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    keys = [
        _benign(
            ctx, rng, "bochet", "app backend", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=ips
        )
        for _ in range(irange(rng, 2, 3))
    ]
    upgrade = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    sessions = session_times(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(120, 220)),
        global_load(float(rng.uniform(17, 22)), 0.7),
        6.0,
        40.0,
    )
    per: list[list[np.ndarray]] = [[] for _ in keys]
    per_p: list[list[str]] = [[] for _ in keys]
    for sess in sessions:
        if len(sess) == 0:
            continue
        k = irange(rng, 0, len(keys) - 1)
        per[k].append(sess)
        per_p[k].extend(tx.companion_message(rng, j == 0, ctx.chat) for j in range(len(sess)))
    for k, acct in enumerate(keys):
        if not per[k]:
            continue
        ts = np.concatenate(per[k])
        u, v = rng.random(len(ts)), rng.random(len(ts))
        models = [
            ctx.new_model
            if (t >= upgrade and a < 0.7)
            else (ctx.old_models[-1] if b < 0.3 else ctx.old_models[0])
            for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
        ]
        ctx.emit(rng, acct, ts, per_p[k], models=models, comp_median=220.0)


# ============================================================================================
# a university course cohort (looks like a coordinated crowd of small accounts)


def braggot(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (0, 1, -5))
    org, uni_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    course_start = np.floor(ctx.t0 / DAY) * DAY + DAY + (9 - tz) * HOUR  # Monday 09:00 local
    deadline = course_start + 3 * DAY + 15 * HOUR  # Thursday 23:59 local, roughly
    for _ in range(irange(rng, 35, 60)):
        own_card = chance(rng, 0.3)
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
        )
        acct = _benign(
            ctx,
            rng,
            "braggot",
            "student",
            org=org,
            pay=None if own_card else uni_card,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        born = course_start + float(rng.uniform(0, 30)) * HOUR
        ts = _cat(
            session_times(
                rng, born, ctx.t1, float(rng.uniform(0.6, 1.8)), evening_person(tz), 4.0, 80.0
            )
        )
        rush = session_times(
            rng,
            deadline - 10 * HOUR,
            deadline,
            float(rng.uniform(1, 4)),
            evening_person(tz, 3.0),
            6.0,
            60.0,
        )
        ts = _cat([ts, *rush])
        if len(ts) == 0:
            ts = np.array([born + HOUR])
        prompts = [tx.homework_prompt(rng, 3 if t < deadline else 4, ctx.chat) for t in ts.tolist()]
        h = ((ts + tz * HOUR) % DAY) / HOUR
        ips = [campus[int(rng.integers(2))] if (9 <= hh < 17) else acct.ips[2] for hh in h.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.25),
            ips=ips,
            comp_median=400.0,
        )


# ============================================================================================
# a translation shop localising clients' apps into their locale sets (looks like a translation sweep)


def rhodomel(ctx: Ctx, rng: Rng) -> None:
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, irange(rng, 1, 2), tz) + cloud(rng, 1, "azure")
    keys = [
        _benign(
            ctx,
            rng,
            "rhodomel",
            "CAT-tool connector",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    projects = []
    for _ in range(irange(rng, 3, 6)):
        m = irange(rng, 6, 14)
        locs = [tx.LOCALES[i] for i in sorted(rng.permutation(len(tx.LOCALES))[:m].tolist())]
        projects.append(
            (
                f"{pick(rng, ('Fjord', 'Lumen', 'Pocket', 'Atlas', 'Quill'))}App-{irange(rng, 10, 99)}",
                locs,
            )
        )
    jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 280)), workday(tz))
    per: list[list[float]] = [[] for _ in keys]
    per_p: list[list[str]] = [[] for _ in keys]
    for s in jobs.tolist():
        name, locs = pick(rng, projects)
        k = irange(rng, 0, len(keys) - 1)
        x = (
            tx.ui_string(rng, ctx.passages)
            .replace("{link}", "{tracking_url}")
            .replace("{n}", "{count}")
            .replace("{name}", "{first_name}")
        )
        t = _train(rng, s, len(locs), 1.8, 0.5)
        for (loc, lname), ti in zip(locs, t.tolist(), strict=True):
            per[k].append(ti)
            per_p[k].append(tx.shop_translate_prompt(loc, lname, x, name))
    for k, acct in enumerate(keys):
        if not per[k]:
            continue
        ts = np.asarray(per[k])
        ctx.emit(
            rng,
            acct,
            ts,
            per_p[k],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=90.0,
        )


BENIGN_KINDS = {
    "acerglyn": acerglyn,
    "bochet": bochet,
    "braggot": braggot,
    "chouchen": chouchen,
    "cyser": cyser,
    "hydromel": hydromel,
    "melomel": melomel,
    "metheglin": metheglin,
    "pyment": pyment,
    "rhodomel": rhodomel,
}
