"""Benign hard-negative kinds of blind batch 302 (code names from the chocolatier's trade).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Everything is drawn from the kind's own generator in a fixed
order; events go through `ctx.emit`, truth through `ctx.account` with label "benign".
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind302 import texts as tx
from bench.monitor_blind302.families import draw_langs, langs_for


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: bb.Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark runs at release (looks like reasoning-trace coercion)


def enrobing(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "enrobing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    cluster = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    ua = bb.sdk_ua(rng, 0.6)
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=cluster)
        for _ in range(irange(rng, 2, 4))
    ]
    langs = ["en", "es", "zh", "ja", "ru", "fr", "de"]
    runs = [(ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[0])]
    if chance(rng, 0.6):
        runs.append((ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[-1]))
    runs.append((ctx.release + float(rng.uniform(1, 10)) * HOUR, ctx.new_model))
    runs.append((ctx.release + float(rng.uniform(1, 14)) * HOUR, ctx.old_models[0]))
    for _ in range(irange(rng, 1, 2)):
        runs.append((ctx.release + float(rng.uniform(0.8, 2.8)) * DAY, ctx.new_model))
    for r, (start, model) in enumerate(runs):
        key = keys[r % len(keys)]
        n = irange(rng, 300, 1100)
        rate = float(rng.uniform(1.5, 4.0))  # requests per second while running
        ts = start + np.sort(rng.uniform(0, n / rate, size=n))
        suite = pick(rng, ("mgsm-mini", "arith-ml", "sci-mcq", "gsm-style-v3"))
        run = f"r{irange(rng, 100, 999)}"
        prompts = [
            tx.eval_mcq(rng, suite, run)
            if suite == "sci-mcq"
            else tx.eval_item(rng, suite, run, pick(rng, langs))
            for _ in range(n)
        ]
        ctx.emit(rng, key, ts, prompts, models=model, comp_median=320.0, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor using the model to QA its annotators (looks like judge / reward labels)


def conching(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "conching"
    tz = pick(rng, (5, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", bb.BROWSERS[0]))
    for _ in range(irange(rng, 4, 8)):
        a = _acct(ctx, rng, kind, "qa_lead", org=org, pay=card, ua=ua, ips=office, tz=tz)
        rate = float(rng.uniform(10, 25))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.28, bb.workday(tz, 9.0, 18.0)
        )
        prompts = [tx.annotation_qa(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            comp_median=150.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# forum trust-and-safety team (looks like policy rewrites)


def seed_method(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "seed_method"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    langs, w = langs_for(rng, ("de", "fr", "pl", "en"), 2, 4)
    for _ in range(irange(rng, 3, 6)):
        home = bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "moderator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office + home,
            tz=tz,
        )
        curve = bb.workday(tz, 8.0, 20.0, weekend=0.3)
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                curve,
                float(rng.uniform(5, 15)),
                float(rng.uniform(30, 120)),
            )
        )
        prompts = [
            tx.moderation_case(rng, lg, ctx.chat) for lg in draw_langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.1),
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# a development team's IDE coding agent (looks like agent / tool-use transcripts)


def gianduja(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "gianduja"
    tz = pick(rng, (-5, 1, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    repos = list(tx.REPOS)
    for _ in range(irange(rng, 6, 14)):
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        repo = pick(rng, repos)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 8)),
            bb.workday(tz),
            float(rng.uniform(8, 20)),
            float(rng.uniform(5, 12)),
            0.9,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.ide_agent_step(rng, j, repo))
                extra.append(900 + 220 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.0),
            comp_median=250.0,
            comp_sigma=0.7,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation job for an intent classifier (looks like synthetic-dataset generation)


def bonbon(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "bonbon"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    ips = bb.cloud(rng, irange(rng, 1, 2), "aws")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs = ("English", "Spanish", "German", "Brazilian Portuguese", "Japanese")
    start_h, hours = float(rng.uniform(0, 4)), float(rng.uniform(1, 3))
    for _ in range(irange(rng, 1, 2)):
        a = _acct(ctx, rng, kind, "augmentation_job", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        rate = float(rng.uniform(50, 120))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * hours * 7, bb.nightly(start_h, hours, tz))
        prompts = [tx.augmentation_request(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.7),
            comp_median=900.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# companion chat app backend (looks like multi-turn dialogue harvest)


def couverture(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "couverture"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "azure")
    langs, w = langs_for(rng, ("en", "pt", "es", "ja"), 2, 4)
    keys = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.7)
    rate = float(rng.uniform(4, 8))
    for key, starts in zip(
        keys, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, len(keys), curve), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lg = draw_langs(rng, langs, w, 1)[0]
            char = pick(rng, bb.NAMES)
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=k - 1))])
            for j in range(k):
                ts_all.append(float(t[j]))
                prompts.append(tx.companion_turn(rng, lg, char, ctx.chat))
                extra.append(400 + 150 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            key,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
            comp_median=120.0,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort (looks like a person-like crowd)


def feuilletine(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "feuilletine"
    tz = pick(rng, (-5, 0, 1))
    org, dept_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    phones = "us_mobile" if tz == -5 else "eu_mobile"
    course = f"{pick(rng, ('CS', 'COMP', 'INF'))}{irange(rng, 101, 399)}"
    deadlines = [
        ctx.t0 + float(rng.uniform(3.2, 3.7)) * DAY,
        ctx.t0 + float(rng.uniform(6.0, 6.6)) * DAY,
    ]

    def cram(base: bb.Curve) -> bb.Curve:
        def f(ts: np.ndarray) -> np.ndarray:
            near = sum(((d - ts) > 0) & ((d - ts) < 20 * HOUR) for d in deadlines)
            return np.clip(base(ts) * (0.35 + 0.65 * near), 0, 1)

        return f

    for _ in range(irange(rng, 35, 70)):
        own = chance(rng, 0.3)
        on_phone = chance(rng, 0.3)
        ips = campus + bb.home(rng, 1, tz)
        ua = pick(rng, bb.MOBILE[:3]) if on_phone else pick(rng, bb.BROWSERS)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=None if own else dept_card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        curve = cram(bb.evening_person(tz) if chance(rng, 0.7) else bb.workday(tz))
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(2, 6)),
                float(rng.uniform(40, 200)),
            )
        )
        if on_phone:
            ev_ips = [
                pick(rng, ips) if chance(rng, 0.4) else bb.mobile_v6(rng, 1, phones)[0]
                for _ in range(len(ts))
            ]
        else:
            ev_ips = picks(rng, ips, len(ts)) if len(ts) else []
        prompts = [tx.homework_prompt(rng, course, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            ips=ev_ips,
            comp_median=420.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# translation agency with a CAT-tool plugin (looks like a systematic sweep / translation harvest)


def mendiant(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "mendiant"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
    for _ in range(irange(rng, 3, 6)):
        a = _acct(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        targets = sorted(rng.permutation(len(tx.TARGETS))[: irange(rng, 2, 4)].tolist())
        rate = float(rng.uniform(15, 35))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.28, bb.workday(tz))
        prompts = [
            tx.translation_job(rng, ctx.passages, tx.TARGETS[targets[(j // 40) % len(targets)]])
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.15),
            comp_median=420.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# academic calibration / self-consistency study (looks like best-of-n sampling)


def guitar_cutter(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "guitar_cutter"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    ips = bb.home(rng, irange(rng, 1, 2), tz)
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    n_runs = irange(rng, 3, 5)
    for r in range(n_runs):
        key = keys[r % len(keys)]
        after = r >= 1
        start = (
            (ctx.release + float(rng.uniform(0.3, 2.5)) * DAY)
            if after
            else (ctx.t0 + float(rng.uniform(1, 3.5)) * DAY)
        )
        models = [ctx.new_model, ctx.old_models[0]] if after else [ctx.old_models[0]]
        m_items, n_samples = irange(rng, 40, 110), irange(rng, 8, 16)
        t = start
        ts_all, prompts, mods = [], [], []
        for _ in range(m_items):
            p = tx.calibration_item(rng)
            for m in models:
                gaps = rng.lognormal(np.log(1.0), 0.5, size=n_samples)
                times = t + np.cumsum(gaps)
                ts_all.extend(times.tolist())
                prompts.extend([p] * n_samples)
                mods.extend([m] * n_samples)
                t = float(times[-1]) + float(rng.uniform(1, 6))
        ctx.emit(
            rng,
            key,
            np.asarray(ts_all),
            prompts,
            models=mods,
            comp_median=60.0,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# product team replaying its own logged prompts against the new model (looks like prompt replay)


def transfer_sheet(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "transfer_sheet"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    ua = "OpenAI/Python 1.54.0"
    live = _acct(ctx, rng, kind, "production", org=org, pay=card, ua=ua, ips=ips)
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(float(rng.uniform(12, 18)), 0.6),
    )
    logged = [pick(rng, ctx.chat) for _ in range(len(ts))]
    ctx.emit(rng, live, ts, logged, models=ctx.old_models[0], comp_median=360.0, comp_sigma=0.7)
    for _ in range(irange(rng, 1, 2)):
        reg = _acct(ctx, rng, kind, "regression_suite", org=org, pay=card, ua=ua, ips=ips)
        start = ctx.release + float(rng.uniform(2, 30)) * HOUR
        n = irange(rng, 600, 1500)
        sample = picks(rng, logged, n) if logged else [pick(rng, ctx.chat) for _ in range(n)]
        rate = float(rng.uniform(1, 3))
        t = start + np.sort(rng.uniform(0, n / rate, size=n))
        both = np.concatenate([t, t + rng.uniform(0.05, 1.5, size=n)])
        mods = [ctx.new_model] * n + [ctx.old_models[0]] * n
        ctx.emit(
            rng,
            reg,
            both,
            sample + sample,
            models=mods,
            comp_median=360.0,
            comp_sigma=0.7,
            err=0.02,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "enrobing": enrobing,
    "conching": conching,
    "seed_method": seed_method,
    "gianduja": gianduja,
    "bonbon": bonbon,
    "couverture": couverture,
    "feuilletine": feuilletine,
    "mendiant": mendiant,
    "guitar_cutter": guitar_cutter,
    "transfer_sheet": transfer_sheet,
}
