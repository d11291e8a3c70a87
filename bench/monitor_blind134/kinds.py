"""Benign hard-negative kinds of batch 134 (code names from engraving).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). All accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick
from bench.monitor_blind134 import texts as tx


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx, rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _region(rng: np.random.Generator, tz: int) -> str:
    return pick(rng, tuple(bb.ipspace.REGION_OF_TZ.get(tz, ("us", "eu"))))


# --------------------------------------------------------------------------------------------
# an evaluation lab sweeping benchmarks, pass@k samples, heavy on the new model at release


def graver(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "graver"
    for _lab in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws"))
        hosts = bb.cloud(rng, irange(rng, 2, 4), provider)
        ua = pick(rng, bb.SDK_OTHER[:4])
        keys = [
            _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=hosts)
            for _ in range(irange(rng, 2, 4))
        ]
        sweeps = [
            (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, ctx.old_models[0])
            for _ in range(irange(rng, 1, 2))
        ]
        sweeps += [
            (ctx.release + float(rng.uniform(0.02, 2.5)) * DAY, ctx.new_model)
            for _ in range(irange(rng, 3, 6))
        ]
        for s, model in sweeps:
            a = pick(rng, keys)
            style = pick(rng, ("mcq", "mcq_cot", "boxed"))
            k = pick(rng, (1, 1, 5, 8))
            n_items = irange(rng, 150, 600)
            gaps = rng.lognormal(np.log(float(rng.uniform(0.3, 1.2))), 0.5, size=n_items * k)
            ts = s + np.cumsum(gaps)
            prompts = []
            for _ in range(n_items):
                prompts.extend([tx.eval_item(rng, style)] * k)
            comp = {"mcq": 3.0, "mcq_cot": 420.0, "boxed": 380.0}[style]
            ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, err=0.02)


# --------------------------------------------------------------------------------------------
# a labelling vendor: annotators pre-labelling with the model, plus nightly service jobs


def stipple(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "stipple"
    tz = pick(rng, (1, 2, 5, 8, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.resi(rng, irange(rng, 2, 3), _region(rng, tz))
    version = f"v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 8, 20)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                bb.workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(40, 90)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.label_task(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=40.0,
            comp_sigma=0.3,
        )
    svc = _benign(
        ctx,
        rng,
        kind,
        "prelabel_service",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=bb.cloud(rng, 1, "aws"),
        tz=tz,
    )
    nights = bb.thinned(
        rng, ctx.t0, ctx.t1, 7.0 * (ctx.t1 - ctx.t0) / (7 * DAY), bb.nightly(1.0, 1.0, tz)
    )
    ts = _cat(bb.bursts(rng, nights, float(rng.uniform(200, 500)), 1.0, b=ctx.t1))
    ctx.emit(
        rng,
        svc,
        ts,
        [tx.label_task(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
        comp_median=40.0,
        comp_sigma=0.3,
    )


# --------------------------------------------------------------------------------------------
# a tutoring product: step-by-step help for school students through a few backend keys


def onglette(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "onglette"
    tz = pick(rng, (-5, -8, 1, 5, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = bb.cloud(rng, irange(rng, 3, 6), "aws")
    curve = bb.global_load((16.5 - tz) % 24, 0.75)
    n_keys = irange(rng, 2, 3)
    keys = [
        _benign(
            ctx, rng, kind, "tutor_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=hosts
        )
        for _ in range(n_keys)
    ]
    for a, ts in zip(
        keys,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 50)), n_keys, curve),
        strict=True,
    ):
        prompts = [
            tx.tutor_request(
                rng, ctx.chat, irange(rng, 3, 12), pick(rng, ("math", "math", "science", "english"))
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=380.0,
            extra=irange(rng, 250, 420),
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: many single-person accounts, same assignment, deadline spike


def spitsticker(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "spitsticker"
    tz = pick(rng, (-5, 0, 1, 8))
    region = _region(rng, tz)
    campus = bb.resi(rng, 2, region)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    hw = irange(rng, 2, 6)
    for _ in range(irange(rng, 25, 60)):
        home = bb.resi(rng, 1, region)
        a = _benign(ctx, rng, kind, "student", ua=pick(rng, bb.BROWSERS), ips=home + campus, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.2)),
            bb.evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 150)),
            0.9,
        )
        sess += bb.session_times(
            rng,
            deadline - 30 * HOUR,
            deadline,
            float(rng.uniform(1, 4)),
            bb.constant,
            float(rng.uniform(4, 10)),
            float(rng.uniform(50, 120)),
            0.9,
        )
        typo = float(rng.uniform(0.0, 0.4))
        ts_all, prompts, ips = [], [], []
        for s in sess:
            ip = campus[0] if chance(rng, 0.3) else home[0]
            for _t in s.tolist():
                ts_all.append(_t)
                ips.append(ip)
                prompts.append(
                    tx.course_question(rng, hw, typo)
                    if chance(rng, 0.7)
                    else tx.snippet(rng, ctx.chat, 10, 600)
                )
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.5),
            ips=ips,
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety team rewriting user posts to meet community guidelines


def tint_tool(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "tint_tool"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, (0, 1, 2)), pick(rng, (8, 9, 5)), pick(rng, (-5, -8, -3))]
    langs = [
        "en",
        *[pick(rng, ("de", "es", "pt", "ar", "fr", "ja", "tr", "pl", "it")) for _ in range(3)],
    ]
    n_keys = irange(rng, 2, 4)
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.8),
            ips=bb.cloud(rng, 2, "azure"),
        )
        for _ in range(n_keys)
    ]
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)), n_keys, bb.multi_office(offices)
    )
    for a, ts in zip(keys, streams, strict=True):
        prompts = [tx.moderation_rewrite(rng, ctx.chat, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=260.0)


# --------------------------------------------------------------------------------------------
# a marketing agency running many client accounts from one office


def bullsticker(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "bullsticker"
    tz = pick(rng, (-5, 0, 1, 2, -3, 5))
    office = bb.resi(rng, irange(rng, 1, 2), _region(rng, tz))
    server = bb.cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "aws")))
    ua = pick(rng, bb.BROWSERS)
    langs = ["en", pick(rng, ("es", "pt", "de", "fr", "hi", "tr"))]
    clients = [
        "Acme Dental",
        "Nordlys Outdoor",
        "Casa Verde",
        "PixelForge",
        "Maple & Co",
        "Sakura Tea House",
        "UrbanFit",
        "Blue Harbor Realty",
        "Kiln Ceramics",
        "Orbit Travel",
        "Vela Skincare",
        "Trailhead Bikes",
    ]
    for c in [*clients[: irange(rng, 7, len(clients))], "agency (own)"]:
        a = _benign(ctx, rng, kind, "client_account", ua=ua, ips=office + server, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.5)),
            bb.workday(tz),
            float(rng.uniform(3, 10)),
            float(rng.uniform(40, 120)),
        )
        ts = _cat(sess)
        ips = [server[0] if chance(rng, 0.15) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_copy(rng, c, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            ips=ips,
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating paraphrases for its own intent classifier, nightly


def bright_cut(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "bright_cut"
    tz = pick(rng, (-8, -5, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 3)):
        pipeline = f"aug-{hexid(rng, 'job')[4:10]}"
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws"))),
            tz=tz,
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            1.0 * (ctx.t1 - ctx.t0) / DAY,
            bb.nightly(float(rng.uniform(0.5, 3)), 1.0, tz),
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(150, 500)), float(rng.uniform(0.6, 2.0)), b=ctx.t1
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_job(rng, ctx.chat, pipeline) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4),
            comp_median=600.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# a company's developers using a coding agent: long tool loops with large contexts


def ball_vise(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "ball_vise"
    tz = pick(rng, (-8, -5, 1, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.resi(rng, 1, _region(rng, tz))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2", "litellm/1.60.2"))
    for _ in range(irange(rng, 10, 30)):
        home = bb.home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=home + office, tz=tz)
        tasks = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz)
        )
        ts_all, prompts, extra, ips = [], [], [], []
        ctx0 = irange(rng, 3000, 9000)
        for s in tasks.tolist():
            k = irange(rng, 5, 30)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(5, 12))), 0.7, size=k - 1)),
                ]
            )
            ip = pick(rng, a.ips)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.coding_agent_turn(rng, ctx.chat, j))
                extra.append(ctx0 + 700 * j)
                ips.append(ip)
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.75),
            ips=ips,
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=260.0,
        )


# --------------------------------------------------------------------------------------------
# people using a bring-your-own-key mobile chat app: multi-turn, human think times


def xylography(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "xylography"
    app_ua = pick(
        rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0", "CFNetwork/1568.300.101 Darwin/24.2.0")
    )
    carriers = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
        5: "in_mobile",
    }
    lang_of = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        5: "en",
        9: "ja",
        8: "zh",
        3: "en",
    }
    for _ in range(irange(rng, 30, 70)):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "app_user", ua=app_ua, ips=home, tz=tz)
        lang = lang_of.get(tz, "en") if chance(rng, 0.6) else "en"
        sess = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 2.5)) * (ctx.t1 - ctx.t0) / DAY,
            bb.evening_person(tz),
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for s in sess.tolist():
            k = 1 + int(rng.negative_binomial(2, 0.45))
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(50, 150))), 0.9, size=k - 1)),
                ]
            )
            mobile = tz in carriers and chance(rng, 0.55)
            ip = bb.mobile_v6(rng, 1, carriers[tz])[0] if mobile else home[0]
            first = tx.snippet(rng, ctx.chat, 10, 500)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(first if j == 0 else tx.follow_up(rng, lang, first))
                ips.append(ip)
                extra.append(280 * j)
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.4, p_mini=0.2),
            ips=ips,
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=420.0,
        )


# --------------------------------------------------------------------------------------------
# a software-localisation shop: translators by day, a CI key fanning out at release builds


def steel_facing(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "steel_facing"
    tz = pick(rng, (0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.resi(rng, 1, "eu")
    targets = [k for k in tx.LANG_NAME if k != "en"]
    products = ["Tessellate", "Ledgerly", "Quillmate", "Harborview"]
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        langs = [pick(rng, targets) for _ in range(2)]
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                bb.workday(tz),
                float(rng.uniform(3, 12)),
                float(rng.uniform(60, 240)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.localisation_job(rng, ctx.passages, pick(rng, langs), pick(rng, products))
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=350.0,
        )
    ci = _benign(
        ctx,
        rng,
        kind,
        "ci_localisation",
        org=org,
        pay=card,
        ua="Go-http-client/2.0",
        ips=bb.cloud(rng, 1, "hetzner"),
        tz=tz,
    )
    builds = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.workday(tz))
    ts_all, prompts = [], []
    for s in builds.tolist():
        fan = [targets[i] for i in rng.permutation(len(targets))[: irange(rng, 8, 15)].tolist()]
        product = pick(rng, products)
        t = s
        for _b in range(irange(rng, 5, 20)):
            for lang in fan:
                ts_all.append(t)
                prompts.append(tx.localisation_job(rng, ctx.passages, lang, product))
                t += float(rng.lognormal(np.log(2.0), 0.5))
    ts_arr = np.asarray(ts_all)
    ctx.emit(rng, ci, ts_arr, prompts, models=ctx.models(rng, ts_arr, p_new=0.3), comp_median=350.0)


BENIGN_KINDS = {
    "graver": graver,
    "stipple": stipple,
    "onglette": onglette,
    "spitsticker": spitsticker,
    "tint_tool": tint_tool,
    "bullsticker": bullsticker,
    "bright_cut": bright_cut,
    "ball_vise": ball_vise,
    "xylography": xylography,
    "steel_facing": steel_facing,
}
