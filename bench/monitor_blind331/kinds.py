"""Benign hard-negative kinds of batch 331 (code names: mezze). Each is `f(ctx, rng)`: legitimate
users built to resemble one of this batch's campaign families (or a campaign in general)."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick
from bench.monitor_blind331 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: chain-of-thought benchmark runs, a big sweep when the new model ships


def hummus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hummus"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval-runner",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    suites = [
        (
            f"{pick(rng, ('mathcot', 'reasonbench', 'arith-hard', 'logiq'))}-v{irange(rng, 1, 4)}",
            irange(rng, 150, 600),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    tz = pick(rng, (-8, -5, 0, 1))
    runs = []  # (start, suite, model)
    for d in range(7):
        day0 = ctx.t0 + d * DAY
        if bb.weekday(np.array([day0 + 12 * HOUR]), tz)[0] >= 5:
            continue
        for _ in range(irange(rng, 0, 2)):
            t = day0 + (float(rng.uniform(9, 18)) - tz) % 24 * HOUR
            model = (
                ctx.new_model
                if t >= ctx.release and chance(rng, 0.6)
                else pick(rng, ctx.old_models)
            )
            runs.append((t, pick(rng, suites), model))
    for suite in suites:  # release day: every suite on the new model, within hours
        runs.append((ctx.release + float(rng.uniform(1, 8)) * HOUR, suite, ctx.new_model))
    for r, (t, (sname, size), model) in enumerate(runs):
        acct = accts[r % n_keys]
        items = np.arange(size)
        ts = t + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=size))
        prompts = [tx.eval_item(rng, sname, int(i)) for i in items.tolist()]
        ctx.emit(
            rng, acct, ts, prompts, models=model, comp_median=float(rng.uniform(250, 450)), err=0.02
        )


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: annotators double-checking pairwise preference labels


def baba_ghanoush(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "baba_ghanoush"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (5, 8, -3, 3))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    vendor = pick(rng, ("LabelNest", "Annotix", "Vantage Data Services", "Corpora Works"))
    n = irange(rng, 14, 28)
    for _ in range(n):
        remote = chance(rng, 0.25)
        acct = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.workday(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        prompts = [tx.preference_task(rng, vendor, ctx.chat, ctx.passages) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=180.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. trust-and-safety moderation assistant of a forum platform


def tabbouleh(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tabbouleh"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    forum = pick(rng, ("Hearthside", "Quillboard", "OpenCommons", "Threadly"))
    provider = pick(rng, ("aws", "azure", "digitalocean"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    for k in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx, rng, kind, "moderation-backend", org=org, pay=pay, ua="Go-http-client/2.0", ips=ips
        )
        rate = float(rng.uniform(10, 25)) / (k + 1)
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(15, 21)), 0.5),
        )
        prompts = [tx.moderation_rewrite(rng, ctx.chat, forum) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=200.0,
            err=0.01,
            extra=irange(rng, 150, 300),
        )


# --------------------------------------------------------------------------------------------
# 4. a software team's coding agents


def fattoush(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "fattoush"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 8, 20)):
        ips = office + bb.home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, bb.workday(tz))
        eps = bb.bursts(
            rng,
            starts,
            float(rng.uniform(8, 25)),
            float(rng.uniform(4, 15)),
            gap_sigma=0.9,
            b=ctx.t1,
        )
        ts_parts, prompts, extra = [], [], []
        for ep in eps:
            ts_parts.append(ep)
            base = irange(rng, 1500, 5000)
            for j in range(len(ep)):
                prompts.append(tx.agent_user(rng))
                extra.append(base + j * irange(rng, 200, 700))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            comp_median=260.0,
            err=0.02,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 5. data-augmentation team generating paraphrases for its own intent classifier


def labneh(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "labneh"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    product = pick(rng, ("Parcelo", "Finlyt", "Homebase", "Tickwise"))
    tz = pick(rng, (-5, 0, 1, 2))
    vm = bb.cloud(rng, 1, pick(rng, ("aws", "gcp", "hetzner")))
    job = _benign(
        ctx, rng, kind, "augmentation-job", org=org, pay=pay, ua="python-requests/2.32.3", ips=vm
    )
    dev = _benign(
        ctx,
        rng,
        kind,
        "ml-engineer",
        org=org,
        pay=pay,
        ua=bb.sdk_ua(rng),
        ips=bb.home(rng, 1, tz),
        tz=tz,
    )
    nights = [d for d in range(7) if chance(rng, 0.6)] or [2]
    starts = np.array(
        [
            ctx.t0 + d * DAY + ((1.5 - tz) % 24) * HOUR + float(rng.uniform(0, 40)) * MINUTE
            for d in nights
        ]
    )
    ts = np.concatenate(
        bb.bursts(rng, starts, float(rng.uniform(150, 400)), float(rng.uniform(2, 6)), b=ctx.t1)
    )
    ctx.emit(
        rng,
        job,
        ts,
        [tx.augmentation_request(rng, product) for _ in ts],
        models=ctx.models(rng, ts, 0.2, 0.5),
        comp_median=450.0,
        comp_sigma=0.4,
    )
    sessions = bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 4.0, 90.0)
    ts2 = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
    ctx.emit(
        rng,
        dev,
        ts2,
        [
            tx.augmentation_request(rng, product)
            if chance(rng, 0.6)
            else tx.dev_question(rng, ctx.chat)
            for _ in ts2
        ],
        models=ctx.models(rng, ts2, 0.4, 0.1),
        comp_median=400.0,
    )


# --------------------------------------------------------------------------------------------
# 6. companion-chat app backend


def muhammara(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "muhammara"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    personas = ("Mira", "Kai", "Juniper", "Theo")
    n_keys = irange(rng, 2, 4)
    total_rate = float(rng.uniform(30, 70))
    for _k in range(n_keys):
        acct = _benign(
            ctx, rng, kind, "app-backend", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            total_rate / n_keys * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(21.0, 0.7),
        )
        lang = pick(rng, ("en", "en", "es", "pt", "ja"))
        prompts = [
            tx.companion_message(rng, pick(rng, personas))
            if chance(rng, 0.7)
            else tx.dialogue_turn(rng, lang, chance(rng, 0.2), ctx.chat)
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.5),
            comp_median=120.0,
            extra=irange(rng, 600, 1400),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. university study of answer variability: each item resampled many times


def kibbeh(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kibbeh"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    campus = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        n_items, reps = irange(rng, 40, 120), irange(rng, 8, 20)
        ts_parts, prompts, models = [], [], []
        for _run in range(irange(rng, 1, 3)):
            t = ctx.t0 + float(rng.uniform(0.2, 6.5)) * DAY
            model = ctx.new_model if t >= ctx.release and chance(rng, 0.7) else ctx.old_models[0]
            for item in range(n_items):
                p = tx.consistency_probe(rng, item, ctx.chat)
                ts_parts.append(t + np.cumsum(rng.exponential(0.8, size=reps)))
                t = float(ts_parts[-1][-1]) + float(rng.exponential(2.0))
                prompts.extend([p] * reps)
                models.extend([model] * reps)
        ts = np.concatenate(ts_parts)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=160.0, err=0.01)


# --------------------------------------------------------------------------------------------
# 8. a university course cohort working through weekly sheets


def tzatziki(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tzatziki"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("STAT101", "CHEM 210", "Intro to Economics", "PHYS1A", "CS50x-local"))
    lab_day = irange(rng, 0, 6)
    lab_start = ctx.t0 + lab_day * DAY + ((14 - tz) % 24) * HOUR
    for _ in range(irange(rng, 30, 60)):
        home = bb.home(rng, 1, tz)
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=home,
            tz=tz,
        )
        week = irange(rng, 4, 5)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 240)),
        )
        lab = [
            lab_start
            + float(rng.uniform(0, 100)) * MINUTE
            + np.cumsum(rng.lognormal(np.log(150), 0.7, size=irange(rng, 2, 8)))
        ]
        ts_home = np.concatenate(sessions) if sessions else np.empty(0)
        ts_lab = np.concatenate(lab) if chance(rng, 0.8) else np.empty(0)
        ts = np.concatenate([ts_home, ts_lab])
        if not len(ts):
            ts = np.array([lab_start])
        ips = home * len(ts_home) + [pick(rng, campus) for _ in range(len(ts) - len(ts_home))]
        prompts = [tx.student_exercise(rng, course, week) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.2),
            ips=ips,
            comp_median=380.0,
        )


# --------------------------------------------------------------------------------------------
# 9. translation agency: freelancers with a shared agency account


def spanakopita(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spanakopita"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    clients = ("Lumora", "Northwind", "Bexley Health", "Ostrava Motors", "Pintail Games")
    pairs = [("en", t) for t in ("es", "de", "fr", "pt", "ja", "ko", "it", "pl", "tr")]
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, TZS)
        pair = pick(rng, pairs)
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("PostmanRuntime/7.43.0", "python-httpx/0.28.1"))
        )
        acct = _benign(
            ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=bb.home(rng, 1, tz), tz=tz
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)),
            bb.workday(tz, weekend=0.2),
            float(rng.uniform(10, 25)),
            float(rng.uniform(40, 140)),
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        client = pick(rng, clients)
        prompts = [tx.shop_translation(rng, client, pair, ctx.passages) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.35, 0.1),
            comp_median=260.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 10. API reseller forwarding its customers' chats


def dolmades(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dolmades"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n_keys = irange(rng, 4, 9)
    rate = float(rng.uniform(50, 120))
    peak = float(rng.uniform(0, 24))
    for _ in range(n_keys):
        provider = pick(rng, ("aws", "hetzner", "ovh", "digitalocean", "alibaba"))
        acct = _benign(
            ctx,
            rng,
            kind,
            "reseller-key",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        share = float(rng.uniform(0.5, 1.5)) / n_keys
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * share * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.5)
        )
        prompts = [tx.reseller_traffic(rng, ctx.chat) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.45, 0.15),
            comp_median=380.0,
            err=0.02,
        )


BENIGN_KINDS = {
    "hummus": hummus,
    "baba_ghanoush": baba_ghanoush,
    "tabbouleh": tabbouleh,
    "fattoush": fattoush,
    "labneh": labneh,
    "muhammara": muhammara,
    "kibbeh": kibbeh,
    "tzatziki": tzatziki,
    "spanakopita": spanakopita,
    "dolmades": dolmades,
}
