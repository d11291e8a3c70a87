"""Benign hard-negative kinds of batch 123 (code names from leatherwork).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
The README card says what each one looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind123 import texts as tx

Rng = np.random.Generator


def _u(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit_sorted(
    ctx: Ctx, rng: Rng, acct, ev: list[tuple], *, p_new: float, p_mini: float, comp, **kw
) -> None:
    """Events given as (ts, prompt[, extra]) tuples; comp is a number or a per-tuple function."""
    ev.sort(key=lambda e: e[0])
    ts = np.asarray([e[0] for e in ev])
    cm = np.asarray([comp(e) for e in ev]) if callable(comp) else comp
    ctx.emit(
        rng,
        acct,
        ts,
        [e[1] for e in ev],
        models=ctx.models(rng, ts, p_new=p_new, p_mini=p_mini),
        comp_median=cm,
        **kw,
    )


# ============================================================================================


def awl(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab: a fixed benchmark with step-by-step prompts, run as fast passes: a
    baseline on the old flagship, then the new model several times (seeds) right after release."""
    name = "awl"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, "gcp"),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    bank = tx.eval_item_bank(rng, irange(rng, 250, 450))
    old, new = ctx.old_models[0], ctx.new_model
    runs = [(ctx.t0 + _u(rng, 0.5, 2.5) * DAY, old)]
    t = ctx.release + _u(rng, 1, 10) * HOUR
    for _ in range(irange(rng, 2, 3)):
        runs.append((t, new))
        t += _u(rng, 2, 14) * HOUR
    runs.append((t, old))
    if chance(rng, 0.6):
        runs.append((t + _u(rng, 6, 30) * HOUR, ctx.old_models[-1]))
    per: list[list[tuple]] = [[] for _ in keys]
    for start, model in runs:
        rate = _u(rng, 250, 600)  # items per hour (concurrency-limited)
        ts = start + np.cumsum(rng.exponential(HOUR / rate, size=len(bank)))
        for j, (ti, item) in enumerate(
            zip(ts.tolist(), rng.permutation(len(bank)).tolist(), strict=True)
        ):
            k = j % len(keys)
            per[k].append((ti, bank[item], model))
    for acct, ev in zip(keys, per, strict=True):
        ev.sort(key=lambda e: e[0])
        models = [e[2] for e in ev]
        ts = np.asarray([e[0] for e in ev])
        ctx.emit(
            rng,
            acct,
            ts,
            [e[1] for e in ev],
            models=models,
            comp_median=520,
            comp_sigma=0.6,
            err=0.02,
        )


def wing_divider(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's QA assistant: pairwise comparison items with a guideline, checked
    against the annotator's choice, in office hours, one key per project."""
    name = "wing_divider"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 1, -3))
    offices = [home(rng, 1, tz)[0] for _ in range(2)]
    backend = cloud(rng, 2, pick(rng, ("aws", "azure")))
    for _ in range(irange(rng, 6, 14)):
        in_tool = chance(rng, 0.5)
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="project_key",
            org=org,
            pay=card,
            tz=tz,
            ua=pick(rng, BROWSERS) if in_tool else "python-requests/2.32.3",
            ips=[pick(rng, offices)] if in_tool else backend,
        )
        rate = _u(rng, 4, 12)  # per working hour
        ts = thinned(rng, ctx.t0, ctx.t1, rate * 45, workday(tz))
        prompts = [tx.annotation_qa_prompt(rng, ctx.passages, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=55,
            comp_sigma=0.5,
        )


def burnisher(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor: multilingual moderation of flagged posts, around the clock,
    with suggested compliant edits."""
    name = "burnisher"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws", "gcp"))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="queue_worker",
            org=org,
            pay=card,
            ua=pick(
                rng,
                ("Go-http-client/2.0", "okhttp/4.12.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"),
            ),
            ips=cloud(rng, 2, prov),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    pools = worker_pool(
        rng, ctx.t0, ctx.t1, _u(rng, 10, 25), len(keys), global_load(_u(rng, 10, 18), 0.6)
    )
    for acct, ts in zip(keys, pools, strict=True):
        prompts = [tx.moderation_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=90,
            comp_sigma=0.5,
        )


def swivel_knife(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: developers' tasks then tool outputs (tests, files, tracebacks) in
    multi-step episodes with growing context; switches to the new model a day after release."""
    name = "swivel_knife"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 6, 16), "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="product_key",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=backend,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    switch = ctx.release + _u(rng, 12, 36) * HOUR
    curve = multi_office((-8, -5, 1))
    starts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 2.5, 6) * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve)
    per: list[list[tuple]] = [[] for _ in keys]
    for s in starts.tolist():
        k = irange(rng, 2, 22)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.9, size=k - 1))])
        who = 0 if chance(rng, 0.85) else int(rng.integers(len(keys)))
        base = irange(rng, 1200, 3000)
        for j, tj in enumerate(t.tolist()):
            per[who].append((tj, tx.coding_agent_step(rng, ctx.chat, j), base + 500 * j))
    for acct, ev in zip(keys, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ts = np.asarray([e[0] for e in ev])
        drawn = ctx.models(rng, ts, p_new=0.7, p_mini=0.0)
        models = [
            ctx.old_models[0] if (m == ctx.new_model and t < switch) else m
            for m, t in zip(drawn, ts.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            [e[1] for e in ev],
            models=models,
            extra=np.asarray([e[2] for e in ev]),
            comp_median=260,
            comp_sigma=0.7,
        )


def stitching_pony(ctx: Ctx, rng: Rng) -> None:
    """A product team's data augmentation: a nightly job paraphrasing customer messages per intent
    for their own classifier, on the small old model; a developer tries prompts by day."""
    name = "stitching_pony"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2))
    job = ctx.account(
        rng,
        label="benign",
        family=name,
        role="nightly_job",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "gcp"),
        tz=tz,
    )
    dev = ctx.account(
        rng,
        label="benign",
        family=name,
        role="developer",
        org=org,
        pay=card,
        ua=pick(rng, ("OpenAI/Python 1.58.1", "PostmanRuntime/7.43.0")),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    hours = _u(rng, 1.5, 3)
    ts = thinned(
        rng, ctx.t0, ctx.t1, _u(rng, 90, 180) * hours * 7, nightly(_u(rng, 1, 3), hours, tz)
    )
    ctx.emit(
        rng,
        job,
        ts,
        [tx.augment_prompt(rng) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.02, p_mini=0.75),
        comp_median=420,
        comp_sigma=0.35,
    )
    td = _cat(session_times(rng, ctx.t0, ctx.t1, 0.8, workday(tz), 6, 90))
    ctx.emit(
        rng,
        dev,
        td,
        [tx.augment_prompt(rng) for _ in range(len(td))],
        models=ctx.models(rng, td, p_new=0.4, p_mini=0.3),
        comp_median=420,
    )


def cordovan(ctx: Ctx, rng: Rng) -> None:
    """A companion / role-play app: end users' short multi-turn chats with characters, relayed by
    the app's backend around the clock."""
    name = "cordovan"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 3, 8), pick(rng, ("gcp", "aws")))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    rate = _u(rng, 12, 25)
    size = _u(rng, 6, 10)
    sess = session_times(
        rng, ctx.t0, ctx.t1, rate * 24 / size, global_load(_u(rng, 18, 23), 0.5), size, 25, 0.7
    )
    per: list[list[tuple]] = [[] for _ in keys]
    for s in sess:
        persona = int(rng.integers(tx.N_PERSONAS))
        who = int(rng.integers(len(keys)))
        for t in s.tolist():
            per[who].append((t, tx.companion_prompt(rng, ctx.chat, persona)))
    for acct, ev in zip(keys, per, strict=True):
        _emit_sorted(ctx, rng, acct, ev, p_new=0.3, p_mini=0.4, comp=110, comp_sigma=0.6)


def pricking_iron(ctx: Ctx, rng: Rng) -> None:
    """A university study of answer consistency: each survey item asked many times in a row, in
    a few scripted runs per model, from students' home lines and a research-cloud box."""
    name = "pricking_iron"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    keys = []
    for _ in range(irange(rng, 2, 3)):
        ips = home(rng, 1, tz) + (cloud(rng, 1, "oracle") if chance(rng, 0.5) else [])
        keys.append(
            ctx.account(
                rng,
                label="benign",
                family=name,
                role="student_script",
                org=org,
                pay=card,
                tz=tz,
                ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
                ips=ips,
            )
        )
    items = tx.survey_items(rng, irange(rng, 30, 70))
    per: list[list[tuple]] = [[] for _ in keys]
    pm: list[list[str]] = [[] for _ in keys]
    for r in range(irange(rng, 3, 6)):
        lo, hi = ((0.3, 3.8), (4.1, 6.5), (0.3, 6.5))[
            min(r, 2)
        ]  # one run before, one after release
        day = ctx.t0 + _u(rng, lo, hi) * DAY
        start = np.floor(day / DAY) * DAY + (_u(rng, 9, 16) - tz) * HOUR
        after = start >= ctx.release
        model = (
            ctx.new_model if (after and chance(rng, 0.6)) else ctx.old_models[int(chance(rng, 0.3))]
        )
        who = int(rng.integers(len(keys)))
        n_samp = irange(rng, 5, 15)
        t = start
        for item in items:
            for _ in range(n_samp):
                t += float(rng.lognormal(np.log(1.8), 0.4))
                per[who].append((t, item))
                pm[who].append(model)
    for acct, ev, models in zip(keys, per, pm, strict=True):
        if not ev:
            continue
        ts = np.asarray([e[0] for e in ev])
        ctx.emit(rng, acct, ts, [e[1] for e in ev], models=models, comp_median=18, comp_sigma=0.8)


def neatsfoot(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: each client's UI and marketing segments translated into that
    client's fixed set of languages, by project managers in office hours."""
    name = "neatsfoot"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    office = home(rng, 1, tz)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
    clients = [
        (
            pick(
                rng, ("Kubo Foods", "Altamira Bank", "Hexa Travel", "Fjord Outdoor", "Linea Apps")
            ),
            [
                tx.LANGS[j]
                for j in rng.choice(len(tx.LANGS), size=irange(rng, 3, 9), replace=False).tolist()
            ],
        )
        for _ in range(irange(rng, 3, 6))
    ]
    for _ in range(irange(rng, 2, 5)):
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="project_manager",
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0, ctx.t1, _u(rng, 1, 3) * 45, workday(tz))
        ev = []
        for s in jobs.tolist():
            client, targets = pick(rng, clients)
            seg = tx.agency_segment(rng)
            t = s
            for tgt in targets:
                ev.append((t, tx.agency_prompt(rng, seg, tgt, client)))
                t += float(rng.lognormal(np.log(2.0), 0.5))
        if ev:
            _emit_sorted(ctx, rng, acct, ev, p_new=0.3, p_mini=0.2, comp=45, comp_sigma=0.4)


def creaser(ctx: Ctx, rng: Rng) -> None:
    """A prompt-engineering course cohort: the school's keys for every student, the same lab
    exercise in class (from the campus line) twice a week, and homework from home."""
    name = "creaser"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 5, -3))
    campus = resi(rng, 1, {-5: "us", 1: "eu", 5: "in", -3: "latam"}[tz])
    class_days = sorted(rng.choice(5, size=2, replace=False).tolist())
    start_h = _u(rng, 17, 19)
    n = irange(rng, 25, 50)
    students = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=card,
            tz=tz,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
            if chance(rng, 0.8)
            else pick(rng, BROWSERS),
            ips=campus + home(rng, 1, tz),
        )
        for _ in range(n)
    ]
    days = np.arange(np.floor(ctx.t0 / DAY) * DAY, ctx.t1, DAY)
    classes = [
        d + (start_h - tz) * HOUR
        for d in days.tolist()
        if int(weekday(np.asarray([d + 12 * HOUR]), tz)[0]) in class_days
    ]
    per: list[list[tuple]] = [[] for _ in students]
    ips: list[list[str]] = [[] for _ in students]
    for k, c in enumerate(classes):
        exercise = tx.cohort_exercise(rng, k + 3, ctx.passages)
        for i, st in enumerate(students):
            if not chance(rng, 0.85):
                continue
            for t in (c + np.sort(rng.uniform(0.2, 2.8, size=irange(rng, 2, 8))) * HOUR).tolist():
                p = exercise if chance(rng, 0.6) else tx.clip(rng, pick(rng, ctx.chat), 10, 500)
                per[i].append((t, p))
                ips[i].append(st.ips[0])
    for i, st in enumerate(students):
        for t in _cat(session_times(rng, ctx.t0, ctx.t1, 0.4, evening_person(tz), 3, 80)).tolist():
            per[i].append((t, tx.clip(rng, pick(rng, ctx.chat), 10, 700)))
            ips[i].append(st.ips[1])
    for st, ev, ip in zip(students, per, ips, strict=True):
        if not ev:
            continue
        order = np.argsort([e[0] for e in ev], kind="stable").tolist()
        ts = np.asarray([ev[j][0] for j in order])
        ctx.emit(
            rng,
            st,
            ts,
            [ev[j][1] for j in order],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            ips=[ip[j] for j in order],
            comp_median=300,
        )


def head_knife(ctx: Ctx, rng: Rng) -> None:
    """A white-label reseller: one org and one card for many client sub-accounts, all relayed
    through the reseller's small gateway pool with one SDK, each client with its own use."""
    name = "head_knife"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gateway = cloud(rng, irange(rng, 2, 4), pick(rng, ("digitalocean", "hetzner", "aws")))
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8))
        acct = ctx.account(
            rng,
            label="benign",
            family=name,
            role="client",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=gateway,
            tz=tz,
        )
        template = None if chance(rng, 0.5) else int(rng.integers(tx.N_CLIENT_TEMPLATES))
        n_mean = float(np.clip(rng.lognormal(np.log(60), 1.0), 5, 1500))
        curve = workday(tz) if chance(rng, 0.6) else global_load(_u(rng, 0, 24), 0.5)
        ts = thinned(rng, ctx.t0, ctx.t1, n_mean, curve)
        prompts = [tx.client_prompt(rng, template, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=_u(rng, 0.0, 0.6), p_mini=_u(rng, 0, 0.5)),
            comp_median=300,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "awl": awl,
    "wing_divider": wing_divider,
    "burnisher": burnisher,
    "swivel_knife": swivel_knife,
    "stitching_pony": stitching_pony,
    "cordovan": cordovan,
    "pricking_iron": pricking_iron,
    "neatsfoot": neatsfoot,
    "creaser": creaser,
    "head_knife": head_knife,
}

__all__ = ["BENIGN_KINDS"]
