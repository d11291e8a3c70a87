"""Hard-negative benign kinds of blind batch 32: legitimate API customers who look, on one axis or
another, like harvesting. Each kind is `fn(ctx, rng)`; accounts are labelled "benign" with the
kind's neutral code name. What each kind is, is described in README.md and in the comments below.
"""

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
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind32 import texts

BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _fallback(ts: np.ndarray, t: float) -> np.ndarray:
    return ts if len(ts) else np.array([t])


# --------------------------------------------------------------------------------------------
# sencha: online retailers regenerating catalogue copy (descriptions, SEO bullets, JSON fields)
# in one to five locales, in a nightly job from one or two cloud addresses, mostly on the cheap
# model. Templated, high volume, cloud, multilingual.

def sencha(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "sencha"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure")))
        style = pick(rng, texts.CATALOG_STYLES)
        locales = texts.catalog_locales(rng)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "python-requests/2.32.3"))
        start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(1.5, 4))
        skip_weekend = chance(rng, 0.5)
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label=BENIGN, family=name, role="catalog_job", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            per_night = float(rng.uniform(150, 800))
            ts = thinned(rng, ctx.t0, ctx.t1, per_night * (ctx.t1 - ctx.t0) / DAY, nightly(start_h, hours, tz))
            if skip_weekend:
                ts = ts[weekday(ts, tz) < 5]
            ts = _fallback(ts, ctx.t0 + start_h * HOUR)
            prompts = [texts.catalog_prompt(rng, style, locales) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6), comp_median=200.0,
                     comp_sigma=0.35, err=0.015)


# --------------------------------------------------------------------------------------------
# oolong: a document-processing SaaS (claims, contracts, invoices). Each customer rotates a pool
# of keys in one org on one card, fed from a single Poisson job queue shaped by two offices'
# working days; long attached documents (large prompt token counts), short structured outputs.

def oolong(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "oolong"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "azure", "aws")))
        tzs = [pick(rng, TZS), pick(rng, TZS)]
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.58.1"))
        k = irange(rng, 3, 8)
        streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 80)), k, multi_office(tzs))
        style = pick(rng, texts.DOC_STYLES)
        for i in range(k):
            a = ctx.account(rng, label=BENIGN, family=name, role="pool_key", org=org, pay=pay, ua=ua, ips=ips,
                            tz=tzs[0])
            ts = _fallback(streams[i], ctx.t0 + (10 + i) * HOUR)
            prompts = [texts.document_prompt(rng, style if chance(rng, 0.85) else pick(rng, texts.DOC_STYLES),
                                             ctx.passages) for _ in range(len(ts))]
            extra = rng.integers(800, 6000, size=len(ts))
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.15, p_mini=0.1), comp_median=220.0,
                     comp_sigma=0.5, extra=extra, err=0.02)


# --------------------------------------------------------------------------------------------
# rooibos: university groups evaluating the new model's reasoning as soon as it is released:
# runs of generated problems with a fixed chain-of-thought prompt (zero-shot, few-shot, boxed),
# each problem sampled several times for self-consistency, from the lab's cloud cluster; a little
# earlier tinkering on the old model from a student's home connection.

def rooibos(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "rooibos"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        cluster = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws", "azure")))
        style = pick(rng, texts.STUDY_STYLES)
        k_samples = irange(rng, 3, 8)
        for _ in range(irange(rng, 1, 3)):
            homes = home(rng, 1, tz)
            a = ctx.account(rng, label=BENIGN, family=name, role="student", org=org, pay=pay,
                            ua=pick(rng, ("python-requests/2.32.3", "litellm/1.60.2", "OpenAI/Python 1.58.1")),
                            ips=cluster + homes, tz=tz)
            # tinkering before the release
            dev = _cat(session_times(rng, ctx.t0, ctx.release, float(rng.uniform(0.3, 1.0)), workday(tz), 5.0, 70.0))
            if len(dev):
                ctx.emit(rng, a, dev, [texts.study_prompt(rng, style) for _ in range(len(dev))],
                         models=[ctx.old_models[0]] * len(dev), ips=homes[0], comp_median=400.0)
            r0 = ctx.release + float(rng.uniform(1, 20)) * HOUR
            r1 = r0 + float(rng.uniform(24, 60)) * HOUR
            runs = thinned(rng, r0, r1, float(rng.uniform(1.5, 4)) * (r1 - r0) / DAY, workday(tz, 8, 22, 0.5, 0.2))
            runs = _fallback(runs, r0)
            ts, prompts, models = [], [], []
            for s in runs.tolist():
                t = s
                model = ctx.new_model if chance(rng, 0.8) else ctx.old_models[0]
                for _ in range(irange(rng, 30, 120)):
                    p = texts.study_prompt(rng, style)
                    for _ in range(k_samples):
                        ts.append(t)
                        prompts.append(p)
                        models.append(model)
                        t += float(rng.lognormal(np.log(1.2), 0.6))
            ctx.emit(rng, a, np.asarray(ts), prompts, models=models, ips=cluster[0] if len(cluster) == 1 else
                     [pick(rng, cluster) for _ in ts], comp_median=450.0, comp_sigma=0.55, err=0.05)


# --------------------------------------------------------------------------------------------
# matcha: contact-centre quality assurance. Each call transcript is scored against a rubric or
# tagged (JSON out) as calls close during the centre's working day; one or two keys per customer.

def matcha(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "matcha"
    for _ in range(irange(rng, 1, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tzs = [pick(rng, TZS) for _ in range(irange(rng, 1, 2))]
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "oracle")))
        style = pick(rng, texts.CALL_STYLES)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "axios/1.7.9", "Go-http-client/2.0"))
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label=BENIGN, family=name, role="qa_pipeline", org=org, pay=pay, ua=ua, ips=ips,
                            tz=tzs[0])
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 900)) * 5, multi_office(tzs))
            ts = _fallback(ts, ctx.t0 + 12 * HOUR)
            prompts = [texts.call_prompt(rng, style) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2), comp_median=260.0,
                     comp_sigma=0.4, extra=irange(rng, 300, 1200), err=0.01)


# --------------------------------------------------------------------------------------------
# hojicha: a content-marketing agency that opens one API account per client (separate orgs, all
# on the agency's card, all from the agency's droplet and office line). Articles are produced
# as an outline followed by section expansions and social posts, during the agency's workday.

def hojicha(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "hojicha"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        pay = hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 2), "digitalocean") + home(rng, 1, tz)
        ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
        curve = workday(tz, 9, 18, 0.05, 0.01)
        for _ in range(irange(rng, 6, 14)):
            niche, kws, city = texts.client_niche(rng)
            client = texts.client_name(rng)
            a = ctx.account(rng, label=BENIGN, family=name, role="client_account", pay=pay, ua=ua, ips=ips, tz=tz)
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 8)) * 7, curve)
            starts = _fallback(starts, ctx.t0 + 2 * DAY + 10 * HOUR)
            ts, prompts, meds = [], [], []
            for s in starts.tolist():
                t = s
                parts = ["outline"] + ["section"] * irange(rng, 3, 6) + (["social"] if chance(rng, 0.5) else [])
                for part in parts:
                    ts.append(t)
                    prompts.append(texts.article_prompt(rng, part, niche, kws, city, client))
                    meds.append({"outline": 450.0, "section": 700.0, "social": 250.0}[part])
                    t += float(rng.lognormal(np.log(45.0), 0.6))
            ts_arr = np.asarray(ts)
            ctx.emit(rng, a, ts_arr, prompts, models=ctx.models(rng, ts_arr, p_new=0.5), comp_median=np.asarray(meds),
                     comp_sigma=0.35, err=0.01)


# --------------------------------------------------------------------------------------------
# assam: a consumer chat/companion app that ships its API key inside the app: one account, many
# end users on phones and home connections worldwide (their own addresses), genuine chat prompts,
# a global daily load; the app's update switches it to the new model a day or two after release.

def assam(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "assam"
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(rng, label=BENIGN, family=name, role="app_key", ua="", ips=["0.0.0.0"])
        switch = ctx.release + float(rng.uniform(6, 48)) * HOUR
        ts_all, ips, uas = [], [], []
        for _ in range(irange(rng, 80, 220)):
            tz = pick(rng, TZS)
            net = pick(rng, ("home", "home", "us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            addr = home(rng, 1, tz)[0] if net == "home" else mobile_v6(rng, 1, net)[0]
            ua = pick(rng, MOBILE)
            for sess in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 6.0,
                                      40.0):
                if net != "home" and chance(rng, 0.7):
                    addr = mobile_v6(rng, 1, net)[0]
                ts_all.extend(sess.tolist())
                ips.extend([addr] * len(sess))
                uas.extend([ua] * len(sess))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[j] for j in order.tolist()]
        uas = [uas[j] for j in order.tolist()]
        a.ips = sorted(set(ips))
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, ua=uas, comp_median=280.0, comp_sigma=0.6, err=0.01)


BENIGN_KINDS: dict[str, Callable] = {
    "assam": assam,
    "hojicha": hojicha,
    "matcha": matcha,
    "oolong": oolong,
    "rooibos": rooibos,
    "sencha": sencha,
}
