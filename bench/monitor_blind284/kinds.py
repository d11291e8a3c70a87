"""Batch 284's ten benign hard-negative kinds (code names from kutani weaving). Each is a generator
`kind(ctx, rng)` for legitimate users who resemble a campaign family, or a campaign in general.
All draws use the kind's own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

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
    picks,
    rented_block,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind284 import texts
from bench.monitor_blind284.families import BG_BROWSERS, catted


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# kutnu: an evaluation lab running reasoning benchmarks on old and new models


def kutnu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kutnu"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws", "gcp"))
    ips = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 5))
    ]
    suites = {
        "math": irange(rng, 150, 400),
        "sci": irange(rng, 100, 250),
        "open": irange(rng, 40, 120),
    }
    # nightly regression runs on the old model, then a burst of comparison runs after the release
    n_runs = irange(rng, 4, 8)
    run_starts = sorted(
        rng.uniform(ctx.t0, ctx.t1, size=n_runs).tolist()
        + (ctx.release + rng.uniform(0.5, 30, size=irange(rng, 3, 6)) * HOUR).tolist()
    )
    for r, s in enumerate(run_starts):
        a = accts[r % len(accts)]
        suite = pick(rng, ("math", "sci", "open"))
        n = suites[suite]
        model = (
            ctx.new_model if (s >= ctx.release and chance(rng, 0.6)) else pick(rng, ctx.old_models)
        )
        ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.4, 2.5)), size=n))
        prompts = [texts.benchmark_item(rng, i, suite) for i in range(n)]
        ctx.emit(
            rng, a, ts, prompts, models=model, comp_median=420 if suite != "open" else 600, err=0.02
        )


# --------------------------------------------------------------------------------------------
# alaca: a labelling vendor's annotators using an assist tool for pairwise preference work


def alaca(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "alaca"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 3, 5))
    office = home(rng, irange(rng, 1, 3), tz)
    project = pick(rng, ("HELIX", "Marigold", "P-77", "Northstar"))
    for _ in range(irange(rng, 12, 26)):
        ua = pick(rng, BG_BROWSERS[:2])
        a = _benign(ctx, rng, kind, "annotator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            workday(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(70, 200)),
        )
        ts = catted(sess)
        prompts = [
            texts.annotate_pair(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.1), comp_median=180, err=0.01
        )


# --------------------------------------------------------------------------------------------
# cozgu: a trust-and-safety vendor classifying posts and suggesting compliant edits


def cozgu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cozgu"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "gcp"))
    platform = pick(rng, ("Threadly", "Kobo Market", "Pinewall"))
    langs = ("en", "es", "pt", "tr", "ar", "de")
    w = rng.dirichlet(np.ones(6) * 2).tolist()
    for _ in range(irange(rng, 3, 6)):
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_queue",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(900, 2200)),
            global_load(float(rng.uniform(14, 22)), 0.6),
        )
        ls = texts.weighted(rng, langs, w, len(ts))
        prompts = [texts.moderation_item(rng, ctx.chat, lg, platform) for lg in ls]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.6), comp_median=90, err=0.01
        )


# --------------------------------------------------------------------------------------------
# atki: a software company's developers running a coding agent in their terminals


def atki(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "atki"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1))
    office = home(rng, 1, tz)
    tool = pick(rng, ("forge-cli", "codepilot-agent", "shipwright"))
    files = list(texts._REPO_FILES)
    for _ in range(irange(rng, 10, 22)):
        remote = chance(rng, 0.4)
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(tz))
        for s in starts.tolist():
            k = irange(rng, 6, 28)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.7, size=k - 1))])
            task = pick(rng, texts._CODING_TASKS)
            prompts = [texts.coding_agent_step(rng, tool, task, j + 1, files) for j in range(k)]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.6, 0.05),
                comp_median=240,
                extra=irange(rng, 800, 3000),
            )


# --------------------------------------------------------------------------------------------
# mekik: a bank's data-augmentation team generating paraphrases for its own intent classifier


def mekik(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mekik"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    team = pick(rng, ("Harbor Bank CX", "Lumen Telecom care", "Orbis Insurance"))
    tz = pick(rng, (-5, 0, 1))
    for _ in range(irange(rng, 1, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), nightly(1.0, 3.0, tz))
        ts = catted(
            bursts(
                rng,
                starts,
                float(rng.uniform(80, 250)),
                float(rng.uniform(1.0, 3.0)),
                0.4,
                b=ctx.t1,
            )
        )
        prompts = [texts.augment_item(rng, team) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.7),
            comp_median=320,
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# tezgah: a university course cohort using the API for homework help


def tezgah(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tezgah"
    tz = pick(rng, (-5, -8, 0, 1))
    course = pick(rng, texts.COURSES)
    uni_org, grant = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    deadline = ctx.t0 + float(rng.uniform(2.5, 6.5)) * DAY
    base = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        bump = np.exp(-0.5 * ((np.asarray(ts) - deadline + 6 * HOUR) / (10 * HOUR)) ** 2)
        return np.clip(0.4 * base(ts) + 0.6 * bump, 0, 1)

    for _ in range(irange(rng, 35, 70)):
        on_grant = chance(rng, 0.65)
        ips = campus + home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=uni_org if on_grant else None,
            pay=grant if on_grant else None,
            ua=pick(rng, BG_BROWSERS),
            ips=ips,
            tz=tz,
        )
        lang = "es" if chance(rng, 0.15) else "en"
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.8)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 150)),
            1.0,
        )
        ts = catted(sess)
        prompts = [texts.course_question(rng, course, lang) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.15), comp_median=420)


# --------------------------------------------------------------------------------------------
# ibrisim: a companion-chat app's backend, multi-turn role-play with history


def ibrisim(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ibrisim"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    servers = cloud(rng, irange(rng, 2, 4), "gcp")
    chars = ("Mira", "Kenji", "Aurora", "Sol", "Bram")
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9")),
            ips=servers,
        )
        conv_starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(150, 350)), global_load(20.0, 0.7)
        )
        for s in conv_starts.tolist():
            k = irange(rng, 3, 14)
            ch = pick(rng, chars)
            lang = texts.weighted(
                rng, ("en", "pt", "es", "ja", "ko"), (0.6, 0.1, 0.1, 0.1, 0.1), 1
            )[0]
            hist: list[str] = []
            prompts = []
            for _j in range(k):
                prompts.append(texts.companion_turn(rng, ch, hist, lang))
                hist.append(prompts[-1].rsplit("\n", 2)[-2])
                hist.append(f"{ch}: " + texts.companion_reply(rng, lang))
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.9, size=k - 1))]
            )
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.35, 0.5),
                comp_median=140,
                extra=150,
            )


# --------------------------------------------------------------------------------------------
# bedesten: an API reseller forwarding its customers' prompts, switching many to the new model


def bedesten(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bedesten"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "leaseweb"))
    block = rented_block(rng, prov, 1, irange(rng, 3, 6))
    for i in range(irange(rng, 4, 8)):
        a = _benign(
            ctx,
            rng,
            kind,
            "reseller_key",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=picks(rng, block, 2),
        )
        tzs = [pick(rng, (-5, 0, 1, 8, 5)) for _ in range(2)]
        rate = float(rng.uniform(200, 700))
        ts = thinned(rng, ctx.t0, ctx.t1, rate, multi_office(tzs))
        # customers flock to the new model in the first days after the release
        extra = thinned(
            rng,
            ctx.release,
            min(ctx.t1, ctx.release + 2 * DAY),
            rate * float(rng.uniform(0.3, 0.8)),
            multi_office(tzs),
        )
        ts = np.sort(np.concatenate([ts, extra]))
        prompts = [texts.clip(pick(rng, ctx.chat), 8, 2000, rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.85)), 0.2),
            comp_median=360,
            err=0.02 + 0.01 * i,
        )


# --------------------------------------------------------------------------------------------
# sultani: a university calibration study sampling the same questions many times


def sultani(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sultani"
    org = hexid(rng, "org")
    tz = pick(rng, (0, 1, -5))
    lab = home(rng, 1, tz)
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx, rng, kind, "research_script", org=org, ua="python-requests/2.32.3", ips=lab, tz=tz
        )
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), workday(tz))
        for s in runs.tolist():
            arm = pick(rng, ("verbal", "numeric", "plain"))
            reps = irange(rng, 10, 25)
            qids = rng.integers(0, 60, size=irange(rng, 6, 20)).tolist()
            prompts = [texts.calibration_item(rng, q, arm) for q in qids for _ in range(reps)]
            ts = s + np.cumsum(rng.exponential(1.2, size=len(prompts)))
            model = (
                ctx.new_model
                if (s >= ctx.release and chance(rng, 0.5))
                else pick(rng, ctx.old_models)
            )
            ctx.emit(rng, a, ts, prompts, models=model, comp_median=25, comp_sigma=0.5)


# --------------------------------------------------------------------------------------------
# yanar_doner: an online-judge site's content team writing reference solutions and hints


def yanar_doner(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "yanar_doner"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 3))
    platform = pick(rng, ("CodeKettle", "AlgoRiver", "JudgeBox"))
    office = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "digitalocean")))
    plangs = ("Python", "Java", "C++", "Go")
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            kind,
            "content_editor",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "curl/8.5.0")),
            ips=office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz),
            float(rng.uniform(10, 30)),
            float(rng.uniform(20, 90)),
        )
        ts = catted(sess)
        base = irange(rng, 0, 200)
        prompts = [
            texts.autograder_item(rng, platform, base + j // 4, plangs[j % 4])
            for j in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.05), comp_median=650, err=0.01
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "kutnu": kutnu,
    "alaca": alaca,
    "cozgu": cozgu,
    "atki": atki,
    "mekik": mekik,
    "tezgah": tezgah,
    "ibrisim": ibrisim,
    "bedesten": bedesten,
    "sultani": sultani,
    "yanar_doner": yanar_doner,
}
