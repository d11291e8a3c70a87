"""Benign hard-negative kinds of batch 213 (code names from cyanotype photography).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Labelled benign in the truth. Written without reading the
monitor.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind213 import texts
from bench.monitor_blind213.families import BG_MOBILE, cat


def _const(ts: np.ndarray) -> np.ndarray:
    return np.ones(len(ts))


# --------------------------------------------------------------------------------------------
# exam-prep tutoring product: worked, step-by-step solutions at volume (looks like reasoning coercion)


def prussian_blue(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "prussian_blue"
    brand = pick(rng, ("MathMentor", "StepWise Prep", "Ace Tutor", "SolveIt Academy"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    style = irange(rng, 0, 1)
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), provider),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(18, 40))
    curve = global_load(float(rng.uniform(12, 16)), float(rng.uniform(0.5, 0.8)))
    p_new = float(rng.uniform(0.2, 0.45))
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, curve), strict=True):
        prompts, extra = [], []
        for _ in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(
                    pick(
                        rng,
                        (
                            "I still don't get step 3",
                            "why do we divide there?",
                            "can you check my answer: 42",
                            "explain again simpler",
                        ),
                    )
                )
                extra.append(irange(rng, 600, 1500))
            else:
                prompts.append(texts.tutor_product(rng, brand, style))
                extra.append(250)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.25),
            comp_median=700.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# model-evaluation lab benchmarking the new model on release day (looks like grading / sampling)


def sunprint(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sunprint"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    suite = pick(rng, ("openbench", "evalkit", "helmsman-lite", "qa-suite"))
    provider = pick(rng, ("gcp", "aws"))
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    style = irange(rng, 0, 1)
    runs = []  # (start, model, size)
    for _ in range(irange(rng, 1, 2)):  # baselines on the old models before the release
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 0.3 * DAY)),
                pick(rng, ctx.old_models),
                irange(rng, 150, 400),
            )
        )
    for _ in range(irange(rng, 2, 4)):  # the new model, as soon as it is out
        runs.append(
            (ctx.release + float(rng.uniform(1, 30)) * HOUR, ctx.new_model, irange(rng, 250, 700))
        )
    for _ in range(irange(rng, 1, 2)):  # re-runs of the old model for the comparison table
        runs.append(
            (
                ctx.release + float(rng.uniform(4, 50)) * HOUR,
                ctx.old_models[0],
                irange(rng, 150, 400),
            )
        )
    k = irange(rng, 1, 5)
    per = [([], [], [], []) for _ in range(n_keys)]
    for start, model, size in runs:
        key = irange(rng, 0, n_keys - 1)
        gap = float(rng.uniform(0.4, 2.0))
        t = start
        judge = chance(rng, 0.4)
        for _ in range(size):
            if judge:
                p = texts.eval_judge(rng, suite, pick(rng, ctx.chat), pick(rng, ctx.passages))
                reps, comp = 1, 40.0
            else:
                p = texts.eval_item(rng, suite, style)
                reps, comp = k, (8.0 if style == 0 else 300.0)
            for _ in range(reps):
                per[key][0].append(t)
                per[key][1].append(p)
                per[key][2].append(model)
                per[key][3].append(comp)
                t += float(rng.lognormal(np.log(gap), 0.6))
    for a, (ts, prompts, models, comp) in zip(accts, per, strict=True):
        if not ts:
            continue
        o = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[o],
            [prompts[i] for i in o],
            models=[models[i] for i in o],
            comp_median=np.asarray(comp)[o],
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety vendor rewriting posts to community guidelines (looks like policy rewrites)


def photogram(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "photogram"
    vendor = pick(rng, ("ClearQueue", "SafeHarbor Ops", "ModWorks", "Tidy Moderation"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 6)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_pipeline",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=cloud(rng, irange(rng, 1, 3), "azure"),
        )
        for _ in range(n_keys)
    ]
    langs = ["en", "de", "es", "pt"]
    lw = rng.dirichlet(np.ones(4) * 2)
    rate = float(rng.uniform(20, 45))
    p_new = float(rng.uniform(0.1, 0.3))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, multi_office([1, -5, 8])), strict=True
    ):
        prompts = [
            texts.moderation_rewrite(
                rng,
                pick(rng, ctx.chat) if chance(rng, 0.6) else pick(rng, ctx.passages),
                langs[int(rng.choice(4, p=lw))],
                vendor,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3),
            comp_median=250.0,
        )


# --------------------------------------------------------------------------------------------
# CI coding agent fixing failed builds (looks like agent transcripts)


def contact_print(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "contact_print"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "aws"))
    bot = pick(rng, ("fixbot", "ci-doctor", "buildmedic"))
    tz = pick(rng, (1, -5, 2, -8))
    n_keys = irange(rng, 3, 7)
    p_new = float(rng.uniform(0.3, 0.6))
    for _ in range(n_keys):
        repo = pick(rng, texts.REPOS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="ci_bot",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2")),
            ips=cloud(rng, 1, provider),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 3.5)) * (ctx.t1 - ctx.t0) / HOUR * 0.3,
            workday(tz),
        )
        ts, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            steps = irange(rng, 5, 20)
            run_ip = cloud(rng, 1, provider)[0]  # a fresh CI runner each run
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(3, 8))), 0.6, size=steps - 1)),
                ]
            )
            for j, x in enumerate(t.tolist()):
                ts.append(x)
                prompts.append(texts.ci_agent_step(rng, repo, j, bot))
                extra.append(1500 + 400 * j)
                ips.append(run_ip)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.05),
            ips=ips,
            comp_median=220.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team making training data for its own intent classifier (looks like dataset generation)


def tea_toning(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tea_toning"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 5))
    n_keys = irange(rng, 1, 3)
    style_set = [int(x) for x in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="ml_engineer",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, pick(rng, ("aws", "gcp"))),
            tz=tz,
        )
        night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 4)), tz)
        nights = irange(rng, 2, 5)
        job = thinned(rng, ctx.t0, ctx.t1, nights * float(rng.uniform(150, 350)), night)
        if len(job):  # only some nights run
            days = np.floor((job - ctx.t0) / DAY).astype(int)
            keep = rng.choice(
                np.unique(days), size=min(nights, len(np.unique(days))), replace=False
            )
            job = job[np.isin(days, keep)]
        day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)), workday(tz))
        ts = cat([job, day])
        prompts = [
            texts.augmentation_prompt(rng, pick(rng, ctx.chat), pick(rng, style_set))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.4),
            comp_median=500.0,
        )


# --------------------------------------------------------------------------------------------
# companion app backend: many end users in long multi-turn chats (looks like dialogue harvest)


def ferric_ammonium_citrate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ferric_ammonium_citrate"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    langs = ["en", "es", "pt", "ja"]
    lw = np.array([0.6, 0.15, 0.15, 0.1])
    rate = float(rng.uniform(4, 8))
    starts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    trains = bursts(
        rng, starts, float(rng.uniform(6, 10)), float(rng.uniform(20, 45)), 0.8, b=ctx.t1
    )
    who = rng.integers(0, n_keys, size=len(trains))
    per = [([], [], []) for _ in range(n_keys)]
    for tr, k in zip(trains, who.tolist(), strict=True):
        lang = langs[int(rng.choice(4, p=lw))]
        for j, t in enumerate(tr.tolist()):
            per[k][0].append(t)
            per[k][1].append(texts.companion_message(rng, pick(rng, ctx.chat), lang))
            per[k][2].append(800 + 120 * j)
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        if not ts:
            continue
        o = np.argsort(ts, kind="stable").tolist()
        ts_a = np.asarray(ts)[o]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in o],
            models=ctx.models(rng, ts_a, p_new=0.1, p_mini=0.5),
            comp_median=120.0,
            extra=np.asarray(extra, dtype=np.int64)[o],
        )


# --------------------------------------------------------------------------------------------
# university calibration study: repeated sampling of the same item (looks like best-of-n sampling)


def puddle_pusher(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "puddle_pusher"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 0, -5, 9))
    campus = home(rng, irange(rng, 1, 3), tz)
    n_keys = irange(rng, 2, 4)
    style = irange(rng, 0, 1)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=campus,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 70)), workday(tz))
        ts, prompts, models = [], [], []
        n = irange(rng, 10, 20)
        for s in starts.tolist():
            p = texts.calibration_item(rng, style)
            model = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.5))
                else pick(rng, ctx.old_models)
            )
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.5, 2))), 0.5, size=n - 1)),
                ]
            )
            ts.extend(t.tolist())
            prompts.extend([p] * n)
            models.extend([model] * n)
        if not ts:
            continue
        o = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[o],
            [prompts[i] for i in o],
            models=[models[i] for i in o],
            comp_median=60.0,
        )


# --------------------------------------------------------------------------------------------
# language course cohort: students with personal accounts, class sessions together (looks like a crowd)


def dry_down(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dry_down"
    tz = pick(rng, (1, -5, 9, 2))
    lang = pick(rng, ("es", "de", "fr", "ja"))
    campus = home(rng, 1, tz)[0]
    n = irange(rng, 20, 40)
    # class sessions: 2-3 fixed local times in the week, 90 minutes
    days = sorted(
        int(x) for x in rng.choice(np.arange(1, 7), size=irange(rng, 2, 3), replace=False)
    )
    hour = float(rng.uniform(9, 16))
    classes = [ctx.t0 + d * DAY + (hour - tz) * HOUR for d in days]
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else (pick(rng, MOBILE[:3]) if chance(rng, 0.5) else pick(rng, BG_MOBILE))
        )
        a = ctx.account(
            rng, label="benign", family=kind, role="student", ua=ua, ips=home(rng, 1, tz), tz=tz
        )
        ts, ips = [], []
        for c in classes:
            if chance(rng, 0.85):
                k = irange(rng, 2, 8)
                ts.extend(np.sort(rng.uniform(c, c + 1.5 * HOUR, size=k)).tolist())
                ips.extend([campus] * k)
        homework = cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.3, 1.2)),
                evening_person(tz),
                float(rng.uniform(2, 4)),
                float(rng.uniform(60, 200)),
            )
        )
        ts.extend(homework.tolist())
        ips.extend([a.ips[0]] * len(homework))
        if not ts:
            continue
        o = np.argsort(ts, kind="stable").tolist()
        ts_a = np.asarray(ts)[o]
        prompts = [
            texts.course_prompt(rng, lang, 5 + int((t - ctx.t0) // (7 * DAY)))
            for t in ts_a.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.3, p_mini=0.2),
            ips=[ips[i] for i in o],
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# marketing agency: a key per client, an office and an automation server (looks like many fronts)


def step_wedge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "step_wedge"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, -3, 8))
    office = resi(rng, irange(rng, 1, 2), {0: "eu", 1: "eu", -5: "us", -3: "latam", 8: "sea"}[tz])
    server = cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "aws")))[0]
    browser = pick(rng, BROWSERS)
    clients = (
        "Nordlicht Optics",
        "Casa Verde",
        "Blue Harbor Dental",
        "Peak Cycles",
        "Lumen Yoga",
        "Oakridge Insurance",
        "Bean & Bloom",
        "Vela Tyres",
        "Kora Foods",
        "Atlas Lingua",
        "Mint Salon",
        "Harbor Books",
        "Sunny Paws",
        "Urban Nest",
        "Quill Stationery",
    )
    n = irange(rng, 8, 15)
    for client in [str(x) for x in rng.choice(clients, size=n, replace=False)]:
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_key",
            org=org,
            pay=card,
            ua=browser,
            ips=office,
            tz=tz,
        )
        manual = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 70)), workday(tz))
        auto = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 60)), nightly(2, 1, tz))
        ts = np.concatenate([manual, auto])
        is_auto = np.concatenate([np.zeros(len(manual), bool), np.ones(len(auto), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_auto = ts[o], is_auto[o]
        prompts = [texts.agency_prompt(rng, client, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            ips=[server if x else pick(rng, office) for x in is_auto.tolist()],
            ua=["python-requests/2.32.3" if x else browser for x in is_auto.tolist()],
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# translation shop: translators pre-translating and post-editing documents (looks like a corpus harvest)


def watercolour_paper(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "watercolour_paper"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, -3))
    office = home(rng, 1, tz)
    shop_clients = ("Velo GmbH", "Arbor Health", "Tessera Games", "Nimbus Bank", "Orchid Travel")
    ua = pick(
        rng,
        ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0"),
    )
    style = irange(rng, 0, 1)
    n = irange(rng, 3, 6)
    for _ in range(n):
        src = "English" if chance(rng, 0.8) else "German"
        tgt = pick(
            rng, ("French", "Spanish", "Portuguese", "Italian", "Polish", "Japanese", "Turkish")
        )
        remote = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + remote,
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 12)), workday(tz))
        ts, prompts, comp, ips = [], [], [], []
        for s in jobs.tolist():
            segs = []
            while len(segs) < irange(rng, 30, 150):
                segs.extend(texts.sentences(pick(rng, ctx.passages)))
            segs = segs[: irange(rng, 30, 150)]
            pre = chance(rng, 0.5)
            gap = float(rng.uniform(4, 10)) if pre else float(rng.uniform(40, 90))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(segs) - 1))]
            )
            ip = pick(rng, a.ips)
            client = pick(rng, shop_clients)
            for x, seg in zip(t.tolist(), segs, strict=True):
                ts.append(x)
                prompts.append(texts.cat_segment(rng, seg, src, tgt, client, style))
                comp.append(max(10.0, len(seg) / 3.5))
                ips.append(ip)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.3, p_mini=0.3),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            ips=ips,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "prussian_blue": prussian_blue,
    "sunprint": sunprint,
    "photogram": photogram,
    "contact_print": contact_print,
    "tea_toning": tea_toning,
    "ferric_ammonium_citrate": ferric_ammonium_citrate,
    "puddle_pusher": puddle_pusher,
    "dry_down": dry_down,
    "step_wedge": step_wedge,
    "watercolour_paper": watercolour_paper,
}
