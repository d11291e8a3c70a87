"""Benign hard-negative kinds of batch 230 (code names: daguerreotype photography).

Each kind is `f(ctx, rng)`: legitimate users whose traffic resembles one of this batch's campaign
families (or a campaign in general). All their accounts are labelled benign.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind230 import texts as tx


def _ben(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark items, step-by-step format, run on every model around release


def silver_plate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "silver_plate"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    n_keys = irange(rng, 3, 6)
    accts = [
        _ben(
            ctx,
            rng,
            kind,
            "eval_pipeline",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, irange(rng, 2, 4), "gcp"),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    suites = [[tx.problem(rng) for _ in range(irange(rng, 150, 400))] for _ in range(3)]
    runs = []
    for _ in range(irange(rng, 2, 3)):  # baselines on the old models before release
        runs.append(
            (ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, [ctx.old_models[0], ctx.old_models[-1]])
        )
    for _ in range(irange(rng, 3, 6)):  # the new model, compared with the old flagship
        runs.append(
            (ctx.release + float(rng.uniform(0.02, 2.8)) * DAY, [ctx.new_model, ctx.old_models[0]])
        )
    for r, (t_start, models) in enumerate(runs):
        acct = accts[r % n_keys]
        suite = suites[r % 3]
        fmt = irange(rng, 0, 2)
        t = t_start
        for m in models:
            gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.5, size=len(suite))
            ts = t + np.cumsum(gaps)
            prompts = [tx.eval_item_prompt(rng, q, fmt) for q in suite]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=m,
                comp_median=(500.0, 15.0, 300.0)[fmt],
                comp_sigma=0.7,
                err=0.03,
            )
            t = float(ts[-1]) + float(rng.uniform(2, 30)) * MINUTE
    # engineers poking at results by hand during the day
    for acct in accts[:2]:
        ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 2.0, bb.workday(tz), 4, 60))
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.clip_text(rng, pick(rng, ctx.chat), 10, 600) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6),
            ua=pick(rng, bb.BROWSERS),
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators asking for help comparing and checking responses


def buffing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "buffing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 1, -3))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    for _ in range(irange(rng, 10, 20)):
        acct = _ben(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 6)),
                bb.workday(tz, 9, 18),
                float(rng.uniform(4, 9)),
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [tx.labelling_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.2),
            comp_median=float(rng.uniform(200, 380)),
        )


# --------------------------------------------------------------------------------------------
# trust & safety team of a social platform: guideline checks with compliant rewrites


def camera_obscura(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "camera_obscura"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadly", "Kumo", "Plazza", "Hivemind"))
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    ua = bb.sdk_ua(rng, 0.6)
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        acct = _ben(ctx, rng, kind, "moderation_backend", org=org, pay=card, ua=ua, ips=ips)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [tx.moderation_prompt(rng, platform, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=150.0,
        )


# --------------------------------------------------------------------------------------------
# an engineering team using a coding agent in their IDE: bursts of tool steps, big contexts


def fuming_box(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "fuming_box"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = bb.home(rng, 2, tz)
    repo = pick(rng, ("billing-api", "webshop", "infra-tools", "mobile-backend"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    for _ in range(irange(rng, 15, 30)):
        acct = _ben(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        tasks = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)) * 7, bb.workday(tz, 9.5, 18.5)
        )
        ts = _cat(
            bb.bursts(rng, tasks, float(rng.uniform(4, 10)), float(rng.uniform(5, 18)), 0.8, ctx.t1)
        )
        prompts = [tx.coding_agent_prompt(rng, repo) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            extra=rng.integers(1200, 6000, size=len(ts)),
            comp_median=float(rng.uniform(200, 500)),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: synthetic support messages for their own intent classifier


def head_brace(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "head_brace"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    product = pick(rng, ("Parcelwise", "Blendo", "Streamly", "Homebox"))
    for role in ("augmentation_job", "ml_engineer"):
        acct = _ben(
            ctx,
            rng,
            kind,
            role,
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, irange(rng, 1, 2), "aws")
            if role == "augmentation_job"
            else bb.home(rng, 1, tz),
            tz=tz,
        )
        if role == "augmentation_job":
            starts = bb.thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), bb.nightly(1.0, 1.0, tz)
            )
            ts = _cat(
                bb.bursts(
                    rng, starts, float(rng.uniform(80, 200)), float(rng.uniform(1, 3)), 0.4, ctx.t1
                )
            )
        else:
            ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 2.5, bb.workday(tz), 6, 45))
        prompts = [tx.augmentation_prompt(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=float(rng.uniform(800, 1400)),
            comp_sigma=0.45,
        )


# --------------------------------------------------------------------------------------------
# companion chat app: multi-turn, persona-framed, worldwide evening load


def sixth_plate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sixth_plate"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 8), pick(rng, ("gcp", "aws")))
    ua = bb.sdk_ua(rng, 0.5)
    curve = bb.global_load(float(rng.uniform(0, 4)), 0.6)
    for _ in range(irange(rng, 2, 4)):
        acct = _ben(ctx, rng, kind, "app_backend", org=org, pay=card, ua=ua, ips=ips)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [
            tx.companion_prompt(rng, pick(rng, tx.COMPANIONS), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.45),
            comp_median=160.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# self-consistency research: the same question sampled many times, on old and new models


def buff_stick(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "buff_stick"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 9, -5))
    items = [tx.problem(rng) for _ in range(irange(rng, 80, 200))]
    accts = [
        _ben(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 2, "gcp") + bb.home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    for acct in accts:
        launches = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.workday(tz))
        for t0 in launches.tolist():
            k = irange(rng, 5, 20)
            model = pick(
                rng,
                [ctx.old_models[0], ctx.new_model] if t0 >= ctx.release else [ctx.old_models[0]],
            )
            sel = rng.choice(len(items), size=irange(rng, 20, 60), replace=False).tolist()
            ts_parts, prompts = [], []
            t = t0
            for q in sel:
                tt = t + np.cumsum(rng.exponential(0.8, size=k))
                ts_parts.append(tt)
                prompts.extend([f"Q: {items[q]}\nA: Let's think step by step."] * k)
                t = float(tt[-1])
            ts = np.concatenate(ts_parts)
            ctx.emit(rng, acct, ts, prompts, models=model, comp_median=420.0, err=0.04)


# --------------------------------------------------------------------------------------------
# a university course cohort: many small accounts, shared homework, deadline spike


def quickstuff(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "quickstuff"
    course = pick(rng, tx.COURSES)
    tz = pick(rng, (-5, -8, 0, 1))
    due = ctx.t0 + float(rng.uniform(3.5, 6.5)) * DAY
    base = bb.evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        near = np.clip(1 - (due - np.asarray(ts)) / (1.5 * DAY), 0, 1) * (np.asarray(ts) < due)
        return np.clip(0.35 * base(ts) + 0.65 * near, 0, 1)

    for _ in range(irange(rng, 40, 80)):
        phone = chance(rng, 0.3)
        acct = _ben(
            ctx,
            rng,
            kind,
            "student",
            ua=pick(rng, bb.MOBILE[:3]) if phone else pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        n = float(np.clip(rng.lognormal(np.log(12), 0.7), 2, 60))
        ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, n / 2.5 / 7.0, curve, 2.5, 120))
        weeks = [7 if t >= due else 6 for t in ts.tolist()]
        prompts = [tx.course_prompt(rng, course, w, ctx.chat) for w in weeks]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2))


# --------------------------------------------------------------------------------------------
# translation shop: translators working through client jobs in many language pairs


def gold_toning(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gold_toning"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    clients = ("Nordvik Furniture", "Helios Pharma", "Pixelforge Games", "Atlas Insurance")
    for _ in range(irange(rng, 4, 9)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else "Apache-HttpClient/5.4.1 (Java/21.0.5)"
        acct = _ben(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        pairs = [
            str(x) for x in rng.permutation(np.array(tx.TARGETS))[: irange(rng, 1, 3)].tolist()
        ]
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                bb.workday(tz),
                float(rng.uniform(4, 9)),
                float(rng.uniform(50, 150)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            src = " ".join(tx.sentences(pick(rng, ctx.passages))[: irange(rng, 1, 3)])[:900]
            prompts.append(
                tx.translation_shop_prompt(rng, pick(rng, clients), src, pick(rng, pairs))
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=220.0,
        )


# --------------------------------------------------------------------------------------------
# model-migration QA: a fixed public prompt suite replayed nightly on old and new models


def cover_glass(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cover_glass"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 8))
    suite_ix = rng.choice(len(ctx.chat), size=irange(rng, 250, 500), replace=False).tolist()
    suite = [ctx.chat[i] for i in sorted(suite_ix)]
    ci = _ben(
        ctx,
        rng,
        kind,
        "ci_regression",
        org=org,
        pay=card,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 2, "aws"),
        tz=tz,
    )
    app = _ben(
        ctx,
        rng,
        kind,
        "product",
        org=org,
        pay=card,
        ua=bb.sdk_ua(rng, 0.8),
        ips=bb.cloud(rng, 2, "aws"),
        tz=tz,
    )
    day = ctx.t0
    while day < ctx.t1:
        night = day + (((2.0 - tz) % 24) * HOUR) + float(rng.uniform(0, 40)) * MINUTE
        models = [ctx.old_models[0]] + ([ctx.new_model] if night >= ctx.release else [])
        t = night
        for m in models:
            ts = t + np.cumsum(rng.lognormal(np.log(1.2), 0.4, size=len(suite)))
            ctx.emit(rng, ci, ts, suite, models=m, comp_median=350.0, err=0.02)
            t = float(ts[-1]) + 60.0
        day += DAY
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * 7 * 24, bb.workday(tz, 8, 20, 0.3, 0.1)
    )
    ctx.emit(
        rng,
        app,
        ts,
        [tx.clip_text(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.35, p_mini=0.2),
    )


BENIGN_KINDS = {
    "silver_plate": silver_plate,
    "buffing": buffing,
    "camera_obscura": camera_obscura,
    "fuming_box": fuming_box,
    "head_brace": head_brace,
    "sixth_plate": sixth_plate,
    "buff_stick": buff_stick,
    "quickstuff": quickstuff,
    "gold_toning": gold_toning,
    "cover_glass": cover_glass,
}
