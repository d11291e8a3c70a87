"""Hard-negative benign kinds of blind batch 58 (code names from climbing hardware): legitimate
traffic that looks like harvesting. Each is a generator `kind(ctx, rng)`; every parameter is drawn
per seed. See README.md for what each one does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind58 import texts as tx

G = np.random.Generator


def _u(rng: G, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _train(rng: G, t: float, k: int, gap_median: float, sigma: float = 0.6) -> np.ndarray:
    return t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=max(k - 1, 0)))])


def _days(ctx: Ctx) -> list[float]:
    """Midnights UTC inside the window."""
    d0 = np.floor(ctx.t0 / DAY) * DAY
    return [d0 + i * DAY for i in range(int((ctx.t1 - d0) / DAY) + 1)]


# --------------------------------------------------------------------------------------------
# carabiner: a company's model-evaluation team (nightly regression suites, release-day sweep)


def carabiner(ctx: Ctx, rng: G) -> None:
    kind = "carabiner"
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ci_ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    ci_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    ci = ctx.account(rng, label="benign", family=kind, role="eval_ci", org=org, pay=pay, ua=ci_ua, ips=ci_ips, tz=tz)
    sweep = ctx.account(rng, label="benign", family=kind, role="eval_sweep", org=org, pay=pay, ua=ci_ua, ips=ci_ips, tz=tz)
    engineers = [ctx.account(rng, label="benign", family=kind, role="engineer", org=org, pay=pay,
                             ua=bb.sdk_ua(rng, 0.6), ips=bb.home(rng, 2, tz), tz=tz) for _ in range(irange(rng, 1, 3))]
    fmt = irange(rng, 0, 2)
    sizes = {"gsm": irange(rng, 150, 300), "mc": irange(rng, 100, 250), "sci": irange(rng, 40, 120), "code": irange(rng, 60, 140)}
    comp = {"gsm": 430.0, "mc": 4.0, "sci": 380.0, "code": 170.0}
    suite = [(s, tx.eval_wrap(s, tx.eval_item(rng, s), fmt)) for s, n in sizes.items() for _ in range(n)]
    smoke_idx = rng.choice(len(suite), size=irange(rng, 150, 320), replace=False)
    hour = _u(rng, 1, 4)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model

    def run(acct, t: float, items: list[int], model: str, gap: float, samples: int = 1) -> None:
        idx = [i for i in items for _ in range(samples)]
        ts = _train(rng, t, len(idx), gap, 0.8)
        ctx.emit(rng, acct, ts, [suite[i][1] for i in idx], models=model,
                 comp_median=np.array([comp[suite[i][0]] for i in idx]), comp_sigma=0.6, err=0.01)

    for d in _days(ctx):
        t = d + ((hour - tz) % 24) * HOUR + _u(rng, 0, 900)
        models = [old, mini] + ([new] if t >= ctx.release else [])
        for m in models:
            run(ci, t, smoke_idx.tolist(), m, _u(rng, 0.15, 0.5))
            t += _u(rng, 60, 600)
    # release-day sweep of the whole suite, several samples per item
    t = ctx.release + _u(rng, 0.5, 5) * HOUR
    run(sweep, t, list(range(len(suite))), new, _u(rng, 0.1, 0.3), irange(rng, 2, 4))
    if chance(rng, 0.6):
        run(sweep, ctx.release + _u(rng, 1.2, 2.5) * DAY, list(range(len(suite))), new, _u(rng, 0.1, 0.3), 1)
    for e in engineers:
        for s in bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 1.5, 4), bb.workday(tz), _u(rng, 3, 8), _u(rng, 30, 120)):
            prompts = [suite[int(rng.integers(len(suite)))][1] if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in s]
            ctx.emit(rng, e, s, prompts, models=ctx.models(rng, s, 0.7, 0.2), comp_median=300.0)


# --------------------------------------------------------------------------------------------
# quickdraw: an IDE coding-agent product (agent loops with tool results, huge contexts)


def quickdraw(ctx: Ctx, rng: G) -> None:
    kind = "quickdraw"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 8, 20), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    prod = ctx.account(rng, label="benign", family=kind, role="agent_prod", org=org, pay=pay, ua=ua, ips=egress)
    staging = ctx.account(rng, label="benign", family=kind, role="agent_staging", org=org, pay=pay, ua=ua, ips=egress[:2])
    offices = list(rng.choice(bb.TZS, size=irange(rng, 3, 6), replace=False))
    curve = bb.multi_office([int(z) for z in offices])
    n_tasks = _u(rng, 1300, 2500)
    steps_mean = _u(rng, 5, 10)
    base_ctx = _u(rng, 2500, 9000)
    rollout = ctx.release + _u(rng, 0.3, 1.5) * DAY
    p_new = _u(rng, 0.55, 0.85)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, n_tasks, curve)
    per = {prod.id: ([], [], [], []), staging.id: ([], [], [], [])}
    for s in starts.tolist():
        acct = staging if chance(rng, 0.05) else prod
        k = 2 + int(rng.negative_binomial(2, 2 / (2 + steps_mean - 2)))
        ts = _train(rng, s, k, _u(rng, 2.5, 6), 0.7)
        ts_l, pr, co, ex = per[acct.id]
        for i, t in enumerate(ts.tolist()):
            ts_l.append(t)
            pr.append(tx.ide_instruction(rng, ctx.chat) if i == 0 else tx.ide_tool_result(rng))
            co.append(360.0 if i == k - 1 else 170.0)
            ex.append(int(base_ctx + i * _u(rng, 400, 1200)))
    for acct in (prod, staging):
        ts_l, pr, co, ex = per[acct.id]
        if not ts_l:
            ts_l, pr, co, ex = [ctx.t0 + HOUR], [tx.ide_instruction(rng, ctx.chat)], [200.0], [int(base_ctx)]
        ts = np.array(ts_l)
        u = rng.random(len(ts))
        models = [ctx.new_model if (t >= rollout and x < p_new) else ctx.old_models[0] for t, x in zip(ts.tolist(), u.tolist(), strict=True)]
        ctx.emit(rng, acct, ts, pr, models=models, comp_median=np.array(co), comp_sigma=0.7, extra=np.array(ex), err=0.015)


# --------------------------------------------------------------------------------------------
# tricam: a localisation vendor (TMS connector pushing segment batches, linguists reviewing)


def tricam(ctx: Ctx, rng: G) -> None:
    kind = "tricam"
    tz = int(pick(rng, (0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    conn_ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure")))
    connectors = [ctx.account(rng, label="benign", family=kind, role="tms_connector", org=org, pay=pay,
                              ua="Apache-HttpClient/5.4.1 (Java/21.0.5)", ips=conn_ips, tz=tz) for _ in range(irange(rng, 1, 2))]
    office = bb.home(rng, 1, tz)
    linguists = [ctx.account(rng, label="benign", family=kind, role="linguist", org=org, pay=pay,
                             ua=pick(rng, bb.BROWSERS), ips=office + bb.home(rng, 1, tz), tz=tz) for _ in range(irange(rng, 2, 4))]
    jobs_per_day = _u(rng, 5, 13)
    seg_lo, seg_hi = irange(rng, 15, 40), irange(rng, 120, 320)
    p_new = _u(rng, 0.1, 0.35)
    jobs = bb.thinned(rng, ctx.t0, ctx.t1, jobs_per_day * 7 * 5 / 7, bb.workday(tz))
    for c_i, conn in enumerate(connectors):
        mine = jobs[c_i::len(connectors)]
        ts_all, prompts, comps = [], [], []
        for j in mine.tolist():
            k = irange(rng, seg_lo, seg_hi)
            ts_all.append(_train(rng, j, k, _u(rng, 0.5, 2.0), 0.5))
            for _ in range(k):
                p, c = tx.l10n_job(rng, ctx.passages)
                prompts.append(p)
                comps.append(c)
        if ts_all:
            ts = np.concatenate(ts_all)
            ctx.emit(rng, conn, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), comp_median=np.array(comps),
                     comp_sigma=0.35, err=0.02)
    for lg in linguists:
        for s in bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 1.5, 4), bb.workday(tz), _u(rng, 5, 14), _u(rng, 40, 150)):
            ctx.emit(rng, lg, s, [tx.l10n_review(rng) for _ in s], models=ctx.models(rng, s, p_new, 0.1), comp_median=90.0)


# --------------------------------------------------------------------------------------------
# grigri: an annotation vendor whose annotators use the API to pre-label items


def grigri(ctx: Ctx, rng: G) -> None:
    kind = "grigri"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    sites = [(8, "sea"), (5, "in"), (1, "eu"), (-3, "latam")]
    site_w = rng.dirichlet(np.ones(len(sites)))
    n = irange(rng, 15, 35)
    shift_start = [_u(rng, 7, 9), _u(rng, 12.5, 14.5)]
    for _ in range(n):
        tz, region = sites[int(rng.choice(len(sites), p=site_w))]
        a = ctx.account(rng, label="benign", family=kind, role="annotator", org=org, pay=pay,
                        ua=pick(rng, bb.BROWSERS), ips=bb.resi(rng, irange(rng, 1, 3), region), tz=tz)
        st = pick(rng, shift_start)
        curve = bb.workday(tz, st, st + 8.5, weekend=0.1)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        sessions = bb.session_times(rng, start, ctx.t1, _u(rng, 2.5, 6), curve, _u(rng, 10, 30), _u(rng, 18, 60), 0.6)
        for s in sessions:
            if len(s) == 0:
                continue
            ctx.emit(rng, a, s, [tx.labelling(rng, ctx.chat, ctx.passages) for _ in s],
                     models=ctx.models(rng, s, 0.1, 0.65), comp_median=75.0, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# cordelette: a legitimate model router (many end users behind a few keys and egress IPs)


def cordelette(ctx: Ctx, rng: G) -> None:
    kind = "cordelette"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provs = list(rng.choice(["aws", "gcp", "azure", "oracle"], size=irange(rng, 1, 2), replace=False))
    egress = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 2, 6), p)]
    ua = pick(rng, ("reqwest/0.12.12", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
    n = irange(rng, 2, 4)
    keys = [ctx.account(rng, label="benign", family=kind, role="router_key", org=org, pay=pay, ua=ua, ips=egress)
            for _ in range(n)]
    total = _u(rng, 18000, 30000)
    shares = rng.dirichlet(np.full(n, 1.5))
    load = bb.global_load(_u(rng, 12, 18), _u(rng, 0.3, 0.55))
    p_app = _u(rng, 0.1, 0.25)
    for k, sh in zip(keys, shares.tolist(), strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, total * sh, load)
        prompts, comps = [], []
        for app in (rng.random(len(ts)) < p_app).tolist():
            if app:
                p = tx.clip(rng, pick(rng, ctx.passages), 300, 1800)
                prompts.append(pick(rng, (f"Summarize the following in 3 bullet points:\n\n{p}", f"TL;DR:\n{p}",
                                          f"Make this shorter and friendlier:\n\n{p}",
                                          f"Translate to {pick(rng, tx.LANGS)}:\n\n{tx.clip(rng, pick(rng, ctx.chat), 20, 300)}")))
                comps.append(160.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comps.append(340.0)
        ctx.emit(rng, k, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.25), comp_median=np.array(comps), err=0.015)


# --------------------------------------------------------------------------------------------
# portaledge: a university lab's sampling studies (self-consistency, calibration, surveys)


def portaledge(ctx: Ctx, rng: G) -> None:
    kind = "portaledge"
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = bb.cloud(rng, irange(rng, 2, 6), "gcp")
    comp = (450.0, 40.0, 6.0, 30.0)
    for _ in range(irange(rng, 3, 7)):
        home = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(rng, label="benign", family=kind, role="student", org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
                        ips=home + cluster, tz=tz)
        study = irange(rng, 0, 3)
        items = [tx.study_item(rng, study) for _ in range(irange(rng, 30, 120))]
        exps = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 0.4, 1.1) * 7, bb.workday(tz, 10, 23, weekend=0.4))
        for e in exps.tolist():
            samples = irange(rng, 3, 10)
            models = [ctx.old_models[0], ctx.old_models[-1]] + ([ctx.new_model] if e >= ctx.release else [])
            m = pick(rng, models)
            order = [i for i in range(len(items)) for _ in range(samples)]
            ts = _train(rng, e, len(order), _u(rng, 0.15, 0.8), 0.7)
            ctx.emit(rng, a, ts, [items[i] for i in order], models=m, ips=pick(rng, cluster),
                     comp_median=comp[study], comp_sigma=0.5, err=0.02)
        for s in bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.8, 2.5), bb.evening_person(tz), 4, 60):
            prompts = [pick(rng, items) if chance(rng, 0.3) else pick(rng, ctx.chat) for _ in s]
            ctx.emit(rng, a, s, prompts, models=ctx.models(rng, s, 0.6, 0.1), ips=pick(rng, home), comp_median=320.0)


BENIGN_KINDS = {
    "carabiner": carabiner,
    "quickdraw": quickdraw,
    "tricam": tricam,
    "grigri": grigri,
    "cordelette": cordelette,
    "portaledge": portaledge,
}
