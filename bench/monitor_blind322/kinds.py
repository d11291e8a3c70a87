"""Benign hard-negative kinds of batch 322 (code names: parts of a typewriter). Each is a
generator `kind(ctx, rng)` for legitimate customers that a careless campaign detector would flag;
each was built to resemble one of this batch's campaign families (its README card says which)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
    mobile_v6,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind322 import texts
from bench.monitor_blind322.families import BG_BROWSERS, MOBILE_OF_TZ

Rng = np.random.Generator


def _ben(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _train(rng: Rng, start: float, k: int, gap: float, sigma: float = 0.5) -> np.ndarray:
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(k, 1) - 1))]
    )


# 1. an evaluation lab running chain-of-thought benchmarks on every model, the new one on day one


def typebar(ctx: Ctx, rng: Rng) -> None:
    kind = "typebar"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 1, 3), "gcp")
    accts = [
        _ben(ctx, rng, kind, "eval runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=hosts)
        for _ in range(irange(rng, 2, 4))
    ]
    bank_seed = int(rng.integers(0, 2**31))
    n_items = irange(rng, 200, 400)
    langs = ["en"] * n_items
    for i in rng.choice(n_items, size=n_items // 5, replace=False).tolist():
        langs[i] = pick(rng, ("zh", "es"))
    items = [
        texts.eval_item(np.random.default_rng([bank_seed, i]), i + 1, langs[i])
        for i in range(n_items)
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, (old, mini)))
        for _ in range(irange(rng, 1, 3))
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.02, 0.6)) * DAY, new) for _ in range(irange(rng, 2, 4))
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.6, 2.8)) * DAY, pick(rng, (new, old)))
        for _ in range(irange(rng, 1, 2))
    ]
    for r, (s, model) in enumerate(runs):
        subset = rng.choice(n_items, size=irange(rng, n_items // 2, n_items), replace=False)
        ts = _train(rng, s, len(subset), float(rng.uniform(0.4, 1.2)), 0.8)
        ctx.emit(
            rng,
            accts[r % len(accts)],
            ts,
            [items[i] for i in subset.tolist()],
            models=model,
            comp_median=480.0,
            err=0.02,
        )


# 2. a labelling vendor grading a client's support desk against QA rubrics


def ribbon_spool(ctx: Ctx, rng: Rng) -> None:
    kind = "ribbon_spool"
    tz = int(pick(rng, (5, 8)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    backend = cloud(rng, 1, pick(rng, ("aws", "azure")))
    clients = (
        "Northwind Mobile",
        "Helio Energy",
        "Bramble Bank",
        "Quokka Travel",
        "Vireo Health",
        "Pinecrest ISP",
    )
    n = irange(rng, 3, 6)
    for j in range(n):
        client = clients[j % len(clients)]
        a = _ben(
            ctx,
            rng,
            kind,
            f"project key ({client})",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=office + backend,
            tz=tz,
        )
        per_hour = float(rng.uniform(12, 28))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_hour * 6.5 * (ctx.t1 - ctx.t0) / DAY,
            multi_office([tz, tz - 3]),
        )
        prompts = [
            texts.support_transcript(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=260.0, err=0.01
        )


# 3. a social platform's trust-and-safety team: check posts, suggest compliant edits


def shift_lock(ctx: Ctx, rng: Rng) -> None:
    kind = "shift_lock"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("aws", "gcp")))
    platform = pick(rng, ("Threadly", "Marketnest", "Plumtalk", "Kiwiboard"))
    langs = ("en", "de", "es", "pt")
    lw = rng.dirichlet([5.0, 1.0, 1.0, 1.0])
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for _ in range(irange(rng, 2, 4)):
        a = _ben(
            ctx,
            rng,
            kind,
            "moderation service",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
        )
        per_hour = float(rng.uniform(6, 12))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_hour * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(14, 20)), 0.5),
        )
        prompts = [
            texts.moderation_check(rng, ctx.chat, langs[int(rng.choice(4, p=lw))], platform)
            for _ in range(len(ts))
        ]
        models = [ctx.new_model if t >= switch else ctx.old_models[-1] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=180.0, err=0.01)


# 4. a startup's developers using a coding agent in their IDE (tool calls, repo context)


def margin_stop(ctx: Ctx, rng: Rng) -> None:
    kind = "margin_stop"
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    repo = pick(rng, ("acme/checkout", "fernlabs/api", "tiderow/monorepo", "quillhq/web"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    for _ in range(irange(rng, 6, 14)):
        a = _ben(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        adopt = ctx.release + float(rng.uniform(0.0, 2.5)) * DAY
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 8)),
            workday(tz, weekend=0.1),
            float(rng.uniform(10, 22)),
            float(rng.uniform(5, 12)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [texts.ide_agent_step(rng, repo) for _ in range(len(ts))]
        models = [ctx.new_model if t >= adopt else ctx.old_models[0] for t in ts.tolist()]
        extra = rng.integers(3000, 12000, size=len(ts))
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=300.0, extra=extra, err=0.01)


# 5. a company's data team augmenting its own intent classifier's training set, nightly


def tab_stop(ctx: Ctx, rng: Rng) -> None:
    kind = "tab_stop"
    tz = int(pick(rng, (0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = _ben(
            ctx,
            rng,
            kind,
            "augmentation job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        nights = thinned(rng, ctx.t0, ctx.t1, 1.0 * (ctx.t1 - ctx.t0) / DAY, nightly(2.0, 0.5, tz))
        parts = [
            _train(rng, s, irange(rng, 100, 250), float(rng.uniform(1.0, 3.0)))
            for s in nights.tolist()
        ]
        parts.append(thinned(rng, ctx.t0, ctx.t1, 8 * (ctx.t1 - ctx.t0) / DAY, workday(tz)))
        ts = np.sort(np.concatenate(parts))
        prompts = [
            texts.augmentation(rng, pick(rng, ("en", "en", "fr", "de"))) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.4), comp_median=650.0, err=0.01
        )


# 6. people using a bring-your-own-key mobile chat app (multi-turn, phones on carrier networks)


def keylever(ctx: Ctx, rng: Rng) -> None:
    kind = "keylever"
    app_ua = pick(rng, MOBILE[3:])
    for _ in range(irange(rng, 40, 70)):
        tz = int(pick(rng, TZS))
        a = _ben(ctx, rng, kind, "app user", ua=app_ua, ips=home(rng, 1, tz), tz=tz)
        sess = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 3.0)) * 7, evening_person(tz))
        ts_parts, prompts, ips, extra = [], [], [], []
        for s in sess.tolist():
            k = irange(rng, 1, 7)
            ts_parts.append(_train(rng, s, k, float(rng.uniform(40, 150)), 0.8))
            prompts += [pick(rng, ctx.chat)] + [
                texts.followup(rng, "en") if chance(rng, 0.5) else pick(rng, ctx.chat)
                for _ in range(k - 1)
            ]
            ip = mobile_v6(rng, 1, MOBILE_OF_TZ[tz]) if chance(rng, 0.6) else a.ips
            ips += ip * k
            extra += [j * irange(rng, 150, 400) for j in range(k)]
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.3),
            ips=ips,
            extra=extra,
            comp_median=380.0,
            err=0.01,
        )


# 7. a university course cohort: accounts opened the same day, same assignments, deadline rush


def typehead(ctx: Ctx, rng: Rng) -> None:
    kind = "typehead"
    tz = int(pick(rng, TZS))
    course = pick(rng, texts.ASSIGNMENTS)
    campus = home(rng, irange(rng, 1, 2), tz)
    first = ctx.t0 + float(rng.uniform(0.8, 1.8)) * DAY
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 40, 80)):
        a = _ben(
            ctx,
            rng,
            kind,
            "student",
            ua=pick(rng, BG_BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        born = first + float(rng.exponential(6 * HOUR))
        sess = session_times(
            rng, born, ctx.t1, float(rng.uniform(0.4, 1.2)), evening_person(tz), 3.5, 70.0
        )
        rush = session_times(
            rng,
            deadline - 1.5 * DAY,
            deadline,
            float(rng.uniform(0.5, 2.0)),
            evening_person(tz),
            5.0,
            60.0,
        )
        ts = np.sort(np.concatenate([*sess, *rush])) if (sess or rush) else np.empty(0)
        ts = ts[ts >= born]
        prompts = [texts.student_prompt(rng, course, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.3), comp_median=420.0)


# 8. a translation agency's CAT tool: documents into many languages, office hours


def daisywheel(ctx: Ctx, rng: Rng) -> None:
    kind = "daisywheel"
    tz = int(pick(rng, (1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    server = cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    client_names = ("NORDLICHT", "VELA", "ORIGO", "SANTORO", "BLUEFIN")
    for _ in range(irange(rng, 2, 4)):
        a = _ben(
            ctx,
            rng,
            kind,
            "translator team",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=office + server,
            tz=tz,
        )
        per_hour = float(rng.uniform(15, 35))
        ts = thinned(
            rng, ctx.t0, ctx.t1, per_hour * 6.5 * (ctx.t1 - ctx.t0) / DAY, workday(tz, weekend=0.08)
        )
        targets = [
            texts.LANGS_T[i]
            for i in rng.choice(len(texts.LANGS_T), size=irange(rng, 3, 8), replace=False).tolist()
        ]
        prompts = [
            texts.translation_job(rng, ctx.passages, pick(rng, client_names), pick(rng, targets))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.45, 0.15), comp_median=320.0, err=0.01
        )


# 9. an academic study sampling the same prompts many times (calibration / variability)


def paper_bail(ctx: Ctx, rng: Rng) -> None:
    kind = "paper_bail"
    tz = int(pick(rng, (-5, 0, 1, 9)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    hpc = cloud(rng, 1, "azure")
    accts = [
        _ben(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=hpc + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    items = [texts.study_item(rng, ctx.chat) for _ in range(irange(rng, 60, 120))]
    reps = irange(rng, 15, 30)
    models = (ctx.old_models[0], ctx.new_model)
    runs = thinned(rng, ctx.t0 + 1.5 * DAY, ctx.t1, irange(rng, 4, 8), workday(tz))
    if len(runs) == 0:
        runs = np.array([ctx.t0 + 2.4 * DAY])
    for r, s in enumerate(runs.tolist()):
        chosen = rng.choice(len(items), size=irange(rng, 20, len(items)), replace=False).tolist()
        ts = _train(rng, s, len(chosen) * reps, float(rng.uniform(0.6, 2.0)), 0.6)
        model = models[1] if s >= ctx.release and chance(rng, 0.7) else models[0]
        prompts = [items[i] for i in chosen for _ in range(reps)]
        ctx.emit(rng, accts[r % len(accts)], ts, prompts, models=model, comp_median=300.0, err=0.02)


# 10. a marketing agency's internal tool: a key per client, one company card


def drawband(ctx: Ctx, rng: Rng) -> None:
    kind = "drawband"
    tzs = sorted(int(t) for t in rng.choice(np.asarray(TZS), size=2, replace=False).tolist())
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "digitalocean")))
    for _ in range(irange(rng, 8, 16)):
        product = pick(rng, texts.PRODUCTS)
        a = _ben(
            ctx, rng, kind, "client key", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=backend
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 50)) * (ctx.t1 - ctx.t0) / DAY,
            multi_office(tzs),
        )
        prompts = [
            texts.agency_prompt(rng, product) if chance(rng, 0.75) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=450.0, err=0.01
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "typebar": typebar,
    "ribbon_spool": ribbon_spool,
    "shift_lock": shift_lock,
    "margin_stop": margin_stop,
    "tab_stop": tab_stop,
    "keylever": keylever,
    "typehead": typehead,
    "daisywheel": daisywheel,
    "paper_bail": paper_bail,
    "drawband": drawband,
}
