"""Hard-negative benign kinds of batch 55 (code names from orienteering): legitimate traffic that
looks like harvesting. Each is a generator `kind(ctx, rng)`; every size and rate is drawn per seed."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind55 import texts as T


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def attack_point(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation team: baseline benchmark runs on the old models, then a sweep of every
    benchmark on every model in the day and a half after the release; code items sampled k times."""
    kind = "attack_point"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 6), prov)
    accts = [_acct(ctx, rng, kind, "eval-engineer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
             for ua in ["lm_eval/0.4.7 python-httpx/0.28.1"] + [bb.sdk_ua(rng, 0.6) for _ in range(irange(rng, 1, 3))]]
    models = list(ctx.old_models)
    runs: list[tuple[float, str, str]] = []
    wd = bb.workday(tz, weekend=0.1)
    for t in bb.thinned(rng, ctx.t0, ctx.release, irange(rng, 2, 4), wd).tolist():
        runs.append((t, pick(rng, ("mcq", "math", "code", "summ")), pick(rng, models)))
    sweep = bb.thinned(rng, ctx.release + 2 * HOUR, ctx.release + 1.6 * DAY, irange(rng, 5, 10), bb.workday(tz, weekend=0.5))
    for t in sweep.tolist():
        runs.append((t, pick(rng, ("mcq", "math", "code", "summ")), ctx.new_model if chance(rng, 0.6) else pick(rng, models)))
    for t in bb.thinned(rng, ctx.release + 1.6 * DAY, ctx.t1, irange(rng, 1, 3), wd).tolist():
        runs.append((t, pick(rng, ("mcq", "math", "code", "summ")), ctx.new_model))
    comp = {"mcq": 3.0, "math": 260.0, "code": 150.0, "summ": 120.0}
    for t, bench, model in runs:
        a = pick(rng, accts)
        k = irange(rng, 3, 8) if bench == "code" else 1
        n_items = irange(rng, 100, 300) if bench == "code" else irange(rng, 200, 1000)
        prompts = [T.bench_item(rng, bench, i) for i in range(n_items) for _ in range(k)]
        gaps = rng.lognormal(np.log(float(rng.uniform(0.25, 1.2))), 0.5, size=len(prompts))
        ts = t + np.cumsum(gaps)
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp[bench], comp_sigma=0.5 if bench != "mcq" else 0.2,
                 err=0.01)


def handrail(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: students on home and campus networks, most paying with the
    course's shared education credit, working the same assignments before a deadline."""
    kind = "handrail"
    tz = pick(rng, (-5, 0, 1, 9, 5, -8))
    org = hexid(rng, "org")
    grant = hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    deadline = ctx.t0 + irange(rng, 2, 5) * DAY + (23.98 - tz) * HOUR
    p_assign = float(rng.uniform(0.3, 0.55))
    n_students = irange(rng, 40, 90)
    assigns = list(range(irange(rng, 1, 3), irange(rng, 4, 6)))

    def surge(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return np.clip(bb.evening_person(tz)(ts) * np.where((ts > deadline - 1.5 * DAY) & (ts < deadline), 3.0, 0.6), 0, 1)

    for _ in range(n_students):
        a = _acct(ctx, rng, kind, "student", org=org, pay=grant if chance(rng, 0.7) else None,
                  ua=pick(rng, bb.MOBILE[:3]) if chance(rng, 0.2) else pick(rng, bb.BROWSERS),
                  ips=bb.home(rng, irange(rng, 1, 2), tz) + campus, tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 1.0)), surge, float(rng.uniform(3, 9)),
                                float(rng.uniform(40, 140)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.assignment_prompt(rng, pick(rng, assigns), pick(rng, ctx.chat)) if chance(rng, p_assign)
                   else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.15), comp_median=380.0, comp_sigma=0.7,
                 err=0.005)


def catching_feature(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor pre-labelling customer data with the model: team keys in two
    offices behind office NATs, a steady queue all working day."""
    kind = "catching_feature"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = list(dict.fromkeys(picks(rng, (8, -3, 1, 5, 2), 2)))
    nat = {tz: bb.home(rng, irange(rng, 1, 3), tz) for tz in offices}
    n_keys = irange(rng, 8, 16)
    uas = ("labelstudio-ml-backend/1.6 python-requests/2.32.3", "python-requests/2.32.3", "OpenAI/Python 1.54.0")
    p_new_after = float(rng.uniform(0.2, 0.5))
    for i in range(n_keys):
        tz = offices[i % len(offices)]
        a = _acct(ctx, rng, kind, "labelling-team", org=org, pay=pay, ua=pick(rng, uas), ips=nat[tz], tz=tz)
        rate = float(rng.uniform(8, 25))
        curve = bb.workday(tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(16.5, 19)))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 9.0 * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [T.label_prompt(rng, pick(rng, ctx.chat)[:800], T._snip(rng, pick(rng, ctx.passages), 200, 900))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new_after, 0.55), comp_median=float(rng.uniform(40, 140)),
                 comp_sigma=0.7, err=0.01)


def control_flag(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router: a few upstream keys carrying many end users' mixed traffic around the clock
    from cloud egress addresses."""
    kind = "control_flag"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 2, 4)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "axios/1.7.9"))
    accts = [_acct(ctx, rng, kind, "router-upstream", org=org, pay=pay, ua=ua,
                   ips=bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("aws", "gcp"))))
             for _ in range(n_keys)]
    rate = float(rng.uniform(60, 130))
    ts_all = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(float(rng.uniform(12, 17)), 0.5))
    who = rng.integers(0, n_keys, size=len(ts_all))
    p_new = float(rng.uniform(0.45, 0.7))
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        prompts = [T.app_prompt(rng, pick(rng, ctx.passages)) if chance(rng, 0.2) else pick(rng, ctx.chat)
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=380.0, comp_sigma=0.8,
                 err=0.02)


def thumbing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers running coding agents in their IDEs: bursts of tool-loop
    steps through the office egress or from home, in working hours; the new model enabled for
    the whole org a little after its release."""
    kind = "thumbing"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = list(dict.fromkeys(picks(rng, bb.TZS, 2)))
    egress = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    rollout = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
    n_devs = irange(rng, 15, 35)
    for _ in range(n_devs):
        tz = pick(rng, offices)
        ips = egress + (bb.home(rng, 1, tz) if chance(rng, 0.5) else [])
        a = _acct(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, T.AGENT_UAS), ips=ips, tz=tz)
        eps = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 6)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz))
        gap = float(rng.uniform(2, 8))
        ts_all, prompts = [], []
        for s in eps.tolist():
            n = irange(rng, 3, 30)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.8, size=n - 1))])
            task = T.code_task(rng)
            ts_all.extend(ts.tolist())
            prompts.extend(T.ide_agent_prompt(rng, task, j) for j in range(n))
        for s in bb.thinned(rng, ctx.t0, ctx.t1, 1.5 * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz)).tolist():
            ts_all.append(s)
            prompts.append(pick(rng, ctx.chat))
        ts_arr = np.array(ts_all)
        u = rng.random(len(ts_arr))
        models = [ctx.new_model if (t >= rollout and x < 0.8) else ctx.old_models[0]
                  for t, x in zip(ts_arr.tolist(), u.tolist(), strict=True)]
        ctx.emit(rng, a, ts_arr, prompts, models=models, comp_median=float(rng.uniform(250, 500)), comp_sigma=0.7,
                 err=0.01)


def aiming_off(ctx: Ctx, rng: np.random.Generator) -> None:
    """An online shop's localisation pipeline: nightly catalogue deltas translated into a dozen
    locales, plus daytime ad-hoc marketing translations."""
    kind = "aiming_off"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0))
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure", "gcp")))
    accts = [_acct(ctx, rng, kind, role, org=org, pay=pay, ua=ua, ips=ips, tz=tz)
             for role, ua in (("pipeline", "python-requests/2.32.3"), ("marketing", pick(rng, bb.BROWSERS)))]
    locales = list(dict.fromkeys(picks(rng, T.L10N_LOCALES, irange(rng, 6, 12))))
    night = float(rng.uniform(0.5, 3))
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    ts_all, prompts, med = [], [], []
    d = day0
    while d < ctx.t1:
        n_items = irange(rng, 30, 120)
        t = d + night * HOUR + float(rng.uniform(0, 20)) * 60
        for _ in range(n_items):
            text = T.listing(rng)
            for loc in locales:
                t += float(rng.lognormal(np.log(1.2), 0.4))
                ts_all.append(t)
                prompts.append(T.l10n_prompt(rng, text, loc))
                med.append(len(text) / 3.0)
        d += DAY
    ctx.emit(rng, accts[0], np.array(ts_all), prompts, models=ctx.models(rng, np.array(ts_all), 0.2, 0.6),
             comp_median=np.array(med), comp_sigma=0.25, err=0.01)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)) * 7, bb.workday(tz))
    ctx.emit(rng, accts[1], ts, [T.l10n_prompt(rng, T._snip(rng, pick(rng, ctx.passages), 100, 600), pick(rng, locales))
                                 for _ in range(len(ts))],
             models=ctx.models(rng, ts, 0.6, 0.1), comp_median=200.0, comp_sigma=0.6, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "attack_point": attack_point,
    "handrail": handrail,
    "catching_feature": catching_feature,
    "control_flag": control_flag,
    "thumbing": thumbing,
    "aiming_off": aiming_off,
}
