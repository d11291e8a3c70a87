"""Benign hard-negative kinds of blind batch 106 (code names: woodturning words).

Each kind is a function `(ctx, rng)` that creates legitimate accounts built to resemble one of the
batch's campaign families (or a campaign in general) and writes their events. The README card
says what each kind looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind106 import texts as tx

Rng = np.random.Generator


def _flatten(sessions: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not sessions:
        return np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ts = np.concatenate(sessions)
    sid = np.concatenate([np.full(len(s), i, dtype=np.int64) for i, s in enumerate(sessions)])
    pos = np.concatenate([np.arange(len(s), dtype=np.int64) for s in sessions])
    return ts, sid, pos


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking chain-of-thought on every model, the new one first


def bowl_gouge(ctx: Ctx, rng: Rng) -> None:
    kind = "bowl_gouge"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "gcp")
    keys = [
        _benign(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, [old, mini]),
        (ctx.release + float(rng.uniform(2, 10)) * HOUR, [new]),
        (ctx.release + float(rng.uniform(1.0, 2.5)) * DAY, [new, old, mini]),
    ]
    for start, models in runs:
        t = start
        for suite in pick(rng, (("gsm", "hard"), ("mcq", "gsm"), ("hard", "mcq", "gsm"))):
            n_items, samples = irange(rng, 100, 300), pick(rng, (1, 1, 3))
            for model in models:
                key = pick(rng, keys)
                n = n_items * samples
                ts = t + np.cumsum(rng.lognormal(np.log(0.5), 0.5, size=n))
                prompts = [
                    tx.eval_item(rng, suite, i) for i in range(n_items) for _ in range(samples)
                ]
                ctx.emit(
                    rng, key, ts, prompts, models=model, comp_median=600.0, comp_sigma=0.5, err=0.02
                )
                t = float(ts[-1]) + float(rng.uniform(2, 20)) * MINUTE


# --------------------------------------------------------------------------------------------
# a labelling vendor's QA team grading chatbot replies against a guideline


def skew_chisel(ctx: Ctx, rng: Rng) -> None:
    kind = "skew_chisel"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = 8 if chance(rng, 0.5) else 5
    office = bb.resi(rng, 2, "sea" if tz == 8 else "in")
    for _ in range(irange(rng, 10, 18)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            float(rng.uniform(8, 18)),
            float(rng.uniform(40, 90)),
        )
        ts, _, _ = _flatten(sessions)
        guide = [3 if t < ctx.t0 + 3 * DAY else 4 for t in ts.tolist()]
        prompts = [tx.annotator_prompt(rng, g, ctx.chat, ctx.passages) for g in guide]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=160.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# a platform's trust-and-safety tooling suggesting policy-compliant edits of flagged posts


def parting_tool(ctx: Ctx, rng: Rng) -> None:
    kind = "parting_tool"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "azure")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_backend",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    curve = bb.global_load(float(rng.uniform(14, 20)), 0.5)
    for key, ts in zip(
        keys,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 28)), len(keys), curve),
        strict=True,
    ):
        langs = [tx.weighted(rng, ["en", "es", "pt"], [0.6, 0.25, 0.15]) for _ in range(len(ts))]
        prompts = [tx.moderation_prompt(rng, lang, ctx.chat) for lang in langs]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=140.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# a company's developers running an IDE coding agent


def faceplate(ctx: Ctx, rng: Rng) -> None:
    kind = "faceplate"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, -8))
    office = bb.home(rng, 1, tz)
    repo = pick(rng, ("shopfront", "billing-api", "ops-dashboard", "mobile-bff"))
    for _ in range(irange(rng, 8, 14)):
        user = pick(rng, bb.NAMES).lower()
        ua = pick(rng, ("Cline/3.4.1", "Aider/0.72.1", "Continue/0.9.2 (vscode)"))
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.workday(tz),
            float(rng.uniform(12, 25)),
            9.0,
            0.7,
        )
        ts, sid, pos = _flatten(sessions)
        tasks = [pick(rng, tx.DEV_TASKS) for _ in sessions]
        prompts = [
            tx.dev_agent_step(rng, user, repo, tasks[s], p, ctx.passages)
            for s, p in zip(sid.tolist(), pos.tolist(), strict=True)
        ]
        extra = np.asarray([400 + p * irange(rng, 200, 600) for p in pos.tolist()], dtype=np.int64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.02),
            comp_median=220.0,
            comp_sigma=0.7,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a support team generating paraphrases to train its own intent classifier, nightly


def tailstock(ctx: Ctx, rng: Rng) -> None:
    kind = "tailstock"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ip = bb.cloud(rng, 1, "aws")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ip,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    curve = bb.nightly(float(rng.uniform(0.5, 2.5)), 3.0, 1)
    for key in keys:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 350)) * 7, curve)
        prompts = [tx.augmentation_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=900.0,
            comp_sigma=0.45,
        )


# --------------------------------------------------------------------------------------------
# a companion chat app's backend: persona roleplay and endless small talk, worldwide


def tool_rest(ctx: Ctx, rng: Rng) -> None:
    kind = "tool_rest"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 5), "gcp")
    keys = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=ips
        )
        for _ in range(irange(rng, 3, 4))
    ]
    curve = bb.global_load(float(rng.uniform(0, 4)), 0.55)
    for key, ts in zip(
        keys,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 50)), len(keys), curve),
        strict=True,
    ):
        langs = [
            tx.weighted(rng, ["en", "es", "pt", "ja"], [0.6, 0.15, 0.15, 0.1])
            for _ in range(len(ts))
        ]
        prompts = [tx.companion_prompt(rng, lang, ctx.chat) for lang in langs]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.25),
            comp_median=140.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: keys handed out in one lecture, homework deadlines


def spur_drive(ctx: Ctx, rng: Rng) -> None:
    kind = "spur_drive"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5))
    campus = bb.home(rng, 2, tz)
    course = pick(rng, ("CS 214", "ECON 301", "DATA 110"))
    lecture = ctx.t0 + 1 * DAY + (10 - tz) * HOUR
    deadlines = [ctx.t0 + 4 * DAY + (23.98 - tz) * HOUR, ctx.t0 + 6 * DAY + (12 - tz) * HOUR]
    base = bb.evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        boost = sum(((ts < d) & (ts > d - 30 * HOUR)).astype(np.float64) for d in deadlines)
        return np.clip(base(ts) * (1 + 2.5 * boost) / 3.5, 0, 1)

    for _ in range(irange(rng, 30, 45)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.8) else "OpenAI/Python 1.54.0"
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        start = lecture + float(rng.exponential(2 * HOUR))
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.6, 1.6)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(40, 120)),
        )
        ts, _, _ = _flatten(sessions)
        hw = [3 if t < deadlines[0] else 4 for t in ts.tolist()]
        prompts = [tx.homework_prompt(rng, course, h, ctx.chat) for h in hw]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            comp_median=420.0,
        )


# --------------------------------------------------------------------------------------------
# a translation agency localising client copy into many locales


def jam_chuck(ctx: Ctx, rng: Rng) -> None:
    kind = "jam_chuck"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), 1)
    cat = bb.cloud(rng, 1, "aws")
    for i in range(irange(rng, 4, 8)):
        tool = i == 0
        a = _benign(
            ctx,
            rng,
            kind,
            "cat_tool" if tool else "translator",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)" if tool else pick(rng, bb.BROWSERS),
            ips=cat if tool else office,
            tz=1,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(1),
            float(rng.uniform(6, 16)),
            float(rng.uniform(30, 120)),
        )
        ts, sid, pos = _flatten(sessions)
        targets = {
            s: [tx.LANGS[j] for j in rng.permutation(len(tx.LANGS))[: irange(rng, 4, 10)].tolist()]
            for s in range(len(sessions))
        }
        clients = {s: pick(rng, tx.CLIENTS) for s in range(len(sessions))}
        prompts = []
        for s, p in zip(sid.tolist(), pos.tolist(), strict=True):
            code, name = targets[s][p % len(targets[s])]
            prompts.append(tx.agency_translation(rng, clients[s], code, name, ctx.passages))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.15),
            comp_median=260.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a social-science study measuring answer variability: each item sampled many times per model


def cole_jaws(ctx: Ctx, rng: Rng) -> None:
    kind = "cole_jaws"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0))
    uni = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "aws")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=uni,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    run_starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), bb.workday(tz))
    for start in run_starts.tolist():
        models = [old, mini] + ([new] if start >= ctx.release else [])
        n_items, reps = irange(rng, 15, 40), pick(rng, (5, 10, 20))
        first = irange(rng, 0, 200)
        key = pick(rng, keys)
        t = start
        for model in models:
            prompts = [tx.survey_item(rng, first + i) for i in range(n_items) for _ in range(reps)]
            ts = t + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=len(prompts)))
            ctx.emit(
                rng, key, ts, prompts, models=model, comp_median=45.0, comp_sigma=0.4, err=0.02
            )
            t = float(ts[-1]) + 60.0


# --------------------------------------------------------------------------------------------
# an API reseller relaying many small customers through a few keys


def steady_rest(ctx: Ctx, rng: Rng) -> None:
    kind = "steady_rest"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    curve = bb.global_load(float(rng.uniform(12, 18)), 0.3)
    for _ in range(irange(rng, 4, 6)):
        ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "aws", "gcp", "ovh")))
        key = _benign(
            ctx, rng, kind, "relay", org=org, pay=card, ua=pick(rng, bb.SDK_OTHER), ips=ips
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [tx.reseller_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=420.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "bowl_gouge": bowl_gouge,
    "skew_chisel": skew_chisel,
    "parting_tool": parting_tool,
    "faceplate": faceplate,
    "tailstock": tailstock,
    "tool_rest": tool_rest,
    "spur_drive": spur_drive,
    "jam_chuck": jam_chuck,
    "cole_jaws": cole_jaws,
    "steady_rest": steady_rest,
}
