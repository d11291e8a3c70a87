"""Benign hard-negative kinds of blind batch 347: legitimate users built to resemble this batch's
campaign families (or a campaign in general).

Each kind is `f(ctx, rng)`: it opens benign accounts with `ctx.account` and writes their events with
`ctx.emit`. Every draw comes from the kind's own generator, in a fixed order. Code names are words
from dominoes; the card (README.md) says what each one is and what it looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind347 import texts

BENIGN = "benign"


def _weighted(rng: np.random.Generator, items: tuple, weights: tuple):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. a model-evaluation lab benchmarking the new release


def boneyard(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "boneyard"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp") + home(rng, 1, tz)
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    suites = ("mathqa-cot", "concepts-mc", "codefill", "regress-v7")
    runs = []
    for _ in range(2):  # pre-release runs on the old models
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.3 * DAY)),
                list(ctx.old_models),
                1,
            )
        )
    for _ in range(irange(rng, 2, 3)):  # the release evaluation, new model against the old flagship
        runs.append(
            (
                ctx.release + float(rng.uniform(2, 30)) * HOUR,
                [ctx.new_model, ctx.old_models[0]],
                int(pick(rng, (1, 3))),
            )
        )
    for start, models, k in runs:
        acct = pick(rng, accts)
        suite = pick(rng, suites)
        items = irange(rng, 200, 450)
        shots = irange(rng, 0, 3)
        ts, prompts, mods = [], [], []
        t = start
        for item in range(items):
            p = texts.eval_item(rng, suite, item, shots)
            for m in models:
                for _ in range(k):
                    t += float(rng.lognormal(np.log(0.9), 0.5))
                    ts.append(t)
                    prompts.append(p)
                    mods.append(m)
        ctx.emit(rng, acct, np.asarray(ts), prompts, models=mods, comp_median=320.0, err=0.03)


# --------------------------------------------------------------------------------------------
# 2. a support-QA vendor grading its clients' agent replies


def mexican_train(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mexican_train"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, home(rng, 1, tz)) for tz in (pick(rng, (3, 2)), pick(rng, (8, 5)))]
    clients = ("Brightcart", "Norrsken Telecom", "Pelican Air", "Kavo Bank")
    for i in range(irange(rng, 4, 8)):
        tz, ips = offices[i % 2]
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="qa_team",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if chance(rng, 0.5) else "OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * 5 * 8, workday(tz))
        client = pick(rng, clients)
        prompts = [texts.support_qa(rng, client, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# 3. a marketplace's trust-and-safety team rewriting listings to policy


def chicken_foot(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "chicken_foot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "azure")
    weights = (0.25, 0.3, 0.35, 0.1)  # de, en, es, pt
    for _ in range(irange(rng, 2, 3)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="moderation_service",
            org=org,
            pay=pay,
            ua=pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=ips,
        )
        rate = float(rng.uniform(5, 12))
        ts = thinned(
            rng, ctx.t0, ctx.t1, rate * 7 * 24, global_load(float(rng.uniform(16, 20)), 0.5)
        )
        prompts = [
            texts.listing_rewrite(rng, _weighted(rng, texts.LISTING_LANGS, weights))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=150.0,
        )


# --------------------------------------------------------------------------------------------
# 4. an editor's coding agent (a product with real users behind it)


def muggins(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "muggins"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="agent_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    rate = float(rng.uniform(2, 4))
    starts = thinned(rng, ctx.t0, ctx.t1, rate * 7 * 24, global_load(15.0, 0.7))
    who = rng.integers(0, len(accts), size=len(starts))
    cols: list[dict[str, list]] = [{"ts": [], "p": []} for _ in accts]
    for s, k in zip(starts.tolist(), who.tolist(), strict=True):
        repo, goal = pick(rng, texts.REPOS), texts.coding_goal(rng, ctx.chat)
        t = s
        for step in range(irange(rng, 3, 12)):
            cols[k]["ts"].append(t)
            cols[k]["p"].append(texts.coding_agent_step(rng, repo, goal, step))
            t += float(rng.lognormal(np.log(6.0), 0.7))
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=250.0,
            extra=rng.integers(800, 2000, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# 5. a company's data team augmenting training data for its intent classifier


def double_six(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "double_six"
    tz = pick(rng, (0, 1, 2, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 1, 3)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="data_scientist",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 5, workday(tz, weekend=0.0, night=0.0)
        )
        parts = []
        for s in starts.tolist():
            n = irange(rng, 30, 150)
            parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=n - 1))])
            )
        ts = _cat(parts)
        prompts = [texts.augmentation(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=900.0,
        )


# --------------------------------------------------------------------------------------------
# 6. a companion chat app's backend


def double_nine(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "double_nine"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "digitalocean")
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        for _ in range(2)
    ]
    rate = float(rng.uniform(2, 4))
    starts = thinned(
        rng, ctx.t0, ctx.t1, rate * 7 * 24, global_load(float(rng.uniform(19, 23)) % 24, 0.6)
    )
    cols: list[dict[str, list]] = [{"ts": [], "p": []} for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(2))
        lang = _weighted(rng, texts.COMPANION_LANGS, (0.55, 0.2, 0.1, 0.15))  # en, es, ja, pt
        persona = pick(rng, texts.PERSONAS)
        history: list[str] = []
        t = s
        for _ in range(irange(rng, 3, 12)):
            p = texts.companion_turn(rng, lang, persona, history, ctx.chat)
            history.append(p.rsplit("user: ", 1)[-1])
            cols[k]["ts"].append(t)
            cols[k]["p"].append(p)
            t += float(rng.lognormal(np.log(25.0), 0.8))
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=90.0,
            extra=300,
        )


# --------------------------------------------------------------------------------------------
# 7. a university course cohort on department credits


def matador(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "matador"
    tz = pick(rng, (-5, 0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    due = ctx.t0 + float(rng.uniform(4.5, 6.0)) * DAY
    n_assign = irange(rng, 3, 6)
    for _ in range(irange(rng, 25, 50)):
        ua = (
            pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
            if chance(rng, 0.5)
            else pick(rng, BROWSERS + MOBILE[:3])
        )
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        curve = evening_person(tz)
        normal = session_times(
            rng, ctx.t0, due - 1.5 * DAY, float(rng.uniform(0.3, 1.0)), curve, 5.0, 60.0
        )
        rush = session_times(
            rng, due - 1.5 * DAY, due, float(rng.uniform(1.0, 3.0)), curve, 7.0, 50.0
        )
        after = session_times(rng, due, ctx.t1, float(rng.uniform(0.1, 0.4)), curve, 3.0, 60.0)
        ts = _cat(normal + rush + after)
        prompts = [
            texts.student_prompt(rng, n_assign if t < due else n_assign + 1, ctx.chat)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=500.0,
        )


# --------------------------------------------------------------------------------------------
# 8. an edtech company's nightly lesson-generation pipeline


def fives_and_threes(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "fives_and_threes"
    tz = pick(rng, (-5, 5, -3, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "gcp")
    langs = ["en", "es", "hi", "pt"][: irange(rng, 2, 4)]
    grid = [
        (s, g, k, lg)
        for s in texts.SUBJECTS
        for g in range(1, 13)
        for k in ("lesson", "quiz", "worked")
        for lg in langs
    ]
    order = rng.permutation(len(grid)).tolist()
    pos = 0
    for _ in range(2):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="content_pipeline",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        start_h = float(rng.uniform(0.5, 3.0))
        window = nightly(start_h, float(rng.uniform(3, 5)), tz)
        t, ts = ctx.t0, []
        while t < ctx.t1:
            t += float(rng.uniform(30, 60))
            if window(np.asarray([t]))[0] > 0:
                ts.append(t)
            else:
                t += 600.0
        prompts = []
        for _ in ts:
            s, g, k, lg = grid[order[pos % len(order)]]
            pos += 1
            prompts.append(texts.lesson_request(rng, s, g, k, lg))
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.6, p_mini=0.1),
            comp_median=1100.0,
        )


# --------------------------------------------------------------------------------------------
# 9. an agency reselling API access to its small-business clients


def toppling(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "toppling"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "hetzner")
    clients = (
        "Lumen Dental",
        "Fjord Outfitters",
        "Casa Oliva",
        "Nimbus Realty",
        "Tala Fitness",
        "Orbit Print",
        "Greenleaf Law",
        "Harbor Vet",
        "Saffi Travel",
        "Kite Insurance",
        "Mosaic Tiles",
        "Juniper Books",
        "Ridge Plumbing",
        "Veda Yoga",
        "Pixelpunt",
        "Atlas Movers",
        "Corvid Games",
        "Bloom Florist",
        "Quarry Cafe",
        "Zenith Tutors",
    )
    for i in range(irange(rng, 10, 20)):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="client_key",
            org=org,
            pay=pay,
            ua="litellm/1.60.2",
            ips=ips,
            tz=tz,
        )
        n = float(rng.lognormal(np.log(150), 0.8))
        curve = (
            workday(tz, weekend=0.2)
            if chance(rng, 0.6)
            else global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ts = thinned(rng, ctx.t0, ctx.t1, n, curve)
        prompts = [texts.reseller_request(rng, clients[i], ctx.chat) for _ in range(len(ts))]
        p_new = float(rng.uniform(0.1, 0.8))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.2),
            comp_median=380.0,
            extra=int(rng.integers(0, 120)),
        )


# --------------------------------------------------------------------------------------------
# 10. a university human-preference study comparing the old and the new model


def line_of_play(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "line_of_play"
    tz = pick(rng, (0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    server = home(rng, 1, tz)
    accts = [
        ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="study_server",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=server,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    a = ctx.release + float(rng.uniform(4, 12)) * HOUR
    starts = thinned(
        rng, a, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - a) / HOUR, global_load(15.0, 0.5)
    )
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "m": []} for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(len(accts)))
        t = s
        for _ in range(irange(rng, 6, 10)):
            p = texts.study_prompt(rng, ctx.chat)
            first = ctx.new_model if chance(rng, 0.5) else ctx.old_models[0]
            second = ctx.old_models[0] if first == ctx.new_model else ctx.new_model
            for m in (first, second):
                cols[k]["ts"].append(t)
                cols[k]["p"].append(p)
                cols[k]["m"].append(m)
                t += float(rng.uniform(0.2, 1.5))
            t += float(rng.lognormal(np.log(70.0), 0.6))
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(rng, acct, ts, cols[i]["p"], models=cols[i]["m"], comp_median=350.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "boneyard": boneyard,
    "mexican_train": mexican_train,
    "chicken_foot": chicken_foot,
    "muggins": muggins,
    "double_six": double_six,
    "double_nine": double_nine,
    "matador": matador,
    "fives_and_threes": fives_and_threes,
    "toppling": toppling,
    "line_of_play": line_of_play,
}
