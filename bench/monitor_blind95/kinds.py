"""Benign hard-negative kinds of batch 95 (wine-making code names), written without reading the
monitor. Each kind is `f(ctx, rng)`: legitimate customers that look suspicious in some way; their
accounts are labelled "benign" with the kind's name as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind95 import texts as tx


def _sorted(all_ts: list[np.ndarray], prompts: list) -> tuple[np.ndarray, list]:
    ts = np.concatenate(all_ts) if all_ts else np.empty(0)
    order = np.argsort(ts, kind="stable").tolist()
    return ts[order], [prompts[i] for i in order]


def bench_trial(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: fixed suites replayed nightly, then both models side by side on release."""
    kind = "bench_trial"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    tz = int(pick(rng, TZS))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON[:2]),
            ips=hosts,
            tz=tz,
        )
        for _ in range(n)
    ]
    suites = {
        s: [tx.eval_item(rng, s) for _ in range(irange(rng, 120, 260))]
        for s in ("mcq", "math", "code", "logic")
    }
    hour = float(rng.uniform(0, 5))
    all_ts, prompts = [], []
    day = ctx.t0
    while day < ctx.t1:
        suite = pick(rng, list(suites))
        items = suites[suite][: irange(rng, 60, len(suites[suite]))]
        s = day + (hour - tz) % 24 * HOUR
        runs = [(s, ctx.old_models[0])]
        if s >= ctx.release:
            runs = [(s, ctx.new_model), (s + float(rng.uniform(1, 3)) * HOUR, ctx.old_models[0])]
        if (
            ctx.release <= day < ctx.release + DAY
        ):  # release day: every suite on all three models, office hours
            for sname, its in suites.items():
                for m in (ctx.new_model, ctx.old_models[0], ctx.old_models[-1]):
                    t = day + float(rng.uniform(9, 18) - tz) % 24 * HOUR
                    tr = t + np.cumsum(rng.lognormal(np.log(0.7), 0.4, size=len(its)))
                    all_ts.append(tr)
                    prompts += [(p, m, sname) for p in its]
        for t, m in runs:
            tr = t + np.cumsum(rng.lognormal(np.log(0.6), 0.4, size=len(items)))
            all_ts.append(tr)
            prompts += [(p, m, suite) for p in items]
        day += DAY
    ts, recs = _sorted(all_ts, prompts)
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i).tolist()
        ctx.emit(
            rng,
            a,
            ts[sel],
            [recs[j][0] for j in sel],
            models=[recs[j][1] for j in sel],
            comp_median=60.0,
            comp_sigma=1.0,
        )


def sorting_table(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators using the model as a second rater, behind one office NAT."""
    kind = "sorting_table"
    n = irange(rng, 10, 22)
    tz = int(pick(rng, TZS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = home(rng, 1, tz)
    client = pick(rng, ("Acme Telecom", "Nordbank", "ShopRight", "CityRail", "MediPlus"))
    ua = pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 4.5)),
            workday(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(25, 70)),
        )
        ts = np.concatenate(sess) if sess else np.array([ctx.t0 + 3 * DAY])
        prompts = [
            tx.guideline_grade(rng, pick(rng, ctx.passages), client)
            if chance(rng, 0.7)
            else tx.judge_prompt(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), "en", 0
            )
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=90.0)


def pump_over(ctx: Ctx, rng: np.random.Generator) -> None:
    """A startup's coding agents: rapid tool loops with huge contexts from laptops and CI."""
    kind = "pump_over"
    n = irange(rng, 5, 12)
    tz = int(pick(rng, TZS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ci = cloud(rng, 2, pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("reqwest/0.12.12", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    repo = pick(rng, ("billing-svc", "mobile-app", "infra", "data-pipeline", "web"))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz) + ci[:1],
            tz=tz,
        )
        all_ts, prompts = [], []
        for tr in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, 9.5, 19.0, 0.15),
            float(rng.uniform(8, 18)),
            float(rng.uniform(4, 9)),
            0.7,
        ):
            all_ts.append(tr)
            prompts += [tx.coding_turn(rng, repo, j == 0) for j in range(len(tr))]
        ts, prompts = _sorted(all_ts, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            comp_median=450.0,
            extra=rng.integers(2000, 30000, size=len(ts)),
        )


def cuvee(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation: CI jobs translate new UI strings into many locales in quick trains."""
    kind = "cuvee"
    n = irange(rng, 1, 3)
    tz = int(pick(rng, TZS))
    card, org = hexid(rng, "pay"), hexid(rng, "org")
    hosts = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "hetzner")))
    product = pick(rng, ("Tallybook", "Cargonaut", "Fernweh Travel", "Pixelpost"))
    locales = [
        str(x)
        for x in rng.choice(
            np.array(
                [
                    "de-DE",
                    "fr-FR",
                    "es-ES",
                    "pt-BR",
                    "ja-JP",
                    "ko-KR",
                    "zh-CN",
                    "it-IT",
                    "pl-PL",
                    "tr-TR",
                    "ar-SA",
                    "hi-IN",
                    "nl-NL",
                ]
            ),
            size=irange(rng, 5, 11),
            replace=False,
        )
    ]
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="ci_job",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=hosts,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 5)) * 7 / n, workday(tz))
        all_ts, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 5, 35) * len(locales)
            tr = s + np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=k))
            all_ts.append(tr)
            prompts += [tx.ui_string(rng, product, locales[j % len(locales)]) for j in range(k)]
        ts, prompts = _sorted(all_ts, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=25.0,
            comp_sigma=0.5,
        )


def veraison(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product's backend: student questions asking for step-by-step explanations."""
    kind = "veraison"
    n = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "azure", "digitalocean")))
    tz = int(pick(rng, TZS))
    peak = (16.5 - tz) % 24  # after school in its market
    rate = float(rng.uniform(14, 26))
    for i in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=hosts,
            tz=tz,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, rate / n * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.85)
        )
        prompts = [tx.tutoring(rng, pick(rng, ctx.chat)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5 if i == 0 else 0.0),
            comp_median=420.0,
        )


def racking(ctx: Ctx, rng: np.random.Generator) -> None:
    """A course cohort: students with their own accounts, one shared assignment, a deadline rush."""
    kind = "racking"
    n = irange(rng, 30, 65)
    tz = int(pick(rng, TZS))
    campus = home(rng, 1, tz)
    course = pick(rng, ("CS101", "CSC 2270", "INF-B 140", "COMP 1531", "6.100A"))
    number = irange(rng, 2, 8)
    deadline = ctx.t0 + float(rng.uniform(3.5, 6.8)) * DAY
    ev = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        rush = np.where((ts < deadline) & (ts > deadline - 1.5 * DAY), 1.0, 0.3)
        return ev(ts) * rush

    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            ua=pick(rng, BROWSERS + MOBILE),
            ips=home(rng, 1, tz) + campus,
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 2.5)), curve, 4.0, 75.0)
        ts = (
            np.concatenate(sess)
            if sess
            else np.array([deadline - float(rng.uniform(1, 20)) * HOUR])
        )
        prompts = [
            tx.assignment(rng, course, number, irange(rng, 1, 4))
            if chance(rng, 0.55)
            else pick(rng, ctx.chat)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=380.0)


def lees_stirring(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study: fixed survey items sampled 10-30 times each, on several models."""
    kind = "lees_stirring"
    n = irange(rng, 2, 4)
    tz = int(pick(rng, TZS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "gcp")))
    study = f"S{irange(rng, 100, 999)}"
    items = [tx.survey_item(rng, study) for _ in range(irange(rng, 40, 120))]
    reps = irange(rng, 10, 30)
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) / n, workday(tz, 10, 22, 0.3)
        )
        all_ts, prompts = [], []
        for s in starts.tolist():
            m = (
                ctx.new_model
                if s >= ctx.release and chance(rng, 0.6)
                else pick(rng, ctx.old_models)
            )
            t = s
            for item in [
                items[j]
                for j in rng.choice(len(items), size=irange(rng, 8, 25), replace=False).tolist()
            ]:
                tr = t + np.cumsum(rng.lognormal(np.log(0.8), 0.4, size=reps))
                all_ts.append(tr)
                prompts += [(item, m)] * reps
                t = float(tr[-1]) + float(rng.uniform(1, 5))
        ts, recs = _sorted(all_ts, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            [r[0] for r in recs],
            models=[r[1] for r in recs],
            comp_median=12.0,
            comp_sigma=0.8,
        )


def assemblage(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency with one key per client, one agency card, shared egress IPs."""
    kind = "assemblage"
    n = irange(rng, 20, 40)
    tzs = [int(x) for x in rng.choice(np.array(TZS), size=irange(rng, 1, 3), replace=False)]
    egress = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "azure")))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, SDK_OTHER)
    curve = multi_office(tzs)
    for i in range(n):
        client = f"{pick(rng, ('Blue', 'North', 'Urban', 'Sun', 'Iron', 'Maple'))}{pick(rng, ('leaf', 'star', 'path', 'ridge'))}"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_key",
            pay=cards[i % len(cards)],
            ua=ua,
            ips=egress,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(14), 0.7)) * 7, curve)
        prompts = [
            tx.client_copy(rng, client) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=260.0)


def malolactic(ctx: Ctx, rng: np.random.Generator) -> None:
    """(own design, resembles glassy) A community-moderation vendor rewriting flagged posts into
    rule-compliant versions, queue-driven, one key per community client."""
    kind = "malolactic"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "ovh", "hetzner")))
    langs = ["en", "es", "pt"]
    ua = pick(rng, SDK_COMMON)
    peak = float(rng.uniform(12, 22))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_queue",
            org=org,
            pay=card,
            ua=ua,
            ips=hosts,
        )
        for _ in range(n)
    ]
    comms = [
        pick(rng, ("r/homebrewing", "PixelForum", "GamerHub", "ParentsNet", "FitTalk", "CarClub"))
        for _ in range(n)
    ]
    rate = float(rng.uniform(10, 18))
    for a, comm, ts in zip(
        accts, comms, worker_pool(rng, ctx.t0, ctx.t1, rate, n, global_load(peak, 0.6)), strict=True
    ):
        prompts = [
            tx.moderation_rewrite(rng, pick(rng, ctx.chat), comm, pick(rng, langs)) for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2), comp_median=140.0)


def topping_up(ctx: Ctx, rng: np.random.Generator) -> None:
    """(own design, resembles paddle_out / sneaker_set) A chatbot company's QA team replaying
    recorded multi-turn conversations against the new model as regression tests."""
    kind = "topping_up"
    n = irange(rng, 2, 3)
    tz = int(pick(rng, TZS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "gcp", "azure")))
    bot = pick(rng, ("Helpr", "Settings", "Billing", "Onboarding"))
    logs = [pick(rng, ctx.chat) for _ in range(irange(rng, 60, 140))]
    lens = [irange(rng, 2, 6) for _ in logs]
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="qa_runner",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON[:2]),
            ips=ips,
            tz=tz,
        )
        for _ in range(n)
    ]
    nightly_runs = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(float(rng.uniform(0, 4)), 1.0, tz))
    office_runs = thinned(
        rng,
        ctx.release,
        ctx.t1,
        float(rng.uniform(3, 6)) * (ctx.t1 - ctx.release) / DAY,
        workday(tz),
    )
    all_ts, recs = [], []
    for s in np.concatenate([nightly_runs, office_runs]).tolist():
        m = ctx.new_model if s >= ctx.release and chance(rng, 0.8) else ctx.old_models[0]
        sub = rng.choice(len(logs), size=irange(rng, 20, len(logs)), replace=False).tolist()
        t = s
        for j in sub:
            tr = t + np.cumsum(rng.lognormal(np.log(4.0), 0.4, size=lens[j]))
            all_ts.append(tr)
            recs += [(tx.regression_turn(rng, logs[j], k, bot), m) for k in range(lens[j])]
            t = float(tr[-1]) + float(rng.uniform(0.5, 3))
    ts, recs = _sorted(all_ts, recs)
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i).tolist()
        ctx.emit(
            rng,
            a,
            ts[sel],
            [recs[j][0] for j in sel],
            models=[recs[j][1] for j in sel],
            comp_median=300.0,
            extra=rng.integers(100, 1500, size=len(sel)),
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "bench_trial": bench_trial,
    "sorting_table": sorting_table,
    "pump_over": pump_over,
    "cuvee": cuvee,
    "veraison": veraison,
    "racking": racking,
    "lees_stirring": lees_stirring,
    "assemblage": assemblage,
    "malolactic": malolactic,
    "topping_up": topping_up,
}
