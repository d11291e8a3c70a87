"""Hard-negative benign kinds of blind batch 69 (code names from canals and locks).

Each kind is `f(ctx, rng)`: honest traffic that shares some surface with harvesting (templated
prompts, repeats, cloud addresses, new-model bursts, long contexts). Every parameter is drawn per
seed; the README describes the ranges.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind69 import texts as tx


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def tollhouse(ctx: Ctx, rng: np.random.Generator) -> None:
    """A third-party evaluation contractor: fixed benchmark suites run against the old models as
    a baseline and against the new model as soon as it ships (identical items across runs,
    pass@k repeats on the code suite)."""
    fam = "tollhouse"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("lm-eval/0.4.7 OpenAI/Python 1.58.1", "python-requests/2.32.3", "inspect_ai/0.3.61 OpenAI/Python 1.63.2"))
    accts = [ctx.account(rng, label="benign", family=fam, role="eval-runner", org=org, pay=pay, ua=ua, ips=ips)
             for _ in range(n)]
    suite_seed = int(rng.integers(0, 2**31))
    comp = {0: 4.0, 1: 280.0, 2: 140.0, 3: 30.0, 4: 220.0}
    runs = []
    for _ in range(irange(rng, 1, 3)):
        runs.append((_u(rng, ctx.t0 + 0.3 * DAY, ctx.release - 4 * HOUR), pick(rng, ctx.old_models)))
    runs.append((ctx.release + _u(rng, 2, 10) * HOUR, ctx.new_model))
    for _ in range(irange(rng, 2, 5)):
        runs.append((_u(rng, ctx.release + 12 * HOUR, ctx.t1 - 4 * HOUR),
                     ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models)))
    for start, model in runs:
        suites = [int(x) for x in rng.choice(5, size=irange(rng, 1, 3), replace=False)]
        for suite in suites:
            n_items = irange(rng, 150, 700)
            k = pick(rng, (1, 5, 10)) if suite == 2 else 1
            items = [tx.eval_item(np.random.default_rng([suite_seed, suite, i]), suite) for i in range(n_items)]
            prompts = [p for p in items for _ in range(k)]
            rate = _u(rng, 500, 1500)
            dur = len(prompts) / rate * HOUR
            ts = np.sort(rng.uniform(start, start + dur, size=len(prompts)))
            order = rng.permutation(len(prompts))
            who = rng.integers(0, n, size=len(prompts))
            for i, a in enumerate(accts):
                sel = np.flatnonzero(who == i)
                if len(sel) == 0:
                    continue
                ctx.emit(rng, a, ts[sel], [prompts[order[j]] for j in sel.tolist()], models=model,
                         comp_median=comp[suite], comp_sigma=0.5, err=0.01)
            start += dur + _u(rng, 5, 40) * 60


def butty(ctx: Ctx, rng: np.random.Generator) -> None:
    """A homework tutoring app's backend keys (production and staging): step-by-step hints on
    word problems, A/B-testing the new model a day or so after release."""
    fam = "butty"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8, 1, 5))
    ips = bb.cloud(rng, irange(rng, 6, 12), "gcp")
    peak, p_chat, comp_med = _u(rng, 60, 160), _u(rng, 0.3, 0.45), _u(rng, 180, 320)
    ab_at, p_ab = ctx.release + _u(rng, 0.5, 1.5) * DAY, _u(rng, 0.3, 0.6)

    def student(ts: np.ndarray) -> np.ndarray:
        h = bb.local_hour(ts, tz)
        after_school = np.exp(-0.5 * ((h - 17.0) / 2.5) ** 2)
        w = np.clip(0.03 + 0.85 * after_school + 0.35 * bb.evening_person(tz)(ts), 0, 1)
        return np.where(bb.weekday(ts, tz) >= 5, w * 0.55, w)

    for i in range(n):
        a = ctx.account(rng, label="benign", family=fam, role="prod" if i == 0 else "staging", org=org, pay=pay,
                        ua="OpenAI/NodeJS 4.85.1", ips=ips, tz=tz)
        if i == 0:
            ts = bb.thinned(rng, ctx.t0, ctx.t1, peak * 0.45 * (ctx.t1 - ctx.t0) / HOUR, student)
        else:
            ts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 2, 8) * 9 * 5, bb.workday(tz))
        is_chat = rng.random(len(ts)) < p_chat
        prompts = [pick(rng, ctx.chat) if c else tx.tutoring_prompt(rng, ctx.chat) for c in is_chat.tolist()]
        models = ctx.models(rng, ts, 0.0, 0.1)
        pn = p_ab if i == 0 else 0.5
        models = [ctx.new_model if (t >= ab_at and r < pn) else m
                  for t, m, r in zip(ts.tolist(), models, rng.random(len(ts)).tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp_med, comp_sigma=0.55, err=0.006)


def puddling(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using coding agents in their IDEs: office hours, bursts of agent steps with
    large file contexts, tests and docstrings among the requests."""
    fam = "puddling"
    n_co = irange(rng, 3, 5)
    cos = []
    for _ in range(n_co):
        tz = pick(rng, bb.TZS)
        cos.append((hexid(rng, "org"), hexid(rng, "pay"), tz, bb.home(rng, 2, tz)))
    n = irange(rng, 20, 35)
    for _ in range(n):
        if chance(rng, 0.25):
            tz = pick(rng, bb.TZS)
            org, pay, ips = None, None, bb.home(rng, irange(rng, 1, 2), tz)
        else:
            org, pay, tz, ips = pick(rng, cos)
        a = ctx.account(rng, label="benign", family=fam, role="developer", org=org, pay=pay,
                        ua=pick(rng, tx.IDE_UAS), ips=ips, tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 6), bb.workday(tz, weekend=0.1), _u(rng, 5, 14),
                                _u(rng, 8, 30), 0.9)
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([_u(rng, ctx.t0, ctx.t1)])
        is_chat = rng.random(len(ts)) < _u(rng, 0.15, 0.35)
        prompts = [pick(rng, ctx.chat) if c else tx.ide_prompt(rng) for c in is_chat.tolist()]
        extra = np.where(is_chat, 0, rng.lognormal(np.log(_u(rng, 500, 4000)), 0.7, size=len(ts))).astype(np.int64)
        p_new = _u(rng, 0.5, 0.9) if chance(rng, 0.6) else 0.05
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), comp_median=_u(rng, 250, 550),
                 comp_sigma=0.7, extra=extra, err=0.008)


def stoplog(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators whose tool pre-labels items (sentiment, PII, A/B
    preference, toxicity) in steady shifts from one office."""
    fam = "stoplog"
    n = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5, 1))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, bb.BROWSERS)
    shift0 = _u(rng, 7, 10)
    p_new = _u(rng, 0.05, 0.3)
    for _ in range(n):
        a = ctx.account(rng, label="benign", family=fam, role="annotator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        st = shift0 + _u(rng, -0.5, 1.0)
        curve = bb.workday(tz, start=st, end=st + 8, weekend=0.02, night=0.0)
        rate = _u(rng, 15, 40)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 8 * 5 * (ctx.t1 - ctx.t0) / (7 * DAY), curve)
        prompts = [tx.labelling_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3), comp_median=_u(rng, 15, 60),
                 comp_sigma=0.7, err=0.005)


def balancebeam(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router / aggregator: a few regional egress keys carrying many users' ordinary
    traffic around the clock; its users move to the new model quickly."""
    fam = "balancebeam"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    p_new = _u(rng, 0.35, 0.65)
    for _ in range(n):
        a = ctx.account(rng, label="benign", family=fam, role="egress", org=org, pay=pay, ua=ua,
                        ips=bb.cloud(rng, irange(rng, 6, 20), provider))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 40, 110) * (ctx.t1 - ctx.t0) / HOUR,
                        bb.global_load(_u(rng, 0, 24), _u(rng, 0.25, 0.5)))
        u = rng.random(len(ts))
        prompts = [pick(rng, ctx.chat) if x < 0.85 else tx.ide_prompt(rng) if x < 0.93
                   else tx.instruction_seed(rng) if x < 0.97 else tx.word_problem(rng)[1] for x in u.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.12), comp_median=330.0, comp_sigma=0.7,
                 err=0.01)


def caisson(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university lab: overnight experiment runs (self-consistency sampling with identical
    repeats, paraphrase and translation robustness) plus students' interactive use."""
    fam = "caisson"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 0, -5))
    cluster = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("ovh", "hetzner", "scaleway")))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="benign", family=fam, role="cluster" if i == 0 else "student", org=org, pay=pay,
                        ua=bb.sdk_ua(rng, 0.7), ips=cluster if i == 0 else bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        if i > 0:
            sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.8, 2.5), bb.workday(tz, weekend=0.2), 5, 60)
            ts = np.concatenate(sess) if sess else np.array([_u(rng, ctx.t0, ctx.t1)])
            prompts = [pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.2), comp_median=380.0)
    for _ in range(irange(rng, 3, 7)):
        start = _u(rng, ctx.t0, ctx.t1 - 3 * HOUR)
        dur, rate = _u(rng, 2, 9) * HOUR, _u(rng, 80, 250)
        model = pick(rng, [ctx.old_models[0], ctx.old_models[-1]] + ([ctx.new_model] * 2 if start > ctx.release else []))
        kind = irange(rng, 0, 2)
        k = irange(rng, 5, 10)
        ts = np.sort(rng.uniform(start, start + dur, size=int(rate * dur / HOUR)))
        prompts: list[str] = []
        while len(prompts) < len(ts):
            if kind == 0:
                prompts.extend([tx.eval_item(rng, 1)] * k)
            elif kind == 1:
                prompts.append(tx.research_paraphrase(rng, ctx.chat))
            else:
                prompts.extend([pick(rng, ctx.chat)] * k)
        a = accts[0] if chance(rng, 0.75) else pick(rng, accts)
        ctx.emit(rng, a, ts, prompts[:len(ts)], models=model, ips=pick(rng, cluster) if a is accts[0] else None,
                 comp_median={0: 300.0, 1: 120.0, 2: 350.0}[kind], comp_sigma=0.6, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "balancebeam": balancebeam,
    "butty": butty,
    "caisson": caisson,
    "puddling": puddling,
    "stoplog": stoplog,
    "tollhouse": tollhouse,
}
