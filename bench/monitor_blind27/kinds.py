"""Hard-negative benign kinds of blind batch 27: legitimate API customers whose traffic looks
superficially like harvesting (automated, templated, high-volume, cloud-hosted, long answers,
fresh accounts at the release, many addresses on one key, short labels). Each is `f(ctx, rng)`;
code names only, descriptions in comments and README.md.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    resi,
    sdk_ua,
    thinned,
    workday,
)
from bench.monitor_blind27 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# gruyere: online retailers' catalogue enrichment. A nightly job on AWS writes product copy from
# attribute sheets in the shop's locales (hundreds a night, templated), plus a trickle of daytime
# re-runs by merchandisers. Old flagship; about half the shops switch the job to the new model a
# day or two after the release.


def gruyere(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (-5, -8, 0, 1, 2, 9)))
        locales = [str(x) for x in rng.choice(tx.LOCALES, size=irange(rng, 1, 4), replace=False)]
        style = int(rng.integers(2))
        switch = ctx.release + float(rng.uniform(1, 2.5)) * DAY if chance(rng, 0.5) else np.inf
        ips = cloud(rng, irange(rng, 1, 3), "aws")
        per_night = float(rng.lognormal(np.log(280), 0.4))
        start_h, dur = float(rng.uniform(0, 4)), float(rng.uniform(1, 3))
        shop_org = None
        shop_pay = None
        for j in range(irange(rng, 1, 2)):
            a = _benign(ctx, rng, "gruyere", "catalogue_job", org=shop_org, pay=shop_pay, ua=sdk_ua(rng, 0.7), ips=ips, tz=tz)
            shop_org, shop_pay = a.org, a.pay
            nights = thinned(rng, ctx.t0, ctx.t1, per_night / (j + 1) * (ctx.t1 - ctx.t0) / DAY, nightly(start_h, dur, tz))
            day = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 20)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
            ts = np.sort(np.concatenate([nights, day]))
            prompts = [tx.product_prompt(rng, style, pick(rng, locales)) for _ in range(len(ts))]
            models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=210.0, comp_sigma=0.35, err=0.01)


# --------------------------------------------------------------------------------------------
# manchego: document-review SaaS vendors (legal and clinical). One key per vendor serves many
# tenants from a few Azure egress addresses; long documents ride along as extra prompt tokens;
# load follows several offices' working days; answers are long summaries. Mostly old flagship.


def manchego(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 3)):
        offices = [int(x) for x in rng.choice([-8, -5, 0, 1, 2], size=irange(rng, 2, 3), replace=False)]
        a = _benign(ctx, rng, "manchego", "saas_backend", ua=pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.58.1",
                                                                      "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                    ips=cloud(rng, irange(rng, 2, 6), "azure"))
        rate = float(rng.uniform(8, 20))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.45, multi_office(offices))
        prompts = [tx.doc_prompt(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        extra = rng.lognormal(np.log(2500), 0.7, size=len(ts)).astype(np.int64)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=420.0, comp_sigma=0.5,
                 extra=extra, err=0.02)


# --------------------------------------------------------------------------------------------
# halloumi: university groups benchmarking the new model the day it ships. Fresh accounts
# opened within a day and a half of the release; each runs a few sweeps over a fixed item set
# (same items re-asked for several samples and for old and new models); chain-of-thought forms
# give long answers. Cloud notebooks or a campus workstation.


def halloumi(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 3)):
        org, pay = None, None
        n_items = irange(rng, 80, 250)
        form = int(rng.integers(4))
        item_rng = np.random.default_rng(int(rng.integers(0, 2**32)))
        items = [tx.bench_item(item_rng, form) for _ in range(n_items)]
        on_cloud = chance(rng, 0.6)
        for _ in range(irange(rng, 1, 3)):
            ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws"))) if on_cloud else resi(rng, 1, pick(rng, ("eu", "us", "jp_kr")))
            a = _benign(ctx, rng, "halloumi", "evaluator", org=org, pay=pay, ua=pick(rng, SDK_COMMON[:3] + ("python-httpx/0.28.1",)),
                        ips=ips)
            org, pay = a.org, a.pay
            t = ctx.release + float(rng.uniform(0, 36)) * HOUR
            ts_all, pr, mods = [], [], []
            for _ in range(irange(rng, 2, 5)):
                model = ctx.new_model if chance(rng, 0.6) else (ctx.old_models[0] if chance(rng, 0.75) else ctx.old_models[-1])
                samples = irange(rng, 1, 3)
                rate = float(rng.uniform(0.2, 1.0))
                seq = [it for it in items for _ in range(samples)]
                ts = t + np.cumsum(rng.exponential(1 / rate, size=len(seq)))
                ts_all.append(ts)
                pr += seq
                mods += [model] * len(seq)
                t = float(ts[-1]) + float(rng.uniform(1, 20)) * HOUR
            ts = np.concatenate(ts_all)
            ctx.emit(rng, a, ts, pr, models=mods, comp_median=60.0 if form == 3 else 850.0, comp_sigma=0.5, err=0.03)


# --------------------------------------------------------------------------------------------
# taleggio: a consumer writing-assistant app that calls the API from the phone with an embedded
# per-app key, so one key shows thousands of mobile and home addresses worldwide and mobile
# user agents. Short rewrite/grammar/translate requests on short messages; mostly the small model.


def taleggio(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        n_dev = irange(rng, 800, 2000)
        devices = []
        for _ in range(n_dev):
            if chance(rng, 0.55):
                devices.append(mobile_v6(rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))[0])
            else:
                devices.append(home(rng, 1, int(pick(rng, TZS)))[0])
        pop = rng.lognormal(0.0, 1.0, size=n_dev)
        pop /= pop.sum()
        uas = [str(x) for x in rng.choice(MOBILE[3:], size=3, replace=False)]
        a = _benign(ctx, rng, "taleggio", "app_key", ua=uas[0], ips=devices[:1])
        rate = float(rng.uniform(15, 35))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(float(rng.uniform(14, 20)), 0.5))
        who = rng.choice(n_dev, size=len(ts), p=pop)
        ips = [devices[i] for i in who.tolist()]
        ua = [uas[i % 3] for i in who.tolist()]
        prompts = [tx.rewrite_prompt(rng, tx.maybe_chat(rng, ctx.chat, 0.25)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7), ips=ips, ua=ua,
                 comp_median=80.0, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# roquefort: support-desk and review triage at mid-size companies: short JSON labels on tickets
# as they arrive during the working day, plus a small overnight backfill. Tiny completions.


def roquefort(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 3)):
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 5, 8)))
        a = _benign(ctx, rng, "roquefort", "triage", ua=sdk_ua(rng, 0.6), ips=cloud(rng, irange(rng, 1, 2)), tz=tz)
        rate = float(rng.uniform(20, 60))
        day = thinned(rng, ctx.t0, ctx.t1, rate * 9 * 5 / 7 * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        back = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 80)) * (ctx.t1 - ctx.t0) / DAY, nightly(1.0, 1.0, tz))
        ts = np.sort(np.concatenate([day, back]))
        style = int(rng.integers(2))
        prompts = [tx.triage_prompt(rng, style) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5), comp_median=35.0,
                 comp_sigma=0.35, err=0.01)


# --------------------------------------------------------------------------------------------
# brie: uptime canaries of companies that depend on the API: one fixed prompt every few minutes,
# around the clock, from one cloud address, cycling through the models; answers of a few tokens.


def brie(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 3, 6)):
        a = _benign(ctx, rng, "brie", "canary", ua=pick(rng, ("curl/8.5.0", "Go-http-client/2.0", "python-requests/2.32.3")),
                    ips=cloud(rng, 1))
        every = float(rng.uniform(120, 600))
        start = ctx.t0 + float(rng.uniform(0, every))
        ts = np.arange(start, ctx.t1, every) + rng.normal(0, 1.5, size=len(np.arange(start, ctx.t1, every)))
        prompt = pick(rng, tx.CANARY)
        models_all = list(ctx.old_models)
        models = []
        for j, t in enumerate(ts.tolist()):
            avail = models_all + ([ctx.new_model] if t >= ctx.release else [])
            models.append(avail[j % len(avail)])
        ctx.emit(rng, a, ts, prompt, models=models, comp_median=3.0, comp_sigma=0.2, err=0.002)


BENIGN_KINDS = {
    "gruyere": gruyere,
    "manchego": manchego,
    "halloumi": halloumi,
    "taleggio": taleggio,
    "roquefort": roquefort,
    "brie": brie,
}
