"""Benign hard-negative kinds of blind batch 154: ten legitimate users built to resemble the
batch's campaign families (or a campaign in general). Each kind is `f(ctx, rng)`."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind154 import texts as tx
from bench.monitor_blind154.families import concat, draw_lang, models_switch, weighted_langs

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sorted(ts: list[float], *cols: list) -> tuple:
    ts_a = np.asarray(ts, dtype=np.float64)
    order = np.argsort(ts_a, kind="stable")
    return (ts_a[order],) + tuple([c[i] for i in order.tolist()] for c in cols)


# --------------------------------------------------------------------------------------------
# evaluation lab: a fixed suite, run on each model, a big run right after the release


def sabot(ctx: Ctx, rng: Rng) -> None:
    kind = "sabot"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_engineer",
            org=org,
            pay=card,
            ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "litellm/1.60.2", "OpenAI/Python 1.58.1")),
            ips=pool,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    suite = tx.bench_suite(rng, irange(rng, 250, 600))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [(ctx.t0 + rng.uniform(0.2, 3.5) * DAY, old) for _ in range(irange(rng, 1, 2))]
    if chance(rng, 0.5):
        runs.append((ctx.t0 + rng.uniform(0.2, 3.5) * DAY, mini))
    runs.append((ctx.release + rng.uniform(0.5, 6) * HOUR, new))
    runs += [
        (ctx.release + rng.uniform(0.3, 2.8) * DAY, pick(rng, (new, new, old)))
        for _ in range(irange(rng, 1, 3))
    ]
    conc = rng.uniform(0.15, 0.8)
    per = {a.id: ([], [], []) for a in accts}
    for s, model in runs:
        a = pick(rng, accts)
        frac = rng.uniform(0.5, 1.0)
        items = [
            suite[i]
            for i in np.sort(rng.permutation(len(suite))[: int(frac * len(suite))]).tolist()
        ]
        t = s + np.cumsum(rng.exponential(conc, size=len(items)))
        per[a.id][0].extend(t.tolist())
        per[a.id][1].extend(items)
        per[a.id][2].extend([model] * len(items))
    for a in accts:
        ts, prompts, models = per[a.id]
        if not ts:
            continue
        ts_a, prompts, models = _sorted(ts, prompts, models)
        ctx.emit(rng, a, ts_a, prompts, models=models, comp_median=rng.uniform(250, 650), err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: model pre-labels for human annotators, in shifts across three offices


def klomp(ctx: Ctx, rng: Rng) -> None:
    kind = "klomp"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 2, 4), "aws")
    offices = list(dict.fromkeys(picks(rng, (8, 3, -5, 5, 1), 3)))
    curve = bb.multi_office(offices)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    for _ in range(irange(rng, 3, 6)):
        client = pick(rng, ("ORCA", "Atlas-RM", "Helix", "Juniper", "Kestrel", "Nimbus", "Vega"))
        guideline = f"{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        a = _benign(ctx, rng, kind, "project_key", org=org, pay=card, ua=ua, ips=pool)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(3, 9) * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [tx.annot_prompt(rng, ctx.chat, ctx.passages, client, guideline) for _ in ts]
        switch = ctx.release + rng.uniform(0.5, 3) * DAY
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_switch(rng, ctx, ts, switch, pick(rng, (0.0, 0.3, 0.8)), 0.25),
            comp_median=rng.uniform(80, 160),
        )


# --------------------------------------------------------------------------------------------
# tutoring product: students' homework questions, after-school peaks, rolled to the new model


def adze(ctx: Ctx, rng: Rng) -> None:
    kind = "adze"
    brand = pick(rng, ("Sparky", "MathOwl", "Tutorin", "Brainy Bee", "Kora"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 3, 6), "gcp")
    ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    accts = [
        _benign(ctx, rng, kind, "product_key", org=org, pay=card, ua=ua, ips=pool)
        for _ in range(irange(rng, 2, 3))
    ]
    tz = pick(rng, (-5, -8, -3))
    langs, lw = weighted_langs(rng, "en", ("es", "pt"), 1, 2, 1.0 if tz != -3 else 0.0)
    curve = bb.workday(tz, start=15.0, end=22.0, weekend=0.6, night=0.03)
    switch = ctx.release + rng.uniform(0.5, 2.0) * DAY
    for a in accts:
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, rng.uniform(15, 35), curve, rng.uniform(3, 7), rng.uniform(30, 90)
        )
        ts, prompts = [], []
        for s in sessions:
            lang = draw_lang(rng, langs, lw)
            ts.extend(s.tolist())
            prompts.extend(tx.tutor_prompt(rng, ctx.chat, brand, lang) for _ in s)
        ts_a, prompts = _sorted(ts, prompts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=models_switch(rng, ctx, ts_a, switch, 0.9, 0.1),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# course cohort: a class on course credits, shared assignments, a deadline spike


def stock_knife(ctx: Ctx, rng: Rng) -> None:
    kind = "stock_knife"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8, 9, -3))
    campus = bb.home(rng, 2, tz)
    deadline_day = irange(rng, 2, 6)
    deadline = ctx.t0 + deadline_day * DAY + (23.98 - tz) * HOUR
    week = irange(rng, 3, 9)
    which = irange(rng, 0, len(tx.ASSIGNMENTS) - 1)
    for _ in range(irange(rng, 25, 55)):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        parts = bb.session_times(
            rng, ctx.t0, ctx.t1, rng.uniform(0.3, 1.0), bb.evening_person(tz), 4.0, 70.0
        )
        if chance(rng, 0.85):
            parts += bb.session_times(
                rng,
                deadline - rng.uniform(6, 30) * HOUR,
                deadline,
                rng.uniform(1.5, 4),
                bb.constant,
                rng.uniform(4, 12),
                rng.uniform(40, 120),
            )
        ts = concat(parts)
        if len(ts) == 0:
            ts = np.array([deadline - 3 * HOUR])
        prompts = [
            tx.course_prompt(rng, ctx.chat, ctx.passages, week, which)
            if chance(rng, 0.65)
            else tx.humanize(rng, tx.clip(rng, pick(rng, ctx.chat), 10, 500), 0.6)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# research study: persona-conditioned survey items, each repeated many times, on several models


def hollower(ctx: Ctx, rng: Rng) -> None:
    kind = "hollower"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 9))
    ips = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    accts = [
        _benign(ctx, rng, kind, "researcher", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        for _ in range(irange(rng, 1, 3))
    ]
    cells = tx.survey_design(rng, irange(rng, 25, 60))
    reps = irange(rng, 5, 12)
    old, new = ctx.old_models[0], ctx.new_model
    runs = [(ctx.t0 + rng.uniform(0.5, 3.5) * DAY, old)]
    if chance(rng, 0.5):
        runs.append((ctx.t0 + rng.uniform(0.5, 3.5) * DAY, ctx.old_models[-1]))
    runs += [
        (ctx.release + rng.uniform(0.3, 2.5) * DAY, new),
        (ctx.release + rng.uniform(0.3, 2.8) * DAY, old),
    ]
    per = {a.id: ([], [], []) for a in accts}
    for s, model in runs:
        a = pick(rng, accts)
        design = [c for c in cells for _ in range(reps)]
        design = [design[i] for i in rng.permutation(len(design)).tolist()]
        t = s + np.cumsum(rng.exponential(rng.uniform(0.5, 2.0), size=len(design)))
        per[a.id][0].extend(t.tolist())
        per[a.id][1].extend(design)
        per[a.id][2].extend([model] * len(design))
    for a in accts:
        ts, prompts, models = per[a.id]
        if not ts:
            continue
        ts_a, prompts, models = _sorted(ts, prompts, models)
        ctx.emit(rng, a, ts_a, prompts, models=models, comp_median=45.0, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# agency / reseller: one key per client, one agency card, one office


def gripper(ctx: Ctx, rng: Rng) -> None:
    kind = "gripper"
    card = hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, -5, -3, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    tool = chance(rng, 0.5)
    agency_ua = pick(rng, ("python-requests/2.32.3", "PostmanRuntime/7.43.0", "axios/1.7.9"))
    curve = bb.workday(tz)
    for _ in range(irange(rng, 8, 18)):
        client = pick(
            rng,
            (
                "Nordlicht",
                "Casa Verde",
                "Blue Finch",
                "Akiko Studio",
                "Ferro & Co",
                "Mangrove",
                "Ostrava Motors",
                "Pebble Dental",
                "Sol y Mar",
                "Tallis Books",
                "UrbanRoot",
            ),
        )
        product = pick(rng, tx.PRODUCTS)
        markets = list(
            dict.fromkeys(
                picks(
                    rng, ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv"), irange(rng, 1, 3)
                )
            )
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "client_key",
            pay=card,
            ua=agency_ua if tool else pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(4, 15) * 7, curve)
        if len(ts) == 0:
            ts = np.array([ctx.t0 + 1.5 * DAY])
        prompts = [tx.agency_prompt(rng, client, product, pick(rng, markets)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase / synthetic-ticket jobs for their own classifier


def caulker(ctx: Ctx, rng: Rng) -> None:
    kind = "caulker"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure")))
    tz = pick(rng, (-5, 0, 1, 5, 8))
    domain = pick(rng, tx.DOMAINS)
    accts = [
        _benign(
            ctx, rng, kind, "pipeline", org=org, pay=card, ua="python-httpx/0.28.1", ips=pool, tz=tz
        )
        for _ in range(irange(rng, 1, 2))
    ]
    p_new = pick(rng, (0.0, 0.3, 0.6))
    for a in accts:
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, rng.uniform(0.7, 1.2) * 7, bb.nightly(rng.uniform(0, 3), 1.0, tz)
        )
        jobs = bb.bursts(rng, starts, rng.uniform(120, 400), rng.uniform(1.0, 3.0), 0.4, b=ctx.t1)
        tests = bb.bursts(
            rng, bb.thinned(rng, ctx.t0, ctx.t1, 6, bb.workday(tz)), 8, 20.0, b=ctx.t1
        )
        ts = concat(jobs + tests)
        if len(ts) == 0:
            ts = np.array([ctx.t0 + DAY])
        prompts = [tx.augment_prompt(rng, domain, pick(rng, tx.INTENTS)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.4),
            comp_median=rng.uniform(400, 700),
        )


# --------------------------------------------------------------------------------------------
# coding-agent product: IDE agent loops for many developers through the product's keys


def toe_tin(ctx: Ctx, rng: Rng) -> None:
    kind = "toe_tin"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12", "Go-http-client/2.0"))
    curve = bb.multi_office([-8, -5, 1, 5])
    switch = ctx.release + rng.uniform(2, 12) * HOUR
    accts = [
        _benign(ctx, rng, kind, "product_key", org=org, pay=card, ua=ua, ips=pool)
        for _ in range(irange(rng, 2, 4))
    ]
    for a, starts in zip(
        accts,
        bb.worker_pool(rng, ctx.t0, ctx.t1, rng.uniform(1.2, 2.5), len(accts), curve),
        strict=True,
    ):
        ts, prompts, extra = [], [], []
        for s in starts.tolist():
            ep = tx.ide_agent_episode(rng)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(4, 9)), 0.6, size=len(ep) - 1))]
            )
            ts.extend(t.tolist())
            prompts.extend(p for p, _ in ep)
            extra.extend(e for _, e in ep)
        if not ts:
            continue
        ts_a, prompts, extra = _sorted(ts, prompts, extra)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=models_switch(rng, ctx, ts_a, switch, 0.8, 0.1),
            comp_median=260.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# companion app: long chats with history, evening peaks, cheap models


def poplar(ctx: Ctx, rng: Rng) -> None:
    kind = "poplar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    accts = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="python-httpx/0.28.1", ips=pool
        )
        for _ in range(irange(rng, 1, 2))
    ]
    langs, lw = weighted_langs(rng, "en", ("es", "pt", "ja", "de"), 1, 3, 1.0)
    tz_a, tz_b = pick(rng, (-5, -8)), pick(rng, (0, 1, -3))
    ev_a, ev_b = bb.evening_person(tz_a), bb.evening_person(tz_b)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.clip(0.6 * ev_a(t) + 0.5 * ev_b(t), 0, 1)

    for a in accts:
        ts, prompts, extra = [], [], []
        for s in bb.session_times(
            rng, ctx.t0, ctx.t1, rng.uniform(25, 55), curve, rng.uniform(8, 14), rng.uniform(20, 50)
        ):
            lang = draw_lang(rng, langs, lw)
            hist = irange(rng, 400, 900)
            for t in s.tolist():
                ts.append(t)
                prompts.append(tx.companion_msg(rng, lang))
                extra.append(hist)
                hist += irange(rng, 60, 180)
        if not ts:
            continue
        ts_a, prompts, extra = _sorted(ts, prompts, extra)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.1, p_mini=0.7),
            comp_median=90.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# translation / localisation agency: every segment fanned out to many target languages


def rough_out(ctx: Ctx, rng: Rng) -> None:
    kind = "rough_out"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(
        rng,
        (
            "memoQ/11.2 mt-llm-plugin/3.4",
            "TradosStudio/18.1 GenAITranslator/2.0",
            "python-requests/2.32.3",
        ),
    )
    curve = bb.workday(tz)
    for _ in range(irange(rng, 2, 5)):
        a = _benign(ctx, rng, kind, "project_manager", org=org, pay=card, ua=ua, ips=office, tz=tz)
        ts, prompts, comp = [], [], []
        for s in bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(0.8, 2.5) * 7, curve).tolist():
            client = pick(
                rng,
                (
                    "Helvetia Tools",
                    "Marla Skincare",
                    "Orbit Bank",
                    "Quanta Games",
                    "Ridgeline Apps",
                ),
            )
            domain = pick(rng, ("software UI", "marketing", "legal", "e-commerce", "gaming"))
            targets = list(dict.fromkeys(picks(rng, tx.APP_TARGETS, irange(rng, 2, 8))))
            segs = [
                tx.clip(rng, pick(rng, ctx.passages), 80, 500) for _ in range(irange(rng, 4, 20))
            ]
            t = s
            for seg in segs:
                for tg in targets:
                    t += float(rng.lognormal(np.log(3.5), 0.5))
                    ts.append(t)
                    prompts.append(tx.l10n_prompt(rng, seg, "en", tg, client, domain))
                    comp.append(len(seg) / 3.3)
        if not ts:
            continue
        ts_a, prompts, comp = _sorted(ts, prompts, comp)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.7, p_mini=0.1),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )


BENIGN_KINDS = {
    "sabot": sabot,
    "klomp": klomp,
    "adze": adze,
    "stock_knife": stock_knife,
    "hollower": hollower,
    "gripper": gripper,
    "caulker": caulker,
    "toe_tin": toe_tin,
    "poplar": poplar,
    "rough_out": rough_out,
}
