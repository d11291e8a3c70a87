"""Benign hard-negative kinds of blind batch 120 (code names: dry stone walling words).

Each kind is `fn(ctx, rng)`: legitimate traffic built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind120 import texts as tx
from bench.monitor_blind120.families import chain, group_model, paragraphs


def lunky(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university statistics course: students with their own keys under the course org and the
    university's card, campus NAT by day and home lines by night, problem sets due twice a week with
    a rush of step-by-step questions the evening before."""
    r = tx.seeded(rng)
    tz, lang = pick(rng, ((-3, "pt"), (1, "de"), (-5, "en"), (5, "en")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    n = irange(rng, 30, 60)
    due = [ctx.t0 + d * DAY + (23.9 - tz) * HOUR for d in (2, 5)]
    for _ in range(n):
        own_home = home(rng, 1, tz)
        ua = (
            pick(rng, BROWSERS)
            if rng.random() < 0.7
            else pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
        )
        a = ctx.account(
            rng,
            label="benign",
            family="lunky",
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + own_home,
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), workday(tz, 9, 21, 0.3), 3.0, 80.0
        )
        for d in due:
            if rng.random() < 0.75:
                s = d - float(rng.uniform(1, 30)) * HOUR
                sess += session_times(
                    rng, s, min(s + 3 * HOUR, d), 8.0, evening_person(tz), 8.0, 60.0
                )[:1]
        sess = [x for x in sess if len(x)]
        if not sess:
            continue
        tss, prompts, ips, models = [], [], [], []
        for x in sess:
            tss.append(x)
            ps = 3 if x[0] < due[0] else 4
            for _ in x:
                prompts.append(
                    tx.homework_prompt(r, lang if r.random() < 0.7 else "en", ps)
                    if r.random() < 0.7
                    else tx.short_chat(r, ctx.chat, 800)
                )
            loc = (
                pick(rng, campus)
                if workday(tz, 9, 17)(x[:1])[0] > 0.5 and rng.random() < 0.7
                else own_home[0]
            )
            ips.extend([loc] * len(x))
            models.extend([group_model(ctx, rng, float(x[0]), 0.4, 0.2)] * len(x))
        ts = np.concatenate(tss)
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=480.0)


def hogg_hole(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation lab: fixed benchmark suites run on the old models before the release and in
    full on the new model within hours of it, every item sampled several times at temperature, then a
    re-run of the old model for comparison; two or three cloud runners, one org and card."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "aws")))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family="hogg_hole",
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=runners,
        )
        for _ in range(n_keys)
    ]
    suites = {s: irange(rng, 150, 300) for s in ("math", "mcq", "code")}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.release - float(rng.uniform(1.0, 3.0)) * DAY, old, 1),
        (ctx.release - float(rng.uniform(0.3, 0.9)) * DAY, mini, 1),
        (ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR, new, irange(rng, 3, 4)),
        (ctx.release + float(rng.uniform(1.0, 2.0)) * DAY, old, 2),
    ]
    per = [([], [], []) for _ in range(n_keys)]
    for t, model, reps in runs:
        k = int(rng.integers(n_keys))
        items = [(s, i) for s, m in suites.items() for i in range(m)]
        if model != new:
            items = [
                items[i]
                for i in sorted(
                    rng.choice(len(items), size=len(items) // 2, replace=False).tolist()
                )
            ]
        prompts = [tx.eval_item(r, s, i) for s, i in items for _ in range(reps)]
        ts = t + np.cumsum(rng.exponential(float(rng.uniform(0.4, 1.2)), size=len(prompts)))
        per[k][0].append(ts)
        per[k][1].extend(prompts)
        per[k][2].extend([model] * len(prompts))
    for a, (tss, prompts, models) in zip(accts, per, strict=True):
        if tss:
            ctx.emit(
                rng, a, np.concatenate(tss), prompts, models=models, comp_median=450.0, err=0.03
            )
    # an engineer's ad-hoc checks so every key is in use
    for a in accts:
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), workday(pick(rng, (-8, -5, 0)))
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.eval_item(r, "math", int(rng.integers(400))) for _ in ts],
            models=ctx.models(rng, ts, 0.8, 0.1),
            comp_median=450.0,
        )


def sheep_creep(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators: one key each under the vendor org and card, an office line in
    their country, a browser tool, shift hours, preference and accuracy judgements for client
    projects (with a guideline update mid-week)."""
    r = tx.seeded(rng)
    tz = pick(rng, (5, 8, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    projects = [
        f"{pick(rng, ('ORCA', 'LARK', 'MAPLE', 'ONYX', 'PIKE'))}-{irange(rng, 10, 99)}"
        for _ in range(3)
    ]
    switch = ctx.t0 + float(rng.uniform(2, 4)) * DAY
    shift = workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(17, 19)), weekend=0.15)
    for _ in range(irange(rng, 8, 15)):
        a = ctx.account(
            rng,
            label="benign",
            family="sheep_creep",
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * 7 * 24 * 0.25, shift)
        proj = pick(rng, projects)
        prompts = [
            tx.annotation_prompt(r, proj, "v3.1" if t < switch else "v3.2", ctx.chat, ctx.passages)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.0), comp_median=140.0, err=0.005
        )


def bee_bole(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social platform's trust-and-safety pipeline: comments rewritten to meet community guidelines
    or classified, in the platform's languages, from its cloud backend around the clock."""
    r = tx.seeded(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws"))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family="bee_bole",
            role="backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs, lw = ["en", "es", "pt", "de"], rng.dirichlet(np.array([4.0, 1.5, 1.5, 1.0]))
    load = global_load(float(rng.uniform(14, 22)), 0.5)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 35)) * 7 * 24, load)
    who = rng.integers(0, len(accts), size=len(ts))
    for k, a in enumerate(accts):
        t = ts[who == k]
        prompts = [
            tx.moderation_prompt(r, langs[int(i)], ctx.chat)
            for i in rng.choice(4, size=len(t), p=lw)
        ]
        ctx.emit(
            rng, a, t, prompts, models=ctx.models(rng, t, 0.15, 0.6), comp_median=90.0, err=0.01
        )


def cheek_end(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers bringing their own key to an IDE coding agent: each their own account and card,
    home lines, long bursts of tool-use steps per task; some also wire the agent into CI runners on
    cloud addresses part-way through the week."""
    r = tx.seeded(rng)
    agents = ("Cline/3.3.2", "RooCode/3.6.1", "aider/0.74.2 litellm/1.60.2", "continue/0.9.260")
    for j in range(irange(rng, 15, 30)):
        tz = pick(rng, TZS)
        ua = pick(rng, agents)
        a = ctx.account(
            rng,
            label="benign",
            family="cheek_end",
            role="developer",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        curve = workday(tz, 9, 19, 0.2) if rng.random() < 0.7 else evening_person(tz)
        tss, prompts, models = [], [], []
        for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 14)), curve).tolist():
            steps = tx.coding_agent_session(r, f"dev{j}")
            tss.append(chain(rng, s, len(steps), float(rng.uniform(6, 20)), 0.8))
            prompts.extend(steps)
            models.extend([group_model(ctx, rng, s, 0.7, 0.05)] * len(steps))
        if tss:
            ctx.emit(
                rng, a, np.concatenate(tss), prompts, models=models, comp_median=300.0, err=0.02
            )
        if rng.random() < 0.3:
            s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
            runners = cloud(rng, 6, "azure")
            starts = thinned(
                rng, s0, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - s0) / DAY, workday(tz)
            )
            for s in starts.tolist():
                steps = tx.coding_agent_session(r, "runner")
                ts = chain(rng, s, len(steps), 4.0, 0.5)
                ctx.emit(
                    rng,
                    a,
                    ts,
                    steps,
                    models=group_model(ctx, rng, s, 0.7, 0.0),
                    ips=pick(rng, runners),
                    comp_median=300.0,
                )


def squeeze_stile(ctx: Ctx, rng: np.random.Generator) -> None:
    """A support-automation team augmenting its intent classifier's training data: nightly jobs of
    paraphrase and synthetic-chat generation in its four market languages, plus daytime testing."""
    r = tx.seeded(rng)
    tz = pick(rng, (1, 0, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    for role in ("nightly_job", "dev"):
        a = ctx.account(
            rng,
            label="benign",
            family="squeeze_stile",
            role=role,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "aws") if role == "nightly_job" else home(rng, 1, tz),
            tz=tz,
        )
        if role == "nightly_job":
            tss = [
                chain(
                    rng,
                    ctx.t0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR,
                    irange(rng, 80, 200),
                    1.0,
                    0.4,
                )
                for d in range(8)
                if rng.random() < 0.85
            ]
            ts = np.concatenate(tss) if tss else np.empty(0)
            ts = ts[(ts >= ctx.t0) & (ts <= ctx.t1)]
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), workday(tz))
        prompts = [
            tx.augmentation_prompt(r, pick(rng, ("en", "de", "fr", "es"))) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=700.0,
            comp_sigma=0.4,
        )


def cam_stone(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: a handful of keys multiplexing many end users' short messages
    under character personas, evening-heavy global load, cheap model mostly."""
    r = tx.seeded(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family="cam_stone",
            role="backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, 2, provider),
        )
        for _ in range(irange(rng, 3, 4))
    ]
    load = global_load(float(rng.uniform(18, 23)) % 24, 0.6)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)) * 7 * 24, load)
    who = rng.integers(0, len(accts), size=len(ts))
    personas = list(tx.PERSONAS)
    for k, a in enumerate(accts):
        t = ts[who == k]
        prompts = [tx.companion_prompt(r, ctx.chat, tx.c(r, personas)) for _ in range(len(t))]
        ctx.emit(
            rng, a, t, prompts, models=ctx.models(rng, t, 0.1, 0.7), comp_median=120.0, err=0.01
        )


def tie_stone(ctx: Ctx, rng: np.random.Generator) -> None:
    """A small translation agency: translators with fixed language pairs, one org and card, an office
    line (some work from home), a browser CAT tool, client jobs segment by segment in office hours."""
    r = tx.seeded(rng)
    tz = pick(rng, (1, 2, 0))
    office = home(rng, 1, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    clients = [
        pick(
            rng,
            (
                "Norrvik AB",
                "Casa Olmo",
                "Brightfield Legal",
                "Kestrel Pharma",
                "Tamarind Hotels",
                "Velo Parts GmbH",
            ),
        )
        for _ in range(4)
    ]
    for _ in range(irange(rng, 4, 8)):
        tgts = r.sample(tx.TARGET_LANGS[:12], irange(rng, 1, 2))
        remote = rng.random() < 0.3
        ips = home(rng, 1, tz) if remote else office
        a = ctx.account(
            rng,
            label="benign",
            family="tie_stone",
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)) * 7, workday(tz))
        tss, prompts, comps = [], [], []
        for s in jobs.tolist():
            client = pick(rng, clients)
            project = f"P{irange(rng, 1000, 9999)}"
            tgt = tx.c(r, tgts)
            terms = r.sample(
                ("Account", "Dashboard", "Refund", "Booking", "Warranty", "Dosage", "Invoice"), 2
            )
            segs = paragraphs(r, ctx.passages, irange(rng, 10, 40), 60, 500)
            tss.append(chain(rng, s, len(segs), float(rng.uniform(40, 120)), 0.7))
            prompts.extend(tx.agency_segment(r, client, project, seg, tgt, terms) for seg in segs)
            comps.extend(max(30.0, len(seg) / 3.2) for seg in segs)
        if tss:
            ctx.emit(
                rng,
                a,
                np.concatenate(tss),
                prompts,
                models=ctx.models(rng, np.concatenate(tss), 0.35, 0.1),
                comp_median=np.array(comps),
                comp_sigma=0.3,
            )


def galloway_dyke(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer consistency: every question in every paraphrase, sampled five
    times, run overnight from the lab's line, on the old models before the release and on both old
    and new after it."""
    r = tx.seeded(rng)
    tz = pick(rng, (1, -5, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    lab = home(rng, 1, tz)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family="galloway_dyke",
            role="researcher",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=lab + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    n_q, n_p, reps = irange(rng, 10, 15), irange(rng, 5, 8), 5
    old, new = ctx.old_models[0], ctx.new_model
    days = sorted(rng.choice(7, size=irange(rng, 3, 5), replace=False).tolist())
    for d in days:
        t = ctx.t0 + d * DAY + (float(rng.uniform(20, 23)) - tz) * HOUR
        model = new if t >= ctx.release and rng.random() < 0.6 else old
        prompts = [
            tx.study_prompt(q, p) for q in range(n_q) for p in range(n_p) for _ in range(reps)
        ]
        ts = t + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=len(prompts)))
        a = pick(rng, accts)
        ctx.emit(rng, a, ts, prompts, models=model, ips=lab[0], comp_median=260.0)
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)), workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.short_chat(r, ctx.chat, 800) for _ in ts],
            models=ctx.models(rng, ts, 0.5, 0.1),
        )


def batter_frame(ctx: Ctx, rng: np.random.Generator) -> None:
    """An API reseller / gateway: a few keys carry many downstream customers' mixed traffic (their own
    templates and plain chat), from several clouds, passing their SDK agents through, round the
    clock, with customers moving to the new model as they please."""
    r = tx.seeded(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family="batter_frame",
            role="gateway",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "ovh"))),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    uas = picks(rng, SDK_COMMON + SDK_OTHER, 6)
    load = global_load(float(rng.uniform(12, 18)), 0.45)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 70)) * 7 * 24, load)
    who = rng.integers(0, len(accts), size=len(ts))
    for k, a in enumerate(accts):
        t = ts[who == k]
        ctx.emit(
            rng,
            a,
            t,
            [tx.reseller_prompt(r, ctx.chat) for _ in range(len(t))],
            models=ctx.models(rng, t, 0.5, 0.25),
            ua=picks(rng, uas, len(t)),
            comp_median=340.0,
            err=0.02,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "batter_frame": batter_frame,
    "bee_bole": bee_bole,
    "cam_stone": cam_stone,
    "cheek_end": cheek_end,
    "galloway_dyke": galloway_dyke,
    "hogg_hole": hogg_hole,
    "lunky": lunky,
    "sheep_creep": sheep_creep,
    "squeeze_stile": squeeze_stile,
    "tie_stone": tie_stone,
}
