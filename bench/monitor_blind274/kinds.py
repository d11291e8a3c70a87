"""Benign hard-negative kinds of batch 274 (code names: words of gyotaku fish printing).

Each kind is a generator `f(ctx, rng)` with its own `rng` (seeded by `bench.blind_batch` from
(seed, salt, 2, index)); every account it opens is labelled benign with the kind as its family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    Acct,
    Ctx,
    chance,
    irange,
    pick,
)
from bench.monitor_blind274 import texts as tx

Rng = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark suites the day the new model ships


def sumi_ink(ctx: Ctx, rng: Rng) -> None:
    kind = "sumi_ink"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 3, 6))
    ]
    suites = ("mcq", "cot", "code", "safety", "short")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    runs: list[tuple[float, str, int]] = []
    # nightly regression runs on the old model
    for d in range(int((ctx.release - ctx.t0) / DAY)):
        if chance(rng, 0.7):
            runs.append(
                (
                    ctx.t0 + d * DAY + (2 - tz) % 24 * HOUR + float(rng.uniform(0, 1800)),
                    ctx.old_models[0],
                    irange(rng, 200, 500),
                )
            )
    # the launch evaluation: big runs on the new model, comparison reruns on the old
    t = ctx.release + float(rng.uniform(1, 8)) * HOUR
    for _ in range(irange(rng, 3, 6)):
        runs.append((t, ctx.new_model, irange(rng, 500, 1500)))
        if chance(rng, 0.4):
            runs.append(
                (
                    t + float(rng.uniform(0.5, 3)) * HOUR,
                    ctx.old_models[int(rng.integers(2))],
                    irange(rng, 300, 800),
                )
            )
        t += float(rng.uniform(3, 20)) * HOUR
    for start, model, n in runs:
        a = pick(rng, keys)
        suite_w = tx.style_weights(rng, len(suites), 1.0)
        ts = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.4, size=n))
        prompts = [tx.eval_item(rng, tx.weighted(rng, suites, suite_w)) for _ in range(n)]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=300.0, comp_sigma=0.9, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators grading client data with a rubric, plus a pre-label pipeline


def tampo(ctx: Ctx, rng: Rng) -> None:
    kind = "tampo"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (8, 5, 3, -3)))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    clients = [
        pick(
            rng, ("Northwind", "Helix Retail", "Bluepeak Bank", "Orca Telecom", "Pinecrest Health")
        )
        for _ in range(2)
    ]
    style_w = tx.style_weights(rng, 3, 2.0)
    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(irange(rng, 10, 24)):
        a = _acct(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=office, tz=tz
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(5, 9)),
            bb.workday(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(60, 180)),
        )
        ts = _concat(sess)
        prompts = [
            tx.labelling_task(
                rng,
                ctx.chat,
                ctx.passages,
                pick(rng, clients),
                tx.weighted(rng, (0, 1, 2), style_w),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=120.0)
    pipe = _acct(
        ctx,
        rng,
        kind,
        "prelabel_pipeline",
        org=org,
        pay=pay,
        ua=pick(rng, SDK_COMMON),
        ips=bb.cloud(rng, 2, "aws"),
        tz=tz,
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(1, 3)), bb.nightly(1.0, 4.0, tz))
    ts = _concat(bb.bursts(rng, starts, float(rng.uniform(80, 250)), 0.8, b=ctx.t1))
    prompts = [
        tx.labelling_task(
            rng, ctx.chat, ctx.passages, pick(rng, clients), tx.weighted(rng, (0, 1), (1.0, 1.0))
        )
        for _ in range(len(ts))
    ]
    ctx.emit(rng, pipe, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=60.0)


# --------------------------------------------------------------------------------------------
# tutoring product: step-by-step explanations, switches to the new model by feature flag


def chokusetsu_ho(ctx: Ctx, rng: Rng) -> None:
    kind = "chokusetsu_ho"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    prod = _acct(ctx, rng, kind, "tutor_backend", org=org, pay=pay, ua=ua, ips=nat)
    stage = _acct(ctx, rng, kind, "tutor_staging", org=org, pay=pay, ua=ua, ips=nat[:1])
    tz = int(pick(rng, (-5, -3, 1, 8)))
    langs = {
        -5: ("en", "en", "es"),
        -3: ("es", "es", "en"),
        1: ("en", "ru", "en"),
        8: ("zh", "en", "zh"),
    }[tz]
    school = bb.workday(tz, 7.0, 22.0, weekend=0.5, night=0.05)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(600, 1200)) * 7, school)
    flag = ctx.release + float(rng.uniform(0.8, 2.0)) * DAY
    models = [
        ctx.new_model
        if t >= flag
        else (ctx.old_models[0] if chance(rng, 0.9) else ctx.old_models[1])
        for t in ts.tolist()
    ]
    prompts = [tx.tutoring(rng, ctx.chat, pick(rng, langs)) for _ in range(len(ts))]
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=480.0)
    sts = _concat(
        bb.bursts(rng, bb.thinned(rng, ctx.t0, ctx.t1, 20, bb.workday(tz)), 25, 3.0, b=ctx.t1)
    )
    ctx.emit(
        rng,
        stage,
        sts,
        [tx.tutoring(rng, ctx.chat, "en") for _ in range(len(sts))],
        models=ctx.models(rng, sts, 0.8, 0.2),
        comp_median=480.0,
    )


# --------------------------------------------------------------------------------------------
# course cohort: students doing the same assignment before a deadline


def kansetsu_ho(ctx: Ctx, rng: Rng) -> None:
    kind = "kansetsu_ho"
    tz = int(pick(rng, (-5, 0, 1, 2, 5, 9)))
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    course = pick(
        rng, ("CS4120 Applied NLP", "DS210 Data Practicum", "INF-LM Seminar", "ECON 3xx AI Tools")
    )
    week = irange(rng, 3, 9)
    deadline = ctx.t0 + float(rng.uniform(4.6, 6.5)) * DAY
    style_w = tx.style_weights(rng, 4, 2.0)
    v6 = {-5: "us_mobile", 5: "in_mobile"}.get(tz, "eu_mobile")
    p_new = float(rng.uniform(0.4, 0.8))

    def urgency(ts: np.ndarray) -> np.ndarray:
        days_left = np.maximum((deadline - np.asarray(ts)) / DAY, 0.05)
        base = bb.evening_person(tz, 3.0)(ts)
        return np.clip(base * np.minimum(1.0, 0.8 / days_left), 0, 1) * (
            np.asarray(ts) < deadline + 2 * HOUR
        )

    for _ in range(irange(rng, 25, 45)):
        r = rng.random()
        ua = (
            pick(rng, BROWSERS)
            if r < 0.5
            else pick(rng, SDK_COMMON)
            if r < 0.85
            else pick(rng, MOBILE)
        )
        phone = ua in MOBILE
        home = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", ua=ua, ips=home + campus, tz=tz)
        start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            urgency,
            float(rng.uniform(4, 12)),
            float(rng.uniform(30, 120)),
        )
        sess = [s for s in sess if len(s)]
        if not sess:
            continue
        ips: list[str] = []
        for s in sess:
            addr = (
                bb.mobile_v6(rng, 1, v6)[0]
                if phone and chance(rng, 0.6)
                else pick(rng, home + campus)
            )
            ips.extend([addr] * len(s))
        ts = np.concatenate(sess)
        order = np.argsort(ts, kind="stable")
        prompts = [
            tx.assignment(rng, course, week, tx.weighted(rng, (0, 1, 2, 3), style_w))
            if chance(rng, 0.7)
            else tx.clip(pick(rng, ctx.chat), 600)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], p_new, 0.2),
            ips=[ips[j] for j in order.tolist()],
            comp_median=700.0,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrases, polite rewrites and labels of their own reviews


def hanko(ctx: Ctx, rng: Rng) -> None:
    kind = "hanko"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, -5, 9)))
    product = pick(rng, ("marketplace", "food delivery", "banking app", "ride-hailing"))
    ips = bb.cloud(rng, 2, "azure")
    style_w = tx.style_weights(rng, 4, 1.5)
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "semantic-kernel-dotnet/1.36.0")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, bb.nightly(22.0, 6.0, tz)
        )
        ts = _concat(bb.bursts(rng, starts, float(rng.uniform(60, 200)), 1.2, b=ctx.t1))
        prompts = [
            tx.augmentation(rng, tx.weighted(rng, (0, 1, 2, 3), style_w), product)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.4), comp_median=260.0)
    dev = _acct(
        ctx,
        rng,
        kind,
        "data_scientist",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=bb.home(rng, 1, tz),
        tz=tz,
    )
    ts = _concat(bb.session_times(rng, ctx.t0, ctx.t1, 3, bb.workday(tz), 5, 90))
    ctx.emit(
        rng,
        dev,
        ts,
        [tx.augmentation(rng, int(rng.integers(4)), product) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.6, 0.1),
        comp_median=260.0,
    )


# --------------------------------------------------------------------------------------------
# coding agent: a dev team's agent loop with growing context


def fude(ctx: Ctx, rng: Rng) -> None:
    kind = "fude"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2, 5)))
    office = bb.home(rng, 2, tz)
    repo = pick(rng, ("payments-api", "mobile-shell", "infra-tools", "search-svc"))
    ua = pick(rng, ("codeagent-cli/2.3.1", "litellm/1.60.2", "OpenAI/NodeJS 4.85.1"))
    p_new = float(rng.uniform(0.5, 0.9))
    for _ in range(irange(rng, 8, 18)):
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz),
            float(rng.uniform(10, 25)),
            float(rng.uniform(6, 18)),
            0.6,
        )
        sess = [s for s in sess if len(s)]
        if not sess:
            continue
        ts = np.concatenate(sess)
        extra = np.concatenate([400 + 350 * np.arange(len(s)) for s in sess])
        order = np.argsort(ts, kind="stable")
        prompts = [tx.agent_dev(rng, repo) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], p_new, 0.05),
            extra=extra[order],
            comp_median=300.0,
            comp_sigma=0.8,
        )


# --------------------------------------------------------------------------------------------
# companion app: many users' chats behind a backend key, history as context


def bokuju(ctx: Ctx, rng: Rng) -> None:
    kind = "bokuju"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "companion_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.63.2",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    ts_all, prompts, extra = [], [], []
    for _ in range(irange(rng, 150, 300)):
        tz = int(pick(rng, bb.TZS))
        lang = {-3: "es", 9: "ja"}.get(tz, "en")
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(4, 12)),
            float(rng.uniform(15, 50)),
        ):
            ts_all.append(s)
            hist = irange(rng, 200, 2500)
            for j in range(len(s)):
                prompts.append(tx.companion(rng, ctx.chat, lang))
                extra.append(hist + 90 * j)
    ts = np.concatenate(ts_all)
    order = np.argsort(ts, kind="stable")
    ts, extra_a = ts[order], np.asarray(extra)[order]
    prompts = [prompts[j] for j in order.tolist()]
    who = rng.integers(0, len(keys), size=len(ts))
    for i, a in enumerate(keys):
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, ts[sel], 0.2, 0.5),
            extra=extra_a[sel],
            comp_median=140.0,
        )


# --------------------------------------------------------------------------------------------
# translation shop: translators and a pipeline in one office


def rakkan(ctx: Ctx, rng: Rng) -> None:
    kind = "rakkan"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 3, 9)))
    office = bb.home(rng, 2, tz)
    targets = sorted(
        rng.choice(list(tx.LANG_NAMES), size=irange(rng, 4, 6), replace=False).tolist()
    )
    clients = ("Lumen Insurance", "Harbor Pharma", "Kestrel Games", "Atlas Legal")
    p_new = float(rng.uniform(0.2, 0.6))
    for _ in range(irange(rng, 3, 7)):
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 8)),
                bb.workday(tz),
                float(rng.uniform(4, 10)),
                float(rng.uniform(120, 400)),
            )
        )
        prompts = [
            tx.translation_job(
                rng, ctx.passages, pick(rng, clients), pick(rng, targets), int(rng.integers(3))
            )
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=600.0)
    pipe = _acct(
        ctx,
        rng,
        kind,
        "tm_pipeline",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=office[:1],
        tz=tz,
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), bb.workday(tz, weekend=0.0))
    ts = _concat(bb.bursts(rng, starts, float(rng.uniform(40, 120)), 2.0, b=ctx.t1))
    prompts = [
        tx.translation_job(rng, ctx.passages, pick(rng, clients), pick(rng, targets), 0)
        for _ in range(len(ts))
    ]
    ctx.emit(rng, pipe, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=650.0)


# --------------------------------------------------------------------------------------------
# research study: many samples of each item, on both model generations


def suzuri(ctx: Ctx, rng: Rng) -> None:
    kind = "suzuri"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 9)))
    campus = bb.home(rng, 1, tz)
    cluster = bb.cloud(rng, 2, "gcp")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=campus + cluster,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    study = int(rng.integers(3))
    items = [tx.variability_item(rng, ctx.chat, study) for _ in range(irange(rng, 80, 250))]
    n_samples = irange(rng, 10, 25)
    runs = [(ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[0])]
    after = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    runs += [(after, ctx.new_model), (after + float(rng.uniform(1, 6)) * HOUR, ctx.old_models[0])]
    for start, model in runs:
        a = pick(rng, keys)
        sub = [
            items[i]
            for i in sorted(
                rng.choice(len(items), size=max(10, len(items) // 2), replace=False).tolist()
            )
        ]
        n = len(sub) * n_samples
        ts = start + np.cumsum(rng.exponential(float(rng.uniform(0.5, 2.0)), size=n))
        prompts = [p for p in sub for _ in range(n_samples)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model,
            comp_median=45.0,
            comp_sigma=0.6,
            ips=pick(rng, a.ips),
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# agency / reseller: client workspaces behind one gateway and one card


def funori(ctx: Ctx, rng: Rng) -> None:
    kind = "funori"
    pay = bb.hexid(rng, "pay")
    gateway = bb.cloud(rng, 2, pick(rng, ("digitalocean", "hetzner", "aws")))
    p_new = float(rng.uniform(0.2, 0.5))
    for _ in range(irange(rng, 10, 20)):
        tz = int(pick(rng, bb.TZS))
        a = _acct(
            ctx, rng, kind, "client_workspace", pay=pay, ua="litellm/1.60.2", ips=gateway, tz=tz
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.lognormal(np.log(2.5), 0.6)),
            bb.workday(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 150)),
        )
        ts = _concat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new, 0.2),
            comp_median=330.0,
        )


BENIGN_KINDS = {
    "sumi_ink": sumi_ink,
    "tampo": tampo,
    "chokusetsu_ho": chokusetsu_ho,
    "kansetsu_ho": kansetsu_ho,
    "hanko": hanko,
    "fude": fude,
    "bokuju": bokuju,
    "rakkan": rakkan,
    "suzuri": suzuri,
    "funori": funori,
}
