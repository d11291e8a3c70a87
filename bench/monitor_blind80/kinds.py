"""Hard-negative benign kinds of blind batch 80 (code names from classical ballet).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (templated
prompts, repeated sampling, tool loops, fan-out translation, relayed chat), labelled benign. The
README describes each kind.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind80 import texts
from bench.monitor_blind80.families import models_p

Rng = np.random.Generator
BENIGN = "benign"


def _run(rng: Rng, t: float, n: int, gap: float) -> np.ndarray:
    return t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=max(0, n - 1)))])


def developpe(ctx: Ctx, rng: Rng) -> None:
    """A customer's model-evaluation team benchmarking the new release (and regressions nightly)."""
    fam = "developpe"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ci_ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure")))
    office = home(rng, 1, tz)
    n_eng = irange(rng, 1, 4)
    ci = ctx.account(rng, label=BENIGN, family=fam, role="ci", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ci_ips, tz=tz)
    engs = [ctx.account(rng, label=BENIGN, family=fam, role="engineer", org=org, pay=pay, ua=sdk_ua(rng, 0.6),
                        ips=office + ci_ips, tz=tz) for _ in range(n_eng)]
    items = [texts.bench_item(rng) for _ in range(irange(rng, 300, 900))]
    comp = {"mcq": float(rng.uniform(1, 3)), "math": float(rng.uniform(250, 450)), "code": float(rng.uniform(120, 250))}
    shots = {"mcq": irange(rng, 300, 900), "math": irange(rng, 600, 1300), "code": 0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = []  # (start, account, model, n_items, samples, gap)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    ci_n = irange(rng, 120, 300)
    for d in range(8):
        t = day0 + d * DAY + float(rng.uniform(1.5, 3.5)) * HOUR
        runs.append((t, ci, new if t >= ctx.release else pick(rng, (old, mini)), ci_n, 1, float(rng.uniform(0.3, 1.0))))
    k = irange(rng, 1, 5)
    t_rel = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    runs.append((t_rel, pick(rng, engs), new, len(items), k, float(rng.uniform(0.1, 0.6))))
    runs.append((t_rel + float(rng.uniform(2, 10)) * HOUR, pick(rng, engs), old, len(items), 1, float(rng.uniform(0.1, 0.6))))
    for _ in range(irange(rng, 1, 4)):  # ad-hoc reruns with a prompt-format change or a subset
        t = ctx.release + float(rng.uniform(0.5, 2.8)) * DAY
        runs.append((t, pick(rng, engs), pick(rng, (new, new, old)), irange(rng, 50, len(items)), irange(rng, 1, 3),
                     float(rng.uniform(0.1, 0.8))))
    for t, acct, model, n_items, samples, gap in runs:
        sel = rng.choice(len(items), size=min(n_items, len(items)), replace=False).tolist()
        seq = [items[i] for i in sel for _ in range(samples)]
        ts = _run(rng, t, len(seq), gap)
        kinds = [s[0] for s in seq]
        ctx.emit(rng, acct, ts, [s[1] for s in seq], models=model, comp_median=np.array([comp[x] for x in kinds]),
                 comp_sigma=0.4, err=0.02, extra=np.array([shots[x] for x in kinds]))


def port_de_bras(ctx: Ctx, rng: Rng) -> None:
    """An LLM router / aggregator relaying its customers' chat through a few keys."""
    fam = "port_de_bras"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 10), pick(rng, ("aws", "gcp"))) + cloud(rng, irange(rng, 3, 10), pick(rng, ("azure", "oracle", "linode")))
    p_max, ramp = float(rng.uniform(0.35, 0.6)), float(rng.uniform(0.5, 2.0))
    p_mini = float(rng.uniform(0.15, 0.3))
    curve = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.3, 0.6)))
    for _ in range(irange(rng, 2, 3)):
        acct = ctx.account(rng, label=BENIGN, family=fam, role="gateway", org=org, pay=pay,
                           ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1", "Go-http-client/2.0")), ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 45)) * (ctx.t1 - ctx.t0) / HOUR, curve)
        p_new = p_max * np.clip((ts - ctx.release) / (ramp * DAY), 0.0, 1.0)
        extra = np.where(rng.random(len(ts)) < 0.5, rng.lognormal(np.log(800), 1.0, size=len(ts)), 0).astype(np.int64)
        ctx.emit(rng, acct, ts, [pick(rng, ctx.chat) for _ in range(len(ts))],
                 models=models_p(ctx, rng, ts, p_new, p_mini), comp_median=350.0, comp_sigma=0.9, err=0.02, extra=extra)


def _school(tz: int, evening: float):
    def f(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        school = 0.55 * ((h >= 8) & (h < 15))
        home_work = evening * np.exp(-0.5 * ((h - 19.5) / 1.6) ** 2)
        w = np.clip(0.01 + school + home_work, 0, 1)
        return np.where(weekday(ts, tz) >= 5, np.clip(0.01 + 0.5 * home_work, 0, 1), w)
    return f


def pas_de_chat(ctx: Ctx, rng: Rng) -> None:
    """A homework-help app's backend: templated tutoring prompts with fresh numbers."""
    fam = "pas_de_chat"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    p_new = float(rng.uniform(0.1, 0.3))
    comp = float(rng.uniform(300, 550))
    tzs = rng.choice([-8, -5, -3, 0, 1, 5, 8], size=irange(rng, 3, 6), replace=False).tolist()
    for tz in tzs:
        acct = ctx.account(rng, label=BENIGN, family=fam, role="deployment", org=org, pay=pay, ua=ua,
                           ips=cloud(rng, irange(rng, 1, 3), provider), tz=int(tz))
        curve = _school(int(tz), float(rng.uniform(0.6, 1.0)))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)) * 0.3 * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.tutor_prompt(rng) if chance(rng, 0.8) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=models_p(ctx, rng, ts, p_new, 0.5), comp_median=comp,
                 comp_sigma=0.5, err=0.01, extra=irange(rng, 150, 400))


def echappe(ctx: Ctx, rng: Rng) -> None:
    """A data-labelling vendor pre-labelling text with the model: short classification batches."""
    fam = "echappe"
    tz = pick(rng, (5, 8, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, irange(rng, 1, 2), tz) + cloud(rng, 1, pick(rng, ("aws", "azure")))
    tasks = list(texts.LABELS)
    comp = {"intent": 25.0, "toxicity": 2.0, "pii": 20.0, "lang": 2.0, "quality": 6.0, "topic": 10.0}
    p_new, p_mini = float(rng.uniform(0.1, 0.5)), float(rng.uniform(0.3, 0.7))
    curve = workday(tz, start=6.0, end=22.0, weekend=0.3)
    for _ in range(irange(rng, 3, 6)):
        acct = ctx.account(rng, label=BENIGN, family=fam, role="project", org=org, pay=pay,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")), ips=ips, tz=tz)
        mine = rng.choice(tasks, size=irange(rng, 1, 2), replace=False).tolist()
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.15, 0.5)) * (ctx.t1 - ctx.t0) / HOUR, curve)
        for job in bursts(rng, starts, float(rng.uniform(15, 70)), float(rng.uniform(0.2, 1.5)), 0.5, ctx.t1):
            task = pick(rng, mine)
            ctx.emit(rng, acct, job, [texts.label_prompt(rng, task, ctx.chat, ctx.passages) for _ in range(len(job))],
                     models=models_p(ctx, rng, job, p_new, p_mini), comp_median=comp[task], comp_sigma=0.4, err=0.015)


def fondu(ctx: Ctx, rng: Rng) -> None:
    """Developers' coding agents in their IDEs: bursts of tool-loop calls with long contexts."""
    fam = "fondu"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, ("Cursor/0.45.11", "Continue/0.9.248 (vscode)", "cline/3.2.0", "aider/0.72.3", "Zed/0.170.4"))
        p_new = float(rng.uniform(0.55, 0.85))
        base, step = float(rng.uniform(2000, 6000)), float(rng.uniform(300, 1200))
        comp = float(rng.uniform(120, 350))
        for _ in range(irange(rng, 6, 16)):
            ips = home(rng, 1, tz) if chance(rng, 0.35) else office
            acct = ctx.account(rng, label=BENIGN, family=fam, role="developer", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            curve = workday(tz, start=float(rng.uniform(8, 10.5)), end=float(rng.uniform(17, 20)), weekend=0.08)
            for run in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), curve, float(rng.uniform(6, 14)),
                                     float(rng.uniform(2, 8)), 0.7):
                k = len(run)
                if k == 0:
                    continue
                first = texts.dev_task(rng) if chance(rng, 0.7) else pick(rng, ctx.chat)
                prompts = [first] + [texts.dev_obs(rng) for _ in range(k - 1)]
                extra = (base + step * np.arange(k) * rng.uniform(0.6, 1.4, size=k)).astype(np.int64)
                ctx.emit(rng, acct, run, prompts, models=models_p(ctx, rng, run, p_new, 0.1), comp_median=comp,
                         comp_sigma=0.7, err=0.01, extra=extra)


def tendu(ctx: Ctx, rng: Rng) -> None:
    """A localisation service: nightly catalog/UI/help-centre jobs fanned out to many locales."""
    fam = "tendu"
    tz = pick(rng, (1, 2, -5, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "hetzner", "ovh")))
    ua = pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    p_new, p_mini = float(rng.uniform(0.05, 0.25)), float(rng.uniform(0.5, 0.8))
    ratio = float(rng.uniform(1.1, 1.5))
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(rng, label=BENIGN, family=fam, role="pipeline", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        locales = rng.choice(texts.LOCALES, size=irange(rng, 8, 20), replace=False).tolist()
        style = irange(rng, 0, 1)
        gap = float(rng.uniform(0.3, 2.0))
        jobs = [day0 + d * DAY + float(rng.uniform(1, 4)) * HOUR for d in range(8)]
        sizes = [irange(rng, 8, 25) for _ in jobs]
        adhoc = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)) * (ctx.t1 - ctx.t0) / HOUR,
                        workday(tz, weekend=0.02))
        jobs += adhoc.tolist()
        sizes += [irange(rng, 1, 3) for _ in adhoc]
        for t, n_src in zip(jobs, sizes, strict=True):
            prompts, med = [], []
            for _ in range(n_src):
                ctype, src = texts.l10n_source(rng, ctx.passages)
                for loc in locales:
                    prompts.append(texts.l10n_prompt(rng, ctype, src, loc, style))
                    med.append(max(5.0, len(src) / 4 * ratio))
            ts = _run(rng, t, len(prompts), gap)
            ctx.emit(rng, acct, ts, prompts, models=models_p(ctx, rng, ts, p_new, p_mini), comp_median=np.array(med),
                     comp_sigma=0.25, err=0.01)


BENIGN_KINDS: dict[str, Callable] = {
    "developpe": developpe,
    "port_de_bras": port_de_bras,
    "pas_de_chat": pas_de_chat,
    "echappe": echappe,
    "fondu": fondu,
    "tendu": tendu,
}
