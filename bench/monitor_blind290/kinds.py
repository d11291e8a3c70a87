"""Benign hard-negative kinds of blind batch 290 (code names: words of Toda embroidery).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
Draws never follow a set's order. The card (`README.md`) says what each kind looks like.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    multi_office,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind290 import texts as tx

LABEL = "benign"


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark sweeps and pass@k sampling on release day


def pukhoor(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pukhoor"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    for _ in range(n):
        a = ctx.account(
            rng, label=LABEL, family=kind, role="eval_runner", org=org, pay=pay, ua=ua, ips=ips
        )
        ts_l, pr_l, md_l, cm_l = [], [], [], []
        runs = irange(rng, 2, 5)
        for r in range(runs):
            # baselines on the old models before release, the new model from release day on
            if r == 0 or chance(rng, 0.3):
                s = ctx.t0 + float(rng.uniform(0.3, 3.6)) * DAY
                model = pick(rng, ctx.old_models)
            else:
                s = ctx.release + float(rng.uniform(0.02, 2.5)) * DAY
                model = ctx.new_model
            suite = pick(rng, ("mcq", "math", "code", "longctx"))
            k = 5 if suite in ("math", "code") and chance(rng, 0.5) else 1
            items = irange(rng, 120, 500)
            t = s + np.cumsum(rng.lognormal(np.log(0.7), 0.6, size=items * k))
            for i in range(items):
                p = tx.eval_item(rng, suite)
                for j in range(k):
                    ts_l.append(float(t[i * k + j]))
                    pr_l.append(p)
                    md_l.append(model)
                    cm_l.append({"mcq": 4.0, "math": 450.0, "code": 220.0, "longctx": 60.0}[suite])
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=md_l,
            comp_median=np.asarray(cm_l),
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators comparing replies in a web tool


def puthkuli(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "puthkuli"
    n = irange(rng, 15, 35)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5))
    office = home(rng, irange(rng, 1, 3), tz)
    shift = workday(tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(16, 19)))
    guideline = f"{irange(rng, 2, 6)}.{irange(rng, 1, 9)}"
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                shift,
                float(rng.uniform(8, 15)),
                float(rng.uniform(45, 120)),
            )
        )
        prompts = [
            tx.annotator_pair(ctx, rng, guideline)
            if chance(rng, 0.75)
            else tx.judge_prompt(ctx, rng, "rubric", "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=180,
            comp_sigma=0.5,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# tutoring product: students' questions through the company's backend


def pugur(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pugur"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    tutor = pick(rng, ("Sage", "Pip", "Nova", "Milo"))
    tzs = pick(rng, ((-5, -8), (0, 1), (1, 2, 0)))
    pools = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 45)), n, curve=multi_office(tzs))
    for ts in pools:
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="product_key",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        prompts = [tx.student_message(ctx, rng, tutor, irange(rng, 5, 12)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=300,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# course cohort: students of one class, same assignment, deadline rush


def mund(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mund"
    n = irange(rng, 30, 60)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0, 2))
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("DS101", "Intro to ML", "INF-2040", "Applied Statistics"))
    week = irange(rng, 1, 5)
    deadline = ctx.t0 + float(rng.uniform(3.2, 6.5)) * DAY
    for _ in range(n):
        own = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=campus + own,
            tz=tz,
        )
        parts = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 4.0, 80.0
        )
        if chance(rng, 0.8):
            parts += session_times(
                rng,
                deadline - 8 * HOUR,
                deadline,
                float(rng.uniform(2, 5)),
                lambda t: np.ones(len(t)),
                5.0,
                60.0,
            )
        ts = _flat(parts)
        on_campus = (local_hour(ts, tz) >= 9) & (local_hour(ts, tz) < 17) & (weekday(ts, tz) < 5)
        ips = [pick(rng, campus) if c else own[0] for c in on_campus.tolist()]
        prompts = [tx.assignment_prompt(ctx, rng, course, week) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6),
            ips=ips,
            comp_median=450,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# research study on refusals: the same sensitive items through every model


def tiel(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tiel"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), "gcp") + home(rng, 1, pick(rng, (-5, 0, 1)))
    study = pick(rng, ("ORS-2", "refusal-calibration", "safety-bench-v3"))
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=ips,
        )
        items = [tx.safety_study_prompt(ctx, rng, study) for _ in range(irange(rng, 120, 320))]
        ts_l, pr_l, md_l = [], [], []
        for _r in range(irange(rng, 2, 4)):
            s = ctx.release + float(rng.uniform(-3.5, 2.5)) * DAY
            models = list(ctx.old_models) + ([ctx.new_model] if s >= ctx.release else [])
            for m in models:
                t = s + np.cumsum(rng.lognormal(np.log(1.8), 0.5, size=len(items)))
                ts_l.extend(t.tolist())
                pr_l.extend(items)
                md_l.extend([m] * len(items))
                s = float(t[-1]) + float(rng.uniform(5, 60)) * MINUTE
        ctx.emit(rng, a, np.asarray(ts_l), pr_l, models=md_l, comp_median=350, err=0.01)


# --------------------------------------------------------------------------------------------
# agency / reseller: one organisation, one card, a key per client


def palol(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "palol"
    n = irange(rng, 15, 35)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 8), pick(rng, ("digitalocean", "hetzner", "aws")))
    for c in range(n):
        client = f"{pick(rng, ('Alder', 'Brisk', 'Cobalt', 'Dune', 'Ember', 'Fable', 'Gale', 'Hollow'))} {pick(rng, ('Dental', 'Realty', 'Foods', 'Legal', 'Travel', 'Fitness', 'Motors'))}"
        product = pick(rng, ("chat widget", "FAQ bot", "email drafter", "review responder"))
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role=f"client_{c}",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.5),
            ips=ips,
        )
        tz = pick(rng, (-8, -5, 0, 1, 2))
        curve = workday(tz, weekend=0.3, night=0.1) if chance(rng, 0.6) else global_load(18.0, 0.4)
        per_day = float(rng.lognormal(np.log(30), 0.8))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [tx.client_prompt(ctx, rng, client, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.7))),
            comp_median=300,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase jobs for an intent classifier


def darning_stitch(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "darning_stitch"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("azure", "aws")))
    tz = pick(rng, (0, 1, -5))
    h0, hours = float(rng.uniform(1, 3)), float(rng.uniform(2, 4))
    langs = [
        str(x)
        for x in rng.permutation(["en", "es", "de", "fr", "pt", "it", "nl"])[
            : irange(rng, 3, 6)
        ].tolist()
    ]
    intents = (
        "billing_dispute",
        "delivery_status",
        "login_problem",
        "cancel_subscription",
        "network_issue",
        "address_change",
        "bill_explanation",
    )
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=ips,
            tz=tz,
        )
        rate = float(rng.uniform(80, 160))
        ts = thinned(
            rng, ctx.t0, ctx.t1, rate * hours * (ctx.t1 - ctx.t0) / DAY, nightly(h0, hours, tz)
        )
        prompts = [
            tx.augmentation_prompt(rng, pick(rng, intents), pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=600,
            comp_sigma=0.4,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# coding agents: a company's developers with IDE agents


def buffalo_horn(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "buffalo_horn"
    n = irange(rng, 10, 25)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2, 5))
    office = home(rng, irange(rng, 1, 2), tz)
    repos = [
        pick(rng, ("billing", "mobile-app", "infra", "web", "search", "etl")) for _ in range(3)
    ]
    for _ in range(n):
        ua = pick(
            rng,
            (
                "Cursor/0.45.11",
                "aider/0.72.1 litellm/1.60.2",
                "continue/0.9.2",
                "langchain-openai/0.3.6",
            ),
        )
        mine = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + mine,
            tz=tz,
        )
        ts_l, pr_l, ex_l, ip_l = [], [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 8)),
            workday(tz, night=0.05),
            float(rng.uniform(8, 18)),
            float(rng.uniform(6, 15)),
            0.7,
        ):
            repo = pick(rng, repos)
            ip = pick(rng, office) if chance(rng, 0.6) else mine[0]
            ctx_tok = irange(rng, 500, 3000)
            for j, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr_l.append(tx.coding_agent_step(ctx, rng, j, repo))
                ex_l.append(ctx_tok)
                ip_l.append(ip)
                ctx_tok += irange(rng, 100, 900)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.7),
            ips=ip_l,
            extra=np.asarray(ex_l, dtype=np.int64),
            comp_median=250,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# companion app: persona chat for users worldwide through one backend


def nilgiris(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nilgiris"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws", "digitalocean")))
    markets = [
        str(x)
        for x in rng.permutation(["en", "es", "pt", "ja", "id", "de"])[: irange(rng, 2, 5)].tolist()
    ]
    personas = ("Luna", "Kai", "Ember", "Theo", "Sakura")
    pools = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(40, 90)), n, curve=global_load(20.0, 0.6)
    )
    for ts in pools:
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        prompts = [
            tx.companion_message(ctx, rng, pick(rng, personas), pick(rng, markets))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=120,
            comp_sigma=0.7,
            err=0.01,
            extra=np.asarray(rng.integers(200, 1500, size=len(ts)), dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# translation shop: translators with a CAT tool, several target languages each


def kotagiri(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kotagiri"
    n = irange(rng, 4, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    clients = ("Vela Pharma", "Northwind Games", "Atlas Insurance", "Cirrus Apps")
    all_targets = sorted(k for k in tx.LANG_NAMES if k != "en")
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("memoQ/10.4 openai-plugin", "Trados/2024 mt-connector"))
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        targets = [str(x) for x in rng.permutation(all_targets)[: irange(rng, 1, 3)].tolist()]
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(40, 120)),
            )
        )
        prompts = [
            tx.shop_segment(ctx, rng, pick(rng, clients), pick(rng, targets))
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(30.0, len(p) / 4.0) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.005,
        )


BENIGN_KINDS = {
    "pukhoor": pukhoor,
    "puthkuli": puthkuli,
    "pugur": pugur,
    "mund": mund,
    "tiel": tiel,
    "palol": palol,
    "darning_stitch": darning_stitch,
    "buffalo_horn": buffalo_horn,
    "nilgiris": nilgiris,
    "kotagiri": kotagiri,
}
