"""Benign hard-negative kinds of blind batch 296 (code names from sikki grass weaving of Mithila).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families
(or a campaign in general). Every draw comes from the kind's own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind296 import texts as tx
from bench.monitor_blind296.families import PLAIN_BROWSERS, cat, mix, per_item_models

_BRANDS = (
    "Larkspur Mobile",
    "Tidewell Energy",
    "Quillon Bank",
    "Ferncastle Travel",
    "Brightmoor Health",
    "Okapi Outdoor",
    "Nimbus Grocers",
    "Halvard Insurance",
)


def _ben(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def pauti(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: a fixed multilingual reasoning suite (chain-of-thought prompts), rerun on the
    old models before the release and on the new one right after it, fired at full concurrency."""
    kind = "pauti"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    ua = "OpenAI/Python 1.58.1"
    keys = [
        _ben(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    n_items = irange(rng, 250, 450)
    langs = mix(rng, {"en": 0.6, "fr": 0.15, "sw": 0.1, "ja": 0.15})
    suite = [tx.eval_item(rng, i, tx.weighted(rng, langs)) for i in range(n_items)]
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 3)):
        runs.append((float(rng.uniform(ctx.t0, ctx.release - 3 * HOUR)), pick(rng, ctx.old_models)))
    first_new = ctx.release + float(rng.uniform(1, 8)) * HOUR
    runs.append((first_new, ctx.new_model))
    for _ in range(irange(rng, 1, 3)):
        runs.append(
            (
                float(rng.uniform(first_new + HOUR, ctx.t1 - 6 * HOUR)),
                ctx.new_model if chance(rng, 0.6) else ctx.old_models[0],
            )
        )
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in keys]
    for r, (start, model) in enumerate(runs):
        k = r % len(keys)
        t = start + np.cumsum(rng.lognormal(np.log(0.8), 0.4, size=n_items))
        per_key[k][0].append(t)
        per_key[k][1].extend(suite)
        per_key[k][2].extend([model] * n_items)
    for acct, (ts_l, pr, md) in zip(keys, per_key, strict=True):
        if ts_l:
            ctx.emit(
                rng, acct, cat(ts_l), pr, models=md, comp_median=450.0, comp_sigma=0.5, err=0.02
            )


def mauni(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor running LLM-as-judge QA on its clients' support bots during its workday."""
    kind = "mauni"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    tz = int(pick(rng, (-5, 1, 5)))
    for _ in range(irange(rng, 3, 5)):
        brand = pick(rng, _BRANDS)
        a = _ben(
            ctx,
            rng,
            kind,
            "qa_project",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)) * 7.0, workday(tz))
        ts = cat(
            bursts(rng, starts, float(rng.uniform(20, 50)), float(rng.uniform(0.8, 2.0)), b=ctx.t1)
        )
        prompts = [tx.product_judge(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.4),
            comp_median=90.0,
            err=0.01,
        )


def takua(ctx: Ctx, rng: np.random.Generator) -> None:
    """Marketing agency: one card, many client keys, ad copy rewritten to pass platform policies."""
    kind = "takua"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, -3, 1, 2)))
    office = home(rng, 2, tz)
    tools = cloud(rng, 2, pick(rng, ("aws", "gcp")))
    lang = {-5: "en", -3: "es", 1: "de", 2: "en"}[tz]
    for _ in range(irange(rng, 14, 26)):
        client = f"{pick(rng, ('Casa', 'Nord', 'Blue', 'Vita', 'Urban', 'Pure'))} {pick(rng, ('Studio', 'Labs', 'Goods', 'Co', 'Kitchen', 'Fit'))}"
        browser = chance(rng, 0.4)
        ua = pick(rng, BROWSERS) if browser else sdk_ua(rng, 0.7)
        a = _ben(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=office if browser else tools + office[:1],
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.0)), workday(tz), 5.0, 70.0
        )
        ts = cat(sess)
        prompts = [
            tx.ad_rewrite(rng, client, lang if chance(rng, 0.7) else "en") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            comp_median=220.0,
        )


def munj(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding-agent product: each enterprise workspace's agent loops of tool calls with repo context."""
    kind = "munj"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    curve = multi_office([-8, -5, 1])
    for _ in range(irange(rng, 3, 5)):
        prov = pick(rng, ("azure", "aws"))
        a = _ben(
            ctx,
            rng,
            kind,
            "workspace_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.63.2", "semantic-kernel-dotnet/1.36.0")),
            ips=cloud(rng, 2, prov),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 2.0)) * 0.5 * (ctx.t1 - ctx.t0) / HOUR,
            curve,
        )
        ts_l, pr, ex, sizes = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 16)
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
            )
            pr += [tx.coding_agent_call(rng, ctx.chat, j) for j in range(k)]
            ex += [1500 + 400 * j for j in range(k)]
            sizes.append(k)
        ctx.emit(
            rng,
            a,
            cat(ts_l),
            pr,
            models=per_item_models(ctx, rng, starts, sizes, 0.55, 0.1),
            comp_median=220.0,
            comp_sigma=0.8,
            extra=np.asarray(ex, dtype=np.int64),
            err=0.01,
        )


def sikki_dye(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team generating intent paraphrases for its own bank chatbot, nightly."""
    kind = "sikki_dye"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 5)))
    ip = cloud(rng, 1, pick(rng, ("aws", "azure")))
    bank = pick(rng, ("Quillon Bank", "Harbourline Credit Union", "Meridian Savings"))
    curve = nightly(1.0, 4.0, tz)
    for _ in range(irange(rng, 1, 2)):
        a = _ben(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ip,
            tz=tz,
        )
        rate = float(rng.uniform(20, 35)) * 4.0 / 24.0
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [tx.augmentation(rng, bank) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=500.0,
            err=0.01,
        )


def khar_grass(ctx: Ctx, rng: np.random.Generator) -> None:
    """Course cohort: a statistics class with university-paid keys, campus NAT plus homes, working in
    the evenings before two problem-set deadlines."""
    kind = "khar_grass"
    tz, lang = pick(rng, ((-5, "en"), (-3, "pt"), (1, "de"), (0, "en")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadlines = [
        ctx.t0 + float(rng.uniform(2.2, 3.0)) * DAY,
        ctx.t0 + float(rng.uniform(5.8, 6.9)) * DAY,
    ]
    week0 = irange(rng, 2, 6)
    for _ in range(irange(rng, 30, 55)):
        own = home(rng, 1, tz)
        ua = pick(rng, BROWSERS + PLAIN_BROWSERS) if chance(rng, 0.75) else "OpenAI/Python 1.54.0"
        a = _ben(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + own, tz=tz)
        ts_l, pr, ips = [], [], []
        for w, d in enumerate(deadlines):
            sess = session_times(
                rng, d - 36 * HOUR, d, float(rng.uniform(0.8, 2.5)), evening_person(tz), 4.0, 90.0
            )
            for s in sess:
                ts_l.append(s)
                ip = pick(rng, campus) if chance(rng, 0.4) else own[0]
                ips += [ip] * len(s)
                pr += [tx.course_question(rng, lang, week0 + w, ctx.chat) for _ in range(len(s))]
        if ts_l:
            ts = cat(ts_l)
            ctx.emit(
                rng,
                a,
                ts,
                pr,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.15),
                ips=ips,
                comp_median=420.0,
            )


def bena(ctx: Ctx, rng: np.random.Generator) -> None:
    """Companion chat app: its backend relays many people's short personal messages around the clock."""
    kind = "bena"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "digitalocean"))
    curve = global_load(float(rng.uniform(18, 23)), 0.5)
    langs = mix(rng, {"en": 0.55, "es": 0.15, "pt": 0.15, "ja": 0.15})
    n = irange(rng, 2, 3)
    total = float(rng.uniform(20, 30))
    for _ in range(n):
        a = _ben(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 2, prov),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, total / n * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [
            tx.companion_message(rng, tx.weighted(rng, langs), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=120.0,
            comp_sigma=0.7,
            err=0.01,
        )


def golden_grass(ctx: Ctx, rng: np.random.Generator) -> None:
    """Translation shop: translators under one org and card, office line and home offices, glossaries."""
    kind = "golden_grass"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    office = home(rng, 1, tz)
    clients = [pick(rng, _BRANDS) for _ in range(4)]
    for _ in range(irange(rng, 6, 11)):
        own = home(rng, 1, tz)
        ua = pick(rng, PLAIN_BROWSERS) if chance(rng, 0.6) else "OpenAI/Python 1.58.1"
        a = _ben(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office + own, tz=tz)
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)), workday(tz), 8.0, 120.0
        )
        ips, pr, comp = [], [], []
        for s in sess:
            ip = office[0] if chance(rng, 0.7) else own[0]
            ips += [ip] * len(s)
            for _ in range(len(s)):
                p = tx.shop_translation(rng, ctx.passages, pick(rng, clients))
                pr.append(p)
                comp.append(max(40.0, len(p) / 3.0))
        ts = cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            ips=ips,
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


def coil_stitch(ctx: Ctx, rng: np.random.Generator) -> None:
    """Research study on sampling variance and calibration: the same items sent dozens of times,
    on old and new models for comparison."""
    kind = "coil_stitch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 1, pick(rng, ("gcp", "aws")))
    keys = [
        _ben(ctx, rng, kind, "study", org=org, pay=pay, ua="python-requests/2.32.3", ips=ips)
        for _ in range(irange(rng, 1, 2))
    ]
    items = [tx.calibration_item(rng, i) for i in range(irange(rng, 40, 80))]
    reps = irange(rng, 15, 35)
    plan = [
        (float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 8 * HOUR)), ctx.old_models[0]),
        (float(rng.uniform(ctx.release + 2 * HOUR, ctx.t1 - 12 * HOUR)), ctx.new_model),
    ]
    if chance(rng, 0.6):
        plan.append(
            (float(rng.uniform(ctx.release + 2 * HOUR, ctx.t1 - 12 * HOUR)), ctx.old_models[-1])
        )
    for j, (start, model) in enumerate(plan):
        a = keys[j % len(keys)]
        n = len(items) * reps
        ts = start + np.cumsum(rng.lognormal(np.log(0.7), 0.4, size=n))
        prompts = [p for p in items for _ in range(reps)]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=15.0, comp_sigma=0.8, err=0.01)


def raiyam(ctx: Ctx, rng: np.random.Generator) -> None:
    """Bring-your-own-key mobile coding-practice app: learners on phones asking for exercise hints
    that climb in level as they progress."""
    kind = "raiyam"
    app = pick(rng, ("CodeSprout", "ByteLadder", "Loopling"))
    carrier_of = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        5: "in_mobile",
    }
    tzs = list(carrier_of)
    for _ in range(irange(rng, 20, 35)):
        tz = int(pick(rng, tzs))
        a = _ben(ctx, rng, kind, "learner", ua=pick(rng, MOBILE), ips=home(rng, 1, tz), tz=tz)
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), evening_person(tz), 4.0, 100.0
        )
        level0 = irange(rng, 1, 3)
        ips, pr = [], []
        phone = mobile_v6(rng, len(sess), carrier_of[tz])
        for i, s in enumerate(sess):
            ip = phone[i] if chance(rng, 0.6) else a.ips[0]
            ips += [ip] * len(s)
            pr += [
                tx.practice_hint(rng, app, min(6, level0 + i // 3), ctx.chat) for _ in range(len(s))
            ]
        ts = cat(sess)
        if len(ts):
            ctx.emit(
                rng,
                a,
                ts,
                pr,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
                ips=ips,
                comp_median=260.0,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "pauti": pauti,
    "mauni": mauni,
    "takua": takua,
    "munj": munj,
    "sikki_dye": sikki_dye,
    "khar_grass": khar_grass,
    "bena": bena,
    "golden_grass": golden_grass,
    "coil_stitch": coil_stitch,
    "raiyam": raiyam,
}
