"""Benign hard-negative kinds of blind batch 282 (code names from Gond art).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Only lists and tuples are walked while drawing.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind282 import texts as tx
from bench.monitor_blind282.families import COMMON_UAS


def _draw(
    rng: np.random.Generator, items: list, n: int, weights: list[float] | None = None
) -> list:
    p = None if weights is None else np.asarray(weights) / np.sum(weights)
    return [items[i] for i in rng.choice(len(items), size=n, p=p).tolist()]


def digna(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: benchmark sweeps with step-by-step prompts, the same item bank run against
    the old and the new model, a big run right after the release."""
    kind = "digna"
    for _lab in range(irange(rng, 2, 3)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws", "azure"))
        tz = pick(rng, (-8, -5, 0, 1))
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval_pipeline",
                org=org,
                pay=pay,
                ua=bb.sdk_ua(rng, 0.6),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
                tz=tz,
            )
            runs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 0.8)) * 7, bb.workday(tz))
            runs = np.sort(
                np.concatenate(
                    [
                        runs,
                        ctx.release
                        + float(rng.uniform(0.5, 8)) * HOUR
                        + rng.uniform(0, 3 * HOUR, size=2),
                    ]
                )
            )
            ts, prompts, models, meds = [], [], [], []
            for r in runs.tolist():
                bench = pick(rng, ("gsm", "mc", "code"))
                cot = chance(rng, 0.6)
                size = irange(rng, 60, 250)
                model = (
                    pick(rng, (ctx.new_model, ctx.old_models[0]))
                    if r >= ctx.release
                    else pick(rng, ctx.old_models)
                )
                gap = float(rng.uniform(0.3, 2.0))
                t = r + np.cumsum(rng.exponential(gap, size=size))
                ts.extend(t.tolist())
                prompts.extend(tx.eval_item(rng, bench, j, cot) for j in range(size))
                models.extend([model] * size)
                meds.extend([350.0 if cot else 12.0] * size)
            ctx.emit(
                rng,
                a,
                np.asarray(ts),
                prompts,
                models=models,
                comp_median=np.asarray(meds),
                err=0.02,
            )


def bhittichitra(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor: annotators in one office checking replies, plus an auto-QA key grading with
    rubrics in bulk."""
    kind = "bhittichitra"
    tz = pick(rng, (5, 8, 1, -3))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.home(rng, irange(rng, 1, 2), tz)
    guideline = f"GL-v{irange(rng, 2, 9)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 10, 22)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, COMMON_UAS[2:]),
            ips=nat,
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)), bb.workday(tz, 9.0, 18.0), 15.0, 55.0
        )
        t = np.concatenate(sess) if sess else np.array([ctx.t0 + DAY])
        ctx.emit(
            rng,
            a,
            t,
            [tx.annotation_prompt(rng, ctx.chat, ctx.passages, guideline) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.3),
            comp_median=90.0,
        )
    qa = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="auto_qa",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=bb.cloud(rng, 1, pick(rng, ("aws", "azure"))),
        tz=tz,
    )
    t = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(25, 60)) * 7 * 24 * 0.35,
        bb.workday(tz, 8.0, 22.0, 0.1, 0.05),
    )
    styles = tx.lines(rng, ("rubric", "pairwise"), irange(rng, 1, 2))
    ctx.emit(
        rng,
        qa,
        t,
        [tx.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in range(len(t))],
        models=ctx.models(rng, t, 0.5),
        comp_median=300.0,
    )


def pardhan(ctx: Ctx, rng: np.random.Generator) -> None:
    """Trust-and-safety team of a social platform: multilingual moderation with suggested rewrites."""
    kind = "pardhan"
    platform = pick(rng, ("Chirply", "Threadbox", "Vibelane", "Kuti", "Parley"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws", "gcp"))
    langs = tx.lines(rng, ("en", "es", "pt", "ar", "tr", "id", "hi", "vi", "ru"), irange(rng, 4, 7))
    curve = bb.global_load(float(rng.uniform(0, 24)), 0.5)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        t = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)) * 7 * 24, curve)
        ls = _draw(rng, langs, len(t))
        ctx.emit(
            rng,
            a,
            t,
            [tx.moderation_prompt(rng, ctx.chat, lg, platform) for lg in ls],
            models=ctx.models(rng, t, 0.2, 0.4),
            comp_median=110.0,
        )


def jangarh(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers running coding agents: long tool-call loops in working hours from home/office."""
    kind = "jangarh"
    uas = (
        "aider/0.72.1",
        "Cline/3.2.0",
        "continue/0.9.250",
        "OpenAI/Python 1.58.1",
        "litellm/1.60.2",
        "OpenAI/NodeJS 4.85.1",
    )
    repos = (
        "acme/web",
        "billing-svc",
        "infra-terraform",
        "ml-pipeline",
        "mobile-app",
        "docs-site",
        "data-platform",
        "crm-api",
    )
    for _ in range(irange(rng, 14, 28)):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=pick(rng, uas),
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        repo = pick(rng, repos)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.workday(tz, 9.0, 19.0, 0.1),
            float(rng.uniform(12, 40)),
            float(rng.uniform(5, 18)),
            0.6,
        )
        t = np.concatenate(sess) if sess else np.array([ctx.t0 + DAY])
        extra = rng.integers(800, 7000, size=len(t))
        ctx.emit(
            rng,
            a,
            t,
            [tx.coding_agent_prompt(rng, repo, ctx.chat) for _ in range(len(t))],
            models=ctx.models(rng, t, float(rng.uniform(0.3, 0.8))),
            comp_median=380.0,
            extra=extra,
        )


def patangarh(ctx: Ctx, rng: np.random.Generator) -> None:
    """QA team generating fake fixtures for their test suites from CI runners."""
    kind = "patangarh"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, bb.TZS)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="ci_runner",
                org=org,
                pay=pay,
                ua=pick(
                    rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0")
                ),
                ips=bb.cloud(rng, 4, "azure"),
                tz=tz,
            )
            starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)) * 7, bb.workday(tz))
            b = bb.bursts(
                rng, starts, float(rng.uniform(8, 30)), float(rng.uniform(1, 4)), b=ctx.t1
            )
            t = np.sort(np.concatenate(b)) if b else np.array([ctx.t0 + DAY])
            ctx.emit(
                rng,
                a,
                t,
                [tx.fixture_prompt(rng) for _ in range(len(t))],
                models=ctx.models(rng, t, 0.4, 0.3),
                ips=bb.cloud(rng, len(t), "azure"),
                comp_median=900.0,
                comp_sigma=0.4,
            )


def bana_fiddle(ctx: Ctx, rng: np.random.Generator) -> None:
    """Companion app backend: endless short in-character turns from worldwide users."""
    kind = "bana_fiddle"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.6)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        t = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 15)) * 7 * 24, curve)
        ctx.emit(
            rng,
            a,
            t,
            [tx.companion_prompt(rng, ctx.chat) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.1, 0.7),
            comp_median=120.0,
            extra=rng.integers(300, 2500, size=len(t)),
        )


def mahua(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: students on campus Wi-Fi, at home and on phones, the same
    assignment prompts, a rush before the weekly deadline."""
    kind = "mahua"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (0, 1, 2, -5))
        course = pick(rng, ("CS101", "ECON210", "STAT200", "BIO150", "PHIL120", "INF1100"))
        campus = bb.home(rng, irange(rng, 1, 2), tz)
        uni_org = bb.hexid(rng, "org") if chance(rng, 0.5) else None
        deadline = ctx.t0 + float(rng.uniform(3, 6.5)) * DAY
        week = irange(rng, 2, 9)
        kind_v6 = "us_mobile" if tz == -5 else "eu_mobile"
        for _ in range(irange(rng, 35, 80)):
            home = bb.home(rng, 1, tz)
            ua = (
                pick(rng, bb.MOBILE)
                if chance(rng, 0.35)
                else pick(rng, COMMON_UAS[2:] + bb.BROWSERS)
            )
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="student",
                org=uni_org,
                ua=ua,
                ips=campus + home,
                tz=tz,
            )

            def rush(ts: np.ndarray, dl: float = deadline, tz_: int = tz) -> np.ndarray:
                near = np.exp(-np.clip(dl - np.asarray(ts), 0, None) / (1.2 * DAY)) * (
                    np.asarray(ts) < dl + 2 * HOUR
                )
                return np.clip(0.25 * bb.evening_person(tz_)(ts) + 0.9 * near, 0, 1)

            sess = bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.4)), rush, 4.0, 70.0
            )
            ts, ips, prompts = [], [], []
            for s in sess:
                r = rng.random()
                addr = (
                    pick(rng, campus)
                    if r < 0.4
                    else (home[0] if r < 0.8 else bb.mobile_v6(rng, 1, kind_v6)[0])
                )
                ts.extend(s.tolist())
                ips.extend([addr] * len(s))
                prompts.extend(
                    tx.student_prompt(rng, course, ctx.chat, week) for _ in range(len(s))
                )
            if not ts:
                ts, ips, prompts = (
                    [deadline - HOUR],
                    [home[0]],
                    [tx.student_prompt(rng, course, ctx.chat, week)],
                )
            t = np.asarray(ts)
            ctx.emit(
                rng, a, t, prompts, models=ctx.models(rng, t, 0.25, 0.2), ips=ips, comp_median=420.0
            )


def bada_dev(ctx: Ctx, rng: np.random.Generator) -> None:
    """Translation shop: translators and a CAT-tool server sending client documents into many
    languages, office hours."""
    kind = "bada_dev"
    tz = pick(rng, (1, 2, 0, 8))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    clients = tuple(
        pick(rng, ("NORDAX", "Lumio", "Petrova", "KAIZEN", "Veltro", "Orbis", "Tandem", "Quillon"))
        for _ in range(4)
    )
    targets = tx.lines(rng, tuple(k for k in tx.LANG_NAME if k != "en"), irange(rng, 5, 10))
    uas = ("memoQ/11.0 (Windows)", "Trados-Studio/2024 SR1", "python-requests/2.32.3")
    for i in range(irange(rng, 3, 8)):
        server = i == 0
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="cat_server" if server else "translator",
            org=org,
            pay=pay,
            ua=uas[2] if server else pick(rng, uas[:2] + COMMON_UAS[2:]),
            ips=bb.cloud(rng, 1, pick(rng, ("ovh", "hetzner"))) if server else office,
            tz=tz,
        )
        if server:
            t = bb.thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(20, 50)) * 7 * 24 * 0.4,
                bb.workday(tz, 7.0, 21.0, 0.15, 0.08),
            )
        else:
            sess = bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), bb.workday(tz), 8.0, 120.0
            )
            t = np.concatenate(sess) if sess else np.array([ctx.t0 + DAY])
        ctx.emit(
            rng,
            a,
            t,
            [
                tx.agency_translation(rng, ctx.passages, pick(rng, targets), pick(rng, clients))
                for _ in range(len(t))
            ],
            models=ctx.models(rng, t, 0.4),
            comp_median=380.0,
        )


def dindori(ctx: Ctx, rng: np.random.Generator) -> None:
    """Academic study of model consistency: each item repeated many times on old and new models."""
    kind = "dindori"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    uni = bb.home(rng, 1, tz)
    hpc = bb.cloud(rng, 2, pick(rng, ("aws", "gcp")))
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=uni + hpc,
            tz=tz,
        )
        runs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), bb.workday(tz))
        # the new model's first run, a few hours to a day after the release
        runs = np.sort(np.append(runs, ctx.release + float(rng.uniform(2, 30)) * HOUR))
        ts, prompts, models = [], [], []
        for r in runs.tolist():
            reps = irange(rng, 5, 20)
            items = irange(rng, 8, 40)
            model = (
                ctx.new_model
                if (r >= ctx.release and chance(rng, 0.6))
                else pick(rng, ctx.old_models)
            )
            t = r + np.cumsum(rng.exponential(float(rng.uniform(0.5, 3.0)), size=reps * items))
            ts.extend(t.tolist())
            for j in range(items):
                prompts.extend([tx.study_item(j)] * reps)
            models.extend([model] * (reps * items))
        if not ts:
            ts, prompts, models = [ctx.t0 + DAY], [tx.study_item(0)], [ctx.old_models[0]]
        ctx.emit(rng, a, np.asarray(ts), prompts, models=models, comp_median=30.0, comp_sigma=0.9)


def saja_tree(ctx: Ctx, rng: np.random.Generator) -> None:
    """API reseller / chat wrapper: end users' everyday prompts relayed from rented servers, several
    tier keys, quick to offer the new model."""
    kind = "saja_tree"
    for _ in range(irange(rng, 1, 2)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
        servers = bb.rented_block(rng, provider, 1, irange(rng, 2, 4))
        ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
        curve = bb.global_load(float(rng.uniform(10, 20)), 0.5)
        for _tier in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng, label="benign", family=kind, role="relay", org=org, pay=pay, ua=ua, ips=servers
            )
            t = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)) * 7 * 24, curve)
            ctx.emit(
                rng,
                a,
                t,
                [tx.chat_prompt(rng, ctx.chat) for _ in range(len(t))],
                models=ctx.models(rng, t, float(rng.uniform(0.45, 0.75)), 0.3),
                comp_median=380.0,
            )


BENIGN_KINDS = {
    "digna": digna,
    "bhittichitra": bhittichitra,
    "pardhan": pardhan,
    "jangarh": jangarh,
    "patangarh": patangarh,
    "bana_fiddle": bana_fiddle,
    "mahua": mahua,
    "bada_dev": bada_dev,
    "dindori": dindori,
    "saja_tree": saja_tree,
}
