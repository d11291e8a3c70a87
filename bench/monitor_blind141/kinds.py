"""Benign hard-negative kinds of batch 141 (code names from felting).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). All their accounts are labelled benign.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    NAMES,
    SDK_COMMON,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind141 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _fixed_models(ts: np.ndarray, model: str) -> list[str]:
    return [model] * len(ts)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark suites with worked reasoning, re-run on every model around the release


def roving(ctx: Ctx, rng: Rng) -> None:
    kind = "roving"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng, label="benign", family=kind, role="eval_runner", org=org, pay=pay, ua=ua, ips=ips
        )
        suite = pick(rng, tx._SUITES)
        n_items = irange(rng, 150, 450)
        seeds = [int(x) for x in rng.integers(0, 2**31, size=n_items)]
        runs: list[tuple[float, str]] = []
        for _ in range(irange(rng, 1, 2)):
            runs.append((ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY, pick(rng, ctx.old_models)))
        for _ in range(irange(rng, 2, 4)):
            runs.append((ctx.release + float(rng.uniform(0.05, 1.5)) * DAY, ctx.new_model))
        if chance(rng, 0.6):
            runs.append((ctx.release + float(rng.uniform(0.5, 2.5)) * DAY, ctx.old_models[0]))
        for start, model in runs:
            gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.0))), 0.5, size=n_items)
            ts = start + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
            prompts = [tx.eval_item(s, suite) for s in seeds]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=_fixed_models(ts, model),
                comp_median=550.0,
                comp_sigma=0.5,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling preference data in a browser tool


def batt(ctx: Ctx, rng: Rng) -> None:
    kind = "batt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [
        (tz, home(rng, irange(rng, 1, 2), tz)) for tz in (pick(rng, (5, 8)), pick(rng, (2, 3, -3)))
    ]
    projects = [
        f"{pick(rng, ('ORCA', 'LYNX', 'KITE', 'MOTH'))}-{irange(rng, 10, 99)}" for _ in range(3)
    ]
    for i in range(irange(rng, 15, 32)):
        tz, ips = offices[i % 2]
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2.5, 4.5)),
                workday(tz, weekend=0.0),
                float(rng.uniform(10, 20)),
                float(rng.uniform(30, 70)),
                0.5,
            )
        )
        proj = pick(rng, projects)
        prompts = [
            tx.annotation_prompt(
                rng,
                proj,
                "v3." + str(irange(rng, 0, 4)),
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=90.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety team: moderation-assist rewrites of flagged posts, multilingual, 24/7


def fulling(ctx: Ctx, rng: Rng) -> None:
    kind = "fulling"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = {"en": 0.35, "es": 0.15, "pt": 0.15, "id": 0.1, "hi": 0.15, "ar": 0.1}
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua=pick(rng, ("Go-http-client/2.0", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, 2, pick(rng, ("aws", "gcp"))),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(8, 20)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(14, 22)), 0.5),
        )
        prompts = [
            tx.moderation_prompt(
                rng, tx.weighted(rng, langs), pick(rng, ctx.chat), irange(rng, 10**6, 10**7)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2), comp_median=180.0)


# --------------------------------------------------------------------------------------------
# developers using an IDE coding agent (long growing contexts, bursts of steps)


def nuno(ctx: Ctx, rng: Rng) -> None:
    kind = "nuno"
    companies = []
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, TZS)
        companies.append((hexid(rng, "org"), hexid(rng, "pay"), tz, home(rng, 1, tz)))
    for _ in range(irange(rng, 25, 42)):
        if chance(rng, 0.25):
            tz = pick(rng, TZS)
            org, pay, office = None, None, []
        else:
            org, pay, tz, office = pick(rng, companies)
        user = pick(rng, NAMES).lower()
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1" if chance(rng, 0.8) else "OpenAI/Python 1.58.1",
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)) * 7, workday(tz, weekend=0.1)
        )
        ts_l, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 3, 18)
            t = bursts(rng, np.array([s]), k, float(rng.uniform(3, 8)), 0.7)[0][:k]
            ts_l.append(t)
            prompts.extend(tx.ide_agent_episode(rng, user, k)[: len(t)])
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order],
            models=ctx.models(rng, ts, p_new=0.45),
            comp_median=600.0,
            extra=rng.integers(1500, 5000, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase / utterance generation for their own classifier


def prefelt(ctx: Ctx, rng: Rng) -> None:
    kind = "prefelt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2))
    office = home(rng, 1, tz)
    batch_ips = cloud(rng, 2, "aws")
    locales = [str(x) for x in rng.permutation(np.array(tx._LOCALES))[: irange(rng, 3, 6)]]
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=batch_ips,
            tz=tz,
        )
        night = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(150, 350)) * 7,
            nightly(float(rng.uniform(0, 3)), float(rng.uniform(1.5, 3)), tz),
        )
        day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * 7, workday(tz))
        for ts, ips in ((night, None), (day, office[0])):
            prompts = [
                tx.augmentation_prompt(rng, pick(rng, locales), ctx.chat) for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.25, p_mini=0.5),
                ips=ips,
                comp_median=900.0,
                comp_sigma=0.4,
            )


# --------------------------------------------------------------------------------------------
# companion-chat app backend: persona + recent history + the user's message


def carding(ctx: Ctx, rng: Rng) -> None:
    kind = "carding"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    chars = [
        ("Mira", "A warm, curious artist who loves rainy days."),
        ("Kenji", "A laid-back barista with dry humour."),
        ("Lou", "An encouraging study buddy."),
        ("Sable", "A mysterious night-owl poet."),
    ]
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "azure"))),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(25, 55)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(0, 4)), 0.6),
        )
        prompts = []
        for _ in range(len(ts)):
            name, persona = pick(rng, chars)
            prompts.append(tx.companion_prompt(rng, name, persona, ctx.chat, irange(rng, 1, 5)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.4),
            comp_median=120.0,
            comp_sigma=0.7,
        )


# --------------------------------------------------------------------------------------------
# university study of output diversity / calibration: the same prompt sampled many times


def resist_layer(ctx: Ctx, rng: Rng) -> None:
    kind = "resist_layer"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    campus = home(rng, 2, tz)
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="phd_student",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 5)):
            cand = thinned(rng, ctx.t0, ctx.t1 - 6 * HOUR, 20, workday(tz))
            start = float(pick(rng, cand)) if len(cand) else ctx.t0 + float(rng.uniform(0, 6)) * DAY
            model = (
                ctx.new_model
                if start >= ctx.release and chance(rng, 0.7)
                else pick(rng, ctx.old_models)
            )
            t = start
            ts_l, prompts = [], []
            n_rep = irange(rng, 5, 15)
            for _ in range(irange(rng, 15, 50)):
                p = tx.study_prompt(rng)
                g = t + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n_rep - 1))]
                )
                ts_l.append(g)
                prompts.extend([p] * n_rep)
                t = float(g[-1]) + float(rng.lognormal(np.log(2.0), 0.5))
            ts = np.concatenate(ts_l)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=_fixed_models(ts, model),
                comp_median=80.0,
                comp_sigma=0.8,
            )


# --------------------------------------------------------------------------------------------
# a university course cohort: many light student accounts, same assignments, lab hours, deadline


def barbed_needle(ctx: Ctx, rng: Rng) -> None:
    kind = "barbed_needle"
    lang, tz = pick(rng, (("en", -5), ("en", 0), ("es", 1), ("de", 1), ("pt", -3)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    topics = [str(x) for x in rng.permutation(np.array(tx._COURSE_TOPICS))[:3]]
    labs = [
        ctx.t0 + d * DAY + (float(rng.uniform(9, 15)) - tz) * HOUR
        for d in sorted(rng.choice(np.arange(1, 6), size=2, replace=False).tolist())
    ]
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 40, 75)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        parts, ips = [], []
        for lab in labs:
            if chance(rng, 0.85):
                s = _cat(session_times(rng, lab, lab + 2 * HOUR, 24 * 2.0, constant, 5.0, 60.0))
                parts.append(s)
                ips.extend([pick(rng, campus)] * len(s))
        for extra in (
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 1.2)), evening_person(tz), 4.0, 70.0
            ),
            session_times(
                rng,
                deadline - 18 * HOUR,
                deadline,
                float(rng.uniform(1, 4)),
                evening_person(tz, 3.5),
                5.0,
                50.0,
            ),
        ):
            s = _cat(extra)
            parts.append(s)
            ips.extend([a.ips[-1]] * len(s))
        ts = np.concatenate(parts) if parts else np.empty(0)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        prompts = [
            tx.course_prompt(rng, lang, pick(rng, topics))
            if chance(rng, 0.75)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            ips=[ips[j] for j in order],
            comp_median=350.0,
        )


# --------------------------------------------------------------------------------------------
# marketing agency reselling AI copywriting to client teams through its own SaaS backend


def lanolin(ctx: Ctx, rng: Rng) -> None:
    kind = "lanolin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "digitalocean")
    tzs = [pick(rng, TZS) for _ in range(3)]
    clients = (
        "Northwind",
        "Bluefin Dental",
        "Olive & Oak",
        "Tallyho Apps",
        "Peak Yoga",
        "Brightway Motors",
        "Lingo+",
    )
    for _ in range(irange(rng, 4, 8)):
        client = pick(rng, clients)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_workspace",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)) * 7, multi_office(tzs))
        prompts = [
            tx.copy_prompt(rng, client) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=250.0)


# --------------------------------------------------------------------------------------------
# consultants who travel: hotel Wi-Fi or a commercial VPN for a few days, heavier use, new model


def core_wool(ctx: Ctx, rng: Rng) -> None:
    kind = "core_wool"
    for _ in range(irange(rng, 20, 34)):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        homeip = home(rng, 1, tz)
        a = ctx.account(
            rng, label="benign", family=kind, role="traveller", ua=ua, ips=homeip, tz=tz
        )
        leave = ctx.t0 + float(rng.uniform(0.5, 4.5)) * DAY
        back = leave + float(rng.uniform(1.5, 3.0)) * DAY
        if chance(rng, 0.5):
            away = cloud(rng, irange(rng, 2, 4), pick(rng, ("m247", "leaseweb", "digitalocean")))
        else:
            away = resi(rng, irange(rng, 1, 2), pick(rng, ("us", "eu", "sea", "jp_kr", "latam")))
        rate = float(rng.uniform(1, 3))
        parts = [
            (
                _cat(session_times(rng, ctx.t0, leave, rate, workday(tz, weekend=0.3), 4.0, 60.0)),
                homeip,
            ),
            (
                _cat(
                    session_times(rng, leave, back, rate * 1.8, evening_person(tz, 4.0), 5.0, 45.0)
                ),
                away,
            ),
            (
                _cat(session_times(rng, back, ctx.t1, rate, workday(tz, weekend=0.3), 4.0, 60.0)),
                homeip,
            ),
        ]
        for ts, pool in parts:
            prompts = [
                tx.work_prompt(rng, ctx.chat) if chance(rng, 0.4) else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6),
                ips=picks(rng, pool, len(ts)),
                comp_median=380.0,
            )


BENIGN_KINDS: dict[str, Callable] = {
    "roving": roving,
    "batt": batt,
    "fulling": fulling,
    "nuno": nuno,
    "prefelt": prefelt,
    "carding": carding,
    "resist_layer": resist_layer,
    "barbed_needle": barbed_needle,
    "lanolin": lanolin,
    "core_wool": core_wool,
}
