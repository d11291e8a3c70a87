"""Benign hard-negative kinds of batch 132 (code names from pewter casting): legitimate users built
to resemble this batch's campaign families. Each is called once per batch with the shared context
and its own generator."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick, picks
from bench.monitor_blind132 import texts as tx

Rng = np.random.Generator
BEN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _weekday_at(ctx: Ctx, day: int, hour_local: float, tz: int) -> float:
    """Epoch seconds of `hour_local` on window day `day` in offset `tz`."""
    return ctx.t0 + day * DAY + (hour_local - tz) * HOUR


# --------------------------------------------------------------------------------------------


def ladle(ctx: Ctx, rng: Rng) -> None:
    """Evaluation lab: benchmark runs with chain-of-thought items, self-consistency samples and a
    burst of runs on the new model's release day, from a cloud project."""
    name = "ladle"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), "gcp")
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1")),
            ips=picks(rng, ips, 2),
        )
        for _ in range(irange(rng, 4, 6))
    ]
    bank_rng = np.random.default_rng(int(rng.integers(0, 2**32)))
    bank = [tx.eval_item(bank_rng, irange(bank_rng, 0, 2)) for _ in range(irange(rng, 200, 320))]
    tz = -8
    rel_day = int((ctx.release - ctx.t0) // DAY)
    runs = []  # (day, hour, model, samples, share of bank)
    for d in range(0, rel_day):
        if chance(rng, 0.6):
            runs.append((d, float(rng.uniform(9, 17)), ctx.old_models[0], 1, 1.0))
        if chance(rng, 0.3):
            runs.append((d, float(rng.uniform(9, 17)), ctx.old_models[-1], 1, 0.5))
    for _ in range(irange(rng, 3, 5)):
        runs.append(
            (rel_day, float(rng.uniform(8.5, 23)), ctx.new_model, pick(rng, (1, 5, 5)), 1.0)
        )
    for d in range(rel_day + 1, 7):
        for _ in range(irange(rng, 0, 2)):
            runs.append(
                (
                    d,
                    float(rng.uniform(9, 18)),
                    pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0])),
                    pick(rng, (1, 3)),
                    float(rng.uniform(0.3, 1.0)),
                )
            )
    per = {a.id: ([], [], []) for a in accts}
    for day, hour, model, k, share in runs:
        a = pick(rng, accts)
        items = [bank[i] for i in range(len(bank)) if rng.random() < share]
        prompts = [p for p in items for _ in range(k)]
        t = _weekday_at(ctx, day, hour, tz) + np.cumsum(
            rng.exponential(1 / float(rng.uniform(2, 8)), len(prompts))
        )
        ts_l, pr_l, mo_l = per[a.id]
        ts_l += t.tolist()
        pr_l += prompts
        mo_l += [model] * len(prompts)
    for a in accts:
        ts_l, pr_l, mo_l = per[a.id]
        if not ts_l:
            ts_l, pr_l, mo_l = [ctx.t0 + DAY], [bank[0]], [ctx.old_models[0]]
        o = np.argsort(ts_l, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l)[o],
            [pr_l[i] for i in o],
            models=[mo_l[i] for i in o],
            comp_median=420,
            err=0.02,
        )


def sprue(ctx: Ctx, rng: Rng) -> None:
    """Labelling vendor: a floor of annotators asking for help with preference-rating tasks, office
    NAT, browsers, shift hours."""
    name = "sprue"
    tz = pick(rng, (5, 8, -3))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.home(rng, irange(rng, 2, 3), tz)
    for _ in range(irange(rng, 20, 35)):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=nat,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                bb.workday(tz, start=9, end=19),
                float(rng.uniform(4, 10)),
                float(rng.uniform(60, 180)),
            )
        )
        if not len(ts):
            ts = np.array([ctx.t0 + 2 * DAY])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotator_help(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=300,
        )


def riser(ctx: Ctx, rng: Rng) -> None:
    """Trust & safety team: a moderation queue rewriting posts to fit community rules, all day."""
    name = "riser"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "azure")
    curve = bb.global_load(float(rng.uniform(14, 19)), 0.45)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="moderation_service",
            org=org,
            pay=card,
            ua=pick(
                rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")
            ),
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 15)) * 24 * 7, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_assist(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.2),
            comp_median=200,
        )


def talc(ctx: Ctx, rng: Rng) -> None:
    """Developers using a coding-agent CLI: tool-call loops with growing context, workday sessions,
    home broadband."""
    name = "talc"
    for _ in range(irange(rng, 25, 40)):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="developer",
            ua=f"forgecli/0.9.{irange(rng, 2, 7)} node/22.{irange(rng, 1, 12)}",
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, bb.workday(tz, weekend=0.15)
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 5, 25)
            goal = pick(rng, tx.CODING_GOALS)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
            for j, x in enumerate(t.tolist()):
                ts_all.append(x)
                prompts.append(tx.coding_agent_step(rng, goal, j))
                extra.append(2000 + j * irange(rng, 150, 400))
        if not ts_all:
            ts_all, prompts, extra = (
                [ctx.t0 + 3 * DAY],
                [tx.coding_agent_step(rng, pick(rng, tx.CODING_GOALS), 0)],
                [2000],
            )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.05), comp_median=250, extra=extra
        )


def dross(ctx: Ctx, rng: Rng) -> None:
    """Data-augmentation team: nightly job generating labelled utterances for their own intent
    classifier, from a cloud VM."""
    name = "dross"
    tz = pick(rng, (0, 1, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    night = bb.nightly(float(rng.uniform(0.5, 2.5)), float(rng.uniform(2, 4)), tz)
    for _ in range(2):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 600)) * 7, night)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_request(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.0),
            comp_median=700,
            comp_sigma=0.4,
        )


def bismuth(ctx: Ctx, rng: Rng) -> None:
    """Companion chat app backend: short last messages with long persona + history context,
    worldwide evening-heavy load."""
    name = "bismuth"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), "gcp")
    curve = bb.global_load(float(rng.uniform(18, 22)), 0.7)
    for _ in range(3):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)) * 24 * 7, curve)
        n = len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_line(rng, ctx.chat) for _ in range(n)],
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=120,
            extra=rng.integers(600, 3000, size=n),
        )


def deburr(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort on a shared course account: the week's problem set, evenings,
    a surge before the deadline."""
    name = "deburr"
    tz = pick(rng, (0, 1, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    subject = pick(rng, ("mathematics", "physics", "economics", "programming"))
    topics = tx.CURRICULUM[subject]
    deadline = _weekday_at(ctx, irange(rng, 4, 6), 23.9, tz)
    for _ in range(irange(rng, 30, 50)):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:2]),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.5, 2)),
                bb.evening_person(tz),
                float(rng.uniform(3, 8)),
                90.0,
            )
            + bb.session_times(
                rng, deadline - 1.5 * DAY, deadline, 1.5, bb.evening_person(tz, 3.0), 6.0, 70.0
            )
        )
        if not len(ts):
            ts = np.array([deadline - 3 * HOUR])
        prompts = []
        for t in ts.tolist():
            week = 5 + int((t - ctx.t0) // (3.5 * DAY))
            prompts.append(tx.homework(rng, topics[min(week - 3, len(topics) - 1)], week))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=450)


def burnish(ctx: Ctx, rng: Rng) -> None:
    """Translation agency: freelance translators in several countries using a CAT-tool plugin or
    the browser, translating and proofreading client segments."""
    name = "burnish"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    for _ in range(irange(rng, 6, 10)):
        tz = pick(rng, (0, 1, 2, 9, -3))
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.5) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz),
                float(rng.uniform(10, 30)),
                float(rng.uniform(20, 60)),
            )
        )
        if not len(ts):
            ts = np.array([ctx.t0 + DAY])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translation_segment(rng, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=180,
        )


def tankard(ctx: Ctx, rng: Rng) -> None:
    """Academic study of prompt sensitivity: replays a fixed sample of public ShareGPT prompts in
    several surface variants on the old and the new model, in runs around the release."""
    name = "tankard"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "gcp") + bb.resi(rng, 1, "eu")
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="study_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=ips,
            tz=1,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 200, 400), replace=False).tolist()
    ]
    rel_day = int((ctx.release - ctx.t0) // DAY)
    run_days = sorted({rel_day + d for d in (-2, -1, 0, 1, 2) if chance(rng, 0.7)} | {rel_day})
    for day in run_days:
        a = pick(rng, accts)
        models = [ctx.old_models[0]] + ([ctx.new_model] if day >= rel_day else [])
        variants = sorted({0, irange(rng, 1, 3)})
        prompts, mods = [], []
        for m in models:
            for v in variants:
                prompts += [tx.research_variant(rng, p, v) for p in sample]
                mods += [m] * len(sample)
        t = _weekday_at(ctx, day, float(rng.uniform(10, 16)), 1) + np.cumsum(
            rng.exponential(1.5, len(prompts))
        )
        ctx.emit(rng, a, t, prompts, models=mods, comp_median=400)


def soapstone(ctx: Ctx, rng: Rng) -> None:
    """Writing-assistant SaaS: real users' drafts wrapped in feature prompts, global product load,
    slow migration to the new model."""
    name = "soapstone"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    curve = bb.global_load(float(rng.uniform(12, 16)), 0.5)
    for role in ("web", "mobile"):
        a = ctx.account(
            rng,
            label=BEN,
            family=name,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 800)) * 7, curve)
        feats = picks(rng, ("polish", "polish", "shorten", "email", "headline"), len(ts))
        prompts = [tx.product_b(rng, f, tx.human(rng, ctx.chat, 900)) for f in feats]
        p_new = np.where(ts < ctx.release + DAY, 0.1, 0.7)
        models = [
            ctx.new_model if (t >= ctx.release and rng.random() < p) else ctx.old_models[0]
            for t, p in zip(ts.tolist(), p_new.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=220)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "ladle": ladle,
    "sprue": sprue,
    "riser": riser,
    "talc": talc,
    "dross": dross,
    "bismuth": bismuth,
    "deburr": deburr,
    "burnish": burnish,
    "tankard": tankard,
    "soapstone": soapstone,
}
