"""Benign hard-negative kinds of blind batch 131 (code names from chandlery).

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
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    multi_office,
    pick,
    picks,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind131 import texts

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _old(ctx: Ctx, rng: Rng, n: int, p_mini: float) -> list[str]:
    return [ctx.old_models[-1] if u < p_mini else ctx.old_models[0] for u in rng.random(n).tolist()]


# --------------------------------------------------------------------------------------------
# evaluation lab benchmarking the new model on release day (looks like: reasoning-trace harvest,
# best-of-n sampling)


def shackle(ctx: Ctx, rng: Rng) -> None:
    kind = "shackle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    runs = []  # (start, model, suite, items, samples)
    for _ in range(irange(rng, 1, 2)):  # baselines on the old models before the release
        runs.append(
            (
                ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY,
                pick(rng, ctx.old_models),
                pick(rng, ("mcq", "math")),
                irange(rng, 250, 600),
                1,
            )
        )
    t = ctx.release + float(rng.uniform(1, 8)) * HOUR
    for _ in range(irange(rng, 3, 5)):  # the release-day sweep on the new model
        runs.append(
            (
                t,
                ctx.new_model,
                pick(rng, ("mcq", "math", "gsm")),
                irange(rng, 300, 800),
                pick(rng, (1, 1, 3, 5)),
            )
        )
        t += float(rng.uniform(1, 10)) * HOUR
    runs.append(
        (t + float(rng.uniform(2, 20)) * HOUR, ctx.old_models[0], "math", irange(rng, 200, 500), 1)
    )
    for start, model, suite, items, samples in runs:
        a = pick(rng, keys)
        shots = irange(rng, 0, 5)
        prompts = []
        for _ in range(items):
            p = texts.eval_item(rng, suite, shots)
            prompts.extend([p] * samples)
        ts = start + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=len(prompts)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model,
            comp_median=8.0 if suite == "mcq" else 320.0,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor doing LLM-assisted QA for a client's chatbot (looks like: judge/rubric grading)


def cleat(ctx: Ctx, rng: Rng) -> None:
    kind = "cleat"
    tz = pick(rng, (8, 5, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    client = pick(rng, ("Northwind Telecom", "Bellhaven Bank", "Cartly", "Meridian Air"))
    for _ in range(irange(rng, 10, 18)):
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS + ("python-requests/2.32.3",)),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 9)),
                workday(tz),
                8.0,
                float(rng.uniform(40, 100)),
            )
        )
        version = f"v{irange(rng, 3, 5)}.{irange(rng, 0, 9)}"
        prompts = [
            texts.annotation(rng, client, version, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.15), comp_median=110.0)


# --------------------------------------------------------------------------------------------
# trust & safety moderation queue of a social app (looks like: policy rewrites)


def bollard(ctx: Ctx, rng: Rng) -> None:
    kind = "bollard"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    langs = ["en"] + [
        str(x) for x in rng.choice(["es", "pt", "id", "tr"], size=irange(rng, 2, 4), replace=False)
    ]
    load = global_load(float(rng.uniform(12, 22)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 18)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [texts.moderation(rng, pick(rng, langs), ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.5), comp_median=90.0)


# --------------------------------------------------------------------------------------------
# an IDE coding-agent product (looks like: agent transcripts, code harvest)


def fender(ctx: Ctx, rng: Rng) -> None:
    kind = "fender"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    coding = texts.coding_prompts(ctx.chat)
    switch = (
        ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    )  # the product changes its default model
    curve = multi_office((-8, -5, 1))
    n_keys = irange(rng, 3, 5)
    for i, starts in enumerate(
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 14)), n_keys, curve)
    ):
        a = _acct(
            ctx,
            rng,
            kind,
            f"region_{i}",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp"))),
        )
        ts_all, prompts, extra = [], [], []
        repo = f"{pick(rng, ('acme', 'orbit', 'lumen', 'tern'))}/{pick(rng, ('api', 'web', 'billing', 'infra'))}"
        for s in starts.tolist():
            k = irange(rng, 3, 15)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.ide_agent(rng, repo, step, coding))
                extra.append(1500 + 300 * step)
        ts = np.asarray(ts_all)
        models = [
            ctx.new_model
            if (x >= switch and u < 0.7)
            else (ctx.old_models[0] if x >= ctx.release or u < 0.8 else ctx.old_models[-1])
            for x, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=220.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# a QA team generating synthetic test fixtures every night (looks like: synthetic-dataset generation)


def turnbuckle(ctx: Ctx, rng: Rng) -> None:
    kind = "turnbuckle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    product = pick(rng, ("Ledgerly", "ShipSmart", "ClinicFlow", "Hirebase"))
    for i in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "ci" if i == 0 else "dev",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=cloud(rng, 1, pick(rng, ("aws", "azure"))),
        )
        day0 = np.floor(ctx.t0 / DAY) * DAY
        nights = day0 + np.arange(0, 8) * DAY + (2 - tz) % 24 * HOUR + rng.uniform(0, 600, size=8)
        ts = _cat(bursts(rng, nights, float(rng.uniform(40, 90)), float(rng.uniform(8, 20)), 0.4))
        ts = np.sort(np.concatenate([ts, thinned(rng, ctx.t0, ctx.t1, 12.0, workday(tz))]))
        prompts = [texts.fixture_gen(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.0),
            comp_median=1600.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# a companion chat app (looks like: multi-turn dialogue harvest)


def thimble(ctx: Ctx, rng: Rng) -> None:
    kind = "thimble"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 5), "gcp")
    personas = [
        f"{pick(rng, ('mika', 'juno', 'ren', 'ava', 'leo'))}-{irange(rng, 1, 99)}"
        for _ in range(12)
    ]
    peak = float(rng.uniform(17, 23))

    def curve(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, 0)
        return 0.25 + 0.75 * np.exp(-0.5 * (((h - peak + 12) % 24 - 12) / 3.5) ** 2)

    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 70)), curve, 8.0, 20.0)
        ts_all, prompts, extra = [], [], []
        for s in sess:
            p = pick(rng, personas)
            for k, tt in enumerate(s.tolist()):
                ts_all.append(tt)
                prompts.append(texts.companion(rng, p, ctx.chat))
                extra.append(400 + 60 * k)
        order = np.argsort(np.asarray(ts_all), kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[k] for k in order.tolist()],
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=80.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )


# --------------------------------------------------------------------------------------------
# a university study of self-consistency and calibration (looks like: best-of-n / soft labels)


def cordage(ctx: Ctx, rng: Rng) -> None:
    kind = "cordage"
    tz = pick(rng, (0, 1, 2, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lab = home(rng, irange(rng, 1, 2), tz)
    study = f"calib-{irange(rng, 1, 999)}"
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=lab,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 0.9)) * 7, workday(tz))
        for s in starts.tolist():
            n_q, k = irange(rng, 15, 40), irange(rng, 6, 12)
            base = irange(rng, 0, 400)
            prompts = [
                texts.consistency_item(rng, study, base + q) for q in range(n_q) for _ in range(k)
            ]
            ts = s + np.cumsum(rng.exponential(1.0, size=len(prompts)))
            model = ctx.new_model if s >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
            ctx.emit(rng, a, ts, prompts, models=model, comp_median=30.0, err=0.02)


# --------------------------------------------------------------------------------------------
# a programming course cohort with a deadline (looks like: a person-like crowd, code harvest)


def deadeye(ctx: Ctx, rng: Rng) -> None:
    kind = "deadeye"
    tz = pick(rng, (-5, 0, 1, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS101", "INF1100", "COMP1511", "Prog-1"))
    assignment = irange(rng, 2, 6)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.0)) * DAY
    coding = texts.coding_prompts(ctx.chat)
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        left = (deadline - np.asarray(ts)) / DAY
        ramp = np.where(left >= 0, 0.15 + 0.85 * np.exp(-left / 1.2), 0.1)
        return eve(ts) * ramp

    for _ in range(irange(rng, 30, 55)):
        ips = home(rng, 1, tz) + (campus if chance(rng, 0.4) else [])
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(
                rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", BROWSERS[0], BROWSERS[1])
            ),
            ips=ips,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), curve, 5.0, 70.0)
        )
        prompts = [texts.homework(rng, course, assignment, coding) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.1), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# an API reseller serving many small clients (looks like: replay of public prompts, hidden harvest)


def burgee(ctx: Ctx, rng: Rng) -> None:
    kind = "burgee"
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("hetzner", "ovh", "contabo"))
    load = global_load(float(rng.uniform(10, 16)), 0.4)
    clients = [f"c{irange(rng, 100, 9999)}" for _ in range(40)]
    for i in range(irange(rng, 3, 6)):
        a = _acct(
            ctx,
            rng,
            kind,
            "reseller_key",
            org=org,
            pay=cards[i % len(cards)],
            ua=pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1")),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 16)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [texts.reseller(rng, pick(rng, clients), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.45, 0.2), comp_median=350.0, err=0.02
        )


# --------------------------------------------------------------------------------------------
# a multilingual homework-tutoring app (looks like: reasoning traces over a curriculum)


def binnacle(ctx: Ctx, rng: Rng) -> None:
    kind = "binnacle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    tzs = [int(t) for t in rng.choice([-5, -3, 5, 8], size=3, replace=False)]
    lang_of = {-5: "en", -3: pick(rng, ("es", "pt")), 5: "hi", 8: "id"}
    curves = [evening_person(t) for t in tzs]

    def curve(ts: np.ndarray) -> np.ndarray:
        return sum(c(ts) for c in curves) / len(curves)

    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 22)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        who = picks(rng, tzs, len(ts))
        prompts = [texts.tutoring(rng, lang_of[t], irange(rng, 4, 10)) for t in who]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=300.0,
            ips=picks(rng, ips, len(ts)) if len(ips) > 1 else ips[0],
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "shackle": shackle,
    "cleat": cleat,
    "bollard": bollard,
    "fender": fender,
    "turnbuckle": turnbuckle,
    "thimble": thimble,
    "cordage": cordage,
    "deadeye": deadeye,
    "burgee": burgee,
    "binnacle": binnacle,
}
