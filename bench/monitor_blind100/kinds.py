"""Benign hard-negative kinds of batch 100 (taxidermy code names).

Each kind is `f(ctx, rng)`: legitimate customers that look suspicious in some way, opened with
`label="benign"` and `family=<kind>`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind100 import texts as tx

R = np.random.Generator


def _benign(ctx: Ctx, rng: R, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _sorted(ts: list[float], *cols: list) -> tuple:
    arr = np.asarray(ts, dtype=np.float64)
    order = np.argsort(arr, kind="stable")
    return (arr[order],) + tuple([c[i] for i in order.tolist()] for c in cols)


def fleshing_beam(ctx: Ctx, rng: R) -> None:
    """Evaluation labs: benchmark suites run as tight bursts from cloud runners, the same items re-run
    on each model (and all of them right after the new model's release)."""
    kind = "fleshing_beam"
    for _ in range(irange(rng, 2, 3)):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        bench = pick(
            rng, ("ARC-lite", "MMLU-x", "SciQ-hard", "LawBench-mini", "MedQA-sub", "GSM-style")
        )
        n_items = irange(rng, 150, 400)
        suite = [tx.mcq_item(rng, bench, i) for i in range(n_items)]
        for _ in range(irange(rng, 1, 2)):
            acct = _benign(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=card,
                ua=bb.sdk_ua(rng, 0.5),
                ips=bb.cloud(rng, 2, pick(rng, ("gcp", "aws"))),
            )
            runs = list(rng.uniform(ctx.t0, ctx.t1, size=irange(rng, 1, 3)))
            runs.append(ctx.release + float(rng.uniform(0.5, 12)) * HOUR)
            for r in runs:
                model = ctx.new_model if r >= ctx.release else pick(rng, ctx.old_models)
                ts = r + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=n_items))
                ctx.emit(
                    rng, acct, ts, suite, models=model, comp_median=6.0, comp_sigma=0.4, err=0.02
                )


def study_skin(ctx: Ctx, rng: R) -> None:
    """A labelling vendor using the model as a rater: rubric-style quality ratings of support replies,
    in an office's working hours, one card for every project key."""
    kind = "study_skin"
    tz = pick(rng, (1, 2, 5, 8))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 2, tz)
    for _ in range(irange(rng, 3, 5)):
        project = f"P-{irange(rng, 100, 999)}"
        acct = _benign(
            ctx,
            rng,
            kind,
            "rater_project",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 700)), bb.workday(tz))
        prompts = [tx.rater_task(rng, ctx.passages, project) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.4), comp_median=60.0)


def wire_armature(ctx: Ctx, rng: R) -> None:
    """A company's coding agent: one key per developer, agent bursts of many quick tool steps with
    large file context, office and home addresses, one corporate card."""
    kind = "wire_armature"
    tz = pick(rng, (-8, -5, 1))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    repo = pick(rng, ("acme/monorepo", "payments-core", "mobile-app", "data-platform"))
    for _ in range(irange(rng, 10, 18)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=pick(rng, ("okhttp/4.12.0", "axios/1.7.9")),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        tasks = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)), bb.workday(tz), 9.0, 3.0, 0.7
        )
        ts = np.concatenate(tasks) if tasks else np.empty(0)
        prompts = [tx.coding_agent_step(rng, repo) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.1),
            comp_median=300.0,
            extra=rng.integers(800, 6000, size=len(ts)),
        )


def tanning_drum(ctx: Ctx, rng: R) -> None:
    """Localisation pipelines: nightly jobs translate every new UI string into every locale."""
    kind = "tanning_drum"
    for _ in range(irange(rng, 1, 2)):
        product = pick(rng, ("Lumen Notes", "Harbor Pay", "Quill CRM", "Trailhead Maps"))
        acct = _benign(
            ctx,
            rng,
            kind,
            "l10n_pipeline",
            ua="Go-http-client/2.0",
            ips=bb.cloud(rng, 1, pick(rng, ("azure", "aws"))),
        )
        locales = [str(x) for x in rng.choice(tx.LOCALES, size=irange(rng, 8, 16), replace=False)]
        tz = pick(rng, bb.TZS)
        for d in range(8):
            day = ctx.t0 + d * DAY
            if chance(rng, 0.2):
                continue
            start = day + ((2 - tz) % 24) * HOUR + float(rng.uniform(0, 1800))
            strings = bb.picks(rng, tx.UI_STRINGS, irange(rng, 8, 25))
            items = [(s, loc) for s in strings for loc in locales]
            ts = start + np.cumsum(rng.lognormal(np.log(0.8), 0.4, size=len(items)))
            prompts = [tx.l10n_item(rng, product, loc, s) for s, loc in items]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.5), comp_median=25.0)


def european_mount(ctx: Ctx, rng: R) -> None:
    """A course cohort: students on their own keys and cards, home and campus addresses, pasting the
    same assignment text with a rush before the deadline."""
    kind = "european_mount"
    tz = pick(rng, (-5, 0, 1, 8))
    campus = bb.home(rng, 2, tz)
    course = pick(rng, ("ECON 201", "CS 110", "BIO 150", "PHIL 102"))
    assignments = [tx.word_problem(rng) + " Explain each step." for _ in range(2)] + [
        tx.code_problem(rng)
    ]
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    for _ in range(irange(rng, 30, 55)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            ua=pick(rng, bb.BROWSERS),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), bb.evening_person(tz), 4.0, 70.0
        )
        sess += bb.session_times(
            rng, deadline - 1.5 * DAY, deadline, float(rng.uniform(1, 3)), bb.constant, 6.0, 50.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [tx.assignment_prompt(rng, course, pick(rng, assignments), ctx.chat) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.2), comp_median=450.0)


def dermestid_colony(ctx: Ctx, rng: R) -> None:
    """A research study sampling the model repeatedly: each vignette in each condition asked many
    times in a row from a university address, a grant card on every key."""
    kind = "dermestid_colony"
    tz = pick(rng, (-5, 0, 1, 9))
    card = bb.hexid(rng, "pay")
    uni = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 2, 4)):
        acct = _benign(
            ctx, rng, kind, "study_script", pay=card, ua="python-httpx/0.28.1", ips=uni, tz=tz
        )
        reps = irange(rng, 20, 50)
        n_runs = irange(rng, 2, 4)
        for _ in range(n_runs):
            t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.9)
            ts_all, prompts = [], []
            for idx in range(irange(rng, 8, 20)):
                cond = pick(rng, ("control", "framed", "anonymous"))
                p = tx.vignette(rng, idx, cond)
                times = t + np.cumsum(rng.lognormal(np.log(1.5), 0.4, size=reps))
                t = float(times[-1]) + float(rng.uniform(5, 30))
                ts_all.extend(times.tolist())
                prompts.extend([p] * reps)
            ts, prompts = _sorted(ts_all, prompts)
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.0), comp_median=30.0)


def hide_paste(ctx: Ctx, rng: R) -> None:
    """A data-augmentation team paraphrasing their own support utterances for an intent classifier,
    nightly batches from one cloud VM."""
    kind = "hide_paste"
    for _ in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            ua="OpenAI/Python 1.54.0",
            ips=bb.cloud(rng, 1, pick(rng, ("azure", "gcp"))),
        )
        tz = pick(rng, bb.TZS)
        for d in range(8):
            if chance(rng, 0.35):
                continue
            start = ctx.t0 + d * DAY + ((1 - tz) % 24) * HOUR + float(rng.uniform(0, 3600))
            n = irange(rng, 150, 450)
            ts = start + np.cumsum(rng.lognormal(np.log(2.5), 0.5, size=n))
            prompts = [
                tx.paraphrase_request(
                    rng, tx.support_msg(rng, "Acme").split("Customer: ")[1], irange(rng, 5, 15)
                )
                for _ in range(n)
            ]
            ctx.emit(
                rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.5), comp_median=220.0
            )


def pedestal_base(ctx: Ctx, rng: R) -> None:
    """An agency running support bots and marketing copy for many clients: one key per client,
    all paid with the agency's card and served from the agency's hosting subnet."""
    kind = "pedestal_base"
    card = bb.hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("digitalocean", "linode", "ovh")), 1, 4)
    brands = (
        "Bloom Florists",
        "Kettle & Co",
        "Nordic Bikes",
        "Sunny Dental",
        "UrbanNest",
        "PawPal",
        "Cedar Yoga",
        "Gadgetly",
        "Riverside Hotel",
        "Tasty Bowl",
        "FitFuel",
        "Lumo Optics",
    )
    for i in range(irange(rng, 14, 24)):
        brand = brands[i % len(brands)] + ("" if i < len(brands) else f" {i}")
        tz = pick(rng, bb.TZS)
        acct = _benign(
            ctx, rng, kind, "client_key", pay=card, ua="OpenAI/NodeJS 4.67.1", ips=block, tz=tz
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(120), 0.8)), bb.evening_person(tz, 4.0)
        )
        prompts = [
            tx.marketing_msg(rng, brand) if chance(rng, 0.15) else tx.support_msg(rng, brand)
            for _ in ts
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.6), comp_median=120.0)


def freeze_dry(ctx: Ctx, rng: R) -> None:
    """Own design, twin of the rewrite harvest: a trust-and-safety vendor rewrites flagged posts for
    client platforms into guideline-compliant versions, around the clock, many languages."""
    kind = "freeze_dry"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, 3, pick(rng, ("aws", "gcp")))
    for _ in range(irange(rng, 2, 4)):
        platform = pick(
            rng, ("ForumHub", "ClipShare", "LocalBoard", "GameTalk", "ParentNet", "Marketo")
        )
        langs = ["en"] + [x for x in ("es", "de") if chance(rng, 0.5)]
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_client",
            org=org,
            pay=card,
            ua="aiohttp/3.11.11",
            ips=servers,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(400, 900)),
            bb.global_load(irange(rng, 14, 22), 0.5),
        )
        prompts = [tx.moderation_rewrite(rng, ctx.chat, pick(rng, langs), platform) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=180.0)


def glass_eyes(ctx: Ctx, rng: R) -> None:
    """Own design, twin of the reasoning-trace harvest: an exam-prep publisher generating worked,
    fully reasoned solutions for its licensed question bank during office hours."""
    kind = "glass_eyes"
    tz = pick(rng, (-5, -3, 1))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    langs = ["en"] + (["es"] if tz == -3 or chance(rng, 0.4) else [])
    for _ in range(irange(rng, 2, 3)):
        bank = pick(rng, ("SATM", "GMAT-Q", "APCALC", "IGCSE-P2", "UKMT"))
        acct = _benign(
            ctx,
            rng,
            kind,
            "content_team",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=office + bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 20)), bb.workday(tz))
        trains = bb.bursts(rng, starts, float(rng.uniform(25, 60)), 9.0, 0.6, ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [tx.worked_solution(rng, bank, pick(rng, langs)) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.0), comp_median=900.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, R], None]] = {
    "fleshing_beam": fleshing_beam,
    "study_skin": study_skin,
    "wire_armature": wire_armature,
    "tanning_drum": tanning_drum,
    "european_mount": european_mount,
    "dermestid_colony": dermestid_colony,
    "hide_paste": hide_paste,
    "pedestal_base": pedestal_base,
    "freeze_dry": freeze_dry,
    "glass_eyes": glass_eyes,
}
