"""Benign hard-negative kinds of blind batch 111 (code names from candle making). Each kind is a
generator `f(ctx, rng)` of legitimate accounts built to resemble one of this batch's campaign
families (or a campaign in general). See README.md (read it only after the monitor's run)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
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
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind111 import texts
from bench.monitor_blind111.families import BG_BROWSER, BG_SDK


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sorted(times: list[float], *cols: list) -> tuple[np.ndarray, ...]:
    ts = np.asarray(times, dtype=np.float64)
    o = np.argsort(ts, kind="stable")
    out: list = [ts[o]]
    for c in cols:
        out.append([c[i] for i in o.tolist()])
    return tuple(out)


def _day_starts(ctx: Ctx) -> list[float]:
    first = np.floor(ctx.t0 / DAY) * DAY
    return [float(first + k * DAY) for k in range(int((ctx.t1 - first) // DAY) + 1)]


# --------------------------------------------------------------------------------------------
# soy_wax: an evaluation lab running chain-of-thought benchmarks on the new model


def soy_wax(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "soy_wax"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    n_items = irange(rng, 250, 600)
    items = [texts.problem(rng, "en") for _ in range(n_items)]
    suite = pick(rng, ("mathx", "reason-bench", "quant-eval", "gsm-hard-v2"))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    # (model, template, start): baselines before the release, the new model right after it,
    # then re-runs with other prompt templates and a control on the old flagship
    runs = [
        (old, 0, ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY),
        (mini, 0, ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY),
    ]
    t = ctx.release + float(rng.uniform(1, 10)) * HOUR
    for tmpl in range(irange(rng, 2, 3)):
        runs.append((new, tmpl, t))
        t += float(rng.uniform(3, 14)) * HOUR
    runs.append((old, 1, t))
    for model, tmpl, s in runs:
        if s >= ctx.t1:
            continue
        a = pick(rng, accts)
        idx = rng.permutation(n_items).tolist()
        ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.4, 1.5)), size=n_items))
        prompts = [texts.eval_item(items[i], f"{suite}-{i:04d}", tmpl) for i in idx]
        ctx.emit(
            rng, a, ts, prompts, models=model, comp_median=480.0 if tmpl == 0 else 60.0, err=0.02
        )
    # a few interactive debugging requests
    for a in accts:
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(5, 25)), workday(pick(rng, (-8, -5, 0, 1)))
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.eval_item(pick(rng, items), "debug", 0) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.1),
        )


# --------------------------------------------------------------------------------------------
# beeswax: a labelling vendor whose annotators pre-grade a client's chatbot with a rubric


def beeswax(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "beeswax"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice([3, 5, 8, 1, -3], size=irange(rng, 2, 3), replace=False)]
    nat = {tz: home(rng, irange(rng, 1, 2), tz) for tz in offices}
    client = pick(rng, ("Northwind Telecom", "Brightside Bank", "Kestrel Air", "Lumen Health"))
    guideline = f"[Client: {client}] Support-bot review guideline v{irange(rng, 2, 5)}.{irange(rng, 0, 9)} (sections 1-7)."
    n = irange(rng, 6, 14)
    for _ in range(n):
        tz = pick(rng, offices)
        ua = pick(rng, BG_BROWSER[:2]) if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
        a = _benign(ctx, rng, kind, "annotator", org=org, pay=card, ua=ua, ips=nat[tz], tz=tz)
        per_h = float(rng.uniform(8, 20))
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_h * 8 * 5 * (ctx.t1 - ctx.t0) / (7 * DAY),
            workday(tz, 8.0, 17.0, 0.02, 0.0),
        )
        prompts = [
            texts.vendor_grading_prompt(rng, ctx.chat, ctx.passages, guideline)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.05),
            comp_median=200.0,
            extra=irange(rng, 300, 700),
        )


# --------------------------------------------------------------------------------------------
# votive: a platform's trust-and-safety queue rewriting and triaging reported posts


def votive(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "votive"
    platform = pick(rng, ("Chirpline", "Forumly", "Neighbr", "Reelspace"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    n_keys = irange(rng, 2, 4)
    langs = ["en", "de", "es", "pt"]
    lw = rng.dirichlet(np.ones(4))
    lw[0] += 1.0
    lw /= lw.sum()
    ua = pick(rng, ("OpenAI/Python 1.54.0", "Go-http-client/2.0"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "moderation_queue",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    pools = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 45)),
        n_keys,
        global_load(float(rng.uniform(14, 21)), 0.6),
    )
    for a, ts in zip(accts, pools, strict=True):
        ls = [langs[i] for i in rng.choice(4, size=len(ts), p=lw).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation_prompt(rng, ctx.chat, lang, platform) for lang in ls],
            models=ctx.models(rng, ts, 0.1, 0.5),
            comp_median=150.0,
        )


# --------------------------------------------------------------------------------------------
# tealight: a coding-agent product (IDE assistant) serving many developers through its backend


def tealight(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tealight"
    product = pick(rng, ("codewren", "stackpilot", "patchling", "forgebot"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    n_keys = irange(rng, 2, 5)
    accts = [
        _benign(ctx, rng, kind, "agent_backend", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    curve = multi_office([-8, -5, 1, 5])
    ep_rate = float(rng.uniform(3, 8))
    starts = thinned(rng, ctx.t0, ctx.t1, ep_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        n = irange(rng, 3, 14)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.8, size=n - 1))])
        for j in range(n):
            p, x = texts.coding_agent_prompt(rng, ctx.chat, product)
            per[k][0].append(float(t[j]))
            per[k][1].append(p)
            per[k][2].append(x)
    for a, (tl, pl, xl) in zip(accts, per, strict=True):
        ts, prompts, extra = _sorted(tl, pl, xl)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.1),
            comp_median=250.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )


# --------------------------------------------------------------------------------------------
# wick_tab: a data team generating augmentation utterances for its own intent classifier


_INTENTS = (
    "freeze a lost card",
    "dispute a charge",
    "change the billing address",
    "raise the credit limit",
    "cancel a subscription",
    "ask why a transfer is pending",
    "order a new SIM",
    "check roaming charges",
    "report a fraud call",
    "update the phone number",
    "close the account",
    "split a payment",
)


def wick_tab(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wick_tab"
    app = pick(rng, ("Pocketly bank", "Telvio mobile", "Fennec Pay"))
    intents = [str(x) for x in rng.choice(_INTENTS, size=irange(rng, 6, 12), replace=False)]
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (0, 1, 2, -5))
        office = home(rng, 1, tz)
        vm = cloud(rng, 1, pick(rng, ("aws", "azure")))
        a = _benign(ctx, rng, kind, "ml_engineer", ua="python-requests/2.32.3", ips=office, tz=tz)
        day_ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)), workday(tz))
        ctx.emit(
            rng,
            a,
            day_ts,
            [texts.augmentation_prompt(rng, app, intents) for _ in range(len(day_ts))],
            models=ctx.models(rng, day_ts, 0.2, 0.3),
            comp_median=600.0,
        )
        runs = []
        for d in _day_starts(ctx):
            if chance(rng, 0.55):
                s = d + (float(rng.uniform(1, 3)) - tz) * HOUR
                runs.extend(
                    bursts(rng, [s], float(rng.uniform(80, 260)), float(rng.uniform(1.5, 5)), 0.4)
                )
        ts = np.sort(np.concatenate(runs)) if runs else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation_prompt(rng, app, intents) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.4),
            ips=vm[0],
            comp_median=700.0,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# melt_pool: a companion/character chat app; every end user's conversation goes through its keys


def melt_pool(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "melt_pool"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "digitalocean")))
    n_keys = irange(rng, 1, 3)
    accts = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=egress
        )
        for _ in range(n_keys)
    ]
    personas = ("Mika", "Leo", "Aria", "Sol", "Juniper")
    per: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for _ in range(irange(rng, 60, 140)):
        tz = pick(rng, TZS)
        persona = pick(rng, personas)
        k = int(rng.integers(n_keys))
        memory = irange(rng, 400, 1200)
        for ses in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.2, 1.2)),
            evening_person(tz),
            float(rng.uniform(5, 12)),
            25.0,
            0.9,
        ):
            for j, t in enumerate(ses.tolist()):
                per[k][0].append(t)
                per[k][1].append(texts.companion_line(rng, persona, ctx.chat))
                per[k][2].append(memory + 60 * j)
    for a, (tl, pl, xl) in zip(accts, per, strict=True):
        ts, prompts, extra = _sorted(tl, pl, xl)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=90.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )


# --------------------------------------------------------------------------------------------
# pour_pot: a programming course cohort (department-paid accounts, campus network, lab sessions)


def pour_pot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pour_pot"
    tz = pick(rng, (-5, 0, 1, 5, 8))
    course = pick(rng, ("CS101", "COMP1511", "INF-120", "CSC108"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 3), tz)
    n = irange(rng, 25, 55)
    labs = []
    for d in _day_starts(ctx):
        wd = int(weekday(np.array([d + 12 * HOUR]), tz)[0])
        if wd in (1, 3):
            labs.append(d + (pick(rng, (10.0, 14.0)) - tz) * HOUR)
    for _ in range(n):
        ua = pick(rng, BG_BROWSER)
        own = home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=campus + own, tz=tz)
        times, prompts, ips = [], [], []
        for li, s in enumerate(labs):
            if not chance(rng, 0.8):
                continue
            k = irange(rng, 2, 9)
            t = (
                s
                + float(rng.uniform(5, 90)) * MINUTE
                + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(150), 0.7, size=k - 1))])
            )
            times.extend(t.tolist())
            prompts.extend(texts.course_prompt(rng, course, li + 3, ctx.chat) for _ in range(k))
            ips.extend(pick(rng, campus) for _ in range(k))
        for ses in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.7)), evening_person(tz), 4.0, 120.0
        ):
            for t in ses.tolist():
                lab = sum(1 for s in labs if s < t) + 2
                times.append(t)
                prompts.append(texts.course_prompt(rng, course, lab, ctx.chat))
                ips.append(own[0])
        ts, prompts, ips = _sorted(times, prompts, ips)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), ips=ips)


# --------------------------------------------------------------------------------------------
# hot_throw: personal accounts whose owners start scripting mid-week (a side project on a VM)


def hot_throw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hot_throw"
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, TZS)
        ip = home(rng, 1, tz)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.6) else pick(rng, BG_SDK)
        a = _benign(ctx, rng, kind, "hobbyist_builder", ua=ua, ips=ip, tz=tz)
        ses = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.8)),
            evening_person(tz),
            float(rng.uniform(2, 6)),
            80.0,
        )
        ts = np.sort(np.concatenate(ses)) if ses else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.sample_chat(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.15),
        )
        change = ctx.t0 + float(rng.uniform(1.5, 5.0)) * DAY
        job = texts.hobby_job_template(rng)
        on_vm = chance(rng, 0.5)
        src = (
            cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "aws", "linode")))[0]
            if on_vm
            else ip[0]
        )
        runs = thinned(rng, change, ctx.t1, irange(rng, 1, 4), evening_person(tz))
        for b in bursts(
            rng, runs, float(rng.uniform(30, 200)), float(rng.uniform(1, 3)), 0.5, ctx.t1
        ):
            ctx.emit(
                rng,
                a,
                b,
                [texts.hobby_job(rng, job, ctx.passages) for _ in range(len(b))],
                models=ctx.models(rng, b, 0.5, 0.4),
                ips=src,
                ua="OpenAI/Python 1.54.0",
                comp_median=120.0,
                err=0.03,
            )


# --------------------------------------------------------------------------------------------
# cold_throw: a research group's sampling-variance / calibration study (same prompt, many times)


def cold_throw(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cold_throw"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 9))
    uni = home(rng, irange(rng, 1, 2), tz)
    study = pick(rng, ("calib", "selfcons", "varstudy"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "phd_student",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=uni,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    n_items = irange(rng, 30, 80)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    plan = [
        (old, ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY),
        (mini, ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY),
        (new, ctx.release + float(rng.uniform(0.5, 1.5)) * DAY),
    ]
    for model, s in plan:
        s = s - (local_hour(np.array([s]), tz)[0] - 10.0) * HOUR  # start at 10:00 local that day
        if s >= ctx.t1:
            continue
        a = pick(rng, accts)
        reps = pick(rng, (10, 20, 30))
        times, prompts = [], []
        t = s
        for i in range(n_items):
            p = texts.consistency_item(rng, study, i)
            t += float(rng.uniform(1, 6))
            seq = t + np.cumsum(rng.exponential(0.8, size=reps))
            times.extend(seq.tolist())
            prompts.extend([p] * reps)
            t = float(seq[-1])
        ctx.emit(rng, a, np.asarray(times), prompts, models=model, comp_median=220.0, err=0.03)
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.consistency_item(rng, study, irange(rng, 0, n_items - 1))
                if chance(rng, 0.5)
                else texts.sample_chat(rng, ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.4, 0.1),
        )


# --------------------------------------------------------------------------------------------
# double_boiler: a product's model-migration job replaying its own logged prompts on the new model


def double_boiler(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "double_boiler"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    prod = [
        _benign(
            ctx, rng, kind, "product_key", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=egress
        )
        for _ in range(irange(rng, 1, 3))
    ]
    ev = _benign(
        ctx,
        rng,
        kind,
        "migration_eval",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=egress[:1],
    )
    curve = global_load(float(rng.uniform(10, 20)), 0.6)
    pools = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 28)), len(prod), curve)
    canary_ts = ctx.release + float(rng.uniform(1.5, 2.5)) * DAY
    canary = float(rng.uniform(0.1, 0.25))
    logged: list[str] = []
    for a, ts in zip(prod, pools, strict=True):
        prompts = [texts.sample_chat(rng, ctx.chat, 1500) for _ in range(len(ts))]
        logged.extend(p for p, t in zip(prompts, ts.tolist(), strict=True) if t < ctx.release)
        models = [
            ctx.new_model
            if (t >= canary_ts and chance(rng, canary))
            else (ctx.old_models[-1] if chance(rng, 0.2) else ctx.old_models[0])
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=340.0)
    if not logged:
        logged = [texts.sample_chat(rng, ctx.chat) for _ in range(200)]
    sample = [logged[i] for i in rng.permutation(len(logged))[: irange(rng, 300, 1200)].tolist()]
    # replay the sample on the new model (and a control on the old one) in nightly chunks
    s = ctx.release + float(rng.uniform(6, 30)) * HOUR
    chunk = irange(rng, 100, 250)
    for model in (ctx.new_model, ctx.old_models[0]):
        for c0 in range(0, len(sample), chunk):
            part = sample[c0 : c0 + chunk]
            ts = s + np.cumsum(rng.exponential(0.7, size=len(part)))
            ctx.emit(rng, ev, ts, part, models=model, comp_median=340.0, err=0.02)
            s = float(ts[-1]) + float(rng.uniform(0.5, 3)) * HOUR
    # and a nightly regression check of a fixed slice once the canary is live
    fixed = sample[:50]
    nightly_ts = thinned(rng, canary_ts, ctx.t1, 50 * 2, nightly(2.0, 1.0, 0))
    ctx.emit(
        rng,
        ev,
        nightly_ts,
        [fixed[i % len(fixed)] for i in range(len(nightly_ts))],
        models=ctx.new_model,
        comp_median=340.0,
    )


BENIGN_KINDS = {
    "soy_wax": soy_wax,
    "beeswax": beeswax,
    "votive": votive,
    "tealight": tealight,
    "wick_tab": wick_tab,
    "melt_pool": melt_pool,
    "pour_pot": pour_pot,
    "hot_throw": hot_throw,
    "cold_throw": cold_throw,
    "double_boiler": double_boiler,
}
