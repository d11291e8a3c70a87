"""Hard-negative benign kinds of blind batch 29 (legitimate API customers that look superficially
like harvesting), written without reading the monitor. Each kind is `f(ctx, rng)`. Parameters are
drawn per seed. Code names only; README.md describes each kind.
"""

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
    hexid,
    irange,
    jitter_start,
    nightly,
    pick,
    resi,
    thinned,
    workday,
)
from bench.monitor_blind29 import texts

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# TRESTLE: a school platform's essay-marking service — a production key and a staging key (plus
# maybe a regional key) in one org, on a couple of NAT gateways of one cloud; submissions follow
# the school day and the evening, with spikes just before homework deadlines at 23:59 local.


def trestle(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "trestle"
    n = irange(rng, 2, 4)
    tz = pick(rng, TZS)
    org = hexid(rng, "org")
    nat = cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "azure")))
    day, eve = workday(tz, start=8, end=16, weekend=0.15, night=0.03), evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(day(ts), 0.55 * eve(ts))

    deadlines = [ctx.t0 + (d + 1) * DAY - tz * HOUR - 60.0 for d in
                 sorted(rng.choice(7, size=irange(rng, 1, 3), replace=False).tolist())]
    for i in range(n):
        staging = i == 1
        acct = ctx.account(rng, label=LABEL, family=fam, role="staging" if staging else "production", org=org,
                           ua="OpenAI/NodeJS 4.85.1", ips=nat, tz=tz)
        per_day = float(rng.uniform(15, 40)) if staging else float(rng.uniform(120, 380))
        parts = [thinned(rng, ctx.t0, ctx.t1, per_day * 7, curve)]
        if not staging:
            for dl in deadlines:
                k = irange(rng, 80, 400)
                parts.append(dl - np.minimum(rng.exponential(float(rng.uniform(30, 70)) * MINUTE, size=k), 4 * HOUR))
        ts = _cat(parts)
        models = ctx.models(rng, ts, p_new=0.6 if staging else 0.08, p_mini=0.1)
        ctx.emit(rng, acct, ts, [texts.trestle_prompt(rng, ctx.passages) for _ in range(len(ts))], models=models,
                 comp_median=280, comp_sigma=0.35, err=0.01)


# --------------------------------------------------------------------------------------------
# PONTOON: web shops' nightly catalogue translation — one static hosting address per key, a
# fixed list of target languages, every product description translated into each of them in a
# night-time batch window, mostly on the small model.


def pontoon(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "pontoon"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, TZS)
        acct = ctx.account(rng, label=LABEL, family=fam, role="catalogue-sync",
                           ua=pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0")),
                           ips=cloud(rng, 1, pick(rng, ("aws", "gcp", "hetzner", "ovh", "scaleway"))), tz=tz)
        langs = [str(x) for x in rng.choice(texts.PONTOON_LANGS, size=irange(rng, 4, 9), replace=False)]
        style = int(rng.integers(0, 2))
        products = float(rng.uniform(30, 110))
        curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 5)), tz)
        ts = thinned(rng, ctx.t0, ctx.t1, products * len(langs) * 7, curve)
        prompts = [texts.pontoon_prompt(rng, pick(rng, langs), style) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.05, p_mini=0.55), comp_median=190,
                 comp_sigma=0.35, err=0.005)


# --------------------------------------------------------------------------------------------
# CANTILEVER: an academic lab benchmarking the new model against the old one right after the
# release — fresh keys, university and cloud-cluster addresses, evaluation runs of a few hundred
# items with several samples per item fired at a steady concurrency, each run on one model.


def cantilever(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "cantilever"
    org = hexid(rng, "org")
    uni = resi(rng, irange(rng, 1, 2), pick(rng, ("eu", "us", "jp_kr")))
    cluster = cloud(rng, irange(rng, 1, 4), "gcp")
    for i in range(irange(rng, 2, 5)):
        veteran = i == 0 and chance(rng, 0.6)
        acct = ctx.account(rng, label=LABEL, family=fam, role="evaluator", org=org,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2",
                                         "lm-eval-harness/0.4.7 python-requests/2.32.3")),
                           ips=uni + cluster)
        created = ctx.t0 + float(rng.uniform(0, 2)) * DAY if veteran else ctx.release + float(rng.uniform(0, 8)) * HOUR
        for _ in range(irange(rng, 2, 6)):
            s = float(rng.uniform(created, min(ctx.t1, max(created, ctx.release) + 2.5 * DAY)))
            kind = int(rng.choice(3, p=(0.45, 0.35, 0.2)))
            items = [texts.cantilever_item(rng, kind) for _ in range(irange(rng, 80, 300))]
            k = 1 if kind == 1 else irange(rng, 2, 5)
            prompts = [p for p in items for _ in range(k)]
            rate = float(rng.uniform(0.5, 3.0))
            ts = s + np.cumsum(rng.exponential(1 / rate, size=len(prompts)))
            model = ctx.new_model if (s >= ctx.release and chance(rng, 0.6)) else pick(rng, ctx.old_models)
            comp = {0: 900.0, 1: 3.0, 2: 180.0}[kind]
            ips = cluster if chance(rng, 0.7) else uni
            ctx.emit(rng, acct, ts, prompts, models=model, ips=[pick(rng, ips) for _ in range(len(ts))],
                     comp_median=comp, comp_sigma=0.5 if kind != 1 else 0.2, err=0.03)


# --------------------------------------------------------------------------------------------
# VIADUCT: a sales-enrichment SaaS that provisions one key per tenant under its own org and card;
# all tenant traffic leaves through the platform's two or three cloud egress addresses with one
# client UA and three prompt templates; tenants work their own office hours, and some upload a
# CSV once, which fans out into a tight burst of rows.


def viaduct(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "viaduct"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    for _ in range(irange(rng, 18, 34)):
        tz = pick(rng, TZS)
        acct = ctx.account(rng, label=LABEL, family=fam, role="tenant", org=org, pay=pay, ua="axios/1.7.9",
                           ips=egress, tz=tz)
        style = int(rng.choice(3, p=(0.5, 0.3, 0.2)))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        parts = [thinned(rng, start, ctx.t1, float(rng.lognormal(np.log(25), 1.0)) * (ctx.t1 - start) / DAY,
                         workday(tz))]
        if chance(rng, 0.35):
            s = thinned(rng, start, ctx.t1, 1.0, workday(tz))[:1]
            parts += bursts(rng, s, float(rng.uniform(200, 1200)), 0.8, b=ctx.t1)
        ts = _cat(parts)
        ctx.emit(rng, acct, ts, [texts.viaduct_prompt(rng, style) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6), comp_median=(90, 70, 60)[style], comp_sigma=0.35)


# --------------------------------------------------------------------------------------------
# CATENARY: a company's agent regression suite in CI — a fixed set of tool-calling cases replayed
# verbatim on every push (from a fresh runner address each time) and three times over every night;
# after the release the nightly run covers both models.


def catenary(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "catenary"
    tz = pick(rng, TZS)
    org = hexid(rng, "org")
    cases = texts.catenary_cases(rng, irange(rng, 30, 80))
    ci = ctx.account(rng, label=LABEL, family=fam, role="ci", org=org, ua="OpenAI/Python 1.58.1",
                     ips=cloud(rng, 1, "azure"), tz=tz)
    nightly_acct = ctx.account(rng, label=LABEL, family=fam, role="nightly", org=org, ua="OpenAI/Python 1.58.1",
                               ips=cloud(rng, 1, "azure"), tz=tz) if chance(rng, 0.6) else ci
    pushes = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 20)) * 7, workday(tz))
    for s in pushes.tolist():
        sub = [cases[j] for j in np.flatnonzero(rng.random(len(cases)) < rng.uniform(0.5, 1.0)).tolist()]
        if not sub:
            continue
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=len(sub) - 1))])
        model = ctx.new_model if (s >= ctx.release and chance(rng, 0.3)) else ctx.old_models[0]
        ctx.emit(rng, ci, ts, sub, models=model, ips=cloud(rng, 1, "azure")[0], comp_median=90, comp_sigma=0.4)
    night_h = float(rng.uniform(1, 4))
    for d in range(8):
        s = ctx.t0 + d * DAY + (night_h - tz) * HOUR
        if not ctx.t0 <= s < ctx.t1 - HOUR:
            continue
        models = [ctx.old_models[0]] + ([ctx.new_model] if s >= ctx.release else [])
        run = [(c, m) for m in models for _ in range(3) for c in cases]
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=len(run) - 1))])
        ctx.emit(rng, nightly_acct, ts, [c for c, _ in run], models=[m for _, m in run],
                 ips=cloud(rng, 1, "azure")[0], comp_median=90, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# BASCULE: a content-marketing agency generating long SEO articles for its clients — a few writer
# keys in one org on one droplet provider, queued in batches during the agency's working day,
# very long completions, eager to use the newest model.


def bascule(ctx: Ctx, rng: np.random.Generator) -> None:
    fam = "bascule"
    org = hexid(rng, "org")
    tz = pick(rng, TZS)
    ips = cloud(rng, irange(rng, 1, 2), "digitalocean")
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(rng, label=LABEL, family=fam, role="writer", org=org, ua="python-requests/2.32.3",
                           ips=ips, tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)) * 7, workday(tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(6, 18)), 25.0, b=ctx.t1))
        ctx.emit(rng, acct, ts, [texts.bascule_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.5, p_mini=0.0), comp_median=2600, comp_sigma=0.3)


BENIGN_KINDS = {
    "bascule": bascule,
    "cantilever": cantilever,
    "catenary": catenary,
    "pontoon": pontoon,
    "trestle": trestle,
    "viaduct": viaduct,
}
