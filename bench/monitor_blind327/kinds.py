"""Benign hard-negative kinds of batch 327 (code names: goldsmith words).

Each kind is `f(ctx, rng)`: legitimate API users built to resemble one of this batch's campaign
families (or a campaign in general). Their accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind327 import texts

BEN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark suites with chain-of-thought, re-run on the new model at release


def assay(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "assay"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(
        rng,
        ("lm-eval-harness/0.4.7 OpenAI/Python 1.58.1", "inspect_ai/0.3.58 OpenAI/Python 1.58.1"),
    )
    for _ in range(n):
        a = ctx.account(
            rng, label=BEN, family=kind, role="eval-runner", org=org, pay=pay, ua=ua, ips=ips, tz=tz
        )
        runs = irange(rng, 2, 5)
        for r in range(runs):
            after = r >= runs // 2
            s = (
                (ctx.release + float(rng.uniform(0.5, 30)) * HOUR)
                if after
                else float(rng.uniform(ctx.t0, ctx.release - 4 * HOUR))
            )
            suite = irange(rng, 300, 1500)
            cot = chance(rng, 0.6)
            gap = float(rng.uniform(0.3, 1.2))
            ts = s + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=suite))
            first = irange(rng, 0, 2) * 5000
            prompts = [texts.mc_item(rng, first + i, cot) for i in range(suite)]
            model = ctx.new_model if after else pick(rng, ctx.old_models)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=model,
                comp_median=300.0 if cot else 4.0,
                comp_sigma=0.5,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: rubric pre-labels of clients' bot transcripts, office seats, working hours


def loupe(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "loupe"
    n = irange(rng, 5, 12)
    tz = pick(rng, (5, 8, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 3), tz)
    clients = [
        pick(rng, ("Northwind", "Bluefin Telecom", "Kestrel Bank", "Orchid Air", "Tallow & Co"))
        for _ in range(irange(rng, 2, 3))
    ]
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(40, 100)), n, bb.workday(tz, 9.0, 18.0)
    )
    for ts in streams:
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="annotator-seat",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        client = pick(rng, clients)
        prompts = [texts.annotation(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.2), comp_median=120.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# trust & safety: a forum's moderation backend rewriting posts to comply with its rules


def carat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "carat"
    n = irange(rng, 1, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "hetzner", "ovh")))
    langs = ["en", "pt", "es", "tr"]
    w = rng.dirichlet(np.ones(4) * 3).tolist()
    streams = bb.worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 50)),
        n,
        bb.global_load(float(rng.uniform(14, 22)), 0.6),
    )
    for ts in streams:
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="moderation-backend",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
        )
        lg = [langs[i] for i in rng.choice(4, size=len(ts), p=w).tolist()]
        prompts = [texts.moderation(rng, ctx.chat, x) for x in lg]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.5), comp_median=150.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# coding agents: developers' own keys driving an IDE agent with long tool transcripts


def ring_mandrel(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ring_mandrel"
    n = irange(rng, 10, 25)
    company_org = bb.hexid(rng, "org")
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        own = chance(rng, 0.6)
        ips = bb.home(rng, irange(rng, 1, 2), tz) + (
            bb.cloud(rng, 1, "aws") if chance(rng, 0.2) else []
        )
        ua = pick(rng, ("cline/3.4.0", "aider/0.74.1", "continue-dev/0.9.261", "roo-code/3.7.2"))
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="developer",
            org=None if own else company_org,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)) * 7, bb.workday(tz))
        adopt = ctx.release + float(rng.uniform(0, 2)) * DAY
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = texts.dev_task(rng)
            steps = irange(rng, 4, 30)
            t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(4, 15))), 0.8, size=steps))
            ctx_tokens = irange(rng, 1500, 4000)
            for j, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.coding_agent(rng, j, task))
                ctx_tokens += irange(rng, 300, 2500)
                extra.append(min(ctx_tokens, 120_000))
        ts = np.asarray(ts_all)
        models = [
            ctx.new_model if (t >= adopt and chance(rng, 0.8)) else ctx.old_models[0]
            for t in ts_all
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.02,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# data augmentation: a team generating paraphrases for its own intent classifier, nightly job


def drawplate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drawplate"
    n = irange(rng, 1, 2)
    tz = pick(rng, (-5, 1, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    for _ in range(n):
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="augmentation-job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        nights = [d for d in range(7) if chance(rng, 0.6)] or [3]
        parts = []
        for d in nights:
            s = ctx.t0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR
            k = irange(rng, 150, 700)
            parts.append(s + np.cumsum(rng.exponential(float(rng.uniform(0.8, 3.0)), size=k)))
        ts = _cat(parts)
        intents = [texts.INTENTS[i] for i in rng.permutation(len(texts.INTENTS)).tolist()]
        prompts = [
            texts.augmentation(rng, intents[(i // 40) % len(intents)]) for i in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.4),
            comp_median=520.0,
            comp_sigma=0.4,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# research study on sampling variance: the same question asked n times, both models


def bench_pin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bench_pin"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    questions = list(texts.VIRAL) + [texts.problem(rng) for _ in range(irange(rng, 20, 60))]
    for _ in range(n):
        ips = campus + bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="grad-student",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, bb.workday(tz, 10.0, 22.0, 0.3)
        )
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            model = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.5))
                else pick(rng, ctx.old_models)
            )
            for _ in range(irange(rng, 3, 12)):
                q = pick(rng, questions)
                reps = pick(rng, (5, 10, 10, 20))
                t = s + np.cumsum(rng.exponential(1.5, size=reps))
                ts_all.extend(t.tolist())
                prompts.extend([q] * reps)
                models.extend([model] * reps)
                s = float(t[-1]) + float(rng.uniform(5, 60))
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=280.0, err=0.02)


# --------------------------------------------------------------------------------------------
# translation shop: documents chunked and translated into each client's target language


def pickle_pot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pickle_pot"
    n = irange(rng, 3, 8)
    tz = pick(rng, (0, 1, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    for _ in range(n):
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua="memoq-ai-connector/2.1",
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, bb.workday(tz))
        ts_all, prompts, comps = [], [], []
        for s in jobs.tolist():
            target = pick(rng, texts.LANG_NAMES)
            chunks = irange(rng, 5, 60)
            t = s + np.cumsum(rng.lognormal(np.log(20.0), 0.7, size=chunks))
            for tt in t.tolist():
                src = texts.clip(pick(rng, ctx.passages), 150, 1200, rng)
                ts_all.append(tt)
                prompts.append(texts.translation(rng, src, target, 0 if chance(rng, 0.8) else 3))
                comps.append(len(src) / 4 * 1.3)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.5, 0.1),
            comp_median=np.asarray(comps),
            comp_sigma=0.25,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# course cohort: a programming class doing the same assignments, deadline rush


def needle_file(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "needle_file"
    n = irange(rng, 40, 80)
    tz = pick(rng, (-5, 1, 5, 8))
    campus = bb.home(rng, irange(rng, 3, 5), tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    items = [irange(rng, 0, 19) for _ in range(irange(rng, 3, 6))]
    lang = pick(rng, ("Python", "Java", "C++"))

    def rush(ts: np.ndarray) -> np.ndarray:
        return np.clip(
            bb.evening_person(tz)(ts)
            * (0.3 + 0.7 * np.exp(-np.maximum(deadline - ts, 0) / DAY))
            * (ts <= deadline + 2 * HOUR),
            0,
            1,
        )

    for _ in range(n):
        ips = campus + bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="student",
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.6) else "OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            rush,
            4.0,
            float(rng.uniform(60, 240)),
        )
        ts = _cat(sess)
        prompts = [
            texts.code(rng, pick(rng, items), 3, lang, 3)
            if chance(rng, 0.5)
            else texts.casual(rng, "en", "computing", 0.5)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.3), comp_median=500.0)


# --------------------------------------------------------------------------------------------
# companion app: a product backend with worldwide users, chatty short messages


def rolling_mill(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rolling_mill"
    n = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 5), pick(rng, ("aws", "gcp", "digitalocean")))
    personas = ["Mira", "Theo", "Juno", "Kai", "Nova"]
    streams = bb.worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(80, 200)),
        n,
        bb.global_load(float(rng.uniform(18, 23)), 0.7),
    )
    switch = ctx.release + float(rng.uniform(1, 2.5)) * DAY
    for ts in streams:
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="app-backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        prompts = [texts.companion(rng, ctx.chat, pick(rng, personas)) for _ in range(len(ts))]
        models = [
            ctx.new_model
            if (t >= switch and chance(rng, 0.4))
            else ctx.old_models[-1]
            if chance(rng, 0.6)
            else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=110.0, comp_sigma=0.7, err=0.005)


# --------------------------------------------------------------------------------------------
# new-model enthusiasts: individual developers who jump on the release with test prompts


def ring_sizer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ring_sizer"
    n = irange(rng, 15, 30)
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="enthusiast",
            ua=pick(
                rng,
                (
                    "curl/8.5.0",
                    "OpenAI/Python 1.54.0",
                    "OpenAI/Python 1.63.2",
                    "PostmanRuntime/7.43.0",
                ),
            ),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        before = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.release,
                float(rng.uniform(0.3, 1.5)),
                bb.evening_person(tz),
                3.0,
                90.0,
            )
        )
        excite = ctx.release + float(rng.uniform(0.2, 18)) * HOUR
        fade = float(rng.uniform(0.5, 2.0)) * DAY

        def curve(
            ts: np.ndarray, excite: float = excite, fade: float = fade, tz: int = tz
        ) -> np.ndarray:
            return (
                (ts >= excite)
                * np.exp(-np.maximum(ts - excite, 0) / fade)
                * (0.3 + 0.7 * bb.evening_person(tz)(ts))
            )

        after = _cat(
            bb.session_times(
                rng,
                excite,
                ctx.t1,
                float(rng.uniform(3, 8)),
                curve,
                float(rng.uniform(5, 12)),
                float(rng.uniform(15, 60)),
            )
        )
        ctx.emit(
            rng,
            a,
            before,
            [texts.clip(pick(rng, ctx.chat), 8, 600, rng) for _ in range(len(before))],
            models=ctx.models(rng, before, 0.0, 0.2),
        )
        prompts = [
            pick(rng, texts.VIRAL)
            if chance(rng, 0.35)
            else texts.reasoning(rng, "en", irange(rng, 0, 3))
            if chance(rng, 0.5)
            else texts.clip(pick(rng, ctx.chat), 8, 600, rng)
            for _ in range(len(after))
        ]
        models = [
            ctx.new_model if chance(rng, 0.85) else ctx.old_models[0] for _ in range(len(after))
        ]
        ctx.emit(rng, a, after, prompts, models=models, comp_median=600.0, err=0.04)


BENIGN_KINDS: dict[str, Callable] = {
    "assay": assay,
    "loupe": loupe,
    "carat": carat,
    "ring_mandrel": ring_mandrel,
    "drawplate": drawplate,
    "bench_pin": bench_pin,
    "pickle_pot": pickle_pot,
    "needle_file": needle_file,
    "rolling_mill": rolling_mill,
    "ring_sizer": ring_sizer,
}
