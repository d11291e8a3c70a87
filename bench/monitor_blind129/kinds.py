"""Benign hard-negative kinds of batch 129 (code names from farriery).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind129 import texts
from bench.monitor_blind129.families import BG_BROWSERS


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _train(rng: np.random.Generator, start: float, n: int, per_s: float) -> np.ndarray:
    """`n` requests from a client with a fixed concurrency: about `per_s` a second."""
    return start + np.cumsum(rng.exponential(1.0 / per_s, size=n))


# --------------------------------------------------------------------------------------------


def hoof_rasp(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: chain-of-thought benchmark runs (multilingual maths) on the old models and,
    within hours of the release, on the new one; one run = one key at high concurrency."""
    kind = "hoof_rasp"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    keys = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 3, 6))
    ]
    bank = irange(rng, 400, 900)
    langs = ["en", "es", "de", "fr", "ja", "zh", "sw"]
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, ctx.old_models))
        for _ in range(irange(rng, 1, 3))
    ]
    runs.append((ctx.release + float(rng.uniform(0.5, 3.0)) * HOUR, ctx.new_model))
    runs += [
        (ctx.release + float(rng.uniform(0.5, 2.8)) * DAY, ctx.new_model)
        for _ in range(irange(rng, 1, 3))
    ]
    for i, (start, model) in enumerate(runs):
        acct = keys[i % len(keys)]
        n = irange(rng, bank // 2, bank)
        ts = _train(rng, start, n, float(rng.uniform(2, 6)))
        qids = rng.permutation(bank)[:n].tolist()
        shots = irange(rng, 0, 3)
        prompts = [texts.eval_item(rng, q, langs[q % len(langs)], shots) for q in qids]
        ctx.emit(
            rng, acct, ts, prompts, models=[model] * n, comp_median=380.0, comp_sigma=0.5, err=0.02
        )


def toe_clip(ctx: Ctx, rng: np.random.Generator) -> None:
    """Product QA: a company grades its own support bot's replies with a rubric every night and
    compares prompt versions during the day (LLM-as-judge on its own data)."""
    kind = "toe_clip"
    company = pick(rng, ("Brightcart", "Tollway Mobile", "Hearthside Insurance", "Pelican Air"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ips = cloud(rng, 2, "aws")
    for role in ("nightly_qa", "ab_review", "nightly_qa")[: irange(rng, 2, 3)]:
        acct = _benign(
            ctx, rng, kind, role, org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips, tz=tz
        )
        if role == "nightly_qa":
            ts_l = []
            day = np.floor(ctx.t0 / DAY) * DAY
            while day < ctx.t1:
                s = day + (float(rng.uniform(1, 3)) - tz) * HOUR
                ts_l.append(_train(rng, s, irange(rng, 120, 350), float(rng.uniform(0.5, 2))))
                day += DAY
            ts = np.concatenate(ts_l)
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 500)), workday(tz))
        prompts = [texts.qa_judge_prompt(rng, company, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=120.0,
            comp_sigma=0.4,
        )


def pritchel(ctx: Ctx, rng: np.random.Generator) -> None:
    """Trust & safety: a marketplace's moderation service asks for ALLOW/EDIT/REMOVE decisions and
    minimal policy-compliant edits of posts in several languages, around the clock."""
    kind = "pritchel"
    platform = pick(rng, ("Tradepost", "Mercadito", "Swapnest", "Bazaarly"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    load = global_load(float(rng.uniform(12, 20)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp"))),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 1800)), load)
        prompts = [texts.moderation_prompt(rng, platform, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=90.0,
            comp_sigma=0.5,
        )


def clincher(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding-agent product: developers worldwide start repository tasks; each runs several tool
    steps seconds apart with big repository context."""
    kind = "clincher"
    product = pick(rng, ("forgepilot", "patchwright", "codewren"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    curve = multi_office([-8, -5, 1, 5, 9])
    prov = pick(rng, ("aws", "gcp"))
    for _ in range(irange(rng, 5, 9)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, 2, prov),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 130)), curve)
        ts_l, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 15)
            task = pick(rng, texts._REPO_TASKS).format(n=irange(rng, 100, 999))
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.7, size=k - 1))])
            )
            prompts += [texts.coding_agent_step(rng, task, i, product) for i in range(k)]
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            comp_median=300.0,
            extra=rng.integers(2000, 6000, size=len(ts)),
        )


def egg_bar(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data augmentation: an NLU team generates paraphrased customer utterances to train its own
    intent classifier, in batches during office hours."""
    kind = "egg_bar"
    domain = pick(rng, ("banking", "telecom", "food delivery", "utilities"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    ips = resi(rng, 1, "eu") + cloud(rng, 1, "azure")
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "nlu_engineer",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(5, 10)), workday(tz, weekend=0.0, night=0.0)
        )
        for s in starts.tolist():
            ts = _train(rng, s, irange(rng, 30, 120), float(rng.uniform(0.3, 1.0)))
            prompts = [texts.augmentation_prompt(rng, domain) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
                comp_median=650.0,
                comp_sigma=0.4,
            )


def heart_bar(ctx: Ctx, rng: np.random.Generator) -> None:
    """University course cohort: one course org and card, a key per student; homework sessions at
    home in the evening, a weekly lab from the campus network, a rush before the deadline."""
    kind = "heart_bar"
    tz = pick(rng, (-5, 0, 1, 9))
    subject = pick(rng, list(texts.SUBJECTS))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region = {-5: "us", 0: "eu", 1: "eu", 9: "jp_kr"}[tz]
    campus = resi(rng, 1, region)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    lab_wd = irange(rng, 0, 3)
    lab_day = next(
        d for d in range(7) if int(weekday(np.array([day0 + (d + 0.5) * DAY]), tz)[0]) == lab_wd
    )
    lab = day0 + lab_day * DAY + (14 - tz) * HOUR
    deadline = day0 + irange(rng, 4, 6) * DAY + (23.9 - tz) * HOUR
    for _ in range(irange(rng, 25, 60)):
        ua = "OpenAI/Python 1.54.0" if rng.random() < 0.7 else pick(rng, BG_BROWSERS)
        acct = _benign(
            ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=home(rng, 1, tz), tz=tz
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 150)),
        )
        sess += session_times(
            rng,
            deadline - 2 * DAY,
            deadline,
            float(rng.uniform(1, 3)),
            evening_person(tz, 3.0),
            5.0,
            90.0,
        )
        for s in sess:
            if len(s):
                prompts = [texts.course_prompt(rng, subject, 3, ctx.chat) for _ in range(len(s))]
                ctx.emit(
                    rng,
                    acct,
                    s,
                    prompts,
                    models=ctx.models(rng, s, p_new=0.1, p_mini=0.7),
                    comp_median=380.0,
                )
        if rng.random() < 0.85:
            s = (
                lab
                + float(rng.uniform(0, 20)) * 60
                + np.cumsum(rng.lognormal(np.log(200), 0.6, size=irange(rng, 5, 20)))
            )
            prompts = [texts.course_prompt(rng, subject, 3, ctx.chat) for _ in range(len(s))]
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, p_new=0.1, p_mini=0.7),
                ips=campus[0],
                comp_median=380.0,
            )


def drive_punch(ctx: Ctx, rng: np.random.Generator) -> None:
    """Creative-variants app: each user click asks for three or four variants of the same copy, sent
    as identical parallel requests."""
    kind = "drive_punch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    load = global_load(float(rng.uniform(14, 19)), 0.7)
    for _ in range(2):
        acct = _benign(
            ctx,
            rng,
            kind,
            "app_server",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 3), "vultr"),
        )
        clicks = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(500, 900)), load)
        ts_l, prompts = [], []
        for c in clicks.tolist():
            k = pick(rng, (3, 4))
            ts_l.append(c + rng.uniform(0, 0.4, size=k))
            prompts += [texts.variant_prompt(rng)] * k
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=70.0,
            comp_sigma=0.5,
        )


def hoof_tester(ctx: Ctx, rng: np.random.Generator) -> None:
    """Research study: a university group replays a fixed sample of public chat prompts on the old
    and the new model, several repeats each, at a steady scripted rate right after the release."""
    kind = "hoof_tester"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uni = resi(rng, 2, pick(rng, ("us", "eu")))
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 400, 900), replace=False).tolist()
    ]
    arms = [ctx.old_models[0], ctx.new_model]
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            f"arm_{m}",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=uni,
        )
        for m in arms
    ]
    pilot = sample[: irange(rng, 30, 60)]
    t = ctx.t0 + float(rng.uniform(1, 3)) * DAY
    ctx.emit(
        rng,
        keys[0],
        _train(rng, t, len(pilot), 0.3),
        pilot,
        models=arms[0],
        comp_median=400.0,
        comp_sigma=0.8,
    )
    reps = irange(rng, 2, 3)
    start = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    for acct, model in zip(keys, arms, strict=True):
        prompts = [p for p in sample for _ in range(reps)]
        ts = _train(
            rng, start + float(rng.uniform(0, 600)), len(prompts), float(rng.uniform(0.25, 0.5))
        )
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=400.0, comp_sigma=0.8)


def rocker_toe(ctx: Ctx, rng: np.random.Generator) -> None:
    """White-label reseller: an agency runs website assistants and content jobs for small clients
    through a few keys on one org and card; chat by day, content batches at night."""
    kind = "rocker_toe"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0))
    prov = pick(rng, ("hetzner", "digitalocean"))
    for i in range(irange(rng, 4, 7)):
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
        acct = _benign(
            ctx,
            rng,
            kind,
            f"client_tier_{i}",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=tz,
        )
        day = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(250, 700)), workday(tz, weekend=0.4, night=0.1)
        )
        night = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 250)), nightly(2.0, 2.0, tz))
        ts = np.sort(np.concatenate([day, night]))
        prompts = [texts.reseller_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.25),
            comp_median=450.0,
        )


def wedge_pad(ctx: Ctx, rng: np.random.Generator) -> None:
    """Edtech publisher: a content team generates graded lessons and practice questions for its own
    app in batches during office hours, moving to the new model after the release."""
    kind = "wedge_pad"
    tz = pick(rng, (9, 1))
    lang_pool = ("en", "ja", "ja") if tz == 9 else ("en", "de", "de")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 1, "jp_kr" if tz == 9 else "eu")
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "content_editor",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(5, 12)), workday(tz, weekend=0.0, night=0.0)
        )
        for s in starts.tolist():
            ts = _train(rng, s, irange(rng, 40, 150), float(rng.uniform(0.1, 0.4)))
            prompts = [texts.k12_lesson_prompt(rng, pick(rng, lang_pool)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
                comp_median=700.0,
                comp_sigma=0.4,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "hoof_rasp": hoof_rasp,
    "toe_clip": toe_clip,
    "pritchel": pritchel,
    "clincher": clincher,
    "egg_bar": egg_bar,
    "heart_bar": heart_bar,
    "drive_punch": drive_punch,
    "hoof_tester": hoof_tester,
    "rocker_toe": rocker_toe,
    "wedge_pad": wedge_pad,
}
