"""Benign hard-negative kinds of batch 161 (code names from tile making).

Each kind is `kind(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Their accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind161 import texts
from bench.monitor_blind161.families import BG_BROWSER, BG_SDK, floor


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def glaze(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model on release: fixed suites (chain-of-thought
    maths, multiple choice, multilingual maths, code), each run fired at high concurrency, the same
    items re-run on the old and the new model."""
    kind = "glaze"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ["gcp", "aws"]))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.58.1", BG_SDK[0]]),
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    suites = {}
    for fmt in ("cot", "mc", "mgsm", "code"):
        suites[fmt] = [texts.bench_item(rng, fmt) for _ in range(irange(rng, 80, 250))]
    # a couple of baseline runs before the release, many after
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.8)) * DAY, ctx.old_models[0])
        for _ in range(irange(rng, 1, 3))
    ]
    for _ in range(irange(rng, 4, 9)):
        t = ctx.release + float(rng.uniform(0.02, 2.8)) * DAY
        runs.append(
            (t, pick(rng, [ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]]))
        )
    for start, model in runs:
        acct = pick(rng, accts)
        fmts = [f for f in suites if chance(rng, 0.7)] or ["cot"]
        t = start
        for fmt in fmts:
            items = suites[fmt]
            ts = t + np.sort(
                rng.uniform(0, len(items) * float(rng.uniform(0.2, 0.6)), size=len(items))
            )
            comp = {"cot": 420, "mc": 6, "mgsm": 380, "code": 300}[fmt]
            ctx.emit(rng, acct, ts, items, models=model, comp_median=comp, comp_sigma=0.5, err=0.04)
            t = float(ts[-1]) + float(rng.uniform(30, 600))


def grog(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor's annotators checking responses against rubrics with the model's help:
    office NAT plus home lines, browser, office hours."""
    kind = "grog"
    tz = pick(rng, [5, 8, 3])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 10, 24)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER + BROWSERS[:1]),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, weekend=0.1),
            float(rng.uniform(4, 10)),
            float(rng.uniform(60, 200)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [
            texts.annotator(rng, ctx.chat, ctx.passages, irange(rng, 10000, 99999))
            for _ in range(len(ts))
        ]
        ips = [office[0] if chance(rng, 0.8) else acct.ips[-1] for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            ips=ips,
            comp_median=240,
        )


def greenware(ctx: Ctx, rng: np.random.Generator) -> None:
    """A social app's trust-and-safety pipeline: posts in several languages checked against
    community rules, with compliant rewrites suggested; backend keys in one cloud."""
    kind = "greenware"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    langs = ["en", "es", "pt", "de"]
    lw = rng.dirichlet(np.ones(4) * 2)
    load = global_load(float(rng.uniform(14, 22)), 0.5)
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_backend",
            org=org,
            pay=pay,
            ua=pick(rng, [BG_SDK[0], "python-httpx/0.28.1"]),
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * 7 * 24, load)
        prompts = [
            texts.moderation(rng, ctx.chat, langs[int(rng.choice(4, p=lw))]) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.5),
            comp_median=140,
        )


def encaustic(ctx: Ctx, rng: np.random.Generator) -> None:
    """A product team's developers using an open-source coding agent from laptops: tool-call
    loops with a growing context, office hours, home and office lines."""
    kind = "encaustic"
    tz = pick(rng, [-8, -5, 0, 1, 2])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    ua = pick(rng, ["OpenAI/Python 1.58.1", "litellm/1.60.2", BG_SDK[0]])
    for _ in range(irange(rng, 6, 14)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 7)) * 7, workday(tz, weekend=0.08)
        )
        p_new = float(rng.uniform(0.2, 0.8))
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 18)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.7, size=k - 1))])
            ip = office[0] if chance(rng, 0.6) else acct.ips[-1]
            hist = irange(rng, 1500, 4000)
            for j, x in enumerate(t.tolist()):
                ts_all.append(x)
                prompts.append(texts.dev_agent_step(rng, j == 0))
                extra.append(hist)
                ips.append(ip)
                hist += irange(rng, 200, 1200)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
            ips=ips,
            extra=extra,
            comp_median=260,
            comp_sigma=0.7,
        )


def saggar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's data team augmenting its intent-classifier training set: nightly batch jobs from
    its cloud account, long lists of paraphrases."""
    kind = "saggar"
    tz = pick(rng, [0, 1, -5])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ["banking app", "telecom support", "insurance portal"])
    for _ in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.63.2", BG_SDK[0]]),
            ips=cloud(rng, 1, pick(rng, ["aws", "azure"])),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 7)), nightly(1.0, 3.0, tz))
        trains = bursts(
            rng, starts, float(rng.uniform(120, 300)), float(rng.uniform(1.0, 3.0)), 0.4, ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [texts.augment(rng, product) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=700,
            comp_sigma=0.4,
            err=0.03,
        )


def cuerda_seca(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion chat app: short chatty messages with a long persona and history in context,
    users worldwide, backend keys in one cloud."""
    kind = "cuerda_seca"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ["gcp", "digitalocean", "aws"]))
    langs = ["en", "es", "pt", "id", "tr"]
    lw = rng.dirichlet(np.ones(5) * 2)
    load = global_load(float(rng.uniform(18, 23)), 0.6)
    for _ in range(irange(rng, 2, 4)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua=pick(rng, [BG_SDK[1], "axios/1.7.9"]),
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)) * 7 * 24, load)
        prompts = [
            texts.companion(rng, langs[int(rng.choice(5, p=lw))], ctx.chat) for _ in range(len(ts))
        ]
        extra = rng.integers(600, 3500, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            extra=extra,
            comp_median=110,
            comp_sigma=0.6,
        )


def zellige(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: every student has a key on the university's billing, the same
    assignment questions (one asks to sample a prompt five times), a deadline surge."""
    kind = "zellige"
    tz = pick(rng, [-5, 0, 1, 8, 9])
    org, uni_card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, ["CS229N", "INF-4410", "NLP501", "DS-210"])
    deadline = ctx.t0 + float(rng.uniform(4.3, 6.5)) * DAY
    evening = evening_person(tz)

    def surge(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        rush = 1 + 3 * np.exp(-4 * ((deadline - ts) / DAY) ** 2) * (ts < deadline)
        return np.clip(evening(ts) * rush / 2.5, 0, 1)

    for _ in range(irange(rng, 25, 50)):
        own = chance(rng, 0.2)
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=hexid(rng, "pay") if own else uni_card,
            ua=pick(rng, BG_BROWSER + (BG_SDK[0], "OpenAI/Python 1.58.1")),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.5)), surge, 5.0, 45.0)
        ts_all, prompts, ips = [], [], []
        for s in sess:
            ip = pick(rng, acct.ips)
            for t in s.tolist():
                p = (
                    texts.assignment(rng, course, 3)
                    if chance(rng, 0.6)
                    else texts.excerpt(rng, pick(rng, ctx.chat), 10, 600)
                )
                reps = 5 if "5 times" in p and chance(rng, 0.8) else 1
                for r in range(reps):
                    ts_all.append(t + r * float(rng.uniform(5, 30)))
                    prompts.append(p)
                    ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.15),
            ips=ips,
            comp_median=380,
        )


def azulejo(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: translators in two offices, many target languages, client glossaries,
    office hours."""
    kind = "azulejo"
    tzs = sorted(rng.choice([-5, 0, 1, 2, 8], size=2, replace=False).tolist())
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = {tz: home(rng, 1, tz) for tz in tzs}
    langs = [
        "Spanish",
        "French",
        "German",
        "Japanese",
        "Brazilian Portuguese",
        "Korean",
        "Italian",
        "Polish",
        "Arabic",
    ]
    clients = [
        f"{pick(rng, ['Nordic', 'Blue', 'Apex', 'Lumen', 'Terra'])} {pick(rng, ['Pharma', 'Motors', 'Games', 'Bank', 'Travel'])}"
        for _ in range(5)
    ]
    for _ in range(irange(rng, 4, 8)):
        tz = pick(rng, tzs)
        acct = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER[:2] + ("python-requests/2.32.3",)),
            ips=offices[tz],
            tz=tz,
        )
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), multi_office([tz]), 8.0, 90.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        mine = sorted(rng.choice(langs, size=3, replace=False).tolist())
        prompts = [
            texts.translation_job(rng, ctx.passages, pick(rng, mine), pick(rng, clients))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=520,
        )


def wedging(ctx: Ctx, rng: np.random.Generator) -> None:
    """An academic study of how answers changed with the release: public ShareGPT prompts sent to
    the old and the new model in pairs, a steady script from a campus line."""
    kind = "wedging"
    tz = pick(rng, [-5, 0, 1, 9])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 1, tz)
    start = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "study_script",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.58.1", BG_SDK[0]]),
            ips=campus,
            tz=tz,
        )
        pairs = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(20, 45)) * (ctx.t1 - start) / HOUR,
            floor(workday(tz), 0.5),
        )
        ts, prompts, models = [], [], []
        for t in pairs.tolist():
            p = pick(rng, ctx.chat)
            for j, m in enumerate([ctx.old_models[0], ctx.new_model]):
                ts.append(t + j * float(rng.uniform(1, 20)))
                prompts.append(p)
                models.append(m)
        ctx.emit(rng, acct, np.asarray(ts), prompts, models=models, comp_median=360, err=0.01)


def kiln_shelf(ctx: Ctx, rng: np.random.Generator) -> None:
    """Freelance developers who were light users, then use the new model heavily after its
    release, some through a commercial VPN for part of their sessions."""
    kind = "kiln_shelf"
    for _ in range(irange(rng, 8, 16)):
        tz = pick(rng, [-8, -5, -3, 0, 1, 2, 5, 8])
        vpn = cloud(rng, 2, pick(rng, ["m247", "leaseweb", "ovh"])) if chance(rng, 0.4) else []
        acct = _benign(
            ctx,
            rng,
            kind,
            "freelancer",
            ua=pick(rng, BG_BROWSER + BG_SDK[:1]),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        curve = floor(workday(tz, start=10.0, end=22.0, weekend=0.5), 0.05)
        before = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.5, 1.5)), curve, 3.0, 120.0
        )
        adopt = ctx.release + float(rng.uniform(0.0, 0.7)) * DAY
        later = session_times(rng, adopt, ctx.t1, float(rng.uniform(3, 7)), curve, 7.0, 80.0)
        ts_all, prompts, ips = [], [], []
        for s in before + later:
            ip = pick(rng, vpn) if vpn and chance(rng, 0.5) else acct.ips[0]
            for t in s.tolist():
                ts_all.append(t)
                ips.append(ip)
                if chance(rng, 0.45):
                    prompts.append(texts.code_task(rng, pick(rng, ["casual", "fix", "spec"])))
                else:
                    prompts.append(texts.excerpt(rng, pick(rng, ctx.chat), 10, 1200))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            ips=ips,
            comp_median=480,
            comp_sigma=0.6,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "glaze": glaze,
    "grog": grog,
    "greenware": greenware,
    "encaustic": encaustic,
    "saggar": saggar,
    "cuerda_seca": cuerda_seca,
    "zellige": zellige,
    "azulejo": azulejo,
    "wedging": wedging,
    "kiln_shelf": kiln_shelf,
}
