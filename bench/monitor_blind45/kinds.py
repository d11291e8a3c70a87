"""Hard-negative benign kinds of batch 45 (legitimate customers), written without reading the monitor.

Every kind is a function `(ctx, rng) -> None`. Code names say nothing about the customer; the
comment above each function (and README.md) does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind45 import texts

LABEL = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# squall — a university course cohort. An assignment goes out on some day; within hours dozens
# of students open accounts, many of them reaching the API through two or three campus addresses
# (plus their own home address), with browsers and phones. Half their questions are variations of
# the same three problem-set tasks, the rest ordinary chat; activity climbs towards the deadline
# and stops soon after it.


def squall(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "squall"
    n = irange(rng, 25, 55)
    tz = pick(rng, bb.TZS)
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    course = pick(rng, ("CS 161", "MATH 214", "PHYS 112", "STAT 200", "CHEM 130", "ECON 101", "INF 2310"))
    assign = ctx.t0 + _u(rng, 0.5, 3.5) * DAY
    deadline = assign + _u(rng, 2.0, 3.0) * DAY
    tasks = rng.choice(10, size=3, replace=False).tolist()
    base = bb.evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        near = (ts > deadline - 16 * HOUR) & (ts < deadline)
        return base(ts) * np.where(near, 1.0, 0.4)

    for _ in range(n):
        created = assign + float(rng.exponential(8 * HOUR))
        own = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(rng, label=LABEL, family=name, role="student", ua=ua, ips=campus + own, tz=tz)
        ts = _concat(bb.session_times(rng, created, min(ctx.t1, deadline + DAY), _u(rng, 0.8, 3.0), curve,
                                      _u(rng, 2, 6), _u(rng, 40, 150)))
        hw = rng.random(len(ts)) < 0.55
        prompts = [texts.squall_hw(rng, course, int(pick(rng, tasks))) if h else pick(rng, ctx.chat)
                   for h in hw.tolist()]
        ips = [pick(rng, campus) if chance(rng, 0.6) else own[0] for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, 0.6, 0.3),
                 comp_median=np.where(hw, 450.0, 350.0))


# --------------------------------------------------------------------------------------------
# dryline — an e-commerce copywriting SaaS. One org with two to four production keys in a
# cloud region, a Node SDK, catalogue uploads from merchants worldwide that arrive as bursts of
# templated "write a product description in <language>" requests a second or two apart; mostly
# the cheap model, short-to-medium completions.


def dryline(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "dryline"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ips = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    peak = _u(rng, 8, 16)
    comp = _u(rng, 180, 320)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(rng, label=LABEL, family=name, role="service_key", org=org, pay=pay, ua=ua, ips=ips)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 10, 25) * 7, bb.global_load(peak, 0.6))
        ts_all, prompts = [], []
        for train in bb.bursts(rng, starts, _u(rng, 10, 40), 1.2, 0.4, ctx.t1):
            lang, sku = pick(rng, texts.LANGS), texts.short_id(rng, 3).upper()
            ts_all.extend(train.tolist())
            prompts.extend(texts.dryline(rng, lang, sku) for _ in range(len(train)))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.6), comp_median=comp, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# mews — a legal-tech contract-review platform. One org, three to five keys on a cloud provider,
# a .NET/Java stack, offices in two or three time zones; long uploaded documents (thousands of
# extra prompt tokens) with templated review / redline-comparison / executive-summary requests
# and long memos back, during office hours on weekdays.


def mews(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mews"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws")))
    tzs = pick(rng, ((0, 1, -5), (-5, -8), (1, 8), (0, -5)))
    curve = bb.multi_office(tzs)
    doc_med = _u(rng, 4000, 9000)
    comp = _u(rng, 600, 1200)
    for _ in range(irange(rng, 3, 5)):
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        a = ctx.account(rng, label=LABEL, family=name, role="service_key", org=org, pay=pay, ua=ua, ips=ips)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 60, 150) * 7, curve)
        styles = rng.choice(3, size=len(ts), p=[0.5, 0.2, 0.3]).tolist()
        extra = np.clip(rng.lognormal(np.log(doc_med), 0.7, size=len(ts)), 300, 60000).astype(np.int64)
        ctx.emit(rng, a, ts, [texts.mews(rng, s) for s in styles], models=ctx.models(rng, ts, 0.7, 0.0),
                 comp_median=comp, comp_sigma=0.5, extra=extra)


# --------------------------------------------------------------------------------------------
# hardy — release-day testers: developers, bloggers and hobbyists who open an account (or come
# back to an old one) when the new model ships and hammer it for a day or two with puzzles,
# "think step by step", coding challenges and comparisons with the old model, then fade out.
# Home addresses, a few hosted notebooks, browsers and SDKs.


def hardy(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "hardy"
    n = irange(rng, 30, 60)
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        returning = chance(rng, 0.2)
        notebook = chance(rng, 0.2)
        ips = bb.cloud(rng, 1, "gcp") if notebook else bb.home(rng, irange(rng, 1, 2), tz)
        ua = bb.sdk_ua(rng) if (notebook or chance(rng, 0.4)) else pick(rng, bb.BROWSERS)
        a = ctx.account(rng, label=LABEL, family=name, role="tester", ua=ua, ips=ips, tz=tz)
        created = ctx.release + float(rng.exponential(_u(rng, 4, 10) * HOUR))
        tau = _u(rng, 12, 48) * HOUR
        eve = bb.evening_person(tz)

        def curve(ts: np.ndarray, created=created, tau=tau, eve=eve) -> np.ndarray:
            return np.exp(-np.maximum(ts - created, 0) / tau) * (0.5 + 0.5 * eve(ts))

        ts = _concat(bb.session_times(rng, created, ctx.t1, _u(rng, 3, 8), curve, _u(rng, 4, 10), _u(rng, 30, 120)))
        if returning:
            ts = _concat([ts, bb.thinned(rng, ctx.t0, ctx.release, _u(rng, 1, 4) * 4, eve)])
        test = (rng.random(len(ts)) < 0.6) & (ts >= ctx.release)
        prompts = [texts.hardy(rng, ctx.old_models[0]) if t else pick(rng, ctx.chat) for t in test.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.1),
                 comp_median=np.where(test, 700.0, 350.0))


# --------------------------------------------------------------------------------------------
# tongs — a helpdesk vendor's ticket-triage integration: one org, one to three keys on a small
# cloud host, python-requests, a steady around-the-clock stream of "classify this message, reply
# with the label only" calls on customer messages (tiny completions, mostly the cheap model), and
# an occasional drafted first reply.


def tongs(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "tongs"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, pick(rng, ("digitalocean", "linode", "aws")))
    peak = _u(rng, 13, 17)
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(rng, label=LABEL, family=name, role="service_key", org=org, pay=pay,
                        ua="python-requests/2.32.3", ips=ips)
        queue = int(rng.integers(3))
        per_hour = _u(rng, 15, 50)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * 168, bb.global_load(peak, 0.6))
        prompts = [texts.tongs(rng, queue, ctx.chat) for _ in range(len(ts))]
        draft = np.array([p.startswith("Draft") for p in prompts], dtype=bool)
        ctx.emit(rng, a, ts, prompts, ips=picks(rng, ips, len(ts)), models=ctx.models(rng, ts, 0.1, 0.85),
                 comp_median=np.where(draft, 140.0, 3.5), comp_sigma=0.5)


BENIGN_KINDS = {"squall": squall, "dryline": dryline, "mews": mews, "hardy": hardy, "tongs": tongs}
