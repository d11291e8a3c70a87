"""Benign hard-negative kinds of batch 122: legitimate users built to resemble this batch's
campaign families (or a campaign in general). Each is a generator `(ctx, rng)` writing accounts
labelled "benign" with the kind as their family. The README's card says what each looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind122 import texts as tx

LABEL = "benign"


# --------------------------------------------------------------------------------------------
# an evaluation lab benchmarking the new model with chain-of-thought suites


def strongback(ctx: Ctx, rng: np.random.Generator) -> None:
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="strongback",
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    suites = [
        (
            f"{pick(rng, ('mathchain', 'reasonbench', 'logix', 'quantqa'))}-v{irange(rng, 1, 4)}",
            irange(rng, 250, 500),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini = ctx.old_models[0], ctx.old_models[-1]
    runs = []
    for _ in range(irange(rng, 2, 3)):
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.release - 0.2 * DAY)),
                pick(rng, (old, mini)),
            )
        )
    for _ in range(irange(rng, 4, 6)):
        runs.append(
            (
                float(rng.uniform(ctx.release + 0.05 * DAY, ctx.t1 - 0.2 * DAY)),
                ctx.new_model if chance(rng, 0.7) else pick(rng, (old, mini)),
            )
        )
    for start, model in runs:
        suite, size = pick(rng, suites)
        a = pick(rng, accts)
        dur = float(rng.uniform(20, 60)) * MINUTE
        ts = np.sort(rng.uniform(start, start + dur, size=size))
        items = rng.permutation(size).tolist()
        prompts = [tx.benchmark_item(rng, i, suite) for i in items]
        comp = np.asarray([20.0 if p.endswith("Answer:") else 550.0 for p in prompts])
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=comp, comp_sigma=0.4, err=0.04)


# --------------------------------------------------------------------------------------------
# a labelling vendor's annotators asking the model for help while grading


def lofting(ctx: Ctx, rng: np.random.Generator) -> None:
    n = irange(rng, 20, 35)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 5, 1, -3))
    office = bb.home(rng, 2, tz)
    for _ in range(n):
        wfh = chance(rng, 0.25)
        ips = office + bb.home(rng, 1, tz) if wfh else office
        a = ctx.account(
            rng,
            label=LABEL,
            family="lofting",
            role="annotator",
            org=org,
            pay=card,
            ua=tx.person_ua(rng, bb.BROWSERS),
            ips=ips,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            4.0,
            float(rng.uniform(60, 150)),
        )
        ts = (
            np.concatenate(sessions)
            if sessions
            else np.array([ctx.t0 + 2 * DAY + 10 * HOUR - tz * HOUR])
        )
        prompts = [tx.annotator_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=240.0,
        )


# --------------------------------------------------------------------------------------------
# a social platform's trust-and-safety rewrite tool


def scarf_joint(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadly", "Murmur", "Koro Forums", "Pinecone Social"))
    ips = bb.cloud(rng, 3, pick(rng, ("gcp", "aws")))
    ua = bb.sdk_ua(rng, 0.6)
    rate = float(rng.uniform(20, 40))
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label=LABEL,
            family="scarf_joint",
            role="moderation_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR / 2.5, curve)
        prompts = [tx.moderation_rewrite(rng, ctx.chat, platform) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
            comp_median=160.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# an IDE coding-agent product (agent loops with tool calls)


def garboard(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Patchwright", "Codeswift Agent", "Burrow AI", "Tessel Dev"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "python-httpx/0.28.1"))
    curve = bb.multi_office([-8, -5, 1, 5])
    for _ in range(irange(rng, 4, 6)):
        a = ctx.account(
            rng,
            label=LABEL,
            family="garboard",
            role="agent_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "aws"),
        )
        rate = float(rng.uniform(0.6, 1.2))
        starts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_l, prompts, extra = [], [], []
        for s in starts.tolist():
            task = pick(rng, tx.CODE_TASKS).format(f=pick(rng, tx.REPO_FILES))
            steps = irange(rng, 3, 18)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=steps - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                prompts.append(tx.coding_agent_prompt(rng, product, j, task))
                extra.append(1500 + 450 * j + irange(rng, 0, 800))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=220.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a bank's data team generating paraphrases for its in-house intent classifier


def sheer_clamp(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Northbay Credit Union", "Banco Soleado", "Fjord Savings"))
    tz = pick(rng, (-5, 1, -3))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="sheer_clamp",
            role="data_job",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, "azure"),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        night = day0 + d * DAY + (22 - tz) * HOUR + float(rng.uniform(0, 40)) * MINUTE
        if bb.weekday(np.array([night]), tz)[0] >= 5 and chance(rng, 0.7):
            continue
        n = irange(rng, 150, 400)
        ts = night + np.cumsum(rng.uniform(1.5, 4.5, size=n))
        a = pick(rng, accts)
        prompts = [tx.intent_paraphrase_prompt(rng, company) for _ in range(n)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.35,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# users of a bring-your-own-key roleplay / companion chat client


def transom(ctx: Ctx, rng: np.random.Generator) -> None:
    app = pick(rng, ("Tavernly", "Hearthchat", "Lumi Companion"))
    ver = f"{irange(rng, 1, 3)}.{irange(rng, 0, 12)}.{irange(rng, 0, 9)}"
    chars = ("Elara", "Captain Brine", "Mira", "Sir Aldous", "Kitsune", "Dr. Vale", "Juno")
    for _ in range(irange(rng, 40, 70)):
        tz = pick(rng, bb.TZS)
        ua = (
            f"{app}/{ver} ({pick(rng, ('Windows', 'macOS', 'Linux'))}; Electron 31)"
            if chance(rng, 0.7)
            else "okhttp/4.12.0"
        )
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(rng, label=LABEL, family="transom", role="byok_user", ua=ua, ips=ips, tz=tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            bb.evening_person(tz, 1.8),
            float(rng.uniform(8, 16)),
            float(rng.uniform(18, 40)),
            0.6,
        )
        ts = np.concatenate(sessions) if sessions else np.array([start + HOUR])
        char, user = pick(rng, chars), pick(rng, bb.NAMES)
        prompts = [tx.roleplay_turn(rng, char, user, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.15),
            comp_median=120.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a translation agency: translators in two offices plus their CAT tool's plugin


def keelson(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [(tz, bb.home(rng, 1, tz)) for tz in (pick(rng, (1, 2, 0)), pick(rng, (-3, -5, 8)))]
    clients = ("Acme Robotics", "Verdant Foods", "Halcyon Bank", "Nimbus Games", "Orbis Travel")
    for _ in range(irange(rng, 6, 10)):
        tz, ip = pick(rng, offices)
        a = ctx.account(
            rng,
            label=LABEL,
            family="keelson",
            role="translator",
            org=org,
            pay=card,
            ua=tx.person_ua(rng, bb.BROWSERS),
            ips=ip,
            tz=tz,
        )
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), bb.workday(tz), 5.0, 60.0
        )
        ts = (
            np.concatenate(sessions)
            if sessions
            else np.array([ctx.t0 + DAY + 10 * HOUR - tz * HOUR])
        )
        prompts = [tx.cat_segment(rng, pick(rng, clients), ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2), comp_median=90.0
        )
    # the CAT tool's integration key: one document at a time, segment by segment
    cat = ctx.account(
        rng,
        label=LABEL,
        family="keelson",
        role="cat_plugin",
        org=org,
        pay=card,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=bb.cloud(rng, 2, "aws"),
    )
    tz0 = offices[0][0]
    docs = bb.thinned(rng, ctx.t0, ctx.t1, 4.0 * 7, bb.workday(tz0))
    for s in docs.tolist():
        n = irange(rng, 30, 120)
        ts = s + np.cumsum(rng.lognormal(np.log(1.5), 0.4, size=n))
        client = pick(rng, clients)
        prompts = [tx.cat_segment(rng, client, ctx.passages) for _ in range(n)]
        ctx.emit(
            rng,
            cat,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.0),
            comp_median=70.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort with course-issued keys


def stem_knee(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 5, 8, 2))
    campus = bb.home(rng, 2, tz)
    course = pick(rng, ("CS101", "INFO 2040", "Data Structures", "Intro to Economics", "Stat 210"))
    day0 = np.floor(ctx.t0 / DAY) * DAY
    labs = [
        day0 + d * DAY + (14 - tz) * HOUR
        for d in range(8)
        if bb.weekday(np.array([day0 + d * DAY + 12 * HOUR]), tz)[0] in (1, 3)
    ]
    for _ in range(irange(rng, 40, 70)):
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family="stem_knee",
            role="student",
            org=org,
            pay=card,
            ua=tx.person_ua(rng, bb.BROWSERS) if chance(rng, 0.8) else pick(rng, bb.SDK_COMMON),
            ips=home,
            tz=tz,
        )
        ts_l, ips = [], []
        for lab in labs:
            if chance(rng, 0.8):
                k = 1 + int(rng.poisson(5))
                t = (
                    lab
                    + float(rng.uniform(0, 60)) * MINUTE
                    + np.concatenate(
                        [[0.0], np.cumsum(rng.lognormal(np.log(120), 0.7, size=k - 1))]
                    )
                )
                ts_l.append(t)
                ips.extend(bb.picks(rng, campus, len(t)))
        for sess in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.6)), bb.evening_person(tz), 3.0, 150.0
        ):
            ts_l.append(sess)
            ips.extend(home * len(sess))
        if not ts_l:
            ts_l, ips = [np.array([labs[0] + 600.0 if labs else ctx.t0 + DAY])], home[:1]
        ts = np.concatenate(ts_l)
        prompts = [tx.course_prompt(rng, int((t - ctx.t0) // DAY), course) for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=400.0,
        )


# --------------------------------------------------------------------------------------------
# a research group measuring answer consistency by repeated sampling


def chine_log(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0))
    ips_list = [bb.cloud(rng, 1, "aws"), bb.home(rng, 1, tz)]
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="chine_log",
            role="study_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1")),
            ips=ips_list[i % 2],
            tz=tz,
        )
        for i in range(irange(rng, 2, 3))
    ]
    old = ctx.old_models[0]
    runs = [(float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 0.3 * DAY)), old)]
    runs += [
        (float(rng.uniform(ctx.release + 0.2 * DAY, ctx.t1 - 0.4 * DAY)), m)
        for m in (ctx.new_model, old, ctx.new_model)
    ]
    for start, model in runs:
        a = pick(rng, accts)
        n_items, reps = irange(rng, 60, 140), pick(rng, (10, 20))
        t, ts_l, prompts = start, [], []
        for item in range(n_items):
            p = tx.consistency_prompt(rng, item, ctx.chat)
            gaps = rng.lognormal(np.log(0.8), 0.5, size=reps)
            tt = t + np.cumsum(gaps)
            ts_l.append(tt)
            prompts.extend([p] * reps)
            t = float(tt[-1]) + float(rng.uniform(1, 4))
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=180.0, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# a digital marketing agency running client keys through its own dashboard


def spiling(ctx: Ctx, rng: np.random.Generator) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "digitalocean")
    tzs = [pick(rng, (1, 0, 2)), pick(rng, (8, -5, 5))]
    curve = bb.multi_office(tzs)
    clients = list(rng.permutation(tx.AGENCY_CLIENTS))[: irange(rng, 8, 12)]
    for client in clients:
        a = ctx.account(
            rng,
            label=LABEL,
            family="spiling",
            role="client_key",
            org=org,
            pay=card,
            ua="axios/1.7.9",
            ips=ips,
        )
        rate = float(rng.uniform(1.5, 6))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.35, curve)
        prompts = [tx.agency_prompt(rng, str(client)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.2),
            comp_median=700.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "strongback": strongback,
    "lofting": lofting,
    "scarf_joint": scarf_joint,
    "garboard": garboard,
    "sheer_clamp": sheer_clamp,
    "transom": transom,
    "keelson": keelson,
    "stem_knee": stem_knee,
    "chine_log": chine_log,
    "spiling": spiling,
}
