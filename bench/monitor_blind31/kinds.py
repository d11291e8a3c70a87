"""Hard-negative benign kinds of blind batch 31 (legitimate customers), under neutral code names.

Each kind is `fn(ctx, rng)`: it creates accounts labelled "benign" and writes their events. What
each kind is appears in the comments and in README.md (read only after the monitor has run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind31 import texts

LABEL = "benign"


# --------------------------------------------------------------------------------------------
# bisque: a university programming course. Dozens of student accounts opened in the first days
# of the window, most under the department's org and card, using the SDK from notebooks: two lab
# sessions a week from the campus's few egress addresses, evening work from home, and a rush the
# night before the homework deadline. Prompts revolve around the same assignment.


def bisque(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 25, 60)
    tz = int(pick(rng, TZS))
    campus = home(rng, irange(rng, 2, 4), tz)
    dept_org, dept_pay = hexid(rng, "org"), hexid(rng, "pay")
    week = irange(rng, 2, 9)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR  # local midnight of the first day
    lab_days = sorted(rng.choice(np.arange(0, 7), size=2, replace=False).tolist())
    lab_start = float(rng.uniform(9, 15))
    due = day0 + float(irange(rng, 4, 6)) * DAY + 23.99 * HOUR
    for _ in range(n):
        in_dept = chance(rng, 0.7)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")) if chance(rng, 0.8) else pick(rng, BROWSERS)
        a = ctx.account(rng, label=LABEL, family="bisque", role="student", org=dept_org if in_dept else None,
                        pay=dept_pay if in_dept else None, ua=ua, ips=home(rng, 1, tz), tz=tz)
        joined = ctx.t0 + float(rng.uniform(0, 2.0)) * DAY
        ts_parts, ip_parts = [], []
        for d in lab_days:
            s = day0 + d * DAY + lab_start * HOUR + float(rng.uniform(0, 0.5)) * HOUR
            if s < joined or chance(rng, 0.15):  # not enrolled yet, or skipped the lab
                continue
            k = irange(rng, 2, 9)
            t = np.sort(rng.uniform(s, s + 2 * HOUR, k))
            ts_parts.append(t)
            ip_parts += [pick(rng, campus) for _ in t]
        for t in session_times(rng, joined, due, float(rng.uniform(0.2, 0.7)), evening_person(tz),
                               size_mean=3.0, gap_median=180):
            ts_parts.append(t)
            ip_parts += a.ips * len(t)
        if chance(rng, 0.75):  # the deadline rush
            s = due - float(rng.uniform(1, 7)) * HOUR
            t = s + np.cumsum(rng.lognormal(np.log(120), 0.8, size=irange(rng, 2, 14)))
            t = t[t < due]
            ts_parts.append(t)
            ip_parts += a.ips * len(t)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ip_parts[i] for i in order.tolist()]
        prompts = [texts.course_prompt(rng, week, ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
                 comp_median=380, comp_sigma=0.7)


# --------------------------------------------------------------------------------------------
# raku: a product team's prompt-regression runner. One org and card, three to five keys
# (smoke / staging / nightly / eval), calls from ephemeral CI runners at one cloud provider. The
# keys replay a fixed golden set verbatim: a smoke subset on every merge during working hours, the
# full set every night, and on the new model's release day a repeated old-vs-new comparison sweep.


def raku(ctx: Ctx, rng: np.random.Generator) -> None:
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    prov = pick(rng, ("azure", "gcp", "aws"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    golden = texts.golden_set(rng, irange(rng, 60, 180))
    smoke = golden[: irange(rng, 10, 25)]
    roles = ["smoke", "staging", "nightly"] + (["eval"] if chance(rng, 0.7) else []) + (["smoke2"] if chance(rng, 0.4) else [])
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    merges = float(rng.uniform(3, 9))
    nightly_h = float(rng.uniform(1, 4))
    for role in roles:
        a = ctx.account(rng, label=LABEL, family="raku", role="ci_runner", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, 1, prov), tz=tz)
        runs: list[tuple[float, list[str], float]] = []  # (start, prompts, p_new)
        if role.startswith("smoke") or role == "staging":
            for s in thinned(rng, ctx.t0, ctx.t1, merges * 7, workday(tz)).tolist():
                runs.append((s, smoke if role != "staging" else golden[: len(smoke) * 2], 0.0))
        elif role == "nightly":
            d = ctx.t0
            while d < ctx.t1:
                s = d + ((nightly_h - tz) % 24) * HOUR + float(rng.uniform(0, 600))
                runs.append((s, golden, 0.5 if s > ctx.release else 0.0))
                d += DAY
        else:  # eval: the comparison sweep after release, a few repeats each model
            for r in range(irange(rng, 2, 4)):
                s = ctx.release + float(rng.uniform(1, 10)) * HOUR + r * 0.5 * HOUR
                runs.append((s, golden, 0.0))
                runs.append((s + 0.2 * HOUR, golden, 1.0))
        for s, items, p_new in runs:
            t = s + np.cumsum(rng.lognormal(np.log(1.2), 0.4, size=len(items)))
            models = [ctx.new_model if (x >= ctx.release and chance(rng, p_new)) else ctx.old_models[0]
                      for x in t.tolist()]
            ctx.emit(rng, a, t, list(items), ips=cloud(rng, 1, prov)[0], models=models, comp_median=160,
                     comp_sigma=0.35, err=0.005)


# --------------------------------------------------------------------------------------------
# sgraffito: an online shop's catalogue enrichment service: product descriptions, translated
# titles and SEO snippets in several languages, fanned over four to nine worker keys behind a
# cloud NAT gateway, driven by merchandisers' uploads in European working hours plus one
# overnight full-catalogue backfill. Stays on the old model after the release.


def sgraffito(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 4, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 3), "aws")
    langs = [str(x) for x in rng.choice(texts.SHOP_LANGS, size=irange(rng, 3, 6), replace=False)]
    tz = int(pick(rng, (0, 1, 2)))
    per_hour = float(rng.uniform(25, 80))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [ctx.account(rng, label=LABEL, family="sgraffito", role="catalogue_worker", org=org, pay=pay, ua=ua,
                         ips=nat, tz=tz) for _ in range(n)]
    streams = worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, workday(tz, start=8, end=18, weekend=0.02, night=0.01))
    b0 = ctx.t0 + float(irange(rng, 1, 5)) * DAY + ((22 - tz) % 24) * HOUR
    back = worker_pool(rng, b0, b0 + float(rng.uniform(5, 9)) * HOUR, float(rng.uniform(150, 320)), n)
    sku = irange(rng, 100000, 900000)
    for a, s1, s2 in zip(accts, streams, back, strict=True):
        ts = np.sort(np.concatenate([s1, s2]))
        prompts = []
        for _ in ts:
            sku += irange(rng, 1, 3)
            prompts.append(texts.catalogue_prompt(rng, sku, pick(rng, langs)))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.05, p_mini=0.2), comp_median=420,
                 comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# celadon: a QA/conversational-design team making synthetic test fixtures and paraphrases of
# customer intents for their own support bot's tests: two to four engineers under one org and
# card from the office line, playground and script, office hours, and one to three scripted
# loops that fire a hundred-odd generation requests in a row. Long JSON answers.


def celadon(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 2, 4)
    tz = int(pick(rng, TZS))
    office = home(rng, 1, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for i in range(n):
        a = ctx.account(rng, label=LABEL, family="celadon", role="qa_engineer", org=org, pay=pay,
                        ua=pick(rng, BROWSERS), ips=office, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), workday(tz),
                             size_mean=float(rng.uniform(3, 7)), gap_median=float(rng.uniform(60, 240)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [texts.fixture_prompt(rng) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=700, comp_sigma=0.6)
        if i == 0 or chance(rng, 0.4):  # the script loop, in working hours
            cand = thinned(rng, ctx.t0, ctx.t1, irange(rng, 1, 3), workday(tz, weekend=0.0))
            for t in bursts(rng, cand, float(rng.uniform(60, 200)), float(rng.uniform(2, 6)), b=ctx.t1):
                tt = np.asarray(t)
                ctx.emit(rng, a, tt, [texts.fixture_prompt(rng) for _ in tt], ua="python-requests/2.32.3",
                         models=ctx.models(rng, tt, p_new=0.6), comp_median=900, comp_sigma=0.5, err=0.02)


BENIGN_KINDS = {
    "bisque": bisque,
    "celadon": celadon,
    "raku": raku,
    "sgraffito": sgraffito,
}
