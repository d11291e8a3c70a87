"""Benign hard-negative kinds of blind batch 301 (code names from winemaking).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Everything is drawn from the kind's own generator, in a fixed
order (no set is walked).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind301 import texts as tx
from bench.monitor_blind301.families import BG_BROWSER

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate([np.empty(0)] + parts))


# ============================================================================================


def pomace(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab re-running its fixed benchmark suites on every model, hardest after the
    release: bursty, cloud, step-by-step prompts, the same items on each run."""
    kind = "pomace"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    keys = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=bb.sdk_ua(rng, 0.6), ips=ips)
        for _ in range(irange(rng, 2, 5))
    ]
    suites = ("mcq", "math", "cot", "code")
    bank = {s: [tx.eval_item(rng, s) for _ in range(irange(rng, 120, 300))] for s in suites}
    comp = {"mcq": 4.0, "math": 260.0, "cot": 420.0, "code": 300.0}
    n_runs = irange(rng, 6, 11)
    for _ in range(n_runs):
        after = chance(rng, 0.7)
        lo = ctx.release if after else ctx.t0
        hi = ctx.t1 - 0.3 * DAY if after else ctx.release
        s0 = float(rng.uniform(lo, hi))
        model = ctx.new_model if after and chance(rng, 0.7) else pick(rng, ctx.old_models)
        suite = pick(rng, suites)
        items = bank[suite]
        a = pick(rng, keys)
        ts = s0 + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.5)), size=len(items)))
        ctx.emit(rng, a, ts, items, models=model, comp_median=comp[suite], err=0.02)


def fining(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's annotators drafting rubric grades with the model in a browser tool,
    office hours, one org and card, an office NAT."""
    kind = "fining"
    tz = pick(rng, (5, 8, 1, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("HELIOS", "Kestrel", "P-117", "Nimbus-RLHF", "Atlas-QA"))
    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(irange(rng, 12, 24)):
        wfh = chance(rng, 0.25)
        ips = office + (bb.home(rng, 1, tz) if wfh else [])
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSER[:2] + BG_BROWSER[3:]),
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 9)),
            bb.workday(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(60, 160)),
        )
        ts = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.labelling_item(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=110.0,
        )


def hydrometer(ctx: Ctx, rng: Rng) -> None:
    """A homework-tutoring app's backend: step-by-step explanations in several languages, around
    the clock as school hours move across time zones."""
    kind = "hydrometer"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 5), "aws")
    app = pick(rng, ("StudyOwl", "MathMate", "Tutorly", "BrainBox"))
    keys = [
        _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=nat
        )
        for _ in range(irange(rng, 1, 3))
    ]
    langs, lw = ("en", "es", "hi", "fr"), rng.dirichlet([5.0, 2.0, 1.5, 1.0])
    rate = float(rng.uniform(10, 25))
    curve = bb.multi_office([-5, -3, 1, 5])
    ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * 7 * 24, curve)
    who = rng.integers(0, len(keys), size=len(ts))
    for i, a in enumerate(keys):
        t = ts[who == i]
        prompts = [
            tx.tutoring_wrap(rng, tx.homework(rng, lg), irange(rng, 5, 12), app)
            for lg in tx.wpicks(rng, langs, lw, len(t))
        ]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, 0.3, 0.5), comp_median=380.0)


def batonnage(ctx: Ctx, rng: Rng) -> None:
    """One university course: students onboarded together, the same assignment in their own words,
    campus NAT by day and home broadband at night, a deadline surge, the department's card."""
    kind = "batonnage"
    tz = pick(rng, (-5, 0, 1, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ("CS 241", "COMP2310", "INF-3200", "CSE 120"))
    hw = irange(rng, 2, 6)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.8)) * DAY
    onboard = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY

    def surge(ts: np.ndarray) -> np.ndarray:
        d = (deadline - np.asarray(ts)) / DAY
        return np.where(d < 0, 0.15, np.clip(1.0 / (1.0 + 1.5 * d), 0.1, 1.0))

    for _ in range(irange(rng, 28, 55)):
        own_card = chance(rng, 0.2)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=None if own_card else card,
            ua=pick(rng, ("OpenAI/Python 1.54.0",) + BG_BROWSER[:2]),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        start = onboard + float(rng.uniform(0, 0.3)) * DAY

        def curve(ts: np.ndarray, _tz: int = tz) -> np.ndarray:
            return surge(ts) * np.clip(bb.evening_person(_tz)(ts) + bb.workday(_tz)(ts), 0, 1)

        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(2, 6)),
            float(rng.uniform(50, 150)),
        )
        ts = _cat(sess)
        h = bb.local_hour(ts, tz)
        on_campus = (h >= 9) & (h < 17) & (bb.weekday(ts, tz) < 5)
        ips = [
            a.ips[int(rng.integers(len(campus)))] if c else a.ips[-1] for c in on_campus.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.assignment(rng, course, hw, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.5, 0.1),
            ips=ips,
            comp_median=420.0,
        )


def cold_soak(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety research group probing refusals and moderation labels, in several
    languages, on all models, from a university office and a batch VM."""
    kind = "cold_soak"
    tz = pick(rng, (1, 0, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    vm = bb.cloud(rng, 1, pick(rng, ("azure", "gcp")))
    langs, lw = ("en", "de", "zh"), rng.dirichlet([4.0, 1.5, 1.5])
    models = list(ctx.old_models) + [ctx.new_model]
    for _ in range(irange(rng, 3, 7)):
        a = _benign(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=office + vm,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), bb.workday(tz))
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(25, 80)), float(rng.uniform(2, 6))))
        # protocols compare all models: round-robin over what exists at that time
        mdl = [
            models[i % 3] if t >= ctx.release else models[i % 2] for i, t in enumerate(ts.tolist())
        ]
        ips = [vm[0] if chance(rng, 0.6) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.moderation_study(rng, ctx.chat, ctx.passages, lg)
                for lg in tx.wpicks(rng, langs, lw, len(ts))
            ],
            models=mdl,
            ips=ips,
            comp_median=160.0,
        )


def bentonite(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency reselling access: one key per client, one card, a small cloud backend,
    three variants generated per request (regenerate button)."""
    kind = "bentonite"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 1, 3), "digitalocean")
    tzs = [pick(rng, TZS) for _ in range(2)]
    curve = bb.multi_office(tzs)
    n_var = irange(rng, 2, 4)
    for c in range(irange(rng, 10, 22)):
        client = (
            pick(
                rng,
                (
                    "Nordlys",
                    "Casa Verde",
                    "Brightpath",
                    "Kiwi&Co",
                    "Urban Nest",
                    "Solstice",
                    "Ferro",
                    "Blue Heron",
                ),
            )
            + f"-{c}"
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "client_subkey",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=backend,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 60)), curve)
        ts_l, pl = [], []
        for s in starts.tolist():
            p = tx.ad_copy(rng, client)
            t = s + np.concatenate([[0.0], np.cumsum(rng.uniform(0.2, 1.5, size=n_var - 1))])
            ts_l.extend(t.tolist())
            pl.extend([p] * n_var)
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, pl, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=180.0)


def demijohn(ctx: Ctx, rng: Rng) -> None:
    """An in-house ML team generating paraphrases for its own intent classifier: a few big jobs on
    workdays, JSON-ish generation prompts, long outputs."""
    kind = "demijohn"
    tz = pick(rng, (-8, -5, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), "gcp")
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "ml_engineer",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.workday(tz, weekend=0.0)
        )
        ts = _cat(
            [
                s
                + np.cumsum(rng.exponential(float(rng.uniform(1.5, 4)), size=irange(rng, 150, 500)))
                for s in starts.tolist()
            ]
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=500.0,
            comp_sigma=0.4,
        )


def solera(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: tool loops seconds apart, big repository context, heavy daytime load
    across several offices, early adoption of the new model."""
    kind = "solera"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 4, 8), "aws")
    curve = bb.multi_office([-8, -5, 1])
    for _ in range(irange(rng, 3, 5)):
        repo = pick(
            rng, ("acme/webshop", "northwind/api", "lumen/infra", "tallow/mobile", "quarry/etl")
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "litellm/1.60.2")),
            ips=nat,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)) * 7 * 24, curve)
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(4, 9)), float(rng.uniform(3, 8))))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.coding_agent(rng, ctx.chat, repo) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.1),
            comp_median=260.0,
            extra=rng.integers(1500, 8000, size=len(ts)),
        )


def sur_lie(ctx: Ctx, rng: Rng) -> None:
    """Users of a bring-your-own-key companion app on their phones: long evening role-play chats
    with growing context, carrier addresses, one person per key."""
    kind = "sur_lie"
    chars = (
        "Mira the lighthouse keeper",
        "Captain Oduya",
        "Professor Lark",
        "Juniper",
        "Sol the fox",
    )
    for _ in range(irange(rng, 15, 30)):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        carrier = "us_mobile" if tz < 0 else "eu_mobile"
        a = _benign(
            ctx,
            rng,
            kind,
            "app_user",
            ua=pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0")),
            ips=bb.mobile_v6(rng, irange(rng, 4, 12), carrier) + bb.home(rng, 1, tz),
            tz=tz,
        )
        character = pick(rng, chars)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.evening_person(tz, 1.5),
            float(rng.uniform(8, 20)),
            float(rng.uniform(20, 50)),
        )
        ts_l, pl, extra = [], [], []
        for s in sess:
            ctxlen = 0
            for i, t in enumerate(s.tolist()):
                p = tx.companion(rng, ctx.chat, character, i)
                ts_l.append(t)
                pl.append(p)
                extra.append(ctxlen + 300)
                ctxlen += len(p) // 4 + irange(rng, 60, 200)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.25, 0.2),
            comp_median=140.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


def destemmer(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: translators push documents segment by segment from a CAT tool, many
    language pairs, office hours, one org and card."""
    kind = "destemmer"
    tz = pick(rng, (1, 2, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    cat_server = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    pairs = (
        ("en", "de"),
        ("en", "fr"),
        ("de", "en"),
        ("en", "ja"),
        ("en", "pl"),
        ("fr", "en"),
        ("en", "es"),
    )
    client = pick(rng, ("LX", "TRD", "GLB", "MNO"))
    for _ in range(irange(rng, 4, 8)):
        a = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=office + cat_server,
            tz=tz,
        )
        my_pairs = picks(rng, pairs, 2)
        docs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(5, 12)), bb.workday(tz))
        ts_l, pl = [], []
        for s in docs.tolist():
            pair, gl = pick(rng, my_pairs), chance(rng, 0.5)
            k = irange(rng, 20, 120)
            t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.5, size=k))
            ts_l.extend(t.tolist())
            pl.extend(tx.translation_job(rng, ctx.passages, pair, client, gl) for _ in range(k))
        ts = np.asarray(ts_l)
        ips = [cat_server[0] if chance(rng, 0.7) else office[0] for _ in range(len(ts))]
        ctx.emit(rng, a, ts, pl, models=ctx.models(rng, ts, 0.4, 0.05), ips=ips, comp_median=300.0)


BENIGN_KINDS = {
    "pomace": pomace,
    "fining": fining,
    "hydrometer": hydrometer,
    "batonnage": batonnage,
    "cold_soak": cold_soak,
    "bentonite": bentonite,
    "demijohn": demijohn,
    "solera": solera,
    "sur_lie": sur_lie,
    "destemmer": destemmer,
}
