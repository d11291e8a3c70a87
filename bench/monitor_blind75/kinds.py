"""Hard-negative benign kinds of blind batch 75 (code names from quilting).

Each kind is `f(ctx, rng)`: legitimate traffic that looks like harvesting in some respect. Its
accounts are labelled benign with the kind as `family`. Written without reading the monitor; see
README.md for the card.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind75 import texts as T
from bench.monitor_blind75.families import Buf, model_at

G = np.random.Generator


def _benign(ctx: Ctx, rng: G, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# ============================================================================================
# churn_dash: a university evaluation team running benchmarks (pass@k repeats) on old and new models


def churn_dash(ctx: Ctx, rng: G) -> None:
    kind = "churn_dash"
    tz = pick(rng, (-8, -5, 0, 1, 8, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    cluster = bb.rented_block(rng, "gcp", 1, 4)
    uas = ("lm_eval/0.4.8 openai/1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")
    accts = [_benign(ctx, rng, kind, "evaluator", org=org, pay=pay, ua=pick(rng, uas),
                     ips=campus + cluster, tz=tz) for _ in range(irange(rng, 2, 4))]
    benches = {
        "gsm": [T.bench_gsm(rng) for _ in range(irange(rng, 300, 900))],
        "mc": [T.bench_mc(rng) for _ in range(irange(rng, 400, 1200))],
        "code": [T.bench_code(rng) for _ in range(irange(rng, 100, 300))],
    }
    comp = {"gsm": (250, 400), "mc": (3, 15), "code": (120, 280)}
    shots = {"gsm": (600, 900), "mc": (400, 700), "code": (0, 0)}
    day = bb.workday(tz)
    runs = []
    n_pre, n_post = irange(rng, 1, 2), irange(rng, 3, 6)
    for j in range(n_pre + n_post):
        a, b = (ctx.t0, ctx.release) if j < n_pre else (ctx.release, ctx.t1 - 6 * HOUR)
        st = bb.thinned(rng, a, b, 3.0, day)
        if len(st) == 0:
            continue
        bench = pick(rng, ("gsm", "gsm", "mc", "code"))
        k = 1 if bench == "mc" else pick(rng, (1, 1, 4, 8))
        items = benches[bench]
        if chance(rng, 0.4):
            items = picks(rng, items, min(len(items), 200))
        if j < n_pre:
            model = pick(rng, ctx.old_models)
        else:
            model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]))
        runs.append((float(st[0]), bench, k, items, model))
    bufs = [Buf() for _ in accts]
    for t0, bench, k, items, model in runs:
        who = int(rng.integers(len(accts)))
        gap = float(rng.uniform(0.15, 0.8))
        lo, hi = comp[bench]
        c = float(rng.uniform(lo, hi))
        shot = irange(rng, *shots[bench]) if shots[bench][1] else 0
        t = t0
        for item in items:
            for _ in range(k):
                bufs[who].add(t, item, model, c, extra=shot)
                t += float(rng.lognormal(np.log(gap), 0.6))
    for a, b in zip(accts, bufs, strict=True):
        if not b.ts:
            b.add(ctx.release + 10 * HOUR, T.bench_gsm(rng), ctx.new_model, 300.0)
        b.flush(ctx, rng, a, sigma=0.5, err=0.02)


# ============================================================================================
# trapunto: a software company's developers using an IDE coding agent with their own keys


_IDE_UAS = ("Cline/3.4.0 (VSCode 1.97.0)", "continue/0.9.250 (vscode)", "aider/0.74.2 litellm/1.60.2",
            "roo-code/3.3.11 (VSCode 1.97.0)")


def trapunto(ctx: Ctx, rng: G) -> None:
    kind = "trapunto"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = picks(rng, TZS, irange(rng, 1, 3))
    nat = {tz: bb.home(rng, irange(rng, 1, 2), tz) for tz in offices}
    for _ in range(irange(rng, 30, 60)):
        tz = pick(rng, offices)
        homes = bb.home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, _IDE_UAS), ips=nat[tz], tz=tz)
        switch = ctx.release + float(rng.exponential(DAY)) if chance(rng, 0.7) else np.inf
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), bb.workday(tz),
                                float(rng.uniform(6, 16)), float(rng.uniform(6, 20)), 0.7)
        buf = Buf()
        for s in sess:
            ip = homes[0] if chance(rng, 0.3) else ""
            chat = chance(rng, 0.15)
            for i, t in enumerate(s.tolist()):
                model = ctx.new_model if t >= switch else model_at(ctx, rng, t, 0.0)
                if chat:
                    buf.add(t, pick(rng, ctx.chat), model, 350.0, ip=ip)
                else:
                    buf.add(t, T.ide_step(rng, i), model, float(rng.uniform(180, 420)),
                            extra=min(30000, i * irange(rng, 200, 500)), ip=ip)
        if not buf.ts:
            t = ctx.release + 10 * HOUR
            buf.add(t, T.ide_step(rng, 0), ctx.old_models[0], 300.0)
        buf.flush(ctx, rng, acct, sigma=0.6, err=0.01)


# ============================================================================================
# bargello: an e-commerce localisation pipeline fanning each segment out to many languages


def bargello(ctx: Ctx, rng: G) -> None:
    kind = "bargello"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.rented_block(rng, pick(rng, ("aws", "azure", "gcp")), 2, irange(rng, 2, 3))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0"))
    accts = [_benign(ctx, rng, kind, "pipeline", org=org, pay=pay, ua=ua, ips=ips) for _ in range(irange(rng, 3, 5))]
    bufs = [Buf() for _ in accts]
    jobs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 50)), bb.multi_office((1, -5)))
    p_new = 0.2
    for tj in jobs.tolist():
        k = int(rng.integers(len(accts)))
        langs = picks(rng, T.TARGET_LANGS, irange(rng, 3, 8))
        gap = float(rng.uniform(0.4, 1.5))
        t = tj
        for _ in range(irange(rng, 20, 150)):
            seg = T.product_copy(rng) if chance(rng, 0.5) else T._clip(pick(rng, ctx.passages), rng, 150, 900)
            for lang in langs:
                if chance(rng, 0.08):
                    prompt, c = T.back_check(rng, lang), 60.0
                else:
                    prompt, c = T.localise(rng, seg, lang), max(40.0, len(seg) / 3.5)
                model = model_at(ctx, rng, t, p_new, p_mini=0.4)
                bufs[k].add(t, prompt, model, c)
                t += float(rng.lognormal(np.log(gap), 0.5))
    for a, b in zip(accts, bufs, strict=True):
        if not b.ts:
            b.add(ctx.t0 + DAY, T.localise(rng, T.product_copy(rng), "German"), ctx.old_models[0], 120.0)
        b.flush(ctx, rng, a, sigma=0.35, err=0.01)


# ============================================================================================
# redwork: a data-labelling vendor pre-annotating queues (classification, pairwise preference)


def redwork(ctx: Ctx, rng: G) -> None:
    kind = "redwork"
    tz = pick(rng, (5, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, ("python-requests/2.32.3", "label-studio-ml/1.0.11 python-requests/2.32.3"))
    for _ in range(irange(rng, 4, 8)):
        acct = _benign(ctx, rng, kind, "annotation_tool", org=pick(rng, orgs), pay=pay, ua=ua, ips=office, tz=tz)
        curve = bb.workday(tz, weekend=0.15)
        rate = float(rng.uniform(25, 70))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 9 * 5.3, curve)
        buf = Buf()
        for t in ts.tolist():
            text = T._clip(pick(rng, ctx.chat), rng, 40, 500)
            buf.add(t, T.label_task(rng, text, pick(rng, ctx.passages)), model_at(ctx, rng, t, 0.25, p_mini=0.3), 70.0)
        if not buf.ts:
            buf.add(ctx.release, T.label_task(rng, "ok", "x" * 700), ctx.old_models[0], 50.0)
        buf.flush(ctx, rng, acct, sigma=0.9, err=0.01)


# ============================================================================================
# kantha: a language-learning app's backend keys (templated long tutoring answers)


def kantha(ctx: Ctx, rng: G) -> None:
    kind = "kantha"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("gcp", "aws")))
    accts = [_benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=ips)
             for _ in range(irange(rng, 1, 3))]
    per_hour = float(rng.uniform(70, 150))
    ab_from = ctx.release + float(rng.uniform(2, 10)) * HOUR
    comp_med = float(rng.uniform(350, 600))
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(float(rng.uniform(13, 20)), 0.6))
    bufs = [Buf() for _ in accts]
    for t in ts.tolist():
        k = 0 if (len(accts) == 1 or chance(rng, 0.9)) else 1 + int(rng.integers(len(accts) - 1))
        model = model_at(ctx, rng, t, 0.5 if t >= ab_from else 0.0, p_mini=0.3)
        if chance(rng, 0.7):
            bufs[k].add(t, T.lesson(rng), model, comp_med)
        else:
            bufs[k].add(t, pick(rng, ctx.chat), model, 300.0)
    for a, b in zip(accts, bufs, strict=True):
        if not b.ts:
            b.add(ctx.t0 + 2 * DAY, T.lesson(rng), ctx.old_models[0], comp_med)
        b.flush(ctx, rng, a, sigma=0.5, err=0.01)


# ============================================================================================
# pantograph: an LLM router / aggregator forwarding many apps' traffic (retries, regenerations)


def pantograph(ctx: Ctx, rng: G) -> None:
    kind = "pantograph"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provs = picks(rng, ("aws", "gcp", "azure", "digitalocean", "linode"), 2)
    ips = bb.cloud(rng, irange(rng, 8, 20), provs[0]) + bb.cloud(rng, irange(rng, 7, 20), provs[1])
    uas = ["OpenAI/NodeJS 4.85.1", "undici/6.21.0"]
    accts = [_benign(ctx, rng, kind, "router", org=org, pay=pay, ua=uas[0], ips=ips) for _ in range(irange(rng, 2, 4))]
    per_hour = float(rng.uniform(150, 280))
    err = float(rng.uniform(0.03, 0.07))
    p_regen = float(rng.uniform(0.04, 0.07))
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(float(rng.uniform(14, 18)), 0.35))
    bufs = [Buf() for _ in accts]
    uas_ev: list[list[str]] = [[] for _ in accts]

    def pick_model(t: float) -> str:
        u = rng.random()
        if t >= ctx.release and u < 0.45:
            return ctx.new_model
        return ctx.old_models[-1] if rng.random() < 0.3 else ctx.old_models[0]

    for t in ts.tolist():
        k = int(rng.integers(len(accts)))
        p = pick(rng, ctx.chat) if chance(rng, 0.75) else T.app_prompt(rng, T._clip(pick(rng, ctx.passages), rng, 200, 1200))
        m = pick_model(t)
        ua = pick(rng, uas)
        tt = t
        for _ in range(3):
            st = 429 if chance(rng, err) else 200
            bufs[k].add(tt, p, m, 320.0, status=st)
            uas_ev[k].append(ua)
            if st == 200:
                break
            tt += float(rng.uniform(1, 8))
        if chance(rng, p_regen):
            bufs[k].add(tt + float(rng.uniform(10, 120)), p, m, 320.0, status=200)
            uas_ev[k].append(ua)
    for a, b, u in zip(accts, bufs, uas_ev, strict=True):
        if not b.ts:
            b.add(ctx.t0 + DAY, pick(rng, ctx.chat), ctx.old_models[0], 300.0)
            u.append(uas[0])
        b.flush(ctx, rng, a, sigma=0.8, err=0.0, ua=u)


BENIGN_KINDS: dict[str, Callable[[Ctx, G], None]] = {
    "churn_dash": churn_dash,
    "trapunto": trapunto,
    "bargello": bargello,
    "redwork": redwork,
    "kantha": kantha,
    "pantograph": pantograph,
}
