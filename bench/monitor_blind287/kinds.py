"""Benign hard-negative kinds of batch 287: ten legitimate customers built to resemble this
batch's campaign families, each drawn with its own generator (`build_batch` seeds it from
(seed, salt, 2, index)). Code names are sujani words. No set walks, no `hash()`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind287 import texts
from bench.monitor_blind287.families import subset, wchoice

Rng = np.random.Generator
_COMPANIES = (
    "Kestrelworks",
    "Northpine",
    "Lumaro",
    "Brightquay",
    "Tessaly",
    "Orrin & Vale",
    "Quillfield",
    "Marrowby",
    "Solvent Labs",
    "Halcyon Mobile",
    "Fernhollow",
    "Copperleaf",
)


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------


def old_sari(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model the day it ships (pass@k samples)."""
    kind = "old_sari"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 3)):
        runs.append((ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, (old, mini))))
    first = ctx.release + float(rng.uniform(1, 6)) * HOUR
    runs.append((first, new))
    runs.append((first + float(rng.uniform(0.5, 3)) * HOUR, old))
    for _ in range(irange(rng, 1, 3)):
        runs.append((ctx.release + float(rng.uniform(0.5, 2.8)) * DAY, new))
    per_key: list[tuple[list[float], list[str], list[str], list[float], list[int]]] = [
        ([], [], [], [], []) for _ in keys
    ]
    for r_start, model in runs:
        bench = pick(rng, texts.BENCH_NAMES)
        n_items, k = irange(rng, 120, 320), pick(rng, (1, 1, 3, 5))
        base = irange(rng, 1, 5000)
        t = r_start
        for item in range(n_items):
            prompt = texts.eval_item(rng, base + item, bench)
            for _ in range(k):
                t += float(rng.exponential(float(rng.uniform(0.4, 1.6))))
                slot = per_key[int(rng.integers(len(keys)))]
                slot[0].append(t)
                slot[1].append(prompt)
                slot[2].append(model)
                slot[3].append(700.0 if bench != "code-small" else 180.0)
                slot[4].append(irange(rng, 3000, 7000) if bench == "long-context-qa" else 0)
    for a, (ts, pr, md, cm, ex) in zip(keys, per_key, strict=True):
        o = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[o],
            [pr[i] for i in o],
            models=[md[i] for i in o],
            comp_median=np.asarray(cm)[o],
            extra=np.asarray(ex, dtype=np.int64)[o],
            comp_sigma=0.5,
            err=0.02,
        )


def layered_cloth(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor grading its clients' chatbot replies with an LLM judge."""
    kind = "layered_cloth"
    tz = pick(rng, (0, 1, 2, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = [str(c) for c in rng.choice(_COMPANIES, size=irange(rng, 2, 3), replace=False)]
    langs = ["en", *subset(rng, ["de", "es", "fr"], 1, 2)]
    n = irange(rng, 3, 6)
    for i in range(n):
        batch = i == 0
        ua = "python-requests/2.32.3" if batch else pick(rng, BROWSERS + ("OpenAI/Python 1.54.0",))
        a = _benign(
            ctx,
            rng,
            kind,
            "batch" if batch else "annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "aws") if batch else office,
            tz=tz,
        )
        if batch:
            ts = thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(150, 350)) * 7, nightly(1.0, 3.0, tz)
            )
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 110)) * 5, workday(tz))
        prompts = [
            texts.grading_prompt(
                rng,
                ctx.chat,
                ctx.passages,
                pick(rng, clients),
                pick(rng, langs) if chance(rng, 0.3) else "en",
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3),
            comp_median=45.0,
            comp_sigma=0.5,
        )


def fish_motif(ctx: Ctx, rng: Rng) -> None:
    """A community platform's trust-and-safety tooling suggesting policy-compliant rewrites."""
    kind = "fish_motif"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadhouse", "Gamerly forums", "Quorra Q&A", "Pinbright"))
    langs = ["en", *subset(rng, ["de", "es", "id", "pt", "tr"], 2, 4)]
    lang_w = [3.0] + [1.0] * (len(langs) - 1)
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    peak = float(rng.uniform(14, 22))
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx, rng, kind, "moderation", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 450)) * 7, global_load(peak, 0.5))
        prompts = [
            texts.moderation_prompt(rng, platform, x) for x in wchoice(rng, langs, lang_w, len(ts))
        ]
        models = [
            ctx.new_model if t >= switch and chance(rng, 0.7) else ctx.old_models[-1]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=90.0, comp_sigma=0.5)


def sun_disc(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: tool-call steps with large repository context, many end users."""
    kind = "sun_disc"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Tidecode", "PatchPilot", "Refactory", "Gitwise"))
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    switch = ctx.release + float(rng.uniform(2, 10)) * HOUR
    curve = multi_office((-8, -5, 1, 5))
    for role, per_day in (
        ("prod", float(rng.uniform(35, 70))),
        ("staging", float(rng.uniform(3, 8))),
    ):
        a = _benign(ctx, rng, kind, role, org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=ips)
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        for s in thinned(rng, ctx.t0, ctx.t1, per_day * 7, curve).tolist():
            steps = irange(rng, 3, 15)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.7, size=steps - 1))]
            )
            ctxt = irange(rng, 2000, 9000)
            for k, t in enumerate(times.tolist()):
                ts_l.append(t)
                pr.append(
                    texts.coding_agent_first(rng, product)
                    if k == 0
                    else texts.coding_agent_step(rng)
                )
                ex.append(ctxt)
                ctxt += irange(rng, 400, 1200)
        ts = np.asarray(ts_l)
        models = [
            ctx.new_model if t >= switch and chance(rng, 0.85) else ctx.old_models[0] for t in ts_l
        ]
        ctx.emit(
            rng, a, ts, pr, models=models, extra=np.asarray(ex), comp_median=250.0, comp_sigma=0.7
        )


def muzaffarpur(ctx: Ctx, rng: Rng) -> None:
    """An NLP team augmenting intent-classifier data for its own support bot."""
    kind = "muzaffarpur"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, _COMPANIES)
    tz = pick(rng, (-5, 0, 1, 2))
    langs = ["en", *subset(rng, ["de", "es"], 1, 2)]
    job = _benign(
        ctx,
        rng,
        kind,
        "job",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "azure"),
        tz=tz,
    )
    dev = _benign(
        ctx,
        rng,
        kind,
        "developer",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=home(rng, 1, tz),
        tz=tz,
    )
    parts = []
    for _ in range(irange(rng, 2, 4)):
        night = ctx.t0 + float(irange(rng, 0, 6)) * DAY + (22 - tz) % 24 * HOUR
        k = irange(rng, 150, 400)
        parts.append(night + np.cumsum(rng.uniform(1, 4, size=k)))
    ts = np.sort(np.concatenate(parts))
    ctx.emit(
        rng,
        job,
        ts,
        [texts.augment_prompt(rng, company, pick(rng, langs)) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.3),
        comp_median=650.0,
        comp_sigma=0.4,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * 5, workday(tz))
    ctx.emit(
        rng,
        dev,
        ts,
        [texts.augment_prompt(rng, company, "en") for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.4),
        comp_median=500.0,
    )


def bhusura(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app: short messages, long persona + history context, evening peak."""
    kind = "bhusura"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en", *subset(rng, ["es", "id", "ja", "pt"], 1, 3)]
    lang_w = [3.0] + [1.0] * (len(langs) - 1)
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp")))
    peak = float(rng.uniform(18, 23))
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx, rng, kind, "backend", org=org, pay=card, ua="OpenAI/Python 1.58.1", ips=ips
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(25, 50)),
            global_load(peak, 0.7),
            float(rng.uniform(8, 14)),
            20.0,
            0.9,
        )
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        for times in sess:
            lang = wchoice(rng, langs, lang_w, 1)[0]
            hist = irange(rng, 1500, 4000)
            for t in times.tolist():
                ts_l.append(t)
                pr.append(texts.companion_message(rng, lang))
                ex.append(hist)
                hist += irange(rng, 40, 160)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            extra=np.asarray(ex),
            comp_median=110.0,
            comp_sigma=0.6,
        )


def outline_thread(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort on the department's billing: shared assignments, lab hours."""
    kind = "outline_thread"
    tz = pick(rng, (-5, 0, 1, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    week = irange(rng, 1, 8)
    lab_days = sorted(int(x) for x in rng.choice(7, size=2, replace=False))
    lab_hour = float(irange(rng, 9, 15))
    deadline = ctx.t0 + float(irange(rng, 4, 6)) * DAY + (21 - tz) % 24 * HOUR
    for _ in range(irange(rng, 25, 60)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE)
        a = _benign(
            ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=home(rng, 1, tz), tz=tz
        )
        ts_l: list[float] = []
        ip_l: list[str] = []
        for d in lab_days:
            if chance(rng, 0.85):
                s = (
                    ctx.t0
                    + d * DAY
                    + ((lab_hour - tz) % 24) * HOUR
                    + float(rng.uniform(0, 60)) * MINUTE
                )
                k = irange(rng, 2, 8)
                ts_l.extend((s + np.cumsum(rng.lognormal(np.log(240), 0.6, size=k))).tolist())
                ip_l.extend([pick(rng, campus)] * k)
        for times in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), evening_person(tz), 3.0, 120.0
        ):
            ts_l.extend(times.tolist())
            ip_l.extend([a.ips[0]] * len(times))
        if chance(rng, 0.7):
            s = deadline - float(rng.uniform(1, 8)) * HOUR
            k = irange(rng, 3, 12)
            ts_l.extend((s + np.cumsum(rng.lognormal(np.log(150), 0.7, size=k))).tolist())
            ip_l.extend([a.ips[0]] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.course_prompt(rng, week, ctx.chat) for _ in range(len(ts))],
            ips=ip_l,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.3),
            comp_median=420.0,
        )


def border_panel(ctx: Ctx, rng: Rng) -> None:
    """A translation / localisation agency: office hours, many target languages."""
    kind = "border_panel"
    tz = pick(rng, (0, 1, 2, 3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    clients = [str(c) for c in rng.choice(_COMPANIES, size=irange(rng, 3, 5), replace=False)]
    for _ in range(irange(rng, 3, 6)):
        targets = subset(
            rng, ["ar", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "tr", "zh"], 1, 2
        )
        ua = pick(
            rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0", BROWSERS[0])
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 150)) * 5, workday(tz))
        prompts = [
            texts.translation_job(rng, ctx.passages, pick(rng, targets), pick(rng, clients))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            comp_median=330.0,
        )


def newborn_quilt(ctx: Ctx, rng: Rng) -> None:
    """A research group measuring drift between the old and the new model on public prompts."""
    kind = "newborn_quilt"
    tz = pick(rng, TZS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    cluster = home(rng, irange(rng, 1, 2), tz)
    sample = [texts.clip(pick(rng, ctx.chat), 2000) for _ in range(irange(rng, 400, 800))]
    a = _benign(
        ctx, rng, kind, "study", org=org, pay=card, ua="python-requests/2.32.3", ips=cluster, tz=tz
    )
    ts_l: list[float] = []
    pr: list[str] = []
    md: list[str] = []
    t = ctx.t0 + float(rng.uniform(1, 3)) * DAY
    for p in sample[: irange(rng, 50, 100)]:  # pilot on the old model
        t += float(rng.exponential(3.0))
        ts_l.append(t)
        pr.append(p)
        md.append(ctx.old_models[0])
    for _ in range(irange(rng, 2, 3)):
        t = ctx.release + float(rng.uniform(0.2, 2.7)) * DAY
        n = irange(rng, 250, len(sample))
        for p in sample[:n]:
            t += float(rng.exponential(2.0))
            ts_l.extend([t, t + float(rng.uniform(0.5, 5))])
            pr.extend([p, p])
            md.extend([ctx.old_models[0], ctx.new_model])
    ts = np.asarray(ts_l)
    o = np.argsort(ts, kind="stable").tolist()
    ctx.emit(rng, a, ts[o], [pr[i] for i in o], models=[md[i] for i in o], comp_median=380.0)


def swaddle(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency: one key per client, one card, remote staff on home lines and VPNs."""
    kind = "swaddle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    vpn = cloud(rng, irange(rng, 3, 6), pick(rng, ("m247", "leaseweb")))
    staff = []
    for _ in range(irange(rng, 4, 7)):
        tz = pick(rng, TZS)
        staff.append((tz, home(rng, 1, tz)[0], pick(rng, BROWSERS), chance(rng, 0.4)))
    langs = subset(rng, ["de", "es", "fr", "it", "nl", "pl", "pt"], 2, 4)
    for c in range(irange(rng, 8, 16)):
        client = f"{pick(rng, _COMPANIES)} {pick(rng, ('Dental', 'Hotel', 'Plumbing', 'Studio', 'Law', 'Brewing'))} #{c + 1}"
        owner = staff[int(rng.integers(len(staff)))]
        a = _benign(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=card,
            ua=owner[2],
            ips=[owner[1]],
            tz=owner[0],
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)) * 5, workday(owner[0]))
        ips = [
            pick(rng, vpn) if owner[3] and chance(rng, 0.6) else owner[1] for _ in range(len(ts))
        ]
        prompts = [texts.agency_prompt(rng, client, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.3), comp_median=650.0
        )


BENIGN_KINDS = {
    "old_sari": old_sari,
    "layered_cloth": layered_cloth,
    "fish_motif": fish_motif,
    "sun_disc": sun_disc,
    "muzaffarpur": muzaffarpur,
    "bhusura": bhusura,
    "outline_thread": outline_thread,
    "border_panel": border_panel,
    "newborn_quilt": newborn_quilt,
    "swaddle": swaddle,
}
