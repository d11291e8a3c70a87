"""Benign hard-negative kinds of batch 269 (code names from ikat weaving). Each is a generator
`kind(ctx, rng)`: legitimate users built to resemble a campaign family or campaigns in general."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Acct,
    Ctx,
    bursts,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind269 import texts as tx


def _new(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ----------------------------------------------------------------------------------------------
# an evaluation lab: a FIXED suite, re-run on every model and with several sampling settings


def patola(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "patola"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    accts = [
        _new(
            ctx,
            rng,
            kind,
            "eval_harness",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.8),
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n)
    ]
    styles = [int(x) for x in rng.permutation(4)[: irange(rng, 2, 3)].tolist()]
    suite = [tx.eval_item(rng, pick(rng, styles)) for _ in range(irange(rng, 150, 350))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    plan = [(old, 1), (mini, 1)]  # before the release
    plan_after = [(new, irange(rng, 2, 3)), (old, 1)]
    runs = []
    for model, reps in plan:
        for _ in range(reps):
            runs.append((jitter_start(rng, ctx.t0, ctx.release, 0.9), model))
    for model, reps in plan_after:
        for _ in range(reps):
            runs.append((ctx.release + float(rng.uniform(0.05, 2.5)) * DAY, model))
    for i, (start, model) in enumerate(runs):
        acct = accts[i % n]
        gaps = rng.lognormal(np.log(0.9), 0.5, size=len(suite))
        ts = start + np.cumsum(gaps)
        ctx.emit(rng, acct, ts, suite, models=model, comp_median=450.0, err=0.02)


# ----------------------------------------------------------------------------------------------
# a labelling vendor: human annotators in an office, grading responses with a guideline


def pochampally(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pochampally"
    n = irange(rng, 15, 30)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 1)))
    nat = home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("AURORA", "KESTREL", "MAPLE-7", "ORCA", "TIDEPOOL"))
    version = irange(rng, 2, 9)
    for _ in range(n):
        acct = _new(
            ctx, rng, kind, "annotator", org=org, pay=card, ua=pick(rng, BROWSERS), ips=nat, tz=tz
        )
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            workday(tz, weekend=0.02, night=0.0),
            8.0,
            90.0,
        )
        ts = _cat(sess)
        prompts = [
            tx.annotation_task(rng, ctx.chat, ctx.passages, project, version)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=260.0)


# ----------------------------------------------------------------------------------------------
# a tutoring product: backend keys in the cloud, students worldwide, step-by-step explanations


def sambalpuri(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sambalpuri"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Brightpath", "StudyOwl", "Mentora", "Kaizen Tutor"))
    langs = ["en", "es", "pt", "hi", "ru"]
    w = rng.dirichlet(np.full(len(langs), 1.5))
    provider = pick(rng, ("gcp", "aws", "azure"))
    curve = global_load(float(rng.uniform(14, 22)), 0.6)
    per_hour = float(rng.uniform(4, 9))
    for _ in range(n):
        acct = _new(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 5), provider),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        ls = [langs[i] for i in rng.choice(len(langs), size=len(ts), p=w).tolist()]
        prompts = [tx.tutor_request(rng, ctx.chat, brand, lg) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.3),
            comp_median=600.0,
        )


# ----------------------------------------------------------------------------------------------
# a university course cohort: many new keys on one day, campus address, similar assignments


def telia_rumal(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "telia_rumal"
    n = irange(rng, 20, 40)
    org = hexid(rng, "org")
    uni_card = hexid(rng, "pay") if chance(rng, 0.6) else None
    tz = int(pick(rng, TZS))
    campus = home(rng, irange(rng, 1, 2), tz)
    # two lab sessions a week (local afternoon), the first one is when the keys were handed out
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    lab_days = sorted(int(x) for x in rng.choice(np.arange(0, 5), size=2, replace=False).tolist())
    lab_hour = float(rng.uniform(9, 15))
    labs = [day0 + d * DAY + lab_hour * HOUR for d in lab_days]
    labs = [s for s in labs if weekday(np.array([s + HOUR]), tz)[0] < 5] or [
        day0 + DAY + lab_hour * HOUR
    ]
    for _ in range(n):
        acct = _new(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=uni_card,
            ua=pick(rng, BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        parts, ips = [], []
        for s in labs:
            k = irange(rng, 3, 12)
            t = (
                s
                + float(rng.uniform(0, 20)) * MINUTE
                + np.cumsum(rng.lognormal(np.log(180), 0.7, size=k))
            )
            parts.append(t)
            ips.extend([pick(rng, campus)] * k)
        home_sess = session_times(
            rng,
            labs[0] + 2 * HOUR,
            ctx.t1,
            float(rng.uniform(0.3, 1.2)),
            evening_person(tz),
            4.0,
            120.0,
        )
        for h in home_sess:
            parts.append(h)
            ips.extend([acct.ips[-1]] * len(h))
        ts = np.concatenate(parts) if parts else np.empty(0)
        unit = irange(rng, 2, 6)
        prompts = [tx.course_question(rng, ctx.chat, unit) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.4),
            ips=ips,
            comp_median=420.0,
        )


# ----------------------------------------------------------------------------------------------
# a research study: a fixed public prompt set replayed through each model, several samples each


def geringsing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "geringsing"
    n = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = (
        cloud(rng, 1, "aws") if chance(rng, 0.5) else resi(rng, 1, pick(rng, ("eu", "us", "jp_kr")))
    )
    accts = [
        _new(ctx, rng, kind, "researcher", org=org, pay=card, ua="python-requests/2.32.3", ips=ips)
        for _ in range(n)
    ]
    idx = rng.permutation(len(ctx.chat))[: irange(rng, 250, 500)].tolist()
    prompts = [ctx.chat[i] for i in idx]
    samples = irange(rng, 2, 3)
    runs = [(jitter_start(rng, ctx.t0, ctx.release, 0.8), ctx.old_models[0], 1)]
    t = ctx.release + float(rng.uniform(0.1, 0.8)) * DAY
    for model in (ctx.new_model, ctx.old_models[0]):
        runs.append((t, model, samples))
        t += float(rng.uniform(0.3, 1.0)) * DAY
    for i, (start, model, reps) in enumerate(runs):
        seq = [p for p in prompts for _ in range(reps)]
        ts = start + np.cumsum(rng.uniform(2.0, 5.0, size=len(seq)))
        ctx.emit(rng, accts[i % n], ts, seq, models=model, comp_median=380.0, err=0.01)


# ----------------------------------------------------------------------------------------------
# a translation shop: translators working segment by segment for client projects


def puttapaka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "puttapaka"
    n = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2, -3)))
    office = home(rng, 1, tz)
    targets = ("de", "fr", "es", "it", "pl", "nl", "pt", "ja", "zh", "tr")
    clients = ("Norvik Pharma", "Aldora Legal", "Peakstone Games", "Vireo Travel")
    for _ in range(n):
        mine = [
            str(targets[i]) for i in rng.permutation(len(targets))[: irange(rng, 1, 2)].tolist()
        ]
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.6) else pick(rng, BROWSERS)
        acct = _new(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 2.5)), workday(tz), 22.0, 35.0, 0.6
        )
        ts_l, pr_l = [], []
        for s in sess:
            client, target, style = pick(rng, clients), pick(rng, mine), int(rng.integers(2))
            ts_l.extend(s.tolist())
            pr_l.extend(
                tx.translation_segment(rng, ctx.passages, target, client, style)
                for _ in range(len(s))
            )
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=110.0,
        )


# ----------------------------------------------------------------------------------------------
# a data-augmentation team: nightly batch generating paraphrases for their own classifier


def endek(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "endek"
    n = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Telvia", "Banco Lumen", "Kordia Mobile", "Finch Bank"))
    tz = int(pick(rng, (-5, 0, 1, 8)))
    curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 4)), tz)
    for _ in range(n):
        acct = _new(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
            ips=cloud(rng, irange(rng, 1, 3), "aws"),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7, curve)
        ts = _cat(bursts(rng, starts, float(rng.uniform(15, 35)), 3.0, 0.5, b=ctx.t1))
        prompts = [
            tx.augmentation_request(rng, company, int(rng.integers(3))) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.5),
            comp_median=500.0,
        )


# ----------------------------------------------------------------------------------------------
# coding-agent users: developers' agents looping over tools during their working day


def abrbandi(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "abrbandi"
    n = irange(rng, 10, 20)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(x) for x in rng.choice(np.array(TZS), size=2).tolist()]
    repos = ("ledger-api", "web-dashboard", "ingest-worker", "mobile-app")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "litellm/1.60.2"))
    for _ in range(n):
        tz = pick(rng, tzs)
        acct = _new(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = pick(rng, repos)
        ts_l, pr_l, ex_l = [], [], []
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2.0, 5.0)), workday(tz), 8.0, 9.0, 0.7
        ):
            for step, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr_l.append(tx.coding_agent_step(rng, repo, step))
                ex_l.append(irange(rng, 1500, 7000))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=260.0,
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
        )


# ----------------------------------------------------------------------------------------------
# a companion / role-play app: evening-peaked consumer load through a backend


def pasapalli(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pasapalli"
    n = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en", "es", "pt", "ja"]
    w = rng.dirichlet(np.full(len(langs), 2.0))
    curve = global_load(float(rng.uniform(1, 4)), 0.75)  # evening in the Americas
    for _ in range(n):
        acct = _new(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("okhttp/4.12.0", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws"))),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [
            tx.companion_turn(rng, pick(rng, tx.PERSONAS), langs[int(rng.choice(len(langs), p=w))])
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.6),
            comp_median=180.0,
        )


# ----------------------------------------------------------------------------------------------
# an API reseller: many keys on rented servers relaying a mix of their customers' traffic


def khandua(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "khandua"
    n = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, pick(rng, ("hetzner", "ovh")), 2, 3)
    accts = [
        _new(
            ctx,
            rng,
            kind,
            "relay_key",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=[pick(rng, block)],
        )
        for _ in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    streams = worker_pool(rng, a, ctx.t1, float(rng.uniform(20, 40)), n, global_load(15.0, 0.5))
    for acct, ts in zip(accts, streams, strict=True):
        prompts = []
        for u in rng.random(len(ts)).tolist():
            if u < 0.6:
                prompts.append(tx.human(rng, ctx.chat, 1500))
            elif u < 0.72:
                prompts.append(tx.moderation_rewrite(rng, ctx.chat))
            elif u < 0.87:
                prompts.append(tx.code_task(rng, int(rng.integers(5))))
            else:
                prompts.append(
                    tx.translation_segment(
                        rng, ctx.passages, pick(rng, ("es", "de", "ja")), "relay", 0
                    )
                )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
            comp_median=350.0,
        )


BENIGN_KINDS = {
    "patola": patola,
    "pochampally": pochampally,
    "sambalpuri": sambalpuri,
    "telia_rumal": telia_rumal,
    "geringsing": geringsing,
    "puttapaka": puttapaka,
    "endek": endek,
    "abrbandi": abrbandi,
    "pasapalli": pasapalli,
    "khandua": khandua,
}
