"""Hard-negative benign kinds of the forty-seventh blind batch (code names from bookbinding).

Each kind is `f(ctx, rng)`: legitimate heavy or automated users that resemble a campaign in some
respect (volume, structure, repetition, fresh-model switch, hidden context, cloud addresses),
created with `ctx.account(..., label="benign")`. Written without reading the monitor.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind47 import texts as tx

LABEL = "benign"


def _chat(ctx: Ctx, rng: np.random.Generator, n: int = 2000) -> str:
    return tx.clip(pick(rng, ctx.chat), n)


def _passage(ctx: Ctx, rng: np.random.Generator, lo: int, hi: int) -> str:
    return tx.clip(pick(rng, ctx.passages), irange(rng, lo, hi))


def kettlestitch(ctx: Ctx, rng: np.random.Generator) -> None:
    """Enterprise document pipeline: contract extraction, ticket triage and summaries in JSON and
    Dutch, from one cloud NAT, a worker pool in office hours plus a nightly backfill on one key;
    slow to adopt the new model."""
    tz = int(pick(rng, [1, 2, 0, -5]))
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ["azure", "aws", "gcp"])
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(
        rng,
        [
            "semantic-kernel-dotnet/1.36.0",
            "Apache-HttpClient/5.4.1 (Java/21.0.5)",
            "OpenAI/Python 1.54.0",
        ],
    )
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    rate = float(rng.uniform(40, 80))
    night_rate = float(rng.uniform(80, 200))
    p_new = float(rng.uniform(0.1, 0.4))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="kettlestitch",
            role="pipeline",
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    lanes = bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, bb.workday(tz, 7.0, 19.0, 0.02, 0.03))
    night = bb.thinned(
        rng, ctx.t0, ctx.t1, night_rate * 3.0 * (ctx.t1 - ctx.t0) / DAY, bb.nightly(1.0, 3.0, tz)
    )
    lanes[0] = np.sort(np.concatenate([lanes[0], night]))
    for acct, ts in zip(accts, lanes, strict=True):
        prompts = []
        for _ in ts:
            x = _passage(ctx, rng, 300, 1400)
            prompts.append(
                tx.fill(
                    pick(rng, tx.KETTLESTITCH),
                    x=x,
                    docj=tx.json_str(x),
                    n=irange(rng, 10000, 99999),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.3),
            comp_median=float(rng.uniform(120, 250)),
            comp_sigma=0.5,
            extra=irange(rng, 200, 900),
            err=0.005,
        )


def headband(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation team: small regression runs on the old models, then large benchmark
    sweeps on the new model right after its release with repeated identical items (several
    samples), chain-of-thought prompts and model-graded checks; office lines and a cloud runner."""
    tz = int(pick(rng, [-8, -5, 0, 1, 9]))
    n_keys = irange(rng, 3, 7)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    runner = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ["gcp", "aws"]))
    office = bb.home(rng, 2, tz)
    suites = [
        f"{pick(rng, ['mathmix', 'reasonbench', 'qa-hard', 'code-lite'])}-v{irange(rng, 1, 9)}"
        for _ in range(4)
    ]
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="headband",
            role="evaluator",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.8),
            ips=runner + office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    # fixed item banks per suite, re-run identically
    banks = {s: [tx.problem(rng) for _ in range(irange(rng, 80, 250))] for s in suites}
    judge_q = [_chat(ctx, rng, 400) for _ in range(150)]
    judge_a = [_passage(ctx, rng, 300, 800) for _ in range(150)]

    def run(t: float, sweep: bool) -> tuple[np.ndarray, list[str], list[str]]:
        suite = pick(rng, suites)
        items = banks[suite]
        n_samples = irange(rng, 2, 5) if sweep else 1
        tpl = pick(rng, tx.HEADBAND_BENCH)
        prompts = [
            tx.fill(tpl, i=i + 1, suite=suite, p=p)
            for i, p in enumerate(items)
            for _ in range(n_samples)
        ]
        if chance(rng, 0.4):
            prompts += [
                tx.fill(
                    pick(rng, tx.HEADBAND_JUDGE),
                    suite=suite,
                    i=j,
                    q=pick(rng, judge_q),
                    a=pick(rng, judge_a),
                    b=pick(rng, judge_a),
                )
                for j in range(irange(rng, 50, 200))
            ]
        ts = t + np.cumsum(rng.exponential(float(rng.uniform(0.8, 3.0)), size=len(prompts)))
        models = [ctx.new_model if sweep and t >= ctx.release else pick(rng, ctx.old_models)] * len(
            ts
        )
        if sweep and chance(rng, 0.5):
            models = [pick(rng, ctx.old_models)] * len(ts)  # baseline of the comparison
        return ts, prompts, models

    curve = bb.workday(tz)
    daily = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, curve)
    sweeps = bb.thinned(
        rng, ctx.release, ctx.release + float(rng.uniform(1, 2.5)) * DAY, irange(rng, 4, 9), curve
    )
    for t, sweep in [(t, False) for t in daily.tolist()] + [(t, True) for t in sweeps.tolist()]:
        ts, prompts, models = run(t, sweep)
        acct = pick(rng, accts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            ips=pick(rng, runner),
            comp_median=float(rng.uniform(150, 600)),
            comp_sigma=0.7,
            err=0.02,
        )
    # people poking the new model by hand from the office
    for acct in accts:
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *bb.session_times(rng, ctx.t0, ctx.t1, 1.5, curve, 4.0, 90.0)]
            )
        )
        ctx.emit(
            rng,
            acct,
            ts,
            [_chat(ctx, rng) for _ in ts],
            models=ctx.models(rng, ts, 0.8),
            ips=pick(rng, office),
            ua=pick(rng, bb.BROWSERS),
            comp_median=350.0,
        )


def backing(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent product: sessions of tool-call steps with large hidden repository context,
    from an autoscaled cloud fleet around the clock; it switches most traffic to the new model on
    release day."""
    n_keys = irange(rng, 1, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    fleet = bb.cloud(rng, irange(rng, 10, 40), pick(rng, ["aws", "gcp"]))
    ua = f"{pick(rng, ['quillcode', 'forgepilot', 'patchbay'])}-agent/{irange(rng, 1, 3)}.{irange(rng, 0, 30)}.0 (node)"
    accts = [
        ctx.account(
            rng, label=LABEL, family="backing", role="product", org=org, pay=pay, ua=ua, ips=fleet
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(8, 15))
    p_new = float(rng.uniform(0.5, 0.9))
    switch = ctx.release + float(rng.uniform(2, 20)) * HOUR
    starts = bb.thinned(
        rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(15.0, 0.55)
    )
    for s, ts in zip(
        starts.tolist(), bb.bursts(rng, starts, 8.0, float(rng.uniform(3, 12)), 0.8), strict=True
    ):
        acct = pick(rng, accts)
        kw = dict(
            repo=f"{pick(rng, ['shop', 'infra', 'ml', 'app'])}-{irange(rng, 1, 99)}",
            ask=pick(rng, tx.BACKING_ASKS),
            path=f"src/{pick(rng, ['api', 'util', 'db', 'ui'])}/{irange(rng, 1, 40)}.ts",
            code=pick(rng, tx.CODE_SNIPPETS),
            w=pick(rng, ["empty", "retry", "page"]),
        )
        prompts = [tx.fill(pick(rng, tx.BACKING), **kw) for _ in ts]
        p = p_new if s >= switch else 0.0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p, 0.1),
            ips=pick(rng, fleet),
            comp_median=float(rng.uniform(150, 500)),
            extra=irange(rng, 3000, 12000),
            err=0.01,
        )


def mull(ctx: Ctx, rng: np.random.Generator) -> None:
    """A language-learning app: generated exercises, flashcards and corrections in many
    languages for its users, a steady worldwide load from a cloud egress, a few regional keys."""
    n_keys = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ["gcp", "azure", "aws"])
    ua = pick(rng, ["OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"])
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="mull",
            role="app_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 5), provider),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(30, 70))
    p_new = float(rng.uniform(0.2, 0.6))
    lanes = bb.worker_pool(
        rng, ctx.t0, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(10, 20)), 0.6)
    )
    for acct, ts in zip(accts, lanes, strict=True):
        prompts = [
            tx.fill(
                pick(rng, tx.MULL),
                level=pick(rng, ["A1", "A2", "B1", "B2", "C1"]),
                lang=pick(rng, tx.LANGS),
                topic=pick(rng, tx.TOPICS),
                sentence=pick(rng, tx.LEARNER_SENTENCES),
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.4),
            comp_median=float(rng.uniform(250, 500)),
            extra=irange(rng, 100, 400),
            err=0.005,
        )


def flyleaf(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university research group: students annotating data with labels and confidences and
    asking for step-by-step validity judgements, from home and campus lines in office and late
    hours, with a cluster job on some nights; one organisation and one grant card."""
    tz = int(pick(rng, [1, 2, -5, 5, 9]))
    n_students = irange(rng, 4, 10)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, 3, tz)
    cluster = bb.cloud(rng, 1, pick(rng, ["aws", "gcp", "ovh"]))
    topic = pick(rng, tx.TOPICS)
    p_new = float(rng.uniform(0.3, 0.8))
    accts = []
    for _ in range(n_students):
        acct = ctx.account(
            rng,
            label=LABEL,
            family="flyleaf",
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        curve = bb.workday(tz, 9.0, 23.0, 0.2, 0.05)
        ts = np.sort(
            np.concatenate(
                [
                    np.empty(0),
                    *bb.session_times(
                        rng,
                        ctx.t0,
                        ctx.t1,
                        float(rng.uniform(1, 4)),
                        curve,
                        float(rng.uniform(5, 30)),
                        float(rng.uniform(2, 10)),
                    ),
                ]
            )
        )
        prompts = [tx.fill(pick(rng, tx.FLYLEAF), topic=topic, x=_chat(ctx, rng, 600)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(60, 250)),
        )
    # the cluster job: one student's key, a few nights
    owner = pick(rng, accts)
    for _ in range(irange(rng, 2, 4)):
        a = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
        ts = bb.thinned(
            rng, a, a + float(rng.uniform(3, 5)) * HOUR, float(rng.uniform(600, 1500)), bb.constant
        )
        ctx.emit(
            rng,
            owner,
            ts,
            [tx.fill(tx.FLYLEAF[0], topic=topic, x=_chat(ctx, rng, 600)) for _ in ts],
            models=ctx.models(rng, ts, p_new),
            ips=cluster[0],
            ua="python-requests/2.32.3",
            comp_median=30.0,
            comp_sigma=0.3,
        )


def marbling(ctx: Ctx, rng: np.random.Generator) -> None:
    """An API aggregator / router: many end users' ordinary chat in many languages through a few
    keys of one company, from several clouds, a worldwide load and a mixed model choice."""
    n_keys = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provs = [pick(rng, bb.providers()[:5]) for _ in range(irange(rng, 2, 3))]
    ips = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 3, 8), p)]
    ua = pick(rng, ["router-edge/1.9.2", "python-httpx/0.28.1", "Go-http-client/2.0"])
    accts = [
        ctx.account(
            rng, label=LABEL, family="marbling", role="aggregator", org=org, pay=pay, ua=ua, ips=ips
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(60, 110))
    p_new = float(rng.uniform(0.4, 0.7))
    lanes = bb.worker_pool(
        rng, ctx.t0, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.4)
    )
    for acct, ts in zip(accts, lanes, strict=True):
        prompts = [tx.fill(pick(rng, tx.MARBLING_WRAP), x=_chat(ctx, rng, 1500)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.25),
            comp_median=300.0,
            comp_sigma=0.9,
            extra=irange(rng, 0, 300),
            err=0.015,
        )


BENIGN_KINDS = {
    "kettlestitch": kettlestitch,
    "headband": headband,
    "backing": backing,
    "mull": mull,
    "flyleaf": flyleaf,
    "marbling": marbling,
}
