"""Hard-negative benign kinds of blind batch 34: legitimate API customers that share some surface
trait with harvesting (automation, volume, templates, cloud egress, long answers, fresh keys at a
release, shared payment). Each kind is `fn(ctx, rng)`; what it does is said in the comments and in
README.md; code names are neutral on purpose.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick, picks
from bench.monitor_blind34 import texts as tx

_BEN = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _at_least_one(rng: np.random.Generator, ts: np.ndarray, a: float, b: float) -> np.ndarray:
    return ts if len(ts) else np.asarray([float(rng.uniform(a, b))])


def _local_times(ctx: Ctx, rng: np.random.Generator, tz: float, hour: float, jitter_h: float,
                 weekdays_only: bool = True) -> list[float]:
    """One time per day of the window at `hour` local (plus jitter), optionally weekdays only."""
    out = []
    d0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(int((ctx.t1 - d0) / DAY) + 2):
        s = d0 + d * DAY + (hour - tz) * HOUR + float(rng.uniform(0, jitter_h)) * HOUR
        if ctx.t0 <= s < ctx.t1 and (not weekdays_only or int(bb.weekday(np.asarray([s]), tz)[0]) < 5):
            out.append(s)
    return out


# --------------------------------------------------------------------------------------------
# dovetail: contract-analytics vendors (one deployment per law-firm customer). Azure egress, a .NET
# or Java client, templated clause-extraction prompts with a long attached document chunk (large
# extra prompt tokens), JSON answers; interactive traffic in office hours plus a bulk re-index
# burst on weekday nights from one key per deployment. Slow adoption of the new model.


def dovetail(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, (-5, 0, 1))
        ips = bb.cloud(rng, irange(rng, 2, 3), "azure")
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        matters = [f"M-{irange(rng, 10000, 99999)}" for _ in range(irange(rng, 5, 15))]
        p_new = float(rng.uniform(0.1, 0.5))
        for j in range(irange(rng, 2, 4)):
            a = ctx.account(rng, label=_BEN, family="dovetail", role="bulk" if j == 0 else "interactive", org=org,
                            pay=pay, ua=ua, ips=ips, tz=tz)
            parts = [bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)) * (ctx.t1 - ctx.t0) / DAY,
                                bb.workday(tz))]
            if j == 0:
                for s in _local_times(ctx, rng, tz, 1.0, 2.0):
                    parts.extend(bb.bursts(rng, np.asarray([s]), float(rng.uniform(150, 450)),
                                           float(rng.uniform(1.0, 2.5)), b=ctx.t1))
            ts = _at_least_one(rng, _concat(parts), ctx.t0, ctx.t1)
            ctx.emit(rng, a, ts, [tx.dovetail_prompt(rng, pick(rng, matters)) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1), comp_median=380, comp_sigma=0.5,
                     extra=rng.integers(1500, 7000, size=len(ts)), err=0.01)


# --------------------------------------------------------------------------------------------
# mortise: an educational publisher building a practice-item bank. A pipeline key on GCP fires
# weekday bursts at 10:00 and 15:00 local of "write N problems with fully worked step-by-step
# solutions" (long answers); a few editors use the API from home in office hours to check items.


def mortise(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (-8, -5, 0, 1, 5))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        pipe = ctx.account(rng, label=_BEN, family="mortise", role="pipeline", org=org, pay=pay,
                           ua="OpenAI/Python 1.58.1", ips=bb.cloud(rng, irange(rng, 1, 2), "gcp"), tz=tz)
        size, gap = float(rng.uniform(40, 120)), float(rng.uniform(6, 15))
        starts = _local_times(ctx, rng, tz, 10.0, 0.7) + _local_times(ctx, rng, tz, 15.0, 0.7)
        ts = _at_least_one(rng, _concat(bb.bursts(rng, np.asarray(starts), size, gap, b=ctx.t1)), ctx.t0, ctx.t1)
        ctx.emit(rng, pipe, ts, [tx.mortise_pipeline(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.7, p_mini=0.0), comp_median=1500, comp_sigma=0.4, err=0.02)
        for _ in range(irange(rng, 2, 5)):
            ed = ctx.account(rng, label=_BEN, family="mortise", role="editor", org=org, pay=pay,
                             ua=pick(rng, bb.BROWSERS), ips=bb.home(rng, 1, tz), tz=tz)
            ts = _at_least_one(rng, _concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)),
                                                             bb.workday(tz), 3.0, 120.0)), ctx.t0, ctx.t1)
            prompts = [tx.mortise_editor(rng) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, ed, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=400, err=0.005)


# --------------------------------------------------------------------------------------------
# tenon: independent benchmarkers (journalists, a consultancy, hobbyist leaderboards). About half
# open a fresh key within hours of the new model's release; each has a fixed probe suite that it
# runs several times on the new model and once or twice on the old flagship, identical prompts every
# run. The others are existing keys that ran an old-model baseline days before.


def tenon(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, 1, pick(rng, ("aws", "gcp"))) if chance(rng, 0.5) else bb.home(rng, 1, tz)
        a = ctx.account(rng, label=_BEN, family="tenon", role="benchmark", ua=bb.sdk_ua(rng), ips=ips, tz=tz)
        suite = tx.tenon_suite(rng, irange(rng, 80, 250))
        gap = float(rng.uniform(1.5, 5.0))
        runs: list[tuple[float, str]] = []
        if chance(rng, 0.5):  # an existing key: baseline on the old flagship before the release
            runs.append((ctx.release - float(rng.uniform(0.5, 2.5)) * DAY, ctx.old_models[0]))
        t = ctx.release + float(rng.uniform(0.2, 10)) * HOUR
        plan = [ctx.new_model] * irange(rng, 3, 5) + [ctx.old_models[0]] * irange(rng, 1, 2)
        for m in plan:
            runs.append((t, m))
            t += float(rng.uniform(1, 10)) * HOUR
        for s, m in runs:
            order = rng.permutation(len(suite))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=len(suite) - 1))])
            ctx.emit(rng, a, ts, [suite[i] for i in order.tolist()], models=m, comp_median=550, comp_sigma=0.7,
                     err=0.03)


# --------------------------------------------------------------------------------------------
# dado: a writing-assistant SaaS (browser extension) that proxies its end users' text through one
# production key around the clock (global load curve), plus a small staging key. AWS egress,
# rewrite-the-following wrappers around genuine user text, mostly the small model.


def dado(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 4, 8), "aws")
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
        for role, rate, curve in (("production", float(rng.uniform(25, 60)),
                                   bb.global_load(float(rng.uniform(13, 17)), 0.55)),
                                  ("staging", float(rng.uniform(0.5, 2.0)), bb.workday(-8))):
            a = ctx.account(rng, label=_BEN, family="dado", role=role, org=org, pay=pay, ua=ua, ips=ips)
            ts = _at_least_one(rng, bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve),
                               ctx.t0, ctx.t1)
            prompts = [tx.dado_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
            comp = np.clip(np.asarray([len(p) for p in prompts]) / 4.0, 40, 900)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.65), comp_median=comp,
                     comp_sigma=0.3, err=0.01)


# --------------------------------------------------------------------------------------------
# rabbet: a game studio generating localised content (NPC barks, item flavour text, side quests in
# ten languages). A pipeline key on a hosting provider runs a few evening batch jobs a week; two or
# three developers call the API from home during the day.


def rabbet(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, 2, -5, 9))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        pipe = ctx.account(rng, label=_BEN, family="rabbet", role="pipeline", org=org, pay=pay,
                           ua="python-requests/2.32.3",
                           ips=bb.cloud(rng, 1, pick(rng, ("hetzner", "aws", "ovh"))), tz=tz)
        evenings = _local_times(ctx, rng, tz, 19.0, 4.0, weekdays_only=False)
        chosen = sorted(picks(rng, evenings, irange(rng, 2, 4))) if evenings else [ctx.t0 + DAY]
        ts = _at_least_one(rng, _concat(bb.bursts(rng, np.asarray(sorted(set(chosen))), float(rng.uniform(150, 400)),
                                                  float(rng.uniform(2, 4)), b=ctx.t1)), ctx.t0, ctx.t1)
        ctx.emit(rng, pipe, ts, [tx.rabbet_prompt(rng) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3), comp_median=650, comp_sigma=0.6, err=0.02)
        for _ in range(irange(rng, 2, 3)):
            dev = ctx.account(rng, label=_BEN, family="rabbet", role="developer", org=org, pay=pay,
                              ua=bb.sdk_ua(rng, 0.7), ips=bb.home(rng, 1, tz), tz=tz)
            ts = _at_least_one(rng, _concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)),
                                                             bb.workday(tz), 4.0, 60.0)), ctx.t0, ctx.t1)
            prompts = [tx.rabbet_prompt(rng) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, dev, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=500, err=0.005)


# --------------------------------------------------------------------------------------------
# bridle: a university course. Dozens of student keys created within one lab session under the
# course's org, most billed to the department's card; during the lab they share the campus
# addresses, afterwards they work from home in the evenings, ramping up to the deadline, all on the
# same fixed problem set (each student with their own prompt habit) plus some ordinary chat.


def bridle(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 25, 60)
    tz = pick(rng, bb.TZS)
    org, dept_card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    day0 = np.floor((ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY) / DAY) * DAY
    lab = day0 + (14.0 - tz) * HOUR
    lab_end = lab + 2 * HOUR
    deadline = min(lab + float(rng.uniform(2.0, 4.0)) * DAY, ctx.t1 - HOUR)
    problems = tx.bridle_assignment(rng, irange(rng, 12, 20))
    p_card = float(rng.uniform(0.6, 0.85))
    eve = bb.evening_person(tz)

    def ramp(ts: np.ndarray) -> np.ndarray:
        x = np.clip((ts - lab_end) / max(deadline - lab_end, HOUR), 0, 1)
        return eve(ts) * np.where(ts <= deadline, 0.15 + 0.85 * x ** 2, 0.05)

    uas = ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.54.0")
    for _ in range(n):
        ua = pick(rng, uas) if chance(rng, 0.75) else pick(rng, bb.BROWSERS)
        home_ip = bb.home(rng, 1, tz)
        a = ctx.account(rng, label=_BEN, family="bridle", role="student", org=org,
                        pay=dept_card if chance(rng, p_card) else None, ua=ua, ips=home_ip, tz=tz)
        wrap = int(rng.integers(8))
        created = lab + float(rng.uniform(0, 1.5)) * HOUR
        t_lab = np.sort(rng.uniform(created, lab_end, size=irange(rng, 3, 15)))
        t_home = _concat(bb.session_times(rng, lab_end, ctx.t1, float(rng.uniform(0.8, 2.5)), ramp,
                                          float(rng.uniform(3, 8)), float(rng.uniform(60, 300))))
        ts = np.concatenate([t_lab, t_home])
        ips = picks(rng, campus, len(t_lab)) + home_ip * len(t_home)
        prompts = [tx.bridle_prompt(rng, problems, wrap if chance(rng, 0.85) else int(rng.integers(8)))
                   if chance(rng, 0.8) else tx.bridle_chat(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.5), comp_median=650,
                 comp_sigma=0.6, err=0.01)


BENIGN_KINDS = {
    "bridle": bridle,
    "dado": dado,
    "dovetail": dovetail,
    "mortise": mortise,
    "rabbet": rabbet,
    "tenon": tenon,
}
