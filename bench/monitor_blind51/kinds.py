"""Hard-negative benign kinds of blind batch 51 (code names: cheesemaking).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (bulk
structured prompts, repeats, agent loops, translation in bulk, synthetic data, many end users
behind few keys). Accounts are labelled "benign" with the kind as their family. Written without
reading the monitor.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind51 import texts as tx
from bench.monitor_blind51.families import draw_voices, train, voice_mix


def _days(ctx: Ctx) -> list[float]:
    return [ctx.t0 + d * DAY for d in range(int(round((ctx.t1 - ctx.t0) / DAY)) + 1)]


def affinage(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university / company evaluation team: small daily regression runs on the old models, then
    big benchmark sweeps on the new model once it is released (multiple choice, word problems with
    chain of thought, code completion, short-answer facts)."""
    kind = "affinage"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    tz = pick(rng, (-8, -5, 0, 1))
    ua = pick(rng, ("inspect_ai/0.3.63 OpenAI/Python 1.59.7", "lm_eval/0.4.7 OpenAI/Python 1.58.1",
                    "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [ctx.account(rng, label="benign", family=kind, role="eval_runner", org=org, pay=pay, ua=ua,
                         ips=cloud(rng, irange(rng, 2, 4), provider), tz=tz) for _ in range(irange(rng, 2, 4))]
    comp = {0: 6.0, 1: 190.0, 2: 150.0, 3: 5.0}
    gap = float(rng.uniform(0.4, 1.8))

    def run(acct, start: float, n: int, model: str) -> None:
        suite = irange(rng, 0, 3)
        ts = train(rng, start, n, gap, 0.6)
        prompts = [tx.affinage_item(rng, suite) for _ in range(n)]
        ctx.emit(rng, acct, ts, prompts, models=[model] * n, comp_median=comp[suite], comp_sigma=0.5,
                 err=0.03, extra=irange(rng, 0, 40) if suite != 1 else irange(rng, 300, 900))  # few-shot header

    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for day in _days(ctx):
        for _ in range(irange(rng, 0, 2)):
            start = day + float(rng.uniform(9, 17)) * HOUR - tz * HOUR
            if start < ctx.release:
                run(pick(rng, accts), start, irange(rng, 150, 400), pick(rng, (old, mini)))
    for _ in range(irange(rng, 3, 6)):
        start = ctx.release + float(rng.uniform(0.5, 60)) * HOUR
        model = new if chance(rng, 0.75) else pick(rng, (old, mini))
        run(pick(rng, accts), start, irange(rng, 1200, 3500), model)


def annatto(ctx: Ctx, rng: np.random.Generator) -> None:
    """A language-learning app: one production key carrying thousands of learners (corrections,
    example sentences, role-play, quizzes) from a cloud backend, plus staging keys."""
    kind = "annatto"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    tz = pick(rng, (-5, -3, 1, 2))
    voices, w = voice_mix(rng, 5, 4, 5)
    p_new = float(rng.uniform(0.2, 0.6))
    prod = ctx.account(rng, label="benign", family=kind, role="production", org=org, pay=pay, ua=ua,
                       ips=cloud(rng, irange(rng, 2, 6), provider), tz=tz)
    rate = float(rng.uniform(40, 85))
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(float(rng.uniform(17, 23)), float(rng.uniform(0.6, 0.85))))
    prompts = [tx.annatto_prompt(rng, v) for v in draw_voices(rng, voices, w, len(ts))]
    ctx.emit(rng, prod, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=float(rng.uniform(90, 180)),
             comp_sigma=0.6, err=0.01, extra=irange(rng, 150, 450))
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(rng, label="benign", family=kind, role="staging", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, 1, provider) + home(rng, 1, tz), tz=tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * (ctx.t1 - ctx.t0) / HOUR, workday(tz))
        prompts = [tx.annatto_prompt(rng, irange(rng, 0, 4)) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.2), comp_median=140.0, comp_sigma=0.6, err=0.01)


def chymosin(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's own synthetic-data pipeline for its support-intent classifier: nightly
    generation jobs (customer utterances, paraphrases, labels, product copy) plus daytime prompt
    iteration, pinned mostly to the old model."""
    kind = "chymosin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "aws"))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3", "distilabel/1.5.3 OpenAI/Python 1.61.0"))
    tz = pick(rng, (-8, -5, 0, 1, 2))
    voices, w = voice_mix(rng, 4, 3, 4)
    p_new = float(rng.uniform(0.1, 0.5))
    comp = {0: 600.0, 1: 80.0, 2: 250.0, 3: 220.0}
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(rng, label="benign", family=kind, role="pipeline", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, irange(rng, 1, 2), provider), tz=tz)
        n_job = float(rng.uniform(250, 800))
        ts = thinned(rng, ctx.t0, ctx.t1, n_job * 7, nightly(float(rng.uniform(0.5, 3)), float(rng.uniform(3, 5)), tz))
        dev = [t for s in session_times(rng, ctx.t0, ctx.t1, 1.2, workday(tz), 8, 40) for t in s.tolist()]
        ts = np.sort(np.concatenate([ts, np.asarray(dev)]))
        vs = draw_voices(rng, voices, w, len(ts))
        prompts = [tx.chymosin_prompt(rng, v) for v in vs]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15),
                 comp_median=np.asarray([comp[v] for v in vs]), comp_sigma=0.5, err=0.02, extra=irange(rng, 60, 240))


def cheesecloth(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company whose developers use a coding agent in their IDE: one key per developer,
    bursts of agent steps with growing context during working hours, office NAT or home lines."""
    kind = "cheesecloth"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = picks(rng, (-8, -5, 0, 1, 2, 5), irange(rng, 1, 2))
    nat = {tz: home(rng, irange(rng, 1, 2), tz) for tz in offices}
    ua = f"codepilot-vscode/1.{irange(rng, 6, 9)}.{irange(rng, 0, 20)} OpenAI/NodeJS 4.85.1"
    per_day = float(rng.uniform(3, 7))
    p_new = float(rng.uniform(0.5, 0.9))
    for _ in range(irange(rng, 14, 32)):
        tz = pick(rng, offices)
        a = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay, ua=ua,
                        ips=nat[tz] + home(rng, 1, tz), tz=tz)
        ts_all, prompts, extra = [], [], []
        for s in session_times(rng, ctx.t0, ctx.t1, per_day, workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(16.5, 19))), 1, 60):
            k = irange(rng, 3, 18)
            t = train(rng, float(s[0]), k, float(rng.uniform(3, 12)), 0.7)
            ts_all.append(t)
            prompts.extend(tx.cheesecloth_step(rng, ctx.chat, j, j == 0) for j in range(k))
            extra.extend((1800 + 1400 * np.arange(k) + rng.integers(0, 800, size=k)).tolist())
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=float(rng.uniform(250, 450)),
                 comp_sigma=0.7, err=0.01, extra=np.asarray(extra))


def flocculation(ctx: Ctx, rng: np.random.Generator) -> None:
    """A localisation agency's CAT-tool plugin: document and UI-string jobs fired segment by
    segment in office hours, plus some quality reviews; kept on the old model for consistency."""
    kind = "flocculation"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = picks(rng, (1, 2, -5, 0), irange(rng, 1, 2))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "TransFlow-CAT/7.3 (Windows NT 10.0)", "okhttp/4.12.0"))
    office_ips = [ip for tz in offices for ip in home(rng, irange(rng, 1, 2), tz)] + cloud(rng, irange(rng, 1, 2), "azure")
    p_new = float(rng.uniform(0.05, 0.4))
    for _ in range(irange(rng, 2, 5)):
        a = ctx.account(rng, label="benign", family=kind, role="client_project", org=org, pay=pay, ua=ua,
                        ips=office_ips, tz=offices[0])
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)) * 7, multi_office(offices))
        ts_all, prompts, comp = [], [], []
        for s in jobs.tolist():
            n = irange(rng, 60, 500)
            ts_all.append(train(rng, s, n, float(rng.uniform(0.4, 2.5)), 0.6))
            v_main = irange(rng, 0, 1)
            for _ in range(n):
                v = 2 if chance(rng, 0.08) else v_main
                prompts.append(tx.flocculation_prompt(rng, ctx.passages, v))
                comp.append(120.0 if v == 2 else 35.0 if v == 0 else 90.0)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.2), comp_median=np.asarray(comp),
                 comp_sigma=0.5, err=0.02, extra=irange(rng, 40, 200))


def scald(ctx: Ctx, rng: np.random.Generator) -> None:
    """An academic lab studying model behaviour: students' notebook sessions, and a cluster key that
    sends each survey item / dilemma many times across all models (consistency and persona
    studies)."""
    kind = "scald"
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, (-5, 0, 1, 2, 9, 8))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
    for _ in range(irange(rng, 3, 8)):
        a = ctx.account(rng, label="benign", family=kind, role="student", org=org, pay=pick(rng, cards), ua=ua,
                        ips=home(rng, 2, tz), tz=tz)
        ts = np.concatenate(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.0)), workday(tz, 10, 20, 0.2), 7, 45) or [np.empty(0)])
        prompts = [tx.scald_item(rng, irange(rng, 0, 3)) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), comp_median=150.0, comp_sigma=0.8, err=0.01)
    cluster = ctx.account(rng, label="benign", family=kind, role="cluster", org=org, pay=cards[0], ua=ua,
                          ips=cloud(rng, 2, "gcp"), tz=tz)
    for _ in range(irange(rng, 2, 5)):
        start = float(rng.uniform(ctx.t0, ctx.t1 - 12 * HOUR))
        study = irange(rng, 0, 3)
        items = [tx.scald_item(rng, study) for _ in range(irange(rng, 40, 150))]
        reps = irange(rng, 5, 20)
        avail = [m for m in models if m != ctx.new_model or start >= ctx.release]
        prompts = [it for it in items for _ in range(reps)]
        ts = train(rng, start, len(prompts), float(rng.uniform(0.3, 1.5)), 0.5)
        ctx.emit(rng, cluster, ts, prompts, models=[avail[i % len(avail)] for i in range(len(ts))],
                 comp_median=float(rng.uniform(40, 150)), comp_sigma=0.7, err=0.02)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "affinage": affinage,
    "annatto": annatto,
    "cheesecloth": cheesecloth,
    "chymosin": chymosin,
    "flocculation": flocculation,
    "scald": scald,
}
