"""Benign hard-negative kinds of blind batch 299 (code names from coppicing).

Each kind is `f(ctx, rng)`: legitimate traffic built to resemble one of this batch's campaign
families (or a campaign in general). Labels are "benign"; the kind is the account's `family`.
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
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind299 import texts as tx
from bench.monitor_blind299.families import BG_BROWSERS, cat, draw_langs, u

_EMPTY = np.empty(0)


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: regression runs, then a big sweep of the new model at release


def stool(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stool"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("evalkit/2.3.0 python-httpx/0.28.1", "python-httpx/0.28.1"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=cloud(rng, 2, provider))
        for _ in range(irange(rng, 3, 4))
    ]
    nightly_h = u(rng, 1, 4)
    starts_reg = np.array(
        [np.floor(ctx.t0 / DAY) * DAY + d * DAY + nightly_h * HOUR for d in range(7)]
    )
    reg = bursts(rng, starts_reg, u(rng, 60, 110), 0.8, 0.4, b=ctx.t1)
    sweep_start = ctx.release + u(rng, 0.5, 4.0) * HOUR
    every = u(rng, 25, 45) * 60
    s_starts = np.arange(sweep_start, sweep_start + u(rng, 10, 16) * HOUR, every)
    sweep = bursts(rng, s_starts, u(rng, 90, 140), 0.7, 0.4, b=ctx.t1)
    langs = ["en", "zh", "ru", "es", "de"]
    w = [0.6, 0.1, 0.1, 0.1, 0.1]
    for group, p_new in ((reg, 0.5), (sweep, 0.6)):
        for j, t in enumerate(group):
            a = accts[j % len(accts)]
            fmt = irange(rng, 0, 3)
            prompts = [tx.eval_item(rng, lg, fmt) for lg in draw_langs(rng, langs, w, len(t))]
            m = ctx.models(rng, t[:1], p_new, 0.3)[0]
            ctx.emit(rng, a, t, prompts, models=m, comp_median=600, comp_sigma=0.7, err=0.03)


# --------------------------------------------------------------------------------------------
# labelling vendor: many annotator accounts, one org and card, office NAT


def underwood(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "underwood"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = home(rng, irange(rng, 2, 3), tz)
    project = pick(rng, ("Project Heron", "Atlas-7", "Lark QA", "Marigold RLHF"))
    version = f"v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 14, 24)):
        own = home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=office + own,
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, u(rng, 1.5, 3.0), workday(tz), u(rng, 8, 14), u(rng, 50, 120)
        )
        ts_l, ip_l, pr_l = [], [], []
        for s in sess:
            ip = own[0] if chance(rng, 0.1) else pick(rng, office)
            for tj in s.tolist():
                ts_l.append(tj)
                ip_l.append(ip)
                pr_l.append(tx.annotation_item(rng, ctx.chat, ctx.passages, project, version))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.35, 0.1),
            ips=ip_l,
            comp_median=250,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# tutoring product: multi-turn step-by-step help, backend keys, students' evening load


def coupe(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "coupe"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Quillby", "Mathmoth", "StudyKite"))
    provider = pick(rng, ("aws", "gcp"))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, 2, provider),
        )
        for _ in range(3)
    ]
    sess = session_times(
        rng, ctx.t0, ctx.t1, u(rng, 70, 110), global_load(u(rng, 0, 3), 0.7), 5.0, 70.0
    )
    switch = ctx.release + u(rng, 0.5, 1.5) * DAY
    langs, w = ["en", "es", "de"], [0.75, 0.15, 0.1]
    buf: list[list] = [[[], [], []] for _ in accts]
    for s in sess:
        k = int(rng.integers(len(accts)))
        lang = draw_langs(rng, langs, w, 1)[0]
        grade = irange(rng, 6, 12)
        m = (
            ctx.models(rng, s[:1], 0.5, 0.1)[0]
            if s[0] >= switch
            else ctx.models(rng, s[:1], 0.0, 0.1)[0]
        )
        for j, tj in enumerate(s.tolist()):
            msg = tx.tutor_message(rng, j, lang, ctx.chat)
            buf[k][0].append(tj)
            buf[k][1].append(
                f"[{product}] grade {grade} student: {msg}" if chance(rng, 0.5) else msg
            )
            buf[k][2].append(m)
    for a, (ts, pr, md) in zip(accts, buf, strict=True):
        ctx.emit(rng, a, np.asarray(ts), pr, models=md, comp_median=320, err=0.01)


# --------------------------------------------------------------------------------------------
# course cohort: many student keys on one course org and department card, deadline rush


def springwood(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "springwood"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("CS 1110", "COMP 202", "INF 101", "CSE 142"))
    tz = pick(rng, (-5, -8, 0, 1))
    campus = home(rng, 2, tz)
    deadline_day = irange(rng, 2, 5)
    deadline = (
        np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + (deadline_day + 1) * DAY - 60
    )
    for _ in range(irange(rng, 30, 45)):
        own = home(rng, 1, tz)
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.65) else "OpenAI/Python 1.54.0"
        a = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=campus + own, tz=tz)
        regular = session_times(
            rng, ctx.t0, ctx.t1, u(rng, 0.4, 1.3), evening_person(tz), 4.0, 90.0
        )
        rush = session_times(
            rng,
            deadline - u(rng, 6, 14) * HOUR,
            deadline,
            u(rng, 1.5, 4.0),
            lambda t: np.ones(len(t)),
            5.0,
            60.0,
        )
        sess = regular + rush
        ts_l, ip_l, pr_l = [], [], []
        for s in sess:
            ip = pick(rng, campus) if chance(rng, 0.5) else own[0]
            for tj in s.tolist():
                ts_l.append(tj)
                ip_l.append(ip)
                lab = 3 if tj <= deadline else 4
                pr_l.append(
                    tx.course_question(rng, course, lab)
                    if chance(rng, 0.65)
                    else tx.human(rng, ctx.chat, 800)
                )
        if not ts_l:
            ts_l, ip_l, pr_l = [deadline - 2 * HOUR], [own[0]], [tx.course_question(rng, course, 3)]
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.25, 0.3),
            ips=ip_l,
            comp_median=380,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# research study: the same prompt many times (variance), calibration items, both models


def hazel_rods(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hazel_rods"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    run_starts = [ctx.release - u(rng, 0.6, 1.4) * DAY] + [
        ctx.release + u(rng, 0.2, 2.8) * DAY for _ in range(irange(rng, 3, 5))
    ]
    for r, start in enumerate(sorted(run_starts)):
        a = accts[r % len(accts)]
        model = ctx.old_models[0] if r == 0 or chance(rng, 0.4) else ctx.new_model
        calib = chance(rng, 0.35)
        t = start
        ts_l, pr_l = [], []
        for _ in range(irange(rng, 20, 40)):
            p = (
                tx.calibration_item(rng, irange(rng, 0, 1))
                if calib
                else tx.bestof_prompt(rng, ctx.chat)
            )
            for _ in range(irange(rng, 5, 8) if calib else irange(rng, 8, 15)):
                t += float(rng.lognormal(np.log(2.5), 0.4))
                ts_l.append(t)
                pr_l.append(p)
            t += float(rng.lognormal(np.log(20), 0.6))
        ctx.emit(
            rng, a, np.asarray(ts_l), pr_l, models=model, comp_median=60 if calib else 500, err=0.02
        )


# --------------------------------------------------------------------------------------------
# agency / white-label reseller: one org and card, many client keys, one backend egress


def billhook(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "billhook"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, 2, "digitalocean")
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    langs, w = ["en", "es", "de", "fr", "pt"], [0.5, 0.15, 0.15, 0.1, 0.1]
    tz_of = {"en": (-8, -5, 0), "es": (1, -3), "de": (1,), "fr": (1,), "pt": (-3,)}
    for _ in range(irange(rng, 12, 20)):
        lang = draw_langs(rng, langs, w, 1)[0]
        tz = pick(rng, tz_of[lang])
        a = _acct(ctx, rng, kind, "client_key", org=org, pay=card, ua=ua, ips=egress, tz=tz)
        n = float(rng.lognormal(np.log(120), 0.8))
        ts = thinned(rng, ctx.t0, ctx.t1, n, workday(tz))
        if len(ts) == 0:
            ts = np.array([ctx.t0 + u(rng, 0.5, 6.5) * DAY])
        prompts = [tx.agency_copy(rng, lang, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, u(rng, 0.2, 0.6), 0.1),
            comp_median=450,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety vendor: flagged posts rewritten or judged against community guidelines


def layering(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "layering"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 1))
    office = home(rng, 2, tz)
    pipe = _acct(
        ctx,
        rng,
        kind,
        "pipeline",
        org=org,
        pay=card,
        ua="Go-http-client/2.0",
        ips=cloud(rng, 2, "gcp"),
    )
    ts = thinned(rng, ctx.t0, ctx.t1, u(rng, 12, 25) * 7 * 24, global_load(u(rng, 12, 20), 0.4))
    ctx.emit(
        rng,
        pipe,
        ts,
        [tx.moderation_item(rng, ctx.chat) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.1, 0.4),
        comp_median=120,
        err=0.01,
    )
    for _ in range(irange(rng, 6, 10)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = cat(session_times(rng, ctx.t0, ctx.t1, 3.0, multi_office([tz]), 12.0, 45.0))
        if len(ts) == 0:
            continue
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_item(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=200,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# coding agents: developers' agent CLIs, bursts of tool-result steps with large contexts


def bean_poles(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bean_poles"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = home(rng, 1, tz)
    dev_chat = tx.code_chat(ctx.chat)
    for _ in range(irange(rng, 8, 14)):
        own = home(rng, 1, tz)
        ua = pick(
            rng,
            (
                "aider/0.74.2 litellm/1.60.2",
                "opencode/0.3.14",
                "continue/0.9.2 (vscode)",
                "cline/3.4.0",
            ),
        )
        a = _acct(ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=office + own, tz=tz)
        tasks = thinned(rng, ctx.t0, ctx.t1, u(rng, 2, 5) * 7, workday(tz))
        ts_l, pr_l, ex_l, ip_l, md_l = [], [], [], [], []
        for s in tasks.tolist():
            k = 3 + int(rng.negative_binomial(2, 2 / 14))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6), 0.7, size=k - 1))])
            ip = office[0] if chance(rng, 0.7) else own[0]
            m = ctx.models(rng, t[:1], 0.5, 0.05)[0]
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.coding_agent_step(rng, j, dev_chat))
                ex_l.append(min(60000, 1800 + 900 * j))
                ip_l.append(ip)
                md_l.append(m)
        if not ts_l:
            continue
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=md_l,
            ips=ip_l,
            comp_median=300,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# companion app: many short chat messages through a handful of backend keys


def woodbank(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "woodbank"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 2, "gcp"),
        )
        for _ in range(irange(rng, 4, 6))
    ]
    styles = [irange(rng, 0, 1) for _ in accts]
    personas = (
        "Mira, warm and playful",
        "Kai, laid-back surfer",
        "Dr. Wren, gentle listener",
        "Juno, sarcastic best friend",
    )
    sess = session_times(
        rng, ctx.t0, ctx.t1, u(rng, 80, 130), global_load(u(rng, 18, 23), 0.55), 8.0, 25.0
    )
    langs, w = ["en", "es", "pt", "ja"], [0.7, 0.1, 0.1, 0.1]
    buf: list[list] = [[[], [], []] for _ in accts]
    for s in sess:
        k = int(rng.integers(len(accts)))
        lang = draw_langs(rng, langs, w, 1)[0]
        persona = pick(rng, personas)
        m = ctx.models(rng, s[:1], 0.15, 0.6)[0]
        for tj in s.tolist():
            buf[k][0].append(tj)
            buf[k][1].append(tx.companion_message(rng, lang, persona, styles[k]))
            buf[k][2].append(m)
    for a, (ts, pr, md) in zip(accts, buf, strict=True):
        ctx.emit(rng, a, np.asarray(ts), pr, models=md, comp_median=90, comp_sigma=0.7, err=0.01)


# --------------------------------------------------------------------------------------------
# translation shop: CAT-tool pre-translation bursts per project, translators post-editing


def withies(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "withies"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = home(rng, 2, tz)
    shop_langs = ("de", "fr", "es", "it", "pl", "nl", "sv", "cs", "pt", "ja")
    cat_ua = pick(
        rng, ("Trados-GenAI-Connector/2.1 (.NET 8.0)", "MateCat-MT/3.2 python-requests/2.32.3")
    )
    auto = _acct(ctx, rng, kind, "cat_tool", org=org, pay=card, ua=cat_ua, ips=office, tz=tz)
    projects = thinned(rng, ctx.t0, ctx.t1, irange(rng, 10, 20), workday(tz))
    ts_l, pr_l, cm_l = [], [], []
    for s in projects.tolist():
        client, doc = pick(rng, tx._SHOP_CLIENTS), pick(rng, tx._DOC_TYPES)
        segs = [tx.segments(rng, ctx.passages, ctx.chat)[:400] for _ in range(irange(rng, 40, 160))]
        tgts = [
            shop_langs[i]
            for i in rng.choice(len(shop_langs), size=irange(rng, 2, 5), replace=False).tolist()
        ]
        t = s
        for tg in tgts:
            for seg in segs:
                t += float(rng.lognormal(np.log(1.2), 0.4))
                ts_l.append(t)
                pr_l.append(tx.shop_pretranslate(rng, client, doc, tg, seg))
                cm_l.append(max(10.0, len(seg) / 3.2))
            t += float(rng.lognormal(np.log(120), 0.5))
    if ts_l:
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            auto,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.3, 0.2),
            comp_median=np.asarray(cm_l),
            comp_sigma=0.3,
            err=0.01,
        )
    for _ in range(irange(rng, 5, 8)):
        tgt = pick(rng, shop_langs)
        own = home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS),
            ips=office + own,
            tz=tz,
        )
        ts = cat(session_times(rng, ctx.t0, ctx.t1, u(rng, 1.0, 2.5), workday(tz), 5.0, 150.0))
        if len(ts) == 0:
            ts = np.array([ctx.t0 + u(rng, 1, 6) * DAY])
        prompts = [
            tx.shop_postedit(rng, tgt, tx.segments(rng, ctx.passages, ctx.chat))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.1), comp_median=200, err=0.01
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "stool": stool,
    "underwood": underwood,
    "coupe": coupe,
    "springwood": springwood,
    "hazel_rods": hazel_rods,
    "billhook": billhook,
    "layering": layering,
    "bean_poles": bean_poles,
    "woodbank": woodbank,
    "withies": withies,
}
