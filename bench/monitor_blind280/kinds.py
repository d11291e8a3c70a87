"""Benign hard-negative kinds of blind batch 280 (code names: words of Warli painting).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind280 import texts as T

Rng = np.random.Generator


def _flatten(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _short_chat(ctx: Ctx, rng: Rng, lo: int = 10, hi: int = 500) -> str:
    for _ in range(20):
        s = pick(rng, ctx.chat)
        if lo <= len(s) <= hi:
            return s
    return T.homework(rng)


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab benchmarking reasoning, hammering the new model on release day


def tarpa(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    bank = T.eval_item_bank(irange(rng, 250, 400), int(rng.integers(2**31)))
    accts = [
        _benign(
            ctx, rng, "tarpa", "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips
        )
        for _ in range(irange(rng, 3, 5))
    ]
    # nightly regressions on the old models, then a release-day sweep of the new one with 3 samples per item
    runs: list[tuple[float, str, int]] = []
    day = ctx.t0 + float(rng.uniform(1.5, 3.5)) * HOUR
    while day < ctx.t1:
        runs.append((day, ctx.old_models[0] if day < ctx.release else ctx.new_model, 1))
        if chance(rng, 0.5):
            runs.append((day + float(rng.uniform(0.2, 1.0)) * HOUR, ctx.old_models[-1], 1))
        day += DAY + float(rng.uniform(-0.5, 0.5)) * HOUR
    for _ in range(irange(rng, 4, 8)):
        runs.append((ctx.release + float(rng.uniform(0.3, 20)) * HOUR, ctx.new_model, 3))
    for t, model, k in runs:
        acct = pick(rng, accts)
        harness = irange(rng, 0, 2)
        m = irange(rng, 80, len(bank))
        items = [bank[i] for i in sorted(rng.choice(len(bank), size=m, replace=False).tolist())]
        prompts = [T.eval_prompt(it, harness) for it in items for _ in range(k)]
        ts = t + np.cumsum(rng.lognormal(np.log(0.9), 0.5, size=len(prompts)))
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=600.0, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: reviewers asking second opinions, plus an internal QC script


def gheru(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, home(rng, 1, tz)[0]) for tz in (5, pick(rng, (0, 1, 2)))]
    for _ in range(irange(rng, 8, 12)):
        tz, office_ip = pick(rng, offices)
        remote = chance(rng, 0.25)
        ips = [office_ip] + (home(rng, 1, tz) if remote else [])
        acct = _benign(
            ctx, rng, "gheru", "reviewer", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=ips, tz=tz
        )
        ts = _flatten(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 5.0, 120.0)
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.25):
                prompts.append(pick(rng, ctx.chat))
            else:
                a = T.clip(rng, pick(rng, ctx.passages), 200, 800)
                b = (
                    T.degrade(rng, a)
                    if chance(rng, 0.5)
                    else T.clip(rng, pick(rng, ctx.passages), 200, 800)
                )
                prompts.append(T.vendor_qc(rng, pick(rng, ctx.chat), a, b))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=260.0)
    tz, office_ip = offices[0]
    qc = _benign(
        ctx,
        rng,
        "gheru",
        "qc_script",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=[office_ip],
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 4.0 * (ctx.t1 - ctx.t0) / DAY, workday(tz))
    ts = _flatten(bursts(rng, starts, 30.0, 3.0, b=ctx.t1))
    prompts = []
    for _ in range(len(ts)):
        a = T.clip(rng, pick(rng, ctx.passages), 200, 900)
        prompts.append(T.judge(rng, pick(rng, ctx.chat), a, T.degrade(rng, a), pick(rng, (0, 1))))
    ctx.emit(
        rng, qc, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5), comp_median=200.0
    )


# --------------------------------------------------------------------------------------------
# trust & safety team of a social platform: moderation verdicts with suggested rewrites


def chauk(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    regions = [("en", "es"), ("pt", "es"), ("hi", "en"), ("id", "en")]
    n = irange(rng, 2, 4)
    per_day = float(rng.uniform(400, 700))
    curve = global_load(float(rng.uniform(16, 21)), 0.5)
    for i in range(n):
        langs = regions[i % len(regions)]
        acct = _benign(
            ctx,
            rng,
            "chauk",
            "moderation_service",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=cloud(rng, 2, "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, per_day / n * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [T.moderation(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# software company whose developers use an IDE coding agent


def palaghata(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [pick(rng, (-5, -8, 0, 1))] + ([pick(rng, (5, 2, -3))] if chance(rng, 0.6) else [])
    office_ip = {tz: home(rng, 1, tz)[0] for tz in tzs}
    ua = "devassist-vscode/2.3.1 (OpenAI/NodeJS 4.85.1)"
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, tzs)
        acct = _benign(
            ctx,
            rng,
            "palaghata",
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=[office_ip[tz]] + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 8.0, 25.0, 1.0
        )
        ts_l, prompts, extra = [], [], []
        for times in sess:
            ip_s = acct.ips[0] if chance(rng, 0.7) else acct.ips[-1]
            hist = 0
            for j, t in enumerate(times.tolist()):
                msg = T.code_agent(rng, j)
                ts_l.append(t)
                prompts.append((msg, ip_s))
                extra.append(hist)
                hist += len(msg) // 4 + irange(rng, 200, 900)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            [p for p, _ in prompts],
            ips=[ip for _, ip in prompts],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=350.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team generating paraphrases for its own intent classifier, nightly


def kansari(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "hetzner")
    tz = pick(rng, (1, 2, 0))
    for lang_set in (("en", "de"), ("fr", "es")):
        acct = _benign(
            ctx,
            rng,
            "kansari",
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(120, 220)) * (ctx.t1 - ctx.t0) / DAY,
            nightly(float(rng.uniform(0.5, 2.5)), float(rng.uniform(2, 4)), tz),
        )
        prompts = [T.paraphrase_aug(rng, pick(rng, lang_set)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.7),
            comp_median=520.0,
        )


# --------------------------------------------------------------------------------------------
# companion chat app relaying its users' conversations from its backend


def hirva(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 5), pick(rng, ("aws", "gcp")))
    persona = pick(rng, ("Mika", "Noor", "Sol", "Kai"))
    accts = [
        _benign(
            ctx, rng, "hirva", "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=ips
        )
        for _ in range(irange(rng, 2, 3))
    ]
    curve = global_load(float(rng.uniform(18, 23)), 0.7)
    starts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(120, 200)) * (ctx.t1 - ctx.t0) / DAY, curve
    )
    convs = bursts(rng, starts, float(rng.uniform(5, 9)), 25.0, 0.9, b=ctx.t1)
    per: list[list[tuple[float, str, int]]] = [[] for _ in accts]
    for times in convs:
        i = int(rng.integers(len(accts)))
        mem = irange(rng, 300, 900)
        for j, t in enumerate(times.tolist()):
            per[i].append((t, T.companion(rng, persona, pick(rng, ctx.chat)), mem + 120 * j))
    for acct, rows in zip(accts, per, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.5),
            comp_median=90.0,
            extra=np.asarray([r[2] for r in rows], dtype=np.int64) if rows else 0,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort with shared course credits and deadline rushes


def dhavleri(ctx: Ctx, rng: Rng) -> None:
    org, uni_pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8))
    campus = home(rng, irange(rng, 2, 3), tz)
    deadlines = [ctx.t0 + d * DAY + (23.9 - tz) * HOUR for d in (2, 5)]
    for _ in range(irange(rng, 30, 60)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.58.1"
        acct = _benign(
            ctx,
            rng,
            "dhavleri",
            "student",
            org=org,
            pay=uni_pay if chance(rng, 0.75) else None,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        parts = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)), evening_person(tz), 5.0, 60.0
        )
        for dl in deadlines:
            parts += session_times(
                rng,
                dl - 1.5 * DAY,
                dl,
                float(rng.uniform(1, 3)),
                evening_person(tz, 3.5),
                6.0,
                50.0,
            )
        ts = _flatten(parts)
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            prompts.append(
                T.course_question(rng)
                if u < 0.6
                else (pick(rng, ctx.chat) if u < 0.85 else T.code_request(rng, 0))
            )
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=420.0)


# --------------------------------------------------------------------------------------------
# translation agency: translators plus a CAT-tool integration


def dahanu(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('Nordlicht', 'Bluefin', 'Arcadia', 'Pellucid', 'Tamarind', 'Cobalt'))} {pick(rng, ('GmbH', 'Ltd', 'SA', 'BV'))}"
        for _ in range(irange(rng, 3, 6))
    ]
    projects = [
        (
            c,
            [
                T.TRANSLATE_TARGETS[j]
                for j in sorted(rng.choice(12, size=irange(rng, 1, 3), replace=False).tolist())
            ],
        )
        for c in clients
    ]
    for _ in range(irange(rng, 4, 7)):
        acct = _benign(
            ctx,
            rng,
            "dahanu",
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office + (home(rng, 1, tz) if chance(rng, 0.4) else []),
            tz=tz,
        )
        ts = _flatten(session_times(rng, ctx.t0, ctx.t1, 3.0, workday(tz), 5.0, 150.0))
        prompts = []
        for _ in range(len(ts)):
            c, tg = pick(rng, projects)
            prompts.append(
                T.agency_translate(
                    rng, T.clip(rng, pick(rng, ctx.passages), 200, 1000), pick(rng, tg), c
                )
            )
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=380.0)
    cat = _benign(
        ctx,
        rng,
        "dahanu",
        "cat_tool",
        org=org,
        pay=pay,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=office,
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 6.0 * (ctx.t1 - ctx.t0) / DAY, workday(tz))
    ts_l, prompts = [], []
    for s in starts.tolist():
        c, tg = pick(rng, projects)
        k = irange(rng, 8, 30)
        for j, g in enumerate(np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=k)).tolist()):
            ts_l.append(s + g)
            text = T.clip(rng, pick(rng, ctx.passages), 100, 600)
            prompts.append(T.translate(rng, text, tg[j % len(tg)], pick(rng, (0, 2))))
    ts = np.asarray(ts_l)
    ctx.emit(rng, cat, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=300.0)


# --------------------------------------------------------------------------------------------
# academic study of consistency and sycophancy: public prompts, repeated samples, old vs new model


def jivya(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    ips = home(rng, 2, tz)
    for _ in range(irange(rng, 2, 4)):
        acct = _benign(
            ctx,
            rng,
            "jivya",
            "grad_student",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2")),
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
        )
        ts_l, prompts, models = [], [], []
        for s in starts.tolist():
            arm = irange(rng, 0, 2)
            items = [
                T.research_probe(rng, pick(rng, ctx.chat), arm) for _ in range(irange(rng, 15, 40))
            ]
            arms = [ctx.old_models[0]] + ([ctx.new_model] if s >= ctx.release else [])
            t = s
            for model in arms:
                for it in items:
                    for _ in range(5):
                        t += float(rng.lognormal(np.log(1.2), 0.5))
                        ts_l.append(t)
                        prompts.append(it)
                        models.append(model)
        ctx.emit(rng, acct, np.asarray(ts_l), prompts, models=models, comp_median=300.0, err=0.01)


# --------------------------------------------------------------------------------------------
# edtech product: nightly lesson-card generation over its curriculum, plus live student questions


def lagna_chauk(ctx: Ctx, rng: Rng) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    tz = pick(rng, (1, 5, -5))
    locales = list(pick(rng, (("en-GB", "en-IN"), ("en-US", "es-MX"), ("en-GB", "fr-FR", "de-DE"))))
    gen = _benign(
        ctx,
        rng,
        "lagna_chauk",
        "content_pipeline",
        org=org,
        pay=pay,
        ua="OpenAI/NodeJS 4.67.1",
        ips=ips,
        tz=tz,
    )
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(150, 280)) * (ctx.t1 - ctx.t0) / DAY,
        nightly(float(rng.uniform(0, 2)), float(rng.uniform(3, 5)), tz),
    )
    cells = T.curriculum_cells()
    pos = irange(rng, 0, len(cells) - 1)
    prompts = []
    for _ in range(len(ts)):
        s, c, lv = cells[(pos // len(locales)) % len(cells)]
        prompts.append(T.lesson_card(rng, s, c, lv, locales[pos % len(locales)]))
        pos += 1
    ctx.emit(rng, gen, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=650.0)
    live = _benign(
        ctx,
        rng,
        "lagna_chauk",
        "live_tutor",
        org=org,
        pay=pay,
        ua="OpenAI/NodeJS 4.67.1",
        ips=ips,
        tz=tz,
    )
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(200, 400)) * (ctx.t1 - ctx.t0) / DAY,
        global_load(float(rng.uniform(14, 20)), 0.6),
    )
    prompts = [
        T.homework(rng) if chance(rng, 0.5) else _short_chat(ctx, rng, 10, 300)
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        live,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.25, p_mini=0.3),
        comp_median=300.0,
    )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "tarpa": tarpa,
    "gheru": gheru,
    "chauk": chauk,
    "palaghata": palaghata,
    "kansari": kansari,
    "hirva": hirva,
    "dhavleri": dhavleri,
    "dahanu": dahanu,
    "jivya": jivya,
    "lagna_chauk": lagna_chauk,
}
