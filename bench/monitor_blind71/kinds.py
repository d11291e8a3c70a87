"""Hard-negative benign kinds of blind batch 71 (code names from poetic metre).

Each kind is `f(ctx, rng)`: legitimate traffic that shares surface traits with harvesting (fixed
templates, high volume, reasoning demands, key pools, shared cards, shared addresses). Written
without reading the monitor.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
    pick,
    picks,
    rented_block,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind71 import texts as T

BENIGN = "benign"


def dactyl(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university lab benchmarking the new model the week it ships: fixed item bank, pass@k runs."""
    kind = "dactyl"
    n = irange(rng, 3, 6)
    tz = pick(rng, (1, -5, 0, 9, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    cluster = rented_block(rng, pick(rng, ("gcp", "aws", "azure")), 1, irange(rng, 2, 6))
    accts = [ctx.account(rng, label=BENIGN, family=kind, role="researcher", org=org, pay=pay,
                         ua=pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1",
                                       "OpenAI/Python 1.58.1")),
                         ips=cluster + home(rng, 1, tz), tz=tz) for _ in range(n)]
    subsets = ("gsm", "mc", "code", "es", "zh", "ru")
    sizes = {s: irange(rng, 60, 300) if s in ("gsm", "mc", "code") else irange(rng, 30, 120) for s in subsets}
    bank = {s: [T.bench_item(rng, s) for _ in range(sizes[s])] for s in subsets}
    comp = {"gsm": float(rng.uniform(220, 420)), "mc": float(rng.uniform(4, 40)), "code": float(rng.uniform(250, 600)),
            "es": 300.0, "zh": 280.0, "ru": 300.0}
    new, old = ctx.new_model, ctx.old_models[0]
    runs = []
    # baseline runs on the old flagship before the release, the big sweep right after it
    for _ in range(irange(rng, 1, 3)):
        runs.append((float(rng.uniform(ctx.t0 + DAY, ctx.release - 6 * HOUR)), old))
    t = ctx.release + float(rng.uniform(0.5, 14)) * HOUR
    for _ in range(irange(rng, 2, 6)):
        runs.append((t, new if chance(rng, 0.8) else old))
        t += float(rng.uniform(1.5, 20)) * HOUR
    for r_start, model in runs:
        a = pick(rng, accts)
        chosen = picks(rng, subsets, irange(rng, 1, 4))
        k = pick(rng, (1, 1, 3, 5))
        items = [(s, q) for s in sorted(set(chosen)) for q in bank[s] for _ in range(k)]
        rng.shuffle(items)
        ts = r_start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.25, 1.5))), 0.7, size=len(items)))
        ctx.emit(rng, a, ts, [q for _, q in items], models=model, comp_median=np.array([comp[s] for s, _ in items]),
                 comp_sigma=0.5, err=0.03, extra=irange(rng, 0, 900))
    # everyday development: small workday probes by each researcher
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 30)) * 7, workday(tz))
        qs = [pick(rng, bank[pick(rng, subsets)]) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, qs, ips=picks(rng, a.ips, len(ts)), models=ctx.models(rng, ts, 0.6), comp_median=300)


def caesura(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor pre-annotating client data with the model across two shifts."""
    kind = "caesura"
    n = irange(rng, 6, 12)
    tz = pick(rng, (5, 8, 3))
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    office = home(rng, irange(rng, 1, 2), tz)
    pipeline_ip = cloud(rng, 2, pick(rng, ("aws", "azure")))
    accts, piped_flags = [], []
    for i in range(n):
        piped = i == 0 or chance(rng, 0.2)
        piped_flags.append(piped)
        accts.append(ctx.account(rng, label=BENIGN, family=kind, role="pipeline" if piped else "project",
                                 org=orgs[i % len(orgs)], pay=pay,
                                 ua=sdk_ua(rng, 0.6) if piped else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                                 ips=pipeline_ip if piped else office, tz=tz))
    shifts = workday(tz, start=7.0, end=22.0, weekend=0.35)
    weights = rng.lognormal(0, 1.0, size=n)
    total = float(rng.uniform(80, 200)) * 24 * 7 * 0.45
    p_new = float(rng.uniform(0.05, 0.35))
    for i, a in enumerate(accts):
        mean_n = total * weights[i] / weights.sum()
        curve = global_load(float(rng.uniform(0, 24)), 0.3) if piped_flags[i] else shifts
        ts = thinned(rng, ctx.t0, ctx.t1, mean_n, curve)
        project = irange(rng, 0, 4)
        prompts = [T.labelling(rng, (pick(rng, ctx.chat) if chance(rng, 0.6) else T.excerpt(rng, pick(rng, ctx.passages), 80, 500))[:700],
                               project) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=float(rng.uniform(35, 160)),
                 comp_sigma=0.5, err=0.02)


def spondee(ctx: Ctx, rng: np.random.Generator) -> None:
    """A subtitle localisation pipeline: files arrive, cue blocks fan out to target languages."""
    kind = "spondee"
    n = irange(rng, 3, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "ovh")))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "okhttp/4.12.0", "semantic-kernel-dotnet/1.36.0"))
    accts = [ctx.account(rng, label=BENIGN, family=kind, role="worker", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)]
    targets = ("German", "French", "Spanish", "Brazilian Portuguese", "Japanese", "Korean", "Turkish", "Polish",
               "Arabic", "Indonesian", "Italian", "Simplified Chinese")
    jobs_h = float(rng.uniform(2.5, 7))
    load = global_load(float(rng.uniform(8, 18)), float(rng.uniform(0.3, 0.6)))
    p_qc = float(rng.uniform(0.05, 0.2))
    p_new = float(rng.uniform(0.2, 0.6))
    per: list[list[tuple[float, str, float]]] = [[] for _ in accts]
    for t in thinned(rng, ctx.t0, ctx.t1, jobs_h * 7 * 24, load).tolist():
        src = "English"
        n_cues = irange(rng, 20, 110)
        lines = []
        while len(lines) < n_cues:
            lines.extend(T.sentences(pick(rng, ctx.passages if chance(rng, 0.5) else ctx.chat))[:6])
        lines = lines[:n_cues]
        block = irange(rng, 4, 12)
        tt = t
        for tgt in picks(rng, targets, irange(rng, 1, 4)):
            i = int(rng.integers(n))
            for s in range(0, n_cues, block):
                cues = lines[s:s + block]
                per[i].append((tt, T.srt_block(rng, cues, src, tgt), 22.0 * len(cues)))
                tt += float(rng.lognormal(np.log(1.8), 0.5))
                if chance(rng, p_qc):
                    per[i].append((tt, T.subtitle_qc(rng, pick(rng, cues), tgt), 40.0))
                    tt += float(rng.lognormal(np.log(1.0), 0.5))
    for a, evs in zip(accts, per, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(rng, a, ts, [e[1] for e in evs], models=ctx.models(rng, ts, p_new, 0.15),
                 comp_median=np.array([e[2] for e in evs]), comp_sigma=0.35, err=0.01)


def anapest(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent IDE product: its users' agent loops fanned over a pool of keys."""
    kind = "anapest"
    n = irange(rng, 10, 20)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 10), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    accts = [ctx.account(rng, label=BENIGN, family=kind, role="pool_key", org=org, pay=pay, ua=ua, ips=egress)
             for _ in range(n)]
    dev_tzs = picks(rng, (-8, -5, 0, 1, 2, 5, 8, 9), irange(rng, 3, 6))
    curve = multi_office(dev_tzs)
    sess_h = float(rng.uniform(10, 22))
    switch = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    p_new = float(rng.uniform(0.7, 0.9))
    per: list[list[tuple[float, str, int, int]]] = [[] for _ in accts]
    for t in thinned(rng, ctx.t0, ctx.t1, sess_h * 7 * 24, curve).tolist():
        i = int(rng.integers(n))
        k = 1 + int(rng.negative_binomial(2, 2 / (2 + float(rng.uniform(4, 10)))))
        ctx_tok = irange(rng, 1500, 6000)
        tt = t
        for s in range(k):
            p = T.ide_tool_output(rng, s) if s > 0 else T.ide_tool_output(rng, 99)
            ctx_tok += irange(rng, 200, 2500)
            status = 400 if ctx_tok > 60000 and chance(rng, 0.5) else (429 if chance(rng, 0.01) else 200)
            per[i].append((tt, p, ctx_tok, status))
            tt += float(rng.lognormal(np.log(float(rng.uniform(5, 18))), 0.8))
    for a, evs in zip(accts, per, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        u = rng.random(len(ts))
        models = [ctx.new_model if (t >= switch and x < p_new) else ctx.old_models[0] for t, x in zip(ts.tolist(), u.tolist(), strict=True)]
        ctx.emit(rng, a, ts, [e[1] for e in evs], models=models, comp_median=float(rng.uniform(140, 420)),
                 comp_sigma=0.7, extra=np.array([e[2] for e in evs]), status=np.array([e[3] for e in evs]))


def amphibrach(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router: one org per downstream app, all billed to the router's own card, shared egress."""
    kind = "amphibrach"
    n = irange(rng, 25, 50)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    egress = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp", "linode", "digitalocean")))
    ua = pick(rng, ("Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "reqwest/0.12.12"))
    for j in range(n):
        a = ctx.account(rng, label=BENIGN, family=kind, role="downstream_app", pay=cards[j % len(cards)], ua=ua,
                        ips=picks(rng, egress, irange(rng, 2, len(egress))))
        b = jitter_start(rng, ctx.t0, ctx.t1, 0.8) if chance(rng, 0.4) else ctx.t0
        tz = pick(rng, (-8, -5, -3, 0, 1, 5, 8, 9))
        curve = evening_person(tz) if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.5)
        mean_n = float(rng.lognormal(np.log(160), 1.1)) * (ctx.t1 - b) / (ctx.t1 - ctx.t0)
        ts = thinned(rng, b, ctx.t1, min(mean_n, 4000), curve)
        prefix = pick(rng, T.APP_PREFIXES)
        p_prefix = float(rng.uniform(0, 1))
        prompts = [f"{prefix} {pick(rng, ctx.chat)}" if chance(rng, p_prefix) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, float(rng.uniform(0.05, 0.95)), float(rng.uniform(0, 0.6))),
                 comp_median=float(rng.uniform(220, 480)), err=0.015)


def enjambment(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding bootcamp cohort: personal accounts, one campus line, the same assignments pasted in."""
    kind = "enjambment"
    n = irange(rng, 30, 70)
    tz = pick(rng, (-5, -3, 0, 1, 5, 8))
    campus = home(rng, irange(rng, 1, 2), tz)
    week0 = irange(rng, 2, 9)
    class_curve = workday(tz, start=9.0, end=16.0, weekend=0.0, night=0.0)
    p_new_cohort = float(rng.uniform(0.25, 0.7))
    for _ in range(n):
        mob = chance(rng, 0.25)
        house = mobile_v6(rng, 6, "us_mobile" if tz in (-5,) else "eu_mobile") if mob else home(rng, 1, tz)
        a = ctx.account(rng, label=BENIGN, family=kind, role="student", ua=pick(rng, BROWSERS) if not mob else pick(rng, MOBILE[:3]),
                        ips=campus + house, tz=tz)
        zeal = float(rng.lognormal(0, 0.6))
        class_sess = session_times(rng, ctx.t0, ctx.t1, 1.6 * zeal, class_curve, 4.5 * zeal, 150.0, 0.9)
        home_sess = session_times(rng, ctx.t0, ctx.t1, 0.5 * zeal, evening_person(tz), 3.5, 120.0)
        ts_all, prompts, ips = [], [], []
        for group, where in ((class_sess, campus), (home_sess, house)):
            for s in group:
                ip = pick(rng, where)
                for t in s.tolist():
                    week = week0 + int((t - ctx.t0) // (7 * DAY))
                    u = rng.random()
                    if u < 0.4 and where is campus:
                        p = T.assignment(rng, week, irange(rng, 1, 3))
                    elif u < 0.7:
                        p = T.student_question(rng, week)
                    else:
                        p = pick(rng, ctx.chat)
                    ts_all.append(t)
                    prompts.append(p)
                    ips.append(ip)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(rng, a, ts, [prompts[i] for i in order.tolist()], ips=[ips[i] for i in order.tolist()],
                 models=ctx.models(rng, ts, p_new_cohort, 0.1), comp_median=float(rng.uniform(280, 520)), err=0.005)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "amphibrach": amphibrach,
    "anapest": anapest,
    "caesura": caesura,
    "dactyl": dactyl,
    "enjambment": enjambment,
    "spondee": spondee,
}
