"""Benign hard-negative kinds of blind batch 195 (code names from glassblowing).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family. The
README next to this file says what each kind looks like."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind195 import texts

Rng = np.random.Generator


def _ben(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _day_starts(ctx: Ctx, tz: float, hour: float, weekdays_only: bool) -> list[float]:
    """Epoch times of `hour` local time on every day of the window (optionally weekdays only)."""
    out = []
    d0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    t = float(d0 + hour * HOUR)
    while t < ctx.t1:
        if t >= ctx.t0 and not (weekdays_only and int(bb.weekday(np.array([t]), tz)[0]) >= 5):
            out.append(t)
        t += DAY
    return out


def _sorted(ts: list[float], *cols: list) -> tuple:
    arr = np.asarray(ts, dtype=np.float64)
    order = np.argsort(arr, kind="stable").tolist()
    return (arr[order], *[[c[i] for i in order] for c in cols])


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark suites with chain-of-thought, rerun nightly and on release


def diamond_shears(ctx: Ctx, rng: Rng) -> None:
    kind = "diamond_shears"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    keys = [
        _ben(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    tz = pick(rng, (-8, -5, 0, 1))
    suite_seed = int(rng.integers(0, 2**31))
    langs = ("en", "es", "fr", "de", "zh", "ja", "ru")
    n_mcq, n_math = irange(rng, 150, 250), irange(rng, 25, 40)
    items = [("mcq", "en", i) for i in range(n_mcq)] + [
        ("math", lg, i) for lg in langs for i in range(n_math)
    ]

    def item_prompt(it: tuple[str, str, int], cot: bool) -> str:
        suite, lg, i = it
        return texts.eval_item(np.random.default_rng([suite_seed, len(suite), i]), suite, lg, cot)

    def run(t: float, model: str, subset: list, cot: bool) -> None:
        key = pick(rng, keys)
        gaps = rng.lognormal(np.log(float(rng.uniform(0.4, 1.2))), 0.5, size=len(subset))
        ts = t + np.cumsum(gaps)
        prompts = [item_prompt(it, cot) for it in subset]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=model,
            comp_median=280.0 if cot else 6.0,
            comp_sigma=0.5,
            err=0.02,
        )

    for t in _day_starts(ctx, tz, float(rng.uniform(1, 4)), weekdays_only=False):
        idx = rng.choice(len(items), size=irange(rng, 120, 260), replace=False)
        run(
            t,
            ctx.old_models[0] if t < ctx.release else pick(rng, (ctx.old_models[0], ctx.new_model)),
            [items[i] for i in sorted(idx.tolist())],
            cot=chance(rng, 0.6),
        )
    # release day: the full suite on every model, with and without chain of thought
    t = ctx.release + float(rng.uniform(1, 5)) * HOUR
    for model in (ctx.new_model, ctx.old_models[0], ctx.old_models[-1]):
        for cot in (True, False):
            run(t, model, items, cot)
            t += float(rng.uniform(0.5, 2.0)) * HOUR
    # ad-hoc checks by researchers in the day
    for key in keys:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)), bb.workday(tz))
        prompts = [item_prompt(pick(rng, items), True) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=280.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators asking the model for help with rubric judgements


def battuta(ctx: Ctx, rng: Rng) -> None:
    kind = "battuta"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    project = pick(rng, ("Project Heron", "Client RLH-7", "Helios eval", "Batch Q-14"))
    for _ in range(irange(rng, 15, 30)):
        acct = _ben(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        shift = float(rng.uniform(-1.5, 3.0))
        curve = bb.workday(tz, start=9.0 + shift, end=17.5 + shift, weekend=0.15)
        ts = np.sort(
            np.concatenate(
                bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), curve, 7.0, 50.0)
                or [np.empty(0)]
            )
        )
        prompts = [
            texts.annotator_help(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), project
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.2),
            comp_median=200.0,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team: policy-compliant rewrites of flagged posts


def blocking_cup(ctx: Ctx, rng: Rng) -> None:
    kind = "blocking_cup"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadline", "Kindred Forums", "PixelBoard", "Marketnook"))
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    ips = bb.cloud(rng, irange(rng, 2, 3), "azure")
    prod = _ben(ctx, rng, kind, "moderation_service", org=org, pay=pay, ua=ua, ips=ips)
    staging = _ben(ctx, rng, kind, "moderation_staging", org=org, pay=pay, ua=ua, ips=ips[:1])
    curve = bb.global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.4, 0.7)))
    for acct, rate in ((prod, float(rng.uniform(14, 28))), (staging, float(rng.uniform(0.5, 1.5)))):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [
            texts.moderation_prompt(rng, platform, pick(rng, ctx.chat)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.55),
            comp_median=90.0,
            comp_sigma=0.7,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# coding agent used by a company's developers


def steam_stick(ctx: Ctx, rng: Rng) -> None:
    kind = "steam_stick"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2"))
    repo = pick(rng, ("acme/billing", "northwind/api", "orbit/web", "tallyho/platform"))
    for _ in range(irange(rng, 8, 15)):
        tz = pick(rng, (-5, -8, 1, 2))
        acct = _ben(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)) * 7, bb.workday(tz))
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            issue = texts.coding_issue(rng)
            steps = irange(rng, 5, 25)
            hist = texts.coding_history(rng, issue, steps)
            t = s
            for k in range(steps):
                ts_all.append(t)
                prompts.append(texts.coding_agent_step(repo, issue, hist, k))
                extra.append(irange(rng, 1500, 3000) + 250 * k)
                t += float(rng.lognormal(np.log(5.0), 0.6))
        ts, prompts, extra = _sorted(ts_all, prompts, extra)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.02),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.015,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data augmentation for a narrow intent classifier (nightly sweep over a grid)


def jack_line(ctx: Ctx, rng: Rng) -> None:
    kind = "jack_line"
    tz = pick(rng, (0, 1, 2))
    acct = _ben(
        ctx,
        rng,
        kind,
        "augmentation_job",
        ua="python-requests/2.32.3",
        ips=bb.cloud(rng, 1, "aws"),
        tz=tz,
    )
    langs = ("en", "de", "fr", "es", "it", "nl", "pl")
    cells = [(i, lg, tone) for i in texts.INTENTS for lg in langs for tone in texts.TONES]
    nights = _day_starts(ctx, tz, float(rng.uniform(0.5, 2.0)), weekdays_only=False)
    chosen = sorted(
        rng.choice(len(nights), size=min(len(nights), irange(rng, 2, 3)), replace=False).tolist()
    )
    ci = 0
    for j in chosen:
        k = irange(rng, 250, 450)
        ts = nights[j] + np.cumsum(rng.lognormal(np.log(float(rng.uniform(8, 15))), 0.3, size=k))
        prompts = []
        for _ in range(k):
            intent, lg, tone = cells[ci % len(cells)]
            ci += 1
            prompts.append(texts.intent_augmentation(rng, intent, lg, tone))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=520.0,
            comp_sigma=0.35,
            err=0.01,
        )
    # the engineer trying prompts by hand in the day
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)), bb.workday(tz))
    prompts = [
        texts.intent_augmentation(rng, pick(rng, texts.INTENTS), "en", pick(rng, texts.TONES))
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=500.0, err=0.01
    )


# --------------------------------------------------------------------------------------------
# companion app: persona chat for many end users, multi-turn


def kugler(ctx: Ctx, rng: Rng) -> None:
    kind = "kugler"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("digitalocean", "linode")))
    accts = [
        _ben(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="axios/1.7.9", ips=ips)
        for _ in range(irange(rng, 1, 2))
    ]
    curve = bb.global_load(float(rng.uniform(0, 4)), float(rng.uniform(0.5, 0.8)))
    small = (
        "hi",
        "how was your day?",
        "i'm bored",
        "tell me something nice",
        "goodnight!",
        "what are you doing",
        "i had a rough day at work",
        "do you remember what i told you yesterday?",
    )
    for acct in accts:
        rate = float(rng.uniform(20, 40)) / len(accts)
        conv = bb.thinned(rng, ctx.t0, ctx.t1, rate / 5 * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_all, prompts = [], []
        for s in conv.tolist():
            persona = irange(rng, 0, texts.persona_count() - 1)
            hist = irange(rng, 0, 300)
            t = s
            for k in range(irange(rng, 2, 10)):
                line = pick(rng, small) if chance(rng, 0.6) else pick(rng, ctx.chat)
                ts_all.append(t)
                prompts.append(texts.companion_prompt(rng, persona, line, hist + k))
                t += float(rng.lognormal(np.log(25.0), 0.8))
        ts, prompts = _sorted(ts_all, prompts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=70.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# research study: repeated sampling of the same items to measure output variability


def dichroic(ctx: Ctx, rng: Rng) -> None:
    kind = "dichroic"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    item_seed = int(rng.integers(0, 2**31))
    items = [
        texts.survey_item(np.random.default_rng([item_seed, i])) for i in range(irange(rng, 30, 60))
    ]
    for _ in range(irange(rng, 2, 3)):
        acct = _ben(
            ctx,
            rng,
            kind,
            "phd_student",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=picks(rng, campus, 2),
            tz=tz,
        )
        for day in _day_starts(ctx, tz, float(rng.uniform(10, 15)), weekdays_only=True):
            if not chance(rng, 0.7):
                continue
            model = ctx.new_model if day >= ctx.release and chance(rng, 0.5) else ctx.old_models[0]
            n_samp = irange(rng, 5, 15)
            t = day
            ts_all, prompts = [], []
            for i in rng.choice(len(items), size=irange(rng, 12, 25), replace=False).tolist():
                for _ in range(n_samp):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    ts_all.append(t)
                    prompts.append(items[i])
                t += float(rng.uniform(2, 10))
            ctx.emit(
                rng,
                acct,
                np.asarray(ts_all),
                prompts,
                models=model,
                comp_median=25.0,
                comp_sigma=0.8,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# course cohort: a class using the API in labs and for homework


def crown_glass(ctx: Ctx, rng: Rng) -> None:
    kind = "crown_glass"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, -3))
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    topics = (
        "sorting algorithms",
        "photosynthesis",
        "linear regression",
        "supply and demand",
        "recursion",
        "the French revolution",
        "p-values",
    )
    course = list(rng.choice(len(topics), size=3, replace=False).tolist())
    labs = _day_starts(ctx, tz, pick(rng, (10.0, 14.0)), weekdays_only=True)
    labs = [
        labs[i]
        for i in sorted(rng.choice(len(labs), size=min(3, len(labs)), replace=False).tolist())
    ]
    for _ in range(irange(rng, 40, 90)):
        home_ip = bb.home(rng, 1, tz)
        acct = _ben(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:2]),
            ips=campus + home_ip,
            tz=tz,
        )
        sloppy = float(rng.uniform(0.2, 0.8))
        ts_all, prompts, ips = [], [], []
        for li, lab in enumerate(labs):
            if not chance(rng, 0.8):
                continue
            topic = topics[course[li % len(course)]]
            t = lab + float(rng.uniform(5, 30)) * MINUTE
            for _ in range(irange(rng, 3, 10)):
                t += float(rng.lognormal(np.log(150.0), 0.8))
                ts_all.append(t)
                prompts.append(
                    texts.student_question(rng, topic, sloppy)
                    if chance(rng, 0.7)
                    else texts.clip(pick(rng, ctx.chat), 1200)
                )
                ips.append(pick(rng, campus))
        for sess in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.6)), bb.evening_person(tz), 3.0, 90.0
        ):
            for t in sess.tolist():
                ts_all.append(t)
                prompts.append(
                    texts.student_question(rng, topics[pick(rng, course)], sloppy)
                    if chance(rng, 0.6)
                    else texts.clip(pick(rng, ctx.chat), 1200)
                )
                ips.append(home_ip[0])
        if not ts_all:
            ts_all, prompts, ips = (
                [lab + 600.0 for lab in labs[:1]],
                [texts.student_question(rng, topics[course[0]], 0.5)],
                campus[:1],
            )
        ts, prompts, ips = _sorted(ts_all, prompts, ips)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.15),
            comp_median=330.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# translation shop: CAT-tool batches of segments per document


def bit_gatherer(ctx: Ctx, rng: Rng) -> None:
    kind = "bit_gatherer"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    plugin = "CATbridge-OpenAI-Connector/2.4.1"
    targets = ("de", "fr", "es", "it", "pl", "nl", "ja", "zh", "pt", "tr")
    clients = ("ACM", "BRV", "KLT", "NOV", "ZPH")
    for _ in range(irange(rng, 4, 8)):
        acct = _ben(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=plugin if chance(rng, 0.7) else pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        mine = [
            targets[i]
            for i in rng.choice(len(targets), size=irange(rng, 1, 2), replace=False).tolist()
        ]
        docs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)) * 5, bb.workday(tz))
        ts_all, prompts = [], []
        for s in docs.tolist():
            client = pick(rng, clients)
            dst = pick(rng, mine)
            glossary = [
                str(w)
                for w in rng.choice(
                    ["invoice", "warranty", "device", "account", "shipment", "refund"],
                    size=2,
                    replace=False,
                ).tolist()
            ]
            t = s
            passage = pick(rng, ctx.passages)
            for _ in range(irange(rng, 15, 70)):
                t += float(rng.lognormal(np.log(4.0), 0.5))
                ts_all.append(t)
                if chance(rng, 0.3):
                    passage = pick(rng, ctx.passages)
                prompts.append(texts.cat_segment(rng, passage, "en", dst, client, glossary))
        ts, prompts = _sorted(ts_all, prompts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            comp_median=90.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# white-label writing reseller on cheap hosting; QA replay of public prompts on release day


def prunt(ctx: Ctx, rng: Rng) -> None:
    kind = "prunt"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("hetzner", "ovh")))
    ua = "python-httpx/0.28.1"
    keys = [
        _ben(ctx, rng, kind, "reseller_tier", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 3, 6))
    ]
    curve = bb.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.3, 0.6)))
    total = float(rng.uniform(25, 45))
    shares = rng.dirichlet(np.ones(len(keys)) * 2.0)
    for key, share in zip(keys, shares.tolist(), strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, total * share * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.reseller_wrap(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=520.0,
            err=0.01,
        )
    # QA: replay a slice of a public prompt set on the new model the day it appears
    qa = keys[0]
    start = irange(rng, 0, len(ctx.chat) - 600)
    k = irange(rng, 300, 500)
    ts = (
        ctx.release
        + float(rng.uniform(2, 8)) * HOUR
        + np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k))
    )
    prompts = [texts.clip(ctx.chat[start + i], 2000) for i in range(k)]
    ctx.emit(rng, qa, ts, prompts, models=ctx.new_model, comp_median=400.0, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "diamond_shears": diamond_shears,
    "battuta": battuta,
    "blocking_cup": blocking_cup,
    "steam_stick": steam_stick,
    "jack_line": jack_line,
    "kugler": kugler,
    "dichroic": dichroic,
    "crown_glass": crown_glass,
    "bit_gatherer": bit_gatherer,
    "prunt": prunt,
}
