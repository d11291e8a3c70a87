"""Hard-negative benign kinds of blind batch 64 (code names from figure-skating elements).

Each kind is a generator `k(ctx, rng)` that opens legitimate accounts (label "benign", family =
the kind's name) whose traffic looks like harvesting in some respect. The README card describes them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind64 import texts as T


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _office_ips(rng: np.random.Generator, tz: int) -> list[str]:
    """A company's egress: a corporate NAT on a consumer/business ISP or a cloud VPN gateway."""
    return bb.home(rng, irange(rng, 1, 2), tz) if chance(rng, 0.5) else bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure", "gcp")))


def axel(ctx: Ctx, rng: np.random.Generator) -> None:
    """Software teams running IDE coding agents: fast tool loops with big repository context."""
    kind = "axel"
    tools = ("cline/3.4.0", "continue/0.9.250 (vscode)", "aider/0.74.1 litellm/1.60.2", "roo-code/3.3.1",
             "zed/0.172.8", "OpenAI/NodeJS 4.67.1")
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, bb.TZS)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = _office_ips(rng, tz)
        ua_org = pick(rng, tools)
        p_new = float(rng.uniform(0.6, 0.95))
        for _ in range(irange(rng, 8, 25)):
            remote = chance(rng, 0.35)
            ips = bb.home(rng, irange(rng, 1, 2), tz) if remote else office
            a = _benign(ctx, rng, kind, "developer", org=org, pay=card, ua=ua_org if chance(rng, 0.8) else pick(rng, tools),
                        ips=ips, tz=tz)
            sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)), bb.workday(tz), float(rng.uniform(6, 14)),
                                    float(rng.uniform(4, 12)), 0.7)
            ts_l, prompts, extra = [], [], []
            ctx_tokens = irange(rng, 1500, 9000)
            for s in sess:
                module = pick(rng, T.CODE_MODULES)
                grow = irange(rng, 300, 900)
                for j, t in enumerate(s.tolist()):
                    ts_l.append(t)
                    prompts.append(T.ide_step(rng, j, module))
                    extra.append(ctx_tokens + j * grow)
            ts = np.asarray(ts_l)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=float(rng.uniform(150, 600)),
                     comp_sigma=0.7, err=0.02, extra=np.asarray(extra, dtype=np.int64))


def lutz(ctx: Ctx, rng: np.random.Generator) -> None:
    """Support-QA and labelling vendors using the model as a judge/classifier on work shifts."""
    kind = "lutz"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, (8, 3, 1, 5))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure", "gcp"))) + bb.home(rng, 1, tz)
        ua = pick(rng, ("python-requests/2.32.3", "label-studio-ml/1.0.9 python-requests/2.31.0", "OpenAI/Python 1.54.0"))
        shifts = bb.global_load(float(rng.uniform(0, 24)), 0.3) if chance(rng, 0.3) else bb.workday(tz, 7.0, 19.0, 0.25)
        n = irange(rng, 2, 5)
        streams = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)), n, shifts)
        p_new, p_mini = float(rng.uniform(0.2, 0.5)), float(rng.uniform(0.3, 0.6))
        for i in range(n):
            a = _benign(ctx, rng, kind, "qa_pipeline", org=org, pay=card, ua=ua, ips=ips, tz=tz)
            ts = streams[i]
            prompts, meds = [], []
            for _ in range(len(ts)):
                p, m = T.qa_label_prompt(rng)
                prompts.append(p)
                meds.append(m)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=np.array(meds),
                     comp_sigma=0.4, err=0.01, extra=irange(rng, 100, 500))


def twizzle(ctx: Ctx, rng: np.random.Generator) -> None:
    """Enterprise evaluation teams: nightly regression suites and pass@k sweeps the day a model ships."""
    kind = "twizzle"
    uas = ("inspect_ai/0.3.63 OpenAI/Python 1.61.1", "lm_eval/0.4.7 OpenAI/Python 1.58.1", "promptfoo/0.103.0 node-fetch/3.3.2")
    comp_of = {"math": 260.0, "mcq": 2.0, "code": 160.0, "cot": 200.0}
    k_of = {"math": (1, 5), "mcq": (1, 1), "code": (1, 5, 10), "cot": (1, 3)}
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, bb.TZS)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "azure", "gcp"))
        ua = pick(rng, uas)
        suites = [str(s) for s in rng.choice(("math", "mcq", "code", "cot"), size=irange(rng, 2, 4), replace=False)]
        items = [(s, T.eval_item(rng, s)) for s in suites for _ in range(irange(rng, 60, 180))]
        accts = [_benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 1, prov), tz=tz)
                 for _ in range(irange(rng, 1, 3))]
        conc = float(rng.uniform(0.1, 0.6))  # seconds between requests of a concurrent runner
        runs = []  # (start, model, item subset, k per suite)
        for d in range(8):
            night = ctx.t0 + d * bb.DAY + ((2.0 - tz) % 24) * HOUR + float(rng.uniform(0, 40)) * MINUTE
            sub = rng.choice(len(items), size=min(len(items), irange(rng, 40, 120)), replace=False).tolist()
            runs.append((night, "nightly", sub, False))
        for _ in range(irange(rng, 1, 3)):
            t = ctx.release + float(rng.uniform(0.5, 30)) * HOUR
            runs.append((t, "sweep", list(range(len(items))), True))
        for start, _name, sub, sweep in runs:
            a = pick(rng, accts)
            prompts, models, meds = [], [], []
            model = ctx.new_model if sweep and start >= ctx.release else pick(rng, ctx.old_models)
            for idx in sub:
                suite, item = items[idx]
                reps = max(k_of[suite]) if sweep else 1
                prompts.extend([item] * reps)
                meds.extend([comp_of[suite]] * reps)
                models.extend([model] * reps)
            ts = start + np.cumsum(rng.exponential(conc, size=len(prompts)))
            ips = bb.cloud(rng, 1, prov)[0] if chance(rng, 0.7) else a.ips[0]  # ephemeral CI runner
            ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=np.array(meds), comp_sigma=0.5,
                     err=0.04 if sweep else 0.005)


def choctaw(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation pipelines: CMS webhooks translating product copy, UI strings and help articles."""
    kind = "choctaw"
    for _ in range(irange(rng, 2, 4)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "hetzner"))
        ips = bb.cloud(rng, irange(rng, 1, 4), prov)
        ua = bb.sdk_ua(rng, 0.6)
        p_new = float(rng.uniform(0.3, 0.7))
        curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
        n = irange(rng, 1, 2)
        trickle = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 15)), n, curve)
        for i in range(n):
            a = _benign(ctx, rng, kind, "localisation", org=org, pay=card, ua=ua, ips=ips)
            imports = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), bb.workday(0))
            trains = bb.bursts(rng, imports, float(rng.uniform(100, 400)), float(rng.uniform(1, 3)), 0.5, ctx.t1)
            ts = np.sort(np.concatenate([trickle[i], *trains])) if trains else trickle[i]
            prompts, meds = [], []
            for _ in range(len(ts)):
                p, m = T.localisation_prompt(rng, pick(rng, ctx.passages))
                prompts.append(p)
                meds.append(m)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), comp_median=np.array(meds),
                     comp_sigma=0.3, err=0.01)


def layback(ctx: Ctx, rng: np.random.Generator) -> None:
    """Tutoring apps: students' step-by-step questions and practice sets through a backend key."""
    kind = "layback"
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, bb.TZS)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure", "digitalocean")))
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
        school, home_ = bb.workday(tz, 8.0, 15.0, 0.2), bb.evening_person(tz, 1.8)

        def curve(ts, school=school, home_=home_):
            return np.clip(0.6 * school(ts) + 0.8 * home_(ts), 0, 1)

        n = irange(rng, 1, 2)
        streams = bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 60)), n, curve)
        p_new, p_mini = float(rng.uniform(0.3, 0.8)), float(rng.uniform(0.2, 0.5))
        p_chat = float(rng.uniform(0.1, 0.3))
        for i in range(n):
            a = _benign(ctx, rng, kind, "app_backend", org=org, pay=card, ua=ua, ips=ips, tz=tz)
            ts = streams[i]
            prompts, meds = [], []
            for _ in range(len(ts)):
                if chance(rng, p_chat):
                    prompts.append(pick(rng, ctx.chat))
                    meds.append(350.0)
                else:
                    p, m = T.tutoring_prompt(rng)
                    prompts.append(p)
                    meds.append(m)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=np.array(meds),
                     comp_sigma=0.6, err=0.01)


def mohawk(ctx: Ctx, rng: np.random.Generator) -> None:
    """Routers / aggregators: many end users' mixed traffic behind a few keys on cloud egress."""
    kind = "mohawk"
    for _ in range(irange(rng, 1, 3)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provs = [str(p) for p in rng.choice(("aws", "gcp", "azure", "oracle", "ovh"), size=2, replace=False)]
        ips = bb.cloud(rng, irange(rng, 2, 6), provs[0]) + bb.cloud(rng, irange(rng, 2, 6), provs[1])
        ua = pick(rng, ("Go-http-client/2.0", "node-fetch/1.0", "undici", "reqwest/0.12.12"))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)) * (ctx.t1 - ctx.t0) / HOUR,
                        bb.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.3, 0.5))))
        a = _benign(ctx, rng, kind, "aggregator", org=org, pay=card, ua=ua, ips=ips)
        prompts, meds = [], []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.7:
                prompts.append(pick(rng, ctx.chat))
                meds.append(350.0)
            elif u < 0.85:
                prompts.append(T.rag_prompt(rng, pick(rng, ctx.passages), pick(rng, ctx.chat)))
                meds.append(220.0)
            elif u < 0.95:
                prompts.append(T.summarise_prompt(rng, pick(rng, ctx.passages)))
                meds.append(160.0)
            else:
                p, m = T.localisation_prompt(rng, pick(rng, ctx.passages))
                prompts.append(p)
                meds.append(m)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.6)), 0.3),
                 comp_median=np.array(meds), comp_sigma=0.8, err=0.02)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "axel": axel,
    "lutz": lutz,
    "twizzle": twizzle,
    "choctaw": choctaw,
    "layback": layback,
    "mohawk": mohawk,
}
