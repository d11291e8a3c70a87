"""Hard-negative benign kinds of blind batch 74 (code names from sailing knots and rigging).

Each kind is a function `(ctx, rng)` that creates benign accounts (label "benign", family = the
kind's name) and writes their events. They are legitimate customers whose traffic resembles
harvesting: evaluation sweeps, routers, coding agents, localisation, labelling, research sampling.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind74 import texts as tx

R = np.random.Generator


def _benign(ctx: Ctx, rng: R, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _stream(rng: R, start: float, k: int, per_hour: float) -> np.ndarray:
    """k requests from `start` as a Poisson stream at per_hour (a queue drained by a client pool)."""
    return start + np.cumsum(rng.exponential(HOUR / per_hour, size=k))


def rolling_hitch(ctx: Ctx, rng: R) -> None:
    """A model-evaluation team: nightly regression on a fixed benchmark set, then a full paired sweep
    of old and new model after the release (the same items sent to both, some several times)."""
    kind = "rolling_hitch"
    tz = int(pick(rng, (-8, -5, 0, 1)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ci_ips = cloud(rng, irange(rng, 2, 6), "aws")
    n = irange(rng, 3, 6)
    ci = _benign(ctx, rng, kind, "ci", org=org, pay=pay, ua="inspect_ai/0.3.58 OpenAI/Python 1.58.1", ips=ci_ips, tz=tz)
    members = [_benign(ctx, rng, kind, "member", org=org, pay=pay, ua=sdk_ua(rng, 0.6),
                       ips=ci_ips[:1] + home(rng, 1, tz), tz=tz) for _ in range(n - 1)]
    sizes = {"mc": irange(rng, 500, 1400), "math": irange(rng, 250, 700), "code": irange(rng, 120, 350),
             "reading": irange(rng, 150, 450), "multi": irange(rng, 150, 400)}
    comp = {"mc": 6.0, "math": float(rng.uniform(250, 450)), "code": 150.0, "reading": 40.0, "multi": 35.0}
    items = [(s, tx.benchmark_item(rng, s, pick(rng, ctx.passages))) for s, k in sizes.items() for _ in range(k)]
    # nightly regression: a fixed random subset, every night, by CI
    sub = rng.choice(len(items), size=irange(rng, 150, 450), replace=False)
    night_h = float(rng.uniform(1, 4))
    ts_l, pr_l, md_l, cm_l = [], [], [], []
    for d in range(8):
        s = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + d * DAY + night_h * HOUR
        ts = _stream(rng, s, len(sub), float(rng.uniform(900, 2400)))
        models = [ctx.old_models[0]] + ([ctx.new_model] if s > ctx.release else [])
        for m in models:
            ts_l.extend(ts.tolist())
            pr_l.extend(items[i][1] for i in sub.tolist())
            md_l.extend([m] * len(sub))
            cm_l.extend(comp[items[i][0]] for i in sub.tolist())
    ts = np.asarray(ts_l)
    ctx.emit(rng, ci, ts, pr_l, models=md_l, comp_median=np.asarray(cm_l), comp_sigma=0.5, err=0.005)
    # release sweep: every item, both models, n samples, over the members' keys
    samples = irange(rng, 1, 3)
    sweep = ctx.release + float(rng.uniform(1, 10)) * HOUR
    order = rng.permutation(len(items) * 2 * samples)
    ts = _stream(rng, sweep, len(order), float(rng.uniform(500, 1400)))
    who = rng.integers(0, len(members), size=len(order))
    for j, acct in enumerate(members):
        sel = order[who == j]
        idx = (sel // (2 * samples)).tolist()
        mdl = [ctx.new_model if (x // samples) % 2 else ctx.old_models[0] for x in (sel % (2 * samples)).tolist()]
        ctx.emit(rng, acct, ts[who == j], [items[i][1] for i in idx], models=mdl,
                 comp_median=np.asarray([comp[items[i][0]] for i in idx]), comp_sigma=0.5, err=0.03)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)), workday(tz), 4.0, 90.0)
        if sess:
            t = np.concatenate(sess)
            ctx.emit(rng, acct, t, [pick(rng, ctx.chat) for _ in range(len(t))], models=ctx.models(rng, t, 0.7),
                     comp_median=320.0)


def carrick_bend(ctx: Ctx, rng: R) -> None:
    """A legitimate router / aggregator: end users' chat from all over the world through a few
    regional deployments' keys."""
    kind = "carrick_bend"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ver = f"relay-gw/2.{irange(rng, 1, 9)}.{irange(rng, 0, 20)} node/20.18.1"
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.7))
    p_new, p_mini = float(rng.uniform(0.35, 0.6)), float(rng.uniform(0.1, 0.3))
    for _ in range(irange(rng, 2, 4)):
        prov = str(pick(rng, ("aws", "gcp", "azure", "digitalocean")))
        acct = _benign(ctx, rng, kind, "router", org=org, pay=pay, ua=ver, ips=cloud(rng, irange(rng, 4, 12), prov))
        per_h = float(rng.uniform(25, 70))
        ts = thinned(rng, ctx.t0, ctx.t1, per_h * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
        extra = rng.lognormal(np.log(float(rng.uniform(150, 900))), 1.0, size=len(ts)).astype(np.int64)
        ctx.emit(rng, acct, ts, [pick(rng, ctx.chat) for _ in range(len(ts))], models=ctx.models(rng, ts, p_new, p_mini),
                 comp_median=300.0, comp_sigma=0.8, err=0.015, extra=extra)


def marlinspike(ctx: Ctx, rng: R) -> None:
    """A software company's developers using coding agents in their IDEs: bursts of tool-call steps
    with large file context, office hours, office and home addresses."""
    kind = "marlinspike"
    tz = int(pick(rng, (-8, -5, 0, 1, 2, 5)))
    tz2 = int(pick(rng, (-5, 1, 3, 5)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    repo = str(pick(rng, ("monorepo", "backend", "webapp", "platform")))
    p_new = float(rng.uniform(0.55, 0.9))
    for _ in range(irange(rng, 14, 32)):
        dtz = tz2 if chance(rng, 0.2) else tz
        ua = str(pick(rng, ("Cursor/0.45.11", "continue/0.9.250 (vscode)", "Cline/3.2.0 (vscode)",
                            "JetBrains-AI/243.22562", "Zed/0.170.3", "aider/0.72.1 litellm/1.60.2")))
        hip = home(rng, 1, dtz)
        acct = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=office + hip, tz=dtz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), workday(dtz), float(rng.uniform(5, 14)),
                             float(rng.uniform(3, 9)), 0.9)
        ts_l, pr_l, ip_l = [], [], []
        for s in sess:
            ip = pick(rng, office) if (dtz == tz and chance(rng, 0.65)) else hip[0]
            chat = chance(rng, 0.15)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(pick(rng, ctx.chat) if chat and j == 0 else tx.ide_agent_step(rng, j, repo))
                ip_l.append(ip)
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        extra = rng.lognormal(np.log(float(rng.uniform(3000, 12000))), 0.7, size=len(ts)).astype(np.int64)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new, 0.02), ips=ip_l,
                 comp_median=float(rng.uniform(220, 520)), comp_sigma=0.7, err=0.01, extra=extra)


def fairlead(ctx: Ctx, rng: R) -> None:
    """A localisation vendor: CAT-tool pre-translation jobs of many segments, office hours and some
    overnight bulk, pinned mostly to the old model."""
    kind = "fairlead"
    tz = int(pick(rng, (0, 1, 2)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = str(pick(rng, ("mtconnect/3.1 python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)")))
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "ovh", "aws")))
    langs = [k for k in tx.LANG_NAMES if k != "en"]
    projects = []
    for _ in range(irange(rng, 4, 10)):
        lang = str(pick(rng, langs))
        terms = tx.GLOSSARY.get(lang, tx.GLOSSARY["_"])
        gl = sorted({pick(rng, terms) for _ in range(irange(rng, 1, 3))})
        projects.append({"lang": lang, "glossary": gl, "register": pick(rng, ("formal", "neutral", "casual")),
                         "type": pick(rng, ("ui", "subtitle", "marketing", "legal", "support article"))})
    p_new = float(rng.uniform(0.1, 0.45))
    for _ in range(irange(rng, 2, 5)):
        acct = _benign(ctx, rng, kind, "cat_connector", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, workday(tz, weekend=0.1, night=0.08))
        ts_l, pr_l = [], []
        for s in jobs.tolist():
            proj = pick(rng, projects)
            k = irange(rng, 40, 320)
            t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.8, 4))), 0.6, size=k))
            ts_l.extend(t.tolist())
            pr_l.extend(tx.localisation_prompt(rng, proj, pick(rng, ctx.passages)) for _ in range(k))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        comp = np.maximum(12.0, np.array([len(p) for p in pr_l]) / 5.0)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new, 0.25), comp_median=comp, comp_sigma=0.3,
                 err=0.01)


def eye_splice(ctx: Ctx, rng: R) -> None:
    """A data-labelling vendor: LLM pre-annotation (intent, entities, toxicity, safety) of client
    texts and synthetic examples for rare classes, queue-driven around the clock, cheap models."""
    kind = "eye_splice"
    tz = int(pick(rng, (5, 8, 3, -3)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws"))) + home(rng, 1, tz)
    comp = {0: 25.0, 1: 90.0, 2: 8.0, 3: 30.0, 4: 450.0}
    p_new, p_mini = float(rng.uniform(0.05, 0.3)), float(rng.uniform(0.4, 0.8))
    for _ in range(irange(rng, 3, 6)):
        ua = str(pick(rng, ("python-requests/2.32.3", "labelflow-worker/1.8 aiohttp/3.11.11")))
        acct = _benign(ctx, rng, kind, "annotation_queue", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        tasks = rng.choice(5, size=irange(rng, 1, 3), replace=False).tolist()
        curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
        a = ctx.t0 + float(rng.uniform(0, 2)) * DAY
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(8, 28)) * (ctx.t1 - a) / HOUR, curve)
        tk = [int(pick(rng, tasks)) for _ in range(len(ts))]
        prompts = [tx.labelling_prompt(rng, t, pick(rng, ctx.chat)) for t in tk]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini),
                 comp_median=np.asarray([comp[t] for t in tk]), comp_sigma=0.5, err=0.02)


def topping_lift(ctx: Ctx, rng: R) -> None:
    """A university lab studying model behaviour: repeated sampling of probe sets (calibration,
    sycophancy, consistency, persona) on both models from an HPC cluster, plus interactive use."""
    kind = "topping_lift"
    tz = int(pick(rng, (-5, 0, 1, 9)))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    hpc = cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    comp = {0: 60.0, 1: 180.0, 2: 20.0, 3: 90.0}
    for _ in range(irange(rng, 8, 18)):
        hip = home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "student", org=org, pay=pick(rng, cards), ua=sdk_ua(rng, 0.6), ips=hpc + hip, tz=tz)
        ts_l, pr_l, md_l, cm_l, ip_l = [], [], [], [], []
        for _e in range(irange(rng, 0, 2)):
            study = irange(rng, 0, 3)
            probes = [tx.research_probe(rng, study) for _ in range(irange(rng, 25, 120))]
            k = int(pick(rng, (1, 2, 3, 5, 8)))
            cand = thinned(rng, ctx.t0, ctx.t1 - 6 * HOUR, 4.0, evening_person(tz, 3.0))
            start = float(pick(rng, cand)) if len(cand) else float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
            models = [ctx.old_models[0]] + ([ctx.new_model] if start > ctx.release else []) + \
                ([ctx.old_models[-1]] if chance(rng, 0.3) else [])
            reqs = [(p, m) for p in probes for m in models for _ in range(k)]
            t = _stream(rng, start, len(reqs), float(rng.uniform(300, 1500)))
            ts_l.extend(t.tolist())
            pr_l.extend(p for p, _ in reqs)
            md_l.extend(m for _, m in reqs)
            cm_l.extend([comp[study]] * len(reqs))
            ip_l.extend([pick(rng, hpc)] * len(reqs))
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 3.0, 120.0)
        for s in sess:
            ts_l.extend(s.tolist())
            pr_l.extend(pick(rng, ctx.chat) for _ in range(len(s)))
            md_l.extend(ctx.models(rng, s, 0.6))
            cm_l.extend([320.0] * len(s))
            ip_l.extend([hip[0]] * len(s))
        if not ts_l:
            t = np.array([ctx.t0 + float(rng.uniform(0, 6)) * DAY])
            ts_l, pr_l, md_l, cm_l, ip_l = t.tolist(), [pick(rng, ctx.chat)], ctx.models(rng, t), [320.0], hip
        ctx.emit(rng, acct, np.asarray(ts_l), pr_l, models=md_l, ips=ip_l, comp_median=np.asarray(cm_l),
                 comp_sigma=0.6, err=0.02)


BENIGN_KINDS = {
    "carrick_bend": carrick_bend,
    "eye_splice": eye_splice,
    "fairlead": fairlead,
    "marlinspike": marlinspike,
    "rolling_hitch": rolling_hitch,
    "topping_lift": topping_lift,
}
