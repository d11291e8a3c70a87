"""Benign hard-negative kinds of blind batch 84 (code names: mushroom foraging).

Each kind is `f(ctx, rng)`: a legitimate customer whose traffic resembles harvesting in some way.
It opens accounts with `ctx.account(label="benign", ...)` and writes events with `ctx.emit`.
Written without reading the monitor; see README.md for what each one models.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    multi_office,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind84 import texts as tx

Rng = np.random.Generator
LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _daily(ctx: Ctx, hour_local: float, tz: int, days: list[int] | None = None) -> list[float]:
    """Epoch seconds of `hour_local` (local time) on each day of the window (or on `days`)."""
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    out = []
    for d in range(9):
        t = first + d * DAY + hour_local * HOUR
        if ctx.t0 <= t < ctx.t1 and (days is None or d in days):
            out.append(float(t))
    return out


# --------------------------------------------------------------------------------------------


def black_trumpet(ctx: Ctx, rng: Rng) -> None:
    """A model-evaluation team: a fixed benchmark suite replayed nightly against the old models,
    then in full (several seeds) against the new model within hours of its release."""
    kind = "black_trumpet"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    runners = cloud(rng, irange(rng, 2, 8), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, SDK_OTHER)
    suite = [tx.bench_item(rng) for _ in range(irange(rng, 300, 900))]
    short = np.array([p.endswith(("Answer:", "letter only.")) for p in suite])
    med = np.where(short, 4.0, 380.0)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="eval_pipeline",
            org=org,
            pay=pay,
            ua=ua,
            ips=runners,
            tz=tz,
        )
        for _ in range(n)
    ]
    gap = float(rng.uniform(0.2, 1.0))
    old, new = ctx.old_models[0], ctx.new_model

    def run(t: float, items: list[int], model: str) -> None:
        times = t + np.cumsum(rng.lognormal(np.log(gap), 0.6, size=len(items)))
        who = rng.integers(0, n, size=len(items))
        for i, a in enumerate(accts):
            sel = np.flatnonzero(who == i)
            if len(sel):
                ctx.emit(
                    rng,
                    a,
                    times[sel],
                    [suite[items[j]] for j in sel.tolist()],
                    models=model,
                    comp_median=med[np.asarray(items)[sel]],
                    err=0.02,
                )

    sub = irange(rng, 80, 200)
    for t in _daily(ctx, float(rng.uniform(1, 4)), tz):
        if t < ctx.release or chance(rng, 0.5):
            run(
                t,
                rng.choice(len(suite), size=min(sub, len(suite)), replace=False).tolist(),
                old if chance(rng, 0.8) else ctx.old_models[-1],
            )
    t = ctx.release + float(rng.uniform(1, 18)) * HOUR
    for _ in range(irange(rng, 1, 3)):
        run(t, list(range(len(suite))), new)
        t += float(rng.uniform(1, 6)) * HOUR
    run(t, list(range(len(suite))), old)


def hen_of_the_woods(ctx: Ctx, rng: Rng) -> None:
    """An RLHF / data-labelling vendor: annotators in one office drafting critiques and checking
    chatbot answers against guidelines, through browsers, behind the office's addresses."""
    kind = "hen_of_the_woods"
    n = irange(rng, 10, 20)
    tz = pick(rng, (8, 5, 3, 1, -3))
    office = home(rng, irange(rng, 1, 3), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 12)),
                workday(tz, start=8, end=18),
                float(rng.uniform(3, 8)),
                float(rng.uniform(40, 150)),
            )
        )
        prompts = [
            tx.annotator_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages))
            if chance(rng, 0.8)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), comp_median=220.0)


def lobster_mushroom(ctx: Ctx, rng: Rng) -> None:
    """Developers using a coding agent in their IDE with their own keys: agent loops of tool
    results with large file context, during their working day."""
    kind = "lobster_mushroom"
    n = irange(rng, 8, 14)
    ver = f"{irange(rng, 0, 1)}.{irange(rng, 30, 60)}"
    for _ in range(n):
        tz = pick(rng, TZS)
        os_ = pick(rng, ("darwin-arm64", "linux-x64", "win32-x64"))
        ips = home(rng, irange(rng, 1, 2), tz) + (cloud(rng, 1) if chance(rng, 0.3) else [])
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            ua=f"Kestrel-IDE/{ver}.{irange(rng, 0, 9)} ({os_})",
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 14)) * 7, workday(tz, start=9.5, end=19)
        )
        ts_all, prompts, extra = [], [], []
        for times in bursts(
            rng, starts, float(rng.uniform(4, 12)), float(rng.uniform(3, 8)), 0.6, ctx.t1
        ):
            task = tx.ide_task(rng)
            ctxt = irange(rng, 2000, 25000)
            for j, x in enumerate(times.tolist()):
                ts_all.append(x)
                prompts.append(tx.ide_step(rng, task, j))
                extra.append(ctxt + 150 * j)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all, dtype=np.float64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, 0.7, 0.1),
            comp_median=450.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )


def saffron_milkcap(ctx: Ctx, rng: Rng) -> None:
    """A localisation vendor's CI: after each day's string freeze, string-table batches are sent
    for translation into every target locale, in a short nightly burst."""
    kind = "saffron_milkcap"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "gcp", "hetzner", "ovh")))
    for _ in range(n):
        tz = pick(rng, TZS)
        product = pick(
            rng, ("Orbitly", "PaperKite", "Brightwell", "Quillon", "Tamarind", "Northvale")
        )
        locales = [
            tx.LOCALES[i]
            for i in rng.choice(len(tx.LOCALES), size=irange(rng, 6, 14), replace=False).tolist()
        ]
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="l10n_ci",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=runners,
            tz=tz,
        )
        ts_all, prompts = [], []
        for t in _daily(ctx, float(rng.uniform(19, 23)), tz):
            if weekday(np.array([t]), tz)[0] >= 5:
                continue
            k = irange(rng, 5, 20) * len(locales)
            times = t + np.cumsum(rng.lognormal(np.log(1.2), 0.7, size=k))
            ts_all.extend(times.tolist())
            prompts.extend(tx.l10n_batch(rng, product, locales[j % len(locales)]) for j in range(k))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.3, 0.5),
            comp_median=160.0,
        )


def shaggy_mane(ctx: Ctx, rng: Rng) -> None:
    """A homework-help app's backend: tutoring prompts with worked solutions and quizzes, following
    its students' after-school hours in one market."""
    kind = "shaggy_mane"
    n = irange(rng, 2, 3)
    tz = pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    ts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(300, 800)) * 7, evening_person(tz, spread=3.0)
    )
    who = rng.integers(0, n, size=len(ts))
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        t = ts[who == i]
        ctx.emit(
            rng,
            a,
            t,
            [tx.homework(rng, irange(rng, 3, 12)) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.2, 0.6),
            comp_median=520.0,
        )


def wood_ear(ctx: Ctx, rng: Rng) -> None:
    """A university lab studying calibration and self-consistency: each experiment samples the
    same probes many times in a tight loop, launched from notebooks on campus or the lab's cluster."""
    kind = "wood_ear"
    n = irange(rng, 2, 5)
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 2), tz)
    clusters = cloud(rng, irange(rng, 1, 3), "gcp")
    org = hexid(rng, "org")
    pay = hexid(rng, "pay") if chance(rng, 0.7) else None
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="phd_student",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.3),
            ips=campus + clusters,
            tz=tz,
        )
        runs = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.2)) * 7,
            workday(tz, start=10, end=23, weekend=0.4),
        )
        ts_all, prompts, where = [], [], []
        for s in runs.tolist():
            probes = [tx.calibration_probe(rng) for _ in range(irange(rng, 15, 60))]
            k = irange(rng, 4, 12)
            seq = [p for p in probes for _ in range(k)]
            times = s + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=len(seq)))
            ts_all.extend(times.tolist())
            prompts.extend(seq)
            where.extend(
                [pick(rng, campus) if chance(rng, 0.5) else pick(rng, clusters)] * len(seq)
            )
        order = np.argsort(ts_all, kind="stable").tolist()
        ts = np.asarray(ts_all, dtype=np.float64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, 0.6, 0.3),
            comp_median=260.0,
            ips=[where[i] for i in order],
        )


def puffball(ctx: Ctx, rng: Rng) -> None:
    """An e-commerce catalogue job: every night it writes product copy for new and changed SKUs
    as JSON, hundreds of templated requests in a row."""
    kind = "puffball"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        brand = pick(
            rng, ("Fernhollow", "Kitewright", "Maplecrest", "Ondine Home", "Ravelin Outdoors")
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="catalogue_job",
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, 1, pick(rng, ("aws", "digitalocean", "hetzner"))),
            tz=tz,
        )
        ts_all, prompts = [], []
        for t in _daily(ctx, float(rng.uniform(0, 4)), tz):
            if chance(rng, 0.15):
                continue
            k = irange(rng, 150, 450)
            times = t + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k))
            ts_all.extend(times.tolist())
            prompts.extend(tx.product_copy(rng, brand) for _ in range(k))
        ts = np.asarray(ts_all, dtype=np.float64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.0, 0.7),
            comp_median=260.0,
            comp_sigma=0.3,
        )


def candy_cap(ctx: Ctx, rng: Rng) -> None:
    """Customer-support bots of a few brands: multi-turn conversations with the whole history
    resent on each turn, during the brands' support hours."""
    kind = "candy_cap"
    for _ in range(irange(rng, 2, 4)):
        brand = pick(rng, ("Parcelo", "Vantri Mobile", "Lumenbank", "Greenleaf Grocer", "Aerolink"))
        tzs = [pick(rng, TZS) for _ in range(irange(rng, 1, 3))]
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="support_bot",
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "azure", "gcp"))),
        )
        for conv in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(30, 90)),
            multi_office(tzs),
            float(rng.uniform(2, 6)),
            float(rng.uniform(30, 120)),
        ):
            if not len(conv):
                continue
            extra = 400 + 220 * np.arange(len(conv))
            ctx.emit(
                rng,
                a,
                conv,
                [tx.support_message(rng, brand) for _ in range(len(conv))],
                models=ctx.models(rng, conv, 0.1, 0.6),
                comp_median=140.0,
                extra=extra,
            )


def chaga(ctx: Ctx, rng: Rng) -> None:
    """A university course whose students get API credits on the course's account: a cohort of
    low-volume accounts with the same assignment, campus and home addresses, deadline rushes."""
    kind = "chaga"
    n = irange(rng, 15, 35)
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 2), tz)
    org = hexid(rng, "org") if chance(rng, 0.8) else None
    pay = hexid(rng, "pay") if chance(rng, 0.6) else None
    course = f"{pick(rng, ('CS', 'STAT', 'MATH', 'ECON', 'INF'))}{irange(rng, 100, 499)}"
    deadlines = sorted(
        float(rng.uniform(ctx.t0 + 1.5 * DAY, ctx.t1)) for _ in range(irange(rng, 1, 2))
    )
    hws = [irange(rng, 2, 9) + i for i in range(len(deadlines))]

    def rush(ts: np.ndarray) -> np.ndarray:
        w = np.full(len(ts), 0.15)
        for d in deadlines:
            w = np.maximum(
                w, np.where((ts < d) & (ts > d - 3 * DAY), 1.0 - (d - ts) / (3.5 * DAY), 0.0)
            )
        return w * evening_person(tz)(ts)

    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + MOBILE[:2]),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 2.0)),
                rush,
                float(rng.uniform(3, 8)),
                float(rng.uniform(45, 200)),
            )
        )
        prompts = []
        for t in ts.tolist():
            hw = hws[int(np.searchsorted(deadlines, t)) if t < deadlines[-1] else -1]
            prompts.append(
                tx.assignment_prompt(rng, course, hw) if chance(rng, 0.7) else pick(rng, ctx.chat)
            )
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.3), comp_median=480.0)


def blewit(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor: a 24/7 moderation queue that classifies user posts in several
    languages and rewrites them into policy-compliant text."""
    kind = "blewit"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="moderation_queue",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "ovh"))),
        )
        curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(100, 300)) * 7, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_rewrite(rng, pick(rng, ctx.chat)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.7),
            comp_median=130.0,
        )


def hedgehog_fungus(ctx: Ctx, rng: Rng) -> None:
    """A company migrating its product to the new model: ordinary production traffic all week,
    and on release day a replay of recorded production prompts against the new model in one
    fast regression burst."""
    kind = "hedgehog_fungus"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 3)):
        ips = cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "gcp", "azure", "oracle")))
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="prod_and_replay",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=ips,
        )
        prod = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(80, 250)) * 7,
            global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.7))),
        )
        prompts = [pick(rng, ctx.chat) for _ in range(len(prod))]
        switch = ctx.release + float(rng.uniform(20, 60)) * HOUR
        models = [
            ctx.new_model if (t > switch and chance(rng, 0.6)) else ctx.old_models[0]
            for t in prod.tolist()
        ]
        ctx.emit(rng, a, prod, prompts, models=models, comp_median=300.0)
        t = ctx.release + float(rng.uniform(2, 30)) * HOUR
        recorded = [p for p, x in zip(prompts, prod.tolist(), strict=True) if x < t] or [
            pick(rng, ctx.chat)
        ]
        k = irange(rng, 800, 2500)
        times = t + np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k))
        ctx.emit(
            rng,
            a,
            times,
            [pick(rng, recorded) for _ in range(k)],
            models=ctx.new_model,
            comp_median=300.0,
        )


BENIGN_KINDS = {
    "black_trumpet": black_trumpet,
    "hen_of_the_woods": hen_of_the_woods,
    "lobster_mushroom": lobster_mushroom,
    "saffron_milkcap": saffron_milkcap,
    "shaggy_mane": shaggy_mane,
    "wood_ear": wood_ear,
    "puffball": puffball,
    "candy_cap": candy_cap,
    "chaga": chaga,
    "blewit": blewit,
    "hedgehog_fungus": hedgehog_fungus,
}
