"""Benign hard-negative kinds of blind batch 173 (code names from sled dog racing).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Labels are "benign"; `family` is the kind's code name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    picks,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind173 import texts as tx


def _acct(ctx: Ctx, rng: np.random.Generator, name: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=name, role=role, **kw)


def _seq(
    rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.6
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=max(0, n - 1)))]
    )


def _at_local(
    rng: np.random.Generator, day_start: float, tz: int, hour_lo: float, hour_hi: float
) -> float:
    """A time on the local calendar day that starts at UTC `day_start` (midnight UTC)."""
    return day_start - tz * HOUR + float(rng.uniform(hour_lo, hour_hi)) * HOUR


# --------------------------------------------------------------------------------------------


def gangline(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking step-by-step reasoning before and right after the release."""
    name = "gangline"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    accts = [
        _acct(ctx, rng, name, "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    items = [tx.bench_item(rng) for _ in range(irange(rng, 250, 450))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY, old, 0),
        (ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY, mini, 0),
    ]
    for _ in range(irange(rng, 3, 5)):
        runs.append((ctx.release + float(rng.uniform(0.1, 1.6)) * DAY, new, irange(rng, 0, 2)))
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(0.5, 2.0)) * DAY, old, 2))
    for start, model, variant in runs:
        ts = _seq(rng, start, len(items), float(rng.uniform(0.4, 1.5)))
        ctx.emit(
            rng,
            pick(rng, accts),
            ts,
            [tx.bench_prompt(it, variant) for it in items],
            models=model,
            comp_median=300.0 if variant == 2 else 450.0,
            extra=350 if variant == 1 else 0,
            err=0.005,
        )


def tugline(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor: annotators in one office asking the model about responses they rate."""
    name = "tugline"
    tz = pick(rng, (5, 8, 2, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = home(rng, 2, tz)
    for _ in range(irange(rng, 15, 25)):
        a = _acct(
            ctx, rng, name, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=nat, tz=tz
        )
        ts = np.concatenate(
            [np.empty(0)]
            + session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz, 9, 18), 6.0, 120.0, 0.9
            )
        )
        ts = np.sort(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotator_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=220,
        )


def brushbow(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety vendor rewriting or removing user posts to fit community guidelines."""
    name = "brushbow"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "azure")
    langs = picks(rng, ("en", "es", "fr", "de", "pt"), 3)
    load = global_load(float(rng.uniform(12, 16)), float(rng.uniform(0.35, 0.6)))
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            name,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(800, 1600)), load)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, ctx.chat, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
            comp_median=140,
            extra=320,
        )


def snowhook(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's developers running a coding agent in their IDEs (tool loops, growing context)."""
    name = "snowhook"
    tz = pick(rng, (-5, -8, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 8, 14)):
        own = home(rng, 1, tz)
        ua = pick(
            rng, ("Cline/3.4.0", "Roo-Code/3.3.2", "continue-dev/0.9.2", "OpenAI/NodeJS 4.85.1")
        )
        a = _acct(ctx, rng, name, "developer", org=org, pay=pay, ua=ua, ips=office + own, tz=tz)
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, workday(tz, 9, 19, 0.08, 0.03)
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            steps = 3 + int(rng.negative_binomial(2, 0.2))
            t = _seq(rng, s, steps, 7.0, 0.9)
            ip = own[0] if chance(rng, 0.3) else office[0]
            ctx_tokens = irange(rng, 1500, 4000)
            for i, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(tx.dev_agent_first(rng) if i == 0 else tx.dev_agent_step(rng))
                extra.append(min(60000, ctx_tokens + i * irange(rng, 200, 700)))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55),
            ips=ips,
            comp_median=260,
            extra=np.asarray(extra, dtype=np.int64),
        )


def swing_dog(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team generating synthetic utterances for its own intent classifier."""
    name = "swing_dog"
    tz = pick(rng, (1, -5, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = ("en", "de", "es")[: irange(rng, 1, 3)]
    domain = pick(rng, tx._DOMAINS)
    accts = [
        _acct(
            ctx,
            rng,
            name,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    day = ctx.t0
    while day < ctx.t1:
        if weekday(np.array([day + 12 * HOUR]), tz)[0] < 5:
            for a in accts:
                ts = _seq(
                    rng,
                    _at_local(rng, day, tz, 1.0, 2.0),
                    irange(rng, 120, 260),
                    float(rng.uniform(4, 9)),
                    0.5,
                )
                ctx.emit(
                    rng,
                    a,
                    ts,
                    [tx.intent_aug_prompt(rng, pick(rng, langs), domain) for _ in range(len(ts))],
                    models=ctx.models(rng, ts, p_new=0.15),
                    comp_median=900,
                    comp_sigma=0.35,
                )
        day += DAY


def lead_dog(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion app: short personal messages on top of a long remembered history."""
    name = "lead_dog"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    load = global_load(float(rng.uniform(19, 23)), float(rng.uniform(0.6, 0.85)))
    for _ in range(2):
        a = _acct(
            ctx, rng, name, "app_backend", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 2500)), load)
        extra = np.clip(rng.lognormal(np.log(1800), 0.6, size=len(ts)), 300, 12000).astype(np.int64)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_message(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.4),
            comp_median=110,
            extra=extra,
        )


def red_lantern(ctx: Ctx, rng: np.random.Generator) -> None:
    """A statistics course cohort: evening homework, lab sessions on campus, deadline rushes."""
    name = "red_lantern"
    tz, lang = pick(rng, ((-3, "pt"), (-5, "en"), (1, "es"), (-8, "en")))
    campus = home(rng, 2, tz)
    c_org, c_pay = hexid(rng, "org"), hexid(rng, "pay")
    deadlines = [
        ctx.t0 + float(rng.uniform(2.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.5, 6.8)) * DAY,
    ]
    labs = [
        d * DAY + ctx.t0
        for d in range(7)
        if weekday(np.array([ctx.t0 + d * DAY + 12 * HOUR]), tz)[0] in (1, 3)
    ]
    for _ in range(irange(rng, 25, 45)):
        on_course = chance(rng, 0.4)
        own = home(rng, 1, tz)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        a = _acct(
            ctx,
            rng,
            name,
            "student",
            org=c_org if on_course else None,
            pay=c_pay if on_course else None,
            ua=ua,
            ips=own,
            tz=tz,
        )
        parts = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.0)), evening_person(tz), 5.0, 80.0
        )
        ips = [[own[0]] * len(p) for p in parts]
        for d in deadlines:
            if chance(rng, 0.8):
                s = d - float(rng.uniform(1, 20)) * HOUR
                p = _seq(rng, s, irange(rng, 3, 12), 90.0, 0.9)
                parts.append(p)
                ips.append([own[0]] * len(p))
        for lab in labs:
            if chance(rng, 0.6):
                p = _seq(rng, _at_local(rng, lab, tz, 10.0, 11.0), irange(rng, 2, 6), 150.0, 0.8)
                parts.append(p)
                ips.append([pick(rng, campus)] * len(p))
        ts = np.concatenate(parts) if parts else np.empty(0)
        ip_col = [x for p in ips for x in p]
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ip_col = [ip_col[i] for i in order.tolist()]
        prompts = [
            tx.homework_question(rng, lang)
            if chance(rng, 0.85)
            else tx.clip_text(rng, pick(rng, ctx.chat), 5, 500)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.55), ips=ip_col, comp_median=420
        )


def drop_bag(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of sampling variance and calibration: each prompt sampled several times."""
    name = "drop_bag"
    tz = pick(rng, (-5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uni = home(rng, 1, tz)
    accts = [
        _acct(ctx, rng, name, role, org=org, pay=pay, ua=ua, ips=uni, tz=tz)
        for role, ua in (
            ("researcher", "python-httpx/0.28.1"),
            ("student_ra", "OpenAI/Python 1.54.0"),
        )
    ]
    items = [
        tx.calibration_prompt(rng)
        if chance(rng, 0.3)
        else tx.clip_text(rng, pick(rng, ctx.chat), 10, 1200)
        for _ in range(irange(rng, 40, 90))
    ]
    n = irange(rng, 5, 10)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    days = [d for d in range(7) if weekday(np.array([ctx.t0 + d * DAY + 12 * HOUR]), tz)[0] < 5]
    before = [d for d in days if ctx.t0 + (d + 1) * DAY < ctx.release]
    after = [d for d in days if ctx.t0 + d * DAY >= ctx.release]
    before, after = before or days[:1], after or days[-1:]
    plan = [
        (pick(rng, before), old),
        (pick(rng, before), mini),
        (pick(rng, after), new),
        (pick(rng, after), old),
    ]
    for d, model in plan:
        t = _at_local(rng, ctx.t0 + d * DAY, tz, 10.0, 15.0)
        ts_all, prompts = [], []
        for it in items:
            ts = _seq(rng, t, n, 1.3, 0.5)
            ts_all.extend(ts.tolist())
            prompts.extend([it] * n)
            t = float(ts[-1]) + float(rng.lognormal(np.log(3.0), 0.5))
        ctx.emit(
            rng,
            pick(rng, accts),
            np.asarray(ts_all),
            prompts,
            models=model,
            comp_median=300,
            err=0.003,
        )


def vet_check(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: one key per client project, CAT-tool plugins, office hours."""
    name = "vet_check"
    tz = pick(rng, (1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    curve = workday(tz, 8.5, 18.0, 0.05, 0.02)
    for _ in range(irange(rng, 5, 9)):
        client = (
            f"{pick(rng, ('NORD', 'ALTA', 'VEGA', 'KITE', 'MOSS', 'ORBI'))}-{irange(rng, 100, 999)}"
        )
        ua = pick(
            rng,
            ("memoQ/11.2 LLM-plugin", "TradosStudio/18.0 AIAssistant", "Phrase-TMS/2025 (mt-llm)"),
        )
        a = _acct(ctx, rng, name, "client_project", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        sents = [s for p in picks(rng, ctx.passages, irange(rng, 3, 8)) for s in tx.sentences(p)]
        if not sents:
            sents = [tx.clip_text(rng, pick(rng, ctx.passages), 40, 200)]
        targets = picks(rng, tx._TARGETS, irange(rng, 1, 3))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 500)), curve)
        prompts = [tx.cat_segment(rng, sents, client, pick(rng, targets)) for _ in range(len(ts))]
        comp = np.asarray([max(8.0, len(p.rsplit("Segment: ", 1)[-1]) / 4 * 1.3) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=comp,
            comp_sigma=0.25,
        )


def skijoring(ctx: Ctx, rng: np.random.Generator) -> None:
    """A startup's production traffic plus CI regression replays of its logged prompts on the new model."""
    name = "skijoring"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prod = _acct(
        ctx,
        rng,
        name,
        "production",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 2, "aws"),
    )
    ci = _acct(
        ctx,
        rng,
        name,
        "ci_regression",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=cloud(rng, 1, "azure"),
    )
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(1500, 3000)),
        global_load(float(rng.uniform(13, 17)), 0.6),
    )
    prompts = [tx.clip_text(rng, pick(rng, ctx.chat), 5, 2000) for _ in range(len(ts))]
    flip = ctx.release + float(rng.uniform(1.5, 2.5)) * DAY
    models = [
        m if t >= flip else (ctx.old_models[-1] if m == ctx.old_models[-1] else ctx.old_models[0])
        for t, m in zip(ts.tolist(), ctx.models(rng, ts, p_new=0.9), strict=True)
    ]
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=380, extra=150)
    logged = [p for t, p in zip(ts.tolist(), prompts, strict=True) if t < ctx.release]
    for lo, hi in ((0.1, 0.45), (0.8, 1.3)):
        k = min(len(logged), irange(rng, 300, 700))
        idx = rng.choice(len(logged), size=k, replace=False)
        start = ctx.release + float(rng.uniform(lo, hi)) * DAY
        rts = _seq(rng, start, k, 1.5, 0.5)
        ctx.emit(
            rng,
            ci,
            rts,
            [logged[i] for i in idx.tolist()],
            models=ctx.new_model,
            comp_median=380,
            extra=150,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "gangline": gangline,
    "tugline": tugline,
    "brushbow": brushbow,
    "snowhook": snowhook,
    "swing_dog": swing_dog,
    "lead_dog": lead_dog,
    "red_lantern": red_lantern,
    "drop_bag": drop_bag,
    "vet_check": vet_check,
    "skijoring": skijoring,
}
