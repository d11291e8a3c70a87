"""Benign hard-negative kinds of batch 333: ten legitimate customers, each a generator
`kind(ctx, rng)`, built to resemble one of this batch's campaign families (or a campaign in
general). Names are hatmaking words. Nothing here walks a set or hashes a string.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    picks,
    rented_block,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind333 import texts
from bench.monitor_blind333.families import BG_BROWSERS, choose_langs, concat


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _runs(
    rng: np.random.Generator, start: float, n_items: int, gap: float, sigma: float = 0.5
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=n_items - 1))]
    )


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model (chain-of-thought prompts, big runs at release)


def puggaree(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "puggaree"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    keys = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    suite = irange(rng, 250, 600)
    ml_slice = choose_langs(rng, ("zh", "ru", "es"), 1, 3)
    gap = float(rng.uniform(0.3, 1.2))
    runs = [
        (ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY, ctx.old_models[0])
        for _ in range(irange(rng, 1, 2))
    ]
    lag = float(rng.uniform(1, 10)) * HOUR
    runs += [
        (ctx.release + lag + j * float(rng.uniform(0.3, 1.5)) * DAY, m)
        for j in range(irange(rng, 2, 4))
        for m in (ctx.new_model, ctx.old_models[0], ctx.old_models[-1])
        if m == ctx.new_model or chance(rng, 0.5)
    ]
    for start, model in runs:
        key = pick(rng, keys)
        n = suite + len(ml_slice) * 40
        ts = _runs(rng, start, n, gap)
        prompts = [texts.eval_item(i) for i in range(suite)] + [
            texts.eval_item(10_000 + 40 * li + i, lg)
            for li, lg in enumerate(ml_slice)
            for i in range(40)
        ]
        ctx.emit(rng, key, ts, prompts, models=model, comp_median=480.0, err=0.01)


# --------------------------------------------------------------------------------------------
# an RLHF labelling vendor pre-labelling A/B pairs for its annotators


def crin_braid(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crin_braid"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, (8, 5, 3, 1, -3)) for _ in range(irange(rng, 1, 2))]
    guideline = f"v{irange(rng, 2, 9)}.{irange(rng, 0, 12)}"
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, offices)
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(8, 16)),
                float(rng.uniform(60, 120)),
            )
        )
        prompts = [texts.labelling_task(rng, ctx.chat, ctx.passages, guideline) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.25), comp_median=90.0)


# --------------------------------------------------------------------------------------------
# a trust-and-safety vendor: multilingual posts classified with a compliant-rewrite suggestion


def toyo_straw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "toyo_straw"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("azure", "aws")))
    platform = pick(rng, ("Marketboard", "Kiteline", "NeighbourNet", "Tandapost"))
    keys = [
        _benign(
            ctx, rng, kind, "moderation_backend", org=org, pay=pay, ua="Go-http-client/2.0", ips=ips
        )
        for _ in range(irange(rng, 1, 2))
    ]
    langs = ["en", "es", "ru", "ar", "zh"]
    lw = [float(x) for x in rng.dirichlet((5.0, 2.0, 1.5, 1.0, 1.0))]
    rate = float(rng.uniform(20, 40))
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.6),
    )
    who = rng.integers(0, len(keys), size=len(ts_all))
    for i, a in enumerate(keys):
        ts = ts_all[who == i]
        prompts = [texts.moderation_item(rng, texts.weighted(rng, langs, lw), platform) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.4),
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# developers using an open-source coding agent with their own keys (tool transcripts, one UA)


def homburg(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "homburg"
    versions = ("0.14.2", "0.14.3", "0.15.0")
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, TZS)
        ua = f"codewright/{pick(rng, versions)} ({pick(rng, ('darwin', 'linux', 'win32'))}; node 22.11.0)"
        a = _benign(ctx, rng, kind, "developer", ua=ua, ips=home(rng, 1, tz), tz=tz)
        repo = pick(
            rng, ("billing-svc", "webshop", "infra-tools", "mobile-api", "thesis-code", "etl-jobs")
        )
        start = ctx.t0 + float(rng.uniform(0, 0.5)) * (ctx.t1 - ctx.t0)
        p_new = float(rng.uniform(0.3, 0.8))
        for sess in session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            workday(tz, end=19.0),
            float(rng.uniform(8, 16)),
            float(rng.uniform(4, 10)),
            0.9,
        ):
            task = pick(rng, texts.CODE_AGENT_TASKS)
            prompts = [texts.coding_agent_step(rng, repo, task, j) for j in range(len(sess))]
            extra = [int(1800 + j * rng.uniform(300, 900)) for j in range(len(sess))]
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=p_new),
                comp_median=300.0,
                extra=extra,
            )


# --------------------------------------------------------------------------------------------
# a product team augmenting training data for its own intent classifier, nightly


def flange_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "flange_block"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    ips = cloud(rng, irange(rng, 1, 2), "azure")
    ua = pick(rng, ("python-httpx/0.28.1", "semantic-kernel-dotnet/1.36.0"))
    keys = [
        _benign(ctx, rng, kind, "augmentation_job", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 1, 3))
    ]
    langs = choose_langs(rng, ("en", "de", "fr", "es"), 2, 4, first="en")
    nights = (ctx.t1 - ctx.t0) / DAY
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        nights * float(rng.uniform(250, 500)),
        nightly(float(rng.uniform(0.5, 3)), float(rng.uniform(1.5, 3)), tz),
    )
    who = rng.integers(0, len(keys), size=len(ts_all))
    for i, a in enumerate(keys):
        ts = ts_all[who == i]
        prompts = []
        for _ in ts:
            intent = pick(rng, texts.INTENTS)
            prompts.append(
                texts.augmentation_prompt(
                    rng, intent, pick(rng, langs), texts.seed_utterance(rng, intent)
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
            comp_median=600.0,
        )


# --------------------------------------------------------------------------------------------
# a companion / role-play app's backend: many short multi-turn chats


def brim_iron(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "brim_iron"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "digitalocean")))
    keys = [
        _benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        for _ in range(irange(rng, 1, 3))
    ]
    curve = global_load(float(rng.uniform(18, 24)) % 24, 0.75)
    persona = irange(rng, 600, 1200)
    for sess in session_times(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(50, 100)),
        curve,
        float(rng.uniform(8, 14)),
        float(rng.uniform(18, 35)),
    ):
        a = pick(rng, keys)
        prompts = [texts.companion_message(rng, ctx.chat) for _ in sess]
        extra = [int(persona + j * rng.uniform(90, 160)) for j in range(len(sess))]
        ctx.emit(
            rng,
            a,
            sess,
            prompts,
            models=ctx.models(rng, sess, p_new=0.15, p_mini=0.5),
            comp_median=130.0,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a university course: one org, one card, the same lab exercises, deadline rushes


def crown_tip(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crown_tip"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS101", "INF1-PROG", "COMP1511", "DS-110", "EE1203"))
    deadlines = sorted(ctx.t0 + float(rng.uniform(1.5, 6.8)) * DAY for _ in range(2))
    lab0 = irange(rng, 2, 6)
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        w = 0.25 * eve(ts)
        for d in deadlines:
            w = w + np.where((ts < d) & (ts > d - 1.5 * DAY), 0.75, 0.0)
        lab = (weekday(ts, tz) == 1) & (local_hour(ts, tz) >= 14) & (local_hour(ts, tz) < 16)
        return np.clip(np.where(lab, 1.0, w), 0, 1)

    for _ in range(irange(rng, 30, 60)):
        own = home(rng, 1, tz)
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
        a = _benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + own, tz=tz)
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 1.5)),
                curve,
                5.0,
                float(rng.uniform(40, 80)),
            )
        )
        prompts = []
        for t in ts.tolist():
            lab = lab0 + sum(1 for d in deadlines if t > d)
            prompts.append(
                pick(rng, ctx.chat)
                if chance(rng, 0.2)
                else texts.course_prompt(rng, course, lab, irange(rng, 1, 3))
            )
        ips = [pick(rng, campus) if chance(rng, 0.4) else own[0] for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2), ips=ips)


# --------------------------------------------------------------------------------------------
# a research group measuring self-consistency: each item sampled k times in a row


def beaver_felt(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "beaver_felt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    cluster = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    keys = [
        _benign(ctx, rng, kind, "study_key", org=org, pay=pay, ua=ua, ips=cluster, tz=tz)
        for _ in range(irange(rng, 2, 4))
    ]
    k = pick(rng, (5, 10, 20))
    n_items = irange(rng, 60, 160)
    runs = [ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY for _ in range(irange(rng, 1, 2))]
    runs += [ctx.release + float(rng.uniform(0.3, 2.8)) * DAY for _ in range(irange(rng, 1, 3))]
    for start in runs:
        a = pick(rng, keys)
        model = ctx.new_model if start >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
        ts = _runs(rng, start, n_items * k, float(rng.uniform(0.3, 1.2)))
        prompts = [texts.consistency_item(i // k) for i in range(n_items * k)]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=260.0)


# --------------------------------------------------------------------------------------------
# a translation agency whose translators use the API from a CAT-tool plugin


def wire_brim(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wire_brim"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -3, 9))
    office = home(rng, 1, tz)
    pairs = [
        ("en", pick(rng, ("de", "fr", "es", "pt", "ja", "it", "pl", "tr")))
        for _ in range(irange(rng, 2, 4))
    ]
    clients = ("Halvorsen Medical", "Brightwater Bank", "Tessaract Games", "Ocampo Legal")
    for _ in range(irange(rng, 6, 12)):
        own = home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS + BROWSERS[:1]),
            ips=office + own,
            tz=tz,
        )
        pair = pick(rng, pairs)
        ts = concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(8, 16)),
                float(rng.uniform(60, 150)),
            )
        )
        prompts = [
            texts.cat_segment(rng, pick(rng, ctx.passages), pair[0], pair[1], pick(rng, clients))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            ips=picks(rng, office + own, len(ts)),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# a reseller chat front-end on hosting IPs, pushing the new model right after launch


def blocking_steam(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "blocking_steam"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, pick(rng, ("hetzner", "ovh")), 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "reseller_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(irange(rng, 2, 5))
    ]
    p_new = float(rng.uniform(0.6, 0.85))
    curve = global_load(float(rng.uniform(0, 24)), 0.5)
    for sess in session_times(
        rng, ctx.t0, ctx.t1, float(rng.uniform(150, 300)), curve, 4.0, float(rng.uniform(30, 60))
    ):
        a = pick(rng, keys)
        prompts = [pick(rng, ctx.chat) for _ in sess]
        ctx.emit(
            rng, a, sess, prompts, models=ctx.models(rng, sess, p_new=p_new), comp_median=350.0
        )


BENIGN_KINDS = {
    "puggaree": puggaree,
    "crin_braid": crin_braid,
    "toyo_straw": toyo_straw,
    "homburg": homburg,
    "flange_block": flange_block,
    "brim_iron": brim_iron,
    "crown_tip": crown_tip,
    "beaver_felt": beaver_felt,
    "wire_brim": wire_brim,
    "blocking_steam": blocking_steam,
}
