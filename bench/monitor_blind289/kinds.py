"""Benign hard-negative kinds of blind batch 289 (code names from kasuti embroidery).

Each kind is a function `(ctx, rng)` writing the traffic of legitimate accounts built to resemble
one of this batch's campaign families (or a campaign in general).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind289 import texts

BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _train(rng: np.random.Generator, start: float, k: int, gap: float) -> np.ndarray:
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])


def gavanti(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab running chain-of-thought benchmark suites on every model, heavily on
    launch day (looks like reasoning coercion)."""
    kind = "gavanti"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="eval_pipeline",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    sizes = {
        "mc": irange(rng, 200, 400),
        "math": irange(rng, 150, 300),
        "code": irange(rng, 100, 164),
        "logic": 100,
    }
    comp = {"mc": 260.0, "math": 480.0, "code": 200.0, "logic": 380.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 4)):
        runs.append((ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, (old, mini))))
    launch = ctx.release + float(rng.uniform(2, 10)) * HOUR
    runs.append((launch, new))
    for _ in range(irange(rng, 2, 4)):
        runs.append((launch + float(rng.uniform(0.3, 2.5)) * DAY, new))
    runs.append((launch + float(rng.uniform(0.5, 2.0)) * DAY, old))
    for r_start, model in runs:
        a = pick(rng, keys)
        t = r_start
        for suite in sorted(sizes):
            ts = _train(rng, t, sizes[suite], float(rng.uniform(0.8, 2.0)))
            t = float(ts[-1]) + float(rng.uniform(1, 20)) * MINUTE
            prompts = [texts.bench_item(rng, suite, i) for i in range(sizes[suite])]
            ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp[suite], err=0.005)


def murgi(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators pre-annotating preference and rubric tasks from one office
    (looks like judge / reward-model grading)."""
    kind = "murgi"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8)))
    office = home(rng, 2, tz)
    project = f"{pick(rng, ('HELIX', 'ORCA', 'TANGO', 'QUARTZ'))}-{irange(rng, 10, 99)}"
    for _ in range(irange(rng, 12, 25)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, 3.0, workday(tz, 9.0, 18.0, 0.03, 0.0), 10.0, 90.0)
        )
        ann = f"ann{irange(rng, 100, 999)}"
        prompts = [
            texts.annotation_task(rng, ctx.chat, ctx.passages, project, ann) for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.05), comp_median=250.0)


def neyge(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety service suggesting guideline-compliant edits of flagged
    posts in several languages (looks like policy rewrites)."""
    kind = "neyge"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadly", "Hearthside", "Palaver", "Kumbh Forums"))
    langs = {"en": 0.5, "es": 0.15, "pt": 0.15, "de": 0.1, "tr": 0.1}
    ua = pick(rng, ("OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    for role in ("prod", "staging"):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role=f"moderation_{role}",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 3, "aws"),
        )
        rate = float(rng.uniform(10, 20)) if role == "prod" else float(rng.uniform(0.5, 2))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(18.0, 0.5))
        prompts = [
            texts.moderation_rewrite(rng, ctx.chat, platform, texts.lang_of(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.1), comp_median=180.0)


def menthe(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers running an open-source coding agent with their own keys: bursts of tool steps
    with big contexts (looks like agent transcripts)."""
    kind = "menthe"
    agents = ("cline/3.2.0 (vscode)", "aider/0.72.1", "continue/0.9.250", "opencode/0.3.1")
    for _ in range(irange(rng, 15, 25)):
        tz = int(pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9)))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            ua=pick(rng, agents),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = f"{pick(rng, texts.NAMES).lower()}/{pick(rng, ('api', 'webapp', 'cli', 'etl', 'game', 'bot'))}"
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3)),
            workday(tz, 9.0, 19.0, 0.2, 0.05),
            14.0,
            6.0,
            1.0,
        )
        ts_all, prompts = [], []
        for sess in sessions:
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(texts.coding_agent_step(rng, repo, j + 1))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        extra = rng.integers(1500, 9000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.5, 0.05),
            comp_median=280.0,
            extra=extra,
        )


def ilkal(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app backend: long pasted histories, evening peaks, a cheap model
    (looks like a multi-turn dialogue harvest)."""
    kind = "ilkal"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    character = pick(rng, ("Juniper", "Milo", "Sana", "Rook"))
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(0, 4)), 0.7),
        )
        prompts = [
            texts.companion_turn(
                rng, ctx.chat, ctx.passages, character, pick(rng, texts.NAMES), irange(rng, 1, 6)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.4),
            comp_median=120.0,
            extra=rng.integers(300, 1500, size=len(ts)),
        )


def gopura(ctx: Ctx, rng: np.random.Generator) -> None:
    """A programming course cohort: dozens of new student keys under one university org, campus
    labs plus a deadline rush (looks like a curriculum sweep or a person-like crowd)."""
    kind = "gopura"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 2, 8)))
    campus = home(rng, 2, tz)
    course = pick(rng, ("CS101", "INF-1100", "COMP1511", "ProgI"))
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    labs = [day0 + d * DAY + 10 * HOUR for d in (1, 3)]
    deadline = day0 + 5 * DAY + 23.99 * HOUR
    ev = evening_person(tz)

    def rush(ts: np.ndarray) -> np.ndarray:
        return (
            ev(ts)
            * (0.15 + 0.85 * np.clip((ts - ctx.t0) / (deadline - ctx.t0), 0, 1) ** 2)
            * (ts < deadline)
        )

    for _ in range(irange(rng, 40, 80)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        lab_ts = [
            L + np.sort(rng.uniform(0, 2 * HOUR, size=int(rng.poisson(6))))
            for L in labs
            if chance(rng, 0.8)
        ]
        home_ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), rush, 4.0, 120.0)
        )
        lt = _cat(lab_ts)
        ts = np.concatenate([lt, home_ts])
        ips = [pick(rng, campus) for _ in range(len(lt))] + [a.ips[-1]] * len(home_ts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [
            texts.student_question(rng, course, 1 if t < deadline else 2) for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.3),
            ips=[ips[i] for i in order.tolist()],
            comp_median=300.0,
        )


def pallakki(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators in an office plus a CAT-tool server pre-translating
    batches (looks like a translation harvest)."""
    kind = "pallakki"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2)))
    office = home(rng, 1, tz)
    clients = picks(
        rng, ("Nordlicht", "Velora", "Kestrel Bank", "Umami Foods", "Tessel", "Brightpath"), 3
    )
    locales = ("de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "nl-NL", "ja-JP", "pt-BR", "tr-TR")
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, 4.0, workday(tz), 8.0, 40.0))
        prompts = [
            texts.agency_segment(rng, ctx.passages, pick(rng, clients), pick(rng, locales))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.05),
            comp_median=np.asarray([len(p) / 3.5 for p in prompts]),
        )
    server = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="cat_server",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, pick(rng, ("ovh", "hetzner"))),
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 8.0 * 7, workday(tz))
    ts = _cat(bursts(rng, starts, 30.0, 1.5, 0.5, ctx.t1))
    prompts = [
        texts.agency_segment(rng, ctx.passages, pick(rng, clients), pick(rng, locales))
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        server,
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.4, 0.05),
        comp_median=np.asarray([len(p) / 3.5 for p in prompts]),
    )


def tulasi_katte(ctx: Ctx, rng: np.random.Generator) -> None:
    """An academic study replaying a fixed set of public prompts, several samples per model, slowly
    at night (looks like public-prompt replay / best-of-n)."""
    kind = "tulasi_katte"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 9)))
    cluster = home(rng, 2, tz)
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="study_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=cluster,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    idx = rng.choice(len(ctx.chat), size=irange(rng, 250, 500), replace=False).tolist()
    samples = irange(rng, 3, 5)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    phases = [
        (ctx.t0 + 0.5 * DAY, ctx.release, (old, mini)),
        (ctx.release + 6 * HOUR, ctx.t1, (new,)),
    ]
    for a_t, b_t, models in phases:
        jobs = [(ctx.chat[j], m) for j in idx for m in models for _ in range(samples)]
        # the study's script runs one shard of the prompt list per key, in parallel
        for k, key in enumerate(keys):
            shard = jobs[k * len(jobs) // len(keys) : (k + 1) * len(jobs) // len(keys)]
            ts = thinned(rng, a_t, b_t, len(shard) * 1.05, nightly(22.0, 8.0, tz))[: len(shard)]
            ctx.emit(
                rng,
                key,
                ts,
                [p for p, _ in shard[: len(ts)]],
                models=[m for _, m in shard[: len(ts)]],
                comp_median=350.0,
                err=0.005,
            )


def navilu(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's data-augmentation jobs generating paraphrases and slot-annotated utterances for
    its support bot (looks like synthetic-dataset generation)."""
    kind = "navilu"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Parcelly", "Fonebank", "StreamNest", "Voltra Energy"))
    langs = {"en": 0.4, "es": 0.15, "pt": 0.15, "de": 0.1, "id": 0.1, "hi": 0.1}
    tz = int(pick(rng, (-5, 0, 1)))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
            ips=cloud(rng, 2, "aws"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(1, 2)), nightly(1.0, 3.0, tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(60, 150)), 3.0, 0.5, ctx.t1))
        prompts = [
            texts.augmentation_job(rng, product, texts.lang_of(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=700.0,
            comp_sigma=0.4,
        )


def gili(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency with one key per client on one card, from its office and staff homes
    (looks like a multi-key operator)."""
    kind = "gili"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS_AGENCY))
    office = home(rng, 2, tz)
    staff = home(rng, 3, tz)
    products = (
        "running shoes",
        "oat milk",
        "accounting software",
        "boutique hotel rooms",
        "e-bikes",
        "skin care",
        "pet insurance",
        "coffee subscriptions",
        "language courses",
        "solar panels",
    )
    for _ in range(irange(rng, 6, 12)):
        client = f"{pick(rng, ('Blue', 'North', 'Lumen', 'Casa', 'Peak', 'Vivid'))}{pick(rng, ('wave', 'field', 'craft', 'nest', 'line'))}"
        ua = "OpenAI/NodeJS 4.67.1" if chance(rng, 0.8) else "PostmanRuntime/7.43.0"
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="client_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 4.0, 60.0)
        )
        ips = [pick(rng, staff) if chance(rng, 0.3) else pick(rng, office) for _ in range(len(ts))]
        product = pick(rng, products)
        prompts = [texts.agency_task(rng, ctx.chat, client, product) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), ips=ips, comp_median=450.0
        )


TZS_AGENCY = (-8, -5, 0, 1, 2)

BENIGN_KINDS = {
    "gavanti": gavanti,
    "murgi": murgi,
    "neyge": neyge,
    "menthe": menthe,
    "ilkal": ilkal,
    "gopura": gopura,
    "pallakki": pallakki,
    "tulasi_katte": tulasi_katte,
    "navilu": navilu,
    "gili": gili,
}
