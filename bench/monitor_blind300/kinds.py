"""Benign hard-negative kinds of batch 300 (code names from cordwaining).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind300 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _serial(
    rng: np.random.Generator, start: float, n: int, gap: float, sigma: float = 0.4
) -> np.ndarray:
    """n requests of one sequential script: each waits for the previous answer."""
    return (
        start
        + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(n - 1, 0)))])[
            :n
        ]
    )


# --------------------------------------------------------------------------------------------


def cobbler(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation labs running private reasoning suites on the old models, then on the new one."""
    kind = "cobbler"
    for lab in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
        keys = [
            _acct(ctx, rng, kind, "eval_pipeline", org=org, pay=pay, ua=ua, ips=ips)
            for _ in range(irange(rng, 2, 4))
        ]
        suite = (
            pick(rng, ("reason-heldout", "mathmix-v3", "logicgrid-2k", "quant-private")) + f"-{lab}"
        )
        n_items, style = irange(rng, 250, 600), irange(rng, 0, 1)
        runs = [
            (ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY, ctx.old_models[0])
            for _ in range(irange(rng, 1, 2))
        ]
        if chance(rng, 0.5):
            runs.append((ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY, ctx.old_models[-1]))
        runs += [
            (ctx.release + float(rng.uniform(0.02, 2.5)) * DAY, ctx.new_model)
            for _ in range(irange(rng, 1, 3))
        ]
        for k, (s, model) in enumerate(runs):
            key = keys[k % len(keys)]
            dur = float(rng.uniform(20, 90)) * MINUTE
            ts = s + np.sort(rng.uniform(0, dur, size=n_items))
            prompts = [texts.bench_item(rng, i, suite, style) for i in range(n_items)]
            ctx.emit(
                rng, key, ts, prompts, models=model, comp_median=650.0, comp_sigma=0.6, err=0.03
            )


def clicker(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendors whose annotators check model responses against a rubric, office hours."""
    kind = "clicker"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (5, 8, 1, -5, 2))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = bb.home(rng, 1, tz)
        version = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
        p_new = float(rng.uniform(0.2, 0.7))
        for _ in range(irange(rng, 6, 14)):
            ips = office + (bb.home(rng, 1, tz) if chance(rng, 0.3) else [])
            a = _acct(
                ctx,
                rng,
                kind,
                "annotator",
                org=org,
                pay=pay,
                ua=pick(rng, bb.BROWSERS),
                ips=ips,
                tz=tz,
            )
            start = ctx.t0 + float(rng.uniform(0, 0.2)) * (ctx.t1 - ctx.t0)
            ts = _cat(
                bb.session_times(
                    rng,
                    start,
                    ctx.t1,
                    float(rng.uniform(4, 8)),
                    bb.workday(tz),
                    float(rng.uniform(5, 10)),
                    float(rng.uniform(60, 200)),
                )
            )
            prompts = [
                texts.annotator(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1),
                comp_median=160.0,
                comp_sigma=0.6,
                err=0.01,
            )


def laster(ctx: Ctx, rng: np.random.Generator) -> None:
    """A community platform's trust-and-safety team: guideline rewrites, pipeline plus moderators."""
    kind = "laster"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, -5, 2, -3))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        langs = ["en", "de", "pt"]
        w = rng.dirichlet(np.ones(3)) * 0.5
        w[0] += 0.5
        pipe = _acct(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, irange(rng, 1, 2), "aws"),
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(14, 21)), 0.6),
        )
        lg = [langs[i] for i in rng.choice(3, size=len(ts), p=w / w.sum()).tolist()]
        ctx.emit(
            rng,
            pipe,
            ts,
            [texts.moderation_rewrite(rng, ctx.chat, g) for g in lg],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.01,
        )
        office = bb.home(rng, 1, tz)
        for _ in range(irange(rng, 2, 4)):
            m = _acct(
                ctx,
                rng,
                kind,
                "moderator",
                org=org,
                pay=pay,
                ua=pick(rng, bb.BROWSERS),
                ips=office,
                tz=tz,
            )
            ts = _cat(
                bb.session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(2, 5)),
                    bb.workday(tz),
                    float(rng.uniform(3, 8)),
                    float(rng.uniform(40, 150)),
                )
            )
            ctx.emit(
                rng,
                m,
                ts,
                [texts.moderation_rewrite(rng, ctx.chat, pick(rng, langs)) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
                comp_median=260.0,
                comp_sigma=0.5,
            )


def skiver(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers using a coding agent: tool results fed back in loops."""
    kind = "skiver"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng, ("devagent-cli/0.9.4 node/20.11.1", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1")
    )
    tzs = [pick(rng, (1, -5, -8, 2, 5)) for _ in range(irange(rng, 1, 3))]
    offices = {tz: bb.home(rng, 1, tz) for tz in tzs}
    for _ in range(irange(rng, 8, 18)):
        tz = pick(rng, tzs)
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=offices[tz] + bb.home(rng, 1, tz),
            tz=tz,
        )
        ts_all, prompts, extra = [], [], []
        for s in bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * 7, bb.workday(tz)
        ).tolist():
            steps = texts.coding_agent(rng, ctx.chat)
            t = _serial(rng, s, len(steps), float(rng.uniform(5, 15)), 0.7)
            ts_all.extend(t.tolist())
            prompts.extend(steps)
            base = irange(rng, 1500, 6000)
            extra.extend([base + i * irange(rng, 300, 900) for i in range(len(steps))])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=320.0,
            comp_sigma=0.7,
            err=0.02,
            extra=extra,
        )


def brogue(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: many people's evening conversations, with memory context."""
    kind = "brogue"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    keys = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    buckets: list[tuple[list, list, list]] = [([], [], []) for _ in keys]
    for _ in range(irange(rng, 60, 120)):
        tz = pick(rng, bb.TZS)
        k = int(rng.integers(len(keys)))
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.2)),
            bb.evening_person(tz),
            float(rng.uniform(8, 15)),
            float(rng.uniform(20, 60)),
        ):
            buckets[k][0].extend(s.tolist())
            buckets[k][1].extend(texts.companion(rng) for _ in range(len(s)))
            buckets[k][2].extend(800 + i * 120 for i in range(len(s)))
    for key, (ts, prompts, extra) in zip(keys, buckets, strict=True):
        arr = np.asarray(ts)
        ctx.emit(
            rng,
            key,
            arr,
            prompts,
            models=ctx.models(rng, arr, p_new=0.3, p_mini=0.6),
            comp_median=110.0,
            comp_sigma=0.6,
            err=0.01,
            extra=extra,
        )


def lapstone(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort on course credits: many new keys, one card, lab sessions on campus."""
    kind = "lapstone"
    tz = pick(rng, (1, -5, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("DS101", "STAT210", "Intro to Data Science", "CS 1301"))
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    d1 = irange(rng, 0, 2)
    labs = [d1, d1 + irange(rng, 2, 3)]
    week = irange(rng, 3, 9)
    lab_h = float(rng.uniform(9, 15))
    for _ in range(irange(rng, 25, 45)):
        home = bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.8) else pick(rng, bb.MOBILE[:3]),
            ips=home,
            tz=tz,
        )
        first = None
        for j, d in enumerate(labs):
            s = ctx.t0 + d * DAY + (lab_h - tz) * HOUR
            first = s if first is None else first
            ts = np.sort(rng.uniform(s, s + 2 * HOUR, size=irange(rng, 3, 15)))
            ctx.emit(
                rng,
                a,
                ts,
                [texts.assignment(rng, course, week + j, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.25, p_mini=0.0),
                ips=picks(rng, campus, len(ts)),
                comp_median=420.0,
                comp_sigma=0.6,
            )
        ts = _cat(
            bb.session_times(
                rng,
                first,
                ctx.t1,
                float(rng.uniform(0.3, 1.0)),
                bb.evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.assignment(rng, course, week + 1, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.0),
            comp_median=420.0,
            comp_sigma=0.6,
        )


def goodyear_welt(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation teams paraphrasing their own support utterances for an intent classifier."""
    kind = "goodyear_welt"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, -5, 2, 8))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        brand = pick(rng, ("ParcelPoint", "Lumo Mobile", "Brightbank", "Kasa Energy", "Tidewell"))
        job = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure"))),
            tz=tz,
        )
        night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 4)), tz)
        ts = _cat(bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 120)) / 6, 1, night))
        p_new = float(rng.uniform(0.1, 0.5))
        ctx.emit(
            rng,
            job,
            ts,
            [texts.paraphrase_job(rng, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.35),
            comp_median=450.0,
            comp_sigma=0.4,
            err=0.02,
        )
        dev = _acct(
            ctx,
            rng,
            kind,
            "ml_engineer",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 6.0, 40.0))
        ctx.emit(
            rng,
            dev,
            ts,
            [texts.paraphrase_job(rng, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=450.0,
            comp_sigma=0.4,
        )


def heel_breast(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators in and out of the office, multi-language client projects."""
    kind = "heel_breast"
    tz = pick(rng, (1, 2, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    clients = [
        pick(rng, ("Norvale", "Kestrel Audio", "Pinebrook Health", "Oakline Travel", "Veloquip"))
        for _ in range(3)
    ]
    jobs = []
    for _ in range(irange(rng, 10, 22)):
        client = pick(rng, clients)
        ps = [
            texts.clip(ctx.passages[i], irange(rng, 400, 1400))
            for i in rng.integers(0, len(ctx.passages), size=irange(rng, 2, 8)).tolist()
        ]
        tgts = [
            texts.TARGET_LANGS[i]
            for i in rng.permutation(len(texts.TARGET_LANGS))[: irange(rng, 2, 6)].tolist()
        ]
        jobs.extend((client, p, t) for p in ps for t in tgts)
    order = rng.permutation(len(jobs)).tolist()
    n = irange(rng, 5, 10)
    for i in range(n):
        remote = chance(rng, 0.4)
        ttz = pick(rng, bb.TZS) if remote else tz
        ips = bb.home(rng, 1, ttz) if remote else office + bb.home(rng, 1, tz)
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        a = _acct(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=ips, tz=ttz)
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(ttz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(120, 500)),
            )
        )
        mine = order[i::n] or order[:1]
        prompts = []
        for j in range(len(ts)):
            client, p, t = jobs[mine[j % len(mine)]]
            prompts.append(texts.translation_job(rng, p, "English", t, client))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            comp_median=520.0,
            comp_sigma=0.5,
        )


def pattern_cutter(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer variability and calibration: each item sampled many times per model."""
    kind = "pattern_cutter"
    tz = pick(rng, (1, -5, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            role,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1")),
            ips=campus,
            tz=tz,
        )
        for role in ("postdoc", "phd_student")
    ]
    reps = irange(rng, 15, 35)
    runs = []
    if chance(rng, 0.7):
        runs += [(ctx.release - float(rng.uniform(0.3, 2.0)) * DAY, m) for m in ctx.old_models]
    runs += [
        (ctx.release + float(rng.uniform(0.1, 1.5)) * DAY, ctx.new_model),
        (ctx.release + float(rng.uniform(0.5, 2.5)) * DAY, ctx.old_models[0]),
    ]
    for k, (s, model) in enumerate(runs):
        prompts = [
            texts.calibration_item(i, f)
            for i in range(len(texts.TRIVIA))
            for f in (0, 1)
            for _ in range(reps)
        ]
        ts = _serial(rng, s, len(prompts), float(rng.uniform(1.0, 2.5)), 0.5)
        ctx.emit(
            rng, keys[k % 2], ts, prompts, models=model, comp_median=40.0, comp_sigma=0.4, err=0.02
        )


def stiffener(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product: a nightly syllabus content job plus live student questions after school."""
    kind = "stiffener"
    tz = pick(rng, (-5, 1, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "digitalocean")))
    content = _acct(
        ctx,
        rng,
        kind,
        "content_pipeline",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=ips,
        tz=tz,
    )
    live = _acct(
        ctx, rng, kind, "live_tutor", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips, tz=tz
    )
    cells = [
        (g, subject, unit)
        for g in range(6, 13)
        for subject, units in texts.CURRICULUM["en"]
        for unit in units
    ]
    nights = sorted(int(x) for x in rng.choice(7, size=irange(rng, 2, 4), replace=False))
    gap = float(rng.uniform(40, 90))
    cursor, ts_all = 0, []
    for d in nights:
        s = ctx.t0 + d * DAY + (float(rng.uniform(0, 3)) - tz) * HOUR
        n = int(float(rng.uniform(2, 4)) * HOUR / gap)
        ts_all.append(_serial(rng, s, n, gap, 0.3))
    ts = _cat(ts_all)
    prompts = []
    for _ in range(len(ts)):
        g, subject, unit = cells[cursor % len(cells)]
        cursor += 1
        prompts.append(texts.lesson_request(rng, g, subject, unit))
    ctx.emit(
        rng,
        content,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
        comp_median=500.0,
        comp_sigma=0.35,
        err=0.01,
    )

    def after_school(x: np.ndarray) -> np.ndarray:
        h = bb.local_hour(x, tz)
        return np.clip(0.03 + ((h >= 15.5) & (h < 21.5)) * 1.0, 0, 1)

    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * 7 * 24 / 4, after_school)
    live_prompts = [
        texts.problem(rng) if chance(rng, 0.5) else texts.short_chat(rng, ctx.chat, 10, 400)
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        live,
        ts,
        live_prompts,
        models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
        comp_median=380.0,
        comp_sigma=0.6,
    )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "cobbler": cobbler,
    "clicker": clicker,
    "laster": laster,
    "skiver": skiver,
    "brogue": brogue,
    "lapstone": lapstone,
    "goodyear_welt": goodyear_welt,
    "heel_breast": heel_breast,
    "pattern_cutter": pattern_cutter,
    "stiffener": stiffener,
}
