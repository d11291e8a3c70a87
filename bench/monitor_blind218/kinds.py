"""Benign hard-negative kinds of blind batch 218 (code names from lure making).

Each kind is `f(ctx, rng)`: legitimate API users built to resemble one of this batch's campaign
families, or a campaign in general. Every draw comes from the kind's own `rng`."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind218 import texts
from bench.monitor_blind218.families import BG_MOBILE, BG_UA, REGION_OF_TZ, bg_ua, cat, choose

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking every model, hard, right after the release


def spinnerbait(ctx: Ctx, rng: Rng) -> None:
    kind = "spinnerbait"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    benches = {
        "arith": irange(rng, 250, 500),
        "mcq": irange(rng, 200, 450),
        "code": irange(rng, 80, 160),
    }
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, old),
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, mini),
        (ctx.release + float(rng.uniform(0.5, 4.0)) * HOUR, new),
        (ctx.release + float(rng.uniform(8, 30)) * HOUR, new),
    ]
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(1.5, 2.8)) * DAY, new))
    for r, (t, model) in enumerate(runs):
        a = accts[r % len(accts)]
        items = [(b, i) for b, n in benches.items() for i in range(n)]
        gaps = rng.lognormal(np.log(0.7), 0.5, size=len(items))
        ts = t + np.cumsum(gaps)
        prompts = [texts.eval_item(rng, b, i) for b, i in items]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=380.0, err=0.02)


# --------------------------------------------------------------------------------------------
# a labelling vendor grading a client's chatbot answers


def crankbait(ctx: Ctx, rng: Rng) -> None:
    kind = "crankbait"
    tz = pick(rng, (5, 8, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    client = pick(rng, ("Northwind", "Helio Health", "Quantia Bank", "Orbital Retail"))
    for _ in range(irange(rng, 6, 12)):
        ua = pick(rng, (BG_UA[1], BG_UA[3], "OpenAI/Python 1.54.0"))
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.workday(tz),
            float(rng.uniform(10, 25)),
            float(rng.uniform(40, 110)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = [office[0] if chance(rng, 0.8) else a.ips[-1] for _ in ts]
        prompts = [texts.labelling_task(rng, ctx.chat, ctx.passages, client) for _ in ts]
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.5), comp_median=140.0
        )


# --------------------------------------------------------------------------------------------
# a forum platform's moderation backend rewriting posts to its community guidelines


def jighead(ctx: Ctx, rng: Rng) -> None:
    kind = "jighead"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    community = pick(rng, ("Threadline", "Kettle Forums", "PixelBay Community", "Agora Talk"))
    nat = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    prod = _acct(
        ctx, rng, kind, "moderation_backend", org=org, pay=card, ua="OpenAI/Python 1.54.0", ips=nat
    )
    test = _acct(
        ctx,
        rng,
        kind,
        "moderation_staging",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=nat[:1],
    )
    curve = bb.global_load(float(rng.uniform(14, 21)), 0.55)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 45)) * 7 * 24, curve)
    lang = ["en", "es", "de"]
    prompts = [
        texts.moderation_rewrite(
            rng, ctx.chat, community, pick(rng, lang) if chance(rng, 0.3) else "en"
        )
        for _ in ts
    ]
    ctx.emit(rng, prod, ts, prompts, models=ctx.models(rng, ts, p_new=0.35), comp_median=160.0)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, 150, bb.workday(-5))
    prompts = [texts.moderation_rewrite(rng, ctx.chat, community, "en") for _ in ts]
    ctx.emit(rng, test, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=160.0)


# --------------------------------------------------------------------------------------------
# developers using a coding agent in their IDE


def bucktail(ctx: Ctx, rng: Rng) -> None:
    kind = "bucktail"
    tz = pick(rng, (-8, -5, 1, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 8, 18)):
        a = _acct(
            ctx,
            rng,
            kind,
            "developer_seat",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)) * 7, bb.workday(tz, 9.0, 19.0, 0.08)
        )
        tasks = bb.bursts(
            rng, starts, float(rng.uniform(6, 18)), float(rng.uniform(4, 14)), 0.8, ctx.t1
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for tr in tasks:
            ip = office[0] if chance(rng, 0.6) else a.ips[-1]
            for k in range(len(tr)):
                prompts.append(texts.ide_agent(rng, k))
                extra.append(1500 + 900 * k + int(rng.integers(0, 400)))
                ips.append(ip)
            ts_all.append(tr)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=260.0,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a support team augmenting its intent classifier's training data every night


def treble_hook(ctx: Ctx, rng: Rng) -> None:
    kind = "treble_hook"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ip = bb.cloud(rng, 1, "aws")
    accts = [
        _acct(ctx, rng, kind, "augmentation_job", org=org, pay=card, ua=bb.sdk_ua(rng, 0.7), ips=ip)
        for _ in range(irange(rng, 2, 3))
    ]
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(1.5, 3.5)), tz)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 500)) * 7, night)
        prompts = [
            texts.augment(rng, pick(rng, texts.INTENTS), ctx.chat, 0 if chance(rng, 0.75) else 1)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.old_models[0], comp_median=700.0)


# --------------------------------------------------------------------------------------------
# a companion-chat app's backend (long memory context, short turns)


def diving_lip(ctx: Ctx, rng: Rng) -> None:
    kind = "diving_lip"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    for role, share in (("app_backend", 1.0), ("app_backend_eu", float(rng.uniform(0.2, 0.5)))):
        a = _acct(ctx, rng, kind, role, org=org, pay=card, ua="OpenAI/Python 1.54.0", ips=nat)
        curve = bb.global_load(float(rng.uniform(18, 23)), 0.7)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 60)) * share * 7 * 24, curve)
        prompts = [
            pick(rng, texts.COMPANION_LINES) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in ts
        ]
        extra = rng.integers(700, 3200, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.5),
            comp_median=90.0,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort with a shared class budget


def swimbait(ctx: Ctx, rng: Rng) -> None:
    kind = "swimbait"
    tz = pick(rng, (-5, 0, 1, 8, 5))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    course = pick(rng, ("CS101", "ECON 210", "BIO 150", "STAT 200", "Data Science Bootcamp"))
    lab = ctx.t0 + float(rng.uniform(1, 5)) * DAY
    lab = lab - (lab % DAY) + (14 - tz) * HOUR  # a 14:00 local lab session
    week = irange(rng, 3, 9)
    for _ in range(irange(rng, 25, 50)):
        phone = chance(rng, 0.3)
        ua = pick(rng, BG_MOBILE) if phone else bg_ua(rng)
        a = _acct(
            ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=bb.home(rng, 1, tz), tz=tz
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.2)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 200)),
        )
        in_lab = lab + np.sort(rng.uniform(0, 100 * MINUTE, size=irange(rng, 4, 12)))
        ts = cat([*sess, in_lab])
        ips = [pick(rng, campus) if lab <= t <= lab + 2 * HOUR else a.ips[0] for t in ts.tolist()]
        prompts = [texts.course_prompt(rng, course, week, ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3))


# --------------------------------------------------------------------------------------------
# a localisation agency reselling access to its clients (one key per client, one card)


def chatterbait(ctx: Ctx, rng: Rng) -> None:
    kind = "chatterbait"
    tz = pick(rng, (0, 1, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.resi(rng, 2, REGION_OF_TZ[tz])
    vpn = bb.cloud(rng, 3, "m247")
    clients = (
        "Brightloom",
        "Castellan Shoes",
        "Nimbus Air",
        "Okapi Games",
        "Verde Foods",
        "Solace Insurance",
        "Tandem Bikes",
        "Lumen Optics",
        "Marlow Hotels",
        "Quill Publishing",
        "Rivet Tools",
        "Sorrel Tea",
    )
    targets = (
        "zh-CN",
        "ja-JP",
        "ko-KR",
        "de-DE",
        "fr-FR",
        "es-ES",
        "pt-BR",
        "ru-RU",
        "ar-SA",
        "tr-TR",
        "it-IT",
    )
    for c in choose(rng, clients, irange(rng, 7, 12)):
        a = _acct(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=card,
            ua=pick(rng, (BG_UA[1], BG_UA[0], "okhttp/4.12.0")),
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 160)) * 5, bb.workday(tz))
        ips = [pick(rng, vpn) if chance(rng, 0.12) else pick(rng, office) for _ in ts]
        langs = choose(rng, targets, irange(rng, 2, 5))
        prompts = [texts.translation_job(rng, c, pick(rng, langs), ctx.chat) for _ in ts]
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.45), comp_median=140.0
        )


# --------------------------------------------------------------------------------------------
# an academic study replaying public chat prompts against old and new models


def buzzbait(ctx: Ctx, rng: Rng) -> None:
    kind = "buzzbait"
    tz = pick(rng, (-5, 1, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    uni = bb.resi(rng, 2, REGION_OF_TZ[tz])
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=uni,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    n_items = irange(rng, 600, 1400)
    sample = rng.choice(len(ctx.chat), size=n_items, replace=False).tolist()
    old, new = ctx.old_models[0], ctx.new_model
    for j, model in enumerate((old, new, old, new)):
        day = ctx.release + (j // 2 + float(rng.uniform(0.2, 0.6))) * DAY
        a = accts[j % len(accts)]
        gaps = rng.lognormal(np.log(float(rng.uniform(2, 6))), 0.7, size=n_items)
        ts = day + np.cumsum(gaps)
        ctx.emit(rng, a, ts, [ctx.chat[i] for i in sample], models=model, comp_median=360.0)
    # day-to-day exploratory use by the researchers
    for a in accts:
        sess = bb.session_times(rng, ctx.t0, ctx.t1, 1.0, bb.workday(tz), 4.0, 90.0)
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng, a, ts, [pick(rng, ctx.chat) for _ in ts], models=ctx.models(rng, ts, p_new=0.6)
        )


# --------------------------------------------------------------------------------------------
# a homework-help product that samples three hint candidates per question


def jerkbait(ctx: Ctx, rng: Rng) -> None:
    kind = "jerkbait"
    tz = pick(rng, (-5, -8, 0))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, 2, pick(rng, ("aws", "vultr", "linode")))
    a = _acct(
        ctx,
        rng,
        kind,
        "hint_service",
        org=org,
        pay=card,
        ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9")),
        ips=nat,
    )
    starts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(5, 12)) * 7 * 24, bb.evening_person(tz, 3.0)
    )
    ts_all, prompts = [], []
    for s in starts.tolist():
        n = 3 if chance(rng, 0.85) else 5
        p = texts.tutor_hint(rng, irange(rng, 4, 10))
        ts_all.append(s + rng.uniform(0, 0.6, size=n))
        prompts.extend([p] * n)
    ts = np.concatenate(ts_all) if ts_all else np.empty(0)
    ctx.emit(rng, a, ts, prompts, models=ctx.old_models[-1], comp_median=60.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "spinnerbait": spinnerbait,
    "crankbait": crankbait,
    "jighead": jighead,
    "bucktail": bucktail,
    "treble_hook": treble_hook,
    "diving_lip": diving_lip,
    "swimbait": swimbait,
    "chatterbait": chatterbait,
    "buzzbait": buzzbait,
    "jerkbait": jerkbait,
}
