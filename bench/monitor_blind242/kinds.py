"""Benign hard-negative kinds of batch 242: legitimate customers built to resemble this batch's
campaign families (or harvesting in general). Each kind is `f(ctx, rng)`, drawing only from its own
generator in a fixed order. Code names are lei-making words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    NAMES,
    TZS,
    Ctx,
    Curve,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    providers,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind242 import texts as tx
from bench.monitor_blind242.families import BG_BROWSERS, BG_SDK, subset, wpick

Rng = np.random.Generator


def _seq(rng: Rng, start: float, n: int, gap_median: float, sigma: float = 0.5) -> np.ndarray:
    """`n` sequential calls of one script (each waits for the previous answer)."""
    if n <= 0:
        return np.empty(0)
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=n - 1))]
    )


def _at_local(
    rng: Rng, ctx: Ctx, tz: int, hours: tuple[float, float], day_lo: float, day_hi: float
) -> float:
    """A time on a random day in [day_lo, day_hi) days after t0, at a local hour in `hours`."""
    day = np.floor(float(rng.uniform(day_lo, day_hi)))
    h = float(rng.uniform(*hours))
    return ctx.t0 + day * DAY + (h - tz) * HOUR


# ============================================================================================
# kui: an evaluation lab grading its own models with the API as a judge


def kui(ctx: Ctx, rng: Rng) -> None:
    fam = "kui"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (-8, -5, 0, 1))
    items = [tx.eval_item(rng, ctx.chat, ctx.passages) for _ in range(irange(rng, 150, 400))]
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    n_runs = irange(rng, 3, 6)
    for r in range(n_runs):
        t = _at_local(rng, ctx, tz, (9.5, 16.5), 0.5 if r == 0 else 1.0, 6.8)
        run = f"r{r + 1:02d}-{hexid(rng, 'ckpt')[5:11]}"
        key = pick(rng, keys)
        judges = (
            [ctx.new_model, ctx.old_models[0]]
            if t >= ctx.release and chance(rng, 0.7)
            else [ctx.old_models[0]]
        )
        for m in judges:
            ts = _seq(rng, t, len(items), float(rng.uniform(0.8, 2.0)))
            prompts = [tx.eval_grade(run, i, it) for i, it in enumerate(items)]
            ctx.emit(rng, key, ts, prompts, models=m, comp_median=200.0, comp_sigma=0.5)
            t = float(ts[-1]) + float(rng.uniform(5, 40)) * MINUTE


# ============================================================================================
# haku: a labelling vendor's annotators using the model for pre-annotation


def haku(ctx: Ctx, rng: Rng) -> None:
    fam = "haku"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 3, -3))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", BG_BROWSERS[0], "OpenAI/Python 1.54.0"))
    project = pick(rng, ("ACME-CX-17", "RIVERSTONE-MOD", "PX-INTENT-v3", "HELIOS-TOPICS"))
    for _ in range(irange(rng, 10, 20)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="annotator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(8, 18)),
            float(rng.uniform(25, 80)),
        ):
            prompts = [tx.preannotation(rng, project, ctx.chat) for _ in range(len(sess))]
            ctx.emit(
                rng, a, sess, prompts, models=ctx.models(rng, sess, 0.1, 0.6), comp_median=90.0
            )


# ============================================================================================
# wili: a tutoring product (step-by-step worked solutions), one backend key


def wili(ctx: Ctx, rng: Rng) -> None:
    fam = "wili"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws")
    langs, w = ["en", "es", "hi"], rng.dirichlet([4.0, 2.0, 1.0])
    curve = global_load(float(rng.uniform(0, 4)), float(rng.uniform(0.5, 0.8)))
    p_new = float(rng.uniform(0.2, 0.45))
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 3000)), curve)
        prompts = [tx.tutoring(rng, str(wpick(rng, langs, w))) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=650.0)


# ============================================================================================
# humupapa: a university course cohort working on the same assignments


def _deadlines(deadlines: Sequence[float], tau: float, tz: int) -> Curve:
    person = evening_person(tz, spread=3.0)

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.full(len(ts), 0.08)
        for d in deadlines:
            w = w + np.where(ts < d, np.exp(-(d - ts) / tau), 0.0)
        return np.clip(w, 0, 1) * person(ts)

    return f


def humupapa(ctx: Ctx, rng: Rng) -> None:
    fam = "humupapa"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 3), tz)
    course = pick(rng, ("CS 201", "ECON 110", "INF-2300", "PSY 150", "DS 310"))
    idx = subset(rng, list(range(len(tx.ASSIGNMENTS))), 2, 4)
    deadlines = [_at_local(rng, ctx, tz, (23.5, 23.99), d, d + 1) for d in (2, 5)]
    curve = _deadlines(deadlines, float(rng.uniform(10, 30)) * HOUR, tz)
    for _ in range(irange(rng, 20, 40)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS) if chance(rng, 0.8) else BG_SDK[0],
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 4)),
            curve,
            float(rng.uniform(2, 6)),
            float(rng.uniform(40, 150)),
        ):
            prompts = [
                tx.assignment(rng, course, idx)
                if chance(rng, 0.6)
                else tx.chat_line(rng, ctx.chat, 1200)
                for _ in range(len(sess))
            ]
            ctx.emit(
                rng, a, sess, prompts, models=ctx.models(rng, sess, 0.2, 0.15), comp_median=450.0
            )


# ============================================================================================
# hili: a research group's calibration study and a public-prompt model comparison


def hili(ctx: Ctx, rng: Rng) -> None:
    fam = "hili"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2))
    uni = home(rng, 2, tz)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="researcher",
            org=org,
            pay=pay,
            ua=ua,
            ips=uni,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    items = [tx.soft_label(rng, pick(rng, (0, 3)), ctx.chat) for _ in range(irange(rng, 80, 180))]
    n_samp = irange(rng, 8, 20)
    # calibration job: every item sampled n times, one request after the other, at night
    t = _at_local(rng, ctx, tz, (1.0, 3.0), 1, 3)
    key = keys[0]
    for it in items:
        ts = _seq(rng, t, n_samp, float(rng.uniform(1.0, 2.5)))
        ctx.emit(rng, key, ts, it, models=ctx.models(rng, ts, 0.0, 0.3), comp_median=60.0)
        t = float(ts[-1]) + float(rng.uniform(1, 4))
    # after the release: the same public prompt set through the old and the new model
    offset = int(rng.integers(len(ctx.chat)))
    prompts = [ctx.chat[(offset + j) % len(ctx.chat)] for j in range(irange(rng, 200, 450))]
    t = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    for m in (ctx.old_models[0], ctx.new_model):
        ts = _seq(rng, t, len(prompts), float(rng.uniform(2.0, 5.0)))
        ctx.emit(rng, pick(rng, keys), ts, prompts, models=m, comp_median=420.0)
        t = float(ts[-1]) + float(rng.uniform(1, 10)) * MINUTE
    # daytime: the researchers poke at the model themselves
    for k in keys:
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)), workday(tz), 3.0, 90.0
        ):
            ps = [tx.chat_line(rng, ctx.chat, 1200) for _ in range(len(sess))]
            ctx.emit(
                rng, k, sess, ps, models=ctx.models(rng, sess, 0.4, 0.1), ua=pick(rng, BG_BROWSERS)
            )


# ============================================================================================
# kipuu: a development agency with one key per client project


def kipuu(ctx: Ctx, rng: Rng) -> None:
    fam = "kipuu"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provs = providers()
    for i in range(irange(rng, 6, 12)):
        tz = pick(rng, TZS)
        app = (i + irange(rng, 0, 4)) % 5
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="client_project",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
            tz=tz,
        )
        curve = (
            workday(tz, weekend=0.3, night=0.1)
            if chance(rng, 0.5)
            else global_load(float(rng.uniform(0, 24)), 0.6)
        )
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            float(rng.lognormal(np.log(200), 0.8)),
            curve,
        )
        prompts = [tx.agency_prompt(rng, app, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.6)), 0.3),
            comp_median=300.0,
        )


# ============================================================================================
# lei_needle: individual developers running a coding agent in their editor


def lei_needle(ctx: Ctx, rng: Rng) -> None:
    fam = "lei_needle"
    uas = ("Cline/3.2.0", "aider/0.72.1 litellm/1.60.2", "continue/0.9.0 (vscode)", "Zed/0.170.4")
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="developer",
            ua=pick(rng, uas),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        p_new = float(rng.uniform(0.3, 0.8))
        for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)) * 7, workday(tz)).tolist():
            steps = irange(rng, 5, 25)
            ts = _seq(rng, s, steps, float(rng.uniform(4, 9)), 0.7)
            task = tx.coding_task(rng)
            prompts = [tx.coding_agent_step(rng, k, task) for k in range(steps)]
            base = irange(rng, 2000, 6000)
            extra = base + np.arange(steps) * irange(rng, 150, 500)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new, 0.05),
                comp_median=330.0,
                extra=extra,
            )


# ============================================================================================
# ti_leaf: a data-augmentation team generating paraphrases for its own classifier


def ti_leaf(ctx: Ctx, rng: Rng) -> None:
    fam = "ti_leaf"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    for _ in range(2):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="ml_team",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        # daytime prompt iteration
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 70)), workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=450.0,
        )
        # one or two nightly generation runs
        for _ in range(irange(rng, 1, 2)):
            s = _at_local(rng, ctx, tz, (0.5, 2.5), 1, 6.5)
            ts = thinned(
                rng,
                s,
                s + float(rng.uniform(2, 4)) * HOUR,
                float(rng.uniform(400, 1100)),
                nightly(0, 24, tz),
            )
            ctx.emit(
                rng,
                a,
                ts,
                [tx.augmentation(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.1, 0.75),
                comp_median=500.0,
                err=0.03,
            )


# ============================================================================================
# maile: a companion-chat app backend


def maile(ctx: Ctx, rng: Rng) -> None:
    fam = "maile"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    peak_tz = pick(rng, (-5, 1, 8))
    curve = global_load((20.5 - peak_tz) % 24.0, float(rng.uniform(0.6, 0.85)))
    persona = pick(rng, NAMES)
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1800, 4000)), curve)
        prompts = [tx.companion(rng, persona, ctx.chat) for _ in range(len(ts))]
        extra = rng.integers(800, 2600, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=110.0,
            comp_sigma=0.7,
            extra=extra,
        )


# ============================================================================================
# pikake: a translation agency's translators


def pikake(ctx: Ctx, rng: Rng) -> None:
    fam = "pikake"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = home(rng, 1, tz) + (cloud(rng, 1, "hetzner") if chance(rng, 0.5) else [])
    targets = subset(rng, list(tx.TARGETS), 3, 6)
    clients = [
        pick(rng, ("Northfold", "Kestrel & Co", "Amaru", "Lindqvist", "Pepperhill"))
        for _ in range(3)
    ]
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, (BG_BROWSERS[0], BG_BROWSERS[1], "python-requests/2.32.3")),
            ips=office,
            tz=tz,
        )
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(4, 12)),
            float(rng.uniform(60, 200)),
        ):
            client = pick(rng, clients)
            langs = subset(rng, targets, 1, 3)
            prompts: list[str] = []
            while len(prompts) < len(sess):
                text = tx.passage(rng, ctx.passages, 1200)
                prompts.extend(tx.shop_translation(rng, text, lg, client) for lg in langs)
            ctx.emit(
                rng,
                a,
                sess,
                prompts[: len(sess)],
                models=ctx.models(rng, sess, 0.3, 0.1),
                comp_median=450.0,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "kui": kui,
    "haku": haku,
    "wili": wili,
    "humupapa": humupapa,
    "hili": hili,
    "kipuu": kipuu,
    "lei_needle": lei_needle,
    "ti_leaf": ti_leaf,
    "maile": maile,
    "pikake": pikake,
}
