"""Hard-negative benign kinds of blind batch 77 (code names from bookbinding).

Each kind is `f(ctx, rng)`: legitimate traffic that shares surface features with harvesting
(templated prompts, big batches, repeated prompts, long reasoning, agents, many end users behind
one key). Every size and rate is drawn per seed; see README.md for the ranges.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind77 import texts as tx

Rng = np.random.Generator

_EVAL_UAS = ("inspect_ai/0.3.58 OpenAI/Python 1.58.1", "lm_eval/0.4.7 OpenAI/Python 1.54.0",
             "promptfoo/0.103.0 (node)", "python-httpx/0.28.1", "OpenAI/Python 1.63.2", "evalkit-ci/2.4 aiohttp/3.11.11")
_SUITE_COMP = {"mc": 12.0, "math": 650.0, "code": 220.0, "ifeval": 260.0, "longctx": 25.0}


def tailband(ctx: Ctx, rng: Rng) -> None:
    """Model-evaluation teams: nightly regression suites, and big runs right after the release."""
    fam = "tailband"
    for _ in range(irange(rng, 2, 4)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        runners = bb.cloud(rng, irange(rng, 8, 30), provider)
        ua = pick(rng, _EVAL_UAS)
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 9)))
        keys = [ctx.account(rng, label="benign", family=fam, role="eval-ci", org=org, pay=card, ua=ua, ips=runners, tz=tz)
                for _ in range(irange(rng, 1, 3))]
        suites = rng.dirichlet(np.ones(5))
        names = list(_SUITE_COMP)
        passk = irange(rng, 3, 8) if chance(rng, 0.35) else 1
        runs: list[tuple[float, int, float, str]] = []
        night_h = float(rng.uniform(0, 5))
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            if chance(rng, 0.85):
                s = day0 + d * DAY + (night_h - tz) * HOUR + float(rng.uniform(0, 40)) * 60
                runs.append((s, irange(rng, 80, 300), float(rng.uniform(0.4, 1.5)), "old"))
        for _ in range(irange(rng, 1, 3)):
            s = ctx.release + float(rng.uniform(1, 30)) * HOUR
            runs.append((s, irange(rng, 600, 2200), float(rng.uniform(0.15, 0.6)), "new" if chance(rng, 0.75) else "old"))
        for s, size, gap, which in runs:
            acct = pick(rng, keys)
            picks = rng.choice(5, size=size, p=suites)
            prompts, meds, extra = [], [], []
            for j in picks.tolist():
                p = tx.eval_item(rng, names[j], pick(rng, ctx.passages))
                reps = passk if names[j] == "code" else 1
                prompts += [p] * reps
                meds += [_SUITE_COMP[names[j]]] * reps
                extra += [irange(rng, 8000, 60000) if names[j] == "longctx" else 0] * reps
            n = len(prompts)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
            if which == "new":
                models = [ctx.new_model] * n
            else:
                models = [ctx.old_models[-1] if chance(rng, 0.3) else ctx.old_models[0]] * n
            ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.asarray(meds), comp_sigma=0.5,
                     err=0.02, extra=np.asarray(extra))


def pastedown(ctx: Ctx, rng: Rng) -> None:
    """Enterprise data pipelines: nightly templated batches (catalogue copy, FAQs, extraction,
    ticket triage, localisation) plus a little daytime use."""
    fam = "pastedown"
    task_comp = {"describe": 150.0, "faq": 600.0, "extract": 180.0, "classify": 6.0, "localise": 320.0}
    for _ in range(irange(rng, 4, 7)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, bb.providers())
        ips = bb.cloud(rng, irange(rng, 1, 3), provider)
        tz = int(pick(rng, bb.TZS))
        ua = bb.sdk_ua(rng)
        keys = [ctx.account(rng, label="benign", family=fam, role="pipeline", org=org, pay=card, ua=ua, ips=ips, tz=tz)
                for _ in range(irange(rng, 1, 2))]
        tasks = list(rng.choice(list(task_comp), size=irange(rng, 2, 3), replace=False))
        p_mini = float(rng.uniform(0.3, 0.9))
        p_new = float(rng.uniform(0.0, 0.7)) if chance(rng, 0.5) else 0.0
        start_h, gap = float(rng.uniform(0, 4)), float(rng.uniform(0.5, 3.0))
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            if not chance(rng, 0.85):
                continue
            s = day0 + d * DAY + (start_h - tz) * HOUR + float(rng.uniform(0, 30)) * 60
            n = irange(rng, 80, 700)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=n - 1))])
            which = [pick(rng, tasks) for _ in range(n)]
            prompts = [tx.pipeline_item(rng, w) for w in which]
            ctx.emit(rng, keys[0], ts, prompts, models=ctx.models(rng, ts, p_new, p_mini),
                     comp_median=np.asarray([task_comp[w] for w in which]), comp_sigma=0.4, err=0.01)
        for acct in keys:
            for ts in bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 3, 60):
                prompts = [tx.pipeline_item(rng, pick(rng, tasks)) if chance(rng, 0.6) else pick(rng, ctx.chat)
                           for _ in range(len(ts))]
                ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, max(p_new, 0.3), 0.2), comp_median=300.0)


_APP_LANG = {-8: "en", -5: "en", -3: "pt", 0: "en", 1: "es", 2: "en", 3: "en", 5: "en", 8: "id", 9: "en"}


def slipcase(ctx: Ctx, rng: Rng) -> None:
    """Homework-help apps: one backend key carries many students, evenings in one country."""
    fam = "slipcase"
    for _ in range(irange(rng, 3, 6)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, bb.TZS))
        lang = _APP_LANG[tz] if chance(rng, 0.7) else "en"
        ips = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure", "digitalocean")))
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
        keys = [ctx.account(rng, label="benign", family=fam, role="app-backend", org=org, pay=card, ua=ua, ips=ips, tz=tz)
                for _ in range(irange(rng, 1, 2))]
        rate = float(rng.uniform(6, 22))
        p_mini = float(rng.uniform(0.2, 0.8))
        p_new = float(rng.uniform(0.1, 0.8))
        comp = float(rng.uniform(350, 650))
        curve = bb.evening_person(tz, spread=3.0)
        for acct, ts in zip(keys, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, len(keys), curve), strict=True):
            prompts = [tx.homework(rng, lang) if chance(rng, 0.75) else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=comp, err=0.01)


_IDE_UAS = ("Continue/0.9.250 (vscode)", "cline/3.2.0 OpenAI/NodeJS 4.85.1", "aider/0.72.1 litellm/1.60.2",
            "Zed/0.170.4", "JetBrains-AI/2024.3 okhttp/4.12.0", "roo-code/3.3.1 OpenAI/NodeJS 4.85.1")


def buckram(ctx: Ctx, rng: Rng) -> None:
    """Developers running coding agents in their IDEs: bursts of tool-loop requests with big context."""
    fam = "buckram"
    companies = []
    for _ in range(irange(rng, 2, 3)):
        tz = int(pick(rng, bb.TZS))
        companies.append({"org": hexid(rng, "org"), "pay": hexid(rng, "pay"), "tz": tz, "office": bb.home(rng, 1, tz)})
    for _ in range(irange(rng, 22, 40)):
        comp_of = pick(rng, companies) if chance(rng, 0.45) else None
        tz = comp_of["tz"] if comp_of else int(pick(rng, bb.TZS))
        ips = bb.home(rng, irange(rng, 1, 2), tz) + (comp_of["office"] * 2 if comp_of else [])
        acct = ctx.account(rng, label="benign", family=fam, role="developer",
                           org=comp_of["org"] if comp_of else None, pay=comp_of["pay"] if comp_of else None,
                           ua=pick(rng, _IDE_UAS), ips=ips, tz=tz)
        files = list(rng.choice(tx.IDE_FILES, size=irange(rng, 2, 4), replace=False))
        p_new = float(rng.uniform(0.3, 0.95))
        comp = float(rng.uniform(200, 550))
        base, grow = irange(rng, 1500, 6000), irange(rng, 300, 900)
        for ts in bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), bb.workday(tz),
                                   float(rng.uniform(8, 25)), float(rng.uniform(4, 12)), 0.9):
            k = len(ts)
            prompts = [tx.ide_step(rng, files, i) for i in range(k)]
            model = ctx.models(rng, ts[:1], p_new, 0.05)[0]
            ctx.emit(rng, acct, ts, prompts, models=[model] * k, comp_median=comp, comp_sigma=0.7, err=0.01,
                     extra=np.minimum(base + grow * np.arange(k), 60000))


def glassine(ctx: Ctx, rng: Rng) -> None:
    """LLM routers / aggregators: a few keys carrying many unrelated customers, worldwide."""
    fam = "glassine"
    for _ in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        block = []
        for prov in rng.choice(bb.providers(), size=2, replace=False).tolist():
            block += bb.rented_block(rng, prov, 1, irange(rng, 3, 8))
        ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "axios/1.7.9"))
        n_keys = irange(rng, 3, 6)
        keys = [ctx.account(rng, label="benign", family=fam, role="router", org=org, pay=card, ua=ua, ips=block)
                for _ in range(n_keys)]
        curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.2, 0.45)))
        rate = float(rng.uniform(50, 110))
        p_new, p_mini = float(rng.uniform(0.45, 0.8)), float(rng.uniform(0.1, 0.3))
        for acct, ts in zip(keys, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, curve), strict=True):
            prompts = [tx.router_item(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=320.0,
                     comp_sigma=0.8, err=0.015)


_STUDY_COMP = {"sampling": 300.0, "judge": 260.0, "calib": 380.0, "paraphrase": 200.0, "persona": 150.0}


def headcap(ctx: Ctx, rng: Rng) -> None:
    """Academic labs studying the models: repeated sampling, LLM-as-judge, calibration,
    paraphrase robustness and simulated survey respondents."""
    fam = "headcap"
    for _ in range(irange(rng, 4, 8)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, bb.TZS))
        cluster = bb.cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "gcp", "azure")))
        keys = []
        for _ in range(irange(rng, 1, 3)):
            laptop = bb.home(rng, 1, tz)
            keys.append((ctx.account(rng, label="benign", family=fam, role="researcher", org=org, pay=card,
                                     ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1")),
                                     ips=cluster + laptop, tz=tz), cluster, laptop))
        for _ in range(irange(rng, 2, 5)):
            acct, cl, lap = pick(rng, keys)
            study = pick(rng, list(_STUDY_COMP))
            after = chance(rng, 0.6)
            a, b = (ctx.release, ctx.t1) if after else (ctx.t0, ctx.release)
            s = float(rng.uniform(a, b - 2 * HOUR))
            if study == "sampling":
                items = [pick(rng, ctx.chat) for _ in range(irange(rng, 40, 250))]
                reps = irange(rng, 5, 20)
                items = items[: max(10, 2000 // reps)]
                prompts = [p for p in items for _ in range(reps)]
            else:
                prompts = [tx.research_item(rng, study, ctx.chat, ctx.passages) for _ in range(irange(rng, 150, 900))]
            n = len(prompts)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.8, 4))), 0.6, size=n - 1))])
            if after and chance(rng, 0.7):
                models = [ctx.new_model] * n
            else:
                models = [pick(rng, ctx.old_models)] * n
            ips = cl if chance(rng, 0.7) else lap
            ctx.emit(rng, acct, ts, prompts, models=models, ips=bb.picks(rng, ips, n), comp_median=_STUDY_COMP[study],
                     comp_sigma=0.6, err=0.02)


BENIGN_KINDS = {
    "tailband": tailband,
    "pastedown": pastedown,
    "slipcase": slipcase,
    "buckram": buckram,
    "glassine": glassine,
    "headcap": headcap,
}
