"""Hard-negative benign kinds of batch 66 (code names from lighthouses): legitimate traffic that
looks like harvesting. Each is a generator `(ctx, rng) -> None`; sizes and rates are drawn per seed."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind66 import texts as tx

BENIGN = "benign"


def _run(rng: np.random.Generator, start: float, n: int, gap_median: float) -> np.ndarray:
    """A concurrent sweep of n requests: lognormal inter-arrivals from `start`."""
    return start + np.cumsum(rng.lognormal(np.log(gap_median), 0.7, size=n))


def occulting(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation team sweeping a fixed benchmark suite over the old and the new model at release
    (multiple choice, math with step-by-step, code with pass@k repeats, reading)."""
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label=BENIGN, family="occulting", role="eval_runner", org=org, pay=pay, ua=ua,
                         ips=picks(rng, ips, irange(rng, 1, 3))) for _ in range(n)]
    sizes = {"mc": irange(rng, 400, 1100), "math": irange(rng, 250, 700), "code": irange(rng, 120, 350),
             "read": irange(rng, 150, 450)}
    items = {s: [tx.eval_item(rng, s, i + 1) for i in range(k)] for s, k in sizes.items()}
    pass_k = pick(rng, (5, 10))
    med = {"mc": 260.0, "math": 480.0, "code": 170.0, "read": 12.0}
    runs: list[tuple[float, str, float]] = []  # (start, model, subset fraction)
    for _ in range(irange(rng, 1, 2)):
        runs.append((rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.3 * DAY), ctx.old_models[0], rng.uniform(0.2, 0.5)))
    runs.append((ctx.release + rng.uniform(1, 8) * HOUR, ctx.new_model, 1.0))
    for _ in range(irange(rng, 1, 3)):
        runs.append((ctx.release + rng.uniform(0.6, 2.5) * DAY, pick(rng, (ctx.new_model, ctx.new_model,
                                                                              ctx.old_models[0], ctx.old_models[-1])),
                     rng.uniform(0.4, 1.0)))
    gap = rng.uniform(0.15, 0.9)
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n)]
    for start, model, frac in runs:
        t = start
        for suite, pool in items.items():
            chosen = [p for p in pool if rng.random() < frac]
            reps = pass_k if suite == "code" else 1
            prompts = [p for p in chosen for _ in range(reps)]
            ts = _run(rng, t, len(prompts), gap)
            for ti, p in zip(ts.tolist(), prompts, strict=True):
                i = irange(rng, 0, n - 1)
                per[i][0].append(ti)
                per[i][1].append(p)
                per[i][2].append(model)
                per[i][3].append(med[suite])
            t = (ts[-1] if len(ts) else t) + rng.uniform(2, 20) * 60
    for a, (t, p, m, c) in zip(accts, per, strict=True):
        ctx.emit(rng, a, np.asarray(t), p, models=m, comp_median=np.asarray(c), comp_sigma=0.5, err=0.015)


def isophase(ctx: Ctx, rng: np.random.Generator) -> None:
    """A multi-model router / aggregator: many end customers' ordinary chat through a few keys from
    cloud egress in several regions, around the clock."""
    n = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = []
    for prov in picks(rng, ("aws", "gcp", "azure", "digitalocean", "linode"), irange(rng, 2, 3)):
        egress += bb.cloud(rng, irange(rng, 4, 10), prov)
    accts = [ctx.account(rng, label=BENIGN, family="isophase", role="router_key", org=org, pay=pay,
                         ua=pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1", "reqwest/0.12.12")),
                         ips=egress) for _ in range(n)]
    rate = rng.uniform(90, 170)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(rng.uniform(12, 18), 0.5))
    apps = list(dict.fromkeys(picks(rng, tx.APP_NAMES, 8)))
    p_new = rng.uniform(0.35, 0.6)
    for a, t in zip(accts, [ts[i::n] for i in range(n)], strict=True):
        mine = picks(rng, apps, irange(rng, 1, 3))
        prompts = [tx.router_prefix(rng, pick(rng, mine)) + pick(rng, ctx.chat) for _ in range(len(t))]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new, 0.25), comp_median=300.0, comp_sigma=0.7,
                 err=0.01)


def argand(ctx: Ctx, rng: np.random.Generator) -> None:
    """A homework-help app's backend: after-school and evening load of students asking for
    step-by-step explanations, with short follow-ups."""
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("vultr", "digitalocean", "aws")))
    brand = pick(rng, ("Kiwi", "Owlbert", "MathMate", "Professor Pip", "Sprout"))
    prod = ctx.account(rng, label=BENIGN, family="argand", role="app_backend", org=org, pay=pay,
                       ua="OpenAI/NodeJS 4.67.1", ips=backend)
    staging = ctx.account(rng, label=BENIGN, family="argand", role="staging", org=org, pay=pay,
                          ua="OpenAI/NodeJS 4.67.1", ips=backend[:1])
    tzs = picks(rng, (-5, -8, 5, 0), irange(rng, 1, 2))

    def after_school(t: np.ndarray) -> np.ndarray:
        w = np.zeros(len(t))
        for tz in tzs:
            h = bb.local_hour(t, tz)
            w += np.exp(-0.5 * ((h - 18.5) / 2.5) ** 2) + 0.15 * ((h > 9) & (h < 15))
        return np.clip(w / len(tzs) + 0.01, 0, 1)

    n_sessions = rng.uniform(2500, 5500)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, n_sessions, after_school)
    ts, prompts, meds = [], [], []
    for s in starts.tolist():
        grade = irange(rng, 3, 12)
        k = 1 + int(rng.poisson(1.2))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(50), 0.7, size=k - 1))])
        for j, tj in enumerate(t.tolist()):
            ts.append(tj)
            if j == 0:
                prompts.append(tx.tutor(rng, brand, grade) if chance(rng, 0.75) else
                               f"You are {brand}, a patient tutor for grade {grade}.\nStudent: {tx.snip(rng, pick(rng, ctx.chat), 20, 400)}")
            else:
                prompts.append(pick(rng, ("i still dont get it", "can u explain the 2nd step again", "ok what about "
                                          f"{irange(rng, 2, 99)}?", "why", "is that right?", "thanks!! next one: "
                                          f"{irange(rng, 2, 20)} x {irange(rng, 2, 20)}", "explain simpler pls")))
            meds.append(280.0)
    t = np.asarray(ts)
    ctx.emit(rng, prod, t, prompts, models=ctx.models(rng, t, 0.35, 0.5), comp_median=np.asarray(meds),
             comp_sigma=0.5, err=0.01)
    st = bb.thinned(rng, ctx.t0, ctx.t1, irange(rng, 40, 150), bb.workday(tzs[0]))
    ctx.emit(rng, staging, st, [tx.tutor(rng, brand, irange(rng, 3, 12)) for _ in range(len(st))],
             models=ctx.models(rng, st, 0.7, 0.2), comp_median=280.0)


def pharos(ctx: Ctx, rng: np.random.Generator) -> None:
    """A software company's developers using a coding agent in their IDE: workday sessions of
    tight tool loops over their own repositories, large contexts."""
    n = irange(rng, 15, 40)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office_tzs = picks(rng, bb.TZS, irange(rng, 1, 2))
    nat = {tz: bb.home(rng, 2, tz) for tz in office_tzs}
    ua = pick(rng, ("Cline/3.4.0", "Continue/0.9.250 (vscode 1.96.2)", "Roo-Code/3.3.1", "aider/0.74.1"))
    repos = [f"{pick(rng, tx.ORGS)}/{pick(rng, tx.REPOS)}" for _ in range(irange(rng, 2, 4))]
    files = {r: [f"{pick(rng, ('src', 'lib', 'app', 'pkg'))}/{pick(rng, ('core', 'api', 'util', 'db', 'auth'))}/"
                 f"{pick(rng, ('handlers', 'models', 'client', 'retry', 'config', 'views', 'jobs'))}_{irange(rng, 1, 9)}.py"
                 for _ in range(irange(rng, 8, 20))] for r in repos}
    p_new = rng.uniform(0.4, 0.8)
    for _ in range(n):
        tz = pick(rng, office_tzs)
        a = ctx.account(rng, label=BENIGN, family="pharos", role="developer", org=org, pay=pay, ua=ua,
                        ips=bb.home(rng, 1, tz) + nat[tz], tz=tz)
        sess_starts = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(2, 6) * 7, bb.workday(tz))
        ts, pr, ex = [], [], []
        for s in sess_starts.tolist():
            repo = pick(rng, repos)
            k = irange(rng, 3, 20)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(4, 10)), 0.6, size=k - 1))])
            task = pick(rng, tx.IDE_TASKS) if chance(rng, 0.5) else tx.snip(rng, pick(rng, ctx.chat), 20, 600)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                pr.append(tx.ide_step(rng, repo, files[repo], j == 0, task))
                ex.append(2000 + j * 600)
        if not ts:
            continue
        t = np.asarray(ts)
        ctx.emit(rng, a, t, pr, models=ctx.models(rng, t, p_new, 0.05), comp_median=250.0, comp_sigma=0.7,
                 extra=np.asarray(ex), err=0.01)


def lightship(ctx: Ctx, rng: np.random.Generator) -> None:
    """A localisation agency: UI-string translation in office hours, nightly document batches, and
    back-translation QA for reviewers."""
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = list(dict.fromkeys(picks(rng, (1, 2, 8, -5, 9, -3), 2)))
    office_ips = {tz: bb.home(rng, 2, tz) for tz in offices}
    batch = bb.cloud(rng, irange(rng, 1, 2), "aws")
    clients = ["".join(pick(rng, ("Zen", "Flo", "Tera", "Mira", "Volt", "Nimbus"))
                       + pick(rng, ("ly", "go", "box", "pay", "fit", "hub"))) for _ in range(irange(rng, 3, 7))]
    targets = list(dict.fromkeys(picks(rng, list(tx.LANGS.values()), irange(rng, 5, 12))))
    accts = []
    for i in range(n):
        tz = offices[i % len(offices)]
        accts.append(ctx.account(rng, label=BENIGN, family="lightship", role="translator_tool", org=org, pay=pay,
                                 ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
                                 ips=office_ips[tz], tz=tz))
    p_back = rng.uniform(0.15, 0.35)

    def prompt() -> str:
        c, lang = pick(rng, clients), pick(rng, targets)
        return tx.l10n_backcheck(rng, c, lang, ctx.passages) if chance(rng, p_back) else tx.l10n_job(rng, c, lang)

    for a in accts:
        t = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(20, 50) * 5 * 9, bb.workday(a.tz))
        ctx.emit(rng, a, t, [prompt() for _ in range(len(t))], models=ctx.models(rng, t, 0.45, 0.3),
                 comp_median=380.0, comp_sigma=0.5, err=0.01)
    runner = accts[0]
    rate = rng.uniform(180, 380)
    night = bb.nightly(rng.uniform(0, 3), rng.uniform(2, 4), runner.tz)
    t = bb.thinned(rng, ctx.t0, ctx.t1, rate * 7 * 3, night)
    t = t[bb.weekday(t, runner.tz) < 5]
    ctx.emit(rng, runner, t, [prompt() for _ in range(len(t))], ips=picks(rng, batch, len(t)),
             models=ctx.models(rng, t, 0.45, 0.3), comp_median=420.0, comp_sigma=0.5, err=0.02)


def wickie(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university group studying sycophancy: persona × stance sweeps over a fixed question set on
    both models, an LLM-judge pass after each run, and students' ordinary use."""
    n = irange(rng, 5, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    server = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    accts = [ctx.account(rng, label=BENIGN, family="wickie", role="student", org=org, pay=pay,
                         ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", bb.BROWSERS[1])),
                         ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz) for _ in range(n)]
    qs = list(tx.STUDY_QUESTIONS) + [tx.science_question(rng) for _ in range(irange(rng, 20, 60))]
    runner = accts[0]
    rate = rng.uniform(100, 220)
    for _ in range(irange(rng, 2, 4)):
        s = rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.5 * DAY)
        models = [ctx.old_models[0]] + ([ctx.new_model] if s > ctx.release else [ctx.old_models[-1]])
        probes = [(tx.study_probe(rng, q, p), q, m) for q in qs for p in tx.PERSONAS for m in models
                  if rng.random() < 0.6]
        t = _run(rng, s, len(probes), 3600.0 / rate)
        ctx.emit(rng, runner, t, [p for p, _, _ in probes], ips=picks(rng, server, len(t)),
                 models=[m for _, _, m in probes], comp_median=220.0, comp_sigma=0.5, err=0.02)
        j0 = (t[-1] if len(t) else s) + rng.uniform(0.5, 3) * HOUR
        judged = [q for _, q, _ in probes if rng.random() < 0.7]
        tj = _run(rng, j0, len(judged), 3600.0 / rate)
        ctx.emit(rng, runner, tj, [tx.study_judge(rng, q, tx.snip(rng, pick(rng, ctx.passages), 100, 400))
                                   for q in judged], ips=picks(rng, server, len(tj)),
                 models=ctx.old_models[-1], comp_median=40.0, comp_sigma=0.4, err=0.01)
    for a in accts:
        sess = bb.session_times(rng, ctx.t0, ctx.t1, rng.uniform(0.5, 2.5), bb.workday(tz, start=10, end=19),
                                rng.uniform(2, 5), rng.uniform(40, 200))
        if not sess:
            continue
        t = np.concatenate(sess)
        ctx.emit(rng, a, t, [pick(rng, ctx.chat) for _ in range(len(t))], models=ctx.models(rng, t, 0.5, 0.1),
                 comp_median=320.0)


BENIGN_KINDS = {
    "argand": argand,
    "isophase": isophase,
    "lightship": lightship,
    "occulting": occulting,
    "pharos": pharos,
    "wickie": wickie,
}
