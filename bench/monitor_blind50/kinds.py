"""Hard-negative benign kinds of blind batch 50 (code names from hand weaving).

Each kind is a generator `(ctx, rng)` that opens benign accounts through `ctx.account` and writes
their events through `ctx.emit`: legitimate traffic that shares surface features with harvesting.
The README describes every kind.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind50 import texts

Rng = np.random.Generator


def _emit(ctx: Ctx, rng: Rng, acct: Acct, ts: list[float], prompts: list[str], models: list[str],
          **cols) -> int:
    """Emit events given in any order; list columns are per event and sorted with the times."""
    if not ts:
        return 0
    order = np.argsort(np.asarray(ts), kind="stable")
    sel = order.tolist()
    out = {}
    for k, v in cols.items():
        if isinstance(v, list) and len(v) == len(ts):
            out[k] = [v[i] for i in sel] if k in ("ips", "ua") else np.asarray(v)[order]
        else:
            out[k] = v
    return ctx.emit(rng, acct, np.asarray(ts)[order], [prompts[i] for i in sel], models=[models[i] for i in sel],
                    **out)


def _local_time(ctx: Ctx, day: int, hour: float, tz: int) -> float:
    """Epoch seconds of `hour` local time on the window's day `day` (0-based)."""
    midnight_utc = np.floor(ctx.t0 / DAY) * DAY + day * DAY
    return float(midnight_utc + (hour - tz) * HOUR)


def raddle(ctx: Ctx, rng: Rng) -> None:
    """A model-evaluation team: fixed suites replayed on old and new models around the release."""
    kind = "raddle"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "aws") + home(rng, irange(rng, 1, 2), tz)
    accts = [ctx.account(rng, label="benign", family=kind, role="eval_runner", org=org, pay=pay,
                         ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")),
                         ips=ips, tz=tz) for _ in range(n)]
    sizes = {"mcq": irange(rng, 150, 400), "gsm": irange(rng, 80, 250), "code": irange(rng, 40, 120),
             "mgsm": irange(rng, 40, 120), "needle": irange(rng, 10, 40)}
    comp = {"mcq": 3.0, "gsm": 220.0, "code": 260.0, "mgsm": 200.0, "needle": 6.0}
    suite = [(s, texts.eval_item(rng, s)) for s, k in sizes.items() for _ in range(k)]
    old, new = ctx.old_models[0], ctx.new_model
    rel_day = int((ctx.release - np.floor(ctx.t0 / DAY) * DAY) // DAY)
    n_days = int(np.ceil((ctx.t1 - ctx.t0) / DAY))
    runs: list[tuple[float, list[str], float]] = []
    for d in sorted(int(x) for x in rng.choice(np.arange(0, max(1, rel_day)), size=min(rel_day, irange(rng, 1, 3)),
                                                 replace=False)):
        runs.append((_local_time(ctx, d, float(rng.uniform(10, 16)), tz), [old], float(rng.uniform(0.2, 0.4))))
    post_days = list(range(rel_day, n_days))
    for _ in range(irange(rng, 3, 5)):
        d = pick(rng, post_days)
        h = float(rng.uniform(9, 17)) if chance(rng, 0.75) else float(rng.uniform(20, 24))
        ms = [new, old] if chance(rng, 0.7) else [new, old, ctx.old_models[-1]]
        runs.append((max(ctx.release + 600.0, _local_time(ctx, d, h, tz)), ms, 1.0))
    rate = float(rng.uniform(1.0, 4.0))
    per_acct: dict[int, tuple[list, list, list, list]] = {i: ([], [], [], []) for i in range(n)}
    for t_start, ms, frac in runs:
        t = t_start
        for m in ms:
            for s, item in suite:
                if frac < 1.0 and rng.random() > frac:
                    continue
                t += float(rng.exponential(1.0 / rate))
                ts, ps, mo, cm = per_acct[int(rng.integers(n))]
                ts.append(t)
                ps.append(item)
                mo.append(m)
                cm.append(comp[s])
    for i, acct in enumerate(accts):
        ts, ps, mo, cm = per_acct[i]
        _emit(ctx, rng, acct, ts, ps, mo, comp_median=cm, comp_sigma=0.5, err=0.03)


def thrum(ctx: Ctx, rng: Rng) -> None:
    """A SaaS company's localisation pipeline: nightly help-centre and UI strings into many languages."""
    kind = "thrum"
    tz = pick(rng, (1, 2, -5, 9))
    product = pick(rng, ("Ledgerly", "Tidewater", "Kitebase", "Mosaico", "Parcelio", "Orchardly"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    accts = [ctx.account(rng, label="benign", family=kind, role="l10n_prod", org=org, pay=pay, ua=ua, ips=ips, tz=tz)]
    if chance(rng, 0.6):
        accts.append(ctx.account(rng, label="benign", family=kind, role="l10n_staging", org=org, pay=pay, ua=ua,
                                 ips=ips, tz=tz))
    langs = [str(x) for x in rng.choice(texts.LANGS, size=irange(rng, 6, 12), replace=False)]
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    gap = float(rng.uniform(0.8, 2.5))
    n_days = int(np.ceil((ctx.t1 - ctx.t0) / DAY)) + 1
    jobs: list[tuple[Acct, float, int, list[str]]] = []
    for d in range(-1, n_days):
        jobs.append((accts[0], _local_time(ctx, d, float(rng.uniform(1, 3)), tz), irange(rng, 60, 180), langs))
        if int(weekday(np.asarray([_local_time(ctx, d, 12, tz)]), tz)[0]) < 5:
            for _ in range(irange(rng, 0, 2)):
                sub = [str(x) for x in rng.choice(langs, size=irange(rng, 2, len(langs)), replace=False)]
                who = accts[-1] if chance(rng, 0.4) else accts[0]
                jobs.append((who, _local_time(ctx, d, float(rng.uniform(9, 18)), tz), irange(rng, 10, 40), sub))
    cols: dict[str, tuple[list, list, list, list]] = {a.id: ([], [], [], []) for a in accts}
    for acct, t, m, ls in jobs:
        ts, ps, mo, cm = cols[acct.id]
        for _ in range(m):
            text = texts.ui_string(rng, product) if chance(rng, 0.4) else pick(rng, ctx.passages)[: irange(rng, 200, 1500)]
            for lang in ls:
                t += float(rng.lognormal(np.log(gap), 0.5))
                ts.append(t)
                ps.append(texts.localise_prompt(rng, text, lang, product))
                mo.append(ctx.new_model if (t >= switch and rng.random() < 0.8) else ctx.old_models[0])
                cm.append(len(text) / 3.5 * float(rng.uniform(1.0, 1.4)))
    for acct in accts:
        ts, ps, mo, cm = cols[acct.id]
        _emit(ctx, rng, acct, ts, ps, mo, comp_median=cm, comp_sigma=0.25, err=0.01)


def inkle(ctx: Ctx, rng: Rng) -> None:
    """A tutoring app's backend: students' short multi-turn homework threads after school."""
    kind = "inkle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    roles = ["web", "mobile_app"] + (["staging"] if chance(rng, 0.6) else [])
    weights = {"web": 0.6, "mobile_app": 0.38, "staging": 0.02}
    accts = [ctx.account(rng, label="benign", family=kind, role=r, org=org, pay=pay,
                         ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1")),
                         ips=cloud(rng, irange(rng, 3, 6), provider)) for r in roles]
    markets = pick(rng, ([(-5, "en"), (5, "hi")], [(-8, "en"), (-3, "es")], [(0, "en"), (5, "hi"), (-5, "en")]))
    per_day = float(rng.uniform(250, 500))
    size_mean, gap = float(rng.uniform(4, 8)), float(rng.uniform(30, 90))
    sys_tok, turn_tok = irange(rng, 300, 600), irange(rng, 150, 300)
    p_chat = float(rng.uniform(0.15, 0.3))
    comp_med = float(rng.uniform(250, 400))
    names = [a.id for a in accts]
    w = np.asarray([weights[r] for r in roles])
    cols: dict[str, tuple[list, list, list]] = {a: ([], [], []) for a in names}
    for tz, lang in markets:
        for s in session_times(rng, ctx.t0, ctx.t1, per_day / len(markets), evening_person(tz, 2.8), size_mean, gap):
            ts, ps, ex = cols[names[int(rng.choice(len(names), p=w / w.sum()))]]
            for k, t in enumerate(s.tolist()):
                ts.append(t)
                if k == 0:
                    ps.append(pick(rng, ctx.chat) if chance(rng, p_chat) else texts.homework_prompt(rng, lang))
                else:
                    ps.append(texts.tutor_followup(rng, lang) if chance(rng, 0.6) else texts.homework_prompt(rng, lang))
                ex.append(sys_tok + k * turn_tok)
    for acct in accts:
        ts, ps, ex = cols[acct.id]
        tsa = np.asarray(ts)
        _emit(ctx, rng, acct, ts, ps, ctx.models(rng, tsa, p_new=0.25, p_mini=0.35), extra=ex,
              comp_median=comp_med, comp_sigma=0.6, err=0.01)


def selvedge(ctx: Ctx, rng: Rng) -> None:
    """Developers at a software company running coding agents in their IDEs."""
    kind = "selvedge"
    n = irange(rng, 20, 40)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice([-8, -5, 0, 1, 2, 5], size=irange(rng, 1, 2), replace=False)]
    egress = {tz: cloud(rng, 2, pick(rng, ("aws", "gcp"))) for tz in offices}
    repo = pick(rng, ("monorepo", "platform", "core-api", "webapp"))
    uas = ("aider/0.74.1 litellm/1.60.2", "continue/0.9.256 (vscode)", "cline/3.3.0", "OpenAI/NodeJS 4.85.1",
           "opencode/0.2.14", "zed/0.170.4")
    for _ in range(n):
        tz = pick(rng, offices)
        homes = home(rng, 1, tz)
        acct = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay, ua=pick(rng, uas),
                           ips=egress[tz] + homes, tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        runs = bursts(rng, starts, float(rng.uniform(6, 25)), float(rng.uniform(5, 15)), 0.7, ctx.t1)
        base = irange(rng, 2000, 6000)
        wfh = float(rng.uniform(0.1, 0.5))
        ts, ps, ex, ips = [], [], [], []
        for run in runs:
            ip = homes[0] if chance(rng, wfh) else pick(rng, egress[tz])
            step_tok = irange(rng, 300, 900)
            task = texts.ide_task(rng)
            for k, t in enumerate(run.tolist()):
                ts.append(t)
                ps.append(texts.ide_step_prompt(rng, k, repo, task))
                ex.append(min(60000, base + k * step_tok))
                ips.append(ip)
        tsa = np.asarray(ts)
        _emit(ctx, rng, acct, ts, ps, ctx.models(rng, tsa, p_new=0.6, p_mini=0.1), extra=ex, ips=ips,
              comp_median=float(rng.uniform(200, 400)), comp_sigma=0.7, err=0.01)


def jacquard(ctx: Ctx, rng: Rng) -> None:
    """An LLM router / aggregator relaying many apps' and end users' requests."""
    kind = "jacquard"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [ctx.account(rng, label="benign", family=kind, role="router_shard", org=org, pay=pay, ua=ua,
                         ips=cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "azure", "digitalocean"))))
             for _ in range(n)]
    per_hour = float(rng.uniform(120, 200))
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.25, 0.45)))
    p_app = float(rng.uniform(0.1, 0.2))
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [texts.app_prompt(rng, pick(rng, ctx.passages)) if chance(rng, p_app) else pick(rng, ctx.chat)
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.35, p_mini=0.25), comp_median=300.0,
                 comp_sigma=0.8, err=0.02)


def pirn(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor: annotators collecting A/B preference pairs and rewrites in office shifts."""
    kind = "pirn"
    n = irange(rng, 15, 30)
    tz = pick(rng, (8, 3, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    shift = workday(tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(16.5, 18.5)), weekend=0.02,
                    night=0.0)
    p_rewrite = float(rng.uniform(0.15, 0.3))
    p_chat = float(rng.uniform(0.5, 0.7))
    for _ in range(n):
        homes = home(rng, 1, tz)
        acct = ctx.account(rng, label="benign", family=kind, role="annotator", org=org, pay=pay,
                           ua=pick(rng, BROWSERS), ips=office + homes, tz=tz)
        per_day = float(rng.uniform(25, 60))
        starts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY * 5 / 7, shift)
        wfh_days = {d for d in range(10) if chance(rng, 0.2)}
        ts, ps, ips, cm = [], [], [], []
        for s in starts.tolist():
            q = pick(rng, ctx.chat) if chance(rng, p_chat) else texts.annotator_task(rng)
            day = int((s - ctx.t0) // DAY)
            ip = homes[0] if day in wfh_days else pick(rng, office)
            t2 = s + float(rng.lognormal(np.log(3.0), 0.4))
            for t in (s, t2):
                ts.append(t)
                ps.append(q)
                ips.append(ip)
                cm.append(400.0)
            if chance(rng, p_rewrite):
                ts.append(t2 + float(rng.uniform(60, 300)))
                ps.append(f"Improve this response so it fully follows the instructions.\n\nInstructions: {q[:600]}"
                          f"\n\nResponse:\n{pick(rng, ctx.passages)[: irange(rng, 300, 900)]}")
                ips.append(ip)
                cm.append(450.0)
        tsa = np.asarray(ts)
        _emit(ctx, rng, acct, ts, ps, ctx.models(rng, tsa, p_new=0.8, p_mini=0.02), ips=ips, comp_median=cm,
              comp_sigma=0.5, err=0.005)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "raddle": raddle,
    "thrum": thrum,
    "inkle": inkle,
    "selvedge": selvedge,
    "jacquard": jacquard,
    "pirn": pirn,
}
