"""Benign hard-negative kinds of batch 148 (code names: chair-making terms).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). They open accounts labelled "benign" with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind148 import texts as tx


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def crest_rail(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model on release day: chain-of-thought suites, bursts
    from a cloud cluster, the same items sent to the old and the new model.
    Looks like: masse_shot (reasoning prompts, cloud workers, a jump to the new model)."""
    for _ in range(irange(rng, 2, 3)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("gcp", "aws", "azure"))
        ips = cloud(rng, irange(rng, 1, 3), prov)
        accts = [
            _benign(
                ctx,
                rng,
                "crest_rail",
                "eval_runner",
                org=org,
                pay=card,
                ua=pick(rng, SDK_OTHER[:4]),
                ips=ips,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        suites = [s for s in ("arith", "mcq", "code", "reading") if chance(rng, 0.7)] or ["arith"]
        n_items = irange(rng, 150, 500)
        runs = [ctx.release + float(rng.uniform(0.05, 0.6)) * DAY]
        n_more = max(len(accts) - 1, irange(rng, 1, 3))
        runs += [float(rng.uniform(ctx.t0, ctx.t1 - 0.1 * DAY)) for _ in range(n_more)]
        for j, r0 in enumerate(runs):
            a = accts[j % len(accts)]
            models = (
                [ctx.new_model, ctx.old_models[0]]
                if r0 >= ctx.release
                else [ctx.old_models[0], ctx.old_models[-1]]
            )
            ts_all, prompts, ms = [], [], []
            t = r0
            for m in models:
                for suite in suites:
                    k = n_items // len(suites)
                    tt = t + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.5)), size=k))
                    ts_all += tt.tolist()
                    prompts += [tx.eval_item(rng, suite, i) for i in range(k)]
                    ms += [m] * k
                    t = float(tt[-1]) + float(rng.uniform(30, 600))
            ctx.emit(
                rng,
                a,
                np.asarray(ts_all),
                prompts,
                models=ms,
                comp_median=260,
                comp_sigma=0.8,
                err=0.03,
            )


def seat_blank(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotator seats in one office asking for second opinions on
    preference pairs, plus the tool's pre-labelling key.
    Looks like: carom_shot (judge/rubric prompts, one org and card, office IP, working hours)."""
    tz = pick(rng, (5, 8, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    curve = workday(tz, start=9.0, end=18.5)
    for _ in range(irange(rng, 6, 14)):
        a = _benign(
            ctx,
            rng,
            "seat_blank",
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                curve,
                float(rng.uniform(4, 10)),
                float(rng.uniform(60, 240)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotator_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.05),
            comp_median=300,
        )
    tool = _benign(
        ctx,
        rng,
        "seat_blank",
        "prelabel_tool",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 1, "aws"),
        tz=tz,
    )
    starts = thinned(rng, ctx.t0, ctx.t1, 1.2 * (ctx.t1 - ctx.t0) / DAY, curve)
    ts = _cat(bursts(rng, starts, float(rng.uniform(30, 80)), gap_median=2.0, b=ctx.t1))
    ctx.emit(
        rng,
        tool,
        ts,
        [tx.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, (0, 1))) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
        comp_median=120,
    )


def ladderback(ctx: Ctx, rng: np.random.Generator) -> None:
    """A publisher's standards/moderation desk rewriting reader comments and checking drafts for
    legal risk, staff behind the corporate VPN (cloud egress).
    Looks like: cut_shot (policy rewrites, VPN/cloud addresses, browser agents)."""
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (0, 1, 2, -5))
        lang = {0: "en", 1: pick(rng, ("de", "fr")), 2: "de", -5: "en"}[tz]
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        egress = cloud(rng, irange(rng, 2, 5), pick(rng, ("azure", "aws")))
        for _ in range(irange(rng, 3, 7)):
            a = _benign(
                ctx,
                rng,
                "ladderback",
                "editor",
                org=org,
                pay=card,
                ua=pick(rng, BROWSERS),
                ips=egress,
                tz=tz,
            )
            ts = _cat(
                session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz), 6.0, 90.0)
            )
            ctx.emit(
                rng,
                a,
                ts,
                [
                    tx.moderation_rewrite(
                        rng, ctx.chat, ctx.passages, lang if chance(rng, 0.7) else "en"
                    )
                    for _ in range(len(ts))
                ],
                models=ctx.models(rng, ts, p_new=0.5),
                comp_median=380,
            )


def rush_seat(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent product's backend: agent loops with tool results, developers in several
    timezones, a default-model switch a day after the release.
    Looks like: bank_shot and push_out (tool transcripts, code, cloud workers, many calls)."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [
        int(x) for x in rng.choice([-8, -5, 0, 1, 2, 5, 8, 9], size=3, replace=False).tolist()
    ]
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(irange(rng, 2, 4)):
        a = _benign(
            ctx,
            rng,
            "rush_seat",
            "product_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2")),
            ips=cloud(rng, irange(rng, 3, 6), "aws"),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(60, 150)) * (ctx.t1 - ctx.t0) / DAY,
            multi_office(offices),
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 2, 15)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.7, size=k - 1))])
            ts_all += t.tolist()
            sid = f"{int(rng.integers(0, 2**32)):08x}"
            prompts += [tx.ide_agent_prompt(rng, j, ctx.passages, sid) for j in range(k)]
            extra += [irange(rng, 800, 3000) + 400 * j for j in range(k)]
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.75)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=models,
            comp_median=220,
            extra=np.asarray(extra, dtype=np.int64)[order],
            err=0.02,
        )


def comb_back(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's data-augmentation team generating paraphrases for its own intent classifier in a
    nightly job, on the cheap model.
    Looks like: jump_shot (synthetic data generation, JSON lists, bursts)."""
    tz = pick(rng, (0, 1, -5, 5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            "comb_back",
            "nightly_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, pick(rng, ("aws", "azure"))),
            tz=tz,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(120, 400)) * (ctx.t1 - ctx.t0) / DAY,
            nightly(float(rng.uniform(0, 3)), 3.0, tz),
        )
        prompts = []
        for _ in range(len(ts)):
            intent, utter = pick(rng, tx.BANK_INTENTS)
            prompts.append(tx.augment_utterance(rng, intent, utter))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.0, p_mini=0.85),
            comp_median=450,
            err=0.01,
        )
    dev = _benign(
        ctx,
        rng,
        "comb_back",
        "developer",
        org=org,
        pay=card,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz), 5.0, 120.0))
    ctx.emit(
        rng,
        dev,
        ts,
        [
            tx.synth_data(rng, ctx.chat, pick(rng, (0, 4)))
            if chance(rng, 0.4)
            else tx.augment_utterance(rng, *pick(rng, tx.BANK_INTENTS))
            for _ in range(len(ts))
        ],
        models=ctx.models(rng, ts, p_new=0.3),
        comp_median=600,
    )


def bodger(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: students with their own keys in the course org (department
    card), the same assignment prompts, campus NAT by day and home lines at night, a deadline rush.
    Looks like: stun_shot / frozen_ball (a coordinated crowd of person-like accounts) and masse_shot."""
    tz = pick(rng, (-5, 1, 8, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 3), tz)
    deadline = ctx.t0 + float(rng.uniform(3.3, 6.5)) * DAY
    for _ in range(irange(rng, 30, 60)):
        own = home(rng, 1, tz)
        a = _benign(
            ctx,
            rng,
            "bodger",
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS + ("OpenAI/Python 1.54.0",)),
            ips=campus + own,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), evening_person(tz), 5.0, 70.0
            )
        )
        rush = _cat(
            session_times(
                rng, deadline - 0.6 * DAY, deadline, float(rng.uniform(2, 6)), constant, 8.0, 50.0
            )
        )
        ts = _cat([ts, rush])
        hour = ((ts + tz * HOUR) % DAY) / HOUR
        ips = [pick(rng, campus) if 9 <= h < 17 else own[0] for h in hour.tolist()]
        prompts = [
            tx.course_prompt(rng, 1 + int(t > deadline) + int(t > deadline + DAY), ctx.chat)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.35), comp_median=420
        )


def drawbore(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study on calibration and self-consistency: every item sampled many times under
    several conditions, in a few large runs, on both models.
    Looks like: throw_shot (repeated identical prompts, soft labels/confidences, scripted bursts)."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lab = home(rng, 1, 1)
    for _ in range(irange(rng, 1, 3)):
        a = _benign(
            ctx,
            rng,
            "drawbore",
            "study_script",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=lab,
            tz=1,
        )
        for _ in range(irange(rng, 2, 4)):
            r0 = float(rng.uniform(ctx.t0, ctx.t1 - 0.2 * DAY))
            model = ctx.new_model if r0 >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
            k = irange(rng, 5, 20)
            cond = pick(rng, ("verbal", "plain", "cot"))
            items = irange(rng, 40, 150)
            ts_all, prompts = [], []
            t = r0
            for it in range(items):
                tt = t + np.cumsum(rng.exponential(1.2, size=k))
                ts_all += tt.tolist()
                prompts += [tx.calibration_item(rng, it, cond)] * k
                t = float(tt[-1]) + float(rng.exponential(3.0))
            ts = np.asarray(ts_all)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=model,
                comp_median=200 if cond == "cot" else 25,
                err=0.02,
            )


def bentwood(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion app: end users worldwide chatting through the app's backend keys, evening-heavy
    global load, persona prompts, mostly the cheap model.
    Looks like: cue_tip (a product key with mixed user traffic) and stun_shot (multi-turn chat)."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    persona = pick(rng, ("Mira", "Kai", "Juniper", "Sol"))
    users = [pick(rng, tx.NAMES) for _ in range(40)]
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            "bentwood",
            "app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0")),
            ips=cloud(rng, irange(rng, 2, 4), "gcp"),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(400, 1100)) * (ctx.t1 - ctx.t0) / DAY,
            global_load(float(rng.uniform(18, 23)), 0.6),
        )
        prompts = [
            tx.companion_prompt(rng, ctx.chat, persona, pick(rng, users)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=90,
            err=0.01,
            extra=rng.integers(150, 2500, size=len(ts)),
        )
    # the app's own staff testing from phones
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, (-8, -5))
        a = _benign(
            ctx,
            rng,
            "bentwood",
            "staff_phone",
            org=org,
            pay=card,
            ua=pick(rng, MOBILE),
            ips=mobile_v6(rng, 5, "us_mobile"),
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, 2.0, evening_person(tz), 6.0, 30.0))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_prompt(rng, ctx.chat, persona, "tester") for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=90,
        )


def windsor(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators' seats in one office using the model for first drafts and
    reviews of client documents into many languages.
    Looks like: kick_shot (many target languages, long passages, one org)."""
    tz = pick(rng, (1, 2, 0))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 4, 10)):
        langs = [
            tx.TARGETS[i]
            for i in rng.choice(len(tx.TARGETS), size=irange(rng, 1, 3), replace=False).tolist()
        ]
        a = _benign(
            ctx,
            rng,
            "windsor",
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 8.0, 150.0)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translator_prompt(rng, ctx.passages, pick(rng, langs)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.45),
            comp_median=500,
        )


def caning(ctx: Ctx, rng: np.random.Generator) -> None:
    """An AI-writing SaaS reselling access: sub-keys per customer workspace under one org and card,
    cloud workers, diverse end-user prompts, an upgrade to the new model on release day.
    Looks like: a multi-key campaign (shared card, cloud IPs, fast pivot) and draw_shot."""
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("vultr", "digitalocean", "linode"))
    ips = cloud(rng, irange(rng, 3, 6), prov)
    n = irange(rng, 8, 18)
    lanes = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 110)), n, global_load(15.0, 0.5))
    for lane in lanes:
        a = _benign(
            ctx,
            rng,
            "caning",
            "customer_workspace",
            org=org,
            pay=card,
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1")),
            ips=ips,
        )
        keep = rng.random(len(lane)) < float(rng.uniform(0.2, 1.0))
        ts = lane[keep]
        prompts = [
            tx.product_blog_prompt(rng)
            if chance(rng, 0.35)
            else tx.snip(pick(rng, ctx.chat), 10, 1500, rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=picks(rng, ips, len(ts)),
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=520,
            err=0.015,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "crest_rail": crest_rail,
    "seat_blank": seat_blank,
    "ladderback": ladderback,
    "rush_seat": rush_seat,
    "comb_back": comb_back,
    "bodger": bodger,
    "drawbore": drawbore,
    "bentwood": bentwood,
    "windsor": windsor,
    "caning": caning,
}
