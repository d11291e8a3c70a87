"""Benign hard-negative kinds of batch 317 (code names from quarrying).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families
(or a campaign in general). Accounts are labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MOBILE,
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
    mobile_v6,
    multi_office,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind317 import texts
from bench.monitor_blind317.families import BG_BROWSERS, BG_UAS


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# an evaluation lab running a fixed reasoning suite on every model, the new one on release day


def overburden(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "overburden"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure")))
    accts = [
        _benign(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips
        )
        for _ in range(n_keys)
    ]
    items = texts.benchmark_items(rng, irange(rng, 200, 360))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY, old),
        (ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY, mini),
        (ctx.release + float(rng.uniform(0.5, 6)) * HOUR, new),
        (ctx.release + float(rng.uniform(1, 2.5)) * DAY, new),
    ]
    for start, model in runs:
        per = [[] for _ in range(n_keys)]
        t = start
        for i, item in enumerate(items):
            t += float(rng.exponential(2.0))
            per[i % n_keys].append((t, item))
        for a, rows in zip(accts, per, strict=True):
            ts = np.array([r[0] for r in rows])
            ctx.emit(
                rng,
                a,
                ts,
                [r[1] for r in rows],
                models=model,
                comp_median=float(rng.uniform(600, 1000)),
                err=0.03,
            )


# --------------------------------------------------------------------------------------------
# a labelling vendor's annotators pre-scoring answers against clients' rubrics


def shotfirer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shotfirer"
    tz = pick(rng, (5, 8, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = [
        (
            pick(rng, ("Brightpath", "Kestrel Bank", "Orla Health", "Tundra Games", "Vyne Retail")),
            irange(rng, 2, 9),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    for _ in range(irange(rng, 10, 18)):
        remote = chance(rng, 0.2)
        ips = home(rng, 1, tz) if remote else office
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=ips,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 70)) * 5, workday(tz))
        client = pick(rng, clients)
        prompts = [
            texts.client_rubric_prompt(rng, ctx.chat, ctx.passages, client[0], client[1])
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=120.0)


# --------------------------------------------------------------------------------------------
# a trust-and-safety team of a social platform: classify and edit reported comments


def drill_core(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drill_core"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    queue = pick(rng, ("tns-queue-eu", "reports-v2", "mod-assist"))
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(ctx, rng, kind, "service", org=org, pay=card, ua="python-httpx/0.28.1", ips=ips)
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)), n_keys, global_load(18.0, 0.5)
    )
    langs = ["en", "zh", "ar", "ru", "tr"]
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.moderation_prompt(rng, ctx.chat, queue)
            if chance(rng, 0.7)
            else texts.rewrite_prompt(rng, ctx.chat, ctx.passages, pick(rng, langs), 4)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=160.0)


# --------------------------------------------------------------------------------------------
# a coding-agent product: tool results and repo context, from offices in several time zones


def riprap(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "riprap"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), "aws")
    n_keys = irange(rng, 4, 8)
    accts = [
        _benign(ctx, rng, kind, "agent_backend", org=org, pay=card, ua="litellm/1.60.2", ips=ips)
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)), n_keys, multi_office([-5, 1, 5])
    )
    for a, ts in zip(accts, streams, strict=True):
        rows = [
            texts.coding_agent_turn(rng, ctx.passages)
            if chance(rng, 0.8)
            else texts.agent_prompt(rng, 1)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [r[0] for r in rows],
            models=ctx.models(rng, ts, 0.9),
            extra=[r[1] for r in rows],
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating paraphrases and synthetic tickets for their own classifier


def gabion(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gabion"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 9))
    team = pick(rng, ("nlu-data", "intent-aug", "cx-ml"))
    for _ in range(irange(rng, 1, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "pipeline",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=cloud(rng, 1, "gcp"),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(100, 250)), 1.2, b=ctx.t1))
        prompts = [
            texts.augmentation_prompt(rng, team)
            if chance(rng, 0.75)
            else texts.synth_prompt(rng, "en", 3)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7), comp_median=700.0)


# --------------------------------------------------------------------------------------------
# people using a bring-your-own-key companion app on their phones


def kerbstone(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kerbstone"
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        carrier = "us_mobile" if tz < 0 else "eu_mobile"
        a = _benign(
            ctx, rng, kind, "app_user", ua=pick(rng, MOBILE[3:]), ips=home(rng, 1, tz), tz=tz
        )
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.7, 2.5)), evening_person(tz), 10.0, 25.0
        ):
            if len(s) == 0:
                continue
            ip = mobile_v6(rng, 1, carrier)[0] if chance(rng, 0.6) else a.ips[0]
            prompts = [texts.companion_line(rng, i == 0, ctx.chat) for i in range(len(s))]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.6),
                ips=ip,
                comp_median=120.0,
                extra=np.arange(len(s)) * 60,
            )


# --------------------------------------------------------------------------------------------
# a university course cohort on the course's key, before a homework deadline


def haul_road(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "haul_road"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS201", "COMP2120", "INF-B3", "CSE 332"))
    hw = irange(rng, 2, 6)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    base = evening_person(tz, 3.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        ramp = np.where(ts < deadline, 0.2 + 0.8 * np.exp(-(deadline - ts) / (1.2 * DAY)), 0.1)
        return base(ts) * ramp

    for _ in range(irange(rng, 30, 55)):
        ips = campus + home(rng, 1, tz)
        a = _benign(
            ctx, rng, kind, "student", org=org, pay=card, ua=pick(rng, BG_UAS[:4]), ips=ips, tz=tz
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), curve, 4.0, 90.0)
        )
        prompts = [texts.coursework_prompt(rng, course, hw, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=400.0)


# --------------------------------------------------------------------------------------------
# a translation agency: translators' CAT-tool plugin on one company account


def wire_saw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wire_saw"
    tz = pick(rng, (1, 2, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    pairs = ["en->de", "en->fr", "en->pl", "en->ja", "de->en", "en->pt-BR", "en->es"]
    glossaries = (
        "Kundenkonto=customer account",
        "Lieferschein=delivery note",
        "quote=Angebot",
        "warranty=garantie",
        "invoice=faktura",
    )
    for _ in range(irange(rng, 5, 10)):
        ips = office if chance(rng, 0.7) else office + home(rng, 1, tz)
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.6) else pick(rng, BG_BROWSERS)
        a = _benign(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)) * 5, workday(tz))
        job = f"J-{irange(rng, 2000, 9999)}"
        pair = pick(rng, pairs)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.05):
                job, pair = f"J-{irange(rng, 2000, 9999)}", pick(rng, pairs)
            prompts.append(
                texts.agency_segment(rng, ctx.passages, job, pair, pick(rng, glossaries))
            )
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=110.0)


# --------------------------------------------------------------------------------------------
# a research group measuring drift: the same public prompts to the old and new model, resampled


def weighbridge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "weighbridge"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    uni = home(rng, 1, tz)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=uni + (cloud(rng, 1, "gcp") if i else []),
        )
        for i in range(irange(rng, 2, 3))
    ]
    order = rng.permutation(len(ctx.chat))[: irange(rng, 250, 500)].tolist()
    prompts = [ctx.chat[i] for i in order]
    samples = irange(rng, 2, 4)
    old, new = ctx.old_models[0], ctx.new_model
    plan = [(ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, old, prompts[:60], 1)]
    plan.append((ctx.release + float(rng.uniform(0.3, 1.5)) * DAY, old, prompts, samples))
    plan.append((ctx.release + float(rng.uniform(0.3, 1.5)) * DAY, new, prompts, samples))
    for start, model, ps, k in plan:
        a = pick(rng, accts)
        t, ts, rows = start, [], []
        for p in ps:
            for _ in range(k):
                t += float(rng.exponential(3.0))
                ts.append(t)
                rows.append(p)
        ctx.emit(rng, a, np.asarray(ts), rows, models=model, comp_median=420.0, err=0.02)


# --------------------------------------------------------------------------------------------
# an API reseller forwarding many small customers' traffic through a few keys


def stockpile(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stockpile"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "hetzner") + cloud(rng, irange(rng, 1, 3), "ovh")
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(ctx, rng, kind, "gateway", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=ips)
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(30, 55)), n_keys, global_load(15.0, 0.4)
    )

    def one() -> str:
        u = rng.random()
        if u < 0.8:
            return texts.human(rng, ctx.chat, 1800)
        if u < 0.9:
            return texts.code_request(rng)
        if u < 0.95:
            return texts.translate_prompt(rng, ctx.passages, pick(rng, texts.TARGET_LANGS), 1)
        return texts.synth_prompt(rng, "en", 1)

    for a, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [one() for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.2),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "overburden": overburden,
    "shotfirer": shotfirer,
    "drill_core": drill_core,
    "riprap": riprap,
    "gabion": gabion,
    "kerbstone": kerbstone,
    "haul_road": haul_road,
    "wire_saw": wire_saw,
    "weighbridge": weighbridge,
    "stockpile": stockpile,
}
