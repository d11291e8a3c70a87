"""Benign hard-negative kinds of blind batch 83 (code names from change ringing).

Each kind is `f(ctx, rng)`: a legitimate customer whose traffic shares some surface feature with
harvesting. Every kind draws its parameters from `rng`; the README describes each business.
"""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    NAMES,
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
    nightly,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind83 import texts

_PROVIDERS = ("aws", "gcp", "azure", "digitalocean", "hetzner", "ovh", "linode", "oracle")
_REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _local(ctx: Ctx, day: float, hour: float, tz: int) -> float:
    """Epoch seconds of `hour` local time on simulated day `day` (day 0 = the first day)."""
    return ctx.t0 + day * DAY + (hour - tz) * HOUR


def _train(
    rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.5
) -> np.ndarray:
    gaps = rng.lognormal(np.log(gap_median), sigma, size=max(n - 1, 0))
    return start + np.concatenate([[0.0], np.cumsum(gaps)])


# ---------------------------------------------------------------------------------------------


def plain_bob(ctx: Ctx, rng: np.random.Generator) -> None:
    """An enterprise's model-evaluation team: benchmark suites on the old models as a baseline,
    then on the new model as soon as it ships, items sampled k times, plus hand-typed probes."""
    kind = "plain_bob"
    r = _r(rng)
    n = irange(rng, 2, 5)
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, irange(rng, 2, 6), pick(rng, _PROVIDERS))
    accts = [
        _benign(ctx, rng, kind, "eval_team", org=org, pay=pay, ua=sdk_ua(rng), ips=runners, tz=tz)
        for _ in range(n)
    ]
    rel_day = (ctx.release - ctx.t0) / DAY
    runs = [(float(rng.uniform(0.5, rel_day - 0.6)), "old") for _ in range(irange(rng, 1, 2))]
    runs += [(rel_day + float(rng.uniform(0.05, 2.2)), "new") for _ in range(irange(rng, 2, 4))]
    for day, which in runs:
        suite = pick(rng, ("mcq", "gsm", "code", "rc"))
        items = irange(rng, 60, 200) if suite == "code" else irange(rng, 120, 600)
        k = irange(rng, 5, 10) if suite == "code" else irange(rng, 1, 4)
        start = _local(ctx, np.floor(day), rng.uniform(9.5, 17.5), tz)
        a = pick(rng, accts)
        ts = _train(rng, start, items * k, rng.uniform(0.25, 1.5), 0.6)
        prompts = [texts.benchmark_item(r, suite, i // k) for i in range(items * k)]
        model = ctx.new_model if which == "new" else pick(rng, ctx.old_models)
        comp = 300.0 if suite in ("gsm", "code") else 6.0
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, err=0.02)
    for a in accts:
        for s in session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 4, 90):
            ctx.emit(
                rng,
                a,
                s,
                [r.choice(ctx.chat) for _ in range(len(s))],
                models=ctx.models(rng, s, p_new=0.8),
                ua=pick(rng, BROWSERS),
            )


def kent_treble_bob(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor pre-annotating clients' chatbot logs against rubrics, one key per
    client project, from its office NAT during its shifts."""
    kind = "kent_treble_bob"
    r = _r(rng)
    n = irange(rng, 4, 8)
    tz = int(pick(rng, (5, 8, 1, 2, -3)))
    office = resi(rng, irange(rng, 1, 2), _REGION_OF_TZ[tz])
    pay = hexid(rng, "pay")
    two_shifts = chance(rng, 0.5)
    curve = workday(
        tz, start=7.0 if two_shifts else 9.0, end=23.0 if two_shifts else 18.0, weekend=0.15
    )
    accts = []
    for _ in range(n):
        a = _benign(
            ctx, rng, kind, "annotation_project", pay=pay, ua=sdk_ua(rng, 0.7), ips=office, tz=tz
        )
        accts.append(a)
        project = (
            f"{pick(rng, ('ACME', 'HLX', 'ORCA', 'PIV', 'ZEN', 'KITE'))}-{irange(rng, 100, 999)}"
        )
        gv = irange(rng, 2, 9)
        per_day = rng.uniform(120, 380)
        s0 = ctx.t0 + rng.uniform(0, 3) * DAY
        ts = thinned(rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, curve)
        prompts = [
            texts.annotation_task(r, project, gv, r.choice(ctx.chat), r.choice(ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=rng.uniform(40, 120),
        )


def cambridge_surprise(ctx: Ctx, rng: np.random.Generator) -> None:
    """An IDE coding-assistant vendor: agent loops (request, tool results, next edit) for its
    developers' sessions in several offices, through regional backend keys."""
    kind = "cambridge_surprise"
    r = _r(rng)
    keys = irange(rng, 3, 6)
    tzs = [
        int(x)
        for x in rng.choice([-8, -5, 0, 1, 2, 5, 8, 9], size=irange(rng, 3, 5), replace=False)
    ]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, _PROVIDERS)
    ua = pick(
        rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1", "reqwest/0.12.12")
    )
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "ide_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(keys)
    ]
    rate = rng.uniform(6, 14)
    pools = worker_pool(rng, ctx.t0, ctx.t1, rate, keys, multi_office(tzs))
    for a, starts in zip(accts, pools, strict=True):
        tsl, prompts, extra = [], [], []
        for s in starts.tolist():
            ep = texts.ide_episode(r)
            k = irange(rng, 2, 15)
            tsl.append(_train(rng, s, k, rng.uniform(2, 8), 0.7))
            prompts.extend(texts.ide_step(r, j, ep) for j in range(k))
            extra.extend(800 + 400 * j for j in range(k))
        if tsl:
            ts = np.concatenate(tsl)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
                comp_median=rng.uniform(180, 450),
                extra=np.asarray(extra),
                err=0.015,
            )


def double_norwich(ctx: Ctx, rng: np.random.Generator) -> None:
    """A localisation service: each job fans one set of product strings out to many locales in a
    tight burst, on weekdays, from its cloud pipeline."""
    kind = "double_norwich"
    r = _r(rng)
    n = irange(rng, 3, 6)
    tz = int(pick(rng, (1, 2, 0, -5)))
    prov = pick(rng, _PROVIDERS)
    accts = [
        _benign(
            ctx, rng, kind, "localisation_pipeline", ua=sdk_ua(rng), ips=cloud(rng, 1, prov), tz=tz
        )
        for _ in range(n)
    ]
    for a in accts:
        jobs_day = rng.uniform(1, 4)
        locales = r.sample(texts.LOCALES, r.randint(8, 16))
        screens = r.sample(
            (
                "Checkout",
                "Settings",
                "Onboarding",
                "Order status",
                "Login",
                "Notifications",
                "Cart",
            ),
            3,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, jobs_day * 7, workday(tz, weekend=0.05))
        for s in starts.tolist():
            strings = [texts.ui_string(r) for _ in range(irange(rng, 3, 15))]
            screen = r.choice(screens)
            prompts = [
                texts.localise(r, src, loc, screen, r.choice((24, 40, 60, 120)))
                for src in strings
                for loc in locales
            ]
            ts = _train(rng, s, len(prompts), rng.uniform(0.2, 1.5), 0.6)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
                comp_median=35,
                comp_sigma=0.5,
                err=0.02,
            )


def little_bob(ctx: Ctx, rng: np.random.Generator) -> None:
    """A homework-help app for school pupils: its backend keys relay students' questions (asking for
    step-by-step working), peaking after school, in the app's market languages."""
    kind = "little_bob"
    r = _r(rng)
    keys = irange(rng, 1, 3)
    tz = int(pick(rng, (-5, -8, 5, -3)))
    lang_w = {
        -5: {"en": 0.85, "es": 0.15},
        -8: {"en": 0.8, "es": 0.2},
        5: {"hi": 0.45, "en": 0.55},
        -3: {"es": 0.7, "en": 0.3},
    }[tz]
    prov = pick(rng, _PROVIDERS)
    org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "edu_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        for _ in range(keys)
    ]
    rate = rng.uniform(18, 50)
    ev = evening_person(tz, spread=2.8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(ev(ts) * 1.2 + 0.05, 0, 1)

    wrap = rng.uniform(0.2, 0.8)
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, keys, curve), strict=True):
        prompts = []
        for _ in range(len(ts)):
            q = texts.homework(r, r.choices(list(lang_w), weights=list(lang_w.values()))[0])
            if r.random() < wrap:
                q = (
                    "You are a patient tutor for a school student. Explain step by step and check understanding; "
                    "do not just give the final answer.\n\nStudent: " + q
                )
            prompts.append(q)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4, p_mini=0.45), comp_median=420
        )


def st_clements(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university lab's audit study: a grid of personas x questions, each cell repeated several
    times per model, run overnight on the lab's cluster, plus students poking at it from home."""
    kind = "st_clements"
    r = _r(rng)
    n = irange(rng, 2, 4)
    tz = int(pick(rng, (-5, -8, 0, 1, 2, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure")))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "research",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.3),
            ips=cluster + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(n)
    ]
    cells = [texts.audit_cell(r) for _ in range(irange(rng, 20, 60))]
    names = r.sample(NAMES, r.randint(3, 6))
    reps = irange(rng, 3, 8)
    rel_day = (ctx.release - ctx.t0) / DAY
    nights = [float(rng.uniform(0.2, rel_day - 0.5)), rel_day + float(rng.uniform(0.3, 2.3))]
    for night in nights:
        a = accts[0]
        models = list(ctx.old_models) + ([ctx.new_model] if night > rel_day else [])
        grid = [(c, nm) for c in cells for nm in names]
        share = rng.uniform(0.3, 1.0)
        grid = [g for g in grid if r.random() < share]
        start = _local(ctx, np.floor(night), rng.uniform(21, 23.5), tz)
        prompts = [
            texts.audit_prompt(r, c, nm) for c, nm in grid for _m in models for _k in range(reps)
        ]
        mseq = [m for _c in grid for m in models for _k in range(reps)]
        ts = _train(rng, start, len(prompts), rng.uniform(0.8, 4.0), 0.5)
        ctx.emit(rng, a, ts, prompts, models=mseq, ips=cluster[0], comp_median=90, err=0.03)
    for a in accts:
        for s in session_times(rng, ctx.t0, ctx.t1, 1.2, evening_person(tz), 5, 70):
            ctx.emit(
                rng,
                a,
                s,
                [
                    texts.audit_prompt(r, r.choice(cells), r.choice(names))
                    if r.random() < 0.6
                    else r.choice(ctx.chat)
                    for _ in range(len(s))
                ],
                models=ctx.models(rng, s),
                ips=a.ips[-1],
                ua=pick(rng, BROWSERS),
            )


def erin_triples(ctx: Ctx, rng: np.random.Generator) -> None:
    """An online retailer's support bot: customers' multi-turn chats with the growing conversation
    resent each turn, around the clock with the shop's load curve."""
    kind = "erin_triples"
    r = _r(rng)
    keys = irange(rng, 2, 4)
    store = pick(rng, texts.STORES)
    prov = pick(rng, _PROVIDERS)
    org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "support_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(keys)
    ]
    curve = global_load(rng.uniform(12, 22), rng.uniform(0.4, 0.8))
    conv_rate = rng.uniform(6, 16)
    for a, starts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, conv_rate, keys, curve), strict=True
    ):
        tsl, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 2, 8)
            order = f"#{irange(rng, 100000, 999999)}"
            tsl.append(_train(rng, s, k, rng.uniform(20, 90), 0.7))
            prompts.extend(texts.support_turn(r, store, j, order) for j in range(k))
            extra.extend(600 + 180 * j for j in range(k))
        if tsl:
            ts = np.concatenate(tsl)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
                comp_median=140,
                extra=np.asarray(extra),
            )


def call_changes(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university programming course: a cohort opens accounts in the same lab session on the
    campus network, asks near-identical assignment questions, works on from home until the
    deadline, then stops."""
    kind = "call_changes"
    r = _r(rng)
    n = irange(rng, 25, 45)
    tz = int(pick(rng, (-5, -8, 0, 1, 2, 5, 8)))
    campus = resi(rng, irange(rng, 2, 3), _REGION_OF_TZ[tz])
    course = f"{pick(rng, ('CS', 'COMP', 'INF', 'CSE'))}{irange(rng, 100, 399)}"
    lab = irange(rng, 2, 9)
    lab_day = float(np.floor(rng.uniform(0.5, 4.5)))
    lab_start = _local(ctx, lab_day, rng.uniform(9, 15), tz)
    deadline = lab_start + rng.uniform(2, 4) * DAY
    sdk_share = rng.uniform(0.1, 0.6)
    for _ in range(n):
        mine = home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            ua=sdk_ua(rng) if chance(rng, sdk_share) else pick(rng, BROWSERS),
            ips=campus + mine,
            tz=tz,
        )
        in_lab = _train(
            rng,
            lab_start + rng.uniform(0, 40) * MINUTE,
            irange(rng, 3, 15),
            rng.uniform(60, 240),
            0.8,
        )
        later = session_times(
            rng, lab_start + 3 * HOUR, deadline, rng.uniform(0.5, 2.0), evening_person(tz), 4, 120
        )
        ts = np.concatenate([in_lab] + later)
        ips = [campus[int(i)] for i in rng.integers(0, len(campus), size=len(in_lab))] + mine * (
            len(ts) - len(in_lab)
        )
        prompts = [texts.course_question(r, course, lab) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
            ips=ips,
            comp_median=380,
        )


def whittingtons(ctx: Ctx, rng: np.random.Generator) -> None:
    """A fintech's QA team generating fake test fixtures in CI: a nightly job fires a batch of long
    JSON generations, and merges during the day trigger small ones."""
    kind = "whittingtons"
    r = _r(rng)
    keys = irange(rng, 2, 4)
    tz = int(pick(rng, (0, 1, -5, 2, 5)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, _PROVIDERS)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "ci",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        for _ in range(keys)
    ]
    ents = texts.fixture_entities()
    locales = r.sample(texts.LOCALES, r.randint(2, 5))
    night_h = rng.uniform(1, 4)
    nightly_starts = thinned(rng, ctx.t0, ctx.t1, 7, nightly(night_h, 0.25, tz))
    merges = thinned(rng, ctx.t0, ctx.t1, rng.uniform(6, 20) * 5, workday(tz, weekend=0.02))
    batches = bursts(rng, nightly_starts, rng.uniform(20, 60), rng.uniform(1, 6)) + bursts(
        rng, merges, 5, 3.0
    )
    for i, ts in enumerate(batches):
        if len(ts) == 0:
            continue
        a = accts[i % keys]
        prompts = [
            texts.fixture_request(r, r.choice(ents), r.choice(locales)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4),
            comp_median=rng.uniform(1200, 3000),
            comp_sigma=0.4,
        )


def reverse_canterbury(ctx: Ctx, rng: np.random.Generator) -> None:
    """A news agency's desks turning press releases into neutral wire copy, one key per language
    desk, mostly in office hours but never fully asleep."""
    kind = "reverse_canterbury"
    r = _r(rng)
    desks = r.sample(texts.NEWSWIRE_LANGS, r.randint(2, len(texts.NEWSWIRE_LANGS)))
    tz_of = {"en": int(pick(rng, (-5, 0))), "de": 1, "es": int(pick(rng, (1, -3))), "fr": 1}
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, _PROVIDERS)
    for lang in desks:
        for _ in range(irange(rng, 1, 2)):
            tz = tz_of[lang]
            a = _benign(
                ctx,
                rng,
                kind,
                "news_desk",
                org=org,
                pay=pay,
                ua=sdk_ua(rng),
                ips=cloud(rng, 1, prov),
                tz=tz,
            )
            per_day = rng.uniform(25, 90)
            ts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                per_day * 7,
                workday(tz, start=6.5, end=22, weekend=0.35, night=0.08),
            )
            prompts = [texts.newswire_rewrite(r, lang) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6),
                comp_median=rng.uniform(180, 330),
            )


BENIGN_KINDS = {
    "plain_bob": plain_bob,
    "kent_treble_bob": kent_treble_bob,
    "cambridge_surprise": cambridge_surprise,
    "double_norwich": double_norwich,
    "little_bob": little_bob,
    "st_clements": st_clements,
    "erin_triples": erin_triples,
    "call_changes": call_changes,
    "whittingtons": whittingtons,
    "reverse_canterbury": reverse_canterbury,
}
