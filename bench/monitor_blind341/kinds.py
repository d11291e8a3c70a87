"""Benign hard-negative kinds of batch 341 (code names: lepidoptery words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Draws come only from the kind's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind341 import texts as tx
from bench.monitor_blind341.families import BG_UA


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(chunks) if chunks else np.empty(0)


def _ones(t: np.ndarray) -> np.ndarray:
    return np.ones(len(t))


def _local_midnights(ctx: Ctx, tz: int) -> list[float]:
    """Epoch seconds of each local midnight from the day before the window to its end."""
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR - DAY
    return [float(first + d * DAY) for d in range(int((ctx.t1 - first) / DAY) + 2)]


# --------------------------------------------------------------------------------------------


def chrysalis(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: one org and card, synchronised lab sessions, homework
    deadlines, the same assignment questions from dozens of students."""
    kind = "chrysalis"
    tz = pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    course = pick(rng, list(tx.COURSES))
    n = irange(rng, 35, 70)
    lab_days = (1, 3) if chance(rng, 0.5) else (0, 2)
    lab_hour = float(irange(rng, 9, 15))
    deadline_day = irange(rng, 3, 6)
    mids = _local_midnights(ctx, tz)
    students = []
    for _ in range(n):
        ua = BG_UA[pick(rng, ("chrome", "chrome", "safari", "iphone", "firefox"))]
        students.append(
            _benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=home(rng, 1, tz), tz=tz)
        )
    for s in students:
        ts_lab, ts_home = [], []
        for m in mids:
            wd = int(weekday(np.asarray([m + 12 * HOUR]), tz)[0])
            if wd in lab_days and chance(rng, 0.8):
                a = m + lab_hour * HOUR + float(rng.uniform(0, 20)) * MINUTE
                ts_lab.append(np.sort(rng.uniform(a, a + 80 * MINUTE, size=irange(rng, 2, 12))))
        boost = [m for m in mids if 0 <= (m - mids[0]) / DAY - deadline_day <= 1]
        home_ts = _flat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.8)), evening_person(tz), 3.0, 120.0
            )
        )
        ts_home.append(home_ts)
        for m in boost:
            if chance(rng, 0.7):
                a = m + float(rng.uniform(18, 23.5)) * HOUR
                ts_home.append(
                    a + np.cumsum(rng.lognormal(np.log(150), 0.7, size=irange(rng, 3, 15)))
                )
        lab, hm = _flat(ts_lab), _flat(ts_home)
        ts = np.concatenate([lab, hm])
        ips = [campus[i % 2] for i in range(len(lab))] + [s.ips[0]] * len(hm)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        hw = deadline_day // 3 + 1
        prompts = [tx.course_question(rng, course, hw, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, s, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.3), ips=ips, comp_median=300.0
        )


def proboscis(ctx: Ctx, rng: np.random.Generator) -> None:
    """An RLHF labelling vendor: annotators in one office comparing and rating replies."""
    kind = "proboscis"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5, 3))
    office = home(rng, 2, tz)
    guide = f"HH-v{irange(rng, 3, 9)}.{irange(rng, 0, 4)}"
    curve = workday(tz, start=8.0, end=17.0)
    for _ in range(irange(rng, 12, 25)):
        ua = BG_UA["chrome"] if chance(rng, 0.7) else BG_UA["py"]
        a = _benign(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)), curve)
        prompts = [tx.annotation_task(rng, guide, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.4), comp_median=120.0)


def instar(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: a fixed item bank run on every model, and a rush on release day."""
    kind = "instar"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=BG_UA["py"],
            ips=cloud(rng, 1, "gcp"),
        )
        for _ in range(irange(rng, 3, 5))
    ]
    bank = [tx.eval_item(rng, k % 4, k) for k in range(irange(rng, 300, 600))]
    runs: list[tuple[float, str, float]] = []
    for m in ctx.old_models:
        runs.append((float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.5 * DAY)), m, 0.01))
    for _ in range(irange(rng, 2, 3)):
        runs.append((ctx.release + float(rng.uniform(1, 10)) * HOUR, ctx.new_model, 0.08))
    runs.append(
        (float(rng.uniform(ctx.release + 1.0 * DAY, ctx.t1 - 0.3 * DAY)), ctx.old_models[0], 0.01)
    )
    per: list[list[tuple[float, str, str, int]]] = [[] for _ in keys]
    for start, model, err in runs:
        rate = float(rng.uniform(400, 900)) / HOUR
        ts = start + np.sort(rng.uniform(0, len(bank) / rate, size=len(bank)))
        who = rng.integers(0, len(keys), size=len(bank)).tolist()
        for t, w, p in zip(ts.tolist(), who, bank, strict=True):
            per[w].append((t, p, model, 429 if chance(rng, err) else 200))
    for a, ev in zip(keys, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ctx.emit(
            rng,
            a,
            np.asarray([e[0] for e in ev]),
            [e[1] for e in ev],
            models=[e[2] for e in ev],
            comp_median=500.0,
            status=np.asarray([e[3] for e in ev]),
        )


def swallowtail(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers running a coding agent (many quick tool-use steps)."""
    kind = "swallowtail"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2))
    office = home(rng, 1, tz)
    ci = cloud(rng, 2, "aws")
    repo = f"{pick(rng, ('acme', 'fernlabs', 'quillhq', 'tidepool'))}/{pick(rng, ('platform', 'webapp', 'monorepo'))}"
    extra = irange(rng, 800, 2000)
    curve = workday(tz)
    devs = []
    for _ in range(irange(rng, 10, 20)):
        ua = "litellm/1.60.2" if chance(rng, 0.5) else BG_UA["node"]
        devs.append(
            _benign(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=pay,
                ua=ua,
                ips=office + home(rng, 1, tz),
                tz=tz,
            )
        )
    ci_key = _benign(ctx, rng, kind, "ci", org=org, pay=pay, ua="litellm/1.60.2", ips=ci)
    for d in devs:
        name = pick(rng, tx.NAMES)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7, curve)
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            steps = tx.coding_agent_steps(rng, repo, name)
            gaps = rng.lognormal(np.log(6.0), 0.6, size=len(steps))
            gaps[0] = 0.0
            ts_all.append(s + np.cumsum(gaps))
            prompts.extend(steps)
            at_office = local_hour(np.asarray([s]), tz)[0] < 18 and chance(rng, 0.7)
            ips.extend([d.ips[0] if at_office else d.ips[1]] * len(steps))
        ctx.emit(
            rng,
            d,
            _flat(ts_all),
            prompts,
            models=ctx.models(rng, _flat(ts_all), 0.7, 0.05),
            ips=ips,
            comp_median=300.0,
            extra=extra,
        )
    nights = thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(3, 6)), nightly(2.0, 2.0, tz))
    ts_all, prompts = [], []
    for s in nights.tolist():
        steps = tx.coding_agent_steps(rng, repo, "ci")
        gaps = rng.lognormal(np.log(3.0), 0.5, size=len(steps))
        gaps[0] = 0.0
        ts_all.append(s + np.cumsum(gaps))
        prompts.extend(steps)
    ts = _flat(ts_all)
    ctx.emit(
        rng,
        ci_key,
        ts,
        prompts,
        models=ctx.models(rng, ts, 0.7, 0.05),
        comp_median=300.0,
        extra=extra,
    )


def fritillary(ctx: Ctx, rng: np.random.Generator) -> None:
    """A small translation shop: translators localising clients' strings, copy and legal text."""
    kind = "fritillary"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, -3))
    office = home(rng, 1, tz)
    curve = workday(tz, start=9.0, end=18.0)
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=BG_UA[pick(rng, ("chrome", "safari"))],
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 500)), curve)
        ips = picks(rng, a.ips, len(ts))
        prompts = [tx.shop_segment(rng, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), ips=ips, comp_median=150.0
        )


def hawkmoth(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product's backend: step-by-step explanations of word problems, evenings in two
    continents."""
    kind = "hawkmoth"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    us, india = evening_person(-5), evening_person(5)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.clip(0.6 * us(t) + 0.6 * india(t), 0.05, 1.0)

    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "backend",
            org=org,
            pay=pay,
            ua=BG_UA["node"],
            ips=cloud(rng, 2, pick(rng, ("gcp", "aws"))),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 3000)), curve)
        prompts = [tx.tutor_prompt(rng, irange(rng, 5, 12)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=380.0)


def underwing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app: persona, memory and recent turns around short personal messages."""
    kind = "underwing"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    curve = global_load(float(rng.uniform(18, 22)), 0.6)
    for _ in range(2):
        persona = pick(rng, ("Juniper", "Koa", "Sol", "Ember", "Wren"))
        a = _benign(
            ctx, rng, kind, "backend", org=org, pay=pay, ua=BG_UA["py"], ips=cloud(rng, 2, "aws")
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 800)), curve)
        ts = _flat(bursts(rng, starts, 3.0, 40.0, 0.8, b=ctx.t1))
        prompts = [tx.companion_prompt(rng, persona, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.3), comp_median=120.0)


def hairstreak(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team building their own intent classifier: paraphrases and synthetic
    customer messages in nightly jobs."""
    kind = "hairstreak"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    industry = pick(rng, ("banking", "food delivery", "telecom", "e-commerce", "airline"))
    start_h = float(irange(rng, 0, 3))
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, (BG_UA["py"], BG_UA["lc"])),
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        nights = [m for m in _local_midnights(ctx, tz) if chance(rng, 0.8)]
        chunks = []
        for m in nights:
            s = m + start_h * HOUR + float(rng.uniform(0, 30)) * MINUTE
            size = irange(rng, 150, 450)
            chunks.append(
                s + np.sort(rng.uniform(0, float(rng.uniform(30, 90)) * MINUTE, size=size))
            )
        ts = _flat(chunks)
        prompts = [tx.augmentation_prompt(rng, industry) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.2), comp_median=400.0)


def cremaster(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety team: a moderation pipeline and human reviewers
    rewriting posts to the community guidelines, in many languages."""
    kind = "cremaster"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, 0, 3))
    office = home(rng, 1, tz)
    curve = global_load(float(rng.uniform(12, 20)), 0.5)
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx, rng, kind, "pipeline", org=org, pay=pay, ua=BG_UA["py"], ips=cloud(rng, 1, "gcp")
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(800, 2000)), curve)
        prompts = [tx.moderation_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.3), comp_median=120.0)
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx, rng, kind, "reviewer", org=org, pay=pay, ua=BG_UA["chrome"], ips=office, tz=tz
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(100, 300)), workday(tz))
        prompts = [tx.moderation_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.1), comp_median=150.0)


def clearwing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study comparing the old and new model on a public prompt set, several samples
    per prompt, from the campus network and one cloud VM."""
    kind = "clearwing"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 9))
    campus = home(rng, 2, tz)
    vm = cloud(rng, 1, "aws")
    keys = [
        _benign(ctx, rng, kind, "researcher", org=org, pay=pay, ua=BG_UA["py"], ips=campus, tz=tz),
        _benign(ctx, rng, kind, "study_runner", org=org, pay=pay, ua=BG_UA["py"], ips=vm, tz=tz),
    ]
    perm = rng.permutation(len(ctx.chat)).tolist()
    pilot = [ctx.chat[i][:2000] for i in perm[:50]]
    study = [ctx.chat[i][:2000] for i in perm[50 : 50 + irange(rng, 300, 700)]]
    ev: list[list[tuple[float, str, str]]] = [[], []]
    t = float(rng.uniform(ctx.t0 + 1 * DAY, ctx.release - 0.5 * DAY))
    for p in pilot:
        t += float(rng.exponential(20.0))
        for m in ctx.old_models:
            ev[0].append((t + float(rng.uniform(0, 3)), p, m))
    t = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    k = irange(rng, 1, 3)
    for p in study:
        t += float(rng.exponential(12.0))
        for m in (ctx.old_models[0], ctx.new_model):
            for _ in range(k):
                ev[1].append((t + float(rng.uniform(0, 4)), p, m))
    for a, e in zip(keys, ev, strict=True):
        e.sort(key=lambda x: x[0])
        ctx.emit(
            rng,
            a,
            np.asarray([x[0] for x in e]),
            [x[1] for x in e],
            models=[x[2] for x in e],
            comp_median=400.0,
        )
    # the researchers also use the key by hand while writing up
    hand = _flat(session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz), 3.0, 90.0))
    ctx.emit(
        rng,
        keys[0],
        hand,
        [tx.clip(pick(rng, ctx.chat), 5, 800, rng) for _ in range(len(hand))],
        models=ctx.models(rng, hand, 0.5, 0.05),
    )


BENIGN_KINDS: dict[str, Callable] = {
    "chrysalis": chrysalis,
    "proboscis": proboscis,
    "instar": instar,
    "swallowtail": swallowtail,
    "fritillary": fritillary,
    "hawkmoth": hawkmoth,
    "underwing": underwing,
    "hairstreak": hairstreak,
    "cremaster": cremaster,
    "clearwing": clearwing,
}
