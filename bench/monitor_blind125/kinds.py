"""Benign hard-negative kinds of batch 125 (code names from shoemaking).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). All accounts are labelled benign, with the kind as family.
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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind125 import texts as tx
from bench.monitor_blind125.families import MOBILE_OF_TZ, _cat, _jitter, _split, _switch_models, _tz

BENIGN = "benign"


# --------------------------------------------------------------------------------------------
# evaluation lab: chain-of-thought benchmark sweeps on every model, the new one right at release


def welt(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "welt"
    tz = pick(rng, (-8, -5, 0, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    for m in (old, mini):
        for _ in range(irange(rng, 1, 2)):
            runs.append((float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 6 * HOUR)), m))
    for _ in range(irange(rng, 4, 7)):
        runs.append((ctx.release + float(rng.uniform(1, 60)) * HOUR, new))
    runs.append((ctx.release + float(rng.uniform(6, 60)) * HOUR, old))
    langs = ("en", "zh", "ja", "ru", "es", "de")
    for start, m in runs:
        suite = pick(rng, ("math", "math", "code", "mc"))
        tr = bursts(
            rng, [start], float(rng.uniform(250, 600)), float(rng.uniform(0.4, 1.5)), 0.5, ctx.t1
        )[0]
        a = pick(rng, keys)
        prompts = [
            tx.eval_item(rng, pick(rng, langs) if suite == "math" else "en", suite)
            for _ in range(len(tr))
        ]
        comp = {"math": 450.0, "code": 250.0, "mc": 350.0}[suite]
        ctx.emit(rng, a, tr, prompts, models=m, comp_median=comp, comp_sigma=0.5, err=0.03)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling and comparing responses in a browser tool


def vamp(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "vamp"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = {tz: home(rng, 2, tz) for tz in (5, 8)}
    projects = [
        f"{pick(rng, ('ALD', 'KRT', 'NOV', 'QSR'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 2, 3))
    ]
    for _ in range(irange(rng, 12, 24)):
        tz = pick(rng, (5, 8))
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=offices[tz],
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 2.5)),
                workday(tz, 9.0, 18.0),
                float(rng.uniform(10, 20)),
                float(rng.uniform(40, 90)),
            )
        )
        ips = [pick(rng, offices[tz]) for _ in range(len(ts))]
        prompts = [
            tx.prelabel(rng, ctx.chat, ctx.passages, pick(rng, projects)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.25), ips=ips, comp_median=200.0
        )


# --------------------------------------------------------------------------------------------
# trust & safety consultancy: policy edits of user posts, a queue backend plus human reviewers


def insole(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "insole"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = _jitter(rng, {"en": 0.4, "de": 0.2, "es": 0.15, "pt": 0.15, "fr": 0.1})
    provider = pick(rng, ("aws", "gcp"))
    backend = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="queue_backend",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, 2, provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    queue = thinned(
        rng, ctx.t0, ctx.t1, irange(rng, 800, 1500), global_load(float(rng.uniform(12, 20)), 0.6)
    )
    for a, ts in zip(backend, _split(rng, queue, len(backend)), strict=True):
        prompts = [
            tx.moderation_case(rng, tx.weighted(rng, langs), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=160.0)
    tz = pick(rng, (0, 1, -3))
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="reviewer",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 6.0, 120.0))
        prompts = [
            tx.moderation_case(rng, tx.weighted(rng, langs), ctx.chat)
            if chance(rng, 0.7)
            else tx.policy_rewrite(rng, "family_safe", ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=260.0)


# --------------------------------------------------------------------------------------------
# coding-agent IDE extension, bring-your-own-key developers


def shank(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shank"
    products = {
        "ext": ("Cline/3.4.0 (VSCode 1.96.2)", "Cline/3.3.2 (VSCode 1.96.0)"),
        "cli": ("aider/0.74.2 litellm/1.60.2", "aider/0.73.0 litellm/1.59.8"),
    }
    for _ in range(irange(rng, 18, 32)):
        tz = _tz(rng)
        product = pick(rng, ("ext", "ext", "cli"))
        ips = home(rng, 1, tz) + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            ua=pick(rng, products[product]),
            ips=ips,
            tz=tz,
        )
        tasks = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, workday(tz, 9.0, 19.0, 0.1, 0.05)
        )
        loops = bursts(
            rng, tasks, float(rng.uniform(6, 14)), float(rng.uniform(4, 10)), 0.7, ctx.t1
        )
        ts, prompts, extra = [], [], []
        for loop in loops:
            for k, t in enumerate(loop.tolist()):
                p, x = tx.ide_agent_turn(rng, product, ctx.chat, k == 0)
                ts.append(t)
                prompts.append(p)
                extra.append(x + 120 * k)
        ts_arr = np.asarray(ts)
        switch = ctx.release + float(rng.exponential(1.0)) * DAY
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=_switch_models(ctx, rng, ts_arr, switch, 0.95),
            comp_median=300.0,
            comp_sigma=0.8,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: utterances and paraphrases for its own intent classifier


def toe_puff(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "toe_puff"
    tz = pick(rng, (-5, 0, 1, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nb = cloud(rng, 2, "gcp")
    office = home(rng, 1, tz)
    markets = ["en"] + [
        str(x)
        for x in rng.choice(
            ["es", "pt", "de", "fr", "id", "tr", "hi", "ar"], size=irange(rng, 2, 4), replace=False
        )
    ]
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="ml_engineer",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.6),
            ips=nb + office,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    jobs = thinned(rng, ctx.t0, ctx.t1, irange(rng, 12, 25), workday(tz))
    for tr in bursts(rng, jobs, float(rng.uniform(20, 70)), 1.5, 0.5, ctx.t1):
        a = pick(rng, keys)
        lang = pick(rng, markets)
        prompts = [tx.augmentation(rng, lang, ctx.chat) for _ in range(len(tr))]
        ctx.emit(
            rng,
            a,
            tr,
            prompts,
            models=ctx.models(rng, tr, p_new=0.6),
            comp_median=900.0,
            comp_sigma=0.4,
            ips=pick(rng, nb),
        )


# --------------------------------------------------------------------------------------------
# companion / role-play app: its server keys, and users of its open-source client on phones


def heel_counter(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "heel_counter"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    langs = _jitter(rng, {"en": 0.5, "es": 0.15, "pt": 0.15, "ja": 0.1, "ko": 0.1})
    personas = ("Mika", "Captain Rho", "Aunt Bea", "Leo the barista", "Sable")
    servers = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_server",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    load = thinned(
        rng, ctx.t0, ctx.t1, irange(rng, 2500, 4000), global_load(float(rng.uniform(0, 4)), 0.7)
    )
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for a, ts in zip(servers, _split(rng, load, len(servers)), strict=True):
        pairs = [
            tx.companion_message(rng, tx.weighted(rng, langs), pick(rng, personas))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pairs],
            models=_switch_models(ctx, rng, ts, switch, 0.5),
            comp_median=120.0,
            extra=np.asarray([x for _, x in pairs], dtype=np.int64),
        )
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, tuple(MOBILE_OF_TZ))
        lang = "es" if tz == -3 and chance(rng, 0.3) else ("pt" if tz == -3 else "en")
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="byok_user",
            ua=pick(rng, MOBILE),
            ips=mobile_v6(rng, 1, MOBILE_OF_TZ[tz]),
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 3)),
            evening_person(tz),
            12.0,
            float(rng.uniform(15, 40)),
        )
        ts, prompts, extra, ips = [], [], [], []
        for s in sessions:
            ip = mobile_v6(rng, 1, MOBILE_OF_TZ[tz])[0]
            for k, t in enumerate(s.tolist()):
                p, x = tx.companion_message(rng, lang, pick(rng, personas))
                ts.append(t)
                prompts.append(p)
                extra.append(x + 60 * k)
                ips.append(ip)
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.6),
            ips=ips,
            comp_median=120.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# course cohort: every student types the same assignment prompts, partly in one lab session


def eyelet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "eyelet"
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    course = f"{pick(rng, ('CS', 'DS', 'INF', 'ML'))}{irange(rng, 101, 499)}"
    week = tx.make_assignments(rng, course)[irange(rng, 0, 2)]
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    lab_day = irange(rng, 1, 4)
    lab_start = ctx.t0 + lab_day * DAY + (14 - tz) * HOUR
    ev = evening_person(tz)
    for _ in range(irange(rng, 35, 65)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS) if chance(rng, 0.8) else sdk_ua(rng, 0.8),
            ips=home(rng, 1, tz),
            tz=tz,
        )

        def ramp(ts: np.ndarray, ev=ev) -> np.ndarray:
            return ev(ts) * np.clip(1.2 - (deadline - ts) / (4 * DAY), 0.15, 1.0)

        own = _cat(
            session_times(rng, ctx.t0, deadline, float(rng.uniform(0.6, 1.6)), ramp, 4.0, 80.0)
        )
        lab = np.empty(0)
        if chance(rng, 0.85):
            lab = np.sort(lab_start + rng.uniform(0, 2 * HOUR, size=irange(rng, 5, 14)))
        ts = _cat([own, lab])
        ips = [
            pick(rng, campus) if (lab_start <= t <= lab_start + 2 * HOUR) else a.ips[0]
            for t in ts.tolist()
        ]
        prompts = [tx.course_prompt(rng, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), ips=ips, comp_median=450.0
        )


# --------------------------------------------------------------------------------------------
# translation agency: translators in a CAT tool, segment by segment


def skiving(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "skiving"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    ua_tool = pick(rng, ("memoQ/10.4.7 (Windows NT 10.0)", "TradosStudio/18.1 AIProvider/2.1"))
    targets = ("de", "fr", "es", "it", "pl", "nl", "pt", "ja", "ko", "tr", "uk")
    for _ in range(irange(rng, 8, 15)):
        remote = chance(rng, 0.4)
        ttz = _tz(rng) if remote else tz
        pairs = [str(x) for x in rng.choice(targets, size=irange(rng, 1, 2), replace=False)]
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua_tool,
            ips=home(rng, 1, ttz) if remote else office,
            tz=ttz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(ttz),
                float(rng.uniform(15, 35)),
                float(rng.uniform(20, 60)),
            )
        )
        prompts = [
            tx.cat_segment(rng, "en", pick(rng, pairs), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=90.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# research study: identical items repeated many times on each model, before and after release


def cordwainer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cordwainer"
    tz = pick(rng, (-5, 0, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "aws") + home(rng, 1, tz)
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    study = pick(rng, ("survey", "mixed"))
    items = [tx.study_item(rng, study) for _ in range(irange(rng, 40, 110))]
    reps = irange(rng, 5, 15)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    plan = [
        (old, ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY),
        (mini, ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY),
        (new, ctx.release + float(rng.uniform(0.3, 1.5)) * DAY),
        (old, ctx.release + float(rng.uniform(0.3, 2.0)) * DAY),
    ]
    night = nightly(22.0, 8.0, tz)
    for model, day in plan:
        a = pick(rng, keys)
        n_ev = len(items) * reps
        cand = thinned(rng, day, day + 2 * DAY, 4 * n_ev, lambda ts: night(ts) * 0.9 + 0.1)
        ts = np.sort(cand[:n_ev])
        prompts = [items[i % len(items)] for i in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=120.0, comp_sigma=0.6, err=0.02)


# --------------------------------------------------------------------------------------------
# AI agency reselling API access to small-business clients: one org, one card, many keys


def hobnail(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hobnail"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "hetzner"))
    comp = {"dental": 90.0, "seo": 1400.0, "ecommerce": 220.0, "realestate": 300.0, "social": 250.0}
    for _ in range(irange(rng, 10, 18)):
        client = pick(rng, tuple(tx.RESELLER_CLIENTS))
        biz = pick(rng, tx.BIZ[client])
        ctz = _tz(rng)
        ua = pick(
            rng, ("GuzzleHttp/7", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "axios/1.7.9")
        )
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="client_app",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=ctz,
        )
        curve = (
            workday(ctz, 8.0, 20.0, 0.3, 0.05) if client in ("dental", "realestate") else constant
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(220), 0.6)), curve)
        p_new = float(rng.choice([0.0, 0.3, 0.9]))
        prompts = [tx.reseller_request(rng, client, biz, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp[client]
        )


BENIGN_KINDS: dict[str, Callable] = {
    "welt": welt,
    "vamp": vamp,
    "insole": insole,
    "shank": shank,
    "toe_puff": toe_puff,
    "heel_counter": heel_counter,
    "eyelet": eyelet,
    "skiving": skiving,
    "cordwainer": cordwainer,
    "hobnail": hobnail,
}
