"""Hard-negative benign kinds of blind batch 73 (code names from mountain railways).

Each kind is `fn(ctx, rng)`: legitimate traffic that looks like harvesting in one way or another.
Its accounts are labelled benign with the kind as their family. The README card describes them.
"""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    Acct,
    Ctx,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind73 import texts as T

BEN = "benign"


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**63)))


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _run(rng: np.random.Generator, start: float, n: int, gap: float) -> np.ndarray:
    """`n` requests of a script with bounded concurrency: small lognormal gaps after `start`."""
    return start + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n))


class _Buf:
    """Per-account event buffer, emitted in time order at the end."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.p: list[str] = []
        self.m: list[str] = []
        self.c: list[float] = []
        self.x: list[int] = []

    def add(self, t: float, p: str, m: str, c: float, x: int = 0) -> None:
        self.ts.append(t)
        self.p.append(p)
        self.m.append(m)
        self.c.append(c)
        self.x.append(x)

    def emit(self, ctx: Ctx, rng: np.random.Generator, a: Acct, sigma: float = 0.6, err: float = 0.01,
             ips=None) -> None:
        o = np.argsort(self.ts, kind="stable")
        idx = o.tolist()
        ts = np.asarray(self.ts)[o]
        ctx.emit(rng, a, ts, [self.p[i] for i in idx], models=[self.m[i] for i in idx],
                 comp_median=np.asarray(self.c)[o], comp_sigma=sigma, err=err,
                 extra=np.asarray(self.x, dtype=np.int64)[o], ips=ips)


# --------------------------------------------------------------------------------------------


def funicular(ctx: Ctx, rng: np.random.Generator) -> None:
    """An enterprise evaluation team: a fixed benchmark suite every night, both models after the release."""
    r = _r(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1))
    runners = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "inspect-ai/0.3.63 OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    nightly_key = ctx.account(rng, label=BEN, family="funicular", role="ci_nightly", org=org, pay=pay, ua=ua,
                              ips=runners, tz=tz)
    release_key = ctx.account(rng, label=BEN, family="funicular", role="release_eval", org=org, pay=pay, ua=ua,
                              ips=runners, tz=tz)
    analysts = [ctx.account(rng, label=BEN, family="funicular", role="analyst", org=org, pay=pay,
                            ua=pick(rng, ("OpenAI/Python 1.58.1", "curl/8.5.0")), ips=home(rng, 1, tz), tz=tz)
                for _ in range(irange(rng, 1, 4))]
    n_items = irange(rng, 250, 550)
    suite = [T.bench_item(r, i) for i in range(n_items)]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    bn, br = _Buf(), _Buf()
    hour0 = _u(rng, 1, 4)
    gap = _u(rng, 0.3, 1.5)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for d in range(8):
        s = day0 + d * DAY + hour0 * HOUR + _u(rng, -20, 20) * MINUTE
        models = [old] + ([mini] if d % 2 == 0 else []) + ([new] if s >= ctx.release else [])
        for m in models:
            ts = _run(rng, s, n_items, gap)
            for t, (p, c) in zip(ts.tolist(), suite, strict=True):
                bn.add(t, p, m, c)
            s = float(ts[-1]) + _u(rng, 1, 10) * MINUTE
    s = ctx.release + _u(rng, 2, 20) * HOUR
    n_samples = irange(rng, 3, 5)
    for m, reps in ((new, n_samples), (old, 1)):
        for _ in range(reps):
            ts = _run(rng, s, n_items, gap)
            for t, (p, c) in zip(ts.tolist(), suite, strict=True):
                br.add(t, p, m, c)
            s = float(ts[-1]) + _u(rng, 0.5, 5) * MINUTE
    bn.emit(ctx, rng, nightly_key, sigma=0.5)
    br.emit(ctx, rng, release_key, sigma=0.5, err=0.03)
    for a in analysts:
        b = _Buf()
        for sess in session_times(rng, ctx.t0, ctx.t1, 1.2, workday(tz), 6, 90):
            for t in sess.tolist():
                p, c = suite[r.randrange(n_items)] if r.random() < 0.7 else (T.pick(r, ctx.chat), 300.0)
                b.add(t, p, new if (t >= ctx.release and r.random() < 0.7) else old, c)
        if b.ts:
            b.emit(ctx, rng, a)


def cogwheel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers running coding agents in their IDEs."""
    r = _r(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = home(rng, irange(rng, 2, 4), tz)
    n = irange(rng, 15, 35)
    lang = pick(rng, T.EXTS)
    old, new = ctx.old_models[0], ctx.new_model
    for _ in range(n):
        ua = pick(rng, ("Cline/3.4.0", "Continue/0.9.260 (vscode)", "Roo-Code/3.3.20", "aider/0.72.1 litellm/1.60.2",
                        "Zed/0.172.8"))
        home_ip = home(rng, 1, tz)
        a = ctx.account(rng, label=BEN, family="cogwheel", role="developer", org=org, pay=pay, ua=ua,
                        ips=office + home_ip, tz=tz)
        switch = ctx.release + _u(rng, 6, 30) * HOUR if rng.random() < _u(rng, 0.4, 0.9) else np.inf
        remote_days = set(rng.choice(7, size=irange(rng, 0, 3), replace=False).tolist())
        b, ips = _Buf(), []
        base = _u(rng, 2000, 8000)
        for sess in session_times(rng, ctx.t0, ctx.t1, _u(rng, 1.5, 4), workday(tz), _u(rng, 12, 30), _u(rng, 5, 15),
                                  0.9):
            grow = _u(rng, 300, 1200)
            day = int((sess[0] - ctx.t0) // DAY) if len(sess) else 0
            where = home_ip[0] if day in remote_days else pick(rng, office)
            for i, t in enumerate(sess.tolist()):
                first = i == 0 or (r.random() < 0.06)
                b.add(t, T.ide_step(r, first, lang), new if t >= switch and r.random() < 0.95 else old,
                      380.0 if first else 260.0, int(min(60000, base + i * grow)))
                ips.append(where)
        if b.ts:
            order = np.argsort(b.ts, kind="stable").tolist()
            b.emit(ctx, rng, a, sigma=0.7, ips=[ips[i] for i in order])


def riggenbach(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's QA desks in two offices: rubric scores, moderation labels, essay scores."""
    r = _r(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = (8, 5)
    ua = pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    upgrade = ctx.release + _u(rng, 24, 60) * HOUR
    for tz in offices:
        nat = home(rng, 2, tz)
        k = irange(rng, 2, 5)
        accts = [ctx.account(rng, label=BEN, family="riggenbach", role="qa_desk", org=org, pay=pay, ua=ua, ips=nat,
                             tz=tz) for _ in range(k)]
        pools = worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 12, 30), k, workday(tz, start=7.5, end=20.0))
        for a, ts in zip(accts, pools, strict=True):
            b = _Buf()
            for t in ts.tolist():
                p, c = T.qa_prompt(r, T.pick(r, ctx.chat), T.pick(r, ctx.passages))
                m = new if (t >= upgrade and r.random() < 0.8) else (mini if r.random() < 0.3 else old)
                b.add(t, p, m, c)
            if b.ts:
                b.emit(ctx, rng, a, sigma=0.5)


def switchback(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router: many end users' chat through a few provider keys from cloud egress."""
    r = _r(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 15), "gcp") + cloud(rng, irange(rng, 4, 15), "aws")
    k = irange(rng, 2, 5)
    accts = [ctx.account(rng, label=BEN, family="switchback", role="router_key", org=org, pay=pay, ips=egress,
                         ua=pick(rng, ("Go-http-client/2.0", "undici", "python-httpx/0.28.1"))) for _ in range(k)]
    rate = _u(rng, 70, 130)
    pools = worker_pool(rng, ctx.t0, ctx.t1, rate, k, global_load(_u(rng, 13, 17), _u(rng, 0.3, 0.5)))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    ramp = _u(rng, 1.5, 3) * DAY
    cap = _u(rng, 0.45, 0.7)
    for a, ts in zip(accts, pools, strict=True):
        b = _Buf()
        for t in ts.tolist():
            pn = 0.0 if t < ctx.release else cap * min(1.0, (t - ctx.release) / ramp)
            m = new if r.random() < pn else (mini if r.random() < 0.25 else old)
            if r.random() < 0.12:
                b.add(t, "Generate a short title (max 6 words) for a conversation that starts with: "
                      + T.clip(T.pick(r, ctx.chat), 40, 300, r), mini, 12.0)
            else:
                b.add(t, T.pick(r, ctx.chat), m, 330.0)
        b.emit(ctx, rng, a, sigma=0.9, err=0.02)


def pinion(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university group's prompt-sensitivity study: fixed items x perturbations x repeats x models."""
    r = _r(rng)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (0, 1, 2, -5))
    campus = home(rng, irange(rng, 2, 5), tz)
    items = [T.study_item(r) for _ in range(irange(rng, 80, 200))]
    old, new = ctx.old_models[0], ctx.new_model
    n = irange(rng, 6, 12)
    for i in range(n):
        a = ctx.account(rng, label=BEN, family="pinion", role="researcher", org=org, pay=cards[i % 2],
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
                        ips=campus, tz=tz)
        jobs = thinned(rng, ctx.t0 + _u(rng, 0, 2) * DAY, ctx.t1, _u(rng, 0.5, 1.5) * 7,
                       workday(tz, start=10, end=23, weekend=0.5, night=0.1))
        b = _Buf()
        for s in jobs.tolist():
            op = r.randrange(6)
            chosen = r.sample(items, min(len(items), r.randint(15, 40)))
            reps = r.randint(2, 5)
            models = [old, new] if s >= ctx.release else [old]
            t = s
            for m in models:
                for it in chosen:
                    p = T.perturb(r, it, op)
                    for _ in range(reps):
                        t += float(rng.lognormal(np.log(1.2), 0.6))
                        b.add(t, p, m, 220.0)
        if b.ts:
            b.emit(ctx, rng, a, sigma=0.6, err=0.02)


def strub(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketplace's nightly catalogue-enrichment pipeline (plus a staging key by day)."""
    r = _r(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 2))
    nat = cloud(rng, irange(rng, 1, 3), "aws")
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
    prod = [ctx.account(rng, label=BEN, family="strub", role="pipeline_prod", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
            for _ in range(irange(rng, 1, 3))]
    staging = ctx.account(rng, label=BEN, family="strub", role="pipeline_staging", org=org, pay=pay, ua=ua, ips=nat,
                          tz=tz)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    ab_night = ctx.release + _u(rng, 0.5, 1.5) * DAY
    p_mini = _u(rng, 0.55, 0.8)
    rate, hours = _u(rng, 400, 900), _u(rng, 2, 3.5)  # per hour while the nightly job runs
    pools = worker_pool(rng, ctx.t0, ctx.t1, rate * hours / 24, len(prod), nightly(_u(rng, 0.5, 2.5), hours, tz))
    for a, ts in zip(prod, pools, strict=True):
        b = _Buf()
        for t in ts.tolist():
            p, c = T.product_prompt(r)
            ab = ab_night <= t < ab_night + 12 * HOUR and r.random() < 0.3
            b.add(t, p, new if ab else (mini if r.random() < p_mini else old), c)
        if b.ts:
            b.emit(ctx, rng, a, sigma=0.45, err=0.02)
    b = _Buf()
    for t in worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 5, 15), 1, workday(tz))[0].tolist():
        p, c = T.product_prompt(r)
        b.add(t, p, new if (t >= ctx.release and r.random() < 0.4) else mini, c)
    if b.ts:
        b.emit(ctx, rng, staging, sigma=0.5)


BENIGN_KINDS = {
    "funicular": funicular,
    "cogwheel": cogwheel,
    "riggenbach": riggenbach,
    "switchback": switchback,
    "pinion": pinion,
    "strub": strub,
}
