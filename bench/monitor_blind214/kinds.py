"""Benign hard-negative kinds of batch 214 (code names from puppetry): legitimate users built to
resemble this batch's campaign families, or a campaign in general. Each is a generator
`(ctx, rng)` that creates its accounts (label "benign") and writes their events.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, irange, pick, picks
from bench.monitor_blind214 import texts as tx

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _poisson(
    rng: Rng, a: float, b: float, per_hour: float, curve: bb.Curve = bb.constant
) -> np.ndarray:
    return bb.thinned(rng, a, b, per_hour * max(0.0, b - a) / HOUR, curve)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def marionette(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model the day it ships: baseline runs on the old
    models first, then step-by-step maths, multiple-choice, code and safety suites, several
    seeds each, fired from the lab's cloud cluster. Looks like reasoning-trace coercion and
    best-of-n sampling."""
    kind = "marionette"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    cluster = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=picks(rng, cluster, 2))
        for _ in range(irange(rng, 2, 4))
    ]
    suites = ("math", "mcq", "code", "safety")
    runs = []
    for _ in range(irange(rng, 1, 2)):  # baselines before the release
        runs.append((ctx.release - float(rng.uniform(0.3, 2.5)) * DAY, pick(rng, ctx.old_models)))
    for _ in range(irange(rng, 2, 5)):  # the new model, soon after it ships
        runs.append((ctx.release + float(rng.uniform(0.1, 1.5)) * DAY, ctx.new_model))
    if chance(rng, 0.6):
        runs.append((ctx.release + float(rng.uniform(0.2, 1.5)) * DAY, ctx.old_models[0]))
    for start, model in runs:
        acct = pick(rng, keys)
        suite = pick(rng, suites)
        items = irange(rng, 80, 300)
        seeds = irange(rng, 1, 3)
        m = items * seeds
        ts = start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.3, 1.2))), 0.6, size=m))
        prompts = []
        base = [tx.benchmark_item(rng, suite, i) for i in range(items)]
        for _ in range(seeds):
            prompts.extend(base)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model,
            comp_median=650.0 if suite == "math" else 280.0,
            err=0.02,
        )


def bunraku(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's annotators in one office: each seat its own key in the vendor's org,
    rating and comparing chatbot answers for a client's quality project in working-hour
    sessions. Looks like judge / rubric grading."""
    kind = "bunraku"
    tz = pick(rng, (5, 8, 1, -3, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, bb.BROWSERS)
    guide = irange(rng, 2, 9)
    curve = bb.workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 19)))
    for _ in range(irange(rng, 8, 20)):
        acct = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=ua if chance(rng, 0.7) else pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(6, 14)),
            float(rng.uniform(40, 120)),
        )
        ts = _cat(sess)
        prompts = [
            tx.annotation_task(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), guide)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.0), comp_median=200.0)


def dalang(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor's moderation queue: posts reviewed against community rules,
    with minimal compliant rewrites proposed, around the clock from its cloud servers, in
    several languages. Looks like policy-compliant rewriting."""
    kind = "dalang"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws")))
    ua = pick(
        rng,
        (
            "Apache-HttpClient/5.4.1 (Java/21.0.5)",
            "Go-http-client/2.0",
            "semantic-kernel-dotnet/1.36.0",
        ),
    )
    langs = [
        "en",
        *[str(x) for x in rng.choice(("de", "pt"), size=irange(rng, 0, 2), replace=False)],
    ]
    p_new = float(rng.uniform(0.1, 0.3))
    load = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.3, 0.6)))
    for _ in range(irange(rng, 2, 3)):
        acct = _acct(ctx, rng, kind, "moderation_queue", org=org, pay=pay, ua=ua, ips=servers)
        ts = _poisson(rng, ctx.t0, ctx.t1, float(rng.uniform(7, 16)), load)
        prompts = [
            tx.moderation_review(rng, pick(rng, ctx.chat), pick(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.3),
            comp_median=120.0,
            comp_sigma=0.4,
        )


_IDE_UAS = (
    "Cline/3.4.0 (vscode 1.97.2)",
    "Continue/0.9.261 (jetbrains)",
    "aider/0.74.2 litellm/1.60.2",
    "Zed/0.173.8 (macos; aarch64)",
    "Roo-Code/3.3.2 (vscode 1.97.0)",
)


def kasperle(ctx: Ctx, rng: Rng) -> None:
    """Individual developers using IDE coding agents on their own keys: tool-result loops a few
    seconds apart with large growing contexts, in working-hour sessions from home. Looks like
    agent / tool-use transcript harvesting."""
    kind = "kasperle"
    for _ in range(irange(rng, 12, 25)):
        tz = pick(rng, bb.TZS)
        acct = _acct(
            ctx,
            rng,
            kind,
            "developer",
            ua=pick(rng, _IDE_UAS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        curve = bb.workday(
            tz, start=float(rng.uniform(7, 11)), end=float(rng.uniform(16, 21)), weekend=0.2
        )
        ts_l, pr_l, ex_l = [], [], []
        for s in bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, curve).tolist():
            task = pick(rng, tx.DEV_TASKS)
            m = max(2, int(rng.poisson(float(rng.uniform(5, 16)))))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=m - 1))])
            ctx_tok = irange(rng, 1500, 4000)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.ide_agent_message(rng, j, task))
                ex_l.append(ctx_tok + j * irange(rng, 200, 700))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, float(rng.uniform(0.4, 0.85)), 0.05),
            comp_median=300.0,
            extra=ex_l,
        )


def swazzle(ctx: Ctx, rng: Rng) -> None:
    """A startup's data-augmentation job for its own intent classifier: nightly batches of
    paraphrase and utterance generation from one cloud server, pinned to the old model until a
    planned switch. Looks like synthetic-dataset generation."""
    kind = "swazzle"
    tz = pick(rng, (-5, 0, 1, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ip = bb.cloud(rng, 1, "aws")
    langs = [
        "en",
        *[str(x) for x in rng.choice(("de", "es"), size=irange(rng, 0, 2), replace=False)],
    ]
    switch = ctx.release + float(rng.uniform(0.5, 3.5)) * DAY if chance(rng, 0.5) else np.inf
    for _ in range(irange(rng, 1, 2)):
        acct = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ip,
            tz=tz,
        )
        curve = bb.nightly(float(rng.uniform(0.5, 3.0)), float(rng.uniform(1.5, 4.0)), tz)
        ts = _poisson(
            rng, ctx.t0, ctx.t1, float(rng.uniform(150, 350)) / 24.0, curve
        )  # per night / 24 h
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        prompts = [tx.augmentation_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=float(rng.uniform(500, 900)),
            comp_sigma=0.4,
        )


def playboard(ctx: Ctx, rng: Rng) -> None:
    """A companion / role-play app's backend: short chatty messages with long persona and
    history context, many turns, around the clock with an evening peak. Looks like a multi-turn
    dialogue harvest."""
    kind = "playboard"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    load = bb.global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    for _ in range(irange(rng, 2, 3)):
        acct = _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=backend)
        ts = _poisson(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)), load)
        prompts = [
            tx.companion_message(rng)
            if chance(rng, 0.85)
            else tx.clip(pick(rng, ctx.chat), 10, 200, rng)
            for _ in range(len(ts))
        ]
        extra = rng.integers(800, 3000, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.5),
            comp_median=110.0,
            extra=extra,
        )


def crankie(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: students' keys issued by the department (one org, one card),
    used from the campus network and from home, with a rush before a homework deadline; many
    near-identical assignment questions. Looks like a person-like crowd."""
    kind = "crankie"
    tz = pick(rng, (-8, -5, 0, 1, 2, 9))
    campus = bb.home(rng, irange(rng, 1, 3), tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    course = f"{pick(rng, ('CS', 'DS', 'STAT', 'INFO'))} {irange(rng, 200, 499)}"
    hw = irange(rng, 2, 6)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    base = bb.evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        rush = np.where(ts < deadline, 0.2 + 0.8 * np.exp(-(deadline - ts) / (1.2 * DAY)), 0.15)
        return base(ts) * rush

    p_new = float(rng.uniform(0.4, 0.85))
    for _ in range(irange(rng, 25, 45)):
        own = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.75) else pick(rng, bb.MOBILE)
        acct = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + own, tz=tz)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(40, 150)),
        )
        ts = _cat(sess)
        prompts = [
            tx.homework_prompt(rng, course, hw) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=380.0)


def marotte(ctx: Ctx, rng: Rng) -> None:
    """A research group's consistency and calibration study: each question asked ten-plus times
    in a row with a confidence request, in several languages, on both the old and the new model.
    Looks like best-of-n / soft-label sampling."""
    kind = "marotte"
    tz = pick(rng, (-5, 0, 1, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    where = bb.cloud(rng, 1, "aws") if chance(rng, 0.5) else bb.home(rng, 1, tz)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    keys = [
        _acct(ctx, rng, kind, "researcher", org=org, pay=pay, ua=ua, ips=where, tz=tz)
        for _ in range(irange(rng, 2, 4))
    ]
    langs = [
        "en",
        *[str(x) for x in rng.choice(("de", "es"), size=irange(rng, 1, 2), replace=False)],
    ]
    for _ in range(irange(rng, 3, 7)):
        day = float(rng.uniform(0, 6.5))
        start = ctx.t0 + np.floor(day) * DAY + (float(rng.uniform(9, 17)) - tz) * HOUR
        model = ctx.new_model if start >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
        acct = pick(rng, keys)
        items, reps = irange(rng, 20, 60), irange(rng, 5, 15)
        lang = pick(rng, langs)
        prompts = [tx.consistency_item(rng, i, lang) for i in range(items) for _ in range(reps)]
        ts = start + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=len(prompts)))
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=80.0, comp_sigma=0.4)


_CAT_UAS = (
    "memoQ/10.4 (MT plugin)",
    "Trados-Studio/2024 SR1 AI-Assistant",
    "Smartcat-connector/1.8",
    "OmegaT/6.0.1 (Java/17)",
)


def karagoz(ctx: Ctx, rng: Rng) -> None:
    """A translation agency's freelancers: segment-by-segment translation with glossaries and QA
    checks from a CAT tool plug-in, each translator at home in their own time zone (sometimes on
    a VPN), all billed to the agency. Looks like a translation harvest over varied text."""
    kind = "karagoz"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    vpn = bb.cloud(rng, 3, "m247")
    tgts = {
        -8: "es",
        -5: "es",
        -3: "pt",
        0: "fr",
        1: "de",
        2: "pl",
        3: "tr",
        5: "hi",
        8: "zh",
        9: "ja",
    }
    p_new = float(rng.uniform(0.3, 0.7))
    for _ in range(irange(rng, 6, 12)):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, 1, tz)
        acct = _acct(
            ctx, rng, kind, "translator", org=org, pay=pay, ua=pick(rng, _CAT_UAS), ips=home, tz=tz
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 4)),
            bb.workday(tz, weekend=0.2),
            float(rng.uniform(8, 20)),
            float(rng.uniform(30, 90)),
        )
        on_vpn = chance(rng, 0.3)
        for s in sess:
            ip = pick(rng, vpn) if on_vpn and chance(rng, 0.3) else home[0]
            prompts = [
                tx.cat_segment(rng, pick(rng, ctx.passages), "en", tgts[tz]) for _ in range(len(s))
            ]
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, p_new, 0.1),
                ips=ip,
                comp_median=110.0,
            )


def wayang_golek(ctx: Ctx, rng: Rng) -> None:
    """An API reseller / aggregator: many end users' ordinary requests forwarded through a few
    keys from its servers around the clock; its users pick the newest model quickly. Looks like
    public-prompt replay or a product fronting a harvest."""
    kind = "wayang_golek"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 4, 10), pick(rng, ("hetzner", "ovh", "aws")))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "litellm/1.60.2"))
    load = bb.global_load(float(rng.uniform(10, 20)), float(rng.uniform(0.3, 0.5)))
    p_new = float(rng.uniform(0.5, 0.8))
    for _ in range(irange(rng, 2, 4)):
        acct = _acct(ctx, rng, kind, "reseller_key", org=org, pay=pay, ua=ua, ips=servers)
        ts = _poisson(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 16)), load)
        prompts = [
            pick(rng, ctx.chat)
            if chance(rng, 0.9)
            else tx.human_question(rng, pick(rng, ("en", "es", "pt")))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.2), comp_median=350.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "marionette": marionette,
    "bunraku": bunraku,
    "dalang": dalang,
    "kasperle": kasperle,
    "swazzle": swazzle,
    "playboard": playboard,
    "crankie": crankie,
    "marotte": marotte,
    "karagoz": karagoz,
    "wayang_golek": wayang_golek,
}
