"""Benign hard-negative kinds of batch 320 (code names from the steelpan).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind320 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _local_time(ts: np.ndarray, tz: int) -> np.ndarray:
    return ((np.asarray(ts) + tz * HOUR) % DAY) / HOUR


# ============================================================================================
# university evaluation lab: a fixed suite, re-run on both models after the release


def tenor_pan(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tenor_pan"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 9)))
    ua = pick(
        rng, ("OpenAI/Python 1.63.2", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    )
    suite = tx.benchmark_items(rng, irange(rng, 400, 700))
    accts = [
        _benign(
            ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, "gcp"), tz=tz
        )
        for _ in range(irange(rng, 2, 4))
    ]
    # runs start in working hours; after the release each run covers the old and the new model
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 9)), workday(tz, weekend=0.0))
    for r, s in enumerate(starts.tolist()):
        a = accts[r % len(accts)]
        shard = irange(rng, 150, len(suite))
        lo = irange(rng, 0, len(suite) - shard)
        items = suite[lo : lo + shard]
        models = [ctx.old_models[0], ctx.new_model] if s >= ctx.release else [ctx.old_models[0]]
        if chance(rng, 0.3):
            models.append(ctx.old_models[-1])
        t = s
        for m in models:
            gaps = rng.exponential(float(rng.uniform(0.3, 1.2)), size=len(items))
            ts = t + np.cumsum(gaps)
            comp = np.asarray([260.0 if "####" in p else 3.0 for p in items])
            ctx.emit(rng, a, ts, items, models=m, comp_median=comp, comp_sigma=0.4, err=0.02)
            t = float(ts[-1]) + float(rng.uniform(60, 900))


# ============================================================================================
# support SaaS grading its own assistant's replies (LLM-as-judge QA)


def double_seconds(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "double_seconds"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Brightdesk", "Tallyho Support", "Kiteline", "Mosaic Help"))
    tz = int(pick(rng, TZS))
    egress = cloud(rng, 2, "aws")
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx, rng, kind, "qa_pipeline", org=org, pay=pay, ua=sdk_ua(rng, 0.6), ips=egress, tz=tz
        )
        start_h = float(rng.uniform(1, 4))

        def night(ts: np.ndarray, s=start_h) -> np.ndarray:
            h = (_local_time(ts, tz) - s) % 24.0
            return np.where(h < 2.5, 1.0, 0.04)

        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(120, 260)) * 7, night)
        prompts = [
            tx.support_qa_review(
                rng,
                company,
                tx.clip_text(pick(rng, ctx.passages), 200, 900, rng),
                tx.clip_text(pick(rng, ctx.chat), 20, 400, rng),
                tx.clip_text(pick(rng, ctx.passages), 100, 700, rng),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.5),
            comp_median=70.0,
            comp_sigma=0.35,
            err=0.01,
        )


# ============================================================================================
# trust & safety team of a social platform rewriting flagged comments


def double_guitar(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "double_guitar"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 4), "azure")
    langs = ["en", "es", "pt", "de", "tr"]
    w = np.asarray([5.0, 2.0, 1.5, 1.0, 0.7])
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(25, 50)),
        n_keys,
        global_load(float(rng.uniform(14, 22)), 0.7),
    )
    for a, ts in zip(accts, streams, strict=True):
        lg = [langs[i] for i in rng.choice(len(langs), size=len(ts), p=w / w.sum()).tolist()]
        prompts = [
            tx.moderation_rewrite(rng, g, tx.clip_text(pick(rng, ctx.chat), 20, 500, rng))
            for g in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.8),
            comp_median=80.0,
            comp_sigma=0.5,
            err=0.01,
        )


# ============================================================================================
# IDE coding-agent product: tool loops from developers' sessions


def cello_pan(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cello_pan"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, 2, "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2"))
    for _ in range(irange(rng, 5, 8)):
        tzs = [
            int(x)
            for x in rng.choice(np.asarray(TZS), size=irange(rng, 1, 2), replace=False).tolist()
        ]
        a = _benign(ctx, rng, kind, "workspace_key", org=org, pay=pay, ua=ua, ips=egress, tz=tzs[0])
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 160)), multi_office(tzs))
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            ask = tx.dev_ask(rng, ctx.chat)
            steps = irange(rng, 2, 16)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=steps - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.ide_agent_step(rng, j, ask))
                extra.append(1800 + 400 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=200.0,
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra),
        )


# ============================================================================================
# data-augmentation team generating training data for its own intent classifier


def six_bass(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "six_bass"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, -5, 5)))
    langs = ["English", "German", "Spanish", "Hindi", "French"]
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "ml_team",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "aiohttp/3.11.11")),
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        # a few big jobs, kicked off by an engineer during the day and running into the evening
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), workday(tz, weekend=0.0))
        for s in starts.tolist():
            n = irange(rng, 100, 500)
            ts = s + np.cumsum(rng.exponential(float(rng.uniform(1.0, 4.0)), size=n))
            lang = pick(rng, langs)
            prompts = [tx.augmentation_request(rng, lang, pick(rng, ctx.chat)) for _ in range(n)]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
                comp_median=520.0,
                comp_sigma=0.4,
                err=0.04,
            )


# ============================================================================================
# a university course cohort, one key per student, two assignment deadlines


def quadrophonic(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "quadrophonic"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 8)))
    campus = home(rng, 2, tz)
    deadlines = [
        ctx.t0 + float(rng.uniform(2.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.5, 6.8)) * DAY,
    ]
    for _ in range(irange(rng, 30, 45)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=ua,
            ips=[*home(rng, 1, tz), *campus],
            tz=tz,
        )
        eager = float(rng.uniform(0.3, 3.0))

        def curve(ts: np.ndarray, e=eager) -> np.ndarray:
            base = evening_person(tz, 2.8)(ts)
            near = sum(
                np.where((d - ts > 0) & (d - ts < e * DAY), 1.0 - (d - ts) / (e * DAY), 0.0)
                for d in deadlines
            )
            return np.clip(0.25 * base + 0.75 * base * near, 0, 1)

        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 120)),
        )
        ts_all, prompts = [], []
        for sess in sessions:
            if len(sess) == 0:
                continue
            assignment = 0 if sess[0] < deadlines[0] else 1
            for j, tj in enumerate(sess.tolist()):
                ts_all.append(tj)
                if j == 0 or chance(rng, 0.35):
                    prompts.append(tx.student_question(rng, assignment * 3 + int(rng.integers(3))))
                else:
                    prompts.append(
                        pick(rng, ctx.chat)
                        if chance(rng, 0.3)
                        else tx.dialogue_followup(rng, "en", ctx.chat)
                    )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=420.0,
        )


# ============================================================================================
# translation agency: translators in a CAT tool, segment by segment


def panyard(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "panyard"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    office = home(rng, 1, tz)
    targets = ["de", "fr", "es", "it", "pl", "ja", "ko", "zh", "pt", "tr"]
    glossaries = (
        "'checkout' = do not translate; 'Pro plan' = keep English",
        "'dashboard' -> localised term",
        "brand names untranslated; formal register",
        "'ticket' = support request, not travel ticket",
    )
    for _ in range(irange(rng, 6, 10)):
        remote = chance(rng, 0.3)
        my_tz = int(pick(rng, TZS)) if remote else tz
        ips = home(rng, 1, my_tz) if remote else office
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, tx._CAT_TOOLS),
            ips=ips,
            tz=my_tz,
        )
        mine = [
            targets[j]
            for j in sorted(
                rng.choice(len(targets), size=irange(rng, 1, 2), replace=False).tolist()
            )
        ]
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(my_tz),
            float(rng.uniform(15, 45)),
            float(rng.uniform(25, 70)),
            0.6,
        )
        ts_all, prompts, comp = [], [], []
        for sess in sessions:
            project = (
                f"P{int(rng.integers(1000, 9999))}-{pick(rng, ('WEB', 'APP', 'LEGAL', 'MKT'))}"
            )
            doc = pick(rng, ctx.passages)
            sentences = [
                s.strip() for s in doc.replace("\n", " ").split(". ") if len(s.strip()) > 15
            ] or [doc[:200]]
            target = pick(rng, mine)
            glossary = pick(rng, glossaries)
            for j, tj in enumerate(sess.tolist()):
                sent = sentences[j % len(sentences)]
                ts_all.append(tj)
                prompts.append(tx.cat_segment(rng, project, j + 1, target, sent, glossary))
                comp.append(max(8.0, len(sent) / 3.0))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


# ============================================================================================
# companion chat app: a backend relaying many people's casual conversations


def pannist(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pannist"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    n_keys = irange(rng, 2, 3)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="okhttp/4.12.0" if chance(rng, 0.3) else "OpenAI/NodeJS 4.67.1",
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(30, 60)),
        n_keys,
        global_load(float(rng.uniform(18, 23)), 0.75),
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.companion_line(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.85),
            comp_median=90.0,
            comp_sigma=0.6,
            err=0.005,
            extra=rng.integers(900, 3200, size=len(ts)),
        )


# ============================================================================================
# adaptive-practice tutoring product: nightly exercise pre-generation by topic and level


def iron_section(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "iron_section"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, -3, 0, 8)))
    topics = [sub for subs in tx._CURRICULUM.values() for sub in subs]
    # nightly pre-generation key
    a = _benign(
        ctx,
        rng,
        kind,
        "pregen_job",
        org=org,
        pay=pay,
        ua="Go-http-client/2.0",
        ips=cloud(rng, 1, "gcp"),
        tz=tz,
    )
    day = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    while day < ctx.t1:
        start = day + float(rng.uniform(1.0, 2.5)) * HOUR
        tonight = [
            topics[i]
            for i in sorted(
                rng.choice(len(topics), size=irange(rng, 5, 12), replace=False).tolist()
            )
        ]
        grade = irange(rng, 6, 10)
        ts_all, prompts = [], []
        t = start
        for topic in tonight:
            for level in range(1, 6):
                for _ in range(irange(rng, 2, 5)):
                    t += float(rng.exponential(2.5))
                    ts_all.append(t)
                    prompts.append(tx.exercise_request(rng, topic, level, grade))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4),
            comp_median=380.0,
            comp_sigma=0.35,
            err=0.01,
        )
        day += DAY
    # daytime on-demand hints for students
    b = _benign(
        ctx,
        rng,
        kind,
        "hint_service",
        org=org,
        pay=pay,
        ua="Go-http-client/2.0",
        ips=cloud(rng, 2, "gcp"),
        tz=tz,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(800, 2000)), evening_person(tz, 3.0))
    prompts = [tx.hint_request(rng, pick(rng, topics), irange(rng, 6, 10)) for _ in range(len(ts))]
    ctx.emit(
        rng,
        b,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.2, p_mini=0.8),
        comp_median=60.0,
        comp_sigma=0.4,
    )


# ============================================================================================
# AI-writing SaaS reseller: one org and card, one sub-key per business customer


def dudup(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dudup"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = [*cloud(rng, 2, "aws"), *cloud(rng, 1, "gcp")]
    hold = 20 * MINUTE
    for _ in range(irange(rng, 15, 25)):
        tz = int(pick(rng, TZS))
        a = _benign(
            ctx, rng, kind, "customer_subkey", org=org, pay=pay, ua="axios/1.7.9", ips=egress, tz=tz
        )
        base = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 250)), workday(tz, weekend=0.15))
        ts_all, prompts = [], []
        for t in base.tolist():
            p = tx.reseller_request(rng, ctx.chat, ctx.passages)
            ts_all.append(t)
            prompts.append(p)
            if chance(rng, 0.15):  # the "regenerate" button
                for _ in range(irange(rng, 1, 3)):
                    t += float(rng.uniform(6, 40))
                    ts_all.append(t)
                    prompts.append(p)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.35),
            ips=sticky(rng, ts, egress, hold),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "tenor_pan": tenor_pan,
    "double_seconds": double_seconds,
    "double_guitar": double_guitar,
    "cello_pan": cello_pan,
    "six_bass": six_bass,
    "quadrophonic": quadrophonic,
    "panyard": panyard,
    "pannist": pannist,
    "iron_section": iron_section,
    "dudup": dudup,
}
