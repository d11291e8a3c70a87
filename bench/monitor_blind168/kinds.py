"""Benign hard-negative kinds of blind batch 168 (code names: words from hat making).

Each kind is `fn(ctx, rng)`: legitimate users whose traffic shares one or more surface traits with
a campaign family (templated prompts, many keys on one card, cloud addresses, bursts, repeated
sampling, new-model bias, crowds) while doing ordinary, permitted work.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    NAMES,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind168 import texts as tx

BENIGN = "benign"


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate([np.empty(0), *parts]))


def _workday_starts(
    rng: np.random.Generator, ctx: Ctx, tz: int, n: int, a: float, b: float
) -> list[float]:
    """n run start times on working hours of weekdays in [a, b)."""
    out: list[float] = []
    tries = 0
    while len(out) < n:
        t = float(rng.uniform(a, b))
        h = ((t + tz * HOUR) % DAY) / HOUR
        tries += 1
        if (9 <= h <= 18 and int(weekday(np.array([t]), tz)[0]) < 5) or tries > 5000:
            out.append(t)
    return sorted(out)


def milliner(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: fixed chain-of-thought benchmarks run in bursts, several runs pinned to the
    new model in the day after its release. Looks like: reasoning-trace coercion."""
    kind = "milliner"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    bank = [tx.eval_item(rng) for _ in range(irange(rng, 250, 600))]
    template = int(rng.integers(3))
    tz = pick(rng, (-8, -5, 0, 1))
    ua = pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        n_pre, n_post = irange(rng, 1, 3), irange(rng, 2, 4)
        starts = _workday_starts(rng, ctx, tz, n_pre, ctx.t0, ctx.release) + _workday_starts(
            rng, ctx, tz, n_post, ctx.release, min(ctx.t1, ctx.release + 1.5 * DAY)
        )
        for k, s in enumerate(starts):
            post = s >= ctx.release
            model = (
                ctx.new_model
                if post and (k % 2 == 0 or chance(rng, 0.5))
                else pick(rng, ctx.old_models)
            )
            m = irange(rng, len(bank) // 3, len(bank))
            items = [bank[i] for i in rng.permutation(len(bank))[:m].tolist()]
            ts = s + np.cumsum(rng.lognormal(np.log(0.9), 0.5, size=m))
            ctx.emit(
                rng,
                a,
                ts,
                [tx.eval_prompt(it, template) for it in items],
                models=model,
                comp_median=550.0,
                err=0.02,
            )


def felt_hood(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators in one office (shared org, card and office addresses) ask
    for help judging model answers during their shifts. Looks like: judge / rubric grading."""
    kind = "felt_hood"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 1, -3, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 10, 22)):
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
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2.5, 6)),
                workday(tz),
                float(rng.uniform(3, 7)),
                float(rng.uniform(60, 160)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotator_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=260.0,
        )


def hatband(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety pipeline: every flagged post in many languages gets a
    guideline check and, where possible, a compliant edit. Looks like: policy-compliant rewrites."""
    kind = "hatband"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    version = irange(rng, 3, 12)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0", "OpenAI/NodeJS 4.67.1"))
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 45)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(14, 22)), 0.45),
    )
    n_keys = irange(rng, 2, 4)
    who = rng.integers(0, n_keys, size=len(ts_all))
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        ts = ts_all[who == i]
        langs = picks(rng, ("en", "en", "en", "es", "pt", "de", "fr", "tr", "id", "ar"), len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, ctx.chat, lang, version) for lang in langs],
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=90.0,
            err=0.01,
        )


def sweatband(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers of one company using a terminal coding agent: long tool-using transcripts in bursts
    during working hours, many moving to the new model. Looks like: agent / tool-use harvest."""
    kind = "sweatband"
    company = chance(rng, 0.5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [pick(rng, (-8, -5, 0, 1, 2, 5)) for _ in range(irange(rng, 1, 2))]
    office = {tz: home(rng, 1, tz) for tz in tzs}
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, tzs)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            org=org if company else None,
            pay=pay if company else None,
            tz=tz,
            ua=pick(
                rng,
                ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2", "reqwest/0.12.12", "axios/1.7.9"),
            ),
            ips=office[tz] + home(rng, 1, tz),
        )
        repo = pick(rng, tx._REPOS)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            workday(tz),
            float(rng.uniform(5, 12)),
            float(rng.uniform(8, 20)),
            gap_sigma=1.0,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            base = irange(rng, 2000, 9000)
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.dev_agent_prompt(rng, repo, k))
                extra.append(base + 300 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.8))),
            comp_median=300.0,
            extra=extra,
        )


def straw_plait(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's data-augmentation team: a few big paraphrase-generation jobs for its own intent
    classifier, pinned to the old model. Looks like: synthetic-dataset generation."""
    kind = "straw_plait"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    ips = cloud(rng, irange(rng, 1, 2), "azure")
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        starts = np.asarray(_workday_starts(rng, ctx, tz, irange(rng, 2, 5), ctx.t0, ctx.t1))
        ts = _flat(bursts(rng, starts, float(rng.uniform(150, 450)), 0.7))
        intents = picks(rng, tx._INTENTS, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment_prompt(rng, it, int(rng.integers(2))) for it in intents],
            models=ctx.old_models[0],
            comp_median=480.0,
        )


def trilby(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: persona-wrapped short messages from users worldwide, short
    replies, one org and card, cloud egress. Looks like: dialogue harvest / hidden product traffic."""
    kind = "trilby"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    personas = [
        f"{pick(rng, NAMES)}, {pick(rng, ('cheerful', 'calm', 'witty', 'shy', 'adventurous'))} "
        f"{pick(rng, ('barista', 'astronaut', 'librarian', 'surfer', 'knight', 'detective'))}"
        for _ in range(irange(rng, 6, 12))
    ]
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(35, 80)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    n_keys = irange(rng, 2, 3)
    who = rng.integers(0, n_keys, size=len(ts_all))
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
        )
        ts = ts_all[who == i]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_prompt(rng, ctx.chat, pick(rng, personas)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=60.0,
            err=0.01,
        )


def boater(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: dozens of students ask similar questions from campus and home,
    surging before a homework deadline. Looks like: a person-like crowd."""
    kind = "boater"
    course = pick(rng, ("CS101", "ECON201", "BIO110", "STAT220", "CHEM105", "PHIL150"))
    tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9))
    campus = home(rng, irange(rng, 1, 2), tz)
    edu = chance(rng, 0.4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    deadline = ctx.t0 + irange(rng, 2, 6) * DAY + (23.9 - tz) * HOUR
    hw = irange(rng, 2, 9)
    for _ in range(irange(rng, 25, 50)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org if edu else None,
            pay=pay if edu else None,
            tz=tz,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE),
            ips=campus + home(rng, 1, tz),
        )
        base = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 90.0
        )
        surge = session_times(
            rng,
            deadline - float(rng.uniform(10, 40)) * HOUR,
            deadline,
            float(rng.uniform(3, 8)),
            evening_person(tz, 3.5),
            5.0,
            70.0,
        )
        ts = _flat(base + surge)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.student_prompt(rng, course, hw, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=400.0,
        )


def pouncing(ctx: Ctx, rng: np.random.Generator) -> None:
    """An interview-prep platform: hints, approach explanations and code reviews over a fixed problem
    bank in many programming languages. Looks like: code harvest."""
    kind = "pouncing"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("HireReady", "CodeCoachly", "PrepForge", "OfferLoop"))
    nat = cloud(rng, irange(rng, 2, 3), "aws")
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(15, 40)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(13, 17)), 0.5),
    )
    n_keys = irange(rng, 1, 2)
    who = rng.integers(0, n_keys, size=len(ts_all))
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="platform",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=nat,
        )
        ts = ts_all[who == i]
        prompts = [
            tx.interview_prompt(rng, platform, pick(rng, tx._PROBLEMS), pick(rng, tx._PLS[:6]))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.35), comp_median=350.0)


def hat_block(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency: one key per client under the agency's org and card, staff on the company
    VPN and in the office, marketing copy in clients' languages. Looks like: many keys on one card."""
    kind = "hat_block"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5, -3))
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), 1, irange(rng, 2, 4))
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 6, 13)):
        client = f"{pick(rng, ('Sol', 'Nord', 'Verde', 'Alto', 'Luma', 'Brio'))}{pick(rng, ('ia', 'ex', 'ora', 'ify', 'o'))}"
        industry = pick(rng, tx._INDUSTRIES)
        lang = pick(rng, ("en", "en", "es", "de", "fr", "pt", "it", "nl", "pl"))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="client_key",
            org=org,
            pay=pay,
            tz=tz,
            ua=pick(rng, BROWSERS) if chance(rng, 0.5) else "OpenAI/NodeJS 4.67.1",
            ips=vpn + office,
        )
        ts = _flat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), workday(tz), 3.0, 120.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, client, industry, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=500.0,
        )


def conformateur(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer consistency and calibration: each item is sent many times in a
    row to the old and the new model. Looks like: best-of-n / soft-label sampling."""
    kind = "conformateur"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ip = resi(rng, 1, "eu")
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    items = [tx.study_item(rng) for _ in range(irange(rng, 25, 50))]
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=ua,
            ips=ip,
            tz=tz,
        )
        starts = _workday_starts(
            rng, ctx, tz, irange(rng, 1, 2), ctx.t0, ctx.release
        ) + _workday_starts(rng, ctx, tz, irange(rng, 1, 2), ctx.release, ctx.t1)
        for s in starts:
            model = ctx.new_model if s >= ctx.release and chance(rng, 0.7) else ctx.old_models[0]
            reps = irange(rng, 5, 12)
            t, ts_all, prompts = s, [], []
            for it in items:
                for _ in range(reps):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    ts_all.append(t)
                    prompts.append(it)
                t += float(rng.uniform(2, 6))
            ctx.emit(
                rng, a, np.asarray(ts_all), prompts, models=model, comp_median=12.0, comp_sigma=0.7
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "milliner": milliner,
    "felt_hood": felt_hood,
    "hatband": hatband,
    "sweatband": sweatband,
    "straw_plait": straw_plait,
    "trilby": trilby,
    "boater": boater,
    "pouncing": pouncing,
    "hat_block": hat_block,
    "conformateur": conformateur,
}
