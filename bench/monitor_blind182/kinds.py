"""Benign hard-negative kinds of blind batch 182 (code names from kite fighting).

Each kind is a function `(ctx, rng)` that opens legitimate accounts and writes their events; each
is built to resemble a campaign (see the batch README for which) while being ordinary,
permitted use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    NAMES,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    chance,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.blind_batch import cloud as cloud_ips
from bench.monitor_blind182 import texts

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    chunks = [c for c in chunks if len(c)]
    return np.sort(np.concatenate(chunks)) if chunks else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark sweeps with step-by-step prompts, re-run on every model


def manja(ctx: Ctx, rng: Rng) -> None:
    kind = "manja"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    suites = list(texts.SUITES)
    for _ in range(n_keys):
        a = _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud_ips(rng, irange(rng, 1, 3), provider),
        )
        runs = irange(rng, 3, 7)
        for r in range(runs):
            post = r >= 1 or chance(rng, 0.3)
            lo = ctx.release if post else ctx.t0
            s = float(rng.uniform(lo, ctx.t1 - 6 * HOUR))
            if post and r < 3:
                s = ctx.release + float(rng.uniform(0.05, 0.8)) * DAY  # launch-day evaluation
            suite = pick(rng, suites)
            n_items = irange(rng, 120, 350)
            model = ctx.new_model if post and chance(rng, 0.75) else pick(rng, ctx.old_models)
            ts = s + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=n_items))
            prompts = [texts.eval_item(rng, suite, j) for j in range(n_items)]
            ctx.emit(rng, a, ts, prompts, models=model, comp_median=450.0, err=0.03)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling preference pairs


def charkhi(ctx: Ctx, rng: Rng) -> None:
    kind = "charkhi"
    tz = pick(rng, (8, 5, 3, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tool = cloud_ips(rng, 2, pick(rng, ("aws", "gcp")))
    guideline = irange(rng, 2, 7)
    n = irange(rng, 10, 25)
    task = irange(rng, 10000, 90000)
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + tool,
            tz=tz,
        )
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                workday(tz),
                10.0,
                float(rng.uniform(35, 90)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            task += irange(rng, 1, 3)
            prompts.append(texts.prelabel(rng, guideline, task, ctx.chat, ctx.passages))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=110.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# trust & safety: moderating and redacting user posts for a platform


def pench(ctx: Ctx, rng: Rng) -> None:
    kind = "pench"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud_ips(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "ovh")))
    platform = pick(rng, texts.PLATFORMS)
    curve = global_load(float(rng.uniform(14, 21)), float(rng.uniform(0.3, 0.6)))
    per_hour = float(rng.uniform(8, 18))
    for _ in range(n_keys):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * 7 * 24, curve)
        prompts = [texts.moderation(rng, platform, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=140.0,
        )


# --------------------------------------------------------------------------------------------
# coding agent product: per-workspace keys, tool-call steps with large file context


def dheel(ctx: Ctx, rng: Rng) -> None:
    kind = "dheel"
    n_keys = irange(rng, 6, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    fleet = cloud_ips(rng, irange(rng, 4, 8), "aws")
    product = pick(rng, ("Patchwise", "Forgehand", "Codewright"))
    ua = pick(rng, ("reqwest/0.12.12", "OpenAI/NodeJS 4.85.1"))
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        a = _benign(ctx, rng, kind, "workspace", org=org, pay=card, ua=ua, ips=fleet, tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)) * 7, workday(tz))
        ts = _flat(
            bursts(rng, starts, float(rng.uniform(6, 20)), float(rng.uniform(4, 12)), 0.7, b=ctx.t1)
        )
        out = [texts.coding_agent(rng, product, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in out],
            models=ctx.models(rng, ts, p_new=0.6),
            extra=[e for _, e in out],
            comp_median=260.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrase jobs for their own intent classifier


def latai(ctx: Ctx, rng: Rng) -> None:
    kind = "latai"
    domain = pick(rng, list(texts.INTENTS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud_ips(rng, 1, pick(rng, ("gcp", "aws"))),
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), nightly(1.0, 4.0, pick(rng, TZS))
        )
        ts = _flat(
            bursts(
                rng, starts, float(rng.uniform(100, 250)), float(rng.uniform(0.8, 2.0)), b=ctx.t1
            )
        )
        prompts = [texts.paraphrase_request(rng, domain) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
            comp_median=220.0,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# companion app: multi-turn chats relayed by the app's backend


def cerol(ctx: Ctx, rng: Rng) -> None:
    kind = "cerol"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud_ips(rng, irange(rng, 3, 6), pick(rng, ("gcp", "digitalocean", "aws")))
    chars = [
        f"{pick(rng, NAMES)}, {pick(rng, ('cheerful barista', 'moody poet', 'space pilot', 'study buddy'))}"
        for _ in range(6)
    ]
    curve = global_load(float(rng.uniform(0, 4)), float(rng.uniform(0.5, 0.8)))
    for _ in range(irange(rng, 1, 3)):
        a = _benign(ctx, rng, kind, "app_backend", org=org, pay=card, ua="axios/1.7.9", ips=ips)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * 7 * 24, curve)
        ts = _flat(
            bursts(rng, starts, float(rng.uniform(3, 7)), float(rng.uniform(15, 45)), 0.8, b=ctx.t1)
        )
        out = [texts.companion_turn(rng, pick(rng, chars)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in out],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.7),
            extra=[e for _, e in out],
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# research study: repeated sampling for a calibration / self-consistency paper


def rabiola(ctx: Ctx, rng: Rng) -> None:
    kind = "rabiola"
    tz = pick(rng, (0, 1, 2, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "phd_student",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3)):
            s = float(rng.uniform(ctx.t0, ctx.t1 - DAY))
            n_items, k = irange(rng, 40, 100), irange(rng, 5, 10)
            model = (
                pick(rng, [ctx.new_model, *ctx.old_models])
                if s >= ctx.release
                else pick(rng, ctx.old_models)
            )
            first = irange(rng, 0, 500)
            gaps = rng.lognormal(np.log(1.5), 0.5, size=n_items * k)
            ts = s + np.cumsum(gaps)
            prompts = [texts.calibration_item(rng, first + j // k) for j in range(n_items * k)]
            ctx.emit(
                rng, a, ts, prompts, models=model, ips=pick(rng, campus), comp_median=60.0, err=0.02
            )


# --------------------------------------------------------------------------------------------
# bootcamp cohort: many fresh accounts working through the same exercises


def pakpao(ctx: Ctx, rng: Rng) -> None:
    kind = "pakpao"
    tz = pick(rng, TZS)
    campus = home(rng, 1, tz)
    school_pays = chance(rng, 0.5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    week0 = irange(rng, 1, 6)
    day0 = np.floor(ctx.t0 / DAY)
    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, (*BROWSERS[:3], "OpenAI/Python 1.54.0"))
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org if school_pays else None,
            pay=card if school_pays else None,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        klass = _flat(
            session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz, 9.0, 12.5, 0.0, 0.0), 8.0, 100.0)
        )
        eve = _flat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.9)), evening_person(tz), 4.0, 120.0
            )
        )
        ts = np.sort(np.concatenate([klass, eve]))
        in_class = set(klass.tolist())
        ips = [campus[0] if t in in_class else a.ips[-1] for t in ts.tolist()]
        prompts = []
        for t in ts.tolist():
            week = week0 + int((np.floor(t / DAY) - day0) // 3)
            prompts.append(texts.cohort_exercise(rng, week, irange(rng, 1, 6), ctx.chat))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), ips=ips, comp_median=400.0
        )


# --------------------------------------------------------------------------------------------
# marketing agency / reseller: one org, one card, a key per client


def tukkal(ctx: Ctx, rng: Rng) -> None:
    kind = "tukkal"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [pick(rng, TZS) for _ in range(2)]
    curve = multi_office(tzs)
    for _ in range(irange(rng, 10, 25)):
        provider = pick(rng, ("aws", "gcp", "digitalocean", "hetzner", "azure"))
        a = _benign(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON + SDK_OTHER),
            ips=cloud_ips(rng, irange(rng, 1, 2), provider),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 110)) * 7, curve)
        prompts = [texts.agency_copy(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=300.0)


# --------------------------------------------------------------------------------------------
# translation shop: CAT-tool segments, office hours


def firki(ctx: Ctx, rng: Rng) -> None:
    kind = "firki"
    tz = pick(rng, (1, 2, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 1, "eu")
    ua = pick(
        rng, ("memoQ/11.2 LLM-plugin", "TradosStudio/18.1 AI-Assistant", "Phrase-TMS-connector/2.3")
    )
    pairs = [("en-GB", t) for t in ("de-DE", "fr-FR", "pl-PL", "it-IT", "nl-NL", "sv-SE", "ja-JP")]
    for _ in range(irange(rng, 3, 8)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 5, workday(tz))
        ts = _flat(
            bursts(
                rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(6, 30)), 0.8, b=ctx.t1
            )
        )
        prompts = []
        for _ in range(len(ts)):
            src, tgt = pick(rng, pairs)
            prompts.append(
                texts.cat_segment(rng, src, tgt, f"JOB-{irange(rng, 1000, 1400)}", ctx.passages)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=60.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "manja": manja,
    "charkhi": charkhi,
    "pench": pench,
    "dheel": dheel,
    "latai": latai,
    "cerol": cerol,
    "rabiola": rabiola,
    "pakpao": pakpao,
    "tukkal": tukkal,
    "firki": firki,
}
