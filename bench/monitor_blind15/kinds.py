"""Hard-negative benign kinds of blind batch 15: legitimate API customers whose traffic shares
surface features with harvesting. Kind names are code names on purpose; `README.md` describes
each one (read it only after the monitor has been run on this batch).

Each kind is `f(ctx, rng)`. Volumes scale with the size of the background (2,000 benign accounts
= scale 1), with at least one instance of each kind.
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
    chance,
    cloud,
    evening_person,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind15 import texts as T


def _scale(ctx: Ctx) -> float:
    n_bg = sum(1 for v in ctx.truth["accounts"].values() if v["label"] == "benign")
    return n_bg / 2000.0


def _count(ctx: Ctx, rng: np.random.Generator, lo: int, hi: int) -> int:
    return max(1, int(round(_scale(ctx) * irange(rng, lo, hi))))


def _run(rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.5) -> np.ndarray:
    """`n` requests fired one after another by a script."""
    if n <= 0:
        return np.empty(0)
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=n - 1))])


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def heron(ctx: Ctx, rng: np.random.Generator) -> None:
    """A product team's prompt-engineering lab: fixed question banks re-run per prompt variant
    and per model, with a large comparison run right after the new model ships."""
    kind = "heron"
    old, new = ctx.old_models[0], ctx.new_model
    for _ in range(_count(ctx, rng, 2, 4)):
        domain = pick(rng, sorted(T.EVAL_DOMAINS))
        bank = T.eval_bank(rng, domain, irange(rng, 40, 90))
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        provider = pick(rng, ("gcp", "aws", "azure"))
        runner = ctx.account(rng, label="benign", family=kind, role="eval_runner", org=org, pay=pay,
                             ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "litellm/1.60.2")),
                             ips=cloud(rng, irange(rng, 1, 3), provider), tz=tz)
        gap = float(rng.uniform(0.4, 1.6))
        # runs: (start, variants, models)
        runs: list[tuple[float, int, tuple[str, ...]]] = []
        for _ in range(irange(rng, 1, 2)):
            runs.append((float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 0.5 * DAY)), 1, (old,)))
        runs.append((ctx.release + float(rng.uniform(0.5, 12)) * HOUR, irange(rng, 2, 4), (old, new)))
        for _ in range(irange(rng, 1, 3)):
            runs.append((float(rng.uniform(ctx.release + DAY, ctx.t1 - 2 * HOUR)), irange(rng, 1, 2), (new,)))
        tss, prompts, models = [], [], []
        for start, variants, ms in runs:
            jobs = [(q, m) for _v in range(variants) for m in ms for q in bank]
            ts = _run(rng, start, len(jobs), gap)
            tss.append(ts)
            prompts += [q for q, _ in jobs]
            models += [m for _, m in jobs]
        ts = _cat(tss)
        ctx.emit(rng, runner, ts, prompts, models=models, comp_median=230.0, comp_sigma=0.5, err=0.03)
        for _ in range(irange(rng, 2, 4)):
            eng = ctx.account(rng, label="benign", family=kind, role="prompt_engineer", org=org, pay=pay,
                              ua=pick(rng, BROWSERS + ("PostmanRuntime/7.43.0", "OpenAI/Python 1.58.1")), ips=office, tz=tz)
            sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), float(rng.uniform(4, 9)),
                                 float(rng.uniform(40, 150)))
            ts = np.sort(_cat(sess))
            ps = [pick(rng, bank) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, eng, ts, ps, models=ctx.models(rng, ts, p_new=0.6), comp_median=260.0)


def ibis(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course whose students were all given API keys in the same week: many fresh
    accounts on one campus network and one education grant, pasting the same assignment."""
    kind = "ibis"
    for _ in range(_count(ctx, rng, 1, 2)):
        course = pick(rng, sorted(T.COURSES))
        x = irange(rng, 2, 9)
        tz = pick(rng, TZS)
        org, grant = hexid(rng, "org"), hexid(rng, "pay")
        campus = home(rng, irange(rng, 2, 3), tz)
        start = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        deadline = start + float(rng.uniform(3.5, 6.0)) * DAY
        questions = T.COURSES[course]
        for _s in range(irange(rng, 20, 45)):
            ips = campus + home(rng, 1, tz)
            ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3"))
            st = ctx.account(rng, label="benign", family=kind, role="student", org=org,
                             pay=grant if chance(rng, 0.7) else None, ua=ua, ips=ips, tz=tz)
            a = start + float(rng.uniform(0, 1.0)) * DAY
            sess = session_times(rng, a, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 4.0, 100.0)
            if deadline < ctx.t1 and chance(rng, 0.8):
                sess += session_times(rng, deadline - 36 * HOUR, deadline, float(rng.uniform(1.5, 4)),
                                      lambda t: np.ones(len(t)), 5.0, 80.0)
            ts = np.sort(_cat(sess))
            p_assign = float(rng.uniform(0.3, 0.7))
            ps = []
            for _ in range(len(ts)):
                if chance(rng, p_assign):
                    qi = irange(rng, 0, len(questions) - 1)
                    ps.append(pick(rng, T.STUDENT_WRAP).format(q=questions[qi].format(x=x), n=qi + 1))
                else:
                    ps.append(pick(rng, ctx.chat))
            ctx.emit(rng, st, ts, ps, models=ctx.models(rng, ts, p_new=0.6), comp_median=420.0)


def jacana(ctx: Ctx, rng: np.random.Generator) -> None:
    """A consumer homework-help app: its backend (one production key, one staging key) relays
    students' problems with a step-by-step tutoring template."""
    kind = "jacana"
    markets = {-5: "en", -3: "es", 5: "en", 8: "zh", 1: "en"}
    for _ in range(_count(ctx, rng, 1, 2)):
        tz = pick(rng, sorted(markets))
        lang = markets[tz]
        provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
        flag = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
        total = max(400.0, _scale(ctx) * float(rng.uniform(1500, 4000)))
        for role, vol, switch in (("production", total, flag), ("staging", total * 0.04, ctx.release)):
            acct = ctx.account(rng, label="benign", family=kind, role=role, org=org, pay=pay, ua=ua,
                               ips=cloud(rng, irange(rng, 2, 6), provider), tz=tz)
            starts = thinned(rng, ctx.t0, ctx.t1, vol, evening_person(tz, spread=3.0))
            tss, ps, comp = [], [], []
            for s in starts.tolist():
                g = irange(rng, 6, 12)
                p = T.problem(rng, lang)
                tss.append(s)
                ps.append(pick(rng, T.TUTOR_WRAP).format(g=g, p=p, loc={"en": "en-US", "es": "es-MX", "zh": "zh-CN"}[lang]))
                comp.append(650.0)
                if chance(rng, 0.25):
                    t = s
                    for _ in range(irange(rng, 1, 3)):
                        t += float(rng.lognormal(np.log(60), 0.7))
                        tss.append(t)
                        ps.append(pick(rng, T.TUTOR_FOLLOW).format(s=irange(rng, 2, 5), x=irange(rng, -20, 99)))
                        comp.append(300.0)
            ts = np.asarray(tss)
            order = np.argsort(ts, kind="stable")
            ts = ts[order]
            ps = [ps[i] for i in order.tolist()]
            comp_a = np.asarray(comp)[order]
            models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
            ctx.emit(rng, acct, ts, ps, models=models, comp_median=comp_a, comp_sigma=0.5, err=0.01)


def kestrel(ctx: Ctx, rng: np.random.Generator) -> None:
    """A QA team whose CI pipelines generate fictitious test fixtures on every push, plus a
    nightly full regression run; model version pinned until a migration lands."""
    kind = "kestrel"
    for _ in range(_count(ctx, rng, 1, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        runners = cloud(rng, 40, "azure")
        migrate = ctx.release + float(rng.uniform(1.5, 2.5)) * DAY
        ci = ctx.account(rng, label="benign", family=kind, role="ci", org=org, pay=pay, ua="python-httpx/0.28.1", ips=runners[:1],
                         tz=tz)
        pushes = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 15)) * 7, workday(tz, weekend=0.05))
        # one nightly regression run at 02:00 local (cron, a few minutes of queueing)
        d0 = np.floor((ctx.t0 + tz * HOUR) / DAY)
        nights = np.asarray([(d0 + d) * DAY - tz * HOUR + 2 * HOUR + float(rng.uniform(0, 600)) for d in range(9)])
        nights = nights[(nights >= ctx.t0) & (nights < ctx.t1)]
        tss, ips = [], []
        for s in pushes.tolist():
            ts = _run(rng, s, max(1, int(rng.poisson(float(rng.uniform(8, 25))))), float(rng.uniform(1, 4)))
            tss.append(ts)
            ips += [pick(rng, runners)] * len(ts)
        for s in nights.tolist():
            ts = _run(rng, s, int(rng.poisson(float(rng.uniform(100, 250)))), 1.5, 0.3)
            tss.append(ts)
            ips += [pick(rng, runners)] * len(ts)
        ts = _cat(tss)
        ps = []
        for _ in range(len(ts)):
            e, f = pick(rng, T.FIXTURE_ENTITIES)
            ps.append(pick(rng, T.FIXTURE_WRAP).format(n=pick(rng, (5, 10, 20, 25, 50)), e=e, f=f, loc=pick(rng, T.FIXTURE_LOCALES),
                                                      k=irange(rng, 0, 5)))
        models = [ctx.new_model if t >= migrate else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, ci, ts, ps, ips=ips, models=models, comp_median=1100.0, comp_sigma=0.5, err=0.02)
        dev = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay, ua="PostmanRuntime/7.43.0",
                          ips=home(rng, 1, tz), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, 0.8, workday(tz), 3.0, 90.0)
        ts = np.sort(_cat(sess))
        ps = []
        for _ in range(len(ts)):
            e, f = pick(rng, T.FIXTURE_ENTITIES)
            ps.append(pick(rng, T.FIXTURE_WRAP).format(n=5, e=e, f=f, loc=pick(rng, T.FIXTURE_LOCALES), k=1))
        ctx.emit(rng, dev, ts, ps, models=ctx.models(rng, ts, p_new=0.5), comp_median=700.0)


def lapwing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A legal-tech SaaS: every uploaded contract spawns a burst of clause-analysis requests
    with the whole document as context; one key per data region."""
    kind = "lapwing"
    regions = ((-5, ("en",)), (1, ("en", "de", "fr")), (8, ("en",)))
    for _ in range(_count(ctx, rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "azure", "gcp"))
        ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
        for tz, langs in regions[: irange(rng, 2, 3)]:
            acct = ctx.account(rng, label="benign", family=kind, role=f"region_utc{tz:+d}", org=org, pay=pay, ua=ua,
                               ips=cloud(rng, irange(rng, 2, 4), provider), tz=tz)
            curve = multi_office([tz, tz + 1]) if chance(rng, 0.5) else workday(tz)
            uploads = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)) * 7 * max(_scale(ctx), 0.2), curve)
            tss, ps, extra = [], [], []
            for s in uploads.tolist():
                k = max(1, int(rng.poisson(float(rng.uniform(6, 18)))))
                ts = _run(rng, s, k, 2.5, 0.6)
                doc = irange(rng, 1500, 6000)
                lang = pick(rng, langs)
                tss.append(ts)
                ps += [T.contract_prompt(rng, lang) for _ in range(k)]
                extra += [doc] * k
            ts = _cat(tss)
            ctx.emit(rng, acct, ts, ps, models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1), comp_median=380.0, comp_sigma=0.5,
                     extra=np.asarray(extra, dtype=np.int64))


BENIGN_KINDS: dict[str, Callable] = {
    "heron": heron,
    "ibis": ibis,
    "jacana": jacana,
    "kestrel": kestrel,
    "lapwing": lapwing,
}
