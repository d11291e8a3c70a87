"""Benign hard-negative kinds of blind batch 175 (code names: words from sipa, the Filipino foot game).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    picks,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind175 import texts as tx

BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label=BENIGN, family=kind, role=role, **kw)


def _cycle_models(ctx: Ctx, ts: np.ndarray, offset: int = 0) -> list[str]:
    """An eval lab's comparison: every model in turn (the new one only once it exists)."""
    out = []
    for j, t in enumerate(ts.tolist()):
        avail = ctx.old_models + ([ctx.new_model] if t >= ctx.release else [])
        out.append(avail[(j + offset) % len(avail)])
    return out


# ============================================================================================
# sipa: an evaluation lab benchmarking the new model on release day (looks like reasoning harvest)


def sipa(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sipa"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    ua = pick(
        rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    )
    tz = pick(rng, (-8, -5, 1))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        for _ in range(irange(rng, 4, 8))
    ]
    launch = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    for i, a in enumerate(keys):
        suite = tx.EVAL_SUITES[i % len(tx.EVAL_SUITES)]
        n_items = irange(rng, 300, 800)
        run = (
            launch
            + float(rng.uniform(0, 2)) * HOUR
            + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=n_items))
        )
        nightly_ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(80, 200)) * 7, nightly(1.0, 2.5, tz)
        )
        ctx.emit(
            rng,
            a,
            run,
            [tx.eval_item(rng, suite) for _ in range(n_items)],
            models=ctx.new_model,
            comp_median=700.0 if suite != "code" else 250.0,
        )
        ctx.emit(
            rng,
            a,
            nightly_ts,
            [tx.eval_item(rng, suite) for _ in range(len(nightly_ts))],
            models=_cycle_models(ctx, nightly_ts, i),
            comp_median=600.0,
        )


# ============================================================================================
# sipa_lipa: conversation-QA vendor grading a client's support transcripts (looks like judge harvest)


def sipa_lipa(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sipa_lipa"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    tz = pick(rng, (1, -5, 5))
    brands = ("Telvora", "Mercado Sul", "Brightline Energy", "PayKite", "Homely Rentals")
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "qa_pipeline",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        brand = pick(rng, brands)
        day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)) * 9 * 5, workday(tz))
        night = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(100, 300)) * 7, nightly(23.0, 1.5, tz)
        )
        ts = _cat([day, night])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.qa_grading(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=220.0,
        )


# ============================================================================================
# washer: a social platform's trust & safety tooling (looks like policy-rewrite harvest)


def washer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "washer"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    platform = pick(rng, ("Chirpy", "Vozes", "Kanto", "Loopit"))
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=card,
            ua=pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "Go-http-client/2.0")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(20, 45)),
        len(keys),
        global_load(float(rng.uniform(14, 22)), 0.5),
    )
    for a, ts in zip(keys, streams, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_prompt(rng, platform, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=120.0,
        )


# ============================================================================================
# ribbon: a coding-agent product's backend (looks like tool-use harvest)


def ribbon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ribbon"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Forgepilot", "Shiplane", "CodeTern"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    keys = [
        _acct(ctx, rng, kind, "product_backend", org=org, pay=card, ua=ua, ips=cloud(rng, 2, "aws"))
        for _ in range(irange(rng, 3, 6))
    ]
    curve = multi_office((-8, -5, 1, 5))
    sessions = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), len(keys), curve)
    for a, starts in zip(keys, sessions, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            t = s
            for _ in range(irange(rng, 1, 3)):
                k = irange(rng, 3, 14)
                steps = tx.coding_agent_steps(rng, product, k, ctx.chat)
                tt = t + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))]
                )
                ts_all.extend(tt.tolist())
                prompts.extend(steps)
                base = irange(rng, 2000, 6000)
                extra.extend([base + 150 * j for j in range(k)])
                t = float(tt[-1]) + float(rng.lognormal(np.log(240), 0.8))
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=260.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )


# ============================================================================================
# lead_disc: a bank's data team augmenting training data for its own intent classifier


def lead_disc(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lead_disc"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 0, -5))
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "data_scientist",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 5, workday(tz, weekend=0.0, night=0.0)
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(30, 120)), float(rng.uniform(2, 5)), 0.5, ctx.t1)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=900.0,
        )


# ============================================================================================
# footbag: a companion app (looks like multi-turn dialogue harvest)


def footbag(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "footbag"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("Kindred", "Hearthly", "Amiga AI"))
    ips = cloud(rng, 3, "gcp")
    keys = [
        _acct(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="Go-http-client/2.0", ips=ips
        )
        for _ in range(irange(rng, 2, 3))
    ]
    sessions = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(5, 9)),
        len(keys),
        global_load(float(rng.uniform(18, 23)), 0.6),
    )
    for a, starts in zip(keys, sessions, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 3, 12)
            ts_all.extend(
                (
                    s
                    + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40), 0.7, size=k - 1))])
                ).tolist()
            )
            prompts.extend(tx.companion_turns(rng, app, k, ctx.chat))
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.7),
            comp_median=90.0,
        )


# ============================================================================================
# kicker: a marketing-copy tool with a "variations" button (looks like best-of-n sampling)


def kicker(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kicker"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tool = pick(rng, ("AdSpark", "Copyloom", "Taglino"))
    ips = cloud(rng, irange(rng, 1, 2), "digitalocean")
    keys = [
        _acct(ctx, rng, kind, "product_backend", org=org, pay=card, ua="axios/1.7.9", ips=ips)
        for _ in range(irange(rng, 1, 2))
    ]
    actions = worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)), len(keys), multi_office((-5, 0, 1, -8))
    )
    for a, starts in zip(keys, actions, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            p = tx.copy_prompt(rng, tool)
            n = irange(rng, 3, 5)
            ts_all.extend((s + rng.uniform(0.05, 0.5, size=n)).tolist())
            prompts.extend([p] * n)
            if chance(rng, 0.3):
                r = s + float(rng.uniform(20, 90))
                ts_all.extend((r + rng.uniform(0.05, 0.5, size=n)).tolist())
                prompts.extend([p] * n)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=110.0,
        )


# ============================================================================================
# barangay: a university programming course (a crowd with identical prompts at the same time)


def barangay(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "barangay"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 1, -3, 5))
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS 101", "INF-1100", "Programação I", "CMSC 11"))
    lab_days = sorted(set(picks(rng, (0, 1, 2, 3, 4), 2)))
    lab_hour = float(pick(rng, (9, 10, 13, 14)))
    days = np.arange(np.floor(ctx.t0 / DAY), np.ceil(ctx.t1 / DAY) + 1) * DAY - tz * HOUR
    labs = [
        d + lab_hour * HOUR
        for d in days.tolist()
        if int(weekday(np.asarray([d + 12 * HOUR]), tz)[0]) in lab_days
    ]
    labs = [x for x in labs if ctx.t0 <= x < ctx.t1]
    assignment = {x: pick(rng, tx.ASSIGNMENTS) for x in labs}
    for _ in range(irange(rng, 40, 80)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts_all, ips, prompts = [], [], []
        for x in labs:
            if not chance(rng, 0.85):
                continue
            k = irange(rng, 2, 10)
            t = (
                x
                + float(rng.uniform(0, 40)) * MINUTE
                + np.cumsum(rng.lognormal(np.log(240), 0.7, size=k))
            )
            ts_all.extend(t.tolist())
            ips.extend(picks(rng, campus, k))
            prompts.extend(tx.course_prompt(rng, course, assignment[x], ctx.chat) for _ in range(k))
        hw = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 0.8)), evening_person(tz), 4.0, 150.0
            )
        )
        ts_all.extend(hw.tolist())
        ips.extend([a.ips[-1]] * len(hw))
        prompts.extend(
            tx.course_prompt(rng, course, pick(rng, tx.ASSIGNMENTS), ctx.chat)
            for _ in range(len(hw))
        )
        if not ts_all:
            continue
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            ips=[ips[j] for j in order.tolist()],
            comp_median=400.0,
        )


# ============================================================================================
# fiesta: a digital agency running client bots, one key per client on one card (looks like a key farm)


def fiesta(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "fiesta"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    server = cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "digitalocean", "ovh")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "ruby-openai/7.3.1"))
    bizzes = (
        "Casa Lupe",
        "Northgate Dental",
        "Urban Nest Realty",
        "Pho Saigon",
        "BrightSmile Clinic",
        "Kiln & Co",
        "Seaside Rentals",
        "Taqueria Azul",
        "Greenleaf Florist",
        "Alpine Physio",
        "Luna Bakery",
        "Metro Movers",
    )
    for _ in range(irange(rng, 10, 22)):
        tz = pick(rng, TZS)
        a = _acct(ctx, rng, kind, "client_key", org=org, pay=card, ua=ua, ips=server, tz=tz)
        tpl = pick(rng, tx.CLIENT_TEMPLATES)
        biz, city = pick(rng, bizzes), pick(rng, tx.CITIES)
        per_day = float(rng.lognormal(np.log(50), 0.9))
        curve = workday(tz, 7, 22, 0.6) if chance(rng, 0.5) else evening_person(tz)
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * 7, curve)
        p_new = 0.7 if chance(rng, 0.3) else 0.05
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, tpl, biz, city, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.4),
            comp_median=300.0,
        )


# ============================================================================================
# instep: an HCI study's participants (a person-like crowd on one lab's keys)


def instep(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "instep"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 30, 60)
    wave_days = [ctx.t0 + d * DAY for d in range(1, 7)]
    for _ in range(n):
        tz = pick(rng, TZS)
        a = _acct(
            ctx,
            rng,
            kind,
            "participant",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        day = pick(rng, wave_days)
        cand = np.linspace(day, day + DAY, 96, endpoint=False)
        hours = local_hour(cand, tz)
        ok = cand[(hours >= 9) & (hours <= 21)]
        start = float(pick(rng, ok.tolist())) + float(rng.uniform(0, 15)) * MINUTE
        k = irange(rng, 8, 25)
        ts = start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(90), 0.6, size=k - 1))])
        new_arm = chance(rng, 0.5) and start >= ctx.release
        ctx.emit(
            rng,
            a,
            ts,
            [tx.study_task_prompt(rng, ctx.chat, ctx.passages) for _ in range(k)],
            models=ctx.new_model if new_arm else ctx.old_models[0],
            comp_median=450.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "sipa": sipa,
    "sipa_lipa": sipa_lipa,
    "washer": washer,
    "ribbon": ribbon,
    "lead_disc": lead_disc,
    "footbag": footbag,
    "kicker": kicker,
    "barangay": barangay,
    "fiesta": fiesta,
    "instep": instep,
}
