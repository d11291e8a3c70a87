"""Benign hard-negative kinds of blind batch 201 (code names: batik words).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general), labelled benign in the truth.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind201 import texts as tx

Rng = np.random.Generator


def _flatten(sessions: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    sessions = [s for s in sessions if len(s)]
    if not sessions:
        return np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ts = np.concatenate(sessions)
    sid = np.concatenate([np.full(len(s), i, dtype=np.int64) for i, s in enumerate(sessions)])
    pos = np.concatenate([np.arange(len(s), dtype=np.int64) for s in sessions])
    return ts, sid, pos


def _workday_starts(rng: Rng, ctx: Ctx, n: int, tz: int, a: float | None = None) -> list[float]:
    """`n` run start times inside working hours of `tz`."""
    t = thinned(
        rng, a if a is not None else ctx.t0, ctx.t1, n * 3.0, workday(tz, 9.0, 18.0, 0.02, 0.0)
    )
    if len(t) == 0:
        return []
    return np.sort(rng.choice(t, size=min(n, len(t)), replace=False)).tolist()


# ------------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark suites with step-by-step prompts, every model, repeated runs


def parang(ctx: Ctx, rng: Rng) -> None:
    kind = "parang"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (-8, -5, 0, 1))
    cluster = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.54.0"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cluster,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    suites = {
        "gsm": irange(rng, 150, 300),
        "mcq": irange(rng, 150, 300),
        "cot": irange(rng, 100, 200),
    }
    models = list(ctx.old_models) + [ctx.new_model]
    for s in _workday_starts(rng, ctx, irange(rng, 6, 11), tz):
        suite = pick(rng, sorted(suites))
        avail = [m for m in models if m != ctx.new_model or s >= ctx.release]
        if s >= ctx.release and rng.random() < 0.6:
            model = ctx.new_model
        else:
            model = pick(rng, avail)
        a = pick(rng, keys)
        n = suites[suite]
        ts = s + np.cumsum(rng.lognormal(np.log(0.9), 0.6, n))
        prompts = [tx.eval_item(rng, i, suite) for i in range(n)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model,
            comp_median=500.0 if suite != "mcq" else 8.0,
            comp_sigma=0.5,
            err=0.01,
        )


# ------------------------------------------------------------------------------------------------
# labelling vendor: annotators in shifts comparing and checking responses in a web tool


def kawung(ctx: Ctx, rng: Rng) -> None:
    kind = "kawung"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (8, 3, 5))
    office = home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, BROWSERS)
    version = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 12, 25)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, 7.0, 19.0, 0.1, 0.0),
            float(rng.uniform(8, 20)),
            float(rng.uniform(60, 180)),
            0.8,
        )
        ts, _, _ = _flatten(sess)
        prompts = [tx.annotation_task(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.05), comp_median=250.0)


# ------------------------------------------------------------------------------------------------
# trust & safety team: rewriting flagged posts in several languages, 24/7 backend


def truntum(ctx: Ctx, rng: Rng) -> None:
    kind = "truntum"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "gcp")
    langs = ("en", "es", "pt", "de")
    w = rng.dirichlet(np.ones(4)) * 0.5
    w[0] += 0.5
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(6, 15)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(14, 20)), 0.5),
        )
        prompts = [
            tx.moderation_rewrite(rng, lang, ctx.chat)
            for lang in tx.choose(rng, langs, w.tolist(), len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.3), comp_median=120.0)


# ------------------------------------------------------------------------------------------------
# coding agent (bring-your-own-key IDE extension): developers' multi-step tool episodes


def ceplok(ctx: Ctx, rng: Rng) -> None:
    kind = "ceplok"
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, workday(tz))
        eps = []
        for s in starts.tolist():
            k = irange(rng, 3, 15)
            eps.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.7, k - 1))])
            )
        ts, _, pos = _flatten(eps)
        prompts = [tx.ide_agent_turn(rng, ctx.chat, p) for p in pos.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=300.0,
            extra=2000 + pos * irange(rng, 400, 900),
        )


# ------------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase jobs for their own intent classifier


def lereng(ctx: Ctx, rng: Rng) -> None:
    kind = "lereng"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (0, 1, 2))
    ip = cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=ip,
            tz=tz,
        )
        nights = rng.choice(7, size=irange(rng, 2, 4), replace=False)
        ts_l = []
        for d in sorted(nights.tolist()):
            a0 = ctx.t0 + d * DAY
            t = thinned(rng, a0, a0 + DAY, float(rng.uniform(250, 500)), nightly(1.0, 3.0, tz))
            ts_l.append(t)
        ts = np.concatenate(ts_l)
        prompts = [tx.augmentation_request(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=600.0,
            comp_sigma=0.4,
        )


# ------------------------------------------------------------------------------------------------
# companion app: persona chat of many end users through the app's servers


def sogan(ctx: Ctx, rng: Rng) -> None:
    kind = "sogan"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 4, 10), "aws")
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(6, 12)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(20.0, 0.8),
        )
        prompts = [tx.companion_message(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.7),
            comp_median=90.0,
            extra=rng.integers(1200, 3500, size=len(ts)),
        )


# ------------------------------------------------------------------------------------------------
# calibration research study: the same question sampled many times per condition


def nitik(ctx: Ctx, rng: Rng) -> None:
    kind = "nitik"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (0, 1, 2))
    ips = resi(rng, 2, "eu")
    study = f"CALIB-{irange(rng, 10, 99)}"
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_runner",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    models = list(ctx.old_models) + [ctx.new_model]
    for s in _workday_starts(rng, ctx, irange(rng, 3, 6), tz):
        model = ctx.new_model if s >= ctx.release and rng.random() < 0.5 else pick(rng, models[:2])
        cond = pick(rng, ("numeric", "verbal", "numeric-cot"))
        a = pick(rng, keys)
        ts_l, p_l = [], []
        t = s
        for _ in range(irange(rng, 60, 120)):
            item = tx.calibration_item(rng, study, cond)
            k = irange(rng, 8, 15)
            tt = t + np.cumsum(rng.lognormal(np.log(0.5), 0.5, k))
            ts_l.extend(tt.tolist())
            p_l.extend([item] * k)
            t = float(tt[-1]) + float(rng.uniform(0.5, 3))
        ctx.emit(rng, a, np.asarray(ts_l), p_l, models=model, comp_median=40.0, comp_sigma=0.5)


# ------------------------------------------------------------------------------------------------
# course cohort: students of one class working the same lab before a deadline


def cecek(ctx: Ctx, rng: Rng) -> None:
    kind = "cecek"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (-5, 0, 1, 5))
    campus = home(rng, 2, tz)
    week = irange(rng, 3, 9)
    deadline = ctx.t0 + irange(rng, 4, 6) * DAY + (23.9 - tz) * HOUR

    def curve(ts: np.ndarray) -> np.ndarray:
        ramp = np.clip(1 - (deadline - ts) / (4 * DAY), 0.15, 1.0)
        return np.where(ts > deadline, 0.05, ramp) * evening_person(tz)(ts)

    for _ in range(irange(rng, 30, 60)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz) + campus,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.5)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 200)),
        )
        ts, sid, _ = _flatten(sess)
        where = [pick(rng, a.ips) for _ in range(max(1, len(sess)))]
        prompts = [tx.course_question(rng, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            ips=[where[s] for s in sid.tolist()],
            comp_median=380.0,
        )


# ------------------------------------------------------------------------------------------------
# translation agency: client projects translated into many languages in office hours


def tjanting(ctx: Ctx, rng: Rng) -> None:
    kind = "tjanting"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (0, 1, 2, -3))
    office = home(rng, 1, tz)
    cat_tool = cloud(rng, 2, pick(rng, ("hetzner", "ovh", "azure")))
    for _ in range(irange(rng, 3, 6)):
        client = pick(rng, ("Nordlicht", "Aurea", "Kestrel", "Bramble", "Soltera", "Vantor"))
        src = pick(rng, ("English", "English", "German", "Spanish"))
        others = [x for x in tx.PRODUCT_LANGS if x != src]
        targets = [str(x) for x in rng.choice(others, size=irange(rng, 3, 8), replace=False)]
        use_tool = rng.random() < 0.5
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_project",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)" if use_tool else pick(rng, BROWSERS),
            ips=cat_tool if use_tool else office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * 9 * 5, workday(tz))
        prompts = [
            tx.agency_translation(rng, ctx.passages, client, src, pick(rng, targets))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.05), comp_median=400.0)


# ------------------------------------------------------------------------------------------------
# tutoring product: students' questions with step-by-step guidance through the app's servers


def sidomukti(ctx: Ctx, rng: Rng) -> None:
    kind = "sidomukti"
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, (-5, 5, 8, -3))
    ips = cloud(rng, 3, "azure")
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=tz,
        )
        curve = evening_person(tz, 3.0)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * (ctx.t1 - ctx.t0) / HOUR * 0.4, curve
        )
        grades = rng.integers(6, 13, size=len(ts)).tolist()
        prompts = [tx.tutoring_question(rng, g, ctx.chat) for g in grades]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.2),
            comp_median=260.0,
            ips=sticky(rng, ts, ips, 5 * MINUTE),
        )


BENIGN_KINDS = {
    "parang": parang,
    "kawung": kawung,
    "truntum": truntum,
    "ceplok": ceplok,
    "lereng": lereng,
    "sogan": sogan,
    "nitik": nitik,
    "cecek": cecek,
    "tjanting": tjanting,
    "sidomukti": sidomukti,
}
