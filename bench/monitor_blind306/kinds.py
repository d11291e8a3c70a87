"""Benign hard-negative kinds of blind batch 306 (code names from "clockmaker").

Each kind is `f(ctx, rng)`: legitimate API customers built to resemble one of this batch's
campaign families (or a campaign in general). Accounts are labelled benign, family = kind name.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind306 import texts as tx
from bench.monitor_blind306.families import (
    BG_BROWSER,
    BG_PHONE,
    _cat,
    _langs,
    _tz,
)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# cloak: a model-evaluation lab benchmarking the new model the day it ships (and the old ones)


def cloak(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):  # one or two labs
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "aws")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2"))
        keys = [
            _benign(ctx, rng, "cloak", "eval_runner", org=org, pay=pay, ua=ua, ips=list(ips))
            for _ in range(irange(rng, 2, 4))
        ]
        suites = {
            "mathcot": irange(rng, 150, 300),
            "mcq": irange(rng, 150, 350),
            "code": irange(rng, 80, 164),
            "safety": irange(rng, 60, 120),
        }
        runs = [
            (ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, ctx.old_models[0]),
            (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, ctx.old_models[-1]),
            (ctx.release + float(rng.uniform(1, 8)) * HOUR, ctx.new_model),
            (ctx.release + float(rng.uniform(30, 60)) * HOUR, ctx.new_model),
        ]
        samples = pick(rng, (1, 1, 3, 5))  # pass@k on the code suite
        for start, model in runs:
            t = start
            for suite, size in suites.items():
                k = samples if suite == "code" else 1
                prompts = [tx.eval_item(i, suite) for i in range(size) for _ in range(k)]
                gaps = rng.lognormal(np.log(0.35), 0.6, size=len(prompts))
                ts = t + np.cumsum(gaps)
                who = rng.integers(0, len(keys), size=len(ts))
                for j, key in enumerate(keys):
                    sel = np.flatnonzero(who == j).tolist()
                    ctx.emit(
                        rng,
                        key,
                        ts[sel],
                        [prompts[x] for x in sel],
                        models=model,
                        comp_median=600 if suite == "mathcot" else 40 if suite == "mcq" else 300,
                        err=0.03,
                    )
                t = float(ts[-1]) + float(rng.uniform(5, 40)) * MINUTE


# --------------------------------------------------------------------------------------------
# croak: a labelling vendor's annotators using the model while rating responses


def croak(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(8, bb.resi(rng, 2, "sea")), (-5, bb.resi(rng, 2, "latam"))]
    for _ in range(irange(rng, 25, 40)):
        tz, office = pick(rng, offices)
        a = _benign(
            ctx,
            rng,
            "croak",
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS + BG_BROWSER),
            ips=list(office),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), bb.workday(tz), 10.0, 90.0
            )
        )
        prompts = [
            tx.annotator_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1), comp_median=160
        )


# --------------------------------------------------------------------------------------------
# mocker: an ad-compliance agency rewriting clients' ads for platform policy and consumer law


def mocker(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, 2, tz)
    langs = {"de": 0.3, "fr": 0.2, "en": 0.2, "es": 0.1, "it": 0.1, "pl": 0.1}
    for _ in range(irange(rng, 4, 7)):
        a = _benign(
            ctx,
            rng,
            "mocker",
            "account_manager",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=list(office) + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), bb.workday(tz), 6.0, 120.0
            )
        )
        prompts = [tx.ad_review_prompt(rng, lg) for lg in _langs(rng, len(ts), langs)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=450)
    feed = _benign(
        ctx,
        rng,
        "mocker",
        "catalogue_feed",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=[office[0]],
        tz=tz,
    )
    starts = np.array(
        [
            ctx.t0 + d * DAY + (7.0 - tz) * HOUR + float(rng.uniform(0, 20)) * MINUTE
            for d in range(7)
        ]
    )
    ts = _cat(bb.bursts(rng, starts[bb.weekday(starts, tz) < 5], float(rng.uniform(80, 140)), 3.0))
    ctx.emit(
        rng,
        feed,
        ts,
        [tx.ad_review_prompt(rng, lg) for lg in _langs(rng, len(ts), langs)],
        models=ctx.models(rng, ts, p_new=0.4),
        comp_median=420,
    )


# --------------------------------------------------------------------------------------------
# korma: developers running an IDE coding agent with their own keys


def korma(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 25, 45)):
        tz = _tz(rng)
        a = _benign(
            ctx,
            rng,
            "korma",
            "developer",
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2", "OpenAI/Python 1.63.2")),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        runs = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 3.5)),
            bb.workday(tz, night=0.05),
            14.0,
            8.0,
            0.7,
        )
        ts_all, prompts, extra = [], [], []
        for run in runs:
            task = pick(rng, tx.DEV_TASKS).format(f=pick(rng, tx.REPO_FILES))
            ctx_tokens = irange(rng, 3000, 16000)
            for k, t in enumerate(run.tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_prompt(rng, task, k))
                extra.append(ctx_tokens + 600 * k)
        ts = np.asarray(ts_all)
        early = chance(rng, 0.6)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75 if early else 0.2),
            comp_median=260,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# cocker: a data-augmentation team paraphrasing their own support messages for an intent model


def cocker(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5))
    ips = bb.cloud(rng, 2, "aws")
    langs = {"en": 0.5, "de": 0.3, "fr": 0.2}
    for role in ("nightly_job", "nightly_job", "notebook"):
        a = _benign(
            ctx,
            rng,
            "cocker",
            role,
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1" if role != "notebook" else "OpenAI/Python 1.54.0",
            ips=list(ips),
            tz=tz,
        )
        if role == "nightly_job":
            starts = np.array(
                [
                    ctx.t0 + d * DAY + (2.0 - tz) * HOUR + float(rng.uniform(0, 15)) * MINUTE
                    for d in range(1, 8)
                ]
            )
            ts = _cat(bb.bursts(rng, starts, float(rng.uniform(180, 320)), 6.0, 0.5))
        else:
            ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 2.0, bb.workday(tz), 8.0, 40.0))
        prompts = [tx.augmentation_prompt(rng, lg) for lg in _langs(rng, len(ts), langs)]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.15, p_mini=0.6), comp_median=420
        )


# --------------------------------------------------------------------------------------------
# morale: a companion-chat app's backend (many users' messages through a few keys)


def morale(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 8), pick(rng, ("aws", "gcp")))
    keys = [
        _benign(
            ctx,
            rng,
            "morale",
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=list(ips),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = {"en": 0.55, "es": 0.12, "pt": 0.12, "ja": 0.08, "ko": 0.06, "de": 0.07}
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(700, 1000)) * 7,
        bb.global_load(float(rng.uniform(1, 4)), 0.7),
    )
    who = rng.integers(0, len(keys), size=len(ts))
    for j, a in enumerate(keys):
        t = ts[who == j]
        prompts = [tx.companion_message(rng, lg) for lg in _langs(rng, len(t), langs)]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.2, p_mini=0.7),
            comp_median=120,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# clamor: a statistics course cohort, one key per student on the department's card


def clamor(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, 2, tz)
    deadline = ctx.t0 + float(rng.uniform(4.6, 6.2)) * DAY

    def cram(base: bb.Curve) -> bb.Curve:
        def f(t: np.ndarray) -> np.ndarray:
            return np.clip(
                base(t) * (0.35 + 0.65 * np.exp(-np.abs(deadline - t) / (1.2 * DAY))), 0, 1
            )

        return f

    for _ in range(irange(rng, 40, 70)):
        a = _benign(
            ctx,
            rng,
            "clamor",
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3] + BG_PHONE),
            ips=list(campus) + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 1.6)),
                cram(bb.evening_person(tz)),
                4.0,
                70.0,
            )
        )
        prompts = [
            tx.course_question(rng)
            if chance(rng, 0.8)
            else tx.snippet(rng, pick(rng, ctx.chat), 10, 600)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=500)


# --------------------------------------------------------------------------------------------
# cackle: a university study replaying a public prompt set on every model version


def cackle(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 9))
    ips = bb.home(rng, 2, tz)
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 500, 1000), replace=False).tolist()
    ]
    keys = [
        _benign(
            ctx,
            rng,
            "cackle",
            "study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=list(ips),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    runs = [
        (ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY, ctx.old_models[0]),
        (ctx.t0 + float(rng.uniform(2.0, 3.5)) * DAY, ctx.old_models[-1]),
        (ctx.release + float(rng.uniform(6, 30)) * HOUR, ctx.new_model),
    ]
    for start, model in runs:
        ts = start + np.cumsum(rng.lognormal(np.log(4.0), 0.4, size=len(sample)))
        who = rng.integers(0, len(keys), size=len(ts))
        for j, a in enumerate(keys):
            sel = np.flatnonzero(who == j).tolist()
            ctx.emit(
                rng, a, ts[sel], [sample[x] for x in sel], models=model, comp_median=420, err=0.02
            )


# --------------------------------------------------------------------------------------------
# cockle: calibration research sampling each question many times on old and new models


def cockle(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), "gcp")
    keys = [
        _benign(
            ctx,
            rng,
            "cockle",
            "experiment",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=list(ips),
        )
        for _ in range(irange(rng, 1, 3))
    ]
    n_q = irange(rng, 70, 140)
    k = pick(rng, (10, 16, 20))
    with_math = chance(rng, 0.5)
    runs = [
        (ctx.t0 + float(rng.uniform(1, 3)) * DAY, ctx.old_models[0]),
        (ctx.release + float(rng.uniform(10, 50)) * HOUR, ctx.new_model),
    ]
    if chance(rng, 0.5):
        runs.append((ctx.t0 + float(rng.uniform(1, 3.5)) * DAY, ctx.old_models[-1]))
    for start, model in runs:
        a = pick(rng, keys)
        t = start
        ts_all, prompts = [], []
        for q in range(n_q):
            p = tx.calibration_question(q, with_math)
            for tk in (t + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k))).tolist():
                ts_all.append(tk)
                prompts.append(p)
            t = ts_all[-1] + float(rng.lognormal(np.log(3.0), 0.5))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=model,
            comp_median=60,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# realm: a translation shop's freelancers using a CAT-tool plugin, segment by segment


def realm(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    sents = [s for p in ctx.passages[:1500] for s in tx.sentences(p)]
    for _ in range(irange(rng, 10, 20)):
        tz = _tz(rng)
        pair = pick(rng, tx.CAT_PAIRS)
        a = _benign(
            ctx,
            rng,
            "realm",
            "translator",
            org=org,
            pay=pay,
            ua=pick(
                rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0")
            ),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        jobs = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)), bb.workday(tz), 25.0, 25.0, 0.9
        )
        ts_all, prompts = [], []
        for job in jobs:
            at = int(rng.integers(len(sents)))
            for seg, t in enumerate(job.tolist(), 1):
                ts_all.append(t)
                prompts.append(
                    tx.cat_segment_prompt(rng, pair, sents[(at + seg) % len(sents)], seg)
                )
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), p_new=0.3),
            comp_median=60,
            comp_sigma=0.6,
        )


BENIGN_KINDS = {
    "cloak": cloak,
    "croak": croak,
    "mocker": mocker,
    "korma": korma,
    "cocker": cocker,
    "morale": morale,
    "clamor": clamor,
    "cackle": cackle,
    "cockle": cockle,
    "realm": realm,
}
