"""Benign hard-negative kinds of batch 265: ten legitimate kinds of traffic, each built to look
like one of this batch's campaign families (or like a campaign in general). Each is drawn from
its own generator (`bench/blind_batch.py` seeds it from (seed, salt, 2, index)).

Code names are madhubani-painting words; the card (README.md) says what each kind looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind265 import texts as tx

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab re-running its multilingual reasoning suite when the new model ships


def aripan(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1))
    gcp = bb.cloud(rng, irange(rng, 2, 5), "gcp")
    langs = ("en", "zh", "ru", "es", "pt", "de")
    n_items = irange(rng, 120, 260)
    bank_rng = np.random.default_rng([265, 7, int(rng.integers(1 << 30))])
    bank = [
        tx.eval_item(bank_rng, langs[i % len(langs)], (i // len(langs)) % 2) for i in range(n_items)
    ]
    accts = [
        _benign(
            ctx,
            rng,
            "aripan",
            "eval runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=gcp,
            tz=tz,
        )
        for _ in range(n)
    ]
    # baseline runs on the old models, then a burst of seeds on the new model from release day
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 1, 3)):
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY)),
                pick(rng, ctx.old_models),
            )
        )
    for _ in range(irange(rng, 3, 6)):
        runs.append((ctx.release + float(rng.uniform(0.05, 1.5)) * DAY, ctx.new_model))
    for _ in range(irange(rng, 0, 2)):
        runs.append((ctx.release + float(rng.uniform(0.5, 2.8)) * DAY, ctx.old_models[0]))
    for r, (start, model) in enumerate(runs):
        acct = accts[r % n]
        sub = irange(rng, n_items // 2, n_items)
        ts = start + np.cumsum(rng.lognormal(np.log(1.4), 0.5, size=sub))
        ctx.emit(rng, acct, ts, bank[:sub], models=model, comp_median=420, comp_sigma=0.5, err=0.02)
    # a few hand-run probes from the office
    office = bb.home(rng, 1, tz)
    for acct in accts[:2]:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), bb.workday(tz))
        prompts = [
            tx.coerced_reasoning(rng, "en") if chance(rng, 0.5) else pick(rng, ctx.chat) for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8),
            ips=office[0],
            ua=pick(rng, bb.BROWSERS),
            comp_median=600,
        )


# --------------------------------------------------------------------------------------------
# a chatbot company's QA team grading its own bot's transcripts with a rubric


def kohbar(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    bot = pick(rng, ("Nova", "Ava", "Sprout", "Hali", "Juniper"))
    tz = pick(rng, (1, 2, 0))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ci = bb.cloud(rng, 2, "azure")
    n = irange(rng, 2, 4)
    for i in range(n):
        manual = i > 0
        acct = _benign(
            ctx,
            rng,
            "kohbar",
            "qa analyst" if manual else "ci grader",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS) if manual else "OpenAI/Python 1.54.0",
            ips=office if manual else ci,
            tz=tz,
        )
        if manual:
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, 2.0, bb.workday(tz), 12.0, 75.0)
            ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        else:
            nights = bb.thinned(rng, ctx.t0, ctx.t1, 7.0, bb.nightly(1.5, 1.0, tz))
            trains = bb.bursts(rng, nights, float(rng.uniform(80, 180)), 2.5, 0.4, ctx.t1)
            ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [tx.qa_review(rng, bot, ctx.chat, ctx.passages) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=260)


# --------------------------------------------------------------------------------------------
# a social platform's moderation pipeline: guideline checks and civil rewrites, many locales


def bharni(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Chirpline", "Marketbee", "Neighbourly", "Kanvas"))
    azure = bb.cloud(rng, irange(rng, 2, 4), "azure")
    langs = ["en", "ar", "id", "tr", "es"]
    w = [0.45, 0.15, 0.15, 0.12, 0.13]
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            "bharni",
            "moderation backend",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=azure,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(14, 26)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(12, 20)), 0.5),
        )
        prompts = [
            tx.moderation_prompt(rng, platform, tx.weighted(rng, langs, w), ctx.chat) for _ in ts
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.5), comp_median=180, err=0.005
        )


# --------------------------------------------------------------------------------------------
# a developer-tools startup's coding agent fixing CI failures for its customers


def kachni(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("PatchPilot", "Fixwright", "GreenBuild", "Mendbot"))
    pool = bb.cloud(rng, irange(rng, 4, 8), "aws")
    curve = bb.multi_office((-5, 1))
    for _ in range(irange(rng, 3, 5)):
        acct = _benign(
            ctx,
            rng,
            "kachni",
            "agent backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=pool,
        )
        eps = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 140)), curve)
        ts_l: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in eps.tolist():
            repo, test = pick(rng, tx._REPOS), pick(rng, tx._TESTS)
            t, hist = s, irange(rng, 800, 2500)
            for step in range(1, irange(rng, 6, 20) + 1):
                ts_l.append(t)
                prompts.append(tx.ci_agent_step(rng, product, repo, test, step))
                extra.append(hist)
                hist += irange(rng, 150, 600)
                t += float(rng.lognormal(np.log(8.0), 0.6))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            comp_median=200,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a QA team generating synthetic fixtures and intent paraphrases for its own tests


def godna(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Tally & Co", "Routefox", "Medora", "Parcelio", "Ledgerline"))
    tz = pick(rng, (-5, 1, 5))
    ci = bb.cloud(rng, 2, pick(rng, ("gcp", "aws")))
    office = bb.home(rng, 1, tz)
    for i in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            "godna",
            "test-data job" if i == 0 else "qa engineer",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1" if i == 0 else pick(rng, bb.BROWSERS),
            ips=ci if i == 0 else office,
            tz=tz,
        )
        if i == 0:
            starts = bb.thinned(rng, ctx.t0, ctx.t1, 6.0, bb.nightly(2.0, 0.5, tz))
            trains = bb.bursts(rng, starts, float(rng.uniform(40, 90)), 3.0, 0.4, ctx.t1)
            ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        else:
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 6.0, 90.0)
            ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = [tx.test_data_prompt(rng, company) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=1200,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a companion app's backend: short last messages on top of long remembered context


def tantrik(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    lines = {
        "en": tx.COMPANION_LINES,
        "es": tx.COMPANION_LINES_ES,
        "pt": tx.COMPANION_LINES_PT,
        "id": tx.COMPANION_LINES_ID,
    }
    langs = list(lines)
    w = [0.6, 0.15, 0.15, 0.1]
    curve = bb.global_load(float(rng.uniform(1, 4)), 0.65)
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            "tantrik",
            "companion backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=nat,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 15)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = []
        for _t in ts:
            lang = tx.weighted(rng, langs, w)
            prompts.append(pick(rng, lines[lang]) if chance(rng, 0.75) else pick(rng, ctx.chat))
        extra = rng.integers(600, 3500, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.3),
            comp_median=140,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a university study of self-consistency and calibration: one item sampled many times


def jitwarpur(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, 1, tz)
    vm = bb.cloud(rng, 1, pick(rng, ("gcp", "azure")))
    n = irange(rng, 4, 8)
    for i in range(n):
        acct = _benign(
            ctx,
            rng,
            "jitwarpur",
            "student researcher",
            org=org,
            pay=card,
            ua=pick(
                rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "python-requests/2.32.3")
            ),
            ips=campus if i % 2 else campus + vm,
            tz=tz,
        )
        n_runs = irange(rng, 1, 4)
        for _r in range(n_runs):
            start = float(rng.uniform(ctx.t0, ctx.t1 - 0.3 * DAY))
            items = irange(rng, 20, 60)
            k = pick(rng, (5, 10, 20))
            first = irange(rng, 0, 300)
            ts_l: list[float] = []
            prompts: list[str] = []
            t = start
            for j in range(items):
                p = tx.calibration_item(rng, first + j)
                for _ in range(k):
                    t += float(rng.lognormal(np.log(2.0), 0.5))
                    ts_l.append(t)
                    prompts.append(p)
            ts = np.asarray(ts_l)
            model = (
                ctx.new_model if start >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
            )
            ctx.emit(rng, acct, ts, prompts, models=model, comp_median=120, comp_sigma=0.7)


# --------------------------------------------------------------------------------------------
# an international online course cohort: the same assignment questions before a deadline


def ranti(ctx: Ctx, rng: Rng) -> None:
    n = irange(rng, 30, 60)
    deadlines = [
        ctx.t0 + float(rng.uniform(2.3, 3.0)) * DAY,
        ctx.t0 + float(rng.uniform(6.3, 6.95)) * DAY,
    ]

    def rush(ts: np.ndarray) -> np.ndarray:
        out = np.zeros(len(ts))
        for d in deadlines:
            lead = (d - np.asarray(ts)) / DAY
            out = np.maximum(out, np.where((lead >= 0) & (lead < 2.5), np.exp(-lead * 1.2), 0.0))
        return 0.08 + 0.92 * out

    profiles = (
        (-5, "en"),
        (-8, "en"),
        (0, "en"),
        (1, "es"),
        (-3, "pt"),
        (5, "hi"),
        (5, "en"),
        (8, "en"),
    )
    for _ in range(n):
        tz, lang = pick(rng, profiles)
        acct = _benign(
            ctx,
            rng,
            "ranti",
            "student",
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 1.6)),
            lambda t, tz=tz: rush(t) * bb.evening_person(tz)(t),
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 120)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        week = 1 + int(rng.integers(3, 9))
        prompts = [
            tx.student_question(rng, lang, week) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in ts
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.4), comp_median=420)


# --------------------------------------------------------------------------------------------
# a marketing agency running client sub-accounts on its own card


def sita_devi(ctx: Ctx, rng: Rng) -> None:
    card = hexid(rng, "pay")
    tz = pick(rng, (1, 0, -5))
    agency_ips = bb.home(rng, 2, tz)
    cities = {
        "en": ("Leeds", "Austin", "Dublin"),
        "de": ("Köln", "Graz", "Leipzig"),
        "es": ("Valencia", "Sevilla", "Bilbao"),
        "fr": ("Lyon", "Nantes", "Lille"),
    }
    langs = list(cities)
    n = irange(rng, 12, 25)
    for _c in range(n):
        lang = pick(rng, langs)
        client = f"{pick(rng, bb.NAMES)}'s {tx.agency_business(rng).title()}"
        biz = tx.agency_business(rng)
        client_ip = bb.home(rng, 1, tz)
        acct = _benign(
            ctx,
            rng,
            "sita_devi",
            "agency client key",
            pay=card,
            ua="axios/1.7.9" if chance(rng, 0.7) else pick(rng, bb.BROWSERS),
            ips=agency_ips,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 110)), bb.workday(tz))
        ips = [pick(rng, client_ip) if chance(rng, 0.2) else pick(rng, agency_ips) for _ in ts]
        city = pick(rng, cities[lang])
        prompts = [tx.agency_prompt(rng, lang, client, biz, city, ctx.chat) for _ in ts]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), ips=ips, comp_median=380
        )


# --------------------------------------------------------------------------------------------
# a localisation shop: freelance translators pre-translating documents through a CAT plug-in


def mahasundari(ctx: Ctx, rng: Rng) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng, ("MateCAT-Connector/3.2 python-requests/2.32.3", "CATBridge/1.8 (Windows NT 10.0)")
    )
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, (1, 2, 9, -3, 8, 0))
        target = tx.cat_target(rng)
        acct = _benign(
            ctx,
            rng,
            "mahasundari",
            "translator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 14)), bb.workday(tz))
        trains = bb.bursts(
            rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(3, 12)), 0.6, ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        project = f"P-{irange(rng, 1000, 9999)}"
        prompts = [tx.cat_segment(rng, target, ctx.passages, project) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=90,
            comp_sigma=0.5,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "aripan": aripan,
    "kohbar": kohbar,
    "bharni": bharni,
    "kachni": kachni,
    "godna": godna,
    "tantrik": tantrik,
    "jitwarpur": jitwarpur,
    "ranti": ranti,
    "sita_devi": sita_devi,
    "mahasundari": mahasundari,
}
