"""Benign hard-negative kinds of batch 113 (code names: rope-making terms).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). What each looks like is in this package's README.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind113 import texts
from bench.monitor_blind113.families import REGION_OF_TZ, concat, draw, mix, person_ua, ramp_models

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def ropewalk(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab: smoke tests before the release, then a burst of benchmark runs on every
    model (new and old) with repeated seeds for a day or two after it."""
    kind = "ropewalk"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    suites = {
        st: [texts.eval_item(rng, st) for _ in range(irange(rng, 120, 350))] for st in range(4)
    }
    comp = {0: 450.0, 1: 4.0, 2: 600.0, 3: 300.0}
    tz = pick(rng, (-8, -5, 0, 1))
    rows: list[list] = [[] for _ in range(n)]

    def run(t: float, st: int, model: str, frac: float) -> None:
        items = suites[st][: max(1, int(len(suites[st]) * frac))]
        gap = float(rng.uniform(0.2, 0.9))
        ts = t + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=len(items)))
        for i, (tt, p) in enumerate(zip(ts.tolist(), items, strict=True)):
            rows[i % n].append((tt, p, model, comp[st]))

    for day in range(int((ctx.release - ctx.t0) // DAY)):  # daily smoke tests
        t = ctx.t0 + day * DAY + (float(rng.uniform(9, 17)) - tz) * HOUR
        run(t, irange(rng, 0, 3), ctx.old_models[0], 0.15)
    n_seeds = irange(rng, 2, 4)
    t = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    for st in rng.permutation(4).tolist():
        for model in (ctx.new_model, ctx.old_models[0], ctx.old_models[-1]):
            for _ in range(n_seeds if model == ctx.new_model else 1):
                run(t, st, model, 1.0)
                t += float(rng.uniform(0.3, 3.0)) * HOUR
    for a, r in zip(accts, rows, strict=True):
        r = [x for x in r if x[0] < ctx.t1]
        r.sort(key=lambda x: x[0])
        ts = np.array([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=[x[2] for x in r],
            comp_median=np.array([x[3] for x in r]) if r else 300.0,
            comp_sigma=0.5,
        )


def hackling(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's pre-annotation: platform service keys plus annotators' browser seats,
    grading customer-service transcripts against rubrics during two offices' working hours."""
    kind = "hackling"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(x) for x in rng.choice((5, 8, 2, -3), size=2, replace=False)]
    projects = [
        f"{pick(rng, ('ACME', 'NORTHWIND', 'CX', 'HELIX', 'ORBIT'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 2, 5))
    ]
    svc_ips = cloud(rng, 2, pick(rng, ("aws", "azure")))
    n_svc = irange(rng, 2, 3)
    for _ in range(n_svc):
        a = _acct(
            ctx,
            rng,
            kind,
            "platform_service",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=svc_ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(10, 25)) * (ctx.t1 - ctx.t0) / HOUR,
            multi_office(tzs),
        )
        prompts = [
            texts.annotation(rng, ctx.chat, ctx.passages, pick(rng, projects))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.05, 0.3))),
            comp_median=120.0,
        )
    n_seat = irange(rng, 8, 20)
    for _ in range(n_seat):
        tz = pick(rng, tzs)
        office = resi(rng, 1, REGION_OF_TZ[tz])
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator_seat",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1, 3)),
                workday(tz),
                float(rng.uniform(5, 20)),
                float(rng.uniform(40, 150)),
            )
        )
        prompts = [
            texts.annotation(rng, ctx.chat, ctx.passages, pick(rng, projects))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2), comp_median=150.0)


def cable_laid(ctx: Ctx, rng: Rng) -> None:
    """A social platform's trust-and-safety service rewriting rule-breaking comments, around the clock."""
    kind = "cable_laid"
    platform = pick(rng, ("Chirpline", "Forumly", "Marketbay", "Gamerhub", "Kiez.social"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "hetzner")))
    ua = pick(
        rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "reqwest/0.12.12")
    )
    langs, lw = mix(rng, ("en", "de", "es", "pt"), 2, 4, first=float(rng.uniform(0.4, 0.8)))
    n = irange(rng, 2, 3)
    accts = [
        _acct(ctx, rng, kind, "moderation_service", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n)
    ]
    for a, ts in zip(
        accts,
        worker_pool(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 35)),
            n,
            global_load(float(rng.uniform(14, 22)), 0.6),
        ),
        strict=True,
    ):
        prompts = [
            texts.moderation(rng, ctx.chat, platform, lg) for lg in draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ramp_models(ctx, rng, ts, 0.0, 0.15, 3.0, 0.4),
            comp_median=90.0,
        )


def hawser_laid(ctx: Ctx, rng: Rng) -> None:
    """Developers using coding agents with their own keys: multi-step tool transcripts, working hours,
    and a jump in usage (and new-model share) once the new model is out."""
    kind = "hawser_laid"
    agents = (
        "Cline/3.4.0",
        "aider/0.74.1",
        "Continue/0.9.260",
        "roo-code/3.3.20",
        "opencode/0.2.1",
        "zed/0.174.3",
    )
    for _ in range(irange(rng, 15, 35)):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + (resi(rng, 1, REGION_OF_TZ[tz]) if chance(rng, 0.5) else [])
        a = _acct(ctx, rng, kind, "developer", ua=pick(rng, agents), ips=ips, tz=tz)
        repo = f"{pick(rng, ('acme', 'tiny', 'open', 'data', 'shop'))}-{pick(rng, ('api', 'web', 'etl', 'cli', 'infra'))}"
        rate = float(rng.uniform(0.6, 2.5))
        boost = float(rng.uniform(1.2, 3.0))
        size, gap = float(rng.uniform(8, 25)), float(rng.uniform(6, 20))
        sess = session_times(
            rng, ctx.t0, ctx.release, rate, workday(tz, weekend=0.15), size, gap
        ) + session_times(
            rng, ctx.release, ctx.t1, rate * boost, workday(tz, weekend=0.25, night=0.06), size, gap
        )
        ts, prompts, extra, ips_ev = [], [], [], []
        travel = (
            resi(rng, 2, pick(rng, ("us", "eu", "sea", "latam"))) if chance(rng, 0.15) else None
        )
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(texts.coding_agent_step(rng, repo, j))
                extra.append(2000 + 350 * j + irange(rng, 0, 4000))
                ips_ev.append(
                    pick(rng, travel) if travel and t > ctx.release + DAY else pick(rng, ips)
                )
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            ips=ips_ev,
            extra=np.asarray(extra, dtype=np.int64) if ts else 0,
            models=ramp_models(
                ctx, rng, ts_a, float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.6, 0.95)), 2.0
            ),
            comp_median=float(rng.uniform(300, 800)),
        )


def marline(ctx: Ctx, rng: Rng) -> None:
    """An e-commerce company's data-augmentation job: nightly runs writing utterance paraphrases for
    its own intent classifier and FAQ drafts for its help centre."""
    kind = "marline"
    brand = pick(rng, ("Parcelio", "Freshcart", "Homely", "Trendora", "Voltshop"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8))
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1")),
            ips=cloud(rng, 1, pick(rng, ("aws", "gcp"))),
            tz=tz,
        )
        hours = float(rng.uniform(2, 4))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(40, 100)) * hours * 7,
            nightly(float(rng.uniform(1, 3)), hours, tz),
        )
        ts = ts[(ts < ctx.release) | (rng.random(len(ts)) < 0.9)]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation(rng, brand, ctx.chat) for _ in range(len(ts))],
            models=ramp_models(ctx, rng, ts, 0.1, 0.25, 3.0, 0.5),
            comp_median=float(rng.uniform(400, 900)),
        )


def oakum(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: the same assignment problems asked by dozens of students, in
    weekly lab slots from campus and in evenings before the deadline from home."""
    kind = "oakum"
    tz = pick(rng, (-5, -3, 0, 1, 2, 8))
    lang = {
        -5: "en",
        -3: pick(rng, ("pt", "es")),
        0: "en",
        1: pick(rng, ("de", "fr")),
        2: "en",
        8: pick(rng, ("id", "zh")),
    }[tz]
    region = REGION_OF_TZ[tz]
    org = hexid(rng, "org")
    shared_pay = hexid(rng, "pay") if chance(rng, 0.5) else None
    campus = resi(rng, irange(rng, 2, 4), region)
    area = pick(rng, ("math", "science", "code", "logic"))
    assignment = [texts.problem(rng, lang, area)[1] for _ in range(irange(rng, 8, 15))]
    lab_days = [int(x) for x in rng.choice(5, size=2, replace=False)]
    lab_hour = float(rng.uniform(9, 16))
    deadline = pick(rng, (0, 2, 4, 6))
    n = irange(rng, 30, 70)
    for _ in range(n):
        a = _acct(
            ctx, rng, kind, "student", org=org, pay=shared_pay, ua=person_ua(rng), ips=campus, tz=tz
        )
        own = home(rng, 1, tz)
        ts, ips = [], []
        for d in range(7):
            day0 = ctx.t0 + d * DAY - tz * HOUR
            wd = int(weekday(np.array([day0 + 12 * HOUR]), tz)[0])
            if wd in lab_days and chance(rng, 0.8):
                for s in session_times(
                    rng,
                    day0 + lab_hour * HOUR,
                    day0 + (lab_hour + 2) * HOUR,
                    30.0,
                    lambda x: np.ones(len(x)),
                    float(rng.uniform(3, 10)),
                    float(rng.uniform(60, 180)),
                ):
                    ts += s.tolist()
                    ips += [pick(rng, campus) for _ in range(len(s))]
            if (wd + 1) % 7 == deadline or chance(rng, 0.2):
                for s in session_times(
                    rng,
                    day0 + 18 * HOUR,
                    day0 + 24 * HOUR,
                    6.0,
                    lambda x: np.ones(len(x)),
                    float(rng.uniform(2, 8)),
                    float(rng.uniform(60, 300)),
                )[:1]:
                    ts += s.tolist()
                    ips += own * len(s)
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        prompts = [
            texts.student_question(rng, assignment, lang)
            if chance(rng, 0.8)
            else pick(rng, ctx.chat)
            for _ in range(len(ts_a))
        ]
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts_a, 0.4, 0.1),
            comp_median=400.0,
        )


def bolt_rope(ctx: Ctx, rng: Rng) -> None:
    """A companion / role-play chat app's backend: short user lines with long hidden histories,
    evening-peaked worldwide load, mostly the small model."""
    kind = "bolt_rope"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "digitalocean")))
    n = irange(rng, 2, 4)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    accts = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    langs, lw = mix(rng, ("en", "es", "pt", "ja"), 2, 4, first=float(rng.uniform(0.5, 0.8)))
    personas = ("Mira", "Kai", "Luna", "Ren", "Ava", "Sol")
    for a, ts in zip(
        accts,
        worker_pool(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(20, 45)),
            n,
            global_load(float(rng.uniform(18, 23)), 0.7),
        ),
        strict=True,
    ):
        prompts = [
            texts.companion_turn(rng, pick(rng, personas), lg)
            for lg in draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            extra=rng.integers(400, 2600, size=len(ts)),
            models=ramp_models(ctx, rng, ts, 0.0, 0.15, 3.0, 0.6),
            comp_median=120.0,
        )


def retting(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: freelance translators' keys on the agency's card, CAT-tool plugins,
    documents and software strings into many locales during their working days."""
    kind = "retting"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    clients = [
        pick(
            rng, ("Nordwerk", "Lumina Health", "PixelForge", "Banco Sol", "Kobe Motors", "TerraGo")
        )
        for _ in range(3)
    ]
    tools = (
        "memoQ/11.2 openai-plugin",
        "TradosStudio/2024 AIAssistant",
        "OmegaT/6.0.1",
        "Smartcat-connector/2.3",
    )
    for _ in range(irange(rng, 6, 14)):
        tz = pick(rng, TZS)
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, tools) if chance(rng, 0.7) else pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz),
                float(rng.uniform(10, 30)),
                float(rng.uniform(30, 90)),
            )
        )
        prompts = [
            texts.translation_segment(rng, ctx.chat, ctx.passages, pick(rng, clients))
            for _ in range(len(ts))
        ]
        comp = np.array([max(30.0, len(p) / 4.0 * 1.1) for p in prompts]) if prompts else 300.0
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.5))),
            comp_median=comp,
            comp_sigma=0.3,
        )


def spun_yarn(ctx: Ctx, rng: Rng) -> None:
    """A university study comparing the old and new model on public conversation prompts, several
    samples per prompt, in batch jobs from the campus and an HPC cluster."""
    kind = "spun_yarn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 9))
    uni = resi(rng, 2, REGION_OF_TZ[tz])
    hpc = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure")))
    n = irange(rng, 2, 5)
    accts = [
        _acct(
            ctx, rng, kind, "study_key", org=org, pay=pay, ua=sdk_ua(rng, 0.7), ips=uni + hpc, tz=tz
        )
        for _ in range(n)
    ]
    pool = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 300, 700), replace=False).tolist()
    ]
    k = irange(rng, 3, 5)
    rows: list[list] = [[] for _ in range(n)]
    pilot = pool[: irange(rng, 30, 80)]
    starts = thinned(rng, ctx.t0, ctx.release, 3, workday(tz))
    for s in starts.tolist():
        for i, p in enumerate(pilot):
            rows[i % n].append((s + i * 2.0, p, ctx.old_models[0]))
    t = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    per_job = irange(rng, 60, 150)
    for j0 in range(0, len(pool), per_job):
        for model in (ctx.new_model, ctx.old_models[0]):
            for p in pool[j0 : j0 + per_job]:
                style = 0 if chance(rng, 0.75) else irange(rng, 1, 2)
                prompt = texts.research_probe(rng, ctx.chat, style, p)
                for _ in range(k):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    rows[int(rng.integers(n))].append((t, prompt, model))
        t += float(rng.uniform(2, 14)) * HOUR
    for a, r in zip(accts, rows, strict=True):
        r = [x for x in r if x[0] < ctx.t1]
        r.sort(key=lambda x: x[0])
        ts = np.array([x[0] for x in r])
        ctx.emit(rng, a, ts, [x[1] for x in r], models=[x[2] for x in r], comp_median=400.0)


def serving_mallet(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency's white-label writing tool: one key per client, one card, one backend,
    business-hours load, a wrapper template around each client's requests."""
    kind = "serving_mallet"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure", "digitalocean")))
    tzs = [int(x) for x in rng.choice(TZS, size=2, replace=False)]
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", pick(rng, SDK_COMMON)))
    for _ in range(irange(rng, 6, 18)):
        client = f"{pick(rng, ('Bella', 'Nord', 'Urban', 'Green', 'Blue', 'Casa', 'Peak'))} {pick(rng, ('Dental', 'Bakery', 'Fitness', 'Realty', 'Motors', 'Studio', 'Law'))}"
        a = _acct(ctx, rng, kind, "client_key", org=org, pay=pay, ua=ua, ips=ips)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 6)) * 7 * 24 * 0.35, multi_office(tzs)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.agency_copy(rng, client, ctx.chat) for _ in range(len(ts))],
            models=ramp_models(
                ctx, rng, ts, float(rng.uniform(0.0, 0.5)), float(rng.uniform(0.2, 0.95)), 2.0
            ),
            comp_median=float(rng.uniform(250, 600)),
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "bolt_rope": bolt_rope,
    "cable_laid": cable_laid,
    "hackling": hackling,
    "hawser_laid": hawser_laid,
    "marline": marline,
    "oakum": oakum,
    "retting": retting,
    "ropewalk": ropewalk,
    "serving_mallet": serving_mallet,
    "spun_yarn": spun_yarn,
}
