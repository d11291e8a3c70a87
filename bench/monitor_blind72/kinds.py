"""Hard-negative benign kinds of blind batch 72 (code names from green woodworking): legitimate
traffic that looks like harvesting. Each is a generator `f(ctx, rng)`; every parameter is drawn
per seed. See README.md (read it only after the monitor's run)."""

from __future__ import annotations

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
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind72 import texts

Rng = np.random.Generator


# ============================================================================================
# spokeshave: a model-evaluation team benchmarking old and new models

EVAL_UAS = ("lm-eval/0.4.7 OpenAI/Python 1.58.1", "inspect_ai/0.3.63 openai/1.61.0", "OpenAI/Python 1.58.1",
            "promptfoo/0.103.4 node/20.18.1", "AsyncOpenAI/Python 1.60.0")


def spokeshave(ctx: Ctx, rng: Rng) -> None:
    kind = "spokeshave"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws", "azure", "oracle")))
    ua = pick(rng, EVAL_UAS)
    accts = [ctx.account(rng, label="benign", family=kind, role="eval_runner", org=org, pay=card, ua=ua, ips=ips)
             for _ in range(n)]
    tag = f"{irange(rng, 0, 999):03d}"
    suites = {f"mcq_{tag}": (irange(rng, 400, 900), 1, 3.0), f"math_{tag}": (irange(rng, 120, 300), irange(rng, 1, 6), 380.0),
              f"code_{tag}": (irange(rng, 80, 200), irange(rng, 1, 5), 220.0), f"safety_{tag}": (irange(rng, 50, 150), 1, 180.0)}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [(jitter_start(rng, ctx.t0, ctx.release, 0.9), old)]
    if chance(rng, 0.6):
        runs.append((jitter_start(rng, ctx.t0, ctx.release, 0.9), mini))
    for _ in range(irange(rng, 2, 4)):
        runs.append((ctx.release + float(rng.uniform(0.5, 60)) * HOUR, new))
    if chance(rng, 0.7):
        runs.append((ctx.release + float(rng.uniform(2, 70)) * HOUR, old))
    rate = float(rng.uniform(1200, 3500))
    for t_run, model in runs:
        items = []
        for suite, (size, k, comp) in suites.items():
            for idx in range(size):
                items += [(texts.eval_item(rng, suite, idx), comp)] * k
        order = rng.permutation(len(items))
        t = t_run + np.cumsum(rng.exponential(HOUR / rate, size=len(items)))
        who = rng.integers(0, n, size=len(items))
        for i, a in enumerate(accts):
            sel = np.flatnonzero(who == i)
            ctx.emit(rng, a, t[sel], [items[order[j]][0] for j in sel.tolist()], models=model,
                     comp_median=np.array([items[order[j]][1] for j in sel.tolist()]), comp_sigma=0.5, err=0.05)


# ============================================================================================
# shaving_horse: a homework-tutoring app's backend

def shaving_horse(ctx: Ctx, rng: Rng) -> None:
    kind = "shaving_horse"
    tz = int(pick(rng, TZS))
    app = pick(rng, ("Owlbert", "StudyNest", "Mathling", "Brainy Bee", "Quill & Co"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    n = irange(rng, 2, 4)
    eve, school = evening_person(tz), workday(tz, start=8.0, end=15.0, weekend=0.2, night=0.01)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(eve(ts), 0.6 * school(ts))

    rate = float(rng.uniform(30, 70))
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts))
    p_chat = float(rng.uniform(0.15, 0.35))
    for i in range(n):
        a = ctx.account(rng, label="benign", family=kind, role="app_backend", org=org, pay=card, ua=ua, ips=ips)
        t = ts[who == i]
        prompts = [texts.tutor_prompt(rng, app, irange(rng, 5, 12),
                                      pick(rng, ctx.chat)[:500] if chance(rng, p_chat) else texts.homework(rng))
                   for _ in range(len(t))]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.25, p_mini=0.5),
                 comp_median=float(rng.uniform(180, 300)), comp_sigma=0.6, err=0.01, extra=int(rng.integers(80, 250)))


# ============================================================================================
# pole_lathe: developers' coding agents in their editors

IDE_UAS = ("Cline/3.4.0", "continue/0.9.262 node/20.18.1", "Roo-Code/3.7.11", "aider/0.74.2 litellm/1.60.2",
           "zed/0.173.8", "OpenAI/NodeJS 4.85.1")


def pole_lathe(ctx: Ctx, rng: Rng) -> None:
    kind = "pole_lathe"
    tz = int(pick(rng, TZS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)[0]
    n = irange(rng, 14, 28)
    p_new = float(rng.uniform(0.55, 0.85))
    for _ in range(n):
        own = home(rng, 1, tz)[0]
        a = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=card,
                        ua=pick(rng, IDE_UAS), ips=[office, own], tz=tz)
        sess = session_times(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.1), ctx.t1, float(rng.uniform(1.5, 5)),
                             workday(tz, weekend=0.08, night=0.03), float(rng.uniform(10, 28)),
                             float(rng.uniform(5, 12)), 0.7)
        ts, prompts, ips = [], [], []
        for s in sess:
            wfh = chance(rng, 0.35)
            for step, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(texts.ide_prompt(rng, step))
                ips.append(own if wfh else office)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(rng, a, ts_a, prompts, models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.1), ips=ips,
                 comp_median=float(rng.uniform(250, 600)), comp_sigma=0.8, err=0.01,
                 extra=rng.integers(2000, 16000, size=len(ts_a)))


# ============================================================================================
# riving_brake: a localisation service translating product UI strings

def riving_brake(ctx: Ctx, rng: Rng) -> None:
    kind = "riving_brake"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws")))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
    n = irange(rng, 2, 3)
    trickle = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * (ctx.t1 - ctx.t0) / HOUR,
                      global_load(float(rng.uniform(6, 18)), 0.5))
    parts = [trickle]
    for _ in range(irange(rng, 2, 4)):
        s, dur = jitter_start(rng, ctx.t0, ctx.t1, 0.95), float(rng.uniform(0.5, 2.0)) * HOUR
        parts.append(thinned(rng, s, s + dur, float(rng.uniform(500, 1400)) * dur / HOUR, lambda x: np.ones(len(x))))
    ts = np.sort(np.concatenate(parts))
    who = rng.integers(0, n, size=len(ts))
    langs = [str(x) for x in rng.choice(texts.LANGS, size=irange(rng, 8, 16), replace=False)]
    for i in range(n):
        a = ctx.account(rng, label="benign", family=kind, role="tms_connector", org=org, pay=card, ua=ua, ips=ips)
        t = ts[who == i]
        prompts = [texts.l10n_prompt(rng, pick(rng, langs)) for _ in range(len(t))]
        comp = np.array([max(40.0, len(p) / 5.0) for p in prompts])
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.4, p_mini=0.35), comp_median=comp,
                 comp_sigma=0.3, err=0.02)


# ============================================================================================
# travisher: a QA / labelling vendor scoring a support team's replies

def travisher(ctx: Ctx, rng: Rng) -> None:
    kind = "travisher"
    tz = int(pick(rng, (8, 5, 1, -3)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    clients = [f"{pick(rng, ('Northwind', 'Bluefin', 'Kestrel', 'Orbis', 'Tandem', 'Verity'))} {pick(rng, ('Air', 'Bank', 'Telecom', 'Retail', 'Health'))}"
               for _ in range(irange(rng, 2, 4))]
    p_new = float(rng.uniform(0.4, 0.75))
    comp = float(rng.uniform(120, 220))

    def prompt() -> str:
        return texts.qa_prompt(rng, pick(rng, clients), pick(rng, ctx.chat),
                               texts._snip(rng, pick(rng, ctx.passages), 200, 900))

    for _ in range(irange(rng, 6, 12)):
        a = ctx.account(rng, label="benign", family=kind, role="annotator", org=org, pay=card,
                        ua=pick(rng, BROWSERS), ips=office, tz=tz)
        sess = session_times(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.2), ctx.t1, float(rng.uniform(2.5, 6)),
                             workday(tz), float(rng.uniform(10, 25)), float(rng.uniform(40, 120)), 0.6)
        t = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(rng, a, t, [prompt() for _ in range(len(t))], models=ctx.models(rng, t, p_new=p_new, p_mini=0.1),
                 comp_median=comp, comp_sigma=0.5, err=0.005)
    backend = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
    n_start, n_h = float(rng.uniform(0, 4)), float(rng.uniform(2, 4))
    rate = float(rng.uniform(150, 400))
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(rng, label="benign", family=kind, role="pipeline", org=org, pay=card,
                        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")), ips=backend)
        t = thinned(rng, ctx.t0, ctx.t1, rate * n_h / 24 * (ctx.t1 - ctx.t0) / HOUR, nightly(n_start, n_h, tz))
        ctx.emit(rng, a, t, [prompt() for _ in range(len(t))], models=ctx.models(rng, t, p_new=p_new, p_mini=0.1),
                 comp_median=comp, comp_sigma=0.5, err=0.02)


# ============================================================================================
# hook_knife: a university course whose students all got keys the same day

def hook_knife(ctx: Ctx, rng: Rng) -> None:
    kind = "hook_knife"
    tz = int(pick(rng, TZS))
    course = pick(rng, texts.COURSES)
    field = pick(rng, list(texts.FIELDS_CONCEPTS))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 4), tz)
    n = irange(rng, 40, 80)
    day0 = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
    deadline = ctx.t0 + float(rng.uniform(3.0, 6.5)) * DAY
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ramp = np.where(ts <= deadline, 0.25 + 0.75 * np.exp(-(deadline - ts) / (1.2 * DAY)), 0.2)
        return eve(ts) * ramp

    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(n):
        own = home(rng, 1, tz)
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.5) else pick(rng, BROWSERS)
        a = ctx.account(rng, label="benign", family=kind, role="student", org=org, pay=card, ua=ua,
                        ips=campus + own, tz=tz)
        s = day0 + float(rng.uniform(0, 10)) * HOUR
        sess = session_times(rng, s, ctx.t1, float(rng.lognormal(np.log(1.4), 0.5)), curve,
                             float(rng.uniform(4, 10)), float(rng.uniform(40, 200)), 0.8)
        t = np.concatenate(sess) if sess else np.array([s])
        hw = irange(rng, 2, 4)
        prompts = [texts.course_prompt(rng, course, hw, field) if chance(rng, 0.7) else pick(rng, ctx.chat)
                   for _ in range(len(t))]
        ips = [pick(rng, campus) if chance(rng, 0.6) else own[0] for _ in range(len(t))]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.3), ips=ips,
                 comp_median=float(rng.uniform(250, 400)), comp_sigma=0.7, err=0.03)


BENIGN_KINDS = {
    "spokeshave": spokeshave,
    "shaving_horse": shaving_horse,
    "pole_lathe": pole_lathe,
    "riving_brake": riving_brake,
    "travisher": travisher,
    "hook_knife": hook_knife,
}
