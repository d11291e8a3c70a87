"""Hard-negative benign kinds of blind batch 24 (written without reading the monitor).

Each kind is `f(ctx, rng)`: legitimate API customers whose traffic looks superficially like
harvesting (automated, high-volume, templated, cloud-hosted, long answers, scoring, translation,
fresh keys at a release). Neutral code names (pasta shapes); what each is, is described in
README.md and in the comments below.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind24 import texts


def _after(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, switch: float, p_new: float,
           p_mini: float = 0.05) -> list[str]:
    """Old models until `switch` (a customer's own upgrade date), then the new one with p_new."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
            for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)]


def _homework(tz: int) -> bb.Curve:
    """Students: school hours on weekdays and a big evening homework peak, weekends lighter."""
    school = bb.workday(tz, start=8.0, end=15.0, weekend=0.35, night=0.01)
    eve = bb.evening_person(tz, spread=1.8)

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(0.6 * school(ts) + eve(ts), 0, 1)
    return f


# --------------------------------------------------------------------------------------------
# orecchiette — homework-help products: 3-5 ed-tech companies whose backends (AWS/GCP, a few
# addresses) send every student question wrapped in a "solve it step by step" tutor template;
# long worked solutions; a production key and sometimes a staging key with small test bursts.
# US school hours plus evening homework. Each company upgrades to the new model on its own date.


def orecchiette(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "orecchiette"
    for _ in range(irange(rng, 3, 5)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp"))
        ua = bb.sdk_ua(rng, 0.5)
        tz = pick(rng, (-5, -8))
        product = irange(rng, 0, 2)
        rate = float(rng.uniform(15, 45))
        comp = float(rng.uniform(500, 850))
        switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
        ips = bb.cloud(rng, irange(rng, 2, 6), provider)
        prod = ctx.account(rng, label="benign", family=kind, role="production", org=org, pay=pay, ua=ua,
                           ips=ips, tz=tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 0.45 * (ctx.t1 - ctx.t0) / HOUR, _homework(tz))
        ctx.emit(rng, prod, ts, [texts.orecchiette_prompt(rng, product) for _ in range(len(ts))],
                 models=_after(ctx, rng, ts, switch, 0.9), comp_median=comp, err=0.01)
        if chance(rng, 0.5):
            stg = ctx.account(rng, label="benign", family=kind, role="staging", org=org, pay=pay, ua=ua,
                              ips=ips[:1], tz=tz)
            starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 2)) * 7, bb.workday(tz))
            ts = np.concatenate(bb.bursts(rng, starts, size_mean=float(rng.uniform(10, 40)), gap_median=2.0))
            ctx.emit(rng, stg, ts, [texts.orecchiette_prompt(rng, product) for _ in range(len(ts))],
                     models=_after(ctx, rng, ts, ctx.release, 0.6), comp_median=comp, err=0.01)


# --------------------------------------------------------------------------------------------
# farfalle — contract and document review SaaS: 3-6 legal-tech firms on Azure, 1-3 keys each
# (practice groups), business hours in London/Berlin/New York; templated clause prompts with
# long documents attached (thousands of extra prompt tokens), short summaries back.


def farfalle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "farfalle"
    for firm in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (0, 1, -5))
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
        ips = bb.cloud(rng, irange(rng, 1, 4), "azure")
        style = firm + irange(rng, 0, 2)
        switch = ctx.release + float(rng.uniform(1, 4)) * DAY
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(rng, label="benign", family=kind, role="practice_group", org=org, pay=pay, ua=ua,
                            ips=ips, tz=tz)
            rate = float(rng.uniform(10, 35))
            ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 0.3 * (ctx.t1 - ctx.t0) / HOUR, bb.workday(tz))
            prompts = [texts.farfalle_prompt(rng, texts._clip(pick(rng, ctx.passages), 400, 2000, rng), style)
                       for _ in range(len(ts))]
            extra = np.clip(rng.lognormal(np.log(float(rng.uniform(1500, 6000))), 0.7, size=len(ts)), 0, 100000)
            ctx.emit(rng, a, ts, prompts, models=_after(ctx, rng, ts, switch, 0.8),
                     comp_median=float(rng.uniform(250, 500)), extra=extra.astype(np.int64), err=0.01)


# --------------------------------------------------------------------------------------------
# rigatoni — production answer-quality monitoring: 2-4 companies score a sample of their own
# support bot's answers around the clock (question, retrieved passages, answer, a small rubric),
# GCP, an async HTTP client, very short JSON verdicts, often on the small model.


def rigatoni(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rigatoni"
    for company in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
        ips = bb.cloud(rng, irange(rng, 3, 8), "gcp")
        peak, depth = float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6))
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label="benign", family=kind, role="evaluator", org=org, pay=pay, ua=ua, ips=ips)
            rate = float(rng.uniform(8, 20))
            ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, depth))
            prompts = [texts.rigatoni_prompt(rng, texts._clip(pick(rng, ctx.chat), 30, 200, rng),
                                             texts._clip(pick(rng, ctx.passages), 300, 900, rng),
                                             texts._clip(pick(rng, ctx.passages), 200, 600, rng), company)
                       for _ in range(len(ts))]
            comp = float(rng.uniform(40, 80)) if company % 2 == 0 else float(rng.uniform(60, 140))
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5), comp_median=comp,
                     comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# cavatappi — regression suites around a model upgrade: 4-8 product companies run a fixed suite
# (the same prompts every run) nightly from CI runners (Azure, a new runner address per run) on
# the old model; a few hours after the release each opens a fresh key for the new model and runs
# the suite 2-3 times that day (the old key re-runs alongside for comparison), then nightly on
# both.


def cavatappi(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cavatappi"
    runners = bb.cloud(rng, 60, "azure")
    for c in range(irange(rng, 4, 8)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1", "OpenAI/NodeJS 4.85.1"))
        suite = f"suite-{pick(rng, ('checkout', 'helpdesk', 'onboarding', 'search', 'copilot'))}-{c}"
        base = [texts._clip(x, 20, 600, rng) for x in bb.picks(rng, ctx.chat, irange(rng, 80, 300))]
        prompts = [texts.cavatappi_prompt(rng, i, b, suite) for i, b in enumerate(base)]
        gap = float(rng.uniform(0.3, 1.5))
        nightly_h = float(rng.uniform(0, 5))
        old = ctx.account(rng, label="benign", family=kind, role="ci_old", org=org, pay=pay, ua=ua,
                          ips=bb.picks(rng, runners, 3))
        opened = ctx.release + float(rng.uniform(1, 10)) * HOUR
        new = ctx.account(rng, label="benign", family=kind, role="ci_new", org=org, pay=pay, ua=ua,
                          ips=bb.picks(rng, runners, 3))

        def run(acct: bb.Acct, start: float, model: str, prompts: list[str] = prompts, gap: float = gap) -> None:
            ts = start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(prompts) - 1))])
            ctx.emit(rng, acct, ts, prompts, models=model, ips=pick(rng, runners), comp_median=350.0, err=0.02)

        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            t = day0 + d * DAY + nightly_h * HOUR
            if t < ctx.t1:
                run(old, t, ctx.old_models[0])
                if t > opened:
                    run(new, t + float(rng.uniform(0, 1800)), ctx.new_model)
        for _ in range(irange(rng, 2, 3)):
            t = opened + float(rng.uniform(0, 20)) * HOUR
            run(new, t, ctx.new_model)
            if chance(rng, 0.6):
                run(old, t + float(rng.uniform(0, 600)), ctx.old_models[0])


# --------------------------------------------------------------------------------------------
# tortellini — translation agencies: 1-2 agencies, each 12-30 freelancers working from home in
# their own time zones through the agency's CAT-tool plugin (one distinctive user agent), all
# billed to the agency card under one org; segment translation with tags and glossaries, output
# length tracking the segment.


def tortellini(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tortellini"
    for ag in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("LinguaBridge-CAT/2.4.1 (Windows NT 10.0; .NET 8.0)",
                        "TermFlow-MT-Plugin/5.0.3 (Macintosh; Java 21)"))
        clients = [f"{pick(rng, ('Nordlicht', 'Vela', 'Kestrel', 'Orbis', 'Mariner', 'Tacoma'))} "
                   f"{pick(rng, ('GmbH', 'Inc', 'SA', 'Ltd', 'KK'))}" for _ in range(irange(rng, 3, 8))]
        p_new = float(rng.uniform(0.2, 0.6))
        for _ in range(irange(rng, 12, 30)):
            tz = pick(rng, bb.TZS)
            a = ctx.account(rng, label="benign", family=kind, role=f"freelancer_{ag}", org=org, pay=pay, ua=ua,
                            ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
            targets = [str(x) for x in rng.choice(texts._TARGET, size=irange(rng, 1, 2), replace=False)]
            sess = bb.session_times(rng, ctx.t0, ctx.t1, per_day=float(rng.uniform(0.7, 2.5)), curve=bb.workday(tz),
                                    size_mean=float(rng.uniform(12, 35)), gap_median=float(rng.uniform(15, 60)))
            ts = np.concatenate(sess) if sess else np.empty(0)
            segs = [texts._clip(pick(rng, ctx.passages), 80, 600, rng) for _ in range(len(ts))]
            prompts = [texts.tortellini_prompt(rng, s, pick(rng, targets), pick(rng, clients)) for s in segs]
            comp = np.asarray([max(20.0, len(s) / 4 * 1.2) for s in segs])
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp,
                     comp_sigma=0.25, err=0.005)


# --------------------------------------------------------------------------------------------
# gemelli — coding-assistant products: 2-3 startups relay their users' agent sessions (a request,
# then many tool outputs: diffs, build results, file listings) from autoscaled AWS/GCP fleets;
# developers worldwide so a multi-office day; quick to adopt the new model.


def gemelli(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gemelli"
    for product in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12", "axios/1.7.9"))
        ips = bb.cloud(rng, irange(rng, 8, 25), pick(rng, ("aws", "gcp")))
        curve = bb.multi_office([-8, -5, 1, 8])
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(rng, label="benign", family=kind, role="product", org=org, pay=pay, ua=ua, ips=ips)
            rate = float(rng.uniform(3, 7))
            gap = float(rng.uniform(3, 15))
            base, growth = irange(rng, 3000, 12000), irange(rng, 400, 1500)
            starts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 0.5 * (ctx.t1 - ctx.t0) / HOUR, curve)
            ts_all, prompts, extra = [], [], []
            for s in starts.tolist():
                k = 1 + int(rng.geometric(1 / 12))
                k = min(k, 40)
                ts_all.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))]))
                prompts.extend(texts.gemelli_prompt(rng, j, product % 2) for j in range(k))
                # system prompt, repository context and the transcript so far travel with each call
                extra.extend(min(120000, base + growth * j) for j in range(k))
            ts = np.concatenate(ts_all) if ts_all else np.empty(0)
            ctx.emit(rng, a, ts, prompts, models=_after(ctx, rng, ts, ctx.release, 0.85),
                     comp_median=float(rng.uniform(250, 600)), extra=np.asarray(extra, dtype=np.int64), err=0.01)


BENIGN_KINDS = {
    "cavatappi": cavatappi,
    "farfalle": farfalle,
    "gemelli": gemelli,
    "orecchiette": orecchiette,
    "rigatoni": rigatoni,
    "tortellini": tortellini,
}
