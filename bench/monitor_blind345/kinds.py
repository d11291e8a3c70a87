"""Benign hard-negative kinds of blind batch 345 (code names: tarot).

Each kind is a generator `f(ctx, rng)` of legitimate accounts built to resemble one of this
batch's campaign families (or a campaign in general): evaluation labs, course cohorts, resellers,
labelling vendors, translation shops, coding agents, research studies, companion apps, data
augmentation teams and moderation vendors. Every draw comes from the kind's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    mobile_v6,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind345 import texts as tx
from bench.monitor_blind345.families import BG_BROWSER, BG_SDK, REGION, _train, draw

R = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model the day it ships (looks like reasoning harvest)


def high_priestess(ctx: Ctx, rng: R) -> None:
    kind = "high_priestess"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    day = ctx.t0 + float(rng.uniform(1.5, 3.5)) * HOUR
    while day < ctx.t1:
        if day < ctx.release:
            runs.append((day, old))
            if chance(rng, 0.4):
                runs.append((day + float(rng.uniform(1, 3)) * HOUR, mini))
        elif chance(rng, 0.7):
            runs.append((day, pick(rng, (old, new))))
        day += DAY + float(rng.normal(0, 0.5)) * HOUR
    for j in range(irange(rng, 3, 5)):
        runs.append(
            (
                ctx.release
                + float(rng.uniform(0.5, 8.0)) * HOUR
                + j * 10 * HOUR * float(rng.uniform(0.3, 1.0)),
                new,
            )
        )
    item_base = 0
    for s, model in sorted(runs):
        a = pick(rng, keys)
        bench = pick(
            rng,
            (
                "arith-hard",
                "logic-grid",
                "multi-lingual-math",
                "sci-mcq",
                "general-mcq",
                "code-reasoning",
            ),
        )
        k = irange(rng, 150, 450)
        ts = _train(rng, s, k, float(rng.uniform(0.4, 1.5)), 0.6)
        prompts = [tx.eval_item(rng, bench, item_base + i) for i in range(k)]
        item_base = 0 if chance(rng, 0.5) else item_base + k
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=700.0, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# a university course cohort: one org and card, campus addresses, homework deadline spike


def hierophant(ctx: Ctx, rng: R) -> None:
    kind = "hierophant"
    course, topics = pick(rng, tx._COURSES)
    tz = pick(rng, (-5, -8, 0, 1, 9))
    region = REGION[tz]
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = resi(rng, irange(rng, 2, 4), region)
    due_day = np.floor((ctx.t0 + float(rng.uniform(4.5, 6.0)) * DAY + tz * HOUR) / DAY)
    deadline = float(due_day * DAY + 23.98 * HOUR - tz * HOUR)  # 23:59 local on the due day
    for _ in range(irange(rng, 40, 80)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER) if chance(rng, 0.85) else pick(rng, BG_SDK),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 120.0
        )
        if chance(rng, 0.8):
            sess += session_times(
                rng,
                deadline - 30 * HOUR,
                deadline,
                float(rng.uniform(2, 5)),
                evening_person(tz, 3.5),
                4.0,
                90.0,
            )
        ts = np.sort(_concat(sess))
        ps = irange(rng, 3, 5)
        prompts = [
            tx.course_prompt(rng, course, topics, ps, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        on_campus = (local_hour(ts, tz) > 8.5) & (local_hour(ts, tz) < 17.0)
        ips = [pick(rng, campus) if c else a.ips[-1] for c in on_campus.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            ips=ips,
            comp_median=380.0,
        )


# --------------------------------------------------------------------------------------------
# an API reseller / agency: many client sub-accounts behind a gateway's few cloud addresses


def wheel_of_fortune(ctx: Ctx, rng: R) -> None:
    kind = "wheel_of_fortune"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gateway = cloud(rng, 3, pick(rng, ("aws", "hetzner", "ovh")))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2"))
    for i in range(irange(rng, 8, 20)):
        client = f"{pick(rng, ('Nova', 'Bright', 'Atlas', 'Orbit', 'Maple', 'Helix', 'Fjord'))}{pick(rng, ('Desk', 'Labs', 'ly', 'Hub', 'AI'))}"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role=f"client_{i}",
            org=org,
            pay=card,
            ua=ua,
            ips=gateway,
        )
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            float(rng.lognormal(np.log(250), 0.9)),
            global_load(float(rng.uniform(10, 20)), float(rng.uniform(0.3, 0.7))),
        )
        prompts = [tx.reseller_prompt(rng, client, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.05, 0.9))),
            comp_median=350.0,
        )


# --------------------------------------------------------------------------------------------
# a labelling vendor: annotators asking for rating suggestions (looks like judge harvest)


def hanged_man(ctx: Ctx, rng: R) -> None:
    kind = "hanged_man"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = home(rng, 2, tz)
    project = f"Project {pick(rng, ('Kestrel', 'Saffron', 'Juniper', 'Tamarind'))}"
    version = irange(rng, 2, 9)
    for _ in range(irange(rng, 10, 25)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 8.0, 90.0)
        )
        prompts = [
            tx.annotator_prompt(rng, project, version, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=250.0,
        )


# --------------------------------------------------------------------------------------------
# a translation shop: segment-by-segment translation in office hours (looks like translation harvest)


def temperance(ctx: Ctx, rng: R) -> None:
    kind = "temperance"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 1, tz)
    clients = ("Lumen Retail", "Vireo Health", "Kite Mobility", "Orchid Bank")
    for _ in range(irange(rng, 3, 6)):
        ua = (
            pick(rng, BG_BROWSER)
            if chance(rng, 0.5)
            else "MateCat-connector/2.3 (python-httpx/0.28.1)"
        )
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        targets = [
            tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), size=2, replace=False).tolist()
        ]
        ts_all, prompts = [], []
        for s in thinned(
            rng, ctx.t0, ctx.t1, 0.5 * 7 * 24 * float(rng.uniform(0.6, 1.4)), workday(tz)
        ).tolist():
            text = tx.snippet(rng, ctx.passages, 300, 1500, prose=True)
            segs = [x.strip() + "." for x in text.split(". ") if len(x.strip()) > 10][:40] or [text]
            target, client = pick(rng, targets), pick(rng, clients)
            gloss = chance(rng, 0.4)
            for seg, t in zip(
                segs,
                _train(rng, s, len(segs), float(rng.uniform(15, 40)), 0.7).tolist(),
                strict=True,
            ):
                ts_all.append(t)
                prompts.append(tx.shop_segment(rng, seg, target, client, gloss))
        ts = np.asarray(ts_all)
        ips = [office[0] if chance(rng, 0.85) else a.ips[-1] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            ips=ips,
            comp_median=60.0,
        )


# --------------------------------------------------------------------------------------------
# a development team's coding agent (looks like agent-transcript harvest)


def eight_of_pentacles(ctx: Ctx, rng: R) -> None:
    kind = "eight_of_pentacles"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    ci = cloud(rng, 2, "azure")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 4, 10)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)) * 7, workday(tz, start=9.5, end=19.0)
        ).tolist()
        starts += thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.0)) * 7, nightly(2.0, 1.0, tz)
        ).tolist()
        for s in starts:
            in_ci = (local_hour(np.asarray([s]), tz)[0] - 2.0) % 24 < 1.0
            k = irange(rng, 8, 40)
            for step, t in enumerate(_train(rng, s, k, float(rng.uniform(5, 10)), 0.7).tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_prompt(rng, step, ctx.chat))
                extra.append(min(30000, 3000 + 400 * step))
                ips.append(pick(rng, ci) if in_ci else a.ips[0])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            ips=ips,
            comp_median=300.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a research study sampling survey items many times on old and new models (looks like best-of-n)


def three_of_cups(ctx: Ctx, rng: R) -> None:
    kind = "three_of_cups"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    study = pick(
        rng, ("moral-judgement", "calibration", "social-desirability", "occupational-association")
    )
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua="aiohttp/3.11.11",
            ips=cloud(rng, 1, "aws"),
        )
        for s in thinned(
            rng, ctx.t0, ctx.t1, 0.6 * 7, workday(pick(rng, (-5, 0, 1)), weekend=0.3)
        ).tolist():
            items = [tx.survey_item(rng, study, i) for i in range(irange(rng, 15, 40))]
            reps = irange(rng, 5, 10)
            models = [ctx.old_models[0]] + (
                [ctx.new_model] if s >= ctx.release else [ctx.old_models[-1]]
            )
            prompts, mods = [], []
            for m in models:
                for it in items:
                    prompts += [it] * reps
                    mods += [m] * reps
            ts = _train(rng, s, len(prompts), float(rng.uniform(0.5, 1.5)), 0.4)
            ctx.emit(rng, a, ts, prompts, models=mods, comp_median=40.0, comp_sigma=0.8, err=0.03)


# --------------------------------------------------------------------------------------------
# a bring-your-own-key companion app on phones (looks like a person-like crowd)


def page_of_cups(ctx: Ctx, rng: R) -> None:
    kind = "page_of_cups"
    carriers = {
        "us_mobile": (-5, "en"),
        "br_mobile": (-3, "pt"),
        "in_mobile": (5, "en"),
        "eu_mobile": (1, "es"),
    }
    for _ in range(irange(rng, 30, 60)):
        carrier = pick(rng, list(carriers))
        tz, lang = carriers[carrier]
        if carrier == "in_mobile" and chance(rng, 0.3):
            lang = "id"
        persona = pick(rng, ("Luna", "Kai", "Mika", "Theo", "Sora"))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_user",
            ua=pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0")),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 3)) * DAY,
            ctx.t1,
            float(rng.uniform(0.7, 2.0)),
            evening_person(tz, 2.8),
            8.0,
            35.0,
        )
        if not sess:
            continue
        addrs = mobile_v6(rng, len(sess), carrier)
        ips = [
            a.ips[0] if chance(rng, 0.25) else addrs[i]
            for i, s in enumerate(sess)
            for _ in range(len(s))
        ]
        ts = _concat(sess)
        prompts = [tx.companion_msg(rng, lang, persona) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.4),
            ips=ips,
            comp_median=110.0,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating intent paraphrases at night (looks like dataset generation)


def knight_of_wands(ctx: Ctx, rng: R) -> None:
    kind = "knight_of_wands"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 2, 3)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="pipeline",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(n_keys)
    ]
    langs = {"en": 0.6, "es": 0.15, "de": 0.15, "fr": 0.1}
    hours = float(rng.uniform(3, 5))
    curve = nightly(float(rng.uniform(1, 3)), hours, -8)
    for a, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 200)) * hours / 24.0, n_keys, curve),
        strict=True,
    ):
        prompts = [tx.augment_prompt(rng, lg, ctx.chat) for lg in draw(rng, langs, len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.05), comp_median=400.0, err=0.02
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety vendor classifying and rewriting user posts (looks like policy-rewrite harvest)


def queen_of_swords(ctx: Ctx, rng: R) -> None:
    kind = "queen_of_swords"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    langs = {"en": 0.5, "es": 0.15, "pt": 0.15, "de": 0.1, "ar": 0.1}
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_backend",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(800, 1800)),
            global_load(float(rng.uniform(12, 20)), 0.5),
        )
        prompts = [tx.moderation_prompt(rng, ctx.chat, lg) for lg in draw(rng, langs, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.25), comp_median=150.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, R], None]] = {
    "high_priestess": high_priestess,
    "hierophant": hierophant,
    "wheel_of_fortune": wheel_of_fortune,
    "hanged_man": hanged_man,
    "temperance": temperance,
    "eight_of_pentacles": eight_of_pentacles,
    "three_of_cups": three_of_cups,
    "page_of_cups": page_of_cups,
    "knight_of_wands": knight_of_wands,
    "queen_of_swords": queen_of_swords,
}
