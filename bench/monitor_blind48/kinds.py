"""Hard-negative benign kinds of blind batch 48 (code names from letterpress printing).

Each kind is `fn(ctx, rng)`: a legitimate heavy or automated user that resembles a campaign in
some respect (templates, volume, fresh keys at the release, repeated prompts, reasoning-style
outputs, rubric grading, cloud addresses). Written without reading the monitor.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind48 import texts as T
from bench.monitor_blind48.families import cut, mix, slots, statement

BEN = "benign"


def _models_ramp(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, target: float, ramp_s: float, p_mini: float
) -> list[str]:
    """A staged roll-out: the new model's share grows linearly from 0 at release to `target`."""
    ts = np.asarray(ts)
    share = target * np.clip((ts - ctx.release) / max(ramp_s, 1.0), 0.0, 1.0)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini = ctx.old_models[0], ctx.old_models[-1]
    return [
        ctx.new_model if a < s else (mini if b < p_mini else old)
        for a, b, s in zip(u.tolist(), v.tolist(), share.tolist(), strict=True)
    ]


# ------------------------------------------------------------------------------------------------
# galley: an enterprise document pipeline (nightly batches, templated JSON extraction)


def galley(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "galley"
    tz = pick(rng, (-5, 1, 0, 2))
    german = tz in (1, 2) and chance(rng, 0.6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws", "gcp"))
    egress = cloud(rng, irange(rng, 2, 6), prov)
    depts = [
        str(x)
        for x in rng.choice(
            ("legal", "finance", "support", "procurement"), size=irange(rng, 2, 4), replace=False
        )
    ]
    night_start = float(rng.uniform(0.5, 3.0))
    p_new_target = float(rng.uniform(0.0, 0.25))
    doc_tok = float(rng.uniform(1200, 4500))
    comp = float(rng.uniform(120, 280))

    def clause() -> str:
        return pick(rng, T.CLAUSE_TPL).format(
            **slots(rng),
            p1=pick(rng, T.PARTIES),
            p2=pick(rng, T.PARTIES),
            date=f"{irange(rng, 1, 28)} March 20{irange(rng, 19, 26)}",
        )

    def email() -> str:
        return cut(rng, pick(rng, ctx.chat), 60, 900)

    def prompt(dept: str) -> str:
        sl = slots(rng)
        ref = f"{dept[:3].upper()}-{irange(rng, 1000, 99999)}"
        if german and chance(rng, 0.5):
            return pick(rng, T.PIPE_DE).format(q=email(), clause=clause())
        if dept == "legal":
            return pick(rng, T.PIPE_LEGAL).format(ref=ref, clause=clause())
        if dept == "finance":
            return pick(rng, T.PIPE_FINANCE).format(
                **sl,
                ref=ref,
                p1=pick(rng, T.PARTIES),
                date=f"2026-01-{irange(rng, 1, 28):02d}",
                cur=pick(rng, ("EUR", "USD", "GBP")),
            )
        if dept == "support":
            return pick(rng, T.PIPE_SUPPORT).format(q=email(), p1=pick(rng, T.PARTIES))
        return json.dumps(
            {
                "task": "summarise_purchase_request",
                "requester": pick(rng, T.ROLES),
                "text": email(),
                "fields": ["item", "qty", "budget_code", "justification"],
            }
        )

    for dept in depts:
        ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        acct = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role=f"service_{dept}",
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
            tz=tz,
        )
        job = irange(rng, 180, 520)
        gap = float(rng.uniform(1.2, 4.0))
        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        ts_l = []
        for d in range(8):
            if chance(rng, 0.1):
                continue  # a skipped run
            s = day0 + d * DAY + (night_start + float(rng.uniform(0, 0.4))) * HOUR
            k = max(1, int(rng.poisson(job * (0.5 if weekday(np.array([s]), tz)[0] >= 5 else 1.0))))
            ts_l.append(s + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k)))
        trickle = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 70)) * 7, workday(tz))
        ts = np.sort(np.concatenate(ts_l + [trickle]))
        ps = [prompt(dept) for _ in range(len(ts))]
        extra = rng.lognormal(np.log(doc_tok), 0.5, size=len(ts)).astype(np.int64)
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=_models_ramp(ctx, rng, ts, p_new_target, 2 * DAY, 0.15),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.004,
            extra=extra,
        )


# ------------------------------------------------------------------------------------------------
# forme: a model-evaluation team benchmarking the new model the day it ships


def forme(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "forme"
    tz = pick(rng, (-8, -5, 0, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, irange(rng, 1, 2), {-8: "us", -5: "us", 0: "eu", 1: "eu"}[tz])
    ci = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    n_suites = irange(rng, 3, 5)
    suites = []
    for _ in range(n_suites):
        kind_s = pick(rng, ("mc", "cot", "code"))
        size = irange(rng, 120, 380)
        items = []
        for _ in range(size):
            sl = slots(rng)
            if kind_s == "mc":
                items.append(
                    pick(rng, T.EVAL_MC).format(
                        s1=statement(rng),
                        s2=statement(rng),
                        s3=statement(rng),
                        q=statement(rng) + "?",
                        x=statement(rng),
                        y=statement(rng),
                        z=statement(rng),
                    )
                )
            elif kind_s == "cot":
                items.append(
                    pick(rng, T.EVAL_COT).format(problem=pick(rng, T.PROBLEMS_EN).format(**sl))
                )
            else:
                fname, args, spec, ex_in, ex_out = pick(rng, T.CODE_SPECS)
                items.append(
                    pick(rng, T.EVAL_CODE).format(
                        fname=fname, args=args, spec=spec, ex_in=ex_in, ex_out=ex_out
                    )
                )
        suites.append((kind_s, items, pick(rng, (1, 1, 5, 8))))
    comp = {
        "mc": float(rng.uniform(3, 12)),
        "cot": float(rng.uniform(500, 950)),
        "code": float(rng.uniform(150, 380)),
    }
    runs_per_day = float(rng.uniform(1.0, 3.0))
    gap = float(rng.uniform(0.3, 1.2))

    old_key = ctx.account(
        rng,
        label=BEN,
        family=kind,
        role="eval_engineer",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.58.1",
        ips=office,
        tz=tz,
    )
    new_keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="release_eval_key",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1")),
            ips=ci,
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]

    def run(acct, t: float, model_of_run: str) -> None:
        kind_s, items, n_samp = pick(rng, suites)
        sub = items if chance(rng, 0.6) else picks(rng, items, max(20, len(items) // 4))
        ps = [p for p in sub for _ in range(n_samp)]
        ts = t + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(ps)))
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=model_of_run,
            comp_median=comp[kind_s],
            comp_sigma=0.45,
            err=0.02,
        )

    # before the release: small regression runs on the old models
    for t in thinned(
        rng, ctx.t0, ctx.release, 1.0 * (ctx.release - ctx.t0) / DAY, workday(tz)
    ).tolist():
        run(old_key, t, pick(rng, ctx.old_models))
    # release: fresh keys, many runs, mostly on the new model, some head-to-head on the old one
    rel = ctx.release + float(rng.uniform(0.5, 4)) * HOUR
    for t in thinned(
        rng, rel, ctx.t1, runs_per_day * (ctx.t1 - rel) / DAY, workday(tz, 7, 20, 0.3)
    ).tolist():
        u = rng.random()
        model = (
            ctx.new_model if u < 0.75 else (ctx.old_models[0] if u < 0.93 else ctx.old_models[-1])
        )
        run(pick(rng, new_keys), t, model)
    # interactive spot checks in a browser
    sess = session_times(rng, ctx.t0, ctx.t1, 1.2, workday(tz), 4, 60)
    ts = np.concatenate(sess) if sess else np.array([ctx.release + DAY])
    ctx.emit(
        rng,
        old_key,
        ts,
        [cut(rng, pick(rng, ctx.chat), 20, 800) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.7, 0.1),
        ua=pick(rng, BROWSERS),
        comp_median=380.0,
    )


# ------------------------------------------------------------------------------------------------
# composing_stick: a coding-agent product (tool results, huge growing context, staged roll-out)


def composing_stick(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "composing_stick"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 7)
    eps_per_hour = float(rng.uniform(9, 16))
    peak = float(rng.uniform(13, 17))
    depth = float(rng.uniform(0.4, 0.7))
    gap = float(rng.uniform(2, 6))
    base_ctx, step_ctx = irange(rng, 3000, 9000), irange(rng, 400, 1500)
    target = float(rng.uniform(0.5, 0.9))
    ramp = float(rng.uniform(0.5, 2.5)) * DAY
    comp = float(rng.uniform(120, 350))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="product_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 4, 14), pick(rng, ("gcp", "aws"))),
            tz=0,
        )
        for _ in range(n_keys)
    ]
    starts = thinned(
        rng, ctx.t0, ctx.t1, eps_per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth)
    )
    out = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        steps = 2 + int(rng.negative_binomial(2, 2 / (2 + 6)))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.8, size=steps - 1))])
        fill = dict(
            tool=pick(rng, T.CLI_TOOLS),
            mod=pick(rng, T.MODS),
            fn=pick(rng, T.FNS),
            res=pick(rng, T.RESOURCES),
        )
        first = (
            pick(rng, T.CODE_TASKS).format(**fill)
            if chance(rng, 0.6)
            else cut(rng, pick(rng, ctx.chat), 20, 1200)
        )
        for j in range(steps):
            sl = slots(rng)
            p = (
                first
                if j == 0
                else pick(rng, T.CODE_TOOL_OUT).format(
                    **fill, **{k2: sl[k2] for k2 in ("n1", "n2", "n3", "n4")}
                )
            )
            out[k][0].append(float(t[j]))
            out[k][1].append(p)
            out[k][2].append(base_ctx + j * step_ctx)
    for acct, (ts, ps, ex) in zip(keys, out, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            ps,
            models=_models_ramp(ctx, rng, ts_a, target, ramp, 0.1),
            comp_median=comp,
            comp_sigma=0.7,
            err=0.015,
            extra=np.asarray(ex, dtype=np.int64),
        )


# ------------------------------------------------------------------------------------------------
# reglet: a tutoring platform generating step-by-step worked solutions, plus its teachers


def reglet(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "reglet"
    tz = pick(rng, (-3, -5, 5, 1))
    banks = {
        -3: (T.TUTOR_ES, T.TUTOR_PT),
        -5: (T.TUTOR_ES, T.TUTOR_EN),
        5: (T.TUTOR_HI, T.TUTOR_EN),
        1: (T.TUTOR_IT, T.TUTOR_EN),
    }[tz]
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    per_hour = float(rng.uniform(22, 48))
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    comp = float(rng.uniform(450, 850))
    backend = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="tutor_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure"))),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]

    def school(ts: np.ndarray) -> np.ndarray:
        return np.clip(
            workday(tz, 7.5, 14.5, 0.25, 0.03)(ts) + 0.8 * evening_person(tz, 1.5)(ts) * 0.7, 0, 1
        )

    ts_all = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, school)
    who = rng.integers(0, len(backend), size=len(ts_all))
    for i, acct in enumerate(backend):
        ts = ts_all[who == i]
        ps = [
            pick(rng, pick(rng, banks)).format(
                problem=pick(rng, T.SCHOOL_PROBLEMS).format(**slots(rng)), grade=irange(rng, 4, 10)
            )
            for _ in range(len(ts))
        ]
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng, acct, ts, ps, models=models, comp_median=comp, comp_sigma=0.4, err=0.01, extra=120
        )
    for _ in range(irange(rng, 8, 22)):
        acct = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="teacher",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.4)), workday(tz, 7, 18), 4, 90
        )
        ts = np.concatenate(sess) if sess else np.array([ctx.t0 + 3 * DAY])
        ps = [
            pick(rng, T.TEACHER_TASKS).format(
                **{**slots(rng), "a": cut(rng, pick(rng, ctx.passages), 200, 700)}
            )
            if chance(rng, 0.6)
            else cut(rng, pick(rng, ctx.chat), 10, 900)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=ctx.models(rng, ts, 0.35, 0.1),
            comp_median=520.0,
            comp_sigma=0.6,
        )


# ------------------------------------------------------------------------------------------------
# hellbox: an LLM API aggregator / router relaying many end users through a few keys


def hellbox(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hellbox"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provs = [
        str(x)
        for x in rng.choice(
            ("aws", "gcp", "digitalocean", "hetzner", "ovh", "vultr"),
            size=irange(rng, 2, 3),
            replace=False,
        )
    ]
    n_keys = irange(rng, 3, 6)
    per_hour = float(rng.uniform(70, 125))
    depth = float(rng.uniform(0.25, 0.5))
    peak = float(rng.uniform(12, 18))
    p_new = float(rng.uniform(0.3, 0.6))
    p_mini = float(rng.uniform(0.1, 0.3))
    p_wrap = float(rng.uniform(0.08, 0.2))
    err = float(rng.uniform(0.02, 0.05))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="router_upstream",
            org=org,
            pay=card,
            ua=pick(rng, ("litellm/1.60.2", "axios/1.7.9", "Go-http-client/2.0")),
            ips=cloud(rng, irange(rng, 3, 8), pick(rng, provs)),
            tz=0,
        )
        for _ in range(n_keys)
    ]
    ts_all = thinned(
        rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth)
    )
    who = rng.integers(0, n_keys, size=len(ts_all))

    def prompt() -> str:
        if chance(rng, p_wrap):
            return pick(rng, T.ROUTER_WRAPPERS).format(
                a=cut(rng, pick(rng, ctx.passages), 200, 1200),
                q=cut(rng, pick(rng, ctx.chat), 10, 600),
                lang=pick(rng, T.LANGS),
            )
        return cut(rng, pick(rng, ctx.chat), 10, 2000)

    for i, acct in enumerate(keys):
        ts = ts_all[who == i]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompt() for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new, p_mini),
            comp_median=float(rng.uniform(260, 400)),
            comp_sigma=0.8,
            err=err,
            extra=irange(rng, 0, 400),
        )


# ------------------------------------------------------------------------------------------------
# makeready: a university lab's annotation study (LLM-as-judge overnight runs + daytime chat)


def makeready(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "makeready"
    tz = pick(rng, (1, 2, 0, -5))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    campus = resi(rng, irange(rng, 2, 4), "us" if tz == -5 else "eu")
    cluster = campus[:1]
    study = f"H{irange(rng, 10, 99)}"
    conds = [f"c{i}" for i in range(irange(rng, 2, 4))]
    ver = f"{irange(rng, 1, 3)}.{irange(rng, 0, 9)}"
    comp = float(rng.uniform(40, 160))
    voices_w = rng.dirichlet([4, 1, 1])  # en, de, nl

    def judge(item: int) -> str:
        q = cut(rng, pick(rng, ctx.chat), 30, 500)
        a = cut(rng, pick(rng, ctx.passages), 200, 1200)
        v = int(mix(rng, 1, voices_w)[0])
        if v == 1:
            return T.STUDY_DE[0].format(q=q, a=a)
        if v == 2:
            return T.STUDY_NL[0].format(q=q, a=a, b=cut(rng, pick(rng, ctx.passages), 200, 1200))
        return pick(rng, T.STUDY_LIKERT).format(
            study=study, cond=pick(rng, conds), item=item, ver=ver, q=q, a=a
        )

    for _ in range(irange(rng, 3, 8)):
        acct = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="grad_student",
            org=org,
            pay=pick(rng, cards),
            ua="python-requests/2.32.3",
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts_l, ps_l, ua_l, ip_l, cm_l = [], [], [], [], []
        # overnight judge jobs on the lab cluster
        job_starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)) * 7, nightly(21.5, 4.5, tz)
        )
        for s in job_starts.tolist():
            k = irange(rng, 120, 480)
            t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(1, 3))), 0.4, size=k))
            model = (
                pick(rng, [ctx.new_model, ctx.old_models[0], ctx.old_models[-1]])
                if s >= ctx.release
                else pick(rng, ctx.old_models)
            )
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                ps_l.append(judge(j))
                ua_l.append("python-requests/2.32.3")
                ip_l.append(cluster[0])
                cm_l.append((comp, model))
        # daytime: a person at a browser
        for grp in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), workday(tz, 9.5, 19), 3, 120
        ):
            for tj in grp.tolist():
                ts_l.append(tj)
                ps_l.append(
                    pick(rng, T.RESEARCH_CHAT).format(
                        **{**slots(rng), "a": cut(rng, pick(rng, ctx.passages), 200, 900)}
                    )
                    if chance(rng, 0.4)
                    else cut(rng, pick(rng, ctx.chat), 10, 1200)
                )
                ua_l.append(pick(rng, BROWSERS[:2]))
                ip_l.append(pick(rng, campus + acct.ips[-1:]))
                cm_l.append(
                    (
                        400.0,
                        ctx.new_model
                        if (tj >= ctx.release and chance(rng, 0.5))
                        else ctx.old_models[0],
                    )
                )
        if not ts_l:
            ts_l, ps_l, ua_l, ip_l, cm_l = (
                [ctx.t0 + DAY],
                [judge(0)],
                [acct.ua],
                [campus[0]],
                [(comp, ctx.old_models[0])],
            )
        ctx.emit(
            rng,
            acct,
            np.asarray(ts_l),
            ps_l,
            models=[m for _, m in cm_l],
            ips=ip_l,
            ua=ua_l,
            comp_median=np.asarray([c for c, _ in cm_l]),
            comp_sigma=0.55,
            err=0.01,
            extra=irange(rng, 0, 600),
        )


BENIGN_KINDS: dict[str, Callable] = {
    "galley": galley,
    "forme": forme,
    "composing_stick": composing_stick,
    "reglet": reglet,
    "hellbox": hellbox,
    "makeready": makeready,
}
