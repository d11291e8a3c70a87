"""Benign hard-negative kinds of batch 200 (code names: taxidermy words). Each kind is a generator
`f(ctx, rng)` that registers legitimate accounts (label "benign", family = the kind) and writes
their events; each is built to resemble one of this batch's campaign families, or a campaign in
general, while being ordinary legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
    local_hour,
    pick,
    picks,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind200 import texts
from bench.monitor_blind200.families import BG_BROWSERS, LANGS_OF_TZ


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate([np.empty(0), *parts]))


# --------------------------------------------------------------------------------------------


def fleshing_wheel(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarks the new model on release day: a fixed multilingual
    chain-of-thought math/code/logic set fired at high concurrency from cloud runners, rerun on
    the old models for comparison. Looks like: reasoning-trace coercion from a worker pool."""
    name = "fleshing_wheel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    ua = pick(
        rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    )
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=runners,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    size = irange(rng, 300, 800)
    langs = ["en"] * 4 + ["zh", "ru", "es", "de", "ja"]
    items = [(i, langs[i % len(langs)]) for i in range(size)]
    runs = [
        (ctx.release - float(rng.uniform(1.0, 3.0)) * DAY, "frontier-1"),
        (ctx.release - float(rng.uniform(0.5, 2.5)) * DAY, "frontier-1-mini"),
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.05, 2.8)) * DAY, "frontier-2")
        for _ in range(irange(rng, 3, 6))
    ]
    per: list[tuple[list[float], list[str], list[str]]] = [([], [], []) for _ in accts]
    for r, (start, model) in enumerate(runs):
        k = r % len(accts)
        dur = float(rng.uniform(20, 70)) * MINUTE
        ts = np.sort(rng.uniform(start, start + dur, size=size))
        per[k][0].extend(ts.tolist())
        per[k][1].extend(texts.bench_item(rng, i, lang) for i, lang in items)
        per[k][2].extend([model] * size)
    for acct, (ts, prompts, models) in zip(accts, per, strict=True):
        if ts:
            ctx.emit(
                rng,
                acct,
                np.asarray(ts),
                prompts,
                models=models,
                comp_median=600,
                comp_sigma=0.6,
                err=0.06,
            )


def shoulder_mount(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators in one office use the model to pre-grade a client's chatbot
    transcripts against a rubric, item after item all shift. Looks like: judge/rubric grading by
    many keys under one org and card."""
    name = "shoulder_mount"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2))
    office = home(rng, 2, tz)
    clients = [
        pick(rng, ("Acme Telecom", "BlueRiver Bank", "Zenko Air", "Halo Health", "Mercato Shop"))
        for _ in range(2)
    ]
    for _ in range(irange(rng, 10, 25)):
        remote = chance(rng, 0.25)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, ("axios/1.7.9", *BROWSERS[:2])),
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3)),
            workday(tz, start=9.5, end=18.5),
            float(rng.uniform(10, 25)),
            float(rng.uniform(40, 100)),
            0.6,
        )
        ts = _concat(sess)
        style = pick(rng, ("prelabel", "summary"))
        prompts = [
            texts.annotation_prompt(rng, style, ctx.chat, ctx.passages, pick(rng, clients))
            for _ in ts
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=180, err=0.01
        )


def wet_tan(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketplace's trust-and-safety backend rewrites flagged posts to fit its community
    guidelines, around the clock, in the markets it serves. Looks like: policy-safe rewrites."""
    name = "wet_tan"
    platform = pick(rng, ("Tradeloop", "Bazaarly", "Swapnest", "Kiosko"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 4), "aws")
    langs = [str(x) for x in rng.choice(["en", "es", "id"], size=irange(rng, 2, 3), replace=False)]
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="moderation_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=egress,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 45)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(15, 0.5),
    )
    who = rng.integers(0, len(keys), size=len(ts_all))
    for k, acct in enumerate(keys):
        ts = ts_all[who == k]
        prompts = [texts.moderation_rewrite(rng, pick(rng, langs), ctx.chat, platform) for _ in ts]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=120, err=0.01
        )


def pickling_bath(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using an IDE coding agent with their own keys: multi-step tool-use episodes
    (file reads, edits, test runs) in their working hours. Looks like: agent transcripts."""
    name = "pickling_bath"
    for _ in range(irange(rng, 20, 40)):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9")),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = pick(
            rng,
            (
                "webshop",
                "billing-svc",
                "infra-tools",
                "mobile-app",
                "thesis-code",
                "scraper",
                "crm",
            ),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)) * 7,
            workday(tz, start=9, end=20, weekend=0.2),
        )
        ts_l, prompts = [], []
        for s in starts.tolist():
            ask = texts.clip_text(rng, pick(rng, ctx.chat), 20, 300)
            steps = irange(rng, 3, 15)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.8, size=steps - 1))]
            )
            ts_l.extend(times.tolist())
            prompts.extend(texts.coding_agent_step(rng, ask, j, repo) for j in range(steps))
        ts = np.asarray(ts_l)
        if len(ts) == 0:
            continue
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=400, err=0.02
        )


def lip_tuck(ctx: Ctx, rng: np.random.Generator) -> None:
    """A help-desk company's ML team generates paraphrases to train its own intent classifier in a
    nightly job. Looks like: synthetic-dataset generation in scripted bursts."""
    name = "lip_tuck"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 0, 2))
    ips = cloud(rng, irange(rng, 1, 2), "azure")
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="nightly_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.63.2",
            ips=ips,
            tz=tz,
        )
        ts_l = []
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            if chance(rng, 0.2):
                continue
            s = day0 + d * DAY + (1.0 - tz) * HOUR + float(rng.uniform(0, 20)) * MINUTE
            n = irange(rng, 150, 400)
            ts_l.extend((s + np.cumsum(rng.lognormal(np.log(4.0), 0.4, size=n))).tolist())
        ts = np.asarray(ts_l)
        langs = picks(rng, ["en", "en", "de", "fr"], len(ts))
        prompts = [texts.augmentation_prompt(rng, lang, ctx.chat) for lang in langs]
        models = [
            "frontier-2" if (t >= ctx.release and chance(rng, 0.2)) else "frontier-1"
            for t in ts.tolist()
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=700, comp_sigma=0.4, err=0.02)


def ear_liner(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion chat app's backend: short user turns with long hidden conversation history and a
    persona, peaking in its users' evenings. Looks like: a multi-turn dialogue harvest."""
    name = "ear_liner"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 8), "gcp")
    langs = ["en", "pt", "es", "ja"]
    lw = rng.dirichlet(np.ones(4) * 2)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="app_backend_shard",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=egress,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(30, 60)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(1, 0.6),
    )
    who = rng.integers(0, len(keys), size=len(ts_all))
    for k, acct in enumerate(keys):
        ts = ts_all[who == k]
        ls = [langs[i] for i in rng.choice(4, size=len(ts), p=lw).tolist()]
        prompts = [texts.companion_turn(rng, lang, ctx.chat) for lang in ls]
        extra = np.clip(rng.lognormal(np.log(900), 0.7, size=len(ts)), 150, 6000).astype(np.int64)
        models = [
            "frontier-1-mini"
            if chance(rng, 0.7)
            else ("frontier-2" if t >= ctx.release else "frontier-1")
            for t in ts.tolist()
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, extra=extra, comp_median=110, err=0.01)


def habitat_base(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university programming course: students under one org and the department's card work the
    same weekly exercises together in two lab slots from the campus line, and from home in the
    evenings. Looks like: a crowd of small accounts / an ordered curriculum."""
    name = "habitat_base"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 0))
    campus = home(rng, 2, tz)
    course = pick(rng, ("CS101", "INF1-PROG", "Programming I", "DS-110"))
    week = irange(rng, 3, 11)
    slots = [
        (int(d), float(h))
        for d, h in zip(
            rng.choice(5, size=2, replace=False).tolist(),
            [pick(rng, (9.0, 10.0, 13.0, 14.0)) for _ in range(2)],
            strict=True,
        )
    ]

    def lab(ts: np.ndarray) -> np.ndarray:
        h, wd = local_hour(ts, tz), weekday(ts, tz)
        on = np.zeros(len(ts))
        for d, s in slots:
            on = np.maximum(on, ((wd == d) & (h >= s) & (h < s + 2)).astype(np.float64))
        return on

    for _ in range(irange(rng, 25, 60)):
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", *BG_BROWSERS[:3])),
            ips=campus + own,
            tz=tz,
        )
        in_lab = _concat(
            session_times(rng, ctx.t0, ctx.t1, 0.3, lab, float(rng.uniform(4, 10)), 120.0)
        )
        at_home = _concat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.8)), evening_person(tz), 4.0, 150.0
            )
        )
        ts = np.concatenate([in_lab, at_home])
        if len(ts) == 0:
            continue
        ips = [pick(rng, campus) for _ in in_lab] + own * len(at_home)
        prompts = [texts.course_exercise(rng, week, course) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
            ips=ips,
            comp_median=350,
        )


def relaxing_solution(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social-science study measures how much the models' answers vary: every survey item is
    sampled many times on each model, in runs during office hours. Looks like: best-of-n /
    soft-label sampling."""
    name = "relaxing_solution"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 2))
    ips = home(rng, 1, tz) + cloud(rng, 1, "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="study_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    n_items = irange(rng, 40, 100)
    reps = irange(rng, 5, 15)
    lang = pick(rng, ("en", "de", "nl"))
    models = ["frontier-1", "frontier-1-mini", "frontier-2"]
    run_starts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 3, 6), workday(tz))
    for r, start in enumerate(run_starts.tolist()):
        model = models[r % 3] if start >= ctx.release else models[r % 2]
        acct = pick(rng, keys)
        ts_l, prompts = [], []
        t = start
        for i in range(n_items):
            p = texts.variance_item(rng, i, lang)
            t += float(rng.lognormal(np.log(3.0), 0.5))
            ts_l.extend((t + np.cumsum(rng.lognormal(np.log(0.25), 0.6, size=reps))).tolist())
            prompts.extend([p] * reps)
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=40, comp_sigma=0.5, err=0.03)
    for acct in keys:  # a few interactive checks from the laptop so every key is used
        ts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 3, 12), workday(tz))
        if len(ts) == 0:
            ts = np.array([ctx.t0 + float(rng.uniform(0.2, 0.8)) * (ctx.t1 - ctx.t0)])
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.variance_item(rng, irange(rng, 0, n_items), lang) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=40,
        )


def caping_knife(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency gives each client its own project org, all paid with the agency's one
    card, used from the agency office and a scheduling server. Looks like: a key farm linked by a
    shared card across many orgs."""
    name = "caping_knife"
    pay = hexid(rng, "pay")
    tz = pick(rng, (1, 0, 2))
    office = home(rng, 1, tz)
    server = cloud(rng, 1, "hetzner")
    langs = ["en", "de", "fr", "es", "it", "nl"]
    for _ in range(irange(rng, 8, 20)):
        brand = pick(rng, texts.BRANDS)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="client_project",
            pay=pay,
            ua=pick(rng, (*BROWSERS[:2], "python-requests/2.32.3")),
            ips=office + server,
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 3.5)), workday(tz), 5.0, 120.0
            )
        )
        if len(ts) == 0:
            ts = thinned(rng, ctx.t0, ctx.t1, 3, workday(tz))
        lang_mix = [str(x) for x in rng.choice(langs, size=irange(rng, 1, 3), replace=False)]
        prompts = [texts.agency_copy(rng, pick(rng, lang_mix), brand) for _ in ts]
        ips = [office[0] if chance(rng, 0.8) else server[0] for _ in ts]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.45), ips=ips, comp_median=300
        )


def tail_stripper(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: a CAT-tool connector pre-translates whole projects segment by segment,
    and its translators query single segments in their own working hours. Looks like: a
    translation harvest."""
    name = "tail_stripper"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 9))
    office = home(rng, 1, tz)
    pairs = [
        ("English", "German"),
        ("English", "French"),
        ("English", "Polish"),
        ("English", "Japanese"),
        ("German", "English"),
        ("English", "Spanish"),
        ("French", "English"),
        ("English", "Korean"),
    ]
    cat = ctx.account(
        rng,
        label="benign",
        family=name,
        role="cat_connector",
        org=org,
        pay=pay,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=office,
        tz=tz,
    )
    starts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(1.2, 3.0)) * 7, workday(tz, weekend=0.1)
    )
    ts_l, prompts = [], []
    for b in bursts(rng, starts, float(rng.uniform(80, 250)), 1.2):
        src, tgt = pick(rng, pairs)
        project = f"PRJ-{irange(rng, 1000, 9999)}"
        ts_l.extend(b.tolist())
        prompts.extend(texts.cat_segment(rng, src, tgt, ctx.passages, project) for _ in b)
    ts = np.asarray(ts_l)
    ctx.emit(
        rng, cat, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=120, err=0.03
    )
    for _ in range(irange(rng, 4, 8)):
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + BG_BROWSERS[:2]),
            ips=office + own,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), 6.0, 90.0)
        )
        if len(ts) == 0:
            continue
        src, tgt = pick(rng, pairs)
        prompts = [texts.cat_segment(rng, src, tgt, ctx.passages, "manual") for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=120)


BENIGN_KINDS = {
    "fleshing_wheel": fleshing_wheel,
    "shoulder_mount": shoulder_mount,
    "wet_tan": wet_tan,
    "pickling_bath": pickling_bath,
    "lip_tuck": lip_tuck,
    "ear_liner": ear_liner,
    "habitat_base": habitat_base,
    "relaxing_solution": relaxing_solution,
    "caping_knife": caping_knife,
    "tail_stripper": tail_stripper,
}

__all__ = ["BENIGN_KINDS", "LANGS_OF_TZ"]
