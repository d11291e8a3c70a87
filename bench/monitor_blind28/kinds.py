"""Hard-negative benign kinds of blind batch 28, written without reading the monitor.

Each kind is a function `(ctx, rng)` that creates legitimate API customers with
`ctx.account(label="benign", ...)` and writes their events. They are things real customers do
that look superficially like harvesting (automation, volume, templates, cloud egress, long answers,
grading, translation, release-day bursts). The code names say nothing; README.md describes them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind28 import texts

BEN = "benign"


# ---------------------------------------------------------------------------------------------
# garamond — university groups benchmarking the new model the day it comes out: each lab has one
# org, a card, 1-3 student keys and one or two cloud (HPC-in-the-cloud) addresses; an optional
# baseline run on the old models before release, then a main run of hundreds to ~1,500 benchmark
# items fired back-to-back in standard evaluation formats ("reason step by step, box the answer",
# multiple choice), often a second rerun with another prompt format a day later.


def garamond(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "garamond"
    for _ in range(irange(rng, 3, 5)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure"))
        ips = cloud(rng, irange(rng, 1, 2), prov)
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
        members = [ctx.account(rng, label=BEN, family=kind, role="evaluator", org=org, pay=pay, ua=ua, ips=ips)
                   for _ in range(irange(rng, 1, 3))]

        def run(t: float, size: int, models: list[str] | None, members: list = members) -> None:
            who = pick(rng, members)
            gaps = rng.exponential(float(rng.uniform(1.2, 4.0)), size=size)
            ts = t + np.cumsum(gaps)
            mods = models if models is not None else ctx.models(rng, ts, p_new=1.0, p_mini=0.0)
            ctx.emit(rng, who, ts, [texts.benchmark_item(rng) for _ in range(size)], models=mods,
                     comp_median=650.0, comp_sigma=0.6, err=0.03)

        if chance(rng, 0.5):
            t = float(rng.uniform(ctx.t0 + DAY, ctx.release - 6 * HOUR))
            size = irange(rng, 200, 700)
            run(t, size, [pick(rng, ctx.old_models) for _ in range(size)])
        main = ctx.release + float(rng.uniform(0.5, 30)) * HOUR
        run(main, irange(rng, 400, 1500), None)
        if chance(rng, 0.6):
            run(main + float(rng.uniform(16, 40)) * HOUR, irange(rng, 150, 600), None)
        # some interactive poking at the new model by a student
        who = pick(rng, members)
        ts = np.concatenate([np.empty(0)] + session_times(rng, ctx.release, ctx.t1, 1.0, workday(0, 9, 20), 4, 90))
        ctx.emit(rng, who, ts, [pick(rng, ctx.chat) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.9), comp_median=400.0)


# ---------------------------------------------------------------------------------------------
# futura — contact-centre quality assurance: companies score their human agents' recorded support
# calls against a QA scorecard (short JSON answers), in their office's language. Keys behind the
# office NAT (consumer/business ISP) plus sometimes one cloud worker; batches of transcripts are
# uploaded through the working day; the old flagship or the small model is pinned.


def futura(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "futura"
    langs = {-8: "en", -5: "en", -3: "es", 0: "en", 1: "fr", 2: "de", 3: "en", 5: "en", 8: "en", 9: "en"}
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, TZS)
        lang = langs[tz] if chance(rng, 0.7) else pick(rng, ("en", "de", "fr", "es"))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = home(rng, 1, tz) + (cloud(rng, 1) if chance(rng, 0.4) else [])
        ua = pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)",
                        "semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.54.0"))
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(rng, label=BEN, family=kind, role="qa_grader", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
            starts = thinned(rng, start, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - start) / DAY, workday(tz))
            size = float(rng.uniform(10, 40))
            ts = np.sort(np.concatenate([np.empty(0)] + [
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.5), 0.5,
                                                                    size=max(0, int(rng.poisson(size)) - 1)))])
                for s in starts.tolist()]))
            ctx.emit(rng, a, ts, [texts.support_transcript(rng, lang) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3), comp_median=180.0, comp_sigma=0.4, err=0.01)


# ---------------------------------------------------------------------------------------------
# bodoni — coding-agent products: a SaaS backend runs agent loops for its customers (a task, then
# tool results fed back step after step with growing repository context in the hidden prompt).
# One or two keys per product, autoscaled cloud addresses, sessions following customers in
# several offices, short completions (tool calls), quick adoption of the new model.


def bodoni(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bodoni"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
        ips = cloud(rng, irange(rng, 3, 8), prov)
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12", "python-httpx/0.28.1"))
        curve = multi_office([int(z) for z in rng.choice(TZS, size=irange(rng, 2, 3), replace=False)])
        for _ in range(1 if chance(rng, 0.6) else 2):
            a = ctx.account(rng, label=BEN, family=kind, role="agent_backend", org=org, pay=pay, ua=ua, ips=ips)
            sess = session_times(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.1), ctx.t1, float(rng.uniform(15, 40)),
                                 curve, 12.0, 6.0, 0.6)
            for s in sess:
                steps = np.arange(len(s))
                ctx.emit(rng, a, s, [texts.agent_step(rng, int(i)) for i in steps],
                         models=ctx.models(rng, s, p_new=0.7, p_mini=0.05), comp_median=220.0, comp_sigma=0.7,
                         err=0.02, extra=np.minimum(1500 + steps * rng.integers(300, 900), 60000))


# ---------------------------------------------------------------------------------------------
# didot — an educational publisher localising course material: lesson passages (long) translated
# into a target language per night with a glossary/style-guide instruction, by nightly jobs from a
# cloud host; completions scale with the source length; mostly the old flagship.


def didot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "didot"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 2))
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label=BEN, family=kind, role="translator", org=org, pay=pay,
                            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")), ips=ips, tz=tz)
            curve = nightly(float(rng.uniform(22, 26)) % 24, float(rng.uniform(3, 5)), tz)
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 250)) * 7 * float(rng.uniform(0.6, 0.9)), curve)
            night = np.floor((ts + tz * HOUR - 12 * HOUR) / DAY).astype(np.int64)
            tgt = {d: pick(rng, texts.TARGETS) for d in np.unique(night).tolist()}
            prompts = [texts.course_translation(rng, pick(rng, ctx.passages), tgt[d]) for d in night.tolist()]
            comp = np.array([len(p) / 3.2 for p in prompts]) if prompts else np.empty(0)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1), comp_median=comp,
                     comp_sigma=0.25, err=0.01)


# ---------------------------------------------------------------------------------------------
# baskerville — consumer writing-assistant apps: each app's backend key relays its users' own
# text (ordinary chat prompts, sometimes wrapped in the app's "make this more professional"
# action) around the clock from autoscaled cloud addresses; a cheap model mix.


def baskerville(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "baskerville"
    for _ in range(irange(rng, 3, 5)):
        prov = pick(rng, ("aws", "gcp", "azure", "vultr", "hetzner"))
        a = ctx.account(rng, label=BEN, family=kind, role="app_backend",
                        ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "Go-http-client/2.0")),
                        ips=cloud(rng, irange(rng, 6, 16), prov))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(600, 2200)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0),
                     global_load(float(rng.uniform(0, 24)), 0.5))
        ctx.emit(rng, a, ts, [texts.app_wrap(rng, pick(rng, ctx.chat)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.35, p_mini=0.4), comp_median=300.0, comp_sigma=0.6, err=0.015)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "baskerville": baskerville,
    "bodoni": bodoni,
    "didot": didot,
    "futura": futura,
    "garamond": garamond,
}
