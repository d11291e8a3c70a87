"""Benign hard-negative kinds of blind batch 140 (code names from glazing; what each one is, and
which campaign it was built to resemble, is in this package's README).

Each kind is `f(ctx, rng)`: legitimate accounts (label "benign", family = the kind's name) whose
traffic a careless detector would take for a campaign."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind140 import texts as T

COMPANIES = (
    "Northwind",
    "Bluefin Labs",
    "Kestrel",
    "Ondine",
    "Marlow & Pike",
    "Tidewater",
    "Quillon",
    "Harbor Nine",
    "Solstice",
    "Copperleaf",
    "Vantage Row",
    "Lumen Fieldworks",
    "Brightwell",
    "Ashgrove",
    "Pelican Data",
)


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ------------------------------------------------------------------------------------------
# evaluation lab: reasoning benchmark sweeps, re-run on the new model the day it ships


def underglaze(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "underglaze"
    for _lab in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1))
        prov = pick(rng, ("gcp", "aws", "azure"))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
        bench = pick(rng, ("RSN", "MATHX", "LOGIQ", "CODETRACE", "STEMHARD"))
        suite = irange(rng, 120, 320)
        keys = [
            _acct(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=card,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 3), prov),
                tz=tz,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        gap = _u(rng, 0.6, 2.5)
        per_day = _u(rng, 0.6, 1.5)
        runs = bb.thinned(
            rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz, weekend=0.1)
        )
        # the release day: the whole suite on the new model, several seeds, and re-baselines on the old one
        extra = ctx.release + np.sort(rng.uniform(0.05, 1.5, size=irange(rng, 3, 6))) * DAY
        for r_i, s in enumerate(np.concatenate([runs, extra]).tolist()):
            key = keys[r_i % len(keys)]
            if s >= ctx.release:
                model = ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models)
            else:
                model = pick(rng, ctx.old_models)
            n = suite if chance(rng, 0.7) else irange(rng, 20, suite)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
            prompts = [
                T.eval_item(rng, i, bench) if i % 4 else T.mcq_item(rng, i, bench) for i in range(n)
            ]
            ctx.emit(
                rng,
                key,
                ts,
                prompts,
                models=model,
                comp_median=_u(rng, 500, 1100),
                comp_sigma=0.5,
                err=0.02,
            )


# ------------------------------------------------------------------------------------------
# labelling vendor: reviewers use the model as a second opinion on annotators' work


def overglaze(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "overglaze"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2))
    nat = bb.home(rng, irange(rng, 1, 3), tz)
    project = pick(rng, ("Project Heron", "HLX-7", "Atlas-QA", "Orchid RLHF", "Sable"))
    for _ in range(irange(rng, 6, 14)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else "python-requests/2.32.3"
        a = _acct(ctx, rng, kind, "qa_reviewer", org=org, pay=card, ua=ua, ips=nat, tz=tz)
        style = irange(rng, 0, 2)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 2, 4),
            bb.workday(tz, weekend=0.05),
            _u(rng, 8, 20),
            _u(rng, 40, 100),
        )
        ts = _cat(sess)
        prompts = [
            T.qa_review_prompt(
                rng,
                ctx.chat,
                ctx.passages,
                project,
                style if chance(rng, 0.7) else irange(rng, 0, 2),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.1),
            comp_median=_u(rng, 100, 220),
        )


# ------------------------------------------------------------------------------------------
# trust & safety team: moderation checks and civil rewrites of reported posts, 24/7


def shino(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shino"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Fernweh Forums", "Plaza", "ChitChat", "Nookly", "Threadline"))
    prov = pick(rng, ("azure", "gcp", "aws"))
    lang_de = chance(rng, 0.5)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.8),
            ips=bb.cloud(rng, irange(rng, 2, 4), prov),
            tz=0,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 5, 12) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(_u(rng, 14, 21), _u(rng, 0.3, 0.6)),
        )
        prompts = [
            T.moderation_prompt(
                rng, ctx.chat, platform, "de" if lang_de and chance(rng, 0.4) else "en"
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.35), comp_median=_u(rng, 60, 120)
        )


# ------------------------------------------------------------------------------------------
# software company's coding agents: per-developer keys, agent loops, CI runners


def crackle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crackle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = bb.home(rng, 1, tz)
    ci = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp")))
    repo = pick(rng, ("acme/platform", "shopfront/api", "ledgerly/core", "fieldops/mobile"))
    for d in range(irange(rng, 8, 18)):
        ua = pick(
            rng,
            (
                "aider/0.72.1",
                "continue/0.9.250",
                "OpenAI/Python 1.58.1",
                "cline/3.2.0",
                "langchain-openai/0.3.6",
            ),
        )
        is_ci = d < 2
        ips = ci if is_ci else office + bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "ci_bot" if is_ci else "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        curve = bb.constant if is_ci else bb.workday(tz, weekend=0.08)
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, _u(rng, 2, 6), curve, _u(rng, 12, 28), _u(rng, 5, 12), 0.7
        )
        ts_all, prompts = [], []
        for s in sess:
            task = pick(rng, T.CODE_TASKS).format(
                t=f"test_{pick(rng, ('refund', 'pagination', 'login', 'export'))}"
            )
            ts_all.extend(s.tolist())
            prompts.extend(T.coding_agent_prompt(rng, j, task, repo) for j in range(len(s)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            comp_median=_u(rng, 200, 400),
            extra=rng.integers(1500, 8000, size=len(ts)),
        )


# ------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase generation for an intent classifier


def crazing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crazing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 5))
    product = pick(rng, ("BankBuddy", "TelcoAssist", "Paywise", "Roamly"))
    start_h, hours = _u(rng, 0.5, 3), _u(rng, 1.5, 4)
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=bb.cloud(rng, 1, pick(rng, ("aws", "azure", "hetzner"))),
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 80, 200) * 7, bb.nightly(start_h, hours, tz))
        p_new = 0.0 if chance(rng, 0.4) else 0.5
        prompts = [T.intent_paraphrase_prompt(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.3),
            comp_median=_u(rng, 400, 800),
            comp_sigma=0.4,
        )


# ------------------------------------------------------------------------------------------
# companion / roleplay app: long conversations forwarded by a backend


def pinholing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pinholing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 3, 5), pick(rng, ("aws", "gcp", "digitalocean")))
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "Dart/3.6 (dart:io)")),
            ips=backend,
            tz=0,
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 0.8, 2.0) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(_u(rng, 18, 23), _u(rng, 0.4, 0.7)),
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 6, 22)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 15, 50)), 0.7, size=k - 1))]
            )
            persona = pick(rng, ("Luna", "Kai", "Captain Reyes", "Mira", "Professor Oak-tree"))
            ts_all.extend(t.tolist())
            prompts.extend(T.companion_msg(rng, j, persona) for j in range(k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.05, 0.6),
            comp_median=_u(rng, 90, 160),
            extra=irange(rng, 250, 700),
        )


# ------------------------------------------------------------------------------------------
# translation shop: client jobs, each segment into several locales


def glost(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "glost"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    locales = (
        "de-DE",
        "fr-FR",
        "es-ES",
        "it-IT",
        "pt-BR",
        "ja-JP",
        "ko-KR",
        "zh-CN",
        "pl-PL",
        "nl-NL",
        "tr-TR",
        "sv-SE",
    )
    for _ in range(irange(rng, 3, 7)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3"
        a = _acct(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 2, 5),
            bb.workday(tz, weekend=0.05),
            _u(rng, 10, 25),
            _u(rng, 10, 40),
        )
        ts_all, prompts, comp = [], [], []
        for s in sess:
            client = pick(rng, COMPANIES)
            tg = [str(x) for x in rng.choice(locales, size=irange(rng, 3, 8), replace=False)]
            seg = irange(rng, 1, 900)
            for j in range(len(s)):
                if j % len(tg) == 0:
                    seg += 1
                    text = (
                        T.cut(rng, pick(rng, ctx.passages), 100, 900)
                        if chance(rng, 0.5)
                        else pick(rng, T.UI_STRINGS)
                    )
                prompts.append(T.l10n_prompt(rng, client, text, tg[j % len(tg)], seg))
                comp.append(max(8.0, len(text) / 3.3))
            ts_all.extend(s.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.35, 0.1),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


# ------------------------------------------------------------------------------------------
# a university course: students on the same homework, spiking before the deadline


def majolica(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "majolica"
    tz = pick(rng, (-5, 0, 1, 5, -3))
    lang = {-5: "en", 0: "en", 1: pick(rng, ("de", "fr", "en")), 5: "en", -3: "pt"}[tz]
    course_org, grant = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    course = pick(rng, ("ECON 101", "BIO 210", "CS 161", "PHYS 120", "STAT 200"))
    due = ctx.t0 + float(irange(rng, 4, 6)) * DAY + (23.9 - tz) * HOUR
    hw = irange(rng, 3, 7)
    for _ in range(irange(rng, 30, 50)):
        edu = chance(rng, 0.6)
        home = bb.home(rng, 1, tz)
        ua = pick(rng, bb.MOBILE[:3]) if chance(rng, 0.35) else pick(rng, bb.BROWSERS)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=course_org if edu else None,
            pay=grant if edu else None,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        curve = bb.evening_person(tz, 2.8)
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, _u(rng, 0.3, 1.3), curve, _u(rng, 3, 7), _u(rng, 40, 120)
        )
        sess += bb.session_times(
            rng, due - 30 * HOUR, due, _u(rng, 1, 4), bb.constant, _u(rng, 4, 9), _u(rng, 30, 90)
        )
        ts = _cat(sess)
        prompts = [
            T.assignment_question(rng, course, hw, lang)
            if chance(rng, 0.6)
            else T.cut(rng, pick(rng, ctx.chat), 5, 1500)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.25),
            comp_median=_u(rng, 300, 500),
        )


# ------------------------------------------------------------------------------------------
# research study: same item sampled many times and across all models (calibration / variance)


def salt_glaze(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "salt_glaze"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    lab = bb.home(rng, 1, tz)
    cluster = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws", "oracle")))
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=lab + cluster if chance(rng, 0.5) else lab,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    style = irange(rng, 0, 1)
    runs = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 0.7, 1.4) * 7, bb.workday(tz, weekend=0.15))
    all_models = [*ctx.old_models, ctx.new_model]
    for r_i, s in enumerate(runs.tolist()):
        key = keys[r_i % len(keys)]
        models = [m for m in all_models if m != ctx.new_model or s >= ctx.release]
        n_items, n_rep = irange(rng, 15, 35), irange(rng, 5, 10)
        t, ts_all, prompts, mods = s, [], [], []
        for m in models:
            for i in range(n_items):
                item = T.calibration_item(rng, i + 1000 * (r_i % 3), style)
                for _ in range(n_rep):
                    t += float(rng.lognormal(np.log(0.8), 0.6))
                    ts_all.append(t)
                    prompts.append(item)
                    mods.append(m)
        ctx.emit(
            rng,
            key,
            np.asarray(ts_all),
            prompts,
            models=mods,
            comp_median=_u(rng, 15, 40),
            comp_sigma=0.5,
        )


# ------------------------------------------------------------------------------------------
# writing-assistant agency: one sub-account per client workspace, upgraded to the new model


def wax_resist(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wax_resist"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "hetzner", "vultr")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    upgrade = ctx.release + _u(rng, 0.2, 1.0) * DAY
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, bb.TZS)
        client = pick(rng, bb.COUNTRIES) + " " + pick(rng, COMPANIES)
        a = _acct(ctx, rng, kind, "client_workspace", org=org, pay=card, ua=ua, ips=backend, tz=tz)
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 0.2, 1.8) * (ctx.t1 - ctx.t0) / HOUR,
            bb.workday(tz, weekend=0.15),
        )
        prompts = [T.agency_prompt(rng, ctx.chat, client) for _ in range(len(ts))]
        u = rng.random(len(ts))
        models = [
            ctx.new_model
            if t >= upgrade and x < 0.85
            else (ctx.old_models[0] if x < 0.9 else ctx.old_models[-1])
            for t, x in zip(ts.tolist(), u.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=_u(rng, 220, 420))


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "underglaze": underglaze,
    "overglaze": overglaze,
    "shino": shino,
    "crackle": crackle,
    "crazing": crazing,
    "pinholing": pinholing,
    "glost": glost,
    "majolica": majolica,
    "salt_glaze": salt_glaze,
    "wax_resist": wax_resist,
}
