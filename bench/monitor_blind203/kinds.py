"""Benign hard-negative kinds of batch 203: legitimate customers a careless detector would flag.

Code names are paper-making words. Each kind is `f(ctx, rng)` and labels its accounts "benign".
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind203 import texts
from bench.monitor_blind203.families import IDE_UAS


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. an evaluation lab benchmarking every model, hardest on release day


def hollander_beater(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hollander_beater"
    for _ in range(irange(rng, 2, 3)):  # independent labs
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws", "azure"))
        ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=bb.cloud(rng, 2, provider),
            )
            for _ in range(irange(rng, 1, 3))
        ]
        n_items = irange(rng, 250, 700)
        k_samples = irange(rng, 1, 5)
        fmt = int(rng.integers(2))
        # runs: a couple before the release on old models, a big one within hours of it
        runs = [(float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)), ctx.old_models[0])]
        if chance(rng, 0.6):
            runs.append((float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)), ctx.old_models[-1]))
        runs.append((ctx.release + float(rng.uniform(1, 10)) * HOUR, ctx.new_model))
        if chance(rng, 0.5):
            runs.append((ctx.release + float(rng.uniform(20, 60)) * HOUR, ctx.new_model))
        for s, model in runs:
            idx = np.repeat(np.arange(n_items), k_samples)
            gaps = rng.exponential(float(rng.uniform(0.3, 1.2)), size=len(idx))
            ts = s + np.cumsum(gaps)
            who = rng.integers(0, len(keys), size=len(ts))
            for j, a in enumerate(keys):
                sel = who == j
                prompts = [texts.eval_item(rng, int(i), fmt) for i in idx[sel].tolist()]
                ctx.emit(rng, a, ts[sel], prompts, models=model, comp_median=260.0, err=0.03)


# --------------------------------------------------------------------------------------------
# 2. a labelling vendor: many annotator seats, rubric questions, one corporate card


def chain_lines(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chain_lines"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = [pick(rng, (5, 8)), pick(rng, (1, 2, -3))]
    office_ips = {tz: bb.home(rng, 2, tz) for tz in offices}
    project = pick(rng, ("HelpEval-7", "proj_quillon", "RLHF-batch-Q1", "acme_pref_v2"))
    for _ in range(irange(rng, 18, 35)):
        tz = pick(rng, offices)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office_ips[tz],
            tz=tz,
        )
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = bb.session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(90, 240)),
        )
        ts = _cat(sess)
        prompts = [
            texts.annotation_task(rng, ctx.chat, ctx.passages, project)
            if chance(rng, 0.75)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.1), comp_median=260.0)


# --------------------------------------------------------------------------------------------
# 3. a tutoring product: step-by-step explanations for students, from a cloud backend


def rag_pulp(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rag_pulp"
    for _ in range(irange(rng, 2, 3)):  # separate companies
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        lang = pick(rng, ("en", "en", "es", "pt"))
        provider = pick(rng, ("aws", "gcp", "digitalocean"))
        ips = bb.cloud(rng, irange(rng, 1, 3), provider)
        peak = {"en": 21.0, "es": 23.0, "pt": 22.0}[lang]
        curve = bb.global_load(peak, 0.7)
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="product_backend",
                org=org,
                pay=pay,
                ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "axios/1.7.9")),
                ips=ips,
            )
            rate = float(rng.uniform(10, 30))
            ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
            switch = ctx.release + float(rng.uniform(0.5, 2.5)) * DAY
            models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
            prompts = [texts.tutor_prompt(rng, lang, irange(rng, 5, 12)) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=480.0)


# --------------------------------------------------------------------------------------------
# 4. a university course cohort: the same assignment, many students, a deadline


def stamper(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stamper"
    tz = pick(rng, (-5, 0, 1))
    campus = bb.home(rng, 2, tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 30, 60)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.8) else pick(rng, bb.MOBILE[:3])
        own = bb.home(rng, 1, tz)
        a = ctx.account(
            rng, label="benign", family=kind, role="student", ua=ua, ips=campus + own, tz=tz
        )
        base = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.8)), bb.evening_person(tz), 3.0, 60.0
        )
        crunch_start = deadline - float(rng.uniform(8, 40)) * HOUR
        crunch = bb.session_times(
            rng,
            crunch_start,
            deadline,
            float(rng.uniform(1.5, 4)),
            bb.evening_person(tz),
            5.0,
            90.0,
        )
        ts_b, ts_c = _cat(base), _cat(crunch)
        ts = np.concatenate([ts_b, ts_c])
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts_b))] + [
            texts.assignment_question(rng, int(rng.integers(len(texts.ASSIGNMENT))))
            for _ in range(len(ts_c))
        ]
        at_campus = bb.workday(tz)(ts) > 0.5
        ips = [pick(rng, campus) if c else own[0] for c in at_campus.tolist()]
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts[order], 0.3, 0.2),
            comp_median=380.0,
        )


# --------------------------------------------------------------------------------------------
# 5. an academic safety study: borderline requests, same items on every model, nightly scripts


def loft_drying(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "loft_drying"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    ips = bb.cloud(rng, 1, pick(rng, ("aws", "azure"))) + bb.home(rng, 1, tz)
    study = pick(rng, ("overrefusal-2026", "xs-calib", "harmbench-lite", "refusal-drift"))
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
    for _ in range(irange(rng, 2, 5)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=ips,
            tz=tz,
        )
        nights = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), bb.nightly(1, 3, tz))
        ts_all, prompts, ms = [], [], []
        for s in nights.tolist():
            cond = pick(rng, ("A", "B", "C", "ctrl"))
            items = [texts.safety_study(rng, study, cond) for _ in range(irange(rng, 40, 140))]
            for m in models:
                if m == ctx.new_model and s < ctx.release:
                    continue
                t = s + np.cumsum(rng.exponential(2.0, size=len(items)))
                ts_all.extend(t.tolist())
                prompts.extend(items)
                ms.extend([m] * len(items))
                s = float(t[-1]) + 30.0
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ms, ips=ips[0], comp_median=300.0, err=0.02)
        # daytime manual poking
        day = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 1.0, bb.workday(tz), 4.0, 60.0))
        ctx.emit(
            rng,
            a,
            day,
            [
                texts.policy_rewrite(rng, int(rng.integers(4)), "en", ctx.passages)
                if chance(rng, 0.3)
                else pick(rng, ctx.chat)
                for _ in range(len(day))
            ],
            models=ctx.models(rng, day, 0.5, 0.1),
            ips=ips[-1],
            ua=pick(rng, bb.BROWSERS),
            comp_median=350.0,
        )


# --------------------------------------------------------------------------------------------
# 6. an agency reselling AI copywriting: many sub-accounts, one card, one cloud


def cylinder_mould(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cylinder_mould"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("digitalocean", "hetzner", "vultr")))
    ua = bb.sdk_ua(rng, 0.7)
    brands = (
        "Nordlys Home",
        "Kettle & Co",
        "Brightpath",
        "Mercado Verde",
        "Lumen Yoga",
        "Atlas Bikes",
        "Piccolo Pets",
        "Sorrel Skin",
        "Harbor Coffee",
        "Quanta Tutors",
    )
    for _ in range(irange(rng, 10, 22)):
        brand = pick(rng, brands)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_subaccount",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        tz = pick(rng, bb.TZS)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(40, 300)), bb.workday(tz, weekend=0.2)
        )
        prompts = [texts.reseller_prompt(rng, ctx.chat, brand) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.25), comp_median=300.0)


# --------------------------------------------------------------------------------------------
# 7. a data-augmentation team generating training data for its own intent classifier


def tub_sizing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tub_sizing"
    for _ in range(irange(rng, 2, 3)):  # companies
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        tz = pick(rng, (-5, 1, 2))
        ips = bb.cloud(rng, 1, pick(rng, ("gcp", "aws")))
        langs = [pick(rng, ("en", "de", "es", "fr")) for _ in range(2)] + ["en"]
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="ml_engineer",
                org=org,
                pay=pay,
                ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
                ips=ips,
                tz=tz,
            )
            nights = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.nightly(0, 4, tz))
            ts_n = _cat(
                bb.bursts(
                    rng, nights, float(rng.uniform(80, 300)), float(rng.uniform(2, 6)), 0.5, ctx.t1
                )
            )
            ts_d = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 5.0, 45.0))
            ts = np.sort(np.concatenate([ts_n, ts_d]))
            prompts = [texts.augmentation_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.4), comp_median=700.0)


# --------------------------------------------------------------------------------------------
# 8. developers running IDE coding agents: tight agent loops, big contexts


def cotton_linters(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cotton_linters"
    for _ in range(irange(rng, 10, 20)):
        tz = pick(rng, bb.TZS)
        team = chance(rng, 0.3)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=pick(rng, IDE_UAS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)) * 7, bb.workday(tz, weekend=0.15)
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(6, 18)), float(rng.uniform(3, 8)), 0.6, ctx.t1
        )
        ts_all, prompts, extra = [], [], []
        for tr in trains:
            for k, t in enumerate(tr.tolist()):
                ts_all.append(t)
                prompts.append(texts.coding_agent_step(rng, ctx.chat, k == 0))
                extra.append(int(rng.integers(800, 4000)) + 250 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55 if team else 0.35, 0.05),
            extra=extra,
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# 9. companion-app users on phones (bring-your-own-key): long evening chats


def yankee_dryer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "yankee_dryer"
    carrier_of = {"en": "us_mobile", "pt": "br_mobile", "es": "br_mobile", "ja": None}
    for _ in range(irange(rng, 35, 70)):
        lang = pick(rng, ("en", "en", "en", "pt", "es", "ja"))
        tz = {"en": pick(rng, (-8, -5, 0)), "pt": -3, "es": -3, "ja": 9}[lang]
        c = carrier_of[lang]
        ips = bb.mobile_v6(rng, 8, c) if c and chance(rng, 0.7) else bb.home(rng, 2, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_user",
            ua=pick(rng, bb.MOBILE),
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2)),
            bb.evening_person(tz, 1.6),
            float(rng.uniform(8, 25)),
            float(rng.uniform(20, 60)),
        )
        ts_all, prompts, extra = [], [], []
        for se in sess:
            for k, t in enumerate(se.tolist()):
                ts_all.append(t)
                prompts.append(texts.companion_message(rng, lang, ctx.chat))
                extra.append(600 + k * int(rng.integers(40, 120)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.4),
            extra=extra,
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# 10. a translation shop: translators in one office, many target languages


def felt_side(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "felt_side"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    clients = ("Fjord Analytics", "Tessera Pay", "Olive & Stone", "Kumo Games", "Veld Health")
    targets = texts.l10n_targets()
    for _ in range(irange(rng, 4, 8)):
        mine = [targets[i] for i in rng.permutation(len(targets))[: irange(rng, 2, 5)].tolist()]
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.5) else "OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz),
            float(rng.uniform(8, 20)),
            float(rng.uniform(40, 150)),
        )
        ts = _cat(sess)
        prompts = [
            texts.translation_job(rng, pick(rng, clients), ctx.passages, pick(rng, mine))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=420.0)


BENIGN_KINDS = {
    "hollander_beater": hollander_beater,
    "chain_lines": chain_lines,
    "rag_pulp": rag_pulp,
    "stamper": stamper,
    "loft_drying": loft_drying,
    "cylinder_mould": cylinder_mould,
    "tub_sizing": tub_sizing,
    "cotton_linters": cotton_linters,
    "yankee_dryer": yankee_dryer,
    "felt_side": felt_side,
}
