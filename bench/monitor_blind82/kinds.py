"""Benign hard-negative kinds of blind batch 82 (code names from hand spinning of wool).

Each kind is a function `(ctx, rng) -> None`: legitimate customers whose traffic resembles
harvesting in some way. Accounts are opened with `label="benign"` and the kind as `family`.
Every parameter is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind82 import texts
from bench.monitor_blind82.families import _cat, _windows

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def niddy_noddy(ctx: Ctx, rng: Rng) -> None:
    """A third-party model-evaluation team: benchmark runs, a big one right after the release."""
    kind = "niddy_noddy"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n)
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = []
    for _ in range(irange(rng, 1, 2)):
        runs.append(
            (
                float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)),
                pick(rng, (old, mini)),
                irange(rng, 200, 600),
            )
        )
    runs.append((ctx.release + float(rng.uniform(1, 20)) * HOUR, new, irange(rng, 1200, 3000)))
    for _ in range(irange(rng, 0, 2)):
        runs.append(
            (
                float(rng.uniform(ctx.release + DAY, ctx.t1 - 6 * HOUR)),
                pick(rng, (new, old)),
                irange(rng, 200, 700),
            )
        )
    suite_mix = rng.dirichlet(np.ones(4))
    comp_by_fmt = (3.0, 250.0, 150.0, 20.0)
    per = [([], [], [], []) for _ in range(n)]
    for t, model, items in runs:
        rps = float(rng.uniform(0.5, 3))
        k_max = irange(rng, 1, 5)
        i = 0
        for _ in range(items):
            fmt = int(rng.choice(4, p=suite_mix))
            prompt = texts.benchmark_item(rng, fmt)
            reps = 1 if fmt in (0, 3) else irange(rng, 1, k_max)
            for _ in range(reps):
                t += float(rng.exponential(1.0 / rps))
                ts, pr, md, cm = per[i % n]
                ts.append(t)
                pr.append(prompt)
                md.append(model)
                cm.append(comp_by_fmt[fmt])
                i += 1
    for a, (ts, pr, md, cm) in zip(accts, per, strict=True):
        ctx.emit(rng, a, np.asarray(ts), pr, models=md, comp_median=np.asarray(cm), comp_sigma=0.5)


def lazy_kate(ctx: Ctx, rng: Rng) -> None:
    """A data-labelling vendor using the model as a pre-annotator across offices."""
    kind = "lazy_kate"
    n = irange(rng, 5, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    offices = [
        int(x) for x in rng.choice((8, 5, 1, 3, -3), irange(rng, 2, 3), replace=False).tolist()
    ]
    nat = {tz: home(rng, 1, tz) for tz in offices}
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    fmts = tuple(sorted(rng.choice(5, irange(rng, 2, 4), replace=False).tolist()))
    office_of = [offices[i % len(offices)] for i in range(n)]
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "annotator_queue",
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=nat[office_of[i]],
            tz=office_of[i],
        )
        for i in range(n)
    ]
    for tz in offices:
        idx = [i for i in range(n) if office_of[i] == tz]
        pool = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)), len(idx), workday(tz))
        for j, i in enumerate(idx):
            ts = pool[j]
            src = [
                pick(rng, ctx.passages) if chance(rng, 0.5) else pick(rng, ctx.chat)
                for _ in range(len(ts))
            ]
            prompts = [texts.label_task(rng, s, pick(rng, fmts)) for s in src]
            ctx.emit(
                rng,
                accts[i],
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.3, 0.5),
                comp_median=float(rng.uniform(40, 150)),
            )


def drop_spindle(ctx: Ctx, rng: Rng) -> None:
    """An IDE coding-agent vendor: per-region deployment keys running long agent loops."""
    kind = "drop_spindle"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Loomcode", "Tabsmith", "PairPilot", "Codewright", "Stackhand"))
    ua = pick(rng, ("Go-http-client/2.0", "OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.6, 0.8)))
    for _ in range(n):
        prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
        a = _benign(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 3, 8), prov),
        )
        rate = float(rng.uniform(0.8, 2.0))
        gap = float(rng.uniform(1.5, 5))
        starts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            k = irange(rng, 2, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
            ctxt = float(rng.uniform(1500, 6000)) + np.concatenate(
                [[0], np.cumsum(rng.integers(200, 2500, size=k - 1))]
            )
            ep: dict = {}
            for j in range(k):
                ts_l.append(float(t[j]))
                pr_l.append(texts.ide_step(rng, product, ep))
                ex_l.append(int(ctxt[j]))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.7, 0.2),
            comp_median=float(rng.uniform(100, 300)),
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
        )


def nostepinne(ctx: Ctx, rng: Rng) -> None:
    """A localisation service: string batches fanned out to many locales, in working hours and overnight."""
    kind = "nostepinne"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("ovh", "hetzner", "scaleway"))
    tz = pick(rng, (0, 1, 2))
    ua = sdk_ua(rng, 0.5)
    glossary = "; ".join(
        f"{w} (keep in English)"
        for w in rng.choice(
            ("Workspace", "Pro", "Drive", "Vault", "Sync", "Hub"), 3, replace=False
        ).tolist()
    )
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "l10n_pipeline",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=tz,
        )
        locales = [
            texts.LOCALES[i]
            for i in rng.choice(len(texts.LOCALES), irange(rng, 8, 18), replace=False).tolist()
        ]
        fmt = int(rng.integers(0, 2))
        gap = float(rng.uniform(0.8, 3))
        job_starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 2.5)) * 7,
            workday(tz, 9, 18, weekend=0.0, night=0.0),
        )
        if chance(rng, 0.6):
            job_starts = _cat(
                [job_starts]
                + [np.asarray([a_]) for a_, _ in _windows(ctx.t0, ctx.t1, tz, 1.0, 1.0)]
            )
        ts_l, pr_l = [], []
        for s in job_starts.tolist():
            t = s
            for _ in range(irange(rng, 3, 12)):
                strings = texts.ui_strings(rng)
                for loc in locales:
                    t += float(rng.lognormal(np.log(gap), 0.5))
                    ts_l.append(t)
                    pr_l.append(texts.localise(rng, strings, loc, glossary, fmt))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.4, 0.4),
            comp_median=float(rng.uniform(80, 250)),
        )


def charkha(ctx: Ctx, rng: Rng) -> None:
    """Students on phones and laptops asking for step-by-step homework help."""
    kind = "charkha"
    n = irange(rng, 20, 35)
    carrier = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", -8: "us_mobile", 1: "eu_mobile"}
    for _ in range(n):
        tz = pick(rng, (5, 5, 8, 1, -5, -3, 9))
        lang = pick(rng, texts.TZ_LANGS[tz])
        phone = chance(rng, 0.4)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            ua=pick(rng, MOBILE if phone else BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.4),
            ctx.t1,
            float(rng.uniform(0.4, 2)),
            evening_person(tz),
            float(rng.uniform(2, 6)),
            float(rng.uniform(40, 200)),
        )
        ts_l, ip_l = [], []
        for s in sess:
            addr = (
                mobile_v6(rng, 1, carrier[tz])[0]
                if phone and tz in carrier and chance(rng, 0.6)
                else pick(rng, a.ips)
            )
            ts_l += s.tolist()
            ip_l += [addr] * len(s)
        ts = np.asarray(ts_l)
        prompts = [
            texts.homework(rng, lang) if chance(rng, 0.75) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.8)), 0.3),
            ips=ip_l,
            comp_median=350,
        )


def rolag(ctx: Ctx, rng: Rng) -> None:
    """A university lab auditing model bias: persona × question grids with repeated samples."""
    kind = "rolag"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8, 0, 1, 9))
    nat = home(rng, 1, tz)
    cluster = cloud(rng, irange(rng, 1, 2), "gcp")
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=nat + cluster,
            tz=tz,
        )
        ts_l, pr_l, md_l = [], [], []
        for _ in range(irange(rng, 1, 3)):
            t = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
            model = ctx.new_model if t >= ctx.release and chance(rng, 0.7) else ctx.old_models[0]
            personas, samples = irange(rng, 6, 20), irange(rng, 3, 10)
            qs = [
                texts._PROBE_QS[i]
                for i in rng.choice(len(texts._PROBE_QS), irange(rng, 2, 5), replace=False).tolist()
            ]
            fmt = int(rng.integers(0, 3))
            rps = float(rng.uniform(0.5, 2))
            for _ in range(personas):
                for q in qs:
                    prompt = texts.research_probe(rng, q, fmt)
                    for _ in range(samples):
                        t += float(rng.exponential(1 / rps))
                        ts_l.append(t)
                        pr_l.append(prompt)
                        md_l.append(model)
        ctx.emit(
            rng, a, np.asarray(ts_l), pr_l, models=md_l, comp_median=float(rng.uniform(120, 300))
        )


def skein(ctx: Ctx, rng: Rng) -> None:
    """Small companies generating synthetic utterances for their own intent classifiers."""
    kind = "skein"
    n = irange(rng, 2, 4)
    for _ in range(n):
        tz = pick(rng, (-5, 0, 1, -8, 5))
        a = _benign(
            ctx,
            rng,
            kind,
            "ml_engineer",
            ua=sdk_ua(rng, 0.6),
            ips=home(rng, 1, tz) if chance(rng, 0.5) else cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)) * 7, workday(tz, weekend=0.0, night=0.0)
        )
        size, gap = float(rng.uniform(15, 60)), float(rng.uniform(3, 10))
        fmts = tuple(sorted(rng.choice(3, irange(rng, 1, 3), replace=False).tolist()))
        parts = []
        for s in starts.tolist():
            k = max(1, int(rng.poisson(size)))
            parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            )
        ts = _cat(parts)
        prompts = [texts.intent_synth(rng, pick(rng, fmts)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.3),
            comp_median=float(rng.uniform(700, 1400)),
            comp_sigma=0.4,
        )


def great_wheel(ctx: Ctx, rng: Rng) -> None:
    """A consumer chatbot app: backend keys carrying many end users' genuine chats worldwide."""
    kind = "great_wheel"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("Chatterbox", "AskMia", "Nimbus Chat", "Pocket Sage", "Hola Bot"))
    prov = pick(rng, ("aws", "gcp", "digitalocean"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    curve = global_load(float(rng.uniform(10, 22)), float(rng.uniform(0.3, 0.6)))
    prefix = (
        f"You are {app}, a cheerful assistant in a mobile app. Keep answers short and friendly."
    )
    for _ in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 5), prov),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = []
        for _ in range(len(ts)):
            text = pick(rng, ctx.chat)
            if chance(rng, 0.2):
                text += f"\n(Reply in {texts.LANG_NAMES[pick(rng, texts.LANGS)]}.)"
            prompts.append(texts.app_wrap(prefix, text))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.6),
            comp_median=float(rng.uniform(250, 450)),
        )


def skirting(ctx: Ctx, rng: Rng) -> None:
    """A safety red-team contractor: policy grading, sensitive-topic balance checks, multilingual probes."""
    kind = "skirting"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, -8, -5, 1))
    nat = home(rng, 1, tz)
    other = [
        texts.LANGS[i]
        for i in rng.choice(len(texts.LANGS), irange(rng, 2, 4), replace=False).tolist()
    ]
    fmts = tuple(sorted(rng.choice(4, irange(rng, 2, 4), replace=False).tolist()))
    pool = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 18)), n, multi_office([tz]))
    for i in range(n):
        a = _benign(
            ctx,
            rng,
            kind,
            "red_teamer",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.5),
            ips=nat + cloud(rng, 1, pick(rng, ("aws", "gcp"))),
            tz=tz,
        )
        ts = pool[i]
        prompts = [
            texts.redteam(
                rng,
                pick(rng, ctx.passages),
                pick(rng, other) if chance(rng, 0.3) else "en",
                pick(rng, fmts),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            comp_median=float(rng.uniform(300, 500)),
        )


BENIGN_KINDS = {
    "niddy_noddy": niddy_noddy,
    "lazy_kate": lazy_kate,
    "drop_spindle": drop_spindle,
    "nostepinne": nostepinne,
    "charkha": charkha,
    "rolag": rolag,
    "skein": skein,
    "great_wheel": great_wheel,
    "skirting": skirting,
}
