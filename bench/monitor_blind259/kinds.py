"""Benign hard-negative kinds of batch 259 (code names from gourd carving).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import BROWSERS, DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind259 import texts as T


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def luffa(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model against the old ones the day it ships:
    dense scripted runs of chain-of-thought items from cloud machines."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        _acct(
            ctx,
            rng,
            "luffa",
            "eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    runs = [float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)) for _ in range(irange(rng, 1, 3))]
    runs += [ctx.release + float(rng.uniform(0.5, 30)) * HOUR for _ in range(irange(rng, 4, 8))]
    for s in runs:
        a = pick(rng, accts)
        bench = pick(rng, ("mc", "math"))
        cot = chance(rng, 0.7)
        model = (
            ctx.new_model if s >= ctx.release and chance(rng, 0.6) else pick(rng, ctx.old_models)
        )
        n = irange(rng, 200, 1200)
        ts = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.4, 1.5))), 0.5, size=n))
        prompts = [T.eval_item(rng, bench, cot) for _ in range(n)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model,
            comp_median=380 if cot else 8,
            comp_sigma=0.5,
            err=0.05,
        )


def pith(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotation tool asking the model for rubric pre-labels that human
    annotators then confirm, in the vendor's office hours."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    for _ in range(irange(rng, 3, 6)):
        project = pick(rng, ("HELIOS", "quartz-rlhf", "P-4471", "medsafe", "tidewater"))
        a = _acct(ctx, rng, "pith", "project_key", org=org, pay=card, ua=ua, ips=office, tz=tz)
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 45)) * 0.3 * (ctx.t1 - ctx.t0) / HOUR,
            bb.workday(tz, 9.0, 18.0),
        )
        prompts = [T.vendor_prelabel(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=140)


def rind(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety pipeline: classify flagged posts and suggest
    guideline-compliant rewrites, around the clock."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Chirply", "Forumly", "Nookside", "Parlay"))
    provider = pick(rng, ("aws", "azure"))
    ua = bb.sdk_ua(rng, 0.7)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx, rng, "rind", "pipeline", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 2, provider)
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(10, 25)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(14, 22)), 0.5),
        )
        prompts = [T.moderation_item(rng, ctx.chat, platform) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.7), comp_median=130)


def gouge(ctx: Ctx, rng: np.random.Generator) -> None:
    """Individual developers using an open-source command-line coding agent with their own keys:
    tool-call loops with large repository context, in their working hours."""
    for _ in range(irange(rng, 12, 25)):
        tz = pick(rng, bb.TZS)
        ver = pick(rng, ("1.8.2", "1.8.4", "1.9.0"))
        os_ = pick(rng, ("darwin", "linux", "win32"))
        a = _acct(
            ctx,
            rng,
            "gouge",
            "developer",
            ua=f"tern-agent/{ver} ({os_}; node 22.11.0)",
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 5)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz)
        )
        ts_parts, prompts = [], []
        for s in starts.tolist():
            task = pick(rng, T.REPO_TASKS)
            k = irange(rng, 3, 14)
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6), 0.6, size=k - 1))])
            )
            prompts += [T.coding_agent_step(rng, task, j) for j in range(k)]
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            comp_median=260,
            extra=rng.integers(1500, 9000, size=len(ts)),
        )


def dremel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's chatbot team generating paraphrase data for its own intent classifier."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    bank = pick(rng, ("Northfield Bank", "Caja Sol", "Hafenbank"))
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, 2, tz)
    intents = (
        "block a lost card",
        "dispute a transaction",
        "raise an overdraft limit",
        "change their address",
        "open a savings account",
        "report fraud",
        "get a mortgage quote",
        "close their account",
        "order a new PIN",
        "set up a standing order",
    )
    langs = ["en", "de", "es"]
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            "dremel",
            "data_team",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 2.5)) * (ctx.t1 - ctx.t0) / DAY,
            bb.workday(tz),
        )
        parts = bb.bursts(rng, starts, float(rng.uniform(30, 120)), 3.0, 0.4, ctx.t1)
        ts = _cat(parts)
        prompts = [
            T.augmentation_item(rng, pick(rng, langs), pick(rng, intents), bank)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.2), comp_median=480)


def shekere(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: persona prompts with recent history, heavy evening load."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = "OpenAI/NodeJS 4.67.1"
    personas = ("Mira", "Jun", "Sol", "Theo", "Ayla")
    for _ in range(irange(rng, 3, 5)):
        a = _acct(
            ctx,
            rng,
            "shekere",
            "app_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 3, provider),
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(12, 28)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(20.0, 0.7),
        )
        prompts = [
            T.companion_turn(rng, ctx.chat, pick(rng, personas), pick(rng, bb.NAMES))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=60,
            comp_sigma=0.5,
        )


def maraca(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency's translators pre-translating client jobs in office hours."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 5, 9)):
        client = pick(rng, ("ACME", "VELO", "KORU", "MBX", "TESS"))
        a = _acct(
            ctx,
            rng,
            "maraca",
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            float(rng.uniform(8, 25)),
            55.0,
        )
        if not sessions:
            continue
        ts = np.concatenate(sessions)
        prompts = [T.shop_translation(rng, ctx.passages, client) for _ in range(len(ts))]
        ips = [office[0] if chance(rng, 0.85) else a.ips[-1] for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.05), ips=ips, comp_median=480
        )


def luminary(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university programming course: students on course-issued keys, campus network and
    homes, evening work with a surge before the homework deadline."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("CS101", "INF-1100", "COMP1511", "PROG2"))
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, 2, tz)
    deadline = ctx.t0 + float(rng.uniform(3, 6.5)) * DAY
    hw = irange(rng, 0, 5)
    for _ in range(irange(rng, 30, 50)):
        a = _acct(
            ctx,
            rng,
            "luminary",
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), bb.evening_person(tz), 4.0, 100.0
        )
        sessions += bb.session_times(
            rng, deadline - DAY, deadline, float(rng.uniform(1, 4)), bb.constant, 5.0, 80.0
        )
        if not sessions:
            continue
        ts = np.sort(np.concatenate(sessions))
        prompts = [T.student_prompt(rng, ctx.chat, course, hw) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=420)


def stencil(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research group's self-consistency study: each probe sampled many times, with stated
    confidence, old and new model compared."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    study = pick(rng, ("calib-2026", "selfcons-v2", "hedge-study"))
    ips = bb.resi(rng, 2, "eu")
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx, rng, "stencil", "researcher", org=org, pay=card, ua="python-httpx/0.28.1", ips=ips
        )
        for _ in range(irange(rng, 3, 6)):
            s = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
            model = ctx.new_model if s >= ctx.release and chance(rng, 0.7) else ctx.old_models[0]
            k = irange(rng, 5, 12)
            ts, prompts = [], []
            t = s
            for _ in range(irange(rng, 60, 220)):
                p = T.consistency_probe(rng, study)
                gaps = rng.lognormal(np.log(1.0), 0.5, size=k)
                ts.append(t + np.cumsum(gaps))
                t = float(ts[-1][-1]) + float(rng.uniform(0.5, 3))
                prompts += [p] * k
            ctx.emit(rng, a, np.concatenate(ts), prompts, models=model, comp_median=110, err=0.02)


def shellac(ctx: Ctx, rng: np.random.Generator) -> None:
    """An ed-tech publisher's content writers drafting lesson plans through the syllabus in order."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    house = pick(rng, ("Brightpath", "Ladder Learning", "Oakleaf Ed"))
    tz = pick(rng, (0, 1))
    office = bb.home(rng, 1, tz)
    syllabus = [(g, s, c) for s in T.SUBJECTS for g in (7, 8, 9, 10, 11) for c in T.SUBJECTS[s]]
    for w in range(irange(rng, 4, 7)):
        a = _acct(
            ctx,
            rng,
            "shellac",
            "writer",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            float(rng.uniform(4, 10)),
            float(rng.uniform(120, 300)),
        )
        if not sessions:
            continue
        ts = np.concatenate(sessions)
        base = w * len(syllabus) // 7
        prompts = []
        for j in range(len(ts)):
            g, s, c = syllabus[(base + j // 2) % len(syllabus)]
            prompts.append(T.lesson_plan(rng, g, s, c, house))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.0),
            comp_median=1100,
            comp_sigma=0.45,
        )


BENIGN_KINDS = {
    "luffa": luffa,
    "pith": pith,
    "rind": rind,
    "gouge": gouge,
    "dremel": dremel,
    "shekere": shekere,
    "maraca": maraca,
    "luminary": luminary,
    "stencil": stencil,
    "shellac": shellac,
}
