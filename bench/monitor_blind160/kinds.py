"""Benign hard-negative kinds of blind batch 160: legitimate customers whose traffic resembles a
campaign family (named in each docstring) in one or more ways. Each kind is `f(ctx, rng)`."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind160 import texts as tx
from bench.monitor_blind160.families import flat, snip_chat, snip_passage, subset

Rng = np.random.Generator


def benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------


def rice_paper(ctx: Ctx, rng: Rng) -> None:
    """A model-evaluation lab: benchmark suites with step-by-step prompts, several samples per item,
    big sweeps right after the release (like stick_tip and goalie_throw)."""
    kind = "rice_paper"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    keys = [
        benign(ctx, rng, kind, "eval runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    suites = {s: irange(rng, 80, 250) for s in subset(rng, ("gsm", "mcq", "code", "math"), 2, 4)}
    comp = {"gsm": 220.0, "mcq": 8.0, "code": 140.0, "math": 600.0}
    runs: list[tuple[float, str, str, int]] = []
    t = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    while t < ctx.release:  # nightly regression runs on the current models
        runs.append((t, pick(rng, list(suites)), pick(rng, ctx.old_models), 1))
        t += DAY * float(rng.uniform(0.9, 1.6))
    t = ctx.release + float(rng.uniform(1, 6)) * HOUR
    for _ in range(
        irange(rng, 3, 6)
    ):  # the release sweep: every suite, several samples, plus baselines
        runs.append(
            (
                t,
                pick(rng, list(suites)),
                ctx.new_model if chance(rng, 0.75) else ctx.old_models[0],
                irange(rng, 2, 4),
            )
        )
        t += float(rng.uniform(2, 20)) * HOUR
    for i, (s, suite, model, k) in enumerate(runs):
        if s >= ctx.t1:
            continue
        n = suites[suite] * k
        rate = float(rng.uniform(0.5, 2.5))  # requests per second
        ts = s + np.cumsum(rng.exponential(1 / rate, size=n))
        idx = np.repeat(np.arange(suites[suite]), k)
        prompts = [tx.eval_item(rng, suite, int(j)) for j in idx.tolist()]
        ctx.emit(
            rng,
            keys[i % len(keys)],
            ts,
            prompts,
            models=[model] * n,
            comp_median=comp[suite],
            comp_sigma=0.5,
            err=0.03,
        )


def bamboo_ribs(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor whose annotators get a model-drafted preference rationale for each task
    (pairwise comparisons with a rubric: like ring_carrier), from shared office connections."""
    kind = "bamboo_ribs"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    vendor = pick(rng, tx.VENDORS)
    projects = [
        f"{pick(rng, ('RLHF', 'PREF', 'SAFE', 'HH'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 1, 3))
    ]
    sites = [(tz, home(rng, irange(rng, 1, 2), tz)) for tz in subset(rng, ("8", "3", "5"), 1, 2)]
    for _ in range(irange(rng, 10, 24)):
        tz_s, ips = pick(rng, sites)
        tz = int(tz_s)
        a = benign(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=ips, tz=tz
        )
        ts = flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz, weekend=0.0, night=0.0),
                float(rng.uniform(5, 10)),
                float(rng.uniform(60, 150)),
            )
        )
        project = pick(rng, projects)
        prompts = [
            tx.labelling_prompt(
                rng,
                vendor,
                project,
                snip_chat(rng, ctx, 20, 500),
                snip_passage(rng, ctx, 200, 900),
                snip_passage(rng, ctx, 200, 900),
            )
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=220.0)


def wire_frame(ctx: Ctx, rng: Rng) -> None:
    """A software team using a coding agent with per-developer keys: tool transcripts in tight
    loops, large contexts (like blue_line)."""
    kind = "wire_frame"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = subset(rng, ("-8", "-5", "1", "2"), 1, 2)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/Python 1.63.2"))
    for _ in range(irange(rng, 8, 20)):
        tz = int(pick(rng, tzs))
        a = benign(
            ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=home(rng, 1, tz), tz=tz
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(tz))
        ts = flat(bursts(rng, starts, float(rng.uniform(4, 15)), float(rng.uniform(3, 10)), 0.7))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.dev_prompt(rng) for _ in ts],
            models=ctx.models(rng, ts, 0.6),
            comp_median=260.0,
            extra=rng.integers(1500, 6000, size=len(ts)),
            err=0.02,
        )


def mulberry_paper(ctx: Ctx, rng: Rng) -> None:
    """A data team augmenting training data for its own intent classifier: nightly batches asking
    for many paraphrases (like free_play_line's dataset generation)."""
    kind = "mulberry_paper"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), "aws")
    domain = pick(rng, list(tx.INTENTS))
    langs = ["en"] + subset(rng, ("es", "de"), 0, 2)
    tz = pick(rng, (1, -5))
    keys = [
        benign(ctx, rng, kind, "batch job", org=org, pay=pay, ua="python-requests/2.32.3", ips=ips)
        for _ in range(irange(rng, 1, 3))
    ]
    for a, ts in zip(
        keys,
        worker_pool(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(8, 20)),
            len(keys),
            nightly(float(rng.uniform(1, 3)), float(rng.uniform(2, 4)), tz),
        ),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment_prompt(rng, domain, pick(rng, langs)) for _ in ts],
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=300.0,
            err=0.02,
        )


def chochin(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app's backend: multi-turn role-play around the clock, long hidden context
    (like drop_pass's dialogues and espanola's product traffic)."""
    kind = "chochin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    keys = [
        benign(ctx, rng, kind, "app backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    pools = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(22, 40)),
        len(keys),
        global_load(float(rng.uniform(1, 4)), 0.6),
    )
    for a, ts in zip(keys, pools, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_prompt(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=110.0,
            extra=rng.integers(800, 3000, size=len(ts)),
        )


def lampion(ctx: Ctx, rng: Rng) -> None:
    """A translation agency's post-editors: documents segmented and sent in order, many language
    pairs (like sam_jacks' translation sweep)."""
    kind = "lampion"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 1, tz)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0"))
    for _ in range(irange(rng, 4, 10)):
        ips = office + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = benign(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        pairs = subset(rng, [f"{s}>{t}" for s, t in tx.LANG_PAIRS], 1, 3)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            workday(tz, weekend=0.02),
            float(rng.uniform(12, 25)),
            float(rng.uniform(30, 80)),
        )
        for ts in sess:
            segs = tx.sentences(pick(rng, ctx.passages))
            while len(segs) < len(ts):
                segs += tx.sentences(pick(rng, ctx.passages))
            job = f"{pick(rng, ('TR', 'LOC', 'JB'))}-{irange(rng, 10000, 99999)}"
            pair = tuple(pick(rng, pairs).split(">"))
            prompts = [
                tx.translation_job_prompt(rng, job, i + 1, len(ts), pair, segs[i])
                for i in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.4),
                comp_median=80.0,
                comp_sigma=0.5,
            )


def tassel(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: students with personal accounts asking the same problem-set
    questions in their own words, a campus lab session and a deadline rush (like delayed_penalty)."""
    kind = "tassel"
    tz = pick(rng, (-5, -8, 1, 5, 8))
    campus = home(rng, 1, tz)
    course = f"{pick(rng, ('CS', 'COMP', 'INF', 'CSE'))} {irange(rng, 110, 299)}"
    ps = irange(rng, 2, 6)
    deadline = ctx.t0 + (irange(rng, 4, 6) + 1) * DAY - tz * HOUR - 60.0
    lab = [
        (ctx.t0 + d * DAY + (14 - tz) * HOUR, ctx.t0 + d * DAY + (16 - tz) * HOUR) for d in (2, 4)
    ]
    for _ in range(irange(rng, 25, 60)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE)
        a = benign(ctx, rng, kind, "student", ua=ua, ips=home(rng, 1, tz) + campus, tz=tz)
        parts = [
            flat(
                session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(0.3, 1.0)),
                    evening_person(tz),
                    float(rng.uniform(2, 6)),
                    float(rng.uniform(40, 150)),
                )
            )
        ]
        parts.append(
            flat(
                session_times(
                    rng,
                    deadline - 1.5 * DAY,
                    deadline,
                    float(rng.uniform(0.5, 2.0)),
                    evening_person(tz, 3.5),
                    float(rng.uniform(3, 8)),
                    float(rng.uniform(30, 90)),
                )
            )
        )
        lab_ts = [
            flat(session_times(rng, s, e, 1.0 * DAY / (e - s), lambda x: np.ones(len(x)), 5, 120))
            for s, e in lab
            if chance(rng, 0.6)
        ]
        home_ts = flat(parts)
        lab_all = flat(lab_ts)
        ts = np.concatenate([home_ts, lab_all])
        ips = [a.ips[0]] * len(home_ts) + [campus[0]] * len(lab_all)
        prompts = [
            tx.course_prompt(rng, course, irange(rng, 0, 9), ps)
            if chance(rng, 0.7)
            else tx.student_question(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.3),
            ips=[ips[i] for i in order.tolist()],
            comp_median=450.0,
        )


def punched_tin(ctx: Ctx, rng: Rng) -> None:
    """An ed-tech company: a content pipeline generating worked examples over a grade x subject
    grid in office hours, plus live tutoring traffic (like sam_jacks' lesson sweep)."""
    kind = "punched_tin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Mathlet", "StudyNest", "Brightpath", "Quokka Learn"))
    ips = cloud(rng, irange(rng, 1, 3), "azure")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/NodeJS 4.67.1"))
    tz = pick(rng, (-5, 0, 1, 5))
    keys = [
        benign(
            ctx,
            rng,
            kind,
            "content pipeline" if i == 0 else "tutor app",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for i in range(irange(rng, 2, 5))
    ]
    content = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)), 1, workday(tz))[0]
    ctx.emit(
        rng,
        keys[0],
        content,
        [tx.lesson_prompt(rng, brand) for _ in content],
        models=ctx.models(rng, content, 0.7),
        comp_median=650.0,
    )
    live = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), len(keys) - 1, evening_person(tz)
    )
    for a, ts in zip(keys[1:], live, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.student_question(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, 0.3),
            comp_median=350.0,
        )


def mica_panel(ctx: Ctx, rng: Rng) -> None:
    """A university study of calibration and sycophancy: the same questions repeated under several
    framings, a replay of a public prompt set, run in bursts (like goalie_throw and crease_violation)."""
    kind = "mica_panel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = home(rng, 1, tz)
    cluster = cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    people = [
        benign(ctx, rng, kind, "researcher", org=org, pay=pay, ua=ua, ips=campus + cluster, tz=tz)
        for _ in range(irange(rng, 2, 6))
    ]
    replay0 = int(rng.integers(len(ctx.chat)))
    for _ in range(irange(rng, 3, 8)):
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.95)
        a = pick(rng, people)
        conds = subset(rng, ("0", "1", "2", "3", "4", "5"), 2, 4)
        reps = irange(rng, 3, 12)
        items = [
            (i, int(c))
            for c in conds
            for i in range(15 if c != "5" else irange(rng, 30, 80))
            for _ in range(reps)
        ]
        n = len(items)
        ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.5, 2.0)), size=n))
        prompts = [
            tx.research_prompt(rng, replay0 + i if c == 5 else i, c, ctx.chat) for i, c in items
        ]
        model = (
            ctx.new_model if (s >= ctx.release and chance(rng, 0.7)) else pick(rng, ctx.old_models)
        )
        comp = np.asarray([350.0 if c == 5 else 60.0 for _, c in items])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=[model] * n,
            ips=pick(rng, a.ips),
            comp_median=comp,
            err=0.02,
        )


def glue_pot(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency running one workspace per client, mostly on the agency's card, copy and
    ad-policy compliance rewrites in several languages (like goal_crease and multi-key rings)."""
    kind = "glue_pot"
    tz = pick(rng, (1, 2, -5))
    office = home(rng, irange(rng, 1, 2), tz)
    server = cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "aws")))
    agency_card = hexid(rng, "pay")
    clients = subset(rng, tx.CLIENTS, 8, 10) + [f"Client {k}" for k in range(irange(rng, 0, 8))]
    for c in clients:
        pay = agency_card if chance(rng, 0.75) else hexid(rng, "pay")
        ua = sdk_ua(rng, 0.6) if chance(rng, 0.7) else pick(rng, SDK_OTHER)
        a = benign(ctx, rng, kind, "client workspace", pay=pay, ua=ua, ips=office, tz=tz)
        ts = flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 2.0)),
                workday(tz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, c) for _ in ts],
            models=ctx.models(rng, ts, 0.5),
            comp_median=280.0,
        )
        if chance(
            rng, 0.35
        ):  # the agency's scheduler writes the client's daily social posts at 06:00
            days = (
                np.arange(np.ceil(ctx.t0 / DAY), np.floor(ctx.t1 / DAY) + 1) * DAY + (6 - tz) * HOUR
            )
            starts = days[(days > ctx.t0) & (weekday(days, tz) < 5)]
            sched = flat(bursts(rng, starts, float(rng.uniform(8, 25)), 4.0, 0.4))
            sched = sched[(local_hour(sched, tz) < 7.5)]
            ctx.emit(
                rng,
                a,
                sched,
                [tx.agency_prompt(rng, c) for _ in sched],
                models=ctx.models(rng, sched, 0.5),
                ips=server[0],
                ua="python-requests/2.32.3",
                comp_median=200.0,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "rice_paper": rice_paper,
    "bamboo_ribs": bamboo_ribs,
    "wire_frame": wire_frame,
    "mulberry_paper": mulberry_paper,
    "chochin": chochin,
    "lampion": lampion,
    "tassel": tassel,
    "punched_tin": punched_tin,
    "mica_panel": mica_panel,
    "glue_pot": glue_pot,
}
