"""Hard-negative benign kinds of blind batch 37 (code names only; descriptions in README.md).

Each kind is `fn(ctx, rng)`: legitimate API customers whose traffic looks superficially like
harvesting. All parameters are drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind37 import texts as T

BEN = "benign"


# --------------------------------------------------------------------------------------------
# rigger — a translation agency's CAT tool (Java) on Azure sends documents segment by segment
# (tight trains of short templated prompts) for several offices in different time zones, one org,
# one card; some QA-check prompts; mostly the old models, slow adoption of the new one.


def rigger(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "azure")
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "okhttp/4.12.0"))
    n = irange(rng, 3, 6)
    clients = [f"{pick(rng, T.NAMES)} {pick(rng, ('GmbH', 'Legal LLP', 'S.A.', 'Pharma', 'Insurance', 'Holdings'))}"
               for _ in range(8)]
    for _ in range(n):
        tz = int(pick(rng, (1, -5, 9, 8, 0, 2)))
        langs = rng.choice(list(T.TARGETS), irange(rng, 2, 4), replace=False).tolist()
        acct = ctx.account(rng, label=BEN, family="rigger", role="office", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        docs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, workday(tz))
        tr = bursts(rng, docs, float(rng.uniform(25, 110)), float(rng.uniform(1.2, 4.0)), b=ctx.t1)
        ts, prompts = [], []
        for t in tr:
            lang, client = pick(rng, langs), pick(rng, clients)
            passage = pick(rng, ctx.passages)
            for x in t.tolist():
                ts.append(x)
                prompts.append(T.rigger_prompt(rng, T.sentences(passage, rng), lang, client))
        if not ts:
            ts, prompts = [ctx.t0 + DAY], [T.rigger_prompt(rng, "Hello.", langs[0], clients[0])]
        t = np.asarray(ts)
        comp = np.asarray([max(20.0, len(p) / 4 * 0.6) for p in prompts])
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, p_new=0.25, p_mini=0.4), comp_median=comp,
                 comp_sigma=0.3, err=0.01)


# --------------------------------------------------------------------------------------------
# coxswain — an education product's question-bank pipeline: every night a batch job per subject
# generates practice problems with full step-by-step worked solutions (long answers, templated,
# cloud-hosted), plus content editors' daytime requests from the office. Trials the new model.


def coxswain(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 5, 1)))
    vms = cloud(rng, irange(rng, 2, 4), "gcp")
    office = home(rng, 1, tz)
    subjects = rng.choice(list(T.SUBJECTS), irange(rng, 2, 4), replace=False).tolist()
    item = irange(rng, 10000, 90000)
    for subj in subjects:
        acct = ctx.account(rng, label=BEN, family="coxswain", role="bank_pipeline", org=org, pay=pay,
                           ua="OpenAI/Python 1.58.1", ips=vms, tz=tz)
        per_night = float(rng.uniform(150, 420))
        start_h, hours = float(rng.uniform(0.5, 2.5)), float(rng.uniform(1.5, 2.5))
        night = thinned(rng, ctx.t0, ctx.t1, per_night * 7, nightly(start_h, hours, tz))
        prompts = []
        for _ in range(len(night)):
            item += 1
            prompts.append(T.coxswain_item(rng, subj, item))
        ctx.emit(rng, acct, night, prompts, models=ctx.models(rng, night, p_new=0.5, p_mini=0.1), comp_median=1100.0,
                 comp_sigma=0.35, err=0.01)
        # editors, same key, from the office, office hours
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), workday(tz), 4.0, 90.0)
        if sess:
            t = np.concatenate(sess)
            ctx.emit(rng, acct, t, [T.coxswain_edit(rng, subj) for _ in range(len(t))],
                     models=ctx.models(rng, t, p_new=0.3, p_mini=0.05), ips=office[0], ua=pick(rng, BROWSERS),
                     comp_median=450.0)


# --------------------------------------------------------------------------------------------
# oarlock — RAG evaluation in CI: every merge runs a fixed smoke subset of a team's test set
# (identical prompts each run), nightly runs the full set, each followed by an LLM-as-judge grading
# pass; every run comes from a fresh hosted-runner address. After the release some runs A/B the new
# model.


def oarlock(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 2, 5)
    for _ in range(n):
        tz = int(pick(rng, (-8, -5, 0, 1, 2)))
        acct = ctx.account(rng, label=BEN, family="oarlock", role="ci_team", org=org, pay=pay,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")), ips=cloud(rng, 1, "azure"), tz=tz)
        k = irange(rng, 80, 220)
        cases = [(f"case-{j:04d}", T.clip_words(pick(rng, ctx.chat), 6, 40, rng), pick(rng, ctx.passages)) for j in range(k)]
        case_prompts = [T.oarlock_case(rng, p, q) for _, q, p in cases]
        judge_prompts = [T.oarlock_judge(cid, q) for cid, q, _ in cases]
        smoke = rng.choice(k, irange(rng, 25, 60), replace=False)
        prod = ctx.old_models[0] if chance(rng, 0.6) else ctx.old_models[-1]
        merges = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 5)) * 7, workday(tz))
        nightly_runs = ctx.t0 + (np.arange(8) + (float(rng.uniform(1.5, 3.5)) - tz) / 24.0) * DAY
        runs = [(t, smoke) for t in merges.tolist()] + [(t, np.arange(k)) for t in nightly_runs.tolist()]
        for t_run, idx in runs:
            if t_run >= ctx.t1:
                continue
            ip = cloud(rng, 1, "azure")[0]
            m = len(idx)
            t_ans = t_run + np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=m))
            t_jud = t_ans[-1] + 5 + np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=m))
            model = ctx.new_model if (t_run >= ctx.release and chance(rng, 0.4)) else prod
            ctx.emit(rng, acct, t_ans, [case_prompts[i] for i in idx.tolist()], models=model, ips=ip,
                     comp_median=220.0, comp_sigma=0.5)
            ctx.emit(rng, acct, t_jud, [judge_prompts[i] for i in idx.tolist()], models=ctx.old_models[0], ips=ip,
                     comp_median=60.0, comp_sigma=0.3)


# --------------------------------------------------------------------------------------------
# stretcher — a writing-assistant SaaS: a production key (plus staging) wraps its end users' text
# with an app prefix; traffic follows worldwide load, egresses from several AWS hosts, one Node SDK.


def stretcher(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Quillory", "Draftly", "Penwise", "Scribemate", "Wordhaus"))
    hosts = cloud(rng, irange(rng, 4, 10), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    prod = ctx.account(rng, label=BEN, family="stretcher", role="prod_key", org=org, pay=pay, ua=ua, ips=hosts)
    stage = ctx.account(rng, label=BEN, family="stretcher", role="staging_key", org=org, pay=pay, ua=ua,
                        ips=hosts[:2])
    rate = float(rng.uniform(25, 60))
    t = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(float(rng.uniform(13, 17)), 0.7))
    texts = [pick(rng, ctx.chat) if chance(rng, 0.6) else T.clip_words(pick(rng, ctx.passages), 30, 200, rng)
             for _ in range(len(t))]
    ctx.emit(rng, prod, t, [T.stretcher_wrap(rng, brand, x) for x in texts],
             models=ctx.models(rng, t, p_new=0.15, p_mini=0.3), comp_median=420.0)
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)) * 45, workday(int(pick(rng, (-8, 0, 1)))))
    if len(ts) == 0:
        ts = np.asarray([ctx.t0 + DAY])
    ctx.emit(rng, stage, ts, [T.stretcher_wrap(rng, brand + "-staging", pick(rng, ctx.chat)) for _ in range(len(ts))],
             models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0), comp_median=420.0)


# --------------------------------------------------------------------------------------------
# ergo — developers and enthusiasts signing up right after the release to try the new model:
# many fresh small accounts, puzzles and "think step by step", sometimes the same prompt sent to
# the old and the new model back to back; home addresses, a few from cloud dev boxes.


def ergo(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 40, 90)
    wait = float(rng.uniform(5, 12)) * HOUR
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ips = cloud(rng, 1) if chance(rng, 0.15) else home(rng, irange(rng, 1, 2), tz)
        r = rng.random()
        ua = pick(rng, BROWSERS) if r < 0.4 else ("curl/8.5.0" if r < 0.6 else sdk_ua(rng))
        acct = ctx.account(rng, label=BEN, family="ergo", role="tryout", ua=ua, ips=ips, tz=tz)
        start = ctx.release + float(rng.gamma(1.5, wait / 1.5))
        end = min(ctx.t1, start + float(rng.uniform(0.5, 2.5)) * DAY)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.5)
        sess = session_times(rng, start, end, float(rng.uniform(1, 3)), curve, float(rng.uniform(4, 12)),
                             float(rng.uniform(40, 150)))
        t = np.concatenate(sess) if sess else np.asarray([start])
        t = t[t < ctx.t1]
        if len(t) == 0:
            t = np.asarray([min(start, ctx.t1 - 60)])
        prompts, models, ts = [], [], []
        for x in t.tolist():
            p = T.ergo_prompt(rng)
            ts.append(x)
            prompts.append(p)
            models.append(ctx.new_model if x >= ctx.release else ctx.old_models[0])
            if chance(rng, 0.25):
                ts.append(x + float(rng.uniform(3, 40)))
                prompts.append(p)
                models.append(ctx.old_models[0])
        order = np.argsort(np.asarray(ts), kind="stable")
        ctx.emit(rng, acct, np.asarray(ts)[order], [prompts[i] for i in order.tolist()],
                 models=[models[i] for i in order.tolist()], comp_median=600.0, comp_sigma=0.7)


BENIGN_KINDS = {"rigger": rigger, "coxswain": coxswain, "oarlock": oarlock, "stretcher": stretcher, "ergo": ergo}
