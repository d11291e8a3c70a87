"""Hard-negative benign kinds of blind batch 60 (code names from cheese making).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (templated
prompts, repeats across models, agent loops, cloud egress, night batches, many keys under one
org), labelled benign in the truth.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind60 import texts as tx
from bench.monitor_blind60.families import qa_pairs

EVAL_UAS = ("lm-eval/0.4.8 OpenAI/Python 1.58.1", "inspect_ai/0.3.72 OpenAI/Python 1.63.2",
            "OpenAI/Python 1.63.2", "helm/0.5.5 python-httpx/0.28.1")
IDE_UAS = ("Cursor/0.46.11", "Cline/3.4.2 (vscode 1.97.2)", "Continue/0.9.262 (vscode)",
           "aider/0.75.1 litellm/1.61.0", "Zed/0.174.6")


def _benign(ctx, rng, kind, role, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# cheddaring: a model-evaluation team re-running fixed suites across model versions

def cheddaring(ctx, rng):
    kind = "cheddaring"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    keys = [_benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=pick(rng, EVAL_UAS),
                    ips=bb.cloud(rng, irange(rng, 1, 3), prov)) for _ in range(irange(rng, 3, 7))]
    tz = pick(rng, (-8, -5, 0, 1))
    suite = [tx.eval_item(rng) for _ in range(irange(rng, 500, 1100))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = []  # (start, models, n_items)
    for d in range(irange(rng, 1, 2)):  # baselines before the release
        runs.append((ctx.t0 + (1 + d) * DAY + float(rng.uniform(9, 17) - tz) * HOUR, [old, mini], len(suite)))
    runs.append((ctx.release + float(rng.uniform(0.5, 5)) * HOUR, [new, old], len(suite)))  # release-day sweep
    runs.append((ctx.release + float(rng.uniform(8, 20)) * HOUR, [new], len(suite)))  # a re-run after a fix
    for d in range(1, 3):  # nightly regression subsets
        runs.append((ctx.release + d * DAY + float(rng.uniform(1, 4) - tz) * HOUR, [new], irange(rng, 150, 400)))
    rate = float(rng.uniform(1.5, 5.0))  # items per second over all workers
    for start, models, n_items in runs:
        items = picks(rng, suite, n_items) if n_items < len(suite) else suite
        for mi, m in enumerate(models):
            s0 = start + mi * float(rng.uniform(0, 20)) * 60
            ts = s0 + np.cumsum(rng.exponential(1 / rate, size=len(items)))
            who = rng.integers(0, len(keys), size=len(items))
            for i, acct in enumerate(keys):
                sel = np.flatnonzero(who == i)
                if len(sel) == 0:
                    continue
                ctx.emit(rng, acct, ts[sel], [items[j][0] for j in sel.tolist()], models=m,
                         comp_median=np.array([items[j][1] for j in sel.tolist()]), comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# morge: a labelling vendor's annotators drafting ratings and rationales

def morge(ctx, rng):
    kind = "morge"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (8, 5, -3))
        office = bb.home(rng, irange(rng, 2, 4), tz)
        p_new = float(rng.uniform(0.3, 0.6))
        for _ in range(irange(rng, 12, 30)):
            acct = _benign(ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, bb.BROWSERS), ips=office, tz=tz)
            home_ip = bb.home(rng, 1, tz)[0]
            shift = bb.workday(tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(16, 19)), weekend=0.1)
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), shift,
                                        float(rng.uniform(4, 10)), float(rng.uniform(50, 150)), 0.8)
            if not sessions:
                continue
            ts = np.concatenate(sessions)
            wfh = chance(rng, 0.25)
            day = np.floor((ts + tz * HOUR) / DAY)
            wfh_days = set(np.unique(day)[rng.random(len(np.unique(day))) < 0.3].tolist()) if wfh else set()
            ips = [home_ip if d in wfh_days else pick(rng, office) for d in day.tolist()]
            prompts = [tx.annotator_prompt(rng, *pick(rng, qa_pairs())) if chance(rng, 0.8)
                       else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), ips=ips,
                     comp_median=float(rng.uniform(120, 220)), comp_sigma=0.6, err=0.005)


# --------------------------------------------------------------------------------------------
# lipase: a tutoring app's backend serving students in the evening

def lipase(ctx, rng):
    kind = "lipase"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    n = irange(rng, 2, 4)
    keys = [_benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=bb.cloud(rng, irange(rng, 2, 6), prov))
            for _ in range(n)]
    markets = pick(rng, ((-5, -8), (5,), (1, 0), (-3,), (8, 9)))
    curves = [bb.evening_person(tz) for tz in markets]

    def curve(ts):
        return sum(c(ts) for c in curves) / len(curves)

    rate = float(rng.uniform(40, 90))
    p_new, p_mini = float(rng.uniform(0.0, 0.3)), float(rng.uniform(0.4, 0.8))
    for acct, ts in zip(keys, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve), strict=True):
        items = [tx.tutor_prompt(rng) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, [p for p, _ in items], models=ctx.models(rng, ts, p_new, p_mini),
                 comp_median=np.array([c for _, c in items]), comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# hooping: a company's developers using coding agents in their IDEs

def hooping(ctx, rng):
    kind = "hooping"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2, 5))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    p_new = float(rng.uniform(0.5, 0.85))
    for _ in range(irange(rng, 15, 40)):
        acct = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, IDE_UAS), ips=office, tz=tz)
        home_ip = bb.home(rng, 1, tz)[0]
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7,
                            bb.workday(tz, start=float(rng.uniform(8, 10.5)), end=float(rng.uniform(17, 20)), weekend=0.08))
        ts_all, prompts, extra = [], [], []
        base = irange(rng, 2000, 12000)
        for s in starts.tolist():
            k = max(1, int(rng.negative_binomial(2, 2 / (2 + 9))))
            steps = tx.ide_episode(rng, k)
            ts_all.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(5, 15))), 0.7, size=k - 1))]))
            prompts += steps
            extra += [base + j * irange(rng, 400, 1500) for j in range(k)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        wfh = chance(rng, 0.3)
        ips = [home_ip if wfh and ((t + tz * HOUR) // DAY) % 2 == 0 else pick(rng, office) for t in ts.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips,
                 comp_median=float(rng.uniform(250, 500)), comp_sigma=0.6, extra=np.array(extra), err=0.01)


# --------------------------------------------------------------------------------------------
# mesophilic: a localisation vendor translating UI strings and help articles, with QA back-translation

def mesophilic(ctx, rng):
    kind = "mesophilic"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "scaleway", "azure"))
    ua = pick(rng, ("LocaliseFlow/3.2 python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    n = irange(rng, 2, 5)
    tz = pick(rng, (0, 1, 2))
    keys = [_benign(ctx, rng, kind, "mt_worker", org=org, pay=pay, ua=ua, ips=bb.cloud(rng, irange(rng, 1, 4), prov), tz=tz)
            for _ in range(n)]
    rate = float(rng.uniform(25, 60))
    night = float(rng.uniform(0.3, 0.6))
    p_new, p_mini = float(rng.uniform(0.1, 0.5)), float(rng.uniform(0.3, 0.6))
    day = bb.worker_pool(rng, ctx.t0, ctx.t1, rate * (1 - night), n, bb.workday(tz))
    nights = bb.worker_pool(rng, ctx.t0, ctx.t1, rate * night, n, bb.nightly(float(rng.uniform(21, 24)) % 24, 6.0, tz))
    for acct, a, b in zip(keys, day, nights, strict=True):
        ts = np.sort(np.concatenate([a, b]))
        items = [tx.l10n_prompt(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, [p for p, _ in items], models=ctx.models(rng, ts, p_new, p_mini),
                 comp_median=np.array([c for _, c in items]), comp_sigma=0.4, err=0.015)


# --------------------------------------------------------------------------------------------
# casein: a router / aggregator forwarding many end users' chats from a few keys

def casein(ctx, rng):
    kind = "casein"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Polyroute-Gateway/1.8.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0"))
    provs = picks(rng, ("aws", "gcp", "linode", "digitalocean", "hetzner"), 2)
    n = irange(rng, 4, 8)
    keys = [_benign(ctx, rng, kind, "router_key", org=org, pay=pay, ua=ua,
                    ips=bb.cloud(rng, irange(rng, 2, 5), pick(rng, provs))) for _ in range(n)]
    rate = float(rng.uniform(60, 120))
    curve = bb.global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.35, 0.55)))
    p_new = float(rng.uniform(0.3, 0.6))
    for acct, ts0 in zip(keys, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve), strict=True):
        ts_all, prompts = [], []
        for s in ts0.tolist():
            if chance(rng, 0.06):
                k = irange(rng, 2, 4)
                ts_all.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(60), 0.7, size=k - 1))]))
                prompts += [pick(rng, ctx.chat)] + picks(rng, ("continue", "go on", "more", "ok now shorter",
                                                              "can you make it funnier", "thanks! one more"), k - 1)
            else:
                ts_all.append(np.array([s]))
                prompts.append(pick(rng, ctx.chat))
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.12), comp_median=380.0, comp_sigma=0.7,
                 err=0.02)


BENIGN_KINDS = {
    "cheddaring": cheddaring,
    "morge": morge,
    "lipase": lipase,
    "hooping": hooping,
    "mesophilic": mesophilic,
    "casein": casein,
}
