"""Benign hard-negative kinds of blind batch 127 (code names from horology).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind127 import texts as tx

Rng = np.random.Generator

TZ_REGION = {
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
BRANDS = (
    "Fjordline",
    "Cobalt Kettle",
    "Marigold Home",
    "Tandem Bikes",
    "Pebble & Pine",
    "Northwind Tea",
    "Lumen Optics",
    "Sable Outdoor",
    "Kiwi Lane",
    "Orbit Audio",
    "Verde Market",
    "Halcyon Yoga",
)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. model-evaluation lab: benchmark runs with CoT prompts, replay of public chats to both models


def chronograph(ctx: Ctx, rng: Rng) -> None:
    kind = "chronograph"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ["gcp", "aws", "azure"]))
    ua = pick(rng, SDK_OTHER[:4])
    accts = [
        ctx.account(
            rng, label="benign", family=kind, role="eval_runner", org=org, pay=pay, ua=ua, ips=ips
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, [-8, -5, 0, 1])
    for acct in accts:
        # nightly regression suite on the old models, then large runs on release
        pre = thinned(
            rng, ctx.t0, ctx.release, 1.0 * (ctx.release - ctx.t0) / DAY, nightly(1.0, 2.0, tz)
        )
        post = ctx.release + np.sort(rng.uniform(0.05, 2.5, size=irange(rng, 2, 5))) * DAY
        for starts, size in (
            (pre, float(rng.uniform(40, 120))),
            (post, float(rng.uniform(200, 500))),
        ):
            for train in bursts(rng, starts, size, float(rng.uniform(0.3, 1.5)), 0.5, ctx.t1):
                replay = chance(rng, 0.35)
                off = int(rng.integers(len(ctx.chat)))
                prompts = (
                    [ctx.chat[(off + j) % len(ctx.chat)] for j in range(len(train))]
                    if replay
                    else [tx.eval_item(rng, irange(rng, 0, 2)) for _ in range(len(train))]
                )
                model = (
                    ctx.new_model
                    if (train[0] >= ctx.release and chance(rng, 0.6))
                    else pick(rng, ctx.old_models)
                )
                ctx.emit(
                    rng,
                    acct,
                    train,
                    prompts,
                    models=model,
                    comp_median=380.0 if not replay else 330.0,
                    err=0.02,
                )


# --------------------------------------------------------------------------------------------
# 2. customer-experience QA team grading its own support transcripts against a rubric


def moonphase(ctx: Ctx, rng: Rng) -> None:
    kind = "moonphase"
    brand = pick(rng, BRANDS)
    tz = pick(rng, [-5, 0, 1, 2, 5])
    office = resi(rng, irange(rng, 1, 2), TZ_REGION[tz])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    analysts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="qa_analyst",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 8))
    ]
    batch = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="qa_batch",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "aws"),
        tz=tz,
    )
    for acct in analysts:
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(4, 10)),
            float(rng.uniform(40, 120)),
        )
        ts = _concat(sessions)
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.qa_grading(rng, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=240.0,
        )
    starts = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(22.0, 1.0, tz))
    ts = _concat(
        bursts(rng, starts, float(rng.uniform(80, 250)), float(rng.uniform(1, 3)), 0.5, ctx.t1)
    )
    ctx.emit(
        rng,
        batch,
        ts,
        [tx.qa_grading(rng, brand) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.2, 0.6),
        comp_median=200.0,
    )


# --------------------------------------------------------------------------------------------
# 3. tutoring product: homework questions from students worldwide via the product's backend


def minute_repeater(ctx: Ctx, rng: Rng) -> None:
    kind = "minute_repeater"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ["aws", "gcp"]))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_key",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    langs = [lang for lang in ("en", "es", "pt", "tr") if lang == "en" or chance(rng, 0.6)]
    curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.5, 0.85)))
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2000, 3800)), curve)
    who = rng.integers(0, n_keys, size=len(ts))
    p_new = float(rng.uniform(0.4, 0.7))
    for k, acct in enumerate(accts):
        t = ts[who == k]
        prompts = [
            "[Brightleaf Tutor] Explain step by step, never just give the answer.\nStudent: "
            + (tx.homework(rng, pick(rng, langs)) if chance(rng, 0.8) else pick(rng, ctx.chat))
            for _ in range(len(t))
        ]
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, p_new, 0.15), comp_median=420.0)


# --------------------------------------------------------------------------------------------
# 4. university course cohort: many student accounts, same assignment, deadline spikes


def power_reserve(ctx: Ctx, rng: Rng) -> None:
    kind = "power_reserve"
    tz = pick(rng, [-5, 0, 1, 2, 5, 8])
    region = TZ_REGION[tz]
    campus = resi(rng, irange(rng, 1, 3), region)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    deadlines = sorted(ctx.t0 + float(x) * DAY for x in rng.uniform(2.0, 6.8, size=2))
    qs = [str(x) for x in rng.choice(tx.ASSIGNMENT_QS, size=irange(rng, 3, 6), replace=False)]
    for _ in range(irange(rng, 40, 75)):
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=own + campus,
            tz=tz,
        )
        parts = []
        for d in deadlines:
            lead = float(rng.uniform(0.2, 2.0)) * DAY
            parts.extend(
                session_times(
                    rng,
                    d - lead,
                    d,
                    float(rng.uniform(1.5, 4)),
                    evening_person(tz, 3.0),
                    float(rng.uniform(3, 7)),
                    float(rng.uniform(40, 150)),
                )
            )
        parts.extend(session_times(rng, ctx.t0, ctx.t1, 0.3, evening_person(tz), 3.0, 60.0))
        ts = _concat(parts)
        prompts = [
            tx.student_prompt(rng, pick(rng, qs)) if chance(rng, 0.6) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.15), comp_median=380.0)


# --------------------------------------------------------------------------------------------
# 5. research study on answer stability: repeated sampling and paraphrases, both models


def tachymeter(ctx: Ctx, rng: Rng) -> None:
    kind = "tachymeter"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, [0, 1, 2, -5])
    ips = resi(rng, 1, TZ_REGION[tz]) + cloud(rng, 1, pick(rng, ["ovh", "hetzner", "gcp"]))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2"]),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    for acct in accts:
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), workday(tz, 9, 20, 0.3))
        ts_all, prompts, models = [], [], []
        for s in runs.tolist():
            k = pick(rng, (5, 8, 10))
            t = s
            for _ in range(irange(rng, 20, 60)):
                base = (
                    tx.soft_label(rng, "en", irange(rng, 0, 3))
                    if chance(rng, 0.5)
                    else tx.math_problem(rng, "en")
                )
                for variant in range(irange(rng, 1, 3)):
                    p = tx.study_item(rng, base, variant)
                    model = (
                        ctx.new_model
                        if (s >= ctx.release and chance(rng, 0.5))
                        else ctx.old_models[0]
                    )
                    for _ in range(k):
                        t += float(rng.exponential(1.2))
                        ts_all.append(t)
                        prompts.append(p)
                        models.append(model)
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=120.0, comp_sigma=0.8, err=0.03)


# --------------------------------------------------------------------------------------------
# 6. marketing agency / reseller: many client keys under one org, copy in many languages


def gnomon(ctx: Ctx, rng: Rng) -> None:
    kind = "gnomon"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ["digitalocean", "linode", "vultr"]))
    ua = pick(rng, ["axios/1.7.9", "python-requests/2.32.3", "OpenAI/NodeJS 4.85.1"])
    n_keys = irange(rng, 10, 22)
    accts, brand_lang = [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="client_key",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
        )
        brand_lang.append(
            (pick(rng, BRANDS), pick(rng, ["en", "en", "de", "fr", "es", "pt", "pl", "tr", "ja"]))
        )
    offices = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 3), replace=False)]
    for acct, ts, (brand, lang) in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), n_keys, multi_office(offices)),
        brand_lang,
        strict=True,
    ):
        prompts = [tx.agency_task(rng, brand, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.45, 0.25),
            comp_median=float(rng.uniform(250, 700)),
        )


# --------------------------------------------------------------------------------------------
# 7. data-augmentation team: nightly paraphrase generation for its own intent classifier


def hourglass(ctx: Ctx, rng: Rng) -> None:
    kind = "hourglass"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, [-5, 0, 1, 5, 8])
    ips = cloud(rng, irange(rng, 1, 2), "aws")
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augment_job",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.54.0", "python-requests/2.32.3"]),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    start_h, hours = float(rng.uniform(0, 4)), float(rng.uniform(1.5, 3.5))
    for acct in accts:
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(250, 500)) * hours * 7,
            nightly(start_h, hours, tz),
        )
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.augmentation(rng, irange(rng, 0, 2)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.25, 0.5),
            comp_median=220.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# 8. individual developers' coding agents; usage jumps when the new model ships


def caseback(ctx: Ctx, rng: Rng) -> None:
    kind = "caseback"
    for _ in range(irange(rng, 10, 20)):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=pick(rng, tx.AGENT_UAS_DEV),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ramp = float(rng.uniform(1.5, 3.5))
        curve = workday(tz, 9, 23, 0.4, 0.05)
        tasks = np.concatenate(
            [
                thinned(
                    rng,
                    ctx.t0,
                    ctx.release,
                    float(rng.uniform(0.8, 2.5)) * (ctx.release - ctx.t0) / DAY,
                    curve,
                ),
                thinned(
                    rng,
                    ctx.release,
                    ctx.t1,
                    float(rng.uniform(0.8, 2.5)) * ramp * (ctx.t1 - ctx.release) / DAY,
                    curve,
                ),
            ]
        )
        ts_all, prompts, extra = [], [], []
        for train in bursts(
            rng, tasks, float(rng.uniform(6, 20)), float(rng.uniform(3, 9)), 0.7, ctx.t1
        ):
            task = tx.dev_task(rng)
            for j, t in enumerate(train.tolist()):
                ts_all.append(t)
                prompts.append(tx.coding_agent_call(rng, task, j))
                extra.append(irange(rng, 1500, 3000) + 400 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            comp_median=260.0,
            comp_sigma=0.8,
            extra=np.minimum(np.asarray(extra, dtype=np.int64), 24000),
        )


# --------------------------------------------------------------------------------------------
# 9. companion chat app: multi-turn persona conversations, evening peaks worldwide


def perpetual_calendar(ctx: Ctx, rng: Rng) -> None:
    kind = "perpetual_calendar"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ["gcp", "aws", "digitalocean"]))
    ua = pick(rng, ["okhttp/4.12.0", "OpenAI/Python 1.54.0", "Go-http-client/2.0"])
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng, label="benign", family=kind, role="product_key", org=org, pay=pay, ua=ua, ips=ips
        )
        for _ in range(n_keys)
    ]
    personas = [
        "Luna, warm and a little teasing",
        "Kai, calm and curious",
        "Mira, upbeat best friend",
        "Theo, dry humour, loves books",
    ]
    curve = global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    conv = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 600)), curve)
    for k, acct in enumerate(accts):
        mine = conv[rng.integers(0, n_keys, size=len(conv)) == k]
        ts_all, prompts, extra = [], [], []
        for s in mine.tolist():
            persona, depth = pick(rng, personas), irange(rng, 0, 60)
            n = 1 + int(rng.negative_binomial(2, 0.25))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.8, size=n - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.companion(rng, persona, ctx.chat))
                extra.append(300 + 45 * min(depth + j, 60))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.4),
            comp_median=140.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# 10. trust-and-safety vendor: guideline rewrites and policy labels, staff on a VPN


def beat_error(ctx: Ctx, rng: Rng) -> None:
    kind = "beat_error"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 1, 2), pick(rng, ["azure", "aws"]))
    vpn = cloud(rng, irange(rng, 6, 15), pick(rng, ["m247", "leaseweb"]))
    offices = [int(x) for x in rng.choice([0, 1, 2, 5, 8, -3], size=2, replace=False)]
    langs = ["en"] + [lang for lang in ("es", "de", "pt", "hi", "tr", "pl") if chance(rng, 0.4)]
    service = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="pipeline",
        org=org,
        pay=pay,
        ua=sdk_ua(rng, 0.6),
        ips=backend,
    )
    ts = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 50)), 1, multi_office(offices))[0]
    ctx.emit(
        rng,
        service,
        ts,
        [tx.moderation(rng, pick(rng, langs), 1, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.3, 0.5),
        comp_median=120.0,
    )
    for i in range(irange(rng, 3, 6)):
        tz = offices[i % 2]
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="reviewer",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=vpn,
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz),
            float(rng.uniform(5, 12)),
            float(rng.uniform(30, 90)),
        )
        ts = _concat(sessions)
        ctx.emit(
            rng,
            acct,
            ts,
            [
                tx.moderation(rng, pick(rng, langs), irange(rng, 0, 2), ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.4, 0.2),
            ips=sticky(rng, ts, vpn, float(rng.uniform(2, 6)) * HOUR),
            comp_median=260.0,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "chronograph": chronograph,
    "moonphase": moonphase,
    "minute_repeater": minute_repeater,
    "power_reserve": power_reserve,
    "tachymeter": tachymeter,
    "gnomon": gnomon,
    "hourglass": hourglass,
    "caseback": caseback,
    "perpetual_calendar": perpetual_calendar,
    "beat_error": beat_error,
}
