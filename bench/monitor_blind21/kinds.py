"""Hard-negative benign kinds of blind batch 21: legitimate API customers whose traffic looks, on
the surface, like harvesting. Each is `f(ctx, rng)` and draws its own parameters from `rng`.

Kinds carry neutral code names (cloud types); README.md describes each one.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    pick,
    sdk_ua,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind21 import texts as tx

LABEL = "benign"


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label=LABEL, family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# cirrus: research groups benchmarking the new model against the old flagship right after the
# release: fixed items (same prompt text to both models, sometimes several samples per item),
# fired concurrently from cloud notebooks, chain-of-thought style formats.


def cirrus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cirrus"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure")))
        ua = sdk_ua(rng)
        accts = [_acct(ctx, rng, kind, "researcher", org=org, pay=pay, ua=ua, ips=ips)
                 for _ in range(irange(rng, 1, 3))]
        runs = [("after", ctx.release + rng.uniform(2, 60) * HOUR) for _ in range(irange(rng, 1, 3))]
        if chance(rng, 0.5):
            runs.append(("before", ctx.t0 + rng.uniform(0.1, 0.9) * (ctx.release - ctx.t0)))
        for when, start in runs:
            n_items = irange(rng, 150, 500)
            samples = pick(rng, (1, 1, 3))
            fmt = irange(rng, 0, 2)
            offset = irange(rng, 0, 10**6)
            models = [ctx.new_model, ctx.old_models[0]] if when == "after" else [ctx.old_models[0]]
            if chance(rng, 0.3):
                models.append(ctx.old_models[-1])
            t = start
            conc = rng.uniform(1.0, 5.0)  # requests per second
            for m in models:
                idx = np.repeat(np.arange(offset, offset + n_items), samples)
                ts = t + np.cumsum(rng.exponential(1 / conc, size=len(idx)))
                who = rng.integers(0, len(accts), size=len(ts))
                med = 60.0 if fmt == 2 else rng.uniform(400, 750)
                for k, a in enumerate(accts):
                    sel = who == k
                    ctx.emit(rng, a, ts[sel], [tx.cirrus_item(rng, int(i), fmt) for i in idx[sel].tolist()],
                             models=m, comp_median=med, comp_sigma=0.55, err=0.05)
                t = float(ts[-1]) + rng.uniform(1, 30) * MINUTE
            # a handful of manual spot checks by a person in the group afterwards
            tt = t + np.sort(rng.uniform(0, 3 * HOUR, size=irange(rng, 2, 10)))
            ctx.emit(rng, accts[0], tt, [tx.cirrus_item(rng, irange(rng, offset, offset + n_items), 1) for _ in tt],
                     models=models[0], comp_median=600)


# --------------------------------------------------------------------------------------------
# nimbus: online shops localising their catalogue: cron jobs at fixed office hours translate each
# listing into every target language (HTML kept), from the shop's cloud, mostly on the small
# model; a few migrate to the new model after the release.


def nimbus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nimbus"
    for _ in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "azure", "gcp", "hetzner")))
        ua = sdk_ua(rng)
        tz = int(pick(rng, TZS))
        langs = [str(x) for x in rng.choice(tx.NIM_LANGS, size=irange(rng, 3, 8), replace=False)]
        style = irange(rng, 0, 1)
        hours = sorted(rng.choice(np.arange(8, 19), size=irange(rng, 2, 6), replace=False).tolist())
        p_mini = rng.uniform(0.3, 0.9)
        migrate = rng.uniform(0, 0.5) if chance(rng, 0.4) else 0.0
        accts = [_acct(ctx, rng, kind, "pipeline", org=org, pay=pay, ua=ua, ips=ips) for _ in range(irange(rng, 1, 2))]
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            for h in hours:
                s = day0 + d * DAY + (h - tz) * HOUR + rng.uniform(0, 90)
                if s < ctx.t0 or s > ctx.t1 or weekday(np.asarray([s]), tz)[0] >= 5:
                    continue
                n_list = irange(rng, 3, 12)
                n = n_list * len(langs)
                ts = s + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=n))
                prompts = [tx.nimbus_listing(rng, langs[i % len(langs)], style) for i in range(n)]
                a = pick(rng, accts)
                ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=migrate, p_mini=p_mini),
                         comp_median=250, comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# altostratus: trust-and-safety teams running every new forum post through a moderation prompt:
# a steady stream around the clock following their users' load, JSON verdicts (tiny answers),
# mostly the small model.


def altostratus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "altostratus"
    for _ in range(irange(rng, 2, 3)):
        ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "azure", "oracle")))
        a = _acct(ctx, rng, kind, "moderation_service", ua=sdk_ua(rng), ips=ips)
        rate = rng.uniform(8, 22)
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(rng.uniform(0, 24),
                                                                                         rng.uniform(0.3, 0.7)))
        ctx.emit(rng, a, ts, [tx.alto_item(rng, ctx.chat) for _ in ts],
                 models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7), comp_median=rng.uniform(18, 30), comp_sigma=0.3)


# --------------------------------------------------------------------------------------------
# stratocumulus: a writing-assistant SaaS relaying its end users' text through a few keys (one per
# deployment region plus staging) from an autoscaling group; worldwide load; switches to the new
# model on a deploy day after the release.


def stratocumulus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stratocumulus"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 3, 10), pick(rng, ("aws", "gcp", "azure")))
        ua = sdk_ua(rng)
        keys = [_acct(ctx, rng, kind, "saas_backend", org=org, pay=pay, ua=ua, ips=ips)
                for _ in range(irange(rng, 2, 4))]
        staging = _acct(ctx, rng, kind, "saas_staging", org=org, pay=pay, ua=ua, ips=ips[:1])
        deploy = ctx.release + rng.uniform(0.5, 2.0) * DAY
        streams = worker_pool(rng, ctx.t0, ctx.t1, rng.uniform(8, 22), len(keys),
                              global_load(rng.uniform(0, 24), rng.uniform(0.3, 0.6)))
        for a, ts in zip(keys, streams, strict=True):
            models = [ctx.new_model if t >= deploy else ctx.old_models[0] for t in ts.tolist()]
            ctx.emit(rng, a, ts, [tx.strato_item(rng, ctx.chat) for _ in ts], models=models, comp_median=300,
                     comp_sigma=0.8)
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(20, 80) * (ctx.t1 - ctx.t0) / DAY, workday(int(pick(rng, TZS))))
        ctx.emit(rng, staging, ts, [tx.strato_item(rng, ctx.chat) for _ in ts],
                 models=ctx.models(rng, ts, p_new=0.7), comp_median=300)


# --------------------------------------------------------------------------------------------
# cumulus: developer teams using an IDE coding agent: each task is a train of agent steps (tool
# results, occasional human steering) with a long and growing context, during office hours from
# the office line or developers' homes.

_IDE_UA = ("Cline/3.4.0 (vscode/1.97.0)", "aider/0.74.2 litellm/1.60.2", "Continue/0.9.260 (vscode)",
           "roo-code/3.7.1", "OpenAI/NodeJS 4.85.1")


def cumulus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cumulus"
    for _ in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, TZS))
        office = home(rng, 1, tz)
        p_new = rng.uniform(0.5, 0.95)
        for _ in range(irange(rng, 2, 6)):
            a = _acct(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, _IDE_UA),
                      ips=office + home(rng, 1, tz), tz=tz)
            starts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(2, 6) * 7, workday(tz))
            gap = rng.uniform(5, 20)
            for s in starts.tolist():
                ask = tx.cumulus_ask(rng)
                k = 1 + int(rng.poisson(rng.uniform(6, 18)))
                tt = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
                ip = pick(rng, a.ips)
                ctx.emit(rng, a, tt, [tx.cumulus_step(rng, ask, j) for j in range(k)],
                         models=ctx.models(rng, tt, p_new=p_new, p_mini=0.0), ips=ip, comp_median=250,
                         comp_sigma=0.7, extra=np.minimum(2000 + np.arange(k) * rng.uniform(300, 800), 60000))


# --------------------------------------------------------------------------------------------
# lenticular: a university class opening accounts together in a lab session on the days after
# the release (course organisation and credit, campus network, browsers), then a little homework
# from home in the evenings.


def lenticular(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lenticular"
    for _ in range(irange(rng, 1, 2)):
        tz = int(pick(rng, TZS))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        campus = home(rng, irange(rng, 1, 3), tz)
        day = np.floor((ctx.release + tz * HOUR) / DAY) * DAY + irange(rng, 0, 2) * DAY
        lab = day - tz * HOUR + rng.uniform(9, 16) * HOUR
        num = irange(rng, 1, 9)
        for _ in range(irange(rng, 20, 50)):
            a = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=campus, tz=tz)
            k = irange(rng, 4, 20)
            tl = lab + rng.uniform(0, 10) * MINUTE + np.sort(rng.uniform(0, 2 * HOUR, size=k))
            ctx.emit(rng, a, tl, [tx.lenticular_item(rng, ctx.chat, num) for _ in tl],
                     models=ctx.models(rng, tl, p_new=0.95), comp_median=400)
            hip = home(rng, 1, tz)[0]
            for d in range(irange(rng, 0, 3)):
                s = lab + (d + 1) * DAY + rng.uniform(5, 11) * HOUR
                tt = s + np.cumsum(rng.lognormal(np.log(120), 0.8, size=irange(rng, 2, 6)))
                tt = tt[(local_hour(tt, tz) > 7) | (local_hour(tt, tz) < 2)]
                ctx.emit(rng, a, tt, [tx.lenticular_item(rng, ctx.chat, num) for _ in tt],
                         models=ctx.models(rng, tt, p_new=0.95), ips=hip, comp_median=400)


BENIGN_KINDS = {
    "altostratus": altostratus,
    "cirrus": cirrus,
    "cumulus": cumulus,
    "lenticular": lenticular,
    "nimbus": nimbus,
    "stratocumulus": stratocumulus,
}
