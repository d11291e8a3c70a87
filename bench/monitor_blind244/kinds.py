"""Benign hard-negative kinds of batch 244 (code names from tapa cloth making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family of this batch
(or a campaign in general). Accounts are labelled benign, `family` = the kind's name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    rented_block,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind244 import texts

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _train(rng: Rng, start: float, k: int, gap_median: float, sigma: float = 0.5) -> np.ndarray:
    gaps = rng.lognormal(np.log(gap_median), sigma, size=max(k - 1, 0))
    return start + np.concatenate([[0.0], np.cumsum(gaps)])


def _local_midnights(ctx: Ctx, tz: int) -> list[float]:
    first = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    return [float(first + d * DAY) for d in range(9)]


# --------------------------------------------------------------------------------------------


def siapo(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab: nightly regression runs of a fixed benchmark (step-by-step, boxed
    answers) and a full comparison of every model, with repeated samples, on release day."""
    kind = "siapo"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "aws", "oracle")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    base = int(rng.integers(10_000, 90_000))
    n_items = irange(rng, 150, 300)
    gap = float(rng.uniform(0.3, 1.2))
    tz = pick(rng, (-8, -5, 0, 1))
    runs = []  # (start, items, model, fmt, samples)
    for m in _local_midnights(ctx, tz):
        s = m + float(rng.uniform(1.5, 3.0)) * HOUR
        if ctx.t0 <= s < ctx.t1:
            items = sorted(rng.choice(n_items, size=irange(rng, 60, 120), replace=False).tolist())
            runs.append((s, items, ctx.old_models[0], 0, 1))
    r0 = ctx.release + float(rng.uniform(2, 8)) * HOUR
    every = list(range(n_items))
    for j, model in enumerate([ctx.new_model, *ctx.old_models]):
        runs.append((r0 + j * 2.5 * HOUR, every, model, 0, 1))
    runs.append((r0 + 9 * HOUR, every, ctx.new_model, 2, 3))
    for i, (s, items, model, fmt, samples) in enumerate(runs):
        acct = accts[i % len(accts)]
        prompts = [texts.benchmark_item(base + it, fmt) for it in items for _ in range(samples)]
        ts = _train(rng, s, len(prompts), gap)
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=900.0, comp_sigma=0.5, err=0.01)


def hiapo(ctx: Ctx, rng: Rng) -> None:
    """A support-bot company's QA team: analysts grade the bot's replies in working hours, and a
    nightly job compares the production bot against a release candidate."""
    kind = "hiapo"
    brand = pick(rng, ("Helpora", "Tidewell Support", "Kinto Care", "Ruma"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 0, 1))
    lang = "pt" if tz == -3 else "en"
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 3, 6)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "qa_analyst",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(5, 12)),
                float(rng.uniform(40, 120)),
            )
        )
        prompts = [
            texts.qa_audit_prompt(rng, brand, ctx.chat, ctx.passages, lang) for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.1), comp_median=200.0)
    job = _benign(
        ctx,
        rng,
        kind,
        "qa_nightly_job",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 1, "aws"),
        tz=tz,
    )
    starts = np.array([m + 1.0 * HOUR for m in _local_midnights(ctx, tz)])
    ts = np.sort(
        _cat(bursts(rng, starts, float(rng.uniform(60, 150)), float(rng.uniform(1, 3)), b=ctx.t1))
    )
    prompts = [
        texts.qa_audit_prompt(rng, brand, ctx.chat, ctx.passages, lang) for _ in range(len(ts))
    ]
    ctx.emit(rng, job, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.0), comp_median=200.0)


def kupesi(ctx: Ctx, rng: Rng) -> None:
    """A social platform's trust-and-safety pipeline: classifies posts against its guidelines and
    proposes compliant edits, in several languages, around the clock from its cloud."""
    kind = "kupesi"
    brand = pick(rng, ("Chirpline", "Yaku", "Plazza", "Moodboard"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "azure")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/NodeJS 4.67.1"))
    accts = [
        _benign(ctx, rng, kind, "moderation_service", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(2)
    ]
    langs = ("en", "es", "pt", "id")
    w = rng.dirichlet(np.full(4, 2.0))
    rate = float(rng.uniform(12, 20))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.5),
    )
    who = rng.random(len(ts)) < 0.7
    for acct, sel in ((accts[0], who), (accts[1], ~who)):
        t = ts[sel]
        prompts = [
            texts.moderation_prompt(rng, brand, ctx.chat, texts.weighted(rng, langs, w))
            for _ in range(len(t))
        ]
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, 0.2, 0.4), comp_median=180.0)


def tutua(ctx: Ctx, rng: Rng) -> None:
    """Developers using an open-source coding agent with their own keys: each episode sends every
    step's transcript, in working-hour sessions from home, one shared client user agent."""
    kind = "tutua"
    system = (
        "You are Forge, a coding agent working inside the user's repository. Keep changes "
        "minimal and run the tests before finishing. Tools:"
    )
    for _ in range(irange(rng, 12, 20)):
        tz = pick(rng, TZS)
        ua = f"forge-cli/0.9.{pick(rng, (2, 3, 4))} node/20.11.1"
        acct = _benign(ctx, rng, kind, "byok_developer", ua=ua, ips=home(rng, 1, tz), tz=tz)
        starts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), 1.5, 1800.0)
        )
        gap = float(rng.uniform(3, 10))
        p_new = float(rng.uniform(0.3, 0.6))
        ts_all, prompts, models, extra = [], [], [], []
        for s in starts.tolist():
            tools, task = texts.repo_task(rng) if chance(rng, 0.8) else texts.agent_task(rng)
            k = irange(rng, 3, 15)
            ts = _train(rng, s, k, gap, 0.7)
            model = ctx.models(rng, ts[:1], p_new, 0.05)[0]
            for j in range(k):
                prompts.append(texts.agent_step(rng, tools, task, j, 1, system))
                extra.append(400 + 150 * j)
            ts_all.append(ts)
            models.extend([model] * k)
        ctx.emit(
            rng,
            acct,
            _cat(ts_all),
            prompts,
            models=models,
            comp_median=250.0,
            extra=np.asarray(extra, dtype=np.int64),
        )


def upeti(ctx: Ctx, rng: Rng) -> None:
    """A startup's data-augmentation job: every night it asks for paraphrases and test dialogues
    for its own intent classifier (training data for a small classifier, not a copy of the model)."""
    kind = "upeti"
    brand = pick(rng, ("Parcelio", "Shopwise", "Bankly", "Fibrenet"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 5))
    ips = cloud(rng, 1, "aws")
    for role in ("augment_job", "augment_job_eval")[: irange(rng, 1, 2)]:
        acct = _benign(
            ctx, rng, kind, role, org=org, pay=pay, ua="OpenAI/Python 1.54.0", ips=ips, tz=tz
        )
        starts = np.array(
            [m + float(rng.uniform(0.5, 3.0)) * HOUR for m in _local_midnights(ctx, tz)]
        )
        ts = np.sort(
            _cat(
                bursts(rng, starts, float(rng.uniform(80, 200)), float(rng.uniform(1, 4)), b=ctx.t1)
            )
        )
        prompts = [texts.augmentation_prompt(rng, brand) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.6),
            comp_median=900.0,
            comp_sigma=0.4,
        )


def mulberry_bark(ctx: Ctx, rng: Rng) -> None:
    """Hobbyists of a role-play chat front-end with their own keys: long character cards and story
    history, evenings at home, one persona each."""
    kind = "mulberry_bark"
    for _ in range(irange(rng, 18, 30)):
        tz = pick(rng, TZS)
        acct = _benign(
            ctx, rng, kind, "roleplay_hobbyist", ua=pick(rng, BROWSERS), ips=home(rng, 1, tz), tz=tz
        )
        persona = pick(rng, ("Mira", "Kael", "Sable", "Juniper", "Ren", "Odette", "Bram"))
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.4, 1.5)),
                evening_person(tz),
                float(rng.uniform(6, 20)),
                float(rng.uniform(40, 120)),
            )
        )
        prompts = [texts.companion_prompt(rng, persona, ctx.chat, "en") for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.6)), 0.1),
            comp_median=300.0,
            extra=irange(rng, 800, 3000),
        )


def inner_bark(ctx: Ctx, rng: Rng) -> None:
    """A social-science study of model answers: fixed survey vignettes, each condition sampled many
    times in a row on each model, run by a PI and a research assistant from the university."""
    kind = "inner_bark"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5))
    ips = home(rng, 1, tz)
    accts = [
        _benign(ctx, rng, kind, role, org=org, pay=pay, ua="python-requests/2.32.3", ips=ips, tz=tz)
        for role in ("study_pi", "study_ra")
    ]
    days = [m for m in _local_midnights(ctx, tz) if weekday(np.array([m + 12 * HOUR]), tz)[0] < 5]
    for i in range(irange(rng, 5, 8)):
        day = pick(rng, days)
        s = day + float(rng.uniform(9.5, 16)) * HOUR
        models = [ctx.old_models[0]] + ([ctx.new_model] if s >= ctx.release else [])
        vignettes = rng.choice(30, size=irange(rng, 4, 8), replace=False).tolist()
        reps = irange(rng, 8, 20)
        prompts, mod = [], []
        for model in models:
            for v in vignettes:
                for c in range(3):
                    prompts.extend([texts.vignette_prompt(v, c)] * reps)
                    mod.extend([model] * reps)
        ts = _train(rng, s, len(prompts), float(rng.uniform(0.6, 1.5)), 0.4)
        ctx.emit(rng, accts[i % 2], ts, prompts, models=mod, comp_median=40.0, comp_sigma=0.4)


def pounding_board(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: keys issued at the same lab, shared university billing, two
    lab sessions a week on campus (everyone at once, the same exercise sheet), homework from home."""
    kind = "pounding_board"
    course = pick(
        rng,
        (
            "CS 241 Applied NLP",
            "ECON 310 Data & Markets",
            "BIO 150 Intro Biology",
            "INF 2080 AI Literacy",
        ),
    )
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    campus = home(rng, irange(rng, 2, 3), tz)
    labs = [
        m + 14 * HOUR
        for m in _local_midnights(ctx, tz)
        if weekday(np.array([m + 12 * HOUR]), tz)[0] in (1, 3)
    ]
    labs = [s for s in labs if ctx.t0 <= s < ctx.t1]
    for _ in range(irange(rng, 28, 45)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.75) else pick(rng, BROWSERS)
        mine = home(rng, 1, tz)
        acct = _benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + mine, tz=tz)
        lab_ts, lab_ips = [], []
        for s in labs:
            if chance(rng, 0.9):
                t = np.sort(rng.uniform(s + 10 * 60, s + 2 * HOUR, size=irange(rng, 5, 15)))
                lab_ts.append(t)
                lab_ips.extend([pick(rng, campus)] * len(t))
        lt = _cat(lab_ts)
        prompts = [texts.course_prompt(rng, course, 4, "en") for _ in range(len(lt))]
        ctx.emit(
            rng,
            acct,
            lt,
            prompts,
            models=ctx.models(rng, lt, 0.85, 0.0),
            ips=lab_ips,
            comp_median=450.0,
        )
        hw = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.8)), evening_person(tz), 3.0, 90.0
            )
        )
        prompts = [
            texts.course_prompt(rng, course, 4, "en")
            if chance(rng, 0.6)
            else texts.clip(pick(rng, ctx.chat), 10, 800, rng)
            for _ in range(len(hw))
        ]
        ctx.emit(
            rng,
            acct,
            hw,
            prompts,
            models=ctx.models(rng, hw, 0.4, 0.1),
            ips=mine[0],
            comp_median=400.0,
        )


def koka_dye(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: translators in one office on one card, behind the company VPN, each
    working in their language pairs, occasionally a localisation project into many languages."""
    kind = "koka_dye"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), 1, 3)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", BROWSERS[1]))
    clients = ("ACME-HR", "NordLine", "Bellavista", "Okapi Legal", "Brightwater Pharma")
    for _ in range(irange(rng, 4, 7)):
        acct = _benign(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=vpn, tz=tz)
        pair = [
            texts.TARGETS[i] for i in rng.choice(len(texts.TARGETS), size=2, replace=False).tolist()
        ]
        ts_all, prompts, comp = [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(4, 12)),
            float(rng.uniform(60, 240)),
        ):
            client = pick(rng, clients)
            multi = chance(rng, 0.12)
            text = texts.clip(pick(rng, ctx.passages), 200, 900, rng)
            for j in range(len(sess)):
                target = texts.TARGETS[j % len(texts.TARGETS)] if multi else pick(rng, pair)
                if not multi and j > 0:
                    text = texts.clip(pick(rng, ctx.passages), 200, 900, rng)
                prompts.append(texts.agency_translation(rng, client, text, target))
                comp.append(max(40.0, len(text) / 3.2))
            ts_all.append(sess)
        ctx.emit(
            rng,
            acct,
            _cat(ts_all),
            prompts,
            models=ctx.models(rng, _cat(ts_all), 0.35, 0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.35,
        )


def fuatanga(ctx: Ctx, rng: Rng) -> None:
    """An API reseller / gateway: many small customers' traffic (chat, content templates) on a few
    keys, from its fleet in two clouds, day and night, whatever model each customer picks."""
    kind = "fuatanga"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    p1, p2 = [pick(rng, ("aws", "gcp", "hetzner", "ovh", "digitalocean")) for _ in range(2)]
    fleet = cloud(rng, irange(rng, 3, 5), p1) + cloud(rng, irange(rng, 2, 4), p2)
    n = irange(rng, 2, 3)
    accts = [
        _benign(ctx, rng, kind, "gateway_key", org=org, pay=pay, ua="Go-http-client/2.0", ips=fleet)
        for _ in range(n)
    ]
    rate = float(rng.uniform(35, 55))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(10, 16)), 0.4),
    )
    who = rng.integers(0, n, size=len(ts))
    for i, acct in enumerate(accts):
        t = ts[who == i]
        prompts = [
            texts.gateway_template(rng) if chance(rng, 0.2) else pick(rng, ctx.chat)
            for _ in range(len(t))
        ]
        ctx.emit(rng, acct, t, prompts, models=ctx.models(rng, t, 0.4, 0.3), comp_median=380.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "siapo": siapo,
    "hiapo": hiapo,
    "kupesi": kupesi,
    "tutua": tutua,
    "upeti": upeti,
    "mulberry_bark": mulberry_bark,
    "inner_bark": inner_bark,
    "pounding_board": pounding_board,
    "koka_dye": koka_dye,
    "fuatanga": fuatanga,
}
