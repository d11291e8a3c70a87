"""Hard-negative benign kinds of blind batch 23 (code names only; descriptions in README.md).

Each kind is `fn(ctx, rng)`: legitimate API customers whose traffic superficially resembles
harvesting (automation, volume, templates, cloud addresses, long outputs, many keys or many
addresses). Parameters are drawn from `rng`.
"""

from __future__ import annotations

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
    jitter_start,
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind23 import texts

BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _days(ctx: Ctx) -> list[float]:
    """UTC midnights from the day before the window to its end."""
    d0 = np.floor(ctx.t0 / DAY) * DAY - DAY
    return [float(d) for d in np.arange(d0, ctx.t1 + DAY, DAY)]


# ---------------------------------------------------------------------------------------------
# poplin: online shops / an e-commerce agency generating catalogue copy. A nightly job (local
# night) walks the product feed and asks for a description per SKU in the shop's languages, from
# one or two fixed AWS addresses, cheap model; during office hours staff make a few ad-hoc edits
# from the browser at home/office addresses.


def poplin(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "poplin"
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (-5, 0, 1, 2, -8)))
        brand = pick(rng, ("Northwind", "Lumen & Co", "Kestrel Outdoor", "Maison Bleu", "Tidepool", "Oakhaven",
                           "Brightside Kids", "Fjell"))
        langs = [str(x) for x in rng.choice(texts.POPLIN_LANGS, size=irange(rng, 1, 4), replace=False)]
        a = ctx.account(rng, label=BENIGN, family=kind, role="shop", ua="OpenAI/Python 1.58.1",
                        ips=cloud(rng, irange(rng, 1, 2), "aws"), tz=tz)
        night = float(rng.uniform(0.5, 3.0))
        size = float(rng.uniform(120, 400))
        gap = float(rng.uniform(1.5, 5.0))
        starts = []
        for d in _days(ctx):
            s = d + ((night - tz) % 24.0) * HOUR + float(rng.uniform(0, 15)) * MINUTE
            wd = int((np.floor((s + tz * HOUR) / DAY) + 3) % 7)
            if wd >= 5 and chance(rng, 0.5):
                continue
            starts.append(s)
        ts = _cat(bursts(rng, np.asarray(starts), size, gap, gap_sigma=0.3))
        prompts = [texts.poplin_prompt(rng, brand, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.15, p_mini=0.7), comp_median=260.0,
                 comp_sigma=0.35, err=0.01)
        staff = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), workday(tz), 3.0, 90.0))
        ctx.emit(rng, a, staff, [texts.poplin_edit(rng) for _ in range(len(staff))],
                 models=ctx.models(rng, staff, p_new=0.5), ips=home(rng, 1, tz)[0], ua=pick(rng, BROWSERS),
                 comp_median=180.0, comp_sigma=0.5)


# ---------------------------------------------------------------------------------------------
# damask: a university group benchmarking the newly released model. Baseline runs on the old
# model before release; within a day of release, several full passes over the same benchmark
# (the same items every run) with different prompt formats, including chain-of-thought ("Let's
# think step by step") and JSON-with-reasoning, fired at high concurrency from a cloud VM, several
# lab members' keys on one card; a little interactive use from home.


def damask(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "damask"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 1, 9, 8, 0)))
    vm = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws")))
    members = [ctx.account(rng, label=BENIGN, family=kind, role="researcher", org=org, pay=pay,
                           ua=pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1", "litellm/1.60.2")),
                           ips=vm, tz=tz) for _ in range(n)]
    offset = irange(rng, 0, 100000)
    bench_n = irange(rng, 250, 600)
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 1, 2)):
        runs.append((float(rng.uniform(ctx.t0 + DAY, ctx.release - 2 * HOUR)), ctx.old_models[0]))
    first = ctx.release + float(rng.uniform(1, 20)) * HOUR
    for j in range(irange(rng, 2, 5)):
        t = first if j == 0 else float(rng.uniform(first, ctx.t1 - 6 * HOUR))
        runs.append((t, ctx.new_model if chance(rng, 0.8) else ctx.old_models[0]))
    for t, model in runs:
        a = pick(rng, members)
        fmt, tmpl, comp = texts.DAMASK_FORMATS[irange(rng, 0, len(texts.DAMASK_FORMATS) - 1)]
        rate = float(rng.uniform(400, 1200))
        dur = bench_n / rate * HOUR
        ts = np.sort(rng.uniform(t, t + dur, size=bench_n))
        prompts = [tmpl.format(item=texts.damask_item(offset + i)) for i in rng.permutation(bench_n).tolist()]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, comp_sigma=0.4, err=0.03)
    for a in members:
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), workday(tz), 4.0, 120.0))
        ctx.emit(rng, a, ts, picks(rng, ctx.chat, len(ts)), models=ctx.models(rng, ts, p_new=0.7),
                 ips=home(rng, 1, tz)[0], ua=pick(rng, BROWSERS), comp_median=400.0)


# ---------------------------------------------------------------------------------------------
# corduroy: an ed-tech vendor that grades student essays against a rubric for schools. Teachers
# upload a class set at a time (bursts of a few to ~30 essays), during school hours and again in
# the evening and on Sunday evening; rubric-scored JSON feedback; Azure-hosted backend, pinned
# to the old model.


def corduroy(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "corduroy"
    for _ in range(irange(rng, 1, 3)):
        tz = int(pick(rng, (-5, -8, 0, 1)))
        school = workday(tz, start=8.0, end=16.0, weekend=0.02)

        def curve(ts: np.ndarray, tz: int = tz, school=school) -> np.ndarray:
            h = ((np.asarray(ts) + tz * HOUR) % DAY) / HOUR
            wd = (np.floor((np.asarray(ts) + tz * HOUR) / DAY).astype(np.int64) + 3) % 7
            eve = np.exp(-0.5 * ((h - 20.0) / 1.5) ** 2)
            eve = np.where(wd == 5, 0.1 * eve, eve)
            return np.clip(school(ts) * 0.8 + eve, 0, 1)

        a = ctx.account(rng, label=BENIGN, family=kind, role="vendor",
                        ua=pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                        ips=cloud(rng, irange(rng, 2, 4), "azure"), tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * (ctx.t1 - ctx.t0) / DAY, curve)
        ts = _cat(bursts(rng, starts, float(rng.uniform(5, 25)), float(rng.uniform(3, 10))))
        prompts = [texts.corduroy_prompt(rng, irange(rng, 5, 12)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.1), comp_median=380.0, comp_sigma=0.4)


# ---------------------------------------------------------------------------------------------
# chambray: a multi-tenant agent-builder SaaS. One org and one card, one key per tenant
# workspace, all from the platform's GCP egress block. Tenants' end users talk to support /
# booking / HR bots in the tenants' time zones; each user message drives an agent loop of several
# calls in quick succession carrying the same last user message and a growing hidden context
# (tool schemas and results). Tenants pin different models; some upgrade after the release.


def chambray(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chambray"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "gcp", 1, irange(rng, 4, 8))
    domains = list(texts.CHAMBRAY_DOMAINS)
    for _ in range(irange(rng, 10, 25)):
        tz = int(pick(rng, TZS))
        dom = pick(rng, domains)
        a = ctx.account(rng, label=BENIGN, family=kind, role="tenant", org=org, pay=pay,
                        ua="OpenAI/NodeJS 4.85.1", ips=block, tz=tz)
        start = ctx.t0 if chance(rng, 0.8) else jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        per_day = float(np.clip(rng.lognormal(np.log(6), 1.0), 1, 80))
        curve = evening_person(tz) if dom in ("clinic", "realestate") else workday(tz, weekend=0.2)
        msgs = session_times(rng, start, ctx.t1, per_day, curve, 3.0, 40.0)
        pinned = pick(rng, ctx.old_models)
        upgrade = ctx.release + float(rng.uniform(0, 2)) * DAY if chance(rng, 0.5) else np.inf
        ts_l, pr_l, ex_l, cm_l = [], [], [], []
        for sess in msgs:
            for t in sess.tolist():
                msg = texts.chambray_prompt(rng, dom)
                steps = 1 + int(rng.geometric(0.45))
                base = irange(rng, 600, 2500)
                tt = t
                for s in range(steps):
                    ts_l.append(tt)
                    pr_l.append(msg)
                    ex_l.append(base + s * irange(rng, 200, 600))
                    cm_l.append(220.0 if s == steps - 1 else 60.0)
                    tt += float(rng.uniform(1.5, 6.0))
        ts = np.asarray(ts_l)
        models = [ctx.new_model if t >= upgrade else pinned for t in ts.tolist()]
        ctx.emit(rng, a, ts, pr_l, models=models, comp_median=np.asarray(cm_l), comp_sigma=0.5,
                 extra=np.asarray(ex_l, dtype=np.int64), err=0.01)


# ---------------------------------------------------------------------------------------------
# velour: a phone keyboard app that rewrites messages ("more polite", "fix grammar") and calls
# the API straight from the handsets with an embedded key: one key per platform, worldwide
# daytime load, every request from a different carrier IPv6 or home Wi-Fi address, mobile user
# agents, the small model, very short outputs.


def velour(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "velour"
    platforms = [("ios", tuple(u for u in MOBILE if "iPhone" in u or "CFNetwork" in u)),
                 ("android", tuple(u for u in MOBILE if "Android" in u or "okhttp" in u))]
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    peak = float(rng.uniform(12, 20))
    kinds6 = ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")
    for name, uas in platforms[:n]:
        a = ctx.account(rng, label=BENIGN, family=kind, role=name, org=org, pay=pay, ua=uas[0],
                        ips=resi(rng, 1, "*"))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 60)) * (ctx.t1 - ctx.t0) / HOUR,
                     global_load(peak, 0.5))
        m = len(ts)
        src = np.where(rng.random(m) < 0.7, rng.integers(0, len(kinds6), size=m), len(kinds6))  # last: home Wi-Fi
        ips = [""] * m
        for j, k6 in enumerate(kinds6):
            where = np.flatnonzero(src == j).tolist()
            for w, addr in zip(where, mobile_v6(rng, len(where), k6), strict=True):
                ips[w] = addr
        where = np.flatnonzero(src == len(kinds6)).tolist()
        for w, addr in zip(where, resi(rng, len(where), "*") if where else [], strict=True):
            ips[w] = addr
        ctx.emit(rng, a, ts, [texts.velour_prompt(rng) for _ in range(len(ts))], models=ctx.old_models[-1],
                 ips=ips, ua=picks(rng, uas, len(ts)), comp_median=45.0, comp_sigma=0.5, err=0.01)


BENIGN_KINDS = {
    "chambray": chambray,
    "corduroy": corduroy,
    "damask": damask,
    "poplin": poplin,
    "velour": velour,
}

__all__ = ["BENIGN_KINDS"]
