"""Hard-negative benign kinds of blind batch 53 (code names from perfumery).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (fixed
benchmark items re-run across models, high-volume diverse chat from one gateway, step-by-step
tutoring, rating model replies, bursts of short translations, long-context agent loops). All of
its accounts are labelled benign with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind53 import texts

Rng = np.random.Generator

EVAL_UAS = ("lm-eval/0.4.7 OpenAI/Python 1.58.1", "inspect_ai/0.3.63", "promptfoo/0.103.5", "OpenAI/Python 1.54.0")
ROUTER_UAS = ("undici/6.21.0", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1", "Go-http-client/2.0")
CAT_UAS = ("memoQ/11.2 AI-MT-plugin/1.8", "Trados Studio 2024 SR1 / LLM provider 2.1", "Phrase TMS MT connector/3.4",
           "OmegaT/6.0.1 openai-mt/0.9")
IDE_UAS = ("Cline/3.4.0 (vscode 1.97.0)", "Continue/0.9.260 vscode/1.96.4", "aider/0.74.2 litellm/1.60.2",
           "Roo-Code/3.3.20 (vscode 1.97.2)", "Zed/0.172.8")


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _run(rng: Rng, start: float, n: int, gap_mean: float) -> np.ndarray:
    """`n` requests fired back to back by a client with some concurrency."""
    return start + np.cumsum(rng.exponential(gap_mean, size=n))


def enfleurage(ctx: Ctx, rng: Rng) -> None:
    """A company's model-evaluation team: fixed benchmark suites re-run on every model, big runs after the release."""
    kind = "enfleurage"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    prov = pick(rng, ("gcp", "aws", "azure"))
    n = irange(rng, 2, 5)
    accts = [_benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=pick(rng, EVAL_UAS),
                     ips=bb.cloud(rng, irange(rng, 1, 4), prov), tz=tz) for _ in range(n)]
    suites = [str(x) for x in rng.permutation(["mcq", "math", "code", "summ"])[: irange(rng, 2, 4)]]
    items = {}
    for s in suites:
        srng = np.random.default_rng(int(rng.integers(2**32)))
        items[str(s)] = [texts.eval_item(srng, str(s)) for _ in range(irange(rng, 150, 600))]
    comp = {"mcq": 3.0, "math": 260.0, "code": 170.0, "summ": 110.0}
    models = [*ctx.old_models, ctx.new_model]
    gap = float(rng.uniform(0.15, 1.2))

    def do_run(acct: bb.Acct, t: float, suite: str, model: str, frac: float, samples: int) -> None:
        pool = items[suite]
        idx = np.flatnonzero(rng.random(len(pool)) < frac) if frac < 1 else np.arange(len(pool))
        idx = np.repeat(idx, samples)
        if len(idx) == 0:
            return
        ts = _run(rng, t, len(idx), gap)
        ctx.emit(rng, acct, ts, [pool[i] for i in idx.tolist()], models=model, comp_median=comp[suite],
                 comp_sigma=0.3 if suite == "mcq" else 0.5, err=0.015)

    # nightly regression on the old models (a sample of each suite)
    for day in range(int((ctx.t1 - ctx.t0) / DAY)):
        night = ctx.t0 + day * DAY + ((2.0 - tz) % 24) * HOUR + float(rng.uniform(0, 1.5)) * HOUR
        if chance(rng, 0.15):
            continue
        for s in suites:
            do_run(pick(rng, accts), night + float(rng.uniform(0, 2)) * HOUR, str(s), pick(rng, ctx.old_models),
                   float(rng.uniform(0.1, 0.25)), 1)
    # full comparison runs after the release, one or two rounds
    for r in range(irange(rng, 1, 2)):
        t = ctx.release + float(rng.uniform(1, 14)) * HOUR + r * float(rng.uniform(20, 50)) * HOUR
        for s in suites:
            for m in models:
                do_run(pick(rng, accts), t + float(rng.uniform(0, 3)) * HOUR, str(s), m, 1.0, irange(rng, 1, 2))
    # a person poking at the new model from the office
    person = _benign(ctx, rng, kind, "eval_engineer", org=org, pay=pay, ua=pick(rng, bb.BROWSERS), ips=bb.home(rng, 1, tz), tz=tz)
    sess = bb.session_times(rng, ctx.release, ctx.t1, 3.0, bb.workday(tz), 6.0, 60.0)
    if sess:
        ts = np.concatenate(sess)
        ps = [pick(rng, items[str(pick(rng, suites))]) if chance(rng, 0.4) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, person, ts, ps, models=ctx.models(rng, ts, 0.95), comp_median=300.0)
    else:
        ctx.emit(rng, person, [ctx.release + 2 * HOUR], [pick(rng, ctx.chat)], models=ctx.new_model)


def sillage(ctx: Ctx, rng: Rng) -> None:
    """An LLM router / aggregator: many end users' ordinary chat from a few gateway keys on cloud hosts."""
    kind = "sillage"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n = irange(rng, 2, 4)
    provs = [pick(rng, ("aws", "gcp", "azure", "oracle")) for _ in range(irange(rng, 1, 2))]
    hosts = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 3, 8), p)]
    ua = pick(rng, ROUTER_UAS)
    accts = [_benign(ctx, rng, kind, "router_gateway", org=org, pay=pay, ua=ua, ips=hosts) for _ in range(n)]
    per_h = float(rng.uniform(50, 130))
    p_new = float(rng.uniform(0.45, 0.7))
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, per_h, n, bb.global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.7))))
    for acct, ts in zip(accts, streams, strict=True):
        if len(ts) == 0:
            ts = np.array([ctx.t0 + HOUR])
        ctx.emit(rng, acct, ts, [pick(rng, ctx.chat) for _ in range(len(ts))], models=ctx.models(rng, ts, p_new, 0.25),
                 comp_median=300.0, comp_sigma=0.9, err=0.012)


def petitgrain(ctx: Ctx, rng: Rng) -> None:
    """A homework-help app's backend: step-by-step tutoring in two markets, after-school peaks."""
    kind = "petitgrain"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    markets = [pick(rng, ((-5, "en"), (-8, "en"), (-3, "pt"), (-5, "es"), (8, "id"), (0, "en"), (1, "es")))
               for _ in range(2)]
    prov = pick(rng, ("aws", "gcp", "digitalocean"))
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1"))
    n = irange(rng, 1, 3)
    accts = [_benign(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=bb.cloud(rng, irange(rng, 2, 4), prov))
             for _ in range(n)]
    switch = ctx.release + float(rng.uniform(0.2, 2.0)) * DAY
    comp = float(rng.uniform(350, 700))
    for tz, lang in markets:
        per_h = float(rng.uniform(12, 35))
        streams = bb.worker_pool(rng, ctx.t0, ctx.t1, per_h, n, bb.evening_person(tz, 1.8))
        for acct, ts in zip(accts, streams, strict=True):
            if len(ts) == 0:
                continue
            m_new = np.where(ts >= switch, rng.random(len(ts)) < 0.8, False)
            models = [ctx.new_model if b else pick(rng, ctx.old_models) for b in m_new.tolist()]
            ctx.emit(rng, acct, ts, [texts.homework(rng, lang if chance(rng, 0.85) else "en") for _ in range(len(ts))],
                     models=models, comp_median=comp)


def galbanum(ctx: Ctx, rng: Rng) -> None:
    """A data-labelling vendor's annotators using the model to pre-fill ratings of client model replies."""
    kind = "galbanum"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (5, 8, 8, 2, -3))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    n = irange(rng, 18, 40)
    p_new = float(rng.uniform(0.1, 0.4))
    p_mini = float(rng.uniform(0.4, 0.85))
    for _ in range(n):
        ips = office if chance(rng, 0.7) else bb.home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, bb.BROWSERS), ips=ips, tz=tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = bb.session_times(rng, start, ctx.t1, float(rng.uniform(3, 6)), bb.workday(tz, 9.0, 18.0, weekend=0.02),
                                float(rng.uniform(8, 20)), float(rng.uniform(40, 120)))
        ts = np.concatenate(sess) if sess else np.array([start])
        ps = [texts.annotation(rng, pick(rng, ctx.chat), pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, ps, models=ctx.models(rng, ts, p_new, p_mini), comp_median=float(rng.uniform(80, 200)))


def labdanum(ctx: Ctx, rng: Rng) -> None:
    """A localisation agency's CAT-tool plugin: file pre-translation bursts plus translators' interactive lookups."""
    kind = "labdanum"
    tz = pick(rng, (1, 2, 0, 1))
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    office = bb.home(rng, irange(rng, 1, 2), tz)
    server = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "aws", "ovh")))
    n = irange(rng, 4, 10)
    for _ in range(n):
        acct = _benign(ctx, rng, kind, "cat_plugin", org=pick(rng, orgs), ua=pick(rng, CAT_UAS), ips=office + server, tz=tz)
        pairs = [pick(rng, texts._PAIRS) for _ in range(irange(rng, 1, 3))]
        files = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3.5)) * 7, bb.workday(tz))
        trains = bb.bursts(rng, files, float(rng.uniform(50, 220)), float(rng.uniform(0.3, 1.5)), b=ctx.t1)
        inter = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), bb.workday(tz), float(rng.uniform(10, 30)),
                                 float(rng.uniform(20, 90)))
        ts_f = np.concatenate(trains) if trains else np.empty(0)
        ts_i = np.concatenate(inter) if inter else np.empty(0)
        ips_f = [pick(rng, server)] * len(ts_f)
        ips_i = bb.picks(rng, office, len(ts_i))
        ts = np.concatenate([ts_f, ts_i])
        if len(ts) == 0:
            ts, ips_i = np.array([ctx.t0 + 10 * HOUR]), office[:1]
        ps = [texts.translation_segment(rng, pick(rng, pairs)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, ps, models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.8)), 0.4), ips=ips_f + ips_i,
                 comp_median=float(rng.uniform(25, 90)), comp_sigma=0.5)


def drydown(ctx: Ctx, rng: Rng) -> None:
    """A software company's developers running coding agents in their IDEs: long-context tool loops."""
    kind = "drydown"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    n = irange(rng, 12, 30)
    adopt = float(rng.uniform(0.5, 0.9))
    for _ in range(n):
        ips = office if chance(rng, 0.7) else bb.home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, IDE_UAS), ips=ips, tz=tz)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)) * 5, bb.workday(tz, weekend=0.08))
        ts_all, ps, extra = [], [], []
        ctx_base = irange(rng, 3000, 12000)
        for s in starts.tolist():
            k = irange(rng, 4, 25)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(3, 20))), 0.7, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                ps.append(texts.ide_step(rng, j == 0))
                extra.append(min(60000, ctx_base + j * irange(rng, 400, 2500)))
        if not ts_all:
            ts_all, ps, extra = [ctx.t0 + 9 * HOUR], [texts.ide_step(rng, True)], [ctx_base]
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, ps, models=ctx.models(rng, ts, adopt, 0.1), comp_median=float(rng.uniform(150, 600)),
                 extra=np.asarray(extra, dtype=np.int64), err=0.02)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "enfleurage": enfleurage,
    "sillage": sillage,
    "petitgrain": petitgrain,
    "galbanum": galbanum,
    "labdanum": labdanum,
    "drydown": drydown,
}
