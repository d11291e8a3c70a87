"""Hard-negative benign kinds of blind batch 62 (Japanese lacquerware code names).

Each kind is `fn(ctx, rng)`: legitimate traffic that shares some surface with harvesting (bulk
templated prompts, repeated samples, agent transcripts, rubric work, pooled keys), labelled
benign in the truth.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind62 import texts as tx

LABEL = "benign"


def _acct(ctx: bb.Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label=LABEL, family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# raden: evaluation teams re-running benchmark suites when the new model ships

_SUITE_COMP = {"mcq": 6.0, "gsm": 230.0, "code": 170.0, "safety": 320.0, "longqa": 25.0}
_SUITE_EXTRA = {"mcq": (500, 900), "gsm": (700, 1400), "code": (0, 120), "safety": (0, 40), "longqa": (3000, 9000)}


def raden(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "raden"
    for _ in range(irange(rng, 2, 4)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = pick(rng, ("inspect_ai/0.3.63 OpenAI/Python 1.58.1", "lm-eval/0.4.7 OpenAI/Python 1.54.0",
                        "helm/0.5.4 python-requests/2.32.3", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 1, 4), pick(rng, ("gcp", "aws", "azure", "*")))
        accts = [_acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
                 for _ in range(irange(rng, 1, 3))]
        suites = [str(s) for s in rng.choice(tx.BENCH_SUITES, size=irange(rng, 2, 4), replace=False)]
        # runs: a few before the release on the old model, a burst of runs soon after it
        runs = [(float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release)), "old") for _ in range(irange(rng, 0, 2))]
        for _ in range(irange(rng, 2, 4)):
            t = ctx.release + float(rng.exponential(0.5)) * DAY
            runs.append((t, "new"))
            if chance(rng, 0.4):  # same items on the old model, for the comparison table
                runs.append((t + float(rng.uniform(0.2, 3)) * HOUR, "old"))
        concurrency_gap = float(rng.uniform(0.3, 1.5))
        for t_run, which in runs:
            a = pick(rng, accts)
            t = t_run
            for suite in suites:
                n_items = irange(rng, 100, 500)
                k = pick(rng, (1, 1, 5)) if suite == "code" else (pick(rng, (1, 1, 3)) if suite == "gsm" else 1)
                lo, hi = _SUITE_EXTRA[suite]
                ts_l, p_l = [], []
                for _i in range(n_items):
                    item = tx.bench_item(rng, suite)
                    for _j in range(k):
                        t += float(rng.lognormal(np.log(concurrency_gap), 0.7))
                        ts_l.append(t)
                        p_l.append(item)
                ts = np.asarray(ts_l)
                m = len(ts)
                model = ctx.new_model if which == "new" else ctx.old_models[0]
                ctx.emit(rng, a, ts, p_l, models=model, comp_median=_SUITE_COMP[suite], comp_sigma=0.6,
                         extra=rng.integers(lo, hi + 1, size=m), err=0.02)
                t += float(rng.uniform(1, 20)) * MINUTE


# --------------------------------------------------------------------------------------------
# chinkin: companies' own synthetic-data pipelines (catalogue copy, support-ticket variants)

_CAT_COMP = {"json": 260.0, "tickets": 700.0, "seo": 90.0, "localise": 40.0}


def chinkin(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "chinkin"
    for _ in range(irange(rng, 2, 4)):
        brand = pick(rng, tx.COMPANIES)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "digitalocean")))
        ua = bb.sdk_ua(rng, 0.6)
        voices = [str(v) for v in rng.choice(tx.CATALOGUE_VOICES, size=irange(rng, 2, 3), replace=False)]
        p_new = float(rng.uniform(0.0, 0.8))
        p_mini = float(rng.uniform(0.2, 0.8))
        start_h, hours = float(rng.uniform(0.5, 3)), float(rng.uniform(2, 4.5))
        rate = float(rng.uniform(150, 450))
        n_nights = irange(rng, 2, 5)
        for j in range(irange(rng, 1, 2)):
            a = _acct(ctx, rng, kind, "pipeline" if j == 0 else "developer", org=org, pay=pay,
                      ua=ua if j == 0 else pick(rng, bb.BROWSERS + bb.SDK_COMMON), ips=ips if j == 0 else bb.home(rng, 1, tz), tz=tz)
            if j == 0:
                days = sorted(rng.choice(7, size=n_nights, replace=False).tolist())
                pieces = []
                for d in days:
                    a_ = np.floor(ctx.t0 / DAY) * DAY + d * DAY + ((start_h - tz) % 24) * HOUR
                    pieces.append(bb.thinned(rng, a_, a_ + hours * HOUR, rate * hours, bb.constant))
                ts = np.concatenate(pieces)
            else:
                ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 25)) * 7, bb.workday(tz))
            vs = bb.picks(rng, voices, len(ts))
            ctx.emit(rng, a, ts, [tx.catalogue(rng, brand, v) for v in vs], models=ctx.models(rng, ts, p_new, p_mini),
                     comp_median=np.asarray([_CAT_COMP[v] for v in vs]), comp_sigma=0.35, err=0.01)


# --------------------------------------------------------------------------------------------
# nashiji: tutoring apps' backends (many students behind one key)


def nashiji(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "nashiji"
    markets = ((-5, "en"), (-8, "en"), (-3, "es"), (-5, "es"), (5, "hi"), (8, "id"), (0, "en"), (1, "en"))
    for _ in range(irange(rng, 2, 3)):
        tz, lang = markets[int(rng.integers(len(markets)))]
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure", "*")))
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/Python 1.54.0", "Dart/3.6 (dart:io)"))
        per_day = float(rng.uniform(400, 1300))
        switch = ctx.release + float(rng.uniform(0, 2.5)) * DAY
        p_chat = float(rng.uniform(0.05, 0.15))
        for j in range(irange(rng, 1, 2)):
            a = _acct(ctx, rng, kind, "app_backend" if j == 0 else "staging", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            scale = 1.0 if j == 0 else 0.03
            sess = bb.session_times(rng, ctx.t0, ctx.t1, per_day / 2.5 * scale, bb.evening_person(tz, 2.8), 2.5,
                                    float(rng.uniform(30, 90)))
            ts = np.concatenate(sess) if sess else np.empty(0)
            if len(ts) == 0:
                continue
            chat = rng.random(len(ts)) < p_chat
            prompts = [pick(rng, ctx.chat) if c else tx.homework(rng, lang if chance(rng, 0.8) else "en") for c in chat.tolist()]
            models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=float(rng.uniform(280, 420)), comp_sigma=0.55,
                     extra=irange(rng, 150, 500))


# --------------------------------------------------------------------------------------------
# roiro: developers with coding agents in their IDEs

_IDE_UAS = ("Cline/3.4.0", "continue/0.9.247 (vscode)", "Zed/0.171.4", "aider/0.74.2 litellm/1.60.2",
            "JetBrains-AI/2024.3.2", "OpenAI/NodeJS 4.85.1")


def roiro(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "roiro"
    n = irange(rng, 25, 50)
    teams = []
    for _ in range(irange(rng, 3, 7)):
        tz = pick(rng, bb.TZS)
        teams.append((bb.hexid(rng, "org"), bb.hexid(rng, "pay"), tz, bb.home(rng, 1, tz)))
    for _ in range(n):
        if chance(rng, 0.7):
            org, pay, tz, office = pick(rng, teams)
        else:
            tz = pick(rng, bb.TZS)
            org, pay, office = None, None, []
        homes = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "developer", org=org, pay=pay, ua=pick(rng, _IDE_UAS), ips=homes + office, tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)), bb.workday(tz, weekend=0.1),
                                float(rng.uniform(5, 16)), float(rng.uniform(4, 12)), 0.9)
        ts_l, p_l, x_l, ip_l = [], [], [], []
        voice = pick(rng, tx.IDE_VOICES)
        ctx_tokens = irange(rng, 3000, 15000)
        for s in sess:
            ip = pick(rng, a.ips)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                p_l.append(tx.ide_step(rng, j, voice))
                x_l.append(ctx_tokens + j * irange(rng, 300, 1500))
                ip_l.append(ip)
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.6, 0.95)), p_mini=0.05), ips=ip_l,
                 comp_median=float(rng.uniform(150, 400)), comp_sigma=0.8, extra=np.asarray(x_l), err=0.02)


# --------------------------------------------------------------------------------------------
# shunkei: routers / aggregators forwarding many unrelated end users through few keys


def shunkei(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "shunkei"
    for _ in range(irange(rng, 2, 3)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        edges = [ip for p in rng.choice(bb.providers(), size=irange(rng, 2, 4), replace=False).tolist()
                 for ip in bb.cloud(rng, irange(rng, 1, 3), p)]
        uas = [pick(rng, ("OpenAI/Python 1.54.0", "reqwest/0.12.12", "Go-http-client/2.0", "OpenAI/NodeJS 4.67.1"))
               for _ in range(2)]
        per_hour = float(rng.uniform(40, 100))
        curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.5)))
        n_keys = irange(rng, 1, 3)
        accts = [_acct(ctx, rng, kind, "router_pool", org=org, pay=pay, ua=pick(rng, uas), ips=edges) for _ in range(n_keys)]
        streams = bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, curve)
        p_app = float(rng.uniform(0.1, 0.25))
        for a, ts in zip(accts, streams, strict=True):
            m = len(ts)
            if m == 0:
                continue
            app = rng.random(m) < p_app
            prompts = []
            for is_app in app.tolist():
                if not is_app:
                    prompts.append(pick(rng, ctx.chat))
                    continue
                r = int(rng.integers(4))
                if r == 0:
                    prompts.append("Summarize:\n" + tx.excerpt(rng, pick(rng, ctx.passages), 300, 1000))
                elif r == 1:
                    prompts.append(tx.sample_task(rng, "en"))
                elif r == 2:
                    prompts.append(tx.seed_question(rng, pick(rng, ("en", "es", "pt", "zh"))))
                else:
                    prompts.append(tx.homework(rng, "en"))
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.5, 0.8)), p_mini=0.2),
                     comp_median=float(rng.uniform(280, 450)), comp_sigma=0.8, err=0.015)


# --------------------------------------------------------------------------------------------
# kanshitsu: a labelling vendor's annotators using the model as an assistant

def kanshitsu(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    kind = "kanshitsu"
    tz = pick(rng, (8, 3, 5, 8))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 3), tz)
    shift = float(rng.uniform(6.5, 10))
    for _ in range(irange(rng, 12, 30)):
        wfh = chance(rng, 0.3)
        ips = office + (bb.home(rng, 1, tz) if wfh else [])
        a = _acct(ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, bb.BROWSERS), ips=ips, tz=tz)
        start = shift + float(rng.uniform(-1, 1))
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), bb.workday(tz, start, start + 9, weekend=0.15),
                                float(rng.uniform(3, 6)), float(rng.uniform(60, 240)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            continue
        prompts = [tx.annotator(rng, pick(rng, ctx.chat), tx.excerpt(rng, pick(rng, ctx.passages), 250, 1000))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
                 comp_median=float(rng.uniform(250, 450)), comp_sigma=0.6)


BENIGN_KINDS = {
    "chinkin": chinkin,
    "kanshitsu": kanshitsu,
    "nashiji": nashiji,
    "raden": raden,
    "roiro": roiro,
    "shunkei": shunkei,
}
