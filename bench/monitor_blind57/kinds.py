"""Hard-negative benign kinds of batch 57 (code names from old astronomical instruments).

Each kind is `f(ctx, rng)`: legitimate traffic that shares some surface with harvesting
(templated prompts, bursts, repeats, agent loops, cloud hosts, many keys in one org). What each one
models is described in README.md."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    pick,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind57 import texts as T

LABEL = "benign"


def _shift(tz: int, start_h: float, hours: float, weekend: float):
    """A (possibly overnight) shift with half-hour ramps; weekend days scaled by `weekend`."""
    def f(ts: np.ndarray) -> np.ndarray:
        h = (local_hour(ts, tz) - start_h) % 24.0
        w = np.clip(np.minimum(h + 0.5, hours + 0.5 - h) * 2.0, 0.0, 1.0)
        w = np.maximum(w, 0.01)
        return np.where(weekday(np.asarray(ts) - start_h * HOUR, tz) >= 5, w * weekend, w)
    return f


def volvelle(ctx, rng):
    """A localisation vendor's pipeline: per-client project keys push batches of UI strings and
    product copy through translation, one request per segment and locale, in office hours."""
    fam = "volvelle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 0)))
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    for _ in range(irange(rng, 3, 6)):
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
        a = ctx.account(rng, label=LABEL, family=fam, role="l10n_project", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, workday(tz, weekend=0.05, night=0.0))
        locs = list(rng.choice(T.LOCALES, size=irange(rng, 2, 7), replace=False))
        ts_l, prompts = [], []
        gap = float(rng.uniform(0.8, 2.5))
        for s in jobs.tolist():
            segs = max(5, int(rng.lognormal(np.log(float(rng.uniform(30, 80))), 0.6)))
            job_locs = list(rng.choice(locs, size=irange(rng, 1, min(3, len(locs))), replace=False))
            k = segs * len(job_locs)
            ts_l.append(s + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k)))
            for _seg in range(segs):
                for loc in job_locs:
                    prompts.append(T.l10n_segment(rng, str(loc)))
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.12, 0.3), comp_median=float(rng.uniform(30, 80)),
                 comp_sigma=0.7, err=0.004)


def torquetum(ctx, rng):
    """A product team's evaluation harness: baseline runs on the old models, a burst of full suites
    right after the new model's release (several samples per item), nightly regression subsets."""
    fam = "torquetum"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    ips = cloud(rng, irange(rng, 2, 5), "gcp")
    comp = {"mcq": 4.0, "gsm": 220.0, "code": 180.0, "longform": 600.0}
    keys = [ctx.account(rng, label=LABEL, family=fam, role="eval_harness", org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.63.2", "inspect_ai/0.3.58 OpenAI/Python 1.63.2")), ips=ips, tz=tz)
            for _ in range(irange(rng, 2, 4))]
    runs = []  # (start, suite, items, samples, model)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(irange(rng, 1, 3)):
        runs.append((float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY)), pick(rng, tuple(comp)),
                     irange(rng, 300, 1200), pick(rng, (1, 1, 3)), pick(rng, (old, mini))))
    for _ in range(irange(rng, 2, 5)):
        runs.append((ctx.release + float(rng.uniform(1, 30)) * HOUR, pick(rng, tuple(comp)), irange(rng, 400, 2000),
                     pick(rng, (1, 1, 3, 5)), new))
    night0 = np.floor((ctx.release + 1 * DAY) / DAY) * DAY + ((2 - tz) % 24) * HOUR
    for d in range(4):
        if night0 + d * DAY < ctx.t1 and rng.random() < 0.85:
            runs.append((night0 + d * DAY + float(rng.uniform(0, 40)) * 60, pick(rng, ("mcq", "gsm")),
                         irange(rng, 150, 400), 1, new))
    for ri, (s, suite, items, samples, model) in enumerate(runs):
        a = keys[ri % len(keys)]
        gap = float(rng.uniform(0.15, 0.6))
        prompts = []
        for _i in range(items):
            p = T.bench_item(rng, suite)
            prompts.extend([p] * samples)
        ts = s + np.cumsum(rng.lognormal(np.log(gap), 0.7, size=len(prompts)))
        med = comp[suite] if not (suite == "mcq" and samples > 1) else 260.0
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=med, comp_sigma=0.5, err=0.01)


def armillary(ctx, rng):
    """A software company's developers using coding agents in their IDEs: agent loops of many
    steps with growing context, in office hours, from the office NAT or home."""
    fam = "armillary"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2, 5, 9)))
    office = resi(rng, irange(rng, 1, 2), pick(rng, {-8: ("us",), -5: ("us", "ca"), 1: ("eu",), 2: ("eu",), 5: ("in",),
                                                      9: ("jp_kr",)}[tz]))
    uas = ("Cursor/0.46.8", "cline/3.4.2", "continue/0.9.261 (vscode)", "Zed/0.176.3", "aider/0.75.1 litellm/1.60.2",
           "JetBrains-AI-Assistant/243.2")
    p_wfh = float(rng.uniform(0.15, 0.45))
    for _ in range(irange(rng, 15, 35)):
        h = home(rng, 1, tz)
        a = ctx.account(rng, label=LABEL, family=fam, role="developer", org=org, pay=pay, ua=pick(rng, uas),
                        ips=office + h, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz, start=float(rng.uniform(8, 10))),
                             float(rng.uniform(6, 18)), float(rng.uniform(4, 12)), 0.7)
        ts_l, prompts, extra, ips = [], [], [], []
        for s in sess:
            ip = h[0] if rng.random() < p_wfh else pick(rng, office)
            c = irange(rng, 1500, 6000)
            for j in range(len(s)):
                prompts.append(T.ide_task(rng) if j == 0 else T.ide_observation(rng))
                extra.append(c)
                c = min(60000, c + irange(rng, 300, 1200))
                ips.append(ip)
            ts_l.append(s)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.05), ips=ips,
                 comp_median=float(rng.uniform(220, 400)), comp_sigma=0.6, err=0.006, extra=np.asarray(extra))


def equatorium(ctx, rng):
    """A legitimate model router / aggregator: a few regional keys carrying many end users' chat
    and app traffic around the clock."""
    fam = "equatorium"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    curve = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.3, 0.5)))
    for _ in range(irange(rng, 2, 3)):
        provider = pick(rng, ("aws", "gcp"))
        a = ctx.account(rng, label=LABEL, family=fam, role="router_region", org=org, pay=pay,
                        ua=pick(rng, ("python-httpx/0.28.1", "axios/1.7.9")), ips=cloud(rng, irange(rng, 4, 12), provider))
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 55)) * (ctx.t1 - ctx.t0) / HOUR, curve)
        p_app = float(rng.uniform(0.1, 0.25))
        prompts = [T.app_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages)) if rng.random() < p_app
                   else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.45, 0.3), comp_median=float(rng.uniform(300, 400)),
                 comp_sigma=0.7, err=0.015)


def planisphere(ctx, rng):
    """A tutoring app's backend: one key per market, students' after-school sessions of a problem and
    a few follow-ups, templated step-by-step explanations."""
    fam = "planisphere"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    markets = (("en", -5), ("es", -5), ("pt", -3), ("id", 8), ("en", 5), ("en", 1))
    chosen = rng.choice(len(markets), size=irange(rng, 2, 4), replace=False).tolist()
    for mi in chosen:
        lang, tz = markets[mi]
        a = ctx.account(rng, label=LABEL, family=fam, role="tutor_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1",
                        ips=cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure"))), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 200)), evening_person(tz, 2.8),
                             float(rng.uniform(2.5, 4.5)), float(rng.uniform(40, 90)), 0.7)
        ts_l, prompts = [], []
        for s in sess:
            for j in range(len(s)):
                prompts.append(T.tutor_prompt(rng, lang) if j == 0 else T.tutor_follow(rng))
            ts_l.append(s)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.4), comp_median=float(rng.uniform(350, 550)),
                 comp_sigma=0.5, err=0.008)


def nocturnal(ctx, rng):
    """A labelling vendor's annotators (night shift for an overseas customer) asking the model for
    help with rating, comparing and rewriting AI responses, plus a little ordinary chat."""
    fam = "nocturnal"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8)))
    office = home(rng, irange(rng, 1, 2), tz)
    curve = _shift(tz, float(rng.uniform(18, 21)), float(rng.uniform(8, 9)), 0.1)
    p_chat = float(rng.uniform(0.08, 0.2))
    for _ in range(irange(rng, 10, 25)):
        wfh = rng.random() < 0.2
        ips = home(rng, 1, tz) if wfh else office
        a = ctx.account(rng, label=LABEL, family=fam, role="annotator", org=org, pay=pay, ua=pick(rng, BROWSERS),
                        ips=ips, tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), curve, float(rng.uniform(10, 25)),
                             float(rng.uniform(50, 150)), 0.8)
        if not sess:
            continue
        ts = np.concatenate(sess)
        prompts = [pick(rng, ctx.chat) if rng.random() < p_chat else
                   T.annotation_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.05), comp_median=float(rng.uniform(180, 320)),
                 comp_sigma=0.6, err=0.004)


BENIGN_KINDS = {
    "armillary": armillary,
    "equatorium": equatorium,
    "nocturnal": nocturnal,
    "planisphere": planisphere,
    "torquetum": torquetum,
    "volvelle": volvelle,
}
