"""Benign hard-negative kinds of batch 186: ten legitimate users, each a generator
`kind(ctx, rng)` built to resemble one of this batch's campaign families (or a campaign in
general) while being ordinary, paid-for, legitimate use. The README says what each looks like.
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
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    rented_block,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind186 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def ascender(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort working through shared problem sets step by step: class labs on
    the campus network, homework at home, rushes before each deadline."""
    kind = "ascender"
    n = irange(rng, 40, 80)
    tz = pick(rng, (-5, 0, 1, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 3), tz)
    sets = [texts.assignment(rng, irange(rng, 10, 14)) for _ in range(2)]
    deadlines = [
        ctx.t0 + float(rng.uniform(2.6, 3.4)) * DAY,
        ctx.t0 + float(rng.uniform(5.8, 6.6)) * DAY,
    ]
    labs = [ctx.t0 + d * DAY + (10.0 - tz) * HOUR for d in (1, 3, 5)]
    base = evening_person(tz)

    def rush(ts: np.ndarray) -> np.ndarray:
        w = base(ts) * 0.3
        for dl in deadlines:
            dt = dl - ts
            w = w + np.where(dt > 0, np.exp(-dt / (0.6 * DAY)), 0.0) * base(ts)
        return np.clip(w, 0, 1)

    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else "OpenAI/Python 1.54.0"
        mine = home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=mine + campus, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), rush, 4.0, 120.0)
        ts_home = _cat(sess)
        lab_parts = [
            s
            + float(rng.uniform(0, 0.5 * HOUR))
            + np.cumsum(rng.lognormal(np.log(150), 0.6, size=irange(rng, 2, 8)))
            for s in labs
            if chance(rng, 0.7)
        ]
        ts_lab = _cat(lab_parts)
        for ts, ips in ((ts_home, mine[0]), (ts_lab, pick(rng, campus))):
            prompts = []
            for t in ts.tolist():
                current = sets[0] if t < deadlines[0] else sets[1]
                prompts.append(
                    texts.homework_prompt(rng, current)
                    if chance(rng, 0.7)
                    else texts.human(rng, ctx.chat)
                )
            ctx.emit(
                rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), ips=ips, comp_median=500.0
            )


def descender(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor's annotation tool: model-assisted side-by-side and rating tasks for
    its clients, worker pool across two offices' shifts, from its cloud tenancy."""
    kind = "descender"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, (5, 8)), pick(rng, (1, 2, -3))]
    curve = multi_office(offices)
    per_key = float(rng.uniform(8, 15))
    streams = worker_pool(rng, ctx.t0, ctx.t1, per_key * n, n, curve)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    for i in range(n):
        a = _acct(
            ctx, rng, kind, "annotation_tool", org=org, pay=card, ua=ua, ips=cloud(rng, 2, "azure")
        )
        ts = streams[i]
        prompts = [texts.eval_judge_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=120.0, err=0.01)


def flourish(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety tool that rewrites flagged comments to fit its
    community guidelines, in five languages, around the clock, mostly on the small model."""
    kind = "flourish"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en", "de", "pt", "es", "ja"]
    lw = rng.dirichlet(np.full(len(langs), 2.0))
    curve = global_load(float(rng.uniform(16, 21)), 0.5)
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    for _ in range(n):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [
            texts.moderation_prompt(rng, langs[int(rng.choice(len(langs), p=lw))], ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.7), comp_median=90.0, err=0.01
        )


def inkstone(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers using an IDE coding agent: tool-call loops of many quick
    steps, in office hours, from the office line and from home."""
    kind = "inkstone"
    n = irange(rng, 10, 20)
    tz = pick(rng, (-8, -5, 1, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    for _ in range(n):
        house = home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=office + house, tz=tz)
        ts_all, prompts, extra, ips = [], [], [], []
        wfh = float(rng.uniform(0.1, 0.5))
        for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz)).tolist():
            steps = irange(rng, 5, 25)
            task = texts.ide_task(rng, ctx.chat)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.7, size=steps - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(texts.ide_agent_step(rng, k, task) for k in range(steps))
            extra.extend(min(30000, 900 + 700 * k) for k in range(steps))
            ips.extend([house[0] if rng.random() < wfh else office[0]] * steps)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5),
            ips=ips,
            comp_median=250.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )


def spencerian(ctx: Ctx, rng: np.random.Generator) -> None:
    """A support-automation team augmenting its intent-classifier training set: paraphrase jobs
    run on two or three nights from one cloud VM."""
    kind = "spencerian"
    n = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    nights = sorted(rng.choice(6, size=irange(rng, 2, 3), replace=False).tolist())
    langs = ["en", "es", "pt", "de"]
    vm = cloud(rng, irange(rng, 1, 2), "gcp")
    for _ in range(n):
        a = _acct(
            ctx, rng, kind, "augmentation_job", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=vm
        )
        parts = []
        for d in nights:
            s = ctx.t0 + d * DAY + (22.0 - tz) * HOUR + float(rng.uniform(0, 1)) * HOUR
            parts.append(
                thinned(
                    rng,
                    s,
                    s + float(rng.uniform(2, 4)) * HOUR,
                    float(rng.uniform(400, 1200)),
                    lambda x: np.ones(len(x)),
                )
            )
        ts = _cat(parts)
        prompts = [texts.paraphrase_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=350.0, err=0.03)


def blackletter(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion / role-play chat app's backend: endless short multi-turn exchanges with long
    conversation memory, evening-peaked worldwide load, mostly the cheaper models."""
    kind = "blackletter"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    curve = global_load(float(rng.uniform(0, 4)), 0.6)
    for _ in range(n):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [texts.companion_prompt(rng, ctx.chat) for _ in range(len(ts))]
        extra = rng.integers(800, 3000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=110.0,
            extra=extra,
            err=0.01,
        )


def fraktur(ctx: Ctx, rng: np.random.Generator) -> None:
    """An independent evaluation lab benchmarking the new model on its release: pass@k sampling
    of each item in parallel, plus an old-model baseline, for a day or two."""
    kind = "fraktur"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), "gcp")
    start = ctx.release + float(rng.uniform(1, 8)) * HOUR
    end = start + float(rng.uniform(1.0, 2.0)) * DAY
    k_samples = pick(rng, (5, 10))
    streams = worker_pool(rng, start, end, float(rng.uniform(15, 30)), n)
    for i in range(n):
        a = _acct(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.63.2", ips=ips
        )
        ts_all, prompts, models = [], [], []
        for j, s in enumerate(streams[i].tolist()):
            suite = pick(rng, ("math", "code", "fact"))
            item = texts.benchmark_item(rng, suite, j + 1000 * i)
            model = ctx.new_model if chance(rng, 0.75) else ctx.old_models[0]
            ts_all.extend((s + np.sort(rng.uniform(0, 3.0, size=k_samples))).tolist())
            prompts.extend([item] * k_samples)
            models.extend([model] * k_samples)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=400.0, err=0.05)


def x_height(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency's in-house translators (several countries) using the model on client
    documents, each in their own language pair, in office hours."""
    kind = "x_height"
    n = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clients = [
        f"{pick(rng, NAMES)} {pick(rng, ('GmbH', 'Ltd', 'S.A.', 'KK', 'Inc'))}" for _ in range(5)
    ]
    for _ in range(n):
        tz = pick(rng, (1, 2, -3, 9, 5))
        target = pick(rng, texts.TARGETS)
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 5.0, 240.0)
        ts = _cat(sess)
        prompts = [
            texts.agency_translation(rng, ctx.passages, target, pick(rng, clients))
            for _ in range(len(ts))
        ]
        comp = np.asarray([len(p) / 3.5 for p in prompts]) if prompts else np.empty(0)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4), comp_median=comp, comp_sigma=0.25
        )


def swash(ctx: Ctx, rng: np.random.Generator) -> None:
    """A registered API reseller / agency forwarding its many customers' requests: hosting block,
    customers' varied clients and languages, steady worldwide load."""
    kind = "swash"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = rented_block(rng, pick(rng, ("hetzner", "leaseweb")), 2, 4)
    uas = list(BROWSERS + MOBILE + SDK_COMMON + SDK_OTHER)
    curve = global_load(float(rng.uniform(10, 16)), 0.35)
    for _ in range(n):
        a = _acct(ctx, rng, kind, "reseller_key", org=org, pay=card, ua=uas[0], ips=pool)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 20)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [texts.reseller_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ua = [pick(rng, uas) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), ua=ua, comp_median=380.0, err=0.02
        )


def majuscule(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university group's model-comparison study: one fixed sample of public chat prompts
    replayed by a sequential script against the old and the new model, in a few runs."""
    kind = "majuscule"
    n = irange(rng, 2, 3)
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 300, 600), replace=False).tolist()
    ]
    runs = [ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY]  # pilot on the old model
    runs += [ctx.release + float(rng.uniform(0.2, 2.8)) * DAY for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        _acct(ctx, rng, kind, "study_script", org=org, pay=card, ua=ua, ips=campus, tz=tz)
        for _ in range(n)
    ]
    for r, s in enumerate(sorted(runs)):
        a = accts[r % n]
        models = [ctx.old_models[0]] if s < ctx.release else [ctx.old_models[0], ctx.new_model]
        subset = sample if r else sample[: len(sample) // 4]
        pairs = [(p, m) for p in subset for m in models]
        ts = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(3, 10))), 0.3, size=len(pairs)))
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pairs],
            models=[m for _, m in pairs],
            comp_median=420.0,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "ascender": ascender,
    "descender": descender,
    "flourish": flourish,
    "inkstone": inkstone,
    "spencerian": spencerian,
    "blackletter": blackletter,
    "fraktur": fraktur,
    "x_height": x_height,
    "swash": swash,
    "majuscule": majuscule,
}
