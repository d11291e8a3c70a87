"""Hard-negative benign kinds of blind batch 67 (code names from orchard pruning and garden
training): legitimate traffic that looks like harvesting. Each is a generator `kind(ctx, rng)`;
every volume, rate, address source and model share is drawn per seed. See README.md.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import BROWSERS, DAY, HOUR, TZS, chance, hexid, irange, pick, picks
from bench.monitor_blind67 import texts

KIND_LABEL = "benign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _models_switch(ctx: bb.Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float,
                   switch: float) -> list[str]:
    """New model with probability p_new from `switch` on (never before the release)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    on = max(switch, ctx.release)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [new if (t >= on and a < p_new) else (mini if b < p_mini else old)
            for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)]


def _lang_for_tz(tz: int) -> str:
    return {-3: "es", 8: "zh"}.get(tz, "en")


# --------------------------------------------------------------------------------------------
# espalier: model-evaluation teams running benchmark suites from CI, with a big run at release

EVAL_UAS = ("lm-eval/0.4.7 python-httpx/0.27.2", "inspect_ai/0.3.63 OpenAI/Python 1.59.3", "helm/0.5.4",
            "OpenAI/Python 1.58.1", "openai-evals/3.0.1 OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0")


def _eval_run(ctx: bb.Ctx, rng: np.random.Generator, start: float, size: int, conc_gap: float,
              ) -> tuple[list[float], list[str], list[float]]:
    """One benchmark suite: a tight train of requests of one suite type."""
    suite = pick(rng, ("mcq", "mcq", "math", "code", "longqa"))
    style = irange(rng, 0, 2)
    ts: list[float] = []
    prompts: list[str] = []
    comp: list[float] = []
    t = start
    if suite == "code":
        k = irange(rng, 5, 10)  # pass@k: each problem sampled k times
        for _ in range(max(1, size // k)):
            p = texts.espalier_code(rng)
            for _ in range(k):
                t += float(rng.lognormal(np.log(conc_gap), 0.6))
                ts.append(t)
                prompts.append(p)
                comp.append(180.0)
        return ts, prompts, comp
    for _ in range(size):
        t += float(rng.lognormal(np.log(conc_gap), 0.6))
        ts.append(t)
        if suite == "mcq":
            prompts.append(texts.espalier_mcq(rng, style))
            comp.append(8.0 if style == 2 else 3.0)
        elif suite == "math":
            prompts.append(texts.espalier_math(rng, style))
            comp.append(330.0)
        else:
            prompts.append(texts.espalier_longqa(rng, pick(rng, ctx.passages)))
            comp.append(110.0)
    return ts, prompts, comp


def espalier(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("azure", "gcp", "aws"))
        ua = pick(rng, EVAL_UAS)
        keys = [ctx.account(rng, label=KIND_LABEL, family="espalier", role="eval_runner", org=org, pay=pay, ua=ua,
                            ips=bb.cloud(rng, 1, provider)) for _ in range(irange(rng, 1, 3))]
        cron = _u(rng, 0, 24)
        nightly_size, gap = (irange(rng, 150, 600), _u(rng, 0.2, 1.2))
        p_new_nightly = _u(rng, 0.4, 1.0)
        runs: list[tuple[float, int, bool]] = []
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            t = day0 + d * DAY + cron * HOUR + _u(rng, 0, 600)
            if chance(rng, 0.85):
                runs.append((t, int(nightly_size * _u(rng, 0.7, 1.3)), False))
        t = ctx.release + _u(rng, 0.5, 10) * HOUR
        for _ in range(irange(rng, 3, 8)):
            runs.append((t, irange(rng, 200, 800), True))
            t += _u(rng, 10, 60) * 60
        per_key: dict[int, tuple[list, list, list, list, list]] = {i: ([], [], [], [], []) for i in range(len(keys))}
        old, mini, newm = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
        for start, size, launch in runs:
            ts, prompts, comp = _eval_run(ctx, rng, start, size, gap)
            i = irange(rng, 0, len(keys) - 1)
            ip = bb.cloud(rng, 1, provider)[0]  # an ephemeral CI runner
            if launch or (start >= ctx.release and chance(rng, p_new_nightly)):
                model = newm
            else:
                model = pick(rng, (old, old, mini))
            bucket = per_key[i]
            bucket[0].extend(ts)
            bucket[1].extend(prompts)
            bucket[2].extend(comp)
            bucket[3].extend([ip] * len(ts))
            bucket[4].extend([model] * len(ts))
        for i, acct in enumerate(keys):
            ts_l, prompts, comp, ips, models = per_key[i]
            if not ts_l:
                ts_l, prompts, comp, ips, models = [runs[0][0]], [texts.espalier_mcq(rng, 0)], [3.0], [acct.ips[0]], [old]
            order = np.argsort(np.asarray(ts_l), kind="stable").tolist()
            ts = np.asarray(ts_l)[order]
            ctx.emit(rng, acct, ts, [prompts[j] for j in order], models=[models[j] for j in order],
                     ips=[ips[j] for j in order], comp_median=np.asarray(comp)[order], comp_sigma=0.5, err=0.015)


# --------------------------------------------------------------------------------------------
# pollard: a labelling / trust-and-safety vendor grading a client's chatbot logs


def pollard(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    comp_by_task = np.array([120.0, 80.0, 5.0, 20.0, 40.0])
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, (8, 5, 3, 1)))
        backend = chance(rng, 0.5)
        ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure"))) if backend else bb.home(
            rng, irange(rng, 1, 3), tz)
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")) if backend else pick(rng, BROWSERS)
        weights = rng.dirichlet(np.full(5, 0.8))
        p_chat = _u(rng, 0.05, 0.2)
        switch = ctx.release + _u(rng, 0.1, 1.5) * DAY
        p_new = _u(rng, 0.6, 0.95)
        for _ in range(irange(rng, 8, 18)):
            acct = ctx.account(rng, label=KIND_LABEL, family="pollard", role="annotator", org=org, pay=pay, ua=ua,
                               ips=ips, tz=tz)
            sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2.5, 5), bb.workday(tz, _u(rng, 7.5, 9.5)),
                                    _u(rng, 8, 20), _u(rng, 25, 80))
            if not sess:
                continue
            ts = np.concatenate(sess)
            prompts, comp = [], []
            for _ in range(len(ts)):
                if chance(rng, p_chat):
                    prompts.append(pick(rng, ctx.chat))
                    comp.append(300.0)
                else:
                    task = texts.choose(rng, weights)
                    a, b = picks(rng, ctx.passages, 2)
                    prompts.append(texts.pollard(rng, task, pick(rng, ctx.chat), a, b))
                    comp.append(comp_by_task[task])
            ctx.emit(rng, acct, ts, prompts, models=_models_switch(ctx, rng, ts, p_new, 0.3, switch),
                     comp_median=np.asarray(comp), comp_sigma=0.6, err=0.005, extra=irange(rng, 100, 400))


# --------------------------------------------------------------------------------------------
# coppice: a tutoring app's backend keys (students' homework questions, step-by-step help)


def coppice(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, (-5, -3, 1, 5, 8, -8)))
        lang = _lang_for_tz(tz)
        provider = pick(rng, ("aws", "gcp", "azure"))
        switch = ctx.release + _u(rng, 1.0, 2.5) * DAY
        eve = bb.evening_person(tz, 2.0)

        def curve(ts: np.ndarray, eve: Callable = eve, tz: int = tz) -> np.ndarray:
            wd = bb.weekday(ts, tz)
            h = bb.local_hour(ts, tz)
            factor = np.where((wd == 4) | (wd == 5), 0.4, 1.0)
            factor = np.where((wd == 6) & (h > 16), 1.5, factor)
            return np.clip(eve(ts) * factor, 0, 1)

        n_keys = irange(rng, 2, 3)
        for k in range(n_keys):
            staging = k == n_keys - 1 and n_keys == 3
            acct = ctx.account(rng, label=KIND_LABEL, family="coppice", role="app_backend", org=org, pay=pay,
                               ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/Python 1.58.1")),
                               ips=bb.cloud(rng, irange(rng, 2, 4), provider))
            rate = _u(rng, 1, 4) if staging else _u(rng, 20, 55)
            shape = bb.workday(tz) if staging else curve
            ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 0.3 * (ctx.t1 - ctx.t0) / HOUR, shape)
            prompts = [texts.coppice(rng, lang) if chance(rng, 0.8) else pick(rng, ctx.chat) for _ in range(len(ts))]
            extra = rng.integers(250, 800, size=len(ts))
            ctx.emit(rng, acct, ts, prompts, models=_models_switch(ctx, rng, ts, 0.95, 0.5, switch),
                     comp_median=_u(rng, 280, 450), comp_sigma=0.55, err=0.008, extra=extra)


# --------------------------------------------------------------------------------------------
# cordon: developers whose IDE coding agents fire bursts of large-context calls

IDE_UAS = ("Cline/3.4.0", "Continue/0.9.258 (vscode)", "Roo-Code/3.3.20", "aider/0.72.1 litellm/1.58.2",
           "Zed/0.171.4", "JetBrains-AI/243.23654", "opencode/0.1.121")


def cordon(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 20, 40)
    companies = [(hexid(rng, "org"), hexid(rng, "pay"), int(pick(rng, TZS))) for _ in range(irange(rng, 1, 3))]
    for _ in range(n):
        if chance(rng, 0.35):
            org, pay, tz = pick(rng, companies)
        else:
            org, pay, tz = None, None, int(pick(rng, TZS))
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        vpn = bb.cloud(rng, 1, pick(rng, ("m247", "leaseweb", "ovh", "digitalocean"))) if chance(rng, 0.2) else []
        acct = ctx.account(rng, label=KIND_LABEL, family="cordon", role="developer", org=org, pay=pay,
                           ua=pick(rng, IDE_UAS), ips=ips, tz=tz)
        curve = bb.workday(tz, _u(rng, 8, 10.5), _u(rng, 16.5, 19.5), _u(rng, 0.02, 0.2))
        sess = bb.session_times(rng, ctx.t0, ctx.t1, _u(rng, 2, 6), curve, _u(rng, 8, 25), _u(rng, 4, 15), 0.9)
        if not sess:
            continue
        ts = np.concatenate(sess)
        ip_col = []
        for s in sess:
            ip = pick(rng, vpn) if vpn and chance(rng, 0.3) else pick(rng, ips)
            ip_col.extend([ip] * len(s))
        extra = np.clip(rng.lognormal(np.log(_u(rng, 2500, 9000)), 0.6, size=len(ts)), 200, 60000).astype(np.int64)
        switch = ctx.release + _u(rng, 0, 1) * DAY
        ctx.emit(rng, acct, ts, [texts.cordon(rng) for _ in range(len(ts))],
                 models=_models_switch(ctx, rng, ts, _u(rng, 0.3, 0.9), 0.1, switch), ips=ip_col,
                 comp_median=_u(rng, 180, 500), comp_sigma=0.7, err=0.01, extra=extra)


# --------------------------------------------------------------------------------------------
# stepover: a localisation service (nightly string batches + daytime documents)


def stepover(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = int(pick(rng, (1, 0, -5, 2, 9)))
        provider = pick(rng, ("aws", "gcp", "azure", "hetzner", "ovh"))
        ua = pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-httpx/0.28.1",
                        "reqwest/0.12.12"))
        p_new, p_mini = _u(rng, 0.05, 0.3), _u(rng, 0.3, 0.6)
        for _ in range(irange(rng, 1, 3)):
            acct = ctx.account(rng, label=KIND_LABEL, family="stepover", role="localiser", org=org, pay=pay, ua=ua,
                               ips=bb.cloud(rng, irange(rng, 1, 3), provider), tz=tz)
            batch_h = _u(rng, 1, 4)
            day0 = np.floor(ctx.t0 / DAY) * DAY
            starts = np.array([day0 + d * DAY + (batch_h - tz) * HOUR + _u(rng, 0, 1800) for d in range(8)])
            trains = bb.bursts(rng, starts, _u(rng, 150, 700), _u(rng, 0.4, 2.0), 0.5)
            daytime = bb.thinned(rng, ctx.t0, ctx.t1, _u(rng, 4, 15) * 45, bb.workday(tz))
            ts = np.sort(np.concatenate([*trains, daytime]))
            prompts = [texts.stepover(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
            comp = np.asarray([max(20.0, len(p) / 4 * 0.9) for p in prompts])
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=comp,
                     comp_sigma=0.3, err=0.01)


# --------------------------------------------------------------------------------------------
# palmette: an LLM router / aggregator forwarding its users' chat (fan-out n>1, retries)

ROUTER_UAS = ("llm-router/2.8.1", "OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1", "gateway-proxy/1.12 (envoy)")


def palmette(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        ua = pick(rng, ROUTER_UAS)
        p_fan, p_err = _u(rng, 0.03, 0.1), _u(rng, 0.02, 0.05)
        for _ in range(irange(rng, 2, 3)):
            acct = ctx.account(rng, label=KIND_LABEL, family="palmette", role="router", org=org, pay=pay, ua=ua,
                               ips=bb.cloud(rng, irange(rng, 3, 8), provider))
            rate = _u(rng, 12, 35)
            curve = bb.global_load(_u(rng, 0, 24), _u(rng, 0.3, 0.6))
            base = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
            ts_l, prompts, status, models = [], [], [], []
            base_models = ctx.models(rng, base, _u(rng, 0.3, 0.6), _u(rng, 0.2, 0.4))
            for t, m in zip(base.tolist(), base_models, strict=True):
                p = pick(rng, ctx.chat)
                copies = 1 + (irange(rng, 1, 3) if chance(rng, p_fan) else 0)
                for c in range(copies):
                    tt = t + c * _u(rng, 0.05, 0.5)
                    if chance(rng, p_err):  # rate-limited, retried by the router
                        ts_l.append(tt)
                        prompts.append(p)
                        status.append(429)
                        models.append(m)
                        tt += _u(rng, 1, 8)
                    ts_l.append(tt)
                    prompts.append(p)
                    status.append(200)
                    models.append(m)
            order = np.argsort(np.asarray(ts_l), kind="stable")
            ts = np.asarray(ts_l)[order]
            ctx.emit(rng, acct, ts, [prompts[i] for i in order.tolist()],
                     models=[models[i] for i in order.tolist()], comp_median=300.0,
                     comp_sigma=0.75, status=np.asarray(status)[order])


BENIGN_KINDS: dict[str, Callable[[bb.Ctx, np.random.Generator], None]] = {
    "espalier": espalier,
    "pollard": pollard,
    "coppice": coppice,
    "cordon": cordon,
    "stepover": stepover,
    "palmette": palmette,
}
