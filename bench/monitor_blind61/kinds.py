"""Hard-negative benign kinds of blind batch 61 (code names from change ringing): legitimate
traffic that looks like harvesting. Each is a generator `kind(ctx, rng)`; every parameter is drawn
per seed (the README lists the ranges)."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind61 import texts as T
from bench.monitor_blind61.families import Buf, models_after

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> B.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# =============================================================================================
# peal: model-evaluation teams replaying a fixed item bank (nightly regressions, release sweeps)


def peal(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1, 9))
        provider = pick(rng, ("aws", "gcp", "azure"))
        runner_ips = B.cloud(rng, irange(rng, 2, 6), provider)
        office = B.home(rng, irange(rng, 1, 2), tz)
        bank = ([T.mcq_item(rng) for _ in range(irange(rng, 250, 800))]
                + [T.open_item(rng, pick(rng, ctx.passages)) for _ in range(irange(rng, 50, 180))]
                + [T.eval_judge(rng, *pick(rng, T.qa_pairs())) for _ in range(irange(rng, 30, 140))])
        comp = [4.0 if p.endswith("Answer:") else (40.0 if p.startswith("[eval:") else 140.0) for p in bank]
        ci = _benign(ctx, rng, "peal", "ci_runner", org=org, pay=pay, ua=B.sdk_ua(rng, 0.6), ips=runner_ips, tz=tz)
        people = [_benign(ctx, rng, "peal", "engineer", org=org, pay=pay, ua=B.sdk_ua(rng, 0.5), ips=office + runner_ips[:1],
                          tz=tz) for _ in range(irange(rng, 1, 3))]
        conc = irange(rng, 4, 32)
        latency = float(rng.uniform(2, 8))
        p_nightly = float(rng.uniform(0.5, 0.9))
        sweeps: list[tuple[float, str, float]] = []  # (start, model, fraction of bank)
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            t = day0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR
            if ctx.t0 <= t < ctx.t1 and B.weekday(np.array([t]), tz)[0] < 5 and chance(rng, p_nightly):
                sweeps.append((t, "old", float(rng.uniform(0.4, 1.0))))
                if chance(rng, 0.4):
                    sweeps.append((t + float(rng.uniform(0.5, 2)) * HOUR, "mini", float(rng.uniform(0.3, 1.0))))
        t = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
        for _ in range(irange(rng, 2, 4)):  # release sweeps: new model, a few seeds, and a re-baseline
            sweeps.append((t, "new", 1.0))
            t += float(rng.uniform(1, 10)) * HOUR
        sweeps.append((t, "old", 1.0))
        buf_ci, models_ci = Buf(), []
        name = {"old": ctx.old_models[0], "mini": ctx.old_models[-1], "new": ctx.new_model}
        for start, which, frac in sweeps:
            idx = np.flatnonzero(rng.random(len(bank)) < frac)
            idx = rng.permutation(idx)
            ts = start + np.cumsum(rng.exponential(latency / conc, size=len(idx)))
            for i, t in zip(idx.tolist(), ts.tolist(), strict=True):
                buf_ci.add(t, bank[i], comp[i])
                models_ci.append(name[which])
        buf_ci.emit(ctx, rng, ci, models_ci, sigma=0.4, err=0.01)
        for person in people:
            buf = Buf()
            for s in B.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), B.workday(tz), 6, 40):
                for t in s.tolist():
                    if chance(rng, 0.5):
                        buf.add(t, bank[irange(rng, 0, len(bank) - 1)], 120)
                    else:
                        buf.add(t, pick(rng, ctx.chat), 320)
            buf.emit(ctx, rng, person, models_after(ctx, rng, buf.ts, ctx.release, 0.6, 0.2), err=0.005)


# =============================================================================================
# tenor: tutoring apps (step-by-step explanations for students) and their teachers' keys


def _school(tz: float, after: float) -> B.Curve:
    day, eve = B.workday(tz, 8.0, 15.0, weekend=0.3), B.evening_person(tz, 1.8)

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(np.maximum(day(ts), after * eve(ts)), 0, 1)
    return f


def tenor(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, -3, 1, 5))
        style = irange(rng, 0, 2)
        egress = B.cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure", "digitalocean")))
        ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        switch = ctx.release + float(rng.uniform(6, 72)) * HOUR
        sys_tok = irange(rng, 150, 650)
        curve = _school(tz, float(rng.uniform(0.5, 1.0)))
        for _ in range(irange(rng, 1, 2)):
            acct = _benign(ctx, rng, "tenor", "app_backend", org=org, pay=pay, ua=ua, ips=egress, tz=tz)
            per_hour = float(rng.uniform(35, 100))
            buf = Buf()
            for t in B.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.4, curve).tolist():
                if chance(rng, 0.18):
                    buf.add(t, pick(rng, ("i still dont get it", "can you explain that differently?", "ok what next",
                                           "is that right?", "why?", "thanks!!")), 220, extra=sys_tok)
                elif chance(rng, 0.1):
                    buf.add(t, pick(rng, ctx.chat)[:300], 300, extra=sys_tok)
                else:
                    buf.add(t, T.tutor_prompt(rng, style, irange(rng, 3, 12)), float(rng.uniform(280, 450)), extra=sys_tok)
            buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, switch, 0.95, 0.1), sigma=0.5, err=0.015)
        for _ in range(irange(rng, 3, 9)):
            ttz = tz if chance(rng, 0.8) else pick(rng, B.TZS)
            teacher = _benign(ctx, rng, "tenor", "teacher", org=org, pay=pay, ua=pick(rng, B.BROWSERS),
                              ips=B.home(rng, irange(rng, 1, 2), ttz), tz=ttz)
            buf = Buf()
            for s in B.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.5)), B.workday(ttz, 7, 19, weekend=0.4),
                                     3, 150):
                for t in s.tolist():
                    buf.add(t, T.worksheet_prompt(rng) if chance(rng, 0.6) else pick(rng, ctx.chat), 900)
            buf.emit(ctx, rng, teacher, models_after(ctx, rng, buf.ts, switch, 0.9), err=0.005)


# =============================================================================================
# treble: coding agents inside IDEs (tool results fed back, large growing contexts)


_IDE_UAS = ("Cline/3.4.0 (vscode/1.97.2)", "continue/0.9.260 (jetbrains)", "aider/0.74.1", "Roo-Code/3.7.1 (vscode)",
            "zed/0.174.4 assistant")


def treble(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, B.TZS)
        ua = pick(rng, _IDE_UAS)
        office = B.home(rng, irange(rng, 1, 2), tz)
        switch = ctx.release + float(rng.uniform(0, 30)) * HOUR
        for _ in range(irange(rng, 6, 16)):
            remote = chance(rng, 0.4)
            ips = B.home(rng, irange(rng, 1, 2), tz) if remote else office
            dev = _benign(ctx, rng, "treble", "developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            base, per_step = irange(rng, 3000, 12000), irange(rng, 400, 2500)
            gap = float(rng.uniform(3, 10))
            buf = Buf()
            for s in B.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.2, 3.5)), B.workday(tz, night=0.03),
                                     float(rng.uniform(2, 5)), float(rng.uniform(300, 1200))):
                for task in s.tolist():
                    k = irange(rng, 3, 25)
                    ts = task + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
                    for i, t in enumerate(ts.tolist()):
                        if i == 0 and chance(rng, 0.15):
                            p = pick(rng, ctx.chat)
                        else:
                            p = T.ide_prompt(rng, i)
                        buf.add(t, p, 320 if i == 0 else 200, extra=min(120000, base + i * per_step))
            buf.emit(ctx, rng, dev, models_after(ctx, rng, buf.ts, switch, 0.85, 0.05), sigma=0.7, err=0.01)


# =============================================================================================
# grandsire: a company's nightly synthetic-data and labelling pipeline for its own product


def grandsire(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 1, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-8, -5, 0, 1, 2, 8))
        product = pick(rng, T.PRODUCTS)
        ips = B.cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "gcp", "azure")))
        switch = ctx.release + float(rng.uniform(1, 4)) * DAY
        for _ in range(irange(rng, 1, 2)):
            acct = _benign(ctx, rng, "grandsire", "pipeline", org=org, pay=pay,
                           ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.63.2")),
                           ips=ips, tz=tz)
            jobs = irange(rng, 300, 1400)
            mean_gap = float(rng.uniform(1.5, 6))
            p_run = float(rng.uniform(0.7, 0.95))
            day0 = np.floor(ctx.t0 / DAY) * DAY
            buf = Buf()
            for d in range(8):
                start = day0 + d * DAY + (float(rng.uniform(1, 3)) - tz) * HOUR
                if not (ctx.t0 <= start < ctx.t1) or not chance(rng, p_run):
                    continue
                m = int(rng.poisson(jobs))
                for t in (start + np.cumsum(rng.exponential(mean_gap, size=m))).tolist():
                    p = T.pipeline_prompt(rng, product)
                    c = 900 if p.startswith("Generate") else (40 if p.startswith("Classify") else 200)
                    buf.add(t, p, c)
            buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, switch, 1.0, 0.25), sigma=0.45, err=0.01)


# =============================================================================================
# stedman: a localisation vendor (CAT-tool pre-translation bursts and interactive segments)


_CAT_UAS = ("memoQ/11.2 MT-connector", "Trados Studio 2024 SR1 (AI Assistant)", "python-requests/2.32.3",
            "Crowdin-AI/1.0", "Phrase TMS/2025.1")
_CLIENTS = ("Northwind", "Brightleaf", "Kestrel", "Tideway", "Halcyon", "Marlow", "Quillon", "Vantor", "Osprey",
            "Larchmont")


def stedman(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (0, 1, 2, -5))
        office = B.home(rng, irange(rng, 1, 2), tz)
        server = B.cloud(rng, irange(rng, 1, 3), "azure")
        for _ in range(irange(rng, 3, 7)):
            client = pick(rng, _CLIENTS)
            langs = rng.choice(list(T.LANG_NAMES), size=irange(rng, 3, 8), replace=False).tolist()
            acct = _benign(ctx, rng, "stedman", "project_key", org=org, pay=pay, ua=pick(rng, _CAT_UAS),
                           ips=office + server, tz=tz)
            work = B.workday(tz)
            buf = Buf()
            jobs = B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 5)) * 7, work)
            for start in jobs.tolist():
                lang = pick(rng, langs)
                m = max(1, int(rng.poisson(float(rng.uniform(10, 60)))))
                for t in (start + np.cumsum(rng.lognormal(np.log(1.2), 0.6, size=m))).tolist():
                    p = T.l10n_prompt(rng, lang, pick(rng, ctx.passages), client)
                    buf.add(t, p, len(p) / 3.8, ip=pick(rng, server))
            for t in B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 70)) * 7, work).tolist():
                p = T.l10n_prompt(rng, pick(rng, langs), pick(rng, ctx.passages), client)
                buf.add(t, p, len(p) / 3.8, ip=pick(rng, office))
            buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release + DAY, 0.7, 0.15), sigma=0.35, err=0.01)


# =============================================================================================
# backstroke: a model router / aggregator forwarding many end users (retries, side-by-side compares)


def backstroke(ctx: Ctx, rng: Rng) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "linode", "digitalocean"))
        ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "undici/6.21.0", "python-httpx/0.28.1"))
        curve = B.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.3, 0.55)))
        p_new = float(rng.uniform(0.35, 0.6))
        p_cmp = float(rng.uniform(0.02, 0.06))
        for _ in range(irange(rng, 2, 3)):
            egress = B.cloud(rng, irange(rng, 3, 8), provider)
            acct = _benign(ctx, rng, "backstroke", "router_region", org=org, pay=pay, ua=ua, ips=egress)
            per_hour = float(rng.uniform(35, 80))
            buf, models, status = Buf(), [], []
            old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
            for t in B.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.7, curve).tolist():
                p = pick(rng, ctx.chat)
                m = new if (t >= ctx.release and chance(rng, p_new)) else (mini if chance(rng, 0.2) else old)
                if chance(rng, 0.035):  # rate-limited, then retried by the router
                    buf.add(t, p, 1)
                    models.append(m)
                    status.append(429)
                    t += float(rng.uniform(0.3, 3))
                buf.add(t, p, 330)
                models.append(m)
                status.append(200)
                if t >= ctx.release and chance(rng, p_cmp):  # a user's side-by-side compare
                    for other in (old, new):
                        if other != m:
                            buf.add(t + float(rng.uniform(0.01, 0.2)), p, 330)
                            models.append(other)
                            status.append(200)
            buf.emit(ctx, rng, acct, models, sigma=0.65, status=np.asarray(status))


BENIGN_KINDS = {
    "backstroke": backstroke,
    "grandsire": grandsire,
    "peal": peal,
    "stedman": stedman,
    "tenor": tenor,
    "treble": treble,
}
