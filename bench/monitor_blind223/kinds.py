"""Benign hard-negative kinds of batch 223 (code names from terrarium building).

Each kind is `f(ctx, rng)`: legitimate traffic built to resemble one of this batch's campaign
families (or a campaign in general). All accounts are labelled benign; the README says what each
kind looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind223 import texts
from bench.monitor_blind223.families import BG_BROWSERS, BG_UAS, PERSON_UAS

_BRANDS = (
    "Northwind Outfitters",
    "Kestrel Bank",
    "Pebble Telecom",
    "Orla Travel",
    "Maple & Finch",
    "Voltaro",
    "Sunbay Insurance",
    "Crumb Bakery Co",
    "Helix Pharmacy",
    "Tidewater Utilities",
)
_INDUSTRIES = (
    "fitness",
    "real estate",
    "skincare",
    "SaaS",
    "restaurants",
    "dental clinics",
    "pet supplies",
    "travel",
    "fintech",
    "furniture",
)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def drainage_layer(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab running a fixed chain-of-thought benchmark on each model, in fast scripted
    passes, the new model within hours of its release."""
    kind = "drainage_layer"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", BG_UAS[0])),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    n_items = irange(rng, 250, 450)
    first = irange(rng, 0, 10_000)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY, old),
        (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, mini),
        (ctx.release + float(rng.uniform(1, 6)) * HOUR, new),
    ]
    for _ in range(irange(rng, 2, 4)):
        runs.append((ctx.release + float(rng.uniform(0.5, 2.9)) * DAY, pick(rng, (new, new, old))))
    for j, (t, model) in enumerate(runs):
        ts = t + np.cumsum(rng.exponential(float(rng.uniform(0.2, 0.6)), size=n_items))
        prompts = [texts.bench_item(rng, first + i) for i in range(n_items)]
        ctx.emit(
            rng,
            keys[j % len(keys)],
            ts,
            prompts,
            models=model,
            comp_median=float(rng.uniform(450, 750)),
            err=0.02,
        )


def springtail(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators reviewing a client's support-bot replies with an LLM
    checklist, from two offices' NAT addresses during office hours."""
    kind = "springtail"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, bb.home(rng, irange(rng, 1, 2), tz)) for tz in (8, 5)]
    brand = pick(rng, _BRANDS)
    for _ in range(irange(rng, 10, 18)):
        tz, nat = pick(rng, offices)
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS[:2]),
            ips=nat,
            tz=tz,
        )
        for st in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)),
            bb.workday(tz),
            float(rng.uniform(15, 35)),
            float(rng.uniform(30, 60)),
        ):
            if len(st):
                prompts = [
                    texts.short_chat(rng, ctx.chat, 10, 300)
                    if chance(rng, 0.05)
                    else texts.qa_review(rng, brand, ctx.chat, ctx.passages)
                    for _ in range(len(st))
                ]
                ctx.emit(
                    rng,
                    a,
                    st,
                    prompts,
                    models=ctx.models(rng, st, p_new=0.05, p_mini=0.6),
                    comp_median=35.0,
                    comp_sigma=0.5,
                )


def cork_bark(ctx: Ctx, rng: np.random.Generator) -> None:
    """A community platform's comment-softening feature: rewrites flagged comments to fit its
    guidelines, round the clock from its backend."""
    kind = "cork_bark"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "azure")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "Go-http-client/2.0"))
    langs = ["en", "es", "pt", "de"]
    w = texts.weights_for(rng, 4, 2.0)
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.5)
    for _ in range(irange(rng, 1, 2)):
        a = _benign(ctx, rng, kind, "backend", org=org, pay=card, ua=ua, ips=ips)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 2500)), curve)
        prompts = [
            texts.moderation_rewrite(rng, texts.lang_of(rng, langs, w), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.4),
            comp_median=70.0,
        )


def hygrometer(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using a coding-agent CLI: long tool-result prompts, quick agent loops, office
    hours; a few companies plus solo developers."""
    kind = "hygrometer"
    product = pick(rng, ("tern", "quill-agent", "forge", "patchwork"))
    ua = f"{product}-cli/0.{irange(rng, 4, 19)}.{irange(rng, 0, 9)} node/20.18.1"
    teams = []
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, (-8, -5, 0, 1, 5))
        teams.append(
            (hexid(rng, "org"), hexid(rng, "pay"), tz, bb.home(rng, 1, tz), irange(rng, 3, 7))
        )
    for _ in range(irange(rng, 4, 8)):
        tz = pick(rng, bb.TZS)
        teams.append((hexid(rng, "org"), hexid(rng, "pay"), tz, bb.home(rng, 1, tz), 1))
    for org, card, tz, office, size in teams:
        for _ in range(size):
            a = _benign(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=office, tz=tz)
            base = float(rng.uniform(2500, 5000))
            for st in bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                bb.workday(tz),
                float(rng.uniform(12, 30)),
                float(rng.uniform(6, 20)),
                1.0,
            ):
                if len(st):
                    extra = np.minimum(
                        base + np.arange(len(st)) * float(rng.uniform(400, 900)), 60000
                    ).astype(np.int64)
                    ctx.emit(
                        rng,
                        a,
                        st,
                        [texts.coding_agent_turn(rng, product, ctx.chat) for _ in range(len(st))],
                        models=ctx.models(rng, st[:1], p_new=0.55) * len(st),
                        comp_median=320.0,
                        extra=extra,
                    )


def hardscape(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's ML team generating paraphrases for its own intent classifier in a nightly job."""
    kind = "hardscape"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, _BRANDS)
    tz = pick(rng, (-5, 0, 1, 8))
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp"))),
            tz=tz,
        )
        cron = bb.nightly(float(rng.uniform(0, 4)), float(rng.uniform(1.5, 3.0)), tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 800)), cron)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augment(rng, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=400.0,
            err=0.02,
        )


def mesh_lid(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion chat app's backend: short personal messages with a long persona-and-memory
    context, from users everywhere."""
    kind = "mesh_lid"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    langs = ["en", "es", "pt", "ja", "tr"]
    w = texts.weights_for(rng, 5, 1.5)
    w[0] += 1.5
    curve = bb.global_load(float(rng.uniform(18, 23)) % 24, 0.6)
    for _ in range(irange(rng, 2, 3)):
        a = _benign(ctx, rng, kind, "backend", org=org, pay=card, ua=BG_UAS[0], ips=ips)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 2500)), curve)
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.companion_msg(rng, texts.lang_of(rng, langs, w), ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=90.0,
            extra=rng.integers(800, 2500, size=len(ts)),
        )


def leaf_litter(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: each student's own account, the campus address by day and home
    in the evening, a surge before the assignment deadline."""
    kind = "leaf_litter"
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(
        rng,
        (
            "BIO 101",
            "Intro to Economics",
            "Networks 2",
            "Statistics for Social Science",
            "Data Structures",
            "Environmental Science",
        ),
    )
    deadline = ctx.t0 + float(rng.uniform(2.5, 6.5)) * DAY
    for _ in range(irange(rng, 25, 40)):
        home = bb.home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "student", ua=pick(rng, PERSON_UAS), ips=campus + home, tz=tz)
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), bb.evening_person(tz), 4.0, 80.0
        )
        sess += bb.session_times(
            rng,
            deadline - 36 * HOUR,
            deadline,
            float(rng.uniform(1.5, 4.0)),
            bb.evening_person(tz),
            6.0,
            70.0,
        )
        for st in sess:
            if len(st) == 0:
                continue
            h = float(bb.local_hour(st[:1], tz)[0])
            on_campus = 9 <= h < 17 and int(bb.weekday(st[:1], tz)[0]) < 5
            ctx.emit(
                rng,
                a,
                st,
                [texts.coursework(rng, course, ctx.chat) for _ in range(len(st))],
                models=ctx.models(rng, st, p_new=0.3),
                ips=pick(rng, campus) if on_campus else home[0],
                comp_median=400.0,
            )


def wardian_case(ctx: Ctx, rng: np.random.Generator) -> None:
    """A localisation agency: translators sending each client document into several target
    languages in a row, from the office during working hours."""
    kind = "wardian_case"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    client = pick(rng, _BRANDS)
    cat_ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", BG_BROWSERS[0], BG_BROWSERS[1]))
    for _ in range(irange(rng, 4, 9)):
        ips = office if chance(rng, 0.7) else bb.home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "translator", org=org, pay=card, ua=cat_ua, ips=ips, tz=tz)
        for t in bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(30, 70)), bb.workday(tz)
        ).tolist():
            text = texts.cut(pick(rng, ctx.passages), irange(rng, 300, 1500))
            k = irange(rng, 2, 5)
            tgts = [
                texts.LANG_CODES[i] for i in rng.permutation(len(texts.LANG_CODES))[:k].tolist()
            ]
            tt = t + np.cumsum(rng.lognormal(np.log(2 * MINUTE), 0.7, size=k))
            ctx.emit(
                rng,
                a,
                tt,
                [texts.agency_translate(rng, g, client, text) for g in tgts],
                models=ctx.models(rng, tt, p_new=0.35),
                comp_median=len(text) / 3.5,
            )


def coco_coir(ctx: Ctx, rng: np.random.Generator) -> None:
    """An academic study of answer consistency: a public prompt set replayed on every model with
    several samples each, by a small lab's scripts on the university network."""
    kind = "coco_coir"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    uni = bb.home(rng, 2, tz)
    ua = pick(rng, ("python-requests/2.32.3", BG_UAS[0]))
    keys = [
        _benign(ctx, rng, kind, "researcher", org=org, pay=card, ua=ua, ips=uni, tz=tz)
        for _ in range(irange(rng, 2, 3))
    ]
    n_prompts, n_samples = irange(rng, 150, 250), irange(rng, 3, 5)
    chosen = [texts.short_chat(rng, ctx.chat, 40, 1500) for _ in range(n_prompts)]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.4, 3.2)) * DAY, old),
        (ctx.t0 + float(rng.uniform(0.4, 3.2)) * DAY, mini),
        (ctx.release + float(rng.uniform(0.2, 2.0)) * DAY, new),
    ]
    for t, model in runs:
        n = n_prompts * n_samples
        ts = t + np.cumsum(rng.lognormal(np.log(2.0), 0.6, size=n))
        prompts = [p for p in chosen for _ in range(n_samples)]
        ctx.emit(rng, pick(rng, keys), ts, prompts, models=model, comp_median=380.0, err=0.01)


def fittonia(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing-copy platform: one sub-account per client business, all paid by the platform's
    card and sent from its backend addresses, with constraint-heavy copywriting prompts."""
    kind = "fittonia"
    card = hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "digitalocean", "gcp")))
    for _ in range(irange(rng, 25, 45)):
        tz = pick(rng, bb.TZS)
        client = f"{pick(rng, bb.NAMES)}'s {pick(rng, ('Studio', 'Shop', 'Clinic', 'Kitchen', 'Goods', 'Labs'))}"
        industry = pick(rng, _INDUSTRIES)
        a = _benign(ctx, rng, kind, "client_subaccount", pay=card, ua=BG_UAS[1], ips=ips, tz=tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(60), 0.9)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.copywriting(rng, client, industry) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=250.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "drainage_layer": drainage_layer,
    "springtail": springtail,
    "cork_bark": cork_bark,
    "hygrometer": hygrometer,
    "hardscape": hardscape,
    "mesh_lid": mesh_lid,
    "leaf_litter": leaf_litter,
    "wardian_case": wardian_case,
    "coco_coir": coco_coir,
    "fittonia": fittonia,
}
