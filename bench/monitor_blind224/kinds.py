"""Benign hard-negative kinds of batch 224 (code names from cob building).

Each kind is `f(ctx, rng)`: legitimate users whose traffic resembles a campaign family of this
batch (or a campaign in general). Accounts are labelled "benign" with the kind as their family.
Nothing here walks a set while drawing. The README describes every kind and what it looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind224 import texts as tx

BENIGN = "benign"


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label=BENIGN, family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark runs with step-by-step prompts, a burst of them at launch


def stem_wall(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stem_wall"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    bank = [tx.eval_item(rng, i) for i in range(irange(rng, 300, 600))]
    runs: list[tuple[float, str]] = []
    for day in range(int((ctx.t1 - ctx.t0) / DAY)):
        for _ in range(irange(rng, 0, 2)):  # nightly regression runs on the current models
            runs.append(
                (
                    ctx.t0 + day * DAY + float(rng.uniform(0, DAY)),
                    ctx.old_models[int(rng.integers(2))],
                )
            )
    for _ in range(
        irange(rng, 4, 9)
    ):  # launch-day sweep on the new model (and a comparison on the old)
        t = ctx.release + float(rng.uniform(0.5, 30)) * HOUR
        runs.append((t, ctx.new_model if chance(rng, 0.7) else ctx.old_models[0]))
    for start, model in runs:
        items = rng.permutation(len(bank))[: irange(rng, 120, 400)].tolist()
        ts = start + np.cumsum(
            rng.lognormal(np.log(float(rng.uniform(0.6, 2.5))), 0.5, size=len(items))
        )
        key = pick(rng, keys)
        ctx.emit(rng, key, ts, [bank[i] for i in items], models=model, comp_median=420.0, err=0.01)


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators' web tool asks for draft labels on chat transcripts


def rubble_trench(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rubble_trench"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(5, bb.home(rng, irange(rng, 1, 2), 5)), (8, bb.home(rng, irange(rng, 1, 2), 8))]
    ua = pick(rng, bb.BROWSERS[:2])
    version = irange(rng, 2, 6)
    for _ in range(irange(rng, 15, 30)):
        tz, ips = pick(rng, offices)
        acct = _acct(ctx, rng, kind, "annotator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            bb.workday(tz),
            float(rng.uniform(6, 14)),
            float(rng.uniform(30, 80)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        prompts = [tx.label_task(rng, ctx.chat, ctx.passages, version) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=110.0,
        )


# --------------------------------------------------------------------------------------------
# trust & safety: civil rewrites of reported forum comments


def bottle_wall(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bottle_wall"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "semantic-kernel-dotnet/1.36.0"
    langs = ["en", "de", "es", "pt"]
    for _ in range(irange(rng, 1, 2)):
        acct = _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 2, "azure"),
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(10, 22)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(17, 22)), 0.6),
        )
        lang = [langs[i] for i in rng.choice(4, size=len(ts), p=[0.5, 0.2, 0.15, 0.15]).tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.moderation_prompt(rng, lg, ctx.chat) for lg in lang],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=120.0,
        )


# --------------------------------------------------------------------------------------------
# coding-agent CLI used by developers of a few companies


def rocket_stove(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rocket_stove"
    code_chat = tx.coding_requests(ctx.chat)
    ver = f"kestrel-agent/1.{irange(rng, 2, 6)}.{irange(rng, 0, 9)} (node 22.11)"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, bb.TZS)
        office = bb.home(rng, 1, tz)
        for _ in range(irange(rng, 6, 14)):
            acct = _acct(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=pay,
                ua=ver,
                ips=office + bb.home(rng, 1, tz),
                tz=tz,
            )
            for sess in bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                bb.workday(tz),
                float(rng.uniform(5, 14)),
                float(rng.uniform(4, 9)),
                0.7,
            ):
                if len(sess) == 0:
                    continue
                task = tx.human(rng, code_chat, 600)
                prompts = [tx.coding_agent_prompt(rng, ctx.chat, task, j) for j in range(len(sess))]
                extra = 1500 + np.arange(len(sess)) * irange(rng, 400, 1200)
                ctx.emit(
                    rng,
                    acct,
                    sess,
                    prompts,
                    models=ctx.models(rng, sess, p_new=0.6, p_mini=0.05),
                    ips=pick(rng, acct.ips),
                    comp_median=260.0,
                    extra=extra,
                )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase and synthetic-ticket generation


def clay_slip(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "clay_slip"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    ips = bb.cloud(rng, irange(rng, 1, 2), "aws")
    for _ in range(2):
        acct = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        for day in range(7):
            if chance(rng, 0.15):
                continue  # the job was skipped that night
            start = ctx.t0 + day * DAY - tz * HOUR + float(rng.uniform(1, 3)) * HOUR
            n = irange(rng, 120, 350)
            ts = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.4, size=n))
            ctx.emit(
                rng,
                acct,
                ts,
                [tx.augmentation_prompt(rng, ctx.chat) for _ in range(n)],
                models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
                comp_median=700.0,
            )


# --------------------------------------------------------------------------------------------
# companion app: long persona chats with memory, worldwide users


def lime_plaster(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lime_plaster"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "linode"))
    langs = ["en", "es", "pt", "de", "ja"]
    personas = [pick(rng, bb.NAMES).lower() for _ in range(6)]
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, 2, prov),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    starts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(4, 7)) * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(19.0, 0.7),
    )
    for s in starts.tolist():
        lang = langs[int(rng.choice(5, p=[0.45, 0.2, 0.15, 0.1, 0.1]))]
        persona = pick(rng, personas)
        k = irange(rng, 3, 15)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=k - 1))])
        extra = 400 + np.arange(k) * irange(rng, 80, 200)
        ctx.emit(
            rng,
            pick(rng, keys),
            ts,
            [tx.companion_line(rng, lang, persona, ctx.chat) for _ in range(k)],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.5),
            comp_median=160.0,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# research study: the same questions asked many times to measure answer variability


def jar_test(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "jar_test"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    campus = bb.home(rng, irange(rng, 1, 3), tz)
    items = [
        tx.soft_label_prompt(rng, i) if i % 3 == 0 else tx.human(rng, ctx.chat, 800)
        for i in range(irange(rng, 60, 150))
    ]
    reps = irange(rng, 10, 25)
    passes = [(ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, ctx.old_models[0])]
    passes.append((ctx.release + float(rng.uniform(0.3, 1.5)) * DAY, ctx.new_model))
    if chance(rng, 0.6):
        passes.append((ctx.release + float(rng.uniform(1.0, 2.5)) * DAY, ctx.old_models[0]))
    # one key per pass: each member of the study runs one model's pass from the campus network
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "study_key",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=campus,
            tz=tz,
        )
        for _ in passes
    ]
    wd = bb.workday(tz)
    for key, (start, model) in zip(keys, passes, strict=True):
        t = start
        for i, item in enumerate(items):
            while wd(np.array([t]))[0] < 0.5:  # the student runs it by hand during the day
                t += HOUR
            ts = t + np.cumsum(rng.lognormal(np.log(1.5), 0.4, size=reps))
            ctx.emit(
                rng, key, ts, [item] * reps, models=model, comp_median=3.0 if i % 3 == 0 else 300.0
            )
            t = float(ts[-1]) + float(rng.uniform(5, 120))


# --------------------------------------------------------------------------------------------
# course cohort: a bootcamp class on one campus line, then from home


def tarp_dance(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tarp_dance"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    class_start = float(rng.uniform(8.5, 13.0))
    in_class = bb.nightly(class_start, 3.0, tz)

    def class_days(ts: np.ndarray) -> np.ndarray:
        return in_class(ts) * (bb.weekday(ts, tz) < 5)

    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, ("OpenAI/Python 1.54.0", bb.BROWSERS[0], bb.BROWSERS[1]))
        homeip = bb.home(rng, 1, tz)
        acct = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + homeip, tz=tz)
        cls = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 2)), class_days, 4.0, 90.0)
        eve = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.9)), bb.evening_person(tz), 3.0, 120.0
        )
        for sess, ip in [(s, campus) for s in cls] + [(s, homeip) for s in eve]:
            if len(sess) == 0:
                continue
            day = int((float(sess[0]) - ctx.t0) // DAY)
            ctx.emit(
                rng,
                acct,
                sess,
                [tx.course_prompt(rng, day, ctx.chat) for _ in range(len(sess))],
                models=ctx.models(rng, sess, p_new=0.5, p_mini=0.2),
                ips=pick(rng, ip),
                comp_median=380.0,
            )


# --------------------------------------------------------------------------------------------
# translation shop: freelance translators pushing documents segment by segment


def window_buck(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "window_buck"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = f"cat-bridge/2.{irange(rng, 1, 5)}.{irange(rng, 0, 9)} (Windows)"
    targets = {
        1: "German",
        2: "Polish",
        3: "Turkish",
        5: "Hindi",
        8: "Indonesian",
        -3: "Brazilian Portuguese",
        0: "French",
        9: "Japanese",
    }
    tzs = sorted(targets)
    clients = ("Halvorsen Marine", "Tessaro Foods", "Brightwell Insurance", "Oakhurst Medical")
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, tzs)
        acct = _acct(
            ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=bb.home(rng, 1, tz), tz=tz
        )
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.workday(tz),
            float(rng.uniform(12, 40)),
            float(rng.uniform(15, 40)),
        ):
            if len(sess) == 0:
                continue
            doc = tx.excerpt(rng, ctx.passages, 600, 3000)
            segs = [s.strip() for s in doc.replace("\n", " ").split(". ") if s.strip()] or [doc]
            client = pick(rng, clients)
            prompts = [
                tx.translation_segment(rng, segs[j % len(segs)], targets[tz], client, j, len(sess))
                for j in range(len(sess))
            ]
            ctx.emit(
                rng,
                acct,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=0.4, p_mini=0.15),
                comp_median=70.0,
            )


# --------------------------------------------------------------------------------------------
# agency: one company's servers call the API for many small-business clients


def earthen_floor(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "earthen_floor"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    servers = bb.cloud(rng, 2, pick(rng, ("digitalocean", "hetzner")))
    for _ in range(irange(rng, 8, 20)):
        tz = pick(rng, bb.TZS)
        use = pick(rng, ("social", "seo", "email", "support", "chat"))
        business = pick(rng, tx.BUSINESSES)
        acct = _acct(
            ctx, rng, kind, "client_key", org=org, pay=pay, ua="axios/1.7.9", ips=servers, tz=tz
        )
        rate = float(rng.uniform(0.5, 5))
        curve = (
            bb.workday(tz) if use != "support" else bb.global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.agency_prompt(rng, use, ctx.chat, business) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2),
            comp_median={
                "social": 250.0,
                "seo": 1500.0,
                "email": 220.0,
                "support": 200.0,
                "chat": 350.0,
            }[use],
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "stem_wall": stem_wall,
    "rubble_trench": rubble_trench,
    "bottle_wall": bottle_wall,
    "rocket_stove": rocket_stove,
    "clay_slip": clay_slip,
    "lime_plaster": lime_plaster,
    "jar_test": jar_test,
    "tarp_dance": tarp_dance,
    "window_buck": window_buck,
    "earthen_floor": earthen_floor,
}
