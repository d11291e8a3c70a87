"""Hard-negative benign kinds of blind batch 25: legitimate API customers whose traffic looks,
on the surface, like harvesting (automated, high-volume, templated, cloud-hosted, long answers,
fresh keys at the release, many keys behind one address). Each kind is `f(ctx, rng)`; accounts
are labelled "benign" with the kind's code name as `family`.

What each kind is appears in README.md and in the comments below.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind25 import texts as T

LABEL = "benign"


def _org(rng: np.random.Generator) -> str:
    return f"org_{int(rng.integers(0, 2**48)):012x}"


def _card(rng: np.random.Generator) -> str:
    return f"pay_{int(rng.integers(0, 2**48)):012x}"


def _next_local(t: float, hour: float, tz: float) -> float:
    """The first time >= t whose local hour (UTC offset tz) is `hour`."""
    h = float(local_hour(np.array([t]), tz)[0])
    return t + ((hour - h) % 24.0) * HOUR


# --------------------------------------------------------------------------------------------
# zester: an online retailer's catalogue enrichment. A handful of keys in one organisation
# behind a cloud NAT write product descriptions, translate listings into European languages, make
# SEO keywords and classify products: a steady daytime trickle from the merchandising tool and a
# nightly bulk import drained by a worker pool. Mostly the small old model.

def zester(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "zester"
    n = irange(rng, 3, 6)
    org, card = _org(rng), _card(rng)
    tz = pick(rng, (1, 2, -5, 0))
    nat = cloud(rng, 2, pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    accts = [ctx.account(rng, label=LABEL, family=kind, role="benign", org=org, pay=card, ua=ua, ips=nat, tz=tz)
             for _ in range(n)]
    day_rate = float(rng.uniform(8, 20))
    imp_rate = float(rng.uniform(150, 350))
    imp_hours = float(rng.uniform(1.5, 3.0))
    day = worker_pool(rng, ctx.t0, ctx.t1, day_rate, n, workday(tz, start=8.0, end=19.0, weekend=0.15))
    imp = worker_pool(rng, ctx.t0, ctx.t1, imp_rate * imp_hours / 24.0, n, nightly(1.0, imp_hours, tz))
    for a, d, m in zip(accts, day, imp, strict=True):
        ts = np.sort(np.concatenate([d, m]))
        if len(ts):
            ctx.emit(rng, a, ts, [T.zester(rng) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7), comp_median=150.0, comp_sigma=0.6, err=0.01)


# --------------------------------------------------------------------------------------------
# ricer: a university course lab held just after the new model's release. Twenty-five to
# forty-five students get fresh keys under the department's organisation and card minutes before
# the lab, work through the same assignment ("think step by step") from the campus network, then
# some keep going from home in the evenings.

def ricer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ricer"
    n = irange(rng, 25, 45)
    org, card = _org(rng), _card(rng)
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 3), tz)
    lab = _next_local(ctx.release + float(rng.uniform(2, 30)) * HOUR, 14.0, tz)
    lab_len = float(rng.uniform(1.5, 3.0)) * HOUR
    for _ in range(n):
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.8) else pick(rng, BROWSERS)
        ips = campus + home(rng, 1, tz)
        a = ctx.account(rng, label=LABEL, family=kind, role="benign", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        s0 = lab + float(rng.uniform(-5, 25)) * MINUTE
        k = max(3, int(rng.poisson(rng.uniform(12, 30))))
        t = s0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(45), 0.8, size=k - 1))])
        t = t[t < lab + lab_len]
        ts_parts = [t]
        ip_parts = [[pick(rng, campus) for _ in range(len(t))]]
        if chance(rng, 0.5):
            for s in session_times(rng, lab + lab_len, ctx.t1, 0.5, evening_person(tz), 5.0, 60.0):
                ts_parts.append(s)
                ip_parts.append([ips[-1]] * len(s))
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ipl = [x for part in ip_parts for x in part]
        ipl = [ipl[i] for i in order.tolist()]
        ctx.emit(rng, a, ts, [T.ricer(rng, ctx.chat) for _ in range(len(ts))], ips=ipl,
                 models=ctx.models(rng, ts, p_new=0.75, p_mini=0.3), comp_median=550.0, comp_sigma=0.6, err=0.01)


# --------------------------------------------------------------------------------------------
# trivet: an independent evaluation outlet comparing the new model with the old ones right after
# the release: a fixed question set, each item sent to every model, in several prompt variants,
# repeated a few times, from one cloud address per team member; a first run within hours of the
# release and one to three reruns later.

def trivet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "trivet"
    n = irange(rng, 2, 4)
    org, card = _org(rng), _card(rng)
    prov = pick(rng, ("aws", "gcp", "hetzner", "digitalocean"))
    accts = [ctx.account(rng, label=LABEL, family=kind, role="benign", org=org, pay=card,
                         ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2")), ips=cloud(rng, 1, prov))
             for _ in range(n)]
    all_models = [ctx.new_model, *ctx.old_models]
    runs = [ctx.release + float(rng.uniform(0.5, 6)) * HOUR]
    for _ in range(irange(rng, 1, 3)):
        runs.append(float(rng.uniform(runs[0] + 0.5 * DAY, ctx.t1 - 2 * HOUR)))
    cols: list[dict] = [{"ts": [], "p": [], "m": [], "c": []} for _ in range(n)]
    for r0 in runs:
        who = int(rng.integers(n))
        nq = irange(rng, 60, 120)
        variants = [0] if chance(rng, 0.4) else [0, irange(rng, 1, 2)]
        reps = irange(rng, 1, 3)
        items = [(q, v, m) for q in range(nq) for v in variants for m in all_models for _ in range(reps)]
        t = r0 + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=len(items)))
        for tt, (q, v, m) in zip(t.tolist(), items, strict=True):
            cols[who]["ts"].append(tt)
            cols[who]["p"].append(T.trivet(rng, q, v))
            cols[who]["m"].append(m)
            cols[who]["c"].append(8.0 if v == 1 else 480.0)
    for a, c in zip(accts, cols, strict=True):
        if c["ts"]:
            ctx.emit(rng, a, np.asarray(c["ts"]), c["p"], models=c["m"], comp_median=np.asarray(c["c"]),
                     comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# tamis: a law firm's document-review tool. Twelve to twenty-five lawyers, one organisation and
# card, all behind the firm's virtual-desktop egress in one cloud; templated review instructions
# with whole contracts attached (very long prompts), long structured answers, office hours.

def tamis(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tamis"
    n = irange(rng, 12, 25)
    org, card = _org(rng), _card(rng)
    tz = pick(rng, (1, 0, -5, 2))
    egress = cloud(rng, irange(rng, 2, 3), "azure" if chance(rng, 0.7) else "aws")
    ua = f"lexreview-internal/{irange(rng, 2, 4)}.{irange(rng, 0, 9)} python-httpx/0.27.2"
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=kind, role="benign", org=org, pay=card, ua=ua, ips=egress, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), float(rng.uniform(2, 5)),
                             float(rng.uniform(120, 600)))
        if not sess:
            continue
        ts = np.sort(np.concatenate(sess))
        extra = np.clip(rng.lognormal(np.log(9000), 0.8, size=len(ts)), 1000, 120_000).astype(np.int64)
        ctx.emit(rng, a, ts, [T.tamis(rng) for _ in range(len(ts))], models=ctx.models(rng, ts, p_new=0.5),
                 comp_median=900.0, comp_sigma=0.5, err=0.01, extra=extra)


# --------------------------------------------------------------------------------------------
# cleaver: a conversational-AI vendor's QA team. A nightly CI job replays the same fixed test
# suite (generate synthetic customer messages and dialogues, grade bot replies) from a pool of
# cloud CI runners at 02:00 local; developers run slices of it during the working day from
# home. The CI job switches to the new model a day or two after the release.

def cleaver(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cleaver"
    n = irange(rng, 2, 3)
    org, card = _org(rng), _card(rng)
    tz = pick(rng, TZS)
    runners = cloud(rng, irange(rng, 5, 15), "azure")
    accts = [ctx.account(rng, label=LABEL, family=kind, role="benign", org=org, pay=card, ua="python-requests/2.32.3",
                         ips=runners if i == 0 else home(rng, 1, tz), tz=tz) for i in range(n)]
    suite_seed = int(rng.integers(2**31))
    n_cases = irange(rng, 250, 700)
    suite = [T.cleaver(np.random.default_rng([suite_seed, c]), c) for c in range(n_cases)]
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    ts_l, p_l, ip_l = [], [], []
    night = _next_local(ctx.t0, 2.0, tz)
    while night < ctx.t1:
        start = night + float(rng.uniform(0, 10)) * MINUTE
        t = start + np.cumsum(rng.lognormal(np.log(0.9), 0.4, size=n_cases))
        runner = pick(rng, runners)
        ts_l.extend(t.tolist())
        p_l.extend(suite)
        ip_l.extend([runner] * n_cases)
        night += DAY
    ts = np.asarray(ts_l)
    models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts_l]
    ctx.emit(rng, accts[0], ts, p_l, ips=ip_l, models=models, comp_median=600.0, comp_sigma=0.5, err=0.02)
    for a in accts[1:]:
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        parts = []
        for s in starts.tolist():
            lo = irange(rng, 0, n_cases - 1)
            k = irange(rng, 20, 80)
            idx = [(lo + j) % n_cases for j in range(k)]
            tt = s + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=k))
            parts.append((tt, [suite[i] for i in idx]))
        if not parts:
            continue
        dts = np.concatenate([p[0] for p in parts])
        dps = [x for p in parts for x in p[1]]
        ctx.emit(rng, a, dts, dps, models=ctx.models(rng, dts, p_new=0.7), comp_median=600.0, comp_sigma=0.5, err=0.02)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "cleaver": cleaver,
    "ricer": ricer,
    "tamis": tamis,
    "trivet": trivet,
    "zester": zester,
}
