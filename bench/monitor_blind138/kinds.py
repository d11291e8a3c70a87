"""Benign hard-negative kinds of blind batch 138 (code names from luthiery).

Each kind is a function `(ctx, rng)` creating legitimate accounts (label "benign", family = the
kind's name) built to resemble one of this batch's campaign families, or a campaign in general.
The README in this folder says what each kind looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind138 import texts as tx

Rng = np.random.Generator


def _u(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _user(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _work_start(rng: Rng, day_start: float, tz: int) -> float:
    """A moment in local working hours (09:30-17:00) of the day beginning at `day_start` (UTC)."""
    return day_start + (_u(rng, 9.5, 17.0) - tz) * HOUR


def tap_tuning(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab running a fixed reasoning benchmark: regression runs before, and a flurry of
    runs on every model right after the release."""
    kind = "tap_tuning"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    ips = cloud(rng, irange(rng, 1, 2), "aws")
    accts = [
        _user(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    bank = [tx.bench_item(rng) for _ in range(irange(rng, 300, 700))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for _ in range(irange(rng, 2, 4)):
        d = day0 + irange(rng, 0, 3) * DAY
        runs.append((_work_start(rng, d, tz), pick(rng, (old, mini))))
    first = ctx.release + _u(rng, 1, 9) * HOUR
    for r in range(irange(rng, 2, 4)):
        runs.append((first + r * _u(rng, 0.3, 1.5) * HOUR, new))
    runs.append((first + _u(rng, 2, 8) * HOUR, old))
    for _ in range(irange(rng, 1, 3)):
        runs.append(
            (_work_start(rng, np.floor(ctx.release / DAY) * DAY + irange(rng, 1, 2) * DAY, tz), new)
        )
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "m": []} for _ in accts]
    for start, model in runs:
        k = int(rng.integers(len(accts)))
        t = start + np.cumsum(rng.lognormal(np.log(_u(rng, 0.3, 1.2)), 0.5, size=len(bank)))
        cols[k]["ts"].extend(t.tolist())
        cols[k]["p"].extend(bank)
        cols[k]["m"].extend([model] * len(bank))
    for acct, c in zip(accts, cols, strict=True):
        ctx.emit(
            rng,
            acct,
            np.asarray(c["ts"]),
            c["p"],
            models=c["m"],
            comp_median=_u(rng, 500, 800),
            err=0.02,
        )


def fret_dressing(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor whose annotators get model pre-labels and checks in their browser tool."""
    kind = "fret_dressing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, home(rng, 2, tz)) for tz in (pick(rng, (8, 5)), pick(rng, (1, 3, -3)))]
    projects = [
        (
            f"Project {pick(rng, ('Heron', 'Basalt', 'Juniper', 'Caravel', 'Osprey'))}-{irange(rng, 2, 9)}",
            irange(rng, 2, 7),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    for _ in range(irange(rng, 15, 30)):
        tz, nat = pick(rng, offices)
        acct = _user(
            ctx, rng, kind, "annotator", org=org, pay=card, ua=pick(rng, BROWSERS), ips=nat, tz=tz
        )
        shift = _u(rng, 6.5, 14.0)
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                _u(rng, 1.5, 3.0),
                workday(tz, shift, shift + 8.5),
                _u(rng, 15, 40),
                _u(rng, 40, 110),
            )
        )
        project, version = pick(rng, projects)
        prompts = [
            tx.prelabel_prompt(rng, project, version, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=_u(rng, 110, 170),
        )


def nut_slotting(ctx: Ctx, rng: Rng) -> None:
    """A social platform's trust-and-safety pipeline reviewing reported posts around the clock."""
    kind = "nut_slotting"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    platform = pick(rng, ("Threadline", "Pinecone Social", "Murmur", "Yardsale Market"))
    langs = {"en": 0.5, "es": 0.15, "pt": 0.1, "de": 0.1, "tr": 0.07, "id": 0.08}
    load = global_load(_u(rng, 13, 19), 0.45)
    for _ in range(irange(rng, 1, 2)):
        acct = _user(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 500, 1100) * 7, load)
        prompts = [
            tx.moderation_prompt(rng, platform, pick(rng, ctx.chat), tx.lang_pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.45),
            comp_median=_u(rng, 150, 220),
        )


def go_bar(ctx: Ctx, rng: Rng) -> None:
    """An engineering team whose IDE coding agent loops over files, tests and edits."""
    kind = "go_bar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 6, 15)):
        acct = _user(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 3, 8),
            workday(tz, weekend=0.1),
            _u(rng, 6, 18),
            _u(rng, 4, 10),
        )
        ts_parts, prompts, extra, ips = [], [], [], []
        for s in sess:
            ts_parts.append(s)
            ip = acct.ips[0] if chance(rng, 0.7) else acct.ips[-1]
            ctxlen = irange(rng, 3000, 9000)
            for j in range(len(s)):
                prompts.append(tx.coding_agent_step(rng, j == 0))
                extra.append(ctxlen)
                ctxlen += irange(rng, 200, 1500)
                ips.append(ip)
        ts = _cat(ts_parts)
        u = rng.random(len(ts))
        status = np.where(u < 0.01, 400, np.where(u < 0.03, 429, 200))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55),
            ips=ips,
            status=status,
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=_u(rng, 250, 450),
        )


def cam_clamp(ctx: Ctx, rng: Rng) -> None:
    """A startup generating paraphrases and labels for its own support-intent classifier."""
    kind = "cam_clamp"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2))
    ip = cloud(rng, 1, "gcp")
    company = pick(
        rng, ("Lumen Grocers", "Parcelly", "Brightmoor Fitness", "Kettle & Co", "Nordhaven Bank")
    )
    for _ in range(irange(rng, 1, 2)):
        acct = _user(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ip,
            tz=tz,
        )
        day0 = np.floor(ctx.t0 / DAY) * DAY
        nights = np.array([day0 + d * DAY + (1.0 - tz) * HOUR + _u(rng, 0, 1800) for d in range(8)])
        nights = nights[weekday(nights, tz) < 5]
        ts = _cat(
            bursts(rng, nights, _u(rng, 80, 250), _u(rng, 1.5, 4.0), b=ctx.t1)
            + [thinned(rng, ctx.t0, ctx.t1, _u(rng, 5, 15) * 7, workday(tz))]
        )
        prompts = [tx.augment_prompt(rng, company) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=_u(rng, 550, 850),
        )


def neck_reset(ctx: Ctx, rng: Rng) -> None:
    """A companion app's backend: persona, memory and history in every request, evening-heavy load."""
    kind = "neck_reset"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ips = cloud(rng, irange(rng, 3, 6), prov)
    tz = pick(rng, (-8, -5, 0, 1))
    for env in ["prod"] * irange(rng, 1, 2) + ["staging"]:
        acct = _user(
            ctx,
            rng,
            kind,
            f"app_backend_{env}",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        if env == "prod":
            ts = thinned(
                rng, ctx.t0, ctx.t1, _u(rng, 700, 1500) * 7, global_load(_u(rng, 19, 23) % 24, 0.7)
            )
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 20, 60) * 7, workday(tz))
        prompts = [tx.companion_message(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.6),
            extra=rng.integers(1500, 5000, size=len(ts)),
            comp_median=_u(rng, 70, 120),
            comp_sigma=0.7,
        )


def hide_glue(ctx: Ctx, rng: Rng) -> None:
    """A university calibration study: each question sampled several times, confidence requested."""
    kind = "hide_glue"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    campus = home(rng, irange(rng, 2, 3), tz)
    study = pick(rng, ("CALIB", "UNCERT-2", "SELFCON", "HEDGE"))
    questions = list(tx.TRIVIA) + [
        f"What is {irange(rng, 11, 99)} times {irange(rng, 11, 99)}?" for _ in range(30)
    ]
    questions += [tx.natural_question(rng, "en") for _ in range(40)]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for _ in range(irange(rng, 3, 6)):
        acct = _user(
            ctx,
            rng,
            kind,
            "student_researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        variant = irange(rng, 0, 2)
        parts, prompts, models = [], [], []
        for _ in range(irange(rng, 1, 3)):
            t = _work_start(rng, day0 + irange(rng, 0, 6) * DAY, tz)
            model = ctx.new_model if (t >= ctx.release and chance(rng, 0.6)) else ctx.old_models[0]
            idx = rng.choice(
                len(questions), size=min(len(questions), irange(rng, 40, 100)), replace=False
            )
            k = irange(rng, 5, 10)
            for q in idx.tolist():
                for _ in range(k):
                    prompts.append(tx.study_prompt(rng, study, q, questions[q], variant))
            n = len(prompts) - len(models)
            parts.append(t + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n)))
            models.extend([model] * n)
        manual = _cat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.3, 1.0), evening_person(tz), 3, 60)
        )
        parts.append(manual)
        prompts.extend(tx.clip_text(rng, pick(rng, ctx.chat), 10, 800) for _ in range(len(manual)))
        models.extend(ctx.models(rng, manual, p_new=0.5))
        ctx.emit(rng, acct, _cat(parts), prompts, models=models, comp_median=_u(rng, 50, 110))


def french_polish(ctx: Ctx, rng: Rng) -> None:
    """A programming course cohort: everyone pastes the same exercises, with a deadline rush."""
    kind = "french_polish"
    tz = pick(rng, (-5, -3, 0, 1, 5))
    course = pick(rng, ("CS101", "PyStart", "Code Club", "DataBootcamp"))
    week = irange(rng, 2, 8)
    exercises = [str(x) for x in rng.choice(tx.EXERCISES, size=6, replace=False)]
    deadline = np.floor(ctx.t0 / DAY) * DAY + irange(rng, 4, 6) * DAY + (23.5 - tz) * HOUR
    for _ in range(irange(rng, 30, 60)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        acct = _user(ctx, rng, kind, "student", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 0.5, 1.4),
            evening_person(tz),
            _u(rng, 3, 8),
            _u(rng, 60, 200),
        )
        sess += session_times(
            rng,
            deadline - 30 * HOUR,
            deadline,
            _u(rng, 1, 3),
            evening_person(tz),
            _u(rng, 4, 9),
            _u(rng, 50, 150),
        )
        parts, prompts = [], []
        for s in sess:
            parts.append(s)
            for j in range(len(s)):
                ex = irange(rng, 0, len(exercises) - 1)
                own = not (j == 0 and chance(rng, 0.55)) and not chance(rng, 0.1)
                prompts.append(
                    tx.student_prompt(rng, course, week, ex + 1, exercises[ex], own, ctx.chat)
                )
        ts = _cat(parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=_u(rng, 300, 500),
        )


def bending_iron(ctx: Ctx, rng: Rng) -> None:
    """Users of a bring-your-own-key browser extension that offers a gallery of public prompts."""
    kind = "bending_iron"
    gallery = tx.gallery_prompts()
    pop = 1.0 / np.arange(1, len(gallery) + 1) ** 1.1
    pop = pop[rng.permutation(len(gallery))]
    pop /= pop.sum()
    for _ in range(irange(rng, 40, 80)):
        tz = pick(rng, TZS)
        acct = _user(
            ctx,
            rng,
            kind,
            "extension_user",
            ua=pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        mine = [pick(rng, ctx.chat) for _ in range(irange(rng, 5, 30))]
        sess = session_times(
            rng, ctx.t0, ctx.t1, _u(rng, 0.5, 2.5), evening_person(tz), 3, _u(rng, 50, 150)
        )
        parts, prompts = [], []
        for s in sess:
            parts.append(s)
            for j in range(len(s)):
                if j == 0 and chance(rng, 0.45):
                    prompts.append(gallery[int(rng.choice(len(gallery), p=pop))])
                else:
                    prompts.append(pick(rng, mine))
        ts = _cat(parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            comp_median=_u(rng, 350, 550),
        )


def top_voicing(ctx: Ctx, rng: Rng) -> None:
    """A legitimate writing-assistant SaaS: its users' texts in product templates, worldwide load."""
    kind = "top_voicing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    load = global_load(_u(rng, 12, 17), 0.6)
    langs = {"en": 0.3, "es": 0.2, "fr": 0.15, "de": 0.15, "pt": 0.1, "it": 0.1}
    for _ in range(irange(rng, 1, 3)):
        acct = _user(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="OpenAI/Python 1.54.0", ips=ips
        )
        ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 300, 800) * 7, load)
        prompts = []
        for _ in range(len(ts)):
            text = (
                pick(rng, ctx.chat)
                if chance(rng, 0.6)
                else tx.clip_text(rng, pick(rng, ctx.passages), 100, 900)
            )
            prompts.append(tx.product_b_prompt(rng, text, tx.lang_pick(rng, langs)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=_u(rng, 200, 300),
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "tap_tuning": tap_tuning,
    "fret_dressing": fret_dressing,
    "nut_slotting": nut_slotting,
    "go_bar": go_bar,
    "cam_clamp": cam_clamp,
    "neck_reset": neck_reset,
    "hide_glue": hide_glue,
    "french_polish": french_polish,
    "bending_iron": bending_iron,
    "top_voicing": top_voicing,
}
