"""Benign hard-negative kinds of blind batch 342 (code names from mycology).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign families
(or a campaign in general), drawn from the kind's own generator. The README says what each one is
and what it looks like; read it only after the monitor's single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind342 import texts as T

REGION_TZ = {"us": -5, "eu": 1, "sea": 8, "in": 5, "latam": -3, "jp_kr": 9}


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _benign(ctx: B.Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> B.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def hypha(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: fixed reasoning benchmark suites run on old and new models around the release."""
    n_labs = irange(rng, 2, 3)
    for _ in range(n_labs):
        org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp"))
        keys = [
            _benign(
                ctx,
                rng,
                "hypha",
                "eval_runner",
                org=org,
                pay=card,
                ua=B.sdk_ua(rng, 0.5),
                ips=B.cloud(rng, 2, provider),
            )
            for _ in range(irange(rng, 1, 3))
        ]
        suites = ["cot", "mc", "multi", "plain"]
        bank: dict[str, list[str]] = {}
        for s in suites:
            langs = ("zh", "ru", "es", "de", "ja", "fr", "pt") if s == "multi" else ("en",)
            bank[s] = [
                T.benchmark_item(rng, s, pick(rng, langs)) for _ in range(irange(rng, 150, 400))
            ]
        runs = []
        for _ in range(irange(rng, 1, 2)):  # pre-release regression runs on the old flagship
            runs.append(
                (float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.3 * DAY)), ctx.old_models[0])
            )
        first = ctx.release + float(rng.uniform(2, 14)) * HOUR
        for m in (ctx.new_model, ctx.old_models[0]):
            runs.append((first + float(rng.uniform(0, 3)) * HOUR, m))
        for _ in range(irange(rng, 0, 2)):
            runs.append(
                (
                    float(rng.uniform(first + DAY, ctx.t1 - 0.2 * DAY)),
                    pick(rng, (ctx.new_model, ctx.old_models[-1])),
                )
            )
        for start, model in runs:
            chosen = [s for s in suites if chance(rng, 0.6)] or ["cot"]
            k = keys[int(rng.integers(len(keys)))]
            t = start
            for s in chosen:
                items = bank[s]
                gaps = rng.lognormal(np.log(0.7), 0.6, size=len(items))
                ts = t + np.cumsum(gaps)
                ctx.emit(
                    rng,
                    k,
                    ts,
                    items,
                    models=model,
                    comp_median=380.0 if s != "mc" else 110.0,
                    err=0.015,
                )
                t = float(ts[-1]) + float(rng.uniform(60, 900))


def basidium(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor: annotators' QA tool asks the model for quick labels during office hours."""
    region = pick(rng, ("sea", "in"))
    tz = REGION_TZ[region]
    org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
    office = B.resi(rng, irange(rng, 1, 3), region)
    ua = pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
    curve = B.workday(
        tz, start=irange(rng, 7, 9) + 0.0, end=irange(rng, 17, 20) + 0.0, weekend=0.15
    )
    judge_share = float(rng.uniform(0.1, 0.3))
    for _ in range(irange(rng, 8, 14)):
        a = _benign(ctx, rng, "basidium", "annotator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        sess = B.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(10, 25)),
            float(rng.uniform(25, 70)),
        )
        ts = _flat(sess)
        prompts, comp = [], []
        for _ in range(len(ts)):
            if chance(rng, judge_share):
                prompts.append(T.judge_prompt(rng, pick(rng, (0, 1, 5)), ctx.chat, ctx.passages))
                comp.append(280.0)
            else:
                prompts.append(T.annotation_task(rng, irange(rng, 0, 2), ctx.chat, ctx.passages))
                comp.append(45.0)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.25), comp_median=np.asarray(comp)
        )


def lamella(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Trust-and-safety team: rewrites and classifies user posts against community guidelines, 24/7."""
    for _ in range(irange(rng, 1, 2)):
        org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
        servers = B.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure")))
        load = B.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
        lang = pick(rng, ("en", "es", "pt", "de", "fr"))
        keys = [
            _benign(
                ctx,
                rng,
                "lamella",
                "moderation_service",
                org=org,
                pay=card,
                ua="OpenAI/Python 1.58.1",
                ips=servers,
            )
            for _ in range(irange(rng, 2, 3))
        ]
        pools = B.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 55)), len(keys), load)
        for k, ts in zip(keys, pools, strict=True):
            prompts = [
                T.moderation_task(rng, irange(rng, 0, 2), lang, ctx.chat) for _ in range(len(ts))
            ]
            ctx.emit(rng, k, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.45), comp_median=110.0)


def volva(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """A company's developers using a coding agent: tool schema and file context on every turn."""
    tz = pick(rng, (-8, -5, 1, 2, 5))
    org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
    office = B.home(rng, irange(rng, 1, 2), tz)
    repo = pick(
        rng, ("payments-api", "storefront", "ml-platform", "mobile-backend", "data-pipelines")
    )
    ua = pick(rng, ("coda-agent/0.9.3 (node 22.12.0)", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 8, 15)):
        home_ip = B.home(rng, 1, tz)
        a = _benign(
            ctx, rng, "volva", "developer", org=org, pay=card, ua=ua, ips=office + home_ip, tz=tz
        )
        sess = B.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            B.workday(tz, weekend=0.08),
            float(rng.uniform(6, 18)),
            float(rng.uniform(12, 45)),
        )
        ts = _flat(sess)
        prompts = [
            T.coding_agent_turn(rng, repo, ctx.passages)
            if chance(rng, 0.75)
            else T.agent_transcript(rng, 1)
            for _ in range(len(ts))
        ]
        extra = rng.integers(1200, 6000, size=len(ts))
        ips = [office[0] if chance(rng, 0.7) else home_ip[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            ips=ips,
            extra=extra,
            comp_median=550.0,
        )


def pileus(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Product team augmenting training data for its own intent classifier in office-hour batches."""
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, (-5, 0, 1, 9))
        org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
        ips = B.cloud(rng, 1, "aws") + B.home(rng, 1, tz)
        langs = ["en"] + [pick(rng, ("es", "de", "fr", "ja", "pt"))]
        keys = [
            _benign(
                ctx,
                rng,
                "pileus",
                "ml_engineer",
                org=org,
                pay=card,
                ua=B.sdk_ua(rng, 0.6),
                ips=ips,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 2))
        ]
        starts = B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, B.workday(tz))
        trains = B.bursts(
            rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(1.5, 4)), 0.5, ctx.t1
        )
        owner = rng.integers(0, len(keys), size=len(trains)).tolist()
        for i, k in enumerate(keys):
            ts = np.sort(_flat([tr for tr, o in zip(trains, owner, strict=True) if o == i]))
            prompts = [
                T.dataset_request(rng, 0, "en")
                if chance(rng, 0.08)
                else T.augmentation_request(rng, irange(rng, 0, 2), pick(rng, langs), ctx.chat)
                for _ in range(len(ts))
            ]
            ctx.emit(rng, k, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), comp_median=480.0)


def sporocarp(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: same assignments, campus network, deadline rushes."""
    tz = pick(rng, (-5, -3, 1, 0))
    lang = "es" if tz in (-3, 1) and chance(rng, 0.6) else "en"
    course = pick(rng, T.COURSES)
    campus = B.home(rng, irange(rng, 2, 3), tz)
    deadlines = [
        ctx.t0 + d * DAY + (23 - tz) * HOUR
        for d in sorted(rng.choice(7, size=2, replace=False).tolist())
    ]

    def curve(ts: np.ndarray) -> np.ndarray:
        base = B.evening_person(tz)(ts)
        rush = sum(np.exp(-0.5 * ((ts - d) / (8 * HOUR)) ** 2) * (ts <= d) for d in deadlines)
        return np.clip(0.35 * base + rush, 0, 1)

    for _ in range(irange(rng, 28, 50)):
        ua = pick(rng, B.BROWSERS) if chance(rng, 0.8) else pick(rng, B.MOBILE)
        home_ip = B.home(rng, 1, tz)
        a = _benign(ctx, rng, "sporocarp", "student", ua=ua, ips=campus + home_ip, tz=tz)
        sess = B.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.6)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(50, 180)),
        )
        ts = _flat(sess)
        week = [1 + int((t - ctx.t0) // (3.5 * DAY)) for t in ts.tolist()]
        prompts = [
            T.course_question(rng, course, w, lang if chance(rng, 0.8) else "en", ctx.chat)
            for w in week
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.5)), 0.1),
            comp_median=450.0,
        )


def rhizomorph(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Translation agency: project batches of segments into each client's one or two languages."""
    region = pick(rng, ("eu", "latam", "jp_kr"))
    tz = REGION_TZ[region]
    org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
    office = B.resi(rng, irange(rng, 1, 2), region)
    clients = [
        (
            f"C{irange(rng, 100, 999)}",
            [
                pick(rng, ("de", "fr", "es", "it", "nl", "pl", "ja", "pt"))
                for _ in range(irange(rng, 1, 2))
            ],
        )
        for _ in range(irange(rng, 5, 10))
    ]
    ua = pick(rng, ("memoq-llm-connector/3.2 (Windows)", "python-requests/2.32.3"))
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx, rng, "rhizomorph", "translator", org=org, pay=card, ua=ua, ips=office, tz=tz
        )
        starts = B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, B.workday(tz))
        trains = B.bursts(
            rng, starts, float(rng.uniform(10, 45)), float(rng.uniform(6, 25)), 0.6, ctx.t1
        )
        ts_list, prompts, comp = [], [], []
        for tr in trains:
            client, tls = pick(rng, clients)
            doc = pick(rng, ctx.passages)
            for _ in range(len(tr)):
                seg = T.segment(rng, doc, 80, 450)
                prompts.append(T.agency_translation(rng, client, pick(rng, tls), seg))
                comp.append(max(20.0, len(seg) / 3.2))
            ts_list.append(tr)
        ts = _flat(ts_list)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.15),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


def chanterelle(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """People using a bring-your-own-key mobile chat app: role-play and small talk on their phones."""
    carriers = (("us_mobile", -5), ("in_mobile", 5), ("br_mobile", -3), ("eu_mobile", 1))
    app_ua = pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0"))
    for _ in range(irange(rng, 25, 42)):
        carrier, tz = pick(rng, carriers)
        ua = app_ua if chance(rng, 0.85) else pick(rng, B.MOBILE)
        a = _benign(
            ctx, rng, "chanterelle", "app_user", ua=ua, ips=B.mobile_v6(rng, 1, carrier), tz=tz
        )
        begin = B.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = B.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(0.8, 3.5)),
            B.evening_person(tz),
            float(rng.uniform(4, 10)),
            float(rng.uniform(30, 100)),
        )
        ts_list, prompts, ips = [], [], []
        for s in sess:
            roleplay = chance(rng, 0.25)
            persona = pick(rng, T.PERSONAS)
            ip = B.mobile_v6(rng, 1, carrier)[0]
            for j in range(len(s)):
                if roleplay and j == 0:
                    prompts.append(T.OPENERS["en"].format(p=persona, q=pick(rng, T.CASUAL)))
                else:
                    prompts.append(T.app_chat_turn(rng, j, ctx.chat))
            ips.extend([ip] * len(s))
            ts_list.append(s)
        ts = _flat(ts_list)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.2), ips=ips, comp_median=240.0
        )


def mycorrhiza(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Marketing-agency platform reselling model access to its clients, advertising the newest model."""
    for _ in range(irange(rng, 1, 2)):
        org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
        servers = B.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
        clients = [f"{irange(rng, 1000, 9999)}" for _ in range(irange(rng, 20, 45))]
        keys = [
            _benign(
                ctx,
                rng,
                "mycorrhiza",
                "reseller_backend",
                org=org,
                pay=card,
                ua="OpenAI/Python 1.58.1",
                ips=servers,
            )
            for _ in range(irange(rng, 3, 5))
        ]
        load = B.global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.4, 0.65)))
        pools = B.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 100)), len(keys), load)
        product = pick(rng, ("AdSpark", "Copyhive", "BrandPilot"))
        for k, ts in zip(keys, pools, strict=True):
            prompts = []
            for _ in range(len(ts)):
                text = T.excerpt(rng, pick(rng, ctx.chat), 15, 800)
                prompts.append(
                    T.client_wrap(rng, pick(rng, clients), text)
                    if chance(rng, 0.7)
                    else T.product_wrap(rng, product, text)
                )
            ctx.emit(rng, k, ts, prompts, models=ctx.models(rng, ts, 0.75, 0.05), comp_median=380.0)


def fairy_ring(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Academic study of answer variability: each vignette sampled many times on each model."""
    for _ in range(irange(rng, 1, 2)):
        region = pick(rng, ("eu", "us", "jp_kr"))
        tz = REGION_TZ[region]
        org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
        campus = B.resi(rng, 1, region)
        lang = {"eu": "de", "jp_kr": "ja"}.get(region, "en")
        keys = [
            _benign(
                ctx,
                rng,
                "fairy_ring",
                "researcher",
                org=org,
                pay=card,
                ua="python-httpx/0.28.1",
                ips=campus,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        reps = irange(rng, 10, 25)
        runs = [(float(rng.uniform(ctx.t0 + DAY, ctx.release - 0.2 * DAY)), ctx.old_models[0])]
        for _ in range(irange(rng, 2, 4)):
            runs.append(
                (
                    float(rng.uniform(ctx.release + 0.2 * DAY, ctx.t1 - 0.3 * DAY)),
                    pick(rng, (ctx.new_model, ctx.old_models[0])),
                )
            )
        for start, model in runs:
            k = keys[int(rng.integers(len(keys)))]
            t = start
            parts, prompts = [], []
            for i in range(irange(rng, 12, 40)):
                cond = f"{'AB'[i % 2]}{irange(rng, 1, 4)}"
                p = T.vignette(rng, lang if chance(rng, 0.5) else "en", cond)
                gaps = rng.lognormal(np.log(1.5), 0.5, size=reps)
                tt = t + np.cumsum(gaps)
                parts.append(tt)
                prompts.extend([p] * reps)
                t = float(tt[-1]) + float(rng.uniform(2, 30))
            ts = _flat(parts)
            ctx.emit(rng, k, ts, prompts, models=model, comp_median=190.0)


BENIGN_KINDS: dict[str, Callable[[B.Ctx, np.random.Generator], None]] = {
    "hypha": hypha,
    "basidium": basidium,
    "lamella": lamella,
    "volva": volva,
    "pileus": pileus,
    "sporocarp": sporocarp,
    "rhizomorph": rhizomorph,
    "chanterelle": chanterelle,
    "mycorrhiza": mycorrhiza,
    "fairy_ring": fairy_ring,
}
