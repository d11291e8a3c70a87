"""Hard-negative benign kinds of blind batch 56 (code names from bread baking).

Each kind is `fn(ctx, rng)`: legitimate traffic that shares surface traits with harvesting. It
creates accounts through `ctx.account` (label "benign", family = the kind) and writes events
through `ctx.emit`. Parameters are drawn per seed; `README.md` lists their ranges.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    rented_block,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind56 import texts as tx
from bench.monitor_blind56.families import chain_times, concat, job_windows, product

LABEL = "benign"


# --------------------------------------------------------------------------------------------
# levain: a customer's evaluation team benchmarking the new model on release day


def levain(ctx: Ctx, rng: np.random.Generator) -> None:
    a, rel = ctx.t0, ctx.release
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 6))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "litellm/1.60.2"))
    tz = pick(rng, (-8, -5, 0, 1))
    comp_by_suite = {"mcq": 6.0, "math": 420.0, "code": 260.0, "safety": 300.0, "summ": 110.0}
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family="levain", role="eval_runner", org=org, pay=pay, ua=ua,
                           ips=list(rng.choice(block, size=irange(rng, 1, 2)).tolist()), tz=tz)
        suites = list(rng.choice(tx.EVAL_SUITES, size=irange(rng, 1, 2), replace=False).tolist())
        n_items = irange(rng, 200, 600)
        salt = int(rng.integers(1 << 30))
        runs = [(rel + float(rng.uniform(0.4, 8.0)) * HOUR, [ctx.new_model, ctx.old_models[0]])]
        for _ in range(irange(rng, 0, 2)):  # regression runs on the old models
            day = float(rng.uniform(0, (rel - a) / DAY - 0.5))
            runs.append((a + np.floor(day) * DAY + (float(rng.uniform(9, 17)) - tz) * HOUR, list(ctx.old_models)))
        if chance(rng, 0.6):  # a re-run after fixing prompts
            runs.append((rel + float(rng.uniform(1.0, 2.5)) * DAY, [ctx.new_model]))
        samples = 1 if chance(rng, 0.6) else irange(rng, 2, 3)
        rate = float(rng.uniform(1200, 3500))
        ts_l, prompts, models, cm = [], [], [], []
        for start, run_models in runs:
            for suite in suites:
                for m in run_models:
                    k = n_items * samples
                    ts_l.append(start + np.cumsum(rng.exponential(HOUR / rate, size=k)))
                    idx = np.repeat(np.arange(n_items), samples)
                    prompts += [tx.eval_item(suite, int(i), salt) for i in idx.tolist()]
                    models += [m] * k
                    cm += [comp_by_suite[suite]] * k
        ts = concat(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, acct, ts[order], [prompts[i] for i in order.tolist()], models=[models[i] for i in order.tolist()],
                 comp_median=np.asarray(cm)[order], comp_sigma=0.5, err=float(rng.uniform(0.01, 0.05)))


# --------------------------------------------------------------------------------------------
# banneton: a labelling / grading vendor pre-labelling client data with the API


def banneton(ctx: Ctx, rng: np.random.Generator) -> None:
    a, b = ctx.t0, ctx.t1
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = list(rng.choice([5, 8, 2, -3], size=irange(rng, 1, 2), replace=False).tolist())
    clients = [f"client:{pick(rng, tx.CITIES).lower()}-{irange(rng, 10, 99)}" for _ in range(irange(rng, 3, 6))]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    p_new = float(rng.uniform(0.15, 0.45))
    for tz in offices:
        nat = home(rng, irange(rng, 1, 3), int(tz))
        keys = [ctx.account(rng, label=LABEL, family="banneton", role="labeller", org=org, pay=pay, ua=ua, ips=nat,
                            tz=int(tz)) for _ in range(irange(rng, 3, 7))]
        rate = float(rng.uniform(40, 120))
        for acct, ts in zip(keys, worker_pool(rng, a, b, rate, len(keys), workday(int(tz), weekend=0.02)), strict=True):
            if len(ts) == 0:
                continue
            prompts = [tx.label_task(rng, pick(rng, ctx.chat), pick(rng, clients)) for _ in range(len(ts))]
            cm = np.array([200.0 if "rubric" in p else 70.0 for p in prompts])
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.55), comp_median=cm,
                     comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# poolish: a university course giving every student a key (labs, evenings, a deadline)


def poolish(ctx: Ctx, rng: np.random.Generator) -> None:
    a, b = ctx.t0, ctx.t1
    tz = pick(rng, (-5, -8, 0, 1, 8, 5, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 4), tz)
    course = pick(rng, tx.COURSES)
    n = irange(rng, 35, 70)
    lab_days = sorted(rng.choice([0, 1, 2, 3, 4], size=2, replace=False).tolist())
    lab_h = float(rng.uniform(9, 16))
    deadline_day = irange(rng, 3, 6)
    p_hw = float(rng.uniform(0.55, 0.8))
    p_new = float(rng.uniform(0.4, 0.8))

    def lab(ts: np.ndarray) -> np.ndarray:
        h, d = local_hour(ts, tz), weekday(ts, tz)
        return ((h >= lab_h) & (h < lab_h + 2) & np.isin(d, lab_days)).astype(np.float64)

    def deadline(ts: np.ndarray) -> np.ndarray:
        day = np.floor((np.asarray(ts) - a) / DAY)
        return np.where(day == deadline_day - 1, 3.0, 1.0) / 3.0

    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        own = home(rng, 1, tz)
        acct = ctx.account(rng, label=LABEL, family="poolish", role="student", org=org, pay=pay, ua=ua,
                           ips=own, tz=tz)
        t_lab = thinned(rng, a, b, float(rng.uniform(4, 14)) * 2, lab)
        t_home = concat(session_times(rng, a, b, float(rng.uniform(0.3, 1.2)), product(evening_person(tz), deadline),
                                      float(rng.uniform(2.5, 6)), float(rng.uniform(60, 220))))
        ts = np.concatenate([t_lab, t_home])
        if len(ts) == 0:
            ts = np.array([rng.uniform(a, b)])
        ips = [pick(rng, campus) for _ in range(len(t_lab))] + [own[0]] * (len(ts) - len(t_lab))
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ips[i] for i in order.tolist()]
        hw = rng.random(len(ts)) < p_hw
        prompts = [tx.homework(rng, course) if h else pick(rng, ctx.chat) for h in hw.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1), ips=ips,
                 comp_median=np.where(hw, 600.0, 320.0), comp_sigma=0.55, err=0.01)


# --------------------------------------------------------------------------------------------
# autolyse: a development team's IDE coding agents


def autolyse(ctx: Ctx, rng: np.random.Generator) -> None:
    a, b = ctx.t0, ctx.t1
    tz = pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    tool = pick(rng, ("Cline/3.4.0", "Continue/0.9.250 (vscode)", "roo-code/3.3.2", "aider/0.72.1"))
    repo = pick(rng, ("acme-shop", "ledgerly", "fleetops", "mediakit", "clinic-portal"))
    n = irange(rng, 10, 22)
    p_new = float(rng.uniform(0.6, 0.9))
    for _ in range(n):
        ua = tool if chance(rng, 0.8) else pick(rng, ("Cline/3.4.0", "Continue/0.9.250 (vscode)", "aider/0.72.1"))
        own = home(rng, 1, tz)
        acct = ctx.account(rng, label=LABEL, family="autolyse", role="developer", org=org, pay=pay, ua=ua,
                           ips=office + own, tz=tz)
        steps_mean, gap = float(rng.uniform(6, 16)), float(rng.uniform(3, 9))
        base, per = float(rng.uniform(3000, 9000)), float(rng.uniform(800, 2500))
        ts_l, prompts, ips, extra, cm = [], [], [], [], []
        for s in thinned(rng, a, b, float(rng.uniform(4, 12)) * (b - a) / DAY, workday(tz, weekend=0.06)).tolist():
            k = min(50, 1 + int(rng.negative_binomial(2, 2 / (2 + steps_mean - 1))))
            ts_l.append(chain_times(rng, s, k, gap, 0.8))
            prompts += [tx.ide_task(rng, repo)] + [tx.ide_step(rng, repo) for _ in range(k - 1)]
            ip = pick(rng, office) if chance(rng, 0.6) else own[0]
            ips += [ip] * k
            extra += [int(min(120000, base + i * per)) for i in range(k)]
            cm += [300.0] * (k - 1) + [600.0]
        if not ts_l:
            continue
        ts = concat(ts_l)
        order = np.argsort(ts, kind="stable")
        ol = order.tolist()
        ctx.emit(rng, acct, ts[order], [prompts[i] for i in ol], models=ctx.models(rng, ts[order], p_new=p_new, p_mini=0.02),
                 ips=[ips[i] for i in ol], comp_median=np.asarray(cm)[order], comp_sigma=0.6, err=0.01,
                 extra=np.asarray(extra)[order])


# --------------------------------------------------------------------------------------------
# couche: an LLM router / aggregator forwarding many apps' users


def couche(ctx: Ctx, rng: np.random.Generator) -> None:
    a, b = ctx.t0, ctx.t1
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("node", "Go-http-client/2.0", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    peak, depth = float(rng.uniform(13, 18)), float(rng.uniform(0.35, 0.6))
    p_new = float(rng.uniform(0.35, 0.6))
    p_retry = float(rng.uniform(0.03, 0.06))
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family="couche", role="upstream_key", org=org, pay=pay, ua=ua,
                           ips=cloud(rng, irange(rng, 4, 12), provider))
        rate = float(rng.uniform(40, 100))
        ts = thinned(rng, a, b, rate * (b - a) / HOUR, global_load(peak, depth))
        prompts = [tx.app_prompt(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        retry = rng.random(len(ts)) < p_retry
        r_idx = np.flatnonzero(retry)
        ts_r = ts[r_idx] + rng.uniform(0.8, 4.0, size=len(r_idx))
        status = np.where(rng.random(len(ts)) < 0.01, 429, 200)
        status[r_idx] = 429
        all_ts = np.concatenate([ts, ts_r])
        all_p = prompts + [prompts[i] for i in r_idx.tolist()]
        all_s = np.concatenate([status, np.full(len(r_idx), 200)])
        order = np.argsort(all_ts, kind="stable")
        ctx.emit(rng, acct, all_ts[order], [all_p[i] for i in order.tolist()],
                 models=ctx.models(rng, all_ts[order], p_new=p_new, p_mini=0.25), comp_median=300.0, comp_sigma=0.7,
                 status=all_s[order])


# --------------------------------------------------------------------------------------------
# crumb: an academic self-consistency study sampling each question many times


def crumb(ctx: Ctx, rng: np.random.Generator) -> None:
    a, b, rel = ctx.t0, ctx.t1, ctx.release
    n = irange(rng, 2, 4)
    tz = pick(rng, (0, 1, 2, -5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("ovh", "scaleway", "hetzner", "aws"))
    for j in range(n):
        ips = cloud(rng, irange(rng, 1, 3), provider) + (home(rng, 1, tz) if j == 0 else [])
        acct = ctx.account(rng, label=LABEL, family="crumb", role="researcher", org=org, pay=pay,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "OpenAI/Python 1.54.0")),
                           ips=ips, tz=tz)
        night = nightly(float(rng.uniform(21, 26)) % 24, float(rng.uniform(2, 5)), tz)
        day_jobs = job_windows(rng, a, b, 0.4, 0.5, 2.0)
        ts_l, prompts, models, cm = [], [], [], []
        job_starts = thinned(rng, a, b, float(rng.uniform(2, 5)),
                             lambda t, night=night, day_jobs=day_jobs: np.maximum(night(t), day_jobs(t)))
        for s in job_starts.tolist():
            model = ctx.new_model if s >= rel and chance(rng, 0.6) else pick(rng, ctx.old_models)
            n_q, n_s = irange(rng, 30, 110), pick(rng, (5, 8, 10, 16, 20))
            t = s
            for q in range(n_q):
                base = tx.study_question(rng, q + 1)
                times = t + np.sort(rng.uniform(0, float(rng.uniform(1, 30)), size=n_s))
                ts_l.append(times)
                prompts += [base] * n_s
                models += [model] * n_s
                cm += [float(rng.uniform(350, 800))] * n_s
                t = float(times[-1]) + float(rng.exponential(6.0))
        if not ts_l:
            continue
        ts = concat(ts_l)
        order = np.argsort(ts, kind="stable")
        ol = order.tolist()
        ctx.emit(rng, acct, ts[order], [prompts[i] for i in ol], models=[models[i] for i in ol],
                 comp_median=np.asarray(cm)[order], comp_sigma=0.45, err=0.01, ips=None)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "levain": levain,
    "banneton": banneton,
    "poolish": poolish,
    "autolyse": autolyse,
    "couche": couche,
    "crumb": crumb,
}
