"""Hard-negative benign kinds of blind batch 41, written without reading the monitor.

Each kind is a function `(ctx, rng) -> None` that creates legitimate accounts (label "benign",
family = the kind's code name) whose traffic superficially resembles harvesting. Code names say
nothing about the behaviour; the comments and README.md do.
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
    multi_office,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind41 import texts


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# --------------------------------------------------------------------------------------------
# catenary: a contract-review SaaS. One organisation, a few per-environment keys, autoscaled cloud
# egress; during its customers' office hours it pushes document batches through a templated
# field-extraction prompt with the long document in context (large prompt-token counts) and JSON
# replies. Cautious rollout: mostly stays on the old flagship after the release.


def catenary(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "azure"))
    ips = cloud(rng, irange(rng, 2, 5), prov)
    tzs = [int(t) for t in rng.choice(TZS, size=2, replace=False)]
    curve = multi_office(tzs)
    for env in range(irange(rng, 3, 6)):
        acct = ctx.account(rng, label="benign", family="catenary", role=f"env{env}", org=org, pay=pay,
                           ua="OpenAI/Python 1.58.1", ips=ips)
        docs_per_day = float(rng.lognormal(np.log(18), 0.6))
        starts = thinned(rng, ctx.t0, ctx.t1, docs_per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        tr = bursts(rng, starts, _u(rng, 6, 18), _u(rng, 0.8, 3.0), 0.5, ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        ctx.emit(rng, acct, ts, [texts.contract(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.15, p_mini=0.1), comp_median=260.0, comp_sigma=0.5, err=0.005,
                 extra=rng.integers(800, 6000, size=len(ts)))


# --------------------------------------------------------------------------------------------
# frog: an ed-tech homework helper. The app backend (one or two keys, cloud autoscaling egress)
# generates practice problems with step-by-step worked solutions and answers students' "I don't
# get step 3" questions, following students' after-school evenings in two or three time zones, in
# en/es/pt/hi; long replies. A couple of developer keys in the same org test prompts from home.


def frog(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(t) for t in rng.choice(TZS, size=irange(rng, 2, 3), replace=False)]
    curves = [evening_person(tz, spread=1.6) for tz in tzs]

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / len(curves) * 1.3, 0, 1)

    langs = ("en", "es", "pt", "hi")
    lw = rng.dirichlet(np.array([0.6, 0.2, 0.15, 0.05]) * 6)
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    p_new = _u(rng, 0.3, 0.7)
    for k in range(irange(rng, 1, 2)):
        acct = ctx.account(rng, label="benign", family="frog", role=f"backend{k}", org=org, pay=pay,
                           ua="OpenAI/NodeJS 4.67.1", ips=ips)
        per_day = _u(rng, 200, 700)
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [texts.quiz(rng, langs[int(rng.choice(4, p=lw))]) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.15), comp_median=820.0,
                 comp_sigma=0.55, err=0.01)
    for k in range(irange(rng, 1, 3)):
        tz = tzs[0]
        acct = ctx.account(rng, label="benign", family="frog", role=f"developer{k}", org=org, pay=pay,
                           ua=sdk_ua(rng), ips=home(rng, 1, tz), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 1.5), workday(tz), _u(rng, 4, 10), _u(rng, 20, 90))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [texts.quiz(rng, "en") if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=700.0, err=0.01)


# --------------------------------------------------------------------------------------------
# tender: academic groups benchmarking the new model on release day. Freshly created keys (one
# group, one card) within a day of the release, university-like egress, runs of hundreds of
# published-benchmark-style items (step-by-step math with "####" answers, few-shot multiple choice
# with the shots in context) at steady concurrency; the same item set re-run under several settings
# and on both the new and the old model for comparison.


def tender(ctx: Ctx, rng: np.random.Generator) -> None:
    for g in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        if chance(rng, 0.5):
            ips = cloud(rng, irange(rng, 1, 2), "gcp")
        else:
            ips = resi(rng, irange(rng, 1, 3), pick(rng, ("eu", "us", "jp_kr", "ca")))
        ua = pick(rng, ("python-requests/2.32.3", "litellm/1.60.2", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"))
        keys = [ctx.account(rng, label="benign", family="tender", role=f"group{g}_key{k}", org=org, pay=pay, ua=ua,
                            ips=ips) for k in range(irange(rng, 1, 2))]
        setting_items = {}
        t = ctx.release + _u(rng, 1, 30) * HOUR
        for r in range(irange(rng, 2, 5)):
            setting = pick(rng, ("cot", "mcq"))
            if setting not in setting_items:
                item_rng = np.random.default_rng(int(rng.integers(2**32)))
                setting_items[setting] = [texts.bench_item(item_rng, setting) for _ in range(irange(rng, 250, 900))]
            items = setting_items[setting]
            gaps = rng.lognormal(np.log(_u(rng, 0.5, 2.0)), 0.4, size=len(items))
            ts = t + np.cumsum(gaps)
            model = ctx.new_model if r % 2 == 0 else ctx.old_models[0]
            acct = keys[r % len(keys)]
            ctx.emit(rng, acct, ts, items, models=model, comp_median=320.0 if setting == "cot" else 220.0,
                     comp_sigma=0.5, err=0.03, extra=600 if setting == "mcq" else 0)
            t = float(ts[-1]) + _u(rng, 0.5, 10) * HOUR


# --------------------------------------------------------------------------------------------
# gantry: developers using an IDE coding agent with their own keys (bring-your-own-key). Home
# addresses, working hours, sessions of many quick agent turns: a task, then tool results (file
# reads, test runs, applied diffs) and short steering messages, with a large and growing code
# context in every request. Agent-like cadence and tool transcripts, but individual humans.


def gantry(ctx: Ctx, rng: np.random.Generator) -> None:
    uas = ("cline/3.2.0 OpenAI/NodeJS 4.77.0", "roo-code/3.3.2 OpenAI/NodeJS 4.77.0", "aider/0.72.1 litellm/1.59.0",
           "continue/0.9.250 OpenAI/NodeJS 4.73.0")
    for _ in range(irange(rng, 15, 35)):
        tz = int(pick(rng, TZS))
        acct = ctx.account(rng, label="benign", family="gantry", role="developer", ua=pick(rng, uas),
                           ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.8, 3.5), workday(tz, weekend=0.15), _u(rng, 6, 22),
                             _u(rng, 6, 25), 0.9)
        ts_l, pr, ex = [], [], []
        base = irange(rng, 2500, 12000)
        for s in sess:
            ts_l.append(s)
            for i in range(len(s)):
                pr.append(texts.ide_turn(rng, i == 0))
                ex.append(base + i * irange(rng, 300, 1500))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, acct, ts, pr, models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05), comp_median=420.0,
                 comp_sigma=0.7, err=0.01, extra=np.asarray(ex, dtype=np.int64))


# --------------------------------------------------------------------------------------------
# wye: privacy-minded individuals behind a commercial VPN. Ordinary chat (ShareGPT prompts) in
# evening sessions through a bring-your-own-key chat front end, but every session exits from a
# different datacenter address of the VPN's hosting provider.


def wye(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 20, 40)):
        tz = int(pick(rng, TZS))
        prov = pick(rng, ("m247", "leaseweb", "ovh", "digitalocean", "vultr"))
        exits = cloud(rng, irange(rng, 4, 12), prov)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        acct = ctx.account(rng, label="benign", family="wye", role="vpn_user", ua=ua, ips=exits, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 2.5), evening_person(tz), _u(rng, 3, 8),
                             _u(rng, 40, 150))
        ts_l, ip_l = [], []
        for s in sess:
            ts_l.append(s)
            ip_l.extend([pick(rng, exits)] * len(s))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, acct, ts, [pick(rng, ctx.chat) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1), ips=ip_l, comp_median=380.0, err=0.01)


BENIGN_KINDS = {
    "catenary": catenary,
    "frog": frog,
    "gantry": gantry,
    "tender": tender,
    "wye": wye,
}
