"""Benign hard-negative kinds of batch 303 (code names from butchery). Each is a generator
`f(ctx, rng)` writing legitimate accounts that resemble one of this batch's campaign families (or a
campaign in general). Every draw uses the kind's own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    rented_block,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind303 import texts as T

PLAIN_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)


def _ids(rng: np.random.Generator) -> tuple[str, str]:
    return f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sum_curves(*curves):
    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / len(curves) * 1.5, 0, 1)

    return f


# --------------------------------------------------------------------------------------------
# brisket: a maths tutoring product asking for step-by-step explanations (like reasoning harvest)


def brisket(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "brisket"
    product = pick(rng, T.TUTOR_PRODUCTS)
    org, pay = _ids(rng)
    egress = cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 3)
    accts = [
        _benign(ctx, rng, kind, "product_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    curve = _sum_curves(evening_person(-5, 2.5), evening_person(-8, 2.5), evening_person(1, 2.5))
    # the product A/B-tests the new model on part of its traffic after the release
    p_new = float(rng.uniform(0.3, 0.6))
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)), n_keys, curve),
        strict=True,
    ):
        prompts = [T.tutoring_student(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3),
            comp_median=600.0,
            comp_sigma=0.6,
            extra=250,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# sirloin: a labelling vendor grading a client's support bot (like judge grading)


def sirloin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sirloin"
    client = pick(rng, ("Helios Telecom", "Marlow Bank", "Cirrus Airlines"))
    org, pay = _ids(rng)
    tz = pick(rng, (8, 5, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 6, 12)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, PLAIN_BROWSER + BROWSERS[:1]),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, weekend=0.1),
            float(rng.uniform(8, 20)),
            float(rng.uniform(40, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.annotation_qa(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=170.0,
            comp_sigma=0.6,
            err=0.01,
        )
    pipe = _benign(
        ctx,
        rng,
        kind,
        "prelabel_pipeline",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=cloud(rng, 2, "azure"),
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, workday(tz, weekend=0.0))
    trains = bursts(rng, starts, float(rng.uniform(40, 120)), float(rng.uniform(1, 3)), b=ctx.t1)
    ts = np.concatenate(trains) if trains else np.empty(0)
    ctx.emit(
        rng,
        pipe,
        ts,
        [T.annotation_qa(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
        comp_median=150.0,
        comp_sigma=0.5,
        err=0.03,
    )


# --------------------------------------------------------------------------------------------
# tenderloin: a trust & safety vendor's moderation and compliant-rewrite queue (like policy rewrites)


def tenderloin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tenderloin"
    vendor = T.moderation_vendor(rng)
    org, pay = _ids(rng)
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 3), replace=False).tolist()]
    offices = [ip for tz in tzs for ip in home(rng, 1, tz)]
    n_keys = irange(rng, 3, 6)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_queue",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=offices + cloud(rng, 1, "aws"),
        )
        for _ in range(n_keys)
    ]
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 60)), n_keys, multi_office(tzs)),
        strict=True,
    ):
        prompts = [T.moderation_task(rng, ctx.chat, vendor) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.4),
            comp_median=130.0,
            comp_sigma=0.6,
            extra=400,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# oxtail: a coding-agent product's tool-call loop (like agent transcripts)


def oxtail(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "oxtail"
    product = pick(rng, ("Patchwork", "Rivet", "Sawmill Code"))
    org, pay = _ids(rng)
    egress = cloud(rng, irange(rng, 4, 10), pick(rng, ("aws", "gcp")))
    n_keys = irange(rng, 3, 5)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    accts = [
        _benign(ctx, rng, kind, "agent_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    # users' agent loops: sessions of many quick tool steps, load follows worldwide developers
    per_day = float(rng.uniform(20, 40))
    for a in accts:
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            per_day,
            global_load(float(rng.uniform(13, 17)), 0.6),
            float(rng.uniform(6, 14)),
            float(rng.uniform(4, 12)),
            0.6,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.ide_agent(rng, product) for _ in range(len(ts))]
        extra = rng.integers(2000, 7000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=260.0,
            comp_sigma=0.7,
            extra=extra,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# silverskin: an in-house data-augmentation team generating intent utterances (like dataset gen)


def silverskin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "silverskin"
    team = pick(rng, ("Finch Bank ML", "Larkspur CX-AI", "Moraine Retail NLP"))
    org, pay = _ids(rng)
    tz = pick(rng, TZS)
    ips = rented_block(rng, pick(rng, ("aws", "azure")), 1, 2)
    for role in ("nightly_job", "notebook"):
        if role == "nightly_job":
            a = _benign(
                ctx, rng, kind, role, org=org, pay=pay, ua="python-requests/2.32.3", ips=ips, tz=tz
            )
            ts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(250, 700)),
                nightly(float(rng.uniform(1, 3)), 2.0, tz),
            )
            comp = 900.0
        else:
            a = _benign(
                ctx,
                rng,
                kind,
                role,
                org=org,
                pay=pay,
                ua=pick(rng, ("OpenAI/Python 1.54.0", "langchain-openai/0.3.6")),
                ips=home(rng, 1, tz),
                tz=tz,
            )
            sess = session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 12.0, 25.0)
            ts = np.concatenate(sess) if sess else np.empty(0)
            comp = 700.0
        prompts = [T.augmentation_request(rng, team) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# picanha: an online course cohort, many new personal accounts at once (like a person-like crowd)


def picanha(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "picanha"
    course = pick(rng, ("Intro to Data Science", "Applied Economics 101", "Full-Stack Bootcamp"))
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 4), replace=False).tolist()]
    kickoff = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    week = irange(rng, 1, 10)
    for _ in range(irange(rng, 30, 55)):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.25)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, PLAIN_BROWSER + BROWSERS)
        a = _benign(ctx, rng, kind, "student", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        a0 = kickoff + float(rng.exponential(0.5)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.cohort_prompt(rng, course, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=480.0,
            comp_sigma=0.7,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# bavette: a companion chat app's backend (like harvest hidden in product traffic)


def bavette(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bavette"
    org, pay = _ids(rng)
    egress = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "digitalocean")))
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=egress
        )
        for _ in range(n_keys)
    ]
    personas = ("Mika", "Sol", "Juniper", "Atlas", "Nova")
    load = global_load(float(rng.uniform(18, 23)), 0.7)
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(35, 80)), n_keys, load),
        strict=True,
    ):
        prompts = [T.companion_message(rng, ctx.chat, pick(rng, personas)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.5),
            comp_median=170.0,
            comp_sigma=0.6,
            extra=rng.integers(600, 2500, size=len(ts)),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# porterhouse: a translation agency's pre-edit MT queue (like the translation harvest)


def porterhouse(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "porterhouse"
    shop = pick(rng, ("Lingua Bridge GmbH", "Tessera Translations", "Polyglot Works"))
    org, pay = _ids(rng)
    tzs = [
        int(x) for x in rng.choice((0, 1, 2, -5, 9), size=irange(rng, 2, 3), replace=False).tolist()
    ]
    vpn = rented_block(rng, "m247", 1, 3)
    for tz in tzs:
        office = home(rng, 1, tz)
        for _ in range(irange(rng, 1, 3)):
            a = _benign(
                ctx,
                rng,
                kind,
                "translator_team",
                org=org,
                pay=pay,
                ua=pick(
                    rng,
                    (
                        "OpenAI/Python 1.54.0",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
                    ),
                ),
                ips=office + vpn,
                tz=tz,
            )
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(120, 300)), workday(tz))
            ts_all, prompts = [], []
            for s in starts.tolist():
                k = (
                    1 if chance(rng, 0.6) else irange(rng, 2, 4)
                )  # one segment, sometimes a few targets
                p = T.lsp_job(rng, ctx.passages, shop)
                ts_all.append(s + np.cumsum(rng.exponential(20.0, size=k)))
                prompts.extend(
                    [p] * k
                    if chance(rng, 0.2)
                    else [T.lsp_job(rng, ctx.passages, shop) for _ in range(k)]
                )
            ts = np.concatenate(ts_all) if ts_all else np.empty(0)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.45, p_mini=0.1),
                ips=sticky(rng, ts, a.ips, 2 * HOUR),
                comp_median=300.0,
                comp_sigma=0.5,
                err=0.01,
            )


# --------------------------------------------------------------------------------------------
# hanger_steak: an evaluation lab measuring pass@k of the new model (like best-of-n sampling)


def hanger_steak(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hanger_steak"
    suite = pick(rng, ("HELIX-Eval v2", "OpenReason-500", "CampusBench"))
    org, pay = _ids(rng)
    tz = pick(rng, TZS)
    ips = cloud(rng, irange(rng, 1, 2), "gcp") + home(rng, 1, tz)
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0")),
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    new, old = ctx.new_model, ctx.old_models[0]
    for a in accts:
        # runs launched during the working day, starting the day the new model is out
        starts = thinned(
            rng,
            ctx.release + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, weekend=0.5),
        )
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            items = irange(rng, 15, 40)
            k = pick(rng, (5, 8, 10, 16))
            m = new if chance(rng, 0.7) else old
            t = s
            for _ in range(items):
                p = T.eval_item(rng, suite)
                tt = t + np.cumsum(rng.exponential(0.8, size=k))
                ts_all.append(tt)
                prompts.extend([p] * k)
                models.extend([m] * k)
                t = float(tt[-1]) + float(rng.exponential(3.0))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=650.0, comp_sigma=0.7, err=0.03)


# --------------------------------------------------------------------------------------------
# charcuterie: an agency reselling a chat UI to small-business clients (like public prompt replay)


def charcuterie(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "charcuterie"
    org, pay = _ids(rng)
    egress = cloud(rng, irange(rng, 1, 3), pick(rng, ("digitalocean", "hetzner", "linode")))
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "reseller_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    load = multi_office((-5, 0, 1))
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 50)), n_keys, load),
        strict=True,
    ):
        prompts = [T.casual(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.25),
            comp_median=400.0,
            comp_sigma=0.7,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "brisket": brisket,
    "sirloin": sirloin,
    "tenderloin": tenderloin,
    "oxtail": oxtail,
    "silverskin": silverskin,
    "picanha": picanha,
    "bavette": bavette,
    "porterhouse": porterhouse,
    "hanger_steak": hanger_steak,
    "charcuterie": charcuterie,
}
