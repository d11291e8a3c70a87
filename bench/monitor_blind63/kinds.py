"""Hard-negative benign kinds of blind batch 63 (code names from cooperage).

Each kind is `f(ctx, rng)`: legitimate traffic that shares surface features with harvesting
(templated prompts, repeats, bursts, shared cards, datacenter egress, new-model surges). See
README.md (read it only after the monitor's run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind63 import texts as T

BEN = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _train(rng: np.random.Generator, start: float, n: int, per_s: float) -> np.ndarray:
    """`n` requests fired by a client with about `per_s` requests per second."""
    return start + np.cumsum(rng.exponential(1.0 / per_s, size=n))


# --------------------------------------------------------------------------------------------
# stave: a model-evaluation team re-running fixed benchmark suites (heavily after the release)


_SUITE_COMP = {"mcq": 3.0, "gsm": 220.0, "code": 260.0, "safety": 150.0, "summ": 40.0}


def stave(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    runners = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    office = home(rng, 1, tz)
    uas = ("inspect_ai/0.3.63 OpenAI/Python 1.58.1", "lm_eval/0.4.7 OpenAI/Python 1.54.0", "python-httpx/0.28.1")
    accts = [ctx.account(rng, label=BEN, family="stave", role="eval-runner", org=org, pay=pay, ua=pick(rng, uas),
                         ips=runners + office, tz=tz) for _ in range(n)]
    suites = {"mcq": irange(rng, 300, 800), "gsm": irange(rng, 150, 400), "code": 164, "safety": irange(rng, 60, 150),
              "summ": irange(rng, 50, 200)}
    items = {s: [T.bench_item(rng, s) for _ in range(k)] for s, k in suites.items()}
    runs = []  # (start, model, fraction of items, samples per item)
    day = ctx.t0
    while day < ctx.release - 0.5 * DAY:  # nightly regression on the old models
        if chance(rng, 0.85):
            runs.append((day + ((2.0 - tz) % 24) * HOUR + _u(rng, 0, 1) * HOUR, pick(rng, ctx.old_models),
                         _u(rng, 0.25, 0.6), 1))
        day += DAY
    for _ in range(irange(rng, 3, 6)):  # launch evaluation of the new model, in working hours
        s = ctx.release + _u(rng, 1, 48) * HOUR
        runs.append((s, ctx.new_model, 1.0, irange(rng, 1, 3)))
    for _ in range(irange(rng, 1, 2)):  # baseline re-run of the old flagship for the comparison table
        runs.append((ctx.release + _u(rng, 6, 60) * HOUR, ctx.old_models[0], 1.0, 1))
    for s0, model, frac, k in runs:
        a = pick(rng, accts)
        per_s = _u(rng, 1.5, 8.0)
        ts_l, prompts, comp = [], [], []
        t = s0
        for s, lst in items.items():
            chosen = [p for p in lst if rng.random() < frac] * k
            if not chosen:
                continue
            ts_s = _train(rng, t, len(chosen), per_s)
            t = float(ts_s[-1]) + _u(rng, 5, 120)
            ts_l.append(ts_s)
            prompts += chosen
            comp += [_SUITE_COMP[s]] * len(chosen)
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=model, ips=pick(rng, runners), comp_median=np.asarray(comp),
                 comp_sigma=0.5, err=0.01)
    # people poking at the new model by hand from the office
    for a in accts:
        sess = session_times(rng, ctx.release, ctx.t1, _u(rng, 0.5, 2), workday(tz), 5, 60)
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(rng, a, ts, [pick(rng, ctx.chat) for _ in range(len(ts))], models=ctx.new_model, ips=office[0],
                 comp_median=400)


# --------------------------------------------------------------------------------------------
# bung: a data-labelling vendor pre-annotating customer data (service keys + annotators)


def bung(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice([5, 8, 3, 2, 1, -3], size=irange(rng, 1, 2), replace=False)]
    nat = {tz: home(rng, irange(rng, 1, 2), tz) for tz in offices}
    voices = [str(v) for v in rng.choice(T.LABEL_VOICES, size=irange(rng, 2, 3), replace=False)]
    svc_ip = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure", "gcp", "ovh")))
    p_new = _u(rng, 0.15, 0.5)
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(rng, label=BEN, family="bung", role="labelling-service", org=org, pay=pay, ua=sdk_ua(rng),
                        ips=svc_ip)
        rate = _u(rng, 250, 700)  # per day
        jobs = thinned(rng, ctx.t0, ctx.t1, rate / 60.0 * 7, multi_office(offices))
        trains = bursts(rng, jobs, 60, _u(rng, 0.5, 2.0), 0.6, ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        v = pick(rng, voices)
        ctx.emit(rng, a, ts, [T.label_prompt(rng, v, pick(rng, ctx.chat)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new, 0.4), comp_median=_u(rng, 12, 60), comp_sigma=0.5)
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, offices)
        a = ctx.account(rng, label=BEN, family="bung", role="annotator", org=org, pay=pay, ua=pick(rng, BROWSERS),
                        ips=nat[tz], tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 3, 9), workday(tz, weekend=0.02), _u(rng, 4, 12),
                             _u(rng, 20, 80))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.label_prompt(rng, pick(rng, voices), pick(rng, ctx.chat)) if chance(rng, 0.8)
                   else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=_u(rng, 30, 120))


# --------------------------------------------------------------------------------------------
# hoop: a multi-tenant router forwarding many end users' chat


def hoop(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "router-gateway/2.14", "python-httpx/0.28.1"))
    peak, depth = _u(rng, 12, 17), _u(rng, 0.3, 0.55)
    ramp = _u(rng, 12, 60) * HOUR
    p_new_max, p_mini = _u(rng, 0.3, 0.6), _u(rng, 0.15, 0.35)
    for i in range(irange(rng, 2, 4)):
        a = ctx.account(rng, label=BEN, family="hoop", role=f"router-key-{i}", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, irange(rng, 2, 6), prov))
        rate = _u(rng, 25, 55)
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
        app = rng.random(len(ts)) < _u(rng, 0.08, 0.2)
        prompts = [T.app_prompt(rng, pick(rng, ctx.passages if chance(rng, 0.5) else ctx.chat)) if x
                   else pick(rng, ctx.chat) for x in app.tolist()]
        share = p_new_max * np.clip((ts - ctx.release) / ramp, 0, 1)
        u, v = rng.random(len(ts)), rng.random(len(ts))
        models = [ctx.new_model if x < s else (ctx.old_models[-1] if y < p_mini else ctx.old_models[0])
                  for x, y, s in zip(u.tolist(), v.tolist(), share.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=330, comp_sigma=0.8, err=0.015)


# --------------------------------------------------------------------------------------------
# firkin: a localisation pipeline translating UI strings and help pages into many locales


def firkin(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, 9, -8))
    langs = [str(x) for x in rng.choice(T.L10N_LANGS, size=irange(rng, 10, 22), replace=False)]
    p_new = _u(rng, 0.05, 0.25)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(rng, label=BEN, family="firkin", role="l10n-ci", org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0")),
                        ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "hetzner", "azure"))), tz=tz)
        nights = thinned(rng, ctx.t0, ctx.t1, 7 * _u(rng, 0.6, 1.0), nightly(_u(rng, 1, 3), 0.5, tz))
        nights = nights[weekday(nights, tz) < 5]
        days = thinned(rng, ctx.t0, ctx.t1, 7 * _u(rng, 0.5, 2.5), workday(tz, weekend=0.0, night=0.0))
        ts_l, prompts = [], []
        for s, docs in [(x, False) for x in nights.tolist()] + [(x, True) for x in days.tolist()]:
            per = irange(rng, 1, 4) if docs else irange(rng, 5, 25)
            job_langs = langs if not docs else [str(x) for x in rng.choice(langs, size=irange(rng, 3, len(langs)), replace=False)]
            k = per * len(job_langs)
            ts_l.append(_train(rng, s, k, _u(rng, 0.7, 3.0)))
            passage = pick(rng, ctx.passages)
            for j in range(k):
                lang = job_langs[j % len(job_langs)]
                prompts.append(T.l10n_prompt(rng, lang, passage) if not docs or chance(rng, 0.3)
                               else T.l10n_prompt(rng, lang, pick(rng, ctx.passages)))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=_u(rng, 150, 400),
                 comp_sigma=0.6)


# --------------------------------------------------------------------------------------------
# hogshead: developers' IDE coding agents (companies and solo developers)


IDE_UAS = ("Cline/3.4.0", "continue/0.9.250 (vscode)", "aider/0.74.1 litellm/1.60.2", "Zed/0.172.8",
           "roo-code/3.3.20", "JetBrains-AI/2024.3.2")


def hogshead(ctx: Ctx, rng: np.random.Generator) -> None:
    teams = []
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9))
        teams.append((hexid(rng, "org"), hexid(rng, "pay"), tz, home(rng, 1, tz), irange(rng, 4, 10)))
    for _ in range(irange(rng, 3, 8)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 3, 5, 8, 9))
        teams.append((None, None, tz, [], 1))
    for org, pay, tz, office, k in teams:
        for _ in range(k):
            ips = home(rng, 1, tz) + office
            if chance(rng, 0.15):
                ips += mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile")))
            a = ctx.account(rng, label=BEN, family="hogshead", role="developer", org=org, pay=pay,
                            ua=pick(rng, IDE_UAS), ips=ips, tz=tz)
            sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 1.5, 4.0),
                                 workday(tz, start=_u(rng, 8, 10.5), end=_u(rng, 17, 20), weekend=0.1, night=0.03),
                                 _u(rng, 8, 25), _u(rng, 6, 20), 0.9)
            ts_l, prompts = [], []
            for st in sess:
                ts_l.append(st)
                prompts += [T.ide_prompt(rng, j) for j in range(len(st))]
            ts = np.concatenate(ts_l) if ts_l else np.empty(0)
            adopt = ctx.release + float(rng.exponential(_u(rng, 4, 30))) * HOUR if chance(rng, 0.8) else np.inf
            u = rng.random(len(ts))
            models = [ctx.new_model if (t >= adopt and x < 0.9) else ctx.old_models[0]
                      for t, x in zip(ts.tolist(), u.tolist(), strict=True)]
            ctx_med = _u(rng, 2500, 9000)
            extra = np.clip(rng.lognormal(np.log(ctx_med), 0.6, size=len(ts)), 200, 60000).astype(np.int64)
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=_u(rng, 250, 600), comp_sigma=0.8, err=0.01,
                     extra=extra)


# --------------------------------------------------------------------------------------------
# barrique: a university course whose students all use the department's card


def barrique(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, -8, 8, 2))
    campus = home(rng, irange(rng, 2, 4), tz)
    deadline = ctx.t0 + _u(rng, 4.3, 6.5) * DAY
    deadline = deadline - ((deadline + tz * HOUR) % DAY) + DAY - 60  # 23:59 local
    topic_before, topic_after = pick(rng, ("A3", "A4")), "A5"
    switch = ctx.t0 + _u(rng, 2.0, 3.5) * DAY
    for _ in range(irange(rng, 45, 80)):
        ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")) if chance(rng, 0.8) else pick(rng, BROWSERS)
        a = ctx.account(rng, label=BEN, family="barrique", role="student", org=org, pay=pay, ua=ua,
                        ips=home(rng, 1, tz) + campus, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.2, 0.8), evening_person(tz), _u(rng, 4, 10), _u(rng, 15, 60))
        if chance(rng, 0.85):
            sess += session_times(rng, deadline - _u(rng, 6, 30) * HOUR, deadline, _u(rng, 1, 4), evening_person(tz, 4.0),
                                  _u(rng, 5, 12), _u(rng, 10, 40))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [T.assignment_prompt(rng, pick(rng, ctx.chat), topic_before if t < switch else topic_after)
                   if chance(rng, 0.7) else pick(rng, ctx.chat) for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.12, 0.75), comp_median=_u(rng, 150, 350), err=0.03)


BENIGN_KINDS = {
    "stave": stave,
    "bung": bung,
    "hoop": hoop,
    "firkin": firkin,
    "hogshead": hogshead,
    "barrique": barrique,
}
