"""Benign hard-negative kinds of blind batch 89 (bread baking).

Each kind is `fn(ctx, rng)`: legitimate customers whose traffic resembles harvesting in some way.
Every parameter is drawn per seed. See README.md for what each kind stands for.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick, picks
from bench.monitor_blind89 import texts as tx

BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def banneton_proof(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation team: fixed benchmark suites rerun nightly from CI, and a large
    sampled (pass@k) run on the new model as soon as it is released."""
    kind = "banneton_proof"
    n = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    tz = pick(rng, bb.TZS)
    suites = [
        str(x)
        for x in rng.choice(
            ("mcq", "gsm", "code", "safety", "summ"), size=irange(rng, 2, 5), replace=False
        )
    ]
    items = {s: [tx.eval_item(rng, s) for _ in range(irange(rng, 60, 220))] for s in suites}
    nightly_at = float(rng.uniform(0, 5))
    k_samples = irange(rng, 3, 8)
    release_lag = float(rng.uniform(0.5, 10)) * HOUR
    gap = float(rng.uniform(0.3, 2.0))
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="eval_ci",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    for i, a in enumerate(accts):
        suite = suites[i % len(suites)]
        ts_all, prompts, models = [], [], []
        day = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        while day < ctx.t1:
            s = day + (nightly_at + float(rng.uniform(0, 0.5))) * HOUR
            if chance(rng, 0.85):
                sub = picks(
                    rng, items[suite], irange(rng, len(items[suite]) // 3, len(items[suite]))
                )
                ts = s + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(sub)))
                ts_all.append(ts)
                prompts += sub
                target = ctx.new_model if s >= ctx.release else ctx.old_models[0]
                models += [target if chance(rng, 0.8) else ctx.old_models[-1] for _ in sub]
            day += DAY
        # the release-day pass@k sweep
        s = ctx.release + release_lag + float(rng.uniform(0, 2)) * HOUR
        sub = [p for p in items[suite] for _ in range(k_samples)]
        ts = s + np.cumsum(rng.lognormal(np.log(gap / 2), 0.5, size=len(sub)))
        ts_all.append(ts)
        prompts += sub
        models += [ctx.new_model] * len(sub)
        ts = _cat(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=[models[j] for j in order.tolist()],
            comp_median=float(rng.uniform(60, 400)),
            err=0.02,
        )


def poolish_levain(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators in one office use the model as a pre-labeller and
    guideline checker (short verdicts with reasons) through an internal web tool."""
    kind = "poolish_levain"
    n = irange(rng, 12, 24)
    tz = pick(rng, (5, 8, -3, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 3), tz)
    projects = [
        str(x)
        for x in rng.choice(
            ("sentiment", "policy", "ner", "intent", "toxicity"),
            size=irange(rng, 2, 4),
            replace=False,
        )
    ]
    second_shift = chance(rng, 0.4)
    for _ in range(n):
        evening = second_shift and chance(rng, 0.4)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        mine = [
            str(x)
            for x in rng.choice(projects, size=irange(rng, 1, min(2, len(projects))), replace=False)
        ]
        curve = (
            bb.workday(tz, start=15.0, end=23.0) if evening else bb.workday(tz, start=8.0, end=17.0)
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 9)),
            curve,
            float(rng.uniform(6, 16)),
            float(rng.uniform(20, 70)),
        )
        ts = _cat(sess)
        prompts = []
        for _ in range(len(ts)):
            proj = pick(rng, mine)
            text = pick(rng, ctx.passages) if proj in ("policy", "ner") else pick(rng, ctx.chat)
            prompts.append(tx.label_task(rng, proj, text))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=float(rng.uniform(40, 140)),
            err=0.005,
        )


def lame_scoring(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """An education company's essay-feedback feature: per-district keys grade student essays on a
    fixed rubric during school hours and teachers' evenings."""
    kind = "lame_scoring"
    n = irange(rng, 2, 4)
    provider = pick(rng, bb.providers())
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    rubrics = (
        ("thesis", "evidence", "organisation", "conventions"),
        ("ideas", "voice", "word choice", "fluency"),
        ("claim", "reasoning", "counterargument", "style", "grammar"),
    )
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="district_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), provider),
            tz=tz,
        )
        school, evening = bb.workday(tz, start=8.0, end=15.0), bb.evening_person(tz, 1.5)

        def curve(t: np.ndarray, s=school, e=evening) -> np.ndarray:
            return np.clip(0.8 * s(t) + 0.5 * e(t), 0, 1)

        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(150, 500)) * (ctx.t1 - ctx.t0) / DAY, curve
        )
        rubric, style = pick(rng, rubrics), irange(rng, 0, 1)
        prompts = [tx.essay_grading(rng, irange(rng, 6, 12), rubric, style) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.9))),
            comp_median=float(rng.uniform(220, 450)),
            err=0.01,
        )


def autolyse_rest(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A software company's developers using an IDE coding agent with their own keys: long agent
    loops (tool results resent with a big context) in working hours."""
    kind = "autolyse_rest"
    n = irange(rng, 15, 30)
    offices = [int(x) for x in rng.choice(bb.TZS, size=irange(rng, 1, 2), replace=False)]
    nat = {tz: bb.home(rng, 1, tz) for tz in offices}
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay") if chance(rng, 0.7) else None
    ua = pick(
        rng,
        (
            "agentic-ide/0.48.3 node/20.18.1",
            "vscode-agent/1.9.2 (darwin; arm64)",
            "OpenAI/NodeJS 4.85.1",
        ),
    )
    ctx_tokens = float(rng.uniform(800, 3500))
    for _ in range(n):
        tz = pick(rng, offices)
        remote = chance(rng, 0.5)
        ips = (bb.home(rng, 1, tz) + nat[tz]) if remote else nat[tz]
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 7)),
            bb.workday(tz, start=9.5, end=19.0),
            float(rng.uniform(6, 22)),
            float(rng.uniform(5, 25)),
            0.9,
        )
        prompts, extra = [], []
        for s in sess:
            for j in range(len(s)):
                prompts.append(tx.coding_agent_turn(rng, j))
                extra.append(int(ctx_tokens * float(rng.uniform(0.5, 1.5)) + 300 * j))
        ts = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75),
            comp_median=float(rng.uniform(300, 800)),
            extra=extra,
            err=0.02,
        )


def couche_fold(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A localisation agency: each night it translates a release's UI-string batches into every
    target language its clients buy, plus on-demand jobs by day."""
    kind = "couche_fold"
    n = irange(rng, 2, 4)
    provider = pick(rng, bb.providers())
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, 9))
    for _ in range(n):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="l10n_pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0")),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        targets = [
            str(x) for x in rng.choice(tx.L10N_TARGETS, size=irange(rng, 6, 18), replace=False)
        ]
        product = pick(rng, ("acme", "ledgerly", "tripnest", "pixelforge", "medibook", "shopsy"))
        jobs = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)) * (ctx.t1 - ctx.t0) / DAY,
            lambda t: np.maximum(bb.nightly(22.0, 5.0, tz)(t), 0.3 * bb.workday(tz)(t)),
        )
        per_job = irange(rng, 4, 20)
        ts_all, prompts = [], []
        for s in jobs.tolist():
            k = max(1, int(rng.poisson(per_job)))
            for tgt in targets:
                ts_all.append(
                    s
                    + float(rng.uniform(0, 30))
                    + np.cumsum(rng.lognormal(np.log(3.0), 0.6, size=k))
                )
                prompts += [tx.l10n_batch(rng, tgt, product) for _ in range(k)]
        ts = _cat(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], 0.4, 0.5),
            comp_median=float(rng.uniform(150, 400)),
            err=0.01,
        )


def crumb_shot(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A university lab studying chain-of-thought: fixed problem sets under several prompting
    conditions, each sampled many times (self-consistency), rerun on the new model."""
    kind = "crumb_shot"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1, 8, 9))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    cluster = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws", "azure")))
    org = bb.hexid(rng, "org")
    conditions = [
        str(x)
        for x in rng.choice(
            ("cot", "direct", "persona", "plan"), size=irange(rng, 2, 4), replace=False
        )
    ]
    for _ in range(n):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="grad_student",
            org=org,
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0")),
            ips=campus + cluster,
            tz=tz,
        )
        problems = [
            tx.math_problem(rng) if chance(rng, 0.7) else tx.logic_puzzle(rng)
            for _ in range(irange(rng, 40, 150))
        ]
        k = irange(rng, 1, 8)
        runs = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)) * (ctx.t1 - ctx.t0) / DAY,
            lambda t, z=tz: np.maximum(bb.workday(z)(t), 0.4 * bb.nightly(23.0, 4.0, z)(t)),
        )
        ts_all, prompts, models = [], [], []
        for s in runs.tolist():
            cond = pick(rng, conditions)
            sub = picks(rng, problems, irange(rng, 20, len(problems)))
            batch = [p for p in sub for _ in range(k)]
            batch = [tx.cot_study_wrap(cond, p) for p in batch]
            ts_all.append(s + np.cumsum(rng.lognormal(np.log(1.5), 0.7, size=len(batch))))
            prompts += batch
            m = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.7))
                else pick(rng, ctx.old_models)
            )
            models += [m] * len(batch)
        ts = _cat(ts_all)
        order = np.argsort(ts, kind="stable")
        oi = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in oi],
            models=[models[j] for j in oi],
            ips=picks(rng, a.ips, len(oi)),
            comp_median=float(rng.uniform(200, 500)),
            err=0.03,
        )


def bulk_ferment(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Students of one or two university courses: the same problem set pasted by dozens of
    accounts from campus and home, piling up before the deadline."""
    kind = "bulk_ferment"
    tz = pick(rng, bb.TZS)
    courses = [str(x) for x in rng.choice(tx.COURSES, size=irange(rng, 1, 2), replace=False)]
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    for course in courses:
        problems = tx.assignment(rng, course)
        due = ctx.t0 + float(rng.uniform(2.5, 6.8)) * DAY
        base = bb.evening_person(tz, 3.0)

        def curve(t: np.ndarray, due=due, base=base) -> np.ndarray:
            ramp = np.clip(1.0 - (due - t) / (3 * DAY), 0.15, 1.0)
            return np.where(t > due, 0.1, 1.0) * ramp * base(t)

        for _ in range(irange(rng, 15, 35)):
            mobile = chance(rng, 0.35)
            a = ctx.account(
                rng,
                label=BENIGN,
                family=kind,
                role="student",
                ua=pick(rng, bb.MOBILE if mobile else bb.BROWSERS),
                ips=campus + bb.home(rng, 1, tz),
                tz=tz,
            )
            sess = bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 2.5)),
                curve,
                float(rng.uniform(2, 6)),
                float(rng.uniform(60, 300)),
            )
            ts = _cat(sess)
            prompts = [
                tx.homework(rng, pick(rng, problems)) if chance(rng, 0.7) else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.5, 0.2),
                comp_median=420.0,
                err=0.01,
            )


def tangzhong_roux(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """An e-commerce platform refreshing its catalogue copy: a queue of product-description jobs
    in several market languages handed to a few keys, day and night."""
    kind = "tangzhong_roux"
    n = irange(rng, 3, 5)
    provider = pick(rng, bb.providers())
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    brand = pick(rng, ("Norrland", "Casa Vela", "Hanami Home", "Ridgeway", "Pampa", "Kiln & Co"))
    markets = [
        str(x)
        for x in rng.choice(
            (
                "English",
                "German",
                "French",
                "Spanish",
                "Portuguese",
                "Japanese",
                "Polish",
                "Italian",
                "Dutch",
            ),
            size=irange(rng, 2, 6),
            replace=False,
        )
    ]
    ua = pick(
        rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "ruby-openai/7.3.1")
    )
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="catalogue_worker",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(25, 90))

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(bb.workday(tz)(t), 0.6 * bb.nightly(1.0, 4.0, tz)(t))

    for a, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.product_copy(rng, pick(rng, markets), brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.35, 0.4),
            comp_median=float(rng.uniform(180, 350)),
            err=0.01,
        )


BENIGN_KINDS = {
    "banneton_proof": banneton_proof,
    "poolish_levain": poolish_levain,
    "lame_scoring": lame_scoring,
    "autolyse_rest": autolyse_rest,
    "couche_fold": couche_fold,
    "crumb_shot": crumb_shot,
    "bulk_ferment": bulk_ferment,
    "tangzhong_roux": tangzhong_roux,
}
