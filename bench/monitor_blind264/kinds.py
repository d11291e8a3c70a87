"""Benign hard-negative kinds of batch 264 (code names from bidri ware, the inlaid metalwork of Bidar).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families
(or a campaign in general), opened with `label="benign"` and drawn from the kind's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind264 import texts as tx
from bench.monitor_blind264.families import _cat, _draw, _subset

Rng = np.random.Generator


def tarkashi(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model the day it ships: chain-of-thought maths suites,
    multilingual maths and multiple choice, fired in large runs from cloud runners, plus baseline
    runs on the old models before the release."""
    n_labs = irange(rng, 2, 3)
    for _ in range(n_labs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        runners = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure")))
        tz = int(pick(rng, bb.TZS))
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(
                rng,
                label="benign",
                family="tarkashi",
                role="eval_runner",
                org=org,
                pay=card,
                ua=pick(
                    rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
                ),
                ips=runners,
                tz=tz,
            )
            starts = [ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY for _ in range(irange(rng, 1, 2))]
            starts += [
                ctx.release + float(rng.uniform(0.05, 0.6)) * DAY for _ in range(irange(rng, 2, 4))
            ]
            for s in starts:
                suite = pick(rng, ("gsm", "mgsm", "mc"))
                n = irange(rng, 150, 500)
                ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.5)), size=n))
                lang = pick(rng, ("zh", "es", "ru", "ja", "fr", "en"))
                model = (
                    ctx.new_model
                    if s >= ctx.release and chance(rng, 0.8)
                    else pick(rng, ctx.old_models)
                )
                ctx.emit(
                    rng,
                    a,
                    ts,
                    [tx.benchmark_item(rng, lang, suite) for _ in range(n)],
                    models=model,
                    comp_median=40.0 if suite == "mc" else 550.0,
                    comp_sigma=0.5,
                    err=0.02,
                )


def tehnishan(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor whose annotators get model pre-annotations with rubrics inside their
    labelling tool: office hours, an office NAT address, human reading pace."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 2, -3)))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("Project Heron", "Project Lantern", "Project Quokka", "Project Saffron"))
    ua = pick(rng, ("python-httpx/0.28.1", "axios/1.7.9"))
    for _ in range(irange(rng, 8, 14)):
        a = ctx.account(
            rng,
            label="benign",
            family="tehnishan",
            role="annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                bb.workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(45, 120)),
                0.6,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.labelling_task(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=200.0,
            err=0.01,
        )


def zarbuland(ctx: Ctx, rng: Rng) -> None:
    """A platform's trust-and-safety team checking posts against community guidelines and suggesting
    compliant edits, in many languages, from its moderation backend around the clock."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 4), "azure")
    offices = _subset(rng, bb.TZS, 2, 4)
    langs = ["en", "es", "pt", "de", "ar", "hi", "zh"]
    lw = [3.0] + [float(rng.uniform(0.3, 1.2)) for _ in langs[1:]]
    for tz in offices:
        a = ctx.account(
            rng,
            label="benign",
            family="zarbuland",
            role="moderation_queue",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=backend,
            tz=int(tz),
        )
        rate = float(rng.uniform(5, 14))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.multi_office([int(tz)])
        )
        ls = _draw(rng, langs, lw, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_check(rng, ctx.chat, lg) for lg in ls],
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=120.0,
            err=0.01,
        )


def aftabi(ctx: Ctx, rng: Rng) -> None:
    """A software company whose developers use an in-house coding agent: one key per developer,
    long contexts with tool results, bursts of steps during the working day."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = _subset(rng, bb.TZS, 1, 3)
    office = {tz: bb.home(rng, 1, int(tz)) for tz in tzs}
    repo = pick(rng, ("acme/storefront", "monorepo", "platform-api", "mobile-backend"))
    for _ in range(irange(rng, 15, 30)):
        tz = int(pick(rng, tzs))
        ips = office[tz] + bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family="aftabi",
            role="developer",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, bb.workday(tz))
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 20)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.8, size=k - 1))])
            ctx_tokens = irange(rng, 3000, 9000)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.coding_agent_step(rng, j, repo))
                ex_l.append(ctx_tokens + j * irange(rng, 400, 1200))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=260.0,
            comp_sigma=0.8,
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
            err=0.01,
        )


def zarnishan(ctx: Ctx, rng: Rng) -> None:
    """A data-augmentation team generating paraphrases for its own support-intent classifier in a
    few scheduled overnight jobs."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, bb.TZS))
    langs = _subset(rng, ("en", "de", "es", "fr", "pt"), 1, 3)
    if "en" not in langs:
        langs = ["en", *langs]
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family="zarnishan",
            role="augmentation_job",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, pick(rng, ("gcp", "aws"))),
            tz=tz,
        )
        nights = _subset(rng, list(range(7)), 2, 4)
        starts = np.asarray(
            [ctx.t0 + d * DAY - tz * HOUR + float(rng.uniform(1, 4)) * HOUR for d in nights]
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(100, 300)), float(rng.uniform(1.0, 3.0)), 0.4, ctx.t1
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_request(rng, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.4, 0.3),
            comp_median=380.0,
            comp_sigma=0.4,
            err=0.02,
        )


def surahi(ctx: Ctx, rng: Rng) -> None:
    """A companion app's backend: many end users' short messages with long persona-and-history
    context, relayed from the app's servers with its users' worldwide daily rhythm."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "digitalocean")))
    langs = _subset(rng, ("en", "es", "pt", "ja"), 2, 4)
    if "en" not in langs:
        langs = ["en", *langs]
    lw = [3.0] + [1.0] * (len(langs) - 1)
    load = bb.global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family="surahi",
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        ls = _draw(rng, langs, lw, len(ts))
        extra = rng.integers(1500, 6000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_line(rng, ctx.chat, lg) for lg in ls],
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=110.0,
            extra=extra,
            err=0.01,
        )


def paandaan(ctx: Ctx, rng: Rng) -> None:
    """A programming course cohort: every student has a key under the course's organisation and
    card, asks about the week's assignment from home in the evenings, and crowds in before deadlines."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, bb.TZS))
    course = pick(rng, ("CS101", "Algorithms I", "Intro to Programming", "Data Structures 2"))
    week = irange(rng, 2, 9)
    deadline = ctx.t0 + float(rng.uniform(2.5, 5.5)) * DAY

    def keen(ts: np.ndarray) -> np.ndarray:
        rush = np.exp(-np.clip(deadline - ts, 0, None) / (0.7 * DAY)) * (ts <= deadline)
        return np.clip(0.35 * bb.evening_person(tz)(ts) + 0.8 * rush, 0, 1)

    for _ in range(irange(rng, 40, 80)):
        a = ctx.account(
            rng,
            label="benign",
            family="paandaan",
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS + ("OpenAI/Python 1.54.0",)),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 1.5)),
                keen,
                float(rng.uniform(3, 7)),
                float(rng.uniform(40, 120)),
            )
        )
        wk = [week if t <= deadline else week + 1 for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.course_question(rng, ctx.chat, course, w) for w in wk],
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=450.0,
            err=0.01,
        )


def huqqa_base(ctx: Ctx, rng: Rng) -> None:
    """An academic study of model-as-survey-respondent variability: each persona-item prompt is
    sampled many times in a row, in scheduled runs on both the old and the new model."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2, -5)))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    personas = [
        f"a {age}-year-old {job} from {pick(rng, bb.COUNTRIES)}"
        for age, job in zip(
            rng.integers(19, 80, size=12).tolist(),
            bb.picks(
                rng,
                (
                    "teacher",
                    "farmer",
                    "nurse",
                    "software developer",
                    "retiree",
                    "student",
                    "shop owner",
                ),
                12,
            ),
            strict=True,
        )
    ]
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family="huqqa_base",
            role="study_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=campus,
            tz=tz,
        )
        runs = [ctx.t0 + float(rng.uniform(0.2, 6.8)) * DAY for _ in range(irange(rng, 2, 5))]
        ts_l, pr_l, md_l = [], [], []
        for r in sorted(runs):
            model = ctx.new_model if (r >= ctx.release and chance(rng, 0.7)) else ctx.old_models[0]
            t = r
            for _ in range(irange(rng, 15, 40)):
                p = tx.survey_item(rng, pick(rng, personas))
                for _ in range(irange(rng, 10, 20)):
                    t += float(rng.lognormal(np.log(1.2), 0.4))
                    ts_l.append(t)
                    pr_l.append(p)
                    md_l.append(model)
        ctx.emit(
            rng, a, np.asarray(ts_l), pr_l, models=md_l, comp_median=40.0, comp_sigma=0.5, err=0.02
        )


def fort_soil(ctx: Ctx, rng: Rng) -> None:
    """An API reseller / chat front-end: ordinary people's prompts relayed verbatim through a handful
    of keys from its servers, advertising the new model as soon as it ships."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("hetzner", "ovh", "aws", "alibaba")))
    load = bb.global_load(float(rng.uniform(10, 16)), float(rng.uniform(0.4, 0.7)))
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family="fort_soil",
            role="reseller_key",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=servers,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.65, 0.15),
            comp_median=380.0,
            err=0.015,
        )


def sand_mould(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: freelance translators on the agency's org and card, each segment of a
    job sent into several target languages by different people during their working day."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    targets = _subset(rng, ("de", "fr", "es", "it", "pt", "ja", "ko", "zh", "pl", "tr", "ar"), 4, 7)
    people = []
    for _ in range(irange(rng, 6, 12)):
        tz = int(pick(rng, bb.TZS))
        a = ctx.account(
            rng,
            label="benign",
            family="sand_mould",
            role="translator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        people.append((a, tz, pick(rng, targets)))
    jobs = irange(rng, 10, 20)
    for j in range(jobs):
        segs = [tx.snippet(rng, ctx.passages, 60, 400) for _ in range(irange(rng, 10, 40))]
        start = ctx.t0 + float(rng.uniform(0, 6)) * DAY
        for a, tz, lang in people:
            if not chance(rng, 0.6):
                continue
            ts = (
                start
                + float(rng.uniform(0, 0.5)) * DAY
                + np.cumsum(rng.lognormal(np.log(90), 0.7, size=len(segs)))
            )
            keep = bb.workday(tz, 8.0, 20.0, 0.3, 0.1)(ts) > rng.random(len(ts)) * 0.7
            ts = ts[keep]
            prompts = [
                tx.translation_segment(rng, s, f"J{j + 1}-{k + 1:03d}", lang)
                for k, s in enumerate(segs)
                if keep[k]
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.4, 0.2),
                comp_median=140.0,
                err=0.01,
            )
    # every translator sends at least a few requests of their own (glossary questions)
    for a, tz, lang in people:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 15)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [
                f"What is the usual {tx.LANG_NAMES[lang]} term for '{pick(rng, ('checkout', 'invoice', 'dashboard', 'sign in', 'refund policy', 'terms of service'))}' in software UI?"
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.4, 0.2),
            comp_median=80.0,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "tarkashi": tarkashi,
    "tehnishan": tehnishan,
    "zarbuland": zarbuland,
    "aftabi": aftabi,
    "zarnishan": zarnishan,
    "surahi": surahi,
    "paandaan": paandaan,
    "huqqa_base": huqqa_base,
    "fort_soil": fort_soil,
    "sand_mould": sand_mould,
}
