"""Benign hard-negative kinds of batch 243 (code names from quillwork).

Each kind is `f(ctx, rng)`: legitimate API users built to resemble one of this batch's campaign
families (or a campaign in general). Every random choice comes from the kind's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind243 import texts as tx
from bench.monitor_blind243.families import BG_BROWSER, cards

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# ============================================================================================
# evaluation lab: benchmark sweeps with step-by-step prompts, the same items on every model


def quill_flattener(ctx: Ctx, rng: Rng) -> None:
    kind = "quill_flattener"
    n = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    benches = {
        "mathqa": irange(rng, 300, 700),
        "cot-mc": irange(rng, 200, 500),
        "short-ans": irange(rng, 150, 400),
    }
    names = sorted(benches)
    # scheduled regression runs on the old models, then a full sweep of every model after the release
    runs: list[tuple[float, str, str]] = []
    for d in range(7):
        if chance(rng, 0.7):
            runs.append(
                (
                    ctx.t0 + d * DAY + float(rng.uniform(1, 5)) * HOUR,
                    pick(rng, names),
                    ctx.old_models[0],
                )
            )
    for m in [*ctx.old_models, ctx.new_model]:
        for b in names:
            runs.append((ctx.release + float(rng.uniform(2, 30)) * HOUR, b, m))
    for r, (s, b, m) in enumerate(runs):
        a = accts[r % n]
        k = benches[b]
        gaps = rng.lognormal(np.log(0.9), 0.5, size=k)
        ts = s + np.cumsum(gaps)
        prompts = [tx.benchmark_item(rng, b, j) for j in range(k)]
        ctx.emit(
            rng, a, ts, prompts, models=m, comp_median=420.0 if b != "short-ans" else 40.0, err=0.02
        )
    # engineers poking at the models by hand
    for a in accts[:2]:
        t = bb.thinned(rng, ctx.t0, ctx.t1, 25 * 7, bb.workday(-8))
        ctx.emit(
            rng,
            a,
            t,
            [tx.clip(pick(rng, ctx.chat), 800) for _ in range(len(t))],
            models=ctx.models(rng, t, p_new=0.6),
            ips=bb.home(rng, 1, -8)[0],
        )


# ============================================================================================
# labelling vendor: annotators' tool grading replies with rubrics, two offices


def bone_creaser(ctx: Ctx, rng: Rng) -> None:
    kind = "bone_creaser"
    n = irange(rng, 6, 15)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = [(5, bb.home(rng, irange(rng, 1, 2), 5)), (8, bb.home(rng, irange(rng, 1, 2), 8))]
    guideline = f"{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    ua = pick(rng, BG_BROWSER[:2])
    for i in range(n):
        tz, ips = offices[i % 2]
        a = _acct(ctx, rng, kind, "annotation_team", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(80, 220)) * 5,
            bb.workday(tz, 9.0, 18.0, 0.02, 0.0),
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.6):
                prompts.append(
                    tx.vendor_judge(rng, guideline, pick(rng, ctx.chat), pick(rng, ctx.passages))
                )
            else:
                prompts.append(
                    tx.judge_prompt(
                        rng,
                        pick(rng, ("rubric", "pair")),
                        "en",
                        pick(rng, ctx.chat),
                        pick(rng, ctx.passages),
                        pick(rng, ctx.passages),
                    )
                )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=180.0,
        )


# ============================================================================================
# trust & safety team: multilingual moderation and compliant rewrites, 24/7


def dye_bath(ctx: Ctx, rng: Rng) -> None:
    kind = "dye_bath"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), "aws")
    langs = ["en", "ar", "tr", "ru", "zh", "vi", "es", "hi"]
    for _ in range(n):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        pools = bb.worker_pool(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), 1, bb.global_load(15.0, 0.4)
        )
        ts = pools[0]
        prompts = [
            tx.moderation_prompt(rng, pick(rng, langs), pick(rng, ctx.chat)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.6),
            comp_median=90.0,
            comp_sigma=0.5,
        )


# ============================================================================================
# coding-agent users: developers with their own keys in an IDE agent, chained tool calls


def birchbark_box(ctx: Ctx, rng: Rng) -> None:
    kind = "birchbark_box"
    n = irange(rng, 15, 30)
    ua = (
        f"openai-node/4.85.1 ide-agent/{irange(rng, 1, 3)}.{irange(rng, 0, 9)}.{irange(rng, 0, 20)}"
    )
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = _acct(
            ctx, rng, kind, "developer", ua=ua, ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)) * 7, bb.workday(tz, weekend=0.15)
        )
        runs = bb.bursts(
            rng, starts, float(rng.uniform(5, 18)), float(rng.uniform(3, 10)), 0.7, b=ctx.t1
        )
        if not runs:
            continue
        ts = np.sort(np.concatenate(runs))
        prompts = [
            tx.coding_agent_prompt(rng, pick(rng, ctx.chat), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=300.0,
            extra=rng.integers(400, 3000, size=len(ts)),
        )


# ============================================================================================
# data-augmentation team: bursts generating paraphrases for their own intent classifier


def moosehair_tuft(ctx: Ctx, rng: Rng) -> None:
    kind = "moosehair_tuft"
    n = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5))
    office = bb.home(rng, 1, tz)
    runner = bb.cloud(rng, 2, "azure")
    for i in range(n):
        a = _acct(
            ctx,
            rng,
            kind,
            "ml_engineer",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.7),
            ips=office if i == 0 else runner,
            tz=tz,
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)) * 5,
            bb.workday(tz, weekend=0.0, night=0.0),
        )
        jobs = bb.bursts(
            rng, starts, float(rng.uniform(40, 150)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
        )
        if not jobs:
            continue
        ts = np.sort(np.concatenate(jobs))
        prompts = [tx.augmentation_prompt(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=260.0,
            err=0.03,
        )


# ============================================================================================
# companion role-play fans with their own keys: long multi-turn evening sessions


def sinew_thread(ctx: Ctx, rng: Rng) -> None:
    kind = "sinew_thread"
    n = irange(rng, 20, 40)
    client = pick(
        rng,
        ("TavernDesk/1.12.4 Electron/33.2.0", "HearthChat/0.9.7 (Electron)", "Dart/3.6 (dart:io)"),
    )
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        phone = chance(rng, 0.3)
        if phone:
            ips = bb.mobile_v6(
                rng,
                irange(rng, 4, 12),
                pick(rng, ("us_mobile", "br_mobile", "eu_mobile", "in_mobile")),
            )
        else:
            ips = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "roleplay_user", ua=client, ips=ips, tz=tz)
        persona = pick(rng, tx.COMPANION_NAMES)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.6)),
            bb.evening_person(tz, 1.5),
            float(rng.uniform(15, 40)),
            float(rng.uniform(30, 90)),
        )
        for s in sessions:
            history: list[str] = []
            prompts = []
            for _ in range(len(s)):
                msg = tx.clip(pick(rng, ctx.chat), 300)
                prompts.append(tx.companion_prompt(rng, persona, history[-8:], msg))
                history += [msg, tx.clip(pick(rng, ctx.passages), 240)]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, p_new=0.35, p_mini=0.25),
                comp_median=160.0,
                comp_sigma=0.5,
            )


# ============================================================================================
# a university course cohort: one org and grant card, campus NAT by day, homes at night, deadlines


def spot_stitch(ctx: Ctx, rng: Rng) -> None:
    kind = "spot_stitch"
    n = irange(rng, 25, 60)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(
        rng, ("STAT 201", "Intro to Econometrics", "CS 1030", "Biostatistics I", "Data Science 101")
    )
    deadlines = [
        ctx.t0 + float(rng.uniform(2.3, 3.0)) * DAY,
        ctx.t0 + float(rng.uniform(5.5, 6.8)) * DAY,
    ]

    def pressure(ts: np.ndarray) -> np.ndarray:
        w = bb.evening_person(tz, 3.0)(ts)
        near = sum(np.exp(-np.clip(d - ts, 0, None) / (0.6 * DAY)) * (ts < d) for d in deadlines)
        return np.clip(0.25 * w + 0.75 * w * near, 0, 1)

    for _ in range(n):
        home = bb.home(rng, 1, tz)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.75) else pick(rng, bb.BROWSERS)
        a = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=[*campus, *home], tz=tz)
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), pressure, 4.0, 80.0
        )
        if not sessions:
            continue
        ts = np.sort(np.concatenate(sessions))
        h = bb.local_hour(ts, tz)
        on_campus = (h >= 9) & (h < 17) & (bb.weekday(ts, tz) < 5)
        ips = [pick(rng, campus) if c else home[0] for c in on_campus.tolist()]
        week = 1 + int(rng.integers(5, 9))
        prompts = [
            tx.assignment_prompt(rng, course, week, pick(rng, ctx.chat)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            ips=ips,
            comp_median=380.0,
        )


# ============================================================================================
# a research study: the same questionnaire item sampled many times on every model


def zigzag_band(ctx: Ctx, rng: Rng) -> None:
    kind = "zigzag_band"
    n = irange(rng, 1, 2)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 1, "aws") + bb.home(rng, 1, 1)
    for _ in range(n):
        a = _acct(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=ips,
            tz=1,
        )
        days = sorted(rng.choice(7, size=irange(rng, 2, 4), replace=False).tolist())
        for d in days:
            s = ctx.t0 + d * DAY + float(rng.uniform(9, 15)) * HOUR
            models = [*ctx.old_models] + ([ctx.new_model] if s >= ctx.release else [])
            for item in range(irange(rng, 10, 30)):
                k = pick(rng, (20, 30, 50))
                for m in models:
                    ts = s + np.cumsum(rng.lognormal(np.log(0.7), 0.3, size=k))
                    ctx.emit(
                        rng,
                        a,
                        ts,
                        tx.study_item(rng, item),
                        models=m,
                        comp_median=8.0,
                        comp_sigma=0.6,
                    )
                    s = float(ts[-1]) + float(rng.uniform(2, 20))


# ============================================================================================
# an API reseller / agency: one key per client, shared card, a few proxy servers


def loom_quill(ctx: Ctx, rng: Rng) -> None:
    kind = "loom_quill"
    n = irange(rng, 8, 20)
    org = bb.hexid(rng, "org")
    pays = cards(rng, n, pick(rng, ("shared", "few")))
    servers = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("hetzner", "ovh", "digitalocean")))
    ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "reqwest/0.12.12"))
    brands = ("Pollenly", "Quickmemo", "Herald AI", "Tutorly", "Marketeer", "ShopAssist")
    for i in range(n):
        a = _acct(ctx, rng, kind, "client_key", org=org, pay=pays[i], ua=ua, ips=servers)
        vol = float(rng.lognormal(np.log(120), 0.9))
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            vol * 7,
            bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.8))),
        )
        brand = pick(rng, brands)
        wrap = chance(rng, 0.4)
        prompts = [
            tx.app_wrap(rng, brand, tx.clip(pick(rng, ctx.chat), 1200))
            if wrap
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.1, 0.8)), p_mini=0.2),
            comp_median=310.0,
        )


# ============================================================================================
# a tutoring product: nightly lesson-library generation over a syllabus plus live student questions


def quill_rosette(ctx: Ctx, rng: Rng) -> None:
    kind = "quill_rosette"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 5))
    ips = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    build = _acct(
        ctx,
        rng,
        kind,
        "library_builder",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=ips,
        tz=tz,
    )
    live = _acct(
        ctx, rng, kind, "live_tutor", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips, tz=tz
    )
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 200)) * 7, bb.nightly(1.0, 5.0, tz))
    prompts = [
        tx.lesson_prompt(rng, irange(rng, 3, 12))
        if chance(rng, 0.7)
        else tx.curriculum_item(irange(rng, 0, 1199), "en", "header")
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        build,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
        comp_median=650.0,
    )
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)) * 7, bb.evening_person(tz, 3.0)
    )
    prompts = [
        tx.tutoring_prompt(rng, irange(rng, 3, 12), pick(rng, ctx.chat)) for _ in range(len(ts))
    ]
    ctx.emit(
        rng, live, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.4), comp_median=220.0
    )


BENIGN_KINDS: dict[str, Callable] = {
    "quill_flattener": quill_flattener,
    "bone_creaser": bone_creaser,
    "dye_bath": dye_bath,
    "birchbark_box": birchbark_box,
    "moosehair_tuft": moosehair_tuft,
    "sinew_thread": sinew_thread,
    "spot_stitch": spot_stitch,
    "zigzag_band": zigzag_band,
    "loom_quill": loom_quill,
    "quill_rosette": quill_rosette,
}
