"""Benign hard-negative kinds of batch 159 (code names: horn-carving words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Their accounts are labelled benign with the kind as family.
The README (read it only after the monitor's single run) says what each one looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    SDK_OTHER,
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
    jitter_start,
    multi_office,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind159 import texts

Rng = np.random.Generator
BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _switch(
    ctx: Ctx, rng: Rng, ts: np.ndarray, switch_at: float, old: str | None = None
) -> list[str]:
    """A pinned model: the old flagship (or `old`) until `switch_at`, the new model after."""
    old = old or ctx.old_models[0]
    return [
        ctx.new_model if t >= max(switch_at, ctx.release) else old for t in np.asarray(ts).tolist()
    ]


# --------------------------------------------------------------------------------------------
# horn_core: an evaluation lab benchmarking the new model (chain-of-thought benchmark sweeps,
# self-consistency repeats, every item sent to several models)


def horn_core(ctx: Ctx, rng: Rng) -> None:
    kind = "horn_core"
    labs = irange(rng, 1, 2)
    for _ in range(labs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
        keys = [
            ctx.account(
                rng,
                label=BENIGN,
                family=kind,
                role="eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, 1, "gcp"),
            )
            for _ in range(irange(rng, 2, 3))
        ]
        n_items = irange(rng, 250, 500)
        item_seed = int(rng.integers(0, 2**31))
        items = [texts.eval_item(np.random.default_rng([item_seed, i]), i) for i in range(n_items)]
        # one baseline run before the release, then runs of the new model (some with k samples)
        runs = [(ctx.release - float(rng.uniform(0.5, 2.5)) * DAY, ctx.old_models[0], 1)]
        for _ in range(irange(rng, 2, 4)):
            runs.append(
                (
                    ctx.release + float(rng.uniform(0.05, 2.5)) * DAY,
                    pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[-1])),
                    pick(rng, (1, 1, 5)),
                )
            )
        for start, model, k in runs:
            acct = pick(rng, keys)
            rate = float(rng.uniform(600, 1500)) / HOUR
            order = np.repeat(rng.permutation(n_items), k)
            ts = start + np.cumsum(rng.exponential(1 / rate, size=len(order)))
            ctx.emit(
                rng,
                acct,
                ts,
                [items[i] for i in order.tolist()],
                models=model,
                comp_median=float(rng.uniform(500, 900)),
                comp_sigma=0.5,
                err=0.03,
            )


# --------------------------------------------------------------------------------------------
# keratin_sheath: an ed-tech product grading student work against rubrics (teachers upload
# class sets: bursts of grading calls)


def keratin_sheath(ctx: Ctx, rng: Rng) -> None:
    kind = "keratin_sheath"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    prod = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="prod",
        org=org,
        pay=pay,
        ua=ua,
        ips=cloud(rng, 2, "aws"),
    )
    stage = ctx.account(
        rng,
        label=BENIGN,
        family=kind,
        role="staging",
        org=org,
        pay=pay,
        ua=ua,
        ips=cloud(rng, 1, "aws"),
    )
    courses = (
        "Year 10 English essay",
        "AP History DBQ",
        "Biology lab report",
        "Intro Economics short answers",
        "Grade 8 persuasive writing",
    )
    tzs = [pick(rng, (-8, -5)), pick(rng, (0, 1))]
    starts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / DAY, multi_office(tzs)
    )
    ts = _cat(
        bursts(rng, starts, float(rng.uniform(22, 32)), float(rng.uniform(0.6, 2.0)), 0.5, ctx.t1)
    )
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    ctx.emit(
        rng,
        prod,
        ts,
        [texts.rubric_grade(rng, ctx.passages, pick(rng, courses)) for _ in range(len(ts))],
        models=_switch(ctx, rng, ts, switch),
        comp_median=260.0,
        err=0.01,
    )
    ts_s = thinned(rng, ctx.t0, ctx.t1, 12 * (ctx.t1 - ctx.t0) / DAY, workday(tzs[0]))
    ctx.emit(
        rng,
        stage,
        ts_s,
        [texts.rubric_grade(rng, ctx.passages, pick(rng, courses)) for _ in range(len(ts_s))],
        models=ctx.models(rng, ts_s, p_new=0.8),
        comp_median=260.0,
    )


# --------------------------------------------------------------------------------------------
# rottenstone: a forum platform's moderation tool rewriting flagged comments (multilingual)


def rottenstone(ctx: Ctx, rng: Rng) -> None:
    kind = "rottenstone"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    ips = cloud(rng, 3, "azure")
    curve = global_load(float(rng.uniform(17, 21)), 0.55)
    for role in ("moderation", "appeals"):
        acct = ctx.account(
            rng, label=BENIGN, family=kind, role=role, org=org, pay=pay, ua=ua, ips=ips
        )
        rate = float(rng.uniform(18, 40)) if role == "moderation" else float(rng.uniform(2, 5))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        langs = [
            texts.weighted(rng, {"en": 0.45, "de": 0.2, "es": 0.15, "pt": 0.1, "pl": 0.1})
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.moderation_rewrite(rng, ctx.chat, lang) for lang in langs],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.6),
            comp_median=110.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# powder_horn: a software team's developers using a coding agent (tool results as user turns,
# big repository context, tight step loops during working hours)


def powder_horn(ctx: Ctx, rng: Rng) -> None:
    kind = "powder_horn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 6, 12)):
        ua = pick(
            rng, ("litellm/1.60.2", "Cline/3.2.0", "continue/0.9.247 (vscode)", "aider/0.72.1")
        )
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        tasks = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            workday(tz),
            float(rng.uniform(10, 25)),
            float(rng.uniform(5, 12)),
            0.7,
        )
        ts = _cat(tasks)
        prompts = []
        for s in tasks:
            prompts += [texts.coding_agent_turn(rng, j == 0) for j in range(len(s))]
        order = np.argsort(np.concatenate(tasks) if tasks else np.empty(0), kind="stable")
        prompts = [prompts[j] for j in order.tolist()]
        extra = rng.integers(1500, 9000, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=300.0,
            extra=extra,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# drinking_horn: a startup's data-augmentation jobs for its own intent classifier (nightly runs
# of long generation requests)


def drinking_horn(ctx: Ctx, rng: Rng) -> None:
    kind = "drinking_horn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        nights = sorted(rng.choice(7, size=irange(rng, 3, 5), replace=False).tolist())
        parts = []
        for d in nights:
            a = ctx.t0 + d * DAY + float(rng.uniform(0, 2)) * HOUR
            run = nightly(float(rng.uniform(0, 2)), float(rng.uniform(2, 4)), tz)
            parts.append(thinned(rng, a, min(ctx.t1, a + DAY), float(rng.uniform(150, 400)), run))
        ts = _cat(parts)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.augment_request(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# horn_comb: a companion chat app (short multilingual messages, conversations, users worldwide
# behind the app's backend)


def horn_comb(ctx: Ctx, rng: Rng) -> None:
    kind = "horn_comb"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 8), pick(rng, ("gcp", "aws")))
    curve = global_load(float(rng.uniform(18, 22)), 0.5)
    for _ in range(irange(rng, 3, 5)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="shard",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=egress,
        )
        convs = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(60, 120)),
            curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(15, 40)),
            0.9,
        )
        prompts = []
        for c in convs:
            lang = texts.weighted(
                rng, {"en": 0.45, "es": 0.15, "pt": 0.12, "id": 0.1, "de": 0.08, "ja": 0.1}
            )
            prompts += [texts.companion_message(rng, lang, ctx.chat) for _ in range(len(c))]
        allts = np.concatenate(convs) if convs else np.empty(0)
        order = np.argsort(allts, kind="stable")
        ts = allts[order]
        premium = ctx.release + float(rng.uniform(1, 2)) * DAY
        models = [
            ctx.new_model if (t >= premium and chance(rng, 0.2)) else m
            for t, m in zip(ts.tolist(), ctx.models(rng, ts, p_new=0.0, p_mini=0.5), strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in order.tolist()],
            models=models,
            comp_median=150.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# horn_spoon: a translation agency (translators' own keys, office broadband, segment-by-segment
# sessions, glossary instructions)


def horn_spoon(ctx: Ctx, rng: Rng) -> None:
    kind = "horn_spoon"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    clients = [texts.brand(rng) for _ in range(4)]
    for _ in range(irange(rng, 5, 9)):
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", pick(rng, BROWSERS)))
        remote = chance(rng, 0.3)
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + (home(rng, 1, tz) if remote else []),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            workday(tz),
            float(rng.uniform(8, 18)),
            float(rng.uniform(15, 45)),
            0.6,
        )
        prompts = []
        for s in sess:
            client = pick(rng, clients)
            prompts += [texts.localisation_job(rng, ctx.passages, client) for _ in range(len(s))]
        allts = np.concatenate(sess) if sess else np.empty(0)
        order = np.argsort(allts, kind="stable")
        ts = allts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=260.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# hornsmith: a university course cohort (students' keys under the university's org and card,
# campus and home lines, evening study, a deadline spike, the same homework pasted by many)


def hornsmith(ctx: Ctx, rng: Rng) -> None:
    kind = "hornsmith"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, list(texts.COURSES))
    subject = texts.COURSES[course]
    tz = pick(rng, (-5, -8, 0, 1, 8))
    campus = home(rng, irange(rng, 2, 3), tz)
    homework = texts.homework_set(rng, irange(rng, 6, 12))
    deadline = ctx.t0 + float(rng.uniform(4.2, 6.8)) * DAY
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(irange(rng, 25, 40)):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.8)
            else "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X)"
        )
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        curve = evening_person(tz)
        sess = session_times(
            rng,
            ctx.t0,
            deadline - 6 * HOUR,
            float(rng.uniform(0.3, 1.2)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 120)),
        )
        sess += session_times(
            rng,
            deadline - 30 * HOUR,
            deadline,
            float(rng.uniform(2, 5)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(30, 90)),
        )
        ts = _cat(sess)
        prompts = [texts.student_question(rng, subject, homework) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_switch(ctx, rng, ts, switch),
            comp_median=420.0,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# lanthorn: an academic study replaying a public prompt set to old and new models to compare them


def lanthorn(ctx: Ctx, rng: Rng) -> None:
    kind = "lanthorn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 2, pick(rng, (0, 1, 2)))
    keys = [
        ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role="study_script",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    sample = rng.choice(len(ctx.chat), size=irange(rng, 300, 700), replace=False).tolist()
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
    # pilot before the release on the old models, then the full study after it
    pilot = sample[: irange(rng, 30, 60)]
    runs = [(ctx.release - float(rng.uniform(1, 2.5)) * DAY, pilot, models[:2], 1)]
    runs.append(
        (ctx.release + float(rng.uniform(0.2, 1.0)) * DAY, sample, models, pick(rng, (1, 2)))
    )
    for start, prompts_idx, mods, k in runs:
        acct = pick(rng, keys)
        seq = [(j, m) for j in prompts_idx for m in mods for _ in range(k)]
        gap = float(rng.uniform(2, 5))
        ts = start + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=len(seq)))
        ctx.emit(
            rng,
            acct,
            ts,
            [ctx.chat[j].strip() or "hi" for j, _ in seq],
            models=[m for _, m in seq],
            comp_median=380.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# hornbook: a digital agency running AI features for many client products (a key per client,
# one agency card, shared hosting egress, each client with its own template and schedule)


def hornbook(ctx: Ctx, rng: Rng) -> None:
    kind = "hornbook"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), pick(rng, ("digitalocean", "hetzner")))
    tasks = ("support", "product_copy", "seo", "reviews", "social")
    for _ in range(irange(rng, 8, 14)):
        client = texts.brand(rng)
        task = pick(rng, tasks)
        ua = pick(rng, SDK_COMMON + SDK_OTHER[:6])
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=kind,
            role=f"client_{task}",
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, egress, 2),
        )
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        tz = pick(rng, TZS)
        curve = (
            workday(tz, weekend=0.3, night=0.1)
            if task != "support"
            else global_load(float(rng.uniform(0, 24)), 0.4)
        )
        ts = thinned(
            rng, onboard, ctx.t1, float(rng.uniform(2, 14)) * (ctx.t1 - onboard) / HOUR, curve
        )
        switch = ctx.release + float(rng.uniform(0, 3)) * DAY if chance(rng, 0.6) else ctx.t1 + 1
        ctx.emit(
            rng,
            acct,
            ts,
            [
                texts.agency_request(rng, ctx.chat, ctx.passages, client, task)
                for _ in range(len(ts))
            ],
            models=_switch(ctx, rng, ts, switch, pick(rng, ctx.old_models)),
            comp_median=300.0,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "horn_core": horn_core,
    "keratin_sheath": keratin_sheath,
    "rottenstone": rottenstone,
    "powder_horn": powder_horn,
    "drinking_horn": drinking_horn,
    "horn_comb": horn_comb,
    "horn_spoon": horn_spoon,
    "hornsmith": hornsmith,
    "lanthorn": lanthorn,
    "hornbook": hornbook,
}
