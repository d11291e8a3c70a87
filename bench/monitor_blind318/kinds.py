"""Benign hard-negative kinds of blind batch 318 (code names: words about truffles).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general) while doing nothing wrong. Drawn in a fixed order from the
kind's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind318 import texts as tx
from bench.monitor_blind318.families import LANG_OF_TZ

Gen = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _run(rng: Gen, start: float, k: int, gap: float) -> np.ndarray:
    """`k` requests one after another (a harness working through a list)."""
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark suites, nightly regressions, a release-day sweep on both models


def perigord(ctx: Ctx, rng: Gen) -> None:
    kind = "perigord"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws")))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    suites = []
    for _ in range(irange(rng, 2, 4)):
        base, size, style = int(rng.integers(0, 2**31)), irange(rng, 120, 350), irange(rng, 0, 2)
        suites.append([tx.eval_item(np.random.default_rng([base, j]), style) for j in range(size)])
    old, new = ctx.old_models[0], ctx.new_model
    runs: list[tuple[float, int, str]] = []
    tz = int(pick(rng, bb.TZS))
    day0 = ctx.t0 + ((float(rng.uniform(0, 4)) - tz) % 24.0) * HOUR
    for d in range(7):
        t = day0 + d * DAY + float(rng.uniform(0, 1800))
        runs.append((t, irange(rng, 0, len(suites) - 1), new if t >= ctx.release else old))
    sweep = ctx.release + float(rng.uniform(1, 6)) * HOUR
    for rep in range(irange(rng, 1, 3)):
        for si in range(len(suites)):
            for m in (new, old):
                runs.append((sweep + rep * 3 * HOUR + float(rng.uniform(0, 2 * HOUR)), si, m))
    per: list[list[tuple[np.ndarray, list[str], str]]] = [[] for _ in accts]
    for (t, si, m), who in zip(
        runs, rng.integers(0, len(accts), size=len(runs)).tolist(), strict=True
    ):
        items = suites[si]
        per[who].append((_run(rng, t, len(items), 0.9), items, m))
    for a, rs in zip(accts, per, strict=True):
        for ts, items, m in rs:
            ctx.emit(rng, a, ts, items, models=m, comp_median=450.0, err=0.01)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators behind one office NAT grading answers against a guideline


def magnatum(ctx: Ctx, rng: Gen) -> None:
    kind = "magnatum"
    tz = int(pick(rng, (5, 8, 2, -3)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 2, 3), tz)
    ver = irange(rng, 3, 12)
    ua = pick(rng, ("axios/1.7.9", bb.BROWSERS[0]))
    for _ in range(irange(rng, 12, 25)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz, weekend=0.02),
            float(rng.uniform(6, 12)),
            float(rng.uniform(80, 200)),
            0.7,
        )
        ts = _cat(sess)
        prompts = [tx.annotator_check(rng, ctx.chat, ctx.passages, ver) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.05),
            ips=pick(rng, office),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team of a publisher: a moderation pipeline plus moderators rewriting comments


def lagotto(ctx: Ctx, rng: Gen) -> None:
    kind = "lagotto"
    tz = int(pick(rng, (1, 2, 0)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = [("de", 0.45), ("en", 0.25), ("fr", 0.12), ("es", 0.1), ("pl", 0.08)]
    pipe = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="moderation_pipeline",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=bb.cloud(rng, 2, pick(rng, ("hetzner", "ovh", "aws"))),
        tz=tz,
    )
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(15, 35)) * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(19 - tz, 0.7),
    )
    ctx.emit(
        rng,
        pipe,
        ts,
        [tx.moderation(rng, tx.weighted(rng, langs)) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.2, 0.5),
        comp_median=90.0,
    )
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(rng, ctx.t0, ctx.t1, 3.0, bb.workday(tz, weekend=0.3), 6.0, 120.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation(rng, tx.weighted(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.1),
            comp_median=160.0,
        )


# --------------------------------------------------------------------------------------------
# independent developers running an open-source coding agent against their own keys

_AGENT_UAS = (
    "aider/0.72.1",
    "Cline/3.2.0",
    "opencode/0.1.140",
    "goose/1.0.4",
    "OpenAI/Python 1.58.1",
)


def trifolau(ctx: Ctx, rng: Gen) -> None:
    kind = "trifolau"
    for _ in range(irange(rng, 15, 30)):
        tz = int(pick(rng, bb.TZS))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=pick(rng, _AGENT_UAS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        curve = bb.workday(tz, weekend=0.3) if chance(rng, 0.6) else bb.evening_person(tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.7, 2.0)),
            curve,
            float(rng.uniform(12, 25)),
            float(rng.uniform(4, 9)),
            0.7,
        )
        prompts = [tx.agent_tool_turn(rng, j) for s in sess for j in range(len(s))]
        ts = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=300.0,
            extra=irange(rng, 800, 3000),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly batch paraphrasing intents for a classifier


def gleba(ctx: Ctx, rng: Gen) -> None:
    kind = "gleba"
    tz = int(pick(rng, (1, -5, 2, 8)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = [("en", 0.6), ("de", 0.2), ("es", 0.2)]
    ips = bb.cloud(rng, irange(rng, 1, 2), "azure")
    for k in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="batch_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        start_h = float(rng.uniform(1, 3)) + k
        parts = []
        for d in range(7):
            if chance(rng, 0.15):
                continue  # nothing to augment that night
            t = ctx.t0 + d * DAY + ((start_h - tz) % 24.0) * HOUR
            parts.append(_run(rng, t, irange(rng, 200, 500), 2.5))
        ts = _cat(parts)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment(rng, ctx.chat, tx.weighted(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.1, 0.7),
            comp_median=220.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# companion / character chat app: backend keys carrying many users' conversations


def truffle_hound(ctx: Ctx, rng: Gen) -> None:
    kind = "truffle_hound"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws", "digitalocean")))
    n = irange(rng, 2, 3)
    ts_all = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(30, 70)) * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(float(rng.uniform(1, 4)), 0.7),
    )
    who = rng.integers(0, n, size=len(ts_all))
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=backend,
        )
        ts = ts_all[who == i]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_msg(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=130.0,
            extra=irange(rng, 300, 900),
        )


# --------------------------------------------------------------------------------------------
# university research study: the same items sampled many times to measure answer variance


def bianchetto(ctx: Ctx, rng: Gen) -> None:
    kind = "bianchetto"
    tz = int(pick(rng, (1, -5, 0, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz) + bb.cloud(rng, 1, "hetzner")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=campus,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    n_exp = irange(rng, 6, 10)
    for e in range(n_exp):
        t = (
            ctx.t0 + float(rng.uniform(0.5, 6.5)) * DAY
            if e < 2
            else ctx.release + float(rng.uniform(0.1, 2.8)) * DAY
        )
        model = ctx.new_model if (t >= ctx.release and chance(rng, 0.6)) else ctx.old_models[0]
        a = pick(rng, accts)
        reps = irange(rng, 8, 20)
        ts_parts, prompts = [], []
        for _ in range(irange(rng, 20, 60)):
            item = tx.survey_item(rng)
            ts_parts.append(t + np.sort(rng.uniform(0, 3.0, size=reps)))
            prompts.extend([item] * reps)
            t += float(rng.uniform(4, 15))
        ts = _cat(ts_parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model,
            ips=picks(rng, campus, 1)[0],
            comp_median=6.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# translation agency: translators in a CAT tool plus a nightly pipeline


def scorzone(ctx: Ctx, rng: Gen) -> None:
    kind = "scorzone"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    targets = (
        "Polish",
        "German",
        "Japanese",
        "Brazilian Portuguese",
        "French",
        "Korean",
        "Turkish",
    )
    for _ in range(irange(rng, 5, 10)):
        tz = int(pick(rng, bb.TZS))
        lang = pick(rng, targets)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, ("memoQ/10.4.7", "Trados-Studio/18.0", bb.BROWSERS[1])),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            4.0,
            bb.workday(tz),
            float(rng.uniform(8, 16)),
            float(rng.uniform(50, 120)),
        )
        n_seg = irange(rng, 150, 600)
        prompts = [
            tx.segment(rng, ctx.passages, lang, j % n_seg + 1, n_seg)
            for s in sess
            for j in range(len(s))
        ]
        ts = _cat(sess)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.1), comp_median=70.0)
    pipe = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="pipeline",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 1, "ovh"),
    )
    parts = [
        _run(rng, ctx.t0 + d * DAY + float(rng.uniform(0, 3)) * HOUR, irange(rng, 100, 300), 1.5)
        for d in range(7)
        if not chance(rng, 0.3)
    ]
    ts = _cat(parts)
    prompts = [
        tx.segment(rng, ctx.passages, pick(rng, targets), j + 1, len(ts)) for j in range(len(ts))
    ]
    ctx.emit(rng, pipe, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=70.0)


# --------------------------------------------------------------------------------------------
# course cohort: students with course-sponsored keys, labs on campus, homework at home


def norcia(ctx: Ctx, rng: Gen) -> None:
    kind = "norcia"
    tz = int(pick(rng, (-5, -8, 0, 1, 5, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    lab_days = sorted(rng.permutation(5)[:2].tolist())
    lab_h = float(rng.uniform(9, 15))
    week0 = ctx.t0 - (
        (bb.weekday(np.asarray([ctx.t0]), tz)[0]) * DAY
    )  # Monday of the first week (about)
    labs = [week0 + d * DAY + (lab_h - tz) * HOUR for d in lab_days] + [
        week0 + (7 + d) * DAY + (lab_h - tz) * HOUR for d in lab_days
    ]
    labs = [t for t in labs if ctx.t0 < t < ctx.t1 - 2 * HOUR]
    langs = LANG_OF_TZ[tz]
    for _ in range(irange(rng, 35, 70)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.8) else pick(rng, bb.BROWSERS)
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        for w, lab in enumerate(labs):
            if chance(rng, 0.15):
                continue
            k = irange(rng, 6, 25)
            ts = (
                lab + float(rng.uniform(0, 1200)) + np.sort(rng.uniform(0, 2 * HOUR - 1200, size=k))
            )
            ctx.emit(
                rng,
                a,
                ts,
                [tx.assignment(rng, ctx.chat, ctx.passages, w) for _ in range(k)],
                models=ctx.models(rng, ts, 0.1, 0.7),
                ips=pick(rng, campus),
                comp_median=120.0,
            )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.9)), bb.evening_person(tz), 4.0, 90.0
        )
        ts = _cat(sess)
        field = pick(rng, ("med", "law", "fin"))
        prompts = [
            tx.study_question(rng, field, "en")
            if chance(rng, 0.3)
            else (
                tx.opener(rng, ctx.chat, langs[0])
                if chance(rng, 0.5)
                else tx.chat_short(rng, ctx.chat)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.3),
            ips=home[0],
            comp_median=400.0,
        )


# --------------------------------------------------------------------------------------------
# a start-up whose quiet test account launches its product on the new model


def ascocarp(ctx: Ctx, rng: Gen) -> None:
    kind = "ascocarp"
    tz = int(pick(rng, (-8, -5, 0, 1, 2, 5)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    home = bb.home(rng, 1, tz)
    launch = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="founder_key",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=home,
            tz=tz,
        )
        pre = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                launch,
                float(rng.uniform(1, 3)),
                bb.workday(tz, end=22.0, weekend=0.6),
                5.0,
                60.0,
            )
        )
        pre_prompts = [
            tx.meeting_summary(rng, ctx.passages)
            if chance(rng, 0.6)
            else tx.chat_short(rng, ctx.chat)
            for _ in range(len(pre))
        ]
        ctx.emit(rng, a, pre, pre_prompts, models=ctx.models(rng, pre, 0.8, 0.2), comp_median=400.0)
        peak = float(rng.uniform(40, 90))

        def ramp(ts: np.ndarray, peak_h: float = 17.0 - tz) -> np.ndarray:
            grow = np.clip((np.asarray(ts) - launch) / (ctx.t1 - launch), 0.0, 1.0)
            return grow * bb.global_load(peak_h % 24.0, 0.6)(ts)

        post = bb.thinned(rng, launch, ctx.t1, peak * 0.35 * (ctx.t1 - launch) / HOUR, ramp)
        ctx.emit(
            rng,
            a,
            post,
            [tx.meeting_summary(rng, ctx.passages) for _ in range(len(post))],
            models=ctx.models(rng, post, 0.95, 0.0),
            ua="OpenAI/NodeJS 4.85.1",
            ips=picks(rng, bb.cloud(rng, 3, "aws"), len(post)),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Gen], None]] = {
    "perigord": perigord,
    "magnatum": magnatum,
    "lagotto": lagotto,
    "trifolau": trifolau,
    "gleba": gleba,
    "truffle_hound": truffle_hound,
    "bianchetto": bianchetto,
    "scorzone": scorzone,
    "norcia": norcia,
    "ascocarp": ascocarp,
}
