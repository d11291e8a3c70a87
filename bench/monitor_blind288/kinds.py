"""Benign hard-negative kinds of blind batch 288: ten kinds of legitimate traffic, each built to
resemble one of this batch's campaign families (or a campaign in general). Code names are words
from aipan.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind288 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _sorted_emit(
    ctx: Ctx, rng: Rng, acct, ts_list, prompts, *, models_p=(0.5, 0.05), ips=None, extra=None, **kw
) -> None:
    """Emit events given out of order (several generators per account)."""
    ts = np.asarray(ts_list, dtype=np.float64)
    order = np.argsort(ts, kind="stable").tolist()
    ts = ts[order]
    ctx.emit(
        rng,
        acct,
        ts,
        [prompts[i] for i in order],
        models=ctx.models(rng, ts, p_new=models_p[0], p_mini=models_p[1]),
        ips=None if ips is None else [ips[i] for i in order],
        extra=0 if extra is None else np.asarray(extra, dtype=np.int64)[order],
        **kw,
    )


def geru(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model on release: suites of items run against the new
    and the old flagship, in bursts from its cloud project."""
    kind = "geru"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    suites = ["mcq", "math", "code", "reading"]
    for a in accts:
        runs = bb.thinned(
            rng,
            ctx.release + 2 * HOUR,
            ctx.t1,
            float(rng.uniform(1.5, 4)) * (ctx.t1 - ctx.release) / DAY,
            bb.workday(-8, start=8, end=20, weekend=0.6),
        )
        ts_all, prompts, models = [], [], []
        for s in runs.tolist():
            suite = pick(rng, suites)
            n = irange(rng, 40, 120)
            items = [tx.bench_item(rng, suite, i) for i in range(n)]
            t = s
            for model in (
                (ctx.new_model, ctx.old_models[0]) if chance(rng, 0.7) else (ctx.new_model,)
            ):
                for item in items:
                    ts_all.append(t)
                    prompts.append(item)
                    models.append(model)
                    t += float(rng.lognormal(np.log(0.8), 0.5))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=220, comp_sigma=0.9, err=0.03)


def biswar(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's pre-annotation tool: annotators in one office ask the model for a
    suggested rubric label and preference before they review."""
    kind = "biswar"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (5, 8, 3, -3))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("Project Kestrel", "Helpful-QA batch", "RLHF-wave", "Cobalt ranking"))
    version = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    ua = pick(rng, bb.BROWSERS)
    for _ in range(irange(rng, 8, 14)):
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
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3)),
            bb.workday(tz),
            float(rng.uniform(8, 16)),
            float(rng.uniform(35, 90)),
            0.6,
        )
        ts = _cat(sessions)
        prompts = [
            tx.annotation_prompt(rng, ctx.chat, ctx.passages, project, version)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=120,
            err=0.005,
        )


def chowki(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor moderating forums: checks and civil rewrites of user posts, in
    several languages, from its servers across three offices' day."""
    kind = "chowki"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    community = pick(rng, ("Riverside Forums", "GamerHub", "ParentsNet", "LocalNews comments"))
    curve = bb.multi_office([-5, 1, -3])
    for lang in ("en", "es", "de"):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_queue",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "Go-http-client/2.0")),
            ips=bb.cloud(rng, 2, "aws"),
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [
            tx.moderation_prompt(rng, ctx.chat, lang if chance(rng, 0.7) else "en", community)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=140,
            err=0.01,
        )


def vasudhara(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: engineers' agent runs (tool calls with growing context), one key per
    engineer, from their own offices and homes."""
    kind = "vasudhara"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    office_tz = pick(rng, (-8, 1, 2))
    office = bb.home(rng, 1, office_tz)
    for _ in range(irange(rng, 6, 10)):
        tz = office_tz if chance(rng, 0.7) else pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        runs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 7, bb.workday(tz))
        ts_all, prompts, extra = [], [], []
        repo = pick(
            rng, ("billing-service", "web-frontend", "data-pipeline", "mobile-app", "infra")
        )
        for s in runs.tolist():
            t = s
            for k in range(irange(rng, 3, 15)):
                ts_all.append(t)
                prompts.append(tx.ide_agent_prompt(rng, repo, k))
                extra.append(irange(rng, 1500, 3000) + 400 * k)
                t += float(rng.lognormal(np.log(9.0), 0.7))
        _sorted_emit(
            ctx,
            rng,
            a,
            ts_all,
            prompts,
            models_p=(0.6, 0.0),
            extra=extra,
            comp_median=180,
            err=0.01,
        )


def likhai(ctx: Ctx, rng: Rng) -> None:
    """A data-augmentation team generating intent-classifier training utterances for their own
    support bot, in nightly batches from one server."""
    kind = "likhai"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    product = pick(rng, ("Northwind Bank", "Parcelly", "ClinicBook", "Telco One"))
    tz = pick(rng, (1, -5, 5))
    langs = ["en", "es", "de", "fr", "pt", "it", "hi", "tr"]
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="batch_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, pick(rng, ("azure", "aws"))),
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, 7.0 * float(rng.uniform(1, 2)), bb.nightly(1.0, 2.0, tz)
        )
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(80, 160)), 3.5, b=ctx.t1))
        prompts = [tx.augment_prompt(rng, pick(rng, langs), product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=420,
            err=0.02,
        )


def bhadra(ctx: Ctx, rng: Rng) -> None:
    """A companion app: its backend forwards users' chat messages (with a persona prompt and the
    conversation history) around the clock."""
    kind = "bhadra"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "digitalocean")))
    personas = ("Mika", "Luna", "Kai", "Nova", "Sol")
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=servers,
        )
        convs = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(20, 35)),
            bb.global_load(20.0, 0.7),
            float(rng.uniform(6, 12)),
            20.0,
            0.9,
        )
        ts_all, prompts, extra = [], [], []
        for sess in convs:
            persona = pick(rng, personas)
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.companion_prompt(rng, persona, ctx.chat))
                extra.append(400 + k * irange(rng, 60, 160))
        _sorted_emit(
            ctx, rng, a, ts_all, prompts, models_p=(0.3, 0.6), extra=extra, comp_median=90, err=0.01
        )


def almora(ctx: Ctx, rng: Rng) -> None:
    """A university study of self-consistency and calibration: each question sampled many times,
    the model asked for its confidence, from the lab's network."""
    kind = "almora"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 0, -5, 9))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    questions = [
        tx.word_problem(rng)
        if chance(rng, 0.5)
        else tx.clip_text(rng, pick(rng, ctx.chat), 30, 300)
        for _ in range(irange(rng, 150, 300))
    ]
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=campus,
            tz=tz,
        )
        runs = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)), bb.workday(tz, start=9, end=21)
        )
        ts_all, prompts, models = [], [], []
        style = irange(rng, 0, 1)
        for s in runs.tolist():
            t = s
            model = ctx.new_model if s >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
            for j in rng.choice(len(questions), size=irange(rng, 10, 30), replace=False).tolist():
                for _ in range(irange(rng, 4, 10)):
                    ts_all.append(t)
                    prompts.append(tx.calibration_prompt(rng, questions[j], style))
                    models.append(model)
                    t += float(rng.lognormal(np.log(1.5), 0.6))
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=160, err=0.04)


def kumaon(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: freelance translators, each on their own key under the agency, each
    translating documents into their own language during their working day."""
    kind = "kumaon"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    clients = (
        "Hotel Aurelia",
        "MedTech Solutions",
        "Greenfield Wines",
        "Atlas Insurance",
        "City Museum",
    )
    langs_tz = [
        ("de", 1),
        ("fr", 1),
        ("es", 1),
        ("pt", -3),
        ("ja", 9),
        ("ko", 9),
        ("ru", 3),
        ("it", 1),
        ("tr", 3),
        ("pl", 1),
        ("zh", 8),
        ("ar", 3),
    ]
    for _ in range(irange(rng, 8, 13)):
        lang, tz = pick(rng, langs_tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.workday(tz),
            float(rng.uniform(6, 14)),
            140.0,
            0.7,
        )
        ts = _cat(sessions)
        client = pick(rng, clients)
        prompts, comp = [], []
        for _ in range(len(ts)):
            passage = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1800)
            prompts.append(tx.agency_translation(rng, passage, lang, client))
            comp.append(len(passage) / 3.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.005,
        )


def lakshmi_padh(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: students sign up in the same lab session, on the campus network
    and at home, all working on the same weekly assignment before its deadline."""
    kind = "lakshmi_padh"
    s, topics = pick(rng, tx.SUBJECTS)
    topics = list(topics)
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    signup = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    deadline = signup + float(rng.uniform(3, 4.5)) * DAY
    k = irange(rng, 2, 9)
    for _ in range(irange(rng, 30, 50)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.75) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            ua=ua,
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        lab = (
            signup
            + float(rng.uniform(0, 1.5)) * HOUR
            + np.cumsum(rng.lognormal(np.log(90), 0.8, size=irange(rng, 2, 6)))
        )
        home_s = _cat(
            bb.session_times(
                rng,
                signup + 4 * HOUR,
                deadline,
                float(rng.uniform(0.5, 1.5)),
                bb.evening_person(tz),
                4.0,
                120.0,
            )
        )
        rush = _cat(
            bb.session_times(
                rng,
                deadline - 1.0 * DAY,
                deadline,
                float(rng.uniform(1, 3)),
                bb.evening_person(tz, 3.0),
                5.0,
                90.0,
            )
        )
        ts_list = lab.tolist() + home_s.tolist() + rush.tolist()
        ips = [campus[i % len(campus)] for i in range(len(lab))] + [a.ips[-1]] * (
            len(home_s) + len(rush)
        )
        prompts = [tx.course_prompt(rng, s, topics, k, ctx.chat) for _ in range(len(ts_list))]
        _sorted_emit(
            ctx, rng, a, ts_list, prompts, models_p=(0.7, 0.1), ips=ips, comp_median=480, err=0.005
        )


def bar_boond(ctx: Ctx, rng: Rng) -> None:
    """A multi-model chat aggregator (a reseller): its public users' chats forwarded through a few
    keys from its servers; the user picks the model."""
    kind = "bar_boond"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("hetzner", "ovh")))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="reseller_backend",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=servers,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(6, 12)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(15.0, 0.5),
        )
        prompts = [tx.clip_text(rng, pick(rng, ctx.chat), 10, 2000) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.2),
            comp_median=380,
            err=0.02,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "geru": geru,
    "biswar": biswar,
    "chowki": chowki,
    "vasudhara": vasudhara,
    "likhai": likhai,
    "bhadra": bhadra,
    "almora": almora,
    "kumaon": kumaon,
    "lakshmi_padh": lakshmi_padh,
    "bar_boond": bar_boond,
}
