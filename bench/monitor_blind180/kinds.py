"""Benign hard-negative kinds of blind batch 180 (code names from wig making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    bursts,
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
from bench.monitor_blind180 import texts
from bench.monitor_blind180.families import BG_BROWSER, BG_SDK


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: release-day benchmark runs, pass@k repeats of identical items


def ventilating_needle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ventilating_needle"
    n_orgs = irange(rng, 1, 2)
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws"))
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
        for _ in range(irange(rng, 2, 3)):
            a = _benign(
                ctx,
                rng,
                kind,
                "eval_pipeline",
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
            # nightly regression runs on the old flagship, then a big campaign of runs on the new model
            runs = [
                (
                    float(s),
                    ctx.old_models[0] if chance(rng, 0.7) else ctx.old_models[-1],
                    irange(rng, 40, 120),
                    1,
                )
                for s in thinned(rng, ctx.t0, ctx.t1, irange(rng, 2, 5), nightly(22.0, 4.0, 0))
            ]
            for _ in range(irange(rng, 2, 4)):
                runs.append(
                    (
                        ctx.release + float(rng.uniform(0.5, 30)) * HOUR,
                        ctx.new_model,
                        irange(rng, 80, 250),
                        pick(rng, (1, 3, 5, 5, 10)),
                    )
                )
            for s, model, items, k in runs:
                suite = pick(rng, ("mcq", "math", "code"))
                prompts = []
                for _ in range(items):
                    prompts.extend([texts.eval_item(rng, suite)] * k)
                ts = s + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=len(prompts)))
                comp = {"mcq": 4.0, "math": 260.0, "code": 180.0}[suite]
                ctx.emit(
                    rng, a, ts, prompts, models=model, comp_median=comp, comp_sigma=0.5, err=0.03
                )


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: annotators pre-labelling with a rubric, office NAT, working hours


def knotting_hook(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "knotting_hook"
    tz = pick(rng, (5, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = home(rng, irange(rng, 2, 3), tz)
    project = pick(rng, ("Project Heron", "Batch-Q1 client A", "HelpfulnessPass", "Tern-7"))
    switch = ctx.release + float(rng.uniform(12, 36)) * HOUR
    for _ in range(irange(rng, 15, 30)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER),
            ips=[pick(rng, nat)],
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 8)),
                workday(tz, start=9.5, end=18.5),
                float(rng.uniform(5, 10)),
                float(rng.uniform(60, 150)),
            )
        )
        prompts = [texts.labelling_prompt(rng, project, ctx.chat, ctx.passages) for _ in ts]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.8)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=110.0, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# 3. tutoring product: worked-step explanations for school students, app backend


def wig_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wig_block"
    persona = pick(rng, ("Pip", "Professor Owl", "Nova", "Tutti"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 1, 3), "aws")
    tzs = rng.choice([-8, -5, 0, 1, 5], size=2, replace=False).tolist()

    def curve(t: np.ndarray) -> np.ndarray:
        return np.clip(sum(evening_person(tz, 2.0)(t) for tz in tzs) / 1.5, 0, 1)

    switch = ctx.release + float(rng.uniform(24, 60)) * HOUR
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="axios/1.7.9", ips=backend
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(14, 30)) * 7 * 24, curve)
        prompts = [texts.tutor_prompt(rng, persona, ctx.chat) for _ in ts]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.5)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=420.0, extra=140, err=0.01)


# --------------------------------------------------------------------------------------------
# 4. course cohort: students building agents, deadline rush, one university org


def canvas_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "canvas_block"
    tz = pick(rng, (1, -5, 0, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)[0]
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY

    def curve(t: np.ndarray) -> np.ndarray:
        rush = np.where((t > deadline - 1.5 * DAY) & (t < deadline), 1.0, 0.3)
        return evening_person(tz)(t) * rush

    for _ in range(irange(rng, 25, 50)):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BG_SDK) if chance(rng, 0.85) else "curl/8.5.0",
            ips=[campus] + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(3, 7)),
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [texts.course_prompt(rng, ctx.chat) for _ in ts]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.65), comp_median=380.0, err=0.02
        )


# --------------------------------------------------------------------------------------------
# 5. research study: safety and censorship prompts in several languages, old vs new model


def drawing_mats(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drawing_mats"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    uni = home(rng, 2, 1)
    vm = cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    langs = ["en", "zh", "ar", "ru"]
    for _ in range(irange(rng, 2, 5)):
        a = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=uni + vm,
            tz=1,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, irange(rng, 3, 7), workday(1))
        for s in starts.tolist():
            replay = chance(rng, 0.35)
            items = [
                texts.clip(pick(rng, ctx.chat), 5, 2000, rng)
                if replay
                else texts.study_item(rng, pick(rng, langs))
                for _ in range(irange(rng, 30, 120))
            ]
            models = [ctx.old_models[0]] + (
                [ctx.new_model] if s >= ctx.release else [ctx.old_models[-1]]
            )
            prompts = [p for p in items for _ in models]
            mlist = [m for _ in items for m in models]
            ts = s + np.cumsum(rng.lognormal(np.log(3.0), 0.7, size=len(prompts)))
            ip = a.ips[2] if chance(rng, 0.5) else pick(rng, a.ips[:2])
            ctx.emit(rng, a, ts, prompts, models=mlist, ips=ip, comp_median=300.0, err=0.02)


# --------------------------------------------------------------------------------------------
# 6. marketing agency / reseller: one key per client, multilingual bulk copy


def lace_front(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lace_front"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, 2, "digitalocean")
    curve = multi_office([1, -5])
    brands = [
        "Hollow Oak",
        "Verdi Labs",
        "Kettle & Co",
        "Nimbus Bikes",
        "Saltmarsh",
        "Opaline",
        "Brickyard",
        "Tidewell",
        "Juniper Pet",
        "Marlowe",
        "Fernhouse",
        "Quarry Coffee",
        "Lumo",
        "Peakline",
        "Orchard St",
        "Velvet Fox",
        "Cobalt Run",
        "Birchway",
        "Hatch Kitchen",
        "Solano",
    ]
    for brand in rng.choice(brands, size=irange(rng, 8, 16), replace=False).tolist():
        a = _benign(
            ctx, rng, kind, "client_key", org=org, pay=card, ua="OpenAI/NodeJS 4.85.1", ips=backend
        )
        ts = _cat(
            bursts(
                rng,
                thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 30)), curve),
                5,
                20.0,
                0.8,
                ctx.t1,
            )
        )
        prompts = [texts.agency_prompt(rng, brand) for _ in ts]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=520.0, err=0.01
        )


# --------------------------------------------------------------------------------------------
# 7. data-augmentation team: nightly paraphrase jobs for their own intent classifier


def swiss_lace(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "swiss_lace"
    tz = pick(rng, (-8, 0, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        nights = thinned(rng, ctx.t0, ctx.t1, irange(rng, 3, 6), nightly(1.5, 1.0, tz))
        ts = _cat(bursts(rng, nights, float(rng.uniform(200, 500)), 1.5, 0.4, ctx.t1))
        models = [
            ctx.new_model
            if (t >= ctx.release and chance(rng, 0.2))
            else (ctx.old_models[-1] if chance(rng, 0.7) else ctx.old_models[0])
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augment_prompt(rng) for _ in ts],
            models=models,
            comp_median=320.0,
            comp_sigma=0.35,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 8. coding agent product: tight tool loops with large repository context


def bleached_knots(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bleached_knots"
    for _ in range(irange(rng, 3, 8)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5))
        runner = cloud(rng, 1, pick(rng, ("azure", "gcp")))
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            ua="OpenAI/Python 1.63.2",
            ips=runner + home(rng, 1, tz),
            tz=tz,
        )
        repo = f"{pick(rng, ('acme', 'orbital', 'finch', 'tessera'))}/{pick(rng, ('api', 'web', 'etl', 'cli'))}"
        for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)), workday(tz)).tolist():
            k = irange(rng, 6, 30)
            ts = s + np.cumsum(rng.lognormal(np.log(8.0), 0.6, size=k))
            prompts = [texts.coding_agent_step(rng, repo, i) for i in range(k)]
            ip = a.ips[0] if chance(rng, 0.5) else a.ips[1]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.6, 0.05),
                ips=ip,
                comp_median=280.0,
                extra=rng.integers(2000, 9000, size=k),
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# 9. companion app: endless short multi-turn chats, late-night peaks, many languages


def crown_stretch(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crown_stretch"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 3), "gcp")
    persona = pick(rng, ("Mira", "Kai", "Juno", "Sol"))
    curve = global_load(float(rng.uniform(1, 5)), 0.6)
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 40)) * 7 * 24, curve)
        langs = [pick(rng, ("en", "en", "en", "es", "pt", "ja")) for _ in ts]
        prompts = [texts.companion_prompt(rng, persona, lang) for lang in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=90.0,
            extra=rng.integers(200, 3000, size=len(ts)),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 10. freelance translators: independent accounts, the same CAT plug-in template


def hair_weft(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hair_weft"
    pairs = (
        ("English", "German"),
        ("English", "Spanish"),
        ("English", "French"),
        ("German", "Italian"),
        ("English", "Portuguese"),
        ("Spanish", "English"),
        ("English", "Polish"),
        ("French", "English"),
    )
    for _ in range(irange(rng, 10, 25)):
        tz = pick(rng, (-5, -3, 0, 1, 2))
        src, tgt = pick(rng, pairs)
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            ua="OmegaT/6.0.1 gpt-mt-plugin/1.4",
            ips=home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                workday(tz, weekend=0.15),
                float(rng.uniform(8, 25)),
                25.0,
                0.9,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.cat_segment(rng, src, tgt) for _ in ts],
            models=ctx.models(rng, ts, 0.15, 0.3),
            comp_median=30.0,
            comp_sigma=0.5,
            err=0.01,
        )


BENIGN_KINDS = {
    "ventilating_needle": ventilating_needle,
    "knotting_hook": knotting_hook,
    "wig_block": wig_block,
    "canvas_block": canvas_block,
    "drawing_mats": drawing_mats,
    "lace_front": lace_front,
    "swiss_lace": swiss_lace,
    "bleached_knots": bleached_knots,
    "crown_stretch": crown_stretch,
    "hair_weft": hair_weft,
}

__all__ = ["BENIGN_KINDS"]
