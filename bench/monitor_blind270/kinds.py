"""Benign hard-negative kinds of batch 270 (code names: zardozi embroidery).

Each kind is a generator `f(ctx, rng)` for legitimate customers built to resemble one of this
batch's campaign families (or a campaign in general): the README says which and how.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    mobile_v6,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind270 import texts as T
from bench.monitor_blind270.families import BG_UAS


def _train(
    rng: np.random.Generator, start: float, k: int, gap: float, sigma: float = 0.4
) -> np.ndarray:
    """`k` requests one after another from `start` (a script walking a list)."""
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(k - 1, 0)))]
    )


def _sorted(ts: list[float], prompts: list[str], *more: list) -> tuple:
    order = np.argsort(np.asarray(ts), kind="stable").tolist()
    out = [np.asarray(ts)[order], [prompts[i] for i in order]]
    out.extend([[m[i] for i in order] for m in more])
    return tuple(out)


# --------------------------------------------------------------------------------------------
# evaluation lab benchmarking the new model (resembles reasoning-trace coercion)


def dabka(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "dabka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure")))
    suites = [
        f"{pick(rng, ('mathreason', 'gsm-style', 'logic-hard', 'quant-mix'))}-{irange(rng, 1, 9)}"
        for _ in range(irange(rng, 1, 3))
    ]
    sizes = [irange(rng, 150, 400) for _ in suites]
    for k in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=ips,
        )
        # runs: a few before the release on the old models, a cluster right after it on both
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(-5 if k % 2 else 1))
        starts = np.sort(
            np.concatenate(
                [starts, ctx.release + rng.uniform(0.05, 1.5, size=irange(rng, 2, 4)) * DAY]
            )
        )
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            j = irange(rng, 0, len(suites) - 1)
            t = _train(rng, s, sizes[j], float(rng.uniform(0.8, 2.5)))
            if s >= ctx.release:
                model = ctx.new_model if chance(rng, 0.6) else pick(rng, ctx.old_models)
            else:
                model = pick(rng, ctx.old_models)
            ts_all.extend(t.tolist())
            prompts.extend(T.benchmark_item(rng, suites[j], i) for i in range(sizes[j]))
            models.extend([model] * sizes[j])
        ts, prompts, models = _sorted(ts_all, prompts, models)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=550.0, comp_sigma=0.6, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor grading its clients' bot transcripts (resembles judge / reward grading)


def salma(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "salma"
    tz = pick(rng, (-3, 1, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    lang = {-3: "es", 1: "en", 5: "en", 8: "en"}[tz]
    clients = [T.CLIENTS[i] for i in rng.permutation(len(T.CLIENTS)).tolist()[: irange(rng, 3, 7)]]
    for c in clients:
        pipeline = chance(rng, 0.4)
        ips = cloud(rng, 1, "aws") if pipeline else office
        ua = "OpenAI/Python 1.54.0" if pipeline else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="project_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 140)) * 7, workday(tz, 8.0, 18.0))
        ls = [lang if chance(rng, 0.7) else "en" for _ in range(len(ts))]
        ls = ["pt" if (x == "es" and chance(rng, 0.3)) else x for x in ls]
        prompts = [T.vendor_grading_prompt(rng, c, lg, ctx.chat, ctx.passages) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=180.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a social platform's trust-and-safety tooling (resembles policy / censorship-safe rewrites)


def sitara(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "sitara"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    langs = ["en", "es", "tr", "zh"]
    w = rng.dirichlet(np.asarray([4.0, 2.0, 1.0, 1.0]))
    curve = global_load(float(rng.uniform(13, 20)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * 7 * 24, curve)
        ls = [langs[i] for i in rng.choice(4, size=len(ts), p=w).tolist()]
        prompts = [T.moderation_prompt(rng, lg, ctx.chat) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.4),
            comp_median=170.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# IDE coding-agent product (resembles agent / tool-use transcripts)


def kasab(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "kasab"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "python-httpx/0.28.1"))
    flag = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    curve = global_load(float(rng.uniform(13, 17)), 0.7)
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 4, 10), prov),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7 * 24, curve)
        ts_all, prompts = [], []
        for s in starts.tolist():
            ep = int(rng.integers(0, 2**31))
            k = 1 + int(rng.poisson(3.0))
            ts_all.extend(_train(rng, s, k, float(rng.uniform(4, 20)), 0.7).tolist())
            prompts.extend(T.coding_agent_prompt(ep, i) for i in range(k))
        ts, prompts = _sorted(ts_all, prompts)
        models = [
            ctx.new_model if (t >= flag and chance(rng, 0.7)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=260.0,
            comp_sigma=0.7,
            extra=rng.integers(1500, 6000, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# a company's NLU team augmenting its intent data (resembles synthetic-dataset generation)


def gijai(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "gijai"
    tz = pick(rng, (0, 1, 2, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Pinecrest Bank", "Nordbank Mobile", "Caja Sol", "Tidewater Credit Union"))
    langs = ["en"] + [x for x in ("de", "fr", "es", "pt") if chance(rng, 0.5)]
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "azure")))
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="data_team",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), workday(tz, 9.5, 17.0, 0.0)
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 40, 150)
            ts_all.extend(_train(rng, s, k, float(rng.uniform(3, 8))).tolist())
            lg = pick(rng, langs)
            prompts.extend(T.augmentation_prompt(rng, lg, product) for _ in range(k))
        ts, prompts = _sorted(ts_all, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.5),
            comp_median=600.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# companion / role-play app backend (resembles multi-turn dialogue harvest)


def badla(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "badla"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("Kindred", "Hearthmate", "MoonChat", "Pocket Pal"))
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "digitalocean")))
    curve = global_load(float(rng.uniform(18, 23)) % 24, 0.75)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="app_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0")),
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 30)) * 7 * 24, curve)
        prompts = [T.companion_prompt(rng, app, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=90.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort (resembles a person-like crowd and a curriculum sweep)


def naqshi(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "naqshi"
    tz = pick(rng, TZS)
    n = irange(rng, 25, 55)
    shared_org = chance(rng, 0.7)
    uni_card = chance(rng, 0.6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    concepts = [T.CONCEPTS[i] for i in rng.permutation(len(T.CONCEPTS)).tolist()[:8]]
    # two weekly lab slots (local weekday, hour)
    labs = [
        (irange(rng, 0, 1), float(irange(rng, 9, 11))),
        (irange(rng, 2, 4), float(irange(rng, 13, 15))),
    ]
    p_new = float(rng.uniform(0.2, 0.7))
    for _ in range(n):
        house = home(rng, 1, tz)
        phone = chance(rng, 0.25)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS + BG_UAS[2:4])
        own = house + (mobile_v6(rng, 1, "eu_mobile") if phone else [])
        ips = campus + own
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="student",
            org=org if shared_org else None,
            pay=pay if uni_card else None,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        home_ts = np.concatenate(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.9)), evening_person(tz), 4.0, 70.0
            )
            or [np.empty(0)]
        )
        lab_ts = session_times(rng, ctx.t0, ctx.t1, 3.0, _lab_curve(tz, labs), 6.0, 90.0)
        lab_flat = np.concatenate(lab_ts) if lab_ts else np.empty(0)
        ts = np.concatenate([home_ts, lab_flat])
        where = [pick(rng, own) for _ in range(len(home_ts))]
        where += [pick(rng, campus) for _ in range(len(lab_flat))]
        week = ((ts - ctx.t0) // (7 * DAY)).astype(int).tolist()
        prompts = [T.student_prompt(rng, concepts, wk + irange(rng, 0, 3), ctx.chat) for wk in week]
        ts, prompts, where = _sorted(ts.tolist(), prompts, where)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.2),
            ips=where,
            comp_median=420.0,
        )


def _lab_curve(tz: int, labs: list[tuple[int, float]]):
    def f(ts: np.ndarray) -> np.ndarray:
        h, d = local_hour(ts, tz), weekday(ts, tz)
        on = np.zeros(len(ts))
        for day, start in labs:
            on = np.maximum(on, ((d == day) & (h >= start) & (h < start + 2.0)).astype(np.float64))
        return np.maximum(on, 0.0)

    return f


# --------------------------------------------------------------------------------------------
# a translation and localisation shop (resembles the code / translation harvest)


def tilla(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "tilla"
    tz = pick(rng, (0, 1, 2, 9, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    src = pick(rng, ("English", "German", "Japanese"))
    pairs = [
        (src, t)
        for t in (
            "French",
            "Spanish",
            "Italian",
            "Polish",
            "Korean",
            "Brazilian Portuguese",
            "Turkish",
            "Dutch",
        )
        if t != src and chance(rng, 0.6)
    ] or [(src, "French")]
    clients = [
        pick(
            rng, ("Velora Cosmetics", "Stackbright SaaS", "Orsa Outdoor", "Kumo Games", "Ledgerly")
        )
        for _ in range(3)
    ]
    for _ in range(irange(rng, 2, 5)):
        freelancer = chance(rng, 0.4)
        ips = office + (home(rng, 1, tz) if freelancer else [])
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(
                rng, ("OpenAI/Python 1.54.0", BG_UAS[2], "Apache-HttpClient/5.4.1 (Java/21.0.5)")
            ),
            ips=ips,
            tz=tz,
        )
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)) * 7, workday(tz))
        ts_all, prompts = [], []
        for s in jobs.tolist():
            k = irange(rng, 5, 40)
            c = pick(rng, clients)
            ts_all.extend(_train(rng, s, k, float(rng.uniform(4, 15)), 0.6).tolist())
            prompts.extend(T.localisation_prompt(rng, c, pairs, ctx.passages) for _ in range(k))
        ts, prompts = _sorted(ts_all, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.2),
            comp_median=450.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# an academic calibration study sampling each item many times (resembles best-of-n / soft labels)


def kalabattu(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "kalabattu"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws")))
    items = irange(rng, 80, 200)
    reps = pick(rng, (5, 10, 20))
    fmt = irange(rng, 0, 2)
    for k in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=ips,
        )
        run_starts = [ctx.release - float(rng.uniform(1.0, 3.0)) * DAY] if chance(rng, 0.6) else []
        run_starts += (ctx.release + rng.uniform(0.1, 2.5, size=irange(rng, 1, 3)) * DAY).tolist()
        ts_all, prompts, models = [], [], []
        for s in run_starts:
            model = (
                ctx.new_model if (s >= ctx.release and chance(rng, 0.7)) else ctx.old_models[k % 2]
            )
            n_items = items if chance(rng, 0.7) else irange(rng, 20, 60)
            t = s
            for it in range(n_items):
                burst = t + np.sort(rng.exponential(0.3, size=reps))
                ts_all.extend(burst.tolist())
                prompts.extend([T.calibration_prompt(rng, it, fmt)] * reps)
                models.extend([model] * reps)
                t = float(burst[-1]) + float(rng.lognormal(np.log(3.0), 0.5))
        ts, prompts, models = _sorted(ts_all, prompts, models)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=120.0, comp_sigma=0.6, err=0.03)


# --------------------------------------------------------------------------------------------
# a development agency running several clients' apps on its own card (resembles multi-org,
# shared-card campaign infrastructure and harvest hidden in product traffic)


def karchob(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "karchob"
    pay = hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 5))
    ips = cloud(rng, irange(rng, 2, 4), "digitalocean")
    names = T.client_app_names()
    apps = rng.permutation(len(names)).tolist()[: irange(rng, 3, 6)]
    for app in apps:
        org = hexid(rng, "org")
        ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
        curve = (
            workday(tz, 8.0, 20.0, 0.4)
            if chance(rng, 0.5)
            else global_load(float(rng.uniform(12, 20)), 0.5)
        )
        upgrade = chance(rng, 0.5)
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(
                rng,
                label="benign",
                family=fam,
                role=f"client_app:{names[app]}",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 12)) * 7 * 24, curve)
            prompts = [T.client_app_prompt(rng, app) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.6 if upgrade else 0.0, 0.3),
                comp_median=380.0,
                comp_sigma=0.5,
            )


BENIGN_KINDS = {
    "dabka": dabka,
    "salma": salma,
    "sitara": sitara,
    "kasab": kasab,
    "gijai": gijai,
    "badla": badla,
    "naqshi": naqshi,
    "tilla": tilla,
    "kalabattu": kalabattu,
    "karchob": karchob,
}
