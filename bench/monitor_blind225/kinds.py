"""Benign hard-negative kinds of batch 225 (code names from adobe building).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign; `family` is the kind's name.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    chance,
    hexid,
    irange,
    local_hour,
    pick,
    weekday,
)
from bench.monitor_blind225 import texts as tx


def _ben(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _switch(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, at: float, p_new: float, old: str
) -> list[str]:
    """`old` until `at`, then the new model with probability p_new."""
    u = rng.random(len(ts))
    return [
        ctx.new_model if (t >= at and x < p_new) else old
        for t, x in zip(ts.tolist(), u.tolist(), strict=True)
    ]


# --------------------------------------------------------------------------------------------
# latilla: an evaluation lab benchmarking the new model with chain-of-thought prompts


def latilla(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    runners = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    keys = [
        _ben(ctx, rng, "latilla", role, org=org, pay=pay, ua=ua, ips=runners)
        for role in ("eval-ci", "eval-adhoc", "eval-multilingual")[: irange(rng, 2, 3)]
    ]
    # fixed benchmark banks (the same items every run)
    banks = []
    for b in range(irange(rng, 2, 3)):
        brng = np.random.default_rng([int(rng.integers(2**31)), b])
        if b == 0:
            items = [tx.eval_item(brng, "en", 0) for _ in range(irange(rng, 50, 110))]
        else:
            items = [
                tx.eval_item(brng, lang, b)
                for _ in range(irange(rng, 15, 30))
                for lang in tx.PROBLEM_LANGS
            ]
        banks.append(items)
    old = ctx.old_models[0]
    runs: list[tuple[float, str, int]] = []
    for d in range(7):  # nightly regression on the old flagship
        runs.append((ctx.t0 + d * DAY + float(rng.uniform(1.5, 3.0)) * HOUR, old, 0))
    for b in range(len(banks)):
        runs.append((ctx.release - float(rng.uniform(20, 40)) * HOUR, old, b))
        runs.append((ctx.release + float(rng.uniform(1.5, 9)) * HOUR, ctx.new_model, b))
        runs.append((ctx.release + float(rng.uniform(24, 40)) * HOUR, ctx.new_model, b))
        if chance(rng, 0.6):
            runs.append((ctx.release + float(rng.uniform(6, 30)) * HOUR, ctx.old_models[-1], b))
    for t, model, b in runs:
        items = banks[b]
        gaps = rng.lognormal(np.log(float(rng.uniform(0.4, 1.2))), 0.5, size=len(items))
        ts = t + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
        key = keys[0] if b == 0 and model == old else pick(rng, keys)
        ctx.emit(rng, key, ts, items, models=model, comp_median=520.0, comp_sigma=0.55, err=0.02)


# --------------------------------------------------------------------------------------------
# canale: a labelling vendor's annotators pre-labelling chatbot responses with a rubric


def canale(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    projects = [
        f"{pick(rng, ('HX', 'QL', 'RB', 'TK'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 2, 3))
    ]
    switch = ctx.release + float(rng.uniform(18, 40)) * HOUR
    v_change = ctx.t0 + float(rng.uniform(2, 4)) * DAY
    for _ in range(irange(rng, 10, 18)):
        a = _ben(
            ctx,
            rng,
            "canale",
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        proj = pick(rng, projects)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 5)),
            bb.workday(tz, 9, 18),
            float(rng.uniform(8, 16)),
            float(rng.uniform(30, 75)),
            0.6,
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = [
            tx.prelabel(rng, proj, "v3.1" if t < v_change else "v3.2", ctx.chat, ctx.passages)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_switch(ctx, rng, ts, switch, 0.95, ctx.old_models[0]),
            comp_median=70.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# kiva: a social platform's trust-and-safety queue (multilingual moderation with suggested edits)


def kiva(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    queues = ["queue-amer", "queue-emea", "queue-apac", "queue-backfill"][: irange(rng, 2, 4)]
    accts = [
        _ben(
            ctx,
            rng,
            "kiva",
            q,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "azure"),
        )
        for q in queues
    ]
    langs = ["en", "es", "pt", "tr", "hi", "ar"]
    lw = rng.dirichlet(np.array([6.0, 2.0, 2.0, 1.0, 1.0, 1.0]))
    curve = bb.global_load(float(rng.uniform(14, 20)), 0.5)
    pools = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)), len(accts), curve)
    for a, ts in zip(accts, pools, strict=True):
        ls = [langs[i] for i in rng.choice(len(langs), size=len(ts), p=lw).tolist()]
        prompts = [tx.moderation(rng, lg, "p7", ctx.chat) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=90.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# horno: a coding-agent product (IDE extension) with long tool transcripts


def horno(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("tilewright", "forgepair", "codemason"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    roles = ["prod-us", "prod-eu", "prod-ap", "dogfood", "evals"][: irange(rng, 3, 5)]
    accts = [
        _ben(
            ctx,
            rng,
            "horno",
            r,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp"))),
        )
        for r in roles
    ]
    curve = bb.multi_office([-8, -5, 1, 5])
    rate = float(rng.uniform(25, 55))
    upgrade = ctx.release + float(rng.uniform(2, 20)) * HOUR
    pools = bb.worker_pool(rng, ctx.t0, ctx.t1, rate, len(accts), curve)
    for a, ts in zip(accts, pools, strict=True):
        pe = [tx.coding_agent_turn(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pe],
            extra=[e for _, e in pe],
            models=_switch(ctx, rng, ts, upgrade, 0.8, ctx.old_models[0]),
            comp_median=420.0,
            comp_sigma=0.7,
        )


# --------------------------------------------------------------------------------------------
# zaguan: a fintech's data-augmentation job for its intent classifier (nightly, pinned model)


def zaguan(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, -5))
    team = pick(rng, ("nlu-aug", "intents-ds", "cx-ml"))
    ip = bb.cloud(rng, 1, "gcp")
    accts = [
        _ben(ctx, rng, "zaguan", r, org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ip)
        for r in ("augment-job", "notebook")[: irange(rng, 1, 2)]
    ]
    langs = ["es", "pt", "en"]
    lw = rng.dirichlet(np.full(3, 3.0))
    trial = irange(rng, 4, 6)
    for d in range(7):
        if d not in (trial,) and not chance(rng, 0.6):
            continue
        t = ctx.t0 + d * DAY - tz * HOUR + float(rng.uniform(1, 3.5)) * HOUR
        ts = bb.bursts(
            rng, np.array([t]), float(rng.uniform(120, 320)), float(rng.uniform(1, 3)), 0.4, ctx.t1
        )[0]
        ls = [langs[i] for i in rng.choice(3, size=len(ts), p=lw).tolist()]
        model = ctx.new_model if d == trial else ctx.old_models[-1]
        ctx.emit(
            rng,
            accts[0],
            ts,
            [tx.augmentation(rng, lg, team) for lg in ls],
            models=model,
            comp_median=700.0,
            comp_sigma=0.4,
        )
    if len(accts) > 1:  # a data scientist poking at the prompts during the day
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)), bb.workday(tz))
        ctx.emit(
            rng,
            accts[1],
            ts,
            [tx.augmentation(rng, "es", team) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.5),
            comp_median=600.0,
        )


# --------------------------------------------------------------------------------------------
# placita: a companion chat app's backend (many short persona turns, worldwide evenings)


def placita(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("kindred", "nightlight", "pocketpal"))
    roles = ["chat-primary", "chat-secondary", "chat-eu", "summariser", "safety"][
        : irange(rng, 3, 5)
    ]
    accts = [
        _ben(
            ctx,
            rng,
            "placita",
            r,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        for r in roles
    ]
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.65)
    pools = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(35, 70)), len(accts), curve)
    for a, ts in zip(accts, pools, strict=True):
        pe = [tx.companion_turn(rng, app, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pe],
            extra=[e for _, e in pe],
            models=ctx.models(rng, ts, 0.15, 0.7),
            comp_median=85.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# mud_plaster: a university study sampling the same items many times (variance / calibration)


def mud_plaster(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    campus = bb.home(rng, 1, tz)
    study = pick(rng, ("CALIB-2", "VarStudy", "ConfProbe"))
    accts = [
        _ben(
            ctx,
            rng,
            "mud_plaster",
            r,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        for r in ("phd-student", "postdoc", "ra")[: irange(rng, 1, 3)]
    ]
    n_items, reps = irange(rng, 30, 60), irange(rng, 8, 20)
    plan = [
        (ctx.old_models[0], ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY),
        (ctx.new_model, ctx.release + float(rng.uniform(0.3, 1.5)) * DAY),
    ]
    if chance(rng, 0.6):
        plan.append((ctx.old_models[-1], ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY))
    for model, t in plan:
        # align to a working hour
        t = t - (local_hour(np.array([t]), tz)[0] - float(rng.uniform(9.5, 15))) * HOUR
        ts_all, pr_all = [], []
        for item in range(n_items):
            p = tx.study_item(rng, study, item)
            for _ in range(reps):
                t += float(rng.lognormal(np.log(1.2), 0.4))
                ts_all.append(t)
                pr_all.append(p)
            t += float(rng.uniform(2, 20))
        ctx.emit(
            rng,
            pick(rng, accts),
            np.array(ts_all),
            pr_all,
            models=model,
            comp_median=60.0,
            comp_sigma=0.5,
        )
    # ordinary day-to-day use of the same keys
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.soft_label(rng, irange(rng, 0, 2), ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5),
            comp_median=300.0,
        )


# --------------------------------------------------------------------------------------------
# bond_beam: a university course cohort doing the same assignments on the course org's credits


def bond_beam(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    class_days = (1, 3) if chance(rng, 0.5) else (0, 2)
    class_start = float(rng.uniform(9, 15))

    def curve(ts: np.ndarray) -> np.ndarray:
        h, wd = local_hour(ts, tz), weekday(ts, tz)
        in_class = np.isin(wd, class_days) & (h >= class_start) & (h < class_start + 1.5)
        deadline_eve = np.isin(wd, [d + 1 for d in class_days]) & (h >= 19) & (h < 24)
        return np.where(in_class, 1.0, np.where(deadline_eve, 0.45, 0.03))

    for _ in range(irange(rng, 24, 40)):
        colab = chance(rng, 0.45)
        a = _ben(
            ctx,
            rng,
            "bond_beam",
            "student",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0" if colab else pick(rng, bb.BROWSERS),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 2.2)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(40, 120)),
        )
        for s in sessions:
            if len(s) == 0:
                continue
            day = int((s[0] - ctx.t0) // DAY)
            if colab:
                ip = bb.cloud(rng, 1, "gcp")[0]
            else:
                ip = campus[0] if curve(s[:1])[0] >= 1.0 else a.ips[-1]
            prompts = [tx.exercise(rng, 1 + day // 2, 3 + day // 7) for _ in range(len(s))]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                ips=ip,
                models=_switch(ctx, rng, s, ctx.release, 0.5, ctx.old_models[-1]),
                comp_median=330.0,
            )


# --------------------------------------------------------------------------------------------
# terrone: a consultancy migrating a client's Java codebase to Kotlin (engineers + nightly CI)


def terrone(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, 1, tz)
    ticket = pick(rng, ("MIG", "KT", "PORT"))
    for _ in range(irange(rng, 3, 6)):
        a = _ben(
            ctx,
            rng,
            "terrone",
            "engineer",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(90, 240)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        pe = [tx.migration_request(rng, ticket) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pe],
            extra=[e for _, e in pe],
            ips=office[0] if chance(rng, 0.8) else None,
            models=ctx.models(rng, ts, 0.5, 0.0),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ci = _ben(
        ctx,
        rng,
        "terrone",
        "ci",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 1, "azure"),
    )
    starts = [
        ctx.t0 + d * DAY + (22.0 - tz) * HOUR + float(rng.uniform(0, 1)) * HOUR
        for d in range(7)
        if (d + 3) % 7 < 5 and chance(rng, 0.8)
    ]
    for tr in bb.bursts(
        rng, np.array(starts), float(rng.uniform(80, 180)), float(rng.uniform(3, 7)), 0.5, ctx.t1
    ):
        pe = [tx.migration_request(rng, ticket) for _ in range(len(tr))]
        ctx.emit(
            rng,
            ci,
            tr,
            [p for p, _ in pe],
            extra=[e for _, e in pe],
            models=ctx.models(rng, tr, 0.3, 0.0),
            comp_median=1000.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# lime_wash: an agency reselling API access to its clients (one card, gateway addresses)


def lime_wash(ctx: Ctx, rng: np.random.Generator) -> None:
    pay = hexid(rng, "pay")
    gateway = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("hetzner", "digitalocean")))
    ua = pick(rng, ("litellm/1.60.2", "axios/1.7.9"))
    agency_org = hexid(rng, "org")
    for c in range(irange(rng, 14, 26)):
        tz = int(pick(rng, bb.TZS))
        client = pick(rng, tx.COMPANIES).split()[0].lower() + f"-{c}"
        a = _ben(
            ctx,
            rng,
            "lime_wash",
            "client-key",
            org=agency_org if chance(rng, 0.5) else None,
            pay=pay,
            ua=ua,
            ips=gateway,
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 8)),
            bb.workday(tz),
            float(rng.uniform(3, 10)),
            float(rng.uniform(30, 150)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.3):
                prompts.append(tx.product_request(rng, client, ctx.chat, ctx.passages))
            else:
                prompts.append(pick(rng, ctx.chat))
        p_new = float(rng.uniform(0.0, 0.9))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.2),
            comp_median=350.0,
            extra=irange(rng, 20, 300),
        )


BENIGN_KINDS = {
    "latilla": latilla,
    "canale": canale,
    "kiva": kiva,
    "horno": horno,
    "zaguan": zaguan,
    "placita": placita,
    "mud_plaster": mud_plaster,
    "bond_beam": bond_beam,
    "terrone": terrone,
    "lime_wash": lime_wash,
}
