"""Hard-negative benign kinds of blind batch 40 (code names only; what each is is in README.md).

Each kind is `f(ctx, rng)`: legitimate API customers whose traffic shares one or more surface
traits with harvesting (automation, volume, templates, cloud hosting, long answers, grading,
release-time bursts). All sizes and rates are drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind40 import texts


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# alidade — legal-tech customers extracting fields from contracts: document batches during the
# firm's working day, from a couple of enterprise-cloud addresses, long hidden documents, short
# JSON answers, mostly staying on the old model.

def alidade(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, TZS)
        ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws")))
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        p_new = float(rng.uniform(0.1, 0.4))
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(rng, label="benign", family="alidade", role="benign", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 12)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
            ts = _concat(bursts(rng, starts, float(rng.uniform(8, 25)), float(rng.uniform(2, 6)), b=ctx.t1))
            built = [texts.alidade_prompt(rng) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, [p for p, _ in built], extra=np.asarray([e for _, e in built], dtype=np.int64),
                     models=ctx.models(rng, ts, p_new=p_new), comp_median=180.0, comp_sigma=0.5)


# theodolite — an education company writing worked solutions for its own exercise bank: a nightly
# job from a cloud project, long step-by-step answers, plus a content editor's daytime spot checks.

def theodolite(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, TZS)
    ips = cloud(rng, 2, "gcp")
    start_h = float(rng.uniform(0, 3))
    jobs = [ctx.account(rng, label="benign", family="theodolite", role="benign", org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1")), ips=ips, tz=tz)
            for _ in range(irange(rng, 1, 2))]
    pool = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 60)), len(jobs), nightly(start_h, 4.0, tz))
    for a, ts in zip(jobs, pool, strict=True):
        ctx.emit(rng, a, ts, [texts.theodolite_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.5), comp_median=650.0, comp_sigma=0.45, err=0.02)
    ed = ctx.account(rng, label="benign", family="theodolite", role="benign", org=org, pay=pay,
                     ua=pick(rng, SDK_COMMON), ips=home(rng, 1, tz), tz=tz)
    ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 4.0, 90.0))
    ctx.emit(rng, ed, ts, [texts.theodolite_prompt(rng) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))],
             models=ctx.models(rng, ts, p_new=0.6), comp_median=600.0)


# clinometer — a writing-assistant product's backend: a few server keys relaying end users'
# rewrite / grammar / summary requests, templated wrappers around real user text, worldwide
# daily load curve, small VPS hosts.

def clinometer(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "hetzner", "vultr", "linode"))
    n = irange(rng, 2, 4)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    keys = [ctx.account(rng, label="benign", family="clinometer", role="benign", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, 2, prov)) for _ in range(n)]
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY  # the product moves to the new model later
    pool = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)), n, global_load(float(rng.uniform(12, 20)), 0.6))
    for a, ts in zip(keys, pool, strict=True):
        models = [ctx.new_model if t >= switch else ctx.old_models[-1] if chance(rng, 0.5) else ctx.old_models[0]
                  for t in ts.tolist()]
        ctx.emit(rng, a, ts, [texts.clinometer_prompt(rng, ctx.chat) for _ in range(len(ts))], models=models,
                 comp_median=180.0, comp_sigma=0.7, err=0.01)


# planimeter — academic groups benchmarking the new model on release: fresh keys opened around the
# release, a few intense multiple-choice evaluation runs (baseline runs on the old model too),
# from a lab cluster or a researcher's home, plus a little manual poking.

def planimeter(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 3, 5)):
        org, pay, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, TZS)
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure"))) if chance(rng, 0.6) else home(rng, 1, tz)
        style = int(rng.integers(3))
        comp = (450.0, 2.0, 500.0)[style]
        accts = [ctx.account(rng, label="benign", family="planimeter", role="benign", org=org, pay=pay,
                             ua=sdk_ua(rng), ips=ips, tz=tz) for _ in range(irange(rng, 1, 2))]
        opened = ctx.release + float(rng.uniform(-6, 24)) * HOUR
        parts: list[list[np.ndarray]] = [[] for _ in accts]
        models: list[list[str]] = [[] for _ in accts]
        for r in range(irange(rng, 1, 3)):
            a0 = opened + float(rng.uniform(0.2, 1.8)) * DAY * r / 2 + float(rng.uniform(0, 6)) * HOUR
            dur = float(rng.uniform(1.5, 5.0)) * HOUR
            baseline = r > 0 and chance(rng, 0.4)
            run = worker_pool(rng, a0, min(a0 + dur, ctx.t1), float(rng.uniform(100, 300)), len(accts))
            for i, ts in enumerate(run):
                parts[i].append(ts)
                models[i].extend([ctx.old_models[0] if baseline else ctx.new_model] * len(ts))
        for i, a in enumerate(accts):
            ts = np.concatenate(parts[i]) if parts[i] else np.empty(0)
            order = np.argsort(ts, kind="stable")
            ts = ts[order]
            ctx.emit(rng, a, ts, [texts.planimeter_prompt(rng, style) for _ in range(len(ts))],
                     models=[models[i][j] for j in order.tolist()], comp_median=comp, comp_sigma=0.5, err=0.05)
            man = _concat(session_times(rng, max(opened, ctx.t0), ctx.t1, 1.0, workday(tz), 3.0, 120.0))
            ctx.emit(rng, a, man, [pick(rng, ctx.chat) for _ in range(len(man))], ua=pick(rng, BROWSERS),
                     ips=home(rng, 1, tz)[0], models=ctx.models(rng, man, p_new=0.9), comp_median=350.0)


# tacheometer — a multinational support organisation's QA team: a pipeline key scoring agent
# replies against a rubric and translating tickets (from cloud), and analysts doing the same by
# hand from office addresses in two or three time zones.

def tacheometer(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = rng.choice(TZS, size=irange(rng, 2, 3), replace=False).tolist()
    office_ip = {tz: home(rng, 1, tz) for tz in offices}
    pipes = [ctx.account(rng, label="benign", family="tacheometer", role="benign", org=org, pay=pay,
                         ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
                         ips=cloud(rng, 2, pick(rng, ("aws", "azure", "gcp")))) for _ in range(irange(rng, 1, 2))]
    pool = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)), len(pipes), multi_office(offices))
    for a, ts in zip(pipes, pool, strict=True):
        ctx.emit(rng, a, ts, [texts.tacheometer_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.3), comp_median=220.0, comp_sigma=0.5)
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, offices)
        a = ctx.account(rng, label="benign", family="tacheometer", role="benign", org=org, pay=pay,
                        ua=pick(rng, BROWSERS), ips=office_ip[tz], tz=tz)
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, 3.0, workday(tz), 6.0, 75.0))
        ctx.emit(rng, a, ts, [texts.tacheometer_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.5), comp_median=220.0)


BENIGN_KINDS = {
    "alidade": alidade,
    "clinometer": clinometer,
    "planimeter": planimeter,
    "tacheometer": tacheometer,
    "theodolite": theodolite,
}
