"""Benign hard-negative kinds of batch 234 (code names from tattoo artistry).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Draws never follow a set's iteration order. The README
card (read it only after the monitor's single run) says what each kind looks like.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    NAMES,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind234 import texts as tx


def _choose(rng: np.random.Generator, options: tuple, weights: tuple) -> object:
    p = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _fixed_model(ctx: Ctx, ts: np.ndarray, model: str) -> list[str]:
    return [model] * len(ts)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark sweeps with k samples per item right after the release


def linework(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "linework"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 3), "aws")
    ua = pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.58.1"))
    keys = [
        ctx.account(
            rng, label="benign", family=kind, role="eval_runner", org=org, pay=card, ua=ua, ips=pool
        )
        for _ in range(irange(rng, 2, 4))
    ]
    # (start, model, items, samples per item)
    runs = [
        (ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY, ctx.old_models[0], irange(rng, 300, 500), 1),
        (
            ctx.release + float(rng.uniform(0.2, 1.2)) * DAY,
            ctx.new_model,
            irange(rng, 500, 800),
            int(pick(rng, (4, 5, 8))),
        ),
        (
            ctx.release + float(rng.uniform(1.5, 2.5)) * DAY,
            ctx.old_models[-1],
            irange(rng, 300, 500),
            1,
        ),
    ]
    for start, model, items, k in runs:
        per_key: list[list[float]] = [[] for _ in keys]
        prompts: list[list[str]] = [[] for _ in keys]
        t = start
        for i in range(items):
            r = rng.random()
            if r < 0.2:
                p = tx.clip_text(rng, pick(rng, ctx.chat), 20, 1500)  # a public chat set
            else:
                p = tx.benchmark_item(rng, str(pick(rng, ("math", "mcq", "code"))), i)
            for _ in range(k):
                w = int(rng.integers(len(keys)))
                per_key[w].append(t)
                prompts[w].append(p)
                t += float(rng.exponential(2.5))
        for a, ts, ps in zip(keys, per_key, prompts, strict=True):
            arr = np.asarray(ts)
            ctx.emit(
                rng, a, arr, ps, models=_fixed_model(ctx, arr, model), comp_median=450.0, err=0.02
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling a client's conversations with a rubric


def dotwork(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dotwork"
    tz = pick(rng, (8, 5, 3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    project = pick(rng, ("HELIX", "ORCA", "TERN", "QUILL"))
    version = f"{irange(rng, 2, 4)}.{irange(rng, 0, 9)}"
    start_h = float(rng.uniform(7.5, 9.0))
    curve = workday(tz, start_h, start_h + 9.0, weekend=0.15)
    for _ in range(irange(rng, 10, 18)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 9)),
                curve,
                10.0,
                float(rng.uniform(45, 120)),
            )
        )
        prompts = [
            tx.labelling_task(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), project, version)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=130.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# tutoring product: step-by-step homework help through the product's backend


def flash_sheet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "flash_sheet"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, 3, pick(rng, ("digitalocean", "gcp")))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=pool,
        )
        for _ in range(2)
    ]
    curve = global_load(float(rng.uniform(12, 16)), 0.6)
    langs, w = ("en", "es", "hi", "id"), (0.5, 0.2, 0.15, 0.15)
    streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 55)), len(keys), curve)
    for a, ts in zip(keys, streams, strict=True):
        prompts = [tx.homework(rng, str(_choose(rng, langs, w))) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.3), comp_median=320.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# course cohort: one course's students, same assignments, deadline-night spikes


def irezumi(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "irezumi"
    tz = pick(rng, (1, -5, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    deadlines = [ctx.t0 + 2.9 * DAY, ctx.t0 + 5.9 * DAY]
    for _ in range(irange(rng, 30, 50)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.5) else pick(rng, BROWSERS)
        ips = home(rng, 1, tz) + campus
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.5)),
            evening_person(tz),
            4.0,
            float(rng.uniform(40, 150)),
        )
        for d in deadlines:
            if chance(rng, 0.7):
                sess += session_times(
                    rng,
                    d - 0.35 * DAY,
                    d,
                    6.0,
                    evening_person(tz, 3.0),
                    6.0,
                    float(rng.uniform(30, 90)),
                )
        ts = _concat(sess)
        prompts = [tx.course_prompt(rng, int(t > deadlines[0]), ctx.passages) for t in ts.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.2), comp_median=420.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# research study: a fixed grid of sensitive requests x framings x repeats, twice


def tebori(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tebori"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    uni = resi(rng, 2, pick(rng, ("eu", "us")))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_runner",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=uni,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    reps = irange(rng, 3, 5)
    grid = [
        (q, c, r)
        for q in range(len(tx.SENSITIVE))
        for c in range(len(tx.FRAMINGS))
        for r in range(reps)
    ]
    for model, day in (
        (ctx.old_models[0], float(rng.uniform(0.5, 2.5))),
        (ctx.new_model, (ctx.release - ctx.t0) / DAY + float(rng.uniform(0.5, 1.5))),
    ):
        items = [grid[i] for i in rng.permutation(len(grid)).tolist()]
        night = nightly(1.0, 6.0, 0)
        ts = thinned(rng, ctx.t0 + day * DAY, ctx.t0 + (day + 2.0) * DAY, len(items), night)
        who = rng.integers(0, len(keys), size=len(ts))
        for w, a in enumerate(keys):
            sel = np.flatnonzero(who == w)
            ps = [tx.study_item(*items[i % len(items)]) for i in sel.tolist()]
            ctx.emit(
                rng,
                a,
                ts[sel],
                ps,
                models=_fixed_model(ctx, ts[sel], model),
                comp_median=300.0,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# agency / reseller: one org, one key per client, shared card, many languages


def whip_shading(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "whip_shading"
    tz = pick(rng, (1, 2, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "vultr") + home(rng, 1, tz)
    langs = ("en", "fr", "de", "es", "pt", "it", "pl", "tr")
    for _ in range(irange(rng, 12, 20)):
        biz, city, lang = pick(rng, tx.ADS), pick(rng, tx.CITIES), pick(rng, langs)
        client = f"{pick(rng, NAMES)}'s {biz.title()}"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_key",
            org=org,
            pay=card,
            ua="axios/1.7.9",
            ips=ips,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)) * 7 * 9, workday(tz))
        prompts = [tx.agency_copy(rng, client, biz, city, lang) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.25), comp_median=200.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase jobs for their own intent classifier


def green_soap(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "green_soap"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, 2, "aws")
    langs = ("en", "de", "fr", "es", "it", "pl")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="pipeline",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=pool,
        )
        for _ in range(2)
    ]
    for a in keys:
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 7)), nightly(1.0, 2.0, tz))
        ts = _concat(
            bursts(
                rng, starts, float(rng.uniform(150, 400)), float(rng.uniform(0.6, 2.0)), 0.5, ctx.t1
            )
        )
        prompts = [tx.augmentation(rng, pick(rng, langs)) for _ in range(len(ts))]
        u = rng.random(len(ts))
        models = [
            ctx.new_model
            if (t >= ctx.release and x < 0.1)
            else (ctx.old_models[-1] if x < 0.8 else ctx.old_models[0])
            for t, x in zip(ts.tolist(), u.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=380.0, comp_sigma=0.4, err=0.02)


# --------------------------------------------------------------------------------------------
# coding-agent users: developers' IDE agent, one step per request


def sak_yant(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sak_yant"
    for _ in range(irange(rng, 20, 35)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua="OpenAI/NodeJS 4.85.1",
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = pick(rng, ("shop-api", "infra", "mobile-app", "thesis-code", "billing", "site"))
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(4, 12)),
            0.6,
        )
        ts_all, prompts = [], []
        for s in sess:
            req = pick(rng, tx.DEV_REQUESTS)
            ts_all.extend(s.tolist())
            prompts.extend(tx.ide_session(rng, repo, req, len(s)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=480.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# companion app: many end users' chat threads through a few backend keys


def saniderm(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "saniderm"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 3, 6), "hetzner")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="backend",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=pool,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    langs, w = ("en", "es", "pt", "ja"), (0.6, 0.15, 0.15, 0.1)
    starts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(3, 6)) * 7 * 24,
        global_load(float(rng.uniform(18, 23)), 0.7),
    )
    per_key: list[list[float]] = [[] for _ in keys]
    prompts: list[list[str]] = [[] for _ in keys]
    for s in starts.tolist():
        w_ = int(rng.integers(len(keys)))
        lang = str(_choose(rng, langs, w))
        t = s
        for _ in range(irange(rng, 2, 18)):
            per_key[w_].append(t)
            prompts[w_].append(tx.companion(rng, lang, ctx.chat))
            t += float(rng.lognormal(np.log(35.0), 0.8))
    for a, ts, ps in zip(keys, per_key, prompts, strict=True):
        arr = np.asarray(ts)
        ctx.emit(rng, a, arr, ps, models=ctx.models(rng, arr, 0.2, 0.5), comp_median=90.0, err=0.01)


# --------------------------------------------------------------------------------------------
# translation shop: translators' CAT-tool plugin, segment by segment, one document into
# several languages


def coil_machine(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "coil_machine"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tgts = ("de", "fr", "es", "it", "pl", "pt", "ja", "ko", "zh", "tr")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    docs = [tx.clip_text(rng, pick(rng, ctx.passages), 400, 2000) for _ in range(40)]
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        langs = [tgts[i] for i in sorted(rng.permutation(len(tgts))[:3].tolist())]
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz),
            float(rng.uniform(20, 40)),
            float(rng.uniform(15, 40)),
        )
        ts_all, prompts = [], []
        for s in sess:
            doc, tgt = pick(rng, docs), pick(rng, langs)
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.translation_segment(rng, doc, "en", tgt, j + 1))
        ts = np.asarray(ts_all)
        ips = picks(rng, a.ips, len(ts)) if len(ts) else []
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.2),
            ips=ips,
            comp_median=110.0,
            err=0.01,
        )


BENIGN_KINDS = {
    "linework": linework,
    "dotwork": dotwork,
    "flash_sheet": flash_sheet,
    "irezumi": irezumi,
    "tebori": tebori,
    "whip_shading": whip_shading,
    "green_soap": green_soap,
    "sak_yant": sak_yant,
    "saniderm": saniderm,
    "coil_machine": coil_machine,
}
