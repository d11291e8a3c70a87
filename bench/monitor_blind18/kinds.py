"""Hard-negative benign kinds of blind batch 18 (code names only; what each is lives in the
comments and README.md). Each is `fn(ctx, rng)`: legitimate API customers whose traffic shares
some surface feature with harvesting (volume, templates, cloud hosting, many addresses, many
accounts, fresh accounts at a release, long answers).

Written without reading the monitor, the policy, or the simulator's own benign code.
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
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind18 import texts

BENIGN = "benign"

_V6_OF_TZ = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile",
             5: "in_mobile"}
_REGION_OF_TZ = {-8: "us", -5: "us", -3: "latam", 0: "eu", 1: "eu", 2: "eu", 3: "ru", 5: "in", 8: "cn", 9: "jp_kr"}


# --------------------------------------------------------------------------------------------
# loire: consumer mobile apps that call the API straight from the phone with one embedded key:
# one account, hundreds of end users on carrier IPv6 or home Wi-Fi all over the app's markets,
# app user agents, genuine chat inside the app's own wrapper; the app pins a model and moves to
# the new one with an app update a day or two after release.


def loire(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "loire"
    for _ in range(irange(rng, 2, 4)):
        platform_uas = [u for u in MOBILE if chance(rng, 0.6)] or list(MOBILE[-3:])
        markets = [int(x) for x in rng.choice(np.array(TZS), size=irange(rng, 2, 4), replace=False)]
        acct = ctx.account(rng, label=BENIGN, family=kind, role="app", ua=platform_uas[0], ips=[])
        wrap = irange(rng, 0, 3)
        version = f"{irange(rng, 2, 5)}.{irange(rng, 0, 12)}"
        pinned = ctx.old_models[-1] if chance(rng, 0.5) else ctx.old_models[0]
        update = ctx.release + float(rng.uniform(0.3, 2.0)) * DAY
        ts_l: list[np.ndarray] = []
        ip_l: list[str] = []
        ua_l: list[str] = []
        n_users = irange(rng, 60, 200)
        for _u in range(n_users):
            tz = pick(rng, markets)
            ua = pick(rng, platform_uas)
            wifi = home(rng, 1, tz)[0]
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
            for ses in session_times(rng, start, ctx.t1, float(rng.uniform(0.2, 1.2)), evening_person(tz), 3.0, 45.0):
                if len(ses) == 0:
                    continue
                if tz in _V6_OF_TZ and chance(rng, 0.55):
                    ip = mobile_v6(rng, 1, _V6_OF_TZ[tz])[0]
                elif chance(rng, 0.8):
                    ip = wifi
                else:
                    ip = resi(rng, 1, _REGION_OF_TZ[tz])[0]
                ts_l.append(ses)
                ip_l += [ip] * len(ses)
                ua_l += [ua] * len(ses)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ip_l[k] for k in order.tolist()]
        uas = [ua_l[k] for k in order.tolist()]
        models = [ctx.new_model if t >= update else pinned for t in ts.tolist()]
        prompts = [texts.loire_prompt(rng, ctx.chat, wrap, version) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=models, ips=ips, ua=uas, comp_median=300.0, err=0.01)


# --------------------------------------------------------------------------------------------
# danube: a remote-first consulting firm: one org and one corporate card, a seat (account) per
# consultant in two or three time zones, home and office addresses, office-hours sessions mixing
# client deliverables with everyday questions; a few new joiners onboard mid-week.


def danube(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "danube"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(x) for x in rng.choice(np.array(TZS), size=irange(rng, 2, 3), replace=False)]
    offices = {tz: resi(rng, 1, _REGION_OF_TZ[tz])[0] for tz in tzs}
    p_work = float(rng.uniform(0.3, 0.6))
    for s in range(irange(rng, 8, 20)):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, SDK_COMMON)
        ips = home(rng, irange(rng, 1, 2), tz) + [offices[tz]] * irange(rng, 0, 3)
        acct = ctx.account(rng, label=BENIGN, family=kind, role="seat", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        start = ctx.t0 if s >= 3 or chance(rng, 0.5) else ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        ts = np.concatenate(session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 4.0)), workday(tz),
                                          5.0, 120.0) or [np.empty(0)])
        ts = np.sort(ts)
        prompts = [texts.danube_prompt(rng, ctx.chat, p_work) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=450.0)


# --------------------------------------------------------------------------------------------
# mekong: a benchmarking / leaderboard start-up that opens fresh keys the day the new model ships
# and runs public-style suites (multiple choice, step-by-step maths with boxed answers, code)
# against the new and the old models at high concurrency, some suites repeated verbatim.


def mekong(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mekong"
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    sizes = {"mcq-" + hexid(rng, "s")[-4:]: irange(rng, 150, 400), "math-" + hexid(rng, "s")[-4:]: irange(rng, 80, 200),
             "code-" + hexid(rng, "s")[-4:]: irange(rng, 60, 160)}
    comp = {"mcq": (3.0, 0.3), "math": (900.0, 0.5), "code": (180.0, 0.5)}
    for _ in range(irange(rng, 2, 3)):
        acct = ctx.account(rng, label=BENIGN, family=kind, role="eval", org=org, pay=pay,
                           ua=pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "evalkit/0.9.2 httpx/0.28.1")),
                           ips=cloud(rng, irange(rng, 1, 4), prov))
        t = ctx.release + float(rng.uniform(0.3, 8.0)) * HOUR
        suites = [s for s in sizes if chance(rng, 0.7)] or [next(iter(sizes))]
        models = [ctx.new_model] + [m for m in ctx.old_models if chance(rng, 0.7)]
        ts_l, pr_l, md_l, cm_l, cs_l = [], [], [], [], []
        for suite in suites:
            for model in models:
                for _rep in range(irange(rng, 1, 2)):
                    n = sizes[suite]
                    rate = float(rng.uniform(0.5, 2.5))
                    times = t + np.cumsum(rng.exponential(1.0 / rate, size=n))
                    ts_l.append(times)
                    pr_l += [texts.mekong_item(suite, k) for k in range(n)]
                    md_l += [model] * n
                    m, sg = comp[suite.split("-")[0]]
                    cm_l += [m] * n
                    cs_l.append(sg)
                    t = float(times[-1]) + float(rng.exponential(2 * HOUR))
        ts = np.concatenate(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=md_l, comp_median=np.asarray(cm_l), comp_sigma=0.45, err=0.03)


# --------------------------------------------------------------------------------------------
# tagus: e-commerce platforms generating product copy from catalogue attributes: a nightly sync
# job that works through the day's new listings, plus a daytime trickle as merchants upload;
# mostly the small model, several shop languages.


def tagus(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tagus"
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, (0, 1, 2, -5, 9))
        acct = ctx.account(rng, label=BENIGN, family=kind, role="platform", ua=sdk_ua(rng),
                           ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "ovh"))), tz=tz)
        langs = [str(x) for x in rng.choice(np.array(["en", "de", "fr", "es", "it", "ja", "pl", "nl"]),
                                            size=irange(rng, 1, 4), replace=False)]
        style = irange(rng, 0, 2)
        night_start, night_len = float(rng.uniform(1, 3)), float(rng.uniform(1.5, 3.0))
        m0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        nights = m0 + np.arange(9) * DAY + night_start * HOUR + rng.uniform(0, 600, size=9)
        parts = []
        gap = float(rng.uniform(0.8, 4.0))
        for s in nights.tolist():
            k = irange(rng, 30, 250)
            tt = s + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k))
            parts.append(tt[tt < s + night_len * HOUR])
        parts.append(thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 6)) * 7 * 9, workday(tz)))
        ts = np.sort(np.concatenate(parts))
        prompts = [texts.tagus_prompt(rng, style if chance(rng, 0.85) else irange(rng, 0, 2), langs)
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
                 comp_median=float(rng.uniform(180, 350)), comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# ebro: legal-tech contract review: each uploaded contract is split into clauses sent in a
# parallel burst (long prompts carrying the surrounding document), then one long summary request
# over all findings; office hours, conservative model choice.


def ebro(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ebro"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, (0, 1, -5))
        acct = ctx.account(rng, label=BENIGN, family=kind, role="firm", ua=sdk_ua(rng),
                           ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "aws"))), tz=tz)
        docs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)) * 7, workday(tz))
        ts_l, pr_l, ex_l, cm_l = [], [], [], []
        for d in docs.tolist():
            k = irange(rng, 8, 50)
            tt = d + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k))
            ts_l.append(tt)
            pr_l += [texts.ebro_prompt(rng, j + 1) for j in range(k)]
            ex_l += rng.integers(300, 1500, size=k).tolist()
            cm_l += [350.0] * k
            ts_l.append(np.array([tt[-1] + float(rng.lognormal(np.log(40.0), 0.5))]))
            pr_l.append(pick(rng, ("Combine the clause findings above into a review memo: top risks, proposed "
                                   "redlines, open questions for the client.",
                                   "Write the final contract review summary from the findings above, ordered by risk.")))
            ex_l.append(int(rng.integers(4000, 12000)))
            cm_l.append(900.0)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, acct, ts[order], [pr_l[k] for k in order.tolist()],
                 models=ctx.models(rng, ts[order], p_new=0.3, p_mini=0.1),
                 comp_median=np.asarray(cm_l)[order], extra=np.asarray(ex_l)[order], err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "loire": loire,
    "danube": danube,
    "mekong": mekong,
    "tagus": tagus,
    "ebro": ebro,
}
