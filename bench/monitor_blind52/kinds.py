"""Hard-negative benign kinds of blind batch 52 (code names from stained-glass making).

Each kind is `f(ctx, rng)`: legitimate traffic that shares surface features with harvesting. Its
accounts are labelled benign with the kind as their family.
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
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind52 import texts as tx

BENIGN = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def grisaille(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation team: benchmark sweeps with pass@k repeats, old vs new model side by side."""
    kind = "grisaille"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    pool = cloud(rng, irange(rng, 2, 5), prov)
    ua = pick(rng, tx.EVAL_UAS)
    accts = [ctx.account(rng, label=BENIGN, family=kind, role="eval_runner", org=org, pay=pay, ua=ua,
                         ips=picks(rng, pool, irange(rng, 1, 3))) for _ in range(n)]
    n_runs = irange(rng, 5, 10)
    run_starts = []
    for _ in range(n_runs):
        if chance(rng, 0.4):
            run_starts.append(ctx.release + _u(rng, 0.2, 8.0) * HOUR)  # the release-day sweep
        else:
            run_starts.append(_u(rng, ctx.t0, ctx.t1 - 2 * HOUR))
    for s in run_starts:
        acct = pick(rng, accts)
        style = pick(rng, ("mc", "mc", "math", "code"))
        k = int(pick(rng, (1, 1, 1, 3, 5, 10))) if style != "mc" else 1
        items = irange(rng, 150, 900) if k > 1 else irange(rng, 300, 1800)
        if s >= ctx.release:
            model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]))
        else:
            model = pick(rng, (ctx.old_models[0], ctx.old_models[-1]))
        gap = _u(rng, 0.05, 1.2)
        t = s + np.cumsum(rng.exponential(gap, size=items * k))
        prompts = []
        for _ in range(items):
            prompts.extend([tx.eval_item(rng, style)] * k)
        direct = style == "mc" and chance(rng, 0.5)
        comp = 12.0 if direct else {"mc": 320.0, "math": 450.0, "code": 260.0}[style]
        ctx.emit(rng, acct, t, prompts, models=model, comp_median=comp, comp_sigma=0.5, err=0.02)


def silver_stain(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor's pre-annotation: office-hour batches of short classification calls."""
    kind = "silver_stain"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, 2, -3)))
    office = home(rng, irange(rng, 2, 3), tz)
    extra = cloud(rng, irange(rng, 1, 2), "aws")
    wd = workday(tz, weekend=0.1)
    for _ in range(n):
        acct = ctx.account(rng, label=BENIGN, family=kind, role="annotation_project", org=org, pay=pay,
                           ua=pick(rng, tx.LABEL_UAS), ips=office + extra, tz=tz)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, a, ctx.t1, _u(rng, 2, 5) * (ctx.t1 - a) / DAY, wd)
        trains = bursts(rng, starts, _u(rng, 50, 160), _u(rng, 0.8, 3.0), b=ctx.t1)
        if not trains:
            continue
        ts = np.concatenate(trains)
        texts = [pick(rng, ctx.chat) if chance(rng, 0.6) else pick(rng, ctx.passages) for _ in range(len(ts))]
        prompts = [tx.label_task(rng, t) for t in texts]
        ips = [pick(rng, extra) if chance(rng, 0.15) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.65), ips=ips,
                 comp_median=_u(rng, 30, 80), comp_sigma=0.4)


def lathekin(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers of one company using IDE coding agents: agent-loop bursts with big contexts."""
    kind = "lathekin"
    n = irange(rng, 25, 60)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2, 5)))
    office = home(rng, irange(rng, 2, 4), tz)
    uas = list(rng.choice(tx.IDE_UAS, size=2, replace=False))
    p_new = _u(rng, 0.5, 0.85)
    for _ in range(n):
        dev_tz = tz if chance(rng, 0.85) else int(pick(rng, TZS))
        home_ip = home(rng, 1, dev_tz)
        acct = ctx.account(rng, label=BENIGN, family=kind, role="developer", org=org, pay=pay, ua=pick(rng, uas),
                           ips=office + home_ip, tz=dev_tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 1.0, 4.0), workday(dev_tz), _u(rng, 8, 25),
                             _u(rng, 4, 15), 0.9)
        if not sess:
            continue
        ts_l, pr_l, ip_l = [], [], []
        for s in sess:
            ts_l.append(s)
            pr_l.extend([tx.ide_step(rng, j == 0) for j in range(len(s))])
            ip = pick(rng, office) if chance(rng, 0.7) else home_ip[0]
            ip_l.extend([ip] * len(s))
        ts = np.concatenate(ts_l)
        ex = np.minimum(rng.lognormal(np.log(_u(rng, 4000, 12000)), 0.6, size=len(ts)), 120000).astype(np.int64)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new), ips=ip_l, comp_median=260.0,
                 comp_sigma=0.7, extra=ex)


def saddle_bar(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router / aggregator: many end users' ordinary chat through a few keys."""
    kind = "saddle_bar"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 6, 15), "aws") + cloud(rng, irange(rng, 4, 12), "gcp")
    ua = pick(rng, ("Go-http-client/2.0", "undici", "router-edge/4.2.1"))
    curve = global_load(_u(rng, 12, 18), _u(rng, 0.3, 0.55))
    p_new = _u(rng, 0.25, 0.5)
    for _ in range(n):
        acct = ctx.account(rng, label=BENIGN, family=kind, role="router_key", org=org, pay=pay, ua=ua, ips=pool)
        ts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 5000, 10000), curve)
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.25), comp_median=330.0,
                 comp_sigma=0.8, err=0.03)


def copper_foil(ctx: Ctx, rng: np.random.Generator) -> None:
    """A homework-tutoring app's backend: templated step-by-step explanations, school-evening peaks."""
    kind = "copper_foil"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "digitalocean", "gcp"))
    pool = cloud(rng, irange(rng, 2, 6), prov)
    tz = int(pick(rng, (-5, 5, 8, -3)))
    lang = pick(rng, tx.LANG_OF_TZ[tz])
    bot = pick(rng, ("Mathy", "Owlbert", "StudyBuddy", "Professor Pip", "Kiko"))
    p_new = _u(rng, 0.2, 0.9)
    curve = evening_person(tz, spread=_u(rng, 1.8, 3.0))
    for _ in range(n):
        acct = ctx.account(rng, label=BENIGN, family=kind, role="app_backend", org=org, pay=pay,
                           ua=pick(rng, tx.TUTOR_UAS), ips=pool)
        ts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 2500, 6000), curve)
        prompts = [tx.homework(rng, lang, bot) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), comp_median=_u(rng, 350, 600),
                 comp_sigma=0.5)


def rondel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation vendor's freelancers translating segments in a web CAT tool."""
    kind = "rondel"
    n = irange(rng, 12, 30)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    clients = [f"{pick(rng, ('Nordvik', 'Altamira', 'Kestrel', 'Brightline', 'Sakura'))} {pick(rng, ('AG', 'Ltd', 'S.A.', 'KK'))}"
               for _ in range(irange(rng, 2, 5))]
    targets = ("es", "de", "fr", "pt", "it", "ja", "zh", "ko", "pl", "tr", "nl", "sv", "ar", "vi", "id", "th")
    p_new = _u(rng, 0.3, 0.7)
    for _ in range(n):
        tz = int(pick(rng, TZS))
        lang = pick(rng, targets)
        acct = ctx.account(rng, label=BENIGN, family=kind, role="translator", org=org, pay=pay,
                           ua=pick(rng, BROWSERS), ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.7, 2.0), workday(tz, start=_u(rng, 7, 11),
                             end=_u(rng, 16, 21), weekend=0.3), _u(rng, 10, 40), _u(rng, 20, 90))
        if not sess:
            continue
        ts = np.concatenate(sess)
        client = pick(rng, clients)
        sents = []
        for _ in range(len(ts)):
            para = pick(rng, ctx.passages)
            parts = [p for p in para.replace("\n", ". ").split(". ") if len(p) > 30]
            sents.append(pick(rng, parts) if parts else para[:200])
        prompts = [tx.cat_segment(rng, s, lang, client) for s in sents]
        comp = np.array([max(20.0, len(p) / 4 * 0.9) for p in sents])
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, comp_sigma=0.35)


BENIGN_KINDS: dict[str, Callable] = {
    "grisaille": grisaille,
    "silver_stain": silver_stain,
    "lathekin": lathekin,
    "saddle_bar": saddle_bar,
    "copper_foil": copper_foil,
    "rondel": rondel,
}
