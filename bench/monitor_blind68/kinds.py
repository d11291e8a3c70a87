"""Hard-negative benign kinds of blind batch 68 (code names: percussion instruments).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (repeated
benchmark prompts, agent loops, translation at volume, step-by-step tutoring, rating work,
aggregated relays). Accounts are labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    rented_block,
    session_times,
    workday,
    worker_pool,
)
from bench.monitor_blind68 import texts as tx

Rng = np.random.Generator


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _train(rng: Rng, t: float, k: int, gap: float) -> np.ndarray:
    """k requests fired back to back by a harness with limited concurrency."""
    return t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])


def timpani(ctx: Ctx, rng: Rng) -> None:
    """A company's model-evaluation team: a fixed benchmark suite re-run verbatim every night on the
    old models and, after the new model's release, several full sweeps (direct and chain-of-thought)."""
    fam = "timpani"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("inspect_ai/0.3.58 OpenAI/Python 1.58.1", "lm_eval/0.4.7 OpenAI/Python 1.54.0",
                    "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label="benign", family=fam, role="eval_runner", org=org, pay=pay, ua=ua, ips=nat)
             for _ in range(n)]
    suite = [tx.bench_item(rng) for _ in range(irange(rng, 500, 1200))]
    comp_of = [float(rng.uniform(3, 12)) if "letter only" in s or "'true' or 'false'" in s else
               float(rng.uniform(120, 400)) for s in suite]
    tz = int(pick(rng, (-8, -5, 0, 1)))
    gap = float(rng.uniform(0.3, 1.2))
    runs: list[tuple[float, list[int], str, bool]] = []   # start, item indices, model, chain-of-thought
    nightly_n = irange(rng, 120, 300)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        t = day0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR
        if ctx.t0 <= t < ctx.t1 and chance(rng, 0.9):
            idx = sorted(rng.choice(len(suite), size=nightly_n, replace=False).tolist())
            model = ctx.old_models[0] if t < ctx.release or chance(rng, 0.5) else ctx.new_model
            runs.append((t, idx, model, False))
    t = ctx.release + float(rng.uniform(2, 12)) * HOUR
    for rep in range(irange(rng, 2, 4)):
        runs.append((t, list(range(len(suite))), ctx.new_model, rep % 2 == 1))
        t += float(rng.uniform(1.5, 10)) * HOUR
    runs.append((t, list(range(len(suite))), ctx.old_models[0], False))
    per_acct: list[list] = [[] for _ in range(n)]
    for i, (start, idx, model, cot) in enumerate(runs):
        who = i % n
        ts = _train(rng, start, len(idx), gap)
        prompts = [suite[j] + ("\nLet's think step by step." if cot else "") for j in idx]
        comps = [comp_of[j] * (6.0 if cot else 1.0) for j in idx]
        per_acct[who].append((ts, prompts, [model] * len(idx), comps))
    for acct, parts in zip(accts, per_acct, strict=True):
        if not parts:
            continue
        ts = _flat([p[0] for p in parts])
        ctx.emit(rng, acct, ts, [x for p in parts for x in p[1]], models=[x for p in parts for x in p[2]],
                 comp_median=np.array([x for p in parts for x in p[3]]), comp_sigma=0.4, err=0.01)


def cajon(ctx: Ctx, rng: Rng) -> None:
    """Developers of one company using IDE coding agents: fast agent loops with large file context,
    office NAT on workdays and home broadband on other days."""
    fam = "cajon"
    n = irange(rng, 16, 36)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 3), tz)
    tools = list(rng.choice(("Cursor/0.45.11 (darwin arm64)", "Continue/0.9.250 (vscode 1.96.4)", "Zed/0.170.2",
                             "JetBrains-AI-Assistant/243.22562"), size=irange(rng, 1, 2), replace=False))
    p_new = float(rng.uniform(0.4, 0.8))
    for _ in range(n):
        own = home(rng, 1, tz)
        acct = ctx.account(rng, label="benign", family=fam, role="developer", org=org, pay=pay, ua=str(pick(rng, tools)),
                           ips=office + own, tz=tz)
        sessions = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 7)), workday(tz, weekend=0.05),
                                 float(rng.uniform(5, 13)), float(rng.uniform(3, 10)), 1.0)
        ts = _flat([s for s in sessions if len(s)])
        if len(ts) == 0:
            continue
        remote_days = set(rng.choice(7, size=irange(rng, 0, 3), replace=False).tolist())
        day = ((ts + tz * HOUR - ctx.t0) // DAY).astype(np.int64)
        ips = [own[0] if int(d) in remote_days else pick(rng, office) for d in day.tolist()]
        prompts = [tx.ide_step(rng) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), ips=ips,
                 comp_median=float(rng.uniform(250, 500)), comp_sigma=0.8, err=0.01,
                 extra=rng.lognormal(np.log(2500), 0.7, size=len(ts)).astype(np.int64))


def djembe(ctx: Ctx, rng: Rng) -> None:
    """A localisation company's translation pipeline: UI strings, help-centre articles and tickets
    translated steadily across three offices' working hours."""
    fam = "djembe"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    hosts = rented_block(rng, pick(rng, ("gcp", "azure")), 1, irange(rng, 2, 5))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/NodeJS 4.67.1"))
    accts = [ctx.account(rng, label="benign", family=fam, role="pipeline", org=org, pay=pay, ua=ua, ips=hosts)
             for _ in range(n)]
    offices = list(rng.choice(TZS, size=3, replace=False))
    rate = float(rng.uniform(25, 65))
    p_new = float(rng.uniform(0.15, 0.5))
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, multi_office([int(o) for o in offices])),
                        strict=True):
        passages = [pick(rng, ctx.passages) for _ in range(len(ts))]
        prompts = [tx.localise(rng, p) for p in passages]
        comp = np.clip(np.array([len(p) for p in prompts]) / 3.6, 60, 2000)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=comp, comp_sigma=0.3,
                 err=0.01)


def tambourine(ctx: Ctx, rng: Rng) -> None:
    """School deployments of a tutoring app: one key per school, class-sized bursts of step-by-step
    questions in school hours, district cards, school networks."""
    fam = "tambourine"
    n_districts = irange(rng, 2, 4)
    chromebook = ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/132.0.0.0 Safari/537.36")
    for _ in range(n_districts):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, TZS))
        ua_district = "Dart/3.6 (dart:io)" if chance(rng, 0.5) else chromebook
        for _ in range(irange(rng, 4, 9)):
            acct = ctx.account(rng, label="benign", family=fam, role="school", org=hexid(rng, "org") if chance(rng, 0.3) else org,
                               pay=pay, ua=ua_district, ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
            sessions = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4.5)),
                                     workday(tz, start=8.0, end=15.0, weekend=0.01, night=0.0),
                                     float(rng.uniform(12, 32)), float(rng.uniform(4, 12)), 0.9)
            ts = _flat([s for s in sessions if len(s)])
            prompts = [tx.tutor(rng) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.05, 0.6),
                     comp_median=float(rng.uniform(250, 450)), comp_sigma=0.5, err=0.01)


def bodhran(ctx: Ctx, rng: Rng) -> None:
    """Annotators of a data-labelling vendor using the model as a helper while rating responses:
    comparisons and rationales, shift work, vendor keys, office NAT or home broadband."""
    fam = "bodhran"
    n = irange(rng, 18, 38)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (3, 5, 8, 1, -3)))
    office = home(rng, irange(rng, 1, 2), tz)
    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(n):
        remote = chance(rng, 0.4)
        ips = home(rng, 1, tz) if remote else office
        acct = ctx.account(rng, label="benign", family=fam, role="annotator", org=org, pay=pay,
                           ua=pick(rng, BROWSERS), ips=ips, tz=tz)
        shift = float(pick(rng, (9.0, 9.0, 14.0)))
        sessions = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)),
                                 workday(tz, start=shift, end=shift + 8, weekend=0.15),
                                 float(rng.uniform(5, 13)), float(rng.uniform(45, 130)), 0.7)
        ts = _flat([s for s in sessions if len(s)])
        prompts = [tx.annotator(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05),
                 comp_median=float(rng.uniform(200, 450)), comp_sigma=0.6, err=0.005)


def vibraphone(ctx: Ctx, rng: Rng) -> None:
    """An LLM router / gateway relaying many customers' traffic through a few upstream keys: mostly
    ordinary chat, some utility tasks, retries of identical prompts, worldwide load."""
    fam = "vibraphone"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 8, 30), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("portkey-gateway/1.9.5", "Go-http-client/2.0", "undici"))
    accts = [ctx.account(rng, label="benign", family=fam, role="gateway_key", org=org, pay=pay, ua=ua, ips=egress)
             for _ in range(n)]
    rate = float(rng.uniform(60, 140))
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.3, 0.5)))
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve), strict=True):
        ts = ts.copy()
        prompts, comp = [], []
        for i in range(len(ts)):
            r = rng.random()
            if r < 0.07 and prompts:
                ts[i] = ts[i - 1] + float(rng.lognormal(np.log(3.0), 0.6))
                prompts.append(prompts[-1])
                comp.append(comp[-1])
            elif r < 0.2:
                prompts.append(tx.router_task(rng, pick(rng, ctx.passages)))
                comp.append(220.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(340.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.3), comp_median=np.array(comp),
                 comp_sigma=0.75, err=0.02)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "bodhran": bodhran,
    "cajon": cajon,
    "djembe": djembe,
    "tambourine": tambourine,
    "timpani": timpani,
    "vibraphone": vibraphone,
}

__all__ = ["BENIGN_KINDS"]
