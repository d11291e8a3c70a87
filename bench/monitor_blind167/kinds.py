"""Benign hard-negative kinds of batch 167 (code names: harp-making words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family (or a campaign
in general). Accounts are labelled "benign" with the kind as their family. The README card says
what each kind looks like; read it only after the monitor's single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind167 import texts as tx

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _bank_rng(rng: np.random.Generator) -> np.random.Generator:
    return np.random.default_rng(int(rng.integers(2**32)))


# ---------------------------------------------------------------------------------------------


def soundbox(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab's nightly chain-of-thought benchmark runs (old and new model)."""
    kind = "soundbox"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    brng = _bank_rng(rng)
    langs = {"en": 0.7, "zh": 0.08, "es": 0.08, "ru": 0.07, "de": 0.07}
    bank = [tx.eval_item(brng, tx.lang_pick(brng, langs)) for _ in range(irange(rng, 300, 700))]
    rate = _u(rng, 300, 600)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    runs: list[tuple[float, str, list[str]]] = []
    for d in range(8):
        if chance(rng, 0.15):
            continue
        s = day0 + d * DAY + (1.0 + _u(rng, 0, 1)) * HOUR
        runs.append((s, ctx.old_models[0], bank))
        if s >= ctx.release:
            runs.append((s + _u(rng, 0, 0.3) * HOUR, ctx.new_model, bank))
        if chance(rng, 0.3):  # an ad-hoc daytime re-run of a slice
            sub = [bank[i] for i in rng.choice(len(bank), size=50, replace=False)]
            m = ctx.new_model if s >= ctx.release and chance(rng, 0.7) else ctx.old_models[0]
            runs.append((s + _u(rng, 8, 14) * HOUR, m, sub))
    for j, (s, model, items) in enumerate(runs):
        ts = s + np.cumsum(rng.exponential(HOUR / rate, size=len(items)))
        ctx.emit(
            rng,
            keys[j % len(keys)],
            ts,
            list(items),
            models=model,
            comp_median=500.0,
            comp_sigma=0.5,
            err=0.02,
        )


def harmonic_curve(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators using the model as a second opinion on rubric items."""
    kind = "harmonic_curve"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(t) for t in rng.choice([3, 5, 8], size=2, replace=False)]
    office_ips = {tz: home(rng, irange(rng, 1, 2), tz) for tz in offices}
    for i in range(irange(rng, 6, 12)):
        tz = offices[i % 2]
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3"
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office_ips[tz],
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, _u(rng, 4, 8), workday(tz), _u(rng, 8, 15), _u(rng, 30, 90)
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotation_assist(rng, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=200.0,
        )


def tuning_pin(ctx: Ctx, rng: np.random.Generator) -> None:
    """A regional social platform's trust-and-safety pipeline: guideline checks and rewrites."""
    kind = "tuning_pin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("alibaba", "tencent", "aws")))
    n = irange(rng, 3, 5)
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="moderation",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(n)
    ]
    langs = {"zh": 0.4, "vi": 0.2, "id": 0.2, "en": 0.2}
    pools = worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 30, 60), n, global_load(13.0, 0.7))
    for a, ts in zip(keys, pools, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation(rng, ctx.chat, tx.lang_pick(rng, langs)) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=160.0,
        )


def bridge_pin(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software team's coding agent: developers' IDE sessions plus CI-triggered agent runs."""
    kind = "bridge_pin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1))
    office = home(rng, 1, tz)
    step_tokens = _u(rng, 300, 900)

    def episode(a, starts, size, gap, model_p):
        ts_all, prompts, extra = [], [], []
        for s in starts:
            k = max(2, int(rng.poisson(size)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            task = tx.dev_task(rng)
            ts_all.extend(t.tolist())
            prompts.extend(tx.coding_agent_step(rng, i, task) for i in range(k))
            extra.extend(int(i * step_tokens) for i in range(k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=model_p, p_mini=0.05),
            comp_median=280.0,
            extra=np.asarray(extra, dtype=np.int64),
        )

    for _ in range(irange(rng, 8, 16)):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 2, 5) * 7, workday(tz))
        episode(a, starts.tolist(), _u(rng, 6, 14), _u(rng, 8, 20), 0.6)
    for _ in range(2):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="ci",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 2, "azure"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 10, 25) * 7, workday(tz, weekend=0.1))
        episode(a, starts.tolist(), _u(rng, 5, 15), 5.0, 0.5)


def string_rib(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team paraphrasing intent utterances for its own NLU classifier."""
    kind = "string_rib"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="augmentation",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=home(rng, 1, tz) + cloud(rng, 1, "aws"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 1, 3) * 7, workday(tz))
    buf: list[tuple[list[float], list[str]]] = [([], []) for _ in keys]
    for s in starts.tolist():
        k = int(rng.integers(len(keys)))
        lang = pick(rng, ("en", "en", "de", "fr", "es"))
        t = bursts(rng, [s], _u(rng, 80, 250), _u(rng, 1.5, 4.0), b=ctx.t1)[0]
        buf[k][0].extend(t.tolist())
        buf[k][1].extend(tx.augmentation(rng, lang) for _ in t)
    for a, (ts, prompts) in zip(keys, buf, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.05, p_mini=0.4),
            comp_median=600.0,
            comp_sigma=0.4,
        )


_CARRIER = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    5: "in_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    3: "eu_mobile",
}


def sharping_lever(ctx: Ctx, rng: np.random.Generator) -> None:
    """Users of a bring-your-own-key companion chat app on their phones."""
    kind = "sharping_lever"
    for _ in range(irange(rng, 40, 70)):
        tz = pick(rng, TZS)
        wifi = home(rng, 1, tz)
        ua = "Dart/3.6 (dart:io)" if chance(rng, 0.8) else "okhttp/4.12.0"
        a = ctx.account(rng, label=LABEL, family=kind, role="app_user", ua=ua, ips=wifi, tz=tz)
        ts_all, prompts, ips = [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            _u(rng, 0.8, 3.0),
            evening_person(tz),
            _u(rng, 6, 14),
            _u(rng, 20, 60),
        ):
            carrier = _CARRIER.get(tz)
            ip = mobile_v6(rng, 1, carrier)[0] if carrier and chance(rng, 0.6) else wifi[0]
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                ips.append(ip)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 10, 400, rng)
                    if chance(rng, 0.15)
                    else tx.companion(rng, j == 0)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            ips=ips,
            comp_median=120.0,
            comp_sigma=0.7,
        )


def knee_block(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study sampling each survey item many times (response variability)."""
    kind = "knee_block"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region, tz = pick(rng, (("eu", 1), ("us", -5)))
    ips = resi(rng, 1, region) + cloud(rng, 2, "aws")
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    brng = _bank_rng(rng)
    bank = [tx.survey_item(brng) for _ in range(irange(rng, 80, 200))]
    starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 2, 5) * 7, workday(tz, weekend=0.2))
    for j, s in enumerate(starts.tolist()):
        items = [bank[i] for i in rng.choice(len(bank), size=irange(rng, 5, 20), replace=False)]
        n = pick(rng, (10, 20, 30))
        prompts = [p for p in items for _ in range(n)]
        ts = s + np.cumsum(rng.lognormal(np.log(1.2), 0.4, size=len(prompts)))
        model = (
            (ctx.new_model if j % 2 else ctx.old_models[0])
            if s >= ctx.release
            else ctx.old_models[0]
        )
        ctx.emit(
            rng, keys[j % len(keys)], ts, prompts, models=model, comp_median=30.0, comp_sigma=0.5
        )


def string_eyelet(ctx: Ctx, rng: np.random.Generator) -> None:
    """A programming course cohort: one course org, students' own keys, lab sessions on campus,
    a deadline rush."""
    kind = "string_eyelet"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 5))
    campus = home(rng, 1, tz)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    labs = [day0 + d * DAY + (14.0 - tz) * HOUR for d in (2, 4)]
    deadline = day0 + 5 * DAY + (23.0 - tz) * HOUR
    for _ in range(irange(rng, 35, 70)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else "OpenAI/Python 1.58.1"
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        own = _cat(
            session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 1.5), evening_person(tz), 4.0, 60.0)
        )
        rush = thinned(rng, deadline - 6 * HOUR, deadline, _u(rng, 3, 8), constant)
        lab = _cat(
            [
                thinned(rng, s, s + 2 * HOUR, _u(rng, 4, 10), constant)
                for s in labs
                if chance(rng, 0.8)
            ]
        )
        ts = np.concatenate([_cat([own, rush]), lab])
        ips = [a.ips[0]] * (len(ts) - len(lab)) + [campus[0]] * len(lab)
        prompts = [tx.course_question(rng, ctx.chat, 3 if t < deadline else 4) for t in ts]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), ips=ips, comp_median=380.0
        )


def tuning_wrench(ctx: Ctx, rng: np.random.Generator) -> None:
    """A small agency reselling model access: one org, one key per client app."""
    kind = "tuning_wrench"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 6, 10)):
        provider = pick(rng, ("aws", "digitalocean"))
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="client_app",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        curve = workday(pick(rng, TZS)) if chance(rng, 0.5) else global_load(_u(rng, 0, 24), 0.5)
        per_day = float(np.clip(rng.lognormal(np.log(120), 0.8), 10, 600))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * 7, curve)
        wrapper = tx.client_wrapper(rng)
        prompts = [
            tx.agency_prompt(rng, ctx.chat, wrapper if chance(rng, 0.7) else "{x}") for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=_u(rng, 0, 0.7)),
            comp_median=380.0,
        )


def sitka_spruce(ctx: Ctx, rng: np.random.Generator) -> None:
    """A courseware team authoring a workbook: a systematic sweep over the syllabus."""
    kind = "sitka_spruce"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, -3))
    office = home(rng, 1, tz)
    keys = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="author",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    key_lang = ["es" if chance(rng, 0.2) else "en" for _ in keys]
    starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 2, 4) * 7, workday(tz))
    switch = ctx.release + _u(rng, 0.5, 1.5) * DAY
    idx = 0
    for s in starts.tolist():
        k = int(rng.integers(len(keys)))
        ts = bursts(rng, [s], _u(rng, 15, 40), _u(rng, 20, 60), b=ctx.t1)[0]
        prompts = [tx.courseware_item(idx + i, key_lang[k]) for i in range(len(ts))]
        idx += len(ts)
        model = ctx.new_model if s >= switch else ctx.old_models[0]
        ctx.emit(rng, keys[k], ts, prompts, models=model, comp_median=900.0, comp_sigma=0.4)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "soundbox": soundbox,
    "harmonic_curve": harmonic_curve,
    "tuning_pin": tuning_pin,
    "bridge_pin": bridge_pin,
    "string_rib": string_rib,
    "sharping_lever": sharping_lever,
    "knee_block": knee_block,
    "string_eyelet": string_eyelet,
    "tuning_wrench": tuning_wrench,
    "sitka_spruce": sitka_spruce,
}
