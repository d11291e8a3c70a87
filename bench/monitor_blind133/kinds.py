"""Benign hard-negative kinds of batch 133: legitimate users built to resemble a campaign family.

Each kind is `f(ctx, rng)`: it creates its accounts (label "benign", family = the kind's name)
and emits their events. Every kind is legitimate use that a careless detector would flag.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind133 import texts as tx
from bench.monitor_blind133.families import cat, draw_langs, uni


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _order(ts_l: list[np.ndarray], *cols: list) -> tuple:
    """Concatenate per-train times and sort every per-event column with them."""
    raw = np.concatenate(ts_l) if ts_l else np.empty(0)
    o = np.argsort(raw, kind="stable")
    out = [raw[o]]
    for c in cols:
        out.append(np.asarray(c)[o] if isinstance(c, np.ndarray) else [c[i] for i in o])
    return tuple(out)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark sweeps with chain-of-thought prompts, big run at the release


def nave_boring(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nave_boring"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("gcp", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 4), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    suites = {"arith": 500.0, "mcq": 250.0, "code": 420.0, "logic": 600.0, "clin": 300.0}
    sizes = {b: irange(rng, 150, 500) for b in suites}
    runs = []  # (start, suite, model)
    for _ in range(irange(rng, 2, 4)):
        runs.append(
            (uni(rng, ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY), pick(rng, list(suites)), "old")
        )
    sweep0 = ctx.release + uni(rng, 0.5, 8) * HOUR
    for j, b in enumerate(suites):
        runs.append((sweep0 + j * uni(rng, 0.5, 2) * HOUR, b, "new"))
        if chance(rng, 0.5):
            runs.append((sweep0 + uni(rng, 6, 30) * HOUR, b, "old"))
    for _ in range(irange(rng, 1, 3)):
        runs.append(
            (uni(rng, ctx.release + DAY, ctx.t1 - 0.3 * DAY), pick(rng, list(suites)), "new")
        )
    per = {a.id: ([], [], [], []) for a in accts}
    for start, b, which in runs:
        a = pick(rng, accts)
        idx = rng.permutation(sizes[b])[: irange(rng, sizes[b] // 2, sizes[b])]
        conc = uni(rng, 8, 30)  # requests per minute
        t = start + np.cumsum(rng.exponential(MINUTE / conc, size=len(idx)))
        model = ctx.new_model if which == "new" else pick(rng, ctx.old_models)
        ts_l, ps, ms, cs = per[a.id]
        ts_l.append(t)
        ps += [tx.eval_item(b, int(i)) for i in idx]
        ms += [model] * len(idx)
        cs += [suites[b]] * len(idx)
    for a in accts:
        ts_l, ps, ms, cs = per[a.id]
        if not ts_l:
            ts_l, ps, ms, cs = (
                [np.asarray([sweep0 + uni(rng, 0, HOUR)])],
                [tx.eval_item("mcq", 0)],
                [ctx.new_model],
                [250.0],
            )
        ts, ps2, ms2, cs2 = _order(ts_l, ps, ms, np.asarray(cs))
        ctx.emit(rng, a, ts, ps2, models=ms2, comp_median=cs2, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-label a client's chatbot logs (pairwise and rubric)


def spoke_tenon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spoke_tenon"
    tz = pick(rng, (3, 5, 8))
    n = irange(rng, 6, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    projects = [f"PRJ-{irange(rng, 100, 999)}" for _ in range(irange(rng, 2, 3))]
    for _ in range(n):
        remote = chance(rng, 0.25)
        ips = bb.home(rng, 1, tz) if remote else office
        a = _acct(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, bb.BROWSERS), ips=ips, tz=tz
        )
        shift = uni(rng, 7, 14)
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            uni(rng, 40, 120) * 5.5,
            bb.workday(tz, start=shift, end=shift + 8.5),
        )
        proj = pick(rng, projects)
        prompts = [
            tx.annotation_task(rng, ctx.chat, ctx.passages, proj, irange(rng, 0, 2))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=120,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team: policy classification and compliant rewrites in several languages


def tyre_shrink(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tyre_shrink"
    offices = [int(x) for x in rng.choice([-5, 0, 1, 5, -3], size=2, replace=False)]
    egress = bb.cloud(rng, irange(rng, 1, 2), "azure")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = bb.sdk_ua(rng, 0.6)
    mix = {"en": 0.45, "es": 0.15, "pt": 0.15, "de": 0.15, "tr": 0.1}
    for _ in range(irange(rng, 4, 8)):
        tz = pick(rng, offices)
        ips = egress + (bb.home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = _acct(ctx, rng, kind, "moderator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, uni(rng, 30, 90) * 5.5, bb.workday(tz))
        prompts = [
            tx.moderation_task(rng, lang, irange(rng, 0, 2), ctx.chat)
            for lang in draw_langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.25, 0.2), comp_median=160, err=0.01
        )


# --------------------------------------------------------------------------------------------
# coding agent in an IDE: developers bring their own keys; tool results as user turns


def dished_wheel(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dished_wheel"
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 10, 25)):
        tz = pick(rng, bb.TZS)
        ips = bb.home(rng, irange(rng, 1, 2), tz) + (
            bb.cloud(rng, 1, "aws") if chance(rng, 0.2) else []
        )
        a = _acct(ctx, rng, kind, "developer", ua=ua, ips=ips, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            uni(rng, 1, 4),
            bb.workday(tz, night=0.05, weekend=0.15),
            uni(rng, 6, 20),
            uni(rng, 8, 25),
        )
        prompts, extra = [], []
        base = uni(rng, 1500, 6000)
        for s in sess:
            for j in range(len(s)):
                prompts.append(tx.coding_agent_step(rng, ctx.chat, j))
                extra.append(int(base + j * uni(rng, 500, 1500)))
        ts, prompts, extra = _order(sess, prompts, np.asarray(extra, dtype=np.int64))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=250,
            extra=extra,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrases and synthetic tickets for their own intent classifier


def tailboard(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tailboard"
    tz = pick(rng, (-5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    mix = {"en": 0.6, "de": 0.2, "es": 0.2}
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augment_job",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "aws"),
            tz=tz,
        )
        curve = bb.nightly(uni(rng, 1, 4), uni(rng, 1, 3), tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, uni(rng, 200, 500) * 7, curve)
        prompts = [
            tx.augmentation_task(rng, lang, irange(rng, 0, 1))
            for lang in draw_langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.1),
            comp_median=700,
            comp_sigma=0.5,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# companion app: one backend key relaying many people's chat turns


def whippletree(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "whippletree"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    load = bb.global_load(uni(rng, 0, 24), uni(rng, 0.5, 0.8))
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, uni(rng, 25, 60) * (ctx.t1 - ctx.t0) / HOUR, load)
        prompts = [tx.companion_message(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.5),
            comp_median=90,
            comp_sigma=0.5,
            extra=irange(rng, 300, 1200),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# research study: the same questions sampled many times per model, for calibration


def felly(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "felly"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    n_items = irange(rng, 200, 500)
    k = int(pick(rng, (5, 10, 20)))
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "grad_student",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
            ips=campus,
            tz=tz,
        )
        ts_l, ps, ms, cs = [], [], [], []
        for _ in range(irange(rng, 2, 5)):
            cand = bb.thinned(rng, ctx.t0, ctx.t1 - 0.2 * DAY, 40, bb.workday(tz))
            start = float(pick(rng, cand)) if len(cand) else uni(rng, ctx.t0, ctx.t1 - DAY)
            variant = irange(rng, 0, 1)
            items = rng.permutation(n_items)[: irange(rng, 30, 100)]
            gap = MINUTE / uni(rng, 3, 12)
            t = start
            model = (
                ctx.new_model
                if (start >= ctx.release and chance(rng, 0.6))
                else pick(rng, ctx.old_models)
            )
            for i in items.tolist():
                t += float(rng.exponential(gap))
                ts_l.append(t + np.sort(rng.uniform(0, 2.0, size=k)))
                ps += [tx.study_item(int(i), variant)] * k
                ms += [model] * k
                cs += [50.0 if variant == 0 else 150.0] * k
        ts, ps, ms, cs = _order(ts_l, ps, ms, np.asarray(cs))
        ctx.emit(rng, a, ts, ps, models=ms, comp_median=cs, comp_sigma=0.6, err=0.03)


# --------------------------------------------------------------------------------------------
# course cohort: a class works through the same homework set before a deadline


def tumbril(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tumbril"
    course = pick(rng, ("STAT101", "CS201", "ECON110"))
    tz = pick(rng, (-5, 0, 1, 8, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    deadlines = [
        ctx.t0 + d * DAY + (23.99 - tz) * HOUR for d in (irange(rng, 2, 4), irange(rng, 5, 6))
    ]
    eve = bb.evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        w = np.full(len(ts), 0.1)
        for d in deadlines:
            w += np.where(ts < d, np.exp(-(d - ts) / (1.2 * DAY)), 0.0)
        return np.clip(eve(ts) * w, 0, 1)

    n_q = irange(rng, 8, 15)
    for _ in range(irange(rng, 25, 70)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
        ips = campus + bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, uni(rng, 0.3, 1.2), curve, 5, 90)
        ts = cat(sess)
        prompts = [
            tx.homework_question(rng, course, irange(rng, 0, n_q - 1)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.1), comp_median=400, err=0.01
        )


# --------------------------------------------------------------------------------------------
# translation shop: translators and a CAT-tool backend localising clients' content


def boxing_engine(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "boxing_engine"
    tz = pick(rng, (1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    clients = [
        f"{pick(rng, ('Nordlys', 'Ambra', 'Kestrel', 'Vireo', 'Talisker', 'Orinoco'))} {pick(rng, ('GmbH', 'SA', 'Ltd', 'AB'))}"
        for _ in range(irange(rng, 3, 5))
    ]
    locales = [
        str(x)
        for x in rng.choice(
            [
                "de-DE",
                "fr-FR",
                "es-ES",
                "it-IT",
                "pl-PL",
                "nl-NL",
                "sv-SE",
                "ja-JP",
                "pt-BR",
                "tr-TR",
            ],
            size=irange(rng, 4, 8),
            replace=False,
        )
    ]
    roles = ["translator"] * irange(rng, 3, 6) + ["cat_backend"]
    for role in roles:
        backend = role == "cat_backend"
        ips = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh"))) if backend else office
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if backend else pick(rng, bb.BROWSERS)
        a = _acct(ctx, rng, kind, role, org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        jobs = bb.thinned(
            rng, ctx.t0, ctx.t1, uni(rng, 8, 25) * 5.5 * (3 if backend else 1), bb.workday(tz)
        )
        ts_l, ps, cs = [], [], []
        for s in jobs.tolist():
            client = pick(rng, clients)
            tg = [
                str(x)
                for x in rng.choice(
                    locales, size=irange(rng, 2, min(6, len(locales))), replace=False
                )
            ]
            segs = irange(rng, 1, 6 if backend else 2)
            gap = 2.5 if backend else 70.0
            for t in tg:
                for _ in range(segs):
                    p = tx.loc_segment(
                        rng, ctx.passages, client, t, 0 if backend or chance(rng, 0.5) else 1
                    )
                    ps.append(p)
                    cs.append(len(p) / 3.6)
            m = len(tg) * segs
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=m - 1))])
            )
        ts, ps, cs = _order(ts_l, ps, np.asarray(cs))
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, 0.4, 0.1),
            comp_median=cs,
            comp_sigma=0.3,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# tutoring product: lesson and practice generation plus student questions, after school hours


def hoop_iron(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hoop_iron"
    tz = pick(rng, (-5, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "aws")
    curve = bb.evening_person(tz, spread=3.0)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, uni(rng, 20, 50) * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [tx.tutoring_request(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.15), comp_median=450, err=0.01
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "nave_boring": nave_boring,
    "spoke_tenon": spoke_tenon,
    "tyre_shrink": tyre_shrink,
    "dished_wheel": dished_wheel,
    "tailboard": tailboard,
    "whippletree": whippletree,
    "felly": felly,
    "tumbril": tumbril,
    "boxing_engine": boxing_engine,
    "hoop_iron": hoop_iron,
}
