"""Hard-negative benign kinds of blind batch 54 (code names from violin making): legitimate traffic
that looks like harvesting. Each kind is `f(ctx, rng)`. See README.md for the card.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind54 import texts as tx

LABEL = "benign"


def purfling(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation team: nightly regression suites, then large comparison runs of old and new
    model after the release, from a few CI runners on one cloud."""
    name = "purfling"
    n_orgs = irange(rng, 1, 2)
    for _ in range(n_orgs):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure"))
        runners = bb.cloud(rng, irange(rng, 2, 5), prov)
        tz = pick(rng, bb.TZS)
        suites = ["mcq", "math", "code", "safety", "long_context"]
        n_acc = irange(rng, 2, 4)
        for j in range(n_acc):
            a = ctx.account(rng, label=LABEL, family=name, role="eval_runner" if j else "eval_dev", org=org, pay=pay,
                            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2")),
                            ips=runners)
            if j == 0:  # a developer poking at prompts by hand during the day
                for s in bb.session_times(rng, ctx.t0, ctx.t1, 2.0, bb.workday(tz), 6, 90):
                    ctx.emit(rng, a, s, [tx.eval_item(rng, pick(rng, suites), irange(rng, 0, 999)) for _ in s],
                             models=ctx.models(rng, s, p_new=0.5), ips=bb.home(rng, 1, tz)[0], comp_median=300)
                continue
            # nightly regression: a few hundred items per night, fast and parallel
            days = np.arange(ctx.t0, ctx.t1, DAY)
            nightly_h = float(rng.uniform(0, 5))
            for d in days.tolist():
                s0 = d + (nightly_h - tz) % 24 * HOUR + float(rng.uniform(0, 30)) * MINUTE
                n = irange(rng, 150, 450)
                ts = s0 + np.cumsum(rng.exponential(float(rng.uniform(0.5, 2.5)), size=n))
                suite = pick(rng, suites)
                ctx.emit(rng, a, ts, [tx.eval_item(rng, suite, i) for i in range(n)],
                         models=ctx.models(rng, ts, p_new=0.3), comp_median=250, comp_sigma=0.9, err=0.01)
            # release-day comparison: every suite on both models, a few thousand items
            s0 = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
            for suite in suites:
                n = irange(rng, 300, 900)
                ts = s0 + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=2 * n))
                items = [tx.eval_item(rng, suite, i) for i in range(n)]
                models = [ctx.new_model] * n + [ctx.old_models[0]] * n
                order = rng.permutation(2 * n)
                ctx.emit(rng, a, ts, [items[i % n] for i in order.tolist()], models=[models[i] for i in order.tolist()],
                         comp_median=400 if suite == "math" else 180, comp_sigma=0.8, err=0.03)
                s0 = float(ts[-1]) + float(rng.uniform(5, 90)) * MINUTE


def soundpost(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: classification / extraction over customer texts, office hours in two
    sites, short answers, high volume."""
    name = "soundpost"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    sites = [int(t) for t in rng.choice(bb.TZS, size=2, replace=False).tolist()]
    prov = pick(rng, bb.providers())
    ips = bb.cloud(rng, irange(rng, 1, 3), prov)
    for _ in range(irange(rng, 2, 4)):
        project = pick(rng, ("intent", "sentiment", "topic", "toxicity", "ner"))
        a = ctx.account(rng, label=LABEL, family=name, role=f"labelling_{project}", org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                        ips=ips)
        rate = float(rng.uniform(60, 160))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(rng, start, ctx.t1, rate * 0.35 * (ctx.t1 - start) / HOUR, bb.multi_office(sites))
        texts = ctx.chat if chance(rng, 0.6) else ctx.passages
        ctx.emit(rng, a, ts, [tx.label_prompt(rng, project, pick(rng, texts)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6), comp_median=12 if project != "ner" else 90,
                 comp_sigma=0.5, err=0.01)


def bassbar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring app's backend: students' homework questions, step-by-step explanations, evenings in
    the app's markets, a few backend keys on one cloud."""
    name = "bassbar"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    markets = [int(t) for t in rng.choice(bb.TZS, size=irange(rng, 1, 3), replace=False).tolist()]
    prov = pick(rng, bb.providers())
    ips = bb.cloud(rng, irange(rng, 3, 8), prov)
    for k in range(irange(rng, 2, 3)):
        a = ctx.account(rng, label=LABEL, family=name, role="app_backend" if k else "app_backend_primary",
                        org=org, pay=pay, ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9")),
                        ips=ips)
        rate = float(rng.uniform(25, 60))
        curves = [bb.evening_person(tz, 2.5) for tz in markets]

        def curve(ts: np.ndarray, curves=curves) -> np.ndarray:
            return np.clip(sum(c(ts) for c in curves) / len(curves), 0, 1)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve)
        ctx.emit(rng, a, ts, [tx.tutor_prompt(rng, pick(rng, ctx.chat)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.6, p_mini=0.35), comp_median=650, comp_sigma=0.6, err=0.01)


def tailpiece(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM router / aggregator: many end users' ordinary chat on a few keys, retries of the same
    prompt on errors, health-check pings."""
    name = "tailpiece"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "Go-http-client/2.0", "reqwest/0.12.12"))
    ips = bb.cloud(rng, irange(rng, 2, 8), pick(rng, bb.providers()))
    peak = float(rng.uniform(0, 24))
    for _ in range(irange(rng, 3, 5)):
        a = ctx.account(rng, label=LABEL, family=name, role="router_key", org=org, pay=pay, ua=ua, ips=ips)
        rate = float(rng.uniform(18, 40))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.5))
        n = len(ts)
        prompts = [pick(rng, ctx.chat) for _ in range(n)]
        status = np.where(rng.random(n) < 0.03, 429, 200)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3), comp_median=330,
                 status=status)
        retry = np.flatnonzero(status == 429)
        rts = ts[retry] + rng.uniform(0.5, 4.0, size=len(retry))
        ctx.emit(rng, a, rts, [prompts[i] for i in retry.tolist()], models=ctx.models(rng, rts, p_new=0.5),
                 comp_median=330, err=0.1)
        pings = np.arange(ctx.t0 + float(rng.uniform(0, 300)), ctx.t1, float(rng.uniform(5, 15)) * MINUTE)
        ctx.emit(rng, a, pings, pick(rng, ("ping", "Say OK.", "Reply with the single word: pong")),
                 models=ctx.old_models[-1], comp_median=2, comp_sigma=0.2, err=0.0)


def fingerboard(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using coding agents in their IDEs: bursts of tool-loop steps with a large, growing
    context and short completions, office hours, office NAT or home broadband."""
    name = "fingerboard"
    ide_uas = ("Cursor/0.45.11 (darwin arm64)", "Continue/0.9.251 (vscode)", "cline/3.2.0 vscode/1.96.4",
               "Zed/0.170.2 (macos; aarch64)", "JetBrains-AI/243.22562 (IntelliJ IDEA)")
    for _ in range(irange(rng, 2, 4)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        tz = pick(rng, bb.TZS)
        office = bb.home(rng, irange(rng, 1, 2), tz)
        for _ in range(irange(rng, 8, 20)):
            home = bb.home(rng, 1, tz)
            a = ctx.account(rng, label=LABEL, family=name, role="developer", org=org, pay=pay,
                            ua=pick(rng, ide_uas), ips=office + home, tz=tz)
            per_day = float(rng.uniform(3, 10))
            for s in bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.workday(tz, weekend=0.08), 9, 6, 0.9):
                k = len(s)
                extra = irange(rng, 2000, 9000) + np.cumsum(rng.integers(200, 1500, size=k))
                ctx.emit(rng, a, s, [tx.ide_prompt(rng, i) for i in range(k)],
                         models=ctx.models(rng, s, p_new=0.7, p_mini=0.05),
                         ips=pick(rng, office) if chance(rng, 0.7) else home[0], comp_median=180, comp_sigma=0.8,
                         extra=extra, err=0.01)


def chinrest(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university research group's sampling study: a fixed set of survey-style items, each asked
    many times (sampling variance), sweeps from a GPU node plus students' own work by day."""
    name = "chinrest"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    node = bb.cloud(rng, 1, pick(rng, ("gcp", "aws", "ovh", "hetzner")))
    items = tx.study_items(rng, irange(rng, 40, 150))
    for _ in range(irange(rng, 2, 5)):
        a = ctx.account(rng, label=LABEL, family=name, role="phd_student", org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "aiohttp/3.11.11")),
                        ips=node + bb.home(rng, 1, tz), tz=tz)
        # sweeps: every item k times, a few sweeps in the week, started in working hours
        n_sweeps = irange(rng, 1, 4)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, n_sweeps, bb.workday(tz))
        for s in starts.tolist():
            k = irange(rng, 5, 20)
            sel = rng.permutation(np.repeat(np.arange(len(items)), k))[: irange(rng, 300, 1500)]
            ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.8, 3.0)), size=len(sel)))
            ctx.emit(rng, a, ts, [items[i] for i in sel.tolist()], models=ctx.models(rng, ts, p_new=0.5),
                     ips=node[0], comp_median=90, comp_sigma=0.7, err=0.02)
        for s in bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 5, 120):
            ctx.emit(rng, a, s, [pick(rng, ctx.chat) for _ in s], models=ctx.models(rng, s, p_new=0.6),
                     ips=a.ips[-1], comp_median=350)


BENIGN_KINDS = {
    "bassbar": bassbar,
    "chinrest": chinrest,
    "fingerboard": fingerboard,
    "purfling": purfling,
    "soundpost": soundpost,
    "tailpiece": tailpiece,
}
