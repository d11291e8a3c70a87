"""Benign hard-negative kinds of blind batch 219 (code names: words from mask making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    pick,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind219 import texts as T
from bench.monitor_blind219.families import BG_BROWSER


def _train(
    rng: np.random.Generator, start: float, k: int, gap: float, sigma: float = 0.7
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(k - 1, 0)))]
    )


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty(0)


def _days(ctx) -> list[float]:
    """Midnight UTC of every day in the window."""
    first = np.floor(ctx.t0 / DAY) * DAY
    return [float(first + d * DAY) for d in range(int((ctx.t1 - first) // DAY) + 1)]


# --------------------------------------------------------------------------------------------
# evaluation lab: reasoning benchmark runs, the same items on every model (looks like glide,
# elbow_lift)


def papier_mache(ctx, rng):
    kind = "papier_mache"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
    n_items = irange(rng, 300, 700)
    nightly_h = float(rng.uniform(0, 5))
    old = ctx.old_models[0]
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        ts_all, prompts, models = [], [], []
        # nightly regression on a fixed subset of the old flagship
        subset = rng.permutation(n_items)[: irange(rng, 80, 200)].tolist()
        for day in _days(ctx):
            s = day + nightly_h * HOUR + float(rng.uniform(0, 0.5)) * HOUR
            t = _train(rng, s, len(subset), 1.2)
            ts_all.extend(t.tolist())
            prompts.extend(T.eval_item(rng, k) for k in subset)
            models.extend([old] * len(subset))
            if s >= ctx.release:  # and the same subset on the new model
                t = _train(rng, s + 0.5 * HOUR, len(subset), 1.2)
                ts_all.extend(t.tolist())
                prompts.extend(T.eval_item(rng, k) for k in subset)
                models.extend([ctx.new_model] * len(subset))
        # the full benchmark on the new model within hours of the release, several seeds
        for rep in range(irange(rng, 2, 3)):
            s = (
                ctx.release
                + float(rng.uniform(0.5, 6)) * HOUR
                + rep * float(rng.uniform(1, 3)) * HOUR
            )
            t = _train(rng, s, n_items, 0.6)
            ts_all.extend(t.tolist())
            prompts.extend(T.eval_item(rng, k) for k in range(n_items))
            models.extend([ctx.new_model] * n_items)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=900.0, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators asking for first-pass preference judgements (looks like toeboard)


def plaster_gauze(ctx, rng):
    kind = "plaster_gauze"
    n = irange(rng, 10, 25)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 3, 1))
    office = home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("Kestrel", "Halyard", "Bluefin", "Marigold"))
    curve = workday(tz, start=9.0, end=18.0, weekend=0.05)
    for _ in range(n):
        ips = office + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER),
            ips=ips,
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), curve, 6.0, 120.0)
        ts = _flat(sess)
        prompts = [T.annotator_prompt(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.05), comp_median=250.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# trust & safety: moderation decisions and compliant rewrites of user posts (looks like stopboard)


def gesso(ctx, rng):
    kind = "gesso"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "azure")
    platform = pick(rng, ("Pebble", "Threadly", "Murmur", "Knotboard"))
    peak = float(rng.uniform(17, 22))
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua="semantic-kernel-dotnet/1.36.0",
            ips=ips,
        )
        per_hour = float(rng.uniform(20, 45))
        ts = thinned(
            rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.6, global_load(peak, 0.5)
        )
        if i == 0:  # one night's backfill of appealed posts
            s = jitter_start(rng, ctx.t0, ctx.t1, 0.9)
            ts = np.concatenate([ts, _train(rng, s, irange(rng, 300, 900), 2.0, 0.5)])
        prompts = [T.moderation_prompt(rng, ctx.chat, platform) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=200.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# coding agent: developers' own keys driving an IDE agent's tool loop (looks like putt)


def alginate(ctx, rng):
    kind = "alginate"
    n = irange(rng, 15, 30)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=hexid(rng, "org"),
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=ips,
            tz=tz,
        )
        repo = pick(rng, ("billing-api", "webapp", "infra", "mobile", "etl", "docs-site", "sdk"))
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            (ctx.t1 - ctx.t0) / DAY * float(rng.uniform(1, 4)),
            workday(tz, start=9.5, end=19.0, weekend=0.15, night=0.05),
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = T.dev_task(rng)
            k = irange(rng, 4, 30)
            t = _train(rng, s, k, 6.0)
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(T.coding_agent_step(rng, ctx.passages, repo, task, step))
                extra.append(2000 + 900 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.1),
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=300.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# data augmentation for an intent classifier: nightly generation runs (looks like chin_tuck)


def sequins(ctx, rng):
    kind = "sequins"
    n = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Northbank", "Ferrocard", "Tallyo", "Cedar Credit Union"))
    tz = pick(rng, (0, 1, -5))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="ml_engineer",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        parts = []  # a run at local 01:00 on most nights, plus ad-hoc daytime requests
        for day in _days(ctx):
            if chance(rng, 0.75):
                s = day + (1.0 - tz) % 24 * HOUR + float(rng.uniform(0, 1)) * HOUR
                parts.append(_train(rng, s, irange(rng, 100, 400), 4.0, 0.5))
        parts.append(thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(5, 20)), workday(tz)))
        ts = _flat(parts)
        prompts = [T.intent_aug_prompt(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.3), comp_median=900.0, err=0.02
        )


# --------------------------------------------------------------------------------------------
# companion app backend: short multi-turn chats with history resent (looks like neck_pocket)


def eye_holes(ctx, rng):
    kind = "eye_holes"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    persona = pick(rng, ("Mika", "Juno", "Sol", "Ash"))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=ips,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(60, 120)), global_load(20, 0.7), 5.0, 25.0
        )
        ts = _flat(sess)
        prompts = [T.companion_turn(rng, ctx.chat, persona) for _ in range(len(ts))]
        extra = rng.integers(300, 2500, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            extra=extra,
            comp_median=120.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# calibration study: the same questions sampled many times (looks like elbow_lift)


def elastic_strap(ctx, rng):
    kind = "elastic_strap"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("eu", "us"))
    campus = resi(rng, 2, region)
    tz = 1 if region == "eu" else -5
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="phd_student",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        runs = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            7 * float(rng.uniform(0.5, 1.2)),
            workday(tz, weekend=0.2, night=0.3),
        )
        ts_all, prompts, models, comp = [], [], [], []
        for s in runs.tolist():
            cond = pick(rng, ("plain", "verbal", "cot"))
            model = (
                ctx.new_model
                if s >= ctx.release and chance(rng, 0.5)
                else pick(rng, ctx.old_models)
            )
            items = irange(rng, 30, 80)
            reps = irange(rng, 4, 8)
            t = _train(rng, s, items * reps, 0.5, 0.6)
            ts_all.extend(t.tolist())
            for k in range(items):
                prompts.extend([T.calibration_item(rng, k, cond)] * reps)
            models.extend([model] * (items * reps))
            comp.extend([8.0 if cond == "plain" else 90.0] * (items * reps))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.02)


# --------------------------------------------------------------------------------------------
# bootcamp cohort: many students, one school, the same assignments (looks like power_position and
# hip_drive)


def leather_tooling(ctx, rng):
    kind = "leather_tooling"
    n = irange(rng, 25, 45)
    school_org, school_card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = home(rng, 1, tz)
    deadlines = [ctx.t0 + d * DAY for d in sorted(rng.choice(7, size=2, replace=False).tolist())]
    base = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        w = 0.6 * base(ts)
        for d in deadlines:
            w = np.where((ts > d - 1.2 * DAY) & (ts < d), np.minimum(1.0, w * 1.6), w)
        return w

    for _ in range(n):
        school = chance(rng, 0.7)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=school_org if school else hexid(rng, "org"),
            pay=school_card if school else hexid(rng, "pay"),
            ua=pick(rng, BG_BROWSER),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), curve, 4.0, 90.0)
        ts = _flat(sess)
        prompts = [T.student_prompt(rng, 3 + int((t - ctx.t0) // (3.5 * DAY))) for t in ts.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.15), comp_median=400.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# reseller / wrapper: end customers' ordinary prompts through a few backend keys, new model as the
# default from the release (looks like wrist_flick and reverse_step)


def mould_release(ctx, rng):
    kind = "mould_release"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    providers = T.some(rng, ("aws", "gcp", "digitalocean"), 2)
    brand = pick(rng, ("ChatNest", "AskLoom", "Brightly AI", "Quillo"))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="reseller_tier",
            org=org,
            pay=card,
            ua="litellm/1.60.2",
            ips=cloud(rng, irange(rng, 2, 5), pick(rng, providers)),
        )
        per_hour = float(rng.uniform(8, 20))
        ts = thinned(
            rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.65, global_load(15, 0.5)
        )
        prompts = [T.wrapper_prompt(rng, ctx.chat, brand) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.75, 0.1), comp_median=380.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# freelance translators using a CAT-tool plug-in with their own keys (looks like hip_drive: a
# crowd of individuals sending the same kind of prompt)


def nose_bridge(ctx, rng):
    kind = "nose_bridge"
    n = irange(rng, 15, 30)
    tzs = (1, 1, 2, 0, -3, -5, 3, 9)
    for _ in range(n):
        tz = pick(rng, tzs)
        targets = T.some(rng, T.CAT_TARGETS, irange(rng, 1, 2))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=hexid(rng, "org"),
            pay=hexid(rng, "pay"),
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            workday(tz, start=8.0, end=20.0, weekend=0.3),
            12.0,
            25.0,
        )
        ts = _flat(sess)
        glossary = chance(rng, 0.5)
        prompts = [
            T.cat_segment(rng, ctx.passages, pick(rng, targets), glossary) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.2), comp_median=140.0, err=0.01
        )


BENIGN_KINDS = {
    "papier_mache": papier_mache,
    "plaster_gauze": plaster_gauze,
    "gesso": gesso,
    "alginate": alginate,
    "sequins": sequins,
    "eye_holes": eye_holes,
    "elastic_strap": elastic_strap,
    "leather_tooling": leather_tooling,
    "mould_release": mould_release,
    "nose_bridge": nose_bridge,
}
