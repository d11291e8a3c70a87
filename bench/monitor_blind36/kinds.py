"""Hard-negative benign kinds of blind batch 36: legitimate API customers whose traffic looks, on
the surface, like harvesting (templated, automated, high-volume, long answers, many keys, cloud or
many addresses, fresh at the release). Each is a generator `(ctx, rng) -> None`. Code names are
neutral (beekeeping terms); what each is lives in the comments here and in README.md."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick
from bench.monitor_blind36 import texts as T

BENIGN = "benign"


# --------------------------------------------------------------------------------------------
def propolis(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """An exam-prep company writing student-facing explanations for its question bank: one org and
    card, a production key and a content-team key, two or three cloud NAT addresses, the official
    SDK. Workday generation by the content pipeline in its time zone, plus a large overnight
    backfill on one or two nights after the new model comes out (they regenerate the bank with
    it). Templated prompts around generated problems; medium-long answers."""
    kind = "propolis"
    tz = pick(rng, (-5, -8, 0, 1, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = B.cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    prod = ctx.account(rng, label=BENIGN, family=kind, role="pipeline", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
    team = ctx.account(rng, label=BENIGN, family=kind, role="content_team", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
    style = irange(rng, 0, 1)
    work_rate = float(rng.uniform(35, 80))  # per working hour, about 9 working hours on each weekday
    day = B.thinned(rng, ctx.t0, ctx.t1, work_rate * 9 * 5 * (ctx.t1 - ctx.t0) / (7 * DAY), B.workday(tz))
    nights = []
    for k in range(irange(rng, 1, 2)):
        s = ctx.release + (k + float(rng.uniform(0.3, 1.2))) * DAY
        nights.append(B.thinned(rng, s, s + float(rng.uniform(4, 7)) * HOUR, float(rng.uniform(900, 1800)), B.constant))
    ts = np.sort(np.concatenate([day, *nights]))
    ctx.emit(rng, prod, ts, [T.explain_item_prompt(rng, style) for _ in range(len(ts))],
             models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1), comp_median=430.0, comp_sigma=0.35, err=0.01)
    sess = B.session_times(rng, ctx.t0, ctx.t1, 3.0, B.workday(tz), 6.0, 45.0)
    ts2 = np.concatenate(sess) if sess else np.empty(0)
    ctx.emit(rng, team, ts2, [T.explain_item_prompt(rng, 1 - style) if chance(rng, 0.7) else pick(rng, ctx.chat)
                              for _ in range(len(ts2))], models=ctx.models(rng, ts2, p_new=0.6), comp_median=420.0)


# --------------------------------------------------------------------------------------------
def brood_box(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Prompt-regression CI of a SaaS company: a fixed suite of product test cases (identical text
    every run) fired with some concurrency every night and on merges during the working day, from
    a fresh hosted-runner address each run. Once the new model is out, every case also goes to it
    for an A/B comparison, and a staging key re-runs the full suite several times that day."""
    kind = "brood_box"
    tz = pick(rng, (-8, -5, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    suite = T.regression_suite(rng, ctx.chat, irange(rng, 110, 260))
    med = rng.lognormal(np.log(180), 0.6, size=len(suite))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "OpenAI/NodeJS 4.85.1"))
    ci = ctx.account(rng, label=BENIGN, family=kind, role="ci", org=org, pay=pay, ua=ua, ips=B.cloud(rng, 1, "azure"), tz=tz)
    stg = ctx.account(rng, label=BENIGN, family=kind, role="staging", org=org, pay=pay, ua=ua,
                      ips=B.cloud(rng, 1, "azure"), tz=tz)
    days = np.arange(np.floor(ctx.t0 / DAY) * DAY, ctx.t1, DAY)
    runs = [(float(d) + (2.0 - tz) % 24 * HOUR + float(rng.uniform(0, 20)) * MINUTE, ci, 1.0) for d in days]
    merges = B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, B.workday(tz, weekend=0.0))
    runs += [(float(s), ci, 0.3) for s in merges]  # merges run the smoke subset
    runs += [(ctx.release + float(rng.uniform(1, 10)) * HOUR, stg, 1.0) for _ in range(irange(rng, 2, 5))]
    for s, acct, frac in runs:
        idx = np.flatnonzero(rng.random(len(suite)) < frac) if frac < 1 else np.arange(len(suite))
        dur = float(rng.uniform(4, 15)) * MINUTE
        ts = s + np.sort(rng.uniform(0, dur, size=len(idx)))
        after = s >= ctx.release
        old = pick(rng, ctx.old_models[:1] * 3 + ctx.old_models[-1:])
        models = [old] * len(idx)
        prompts = [suite[i] for i in idx.tolist()]
        comp = med[idx]
        if after:
            ts = np.concatenate([ts, ts + rng.uniform(0.2, 3.0, size=len(ts))])
            models = models + [ctx.new_model] * len(idx)
            prompts = prompts + prompts
            comp = np.concatenate([comp, comp * 1.1])
        ip = B.cloud(rng, 1, "azure")[0]
        ctx.emit(rng, acct, ts, prompts, models=models, ips=ip, comp_median=comp, comp_sigma=0.25, err=0.005)


# --------------------------------------------------------------------------------------------
def capping(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """A legal-tech platform that provisions one key per client workspace (same org, same card):
    contract review on uploaded documents, long inputs (big extra prompt tokens) and structured
    outputs, called from the platform's servers in two cloud regions. Each client uploads data
    rooms in bursts during its own working day."""
    kind = "capping"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    servers = B.cloud(rng, irange(rng, 2, 4), "aws") + B.cloud(rng, irange(rng, 1, 3), pick(rng, ("azure", "gcp")))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.58.1"))
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 8, 9))
        a = ctx.account(rng, label=BENIGN, family=kind, role="tenant", org=org, pay=pay, ua=ua, ips=servers, tz=tz)
        starts = B.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 14)), B.workday(tz))  # uploads per window
        parts = B.bursts(rng, starts, float(rng.uniform(6, 30)), float(rng.uniform(4, 20)), 0.8, b=ctx.t1)
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        style = irange(rng, 0, 1)
        ctx.emit(rng, a, ts, [T.contract_prompt(rng, ctx.passages, style) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=float(rng.uniform(0.0, 0.8))), comp_median=float(rng.uniform(550, 900)),
                 extra=rng.integers(1500, 20000, size=len(ts)), err=0.01)


# --------------------------------------------------------------------------------------------
def queen_excluder(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """Independent people using the same bring-your-own-key desktop writing app: one app user
    agent and the app's fixed action templates (rewrite, fix grammar, continue, summarise, free
    chat) around their own text, but separate orgs and cards, home addresses in their own time
    zones and human sessions. The app advertised the new model, so a fifth of them sign up on
    release day and most switch to it."""
    kind = "queen_excluder"
    app_ua = f"Quillmate/{irange(rng, 2, 3)}.{irange(rng, 0, 9)}.{irange(rng, 0, 20)} (Electron 32.2.0)"
    for _ in range(irange(rng, 40, 80)):
        tz = pick(rng, B.TZS)
        fresh = chance(rng, 0.2)
        a = ctx.account(rng, label=BENIGN, family=kind, role="app_user", ua=app_ua,
                        ips=B.home(rng, irange(rng, 1, 2), tz), tz=tz)
        start = ctx.release + float(rng.uniform(0, 1)) * DAY if fresh else B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        curve = B.workday(tz, weekend=0.2) if chance(rng, 0.5) else B.evening_person(tz)
        sess = B.session_times(rng, start, ctx.t1, float(rng.uniform(0.4, 2.5)), curve, float(rng.uniform(2, 6)),
                               float(rng.uniform(40, 200)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        pairs = [T.writing_app_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        p_new = 0.95 if (fresh or chance(rng, 0.6)) else 0.0
        ctx.emit(rng, a, ts, [p for p, _ in pairs], models=ctx.models(rng, ts, p_new=p_new, p_mini=0.2),
                 comp_median=np.asarray([m for _, m in pairs]), err=0.005)


# --------------------------------------------------------------------------------------------
def nectar_flow(ctx: B.Ctx, rng: np.random.Generator) -> None:
    """A mobile tutoring app for secondary-school students in India and Brazil that calls the API
    from the phone with short-lived tokens of its production keys (one per app store): every
    student session comes from a different carrier IPv6 address; prompts are the app's tutor
    template around a homework question (English, Hinglish, Portuguese) asking for step-by-step
    explanations. Evening homework peaks; the app moves to the new model a day or two after
    release."""
    kind = "nectar_flow"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    switch = ctx.release + float(rng.uniform(0.8, 2.2)) * DAY
    for store, ua, share in (("android", "okhttp/4.12.0", 0.75), ("ios", "CFNetwork/1568.300.101 Darwin/24.2.0", 0.25)):
        a = ctx.account(rng, label=BENIGN, family=kind, role=store, org=org, pay=pay, ua=ua,
                        ips=B.mobile_v6(rng, 1, "in_mobile"))
        ts_all, prompts, ips = [], [], []
        for tz, carrier, langs, n_sess in ((5, "in_mobile", ("hi", "en"), float(rng.uniform(900, 1700))),
                                           (-3, "br_mobile", ("pt",), float(rng.uniform(300, 700)))):
            sess = B.session_times(rng, ctx.t0, ctx.t1, n_sess * share / 7.0, B.evening_person(tz, 1.8),
                                   float(rng.uniform(2.5, 5)), float(rng.uniform(60, 180)))
            for s in sess:
                ip = B.mobile_v6(rng, 1, carrier)[0]
                ts_all.append(s)
                ips += [ip] * len(s)
                prompts += [T.tutor_prompt(rng, pick(rng, langs)) for _ in range(len(s))]
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        models = [ctx.new_model if t >= switch else ctx.old_models[-1] if chance(rng, 0.3) else ctx.old_models[0]
                  for t in ts.tolist()]
        ctx.emit(rng, a, ts, [prompts[i] for i in order.tolist()], models=models, ips=[ips[i] for i in order.tolist()],
                 comp_median=560.0, comp_sigma=0.45, err=0.01)


BENIGN_KINDS = {
    "propolis": propolis,
    "brood_box": brood_box,
    "capping": capping,
    "queen_excluder": queen_excluder,
    "nectar_flow": nectar_flow,
}
