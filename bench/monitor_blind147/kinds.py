"""Benign hard-negative kinds of batch 147 (code names from knitting). Each is a function
`(ctx, rng)` creating legitimate accounts that resemble a campaign family in some way."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind147 import texts as tx

LABEL = "benign"


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label=LABEL, family=kind, role=role, campaign_id=None, **kw)


def _flat(sess: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(sess) if sess else np.empty(0)


# --------------------------------------------------------------------------------------------


def purl(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: benchmark runs with chain-of-thought prompts, fired in bursts from a
    cloud, re-run on every model (heavily on the new one after release), some with k samples."""
    kind = "purl"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    tz = int(pick(rng, (-8, -5, 0, 1)))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    bank = [tx.benchmark_item(rng, i) for i in range(irange(rng, 200, 450))]
    runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 14)), workday(tz))
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_p: list[list[str]] = [[] for _ in range(n_keys)]
    per_m: list[list[str]] = [[] for _ in range(n_keys)]
    for r in runs.tolist():
        if r >= ctx.release:
            model = ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models)
        else:
            model = pick(rng, ctx.old_models)
        frac = float(rng.uniform(0.3, 1.0))
        k = int(pick(rng, (1, 1, 1, 3)))
        items = [bank[i] for i in range(len(bank)) if rng.random() < frac]
        t = r
        for j, item in enumerate(items):
            for _ in range(k):
                t += float(rng.lognormal(np.log(0.25), 0.5))
                per_ts[j % n_keys].append(t)
                per_p[j % n_keys].append(item)
                per_m[j % n_keys].append(model)
    for a, ts, ps, ms in zip(accts, per_ts, per_p, per_m, strict=True):
        ctx.emit(rng, a, np.asarray(ts), ps, models=ms, comp_median=350.0, err=0.02)


def garter(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor: per-seat keys for annotators behind the office NAT (the model pre-labels,
    people check) plus a pipeline key running nightly pre-label jobs; rubric and preference tasks."""
    kind = "garter"
    n_seats = irange(rng, 15, 30)
    tz = int(pick(rng, (5, 8, 2, -3)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    version = f"v{irange(rng, 2, 9)}.{irange(rng, 0, 12)}"
    for _ in range(n_seats):
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator_seat",
            org=org,
            pay=card,
            ua=pick(rng, (tx.BG_CHROME, tx.BG_EDGE)),
            ips=office,
            tz=tz,
        )
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz, 9, 18),
                float(rng.uniform(5, 12)),
                float(rng.uniform(25, 70)),
            )
        )
        ps = [tx.labelling_task(rng, version, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.3, 0.5), comp_median=60.0)
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx, rng, kind, "pipeline", org=org, pay=card, ua=tx.BG_SDK, ips=office[:1], tz=tz
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)) * 7, nightly(1.0, 4.0, tz))
        ps = [tx.labelling_task(rng, version, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.3, 0.6), comp_median=60.0)


def stockinette(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product: its backend keys send step-by-step tutoring prompts for pupils during
    school hours and homework evenings."""
    kind = "stockinette"
    name = pick(rng, ("Brightpath", "Owlbook", "Mathsy", "StudyNest"))
    tz = int(pick(rng, (-5, -8, -3, 1)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), "aws")
    school, homework = workday(tz, 8, 15), evening_person(tz, 1.5)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(school(t), 0.8 * homework(t))

    lang_es = tz == -3 or chance(rng, 0.3)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(ctx, rng, kind, "backend", org=org, pay=card, ua=tx.BG_NODE, ips=ips, tz=tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)) * 7, curve)
        ps = [
            tx.tutor_prompt(rng, name, "es" if lang_es and chance(rng, 0.4) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=220.0)


def cast_on(ctx: Ctx, rng: np.random.Generator) -> None:
    """A course cohort: a class whose students all got keys on the same day, working the same
    assignments before two deadlines, from campus and home, plus one in-class lab session."""
    kind = "cast_on"
    n = irange(rng, 30, 55)
    tz = int(pick(rng, (-5, 1, 2, 5, 9)))
    course = pick(rng, ("CS101", "INFO 1110", "Intro to Programming", "DATA 120"))
    org = hexid(rng, "org")
    uni_card = chance(rng, 0.6)
    card = hexid(rng, "pay")
    campus = home(rng, irange(rng, 2, 4), tz)
    opened = ctx.t0 + float(rng.uniform(0, 1)) * DAY
    deadlines = [
        ctx.t0 + float(rng.uniform(2.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.5, 6.8)) * DAY,
    ]
    lab = ctx.t0 + float(rng.uniform(1.2, 2.0)) * DAY
    for _ in range(n):
        own = home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card if uni_card else None,
            ua=tx.person_ua(rng),
            ips=campus + own,
            tz=tz,
        )
        parts = []
        lo = opened
        for d in deadlines:
            parts += session_times(
                rng,
                max(lo, d - 1.5 * DAY),
                d,
                float(rng.uniform(1.5, 4)),
                evening_person(tz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(60, 200)),
            )
            lo = d
        if chance(rng, 0.8):
            k = irange(rng, 2, 6)
            parts.append(np.sort(lab + rng.uniform(0, 2 * HOUR, size=k)))
        ts = np.sort(_flat(parts))
        ps, ips = [], []
        for v in ts.tolist():
            assignment = 1 if v < deadlines[0] else 2
            ps.append(
                tx.course_exercise(rng, course, assignment, irange(rng, 1, 5))
                if chance(rng, 0.75)
                else tx.cut(pick(rng, ctx.chat), 5, 1000, rng)
            )
            ips.append(
                pick(rng, campus)
                if (v >= lab and v <= lab + 2 * HOUR) or chance(rng, 0.5)
                else own[0]
            )
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.2, 0.6), ips=ips, comp_median=450.0)


def swatch(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study: a factorial audit (template x age x gender x origin x repeats) run at a
    steady scripted pace on each model in turn, the new one included."""
    kind = "swatch"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws")))
    n_keys = irange(rng, 2, 4)
    accts = [
        _acct(
            ctx, rng, kind, "study_script", org=org, pay=card, ua="python-requests/2.32.3", ips=ips
        )
        for _ in range(n_keys)
    ]
    ages = (25, 35, 45, 55, 65)
    genders = ("woman", "man", "non-binary person")
    origins = tuple(rng.permutation(list(tx.COUNTRIES))[: irange(rng, 4, 6)].tolist())
    templates = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    reps = irange(rng, 2, 4)
    design = [
        (t, (str(a), g, o))
        for t in templates
        for a in ages
        for g in genders
        for o in origins
        for _ in range(reps)
    ]
    interval = float(rng.uniform(4, 12))
    blocks = [
        (ctx.old_models[0], ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY),
        (ctx.old_models[-1], ctx.t0 + float(rng.uniform(2.0, 3.3)) * DAY),
        (ctx.new_model, ctx.release + float(rng.uniform(0.2, 1.5)) * DAY),
    ]
    for bi, (model, start) in enumerate(blocks):
        a = accts[bi % n_keys]
        order = rng.permutation(len(design)).tolist()
        ts = start + np.cumsum(interval * rng.uniform(0.85, 1.25, size=len(order)))
        ps = [tx.audit_prompt(rng, design[i][0], design[i][1]) for i in order]
        ctx.emit(rng, a, ts, ps, models=model, comp_median=120.0, err=0.01)
    # a colleague's occasional manual checks
    b = accts[-1]
    ts = _flat(
        session_times(rng, ctx.t0, ctx.t1, 1.0, workday(int(pick(rng, (-5, 0, 1)))), 4.0, 60.0)
    )
    ctx.emit(
        rng,
        b,
        ts,
        [
            tx.audit_prompt(
                rng,
                int(pick(rng, templates)),
                (str(pick(rng, ages)), pick(rng, genders), pick(rng, origins)),
            )
            for _ in range(len(ts))
        ],
        models=ctx.models(rng, ts, 0.5, 0.2),
        ips=ips[0],
        comp_median=120.0,
    )


def bind_off(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency reselling access to its clients: one org and card, a key per client,
    office and content-platform addresses, many languages, including ad-policy rewrites."""
    kind = "bind_off"
    tz = int(pick(rng, (-5, 0, 1, 2, 8)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    platform = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "digitalocean", "ovh")))
    for _ in range(irange(rng, 8, 18)):
        client = f"{pick(rng, tx.NAMES)} {pick(rng, ('Foods', 'Studio', 'Travel', 'Health', 'Labs', 'Home'))}"
        lang = pick(rng, ("en", "en", "es", "de", "fr", "pt", "it", "pl", "nl", "tr"))
        on_platform = chance(rng, 0.5)
        a = _acct(
            ctx,
            rng,
            kind,
            "client_key",
            org=org,
            pay=card,
            ua=tx.BG_NODE if on_platform else tx.BG_CHROME,
            ips=platform if on_platform else office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 60)) * 7, workday(tz))
        ps = [tx.agency_prompt(rng, client, lang) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.5, 0.15), comp_median=400.0)


def yarn_over(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team generating paraphrases for its own intent classifier in nightly
    jobs, switched to the new model soon after release."""
    kind = "yarn_over"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure")))
    tz = int(pick(rng, (-5, 0, 1, 8)))
    project = pick(rng, ("intent-aug", "nlu-data", "cx-classifier", "triage-ml"))
    langs = ["en", pick(rng, ("de", "fr", "es")), pick(rng, ("pt", "it", "nl", "ja"))]
    accts = [
        _acct(ctx, rng, kind, "job_runner", org=org, pay=card, ua=tx.BG_SDK, ips=ips, tz=tz)
        for _ in range(irange(rng, 2, 4))
    ]
    start_h = float(rng.uniform(0, 4))
    for day in range(8):
        day0 = ctx.t0 + day * DAY
        for _ in range(irange(rng, 1, 2)):
            s = day0 + ((start_h - tz) % 24) * HOUR + float(rng.uniform(0, 3)) * HOUR
            k = irange(rng, 150, 450)
            ts = s + np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=k))
            a = pick(rng, accts)
            ps = [tx.augmentation_prompt(rng, pick(rng, langs), project) for _ in range(k)]
            ctx.emit(
                rng, a, ts, ps, models=ctx.models(rng, ts, 0.8, 0.1), comp_median=700.0, err=0.02
            )
    # engineers' daytime prompt iteration
    for a in accts[:1]:
        ts = _flat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 6.0, 45.0))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_prompt(rng, "en", project) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.1),
            comp_median=700.0,
        )


def raglan(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's developers using an IDE coding agent: per-developer keys, agent loops of many
    chained calls with growing context, office and home addresses, working hours."""
    kind = "raglan"
    tz = int(pick(rng, (-8, -5, 1, 2, 5)))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    product = pick(rng, ("cline", "continue", "aider"))
    ua = {
        "cline": "cline/3.2.0",
        "continue": "continue/0.9.2 vscode/1.96",
        "aider": "aider/0.72.1 litellm/1.60.2",
    }[product]
    for _ in range(irange(rng, 10, 22)):
        own = home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=office + own, tz=tz)
        tasks = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(tz))
        ts_all, ps, xs, ips = [], [], [], []
        gap = float(rng.uniform(3, 9))
        for s in tasks.tolist():
            steps = irange(rng, 4, 25)
            ip = office[0] if chance(rng, 0.7) else own[0]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=steps - 1))]
            )
            for j, v in enumerate(t.tolist()):
                ts_all.append(v)
                ps.append(tx.coding_agent_step(rng, product, j))
                xs.append(j * irange(rng, 300, 900))
                ips.append(ip)
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            ps,
            models=ctx.models(rng, ts_arr, 0.6, 0.1),
            ips=ips,
            comp_median=350.0,
            extra=np.asarray(xs, dtype=np.int64),
        )


def moss_stitch(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion / role-play chat app: backend keys, multi-turn history in every prompt, global
    evening-peaked load, several languages, mostly the cheap model."""
    kind = "moss_stitch"
    app = pick(rng, ("Kindred", "Moonpal", "Hearth", "Nook"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    langs = ["en", "en"] + [pick(rng, ("ja", "pt", "es")) for _ in range(irange(rng, 1, 2))]
    for _ in range(2):
        a = _acct(ctx, rng, kind, "backend", org=org, pay=card, ua=tx.BG_SDK, ips=ips)
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(300, 700)) * 7,
            global_load(float(rng.uniform(18, 23)), 0.6),
        )
        ps = [
            tx.companion_prompt(rng, app, pick(rng, langs), irange(rng, 1, 6))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.15, 0.6), comp_median=120.0)


def kitchener(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators' keys from the office, business documents (and some
    client web copy) into each translator's one or two target languages, working hours."""
    kind = "kitchener"
    tz = int(pick(rng, (1, 2)))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    for i in range(irange(rng, 4, 8)):
        targets = [
            pick(rng, ("de", "fr", "it", "es", "pl", "nl", "tr", "ar", "ja", "zh"))
            for _ in range(irange(rng, 1, 2))
        ]
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=pick(rng, (tx.BG_CHROME, tx.BG_SAFARI)),
            ips=office if chance(rng, 0.7) else office + home(rng, 1, tz),
            tz=tz,
        )
        ts = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                workday(tz),
                float(rng.uniform(6, 14)),
                float(rng.uniform(20, 60)),
            )
        )
        ps, cs = [], []
        for _ in range(len(ts)):
            if chance(rng, 0.75):
                doc_kind, src = tx.business_document(rng)
                tag = f"Job {irange(rng, 100, 999)} ({doc_kind})"
            else:
                src, tag = (
                    tx.cut(pick(rng, ctx.passages), 200, 900, rng),
                    f"Job {irange(rng, 100, 999)} (web copy)",
                )
            ps.append(
                tx.translation_prompt(
                    rng, pick(rng, ("pro", "plain", "job")), src, pick(rng, targets), tag
                )
            )
            cs.append(len(src) / 4 * float(rng.uniform(1.0, 1.4)))
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=np.asarray(cs) if cs else 300.0,
            comp_sigma=0.2,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "purl": purl,
    "garter": garter,
    "stockinette": stockinette,
    "cast_on": cast_on,
    "swatch": swatch,
    "bind_off": bind_off,
    "yarn_over": yarn_over,
    "raglan": raglan,
    "moss_stitch": moss_stitch,
    "kitchener": kitchener,
}
