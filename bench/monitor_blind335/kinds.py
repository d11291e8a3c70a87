"""Benign hard-negative kinds of batch 335 (code names: harmonica words).

Each kind is `fn(ctx, rng)`: legitimate traffic built to resemble one of this batch's campaign
families (or a campaign in general). Nothing here walks a set or hashes a string."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind335 import texts as tx
from bench.monitor_blind335.families import BG_BROWSERS, BG_PHONE


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def reed_plate(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking reasoning: baseline runs on the old model, then a large run
    on the new model on release day, chain-of-thought prompts, cloud runners, one org and card."""
    kind = "reed_plate"
    for _ in range(irange(rng, 1, 2)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        runners = cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws", "azure")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2"))
        accts = [
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval_runner",
                org=org,
                pay=card,
                ua=ua,
                ips=runners,
            )
            for _ in range(irange(rng, 2, 5))
        ]
        benches = ["mathqa", "codeqa", "mcq"]
        n_items = irange(rng, 300, 900)
        for a in accts:
            runs = [
                (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, ctx.old_models[0]),
                (ctx.release + float(rng.uniform(0.05, 0.8)) * DAY, ctx.new_model),
            ]
            if chance(rng, 0.5):
                runs.append((ctx.release + float(rng.uniform(1.2, 2.5)) * DAY, ctx.new_model))
            bench = pick(rng, benches)
            for start, model in runs:
                items = rng.permutation(n_items)[: irange(rng, n_items // 2, n_items)].tolist()
                gaps = rng.exponential(1.0 / float(rng.uniform(1.5, 5.0)), size=len(items))
                ts = start + np.cumsum(gaps)
                prompts = [tx.eval_item(rng, bench, int(i)) for i in items]
                ctx.emit(
                    rng,
                    a,
                    ts,
                    prompts,
                    models=model,
                    comp_median=450.0 if bench != "mcq" else 220.0,
                    err=0.03,
                )


def cover_plate(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators asking the model for help while they grade responses: many
    keys under one org and card, office NAT in one city, shift hours."""
    kind = "cover_plate"
    tz = pick(rng, (5, 8, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 12, 28)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                workday(tz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotator_help(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=260.0,
        )


def tongue_block(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety vendor rewriting and labelling reported posts for client platforms."""
    kind = "tongue_block"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    for _ in range(irange(rng, 2, 4)):
        platform = pick(rng, ("Forumly", "TalkSquare", "PetPals", "Gamerhub", "LocalNews comments"))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_backend",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.7),
            ips=backend,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(600, 1600)),
            global_load(float(rng.uniform(14, 22)), 0.6),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_task(rng, ctx.chat, platform) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=90.0,
            comp_sigma=0.8,
        )


def cross_harp(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using a coding-agent IDE extension with their own keys: tool-result turns fired
    seconds apart, large hidden context, home or office addresses, working hours."""
    kind = "cross_harp"
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 8))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9")),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = pick(
            rng, ("acme/webapp", "me/side-project", "team/api", "lab/pipeline", "shop/backend")
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7, workday(tz, weekend=0.2)
        )
        ts = _cat(
            bursts(
                rng,
                starts,
                float(rng.uniform(5, 14)),
                float(rng.uniform(3, 9)),
                gap_sigma=0.8,
                b=ctx.t1,
            )
        )
        turns = [tx.coding_agent_turn(rng, repo, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [t[0] for t in turns],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            extra=np.asarray([t[1] for t in turns]),
            comp_median=320.0,
        )


def lip_purse(ctx: Ctx, rng: np.random.Generator) -> None:
    """A startup's data-augmentation job: nightly paraphrase batches for its own intent classifier."""
    kind = "lip_purse"
    tz = pick(rng, (-5, 1, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("ShopBuddy support", "RideNow help", "BankEase chat", "FlatFinder"))
    for role, n_ev in (
        ("augment_job", float(rng.uniform(300, 700))),
        ("engineer", float(rng.uniform(40, 120))),
    ):
        if role == "augment_job":
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role=role,
                org=org,
                pay=card,
                ua="python-requests/2.32.3",
                ips=cloud(rng, 1, "aws"),
                tz=tz,
            )
            ts = thinned(rng, ctx.t0, ctx.t1, n_ev, nightly(float(rng.uniform(0, 3)), 2.5, tz))
        else:
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role=role,
                org=org,
                pay=card,
                ua=pick(rng, BG_BROWSERS),
                ips=home(rng, 1, tz),
                tz=tz,
            )
            ts = thinned(rng, ctx.t0, ctx.t1, n_ev, workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.paraphrase_job(rng, ctx.chat, product) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=260.0,
        )


def pucker(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion chat app: server keys in the cloud relay many users' multi-turn chats with
    long persona histories, around the clock."""
    kind = "pucker"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    servers = cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws", "digitalocean")))
    persona = pick(rng, ("Mia", "Kai", "Luna", "Sol"))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_server",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=servers,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1500, 3000)),
            global_load(float(rng.uniform(18, 23)), 0.7),
        )
        turns = [tx.companion_turn(rng, ctx.chat, persona) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [t[0] for t in turns],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            extra=np.asarray([t[1] for t in turns]),
            comp_median=120.0,
        )


def warble(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of sampling variance and calibration: each item sent many times in a
    row, confidence asked for, a few students' keys under a grant card, campus network."""
    kind = "warble"
    tz = pick(rng, (-5, 0, 1, 9))
    campus = home(rng, irange(rng, 1, 3), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=campus,
            tz=tz,
        )
        condition = pick(rng, ("plain", "verbal", "cot"))
        reps = irange(rng, 10, 25)
        n_items = irange(rng, 20, 60)
        ts_l, prompts = [], []
        for run_start in thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz)
        ).tolist():
            t = run_start
            for item in range(n_items):
                p = tx.study_prompt(rng, item, condition)
                gaps = rng.lognormal(np.log(1.5), 0.4, size=reps)
                times = t + np.cumsum(gaps)
                ts_l.extend(times.tolist())
                prompts.extend([p] * reps)
                t = float(times[-1]) + float(rng.uniform(1, 5))
        ts = np.asarray(ts_l)
        models = ctx.models(rng, ts, p_new=0.5, p_mini=0.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=200.0, err=0.06)


def overblow(ctx: Ctx, rng: np.random.Generator) -> None:
    """A course cohort: one account per student on the course's education org, campus network in
    class, home or phone in the evening, a spike before the weekly deadline."""
    kind = "overblow"
    tz = pick(rng, (-3, 1, 5, 8))
    campus = home(rng, irange(rng, 1, 2), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("CS101", "Stats 2", "Intro to Data Science", "Econometrics I"))
    week = irange(rng, 2, 9)
    deadline = ctx.t0 + float(rng.uniform(3, 6.5)) * DAY
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    for _ in range(irange(rng, 25, 55)):
        phone = chance(rng, 0.3)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=pick(rng, MOBILE[:3] + (BG_PHONE,)) if phone else pick(rng, BG_BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), evening_person(tz), 4, 90
        )
        crunch = session_times(
            rng,
            deadline - 1.5 * DAY,
            deadline,
            float(rng.uniform(1, 4)),
            evening_person(tz, 3.0),
            6,
            70,
        )
        sess = sess + crunch
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [tx.course_exercise(rng, course, week, ctx.chat) for _ in range(len(ts))]
        ips = None
        if phone and len(sess):
            per = mobile_v6(rng, len(sess), carrier)
            ips = [per[i] for i, s in enumerate(sess) for _ in range(len(s))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            ips=ips,
            comp_median=330.0,
        )


def windsaver(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation shop: translators pre-translate client documents for post-editing and ask
    terminology questions, office broadband, workday, one or two target languages each."""
    kind = "windsaver"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (0, 1, 2, 3, 9))
        office = home(rng, 1, tz)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        client = pick(
            rng, ("Helios Pharma", "Brightline Software", "Kettle & Co", "Volta Mobility")
        )
        for _ in range(irange(rng, 3, 8)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="translator",
                org=org,
                pay=card,
                ua=pick(rng, BG_BROWSERS),
                ips=office,
                tz=tz,
            )
            targets = rng.permutation(len(tx.TARGETS)).tolist()[: irange(rng, 1, 2)]
            ts = _cat(
                session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(2, 5)),
                    workday(tz),
                    float(rng.uniform(6, 15)),
                    float(rng.uniform(40, 150)),
                )
            )
            prompts = [
                tx.translator_help(rng, ctx.passages, tx.TARGETS[pick(rng, targets)], client)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.35, p_mini=0.2),
                comp_median=200.0,
            )


def blues_harp(ctx: Ctx, rng: np.random.Generator) -> None:
    """A reseller / wrapper SaaS: several tenant keys on one card, cloud egress, real end users'
    chat relayed around the clock, switched mostly to the new model after release."""
    kind = "blues_harp"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("ChatNest", "AskAnything Pro", "GPT Hub BR", "AIHelper.in"))
    egress = cloud(rng, irange(rng, 3, 8), pick(rng, ("aws", "gcp", "alibaba", "ovh")))
    for _ in range(irange(rng, 5, 12)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="tenant",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.6),
            ips=egress,
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(150, 700)),
            global_load(float(rng.uniform(0, 24)), 0.5),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.wrapper_prompt(rng, ctx.chat, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.65, p_mini=0.15),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "reed_plate": reed_plate,
    "cover_plate": cover_plate,
    "tongue_block": tongue_block,
    "cross_harp": cross_harp,
    "lip_purse": lip_purse,
    "pucker": pucker,
    "warble": warble,
    "overblow": overblow,
    "windsaver": windsaver,
    "blues_harp": blues_harp,
}
