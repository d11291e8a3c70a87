"""Benign hard-negative kinds of batch 256 (code names from corn husk dolls). Each is a generator
`kind(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families, or a
campaign in general."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind256 import texts as tx
from bench.monitor_blind256.families import BG_BROWSERS, REGION_OF


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def husk_skirt(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: many student keys under the course's org and the department's
    card, the same problem sets in similar words, deadline-eve spikes, campus and home addresses.
    Looks like: a low-and-slow crowd walking one syllabus (many similar accounts, one payer)."""
    kind = "husk_skirt"
    tz, lang, course = pick(
        rng,
        (
            (-5, "en", "STAT 201"),
            (1, "de", "Analysis I"),
            (-3, "es", "Física General"),
            (0, "en", "MA1102 Calculus"),
            (-8, "en", "CS 61A"),
        ),
    )
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    deadlines = sorted(
        ctx.t0 + float(d) * DAY + 23.9 * HOUR - tz * HOUR
        for d in rng.choice(np.arange(1, 7), size=2, replace=False).tolist()
    )
    n = irange(rng, 25, 60)
    for _ in range(n):
        ua = str(pick(rng, BG_BROWSERS))
        phone = (
            mobile_v6(rng, 1, "us_mobile" if tz < 0 else "eu_mobile") if chance(rng, 0.3) else []
        )
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home(rng, 1, tz) + phone,
            tz=tz,
        )
        parts = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.6)), evening_person(tz), 3.0, 100.0
        )
        for d in deadlines:
            parts += session_times(
                rng,
                d - 30 * HOUR,
                d,
                float(rng.uniform(0.5, 2.5)),
                evening_person(tz, 3.5),
                4.0,
                120.0,
            )
        ts = _cat(parts)
        prompts = [
            tx.coursework_prompt(rng, course, 3 + sum(t > d for d in deadlines), lang, ctx.chat)
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.1), comp_median=450.0)


def shuck(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation lab: nightly regression runs on the old models, then right after the
    release a fast sweep of the whole suite on the new and the old flagship, chain-of-thought style.
    Looks like: reasoning-trace coercion timed to the release, from cloud machines."""
    kind = "shuck"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("gcp", "azure")))
    suite = pick(rng, ("MathSuite-v4", "ReasonBench-lite", "internal-quant-eval"))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    old = ctx.old_models[0]
    # nightly regressions on the old models
    for a in accts[:1]:
        ts = thinned(rng, ctx.t0, ctx.t1, 120.0 * 7, nightly(1.0, 2.0, -5))
        prompts = [tx.eval_item(rng, irange(rng, 0, 399), suite) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=[old if chance(rng, 0.5) else ctx.old_models[-1] for _ in ts],
            comp_median=500.0,
        )
    # the release sweep: each item once on the new model and once on the old flagship
    n_items = irange(rng, 900, 1800)
    s0 = ctx.release + float(rng.uniform(1, 8)) * HOUR
    rate = float(rng.uniform(500, 900))
    ts = np.sort(rng.uniform(s0, s0 + 2 * n_items / rate * HOUR, size=2 * n_items))
    items = [tx.eval_item(rng, k, suite) for k in range(n_items)]
    prompts = [items[k // 2] for k in range(2 * n_items)]
    models = [ctx.new_model if k % 2 == 0 else old for k in range(2 * n_items)]
    who = rng.integers(0, len(accts), size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i).tolist()
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel],
            models=[models[j] for j in sel],
            comp_median=520.0,
            err=0.04,
        )


def braid(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: team leads' keys pre-fill labels and short rationales that human
    annotators confirm, all day in the vendor's office. Looks like: judge / rubric grading harvest."""
    kind = "braid"
    tz = pick(rng, (8, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    ua = str(pick(rng, BG_BROWSERS[:2]))
    task = irange(rng, 10000, 50000)
    for _ in range(irange(rng, 5, 10)):
        a = _acct(ctx, rng, kind, "annotation_lead", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)), workday(tz), 10.0, 30.0)
        )
        prompts = []
        for _t in range(len(ts)):
            task += 1
            prompts.append(tx.annotation_assist(rng, task, guideline, ctx.chat, ctx.passages))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.3),
            comp_median=55.0,
            comp_sigma=0.4,
        )


def pinafore(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety vendor: rewrites posts to fit a client community's rules or triages them,
    around the clock, one key per client platform. Looks like: policy / censorship rewrites."""
    kind = "pinafore"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    curve = global_load(float(rng.uniform(14, 20)), 0.5)
    for platform in rng.permutation(
        ["Forumly", "ClipShare", "Neighborly", "GameHub", "RecipeBox"]
    ).tolist()[: irange(rng, 2, 4)]:
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_client",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 14)) * 7 * 24, curve)
        prompts = [tx.moderation_item(rng, platform, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.4), comp_median=110.0)


def bonnet(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent product: CI bots that investigate failing builds with tool calls, big repo
    context, autoscaled cloud workers. Looks like: agent / tool-use transcript harvest."""
    kind = "bonnet"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    workers = cloud(rng, irange(rng, 10, 24), "aws")
    curve = multi_office([-8, -5, 1, 5])
    for _ in range(irange(rng, 3, 6)):
        a = _acct(
            ctx, rng, kind, "ci_agent", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=workers
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.4)) * 7 * 24, curve)
        ts_all, prompts, extra = [], [], []
        for ep in bursts(rng, starts, float(rng.uniform(5, 10)), 7.0, 0.8, ctx.t1):
            ctx_tokens = irange(rng, 1500, 4000)
            for step, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(tx.ci_agent_step(rng, step))
                extra.append(ctx_tokens + 150 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            extra=extra,
            comp_median=380.0,
        )


def shawl(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion app's backend: long chatty conversations in several languages, history as prompt
    tokens, worldwide evening load. Looks like: multi-turn dialogue harvest from few keys."""
    kind = "shawl"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "gcp")))
    curve = global_load(float(rng.uniform(18, 23)) % 24, 0.65)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=backend
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 2.2)) * 7 * 24, curve)
        ts_all, prompts, extra = [], [], []
        for conv in bursts(rng, starts, float(rng.uniform(6, 12)), 45.0, 0.9, ctx.t1):
            lang = "en" if chance(rng, 0.5) else pick(rng, ("es", "pt", "ja", "de"))
            for k, t in enumerate(conv.tolist()):
                ts_all.append(t)
                prompts.append(tx.companion_message(rng, lang, k, ctx.chat))
                extra.append(350 + 90 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.5), extra=extra, comp_median=90.0
        )


def waist_tie(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators push client documents segment by segment into many
    languages during office hours. Looks like: a parallel-corpus translation harvest."""
    kind = "waist_tie"
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = [
        f"{pick(rng, ('ACM', 'NRD', 'VLT', 'KSB', 'PRX'))}{irange(rng, 10, 99)}" for _ in range(6)
    ]
    for _ in range(irange(rng, 3, 8)):
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", str(BG_BROWSERS[0])))
        a = _acct(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 8.0, 70.0)
        )
        prompts = [
            tx.client_document(rng, pick(rng, clients), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.2), comp_median=260.0)


def bodice(ctx: Ctx, rng: np.random.Generator) -> None:
    """A fintech's data-augmentation team: a few scripted runs that paraphrase utterances for their
    own intent classifier. Looks like: synthetic-dataset generation (templated, JSON, scripted)."""
    kind = "bodice"
    tz = pick(rng, (0, 1, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 1, "gcp") + home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "ml_engineer",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 2, 5)), workday(tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(150, 450)), 1.6, 0.3, ctx.t1))
        prompts = [tx.augment_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.3), ips=ips[0], comp_median=210.0
        )


def corn_silk(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer variability and simulated survey respondents: the same items
    sampled dozens of times in a row, on the old and the new model. Looks like: best-of-n /
    soft-label sampling."""
    kind = "corn_silk"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = resi(rng, 1, REGION_OF[tz]) + cloud(rng, 1, pick(rng, ("aws", "gcp")))
    items = list(tx.SURVEY_ITEMS)
    for role in ("pi", "research_assistant")[: irange(rng, 1, 2)]:
        a = _acct(
            ctx,
            rng,
            kind,
            role,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 8, 16)), workday(tz))
        ts_all, prompts, models = [], [], []
        for run in bursts(rng, starts, float(rng.uniform(25, 60)), 1.2, 0.4, ctx.t1):
            item = pick(rng, items)
            same = chance(rng, 0.4)
            fixed = tx.survey_prompt(rng, item)
            model = (
                ctx.new_model if (run[0] >= ctx.release and chance(rng, 0.6)) else ctx.old_models[0]
            )
            for t in run.tolist():
                ts_all.append(t)
                prompts.append(fixed if same else tx.survey_prompt(rng, item))
                models.append(model)
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=140.0)


def yarn_hair(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency reselling its tool: one key per client business under the agency's org and
    card, staff in the office plus the tool's scheduler. Looks like: a multi-key operation with
    one payer and templated prompts."""
    kind = "yarn_hair"
    tz = pick(rng, (-5, -8, 0, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    sched = cloud(rng, 1, pick(rng, ("digitalocean", "aws")))
    names = (
        "Bloom",
        "Harbor",
        "Juniper",
        "Copperleaf",
        "Northside",
        "Maple & Co",
        "Redwood",
        "Sunny Side",
        "Tidal",
        "Willow",
        "Oakridge",
        "Blue Door",
        "Fennel",
        "Lantern",
        "Cobalt",
        "Morningstar",
        "Pebble",
        "Saffron",
    )
    for cname in rng.permutation(list(names)).tolist()[: irange(rng, 10, 18)]:
        biz, city = tx.business(rng), pick(rng, tx.CITIES)
        a = _acct(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=pay,
            ua=pick(rng, (str(BG_BROWSERS[1]), "axios/1.7.9")),
            ips=office + sched,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), workday(tz), 4.0, 90.0)
        )
        prompts = [tx.agency_prompt(rng, cname, biz, city) for _ in range(len(ts))]
        ips = [sched[0] if chance(rng, 0.3) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.2), ips=ips, comp_median=240.0
        )


BENIGN_KINDS = {
    "husk_skirt": husk_skirt,
    "shuck": shuck,
    "braid": braid,
    "pinafore": pinafore,
    "bonnet": bonnet,
    "shawl": shawl,
    "waist_tie": waist_tie,
    "bodice": bodice,
    "corn_silk": corn_silk,
    "yarn_hair": yarn_hair,
}
