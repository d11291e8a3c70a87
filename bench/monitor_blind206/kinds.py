"""Benign hard-negative kinds of batch 206 (code names from quilling). Each is a generator
`(ctx, rng) -> None` that opens legitimate accounts built to resemble a campaign family (or a
campaign in general) and emits their events. Every parameter comes from the kind's own rng.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    SDK_OTHER,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind206 import texts

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def tight_coil(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: benchmark suites with chain-of-thought and k samples per item, on the old
    and the new model side by side, fired in fast runs (most of them right after the release)."""
    kind = "tight_coil"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng, label=LABEL, family=kind, role="eval_runner", org=org, pay=card, ua=ua, ips=ips
        )
        for _ in range(irange(rng, 2, 4))
    ]
    runs = [ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY]
    runs += [ctx.release + float(rng.uniform(0.5, 10)) * HOUR for _ in range(irange(rng, 2, 3))]
    runs += [ctx.release + float(rng.uniform(1.0, 2.8)) * DAY]
    for r, start in enumerate(runs):
        acct = accts[r % len(accts)]
        suite = pick(rng, ("mc", "gsm", "code"))
        n_items = irange(rng, 150, 400)
        k = pick(rng, (1, 3, 5))
        models = [ctx.old_models[0]] if start < ctx.release else [ctx.new_model, ctx.old_models[0]]
        items = [texts.eval_item(rng, suite, i) for i in range(n_items)]
        ts_l, p_l, m_l = [], [], []
        t = start
        for model in models:
            for it in items:
                for _ in range(k):
                    t += float(rng.lognormal(np.log(0.7), 0.6))
                    ts_l.append(t)
                    p_l.append(it)
                    m_l.append(model)
            t += float(rng.uniform(5, 40)) * 60
        ctx.emit(
            rng,
            acct,
            np.asarray(ts_l),
            p_l,
            models=m_l,
            comp_median=520.0 if suite != "mc" else 260.0,
            comp_sigma=0.5,
            err=0.03,
        )


def marquise(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor: rubric QA grading of clients' support-bot transcripts, in office hours."""
    kind = "marquise"
    tz = pick(rng, (5, 8, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    box = cloud(rng, 1)
    clients = [
        "Northwind Mobile",
        "Halcyon Bank",
        "Orbital Foods",
        "Pinecrest Health",
        "Tessellate Travel",
        "Brightwater Energy",
    ]
    for c in rng.permutation(np.array(clients))[: irange(rng, 3, 6)].tolist():
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=f"project:{c}",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=office + box,
        )
        rate = float(rng.uniform(15, 45))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * 9 * 5, workday(tz))
        prompts = [
            texts.qa_review_prompt(rng, str(c), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.3),
            comp_median=150.0,
            comp_sigma=0.4,
            err=0.01,
        )


def teardrop(ctx: Ctx, rng: np.random.Generator) -> None:
    """Tutoring product: step-by-step guided maths for pupils, school hours plus homework evenings."""
    kind = "teardrop"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "azure")))
    product = pick(rng, ("MathMate", "StepByStep Tutor", "Owl Homework Help"))
    tzs = [int(x) for x in rng.choice(np.array([-8, -5, 0, 1, 5]), size=2, replace=False).tolist()]
    school = multi_office(tzs)
    eve = [evening_person(tz) for tz in tzs]

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(0.6 * school(ts) + 0.5 * sum(e(ts) for e in eve) / len(eve), 0, 1)

    adopt = ctx.release + float(rng.uniform(1.0, 2.5)) * DAY
    for role in ["production"] + (["pilot_school"] if chance(rng, 0.5) else []):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        rate = float(rng.uniform(20, 45)) if role == "production" else float(rng.uniform(3, 8))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.tutor_prompt(rng, product, irange(rng, 5, 11)) for _ in range(len(ts))]
        models = [
            ctx.new_model if (t >= adopt and chance(rng, 0.45)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=450.0, err=0.01)


def husking(ctx: Ctx, rng: np.random.Generator) -> None:
    """University course cohort: many students on course-sponsored keys doing the same templated
    assignment, synchronised by lab sessions and a deadline."""
    kind = "husking"
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = resi(rng, irange(rng, 2, 3), "eu")
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    lab_day = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY

    def crunch(ts: np.ndarray) -> np.ndarray:
        near = np.exp(-np.clip(deadline - ts, 0, None) / (14 * HOUR)) * (ts < deadline)
        lab = ((ts > lab_day) & (ts < lab_day + 2 * HOUR)).astype(np.float64)
        return np.clip(0.1 * evening_person(tz)(ts) + near + lab, 0, 1)

    for _ in range(irange(rng, 25, 55)):
        if chance(rng, 0.15):
            own = mobile_v6(rng, irange(rng, 1, 3), "eu_mobile")
        else:
            own = home(rng, 1, tz)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1") + BROWSERS[:2])
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + own,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                crunch,
                float(rng.uniform(5, 14)),
                float(rng.uniform(30, 120)),
            )
        )
        task = [int(x) for x in rng.integers(1, 5, size=len(ts)).tolist()]
        prompts = [texts.assignment_prompt(rng, k, ctx.chat) for k in task]
        models = ctx.models(rng, ts, p_new=0.3, p_mini=0.4)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=250.0, err=0.02)


def wheatear(ctx: Ctx, rng: np.random.Generator) -> None:
    """Academic safety study: borderline prompts in several framings, repeated samples, old and
    new model balanced, run from the lab's cluster on weekdays."""
    kind = "wheatear"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lab = resi(rng, irange(rng, 1, 2), pick(rng, ("eu", "us")))
    hpc = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "ovh")))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=r,
            org=org,
            pay=card,
            ua=pick(rng, SDK_OTHER[:3]),
            ips=lab + hpc,
        )
        for r in ("pi", "student_a", "student_b")[: irange(rng, 2, 3)]
    ]
    conds = ["direct", "persona", "academic", "rewrite"]
    n_runs = irange(rng, 3, 6)
    for _ in range(n_runs):
        start = ctx.release + float(rng.uniform(-2.5, 2.5)) * DAY
        acct = pick(rng, accts)
        reps = pick(rng, (3, 5))
        ts_l, p_l, m_l = [], [], []
        t = start
        for item in range(irange(rng, 40, 120)):
            cond = pick(rng, conds)
            prompt = texts.safety_study_prompt(rng, cond, item)
            for model in (
                [ctx.new_model, ctx.old_models[0]] if start >= ctx.release else [ctx.old_models[0]]
            ):
                for _ in range(reps):
                    t += float(rng.lognormal(np.log(1.5), 0.7))
                    ts_l.append(t)
                    p_l.append(prompt)
                    m_l.append(model)
        ctx.emit(rng, acct, np.asarray(ts_l), p_l, models=m_l, comp_median=380.0, err=0.02)


def crimper(ctx: Ctx, rng: np.random.Generator) -> None:
    """Marketing agency reselling content work: one sub-key per client under one org and card,
    from the agency's server and office, in many languages."""
    kind = "crimper"
    tz = pick(rng, (0, 1, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    server = cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "aws")))
    office = home(rng, 1, tz)
    langs = ["English", "Spanish", "Portuguese", "French", "German", "Polish", "Dutch"]
    for _ in range(irange(rng, 10, 20)):
        client = (
            f"{pick(rng, ('Blue', 'Golden', 'Little', 'Urban', 'North', 'Wild', 'Copper'))} "
            f"{pick(rng, ('Fern', 'Anchor', 'Sparrow', 'Harbor', 'Lantern', 'Meadow', 'Pepper'))}"
        )
        biz, city, lang = pick(rng, texts._BUSINESS), pick(rng, texts._CITIES), pick(rng, langs)
        via_server = chance(rng, 0.6)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=f"client:{client}",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON[:2]) if via_server else pick(rng, BROWSERS),
            ips=server if via_server else office,
            tz=tz,
        )
        rate = float(rng.lognormal(np.log(4), 0.8))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * 9 * 5, workday(tz))
        prompts = [texts.agency_prompt(rng, client, biz, city, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.2),
            comp_median=300.0,
        )


def grape_roll(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team: nightly jobs generating paraphrases of their own support
    utterances for an intent classifier."""
    kind = "grape_roll"
    tz = pick(rng, (-8, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws")))
    intents = [
        str(x)
        for x in rng.choice(
            np.array(texts._INTENTS), size=irange(rng, 4, 8), replace=False
        ).tolist()
    ]
    for role in ["augment_job"] + (["dev"] if chance(rng, 0.6) else []):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua="python-requests/2.32.3" if role != "dev" else "OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        if role == "dev":
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)), workday(tz))
        else:
            ts = thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)) * 3 * 7, nightly(1.0, 3.0, tz)
            )
        prompts = [texts.augment_prompt(rng, pick(rng, intents), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=1300.0,
            comp_sigma=0.35,
        )


def slotted_tool(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using a coding agent: tool-result steps in quick succession with large, growing
    context, in working hours."""
    kind = "slotted_tool"
    tz = pick(rng, (-8, -5, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    ua = pick(rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 5, 12)):
        ips = office if chance(rng, 0.5) else home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 5, workday(tz))
        ts_l, p_l, x_l, c_l = [], [], [], []
        for s in starts.tolist():
            steps = irange(rng, 5, 30)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(
                        rng.lognormal(np.log(float(rng.uniform(3, 10))), 0.8, size=steps - 1)
                    ),
                ]
            )
            base = irange(rng, 2000, 6000)
            for i, ti in enumerate(t.tolist()):
                ts_l.append(ti)
                p_l.append(texts.code_agent_step(rng, i))
                x_l.append(base + i * irange(rng, 300, 900))
                c_l.append(220.0)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            p_l,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.05),
            extra=np.asarray(x_l),
            comp_median=np.asarray(c_l),
            comp_sigma=0.7,
            err=0.02,
        )


def fringed_flower(ctx: Ctx, rng: np.random.Generator) -> None:
    """Companion app backend: endless multi-turn chats with a long persona and history context,
    busiest in its users' evenings."""
    kind = "fringed_flower"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    adopt = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for role in ["app_prod"] + (["app_beta"] if chance(rng, 0.5) else []):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        rate = float(rng.uniform(20, 40)) if role == "app_prod" else float(rng.uniform(2, 6))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(18, 23)), 0.7),
        )
        prompts = [texts.companion_prompt(rng, ctx.chat) for _ in range(len(ts))]
        models = [
            ctx.new_model
            if (t >= adopt and chance(rng, 0.3))
            else ctx.old_models[-1]
            if chance(rng, 0.4)
            else ctx.old_models[0]
            for t in ts.tolist()
        ]
        extra = rng.integers(800, 3500, size=len(ts))
        ctx.emit(
            rng, acct, ts, prompts, models=models, extra=extra, comp_median=90.0, comp_sigma=0.6
        )


def heart_scroll(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation agency: client documents translated segment by segment into many target
    languages, from the office and the agency's translation-management server."""
    kind = "heart_scroll"
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tms = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "aws")))
    all_targets = texts.target_languages()
    clients = (
        "Ferrule Apps",
        "Kettle & Co",
        "Ridgeway Mobility",
        "Sundial Games",
        "Larkspur Retail",
    )
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=r,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0" if r == "tms" else pick(rng, BROWSERS),
            ips=tms if r == "tms" else office,
            tz=tz,
        )
        for r in ["tms"] + [f"translator_{i}" for i in range(irange(rng, 2, 4))]
    ]
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 2.0)), len(accts), workday(tz)
    )
    job = irange(rng, 1000, 9000)
    for acct, starts in zip(accts, streams, strict=True):
        ts_l, p_l = [], []
        for s in starts.tolist():
            job += 1
            client = pick(rng, clients)
            src = texts.sentences(rng, ctx.passages, irange(rng, 1, 4))
            targets = rng.choice(
                np.array(all_targets), size=irange(rng, 4, 10), replace=False
            ).tolist()
            t = s
            for tgt in targets:
                t += float(rng.lognormal(np.log(4.0 if acct.ips == tms else 40.0), 0.6))
                ts_l.append(t)
                p_l.append(texts.l10n_prompt(rng, job, client, str(tgt), src))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            p_l,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=140.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS = {
    "tight_coil": tight_coil,
    "marquise": marquise,
    "teardrop": teardrop,
    "husking": husking,
    "wheatear": wheatear,
    "crimper": crimper,
    "grape_roll": grape_roll,
    "slotted_tool": slotted_tool,
    "fringed_flower": fringed_flower,
    "heart_scroll": heart_scroll,
}
