"""Benign hard-negative kinds of batch 189 (code names from pottery).

Each kind is a function `(ctx, rng)` that opens legitimate accounts built to resemble one of this
batch's campaign families (or a campaign in general) and emits their events.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind189 import texts

B = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def pugmill(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model on release: chain-of-thought items, several
    samples per item (self-consistency), batch bursts from cloud VMs, old models run for comparison."""
    kind = "pugmill"
    tz = pick(rng, (-8, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    for _ in range(irange(rng, 3, 5)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, SDK_COMMON[:2]),
            ips=ips,
            tz=tz,
        )
        # a light pre-release regression suite, then a heavy sweep in the days after release
        pre = thinned(rng, ctx.t0, ctx.release, float(rng.uniform(1, 3)) * 4, workday(tz))
        post = thinned(
            rng,
            ctx.release,
            ctx.t1,
            float(rng.uniform(4, 8)) * 3,
            workday(tz, 8.0, 23.0, weekend=0.6),
        )
        starts = np.sort(np.concatenate([pre, post]))
        ts_l, pl, models = [], [], []
        for s in starts.tolist():
            n_items = irange(rng, 15, 40)
            samples = pick(rng, (1, 5, 5, 8))
            model = (
                ctx.new_model
                if s >= ctx.release and chance(rng, 0.55)
                else pick(rng, ctx.old_models)
            )
            t = s
            for _ in range(n_items):
                item = texts.eval_item(rng, irange(rng, 1, 5000))
                for _ in range(samples):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    ts_l.append(t)
                    pl.append(item)
                    models.append(model)
        ctx.emit(
            rng, a, np.asarray(ts_l), pl, models=models, comp_median=300.0, comp_sigma=0.6, err=0.02
        )


def leatherhard(ctx: Ctx, rng: np.random.Generator) -> None:
    """A QA/labelling vendor grading its clients' own support-bot transcripts against scorecards:
    one key per client project, office hours, bursts of a few dozen reviews."""
    kind = "leatherhard"
    tz = pick(rng, (5, 8, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    server = cloud(rng, 1, pick(rng, ("aws", "azure")))
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="client_project",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.7),
            ips=office + server,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 5, workday(tz))
        ts = _concat(bursts(rng, starts, float(rng.uniform(15, 40)), 2.5, 0.6))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.qa_review(rng, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.25, 0.3),
            comp_median=180.0,
        )


def nerikomi(ctx: Ctx, rng: np.random.Generator) -> None:
    """A community platform's trust-and-safety pipeline: classify posts in many languages around the
    clock and suggest compliant rewrites, mostly on the small model."""
    kind = "nerikomi"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 4, "aws")
    n = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(n)
    ]
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)), n, global_load(18.0, 0.5)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.1, 0.7),
            comp_median=70.0,
            comp_sigma=0.5,
        )


def obvara(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent IDE plugin's backend: tool-call loops of many steps per user task, developers in
    several offices, fast adoption of the new model."""
    kind = "obvara"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 4, 7), "gcp")
    n = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="plugin_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1")),
            ips=ips,
        )
        for _ in range(n)
    ]
    tasks = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)), n, multi_office([-8, -5, 1, 5])
    )
    for a, starts in zip(accts, tasks, strict=True):
        ts_l, pl = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 25)
            repo = hexid(rng, "repo")[5:11]
            ts_l += (s + np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k))).tolist()
            pl += [texts.code_agent_step(rng, repo, j) for j in range(k)]
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.7),
            comp_median=250.0,
            extra=irange(rng, 800, 2500),
        )


def anagama(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's data-augmentation job for its intent classifier: nightly batches of paraphrase
    generation from one cloud box, pinned to an old model."""
    kind = "anagama"
    tz = pick(rng, (1, -5, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        # a cron entry at 01:00 local (plus queueing delay); now and then a night is skipped
        first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + HOUR
        nights = first + DAY * np.arange(8) + rng.uniform(0, 20 * 60, size=8)
        starts = nights[(rng.random(8) > 0.1) & (nights >= ctx.t0) & (nights < ctx.t1)]
        ts = _concat(bursts(rng, starts, float(rng.uniform(80, 200)), 1.5, 0.4))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.paraphrases(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.0, 0.7),
            comp_median=400.0,
            comp_sigma=0.4,
        )


def noborigama(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion / role-play app: short chat lines from many phone users through the app's servers,
    evening-heavy worldwide load."""
    kind = "noborigama"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, pick(rng, ("aws", "digitalocean")))
    n = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 60)), n, global_load(20.0, 0.6)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.companion(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2),
            comp_median=120.0,
            extra=irange(rng, 400, 1200),
        )


def oribe(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: one org and one card, students on the same assignment prompts,
    together on the campus line during labs and from home before the deadline."""
    kind = "oribe"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    lab_day = irange(rng, 1, 3)
    for _ in range(irange(rng, 25, 45)):
        phone = chance(rng, 0.25)
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS),
            ips=(mobile_v6(rng, 2, "eu_mobile") if phone and tz in (0, 1) else home(rng, 1, tz)),
            tz=tz,
        )
        lab_start = ctx.t0 + lab_day * DAY + (14 - tz) * HOUR + float(rng.uniform(0, 0.3)) * HOUR
        lab = lab_start + np.sort(rng.uniform(0, 2 * HOUR, size=irange(rng, 3, 12)))
        deadline = ctx.t0 + (lab_day + 3) * DAY + (23 - tz) * HOUR
        cram = _concat(
            session_times(rng, deadline - 2 * DAY, deadline, 1.5, evening_person(tz), 4.0, 90.0)
        )
        other = _concat(session_times(rng, ctx.t0, ctx.t1, 0.4, evening_person(tz), 2.0, 60.0))
        ctx.emit(
            rng,
            a,
            lab,
            [texts.assignment(rng, ctx.chat) for _ in range(len(lab))],
            models=ctx.models(rng, lab, 0.5),
            ips=campus[0],
        )
        rest = np.sort(np.concatenate([cram, other]))
        ctx.emit(
            rng,
            a,
            rest,
            [texts.assignment(rng, ctx.chat) for _ in range(len(rest))],
            models=ctx.models(rng, rest, 0.5),
        )


def foot_ring(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators and a CAT-tool server send client documents into the few
    languages each job orders, during office hours."""
    kind = "foot_ring"
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    cat = cloud(rng, 1, pick(rng, ("ovh", "hetzner")))
    n = irange(rng, 3, 6)
    accts = [
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    accts.append(
        ctx.account(
            rng,
            label=B,
            family=kind,
            role="cat_server",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=cat,
            tz=tz,
        )
    )
    for a in accts:
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * 5, workday(tz))
        ts_l, pl = [], []
        for s in jobs.tolist():
            text = texts.excerpt(rng, ctx.passages, 200, 900)
            langs = rng.choice(len(texts.TARGETS), size=irange(rng, 1, 4), replace=False).tolist()
            style = pick(rng, (0, 3))
            t = s
            for li in langs:
                t += float(rng.lognormal(np.log(25.0), 0.8))
                ts_l.append(t)
                pl.append(texts.translate(rng, text, texts.TARGETS[li], style))
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, pl, models=ctx.models(rng, ts, 0.4), comp_median=350.0)


def banding_wheel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study of reasoning across difficulty: a grid of problem types x levels x paraphrases,
    run at a slow fixed rate in a few long runs, half on the new model and half on the old."""
    kind = "banding_wheel"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 8))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="study_runner",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "aws") + home(rng, 1, tz),
            tz=tz,
        )
        for _run in range(irange(rng, 1, 2)):
            s = ctx.release + float(rng.uniform(-0.5, 2.0)) * DAY
            dur = float(rng.uniform(6, 14)) * HOUR
            gap = float(rng.uniform(45, 120))
            ts = s + np.cumsum(gap * rng.uniform(0.9, 1.1, size=int(dur / gap)))
            pl, models = [], []
            for j in range(len(ts)):
                pl.append(texts.study_grid(rng, j // 60, (j // 3) % 10, j % 3))
                models.append(
                    ctx.new_model if (j % 2 and ts[j] >= ctx.release) else ctx.old_models[0]
                )
            ctx.emit(rng, a, ts, pl, models=models, comp_median=90.0, comp_sigma=0.9)


def slip_trail(ctx: Ctx, rng: np.random.Generator) -> None:
    """A digital marketing agency: one key per client under one org and card, staff working the
    clients' copy during office hours, quick to switch to the new model."""
    kind = "slip_trail"
    tz = pick(rng, (-5, 0, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tool = cloud(rng, 1, "aws")
    for _ in range(irange(rng, 6, 12)):
        a = ctx.account(
            rng,
            label=B,
            family=kind,
            role="client_key",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if chance(rng, 0.5) else "OpenAI/NodeJS 4.67.1",
            ips=office + tool,
            tz=tz,
        )
        ts = _concat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), 6.0, 75.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.marketing(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.85),
            comp_median=260.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "pugmill": pugmill,
    "leatherhard": leatherhard,
    "nerikomi": nerikomi,
    "obvara": obvara,
    "anagama": anagama,
    "noborigama": noborigama,
    "oribe": oribe,
    "foot_ring": foot_ring,
    "banding_wheel": banding_wheel,
    "slip_trail": slip_trail,
}
