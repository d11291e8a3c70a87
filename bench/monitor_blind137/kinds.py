"""Benign hard-negative kinds of batch 137 (code names from stonemasonry).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind137 import texts as tx

BEN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _office_hours(t: float, tz: int) -> bool:
    h = float(bb.local_hour(np.asarray([t]), tz)[0])
    return 9.0 <= h < 17.0 and int(bb.weekday(np.asarray([t]), tz)[0]) < 5


def _day_starts(ctx: Ctx, tz: int) -> list[float]:
    """Local midnights (epoch seconds) of the window's days."""
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    return [float(first + k * DAY) for k in range(9) if first + k * DAY < ctx.t1]


# --------------------------------------------------------------------------------------------
# an evaluation lab running reasoning suites, re-running the same items on the new model


def ashlar(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "ashlar"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    tz = pick(rng, (-8, -5, 0, 1))
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2")),
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    suite = irange(rng, 500, 1100)
    runs = []  # (start, model, lang)
    days = _day_starts(ctx, tz)
    for d in days:
        if d + 10 * HOUR < ctx.release and chance(rng, 0.5):
            runs.append((d + float(rng.uniform(9, 16)) * HOUR, ctx.old_models[0], "en"))
    rel = ctx.release + float(rng.uniform(1, 5)) * HOUR
    for k, lang in enumerate(("en", "en", "de", "ja")):
        runs.append((rel + k * float(rng.uniform(3, 8)) * HOUR, ctx.new_model, lang))
    for d in days:
        if d > ctx.release + DAY and chance(rng, 0.6):
            runs.append(
                (
                    d + float(rng.uniform(9, 16)) * HOUR,
                    pick(rng, (ctx.new_model, ctx.old_models[0])),
                    "en",
                )
            )
    for start, model, lang in runs:
        a = pick(rng, accts)
        n = suite if lang == "en" else suite // 3
        gaps = rng.lognormal(np.log(float(rng.uniform(0.6, 1.5))), 0.5, size=n)
        ts = start + np.cumsum(gaps)
        prompts = [tx.eval_item(rng, i, lang) for i in range(n)]
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=330, err=0.03)


# --------------------------------------------------------------------------------------------
# a labelling vendor's annotators grading chatbot replies by guideline


def mortar(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mortar"
    n = irange(rng, 18, 32)
    tz, region = pick(rng, ((8, "sea"), (-3, "latam"), (1, "eu")))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.resi(rng, irange(rng, 1, 2), region)
    version = irange(rng, 3, 9)
    lang = {"sea": "tl", "latam": "es", "eu": "en"}[region]
    accts = []
    for _ in range(n):
        home = bb.resi(rng, 1, region) if chance(rng, 0.35) else []
        accts.append(
            ctx.account(
                rng,
                label=BEN,
                family=name,
                role="annotator",
                org=org,
                pay=card,
                ua=pick(rng, bb.BROWSERS),
                ips=office + home,
                tz=tz,
            )
        )
    shift = bb.workday(tz, start=8.0, end=18.0, weekend=0.1)
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 4)),
            shift,
            float(rng.uniform(6, 12)),
            float(rng.uniform(70, 160)),
        )
        ts = _cat(sess)
        prompts = [
            tx.annotation(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                version,
                lang if chance(rng, 0.4) else "en",
            )
            if chance(rng, 0.9)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            comp_median=160,
            err=0.005,
        )


# --------------------------------------------------------------------------------------------
# a social platform's trust & safety service rewriting flagged posts


def corbel(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "corbel"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    community = pick(rng, ("Threadly", "Vibe Forum", "Kopi Club", "Papo Reto", "Stammtisch Online"))
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="service",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1")),
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(25, 45))
    langs = {"en": 0.5, "pt": 0.2, "es": 0.15, "de": 0.15}
    load = bb.global_load(float(rng.uniform(16, 22)), 0.6)
    for a, ts in zip(
        accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, load), strict=True
    ):
        prompts = [
            tx.moderation_rewrite(rng, pick(rng, ctx.chat), tx.weighted(rng, langs), community)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=140,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# developers using an IDE coding agent on their own keys


def voussoir(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "voussoir"
    n = irange(rng, 25, 42)
    team_org, team_card = hexid(rng, "org"), hexid(rng, "pay")
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        team = chance(rng, 0.3)
        ver = f"{irange(rng, 0, 2)}.{irange(rng, 10, 40)}.{irange(rng, 0, 9)}"
        ua = pick(
            rng,
            (
                f"code-agent/{ver} (vscode 1.96.2) OpenAI/NodeJS 4.85.1",
                f"code-agent/{ver} (jetbrains) OpenAI/NodeJS 4.85.1",
                "OpenAI/NodeJS 4.67.1",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label=BEN,
                family=name,
                role="developer",
                org=team_org if team else None,
                pay=team_card if team else None,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    for a in accts:
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4.5)) * 7, bb.workday(a.tz, weekend=0.15)
        )
        ts_all, prompts, extras = [], [], []
        for s in starts.tolist():
            task = pick(rng, tx.DEV_TASKS)
            k = irange(rng, 4, 22)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.8, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                p, x = tx.ide_step(rng, task, j)
                ts_all.append(tj)
                prompts.append(p)
                extras.append(x)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55),
            comp_median=260,
            extra=np.asarray(extras, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a data-augmentation team generating paraphrases for its own intent classifier


def plinth(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "plinth"
    n_keys = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1))
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="pipeline",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = {"en": 0.5, "es": 0.2, "de": 0.15, "fr": 0.15}
    nights = [d for d in _day_starts(ctx, tz) if chance(rng, 0.6)]
    for d in nights:
        a = pick(rng, accts)
        t = (
            d
            + float(rng.uniform(1, 3)) * HOUR
            + np.cumsum(
                rng.lognormal(np.log(float(rng.uniform(6, 14))), 0.4, size=irange(rng, 250, 520))
            )
        )
        prompts = [tx.augment(rng, pick(rng, list(tx.INTENTS)), tx.weighted(rng, langs)) for _ in t]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.15, p_mini=0.6),
            comp_median=520,
            comp_sigma=0.3,
            err=0.01,
        )
    if not nights:  # the pipeline ran at least once
        a = accts[0]
        t = ctx.t0 + 3 * HOUR + np.cumsum(rng.lognormal(np.log(8.0), 0.4, size=300))
        ctx.emit(
            rng,
            a,
            t,
            [tx.augment(rng, pick(rng, list(tx.INTENTS)), "en") for _ in t],
            models=ctx.old_models[-1],
            comp_median=520,
        )


# --------------------------------------------------------------------------------------------
# a companion app's backend: many end users' multi-turn chats with memory


def rubble(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "rubble"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("digitalocean", "linode")))
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(5, 9))  # end-user sessions started per hour
    load = bb.global_load(20.0, 0.7)
    for a, starts in zip(
        accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, load), strict=True
    ):
        ts_all, prompts, extras = [], [], []
        for s in starts.tolist():
            persona = pick(rng, tx.COMPANIONS)
            k = 1 + int(rng.negative_binomial(2, 0.25))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.9, size=k - 1))])
            base = irange(rng, 0, 200)
            for j, tj in enumerate(t.tolist()):
                p, x = tx.companion(rng, persona, base + j, pick(rng, ctx.chat))
                ts_all.append(tj)
                prompts.append(p)
                extras.append(x)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=ctx.models(rng, ts[order], p_new=0.2, p_mini=0.5),
            comp_median=110,
            extra=np.asarray(extras, dtype=np.int64)[order],
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: same assignment questions, regenerate clicks, deadline rushes


def scutch(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "scutch"
    n = irange(rng, 40, 70)
    tz = pick(rng, (-5, 0, 1, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    course = pick(rng, list(tx.COURSES))
    questions = tx.COURSES[course]
    deadlines = [
        ctx.t0 + float(rng.uniform(2.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.5, 6.5)) * DAY,
    ]
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        ts_all, prompts = [], []
        rush = [
            bb.thinned(
                rng,
                d - float(rng.uniform(4, 30)) * HOUR,
                d,
                float(rng.uniform(2, 6)),
                bb.evening_person(tz, 4),
            )
            for d in deadlines
        ]
        casual = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 5)), bb.evening_person(tz))
        for s in _cat(rush + [casual]).tolist():
            q = pick(rng, questions) if chance(rng, 0.75) else pick(rng, ctx.chat)
            reps = 1 + (irange(rng, 1, 3) if chance(rng, 0.35) else 0)
            t = s + np.concatenate([[0.0], np.cumsum(rng.uniform(15, 90, size=reps - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([q] * reps)
            if chance(rng, 0.5):
                ts_all.append(float(t[-1] + rng.uniform(40, 200)))
                prompts.append(
                    tx.casual(
                        rng,
                        pick(
                            rng,
                            (
                                "can you explain that more simply?",
                                "why though",
                                "give me an example",
                                "is that on the exam?",
                                "ok and how do i write that in my answer",
                            ),
                        ),
                    )
                )
        ts = np.asarray(ts_all)
        ips = [campus[0] if _office_hours(t, tz) else a.ips[-1] for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=300,
        )


# --------------------------------------------------------------------------------------------
# a coding-practice site's hint service: problem x language prompts from a backend


def arris(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "arris"
    n_keys = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(18, 35))
    for a, ts in zip(
        accts,
        bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, bb.global_load(14, 0.55)),
        strict=True,
    ):
        prompts = [
            tx.hint_request(rng, int(rng.zipf(1.6)) - 1, int(rng.choice(12, p=_LANG_P))) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.4),
            comp_median=180,
            err=0.01,
        )


_LANG_P = np.array([0.35, 0.03, 0.06, 0.1, 0.15, 0.14, 0.03, 0.05, 0.02, 0.01, 0.02, 0.04])
_LANG_P = _LANG_P / _LANG_P.sum()


# --------------------------------------------------------------------------------------------
# a marketing agency: one key per client project, one card, office plus automations


def spall(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "spall"
    n = irange(rng, 15, 30)
    tz = pick(rng, (-5, 1, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    auto = bb.cloud(rng, 2, "aws")
    langs = {-5: ("en", "es"), 1: ("en", "de", "fr", "it"), -3: ("pt", "es", "en")}[tz]
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=BEN,
                family=name,
                role="client_project",
                org=org,
                pay=card,
                ua=pick(rng, bb.BROWSERS),
                ips=office,
                tz=tz,
            )
        )
    for a in accts:
        brand = pick(rng, tx.BRANDS)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 110)), bb.workday(tz))
        auto_share = float(rng.uniform(0, 0.5))
        is_auto = rng.random(len(ts)) < auto_share
        prompts = [tx.marketing(rng, brand, pick(rng, langs)) for _ in ts]
        ips = [pick(rng, auto) if x else office[0] for x in is_auto.tolist()]
        uas = ["axios/1.7.9" if x else a.ua for x in is_auto.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            ua=uas,
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=280,
        )


# --------------------------------------------------------------------------------------------
# a university study of model drift: the same public prompts on old and new models, paired


def dowel(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "dowel"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, 9))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, pick(rng, ("aws", "gcp")))
    accts = [
        ctx.account(
            rng,
            label=BEN,
            family=name,
            role="study",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    k = irange(rng, 350, 800)
    idx = rng.choice(len(ctx.chat), size=k, replace=False).tolist()
    prompt_set = [ctx.chat[i] for i in idx]

    def run(start: float, models: list[str]) -> None:
        a = pick(rng, accts)
        ts_all, ps, ms = [], [], []
        t = start
        for p in prompt_set:
            for m in models:
                t += float(rng.lognormal(np.log(3.0), 0.5))
                ts_all.append(t)
                ps.append(p)
                ms.append(m)
        ctx.emit(rng, a, np.asarray(ts_all), ps, models=ms, comp_median=340, err=0.01)

    run(ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, [ctx.old_models[0], ctx.old_models[-1]])
    run(ctx.release + float(rng.uniform(4, 20)) * HOUR, [ctx.old_models[0], ctx.new_model])
    if chance(rng, 0.6):
        run(ctx.release + float(rng.uniform(1.5, 2.2)) * DAY, [ctx.new_model])
    # the students also poke at it by hand in between
    for a in accts:
        ts = _cat(bb.session_times(rng, ctx.t0, ctx.t1, 1.0, bb.workday(tz), 5, 90))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.5),
            ips=ips[0],
            comp_median=300,
            err=0.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "ashlar": ashlar,
    "mortar": mortar,
    "corbel": corbel,
    "voussoir": voussoir,
    "plinth": plinth,
    "rubble": rubble,
    "scutch": scutch,
    "arris": arris,
    "spall": spall,
    "dowel": dowel,
}
