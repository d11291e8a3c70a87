"""Benign hard-negative kinds of batch 276: legitimate users built to resemble this batch's
campaign families (or a campaign in general). Each kind is `f(ctx, rng)`; see README.md for what
each one "looks like"."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind276 import texts as tx
from bench.monitor_blind276.families import cat, models_at, web_ua

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# noragi: an evaluation lab benchmarking the new model (chain-of-thought suite, repeated samples)


def noragi(ctx: Ctx, rng: Rng) -> None:
    kind = "noragi"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), "gcp")
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips)
        for _ in range(irange(rng, 1, 3))
    ]
    n_items = irange(rng, 250, 450)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + rng.uniform(0.5, 3.0) * DAY, old, 1),
        (ctx.t0 + rng.uniform(0.5, 3.5) * DAY, mini, 1),
    ]
    t = ctx.release + rng.uniform(2, 12) * HOUR
    for _ in range(irange(rng, 3, 5)):
        runs.append((t, pick(rng, (new, new, old)), int(pick(rng, (1, 1, 3)))))
        t += rng.uniform(4, 20) * HOUR
    for r, (t_run, model, k) in enumerate(runs):
        key = keys[r % len(keys)]
        n = n_items * k
        ts = t_run + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=n))
        prompts = [tx.bench_item(rng, i // k) for i in range(n)]
        ctx.emit(rng, key, ts, prompts, models=model, comp_median=600.0, comp_sigma=0.5)


# --------------------------------------------------------------------------------------------
# aizome: a support team's nightly LLM-as-judge QA over its own transcripts


def aizome(ctx: Ctx, rng: Rng) -> None:
    kind = "aizome"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(
        rng, ("Cedar Mobile", "Brightpath Insurance", "Northwind Grocers", "Tidewater Energy")
    )
    tz = int(pick(rng, (-5, 0, 1)))
    ip = bb.cloud(rng, 1, "aws")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "qa_pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ip,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    p_new = rng.uniform(0.1, 0.3)
    day = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    while day < ctx.t1:
        start = day + rng.uniform(1.0, 3.0) * HOUR
        n = irange(rng, 100, 250)
        ts = start + np.cumsum(rng.lognormal(np.log(1.0), 0.6, size=n))
        key = pick(rng, keys)
        prompts = [
            tx.qa_review(
                rng,
                brand,
                tx.clip_text(rng, pick(rng, ctx.chat), 20, 300),
                tx.clip_text(rng, pick(rng, ctx.passages), 200, 700),
            )
            for _ in range(n)
        ]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.0),
            comp_median=60.0,
            comp_sigma=0.3,
        )
        day += DAY


# --------------------------------------------------------------------------------------------
# hemp_cloth: a community platform rewriting flagged comments to fit its guidelines


def hemp_cloth(ctx: Ctx, rng: Rng) -> None:
    kind = "hemp_cloth"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = ("en", "es", "de", "pt")
    lw = rng.dirichlet((6, 2, 1, 1))
    pools = bb.worker_pool(
        rng, ctx.t0, ctx.t1, rng.uniform(12, 24), len(keys), bb.global_load(19, 0.5)
    )
    for key, ts in zip(keys, pools, strict=True):
        prompts = [
            tx.moderation_rewrite(rng, tx.weighted(rng, langs, lw), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, key, ts, prompts, models=models_at(ctx, rng, ts, 0.1, 0.6), comp_median=80.0)


# --------------------------------------------------------------------------------------------
# donja: a company's developers using an IDE coding agent (multi-step tool transcripts)


def donja(ctx: Ctx, rng: Rng) -> None:
    kind = "donja"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2)))
    office = bb.home(rng, 1, tz)
    repo = pick(rng, ("acme/billing-api", "shopfront/web", "datapipe/etl", "clinic/scheduler"))
    p_new = rng.uniform(0.4, 0.7)
    for _ in range(irange(rng, 8, 14)):
        dev = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1" if chance(rng, 0.8) else "OpenAI/Python 1.58.1",
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(1.5, 3.5),
            bb.workday(tz),
            rng.uniform(6, 14),
            rng.uniform(6, 15),
            0.9,
        )
        times, prompts, extra = [], [], []
        for s in sessions:
            task = (
                pick(rng, tx.DEV_TASKS)
                if chance(rng, 0.7)
                else tx.clip_text(rng, pick(rng, ctx.chat), 20, 400)
            )
            for j, t in enumerate(s.tolist()):
                times.append(t)
                prompts.append(tx.ide_agent(rng, repo, task, j))
                extra.append(1500 + 350 * j + irange(rng, 0, 2500))
        ctx.emit(
            rng,
            dev,
            np.asarray(times),
            prompts,
            models=models_at(ctx, rng, times, p_new, 0.1),
            comp_median=400.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# futon_cover: a startup's data team augmenting training data for its own intent classifier


def futon_cover(ctx: Ctx, rng: Rng) -> None:
    kind = "futon_cover"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 1, 5)))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "gcp")
    keys = [
        _acct(
            ctx, rng, kind, "data_team", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips, tz=tz
        )
        for _ in range(irange(rng, 1, 2))
    ]
    starts = bb.thinned(rng, ctx.t0, ctx.t1, irange(rng, 4, 7), bb.workday(tz))
    runs = bb.bursts(rng, starts, rng.uniform(80, 250), rng.uniform(1.0, 3.0), 0.5, ctx.t1)
    chat = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(3, 8) * 7, bb.workday(tz))
    for i, key in enumerate(keys):
        ts = cat([r for j, r in enumerate(runs) if j % len(keys) == i] + ([chat] if i == 0 else []))
        prompts = [
            tx.intent_paraphrases(rng) if chance(rng, 0.9) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, key, ts, prompts, models=models_at(ctx, rng, ts, 0.3, 0.1), comp_median=250.0)


# --------------------------------------------------------------------------------------------
# running_stitch: a university course cohort, one key per student, a deadline mid-window


def running_stitch(ctx: Ctx, rng: Rng) -> None:
    kind = "running_stitch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1)))
    campus = bb.home(rng, 1, tz)
    course = pick(rng, tx.COURSES)
    week = irange(rng, 3, 8)
    deadline = ctx.t0 + rng.uniform(4.5, 6.0) * DAY
    base = bb.evening_person(tz, 2.8)

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        ramp = np.where(ts < deadline, np.exp(-(deadline - ts) / (1.5 * DAY)), 0.15)
        return base(ts) * np.clip(ramp, 0.05, 1.0)

    for _ in range(irange(rng, 35, 58)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.5) else web_ua(rng, 0.6, 0.15)
        st = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, 1, tz) + campus,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(0.6, 2.0),
            curve,
            rng.uniform(3, 6),
            rng.uniform(40, 120),
        )
        times, prompts = [], []
        for s in sessions:
            w = week if chance(rng, 0.8) else week - 1
            for j, t in enumerate(s.tolist()):
                times.append(t)
                if j == 0:
                    prompts.append(
                        tx.course_prompt(rng, course, w)
                        if chance(rng, 0.8)
                        else pick(rng, ctx.chat)
                    )
                else:
                    prompts.append(
                        pick(rng, tx.STUDENT_FOLLOW) if chance(rng, 0.7) else pick(rng, ctx.chat)
                    )
        ctx.emit(
            rng,
            st,
            np.asarray(times),
            prompts,
            models=models_at(ctx, rng, times, 0.08, 0.05),
            comp_median=400.0,
        )


# --------------------------------------------------------------------------------------------
# kogin: a product team's prompt regression suite in CI (each case repeated to measure variance)


def kogin(ctx: Ctx, rng: Rng) -> None:
    kind = "kogin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, 0, 2)))
    runners = bb.cloud(rng, irange(rng, 3, 6), "azure")
    keys = [
        _acct(ctx, rng, kind, "ci", org=org, pay=pay, ua="python-httpx/0.28.1", ips=runners, tz=tz)
        for _ in range(irange(rng, 1, 2))
    ]
    n_cases = irange(rng, 15, 30)
    inputs = [tx.clip_text(rng, pick(rng, ctx.passages), 200, 700) for _ in range(n_cases)]
    cases = [tx.regression_case(rng, c, inputs[c]) for c in range(n_cases)]
    reps = int(pick(rng, (3, 5, 5)))
    runs = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(2, 5) * 7, bb.workday(tz))
    old, new = ctx.old_models[0], ctx.new_model
    for r, t in enumerate(runs.tolist()):
        model = new if (t >= ctx.release and chance(rng, 0.5)) else old
        n = n_cases * reps
        ts = t + np.cumsum(rng.lognormal(np.log(0.5), 0.5, size=n))
        prompts = [cases[i // reps] for i in range(n)]
        ctx.emit(
            rng, keys[r % len(keys)], ts, prompts, models=model, comp_median=150.0, comp_sigma=0.4
        )


# --------------------------------------------------------------------------------------------
# tsugi: a translation agency's translators (fixed language pairs, office hours)


def tsugi(ctx: Ctx, rng: Rng) -> None:
    kind = "tsugi"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    office = bb.resi(rng, irange(rng, 1, 2), "eu")
    for _ in range(irange(rng, 5, 9)):
        pairs = [
            tx.TARGET_CODES[i]
            for i in sorted(rng.permutation(len(tx.TARGET_CODES))[: irange(rng, 1, 2)].tolist())
        ]
        tr = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=web_ua(rng, 0.5),
            ips=office,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(2, 5),
            bb.workday(tz),
            rng.uniform(6, 14),
            rng.uniform(40, 110),
        )
        times, prompts, comp = [], [], []
        for s in sessions:
            client = pick(rng, tx.CLIENTS)
            for t in s.tolist():
                seg = tx.clip_text(rng, pick(rng, ctx.passages), 80, 500)
                times.append(t)
                prompts.append(tx.shop_translation(rng, client, pick(rng, pairs), seg))
                comp.append(len(seg) / 3.2)
        ctx.emit(
            rng,
            tr,
            np.asarray(times),
            prompts,
            models=models_at(ctx, rng, times, 0.35, 0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# hitomezashi: an API reseller / aggregator passing many end customers through a few keys


def hitomezashi(ctx: Ctx, rng: Rng) -> None:
    kind = "hitomezashi"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "hetzner", "digitalocean"))
    ips = bb.cloud(rng, irange(rng, 3, 5), prov)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    keys = [
        _acct(ctx, rng, kind, "reseller", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    pools = bb.worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        rng.uniform(35, 65),
        len(keys),
        bb.global_load(rng.uniform(10, 20), 0.4),
    )
    p_new = rng.uniform(0.45, 0.65)
    for key, ts in zip(keys, pools, strict=True):
        prompts = [tx.reseller_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, key, ts, prompts, models=models_at(ctx, rng, ts, p_new, 0.2), comp_median=350.0
        )


# --------------------------------------------------------------------------------------------
# mottainai: a university study of model drift replaying public chat prompts on every model


def mottainai(ctx: Ctx, rng: Rng) -> None:
    kind = "mottainai"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 1, 9)))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, irange(rng, 1, 2), "aws")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    n = irange(rng, 400, 800)
    sample = [ctx.chat[i] for i in rng.permutation(len(ctx.chat))[:n].tolist()]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    plan = [
        (ctx.t0 + rng.uniform(0.5, 2.5) * DAY, (old, mini)),
        (ctx.release + rng.uniform(8, 40) * HOUR, (old, mini, new)),
    ]
    for r, (t, models) in enumerate(plan):
        prompts = [p for p in sample for _ in models]
        mlist = [m for _ in sample for m in models]
        ts = t + np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=len(prompts)))
        ctx.emit(rng, keys[r % len(keys)], ts, prompts, models=mlist, comp_median=380.0)


BENIGN_KINDS: dict[str, Callable] = {
    "noragi": noragi,
    "aizome": aizome,
    "hemp_cloth": hemp_cloth,
    "donja": donja,
    "futon_cover": futon_cover,
    "running_stitch": running_stitch,
    "kogin": kogin,
    "tsugi": tsugi,
    "hitomezashi": hitomezashi,
    "mottainai": mottainai,
}
