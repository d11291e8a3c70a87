"""Benign hard-negative kinds of batch 209: ten legitimate users, each built to resemble one of the
batch's campaign families (or a campaign in general). Each kind is `f(ctx, rng)`."""

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
    nightly,
    pick,
    rented_block,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind209 import texts


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _flat(sessions: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate([np.empty(0), *sessions]))


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark items with chain-of-thought prompting, every model, in runs


def kenzan(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kenzan"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "litellm/1.60.2"))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    item_rng = np.random.default_rng(int(rng.integers(2**32)))
    items = [texts.eval_item(item_rng) for _ in range(irange(rng, 250, 450))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, old),
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, mini),
        (ctx.release + float(rng.uniform(1, 8)) * HOUR, new),
        (ctx.release + float(rng.uniform(10, 30)) * HOUR, old),
        (ctx.release + float(rng.uniform(1.5, 2.8)) * DAY, new),
    ]
    for start, model in runs:
        rate = float(rng.uniform(0.3, 1.0))  # requests per second
        ts = start + np.cumsum(rng.exponential(1 / rate, size=len(items)))
        who = rng.integers(0, len(accts), size=len(items))
        for i, a in enumerate(accts):
            sel = np.flatnonzero(who == i)
            ctx.emit(
                rng,
                a,
                ts[sel],
                [items[j] for j in sel.tolist()],
                models=[model] * len(sel),
                comp_median=520,
                comp_sigma=0.6,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: labellers asking for help with their own ratings, office NAT, office hours


def kubari(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kubari"
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 12, 20)):
        a = _benign(
            ctx, rng, kind, "labeller", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=office, tz=tz
        )
        sessions = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), workday(tz), 5.0, 150.0
        )
        ts = _flat(sessions)
        prompts = [texts.labeller_question(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4), comp_median=260)


# --------------------------------------------------------------------------------------------
# forum moderation service: civil rewrites of users' posts, steady all day


def suiban(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "suiban"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    curve = global_load(float(rng.uniform(16, 21)), 0.5)
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        rate = float(rng.uniform(12, 25))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.moderation_rewrite(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.6),
            comp_median=60,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# individual developers running a coding agent: tool-call loops with long histories


def heika(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "heika"
    uas = (
        "aider/0.72.1 litellm/1.60.2",
        "OpenAI/NodeJS 4.85.1",
        "OpenAI/Python 1.63.2",
        "langchain-openai/0.3.6",
    )
    for _ in range(irange(rng, 15, 25)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 9))
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            ua=pick(rng, uas),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            workday(tz, weekend=0.2),
            float(rng.uniform(12, 28)),
            7.0,
            0.7,
        )
        ts, prompts, extra = [], [], []
        for s in sessions:
            for i, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(texts.dev_agent_step(rng, i))
                extra.append(1500 + i * irange(rng, 300, 900))
        if not ts:
            continue
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, 0.55),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=330,
            comp_sigma=0.8,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# data augmentation for an in-house intent classifier: nightly paraphrase bursts


def moribana(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "moribana"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, 1.3 * (ctx.t1 - ctx.t0) / DAY, nightly(1.0, 2.0, tz))
        ts = _flat(bursts(rng, starts, float(rng.uniform(40, 80)), 5.0, 0.4))
        prompts = [texts.augmentation(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.05, 0.7),
            comp_median=480,
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# course cohort: many students, the same assignments, evenings before the deadlines


def nageire(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nageire"
    tz = pick(rng, (-5, 0, 1, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadlines = [ctx.t0 + d * DAY - tz * HOUR for d in (3.0, 7.0)]
    base = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        boost = sum(np.where((ts < d) & (ts > d - 1.5 * DAY), 1.0, 0.25) for d in deadlines) / 2
        return np.clip(base(ts) * boost * 2, 0, 1)

    for _ in range(irange(rng, 40, 70)):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sessions = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.6)), curve, 4.0, 90.0
        )
        ts = _flat(sessions)
        prompts = [
            texts.student_prompt(rng, int((t - ctx.t0) // (3.5 * DAY)) * 3) for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2), comp_median=380)


# --------------------------------------------------------------------------------------------
# companion app backend: short messages, long persona + history re-sent each time


def shoka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shoka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, pick(rng, ("aws", "gcp")))
    curve = global_load(float(rng.uniform(19, 23)), 0.7)
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        rate = float(rng.uniform(10, 20))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.companion_message(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.3),
            comp_median=90,
            comp_sigma=0.5,
            extra=rng.integers(1200, 3600, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# translation agency: translators in one office, CAT-tool plugin and browsers


def rikka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rikka"
    tz = pick(rng, (1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 6, 10)):
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.5) else pick(rng, BROWSERS)
        a = _benign(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        sessions = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz), 10.0, 50.0
        )
        ts = _flat(sessions)
        prompts = [texts.translation_job(rng, ctx.passages) for _ in range(len(ts))]
        comp = np.array([max(40.0, len(p) / 3.2) for p in prompts]) if prompts else 300.0
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35), comp_median=comp, comp_sigma=0.25
        )


# --------------------------------------------------------------------------------------------
# university study of answer variability: the same items many times on every model


def jiyuka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "jiyuka"
    tz = -5
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    lab = home(rng, 1, tz)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "grad_student",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=lab,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    run_starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 10)), workday(tz))
    for r_i, start in enumerate(run_starts.tolist()):
        a = accts[r_i % len(accts)]
        models = [old, mini] + ([new] if start >= ctx.release else [])
        t = start
        ts, prompts, mods = [], [], []
        for item in rng.choice(len(texts.SURVEY), size=irange(rng, 1, 3), replace=False).tolist():
            reps = irange(rng, 20, 50)
            for m in models:
                gaps = rng.lognormal(np.log(1.5), 0.5, size=reps)
                times = t + np.cumsum(gaps)
                ts += times.tolist()
                prompts += [texts.survey_item(item)] * reps
                mods += [m] * reps
                t = float(times[-1]) + 5.0
        ctx.emit(rng, a, ts, prompts, models=mods, comp_median=110, comp_sigma=0.6)


# --------------------------------------------------------------------------------------------
# reseller: a writing SaaS proxying its customers' chats, one key per plan/customer tier


def mizugiri(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mizugiri"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    pool = rented_block(rng, pick(rng, ("hetzner", "ovh")), 1, 4)
    curve = global_load(float(rng.uniform(10, 16)), 0.6)
    n = irange(rng, 10, 20)
    share = rng.dirichlet(np.full(n, 0.8))
    total = float(rng.uniform(45, 75))
    for w in share.tolist():
        a = _benign(
            ctx, rng, kind, "reseller_key", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=pool
        )
        ts = thinned(rng, ctx.t0, ctx.t1, max(total * w, 0.3) * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=380)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "kenzan": kenzan,
    "kubari": kubari,
    "suiban": suiban,
    "heika": heika,
    "moribana": moribana,
    "nageire": nageire,
    "shoka": shoka,
    "rikka": rikka,
    "jiyuka": jiyuka,
    "mizugiri": mizugiri,
}
