"""Hard-negative benign kinds of blind batch 22 (code names only; what each is lies in README.md and
the comments here). Each is `kind(ctx, rng)`; account numbers scale with the background's size
(the base counts are for 2,000 background accounts, at least 2 accounts each)."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind22 import texts as tx

_NAMES = ("cello", "harp", "lute", "oboe", "viola")


def _count(ctx: Ctx, rng: np.random.Generator, base: float) -> int:
    n_bg = sum(1 for v in ctx.truth["accounts"].values() if v["label"] == "benign" and v["family"] not in _NAMES)
    return max(2, int(rng.poisson(base * n_bg / 2000.0)))


# --------------------------------------------------------------------------------------------
# cello: software teams whose CI pipelines ask the model for synthetic test fixtures (fake records
# as JSON). Every CI run fires a fast burst from a fresh hosted-runner address; the suite's prompts
# are fixed, so identical prompts recur run after run; office hours of the team; about half the
# teams point CI at the new model within a day of its release.


def cello(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(ctx, rng, 14)):
        tz = pick(rng, bb.TZS)
        a = ctx.account(rng, label="benign", family="cello", role="ci", ua=pick(rng, bb.SDK_COMMON[:2]),
                        ips=bb.cloud(rng, 1, "azure"), tz=tz)
        suite = tx.cello_suite(rng, irange(rng, 10, 40))
        runs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 15)) * 7, bb.workday(tz, weekend=0.1))
        size = float(rng.uniform(3, 15))
        switch = ctx.release + float(rng.uniform(0, 24)) * HOUR if chance(rng, 0.5) else np.inf
        for t in bb.bursts(rng, runs, size, 0.8, 0.7, b=ctx.t1):
            if len(t) == 0:
                continue
            idx = rng.integers(0, len(suite), size=len(t))
            model = ctx.new_model if t[0] >= switch else ctx.old_models[0]
            ctx.emit(rng, a, t, [suite[i] for i in idx.tolist()], models=model,
                     ips=bb.cloud(rng, 1, "azure")[0], comp_median=600.0, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# harp: marketing agencies with one key per client project under one org and one card, from the
# office's cloud NAT; copywriting all week; after the release most keys run a comparison sweep
# that sends the same prompt to the old and the new model seconds apart.


def harp(ctx: Ctx, rng: np.random.Generator) -> None:
    n_total = _count(ctx, rng, 12)
    made = 0
    while made < n_total:
        k = min(n_total - made, irange(rng, 4, 9))
        tz = pick(rng, bb.TZS)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        nat = bb.cloud(rng, 2, pick(rng, ("aws", "gcp")))
        ua = bb.sdk_ua(rng, 0.7)
        for _ in range(k):
            client = f"{pick(rng, bb.NAMES)} {pick(rng, ('Foods', 'Labs', 'Travel', 'Health', 'Studio', 'Motors'))}"
            a = ctx.account(rng, label="benign", family="harp", role="client_project", org=org, pay=pay, ua=ua,
                            ips=nat, tz=tz)
            sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), bb.workday(tz), 6.0, 45.0)
            if sess:
                ts = np.concatenate(sess)
                ctx.emit(rng, a, ts, [tx.harp_prompt(rng, client) for _ in range(len(ts))],
                         models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3), comp_median=300.0)
            if chance(rng, 0.7):
                m = irange(rng, 30, 120)
                starts = bb.thinned(rng, ctx.release, min(ctx.t1, ctx.release + 2 * DAY), m, bb.workday(tz))
                prompts = [tx.harp_prompt(rng, client) for _ in range(len(starts))]
                for model, lag in ((ctx.old_models[0], 0.0), (ctx.new_model, 1.0)):
                    ts = starts + lag * rng.uniform(1, 5, size=len(starts))
                    ctx.emit(rng, a, ts, prompts, models=model, comp_median=300.0)
        made += k


# --------------------------------------------------------------------------------------------
# lute: individual developers running an open-source coding agent on their own machine: episodes
# of many quick steps with a growing context, office hours at home, a handful of agent user
# agents; they jump to the new model as soon as it exists.

LUTE_UAS = ("aider/0.72.1", "Cline/3.2.0", "opencode/0.3.12", "continue/0.9.250", "OpenAI/Python 1.58.1")


def lute(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(ctx, rng, 25)):
        tz = pick(rng, bb.TZS)
        tool = pick(rng, LUTE_UAS)
        a = ctx.account(rng, label="benign", family="lute", role="developer", ua=tool,
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        eps = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 10)) * 7, bb.workday(tz, weekend=0.2))
        gap = float(rng.uniform(4, 15))
        growth = float(rng.uniform(600, 1500))
        ts_all, pr, ex = [], [], []
        for s in eps.tolist():
            k = 2 + int(rng.negative_binomial(2, 2 / (2 + 12)))
            ts_all.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.9, size=k - 1))]))
            goal = pick(rng, tx.LUTE_GOALS)
            pr += [tx.lute_step(rng, goal, j, tool.split("/")[0]) for j in range(k)]
            ex += [min(100_000, int(2000 + j * growth)) for j in range(k)]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, pr, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.15), comp_median=250.0,
                 comp_sigma=0.8, extra=np.array(ex), err=0.01)


# --------------------------------------------------------------------------------------------
# oboe: publishers and ed-tech firms producing accessible (plain-language / graded-reader)
# editions: a job walks one manuscript chunk by chunk at a steady pace, a job or two per working
# day, from a cloud backend; each firm its own language and target level.


def oboe(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(ctx, rng, 6)):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, ("en", "en", "es", "de", "fr"))
        grade = pick(rng, tx.GRADES)
        a = ctx.account(rng, label="benign", family="oboe", role="backend", ua=bb.sdk_ua(rng),
                        ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws"))), tz=tz)
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)) * 5, bb.workday(tz, weekend=0.0))
        gap = float(rng.uniform(5, 20))
        for s in jobs.tolist():
            book = tx.book_title(rng)
            k = irange(rng, 30, 200)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
            prompts = [tx.oboe_prompt(rng, ctx.passages, lang, grade, book, j + 1) for j in range(k)]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.0), comp_median=700.0,
                     comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# viola: students and hobbyist mathematicians asking for worked step-by-step solutions, at home in
# the evenings and at weekends; some loop over a problem set from a notebook (short regular gaps),
# others type by hand; a fifth of their messages are ordinary chat.


def viola(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(_count(ctx, rng, 18)):
        tz = pick(rng, bb.TZS)
        script = chance(rng, 0.6)
        a = ctx.account(rng, label="benign", family="viola", role="individual",
                        ua=bb.sdk_ua(rng, 0.8) if script else pick(rng, bb.BROWSERS),
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        size = float(rng.uniform(5, 40)) if script else float(rng.uniform(2, 6))
        gap = 25.0 if script else 120.0
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.5)), bb.evening_person(tz), size,
                                gap, 0.5 if script else 0.8)
        if not sess:
            continue
        ts = np.concatenate(sess)
        mine = irange(rng, 0, 2)
        chat = rng.random(len(ts)) < 0.2
        prompts = [pick(rng, ctx.chat) if c else tx.viola_prompt(rng, mine) for c in chat.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
                 comp_median=np.where(chat, 350.0, 1200.0), err=0.005)


BENIGN_KINDS = {
    "cello": cello,
    "harp": harp,
    "lute": lute,
    "oboe": oboe,
    "viola": viola,
}
