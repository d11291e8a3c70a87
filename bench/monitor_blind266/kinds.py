"""Benign hard-negative kinds of batch 266 (code names: words from phulkari embroidery).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind266 import texts as tx
from bench.monitor_blind266.families import sample

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model on reasoning sets (looks like reasoning coercion)


def khaddar(ctx: Ctx, rng: Rng) -> None:
    kind = "khaddar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (-8, -5, 0, 1))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        for _ in range(irange(rng, 3, 6))
    ]
    bank = [tx.eval_item(rng) for _ in range(irange(rng, 250, 600))]
    shots = bank[:3]
    n_runs = irange(rng, 6, 14)
    work = workday(tz, 9, 19, 0.1, 0.0)
    for r in range(n_runs):
        # a couple of baselines before the release, the rest in the days after it
        lo, hi = (ctx.t0, ctx.release) if r < 2 else (ctx.release, ctx.t1)
        cand = thinned(rng, lo, hi, 3.0, work)
        s = float(pick(rng, cand.tolist())) if len(cand) else float(rng.uniform(lo, hi))
        model = ctx.old_models[0] if (r < 2 or chance(rng, 0.3)) else ctx.new_model
        if chance(rng, 0.15):
            model = ctx.old_models[-1]
        style = pick(rng, ("cot", "fewshot", "direct"))
        items = sample(rng, bank, irange(rng, len(bank) // 3, len(bank)))
        a = pick(rng, accts)
        ts = s + np.cumsum(
            rng.lognormal(np.log(float(rng.uniform(0.6, 2.5))), 0.6, size=len(items))
        )
        prompts = [tx.eval_wrap(rng, it, style, shots) for it in items]
        comp = {"cot": 700.0, "fewshot": 60.0, "direct": 25.0}[style]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# an RLHF labelling vendor's annotators pre-labelling with the model (looks like judge harvest)


def thirma(ctx: Ctx, rng: Rng) -> None:
    kind = "thirma"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    region = {5: "in", 8: "sea"}[tz]
    nat = resi(rng, irange(rng, 2, 3), region)
    for _ in range(irange(rng, 15, 30)):
        a = _benign(
            ctx, rng, kind, "annotator", org=org, pay=card, ua=pick(rng, BROWSERS), ips=nat, tz=tz
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, 9, 18, 0.03, 0.0),
            float(rng.uniform(6, 14)),
            float(rng.uniform(60, 200)),
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [tx.label_task(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2), comp_median=250.0, err=0.005)


# --------------------------------------------------------------------------------------------
# a social platform's trust-and-safety queues (looks like policy-safe rewrites)


def sainchi(ctx: Ctx, rng: Rng) -> None:
    kind = "sainchi"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    queues = (("pt", "es"), ("ar", "tr"), ("hi", "en"), ("id", "en"), ("en", "es"))
    for q in sample(rng, queues, irange(rng, 3, 5)):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_queue",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(12, 30)) * 7 * 24,
            global_load(float(rng.uniform(0, 24)), 0.5),
        )
        prompts = [tx.moderation_prompt(rng, ctx.chat, lg) for lg in picks(rng, list(q), len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3),
            comp_median=220.0,
            comp_sigma=0.4,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a coding-agent product's backend (looks like agent/tool-use transcripts)


def chope(ctx: Ctx, rng: Rng) -> None:
    kind = "chope"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 3, 6), "aws")
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx, rng, kind, "agent_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=pool
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(5, 11))
    for a, starts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, multi_office((-8, -5, 1))),
        strict=True,
    ):
        ts_all: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(float(rng.uniform(5, 12)))))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.9, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(tx.coding_agent_prompt(rng, ctx.chat, step))
                extra.append(irange(rng, 1800, 3500) + 600 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55),
            comp_median=300.0,
            comp_sigma=0.9,
            err=0.015,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team paraphrasing intents for its own classifier (looks like dataset harvest)


def vari_da_bagh(ctx: Ctx, rng: Rng) -> None:
    kind = "vari_da_bagh"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2, 5))
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "gcp")))
    langs = [
        "en",
        *sample(rng, ("es", "de", "fr", "pt", "hi", "ar", "it", "pl"), irange(rng, 2, 5)),
    ]
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        nights = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(float(rng.uniform(1, 3)), 0.5, tz))
        trains = []
        for s in nights.tolist():
            k = irange(rng, 150, 450)
            trains.append(s + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=k)))
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [tx.augment_prompt(rng, lg) for lg in picks(rng, langs, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=300.0,
            comp_sigma=0.4,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a university study of self-consistency and calibration (looks like best-of-n / soft labels)


def til_patra(ctx: Ctx, rng: Rng) -> None:
    kind = "til_patra"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    region = {-5: "us", 0: "eu", 1: "eu", 9: "jp_kr"}[tz]
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=resi(rng, irange(rng, 1, 2), region),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    pool = [tx.study_item(rng) for _ in range(irange(rng, 80, 200))]
    for e in range(irange(rng, 4, 10)):
        cand = thinned(rng, ctx.t0, ctx.t1, 4.0, workday(tz, 10, 23, 0.5, 0.05))
        s = float(pick(rng, cand.tolist())) if len(cand) else float(rng.uniform(ctx.t0, ctx.t1))
        model = ctx.new_model if (s >= ctx.release and e % 2 == 0) else ctx.old_models[0]
        reps = irange(rng, 10, 20)
        items = sample(rng, pool, irange(rng, 20, 60))
        gaps = rng.lognormal(np.log(float(rng.uniform(0.5, 3.0))), 0.5, size=len(items) * reps)
        ts = s + np.cumsum(gaps)
        prompts = [it for it in items for _ in range(reps)]
        ctx.emit(
            rng,
            pick(rng, accts),
            ts,
            prompts,
            models=model,
            comp_median=50.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a course cohort doing the week's problem set (looks like a crowd and like a curriculum sweep)


def darshan_dwar(ctx: Ctx, rng: Rng) -> None:
    kind = "darshan_dwar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    lang = pick(rng, tx.LANGS_OF_TZ[tz])
    campus = home(rng, 1, tz)
    week = irange(rng, 3, 11)
    bank = tx.assignment_bank(rng, irange(rng, 6, 10))
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 40, 80)):
        phone = chance(rng, 0.3)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, MOBILE) if phone else pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        curve = evening_person(tz, 3.0)
        sess = session_times(
            rng, ctx.t0, deadline - 2 * DAY, float(rng.uniform(0.1, 0.5)), curve, 4.0, 120.0
        )
        sess += session_times(
            rng, deadline - 2 * DAY, deadline, float(rng.uniform(0.6, 2.0)), curve, 6.0, 150.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            tx.student_prompt(rng, pick(rng, bank), week, irange(rng, 1, len(bank)), lang)
            for _ in range(len(ts))
        ]
        ips = [campus[0] if chance(rng, 0.3) else a.ips[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3),
            ips=ips,
            comp_median=450.0,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# a translation agency's translators (looks like a translation harvest)


def nilak(ctx: Ctx, rng: Rng) -> None:
    kind = "nilak"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = home(rng, 1, tz)
    targets = ("de", "fr", "es", "it", "pl", "nl", "sv", "pt", "tr", "ar", "ja", "zh")
    for _ in range(irange(rng, 5, 10)):
        mine = sample(rng, targets, irange(rng, 1, 2))
        ips = office + home(rng, 1, tz) if chance(rng, 0.4) else office
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.8)
        a = _benign(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, 8.5, 18, 0.05, 0.0),
            float(rng.uniform(10, 30)),
            float(rng.uniform(20, 90)),
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [tx.agency_translation(rng, ctx.passages, tg) for tg in picks(rng, mine, len(ts))]
        comp = np.asarray([max(40.0, len(p) / 3.5) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# a companion app's backend (looks like harvest inside a product, and like multi-turn chats)


def bawan_bagh(ctx: Ctx, rng: Rng) -> None:
    kind = "bawan_bagh"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    n_keys = irange(rng, 1, 2)
    accts = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(25, 50))
    persona = tx.persona(rng)
    for a, ts in zip(
        accts,
        worker_pool(
            rng, ctx.t0, ctx.t1, rate, n_keys, global_load(float(rng.uniform(18, 23)), 0.7)
        ),
        strict=True,
    ):
        prompts = [
            tx.companion_prompt(rng, ctx.chat, persona if chance(rng, 0.5) else tx.persona(rng))
            for _ in range(len(ts))
        ]
        extra = rng.integers(1200, 4000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=120.0,
            comp_sigma=0.7,
            err=0.01,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# an API reseller's sub-customer keys behind one gateway (looks like many keys of one operator)


def panchranga(ctx: Ctx, rng: Rng) -> None:
    kind = "panchranga"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gateway = rented_block(rng, pick(rng, ("hetzner", "ovh")), 1, 2)
    for _ in range(irange(rng, 20, 30)):
        a = _benign(
            ctx, rng, kind, "reseller_subkey", org=org, pay=card, ua="litellm/1.60.2", ips=gateway
        )
        tz = pick(rng, TZS)
        curve = workday(tz) if chance(rng, 0.6) else evening_person(tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 40)) * 7, curve)
        prompts = [tx.snippet(rng, ctx.chat, 10, 1500) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.75), comp_median=350.0, err=0.01)


BENIGN_KINDS = {
    "khaddar": khaddar,
    "thirma": thirma,
    "sainchi": sainchi,
    "chope": chope,
    "vari_da_bagh": vari_da_bagh,
    "til_patra": til_patra,
    "darshan_dwar": darshan_dwar,
    "nilak": nilak,
    "bawan_bagh": bawan_bagh,
    "panchranga": panchranga,
}
