"""Benign hard-negative kinds of batch 164 (code names from bone carving).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families, or a campaign in general, while doing ordinary, allowed work.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind164 import texts as tx

BENIGN = "benign"


def _open(ctx: Ctx, rng: np.random.Generator, kind: str, role: str = "user", **kw) -> bb.Acct:
    return ctx.account(rng, label=BENIGN, family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark suite run on every model, hard right after the release


def scrimshaw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "scrimshaw"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    keys = [
        _open(ctx, rng, kind, org=org, pay=pay, ua=ua, ips=ips) for _ in range(irange(rng, 3, 5))
    ]
    suite = irange(rng, 350, 650)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, [old, mini], 0.5),
        (ctx.release + float(rng.uniform(1.5, 8)) * HOUR, [old, mini, new], 1.0),
        (ctx.release + float(rng.uniform(1.2, 2.0)) * DAY, [new], 1.0),
    ]
    per_key: dict[int, tuple[list, list, list]] = {i: ([], [], []) for i in range(len(keys))}
    for start, models, share in runs:
        items = rng.permutation(suite)[: int(suite * share)].tolist()
        rate = float(rng.uniform(3, 7))  # requests per second over the whole lab
        n = len(items) * len(models)
        ts = start + np.sort(rng.uniform(0, n / rate, size=n))
        who = rng.integers(0, len(keys), size=n)
        j = 0
        for m in models:
            for it in items:
                t_list, p_list, m_list = per_key[int(who[j])]
                t_list.append(float(ts[j]))
                p_list.append(tx.benchmark_item(rng, it))
                m_list.append(m)
                j += 1
    for i, a in enumerate(keys):
        t_list, p_list, m_list = per_key[i]
        if not t_list:
            t_list, p_list, m_list = [ctx.release + HOUR], [tx.benchmark_item(rng, 0)], [new]
        ctx.emit(
            rng,
            a,
            np.asarray(t_list),
            p_list,
            models=m_list,
            comp_median=180,
            comp_sigma=0.9,
            err=0.04,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling client preference data with the model


def manaia(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "manaia"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    guideline = f"v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 6, 12)):
        a = _open(
            ctx,
            rng,
            kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 8)),
                bb.workday(tz),
                float(rng.uniform(8, 16)),
                float(rng.uniform(35, 80)),
                0.6,
            )
        )
        prompts = [tx.vendor_grading(rng, ctx.chat, ctx.passages, guideline) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=220)


# --------------------------------------------------------------------------------------------
# tutoring product: backend keys of an after-school homework helper


def hei_tiki(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hei_tiki"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tutor = pick(rng, ("Professor Otter", "Mira the Math Fox", "Coach Quill"))
    load = bb.global_load(float(rng.uniform(21, 24)) % 24, float(rng.uniform(0.7, 0.9)))
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(2):
        a = _open(
            ctx,
            rng,
            kind,
            role="backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 3), "aws"),
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 20)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        prompts = [tx.tutor_turn(rng, tutor, irange(rng, 5, 12)) for _ in ts]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.7)) else ctx.old_models[-1]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=160, extra=180)


# --------------------------------------------------------------------------------------------
# course cohort: students on one department grant, lab sessions on campus, homework at home


def koru_pendant(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "koru_pendant"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS 241", "DATA 110", "INF-2031", "ECON 305"))
    days = sorted(rng.choice(np.arange(0, 5), size=2, replace=False).tolist())
    labs = [ctx.t0 + d * DAY + (h - tz) * HOUR for d in days for h in (10, 14)]
    deadline = ctx.t0 + 5 * DAY + (23.9 - tz) * HOUR
    for _ in range(irange(rng, 25, 45)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        home = bb.home(rng, 1, tz)
        a = _open(ctx, rng, kind, role="student", org=org, pay=pay, ua=ua, ips=campus + home, tz=tz)
        parts, ips = [], []
        for lab in labs:
            if chance(rng, 0.8):
                s = np.sort(lab + rng.uniform(0, 1.8 * HOUR, size=irange(rng, 3, 18)))
                parts.append(s)
                ips += [pick(rng, campus) for _ in s]
        eve = _cat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), bb.evening_person(tz), 5, 70
            )
        )
        rush = np.sort(deadline - rng.uniform(0, 6 * HOUR, size=irange(rng, 0, 14)))
        for s in (eve, rush):
            parts.append(s)
            ips += home * len(s)
        ts = np.concatenate(parts) if parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        week = irange(rng, 4, 6)
        prompts = [tx.course_prompt(rng, course, week, ctx.chat) for _ in ts]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.2), ips=ips, comp_median=380
        )


# --------------------------------------------------------------------------------------------
# trust & safety team: moderation rewrites and classifications from a queue


def degreasing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "degreasing"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Marktplatz24", "Forumly", "TalkHive"))
    ips = bb.cloud(rng, 2, "azure")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    n_keys = irange(rng, 3, 5)
    keys = [
        _open(ctx, rng, kind, role="queue_worker", org=org, pay=pay, ua=ua, ips=ips, tz=1)
        for _ in range(n_keys)
    ]
    curve = bb.workday(1, start=7, end=22, weekend=0.5, night=0.15)
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(35, 60)), n_keys, curve)
    for a, ts in zip(keys, streams, strict=True):
        prompts = [
            tx.moderation_task(rng, pick(rng, ("en", "en", "de", "fr", "pl")), platform, ctx.chat)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.3), comp_median=110)


# --------------------------------------------------------------------------------------------
# engineering team using an IDE coding agent: tool-result loops at developer hours


def openwork(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "openwork"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("reqwest/0.12.12", "OpenAI/NodeJS 4.85.1"))
    tzs = rng.choice([-8, -5, 1, 2], size=2, replace=False).tolist()
    for _ in range(irange(rng, 12, 22)):
        tz = int(pick(rng, tzs))
        a = _open(
            ctx,
            rng,
            kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 5)),
            bb.workday(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(5, 12)),
            0.7,
        )
        ts_all, prompts, extra = [], [], []
        for s in sess:
            goal = pick(rng, tx.IDE_GOALS)
            for k, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.ide_agent_step(rng, goal, k))
                extra.append(irange(rng, 1500, 6000))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.7, 0.05),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=260,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase generation for an intent classifier


def bone_saw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bone_saw"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5))
    window = bb.nightly(float(rng.uniform(1, 3)), float(rng.uniform(1.5, 3)), tz)
    a = _open(
        ctx,
        rng,
        kind,
        role="pipeline",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=bb.cloud(rng, irange(rng, 1, 2), "gcp"),
        tz=tz,
    )
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(350, 500)) * 7, window)
    langs = ("English", "Spanish", "German", "French", "Portuguese", "Japanese")
    prompts = [tx.augmentation_request(rng, pick(rng, langs)) for _ in ts]
    ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.3), comp_median=480, err=0.02)


# --------------------------------------------------------------------------------------------
# companion app: chatty multi-turn messages with long persona context, from app servers


def engraving_needle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "engraving_needle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    persona = pick(rng, ("Nova", "Kai", "Luna", "Sol"))
    load = bb.global_load(float(rng.uniform(18, 22)), float(rng.uniform(0.6, 0.8)))
    for _ in range(irange(rng, 2, 3)):
        a = _open(
            ctx,
            rng,
            kind,
            role="backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws"))),
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 20)) * (ctx.t1 - ctx.t0) / HOUR, load
        )
        langs = ("en", "en", "en", "es", "pt", "ja", "de")
        prompts = [tx.companion_message(rng, pick(rng, langs), persona, ctx.chat) for _ in ts]
        extra = rng.integers(800, 2400, size=len(ts))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.7), comp_median=110, extra=extra
        )


# --------------------------------------------------------------------------------------------
# agency / reseller: many client sub-accounts on one card behind one gateway


def relief_panel(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "relief_panel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    gateway = bb.rented_block(rng, pick(rng, ("vultr", "digitalocean")), 1, irange(rng, 2, 4))
    for _ in range(irange(rng, 10, 16)):
        tz = pick(rng, bb.TZS)
        a = _open(
            ctx,
            rng,
            kind,
            role="client",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.5),
            ips=gateway,
            tz=tz,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(25, 110)) * 7, bb.workday(tz, weekend=0.2)
        )
        prompts = [
            tx._clip(pick(rng, ctx.chat), 10, 1500, rng)
            if chance(rng, 0.5)
            else tx.marketing_copy(rng)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.1), comp_median=450)


# --------------------------------------------------------------------------------------------
# research study: each survey item asked many times per model to measure variability


def inlay_work(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "inlay_work"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uni = bb.home(rng, irange(rng, 1, 2), 1)
    hpc = bb.cloud(rng, 1, "*")
    keys = [
        _open(
            ctx,
            rng,
            kind,
            role="researcher",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=uni + hpc,
            tz=1,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    items = irange(rng, 60, 110)
    reps = irange(rng, 10, 20)
    plan = [
        (ctx.t0 + float(rng.uniform(1, 3)) * DAY, [ctx.old_models[0]], range(20)),
        (
            ctx.release + float(rng.uniform(0.6, 1.8)) * DAY,
            [ctx.old_models[0], ctx.new_model],
            range(items),
        ),
    ]
    per: dict[int, tuple[list, list, list]] = {i: ([], [], []) for i in range(len(keys))}
    for start, models, its in plan:
        t = start
        for it in its:
            k = int(rng.integers(len(keys)))
            for m in models:
                for _ in range(reps):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    per[k][0].append(t)
                    per[k][1].append(tx.survey_item(rng, it))
                    per[k][2].append(m)
                t += float(rng.uniform(2, 20)) * (MINUTE if chance(rng, 0.05) else 1)
    for i, a in enumerate(keys):
        t_list, p_list, m_list = per[i]
        if not t_list:
            t_list, p_list, m_list = [ctx.release + DAY], [tx.survey_item(rng, 0)], [ctx.new_model]
        ctx.emit(rng, a, np.asarray(t_list), p_list, models=m_list, comp_median=25, comp_sigma=0.8)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "scrimshaw": scrimshaw,
    "manaia": manaia,
    "hei_tiki": hei_tiki,
    "koru_pendant": koru_pendant,
    "degreasing": degreasing,
    "openwork": openwork,
    "bone_saw": bone_saw,
    "engraving_needle": engraving_needle,
    "relief_panel": relief_panel,
    "inlay_work": inlay_work,
}
