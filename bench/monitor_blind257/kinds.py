"""Benign hard-negative kinds of blind batch 257 (code names from horsehair hitching).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign"; their `family` is the kind.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    multi_office,
    nightly,
    pick,
    picks,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind257 import texts as T

Rng = np.random.Generator
BENIGN = "benign"


def _sorted_concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def horsehair(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking chain-of-thought maths on every model, the new one included:
    a fixed item set, re-run per model and per sampling setting, from a cloud runner.
    Resembles reasoning-trace coercion."""
    kind = "horsehair"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    for _lab in range(irange(rng, 1, 2)):
        n_items = irange(rng, 200, 450)
        style = irange(rng, 0, 2)
        items = [T.eval_item(rng, style) for _ in range(n_items)]
        accts = [
            ctx.account(
                rng,
                label=BENIGN,
                family=kind,
                role="eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=picks(rng, runners, 1),
            )
            for _ in range(irange(rng, 2, 4))
        ]
        n_runs = irange(rng, 6, 14)
        for _ in range(n_runs):
            a = pick(rng, accts)
            after = chance(rng, 0.7)
            lo = ctx.release if after else ctx.t0
            hi = ctx.t1 - 2 * HOUR if after else ctx.release
            t = float(rng.uniform(lo, hi))
            model = (
                pick(rng, (ctx.new_model, ctx.new_model, *ctx.old_models))
                if after
                else pick(rng, ctx.old_models)
            )
            sub = items if chance(rng, 0.6) else items[: irange(rng, 50, n_items)]
            ts = t + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=len(sub)))
            ctx.emit(
                rng, a, ts, sub, models=model, comp_median=float(rng.uniform(300, 600)), err=0.02
            )


def hitching(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's QA team pre-scoring client support replies against a rubric, plus a
    pipeline key that pre-labels queues. Resembles judge / rubric grading."""
    kind = "hitching"
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = T._QA_CLIENTS
    n = irange(rng, 6, 10)
    for i in range(n):
        pipeline = i == 0
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="qa_pipeline" if pipeline else "qa_lead",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3" if pipeline else pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        client = pick(rng, clients)
        if pipeline:
            ts = worker_pool(
                rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)), 1, workday(tz, 7, 21, 0.1)
            )[0]
        else:
            ts = _sorted_concat(
                session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(2, 5)),
                    workday(tz),
                    float(rng.uniform(8, 20)),
                    float(rng.uniform(20, 70)),
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            [T.qa_review(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=120.0,
        )


def mane_hair(ctx: Ctx, rng: Rng) -> None:
    """A marketplace's trust-and-safety tool rewriting flagged listings to policy, in the
    platform's languages. Resembles policy / censorship-safe rewrites."""
    kind = "mane_hair"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    langs = ["en", "en", "es", "de", "pt", "fr"]
    load = global_load(float(rng.uniform(10, 18)), 0.5)
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="moderation_tool",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=egress,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        ctx.emit(
            rng,
            a,
            ts,
            [T.listing_rewrite(rng, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=160.0,
        )


def tail_hair(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: each user session is a tool loop (run tests, read, patch) with big
    contexts, one key per deployment region. Resembles agent / tool-use transcripts."""
    kind = "tail_hair"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "AsyncOpenAI/Python 1.60.0"))
    for prov in ("aws", "gcp", "azure")[: irange(rng, 2, 3)]:
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="agent_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)) * (ctx.t1 - ctx.t0) / HOUR,
            multi_office((-8, -5, 1, 5, 8)[: irange(rng, 2, 5)]),
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 25)
            ts_all.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=steps - 1))]
                )
            )
            prompts += [T.coding_agent_step(rng, k) for k in range(steps)]
            extra += [1500 + 600 * k for k in range(steps)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new=0.6),
            comp_median=250.0,
            comp_sigma=0.8,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )


def quirt(ctx: Ctx, rng: Rng) -> None:
    """A conversational-AI team augmenting its own intent-classifier data overnight: paraphrases
    and synthetic tickets, a scheduled job. Resembles synthetic-dataset generation."""
    kind = "quirt"
    tz = pick(rng, (1, 2, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en", "en", "es", "de"]
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=cloud(rng, 1, "azure"),
            tz=tz,
        )
        night = nightly(float(rng.uniform(22, 24)) % 24, float(rng.uniform(2, 4)), tz)

        def weekday_night(t: np.ndarray, night=night) -> np.ndarray:
            wd = (np.floor((t + tz * HOUR) / DAY).astype(np.int64) + 3) % 7
            return night(t) * (wd < 5)

        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * (ctx.t1 - ctx.t0) / HOUR, weekday_night
        )
        ctx.emit(
            rng,
            a,
            ts,
            [T.augmentation(rng, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15),
            comp_median=650.0,
        )


def mecate(ctx: Ctx, rng: Rng) -> None:
    """A companion app's backend: short emotional messages in long persona-and-memory contexts,
    evening-heavy worldwide load. Resembles multi-turn dialogue harvest."""
    kind = "mecate"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "gcp")
    load = global_load(float(rng.uniform(0, 4)), 0.6)
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=egress,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        ctx.emit(
            rng,
            a,
            ts,
            [T.companion(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=110.0,
            extra=rng.integers(800, 3200, size=len(ts)),
        )


def barber_pole(ctx: Ctx, rng: Rng) -> None:
    """A university calibration study: the same factual questions sampled many times per model,
    with stated confidences, from the lab's network and one cloud VM. Resembles best-of-n /
    soft-label sampling."""
    kind = "barber_pole"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = resi(rng, 2, "eu")
    vm = cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="phd_student",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=campus + vm,
            tz=1,
        )
        runs = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)) * (ctx.t1 - ctx.t0) / DAY, workday(1)
        )
        ts_all, prompts, models, ips = [], [], [], []
        for s in runs.tolist():
            k = pick(rng, (5, 10, 20))
            style = irange(rng, 0, 2)
            model = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.7))
                else pick(rng, ctx.old_models)
            )
            where = pick(rng, a.ips)
            t = s
            for item in T._FACTS[: irange(rng, 6, len(T._FACTS))]:
                tt = t + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=k))
                t = float(tt[-1])
                ts_all.append(tt)
                prompts += [T.calibration_item(rng, item, style)] * k
                models += [model] * k
                ips += [where] * k
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=40.0, comp_sigma=0.6)


def rawhide_core(ctx: Ctx, rng: Rng) -> None:
    """A translation agency's freelancers post-editing machine drafts from home, each in one or two
    target languages, same client documents across languages. Resembles translation harvest."""
    kind = "rawhide_core"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    clients = ("Lumen Appliances", "Quay Bank", "Pebble Health")[: irange(rng, 2, 3)]
    targets = ("es", "de", "fr", "pt", "it", "pl", "ja", "zh", "ko", "tr", "ar", "nl")
    for _ in range(irange(rng, 8, 14)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="freelance_translator",
            org=org,
            pay=pay,
            ua=pick(rng, (*BROWSERS[:3], "OpenAI/Python 1.54.0")),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        mine = [pick(rng, targets)] + ([pick(rng, targets)] if chance(rng, 0.4) else [])
        ts = _sorted_concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 3)),
                workday(tz),
                float(rng.uniform(5, 12)),
                float(rng.uniform(90, 300)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [
                T.l10n_job(rng, ctx.passages, pick(rng, mine), pick(rng, clients))
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.35),
            comp_median=200.0,
        )


def spiral_hitch(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: dozens of student keys under the department's org and card,
    campus and home addresses, the same problem sets, a rush before the deadline. Resembles a
    person-like crowd."""
    kind = "spiral_hitch"
    tz = pick(rng, TZS)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS101", "STAT210", "ECON201", "BIO150", "INF120"))
    deadline = ctx.t0 + float(rng.uniform(3.5, 6.5)) * DAY
    week = irange(rng, 3, 9)
    for i in range(irange(rng, 30, 60)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=cards[i % len(cards)],
            ua=pick(rng, (*BROWSERS, *MOBILE[:2], "OpenAI/Python 1.54.0")),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        base = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), evening_person(tz), 3.0, 90.0
        )
        rush = session_times(
            rng,
            deadline - 1.5 * DAY,
            deadline,
            float(rng.uniform(1, 4)),
            evening_person(tz, 3.5),
            5.0,
            70.0,
        )
        ts = _sorted_concat(base + rush)
        prompts = [
            T.assignment(rng, course, week if t < deadline else week + 1, ctx.chat)
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=350.0)


def diamond_hitch(ctx: Ctx, rng: Rng) -> None:
    """An API reseller / aggregator: many end customers' traffic through a few keys on cloud
    addresses, pass-through user agents, quick uptake of the new model. Resembles a campaign in
    general (and a product hiding traffic)."""
    kind = "diamond_hitch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "digitalocean"))
    hosts = cloud(rng, irange(rng, 2, 6), prov)
    uas = (*SDK_OTHER, *BROWSERS, *MOBILE)
    load = global_load(float(rng.uniform(8, 16)), 0.3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    for _ in range(irange(rng, 3, 5)):
        a = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="reseller_key",
            org=org,
            pay=pay,
            ua=pick(rng, uas),
            ips=hosts,
        )
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - start) / HOUR, load)
        ctx.emit(
            rng,
            a,
            ts,
            [T.saas_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.5, 0.8))),
            ua=[pick(rng, uas) for _ in range(len(ts))],
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "horsehair": horsehair,
    "hitching": hitching,
    "mane_hair": mane_hair,
    "tail_hair": tail_hair,
    "quirt": quirt,
    "mecate": mecate,
    "barber_pole": barber_pole,
    "rawhide_core": rawhide_core,
    "spiral_hitch": spiral_hitch,
    "diamond_hitch": diamond_hitch,
}
