"""Hard-negative benign kinds of blind batch 78 (code names from weather forecasting; see README.md).

Each kind is `f(ctx, rng)`: legitimate traffic that shares surface features with harvesting.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind78 import texts as tx

G = np.random.Generator
LABEL = "benign"


def _u(rng: G, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _subset(rng: G, seq, lo: int, hi: int) -> list:
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def nowcast(ctx: Ctx, rng: G) -> None:
    """Model-evaluation teams: a fixed benchmark suite replayed nightly from CI on every model, and a
    big run on the new model the day it ships."""
    kind = "nowcast"
    for _ in range(irange(rng, 2, 5)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        provider = pick(rng, ["aws", "azure", "gcp"])
        runners = bb.cloud(rng, irange(rng, 5, 30), provider)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
        style = pick(rng, ("chatml", "alpaca", "tagged"))
        suite = [tx.bench_wrap(style, tx.bench_item(rng)) for _ in range(irange(rng, 150, 600))]
        frac = _u(rng, 0.3, 1.0)  # nightly subset of the suite
        accts = [ctx.account(rng, label=LABEL, family=kind, role="eval_ci", org=org, pay=pay, ua=ua, ips=runners, tz=tz)
                 for _ in range(irange(rng, 1, 3))]
        run_h = _u(rng, 0, 6)
        gap = _u(rng, 0.3, 2.5)
        day0 = np.floor(ctx.t0 / DAY) * DAY
        runs = []
        for d in range(8):
            if chance(rng, 0.85):
                runs.append((day0 + d * DAY + (run_h - tz) * HOUR + _u(rng, 0, 20) * MINUTE, False))
        runs.append((ctx.release + _u(rng, 0.5, 8) * HOUR, True))
        if chance(rng, 0.6):
            runs.append((ctx.release + _u(rng, 20, 50) * HOUR, True))
        per = {a.id: ([], [], []) for a in accts}
        for start, big in runs:
            items = suite if big else [s for s in suite if rng.random() < frac]
            models = [ctx.new_model] if start >= ctx.release else []
            if big:
                models += [ctx.old_models[0]]
            else:
                models += list(ctx.old_models)
            t = start
            a = pick(rng, accts)
            for m in models:
                for p in items:
                    t += float(rng.lognormal(np.log(gap), 0.5))
                    per[a.id][0].append(t)
                    per[a.id][1].append(p)
                    per[a.id][2].append(m)
        for a in accts:
            ts, prompts, models = per[a.id]
            if ts:
                ctx.emit(rng, a, np.asarray(ts), prompts, models=models, ips=picks(rng, runners, len(ts)),
                         comp_median=_u(rng, 120, 450), comp_sigma=0.9, err=0.015)


def hindcast(ctx: Ctx, rng: G) -> None:
    """A labelling vendor's annotators: QA scoring of support transcripts, intent/sentiment labels and
    draft comparisons for customers, through the vendor's web tool from office networks."""
    kind = "hindcast"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (5, 8, 8, 2, -3))
        office = bb.home(rng, irange(rng, 1, 3), tz)
        ua_tool = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3"))
        p_new = _u(rng, 0.15, 0.5)
        for _ in range(irange(rng, 10, 30)):
            remote = chance(rng, 0.25)
            ips = office + (bb.home(rng, 1, tz) if remote else [])
            ua = pick(rng, BROWSERS) if chance(rng, 0.5) else ua_tool
            a = ctx.account(rng, label=LABEL, family=kind, role="annotator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 5), bb.workday(tz, weekend=0.02), _u(rng, 8, 25), _u(rng, 20, 80))
            ts = _concat(sessions)
            ctx.emit(rng, a, ts, [tx.vendor_prompt(rng) for _ in ts], models=ctx.models(rng, ts, p_new, 0.25),
                     comp_median=_u(rng, 100, 260), comp_sigma=0.6)


def radiosonde(ctx: Ctx, rng: G) -> None:
    """Developers running a coding agent in their IDE: bursts of tool-result turns with a growing context,
    office NAT by day, home broadband otherwise; quick to switch to the new model."""
    kind = "radiosonde"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        office = bb.home(rng, irange(rng, 1, 2), tz)
        ua_tool = pick(rng, ("Cline/3.3.2 VSCode/1.96.4", "Continue/0.9.259 (vscode)", "aider/0.74.1 litellm/1.60.2",
                             "Zed/0.172.8", "JetBrains-AI-Assistant/243.23654"))
        p_new = _u(rng, 0.6, 0.95)
        for _ in range(irange(rng, 12, 40)):
            home = bb.home(rng, 1, tz)
            a = ctx.account(rng, label=LABEL, family=kind, role="developer", org=org, pay=pay, ua=ua_tool, ips=office + home, tz=tz)
            starts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 2, 8) * 7, bb.workday(tz, weekend=0.08, night=0.03))
            ts, prompts, extra, ips = [], [], [], []
            remote_day = {}
            for s in starts.tolist():
                day = int((s + tz * HOUR) // DAY)
                if day not in remote_day:
                    remote_day[day] = chance(rng, 0.3)
                ip = home[0] if remote_day[day] else pick(rng, office)
                k = 1 + int(rng.poisson(_u(rng, 4, 18)))
                t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 2, 9)), 0.7, size=k - 1))])
                base = irange(rng, 1500, 9000)
                for j, tj in enumerate(t.tolist()):
                    ts.append(tj)
                    prompts.append(tx.ide_prompt(rng, j))
                    extra.append(min(120_000, base + j * irange(rng, 400, 2500)))
                    ips.append(ip)
            tsa = np.asarray(ts)
            ctx.emit(rng, a, tsa, prompts, models=ctx.models(rng, tsa, p_new, 0.05), ips=ips, comp_median=_u(rng, 180, 500),
                     comp_sigma=0.7, extra=np.asarray(extra, dtype=np.int64), err=0.01)


def hodograph(ctx: Ctx, rng: G) -> None:
    """An LLM router/aggregator: end users' chat forwarded from a few egress IPs with pass-through user
    agents, retries after errors and fallback re-sends."""
    kind = "hodograph"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ["gcp", "aws", "oracle"])
    egress = bb.cloud(rng, irange(rng, 4, 12), provider)
    uas = list(SDK_COMMON) + list(SDK_OTHER) + list(BROWSERS)
    n_keys = irange(rng, 2, 4)
    accts = [ctx.account(rng, label=LABEL, family=kind, role="router_key", org=org, pay=pay, ua="Go-http-client/2.0", ips=egress)
             for _ in range(n_keys)]
    per_hour = _u(rng, 120, 260)
    p_retry = _u(rng, 0.01, 0.04)
    p_new = _u(rng, 0.45, 0.7)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(_u(rng, 12, 20), _u(rng, 0.3, 0.6)))
    models = ctx.models(rng, ts, p_new, 0.2)
    per = {a.id: ([], [], [], [], []) for a in accts}
    for t, m in zip(ts.tolist(), models, strict=True):
        p = pick(rng, ctx.chat)
        ua = pick(rng, uas)
        k = int(rng.integers(n_keys))
        tries = 1 + (int(rng.integers(1, 3)) if chance(rng, p_retry) else 0)
        for j in range(tries):
            a = accts[(k + j) % n_keys]
            row = per[a.id]
            row[0].append(t + j * _u(rng, 0.5, 6))
            row[1].append(p)
            row[2].append(m if j == 0 or chance(rng, 0.5) else ctx.old_models[0])
            row[3].append(ua)
            row[4].append(429 if j < tries - 1 else 200)
    for a in accts:
        t, p, m, u, s = per[a.id]
        order = np.argsort(np.asarray(t), kind="stable")
        ctx.emit(rng, a, np.asarray(t)[order], [p[i] for i in order], models=[m[i] for i in order], ua=[u[i] for i in order],
                 ips=picks(rng, egress, len(t)), comp_median=_u(rng, 280, 420), comp_sigma=0.9,
                 status=np.asarray(s)[order])


def dewpoint(ctx: Ctx, rng: G) -> None:
    """Localisation pipelines: UI string batches and help-centre articles translated into many locales
    in quick succession whenever a release branch is cut."""
    kind = "dewpoint"
    for _ in range(irange(rng, 1, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ["aws", "azure", "gcp", "hetzner"]))
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "python-requests/2.32.3"))
        brand = pick(rng, ("Tandemly", "Quillpad", "Norvik", "Hopscale", "Fernleaf", "Cartwise"))
        locales = _subset(rng, list(tx.LOCALES), 6, 16)
        p_new = _u(rng, 0.2, 0.6)
        for _ in range(irange(rng, 1, 4)):
            a = ctx.account(rng, label=LABEL, family=kind, role="l10n_pipeline", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            jobs = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 4, 14) * 7, bb.workday(tz))
            ts, prompts, comp = [], [], []
            for s in jobs.tolist():
                doc = chance(rng, 0.35)
                payloads = [tx.cut(rng, pick(rng, ctx.passages), 400, 2500) if doc else tx.ui_batch(rng)
                            for _ in range(irange(rng, 1, 8))]
                t = s
                for payload in payloads:
                    for loc in locales:
                        t += float(rng.lognormal(np.log(1.2), 0.6))
                        ts.append(t)
                        prompts.append(tx.l10n_prompt(rng, loc, payload, doc, brand))
                        comp.append(len(payload) / 3.5)
            tsa = np.asarray(ts)
            ctx.emit(rng, a, tsa, prompts, models=ctx.models(rng, tsa, p_new, 0.3), comp_median=np.asarray(comp),
                     comp_sigma=0.3, err=0.01)


def mesoscale(ctx: Ctx, rng: G) -> None:
    """A university course whose students get keys under the university's org and billing: shared problem
    sets, evening homework sessions that swell before deadlines, campus and home networks."""
    kind = "mesoscale"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        campus = bb.home(rng, irange(rng, 2, 4), tz)
        course = pick(rng, ("calc", "stats", "intro_prog"))
        psets = [[tx.course_problem(rng, course) for _ in range(irange(rng, 6, 12))] for _ in range(2)]
        deadlines = [ctx.t0 + _u(rng, 2.2, 3.2) * DAY, ctx.t0 + _u(rng, 5.5, 6.8) * DAY]
        p_new = _u(rng, 0.3, 0.8)
        base = bb.evening_person(tz)

        def curve(t: np.ndarray, deadlines=deadlines, base=base) -> np.ndarray:
            boost = sum(np.where((t < d) & (t > d - 1.5 * DAY), 1.0 - (d - t) / (1.5 * DAY), 0.0) for d in deadlines)
            return np.clip(base(t) * (0.35 + 0.65 * boost), 0, 1)

        for _ in range(irange(rng, 40, 110)):
            home = bb.home(rng, 1, tz)
            ua = pick(rng, BROWSERS) if chance(rng, 0.85) else pick(rng, bb.MOBILE)
            a = ctx.account(rng, label=LABEL, family=kind, role="student", org=org, pay=pay, ua=ua, ips=campus + home, tz=tz)
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 2.0), curve, _u(rng, 2, 7), _u(rng, 40, 240))
            ts, prompts, ips = [], [], []
            for s in sessions:
                ip = home[0] if chance(rng, 0.7) else pick(rng, campus)
                which = 0 if (len(s) and s[0] < deadlines[0]) else 1
                for t in s.tolist():
                    ts.append(t)
                    ips.append(ip)
                    if chance(rng, 0.7):
                        i = int(rng.integers(len(psets[which])))
                        prompts.append(tx.homework_prompt(rng, psets[which][i], i + 1))
                    else:
                        prompts.append(pick(rng, ctx.chat))
            tsa = np.asarray(ts)
            ctx.emit(rng, a, tsa, prompts, models=ctx.models(rng, tsa, p_new, 0.15), ips=ips, comp_median=_u(rng, 350, 700),
                     comp_sigma=0.6)


BENIGN_KINDS = {
    "nowcast": nowcast,
    "hindcast": hindcast,
    "radiosonde": radiosonde,
    "hodograph": hodograph,
    "dewpoint": dewpoint,
    "mesoscale": mesoscale,
}
