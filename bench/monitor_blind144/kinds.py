"""Benign hard-negative kinds of blind batch 144 (code names from net making).

Each kind is `fn(ctx, rng)`: legitimate API users whose traffic resembles one of this batch's
campaign families (or a campaign in general). Accounts are labelled benign with the kind as their
family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
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
    pick,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind144 import texts
from bench.monitor_blind144.families import BG_UAS

Rng = np.random.Generator


def _ts(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------


def sheet_bend(ctx: Ctx, rng: Rng) -> None:
    """Model-evaluation lab. Looks like: reasoning-trace harvest and best-of-n sampling — cloud
    keys sweeping thousands of 'show your working' items and sending each item k times in a row
    (pass@k), runs on the old and the new model side by side right after the release."""
    kind = "sheet_bend"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    provider = pick(rng, ("gcp", "aws", "azure"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    suites = ["arith-v3", "logic-grid", "mcq-sci", "arith-hard"]
    for a in accts:
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz, weekend=0.2))
        if not len(runs):
            runs = np.array([ctx.release + float(rng.uniform(1, 20)) * HOUR])
        if chance(rng, 0.8):  # the release-day comparison run
            runs = np.sort(np.append(runs, ctx.release + float(rng.uniform(1, 18)) * HOUR))
        ts_all, prompts, models, comp = [], [], [], []
        for r in runs.tolist():
            suite = pick(rng, suites)
            n_items = irange(rng, 60, 250)
            k = int(pick(rng, (1, 1, 2, 4)))
            model = (
                ctx.new_model
                if (r >= ctx.release and chance(rng, 0.6))
                else pick(rng, ctx.old_models)
            )
            t = r
            for idx in range(n_items):
                p = texts.eval_item(rng, suite, idx)
                for _ in range(k):
                    t += float(rng.lognormal(np.log(0.6), 0.5))
                    ts_all.append(t)
                    prompts.append(p)
                    models.append(
                        model if (model != ctx.new_model or t >= ctx.release) else ctx.old_models[0]
                    )
                    comp.append(6.0 if suite.startswith("mcq") else 320.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp) if comp else 300.0,
            comp_sigma=0.45,
            err=0.03,
        )


def netting_needle(ctx: Ctx, rng: Rng) -> None:
    """Labelling vendor pre-labelling clients' chatbot transcripts with a model. Looks like:
    judge / rubric grading harvest — rating prompts over questions and replies, several keys per
    project org, an offshore office line, steady volume all working day."""
    kind = "netting_needle"
    region, tz = pick(rng, (("in", 5), ("sea", 8), ("latam", -3), ("eu", 2)))
    office = resi(rng, irange(rng, 1, 2), region)
    projects = irange(rng, 2, 3)
    accts = []
    for _ in range(projects):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        version = f"{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        for _ in range(irange(rng, 2, 4)):
            a = _benign(
                ctx,
                rng,
                kind,
                "annotation_tool",
                org=org,
                pay=pay,
                ua="OpenAI/Python 1.54.0",
                ips=office,
                tz=tz,
            )
            accts.append((a, version))
    for a, version in accts:
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)) * 9 * 5, workday(tz, weekend=0.03)
        )
        prompts = [
            texts.vendor_rating(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            comp_median=110,
            comp_sigma=0.5,
            err=0.01,
        )


def headrope(ctx: Ctx, rng: Rng) -> None:
    """Trust-and-safety vendor rewriting user posts to community rules for forums in several
    languages. Looks like: policy-rewrite harvest — 'rewrite so it complies' prompts, 24/7,
    multilingual, from a cloud backend; mostly the small model."""
    kind = "headrope"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "azure", "ovh")))
    communities = [
        f"{pick(rng, ('Maple', 'Harbor', 'Quartz', 'Lumen', 'Atlas', 'Cedar'))} "
        f"{pick(rng, ('Forum', 'Boards', 'Community', 'Gaming Hub', 'Parents'))}"
        for _ in range(4)
    ]
    load = global_load(float(rng.uniform(14, 20)), 0.5)
    streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 50)), n, load)
    for s in streams:
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        langs = [pick(rng, ("en", "en", "en", "es", "de", "pt")) for _ in range(len(s))]
        prompts = [
            texts.moderation_prompt(rng, lg, ctx.chat, pick(rng, communities)) for lg in langs
        ]
        models = [
            ctx.old_models[-1] if chance(rng, 0.6) else m for m in ctx.models(rng, s, p_new=0.2)
        ]
        ctx.emit(rng, a, s, prompts, models=models, comp_median=140, comp_sigma=0.6, err=0.01)


def footrope(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product (IDE plugin) whose backend relays developers' agent loops: a task,
    then tool results (files, test output, patches) with large hidden context. Looks like:
    agent-transcript harvest — chained calls seconds apart, one org, cloud NAT."""
    kind = "footrope"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    load = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    for _ in range(n):
        a = _benign(
            ctx, rng, kind, "agent_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=ips
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.9, 2.0)) * 7 * 24, load)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 2, 22)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(6, 15))), 0.7, size=k - 1)),
                ]
            )
            task = texts.coding_task(rng, ctx.chat)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.ide_step(rng, ctx.chat, task, j))
                extra.append(2000 + 550 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.05),
            comp_median=300,
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )


def cod_end(ctx: Ctx, rng: Rng) -> None:
    """A company's data team generating training utterances for its own support bot's intent
    classifier. Looks like: synthetic-dataset harvest — 'write N varied examples as JSON'
    prompts in bursts with long outputs, several languages."""
    kind = "cod_end"
    tz = int(pick(rng, (-5, 0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("gcp", "aws")))
    product = pick(rng, ("Northwind Bank", "ParcelPoint", "Solace Insurance", "Brightline Telecom"))
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx, rng, kind, "data_team", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips, tz=tz
        )
        days = rng.choice(7, size=irange(rng, 2, 4), replace=False)
        starts = np.array(
            [ctx.t0 + float(d) * DAY + (13.5 - tz + float(rng.uniform(0, 3))) * HOUR for d in days]
        )
        ts = _ts(
            bursts(rng, starts, float(rng.uniform(120, 300)), float(rng.uniform(2, 6)), 0.5, ctx.t1)
        )
        langs = [pick(rng, ("en", "en", "de", "es", "fr")) for _ in range(len(ts))]
        prompts = [texts.intent_prompt(rng, product, lg) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=950,
            comp_sigma=0.35,
            err=0.03,
        )


def braiding(ctx: Ctx, rng: Rng) -> None:
    """A companion / role-play app backend: short, chatty user messages with a long hidden
    persona and memory context, evening-heavy world-wide load. Looks like: multi-turn dialogue
    harvest and a product backend — many turns per conversation, 24/7."""
    kind = "braiding"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "digitalocean", "aws")))
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(25, 45)),
        n,
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    for s in streams:
        a = _benign(ctx, rng, kind, "companion_backend", org=org, pay=pay, ua=BG_UAS[0], ips=ips)
        prompts = [texts.companion_message(rng, ctx.chat) for _ in range(len(s))]
        ctx.emit(
            rng,
            a,
            s,
            prompts,
            models=ctx.models(rng, s, p_new=0.2, p_mini=0.5),
            comp_median=90,
            comp_sigma=0.6,
            err=0.01,
            extra=irange(rng, 800, 1500),
        )


def mending(ctx: Ctx, rng: Rng) -> None:
    """A translation and subtitling studio: each string or subtitle block into many target
    languages back to back, office hours, one office line. Looks like: translation harvest."""
    kind = "mending"
    tz = int(pick(rng, (0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    clients = [
        pick(rng, ("Lumière Films", "Kettle Games", "Orbit Fitness", "Nordlys Media", "Pico Apps"))
        for _ in range(3)
    ]
    targets = [x for x in texts.LANG_NAMES if x != "en"]
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, (BG_UAS[1], BG_UAS[3])),
            ips=office,
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 9 * 5, workday(tz))
        ts_all, prompts = [], []
        for s in jobs.tolist():
            k = irange(rng, 4, 12)
            tg = [str(x) for x in rng.choice(targets, size=k, replace=False)]
            client = pick(rng, clients)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.6, size=k - 1))])
            for tj, lang in zip(t.tolist(), tg, strict=True):
                ts_all.append(tj)
                prompts.append(texts.localisation_prompt(rng, client, lang, ctx.passages))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35),
            comp_median=90,
            comp_sigma=0.7,
            err=0.01,
        )


def twine(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort with class API keys: many low-volume student accounts under
    the university's org and department card, campus NAT plus home ISPs, evening use that
    spikes before the assignment deadline, similar coursework questions. Looks like: a
    low-and-slow crowd sweeping a curriculum."""
    kind = "twine"
    tz = int(pick(rng, (-5, -8, 0, 1, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS 101", "ECON 201", "STAT 110", "BIO 150", "PHYS 140"))
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    week = irange(rng, 3, 8)
    for _ in range(irange(rng, 40, 75)):
        ips = campus + home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS[:3] + (BG_UAS[0],)),
            ips=ips,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.2)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 240)),
        )
        rush = session_times(
            rng,
            deadline - 1.5 * DAY,
            deadline,
            float(rng.uniform(1, 4)),
            evening_person(tz, 3.5),
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 150)),
        )
        ts = _ts(sess + rush)
        prompts = [texts.coursework_prompt(rng, course, week) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=420,
            comp_sigma=0.5,
            err=0.01,
        )


def trammel(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency / reseller platform: one org and one card, a key per client business,
    the platform's few cloud addresses, very uneven per-key volumes in the agency's working day.
    Looks like: a many-key operation sharing org, card and addresses."""
    kind = "trammel"
    tz = int(pick(rng, (-5, 0, 1, 5)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "digitalocean", "linode")))
    for _ in range(irange(rng, 10, 24)):
        client = (
            f"{pick(rng, ('Blue', 'Golden', 'Urban', 'Little', 'North', 'Old Town', 'Prime'))} "
            f"{pick(rng, ('Oak', 'Harbour', 'Fox', 'Mill', 'Peak', 'Lane'))}"
        )
        b = pick(rng, texts.biz())
        a = _benign(
            ctx, rng, kind, "client_key", org=org, pay=pay, ua="axios/1.7.9", ips=ips, tz=tz
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(60), 0.9)), workday(tz, weekend=0.1)
        )
        prompts = [texts.agency_prompt(rng, client, b, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=260,
            comp_sigma=0.5,
            err=0.01,
        )


def pound_net(ctx: Ctx, rng: Rng) -> None:
    """A research group studying how model behaviour changes across versions: a public prompt
    collection (ShareGPT human turns, in file order) sent verbatim to the old and the new model
    back to back, nightly batches on the university cluster after the release. Looks like:
    public prompt replay and a pivot to the new model."""
    kind = "pound_net"
    tz = int(pick(rng, (-5, 0, 1, 2, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = home(rng, irange(rng, 1, 2), tz)
    offset = irange(rng, 0, len(ctx.chat) - 1)
    pos = 0
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=cluster,
            tz=tz,
        )
        nights = [
            ctx.release + (d + (22 - tz) / 24.0 + float(rng.uniform(0, 0.1))) * DAY
            for d in range(-1, 3)
            if chance(rng, 0.75)
        ] or [ctx.release + 0.9 * DAY]
        ts_all, prompts, models = [], [], []
        for s in nights:
            t = s
            for _ in range(irange(rng, 80, 220)):
                p = ctx.chat[(offset + pos) % len(ctx.chat)]
                pos += 1
                arms = [ctx.old_models[0], ctx.new_model] + (
                    [ctx.old_models[-1]] if chance(rng, 0.3) else []
                )
                for m in arms:
                    t += float(rng.lognormal(np.log(3.0), 0.5))
                    ts_all.append(t)
                    prompts.append(p)
                    models.append(m)
        ts = np.asarray(ts_all)
        if len(ts):
            models = [
                m if (m != ctx.new_model or t >= ctx.release) else ctx.old_models[0]
                for m, t in zip(models, ts.tolist(), strict=True)
            ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=360, comp_sigma=0.6, err=0.01)


BENIGN_KINDS = {
    "sheet_bend": sheet_bend,
    "netting_needle": netting_needle,
    "headrope": headrope,
    "footrope": footrope,
    "cod_end": cod_end,
    "braiding": braiding,
    "mending": mending,
    "twine": twine,
    "trammel": trammel,
    "pound_net": pound_net,
}
