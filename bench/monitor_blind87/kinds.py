"""Benign hard-negative kinds of batch 87 (rose-gardening code names), written without reading the
monitor: legitimate customers whose traffic resembles harvesting.

Each kind is `f(ctx, rng)`: it creates benign accounts through `ctx.account(label="benign", ...)`
and writes their events through `ctx.emit`. Every parameter is drawn per seed.
"""

from __future__ import annotations

from collections.abc import Callable

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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind87 import texts as T

G = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# hybrid_tea: enterprise model-evaluation teams re-running benchmark suites on the new release


def hybrid_tea(ctx: Ctx, rng: G) -> None:
    name = "hybrid_tea"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1, 9))
        prov = pick(rng, ("aws", "gcp", "azure"))
        ua = pick(rng, SDK_OTHER) if chance(rng, 0.5) else sdk_ua(rng)
        suites = [int(x) for x in rng.integers(0, 1000, size=irange(rng, 2, 4))]
        n_items = irange(rng, 100, 500)
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=name,
                role="ci_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 4), prov),
                tz=tz,
            )
            for _ in range(irange(rng, 2, 6))
        ]
        # runs: a nightly regression on a sample, and full runs on the new model after release
        runs: list[tuple[float, str, int]] = []
        day = ctx.t0 + float(rng.uniform(0, DAY))
        while day < ctx.t1:
            if chance(rng, 0.6):
                runs.append(
                    (day + float(rng.uniform(-1, 1)) * HOUR, "regression", irange(rng, 20, 120))
                )
            day += DAY
        for _ in range(irange(rng, 1, 3)):
            runs.append((ctx.release + float(rng.uniform(1, 30)) * HOUR, "release", n_items))
        for run_start, kind, k in runs:
            start = run_start
            for suite in suites:
                items = range(k) if kind == "release" else rng.integers(0, n_items, size=k).tolist()
                items = list(items)
                ts = start + np.cumsum(
                    rng.exponential(float(rng.uniform(0.3, 3.0)), size=len(items))
                )
                who = rng.integers(0, len(keys), size=len(items))
                model = (
                    ctx.new_model
                    if (kind == "release" or (start >= ctx.release and chance(rng, 0.5)))
                    else pick(rng, ctx.old_models)
                )
                prompts = [T.eval_item(i, suite) for i in items]
                for j, acct in enumerate(keys):
                    sel = np.flatnonzero(who == j)
                    if len(sel) == 0:
                        continue
                    ctx.emit(
                        rng,
                        acct,
                        ts[sel],
                        [prompts[x] for x in sel.tolist()],
                        models=model,
                        comp_median=float(rng.uniform(60, 500)),
                        err=0.02,
                    )
                start = float(ts[-1]) + float(rng.uniform(30, 600))


# --------------------------------------------------------------------------------------------
# deadheading: data-labelling vendor seats grading responses against guidelines


def deadheading(ctx: Ctx, rng: G) -> None:
    name = "deadheading"
    for _ in range(irange(rng, 1, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (8, 5, 3, 1, -3))
        office = resi(
            rng, irange(rng, 1, 3), {8: "sea", 5: "in", 3: "ru", 1: "eu", -3: "latam"}[tz]
        )
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng)
        shift = workday(tz, float(rng.uniform(7, 10)), float(rng.uniform(16, 20)), 0.1, 0.01)
        for _ in range(irange(rng, 5, 15)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="annotator_seat",
                org=org,
                pay=pay,
                ua=ua,
                ips=office,
                tz=tz,
            )
            ts = _cat(
                session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(1.5, 4)),
                    shift,
                    float(rng.uniform(6, 25)),
                    float(rng.uniform(40, 150)),
                    0.6,
                )
            )
            prompts = [
                T.label_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.6))),
                comp_median=float(rng.uniform(40, 180)),
                err=0.005,
            )


# --------------------------------------------------------------------------------------------
# rootstock: an IDE coding-agent company's backend keys (long contexts, global users)


def rootstock(ctx: Ctx, rng: G) -> None:
    name = "rootstock"
    for _ in range(irange(rng, 1, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
        ua = pick(
            rng,
            (
                "OpenAI/NodeJS 4.85.1",
                "reqwest/0.12.12",
                "Go-http-client/2.0",
                "OpenAI/Python 1.63.2",
            ),
        )
        curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.8)))
        adopt = ctx.release + float(rng.uniform(2, 36)) * HOUR
        for _ in range(irange(rng, 2, 5)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="backend_key",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 3, 10), prov),
            )
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 5000)), curve)
            prompts = [
                T.ide_agent_prompt(rng) if chance(rng, 0.75) else T.code_help(rng)
                for _ in range(len(ts))
            ]
            models = [
                ctx.new_model if (t >= adopt and u < 0.85) else ctx.old_models[0]
                for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
            ]
            extra = rng.lognormal(np.log(float(rng.uniform(2000, 9000))), 0.7, size=len(ts)).astype(
                np.int64
            )
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=models,
                extra=extra,
                comp_median=float(rng.uniform(300, 900)),
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# bare_root: a localisation service translating UI strings into many languages


def bare_root(ctx: Ctx, rng: G) -> None:
    name = "bare_root"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (1, 2, 0, -5))
        langs = [
            str(x)
            for x in rng.choice(list(T.LANG_NAME)[1:], size=irange(rng, 6, 15), replace=False)
        ]
        prov = pick(rng, ("aws", "hetzner", "ovh", "gcp"))
        for _ in range(irange(rng, 1, 3)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="pipeline",
                org=org,
                pay=pay,
                ua=sdk_ua(rng),
                ips=cloud(rng, irange(rng, 1, 2), prov),
                tz=tz,
            )
            night = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 10)),
                nightly(float(rng.uniform(0, 4)), 2, tz),
            )
            parts = bursts(rng, night, float(rng.uniform(30, 150)), float(rng.uniform(0.5, 3)))
            parts.append(thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 300)), workday(tz)))
            ts = _cat(parts)
            prompts = [T.l10n_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.0, 0.5)), 0.3),
                comp_median=float(rng.uniform(150, 500)),
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# floribunda: an education product generating worked solutions for students


def floribunda(ctx: Ctx, rng: G) -> None:
    name = "floribunda"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        prov = pick(rng, ("aws", "gcp", "digitalocean", "azure"))
        curve = evening_person(tz, float(rng.uniform(1.5, 3)))
        for _ in range(irange(rng, 1, 2)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="app_backend",
                org=org,
                pay=pay,
                ua=sdk_ua(rng),
                ips=cloud(rng, irange(rng, 2, 5), prov),
                tz=tz,
            )
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(800, 3000)), curve)
            prompts = [T.homework_prompt(rng, irange(rng, 5, 12)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.9))),
                comp_median=float(rng.uniform(400, 900)),
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# mulch_ring: university labs probing calibration / opinions by repeated sampling


def mulch_ring(ctx: Ctx, rng: G) -> None:
    name = "mulch_ring"
    for _ in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1, 2, 9))
        lang = pick(rng, ("en", "en", "es", "de", "ja"))
        for _ in range(irange(rng, 1, 3)):
            on_cloud = chance(rng, 0.5)
            ips = (
                cloud(rng, 1, pick(rng, ("gcp", "aws")))
                if on_cloud
                else home(rng, irange(rng, 1, 2), tz)
            )
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="researcher",
                org=org,
                pay=pay,
                ua=sdk_ua(rng),
                ips=ips,
                tz=tz,
            )
            s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
            jobs = thinned(
                rng,
                s0,
                ctx.t1,
                float(rng.uniform(0.3, 1.5)) * (ctx.t1 - s0) / DAY,
                workday(tz, 9, 23, 0.4, 0.05),
            )
            ts_l, pr = [], []
            reps = irange(rng, 3, 15)
            for js in jobs.tolist():
                t = js
                for _ in range(irange(rng, 8, 30)):
                    item = T.calibration_prompt(
                        np.random.default_rng([int(rng.integers(0, 2**31))]), lang
                    )
                    k = max(1, int(rng.poisson(reps)))
                    tt = t + np.cumsum(rng.exponential(float(rng.uniform(0.3, 2.0)), size=k))
                    ts_l.append(tt)
                    pr += [item] * k
                    t = float(tt[-1])
            if not ts_l:
                continue
            ts = np.concatenate(ts_l)
            models = ctx.models(rng, ts, float(rng.uniform(0.3, 0.7)), 0.3)
            ctx.emit(
                rng, acct, ts, pr, models=models, comp_median=float(rng.uniform(8, 60)), err=0.03
            )


# --------------------------------------------------------------------------------------------
# trellis_tie: a customer-support bot (multi-turn tickets with growing history)


def trellis_tie(ctx: Ctx, rng: G) -> None:
    name = "trellis_tie"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "azure", "gcp", "linode"))
        tz = pick(rng, TZS)
        curve = global_load(float((14 - tz) % 24), float(rng.uniform(0.5, 0.9)))
        for _ in range(irange(rng, 1, 2)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="support_bot",
                org=org,
                pay=pay,
                ua=sdk_ua(rng),
                ips=cloud(rng, irange(rng, 2, 4), prov),
                tz=tz,
            )
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 900)), curve)
            ts_l, pr, ex = [], [], []
            for st in starts.tolist():
                k = 1 + int(rng.geometric(0.35))
                t = st + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(45), 0.8, size=k - 1))]
                )
                ts_l.append(t)
                pr += [T.support_message(rng, j) for j in range(k)]
                ex += [400 + 180 * j for j in range(k)]
            if not ts_l:
                continue
            ts = np.concatenate(ts_l)
            order = np.argsort(ts, kind="stable").tolist()
            ts = ts[order]
            ctx.emit(
                rng,
                acct,
                ts,
                [pr[i] for i in order],
                models=ctx.models(rng, ts, float(rng.uniform(0.0, 0.4)), 0.4),
                extra=np.asarray([ex[i] for i in order]),
                comp_median=float(rng.uniform(120, 300)),
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# bone_meal: nightly document-extraction pipelines (JSON out of contracts, reports, emails)


def bone_meal(ctx: Ctx, rng: G) -> None:
    name = "bone_meal"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        prov = pick(rng, ("aws", "azure", "gcp", "ovh", "hetzner"))
        for _ in range(irange(rng, 1, 2)):
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="etl_job",
                org=org,
                pay=pay,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "Apache-HttpClient/5.4.1 (Java/21.0.5)",
                        "OpenAI/Python 1.54.0",
                    ),
                ),
                ips=cloud(rng, 1, prov),
                tz=tz,
            )
            st = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(6, 14)),
                nightly(float(rng.uniform(0, 5)), 1.5, tz),
            )
            ts = _cat(bursts(rng, st, float(rng.uniform(40, 250)), float(rng.uniform(0.5, 4))))
            prompts = [T.extraction_prompt(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.0, 0.3)), 0.5),
                comp_median=float(rng.uniform(120, 400)),
                comp_sigma=0.4,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# grafting_knife: a class of students working through the same assignment sheet


def grafting_knife(ctx: Ctx, rng: G) -> None:
    name = "grafting_knife"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        course = int(rng.integers(0, 2**31))
        n_q = irange(rng, 8, 25)
        deadline = float(rng.uniform(ctx.t0 + 2 * DAY, ctx.t1 - 0.2 * DAY))
        v6 = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
            tz, "eu_mobile"
        )
        for _ in range(irange(rng, 15, 35)):
            ips = home(rng, 1, tz)
            on_phone = chance(rng, 0.4)
            if on_phone:
                ips += mobile_v6(rng, irange(rng, 1, 3), v6)
            acct = ctx.account(
                rng,
                label="benign",
                family=name,
                role="student",
                ua=pick(rng, MOBILE) if on_phone else pick(rng, BROWSERS),
                ips=ips,
                tz=tz,
            )
            crunch = max(ctx.t0, deadline - float(rng.uniform(6, 60)) * HOUR)
            ts = _cat(
                session_times(
                    rng,
                    crunch,
                    deadline,
                    float(rng.uniform(1, 4)),
                    evening_person(tz),
                    float(rng.uniform(2, 8)),
                    float(rng.uniform(60, 400)),
                    0.8,
                )
            )
            if chance(rng, 0.5):
                ts = _cat(
                    [ts, _cat(session_times(rng, ctx.t0, ctx.t1, 0.3, evening_person(tz), 2, 90.0))]
                )
            prompts = [
                T.assignment_prompt(rng, course, n_q) if chance(rng, 0.8) else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.7)), 0.15),
                comp_median=float(rng.uniform(400, 800)),
                err=0.003,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, G], None]] = {
    "hybrid_tea": hybrid_tea,
    "deadheading": deadheading,
    "rootstock": rootstock,
    "bare_root": bare_root,
    "floribunda": floribunda,
    "mulch_ring": mulch_ring,
    "trellis_tie": trellis_tie,
    "bone_meal": bone_meal,
    "grafting_knife": grafting_knife,
}
