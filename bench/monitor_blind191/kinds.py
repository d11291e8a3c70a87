"""Benign hard-negative kinds of batch 191 (code names from saddlery). Each is a generator
`kind(ctx, rng)` for legitimate users built to resemble one of this batch's campaign families (or
a campaign in general). Labels are "benign"; the `family` field holds the kind's name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind191 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _train(rng: Rng, start: float, k: int, gap: float, sigma: float = 0.4) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(0, k - 1)))]
    )


def hackamore(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking chain-of-thought maths on both models right after release:
    the same fixed item set, several runs, several samples per item. Looks like: reasoning-trace
    coercion (and best-of-n repeats)."""
    kind = "hackamore"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "gcp")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    items = [tx.benchmark_item(rng) for _ in range(irange(rng, 180, 260))]
    style = irange(rng, 0, 1)
    runs = [(ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY, ctx.old_models[0], 1)]
    r1 = ctx.release + float(rng.uniform(2, 14)) * HOUR
    runs += [(r1, ctx.new_model, 3), (r1 + float(rng.uniform(1, 4)) * HOUR, ctx.old_models[0], 1)]
    runs += [(ctx.t0 + float(rng.uniform(5.5, 6.5)) * DAY, ctx.new_model, irange(rng, 1, 3))]
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(0.5, 1.5)) * DAY, ctx.old_models[-1], 1))
    for j, (t_run, model, k) in enumerate(runs):
        a = accts[j % len(accts)]
        prompts = [tx.benchmark_wrap(it, style) for it in items for _ in range(k)]
        ts = _train(rng, t_run, len(prompts), float(rng.uniform(0.6, 1.5)), 0.6)
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=650, comp_sigma=0.5, err=0.02)
    # a trickle of interactive debugging by the researchers between runs
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)), bb.workday(-8))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.benchmark_wrap(pick(rng, items), style) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5),
            comp_median=600,
        )


def bosal(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's annotators drafting preference judgements in a browser tool, office
    shifts in one time zone. Looks like: judge / rubric grading."""
    kind = "bosal"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = 8
    office = bb.resi(rng, 2, "sea")
    project = pick(rng, ("Project Heron", "Helpfulness v4", "Pairwise-Q1", "Tone audit"))
    for _ in range(irange(rng, 15, 28)):
        ips = office + (bb.home(rng, 1, tz) if chance(rng, 0.3) else [])
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, tx.BG_BROWSER),
            ips=ips,
            tz=tz,
        )
        shift = float(rng.uniform(7.0, 10.0))
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2.0, 3.5)),
                bb.workday(tz, shift, shift + 9.0, 0.05),
                float(rng.uniform(6, 10)),
                float(rng.uniform(60, 110)),
                0.7,
            )
        )
        prompts = [tx.annotation_task(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=110,
            comp_sigma=0.5,
        )


def tapadero(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor: reported posts checked against policy with compliant rewrites,
    around the clock, multilingual. Looks like: policy-safe rewrites."""
    kind = "tapadero"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    platform = pick(rng, ("Chirpyard", "Loopboard", "Hearthly", "Pinwheel"))
    n = irange(rng, 3, 4)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0")),
            ips=bb.cloud(rng, 2, "aws"),
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(16, 20)), float(rng.uniform(0.4, 0.6)))
    for a, ts in zip(
        accts,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(18, 26)), n, curve),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, ctx.chat, platform) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.25),
            comp_median=230,
            comp_sigma=0.5,
        )


def martingale(ctx: Ctx, rng: Rng) -> None:
    """A software team's developers using coding-agent CLIs: bursts of tool steps in working
    hours, office and home addresses. Looks like: agent / tool-use transcripts."""
    kind = "martingale"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5))
    office = bb.resi(rng, irange(rng, 1, 2), "us")
    for _ in range(irange(rng, 12, 22)):
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=pick(rng, tx.AGENT_CLIS),
            ips=office + home,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 4.5)) * 7, bb.workday(tz, 9.0, 18.5, 0.08)
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = pick(rng, tx.DEV_TASKS)
            t = _train(rng, s, irange(rng, 4, 30), float(rng.uniform(5, 12)), 0.9)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.dev_step(rng, task, j))
                extra.append(1500 + 260 * j)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ips = [
            office[0] if bb.weekday(np.asarray([t]), tz)[0] < 5 and chance(rng, 0.7) else home[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[o] for o in order],
            models=ctx.models(rng, ts, p_new=0.45),
            ips=ips,
            comp_median=260,
            comp_sigma=0.7,
            extra=np.asarray(extra)[order],
        )


def crupper(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort on an education plan: many small student accounts asking about
    the same homework before two deadlines, from campus, home and phones. Looks like: a
    low-and-slow crowd sweeping one topic (and reasoning coercion)."""
    kind = "crupper"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1))
    course = pick(rng, ("stats", "algorithms"))
    lang = "de" if tz == 1 and chance(rng, 0.5) else "en"
    qsets = [tx.assignment_set(rng, course), tx.assignment_set(rng, course)]
    campus = bb.resi(rng, irange(rng, 2, 4), "eu")
    eve = bb.evening_person(tz, 3.0)
    deadlines = [
        ctx.t0 + (2.0 + float(rng.uniform(0.9, 0.99))) * DAY - tz * HOUR,
        ctx.t0 + (5.0 + float(rng.uniform(0.9, 0.99))) * DAY - tz * HOUR,
    ]
    for _ in range(irange(rng, 40, 75)):
        home = bb.home(rng, 1, tz)
        phone = chance(rng, 0.35)
        ua = pick(rng, bb.MOBILE[:3] + (tx.BG_PHONE,)) if phone else pick(rng, tx.BG_BROWSER)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        eagerness = float(rng.uniform(0.3, 1.5))
        ts_all, prompts, ips = [], [], []
        for dl, qs in zip(deadlines, qsets, strict=True):
            lead = min(3 * DAY, float(rng.uniform(6, 60)) * HOUR * eagerness)

            def near(t, dl=dl):
                return np.clip(np.exp(-(dl - t) / (18 * HOUR)) * eve(t) + 0.02, 0, 1) * (t < dl)

            for sess in bb.session_times(
                rng,
                dl - lead,
                dl,
                float(rng.uniform(1.0, 2.5)),
                near,
                float(rng.uniform(3, 7)),
                float(rng.uniform(40, 120)),
                0.9,
            ):
                loc = (
                    pick(rng, campus)
                    if chance(rng, 0.4)
                    else (
                        bb.mobile_v6(rng, 1, "eu_mobile")[0]
                        if phone and chance(rng, 0.5)
                        else home[0]
                    )
                )
                for t in sess.tolist():
                    ts_all.append(t)
                    prompts.append(
                        tx.student_prompt(rng, qs, lang)
                        if chance(rng, 0.85)
                        else tx._cut(pick(rng, ctx.chat), 600)
                    )
                    ips.append(loc)
        if not ts_all:
            ts_all, prompts, ips = (
                [deadlines[0] - 2 * HOUR],
                [tx.student_prompt(rng, qsets[0], lang)],
                [home[0]],
            )
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[o] for o in order],
            models=ctx.models(rng, ts[order], p_new=0.3),
            ips=[ips[o] for o in order],
            comp_median=380,
            comp_sigma=0.5,
        )


def numnah(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app's backend: short multi-turn chats with personas, worldwide, evening
    heavy. Looks like: multi-turn dialogue harvest."""
    kind = "numnah"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("digitalocean", "gcp")))
    n = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(1, 4)), float(rng.uniform(0.6, 0.8)))
    chats_per_hour = float(rng.uniform(5, 8))
    starts = bb.thinned(rng, ctx.t0, ctx.t1, chats_per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.integers(0, n, size=len(starts))
    ts_all: list[list[float]] = [[] for _ in range(n)]
    pr_all: list[list[str]] = [[] for _ in range(n)]
    ex_all: list[list[int]] = [[] for _ in range(n)]
    for s, w in zip(starts.tolist(), who.tolist(), strict=True):
        lang = pick(rng, ("en", "en", "en", "es", "pt", "tl"))
        persona = pick(rng, tx.COMPANION_PERSONAS)
        t = _train(rng, s, irange(rng, 2, 12), float(rng.uniform(20, 70)), 0.8)
        for j, tj in enumerate(t.tolist()):
            ts_all[w].append(tj)
            pr_all[w].append(tx.companion_prompt(rng, ctx.chat, lang, persona, j + 1))
            ex_all[w].append(350 + 60 * j)
    for i, a in enumerate(accts):
        ts = np.asarray(ts_all[i])
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [pr_all[i][o] for o in order],
            models=ctx.models(rng, ts[order], p_new=0.2),
            comp_median=110,
            comp_sigma=0.6,
            extra=np.asarray(ex_all[i], dtype=np.int64)[order] if order else 0,
        )


def surcingle(ctx: Ctx, rng: Rng) -> None:
    """A university study of answer variability: each item asked dozens of times in a row, on
    both models after the release. Looks like: best-of-n / soft-label sampling."""
    kind = "surcingle"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.resi(rng, 1, "eu") + bb.cloud(rng, 1, "aws")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_runner",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    items = list(tx.STUDY_STATEMENTS)
    reps = irange(rng, 15, 30)
    sessions = [
        ctx.t0 + float(rng.uniform(1.3, 2.0)) * DAY,
        ctx.release + float(rng.uniform(0.3, 0.8)) * DAY,
        ctx.release + float(rng.uniform(1.3, 2.2)) * DAY,
    ]
    for j, s in enumerate(sessions):
        models = [ctx.old_models[0]] if s < ctx.release else [ctx.new_model, ctx.old_models[0]]
        t = s
        for model in models:
            for it in items:
                style = irange(rng, 0, 1)
                ts = _train(rng, t, reps, float(rng.uniform(1.0, 2.5)), 0.3)
                a = accts[j % len(accts)]
                ctx.emit(
                    rng,
                    a,
                    ts,
                    tx.study_prompt(it, style),
                    models=model,
                    comp_median=3.0 if style == 0 else 45.0,
                    comp_sigma=0.3,
                    err=0.01,
                )
                t = float(ts[-1]) + float(rng.uniform(5, 60))


def cavesson(ctx: Ctx, rng: Rng) -> None:
    """A company's data-augmentation job: paraphrases and synthetic tickets for its own intent
    classifier, in a nightly window, long completions. Looks like: synthetic-dataset generation."""
    kind = "cavesson"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    product = pick(rng, ("HomeGrid Energy", "Parcelo", "Finnmark Bank", "Tellwave Mobile"))
    tz = -5
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="batch_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, 2, "azure"),
        )
        night = bb.nightly(float(rng.uniform(0.5, 2.0)), 3.0, tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 80)) * 3 * 7, night)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_prompt(rng, product, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.1),
            comp_median=1400,
            comp_sigma=0.35,
            err=0.02,
        )


def headstall(ctx: Ctx, rng: Rng) -> None:
    """A localisation agency with one key per client project: each source text fanned out into
    several target languages, automated and by hand. Looks like: translation harvest and a
    front that resells access."""
    kind = "headstall"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = 1
    office = bb.resi(rng, 1, "eu")
    server = bb.cloud(rng, 1, "hetzner")
    clients = [str(c) for c in rng.choice(tx.AGENCY_CLIENTS, size=irange(rng, 6, 9), replace=False)]
    for client in clients:
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_project",
            org=org,
            pay=card,
            ua=pick(rng, (tx.BG_SDK[0], tx.BG_BROWSER[0])),
            ips=office + server,
            tz=tz,
        )
        targets = [
            str(x) for x in rng.choice(tx.TARGET_LANGS, size=irange(rng, 3, 8), replace=False)
        ]
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, bb.workday(tz))
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            auto = chance(rng, 0.6)
            src = tx._cut(pick(rng, ctx.passages), irange(rng, 200, 900))
            t = _train(rng, s, len(targets), 3.0 if auto else 90.0, 0.5)
            for tj, lang in zip(t.tolist(), targets, strict=True):
                ts_all.append(tj)
                prompts.append(tx.agency_prompt(rng, client, src, lang))
                ips.append(server[0] if auto else office[0])
            if chance(rng, 0.3):
                ts_all.append(float(t[-1]) + float(rng.uniform(5, 40)) * MINUTE)
                prompts.append(tx.agency_adapt(rng, client, pick(rng, targets)))
                ips.append(office[0])
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[o] for o in order],
            models=ctx.models(rng, ts[order], p_new=0.35),
            ips=[ips[o] for o in order],
            comp_median=300,
            comp_sigma=0.5,
        )


def kimberwick(ctx: Ctx, rng: Rng) -> None:
    """Launch-week builders: new individual accounts signing up after the release to try the new
    model, some running small scripts. Looks like: fresh accounts pivoting to the new model."""
    kind = "kimberwick"
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, bb.TZS)
        ua = bb.sdk_ua(rng, 0.6) if chance(rng, 0.6) else pick(rng, tx.BG_BROWSER)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="early_adopter",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        born = ctx.release + float(rng.uniform(0.0, 2.0)) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, 9.0, 21.0, 0.6)
        ts = _cat(
            bb.session_times(
                rng,
                born,
                ctx.t1,
                float(rng.uniform(1.5, 4.0)),
                curve,
                float(rng.uniform(3, 8)),
                float(rng.uniform(30, 120)),
                1.0,
            )
        )
        if not len(ts):
            ts = np.asarray([born + 600.0])
        prompts = [tx.launch_probe(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=420,
            comp_sigma=0.7,
        )
        if chance(rng, 0.4):
            tpl = pick(rng, tx.SCRIPT_TASKS)
            for s in bb.thinned(rng, born, ctx.t1, float(rng.uniform(1, 3)), curve).tolist():
                k = irange(rng, 20, 100)
                tb = _train(rng, s, k, float(rng.uniform(0.8, 2.0)), 0.4)
                ctx.emit(
                    rng,
                    a,
                    tb,
                    [tx.script_item(rng, ctx.chat, tpl) for _ in range(k)],
                    models=ctx.models(rng, tb, p_new=0.9),
                    comp_median=40,
                    comp_sigma=0.5,
                    err=0.03,
                )


BENIGN_KINDS: dict[str, Callable] = {
    "hackamore": hackamore,
    "bosal": bosal,
    "tapadero": tapadero,
    "martingale": martingale,
    "crupper": crupper,
    "numnah": numnah,
    "surcingle": surcingle,
    "cavesson": cavesson,
    "headstall": headstall,
    "kimberwick": kimberwick,
}
