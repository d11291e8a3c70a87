"""Benign hard-negative kinds of batch 190 (code names from quilting).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general) in volume, templating, pacing, addresses or cards.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, irange, pick
from bench.monitor_blind190 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def flying_geese(ctx: Ctx, rng: np.random.Generator) -> None:
    """A model-evaluation lab: benchmark suites (chain-of-thought included) run at launch."""
    kind = "flying_geese"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, bb.SDK_OTHER[:6]),
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[0])
        for _ in range(irange(rng, 1, 3))
    ]
    for _ in range(irange(rng, 3, 6)):
        runs.append(
            (
                ctx.release + float(rng.uniform(1, 60)) * HOUR,
                ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models),
            )
        )
    for r, (s, model) in enumerate(runs):
        a = accts[r % len(accts)]
        suite = pick(rng, ("core-v3", "reasoning-mix", "code-smoke", "multilingual-qa"))
        n = irange(rng, 250, 900)
        ts = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.3, 1.2))), 0.7, size=n))
        first = irange(rng, 0, 3)
        prompts = [texts.benchmark_item(rng, suite, first + i) for i in range(n)]
        med = np.array([(8.0, 300.0, 160.0, 6.0)[(first + i) % 4] for i in range(n)])
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=med, comp_sigma=0.5, err=0.04)


def log_cabin(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor grading its clients' own support-bot transcripts with rubrics."""
    kind = "log_cabin"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = bb.home(rng, 2, tz) + bb.cloud(rng, 1, "aws")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    for _ in range(irange(rng, 6, 12)):
        project = f"{pick(rng, ('QA', 'CX', 'SUP', 'RATE'))}-{irange(rng, 100, 999)}"
        a = _acct(ctx, rng, kind, "project_key", org=org, pay=card, ua=ua, ips=office, tz=tz)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, bb.workday(tz))
        ts = np.sort(
            _concat(
                bb.bursts(rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(3, 9)), 0.5)
            )
        )
        v = irange(rng, 2, 6)
        prompts = [
            texts.vendor_grading_prompt(rng, ctx.chat, ctx.passages, project, v)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.4),
            comp_median=110,
            comp_sigma=0.5,
            err=0.01,
        )


def selvage(ctx: Ctx, rng: np.random.Generator) -> None:
    """A forum platform's trust-and-safety filter rewriting comments to its guidelines, many languages."""
    kind = "selvage"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    platform = pick(rng, ("Threadly", "GameHub", "ParentNet", "Pitchside"))
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1"))
    n = irange(rng, 2, 3)
    accts = [_acct(ctx, rng, kind, "service", org=org, pay=card, ua=ua, ips=nat) for _ in range(n)]
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(30, 65)), n, bb.global_load(19, 0.6)
    )
    for a, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation_rewrite_prompt(rng, platform, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=70,
            comp_sigma=0.5,
            err=0.01,
        )


def walking_foot(ctx: Ctx, rng: np.random.Generator) -> None:
    """An IDE coding-agent product: episodes of tool calls with growing repository context."""
    kind = "walking_foot"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 4, 8), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    n = irange(rng, 3, 6)
    accts = [
        _acct(ctx, rng, kind, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n)
    ]
    curve = bb.multi_office((-8, -5, 1, 5))
    for a, starts in zip(
        accts, bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), n, curve), strict=True
    ):
        for s in starts.tolist():
            k = irange(rng, 3, 28)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.8, size=k - 1))])
            repo, task = texts.dev_task(rng)
            prompts = [texts.coding_agent_prompt(rng, i, repo, task) for i in range(k)]
            extra = (1500 + 480 * np.arange(k) + rng.integers(0, 900, size=k)).astype(np.int64)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
                comp_median=200,
                comp_sigma=0.6,
                err=0.015,
                extra=extra,
            )


def fat_quarter(ctx: Ctx, rng: np.random.Generator) -> None:
    """A bank's NLU team growing its intent classifier's data: nightly generation jobs."""
    kind = "fat_quarter"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    product = pick(rng, ("Northbank app", "Kestrel Pay", "Lumo Savings"))
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "pipeline",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        parts = []
        for d in range(8):
            if chance(rng, 0.8):
                s = ctx.t0 + (d + float(rng.uniform(0.04, 0.12))) * DAY - tz * HOUR
                k = irange(rng, 120, 380)
                parts.append(s + np.cumsum(rng.lognormal(np.log(9.0), 0.4, size=k)))
        dev = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 90)), bb.workday(tz))
        ts = np.sort(_concat(parts + [dev]))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation_prompt(rng, product) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.2),
            comp_median=520,
            comp_sigma=0.4,
            err=0.01,
        )


def hexie(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion / role-play app backend: persona chats all day, peaking in the evenings."""
    kind = "hexie"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    app = pick(rng, ("Kindred", "Moonpal", "Hearthchat"))
    nat = bb.cloud(rng, irange(rng, 2, 3), "gcp")
    n = irange(rng, 2, 4)
    accts = [
        _acct(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="OpenAI/Python 1.54.0", ips=nat
        )
        for _ in range(n)
    ]
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(45, 100)), n, bb.global_load(21, 0.65)
    )
    for a, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.companion_prompt(rng, app) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.6),
            comp_median=90,
            comp_sigma=0.5,
            err=0.01,
        )


def quilting_bee(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort on department keys: same assignments, deadline-evening sessions."""
    kind = "quilting_bee"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8))
    campus = bb.home(rng, 2, tz)
    deadlines = [
        ctx.t0 + (d + 0.99) * DAY - tz * HOUR
        for d in sorted({irange(rng, 1, 3), irange(rng, 4, 6)})
    ]
    eve = bb.evening_person(tz, 3.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        near = sum(np.exp(-np.clip(d - ts, 0, None) / (1.2 * DAY)) * (ts <= d) for d in deadlines)
        return np.clip(eve(ts) * (0.25 + near), 0, 1)

    for i in range(irange(rng, 40, 90)):
        phone = chance(rng, 0.25)
        ips = campus + bb.home(rng, 1, tz)
        ua = (
            pick(rng, bb.MOBILE)
            if phone
            else (pick(rng, bb.BROWSERS) if chance(rng, 0.7) else "OpenAI/Python 1.54.0")
        )
        a = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        ts = _concat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(3, 8)),
                70,
            )
        )
        week = i % 3
        ev_ips = None
        if phone and chance(rng, 0.5):
            ev_ips = bb.mobile_v6(rng, len(ts), pick(rng, ("us_mobile", "eu_mobile", "in_mobile")))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.student_prompt(rng, week, ctx.chat) for _ in range(len(ts))],
            ips=ev_ips,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=420,
            err=0.01,
        )


def nine_patch(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency: client documents into several languages during office hours."""
    kind = "nine_patch"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    langs = sorted(
        {
            pick(
                rng,
                (
                    "German",
                    "French",
                    "Japanese",
                    "Korean",
                    "Polish",
                    "Turkish",
                    "Arabic",
                    "Brazilian Portuguese",
                    "Simplified Chinese",
                ),
            )
            for _ in range(5)
        }
    )
    for _ in range(irange(rng, 2, 5)):
        client = pick(rng, ("Velora", "Atlas Freight", "Brightmill", "Quokka Health", "Sundial"))
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(
                rng,
                (
                    "OpenAI/Python 1.58.1",
                    "PostmanRuntime/7.43.0",
                    "Apache-HttpClient/5.4.1 (Java/21.0.5)",
                ),
            ),
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * 45, bb.workday(tz))
        prompts = [
            texts.agency_translation_prompt(rng, ctx.passages, client, langs)
            for _ in range(len(ts))
        ]
        lens = np.array([len(p) for p in prompts], dtype=np.float64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            comp_median=np.clip(lens / 3.2, 60, 900),
            comp_sigma=0.3,
            err=0.01,
        )


def stitch_in_the_ditch(ctx: Ctx, rng: np.random.Generator) -> None:
    """An academic study of answer variability: each item asked dozens of times, both models."""
    kind = "stitch_in_the_ditch"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 9))
    uni = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "researcher",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=uni,
            tz=tz,
        )
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), bb.workday(tz))
        ts_all, prompts, models = [], [], []
        for s in jobs.tolist():
            t = s
            model = ctx.new_model if (s >= ctx.release and chance(rng, 0.5)) else ctx.old_models[0]
            for _ in range(irange(rng, 15, 50)):
                k = irange(rng, 15, 35)
                item = texts.study_item(rng)
                ts_all.append(t + np.sort(rng.uniform(0, float(rng.uniform(3, 15)), size=k)))
                prompts.extend([item] * k)
                models.extend([model] * k)
                t += float(rng.uniform(10, 40))
        ts = _concat(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=35, comp_sigma=0.8, err=0.03)


def rotary_cutter(ctx: Ctx, rng: np.random.Generator) -> None:
    """An API reseller / chat-agency gateway relaying its own customers' conversations."""
    kind = "rotary_cutter"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh"))
    gw = bb.cloud(rng, irange(rng, 2, 4), prov)
    n = irange(rng, 4, 8)
    accts = [
        _acct(ctx, rng, kind, "gateway_key", org=org, pay=card, ua="litellm/1.60.2", ips=gw)
        for _ in range(n)
    ]
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, float(rng.uniform(35, 80)), n, bb.global_load(15, 0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [texts._cut(pick(rng, ctx.chat), 10, 2000, rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.25),
            comp_median=340,
            err=0.01,
        )


BENIGN_KINDS = {
    "flying_geese": flying_geese,
    "log_cabin": log_cabin,
    "selvage": selvage,
    "walking_foot": walking_foot,
    "fat_quarter": fat_quarter,
    "hexie": hexie,
    "quilting_bee": quilting_bee,
    "nine_patch": nine_patch,
    "stitch_in_the_ditch": stitch_in_the_ditch,
    "rotary_cutter": rotary_cutter,
}
