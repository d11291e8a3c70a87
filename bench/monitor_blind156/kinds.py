"""Benign hard-negative kinds of batch 156 (ten; code names are canoe-building words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family (or campaigns in
general) in one or more ways, labelled benign in the truth.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    COUNTRIES,
    DAY,
    HOUR,
    MOBILE,
    NAMES,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    regions,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind156 import texts

Rng = np.random.Generator


def _models(
    ctx: Ctx, rng: Rng, ts: np.ndarray, switch: float, p_new: float, p_mini: float = 0.05
) -> list[str]:
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model the day it ships (pass@k repeats included)


def cedar_strip(ctx: Ctx, rng: Rng) -> None:
    name = "cedar_strip"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws"))) + home(rng, 1, tz)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    # runs: a big one within hours of the release (new and old model, for the comparison table), then smaller re-runs
    runs = [(ctx.release + float(rng.uniform(1, 10)) * HOUR, irange(rng, 800, 1800), "new")]
    runs.append((runs[0][0] + float(rng.uniform(0.5, 3)) * HOUR, irange(rng, 400, 900), "old"))
    for _ in range(irange(rng, 2, 5)):
        day = ctx.release + float(rng.uniform(0.8, 2.8)) * DAY
        runs.append((day, irange(rng, 100, 500), pick(rng, ("new", "old", "mini"))))
    for _ in range(irange(rng, 1, 3)):  # harness smoke tests before the release
        runs.append((ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, irange(rng, 30, 120), "old"))
    model_of = {"new": ctx.new_model, "old": ctx.old_models[0], "mini": ctx.old_models[-1]}
    for j, (start, n_items, which) in enumerate(runs):
        acct = accts[j % n_keys]
        suite = pick(rng, texts.EVAL_SUITES)
        k = 5 if suite == "humaneval" else 1
        prompts = []
        for _ in range(max(1, n_items // k)):
            p = texts.eval_item_prompt(rng, suite)
            prompts.extend([p] * k)
        gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.0))), 0.6, size=len(prompts))
        ts = start + np.cumsum(gaps)
        comp = {"mcq": 2.0, "tf": 2.0, "gsm": 260.0, "humaneval": 180.0}[suite]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_of[which],
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# a labelling vendor grading support transcripts with rubrics (looks like judge harvesting)


def bead_and_cove(ctx: Ctx, rng: Rng) -> None:
    name = "bead_and_cove"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [pick(rng, (5, 8)), pick(rng, (-5, 0, 1))]
    office = home(rng, 2, tzs[0]) + home(rng, 1, tzs[1])
    queue = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    curve = multi_office(tzs)
    per_hour = float(rng.uniform(15, 32))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="annotation_project",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + queue,
            tz=tzs[0],
        )
        for _ in range(n_keys)
    ]
    for i, (acct, ts) in enumerate(
        zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, curve), strict=True)
    ):
        prompts = [
            texts.support_grading_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        p_new = 0.4 if i % 2 == 0 else 0.0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.25),
            comp_median=110.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a tutoring product: step-by-step explanations for students worldwide


def inwale(ctx: Ctx, rng: Rng) -> None:
    name = "inwale"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.6, 0.85)))
    switch = ctx.release + float(rng.uniform(1.0, 2.5)) * DAY
    for i in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="product_backend" if i == 0 else "product_backend_eu",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2000, 5000)), curve)
        prompts = [texts.tutoring_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models(ctx, rng, ts, switch, 0.5),
            comp_median=300.0,
            extra=350,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort working to an assignment deadline (looks like a person-like crowd)


def outwale(ctx: Ctx, rng: Rng) -> None:
    name = "outwale"
    n = irange(rng, 30, 60)
    tz = pick(rng, (-8, -5, 0, 1, 2, 9))
    org = hexid(rng, "org")
    grant_card = hexid(rng, "pay") if chance(rng, 0.6) else None
    campus = home(rng, irange(rng, 2, 4), tz)
    deadline = ctx.t0 + float(rng.uniform(5.0, 6.6)) * DAY
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ramp = np.exp(-np.clip(deadline - np.asarray(ts), 0, None) / (1.5 * DAY))
        return np.where(
            np.asarray(ts) <= deadline, np.clip(eve(ts) * (0.15 + 0.85 * ramp), 0, 1), 0.02
        )

    for _ in range(n):
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=grant_card,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            curve,
            float(rng.uniform(4, 10)),
            float(rng.uniform(60, 180)),
        )
        ts = _flat(sess)
        prompts = [texts.course_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=420.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# an academic study of refusal behaviour across languages (looks like policy-rewrite harvesting)


def tumblehome(ctx: Ctx, rng: Rng) -> None:
    name = "tumblehome"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, regions())
    lab = resi(rng, irange(rng, 2, 3), region)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    langs = sorted(texts.STUDY_LANGS)[: irange(rng, 3, 6)]
    total = len(texts.SENSITIVE) * irange(rng, 4, 8)
    accts = [
        ctx.account(
            rng, label="benign", family=name, role="study_runner", org=org, pay=pay, ua=ua, ips=lab
        )
        for _ in range(irange(rng, 2, 3))
    ]
    model_of = {"new": ctx.new_model, "old": ctx.old_models[0]}
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, "old"),
        (ctx.release + float(rng.uniform(0.3, 1.5)) * DAY, "new"),
        (ctx.release + float(rng.uniform(1.5, 2.8)) * DAY, "old"),
    ]
    for start, which in runs:
        acct = pick(rng, accts)
        prompts = [
            texts.safety_study_prompt(rng, lang, item, total)
            for lang in langs
            for item in range(total)
        ]
        ts = start + np.cumsum(
            rng.lognormal(np.log(float(rng.uniform(2, 6))), 0.3, size=len(prompts))
        )
        ctx.emit(rng, acct, ts, prompts, models=model_of[which], comp_median=260.0, err=0.01)


# --------------------------------------------------------------------------------------------
# a marketing agency: one key per client, one org, one card (looks like a many-key operation)


def station_mold(ctx: Ctx, rng: Rng) -> None:
    name = "station_mold"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, -3, 0, 1))
    office = home(rng, 2, tz)
    scheduler = cloud(rng, 1, pick(rng, ("aws", "digitalocean")))
    cities = COUNTRIES
    for _ in range(irange(rng, 8, 18)):
        client = f"{pick(rng, NAMES)} {pick(rng, ('& Sons', 'Studio', 'Group', 'Co', 'Partners', 'Collective'))}"
        industry, city = pick(rng, texts.INDUSTRIES), pick(rng, cities)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="client_key",
            org=org,
            pay=pay,
            ua=pick(rng, ("axios/1.7.9", "axios/1.7.9", "PostmanRuntime/7.43.0")),
            ips=office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            workday(tz),
            float(rng.uniform(3, 10)),
            90.0,
        )
        ts = _flat(sess)
        ips = [
            pick(rng, scheduler) if chance(rng, 0.15) else pick(rng, office) for _ in range(len(ts))
        ]
        prompts = [texts.agency_prompt(rng, client, industry, city) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6),
            ips=ips,
            comp_median=700.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team paraphrasing its own tickets for an intent classifier, nightly


def birch_bark(ctx: Ctx, rng: Rng) -> None:
    name = "birch_bark"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    ips = cloud(rng, irange(rng, 1, 2), "aws")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng, label="benign", family=name, role=r, org=org, pay=pay, ua=ua, ips=ips, tz=tz
        )
        for r in ("augment_job", "dev")
    ]
    nights = sorted(rng.choice(7, size=irange(rng, 3, 5), replace=False).tolist())
    at = float(rng.uniform(0.5, 3.0))
    starts = np.asarray([ctx.t0 + d * DAY + ((at - tz) % 24) * HOUR for d in nights])
    trains = bursts(
        rng, starts, float(rng.uniform(300, 700)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
    )
    ts = _flat(trains)
    ctx.emit(
        rng,
        accts[0],
        ts,
        [texts.augment_prompt(rng, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.0, 0.6),
        comp_median=600.0,
        err=0.02,
    )
    ts_d = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 150)), workday(tz))
    ctx.emit(
        rng,
        accts[1],
        ts_d,
        [texts.augment_prompt(rng, ctx.chat) for _ in range(len(ts_d))],
        models=ctx.models(rng, ts_d, 0.3, 0.3),
        comp_median=600.0,
        err=0.01,
    )


# --------------------------------------------------------------------------------------------
# a software team's coding agents (looks like agent transcripts and code harvesting)

_AGENT_UAS = ("aider/0.75.2", "Cline/3.4.0", "continue-vscode/0.9.262", "Zed/0.172.8")


def spruce_root(ctx: Ctx, rng: Rng) -> None:
    name = "spruce_root"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [pick(rng, TZS) for _ in range(irange(rng, 1, 2))]
    repo = pick(rng, ("ledgerline", "fieldnotes", "quaykit", "parcelhub", "mintdesk"))
    office = home(rng, 1, tzs[0])
    for _ in range(irange(rng, 6, 14)):
        tz = pick(rng, tzs)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            org=org,
            pay=pay,
            ua=pick(rng, _AGENT_UAS),
            ips=home(rng, 1, tz) + office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(25, 60)),
            float(rng.uniform(8, 20)),
        )
        ts = _flat(sess)
        extra = np.clip(rng.lognormal(np.log(6000), 0.6, size=len(ts)), 500, 60000).astype(np.int64)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.dev_agent_prompt(rng, repo, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.7),
            comp_median=500.0,
            extra=extra,
            err=0.015,
        )


# --------------------------------------------------------------------------------------------
# a companion chat app (long multi-turn context, evening peaks)


def breasthook(ctx: Ctx, rng: Rng) -> None:
    name = "breasthook"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    curve = global_load(float(rng.uniform(1, 5)), float(rng.uniform(0.5, 0.75)))
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="app_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2500, 5000)), curve)
        extra = np.clip(rng.lognormal(np.log(1500), 0.5, size=len(ts)), 400, 8000).astype(np.int64)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.companion_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=120.0,
            extra=extra,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a translation shop with a TMS connector (looks like translation harvesting)


def steam_bending(ctx: Ctx, rng: Rng) -> None:
    name = "steam_bending"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 2, tz)
    connector = cloud(rng, 2, "aws")
    targets = sorted(
        rng.choice(
            [k for k in texts.LANG_NAMES if k != "en"], size=irange(rng, 5, 10), replace=False
        ).tolist()
    )
    domains = ("e-commerce", "medical device", "legal", "software UI", "marketing", "automotive")
    n_keys = irange(rng, 3, 6)
    per_hour = float(rng.uniform(20, 40))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="project_manager",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=connector + office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    for acct, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, workday(tz, 8.0, 18.5)),
        strict=True,
    ):
        domain = pick(rng, domains)
        prompts = [
            texts.localisation_prompt(rng, pick(rng, targets), domain, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=600.0, err=0.01
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "cedar_strip": cedar_strip,
    "bead_and_cove": bead_and_cove,
    "inwale": inwale,
    "outwale": outwale,
    "tumblehome": tumblehome,
    "station_mold": station_mold,
    "birch_bark": birch_bark,
    "spruce_root": spruce_root,
    "breasthook": breasthook,
    "steam_bending": steam_bending,
}
