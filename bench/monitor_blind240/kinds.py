"""Benign hard-negative kinds of batch 240 (code names from piñata making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind240 import texts as tx


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _arr(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _ensure(rng: np.random.Generator, ts: np.ndarray, a: float, b: float) -> np.ndarray:
    """At least one event, so every account of a kind is active."""
    return ts if len(ts) else np.array([float(rng.uniform(a, b))])


def _train(
    rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.5
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=max(n - 1, 0)))]
    )


# --------------------------------------------------------------------------------------------
# glue_wash: an evaluation lab benchmarking the new model the day it ships (pass@k sampling)


def glue_wash(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "glue_wash"
    n_keys = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ips = bb.cloud(rng, irange(rng, 1, 2), prov)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    bench = tx.eval_items(rng, irange(rng, 150, 350))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, old, 1),
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, mini, 1),
        (ctx.release + float(rng.uniform(0.5, 8.0)) * HOUR, new, int(pick(rng, (1, 4, 5, 8)))),
    ]
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(1.0, 2.5)) * DAY, new, 1))
    if chance(rng, 0.5):
        runs.append((ctx.release + float(rng.uniform(0.3, 2.0)) * DAY, old, 1))
    gap = float(rng.uniform(0.4, 1.5))
    buf: list[list] = [[] for _ in range(n_keys)]
    for t_run, model, k in runs:
        order = (
            rng.permutation(len(bench)).tolist() if chance(rng, 0.5) else list(range(len(bench)))
        )
        seq = [bench[i] for i in order for _ in range(k)]
        ts = _train(rng, t_run, len(seq), gap)
        key = int(rng.integers(n_keys))
        for j, (t, p) in enumerate(zip(ts.tolist(), seq, strict=True)):
            buf[(key + (j // 50)) % n_keys].append((t, p, model))
    for a, evs in zip(accts, buf, strict=True):
        if not evs:
            evs = [(ctx.release + 2 * HOUR, bench[0], new)]
        evs.sort(key=lambda e: e[0])
        ctx.emit(
            rng,
            a,
            np.array([e[0] for e in evs]),
            [e[1] for e in evs],
            models=[e[2] for e in evs],
            comp_median=600.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# crepe_fringe: a labelling vendor's annotators pre-labelling chatbot replies with the model


def crepe_fringe(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crepe_fringe"
    tz = pick(rng, (5, 8, 2, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    projects = [
        f"{pick(rng, ('HLX', 'ORCA', 'BRAVO', 'KITE'))}-{irange(rng, 10, 99)}"
        for _ in range(irange(rng, 1, 3))
    ]
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 6, 14)):
        remote = chance(rng, 0.3)
        ips = office + (bb.home(rng, 1, tz) if remote else [])
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else "python-requests/2.32.3"
        a = _acct(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        ts = _arr(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(25, 70)),
            )
        )
        ts = _ensure(rng, ts, ctx.t0, ctx.t1)
        proj = pick(rng, projects)
        prompts = [
            tx.preannotation_prompt(rng, proj, guideline, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            comp_median=140.0,
            extra=irange(rng, 60, 200),
        )


# --------------------------------------------------------------------------------------------
# flour_paste: a homework-tutoring product's backend (step-by-step explanations, graded levels)


def flour_paste(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "flour_paste"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp")))
    tz = pick(rng, (-5, -8, 0, 1))
    school = bb.workday(tz, start=8.0, end=15.0, weekend=0.3, night=0.0)
    eve = bb.evening_person(tz)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.clip(np.maximum(0.6 * school(t), eve(t)), 0, 1)

    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    for _ in range(irange(rng, 2, 3)):
        a = _acct(ctx, rng, kind, "product_backend", org=org, pay=pay, ua=ua, ips=ips)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        ts = _ensure(rng, ts, ctx.t0, ctx.t1)
        prompts = [tx.tutor_prompt(rng, irange(rng, 5, 12)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=420.0,
            extra=irange(rng, 150, 300),
        )


# --------------------------------------------------------------------------------------------
# balloon_mold: a university course cohort working on the same assignment before a deadline


def balloon_mold(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "balloon_mold"
    course = f"{pick(rng, ('CS', 'STAT', 'ECON', 'BIO'))}{irange(rng, 101, 399)}"
    assignment = tx.assignment_prompts(rng, course)
    tz = pick(rng, (-5, -8, 0, 1, 2))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course_org, course_pay = hexid(rng, "org"), hexid(rng, "pay")
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    eve = bb.evening_person(tz)

    def curve(t: np.ndarray) -> np.ndarray:
        t = np.asarray(t)
        ramp = np.where(t < deadline, 0.2 + 0.8 * np.exp(-(deadline - t) / (1.5 * DAY)), 0.15)
        return np.clip(eve(t) * ramp, 0, 1)

    for _ in range(irange(rng, 25, 50)):
        sponsored = chance(rng, 0.25)
        home_ip = bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=course_org if sponsored else None,
            pay=course_pay if sponsored else None,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=campus + home_ip,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.2)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 200)),
        )
        ts, ips = [], []
        for s in sessions:
            ip = pick(rng, campus) if chance(rng, 0.5) else home_ip[0]
            ts.extend(s.tolist())
            ips.extend([ip] * len(s))
        if not ts:
            ts, ips = [deadline - float(rng.uniform(1, 20)) * HOUR], [home_ip[0]]
        t = np.asarray(ts)
        prompts = [tx.student_prompt(rng, assignment, ctx.chat) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            ips=ips,
            models=ctx.models(rng, t, p_new=0.3, p_mini=0.1),
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# candy_filling: a platform's trust-and-safety / compliance team rewriting content to policy


def candy_filling(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "candy_filling"
    company = pick(rng, ("Threadly", "Kiosko", "Moonrail", "Pebblenote"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 1, 3, 9))
    langs = [
        ("en", "zh", "id", "vi", "ar", "tr", "ru", "th", "es")[i]
        for i in sorted(rng.choice(9, size=irange(rng, 3, 5), replace=False).tolist())
    ]
    queue = _acct(
        ctx,
        rng,
        kind,
        "moderation_queue",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=bb.cloud(rng, 1, pick(rng, bb.providers())),
    )
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(10, 30)) * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(12.0, 0.4),
    )
    ts = _ensure(rng, ts, ctx.t0, ctx.t1)
    ctx.emit(
        rng,
        queue,
        ts,
        [
            tx.compliance_prompt(rng, company, pick(rng, langs), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ],
        models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
        comp_median=300.0,
        extra=irange(rng, 200, 500),
    )
    office = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "policy_staff",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _arr(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), bb.workday(tz), 6.0, 90.0
            )
        )
        ts = _ensure(rng, ts, ctx.t0, ctx.t1)
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.compliance_prompt(rng, company, pick(rng, langs), ctx.chat, ctx.passages)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            comp_median=350.0,
        )


# --------------------------------------------------------------------------------------------
# pull_string: developers running coding agents (tool loops re-sending growing transcripts)

_CODE_TOOLS = (
    "Cline/3.4.0",
    "aider/0.74.2",
    "Continue/0.9.250",
    "Roo-Code/3.3.20",
    "OpenAI/NodeJS 4.85.1",
)


def pull_string(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pull_string"
    teams = []
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, bb.TZS)
        teams.append(
            (hexid(rng, "org"), hexid(rng, "pay"), bb.home(rng, 1, tz)[0], tz, irange(rng, 4, 9))
        )
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, bb.TZS)
        teams.append((None, None, None, tz, 1))
    for org, pay, office, tz, size in teams:
        for _ in range(size):
            home_ip = bb.home(rng, 1, tz)[0]
            tool = pick(rng, _CODE_TOOLS)
            a = _acct(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=pay,
                ua=tool,
                ips=[office or home_ip],
                tz=tz,
            )
            sessions = bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 6)),
                bb.workday(tz),
                float(rng.uniform(8, 25)),
                float(rng.uniform(4, 12)),
            )
            p_new = float(rng.uniform(0.5, 0.9))
            ts, prompts, ips = [], [], []
            for s in sessions:
                if not len(s):
                    continue
                ip = office if (office and chance(rng, 0.75)) else home_ip
                ts.extend(s.tolist())
                prompts.extend(tx.coding_agent_steps(rng, tool.split("/")[0], len(s)))
                ips.extend([ip] * len(s))
            if not ts:
                ts, prompts, ips = (
                    [float(rng.uniform(ctx.t0, ctx.t1))],
                    tx.coding_agent_steps(rng, "cli", 1),
                    [home_ip],
                )
            t = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                t,
                prompts,
                ips=ips,
                models=ctx.models(rng, t, p_new=p_new, p_mini=0.05),
                comp_median=300.0,
            )


# --------------------------------------------------------------------------------------------
# cardboard_cone: a companion / role-play app (multi-turn conversations with memory)


def cardboard_cone(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cardboard_cone"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, pick(rng, bb.providers()))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "reqwest/0.12.12"))
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.6)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=ips)
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        ts, prompts = [], []
        for s in starts.tolist():
            n = 1 + int(rng.negative_binomial(2, 2 / 9))
            char = pick(rng, tx.CHARACTERS)
            hist: list[str] = []
            for t in _train(rng, s, n, 25.0, 0.8).tolist():
                p = tx.companion_turn(rng, char, ctx.chat, hist)
                hist.append(p.rsplit("User: ", 1)[-1][:60])
                ts.append(t)
                prompts.append(p)
        if not ts:
            ts, prompts = [ctx.t0 + DAY], [tx.companion_turn(rng, tx.CHARACTERS[0], ctx.chat, [])]
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.15, p_mini=0.5),
            comp_median=120.0,
            extra=irange(rng, 300, 800),
        )


# --------------------------------------------------------------------------------------------
# tissue_layer: a translation agency working through documents segment by segment


def tissue_layer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tissue_layer"
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 2, tz)
    client = pick(rng, ("LXT", "Vertaal", "Lingo9", "Polyglotte"))
    for _ in range(irange(rng, 4, 8)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else "Apache-HttpClient/5.4.1 (Java/21.0.5)"
        a = _acct(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)) * (ctx.t1 - ctx.t0) / DAY,
            bb.workday(tz),
        )
        ts, prompts = [], []
        for s in starts.tolist():
            job = tx.translation_job(rng, client, ctx.passages)
            times = _train(rng, s, len(job[3]), float(rng.uniform(60, 150)), 0.6)
            for i, t in enumerate(times.tolist()):
                ts.append(t)
                prompts.append(tx.translation_chunk(rng, client, job, i))
        if not ts:
            job = tx.translation_job(rng, client, ctx.passages)
            ts, prompts = [ctx.t0 + 2 * DAY], [tx.translation_chunk(rng, client, job, 0)]
        t = np.asarray(ts)
        ctx.emit(
            rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.25, p_mini=0.1), comp_median=450.0
        )


# --------------------------------------------------------------------------------------------
# masking_tape: an in-house ML team augmenting its intent classifier's training data nightly


def masking_tape(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "masking_tape"
    product = pick(rng, ("Parcelio", "Zentrix Bank", "Loopcart", "Fernway Telecom"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, bb.providers())
    tz = pick(rng, (1, 2, 3))
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=bb.cloud(rng, 1, prov),
        )
        ts_all = []
        day = ctx.t0 - (ctx.t0 % DAY)
        while day < ctx.t1:
            if chance(rng, 0.8):
                s = day + (1.0 - tz) * HOUR + float(rng.uniform(0, 1.5)) * HOUR
                ts_all.append(
                    _train(
                        rng,
                        s,
                        int(rng.poisson(float(rng.uniform(80, 250)))) + 1,
                        float(rng.uniform(1.5, 4.0)),
                    )
                )
            day += DAY
        ts = _ensure(rng, _arr(ts_all), ctx.t0, ctx.t1)
        prompts = [tx.augmentation_prompt(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=900.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# burro_star: a marketing agency reselling access to many client workspaces under one org and card


def burro_star(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "burro_star"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, pick(rng, bb.providers()))
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    n = irange(rng, 15, 30)
    for i in range(n):
        brand = tx.BRANDS[i % len(tx.BRANDS)] + (
            "" if i < len(tx.BRANDS) else f" {pick(rng, tx.CITIES)}"
        )
        tz = pick(rng, (-8, -5, 0, 1))
        a = _acct(ctx, rng, kind, "client_workspace", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(
            rng, a0, ctx.t1, float(rng.uniform(0.5, 4.0)) * (ctx.t1 - a0) / HOUR, bb.workday(tz)
        )
        ts = _ensure(rng, ts, a0, ctx.t1)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, brand, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.15),
            comp_median=420.0,
        )


BENIGN_KINDS = {
    "glue_wash": glue_wash,
    "crepe_fringe": crepe_fringe,
    "flour_paste": flour_paste,
    "balloon_mold": balloon_mold,
    "candy_filling": candy_filling,
    "pull_string": pull_string,
    "cardboard_cone": cardboard_cone,
    "tissue_layer": tissue_layer,
    "masking_tape": masking_tape,
    "burro_star": burro_star,
}
