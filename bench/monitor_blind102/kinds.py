"""Benign hard-negative kinds of batch 102 (basket-weaving code names).

Each kind is `f(ctx, rng)`: legitimate customers that look suspicious on some axis. waling,
randing, raffia and splint are written to resemble triple_takeout, bonspiel, come_around and
hog_line closely.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, chance, irange, pick
from bench.monitor_blind102 import texts as tx

COMPANY = (
    "Kestrel",
    "Ombu",
    "Larkspur",
    "Nimbo",
    "Quillon",
    "Tarn",
    "Vessa",
    "Brindle",
    "Okapi",
    "Sorrel",
    "Halyard",
    "Mirelle",
)


def _acct(ctx, rng, kind, role, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def rattan(ctx, rng):
    """Evaluation labs: benchmark suites in bursts around the new model's release, several keys
    per lab sharing the lab's card, cloud runners, step-by-step answers asked for."""
    kind = "rattan"
    for _ in range(irange(rng, 2, 4)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 1, 4), pick(rng, ("aws", "gcp", "azure", "oracle")))
        suite = pick(rng, ("evalkit", "reasonbench", "mmx-lite", "arith-hard", "lawqa"))
        ua = bb.sdk_ua(rng)
        tz = pick(rng, bb.TZS)
        for _ in range(irange(rng, 2, 5)):
            a = _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            starts = np.concatenate(
                [
                    bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)), bb.workday(tz)),
                    ctx.release + rng.uniform(0, 1.5 * DAY, size=irange(rng, 1, 3)),
                ]
            )
            for ts in bb.bursts(
                rng, starts, float(rng.uniform(60, 200)), float(rng.uniform(0.5, 2.5)), b=ctx.t1
            ):
                prompts = [tx.benchmark_item(rng, suite) for _ in range(len(ts))]
                ctx.emit(
                    rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=300, err=0.03
                )


def splint(ctx, rng):
    """Labelling vendors using the model as a first-pass rater: rubric prompts with responses
    inside, office NAT plus a pipeline host, working hours, one card per vendor."""
    kind = "splint"
    for _ in range(irange(rng, 1, 3)):
        vendor = pick(rng, COMPANY) + " Labels"
        tz = pick(rng, bb.TZS)
        office = bb.home(rng, 1, tz)
        pipeline = bb.cloud(rng, 1)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        for _ in range(irange(rng, 3, 8)):
            a = _acct(
                ctx,
                rng,
                kind,
                "rater_pipeline",
                org=org,
                pay=pay,
                ua=bb.sdk_ua(rng),
                ips=office + pipeline,
                tz=tz,
            )
            ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 700)), bb.workday(tz))
            prompts = [tx.rater_task(rng, ctx.chat, ctx.passages, vendor) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=60)


def coiling(ctx, rng):
    """Coding agents: developers whose agent fires long, tool-heavy steps in rapid sessions during
    the working day from the office NAT (sometimes from home)."""
    kind = "coiling"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, bb.TZS)
        nat = bb.home(rng, 1, tz)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        repo = pick(rng, COMPANY).lower() + "-" + pick(rng, ("api", "web", "core", "infra"))
        ua = pick(rng, bb.SDK_OTHER)
        for _ in range(irange(rng, 4, 10)):
            home = bb.home(rng, 1, tz)
            a = _acct(ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=nat + home, tz=tz)
            for ts in bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1, 3)),
                bb.workday(tz),
                float(rng.uniform(8, 25)),
                float(rng.uniform(4, 15)),
            ):
                pe = [tx.coding_step(rng, ctx.chat, repo) for _ in range(len(ts))]
                ctx.emit(
                    rng,
                    a,
                    ts,
                    [p for p, _ in pe],
                    models=ctx.models(rng, ts, 0.7),
                    extra=np.array([e for _, e in pe], dtype=np.int64),
                    comp_median=500,
                    ips=nat[0] if chance(rng, 0.8) else home[0],
                )


def twining(ctx, rng):
    """Localisation vendors: UI string batches into many locales, nightly and in office hours."""
    kind = "twining"
    for _ in range(irange(rng, 2, 3)):
        vendor = pick(rng, COMPANY) + " L10n"
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 1, 2))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        for _ in range(irange(rng, 1, 3)):
            a = _acct(
                ctx, rng, kind, "translator", org=org, pay=pay, ua=bb.sdk_ua(rng), ips=ips, tz=tz
            )
            starts = bb.thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 14)),
                bb.nightly(float(rng.uniform(21, 24)), 3, tz),
            )
            ts = np.concatenate(
                bb.bursts(rng, starts, float(rng.uniform(20, 80)), 3.0) or [np.empty(0)]
            )
            ts = np.concatenate(
                [ts, bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(100, 300)), bb.workday(tz))]
            )
            prompts = [tx.ui_strings(rng, vendor) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=90)


def sweetgrass(ctx, rng):
    """Tutoring products: students' step-by-step questions relayed by each product's backend,
    following the product's national evening-heavy load."""
    kind = "sweetgrass"
    for _ in range(irange(rng, 2, 3)):
        product = pick(rng, COMPANY) + pick(rng, (" Tutor", " Learn", " Homework"))
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp")))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        for _ in range(irange(rng, 1, 2)):
            a = _acct(
                ctx,
                rng,
                kind,
                "product_backend",
                org=org,
                pay=pay,
                ua=bb.sdk_ua(rng, 0.8),
                ips=ips,
                tz=tz,
            )
            ts = bb.thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(600, 1500)), bb.evening_person(tz, 3.0)
            )
            prompts = [tx.student_question(rng, ctx.chat, product) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=450)


def willow(ctx, rng):
    """A course cohort: dozens of students with their own keys asking the same assignment in
    their own words, from home and the campus NAT, peaking before the deadline."""
    kind = "willow"
    for _ in range(irange(rng, 1, 2)):
        course = pick(rng, ("CS101", "ECON210", "BIO150", "MATH121", "HIST230"))
        tz = pick(rng, bb.TZS)
        campus = bb.home(rng, 1, tz)
        deadline = ctx.t0 + float(rng.uniform(2.5, 6.5)) * DAY
        week = irange(rng, 1, 12)

        def curve(ts, tz=tz, deadline=deadline):
            near = np.exp(-np.maximum(deadline - np.asarray(ts), 0) / (1.2 * DAY))
            return bb.evening_person(tz)(ts) * np.where(
                np.asarray(ts) > deadline, 0.15, 0.3 + 0.7 * near
            )

        for _ in range(irange(rng, 25, 60)):
            ua = pick(rng, bb.BROWSERS + bb.MOBILE)
            home = bb.home(rng, 1, tz)
            a = _acct(ctx, rng, kind, "student", ua=ua, ips=home + campus, tz=tz)
            for ts in bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), curve, 4, 70
            ):
                prompts = [
                    tx.assignment(rng, course, week)
                    if chance(rng, 0.7)
                    else tx.snippet(pick(rng, ctx.chat), rng, 20, 400)
                    for _ in range(len(ts))
                ]
                ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), ips=pick(rng, a.ips))


def waling(ctx, rng):
    """Research groups sampling the same items many times (response-variance studies): tight
    repeat bursts of identical prompts, like best-of-n, from a university host."""
    kind = "waling"
    for _ in range(irange(rng, 2, 3)):
        study = pick(
            rng, ("decision study", "calibration study", "moral vignettes", "word association")
        )
        tz = pick(rng, bb.TZS)
        host = bb.home(rng, 1, tz) if chance(rng, 0.5) else bb.cloud(rng, 1)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        reps = irange(rng, 4, 15)
        for _ in range(irange(rng, 1, 3)):
            a = _acct(
                ctx, rng, kind, "researcher", org=org, pay=pay, ua=bb.sdk_ua(rng), ips=host, tz=tz
            )
            starts = bb.thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(40, 120)),
                bb.workday(tz, weekend=0.5, night=0.2),
            )
            for s in starts.tolist():
                ts = s + np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=reps))
                item = tx.study_item(rng, study)
                ctx.emit(
                    rng,
                    a,
                    ts,
                    item,
                    models=ctx.new_model if s >= ctx.release else ctx.old_models[0],
                    comp_median=40,
                )


def randing(ctx, rng):
    """Data-augmentation teams: many paraphrases / synthetic variants of customer messages for
    their own classifiers, in nightly jobs plus office hours, one card per company."""
    kind = "randing"
    for _ in range(irange(rng, 1, 3)):
        team = pick(rng, COMPANY) + " " + pick(rng, ("support NLU", "search", "fraud", "intent"))
        tz = pick(rng, bb.TZS)
        ips = bb.cloud(rng, irange(rng, 1, 3))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        for _ in range(irange(rng, 1, 3)):
            a = _acct(
                ctx,
                rng,
                kind,
                "augmentation_job",
                org=org,
                pay=pay,
                ua=bb.sdk_ua(rng),
                ips=ips,
                tz=tz,
            )
            starts = bb.thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), bb.nightly(1, 4, tz)
            )
            ts = np.concatenate(
                bb.bursts(rng, starts, float(rng.uniform(30, 120)), 5.0) or [np.empty(0)]
            )
            ts = np.concatenate(
                [ts, bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 200)), bb.workday(tz))]
            )
            prompts = [
                tx.augment_prompt(rng, ctx.chat, team)
                if chance(rng, 0.75)
                else tx.synth_prompt(rng, ctx.chat, "numbered", "en")
                for _ in range(len(ts))
            ]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=700)


def slath(ctx, rng):
    """Agencies / resellers: many client keys (each client's own org and card) all sent from the
    agency's few servers, each client with its own subject matter."""
    kind = "slath"
    for _ in range(irange(rng, 1, 2)):
        ips = bb.cloud(rng, irange(rng, 2, 3))
        ua = bb.sdk_ua(rng)
        tz = pick(rng, bb.TZS)
        for _ in range(irange(rng, 15, 40)):
            client = pick(rng, COMPANY) + f" {irange(rng, 1, 99)}"
            theme = pick(
                rng, ("running shoes", "coffee", "insurance", "skincare", "fintech app", "hotels")
            )
            a = _acct(ctx, rng, kind, "client_key", ua=ua, ips=ips, tz=tz)
            ts = bb.thinned(
                rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(60), 0.8)), bb.workday(tz)
            )
            prompts = [tx.agency_prompt(rng, ctx.chat, client, theme) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5))


def raffia(ctx, rng):
    """Support bots sending the running conversation with every turn (multi-turn transcripts from
    a cloud backend, globally spread load)."""
    kind = "raffia"
    for _ in range(irange(rng, 2, 4)):
        company = pick(rng, COMPANY)
        ips = bb.cloud(rng, irange(rng, 1, 3))
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        a = _acct(
            ctx, rng, kind, "support_backend", org=org, pay=pay, ua=bb.sdk_ua(rng, 0.8), ips=ips
        )
        curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.7)))
        for s in bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 700)), curve).tolist():
            k = irange(rng, 1, 6)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40), 0.7, size=k - 1))])
            hist: list[str] = []
            prompts = [tx.support_turn(rng, company, hist) for _ in range(k)]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.5), comp_median=120)


BENIGN_KINDS = {
    "rattan": rattan,
    "splint": splint,
    "coiling": coiling,
    "twining": twining,
    "sweetgrass": sweetgrass,
    "willow": willow,
    "waling": waling,
    "randing": randing,
    "slath": slath,
    "raffia": raffia,
}
