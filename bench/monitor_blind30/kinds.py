"""Hard-negative benign kinds of blind batch 30 (code names only; descriptions in README.md).

Each kind is `f(ctx, rng)`: legitimate API customers whose traffic superficially resembles output
harvesting. Sizes scale with the number of background benign accounts (2,000 → the sizes in
README.md), with a floor so that every kind always sends traffic.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick
from bench.monitor_blind30 import texts

LABEL = "benign"
_KIND_NAMES = ("cirque", "crevasse", "esker", "moraine", "nunatak", "serac")


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _scale(ctx: bb.Ctx) -> float:
    """Background benign accounts / 2,000."""
    n = sum(1 for v in ctx.truth["accounts"].values() if v["label"] == "benign" and v["family"] not in _KIND_NAMES)
    return n / 2000.0


def _count(rng: np.random.Generator, ctx: bb.Ctx, lo: float, hi: float, floor: int = 1) -> int:
    return max(floor, int(round(_u(rng, lo, hi) * _scale(ctx))))


# ---------------------------------------------------------------------------------------------
# moraine: companies evaluating the new model. CI runners on a hyperscaler send a fixed benchmark
# suite (templated items, some asking for step-by-step work) in tight bursts, the same prompts to
# the old and the new model, within hours of the release; some companies open a fresh account for
# it, others already ran small nightly regressions on the old model before.


def moraine(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(rng, ctx, 3, 7)):
        prov = pick(rng, ["aws", "gcp", "azure"])
        ips = bb.cloud(rng, irange(rng, 1, 4), prov)
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), bb.sdk_ua(rng, 0.6)
        fresh = chance(rng, 0.5)
        suite = [texts.bench_item(rng) for _ in range(irange(rng, 120, 700))]
        tz = pick(rng, bb.TZS)
        accts = [ctx.account(rng, label=LABEL, family="moraine", role="ci", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
                 for _ in range(irange(rng, 1, 2))]
        gap = _u(rng, 0.2, 1.5)
        old, new = ctx.old_models[0], ctx.new_model
        if not fresh:  # nightly regression subset on the current model
            night = ctx.t0 + (2.0 - tz) % 24 * HOUR + _u(rng, 0, 40) * MINUTE
            while night < ctx.t1:
                sub = [suite[i] for i in rng.choice(len(suite), size=min(len(suite), irange(rng, 25, 90)),
                                                    replace=False).tolist()]
                ts = night + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(sub)))
                model = new if night >= ctx.release + 1 * DAY else old
                ctx.emit(rng, pick(rng, accts), ts, sub, models=model, comp_median=_u(rng, 200, 500), err=0.005)
                night += DAY + _u(rng, -20, 20) * MINUTE
        # the comparison runs after the release: the whole suite against both models, 1-3 rounds
        t = ctx.release + _u(rng, 0.5, 30) * HOUR
        for r in range(irange(rng, 1, 3)):
            for model in (old, new):
                ts = t + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(suite)))
                ctx.emit(rng, accts[r % len(accts)], ts, suite, models=model, comp_median=_u(rng, 250, 700), err=0.02)
                t = float(ts[-1]) + _u(rng, 1, 20) * MINUTE
            t += _u(rng, 2, 20) * HOUR


# ---------------------------------------------------------------------------------------------
# serac: trust-and-safety vendors. A queue of user-generated posts is classified against a policy
# with a short JSON verdict, around the clock with a daily load cycle, through a few keys of one
# organisation on one cloud block; mostly the small model.


def serac(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(rng, ctx, 2, 4)):
        n = irange(rng, 1, 3)
        block = bb.rented_block(rng, pick(rng, ["aws", "gcp", "azure", "oracle", "ovh"]), 1, irange(rng, 2, 6))
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), bb.sdk_ua(rng, 0.4)
        accts = [ctx.account(rng, label=LABEL, family="serac", role="queue", org=org, pay=pay, ua=ua, ips=block)
                 for _ in range(n)]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        streams = bb.worker_pool(rng, start, ctx.t1, _u(rng, 8, 45), n,
                                 bb.global_load(_u(rng, 12, 21), _u(rng, 0.3, 0.7)))
        p_new, p_mini = _u(rng, 0.0, 0.3), _u(rng, 0.3, 0.85)
        for a, ts in zip(accts, streams, strict=True):
            ctx.emit(rng, a, ts, [texts.moderation(rng, ctx.chat) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=p_new, p_mini=p_mini), comp_median=_u(rng, 50, 140),
                     comp_sigma=0.4, err=0.01)


# ---------------------------------------------------------------------------------------------
# cirque: homework-help platforms. A backend on a cloud host relays students' problems with a
# step-by-step tutoring wrapper; volume follows the students' evenings in one time zone.


_HW_WRAPS_TZ = {-3: [3, 0], -5: [0, 1, 2], -8: [0, 1, 2]}


def cirque(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(rng, ctx, 2, 4)):
        tz = pick(rng, [-8, -5, -3, 0, 1, 5, 9])
        wraps = _HW_WRAPS_TZ.get(tz, [0, 1])
        prov = pick(rng, ["aws", "gcp", "azure", "digitalocean", "hetzner"])
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), bb.sdk_ua(rng, 0.5)
        accts = [ctx.account(rng, label=LABEL, family="cirque", role="backend", org=org, pay=pay, ua=ua,
                             ips=bb.cloud(rng, irange(rng, 1, 3), prov), tz=tz) for _ in range(irange(rng, 1, 2))]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        per_day = _u(rng, 50, 260)
        curve = bb.evening_person(tz, spread=_u(rng, 1.8, 2.8))
        ts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        who = rng.integers(0, len(accts), size=len(ts))
        p_new = _u(rng, 0.2, 0.8)
        for i, a in enumerate(accts):
            t = ts[who == i]
            ctx.emit(rng, a, t, [texts.homework(rng, wraps) for _ in range(len(t))],
                     models=ctx.models(rng, t, p_new=p_new, p_mini=0.25), comp_median=_u(rng, 450, 850),
                     comp_sigma=0.45, err=0.01)


# ---------------------------------------------------------------------------------------------
# esker: developers running coding agents from their IDE: workday runs of 6-50 rapid tool-loop
# steps with a growing context (large prompt-token counts), from home, sometimes from a CI box.


def esker(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(max(3, int(round(_u(rng, 0.004, 0.008) * _scale(ctx) * 2000)))):
        tz = pick(rng, bb.TZS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += bb.cloud(rng, 1, pick(rng, ["aws", "gcp", "azure", "hetzner"]))
        ua = pick(rng, ["litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.85.1",
                        "OpenAI/Python 1.54.0"])
        a = ctx.account(rng, label=LABEL, family="esker", role="developer", ua=ua, ips=ips, tz=tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        runs = bb.thinned(rng, start, ctx.t1, _u(rng, 1, 6) * (ctx.t1 - start) / DAY,
                          bb.workday(tz, weekend=0.15, night=0.03))
        p_new = _u(rng, 0.6, 1.0)
        step_gap, base, grow = _u(rng, 3, 10), _u(rng, 2000, 6000), _u(rng, 400, 1500)
        for r in runs.tolist():
            k = irange(rng, 6, 50)
            ts = r + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.7, size=k - 1))])
            goal, mod = pick(rng, texts._GOALS), pick(rng, texts._MODULES)
            prompts = [texts.agent_step(rng, i, goal, mod) for i in range(k)]
            extra = np.minimum(base + grow * np.arange(k), 120_000).astype(np.int64)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=_u(rng, 180, 500),
                     comp_sigma=0.7, extra=extra, err=0.01)


# ---------------------------------------------------------------------------------------------
# nunatak: consulting firms whose staff work through a commercial VPN: datacenter exit addresses
# (a pool shared with the other firms on the same VPN) changing every session, browser user
# agents, one org and one corporate card per firm, office-work prompts in working hours.


def nunatak(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    vpn = [ip for p in ("m247", "leaseweb", "digitalocean", "vultr", "ovh") for ip in bb.cloud(rng, irange(rng, 8, 25), p)]
    for _ in range(_count(rng, ctx, 1, 3)):
        tz = pick(rng, [-5, -8, 0, 1, 2])
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        for _ in range(irange(rng, 4, 12)):
            a = ctx.account(rng, label=LABEL, family="nunatak", role="employee", org=org, pay=pay,
                            ua=pick(rng, bb.BROWSERS), ips=vpn, tz=tz)
            start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.1)
            sess = bb.session_times(rng, start, ctx.t1, _u(rng, 1, 4), bb.workday(tz), _u(rng, 2, 6), _u(rng, 30, 120))
            for s in sess:
                ctx.emit(rng, a, s, [texts.office_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(s))],
                         models=ctx.models(rng, s, p_new=0.5), ips=pick(rng, vpn), comp_median=400, comp_sigma=0.7)


# ---------------------------------------------------------------------------------------------
# crevasse: a university course (or hackathon) cohort. Dozens of student accounts are opened the
# same afternoon under the course's organisation, each looping a small shared review dataset
# through a sentiment prompt from the campus network; a few redo it from home in the evenings.


def crevasse(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(rng, ctx, 1, 2)):
        tz = pick(rng, [-5, -8, 0, 1, 2, 9, 5])
        campus = bb.home(rng, irange(rng, 1, 2), tz)
        org = hexid(rng, "org")
        data = texts.review_dataset(rng, irange(rng, 40, 150))
        day = float(np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR) + irange(rng, 0, 5) * DAY
        lab = day + _u(rng, 13, 15.5) * HOUR
        p_mini = _u(rng, 0.5, 0.9)
        for _ in range(irange(rng, 15, 45)):
            ua = "OpenAI/Python 1.58.1" if chance(rng, 0.75) else pick(rng, ["python-requests/2.32.3", "OpenAI/Python 1.63.2"])
            a = ctx.account(rng, label=LABEL, family="crevasse", role="student", org=org, ua=ua,
                            ips=campus + bb.home(rng, 1, tz), tz=tz)
            variant = irange(rng, 0, 5)
            t = lab + _u(rng, 5, 60) * MINUTE
            for _run in range(irange(rng, 1, 3)):
                items = data[:irange(rng, 10, len(data))] if chance(rng, 0.6) else data
                ts = t + np.cumsum(rng.lognormal(np.log(_u(rng, 0.8, 4)), 0.5, size=len(items)))
                ctx.emit(rng, a, ts, [texts.assignment_prompt(variant, x) for x in items], ips=campus[0],
                         models=ctx.models(rng, ts, p_new=0.15, p_mini=p_mini), comp_median=_u(rng, 30, 120))
                t = float(ts[-1]) + _u(rng, 3, 25) * MINUTE
                if chance(rng, 0.5):
                    variant = irange(rng, 0, 5)
            for _ in range(irange(rng, 0, 2)):  # homework evenings from home
                t = lab + irange(rng, 1, 3) * DAY + _u(rng, 4, 9) * HOUR
                items = data[:irange(rng, 10, len(data))]
                ts = t + np.cumsum(rng.lognormal(np.log(_u(rng, 1, 5)), 0.6, size=len(items)))
                ctx.emit(rng, a, ts, [texts.assignment_prompt(variant, x) for x in items], ips=a.ips[-1],
                         models=ctx.models(rng, ts, p_new=0.15, p_mini=p_mini), comp_median=_u(rng, 30, 120))


BENIGN_KINDS = {
    "cirque": cirque,
    "crevasse": crevasse,
    "esker": esker,
    "moraine": moraine,
    "nunatak": nunatak,
    "serac": serac,
}
assert tuple(sorted(BENIGN_KINDS)) == _KIND_NAMES
