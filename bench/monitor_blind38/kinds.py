"""Hard-negative benign kinds of blind batch 38 (written without reading the monitor).

Each kind is `f(ctx, rng)`: legitimate API customers who superficially resemble harvesting
(automated, high-volume, templated, cloud-hosted, long answers, many keys). Kind names are neutral
code names; what each does is in the comments and in README.md only.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, chance, irange, pick
from bench.monitor_blind38 import texts


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _chat(ctx, rng, n: int, cut: int = 2000) -> list[str]:
    return [ctx.chat[i][:cut] for i in rng.integers(0, len(ctx.chat), size=n).tolist()]


def _local_midnights(ctx, tz: int) -> list[float]:
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    return [first + d * DAY for d in range(int(np.ceil((ctx.t1 - first) / DAY)) + 1)]


def _emit_sorted(ctx, rng, acct, tt, pp, **kw) -> None:
    if not tt:
        return
    order = np.argsort(tt, kind="stable")
    for key in ("comp_median", "extra", "models"):
        if key in kw and isinstance(kw[key], list):
            kw[key] = [kw[key][i] for i in order]
            if key != "models":
                kw[key] = np.asarray(kw[key])
    ctx.emit(rng, acct, np.asarray(tt)[order], [pp[i] for i in order], **kw)


# --------------------------------------------------------------------------------------------
# hairspring: an educational publisher generating the worked-solutions manual for its textbooks.
# A pipeline key on a cloud VM walks the exercise catalogue a few nights a week (01:00 local, one
# request every ~12-25 s, long step-by-step answers). After the new model's release it re-runs a
# sample of already-done exercises on the new model, with identical prompts, to compare quality.
# One to three editors spot-check solutions during office hours from their own connections.


def hairspring(ctx, rng):
    kind = "hairspring"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    pipe = ctx.account(rng, label="benign", family=kind, role="pipeline", org=org, pay=pay,
                       ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                       ips=bb.cloud(rng, irange(rng, 1, 2), provider), tz=tz)
    books = rng.choice(len(texts.BOOKS), size=irange(rng, 2, 4), replace=False).tolist()
    catalog = [(texts.BOOKS[b], ch, ex) for b in books for ch in range(1, 13) for ex in range(1, irange(rng, 25, 60))]
    order = rng.permutation(len(catalog)).tolist()
    gap, comp = _u(rng, 12, 25), _u(rng, 700, 1100)
    mids = _local_midnights(ctx, tz)
    nights = sorted(rng.choice(len(mids), size=min(len(mids), irange(rng, 3, 5)), replace=False).tolist())
    done: list[str] = []
    tt, pp, mm = [], [], []
    cursor = 0
    for nd in nights:
        a = mids[nd] + (1.0 + _u(rng, 0, 0.5)) * HOUR
        b = a + _u(rng, 3, 4.5) * HOUR
        ts = a + np.cumsum(rng.lognormal(np.log(gap), 0.3, size=int(1.5 * (b - a) / gap)))
        for t in ts[ts < b].tolist():
            bk, ch, ex = catalog[order[cursor % len(order)]]
            cursor += 1
            p = texts.exercise(rng, bk, ch, ex)
            done.append(p)
            tt.append(t)
            pp.append(p)
            mm.append(ctx.old_models[0])
    after = [m for m in mids if m > ctx.release + 8 * HOUR]
    if after and done:
        a = pick(rng, after) + _u(rng, 10, 14) * HOUR  # a daytime comparison run
        sample = rng.choice(len(done), size=min(len(done), irange(rng, 150, 300)), replace=False).tolist()
        ts = a + np.cumsum(rng.lognormal(np.log(gap * 0.6), 0.3, size=len(sample)))
        tt.extend(ts.tolist())
        pp.extend(done[i] for i in sample)
        mm.extend([ctx.new_model] * len(sample))
    _emit_sorted(ctx, rng, pipe, tt, pp, models=mm, comp_median=comp, comp_sigma=0.4, err=0.005)
    for _ in range(irange(rng, 1, 3)):
        ed = ctx.account(rng, label="benign", family=kind, role="editor", org=org, pay=pay, ua=bb.sdk_ua(rng, 0.7),
                         ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 5), bb.workday(tz), _u(rng, 2, 5), 90.0)
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [("Check this worked solution for mistakes and suggest clearer wording:\n\n"
                    + pick(rng, ctx.passages)[:900]) if chance(rng, 0.6) else _chat(ctx, rng, 1)[0]
                   for _ in range(len(ts))]
        ctx.emit(rng, ed, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=400.0)


# --------------------------------------------------------------------------------------------
# bezel: a legitimate LLM routing gateway reselling access to its own end users. Production keys
# egress from a few fixed cloud NAT addresses and carry a diverse stream of real end-user prompts
# around the clock (worldwide load), migrating gradually to the new model after release; a staging
# key fires the same dozen smoke-test prompts in bursts whenever CI runs during office hours.

SMOKE = ("Say hello.", "What is 2+2?", "Return the JSON {\"ok\": true} and nothing else.",
         "Translate 'good morning' to French.", "List three primary colours.", "Write one sentence about the sea.",
         "Respond with the word PONG.", "Summarise: The quick brown fox jumps over the lazy dog.",
         "What day comes after Monday?", "Give me a haiku about routers.", "Count from 1 to 5.", "Echo: test-123")


def bezel(ctx, rng):
    kind = "bezel"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure", "digitalocean"))
    tz = pick(rng, TZS)
    n_prod = irange(rng, 1, 2)
    per_hour = _u(rng, 30, 70)
    peak, ramp = _u(rng, 12, 20), _u(rng, 1, 3) * DAY
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.5))
    who = rng.integers(0, n_prod, size=len(ts))
    for i in range(n_prod):
        acct = ctx.account(rng, label="benign", family=kind, role="gateway", org=org, pay=pay, ua="python-httpx/0.28.1",
                           ips=bb.cloud(rng, irange(rng, 3, 8), provider), tz=tz)
        mine = ts[who == i]
        u = rng.random(len(mine))
        p_new = np.clip(0.15 + 0.55 * (mine - ctx.release) / ramp, 0.15, 0.7)
        models = [new if (t >= ctx.release and x < p) else (mini if x > 0.8 else old)
                  for t, x, p in zip(mine.tolist(), u.tolist(), p_new.tolist(), strict=True)]
        ctx.emit(rng, acct, mine, _chat(ctx, rng, len(mine)), models=models, comp_median=350.0, comp_sigma=0.8, err=0.02)
    stage = ctx.account(rng, label="benign", family=kind, role="staging", org=org, pay=pay, ua="python-httpx/0.28.1",
                        ips=bb.cloud(rng, 1, provider), tz=tz)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 3, 8) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz))
    runs = bb.bursts(rng, starts, len(SMOKE), 0.6, 0.4)
    st = np.concatenate(runs) if runs else np.empty(0)
    prompts = [SMOKE[j % len(SMOKE)] for r in runs for j in range(len(r))]
    ctx.emit(rng, stage, st, prompts, models=ctx.models(rng, st, p_new=0.5), comp_median=12.0, comp_sigma=0.6)


# --------------------------------------------------------------------------------------------
# keyless: a software company whose engineers use an agentic coding assistant in their IDE, one
# key per engineer under the company org and card. Work-hour sessions of many quick calls (the
# agent loops over tool results), very long and growing contexts, office egress plus home ISPs.


def keyless(ctx, rng):
    kind = "keyless"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = [pick(rng, TZS) for _ in range(irange(rng, 1, 2))]
    office_ips = {tz: bb.home(rng, 2, tz) for tz in offices}
    for _ in range(irange(rng, 10, 28)):
        tz = pick(rng, offices)
        ips = office_ips[tz] + bb.home(rng, 1, tz)
        acct = ctx.account(rng, label="benign", family=kind, role="engineer", org=org, pay=pay,
                           ua=f"agentic-ide/0.9.{irange(rng, 3, 7)} OpenAI/NodeJS 4.85.1", ips=ips, tz=tz)
        base, inc = _u(rng, 3000, 9000), _u(rng, 400, 1500)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 6), bb.workday(tz), _u(rng, 6, 18), _u(rng, 5, 15), 0.9)
        tt, pp, ex = [], [], []
        for s in sess:
            for k, t in enumerate(s.tolist()):
                tt.append(t)
                pp.append(texts.ide_text(rng, k == 0))
                ex.append(int(min(120_000, base + k * inc)))
        _emit_sorted(ctx, rng, acct, tt, pp, models=ctx.models(rng, np.asarray(tt), p_new=0.6),
                     comp_median=_u(rng, 250, 500), extra=ex, err=0.01)


# --------------------------------------------------------------------------------------------
# motionwork: a city agency's multilingual public-notice pipeline. On weekdays, cron jobs at 09:00,
# 13:00 and 16:00 local take the day's notices and request one plain-language rewrite plus one
# translation per supported language of the same text, seconds apart, from a cloud VM; answer
# length follows the notice length. A staff member also uses the API by hand in office hours.


def motionwork(ctx, rng):
    kind = "motionwork"
    tz = pick(rng, (-8, -5, 1))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    pipe = ctx.account(rng, label="benign", family=kind, role="pipeline", org=org, pay=pay,
                       ua=pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                       ips=bb.cloud(rng, irange(rng, 1, 2), "azure"), tz=tz)
    langs = [texts.NOTICE_LANGS[i] for i in rng.choice(len(texts.NOTICE_LANGS), size=irange(rng, 4, 10), replace=False)]
    tt, pp, cc = [], [], []
    for mid in _local_midnights(ctx, tz):
        if bb.weekday(np.array([mid + 12 * HOUR]), tz)[0] >= 5:
            continue
        for hour in (9.0, 13.0, 16.0):
            if not chance(rng, 0.8):
                continue
            t = mid + hour * HOUR + _u(rng, 0, 10) * MINUTE
            for _ in range(irange(rng, 2, 10)):
                ntype = pick(rng, texts.NOTICE_TYPES)
                base = pick(rng, ctx.passages)[: irange(rng, 300, 1200)]
                for lang in [None, *langs]:
                    t += float(rng.lognormal(np.log(3.0), 0.4))
                    tt.append(t)
                    pp.append(texts.notice(rng, ntype, base, lang))
                    cc.append(len(base) / 4 * (0.8 if lang is None else 1.3))
    _emit_sorted(ctx, rng, pipe, tt, pp, models=ctx.models(rng, np.asarray(tt), p_new=0.1, p_mini=0.0),
                 comp_median=cc, comp_sigma=0.25, err=0.005)
    staff = ctx.account(rng, label="benign", family=kind, role="staff", org=org, pay=pay, ua=pick(rng, bb.BROWSERS),
                        ips=bb.home(rng, 1, tz), tz=tz)
    sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 4), bb.workday(tz), 3.0, 120.0)
    ts = np.concatenate(sess) if sess else np.empty(0)
    ctx.emit(rng, staff, ts, _chat(ctx, rng, len(ts)), models=ctx.models(rng, ts, p_new=0.3), comp_median=350.0)


# --------------------------------------------------------------------------------------------
# ratchet: a market-research team piloting questionnaires on simulated respondents. A few analysts
# launch runs from hosted notebooks (a fresh cloud address per run) in office hours: a grid of
# personas x survey questions, one model per run (they compare models), short answers.


def ratchet(ctx, rng):
    kind = "ratchet"
    tz = pick(rng, TZS)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    analysts = [ctx.account(rng, label="benign", family=kind, role="analyst", org=org, pay=pay,
                            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2")),
                            ips=bb.cloud(rng, 1, "gcp"), tz=tz) for _ in range(irange(rng, 1, 3))]
    n_runs = irange(rng, 3, 8)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, 3 * n_runs, bb.workday(tz))
    starts = np.sort(rng.choice(starts, size=min(n_runs, len(starts)), replace=False)) if len(starts) else starts
    comp = _u(rng, 90, 160)
    per = {a.id: ([], [], [], []) for a in analysts}
    for s in starts.tolist():
        who = pick(rng, analysts)
        ip = bb.cloud(rng, 1, "gcp")[0]
        avail = list(ctx.old_models) + ([ctx.new_model] * 2 if s >= ctx.release else [])
        model = pick(rng, avail)
        personas = [(pick(rng, texts.PERSONA_AGES), pick(rng, texts.PERSONA_JOBS), pick(rng, texts.PERSONA_PLACES),
                     irange(rng, 18, 240)) for _ in range(irange(rng, 40, 200))]
        qs = [texts.SURVEY_QS[i] for i in rng.choice(len(texts.SURVEY_QS), size=irange(rng, 3, 7), replace=False)]
        n = len(personas) * len(qs)
        ts = s + np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=n))
        tt, pp, mm, ii = per[who.id]
        tt.extend(ts.tolist())
        pp.extend(texts.persona_prompt(rng, p, q) for p in personas for q in qs)
        mm.extend([model] * n)
        ii.extend([ip] * n)
    for a in analysts:
        tt, pp, mm, ii = per[a.id]
        if not tt:
            # an analyst who launched nothing this week still tried the API once
            t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.9)
            tt, pp, mm, ii = [t], [texts.persona_prompt(rng, (40, "nurse", "Toronto", 80), texts.SURVEY_QS[0])], \
                [ctx.old_models[0]], [a.ips[0]]
        order = np.argsort(tt, kind="stable")
        ctx.emit(rng, a, np.asarray(tt)[order], [pp[i] for i in order], models=[mm[i] for i in order],
                 ips=[ii[i] for i in order], comp_median=comp, comp_sigma=0.45, err=0.01)


BENIGN_KINDS = {
    "bezel": bezel,
    "hairspring": hairspring,
    "keyless": keyless,
    "motionwork": motionwork,
    "ratchet": ratchet,
}
