"""Benign hard-negative kinds of blind batch 86 (paragliding code names): legitimate customers
whose traffic resembles harvesting. Each kind draws its parameters per seed."""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    providers,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind86 import texts as T
from bench.monitor_blind86.families import active_only

_REGION = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _train(
    rng: np.random.Generator, start: float, k: int, gap: float, sigma: float = 0.5
) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(k - 1, 0)))]
    )


def _emit_split(
    ctx: Ctx,
    rng: np.random.Generator,
    accts: list,
    ts: np.ndarray,
    prompts: list[str],
    models: list[str],
    **kw,
) -> None:
    """Jobs of one run spread over an organisation's keys at random."""
    who = rng.integers(0, len(accts), size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        if len(sel):
            ctx.emit(
                rng,
                a,
                ts[sel],
                [prompts[k] for k in sel.tolist()],
                models=[models[k] for k in sel.tolist()],
                **kw,
            )


def vario_beep(ctx: Ctx, rng: np.random.Generator) -> None:
    """Model-evaluation teams: fixed benchmark suites run nightly from CI, repeated sampling for
    pass@k, and a full sweep of the new model within hours of its release."""
    name = "vario_beep"
    r = _r(rng)
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov, tz = pick(rng, providers()), pick(rng, TZS)
        ips = cloud(rng, irange(rng, 1, 3), prov)
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.58.1",
                "python-httpx/0.28.1",
                "lm-eval-harness/0.4.7 OpenAI/Python 1.54.0",
                "inspect_ai/0.3.58",
            ),
        )
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=name,
                role="ci_key",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 2, 5))
        ]
        suites = r.sample(T.EVAL_SUITES, irange(rng, 2, 5))
        bench = [
            T.eval_item(r, r.choice(suites), ctx.passages[r.randrange(len(ctx.passages))])
            for _ in range(irange(rng, 100, 320))
        ]
        k_samples = pick(rng, (1, 1, 3, 5))
        gap = _u(rng, 0.3, 2.0)
        frac = _u(rng, 0.1, 0.4)
        start_h = _u(rng, 0, 5)
        runs = []
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            s = day0 + d * DAY + (start_h - tz) * HOUR + _u(rng, 0, 20 * MINUTE)
            runs.append((s, frac, k_samples, None))
        runs.append(
            (
                ctx.release + _u(rng, 1, 10) * HOUR,
                1.0,
                max(k_samples, pick(rng, (3, 5, 10))),
                ctx.new_model,
            )
        )
        for s, f, k, forced in runs:
            items = [b for b in bench if r.random() < f]
            prompts = [p for p in items for _ in range(k)]
            ts = _train(rng, s, len(prompts), gap)
            model = forced or (
                ctx.new_model if s >= ctx.release and chance(rng, 0.5) else ctx.old_models[0]
            )
            _emit_split(ctx, rng, keys, ts, prompts, [model] * len(ts), comp_median=120, err=0.02)


def riser_check(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators on the vendor's keys rate, classify and rewrite model
    responses during office hours, from office NAT addresses."""
    name = "riser_check"
    r = _r(rng)
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (5, 8, 3, 1, -3))
        office = resi(rng, irange(rng, 1, 3), _REGION[tz])
        tasks = r.sample(T.LABEL_TASKS, irange(rng, 2, 4))
        p_new = _u(rng, 0.3, 0.8)
        for _ in range(irange(rng, 8, 18)):
            remote = chance(rng, 0.25)
            ips = home(rng, 1, tz) if remote else office
            a = ctx.account(
                rng,
                label="benign",
                family=name,
                role="annotator",
                org=org,
                pay=pay,
                ua=pick(rng, BROWSERS),
                ips=ips,
                tz=tz,
            )
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
            ts = np.sort(
                np.concatenate(
                    session_times(
                        rng,
                        start,
                        ctx.t1,
                        _u(rng, 1.2, 3),
                        workday(tz),
                        _u(rng, 8, 25),
                        _u(rng, 40, 120),
                    )
                    or [np.empty(0)]
                )
            )
            prompts = [
                T.annotator_task(
                    r,
                    r.choice(tasks),
                    ctx.chat[r.randrange(len(ctx.chat))],
                    ctx.passages[r.randrange(len(ctx.passages))],
                )
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new),
                comp_median=150,
                err=0.005,
            )


def speedbar_glide(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using an IDE coding agent on their own keys: bursts of tool-loop steps with
    growing context during their working day."""
    name = "speedbar_glide"
    r = _r(rng)
    uas = (
        "CodeAgent-VSCode/1.9.3 node/20.18.0",
        "OpenAI/NodeJS 4.85.1",
        "reqwest/0.12.12",
        "axios/1.7.9",
    )
    company = (hexid(rng, "org"), hexid(rng, "pay"))
    for _ in range(irange(rng, 10, 20)):
        tz = pick(rng, TZS)
        org, pay = company if chance(rng, 0.3) else (None, None)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            org=org,
            pay=pay,
            ua=pick(rng, uas),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts_l, prompts, extra = [], [], []
        per_tok = _u(rng, 500, 1500)
        for s in thinned(
            rng,
            start,
            ctx.t1,
            _u(rng, 1.5, 5) * (ctx.t1 - start) / DAY,
            workday(tz, start=9.5, end=19),
        ).tolist():
            k = irange(rng, 3, 30)
            t = _train(rng, s, k, _u(rng, 3, 9), 0.7)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                prompts.append(T.ide_agent_step(r, j))
                extra.append(int(min(60000, 2000 + j * per_tok)))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            comp_median=380,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )


def xc_triangle(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation services: when a client ships new content, every string is translated into
    each target locale in one fast templated run; a small trickle otherwise."""
    name = "xc_triangle"
    r = _r(rng)
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, providers()))
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=name,
                role="tms_connector",
                org=org,
                pay=pay,
                ua=pick(rng, SDK_COMMON[:3]),
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        product = f"{pick(rng, ('Lumen', 'Parcelly', 'Fitbloom', 'Quillr', 'Harbor', 'Tandemly'))} {pick(rng, ('app', 'web', 'help center'))}"
        locales = [
            T.LOCALES[i]
            for i in rng.choice(len(T.LOCALES), size=irange(rng, 5, 12), replace=False).tolist()
        ]
        gap = _u(rng, 0.3, 1.5)
        drops = thinned(rng, ctx.t0, ctx.t1, irange(rng, 3, 8), workday(tz))
        for s in drops.tolist():
            n_str = irange(rng, 20, 110)
            sources = [
                None
                if r.random() < 0.5
                else ctx.chat[r.randrange(len(ctx.chat))][: r.randint(30, 140)]
                for _ in range(n_str)
            ]
            seeds = [r.getrandbits(48) for _ in sources]
            prompts = [
                T.l10n_string(r, loc, product, src, sd)
                for loc in locales
                for src, sd in zip(sources, seeds, strict=True)
            ]
            ts = _train(rng, s, len(prompts), gap)
            _emit_split(
                ctx,
                rng,
                keys,
                ts,
                prompts,
                ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
                comp_median=30,
                comp_sigma=0.5,
                err=0.03,
            )
        trickle = thinned(rng, ctx.t0, ctx.t1, irange(rng, 50, 250), workday(tz))
        prompts = [T.l10n_string(r, r.choice(locales), product) for _ in range(len(trickle))]
        _emit_split(
            ctx,
            rng,
            keys,
            trickle,
            prompts,
            ctx.models(rng, trickle, p_new=0.3, p_mini=0.5),
            comp_median=30,
        )


def forward_launch(ctx: Ctx, rng: np.random.Generator) -> None:
    """An education product: a nightly content pipeline generating practice problems with worked
    solutions, plus the student-facing app's explain-it-to-me requests."""
    name = "forward_launch"
    r = _r(rng)
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        prov = pick(rng, providers())
        pipe = ctx.account(
            rng,
            label="benign",
            family=name,
            role="content_pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, SDK_COMMON[:2]),
            ips=cloud(rng, 1, prov),
            tz=tz,
        )
        night = nightly(_u(rng, 0, 3), _u(rng, 2, 5), tz)
        starts = thinned(rng, ctx.t0, ctx.t1, 7, night)
        grades = list(range(irange(rng, 1, 5), irange(rng, 8, 12) + 1))
        ts_p = np.sort(
            np.concatenate(
                [_train(rng, s, irange(rng, 120, 450), _u(rng, 3, 10)) for s in starts.tolist()]
                or [np.empty(0)]
            )
        )
        prompts = [T.lesson_content(r, r.choice(grades), "any") for _ in range(len(ts_p))]
        ctx.emit(
            rng,
            pipe,
            ts_p,
            prompts,
            models=ctx.models(rng, ts_p, p_new=0.5),
            comp_median=800,
            err=0.02,
        )
        for _ in range(irange(rng, 1, 3)):
            app = ctx.account(
                rng,
                label="benign",
                family=name,
                role="app_backend",
                org=org,
                pay=pay,
                ua=pick(rng, SDK_COMMON[:3]),
                ips=cloud(rng, irange(rng, 2, 4), prov),
                tz=tz,
            )
            ts = thinned(
                rng, ctx.t0, ctx.t1, irange(rng, 600, 2200), evening_person(tz, spread=3.0)
            )
            prompts = [
                T.lesson_content(r, r.choice(grades), r.choice(T.CURRICULUM)[1])
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                app,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.4, p_mini=0.5),
                comp_median=450,
                err=0.01,
            )


def ground_handling(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course: every student runs the same assignment script over the same dataset
    (often more than once) on course-funded keys, mostly the night before the deadline."""
    name = "ground_handling"
    r = _r(rng)
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        campus = resi(rng, irange(rng, 1, 2), _REGION[tz])
        template = T.course_template(r)
        data = [
            T.course_item(r, ctx.chat[r.randrange(len(ctx.chat))])
            for _ in range(irange(rng, 25, 100))
        ]
        deadline = ctx.t0 + _u(rng, 3.5, 6.8) * DAY
        mean_lead = _u(rng, 0.4, 1.5) * DAY
        for _ in range(irange(rng, 20, 40)):
            ip_home = home(rng, 1, tz)
            a = ctx.account(
                rng,
                label="benign",
                family=name,
                role="student",
                org=org,
                pay=pay,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "OpenAI/Python 1.54.0",
                        "OpenAI/Python 1.58.1",
                        "python-httpx/0.28.1",
                    ),
                ),
                ips=campus + ip_home,
                tz=tz,
            )
            tmpl = template + (
                r.choice((" Answer in one word.", " Be concise.", "\nOutput JSON.", ""))
                if r.random() < 0.3
                else ""
            )
            ts_l, prompts, ips = [], [], []
            for _run in range(irange(rng, 1, 3)):
                s = deadline - float(rng.exponential(mean_lead))
                sub = data if chance(rng, 0.6) else data[: irange(rng, 3, len(data))]
                t = _train(rng, s, len(sub), _u(rng, 0.8, 3))
                where = pick(rng, campus + ip_home)
                ts_l.extend(t.tolist())
                prompts.extend(tmpl.format(item=x) for x in sub)
                ips.extend([where] * len(sub))
            for s in thinned(rng, ctx.t0, deadline, irange(rng, 1, 6), evening_person(tz)).tolist():
                ts_l.append(s)
                prompts.append(ctx.chat[r.randrange(len(ctx.chat))])
                ips.append(ip_home[0])
            ts = np.asarray(ts_l)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.1, p_mini=0.8),
                ips=ips,
                comp_median=80,
                err=0.03,
            )


def polar_curve(ctx: Ctx, rng: np.random.Generator) -> None:
    """Academic labs: experiment runs that ask the same items under several conditions and
    repetitions (persona surveys, dilemmas, cross-lingual probes, calibration), old vs new model."""
    name = "polar_curve"
    r = _r(rng)
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1, 2, 9))
        ips = (
            resi(rng, irange(rng, 1, 2), _REGION[tz])
            if chance(rng, 0.6)
            else cloud(rng, irange(rng, 1, 3), pick(rng, providers()))
        )
        ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=name,
                role="lab_key",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 2, 5))
        ]
        for s in thinned(
            rng, ctx.t0, ctx.t1, irange(rng, 2, 5), workday(tz, start=10, end=23, weekend=0.3)
        ).tolist():
            study = r.choice(T.STUDIES)
            n_items, reps = irange(rng, 40, 200), irange(rng, 1, 4)
            conds = [
                f"cond={c} temp={t}"
                for c, t in zip("ABCDEF", (0.0, 0.3, 0.7, 1.0, 1.2, 0.5), strict=True)
            ][: irange(rng, 2, 6)]
            prompts = [
                T.lab_prompt(r, study, i, c)
                for i in range(n_items)
                for c in conds
                for _ in range(reps)
            ][:2500]
            ts = _train(rng, s, len(prompts), _u(rng, 0.2, 1.0))
            model = (
                ctx.new_model
                if s >= ctx.release and chance(rng, 0.6)
                else pick(rng, ctx.old_models)
            )
            _emit_split(
                ctx,
                rng,
                keys,
                ts,
                prompts,
                [model] * len(ts),
                comp_median=_u(rng, 10, 80),
                err=0.02,
            )


def ridge_soaring(ctx: Ctx, rng: np.random.Generator) -> None:
    """A retrieval-augmented news/document digest service: long documents summarised or queried
    around the clock for its subscribers."""
    name = "ridge_soaring"
    r = _r(rng)
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, providers())
        styles = r.sample(("summary", "qa", "extract"), irange(rng, 1, 3))
        curve = global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.6))
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(
                rng,
                label="benign",
                family=name,
                role="digest_backend",
                org=org,
                pay=pay,
                ua=pick(
                    rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "llama-index/0.12.8")
                ),
                ips=cloud(rng, irange(rng, 1, 3), prov),
            )
            ts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 1200, 3500), curve)
            prompts = [
                T.digest_prompt(r, ctx.passages[r.randrange(len(ctx.passages))], r.choice(styles))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
                comp_median=260,
                extra=rng.integers(500, 4000, size=len(ts)),
                err=0.01,
            )


BENIGN_KINDS = {
    "vario_beep": active_only(vario_beep),
    "riser_check": active_only(riser_check),
    "speedbar_glide": active_only(speedbar_glide),
    "xc_triangle": active_only(xc_triangle),
    "forward_launch": active_only(forward_launch),
    "ground_handling": active_only(ground_handling),
    "polar_curve": active_only(polar_curve),
    "ridge_soaring": active_only(ridge_soaring),
}
