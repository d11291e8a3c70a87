"""Benign hard-negative kinds of batch 283: legitimate customers whose traffic resembles one of this
batch's campaign families (or a campaign in general). Each is a generator `f(ctx, rng)`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
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
    multi_office,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind283 import texts

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _one_model(ctx: Ctx, rng: Rng, t: float, p_new: float, p_mini: float) -> str:
    return ctx.models(rng, np.array([t]), p_new, p_mini)[0]


def _work_start(rng: Rng, ctx: Ctx, tz: int, lo: float, hi: float, day_lo: float = 0.0) -> float:
    """A weekday working-hours moment (local `lo`..`hi` h) somewhere in the window."""
    for _ in range(200):
        t = float(rng.uniform(ctx.t0 + day_lo * DAY, ctx.t1 - 6 * HOUR))
        h = float(local_hour(np.array([t]), tz)[0])
        if lo <= h <= hi and int(weekday(np.array([t]), tz)[0]) < 5:
            return t
    return float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))


# =============================================================================================
# evaluation lab: benchmark runs with chain-of-thought prompts, old and new model side by side


def palagai_padam(ctx: Ctx, rng: Rng) -> None:
    kind = "palagai_padam"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    pool = cloud(rng, irange(rng, 2, 5), "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(
                rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0")
            ),
            ips=pool,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    items = [texts.problem(rng, "en") for _ in range(irange(rng, 120, 260))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 4)):
        runs.append((_work_start(rng, ctx, tz, 9, 17), pick(rng, (old, old, mini))))
    day0 = ctx.release + float(rng.uniform(0.5, 5)) * HOUR
    for _ in range(irange(rng, 3, 6)):
        runs.append((day0 + float(rng.uniform(0, 30)) * HOUR, new))
    runs.append((day0 + float(rng.uniform(1, 20)) * HOUR, old))
    fmt = irange(rng, 0, 1)
    order = rng.permutation(len(keys)).tolist()
    for j, (t, model) in enumerate(runs):
        a = keys[order[j % len(keys)]]
        reps = pick(rng, (1, 1, 1, 4))
        seq = [items[i] for i in range(len(items)) for _ in range(reps)]
        gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.7, size=len(seq))
        ts = t + np.cumsum(gaps)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.eval_item(p, fmt) for p in seq],
            models=model,
            comp_median=650.0,
            err=0.04,
        )


# =============================================================================================
# labelling vendor: annotators pre-label and grade responses with the model, office hours


def gold_leaf_gilding(ctx: Ctx, rng: Rng) -> None:
    kind = "gold_leaf_gilding"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, (5, 8, 2, -3)) for _ in range(irange(rng, 2, 3))]
    office_ips = [home(rng, irange(rng, 1, 2), tz) for tz in offices]
    projects = [
        f"{pick(rng, ('AUR', 'BRK', 'CYG', 'DLT', 'EON'))}-{irange(rng, 10, 99)}"
        for _ in range(irange(rng, 2, 5))
    ]
    for _ in range(irange(rng, 10, 25)):
        o = int(rng.integers(len(offices)))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator_team",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON[:2]) if chance(rng, 0.6) else pick(rng, BROWSERS),
            ips=office_ips[o],
            tz=offices[o],
        )
        proj, ver = pick(rng, projects), irange(rng, 2, 6)
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                workday(offices[o]),
                float(rng.uniform(6, 14)),
                float(rng.uniform(20, 60)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            q = texts.clip_text(rng, pick(rng, ctx.chat), 20, 500)
            prompts.append(
                texts.labelling_prompt(
                    rng,
                    q,
                    texts.clip_text(rng, pick(rng, ctx.passages), 150, 900),
                    texts.clip_text(rng, pick(rng, ctx.passages), 150, 900),
                    proj,
                    ver,
                )
            )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.1), comp_median=90.0, err=0.01
        )


# =============================================================================================
# trust & safety team: rewrites flagged posts to fit community guidelines


def gesso_relief(ctx: Ctx, rng: Rng) -> None:
    kind = "gesso_relief"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 4), "aws")
    n = irange(rng, 2, 3)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=pool,
        )
        for _ in range(n)
    ]
    curve = global_load(float(rng.uniform(15, 22)), 0.5)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 30)) * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(keys):
        t = ts[who == i]
        ctx.emit(
            rng,
            a,
            t,
            [texts.moderation_prompt(rng, ctx.chat) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.25, 0.3),
            comp_median=120.0,
            err=0.01,
        )


# =============================================================================================
# start-up developers using a coding agent: tool results in prompts, long repo context


def jackwood_plank(ctx: Ctx, rng: Rng) -> None:
    kind = "jackwood_plank"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "aider/0.74.2 litellm/1.60.2",
            "OpenAI/NodeJS 4.85.1",
            "reqwest/0.12.12",
        ),
    )
    for _ in range(irange(rng, 5, 12)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        p_new = float(rng.uniform(0.5, 0.95))
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 5)),
            workday(tz, weekend=0.15),
            float(rng.uniform(8, 20)),
            float(rng.uniform(6, 15)),
        ):
            req = pick(rng, texts.DEV_REQUESTS)
            k = len(s)
            ctx.emit(
                rng,
                a,
                s,
                [texts.coding_agent_step(rng, req, j) for j in range(k)],
                models=_one_model(ctx, rng, float(s[0]), p_new, 0.0),
                comp_median=400.0,
                err=0.02,
                extra=np.asarray(
                    [irange(rng, 2000, 6000) + 450 * j for j in range(k)], dtype=np.int64
                ),
            )


# =============================================================================================
# data-augmentation team: nightly jobs paraphrasing their own chatbot's intents


def ochre_ground(ctx: Ctx, rng: Rng) -> None:
    kind = "ochre_ground"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    pool = cloud(rng, irange(rng, 1, 3), "azure")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=pool,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    langs = ("en", "es", "de")
    model = pick(rng, ctx.old_models)
    for _ in range(irange(rng, 3, 5)):
        night = int(rng.integers(0, 7))
        t = ctx.t0 + night * DAY + (float(rng.uniform(0, 4)) - tz) * HOUR % DAY
        if t > ctx.release and chance(rng, 0.5):
            model = ctx.new_model
        n = irange(rng, 150, 600)
        ts = t + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.8, 2.5))), 0.5, size=n))
        ctx.emit(
            rng,
            pick(rng, keys),
            ts,
            [texts.augmentation_prompt(rng, pick(rng, langs)) for _ in range(n)],
            models=model,
            comp_median=500.0,
            comp_sigma=0.4,
            err=0.03,
        )


# =============================================================================================
# companion app: many end users' multi-turn chats through one backend key


def glass_bead_inlay(ctx: Ctx, rng: Rng) -> None:
    kind = "glass_bead_inlay"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 3, 8), "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=pool,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    langs = ("en", "en", "en", "es", "pt", "ja", "de")
    curve = global_load(float(rng.uniform(0, 4)), 0.7)
    for a in keys:
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(40, 90)) / len(keys),
            curve,
            float(rng.uniform(6, 12)),
            25.0,
            0.9,
        ):
            lang = pick(rng, langs)
            base = irange(rng, 700, 2200)
            msgs = [
                pick(rng, texts.COMPANION[lang])
                if chance(rng, 0.75)
                else texts.clip_text(rng, pick(rng, ctx.chat), 10, 200)
                for _ in range(len(s))
            ]
            ctx.emit(
                rng,
                a,
                s,
                msgs,
                models=ctx.models(rng, s, 0.15, 0.55),
                comp_median=110.0,
                err=0.005,
                extra=np.asarray([base + 60 * j for j in range(len(s))], dtype=np.int64),
            )


# =============================================================================================
# university study of self-consistency and calibration: identical repeats, several models


def tamarind_paste(ctx: Ctx, rng: Rng) -> None:
    kind = "tamarind_paste"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 9))
    campus = home(rng, irange(rng, 1, 2), tz)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student_researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
            ips=campus,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    items = [
        texts.mc_text(rng, i) + "\nAnswer with one letter." for i in range(len(texts.MC_ITEMS))
    ]
    items += list(texts.TRIVIA)
    for _ in range(irange(rng, 4, 9)):
        t = _work_start(rng, ctx, tz, 10, 18)
        models = [
            m for m in (ctx.old_models + [ctx.new_model]) if m != ctx.new_model or t > ctx.release
        ]
        model = pick(rng, models)
        fmt = irange(rng, 0, 2)
        k = pick(rng, (5, 10, 20))
        chosen = [
            items[i] for i in rng.permutation(len(items))[: irange(rng, 15, len(items))].tolist()
        ]
        seq = [
            texts.calibration_prompt(q, fmt) if not q.endswith("letter.") else q
            for q in chosen
            for _ in range(k)
        ]
        ts = t + np.cumsum(rng.lognormal(np.log(0.7), 0.6, size=len(seq)))
        ctx.emit(
            rng,
            pick(rng, keys),
            ts,
            seq,
            models=model,
            comp_median=(40.0, 20.0, 10.0)[fmt],
            err=0.02,
        )


# =============================================================================================
# course cohort: students with course keys, lab sessions on campus and homework at home


def moochi_artisans(ctx: Ctx, rng: Rng) -> None:
    kind = "moochi_artisans"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8, 0, 1, 5))
    campus = home(rng, 1, tz)
    lab_days = sorted(int(x) for x in rng.choice(5, size=2, replace=False).tolist())
    lab_hour = float(rng.uniform(9, 15))
    labs = []
    for d in range(8):
        t = ctx.t0 + d * DAY + (lab_hour - tz) * HOUR
        if int(weekday(np.array([t]), tz)[0]) in lab_days:
            labs.append(t)
    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        p_new = float(rng.uniform(0.2, 0.8))
        parts, ips = [], []
        for lab in labs:
            if chance(rng, 0.85):
                k = irange(rng, 2, 12)
                t = np.sort(lab + rng.uniform(0, 2 * HOUR, size=k))
                parts.append(t)
                ips.extend(campus * k)
        home_ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), evening_person(tz), 3.0, 90.0
            )
        )
        parts.append(home_ts)
        ips.extend(a.ips * len(home_ts))
        ts = np.concatenate(parts) if parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        hw = [1 + int((t - ctx.t0) // (3.5 * DAY)) for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.course_question(rng, h, ctx.chat) for h in hw],
            models=ctx.models(rng, ts, p_new, 0.1),
            ips=ips,
            comp_median=350.0,
            err=0.01,
        )


# =============================================================================================
# marketing agency reselling access: one sub-key per client, one backend, one card


def arch_canopy(ctx: Ctx, rng: Rng) -> None:
    kind = "arch_canopy"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 3), "digitalocean")
    n = irange(rng, 6, 12)
    brands = [texts.BRANDS[i] for i in rng.permutation(len(texts.BRANDS))[:n].tolist()]
    for brand in brands:
        tzs = [pick(rng, TZS) for _ in range(irange(rng, 1, 2))]
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_subkey",
            org=org,
            pay=card,
            ua="axios/1.7.9",
            ips=pool,
            tz=tzs[0],
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 70)) * 7, multi_office(tzs))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.marketing_prompt(rng, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.35, 0.2),
            comp_median=300.0,
            err=0.01,
        )


# =============================================================================================
# ed-tech product: leveled practice sets with worked solutions, and hints, on school days


def serfoji_court(ctx: Ctx, rng: Rng) -> None:
    kind = "serfoji_court"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8))
    pool = cloud(rng, irange(rng, 2, 3), "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=pool,
            tz=tz,
        )
        for _ in range(2)
    ]
    school, eve = workday(tz, start=8.0, end=15.0, weekend=0.2), evening_person(tz, 1.8)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.clip(0.7 * school(t) + 0.6 * eve(t), 0, 1)

    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 30)) * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.integers(0, 2, size=len(ts))
    for i, a in enumerate(keys):
        t = ts[who == i]
        ctx.emit(
            rng,
            a,
            t,
            [texts.practice_prompt(rng) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.4, 0.2),
            comp_median=800.0,
            err=0.01,
        )


BENIGN_KINDS = {
    "palagai_padam": palagai_padam,
    "gold_leaf_gilding": gold_leaf_gilding,
    "gesso_relief": gesso_relief,
    "jackwood_plank": jackwood_plank,
    "ochre_ground": ochre_ground,
    "glass_bead_inlay": glass_bead_inlay,
    "tamarind_paste": tamarind_paste,
    "moochi_artisans": moochi_artisans,
    "arch_canopy": arch_canopy,
    "serfoji_court": serfoji_court,
}
